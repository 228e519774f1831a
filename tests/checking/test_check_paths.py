"""The library's check engine, called from Python: `pipeline.check_paths(paths, config)`."""

from __future__ import annotations

import json
from concurrent.futures import Executor, ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import pipeline
from pipeline.checking import CheckOptions, check_paths
from pipeline.cli.main import cli
from pipeline.core.config import load_config

GLOSSARY = """concept_id,lang,term,status,note,source
fasciculation,da,muskeltrækning,preferred,,
fasciculation,da,muskelsvindning,forbidden,mistranslation,article
"""
ARTICLE = "Muskeltrækninger\n\nPatienten har muskelsvindninger i læggen. Det er Hos Hos ufarligt.\n"
CATALOG = (
    'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: da\\n"\n\n'
    'msgid "Delete %d files"\nmsgstr "Slet %d filer"\n\n'
    'msgid "Page 12 of 30"\nmsgstr "Side 12 af 31"\n\n'
    'msgid " Name"\nmsgstr "Navn"\n'
)


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "glossary.csv").write_text(GLOSSARY, encoding="utf-8")
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "site" / "da.po").write_text(CATALOG, encoding="utf-8")
    return tmp_path


def _keys(findings: list[Any]) -> list[tuple[str, str, int, int]]:
    return sorted((f["path"], f["code"], f["line"], f["column"]) for f in findings)


def test_check_paths_finds_what_the_check_command_reports(workdir: Path) -> None:
    report = check_paths([Path("site")], load_config())

    cli_run = CliRunner().invoke(cli, ["check", "site", "--format", "json", "--no-cache"])
    from_cli = json.loads(cli_run.stdout)["findings"]
    assert _keys([f.model_dump() for f in report.findings]) == _keys(from_cli)
    assert {f.code for f in report.findings} >= {"TERM001", "MECH001", "NUM001", "WS001"}
    assert report.files == [Path("site/a.txt"), Path("site/da.po")]
    assert set(report.profiles) == {"site/a.txt", "site/da.po"} and report.failures == []


def test_the_package_exports_check_paths(workdir: Path) -> None:
    assert pipeline.check_paths is check_paths
    report = pipeline.check_paths([Path("site/a.txt")])  # the configuration found from here
    assert [f.match for f in report.findings if f.code == "TERM001"] == ["muskelsvindninger"]


def test_an_unusable_path_is_a_failure_and_the_rest_is_checked(workdir: Path) -> None:
    report = check_paths([Path("missing.txt"), Path("site/a.txt")], load_config())

    assert report.failures == ["missing.txt: no such file or folder"]
    assert [(n.level, n.message) for n in report.notices] == [
        ("error", "missing.txt: no such file or folder")
    ]
    assert any(f.code == "TERM001" for f in report.findings)


class CountingExecutor(ThreadPoolExecutor):
    """A thread pool that counts the files it was given."""

    def __init__(self) -> None:
        super().__init__(max_workers=2)
        self.tasks = 0

    def map(self, fn: Any, *iterables: Any, **kwargs: Any) -> Any:  # type: ignore[override]
        tasks = list(iterables[0])
        self.tasks += len(tasks)
        return super().map(fn, tasks, **kwargs)


def test_an_executor_given_runs_the_files(workdir: Path) -> None:
    alone = check_paths([Path("site")], load_config(), CheckOptions(jobs=1))
    executor = CountingExecutor()
    with executor:
        pooled = check_paths([Path("site")], load_config(), executor=executor)

    assert executor.tasks == 2
    assert isinstance(executor, Executor)
    assert [f.model_dump() for f in pooled.findings] == [f.model_dump() for f in alone.findings]


def test_fixes_without_writing_leave_the_files_as_they_are(workdir: Path) -> None:
    before = (workdir / "site" / "a.txt").read_bytes()

    report = check_paths([Path("site")], load_config(), CheckOptions(fix=True, write=False))

    assert (workdir / "site" / "a.txt").read_bytes() == before
    fixed = {str(f.path): [x.code for x in f.fixed] for f in report.fixes}
    assert "TERM001" in fixed["site/a.txt"] and "MECH001" in fixed["site/a.txt"]
    assert fixed["site/da.po"] == ["WS001"]
    assert "muskeltrækninger i læggen" in report.fixes[0].after


def test_the_findings_cache_serves_an_unchanged_file(workdir: Path) -> None:
    options = CheckOptions(cache_dir=workdir / "cache", jobs=1)
    first = check_paths([Path("site")], load_config(), options)
    entries = sorted((workdir / "cache").glob("*.json"))

    second = check_paths([Path("site")], load_config(), options)

    assert len(entries) == 2 and sorted((workdir / "cache").glob("*.json")) == entries
    assert first.cached == [] and second.cached == [Path("site/a.txt"), Path("site/da.po")]
    assert [f.model_dump() for f in second.findings] == [f.model_dump() for f in first.findings]


def test_an_unknown_code_is_a_value_error(workdir: Path) -> None:
    with pytest.raises(ValueError, match="NOPE001"):
        check_paths([Path("site")], load_config(), CheckOptions(select=("NOPE001",)))
