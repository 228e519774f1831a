from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.checks.grammar.analysis import analysed_segments
from pipeline.checks.grammar.readings import capitalised, chosen_is, only, single_word
from pipeline.core.models import Finding, Severity
from pipeline.ingest.morphology import Token

# A year of the last and this century written alone ("2012"; not "2012-studiet", "1.000").
_YEAR = re.compile(r"(?:19|20)\d\d")
# Singular determiners: a count after them cannot be a quantity ("de 2000 deltagere" can).
_DETERMINERS = frozenset({"en", "et", "den", "det", "denne", "dette", "hver", "ét"})


class PremodifyingYear(Check):
    """A year stands before its noun as in English ("en 2012 undersøgelse").

    English premodifies a noun with a bare year ("a 2012 study", "the 2019 guidelines");
    Danish puts the year after the noun ("en undersøgelse fra 2012", "retningslinjerne fra
    2019") or joins it with a hyphen ("2012-undersøgelsen"). Machine translation of
    health articles, which cite studies by year, leaves the English order.

    Flags a singular determiner (en, et, den, det, denne, dette, hver), adjectives, a year
    from 1900 to 2099 written alone, adjectives, and a lower-case noun whose every reading
    in Apertium's Danish analysis is singular. The suggestion puts the year after the noun.

    It deliberately does not flag: a plural noun (the number may be a count: "de 2000
    deltagere", "en 1900 kilometer lang rute" — kilometer is plural too), a year joined
    with a hyphen ("en 2012-undersøgelse"), a year after the noun ("en undersøgelse fra
    2012") or without a determiner before it ("I 2012 viste en undersøgelse"), and
    capitalised words (names of reports and events: "den 2019 Nordiske Konference").

    Anti-pattern: "En 2012 undersøgelse viste, at curcumin kan dæmpe ledsmerter."
    Best practice: "En undersøgelse fra 2012 viste, at curcumin kan dæmpe ledsmerter."
    """

    code = "GRAM008"
    name = "grammar.premodifying-year"
    severity = Severity.WARNING

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        for analysed in analysed_segments(ctx):
            tokens = analysed.tokens
            text = analysed.segment.text
            for i, determiner in enumerate(tokens):
                if determiner.surface.casefold() not in _DETERMINERS:
                    continue
                found = _year_and_noun(tokens, text, i + 1)
                if found is None:
                    continue
                year, noun = tokens[found[0]], tokens[found[1]]
                before = text[determiner.start : year.start].rstrip()
                after = text[tokens[found[0] + 1].start : noun.end]
                phrase = f"{before} {after} fra {year.surface}"
                yield self.finding(
                    ctx,
                    analysed.segment,
                    determiner.start,
                    noun.end,
                    f"the year '{year.surface}' stands before its noun as in English: "
                    f"Danish writes '{phrase}'",
                    suggestion=phrase,
                )


def _year_and_noun(tokens: tuple[Token, ...], text: str, i: int) -> tuple[int, int] | None:
    """The indices of the year and the singular noun of "determiner (adjectives) year
    (adjectives) noun", the determiner's adjectives starting at `i`."""
    i = _skip_adjectives(tokens, i)
    if i + 1 >= len(tokens) or not _YEAR.fullmatch(tokens[i].surface):
        return None
    year = tokens[i]
    if text[year.end : tokens[i + 1].start] != " ":
        return None  # "en 2012-undersøgelse", "den 2012, hvor …"
    j = _skip_adjectives(tokens, i + 1)
    if j >= len(tokens):
        return None
    noun = tokens[j]
    if not only(noun, "n") or not single_word(noun) or capitalised(noun):
        return None
    if not all(r.has("sg") for r in noun.readings):
        return None
    return i, j


def _skip_adjectives(tokens: tuple[Token, ...], i: int) -> int:
    while i < len(tokens) and chosen_is(tokens[i], "adj"):
        i += 1
    return i
