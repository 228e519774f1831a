from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from pipeline.checks.bilingual.base import BilingualContext, TranslatedUnitCheck
from pipeline.core.models import Finding, Severity, TranslationUnit
from pipeline.ingest.xliff_inline import CONTAINERS, PAIRS

_TOKEN = re.compile(r"<(/?)(\w+) (id='[^']*')(/?)>")
_CLOSES = {closing: opening for opening, closing in PAIRS.items()}


class InlineCodes(TranslatedUnitCheck):
    """An XLIFF inline code of the source is missing, added or illegally moved in the target.

    XLIFF 1.2's `<g>`, `<x/>`, `<bx/>`, `<ex/>`, `<ph>`, `<bpt>`/`<ept>`, `<it>` and 2.x's
    `<pc>`, `<ph/>`, `<sc/>`/`<ec/>` stand for formatting and code of the original document
    that the tool writing the translation back needs, one for one. Flags each code (by element
    and id) the target lacks or adds, a span's closing code before its opening one (`<ept>`
    before `<bpt>`, `<ex/>` before `<bx/>`, `<ec/>` before `<sc/>`), and a container code
    (`<g>`, `<pc>`) moved inside or out of another.

    It deliberately does not flag codes that change places without breaking a pair or a
    nesting (a translation reorders words, and its codes with them), nor PO, TMX or our own
    files, which have no inline codes (ESC001 compares the markup of their text).

    Anti-pattern: `Click <g id="1">Save</g> now<x id="2"/>` → `Klik Gem nu`
    Best practice: `Click <g id="1">Save</g> now<x id="2"/>`
    → `Klik <g id="1">Gem</g> nu<x id="2"/>`
    """

    code = "INL001"
    name = "bilingual.inline-codes"
    severity = Severity.ERROR

    def check_target(
        self, unit: TranslationUnit, target: str, ctx: BilingualContext
    ) -> Iterator[Finding]:
        if unit.inline_codes is None:
            return
        source, translated = unit.inline_codes
        if not source and not translated:
            return  # most units
        wanted, found = Counter(source), Counter(translated)
        for token in (wanted - found).elements():
            yield self.finding(
                unit,
                f"inline code {_shown(token)} of the source is missing in the target",
                match=_shown(token),
            )
        for token in (found - wanted).elements():
            yield self.finding(
                unit,
                f"inline code {_shown(token)} in the target is not in the source",
                match=_shown(token),
            )
        yield from self._order(unit, translated)
        yield from self._nesting(unit, source, translated)

    def _order(self, unit: TranslationUnit, tokens: tuple[str, ...]) -> Iterator[Finding]:
        opened: set[tuple[str, str]] = set()
        for token in tokens:
            name, key = _parts(token)
            if name in PAIRS:
                opened.add((name, key))
            elif (
                name in _CLOSES
                and (_CLOSES[name], key) not in opened
                and f"<{_CLOSES[name]} {key}/>" in tokens
            ):
                yield self.finding(
                    unit,
                    f"inline code {_shown(token)} comes before its opening "
                    f"{_shown(f'<{_CLOSES[name]} {key}/>')} in the target",
                    match=_shown(token),
                )

    def _nesting(
        self, unit: TranslationUnit, source: tuple[str, ...], target: tuple[str, ...]
    ) -> Iterator[Finding]:
        inside_source, inside_target = _enclosing(source), _enclosing(target)
        for token, outer in inside_target.items():
            if token in inside_source and inside_source[token] != outer:
                yield self.finding(
                    unit,
                    f"inline code {_shown(token)} is nested differently than in the source",
                    match=_shown(token),
                )


def _parts(token: str) -> tuple[str, str]:
    m = _TOKEN.fullmatch(token)
    return (m.group(2), m.group(3)) if m else ("", "")


def _shown(token: str) -> str:
    """A token as XLIFF writes it: "<g id='1'>" → '<g id="1">'."""
    return token.replace("'", '"')


def _enclosing(tokens: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """Each code's enclosing container codes, outermost first (first occurrence)."""
    stack: list[str] = []
    inside: dict[str, tuple[str, ...]] = {}
    for token in tokens:
        name, _key = _parts(token)
        if token.startswith("</"):
            if stack:
                stack.pop()
            continue
        inside.setdefault(token, tuple(stack))
        if name in CONTAINERS:
            stack.append(token)
    return inside
