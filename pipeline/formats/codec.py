"""A file's text exactly as it is written, and back: the codec that round-trips what the
readers decoded (byte-order mark and newlines kept), which every fix writer uses, articles
and translation files alike."""

from __future__ import annotations

import codecs

from pipeline.core.errors import InputError
from pipeline.ingest.decoding import UTF8_WITH_ERRORS


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
