"""How common a word is in a language, on wordfreq's Zipf scale (0 unknown, 7 the commonest).

Several checks ask this (English left in Danish, glued words, capitalised nouns, Norwegian and
Swedish spelling). wordfreq's own `zipf_frequency` runs its tokenizer first, whose regular
expressions cost about 0.4 s of CPU to compile in every process, and importing wordfreq and
building its table of a language costs about 0.3 s more per language: most of a one-article
check, which consults four languages (Danish, Norwegian, Swedish, English). For a plain
alphabetic word in the languages we check, the tokenizer only case-folds, so the word is looked
up directly in a sorted index of wordfreq's table: a file written once per wordfreq data file
(in the user's cache folder) and searched through mmap, so a process loads nothing up front and
reads only the pages its words fall on. Words joined by hyphens or spaces are combined as
wordfreq combines its tokens; any other text ("barn's", "covid-19") is split by wordfreq's own
tokenizer and digit rules and looked up in the index too, so no process loads wordfreq's tables.
tests/checks/test_frequency.py compares both on real text.
"""

from __future__ import annotations

import importlib.util
import math
import re
import unicodedata
from functools import cache, lru_cache
from pathlib import Path
from typing import Protocol

from pipeline.core.content_identity import content_digest
from pipeline.core.fs import atomic_write_bytes
from pipeline.core.sorted_file import SortedFile
from pipeline.core.user_cache import cache_home

DIRECT = frozenset({"da", "en", "nb", "sv"})  # languages the direct look-up was checked for
INDEX_VERSION = 1


class _Table(Protocol):
    def get(self, word: str, default: float, /) -> float: ...


@lru_cache(maxsize=200_000)
def zipf(word: str, lang: str) -> float:
    """wordfreq's `zipf_frequency(word, lang)`, looked up directly where that is the same."""
    if lang in DIRECT:
        if word.isalpha():
            frequency = _table(lang).get(unicodedata.normalize("NFC", word).casefold(), 0.0)
            return round(math.log10(frequency) + 9, 2) if frequency > 0 else 0.0
        parts = _BETWEEN_WORDS.split(word)
        if len(parts) > 1 and all(part.isalpha() for part in parts):
            # a hyphen or a space between letters is a word boundary: wordfreq's tokens
            return _combined([unicodedata.normalize("NFC", p).casefold() for p in parts], lang)
        return _tokenized(word, lang)
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word, lang))


_BETWEEN_WORDS = re.compile("[- ]")
# wordfreq's `minimum` for zipf_frequency's default of 0: what an unknown token gives
_MINIMUM = 10.0**0 / 1e9


def _tokenized(word: str, lang: str) -> float:
    """wordfreq's answer for any other text ("barn's", "covid-19"): its own tokenizer and
    digit rules, the frequencies from the index. wordfreq itself would also load its whole
    table of each language a check consults (0.1 s of CPU each)."""
    from wordfreq.numbers import digit_freq, smash_numbers
    from wordfreq.tokens import lossy_tokenize

    tokens = lossy_tokenize(word, lang)
    smashed = [smash_numbers(token) for token in tokens]
    scale = [digit_freq(t) if s != t else 1.0 for s, t in zip(smashed, tokens, strict=True)]
    return _combined(smashed, lang, scale)


def _combined(tokens: list[str], lang: str, scale: list[float] | None = None) -> float:
    """`zipf_frequency` of a text of `tokens`, in wordfreq's own arithmetic: an unknown token
    makes the whole unknown, the frequencies combine as 1/f = 1/f1 + 1/f2 + ... (each times
    its digits' frequency, `scale`), kept to three significant digits."""
    if not tokens:
        return _zipf_of(_MINIMUM)
    table = _table(lang)
    one_over = 0.0
    for index, token in enumerate(tokens):
        frequency = table.get(token, 0.0)
        if frequency <= 0:
            return _zipf_of(_MINIMUM)
        if scale is not None:
            frequency *= scale[index]
        one_over += 1.0 / frequency
    unrounded = max(1.0 / one_over, _MINIMUM)
    return _zipf_of(round(unrounded, math.floor(-math.log(unrounded, 10)) + 3))


def _zipf_of(frequency: float) -> float:
    return round(math.log(frequency, 10) + 9, 2)


class SortedIndex:
    """word -> frequency from a file of "word<TAB>frequency" lines sorted by their UTF-8 bytes."""

    def __init__(self, path: Path) -> None:
        self._file = SortedFile(path)

    def get(self, word: str, default: float, /) -> float:
        value = self._file.get(word)
        return default if value is None else float(value)


def _source_file(lang: str) -> Path | None:
    """The data file wordfreq's "best" list of `lang` is read from (found without importing)."""
    spec = importlib.util.find_spec("wordfreq")
    if spec is None or not spec.submodule_search_locations:
        return None
    data = Path(next(iter(spec.submodule_search_locations))) / "data"
    for name in (f"large_{lang}.msgpack.gz", f"small_{lang}.msgpack.gz"):
        if (data / name).is_file():
            return data / name
    return None


def _cache_folder() -> Path:
    return cache_home() / "wordfreq"


def index_path(lang: str) -> Path | None:
    """Where the index of `lang` lives; its name changes with the bytes of the data file it
    was built from (the same on another machine with the same wordfreq: a restored cache)."""
    source = _source_file(lang)
    if source is None:
        return None
    name = f"{lang}-{content_digest(source)[:32]}-v{INDEX_VERSION}.tsv"
    return _cache_folder() / name


def build_index(lang: str) -> bytes:
    """The index file's bytes: `get_frequency_dict(lang)`'s words and frequencies, built
    from the list it is made of, a bucket of words per centibel: each bucket's frequency
    is written out once, not once per word (a million words in Swedish), since building
    the four indexes is most of a first check on a machine that never ran one, which is
    every run of a fresh CI machine. A word in two buckets keeps the later one's, as in
    `get_frequency_dict` (tests/checks/test_frequency.py builds it from that dict)."""
    from wordfreq import cB_to_freq, get_frequency_list

    values: dict[bytes, bytes] = {}
    for index, bucket in enumerate(get_frequency_list(lang)):
        value = b"\t" + repr(cB_to_freq(-index)).encode("ascii") + b"\n"
        values.update(dict.fromkeys(map(str.encode, bucket), value))
    keys = sorted(key for key in values if b"\t" not in key and b"\n" not in key)
    return b"".join(key + values[key] for key in keys)


@cache
def _table(lang: str) -> _Table:
    path = index_path(lang)
    if path is not None and not path.is_file():
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(path, build_index(lang))
        except OSError:
            path = None  # a read-only home: fall back to wordfreq's table in memory
    if path is None:
        from wordfreq import get_frequency_dict

        table: dict[str, float] = get_frequency_dict(lang)
        return table
    return SortedIndex(path)
