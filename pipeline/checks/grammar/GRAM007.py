from __future__ import annotations

from collections.abc import Iterator

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.checks.grammar.analysis import analysed_segments
from pipeline.checks.grammar.readings import (
    capitalised,
    chosen_is,
    finite_reading,
    is_word,
    verb_after,
)
from pipeline.core.models import Finding, Severity
from pipeline.ingest.morphology import Token

# Pronouns that may stand between a modal and its verb in inverted order ("kan du tage").


class VerbFormAfterModal(Check):
    """A modal verb is followed by a finite verb or a participle ("kan gør", "skal fjernet").

    After the modal verbs kan/kunne, skal/skulle, vil/ville, bør/burde, må/måtte and tør/
    turde Danish wants the infinitive ("kan gøre", "skal fjernes", "bør tage"). Machine
    translation that aligns word by word, and writers who confuse the forms in speech
    ("at lære/lærer"), leave a present tense, an imperative or a participle instead: "Du kan
    definerer", "gurkemejes virkning skal miskrediteret", "Lægen kan undersøg".

    Flags a word that the tagger reads as a modal verb, followed (through adverbs and an
    inverted subject pronoun: "kan du ikke") by a word whose every reading in Apertium's
    Danish analysis is a participle, or is a finite verb (present, past, imperative), and
    none is an infinitive.

    It deliberately does not flag: forms that are also infinitives ("gå", "se": infinitive
    and imperative alike), words that may be nouns or adjectives ("kan bruger" may be the
    noun), a modal used as a main verb before a noun ("kan dansk"), `vil` in its future use
    (an auxiliary in Apertium's analysis, "vil blive"), capitalised words (names, headings
    copied into text) and words the analyser does not know.

    Anti-pattern: "Du kan definerer en fast dosis, og tabletterne skal opbevaret tørt."
    Best practice: "Du kan definere en fast dosis, og tabletterne skal opbevares tørt."
    """

    code = "GRAM007"
    name = "grammar.verb-form-after-modal"
    severity = Severity.WARNING

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        for analysed in analysed_segments(ctx):
            tokens = analysed.tokens
            for i, modal in enumerate(tokens):
                if not chosen_is(modal, "vbmod"):
                    continue
                verb = verb_after(tokens, i + 1)
                if verb is None:
                    continue
                form = _wrong_form(verb)
                if form is None:
                    continue
                yield self.finding(
                    ctx,
                    analysed.segment,
                    modal.start,
                    verb.end,
                    f"'{verb.surface}' after the modal verb '{modal.surface}' is a {form}: "
                    f"use the infinitive",
                )


def _wrong_form(token: Token) -> str | None:
    """'participle' or 'finite verb' when every reading is one of them, else None."""
    if not token.known or not is_word(token) or capitalised(token):
        return None
    readings = token.readings
    if any(r.has("inf") for r in readings):
        return None
    if all(r.has("pp") for r in readings):
        return "participle"
    if all(finite_reading(r) for r in readings):
        return "finite verb"
    return None
