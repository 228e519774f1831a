"""Homographs the engine had to guess, and what each of their senses becomes in the target.

Apertium's Danish tagger decides between readings by their tags; when two readings have the
same tags and different lemmas ("lægen": læge *doctor* or læg *calf*, both common nouns,
definite singular; "gør": gøre *do* or gø *bark*, both present tense), nothing in the engine
tells them apart, and it takes one. The other reading's target word is worked out here with
the pair's own transfer and generation stages (read from its mode file, as
pipeline.ingest.morphology reads the analysis stages), so a check can see which sense the
target carries.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from pipeline.ingest import morphology
from pipeline.ingest.morphology import Reading, Token


@dataclass(frozen=True)
class Homograph:
    """A token whose chosen reading shares its tags with readings of other lemmas."""

    token: Token
    chosen: Reading
    others: tuple[Reading, ...]


# Nouns and verbs: their homographs are different words (læge/læg, gøre/gø). An adjective's
# or adverb's are mostly one word's suppletive forms (værre: ilde or dårlig; bedst: god).
_LEXICAL = frozenset({"n", "vblex"})


def _single_word(reading: Reading) -> bool:
    """Not a multiword unit ("være# i stand til"), whose parts translate apart."""
    return all("#" not in p.lemma and " " not in p.lemma for p in reading.parts or (reading,))


@lru_cache(maxsize=8)
def analysed(text: str, lang: str) -> tuple[Token, ...]:
    """`text` analysed once for every target language it is checked in."""
    return tuple(morphology.analyse(text, lang))


def key(reading: Reading) -> tuple[str, str]:
    """A word as the senses are told apart: lemma and part of speech (høj, n: a hill)."""
    return reading.lemma.casefold(), reading.pos


def homographs(tokens: tuple[Token, ...]) -> list[Homograph]:
    """The nouns and verbs the tagger chose among readings of other words: another lemma with
    the same tags (a guess: "lægen", læge or læg) or another word class ("både": both, or
    boats)."""
    found = []
    for token in tokens:
        chosen = token.chosen
        if chosen is None or chosen.pos not in _LEXICAL or not _single_word(chosen):
            continue
        others = {
            key(r): r
            for r in token.readings
            if key(r) != key(chosen) and _single_word(r) and r.lemma.casefold() != "*"
        }
        if others:
            found.append(Homograph(token, chosen, tuple(others.values())))
    return found


def lemma_support(tokens: tuple[Token, ...]) -> Counter[tuple[str, str]]:
    """How often each word (lemma, part of speech) is the tagger's choice where no other word
    had the same tags (decided by the grammar, not guessed): "læge" in "Din læge kan …"
    counts for læge, and so does the first part of "lægebesøg"."""
    support: Counter[tuple[str, str]] = Counter()
    for token in tokens:
        chosen = token.chosen
        if chosen is None:
            continue
        rivals = {key(r) for r in token.readings if r.tags == chosen.tags}
        if rivals <= {key(chosen)}:
            support[key(chosen)] += 1
            # a compound's first parts count too: "lægebesøg" is evidence for læge
            for part in chosen.parts[:-1]:
                support[key(part)] += 1
    return support


def surfaces(tokens: tuple[Token, ...]) -> dict[tuple[str, str], set[str]]:
    """For each word, the surface forms that can be it (by any reading, chosen or not)."""
    found: dict[tuple[str, str], set[str]] = {}
    for token in tokens:
        for reading in token.readings:
            found.setdefault(key(reading), set()).add(token.surface.casefold())
    return found


def _unit(reading: Reading) -> str:
    parts = reading.parts or (reading,)
    return "+".join(morphology.escape(p.lemma) + "".join(f"<{t}>" for t in p.tags) for p in parts)


@lru_cache(maxsize=8)
def _generation(source: str, target: str) -> str | None:
    """The shell commands after the tagger of the source→target mode, or None."""
    codes = {"da": "dan", "nb": "nob", "nn": "nno", "sv": "swe"}
    if source not in codes or target not in codes:
        return None
    path = morphology.MODES / f"{codes[source]}-{codes[target]}.mode"
    if not path.is_file():
        return None
    stages = [s.strip() for s in path.read_text(encoding="utf-8").split("|")]
    tagger = next((i for i, s in enumerate(stages) if s.startswith("apertium-tagger")), None)
    if tagger is None:
        return None
    return " | ".join(stages[tagger + 1 :]).replace("$1", "-g")


@lru_cache(maxsize=32)
def available(source: str, target: str) -> bool:
    """Whether the pair can be judged here (asked for every unit: the programs are looked
    up on the PATH once)."""
    return _generation(source, target) is not None and morphology.available(source)


def target_words(readings: list[Reading], source: str, target: str) -> list[str]:
    """Each reading translated on its own into `target` (its generated form, marks removed)."""
    command = _generation(source, target)
    if command is None or not readings:
        return ["" for _ in readings]
    payload = "".join(f"^{_unit(r)}$^.<sent>$\n" for r in readings)
    try:
        lines = morphology.ask(command, payload).split("\n")
    except morphology.AnalyserUnavailableError:
        lines = []
    words = []
    for i in range(len(readings)):
        line = lines[i].strip() if i < len(lines) else ""
        # the sentence end we added comes back as "." (or "#." where nn cannot generate it)
        word = line.removesuffix(".").strip().removesuffix("#").strip()
        # a mark (*, @, #) means the pair could not translate or generate the reading
        words.append("" if any(mark in word for mark in "*@#\\") else word)
    return words


class TargetEvidence:
    """Which words a translated article uses where its grammar decided them: the evidence for
    a guessed sense when the source has none ("en læge" tagged as an adjective, but the
    target says "en lege")."""

    def __init__(self, targets: list[str], lang: str, words: list[str]) -> None:
        self.lang = lang
        self._support = lemma_support(analysed("\n\n".join(dict.fromkeys(targets)), lang))
        # the generated words' readings, in one call
        self._readings = morphology.lexical_readings([w for w in words if w], lang)

    def _keys(self, word: str) -> set[tuple[str, str]]:
        return {key(r) for r in self._readings.get(word, ()) if r.pos in _LEXICAL}

    def supports(self, chosen: str, other: str, guesses: int) -> bool:
        """Whether the target uses `other`'s word elsewhere, and `chosen`'s word no more often
        than the engine guessed it (`guesses` times)."""
        if not chosen or not other or chosen.casefold() == other.casefold():
            return False
        chosen_keys, other_keys = self._keys(chosen), self._keys(other)
        if not chosen_keys or not other_keys or chosen_keys & other_keys:
            return False
        used = max(self._support[k] for k in chosen_keys)
        return used <= guesses and any(self._support[k] for k in other_keys)
