"""Apertium's Bokmål, Nynorsk and Swedish analysers as a second lexicon for the spelling checks.

hunspell-no and -sv miss many ordinary words and compounds ("celledød", "målorganer",
"søvnapnepasientar"), while the analysers of apertium-dan-nor and apertium-swe-dan know other
words and build compounds from their own lexicon. A word hunspell rejects counts as known when
the analyser reads it in a way that shows the word is spelt as the language spells it:

- a reading that is no genitive (the analyser gives any noun an -s genitive: "symptoms",
  "produceres" as producer's);
- in Nynorsk, a simple word must start with its lemma: the Nynorsk analyser also reads Bokmål
  forms ("ikke" as ikkje);
- a compound must be spelt from its parts: each part before the last is its lemma, perhaps
  with a linking -s- or -e-, without a final -e (Swedish also -a, or -a written -o or -u:
  "hjärt", "kvinno"), or with a doubled consonant written once where the next part starts with
  that consonant ("nattog"); the last part starts with its lemma (less a final vowel). The
  analyser's own rules are looser ("opkast" as opp + kast, "ledbånd" as ledd + bånd), and that
  is how Danish would pass for Norwegian;
- every part of a compound is three letters or more, at most one part has fewer than four
  (Danish "mellem" and "gennem" read as mel + lem and gen + nem), and a part of three letters is
  a noun hunspell knows and no homograph of a preposition, adverb or pronoun ("for", "ned");
- a compound is no typing slip: one letter added, left out or doubled, or two neighbours
  swapped, would not give a dictionary entry ("bodpropp" is blodpropp).

A document's words go to the analyser in one request (`prefetch`), and every answer is kept for
the rest of the process.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from contextlib import suppress
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the analyser's module is imported when a Norwegian or Swedish word is read
    from pipeline.ingest.morphology import Reading

Known = Callable[[str], bool]

ANALYSED = {"nb": "nb", "no": "nb", "nn": "nn", "sv": "sv"}
MIN_PART = 3
_SHORT = 4  # a part shorter than this must be a dictionary word, and only one per compound
_LINKS = ("", "s", "e")
_VOWELS = frozenset("aeiouyæøåäö")
# How a Swedish first part ends where its lemma ends in -a: "hjärt" (hjärta), "kvinno", "gatu".
_SWEDISH_A = ("", "o", "u")


def prefetch(lang: str, words: Iterable[str]) -> None:
    """Analyse every word not analysed yet in one request to `lang`'s analyser (the
    analyser's module keeps each word's readings for the process)."""
    from pipeline.ingest.morphology import AnalyserUnavailableError, available, lexical_readings

    analysed = ANALYSED.get(lang)
    if analysed is None or not available(analysed):
        return
    with suppress(AnalyserUnavailableError):
        lexical_readings([w for w in words if w], analysed)


def readings(lang: str, word: str) -> tuple[Reading, ...]:
    """Every reading of `word` on its own by `lang`'s analyser; () when it cannot be had."""
    from pipeline.ingest.morphology import AnalyserUnavailableError, word_readings

    analysed = ANALYSED.get(lang)
    if analysed is None:
        return ()
    try:
        return word_readings(word, analysed)
    except AnalyserUnavailableError:
        return ()


def knows(lang: str, word: str, dictionary: Known, entry: Known, simple: bool = True) -> bool:
    """The analyser reads `word` (lower case) as a word spelt as `lang` spells it.
    `dictionary` answers for short compound parts (hunspell's words of `lang`), `entry` for
    the slip test (dictionary entries, not the compounds hunspell builds itself); with
    `simple` False only a compound reading counts."""
    joints: set[int] = set()
    for reading in readings(lang, word):
        pieces = _pieces(lang, word, reading, dictionary)
        if pieces is None:
            continue
        if len(pieces) == 1:
            if simple:
                return True
            continue
        joints |= {sum(len(p) for p in pieces[:i]) for i in range(1, len(pieces))}
    return bool(joints) and not slip(word, entry, frozenset(joints))


def lexicalised(lang: str, word: str) -> bool:
    """The analyser has `word` as a word of its own, not as a compound it builds."""
    return any(not r.compound and _sound(lang, word, r, bool) for r in readings(lang, word))


def slip(word: str, entry: Known, joints: frozenset[int] = frozenset()) -> bool:
    """One letter added, left out or doubled, or two neighbours swapped, gives a dictionary
    entry: the analyser also builds compounds of chance strings ("bodpropp" as bod +
    propp, for blodpropp; "makismalt" as maki + smalt, for maksimalt), so a compound one slip
    away from a known word is taken for that slip. A linking -e- or -s- added where two parts
    meet (`joints`, offsets in `word`) is no slip's fix: compounds vary in them ("målorgan",
    "måleorgan")."""
    return any(entry(variant) for variant in _variants(word, joints))


_ALPHABET = "abcdefghijklmnopqrstuvwxyzæøåäö"


def _variants(word: str, joints: frozenset[int]) -> set[str]:
    n = len(word)
    # a single s left out would make a linking -s- a slip ("blodtrykksmåling")
    deleted = {word[:i] + word[i + 1 :] for i in range(n) if word[i] != "s" or "ss" in word}
    swapped = {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(n - 1)}
    added = {
        word[:i] + ch + word[i:]
        for i in range(1, n)
        for ch in _ALPHABET
        if not (ch in "es" and i in joints)
    }
    return (deleted | swapped | added) - {word}


def _sound(lang: str, word: str, reading: Reading, dictionary: Known) -> bool:
    return _pieces(lang, word, reading, dictionary) is not None


def _pieces(lang: str, word: str, reading: Reading, dictionary: Known) -> list[str] | None:
    """How `word` is spelt from the reading's parts, when it is by the rules above (a simple
    reading: the word itself), or None."""
    if any("gen" in part.tags for part in reading.parts or (reading,)):
        return None
    if not reading.compound:
        sound = ANALYSED[lang] != "nn" or word.startswith(_plain(reading.lemma))
        return [word] if sound else None
    pieces = _spelt(lang, _plain(word), reading.parts)
    if pieces is None or any(len(p) < MIN_PART for p in pieces):
        return None
    short = [(p, r) for p, r in zip(pieces, reading.parts, strict=True) if len(p) < _SHORT]
    if len(short) > 1 or not all(_short_noun(lang, p, r, dictionary) for p, r in short):
        return None
    return pieces


# Parts of speech of closed word classes: a preposition or adverb of three letters ("for",
# "ned", Swedish "era", your) read as a homograph noun is a chance split, not a compound part.
_CLOSED = frozenset({"pr", "adv", "prn", "det", "cnjcoo", "cnjsub", "cnjadv", "ij", "preadv"})


def _short_noun(lang: str, piece: str, part: Reading, dictionary: Known) -> bool:
    """A part of three letters is a noun hunspell knows and no word of a closed class:
    "celle" + "død", "mål" + "organer", but not "slitne" + "het" or "junta" + "era"."""
    if part.pos != "n" or not dictionary(piece):
        return False
    return not any(r.pos in _CLOSED for r in readings(lang, piece))


def short_first(lang: str, word: str, dictionary: Known, known: Known, entry: Known) -> bool:
    """A compound of a noun of three letters and a word of six or more that `known` knows,
    perhaps with a linking -s-, which hunspell (parts of four letters or more) and the analyser
    (which lacks "tenestene") do not build: "rus" + "tenestene",
    "dag" + "funksjon". The first part is a noun as for the analyser's compounds above, the
    rest no chance string, and the whole no slip of a dictionary entry."""
    head = word[:MIN_PART]
    if not dictionary(head) or not any(
        r.pos == "n" and not r.compound for r in readings(lang, head)
    ):
        return False
    if any(r.pos in _CLOSED for r in readings(lang, head)):
        return False
    for start in (MIN_PART, MIN_PART + 1):
        rest = word[start:]
        if start > MIN_PART and word[MIN_PART] != "s":
            continue
        if len(rest) >= 6 and known(rest):
            return not slip(word, entry, frozenset({MIN_PART, start}))
    return False


def _plain(text: str) -> str:
    """Lower case without accents ("søvnapné" is written "søvnapne" in a compound); å, ä, ö
    and ø stay, they are letters of their own."""
    out = []
    for ch in text.lower():
        if ch in "åäöøæ":
            out.append(ch)
        else:
            out.append(unicodedata.normalize("NFD", ch)[0])
    return "".join(out)


def _spelt(lang: str, word: str, parts: tuple[Reading, ...]) -> list[str] | None:
    """The surface of each part, a linking letter included, when `word` is spelt from
    `parts` by the rules above (the first way found), or None."""
    first, *rest = parts
    if not rest:
        stem = _plain(first.lemma)
        stem = stem[:-1] if len(stem) > MIN_PART and stem[-1] in "aeo" else stem
        return [word] if word.startswith(stem) else None
    detriple = "detriple" in first.tags
    for form in _modifier_forms(lang, _plain(first.lemma), detriple):
        for link in _LINKS:
            if link == "e" and form[-1:] in _VOWELS:
                continue  # a linking -e- follows a consonant ("barnebidrag")
            piece = form + link
            if not word.startswith(piece) or len(piece) >= len(word):
                continue
            after = word[len(piece) :]
            if detriple and (link or not after.startswith(form[-1])):
                continue  # a doubled consonant is written once only before the same one
            tail = _spelt(lang, after, tuple(rest))
            if tail is not None and len(form) >= MIN_PART:
                return [piece, *tail]
    return None


def _modifier_forms(lang: str, lemma: str, detriple: bool) -> list[str]:
    """How a part before the last may be written: its lemma, without a final -e (or the
    Swedish -a and its -o/-u forms), or with a doubled final consonant written once."""
    if detriple:
        return [lemma[:-1]] if len(lemma) > 2 and lemma[-1] == lemma[-2] else []
    forms = [lemma]
    if lemma.endswith("e"):
        forms.append(lemma[:-1])
    if ANALYSED[lang] == "sv" and lemma.endswith("a"):
        forms += [lemma[:-1] + ending for ending in _SWEDISH_A]
    return forms
