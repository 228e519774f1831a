from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.checks.bilingual.base import BilingualContext, TranslatedUnitCheck
from pipeline.core.models import Finding, Severity, TranslationUnit

# Two or more spaces between two visible characters on one line, not after a sentence's end
# (with a closing quote or bracket): "sat.  Du" is a typing convention, as MECH002 has it.
# Only U+0020: tabs are ESC001's, no-break spaces typography, indentation follows a newline.
_GAP = re.compile(r"(?<=\S)(?<![.!?])(?<![.!?][\"'»«”“’)\]]) {2,}(?=\S)")
# A column: spaces that align a colon or equals sign ("Antal objekter   : %u"), the values
# after colons ("Vsize:       %-10s"), or the text of an option in a help line (" -l, --login
# <fil>  angiv …", its first run of spaces).
_ALIGNING = re.compile(r" {2,}[:=]|(?<=:) {2,}")
_OPTION_LINE = re.compile(r"^\s*-", re.MULTILINE)


class DoubledSpace(TranslatedUnitCheck):
    """The target has spaces doubled inside a line where the source has none.

    Flags a translated unit whose target has runs of two or more spaces between words where
    its source has none ("Vælg alle %(total_count)s  %(module_name)s"): a typing slip
    that shows wherever the program prints the message. The suggestion is the whole target
    with each run made one space, a safe fix (`check --fix` on a PO or XLIFF file).

    When the source has such runs too, the finding names the counts and suggests nothing,
    since which run is extra is not certain.

    It deliberately does not flag columns: spaces before an aligned colon or equals sign
    ("Antal objekter   : %u"), after a colon ("Vsize:       %-10s"), or the first gap of a
    help line, before an option's description (" -l, --login <fil>  angiv …"). Nor a
    target with fewer doubled spaces (English
    two spaces after a full stop, dropped in translation, is right), two spaces after a
    sentence's end, spaces at the start or end of the target (WS001's), indentation after a
    line break, tabs (ESC001 counts them), or no-break spaces, which are typography.

    Anti-pattern: "No %(verbose_name)s found" → "Ingen %(verbose_name)s  fundet"
    Best practice: "No %(verbose_name)s found" → "Ingen %(verbose_name)s fundet"
    """

    code = "WS002"
    target_trigger = re.compile("  ")  # only a target with two spaces in a row is asked
    name = "bilingual.doubled-space"
    severity = Severity.WARNING
    fixable = True

    def check_target(
        self, unit: TranslationUnit, target: str, ctx: BilingualContext
    ) -> Iterator[Finding]:
        if "  " not in target:
            return  # nearly every unit: no gap to look at
        gaps = [g for g in _GAP.finditer(target) if not _column(target, g)]
        in_source = len([g for g in _GAP.finditer(unit.source) if not _column(unit.source, g)])
        if len(gaps) <= in_source:
            return
        first = gaps[0]
        # the words on either side: "%(verbose_name)s  fundet"
        left = target[: first.start()].split()[-1]
        shown = left + first.group() + target[first.end() :].split()[0]
        if in_source:
            yield self.finding(
                unit,
                f"the target has {len(gaps)} runs of doubled spaces, the source {in_source}",
                match=shown,
                fixable=False,
            )
            return
        # unit.target, not `target`: a fix must keep the engine marks MT004 reports
        yield self.finding(
            unit,
            f"{len(first.group())} spaces in a row in the target; the source has none",
            match=shown,
            suggestion=_GAP.sub(
                lambda g: g.group() if _column(unit.target, g) else " ", unit.target
            ),
        )


def _column(text: str, gap: re.Match[str]) -> bool:
    """Whether a run of spaces aligns a column (see _ALIGNING, _OPTION_LINE)."""
    if _ALIGNING.match(text, gap.start()) or (gap.start() and text[gap.start() - 1] == ":"):
        return True
    line_start = text.rfind("\n", 0, gap.start()) + 1
    if _OPTION_LINE.match(text, line_start) is None:
        return False
    first = _GAP.search(text, line_start)
    return first is not None and first.start() == gap.start()
