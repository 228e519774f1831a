from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.checks.language.identify import segment_language
from pipeline.checks.mechanics.words import masked, word_list
from pipeline.core.models import Document, Finding, SegmentKind, Severity

# Words that open Danish sentences and are never capitalised inside one: personal and
# demonstrative pronouns, conjunctions and sentence adverbs, question words, and the
# prepositions that open a sentence's adverbial ("Omkring uge 8 …", "På dette tidspunkt …").
# Not here: the polite "De", "Dem", "Deres" and "I" (you, plural), which are capitalised
# everywhere, and verbs, which open the titles of questions that cross-references quote
# ("Læs videre om Er mit blodtryk for højt?").
_OPENERS = frozenset(
    word_list(
        """
        Du Jeg Vi Han Hun Man Det Den Der Dette Denne Disse
        Hvis Når Men Og Så Nu Her Derfor Desuden Derudover Også Ellers Selvom Mens
        Hvad Hvordan Hvorfor Hvornår Hvilke Hvilken
        Omkring Efter Før Under Ved Med Til For Fra På Af Om Hos Mod Uden Inden
        """
    )
)
# "I" is the preposition only before a determiner or a noun of time ("I denne periode"); before
# a verb or an adverb it is the pronoun "you", which Danish capitalises ("når I har …").
_I_BEFORE = "denne|dette|disse|den|det|de|nogle|mange|alle|løbet|starten|begyndelsen|slutningen"
_RUN_ON = re.compile(
    r"(?<![\w.'’-])(?P<before>[a-zæøå]{2,}) "
    rf"(?P<word>[A-ZÆØÅ][a-zæøå]+|I(?= (?:{_I_BEFORE})\b))"
    r"(?= [a-zæøå0-9])"
)
# A cross-reference names a page or section by its title, which keeps its capitals: "se Hvad
# er diabetes?", "læs mere om Hvordan du måler blodtrykket".
_REFERRING = frozenset(word_list("se jf jævnfør læs artiklen afsnittet siden pjecen bogen"))
# Words a Danish sentence does not end with (conjunctions, articles, the copula), so no full
# stop can be missing after them: "Det er Hos vigtigt" is garbled, not two sentences.
_NO_SENTENCE_END = frozenset(
    word_list("og eller men samt at som hvis når fordi selvom mens end en et er var")
)
_QUOTES = '"«»„“”'
# The courtesy capitals of letters and some shops' pages ("tak for Din henvendelse"): there
# "Du" is the house style, not a sentence start.
_COURTESY = re.compile(r"(?<=[a-zæøå,] )(?:Din|Dit|Dine|Dig)\b")


class MissingSentenceEnd(Check):
    """A sentence or heading runs into the next without a full stop ("syfilis Du vil også").

    Flags a word that opens Danish sentences and is never capitalised inside one (a
    personal or demonstrative pronoun: "Du", "Det", "Den"; a conjunction or sentence
    adverb: "Hvis", "Men", "Derfor"; a question word; a preposition that opens an adverbial:
    "Omkring", "På"; and "I" before a determiner: "I denne periode"), written with its
    capital straight after a lower-case word and followed by one: the full stop between two
    sentences, or the line break after a heading, was lost ("Hold øje med dit udflåd I denne
    periode kan det ske …"). The suggestion puts a full stop before the word; the fix is not
    automatic, as the text before it may be a heading that needs a line of its own.

    It deliberately does not flag the polite pronouns ("De", "Dem", "Deres") and "I" (you,
    plural) before a verb ("når I har"), names and titles of several capitalised words ("Den
    Blå Avis", "Om Os"), words inside quotation marks, a title named by a cross-reference
    ("se Hvad er diabetes?", "læs mere om Hvordan du …"), "Du" on a page that writes the
    courtesy capitals of letters ("tak for Din henvendelse"), a word after one that no
    sentence ends with (a conjunction, an article, "er": "og Du", "en Det"), headings and
    titles (title case is MECH013's), a word after a line break, punctuation or a capital,
    and texts in other languages.

    Anti-pattern: "Der tages blodprøver for hiv, hepatitis B og syfilis Du vil også blive vejet."
    Best practice: "Der tages blodprøver for hiv, hepatitis B og syfilis. Du vil også blive vejet."
    """

    code = "MECH016"
    name = "mechanics.missing-sentence-end"
    severity = Severity.WARNING

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        if ctx.document.language != "da":
            return
        courtesy = _courtesy(ctx.document)
        for segment in ctx.document.content_segments():
            if segment.kind is not SegmentKind.SENTENCE:
                continue
            text = masked(segment.text)
            for match in _RUN_ON.finditer(text):
                word = match.group("word")
                if word not in _OPENERS and word != "I":
                    continue
                if (word == "Du" and courtesy) or _quoted(text, match.start("word")):
                    continue
                if match.group("before") in _NO_SENTENCE_END:
                    continue
                if _referring(text, match.start("word")):
                    continue
                if segment_language(ctx, segment.text) != ctx.document.language:
                    break
                before = match.group("before")
                yield self.finding(
                    ctx,
                    segment,
                    match.start(),
                    match.end(),
                    f"'{word}' opens a sentence but stands inside one, after '{before}': a"
                    f" full stop is missing (or a heading runs into the text)",
                    suggestion=f"{before}. {word}",
                )


def _courtesy(document: Document) -> bool:
    """The page writes "Din", "Dit", "Dine" or "Dig" with a capital inside sentences."""
    return any(
        _COURTESY.search(segment.text)
        for segment in document.content_segments()
        if segment.kind is SegmentKind.SENTENCE
    )


def _quoted(text: str, start: int) -> bool:
    """Inside quotation marks: a quoted title keeps its own capitals."""
    return sum(text[:start].count(q) for q in _QUOTES) % 2 == 1


def _referring(text: str, start: int) -> bool:
    """One of the three words before `start` names a cross-reference ("se", "læs mere om")."""
    words = re.findall(r"[\w’']+", text[:start].lower())[-3:]
    return any(word in _REFERRING for word in words)
