"""A rerun answered by the findings cache starts no worker processes, and files that
changed meanwhile are still checked, in their place among the others."""

from __future__ import annotations

import concurrent.futures
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from pipeline.cli.main import cli

ARTICLE = "Hjertet\n\nHjertet pumper blod rundt i kroppen. Det er Hos Hos vigtigt.\n"


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "glossary.csv").write_text("concept_id,lang,term,status\n", encoding="utf-8")
    for n in range(4):
        (tmp_path / f"a{n}.txt").write_text(ARTICLE, encoding="utf-8")
    return tmp_path


def _pools(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    sizes: list[int] = []
    real_pool = concurrent.futures.ProcessPoolExecutor

    def recording_pool(workers: int, *args: Any, **kwargs: Any) -> Any:
        sizes.append(workers)
        return real_pool(workers, *args, **kwargs)  # the real pool still does the work

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", recording_pool)
    return sizes


def _check(*extra: str) -> dict[str, Any]:
    result = CliRunner().invoke(cli, ["check", ".", "-j", "2", "--format", "json", *extra])
    assert result.exit_code == 1, result.output  # MECH001 finds "Hos Hos": an error
    report: dict[str, Any] = json.loads(result.stdout)
    return report


def test_a_warm_rerun_starts_no_pool_and_gives_the_same_findings(
    workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cold = _check()
    sizes = _pools(monkeypatch)

    warm = _check()

    assert sizes == []
    assert warm["findings"] == cold["findings"]


def test_a_changed_file_is_checked_in_its_place_among_cached_ones(
    workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _check()
    (workdir / "a2.txt").write_text(ARTICLE.replace("Hos Hos", "Hos"), encoding="utf-8")

    warm = _check()

    files = [f["path"] for f in warm["findings"]]
    assert files == sorted(files)
    assert not any(name.endswith("a2.txt") for name in files)
    assert len(files) == len(set(files)) == 3
