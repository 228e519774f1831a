from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.core.models import Finding, Severity

# "3 pm", "8:30 AM", "kl. 7 a.m.", "10.15 p.m."
_TWELVE_HOUR = re.compile(
    r"(?<![\w.,:])(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<m>[0-5]\d))?\s?"
    r"(?P<half>[aApP])(?:\.\s?[mM]\.|\s?[mM])(?!\w)"
)


def twenty_four_hour(hour: int, minute: str | None, afternoon: bool) -> str:
    """The Danish time: "3 pm" → "15.00", "12 am" → "0.00", "8:30 am" → "8.30"."""
    hour = hour % 12 + (12 if afternoon else 0)
    return f"{hour}.{minute or '00'}"


class TwelveHourClock(Check):
    """A time is given on the twelve-hour clock ("kl. 3 pm", "8:30 AM").

    Flags a time followed by am/pm in any spelling ("pm", "PM", "p.m."): Danish uses the
    24-hour clock, and a translation keeps the English suffix. The suggestion is the Danish
    time with a full stop between hours and minutes ("15.00", "8.30"); the fix is not
    automatic.

    It deliberately does not flag 24-hour times ("kl. 14.30", "14:30"), a number followed by
    a word that starts with a or p ("3 patienter"), or "AM" alone (an abbreviation).

    Anti-pattern: "Tag den første tablet kl. 8 am og den sidste kl. 8 pm."
    Best practice: "Tag den første tablet kl. 8.00 og den sidste kl. 20.00."
    """

    code = "LOC007"
    name = "locale.twelve-hour-clock"
    severity = Severity.WARNING

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        if ctx.document.language != "da":
            return
        for segment in ctx.document.content_segments():
            for match in _TWELVE_HOUR.finditer(segment.text):
                time = twenty_four_hour(int(match["h"]), match["m"], match["half"].lower() == "p")
                yield self.finding(
                    ctx,
                    segment,
                    match.start(),
                    match.end(),
                    f"twelve-hour time '{match.group()}'; Danish uses the 24-hour clock: {time}",
                    suggestion=time,
                )
