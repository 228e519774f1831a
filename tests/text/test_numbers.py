"""Numbers read and written with each language's conventions (pipeline/text/numbers)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.text.numbers import (
    extract_numbers,
    format_number,
    number_parts,
    number_words,
    read_number,
)

NBSP, NNBSP = "\u00a0", "\u202f"


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("100.000", "da", "100000"),
        ("100,000", "en", "100000"),
        ("100 000", "sv", "100000"),
        (f"100{NBSP}000", "sv", "100000"),
        (f"100{NNBSP}000", "nb", "100000"),
        ("100 000", "da", "100000"),  # space grouping is accepted in every language
        ("100 000", "en", "100000"),
        ("1,5", "da", "1.5"),
        ("1,5", "nb", "1.5"),
        ("1,5", "de", "1.5"),
        ("1.5", "en", "1.5"),
        ("1.500", "da", "1500"),
        ("1.500", "en", "1.500"),
        ("1,500", "en", "1500"),
        ("1.000.000,25", "da", "1000000.25"),
        ("1,000,000.25", "en", "1000000.25"),
        (f"2{NBSP}500,75", "sv", "2500.75"),
        ("2020", "da", "2020"),
    ],
)
def test_a_number_in_its_languages_convention_is_one_value(
    text: str, lang: str, value: str
) -> None:
    assert read_number(text, lang)[0] == (Decimal(value),)


@pytest.mark.parametrize(
    ("text", "lang", "parts"),
    [
        ("100.000", "sv", (100, 0)),  # Swedish never groups with a point
        ("100.000", "nb", (100, 0)),
        ("1,5", "en", (1, 5)),
        ("10.30", "da", (10, 30)),  # a time
        ("12.05.2020", "da", (12, 5, 2020)),  # a date
        ("1.2.3", "en", (1, 2, 3)),  # a section number
        ("1.00.000", "da", (1, 0, 0)),  # groups of three or nothing
    ],
)
def test_a_number_against_the_convention_is_read_as_its_parts(
    text: str, lang: str, parts: tuple[int, ...]
) -> None:
    assert read_number(text, lang) == (tuple(Decimal(p) for p in parts), False)


def test_grouping_is_reported() -> None:
    assert read_number("100.000", "da")[1] is True
    assert read_number("100000", "da")[1] is False
    assert read_number("1,5", "da")[1] is False


def test_language_tags_use_their_base_language() -> None:
    assert read_number("100 000", "sv-SE")[0] == (Decimal(100000),)
    assert read_number("100.000", "nb_NO")[0] == (Decimal(100), Decimal(0))


def test_unknown_languages_read_like_english() -> None:
    assert read_number("1,500", "xx")[0] == (Decimal(1500),)


@pytest.mark.parametrize(
    ("value", "lang", "grouped", "written"),
    [
        ("100000", "da", False, "100.000"),
        ("100000", "de", False, "100.000"),
        ("100000", "en", False, "100,000"),
        ("100000", "sv", False, f"100{NBSP}000"),
        ("100000", "nb", False, f"100{NBSP}000"),
        ("1500", "en", True, "1,500"),
        ("1500", "en", False, "1500"),
        ("2000", "sv", False, "2000"),  # a year is not grouped
        ("1.5", "en", False, "1.5"),
        ("1.5", "sv", False, "1,5"),
        ("1.50", "da", False, "1,50"),  # decimal places kept
        ("1234567.891", "en", False, "1,234,567.891"),
        ("-2.5", "de", False, "-2,5"),
    ],
)
def test_numbers_are_written_in_the_target_convention(
    value: str, lang: str, grouped: bool, written: str
) -> None:
    assert format_number(Decimal(value), lang, grouped=grouped) == written


def test_extract_finds_numbers_with_positions() -> None:
    text = "ALS rammer en til tre ud af hver 100.000 over hele verden, 1,5 % i 2020."

    numbers = extract_numbers(text, "da")

    assert [(n.text, n.start, n.values) for n in numbers] == [
        ("100.000", 33, (Decimal(100000),)),
        ("1,5", 59, (Decimal("1.5"),)),
        ("2020", 67, (Decimal(2020),)),
    ]


def test_a_space_joins_only_a_group_of_three_digits() -> None:
    numbers = extract_numbers("mellem 3 og 5, i alt 2 500 patienter, kapitel 3 12", "da")

    assert [n.text for n in numbers] == ["3", "5", "2 500", "3", "12"]


def test_ordinals_keep_their_number() -> None:
    da = extract_numbers("det 21. århundrede, den 3. maj", "da")
    en = extract_numbers("the 21st century, 3rd May", "en")
    sv = extract_numbers("det 21:a århundradet, den 3:e maj", "sv")

    assert [n.values for n in da] == [n.values for n in en] == [n.values for n in sv]


def test_digits_glued_to_letters_and_addresses_are_not_numbers() -> None:
    text = "Vitamin B12 og H2O, se www.sundhed.dk/2020/side eller info2@x.dk, ICD-10"

    assert [n.text for n in extract_numbers(text, "da")] == ["10"]


def test_parts_of_a_written_number() -> None:
    assert number_parts("10.30") == (Decimal(10), Decimal(30))
    assert number_parts(f"1{NBSP}000,5") == (Decimal(1), Decimal(0), Decimal(5))


def test_number_words_up_to_twelve() -> None:
    assert number_words("ALS affects one to three people in twelve", "en") == [1, 3, 12]
    assert number_words("ALS rammer en til tre personer", "da") == [1, 3]
    assert number_words("two", "da") == []
