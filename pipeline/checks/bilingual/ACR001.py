from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterator

from pipeline.checks.bilingual.base import BilingualContext, TranslatedUnitCheck
from pipeline.core.models import Finding, Severity, TranslationUnit
from pipeline.text.placeholders import text_placeholders
from pipeline.text.tokens import TEXT_CACHE, mask_tokens

# Two or more capitals, digits allowed ("CSRF", "UTF8", "MP3"); a plural or genitive s kept.
_ACRONYM = re.compile(r"(?<![\w.%$&/\\-])([A-Z0-9]*[A-Z][A-Z0-9]*[A-Z][A-Z0-9]*)(?:s|'s|’s)?(?!\w)")
_CAPITALS = re.compile(r"[A-Z][A-Z0-9]*[A-Z]")
_ROMAN = re.compile(r"[IVXLCDM]+")
_PATTERN_LETTERS = re.compile(r"([A-Z])\1+")  # "YYYY-MM-DD", "HH:MM": da "ÅÅÅÅ-MM-DD", "TT:MM"
# Abbreviations languages write their own way: fr "Ko", ru "КБ", fi "AP", hr "ujutro", and
# "OK" names a button the target UI labels in its own language.
LOCALISED_ACRONYMS = frozenset(
    {"KB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB", "KIB", "MIB", "GIB", "TIB", "AM", "PM", "OK"}
)
_LATIN = re.compile(r"[A-Za-z]")
_WORDS = re.compile(r"[^\W\d_]+")
_DIGIT_SPACE = re.compile(r"(\d)[ \u00a0](?=[A-Za-z])")
_NAMES = re.compile(r"[^/\\.~]+")
MAX_ACRONYM = 8
# A path starts with "~/", "./" or "../" ("./manage.py"), or with "/" and has two
# separators ("/admin/", "/etc/hosts"), so "og/eller" and "km/h" are not paths.
_UNIX_PATH = re.compile(
    r"(?<![\w.:/~<>-])(?:(?:~|\.\.?)/[\w.@+-]+(?:/[\w.@+-]*)*"
    r"|/(?=[^\s/]*[A-Za-z_])[\w.@+-]*(?:/[\w.@+-]*)+)"
)
_WINDOWS_PATH = re.compile(r"(?<![\w\\])[A-Za-z]:\\[^\s\"'<>|?*]*")
_EXTENSION = (
    r"\.(?:py|txt|json|html?|css|js|po|pot|mo|csv|xml|ya?ml|toml|cfg|ini"
    r"|conf|log|sh|md|rst|sqlite3?|db|zip|gz|tar|exe|dll)(?![\w.])"
)
_FILE_NAME = re.compile(r"(?<![\w./\\-])[\w-]+" + _EXTENSION)
# What a file name ends in: a pattern that begins with a full stop is searched for fast,
# where _FILE_NAME's look-behind is tried at every position of a text.
_FILE_EXTENSION = re.compile(_EXTENSION)


def source_acronyms(text: str) -> list[str]:
    """The acronyms of `text`, in order, once each: words in capitals of 2–8 characters.

    Roman numerals are not acronyms, nor are format letters ("YYYY", "HH"), units and
    abbreviations languages localise (`LOCALISED_ACRONYMS`: "KB", "AM", "OK"), nor the
    capitals of a text written in capitals (a "WARNING: DO NOT …" banner).
    """
    words = re.findall(r"[^\W\d_]+", text)
    long_words = [w for w in words if len(w) > 3]
    if long_words and sum(w.isupper() for w in long_words) * 2 >= len(long_words) > 1:
        return []
    found = []
    for m in _ACRONYM.finditer(text):
        acronym = m.group(1)
        if (
            len(acronym) <= MAX_ACRONYM
            and not _ROMAN.fullmatch(acronym)
            and not _PATTERN_LETTERS.fullmatch(acronym)
            and acronym.upper() not in LOCALISED_ACRONYMS
        ):
            found.append(acronym)
    return list(dict.fromkeys(found))


def file_paths(text: str) -> list[str]:
    """Unix and Windows paths and file names with a known extension, once each."""
    # each pattern tried only on a text with what every match of it has: a slash, ":\\",
    # an extension (they scan for a look-behind at every position)
    found = [m.group().rstrip(".,;:") for m in _UNIX_PATH.finditer(text)] if "/" in text else []
    if ":\\" in text:
        found += [m.group().rstrip(".,;:") for m in _WINDOWS_PATH.finditer(text)]
    if _FILE_EXTENSION.search(text) is not None:
        found += [m.group() for m in _FILE_NAME.finditer(text)]
    paths = [p for p in dict.fromkeys(found) if p.strip("/.~")]
    return [p for p in paths if not any(p != q and p in q for q in paths)]


def has_acronym(acronym: str, text: str) -> bool:
    """`acronym` in `text`, any case, as a word or the start of a compound ("HTML-fil",
    "PDF'en", "SMS'en", "CSV-filen"); Chinese and Japanese write it between their own
    letters, with no space ("無効なRFC番号", "CSRFクッキー")."""
    pattern = _acronym_pattern(acronym)
    found = pattern.search(text)
    while found is not None:
        start = found.start()
        # not after a Latin letter: "SURL" has no "URL", "なRFC" has "RFC"
        if not start or _LATIN_BEFORE.match(text, start - 1) is None:
            return True
        found = pattern.search(text, start + 1)
    return False


# The letter an acronym may not follow, as the look-behind `(?<![A-Za-z\u00c0-\u024f])` of the
# same case-blind pattern tested it; the acronym itself is a plain case-blind literal: a
# folder's 1,600 acronyms each compiled with that class cost 0.14 ms, the literal 0.008 ms.
_LATIN_BEFORE = re.compile(r"[A-Za-z\u00c0-\u024f]", re.IGNORECASE)


@functools.lru_cache(maxsize=4096)
def _acronym_pattern(acronym: str) -> re.Pattern[str]:
    return re.compile(re.escape(acronym), re.IGNORECASE)


@functools.lru_cache(maxsize=4096)
def _glued_pattern(acronym: str) -> re.Pattern[str]:
    # compiled once per acronym: a folder's thousands of acronyms overflow re's own cache
    return re.compile(rf"[a-zæøåäöü]{re.escape(acronym)}")


class MissingAcronymOrPath(TranslatedUnitCheck):
    """An acronym or file path of the source is missing from the target.

    Acronyms are words in capitals of two to eight characters ("CSRF", "JSON", "UTF8",
    "URLs"); the target must have each, in any case and possibly as the start of a compound
    ("CSV-filen", "PDF'en"). File paths — "/etc/hosts", "~/.config", "./manage.py",
    "C:\\Users", and file names with a known extension ("settings.py", "robots.txt") — must
    be copied exactly.

    It deliberately does not check URLs, e-mail addresses and domain names (URL001 does),
    placeholders (PH001: `%(PATH)s`), Roman numerals ("Henry VIII"), date-format letters
    (da "ÅÅÅÅ-MM-DD" for "YYYY-MM-DD"), localised units and abbreviations (fr "Ko" for
    "KB", fi "AP" for "AM", a translated "OK" button), a message that is only the acronym
    ("URL" asks for a translation), acronyms in a target without Latin letters (they are
    transliterated), a source written in capitals ("WARNING: DO NOT …"), words with one
    slash ("og/eller", "km/h"), a path the target replaces by one of the same shape (an
    example "/about/contact/" → da "/om/kontakt/"), or acronyms and paths the target adds.
    Nor acronyms the target replaces by as many words in capitals of its own (da "OH" for
    "TM", "SDH" for "LDS", a help text's "KAT" for "DIR"): translated acronyms and
    metavariables. Nor, in a human translation, an acronym without digits spelled out
    ("UI" → "brugerflade", "URL" → "adresse", "EOF" → sv "filslut"), an example file name
    localised ("labels.txt" → "etiketter.txt") or a menu path ("/Configuration/Preferences"):
    on 146 real catalogs nearly every such finding was the translator's choice. Machine
    output must keep its acronyms unless most of its units drop one or it is a word in
    capitals the source language's dictionary knows ("WARNING:" → "Advarsel:"). Nor a file
    name in capitals, a metavariable ("FILE.po" → "FIL.po"). An acronym with digits
    ("DC120") is always required.

    Anti-pattern: "Enter a valid JSON." → "Indtast gyldige data."
    Best practice: "Upload a CSV file." → "Upload en CSV-fil."
    """

    code = "ACR001"
    # only a source `_may_have` could pass is asked: two capitals, a slash, a backslash or
    # a file name's extension (a file name also needs its name: the search is a superset)
    source_trigger = re.compile(rf"{_CAPITALS.pattern}|/|\\|{_EXTENSION}")
    name = "bilingual.acronyms-and-paths"
    severity = Severity.WARNING

    def check_target(
        self, unit: TranslationUnit, target: str, ctx: BilingualContext
    ) -> Iterator[Finding]:
        source = _source_parts(unit.source)
        if source is None:
            return
        whole, acronyms, paths = source
        # a target without Latin letters transliterates acronyms (hi "यूआरएल")
        if acronyms and _LATIN.search(target):
            missing = [
                a
                for a in acronyms
                if a != whole
                and not has_acronym(a, target)
                and not _glued_pattern(a).search(target)  # "StandardFORMATet"
                and not has_acronym(a, _DIGIT_SPACE.sub(r"\1", target))  # "2GB" → "2 GB"
            ]
            # as many words in capitals of the target's own: translated ("TM" → "OH",
            # "FILE" → "FIL", "LDS" → "SDH"), as a help text writes its metavariables (looked
            # for only when an acronym is missing: most targets keep theirs)
            if missing and len(_own_capitals(unit.source, target, missing)) >= len(missing):
                missing = []
            for acronym in missing:
                if not _ordinary_word(acronym, unit, ctx):
                    yield self.finding(
                        unit,
                        f"acronym '{acronym}' of the source is missing in the target",
                        match=acronym,
                    )
        lost = [path for path in paths if path not in target]
        if not lost:
            return  # most targets copy their paths: the target's own are not looked for
        target_paths_raw = file_paths(_masked(target))
        target_paths = [_shape(p) for p in target_paths_raw]
        for path in lost:
            replaced = ("/" in path or "\\" in path) and _shape(path) in target_paths
            # a metavariable file name ("FILE.po" → "FIL.po"): one of the same kind will do
            stem, _, suffix = path.rpartition(".")
            replaced = replaced or (
                stem.isupper()
                and not ("/" in path or "\\" in path)
                and any(p.rpartition(".")[2] == suffix for p in target_paths_raw)
            )
            # a human translator may localise an example file name ("labels.txt" →
            # "etiketter.txt", "def.po" → "gammel.po") or a menu path; a machine may not
            replaced = replaced or (unit.engine is None and not _real_path(path))
            if not replaced:
                yield self.finding(
                    unit,
                    f"file path '{path}' of the source is missing or changed in the target",
                    match=path,
                    suggestion=path,
                )


def _own_capitals(source: str, target: str, missing: list[str]) -> list[str]:
    """The target's words in capitals (two letters or more) that the source does not have
    and that hold none of the `missing` acronyms ("SURL" is no translation of "URL")."""
    source_words = set(_WORDS.findall(source))
    return [
        w
        for w in _WORDS.findall(_masked(target))
        if len(w) > 1
        and w.isupper()
        and w not in source_words
        and not any(acronym in w for acronym in missing)
    ]


@functools.lru_cache(maxsize=TEXT_CACHE)
def _source_parts(source: str) -> tuple[str, tuple[str, ...], tuple[str, ...]] | None:
    """What a source asks of every target: the message stripped (a message that is only the
    acronym, "URL", asks for its translation), its acronyms and its paths; None when it has
    neither. Once per source: every catalog of a project has the same."""
    if not _may_have(source):
        return None
    masked = _masked(source)
    return masked.strip(" .:"), tuple(source_acronyms(masked)), tuple(file_paths(masked))


def _may_have(text: str) -> bool:
    """A quick test before the full one: two capitals in a row, a slash or a file name."""
    return (
        _CAPITALS.search(text) is not None
        or "/" in text
        or "\\" in text
        or (_FILE_EXTENSION.search(text) is not None and _FILE_NAME.search(text) is not None)
    )


def _ordinary_word(word: str, unit: TranslationUnit, ctx: BilingualContext) -> bool:
    """Whether the catalog treats `word` as a word it translates, not a name to keep.

    An acronym with digits ("DC120", "DDA0DD") is a name. A human translator may spell any
    other out ("UI" → "brugerflade", "URL" → "adresse", "EOF" → sv "filslut", "US Dollar"
    → "amerikanske dollar"): on 146 real catalogs, of 25 such findings read even where the
    catalog kept the acronym twice as often as it dropped it, one was a slip. In machine
    output the catalog's majority decides, and alone a word the source language's
    dictionary knows ("WARNING:") is an ordinary word."""
    if any(c.isdigit() for c in word):
        return False
    if unit.engine is None:
        return True
    kept, dropped = ctx.memo(("ACR001 usage", id(ctx)), lambda: _usage(ctx))
    if kept[word] or dropped[word] > 1:
        return dropped[word] > kept[word]  # what most of the catalog's units do
    speller = ctx.speller(unit.source_lang)
    return speller is not None and speller.known(word.lower())


def _usage(ctx: BilingualContext) -> tuple[Counter[str], Counter[str]]:
    """How many units of `ctx` keep each source acronym in their target, and how many don't."""
    kept: Counter[str] = Counter()
    dropped: Counter[str] = Counter()
    for unit, target in ctx.translated():
        if _CAPITALS.search(unit.source) is None:
            continue
        for acronym in set(source_acronyms(_masked(unit.source))):
            if has_acronym(acronym, target):
                kept[acronym] += 1
            else:
                dropped[acronym] += 1
    return kept, dropped


def _shape(path: str) -> str:
    """A path with its names left out: "/about/contact/" → "/a/a"."""
    return _NAMES.sub("a", path).rstrip("/\\") or path


def _real_path(path: str) -> bool:
    """A path a program opens, not an example name or a menu: it starts at a root, a home or
    a drive ("/etc/hosts", "~/.config", "C:\\Users", "./manage.py") and has a segment in
    lower case or with a dot ("/Configuration/Preferences/Plugins" is a menu)."""
    if not path.startswith(("/", "~", ".", "\\")) and not _WINDOWS_PATH.match(path):
        return False
    segments = [part for part in re.split(r"[/\\]", path) if part]
    return any(part.islower() or "." in part for part in segments)


def _masked(text: str) -> str:
    """`text` without URLs, e-mail addresses, domains and placeholders (same length)."""
    text = mask_tokens(text)
    for placeholder in text_placeholders(text):
        text = text.replace(placeholder.text, " " * len(placeholder.text))
    return text
