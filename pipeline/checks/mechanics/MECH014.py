from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.checks.mechanics.words import (
    capitalised,
    dictionary_word,
    fragment_line,
    is_name,
    sentences,
    tokens,
    zipf,
)
from pipeline.checks.speller import Speller
from pipeline.core.models import Document, Finding, Segment, SegmentKind, Severity

# A spaced dash inside a line, then a capitalised word: "Søvnbesvær – Strategier til …".
_AFTER_DASH = re.compile(r"(?P<before>[^\W\d_]+)[ \t]+[–—][ \t]+(?P<word>[^\W\d_]+)")
# A bracket opened after a lower-case word, closed after an abbreviation's full stop and
# followed by a capitalised word with no sentence mark after the bracket: "tallene i
# parentes ([1], [2] osv.) Er klikbare", where the full stop looked like a sentence end.
_BRACKET = r"(?P<before>\b[^\W\d_A-ZÆØÅ][^\W\d_]*)[ \t]+\([^()\n]{0,80}\.\)"
_AFTER_BRACKET = re.compile(_BRACKET + r"[ \t]+(?P<word>[^\W\d_]+)")
# The same bracket closing a sentence the segmenter ended at its inner full stop ("osv.)").
_BRACKET_END = re.compile(_BRACKET + r"$")
_FIRST_WORD = re.compile(r"[^\W\d_]+")
# A Latin species name with its epithet capitalised: "Curcuma Longa", "Ginkgo Biloba". The
# genus ends like a Latin noun, the epithet like a Latin adjective or genitive.
_BINOMIAL = re.compile(
    r"\b(?P<before>[A-Z][a-z]{2,}(?:a|e|us|um|is|er|ex|ax|ix|on|ia|ium|es|o))[ \t]+"
    r"(?P<word>[A-Z][a-z]{2,}(?:a|us|um|is|e|ii|ae|i))\b"
)
# A word this common in Danish (wordfreq Zipf) is a word, not a name: "er" 7.3, "kan" 6.8.
COMMON_WORD = 5.0
# A genus is no common Danish word (wordfreq Zipf under this): "Curcuma", not "Viser".
COMMON_GENUS = 3.5
# A list of words and short phrases ("• tilstoppede arterier"); longer items are sentences.
MAX_ITEM_WORDS = 6
# Fewer lower-case items than this in a list make no house style for it to break.
LOWER_ITEMS = 2


class CapitalInsideSentence(Check):
    """A word is capitalised after a dash, a bracket or in a lower-case list ("– Strategier").

    Flags a common word written with a capital where Danish continues in lower case: after
    a spaced dash inside a line ("Søvnbesvær – Strategier til bedre hvile"), after a bracket
    that opened in the middle of a sentence and closes after an abbreviation without ending
    the sentence ("tallene i parentes ([1], [2] osv.) Er klikbare"), and the one capitalised
    item of a bulleted list whose other items are in lower case ("• kursus", "• hjerteanfald",
    "• Nyreinsufficiens"), and the epithet of a Latin species name ("Curcuma Longa" for
    Curcuma longa), in any line.
    English title case and the capital after "etc.)" are what machine translation carries
    over. The suggestion is the word in lower case; the fix is not automatic.

    It deliberately does not flag titles and headings (MECH013 judges their capitals), a line
    of one word, a dash and one word, which names one thing twice ("Knogleskørhed –
    Osteoporose"), names
    (a word hunspell knows only capitalised, or not in lower case: "Alzheimer", "Brasero"),
    capitalised definite nouns, mostly institutions ("Rådgivningen", "Alzheimerforeningen"),
    a dash or bracket after a name, a number, a placeholder or a word capitalised inside the
    sentence ("Brasero — Nyt projekt", "%s — Konto", "Kræftens Bekæmpelse – Rådgivningen"),
    a bracket on a line with no punctuation (list items joined on one line: "Endogent eksem
    (indefra) Eksogent eksem (udefra)"), a bracket followed by a full stop or opened at the
    start of a sentence ("(Se figur 2.) Derefter …"), and lists with more than one
    capitalised item, fewer than two lower-case ones, or items longer than six words (nested
    lists of sentences mix both: "• Vitamin D-mangel kan medføre" / "• hos børn rakit").

    Anti-pattern: "Søvnbesvær – Strategier til bedre hvile"
    Best practice: "Søvnbesvær – strategier til bedre hvile"
    """

    code = "MECH014"
    name = "mechanics.capital-inside-sentence"
    severity = Severity.WARNING

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        speller = ctx.speller(ctx.document.language)
        if speller is None or ctx.document.language != "da":
            return
        for segment in ctx.document.content_segments():
            if segment.kind is not SegmentKind.SENTENCE:
                continue  # a title or heading in title case is MECH013's
            for pattern in (_AFTER_DASH, _AFTER_BRACKET):
                for match in pattern.finditer(segment.text):
                    start = match.start("word")
                    if pattern is _AFTER_BRACKET and fragment_line(segment.text, start):
                        continue  # items joined on a line with no punctuation
                    if pattern is _AFTER_DASH and _two_names(segment.text, match):
                        continue  # "Knogleskørhed – Osteoporose": a title naming it twice
                    if _common(match.group("word"), speller) and not _in_name(
                        segment.text, match, speller
                    ):
                        yield self._finding(ctx, segment, match.start("word"), match.group("word"))
        for segment in ctx.document.content_segments():
            for match in _BINOMIAL.finditer(segment.text):
                if _species(match, speller, ctx.speller("en")):
                    yield self._finding(
                        ctx, segment, match.start("word"), match.group("word"), "in a species name"
                    )
        for sentence, previous, _item in sentences(ctx.document):
            first = _FIRST_WORD.match(sentence.text)
            end = _BRACKET_END.search(previous.text.rstrip()) if previous else None
            word = first.group() if first else ""
            if end and _common(word, speller) and not is_name(end.group("before"), speller):
                yield self._finding(ctx, sentence, 0, word)
        for segment, start, word in _odd_list_items(ctx.document, speller):
            yield self._finding(ctx, segment, start, word, "in a list of lower-case items")

    def _finding(
        self, ctx: CheckContext, segment: Segment, start: int, word: str, where: str = ""
    ) -> Finding:
        place = where or "inside a sentence"
        return self.finding(
            ctx,
            segment,
            start,
            start + len(word),
            f"'{word}' is capitalised {place}; Danish writes it in lower case: '{word.lower()}'",
            suggestion=word.lower(),
        )


def _common(word: str, speller: Speller) -> bool:
    """A capitalised common word: Danish knows it in lower case (as an entry, or as a
    common inflected word: "Er") and not as a name."""
    if not capitalised(word) or is_name(word, speller) or _definite(word, speller):
        return False
    return dictionary_word(word, speller) or zipf(word.lower()) >= COMMON_WORD


def _species(match: re.Match[str], speller: Speller, english: Speller | None) -> bool:
    """A Latin binomial: the genus is no common Danish word ("Viser Forrige" is Danish) and the
    epithet is a Latin entry of the Danish speller (its medical list, not a compound it
    builds: "Minolta Dimage") and no English word in lower case."""
    genus, epithet = match.group("before").lower(), match.group("word").lower()
    if zipf(genus) >= COMMON_GENUS or not dictionary_word(epithet, speller):
        return False
    if speller.known(genus) and genus not in speller.stems(genus):
        return False  # an inflected Danish word ("Fysioterapeuterne Lise Enemark"), no genus
    return english is None or not english.known(epithet)


def _in_name(text: str, match: re.Match[str], speller: Speller) -> bool:
    """The word before the dash or bracket is a name, or capitalised inside the sentence
    (part of a name: "Kræftens Bekæmpelse – Rådgivningen"); a capital at the start of the
    line or after a colon is the sentence's own ("Symptom 2: Søvnbesvær – Strategier")."""
    before = match.group("before")
    if is_name(before, speller):
        return True
    opening = text[: match.start("before")].rstrip()
    return before[0].isupper() and bool(opening) and not opening.endswith((":", "\n"))


def _two_names(text: str, match: re.Match[str]) -> bool:
    """The dash joins one word to one word on a line of their own: a title giving two names
    of one thing ("Knogleskørhed – Osteoporose"), each with its capital, not a title whose
    subtitle goes on in title case ("Søvnbesvær – Strategier til bedre hvile")."""
    line_start = text.rfind("\n", 0, match.start()) + 1
    line_end = text.find("\n", match.end())
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return line.strip() == match.group().strip()


def _definite(word: str, speller: Speller) -> bool:
    """A capitalised definite noun, in Danish mostly an institution ("Rådgivningen")."""
    lower = word.lower()
    stems = speller.stems(lower)
    return lower.endswith(("en", "et")) and bool(stems) and lower not in stems


def _odd_list_items(document: Document, speller: Speller) -> Iterator[tuple[Segment, int, str]]:
    """The capitalised first words of one-word-or-phrase list items in a run of list items
    that are otherwise written in lower case."""
    for section in document.sections:
        run: list[Segment] = []
        for paragraph in [*section.paragraphs, None]:
            if paragraph is not None and paragraph.list_item and len(paragraph.sentences) == 1:
                run.append(paragraph.sentences[0])
                continue
            yield from _capitalised_items(run, speller)
            run = []


def _capitalised_items(run: list[Segment], speller: Speller) -> Iterator[tuple[Segment, int, str]]:
    """The one item with a capital in a list of short items that are all in lower case
    otherwise; a list with several capitalised items has no lower-case house style (nested
    lists often mix the two: "• Vitamin D-mangel kan medføre" / "• hos børn rakit")."""
    items = [(segment, words) for segment in run if (words := tokens(segment.text))]
    if any(len(words) > MAX_ITEM_WORDS for _, words in items):
        return
    upper = [(segment, words[0]) for segment, words in items if not words[0].text[:1].islower()]
    if len(upper) != 1 or len(items) - 1 < LOWER_ITEMS:
        return
    segment, token = upper[0]
    # a compound hunspell builds counts here ("Nyreinsufficiens"): the list's own items show
    # the style, where a sentence gives no such evidence
    word = token.text
    if capitalised(word) and not (is_name(word, speller) or _definite(word, speller)):
        yield segment, token.start, word
