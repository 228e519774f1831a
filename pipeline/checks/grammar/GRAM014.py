from __future__ import annotations

from collections.abc import Iterator

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.checks.grammar.analysis import prose_sentences
from pipeline.checks.grammar.clauses import COORDINATORS, SAYING_AND_PERCEIVING, opens_clause
from pipeline.checks.grammar.readings import capitalised, surely_finite, verb_reading
from pipeline.core.models import Finding, Severity
from pipeline.ingest.morphology import Token

# Punctuation that ends a stretch of one clause.
_BOUNDARIES = frozenset(
    {",", ";", ":", "(", ")", "–", "—", "-", ".", "!", "?", '"', "”", "“", "…", "...", "/"}
)
_RELATIVES = frozenset({"der", "som", "hvor"})
# Subject pronouns: a verb right after one starts a clause of its own without a conjunction
# ("Jeg tror han kommer", "det man ser, er …", "den mad vi spiser er sund").
_PRONOUNS = frozenset({"jeg", "du", "han", "hun", "vi", "i", "de", "man", "den", "det", "der"})


class DoubleFiniteVerb(Check):
    """A clause has two finite verbs ("er mængden …, der findes i mad, betragtes som sikker").

    A Danish clause has one finite verb. Machine translation that merges two English
    constructions, or renders an English noun as a verb ("sufferers" → "lider"), leaves two:
    "Ifølge lægerne er mængden af gurkemeje, der findes i mad, betragtes som sikker",
    "Urten kan også gavne lider af gigt".

    Flags two verbs that the tagger reads as present or past and whose every reading is a
    verb (no participle, no imperative) within one stretch of a sentence without
    punctuation, coordinating conjunction (og, eller, men …) or word that opens a
    subordinate clause (at, hvis, der, som, hv-words …), each such opener taking the first
    finite verb after it as its own. Also flags a main clause with its finite verb that is
    followed by a relative clause between commas and then, right after the second comma,
    another finite verb.

    It deliberately does not flag: a second verb that may be an infinitive ("kan
    behandles", "vil man kunne"), a verb right after a subject pronoun or a name (a clause
    without `at` or a relative pronoun: "Jeg tror han kommer", "det man ser er"), a verb
    after a determiner, adjective or participle (a noun the lexicon lacks: "en dedikeret
    tilbagekalder"), a modal before a relative clause (the verb after it is an
    infinitive), verbs after verbs of saying and thinking ("Lægen mener behandlingen
    virker"), fronted subordinate clauses ("Når man spiser mad, der indeholder fedt,
    stiger kolesterolet"), capitalised words, words glued to the one before ("cd'er"), and
    stretches across a line break, an abbreviation's or a number's full stop or an
    ellipsis.

    Anti-pattern: "Ifølge lægerne er mængden af gurkemeje, der findes i mad, betragtes som sikker."
    Best practice: "Ifølge lægerne betragtes den mængde gurkemeje, der findes i mad, som sikker."
    """

    code = "GRAM014"
    name = "grammar.double-finite-verb"
    severity = Severity.WARNING

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        for analysed in prose_sentences(ctx):
            tokens = analysed.tokens
            text = analysed.segment.text
            pairs = list(_verbs_in_one_stretch(tokens, text))
            around = _verb_around_relative(tokens)
            if around is not None and around not in pairs:
                pairs.append(around)
            for first, second in sorted(pairs):
                one, two = tokens[first], tokens[second]
                yield self.finding(
                    ctx,
                    analysed.segment,
                    one.start,
                    two.end,
                    f"two finite verbs, '{one.surface}' and '{two.surface}', in one clause: "
                    "a Danish clause has one (a word, a comma or a conjunction is missing, or "
                    "one verb should be an infinitive or a noun)",
                )


def _verbs_in_one_stretch(tokens: tuple[Token, ...], text: str) -> Iterator[tuple[int, int]]:
    """The indices of two finite verbs with no clause boundary between them."""
    verbs: list[int] = []
    pending = 0  # subordinate clauses opened whose finite verb has not come yet
    for i, token in enumerate(tokens):
        gap = text[tokens[i - 1].end : token.start] if i else " "
        if "\n" in gap or "  " in gap:
            verbs, pending = [], 0  # a line or a sentence the segmenter did not split
        word = token.surface.casefold()
        if token.surface in _BOUNDARIES or word in COORDINATORS or token.surface.endswith("."):
            verbs, pending = [], 0
            continue
        if opens_clause(tokens, i):
            pending += 1
            continue
        if not gap or not surely_finite(token):
            continue  # glued to the word before: the plural ending of "cd'er" is no verb
        if pending:
            pending -= 1
            verbs = []
            continue
        if i and _noun_position(tokens[i - 1]):
            continue  # a noun the lexicon lacks ("en dedikeret tilbagekalder")
        if i > 1 and _subject(tokens[i - 1]):
            verbs = []  # a clause of its own ("tror han kommer", "den metode Ristretto vil")
            continue
        verbs.append(i)
        if len(verbs) < 2:
            continue
        first, second = verbs
        if any(r.has("inf") for r in tokens[second].readings) or _saying(tokens[first]):
            verbs = [second]
            continue
        yield first, second
        verbs = []


def _subject(token: Token) -> bool:
    """A subject pronoun or a name: the verb after it is the verb of a clause of its own."""
    return token.surface.casefold() in _PRONOUNS or capitalised(token) or not token.known


def _noun_position(token: Token) -> bool:
    """A determiner, possessive, number, adjective or participle: what follows is a noun."""
    chosen = token.chosen
    return chosen is not None and (chosen.pos in ("det", "adj", "num") or chosen.has("pp"))


def _saying(token: Token) -> bool:
    return any(verb_reading(r) and r.lemma in SAYING_AND_PERCEIVING for r in token.readings)


def _verb_around_relative(tokens: tuple[Token, ...]) -> tuple[int, int] | None:
    """(main verb, second verb) of "main clause with its finite verb, relative clause
    between commas, finite verb", when the sentence opens with that main clause."""
    commas = [i for i, t in enumerate(tokens) if t.surface == ","]
    if len(commas) < 2:
        return None
    head = tokens[: commas[0]]
    if any(
        opens_clause(tokens, i) or t.surface.casefold() in COORDINATORS for i, t in enumerate(head)
    ):
        return None
    if any(t.surface in _BOUNDARIES for t in head):
        return None
    verbs = [i for i, t in enumerate(head) if surely_finite(t)]
    if any(r.pos in ("vbmod", "vaux") for i in verbs for r in tokens[i].readings):
        return None  # "skal antallet, der kan være i kameraet, forstås": an infinitive
    relative = commas[0] + 1
    if not verbs or tokens[relative].surface.casefold() not in _RELATIVES:
        return None
    after = commas[1] + 1
    if after >= len(tokens) or not surely_finite(tokens[after]):
        return None
    return verbs[0], after
