"""Ingest turns what a format read into Documents: an article format (pipeline.formats, chosen
by the file's suffix) splits the decoded text into blocks; ingest segments them into
sections, paragraphs and sentences with ids and exact positions."""

from __future__ import annotations

from pathlib import Path

from pipeline.core.errors import InputError
from pipeline.core.models import Document
from pipeline.formats import ArticleFormat, article_format, bilingual_format, formats, suffixes
from pipeline.ingest.builder import SourceInfo, build_document
from pipeline.ingest.decoding import decode_file


def __getattr__(name: str) -> dict[str, str]:
    # READERS, computed when asked: the format modules import this package's decoder
    if name == "READERS":
        return {s: fmt.name for fmt in formats("article") for s in sorted(fmt.suffixes)}
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def supported(path: Path) -> bool:
    return article_format(path) is not None or is_bilingual(path)


def supported_types() -> str:
    """Every suffix `check` reads, articles and translation files, for error messages."""
    return ", ".join(
        [*sorted(suffixes("article")), *sorted(suffixes("bilingual")), "content.<lang>.json"]
    )


def is_bilingual(path: Path) -> bool:
    return bilingual_format(path) is not None


def _format_of_suffix(suffix: str) -> ArticleFormat:
    found = article_format(Path(f"article{suffix}"))
    if found is None:
        raise InputError(f"unsupported file type {suffix or '(none)'!r}")
    return found


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

    fmt = _format_of_suffix(suffix)
    try:
        blocks = fmt.blocks(text)
    except InputError as exc:
        if exc.path is None:  # a reader knows the line, the caller the file
            raise InputError(exc.message, path, exc.line) from None
        raise
    if not blocks:
        raise InputError("no article text found", path)
    if language is None:
        language = detect_document_language(" ".join(b.text for b in blocks))
    if not sha256:
        import hashlib

        sha256 = hashlib.sha256(text.encode("utf-8")).hexdigest()
    info = SourceInfo(
        path=path, format=fmt.name, encoding=encoding, sha256=sha256, language=language
    )
    return build_document(blocks, text, info)


def read_document(path: Path, language: str | None = None) -> Document:
    """Read an article file; raises InputError (naming the file) for unusable input."""
    suffix = path.suffix.lower()
    if article_format(path) is None:
        raise InputError(
            f"unsupported file type {suffix or '(none)'!r} (supported: {supported_types()})",
            str(path),
        )
    decoded = decode_file(path)
    return ingest_text(decoded.text, str(path), suffix, language, decoded.encoding, decoded.sha256)


__all__ = [
    "ingest_text",
    "is_bilingual",
    "read_document",
    "supported",
    "supported_types",
]
