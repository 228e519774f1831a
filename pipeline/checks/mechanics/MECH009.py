from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.checks.mechanics.words import masked
from pipeline.core.models import Finding, Segment, Severity

# A word of two or more letters, a comma, semicolon or colon, and a letter with no space:
# "feber,hovedpine", "Sværhedsgrad:Moderat". Digits on either side are numbers and times
# ("2,5", "14:30"), and a single letter before is an abbreviation or a code ("a:b").
_GLUED = re.compile(r"(?<![\w.])(?P<before>[^\W\d_]{2,})(?P<mark>[,;:])(?P<after>[^\W\d_]+)")
# A list bullet at the start of a line with the item's first word glued to it: "*Diarré",
# "•Feber". An asterisk that closes later on the line is emphasis ("*vigtigt*"), not a bullet.
_GLUED_BULLET = re.compile(r"(?P<mark>[*•▪◦‣])(?P<after>[^\W\d_]+)")


class MissingSpaceAfterComma(Check):
    """A comma, colon or list bullet has no space after it ("feber,hovedpine", "*Diarré").

    Flags a comma, semicolon or colon between two words with no space after it, inside a
    sentence, heading or title, and a bullet (*, •, ▪) glued to the first word of a list
    item at the start of a line: a space a scraper or a machine translation lost. The fix adds
    one space.

    It deliberately does not flag numbers ("2,5 mg", "kl. 14:30", "1:1000"), URLs, e-mail
    addresses and domains, a single letter before the mark (codes such as "a:b"), a colon
    inside a name written in capitals ("GLA:D træning": one or two capitals after it), and in
    Swedish an abbreviation inflected after a colon ("WHO:s riktlinjer", "CRP:n"), and an
    asterisk that opens emphasis closed on the same line ("*vigtigt*") or stands inside a line,
    or opens a footnote's key under a list ("- Lithium*" / "*Angiver årsager …": a glued
    bullet inside a block is an item only next to an item with the same bullet and a space).

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
                if _name_in_capitals(before, mark, after):
                    continue
                yield self.finding(
                    ctx,
                    segment,
                    match.start(),
                    match.end(),
                    f"no space after '{mark}' in '{match.group()}'; add one",
                    suggestion=f"{before}{mark} {after}",
                )
            for bullet in _glued_bullets(ctx, segment):
                mark, after = bullet.group("mark", "after")
                yield self.finding(
                    ctx,
                    segment,
                    bullet.start(),
                    bullet.end(),
                    f"no space after the bullet '{mark}' in '{bullet.group()}'; add one",
                    suggestion=f"{mark} {after}",
                )


def _glued_bullets(ctx: CheckContext, segment: Segment) -> Iterator[re.Match[str]]:
    """The glued bullets that open a line of the source inside `segment`: at its start, or
    after a line break in it when a line next to it has the same bullet with its space (a
    list whose other items have their space is one block, so the glued item's line is
    inside the segment: "* Kvalme\n*Diarré\n* Gas"; a footnote's key under a list is no
    item: "- Lithium*\n*Angiver årsager …")."""
    text = segment.text
    source = ctx.document.source_text
    lines = text.split("\n")
    line_start = 0
    for k, line in enumerate(lines):
        match = _GLUED_BULLET.match(text, line_start)
        start, line_start = line_start, line_start + len(line) + 1
        if match is None or (match.group("mark") == "*" and "*" in line[1:]):
            continue  # no bullet, or emphasis closed on the line: "*vigtigt*"
        spaced = match.group("mark") + " "
        if k and not any(n.startswith(spaced) for n in lines[k - 1 : k + 2 : 2]):
            continue
        start = segment.source_offset(start)
        if start == 0 or source[start - 1] == "\n":
            yield match


# The most capital letters after the colon of a name written in capitals ("GLA:D").
_NAME_TAIL = 2


def _name_in_capitals(before: str, mark: str, after: str) -> bool:
    """A colon inside a name written in capitals, part of the name and not a lost space:
    a programme's or a brand's name ("GLA:D", "Good Life with osteoArthritis in Denmark"),
    whose part after the colon is one or two capitals; a glued heading in capitals
    ("ADVARSEL:UNDGÅ") has a whole word there."""
    return mark == ":" and before.isupper() and after.isupper() and len(after) <= _NAME_TAIL


# Swedish inflects an abbreviation after a colon: "WHO:s riktlinjer", "CRP:n", "EU:ns".
_SWEDISH_ENDINGS = frozenset({"s", "n", "ns", "en", "ens", "et", "ets", "ar", "er", "na", "arna"})


def _swedish_ending(before: str, mark: str, after: str) -> bool:
    return mark == ":" and before.isupper() and after in _SWEDISH_ENDINGS
