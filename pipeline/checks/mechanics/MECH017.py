from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.checks.mechanics.words import masked
from pipeline.core.models import Finding, SegmentKind, Severity

# A conjunction, a comma, and the next word: "fordi, det", "eller, når".
_AFTER_CONJUNCTION = re.compile(
    r"(?<![\w-])(?P<conjunction>og|eller|men|samt|fordi|at|som|hvis|når|selvom|mens|end)"
    r"(?P<comma>,)[ \t]+(?=[^\W\d_])",
    re.IGNORECASE,
)
# What closes an inserted clause, or ends the clause the comma stands in.
_CLOSING = re.compile(r"[,;:–—()]| - ")


class CommaAfterConjunction(Check):
    """A comma stands right after a conjunction that no inserted clause follows ("fordi, det").

    Flags a comma written straight after a conjunction ("og", "eller", "men", "samt",
    "fordi", "at", "som", "hvis", "når", "selvom", "mens", "end") when the rest of the sentence
    has no comma, semicolon, colon, dash or bracket that would close an inserted clause: the
    comma opens nothing, and stands where the source language put it ("Det er fordi, det
    første trimester er hormonernes tid", English "That's because, …"), or where Danish puts it
    before the conjunction ("Det er, fordi …"). The suggestion removes the comma; the fix is not
    automatic, as the comma may belong before the conjunction.

    It deliberately does not flag a comma that opens an inserted clause closed by a second
    comma ("eller, hvis der er brok i begge lysker, vælges kikkertoperation"; "og, når det er
    muligt, …"), a conjunction at the end of a sentence, a word inside another ("såsom,"),
    headings and titles, and texts in other languages.

    Anti-pattern: "Mange er trætte i første trimester. Det er fordi, hormonerne ændrer sig."
    Best practice: "Mange er trætte i første trimester. Det er, fordi hormonerne ændrer sig."
    """

    code = "MECH017"
    name = "mechanics.comma-after-conjunction"
    severity = Severity.WARNING

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        if ctx.document.language != "da":
            return
        for segment in ctx.document.content_segments():
            if segment.kind is not SegmentKind.SENTENCE or "," not in segment.text:
                continue
            text = masked(segment.text)
            for match in _AFTER_CONJUNCTION.finditer(text):
                if _CLOSING.search(text, match.end()):
                    continue  # an inserted clause, closed later: "og, når det er muligt, …"
                conjunction = match.group("conjunction")
                yield self.finding(
                    ctx,
                    segment,
                    match.start(),
                    match.end("comma"),
                    f"comma right after '{conjunction}', opening no inserted clause; remove"
                    f" it (Danish puts the comma before the conjunction, if anywhere)",
                    suggestion=conjunction,
                )
