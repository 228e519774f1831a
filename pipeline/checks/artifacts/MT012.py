from __future__ import annotations

from collections.abc import Iterator

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.checks.grammar.analysis import analysed_segments
from pipeline.core.models import Finding, Severity
from pipeline.ingest.morphology import Token

# singular nouns of a person whose sex the text leaves open: English refers to them as "they"
_PERSONS = frozenset(
    {"barn", "baby", "spædbarn", "teenager", "person", "patient", "partner", "ægtefælle",
     "individ", "menneske", "pårørende"}
)  # fmt: skip
_THEY = {"de": "han eller hun", "deres": "hans eller hendes", "dem": "ham eller hende"}
_CHILDREN = frozenset({"barn", "baby", "spædbarn"})
_CHILD = {"de": "det", "deres": "dets", "dem": "det"}
_PLURAL_POS = frozenset({"n", "prn", "det", "np"})


class SingularThey(Check):
    """A plural pronoun for one person, as English singular "they" ("dit barn … deres").

    English refers to one person of unnamed sex as "they": "if your child has a fever, give
    them fluids", "tell your partner how they can help". Machine translation keeps the
    plural (de, deres, dem), so the Danish sentence speaks of several people. Danish
    refers to a child as det (or barnet) and to an adult as han eller hun, or repeats the
    noun. Flags de, deres or dem after a singular noun of a person in the same sentence
    (barn, baby, person, patient, partner …; every reading singular), when nothing else in
    the sentence before it is plural — no plural noun, pronoun or determiner the pronoun
    could refer to. The suggestion is det/dets for a child, otherwise han eller hun.

    It deliberately does not flag a pronoun with a plural noun before it in the sentence or
    in the sentence before ("dit barn og dets søskende … de", "stol på dine instinkter, …
    de"), "de" as an article ("den person, der vil levere de primære data"), "brugeren" of
    software texts, a bare noun of an idiom ("fra person til person"), a pronoun before the
    noun, "De" opening a sentence (a plural subject from before, or the polite form), and
    nouns of persons in the plural ("børnene … de"). Danish documents only.

    Anti-pattern: "Hvis dit barn har feber, så giv dem rigeligt at drikke."
    Best practice: "Hvis dit barn har feber, så giv det rigeligt at drikke."
    """

    code = "MT012"
    name = "artifacts.singular-they"
    severity = Severity.WARNING

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        if ctx.document.language != "da":
            return
        previous_plural = False
        for analysed in analysed_segments(ctx):
            tokens = analysed.tokens
            after_plural = previous_plural
            # a heading's plural ("Pårørende") is no antecedent of the next sentence's pronoun
            previous_plural = analysed.is_sentence and any(_plural(t) for t in tokens)
            if after_plural:
                continue  # the pronoun may refer to a plural of the sentence before
            person: Token | None = None
            for i, token in enumerate(tokens):
                word = token.surface
                if person is None and _singular_person(tokens, i):
                    person = token
                elif person is not None and word in _THEY and _plural_pronoun(tokens, i):
                    child = any(r.lemma.casefold() in _CHILDREN for r in person.readings)
                    use = (_CHILD if child else _THEY)[word]
                    yield self.finding(
                        ctx,
                        analysed.segment,
                        token.start,
                        token.end,
                        f"'{word}' refers to '{person.surface}', one person, as English "
                        f"singular 'they' does; Danish says '{use}'",
                        suggestion=use,
                    )
                    break
                elif _plural(token):
                    break  # a plural before the pronoun, which it may refer to


def _singular_person(tokens: tuple[Token, ...], i: int) -> bool:
    """A singular noun of a person with a determiner or in the definite ("dit barn",
    "patienten"), not a bare noun of an idiom ("fra person til person")."""
    token = tokens[i]
    nouns = [r for r in token.readings if r.pos == "n"]
    determined = all(r.has("def") for r in nouns) or (
        i > 0 and any(r.pos == "det" for r in tokens[i - 1].readings)
    )
    return (
        determined
        and token.chosen is not None
        and token.chosen.pos == "n"
        and bool(nouns)
        and all(r.has("sg") and not r.has("gen") for r in nouns)
        and any(r.lemma.casefold() in _PERSONS for r in nouns)
    )


def _plural_pronoun(tokens: tuple[Token, ...], i: int) -> bool:
    """de, dem read as a plural pronoun, not the article of a noun ("de links"); deres
    (third person plural possessive) always."""
    token = tokens[i]
    if token.surface == "deres":
        return any(r.pos in ("prn", "det") for r in token.readings)
    if not any(r.pos == "prn" and r.has("pl") for r in token.readings):
        return False
    following = tokens[i + 1].chosen if i + 1 < len(tokens) else None
    return following is None or following.pos not in ("n", "adj", "num", "det")


def _plural(token: Token) -> bool:
    """Read as a plural noun, pronoun or determiner, and never as a verb (the tagger reads
    "tage" as the plural of tag now and then)."""
    if not token.readings:  # an unknown word: a plural noun by its ending
        return token.surface.casefold().endswith(("er", "erne", "ene"))
    chosen = token.chosen
    return (
        chosen is not None
        and chosen.pos in _PLURAL_POS
        and chosen.has("pl")
        and not any(r.pos.startswith("vb") for r in token.readings)
    )
