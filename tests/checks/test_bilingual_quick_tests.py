"""The quick tests the bilingual checks run before their full ones never hide a match: a text
without a hint of a glossary term is skipped, and every text with one is still read in full
(the readers of tokens, numbers and placeholders: tests/text/test_quick_tests.py)."""

from __future__ import annotations

import pytest

from pipeline.checks.bilingual.PUNC001 import final_marks
from pipeline.checks.terminology.TERM005 import _candidates, _patterns, _term_regex, find_terms
from pipeline.glossary.inflection import loose_noun_forms
from pipeline.glossary.model import Glossary


@pytest.mark.parametrize(
    ("text", "marks"),
    [
        ("x" * 40 + "?" + " »" * 20, "?"),  # the ending reaches past the tail searched first
        ("Vent" + "." * 50, "." * 50),
        ("Nej." + " " * 60 + "«", "."),
        ("a" * 100 + "b", ""),
    ],
)
def test_final_marks_of_long_texts(text: str, marks: str) -> None:
    assert final_marks(text) == marks


def test_terms_are_not_looked_for_in_a_language_the_glossary_lacks(
    project_glossary: Glossary,
) -> None:
    assert find_terms(project_glossary, "xx", "muscle twitching") == []


@pytest.mark.parametrize("lang", ["de", "en", "nb", "nn", "sv"])
def test_every_noun_form_of_every_term_passes_the_quick_test(
    project_glossary: Glossary, lang: str
) -> None:
    patterns = _patterns(project_glossary, lang)
    for index, entry in enumerate(patterns.entries):
        pattern = _term_regex(entry.term, lang)
        words = entry.term.split()
        for form in loose_noun_forms(words[-1], lang):
            for written in (form, form.upper(), form.capitalize()):
                text = f"Se ({' '.join([*words[:-1], written])}) her"
                if pattern.search(text):
                    assert index in _candidates(patterns, text), text


def test_an_acronym_is_matched_as_written_before_its_genitive(
    project_glossary: Glossary,
) -> None:
    hits = find_terms(project_glossary, "en", "ALS's symptoms")
    assert [(h.text, h.start, h.entry.concept_id) for h in hits] == [
        ("ALS", 0, "als"),
        ("symptoms", 6, "symptom"),
    ]
