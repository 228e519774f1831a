"""English words dressed as Danish: an English stem with a Danish ending or in a Danish compound.

Machine translation keeps an English word and gives it Danish grammar: "Limiter alkohol"
(limit + the imperative of an -ere verb), "et supportnetværk" (support + netværk). Danish
hunspell accepts both, the first as a rare loan verb ("limitere"), the second as a compound it
builds, so the dictionaries alone see Danish. Word frequencies tell them apart from Danish
loanwords: the Danish form is unused in Danish, Norwegian and Swedish text (wordfreq), while
its English stem is an everyday English word that English uses far more than the Scandinavian
languages do ("motionere" stays: "motion" is as common in Danish as in English).

Only two shapes are reported, each on strict evidence; anything less clear is left alone:

- an -ere verb whose stem is English ("limiter", "limitere", "limiteret"), not inside a
  compound ("selvlimiterende" is established clinical Danish);
- a compound of an English first element and a second element only Danish has
  ("supportnetværk"); a compound of two English words ("powernap") is a loan as a whole.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.checks.speller import Speller

EVERYDAY_ENGLISH = 4.5  # zipf of the English stem: "limit" 4.7, "support" 5.5
UNUSED = 1.5  # the Danish form's frequency in Danish, Norwegian and Swedish stays below this
VERB_MARGIN = 1.5  # English uses the stem this much more than Scandinavian ("limit" 1.57)
COMPOUND_MARGIN = 1.2  # … and a compound's first element ("support" 1.33; "special" 0.99)
COGNATE = 2.0  # zipf from which a Swedish or Norwegian form of the verb is in use
MIN_ELEMENT = 4
MIN_SPLIT = 3  # other readings of the compound count from elements of three letters ("fil")
MIN_COMPOUND = 9


def english_stem(word: str, native: Speller, english: Speller) -> str | None:
    """The English word inside `word` when `word` is an English stem with Danish grammar
    ("Limiter" → "limit", "supportnetværk" → "support"), else None. It depends on the word's
    letters alone, so it is worked out once per word and run (`Speller.memo`): LANG003 asks
    it for every word of every segment, and an article repeats its words."""
    lower = word.casefold()
    if not lower.isalpha() or len(lower) < MIN_ELEMENT + 2:
        return None
    return native.memo(
        ("english_stem", lower),
        lambda: _verb_stem(lower, native, english) or _first_element(lower, native, english),
    )


def _verb_stem(lower: str, native: Speller, english: Speller) -> str | None:
    if not native.known(lower) or _scandinavian(lower) >= UNUSED:
        return None
    for lemma in native.stems(lower):
        lemma = lemma.casefold()
        if not lemma.endswith("ere") or lemma[:3] != lower[:3] or _scandinavian(lemma) >= UNUSED:
            continue
        if _cognate_in_use(lemma):
            continue
        stem = lemma[:-3]
        if len(stem) >= MIN_ELEMENT and _leans_english(stem, english, VERB_MARGIN):
            return stem
    return None


def _cognate_in_use(lemma: str) -> bool:
    """Swedish or Norwegian writes the verb ("specificera", "spesifisere"): a Latin verb
    of the Scandinavian languages, which Danish word lists merely undercount."""
    from pipeline.checks.frequency import zipf

    swedish = lemma[:-3] + "era"
    norwegian = lemma.replace("c", "s")
    return zipf(swedish, "sv") >= COGNATE or zipf(norwegian, "nb") >= COGNATE


def _first_element(lower: str, native: Speller, english: Speller) -> str | None:
    if len(lower) < MIN_COMPOUND or _scandinavian(lower) > 0 or not native.accepts(lower):
        return None
    if any(stem.casefold()[:3] == lower[:3] for stem in native.stems(lower)):
        return None  # the dictionary's own entry, not a compound it builds
    splits = [
        (lower[:index], lower[index:])
        for index in range(MIN_SPLIT, len(lower) - MIN_SPLIT + 1)
        if _entry(lower[index:], native)
        or (lower[index] == "s" and _entry(lower[index + 1 :], native))
    ]
    english_first = [
        first
        for first, rest in splits
        if min(len(first), len(rest)) >= MIN_ELEMENT
        and _entry(rest, native)
        and _english_element(first, rest, english)
    ]
    if not english_first:
        return None
    if any(_entry(first, native) and first not in english_first for first, _ in splits):
        return None  # also a compound of a Danish first element ("fil" + "listen")
    return english_first[0]


def _entry(word: str, native: Speller) -> bool:
    """A word of the dictionary or an inflection of one, not a compound hunspell builds
    ("portnetværk" is port + netværk)."""
    return native.known(word) and any(
        stem.casefold()[:3] == word[:3] for stem in native.stems(word)
    )


def _english_element(first: str, rest: str, english: Speller) -> bool:
    """An English first element right before a second element (a dictionary word, not one
    more compound) English does not have; not one in -s, which may be the Danish linking s
    after a Danish word ("regions-indstillinger")."""
    if first.endswith("s") or english.known(rest):
        return False
    return _leans_english(first, english, COMPOUND_MARGIN)


def _leans_english(stem: str, english: Speller, margin: float) -> bool:
    from pipeline.checks.frequency import zipf

    if not english.known(stem):
        return False
    frequency = zipf(stem, "en")
    return frequency >= EVERYDAY_ENGLISH and frequency - _scandinavian(stem) >= margin


def _scandinavian(word: str) -> float:
    from pipeline.checks.frequency import zipf

    return max(zipf(word, lang) for lang in ("da", "nb", "sv"))
