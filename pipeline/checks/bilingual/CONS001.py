from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from functools import lru_cache
from operator import itemgetter
from pathlib import Path, PurePath

from pipeline.checks.bilingual.base import BilingualCheck, BilingualContext
from pipeline.core.language import base_language
from pipeline.core.models import Finding, Severity, TranslationUnit

_CONTEXT = re.compile(r"^msgctxt: (.*)$", re.MULTILINE)
_FORM = re.compile(r"\[(\d+)\]$")
# Accelerator marks ("&Gem", "_Gem") are placed per dialog, so they may differ.
_ACCELERATOR = re.compile(r"[&_~](?=\w)")
_NOT_WORD = re.compile(r"[\W_]+")
MIN_WORDS = 3  # shorter targets are often one word for two synonyms of the source

Key = tuple[str, ...]

# What "the same place" means for consistency (configuration `consistency-scope`).
SCOPES = ("catalog", "folder", "project", "file-set")
# Folders that hold a project's catalogs: the project is the folder above them.
_CATALOG_FOLDERS = frozenset({"locale", "locales", "po", "i18n", "l10n", "translations"})
_LANGUAGE_FOLDER = re.compile(r"[a-z]{2,3}(?:[_@-][A-Za-z0-9]{2,8})*")


def scope_key(unit: TranslationUnit, scope: str) -> str:
    """The part of the file set a unit is compared within.

    `catalog`: its own file (one gettext domain in one language; one XLIFF or TMX file);
    `folder`: the files of its folder; `project`: the folder above the catalogs' locale tree
    (".../locale/da/LC_MESSAGES/x.po", ".../po/da.po", "<project>/da/x.po"); `file-set`: every
    file of the run.
    """
    return _scope_key(str(unit.path), unit.target_lang, scope)


@lru_cache(maxsize=4096)
def _scope_key(unit_path: str, target_lang: str, scope: str) -> str:
    # once per catalog, not per unit: building the PurePath was a tenth of a catalog check
    if scope == "file-set":
        return ""
    path = PurePath(unit_path)
    if scope == "catalog":
        return str(path)
    if scope == "folder":
        return str(path.parent)
    parts = path.parent.parts
    for i, part in enumerate(parts):
        if part.lower() in _CATALOG_FOLDERS or (
            _LANGUAGE_FOLDER.fullmatch(part) and base_language(part) == base_language(target_lang)
        ):
            return str(PurePath(*parts[:i])) if i else "."
    return str(path.parent)


def _context(unit: TranslationUnit) -> str:
    """The PO msgctxt: named in the note by the reader, and the prefix of "ctx::msgid"."""
    found = _CONTEXT.search(unit.note or "")
    if found:
        return found.group(1)
    context, separator, _msgid = _FORM.sub("", unit.id).partition("::")
    return context if separator else ""


def _form(unit: TranslationUnit) -> str:
    found = _FORM.search(unit.id)
    return found.group(1) if found else ""


def _normalised_target(text: str) -> str:
    return " ".join(_ACCELERATOR.sub("", text).split())


def _bare(text: str) -> str:
    """Words only, in lower case, without a plural -s: "Save…" and "save" are the same
    source, and so are "the error below" and "the errors below"."""
    words = _NOT_WORD.split(_ACCELERATOR.sub("", text).casefold())
    return " ".join(w[:-1] if w.endswith("s") and len(w) > 3 else w for w in words if w)


def _shared(
    units: list[tuple[TranslationUnit, str]], part: Callable[[tuple[TranslationUnit, str]], str]
) -> list[tuple[TranslationUnit, str]]:
    """The units whose `part` (source, target) another unit has too, in order: only those can
    share a group keyed by it (most sources and targets of a catalog occur once)."""
    counts = Counter(map(part, units))
    return [pair for pair in units if counts[part(pair)] > 1]


def _where(unit: TranslationUnit) -> str:
    return f"{Path(unit.path).name}:{unit.line}"


class InconsistentTranslation(BilingualCheck):
    """The same source is translated differently, or one target serves different sources.

    Compared within one catalog (a PO file is one gettext domain in one language) by
    default; the configuration's `consistency-scope` widens it to the files of one folder
    (`folder`), of one project (`project`: the folder above a `locale/`, `po/` or language
    folder) or of the whole run (`file-set`). Two projects may translate "Save as…" each
    their own way.

    Same source → different targets: units with the same source text, context (PO
    `msgctxt`), plural form and language pair must have the same target (ignoring
    accelerator marks and runs of whitespace); the units that differ from the most common
    target are flagged (warning; information when the targets differ only in capitals, as a
    language name in a list and in a menu may) with it as suggestion. Same target →
    different sources: a target of three words or more that translates two sources differing
    in their words is reported as information at its later units: often a copy-paste left
    unchanged.

    It deliberately does not flag the same source in different contexts (`msgctxt` exists
    to allow different translations), the forms of one plural entry sharing a target (tr
    "%d öğe" for "%d item" and "%d items"), sources that differ only in case, punctuation,
    accelerators or a plural -s ("Correct the error(s) below"), or short targets for
    several sources (da "Slet" for "Delete" and "Remove"), or units of two catalogs (two
    projects, two gettext domains) unless the scope says so. `check` gives it the units of
    every file of the run.

    Anti-pattern: "Save" → "Gem" in one place, "Gemme" in another
    Best practice: "Save" → "Gem" everywhere (or a `msgctxt` that tells them apart)
    """

    code = "CONS001"
    scope = "file-set"
    name = "bilingual.consistency"
    severity = Severity.WARNING

    def run(self, ctx: BilingualContext) -> Iterator[Finding]:
        scope = ctx.consistency_scope
        units = [(unit, _normalised_target(target)) for unit, target in ctx.translated()]
        yield from self._same_source(units, scope)
        yield from self._same_target(units, scope)

    def check_unit(self, unit: TranslationUnit, ctx: BilingualContext) -> Iterator[Finding]:
        return iter(())  # consistency is a property of many units: see run()

    def _same_source(
        self, units: list[tuple[TranslationUnit, str]], scope: str
    ) -> Iterator[Finding]:
        groups: dict[Key, list[tuple[TranslationUnit, str]]] = {}
        # A key ends with the source: a unit whose source no other unit has is alone in its
        # group, which is never reported, so its key (a context, a form) is not worked out.
        for unit, target in _shared(units, lambda pair: pair[0].source):
            key = (
                scope_key(unit, scope),
                unit.source_lang,
                unit.target_lang,
                _context(unit),
                _form(unit),
                unit.source,
            )
            groups.setdefault(key, []).append((unit, target))
        for members in groups.values():
            if len(members) < 2:
                continue
            counts = Counter(target for _, target in members)
            if len(counts) < 2:
                continue
            usual = counts.most_common(1)[0][0]
            example = next(unit for unit, target in members if target == usual)
            others = counts[usual]
            for unit, target in members:
                if target == usual:
                    continue
                places = "place" if others == 1 else "places"
                case_only = target.casefold() == usual.casefold()
                yield self.finding(
                    unit,
                    f"'{unit.source}' is translated '{usual}' in {others} other {places} "
                    f"({_where(example)})" + (", differing in capitals only" if case_only else ""),
                    match=unit.target,
                    suggestion=usual,
                    fixable=False,
                    severity=Severity.INFO if case_only else None,
                )

    def _same_target(
        self, units: list[tuple[TranslationUnit, str]], scope: str
    ) -> Iterator[Finding]:
        groups: dict[Key, list[TranslationUnit]] = {}
        for unit, target in _shared(units, itemgetter(1)):  # a key ends with the target
            if target.count(" ") + 1 < MIN_WORDS:
                continue
            key = (scope_key(unit, scope), unit.source_lang, unit.target_lang, target)
            groups.setdefault(key, []).append(unit)
        for members in groups.values():
            if len(members) < 2:
                continue
            first = members[0]
            entry = _entry(first)
            for unit in members[1:]:
                if _bare(unit.source) == _bare(first.source) or _entry(unit) == entry:
                    continue
                yield self.finding(
                    unit,
                    f"the same target translates '{first.source}' ({_where(first)}) and "
                    f"'{unit.source}'",
                    severity=Severity.INFO,
                )


def _entry(unit: TranslationUnit) -> tuple[str, int, str]:
    """The PO entry a unit is a form of: its file, line and id without the form number."""
    return unit.path, unit.line, _FORM.sub("", unit.id)
