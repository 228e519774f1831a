from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.checks.mechanics.words import (
    COMMON_ZIPF,
    FUNCTION_WORDS,
    dictionary_word,
    tokens,
    zipf,
)
from pipeline.checks.speller import Speller
from pipeline.core.models import Finding, Severity

# Function words that are also inflection endings ("patient-er", "sygdomm-en") never count
# as the second word of a split: "blodprøveer" is a misspelt plural as often as a glued "er".
_ENDINGS = frozenset({"er", "en", "et", "de", "ne", "ene", "e"})
# Inflected first words: Danish compounds join stems, never definite or plural forms, so
# "smerterhovedpine" is two words where "smertehovedpine" could be a compound.
_INFLECTED = ("erne", "ene", "en", "et", "er")
_MIN_LENGTH = 5


class GluedWords(Check):
    """Two words are written together because a space was dropped ("ogsåpatienter").

    Flags a lower-case word with a capitalised word glued to its end ("kurkumaDet": a tag
    line or heading glued to the next sentence), a common capitalised Danish word with a
    capitalised Danish word glued to it ("ResuméGurkemeje": a label glued to its text; both
    halves words English lacks, so "PowerPoint" stays a name), two English words glued in camel
    case where one is an English function word ("OccursAfter", "SymptomsOf": names join
    content words), and a word that hunspell does
    not know, even with Danish compounding, and that splits
    into two words it knows, where one of them is a short function word ("også patienter",
    "i sygdommen", "behandlingen og") or the first is an inflected form that no Danish
    compound starts with ("smerter hovedpine"). The suggestion is the two words; the fix is
    not automatic.

    It deliberately does not flag valid closed compounds ("hjerteanfald",
    "blodsukkermåling"; hunspell's compounding knows them), splits whose first word is a
    preposition that starts thousands of compounds ("efter", "under", "over", "til", "på",
    "af", "for"…), a part hunspell knows only as a compound it builds ("de|viceterapi"),
    splits into an ending ("blodprøve|er"), English words (the en_US
    dictionary knows them; untranslated English is another check's), splits whose content
    word is not common in Danish (wordfreq's Zipf frequency under 3: "somatropin" is a drug,
    not "som atropin"), capitalised words
    inside a sentence (names), words with digits or hyphens, words under five letters, and
    names in camel case ("YouTube", "iPhone", "eGFR": a capital or one letter first).

    Anti-pattern: "Behandlingen hjælper ogsåpatienter med lette symptomer."
    Best practice: "Behandlingen hjælper også patienter med lette symptomer."
    """

    code = "MECH004"
    name = "mechanics.glued-words"
    severity = Severity.WARNING

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        speller = ctx.speller(ctx.document.language)
        if speller is None or ctx.document.language != "da":
            return
        english = ctx.speller("en")
        for segment in ctx.document.content_segments():
            for index, token in enumerate(tokens(segment.text)):
                word = token.text
                camel = _CAMEL.fullmatch(word)
                glued = camel is not None and _camel_glued(camel, speller, english)
                if camel is None:
                    camel = _CAPITAL_CAMEL.fullmatch(word)
                    glued = camel is not None and _label_glued(camel, speller, english)
                if not glued:
                    camel = _TWO_PART_CAMEL.fullmatch(word)
                    glued = camel is not None and _english_glued(camel, speller, english)
                if camel is not None and glued:
                    left, right = camel.groups()
                    yield self.finding(
                        ctx,
                        segment,
                        token.start,
                        token.end,
                        f"'{word}' looks like two words with the space dropped before a"
                        f" capital: '{left} {right}'",
                        suggestion=f"{left} {right}",
                    )
                    continue
                if index > 0 or not word[:1].isupper():
                    if not word.isalpha() or not word.islower():
                        continue
                elif not word[1:].islower() or not word.isalpha():
                    continue
                if len(word) < _MIN_LENGTH or speller.known(word) or speller.known(word.lower()):
                    continue
                if english is not None and english.known(word):
                    continue
                split = glued_split(word.lower(), speller)
                if split is None:
                    continue
                left, right = split
                if word[0].isupper():
                    left = left.capitalize()
                yield self.finding(
                    ctx,
                    segment,
                    token.start,
                    token.end,
                    f"'{word}' looks like two words with the space dropped: '{left} {right}'",
                    suggestion=f"{left} {right}",
                )


# A lower-case word with a capitalised word glued to its end: "kurkumaDet", "symptomerHvis"
# (a tag line or a heading glued to the sentence after it). Names in camel case start with a
# capital ("YouTube", "McDonald") or one letter ("iPhone", "eGFR").
_CAMEL = re.compile(r"([a-zæøå]{3,})([A-ZÆØÅ][a-zæøå]+)")


def _camel_glued(match: re.Match[str], speller: Speller, english: Speller | None) -> bool:
    """The capitalised half is a common Danish word (the left one may be a tag or term the
    dictionary lacks: "kurkuma") and the whole is no word of either language."""
    word, right = match.group(), match.group(2).lower()
    if speller.known(word) or (english is not None and english.known(word)):
        return False
    return speller.known(right) and zipf(right) >= COMMON_ZIPF


# A capitalised Danish word with another glued to its end: "ResuméGurkemeje" (a box's label
# glued to its first sentence). Both halves are Danish words English does not have, so that
# camel-case names of English words ("PowerPoint", "LiveChat") stay apart.
_CAPITAL_CAMEL = re.compile(r"([A-ZÆØÅ][a-zæøåé]{4,})([A-ZÆØÅ][a-zæøåé]{2,})")


def _label_glued(match: re.Match[str], speller: Speller, english: Speller | None) -> bool:
    word, left, right = match.group(), match.group(1).lower(), match.group(2).lower()
    if speller.known(word) or english is None or english.known(word):
        return False
    danish_only = all(speller.known(part) and not english.known(part) for part in (left, right))
    return danish_only and zipf(left) >= COMMON_ZIPF


# Two English words glued in camel case, one of them an English function word: "OccursAfter",
# "SymptomsOf" (a heading's or a sentence's space lost in the page's markup). Names in camel
# case join content words ("PowerPoint", "PubMed", "YouTube") or start with one letter
# ("iPhone"); the particles of names ("LinkedIn", "SignUp", "LogOn") are not in the list.
_TWO_PART_CAMEL = re.compile(r"([A-Z]?[a-z]{2,})([A-Z][a-z]+)")
# The function words are English only: Danish has no word "after" or "which" ("is", "by",
# "for", "under" are Danish words too and stay out), so the other half may be a word both
# languages share ("SymptomsOf": "symptoms" is also a Danish genitive).
_ENGLISH_FUNCTION_WORDS = frozenset(
    {"of", "after", "before", "with", "without", "from", "into", "about", "during", "between",
     "and", "the", "are", "was", "were", "than", "when", "while", "which", "that", "through"}
)  # fmt: skip


def _english_glued(match: re.Match[str], speller: Speller, english: Speller | None) -> bool:
    """One half an English-only function word, the other an English word of three letters
    or more, and the whole no word of either language."""
    word, left, right = match.group(), match.group(1).lower(), match.group(2).lower()
    if english is None or english.known(word) or speller.known(word):
        return False
    if left in _ENGLISH_FUNCTION_WORDS:
        function, other = left, right
    elif right in _ENGLISH_FUNCTION_WORDS:
        function, other = right, left
    else:
        return False
    return len(other) >= 3 and english.known(other) and english.known(function)


def glued_split(word: str, speller: Speller) -> tuple[str, str] | None:
    """The two known words `word` is made of, when the split is certain enough (see the
    class docstring), else None."""
    candidates = []
    for i in range(1, len(word) - 1):
        left, right = word[:i], word[i:]
        if (
            (left in FUNCTION_WORDS and len(right) >= 3 and dictionary_word(right, speller))
            or (
                right in FUNCTION_WORDS
                and right not in _ENDINGS
                and len(left) >= 3
                and dictionary_word(left, speller)
            )
            or (
                len(left) >= _MIN_LENGTH
                and len(right) >= 4
                and left.endswith(_INFLECTED)
                and speller.known(left)
                and speller.known(right)
                and left not in speller.stems(left)
            )
        ):
            candidates.append((left, right))
    # Two readings ("hvorder" = "hvor der" or "hvo rder") would make the suggestion a guess;
    # a rare part ("som|atropin" in the drug name "somatropin") makes the split one too.
    if len(candidates) != 1:
        return None
    left, right = candidates[0]
    content = [part for part in (left, right) if part not in FUNCTION_WORDS]
    return candidates[0] if all(zipf(part) >= COMMON_ZIPF for part in content) else None
