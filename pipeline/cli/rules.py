"""`content-pipeline rules [CODE]`: the checks there are, or one check's documentation."""

from __future__ import annotations

import json
import re
import sys
from typing import TYPE_CHECKING, Any

import click

from pipeline.cli.options import listing_format

if TYPE_CHECKING:
    from pipeline.checks.base import Check
    from pipeline.checks.bilingual.base import BilingualCheck

    CheckClass = type[Check] | type[BilingualCheck]

# A check's examples are in its docstring, so an installed package (which has no tests) shows
# them: "Anti-pattern: …" and "Best practice: …", each running on until a blank line or the
# next label.
_EXAMPLE = re.compile(
    r"^(Anti-pattern|Best practice): (.*?)(?=\n\s*\n|\n(?:Anti-pattern|Best practice): |\Z)",
    re.MULTILINE | re.DOTALL,
)


@click.command()
@click.argument("code", required=False)
@listing_format
def rules(code: str | None, output_format: str) -> None:
    """List every check: code, severity, fixable, kind, default, MQM category, description.

    A check whose default is "opt-in" runs only when selected (`--select CODE` or the
    configuration's `select`/`extend-select`); the others run unless ignored.

    With CODE (e.g. TERM001), show that check's documentation: what it flags, what it does
    not, an anti-pattern and the best practice.
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
    if output_format == "json":
        data = {**_row(kind, cls), "documentation": cls.documentation()}
        data["examples"] = examples(cls.documentation())
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
        return
    click.echo("\n".join(_documentation(kind, cls)))


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


def examples(documentation: str) -> dict[str, str]:
    """A check's anti-pattern and best practice as its docstring gives them, lines joined."""
    found = {}
    for label, text in _EXAMPLE.findall(documentation):
        key = label.lower().replace(" ", "_").replace("-", "_")
        found[key] = " ".join(text.split())
    return found


def _documentation(kind: str, cls: CheckClass) -> list[str]:
    fixable = "yes" if cls.fixable else "no"
    return [
        f"{cls.code} {cls.name}",
        f"severity: {cls.severity.value}, fixable: {fixable}, kind: {kind}, "
        f"default: {_default(cls.code)}, category: {_category(cls.code)}",
        "",
        cls.documentation(),
    ]
