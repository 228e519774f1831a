from __future__ import annotations

from collections.abc import Iterator

from pipeline.checks.bilingual.base import BilingualContext, TranslatedUnitCheck
from pipeline.checks.language.LANG002 import prose
from pipeline.checks.speller import Speller
from pipeline.checks.spelling.SPELL001 import NOT_WORDS, WORD, skipped_word
from pipeline.checks.spelling.SPELL002 import LINKS, MIN_PART, known_compound
from pipeline.core.language import same_identified_language
from pipeline.core.models import Finding, Severity, TranslationUnit

MIN_WORD = 8  # two parts of at least MIN_PART letters and a little more
MIN_FOREIGN = 4  # the source-language part: "fil" + "set" is too short to tell


class MixedLanguageWord(TranslatedUnitCheck):
    """A word of the target is a word of the target language glued to one of the source's.

    Flags a target word that the target language's dictionary does not know and that holds
    a word of the source only the source language has, with words of the target language
    before or after it ("indstillingsettingsfil", "kontoaccount"): a garbled translation,
    half translated and glued.

    It deliberately does not flag words the source has (names, products, code words), a
    source word another unit of the catalog also has in its target (a loanword the
    translators use: "partition", "swap", "operand" in "partitionstabel", "swapenheden"),
    words the target's dictionary knows as they are ("reduceres", "Javakompilator"),
    capitalised words inside a sentence (names), words with digits or hyphens, a part of
    fewer than four letters from the source language, or anything when either language
    has no dictionary installed.

    Opt-in (run it with --select SPELL004): on 146 real catalogs (Debian packages' and
    wheels'), 4 of its 21 findings were half-translated words ("Vinduesopacity",
    "Throttlemåler"), 17 loanword compounds translators write on purpose ("gatewayadresse",
    "farvepalette"). It is meant for machine output and reviews of garbled text.

    Anti-pattern: "Invalid settings file" → "Ugyldig indstillingsettingsfil"
    Best practice: "Invalid settings file" → "Ugyldig indstillingsfil"
    """

    code = "SPELL004"
    name = "bilingual.mixed-language-word"
    severity = Severity.WARNING

    def check_target(
        self, unit: TranslationUnit, target: str, ctx: BilingualContext
    ) -> Iterator[Finding]:
        if same_identified_language(unit.source_lang, unit.target_lang):
            return
        own, other = ctx.speller(unit.target_lang), ctx.speller(unit.source_lang)
        if own is None or other is None:
            return
        source = unit.source.casefold()
        source_words = frozenset(WORD.findall(source))
        text = NOT_WORDS.sub(lambda m: " " * len(m.group()), prose(target))
        for match in WORD.finditer(text):
            word = match.group()
            if (
                len(word) < MIN_WORD
                or "-" in word
                or word.casefold() in source
                or skipped_word(word, text, match.start())
                or other.known(word)
                or own.known(word)
            ):
                continue
            parts = _mixed(word, own, other, source_words)
            if parts is not None and not _loanword(parts[0], unit, ctx):
                yield self.finding(
                    unit,
                    f"'{word}' glues the {unit.source_lang} word '{parts[0]}' of the source "
                    f"to {unit.target_lang} '{parts[1]}'",
                    match=word,
                    fixable=False,
                )


def _mixed(
    word: str, own: Speller, other: Speller, source_words: frozenset[str]
) -> tuple[str, str] | None:
    """(the source's word, the rest) when `word` is a word of the source that only the
    source language has, with words of the target language before or after it (each a
    word or compound the target's dictionary knows); None otherwise."""
    lower = word.lower()
    for foreign in source_words:
        at = lower.find(foreign)
        if at < 0 or len(foreign) < MIN_FOREIGN or foreign == lower:
            continue
        before, after = lower[:at], lower[at + len(foreign) :]
        if not (_own_part(before, own) and _own_part(after, own)):
            continue
        if other.known(foreign) and not own.known(foreign):
            rest = "…".join(p for p in (word[:at], word[at + len(foreign) :]) if p)
            return word[at : at + len(foreign)], rest
    return None


def _loanword(part: str, unit: TranslationUnit, ctx: BilingualContext) -> bool:
    """Whether another unit of the catalog has `part` in its target too: a loanword the
    translators use ("partition", "swap", "operand" in "partitionstabel", "swapenheden"),
    not a word a garbled translation left behind."""
    key = ("SPELL004 target words", id(ctx))
    words: dict[str, set[int]] = ctx.memo(key, lambda: _target_words(ctx))
    return any(
        index != id(unit) for word, ids in words.items() if part.lower() in word for index in ids
    )


def _target_words(ctx: BilingualContext) -> dict[str, set[int]]:
    """Every lower-case word of the context's targets, with the units (by id) that have it."""
    words: dict[str, set[int]] = {}
    for unit, target in ctx.translated():
        for word in WORD.findall(target.lower()):
            words.setdefault(word, set()).add(id(unit))
    return words


def _own_part(part: str, own: Speller) -> bool:
    """Empty, or a target word or compound of at least MIN_PART letters (a linking s or e
    at its end allowed: "indstillings")."""
    if not part:
        return True
    if len(part) < MIN_PART:
        return False
    return known_compound(part, own) or (part[-1] in LINKS and known_compound(part[:-1], own))
