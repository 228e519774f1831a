from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.checks.grammar.analysis import analysed_segments
from pipeline.checks.speller import Speller
from pipeline.checks.spelling.preferred_spelling import danish_lettered
from pipeline.core.models import Finding, Severity
from pipeline.ingest.morphology import Token

MIN_LENGTH = 6  # shorter English words are seldom a term of Latin or Greek stock


class EnglishSpeltTerm(Check):
    """A medical term spelt the English way after a Danish adjective ("reumatoid arthritis").

    Danish writes terms of Latin and Greek stock with its own letters: k for c and ch, t for
    th, f for ph, r for rh ("reumatoid artritis", "kronisk pankreatitis", "bakteriel
    konjunktivitis"). Machine translation copies the English noun and translates the
    adjective before it, and the phrase comes out half Danish, half English: "reumatoid
    arthritis", "kronisk pancreatitis". hunspell-da lists many Latin spellings beside the
    Danish ones, so SPELL001 says nothing and SPELL003 only sees an article that uses both.

    A word is reported when an adjective only Danish has comes right before it (the
    analyser's adjective in every reading, or a word the analyser lacks whose inflected -e
    form hunspell-da knows: "reumatoid", "reumatoide"), the word is lower case and English
    (English hunspell knows it) but no word of the Danish analyser's lexicon, and writing
    its Latin letters the Danish way gives a word hunspell-da knows and English does not
    ("artritis"). The suggestion is that spelling.

    It deliberately does not flag a term the Danish lexicon has as it is ("allergisk
    rhinitis", "ulcerøs colitis": spellings Danish medicine uses), a term with no Danish
    adjective before it ("kaldes endocarditis", "(conjunctivitis)": a Latin name or a gloss),
    an adjective English has too ("viral conjunctivitis" may be English left in, LANG003's),
    a name (capitalised inside a sentence), words of fewer than six letters, or a term whose
    Danish spelling no dictionary confirms.

    Anti-pattern: "Curcumin lindrede smerterne hos patienter med reumatoid arthritis."
    Best practice: "Curcumin lindrede smerterne hos patienter med reumatoid artritis."
    """

    code = "SPELL005"
    name = "spelling.english-spelt-term"
    severity = Severity.WARNING

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        if ctx.document.language != "da":
            return
        danish, english = ctx.speller("da"), ctx.speller("en")
        if danish is None or english is None:
            return
        for analysed in analysed_segments(ctx):
            tokens, text = analysed.tokens, analysed.segment.text
            for before, token in pairwise(tokens):
                if text[before.end : token.start] != " ":
                    continue
                if not _danish_adjective(before, danish, english):
                    continue
                spelt = _danish_spelling(token, danish, english)
                if spelt is None:
                    continue
                yield self.finding(
                    ctx,
                    analysed.segment,
                    token.start,
                    token.end,
                    f"'{token.surface}' is the English spelling after the Danish"
                    f" '{before.surface}'; Danish writes '{spelt}'",
                    suggestion=spelt,
                )


def _danish_adjective(token: Token, danish: Speller, english: Speller) -> bool:
    """An adjective only Danish has: the analyser's adjective in every reading ("kronisk",
    "bakteriel"), or, unknown to the analyser, a word hunspell-da knows with its -e form
    ("reumatoid", "reumatoide"); never a word English hunspell knows ("viral")."""
    word = token.surface.casefold()
    if not word.isalpha() or english.known(word):
        return False
    if token.known:
        return all(r.pos == "adj" for r in token.readings)
    return danish.known(word) and danish.known(word + "e")


def _danish_spelling(token: Token, danish: Speller, english: Speller) -> str | None:
    """The Danish spelling of an English word the Danish analyser lacks ("arthritis" →
    "artritis"), when hunspell-da knows it and English does not; None otherwise."""
    word = token.surface
    if token.known or len(word) < MIN_LENGTH or not word.isalpha() or not word.islower():
        return None
    if not english.known(word):
        return None
    for variant in danish_lettered(word):
        if danish.known(variant) and not english.known(variant):
            return variant
    return None
