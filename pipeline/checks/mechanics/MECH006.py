from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.checks.mechanics.words import (
    MONTHS,
    OPENERS,
    ends_with_abbreviation,
    masked,
    stop_ends_sentence,
)
from pipeline.checks.speller import Speller
from pipeline.core.models import Finding, Segment, SegmentKind, Severity

# What ends a sentence, possibly inside a closing quote or bracket: 'sagde han.' '(se s. 4).'
_LIST_NUMBER = re.compile(r"\d{1,2}[.)] +")
_NUMBERED = re.compile(r"(?:^|[.!?:]\s+)\d{1,2}\.$")
_DAY = re.compile(r"(?<![\d.])\d{1,2}\.$")
# A range of ordinals ("hver 6.-8. uge", "3.–4. klasse"), which the segmenter ends a sentence
# after, though a single ordinal ("hver 8. uge") it does not.
_ORDINAL_RANGE = re.compile(r"(?<![\d.])\d{1,3}\. ?[-–] ?\d{1,3}\.$")
_TIMES = re.compile(r" ?\d")  # what follows "x" used as a times sign: "x 3", "x3"
_ENDS = (".", "!", "?", '."', ".»", ".”", ".)", "!)", "?)", '?"', '!"', "?»", "!»")
# A full stop and a comma after a whole word ("over hele verden.,"): a sentence end that a
# translation joined to a clause (MECH015 flags the pair); the next sentence starts after it.
_STOP_AND_COMMA = re.compile(r"(?<![\w.])(?P<word>[^\W\d_]{3,})\.,$")
# A short lower-case word with its full stop at the end of a text: "bla.", "tabl.", "mdr.".
_SHORTENING = re.compile(r"(?<![\w.\-'’])(?P<word>[^\W\d_A-ZÆØÅ]{2,5})\.$")
# Shortenings that hunspell knows as words ("fx" as such, "lign" as a form of ligne).
_WORDLIKE_SHORTENINGS = frozenset({"fx", "lign"})
# A heading's line: a few words of letters only ("gå og træne regelmæssigt", "amning").
_WORD = re.compile(r"[^\W\d_]+")
_BULLET = re.compile(r"[-*•–·]\s|\d{1,2}[.)]\s")
MAX_HEADING_WORDS = 6
ARTICLE_FORMATS = frozenset({"text", "markdown"})
MAX_AFTER_PROSE = 3
MIN_PROSE_WORDS = 4
# Sentences in lower case on one page that show the translation dropped its capitals.
LOST_CAPITALS = 2


class LowerCaseSentenceStart(Check):
    """A sentence starts with a lower-case letter ("… om natten. det går over.").

    Flags the first word of a sentence when it starts with a lower-case letter and the text
    before it ends a sentence (a full stop, question or exclamation mark), or it opens a
    paragraph that is not a list item. The suggestion is the word with a capital; the fix is
    not automatic, because a sentence boundary can be a misread abbreviation.

    A numbered item that starts a sentence ("… ofte. 2. migræne: …") is checked after its
    number.

    It deliberately does not flag a sentence after an abbreviation ("ca.", "f.eks.", "sv.t.",
    initials) or a writer's own shortening of a few lower-case letters the dictionary does not
    know ("bla. at forbedre", "2 tabl. morgen og aften", "i 3 mdr. efter"; "fx.", "lign."),
    a month after a day's number ("revideret 06. maj 2024"), a word after a range of
    ordinals ("hver 6.-8. uge"), list items of one sentence (Danish lists after a colon
    continue the sentence in lower case; an item of several sentences is prose and is
    checked), a paragraph after
    one that ends in a colon or comma (unless it is such prose; a full stop and a comma after
    a whole word, "over hele verden.,", end a sentence), a paragraph with no end
    punctuation (tag lines, bylines: "af Matt McMillen"), words written with an inner
    capital ("iPhone", "eGFR", "mRNA"), numbers, domains and URLs ("sundhed.dk har …"),
    and headings. The article's title is checked too ("hæmolytisk anæmi hos børn"): a Danish
    title starts with a capital.

    A heading that lost its capital is flagged too: a whole line of a few dictionary words
    (letters only) without end punctuation, starting in lower case, as the article's first
    line (its title, run into the lines below it: "hæmolytisk anæmi hos børn"), or with a
    line of prose after it, when a sentence of prose ends on the line before and the line has
    at most three words ("amning" between two paragraphs), or on a page whose sentences lost
    their capitals too (two or more findings above: "gå og træne regelmæssigt"). Not a tag
    line under a title ("søvn"), a list after a colon on a page with its capitals, a
    picture's description of more words ("læge taler med en ung pige"), nor a line with a
    digit or hyphen (a file name or tag: "dosisdispenseret-medicin").

    Anti-pattern: "Feberen falder normalt efter tre dage. det er vigtigt at drikke vand."
    Best practice: "Feberen falder normalt efter tre dage. Det er vigtigt at drikke vand."
    """

    code = "MECH006"
    name = "mechanics.lower-case-sentence-start"
    severity = Severity.WARNING

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        for title in ctx.document.segments():
            if title.kind is SegmentKind.TITLE:
                finding = self._lower_start(ctx, title, "the title")
                if finding is not None:
                    yield finding
        ended = _Ended(ctx.speller(ctx.document.language))
        findings = list(self._sentence_starts(ctx, ended))
        yield from findings
        # A heading that lost its capital: after a paragraph of prose, or anywhere on a page
        # whose sentences lost theirs too (the translation dropped every capital).
        lost_capitals = len(findings) >= LOST_CAPITALS
        for segment, start, what, sure in _heading_lines(ctx):
            if sure or lost_capitals:
                finding = self._lower_start(ctx, segment, what, start)
                if finding is not None:
                    yield finding

    def _sentence_starts(self, ctx: CheckContext, ended: _Ended) -> Iterator[Finding]:
        before: Segment | None = None
        for section in ctx.document.sections:
            for paragraph in section.paragraphs:
                for position, sentence in enumerate(paragraph.sentences):
                    previous = before
                    before = sentence
                    if sentence.kind is not SegmentKind.SENTENCE:
                        continue
                    # A list item that continues the lead-in ("Symptomerne er: - hovedpine,
                    # - feber.") is in lower case; one of several sentences is prose.
                    prose_item = paragraph.list_item and len(paragraph.sentences) > 1
                    if position == 0 and (
                        (paragraph.list_item and not prose_item)
                        or (_continues(previous, ended) and not prose_item)
                        or not ended(sentence.text)
                    ):
                        continue  # a list item, a continued sentence, a tag line or byline
                    if position > 0 and (
                        not _ends_sentence(previous, ended) or _date(previous, sentence)
                    ):
                        continue
                    if _line_fragment(ctx.document.source_text, sentence, ended):
                        continue
                    finding = self._lower_start(ctx, sentence)
                    if finding is not None:
                        yield finding

    def _lower_start(
        self, ctx: CheckContext, sentence: Segment, what: str = "sentence", offset: int = 0
    ) -> Finding | None:
        text = masked(sentence.text)
        rest = sentence.text[offset:]
        start = offset + len(rest) - len(rest.lstrip(OPENERS + " "))
        number = _LIST_NUMBER.match(sentence.text, start)
        if number is not None:
            start = number.end()  # "2. migræne: …" opens a numbered item
        if start < len(text) and text[start] == " ":
            return None  # a domain or URL: "sundhed.dk har …"
        word_end = start
        while word_end < len(text) and (text[word_end].isalnum() or text[word_end] in "-'’"):
            word_end += 1
        word = text[start:word_end]
        if not word or not word[0].isalpha() or not word[0].islower():
            return None
        if any(ch.isupper() or ch.isdigit() for ch in word):
            return None  # iPhone, eGFR, mRNA, pH, b12
        if word == "x" and _TIMES.match(text, word_end):
            return None  # a dose's times sign after an abbreviation: "p.o x 3", "tabl. x 2"
        capital = word[0].upper() + word[1:]
        return self.finding(
            ctx,
            sentence,
            start,
            word_end,
            f"{what} starts with a lower-case letter: '{word}' → '{capital}'",
            suggestion=capital,
        )


class _Ended:
    """Whether a text ends a sentence: an end mark, or a full stop and a comma after a whole
    word the dictionary knows (not an abbreviation's: "f.eks.,", "mht.,", "ant./post.,")."""

    def __init__(self, speller: Speller | None) -> None:
        self.speller = speller

    def __call__(self, text: str) -> bool:
        text = text.rstrip()
        return text.endswith(_ENDS) or self.stop_and_comma(text)

    def stop_and_comma(self, text: str) -> bool:
        text = text.rstrip()
        match = _STOP_AND_COMMA.search(text)
        return (
            match is not None
            and self.speller is not None
            and stop_ends_sentence(text[:-1], match.group("word"), self.speller)
        )


def _ends_sentence(previous: Segment | None, ended: _Ended) -> bool:
    if previous is None:
        return True
    text = previous.text.rstrip()
    if _NUMBERED.search(text):
        return True  # "… udløses ofte. 2." — a numbered item after a full sentence
    if _ORDINAL_RANGE.search(text):
        return False  # "hver 6.-8. uge": the ordinals qualify the word after them
    if ended.stop_and_comma(text):
        return True
    if _own_shortening(text, ended.speller):
        return False  # "bla. at forbedre", "2 tabl. morgen og aften": a shortening's stop
    return text.endswith(_ENDS) and not ends_with_abbreviation(text)


def _own_shortening(text: str, speller: Speller | None) -> bool:
    """`text` ends in a writer's own shortening, not a word that ends a sentence: a short
    lower-case run of letters the dictionary does not know, with its full stop ("bla." for
    bl.a., "tabl.", "mdr.", "gns.", "mio."), or a shortening spelt like a word ("fx.",
    "lign."). Native writers spell abbreviations in many ways beyond the list of
    `ends_with_abbreviation`; the segmenter ends a sentence after them, and the word after
    stays in lower case."""
    match = _SHORTENING.search(text)
    if match is None or speller is None:
        return False
    word = match.group("word")
    return word in _WORDLIKE_SHORTENINGS or not speller.known(word)


def _date(previous: Segment | None, sentence: Segment) -> bool:
    """A month after a day's number, which the segmenter took for a sentence end: "06. maj"."""
    if previous is None or not _DAY.search(previous.text.rstrip()):
        return False
    words = sentence.text.split(None, 1)
    return bool(words) and words[0].rstrip(".,").lower() in MONTHS


def _continues(previous: Segment | None, ended: _Ended) -> bool:
    """The paragraph before ends mid-sentence (a colon or comma introducing what follows)."""
    if previous is None or ended.stop_and_comma(previous.text):
        return False
    return previous.text.rstrip().endswith((":", ",", ";", "–", "-"))


def _heading_lines(ctx: CheckContext) -> Iterator[tuple[Segment, int, str, bool]]:
    """Each line of a sentence segment that reads as a heading or the title in lower case:
    (segment, the line's start in it, "the heading" or "the title", whether it is one without
    the page's other capitals). A heading's line is a whole line of the source of a few words
    of letters only (no digit, hyphen or other mark of a tag, a list item or a file name),
    without end punctuation, starting in lower case with a word of the dictionary; the
    article's first line is its title, any other such line is a heading when a line of prose
    follows it, for sure when a sentence of prose ends on the line before and it has at most
    three words (a longer line there may be a picture's description: "lege snakker med ung
    jente")."""
    speller = ctx.speller(ctx.document.language)
    if speller is None or ctx.document.format not in ARTICLE_FORMATS:
        return  # a catalog's string has no headings
    source = ctx.document.source_text
    for index, segment in enumerate(ctx.document.content_segments()):
        if segment.kind is not SegmentKind.SENTENCE:
            continue
        offset = 0
        for line in segment.text.split("\n"):
            start, offset = offset, offset + len(line) + 1
            title = index == 0 and start == 0
            words = line.split()
            if not words or not 1 <= len(words) <= MAX_HEADING_WORDS:
                continue
            if not all(_WORD.fullmatch(w) for w in words) or not words[0][0].islower():
                continue
            begin = segment.source_offset(start + len(line) - len(line.lstrip()))
            end = segment.source_offset(start + len(line.rstrip()) - 1) + 1
            if not (begin == 0 or source[begin - 1] == "\n") or source[end : end + 1] not in (
                "",
                "\n",
                "\r",
            ):
                continue  # not a whole line of the source
            before = source[:begin].rstrip("\r\n").rsplit("\n", 1)[-1]
            after = source[end:].lstrip("\r\n").split("\n", 1)[0]
            if not speller.known(words[0]):
                continue
            if title and after:
                yield segment, start, "the title", True
            elif _prose_line(after):
                sure = _prose_line(before) and len(words) <= MAX_AFTER_PROSE
                yield segment, start, "the heading", sure


def _prose_line(line: str) -> bool:
    """A line of prose: a sentence of some words ended by a full stop, question or
    exclamation mark (not a title, a heading, a list item or a lead-in)."""
    line = line.strip()
    return (
        len(line.split()) >= MIN_PROSE_WORDS
        and line.endswith((".", "!", "?"))
        and not _BULLET.match(line)
    )


def _line_fragment(source: str, sentence: Segment, ended: _Ended) -> bool:
    """A line of its own with no end punctuation: a tag, a byline, a stray heading."""
    start = sentence.span.start
    at_line_start = start == 0 or source[start - 1] == "\n"
    first_line = sentence.text.split("\n", 1)[0].rstrip()
    return at_line_start and not ended(first_line)
