from __future__ import annotations

from collections.abc import Iterator

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.checks.grammar.analysis import analysed_segments
from pipeline.checks.grammar.clauses import opens_clause
from pipeline.checks.grammar.readings import chosen_is, is_word, verb_reading
from pipeline.core.models import Finding, Severity
from pipeline.ingest.morphology import Token

_REFLEXIVE = {"sin": 0, "sit": 1, "sine": 2}
# The possessive of each first- and second-person subject, by the form of sin/sit/sine.
_POSSESSIVES = {
    "du": ("din", "dit", "dine"),
    "jeg": ("min", "mit", "mine"),
    "vi": ("vores", "vores", "vores"),
}
_BOUNDARIES = frozenset({",", ";", ":", "(", ")", "–", "—", ".", "!", "?", '"', "”", "“"})
_COORDINATORS = frozenset({"og", "men", "eller"})
# Pronouns and determiners that may be the third-person owner sin refers to.
_THIRD_PERSON = frozenset(
    {"han", "hun", "den", "det", "de", "man", "ham", "hende", "dem", "denne", "dette", "disse",
     "hver", "hvert", "enhver", "ethvert", "alle", "ingen", "nogen", "noget", "alt", "selv",
     "hvem", "hvad", "hvilken", "hvilket", "hvilke", "begge", "mange", "flere"}
)  # fmt: skip


class ReflexiveWithoutThirdPerson(Check):
    """`sin`/`sit`/`sine` whose clause has a first- or second-person subject ("du … sin læge").

    The reflexive possessive refers to a third-person subject ("Patienten tager sin
    medicin"); with `du`, `jeg` or `vi`, or in an imperative, Danish uses that person's
    possessive: "Du kan få taget en blodprøve hos din egen læge", "Tag din medicin hver
    dag". English "one's" and "their", and texts rewritten from the third person to the
    second, leave `sin` behind: "Tag sin medicin", "hos sin egen læge".

    Flags sin/sit/sine when, back to the start of its clause (punctuation or a word that
    opens a subordinate clause; through `og`/`men`/`eller` when the clause after them has
    no subject of its own, and through an infinitive's `at`), the subject is `du`, `jeg`
    or `vi`, or the clause opens with an imperative, and there is no third-person word that
    sin could refer to: no noun, name, unknown word or third-person pronoun (han, hun, den,
    det, man …).

    It deliberately does not flag: clauses with a noun or third-person pronoun before sin
    (the subject of an infinitive: "du kan bede lægen om at ændre sin behandling", "hjælp
    barnet med at tage sin medicin"), `I` (also the preposition), and sentences where the
    subject is left out.

    Anti-pattern: "Du kan få taget en blodprøve hos sin egen læge. Husk at tage sine piller."
    Best practice: "Du kan få taget en blodprøve hos din egen læge. Husk at tage dine piller."
    """

    code = "GRAM021"
    name = "grammar.reflexive-without-third-person"
    severity = Severity.WARNING

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        for analysed in analysed_segments(ctx):
            tokens = analysed.tokens
            for i, token in enumerate(tokens):
                form = _REFLEXIVE.get(token.surface.casefold())
                if form is None or not any(r.pos in ("det", "prn") for r in token.readings):
                    continue
                person = _first_or_second_person(tokens, i)
                if person is None:
                    continue
                right = _POSSESSIVES[person][form]
                clause = (
                    "is an imperative"
                    if person == "du" and not _said(tokens, i, "du")
                    else f"has the subject '{person}'"
                )
                yield self.finding(
                    ctx,
                    analysed.segment,
                    token.start,
                    token.end,
                    f"'{token.surface}' refers to a third-person subject, but this clause "
                    f"{clause}: use '{right}'",
                    suggestion=right if token.surface.islower() else right.capitalize(),
                )


def _said(tokens: tuple[Token, ...], i: int, person: str) -> bool:
    return any(t.surface.casefold() == person for t in tokens[:i])


def _first_or_second_person(tokens: tuple[Token, ...], i: int) -> str | None:
    """The clause's first- or second-person subject ("du" for an imperative), or None when
    the clause has a third-person word or no subject the check can see."""
    subject: str | None = None
    j = i - 1
    while j >= 0:
        token = tokens[j]
        word = token.surface.casefold()
        if token.surface in _BOUNDARIES or (word.split()[-1] != "at" and opens_clause(tokens, j)):
            break
        if word in _COORDINATORS:
            if subject is not None or _imperative(tokens, j + 1):
                break
            j -= 1
            continue
        if word in _POSSESSIVES and chosen_is(token, "prn"):
            subject = word
        elif _third_person(token):
            return None
        j -= 1
    if subject is None and _imperative(tokens, j + 1):
        return "du"
    return subject


def _third_person(token: Token) -> bool:
    """A word sin could refer to: a noun, name, unknown word or third-person pronoun."""
    if not is_word(token):
        return False
    if not token.known or token.surface.casefold() in _THIRD_PERSON:
        return True
    chosen = token.chosen
    return chosen is not None and (chosen.pos in ("n", "np") or chosen.has("p3"))


def _imperative(tokens: tuple[Token, ...], j: int) -> bool:
    """The word at `j` is read as an imperative and no reading of it is an infinitive."""
    if j >= len(tokens):
        return False
    token = tokens[j]
    chosen = token.chosen
    return (
        chosen is not None
        and verb_reading(chosen)
        and chosen.has("imp")
        and not any(r.has("inf") for r in token.readings)
    )
