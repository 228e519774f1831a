from __future__ import annotations

from collections.abc import Iterator

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.checks.grammar.analysis import analysed_segments, lexicon
from pipeline.checks.grammar.compounds import Pair, adjective_inflected, joined, pairs
from pipeline.checks.grammar.readings import capitalised
from pipeline.checks.speller import Speller
from pipeline.core.models import Finding, Severity


class SplitCompound(Check):
    """A compound noun is written as two words ("hjerte anfald" → "hjerteanfald").

    Danish writes compounds closed; særskrivning is among the commonest errors of machine
    translation from English ("heart attack") and it changes the meaning or reads as broken
    text. Two adjacent words are reported when the first is a noun in the indefinite
    singular (every reading), the second a noun, and the two joined directly or with a
    linking -s- or -e- are one noun of the Danish analysis whose last part is the second
    word, and either:

    - the joined word is in Apertium's Danish lexicon as a word of its own (hjerteanfald,
      lungebetændelse, blodprøve, spændingshovedpine), and no determiner before the pair
      fits the first word but not the compound; or
    - the joined word is a regular compound that hunspell accepts (muskelsmerter,
      zinkpastiller), and the first word stands bare, with no determiner, number, genitive
      or adjective before it that would make it a noun phrase of its own; or
    - the words joined directly are a compound of two lexicon words by Apertium's own
      compounding, after a bare first word (gurkemejeplante, which hunspell lacks); or
    - the article writes the joined word closed elsewhere.

    The suggestion is the closed form. It deliberately does not flag: a first word that may
    be anything but an indefinite singular noun (verbs: "drikke vand", determiners: "hver
    dag", numbers: "type 2 diabetes", genitives: "Lou Gehrigs sygdom"), capitalised words
    inside a sentence (names and titles: "Region Hovedstaden", "Dansk Sygeplejeråd"), a noun
    phrase with its own determiner ("en del mennesker", "et glas vand"), and words split by
    punctuation, and two words that are both English (untranslated text: "is not", "system
    manual"; Danish hunspell builds compounds of anything, Apertium reads "is" as ice), and a
    second word that may be an adjective: "leukocyt positiv" is a test result, a noun and
    its predicate without a verb, and "leukocytpositiv" an adjective, not a compound noun;
    nor a first word shaped like an adjective whose -t and -e forms hunspell knows ("palliativ
    indsats": palliativt, palliative), which the analyser may know only as a noun.
    Nor a subject and its verb that the analyser reads as two nouns: the word after a
    question word or after nouns joined by og/eller after one ("Hvordan forløber
    sygdommen?", "hvad klinik og udredning viser"), a noun after a preposition the tagger took
    for a verb ("ved knogleskørhed rammer") or after a modal before its infinitive ("kan gigt
    ramme kæben"); nor a noun of quantity before a bare plural ("antal operationer").
    A compound the analyser does not know is not suggested.

    Anti-pattern: "Et hjerte anfald kræver altid en blod prøve på hospitalet."
    Best practice: "Et hjerteanfald kræver altid en blodprøve på hospitalet."
    """

    code = "GRAM001"
    name = "grammar.split-compound"
    severity = Severity.WARNING

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        analysed = analysed_segments(ctx)
        speller = ctx.speller(ctx.document.language)
        if speller is None:
            return
        found = [pair for segment in analysed for pair in pairs(segment, speller.known)]
        if not found:
            return
        words = lexicon(ctx, [c for pair in found for c in pair.candidates])
        closed = {t.surface.casefold() for a in analysed for t in a.tokens}
        english = ctx.speller("en")
        for pair in found:
            if english is not None and _english(ctx, pair, english, speller):
                continue  # English left in the text ("is not", "browser argument")
            if any(r.pos == "adj" for r in pair.second.readings):
                continue  # a noun and its predicate: "Nitrit positiv og leukocyt positiv"
            if adjective_inflected(pair.first.surface, speller.known):
                continue  # an adjective before its noun: "palliativ indsats"
            word = joined(pair, words, closed, speller.known)
            if word is None:
                continue
            shown = word[0].upper() + word[1:] if capitalised(pair.first) else word
            yield self.finding(
                ctx,
                pair.analysed.segment,
                pair.first.start,
                pair.second.end,
                f"split compound '{pair.span}': Danish writes it as one word, '{shown}'",
                suggestion=shown,
            )


def _english(ctx: CheckContext, pair: Pair, english: Speller, danish: Speller) -> bool:
    """Both words are English and so is their segment (a word Danish hunspell does not
    know, or the language identifier): untranslated text, whose words Danish compounding
    would accept ("is not", "the system reference manuals")."""
    if not all(english.known(t.surface) for t in (pair.first, pair.second)):
        return False
    if any(
        t.surface.isalpha() and english.known(t.surface) and not danish.known(t.surface)
        for t in pair.analysed.tokens
    ):
        return True
    from pipeline.checks.language.identify import identify

    lang = ctx.document.language
    text = pair.analysed.segment.text
    found, _ = ctx.memo(("language", text), lambda: identify(text, lang, danish, ctx.glossary))
    return found != lang
