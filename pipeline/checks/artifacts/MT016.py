from __future__ import annotations

from collections.abc import Iterator

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.checks.grammar.analysis import lexicon, prose_sentences
from pipeline.checks.grammar.readings import noun_readings, single_word, verb_reading
from pipeline.checks.speller import Speller
from pipeline.core.models import Finding, Severity
from pipeline.ingest.morphology import Token

# Nouns of time stand as adverbials without a preposition ("hele dagen", "natten over") and
# nouns of quantity take a bare noun after them ("glasset vand"): neither is a noun stack.
_ADVERBIAL_OR_QUANTITY = frozenset(
    {"dag", "døgn", "nat", "morgen", "aften", "eftermiddag", "formiddag", "uge", "måned",
     "år", "time", "minut", "sekund", "tid", "gang", "periode", "weekend", "sommer", "vinter",
     "forår", "efterår", "antal", "række", "mængde", "del", "halvdel", "rest", "resten",
     "glas", "kop", "skål", "portion", "dosis", "procent", "stykke"}
)  # fmt: skip
# Words that may stand before a clause's subject or a preposition's noun, so that a noun
# right after the first one cannot be its object after inversion: a preposition, a
# subordinating or coordinating conjunction, or the start of the sentence.
_OPENING_POS = frozenset({"pr", "cnjsub", "cnjcoo"})
_MIN_LENGTH = 3


class NounGlue(Check):
    """Two nouns side by side where Danish needs a preposition or a genitive ("smerten maven").

    English strings nouns together ("the stomach pain", "the body's acids"); a machine
    translation that drops the "in" or "of" between them leaves a definite noun directly
    before another noun: "smerten maven" (smerten i maven), "tarmene bakterier" (tarmenes
    bakterier, bakterierne i tarmene). Danish never puts a definite noun directly before a
    definite noun or an indefinite plural noun, except where the first is the subject and the
    second the object after an inverted verb ("giver lægen patienten medicin"), so the check
    looks only where that cannot be: the word before the first noun is a preposition, a
    conjunction, or nothing (the start of the sentence).

    Both words must be unambiguous in Apertium's analysis: every reading of the first is a
    definite noun that is no genitive, every reading of the second a definite noun or an
    indefinite plural noun (no verb reading: "I maven syrer maden" puts the verb second), and
    no hunspell stem of either is a verb the analysis missed ("kaldet" of "også kaldet" is
    also the participle of "kalde").

    It deliberately does not flag a definite noun followed by an indefinite singular noun,
    which is how Danish writes apposition ("hormonet insulin", "med diagnosen tarmkræft"; a
    neuter whose plural is its singular, "insulin", "hulrum", counts as singular here),
    capitalised words (names, titles: "bogen Sund Mad"), numbers and abbreviations (words
    under three letters, digits), nouns of time and quantity ("hele dagen", "glasset vand"),
    headings, titles and list items (telegraphic on purpose), and any pair after a verb or an
    adverb (inversion and double objects: "stiller lægen diagnosen"). Danish documents only.

    Anti-pattern: "Mange oplever, at smerten maven forsvinder efter et par timer."
    Best practice: "Mange oplever, at smerten i maven forsvinder efter et par timer."
    """

    code = "MT016"
    name = "artifacts.noun-glue"
    severity = Severity.WARNING

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        speller = ctx.speller("da")
        if ctx.document.language != "da" or speller is None:
            return
        for analysed in prose_sentences(ctx):
            tokens = analysed.tokens
            text = analysed.segment.text
            for i in range(len(tokens) - 1):
                first, second = tokens[i], tokens[i + 1]
                if text[first.end : second.start] != " ":
                    continue
                if not (_definite_noun(first, i == 0) and _second_noun(second)):
                    continue
                if not _opens_phrase(tokens, i):
                    continue
                if _verb_form(ctx, first, speller) or _verb_form(ctx, second, speller):
                    continue
                yield self.finding(
                    ctx,
                    analysed.segment,
                    first.start,
                    second.end,
                    f"'{first.surface} {second.surface}': two nouns side by side; Danish"
                    " joins them with a preposition or a genitive (a dropped 'of' or 'in'?)",
                )


def _plain_noun(token: Token, initial: bool = False) -> bool:
    """A lower-case word of letters (capitalised only as a sentence's first word), every
    reading a noun, none a genitive or a compound's split first part."""
    surface = token.surface
    lower = surface[1:] if initial else surface
    if not (single_word(token) and surface.isalpha() and lower.islower()):
        return False
    if len(surface) < _MIN_LENGTH:
        return False
    nouns = noun_readings(token)
    if not nouns or len(nouns) != len(token.readings):
        return False
    if any(r.has("gen") or r.has("cmp-split") for r in nouns):
        return False
    return not any(r.lemma.casefold() in _ADVERBIAL_OR_QUANTITY for r in nouns)


def _verb_form(ctx: CheckContext, token: Token, speller: Speller) -> bool:
    """Hunspell stems the word to a verb Apertium's noun readings miss: "kaldet" (of
    "også kaldet") is also the participle of "kalde", "huset" that of "huse"."""
    lemmas = {r.lemma.casefold() for r in token.readings}
    others = [s.casefold() for s in speller.stems(token.surface.casefold())]
    others = [s for s in others if s not in lemmas]
    if not others:
        return False
    readings = lexicon(ctx, others)
    return any(verb_reading(r) for stem in others for r in readings.get(stem, ()))


def _definite_noun(token: Token, initial: bool) -> bool:
    return _plain_noun(token, initial) and all(r.has("def") for r in token.readings)


def _second_noun(token: Token) -> bool:
    """A definite noun, or an indefinite plural one (never the indefinite singular of
    apposition)."""
    return _plain_noun(token) and all(
        r.has("def") or (r.has("pl") and r.has("ind")) for r in token.readings
    )


def _opens_phrase(tokens: tuple[Token, ...], i: int) -> bool:
    """Nothing, a preposition or a conjunction before the first noun: it is a subject in
    straight order or a preposition's noun, never a subject after an inverted verb."""
    if i == 0:
        return True
    before = tokens[i - 1]
    if before.chosen is None or before.chosen.pos not in _OPENING_POS:
        return False
    # a conjunction that is also a verb ("når": nå) opens a clause only as the sentence's
    # first word; elsewhere it may be the verb before an inverted subject ("Så når
    # medicinen blodet")
    return i == 1 or not any(verb_reading(r) for r in before.readings)
