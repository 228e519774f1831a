"""benchmarks/mt_corpus/INDEX.md is what git keeps of the development corpus: it must say what
the annotations say (session 7 marked two errors on a native page and the committed index
missed them until session 8 regenerated it)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = ROOT / "benchmarks" / "mt_corpus"

spec = importlib.util.spec_from_file_location("make_index", HERE / "make_index.py")
assert spec is not None and spec.loader is not None
make_index = importlib.util.module_from_spec(spec)
spec.loader.exec_module(make_index)


def test_committed_index_matches_the_annotations() -> None:
    rendered = make_index.render(make_index.load(HERE / "annotations"))
    assert (HERE / "INDEX.md").read_text(encoding="utf-8") == rendered, (
        "benchmarks/mt_corpus/INDEX.md is stale: run benchmarks/mt_corpus/make_index.py"
    )


def test_totals_count_each_annotation_once_per_kind() -> None:
    pages = [
        {
            "id": "a",
            "url": "u",
            "kind": "mt",
            "source_language": "en",
            "words": 10,
            "errors": [{"text": "x", "kind": "calque", "note": "n"}],
        },
        {
            "id": "b",
            "url": "v",
            "kind": "native",
            "words": 5,
            "errors": [
                {"text": "y", "kind": "calque", "note": "n"},
                {"text": "z", "kind": "locale", "note": "n"},
            ],
        },
    ]
    text = make_index.render(pages)
    assert "- mt: 1 pages, 10 words, 1 annotated errors" in text
    assert "- native: 1 pages, 5 words, 2 annotated errors" in text
    assert "| calque | 1 | 1 |" in text
