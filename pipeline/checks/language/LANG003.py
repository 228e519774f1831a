from __future__ import annotations

from collections.abc import Iterator

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.checks.language.acronyms import expansion_spans, glossed_spans
from pipeline.checks.language.cited import cited_spans, slashed_spans
from pipeline.checks.language.english import EnglishSpan, english_spans
from pipeline.checks.language.english_slots import slot_words
from pipeline.checks.language.identify import segment_identity
from pipeline.checks.language.titles import title_spans
from pipeline.checks.references import in_reference
from pipeline.core.models import Finding, Severity
from pipeline.glossary.matcher import matcher_for


class EnglishInText(Check):
    """English words were left untranslated inside a sentence.

    Flags each run of English words inside a Danish (Norwegian, Swedish) sentence once, with
    the function words between them: "et par dage med heavy lifting", "en Flare-up of
    symptoms". A word is English evidence when the English hunspell dictionary knows it and the
    document language's does not, or when English uses it far more often than the document
    language (word frequencies from wordfreq); a run with only one such word among words both
    languages share is confirmed by fastText. A single word alone is flagged only when it is
    common in English and rare in the document language, or when it stands where Danish
    grammar wants a Danish verb or particle and Apertium's Danish analysis does not know it:
    after "at" or a modal ("kan release histamin"), or an English particle after a verb
    ("bekæmpe off infektioner"; see english_slots.py). In Danish also an English stem with
    Danish grammar, which Danish hunspell accepts: an -ere verb unused in the Scandinavian
    languages on an everyday English stem ("Limiter alkohol"), and an English first element
    before a Danish-only second one ("supportnetværk"; see english_stems.py). When the glossary
    has the span as an English term, the suggestion is the concept's preferred term in the
    document language.

    It deliberately does not flag names (capitalised inside a sentence: "New England Journal
    of Medicine"; proper nouns such as "Ottawa"; a name with an acronym in it that a bracketed
    acronym after it spells: "modified MRC (mMRC)", see acronyms.py; an acronym's English
    source glossed in brackets with it: "ADL (activities of daily living)"; an English term
    in quotation marks, mentioned as a name: 'ses med "indian head sign"', or after a slash
    beside its term: "endometriomer/kissing ovaries", see cited.py; the
    title of a publication the text cites, quoted or after a colon: 'i artiklen ”The treatment
    of …”', see titles.py), acronyms, units after a
    number, abbreviations (etc., vs.), Latin and Greek terms ("diabetes mellitus", "bursitis"),
    glossary words (do-not-translate names included), loanwords the document language's
    dictionary knows and uses ("weekend", "stress", "online"), words both languages share ("bad
    to gange"), two Danish words GRAM001 reports as a split compound ("receptor antagonist",
    more common in English but Danish too: one finding, GRAM001's), or sentences that cite a
    source (et al., doi). A whole sentence in another
    language is LANG001's finding, not this one's. SPELL001 stays silent inside every English
    span, those of a sentence LANG001 reports included: an English word is not a Danish
    misspelling.

    Anti-pattern: "Du bør undgå heavy lifting i et par dage efter operationen."
    Best practice: "Du bør undgå tunge løft i et par dage efter operationen."
    """

    code = "LANG003"
    name = "language.english-in-text"
    severity = Severity.WARNING

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        doc_lang = ctx.document.language
        speller = ctx.speller(doc_lang)
        slotted = _slot_spans(ctx)
        split: dict[str, set[tuple[int, int]]] | None = None
        for segment in ctx.document.content_segments():
            spans = english_spans(ctx, segment)
            extra = [
                s
                for s in slotted.get(segment.id, ())
                if not any(o.start < s.end and s.start < o.end for o in spans)
            ]
            spans = tuple(sorted((*spans, *extra), key=lambda span: span.start))
            if not spans or in_reference(ctx, segment):
                continue  # (a cited English title is as published)
            if segment_identity(ctx, segment.text)[0] != doc_lang:
                continue  # the whole segment is foreign: LANG001 reports it
            # a bracketed acronym's expansion that holds an acronym itself is the name of a
            # scale or test ("modified MRC (mMRC)"); one of plain words is English to translate
            # ("low-density lipoprotein (LDL)": lavdensitetslipoprotein)
            named = [
                (start, end)
                for start, end in expansion_spans(segment.text)
                if any(_acronym(word) for word in segment.text[start:end].split())
            ]
            named += glossed_spans(segment.text)  # "ADL (activities of daily living)"
            named += cited_spans(segment.text, ctx.speller("en"), speller)  # a quoted English term
            named += slashed_spans(segment.text, ctx.speller("en"), speller)  # "X/English name"
            named += title_spans(segment.text)  # a cited title: "artiklen: Quality Assurance …"
            for span in spans:
                if any(start <= span.start and span.end <= end for start, end in named):
                    continue
                if " " in span.text:
                    split = _split_compound_spans(ctx) if split is None else split
                    if (span.start, span.end) in split.get(segment.id, ()):
                        continue  # GRAM001's split compound ("receptor antagonist")
                suggestion = _glossary_translation(ctx, span)
                message = f"English words '{span.text}' left untranslated"
                if span.stem is not None:
                    message = (
                        f"'{span.text}' is built on the English word '{span.stem}' with Danish"
                        " grammar or in a Danish compound; use a Danish word"
                    )
                if suggestion:
                    message += f"; the glossary's term is '{suggestion}'"
                yield self.finding(
                    ctx, segment, span.start, span.end, message, suggestion=suggestion
                )


def _slot_spans(ctx: CheckContext) -> dict[str, list[EnglishSpan]]:
    """English words in a Danish verb's or particle's place, by segment (Danish only;
    english_slots.py)."""
    english = ctx.speller("en")
    if ctx.document.language != "da" or english is None:
        return {}
    from pipeline.checks.grammar.analysis import prose_sentences

    found: dict[str, list[EnglishSpan]] = {}
    for analysed in prose_sentences(ctx):
        for token in slot_words(analysed, english):
            span = EnglishSpan(token.start, token.end, token.surface)
            found.setdefault(analysed.segment.id, []).append(span)
    return found


def _split_compound_spans(ctx: CheckContext) -> dict[str, set[tuple[int, int]]]:
    """Where GRAM001 reports two words as a split compound, by segment: words of the
    document's language written apart, one finding there, not also English (Danish only)."""
    if ctx.document.language != "da":
        return {}
    from pipeline.checks.grammar.split_compounds import split_compounds

    found: dict[str, set[tuple[int, int]]] = {}
    for compound in split_compounds(ctx):
        found.setdefault(compound.segment.id, set()).add((compound.start, compound.end))
    return found


def _acronym(word: str) -> bool:
    return len(word) >= 2 and word.isalpha() and word.isupper()


def _glossary_translation(ctx: CheckContext, span: EnglishSpan) -> str | None:
    """The document language's preferred term when the whole span is an English glossary term."""
    for match in matcher_for(ctx.glossary, "en").find(span.text):
        if match.start == 0 and match.end == len(span.text):
            preferred = ctx.glossary.preferred(match.entry.concept_id, ctx.document.language)
            return preferred.term if preferred else None
    return None
