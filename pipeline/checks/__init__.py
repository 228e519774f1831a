"""Quality checks: `check_document` is the library API the CLI wraps."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from pipeline.core.models import Document, Finding, TranslationUnit
from pipeline.glossary.model import Audience, Glossary

if TYPE_CHECKING:
    from pipeline.checks.suppression import Suppressions


def check_document(
    document: Document,
    glossary: Glossary,
    select: Iterable[str] = (),
    ignore: Iterable[str] = (),
    suppressions: Suppressions | None = None,
    audience: Audience | None = None,
) -> list[Finding]:
    """Run the selected checks on one document; findings sorted by position.

    Findings that a `<!-- content-pipeline: disable=… -->` comment covers are left out
    (`suppressions`, default: the comments of the document's source text). `audience`
    (public or professional) decides which register of terms the glossary prefers; None
    detects it from the text (pipeline/checks/audience.py).
    """
    from pipeline.checks.context import CheckContext
    from pipeline.checks.registry import load_checks
    from pipeline.checks.suppression import article_suppressions

    if _analysed(tuple(select), tuple(ignore)):
        from pipeline.ingest import morphology

        # its start-up overlaps the checks' imports (unless its answers are kept on disk)
        morphology.start(document.language, document.source_text)
    if suppressions is None:
        suppressions = article_suppressions(document.source_text, document.path)
    ctx = CheckContext(document, glossary, audience)
    findings: list[Finding] = []
    for check in load_checks(select, ignore):
        findings.extend(check.findings(ctx))
    findings = suppressions.filter(findings)
    findings.sort(key=Finding.sort_key)
    return findings


@lru_cache(maxsize=64)
def _analysed(select: tuple[str, ...], ignore: tuple[str, ...]) -> bool:
    from pipeline.checks.registry import analyses, select_codes

    return analyses(select_codes(select, ignore))


def check_units(
    units: list[TranslationUnit],
    glossary: Glossary,
    select: Iterable[str] = (),
    ignore: Iterable[str] = (),
    suppressions: Suppressions | None = None,
    consistency_scope: str = "catalog",
) -> list[Finding]:
    """Run the selected bilingual checks on translation units; findings sorted by position.

    `consistency_scope` is what CONS001 compares within (catalog, folder, project, file-set).

    `suppressions` (e.g. `po_suppressions(path)` for a PO file) leaves out the findings that
    the file's comments turn off; units carry no comments, so by default none are.
    """
    from pipeline.checks.bilingual.base import BilingualContext
    from pipeline.checks.registry import load_bilingual_checks

    ctx = BilingualContext(units, glossary, consistency_scope)
    findings: list[Finding] = []
    checks = load_bilingual_checks(select, ignore)
    for check in checks:
        check.prepare(ctx)
    for check in checks:
        findings.extend(check.run(ctx))
    if suppressions is not None:
        findings = suppressions.filter(findings)
    findings.sort(key=Finding.sort_key)
    return findings
