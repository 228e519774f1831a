from __future__ import annotations

from collections.abc import Iterator

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.checks.mechanics.words import (
    COMMON_ZIPF,
    FUNCTION_WORDS,
    MONTHS,
    WEEKDAYS,
    Token,
    capitalised,
    dictionary_word,
    is_name,
    tokens,
    word_list,
    zipf,
)
from pipeline.checks.speller import Speller
from pipeline.core.models import Finding, SegmentKind, Severity

# After these a heading starts anew ("Angst: Symptomer", "Hovedpine? Sådan …", "Af: Navn")
_RESTARTS = ".!?:;"
# After these a capital is normal: "(Akut myokardieinfarkt)", "Tekst – Dato", "5.1 Definition",
# and a site's menu or breadcrumb joins labels that each start with one: "Sygdom & Behandling",
# "Forside | Sygdomme", "Hjerte › Arytmier"
_OPENERS = "([-–—\"'«„“0123456789&|/·•»›>"
# Words English title case may leave in lower case; any other word in lower case means the
# heading is not in title case ("Behandling Fysiologi Gode råd" is a menu).
_PREPOSITIONS = frozenset(
    word_list("af på til med for fra om mod ved over under efter uden hos ad")
)
MAX_HEADING_WORDS = 12


class TitleCaseHeading(Check):
    """A heading is in English title case ("Højt Blodtryk", "Symptomer På Diabetes").

    Flags each word after the first of a title or heading that is capitalised although it is
    a common Danish word: English capitalises the words of a heading, Danish only the first
    (and names). The word must be one hunspell knows in lower case as an entry of its own and
    no proper noun, and common in Danish (wordfreq's Zipf frequency 3 or more). The suggestion
    is the word in lower case; the fix is not automatic.

    It deliberately does not flag names (a proper noun in hunspell, "Danmark", "Alzheimers";
    a word hunspell knows only capitalised), capitalised definite nouns, which in Danish are
    mostly institutions ("Sundhedsstyrelsen", "Rigshospitalet"), a genitive before another
    capitalised word ("Kræftens Bekæmpelse"), the polite "De"/"Dem"/"Deres", a word after a
    colon or a question mark (a heading of two parts), the first word after a menu's or
    breadcrumb's separator ("Sygdom & Behandling", "Forside | Sygdomme": two labels, each
    with its capital), headings of more than twelve words
    (a sentence the reader took for a heading), and sentences (MECH005 judges those).

    Anti-pattern: "Symptomer På Højt Blodtryk"
    Best practice: "Symptomer på højt blodtryk"
    """

    code = "MECH013"
    name = "mechanics.title-case-heading"
    severity = Severity.WARNING

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        speller = ctx.speller(ctx.document.language)
        if speller is None or ctx.document.language != "da":
            return
        skipped = {"de", "dem", "deres", "i"} | set(MONTHS) | set(WEEKDAYS)
        for segment in ctx.document.segments():
            if segment.kind not in (SegmentKind.TITLE, SegmentKind.HEADING):
                continue
            words = tokens(segment.text)
            if len(words) > MAX_HEADING_WORDS or not _title_case(words):
                continue
            for index, token in enumerate(words[1:], start=1):
                word = token.text
                if not capitalised(word) or not word.isalpha() or word.lower() in skipped:
                    continue
                before = segment.text[: token.start].rstrip()
                if any(mark in before for mark in _RESTARTS) or before[-1:] in _OPENERS:
                    continue
                following = words[index + 1].text if index + 1 < len(words) else ""
                if word.endswith("s") and following[:1].isupper():
                    continue  # a genitive in a name: "Kræftens Bekæmpelse"
                if not _common_word(word, speller):
                    continue
                yield self.finding(
                    ctx,
                    segment,
                    token.start,
                    token.end,
                    f"'{word}' is capitalised in a heading (English title case); Danish "
                    f"capitalises only the first word and names: '{word.lower()}'",
                    suggestion=word.lower(),
                )


def _title_case(words: list[Token]) -> bool:
    """Every content word after the first is capitalised: the heading is in title case, not a
    heading with a name in it ("Blodprop i hjertet (Akut myokardieinfarkt)")."""
    content = [
        w.text
        for w in words[1:]
        if w.text.isalpha() and w.text.lower() not in FUNCTION_WORDS | _PREPOSITIONS
    ]
    return bool(content) and all(w[0].isupper() for w in content)


def _common_word(word: str, speller: Speller) -> bool:
    """A common Danish word in lower case (no name, no institution in the definite form)."""
    lower = word.lower()
    if lower in FUNCTION_WORDS:
        return True  # "Symptomer Og Behandling"
    if is_name(word, speller) or not dictionary_word(word, speller):
        return False
    if zipf(lower) < COMMON_ZIPF:
        return False
    stems = speller.stems(lower)
    definite = lower.endswith(("en", "et")) and bool(stems) and lower not in stems
    return not definite
