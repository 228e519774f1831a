from __future__ import annotations

from collections.abc import Iterator

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.checks.grammar.analysis import prose_sentences
from pipeline.checks.grammar.readings import is_word, only, surely_finite, verb_reading
from pipeline.core.models import Finding, Severity
from pipeline.ingest.morphology import Token

# hv-words that open an indirect question; not `hvilke(n)`, whose noun may be the subject
# ("hvilke symptomer er værst" needs `der`, a different error), nor `hvem`.
_QUESTION_WORDS = frozenset({"hvad", "hvordan", "hvorfor", "hvornår", "hvor"})
# Finite verbs that make a fixed phrase with `hvad` ("hvad angår behandlingen": as for).
_FIXED = frozenset({"angår", "angik"})


class IndirectQuestionOrder(Check):
    """An indirect question keeps the order of a direct one ("Find ud af, hvad er årsagen").

    A Danish indirect question has the order of a subordinate clause: the subject before
    the finite verb ("Find ud af, hvad årsagen er", "Lægen forklarer, hvordan du kan
    forebygge det"), and `der` when the hv-word is the subject ("hvad der sker"). English
    inverts in direct questions only, but machine translation carries the inversion of a
    question into the indirect one: "hvad er årsagen", "hvordan kan du forebygge det",
    "hvorfor opstår smerten".

    Flags hvad, hvordan, hvorfor, hvornår or hvor inside a sentence, after a comma, a verb
    or an adverb, followed directly by a word the tagger reads as a present or past verb
    and that no reading makes anything but a verb (no participle or imperative either).

    It deliberately does not flag: sentences with a question mark (direct questions, "Og
    hvad kan man gøre?"), an hv-word that starts the sentence or follows og/men/eller or a
    colon, `hvilke(n)` and `hvem` (the noun or word may be the subject), "hvad angår" (as
    for), words that may be nouns or other words, headings, titles and list items.

    Anti-pattern: "Lær, hvordan kan du forebygge migræne, og find ud af, hvad er årsagen."
    Best practice: "Lær, hvordan du kan forebygge migræne, og find ud af, hvad årsagen er."
    """

    code = "GRAM032"
    name = "grammar.indirect-question-order"
    severity = Severity.WARNING

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        for analysed in prose_sentences(ctx):
            segment = analysed.segment
            tokens = analysed.tokens
            if "?" in segment.text:
                continue
            for i in range(1, len(tokens) - 1):
                if not _inverted_question(tokens, i):
                    continue
                word, verb = tokens[i], tokens[i + 1]
                yield self.finding(
                    ctx,
                    segment,
                    word.start,
                    verb.end,
                    f"in an indirect question the subject stands between '{word.surface}' "
                    f"and the finite verb '{verb.surface}' (`der` when '{word.surface}' is "
                    "the subject)",
                )


def _inverted_question(tokens: tuple[Token, ...], i: int) -> bool:
    """An hv-word at `i` inside the sentence, after a comma, a verb or an adverb, and a
    surely finite verb right after it."""
    word = tokens[i].surface.casefold()
    if word not in _QUESTION_WORDS:
        return False
    before = tokens[i - 1]
    after_clause = before.surface == "," or (
        is_word(before)
        and (only(before, "adv") or any(verb_reading(r) for r in before.readings))
        and before.surface.casefold() not in {"og", "men", "eller"}
    )
    if not after_clause:
        return False
    verb = tokens[i + 1]
    if verb.surface.casefold() in _FIXED:
        return False
    return surely_finite(verb)
