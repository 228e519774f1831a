from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.core.models import Finding, Severity

# A foreign emergency number in the words that call one: "ring 911", "ringe til 999",
# "nødnummeret 000", "911 eller din læge".
_CALL = (
    r"(?:ring|ringe|ringer|opkald|tilkald|kontakt|kontakte|nødnummer|nødnummeret|"
    r"alarmnummer|alarmnummeret|alarmcentral|alarmcentralen|call|dial)"
)
_NUMBER = re.compile(
    rf"\b{_CALL}(?:\s+(?:straks|med det samme|omgående|altid|til|på|nummer))*\s+"
    r"(?P<number>911|999|000|113)(?![\d.,/-]\w)\b",
    re.IGNORECASE,
)


# The British non-emergency health line; in Denmark that is the doctor on call (lægevagten).
_NHS = re.compile(r"\bNHS\s+111\b")


class ForeignEmergencyNumber(Check):
    """A Danish text tells the reader to call a foreign emergency number ("ring 911").

    Flags 911 (North America), 999 (United Kingdom), 000 (Australia) and 113 (Norway's
    medical emergency line) after a word that calls it ("ring", "ringe til", "kontakt",
    "nødnummeret", "alarmcentralen"): a translation keeps the source country's number, and
    a reader in Denmark who dials it reaches nobody. The suggestion is 112; the fix is not
    automatic, since the sentence may describe another country on purpose.

    It deliberately does not flag the numbers elsewhere (page numbers, "911-angrebene",
    prices, "000" inside larger numbers), nor 112, the police's 114 or the Danish medical
    helplines (1813).
    The British "NHS 111" line is flagged too, with "lægevagten" as the suggestion.

    Anti-pattern: "Ved brystsmerter skal du straks ringe 911."
    Best practice: "Ved brystsmerter skal du straks ringe 112."
    """

    code = "LOC001"
    name = "locale.foreign-emergency-number"
    severity = Severity.ERROR

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        if ctx.document.language != "da":
            return
        for segment in ctx.document.content_segments():
            for match in _NUMBER.finditer(segment.text):
                number = match.group("number")
                yield self.finding(
                    ctx,
                    segment,
                    match.start("number"),
                    match.end("number"),
                    f"{number} is not the emergency number in Denmark; use 112",
                    suggestion="112",
                )
            for match in _NHS.finditer(segment.text):
                yield self.finding(
                    ctx,
                    segment,
                    match.start(),
                    match.end(),
                    "NHS 111 is a British helpline; in Denmark call the doctor on call"
                    " (lægevagten)",
                    suggestion="lægevagten",
                )
