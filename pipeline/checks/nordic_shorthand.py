"""Norwegian and Swedish shorthand that no dictionary lists: clinical abbreviations written
without full stops ("pat", "iv", "ffa") and short words with an acute accent for stress
("éi", "én", "dét").

Clinical Swedish and Norwegian drop the full stops of common abbreviations in handbooks and
guidelines ("hos pat < 50 år", "aciklovir iv", "Ffa äldre"), where Danish writes "pt.", "i.v."
(SPELL001's ABBREVIATIONS). The lists are closed classes, the same in every clinical text, so
they are code; each is only a language's abbreviations, so a Danish word in a Norwegian or
Swedish text stays unknown. Both rules are for nb, nn and sv only (Speller.accepts).
"""

from __future__ import annotations

from collections.abc import Callable


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Abbreviations without full stops: routes of administration (iv, im, sc, po), the patient
# (pat, pas), and the everyday ones (pga, dvs, ffa: framför allt, ift: i forhold til).
_SHARED = "iv im sc po ca inkl tabl tbl inj obs pga dvs osv"
ABBREVIATIONS: dict[str, frozenset[str]] = {
    "sv": _words(_SHARED + " pat ffa bla tex ev exkl enl resp mm"),
    "nb": _words(_SHARED + " pas evt ekskl ift mht mtp bla feks"),
    "nn": _words(_SHARED + " pas evt ekskl ift mtp td"),
}
ABBREVIATIONS["no"] = ABBREVIATIONS["nb"]

_ACUTE = str.maketrans("éóíúáÉÓÍÚÁ", "eoiuaEOIUA")
MAX_STRESSED = 4  # "éi", "én", "ét", "dét", "fór": stress marks short words only


def abbreviation(lang: str, word: str) -> bool:
    """A clinical abbreviation of `lang` written without full stops ("pat", "Ffa")."""
    return word.lower() in ABBREVIATIONS.get(lang, frozenset())


def stressed(word: str, known: Callable[[str], bool]) -> bool:
    """A short word with an acute accent for stress whose plain form `known` knows
    ("éi til to veker": ei)."""
    plain = word.translate(_ACUTE)
    return plain != word and len(word) <= MAX_STRESSED and known(plain)
