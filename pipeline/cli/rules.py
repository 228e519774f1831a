"""`content-pipeline rules [CODE]`: the checks there are, or one check's documentation."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from pipeline.cli.options import listing_format

if TYPE_CHECKING:
    from pipeline.checks.base import Check
    from pipeline.checks.bilingual.base import BilingualCheck

    CheckClass = type[Check] | type[BilingualCheck]

# The YAML cases live with the tests; an installed package without them shows no examples.
FIXTURES = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "checks"
FAILING_SHOWN = 3
PASSING_SHOWN = 2


@click.command()
@click.argument("code", required=False)
@listing_format
def rules(code: str | None, output_format: str) -> None:
    """List every check: code, severity, fixable, kind, default, MQM category, description.

    A check whose default is "opt-in" runs only when selected (`--select CODE` or the
    configuration's `select`/`extend-select`); the others run unless ignored.

    With CODE (e.g. TERM001), show that check's documentation (what it flags, what it does
    not, an anti-pattern and the best practice) and examples from its YAML test cases.
    """
    checks = _checks()
    if code is None:
        rows = [_row(kind, cls) for kind, cls in checks]
        if output_format == "json":
            click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        else:
            _print_table(rows)
        return

    by_code = {cls.code: (kind, cls) for kind, cls in checks}
    wanted = code.upper()
    if wanted not in by_code:
        click.echo(f"error: unknown check code '{code}'; {_hint(wanted, list(by_code))}", err=True)
        sys.exit(2)
    kind, cls = by_code[wanted]
    file = _fixture(cls.code, kind)
    cases = _load_cases(file)
    if output_format == "json":
        data = {**_row(kind, cls), "documentation": cls.documentation()}
        data["examples"] = None if cases is None else _examples(cases)
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
        return
    click.echo("\n".join(_documentation(kind, cls, file, cases)))


def _checks() -> list[tuple[str, CheckClass]]:
    from pipeline.checks.registry import (
        BILINGUAL_CHECKS,
        CHECKS,
        bilingual_check_class,
        check_class,
    )

    checks: list[tuple[str, CheckClass]] = [("article", check_class(c)) for c in CHECKS]
    checks += [("translation", bilingual_check_class(c)) for c in BILINGUAL_CHECKS]
    return checks


def _row(kind: str, cls: CheckClass) -> dict[str, Any]:
    return {
        "code": cls.code,
        "name": cls.name,
        "severity": cls.severity.value,
        "fixable": cls.fixable,
        "kind": kind,
        "default": _default(cls.code),
        "category": _category(cls.code),
        "description": cls.description(),
    }


def _category(code: str) -> str:
    """The code's MQM error category (the quality score's; see pipeline.checks.quality)."""
    from pipeline.checks.quality import UNCATEGORISED, QualityModel

    return QualityModel().category(code) or UNCATEGORISED


def _default(code: str) -> str:
    """ "on" for a check every run has, "opt-in" for one that runs only when selected."""
    from pipeline.checks.registry import OPT_IN

    return "opt-in" if code in OPT_IN else "on"


def _print_table(rows: list[dict[str, Any]]) -> None:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    table = Table("code", "severity", "fixable", "kind", "default", "category", "description")
    for row in rows:
        fixable = "yes" if row["fixable"] else "no"
        table.add_row(
            row["code"],
            row["severity"],
            fixable,
            row["kind"],
            row["default"],
            row["category"],
            escape(row["description"]),
        )
    Console(highlight=False).print(table)


def _hint(code: str, codes: list[str]) -> str:
    from difflib import SequenceMatcher

    def similarity(candidate: str) -> float:
        return SequenceMatcher(None, code, candidate).ratio()

    close = [c for c in codes if c.startswith(code) or code.startswith(c)]
    similar = sorted((c for c in codes if similarity(c) >= 0.6), key=lambda c: -similarity(c))
    close += [c for c in similar if c not in close]
    if not close:
        return "`content-pipeline rules` lists every check"
    return f"did you mean {', '.join(close[:5])}?"


def _fixture(code: str, kind: str) -> Path:
    folder = FIXTURES / "bilingual" if kind == "translation" else FIXTURES
    return folder / f"{code}.yml"


def _load_cases(file: Path) -> list[dict[str, Any]] | None:
    import yaml

    if not file.is_file():
        return None
    cases: list[dict[str, Any]] = yaml.safe_load(file.read_text(encoding="utf-8"))["cases"]
    return cases


def _examples(cases: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """The first failing and passing cases, in file order."""
    return {
        "failing": [c for c in cases if c["findings"]][:FAILING_SHOWN],
        "passing": [c for c in cases if not c["findings"]][:PASSING_SHOWN],
    }


def _documentation(
    kind: str, cls: CheckClass, file: Path, cases: list[dict[str, Any]] | None
) -> list[str]:
    fixable = "yes" if cls.fixable else "no"
    lines = [
        f"{cls.code} {cls.name}",
        f"severity: {cls.severity.value}, fixable: {fixable}, kind: {kind}, "
        f"default: {_default(cls.code)}, category: {_category(cls.code)}",
        "",
        cls.documentation(),
        "",
    ]
    shown = file.relative_to(FIXTURES.parents[2]).as_posix()
    if cases is None:
        return [*lines, f"No examples: {shown} is not here (an installed package has no tests)."]
    examples = _examples(cases)
    failing, passing = examples["failing"], examples["passing"]
    lines.append(
        f"Examples from {shown} ({len(failing)} of "
        f"{sum(1 for c in cases if c['findings'])} failing, {len(passing)} of "
        f"{sum(1 for c in cases if not c['findings'])} passing cases):"
    )
    for label, chosen in (("Failing", failing), ("Passing", passing)):
        for case in chosen:
            lines += ["", *_case(label, case)]
    return lines


def _visible(text: str) -> str:
    # Whitespace is what some checks are about: show a line with tabs, trailing spaces or
    # non-breaking spaces as a string literal, so the reader sees them.
    return text if text.isprintable() and text == text.rstrip() else repr(text)


def _case(label: str, case: dict[str, Any]) -> list[str]:
    notes = [f"{key} {case[key]}" for key in ("suffix", "language", "encoding") if key in case]
    if "glossary" in case:
        notes.append("with its own glossary")
    lines = [f"{label}: {case['name']}" + (f" ({', '.join(notes)})" if notes else "")]
    if "text" in case:
        numbered = enumerate(case["text"].splitlines(), start=1)
        lines += [f"  {n:>3} | {_visible(line)}".rstrip() for n, line in numbered]
    for number, unit in enumerate(case.get("units", []), start=1):
        lines.append(f"  unit {number}")
        lines.append(f"    source ({unit['source_lang']}): {_visible(unit['source'])}")
        lines.append(f"    target ({unit['target_lang']}): {_visible(unit['target'])}")
        extra = [k for k in ("state", "unknown_words", "back_translation") if k in unit]
        lines += [f"    {key}: {unit[key]}" for key in extra]
    findings: list[dict[str, Any]] = case["findings"]
    if not findings:
        lines.append("  expects no findings")
    else:
        count = f"{len(findings)} finding{'s' if len(findings) > 1 else ''}"
        lines.append(f"  expects {count}:")
        lines += [f"    {_expected(f)}" for f in findings]
    return lines


def _expected(finding: dict[str, Any]) -> str:
    """An expected finding as the YAML gives it (cases name only the fields that matter)."""
    parts = []
    if "line" in finding:
        column = finding.get("column")
        parts.append(f"{finding['line']}:{column}" if column else f"line {finding['line']}")
    if "match" in finding:
        parts.append(repr(finding["match"]))
    if "suggestion" in finding:
        suggestion = finding["suggestion"]
        parts.append("no suggestion" if suggestion is None else f"→ {suggestion!r}")
    if "message" in finding:
        parts.append(f'"{finding["message"]}"')
    return "  ".join(parts) or "a finding"
