"""The only way the PDF renderer reads files: fonts, project assets, data: URIs.

WeasyPrint would otherwise follow any URL in the HTML or CSS (http, file:,
redirects). `SafeFetcher` loads `data:` URIs and files inside the allowed
folders (the pip font folders and the project's asset folders, symlinks
resolved) and refuses everything else; a refused or missing file stops the
build with a message naming it (RELIABILITY.md 16). Logos are read here too
and inlined as data: URIs, so the PDF does not depend on where the project
folder is (WeasyPrint names images after their URL).
"""

from __future__ import annotations

import base64
import mimetypes
from pathlib import Path
from urllib.parse import unquote, urlsplit
from urllib.request import url2pathname

from weasyprint.urls import URLFetcher, URLFetcherResponse


class AssetRefused(ValueError):
    """A URL the book may not load: outside the allowed folders, remote, or missing."""


class SafeFetcher(URLFetcher):
    """Load `data:` URIs and files inside `allowed` folders; refuse everything else."""

    def __init__(self, allowed: tuple[Path, ...]) -> None:
        # fail_on_errors: a refused or missing asset fails the build, never a blank space
        super().__init__(allowed_protocols=("data", "file"), allow_redirects=False, fail_on_errors=True)
        self.allowed = tuple(p.resolve() for p in allowed)
        self.requested: list[str] = []  # every URL WeasyPrint asked for, for tests and errors

    def fetch(self, url: str, headers: dict | None = None) -> URLFetcherResponse:
        """Return the resource at `url`, or raise AssetRefused."""
        self.requested.append(url)
        scheme = urlsplit(url).scheme.lower()
        if scheme == "data":
            return super().fetch(url, headers)
        if scheme != "file":
            raise AssetRefused(f"refused to fetch {url}: only project assets and data: URIs are allowed")
        path = allowed_file(self._local_path(url), self.allowed, url)
        mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        return URLFetcherResponse(path.as_uri(), path.read_bytes(), {"Content-Type": mime})

    @staticmethod
    def _local_path(url: str) -> Path:
        """Return the local path of a file: URL (a file://host/ URL is refused)."""
        parts = urlsplit(url)
        if parts.netloc not in ("", "localhost"):
            raise AssetRefused(f"refused to fetch {url}: remote file URL")
        return Path(url2pathname(unquote(parts.path)))


def allowed_file(path: Path, allowed: tuple[Path, ...], shown: str) -> Path:
    """Return `path` resolved, if it is an existing file inside `allowed`; else raise."""
    resolved = path.resolve()
    if not any(resolved.is_relative_to(folder.resolve()) for folder in allowed):
        raise AssetRefused(f"refused to fetch {shown}: outside the project's asset folders")
    if not resolved.is_file():
        raise AssetRefused(f"missing asset {resolved}")
    return resolved


def data_uri(path: Path, allowed: tuple[Path, ...], shown: str) -> str:
    """Return an allowed asset file as a data: URI."""
    resolved = allowed_file(path, allowed, shown)
    mime = mimetypes.guess_type(resolved.name)[0] or "application/octet-stream"
    return f"data:{mime};base64," + base64.b64encode(resolved.read_bytes()).decode("ascii")
