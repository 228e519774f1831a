"""Calques as data: English-shaped Danish phrases (pipeline/checks/data/calques.yml) and a matcher
that finds them in every inflected form, on whole words.

A phrase is written in dictionary forms. A word of the text matches a word of the phrase when
it is that word, when hunspell gives that word as one of its stems ("adresserede" → adressere,
"fik" → få), or when it is one of the noun or adjective forms inflection.py generates for it
(compounds hunspell lacks: "sundhedsudbyderne"). Hunspell's stems are loose: it strips
endings without knowing which lemma really has the form, and gives "ledes" (the passive of
lede, to conduct) as a form of lide as well. So a word matched by a stem alone must also have
that lemma among the readings of Apertium's analyser, when the analyser is installed and knows
the word ("led" is still the past of lide; "ledes" is not). So the list stays short and readable, as
proselint's and LanguageTool's data-driven rules do, and each entry carries examples that the
tests run.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.core.kept_values import kept_value
from pipeline.core.yaml_cache import yaml_data
from pipeline.glossary import inflection
from pipeline.glossary.inflection import loose_adjective_forms, loose_noun_forms
from pipeline.ingest.morphology import AnalyserUnavailableError, available, lexical_readings

if TYPE_CHECKING:
    from pipeline.checks.speller import Speller

DATA = "calques.yml"
MAX_GAP = 2  # words a "*" in a phrase may stand for
_TOKEN = re.compile(r"\w+(?:[-'’]\w+)*")
# between two words of a phrase: spaces, or a comma the source language did not have
_GAP = re.compile(r"\s*,?\s+")
MIN_GENERATED = 4  # shorter words match only as written or by hunspell's stems ("en", "til")
BEGINNING = 3  # letters a word is indexed by: a form of it must begin with one of its beginnings


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
    focus: bool = False  # "^word": the words reported, when not the whole phrase
    # "+word": joined to the word before by spaces only. A comma there marks a clause
    # ("Vær sikker på, at barnet ..." is Danish; "vær sikker på at drikke" is the calque).
    tight: bool = False


@dataclass(frozen=True)
class Calque:
    phrase: str
    use: str
    reason: str
    incorrect: str
    correct: str
    slots: tuple[Slot, ...]
    # words of which one must stand in the same segment (the sense the entry is about):
    # "templer" is a wrong term only where the text speaks of the head or of pain
    context: tuple[Alternative, ...] = ()

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
    """The slots of a phrase written as in calques.yml (a|b, =form, *, !word, ^word, +word)."""
    slots = []
    for part in phrase.split():
        if part == "*":
            slots.append(Slot("gap"))
            continue
        focus = part.startswith("^")
        part = part.removeprefix("^")
        tight = part.startswith("+")
        part = part.removeprefix("+")
        kind = "not" if part.startswith("!") else "word"
        words = part.removeprefix("!").split("|")
        alternatives = tuple(
            Alternative(w.removeprefix("=").casefold(), w.startswith("=")) for w in words
        )
        slots.append(Slot(kind, alternatives, focus, tight))
    return tuple(slots)


@cache
def load_calques(name: str = DATA) -> tuple[Calque, ...]:
    """The phrases of the data file `name` (default: the project's calques), read once per
    process from the package data. An entry's optional `context` is a list of words written
    as a phrase's words are (a|b, =form), one of which must stand in the same segment."""
    text = resources.files("pipeline.checks").joinpath("data", name).read_text(encoding="utf-8")
    return tuple(
        Calque(
            phrase=entry["phrase"],
            use=entry["use"],
            reason=entry["reason"],
            incorrect=entry["incorrect"],
            correct=entry["correct"],
            slots=parse_phrase(entry["phrase"]),
            context=tuple(
                alternative
                for slot in parse_phrase(" ".join(entry.get("context", [])))
                for alternative in slot.alternatives
            ),
        )
        for entry in yaml_data(text)
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
        # The phrases a word can begin, indexed by the beginnings (first BEGINNING letters) of
        # every form their first word matches (as written, generated forms) and by the stem
        # hunspell gives: a word is then judged against the handful of phrases whose first
        # word has a form beginning as it does, not against the whole list, and no process
        # indexes the tens of thousands of generated forms themselves.
        self._by_beginning: dict[str, set[int]] = {}
        self._by_stem: dict[str, set[int]] = {}
        self._anywhere: set[int] = set()
        _keep_forms(
            alternative.word
            for calque in calques
            for slot in calque.slots
            for alternative in slot.alternatives
            if len(alternative.word) >= MIN_GENERATED
        )
        for index, calque in enumerate(calques):
            first = calque.slots[0]
            if first.kind != "word":
                self._anywhere.add(index)
                continue
            for alternative in first.alternatives:
                beginnings = {alternative.word[:BEGINNING]}
                if not alternative.exact:
                    self._by_stem.setdefault(alternative.word, set()).add(index)
                    if len(alternative.word) >= MIN_GENERATED:
                        beginnings |= _beginnings(alternative.word)
                for beginning in beginnings:
                    self._by_beginning.setdefault(beginning, set()).add(index)
        # Whether a word without letters ("482913", "12,5") can begin a phrase by its stem: no
        # phrase word is written without one, so hunspell is not asked for such a word's stems.
        # An edited article's new number asked it, and loaded the Danish dictionary (0.08 s
        # of CPU) for a text whose words were all known.
        self._letterless_stems = any(not _has_letter(stem) for stem in self._by_stem)

    def find(self, text: str, around: str = "") -> list[CalqueMatch]:
        """The phrases in `text`; an entry's context words may also stand in `around` (the
        neighbouring sentences)."""
        tokens = _tokens(text)
        found: list[CalqueMatch] = []
        i = 0
        while i < len(tokens):
            best: tuple[int, Calque, tuple[int, ...]] | None = None
            for calque in self._starting_with(tokens[i][2]):
                matched = self._match(calque.slots, 0, tokens, i, text)
                if matched is not None and (best is None or matched[0] > best[0]):
                    best = (matched[0], calque, matched[1])
            if best is None:
                i += 1
                continue
            end, calque, focus = best
            first, last = (min(focus), max(focus)) if focus else (i, end - 1)
            found.append(CalqueMatch(calque, tokens[first][0], tokens[last][1]))
            i = end
        if not any(m.calque.context for m in found):
            return found
        words = [t[2] for t in tokens] + _TOKEN.findall(around)
        return [m for m in found if self._in_context(m.calque, words)]

    def _in_context(self, calque: Calque, words: list[str]) -> bool:
        """No context is asked for, or one of the entry's context words is among `words`."""
        if not calque.context:
            return True
        return any(self._word(word, calque.context) for word in words)

    def _match(
        self,
        slots: tuple[Slot, ...],
        s: int,
        tokens: list[tuple[int, int, str]],
        t: int,
        text: str,
    ) -> tuple[int, tuple[int, ...]] | None:
        """The token index after a match of slots[s:] starting at token t and the indices of
        the tokens its focus slots matched, or None."""
        if s == len(slots):
            return t, ()
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
        if slot.tight and t > 0 and not text[tokens[t - 1][1] : tokens[t][0]].isspace():
            return None
        if not self._word(tokens[t][2], slot.alternatives):
            return None
        rest = self._match(slots, s + 1, tokens, t + 1, text)
        if rest is None or not slot.focus:
            return rest
        return rest[0], (t, *rest[1])

    def _starting_with(self, token: str) -> list[Calque]:
        """The calques a phrase could begin with at `token` (judged once per word)."""
        if token not in self._first:
            lower = token.casefold()
            if lower not in self._stems:
                asked = self._letterless_stems or _has_letter(lower)
                self._stems[lower] = _stems(self.speller, token) if asked else frozenset()
            candidates = self._anywhere | self._by_beginning.get(lower[:BEGINNING], set())
            for stem in self._stems[lower]:
                candidates |= self._by_stem.get(stem, set())
            calques = [self.calques[i] for i in sorted(candidates)]
            self._first[token] = [
                c
                for c in calques
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
                asked = self._letterless_stems or _has_letter(lower)
                self._stems[lower] = _stems(self.speller, token) if asked else frozenset()
            if alternative.word in self._stems[lower] and _lemma_of(lower, alternative.word):
                return True
            if len(alternative.word) >= MIN_GENERATED and lower in _forms(alternative.word):
                return True
        return False


_MATCHERS: dict[tuple[str, str], CalqueMatcher] = {}


def calque_matcher(speller: Speller, name: str = DATA) -> CalqueMatcher:
    """The phrases of data file `name` for `speller`'s language, one matcher per process: what
    it learns about each word (its stems, the phrases it can begin) serves every article."""
    key = (speller.lang, name)
    if key not in _MATCHERS:
        _MATCHERS[key] = CalqueMatcher(load_calques(name), speller)
    return _MATCHERS[key]


@lru_cache(maxsize=4096)
def _tokens(text: str) -> list[tuple[int, int, str]]:
    """The words of `text` with their spans, shared by both lists' matchers (never changed)."""
    return [(*m.span(), m.group()) for m in _TOKEN.finditer(text)]


def _adjacent(tokens: list[tuple[int, int, str]], a: int, b: int, text: str) -> bool:
    """Tokens a … b are joined by spaces (or a comma) only, never by other punctuation."""
    for k in range(max(a, 0), min(b, len(tokens) - 1)):
        if not _GAP.fullmatch(text[tokens[k][1] : tokens[k + 1][0]]):
            return False
    return True


@lru_cache(maxsize=8192)
def _lemma_of(word: str, lemma: str) -> bool:
    """Apertium's analyser reads `word` (lower case) as a form of `lemma` or of a compound
    ending in it ("folkemedicinen": folkemedicin, as hunspell's stem medicin), or cannot say:
    it is not installed, does not know the word, or reads it as a compound of parts."""
    if not available("da"):
        return True
    try:
        readings = lexical_readings([word], "da").get(word, ())
    except AnalyserUnavailableError:
        return True
    if not readings:
        return True
    return any(r.compound or r.lemma.casefold().endswith(lemma) for r in readings)


def _has_letter(word: str) -> bool:
    return any(character.isalpha() for character in word)


def _stems(speller: Speller, token: str) -> frozenset[str]:
    return frozenset(stem.casefold() for stem in speller.stems(token.casefold()))


@lru_cache(maxsize=4096)
def _forms(word: str) -> frozenset[str]:
    """Noun and adjective forms of a phrase word hunspell may not know (sundhedsudbydere)."""
    kept = _KEPT_FORMS.get(word)
    if kept is None:
        return _generated_forms(word)
    return frozenset(kept[0].split("\n")) if kept[0] else frozenset()


def _beginnings(word: str) -> frozenset[str]:
    """The first BEGINNING letters of `_forms(word)`, without splitting the kept forms."""
    kept = _KEPT_FORMS.get(word)
    if kept is None:
        return frozenset(form[:BEGINNING] for form in _generated_forms(word))
    return frozenset(kept[1])


# The forms of the lists' words as an earlier process generated them (`_keep_forms`): per
# word, its forms joined by newlines (split when a text asks for them) and their beginnings.
_KEPT_FORMS: dict[str, tuple[str, tuple[str, ...]]] = {}


def _keep_forms(words: Iterable[str]) -> None:
    """Have `_forms` answer `words` from what an earlier process generated: inflection.py's
    rules for the 300 or so words of the two lists were 0.01 s of every check process. The
    forms are kept by the words and the source of this module and of inflection.py, the code
    that makes them (pipeline/core/kept_values.py)."""
    wanted = sorted(set(words) - _KEPT_FORMS.keys())
    if not wanted:
        return
    try:
        code = [Path(inflection.__file__).read_bytes(), Path(__file__).read_bytes()]
    except (OSError, TypeError):  # no source to key them by: generated as they are asked
        return
    kept = kept_value(
        "calque-forms",
        (*code, "\n".join(wanted).encode("utf-8", "surrogatepass")),
        lambda: {word: _kept_entry(_generated_forms(word)) for word in wanted},
    )
    if isinstance(kept, dict):
        _KEPT_FORMS.update(kept)


def _kept_entry(forms: frozenset[str]) -> tuple[str, tuple[str, ...]]:
    return "\n".join(sorted(forms)), tuple(sorted({form[:BEGINNING] for form in forms}))


def _generated_forms(word: str) -> frozenset[str]:
    forms = loose_noun_forms(word, "da") | loose_adjective_forms(word)
    if re.search(r"[aeiouyæøå][bdfgklmnprstv]$", word):
        # a short vowel doubles the consonant before an ending: nødrum → nødrummet
        forms |= {word + word[-1] + ending for ending in ("en", "et", "e", "ene", "er", "erne")}
    return frozenset(form.casefold() for form in forms)
