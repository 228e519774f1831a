from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from pipeline.checks.bilingual.base import BilingualContext, TranslatedUnitCheck
from pipeline.checks.bilingual.DNT001 import PER_GLOSSARY, do_not_translate_concepts
from pipeline.core.language import base_language
from pipeline.core.models import Finding, Severity, TranslationUnit
from pipeline.glossary.inflection import loose_word_forms
from pipeline.glossary.matcher import matcher_for
from pipeline.glossary.model import Glossary, TermEntry, TermStatus
from pipeline.text.tokens import TEXT_CACHE


@dataclass(frozen=True)
class TermHit:
    """A glossary term found in a text; `category` is TermMatcher's (None: found by the
    target-language endings, inflection unknown)."""

    entry: TermEntry
    start: int
    end: int
    text: str
    category: str | None


def find_terms(glossary: Glossary, lang: str, text: str) -> list[TermHit]:
    """Glossary terms of `lang` in `text`, in any inflected form: TermMatcher's Danish
    paradigms, and for other languages their own endings too (sv muskelryckningarna, nb
    nervecellene, en nerve cells). A text span counts for one term only: the longest match
    wins ("muscle twitches" over "muscle"); for the same span TermMatcher's, then good terms
    before bad ones."""
    if lang not in _languages(glossary):
        return []  # most catalogs' languages: the glossary has no term to find
    return list(_find_terms(glossary, lang, text))


@functools.lru_cache(maxsize=TEXT_CACHE)
def _find_terms(glossary: Glossary, lang: str, text: str) -> tuple[TermHit, ...]:
    # per text: every catalog of a project has the same sources; keyed by the glossary object
    # (identity), which an entry keeps alive, so its id cannot pass to another glossary
    candidates = [
        TermHit(m.entry, m.start, m.end, m.text, m.category)
        for m in matcher_for(glossary, lang).find(text)
    ]
    if base_language(lang) == "da":  # TermMatcher's paradigms are Danish ones
        return tuple(candidates)
    patterns = _patterns(glossary, lang)
    if patterns.start.search(text) is not None:
        for entry, pattern in patterns.terms:
            candidates += [
                TermHit(entry, m.start(), m.end(), m.group(), None) for m in pattern.finditer(text)
            ]
    hits: list[TermHit] = []
    for hit in sorted(candidates, key=lambda h: h.start - h.end):  # stable: longest first
        if not any(h.start < hit.end and hit.start < h.end for h in hits):
            hits.append(hit)
    return tuple(sorted(hits, key=lambda h: h.start))


@functools.lru_cache(maxsize=PER_GLOSSARY)
def _languages(glossary: Glossary) -> frozenset[str]:
    return frozenset(glossary.languages)


@dataclass(frozen=True)
class _Patterns:
    """A language's term patterns, best first, and `start`: where a match of any of them can
    begin (a first word's form after no word character). One search for `start` costs what
    a few of the terms' do, and most texts have no term."""

    terms: list[tuple[TermEntry, re.Pattern[str]]]
    start: re.Pattern[str]


@functools.lru_cache(maxsize=PER_GLOSSARY)
def _patterns(glossary: Glossary, lang: str) -> _Patterns:
    good = (TermStatus.PREFERRED, TermStatus.ADMITTED)
    entries = sorted(
        glossary.entries_in(lang),
        key=lambda e: (e.status not in good, -len(e.term.split()), -len(e.term)),
    )
    terms = []
    any_case: set[str] = set()
    as_written: set[str] = set()
    for entry in entries:
        parts, ignore_case = _term_parts(entry.term, lang)
        terms.append((entry, _term_pattern(parts, ignore_case)))
        (any_case if ignore_case else as_written).update(parts[0])
    start = rf"(?<![\w-])(?:(?i:{_trie(any_case)})|{_trie(as_written)})"
    return _Patterns(terms, re.compile(start))


def _term_parts(term: str, lang: str) -> tuple[list[list[str]], bool]:
    """The forms of each word of a term, in the order they are tried (longest first), and
    whether case is ignored (not for acronyms)."""
    parts = loose_word_forms(term, base_language(lang))
    return [sorted(p, key=lambda f: (-len(f), f)) for p in parts], not term.isupper()


def _term_pattern(parts: list[list[str]], ignore_case: bool) -> re.Pattern[str]:
    body = r"\s+".join("(?:" + "|".join(map(re.escape, p)) + ")" for p in parts)
    return re.compile(rf"(?<![\w-]){body}(?![\w-])", re.IGNORECASE if ignore_case else 0)


def _trie(words: set[str]) -> str:
    """A pattern matching where any of `words` begins, its alternatives sharing prefixes
    (one branch per letter, where an alternation tries every word at every position)."""
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends: what follows no longer matters

    def pattern(node: dict[str, Any]) -> str:
        if "" in node:
            return ""
        branches = [re.escape(char) + pattern(child) for char, child in sorted(node.items())]
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return pattern(root) if root else "(?!)"


class MissingGlossaryTerm(TranslatedUnitCheck):
    """A glossary concept of the source is not rendered with the glossary's target term.

    For each concept found in the source (in any inflected form and with any status: a
    forbidden source term still names the concept), the target must contain the concept's
    preferred target-language term, in any inflected form (sv muskelryckningarna, nb
    nervecellene). The suggestion is the preferred term in its dictionary form. Each concept
    counts once per unit, however often the source names it.

    An admitted target term is accepted too: when the source has the preferred term and the
    target only an admitted one (sv "fascikulationer" for "muskeltrækninger"), the finding is
    information, not an error; an admitted acronym for an acronym ("ALS" → "ALS") is not
    reported at all, and an acronym in the source suggests the target's acronym.

    It deliberately does not report concepts without a target-language term (the glossary
    does not cover that language), do-not-translate names (DNT001's), or a concept the
    target names with a forbidden or deprecated term (TERM006 reports that one).

    Anti-pattern: "Muskeltrækninger er et symptom" → nb "Muskeltrekninger er et symptom"
    Best practice: "Muskeltrækninger er et symptom" → nb "Muskelrykninger er et symptom"
    """

    code = "TERM005"
    name = "bilingual.glossary-term-missing"
    severity = Severity.ERROR

    def check_target(
        self, unit: TranslationUnit, target: str, ctx: BilingualContext
    ) -> Iterator[Finding]:
        glossary = ctx.glossary
        source_hits = find_terms(glossary, unit.source_lang, unit.source)
        if not source_hits:
            return  # most units: no concept to look for in the target
        names = do_not_translate_concepts(glossary)
        in_target: dict[str, set[TermStatus]] = {}
        for hit in find_terms(glossary, unit.target_lang, target):
            in_target.setdefault(hit.entry.concept_id, set()).add(hit.entry.status)
        for concept in dict.fromkeys(h.entry.concept_id for h in source_hits):
            preferred = glossary.preferred(concept, unit.target_lang)
            statuses = in_target.get(concept, set())
            if concept in names or preferred is None or TermStatus.PREFERRED in statuses:
                continue
            if statuses & {TermStatus.FORBIDDEN, TermStatus.DEPRECATED}:
                continue
            hits = [h for h in source_hits if h.entry.concept_id == concept]
            if TermStatus.ADMITTED in statuses:
                if any(h.entry.status is TermStatus.PREFERRED for h in hits):
                    yield self._admitted(unit, hits[0], preferred)
                continue
            suggestion = preferred.term
            if hits[0].entry.term.isupper():
                terms = glossary.concepts[concept].terms_in(unit.target_lang)
                suggestion = next((e.term for e in terms if e.term.isupper()), suggestion)
            yield self.finding(
                unit,
                f"'{hits[0].text}' (concept '{concept}') is not rendered with the "
                f"{unit.target_lang} glossary term '{suggestion}'",
                match=hits[0].text,
                suggestion=suggestion,
            )

    def _admitted(self, unit: TranslationUnit, hit: TermHit, preferred: TermEntry) -> Finding:
        return self.finding(
            unit,
            f"'{hit.text}' (concept '{hit.entry.concept_id}') is rendered with an admitted "
            f"{unit.target_lang} term; the glossary prefers '{preferred.term}'",
            match=hit.text,
            suggestion=preferred.term,
            severity=Severity.INFO,
        )
