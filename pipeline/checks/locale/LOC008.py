from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.checks.locale.quantities import NUMBER, parse_number
from pipeline.core.models import Finding, Segment, Severity

_MG_PER_DL = re.compile(
    rf"(?P<low>{NUMBER})(?:\s*(?:-|–|til)\s*(?P<high>{NUMBER}))?\s*mg\s?/\s?dl\b",
    re.IGNORECASE,
)
# mg/dL per mmol/L, by what is measured (molar masses: glucose 180, cholesterol 387,
# triglycerides 886 g/mol), and the words that name it in Danish or English.
_ANALYTES = (
    (re.compile(r"blodsukker|glukose|glucose|sukker|faste", re.IGNORECASE), 18.016),
    (re.compile(r"kolesterol|cholesterol|\bLDL\b|\bHDL\b", re.IGNORECASE), 38.67),
    (re.compile(r"triglycerid", re.IGNORECASE), 88.57),
)


def _factor(sentence: str) -> float | None:
    """The conversion factor when the sentence names exactly one analyte."""
    found = {factor for pattern, factor in _ANALYTES if pattern.search(sentence)}
    return found.pop() if len(found) == 1 else None


def _mmol(value: float, factor: float) -> str:
    text = f"{value / factor:.1f}".replace(".", ",")
    return text[:-2] if text.endswith(",0") else text


class MilligramsPerDecilitre(Check):
    """A blood value is given in mg/dL, the American unit ("blodsukker over 126 mg/dL").

    Flags a number (or range) in mg/dL (any case, "mg/dl", "mg / dL"): Danish laboratories
    and patients measure blood sugar, cholesterol and triglycerides in mmol/l, and a text
    translated from American English keeps mg/dL, which a Danish reader cannot compare with
    their own results. When the sentence names one of those three, the suggestion is the
    value in mmol/l ("126 mg/dL" blood sugar → "7 mmol/l", "100 mg/dL" LDL → "2,6 mmol/l");
    otherwise there is none. The fix is never automatic.

    It deliberately does not flag mmol/l, mg/kg or mg/ml (doses, not blood values), and it
    gives no suggestion for other substances, whose factors differ.

    Anti-pattern: "Et fastende blodsukker på 126 mg/dL eller derover tyder på diabetes."
    Best practice: "Et fastende blodsukker på 7 mmol/l eller derover tyder på diabetes."
    """

    code = "LOC008"
    name = "locale.milligrams-per-decilitre"
    severity = Severity.WARNING

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        if ctx.document.language != "da":
            return
        for segment in ctx.document.content_segments():
            for match in _MG_PER_DL.finditer(segment.text):
                yield self._finding(ctx, segment, match)

    def _finding(self, ctx: CheckContext, segment: Segment, match: re.Match[str]) -> Finding:
        factor = _factor(segment.text)
        suggestion = None
        if factor is not None:
            value = _mmol(parse_number(match["low"]), factor)
            if match["high"]:
                value += f"-{_mmol(parse_number(match['high']), factor)}"
            suggestion = f"{value} mmol/l"
        return self.finding(
            ctx,
            segment,
            match.start(),
            match.end(),
            f"'{match.group()}' is an American unit; Danish blood values are in mmol/l"
            + (f": {suggestion}" if suggestion else ""),
            suggestion=suggestion,
        )
