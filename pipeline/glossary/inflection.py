"""Noun inflection for glossary terms (Danish first; Norwegian, Swedish, English, German).

spaCy's Danish lookup lemmatizer knows no compounds ("muskelsvindninger" comes back as is)
and hunspell does not know mistranslations, so the forms of each term are generated here.
Terms are written in the glossary in their dictionary form (indefinite singular). For nouns
with a productive derivational ending (-ning, -hed, -else, -ion, -ose, -algi …) the paradigm
is certain, so a forbidden term's inflection can be carried over to its preferred term; for
other nouns every regular ending is matched, and suggestions fall back to the dictionary form.
"""

from __future__ import annotations

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
        {SG_DEF: ("n", "t"), PL: ("r", "ar", "or"), PL_DEF: ("rna", "arna", "orna")},
    ),
    "en": ({PL: ("s", "es")}, {PL: ("s",)}),
    "de": ({PL: ("e", "en", "n", "er", "s")}, {PL: ("n", "s")}),
}
_ANY["no"] = _ANY["nb"]
# languages whose genitive is a plain -s on any form
_S_GENITIVE = {"da", "nb", "no", "nn", "sv"}


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
        # unstressed -el/-er/-en contract before a vowel: muskel → musklen, muskler
        if (
            lang in _S_GENITIVE
            and re.search(r"[^aeiouyæøå][aeiouyæøå]?e[lnr]$", word.casefold())
            and len(word) > 4
        ):
            stems.append(word[:-2] + word[-1])
        for category, suffixes in table.items():
            for stem in stems:
                forms += [Form(stem + suffix, category) for suffix in suffixes if suffix]
        if lang in ("nn", "sv") and word.casefold().endswith(("e", "a")):
            # the final vowel gives way to a vowel ending: vanske → vanskar, hjärna → hjärnor
            for category, suffixes in consonant_final.items():
                forms += [Form(word[:-1] + s, category) for s in suffixes if s and s[0] in "aeo"]
    with_genitive = list(forms)
    for form in forms:
        if lang in _S_GENITIVE and not form.text.casefold().endswith(("s", "x", "z")):
            with_genitive.append(Form(form.text + "s", form.category + GEN))
    return with_genitive


def adjective_forms(word: str, lang: str = "da") -> list[str]:
    """Forms of an attributive adjective in a multi-word term (lateral → laterale, lateralt)."""
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
    words = term.split()
    if term.isupper():
        return [Form(term, SG), Form(term + "s", SG + GEN)]
    head_forms = noun_forms(words[-1], lang)
    if len(words) == 1:
        return head_forms
    modifiers = [adjective_forms(w, lang) if not w[:1].isupper() else [w] for w in words[:-1]]
    prefixes = [""]
    for options in modifiers:
        prefixes = [f"{p}{o} " for p in prefixes for o in options]
    return [Form(p + f.text, f.category) for p in prefixes for f in head_forms]


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
