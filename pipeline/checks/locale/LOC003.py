from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.checks.locale.quantities import NUMBER, danish_number, parse_number
from pipeline.core.models import Finding, Severity


class _Unit(NamedTuple):
    pattern: str
    factor: float
    metric: str


# English units and their Danish calques ("pund", "tommer", "fod", "unser", "galloner"),
# longest spelling first. Danish "mil" (10 km) and "kop" (a coffee cup is a fine Danish
# measure) are not here.
_UNITS = (
    _Unit(r"fl\.?\s?oz|fluid ounces?|flydende ounces?", 29.57, "ml"),
    _Unit(r"lbs?|pounds?|pund", 0.4536, "kg"),
    _Unit(r"ounces?|oz|unser", 28.35, "g"),
    _Unit(r"inch(?:es)?|tommer", 2.54, "cm"),
    _Unit(r"feet|foot|fod", 30.48, "cm"),
    _Unit(r"miles?|engelske mil", 1.609, "km"),
    _Unit(r"gallons?|galloner", 3.785, "l"),
    _Unit(r"pints?", 4.73, "dl"),
    _Unit(r"cups?", 2.37, "dl"),
    _Unit(r"yards?", 0.914, "m"),
)
_QUANTITY = re.compile(
    rf"(?<![\w£$.,])(?P<low>{NUMBER})(?:\s*(?:-|–|til)\s*(?P<high>{NUMBER}))?\s*"
    rf"(?P<unit>{'|'.join(f'(?:{u.pattern})' for u in _UNITS)})(?![\w-])(?!\s+sterling)",
    re.IGNORECASE,
)


def _unit(name: str) -> _Unit:
    return next(u for u in _UNITS if re.fullmatch(u.pattern, name, re.IGNORECASE))


def metric(value: float, unit: _Unit) -> tuple[float, str]:
    """The metric value and unit, in metres once centimetres pass 300."""
    converted = value * unit.factor
    if unit.metric == "cm" and converted > 300:
        return converted / 100, "m"
    return converted, unit.metric


class ImperialUnit(Check):
    """A quantity is given in an imperial unit ("150 pounds", "5 fod", "8 ounces").

    Flags a number (or a range) followed by pounds, lbs, inches, feet, ounces, fluid ounces,
    miles, gallons, pints, cups or yards, in English or in the word-for-word Danish a
    translation makes of them ("pund", "tommer", "fod", "unser", "galloner"): a Danish
    reader measures in kilograms, centimetres, grams, litres and kilometres. The suggestion
    is the converted value, rounded as a reader needs it ("91 kg", "7,6 cm"); the fix is
    not automatic.

    It deliberately does not flag a unit with no number before it ("fod" is also a foot you
    stand on), money ("£10", "10 pund sterling"), the Danish "mil" (ten kilometres) and
    "kop" ("3 kopper kaffe" is good Danish), and inches in screen sizes written with ".

    Anti-pattern: "Hvis du vejer 200 pund og er 6 fod høj, er dit BMI for højt."
    Best practice: "Hvis du vejer 91 kg og er 183 cm høj, er dit BMI for højt."
    """

    code = "LOC003"
    name = "locale.imperial-unit"
    severity = Severity.WARNING

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        if ctx.document.language != "da":
            return
        for segment in ctx.document.content_segments():
            for match in _QUANTITY.finditer(segment.text):
                low, high, name = match.group("low", "high", "unit")
                unit = _unit(name)
                value, symbol = metric(parse_number(low), unit)
                text = danish_number(value)
                if high is not None:
                    text += f"-{danish_number(metric(parse_number(high), unit)[0])}"
                yield self.finding(
                    ctx,
                    segment,
                    match.start(),
                    match.end(),
                    f"imperial unit in '{match.group()}'; Danish uses {symbol}: {text} {symbol}",
                    suggestion=f"{text} {symbol}",
                )
