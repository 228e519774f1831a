"""Turns a file's bytes into text, refusing binary, empty and huge files with a clear error."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path

from pipeline.core.errors import InputError

MAX_BYTES = 20 * 1024 * 1024  # an article larger than this is a mistake, not an article
UTF8_WITH_ERRORS = "utf-8 (with invalid bytes)"


@dataclass(frozen=True)
class DecodedText:
    text: str
    # "utf-8", "utf-8-sig", "utf-16" (with BOM), "utf-16-le"/"utf-16-be" (without), "cp1252",
    # "latin-1", or UTF8_WITH_ERRORS: UTF-8 text with
    # a few bytes that are not UTF-8, each decoded as U+FFFD (and reported by ENC001)
    encoding: str
    sha256: str


# what `_refuse_binary` counts: below U+0020, but for \n, \t, \f and \v
_CONTROL = re.compile(r"[\x00-\x08\r\x0e-\x1f]")


def decode_file(path: Path, max_bytes: int = MAX_BYTES) -> DecodedText:
    import hashlib

    from pipeline.core.fs import UnreadableFileError, read_bounded

    try:
        data = read_bounded(path, max_bytes)
    except UnreadableFileError as exc:
        raise InputError(str(exc), str(path)) from exc
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror}", str(path)) from exc
    text, encoding = decode_bytes(data, str(path))
    return DecodedText(text, encoding, hashlib.sha256(data).hexdigest())


def decode_bytes(data: bytes, path: str) -> tuple[str, str]:
    """Decode and normalise newlines; legacy 8-bit encodings are decoded, not guessed silently.

    The encoding is returned so that a check (ENC001) can report a non-UTF-8 file.
    """
    utf16 = utf16_codec(data)
    if utf16 is not None:
        text, encoding = decode_utf16(data, utf16, path), utf16
    else:
        if b"\x00" in data:
            line = data[: data.index(b"\x00")].count(b"\n") + 1
            raise InputError("binary file (NUL byte), not a text article", path, line)
        if data.startswith(codecs.BOM_UTF8):
            data, encoding = data[len(codecs.BOM_UTF8) :], "utf-8-sig"
        else:
            encoding = "utf-8"
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text, encoding = _decode_undecodable_utf8(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    _refuse_binary(text, path)
    if not text.strip():
        raise InputError("file is empty", path)
    return text, encoding


def utf16_codec(data: bytes) -> str | None:
    """ "utf-16" (with a byte-order mark), "utf-16-le" or "utf-16-be" (without one) for UTF-16
    bytes, else None: the one judgement every reader of the package uses, articles and
    translation files alike."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    return _bare_utf16(data) if b"\x00" in data else None


def _bare_utf16(data: bytes) -> str | None:
    """ "utf-16-le" or "utf-16-be" for UTF-16 saved without a byte-order mark (as some Windows
    tools do), told by the NUL high bytes of its Latin letters; None for anything else."""
    sample = data[:4096]
    if len(sample) < 4 or len(data) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    nul_even, nul_odd = even.count(0) / len(even), odd.count(0) / len(odd)
    if nul_odd > 0.6 and nul_even < 0.05:
        return "utf-16-le"
    if nul_even > 0.6 and nul_odd < 0.05:
        return "utf-16-be"
    return None


def decode_utf16(data: bytes, codec: str, path: str) -> str:
    """UTF-16 text, or an error at the line of the first damage (an odd byte count, a lone
    surrogate) instead of a traceback."""
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].decode(codec, errors="replace").count("\n") + 1
        damage = "odd number of bytes" if len(data) % 2 else exc.reason
        raise InputError(f"invalid UTF-16 ({damage}) at byte {exc.start}", path, line) from None


def _decode_undecodable_utf8(data: bytes) -> tuple[str, str]:
    """A file that is not valid UTF-8: mostly UTF-8 with a few stray bytes, or a legacy file.

    One stray Windows-1252 byte pasted into a UTF-8 article must not turn the whole file into
    Windows-1252 (every "æ" would become "Ã¦", and a fix would write cp1252 bytes into UTF-8
    text). When more characters decode as valid multi-byte UTF-8 than bytes fail, the file is
    UTF-8 with errors: the bad bytes become U+FFFD, and ENC001 reports each one.
    """
    replaced = data.decode("utf-8", errors="replace")
    bad = replaced.count("\ufffd") - data.decode("utf-8", errors="ignore").count("\ufffd")
    valid_non_ascii = sum(1 for ch in replaced if ord(ch) > 127 and ch != "\ufffd")
    if valid_non_ascii >= bad > 0:
        # with or without a byte-order mark: the bad bytes are what ENC001 must point at
        return replaced, UTF8_WITH_ERRORS
    return _decode_legacy(data)


def _decode_legacy(data: bytes) -> tuple[str, str]:
    # Windows-1252 is a superset of Latin-1's printable range; bytes it leaves undefined
    # (0x81, 0x8D, 0x8F, 0x90, 0x9D) only occur in Latin-1 text.
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def _refuse_binary(text: str, path: str) -> None:
    """Refuse a text whose first 8 KiB are more than 1 % control characters (below U+0020,
    but for newline, tab, form feed and vertical tab): a binary file that happens to decode.
    The characters are found by a regular expression, not a Python loop over each one
    (0.4 ms an article)."""
    sample = text[:8192]
    control = _CONTROL.findall(sample)
    if sample and len(control) / len(sample) > 0.01:
        first = _CONTROL.search(sample)
        assert first is not None
        line = sample[: first.start()].count("\n") + 1
        raise InputError("binary file (control characters), not a text article", path, line)
