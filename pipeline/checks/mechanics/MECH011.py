from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.checks.mechanics.words import masked
from pipeline.core.models import Finding, Severity

# A lower-case word of three letters or more with one or two digits stuck to its end and
# nothing but punctuation or space after them: "mennesker1", "kvalme7", "føre til1):"; or stuck
# after the full stop that ends the sentence and closed by a bracket: "tilstande.2).".
_GLUED = re.compile(
    r"(?<![\w-])(?P<word>[^\W\d_A-ZÆØÅ]{3,})(?P<stop>\.)?(?P<number>\d{1,2})"
    r"(?(stop)(?=\))|(?![\w-]|[.,]\d))"
)
# Gene, vitamin and product names with digits are short ("apoe4", "brca1", "omega3" is known
# and wrong anyway); a long word is never spelt with a final number.
LONG_WORD = 8


class GluedReferenceNumber(Check):
    """A reference number is glued to the end of a word ("mennesker1", "kvalme7").

    Flags a number of one or two digits written straight after a Danish word, or after the
    full stop that ends a sentence and closed by a bracket ("tilstande.2)."): the footnote
    markers of the source page (superscript there) that scraping and machine translation
    flatten into the text, or a space lost before a number. The word must be one the Danish
    dictionary knows, or long ("diclofenacnatrium2": names with digits are short), so that the
    digits cannot belong to it. The suggestion is the word alone; the fix is not automatic, as
    the number may be a quantity that lost its space.

    It deliberately does not flag codes and names with digits ("COVID-19", "B12", "H2O",
    "p53", "m2": capitals, a hyphen, or fewer than three letters), short words the dictionary
    does not know ("apoe4"), a number after a full stop without a bracket ("kap.2"), a series
    of names in one sentence ("fil1 og fil2"), a name before a hyphen ("libgnome2-perl"),
    superscript footnote markers ("mennesker¹", which are correct), and numbers inside a word
    or followed by decimals ("abc1,5").

    Anti-pattern: "Curcumin dæmpede smerterne hos de fleste mennesker1."
    Best practice: "Curcumin dæmpede smerterne hos de fleste mennesker [1]."
    """

    code = "MECH011"
    name = "mechanics.glued-reference-number"
    severity = Severity.WARNING

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        speller = ctx.speller(ctx.document.language)
        if speller is None:
            return
        for segment in ctx.document.content_segments():
            matches = list(_GLUED.finditer(masked(segment.text)))
            series = Counter(m.group("word") for m in matches)
            for match in matches:
                word, number = match.group("word", "number")
                stop = match.group("stop") or ""
                if series[word] > 1:
                    continue  # "fil1 og fil2": names of a series, not footnotes
                if len(word) < LONG_WORD and not speller.known(word):
                    continue
                yield self.finding(
                    ctx,
                    segment,
                    match.start(),
                    match.end(),
                    f"number '{number}' is glued to '{word}' (a footnote marker of the source "
                    "page, or a lost space); remove it or mark the reference",
                    suggestion=word + stop,
                )
