"""Reading a translation file's bytes, as every bilingual format does: bounded, refused when
empty or binary, and UTF-16 judged by the article decoder's own rule
(pipeline.ingest.decoding), so a file saved as UTF-16 without a byte-order mark is read as
UTF-16 here too, not called binary."""

from __future__ import annotations

import codecs
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pipeline.core.errors import InputError
from pipeline.ingest.decoding import MAX_BYTES, decode_utf16, utf16_codec

_BOMS = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}


def read_bytes(path: Path) -> bytes:
    """A translation file's bytes, refused when too large, empty or binary (InputError).

    UTF-16 without a byte-order mark gets the mark it lacks, so an XML parser reads it as
    the UTF-16 it is; damaged UTF-16 (odd length, a lone surrogate) is an error at its line.
    """
    from pipeline.core.fs import UnreadableFileError, read_bounded

    try:
        data = read_bounded(path, MAX_BYTES)  # refused by its size before it is read
    except UnreadableFileError as exc:
        raise InputError(str(exc), str(path)) from exc
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror}", str(path)) from exc
    if not data.strip():
        raise InputError("file is empty", str(path))
    codec = utf16_codec(data)
    if codec is not None:
        decode_utf16(data, codec, str(path))  # raises at the damage, if any
        return _BOMS.get(codec, b"") + data
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise InputError("binary file (NUL byte)", str(path), line)
    return data


def as_utf8(data: bytes, path: Path) -> bytes:
    """UTF-16 bytes (as `read_bytes` returns them) in UTF-8, for a parser that reads bytes
    by a declared charset (PO); other bytes unchanged."""
    codec = utf16_codec(data)
    if codec is None:
        return data
    text = decode_utf16(data, "utf-16" if codec in _BOMS else codec, str(path))
    return text.encode("utf-8")


def transcoded(data: bytes) -> bool:
    """Whether the readers read `data` through a conversion (UTF-16 without its mark), so a
    fix could not write the file back byte for byte as it is."""
    codec = utf16_codec(data)
    return codec is not None and codec != "utf-16"


def parse_xml(parse: Callable[[bytes], Any], data: bytes, path: Path, kind: str) -> Any:
    """`parse(data)` with lxml's and translate-toolkit's failures as InputError."""
    try:
        return parse(data)
    except SyntaxError as exc:  # lxml's XMLSyntaxError
        raise InputError(f"malformed XML ({exc.msg})", str(path), exc.lineno) from exc
    except (AssertionError, StopIteration, ValueError) as exc:  # the store's structure checks
        why = str(exc) or "unexpected structure"
        raise InputError(f"not a valid {kind} file ({why})", str(path)) from exc
