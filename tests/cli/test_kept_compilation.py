"""The console script starts from the compilations kept per machine (the regex engine's code,
pipeline/core/compiled_patterns.py; the dataclasses' methods, kept_dataclass_code.py): the first
check keeps them, a later one reports the same from them, and help keeps nothing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.cli.conftest import PROJECT_GLOSSARY, SEED, Project

CHECK = ["check", "article.txt", "--no-cache", "--format", "json", "--select", "TERM,MT"]


def run_script(folder: Path, cache: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pipeline", *args],
        cwd=folder,
        env={**os.environ, "XDG_CACHE_HOME": str(cache)},
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )


def kept(cache: Path) -> list[Path]:
    ours = cache / "content-pipeline"
    return sorted(ours.glob("dataclass-code/*.marshal")) + sorted(
        ours.glob("patterns/module-patterns-*.marshal")
    )


def test_a_check_keeps_its_compilations_and_reports_the_same_from_them(
    project: Project, tmp_path: Path
) -> None:
    folder = project({"article.txt": SEED, "glossary.csv": PROJECT_GLOSSARY})
    first = run_script(folder, tmp_path, *CHECK)
    assert first.returncode == 1, first.stderr  # the seed article has forbidden terms
    files = kept(tmp_path)
    assert len(files) == 2
    written = [path.read_bytes() for path in files]
    again = run_script(folder, tmp_path, *CHECK)
    assert (again.returncode, again.stdout) == (first.returncode, first.stdout)
    assert [path.read_bytes() for path in kept(tmp_path)] == written  # read, nothing new


def test_help_keeps_nothing(project: Project, tmp_path: Path) -> None:
    folder = project({})
    assert run_script(folder, tmp_path, "check", "--help").returncode == 0
    assert kept(tmp_path) == []
