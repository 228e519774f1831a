"""Norwegian and Swedish clinical words that hunspell-no and -sv lack, by how they are formed.

Debian's Norwegian and Swedish dictionaries know everyday words and build compounds themselves,
but a physician's text is full of words they have never seen, and no Norwegian or Swedish
medical word list is published under a licence we may ship. Most of those words are formed
from words we do know, by rules of the language (pipeline/checks/speller.py supplies "known"):

- a Latin noun without its Latin ending, as Norwegian and Swedish write it: "myokard"
  (myokardium), "atrie" (atrium); and its inflections ("myokardet");
- an inflected Latin adjective or noun whose base form is known clinical Latin: "prehospitalt",
  "hypertensiva" (hypertensiv), "inotrope";
- a noun or participle made with -isering/-isere (-isera, -iserad in Swedish) from a known
  root: "hybridisering" (hybrid);
- compounds with a common three-letter part ("mål" + "organer", "celle" + "død") and, in
  Swedish, a first part that drops its final -a ("hjärt" + "kärl", from "hjärta");
- the Greek -pné of breathing after a combining form: "takypné", "bradypné";
- in Nynorsk, whose dictionary is the thinnest, a regular inflection of a word that Apertium's
  Nynorsk analyser knows ("forløpet" from forløp, "angår" from angå). Its analyser also reads
  Bokmål forms as Nynorsk ("ikke" as ikkje, "betydelig" as betydeleg); those are not inflections
  of their lemma, so they stay unknown and Bokmål in a Nynorsk text is still found.

A typing slip is still reported ("livvsituasjon"), and Danish left in a Norwegian or Swedish
text is not excused: none of these rules reads a Danish dictionary except for clinical Latin.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from pipeline.checks.frequency import zipf
from pipeline.checks.word_formation import PREFIXES, latinate

Known = Callable[[str], bool]

# A three-letter compound part must be a common word (Zipf 4: "mål" 5.4, "død" 5.5, "sen" 4.3,
# "mus" 4.0); rarer three-letter strings are how a typing slip splits into "known" parts.
SHORT_PART_ZIPF = 4.0
_WORDFREQ = {"nb": "nb", "no": "nb", "nn": "nb", "sv": "sv"}
# Endings of a Latin adjective or noun: neuter and adverb -t, plural and definite -e/-a,
# nouns' definite and plural forms.
_ENDINGS = {
    "nb": ("t", "e", "et", "ets", "en", "er", "ene"),
    "sv": ("t", "a", "et", "ets", "en", "er", "erna", "ar", "arna"),
}
_ENDINGS["no"] = _ENDINGS["nn"] = _ENDINGS["nb"]
_ISERING = {
    "nb": ("isering", "iseringen", "isere", "iseres", "isert", "iserte"),
    "sv": ("isering", "iseringen", "isera", "iseras", "iserad", "iserade", "iserat"),
}
_ISERING["no"] = _ISERING["nn"] = _ISERING["nb"]
_CONTENT = frozenset({"n", "adj"})
_BREATHING = ("pné", "pnéer", "pnén", "pnéen")
MIN_STEM = 5


@lru_cache(maxsize=20_000)
def common_short_word(lang: str, piece: str) -> bool:
    """`piece` is a three-letter noun or adjective common enough in `lang` to be a compound's
    part. Function words are common too ("ett", "som"), but no compound is made of them:
    Apertium's analyser of the language gives the part of speech."""
    code = _WORDFREQ.get(lang)
    if code is None or len(piece) != 3 or zipf(piece, code) < SHORT_PART_ZIPF:
        return False
    from pipeline.ingest.morphology import AnalyserUnavailableError, available, lexical_readings

    analysed = "nb" if lang == "no" else lang
    if not available(analysed):
        return False
    try:
        readings = lexical_readings([piece], analysed).get(piece, ())
    except AnalyserUnavailableError:
        return False
    return any(r.pos in _CONTENT and not r.compound for r in readings)


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
    """Greek -pné after a combining form: "takypné", "bradypné", "hyperpné"."""
    return any(word.endswith(end) and word[: -len(end)] in PREFIXES for end in _BREATHING)


def swedish_truncated(piece: str, known: Known) -> bool:
    """A Swedish first part that drops its final -a: "hjärt" (hjärta), "skol" (skola)."""
    return len(piece) >= 4 and known(piece + "a")


def clinical_base(word: str, clinical: Known) -> bool:
    """A base form that is clinical Latin: Latin-shaped and known as such by `clinical`."""
    return latinate(word) and clinical(word)


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
