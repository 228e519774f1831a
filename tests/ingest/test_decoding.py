"""Bad input gets a clear error naming the file; legacy encodings are decoded and reported."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.core.errors import InputError
from pipeline.ingest import read_document
from pipeline.ingest.decoding import decode_file

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
