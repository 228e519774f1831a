"""A command imports only what the work it was given needs (each case in a fresh interpreter,
whose sys.modules is the answer): a one-article check pays for no translation check, no batch
engine, no process pool, no spaCy and no translate-toolkit; `--help` not even for pydantic."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.checks.registry import (
    BILINGUAL_CHECKS,
    CHECKS,
    FILE_SET_CHECKS,
    bilingual_check_class,
    file_set_codes,
)
from tests.cli.conftest import PROJECT_GLOSSARY, SEED, Project

# The check command run in-process by Click's runner, then the modules it left imported.
PROBE = """
import json, sys
from click.testing import CliRunner
from pipeline.cli.main import cli
result = CliRunner().invoke(cli, sys.argv[1:])
print(json.dumps({"exit": result.exit_code, "modules": sorted(sys.modules)}))
"""


def modules_after(folder: Path, *args: str) -> tuple[int, set[str]]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        cwd=folder,
        capture_output=True,
        text=True,
        check=True,
    )
    answer = json.loads(done.stdout.splitlines()[-1])
    return answer["exit"], set(answer["modules"])


def imported(modules: set[str], package: str) -> list[str]:
    return sorted(m for m in modules if m == package or m.startswith(package + "."))


@pytest.fixture
def seed_folder(project: Project) -> Path:
    return project({"article.txt": SEED, "glossary.csv": PROJECT_GLOSSARY})


def test_checking_one_article_imports_no_translation_or_batch_machinery(
    seed_folder: Path,
) -> None:
    code, modules = modules_after(seed_folder, "check", "article.txt", "--no-cache")
    assert code == 1  # the seed article has findings: the checks did run
    assert "pipeline.checks.terminology.TERM001" in modules
    for package in (
        "spacy",
        "translate",  # translate-toolkit
        "multiprocessing",
        "pipeline.batch",
        "pipeline.workflow",
        "pipeline.translate.batch",
        "pipeline.validate",
        "pipeline.checking.cache",  # --no-cache
        "pydantic",  # only a content file, its schema or the findings cache needs it
        "pipeline.checks.bilingual",
        "pipeline.checks.language.LANG002",
    ):
        assert imported(modules, package) == [], package


def test_one_selected_check_imports_that_check_alone(seed_folder: Path) -> None:
    code, modules = modules_after(
        seed_folder, "check", "article.txt", "--no-cache", "--select", "MECH001"
    )
    assert code == 0
    loaded = {
        c for c, target in {**CHECKS, **BILINGUAL_CHECKS}.items() if target.split(":")[0] in modules
    }
    assert loaded == {"MECH001"}
    for package in ("spacy", "translate", "hunspell", "pipeline.ingest.morphology"):
        assert imported(modules, package) == [], package


def test_help_imports_no_models_and_no_checks(seed_folder: Path) -> None:
    code, modules = modules_after(seed_folder, "check", "--help")
    assert code == 0
    for package in ("pydantic", "pipeline.checks.registry", "pipeline.checking", "yaml"):
        assert imported(modules, package) == [], package


def test_the_file_set_checks_are_named_without_importing_them() -> None:
    by_class = {c for c in BILINGUAL_CHECKS if bilingual_check_class(c).scope == "file-set"}
    assert by_class == FILE_SET_CHECKS
    assert set(file_set_codes()) == by_class


def test_checking_an_article_again_imports_no_yaml_parser(seed_folder: Path) -> None:
    # the checks' YAML data is parsed by the first process and read back by later ones
    modules_after(seed_folder, "check", "article.txt", "--no-cache")
    code, modules = modules_after(seed_folder, "check", "article.txt", "--no-cache")
    assert code == 1
    assert imported(modules, "yaml") == []


def test_the_findings_cache_writes_and_reads_its_entries_without_pydantic(
    seed_folder: Path,
) -> None:
    code, modules = modules_after(seed_folder, "check", "article.txt", "--cache-dir", "kept")
    assert code == 1
    assert list((seed_folder / "kept").glob("*.json"))  # the entry was written
    assert imported(modules, "pydantic") == []
    code, modules = modules_after(seed_folder, "check", "article.txt", "--cache-dir", "kept")
    assert code == 1
    assert "pipeline.checks.terminology.TERM001" not in modules  # answered from the cache
    assert imported(modules, "pydantic") == []
