"""Prepositions as data: the preposition a Danish word governs (pipeline/checks/data/valency.yml)
and a matcher that finds the English one in its place, by lemma, in analysed tokens.

Machine translation from English keeps the source's preposition: "depend on" becomes
"afhænge på", "risk of" "risiko af", "allergic to" "allergisk til". A list of phrases catches
only the sentences it was written from; the word and its governed preposition are a property
of Danish, so one entry ("afhænge": på → af) judges every form of the word in every sentence.
The word is recognised by its lemma in Apertium's Danish analysis (every reading, not only the
tagger's choice), as LanguageTool's Danish rules and proselint's data-driven checks work.

Guards that keep it precise on native Danish, each a general property of the construction:
the right preposition later in the same clause ("afhænger på mange måder af"), a range
"fra … til" ("døde fra 2010 til 2015", "fra allergi til astma"), a number after "fra" (an
age: "beskytter børn fra 2 år"), "for at" + infinitive (a purpose clause) and "for" +
degree word ("vente for længe"), and "af" + a quality noun ("symptomer af varierende grad").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

from pipeline.core.yaml_cache import yaml_data
from pipeline.ingest.morphology import Reading, Token

DATA = "valency.yml"
MAX_ADVERBS = 2  # adverbs between the word and its preposition: "lider ofte af"
MAX_BETWEEN_PLACE = 3  # determiners, numbers, adjectives between "i" and a place noun
CLAUSE_WINDOW = 6  # words after the preposition searched for the right one
_VERB_POS = frozenset({"vblex", "vbser", "vbhaver", "vbmod", "vaux"})
_REFLEXIVE = frozenset({"sig", "mig", "dig", "os", "jer"})
_COPULAS = frozenset({"blive", "virke", "synes", "forekomme", "føles", "gøre", "holde", "anse"})
_SUBJECTS = frozenset({"jeg", "du", "han", "hun", "vi", "de", "man", "den", "det"})
_NOUN_PHRASE_POS = frozenset({"det", "adj", "n", "np", "prn", "num"})
_PLACE_MODIFIER_POS = frozenset({"det", "adj", "num"})
# nouns of a quality: "symptomer af varierende grad", "beviser af høj kvalitet"
_QUALITY_NOUNS = frozenset(
    {
        "grad", "art", "karakter", "kvalitet", "sværhedsgrad", "type", "slags", "styrke",
        "omfang", "betydning", "varighed", "størrelse", "intensitet", "form", "natur",
        "oprindelse",
    }
)  # fmt: skip
# nouns of adverbials that may stand between a word and its preposition: "på mange måder"
_ADVERBIAL_NOUNS = frozenset(
    {
        "måde", "side", "grad", "del", "sigt", "tidspunkt", "baggrund", "tid", "stund",
        "basis", "længde", "gang", "regel", "vis", "punkt", "forhånd", "forvejen", "sted",
    }
)  # fmt: skip
# endings of illness words: what a remedy is "mod" ("middel mod hovedpine")
DISEASE_ENDINGS = (
    "sygdom", "syge", "itis", "betændelse", "smerte", "smerter", "pine", "infektion",
    "feber", "influenza", "forkølelse", "kræft", "cancer", "allergi", "astma", "eksem",
    "hoste", "kvalme", "diarré", "forstoppelse", "migræne", "gigt", "akne", "acne",
    "psoriasis", "depression", "søvnløshed", "halsbrand", "oppustethed", "diabetes",
    "svimmelhed", "kløe", "udslæt", "virus",
)  # fmt: skip
# a word before "i" that makes it a direction inside, not the place's preposition
_INSIDE = frozenset({"ind", "inde", "ud", "ude", "rundt", "omkring"})


@dataclass(frozen=True)
class Government:
    """One entry: words, the English-shaped prepositions after (or before) them, the Danish."""

    heads: frozenset[str]
    pos: str  # "verb" | "adj" | "noun" | "any"
    wrong: frozenset[str]
    right: tuple[str, ...]
    reason: str
    incorrect: str
    correct: str
    then: frozenset[str] = frozenset()
    object: int = 0
    reflexive: bool = False
    before: bool = False
    disease: bool = False
    adverb: bool = False  # governs its preposition as an adverb too ("sidder tæt på")
    # words that make a fixed phrase of word and preposition: "til grund for" (ligge til grund
    # for, the basis of) is no English "reason for"
    not_after: frozenset[str] = frozenset()

    @property
    def label(self) -> str:
        return f"{'|'.join(sorted(self.heads))}: {'|'.join(sorted(self.wrong))}"


@dataclass(frozen=True)
class Misgoverned:
    """A match: the entry, the token indices of the word and of the wrong preposition."""

    government: Government
    head: int
    preposition: int


@cache
def load_governments(name: str = DATA) -> tuple[Government, ...]:
    """The entries of the data file `name`, read once per process from the package data."""
    text = resources.files("pipeline.checks").joinpath("data", name).read_text(encoding="utf-8")
    entries = yaml_data(text)
    return tuple(
        Government(
            heads=frozenset(entry["head"].split("|")),
            pos=entry["pos"],
            wrong=frozenset(entry["wrong"].split("|")),
            right=tuple(entry["right"].split("|")),
            reason=entry["reason"],
            incorrect=entry["incorrect"],
            correct=entry["correct"],
            then=frozenset(entry.get("then", "").split("|")) - {""},
            object=entry.get("object", 0),
            reflexive=entry.get("reflexive", False),
            before=entry.get("before", False),
            disease=entry.get("disease", False),
            adverb=entry.get("adverb", False),
            not_after=frozenset(entry.get("not_after", "").split("|")) - {""},
        )
        for entry in entries
    )


@cache
def government_matcher(name: str = DATA) -> GovernmentMatcher:
    """One matcher per data file and process."""
    return GovernmentMatcher(load_governments(name))


def _fits(reading: Reading, pos: str, token_adverb: bool = False) -> bool:
    """The reading is of the part of speech an entry names; an adjective read as an adverb
    in context ("består typisk af") is not the adjective's use."""
    if pos == "any":
        return True
    if pos == "adj" and token_adverb:
        return False
    if pos == "verb":
        # not a compound: "skrivebeskyttet" is no form of "beskytte"
        return not reading.compound and (
            reading.pos in _VERB_POS or (reading.pos == "adj" and reading.has("pp"))
        )
    return reading.pos == {"adj": "adj", "noun": "n"}[pos]


def _word(token: Token) -> bool:
    return any(ch.isalpha() for ch in token.surface)


def _lower(token: Token) -> str:
    return token.surface.casefold()


def _is_preposition(token: Token, words: frozenset[str]) -> bool:
    """The token is one of `words` read as a preposition, or the analyser's unit of one and
    the infinitive marker ("om at", read as one adverb); other multiword units are fixed
    adverbials ("på mange måder")."""
    first, *rest = _lower(token).split()
    if rest:
        return _lower(token) in words or (first in words and rest == ["at"])
    return first in words and any(r.pos == "pr" for r in token.readings)


def _adverb(token: Token) -> bool:
    """Every reading an adverb, or the tagger's choice ("ofte" is also read as an adjective)."""
    if any(r.pos == "pr" for r in token.readings):
        return False
    chosen = token.chosen is not None and token.chosen.pos == "adv"
    return _only(token, frozenset({"adv"})) or (chosen and " " not in token.surface)


def _adverbial_use(tokens: tuple[Token, ...], i: int) -> bool:
    """The word is read as an adverb, or an adjective's neuter form right after a lexical
    verb, which is an adverb's place ("består typisk af", not "er typisk for"), also when a
    comma sets it off after the verb ("blokeres, typisk af en blodprop")."""
    token = tokens[i]
    if token.chosen is not None and token.chosen.pos == "adv":
        return True
    before = tokens[i - 1].chosen if i > 0 else None
    if before is not None and before.pos == "cm" and i > 1:
        before = tokens[i - 2].chosen
    return (
        before is not None
        and before.pos == "vblex"
        and before.lemma.casefold() not in _COPULAS
        and any(r.has("nt") for r in token.readings)
    )


def _active_verb(token: Token) -> bool:
    return any(r.pos in _VERB_POS and not r.has("pp") for r in token.readings)


def _modifier(token: Token) -> bool:
    """A determiner, number or adjective (some reading), not read as a noun in context."""
    chosen = token.chosen.pos if token.chosen is not None else None
    return chosen != "n" and any(r.pos in _PLACE_MODIFIER_POS for r in token.readings)


def _only(token: Token, pos: frozenset[str]) -> bool:
    return bool(token.readings) and all(r.pos in pos for r in token.readings)


class GovernmentMatcher:
    """Finds the entries of a list in a segment's analysed tokens."""

    def __init__(self, governments: tuple[Government, ...]) -> None:
        self._after: dict[str, list[Government]] = {}
        self._before: dict[str, list[Government]] = {}
        for government in governments:
            index = self._before if government.before else self._after
            for head in government.heads:
                index.setdefault(head, []).append(government)

    def find(self, tokens: tuple[Token, ...]) -> list[Misgoverned]:
        found = []
        for i, token in enumerate(tokens):
            lemmas = {r.lemma.casefold() for r in token.readings}
            for lemma in lemmas & self._after.keys():
                for government in self._after[lemma]:
                    adverb = not government.adverb and _adverbial_use(tokens, i)
                    if not any(
                        r.lemma.casefold() == lemma and _fits(r, government.pos, adverb)
                        for r in token.readings
                    ):
                        continue
                    k = _preposition_after(tokens, i, government)
                    if k is not None and _wrong_here(tokens, i, k, government):
                        found.append(Misgoverned(government, i, k))
            for lemma in lemmas & self._before.keys():
                for government in self._before[lemma]:
                    k = _preposition_before(tokens, i, lemma, government)
                    if k is not None:
                        found.append(Misgoverned(government, i, k))
        return _first_per_preposition(found)


def _first_per_preposition(found: list[Misgoverned]) -> list[Misgoverned]:
    """One match per preposition (two entries may name the same word)."""
    seen: set[int] = set()
    kept = []
    for match in found:
        if match.preposition not in seen:
            seen.add(match.preposition)
            kept.append(match)
    return kept


def _preposition_after(tokens: tuple[Token, ...], i: int, government: Government) -> int | None:
    """The index of the entry's wrong preposition after the word at `i`, past the adverbs,
    the reflexive pronoun and the object words the entry allows; None when there is none."""
    j = i + 1
    if j < len(tokens) and _lower(tokens[j]) in _SUBJECTS and government.pos in ("verb", "any"):
        j += 1  # inverted subject: "forbereder du dig"
    if government.reflexive:
        if j >= len(tokens) or _lower(tokens[j]) not in _REFLEXIVE:
            return None
        j += 1
    elif j < len(tokens) and _lower(tokens[j]) in _REFLEXIVE:
        j += 1
    adverbs = 0
    while (
        j < len(tokens)
        and adverbs < MAX_ADVERBS
        and _adverb(tokens[j])
        and not _is_preposition(tokens[j], government.wrong)
    ):
        j += 1
        adverbs += 1
    for k in range(j, min(j + government.object + 1, len(tokens))):
        if _is_preposition(tokens[k], government.wrong):
            # an object stands only after an active verb, never after a participle
            return k if k == j or _active_verb(tokens[i]) else None
        if not (_word(tokens[k]) and any(r.pos in _NOUN_PHRASE_POS for r in tokens[k].readings)):
            return None
    return None


def _preposition_before(
    tokens: tuple[Token, ...], i: int, lemma: str, government: Government
) -> int | None:
    """The index of the wrong preposition before the place noun at `i` ("i de fleste
    apoteker"), with determiners, numbers and adjectives between; None when there is none."""
    noun = [r for r in tokens[i].readings if r.lemma.casefold() == lemma and r.pos == "n"]
    if not noun or any(r.has("gen") for r in noun):
        return None
    k = i - 1
    while k >= 0 and i - k <= MAX_BETWEEN_PLACE and _modifier(tokens[k]):
        k -= 1
    if k < 0 or not _is_preposition(tokens[k], government.wrong):
        return None
    if k > 0 and _lower(tokens[k - 1]) in _INSIDE:
        return None
    return k


def _clause_after(tokens: tuple[Token, ...], k: int) -> list[str]:
    """The words after index `k` up to punctuation, at most CLAUSE_WINDOW."""
    words = []
    for token in tokens[k + 1 : k + 1 + CLAUSE_WINDOW]:
        if not _word(token):
            break
        words.append(_lower(token))
    return words


def _clause_before(tokens: tuple[Token, ...], i: int) -> list[str]:
    words = []
    for token in reversed(tokens[max(i - CLAUSE_WINDOW, 0) : i]):
        if not _word(token):
            break
        words.append(_lower(token))
    return words


def _wrong_here(tokens: tuple[Token, ...], i: int, k: int, government: Government) -> bool:
    """The preposition at `k` is the English-shaped one of the word at `i`, not part of
    another construction (see the module's docstring)."""
    preposition, *joined = (
        [_lower(tokens[k])]
        if _lower(tokens[k]) in government.wrong
        else (_lower(tokens[k]).split())
    )
    after = joined + _clause_after(tokens, k)
    if not after:
        # a comma and a clause may follow ("afhænger på, hvor …"), never the sentence's end
        if k + 2 >= len(tokens) or tokens[k + 1].surface != "," or not _word(tokens[k + 2]):
            return False
        after = [_lower(tokens[k + 2])]
    if government.then and after[0] not in government.then:
        return False
    if i > 0 and _lower(tokens[i - 1]) in government.not_after:
        return False  # a fixed phrase: "ligger til grund for"
    if _adverbial_follows(tokens, k):
        return False  # "afhænger på mange måder af", "reagerer til tider"
    if preposition == "fra" and ("til" in after or after[0][:1].isdigit()):
        return False
    if preposition == "til" and "fra" in _clause_before(tokens, i):
        return False
    if preposition == "for" and _purpose_or_degree(tokens[k + 1], after[0], government):
        return False
    if preposition == "af" and _quality_follows(tokens, k):
        return False
    return not government.disease or _illness_follows(tokens, k)


def _noun_after(tokens: tuple[Token, ...], k: int) -> tuple[int, int]:
    """The index of the first token after `k` that is not a determiner, number or adjective,
    and how many such words stand before it."""
    j = k + 1
    while j < len(tokens) and j - k <= MAX_BETWEEN_PLACE and _modifier(tokens[j]):
        j += 1
    return j, j - k - 1


def _purpose_or_degree(nxt: Token, first: str, government: Government) -> bool:
    """ "for at" + infinitive (a purpose) or "for" + a degree word ("for længe"), unless the
    entry asks for "at" or an illness after the preposition."""
    if "at" in government.then or government.disease:
        return False
    return first == "at" or (nxt.chosen is not None and nxt.chosen.pos in ("adv", "adj"))


def _quality_follows(tokens: tuple[Token, ...], k: int) -> bool:
    """ "af" + modifiers + a quality noun: "af varierende grad", "af høj kvalitet"."""
    j, modifiers = _noun_after(tokens, k)
    return (
        modifiers > 0
        and j < len(tokens)
        and any(r.pos == "n" and r.lemma.casefold() in _QUALITY_NOUNS for r in tokens[j].readings)
    )


def _adverbial_follows(tokens: tuple[Token, ...], k: int) -> bool:
    """The preposition opens an adverbial of manner, degree or time ("på mange måder", "til
    tider", "i høj grad"), not the word's object."""
    j, _ = _noun_after(tokens, k)
    return j < len(tokens) and any(
        r.pos == "n" and r.lemma.casefold() in _ADVERBIAL_NOUNS for r in tokens[j].readings
    )


def _illness_follows(tokens: tuple[Token, ...], k: int) -> bool:
    """The noun after the preposition (past determiners and adjectives) names an illness."""
    j, _ = _noun_after(tokens, k)
    if j >= len(tokens):
        return False
    words = {_lower(tokens[j])} | {r.lemma.casefold() for r in tokens[j].readings if r.pos == "n"}
    return any(word.endswith(DISEASE_ENDINGS) for word in words)
