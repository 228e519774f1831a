"""Calques as data: English-shaped Danish phrases (pipeline/checks/data/calques.yml) and a matcher
that finds them in every inflected form, on whole words.

A phrase is written in dictionary forms. A word of the text matches a word of the phrase when
it is that word, when hunspell gives that word as one of its stems ("adresserede" → adressere,
"fik" → få), or when it is one of the noun or adjective forms inflection.py generates for it
(compounds hunspell lacks: "sundhedsudbyderne"). So the list stays short and readable, as
proselint's and LanguageTool's data-driven rules do, and each entry carries examples that the
tests run.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import TYPE_CHECKING

import yaml

from pipeline.glossary.inflection import loose_adjective_forms, loose_noun_forms

if TYPE_CHECKING:
    from pipeline.checks.speller import Speller

DATA = "calques.yml"
MAX_GAP = 2  # words a "*" in a phrase may stand for
_TOKEN = re.compile(r"\w+(?:[-'’]\w+)*")
# between two words of a phrase: spaces, or a comma the source language did not have
_GAP = re.compile(r"\s*,?\s+")
MIN_GENERATED = 4  # shorter words match only as written or by hunspell's stems ("en", "til")


@dataclass(frozen=True)
class Alternative:
    word: str
    exact: bool  # "=form": this form only


@dataclass(frozen=True)
class Slot:
    """One position of a phrase: a word (with alternatives), a gap, or a word that must not
    follow."""

    kind: str  # "word" | "gap" | "not"
    alternatives: tuple[Alternative, ...] = ()


@dataclass(frozen=True)
class Calque:
    phrase: str
    use: str
    reason: str
    incorrect: str
    correct: str
    slots: tuple[Slot, ...]

    @property
    def suggestion(self) -> str:
        """The first idiomatic alternative."""
        return self.use.split(",")[0].strip()


@dataclass(frozen=True)
class CalqueMatch:
    calque: Calque
    start: int
    end: int


def parse_phrase(phrase: str) -> tuple[Slot, ...]:
    """The slots of a phrase written as in calques.yml (a|b, =form, *, !word)."""
    slots = []
    for part in phrase.split():
        if part == "*":
            slots.append(Slot("gap"))
            continue
        kind = "not" if part.startswith("!") else "word"
        words = part.removeprefix("!").split("|")
        alternatives = tuple(
            Alternative(w.removeprefix("=").casefold(), w.startswith("=")) for w in words
        )
        slots.append(Slot(kind, alternatives))
    return tuple(slots)


@cache
def load_calques() -> tuple[Calque, ...]:
    """The project's calques, read once per process from the package data."""
    text = resources.files("pipeline.checks").joinpath("data", DATA).read_text(encoding="utf-8")
    return tuple(
        Calque(
            phrase=entry["phrase"],
            use=entry["use"],
            reason=entry["reason"],
            incorrect=entry["incorrect"],
            correct=entry["correct"],
            slots=parse_phrase(entry["phrase"]),
        )
        # libyaml's loader when PyYAML has it: the pure-Python one takes ~0.1 s on this file
        for entry in yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    )


class CalqueMatcher:
    """Finds the calques of a list in text, using `speller` (Danish hunspell) for stems."""

    def __init__(self, calques: tuple[Calque, ...], speller: Speller) -> None:
        self.calques = calques
        self.speller = speller
        # a word is judged against a slot once per matcher, not at every position it is tried
        self._judged: dict[tuple[str, int], bool] = {}
        self._stems: dict[str, frozenset[str]] = {}
        self._first: dict[str, list[Calque]] = {}

    def find(self, text: str) -> list[CalqueMatch]:
        tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
        found: list[CalqueMatch] = []
        i = 0
        while i < len(tokens):
            best: tuple[int, Calque] | None = None
            for calque in self._starting_with(tokens[i][2]):
                end = self._match(calque.slots, 0, tokens, i, text)
                if end is not None and (best is None or end > best[0]):
                    best = (end, calque)
            if best is None:
                i += 1
                continue
            end, calque = best
            found.append(CalqueMatch(calque, tokens[i][0], tokens[end - 1][1]))
            i = end
        return found

    def _match(
        self,
        slots: tuple[Slot, ...],
        s: int,
        tokens: list[tuple[int, int, str]],
        t: int,
        text: str,
    ) -> int | None:
        """The token index after a match of slots[s:] starting at token t, or None."""
        if s == len(slots):
            return t
        slot = slots[s]
        if slot.kind == "not":
            if t < len(tokens) and self._word(tokens[t][2], slot.alternatives):
                return None
            return self._match(slots, s + 1, tokens, t, text)
        if slot.kind == "gap":
            for skip in range(MAX_GAP + 1):
                if t + skip > len(tokens) or not _adjacent(tokens, t - 1, t + skip, text):
                    break
                end = self._match(slots, s + 1, tokens, t + skip, text)
                if end is not None:
                    return end
            return None
        if t >= len(tokens) or (s > 0 and not _adjacent(tokens, t - 1, t, text)):
            return None
        if not self._word(tokens[t][2], slot.alternatives):
            return None
        return self._match(slots, s + 1, tokens, t + 1, text)

    def _starting_with(self, token: str) -> list[Calque]:
        """The calques a phrase could begin with at `token` (judged once per word)."""
        if token not in self._first:
            self._first[token] = [
                c
                for c in self.calques
                if c.slots[0].kind != "word" or self._word(token, c.slots[0].alternatives)
            ]
        return self._first[token]

    def _word(self, token: str, alternatives: tuple[Alternative, ...]) -> bool:
        # keyed by the tuple's identity: the calques hold every slot's tuple for the matcher's
        # life, and hashing the tuple of dataclasses at every look-up was most of a page's check
        key = (token, id(alternatives))
        judged = self._judged.get(key)
        if judged is None:
            judged = self._judged[key] = self._judge(token, alternatives)
        return judged

    def _judge(self, token: str, alternatives: tuple[Alternative, ...]) -> bool:
        lower = token.casefold()
        for alternative in alternatives:
            if lower == alternative.word:
                return True
            if alternative.exact:
                continue
            if lower not in self._stems:
                self._stems[lower] = _stems(self.speller, token)
            if alternative.word in self._stems[lower]:
                return True
            if len(alternative.word) >= MIN_GENERATED and lower in _forms(alternative.word):
                return True
        return False


_MATCHERS: dict[str, CalqueMatcher] = {}


def calque_matcher(speller: Speller) -> CalqueMatcher:
    """The project's calques for `speller`'s language, one matcher per process: what it
    learns about each word (its stems, the phrases it can begin) serves every article."""
    if speller.lang not in _MATCHERS:
        _MATCHERS[speller.lang] = CalqueMatcher(load_calques(), speller)
    return _MATCHERS[speller.lang]


def _adjacent(tokens: list[tuple[int, int, str]], a: int, b: int, text: str) -> bool:
    """Tokens a … b are joined by spaces (or a comma) only, never by other punctuation."""
    for k in range(max(a, 0), min(b, len(tokens) - 1)):
        if not _GAP.fullmatch(text[tokens[k][1] : tokens[k + 1][0]]):
            return False
    return True


def _stems(speller: Speller, token: str) -> frozenset[str]:
    return frozenset(stem.casefold() for stem in speller.stems(token.casefold()))


@lru_cache(maxsize=4096)
def _forms(word: str) -> frozenset[str]:
    """Noun and adjective forms of a phrase word hunspell may not know (sundhedsudbydere)."""
    forms = loose_noun_forms(word, "da") | loose_adjective_forms(word)
    if re.search(r"[aeiouyæøå][bdfgklmnprstv]$", word):
        # a short vowel doubles the consonant before an ending: nødrum → nødrummet
        forms |= {word + word[-1] + ending for ending in ("en", "et", "e", "ene", "er", "erne")}
    return frozenset(form.casefold() for form in forms)
