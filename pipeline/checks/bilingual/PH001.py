from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Iterator, Sequence

from pipeline.checks.bilingual.base import BilingualCheck, BilingualContext
from pipeline.checks.bilingual.PLUR001 import (
    context_plural_entries,
    plural_rule,
    single_number_forms,
)
from pipeline.core.models import Finding, Severity, TranslationUnit
from pipeline.text.placeholders import (
    Placeholder,
    extract_placeholders,
    has_literal_percent,
    text_placeholders,
)

Problem = tuple[str, str]  # message, the placeholder as written


class PlaceholderMismatch(BilingualCheck):
    """A placeholder of the source is missing, added, changed or reordered in the target.

    Compares printf (`%s`, `%1$s`, `%.250s`, `%lu`), Python (`%(name)s`, `{name}`, `{0}`,
    `{x!r:>10}`) and ICU placeholders (`{n, number}`, `{count, plural, …}`) as multisets:
    the target must have each one as often as the source, with the same conversion,
    precision, width and length modifier (`%.250s` is not `%.25s`, `%lu` is not `%u`,
    `%(count)d` is not `%(count)s`). Unnumbered printf placeholders take their arguments in
    order, so "%s … %d" → "%d … %s" is flagged: number them (`%2$d … %1$s`) to reorder. A
    lone `%` in the target of a format string breaks formatting (write `%%`). Inside an ICU
    plural or select each branch of the target is compared with the source's branch of the
    same name, else with its `other` branch; `other` itself is required.

    It deliberately does not flag reordered numbered (`%1$s`) or named placeholders, nor
    date formats: a message with strftime-only directives (`%b`, `%Y`, `%H`) is a date
    format whose directives may move ("%b %e" → "%e. %b"). Plural categories may differ
    between languages (a Polish target has `few` and `many`), `#` may be written as a word
    in a branch, a `%` in a message without placeholders is text ("50 %"), and
    percent-encoding in a URL ("%2F") is not a placeholder. Named and numbered placeholders
    may be repeated ("%(name)s … %(name)s"). Each form of a PO plural entry may use the
    placeholders of either source form (uk msgstr[0] "%(count)s хвилину" for "a minute"
    serves n = 21 too) and must have those both source forms have; one the source's
    singular leaves out ("an hour ago" / "%(count)s hours ago") may be left out of any
    form, and a form the plural rule uses for a single number may leave out every
    placeholder (ar msgstr[0] "لا نتائج", "no results", for n = 0). An entry with a single
    form (ja, zh) shows only the singular source, so placeholders it adds are not flagged.

    Anti-pattern: "Delete %(count)d selected %(verbose_name)s?" → "Slet valgte %(verbose_name)s?"
    Best practice: "Delete %(count)d selected %(verbose_name)s?"
    → "Slet %(count)d valgte %(verbose_name)s?"
    """

    code = "PH001"
    name = "bilingual.placeholders"
    severity = Severity.ERROR

    def run(self, ctx: BilingualContext) -> Iterator[Finding]:
        plural: dict[int, tuple[dict[int, TranslationUnit], int, frozenset[int]]] = {}
        for forms in context_plural_entries(ctx).values():
            rule, _why = plural_rule(forms[min(forms)])
            single = single_number_forms(rule) if rule is not None else frozenset()
            for n, unit in forms.items():
                plural[id(unit)] = (forms, n, single)
        for unit in ctx.units:
            if id(unit) in plural:
                yield from self._check_form(unit, ctx, *plural[id(unit)])
            else:
                yield from self.check_unit(unit, ctx)

    def check_unit(self, unit: TranslationUnit, ctx: BilingualContext) -> Iterator[Finding]:
        target = ctx.target(unit)
        if target is None or not (_may_have(unit.source) or _may_have(target)):
            return
        source = text_placeholders(unit.source)
        yield from self._report(unit, source, target, source)

    def _check_form(
        self,
        unit: TranslationUnit,
        ctx: BilingualContext,
        forms: dict[int, TranslationUnit],
        n: int,
        single_number: frozenset[int],
    ) -> Iterator[Finding]:
        """A plural form against both source forms: msgstr[0] is not only the singular (uk
        uses it for 21 too), so it may have the plural's placeholders."""
        target = ctx.target(unit)
        sources = [forms[i].source for i in (0, 1) if i in forms]
        if target is None or not any(_may_have(text) for text in [*sources, target]):
            return
        singular = extract_placeholders(sources[0])
        plural = extract_placeholders(sources[1]) if len(sources) > 1 else None
        # the source shows what both its forms have; a placeholder only the plural has (the
        # count, "an hour ago" / "%(count)s hours ago") may be left out of any form
        required = singular if plural is None else _common(singular, plural)
        allowed = None if plural is None else singular + plural
        if n in single_number:
            required = []
        yield from self._report(unit, required, target, allowed)

    def _report(
        self,
        unit: TranslationUnit,
        source: Sequence[Placeholder],
        target: str,
        allowed: Sequence[Placeholder] | None = None,
    ) -> Iterator[Finding]:
        problems = _problems(
            tuple(source), text_placeholders(target), None if allowed is None else tuple(allowed)
        )
        for message, match in problems:
            yield self.finding(unit, message, match=match)
        formats = [p for p in source if p.kind in ("printf", "python")]
        if problems or not formats or "%" not in target:
            return  # a broken placeholder is reported once, as missing
        if not has_literal_percent(unit.source) and has_literal_percent(target):
            yield self.finding(
                unit,
                "a single '%' in the target of a format string breaks formatting; write '%%'",
                match="%",
            )


@functools.lru_cache(maxsize=4096)
def _problems(
    source: tuple[Placeholder, ...],
    target: tuple[Placeholder, ...],
    allowed: tuple[Placeholder, ...] | None,
) -> tuple[Problem, ...]:
    """`compare`, once per combination: every language's catalog has the same placeholders,
    and a placeholder's branches follow from its text, which its equality compares."""
    return tuple(compare(list(source), list(target), None if allowed is None else list(allowed)))


def _may_have(text: str) -> bool:
    return "%" in text or "{" in text


def _counted(placeholders: list[Placeholder]) -> Counter[str]:
    """How often each placeholder must occur: named and numbered ones may repeat
    ("%(name)s … %(name)s", "%1$s … %1$s"), so they count once; "%s" and "{}" count each."""
    counts: Counter[str] = Counter()
    pairs = set()
    for p in placeholders:
        if p.kind == "printf":
            if (p.position, p.key) not in pairs:
                pairs.add((p.position, p.key))
                counts[p.key] += 1
        elif p.kind == "python" or (p.kind == "brace" and p.key != "{}") or p.kind == "icu":
            counts[p.key] = 1
        else:
            counts[p.key] += 1
    return counts


def _common(first: list[Placeholder], second: list[Placeholder]) -> list[Placeholder]:
    keys = {(p.kind, p.key) for p in second}
    return [p for p in first if (p.kind, p.key) in keys]


def compare(
    source: list[Placeholder],
    target: list[Placeholder],
    allowed: list[Placeholder] | None = None,
    where: str = " in the target",
) -> list[Problem]:
    """What differs between the placeholders of a source and of its target: those of
    `source` missing in the target, and those of the target not in `allowed` (None: any
    placeholder is allowed, as for a plural form whose plural source is unknown)."""
    problems: list[Problem] = []
    if not source and not target:
        return problems
    source_keys, target_keys = _counted(source), _counted(target)
    missing = source_keys - target_keys
    added = target_keys - _counted(allowed) if allowed is not None else Counter[str]()
    for p in _first_of_each(source, missing):
        times = f" ({source_keys[p.key]}× in the source)" if source_keys[p.key] > 1 else ""
        problems.append((f"placeholder '{p.text}' of the source is missing{where}{times}", p.text))
    for p in _first_of_each(target, added):
        problems.append((f"placeholder '{p.text}'{where} is not in the source", p.text))
    if not missing and not added and source_keys == target_keys:
        problems.extend(_order(source, target))
    for source_icu, target_icu in _paired_branching(allowed or source, target):
        problems.extend(_branches(source_icu, target_icu))
    return problems


def _first_of_each(placeholders: list[Placeholder], keys: Counter[str]) -> list[Placeholder]:
    if not keys:
        return []
    seen: dict[str, Placeholder] = {}
    for p in placeholders:
        if keys[p.key] > 0:
            seen.setdefault(p.key, p)
    return list(seen.values())


def _order(source: list[Placeholder], target: list[Placeholder]) -> list[Problem]:
    """Unnumbered printf placeholders whose arguments the target takes in another order."""
    by_position = {p.position: p.key for p in source if p.kind == "printf"}
    target_printf = [p for p in target if p.kind == "printf"]
    if {(p.position, p.key) for p in target_printf} == set(by_position.items()):
        return []
    moved = [p for p in target_printf if by_position.get(p.position) != p.key]
    if not moved:
        return []  # every printf placeholder of the target is where the source has its own
    numbered = ", ".join(
        f"'%{p.position}${p.key[1:]}'"
        for p in sorted(source, key=lambda p: p.position or 0)
        if p.kind == "printf"
    )
    listed = "', '".join(p.text for p in moved)
    return [
        (
            f"placeholders '{listed}' take their arguments in another order than in the source;"
            f" number them to reorder ({numbered})",
            moved[0].text,
        )
    ]


def _paired_branching(
    source: list[Placeholder], target: list[Placeholder]
) -> Iterator[tuple[Placeholder, Placeholder]]:
    """Each plural or select of the source with the target's of the same argument."""
    remaining = [p for p in target if p.branches]
    for p in source:
        if not p.branches:
            continue
        partner = next((t for t in remaining if t.key == p.key), None)
        if partner is not None:
            remaining.remove(partner)
            yield p, partner


def _branches(source: Placeholder, target: Placeholder) -> list[Problem]:
    problems: list[Problem] = []
    if "other" in source.branches and "other" not in target.branches:
        problems.append((f"'{target.key}' has no 'other' branch", target.text))
    is_select = target.key.endswith(" select}")
    for selector, placeholders in target.branches.items():
        reference = source.branches.get(selector)
        if reference is None and is_select:
            problems.append(
                (f"branch '{selector}' of '{target.key}' is not in the source", target.text)
            )
            continue
        if reference is None:
            reference = source.branches.get("other", [])
        where = f" in the '{selector}' branch of '{target.key}'"
        problems.extend(compare(reference, placeholders, reference, where))
    return problems
