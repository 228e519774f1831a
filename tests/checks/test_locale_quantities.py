"""Reading and writing numbers the Danish way, which the locale checks' suggestions rest on."""

from __future__ import annotations

import pytest

from pipeline.checks.locale.LOC002 import celsius
from pipeline.checks.locale.quantities import danish_number, parse_number
from pipeline.checks.spelling.SPELL003 import fold


@pytest.mark.parametrize(
    ("text", "value"),
    [("1.000", 1000.0), ("12.500", 12500.0), ("2.5", 2.5), ("2,5", 2.5), ("100.4", 100.4)],
)
def test_a_point_before_three_digits_groups_thousands(text: str, value: float) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize(
    ("value", "text"), [(90.72, "91"), (12.7, "13"), (7.62, "7,6"), (1609.3, "1.609")]
)
def test_danish_numbers_have_a_decimal_comma_and_thousand_points(value: float, text: str) -> None:
    assert danish_number(value) == text


def test_body_temperatures_convert_to_celsius() -> None:
    assert [celsius(f) for f in (98.6, 100.4, 101.0)] == ["37", "38", "38,3"]


def test_spelling_key_merges_foreign_spellings_but_not_different_words() -> None:
    assert fold("leukæmi") == fold("leukemi") == fold("LEUKAEMI")
    assert fold("Alzheimer-sygdom") == fold("alzheimer sygdom") == fold("alzheimersygdom")
    assert fold("cholesterol") == fold("kolesterol")
    assert fold("hjerte") != fold("hjerne")
