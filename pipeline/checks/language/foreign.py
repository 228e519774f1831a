"""`identify`'s answer for every target of a catalog folder, with the cheaper witness first.

LANG002 and UNTR001 ask the language of each of 100,000 targets and need a confidence only
for a language other than the target's. `identify` counts every word in the dictionary
before it asks the model; hunspell costs about 0.2 ms a new word and ten times that for the
compound analysis of an unknown one, the model 0.04 ms a segment. So `identify_foreign`
puts a segment whose words are not all counted yet to the model first, and when the model
finds the target language (or is not sure of a short segment) that is the answer, since
`identify` asks the dictionary only to overrule a model that disagrees. When it disagrees,
the words are counted only as far as `identify`'s thresholds need: a cheap look-up first,
the compound analysis of an unknown word only while the count could still tip the answer.
The language found is always `identify`'s (tests/checks/test_language_identify_foreign.py).
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from pipeline.checks.language.identify import (
    CONFIDENT,
    FAST_PATH_KNOWN,
    MIN_FOREIGN_WORDS,
    MIN_UNKNOWN_SHORT,
    OTHER_STANDARD,
    SCANDINAVIAN,
    SCANDINAVIAN_KNOWN,
    SHORT_WORDS,
    cheaply_native,
    identify,
    judged_words,
    native_word,
    other_standard,
    words,
)
from pipeline.core.language import same_identified_language
from pipeline.ingest.language import detect

if TYPE_CHECKING:
    from collections.abc import Callable

    from pipeline.checks.speller import Speller
    from pipeline.glossary.model import Glossary

_NOT_FOREIGN = 0.0  # the confidence reported with the document language: nobody reads it
# A word of short segments is asked of the dictionary from the FREQUENT-th segment it is in:
# on 146 catalogs 6,200 look-ups instead of 31,800 model calls (2: 10,100 for 34,300).
FREQUENT = 3


def identify_foreign(
    text: str,
    doc_lang: str,
    speller: Speller | None,
    glossary: Glossary | None,
    *,
    matters: Callable[[str, float], bool] | None = None,
) -> tuple[str, float]:
    """The language of a segment as `identify` finds it; the confidence is `identify`'s too
    when the language is not `doc_lang` (with `doc_lang` it is whatever witness decided).

    `matters(language, probability)`, when given, tells which of the model's foreign guesses
    the caller could act on: any other is answered with `doc_lang` without asking the
    dictionary whether it stands (what most of a foreign guess costs)."""
    tokens = words(text)
    if not tokens:
        return doc_lang, 1.0
    short = len(tokens) < SHORT_WORDS
    if short and (speller is None or len(tokens) < MIN_UNKNOWN_SHORT):
        return doc_lang, _NOT_FOREIGN  # too few words unknown to be foreign (_identify_short)
    if speller is not None:
        judged = judged_words(speller, doc_lang, glossary)
        answers = list(map(judged.get, tokens))  # None: not judged yet
        if None not in answers:
            return identify(text, doc_lang, speller, glossary)  # counted from the memo
        total = len(tokens)
        if short and (
            _short_known(known := sum(filter(None, answers)), total)
            or _short_known(
                known + _plainly_known(tokens, doc_lang, speller, glossary, judged), total
            )
        ):
            # The words known already are enough for `_overruled` to keep `doc_lang` whatever
            # the model says (the count only grows): on 146 catalogs, 7,900 of 72,800 model
            # calls by the words judged before, about 30,000 more by the plain look-ups.
            return doc_lang, _NOT_FOREIGN
    guesses = detect(text)
    if not guesses:
        return doc_lang, _NOT_FOREIGN
    lang, probability = guesses[0]
    agrees = same_identified_language(lang, doc_lang)
    if short and (agrees or probability < CONFIDENT):
        return doc_lang, probability
    if speller is None:
        return (doc_lang, probability) if agrees else (lang, probability)
    if agrees:
        other = OTHER_STANDARD.get(doc_lang)  # Bokmål, Nynorsk
        if other and _other_standard(tokens, lang, doc_lang, speller, glossary):
            return other, probability
        return doc_lang, probability
    if matters is not None and not matters(lang, probability):
        return doc_lang, _NOT_FOREIGN
    if _overruled(tokens, lang, doc_lang, speller, glossary):
        return lang, probability
    return doc_lang, _NOT_FOREIGN


def _overruled(
    tokens: list[str], lang: str, doc_lang: str, speller: Speller, glossary: Glossary | None
) -> bool:
    """Whether the model's guess `lang` stands against the dictionary, as in `identify`: a
    short segment needs more than half its words, and two or more, unknown; a longer one
    (names, capitalised inside it, left out) fewer than 95% known, 90% against a
    Scandinavian guess; and then either needs `_evidence`."""
    if len(tokens) < SHORT_WORDS:
        count = _Count(tokens, doc_lang, speller, glossary)
        total = count.total
        if count.decide(lambda known: _short_known(known, total)):
            return False
    else:
        tokens = [tokens[0], *(word for word in tokens[1:] if not word[0].isupper())]
        count = _Count(tokens, doc_lang, speller, glossary)
        total = count.total
        bar = SCANDINAVIAN_KNOWN if {lang, doc_lang} <= SCANDINAVIAN else FAST_PATH_KNOWN
        if count.decide(lambda known: known / total >= bar):
            return False
    return _evidence(tokens, lang, speller, count)


class _Plain:
    """`cheaply_native`'s answers for the words of short segments seen in FREQUENT of them,
    and how often each word was seen, for one dictionary, language and glossary."""

    MAX = 500_000  # words counted before the counts start over

    def __init__(self, glossary: Glossary | None) -> None:
        self.glossary = glossary
        self.seen: Counter[str] = Counter()
        self.known: dict[str, bool] = {}


def _plainly_known(
    tokens: list[str],
    doc_lang: str,
    speller: Speller,
    glossary: Glossary | None,
    judged: dict[str, bool],
) -> int:
    """How many of a short segment's words not in `judged` (`judged_words`, asked by the
    caller) are `doc_lang`'s by a plain look-up (`cheaply_native`: True only where
    `native_word` is), asked only for a word in FREQUENT short segments of the run: the words
    catalogs repeat ("Vis", "fil", "ikke") are worth a look-up (0.01-0.13 ms, once) where
    each would otherwise send segment after segment to the model; a rare word is left to
    the model. A lower bound of the count."""
    plain = speller.memo(("identify: plain", doc_lang, id(glossary)), lambda: _Plain(glossary))
    if plain.glossary is not glossary or len(plain.seen) >= _Plain.MAX:
        plain.glossary, plain.seen, plain.known = glossary, Counter(), {}
    count = 0
    for word in tokens:
        if word in judged:
            continue  # counted by the caller, known or not
        answer = plain.known.get(word)
        if answer is None:
            plain.seen[word] += 1
            if plain.seen[word] < FREQUENT:
                continue
            answer = plain.known[word] = cheaply_native(word, doc_lang, speller, glossary)
        count += answer
    return count


def _short_known(known: int, total: int) -> bool:
    """Whether a short segment with `known` of its `total` words known stays the document's
    language: half its words known, or fewer than two unknown (identify's `_identify_short`).
    It never turns False as `known` grows."""
    return known / total >= 0.5 or total - known < 2


def _other_standard(
    tokens: list[str], lang: str, doc_lang: str, speller: Speller, glossary: Glossary | None
) -> bool:
    """`identify` on Bokmål or Nynorsk the model agrees with: the other standard's words
    decide (identify.other_standard), unless 95% of the words are the document's."""
    tokens = [tokens[0], *(word for word in tokens[1:] if not word[0].isupper())]
    if not other_standard(tokens, doc_lang, speller, lang):
        return False
    count = _Count(tokens, doc_lang, speller, glossary)
    total = count.total
    return not count.decide(lambda known: known / total >= FAST_PATH_KNOWN)


def _evidence(tokens: list[str], lang: str, speller: Speller, count: _Count) -> bool:
    """identify's `_evidence`, counting only until it is found: words `lang`'s dictionary
    knows and the document language's does not (asked in that order: the compound analysis
    only of such words); without a dictionary for `lang`, fewer than half the words known."""
    from pipeline.checks.speller import Speller

    other = Speller.for_language(lang)
    if other is None:
        total = count.total
        return not count.decide(lambda known: known / total >= 0.5)
    foreign = 0
    for word in tokens:
        # str.isdecimal is Unicode category Nd, what identify's \d matches
        if any(ch.isdecimal() for ch in word) or not other.known(word):
            continue
        if not speller.accepts(word):
            foreign += 1
            if foreign >= MIN_FOREIGN_WORDS or foreign >= len(tokens) / 2:
                return True
    return False


class _Count:
    """The words of a segment known in the document language, counted lazily: bounds that
    the exact count lies between, narrowed one word at a time, each by a plain look-up
    (Danish hunspell: about 0.13 ms a new word) before any by compound analysis (ten times
    that), and only while the bounds disagree."""

    def __init__(
        self, tokens: list[str], doc_lang: str, speller: Speller, glossary: Glossary | None
    ) -> None:
        self.total = len(tokens)
        self._judge = (doc_lang, speller, glossary)
        self._judged = judged_words(speller, doc_lang, glossary)
        self.known = 0
        self._unasked: Counter[str] = Counter()  # not judged: the plain look-up first
        self._pending: Counter[str] = Counter()  # not found so: the compound analysis
        for word in tokens:
            answer = self._judged.get(word)
            if answer is None:
                self._unasked[word] += 1
            else:
                self.known += answer

    def decide(self, holds: Callable[[int], bool]) -> bool:
        """Whether `holds(count)` for the exact count; `holds` must never turn False as the
        count grows, so the bounds decide it as soon as they agree."""
        unasked, pending = self._unasked, self._pending
        while (unasked or pending) and holds(self.known) != holds(
            self.known + unasked.total() + pending.total()
        ):
            if unasked:
                word, times = unasked.popitem()
                if cheaply_native(word, *self._judge):
                    self._judged[word] = True
                    self.known += times
                else:
                    pending[word] += times
                continue
            word, times = pending.popitem()
            answer = self._judged[word] = native_word(word, *self._judge)
            self.known += times * answer
        return holds(self.known)
