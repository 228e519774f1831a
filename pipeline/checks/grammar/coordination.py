"""Main clauses joined by og, men or eller, for the word-order checks of a main clause.

A clause after `og`, `men` or `eller` has the word order of the clause it is joined to: after
a main clause it is a main clause ("Udslættet er rødt, men det klør sjældent"), after a
subordinate clause a subordinate one ("fordi de spiser, og de ikke sover", where the adverb
rightly stands before the verb). The order checks may judge the second clause as a main
clause only when the words before the conjunction are surely one main clause: no word opens a
subordinate clause (a conjunction, `at`, a relative or an hv-word), and exactly one word is a
finite verb. A second finite verb without a conjunction often belongs to a relative clause
without `som` ("en sygdom, man får og sjældent slipper af med"), so that sentence is left.
"""

from __future__ import annotations

from collections.abc import Iterator

from pipeline.checks.grammar.clauses import opens_clause
from pipeline.checks.grammar.readings import capitalised, chosen_is, only, tensed_choice
from pipeline.ingest.morphology import Token

# Conjunctions that join clauses of the same rank; not `så` ("så du ikke tager på" is a
# subordinate clause of purpose) nor `for` (also a preposition).
_COORDINATORS = frozenset({"og", "men", "eller"})
# Subordinating conjunctions the tagger may read as something else ("hvorimod" as an adverb).
_SUBORDINATORS = frozenset(
    {"hvorimod", "mens", "idet", "eftersom", "selvom", "fordi", "hvis", "når", "da", "om",
     "medmindre", "såfremt", "skønt", "end"}
)  # fmt: skip
# Subject pronouns of the second clause (the nominative forms only).
_PRONOUNS = frozenset({"jeg", "du", "han", "hun", "vi", "de", "man", "den", "det"})


def coordinated_main_clauses(tokens: tuple[Token, ...]) -> Iterator[tuple[int, bool]]:
    """For each main clause joined by og/men/eller to a main clause before it, the index
    after its subject (where its finite verb should stand), and whether the subject is left
    out (the clause shares the first clause's subject: "men påvirker også huden")."""
    for k, token in enumerate(tokens):
        if token.surface.casefold() not in _COORDINATORS or capitalised(token):
            continue
        if not any(r.pos == "cnjcoo" for r in token.readings) or not _one_main_clause(tokens, k):
            continue
        if _joins_noun_phrases(tokens, k):
            continue
        subject_end = _subject_end(tokens, k + 1)
        if subject_end is not None:
            yield subject_end, False
        else:
            yield k + 1, True


def _joins_noun_phrases(tokens: tuple[Token, ...], k: int) -> bool:
    """The conjunction at `k` may join two nouns or pronouns ("svampe og parasitter"): no
    comma before it, and the word before it may be a noun, a name or a pronoun."""
    before = tokens[k - 1] if k > 0 else None
    if before is None or before.surface == ",":
        return before is None
    return not before.known or any(r.pos in ("n", "np", "prn") for r in before.readings)


def _one_main_clause(tokens: tuple[Token, ...], k: int) -> bool:
    """The words before index `k` are one main clause: no subordinate clause opens among
    them and exactly one is a finite verb."""
    if any(
        opens_clause(tokens, i) or tokens[i].surface.casefold() in _SUBORDINATORS for i in range(k)
    ):
        return False
    return sum(1 for t in tokens[:k] if tensed_choice(t)) == 1


def _subject_end(tokens: tuple[Token, ...], i: int) -> int | None:
    """The index after a subject at `i`: a subject pronoun, or a lower-case noun phrase of
    an optional determiner, adjectives and a noun, none of them also another word."""
    if i >= len(tokens) or capitalised(tokens[i]):
        return None
    if tokens[i].surface.casefold() in _PRONOUNS and any(
        r.pos == "prn" for r in tokens[i].readings
    ):
        return i + 1  # the tagger may read "de" as a determiner before an adverb
    j = i + 1 if chosen_is(tokens[i], "det") else i
    while j < len(tokens) and only(tokens[j], "adj"):
        j += 1
    if j >= len(tokens) or not (only(tokens[j], "n") and chosen_is(tokens[j], "n")):
        return None
    if capitalised(tokens[j]) or any(r.has("gen") for r in tokens[j].readings):
        return None
    return j + 1
