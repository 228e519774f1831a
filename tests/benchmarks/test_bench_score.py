"""The score calibration benchmark's arithmetic (the run itself needs the third-party pages)."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.bench_score import main, pairs_above, reference_score, spearman


def test_the_reference_weighs_major_kinds_five_and_the_others_one() -> None:
    assert reference_score(["wrong-term", "calque", "agreement"], 100) == 93.0
    assert reference_score(["garbled"] * 30, 100) == 0.0
    assert reference_score([], 0) == 100.0


def test_pairs_above_counts_ties_half() -> None:
    assert pairs_above([99, 98], [97]) == 1.0
    assert pairs_above([97], [97, 99]) == 0.25


def test_spearman_is_one_for_the_same_order_and_minus_one_for_the_reverse() -> None:
    assert spearman([1, 2, 3], [10, 20, 30]) == pytest.approx(1.0)
    assert spearman([1, 2, 3], [30, 20, 10]) == pytest.approx(-1.0)


def test_without_pages_it_says_so_and_succeeds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--pages", str(tmp_path)]) == 0
    assert "no pages in" in capsys.readouterr().out
