"""Options that would exhaust the machine or mean nothing are refused or capped."""

from __future__ import annotations

import concurrent.futures
import os
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from pipeline.cli.main import cli

ARTICLE = "Hjertet\n\nHjertet pumper blod rundt i kroppen.\n"


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "glossary.csv").write_text("concept_id,lang,term,status\n", encoding="utf-8")
    for n in range(3 * (os.cpu_count() or 1) + 1):
        (tmp_path / f"a{n}.txt").write_text(ARTICLE, encoding="utf-8")
    return tmp_path


def test_jobs_is_capped_at_two_processes_per_cpu(
    workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sizes: list[int] = []
    # pipeline.checking.files imports the pool where it starts one (multiprocessing is no
    # concern of a one-file run), so the pool is replaced where that import finds it
    real_pool = concurrent.futures.ProcessPoolExecutor

    def recording_pool(workers: int, *args: Any, **kwargs: Any) -> Any:
        sizes.append(workers)
        return real_pool(workers, *args, **kwargs)  # the real pool still does the work

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", recording_pool)

    result = CliRunner().invoke(cli, ["check", ".", "-j", "1000", "--no-cache", "--lang", "da"])

    assert result.exit_code == 0, result.output
    assert sizes == [2 * (os.cpu_count() or 1)]


@pytest.mark.parametrize("value", [",", " , ", "n b", "nb,1"])
def test_to_that_names_no_language_is_a_usage_error(workdir: Path, value: str) -> None:
    result = CliRunner().invoke(cli, ["translate", "a0.txt", "--to", value])

    assert result.exit_code == 2
    assert "--to" in result.output
    assert not (workdir / "output").exists()


@pytest.mark.parametrize(
    ("glob", "problem"),
    [("", "is empty"), ("docs/***", "'***'"), ("*.[mM]d", "do not support"), ("{a,b}/*", "[ ]")],
)
def test_a_malformed_per_path_glob_names_the_file_and_the_glob(
    workdir: Path, glob: str, problem: str
) -> None:
    (workdir / "content-pipeline.toml").write_text(
        f'[per-path-ignores]\n"{glob}" = ["MECH001"]\n', encoding="utf-8"
    )

    result = CliRunner().invoke(cli, ["check", "a0.txt", "--no-cache"])

    assert result.exit_code == 2
    (line,) = result.stderr.splitlines()
    assert line.startswith("error: content-pipeline.toml") and f"'{glob}'" in line
    assert problem in line
