from __future__ import annotations

from collections.abc import Iterator

from pipeline.checks.artifacts.raising_passive import raising_passives
from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.checks.grammar.analysis import analysed_segments
from pipeline.core.models import Finding, Severity


class EnglishRaisingPassive(Check):
    """An English passive or "likely" with a to-infinitive ("blev fundet at sænke").

    English "was found to slow", "is known to cause", "is thought to help", "is reported to
    work" come out of machine translation as a Danish participle with `at` and an infinitive
    ("curcumin blev fundet at sænke", "rygning er kendt at forårsage"). Danish says "har vist
    sig at", "er kendt for at", "menes at", "skulle efter sigende". Flags a participle of
    finding, showing, knowing, thinking, reporting, expecting or estimating after a form of
    være or blive in the same clause, followed by `at` and a word the tagger reads as an
    infinitive; the suggestion is the Danish construction (pipeline/checks/artifacts/
    raising_passive.py). English "X is more likely to develop Y" counts too ("kvinder er mere
    sandsynlige at få migræne": har større risiko for at). The fix is never automatic: the
    sentence needs rewording.

    It deliberately does not flag `at` opening a clause ("Det blev vist, at behandlingen
    virker", "Det er kendt, at rygning skader"), the s-passive ("menes at", "anslås at"),
    "er kendt for at", active verbs ("har vist sig at"), and "er vist at" / "er påvist at"
    without blive, which Danish clinical guidelines write.

    Anti-pattern: "I et forsøg blev curcumin fundet at sænke blodsukkeret."
    Best practice: "I et forsøg viste curcumin sig at sænke blodsukkeret."
    """

    code = "MT013"
    name = "artifacts.english-raising-passive"
    severity = Severity.WARNING

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        if ctx.document.language != "da":
            return
        for analysed in analysed_segments(ctx):
            tokens = analysed.tokens
            text = analysed.segment.text
            for match in raising_passives(tokens):
                start, end = tokens[match.participle].start, tokens[match.infinitive].end
                found = text[start:end]
                yield self.finding(
                    ctx,
                    analysed.segment,
                    start,
                    end,
                    f"'{found}' is English '{match.english} to …'; Danish says '{match.use}'",
                    suggestion=match.use.split(",")[0],
                )
