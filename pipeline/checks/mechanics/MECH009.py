from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.checks.mechanics.words import masked
from pipeline.core.models import Finding, Severity

# A word of two or more letters, a comma, semicolon or colon, and a letter with no space:
# "feber,hovedpine", "Sværhedsgrad:Moderat". Digits on either side are numbers and times
# ("2,5", "14:30"), and a single letter before is an abbreviation or a code ("a:b").
_GLUED = re.compile(r"(?<![\w.])(?P<before>[^\W\d_]{2,})(?P<mark>[,;:])(?P<after>[^\W\d_]+)")


class MissingSpaceAfterComma(Check):
    """A comma, semicolon or colon has no space after it ("feber,hovedpine", "Kategori:Skader").

    Flags a comma, semicolon or colon between two words with no space after it, inside a
    sentence, heading or title: a space a scraper or a machine translation lost. The fix adds
    one space.

    It deliberately does not flag numbers ("2,5 mg", "kl. 14:30", "1:1000"), URLs, e-mail
    addresses and domains, a single letter before the mark (codes such as "a:b"), and in
    Swedish an abbreviation inflected after a colon ("WHO:s riktlinjer", "CRP:n").

    Anti-pattern: "Typiske symptomer er feber,hovedpine og ondt i halsen."
    Best practice: "Typiske symptomer er feber, hovedpine og ondt i halsen."
    """

    code = "MECH009"
    name = "mechanics.missing-space-after-comma"
    severity = Severity.WARNING
    fixable = True

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        for segment in ctx.document.content_segments():
            for match in _GLUED.finditer(masked(segment.text)):
                before, mark, after = match.group("before", "mark", "after")
                if ctx.document.language == "sv" and _swedish_ending(before, mark, after):
                    continue
                yield self.finding(
                    ctx,
                    segment,
                    match.start(),
                    match.end(),
                    f"no space after '{mark}' in '{match.group()}'; add one",
                    suggestion=f"{before}{mark} {after}",
                )


# Swedish inflects an abbreviation after a colon: "WHO:s riktlinjer", "CRP:n", "EU:ns".
_SWEDISH_ENDINGS = frozenset({"s", "n", "ns", "en", "ens", "et", "ets", "ar", "er", "na", "arna"})


def _swedish_ending(before: str, mark: str, after: str) -> bool:
    return mark == ":" and before.isupper() and after in _SWEDISH_ENDINGS
