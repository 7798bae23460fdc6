"""Reuse a project's last merge when what it merges is unchanged (the merge is a pure function).

The merge (lemmas, candidates, clusters) is the largest part of a check of the
sample (~0.4 s) and grows with the conference. Its result depends only on the
proposals, the decisions, the merge settings, the catalogs' translations of
proposals, recbook's code and the installed packages (pymorphy3's
dictionaries among them). So an edit elsewhere (conference.yaml's partners, a
catalog's labels, a template) leaves it valid: the MergeResult and the
diagnostics the merge reported are kept per project in the user cache, keyed
by a digest of all of those, and reused by `check` and `build` alike. When it
must run again (an edit), the Variants of the texts the last merge read are kept
beside it (recbook.merge.variant_cache), so only the changed texts are read.
"""

from __future__ import annotations

import hashlib
import pickle
from pathlib import Path
from typing import Any, Callable

from .check_cache import code_and_packages
from .diagnostics import Report
from .user_cache import load_keyed, project_entry, store_keyed


def merge_key(proposals: Any, decisions: Any, settings: Any, translations: Any) -> str | None:
    """Return the digest of the merge's inputs, code and packages (None if they cannot be pickled)."""
    try:
        data = pickle.dumps((proposals, decisions, settings, translations), protocol=5)
    except (pickle.PicklingError, TypeError, AttributeError, RecursionError):
        return None
    digest = hashlib.sha256(data)
    digest.update(b"\0" + code_and_packages().encode("ascii"))
    return digest.hexdigest()


def reuse_or_merge(project: Path, merge: Callable[..., Any], proposals: Any, decisions: Any, settings: Any,
                   report: Report, translations: Any, **options: Any) -> Any:
    """Return merge(proposals, decisions, settings, report, translations), reused when its key is unchanged."""
    key = merge_key(proposals, decisions, settings, translations)
    entry = project_entry(project, "merge", ".pickle")
    kept = load_keyed(entry, key) if key else None
    if kept is not None:
        merged, diagnostics = kept
        report.extend(diagnostics)
        return merged
    start = len(report.items)
    from . import word_cache
    from .merge import variant_cache  # here: a reused merge imports none of the merge's modules

    word_cache.load()  # the stems of words merged before on this machine: no dictionary for them
    variants = project_entry(project, "variants", ".pickle")
    table = load_keyed(variants, code_and_packages())  # the texts this project's last merge read
    variant_cache.preload(table if isinstance(table, dict) else {})  # so only an edit's are read again
    try:
        merged = merge(proposals, decisions, settings, report, translations, **options)
    finally:
        used, read = variant_cache.taken()
    word_cache.save()
    if read:  # a text read afresh (else the table holds every text used, and maybe some no longer used)
        store_keyed(variants, code_and_packages(), used)
    if key:
        store_keyed(entry, key, (merged, report.items[start:]))
    return merged

