from __future__ import annotations

from collections.abc import Iterator

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.checks.grammar.split_compounds import split_compounds
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
    - the article writes the joined word closed elsewhere;
    - an indefinite noun phrase opens before the pair and fits the compound as a whole: an
      indefinite determiner or a strong adjective that agrees with the compound and not only
      with the first word ("et alvorligt hjerte anfald", "akut lunge betændelse", "en
      psoriasis shampoo", "hver angst problematik"). Machine translation splits compounds
      inside noun phrases as often as bare ones, and the determiner or adjective is no sign
      of two words when it fits the whole. Both words must be nouns in every reading (an
      imperative aside: "kost"), the first simple and no noun of kind or measure, which
      takes a bare noun after it ("en type medicin", "et glas vand", "en stor mængde
      insulin"), the second indefinite and a word of the lexicon (not only read by its
      parts, as "overskriver" in "en positiv værdi overskriver"); a definite determiner
      before the adjective marks an apposition ("den naturlige plante gurkemeje"), and a
      possessive a phrase of its own ("årsagen til din høfeber pelsdyr");
    - the second word is one the analyser lacks, a loanword or clinical word hunspell has
      ("medie websteder", "halsbrand triggere"): hunspell's stems say it is a noun form
      (its base form, or a plural in -er, or -e after -er) and that the closed form is a
      compound with it as head; the first word a simple noun, the pair bare or opened as
      above, the second word not English ("image processing");
    - the first word is itself a compound of two words the dictionary lists as a word
      ("hovedbund eksem"; no particle verb the analyser lacks, "Udtræk billede"), bare,
      before a simple indefinite noun with no number or sentence adverb after it
      ("valgmulighed nummer 3", "adgangskode matcher ikke"): joined with the linking -s- such a
      first part takes in Danish (the one hunspell-da's own compounds of it use, else -s-
      after a consonant or -else, none after another vowel): "hovedbundseksem";
    - a drug (a word with an INN stem) before its salt or form, or a mineral before an
      anion (data/salts.txt): "diclofenac natrium", "metoprolol succinat", "zink oxid"
      (diclofenacnatrium, metoprololsuccinat, zinkoxid; see salt_compounds.py).

    The suggestion is the closed form. It deliberately does not flag: a first word that may
    be anything but an indefinite singular noun (verbs: "drikke vand", determiners: "hver
    dag", numbers: "type 2 diabetes", genitives: "Lou Gehrigs sygdom"), capitalised words
    inside a sentence (names and titles: "Region Hovedstaden", "Dansk Sygeplejeråd"), a noun
    phrase with its own determiner ("en del mennesker", "et glas vand"), words split by
    punctuation or glued to a placeholder ("%d pixel"), and two words that are both English
    (untranslated text: "is not", "system manual"; Danish hunspell builds compounds of
    anything, Apertium reads "is" as ice) where an English-only word stands within three
    words of them or twice in the segment (one "If" far off in a Danish sentence does not
    count) or that stand in quotes ("'Game mode'"), and a
    second word that may be an adjective: "leukocyt positiv" is a test result, a noun and
    its predicate without a verb, and "leukocytpositiv" an adjective, not a compound noun;
    nor a first word shaped like an adjective whose -t and -e forms hunspell knows ("palliativ
    indsats": palliativt, palliative; "kontant udbetaling": kontante), which the analyser
    may know only as a noun.
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
        for found in split_compounds(ctx):
            yield self.finding(
                ctx,
                found.segment,
                found.start,
                found.end,
                f"split compound '{found.span}': Danish writes it as one word, '{found.closed}'",
                suggestion=found.closed,
            )
