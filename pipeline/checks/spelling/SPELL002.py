from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.checks.bilingual.base import BilingualContext, TranslatedUnitCheck
from pipeline.checks.language.LANG002 import prose
from pipeline.checks.speller import Speller
from pipeline.checks.spelling.SPELL001 import NOT_WORDS, SUGGESTIONS, WORD, known_word, skipped_word
from pipeline.core.models import Finding, Severity, TranslationUnit
from pipeline.text.tokens import MAX_ABBREVIATION, abbreviated

_LETTERS = re.compile(r"\w+")
MIN_PART = 3  # the shortest word a compound is read as made of
LINKS = "se"  # linking letters between the parts of a compound: tid+s+punkt, rygg+e+marg


class TargetSpelling(TranslatedUnitCheck):
    """A word of the target is not in the target language's dictionary.

    Flags each word of a translation that hunspell's dictionary of the target language
    (Debian's da_DK, nb_NO, nn_NO, sv_SE, en_US) does not know, with up to five of its
    suggestions; they are shown, never applied. It uses SPELL001's rules for what is a word:
    numbers, URLs, e-mail addresses, acronyms, capitalised words inside a sentence (names)
    and hyphenated compounds of known parts (a one-letter part counts: nb "e-post") are not
    judged.

    It deliberately does not flag an abbreviation, which dictionaries do not list: a word of
    at most four letters that translates a source of one such word ("Tue" → nb "tir", "Oct"
    → sv "okt") or is written with its full stop, alone or inside a sentence ("mar.", "vha.
    en knap"); a short word that ends a sentence is judged. Nor a word the source has
    too (a name, a product, a code word kept on purpose: "Django", "slug"; whether the whole
    target is a copy is UNTR001's question), a word inside a placeholder or a markup tag, a
    glossary term (TERM006 judges those), or a word the engine itself marked unknown (MT004
    reports it). A target language without an installed dictionary gets no findings.

    Opt-in (run it with --select SPELL002): on Django's and Sphinx's nb, nn, da and sv
    catalogs it made 204 findings, mostly words Debian's dictionaries lack (nb "noen",
    "kontoen"), with real mistakes among them: typos ("gemometritype", "soeg") and Bokmål
    forms in Nynorsk catalogs (nn "Velg" for "Vel").

    Anti-pattern: en "Delete the selected items" → da "Slet de valgte elemneter"
    Best practice: en "Delete the selected items" → da "Slet de valgte elementer"
    """

    code = "SPELL002"
    name = "bilingual.unknown-target-word"
    severity = Severity.WARNING

    def check_target(
        self, unit: TranslationUnit, target: str, ctx: BilingualContext
    ) -> Iterator[Finding]:
        speller = ctx.speller(unit.target_lang)
        if speller is None:
            return
        source = unit.source.casefold()
        source_words = {*WORD.findall(source), *_LETTERS.findall(source)}  # Django's, Django
        engine_unknown = {word.casefold() for word in unit.unknown_words}
        text = NOT_WORDS.sub(lambda m: " " * len(m.group()), prose(target))
        abbreviated_source = abbreviated(unit.source)
        for match in WORD.finditer(text):
            word = match.group()
            if word.casefold() in engine_unknown or skipped_word(word, text, match.start()):
                continue
            if len(word) <= MAX_ABBREVIATION and (
                abbreviated_source or _dotted(text, match.start(), match.end())
            ):
                continue  # an abbreviation: of an abbreviated source, or written with its dot
            parts = [part for part in word.split("-") if part]
            if all(
                len(p) == 1 or p.casefold() in source_words or known_compound(p, speller)
                for p in parts
            ):
                continue  # "Django-administration": a name from the source and a known word
            if ctx.glossary.is_term_word(word, unit.target_lang):
                continue
            suggestions = list(speller.suggest(word)[:SUGGESTIONS])
            yield self.finding(
                unit,
                f"unknown word '{word}' in the {unit.target_lang} target"
                + (f"; did you mean '{suggestions[0]}'?" if suggestions else ""),
                match=word,
                suggestion=suggestions[0] if suggestions else None,
                fixable=False,
            )


def _dotted(text: str, start: int, end: int) -> bool:
    """Whether the word at text[start:end] is written as an abbreviation: with a full stop
    that does not end a sentence ("vha. en knap"), or alone with it ("mar."). A short word
    ending a sentence ("et gyldig valg.") is still judged."""
    if text[end : end + 1] != ".":
        return False
    after = text[end + 1 : end + 3]
    if not after.strip():
        return not text[:start].strip() and not text[end + 1 :].strip()
    # one space and a lower-case letter, or punctuation: not a placeholder's gap (prose()
    # leaves one), which may well start the next sentence
    return (after[0] == " " and after[1:].islower()) or after[0] in ",;:)"


def known_compound(word: str, speller: Speller) -> bool:
    """Known to the dictionary, or a compound of two known words, as Danish, Norwegian and
    Swedish write them ("administrasjonsstatus": "administrasjon" + s + "status"), which no
    dictionary lists in full."""
    if known_word(word, speller):
        return True
    lower = word.lower()
    for cut in range(MIN_PART, len(lower) - MIN_PART + 1):
        head, tail = lower[:cut], lower[cut:]
        if not speller.known(tail):
            continue
        if speller.known(head) or (head[-1] in LINKS and speller.known(head[:-1])):
            return True
    return False
