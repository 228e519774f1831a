"""Clinical words Danish derives from Latin ones by regular rules no dictionary lists in full.

A Greco-Latin suffix on the stem of a Latin noun ("endometriom": endometrium), the Latin -osis
of a Danish -ose ("adenomyosis": adenomyose), a Latin noun of anatomy as a combining form in
-o- ("tibiofemoral": tibia + femoral), a noun in -ering of a verb in -ere and in -ens of an
adjective in -ent ("præcipitering", "purulens"), a Latin adjective in -at of a stem known with
-aris ("nummulat": nummularis), a noun in -itet of a Latin adjective ("imperiøsitet":
imperiøs), a Greek noun in -i of a known adjective in -isk ("myoklonier": myoklonisk), one of
the Greek prefixes of degree before a stem known with another of them ("dyslipidæmi":
hyperlipidæmi), and a Danish adjective of a Latin one ("sublingual": sublingualis). Each rule
needs the known word it derives from, so a misspelling of it stays unknown; danish_words.py
applies them with its other rules, and benchmarks/bench_danish_typos.py measures what they
could let through.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from pipeline.checks.word_formation import PREFIXES

Known = Callable[[str], bool]

# Greco-Latin suffixes put on a Latin noun's stem, with their Danish inflection: endometri|um →
# endometri|om (a tumour of it), -ose (a condition), -itis (an inflammation).
_STEM_SUFFIXES = (
    ("om", ("", "et", "ets", "er", "erne", "ers", "ernes")),
    ("ose", ("", "n", "ns", "r", "rne")),
    ("itis", ("", "en")),
)
# What a Latin noun of anatomy ends in after its stem: endometri-um, tibi-a, humer-us, ili-on.
_LATIN_NOUN = ("um", "us", "a", "is", "on")
# Latin adjectives of anatomy that take a combining form before them ("tibio" + "femoral").
_ANATOMICAL_ADJECTIVE = ("al", "ar", "ær", "isk")
# Latin adjectives that make a noun in -itet: imperiøs → imperiøsitet, aktiv → aktivitet.
_LATIN_ADJECTIVE = ("øs", "iv", "al", "il", "ær", "ar")
_ADJECTIVE_INFLECTION = ("", "e", "t", "es")
MIN_BASE = 4
MIN_STEM = 5


def _uninflected(word: str, suffix: str, inflection: Sequence[str]) -> Iterator[str]:
    """What comes before `suffix` + one of `inflection` at the end of `word`."""
    for tail in inflection:
        ending = suffix + tail
        if word.endswith(ending) and len(word) - len(ending) >= MIN_BASE:
            yield word[: len(word) - len(ending)]


def _bases(word: str) -> Iterator[str]:
    """`word` without an adjective's inflection."""
    for tail in _ADJECTIVE_INFLECTION:
        if word.endswith(tail) and len(word) > len(tail):
            yield word[: len(word) - len(tail)] if tail else word


def latin_stem_noun(word: str, known: Known, entry: Known) -> bool:
    """A Greco-Latin suffix on the stem of a Latin noun the dictionary has as an entry, not
    as a compound it builds: "endometriom", "endometriomer" (endometrium), where machine
    translation's "halvmånehistose" has no noun "halvmånehiston"; and a noun in Latin -osis
    whose Danish -ose is known ("adenomyosis": adenomyose)."""
    for suffix, inflection in _STEM_SUFFIXES:
        for base in _uninflected(word, suffix, inflection):
            if len(base) >= MIN_STEM and any(entry(base + end) for end in _LATIN_NOUN):
                return True
    return any(known(base + "ose") for base in _uninflected(word, "osis", ("",)))


def combining_form(word: str, known: Known, entry: Known) -> bool:
    """A Latin noun of anatomy (a dictionary entry) as a combining form in -o- before a known
    adjective of anatomy: "tibiofemoral", "tibiofemorale" (tibia + femoral), "humeroradial"
    (humerus)."""
    for index in range(MIN_BASE, len(word) - MIN_STEM):
        stem, rest = word[:index], word[index + 1 :]
        if word[index] != "o" or not any(entry(stem + end) for end in _LATIN_NOUN):
            continue
        if any(b.endswith(_ANATOMICAL_ADJECTIVE) for b in _bases(rest)) and known(rest):
            return True
    return False


def itet_noun(word: str, known: Known) -> bool:
    """A noun in -itet of a known Latin adjective: "imperiøsitet" (imperiøs), as porøsitet."""
    return any(
        base.endswith(_LATIN_ADJECTIVE) and known(base)
        for base in _uninflected(word, "itet", ("", "en", "ens", "er", "erne"))
    )


# Greek nouns in -i, with their Danish inflection: myokloni, myoklonien, myoklonier.
_GREEK_I_NOUN = ("", "en", "ens", "er", "erne", "ers", "ernes")
# Greek prefixes of degree that take the same stems: hyper-, hypo-, normo-kaliæmi, dys-,
# hyper-, hypo-plasi, dys- and hyper-lipidæmi, hyper- and hypo-tension.
_DEGREE_PREFIXES = ("hyper", "hypo", "normo", "dys")


def greek_i_noun(word: str, entry: Known) -> bool:
    """A Greek noun in -i of an adjective in -isk that the dictionary has as an entry, alone
    or after a combining form: "myokloni", "myoklonier" (myo + klonisk), as allergi beside
    allergisk; not of an adjective hunspell compounds from chance parts ("stråleserapisk")."""
    for base in _uninflected(word, "i", _GREEK_I_NOUN):
        if len(base) < MIN_STEM:
            continue
        if entry(base + "isk") or any(
            base.startswith(prefix) and entry(base[len(prefix) :] + "isk") for prefix in PREFIXES
        ):
            return True
    return False


# Danish adjectives of Latin ones: -al of -alis, -ær of -aris, -il of -ilis (not -ar: Danish
# writes glomerulær, talofibulær where English has glomerular, talofibular).
_LATIN_ADJECTIVE_OF = (("al", "alis"), ("ær", "aris"), ("il", "ilis"))


def danish_latin_adjective(word: str, entry: Known) -> bool:
    """A Danish adjective in -al, -ær or -il, inflected or not, of a Latin adjective the
    dictionary has as an entry: "sublingual", "sublingualt" (sublingualis), as lateral beside
    lateralis and vulgær beside vulgaris."""
    return any(
        len(base) >= MIN_STEM and entry(base + latin)
        for danish, latin in _LATIN_ADJECTIVE_OF
        for base in _uninflected(word, danish, _ADJECTIVE_INFLECTION)
    )


def degree_prefixed(word: str, known: Known) -> bool:
    """One Greek prefix of degree before a stem known with another: "dyslipidæmi"
    (hyperlipidæmi), "normokaliæmi" (hyperkaliæmi)."""
    for prefix in _DEGREE_PREFIXES:
        stem = word[len(prefix) :]
        if word.startswith(prefix) and len(stem) >= MIN_STEM:
            return any(known(other + stem) for other in _DEGREE_PREFIXES if other != prefix)
    return False


# Latin adjective endings one stem takes ("nummularis", "nummulatus"); Danish -at, -ate. Not
# -ata or -atum, which Danish compounds end in ("transdata": a slip of transudat).
_LATIN_ADJECTIVE_ENDINGS = ("aris", "atus")
_NOUN_INFLECTION = ("", "en", "er", "erne", "ens", "ernes", "ers")


def latin_noun_of(word: str, known: Known) -> bool:
    """A noun in -ering of a verb in -ere ("præcipitering": præcipitere), in -ens of an
    adjective in -ent ("purulens": purulent)."""
    if any(known(base + "ere") for base in _uninflected(word, "ering", _NOUN_INFLECTION)):
        return True
    return any(known(base + "ent") for base in _uninflected(word, "ens", ("",)))


def latin_at_adjective(word: str, known: Known) -> bool:
    """A Latin adjective in -at (-atus) of a stem known with another Latin adjective ending:
    "nummulat", "nummulate" (nummularis)."""
    return any(
        known(base + ending)
        for base in _uninflected(word, "at", ("", "e"))
        for ending in _LATIN_ADJECTIVE_ENDINGS
    )
