from __future__ import annotations

from collections.abc import Iterator

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.checks.mechanics.words import (
    MONTHS,
    OPENERS,
    WEEKDAYS,
    capitalised,
    sentences,
    tokens,
    word_list,
)
from pipeline.core.models import Finding, Severity

# Inflected forms of the names: "om Mandagen", "Mandage", "Mandags"; months are not inflected.
_WEEKDAY_FORMS = {f"{d}{e}": d for d in WEEKDAYS for e in ("", "en", "e", "s", "ens")}
_NAMES = {**{m: m for m in MONTHS}, **_WEEKDAY_FORMS}
# Months that are also first names (Maj, August): flagged only where a date reads them.
_ALSO_NAMES = frozenset({"maj", "august"})
_DATE_WORDS = frozenset(
    word_list(
        "i fra til inden efter før siden sidst først midt hele næste sidste om primo ultimo"
        " medio start starten slutningen udgangen"
    )
)
_STARTERS = ".!?:;–—-" + OPENERS


class CapitalisedMonthOrWeekday(Check):
    """A month or weekday is capitalised inside a sentence ("14. Marts", "på Mandag").

    Flags a capitalised month or weekday name (and "Mandagen", "Mandags"…) after the first
    word of a sentence: Danish writes them in lower case, English and German capitalise
    them, and machine translation keeps the capital. The fix writes the word in lower case.

    It deliberately does not flag the first word of a sentence or a word after a colon,
    quote or bracket, headings and titles, a name of several capitalised words ("Blå
    Mandag", "August Krogh", "Maj Britt"), and "Maj" and "August" where no date reads them
    (after a number, a year or a word like "i", "fra", "sidste"): both are first names.

    Anti-pattern: "Klinikken holder lukket fra 14. Marts og åbner igen på Mandag."
    Best practice: "Klinikken holder lukket fra 14. marts og åbner igen på mandag."
    """

    code = "MECH007"
    name = "mechanics.capitalised-month-or-weekday"
    severity = Severity.WARNING
    fixable = True

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        if ctx.document.language != "da":
            return
        for sentence, previous_sentence, _item in sentences(ctx.document):
            text = sentence.text
            words = tokens(text)
            # "5. November 2020": the segmenter ended a sentence at the day's point.
            after_day = previous_sentence is not None and _ordinal(previous_sentence.text)
            for index, token in enumerate(
                words if after_day else words[1:], start=0 if after_day else 1
            ):
                word = token.text
                lower = word.lower()
                if lower not in _NAMES or not capitalised(word):
                    continue
                before = text[: token.start].rstrip()
                if not (index == 0 and after_day) and (
                    not before or (before[-1] in _STARTERS and not _ordinal(before))
                ):
                    continue
                previous = words[index - 1].text if index > 0 else ""
                following = words[index + 1].text if index + 1 < len(words) else ""
                if (index > 1 and previous[:1].isupper()) or following[:1].isupper():
                    continue
                if lower in _ALSO_NAMES and not (
                    previous[:1].isdigit()
                    or following[:1].isdigit()
                    or previous.lower() in _DATE_WORDS
                ):
                    continue
                yield self.finding(
                    ctx,
                    sentence,
                    token.start,
                    token.end,
                    f"'{word}' is a {'month' if lower in MONTHS else 'weekday'}; Danish writes"
                    f" it in lower case: '{lower}'",
                    suggestion=lower,
                )


def _ordinal(before: str) -> bool:
    """The text before ends with a day number ("fra 14."), which a date continues."""
    words = before[:-1].split()
    return before.endswith(".") and bool(words) and words[-1].isdigit()
