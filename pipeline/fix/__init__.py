"""Autofix: apply the findings' suggestions to article files (`check --fix`, `--diff`).

A fixed file keeps its encoding (a Windows-1252 file stays Windows-1252, a byte-order mark
stays) and its newlines (CRLF stays CRLF), as ruff never changes either; converting a file
to UTF-8 is ENC001's advice, not a fix. PO/POT and XLIFF files are fixed by
`fix_bilingual_file` (pipeline.fix.bilingual: unit targets, not text ranges); TMX is not.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pipeline.core.errors import InputError
from pipeline.core.models import Finding
from pipeline.fix.apply import (
    MAX_PASSES,
    Checker,
    Guard,
    applicable,
    fix_text,
    normalise_newlines,
)
from pipeline.fix.diff import unified_diff
from pipeline.formats.codec import decode_source, encode_source


@dataclass(frozen=True)
class FileFix:
    """What fixing one file did (or, without writing, would do)."""

    path: Path
    before: str  # decoded, with the file's own newlines
    after: str
    fixed: list[Finding]
    remaining: list[Finding]

    @property
    def changed(self) -> bool:
        return self.before != self.after

    def diff(self) -> str:
        return unified_diff(self.before, self.after, str(self.path))


def fix_file(
    path: Path,
    encoding: str,
    check: Checker,
    *,
    unsafe: bool = False,
    write: bool = True,
    max_passes: int = MAX_PASSES,
    guard: Guard | None = None,
) -> FileFix:
    """Fix one article file in place (atomically) unless `write` is False.

    `encoding` is the one the reader found (`Document.encoding`); `check` gets the text with
    LF newlines and returns its findings; `guard` refuses edits that change the meaning
    (pipeline.fix.meaning).
    """
    import os

    from pipeline.core.fs import ChangedWhileWritingError, atomic_write_bytes

    try:
        original = path.read_bytes()
        mode = path.stat().st_mode
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror}", str(path)) from exc
    before = decode_source(original, encoding)
    if encode_source(before, encoding, original) != original:
        raise InputError(
            "not fixed: the file does not read back byte for byte (bytes that are not "
            f"{encoding}); repair them first",
            str(path),
        )
    result = fix_text(before, check, unsafe=unsafe, max_passes=max_passes, guard=guard)
    if result.text != before:
        try:
            data = encode_source(result.text, encoding, original)
        except InputError as exc:
            raise InputError(exc.message, str(path)) from exc
        if write:
            try:
                atomic_write_bytes(path, data, expected=original)
            except ChangedWhileWritingError as exc:
                raise InputError(
                    "not fixed: the file changed while it was checked", str(path)
                ) from exc
            os.chmod(path, mode)  # a fix keeps the file's permissions
    return FileFix(path, before, result.text, result.fixed, result.remaining)


# Last: pipeline.fix.bilingual builds on FileFix and the codecs above.
from pipeline.fix.bilingual import fix_bilingual_file  # noqa: E402

__all__ = [
    "MAX_PASSES",
    "FileFix",
    "applicable",
    "decode_source",
    "encode_source",
    "fix_bilingual_file",
    "fix_file",
    "normalise_newlines",
    "unified_diff",
]
