from __future__ import annotations

from collections.abc import Iterator

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.checks.language.acronyms import defines_acronyms
from pipeline.checks.language.identify import OTHER_STANDARD, segment_identity
from pipeline.checks.references import in_reference
from pipeline.core.models import Finding, Severity

STANDARDS = {"nb": "Bokmål", "nn": "Nynorsk"}


class WrongLanguage(Check):
    """A segment is written in another language than the document.

    Flags each title, heading and sentence whose identified language differs from the
    document language, naming the language found and the language model's probability
    (fastText's lid.176): typically a sentence machine translation left in English.

    It deliberately does not flag short segments (under five words) unless the model is
    fairly sure (0.50) and most of their words are unknown to the document language's
    dictionary (the model calls the heading "ALS" Dutch and "Fibromyalgi" Spanish), nor a
    Danish sentence the model takes for Norwegian or Swedish when 90% of its words are Danish
    dictionary words. Names (capitalised words inside a sentence) count for no language.
    Bokmål and Nynorsk are one language to the model: a sentence in the other written
    standard is flagged only on its words' evidence (three or more, and 30 % of the sentence,
    that the document's standard lacks and the other's dictionary has), never on a shared or
    clinical word one dictionary happens to lack.
    Non-content lines are not checked: MT001 reports them; nor a legend line that defines
    acronyms by the English words they stand for ("ACD: anaemia of chronic disease"), whose
    English is the acronyms' source, cited on purpose.

    Anti-pattern: "The disease usually starts with muscle twitching and weakness in the legs."
    Best practice: "Sygdommen begynder normalt med muskeltrækninger og svaghed i benene."
    """

    code = "LANG001"
    name = "language.wrong-language"
    severity = Severity.WARNING

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        doc_lang = ctx.document.language
        for segment in ctx.document.content_segments():
            if in_reference(ctx, segment):
                continue  # a cited title is rightly in the language it was published in
            if defines_acronyms(segment.text):
                continue  # a legend's "ACD: anaemia of chronic disease": the acronyms' source
            # memoised per text: articles repeat headings, and SPELL001 asks too
            lang, probability = segment_identity(ctx, segment.text)
            if lang == OTHER_STANDARD.get(doc_lang):
                yield self.segment_finding(
                    ctx,
                    segment,
                    f"text is in {STANDARDS[lang]} ('{lang}'), not in the document's "
                    f"{STANDARDS[doc_lang]} ('{doc_lang}'); keep to one written standard",
                )
            elif lang != doc_lang:
                yield self.segment_finding(
                    ctx,
                    segment,
                    f"text is in '{lang}' (probability {probability:.2f}), "
                    f"not in the document language '{doc_lang}'",
                )
