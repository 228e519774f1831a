"""Compounds and forms of clinical words that the compounds of word_formation.py do not reach.

word_formation.py closes compounds of dictionary words; a clinical word derived by a rule of
danish_words.py ("mikrobiotaen", "herpetisk") or a Danish adjective of a Latin one ("brachial":
brachialis) is no dictionary word, so a compound or a prefix with it stayed unknown:
"tarmmikrobiotaen" (tarm + mikrobiotaen), "postherpetisk" (post + herpetisk),
"brachialarterier" (brachial + arterier). The rules here take such a word apart and ask the
derivation rules for its part. Each rule needs a known word or a
derivation of one, and danish_words.py rejects a word one slip from a dictionary word.
"""

from __future__ import annotations

from collections.abc import Callable

from pipeline.checks.word_formation import PREFIXES, latinate

Known = Callable[[str], bool]

MIN_PART = 4
MIN_STEM = 5
# The definite form of a Latin noun in -a: mikrobiota → mikrobiotaen, as aorta → aortaen.
_A_DEFINITE = ("en", "ens")
# Danish adjectives of Latin ones, as modifiers of a compound: brachial (brachialis).
_LATIN_ADJECTIVE_OF = (("al", "alis"), ("ær", "aris"), ("ar", "aris"), ("il", "ilis"))
# A Greek adjective in -etisk of a noun in -es or -ese: herpetisk (herpes), genetisk (genese).
_ETISK = ("etisk", "etiske")
_ITISK = ("itisk", "itiske")


def a_noun_definite(word: str, known: Known) -> bool:
    """The definite form of a known Latin noun in -a: "mikrobiotaen" (mikrobiota)."""
    return any(
        word.endswith("a" + tail)
        and len(word) - len(tail) >= MIN_STEM + 1
        and latinate(word[: len(word) - len(tail)])
        and known(word[: len(word) - len(tail)])
        for tail in _A_DEFINITE
    )


def etisk_adjective(word: str, known: Known) -> bool:
    """An adjective in -etisk of a known Greek noun in -es or -ese ("herpetisk": herpes), or
    in -itisk of a known noun in -itis ("nefritisk": nefritis)."""
    for tail in _ETISK:
        base = word[: len(word) - len(tail)]
        if word.endswith(tail) and len(base) >= MIN_PART - 1:
            return known(base + "es") or known(base + "ese")
    for tail in _ITISK:
        base = word[: len(word) - len(tail)]
        if word.endswith(tail) and len(base) >= MIN_PART - 1:
            return known(base + "itis")
    return False


def latin_modifier_compound(word: str, known: Known, entry: Known) -> bool:
    """A Danish adjective of a Latin one the dictionary has as an entry, before a known word:
    "brachialarterier" (brachial, of brachialis, + arterier)."""
    for end in range(MIN_STEM + 2, len(word) - MIN_PART + 1):
        modifier, head = word[:end], word[end:]
        if any(
            modifier.endswith(danish) and entry(modifier[: -len(danish)] + latin)
            for danish, latin in _LATIN_ADJECTIVE_OF
        ) and known(head):
            return True
    return False


def prefixed_derivation(word: str, derived: Known) -> bool:
    """A Greco-Latin prefix of three letters or more before a clinical word a derivation rule
    makes: "postherpetisk" (post + herpetisk, of herpes)."""
    return any(
        word.startswith(prefix) and len(word) - len(prefix) >= MIN_STEM + 2
        and latinate(word[len(prefix) :]) and derived(word[len(prefix) :])
        for prefix in PREFIXES
        if len(prefix) >= 3
    )  # fmt: skip


def head_compound(word: str, base: Known, derived: Known) -> bool:
    """A dictionary word in its base form, perhaps with a linking -s-, before a clinical word
    a derivation rule makes: "tarmmikrobiotaen" (tarm + mikrobiotaen). Not before an everyday
    derivation, whose rules are looser: "tandrentning" is a slip of tandrensning, not tand +
    rentning (of rente)."""
    for end in range(MIN_PART, len(word) - MIN_STEM - 1):
        if not base(word[:end]):
            continue
        for head in (word[end:], word[end + 1 :] if word[end] == "s" else ""):
            if len(head) > MIN_STEM and latinate(head) and derived(head):
                return True
    return False
