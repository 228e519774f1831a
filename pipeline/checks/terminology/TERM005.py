from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import compress

from pipeline.checks.bilingual.base import BilingualContext, TranslatedUnitCheck
from pipeline.checks.bilingual.DNT001 import PER_GLOSSARY, do_not_translate_concepts
from pipeline.core.compiled_patterns import compiled
from pipeline.core.language import base_language
from pipeline.core.models import Finding, Severity, TranslationUnit
from pipeline.glossary.form_index import WORD
from pipeline.glossary.inflection import loose_word_forms
from pipeline.glossary.matcher import matcher_for
from pipeline.glossary.model import Glossary, TermEntry, TermStatus
from pipeline.text.joined_search import holding_words, matching
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
    if base_language(lang) == "da" and not matcher_for(glossary, lang).may_find(text):
        return []  # most Danish texts (`_may_hold_terms`' answer), without a cache entry
    return list(_find_terms(glossary, lang, text))


def units_with_terms(ctx: BilingualContext, side: str) -> list[tuple[TranslationUnit, str]]:
    """`ctx.translated()` less the units whose source (`side` "source") or target ("target")
    `find_terms` finds no term in, worked out once per file: TERM005 asks every source,
    TERM006 and TERM008 every target, and on 146 catalogs 2 % of them hold a word a term
    begins with."""
    return ctx.memo(("units with terms", side), lambda: _units_with_terms(ctx, side))


def _units_with_terms(ctx: BilingualContext, side: str) -> list[tuple[TranslationUnit, str]]:
    translated = ctx.translated()
    units = [unit for unit, _target in translated]
    langs = [unit.source_lang if side == "source" else unit.target_lang for unit in units]
    texts = [unit.source for unit in units] if side == "source" else [t for _u, t in translated]
    kept: set[int] = set()
    for lang in set(langs):  # a catalog has one pair of languages
        indexes = [i for i, each in enumerate(langs) if each == lang]
        if len(indexes) < len(langs):
            found = texts_with_terms(ctx.glossary, lang, [texts[i] for i in indexes])
            kept.update(indexes if found is None else (indexes[i] for i in found))
        else:
            found = texts_with_terms(ctx.glossary, lang, texts)
            kept.update(range(len(texts)) if found is None else found)
    return [translated[index] for index in sorted(kept)]


def texts_with_terms(glossary: Glossary, lang: str, texts: list[str]) -> set[int] | None:
    """The indexes of `texts` in which `find_terms(glossary, lang, text)` may find a term (it
    finds none in the others), by one search of them all (pipeline.text.joined_search): the
    texts holding a word a term begins with (`may_find`), and for `_may_hold_terms`' second
    way the texts that are not ASCII or hold a beginning of a term. None: any text may."""
    if lang not in _languages(glossary):
        return set()
    leads = matcher_for(glossary, lang).lead_words()
    if leads is None:
        return None  # a large glossary: its lead words are not kept whole
    found = holding_words(texts, leads, WORD)
    if base_language(lang) == "da":
        return found
    if _combined_regex(glossary, lang) is None:
        return None  # `_candidates` walks each text's words
    plain = list(compress(range(len(texts)), map(str.isascii, texts)))
    found.update(set(range(len(texts))).difference(plain))
    beginnings = _word_beginnings(glossary, lang)
    if beginnings is None:
        return found.union(plain)
    return found.union(plain[i] for i in matching([texts[i].lower() for i in plain], beginnings))


@functools.lru_cache(maxsize=PER_GLOSSARY)
def _word_beginnings(glossary: Glossary, lang: str) -> re.Pattern[str] | None:
    """`_beginnings` where a word begins: the combined pattern's matches begin after no
    `[\\w-]`, which an ASCII text lower-cased keeps (half the texts kept, searched faster)."""
    beginnings = _beginnings(glossary, lang)
    return None if beginnings is None else re.compile(rf"(?<![\w-])(?:{beginnings.pattern})")


def _may_hold_terms(glossary: Glossary, lang: str, text: str) -> bool:
    """False only when neither of `_find_terms`' ways finds a candidate in `text`."""
    if matcher_for(glossary, lang).may_find(text):
        return True
    if base_language(lang) == "da":
        return False
    combined = _combined_regex(glossary, lang)
    if combined is not None:
        if text.isascii():
            beginnings = _beginnings(glossary, lang)
            if beginnings is not None and beginnings.search(text.lower()) is None:
                return False  # no term's first word begins anywhere in the text
        return combined.search(text) is not None
    patterns = _patterns(glossary, lang)
    return any(
        _term_regex(patterns.entries[index].term, lang).search(text) is not None
        for index in _candidates(patterns, text)
    )


# A language with at most this many terms is tested with one pattern of them all: one search
# in C where `_candidates` walks the text's words in Python (85,000 English catalog strings
# against 56 terms: 0.28 s of CPU against 0.72 s). A larger glossary is not compiled up front.
COMBINED_TERMS = 500


@functools.lru_cache(maxsize=PER_GLOSSARY)
def _combined_regex(glossary: Glossary, lang: str) -> re.Pattern[str] | None:
    """One pattern that matches where any of `lang`'s term patterns matches (`_term_regex`,
    each with its own case rule); None for a language without terms or with more than
    COMBINED_TERMS. Its code is kept per machine (`compiled`): 0.01-0.03 s a language."""
    entries = _patterns(glossary, lang).entries
    if not entries or len(entries) > COMBINED_TERMS:
        return None
    bodies = []
    for entry in entries:
        parts, ignore_case = _term_parts(entry.term, lang)
        body = _term_body(parts)
        bodies.append(f"(?i:{body})" if ignore_case else body)
    return compiled(rf"(?<![\w-])(?:{'|'.join(bodies)})(?![\w-])")


# An ASCII text's `_fold` is its lower case. A match of the combined pattern begins with a
# form of a term's first word, the same letters folded, so where none of those forms' first
# BEGINNING letters (folded) occur in the text lower-cased, it has no match: one search of
# literals in C, which the engine skips through by their first letters, where the combined
# pattern tries its look-behind and every term at each position (English catalog strings
# against 57 terms: 0.34 -> 0.23 s).
BEGINNING = 4


@functools.lru_cache(maxsize=PER_GLOSSARY)
def _beginnings(glossary: Glossary, lang: str) -> re.Pattern[str] | None:
    """The folded beginnings of the forms of the terms' first words that an ASCII text can
    hold, as one pattern for the text lower-cased; None when a form has none to require."""
    found: set[str] = set()
    for entry in _patterns(glossary, lang).entries:
        parts, _ignore_case = _term_parts(entry.term, lang)
        for form in parts[0]:
            folded = _fold(form[:BEGINNING])
            if not folded:
                return None  # an empty form, or one whose letters do not fold one for one
            found.add(folded)
    # a folded ASCII letter is one of ASCII's lower case: other beginnings cannot occur
    kept = sorted((b for b in found if b.isascii()), key=lambda b: (-len(b), b))
    return re.compile("|".join(map(re.escape, kept)) if kept else "(?!)")


@functools.lru_cache(maxsize=TEXT_CACHE)
def _find_terms(glossary: Glossary, lang: str, text: str) -> tuple[TermHit, ...]:
    # per text: every catalog of a project has the same sources; keyed by the glossary object
    # (identity), which an entry keeps alive, so its id cannot pass to another glossary
    if not _may_hold_terms(glossary, lang, text):
        return ()  # most texts: no word begins a term (a set test for words seen before)
    candidates = [
        TermHit(m.entry, m.start, m.end, m.text, m.category)
        for m in matcher_for(glossary, lang).find(text)
    ]
    if base_language(lang) == "da":  # TermMatcher's paradigms are Danish ones
        return tuple(candidates)
    patterns = _patterns(glossary, lang)
    for index in _candidates(patterns, text):
        entry = patterns.entries[index]
        candidates += [
            TermHit(entry, m.start(), m.end(), m.group(), None)
            for m in _term_regex(entry.term, lang).finditer(text)
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
    """A language's terms, best first, filed by the stem key of their first word (`_fold`ed,
    without the last three letters, which a loose form may drop: twitching → twitches). A
    text is tried only against the terms whose key begins where one of its words does, and a
    term's pattern is compiled the first time a text may hold it; a glossary of 100,000 terms
    is not compiled up front."""

    entries: list[TermEntry]
    keys: dict[str, list[int]]
    prefixes: frozenset[str]  # every beginning of a key: a text's letters stop being one soon
    # a word run → the rows of the keys it begins with, and whether all of it begins a key
    runs: dict[str, tuple[tuple[int, ...], bool]] = field(default_factory=dict, compare=False)


@functools.lru_cache(maxsize=PER_GLOSSARY)
def _patterns(glossary: Glossary, lang: str) -> _Patterns:
    good = (TermStatus.PREFERRED, TermStatus.ADMITTED)
    entries = sorted(
        glossary.entries_in(lang),
        key=lambda e: (e.status not in good, -len(e.term.split()), -len(e.term)),
    )
    keys: dict[str, list[int]] = {}
    for index, entry in enumerate(entries):
        first = entry.term if entry.term.isupper() else entry.term.split()[0]
        folded = _fold(first)
        key = folded[: max(0, len(folded) - _STEM_CUT)] if folded is not None else ""
        keys.setdefault(key, []).append(index)
    prefixes = frozenset(key[:end] for key in keys for end in range(len(key) + 1))
    return _Patterns(entries, keys, prefixes)


_STEM_CUT = 3  # the most letters a loose form drops from the end of a word
# where a term's match may begin, and the word characters from there
_START = re.compile(r"(?<![\w-])(?=\S)\w*")
_RUNS_KEPT = 100_000


def _candidates(patterns: _Patterns, text: str) -> Iterable[int]:
    """The terms (indexes, best first) whose pattern may match in `text`: those whose key is
    the beginning of the text after a word start; every term when the text has a letter that
    folding cannot line up with the pattern's case-insensitive matching."""
    folded = _fold(text)
    if folded is None:
        return range(len(patterns.entries))
    found: set[int] = set()
    runs = patterns.runs
    for start in _START.finditer(text):
        at, after = start.span()
        run = folded[at:after]  # the keys a run begins with are looked up once per run
        known = runs.get(run)
        if known is None:
            if len(runs) >= _RUNS_KEPT:
                runs.clear()
            known = runs[run] = _beginning_keys(patterns, folded, at, after)
        rows, whole = known
        found.update(rows)
        if whole:  # a key may go on past the run ("x-ray", "COVID 19")
            found.update(_beginning_keys(patterns, folded, at, len(folded), after + 1)[0])
    return sorted(found)


def _beginning_keys(
    patterns: _Patterns, folded: str, at: int, until: int, first: int | None = None
) -> tuple[tuple[int, ...], bool]:
    """The rows of the keys `folded[at:end]` for each end from `first` (default `at`) to
    `until`, stopping where no key begins so; and whether none stopped it."""
    rows: list[int] = []
    keys, prefixes = patterns.keys, patterns.prefixes
    for end in range(at if first is None else first, until + 1):
        part = folded[at:end]
        if part not in prefixes:
            return tuple(rows), False  # no key begins so, nor with anything longer
        rows += keys.get(part, ())
    return tuple(rows), True


def _fold_table() -> dict[int, int] | None:
    """Each letter that `re.IGNORECASE` takes for another beyond lower case (ı for i, ſ for s:
    CPython's table of extra cases) mapped to one of its class, or None without the table."""
    try:
        from re._casefix import _EXTRA_CASES  # type: ignore[import-not-found]
    except ImportError:
        return None
    table: dict[int, int] = {}
    for code, others in _EXTRA_CASES.items():
        table[code] = min(code, *others)
    return table


_FOLD = _fold_table()


def _fold(text: str) -> str | None:
    """`text` lower-cased and its extra cases folded, letter for letter; None when that
    changes its length (İ) or the fold table is missing: then no shortcut is taken."""
    if _FOLD is None:
        return None
    lowered = text.lower()
    return lowered.translate(_FOLD) if len(lowered) == len(text) else None


@functools.lru_cache(maxsize=65536)
def _term_regex(term: str, lang: str) -> re.Pattern[str]:
    parts, ignore_case = _term_parts(term, lang)
    return _term_pattern(parts, ignore_case)


def _term_parts(term: str, lang: str) -> tuple[list[list[str]], bool]:
    """The forms of each word of a term, in the order they are tried (longest first), and
    whether case is ignored (not for acronyms)."""
    parts = loose_word_forms(term, base_language(lang))
    return [sorted(p, key=lambda f: (-len(f), f)) for p in parts], not term.isupper()


def _term_pattern(parts: list[list[str]], ignore_case: bool) -> re.Pattern[str]:
    body = _term_body(parts)
    return re.compile(rf"(?<![\w-]){body}(?![\w-])", re.IGNORECASE if ignore_case else 0)


def _term_body(parts: list[list[str]]) -> str:
    return r"\s+".join("(?:" + "|".join(map(re.escape, p)) + ")" for p in parts)


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

    def run(self, ctx: BilingualContext) -> Iterator[Finding]:
        for unit, target in units_with_terms(ctx, "source"):
            yield from self.check_target(unit, target, ctx)

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
