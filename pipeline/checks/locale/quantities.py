"""Reading numbers as a Danish or an English text writes them, and writing them the Danish way."""

from __future__ import annotations

import re

# A number as written next to a unit: "150", "2,5", "2.5", "1.000", "100.4", "1/2".
NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?"


def parse_number(text: str) -> float:
    """The value of `text`: "1.000" is a thousand (Danish grouping), "2.5" and "2,5" two and a
    half; a point followed by other than three digits is a decimal point."""
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", text):
        return float(text.replace(".", "").replace(",", "."))
    return float(text.replace(",", "."))


def danish_number(value: float) -> str:
    """`value` rounded as a reader needs it (integers from 10, one decimal below), with a
    decimal comma and thousands points: 68, 7,6, 1.609."""
    if abs(value) >= 10:
        rounded = round(value)
        return f"{rounded:,}".replace(",", ".")
    text = f"{value:.1f}".replace(".", ",")
    return text[:-2] if text.endswith(",0") else text
