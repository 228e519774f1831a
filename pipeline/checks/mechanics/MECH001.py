from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.core.models import Finding, Severity

_DOUBLED = re.compile(r"\b(\w+)\s+(\1)\b", re.IGNORECASE)
# Doublings the grammar allows: "Han sagde, at at ryge …", "Det det handler om, er …",
# "den, der der bor". Still reported, but the editor decides instead of the autofix.
GRAMMATICAL_DOUBLINGS = {
    "da": frozenset({"at", "det", "der"}),
    "nb": frozenset({"at", "det", "der"}),
    "nn": frozenset({"at", "det", "der"}),
    "sv": frozenset({"att", "det", "som"}),
}


def _heading_over_body(match: re.Match[str]) -> bool:
    """A capitalised copy starting a new line that goes on with more text ("Behandling" /
    "Behandling sker med …"); a line of the lone word again ("A" / "A") is still a doubling."""
    gap = match.string[match.end(1) : match.start(2)]
    rest = match.string[match.end(2) :].split("\n", 1)[0]
    return "\n" in gap and match.group(2)[:1].isupper() and bool(rest.strip())


class DoubledWord(Check):
    """A word is repeated ("det det").

    Flags the same word twice in a row within one sentence, heading or title, ignoring case
    ("Det det"). The finding covers both words and the fix keeps the first one. The fix is not
    automatic for the few words whose doubling Danish grammar allows ("at at ryge", "det det
    handler om"), which are rare in articles but possible.

    It deliberately does not flag numbers ("10 10"), a repeat across sentence boundaries
    ("… det. Det …"), words separated by punctuation ("nej, nej"), or a heading whose
    body starts with the heading's word on the next line ("Behandling" then "Behandling
    sker med …"), which a plain-text reader may join into one segment: a line break before
    a capitalised copy is a new line of the page, not a typing slip. A lower-case copy
    after a line break is still a doubled word in wrapped prose ("en gruppe" / "gruppe
    sygdomme").

    Anti-pattern: "Det er er normalt et meget godartet symptom."
    Best practice: "Det er normalt et meget godartet symptom."
    """

    code = "MECH001"
    name = "mechanics.doubled-word"
    severity = Severity.ERROR
    fixable = True

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        allowed = GRAMMATICAL_DOUBLINGS.get(ctx.document.language, frozenset())
        for segment in ctx.document.content_segments():
            for match in _DOUBLED.finditer(segment.text):
                word = match.group(1)
                if any(ch.isdigit() for ch in word) or _heading_over_body(match):
                    continue
                yield self.finding(
                    ctx,
                    segment,
                    match.start(),
                    match.end(),
                    f"doubled word '{match.group()}'; keep one '{word}'",
                    suggestion=word,
                    fixable=word.casefold() not in allowed,
                )
