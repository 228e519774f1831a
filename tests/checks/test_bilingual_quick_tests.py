"""The quick tests the bilingual checks run before their full ones never hide a match: a
text without a hint of an address, a number, a placeholder or a glossary term is skipped,
and every text with one is still read in full."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.checks.bilingual.numbers import extract_numbers
from pipeline.checks.bilingual.placeholders import extract_placeholders
from pipeline.checks.bilingual.PUNC001 import final_marks
from pipeline.checks.bilingual.TERM005 import _candidates, _patterns, _term_regex, find_terms
from pipeline.checks.bilingual.tokens import extract_tokens, mask_tokens
from pipeline.glossary.inflection import loose_noun_forms
from pipeline.glossary.model import Glossary


@pytest.mark.parametrize(
    ("text", "kind", "token"),
    [
        ("Se WWW.Sundhed.dk i dag", "url", "WWW.Sundhed.dk"),
        ("Se HTTPS://example.org/a.", "url", "HTTPS://example.org/a"),
        ("Skriv til info@sundhed.dk", "e-mail", "info@sundhed.dk"),
        ("Ifølge MayoClinic.com er", "domain", "MayoClinic.com"),
    ],
)
def test_addresses_are_found_whatever_their_case(text: str, kind: str, token: str) -> None:
    assert [(t.kind, t.text) for t in extract_tokens(text)] == [(kind, token)]


def test_a_text_without_an_address_is_returned_as_it_is() -> None:
    text = "f.eks. bl.a. benet.De"
    assert extract_tokens(text) == []
    assert mask_tokens(text) == text


def test_extracted_tokens_are_a_new_list_each_time() -> None:
    first = extract_tokens("Se sundhed.dk")
    first.clear()
    assert [t.text for t in extract_tokens("Se sundhed.dk")] == ["sundhed.dk"]


def test_digits_of_every_script_are_numbers() -> None:
    assert [n.values for n in extract_numbers("٣ ملفات و 12", "ar")] == [
        (Decimal(3),),
        (Decimal(12),),
    ]


def test_a_text_without_digits_has_no_numbers() -> None:
    assert extract_numbers("tolv æbler", "da") == []


def test_a_text_without_percent_sign_or_brace_has_no_placeholders() -> None:
    assert extract_placeholders("Gem (alle) filer: $HOME") == []


def test_extracted_placeholders_are_a_new_list_each_time() -> None:
    first = extract_placeholders("Slet %(name)s")
    first.clear()
    assert [p.text for p in extract_placeholders("Slet %(name)s")] == ["%(name)s"]


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
