"""What Windows lacks: POSIX-only modules, UTF-8 consoles. recbook must not need the one or crash on the other."""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

from conftest import copy_sample_project

from recbook.console import make_console_safe

POSIX_ONLY = ("fcntl", "termios", "pwd", "grp", "resource")


def _run(project: Path, hidden: Path, *args: str, encoding: str = "utf-8") -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(hidden), "PYTHONIOENCODING": encoding}
    return subprocess.run([sys.executable, "-m", "recbook", *args, "--project", str(project)],
                          capture_output=True, env=env, timeout=600)


def test_commands_run_with_the_posix_only_modules_hidden(tmp_path: Path) -> None:
    hidden = tmp_path / "hide"
    hidden.mkdir()
    # sitecustomize runs in every interpreter, render workers (spawned) included
    (hidden / "sitecustomize.py").write_text(
        "import sys\n"
        f"for name in {POSIX_ONLY!r}:\n"
        "    sys.modules[name] = None  # import raises ImportError, as on Windows\n", "utf-8")
    project = copy_sample_project(tmp_path / "sample")
    for args in (("check",), ("dedupe", "--json"), ("i18n", "status"), ("i18n", "check"), ("i18n", "update"),
                 ("build", "--lang", "kk")):
        done = _run(project, hidden, *args)
        assert done.returncode == 0, (args, done.stderr.decode("utf-8", "replace")[-2000:])
    assert (project / "output" / "almaty-2025-civil-society.kk.pdf").is_file()
    assert (project / "output" / "almaty-2025-civil-society.kk.docx").is_file()
    probe = subprocess.run([sys.executable, "-c", "import fcntl"], capture_output=True,
                           env={**os.environ, "PYTHONPATH": str(hidden)})
    assert b"ModuleNotFoundError" in probe.stderr or b"ImportError" in probe.stderr  # the hiding works


def test_dedupe_survives_a_cp1251_and_a_cp866_console(tmp_path: Path) -> None:
    project = copy_sample_project(tmp_path / "sample")
    for encoding in ("cp1251", "cp866"):
        done = _run(project, tmp_path, "dedupe", encoding=encoding)
        assert done.returncode == 0, done.stderr.decode(encoding, "replace")[-2000:]
        text = done.stdout.decode(encoding)
        assert "45 proposals -> 34 recommendations" in text
        assert re.search(r"\\u04(?:d9|93|9b|a3|e9|b1|af|bb)", text)  # Kazakh letters the code page lacks


def test_a_utf8_console_is_left_alone_and_json_stays_valid() -> None:
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="cp866")
    make_console_safe((stream,))
    stream.write(json.dumps({"title": "Әділет → «Қоғам» 𝄞"}, ensure_ascii=False))
    stream.flush()
    assert json.loads(raw.getvalue().decode("cp866")) == {"title": "Әділет → «Қоғам» 𝄞"}
    utf8 = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    make_console_safe((utf8,))
    assert utf8.errors == "strict"


def test_msgfmt_findings_keep_their_line_whatever_the_path_looks_like() -> None:
    from recbook.load.catalogs import _msgfmt_findings

    stderr = ("C:\\conf\\locales\\kk\\LC_MESSAGES\\book.po:12: 'msgstr' is not a valid C format string\n"
              "C:/conf/locales/kk/LC_MESSAGES/book.po:30: missing 'msgstr' section\n"
              "msgfmt: found 2 fatal errors\n")
    found = _msgfmt_findings(stderr, "locales/kk/LC_MESSAGES/book.po")
    assert [d.format() for d in found] == [
        "locales/kk/LC_MESSAGES/book.po:12:1: error: msgfmt: 'msgstr' is not a valid C format string [i18n.msgfmt]",
        "locales/kk/LC_MESSAGES/book.po:30:1: error: msgfmt: missing 'msgstr' section [i18n.msgfmt]"]
