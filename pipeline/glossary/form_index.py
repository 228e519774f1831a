"""A language's glossary terms, found by the words of their inflected forms, without a table
of every form.

A term has a dozen or more forms ("muskeltrækning", "-en", "-er", "-erne", each with a
genitive; every adjective ending of a multi-word term's modifiers), so a table of them all
costs tens of bytes per form and seconds per 100,000 terms to build. Every form, though,
changes a word only at its end: it drops at most the last two letters of the dictionary form
(muskel → muskl-er, hjärna → hjärn-or, difficulty → difficult-ies) and adds at most a few.
So each term is filed under the *stem key* of a word: the word (case-folded) without its last
two letters. A word of a text can only be a form of the terms filed under one of its own
prefixes no more than `SPAN` letters shorter than itself. The first time a key is met, the
forms of its terms are generated and kept (only keys that text words reach are ever expanded),
and a word's answer is remembered.

Two indexes are kept per language: by the first word of a term (the matcher's: the tokens of
`WORD`, a hyphenated word being one token), and by every word, split at spaces and hyphens
(`has_word`: "is this a word of a term", the spelling checks' question).
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from collections.abc import Iterator, Mapping
from collections.abc import Set as AbstractSet
from typing import NamedTuple, TypeVar

from pipeline.core.sorted_file import SortedFile
from pipeline.glossary.entry import TermStatus
from pipeline.glossary.form_files import ALLOWED, parse_leads
from pipeline.glossary.inflection import HEAD, term_words, word_forms
from pipeline.glossary.table import STATUSES, TermTable

# the tokens terms are matched on: letters (joined by hyphens and apostrophes) or a number
WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|\d+(?:[.,]\d+)*", re.UNICODE)
STEM_CUT = 2  # a form drops at most this many letters from the end of a dictionary word
SPAN = 8  # ... and is at most this many letters longer than its stem key (2 + "-arnas" …)
_FORBIDDEN = STATUSES.index(TermStatus.FORBIDDEN)
_CACHE_LIMIT = 200_000  # remembered words per index; past it the memory starts again
WHOLE_KEYS = 1_000  # stem keys of a language whose lead tokens are worked out at once


class Candidate(NamedTuple):
    """One form of one term: its tokens (case-folded), the term's row, the form's inflection
    category (see inflection.py) and its place among the term's forms."""

    words: tuple[str, ...]
    row: int
    category: str
    order: int


Rows = dict[str, int | list[int]]  # stem key → row(s); one row is stored without a list


def stem_key(word: str) -> str:
    """The key a dictionary word is filed under: its case-folded form without the letters
    an inflection may drop."""
    return word[: max(0, len(word) - STEM_CUT)]


def _file(rows: Rows, key: str, row: int) -> None:
    present = rows.get(key)
    if present is None:
        rows[key] = row
    elif isinstance(present, int):
        if present != row:
            rows[key] = [present, row]
    elif row not in present[-1:]:
        present.append(row)


def _members(value: int | list[int]) -> list[int]:
    return [value] if isinstance(value, int) else value


def _pieces(text: str) -> list[str]:
    """The words `has_word` knows a term by: split at spaces and hyphens, case-folded."""
    return [piece.casefold() for piece in text.replace("-", " ").split()]


class FormIndex:
    """The terms of one language of a glossary, by the stem keys of their words."""

    def __init__(
        self,
        table: TermTable,
        lang: str,
        files: tuple[SortedFile, SortedFile] | None = None,
    ) -> None:
        self._table = table
        self.lang = lang
        self._leading: dict[str, dict[str, list[Lead]]] = {}
        self._forms: dict[int, list[Candidate]] = {}
        self._beginning: dict[tuple[int, str], list[Candidate]] = {}
        self._candidates: dict[tuple[str, str], tuple[Candidate, ...]] = {}
        self._words: WordKeys | None = None
        self._word_sets: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
        self._known: dict[tuple[str, bool], bool] = {}
        self._begin_nothing: set[str] = set()  # tokens no form of a term begins with
        self._files = files  # leads, pieces (`use_files`)
        self._file_leads: dict[str, list[Lead]] = {}
        self._whole: frozenset[str] | bool | None = None  # `lead_tokens`; False: not kept
        self._rows: list[int] = []
        self._first: Rows = {}
        # Answered from the files alone (`files`, or `use_files` later), an index needs no
        # keys of its own: they are built only when asked for, to write the files. Reading
        # them pickled took 0.04 s of each process for 100,000 rows.
        self._built = False
        if files is None:
            self._build()

    def _build(self) -> None:
        """File the language's rows by the stem key of their first token."""
        self._built = True
        self._rows = self._table.rows_in(self.lang)
        self._first = {}
        terms, first, search = self._table.terms, self._first, WORD.search
        for row in self._rows:
            term = terms[row]
            if term.isalpha():  # most terms: one word of letters, its own first token
                key = term.casefold()
                _file(first, key[: max(0, len(key) - STEM_CUT)], row)
                continue
            found = search(term)
            if found is not None:
                _file(first, stem_key(found.group().casefold()), row)
            space = term.find(" ")
            if found is None or 0 <= space < found.start():
                # a first word without a token ("&") may gain one in a form ("&e"): such a
                # token is an ending, so the term is filed under the empty key too
                _file(first, "", row)

    def candidates(self, token: str, following: str = "") -> tuple[Candidate, ...]:
        """Every form whose first token is `token` and that may go on with `following` (the
        next token of the text; "" at the end): a form of two or more tokens only when its
        second is `following`. Longest first, then in glossary order and the order of each
        term's forms. All tokens case-folded."""
        cached = self._candidates.get((token, following))
        if cached is not None:
            return cached
        found: list[Candidate] = []
        rows: set[int] = set()
        for row, second in self._leads_of(token):
            if row in rows or not (
                second is None
                or (following.startswith(second) and len(following) - len(second) <= SPAN)
            ):
                continue
            rows.add(row)
            found += self._forms_beginning(row, token)
        found.sort(key=lambda c: (-len(c.words), c.row, c.order))
        result = tuple(c for c in found if len(c.words) == 1 or c.words[1] == following)
        _remember(self._candidates, (token, following), result)
        return result

    def begins_any(self, tokens: AbstractSet[str]) -> bool:
        """Whether a form of a term may begin with one of `tokens` (case-folded): False only
        when `candidates` is empty for each of them, whatever token follows. Tokens found to
        begin nothing are remembered, so a text of such words is answered by one set test."""
        leading = self.lead_tokens()
        if leading is not None:
            return not leading.isdisjoint(tokens)
        never = self._begin_nothing
        if tokens <= never:
            return False
        for token in tokens - never:
            if next(self._leads_of(token), None) is not None:
                return True
            if len(never) >= _CACHE_LIMIT:
                never.clear()
            never.add(token)
        return False

    def lead_tokens(self) -> frozenset[str] | None:
        """Every token a form of a term begins with, for a language of at most `WHOLE_KEYS`
        stem keys read from the table (a few terms: a text is one set test); None otherwise."""
        if self._whole is None:
            if self._files is not None or len(self._first) > WHOLE_KEYS:
                self._whole = False
            else:
                tokens = {token for key in self._first for token in self.leads_under(key)}
                # each kept only if `_leads_of` finds it a lead, so the answers are the same
                self._whole = frozenset(
                    token for token in tokens if next(self._leads_of(token), None) is not None
                )
        return self._whole if isinstance(self._whole, frozenset) else None

    def _leads_of(self, token: str) -> Iterator[Lead]:
        """The terms whose forms may begin with `token`, each with its second word's key."""
        if self._files is not None:
            leads = self._file_leads.get(token)
            if leads is None:
                leads = parse_leads(self._files[0].get(token))
                _remember(self._file_leads, token, leads)
            yield from leads
            return
        for key in _keys(token, self._first):
            yield from self.leads_under(key).get(token, ())

    def use_files(self, leads: SortedFile, pieces: SortedFile) -> None:
        """Answer from the files of every key's expansion (pipeline.glossary.form_files)."""
        self._files = (leads, pieces)
        self._whole = None

    def lead_keys(self) -> list[str]:
        if not self._built:
            self._build()
        return list(self._first)

    def leads_under(self, key: str) -> dict[str, list[Lead]]:
        leads = self._leading.get(key)
        return self._expand_first(key) if leads is None else leads

    def word_keys(self) -> list[str]:
        if self._words is None:
            self._words = self._word_keys()
        return list(self._words)

    def pieces_under(self, key: str) -> tuple[frozenset[str], frozenset[str]]:
        return self._word_sets.get(key) or self._expand_words(key)

    def _expand_first(self, key: str) -> dict[str, list[Lead]]:
        """The terms filed under `key` by the first token their forms begin with, each with
        the tokens its second word may begin with (None: not worked out, any)."""
        if not self._built:
            self._build()
        leads: dict[str, list[Lead]] = {}
        for row in _members(self._first[key]):
            parts = term_words(self._table.terms[row])
            first, one_token = _leading_tokens(*parts[0], self.lang)
            if first is None:  # a word without a token: every form, and no shortcut
                for candidate in self._forms_of(row):
                    _add_lead(leads, candidate.words[0], (row, None))
                continue
            second = None
            if len(parts) > 1 and one_token:
                # the text's next token is the first token of a form of the second word:
                # it begins with what all of those share (at least the word's stem key; a
                # word of one or two letters, "i", "af", has an empty key, which let every
                # text token through and made every form of such terms)
                seconds, _ = _leading_tokens(*parts[1], self.lang)
                second = _shared_beginning(seconds) if seconds else None
            for token in first:
                _add_lead(leads, token, (row, second))
        self._leading[key] = leads
        return leads

    def _forms_beginning(self, row: int, token: str) -> list[Candidate]:
        """The forms of `_forms_of` whose first token is `token`, in its order, made without
        the others: a term of two or three words has hundreds of forms, and only those with
        the text's token are ever wanted here."""
        key = (row, token)
        forms = self._beginning.get(key)
        if forms is not None:
            return forms
        parts = [_form_tokens(w, part, self.lang) for w, part in term_words(self._table.terms[row])]
        if len(parts) < 2 or not all(tokens for tokens, _ in parts[0]):
            forms = [c for c in self._forms_of(row) if c.words[0] == token]
        else:
            # a form's place in `_forms_of` is its index in the product of the words' forms
            stride = math.prod(len(p) for p in parts[1:])
            forms = []
            for first, (tokens, _) in enumerate(parts[0]):
                if tokens[0] != token:
                    continue
                for rest, choice in enumerate(itertools.product(*parts[1:])):
                    words = tokens + tuple(t for more, _ in choice for t in more)
                    forms.append(Candidate(words, row, choice[-1][1], first * stride + rest))
        _remember(self._beginning, key, forms)
        return forms

    def _forms_of(self, row: int) -> list[Candidate]:
        """The forms of `term_forms` for a row's term, as tokens: a form is one form of each
        word, in term_forms' order, so its tokens are those of its words' forms."""
        forms = self._forms.get(row)
        if forms is None:
            parts = [
                _form_tokens(w, part, self.lang) for w, part in term_words(self._table.terms[row])
            ]
            forms = []
            for order, choice in enumerate(itertools.product(*parts)):
                words = tuple(token for tokens, _ in choice for token in tokens)
                if words:
                    forms.append(Candidate(words, row, choice[-1][1], order))
            _remember(self._forms, row, forms)
        return forms

    def has_word(self, word: str, include_forbidden: bool) -> bool:
        """True when `word` is a word (split at spaces and hyphens) of a form of a term."""
        folded = word.casefold()
        if "-" in folded or folded.split() != [folded]:
            return False  # a word of a term has neither
        known = self._known.get((folded, include_forbidden))
        if known is not None:
            return known
        if self._files is not None:
            value = self._files[1].get(folded)
            known = value is not None and (include_forbidden or value == ALLOWED)
            _remember(self._known, (folded, include_forbidden), known)
            return known
        if self._words is None:
            self._words = self._word_keys()
        known = False
        for key in _keys(folded, self._words):
            every, allowed = self._word_sets.get(key) or self._expand_words(key)
            if folded in (every if include_forbidden else allowed):
                known = True
                break
        _remember(self._known, (folded, include_forbidden), known)
        return known

    def _word_keys(self) -> WordKeys:
        """Each distinct word of the language's terms with the part it plays, filed under
        the stem key of each of its pieces, and whether a term not forbidden has it."""
        if not self._built:
            self._build()
        keys: WordKeys = {}
        words: dict[tuple[str, str], bool] = {}  # the other words, once each ("kronisk")
        terms, status = self._table.terms, self._table.status
        for row in self._rows:
            allowed = status[row] != _FORBIDDEN
            term = terms[row]
            if term.isalpha() and not term.isupper():  # most terms: one word, the head noun
                folded = term.casefold()
                key = folded[: max(0, len(folded) - STEM_CUT)]
                keys.setdefault(key, []).append((term, HEAD, allowed))
                continue
            for each in term_words(term):
                words[each] = allowed or words.get(each, False)
        for (word, part), allowed in words.items():
            if word.isalpha():  # one piece
                folded = word.casefold()
                key = folded[: max(0, len(folded) - STEM_CUT)]
                keys.setdefault(key, []).append((word, part, allowed))
                continue
            filed = [stem_key(piece) for piece in _pieces(word)]
            if word.endswith("-"):
                filed.append("")  # an ending after a final hyphen ("bryst-e") is a word
            for key in dict.fromkeys(filed):
                keys.setdefault(key, []).append((word, part, allowed))
        return keys

    def _expand_words(self, key: str) -> tuple[frozenset[str], frozenset[str]]:
        """The pieces of every form of the words filed under `key` (a form of a term is one
        form of each of its words), and those of words in terms that are not forbidden."""
        assert self._words is not None
        every: set[str] = set()
        allowed: set[str] = set()
        for word, part, in_allowed in self._words[key]:
            forms = word_forms(word, part, self.lang)
            pieces = {piece for form in forms for piece in _pieces(form.text)}
            every |= pieces
            if in_allowed:
                allowed |= pieces
        sets = (frozenset(every), frozenset(allowed))
        self._word_sets[key] = sets
        return sets


WordKeys = dict[str, list[tuple[str, str, bool]]]  # stem key → (word, part, in an allowed term)
Lead = tuple[int, str | None]  # a term's row, what its second word's forms begin with (None: any)


def _add_lead(leads: dict[str, list[Lead]], token: str, lead: Lead) -> None:
    rows = leads.setdefault(token, [])
    if not rows or rows[-1][0] != lead[0]:
        rows.append(lead)


@functools.lru_cache(maxsize=65536)
def _form_tokens(word: str, part: str, lang: str) -> tuple[tuple[tuple[str, ...], str], ...]:
    """Each form of a word in a term: its tokens (case-folded) and inflection category."""
    return tuple(
        (tuple(token.casefold() for token in WORD.findall(form.text)), form.category)
        for form in word_forms(word, part, lang)
    )


@functools.lru_cache(maxsize=65536)
def _leading_tokens(word: str, part: str, lang: str) -> tuple[frozenset[str] | None, bool]:
    """The first tokens (case-folded) of the forms of a term's first word, None when a form
    has none; and whether each form is one token and nothing more."""
    tokens = set()
    one_token = True
    for form in word_forms(word, part, lang):
        found = WORD.search(form.text)
        if found is None:
            return None, False
        tokens.add(found.group().casefold())
        one_token = one_token and found.group() == form.text
    return frozenset(tokens), one_token


def _shared_beginning(words: AbstractSet[str]) -> str:
    """The longest beginning all of `words` share (that of the first and last in order)."""
    first, last = min(words), max(words)
    length = 0
    while length < len(first) and first[length] == last[length]:
        length += 1
    return first[:length]


def _keys(word: str, rows: Mapping[str, object]) -> list[str]:
    """The stem keys filed in `rows` that `word` may be a form of."""
    return [
        word[:length]
        for length in range(len(word), max(0, len(word) - SPAN) - 1, -1)
        if word[:length] in rows
    ]


K = TypeVar("K")
V = TypeVar("V")


def _remember(cache: dict[K, V], key: K, value: V) -> None:
    if len(cache) >= _CACHE_LIMIT:
        cache.clear()
    cache[key] = value
