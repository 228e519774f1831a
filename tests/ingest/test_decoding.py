"""Bad input gets a clear error naming the file; legacy encodings are decoded and reported."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.core.errors import InputError
from pipeline.ingest import read_document
from pipeline.ingest.decoding import decode_bytes, decode_file

ARTICLE = "Muskeltrækninger\n\nMuskeltrækninger er et symptom på mange ting.\n"


def test_utf8_with_bom_is_read_and_reported(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"))
    doc = read_document(path, language="da")
    assert doc.encoding == "utf-8-sig"
    assert doc.title is not None and doc.title.text == "Muskeltrækninger"
    assert (doc.title.span.line, doc.title.span.column) == (1, 1)


def test_cp1252_is_decoded_not_mangled(tmp_path: Path) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes(ARTICLE.encode("cp1252"))
    doc = read_document(path, language="da")
    assert doc.encoding == "cp1252"
    assert doc.title is not None and doc.title.text == "Muskeltrækninger"


def test_latin1_only_bytes_fall_back_to_latin1(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Titel\n\nSætning med \x81 tegn.\n".encode("latin-1"))
    assert decode_file(path).encoding == "latin-1"


def test_crlf_newlines_keep_line_numbers(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(ARTICLE.replace("\n", "\r\n").encode("utf-8"))
    doc = read_document(path, language="da")
    sentence = doc.sections[0].paragraphs[0].sentences[0]
    assert (sentence.span.line, sentence.span.column) == (3, 1)


def test_binary_file_is_refused_with_path_and_line(tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"GIF89a\n\x00\x01\x02binary")
    with pytest.raises(InputError) as error:
        read_document(path)
    assert str(error.value) == f"{path}:2: binary file (NUL byte), not a text article"


def test_empty_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_text("  \n\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"empty\.txt: file is empty"):
        read_document(path)


def test_huge_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_text("ord " * 1000, encoding="utf-8")
    with pytest.raises(InputError, match=r"huge.txt: file is too large"):
        decode_file(path, max_bytes=1000)


def test_unsupported_extension_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "article.docx"
    path.write_bytes(b"PK\x03\x04")
    with pytest.raises(InputError, match=r"unsupported file type '.docx'"):
        read_document(path)


def _control_oracle(sample: str) -> tuple[int, int | None]:
    """The rule in plain words: characters below U+0020 but for newline, tab, form feed and
    vertical tab; how many, and the offset of the first."""
    found = [i for i, ch in enumerate(sample) if ord(ch) < 32 and ch not in "\n\t\f\v"]
    return len(found), (found[0] if found else None)


@pytest.mark.parametrize("code", range(32))
def test_control_characters_counted_as_the_rule_says(code: int) -> None:
    """Each code point below U+0020, alone in 20 characters of text (5 %), is refused exactly
    when the rule counts it, with the line of its first occurrence."""
    text = "Linje et\nLinje to\n" + chr(code) + "x"
    read = text.replace("\r", "\n")  # newlines are normalised first
    count, first = _control_oracle(read)
    if not count:
        assert decode_bytes(text.encode(), "a.txt")[0] == read
        return
    with pytest.raises(InputError) as caught:
        decode_bytes(text.encode(), "a.txt")
    assert first == read.index(chr(code))
    kind = "NUL byte" if code == 0 else "control characters"
    assert str(caught.value).startswith(f"a.txt:3: binary file ({kind})")


def test_a_few_control_characters_in_a_long_text_are_kept() -> None:
    """At most 1 % of the first 8 KiB: a stray character in an article is not a binary file
    (ENC checks report it); one more than 1 % is."""
    body = ("Muskeltrækninger er almindelige. " * 10)[:99]
    kept = body + "\x07"  # 1 of 100
    assert decode_bytes(kept.encode(), "a.txt")[0] == kept
    assert _control_oracle(kept)[0] / len(kept) <= 0.01
    refused = body[:98] + "\x07\x07"  # 2 of 100
    with pytest.raises(InputError, match="binary file"):
        decode_bytes(refused.encode(), "a.txt")
