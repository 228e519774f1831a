"""Danish clinical words that neither hunspell-da nor the compounds of word_formation.py cover.

Danish physicians write anatomical Latin in two spellings ("thyroidea" and "thyreoidea") and
derive words from known ones by regular rules no dictionary lists in full: Latin adjectives in
-ær from nouns ("valvulær" from valvula, "lymfoblastær"), -bar and -abel adjectives from verbs
("modificerbar", "tolerabel"), negation with u- ("ueffektivt"), and verbal nouns in -ning and
past participles, alone or after a particle ("ophostning": op + hoste, "overledt": over +
lede); a compound after a name and the name of an eponymous disease are written in lower case
("parkinsonmedicin", "parkinson"; eponyms.py), and a drug's salt and a chemical radical closed
to a word ("betamethasondipropionat", "salicylsalve"). A word made by one of these rules from
a known word counts as known (`derived`), and so does Greek a- before a known adjective in -isk
("akinetisk"), a Greco-Latin suffix on a known Latin noun's stem ("endometriom": endometrium;
"adenomyosis": adenomyose) and a Latin noun of anatomy as a combining form ("tibiofemoral":
tibia + femoral); chemical_names.py adds the names of compounds ("epigallocatechingallat",
"zinkgluconat") and clinical_compounds.py compounds of a derived word ("tarmmikrobiotaen",
"postherpetisk"). A word in Latin letters where Danish has its
own ("paroxystisk") is not unknown either: `danish_spelling` gives SPELL001 the Danish form,
which it suggests only when the word is spelt as English spells it ("glomerulonephritis").

Each rule needs a known word after taking the word apart, so a misspelling of the known word
stays unknown; what a rule could still swallow is measured on injected typing slips
(benchmarks/bench_danish_typos.py), and speller.py rejects a derived word that is one letter
or one swap away from a dictionary word, as for compounds.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from itertools import combinations

from pipeline.checks.chemical_names import chemical_word
from pipeline.checks.clinical_compounds import (
    a_noun_definite,
    etisk_adjective,
    head_compound,
    latin_modifier_compound,
    prefixed_derivation,
)
from pipeline.checks.eponyms import eponym_compound, eponym_disease
from pipeline.checks.latin_derivations import (
    combining_form,
    danish_latin_adjective,
    degree_prefixed,
    greek_i_noun,
    itet_noun,
    latin_at_adjective,
    latin_noun_of,
    latin_stem_noun,
)
from pipeline.checks.word_formation import drug_name, in_word_list, latinate, one_edit

Known = Callable[[str], bool]
Stems = Callable[[str], Sequence[str]]

# Latin and Greek spellings of words Danish spells with its own letters: x for ks, c for k
# (never before e, i, y, where c stays: "cerebral", "leukocyt"), ph for f, th for t, ae and oe
# for æ and ø, rh for r ("paroxystisk", "cortisol", "glomerulonephritis", "rhinitis"). Such a
# word is no unknown word; SPELL001 suggests the Danish spelling, as information, for the
# English spellings only.
_DANISH_LETTERS = (
    (re.compile("x"), "ks"),
    (re.compile("c(?=[aoulrtk]|$)"), "k"),
    (re.compile("ph"), "f"),
    (re.compile("th"), "t"),
    (re.compile("ae"), "æ"),
    (re.compile("oe"), "ø"),
    (re.compile("rh"), "r"),
)
# The same with c for k before any letter but e, i, y ("acne": akne), for a word known to be
# Latin by its context rather than by its shape.
_ANY_DANISH_LETTERS = ((re.compile("c(?![eiy])"), "k"), *_DANISH_LETTERS[:1], *_DANISH_LETTERS[2:])
# The other way: Danish letters as Latin writes them, to find a Greek noun's Latin forms.
_LATIN_LETTERS = (
    (re.compile("ks"), "x"),
    (re.compile("k"), "c"),
    (re.compile("f"), "ph"),
    (re.compile("(?<!h)t(?!h)"), "th"),
    (re.compile("æ"), "ae"),
    (re.compile("ø"), "oe"),
)
# Latin adjectives of a Greek noun in -ema ("exanthematicus", "oedematosa").
_GREEK_EMA_FORMS = ("ema", "ematicus", "ematica", "ematosus", "ematosa", "ematosum")
# Anatomical Latin has two spellings of the thyroid's stem, the current thyro- beside the
# older thyreo- of the dictionary ("thyroidea", "thyreoidea"); both are Latin, so both count.
_LATIN_STEMS = ((re.compile("thyro(?!x)"), "thyreo"),)
_ADJECTIVE_INFLECTION = ("", "e", "t", "es")
_HED = ("hed", "heden", "hedens")  # the noun of an adjective: trætbar → trætbarhed
# What the Latin noun ends in where the adjective has -ær: valvul-a, cellul-e, lymfoblast.
_NOUN_ENDINGS = ("", "a", "e", "um", "us", "is")
# Endings that make an adjective; u- negates only these ("ueffektiv", "uspecifik").
_ADJECTIVE_SHAPES = (
    "iv", "al", "ær", "isk", "ig", "lig", "som", "bar", "abel", "ibel", "el", "ent",
)  # fmt: skip
_PARTICLES = (
    "af", "efter", "frem", "fra", "gen", "ind", "med", "ned", "om", "op", "over", "sam",
    "til", "ud", "under",
)  # fmt: skip
_NOUN_INFLECTION = ("", "en", "er", "erne", "ens", "ernes", "ers")
_PLURAL = ("er", "erne", "ernes", "ers")
_PLURAL_NOUNS = ("ion", "or", "om", "on", "si", "pi", "ni", "ti", "gi", "mi", "ri", "li")
_SHORT_ITIS = ("", "ten", "tens", "ter", "terne")
_PARTICIPLE = ("t", "et", "te", "ede")
# Salts and esters a drug is given as, written closed after its name ("betamethasondipropionat",
# "sertralinhydrochlorid", "diclofenacnatrium"), in Danish and in Latin letters.
_SALTS = (
    "dipropionat", "propionat", "valerat", "acetat", "butyrat", "fumarat", "maleat", "succinat",
    "tartrat", "citrat", "sulfat", "fosfat", "phosphat", "mesilat", "besilat", "nitrat", "laktat",
    "lactat", "glukonat", "benzoat", "hydrochlorid", "hydroklorid", "hydrobromid", "bromid",
    "natrium", "kalium", "calcium", "kalcium", "magnesium", "dihydrat", "monohydrat",
)  # fmt: skip
MIN_BASE = 4
MIN_DRUG = 6


def _variants(word: str, table: Sequence[tuple[re.Pattern[str], str]]) -> Iterator[str]:
    """`word` with one or more of the spellings of `table` replaced."""
    rules = [(pattern, other) for pattern, other in table if pattern.search(word)]
    for count in range(1, len(rules) + 1):
        for chosen in combinations(rules, count):
            variant = word
            for pattern, other in chosen:
                variant = pattern.sub(other, variant)
            if variant != word:
                yield variant


def danish_spelling(word: str, accepts: Known) -> str | None:
    """The Danish spelling `accepts` knows of a word in Latin letters ("paroxystisk" →
    "paroksystisk", "cortisol" → "kortisol"), or None. Only for words shaped like clinical
    Latin: English "muscle" is no Latin spelling of "muskle"."""
    lower = word.lower()
    if not latinate(lower):
        return None
    for variant in _variants(lower, _DANISH_LETTERS):
        if accepts(variant):
            return word[0] + variant[1:] if word[0].isupper() else variant
    return None


def in_latin_letters(word: str, accepts: Known) -> bool:
    """`word` is written in Latin letters where `accepts` knows its Danish spelling ("acne":
    akne), whatever its length or shape (danish_spelling asks for a clinical shape too)."""
    return any(accepts(variant) for variant in _variants(word.lower(), _ANY_DANISH_LETTERS))


def _uninflected(word: str, suffix: str, inflection: Sequence[str]) -> Iterator[str]:
    """What comes before `suffix` + one of `inflection` at the end of `word`."""
    for tail in inflection:
        ending = suffix + tail
        if word.endswith(ending) and len(word) - len(ending) >= MIN_BASE:
            yield word[: len(word) - len(ending)]


def latin_adjective(word: str, known: Known) -> bool:
    """An adjective in -ær of a known Latin noun: "valvulær" (valvula), "lymfoblastær"."""
    return any(
        known(base + ending)
        for base in _uninflected(word, "ær", _ADJECTIVE_INFLECTION)
        for ending in _NOUN_ENDINGS
    )


def verb_adjective(word: str, known: Known) -> bool:
    """-bar of a verb ("modificerbar": modificere; "trætbar": trætte), and its noun in -hed
    ("trætbarhed"), -abel/-ibel of a verb in -ere ("tolerabel", "tolerable": tolerere)."""
    for base in _uninflected(word, "bar", (*_ADJECTIVE_INFLECTION, *_HED)):
        if known(base + "e") or known(base + base[-1] + "e"):
            return True
    for suffix, short in (("abel", "able"), ("ibel", "ible")):
        bases = [*_uninflected(word, suffix, ("", "t")), *_uninflected(word, short, ("",))]
        if any(known(base + "ere") for base in bases):
            return True
    return False


def negated(word: str, known: Known) -> bool:
    """u- before a known adjective: "ueffektivt", "uspecifikke"."""
    rest = word[1:]
    if not word.startswith("u") or len(rest) < 6 or not known(rest):
        return False
    return any(len(base) >= 6 and base.endswith(_ADJECTIVE_SHAPES) for base in _bases(rest))


def privative(word: str, known: Known) -> bool:
    """Greek a- before a known adjective in -isk: "akinetisk" (kinetisk), as in atypisk."""
    rest = word[1:]
    return (
        word.startswith("a")
        and len(rest) >= 7
        and any(base.endswith("isk") for base in _bases(rest))
        and known(rest)
    )


def _bases(word: str) -> Iterator[str]:
    for tail in _ADJECTIVE_INFLECTION:
        if word.endswith(tail) and len(word) > len(tail):
            yield word[: len(word) - len(tail)] if tail else word


def verbal_noun(word: str, known: Known, stems: Stems) -> bool:
    """A noun in -ning of a known verb ("hostning": hoste; "indeklemning": indeklemme; the
    infinitive is its own stem).
    Nouns in -ing are left to the dictionary, which has most: the rule would excuse slips
    ("beding" for bedring)."""
    for tail in _NOUN_INFLECTION:
        ending = "ning" + tail
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            base = word[: len(word) - len(ending)]
            # a verb whose stem doubles its consonant: "indeklemning" (indeklemme)
            for verb in (base + "e", base + base[-1] + "e"):
                if known(verb) and verb in stems(verb):
                    return True
    return False


def latin_noun_form(word: str, known: Known) -> bool:
    """A form of a Latin or Greek noun the dictionary lacks: the plural in -er of a noun in
    -ion, -or, -om, -on ("eksacerbationer", "bronkodilatatorer", "komedoner") or of a Greek
    noun in -i ("dyskinesier": dyskinesi, like terapier, allergier), and the short
    Danish form in -it of a noun in -itis ("cystit", "cystitten": cystitis)."""
    for base in _uninflected(word, "", _PLURAL):
        if base.endswith(_PLURAL_NOUNS) and known(base):
            return True
    return any(known(base + "itis") for base in _uninflected(word, "it", _SHORT_ITIS))


def greek_adjective(word: str, known: Known) -> bool:
    """An adjective in -isk of a noun in -i ("erytrodermisk": erytrodermi), in -otisk of a
    noun in -ose ("hyperkeratotisk": hyperkeratose) or in -orisk of a Latin agent noun in
    -or ("bronkodilatatorisk": bronkodilatator, like respiratorisk)."""
    bases = list(_uninflected(word, "isk", ("", "e")))
    return (
        any(base.endswith("i") and known(base) for base in (b + "i" for b in bases))
        or any(base.endswith("ot") and known(base[:-2] + "ose") for base in bases)
        or any(base.endswith("or") and known(base) for base in bases)
    )


def drug_salt(word: str, known: Known) -> bool:
    """A drug name before the salt or ester it is given as ("betamethasondipropionat",
    "sertralinhydrochlorid"); the name is known, in Danish or in Latin letters, and shaped like
    a drug (an INN stem or a Latin ending), so that no everyday word takes a salt."""
    for salt in _SALTS:
        drug = word[: len(word) - len(salt)]
        if not word.endswith(salt) or len(drug) < MIN_DRUG:
            continue
        for name in (drug, *_variants(drug, _DANISH_LETTERS)):
            if (drug_name(name) or latinate(name)) and known(name):
                return True
    return False


def latin_drug_name(word: str, known: Known) -> bool:
    """A drug name in the Latin letters of its INN, which Danish keeps in drug names
    ("betamethason", "dexamethason"): in Danish letters a known drug name, and no slip of a
    known word in its own letters ("carkimazol" is carbimazol, not "karkimazol")."""
    variants = set(_variants(word, _DANISH_LETTERS))
    in_danish = any(drug_name(v) and known(v) for v in variants)
    return in_danish and not any(known(s) for s in one_edit(word) - variants)


def greek_em_noun(word: str, known: Known) -> bool:
    """A Greek noun in -em whose Latin noun in -ema or adjective of it is known in Latin
    letters: "eksantem" (exanthematica), as ødem beside oedematosa."""
    for base in _uninflected(word, "em", ("", "et", "ets", "er", "erne")):
        for latin in (base, *_variants(base, _LATIN_LETTERS)):
            if any(known(latin + form) for form in _GREEK_EMA_FORMS):
                return True
    return False


def particle_word(word: str, known: Known, stems: Stems) -> bool:
    """A particle before a verbal noun or a past participle: "ophostning" (op + hostning),
    "overledt" (over + ledt, of lede)."""
    for particle in _PARTICLES:
        rest = word[len(particle) :]
        if not word.startswith(particle) or len(rest) < MIN_BASE:
            continue
        if verbal_noun(rest, known, stems):
            return True
        if rest.endswith(_PARTICIPLE) and any(
            verb.endswith("e") and rest.startswith(verb[:-1]) and len(rest) <= len(verb) + 2
            for verb in stems(rest)
        ):
            return True
    return False


def derived(word: str, known: Known, spell: Known, stems: Stems, slip: Known) -> bool:
    """`word` (lower case) is made by a rule above from a known word, or is the other Latin
    spelling of a known or derived one ("thyroidea"). `known` answers for dictionary words,
    the medical list and compounds, `spell` for hunspell alone (names are capitalised there);
    `stems` gives hunspell's stems of a dictionary word;
    `slip` tells a typing slip of a dictionary word, which no rule may excuse. A word negated
    with u- is one letter from its base by design, and a particle word one letter from what
    hunspell's own compounding makes of the particle ("ophosting"): their parts are checked
    instead, so a slip inside a part stays unknown. A Greek noun in -em is checked against its
    Latin form letter by letter, and hunspell's compounds put chance words one letter from it
    ("eksantem": "eks" + "ante"); so is a Danish adjective of a Latin one, whose Latin form is
    its own word ("sublingual": sublingualis), not the noun one letter from it ("sublingua")."""
    if negated(word, known) or privative(word, known) or particle_word(word, known, stems):
        return True
    if latin_lettered(word, lambda w: _entry(w, spell, stems)):
        return True  # "uretrale" is "urethrale": its Latin form is the entry to compare with
    if danish_latin_adjective(word, lambda w: _latin_entry(w, spell, stems)):
        return True  # "sublingual" is "sublingualis" in Danish, not a slip of "sublingua"
    if greek_em_noun(word, known):
        return True
    if eponym_compound(word, known, spell) and not slip(word):
        return True
    if eponym_disease(word, spell):
        return True  # "parkinson", the disease: an exact name, never a slip
    return _by_rules(word, known, spell, stems) and not slip(word)


def _entry(word: str, spell: Known, stems: Stems) -> bool:
    """A dictionary entry, not a compound hunspell builds: a stem carries its start
    ("endometrium", where "halvmånehiston" stems to histon)."""
    found = stems(word) if spell(word) else ()
    return any(len(st) >= MIN_BASE and word.startswith(st[:MIN_BASE]) for st in found)


def _latin_entry(word: str, spell: Known, stems: Stems) -> bool:
    """A dictionary entry in these letters or in Latin ones ("vesikalis": vesicalis)."""
    return any(_entry(w, spell, stems) for w in (word, *_variants(word, _LATIN_LETTERS)))


def latin_lettered(word: str, entry: Known) -> bool:
    """A clinical word in Danish letters whose Latin spelling is a dictionary entry:
    "uretrale" (urethrale), also with the thyroid's older stem thyreo- ("hyperparatyroidisme":
    hyperparathyreoidisme). The entry is its own word in other letters, not a word it may be
    a slip of, so the slip test does not judge it."""
    if not any(latinate(base) for base in _bases(word)):
        return False
    return any(
        entry(spelling)
        for variant in _variants(word, _LATIN_LETTERS)
        for spelling in (variant, *_variants(variant, _LATIN_STEMS))
    )


def _by_rules(word: str, known: Known, spell: Known, stems: Stems) -> bool:
    def entry(candidate: str) -> bool:
        return _entry(candidate, spell, stems)

    def base(candidate: str) -> bool:
        return in_word_list(candidate) or (spell(candidate) and candidate in stems(candidate))

    def by_rule(candidate: str) -> bool:
        return (
            latin_adjective(candidate, known)
            or verb_adjective(candidate, known)
            or verbal_noun(candidate, known, stems)
            or latin_noun_form(candidate, known)
            or greek_adjective(candidate, known)
            or latin_noun_of(candidate, known)
            or drug_salt(candidate, known)
            or latin_drug_name(candidate, known)
            or chemical_word(candidate, known)
            or latin_at_adjective(candidate, known)
            or latin_stem_noun(candidate, known, entry)
            or combining_form(candidate, known, entry)
            or itet_noun(candidate, known)
            or greek_i_noun(candidate, lambda w: entry(w) or in_word_list(w))
            or degree_prefixed(candidate, known)
            or a_noun_definite(candidate, known)
            or etisk_adjective(candidate, known)
            or latin_modifier_compound(candidate, known, entry)
        )

    if by_rule(word) or any(chemical_word(v, known) for v in _variants(word, _DANISH_LETTERS)):
        return True

    def clinical(part: str) -> bool:  # "trombin": thrombin; "vesikal": vesicalis
        return (
            by_rule(part)
            or latin_lettered(part, entry)
            or danish_latin_adjective(part, lambda w: _latin_entry(w, spell, stems))
        )

    if prefixed_derivation(word, clinical) or head_compound(word, base, clinical):
        return True
    return any(known(v) or by_rule(v) for v in _variants(word, _LATIN_STEMS))
