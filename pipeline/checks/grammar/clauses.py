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
# Words that join two clauses of the same rank: each clause has a finite verb of its own.
COORDINATORS = frozenset({"og", "eller", "men", "samt", "for", "så", "end"})


def opens_clause(token: Token) -> bool:
    """The token opens a subordinate clause (whose finite verb is its own): a conjunction the
    tagger reads as subordinating, relative `der`/`som`, or an hv-word."""
    word = token.surface.casefold()
    chosen = token.chosen
    if word in ("der", "som"):
        return chosen is not None and chosen.pos in ("prn", "cnjsub")
    if word in INTERROGATIVES:
        return True
    return chosen is not None and chosen.pos in ("cnjsub", "cnjadv")
