from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.checks.language.identify import segment_language
from pipeline.checks.mechanics.words import (
    COMMON_ZIPF,
    FUNCTION_WORDS,
    MONTHS,
    OPENERS,
    WEEKDAYS,
    Token,
    capitalised,
    dictionary_word,
    fragment_line,
    is_name,
    sentences,
    tokens,
    zipf,
)
from pipeline.core.models import Document, Finding, Segment, SegmentKind, Severity

# The polite pronouns are capitalised in Danish ("Har De spørgsmål?"); "I" (you, plural) too.
_ALWAYS_CAPITALISED = frozenset({"de", "dem", "deres", "i"})
# After these a capital is normal: a sentence end the segmenter kept inside, a colon, a quote
# or bracket, a dash that opens an aside or a list.
_STARTERS = ".!?:;–—-•*" + OPENERS
# Lower-case words inside names of institutions and departments: "Center for Sundhed".
_NAME_LINKS = frozenset({"for", "og", "i", "af", "of", "and", "the"})
_QUOTES = '"«»„“”'
# A cross-reference names a section or page by its title, which keeps its capital:
# "(se Opslag om dette)", "se også Liste med …", "jf. Tabel 2", "Læs venligst Almene
# forholdsregler ved …" (a leaflet's title).
_REFERRING = frozenset({"se", "jf", "jævnfør", "læs"})
# Words between the referring verb and the title: "se også …", "læs venligst …".
_REFERRING_FILLERS = frozenset({"også", "venligst"})
# A title or heading of this many words or more that a sentence repeats from its first word
# is the article naming its own subject ("Formålet med Fedt- og kolesterolmodificeret diæt
# er …" under the title "Fedt- og kolesterolmodificeret diæt til voksne"): a name, which
# keeps the capital. A one-word heading ("Diabetes") makes no name of a capitalised noun.
_TITLE_WORDS = 2


class CapitalisedCommonNoun(Check):
    """A common noun is capitalised inside a sentence ("en Læge", "Patienter med Diabetes").

    Flags a capitalised word after the first word of a sentence when hunspell knows its
    lower-case form and knows no proper noun spelt that way (its stems are all lower case):
    the German or English habit that machine translation carries into Danish, where nouns
    are written in lower case. The suggestion is the lower-case word; the fix is not automatic.

    It deliberately does not flag names (a capitalised stem in hunspell: "Danmark",
    "Alzheimers"; or a word hunspell knows only capitalised), a word next to another
    capitalised word (names of several words: "Kræftens Bekæmpelse", "Region Hovedstaden"),
    a capitalised definite noun, which in running Danish is mostly an institution
    ("Sundhedsstyrelsen", "Rigshospitalet"), and its genitive ("Sundhedsstyrelsens
    anbefalinger"), the first word of a sentence, a word after a
    colon, quote, bracket or dash, a word inside quotation marks (a quoted title), a line
    with no punctuation (menus and headings the segmenter joined to the text), a word the
    article also writes inside such a name ("Ambulatoriet for Hjertesygdomme") or inside
    quotation marks (a service quoted once, "“Tjek på inhalation”", named unquoted later), function
    words and -s passives ("Findes der …", a quoted title), compounds hunspell builds but
    does not list and words that are not common in Danish (wordfreq's Zipf frequency under
    3: "Medicintjek", "Månedsskrift", mostly names of products and publications), acronyms
    (ALS) and words with inner capitals (iPhone), the polite "De", "Dem", "Deres" and "I",
    months and weekdays (MECH007), titles and headings, a title named by a cross-reference
    ("se Opslag om dette", "se også Liste med …", "Læs venligst Almene forholdsregler"), the
    article's own title or heading of two words or more repeated from its first word ("Formålet
    med Fedt- og kolesterolmodificeret diæt" under that title: the subject's name; a one-word
    heading makes no name), the capitalised first part of a suspended compound, which opens a
    unit's name ("i Smerte- og funktionsteamet"), and a sentence in another language (LANG001
    reports it; "browsers such as Chrome, Firefox or Safari" keeps English capitals).

    Anti-pattern: "Kontakt en Læge, hvis du har Diabetes og får feber."
    Best practice: "Kontakt en læge, hvis du har diabetes og får feber."
    """

    code = "MECH005"
    name = "mechanics.capitalised-common-noun"
    severity = Severity.WARNING

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        speller = ctx.speller(ctx.document.language)
        if speller is None or ctx.document.language != "da":
            return
        skipped = _ALWAYS_CAPITALISED | set(MONTHS) | set(WEEKDAYS)
        candidates: list[tuple[Segment, Token]] = []
        in_names: set[str] = set()
        titles = _own_titles(ctx.document)
        for sentence, _previous, _item in sentences(ctx.document):
            text = sentence.text
            words = tokens(text)
            for index, token in enumerate(words):
                word = token.text
                if not capitalised(word) or not word.isalpha() or word.lower() in skipped:
                    continue
                if index == 0:
                    if _quoted(text, token):  # a sentence opening with a quoted name
                        in_names.add(word)
                    continue
                if _next_to_capital(words, index) or _quoted(text, token):
                    # A name of several words, or one quoted ("“Tjek på inhalation”"): the
                    # article may write the same name unquoted further on.
                    in_names.add(word)
                elif not (
                    _after_starter(text, token)
                    or fragment_line(text, token.start)
                    or _cross_reference(words, index)
                    or _names_own_title(words[index:], titles)
                    or _suspended_name(text, token)
                ):
                    candidates.append((sentence, token))
        for sentence, token in candidates:
            word = token.text
            # A word the article also writes inside a name ("Ambulatoriet for Hjertesygdomme")
            # is that name where it stands alone too.
            if word in in_names or word.lower() in FUNCTION_WORDS:
                continue
            if is_name(word, speller) or not dictionary_word(word, speller):
                continue
            if zipf(word.lower()) < COMMON_ZIPF:
                continue  # rare words capitalised are mostly names: "Månedsskrift for …"
            if segment_language(ctx, sentence.text) != ctx.document.language:
                continue
            stems = speller.stems(word.lower())
            if not (
                _definite(word, stems)
                or _passive(word, stems)
                or _definite_genitive(word, speller.stems)
            ):
                yield self.finding(
                    ctx,
                    sentence,
                    token.start,
                    token.end,
                    f"'{word}' is capitalised inside a sentence; unless a sentence ends before"
                    f" it, Danish writes it in lower case: '{word.lower()}'",
                    suggestion=word.lower(),
                )


def _after_starter(text: str, token: Token) -> bool:
    """After a sentence end, colon, quote, bracket or dash, or at the start of a line
    (a heading or list line the segmenter joined to the text after it)."""
    gap = text[: token.start]
    before = gap.rstrip()
    return not before or before[-1] in _STARTERS or "\n" in gap[len(before) :]


def _cross_reference(words: list[Token], index: int) -> bool:
    """After "se", "jf." or "jævnfør", or "se også": the title of a section or page."""
    before = [w.text.lower() for w in words[max(index - 2, 0) : index]]
    if before and before[-1] in _REFERRING_FILLERS:
        before = before[:-1]
    return bool(before) and before[-1] in _REFERRING


def _own_titles(document: Document) -> list[list[str]]:
    """The words of the document's title and headings of _TITLE_WORDS words or more, also
    of a heading line the segmenter joined to the sentence after it."""
    found = []
    for segment in document.content_segments():
        heading = segment.kind in (SegmentKind.TITLE, SegmentKind.HEADING)
        lines = segment.text.split("\n")
        for number, line in enumerate(lines):
            joined = number < len(lines) - 1 and fragment_line(line, 0)
            words = [token.text for token in tokens(line)]
            if (heading or joined) and len(words) >= _TITLE_WORDS:
                found.append(words)
    return found


def _names_own_title(following: list[Token], titles: list[list[str]]) -> bool:
    """The words from a capitalised one on repeat the start of a title or heading of the
    document ("Fedt- og kolesterolmodificeret diæt" under that title): its name."""
    words = [token.text for token in following]
    for heading in titles:
        size = min(len(heading), _TITLE_WORDS + 1)
        if words[:size] == heading[:size]:
            return True
    return False


# The hyphen of a suspended compound's first part, and the conjunction or comma after it.
_SUSPENSION = re.compile(r"-,?\s+(?:og|eller|samt|,)?\s*\w")


def _suspended_name(text: str, token: Token) -> bool:
    """The capitalised first part of a suspended compound ("i Smerte- og funktionsteamet",
    "på Øre-, Næse- og Halsafdelingen"): Danish writes a unit's name so; English title case
    carried over by a machine capitalises whole words ("en Hjerte Læge"), never a part that
    hangs on a hyphen."""
    return _SUSPENSION.match(text, token.end) is not None


def _quoted(text: str, token: Token) -> bool:
    """Inside quotation marks: a quoted title keeps its own capitals."""
    return sum(text[: token.start].count(q) for q in _QUOTES) % 2 == 1


def _next_to_capital(words: list[Token], index: int) -> bool:
    """Next to a capitalised word or a number, or one linking word away from a capitalised
    word: names of several words ("Statens Serum Institut", "Center for Sundhed")."""
    neighbours = [words[i] for i in (index - 1, index + 1) if 0 <= i < len(words)]
    if any(w.text[:1].isupper() or w.text[:1].isdigit() for w in neighbours):
        return True
    for step in (-2, 2):
        link, other = index + step // 2, index + step
        if (
            0 < other < len(words)
            and words[link].text in _NAME_LINKS
            and words[other].text[:1].isupper()
        ):
            return True
    return False


def _passive(word: str, stems: list[str]) -> bool:
    """A verb in the -s passive ("Findes", "Bruges"): a quoted title, not a German noun."""
    lower = word.lower()
    return lower.endswith("es") and (lower[:-1] in stems or lower[:-2] in stems)


def _definite_genitive(word: str, stems: Callable[[str], list[str]]) -> bool:
    """The genitive of a capitalised definite noun: an institution's ("Sundhedsstyrelsens")."""
    lower = word.lower()
    return lower.endswith(("ens", "ets")) and _definite(word[:-1], stems(lower[:-1]))


def _definite(word: str, stems: list[str]) -> bool:
    lower = word.lower()
    return lower.endswith(("en", "et")) and bool(stems) and lower not in stems
