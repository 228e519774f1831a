"""benchmarks/bench_nordic.py: verdicts read from our own annotations, and no pages → skipped."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load_bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "bench_nordic", ROOT / "benchmarks" / "bench_nordic.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


bench = _load_bench()


def test_verdicts_are_keyed_by_page_code_and_match(tmp_path: Path) -> None:
    verdicts = tmp_path / "verdicts.yml"
    verdicts.write_text(
        "- {page: nb01, code: SPELL001, match: livvsituasjon, real: true}\n"
        "- {page: nb01, code: SPELL001, match: myokard, real: false, note: correct}\n",
        encoding="utf-8",
    )
    assert bench.load_verdicts(verdicts) == {
        ("nb01", "SPELL001", "livvsituasjon"): True,
        ("nb01", "SPELL001", "myokard"): False,
    }


def test_the_committed_verdicts_load() -> None:
    assert bench.load_verdicts(bench.DEFAULT_VERDICTS)


def test_without_pages_the_benchmark_skips(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert bench.main(["--pages", str(tmp_path / "absent")]) == 0
    assert "skipped" in capsys.readouterr().out


def _load_typos() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "bench_nordic_typos", ROOT / "benchmarks" / "bench_nordic_typos.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_typing_slips_are_one_edit_away_and_no_dictionary_words() -> None:
    import random

    from pipeline.checks.speller import Speller

    typos = _load_typos()
    speller = Speller.for_language("nb")
    if speller is None:
        pytest.skip("hunspell-no is not installed")
    words = ["behandling", "blodtrykket", "pasienten"]
    made = typos.slips(words, speller, random.Random(1))
    assert made
    for slip in made:
        assert not speller.known(slip)
        assert any(abs(len(slip) - len(w)) <= 1 and slip[0] == w[0] for w in words)


def test_held_out_pages_are_counted_apart(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "nb01.txt").write_text("Behandling\n\nPasienten får medisin.\n", encoding="utf-8")
    (pages / "nb02.txt").write_text("Behandling\n\nPasienten får livvsituasjon.\n", "utf-8")
    verdicts = tmp_path / "verdicts.yml"
    verdicts.write_text(
        "- {page: nb02, code: SPELL001, match: livvsituasjon, real: false}\n", encoding="utf-8"
    )
    argv = ["--pages", str(pages), "--verdicts", str(verdicts), "--select", "SPELL001"]
    assert bench.main([*argv, "--held-out", "nb02"]) == 0
    out = capsys.readouterr().out
    assert "pages written from: 1, 4 words, 0 false" in out
    assert "pages held out: 1, 4 words, 1 false" in out
