"""CONS001 in its default scope (one catalog) runs in each file's own check, and is reported
as the file-set run reports it: after every file's findings, in position order."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.checking import CheckOptions, check_paths
from pipeline.checks import check_units
from pipeline.core.config import load_config
from pipeline.glossary.model import Glossary
from pipeline.ingest.bilingual import read_units

HEADER = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: da\\n"\n\n'


def _catalog(save: str, other: str) -> str:
    return HEADER + (
        f'msgid "Save"\nmsgstr "Gem"\n\n'
        f'msgctxt "menu"\nmsgid "Open"\nmsgstr "Åbn"\n\n'
        f'msgid "Save"\nmsgstr "{save}"\n\n'
        f'msgid "Page 12 of 30"\nmsgstr "Side 12 af 31"\n\n'
        f'msgid "Save"\nmsgstr "Gem"\n\n'
        f'msgid "Remove the selected file from the list"\nmsgstr "{other}"\n\n'
        f'msgid "Delete the selected file from the list"\nmsgstr "{other}"\n'
    )


@pytest.fixture
def catalogs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    monkeypatch.chdir(tmp_path)
    paths = [Path("b/da.po"), Path("a/da.po")]  # not in path order: the report sorts
    for path, save in zip(paths, ("Gemme", "GEM"), strict=True):
        path.parent.mkdir()
        path.write_text(_catalog(save, "Fjern den valgte fil fra listen"), encoding="utf-8")
    return paths


def test_consistency_findings_come_last_in_position_order(catalogs: list[Path]) -> None:
    report = check_paths([Path(".")], load_config(), CheckOptions(jobs=1))
    codes = [f.code for f in report.findings]
    first = codes.index("CONS001")
    assert set(codes[first:]) == {"CONS001"} and "NUM001" in codes[:first]
    # what one check over every file's units finds, catalog by catalog, in the same order
    units = [u for p in sorted(catalogs) for u in read_units(p)]
    expected = check_units(units, Glossary([]), ["CONS001"])
    assert [f.model_dump() for f in report.findings[first:]] == [f.model_dump() for f in expected]
    assert len(expected) == 4  # per catalog: "Save" translated otherwise, one target twice


def test_the_cache_serves_consistency_findings_without_units(
    catalogs: list[Path], tmp_path: Path
) -> None:
    cold = check_paths([Path(".")], load_config(), CheckOptions(cache_dir=tmp_path / "c"))
    warm = check_paths([Path(".")], load_config(), CheckOptions(cache_dir=tmp_path / "c"))
    assert len(warm.cached) == 2
    assert [f.model_dump() for f in warm.findings] == [f.model_dump() for f in cold.findings]
    assert any(f.code == "CONS001" for f in warm.findings)
