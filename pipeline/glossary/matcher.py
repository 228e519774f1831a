"""Finds glossary terms in text, in every inflected form, on whole words only."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass
from weakref import WeakKeyDictionary

from pipeline.glossary.form_index import WORD, Candidate
from pipeline.glossary.inflection import SG, inflect, match_case
from pipeline.glossary.model import Glossary, TermEntry, TermStatus
from pipeline.glossary.shared_index import form_index

_GOOD = (TermStatus.PREFERRED, TermStatus.ADMITTED)


@dataclass(frozen=True)
class TermMatch:
    entry: TermEntry
    start: int
    end: int
    text: str
    category: str  # inflection category of the matched form (see inflection.py)


# Texts whose words are kept: the sources and targets of the largest catalog (6,560 units).
FOLDED_TEXTS = 1 << 14


@functools.lru_cache(maxsize=FOLDED_TEXTS)
def folded_words(text: str) -> frozenset[str]:
    """The case-folded words of `text`, once per text for every matcher that asks whether it
    may find something there: a catalog's sources are asked by the glossary's terms (TERM005)
    and by its do-not-translate names (DNT001), 106,000 of them in a folder of 146 catalogs."""
    return frozenset(map(str.casefold, WORD.findall(text)))


class TermMatcher:
    """All terms of one language of a glossary, found by their inflected forms in one pass
    over a text's tokens (the forms come from pipeline.glossary.form_index, by stem)."""

    def __init__(self, glossary: Glossary, lang: str) -> None:
        self.glossary = glossary
        self.lang = lang
        self._index = form_index(glossary, lang)
        self._table = glossary.table

    def may_find(self, text: str) -> bool:
        """False when `find` finds nothing in `text` because no word of it begins a form of
        a term: a set test once its words are known, where `find` walks every token."""
        return self._index.begins_any(folded_words(text))

    def lead_words(self) -> frozenset[str] | None:
        """Every case-folded word (a token of `WORD`) a form of a term begins with, when the
        index keeps them whole (a few terms); None otherwise. `may_find` is False for a text
        whose case-folded form holds none of them."""
        return self._index.lead_tokens()

    def find(self, text: str) -> Iterator[TermMatch]:
        tokens = [(m.start(), m.end(), m.group().casefold()) for m in WORD.finditer(text)]
        leads = self._index.lead_tokens()
        if leads is not None and leads.isdisjoint([token for *_, token in tokens]):
            return  # no word begins a form of a term (a set test; none at all: no terms)
        i = 0
        while i < len(tokens):
            following = tokens[i + 1][2] if i + 1 < len(tokens) else ""
            candidates = self._index.candidates(tokens[i][2], following)
            matched = False
            for candidate in candidates:
                words = candidate.words
                n = len(words)
                window = tokens[i : i + n]
                if len(window) == n and all(t[2] == w for t, w in zip(window, words, strict=True)):
                    if self._ambiguous(candidate, candidates):
                        continue
                    start, end = tokens[i][0], tokens[i + n - 1][1]
                    entry = self._table.entry(candidate.row)
                    yield TermMatch(entry, start, end, text[start:end], candidate.category)
                    i += n
                    matched = True
                    break
            if not matched:
                i += 1

    def _ambiguous(self, candidate: Candidate, candidates: tuple[Candidate, ...]) -> bool:
        """A discouraged form that is also a good term of another concept is not flagged."""
        table = self._table
        if table.status_of(candidate.row) in _GOOD:
            return False
        concept = table.concept[candidate.row]
        return any(
            other.words == candidate.words
            and table.concept[other.row] != concept
            and table.status_of(other.row) in _GOOD
            for other in candidates
        )

    def replacement(self, match: TermMatch) -> tuple[str, bool] | None:
        """The preferred term in the matched form, and whether that form is certain (safe fix).

        None when the concept has no preferred term in this language.
        """
        preferred = self.glossary.suggestion_for(match.entry)
        if preferred is None:
            return None
        term, target = match.entry.term, preferred.term
        inflected = inflect(target, match.category, self.lang)
        if inflected is not None and (
            match.category == SG or inflect(term, match.category, self.lang)
        ):
            return match_case(match.text, term, inflected), True
        suffix = _suffix_after(match.text, term)
        if suffix is not None and " " not in target and _same_head(term, target):
            # fibromyalgi-patienter → fibromyalgipatienter: one head noun, one paradigm
            return match_case(match.text, term, target + suffix), True
        return match_case(match.text, term, target), False


def _suffix_after(text: str, term: str) -> str | None:
    """The inflectional ending added to `term` in `text` (None for contracted forms)."""
    folded, base = " ".join(text.split()).casefold(), term.casefold()
    return text[len(term) :] if folded.startswith(base) and len(text) >= len(term) else None


def _same_head(a: str, b: str, min_length: int = 4) -> bool:
    """True when two terms end in the same word or compound head (…patient, …ning)."""
    a, b = a.casefold(), b.casefold()
    common = 0
    while common < min(len(a), len(b)) and a[-1 - common] == b[-1 - common]:
        common += 1
    return common >= min_length


# One matcher per glossary and language for as long as the glossary lives: the forms it has
# generated and the words it has looked up are kept with its index.
_MATCHERS: WeakKeyDictionary[Glossary, dict[str, TermMatcher]] = WeakKeyDictionary()


def matcher_for(glossary: Glossary, lang: str) -> TermMatcher:
    """The shared matcher of `glossary`'s terms in `lang`."""
    by_lang = _MATCHERS.setdefault(glossary, {})
    if lang not in by_lang:
        by_lang[lang] = TermMatcher(glossary, lang)
    return by_lang[lang]
