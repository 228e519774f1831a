"""Applying findings' suggestions to a source text: edits, line deletions, passes, newlines."""

from __future__ import annotations

from pathlib import Path

from pipeline.checks import check_document
from pipeline.core.models import Finding, Severity
from pipeline.fix import decode_source, encode_source, fix_file
from pipeline.fix.apply import apply_edits, fix_text, plan
from pipeline.fix.diff import unified_diff
from pipeline.glossary import load_glossary
from pipeline.glossary.model import Glossary
from pipeline.ingest import ingest_text

GLOSSARY = """concept_id,lang,term,status,note,source
fasciculation,da,muskeltrækning,preferred,,
fasciculation,da,muskelsvindning,forbidden,,
"""


def finding(
    line: int,
    column: int,
    match: str,
    suggestion: str | None,
    *,
    end_line: int | None = None,
    end_column: int | None = None,
    fixable: bool = True,
    code: str = "TERM001",
) -> Finding:
    return Finding(
        code=code,
        name="test",
        severity=Severity.ERROR,
        message="test",
        path="a.txt",
        line=line,
        column=column,
        end_line=end_line or line,
        end_column=end_column or column + len(match),
        match=match,
        suggestion=suggestion,
        fixable=fixable,
    )


def fixed(text: str, *findings: Finding, unsafe: bool = False) -> str:
    return apply_edits(text, plan(text, findings, unsafe))


def test_a_suggestion_replaces_the_match() -> None:
    text = "Titel\n\nDer var muskelsvindninger.\n"
    result = fixed(text, finding(3, 9, "muskelsvindninger", "muskeltrækninger"))
    assert result == "Titel\n\nDer var muskeltrækninger.\n"


def test_a_finding_without_a_safe_fix_is_left_alone() -> None:
    text = "Der var sikl.\n"
    assert fixed(text, finding(1, 9, "sikl", "savlen", fixable=False)) == text
    assert fixed(text, finding(1, 9, "sikl", None)) == text


def test_unsafe_applies_a_suggestion_that_is_not_fixable() -> None:
    text = "Der var sikl.\n"
    result = fixed(text, finding(1, 9, "sikl", "savlen", fixable=False), unsafe=True)
    assert result == "Der var savlen.\n"


def test_a_spelling_guess_is_never_applied_even_unsafe() -> None:
    text = "Der var muskeltrækniger.\n"
    guess = finding(1, 9, "muskeltrækniger", "muskeltrækninger", fixable=False, code="SPELL001")
    assert fixed(text, guess, unsafe=True) == text


def test_a_match_that_differs_from_its_source_is_not_replaced() -> None:
    # Markdown: the match "muskelsvindninger" spans "muskel**svindninger"; replacing the
    # range would lose the markup.
    text = "Der var muskel**svindninger**.\n"
    wrong = finding(1, 9, "muskelsvindninger", "muskeltrækninger", end_column=28)
    assert fixed(text, wrong) == text


def test_deleting_a_line_takes_one_adjacent_blank_line() -> None:
    text = "Titel\n\nIndholdsfortegnelse:\n\nFørste afsnit.\n"
    result = fixed(text, finding(3, 1, "Indholdsfortegnelse:", "", code="MT001"))
    assert result == "Titel\n\nFørste afsnit.\n"


def test_deleting_the_last_line_takes_the_blank_line_before_it() -> None:
    text = "Titel\n\nFørste afsnit.\n\nTitel"
    result = fixed(text, finding(5, 1, "Titel", "", code="MT002"))
    assert result == "Titel\n\nFørste afsnit.\n"


def test_deleting_the_first_line_takes_the_blank_line_after_it() -> None:
    text = "Anonim\n\nTitel\n\nFørste afsnit.\n"
    assert fixed(text, finding(1, 1, "Anonim", "", code="MT001")) == "Titel\n\nFørste afsnit.\n"


def test_deleting_a_line_between_text_lines_takes_only_that_line() -> None:
    text = "Titel\nAnonim\nFørste afsnit.\n"
    assert fixed(text, finding(2, 1, "Anonim", "", code="MT001")) == "Titel\nFørste afsnit.\n"


def test_deleting_a_markdown_heading_takes_its_marker() -> None:
    text = "# Titel\n\nFørste afsnit.\n\n## Titel\n"
    result = fixed(text, finding(5, 4, "Titel", "", code="MT002"))
    assert result == "# Titel\n\nFørste afsnit.\n"


def test_deleting_trailing_whitespace_keeps_the_line() -> None:
    text = "Titel\n\nFørste afsnit.  \n\nAndet.\n"
    result = fixed(text, finding(3, 15, "  ", "", code="MECH002"))
    assert result == "Titel\n\nFørste afsnit.\n\nAndet.\n"


def test_a_whitespace_only_line_is_emptied_not_deleted() -> None:
    text = "Titel\n  \nFørste afsnit.\n"
    assert fixed(text, finding(2, 1, "  ", "", code="MECH002")) == "Titel\n\nFørste afsnit.\n"


def test_overlapping_edits_apply_the_first_only() -> None:
    text = "Det er er godt.\n"
    first = finding(1, 5, "er er", "er", code="MECH001")
    second = finding(1, 7, "er godt", "godt", code="MECH001")
    assert fixed(text, first, second) == "Det er godt.\n"


def test_the_same_edit_from_two_findings_is_applied_once() -> None:
    text = "Han gik til træning.\n"
    admitted = finding(1, 13, "træning", "motion", fixable=False, code="TERM003")
    inconsistent = finding(1, 13, "træning", "motion", fixable=False, code="TERM004")
    edits = plan(text, [admitted, inconsistent], unsafe=True)
    assert [(e.start, e.end, e.replacement, len(e.findings)) for e in edits] == [
        (12, 19, "motion", 2)
    ]


def test_crlf_newlines_are_kept_around_an_edit() -> None:
    raw = "Titel\r\n\r\nDer var muskelsvindninger.\r\n"
    lf = raw.replace("\r\n", "\n")
    edits = plan(lf, [finding(3, 9, "muskelsvindninger", "muskeltrækninger")])
    assert apply_edits(raw, edits) == "Titel\r\n\r\nDer var muskeltrækninger.\r\n"


def test_a_deleted_line_in_a_crlf_text_takes_its_crlf() -> None:
    raw = "Titel\r\n\r\nAnonim\r\n\r\nFørste afsnit.\r\n"
    lf = raw.replace("\r\n", "\n")
    edits = plan(lf, [finding(3, 1, "Anonim", "", code="MT001")])
    assert apply_edits(raw, edits) == "Titel\r\n\r\nFørste afsnit.\r\n"


def _checker(tmp_path: Path) -> tuple[Glossary, str]:
    csv = tmp_path / "glossary.csv"
    csv.write_text(GLOSSARY, encoding="utf-8")
    return load_glossary(csv), "a.txt"


def test_fixes_are_applied_pass_after_pass(tmp_path: Path) -> None:
    glossary, path = _checker(tmp_path)

    def check(text: str) -> list[Finding]:
        document = ingest_text(text, path, ".txt", "da")
        return check_document(document, glossary, select=["MECH001", "MT"])

    # "er er er": the first pass removes one doubling, the second the other; the two
    # boilerplate lines at the end share a blank line, so the second waits a pass.
    text = "Titel\n\nDet er er er godt.\n\nAnonim\n\nIndholdsfortegnelse:\n"
    result = fix_text(text, check)
    assert result.text == "Titel\n\nDet er godt.\n"
    assert [f.code for f in result.fixed] == ["MECH001", "MT001", "MECH001", "MT001"]
    assert result.remaining == []
    assert result.passes == 2


def test_a_fix_that_would_empty_the_text_is_not_applied() -> None:
    def check(text: str) -> list[Finding]:
        return [finding(1, 1, "Anonim", "", code="MT001")] if text.strip() else []

    result = fix_text("Anonim\n", check)
    assert result.text == "Anonim\n"
    assert result.fixed == []


def test_fixes_that_undo_each_other_stop() -> None:
    def check(text: str) -> list[Finding]:
        word = text.strip()
        return [finding(1, 1, word, "b" if word == "a" else "a")]

    result = fix_text("a\n", check)
    assert result.text == "b\n"
    assert result.passes == 1


def test_cp1252_and_a_byte_order_mark_round_trip() -> None:
    data = "Muskeltrækninger\r\n".encode("cp1252")
    assert encode_source(decode_source(data, "cp1252"), "cp1252", data) == data
    bom = "\ufeffMuskeltrækninger\n".encode()
    text = decode_source(bom, "utf-8-sig")
    assert text == "Muskeltrækninger\n"
    assert encode_source(text, "utf-8-sig", bom) == bom
    be = "\ufeffÆble\n".encode("utf-16-be")
    assert encode_source(decode_source(be, "utf-16"), "utf-16", be) == be


def test_fix_file_without_write_leaves_the_file(tmp_path: Path) -> None:
    file = tmp_path / "a.txt"
    file.write_bytes(b"Titel\n\nAnonim\n\nTekst.\n")
    result = fix_file(
        file,
        "utf-8",
        lambda text: [finding(3, 1, "Anonim", "", code="MT001")] if "Anonim" in text else [],
        write=False,
    )
    assert result.changed
    assert result.after == "Titel\n\nTekst.\n"
    assert file.read_bytes() == b"Titel\n\nAnonim\n\nTekst.\n"


def test_unified_diff_marks_a_last_line_without_newline() -> None:
    assert unified_diff("Titel\n\nTekst.\n\nTitel", "Titel\n\nTekst.\n", "a.txt") == (
        "--- a.txt\n"
        "+++ a.txt\n"
        "@@ -1,5 +1,3 @@\n"
        " Titel\n"
        " \n"
        " Tekst.\n"
        "-\n"
        "-Titel\n"
        "\\ No newline at end of file\n"
    )


def test_unified_diff_of_equal_texts_is_empty() -> None:
    assert unified_diff("Tekst.\n", "Tekst.\n", "a.txt") == ""
