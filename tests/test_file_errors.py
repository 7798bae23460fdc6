"""A file-system failure a command did not foresee is one located line, never a traceback."""

from __future__ import annotations

import errno
import subprocess
import sys

import pytest

from conftest import copy_sample_project
from recbook.file_errors import file_system_error


@pytest.fixture
def project(tmp_path):
    project = copy_sample_project(tmp_path / "project")
    (project / "afile").write_text("not a folder", encoding="utf-8")
    return project


def recbook(project, *args):
    # a real process, as the secretariat runs it: click's test runner would show the exception object
    return subprocess.run([sys.executable, "-m", "recbook", *args], cwd=project, capture_output=True,
                          text=True, timeout=300)


@pytest.mark.parametrize("args", [
    ("review", "export", "afile/review.xlsx"),
    ("i18n", "export", "--xlsx", "afile/translations.xlsx"),
    ("init", "afile/new-conference"),
])
def test_a_file_where_a_folder_is_needed_is_named_in_one_line(project, args):
    done = recbook(project, *args)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines()[-1] == "Error: afile: is a file where a folder is needed; move or rename it"
    assert (project / "afile").read_text(encoding="utf-8") == "not a folder"


def test_a_full_disk_says_so_with_the_path():
    exc = OSError(errno.ENOSPC, "No space left on device", "out/book.xlsx")
    assert file_system_error(exc).message == ("out/book.xlsx: No space left on device "
                                             "(the disk is full; free some space and run the command again)")
