from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.checks.mechanics.words import OPENERS, masked, sentences, word_list
from pipeline.core.models import Finding, Severity

# Sentence adverbials that Danish never separates from the verb after them. English and the
# Romance languages put a comma after them ("However, there are…", "Sin embargo, hay…"), and
# machine translation keeps it: "Dog, er der…", "Derfor, skal du…".
ADVERBIALS = frozenset(
    word_list(
        """
        dog derfor desuden derudover herudover endvidere yderligere imidlertid heldigvis
        desværre faktisk generelt typisk normalt sædvanligvis oftest ofte endelig samtidig
        alligevel ligeledes først dernæst derefter efterfølgende sidst afslutningsvis
        især primært sjældent undertiden tit muligvis sandsynligvis
        formentlig naturligvis selvfølgelig således dermed herved hermed ellers tværtimod
        omvendt derimod altså nu her der så
        """
    )
)
# Several-word adverbials, matched whole: "Ikke desto mindre, skal du…".
PHRASES = (
    "ikke desto mindre",
    "for eksempel",
    "i dag",
    "i praksis",
    "i sidste ende",
    "i det hele taget",
    "i mellemtiden",
    "med andre ord",
    "kort sagt",
    "til sidst",
    "til gengæld",
    "på den anden side",
    "på samme måde",
    "i modsætning hertil",
    "i øvrigt",
    "i så fald",
    "af den grund",
    "nogle gange",
    "somme tider",
)
# A fronted time phrase: "Adskillige gange i løbet af året, kan du…", "Hver morgen, bør…".
QUANTIFIERS = frozenset(word_list("hver hvert hele adskillige mange nogle flere få de"))
TIME_NOUNS = frozenset(
    word_list("gang gange dag dage uge uger måned måneder år morgen morgener aften nat nætter")
)
# A fronted prepositional phrase: "I andre tilfælde, forårsages…", "Hos børn, er…".
PREPOSITIONS = frozenset(
    word_list("i på hos ved under efter før inden uden med blandt gennem om trods ifølge")
)
# Words that make the fronted part a clause (a comma before the main verb is then right:
# "Hvis du har feber, skal du…", "Efter at du har spist, kan…", "Om du vil, kan…"): the
# subordinating words, and a subject pronoun, which brings its own verb.
CLAUSE_WORDS = frozenset(
    word_list(
        """
        at hvis når fordi selvom som der hvor hvad hvem hvilke hvilken hvordan hvorfor mens
        da idet eftersom skønt end og eller men samt så længe du man jeg vi han hun
        muligt nødvendigt
        """
    )
)
# The finite verbs that follow a fronted adverbial in a Danish main clause (inversion).
FINITE = frozenset(
    word_list(
        """
        er var har havde kan kunne skal skulle vil ville bør burde må måtte bliver blev
        får fik gør gjorde kommer kom går gik findes fandtes ses sker skete opstår
        forekommer anbefales bruges gælder giver gav tager tog ligger står viser
        """
    )
)
MAX_FRONTED = 6  # words before the comma: a short adverbial, not a list or a clause
_FRONTED = re.compile(r"(?P<fronted>[^\W\d_][^,;:.!?()\"«»]*?),\s+(?P<verb>[^\W\d_]+)\b")


class CommaAfterAdverbial(Check):
    """A comma separates a fronted adverbial from its verb ("Dog, er der …").

    Flags a comma between a sentence-initial adverbial and the finite verb that follows it:
    English and Romance punctuation ("However, there are…") that machine translation carries
    into Danish, where the verb follows the adverbial directly ("Dog er der…"). The adverbial
    is a sentence adverb of a closed list (dog, derfor, desuden, heldigvis, ikke desto mindre)
    or a short prepositional phrase ("I andre tilfælde", "Hos børn"), and the word after the
    comma is a finite verb of a closed list or a passive in -es. The fix deletes the comma.

    It deliberately does not flag a fronted clause, whose comma is Danish ("Hvis du har feber,
    skal du…", "Når smerten kommer, er…", "Efter at have spist, kan…"): any subordinating word
    (hvis, når, at, som, fordi…) in the fronted part makes it a clause, as does an elliptic one
    ("Om muligt, bør du…"); nor a list ("Feber,
    hovedpine, …"), an interjection ("Ja, …"), or an adverbial followed by something other
    than a verb ("Dog, ikke altid").

    Anti-pattern: "Ikke desto mindre, skal du kontakte lægen, hvis feberen stiger."
    Best practice: "Ikke desto mindre skal du kontakte lægen, hvis feberen stiger."
    """

    code = "MECH010"
    name = "mechanics.comma-after-adverbial"
    severity = Severity.WARNING
    fixable = True

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        if ctx.document.language != "da":
            return
        for sentence, _previous, _item in sentences(ctx.document):
            text = masked(sentence.text)
            start = len(text) - len(text.lstrip(OPENERS + " "))
            match = _FRONTED.match(text, start)
            if match is None or not _adverbial(match.group("fronted")):
                continue
            if not _finite(match.group("verb")):
                continue
            fronted = match.group("fronted")
            comma = match.start("fronted") + len(fronted)
            yield self.finding(
                ctx,
                sentence,
                match.start(),
                match.end(),
                f"no comma after the fronted adverbial '{fronted}' in Danish: "
                f"'{fronted} {match.group('verb')}'",
                suggestion=sentence.text[match.start() : comma]
                + sentence.text[comma + 1 : match.end()],
            )


def _adverbial(fronted: str) -> bool:
    words = fronted.lower().split()
    if not words or len(words) > MAX_FRONTED or any(w in CLAUSE_WORDS for w in words):
        return False
    if " ".join(words) in PHRASES or (len(words) == 1 and words[0] in ADVERBIALS):
        return True
    if any(w in FINITE for w in words) or len(words) == 1:
        return False
    return words[0] in PREPOSITIONS or (words[0] in QUANTIFIERS and words[1] in TIME_NOUNS)


def _finite(word: str) -> bool:
    lower = word.lower()
    # a present or past passive: "forårsages", "behandles", "anbefaledes"
    return lower in FINITE or (len(lower) > 5 and lower.endswith(("es", "edes")))
