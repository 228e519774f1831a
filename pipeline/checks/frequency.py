"""How common a word is in a language, on wordfreq's Zipf scale (0 unknown, 7 the commonest).

Several checks ask this (English left in Danish, glued words, capitalised nouns, Norwegian and
Swedish spelling). wordfreq's own `zipf_frequency` runs its tokenizer first, whose regular
expressions cost about 0.4 s of CPU to compile in every process: a large share of a one-article
check. For a plain alphabetic word in the languages we check, the tokenizer only case-folds, so
the word is looked up in wordfreq's table directly; anything else goes through wordfreq itself.
tests/checks/test_frequency.py compares both on real text.
"""

from __future__ import annotations

import math
import unicodedata
from functools import cache, lru_cache
from typing import Any

DIRECT = frozenset({"da", "en", "nb", "sv"})  # languages the direct look-up was checked for


@lru_cache(maxsize=200_000)
def zipf(word: str, lang: str) -> float:
    """wordfreq's `zipf_frequency(word, lang)`, looked up directly where that is the same."""
    if lang in DIRECT and word.isalpha():
        frequency = _table(lang).get(unicodedata.normalize("NFC", word).casefold(), 0.0)
        return round(math.log10(frequency) + 9, 2) if frequency > 0 else 0.0
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word, lang))


@cache
def _table(lang: str) -> dict[str, Any]:
    from wordfreq import get_frequency_dict

    table: dict[str, Any] = get_frequency_dict(lang)
    return table
