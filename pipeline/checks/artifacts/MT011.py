from __future__ import annotations

from collections.abc import Iterator

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.checks.grammar.analysis import LINKS, analysed_segments
from pipeline.checks.speller import Speller
from pipeline.core.models import Finding, Severity
from pipeline.ingest.morphology import Token

# verbs with two objects, where "give dine dyr vitaminer" is two noun phrases
_DITRANSITIVE = frozenset(
    {"give", "vise", "sende", "tilbyde", "lære", "fortælle", "skaffe", "købe", "anbefale",
     "spørge", "bede", "skylde", "servere", "bringe", "låne", "ordinere", "lave"}
)  # fmt: skip
_DETERMINER_POS = frozenset({"det", "prn"})
# nouns of quantity and measure take a bare plural after them: "det maksimale antal billeder",
# "en række problemer", "to kopper te"
_QUANTITY = frozenset(
    {"antal", "række", "mængde", "masse", "par", "del", "gruppe", "flok", "stykke", "dusin",
     "håndfuld", "bunke", "serie", "samling", "kop", "glas", "skål", "portion", "liter",
     "kilo", "gram", "procent", "slags", "type", "form", "art", "sæt", "pakke", "dosis",
     "tal", "udvalg", "liste", "rest", "flertal", "mindretal", "halvdel", "tredjedel"}
)  # fmt: skip


class EnglishNounStack(Check):
    """An English noun stack after a word that fits only the second noun ("dine kolesterol …").

    The word before shows the two nouns are one noun phrase: "dine kolesterol niveauer".

    English stacks nouns ("cholesterol levels", "stomach problems"); Danish writes one
    compound ("kolesterolniveauer", "maveproblemer"). GRAM001 reports a split compound where
    the first word stands bare or after an indefinite determiner or adjective that fits the
    compound ("mange mave problemer", "høje blodsukker niveauer"); this check takes the
    pairs it leaves ("dine kolesterol niveauer"), where a determiner or adjective stands
    before the first noun and shows that the two are one noun phrase: the word before is
    plural only ("dine", "disse", "mange", "flere") or an adjective's weak form with no
    determiner before it ("høje", "lave"), while the first noun is a singular base form and
    the second a plural noun. The closed form (directly or with a linking -s- or -e-) must
    be a word hunspell knows; it is the suggestion.

    It deliberately does not flag: a first noun that is itself plural ("giv dine børn
    gaver"), a noun of quantity, which takes a bare plural ("det maksimale antal
    billeder", "en række problemer"), two noun phrases after a verb with two objects ("giv
    dine dyr vitaminer"), capitalised words, a second noun in the singular, pairs GRAM001
    reports, and pairs whose closed form hunspell does not know. Danish documents only.

    Anti-pattern: "Motion kan sænke dine kolesterol niveauer."
    Best practice: "Motion kan sænke dine kolesterolniveauer."
    """

    code = "MT011"
    name = "artifacts.english-noun-stack"
    severity = Severity.WARNING

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        speller = ctx.speller("da")
        if ctx.document.language != "da" or speller is None:
            return
        reported: set[tuple[str, int]] | None = None
        for analysed in analysed_segments(ctx):
            tokens = analysed.tokens
            text = analysed.segment.text
            for i in range(1, len(tokens) - 1):
                first, second = tokens[i], tokens[i + 1]
                if text[first.end : second.start] != " ":
                    continue
                if not (_base_singular(first) and _plural_noun(second)):
                    continue
                if not _one_phrase(tokens, i):
                    continue
                closed = _closed(first.surface, second.surface, speller)
                if closed is None:
                    continue
                if reported is None:
                    reported = _split_compounds(ctx)
                if (analysed.segment.id, first.start) in reported:
                    continue  # GRAM001 reports it
                yield self.finding(
                    ctx,
                    analysed.segment,
                    first.start,
                    second.end,
                    f"'{first.surface} {second.surface}' is an English noun stack; Danish "
                    f"writes one word, '{closed}'",
                    suggestion=closed,
                )


def _split_compounds(ctx: CheckContext) -> set[tuple[str, int]]:
    """Where GRAM001 reports a split compound: (segment id, start of its first word)."""
    from pipeline.checks.grammar.GRAM001 import SplitCompound

    segments = {s.id: s for s in ctx.document.content_segments()}
    found = set()
    for finding in SplitCompound().findings(ctx):
        segment = segments.get(finding.segment_id or "")
        if segment is not None:
            found.add((segment.id, segment.text.find(finding.match)))
    return found


def _lowercase_word(token: Token) -> bool:
    return token.surface.isalpha() and token.surface.islower()


def _base_singular(token: Token) -> bool:
    """A noun in every reading, one of them its singular indefinite base form ("kolesterol",
    not "børn")."""
    return (
        _lowercase_word(token)
        and bool(token.readings)
        and all(r.pos == "n" and not r.has("gen") for r in token.readings)
        and not any(r.lemma.casefold() in _QUANTITY for r in token.readings)
        and any(
            r.has("sg", "ind") and r.lemma.casefold() == token.surface.casefold()
            for r in token.readings
        )
    )


def _plural_noun(token: Token) -> bool:
    nouns = [r for r in token.readings if r.pos == "n"]
    return (
        _lowercase_word(token)
        and token.chosen is not None
        and token.chosen.pos == "n"
        and bool(nouns)
        and all(r.has("pl") and not r.has("gen") for r in nouns)
    )


def _one_phrase(tokens: tuple[Token, ...], i: int) -> bool:
    """The word before the first noun fits only a plural head: a plural-only determiner, or
    an adjective's weak form with no determiner before it; and no verb with two objects
    stands before."""
    before = tokens[i - 1]
    if not before.readings:
        return False
    plural_determiner = all(r.pos in _DETERMINER_POS and r.has("pl") for r in before.readings)
    bare_adjective = _weak_adjective(before) and (
        i < 2 or not any(r.pos in _DETERMINER_POS or r.has("gen") for r in tokens[i - 2].readings)
    )
    if not (plural_determiner or bare_adjective):
        return False
    return not any(
        r.lemma.casefold() in _DITRANSITIVE
        for t in tokens[max(i - 4, 0) : i - 1]
        for r in t.readings
        if r.pos == "vblex"
    )


def _weak_adjective(token: Token) -> bool:
    """Read as an adjective, and every adjective reading plural or definite ("høje")."""
    adjectives = [r for r in token.readings if r.pos == "adj"]
    return (
        token.chosen is not None
        and token.chosen.pos == "adj"
        and bool(adjectives)
        and all(r.has("pl") or r.has("def") for r in adjectives)
    )


def _closed(first: str, second: str, speller: Speller) -> str | None:
    for link in LINKS:
        word = first + link + second
        if speller.known(word):
            return word
    return None
