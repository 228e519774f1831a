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
    addresses and domains, and a single letter before the mark (codes such as "a:b").

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
                yield self.finding(
                    ctx,
                    segment,
                    match.start(),
                    match.end(),
                    f"no space after '{mark}' in '{match.group()}'; add one",
                    suggestion=f"{before}{mark} {after}",
                )
