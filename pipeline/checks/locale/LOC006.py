from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.checks.mechanics.words import masked, word_list
from pipeline.core.models import Finding, Severity

# Two or more comma groups ("1,000,000") are English thousands whatever follows.
_GROUPS = re.compile(r"(?<![\w.,])[1-9]\d{0,2}(?:,\d{3}){2,}(?![\d,]|\.\d)")
# One group ("10,000") could be a Danish decimal with three decimals ("1,025" is a urine
# density): English only before something counted in whole units.
_COUNTED = frozenset(
    word_list(
        "mennesker personer patienter børn voksne kvinder mænd danskere amerikanere briter"
        " deltagere tilfælde dødsfald skridt kalorier dollars dollar kroner kr euro pund"
        " celler nye årlige indbyggere elever studerende læger sygeplejersker"
    )
)
_ONE_GROUP = re.compile(r"(?<![\w.,$£€])\$?([1-9]\d{0,2},\d{3})(?![\d,]|\.\d)\s+(\w+)")


class ThousandsComma(Check):
    """A number uses a comma as thousands separator ("10,000 mennesker").

    Flags numbers written with English thousands commas: two or more groups ("1,000,000")
    always, one group ("10,000") only before a word counted in whole units ("mennesker",
    "patienter", "kalorier", "dollars"…), since in Danish the comma is the decimal sign and
    "10,000 mennesker" reads as ten people. The suggestion writes the Danish thousands point
    ("10.000"); the fix is not automatic.

    It deliberately does not flag one comma group before a measure ("1,025" as a urine
    density, "2,500 mg" could be two and a half), Danish decimals ("2,5"), numbers inside
    URLs and domains, and references ("2019;42(5):1,234").

    Anti-pattern: "Hvert år får omkring 10,000 mennesker konstateret sygdommen."
    Best practice: "Hvert år får omkring 10.000 mennesker konstateret sygdommen."
    """

    code = "LOC006"
    name = "locale.thousands-comma"
    severity = Severity.WARNING

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        if ctx.document.language != "da":
            return
        for segment in ctx.document.content_segments():
            text = masked(segment.text)
            spans = [(m.start(), m.end()) for m in _GROUPS.finditer(text)]
            spans += [
                m.span(1) for m in _ONE_GROUP.finditer(text) if m.group(2).lower() in _COUNTED
            ]
            for start, end in sorted(spans):
                number = text[start:end]
                yield self.finding(
                    ctx,
                    segment,
                    start,
                    end,
                    f"'{number}' uses English thousands commas; Danish writes"
                    f" '{number.replace(',', '.')}' (a comma is the decimal sign)",
                    suggestion=number.replace(",", "."),
                )
