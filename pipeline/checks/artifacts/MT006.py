from __future__ import annotations

from collections.abc import Iterator

from pipeline.checks.artifacts.calques import calque_matcher
from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.core.models import Finding, Severity

DATA = "false_friends.yml"


class WrongSense(Check):
    """A real Danish word used in the sense of an English one (a false friend).

    Flags the words of the project's list (pipeline/checks/data/false_friends.yml), each with
    the Danish term and the reason: what machine translation of health texts picks for an
    English word when Danish has another term for that sense — "templer" for temples
    (tindinger), "kældermembran" for basement membrane (basalmembran), "sideeffekter" (side
    effects: bivirkninger), "en beslaglæggelse" for a seizure, "den mest fælles form" for the
    most common one. Words match in every inflected form, on whole words, as MT005's calques do.

    An entry whose word is right in its everyday sense carries context words, one of which must
    stand in the same sentence or the one before or after it: "templerne" is flagged where the
    text speaks of the head or of pain, never in "Grækenlands templer"; "pasform" only beside a
    seizure or fever. It deliberately does not flag words with an established Danish sense in
    health texts ("diæt" for a special diet, "skammel" — the footstool for the toilet —,
    "udfald"). Every entry carries an incorrect and a correct example that the tests run. The
    fix is never automatic: the right term often needs another article or preposition.

    Anti-pattern: "Massér templerne blidt, når hovedpinen begynder."
    Best practice: "Massér tindingerne blidt, når hovedpinen begynder."
    """

    code = "MT006"
    name = "artifacts.wrong-sense"
    severity = Severity.WARNING

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        speller = ctx.speller("da")
        if ctx.document.language != "da" or speller is None:
            return
        matcher = calque_matcher(speller, DATA)
        segments = list(ctx.document.content_segments())
        for i, segment in enumerate(segments):
            around = " ".join(s.text for s in segments[max(i - 1, 0) : i + 2] if s is not segment)
            for match in matcher.find(segment.text, around):
                entry = match.calque
                found = segment.text[match.start : match.end]
                yield self.finding(
                    ctx,
                    segment,
                    match.start,
                    match.end,
                    f"'{found}' uses a Danish word in the sense of an English one; "
                    f"use '{entry.use}' ({entry.reason})",
                    suggestion=entry.suggestion,
                )
