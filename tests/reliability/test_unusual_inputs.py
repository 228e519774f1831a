"""Damaged or unusual inputs are one-line errors naming file and line; the other files are
still checked; nothing ends in a traceback."""

from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli.main import cli
from pipeline.ingest.builder import LONG_PARAGRAPH
from pipeline.ingest.decoding import decode_bytes

OK = "Hjertet\n\nHjertet pumper blod rundt i kroppen hele tiden.\n"
DANISH = "Hjertet\n\nHjertet pumper blod rundt i kroppen.\n"


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "glossary.csv").write_text("concept_id,lang,term,status\n", encoding="utf-8")
    (tmp_path / "ok.txt").write_text(OK, encoding="utf-8")
    return tmp_path


def check(*paths: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["check", *paths, "ok.txt", "--no-cache", "--lang", "da"])
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize(
    ("data", "line", "message"),
    [
        (codecs.BOM_UTF16_LE + DANISH.encode("utf-16-le") + b"A", 4, "odd number of bytes"),
        (
            codecs.BOM_UTF16_LE + "Titel\n\nEn ".encode("utf-16-le") + b"\x00\xd8" + b"x\x00",
            3,
            "invalid UTF-16",
        ),
        (codecs.BOM_UTF16_BE + DANISH.encode("utf-16-be")[:-1], 3, "odd number of bytes"),
    ],
)
def test_damaged_utf16_is_an_error_at_its_line(
    workdir: Path, data: bytes, line: int, message: str
) -> None:
    (workdir / "bad.txt").write_bytes(data)

    code, out, err = check("bad.txt")

    assert code == 2
    (error,) = err.splitlines()
    assert error.startswith(f"error: bad.txt:{line}: ") and message in error
    assert "in 2 files" in out  # ok.txt was checked too


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_read_not_called_binary(codec: str) -> None:
    text, encoding = decode_bytes(DANISH.encode(codec), "a.txt")

    assert (text, encoding) == (DANISH, codec)


def test_a_binary_file_is_still_refused() -> None:
    with pytest.raises(Exception, match="binary file"):
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "a.txt")


def test_a_paragraph_longer_than_spacy_accepts_is_checked(workdir: Path) -> None:
    sentence = "Patienten har ondt i ryggen og i benene. "
    body = sentence * (1_000_001 // len(sentence) + 1)
    assert len(body) > 1_000_000 > LONG_PARAGRAPH
    (workdir / "long.txt").write_text(f"Ryggen\n\n{body}\n", encoding="utf-8")

    result = CliRunner().invoke(cli, ["run", "long.txt", "--out", "out", "--lang", "da"])

    assert result.exit_code in (0, 1), result.output
    assert (workdir / "out" / "long" / "content.da.json").exists()


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: None, "no such file or folder"),
        (lambda d: os.mkfifo(d / "bad.txt"), "not a regular file (a named pipe)"),
        (lambda d: (d / "bad.txt").symlink_to(d / "bad.txt"), "symbolic link loop"),
        (lambda d: (d / "bad.txt").symlink_to(d / "gone.txt"), "broken symbolic link"),
    ],
)
def test_an_unusable_path_is_reported_and_the_other_files_checked(
    workdir: Path, make: object, message: str
) -> None:
    assert callable(make)
    make(workdir)

    code, out, err = check("bad.txt")

    assert code == 2
    assert err.strip() == f"error: bad.txt: {message}" or err.startswith(
        f"error: bad.txt: {message}"
    )
    assert "in 1 file" in out  # ok.txt


def test_a_configuration_that_is_not_utf8_is_one_line_naming_file_and_line(
    workdir: Path,
) -> None:
    (workdir / "content-pipeline.toml").write_bytes(
        b'glossary = "glossary.csv"\nlanguage = "d\xe6"\n'
    )

    result = CliRunner().invoke(cli, ["check", "ok.txt", "--no-cache"])

    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        "error: content-pipeline.toml:2: not UTF-8 (byte 0xe6 at offset 39); "
        "save the configuration as UTF-8"
    ]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_cache_that_cannot_be_written_is_a_warning_and_findings_are_printed(
    workdir: Path, jobs: str
) -> None:
    (workdir / "blocker").write_text("a file where the cache folder should go", encoding="utf-8")
    (workdir / "bad.txt").write_text("Hjertet\n\nDet er er godt.\n", encoding="utf-8")

    result = CliRunner().invoke(
        cli, ["check", "bad.txt", "ok.txt", "--cache-dir", "blocker/c", "-j", jobs]
    )

    assert result.exit_code == 1  # the finding's exit code, not an input error
    assert "bad.txt:3:5: MECH001" in result.stdout
    assert "warning: blocker/c: findings cache not written" in result.stderr


@pytest.mark.parametrize("depth", [100_000, 150])
def test_a_quote_nested_deeper_than_read_is_an_error_at_its_line_not_lost_text(
    workdir: Path, depth: int
) -> None:
    (workdir / "deep.md").write_text(
        "# Hjertet\n\n" + "> " * depth + "Hjertet pumper blod rundt i kroppen.\n",
        encoding="utf-8",
    )

    code, out, err = check("deep.md")

    assert code == 2
    assert err.startswith("error: deep.md:3: quotes or lists nested more than")
    assert "1 file could not be read" in out and "in 2 files" in out  # ok.txt still checked


def test_a_quote_nested_as_deep_as_articles_go_is_read(workdir: Path) -> None:
    (workdir / "quoted.md").write_text(
        "# Hjertet\n\n" + "> " * 30 + "Hjertet pumper blod rundt i kroppen.\n", encoding="utf-8"
    )
    result = CliRunner().invoke(
        cli, ["check", "quoted.md", "--no-cache", "--lang", "da", "--format", "json"]
    )
    assert result.exit_code in (0, 1), result.output
    from pipeline.ingest import read_document

    texts = [s.text for s in read_document(workdir / "quoted.md").segments()]
    assert "Hjertet pumper blod rundt i kroppen." in texts
