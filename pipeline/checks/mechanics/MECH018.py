from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.checks.mechanics.words import masked
from pipeline.core.models import Finding, SegmentKind, Severity

# A hyphen with a space on each side between two words, the second in lower case as after
# a dash between clauses: "hurtig - omkring". Between numbers it is a range or a minus ("5 -
# 10"), which MECH002 and LOC009 judge; before a capital a separator of labels ("Tekst
# madslo - Dato marts 16, 2020", "Forside - Sygdomme").
_SPACED_HYPHEN = re.compile(r"(?<=[^\W\d_]|[,)]) - (?=[a-zæøå])")
# The page's own dash between clauses: an en dash with a space on each side.
_SPACED_DASH = re.compile(r"\S – \S")


class HyphenAsDash(Check):
    """A hyphen with spaces stands for the dash the page writes elsewhere ("hurtig - omkring").

    Flags a hyphen with a space on each side between two words of a sentence, on a page
    that writes the Danish dash between clauses, an en dash with spaces ("–"), elsewhere: the
    page's own typography shows that the hyphen is a slip, the keyboard's stand-in that a
    translation or an editor left in one place. The suggestion is the en dash; the fix is
    automatic.

    It deliberately does not flag pages that write no spaced en dash (the spaced hyphen is
    their house style), hyphens between numbers (ranges and minus signs: "5 - 10"), a hyphen
    before a capital (a separator of labels: "Tekst madslo - Dato 16. marts 2020"), list
    items ("- Vekslende afføring - forstoppelsesdiaré": a label and its gloss), headings and
    titles ("Forside - Sygdomme": a menu or breadcrumb), hyphens in compounds and suspended
    compounds ("citron- og honningdrik"), and texts in other languages.

    Anti-pattern: "Hjertefrekvensen er hurtig - omkring 140 slag i minuttet. Maven kan føles
    oppustet – sidder bukserne strammere?"
    Best practice: "Hjertefrekvensen er hurtig – omkring 140 slag i minuttet. Maven kan føles
    oppustet – sidder bukserne strammere?"
    """

    code = "MECH018"
    name = "mechanics.hyphen-as-dash"
    severity = Severity.WARNING
    fixable = True

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        document = ctx.document
        if document.language != "da" or not _SPACED_DASH.search(document.source_text):
            return
        for section in document.sections:
            for paragraph in section.paragraphs:
                if paragraph.list_item:
                    continue
                for sentence in paragraph.sentences:
                    if sentence.kind is not SegmentKind.SENTENCE or " - " not in sentence.text:
                        continue
                    for match in _SPACED_HYPHEN.finditer(masked(sentence.text)):
                        at = match.start() + 1
                        offset = sentence.source_offset(at)
                        yield self.finding(
                            ctx,
                            sentence,
                            at,
                            at + 1,
                            "a hyphen with spaces used as a dash; the page writes the dash"
                            " between clauses as '–' elsewhere",
                            suggestion="–",
                            fixable=document.source_text[offset] == "-",
                        )
