from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.checks.bilingual.base import BilingualCheck, BilingualContext
from pipeline.checks.bilingual.DNT001 import name_matches
from pipeline.checks.language.identify import SCANDINAVIAN_KNOWN
from pipeline.checks.language.LANG002 import (
    CONFIDENT,
    LIKELY,
    content_words,
    identify_target,
    known_in,
    known_share,
    prose,
)
from pipeline.core.language import same_identified_language
from pipeline.core.models import Finding, Severity, TranslationUnit, UnitState
from pipeline.ingest.language import identifiable

# A copied word shorter than this is an abbreviation or a symbol, often right as it is:
# Django's catalogs copy "Sep", "feb.", "p.m." into is, da, nn.
MIN_LETTERS = 4
# Without a dictionary of the target language, a copy needs this many such words to be
# flagged; one ("Menu", "Total") is as often right as wrong.
MIN_WORDS_UNCHECKED = 2
# An accelerator mark before a letter ("_Filer", "&Gem", "St_op"): one per message.
_ACCELERATOR = re.compile(r"(?<![\w&_~])[_&~](?=[^\W\d_])|(?<=[^\W\d_])[_&~](?=[^\W\d_])")
# Identifiers a program prints as they are: joined words ("calculated-date", "file_name",
# "org.gnome.Foo", a list of keywords "parsec,parsecs,pc"), a function ("connect()"), mixed
# case inside a word ("iTunes", "XTerm").
_IDENTIFIER = re.compile(r"\w+(?:[-_.:/,]\w+)+|\w+(?=\()|\b\w*[a-z][A-Z]\w*|\b[A-Z]{2,}[a-z]\w*")
# Units of information are international words ("kibibyte", "megabits", "kbps").
_UNIT = re.compile(
    r"(?i)(?:kilo|mega|giga|tera|peta|exa|zetta|yotta|kibi|mebi|gibi|tebi|pebi|exbi|zebi|yobi)"
    r"(?:bytes?|bits?)|[kmgt]bps"
)
# A message "context|text" (Gramps, GNOME's Q_()): the program shows the text after the bar.
_CONTEXT_BAR = re.compile(r"^[^|\s][^|]*\|")
# A capitalised word of four letters or more: the capital first and the word boundary before
# it looked behind for (not before a word character), so that the pattern begins with the
# capitals, which the engine scans for, instead of a boundary it tries at every position.
_CAPITALISED = re.compile(r"[A-Z](?<!\w[A-Z])[a-z]{3,}\b")
PENDING = {UnitState.UNTRANSLATED: "not translated yet", UnitState.FUZZY: "fuzzy: awaits review"}
SOURCE_KNOWN_SURE = 0.75


class Untranslated(BilingualCheck):
    """The target is empty, a copy of the source, or written in the source language.

    Flags a translated unit whose target is empty; whose target equals the source (ignoring
    case and whitespace) while having a word the target language does not have; or whose
    target is identified as the source language (the language model corrected by hunspell, as
    LANG002; short targets only on clear evidence). A unit still in state `untranslated` is
    reported as information, "not translated yet", so a QA run shows what is missing: once
    per file, with their count, at the first of them.

    Fuzzy units are reported so too, "fuzzy: awaits review", and not checked: their targets
    are guesses.

    It deliberately does not flag a copy that is only numbers, names, URLs, acronyms,
    placeholders, markup and do-not-translate names ("ALS", "MedlinePlus", "2020",
    "%(name)s"), identifiers ("calculated-date", "connect()", "iTunes", "XTerm"), units
    ("kibibyte", "kbps"), keyword lists ("parsec,parsecs,pc"), words the source language's
    dictionary does not know either (jargon and identifiers: "demuxer", "lrpid"), a message
    context before a bar ("French month lexeme|Nivôse" shows "Nivôse"), names the catalog
    keeps in other translations ("Gramps"), or whose words, without their accelerator mark
    ("_Filter", "St_op"), are all words of the target language too (da "Fibromyalgi" is nb
    "Fibromyalgi"; Bokmål and Nynorsk dictionaries count for each other), or are shorter
    than four letters ("feb.", "p.m."), or are names: capitalised, and known to the source
    language's dictionary only capitalised or not at all ("Django", "Afrikaans"). Without a
    dictionary of the target language, a copy is flagged when it has two or more words of
    four letters or more, or a word the glossary translates differently: a lone "Menu" is as
    often right as wrong. Nor does it flag anything between regional variants of one
    language (en → en_GB); a target is called the source language at model probability 0.90
    when the source language's dictionary knows three in four of its words (Irish "uair an
    chloig as seo amach" is en 0.95 to the model), or at 0.50 when it knows 90%, and only in
    languages the model knows.

    Anti-pattern: da "Muskeltrækninger er et symptom." → en "Muskeltrækninger er et symptom."
    Best practice: da "Muskeltrækninger er et symptom." → en "Muscle twitching is a symptom."
    """

    code = "UNTR001"
    name = "bilingual.untranslated"
    severity = Severity.WARNING

    def run(self, ctx: BilingualContext) -> Iterator[Finding]:
        """The translated units' findings, then one finding per file and state for the units
        not translated yet and the fuzzy ones: a catalog of 400 empty entries is one line of
        information, not 400 (Django's and Sphinx's catalogs: 55,068 such units)."""
        pending: dict[tuple[str, UnitState], list[TranslationUnit]] = {}
        for unit in ctx.units:
            if not unit.source.strip():
                continue
            if unit.state in (UnitState.UNTRANSLATED, UnitState.FUZZY):
                pending.setdefault((unit.path, unit.state), []).append(unit)
                continue
            found = self._unit_finding(unit, ctx)  # a call, not a generator per unit
            if found is not None:
                yield found
        for (_, state), units in pending.items():
            what = PENDING[state]
            message = what if len(units) == 1 else f"{what}: {len(units)} units, the first here"
            yield self.finding(units[0], message, match=units[0].source, severity=Severity.INFO)

    def check_unit(self, unit: TranslationUnit, ctx: BilingualContext) -> Iterator[Finding]:
        found = self._unit_finding(unit, ctx)
        if found is not None:
            yield found

    def _unit_finding(self, unit: TranslationUnit, ctx: BilingualContext) -> Finding | None:
        """The one finding a unit can have, or None."""
        if not unit.target.strip():
            return self.finding(unit, "target is empty", match=unit.source)
        if same_identified_language(unit.source_lang, unit.target_lang):
            return None  # en → en_GB: a copy is often right, and no language tells them apart
        target = ctx.target(unit)  # without engine marks, worked out once for every check
        if target is None:
            return None
        if id(unit) in ctx.copies():
            foreign = _foreign(unit, ctx)
            if not foreign:
                return None
            return self.finding(
                unit,
                f"target is a copy of the source; not {unit.target_lang}: "
                + ", ".join(dict.fromkeys(foreign)),
            )
        if not identifiable(unit.source_lang):
            return None
        lang, probability = identify_target(target, unit.target_lang, unit.source_lang, ctx)
        if not same_identified_language(lang, unit.source_lang) or same_identified_language(
            lang, unit.target_lang
        ):
            return None
        if not _in_source_language(target, probability, unit.source_lang, ctx):
            return None
        return self.finding(
            unit, f"target is in the source language '{lang}' (probability {probability:.2f})"
        )


def _in_source_language(
    text: str, probability: float, source_lang: str, ctx: BilingualContext
) -> bool:
    """Whether the model's guess of the source language stands: a sure guess needs the
    source dictionary to know three in four words (Afrikaans "Daai bladsynommer is minder as
    1" is en 0.92 to the model, and en_US knows 3 of its 5 words), a likely one nearly all;
    without a dictionary, a sure guess stands."""
    share = known_share(content_words(prose(text)), source_lang, ctx)
    if share is None:
        return probability >= CONFIDENT
    if probability >= CONFIDENT:
        return share >= SOURCE_KNOWN_SURE
    return probability >= LIKELY and share >= SCANDINAVIAN_KNOWN


def without_accelerator(text: str) -> str:
    """`text` without its accelerator mark ("_Find" → "Find", "St_op" → "Stop"): a message
    has one, so a text with several marks ("file_name_max") keeps them."""
    marks = _ACCELERATOR.findall(text)
    return _ACCELERATOR.sub("", text) if len(marks) == 1 else text


def _foreign(unit: TranslationUnit, ctx: BilingualContext) -> list[str]:
    """The words of a copied target that are not words of the target language."""
    words = [
        w
        for w in _translatable(unit, ctx)
        if len(w) >= MIN_LETTERS and not _UNIT.fullmatch(w) and not _kept_name(w, ctx)
    ]
    if ctx.speller(unit.target_lang) is None and len(words) < MIN_WORDS_UNCHECKED:
        # No dictionary to ask: only the glossary can tell that one word needs translating.
        return [w for w in words if _translated_differently(w, unit, ctx)]
    source_speller = ctx.speller(unit.source_lang)
    return [
        w
        for w in words
        if not known_in(w, unit.target_lang, ctx)
        and not _name(w, unit.source_lang, ctx)
        # a word the source language does not have either is jargon or an identifier
        # ("lrpid", "demuxer", "ustar"), no untranslated word
        and (source_speller is None or source_speller.known(w))
    ]


def _kept_name(word: str, ctx: BilingualContext) -> bool:
    """Whether units of the catalog keep `word`, capitalised, in targets that are no copies:
    a name of the catalog ("Gramps", "Synaptic"), which a copied label may hold too.

    The catalog's kept names are collected once per file, and only for a word that can be
    one (a copy's first word, capitalised): a file whose copies have none never needs them."""
    if not _CAPITALISED.fullmatch(word):
        return False  # not a word _CAPITALISED finds, so never a kept name
    return word in ctx.memo(("UNTR001 kept names", id(ctx)), lambda: _kept_names(ctx))


def _kept_names(ctx: BilingualContext) -> frozenset[str]:
    kept: set[str] = set()
    copies = ctx.copies()
    for unit, target in ctx.translated():
        if id(unit) in copies:
            continue
        found = _CAPITALISED.findall(target)
        if found:  # the source searched only when the target has a name to keep
            kept.update(set(found).intersection(_CAPITALISED.findall(unit.source)))
    return frozenset(kept)


def _name(word: str, source_lang: str, ctx: BilingualContext) -> bool:
    """A capitalised word the source language's dictionary knows only capitalised, or not at
    all, is a name, the same in many languages ("Django", "Kannada", "Afrikaans")."""
    speller = ctx.speller(source_lang)
    return word[:1].isupper() and speller is not None and not speller.known(word.lower())


def _translated_differently(word: str, unit: TranslationUnit, ctx: BilingualContext) -> bool:
    """Whether `word` is a glossary word of the source language and not of the target
    language, which the glossary covers (da "Fibromyalgi", en "fibromyalgia")."""
    glossary = ctx.glossary
    return (
        unit.target_lang in glossary.languages
        and glossary.knows_word(word, unit.source_lang)
        and not glossary.knows_word(word, unit.target_lang)
    )


def _translatable(unit: TranslationUnit, ctx: BilingualContext) -> list[str]:
    """The words of the source that need translating: not names, numbers, acronyms, URLs,
    placeholders, markup or do-not-translate names. Two or more capitalised words and no
    lower-case word longer than three letters ("Lou Gehrig", "University of Oslo") are a
    name."""
    source = _CONTEXT_BAR.sub("", unit.source) if "|" in unit.source else unit.source
    text = _IDENTIFIER.sub(" ", prose(without_accelerator(source)))
    for match in name_matches(ctx.glossary, unit.source_lang, text):
        text = text[: match.start] + " " * (match.end - match.start) + text[match.end :]
    letters = re.findall(r"[^\W\d_]+", text)
    capitalised = [w for w in letters if w[:1].isupper() and not w.isupper()]
    if len(capitalised) > 1 and all(w[:1].isupper() for w in letters if len(w) > 3):
        return []
    return content_words(text)
