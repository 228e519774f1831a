from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.core.models import Finding, SegmentKind, Severity

# "Hvordan man forebygger …", "Hvordan du selv kan behandle …": a heading, not a question;
# also after a topic and a colon ("Test og opfølgning: Hvordan du kender dine tal")
_TOPIC = r"(?:[^,.;:!?\n]{1,60}:[ \t]+)?"
_HOW_TO = re.compile(_TOPIC + r"(?P<how>Hvordan[ \t]+(?:man|du))[ \t]+\w[^?\n]*$")
# A line of a sentence segment that is a heading all the same: a page without blank lines
# joins its heading to the text below ("Hvordan man forhindrer fodsvamp\nFodsvamp er …").
# Short, without punctuation, and the next line starts anew with a capital letter.
_LINE = re.compile(
    r"(?m)^" + _TOPIC + r"(?P<how>Hvordan[ \t]+(?:man|du))[ \t]+[^,.;:!?\n]*(?:\n(?=[A-ZÆØÅ])|\Z)"
)
_MAX_WORDS = 12
_HEADINGS = frozenset({SegmentKind.HEADING, SegmentKind.TITLE})


class HowToHeading(Check):
    """A heading in the shape of English "How to …" ("Hvordan man forebygger fodsvamp").

    English headings "How to prevent athlete's foot", "How to make a honey drink" come out of
    machine translation as "Hvordan man forhindrer …", "Hvordan man laver …", "Hvordan du
    selv kan behandle hoste": an indirect question standing alone. A Danish heading that
    gives instructions says "Sådan": "Sådan forebygger du fodsvamp", "Sådan laver du en
    honningdrik". Flags a heading or title that opens with "Hvordan man" or "Hvordan du"
    (also after a topic and a colon: "Test: Hvordan du kender dine tal") and has no
    question mark, and such a line standing alone at the top of a segment's line
    (short, no punctuation, the next line starting with a capital), where a page without
    blank lines joined the heading to its text; the message gives the Danish shape (no
    automatic fix: the verb moves).

    It deliberately does not flag a heading with a question mark ("Hvordan du bliver
    smittet?"), "hvordan man" inside a sentence ("Her kan du læse, hvordan man opdager lus"),
    which is Danish, a line of a sentence broken after a comma or before a lower-case word,
    nor headings with other question words ("Hvordan smitter influenza"). Danish documents
    only.

    Anti-pattern: "Hvordan man forhindrer fodsvamp"
    Best practice: "Sådan forebygger du fodsvamp"
    """

    code = "MT019"
    name = "artifacts.how-to-heading"
    severity = Severity.WARNING

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        if ctx.document.language != "da":
            return
        for segment in ctx.document.content_segments():
            for start, end in _headings(segment.text, segment.kind in _HEADINGS):
                how = segment.text[start:end]
                yield self.finding(
                    ctx,
                    segment,
                    start,
                    end,
                    f"'{how} …' as a heading is English 'How to …'; a Danish heading says "
                    "'Sådan …' ('Sådan forebygger du …')",
                )


def _headings(text: str, heading: bool) -> Iterator[tuple[int, int]]:
    """The spans of "Hvordan man/du" opening the segment's heading lines: the whole segment
    when it is a heading, else each short line without punctuation before a new line."""
    if heading:
        match = _HOW_TO.match(text.strip())
        if match is not None:
            start = text.index(match.group("how"))
            yield start, start + len(match.group("how"))
        return
    for match in _LINE.finditer(text):
        if len(match.group().split()) <= _MAX_WORDS:
            yield match.start("how"), match.end("how")
