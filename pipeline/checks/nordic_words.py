"""Norwegian and Swedish clinical words that hunspell-no and -sv lack, by how they are formed.

Debian's Norwegian and Swedish dictionaries know everyday words and build compounds themselves,
but a physician's text is full of words they have never seen, and no Norwegian or Swedish
medical word list is published under a licence we may ship. Most of those words are formed
from words we do know, by rules of the language (pipeline/checks/speller.py supplies "known"):

- a Latin noun without its Latin ending, as Norwegian and Swedish write it: "myokard"
  (myokardium), "atrie" (atrium), when the Latin form is a dictionary entry of its own;
- an inflected Latin adjective whose base form is known clinical Latin: "prehospitalt",
  "hypertensiva" (hypertensiv);
- a noun or participle made with -isering/-isere (-isera, -iserad in Swedish) from a known
  root: "hybridisering" (hybrid);
- compounds whose first part is a noun in -ing ("åreforkalkning" + "s" + "prosessen") and, in
  Swedish, a noun that drops its final -a ("hjärt" + "kärl", from "hjärta");
- the Greek -pné of breathing after a combining form: "takypné", "ortopné";
- an adjective negated with u- (o- in Swedish) that Apertium reads as an adjective
  ("uspesifikke"), and a Latin adjective in -al from a known noun ("paroksysmal": paroksysme);
- a clinical loan in the Norwegian and Swedish letters for Greek and Latin ones (k, s, t, f,
  ks for c, th, ph, x: "erytema", "kolkisin", "hypoxantin") whose Latin spelling is a Danish or
  English dictionary entry ("erythema", "colchicine", "hypoxanthine");
- a unit of measurement with an SI prefix ("mmol", "µmol");
- in Nynorsk, whose dictionary is the thinnest, a regular inflection of a word that Apertium's
  Nynorsk analyser knows ("forløpet" from forløp, "angår" from angå). Its analyser also reads
  Bokmål forms as Nynorsk ("ikke" as ikkje, "betydelig" as betydeleg); those are not inflections
  of their lemma, so they stay unknown and Bokmål in a Nynorsk text is still found.

A typing slip is still reported ("livvsituasjon"), and Danish left in a Norwegian or Swedish
text is not excused: none of these rules reads a Danish dictionary except for clinical Latin.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from itertools import combinations

from pipeline.checks.word_formation import PREFIXES, latinate

Known = Callable[[str], bool]

# Endings of a Latin adjective: neuter and adverb -t, plural and definite -e/-a. (Noun endings
# would excuse slips: "riskeen", "kroonar".)
_ENDINGS = {"nb": ("t", "e"), "sv": ("t", "a")}
_ENDINGS["no"] = _ENDINGS["nn"] = _ENDINGS["nb"]
_ISERING = {
    "nb": ("isering", "iseringen", "isere", "iseres", "isert", "iserte"),
    "sv": ("isering", "iseringen", "isera", "iseras", "iserad", "iserade", "iserat"),
}
_ISERING["no"] = _ISERING["nn"] = _ISERING["nb"]
_BREATHING = ("pné", "pnéer", "pnén", "pnéen")
MIN_STEM = 5
_BREATHING_FORMS = frozenset({"orto", "platy", "trepo"})
_NEGATION = {"nb": "u", "no": "u", "nn": "u", "sv": "o"}
_ADJECTIVE_AL = {
    "nb": ("al", "ale", "alt"),
    "sv": ("al", "ala", "alt"),
}
_ADJECTIVE_AL["no"] = _ADJECTIVE_AL["nn"] = _ADJECTIVE_AL["nb"]


def latin_noun(word: str, latin: Known) -> bool:
    """A Latin noun as Norwegian and Swedish write it, without -ium/-um: "myokard"
    (myokardium), "perikard", "atrie" (atrium). `latin` answers for the Latin form."""
    if len(word) < MIN_STEM:
        return False
    if word.endswith("ie"):
        return latin(word[:-1] + "um")
    return latin(word + "ium")


def inflected(lang: str, word: str, base: Known) -> bool:
    """`word` is an inflected form of a base form that `base` knows ("prehospital" + "t")."""
    return any(
        word.endswith(ending) and len(word) - len(ending) >= MIN_STEM and base(word[: -len(ending)])
        for ending in _ENDINGS.get(lang, ())
    )


def isering(lang: str, word: str, known: Known) -> bool:
    """A noun, verb or participle in -isering, -isere (-isera) of a known root ("hybrid")."""
    for suffix in _ISERING.get(lang, ()):
        root = word[: -len(suffix)]
        if word.endswith(suffix) and len(root) >= 4 and known(root):
            return True
    return False


def breathing(word: str) -> bool:
    """Greek -pné after a combining form: "takypné", "bradypné", "ortopné"."""
    return any(
        word.endswith(end) and word[: -len(end)] in PREFIXES | _BREATHING_FORMS
        for end in _BREATHING
    )


def negated(lang: str, word: str, known: Known) -> bool:
    """An adjective negated with u- (Norwegian) or o- (Swedish): "uspesifikke", "ospecifik".
    Apertium's analyser must read the rest as an adjective, so that no noun or verb with a
    stray first letter passes."""
    prefix = _NEGATION.get(lang)
    if prefix is None or not word.startswith(prefix) or len(word) < MIN_STEM + 2:
        return False
    rest = word[len(prefix) :]
    return known(rest) and "adj" in parts_of_speech(lang, rest)


def latin_adjective(lang: str, word: str, known: Known) -> bool:
    """A Latin adjective in -al from a noun in -e or -(e)n that `known` knows: "paroksysmal"
    (paroksysme), with its inflections ("paroksysmale", "paroksysmalt")."""
    for ending in _ADJECTIVE_AL.get(lang, ()):
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
            stem = word[: -len(ending)]
            if any(known(stem + noun) for noun in ("e", "")):
                return True
    return False


# Endings of a Nynorsk verbal noun in -ing, a feminine: liding, lidinga, lidingar, lidingane.
# (Bokmål's dictionary has its -ing nouns; there the rule excused more slips than words.)
_VERBAL_NOUN = {"nn": ("ing", "inga", "ingar", "ingane")}
_LINKS = ("", "s", "e")
_VOWELS = frozenset("aeiouyæøåäö")


def verbal_noun(lang: str, word: str, verb: Known, first: Known) -> bool:
    """A noun in -ing from a verb in -e that `verb` knows, alone or after a first part of
    three letters or more that `first` knows (with a linking -s- or -e-): Nynorsk "liding"
    (lide), "søvnlidingar", "respirasjonslidingar"."""
    for ending in _VERBAL_NOUN.get(lang, ()):
        if not word.endswith(ending):
            continue
        stem = word[: -len(ending)]
        for start in range(len(stem) - 2):
            if not verb(stem[start:] + "e"):
                continue
            prefix = stem[:start]
            if not prefix:
                return True
            for link in _LINKS:
                base = prefix[: len(prefix) - len(link)]
                # a linking -e- follows a consonant ("barnebidrag"), never a vowel ("frø")
                if link == "e" and base[-1:] in _VOWELS:
                    continue
                if prefix.endswith(link) and len(base) >= 3 and first(base):
                    return True
    return False


@lru_cache(maxsize=20_000)
def parts_of_speech(lang: str, word: str) -> frozenset[str]:
    """The parts of speech Apertium's analyser of `lang` gives `word` on its own."""
    from pipeline.ingest.morphology import AnalyserUnavailableError, available, lexical_readings

    analysed = "nb" if lang == "no" else lang
    if not available(analysed):
        return frozenset()
    try:
        readings = lexical_readings([word], analysed).get(word, ())
    except AnalyserUnavailableError:
        return frozenset()
    return frozenset(r.pos for r in readings if not r.compound)


def swedish_truncated(piece: str, known: Known) -> bool:
    """A Swedish first part that drops its final -a: "hjärt" (hjärta), "skol" (skola)."""
    return len(piece) >= 4 and known(piece + "a")


def clinical_base(word: str, clinical: Known) -> bool:
    """A base form that is clinical Latin: Latin-shaped and known as such by `clinical`."""
    return latinate(word) and clinical(word)


# Greek and Latin endings of clinical nouns and adjectives besides word_formation's: -itis, -trop
# ("inotrop"), and Greek -ia written -i ("dysartri", "atopi") with its plural.
_CLINICAL_ENDINGS = (
    "itis",
    "trop",
    "trope",
    "tropt",
)
# Greek -ia written -i after the consonants of Greek stems ("terapi", "dysartri", "emboli",
# "epilepsi"), and its plural; not -eri or -di, which Danish everyday words end in ("krydderi",
# "fordi").
_GREEK_I = ("pi", "tri", "fi", "psi", "ksi", "gi", "li", "si")
_PLURAL = {"nb": "er", "no": "er", "nn": "ar", "sv": "er"}


def clinical_shape(lang: str, word: str) -> bool:
    """`word` (lower case) ends like a clinical loan word of `lang` (the endings above; see
    also word_formation.latinate); a neighbour's dictionary must still have it as an entry."""
    if word.endswith(_CLINICAL_ENDINGS):
        return True
    plural = _PLURAL.get(lang, "")
    singular = word[: -len(plural)] if plural and word.endswith(plural) else word
    return len(singular) >= 5 and singular.endswith(_GREEK_I)


@lru_cache(maxsize=50_000)
def nynorsk_inflection(word: str) -> bool:
    """Apertium's Nynorsk analyser reads `word` as a regular inflection of a lemma: the word
    starts with the lemma ("forløpet": forløp, "temaet": tema). Readings of Bokmål forms have a
    Nynorsk lemma they do not start with ("ikke": ikkje), and are not counted."""
    from pipeline.ingest.morphology import AnalyserUnavailableError, available, lexical_readings

    if not available("nn"):
        return False
    try:
        readings = lexical_readings([word], "nn").get(word, ())
    except AnalyserUnavailableError:
        return False
    return any(not r.compound and r.lemma and word.startswith(r.lemma.lower()) for r in readings)


# How Norwegian spells clinical Greek and Latin where Danish does otherwise ("nevropati",
# "iskemi", "hemodynamisk", "vasokonstriksjon": neuropati, iskæmi, hæmodynamisk,
# vasokonstriktion), so the Danish clinical list and dictionary serve Norwegian too.
_DANISH_SPELLINGS = {
    "nb": (
        ("nevr", "neur"),
        ("emi", "æmi"),
        ("hem", "hæm"),
        ("ksjon", "ktion"),
        ("usjon", "usion"),
        ("sjon", "tion"),
    ),
}
_DANISH_SPELLINGS["no"] = _DANISH_SPELLINGS["nn"] = _DANISH_SPELLINGS["nb"]
# Latin -itis, which Norwegian writes -itt and Swedish -it ("myokarditt", "rinit", "bronkiolit")
_ITIS = {"nb": "itt", "no": "itt", "nn": "itt", "sv": "it"}


# How Norwegian and Swedish write the Latin -ction of English ("ejeksjon", Swedish "ejektion":
# ejection; "infeksjon": infection), so that a clinical noun the Danish dictionaries lack is
# still found in the English one. Only a word the mapping changes is looked up: an English word
# left in the text keeps its own spelling and is not excused.
_ENGLISH_SPELLINGS = {
    "nb": (("ksjon", "ction"), ("sjon", "tion")),
    "sv": (("ktion", "ction"),),
}
_ENGLISH_SPELLINGS["no"] = _ENGLISH_SPELLINGS["nn"] = _ENGLISH_SPELLINGS["nb"]


def english_spelling(lang: str, word: str) -> str | None:
    """The English spelling of a Norwegian or Swedish noun in -sjon/-tion, base form only
    ("ejeksjon" → "ejection"), or None."""
    for ours, theirs in _ENGLISH_SPELLINGS.get(lang, ()):
        if word.endswith(ours) and len(word) > len(ours) + 2:
            return word[: -len(ours)] + theirs
    return None


# A noun of quality in -itet from a Latin adjective in -iv, -al or -il: "obstruktivitet"
# (obstruktiv), "vitalitet", "stabilitet"; with the language's own inflections (Nynorsk
# "aktivitetar", never Bokmål "aktiviteter").
_ITET = {
    "nb": ("itet", "iteten", "iteter", "itetene"),
    "nn": ("itet", "iteten", "itetar", "itetane"),
    "sv": ("itet", "iteten", "iteter", "iteterna"),
}
_ITET["no"] = _ITET["nb"]
_ITET_BASES = ("iv", "al", "il")


def quality_noun(lang: str, word: str, known: Known) -> bool:
    """`word` is a noun in -itet of an adjective that `known` knows ("obstruktivitet")."""
    for ending in _ITET.get(lang, ()):
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= MIN_STEM and stem.endswith(_ITET_BASES):
            return known(stem)
    return False


def danish_spellings(lang: str, word: str) -> set[str]:
    """The Danish spellings of a Norwegian clinical word ("nevropati" → "neuropati")."""
    variants = {word}
    for ours, theirs in _DANISH_SPELLINGS.get(lang, ()):
        variants |= {v.replace(ours, theirs) for v in variants if ours in v}
    return variants - {word}


def danish_itis(lang: str, word: str) -> str | None:
    """The Danish -itis of a Norwegian -itt or Swedish -it ("rinit" → "rinitis"), or None."""
    itis = _ITIS.get(lang)
    if itis is None or not word.endswith(itis) or len(word) - len(itis) < 3:
        return None
    return word[: -len(itis)] + "itis"


# How Norwegian and Swedish write the letters of Greek and Latin loans (k for c and ch, s for c,
# t for th, f for ph, ks for x, i and y interchanged), and the endings their nouns take
# (plural, definite) before the Latin or English spelling, which may end in -e ("kolkisin":
# colchicine). A variant must spell a Greek or Latin letter group, be seven letters or more and
# not end in -ic, -ica ("kronik", a slip of kronisk, is not "chronic"): typing slips then
# almost never reach a dictionary entry by these changes.
_LATIN_LETTERS = (
    ("k", "c"),
    ("k", "ch"),
    ("s", "c"),
    ("t", "th"),
    ("f", "ph"),
    ("ks", "x"),
    ("y", "i"),
    ("i", "y"),
)
_LOAN_ENDINGS = ("erne", "ene", "er", "en", "et", "ar", "ane", "na", "a", "")
_GREEK_LATIN = re.compile(r"th|ph|x|y|c")
_ADJECTIVE_IC = re.compile(r"ic[ae]?s?$")  # "chronic", "chronica": a slip of kronisk
MIN_LOAN = 6
MIN_LATIN = 7
MAX_CHANGES = 3


# Latin -itis as Norwegian (-itt) and Swedish (-it) write it, with their definite forms.
_ITIS_FORMS = ("itten", "itt", "iten", "it")


def _bases(word: str) -> set[str]:
    """The base forms a Norwegian or Swedish loan (lower case) may have under its endings,
    and its Latin -itis ("karditt": karditis)."""
    if len(word) < MIN_LOAN:
        return set()
    bases = {
        word[: len(word) - len(ending)] if ending else word
        for ending in _LOAN_ENDINGS
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM
    }
    for ending in _ITIS_FORMS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            bases.add(word[: -len(ending)] + "itis")
            break
    return bases


def loan_stems(word: str) -> set[str]:
    """The base forms of a Norwegian or Swedish loan (lower case) with and without the Latin
    or English -e or -a ("nociceptorer": nociceptor, "ceftriaxon": ceftriaxone)."""
    return {form for base in _bases(word) for form in (base, base + "e", base + "a")}


def latin_spellings(word: str, with_k: bool = True) -> set[str]:
    """Latin or English spellings of a Norwegian or Swedish clinical loan (lower case), by up
    to three of the letter changes above, of its base form, perhaps with -e or -a
    ("erytema" → "erythema", "hypoxantin" → "hypoxanthine", "karditt" → "carditis").
    Without `with_k`, k stays k: a word that writes c already and k beside it is a hybrid
    ("cortikal"), not a Latin word to respell."""
    letters = [pair for pair in _LATIN_LETTERS if with_k or pair[0] != "k"]
    found: set[str] = set()
    for stem in _bases(word):
        sites = [
            (match.start(), ours, theirs)
            for ours, theirs in letters
            for match in re.finditer(f"(?={ours})", stem)
        ]
        for count in range(1, MAX_CHANGES + 1):
            for changes in combinations(sites, count):
                if len({start for start, _, _ in changes}) < count:
                    continue
                variant = stem
                for start, ours, theirs in sorted(changes, reverse=True):
                    variant = variant[:start] + theirs + variant[start + len(ours) :]
                for latin in (variant, variant + "e", variant + "a"):
                    if (
                        len(latin) >= MIN_LATIN
                        and not _ADJECTIVE_IC.search(latin)
                        and _GREEK_LATIN.search(latin)
                    ):
                        found.add(latin)
    return found


# A unit of measurement: an SI prefix and a base unit, as in "7,0 mmol/l", "360 µmol/l".
_UNIT = re.compile(r"[kcdmµμnp](?:mol|g|l)")


def unit(word: str) -> bool:
    """`word` is a unit of measurement with an SI prefix ("mmol", "µmol", "ng")."""
    return _UNIT.fullmatch(word) is not None
