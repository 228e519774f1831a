"""A UTF-8 article with a few bytes that are not UTF-8 is UTF-8 with errors, never cp1252."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli.main import cli
from pipeline.ingest.decoding import UTF8_WITH_ERRORS, decode_bytes

GLOSSARY = """concept_id,lang,term,status,note,source
fasciculation,da,muskeltrækning,preferred,,
fasciculation,da,muskelsvindning,forbidden,mistranslation,article
"""
# UTF-8 Danish with one Windows-1252 "ø" (0xF8) and one lone continuation byte (0x80)
DAMAGED = (
    "Muskeltrækninger\n\nPatienten har muskelsvindninger i læggen.\n".encode()
    + b"Det er h\xf8jst ufarligt, og tr\x80kningerne g\xc3\xa5r over.\n"
)


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "glossary.csv").write_text(GLOSSARY, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        ("Muskeltrækninger i benene.\n".encode("cp1252"), "cp1252"),
        ("Muskeltrækninger i benene.\n".encode(), "utf-8"),
        (b"Muskeltr\xc3\xa6kninger og \xe6ble.\n", UTF8_WITH_ERRORS),
    ],
)
def test_the_encoding_is_judged_by_what_most_of_the_file_is(data: bytes, encoding: str) -> None:
    assert decode_bytes(data, "a.txt")[1] == encoding


def test_each_bad_byte_is_an_error_at_its_line_and_column(workdir: Path) -> None:
    (workdir / "a.txt").write_bytes(DAMAGED)

    result = CliRunner().invoke(cli, ["check", "a.txt", "--format", "json", "--no-cache"])

    findings = json.loads(result.stdout)["findings"]
    stray = [(f["line"], f["column"]) for f in findings if f["code"] == "ENC001"]
    assert stray == [(4, 9), (4, 29)]
    assert any(f["code"] == "TERM001" and f["match"] == "muskelsvindninger" for f in findings)
    assert "Ã" not in result.stdout  # the UTF-8 "æ" was not read as cp1252


def test_fix_refuses_a_file_it_cannot_write_back_byte_for_byte(workdir: Path) -> None:
    (workdir / "a.txt").write_bytes(DAMAGED)

    result = CliRunner().invoke(cli, ["check", "a.txt", "--fix", "--no-cache"])

    assert result.exit_code == 2
    (line,) = [ln for ln in result.stderr.splitlines() if ln.startswith("error:")]
    assert line.startswith("error: a.txt") and "not fixed" in line
    assert (workdir / "a.txt").read_bytes() == DAMAGED


def test_a_clean_utf8_file_is_still_fixed(workdir: Path) -> None:
    (workdir / "a.txt").write_text(
        "Muskeltrækninger\n\nPatienten har muskelsvindninger i læggen.\n", encoding="utf-8"
    )

    result = CliRunner().invoke(cli, ["check", "a.txt", "--fix", "--no-cache"])

    assert result.exit_code == 0, result.output
    assert "muskeltrækninger i læggen" in (workdir / "a.txt").read_text(encoding="utf-8")
