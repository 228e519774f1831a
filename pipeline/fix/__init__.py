"""Autofix: apply the findings' suggestions to article files (`check --fix`, `--diff`).

A fixed file keeps its encoding (a Windows-1252 file stays Windows-1252, a byte-order mark
stays) and its newlines (CRLF stays CRLF), as ruff never changes either; converting a file
to UTF-8 is ENC001's advice, not a fix. PO/POT and XLIFF files are fixed by
`fix_bilingual_file` (pipeline.fix.bilingual: unit targets, not text ranges); TMX is not.
"""

from __future__ import annotations

import codecs
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
from pipeline.ingest.decoding import UTF8_WITH_ERRORS


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


def _codec(data: bytes, encoding: str) -> tuple[str, bytes]:
    """The Python codec that round-trips a file the reader decoded as `encoding`, and its BOM."""
    if encoding == "utf-16":
        if data.startswith(codecs.BOM_UTF16_BE):
            return "utf-16-be", codecs.BOM_UTF16_BE
        return "utf-16-le", codecs.BOM_UTF16_LE
    if encoding == "utf-8-sig":
        return "utf-8", codecs.BOM_UTF8
    if encoding == UTF8_WITH_ERRORS:
        return "utf-8", b""
    return encoding, b""


def decode_source(data: bytes, encoding: str) -> str:
    """A file's text as it is: decoded as the reader decoded it, newlines untouched (bytes the
    encoding cannot decode become U+FFFD, so the text no longer encodes back to `data`)."""
    codec, bom = _codec(data, encoding)
    body = data[len(bom) :] if data.startswith(bom) else data
    return body.decode(codec, errors="replace")


def encode_source(text: str, encoding: str, original: bytes) -> bytes:
    """`text` in the file's encoding, with its byte-order mark when it had one."""
    codec, bom = _codec(original, encoding)
    try:
        return bom + text.encode(codec)
    except UnicodeEncodeError as exc:
        raise InputError(
            f"cannot write the fix: {exc.object[exc.start : exc.end]!r} has no {encoding} "
            "encoding (convert the file to UTF-8 first)"
        ) from exc


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
