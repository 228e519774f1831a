from __future__ import annotations

from collections.abc import Iterator

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.checks.grammar.agreement import PLURAL_QUANTIFIERS
from pipeline.checks.grammar.analysis import analysed_segments, lexicon
from pipeline.checks.grammar.guesses import word_readings
from pipeline.checks.grammar.readings import (
    capitalised,
    chosen_is,
    single_word,
    surely_finite,
)
from pipeline.core.models import Finding, Severity
from pipeline.ingest.morphology import Reading, Token

# Words before "af de …" that make the partitive phrase the subject ("nogle af de …").
_PARTITIVES = PLURAL_QUANTIFIERS | frozenset(
    {"en", "et", "én", "ét", "ingen", "nogen", "hver", "hvert", "halvdelen", "størstedelen"}
)
# Words after which a clause, and so its subject, starts.
_CLAUSE_OPENERS = frozenset({",", ";", ":", "(", "og", "men", "eller"})


class BareDemonstrativeSubject(Check):
    """`de` and a bare plural noun make a subject with no relative clause to point at.

    "og de anmeldelser er måske ikke ægte" for "and the reviews may not be genuine".

    Before a noun without an adjective, Danish `de` is the demonstrative "those", which
    points at a relative clause after the noun ("de patienter, der får medicinen"); "the
    reviews" takes the suffixed article ("anmeldelserne"). English "the" + plural is
    rendered word for word by machine translation: "og de anmeldelser er måske ikke
    ægte", "nogle af de eksempler indbefatter".

    Flags `de` (or `De` opening the segment), read by the tagger as a determiner, before a
    lower-case noun whose every reading in Apertium's Danish analysis is an indefinite
    plural (a compound the analyser lacks by its head: `grammar.guesses`), when a finite
    verb follows the noun directly, so that the phrase is the clause's subject with no
    room for a relative clause, and the phrase opens its clause (the segment's start, after
    a comma, `og`, `men`, `eller` or a subordinating conjunction), alone or after a
    quantity and `af` ("nogle af de eksempler"). The suggestion is the noun's definite
    plural when the analyser reads one candidate form as that.

    It deliberately does not flag: an adjective between ("de nye behandlinger virker":
    there `de` is the article), a relative clause or attribute after the noun ("de
    patienter, der", "de patienter med diabetes", "de stoffer galden består af"), `de`
    after a preposition or a verb ("I de situationer bør man", a fronted adverbial; "Har
    de patienter ret til"), nouns that may be singular ("de forsøg"), and capitalised
    nouns (names).

    Anti-pattern: "Mange sider lover hurtig bedring, og de anmeldelser er måske ikke ægte."
    Best practice: "Mange sider lover hurtig bedring, og anmeldelserne er måske ikke ægte."
    """

    code = "GRAM035"
    name = "grammar.bare-demonstrative-subject"
    severity = Severity.WARNING

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        for analysed in analysed_segments(ctx):
            tokens = analysed.tokens
            for i in range(len(tokens) - 2):
                if not _bare_subject(ctx, tokens, i):
                    continue
                determiner, noun = tokens[i], tokens[i + 1]
                definite = _definite_plural(ctx, noun)
                if definite is not None and capitalised(determiner):
                    definite = definite.capitalize()
                shown = f"'{definite}'" if definite else "the noun with it"
                yield self.finding(
                    ctx,
                    analysed.segment,
                    determiner.start,
                    noun.end,
                    f"'{determiner.surface} {noun.surface}' means 'those …' and needs a relative "
                    f"clause after the noun; for 'the …' Danish suffixes the article: {shown}",
                    suggestion=definite,
                )


def _bare_subject(ctx: CheckContext, tokens: tuple[Token, ...], i: int) -> bool:
    """Whether `de` at `i`, a bare plural noun and a finite verb open a clause."""
    determiner = tokens[i]
    if determiner.surface != "de" and not (determiner.surface == "De" and i == 0):
        return False
    if not chosen_is(determiner, "det") or not _plural_noun(ctx, tokens[i + 1]):
        return False
    if not surely_finite(tokens[i + 2]):
        return False
    start = i
    if i >= 2 and tokens[i - 1].surface == "af" and tokens[i - 2].surface.casefold() in _PARTITIVES:
        start = i - 2
    if start == 0:
        return True
    before = tokens[start - 1]
    return before.surface.casefold() in _CLAUSE_OPENERS or chosen_is(before, "cnjsub")


def _plural_noun(ctx: CheckContext, token: Token) -> bool:
    """A lower-case noun read so by the tagger whose every reading (an imperative or
    adverb reading aside) is an indefinite plural, not a genitive."""
    if not single_word(token) or capitalised(token) or token.surface.endswith("-"):
        return False
    if token.known and not chosen_is(token, "n"):
        return False
    readings = [r for r in word_readings(ctx, token) if r.pos != "adv" and not r.has("imp")]
    return bool(readings) and all(_indefinite_plural(r) for r in readings)


def _indefinite_plural(reading: Reading) -> bool:
    return (
        reading.pos == "n"
        and reading.has("pl")
        and reading.has("ind")
        and not reading.has("gen")
        and not reading.has("cmp-split")
    )


def _definite_plural(ctx: CheckContext, noun: Token) -> str | None:
    """The noun's definite plural (-ne, -ene: "anmeldelserne", "børnene"), the one candidate
    the analyser reads as a definite plural of the same noun."""
    word = noun.surface
    lemmas = {r.lemma for r in word_readings(ctx, noun) if r.pos == "n"}
    candidates = [word + "ne", word + "ene"]
    found = lexicon(ctx, candidates)
    right = [
        c
        for c in candidates
        if any(r.pos == "n" and r.has("pl", "def") and r.lemma in lemmas for r in found.get(c, ()))
    ]
    return right[0] if len(right) == 1 else None
