"""Numbers in text, read with a language's conventions: "100.000" is 100000 in Danish, 100 in
English; "1,5" is 1.5 in Danish and two numbers in English.

A number is read as one value when its separators follow the language's convention (digit
groups of three, the decimal sign last), otherwise as the integers it is made of: dates
("12.05.2020" → 12, 5, 2020), times ("10.30" → 10, 30), section numbers and phone numbers are
compared by their parts, whatever punctuation each language writes between them.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from decimal import Decimal

from pipeline.core.language import base_language
from pipeline.text.tokens import TEXT_CACHE, mask_tokens

# Regular space, no-break space, narrow no-break space, thin space: SI / ISO 80000 digit
# grouping, accepted in every language.
SPACES = " \u00a0\u202f\u2009"
NBSP = "\u00a0"


@dataclass(frozen=True)
class Convention:
    """How a language writes numbers: its decimal sign, the group separators it accepts and
    the one suggestions use."""

    decimal: str
    groups: str
    group: str


_DOT_GROUPS = Convention(",", "." + SPACES, ".")
_SPACE_GROUPS = Convention(",", SPACES, NBSP)
ENGLISH = Convention(".", "," + SPACES, ",")
# Norwegian (Språkrådet) and Swedish (Språkrådet) group with a no-break space, never a point.
CONVENTIONS: dict[str, Convention] = {
    "da": _DOT_GROUPS, "de": _DOT_GROUPS, "nl": _DOT_GROUPS, "es": _DOT_GROUPS,
    "it": _DOT_GROUPS, "pt": _DOT_GROUPS, "is": _DOT_GROUPS,
    "nb": _SPACE_GROUPS, "nn": _SPACE_GROUPS, "no": _SPACE_GROUPS, "sv": _SPACE_GROUPS,
    "fi": _SPACE_GROUPS, "fr": _SPACE_GROUPS, "pl": _SPACE_GROUPS,
    "en": ENGLISH,
}  # fmt: skip

# Digits not glued to a preceding letter ("B12", "H2O" are names; a version's "v2.0" is 2.0),
# joined by "." or "," before
# a digit, or by a space before exactly three digits ("100 000", not "tabel 3 og 4").
_NUMBER = re.compile(
    rf"(?:(?<=\b[vV])|(?<!\w))\d+(?:(?:[.,]|[{SPACES}](?=\d{{3}}(?!\d)))\d+)*",
)
_SEPARATOR = re.compile(rf"[.,{SPACES}]")
_DIGIT = re.compile(r"\d")  # any script's digits, as _NUMBER's \d

# Number words 0–12 per language: a digit on one side and its word on the other is a choice of
# style ("3 personer" → "three people"), not a lost number.
NUMBER_WORDS: dict[str, dict[str, int]] = {
    "da": {"nul": 0, "en": 1, "et": 1, "én": 1, "ét": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5,
           "seks": 6, "syv": 7, "otte": 8, "ni": 9, "ti": 10, "elleve": 11, "tolv": 12},
    "nb": {"null": 0, "en": 1, "ett": 1, "ei": 1, "én": 1, "to": 2, "tre": 3, "fire": 4,
           "fem": 5, "seks": 6, "sju": 7, "syv": 7, "åtte": 8, "ni": 9, "ti": 10,
           "elleve": 11, "tolv": 12},
    "nn": {"null": 0, "ein": 1, "eitt": 1, "ei": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5,
           "seks": 6, "sju": 7, "åtte": 8, "ni": 9, "ti": 10, "elleve": 11, "tolv": 12},
    "sv": {"noll": 0, "en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6,
           "sju": 7, "åtta": 8, "nio": 9, "tio": 10, "elva": 11, "tolv": 12},
    "en": {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
           "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12},
    "de": {"null": 0, "eins": 1, "ein": 1, "eine": 1, "einen": 1, "einem": 1, "einer": 1,
           "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8,
           "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12},
}  # fmt: skip
# Ordinal words 1–12: "3rd" → da "tredje" is the same number.
_ORDINALS = {
    "da": "første anden tredje fjerde femte sjette syvende ottende niende tiende elvte tolvte",
    "nb": "første andre tredje fjerde femte sjette sjuende åttende niende tiende ellevte tolvte",
    "nn": "første andre tredje fjerde femte sjette sjuande åttande niande tiande ellevte tolvte",
    "sv": "första andra tredje fjärde femte sjätte sjunde åttonde nionde tionde elfte tolfte",
    "en": "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth",
    "de": "erste zweite dritte vierte fünfte sechste siebte achte neunte zehnte elfte zwölfte",
}
ORDINAL_WORDS: dict[str, dict[str, int]] = {
    lang: {word: n for n, word in enumerate(words.split(), start=1)}
    for lang, words in _ORDINALS.items()
}
ORDINAL_WORDS["da"]["tredie"] = 3  # the older spelling, still common
# Words for none: "Got 0 lines" → de "Keine Zeilen", da "ingen linjer".
ZERO_WORDS: dict[str, frozenset[str]] = {
    "da": frozenset({"ingen", "intet", "nul"}),
    "nb": frozenset({"ingen", "intet", "inga", "null"}),
    "nn": frozenset({"ingen", "inkje", "ikkje", "null"}),
    "sv": frozenset({"ingen", "inget", "inga", "noll"}),
    "en": frozenset({"no", "none", "zero"}),
    "de": frozenset({"kein", "keine", "keinen", "keinem", "keiner", "keines", "null"}),
    "fr": frozenset({"aucun", "aucune", "zéro"}),
    "nl": frozenset({"geen", "nul"}),
}
_WORD = re.compile(r"[^\W\d_]+")
# English month names: Chinese, Japanese, Korean and Mongolian number their months
# ("May" → ja "5月", "Dec." → ko "12월", "April" → mn "4-р сар").
_MONTHS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}  # fmt: skip
# A time on the 12-hour clock: "6 p.m.", "11:30 am" (the target may write 18:00).
_TWELVE_HOUR = re.compile(r"(?<![\w:])(\d{1,2})(?::(\d{2}))?\s*([ap])\.?m\b\.?", re.IGNORECASE)


@dataclass(frozen=True)
class Number:
    """A number as written (`text` at `start`) and its reading in one language."""

    text: str
    start: int
    values: tuple[Decimal, ...]  # one value, or the integers of a date, time or code
    grouped: bool = False  # written with group separators

    @property
    def single(self) -> bool:
        """True when the text is one number in the language's convention."""
        return len(self.values) == 1


@functools.lru_cache(maxsize=256)
def convention(lang: str) -> Convention:
    """The language's convention; English's for languages not listed."""
    return CONVENTIONS.get(base_language(lang), ENGLISH)


def read_number(text: str, lang: str) -> tuple[tuple[Decimal, ...], bool]:
    """The values of one written number in `lang`, and whether it was digit-grouped.

    >>> read_number("100.000", "da")
    ((Decimal('100000'),), True)
    >>> read_number("100.000", "sv")
    ((Decimal('100'), Decimal('0')), False)
    """
    conv = convention(lang)
    groups = _SEPARATOR.split(text)
    separators = _SEPARATOR.findall(text)
    integer_groups, integer_seps, fraction = groups, separators, None
    if separators and separators[-1] == conv.decimal:
        integer_groups, integer_seps, fraction = groups[:-1], separators[:-1], groups[-1]
    if _grouping(integer_groups, integer_seps, conv):
        number = "".join(integer_groups) + ("." + fraction if fraction is not None else "")
        return (Decimal(number),), bool(integer_seps)
    return number_parts(text), False


def _grouping(groups: list[str], separators: list[str], conv: Convention) -> bool:
    """True for "1234", "100.000", "1 000 000": one separator kind, groups of three."""
    if not separators:
        return True
    return (
        len(set(separators)) == 1
        and separators[0] in conv.groups
        and 1 <= len(groups[0]) <= 3
        and all(len(group) == 3 for group in groups[1:])
    )


def number_parts(text: str) -> tuple[Decimal, ...]:
    """The integers a written number is made of: "10.30" → 10, 30; "1 000,5" → 1, 0, 5."""
    return tuple(Decimal(int(group)) for group in _SEPARATOR.split(text))


def extract_numbers(text: str, lang: str) -> list[Number]:
    """Every number written in digits, read in `lang`; URLs, e-mails and domains left out."""
    return list(text_numbers(text, lang))


@functools.lru_cache(maxsize=TEXT_CACHE)
def text_numbers(text: str, lang: str) -> tuple[Number, ...]:
    """`extract_numbers` as a tuple, read once per text and language: a source is the
    same in every catalog of a project."""
    if _DIGIT.search(text) is None:
        return ()  # most texts: no digit, no number
    found = []
    for match in _NUMBER.finditer(_unnumbered(text)):
        values, grouped = read_number(match.group(), lang)
        found.append(Number(match.group(), match.start(), values, grouped))
    return tuple(found)


_ENTITY = re.compile(r"&#?\w+;")


def _unnumbered(text: str) -> str:
    """`text` with what holds digits but no number blanked (same length): URLs, e-mail
    addresses, domains, placeholders ("%6.2f", "%2$s", "{0}": a width, a precision or a
    position) and character references ("&#8217;")."""
    from pipeline.text.placeholders import text_placeholders

    text = mask_tokens(text)
    for placeholder in text_placeholders(text):
        text = text.replace(placeholder.text, " " * len(placeholder.text))
    return _ENTITY.sub(lambda m: " " * len(m.group()), text)


def number_words(text: str, lang: str) -> list[int]:
    """The small numbers (0–12) `text` writes as words: cardinal, ordinal ("tredje") or
    none ("ingen", "keine")."""
    base = base_language(lang)
    table = NUMBER_WORDS.get(base, {})
    if not table:
        return []
    ordinals = ORDINAL_WORDS.get(base, {})
    zero = ZERO_WORDS.get(base, frozenset())
    words = [w.casefold() for w in _WORD.findall(text)]
    return [
        table[w] if w in table else ordinals.get(w, 0)
        for w in words
        if w in table or w in ordinals or w in zero
    ]


def month_numbers(text: str, lang: str) -> list[int]:
    """The months an English `text` names, by number: capitalised ("May", "Dec."), or in any
    case when the text is the month alone ("feb"); "may" in a sentence is a verb."""
    if base_language(lang) != "en":
        return []
    words = _WORD.findall(text)
    whole = len(words) == 1
    return [
        _MONTHS[word.casefold()]
        for word in words
        if word.casefold() in _MONTHS and (whole or word[0].isupper())
    ]


def twelve_hour_times(text: str) -> list[tuple[int, int, int]]:
    """Each 12-hour time of `text`: the hour as written, the hour on the 24-hour clock and the
    minutes ("6 p.m." → (6, 18, 0))."""
    times = []
    for match in _TWELVE_HOUR.finditer(text):
        hour, minutes = int(match[1]), int(match[2] or 0)
        if 1 <= hour <= 12 and minutes < 60:
            afternoon = match[3].lower() == "p"
            times.append((hour, hour % 12 + (12 if afternoon else 0), minutes))
    return times


def format_number(value: Decimal, lang: str, *, grouped: bool = False) -> str:
    """`value` written in `lang`: 100000 → "100.000" (da), "100 000" (sv, no-break space),
    "100,000" (en). Decimal places are kept as in `value` (Decimal("1.50") → "1,50").

    Integers of five digits or more are always grouped, four-digit ones only when `grouped`
    (the writer grouped them: "1.500" → "1,500", but the year 2000 stays "2000").
    """
    conv = convention(lang)
    sign = "-" if value < 0 else ""
    integer, _, fraction = f"{abs(value):f}".partition(".")
    if len(integer) >= 5 or (len(integer) == 4 and grouped):
        head = len(integer) % 3 or 3
        parts = [integer[:head]] + [integer[i : i + 3] for i in range(head, len(integer), 3)]
        integer = conv.group.join(parts)
    return sign + integer + (conv.decimal + fraction if fraction else "")


# A word of letters and digits: a name or identifier ("COM3", "eth0", "x86_64", "UTF-8").
_WORDLIKE = re.compile(r"(?<![\w-])\w+(?:-\w+)*(?![\w-])")
_LETTER = re.compile(r"[^\W\d_]")
_DIGIT_RUN = re.compile(r"\d+")


def identifier_shape(word: str) -> str:
    """An identifier with its digit runs left out, in lower case: "COM3" → "com#"."""
    return _DIGIT_RUN.sub("#", word).casefold()


def identifiers(text: str) -> list[str]:
    """The words of `text` that hold both letters and digits ("COM3", "eth0", "x86_64",
    "UTF-8"); URLs, e-mail addresses and domains are left out (placeholders are the
    caller's to mask)."""
    if _DIGIT.search(text) is None:
        return []
    return [
        m.group()
        for m in _WORDLIKE.finditer(mask_tokens(text))
        if _DIGIT.search(m.group()) and _LETTER.search(m.group())
    ]
