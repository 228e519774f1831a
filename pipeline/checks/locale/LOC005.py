from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.checks.mechanics.words import masked
from pipeline.core.models import Finding, Severity

# Units a measured quantity takes in a health text. Only before one of them is "2.5" surely
# a quantity: "14.30" is a Danish time, "5.2" a section, "1.000" a thousand.
_UNIT = (
    r"(?:mg|g|kg|µg|mcg|mikrogram|milligram|gram|ml|dl|cl|l|liter|mm|cm|m|km|%|procent|"
    r"mmol(?:/l)?|mol|IE|enheder|°C|grader|år|måneder|uger|dage|timer|minutter|kcal|kJ|"
    r"mmHg|BMI)"
)
# A decimal point: a point and one or two digits (three digits are a thousands group in
# Danish, "1.500 mg"), or "0." and any digits (no number groups a leading zero).
_POINT = r"(?:0\.\d+|\d+\.\d{1,2})"
_DECIMAL = re.compile(
    rf"(?<![\w.,/:-])(?P<low>{_POINT})(?:\s*[-–]\s*(?P<high>{_POINT}|\d+))?"
    rf"(?![\d.,]\d)\s*(?P<unit>{_UNIT})(?![\w/])"
)
_CLOCK = re.compile(r"(?:kl\.|klokken)\s*$", re.IGNORECASE)


class DecimalPoint(Check):
    """A decimal number is written with a point where Danish writes a comma ("2.5 mg").

    Flags a number with a decimal point before a unit of measure ("2.5 mg", "0.5 ml",
    "1.5-2.5 liter", "37.5 grader", "6.5 %"): Danish writes "2,5 mg", and a reader may
    read "2.5" as a date or, worse, a dose of 25. The suggestion is the number with a
    decimal comma; the fix is not automatic.

    It deliberately does not flag Danish thousands ("1.000", "1.500 mg"), times ("kl.
    14.30"), version, section and IP numbers ("5.2", "192.168.0.1"), numbers without a
    unit, numbers in URLs, references and citations ("2019;42(5):1.2"), and dates ("14.3.2024").

    Anti-pattern: "Den anbefalede dosis er 2.5 mg to gange dagligt."
    Best practice: "Den anbefalede dosis er 2,5 mg to gange dagligt."
    """

    code = "LOC005"
    name = "locale.decimal-point"
    severity = Severity.WARNING

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        if ctx.document.language != "da":
            return
        for segment in ctx.document.content_segments():
            text = masked(segment.text)
            for match in _DECIMAL.finditer(text):
                if _CLOCK.search(text, 0, match.start()):
                    continue
                end = match.end("high") if match["high"] else match.end("low")
                number = text[match.start() : end]
                suggestion = number.replace(".", ",")
                yield self.finding(
                    ctx,
                    segment,
                    match.start(),
                    end,
                    f"decimal point in '{number}'; Danish writes a decimal comma: '{suggestion}'",
                    suggestion=suggestion,
                )
