"""Hunspell dictionaries (Debian's hunspell-da, -no, -sv, -en-us) with the glossary as known words.

`Speller.accepts` widens `known` for the spelling checks with clinical Danish and compounds
(see pipeline/checks/word_formation.py), and in Norwegian and Swedish with what
pipeline/checks/nordic_speller.py adds; `known` stays the plain dictionary, which language
identification needs to tell Danish from English.

Loading a dictionary takes a noticeable part of a check and articles repeat their words, so
each dictionary is loaded once per process, only when a word's answer is not yet kept on disk
(pipeline/checks/spelling_cache.py), and its answers are cached across documents.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, TypeVar

from pipeline.checks import (
    danish_words,
    nordic_lexicon,
    nordic_shorthand,
    nordic_speller,
    nordic_words,
)
from pipeline.checks.spelling_cache import SPELL, STEMS, kept_answer, spelling_file
from pipeline.checks.suggestion_cache import kept_suggestions
from pipeline.checks.word_formation import (
    PREFIXES,
    drug_compound,
    drug_name,
    fewest_words,
    formed_word,
    in_word_list,
    swapped,
)
from pipeline.glossary.model import Glossary

T = TypeVar("T")
_MEMO_MAX = 500_000  # answers kept per speller before the memo starts over
_SHARED: dict[tuple[type, str, int], Speller] = {}  # (class, language, id(glossary)) -> speller
_SHARED_MAX = 16

DICTIONARY_DIRS = (Path("/usr/share/hunspell"), Path("/usr/share/myspell/dicts"))
DICTIONARY_NAMES = {
    "da": "da_DK",
    "nb": "nb_NO",
    "nn": "nn_NO",
    "no": "nb_NO",
    "sv": "sv_SE",
    "en": "en_US",
    "de": "de_DE",
}


# Languages whose articles `check` can check (spelling, language, mechanics, glossary terms):
# those with a hunspell dictionary that scripts/setup.sh installs. German is refused: its
# dictionary (hunspell-de-de) is installed so that LANG001 can confirm a German sentence in a
# Danish article, but SPELL001 takes a capitalised word inside a sentence for a name, and
# German capitalises every noun, so German articles would have their nouns go unchecked.
ARTICLE_LANGUAGES = ("da", "en", "nb", "nn", "no", "sv")


def article_languages() -> list[str]:
    """The ARTICLE_LANGUAGES whose dictionary is installed here."""
    return [lang for lang in ARTICLE_LANGUAGES if dictionary_path(lang) is not None]


def dictionary_path(lang: str) -> Path | None:
    name = DICTIONARY_NAMES.get(lang, lang)
    for folder in DICTIONARY_DIRS:
        dic = folder / f"{name}.dic"
        if dic.exists() and dic.with_suffix(".aff").exists():
            return dic
    return None


@cache
def _dictionary(lang: str) -> Path | None:
    # A folder of catalogs names a hundred languages, most without a dictionary here: each
    # is looked up once, and a missing one never pushes a loaded dictionary out of a cache.
    return dictionary_path(lang)


@cache
def _load(dic: Path) -> tuple[Any, str]:
    """One handle per dictionary file (da, nb, nn, sv, en here), loaded once per process."""
    import hunspell

    handle = hunspell.HunSpell(str(dic), str(dic.with_suffix(".aff")))
    return handle, handle.get_dic_encoding()


def _decode(items: list[Any], encoding: str) -> list[str]:
    return [s.decode(encoding) if isinstance(s, bytes) else s for s in items]


@lru_cache(maxsize=500_000)
def _spell(lang: str, word: str) -> bool:
    dic = _dictionary(lang)
    if dic is None:
        return False

    def compute() -> bool:
        try:
            return bool(_load(dic)[0].spell(word))
        except UnicodeEncodeError:
            return False

    # kept on disk, so that a text whose words were all asked before loads no dictionary
    return kept_answer(dic, SPELL, word, compute)


@lru_cache(maxsize=20_000)
def _suggest(lang: str, word: str) -> tuple[str, ...]:
    dic = _dictionary(lang)
    if dic is None:
        return ()

    # hunspell's slowest call: its answers are kept on disk for every later process
    return kept_suggestions(dic, word, lambda: _word_list(dic, "suggest", word))


@lru_cache(maxsize=50_000)
def _stems(lang: str, word: str) -> tuple[str, ...]:
    dic = _dictionary(lang)
    if dic is None:
        return ()

    return kept_answer(dic, STEMS, word, lambda: _word_list(dic, "stem", word))


def _word_list(dic: Path, method: str, word: str) -> tuple[str, ...]:
    """hunspell's `suggest` or `stem` answer for `word`, decoded; none for a word the
    dictionary's encoding cannot hold."""
    handle, encoding = _load(dic)
    try:
        return tuple(_decode(getattr(handle, method)(word), encoding))
    except UnicodeEncodeError:
        return ()


COMPOUNDING = frozenset({"da", "nb", "nn", "no", "sv"})

_CONSONANTS = frozenset("bdfgklmnprstv")
# Danish prefixes hunspell-da derives words with, whose stem is the word's end: "intolerans"
# (tolerans), "uskadelig" (skadelig): such a word is an entry, and a compound's part.
_DANISH_PREFIXES = frozenset({"u", "in", "im", "il", "ir", "mis", "van", "be", "for", "und"})


def _prefixed(word: str, stem: str) -> bool:
    """`word` is `stem` after one of hunspell-da's prefixes."""
    return word.endswith(stem) and word[: len(word) - len(stem)] in _DANISH_PREFIXES


def _lexical(lang: str, word: str) -> bool:
    """A dictionary word on its own, never one of the compounds hunspell's affix rules build
    from chance strings ("muskeltrækin" → stem "in"): a stem must carry the word's start."""
    if in_word_list(word):
        return True
    if not _spell(lang, word):
        return False
    stems = _stems(lang, word)
    return (
        any(len(stem) >= 4 and word.startswith(stem[:4]) for stem in stems)
        or word in stems
        or (lang == "da" and any(_prefixed(word, stem) for stem in stems))
    )


def _part(lang: str, word: str) -> bool:
    """A compound's part: a dictionary word, or in Norwegian and Swedish also clinical Latin
    that a neighbour's dictionary or the Danish list knows ("koronar" + "arterie")."""
    if _lexical(lang, word):
        return True
    if lang == "da":
        return False
    return nordic_speller.neighbour_clinical(lang, word) or nordic_speller.latin_noun(lang, word)


def _base_form(lang: str, word: str) -> bool:
    """A dictionary word in its base form ("rygrad", not the plural "rygrade"). In
    Norwegian and Swedish also clinical Latin a neighbour knows, a noun in -ing, whose stem
    hunspell gives as the verb ("åreforkalkning": åreforkalke), and in Swedish a noun that
    drops its final -a ("hjärt": hjärta)."""
    if lang != "da":
        if nordic_speller.neighbour_clinical(lang, word) or nordic_speller.latin_noun(lang, word):
            return True
        if word.endswith("ing") and _lexical(lang, word):
            return True
        if lang == "sv" and nordic_words.swedish_truncated(
            word, lambda w: w in _stems(lang, w) and "n" in nordic_words.parts_of_speech(lang, w)
        ):
            return True
    return in_word_list(word) or (_spell(lang, word) and word in _stems(lang, word))


@lru_cache(maxsize=100_000)
def _formed(lang: str, word: str) -> bool:
    lexical = lambda variant: _lexical(lang, variant)  # noqa: E731
    if in_word_list(word) or drug_name(word, lexical, lambda slips: prefetch_answers(lang, slips)):
        return True
    part = lambda piece: _part(lang, piece)  # noqa: E731
    if not formed_word(word, part, lambda p: _base_form(lang, p)) and not drug_compound(word, part):
        return False
    return not _slip_of(lang, word)


def _slip_of(lang: str, word: str) -> bool:
    """A typing slip that happens to split into known parts: one letter left out, or two
    neighbours swapped, gives a dictionary word ("vejretrækning": "vejre" + "trækning", but
    vejrtrækning with one letter too many) or a compound of fewer words
    ("hovedpinetabeletter": hovedpine + tabletter, not hovedpine + tabe + letter)."""

    def known(piece: str) -> bool:
        return _lexical(lang, piece)

    def entry(variant: str) -> bool:
        return _entry(lang, variant)

    parts = fewest_words(word, known)
    # A linking -s- left out is a variant spelling ("blodtrykkmåling"), not the slip's fix,
    # and an adjective in -sk is one letter from its noun's genitive by construction
    # ("erytrodermisk", "erytrodermis").
    # The vowel that ends a leading combining form is no letter too many either
    # ("renoprotektion": reno + protektion, not ren + protektion).
    deleted = (
        word[:i] + word[i + 1 :]
        for i in range(len(word))
        if word[i] != "s"
        and not (i == len(word) - 1 and word.endswith("sk"))
        and not (word[i] == "o" and word[: i + 1] in PREFIXES)
    )
    # Norwegian and Swedish, whose compounds may have three-letter parts, also a double
    # consonant written single ("sykdomen": syk + domen, but sykdommen)
    doubled = (
        (word[: i + 1] + word[i:] for i in range(len(word)) if word[i] in _CONSONANTS)
        if lang != "da"
        else ()
    )
    for variant in {*deleted, *swapped(word), *doubled} - {word}:
        if entry(variant):
            return True
        if parts is not None and parts >= 3:
            fewer = fewest_words(variant, known)
            # (one part fewer is chance in Norwegian and Swedish, whose hunspell compounds)
            if fewer is not None and fewer < parts - (0 if lang == "da" else 1):
                return True
    return False


@lru_cache(maxsize=100_000)
def _danish(word: str) -> bool:
    """Danish derivations and Latin spellings (pipeline/checks/danish_words.py)."""
    known = lambda w: _lexical("da", w) or _formed("da", w)  # noqa: E731
    spell, stems = lambda w: _spell("da", w), lambda w: _stems("da", w)
    return danish_words.derived(word, known, spell, stems, lambda w: _slip_of("da", w))


def _entry(lang: str, variant: str) -> bool:
    """A dictionary entry or a short inflection of one, never a compound the affix rules
    build ("blodtrykksmå" + "ingene")."""
    stems = _stems(lang, variant) if _spell(lang, variant) else ()
    if in_word_list(variant):
        return True
    close = [st for st in stems if len(variant) - len(st) <= 3]
    if lang == "da":
        return bool(close)
    # hunspell-no and -sv build compounds themselves and give them as stems
    # ("hjertesvikbehandle" + "ing"): a stem made of several words is no dictionary entry
    return any(not _two_words(st.lower(), lambda p: _lexical(lang, p)) for st in close)


def _two_words(word: str, known: Callable[[str], bool]) -> bool:
    """`word` splits into a known word and one or more known words after it."""
    return any(
        known(word[:i]) and fewest_words(word[i:], known) is not None
        for i in range(4, len(word) - 3)
    )


def prefetch_answers(lang: str, words: Iterable[str], stems: Iterable[str] = ()) -> None:
    """Read ahead the kept answers of `lang`'s dictionary, whether it spells `words` and the
    stems of `stems`, in a few queries instead of one per word
    (pipeline/checks/spelling_cache.py)."""
    dic = _dictionary(lang)
    if dic is not None:
        spelling_file(dic).prefetch(SPELL, words)
        spelling_file(dic).prefetch(STEMS, stems)


class Speller:
    """Spell checking for one language; glossary words count as known.

    `for_language` hands every document of a run the same instance for a language and
    glossary, so its memo of answers (`known`, `accepts`, and what checks keep with `memo`)
    serves the whole batch: the glossary look-up and hunspell call behind a word are made once.
    """

    def __init__(self, lang: str, glossary: Glossary | None = None) -> None:
        self.lang = lang
        self._glossary = glossary
        self._known: dict[str, bool] = {}
        self._accepts: dict[str, bool] = {}
        self._memo: dict[Hashable, Any] = {}

    @classmethod
    def for_language(cls, lang: str, glossary: Glossary | None = None) -> Speller | None:
        if _dictionary(lang) is None:  # the dictionary itself is loaded when first asked
            return None
        key = (cls, lang, id(glossary))
        speller = _SHARED.pop(key, None)
        # the shared instance holds its glossary, so the id cannot be reused meanwhile
        if speller is None or speller._glossary is not glossary:
            speller = cls(lang, glossary)
        _SHARED[key] = speller
        while len(_SHARED) > _SHARED_MAX:
            del _SHARED[next(iter(_SHARED))]
        return speller

    def memo(self, key: Hashable, factory: Callable[[], T]) -> T:
        """`factory()`, computed once per `key` for this language and glossary."""
        if key not in self._memo:
            if len(self._memo) >= _MEMO_MAX:
                self._memo.clear()
            self._memo[key] = factory()
        value: T = self._memo[key]
        return value

    def known(self, word: str) -> bool:
        answer = self._known.get(word)
        if answer is None:
            if len(self._known) >= _MEMO_MAX:
                self._known.clear()
            answer = self._known[word] = bool(
                (self._glossary is not None and self._glossary.knows_word(word, self.lang))
                or _spell(self.lang, word)
            )
        return answer

    def accepts(self, word: str) -> bool:
        """Known, or a word of the medical list, a compound of known words, a Greco-Latin
        formation or a drug name (Danish, Norwegian and Swedish, which write clinical Latin
        alike: "pylorus", "divertikler"; the list itself comes from Danish SKS)."""
        answer = self._accepts.get(word)
        if answer is None:
            if len(self._accepts) >= _MEMO_MAX:
                self._accepts.clear()
            answer = self._accepts[word] = self._accepts_now(word)
        return answer

    def _accepts_now(self, word: str) -> bool:
        if self.known(word):
            return True
        if self.lang not in COMPOUNDING:
            return False
        if self.lang != "da" and (
            nordic_speller.common(self.lang, word.lower())
            or nordic_speller.neighbour_clinical(self.lang, word)
            or nordic_shorthand.abbreviation(self.lang, word)
            or nordic_shorthand.stressed(word, self.known)
        ):
            return True
        if nordic_speller.FOREIGN_ENDINGS.get(self.lang, "-") in word.lower():
            return False  # the neighbour's Latin ending ("infusjon" in Swedish) is no formation
        if _formed(self.lang, word.lower()):
            return True
        if self.lang == "da":
            return _danish(word.lower())
        return nordic_speller.formation(self.lang, word.lower()) or nordic_speller.analysed(
            self.lang, word.lower()
        )

    def prefetch(self, words: Iterable[str]) -> None:
        """Have Apertium's analyser read, in one request, the words of a document that the
        dictionary does not know (Norwegian and Swedish; see nordic_lexicon)."""
        if self.lang in nordic_lexicon.ANALYSED:
            nordic_lexicon.prefetch(
                self.lang, {w.lower() for w in words if w.isalpha() and not self.known(w)}
            )

    def suggest(self, word: str) -> tuple[str, ...]:
        return _suggest(self.lang, word)

    def stems(self, word: str) -> list[str]:
        return list(_stems(self.lang, word))
