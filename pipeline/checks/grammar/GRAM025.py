from __future__ import annotations

from collections.abc import Iterator

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.checks.grammar.analysis import analysed_segments
from pipeline.checks.grammar.gender import GENDER_NAMES
from pipeline.checks.grammar.readings import is_word
from pipeline.core.models import Finding, Severity
from pipeline.ingest.morphology import Token

# The possessive of a non-person antecedent, by gender, and the other gender's form.
_POSSESSIVES = {"dens": ("ut", "dets"), "dets": ("nt", "dens")}
# How many segments (sentences, headings, the title) before the possessive's own are read
# for its antecedent.
_SCOPE = 2


class PossessiveGender(Check):
    """`dens`/`dets` has no antecedent of its gender ("Gurkemeje … på grund af dets evne").

    `dens` refers back to a common-gender noun, `dets` to a neuter one: "sygdommen og dens
    behandling", "barnet og dets forældre". English "its" has one form, and machine
    translation picks one without looking at the noun: "Hovedpine … I dets mildere
    former", "Gurkemeje kan lindre slidgigt på grund af dets evne til at dæmpe
    betændelse".

    Flags dens/dets when nothing in its sentence before it, nor in the two segments before
    (sentences, headings, the title), is a noun, pronoun or determiner (as the tagger reads
    it) with a singular reading of its gender, while that stretch has at least one noun.

    It deliberately does not flag: a stretch with a word the analyser does not know or a
    name (whose gender it cannot tell), one with any word of the possessive's gender
    ("det" included, which may stand for a whole statement), and antecedents further back.
    Whether the owner is the clause's subject, so that Danish wants `sin`/`sit`, is left
    alone: that needs the sentence's meaning.

    Anti-pattern: "Gurkemeje kan lindre slidgigt på grund af dets evne til at dæmpe betændelse."
    Best practice: "Gurkemeje kan lindre slidgigt på grund af sin evne til at dæmpe betændelse."
    """

    code = "GRAM025"
    name = "grammar.possessive-gender"
    severity = Severity.WARNING

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        segments = analysed_segments(ctx)
        for n, analysed in enumerate(segments):
            tokens = analysed.tokens
            for i, token in enumerate(tokens):
                entry = _POSSESSIVES.get(token.surface.casefold())
                if entry is None or not any(r.pos in ("det", "prn") for r in token.readings):
                    continue
                gender, other = entry
                before = [t for s in segments[max(0, n - _SCOPE) : n] for t in s.tokens]
                if not _no_antecedent(before + list(tokens[:i]), gender):
                    continue
                right = other.capitalize() if token.surface[:1].isupper() else other
                yield self.finding(
                    ctx,
                    analysed.segment,
                    token.start,
                    token.end,
                    f"'{token.surface}' refers to a {GENDER_NAMES[gender]} noun, but nothing "
                    f"{GENDER_NAMES[gender]} comes before it here: '{right}' (or "
                    "'sin'/'sit' when it refers to the subject)",
                )


def _no_antecedent(scope: list[Token], gender: str) -> bool:
    """The stretch has a noun and nothing singular of `gender`, and every word is known."""
    has_noun = False
    for token in scope:
        if not is_word(token) or token.surface.casefold() in _POSSESSIVES:
            continue  # another dens/dets is no antecedent
        chosen = token.chosen
        if not token.known or chosen is None or chosen.pos == "np":
            return False
        nominal = chosen.pos in ("n", "prn", "det")
        if nominal and any(
            r.pos == chosen.pos and r.has(gender) and r.has("sg") for r in token.readings
        ):
            return False
        has_noun = has_noun or chosen.pos == "n"
    return has_noun
