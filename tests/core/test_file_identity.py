"""A file's identity changes with its content's size or times, and names the path as given."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from pipeline.core.file_identity import file_identity


def test_an_edit_gives_a_new_identity(tmp_path: Path) -> None:
    path = tmp_path / "da_DK.dic"
    path.write_text("1\nord\n", encoding="utf-8")
    before = file_identity(path)
    path.write_text("2\nord\nandet\n", encoding="utf-8")
    assert file_identity(path) != before
    assert before.startswith(f"{path}:")


def test_the_same_file_keeps_its_identity(tmp_path: Path) -> None:
    path = tmp_path / "model.ftz"
    path.write_bytes(b"x")
    os.utime(path, ns=(1, 1))
    assert file_identity(path) == file_identity(str(path))


def test_a_missing_file_raises(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        file_identity(tmp_path / "gone")
