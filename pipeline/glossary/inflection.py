"""Danish noun inflection for glossary terms.

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

# ending → (definite singular, indefinite plural, definite plural) suffixes added to the term
_REGULAR: dict[str, tuple[str, str, str]] = {
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
# every regular ending, for nouns whose paradigm is not certain (gender, umlaut, contraction)
_ANY_CONSONANT_FINAL = {SG_DEF: ("en", "et"), PL: ("er", "e", ""), PL_DEF: ("erne", "ene")}
_ANY_E_FINAL = {SG_DEF: ("n", "t"), PL: ("r",), PL_DEF: ("rne", "ne")}


@dataclass(frozen=True)
class Form:
    text: str
    category: str


def regular_suffixes(word: str) -> tuple[str, str, str] | None:
    lower = word.casefold()
    for ending in sorted(_REGULAR, key=len, reverse=True):
        if lower.endswith(ending) and len(lower) > len(ending) + 1:
            return _REGULAR[ending]
    return None


def noun_forms(word: str) -> list[Form]:
    """Every inflected form of a noun given in its dictionary form (genitives included)."""
    forms = [Form(word, SG)]
    regular = regular_suffixes(word)
    if regular is not None:
        sg_def, pl, pl_def = regular
        forms += [Form(word + sg_def, SG_DEF), Form(word + pl, PL), Form(word + pl_def, PL_DEF)]
    else:
        table = _ANY_E_FINAL if word.casefold().endswith("e") else _ANY_CONSONANT_FINAL
        stems = [word]
        # unstressed -el/-er/-en contract before a vowel: muskel → musklen, muskler
        if re.search(r"[^aeiouyæøå][aeiouyæøå]?e[lnr]$", word.casefold()) and len(word) > 4:
            stems.append(word[:-2] + word[-1])
        for category, suffixes in table.items():
            for stem in stems:
                forms += [Form(stem + suffix, category) for suffix in suffixes if suffix]
    with_genitive = list(forms)
    for form in forms:
        if not form.text.casefold().endswith(("s", "x", "z")):
            with_genitive.append(Form(form.text + "s", form.category + GEN))
    return with_genitive


def adjective_forms(word: str) -> list[str]:
    """Forms of an attributive adjective in a multi-word term (lateral → laterale, lateralt)."""
    lower = word.casefold()
    base = word[:-1] if lower.endswith("t") and len(word) >= 3 else word
    forms = {word, base, base + "e"}
    if not base.endswith("t"):
        forms.add(base + "t")
    if re.search(r"[aeiouyæøå][bdfgklmnprstv]$", base.casefold()):
        forms.add(base + base[-1] + "e")  # øm → ømme
    if lower.endswith("e"):
        forms.add(word)
    return sorted(forms)


def term_forms(term: str) -> list[Form]:
    """Forms of a (possibly multi-word) term; only the last word is inflected as a noun.

    An all-capitals term (an acronym such as ALS) is matched as written, with a genitive.
    """
    words = term.split()
    if term.isupper():
        return [Form(term, SG), Form(term + "s", SG + GEN)]
    head_forms = noun_forms(words[-1])
    if len(words) == 1:
        return head_forms
    modifiers = [adjective_forms(w) if not w[:1].isupper() else [w] for w in words[:-1]]
    prefixes = [""]
    for options in modifiers:
        prefixes = [f"{p}{o} " for p in prefixes for o in options]
    return [Form(p + f.text, f.category) for p in prefixes for f in head_forms]


def inflect(term: str, category: str) -> str | None:
    """`term` in `category`, or None when its paradigm is not certain enough to generate."""
    genitive = category.endswith(GEN)
    base_category = category.removesuffix(GEN)
    words = term.split()
    head = words[-1]
    if base_category == SG:
        form = head
    else:
        regular = regular_suffixes(head)
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
