from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from pipeline.checks.bilingual.base import BilingualContext, TranslatedUnitCheck
from pipeline.core.models import Finding, Severity, TranslationUnit

# Full-width and CJK brackets are the same brackets: "(optional)" → ja "（任意）".
BRACKETS: dict[str, tuple[str, str]] = {
    "parenthesis": ("(（", ")）"),
    "square bracket": ("[［【〔", "]］】〕"),
    "curly brace": ("{｛", "}｝"),
}
# Every language's double quotation marks: "…", “…”, ”…” (sv, fi), „…“ and „…" (da, de),
# »…« (da, de), «…» (fr, nb), »…» (sv, fi), 「…」 (ja, zh). Which mark opens differs by
# language, so only their number is compared: a quotation is two marks.
DOUBLE_QUOTES = '"“”„‟»«〝〞「」『』'
_ANY_MARK = re.compile(
    "[" + re.escape("".join(o + c for o, c in BRACKETS.values()) + DOUBLE_QUOTES) + "]"
)
# A '"' between letters is no quotation mark: Hebrew writes acronyms with it (דוא"ל, e-mail).
_GERSHAYIM = re.compile(r'(?<=[^\W\d_])"(?=[^\W\d_])')


class UnbalancedBrackets(TranslatedUnitCheck):
    """The translation breaks the pairing of brackets or double quotation marks.

    An opening or closing parenthesis, square bracket, curly brace or quotation mark is
    lost or added.

    Counts, per kind, the opening brackets not closed and the closing ones not opened; a
    target whose count differs from the source's is flagged when the target is unbalanced.
    Double quotation marks of every language count as one kind, paired by number: da
    »…«, „…" and ”…” are equivalent to "…", so a quote re-styled for the target language
    is not a finding, a lost closing mark is.

    It deliberately does not flag a target that is balanced where the source is not (a
    translation may drop "1)" list markers or an arrow "»"), brackets the target adds or
    drops in pairs (a parenthesis may become commas), single quotation marks, which are
    also apostrophes ("don't", "Peters'"), or a '"' between letters (Hebrew gershayim:
    דוא"ל).

    Anti-pattern: "Sessions (active)" → "Sessioner (aktive"
    Best practice: 'Click "Save"' → 'Klik på »Gem«'
    """

    code = "BRK001"
    name = "bilingual.brackets"
    severity = Severity.WARNING

    def check_target(
        self, unit: TranslationUnit, target: str, ctx: BilingualContext
    ) -> Iterator[Finding]:
        if not (_ANY_MARK.search(target) or _ANY_MARK.search(unit.source)):
            return
        for kind, (opening, closing) in BRACKETS.items():
            in_target = _unpaired(target, opening, closing)
            if not any(in_target) or in_target == _unpaired(unit.source, opening, closing):
                continue
            open_left, close_left = in_target
            parts = []
            if open_left:
                parts.append(f"{open_left} opening {_plural(kind, open_left)} not closed")
            if close_left:
                parts.append(f"{close_left} closing {_plural(kind, close_left)} not opened")
            match = next(c for c in (opening if open_left else closing) if c in target)
            yield self.finding(unit, "the target has " + " and ".join(parts), match=match)
        quotes = _quotation_marks(target)
        if quotes % 2 and not _quotation_marks(unit.source) % 2:
            yield self.finding(
                unit,
                f"the target has {quotes} double quotation mark{'s' if quotes > 1 else ''}, "
                "one unpaired; "
                "the source's are paired",
                match=next(q for q in DOUBLE_QUOTES if q in target),
            )


def _plural(kind: str, count: int) -> str:
    if count == 1:
        return kind
    return "parentheses" if kind == "parenthesis" else kind + "s"


def _quotation_marks(text: str) -> int:
    if '"' in text:
        text = _GERSHAYIM.sub("", text)
    return sum(text.count(q) for q in DOUBLE_QUOTES)


@functools.lru_cache(maxsize=16)
def _bracket_pattern(brackets: str) -> re.Pattern[str]:
    return re.compile("[" + re.escape(brackets) + "]")


def _unpaired(text: str, opening: str, closing: str) -> tuple[int, int]:
    """Opening brackets never closed and closing brackets never opened, in text order."""
    depth = unopened = 0
    for char in _bracket_pattern(opening + closing).findall(text):
        if char in opening:
            depth += 1
        elif char in closing:
            if depth:
                depth -= 1
            else:
                unopened += 1
    return depth, unopened
