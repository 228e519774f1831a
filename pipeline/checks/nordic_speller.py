"""Norwegian and Swedish acceptance for the speller: what Speller.accepts adds in nb, nn and sv.

hunspell-no and -sv know everyday words and build compounds, but lack much of what a Norwegian
or Swedish health text holds: common words Debian's dictionary misses, clinical loans that a
neighbour's dictionary knows, words formed by the rules of nordic_words.py, and words only
Apertium's analysers know (nordic_lexicon.py). Each rule keeps a Danish word left in a
Norwegian or Swedish text unknown. pipeline/checks/speller.py asks these functions for nb, nn
and sv only, so Danish spelling is untouched.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from pipeline.checks import nordic_latin, nordic_lexicon, nordic_words, speller
from pipeline.checks.word_formation import in_word_list, latinate

# Norwegian and Swedish articles: Debian's hunspell-no lacks everyday Bokmål ("noe", "noen",
# "risikoen") and both dictionaries lack much clinical Latin that the neighbours' dictionaries
# list ("retinopati", "angiotensin"). A word is also accepted when it is common in the
# language (wordfreq; Bokmål and Swedish only: wordfreq has no Nynorsk list, and the Bokmål
# one would pass Bokmål inside Nynorsk), or when a neighbour's dictionary knows it and it is
# shaped like clinical Latin, unless it is spelt with the neighbour's letters ("medicin",
# "læge", "sjukvård" stay unknown in Norwegian), so Danish left in a translation is still found.
COMMON_ZIPF = 4.0  # "risikoen" 4.4, "noe" 6.6; Danish "efter" 3.5, "hvad" 2.9 in Bokmål
_WORDFREQ = {"nb": "nb", "no": "nb", "sv": "sv"}
_NEIGHBOURS = {"nb": ("da", "sv"), "no": ("da", "sv"), "nn": ("nb", "da", "sv"), "sv": ("da", "nb")}
_FOREIGN_LETTERS = {"nb": "cæäöq", "no": "cæäöq", "nn": "cæäöq", "sv": "æøq"}
# and with the neighbour's spelling of a Latin ending ("infusjon" is Norwegian, not Swedish)
FOREIGN_ENDINGS = {"nb": "tion", "no": "tion", "nn": "tion", "sv": "sjon"}


@lru_cache(maxsize=100_000)
def common(lang: str, word: str) -> bool:
    code = _WORDFREQ.get(lang)
    if code is None:
        return False
    from pipeline.checks.frequency import zipf

    return zipf(word, code) >= COMMON_ZIPF


# Norwegian writes the Latin adjective ending -aris with æ, as Danish does ("ventrikulær").
_LATIN_AE = ("ær", "ære", "ært")


@lru_cache(maxsize=100_000)
def neighbour_clinical(lang: str, word: str) -> bool:
    lower = word.lower()
    letters = lower
    if lang in ("nb", "no", "nn") and lower.endswith(_LATIN_AE):
        letters = lower[: lower.rindex("æ")]
    foreign = any(ch in _FOREIGN_LETTERS.get(lang, "") for ch in letters)
    if (foreign and not latin_c(lang, letters)) or (
        lang in FOREIGN_ENDINGS and FOREIGN_ENDINGS[lang] in lower
    ):
        return False
    if any(
        in_word_list(v)
        or (latinate(v) and speller._spell("da", v))
        # a Danish -tion for a Norwegian -sjon ("kontraindikasjoner": kontraindikationer)
        or ((nordic_words.clinical_shape(lang, v) or "tion" in v) and headword("da", v))
        for v in nordic_words.danish_spellings(lang, lower)
    ):
        return True
    itis = nordic_words.danish_itis(lang, lower)
    if itis is not None and headword("da", itis):
        return True
    english = nordic_words.english_spelling(lang, lower)
    if english is not None and latinate(lower) and headword("en", english):
        return True
    if latinate(lower):
        return any(
            speller._spell(other, word) or speller._spell(other, lower)
            for other in _NEIGHBOURS.get(lang, ())
        )
    # the endings latinate lacks ("atopi", "tamponade") only as a neighbour's dictionary entry,
    # never one of the compounds hunspell builds of chance strings ("halvsi", "passien")
    return nordic_words.clinical_shape(lang, lower) and any(
        headword(other, lower) for other in _NEIGHBOURS.get(lang, ())
    )


def latin_c(lang: str, word: str) -> bool:
    """Norwegian keeps the Latin c of a clinical word that has no Norwegian spelling of its own
    ("occipitalt", "cerebral"); where Norwegian writes k or s and the dictionary has that
    form, the c is the neighbour's ("medicin": medisin, "acceptere": akseptere)."""
    if lang not in ("nb", "no", "nn") or set(word) & set(_FOREIGN_LETTERS[lang]) != {"c"}:
        return False
    respelt = {word.replace("cc", "ks")}
    for _ in range(word.count("c")):
        respelt = {
            v[:i] + k + v[i + 1 :] for v in respelt for i in [v.find("c")] if i >= 0 for k in "ks"
        } or respelt
    return not any(speller._spell(lang, v) for v in respelt)


def headword(lang: str, word: str) -> bool:
    """`word` is a dictionary entry of `lang` itself, or the plural of one ("embolier"),
    never an inflection hunspell's affix rules build of a shorter chance stem ("intesi")."""
    stems = speller._stems(lang, word) if speller._spell(lang, word) else ()
    return any(
        stem == word or (word.startswith(stem) and len(word) - len(stem) <= 2) for stem in stems
    )


def latin_noun(lang: str, word: str) -> bool:
    """Norwegian and Swedish "myokard", "atrie": the Latin noun without -ium/-um."""

    # a dictionary entry of its own, never a compound hunspell builds of chance strings
    # ("efterosmium": efter + osmium)
    def entry(latin: str) -> bool:
        return in_word_list(latin) or any(
            latin in speller._stems(other, latin)
            for other in ("da", lang, *_NEIGHBOURS.get(lang, ()))
        )

    return nordic_words.latin_noun(word, entry)


@lru_cache(maxsize=100_000)
def formation(lang: str, word: str) -> bool:
    """Norwegian and Swedish formation (pipeline/checks/nordic_words.py)."""

    def clinical(base: str) -> bool:
        return nordic_words.clinical_base(
            base, lambda w: neighbour_clinical(lang, w) or speller._formed(lang, w)
        ) or latin_noun(lang, base)

    if latin_noun(lang, word) or nordic_words.breathing(word) or nordic_words.unit(word):
        return True
    if nordic_words.inflected(lang, word, clinical):
        return True
    # (the base a neighbour's dictionary entry, not a compound of chance parts: "presonene")
    if clinical_plural(
        lang,
        word,
        lambda base: (
            neighbour_clinical(lang, base)
            and any(headword(other, base) for other in _NEIGHBOURS.get(lang, ()))
        ),
    ):
        return True
    lexical = lambda w: speller._lexical(lang, w)  # noqa: E731
    if nordic_words.isering(lang, word, lexical) or nordic_words.negated(lang, word, lexical):
        return True
    if nordic_words.latin_adjective(lang, word, lexical):
        return True
    if nordic_words.quality_noun(lang, word, lexical):
        return True
    if nordic_words.verbal_noun(
        lang,
        word,
        lambda verb: (
            speller._lexical(lang, verb) and "vblex" in nordic_words.parts_of_speech(lang, verb)
        ),
        lambda first: (
            speller._lexical(lang, first)
            or analysed(lang, first)
            or neighbour_clinical(lang, first)
        ),
    ) and not nordic_lexicon.slip(word, lambda variant: dictionary_entry(lang, variant)):
        return True
    if lang == "nn" and nordic_words.nynorsk_inflection(word):
        return True
    if nordic_latin.clinical_english(word) or nordic_latin.ic_adjective(word):
        return True
    return latin_loan(lang, word) or loan_compound(lang, word)


def latin_loan(lang: str, word: str) -> bool:
    """A clinical loan: in Norwegian or Swedish letters, whose Latin or English spelling is a
    Danish or English dictionary entry or a word of the English medical dictionary only
    ("erytema": erythema, "ceftriaxon": ceftriaxone; nordic_words.latin_spellings), or spelt
    as that medical dictionary spells it ("allopurinol", "nociceptorer": nociceptor). A word
    in the neighbour's letters ("tetracyklin", Danish) is checked against the medical
    dictionary only (Latin "atroficans": atrophicans), and a word general English knows
    ("medicine") is no medical loan: Danish "medicin" stays unknown."""
    foreign = any(ch in _FOREIGN_LETTERS.get(lang, "") for ch in word)
    latin = nordic_words.latin_spellings(word, with_k=not foreign)
    if not foreign and any(
        headword(other, variant) for variant in sorted(latin) for other in ("da", "en")
    ):
        return True
    forms = latin | nordic_words.loan_stems(word)
    if any(len(form) >= nordic_words.MIN_LATIN and english_medical(form) for form in sorted(forms)):
        return True
    # a short chemical name as the medical dictionary spells it, less its -e ("urat": urate)
    return not foreign and any(
        english_medical(name) for name in sorted(chemical_names(word.lower()))
    )


# Plural endings of a clinical noun: "puriner" (purin), "puriner" in Swedish, "purinar" in Nynorsk.
_PLURALS = {"nb": ("er", "ene"), "sv": ("er", "erna"), "nn": ("ar", "ane")}
_PLURALS["no"] = _PLURALS["nb"]


def clinical_plural(lang: str, word: str, clinical: nordic_words.Known) -> bool:
    """The plural of a clinical noun that `clinical` knows as a base form ("puriner": purin).
    Only plurals: a definite singular in -en/-et would excuse slips of any word ending so."""
    return any(
        word.endswith(ending)
        and len(word) - len(ending) >= nordic_words.MIN_STEM
        and clinical(word[: -len(ending)])
        for ending in _PLURALS.get(lang, ())
    )


# Chemical names that Norwegian and Swedish write without the English -e: "urat" (urate),
# "amid" (amide); too short for latin_spellings' letter changes, so taken as spelt only.
_CHEMICAL = ("at", "in", "id", "ol")
MIN_CHEMICAL = 4


def chemical_names(word: str) -> set[str]:
    """English spellings of a short chemical loan under its noun endings ("urater": urate)."""
    return {
        word[: len(word) - len(ending)] + "e"
        for ending in nordic_words._LOAN_ENDINGS
        if word.endswith(ending)
        and len(word) - len(ending) >= MIN_CHEMICAL
        and word[: len(word) - len(ending)].endswith(_CHEMICAL)
    }


_MEDICAL_DICTIONARY = "en_med_glut.dic"  # Debian's hunspell-en-med (OpenMedSpel)


@lru_cache(maxsize=1)
def _medical() -> Any:
    """English hunspell with the English medical word list added, or None without them."""
    english = speller.dictionary_path("en")
    extra = next(
        (
            d / _MEDICAL_DICTIONARY
            for d in speller.DICTIONARY_DIRS
            if (d / _MEDICAL_DICTIONARY).exists()
        ),
        None,
    )
    if english is None or extra is None:
        return None
    import hunspell

    handle = hunspell.HunSpell(str(english), str(english.with_suffix(".aff")))
    handle.add_dic(str(extra))
    return handle


@lru_cache(maxsize=100_000)
def english_medical(word: str) -> bool:
    """`word` is a word of the English medical dictionary that general English lacks: a drug,
    a Latin or Greek clinical term ("allopurinol", "atrophicans")."""
    handle = _medical()
    if handle is None or speller._spell("en", word):
        return False
    try:
        return bool(handle.spell(word))
    except UnicodeEncodeError:
        return False


@lru_cache(maxsize=100_000)
def analysed(lang: str, word: str) -> bool:
    """Apertium's analyser of `lang` reads `word` as a word of the language
    (pipeline/checks/nordic_lexicon.py); short compound parts must be hunspell's words, and a
    compound must be no slip of a dictionary entry."""
    # The analysers also read Danish and old Dano-Norwegian forms as their own (Swedish "bare",
    # "tage"; Bokmål "hedder", "bidrager") and build compounds of chance parts (Nynorsk
    # "forkert" as fork + ert). Swedish takes no word the Danish dictionary knows
    # ("sundheden"); Nynorsk no word the Danish or Bokmål dictionary has as an entry
    # ("vitaminer", Nynorsk vitaminar), and from their compounds only the analyser's
    # ("pasientforløp", alike in Bokmål and Nynorsk). Bokmål shares most of its words with
    # Danish ("tempoet", "celledød"), so there a word is refused when it is far more common in
    # Danish (wordfreq: "hedder" 5.2 in Danish, 1.7 in Bokmål; "tempoet" 3.6 and 3.8).
    simple = True
    if lang == "sv" and speller._spell("da", word):
        return False
    if lang == "nn":
        if speller._entry("da", word) or speller._entry("nb", word):
            return False
        simple = not (speller._spell("da", word) or speller._spell("nb", word))
    elif more_danish(lang, word):
        return False
    dictionary = lambda part: speller._lexical(lang, part)  # noqa: E731
    entry = lambda variant: dictionary_entry(lang, variant)  # noqa: E731
    if nordic_lexicon.knows(lang, word, dictionary, entry, simple=simple):
        return True
    if not simple:
        return False
    # (the weaker rule takes no word of the Danish dictionary in Bokmål either: "hudfarvede")
    return not speller._spell("da", word) and nordic_lexicon.short_first(
        lang,
        word,
        dictionary,
        # the rest a dictionary word, or a clinical loan a neighbour knows ("vev" + "s" +
        # "perfusjon"), long enough that letters of a slip do not make one by chance
        lambda rest: (
            speller._lexical(lang, rest)
            or nordic_lexicon.lexicalised(lang, rest)
            or (len(rest) >= MIN_LOAN_REST and neighbour_clinical(lang, rest))
        ),
        entry,
    )


MIN_LOAN_REST = 7


DANISH_MARGIN = 1.0  # zipf: ten times as common in Danish


def more_danish(lang: str, word: str) -> bool:
    from pipeline.checks.frequency import zipf

    return zipf(word, "da") >= zipf(word, _WORDFREQ.get(lang, lang)) + DANISH_MARGIN


def dictionary_entry(lang: str, variant: str) -> bool:
    """hunspell's entries, or its compounds that the analyser has as entries ("blodpropp")."""
    return speller._entry(lang, variant) or (
        speller._spell(lang, variant) and nordic_lexicon.lexicalised(lang, variant)
    )


MIN_COMPOUND_PART = 4


def loan_compound(lang: str, word: str) -> bool:
    """A compound of a clinical loan and a dictionary word, either way round, perhaps with a
    linking -s-: "allopurinol" + "behandling", "urat" + "sänkande", "serum" + "urat" (the loan
    a word of the English medical list as it stands or with its -e: urate), or a respelt loan
    under respelt_loan's terms ("flimmer" + "skotomet": scotoma). hunspell and the analyser
    build compounds of their own words only; a compound one slip away from a word hunspell
    spells or word_formation builds ("koronarrsykdom": koronarsykdom, "nerviceller":
    nerveceller) stays unknown; with a respelt loan, one slip from a dictionary entry
    (speller._slip_of: hunspell's own compounds, "flimmerskotomer", are no entries)."""

    def loan(part: str) -> bool:
        return any(
            len(form) >= MIN_COMPOUND_PART + 1 and english_medical(form)
            for form in (part, part + "e")
        )

    def known(part: str) -> bool:
        return speller._lexical(lang, part)

    for cut in range(MIN_COMPOUND_PART, len(word) - MIN_COMPOUND_PART + 1):
        head, tail = word[:cut], word[cut:]
        rests = [tail] + ([tail[1:]] if tail.startswith("s") else [])
        for rest in rests:
            if len(rest) < MIN_COMPOUND_PART:
                continue
            if (known(head) and loan(rest)) or (known(rest) and loan(head)):
                return not nordic_lexicon.slip(
                    word, lambda v: speller._spell(lang, v) or speller._formed(lang, v)
                )
            # (a Latin part ending in a vowel takes no linking -s-: "myokardi" + "s" + "keim"
            # is a slip of myokardiskemi)
            vowel_link = rest != tail and head[-1] in _VOWELS
            if (known(head) and respelt_loan(lang, rest)) or (
                known(rest) and respelt_loan(lang, head) and not vowel_link
            ):
                return not speller._slip_of(lang, word)
    return False


_VOWELS = "aeiouyåäöæø"
MIN_RESPELT_PART = 6


def respelt_loan(lang: str, word: str) -> bool:
    """A compound's part: a clinical loan in Norwegian or Swedish letters whose Latin or English
    spelling (nordic_words.latin_spellings) is a word of the English medical dictionary or a
    Danish or English entry ("skotomet": scotoma, "kranial": cranial), six letters or more,
    no English word as it stands ("canker"), and no slip of a dictionary headword, itself or
    its stem ("stiling": stilling; "indiktion": indikation, though English has "indiction")."""
    if len(word) < MIN_RESPELT_PART or speller._spell("en", word):
        return False
    latin = {
        spelling
        for form in sorted({word} | nordic_words.loan_stems(word))
        for spelling in nordic_words.latin_spellings(form, with_k=True) - {form}
    }
    if not any(
        english_medical(spelling) or headword("da", spelling) or headword("en", spelling)
        for spelling in sorted(latin)
    ):
        return False
    return not any(
        nordic_lexicon.slip(
            form, lambda v: speller._spell(lang, v) and v in speller._stems(lang, v)
        )
        for form in sorted({word} | nordic_words.loan_stems(word))
    )
