from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from decimal import Decimal

from pipeline.checks.bilingual.base import BilingualContext, TranslatedUnitCheck
from pipeline.core.models import Finding, Severity, TranslationUnit
from pipeline.text.numbers import (
    Number,
    format_number,
    identifier_shape,
    identifiers,
    month_numbers,
    number_parts,
    number_words,
    read_number,
    text_numbers,
    twelve_hour_times,
)
from pipeline.text.placeholders import text_placeholders
from pipeline.text.tokens import credits

_DIGIT = re.compile(r"\d")  # as pipeline.text.numbers finds identifiers' digits

Values = Counter[Decimal]
# A date in digits ("12/31/99", "2010-02-01", "08.03.2009") or an English one ("January 4,
# 2000", "4 Jan 2000").
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATE = re.compile(
    r"(?<![\w.])(?:\d{1,4}([-/.])\d{1,2}\1\d{2,4}"
    rf"|{_MONTH} \d{{1,2}}(?:st|nd|rd|th)?,? \d{{4}}|\d{{1,2}}\.? {_MONTH},? \d{{4}})(?![\w])"
)
# What every date _DATE finds has: a digit before a separator, or a month's abbreviation. A
# pattern that begins with a digit or a letter is searched for fast; _DATE's look-behind is
# tried at every position.
_DATE_HINT = re.compile(r"\d[-/.]|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
_GROUPED = re.compile(r"\d{1,3}(?:[.,]\d{3})+")
_UNIT_AFTER = re.compile(
    r"\s?(?:%|‰|[kMGTP]i?B\b|[kMG]?[Hh]z\b|[mcdk]?m\b|[mk]?g\b|m?s\b|px\b|pt\b|°|kr\b|€|\$)"
)


class NumberMismatch(TranslatedUnitCheck):
    """A number of the source is missing, added or written in the wrong format in the target.

    Numbers are compared by value, each read with its own language's convention: da
    "100.000" = en "100,000" = nb/sv "100 000" (space, no-break space or narrow no-break
    space between digit groups); da/nb/sv/de "1,5" = en "1.5". Flags a number missing from
    the target, one the target adds, and one left in the source language's format (da
    "100.000" in a Swedish target reads as 100 and 0 — the suggestion is "100 000", with a
    no-break space). Ordinals ("3." → "3rd", "3:e", "3rd" → "tredje"), years and percentages
    ("50 %" → "50 procent") compare by their number; dates and times by their parts
    ("12.05.2020" = "2020-05-12").

    It deliberately does not compare numbers written as words ("en til tre" → "one to
    three"), and a digit 0–12 on one side with its number word on the other ("3 personer" →
    "three people") is a style choice, not a lost number; so is an English month's number
    ("May" → ja "5月", "Dec." → ko "12월") and a 12-hour time on the 24-hour clock ("6 p.m."
    → nb "18:00"). Digits glued to letters ("B12") and numbers inside URLs are not numbers
    here; but a name of letters and digits that the target writes with other digits is an
    error ("COM3" → "COM1", "eth0" → "eth1", "x86_64" → "x86_32"), compared by the name with
    its digits left out. Numbers the target copies digit for digit are the same number
    ("TLS 1.3", "version 3.12", "7.1 surround") unless a measure or grouped ("1.5 MB",
    "100.000"), as are digits moved into a name ("base-64" → "Base64"), printf widths
    ("%6.2f") and character references ("&#8217;") are no numbers, an example date the target
    writes in its own format, often another date, is not compared with the source's
    ("12/31/99" → "08-03-2009"), and gettext's
    "translator-credits" is not compared. Grouping with spaces is accepted in every
    language (SI style), so en "100 000" is not flagged.

    Anti-pattern: da "ud af hver 100.000" → sv "ur varje 100.000"
    Best practice: da "ud af hver 100.000" → sv "av 100 000"
    """

    code = "NUM001"
    name = "bilingual.numbers"
    severity = Severity.ERROR
    fixable = True

    def check_target(
        self, unit: TranslationUnit, target: str, ctx: BilingualContext
    ) -> Iterator[Finding]:
        if _DIGIT.search(unit.source) is None and _DIGIT.search(target) is None:
            return  # most units: no digit, so no number and no identifier on either side
        yield from self._identifiers(unit, target)
        source_numbers = text_numbers(unit.source, unit.source_lang)
        target_numbers = text_numbers(target, unit.target_lang)
        if (not source_numbers and not target_numbers) or credits(unit.source):
            return  # most units: nothing to compare
        source_numbers, target_numbers = _copies_left_out(source_numbers, target_numbers, target)
        source_numbers, target_numbers = _example_dates_left_out(
            source_numbers, target_numbers, unit.source, target
        )
        missing = _values(source_numbers)
        added = _values(target_numbers)
        common = missing & added
        missing, added = missing - common, added - common
        for number in target_numbers:
            if not _contains(added, number.values):
                continue
            as_source, grouped = read_number(number.text, unit.source_lang)
            if len(as_source) == 1 and missing[as_source[0]] > 0:
                missing -= Counter(as_source)
                added -= Counter(number.values)
                written = format_number(as_source[0], unit.target_lang, grouped=grouped)
                yield self.finding(
                    unit,
                    f"number '{number.text}' is written in the {unit.source_lang} format; "
                    f"in {unit.target_lang} write '{written}'",
                    match=number.text,
                    suggestion=written,
                )
        _same_parts(source_numbers, missing, added)
        _same_parts(target_numbers, added, missing)
        if added:
            _clock(unit.source, missing, added)
        if missing or added:  # "base-64" → "Base64": the digits inside a name
            _written_as_words(missing, _name_digits(target))
            _written_as_words(added, _name_digits(unit.source))
        if missing:  # words are read only for a number still unaccounted for
            _written_as_words(missing, number_words(target, unit.target_lang))
        if added:
            words = number_words(unit.source, unit.source_lang)
            _written_as_words(added, words + month_numbers(unit.source, unit.source_lang))
        for number in source_numbers:
            if _take(missing, number.values):
                as_target = format_number(
                    number.values[0], unit.target_lang, grouped=number.grouped
                )
                written_alike = as_target == number.text or not number.single
                hint = "" if written_alike else f" ({unit.target_lang}: '{as_target}')"
                yield self.finding(
                    unit,
                    f"number '{number.text}' of the source is missing in the target{hint}",
                    match=number.text,
                    fixable=False,
                )
        for number in target_numbers:
            if _take(added, number.values):
                yield self.finding(
                    unit,
                    f"number '{number.text}' in the target is not in the source",
                    match=number.text,
                    fixable=False,
                )

    def _identifiers(self, unit: TranslationUnit, target: str) -> Iterator[Finding]:
        """A name of letters and digits the target writes with other digits: "COM3" →
        "COM1", "eth0" → "eth1", "x86_64" → "x86_32"."""
        if _DIGIT.search(unit.source) is None:
            return  # most units: no digit, no identifier (blanking placeholders adds none)
        source = Counter(w.casefold() for w in identifiers(_unplaceheld(unit.source)))
        if not source:
            return
        target_words = Counter(w.casefold() for w in identifiers(_unplaceheld(target)))
        missing, added = source - target_words, target_words - source
        for word in missing.elements():
            other = next((a for a in added if identifier_shape(a) == identifier_shape(word)), None)
            if other is None:
                continue
            added[other] -= 1
            added += Counter()  # drops what is used up
            written = _as_written(other, target)
            original = _as_written(word, unit.source)
            yield self.finding(
                unit,
                f"'{original}' of the source is written '{written}' in the target: a digit "
                "inside a name changed",
                match=written,
                suggestion=original,
                fixable=False,
            )


def _copies_left_out(
    source: tuple[Number, ...], target: tuple[Number, ...], target_text: str
) -> tuple[tuple[Number, ...], tuple[Number, ...]]:
    """Both sides without the numbers the target copies digit for digit: a version, a
    standard's or a channel layout's number ("TLS 1.3", "version 3.12", "802.1X", "7.1
    surround") is the same whatever the language's decimal sign. A copied measure ("1.5
    MB", "50.5 %") or grouped number ("100.000") stays, to be read in the target's
    convention."""
    texts = Counter(n.text for n in source)
    copied = (
        Counter(n.text for n in target if texts[n.text] and not _measure(n, target_text)) & texts
    )
    if not copied:
        return source, target

    def kept(numbers: tuple[Number, ...]) -> tuple[Number, ...]:
        left = Counter(copied)
        out = []
        for number in numbers:
            if left[number.text] > 0:
                left[number.text] -= 1
            else:
                out.append(number)
        return tuple(out)

    return kept(source), kept(target)


def _example_dates_left_out(
    source: tuple[Number, ...], target: tuple[Number, ...], source_text: str, target_text: str
) -> tuple[tuple[Number, ...], tuple[Number, ...]]:
    """Both sides without the numbers of their dates when each side writes a date: an
    example the translator gives in the target's own format and often another date ("e.g.,
    12/31/99" → "f.eks. 08-03-2009", "January 4, 2000" → "2010-02-01")."""
    source_dates = _date_spans(source_text)
    target_dates = _date_spans(target_text) if source_dates else []
    if not source_dates or not target_dates:
        return source, target

    def outside(numbers: tuple[Number, ...], spans: list[tuple[int, int]]) -> tuple[Number, ...]:
        return tuple(n for n in numbers if not any(a <= n.start < b for a, b in spans))

    return outside(source, source_dates), outside(target, target_dates)


def _date_spans(text: str) -> list[tuple[int, int]]:
    if _DATE_HINT.search(text) is None:
        return []  # most texts: no date
    return [m.span() for m in _DATE.finditer(text)]


def _measure(number: Number, text: str) -> bool:
    """Whether a number is grouped in thousands or followed by a unit or percent sign."""
    if _GROUPED.fullmatch(number.text):
        return True
    return _UNIT_AFTER.match(text, number.start + len(number.text)) is not None


def _name_digits(text: str) -> list[int]:
    """The digit runs inside the names of `text` ("Base64" → 64, "v2" → 2)."""
    return [int(run) for name in identifiers(text) for run in re.findall(r"\d+", name)]


def _as_written(word: str, text: str) -> str:
    """A case-folded identifier as `text` writes it."""
    return next((w for w in identifiers(text) if w.casefold() == word), word)


def _unplaceheld(text: str) -> str:
    """`text` with its placeholders blanked ("%(name2)s" holds no identifier)."""
    for placeholder in text_placeholders(text):
        text = text.replace(placeholder.text, " ")
    return text


def _values(numbers: tuple[Number, ...]) -> Values:
    return Counter(value for number in numbers for value in number.values)


def _contains(pool: Values, values: tuple[Decimal, ...]) -> bool:
    return not Counter(values) - pool


def _take(pool: Values, values: tuple[Decimal, ...]) -> bool:
    """Remove `values` that are still in `pool`; True when any was."""
    present = Counter(values) & pool
    pool.subtract(present)
    for key in [k for k, n in pool.items() if n <= 0]:
        del pool[key]
    return bool(present)


def _same_parts(numbers: tuple[Number, ...], own: Values, other: Values) -> None:
    """A number the other side writes as its parts is the same date or time: kl. "10.30"
    (10 and 30 in Danish) is "10.30" in English too, where it would read as 10.3."""
    for number in numbers:
        parts = number_parts(number.text)
        if len(parts) > 1 and number.single and _contains(own, number.values):
            if not _contains(other, parts):
                continue
            _take(own, number.values)
            _take(other, parts)


def _clock(source: str, missing: Values, added: Values) -> None:
    """A 12-hour time of the source written on the 24-hour clock: "6 p.m." → "18:00"."""
    for hour, hour_24, minutes in twelve_hour_times(source):
        if hour_24 != hour and _contains(added, (Decimal(hour_24),)):
            _take(added, (Decimal(hour_24),))
            _take(missing, (Decimal(hour),))
        if minutes == 0:
            _take(added, (Decimal(0),))  # ":00" of "18:00" or "06:00"


def _written_as_words(pool: Values, words: list[int]) -> None:
    for word in words:
        _take(pool, (Decimal(word),))
