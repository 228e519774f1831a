"""Spans of English words left inside Danish (or Norwegian, Swedish) text.

Three sources of evidence, each weak alone:

- hunspell: the English (en_US) dictionary knows the word and the document language's does
  not ("lifting", "flare-up"). Danish hunspell accepts many English words, as loanwords
  ("weekend", "stress") and through the genitive -s ("symptoms" = symptom's), so a word it
  knows is never English evidence by itself;
- word frequencies (wordfreq, from web and subtitle text): a word much more common in English
  than in the document language ("of": English zipf 7.4, Danish 5.3) leans English even when
  hunspell accepts it, while a Danish word English also has ("den", "men", "at") does not;
- fastText (the language identifier of LANG001) on the span, when the dictionaries leave one
  English word among words both languages share ("heavy lifting").

Three shapes are English without more evidence: a heading whose every word is English or
shared, written in English title case ("Health Library": its capitals are the heading's, not
a name's); an English noun that numbers a grade or stage ("Grade II", "Stage 3", where
Danish writes "grad II", "stadie 3"), capitalised or not; and an English plural in -s as the
subject of a Danish verb ("Healers har brugt …"), which Danish hunspell accepts only as a
genitive ("en healers"), and a genitive is never followed by a finite verb.

In Danish, a word that is an English stem with Danish grammar ("Limiter", "supportnetværk";
english_stems.py) is a span of its own, whose `stem` names the English word.

Names (capitalised inside a sentence), acronyms, units after a number, abbreviations, Latin
and Greek terms (Latin is not English) and glossary words never count as English; they may
sit inside a span but never make one. A span is the run of adjacent words with nothing but
spaces between them, trimmed to start and end on a word that is not plainly Danish.

The spans are computed once per segment and run (CheckContext.memo): LANG003 reports them,
SPELL001 stays silent inside them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, NamedTuple

from pipeline.checks import nordic_latin
from pipeline.checks.language.english_stems import english_stem
from pipeline.core.models import Segment, SegmentKind
from pipeline.glossary.matcher import TermMatch, matcher_for
from pipeline.glossary.model import DO_NOT_TRANSLATE
from pipeline.ingest.language import detect

if TYPE_CHECKING:
    from pipeline.checks.context import CheckContext
    from pipeline.checks.speller import Speller

# e-mail addresses, URLs, domains, code (identifiers, placeholders, tags): never prose words
_NOT_WORDS = re.compile(
    r"\S+@\S+\.\w+|(?:https?://|www\.)\S+|\b(?:[\w-]+\.)+[a-zA-Z]{2,}\b(?:/\S*)?"
    r"|\w*_\w*|%\(\w+\)\w|<[^<>]+>|`[^`]*`|\{[^{}]*\}"
)
_MAY_NOT_BE_WORDS = re.compile(r"[@_<`{]|://|www\.|%\(|\.[a-zA-Z]{2}")  # in any match of it
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_SENTENCE_START = re.compile(r"(?:^|\n|[.!?:]\s?)[\s\"'«»„“(\[–-]*$")
# A reference list entry or an inline citation is English by right (a cited title).
_CITATION = re.compile(r"\b(?:et al|[Dd][Oo][Ii]|PMID|ISBN)\b|\b(?:19|20)\d\d\s*;\s*\d")
# Latin and Greek word endings of medical terms (musculus, corpus luteum, vertebrae, bursitis);
# "-ous" is English (serious), so -us needs a consonant or i before it.
_LATIN = re.compile(
    r"(?:[^o]us|um|ae|orum|arum|alis|aris|ensis|itis|osis|iasis|ix|ex|ica|icum|ior|ius)$"
)
# Abbreviations Danish writers use as they are (etc., vs., e.g. in a citation, ca.).
_ABBREVIATIONS = frozenset({"etc", "vs", "eg", "ie", "ca", "cf", "am", "pm", "ok"})
UNITS = frozenset(
    {"mg", "g", "kg", "ml", "dl", "l", "cm", "mm", "m", "km", "mmhg", "iu", "ie", "bpm", "kcal"}
    | {"lb", "lbs", "pound", "pounds", "oz", "ounce", "ounces", "ft", "foot", "feet", "inch"}
    | {"inches", "mile", "miles", "yard", "yards", "pint", "pints", "gallon", "gallons"}
)

# Zipf-frequency margins (wordfreq: 7 ≈ "the", 3 ≈ one in a million words).
LEANING = 1.5  # English this much more common than Danish: evidence inside a span ("of", "the")
DANISH = 1.0  # Danish this much more common than English: the word ends a span ("den", "er")
COMMON = 3.5  # a single English word is flagged only when at least this common in English …
RARE_HERE = 2.5  # … and at most this common in Danish, Norwegian and Swedish
FUNCTION_WORD = 6.0  # as common as "of", "for", "the", "and": grammar, not content

# English nouns that number a grade, stage or part; Danish writes grad, stadie, fase, klasse,
# niveau, trin, del, kapitel, afsnit, kategori, uge, dag, runde, bind, bilag, figur, tabel.
_LABELS = frozenset(
    {"grade", "stage", "phase", "class", "level", "step", "part", "chapter", "section"}
    | {"category", "degree", "week", "day", "round", "volume", "appendix", "figure", "table"}
    | {"lesson", "session", "cycle"}
)
# A Roman or Arabic number after the label ("Grade II (moderat)", "Stage 3,"), not a decimal.
_NUMBER_AFTER = re.compile(r"[ \t]+(?:[IVX]{1,4}|\d{1,3})(?!\w|[.,]\d)")
_HEADINGS = (SegmentKind.HEADING, SegmentKind.TITLE)
MIN_PLURAL = 5  # "bus", "kaos" and other short -s words are Danish
# Finite verbs that follow a subject and never a genitive: "Healers har", "Triggers kan".
_FINITE_VERB = re.compile(
    r"[ \t]+(?:har|havde|er|var|kan|kunne|vil|ville|skal|skulle|må|bør|bliver|blev|får|fik)\b"
)


class Kind(Enum):
    """What one word says about the language of its span."""

    BREAK = "break"  # not English at all, or plainly the document language: ends a span
    SHARED = "shared"  # both languages' word: may sit inside a span, never makes one
    EDGE = "edge"  # shared, but at least as common in English: may also start or end a span
    LEANING = "leaning"  # the document's dictionary knows it, but English uses it far more
    ENGLISH = "english"  # English dictionary only: the strong evidence
    NAME = "name"  # English-only but capitalised inside a sentence: most likely a name


class Word(NamedTuple):
    """A word of a segment and what it says (a tuple: one is made for every word of a text)."""

    start: int
    end: int
    text: str
    kind: Kind


@dataclass(frozen=True)
class EnglishSpan:
    """A run of English words in `segment.text[start:end]`."""

    start: int
    end: int
    text: str
    stem: str | None = None  # an English stem with Danish grammar ("Limiter": "limit")


def english_spans(ctx: CheckContext, segment: Segment) -> tuple[EnglishSpan, ...]:
    """The English spans of `segment`, computed once per run and shared by the checks."""
    lang = ctx.document.language
    heading = segment.kind in _HEADINGS
    return ctx.memo(
        ("english-spans", lang, heading, segment.text),
        lambda: _spans(ctx, segment.text, heading),
    )


def _spans(ctx: CheckContext, text: str, heading: bool = False) -> tuple[EnglishSpan, ...]:
    lang = ctx.document.language
    native, english = ctx.speller(lang), ctx.speller("en")
    if native is None or english is None or lang == "en" or _CITATION.search(text):
        return ()
    words = classify(text, lang, native, english, _term_matches(ctx, text))
    runs = _runs(text, words)
    if heading:
        runs = _english_heading(words, lang, native, english) or runs
    spans: list[EnglishSpan] = []
    for run in runs:
        if _is_english(run, lang):
            spans.append(EnglishSpan(run[0].start, run[-1].end, text[run[0].start : run[-1].end]))
    if lang == "da":
        spans.extend(_dressed_as_danish(text, words, spans, native, english))
    for word in words:
        if word.kind is Kind.BREAK or word.kind is Kind.SHARED:
            continue  # neither shape: a label or a plural is English, leaning or an edge
        shape = _numbered_label(word, text, lang, native, english) or _plural_subject(
            word, text, native, english
        )
        if shape and not any(span.start <= word.start < span.end for span in spans):
            spans.append(EnglishSpan(word.start, word.end, word.text))
    return tuple(sorted(spans, key=lambda span: span.start))


def _dressed_as_danish(
    text: str, words: list[Word], spans: list[EnglishSpan], native: Speller, english: Speller
) -> list[EnglishSpan]:
    """Words that are an English stem with Danish grammar ("Limiter alkohol",
    "supportnetværk"; english_stems.py), outside the spans already found and names."""
    found = []
    for word in words:
        if word.kind is Kind.NAME or (spans and any(s.start <= word.start < s.end for s in spans)):
            continue
        rest = word.text[1:]  # a capital inside (MedlinePlus), or a name inside a sentence
        if (not rest.islower() and any(ch.isupper() for ch in rest)) or (
            word.text[0].isupper() and not _SENTENCE_START.search(text[: word.start])
        ):
            continue
        stem = english_stem(word.text, native, english)
        if stem is not None:
            found.append(EnglishSpan(word.start, word.end, word.text, stem))
    return found


def _english_heading(
    words: list[Word], lang: str, native: Speller, english: Speller
) -> list[list[Word]]:
    """The whole heading as one run when it is English in title case ("Health Library"):
    every word, read in lower case, is English or shared and none is plainly Danish."""
    if len(words) < 2 or not all(w.text[0].isupper() for w in words):
        return []
    lowered = [
        Word(w.start, w.end, w.text, _kind(w.text.casefold(), lang, native, english, "", 0))
        if w.kind is Kind.NAME
        else w
        for w in words
    ]
    if any(w.kind is Kind.BREAK for w in lowered):
        return []
    return [lowered]


def _plural_subject(word: Word, text: str, native: Speller, english: Speller) -> bool:
    """An English plural in -s before a Danish finite verb ("Healers har"): Danish knows the
    word only as an inflection of its singular (a genitive), not as a word of its own
    ("tips", "chips" are Danish plurals and stay silent), and it leans English."""
    lower = word.text.casefold()
    if word.kind not in (Kind.ENGLISH, Kind.LEANING, Kind.EDGE) or len(lower) < MIN_PLURAL:
        return False
    if not lower.isalpha() or text[: word.start].endswith("-"):
        return False  # a compound or a command-line option ("--streams")
    if not lower.endswith("s") or lower.endswith("ss") or not _FINITE_VERB.match(text, word.end):
        return False
    own_word = lower in (stem.casefold() for stem in native.stems(lower))
    return english.known(lower[:-1]) and not own_word


def _numbered_label(word: Word, text: str, lang: str, native: Speller, english: Speller) -> bool:
    """An English label noun before a number ("Grade II", "stage 3"), not inside a name of
    several capitalised words ("Harry Potter Part 2")."""
    lower = word.text.casefold()
    if lower not in _LABELS or not _NUMBER_AFTER.match(text, word.end):
        return False
    kind = _kind(lower, lang, native, english, "", 0) if word.kind is Kind.NAME else word.kind
    if kind not in (Kind.ENGLISH, Kind.LEANING, Kind.EDGE):
        return False
    before = text[: word.start]
    previous = re.search(r"(\w+)[ \t]+$", before)
    return not (word.text[0].isupper() and previous and previous.group(1)[0].isupper())


def classify(
    text: str, lang: str, native: Speller, english: Speller, terms: Iterable[TermMatch]
) -> list[Word]:
    """Every word of `text` with what it says about the span's language (`terms`: the
    glossary's matches in `text`, whose do-not-translate names are never English)."""
    masked = text  # most sentences have nothing _NOT_WORDS finds: no search through them
    if _MAY_NOT_BE_WORDS.search(text):
        masked = _NOT_WORDS.sub(lambda m: " " * len(m.group()), text)
    kept = [(m.start, m.end) for m in terms if DO_NOT_TRANSLATE in m.entry.note]
    words = []
    for match in _WORD.finditer(masked):
        start = match.start()
        if kept and any(a <= start < b for a, b in kept):
            # a name the glossary keeps in every language ("National Institutes of Health")
            kind = Kind.BREAK
        else:
            kind = _kind(match.group(), lang, native, english, masked, start)
        words.append(Word(start, match.end(), match.group(), kind))
    return words


def _kind(word: str, lang: str, native: Speller, english: Speller, text: str, start: int) -> Kind:
    """What `word` at `text[start]` says about the span's language. Only whether it starts a
    sentence depends on where it stands; the rest (dictionaries, frequencies) is worked out
    once per word and run (`Speller.memo`: a batch repeats its words)."""
    kind, name_inside = native.memo(
        ("LANG003.kind", word), lambda: _word_kind(word, lang, native, english)
    )
    if name_inside and not _SENTENCE_START.search(text[:start]):
        return Kind.NAME  # capitalised inside a sentence: most likely part of a name
    return kind


def _term_matches(ctx: CheckContext, text: str) -> Iterable[TermMatch]:
    """The glossary's matches in `text`; a content segment's are the document's, which the
    TERM checks find anyway with the same matcher (terminology/matches.py)."""
    from pipeline.checks.terminology.matches import term_matches

    def by_text() -> dict[str, list[TermMatch]]:
        found: dict[str, list[TermMatch]] = {s.text: [] for s in ctx.document.content_segments()}
        for segment, match in term_matches(ctx):
            found[segment.text].append(match)
        return found

    found = ctx.memo(("LANG003.term-matches",), by_text).get(text)
    return matcher_for(ctx.glossary, ctx.document.language).find(text) if found is None else found


def _word_kind(word: str, lang: str, native: Speller, english: Speller) -> tuple[Kind, bool]:
    """`_kind` of a word that starts a sentence, and whether it is a NAME elsewhere."""
    lower = word.casefold()
    if lower in UNITS or lower in _ABBREVIATIONS:
        return Kind.BREAK, False  # a unit (5 mg; 3 pounds: LOC checks judge those), an abbreviation
    if (len(word) > 1 and word.isupper()) or any(ch.isupper() for ch in word[1:]):
        return Kind.BREAK, False  # ALS, NSAID; MedlinePlus
    if not _known(word, english):
        return Kind.BREAK, False
    if word[0].isupper() and not _known(lower, english):
        return Kind.BREAK, False  # a proper noun wherever it stands (Ottawa, Maryland)
    name_inside = word[0].isupper()
    frequency_en, frequency_here = _frequency(lower, "en"), _frequency(lower, lang)
    if _known(word, native):
        if frequency_en - frequency_here >= LEANING:
            return Kind.LEANING, name_inside
        if frequency_here - frequency_en >= DANISH:
            return Kind.BREAK, name_inside
        return (Kind.EDGE if frequency_en >= frequency_here else Kind.SHARED), name_inside
    if _LATIN.search(lower) or (lang != "da" and nordic_latin.clinical_english(lower)):
        # Latin or Greek (bursitis, vertebrae; in Norwegian and Swedish also what they keep as
        # the English medical list spells it: "varicella zoster"): neither evidence nor a stop
        return Kind.SHARED, name_inside
    return Kind.ENGLISH, name_inside


def _known(word: str, speller: Speller) -> bool:
    if speller.known(word):
        return True
    parts = word.split("-")
    return len(parts) > 1 and all(part and speller.known(part) for part in parts)


def _frequency(word: str, lang: str) -> float:
    """How common `word` is in English ("en"), or in the Scandinavian languages (any other
    `lang`): wordfreq's Danish list is small ("acne" 0.0, in Norwegian 2.65, Swedish 2.87), and
    a loanword common in one neighbour is at home in all three."""
    if lang == "en":
        return _zipf(word, "en")
    return max(_zipf(word, "da"), _zipf(word, "nb"), _zipf(word, "sv"))


def _zipf(word: str, lang: str) -> float:
    from pipeline.checks.frequency import zipf

    return zipf(word, lang)


def _runs(text: str, words: list[Word]) -> list[list[Word]]:
    """Adjacent non-breaking words (only spaces between them), trimmed to evidence at the
    edges: a run may not start or end on a shared word."""
    runs: list[list[Word]] = []
    current: list[Word] = []
    for word in words:
        breaks = word.kind is Kind.BREAK  # most words: no slice, no empty run for them
        if current and (breaks or not text[current[-1].end : word.start].isspace()):
            runs.append(current)
            current = []
        if not breaks:
            current.append(word)
    runs.append(current)
    trimmed = []
    for run in runs:
        while run and run[0].kind is Kind.SHARED:
            run = run[1:]
        while run and run[-1].kind is Kind.SHARED:
            run = run[:-1]
        # an edge word alone is no span; it needs evidence beside it
        if any(w.kind in (Kind.ENGLISH, Kind.LEANING, Kind.NAME) for w in run):
            trimmed.append(_trim_edges(run))
    return trimmed


def _trim_edges(run: list[Word]) -> list[Word]:
    """Shared words at the edges stay only when next to evidence that is not a name."""
    evidence = (Kind.ENGLISH, Kind.LEANING)
    indices = [i for i, w in enumerate(run) if w.kind in (*evidence, Kind.NAME)]
    first, last = indices[0], indices[-1]
    while first > 0 and run[first - 1].kind is Kind.EDGE and run[first].kind in evidence:
        first -= 1
    while last < len(run) - 1 and run[last + 1].kind is Kind.EDGE and run[last].kind in evidence:
        last += 1
    return run[first : last + 1]


def _is_english(run: list[Word], lang: str) -> bool:
    strong = sum(1 for w in run if w.kind is Kind.ENGLISH)
    leaning = sum(1 for w in run if w.kind is Kind.LEANING)
    names = sum(1 for w in run if w.kind is Kind.NAME)
    if strong + leaning == 0 or (names and _named(run)):
        return False  # names only ("Harvard Medical School"), or a name with "of" in it
    if len(run) == 1:
        return run[0].kind is Kind.ENGLISH and _common_english(run[0].text, lang)
    if strong >= 2 or (strong and leaning):
        return True
    if strong == 1 and not any(_common_english(w.text, lang) for w in run):
        return False  # one rare word among shared ones: a term ("mild acne"), not English
    # one word of evidence among words both languages share: fastText decides
    return _identified_english(" ".join(w.text for w in run))


def _common_english(word: str, lang: str) -> bool:
    """Common in English and rare in the Scandinavian languages: not a loanword."""
    lower = word.casefold()
    return _frequency(lower, "en") >= COMMON and _frequency(lower, lang) <= RARE_HERE


def _named(run: list[Word]) -> bool:
    """A name with English words in it ("Journal of Medicine", "Centers for Disease Control")
    ends on a capitalised word and has no lower-case content word (only "of", "for", "the")."""
    lower = [w for w in run if w.kind in (Kind.LEANING, Kind.ENGLISH)]
    return run[-1].kind is Kind.NAME or all(
        _frequency(w.text.casefold(), "en") >= FUNCTION_WORD for w in lower
    )


def _identified_english(text: str) -> bool:
    guesses = detect(text)
    return bool(guesses) and guesses[0][0] == "en"
