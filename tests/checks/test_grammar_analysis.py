"""The grammar checks share one analysis per article, with tokens positioned per segment."""

from __future__ import annotations

from collections.abc import Iterable

import pytest

from pipeline.checks import check_document
from pipeline.checks.context import CheckContext
from pipeline.checks.grammar import analysis
from pipeline.core.models import Document
from pipeline.glossary.model import Glossary
from pipeline.ingest import ingest_text
from pipeline.ingest.morphology import Reading, Token, analyse, analyse_with_words

ARTICLE = """Hjerte anfald

Om vinteren influenza er mere udbredt. Et hjerte anfald kræver en blod prøve.

## Symptomer hos børn

En barn med feber får ofte alvorlige infektion [i] ørerne.
"""


def _document() -> Document:
    return ingest_text(ARTICLE, path="article.md", suffix=".md", language="da", encoding="utf-8")


def test_every_token_slices_its_surface_out_of_its_segment() -> None:
    ctx = CheckContext(_document(), Glossary([]))

    segments = analysis.analysed_segments(ctx)

    assert [a.segment.text for a in segments] == [s.text for s in ctx.document.content_segments()]
    for analysed in segments:
        assert analysed.tokens
        for token in analysed.tokens:
            assert analysed.segment.text[token.start : token.end] == token.surface


def test_segment_tokens_are_those_of_analysing_the_segment_alone() -> None:
    ctx = CheckContext(_document(), Glossary([]))

    for analysed in analysis.analysed_segments(ctx):
        alone = analyse(analysed.segment.text)
        assert [t.surface for t in analysed.tokens] == [t.surface for t in alone]
        assert [t.readings for t in analysed.tokens] == [t.readings for t in alone]


def test_all_grammar_checks_run_one_process_chain_per_article(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    texts: list[str] = []

    def counting(
        text: str, words: Iterable[str], lang: str = "da"
    ) -> tuple[list[Token], dict[str, tuple[Reading, ...]]]:
        texts.append(text)
        return analyse_with_words(text, words, lang)

    def refused(words: Iterable[str], lang: str = "da") -> dict[str, tuple[Reading, ...]]:
        raise AssertionError(f"a second analyser call for {list(words)}")

    monkeypatch.setattr(analysis, "analyse_with_words", counting)
    monkeypatch.setattr(analysis, "lexical_readings", refused)

    findings = check_document(_document(), Glossary([]), select=["GRAM"])

    assert len(texts) == 1
    assert {f.code for f in findings} == {"GRAM001", "GRAM002", "GRAM003", "GRAM004"}
