from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.checks.locale.quantities import NUMBER, parse_number
from pipeline.core.models import Finding, Severity

# "100.4 °F", "98,6°F", "100-102 °F", "104 grader Fahrenheit", "102 F-grader", "101 ℉".
_FAHRENHEIT = re.compile(
    rf"(?P<low>{NUMBER})(?:\s*(?:-|–|til)\s*(?P<high>{NUMBER}))?\s*"
    r"(?:°\s?F\b|℉|grader\s+(?:F\b|Fahrenheit)|°?\s?Fahrenheit|F-grader)",
    re.IGNORECASE,
)
# "101F", "(100, 4F)": a bare F glued to a number, read as Fahrenheit only for a body
# temperature (90-115 °F), so "vitamin 5F" or a size "10F" are left alone.
_BARE_F = re.compile(r"(?<![\w.,])(?P<low>\d{2,3}(?:[.,]\s?\d)?)F\b")


def celsius(fahrenheit: float) -> str:
    """Degrees Celsius to one decimal, with a decimal comma: 100.4 → "38", 101 → "38,3"."""
    text = f"{(fahrenheit - 32) * 5 / 9:.1f}".replace(".", ",")
    return text[:-2] if text.endswith(",0") else text


class Fahrenheit(Check):
    """A temperature is given in degrees Fahrenheit ("feber over 100.4 °F").

    Flags a number (or a range) in °F, "grader Fahrenheit" or "F-grader", and a body
    temperature with a bare F glued to it ("38C (101F)"): Danish readers know
    body temperature in Celsius, and a text translated from American English keeps the
    source's Fahrenheit. The suggestion is the value in °C, with a decimal comma and one
    decimal at most ("38 °C", "38,3-38,9 °C"); the fix is not automatic, since an editor
    may want to keep both.

    It deliberately does not flag Celsius, a capital F that is no unit ("vitamin F", "F-16"),
    or the word Fahrenheit without a number (the name of the scale or its inventor).

    Anti-pattern: "Kontakt lægen, hvis barnet har over 100.4 °F i feber."
    Best practice: "Kontakt lægen, hvis barnet har over 38 °C i feber."
    """

    code = "LOC002"
    name = "locale.fahrenheit"
    severity = Severity.WARNING

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        if ctx.document.language != "da":
            return
        for segment in ctx.document.content_segments():
            bare = [
                m
                for m in _BARE_F.finditer(segment.text)
                if 90 <= parse_number(m["low"].replace(" ", "")) <= 115
            ]
            for match in [*_FAHRENHEIT.finditer(segment.text), *bare]:
                low = match["low"].replace(" ", "")
                high = match.groupdict().get("high")
                value = celsius(parse_number(low))
                if high is not None:
                    value += f"-{celsius(parse_number(high))}"
                yield self.finding(
                    ctx,
                    segment,
                    match.start(),
                    match.end(),
                    f"temperature in Fahrenheit '{match.group()}'; Danish uses Celsius: {value} °C",
                    suggestion=f"{value} °C",
                )
