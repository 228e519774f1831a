"""Writes never lose an edit, never break a link, and leave no temporary file behind."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from pipeline.checks import check_document
from pipeline.core.errors import InputError
from pipeline.core.fs import atomic_write_bytes
from pipeline.core.models import Finding
from pipeline.fix import fix_file
from pipeline.glossary import load_glossary
from pipeline.ingest import ingest_text

GLOSSARY = """concept_id,lang,term,status,note,source
fasciculation,da,muskeltrækning,preferred,,
fasciculation,da,muskelsvindning,forbidden,mistranslation,article
"""
Checker = Callable[[str], list[Finding]]
BAD = "Kramper\n\nHan har muskelsvindninger.\n"
FIXED = "Kramper\n\nHan har muskeltrækninger.\n"


@pytest.fixture
def checker(tmp_path: Path) -> Checker:
    (tmp_path / "glossary.csv").write_text(GLOSSARY, encoding="utf-8")
    glossary = load_glossary(tmp_path / "glossary.csv")

    def check(text: str) -> list[Finding]:
        return check_document(ingest_text(text, language="da"), glossary, select=["TERM"])

    return check


def test_fix_writes_through_a_symbolic_link(tmp_path: Path, checker: Checker) -> None:
    target = tmp_path / "real.txt"
    target.write_text(BAD, encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(target)

    fix_file(link, "utf-8", checker)

    assert link.is_symlink()
    assert target.read_text(encoding="utf-8") == FIXED


def test_an_edit_made_while_fixing_is_kept_and_the_fix_refused(
    tmp_path: Path, checker: Checker
) -> None:
    path = tmp_path / "a.txt"
    path.write_text(BAD, encoding="utf-8")
    edited = BAD + "\nEn ny linje, skrevet imens.\n"

    def editing_checker(text: str) -> list[Finding]:
        path.write_text(edited, encoding="utf-8")  # the editor saves during the check
        return checker(text)

    with pytest.raises(InputError, match="changed while it was checked"):
        fix_file(path, "utf-8", editing_checker)

    assert path.read_text(encoding="utf-8") == edited
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".tmp"] == []


def test_temporary_files_of_a_killed_writer_are_removed_by_the_next_write(
    tmp_path: Path,
) -> None:
    path = tmp_path / "content.da.json"
    dead = tmp_path / f".content.da.json.{2**22 + 12345}.abc123.tmp"  # no such process
    alive = tmp_path / f".content.da.json.{os.getpid()}.def456.tmp"  # a writer still running
    dead.write_bytes(b"half")
    alive.write_bytes(b"half")

    atomic_write_bytes(path, b"{}")

    assert path.read_bytes() == b"{}"
    assert not dead.exists()
    assert alive.exists()


def test_a_file_name_at_the_length_limit_is_written(tmp_path: Path) -> None:
    path = tmp_path / ("a" * 250 + ".json")

    atomic_write_bytes(path, b"{}")

    assert path.read_bytes() == b"{}"
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]
