from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.core.models import Finding, Severity

_NUMBERS = (
    r"\d+|to|tre|fire|fem|seks|syv|otte|ni|ti|elleve|tolv|tretten|fjorten|femten|seksten"
    r"|sytten|atten|nitten|tyve"
)
# a number of times, a share or a measure: "Dette er 3 gange hyppigere", "Disse er 2 cm lange"
_MEASURES = (
    r"gange?|procent|%|år|måneder|uger|dage|timer|minutter|sekunder|cm|mm|m|km|mg|g|gram|kg"
    r"|ml|liter|grader|kalorier"
)
# "Disse er 11 naturlige midler", "Dette er de 5 bedste råd", "Disse er nogle af de …"
_INTRO = re.compile(
    rf"^(?P<intro>(?:Disse|Dette) er)\s+(?:(?:de\s+)?(?:{_NUMBERS})\s+(?!(?:{_MEASURES})\b)\w"
    rf"|nogle\s+af\s+de\b)",
)


class TheseAreIntro(Check):
    """A list introduced with English "These are N …" ("Disse er 11 naturlige midler").

    Machine translation renders "These are 11 natural remedies", "These are some of the most
    common symptoms" word by word. Danish introduces a list with "Her er": "Her er 11
    naturlige midler", "Her er nogle af de almindeligste symptomer" (or turns it round:
    "Nogle af de almindeligste symptomer er:"). Flags "Disse er" or "Dette er" opening a
    sentence or heading when a number (with or without "de") or "nogle af de" follows; the
    suggestion is "Her er".

    It deliberately does not flag "Disse er" followed by anything else ("Disse er ofte
    ufarlige", "Dette er en almindelig sygdom"), a number of times or a measure ("Dette er 3
    gange hyppigere hos kvinder", "Disse er 2 cm lange"), which is Danish, nor "Her er", "Det
    er de fem".

    Anti-pattern: "Disse er 8 naturlige midler mod forkølelse."
    Best practice: "Her er 8 naturlige midler mod forkølelse."
    """

    code = "MT014"
    name = "artifacts.these-are-intro"
    severity = Severity.WARNING

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        if ctx.document.language != "da":
            return
        for segment in ctx.document.content_segments():
            match = _INTRO.match(segment.text)
            if match is None:
                continue
            yield self.finding(
                ctx,
                segment,
                match.start("intro"),
                match.end("intro"),
                f"'{match.group('intro')} …' is English 'These are …'; a Danish list starts "
                "with 'Her er'",
                suggestion="Her er",
            )
