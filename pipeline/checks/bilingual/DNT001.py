from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from pipeline.checks.bilingual.base import BilingualContext, TranslatedUnitCheck
from pipeline.core.models import Finding, Severity, TranslationUnit
from pipeline.glossary.matcher import TermMatch, TermMatcher
from pipeline.glossary.model import DO_NOT_TRANSLATE, Glossary, TermEntry, TermStatus
from pipeline.text.tokens import TEXT_CACHE, text_tokens

# What is worked out once per glossary is cached by the glossary object: an entry keeps its
# glossary alive, so no other glossary can take its id while it is cached.
PER_GLOSSARY = 256


@functools.lru_cache(maxsize=PER_GLOSSARY)
def do_not_translate_concepts(glossary: Glossary) -> frozenset[str]:
    """Concepts with a term noted `do-not-translate` (organisation, product, website names)."""
    table = glossary.table  # by its columns: no entry object per row of a large glossary
    notes = {note for note in set(table.notes) if note.strip() == DO_NOT_TRANSLATE}
    rows = (row for row, note in enumerate(table.notes) if note in notes) if notes else ()
    return frozenset(table.concept_ids[table.concept[row]] for row in rows)


def name_matches(glossary: Glossary, lang: str, text: str) -> Iterator[TermMatch]:
    """Occurrences of do-not-translate concepts in `text`, wrong variants of a name included
    ("National Institute of Health" names the concept too)."""
    matcher = _name_matcher(glossary, lang)
    if matcher is None or not matcher.may_find(text):
        return iter(())  # most languages and texts: no name to find
    return iter(_name_matches(glossary, lang, text))


@functools.lru_cache(maxsize=PER_GLOSSARY)
def _name_matcher(glossary: Glossary, lang: str) -> TermMatcher | None:
    """The matcher over the do-not-translate concepts only; None when `lang` has none."""
    table = glossary.table
    numbers = [table.concept_number(concept) for concept in do_not_translate_concepts(glossary)]
    rows = sorted(row for n in numbers if n is not None for row in table.concept_rows(n))
    names = Glossary([table.entry(row) for row in rows])
    return TermMatcher(names, lang) if names.entries_in(lang) else None


@functools.lru_cache(maxsize=TEXT_CACHE)
def _name_matches(glossary: Glossary, lang: str, text: str) -> tuple[TermMatch, ...]:
    # once per text: every catalog of a project has the same sources
    matcher = _name_matcher(glossary, lang)
    return tuple(matcher.find(text)) if matcher is not None else ()


def _names_may_occur(ctx: BilingualContext) -> bool:
    """False only when no translated unit's source can hold a do-not-translate name: a name
    is found from a word its forms begin with (`lead_words`), and a word of a text, case-folded,
    is part of the whole text case-folded (folding goes character by character), so one search
    of the file's sources for those words, in C, stands for a set test per unit in Python."""
    sources: dict[str, list[str]] = {}
    for unit, _target in ctx.translated():
        sources.setdefault(unit.source_lang, []).append(unit.source)
    for lang, texts in sources.items():
        matcher = _name_matcher(ctx.glossary, lang)
        if matcher is None:
            continue  # no name in this language: nothing to find
        pattern = _lead_words_pattern(matcher)
        if pattern is None or pattern.search("\n".join(texts).casefold()) is not None:
            return True
    return False


@functools.lru_cache(maxsize=PER_GLOSSARY)
def _lead_words_pattern(matcher: TermMatcher) -> re.Pattern[str] | None:
    """The words a name's forms begin with, as one pattern of literals; None when the matcher
    does not keep them whole (then every unit is asked)."""
    words = matcher.lead_words()
    if words is None:
        return None
    return re.compile("|".join(map(re.escape, sorted(words, key=lambda w: (-len(w), w)))) or "(?!)")


def target_name(glossary: Glossary, concept_id: str, target_lang: str) -> TermEntry | None:
    """The name to write in the target: the target language's preferred term, else any
    language's (a name is the same everywhere)."""
    concept = glossary.concepts[concept_id]
    preferred = [e for e in concept.terms if e.status is TermStatus.PREFERRED]
    in_target = [e for e in preferred if e.lang == target_lang]
    return next(iter(in_target or preferred), None)


def occurs(name: str, text: str) -> bool:
    """`name` as written in `text`, on word boundaries; a genitive ending is allowed."""
    return name in text and _as_word(name).search(text) is not None


@functools.lru_cache(maxsize=4096)
def _as_word(name: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){re.escape(name)}(?:s|'s|’s|')?(?!\w)")


class TranslatedName(TranslatedUnitCheck):
    """A name the glossary marks do-not-translate was translated or changed in the target.

    For each glossary concept with a term noted `do-not-translate` (organisations, products:
    MedlinePlus, National Institutes of Health) found in the source, the target must have the
    name exactly as written (case-sensitive; a genitive -s is allowed) — or the source's own
    wording unchanged, when the source has a wrong variant of the name (that is TERM001's
    finding on the source). The suggestion is the glossary's name.

    It deliberately does not check names that are domains, URLs or e-mail addresses
    (MayoClinic.com): URL001 checks those, so one change is one finding.

    Anti-pattern: "I henhold til MedlinePlus …" → "I henhold til Medlinepluss …"
    Best practice: "I henhold til MedlinePlus …" → "Ifølge MedlinePlus …"
    """

    code = "DNT001"
    name = "bilingual.do-not-translate"
    severity = Severity.ERROR
    fixable = True

    def run(self, ctx: BilingualContext) -> Iterator[Finding]:
        if not _names_may_occur(ctx):
            return  # most files: no source names any of the glossary's names
        yield from super().run(ctx)

    def check_target(
        self, unit: TranslationUnit, target: str, ctx: BilingualContext
    ) -> Iterator[Finding]:
        seen: set[str] = set()
        for match in name_matches(ctx.glossary, unit.source_lang, unit.source):
            concept = match.entry.concept_id
            entry = target_name(ctx.glossary, concept, unit.target_lang)
            if concept in seen or entry is None or _is_address(entry.term):
                continue
            seen.add(concept)
            if occurs(entry.term, target) or occurs(match.text, target):
                continue
            found = re.search(rf"(?<!\w){re.escape(entry.term)}\w*", target, re.IGNORECASE)
            changed = f": the target has '{found.group()}'" if found else ""
            yield self.finding(
                unit,
                f"do-not-translate name '{entry.term}' is not in the target as written{changed}",
                match=found.group() if found else match.text,
                suggestion=entry.term,
                fixable=found is not None,
            )


def _is_address(name: str) -> bool:
    tokens = text_tokens(name)
    return len(tokens) == 1 and tokens[0].text == name
