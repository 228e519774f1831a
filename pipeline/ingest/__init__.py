"""Readers turn article files into Documents; the reader is chosen by file extension."""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from pathlib import Path

from pipeline.core.errors import InputError
from pipeline.core.models import Document
from pipeline.ingest.builder import Block, SourceInfo, build_document
from pipeline.ingest.decoding import decode_file

# extension → ("module:function", format name); readers are imported only when used.
READERS: dict[str, tuple[str, str]] = {
    ".txt": ("pipeline.ingest.plaintext:read_plaintext", "text"),
    ".text": ("pipeline.ingest.plaintext:read_plaintext", "text"),
    ".md": ("pipeline.ingest.markdown:read_markdown", "markdown"),
    ".markdown": ("pipeline.ingest.markdown:read_markdown", "markdown"),
}


# bilingual files (translation units, not articles): read by pipeline.ingest.bilingual
PO_SUFFIXES = frozenset({".po", ".pot"})
XLIFF_SUFFIXES = frozenset({".xlf", ".xliff"})
BILINGUAL_SUFFIXES = PO_SUFFIXES | XLIFF_SUFFIXES | {".tmx"}
# …and the content files `run`/`translate` write, by name: any other .json is not ours
CONTENT_FILE = re.compile(r"content\.[A-Za-z]{2,3}(?:[-_@][A-Za-z0-9]+)*\.json")


def supported(path: Path) -> bool:
    return path.suffix.lower() in READERS or is_bilingual(path)


def is_bilingual(path: Path) -> bool:
    return (
        path.suffix.lower() in BILINGUAL_SUFFIXES or CONTENT_FILE.fullmatch(path.name) is not None
    )


def _reader(suffix: str) -> tuple[Callable[[str], list[Block]], str]:
    target, fmt = READERS[suffix]
    module_name, attribute = target.split(":")
    function: Callable[[str], list[Block]] = getattr(
        importlib.import_module(module_name), attribute
    )
    return function, fmt


def ingest_text(
    text: str,
    path: str = "<text>",
    suffix: str = ".txt",
    language: str | None = None,
    encoding: str = "utf-8",
    sha256: str = "",
) -> Document:
    """Build a Document from already decoded text (tests, stdin, other stages)."""
    from pipeline.ingest.language import detect_document_language

    reader, fmt = _reader(suffix)
    blocks = reader(text)
    if not blocks:
        raise InputError("no article text found", path)
    if language is None:
        language = detect_document_language(" ".join(b.text for b in blocks))
    if not sha256:
        import hashlib

        sha256 = hashlib.sha256(text.encode("utf-8")).hexdigest()
    info = SourceInfo(path=path, format=fmt, encoding=encoding, sha256=sha256, language=language)
    return build_document(blocks, text, info)


def read_document(path: Path, language: str | None = None) -> Document:
    """Read an article file; raises InputError (naming the file) for unusable input."""
    suffix = path.suffix.lower()
    if suffix not in READERS:
        known = ", ".join(sorted(READERS))
        bilingual = ", ".join(sorted(BILINGUAL_SUFFIXES))
        raise InputError(
            f"unsupported file type {suffix or '(none)'!r} (supported: {known}; "
            f"`check` also reads {bilingual} and content.<lang>.json)",
            str(path),
        )
    decoded = decode_file(path)
    return ingest_text(decoded.text, str(path), suffix, language, decoded.encoding, decoded.sha256)


__all__ = [
    "BILINGUAL_SUFFIXES",
    "PO_SUFFIXES",
    "READERS",
    "XLIFF_SUFFIXES",
    "ingest_text",
    "is_bilingual",
    "read_document",
    "supported",
]
