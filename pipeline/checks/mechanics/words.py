"""Danish word lists and token helpers that the mechanics, locale and spelling checks share.

The lists are closed classes (months, weekdays, function words, common abbreviations): small,
stable and the same in every Danish text, so they are code, not data files.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from pipeline.checks import frequency
from pipeline.checks.context import CheckContext
from pipeline.checks.speller import Speller
from pipeline.core.models import Document, Finding, Segment, SegmentKind


def word_list(text: str) -> tuple[str, ...]:
    """The words of `text`, in order: word lists written as one string."""
    return tuple(text.split())


MONTHS = word_list(
    "januar februar marts april maj juni juli august september oktober november december"
)
WEEKDAYS = word_list("mandag tirsdag onsdag torsdag fredag lørdag søndag")

# Closed-class words: pronouns, conjunctions, auxiliaries, adverbs and the prepositions that
# are not productive compound prefixes ("i", "hos"). "over", "under", "efter", "til", "på",
# "af", "for", "med", "mod", "om", "fra"… start thousands of valid compounds
# ("efterbehandling", "påsmøring"), so they are deliberately not here.
FUNCTION_WORDS = frozenset(
    word_list(
        """
        og eller men samt at som der hvis når hvor hvad hvordan hvorfor hvilke hvilken
        fordi selvom mens end i hos er var har havde kan kunne skal skulle vil ville må
        måtte bør burde blev bliver blive være været ikke også meget mere mest kun
        allerede altid aldrig ofte stadig både enten han hun den det de vi jeg du man
        dem deres hans hendes sig sin sit sine min mit mine din dit dine vores jeres
        hinanden en et denne dette disse nogle mange alle andre
        """
    )
)

# Abbreviations that end in a full stop inside a sentence ("ca. 5 mg", "f.eks. ved feber"),
# anatomical Latin among them ("lig. talofibulare ant.", "m. stapedius dx.").
ABBREVIATIONS = frozenset(
    word_list(
        """
        ca. f.eks. bl.a. evt. inkl. ekskl. mht. mhp. vedr. pga. iflg. jf. jvf. dvs. mv. m.m.
        osv. etc. kl. nr. pkt. stk. s. ff. fig. tab. kap. bd. ibid. mfl. m.fl. o.l.
        og.lign. ang. afd. tlf. dr. prof. hr. fr. mg. ml. min. max. maks. gl. ex. el.
        hhv. ifm. vha. mm. f. d. ds. pr. p. t. tilsv. alm. st. kr. str. jan. feb. mar.
        apr. jun. jul. aug. sep. sept. okt. nov. dec. forts. red. udg. opl. vol.
        ol. ev. t.ex. resp. s.k. o.s.v. p.g.a. t.o.m. fr.o.m. eks. adm. dir. vs. ex.v.
        lig. ligg. ant. dx. sin.
        """
    )
)

# Clinical Latin shortenings that are also Danish words ("ant./post." anterior/posterior,
# "med." medialis, "lat.", "sup.", "inf.", "ext.", "int.", "dist.", "prox.", "sin."): after
# them the full stop is the abbreviation's, even before a comma ("Tibialis ant./post., …").
LATIN_SHORTENINGS = frozenset(
    {"ant", "post", "med", "lat", "sup", "inf", "ext", "int", "dist", "prox", "sin", "dex"}
)

# Letters, with inner hyphens or apostrophes: "COVID-19" is one token, as in SPELL001.
WORD = re.compile(r"\w+(?:[-'’]\w+)*")
OPENERS = "\"'«»„“”‘’([{"


# URLs, e-mail addresses and domains. Unlike SPELL001's pattern, a domain's last label must be
# lower case ("sundhed.dk", "MayoClinic.com"), so that "i hjernen.Patienten" is not a domain,
# and a URL ends before a bracket, so that Markdown's "[tekst](https://…).Det" keeps its ").".
NOT_WORDS = re.compile(
    r"\S+@\S+\.\w+|(?:https?://|www\.)[^\s()\[\]<>]+|\b(?:[\w-]+\.)+[a-z]{2,6}\b(?:/\S*)?"
)


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int


@lru_cache(maxsize=50_000)
def masked(text: str) -> str:
    """`text` with URLs, e-mail addresses and domains (sundhed.dk) blanked out, same length."""
    return NOT_WORDS.sub(lambda m: " " * len(m.group()), text)


@lru_cache(maxsize=4096)  # a document's sentences: each check asks in turn
def tokens(text: str) -> list[Token]:
    """The words of `text` outside URLs, addresses and domains. Memoised: some eight checks
    ask for the words of each sentence; the list is shared, so callers never change it."""
    return [Token(m.group(), m.start(), m.end()) for m in WORD.finditer(masked(text))]


def sentences(document: Document) -> Iterator[tuple[Segment, Segment | None, bool]]:
    """Each sentence with the sentence before it in the same paragraph (or None) and
    whether its paragraph is a list item."""
    for section in document.sections:
        for paragraph in section.paragraphs:
            previous: Segment | None = None
            for sentence in paragraph.sentences:
                if sentence.kind is SegmentKind.SENTENCE:
                    yield sentence, previous, paragraph.list_item
                previous = sentence


# Two or more short letter groups, each with its full stop: "ex.v.", "t.o.m.", "dr.med.".
_DOTTED_RUN = re.compile(r"(?:[^\W\d_]{1,3}\.){2,}")


def ends_with_abbreviation(text: str) -> bool:
    """True when `text` ends with a known abbreviation, an initial ("H.C.", "J.") or a run of
    short letter groups with full stops ("ex.v.", Swedish: for example)."""
    last = text.rsplit(maxsplit=1)[-1].lstrip(OPENERS) if text.strip() else ""
    return (
        last.lower() in ABBREVIATIONS
        or bool(re.fullmatch(r"(?:\w\.)+", last))
        or bool(_DOTTED_RUN.fullmatch(last))
    )


def is_name(word: str, speller: Speller) -> bool:
    """True when hunspell knows `word` as a proper noun (a capitalised stem: "Danmark",
    "Alzheimers"), or does not know its lower-case form at all."""
    if not speller.known(word.lower()):
        return True
    return any(stem[:1].isupper() for stem in speller.stems(word))


def dictionary_word(word: str, speller: Speller) -> bool:
    """True when hunspell knows `word` as an entry or an inflection of one, not only as a
    compound it builds ("hjertesygdomme" stems to "sygdom"; "patienter" to "patient")."""
    lower = word.lower()
    return speller.known(lower) and any(s.lower()[:3] == lower[:3] for s in speller.stems(lower))


# A compound hunspell builds of this many letters or more is a word, not a shortening: the
# abbreviations it builds are short ("mht", "evt", "vedr").
LONG_COMPOUND = 8


def stop_ends_sentence(text: str, word: str, speller: Speller) -> bool:
    """True when the full stop that ends `text` after its last word `word` ends a sentence,
    though a comma follows it ("verden.,", "øjeninfektion.,"): `word` is no abbreviation
    (known, dotted, or a clinical Latin shortening: "ant./post.,") and the dictionary has it
    as a word of its own, or as a long compound, not only as a shortening hunspell builds
    ("mht", "evt" are not words, "salt" and "verden" are)."""
    if ends_with_abbreviation(text) or word.lower() in LATIN_SHORTENINGS:
        return False
    if dictionary_word(word, speller):
        return True
    return len(word) >= LONG_COMPOUND and speller.known(word.lower())


# Zipf frequency (log10 of occurrences per billion words) from which a word is common in
# Danish: "læge" 4.9, "diabetes" 3.9, "sygdommens" 3.1; names of products and institutions
# ("Medicintjek", "Månedsskrift") and rare terms ("atropin") are not in the list at all.
COMMON_ZIPF = 3.0


def zipf(word: str, lang: str = "da") -> float:
    """How common `word` is in `lang` (wordfreq's Zipf scale: 0 unknown, 7 the commonest)."""
    return frequency.zipf(word, lang)


def fragment_line(text: str, start: int) -> bool:
    """True when the line of `text` around `start` is a short fragment with no punctuation:
    a menu, a tag list or a heading the segmenter joined to a sentence."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return len(line.split()) <= 12 and not any(ch in line for ch in ".!?,;:")


def capitalised(word: str) -> bool:
    """An initial capital followed by lower-case letters only ("Læge", not "ALS", "iPhone")."""
    return len(word) > 1 and word[0].isupper() and word[1:].replace("-", "").islower()


def span_finding(
    check_code: str,
    check_name: str,
    ctx: CheckContext,
    segment: Segment,
    start: int,
    end: int,
    **fields: object,
) -> Finding:
    """A finding for source offsets `start`..`end`, which may cross segment boundaries."""
    line, column = ctx.index.position(start)
    end_line, end_column = ctx.index.position(end)
    return Finding(
        code=check_code,
        name=check_name,
        path=ctx.document.path,
        line=line,
        column=column,
        end_line=end_line,
        end_column=end_column,
        match=ctx.document.source_text[start:end],
        segment_id=segment.id,
        **fields,  # type: ignore[arg-type]
    )
