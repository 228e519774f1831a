"""Which of two spellings of one word an article should keep, when counting them does not say.

SPELL003 reports the minority spelling of a word; when an article writes each spelling equally
often, or writes a form no dictionary knows more often than the standard one, the count
would report the standard form as the odd one out. Three kinds of evidence decide instead:

- the dictionary: a spelling hunspell knows beats one it does not ("kronisk" before
  "chronisk"), whatever the count;
- Danish letters: of two spellings that differ by Latin and English letter sequences (th, ph,
  ch, rh, c, q, x, ae, é), the one with fewer of them is Danish ("erytrocyt" before
  "erythrocyt", "artritis" before "arthritis");
- the linking -s: of two compounds that differ only by an s after the first element
  ("blodtrykscreening"/"blodtryksscreening"), the one that matches how hunspell-da's own
  compounds of that first element join ("blodtryksmåler", "blodtrykssænkende") is right.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from functools import cache
from itertools import combinations
from pathlib import Path

from pipeline.checks.speller import dictionary_path
from pipeline.core.content_identity import content_digest
from pipeline.core.kept_values import kept_value

_LATIN_LETTERS = re.compile(r"th|ph|ch|rh|ae|é|c|q|x")
MIN_REST = 3  # a second element of at least this many letters


def latin_letters(spelling: str) -> int:
    """How many Latin or English letter sequences `spelling` has ("erythrocyt": 2)."""
    return len(_LATIN_LETTERS.findall(spelling))


def linking_s_first(with_s: str, without_s: str) -> str | None:
    """The first element when `with_s` is `without_s` with one linking s more
    ("blodtryksscreening", "blodtrykscreening" → "blodtryk"), else None."""
    if len(with_s) != len(without_s) + 1:
        return None
    index = next(
        (i for i, (a, b) in enumerate(zip(with_s, without_s, strict=False)) if a != b),
        len(without_s),
    )
    if with_s[:index] + with_s[index + 1 :] != without_s or with_s[index] != "s":
        return None
    while index > 0 and with_s[index - 1] == "s":
        index -= 1  # the s of a run "ss": the linking s comes right after the first element
    first = with_s[:index]
    return first if len(first) >= MIN_REST and len(without_s) - len(first) >= MIN_REST else None


def takes_linking_s(first: str, lang: str = "da") -> bool | None:
    """Whether the dictionary's compounds of `first` join it with an s ("blodtryks-måler"),
    without one ("fodbold-kamp"), or None when it has no compound of it either way."""
    entries = _entries(lang)
    first = first.lower()
    joined = without = 0
    index = bisect.bisect_left(entries, first)
    while index < len(entries) and entries[index].startswith(first):
        rest = entries[index][len(first) :]
        index += 1
        if len(rest) <= MIN_REST:
            continue  # an inflection of the first element itself ("blodtrykket")
        if rest[0] == "s":
            joined += 1
        else:
            without += 1
    if joined == without:
        return None
    return joined > without


@cache
def _entries(lang: str) -> list[str]:
    """The sorted, lower-case entries of the hunspell dictionary of `lang` (read once, and
    only when two spellings tie on a linking s). Reading the 158,000 lines of the Danish
    dictionary costs 0.14 s of CPU, loading the list an earlier process kept 0.015 s: it is
    kept by the file's bytes and this module's source (pipeline/core/kept_values.py)."""
    path = dictionary_path(lang)
    if path is None:
        return []
    try:
        identity = content_digest(path.resolve())
        code = Path(__file__).read_bytes()
    except (OSError, TypeError):  # no file identity or source to key them by
        return _read_entries(path)
    kept = kept_value("dictionary-entries", (identity.encode(), code), lambda: _read_entries(path))
    return kept if isinstance(kept, list) else _read_entries(path)


def _read_entries(path: Path) -> list[str]:
    """The sorted, lower-case entries of the hunspell dictionary file `path`."""
    words = set()
    with path.open(encoding="utf-8", errors="replace") as handle:
        next(handle, None)  # the entry count
        for line in handle:
            word = line.split("/", 1)[0].strip()
            if word:
                words.add(word.lower())
    return sorted(words)


# Latin and English letters and the Danish ones that replace them, most telling first.
_DANISH_LETTERS = (
    (re.compile("ch"), "k"),
    (re.compile("th"), "t"),
    (re.compile("ph"), "f"),
    (re.compile("rh"), "r"),
    (re.compile("c(?=[aoulrtk]|$)"), "k"),
    (re.compile("x"), "ks"),
    (re.compile("ae"), "æ"),
)
COMMON_DANISH = 3.0  # zipf: the Danish spelling is an everyday word ("kronisk" 4.1)


def common_danish_spelling(word: str, known: Callable[[str], bool]) -> str | None:
    """The Danish spelling of `word` when `word` is written with Latin or English letters
    and the Danish spelling is a common word of the language, in the case of `word`
    ("Chronisk" → "Kronisk"); None otherwise. Names and rare terms are left alone: only an
    everyday word (Danish, Norwegian or Swedish zipf frequency at least COMMON_DANISH) counts,
    so "Thomas", "Christensen" or "Trimethoprim" have no Danish spelling here."""
    from pipeline.checks.frequency import zipf

    lower = word.lower()
    for variant in danish_lettered(lower):
        common = max(zipf(variant, lang) for lang in ("da", "nb", "sv"))
        if common >= COMMON_DANISH and known(variant):
            return variant[0].upper() + variant[1:] if word[0].isupper() else variant
    return None


def danish_lettered(word: str) -> Iterator[str]:
    """`word` (lower case) with some or all of its Latin and English letter sequences
    written the Danish way ("arthritis" → "artritis", "pancreatitis" → "pankreatitis"),
    fewest changes first; nothing when it has none."""
    rules = [(pattern, other) for pattern, other in _DANISH_LETTERS if pattern.search(word)]
    for count in range(1, len(rules) + 1):
        for chosen in combinations(rules, count):
            variant = word
            for pattern, other in chosen:
                variant = pattern.sub(other, variant)
            if variant != word:
                yield variant
