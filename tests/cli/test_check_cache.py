"""The findings cache: unchanged files are answered from it, and any change is a miss."""

from __future__ import annotations

import json
import os
import shutil
from importlib import metadata
from pathlib import Path

import pytest
from click.testing import CliRunner

import pipeline
from pipeline.checking import cache as check_cache
from pipeline.checking.cache import CachedFile, FindingsCache
from pipeline.checking.files import CheckRun
from pipeline.cli.main import cli
from pipeline.core import content_identity
from pipeline.glossary.model import Glossary
from tests.cli.conftest import Project

HEADER = (
    'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
    '"Language: da\\n"\n"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n'
)
GLOSSARY = "concept_id,lang,term,status\nals,da,ALS,preferred\n"


@pytest.fixture
def folder(project: Project, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("CONTENT_PIPELINE_CACHE_DIR")  # this test looks at the default place
    return project(
        {
            "app.po": HEADER + 'msgid "Delete %(name)s"\nmsgstr "Slet %(navn)s"\n',
            "article.md": "# Muskeltrækninger\n\nMuskelsvindninger er et godartet symptom.\n",
            "glossary.csv": GLOSSARY,
        }
    )


def _check(*args: str) -> tuple[int, list[dict[str, object]]]:
    result = CliRunner().invoke(cli, ["check", ".", "--format", "json", "--lang", "da", *args])
    assert result.exit_code in (0, 1), result.output
    return result.exit_code, json.loads(result.stdout)["findings"]


def _run(folder: Path, glossary: Glossary | None = None) -> CheckRun:
    glossary = Glossary([]) if glossary is None else glossary
    run = CheckRun(glossary, "da", None, False, False, True, keep_units=True)
    return CheckRun(**{**run.__dict__, "cache": FindingsCache(folder / "cache", run.settings())})


def test_a_second_run_reports_the_same_from_the_cache(folder: Path) -> None:
    first = _check()
    assert (folder / ".content-pipeline-cache" / ".gitignore").read_text().endswith("*\n")
    assert len(list((folder / ".content-pipeline-cache").glob("*.json"))) == 2
    assert _check() == first
    assert any(f["code"] == "PH001" for f in first[1])


def test_a_file_served_from_the_cache_is_not_read_again(folder: Path) -> None:
    run = _run(folder)
    task = (Path("app.po"), ((), ()))
    fresh = run.check_one(task)
    again = run.check_one(task)
    assert (fresh.cached, again.cached) == (False, True)
    assert (again.findings, again.units) == (fresh.findings, fresh.units)


def test_an_edited_file_is_checked_afresh(folder: Path) -> None:
    _check()
    (folder / "app.po").write_text(
        HEADER + 'msgid "Delete %(name)s"\nmsgstr "Slet %(name)s"\n', encoding="utf-8"
    )
    _, findings = _check()
    assert not any(f["code"] == "PH001" for f in findings)


def test_other_checks_or_another_glossary_are_other_entries(folder: Path) -> None:
    run = _run(folder)
    task = (Path("app.po"), ((), ()))
    run.check_one(task)
    assert not run.check_one((Path("app.po"), (("PH001",), ()))).cached
    other = _run(folder, Glossary([], content=b"concept_id,lang,term,status\n"))
    assert not other.check_one(task).cached


def test_a_damaged_entry_is_a_miss(folder: Path) -> None:
    run = _run(folder)
    task = (Path("app.po"), ((), ()))
    first = run.check_one(task)
    for entry in (folder / "cache").glob("*.json"):
        entry.write_text("{not json", encoding="utf-8")
    again = run.check_one(task)
    assert not again.cached and again.findings == first.findings


def test_no_cache_keeps_nothing(folder: Path) -> None:
    _check("--no-cache")
    assert not (folder / ".content-pipeline-cache").exists()


def test_fixing_never_uses_the_cache(folder: Path) -> None:
    result = CliRunner().invoke(cli, ["check", "article.md", "--lang", "da", "--fix"])
    assert result.exit_code in (0, 1), result.output
    assert not (folder / ".content-pipeline-cache").exists()


def test_cache_entries_round_trip(tmp_path: Path) -> None:
    cache = FindingsCache(tmp_path, "settings")
    entry = CachedFile(findings=[], units=[], warnings=["app.po:3: unknown code"])
    key = cache.key(Path("app.po"), b"data", ((), ()))
    cache.put(key, entry)
    assert cache.get(key) == entry
    assert cache.get(cache.key(Path("app.po"), b"other data", ((), ()))) is None


def _fingerprint_of(package: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """The findings cache's fingerprint with `package` as the package's folder, in a new
    process's state (nothing remembered)."""
    monkeypatch.setattr(pipeline, "__file__", str(package / "__init__.py"))
    monkeypatch.setattr(content_identity, "_MEMO", {})
    check_cache._fingerprint.cache_clear()
    try:
        return check_cache._fingerprint()
    finally:
        check_cache._fingerprint.cache_clear()


def test_the_fingerprint_follows_the_code_and_data_bytes_not_their_times(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An edited calque or boilerplate list changes findings: no answer from the cache. A CI
    runner that restores the cache folder checks out and installs the same code afresh, every
    file with new times and inodes: its entries must still be found."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))
    monkeypatch.setattr(content_identity, "SETTLED", float("-inf"))
    package = tmp_path / "one" / "pipeline"
    for name, text in {
        "__init__.py": "",
        "checks/rule.py": "RULE = 1\n",
        "checks/data/calques.yml": "- word: x\n",
        "ingest/data/boilerplate.txt": "Del artiklen\n",
    }.items():
        (package / name).parent.mkdir(parents=True, exist_ok=True)
        (package / name).write_text(text, encoding="utf-8")
    first = _fingerprint_of(package, monkeypatch)
    copy = tmp_path / "two" / "pipeline"
    shutil.copytree(package, copy)  # new inodes and change times
    for path in copy.rglob("*"):
        os.utime(path, (1_000_000_000, 1_000_000_000))
    (copy / "checks" / "rule.cpython-311.pyc").write_bytes(b"compiled")  # not code it reads
    assert _fingerprint_of(copy, monkeypatch) == first
    for name in ("checks/data/calques.yml", "ingest/data/boilerplate.txt", "checks/rule.py"):
        edited = tmp_path / f"edited-{Path(name).stem}" / "pipeline"
        shutil.copytree(package, edited)
        with (edited / name).open("a", encoding="utf-8") as file:
            file.write("# one more line\n")
        assert _fingerprint_of(edited, monkeypatch) != first, name


def test_the_fingerprints_library_versions_are_importlib_metadatas() -> None:
    libraries = (*check_cache._LIBRARIES, "click", "PyYAML", "no-such-library-here")
    expected: dict[str, str | None] = {}
    for library in libraries:
        try:
            expected[library] = metadata.version(library)
        except metadata.PackageNotFoundError:
            expected[library] = None
    assert check_cache.installed_versions(libraries) == expected


def test_the_first_distribution_on_the_path_gives_the_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    info = tmp_path / "wordfreq-99.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: wordfreq\nVersion: 99.1\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    assert check_cache.installed_versions(("wordfreq",)) == {"wordfreq": "99.1"}
    assert metadata.version("wordfreq") == "99.1"
