"""Autofix for translators' files: `check --fix` / `--diff` on PO/POT and XLIFF 1.2 and 2.x.

Fixed are the findings whose suggestion is the unit's whole corrected target (TARGET_FIXES:
WS001 whitespace at the edges, WS002 doubled spaces, DUP001 a doubled word, TERM006 a
forbidden or deprecated term): the safe ones with --fix, the others (a term whose inflection
is uncertain) only with --unsafe-fixes. The other translation checks suggest a part of the
target (a number, a name) with no certain place to put it, so they are reported, never applied.

Never changed: fuzzy, untranslated and approved (XLIFF final, signed-off) units; nor is a
target emptied, or given what the file cannot hold as it is written (a PO catalog: a
character its charset lacks; XLIFF: a target with inline markup).

Only the fixed targets change; the rest of the file stays byte for byte, newlines (CRLF),
encoding and byte-order mark included, which no serialiser at hand does for a file it did
not write itself. So each fixable format's catalog (`BilingualFormat.catalog`:
pipeline.formats.po_catalog, pipeline.formats.xliff_catalog) writes the new targets into the
file's text, and the result is parsed again and must differ from
the original in those targets only, or nothing is written.

TMX is check-only: a memory of approved translations, not a deliverable, and a <tu> yields
one unit per target language, with no single element to write a fix back to.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from pipeline.core.errors import InputError
from pipeline.core.models import Finding, TranslationUnit, UnitState
from pipeline.fix import FileFix
from pipeline.fix.apply import MAX_PASSES, applicable
from pipeline.formats import bilingual_format
from pipeline.formats.base import UnitCatalog
from pipeline.formats.reading import transcoded
from pipeline.glossary.model import Glossary

Recheck = Callable[[list[TranslationUnit]], list[Finding]]

# The checks whose suggestion is the unit's whole corrected target.
TARGET_FIXES = frozenset({"WS001", "WS002", "DUP001", "TERM006"})


def applies(finding: Finding, unsafe: bool = False) -> bool:
    """Whether `--fix` (with `--unsafe-fixes` when `unsafe`) rewrites a target for `finding`."""
    return (
        finding.code in TARGET_FIXES
        and finding.segment_id is not None
        and applicable(finding, unsafe)
    )


def fix_bilingual_file(
    path: Path,
    findings: list[Finding],
    recheck: Recheck,
    *,
    unsafe: bool = False,
    write: bool = True,
    source_lang: str | None = None,
    max_passes: int = MAX_PASSES,
    glossary: Glossary | None = None,
) -> FileFix:
    """Fix one PO/POT or XLIFF file in place (atomically) unless `write` is False.

    `findings` are the file's findings as checked; after each pass `recheck` runs the same
    checks on the fixed file's units, which it gets at the lines they had in the file as
    read, so suppressions keyed by line stay right. Passes repeat until no applicable
    finding is left; the remaining findings point at the lines of the fixed file.
    `source_lang` is the fallback the file was read with (`check --lang`). With a
    `glossary`, a new target that would change the meaning (pipeline.fix.meaning) is refused.
    """
    fmt = bilingual_format(path)
    if fmt is None or not fmt.fixable:
        raise ValueError(f"{path}: only PO/POT and XLIFF files are fixed")
    try:
        original = path.read_bytes()
        mode = path.stat().st_mode
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror}", str(path)) from exc
    if transcoded(original):
        raise InputError(
            "not fixed: UTF-16 without a byte-order mark does not read back byte for byte; "
            "save it as UTF-8 first",
            str(path),
        )
    first = fmt.catalog(path, original, source_lang)
    lines = [unit.line for unit in first.units]
    catalog, fixed, remaining = first, [], findings
    seen = {first.text}
    for _ in range(max_passes):
        targets, applied = _plan(catalog, lines, remaining, unsafe, glossary)
        if not targets:
            break
        candidate = catalog.edit(targets)
        _verify(catalog, candidate, targets, path)
        if candidate.text in seen:  # fixes that undo each other
            break
        seen.add(candidate.text)
        catalog = candidate
        fixed.extend(applied)
        remaining = recheck(
            [
                unit.model_copy(update={"line": line})
                for unit, line in zip(catalog.units, lines, strict=True)
            ]
        )
    if catalog is first:
        return FileFix(path, first.text, first.text, [], findings)
    moved = {(u.id, line): u.line for u, line in zip(catalog.units, lines, strict=True)}
    remaining = [_moved(finding, moved) for finding in remaining]
    if write:
        from pipeline.core.fs import ChangedWhileWritingError, atomic_write_bytes

        try:
            atomic_write_bytes(path, catalog.data(), expected=original)
        except ChangedWhileWritingError as exc:
            raise InputError("not fixed: the file changed while it was checked", str(path)) from exc
        os.chmod(path, mode)  # a fix keeps the file's permissions
    return FileFix(path, first.text, catalog.text, fixed, remaining)


def _plan(
    catalog: UnitCatalog,
    lines: list[int],
    findings: list[Finding],
    unsafe: bool,
    glossary: Glossary | None = None,
) -> tuple[dict[int, str], list[Finding]]:
    """The new target per unit index and the findings it fixes.

    One suggestion per unit and pass (findings suggesting the same target share it); the
    others are found again by the recheck and wait for the next pass.
    """
    index = {
        (unit.id, line): i for i, (unit, line) in enumerate(zip(catalog.units, lines, strict=True))
    }
    targets: dict[int, str] = {}
    applied: list[Finding] = []
    for finding in findings:
        i = index.get((finding.segment_id or "", finding.line))
        target = finding.suggestion
        if (
            i is None
            or target is None
            or not applies(finding, unsafe)
            or target == catalog.units[i].target
            or not _translated(catalog.units[i], target)
            or not catalog.takes(i, target)
            or not _keeps_meaning(glossary, catalog.units[i], target)
        ):
            continue
        if targets.setdefault(i, target) == target:
            applied.append(finding)
    return targets, applied


def _keeps_meaning(glossary: Glossary | None, unit: TranslationUnit, target: str) -> bool:
    if glossary is None:
        return True
    from pipeline.fix.meaning import MeaningGuard

    return MeaningGuard(glossary, unit.target_lang).allows_target(unit.target, target)


def _moved(finding: Finding, moved: dict[tuple[str, int], int]) -> Finding:
    """`finding` at its unit's line in the fixed file."""
    line = moved.get((finding.segment_id or "", finding.line))
    if line is None or line == finding.line:
        return finding
    return finding.model_copy(
        update={"line": line, "end_line": line + finding.end_line - finding.line}
    )


def _verify(before: UnitCatalog, after: UnitCatalog, targets: dict[int, str], path: Path) -> None:
    """Raise unless `after` has the units of `before` with only `targets` changed."""
    expected = [
        unit.model_copy(update={"target": targets[i]}) if i in targets else unit
        for i, unit in enumerate(before.units)
    ]
    if [u.model_dump(exclude={"line"}) for u in after.units] != [
        u.model_dump(exclude={"line"}) for u in expected
    ]:
        raise InputError(
            "cannot fix: the file would change beyond the fixed translations (left unchanged)",
            str(path),
        )


def _translated(unit: TranslationUnit, target: str) -> bool:
    """Only real, unapproved translations change, and never into an empty one."""
    return unit.state is UnitState.TRANSLATED and bool(unit.target.strip() and target.strip())
