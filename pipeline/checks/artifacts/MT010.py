from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.checks.grammar.analysis import analysed_segments
from pipeline.core.models import Finding, Severity
from pipeline.ingest.morphology import Token

# Adjectives of an effect that English also uses as nouns ("an anti-inflammatory", "a
# diuretic"): anti- + a Latinate adjective, and the -ende participles of an effect. Not
# "smertestillende" or "beroligende", which Danish uses as nouns itself ("et smertestillende").
_EFFECT = re.compile(
    r"(anti-?\w+(?:isk|iel|el|iv|al|ær))|(\w+(?:drivende|dæmpende|hæmmende|sænkende|fremmende))",
    re.IGNORECASE,
)
# verbs after which "som" + an adjective is a predicate: "anses som antiinflammatorisk"
_JUDGING = frozenset(
    {"anse", "betragte", "regne", "beskrive", "kende", "klassificere", "opfatte", "definere",
     "karakterisere", "vurdere", "angive", "markedsføre", "godkende", "betegne"}
)  # fmt: skip
_COORDINATION = frozenset({"og", "eller"})
# an elliptical noun phrase refers to these ("to former: en akut og en kronisk")
_KINDS = frozenset({"type", "form", "slags", "gruppe", "kategori", "variant", "art", "udgave"})


class AdjectiveAsNoun(Check):
    """An adjective of an effect used as a noun, as English does ("en kraftig antiinflammatorisk").

    English makes nouns of the adjectives of a remedy's effect: "turmeric is a powerful
    anti-inflammatory", "a natural diuretic". Danish adjectives cannot head a noun phrase
    this way; it says "et kraftigt betændelsesdæmpende middel", "et naturligt vanddrivende
    middel". Flags the indefinite article (en, et) with optional adverbs and adjectives and
    then an adjective of effect (anti- + a Latinate adjective: antiinflammatorisk,
    antibakteriel, antiviral; or a participle ending -drivende, -dæmpende, -hæmmende,
    -sænkende, -fremmende) where the phrase ends without a noun: at punctuation, at the
    segment's end, or after a coordinated adjective ("en antibakteriel og antiseptisk."); and
    "som" + such an adjective where som names a role ("bruge gurkemeje som
    antiinflammatorisk.").
    The suggestion adds "middel".

    It deliberately does not flag such an adjective before its noun ("et vanddrivende
    middel"), an ellipsis whose noun follows in the coordination ("en antiviral og en
    antibakteriel behandling") or stands before in the sentence ("to former: en akut og en
    kronisk"), adjectives Danish itself uses as nouns ("et smertestillende", "et
    beroligende"), predicative use without an article ("virker antiinflammatorisk"), and
    "som" + adjective after a verb of judging ("anses som antiinflammatorisk").
    Danish documents only.

    Anti-pattern: "Gurkemeje er en kraftig antiinflammatorisk."
    Best practice: "Gurkemeje er et kraftigt betændelsesdæmpende middel."
    """

    code = "MT010"
    name = "artifacts.adjective-as-noun"
    severity = Severity.WARNING

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        if ctx.document.language != "da":
            return
        for analysed in analysed_segments(ctx):
            tokens = analysed.tokens
            text = analysed.segment.text
            for i, token in enumerate(tokens):
                end = _nominal_adjective(tokens, i)
                if end is None:
                    continue
                start, stop = token.start, tokens[end].end
                yield self.finding(
                    ctx,
                    analysed.segment,
                    start,
                    stop,
                    f"'{text[start:stop]}' uses an adjective as a noun, as English does; "
                    "Danish needs a noun: '… middel'",
                    suggestion=f"{text[start:stop]} middel",
                )


def _article(token: Token) -> bool:
    return token.surface.casefold() in ("en", "et") and any(
        r.pos == "det" and r.has("ind") for r in token.readings
    )


def _role_som(tokens: tuple[Token, ...], i: int) -> bool:
    """ "som" naming a role ("bruge gurkemeje som …"), not after a verb of judging, where an
    adjective is right ("anses som antiinflammatorisk")."""
    if tokens[i].surface.casefold() != "som":
        return False
    return not any(
        r.lemma.casefold() in _JUDGING for t in tokens[:i] for r in t.readings if r.pos == "vblex"
    )


def _modifier(token: Token) -> bool:
    chosen = token.chosen
    return chosen is not None and chosen.pos in ("adj", "adv") and not _effect(token)


def _effect(token: Token) -> bool:
    return _EFFECT.fullmatch(token.surface) is not None and not any(
        r.pos == "n" for r in token.readings
    )


def _phrase_end(token: Token) -> bool:
    """Punctuation, a preposition, a conjunction or a relative pronoun: no noun follows."""
    if not any(ch.isalpha() for ch in token.surface):
        return True
    if token.surface.casefold() in ("der", "som"):
        return True
    chosen = token.chosen
    return (
        chosen is not None
        and chosen.pos in ("pr", "cnjsub")
        and not any(r.pos == "n" for r in token.readings)
    )


def _nominal_adjective(tokens: tuple[Token, ...], i: int) -> int | None:
    """The index of the last adjective of "en/et … <effect adjective>" at `i` when no noun
    follows it, else None."""
    if not (_article(tokens[i]) or _role_som(tokens, i)):
        return None
    j = i + 1
    while j < len(tokens) and _modifier(tokens[j]):
        j += 1
    if j >= len(tokens) or not _effect(tokens[j]):
        return None
    last = j
    k = j + 1
    # "en antibakteriel og antiseptisk": coordinated adjectives, then the phrase must end
    while k < len(tokens) and tokens[k].surface.casefold() in _COORDINATION:
        k += 1
        while k < len(tokens) and (_modifier(tokens[k]) or _effect(tokens[k])):
            last = k
            k += 1
        if k < len(tokens) and _article(tokens[k]):
            return None  # "en antiviral og en antibakteriel behandling"
    if k < len(tokens) and not _phrase_end(tokens[k]):
        return None  # a noun (or another word) continues the phrase
    if any(r.pos == "n" and r.lemma.casefold() in _KINDS for t in tokens[:i] for r in t.readings):
        return None  # an ellipsis of a kind named before
    return last
