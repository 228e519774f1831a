"""Quality checks: `check_document` is the library API the CLI wraps."""

from __future__ import annotations

from collections.abc import Iterable

from pipeline.core.models import Document, Finding, TranslationUnit
from pipeline.glossary.model import Glossary


def check_document(
    document: Document,
    glossary: Glossary,
    select: Iterable[str] = (),
    ignore: Iterable[str] = (),
) -> list[Finding]:
    """Run the selected checks on one document; findings sorted by position."""
    from pipeline.checks.context import CheckContext
    from pipeline.checks.registry import load_checks

    ctx = CheckContext(document, glossary)
    findings: list[Finding] = []
    for check in load_checks(select, ignore):
        findings.extend(check.run(ctx))
    findings.sort(key=Finding.sort_key)
    return findings


def check_units(
    units: list[TranslationUnit],
    glossary: Glossary,
    select: Iterable[str] = (),
    ignore: Iterable[str] = (),
) -> list[Finding]:
    """Run the selected bilingual checks on translation units; findings sorted by position."""
    from pipeline.checks.bilingual.base import BilingualContext
    from pipeline.checks.registry import load_bilingual_checks

    ctx = BilingualContext(units, glossary)
    findings: list[Finding] = []
    for check in load_bilingual_checks(select, ignore):
        findings.extend(check.run(ctx))
    findings.sort(key=Finding.sort_key)
    return findings
