"""Verb + object collocations as data: the verb Danish uses with a noun where English uses
another (pipeline/checks/data/collocations.yml), and a matcher over analysed tokens.

English "make a decision", "take the temperature", "lose weight" come out of machine
translation word by word ("lave en beslutning", "tage temperaturen", "miste vægt"); Danish
says "træffe", "måle", "tabe". The entry is the verb and the head nouns of its object, both
recognised by lemma in Apertium's Danish analysis, so a compound object counts by its head
("sunde livsstilsvalg" is a valg) and every tense and word order the analysis reads counts.
The object is looked for right after the verb, past adverbs, an inverted subject pronoun and
the words of a noun phrase (determiners, numbers, adjectives, genitives: "tag dit barns
temperatur").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

from pipeline.core.yaml_cache import yaml_data
from pipeline.ingest.morphology import Token

DATA = "collocations.yml"
MAX_BETWEEN = 4  # words between the verb and the object's head noun
_VERB_POS = frozenset({"vblex", "vbser", "vbhaver", "vbmod", "vaux"})
# A word that can also be a conjunction or an adverb is read as one: "så hudlægen kan
# udelukke" (so that) is not the past tense of se, which English-shaped text hardly uses.
_FUNCTION_POS = frozenset({"adv", "cnjsub", "cnjcoo", "cnjadv"})
_SUBJECTS = frozenset({"jeg", "du", "han", "hun", "vi", "de", "man", "den", "det"})
_DETERMINERS = frozenset({"det", "num", "prn"})


@dataclass(frozen=True)
class Collocation:
    verbs: frozenset[str]
    objects: frozenset[str]
    right: str
    reason: str
    incorrect: str
    correct: str
    bare: bool = False

    @property
    def label(self) -> str:
        return f"{'|'.join(sorted(self.verbs))} {'|'.join(sorted(self.objects))}"


@dataclass(frozen=True)
class CollocationMatch:
    collocation: Collocation
    verb: int  # token indices
    noun: int


@cache
def load_collocations(name: str = DATA) -> tuple[Collocation, ...]:
    """The entries of the data file `name`, read once per process from the package data."""
    text = resources.files("pipeline.checks").joinpath("data", name).read_text(encoding="utf-8")
    return tuple(
        Collocation(
            verbs=frozenset(entry["verb"].split("|")),
            objects=frozenset(entry["objects"].split("|")),
            right=entry["right"],
            reason=entry["reason"],
            incorrect=entry["incorrect"],
            correct=entry["correct"],
            bare=entry.get("bare", False),
        )
        for entry in yaml_data(text)
    )


@cache
def collocation_matcher(name: str = DATA) -> CollocationMatcher:
    return CollocationMatcher(load_collocations(name))


class CollocationMatcher:
    def __init__(self, collocations: tuple[Collocation, ...]) -> None:
        self._by_verb: dict[str, list[Collocation]] = {}
        for collocation in collocations:
            for verb in collocation.verbs:
                self._by_verb.setdefault(verb, []).append(collocation)

    def find(self, tokens: tuple[Token, ...]) -> list[CollocationMatch]:
        found = []
        for i, token in enumerate(tokens):
            if any(r.pos in _FUNCTION_POS for r in token.readings):
                continue
            verbs = {
                r.lemma.casefold()
                for r in token.readings
                if r.pos in _VERB_POS and not r.compound and not r.has("pp")
            }
            for verb in verbs & self._by_verb.keys():
                for collocation in self._by_verb[verb]:
                    j = _object_head(tokens, i, collocation)
                    if j is not None:
                        found.append(CollocationMatch(collocation, i, j))
                        break
        return found


def _lower(token: Token) -> str:
    return token.surface.casefold()


def _object_head(tokens: tuple[Token, ...], i: int, collocation: Collocation) -> int | None:
    """The index of the entry's object noun after the verb at `i`, or None."""
    j = i + 1
    if j < len(tokens) and _lower(tokens[j]) in _SUBJECTS:
        j += 1
    if j + 1 < len(tokens) and _indirect_object(tokens[j], tokens[j + 1]):
        j += 1  # "spørge lægen et spørgsmål"
    while j < len(tokens) and j - i <= MAX_BETWEEN:
        token = tokens[j]
        if _head_noun(token, collocation.objects):
            if collocation.bare and not all(r.has("ind") for r in token.readings if r.pos == "n"):
                return None  # "tage stedet for" (replace) is Danish
            return j
        if collocation.bare or not _in_noun_phrase(token):
            return None
        j += 1
    return None


def _indirect_object(token: Token, following: Token) -> bool:
    """A definite noun or a personal pronoun directly before an indefinite article."""
    person = any(r.pos == "prn" and r.has("pers") for r in token.readings) or (
        token.chosen is not None and token.chosen.pos == "n" and token.chosen.has("def")
    )
    return person and any(r.pos == "det" and r.has("ind") for r in following.readings)


def _head_noun(token: Token, objects: frozenset[str]) -> bool:
    """A noun (not a genitive) whose lemma, or its compound's head, is one of `objects`."""
    chosen = token.chosen
    if chosen is not None and chosen.pos != "n":
        return False
    return any(
        r.pos == "n" and not r.has("gen") and r.lemma.casefold() in objects for r in token.readings
    )


def _in_noun_phrase(token: Token) -> bool:
    """A word that may stand before an object's head noun: an adverb ("ikke"), a
    determiner, number, adjective or genitive ("dit barns")."""
    if not any(ch.isalpha() or ch.isdigit() for ch in token.surface):
        return False
    if any(r.pos == "pr" for r in token.readings):
        return False  # "ring efter en ambulance": the noun is a preposition's object
    return any(
        r.pos in _DETERMINERS or r.pos == "adj" or r.pos == "adv" or r.has("gen")
        for r in token.readings
    )
