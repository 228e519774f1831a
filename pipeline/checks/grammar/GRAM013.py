from __future__ import annotations

from collections.abc import Iterator

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.checks.grammar.analysis import analysed_segments
from pipeline.core.models import Finding, Severity
from pipeline.ingest.morphology import Token

# Punctuation that ends the infinitive phrase; brackets and dashes end the reported span.
_PHRASE_END = frozenset({",", ".", "!", "?", ":", ";"})
_BREAK = frozenset({"(", ")", "–", "—", '"', "»", "«"})
# The particle, or a preposition that does the same work ("en måde at leve ved").
_PARTICLES = frozenset({"på", "ved", "hvorpå"})


class WayToWithoutPaa(Check):
    """`måde at` + infinitive lacks its closing `på` ("måder at sænke kolesterol").

    Danish says "en måde at gøre det på" (or "en måde, hvorpå …", "måder til at …"): the
    phrase ends with `på`, which English "ways to lower cholesterol" does not have, so
    machine translation leaves it out, most often in titles ("10 naturlige måder at sænke
    kolesterol").

    Flags the noun måde (any form) followed by `at` and a word the tagger reads as an
    infinitive, when no `på` (or `ved`, `hvorpå`) follows before the phrase ends at
    punctuation or the end of the segment. The suggestion adds `på` at the phrase's end
    when the phrase ends at a full stop, comma or the segment's end.

    It deliberately does not flag: "på den måde, at …" and "på den måde at han …" (`at`
    as a conjunction, not before an infinitive), a phrase with `på` anywhere after the
    verb, even where that `på` is a preposition of another word ("en god måde at håndtere
    softwaren på dit system": the analysis cannot tell), and other nouns ("mulighed for at",
    "tid til at").

    Anti-pattern: "Motion er en af de bedste måder at sænke blodtrykket."
    Best practice: "Motion er en af de bedste måder at sænke blodtrykket på."
    """

    code = "GRAM013"
    name = "grammar.way-to-without-paa"
    severity = Severity.WARNING

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        for analysed in analysed_segments(ctx):
            tokens = analysed.tokens
            text = analysed.segment.text
            for i in range(len(tokens) - 2):
                end = _phrase_without_particle(tokens, i)
                if end is None:
                    continue
                start, stop = tokens[i].start, tokens[end - 1].end
                phrase = text[start:stop]
                closed = end == len(tokens) or tokens[end].surface in _PHRASE_END
                suggestion = f"{phrase} på" if closed else None
                shown = f": '{suggestion}'" if suggestion else ""
                yield self.finding(
                    ctx,
                    analysed.segment,
                    start,
                    stop,
                    f"'{tokens[i].surface} at …' ends with 'på' in Danish{shown}",
                    suggestion=suggestion,
                )


def _phrase_without_particle(tokens: tuple[Token, ...], i: int) -> int | None:
    """The index after "måde at <infinitive> …" at `i` when no `på` closes it, else None."""
    if not any(r.pos == "n" and r.lemma == "måde" for r in tokens[i].readings):
        return None
    if tokens[i + 1].surface.casefold() != "at":
        return None
    verb = tokens[i + 2].chosen
    if verb is None or not verb.has("inf"):
        return None
    j = i + 3
    end = None
    while j < len(tokens) and tokens[j].surface not in _PHRASE_END:
        if tokens[j].surface.casefold() in _PARTICLES:
            return None  # also after a parenthesis: "måder at øge HDL (det gode) på"
        if tokens[j].surface in _BREAK and end is None:
            end = j
        j += 1
    return j if end is None else end
