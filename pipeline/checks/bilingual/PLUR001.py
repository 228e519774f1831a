from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from pathlib import Path

from pipeline.checks.bilingual.base import BilingualCheck, BilingualContext
from pipeline.core.language import base_language
from pipeline.core.models import Finding, Severity, TranslationUnit
from pipeline.formats import bilingual_format
from pipeline.formats.base import PluralRule as PluralRule
from pipeline.text.tokens import NOT_TRANSLATED

_FORM = re.compile(r"^(?P<entry>.*)\[(?P<n>\d+)\]$", re.DOTALL)


def language_plural(lang: str) -> PluralRule | None:
    """gettext's plural rule for `lang` (translate-toolkit's table: da 2, pl 3, ar 6)."""
    from translate.lang import data

    code = lang.replace("-", "_")
    for candidate in (code, base_language(lang)):
        if candidate in data.languages:
            _name, nplurals, plural = data.languages[candidate]
            return int(nplurals), str(plural)
    return None


def plural_rule(unit: TranslationUnit) -> tuple[PluralRule | None, str]:
    """The rule the unit's file declares (a PO header) or else its target language's, and
    which."""
    fmt = bilingual_format(Path(unit.path))
    from_header = fmt.plural_rule(Path(unit.path)) if fmt is not None else None
    if from_header is not None:
        return from_header, f"the header's Plural-Forms says nplurals={from_header[0]}"
    rule = language_plural(unit.target_lang)
    return rule, f"'{unit.target_lang}' has {rule[0] if rule else '?'}"


@functools.lru_cache(maxsize=256)
def single_number_forms(rule: PluralRule) -> frozenset[int]:
    """The forms a rule uses for exactly one n (0–999): ar "لا نتائج" (n = 0) or a
    singular for n = 1 may write the number as a word and leave its placeholder out."""
    import gettext

    try:
        choose = gettext.c2py(rule[1])
        used = [choose(n) for n in range(1000)]
    except (ValueError, SyntaxError, RecursionError, ZeroDivisionError):
        return frozenset()
    return frozenset(form for form in set(used) if used.count(form) == 1)


PluralEntries = dict[tuple[str, str], dict[int, TranslationUnit]]


def context_plural_entries(ctx: BilingualContext) -> PluralEntries:
    """`plural_entries` of the context's units, worked out once for PLUR001, PLUR002 and
    PH001 (read only)."""
    return ctx.memo(("plural entries", id(ctx)), lambda: plural_entries(ctx.units))


def plural_entries(
    units: list[TranslationUnit],
) -> PluralEntries:
    """The forms of each plural entry, by (path, id without "[n]"): the units "id[0]" …"""
    entries: dict[tuple[str, str], dict[int, TranslationUnit]] = {}
    for unit in units:
        form = _FORM.match(unit.id) if unit.id.endswith("]") else None
        if form is not None:
            entries.setdefault((unit.path, form["entry"]), {})[int(form["n"])] = unit
    return entries


class PluralFormCount(BilingualCheck):
    """A plural entry has another number of forms than the catalog's language needs.

    For a PO file the number is the header's `Plural-Forms: nplurals=N` (the file's format
    reads it: pipeline.formats.po, whatever its charset); for other files, or a PO file without
    that header, gettext's number for the target language (translate-toolkit's table: da 2,
    pl 3, ar 6, ja 1). An entry's forms are its units "id[0]", "id[1]" … as the PO reader
    gives them. A finding sits at the entry's first form; entries of one file with the same
    wrong count are one finding with their number, at the first of them (Django's humanize
    catalogs for es, fr, it and pt: 29 entries of 3 forms each under a header of 2, which
    `msgfmt -c` rejects once).

    It deliberately does not compare the header with the language's usual number: the
    header rules the catalog, and Transifex writes CLDR's counts (ru and pl nplurals=4).
    Entries that are untranslated or fuzzy in every form are skipped (UNTR001 reports
    them), and so are forms left empty among translated ones.

    Anti-pattern: pl header nplurals=3; msgstr[0] "%d plik", msgstr[1] "%d pliki"
    Best practice: msgstr[0] "%d plik", msgstr[1] "%d pliki", msgstr[2] "%d plików"
    """

    code = "PLUR001"
    name = "bilingual.plural-forms"
    severity = Severity.ERROR

    def run(self, ctx: BilingualContext) -> Iterator[Finding]:
        # entries of one file with the same wrong count share one cause (the header, or a
        # tool that wrote the catalog): one finding with their count, as msgfmt -c reports it
        wrong: dict[tuple[str, int, str], list[TranslationUnit]] = {}
        for forms in context_plural_entries(ctx).values():
            mismatch = self._mismatch(forms)
            if mismatch is not None:
                wrong.setdefault((forms[0].path, len(forms), mismatch), []).append(forms[0])
        for (_path, count, why), firsts in wrong.items():
            plural = f"{count} plural form{'s' if count != 1 else ''}"
            where = "" if len(firsts) == 1 else f" in {len(firsts)} entries, the first here"
            yield self.finding(firsts[0], f"{plural}{where}; {why}", match=firsts[0].target)

    def check_unit(self, unit: TranslationUnit, ctx: BilingualContext) -> Iterator[Finding]:
        yield from self.run(BilingualContext([unit], ctx.glossary))

    def _mismatch(self, forms: dict[int, TranslationUnit]) -> str | None:
        """What the entry's number of forms disagrees with, or None when it agrees."""
        if 0 not in forms or all(u.state in NOT_TRANSLATED for u in forms.values()):
            return None
        rule, why = plural_rule(forms[0])
        if rule is None or len(forms) == rule[0]:
            return None
        return why
