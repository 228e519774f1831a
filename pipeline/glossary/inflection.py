"""Noun inflection for glossary terms (Danish first; Norwegian, Swedish, English, German).

spaCy's Danish lookup lemmatizer knows no compounds ("muskelsvindninger" comes back as is)
and hunspell does not know mistranslations, so the forms of each term are generated here.
Terms are written in the glossary in their dictionary form (indefinite singular). For nouns
with a productive derivational ending (-ning, -hed, -else, -ion, -ose, -algi …) the paradigm
is certain, so a forbidden term's inflection can be carried over to its preferred term; for
other nouns every regular ending is matched, and suggestions fall back to the dictionary form.

`loose_word_forms` stretches the same endings further, for finding a term in a translation
that inflected it in a way the paradigm does not predict (TERM005).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

# Inflection categories: indefinite/definite singular/plural; genitive adds "+gen".
SG, SG_DEF, PL, PL_DEF = "sg", "sg.def", "pl", "pl.def"
GEN = "+gen"

# ending → (definite singular, indefinite plural, definite plural) suffixes, per language
_DA_REGULAR: dict[str, tuple[str, str, str]] = {
    "ning": ("en", "er", "erne"),
    "ing": ("en", "er", "erne"),
    "hed": ("en", "er", "erne"),
    "skab": ("et", "er", "erne"),
    "else": ("n", "r", "rne"),
    "ion": ("en", "er", "erne"),
    "isme": ("n", "r", "rne"),
    "ose": ("n", "r", "rne"),
    "itis": ("en", "er", "erne"),
    "tet": ("en", "er", "erne"),
    "logi": ("en", "er", "erne"),
    "algi": ("en", "er", "erne"),
    "trofi": ("en", "er", "erne"),
    "pati": ("en", "er", "erne"),
    "plegi": ("en", "er", "erne"),
    "fobi": ("en", "er", "erne"),
    "dom": ("men", "me", "mene"),
}
_NB_REGULAR: dict[str, tuple[str, str, str]] = {
    "ning": ("en", "er", "ene"),
    "ing": ("en", "er", "ene"),
    "het": ("en", "er", "ene"),
    "else": ("n", "r", "ne"),
    "sjon": ("en", "er", "ene"),
    "ose": ("n", "r", "ne"),
    "algi": ("en", "er", "ene"),
    "trofi": ("en", "er", "ene"),
}
_SV_REGULAR: dict[str, tuple[str, str, str]] = {
    "ning": ("en", "ar", "arna"),
    "ing": ("en", "ar", "arna"),
    "het": ("en", "er", "erna"),
    "tion": ("en", "er", "erna"),
    "sion": ("en", "er", "erna"),
    "else": ("n", "r", "rna"),
    "os": ("en", "er", "erna"),
    "algi": ("n", "er", "erna"),
    "trofi": ("n", "er", "erna"),
}
_REGULAR: dict[str, dict[str, tuple[str, str, str]]] = {
    "da": _DA_REGULAR,
    "nb": _NB_REGULAR,
    "no": _NB_REGULAR,
    "sv": _SV_REGULAR,
}
# every regular ending, for nouns whose paradigm is not certain (gender, umlaut, contraction);
# (consonant-final, e-final) tables per language
_Table = dict[str, tuple[str, ...]]
_ANY: dict[str, tuple[_Table, _Table]] = {
    "da": (
        {SG_DEF: ("en", "et"), PL: ("er", "e", ""), PL_DEF: ("erne", "ene")},
        {SG_DEF: ("n", "t"), PL: ("r",), PL_DEF: ("rne", "ne")},
    ),
    "nb": (
        {SG_DEF: ("en", "et", "a"), PL: ("er", ""), PL_DEF: ("ene", "a")},
        {SG_DEF: ("n", "t", "a"), PL: ("r",), PL_DEF: ("ne",)},
    ),
    "nn": (
        {SG_DEF: ("en", "et", "a"), PL: ("ar", "er", ""), PL_DEF: ("ane", "ene", "a")},
        {SG_DEF: ("n", "t", "a"), PL: ("r", "ar"), PL_DEF: ("ne", "ane")},
    ),
    "sv": (
        {SG_DEF: ("en", "et"), PL: ("er", "ar", "or", ""), PL_DEF: ("erna", "arna", "orna", "en")},
        # -na: a vowel-final neuter's definite plural (hjärtana, ställena)
        {SG_DEF: ("n", "t"), PL: ("r", "ar", "or"), PL_DEF: ("rna", "arna", "orna", "na")},
    ),
    "en": ({PL: ("s", "es")}, {PL: ("s",)}),
    # -ern: the dative of an -er plural (mit hängenden Augenlidern)
    "de": ({PL: ("e", "en", "n", "er", "ern", "s")}, {PL: ("n", "s")}),
}
_ANY["no"] = _ANY["nb"]
# languages whose genitive is a plain -s on any form
_S_GENITIVE = {"da", "nb", "no", "nn", "sv"}
# genitive endings per language; the last letter of a form rules some out (_genitive_endings)
_GENITIVE: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(_S_GENITIVE, ("s",)),
    "en": ("'s", "’s", "'"),
    "de": ("s", "es"),
}
# languages where a noun's final -a/-e gives way to a vowel ending (hjärna → hjärnor)
_VOWEL_DROP = {"nb", "no", "nn", "sv"}
# German attributive adjective endings (erbliche Form, erblichen Formen, hängendes Augenlid)
_DE_ADJECTIVE = ("e", "en", "er", "es", "em")
# the verb forms an English translation may use for a gerund (muscle twitching → twitches)
_EN_GERUND = ("", "s", "es", "ed")
_VOWELS = "aeiouyæøåäöü"


@dataclass(frozen=True)
class Form:
    text: str
    category: str


def regular_suffixes(word: str, lang: str = "da") -> tuple[str, str, str] | None:
    lower = word.casefold()
    table = _REGULAR.get(lang, {})
    for ending in sorted(table, key=len, reverse=True):
        if lower.endswith(ending) and len(lower) > len(ending) + 1:
            return table[ending]
    return None


def noun_forms(word: str, lang: str = "da") -> list[Form]:
    """Every inflected form of a noun given in its dictionary form (genitives included)."""
    forms = [Form(word, SG)]
    regular = regular_suffixes(word, lang)
    if regular is not None:
        sg_def, pl, pl_def = regular
        forms += [Form(word + sg_def, SG_DEF), Form(word + pl, PL), Form(word + pl_def, PL_DEF)]
    else:
        consonant_final, e_final = _ANY.get(lang, _ANY["da"])
        table = e_final if word.casefold().endswith(("e", "a")) else consonant_final
        stems = [word]
        contracted = _contracted(word)
        if lang in _S_GENITIVE and contracted is not None:
            stems.append(contracted)
        for category, suffixes in table.items():
            for stem in stems:
                forms += [Form(stem + suffix, category) for suffix in suffixes if suffix]
        if lang in _VOWEL_DROP and word.casefold().endswith(("e", "a")):
            # the final vowel gives way to a vowel ending: vanske → vanskar, hjärna → hjärnor
            for category, suffixes in consonant_final.items():
                forms += [Form(word[:-1] + s, category) for s in suffixes if s and s[0] in "aeo"]
        if lang == "en" and re.search(r"[^aeiou]y$", word.casefold()):
            forms.append(Form(word[:-1] + "ies", PL))  # difficulty → difficulties
    with_genitive = list(forms)
    for form in forms:
        plural = form.category in (PL, PL_DEF)
        if lang != "de" or not plural:  # a German plural has no genitive ending
            endings = _genitive_endings(form.text, lang, plural)
            with_genitive += [Form(form.text + g, form.category + GEN) for g in endings]
    return with_genitive


def _contracted(word: str) -> str | None:
    """The stem an unstressed -el/-er/-en contracts to before a vowel (muskel → muskl-er)."""
    if len(word) > 4 and re.search(r"[^aeiouyæøå][aeiouyæøå]?e[lnr]$", word.casefold()):
        return word[:-2] + word[-1]
    return None


def _genitive_endings(form: str, lang: str, plural: bool = False) -> tuple[str, ...]:
    """The genitive endings that fit after `form`: muskels, muscle's, muscles', Nerves."""
    lower = form.casefold()
    endings = _GENITIVE.get(lang, ())
    if lang == "en":
        if not lower.endswith("s"):
            return endings[:2]  # muscle's
        return endings[2:] if plural else endings  # muscles'; sclerosis's or sclerosis'
    if lang == "de":
        if lower.endswith(("s", "ß", "x", "z")):
            return endings[1:]  # des Schmerzes
        return endings[:1] if lower.endswith("e") else endings  # des Syndroms, des Nerves
    return () if lower.endswith(("s", "x", "z")) else endings


def adjective_forms(word: str, lang: str = "da") -> list[str]:
    """Forms of an attributive adjective in a multi-word term (lateral → laterale, lateralt)."""
    if lang == "de":
        # the glossary writes one declined form (erbliche Form, hängendes Augenlid)
        stem = re.sub(r"e[mnrs]?$", "", word)
        return sorted({word} | {stem + ending for ending in _DE_ADJECTIVE})
    lower = word.casefold()
    base = word[:-1] if lower.endswith("t") and len(word) >= 3 else word
    weak = "a" if lang == "sv" else "e"  # sv: ömma punkter; da/nb: ømme punkter
    forms = {word, base, base + weak}
    if not base.endswith("t"):
        forms.add(base + "t")
    if re.search(r"[aeiouyæøåäö][bdfgklmnprstv]$", base.casefold()):
        forms.add(base + base[-1] + weak)  # øm → ømme, öm → ömma
    if lower.endswith("e"):
        forms.add(word)
    return sorted(forms)


def term_forms(term: str, lang: str = "da") -> list[Form]:
    """Forms of a (possibly multi-word) term; only the last word is inflected as a noun.

    An all-capitals term (an acronym such as ALS) is matched as written, with a genitive.
    """
    modifiers, head_forms = term_parts(term, lang)
    prefixes = [""]
    for options in modifiers:
        prefixes = [f"{p}{o} " for p in prefixes for o in options]
    return [Form(p + f.text, f.category) for p in prefixes for f in head_forms]


def term_parts(term: str, lang: str = "da") -> tuple[list[list[str]], list[Form]]:
    """The forms each word before the head of `term` takes, and the head's forms: the terms
    of `term_forms` are every choice of one form per word, so the words of its forms can be
    known without making every combination (pipeline.glossary.form_index)."""
    parts = term_words(term)
    modifiers = [[form.text for form in word_forms(w, part, lang)] for w, part in parts[:-1]]
    return modifiers, list(word_forms(*parts[-1], lang))


# the part a word plays in a term's forms (term_words)
MODIFIER, NAME, HEAD, ACRONYM = "modifier", "name", "head", "acronym"


def term_words(term: str) -> list[tuple[str, str]]:
    """Each word of `term` with the part it plays: an attributive adjective (MODIFIER), a
    capitalised word kept as written (NAME), the noun inflected (HEAD, the last word); an
    all-capitals term (ALS) is one ACRONYM, matched as written and with a genitive."""
    if term.isupper():
        return [(term, ACRONYM)]
    words = term.split()
    modifiers = [(w, NAME if w[:1].isupper() else MODIFIER) for w in words[:-1]]
    return [*modifiers, (words[-1], HEAD)]


@functools.lru_cache(maxsize=65536)
def word_forms(word: str, part: str, lang: str = "da") -> tuple[Form, ...]:
    """The forms `word` takes in a term where it plays `part` (see term_words); shared by
    every term with that word (thousands of terms begin with "kronisk")."""
    if part == ACRONYM:
        return (Form(word, SG), Form(word + "s", SG + GEN))
    if part == HEAD:
        return tuple(noun_forms(word, lang))
    if part == NAME:
        return (Form(word, SG),)
    return tuple(Form(form, SG) for form in adjective_forms(word, lang))


def loose_word_forms(term: str, lang: str) -> list[set[str]]:
    """The forms each word of `term` may take in a `lang` text, whatever its paradigm.

    Wider than `term_forms`, for finding a term in a translation that inflected it in a way
    the glossary cannot predict: a modifier takes the adjective endings of any language, the
    last word every ending of the language (see `loose_noun_forms`). Many are not words, so
    they serve to find a term, never to write one.
    """
    words = term.split()
    if term.isupper():
        return [{form.text for form in term_forms(term, lang)}]
    modifiers = [loose_adjective_forms(w) if not w[:1].isupper() else {w} for w in words[:-1]]
    return [*modifiers, loose_noun_forms(words[-1], lang)]


def loose_noun_forms(word: str, lang: str) -> set[str]:
    """`noun_forms` and every other ending of the language on `word`, and the vowel-initial
    ones on its stems: without a final -a/-e (hjärna → hjärnor) and contracted (muskel →
    musklerna); each with every genitive ending, whatever its last letter (Medlinepluss); for
    English also a gerund's verb forms (muscle twitching → muscle twitches). A language
    without tables takes every language's endings."""
    if lang not in _ANY:
        return set().union(*(loose_noun_forms(word, known) for known in _ANY))
    lower = word.casefold()
    stems = [word[:-1]] if lower.endswith(("a", "e")) and len(word) > 3 else []
    contracted = _contracted(word)
    if contracted is not None:
        stems.append(contracted)
    endings = _all_endings(lang)
    bases = {word + e for e in endings} | {
        stem + e for stem in stems for e in endings if e[:1] in _VOWELS
    }
    forms = {form.text for form in noun_forms(word, lang)} | bases
    forms |= {base + g for base in bases for g in _GENITIVE.get(lang, ())}  # Medlinepluss
    if lang == "en" and lower.endswith("ing"):
        forms |= {word[:-3] + e for e in _EN_GERUND}
    return forms


@functools.cache
def _all_endings(lang: str) -> frozenset[str]:
    """Every noun ending of the language's tables, the dictionary form's "" included."""
    groups = [group for table in _ANY[lang] for group in table.values()]
    return frozenset({""}.union(*groups, *_REGULAR.get(lang, {}).values()))


def loose_adjective_forms(word: str) -> set[str]:
    """An attributive adjective's forms in any language: a translation may keep a neighbour
    language's ending (sv ärftlige, nb arveliga)."""
    return {form for lang in _ANY for form in adjective_forms(word, lang)}


def inflect(term: str, category: str, lang: str = "da") -> str | None:
    """`term` in `category`, or None when its paradigm is not certain enough to generate."""
    genitive = category.endswith(GEN)
    base_category = category.removesuffix(GEN)
    words = term.split()
    head = words[-1]
    if base_category == SG:
        form = head
    else:
        regular = regular_suffixes(head, lang)
        if regular is None:
            return None
        suffix = dict(zip((SG_DEF, PL, PL_DEF), regular, strict=True))[base_category]
        form = head + suffix
    if genitive:
        form += "s"
    return " ".join([*words[:-1], form])


def match_case(matched: str, term: str, replacement: str) -> str:
    """Carry sentence-initial capitals over: "Muskelsvindninger" → "Muskeltrækninger".

    Only a capital that the glossary term does not have itself is carried over, so a proper
    name ("Lou Gehrigs sygdom") or an acronym ("ALS") does not capitalise its replacement.
    """
    if matched[:1].isupper() and term[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement
