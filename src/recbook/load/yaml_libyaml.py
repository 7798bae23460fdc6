"""Compose YAML with libyaml (PyYAML's C parser) where it reads a text as ruamel.yaml does.

ruamel.yaml's pure-Python composer costs a check of the sample ~60 ms for its four
YAML files; libyaml composes the same node tree (scalar values, styles, tags, 0-based
line and column marks, aliases as shared nodes) in a tenth of that. recbook's reader
(yaml_reader.py) takes libyaml's tree only where both read YAML alike, and ruamel's
otherwise, so every value and diagnostic stays what ruamel gives:
- a text libyaml refuses (a syntax error, a duplicate anchor, two documents,
  nesting deeper than libyaml's 1000 levels) is read by ruamel, whose message is printed;
- NEL, LS and PS (U+0085, U+2028, U+2029) are line breaks to YAML 1.1 (libyaml)
  and text to YAML 1.2 (ruamel), and a `%YAML`/`%TAG` directive can change how
  ruamel reads the rest: a text holding one is read by ruamel;
- an anchor or alias name with ":" or "?", a tag written before an anchor, a block
  scalar opening on a blank line or standing at the top level: found by comparing
  the readers, each read apart by ruamel;
- without PyYAML's C extension, ruamel reads everything.
tests/test_load_yaml.py compares both readers on every YAML file of the repository
and on generated texts.
"""

from __future__ import annotations

import re

REFUSED = object()  # compose's answer when ruamel must read the text
_READ_APART = re.compile(
    "[\t\x85\u2028\u2029]|^%|^\\.\\.\\.|[|>][-+0-9]*#"
    # an anchor or alias name holding a character libyaml ends it at (YAML 1.2 allows ":" and "?")
    "|[&*][-0-9A-Za-z_]*[^-0-9A-Za-z_\\s,\\[\\]{}]"
    "|![^\\s,\\[\\]{}]*[ ]+&"  # a tag before an anchor: libyaml places the value at the tag
    "|[|>][-+0-9]*[ ]*\\n[ ]*\\n"  # a block scalar opening on a blank line (its indentation differs)
    "|^(?:---[ ]+)?[|>]",  # a block scalar at the top level (libyaml ends it at a "#" in column 1)
    re.MULTILINE)


def compose(text: str) -> object:
    """Return libyaml's root node of `text` (None for an empty stream), or REFUSED."""
    if _READ_APART.search(text):
        return REFUSED
    try:
        from yaml import CSafeLoader, compose as libyaml_compose
    except ImportError:  # no PyYAML, or one built without libyaml
        return REFUSED
    try:
        return libyaml_compose(text, Loader=CSafeLoader)
    except Exception:  # yaml.YAMLError and whatever else: ruamel reports it as before
        return REFUSED
