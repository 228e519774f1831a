"""Where a Danish subordinate clause opens, for the checks that count a clause's finite verbs.

A Danish clause has one finite verb. To tell a main clause that lacks its verb, or has two,
from a sentence whose extra verbs belong to subordinate clauses, the clause checks need the
words that open a subordinate clause: subordinating conjunctions as the tagger reads them,
the relative `der` and `som`, and interrogative and relative hv-words.
"""

from __future__ import annotations

from pipeline.ingest.morphology import Token

# Interrogative and relative words that open a clause whatever the tagger chose for them
# ("hvis" is also the conjunction "if"; "hvor" also the adverb "how", as in "hvor ofte").
INTERROGATIVES = frozenset(
    {
        "hvad",
        "hvordan",
        "hvorfor",
        "hvornår",
        "hvem",
        "hvilken",
        "hvilket",
        "hvilke",
        "hvor",
        "hvis",
        "hvorvidt",
        "hvorledes",
        "hvoraf",
        "hvorpå",
        "hvori",
        "hvormed",
        "hvorefter",
    }
)
# A subordinating conjunction of two words that the analyser reads as one adverb ("ringer, så
# snart svaret er klar"). Not "så længe" or "så vidt", which are adverbs as often ("Så længe
# varer det", "så vidt muligt").
MULTIWORD_CONJUNCTIONS = frozenset({"så snart"})
# Words that join two clauses of the same rank: each clause has a finite verb of its own.
COORDINATORS = frozenset({"og", "eller", "men", "samt", "for", "så", "end", "ellers"})


def opens_clause(tokens: tuple[Token, ...], i: int) -> bool:
    """The token at `i` opens a subordinate clause (whose finite verb is its own): a
    conjunction the tagger reads as subordinating, `at` unless an infinitive follows (the
    tagger reads `at` in "betyder at prioriteten er lav" as an adverb too), `når` unless a
    modal makes it a verb, relative `der`/`som` (always after a noun), or an hv-word. The
    analyser reads some words before `at` with it as one ("informeret om at det …": the
    adverb "om at"); such a token ends in the conjunction and opens the clause as `at` does,
    and so does a conjunction of two words read as one adverb ("så snart")."""
    token = tokens[i]
    word = token.surface.casefold()
    chosen = token.chosen
    if word not in _ASKED_BY_WORD and not word.endswith(" at"):
        # most tokens: the tagger's choice alone decides
        return chosen is not None and chosen.pos in ("cnjsub", "cnjadv")
    if word == "at" or word.endswith(" at"):
        following = tokens[i + 1].chosen if i + 1 < len(tokens) else None
        return following is None or not following.has("inf")
    if word in ("der", "som"):
        # after a noun, a relative pronoun whatever the tagger chose ("de personer der kan")
        before = tokens[i - 1].chosen if i > 0 else None
        after_noun = before is not None and before.pos == "n"
        return after_noun or (chosen is not None and chosen.pos in ("prn", "cnjsub"))
    if word == "når":
        # the conjunction unless a modal or `at` makes it the verb nå ("kan nå", "at nå")
        before = tokens[i - 1].chosen if i > 0 else None
        verb_nå = before is not None and (before.pos == "vbmod" or before.lemma == "at")
        return not verb_nå and any(r.pos in ("cnjsub", "cnjadv") for r in token.readings)
    if word in INTERROGATIVES or word in MULTIWORD_CONJUNCTIONS:
        return True
    return chosen is not None and chosen.pos in ("cnjsub", "cnjadv")


# The words opens_clause judges by more than the tagger's choice.
_ASKED_BY_WORD = frozenset({"at", "der", "som", "når"}) | INTERROGATIVES | MULTIWORD_CONJUNCTIONS

# Verbs of saying and thinking. An at-clause after them may keep main-clause order ("Han
# sagde, at han kunne ikke komme", which Dansk Sprognævn accepts: GRAM009), and the clause
# checks use a longer list of them (SAYING_AND_PERCEIVING), after which Danish may leave out
# `at` ("Lægen mener behandlingen virker": GRAM014).
SAYING = frozenset(
    {"sige", "mene", "tro", "fortælle", "skrive", "svare", "påstå", "forklare", "synes", "tænke",
     "love", "understrege", "erkende", "vise", "konkludere", "oplyse"}
)  # fmt: skip
SAYING_AND_PERCEIVING = SAYING | {
    "vide", "håbe", "antage", "formode", "regne", "føle", "finde", "se", "høre", "mærke"
}  # fmt: skip
