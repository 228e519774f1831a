"""A drug or a mineral written apart from its salt or form ("diclofenac natrium", "magnesium
citrat", "metoprolol succinat"): Danish closes the name of a salt into one word
("diclofenacnatrium", "magnesiumcitrat"), where English writes "diclofenac sodium".

The salts and forms are data (data/salts.txt: cations, anions, hydrates); a drug is a word
with an INN stem (data/inn_stems.txt, `word_formation.inn_shaped`). A pair counts when a drug
stands before a salt or form ("losartan kalium", "sertralin hydrochlorid") or a cation before
an anion or a hydrate ("zink oxid", "calcium carbonat"); two cations are a list of minerals
("calcium magnesium og zink"), and an anion alone after another word is a substance of its
own ("forhøjet laktat", "mg calcium").
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from pipeline.checks.chemical_names import salt_kinds
from pipeline.checks.grammar.analysis import AnalysedSegment
from pipeline.checks.word_formation import drug_name, inn_shaped
from pipeline.ingest.morphology import Token

_AFTER_DRUG = frozenset({"cation", "anion", "hydrate"})
_AFTER_CATION = frozenset({"anion", "hydrate"})


def salt_pairs(analysed: AnalysedSegment, known: Callable[[str], bool]) -> Iterator[int]:
    """The index (in analysed.tokens) of each first word of a drug or mineral written apart
    from its salt or form: one space between them, the salt in lower case, the first word
    in lower case or opening the sentence (a capitalised pair is a product's name:
    "Diclofenac Natrium Actavis")."""
    tokens, text = analysed.tokens, analysed.segment.text
    kinds = salt_kinds()
    for i in range(len(tokens) - 1):
        first, second = tokens[i], tokens[i + 1]
        kind = kinds.get(second.surface)
        if kind is None or text[first.end : second.start] != " ":
            continue
        if text[second.end : second.end + 1] == "-" or text[first.start - 1 : first.start] == "-":
            continue  # part of a longer hyphenated name
        word = first.surface
        if not word.isalpha() or (word[0].isupper() and not _opens(tokens, i)):
            continue
        lower = word.casefold()
        if kinds.get(lower) == "cation":
            if kind in _AFTER_CATION:
                yield i
        elif kind in _AFTER_DRUG and _drug(lower, known):
            yield i


def two_minerals(first: str, second: str) -> bool:
    """Both words name a mineral ("calcium magnesium og zink"): a list that lost a comma,
    not one compound."""
    kinds = salt_kinds()
    return kinds.get(first.casefold()) == kinds.get(second.casefold()) == "cation"


def _opens(tokens: tuple[Token, ...], i: int) -> bool:
    """The word at `i` opens its sentence or a bracket."""
    return i == 0 or not tokens[i - 1].surface[:1].isalnum()


def _drug(word: str, known: Callable[[str], bool]) -> bool:
    """A drug's name by its INN stem: a word hunspell knows ("metformin") or, unknown to it,
    no slip of a word it knows ("diclofenac")."""
    return inn_shaped(word) and (known(word) or drug_name(word, known))
