"""The quick tests that the readers of tokens, numbers and placeholders run before their full
ones never hide a match: a text without a hint of an address, a number or a placeholder is
skipped, and every text with one is still read in full."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.text.numbers import extract_numbers
from pipeline.text.placeholders import extract_placeholders
from pipeline.text.tokens import extract_tokens, mask_tokens


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


def test_a_literal_percent_sign_before_a_letter_is_no_strftime_directive() -> None:
    # "%%-Direktiven" is a literal "%" then "-Direktiven": not the strftime "%-D"
    found = [(p.kind, p.text) for p in extract_placeholders("Die %%-Direktiven und %s Dateien")]
    assert found == [("printf", "%s")]
    assert [p.kind for p in extract_placeholders("Am %-d. %B um %H:%M")] == ["strftime"] * 4
