from __future__ import annotations

from collections.abc import Iterator

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.checks.grammar.analysis import analysed_segments
from pipeline.core.models import Finding, Severity
from pipeline.ingest.morphology import Token

_POSSESSIVES = frozenset(
    {"din", "dit", "dine", "min", "mit", "mine", "vores", "jeres", "deres", "sin", "sit",
     "sine", "hans", "hendes"}
)  # fmt: skip
# The body and its parts and systems, each with its definite genitive, the form Danish uses
# ("kroppens evne"). A compound ending in one of them takes the same ending
# ("fordøjelsessystems" → fordøjelsessystemets). People are not here: "dit barns
# temperatur", "din mors sygdom" are Danish.
BODY_GENITIVES = {
    "krop": "kroppens", "hjerne": "hjernens", "hjerte": "hjertets", "system": "systemets",
    "forsvar": "forsvarets", "hud": "hudens", "lever": "leverens", "nyre": "nyrens",
    "lunge": "lungens", "tarm": "tarmens", "mave": "mavens", "mavesæk": "mavesækkens",
    "blod": "blodets", "muskel": "musklens", "knogle": "knoglens", "organisme": "organismens",
    "stofskifte": "stofskiftets", "øje": "øjets", "tunge": "tungens", "blære": "blærens",
    "livmoder": "livmoderens", "kirtel": "kirtlens", "hovedbund": "hovedbundens",
    "rygsøjle": "rygsøjlens", "fordøjelse": "fordøjelsens", "tarmflora": "tarmfloraens",
}  # fmt: skip


class PossessiveBodyGenitive(Check):
    """A possessive before the s-genitive of the body, English "your body's" ("din krops").

    English says "your body's ability", "your immune system's response", "your brain's way".
    Machine translation keeps the possessive and adds an s-genitive: "din krops evne", "dit
    immunsystems respons", "din hjernes måde". Danish speaks of the body in the definite,
    which already says whose it is: "kroppens evne", "immunforsvarets reaktion". Flags a
    possessive (din, dit, min, vores, deres …) right before an indefinite s-genitive of the
    body or one of its parts or systems (krop, hjerne, hjerte, immunsystem, hud, lever, tarm
    …, compounds included) that Apertium's analyser reads as a genitive noun only, followed
    by a noun or an adjective; the suggestion is the definite genitive.

    It deliberately does not flag the genitive of a person ("dit barns temperatur", "din mors
    sygdom", "din families hverdag"), of an illness ("din depressions intensitet"), which
    native Danish pages write, nor a word that is also a noun's base form ("din hals" is not
    the genitive of hal). Danish documents only.

    Anti-pattern: "Vaccinen virker ved at styrke dit immunsystems respons på virus."
    Best practice: "Vaccinen virker ved at styrke immunsystemets respons på virus."
    """

    code = "MT017"
    name = "artifacts.possessive-body-genitive"
    severity = Severity.WARNING

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        if ctx.document.language != "da":
            return
        for analysed in analysed_segments(ctx):
            tokens = analysed.tokens
            for i in range(len(tokens) - 2):
                possessive, genitive = tokens[i], tokens[i + 1]
                if possessive.surface.casefold() not in _POSSESSIVES:
                    continue
                definite = definite_genitive(genitive)
                if definite is None or not _modifiable(tokens[i + 2]):
                    continue
                found = analysed.segment.text[possessive.start : genitive.end]
                if possessive.surface[0].isupper():  # "Din krops …" opens a sentence
                    definite = definite[0].upper() + definite[1:]
                yield self.finding(
                    ctx,
                    analysed.segment,
                    possessive.start,
                    genitive.end,
                    f"'{found}' puts a possessive before an s-genitive, as English 'your "
                    f"body's' does; Danish says '{definite}'",
                    suggestion=definite,
                )


def definite_genitive(token: Token) -> str | None:
    """The definite genitive of a word read only as an indefinite genitive (singular among
    the readings) of a noun of the body ("krops" → kroppens, "immunsystems" →
    immunsystemets), else None."""
    word = token.surface
    nouns = [r for r in token.readings if r.pos == "n"]
    if not word.islower() or not nouns or len(nouns) != len(token.readings):
        return None
    # a neuter noun's plural is its singular ("immunforsvars"): both readings may stand
    if not all(r.has("gen", "ind") for r in nouns) or not any(r.has("sg") for r in nouns):
        return None
    for head, definite in BODY_GENITIVES.items():
        if word.endswith(head + "s"):
            return word[: -len(head) - 1] + definite
    return None


def _modifiable(token: Token) -> bool:
    """A noun or an adjective, what an s-genitive stands before."""
    return any(r.pos in ("n", "adj") for r in token.readings)
