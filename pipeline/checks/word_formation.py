"""Clinical Danish that hunspell lacks: a medical word list, compounds and Greco-Latin formation.

Debian's hunspell-da knows everyday Danish and some medicine ("leukocyt", "myokardiet"), but
professional texts write many words it has never seen: disease names ("diatese",
"neutrocytose"), drug names ("lamotrigin", "oxkarbazepin"), and compounds ("strækkesiderne",
"deviceterapi"), which Danish, Norwegian and Swedish write closed and no dictionary lists in
full. Reporting them would make SPELL001 cry wolf on every page a physician wrote, so a word
counts as known when it is

- in ``data/medical_da.txt`` (for Danish, Norwegian and Swedish alike): words of the Danish
  ICD-10 designations of SKS (Sundhedsdatastyrelsen), built by
  ``scripts/build_medical_words.py``, in any inflected form;
- a compound of known words, with or without a linking -s- ("bøje" + "furerne",
  "blodprøve" + "sortiment"), each part at least four letters long;
- built from Greco-Latin combining forms and known words ("neutro" + "cytose", "anti" +
  "kolinerg" + "ika"), or a drug name with an INN stem ("lamotrigin", "-azepin"), alone or
  before a known word ("lamotriginbehandling").

A misspelling inside one part ("Percarditis") is still reported, and so is a typing slip that
happens to split into known parts ("vejretrækning": "vejre" + "trækning") when one letter
less or two letters swapped give a dictionary word (see speller.py). The price is that
machine-translation garbage made of real words ("hackehoste") passes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import cache, lru_cache
from importlib import resources


def _words(text: str) -> list[str]:
    return text.split()


MIN_PART = 4  # a shorter "part" is too often a chance string hunspell accepts ("ger", "bin")
MIN_AFFIX = 3
MAX_PARTS = 5
# Only -s- links: a linking -e- ("rygrad" + e + "proteiner") would excuse machine-translation
# garbage, and the Danish words that take it mostly end in -e already ("strække" + "siderne").
LINKS = ("s",)
# Danish inflectional endings a noun or adjective of the list may take ("myokardiet", "sklerae").
ENDINGS = ("erne", "ernes", "ene", "ens", "ets", "er", "en", "et", "es", "ne", "e", "s", "t", "")
# Greco-Latin combining forms as Danish writes them (k for c, f for ph: "kardio", "lymfo").
PREFIXES = frozenset(
    _words(
        """
    anti auto dia dys ekso ekstra endo epi eu hemi hetero homo hyper hypo infra inter intra iso
    makro mega meso meta mikro mono multi neo oligo pan para peri poly post pre præ pro pseudo
    re retro semi sub supra syn trans tri uni adeno angio arterio artro bakterio bio blasto
    bronko cerebro cyto derma dermato enkefalo encefalo entero erytro fibro gastro glyko granulo
    hepato histo hydro hæmato hæmo immuno kardio karcino kemo kolo kondro kranio laryngo leuko
    lipo lympho lymfo melano mening myelo myo nefro neuro neutro onko osteo oto pato psyko pulmo
    reno rino sklero spondylo stomato termo tox toxi trombo uro vaso vaskulo morf morfo nukle
    kolin kardi plast cyt brady taky farmako oftalmo kole normo ergo thyreo thyro tyreo kalc kali
    natri non ano pollakis
        """
    )
)
# Anatomical combining forms of regions, bones and organs ("cerviko" + "gen"), which start a
# closed word only: written with a hyphen ("lumbo-sakrale") they are a split compound, so
# SPELL001's hyphenated parts do not take them as PREFIXES do ("anti-inflammatorisk").
ANATOMICAL_FORMS = frozenset(
    _words(
        """
    cerviko torako lumbo sakro kosto sterno skapulo akromio humero femoro tibio fibulo okcipito
    parieto temporo fronto mandibulo maksillo faryngo trakeo pleuro spleno pankreato duodeno
    uretero uretro vesiko prostato hystero salpingo kolpo mammo synovio radikulo meningo kerato
    retino blefaro glosso gingivo odonto flebo
        """
    )
)
SUFFIXES = frozenset(
    _words(
        """
    cyt cytter cytose cytær cytisk cytom cytomer itis it iasis asis ose oser om omer omatøs emi
    æmi uri algi algier plegi trofi trofisk ektomi tomi stomi skopi grafi gram logi log logisk
    patisk pati patier fili fobi genese gen gent genisk lyse lytisk dynami tropi tropisk plasi
    plastisk plasti ika ikum ikon isk iske al ale ær ære osis oid oide drom dromer ase aser kard
    æmisk
        """
    )
)
# (suffix, what the root takes to be a known word): irrit|ativ ← irrit|ere, eksem|atøs ← eksem.
_DERIVATIONS = (("ativ", ("ere", "ation")), ("atøs", ("",)), ("øs", ("", "e")))
_ADJECTIVE_ENDINGS = ("erg", "ant", "ent", "iv")  # "kolinerg", "koagulant", "depressiv"
_DRUG_CLASS_ENDINGS = ("ikaene", "ikas", "ika", "ikummer", "ikummet", "ikum")
# The WHO's stem of vitamin D analogues stands inside the name: "calcipotriol", "alfacalcidol".
_INN_INFIX = re.compile(r"[a-zæøå]*[ck]alci[a-zæøå]+ol(?:en|et|s)?")


@cache
def medical_words() -> frozenset[str]:
    """The Danish medical word list shipped with the package (lower case)."""
    text = resources.files("pipeline.checks").joinpath("data/medical_da.txt").read_text("utf-8")
    lines = (line.strip() for line in text.splitlines())
    return frozenset(line for line in lines if line and not line.startswith("#"))


@lru_cache(maxsize=100_000)
def in_word_list(word: str) -> bool:
    """`word` (lower case) is a word of the medical list in some inflected form."""
    listed = medical_words()
    return any(
        word.endswith(ending) and word[: len(word) - len(ending)] in listed
        for ending in ENDINGS
        if len(word) - len(ending) >= MIN_PART + 2
    )


@cache
def inn_stems() -> tuple[str, ...]:
    """The WHO's INN stems that end a name, as Danish writes them (``data/inn_stems.txt``),
    longest first."""
    return tuple(sorted({s for s in _inn_data() if not s.endswith("-")}, key=len, reverse=True))


@cache
def inn_prefixes() -> tuple[str, ...]:
    """The WHO's INN stems that start a name ("cef-" in data/inn_stems.txt), without the hyphen."""
    return tuple(sorted(s[:-1] for s in _inn_data() if s.endswith("-")))


def _inn_data() -> set[str]:
    text = resources.files("pipeline.checks").joinpath("data/inn_stems.txt").read_text("utf-8")
    lines = (line.split("#", 1)[0].split() for line in text.splitlines())
    return {words[0] for words in lines if words}


MIN_DRUG_NAME = 7  # with a stem of four letters or fewer, three letters before it or more
MIN_AFTER_PREFIX = 4  # "cef" + "uroxim"
_DRUG_ENDINGS = ("erne", "en", "et", "er", "s", "")


@lru_cache(maxsize=100_000)
def inn_shaped(word: str) -> bool:
    """`word` (lower case) is shaped like a drug name: an INN stem, perhaps inflected, after a
    syllable of its own (two letters or more, a vowel among them: "lo" + "sartan"), or one that
    starts a name ("cef" + "uroxim"), in the Latin letters INN names are written in."""
    if not (word.isascii() and word.isalpha()):
        return False  # æ, ø and å are Danish words' letters, never a drug name's
    if any(word.startswith(p) and len(word) - len(p) >= MIN_AFTER_PREFIX for p in inn_prefixes()):
        return True
    for ending in _DRUG_ENDINGS:
        if not word.endswith(ending):
            continue
        base = word[: len(word) - len(ending)]
        for stem in inn_stems():
            prefix = base[: len(base) - len(stem)]
            if base.endswith(stem) and len(prefix) >= 2 and any(v in prefix for v in "aeiouy"):
                return True
    return False


def drug_name(
    word: str,
    known: Callable[[str], bool] | None = None,
    ahead: Callable[[Iterable[str]], None] | None = None,
) -> bool:
    """`word` (lower case) has an INN stem (data/inn_stems.txt) after a syllable of its own,
    and is no slip of a word of `known`: one letter left out, added, replaced, or two
    letters swapped ("kombinatoin" is kombination, not a drug in -toin; "kolsterol" is
    kolesterol, not one in -terol). `ahead` is told the slips before `known` is asked about
    them (some 700 for a drug's name: the speller reads its kept answers in a few queries)."""
    if len(word) < MIN_DRUG_NAME:
        return False
    if not inn_shaped(word) and _INN_INFIX.fullmatch(word) is None:
        return False
    if known is None:
        return True
    slips = one_edit(word)
    if ahead is not None:
        ahead(slips)
    return not any(known(variant) for variant in slips)


def drug_compound(word: str, known: Callable[[str], bool]) -> bool:
    """`word` (lower case) is a drug name with an INN stem before a known word, closed as
    Danish closes compounds: "lamotriginbehandling", "metforminbehandling", "statinbehandlede".
    """
    return any(
        drug_name(word[:end], known) and known(word[end:])
        for end in range(7, len(word) - MIN_PART + 1)
    )


def swapped(word: str) -> Iterator[str]:
    """`word` with two neighbouring letters swapped, at each place."""
    return (word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1))


_LETTERS = "abcdefghijklmnopqrstuvwxyzæøå"


def one_edit(word: str) -> set[str]:
    """Every string one typing slip away from `word`: a letter left out, added or replaced,
    or two neighbours swapped."""
    edits = set(swapped(word))
    for i in range(len(word) + 1):
        edits.update(word[:i] + letter + word[i:] for letter in _LETTERS)
        if i < len(word):
            edits.add(word[:i] + word[i + 1 :])
            edits.update(word[:i] + letter + word[i + 1 :] for letter in _LETTERS)
    edits.discard(word)
    return edits


def formed_word(
    word: str, known: Callable[[str], bool], modifier: Callable[[str], bool] | None = None
) -> bool:
    """`word` (lower case) is made of known words, combining forms and suffixes.

    `known` answers for dictionary words on their own, inflected forms included (hunspell,
    the glossary, the word list), never for compounds hunspell builds by itself. A split has at
    least two parts; known words are four letters or more and may be followed by a linking
    -s-; a suffix (with a Danish ending) may end the word only after a combining form
    ("neutro" + "cytose", "onko" + "cyt" + "omer"), so that no misspelling is "known" by a
    chance of letters. `modifier` answers for the parts before the last (default: `known`):
    Danish compounds take a base form there, so an inflected form ("rygrade", the plural of
    rygrad) does not start a compound.
    """
    if len(word) < 2 * MIN_PART:
        return False
    return (
        _splits(word, 0, known, 0, modifier=modifier or known)
        or _drug_class(word, known)
        or _derived(word, known)
    )


def _derived(word: str, known: Callable[[str], bool]) -> bool:
    """Latin-Danish adjectives derived from a known word: "irritativ" (irritere),
    "eksematøs" (eksem), "granulomatøs" (granulom)."""
    for ending in ENDINGS:
        stem = word[: len(word) - len(ending)] if ending else word
        if ending and not word.endswith(ending):
            continue
        for suffix, bases in _DERIVATIONS:
            if stem.endswith(suffix) and len(stem) > len(suffix) + MIN_PART:
                root = stem[: -len(suffix)]
                if any(known(root + base) for base in bases):
                    return True
    return False


def fewest_words(word: str, known: Callable[[str], bool]) -> int | None:
    """The fewest known words (linked by -s- or not) that `word` is made of, or None."""
    best: dict[int, int | None] = {len(word): 0}

    def from_(start: int) -> int | None:
        if start in best:
            return best[start]
        found: int | None = None
        for end in range(start + MIN_PART, len(word) + 1):
            if not known(word[start:end]):
                continue
            for after in (end, end + 1) if word[end : end + 1] in LINKS else (end,):
                rest = from_(after) if after < len(word) or after == len(word) else None
                if rest is not None and (found is None or rest + 1 < found):
                    found = rest + 1
        best[start] = found
        return found

    return from_(0)


def _drug_class(word: str, known: Callable[[str], bool]) -> bool:
    """A class of drugs named after its adjective: "antiepileptika" (antiepileptisk),
    "antikolinergika" (antikolinerg), "antineoplastikum"."""
    for ending in _DRUG_CLASS_ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + MIN_PART:
            base = word[: -len(ending)]
            adjective = base + "isk"
            adjectival = base.endswith(_ADJECTIVE_ENDINGS) and (
                known(base) or _splits(base, 0, known, 0)
            )
            if adjectival or known(adjective) or _splits(adjective, 0, known, 0):
                return True
    return False


def _splits(
    word: str,
    start: int,
    known: Callable[[str], bool],
    parts: int,
    learned: bool = False,
    modifier: Callable[[str], bool] | None = None,
) -> bool:
    """Whether word[start:] completes a valid split after `parts` parts; `learned` tells
    whether the part before is a combining form, after which a suffix may end the word (a
    Greco-Latin suffix after a plain Danish word is how machine translation garbles a term:
    "halvmåne" + "hist" + "ose")."""
    if parts >= MAX_PARTS:
        return False
    for end in range(len(word), start + MIN_AFFIX - 1, -1):
        piece = word[start:end]
        if end == len(word):
            if parts >= 1 and len(piece) >= MIN_PART and known(piece):
                return True
            if parts >= 1 and learned and _suffix(piece):
                return True
            continue
        if len(piece) >= MIN_PART and (modifier or known)(piece):
            if _splits(word, end, known, parts + 1, modifier=modifier):
                return True
            linked = word[end] in LINKS and end + 1 < len(word)
            if linked and _splits(word, end + 1, known, parts + 1, modifier=modifier):
                return True
        if (piece in PREFIXES or piece in ANATOMICAL_FORMS) and _splits(
            word, end, known, parts + 1, learned=True, modifier=modifier
        ):
            return True
    return False


def _suffix(piece: str) -> bool:
    return any(
        piece.endswith(ending) and piece[: len(piece) - len(ending)] in SUFFIXES
        for ending in ENDINGS
    )


# Endings of Latin and Greek loans in the Scandinavian languages ("mellitus", "aldosteron",
# "koronar", "invasive", "angiotensin"); with PREFIXES and SUFFIXES they tell a clinical loan
# from an everyday word when a neighbour language's dictionary is the one that knows it.
LATIN_ENDINGS = (
    "us",
    "um",
    "in",
    "on",
    "ar",
    "al",
    "ant",
    "iv",
    "ive",
    "ivt",
    "isk",
    "iske",
    "ia",
    "ær",
    "itet",
    "uri",
    "mi",
    "yl",
)


def latinate(word: str) -> bool:
    """`word` (lower case) starts with a Greco-Latin combining form of four letters or more,
    or ends with a Greco-Latin suffix or a Latin ending."""
    if len(word) < 5:
        return False
    if any(word.startswith(p) for p in PREFIXES if len(p) >= 4):
        return True
    stems = (word[: len(word) - len(e)] if e else word for e in ENDINGS if word.endswith(e))
    return any(stem.endswith(s) for stem in stems for s in SUFFIXES if len(s) >= 3) or (
        word.endswith(LATIN_ENDINGS)
    )
