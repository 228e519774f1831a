from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.checks.mechanics.words import MONTHS, word_list
from pipeline.core.models import Finding, Segment, Severity

_ENGLISH = word_list(
    "january february march april may june july august september october november december"
)
# Every month name a text may carry, Danish and English, written out: abbreviations
# ("jul", "mar") are also Danish words.
_MONTH_NUMBER = {
    **{m: i for i, m in enumerate(MONTHS, 1)},
    **{m: i for i, m in enumerate(_ENGLISH, 1)},
}
_NAME = "|".join(sorted(_MONTH_NUMBER, key=len, reverse=True))
# 03/14/2024: month first is certain only when the second number cannot be a month.
_SLASHED = re.compile(r"(?<![\d/.])(?P<m>0?[1-9]|1[0-2])/(?P<d>1[3-9]|2\d|3[01])/(?P<y>\d{4})\b")
# "March 14, 2024", "marts 14", "March 14th": a month, then the day.
_MONTH_DAY = re.compile(
    rf"\b(?P<month>{_NAME})\.?\s+(?P<d>[1-9]|[12]\d|3[01])(?P<suffix>st|nd|rd|th)?"
    r"(?:,?\s+(?P<y>\d{4}))?(?![\d.,:/]\d|\w)",
    re.IGNORECASE,
)
# "14 marts" or "14 March": the day without the Danish ordinal point.
_DAY_MONTH = re.compile(
    rf"(?<![\d.,])(?P<d>[1-9]|[12]\d|3[01])\s+(?P<month>{_NAME})(?![\w-])(?:\s+(?P<y>\d{{4}}))?",
    re.IGNORECASE,
)


def _danish(day: str, month: int, year: str | None) -> str:
    return f"{int(day)}. {MONTHS[month - 1]}" + (f" {year}" if year else "")


class UsDateOrder(Check):
    """A date is written in American or English order ("03/14/2024", "marts 14, 2024").

    Flags a slashed date whose first number is the month (certain only when the second
    number is above 12), a month name followed by the day ("March 14", "marts 14, 2024",
    "March 14th") and a day before a month name without the ordinal point ("14 marts").
    The suggestion is the Danish order: "14.3.2024", "14. marts 2024"; the fix is not
    automatic.

    It deliberately does not flag slashed dates that read both ways ("03/04/2024": Danish
    writes 3/4-2024 for the third of April), Danish dates ("14. marts 2024", "14.3.2024"),
    a month with a year ("marts 2024"), and a number after a month that is no day
    ("marts 14 patienter" has a word after it and no year).

    Anti-pattern: "Studiet blev offentliggjort marts 14, 2024 og opdateret 03/28/2024."
    Best practice: "Studiet blev offentliggjort 14. marts 2024 og opdateret 28.3.2024."
    """

    code = "LOC004"
    name = "locale.us-date-order"
    severity = Severity.WARNING

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        if ctx.document.language != "da":
            return
        for segment in ctx.document.content_segments():
            text = segment.text
            for match in _SLASHED.finditer(text):
                suggestion = f"{int(match['d'])}.{int(match['m'])}.{match['y']}"
                yield self._finding(ctx, segment, match, suggestion, "month before day")
            for match in _MONTH_DAY.finditer(text):
                if match["y"] is None and match["suffix"] is None and _word_follows(text, match):
                    continue
                month = _MONTH_NUMBER[match["month"].lower()]
                suggestion = _danish(match["d"], month, match["y"])
                yield self._finding(ctx, segment, match, suggestion, "month before day")
            for match in _DAY_MONTH.finditer(text):
                month = _MONTH_NUMBER[match["month"].lower()]
                suggestion = _danish(match["d"], month, match["y"])
                yield self._finding(ctx, segment, match, suggestion, "day without its point")

    def _finding(
        self,
        ctx: CheckContext,
        segment: Segment,
        match: re.Match[str],
        suggestion: str,
        what: str,
    ) -> Finding:
        return self.finding(
            ctx,
            segment,
            match.start(),
            match.end(),
            f"date in English order ({what}) '{match.group()}'; Danish writes '{suggestion}'",
            suggestion=suggestion,
        )


def _word_follows(text: str, match: re.Match[str]) -> bool:
    """A word right after "marts 14": a count of something, not a date."""
    return bool(re.match(r"\s+[^\W\d]", text[match.end() :]))
