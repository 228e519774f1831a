"""Latin and Greek clinical terms that Norwegian and Swedish keep as the English medical word
list spells them ("herpes zoster", "villi", "varicella"), and their adjectives in -isk
("postherpetisk": postherpetic).

nordic_speller.english_medical takes the words of that list that general English lacks; these
are the ones general English has too, but as rare words (wordfreq), and only when spelt like
Latin or Greek, so that English left in a Norwegian or Swedish text ("infection") and the
list's stray entries stay unknown. nordic_speller.formation asks these for nb, nn and sv only.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.checks import speller

MEDICAL_LIST = "en_med_glut.dic"  # Debian's hunspell-en-med (OpenMedSpel)

# How common (wordfreq's Zipf scale) a word of the English medical list may be in general
# English and still count as a clinical term, not English: "zoster" 2.3, "villi" 2.0,
# "herpetic" 1.6; but "infection" 4.3, "mildly" 3.4, "preserved" 4.1 stay English.
RARE_ENGLISH = 3.0
MIN_CLINICAL = 5
# Spelt as Latin or Greek: letters Norwegian and Swedish respell (c, x, y, z, th, ph, rh) or
# a Latin ending ("villi", "bursae", "gingivitis").
_LATIN_SHAPE = re.compile(r"[cxyz]|th|ph|rh|(?:us|um|ae|i|is|ex|ix)$")


@lru_cache(maxsize=1)
def _medical_entries() -> frozenset[str]:
    """The entries of the English medical list itself, without general English."""
    path = next(
        (d / MEDICAL_LIST for d in speller.DICTIONARY_DIRS if (d / MEDICAL_LIST).exists()),
        None,
    )
    if path is None:
        return frozenset()
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    return frozenset(
        line.split("/", 1)[0].lower() for line in lines if line[:1].isalpha() and " " not in line
    )


@lru_cache(maxsize=100_000)
def clinical_english(word: str) -> bool:
    """A Latin or Greek clinical term written as the English medical list has it, which
    Norwegian and Swedish keep unchanged ("herpes zoster", "villi"): an entry of that list,
    rare in general English, so that English words left in a text ("infection") stay unknown.
    english_medical takes only words general English lacks; these it knows as rare words."""
    if len(word) < MIN_CLINICAL or word not in _medical_entries():
        return False
    if not _LATIN_SHAPE.search(word):
        return False  # the list also has names and stray strings ("bernet", "knster")
    from pipeline.checks.frequency import zipf

    return zipf(word, "en") < RARE_ENGLISH


# Norwegian and Swedish adjective endings of English -ic: "herpetisk", "herpetiske", Swedish
# "herpetiska", "herpetiskt".
_ISK = ("iskt", "iska", "iske", "isk")


def ic_adjective(word: str) -> bool:
    """An adjective in -isk of a clinical -ic adjective of the English medical list
    ("postherpetisk": postherpetic), which the dictionaries lack."""
    return any(
        word.endswith(ending)
        and len(word) - len(ending) >= MIN_CLINICAL - 1
        and clinical_english(word[: len(word) - len(ending)] + "ic")
        for ending in _ISK
    )
