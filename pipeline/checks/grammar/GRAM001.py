from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.checks.grammar.analysis import AnalysedSegment, analysed_segments, lexicon
from pipeline.checks.grammar.readings import (
    any_pos,
    capitalised,
    chosen_is,
    determining,
    is_word,
    noun_gender,
    only,
)
from pipeline.core.models import Finding, Severity
from pipeline.ingest.morphology import Reading, Token

# Danish joins a compound's parts directly or with a linking -s- or -e- (blodprøve,
# spændingshovedpine, barnevogn).
_LINKS = ("", "s", "e")
# Time words that stand side by side as two words in correct Danish ("mandag morgen", "hver
# dag i uge 12", "dato marts 2020"): weekdays, months, parts of the day, units of time.
_TIME_WORDS = frozenset(
    {
        "mandag",
        "tirsdag",
        "onsdag",
        "torsdag",
        "fredag",
        "lørdag",
        "søndag",
        "januar",
        "februar",
        "marts",
        "april",
        "maj",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "december",
        "morgen",
        "formiddag",
        "middag",
        "eftermiddag",
        "aften",
        "nat",
        "dag",
        "døgn",
        "uge",
        "måned",
        "år",
        "time",
        "minut",
        "sekund",
        "gang",
        "dato",
        "kl",
        "klokken",
    }
)
_SENTENCE_START = (".", "!", "?", ":", "\u2022", "-", "\u2013", '"', "\u201d", "\u00bb", "(")


@dataclass(frozen=True)
class _Pair:
    analysed: AnalysedSegment
    first: Token
    second: Token
    bare: bool  # nothing before the first word that makes it a noun phrase of its own
    candidates: tuple[str, ...]


class SplitCompound(Check):
    """A compound noun is written as two words ("hjerte anfald" → "hjerteanfald").

    Danish writes compounds closed; særskrivning is among the commonest errors of machine
    translation from English ("heart attack") and it changes the meaning or reads as broken
    text. Two adjacent words are reported when the first is a noun in the indefinite
    singular (every reading), the second a noun, and the two joined directly or with a
    linking -s- or -e- are one noun of the Danish analysis whose last part is the second
    word, and either:

    - the joined word is in Apertium's Danish lexicon as a word of its own (hjerteanfald,
      lungebetændelse, blodprøve, spændingshovedpine), and no determiner before the pair
      fits the first word but not the compound; or
    - the joined word is a regular compound that hunspell accepts (muskelsmerter,
      zinkpastiller), and the first word stands bare, with no determiner, number, genitive
      or adjective before it that would make it a noun phrase of its own; or
    - the article writes the joined word closed elsewhere.

    The suggestion is the closed form. It deliberately does not flag: a first word that may
    be anything but an indefinite singular noun (verbs: "drikke vand", determiners: "hver
    dag", numbers: "type 2 diabetes", genitives: "Lou Gehrigs sygdom"), capitalised words
    inside a sentence (names and titles: "Region Hovedstaden", "Dansk Sygeplejeråd"), a noun
    phrase with its own determiner ("en del mennesker", "et glas vand"), and words split by
    punctuation. A compound the analyser does not know is not suggested.

    Anti-pattern: "Et hjerte anfald kræver altid en blod prøve på hospitalet."
    Best practice: "Et hjerteanfald kræver altid en blodprøve på hospitalet."
    """

    code = "GRAM001"
    name = "grammar.split-compound"
    severity = Severity.WARNING

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        analysed = analysed_segments(ctx)
        pairs = [pair for segment in analysed for pair in _pairs(segment)]
        if not pairs:
            return
        words = lexicon(ctx, [c for pair in pairs for c in pair.candidates])
        closed = {t.surface.casefold() for a in analysed for t in a.tokens}
        speller = ctx.speller(ctx.document.language)
        for pair in pairs:
            joined = _joined(pair, words, closed, speller.known if speller else None)
            if joined is None:
                continue
            text = pair.analysed.segment.text
            shown = joined[0].upper() + joined[1:] if capitalised(pair.first) else joined
            yield self.finding(
                ctx,
                pair.analysed.segment,
                pair.first.start,
                pair.second.end,
                f"split compound '{text[pair.first.start : pair.second.end]}': "
                f"Danish writes it as one word, '{shown}'",
                suggestion=shown,
            )


def _pairs(analysed: AnalysedSegment) -> Iterator[_Pair]:
    tokens = analysed.tokens
    text = analysed.segment.text
    for i in range(len(tokens) - 1):
        first, second = tokens[i], tokens[i + 1]
        if text[first.end : second.start] not in (" ", "\n"):
            continue
        if not (first.surface.isalpha() and second.surface.isalpha()):
            continue
        if capitalised(second) or not any_pos(second, "n"):
            continue
        if not _indefinite_singular_noun(first):
            continue
        if not chosen_is(second, "n") and not _object_with_verb(tokens, i):
            continue
        if first.surface.casefold() == second.surface.casefold():
            continue  # a doubled word (MECH001)
        if {first.surface.casefold(), *_lemmas(second)} & _TIME_WORDS:
            continue  # "mandag morgen", "dato marts", "kl. 8 morgen": time expressions
        start = i == 0 or tokens[i - 1].surface.endswith(_SENTENCE_START)
        if capitalised(first) and not start:
            continue
        stem = first.surface.casefold()
        candidates = tuple(stem + link + second.surface.casefold() for link in _LINKS)
        if stem.endswith("e") or stem.endswith("s"):
            candidates = candidates[:2] if stem.endswith("e") else candidates[:1]
        yield _Pair(analysed, first, second, _bare(tokens, i), candidates)


def _indefinite_singular_noun(token: Token) -> bool:
    """Every reading an indefinite common noun, singular among them (blod, zink: mass nouns
    have plural readings too), not a genitive or the first part of a suspended compound
    ("hud- og")."""
    return (
        only(token, "n")
        and any(r.has("sg") for r in token.readings)
        and all(
            r.has("ind") and not r.has("gen") and not r.has("cmp-split") for r in token.readings
        )
    )


def _lemmas(token: Token) -> set[str]:
    return {token.surface.casefold(), *(r.lemma.casefold() for r in token.readings)}


def _bare(tokens: tuple[Token, ...], i: int) -> bool:
    """Whether nothing before the word at `i` opens a noun phrase with it (a determiner,
    number, genitive or adjective: "en del mennesker", "stor del mennesker")."""
    if i == 0 or not is_word(tokens[i - 1]):
        return not (i > 0 and any(ch.isdigit() for ch in tokens[i - 1].surface))
    before = tokens[i - 1]
    return not (determining(before) or any(r.pos == "adj" for r in before.readings))


def _joined(
    pair: _Pair,
    words: dict[str, tuple[Reading, ...]],
    closed: set[str],
    known: object,
) -> str | None:
    """The closed form the pair should be written as, or None when the pair may stand."""
    head = {r.lemma for r in pair.second.readings if r.pos == "n"}
    for candidate in pair.candidates:
        readings = [r for r in words.get(candidate, ()) if r.pos == "n"]
        if not readings:
            continue
        if candidate in closed:
            return candidate
        lexicalised = [r for r in readings if not r.compound]
        if lexicalised and _determiner_fits(pair, lexicalised):
            return candidate
        compound = [r for r in readings if r.compound and r.lemma in head]
        simple_first = not any(r.compound for r in pair.first.readings)
        if compound and simple_first and pair.bare and callable(known) and known(candidate):
            return candidate
    return None


def _determiner_fits(pair: _Pair, readings: list[Reading]) -> bool:
    """A bare first word, or a determiner before it that agrees with the compound too
    ("et hjerte anfald"), not only with the first word ("et glas vand")."""
    if pair.bare:
        return True
    tokens = pair.analysed.tokens
    before = tokens[tokens.index(pair.first) - 1]
    genders = {t for r in before.readings if r.pos == "det" for t in r.tags}
    compound = {t for r in readings for t in r.tags if t in ("ut", "nt")}
    first = noun_gender(pair.first)
    if not genders or not compound or first is None:
        return False
    return bool(genders & compound) and not (first in genders and first not in compound)


def _object_with_verb(tokens: tuple[Token, ...], i: int) -> bool:
    """Whether a pair whose second word the tagger reads as a verb still cannot be subject
    and verb: the second is a verb form and a verb comes right before the first ("har
    muskel smerter"), where "Forskning viser" and "Uden insulin stiger" are clauses."""
    second, before = tokens[i + 1], tokens[i - 1] if i > 0 else None
    if second.chosen is None or not second.chosen.pos.startswith("vb"):
        return False
    return before is not None and before.chosen is not None and before.chosen.pos.startswith("vb")
