from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.checks.bilingual.base import BilingualCheck, BilingualContext
from pipeline.checks.bilingual.DNT001 import name_matches
from pipeline.checks.bilingual.LANG002 import content_words, identify_target, known_in
from pipeline.checks.bilingual.tokens import without_marks
from pipeline.checks.language.identify import same_language
from pipeline.core.models import Finding, Severity, TranslationUnit, UnitState


class Untranslated(BilingualCheck):
    """The target is empty, a copy of the source, or written in the source language.

    Flags a translated unit whose target is empty; whose target equals the source (ignoring
    case and whitespace) while having a word the target language does not have; or whose
    target is identified as the source language (langdetect corrected by hunspell, as
    LANG002; short targets only on clear evidence). A unit still in state `untranslated` is
    reported once as information, "not translated yet", so a QA run shows what is missing.

    It deliberately does not flag a copy that is only numbers, names, URLs, acronyms and
    do-not-translate names ("ALS", "MedlinePlus", "2020"), or whose words are all words of
    the target language too (da "Fibromyalgi" is nb "Fibromyalgi"; Bokmål and Nynorsk
    dictionaries count for each other). Fuzzy units are not checked: their target is a guess
    awaiting review.

    Anti-pattern: da "Muskeltrækninger er et symptom." → en "Muskeltrækninger er et symptom."
    Best practice: da "Muskeltrækninger er et symptom." → en "Muscle twitching is a symptom."
    """

    code = "UNTR001"
    name = "bilingual.untranslated"
    severity = Severity.WARNING

    def check_unit(self, unit: TranslationUnit, ctx: BilingualContext) -> Iterator[Finding]:
        if unit.state is UnitState.FUZZY or not unit.source.strip():
            return
        if unit.state is UnitState.UNTRANSLATED:
            yield self.finding(
                unit, "not translated yet", match=unit.source, severity=Severity.INFO
            )
            return
        if not unit.target.strip():
            yield self.finding(unit, "target is empty", match=unit.source)
            return
        target = without_marks(unit.target, unit.source)
        if _normalised(target) == _normalised(unit.source):
            words = _translatable(unit, ctx)
            foreign = [w for w in words if not known_in(w, unit.target_lang, ctx)]
            if foreign:
                yield self.finding(
                    unit,
                    f"target is a copy of the source; not {unit.target_lang}: "
                    + ", ".join(dict.fromkeys(foreign)),
                )
            return
        lang, probability = identify_target(target, unit.target_lang, ctx)
        if same_language(lang, unit.source_lang) and not same_language(lang, unit.target_lang):
            yield self.finding(
                unit,
                f"target is in the source language '{lang}' (probability {probability:.2f})",
            )


def _normalised(text: str) -> str:
    return " ".join(text.split()).casefold()


def _translatable(unit: TranslationUnit, ctx: BilingualContext) -> list[str]:
    """The words of the source that need translating: not names, numbers, acronyms, URLs
    or do-not-translate names. Two or more capitalised words and no lower-case word longer
    than three letters ("Lou Gehrig", "University of Oslo") are a name."""
    text = unit.source
    for match in name_matches(ctx.glossary, unit.source_lang, text):
        text = text[: match.start] + " " * (match.end - match.start) + text[match.end :]
    letters = re.findall(r"[^\W\d_]+", text)
    capitalised = [w for w in letters if w[:1].isupper() and not w.isupper()]
    if len(capitalised) > 1 and all(w[:1].isupper() for w in letters if len(w) > 3):
        return []
    return content_words(text)
