"""Single English words where Danish grammar wants a Danish verb or particle.

A lone English word that Danish hunspell also lists ("release", "off", "fight": loanwords
and slang) is no English evidence to the dictionaries and word frequencies of english.py,
which flag a word alone only when Danish does not know it. Its place in the sentence can
still tell: right after "at" or a modal verb ("kan", "skal", "bør") Danish puts an
infinitive, and right after a lexical verb an English phrasal verb's particle ("off", "up",
"out") has no Danish reading at all. Machine translation leaves both when it passes an
English verb through ("kan release histamin") or translates only the verb of a phrasal verb
("bekæmpe off infektioner": fight off).

Both need Apertium's Danish analysis to know nothing of the word (a Danish infinitive, even
a new loan such as "streame" or "jogge", is either in its lexicon or unknown to English
hunspell too), and a verb-slot word must be common in English and far more common there
than in the Scandinavian languages (wordfreq), so that loans Danish writers use as verbs
("google") stay silent.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from pipeline.checks.grammar.analysis import AnalysedSegment
from pipeline.checks.speller import Speller
from pipeline.ingest.morphology import Token

# English particles of phrasal verbs that are no Danish word of their own (unlike "over",
# "in", "on", "på", "op", "ud").
PARTICLES = frozenset({"off", "up", "out", "away", "down"})
_COMMON_ENGLISH = 3.5  # wordfreq Zipf: at least this common in English …
_MARGIN = 1.0  # … and this much more common in English than in Danish, Norwegian, Swedish
_INFINITIVE_MARK = "at"
_MODAL_POS = frozenset({"vbmod", "vaux"})  # kan, skal, bør, må; vil


def slot_words(analysed: AnalysedSegment, english: Speller) -> Iterator[Token]:
    """The tokens of `analysed` that are English in a Danish verb's or particle's place."""
    tokens = analysed.tokens
    text = analysed.segment.text
    for before, token in pairwise(tokens):
        word = token.surface
        if token.readings or not (word.isalpha() and word.islower()):
            continue  # Danish knows it, or a name, number, acronym
        if text[before.end : token.start] != " ":
            continue
        particle = word in PARTICLES and _lexical_verb(before)
        if particle or (_infinitive_slot(before) and _english_verb(word, english)):
            yield token


def _lexical_verb(token: Token) -> bool:
    """Every reading a lexical verb: "bekæmpe", never "være down" or "er off"."""
    return bool(token.readings) and all(r.pos == "vblex" for r in token.readings)


def _infinitive_slot(token: Token) -> bool:
    """The infinitive marker "at" or a modal verb, after which Danish puts an infinitive."""
    if token.surface.casefold() == _INFINITIVE_MARK:
        # "at" is also the conjunction "that", whose clause starts with a subject ("betyder
        # at feeds aldrig opdateres"); the tagger tells them apart
        chosen_conjunction = token.chosen is not None and token.chosen.pos == "cnjsub"
        return any(r.pos == "part" for r in token.readings) and not chosen_conjunction
    chosen = token.chosen
    return chosen is not None and chosen.pos in _MODAL_POS


def _english_verb(word: str, english: Speller) -> bool:
    from pipeline.checks.frequency import zipf

    if word.endswith("s") or not english.known(word):
        return False  # an infinitive never ends in -s: "feeds" is a plural noun
    here = max(zipf(word, "da"), zipf(word, "nb"), zipf(word, "sv"))
    common = zipf(word, "en")
    return common >= _COMMON_ENGLISH and common - here >= _MARGIN
