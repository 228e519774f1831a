"""LANG003's English spans, shared with SPELL001 through the run's memo."""

from __future__ import annotations

from pathlib import Path

from pipeline.checks import check_document
from pipeline.checks.context import CheckContext
from pipeline.checks.language.english import english_spans
from pipeline.core.models import Document
from pipeline.glossary.csv_loader import load_glossary
from pipeline.glossary.model import Glossary
from pipeline.ingest import ingest_text


def _document(sentence: str) -> Document:
    return ingest_text(f"Overskrift\n\n{sentence}\n", path="case.txt", suffix=".txt", language="da")


def test_spelling_is_silent_inside_an_english_span() -> None:
    document = _document("Du bør undgå heavy lifting i et par dage efter operationen.")
    ctx = CheckContext(document, Glossary([]))
    speller = ctx.speller("da")
    assert speller is not None and not speller.known("lifting")  # an unknown Danish word …
    findings = check_document(document, Glossary([]), select=["SPELL001", "LANG003"])
    # … reported once, as English, not also as a misspelling
    assert [(f.code, f.match) for f in findings] == [("LANG003", "heavy lifting")]


def test_spelling_still_reports_an_unknown_word_outside_any_span() -> None:
    document = _document("Han fik konstateret multipel sclerosis sidste år.")
    findings = check_document(document, Glossary([]), select=["SPELL001", "LANG003"])
    assert [(f.code, f.match) for f in findings] == [("SPELL001", "sclerosis")]


def test_spans_are_computed_once_per_run() -> None:
    document = _document("Tal med din healthcare provider om det.")
    ctx = CheckContext(document, Glossary([]))
    segment = next(s for s in document.content_segments() if "provider" in s.text)
    first = english_spans(ctx, segment)
    assert [s.text for s in first] == ["healthcare provider"]
    assert english_spans(ctx, segment) is first


def test_a_do_not_translate_term_is_no_english_in_the_document_or_any_other_text(
    tmp_path: Path,
) -> None:
    # the document's own segments read the glossary's matches from the TERM checks' shared
    # matches; a text from elsewhere is matched on its own: the same answer either way
    csv = tmp_path / "glossary.csv"
    csv.write_text(
        "concept_id,lang,term,status,note,source\n"
        "lifting,da,heavy lifting,preferred,do-not-translate,editor\n",
        encoding="utf-8",
    )
    glossary = load_glossary(csv)
    sentence = "Du bør undgå heavy lifting i et par dage efter operationen."
    document, elsewhere = _document(sentence), _document(f"Ifølge lægen: {sentence.lower()}")
    ctx = CheckContext(document, glossary)
    own = next(s for s in document.content_segments() if "lifting" in s.text)
    other = next(s for s in elsewhere.content_segments() if "lifting" in s.text)
    assert english_spans(CheckContext(document, Glossary([])), own)  # English without the term
    assert english_spans(ctx, own) == ()
    assert english_spans(ctx, other) == ()
