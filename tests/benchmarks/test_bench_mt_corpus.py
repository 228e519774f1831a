"""The scoring of benchmarks/bench_mt_corpus.py, on small pages written for these tests."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load_bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "bench_mt_corpus", ROOT / "benchmarks" / "bench_mt_corpus.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


bench = _load_bench()

MT_PAGE = """\
Hjerte anfald hos ældre
Mange ældre får et hjerte anfald uden smerter i brystet.
Ring 911, hvis du har ondt i brystet i mere end 15 minutter.
"""

NATIVE_PAGE = """\
Blodprop i hjertet
De fleste mærker en trykkende smerte midt i brystet.
Ring 112, hvis smerten varer mere end et kvarter.
"""


def page(text: str, kind: str, errors: list[tuple[str, str, int | None]]) -> object:
    annotated = [
        bench.Annotated(needle, error_kind, "", bench.locate(text, needle, occurrence))
        for needle, error_kind, occurrence in errors
    ]
    return bench.Page("p-" + kind, kind, "", text, bench.count_words(text), annotated)


def found(text: str, needle: str, code: str, occurrence: int | None = None) -> object:
    span = bench.locate(text, needle, occurrence)
    return bench.Found(code, span, needle, "message", 1)


def test_locate_finds_a_unique_text() -> None:
    span = bench.locate(MT_PAGE, "Ring 911")
    assert MT_PAGE[span.start : span.end] == "Ring 911"


def test_locate_picks_the_given_occurrence() -> None:
    first = bench.locate(MT_PAGE, "hjerte anfald", 1)
    assert first.start == MT_PAGE.index("et hjerte anfald") + 3
    with pytest.raises(bench.AnnotationError, match="occurrence 2 of 1"):
        bench.locate(MT_PAGE, "hjerte anfald", 2)


def test_locate_refuses_an_ambiguous_or_missing_text() -> None:
    with pytest.raises(bench.AnnotationError, match="2 occurrences"):
        bench.locate(MT_PAGE, "brystet")
    with pytest.raises(bench.AnnotationError, match="not in the page"):
        bench.locate(MT_PAGE, "lungebetændelse")


def test_spans_overlap_only_when_they_share_a_character() -> None:
    assert bench.Span(0, 5).overlaps(bench.Span(4, 9))
    assert not bench.Span(0, 5).overlaps(bench.Span(5, 9))
    assert bench.Span(3, 3).overlaps(bench.Span(0, 5))  # an insertion point inside
    assert not bench.Span(5, 5).overlaps(bench.Span(0, 5))


def test_to_span_turns_line_and_column_into_offsets() -> None:
    line = MT_PAGE.splitlines()[2]
    column = line.index("911") + 1
    span = bench.to_span(MT_PAGE, 3, column, 3, column + 3)
    assert MT_PAGE[span.start : span.end] == "911"
    across = bench.to_span(MT_PAGE, 1, 1, 2, 1)
    assert MT_PAGE[across.start : across.end] == MT_PAGE.splitlines(keepends=True)[0]


def test_recall_counts_an_error_once_when_any_finding_overlaps_it() -> None:
    mt = page(
        MT_PAGE,
        "mt",
        [("Hjerte anfald", "split-compound", None), ("hjerte anfald", "split-compound", None)],
    )
    findings = [found(MT_PAGE, "Hjerte", "SPELL001"), found(MT_PAGE, "Hjerte anfald", "SPLIT")]
    result = bench.score([mt], {mt.id: findings})
    assert result.total["split-compound"] == 2
    assert result.caught["split-compound"] == 1
    assert [error.text for _, error in result.missed] == ["hjerte anfald"]
    assert result.catches_by_code == {"SPELL001": 1, "SPLIT": 1}
    assert result.mt_findings == {"SPELL001": 1, "SPLIT": 1}


def test_the_occurrence_decides_which_error_a_finding_catches() -> None:
    text = "Tag en tablet. Tag en tablet igen.\n"
    mt = page(text, "mt", [("Tag en", "calque", 2)])
    first = bench.score([mt], {mt.id: [found(text, "Tag en", "X", 1)]})
    second = bench.score([mt], {mt.id: [found(text, "Tag en", "X", 2)]})
    assert (first.caught["calque"], second.caught["calque"]) == (0, 1)


def test_recall_is_kept_per_kind() -> None:
    mt = page(MT_PAGE, "mt", [("911", "locale", None), ("Hjerte anfald", "split-compound", None)])
    result = bench.score([mt], {mt.id: [found(MT_PAGE, "911", "LOCALE")]})
    assert (result.caught["locale"], result.total["locale"]) == (1, 1)
    assert (result.caught["split-compound"], result.total["split-compound"]) == (0, 1)


def test_findings_on_no_annotated_error_are_listed_as_unmatched() -> None:
    mt = page(MT_PAGE, "mt", [("911", "locale", None)])
    stray = found(MT_PAGE, "ældre", "SPELL001", 1)
    result = bench.score([mt], {mt.id: [found(MT_PAGE, "911", "LOCALE"), stray]})
    assert result.mt_unmatched == [(mt, stray)]


def test_native_findings_are_false_alarms_unless_on_an_annotated_error() -> None:
    native = page(NATIVE_PAGE, "native", [("et kvarter", "wrong-term", None)])
    findings = [found(NATIVE_PAGE, "trykkende", "SPELL001"), found(NATIVE_PAGE, "kvarter", "X")]
    result = bench.score([native], {native.id: findings})
    assert result.native_words == bench.count_words(NATIVE_PAGE)
    assert result.native_findings == {"SPELL001": 1, "X": 1}
    assert result.native_unexplained == {"SPELL001": 1}
    assert result.total == {}  # native pages add nothing to recall


def write_corpus(folder: Path) -> tuple[Path, Path]:
    pages, annotations = folder / "pages", folder / "annotations"
    pages.mkdir()
    annotations.mkdir()
    (pages / "mt01.txt").write_text(MT_PAGE, encoding="utf-8")
    (annotations / "mt01.yml").write_text(
        "id: mt01\nurl: https://example.org/a\nkind: mt\nwords: 30\nerrors:\n"
        "- {text: hjerte anfald, kind: split-compound, note: one word}\n"
        "- {text: Ring 911, kind: locale, note: 112 in Denmark}\n",
        encoding="utf-8",
    )
    return pages, annotations


def test_load_page_resolves_every_annotation(tmp_path: Path) -> None:
    pages, annotations = write_corpus(tmp_path)
    loaded = bench.load_page(annotations / "mt01.yml", pages)
    assert [MT_PAGE[e.span.start : e.span.end] for e in loaded.errors] == [
        "hjerte anfald",
        "Ring 911",
    ]
    assert loaded.words == bench.count_words(MT_PAGE)


def test_load_page_names_an_annotation_that_does_not_fit(tmp_path: Path) -> None:
    pages, annotations = write_corpus(tmp_path)
    (annotations / "mt01.yml").write_text(
        "id: mt01\nkind: mt\nerrors:\n- {text: Ring 999, kind: locale, note: x}\n",
        encoding="utf-8",
    )
    with pytest.raises(bench.AnnotationError, match=r"mt01\.yml: not in the page"):
        bench.load_page(annotations / "mt01.yml", pages)


def test_load_page_is_none_without_the_page_text(tmp_path: Path) -> None:
    pages, annotations = write_corpus(tmp_path)
    (pages / "mt01.txt").unlink()
    assert bench.load_page(annotations / "mt01.yml", pages) is None


def test_findings_from_json_maps_paths_and_positions_to_pages(tmp_path: Path) -> None:
    pages, annotations = write_corpus(tmp_path)
    loaded = bench.load_page(annotations / "mt01.yml", pages)
    path = (pages / "mt01.txt").resolve()
    column = MT_PAGE.splitlines()[2].index("911") + 1
    report = {
        "findings": [
            {
                "path": str(path),
                "code": "LOC001",
                "line": 3,
                "column": column,
                "end_line": 3,
                "end_column": column + 3,
                "match": "911",
                "message": "use 112",
            },
            {"path": str(tmp_path / "other.txt"), "code": "X", "line": 1, "column": 1},
        ]
    }
    mapped = bench.findings_from_json(report, {path: loaded})
    assert [(f.code, MT_PAGE[f.span.start : f.span.end]) for f in mapped["mt01"]] == [
        ("LOC001", "911")
    ]


def test_main_skips_cleanly_without_pages(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = bench.main(["--pages", str(tmp_path / "missing")])
    assert status == 0
    assert "skipped" in capsys.readouterr().out
