from __future__ import annotations

from collections.abc import Iterator

from pipeline.checks.bilingual.base import BilingualCheck, BilingualContext
from pipeline.core.models import Finding, Severity, TranslationUnit
from pipeline.text.tokens import NOT_TRANSLATED, engine_marks

MEANING = {
    "*": "unknown to the engine, left untranslated",
    "@": "missing from the engine's bilingual dictionary",
    "#": "not inflected by the engine's generator",
}


class UnknownWordMarks(BilingualCheck):
    """The engine could not translate a word (an unknown-word mark or report).

    A mark is left in the target, or the engine reported unknown words.

    Reports each Apertium mark still in the target — `*word` (unknown, left in the source
    language), `@word` (no dictionary translation), `#word` (not inflected) — since a mark
    must never be published; and once per unit the words the engine listed as unknown that
    no longer show a mark (the engine stripped it), so the reviewer knows where to look.

    It judges machine output only: units an engine wrote (our translations, the XLIFF and
    content files `translate` writes, a TMX unit with an engine property). In a catalog a
    human translated, "@", "#" and "*" before a word are text ("#Broken" → da "#Brudte").
    It deliberately does not take an e-mail's "@" (a@b.dk), "#1", Markdown emphasis
    ("*vigtigt*"), a mark-like word inside a URL, or a hashtag or handle the source has too
    for a mark. No suggestion is given: removing the mark leaves the word untranslated.

    Anti-pattern: nb "I mange tilfeller kan muskeltrekning bli *upåagtet."
    Best practice: nb "I mange tilfeller kan muskeltrekning gå upåaktet hen."
    """

    code = "MT004"
    name = "bilingual.unknown-word-marks"
    severity = Severity.ERROR

    def check_unit(self, unit: TranslationUnit, ctx: BilingualContext) -> Iterator[Finding]:
        if unit.state in NOT_TRANSLATED or (unit.engine is None and not unit.unknown_words):
            return  # a human translation: "#Brudte", "@Indstillinger" are text
        marks = engine_marks(unit.target, unit.source)
        if not marks and not unit.unknown_words:
            return  # most units
        for mark in marks:
            yield self.finding(
                unit,
                f"engine mark left in the target: '{mark.word}' is {MEANING[mark.mark]}",
                match=mark.text,
            )
        shown = {mark.word for mark in marks}
        unknown = [word for word in dict.fromkeys(unit.unknown_words) if word not in shown]
        if unknown:
            listed = ", ".join(unknown)
            yield self.finding(
                unit, f"the engine marked {len(unknown)} word(s) unknown: {listed}", match=listed
            )
