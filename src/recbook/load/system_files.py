"""Files an operating system writes into any folder a person opens: never a person's content.

Finder writes `.DS_Store` as soon as a folder is shown, Explorer `Thumbs.db` and `desktop.ini`
(OneDrive and folder customisation too), macOS `._name` beside each file copied to a USB stick.
`recbook init` refused a folder made in Finder and opened once ("it holds .DS_Store"), and the
proposals folder warned of `desktop.ini` as a proposal file it does not read (qainput s23).
"""

from __future__ import annotations

_NAMES = frozenset({".ds_store", "thumbs.db", "ehthumbs.db", "ehthumbs_vista.db", "desktop.ini"})


def is_system_file(name: str) -> bool:
    """Return True for a file an operating system keeps in a folder for itself."""
    return name.lower() in _NAMES or name.startswith("._")
