"""validate_glossary: each kind of problem, reported at its exact line, column and code."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.glossary.validation import GlossaryProblem, validate_glossary

ROOT = Path(__file__).resolve().parents[2]
HEADER = "concept_id,lang,term,status,note,source\n"
SAVLEN = "drooling,da,savlen,preferred,,editor\n"


def write(tmp_path: Path, text: str | bytes) -> Path:
    path = tmp_path / "glossary.csv"
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return path


def found(path: Path) -> list[tuple[int, int, str, str]]:
    """(line, column, severity, code) of every problem, in report order."""
    return [(p.line, p.column, p.severity, p.code) for p in validate_glossary(path)]


def test_a_well_formed_glossary_has_no_problems(tmp_path: Path) -> None:
    path = write(tmp_path, HEADER + SAVLEN + "drooling,da,dræning,forbidden,drainage,article\n")

    assert validate_glossary(path) == []


def test_the_real_glossary_has_no_errors_and_no_warnings() -> None:
    assert validate_glossary(ROOT / "glossary.csv") == []


def test_a_problem_prints_as_path_line_column_severity_code_message() -> None:
    problem = GlossaryProblem("g.csv", 3, 4, "error", "G005", "unknown status 'x'")

    assert str(problem) == "g.csv:3:4: error G005 unknown status 'x'"


def test_an_unreadable_path_is_one_unusable_file_error(tmp_path: Path) -> None:
    problems = validate_glossary(tmp_path)

    assert [(p.line, p.code) for p in problems] == [(1, "G001")]
    assert problems[0].message.startswith("cannot read glossary")


def test_a_binary_file_is_one_unusable_file_error(tmp_path: Path) -> None:
    problems = validate_glossary(write(tmp_path, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))

    assert [(p.line, p.code) for p in problems] == [(1, "G001")]
    assert "binary" in problems[0].message


def test_a_file_that_is_not_utf8_is_reported_at_the_line_of_the_bad_byte(tmp_path: Path) -> None:
    latin1 = (HEADER + SAVLEN + "drooling,da,dræning,forbidden,,\n").encode("latin-1")

    problems = validate_glossary(write(tmp_path, latin1))

    assert [(p.line, p.code) for p in problems] == [(3, "G001")]
    assert "UTF-8" in problems[0].message


def test_an_empty_file_is_one_unusable_file_error(tmp_path: Path) -> None:
    problems = validate_glossary(write(tmp_path, ""))

    assert [(p.line, p.code) for p in problems] == [(1, "G001")]
    assert "empty" in problems[0].message


def test_missing_required_columns_are_one_unusable_file_error(tmp_path: Path) -> None:
    problems = validate_glossary(write(tmp_path, "concept_id,lang,term\ndrooling,da,savlen\n"))

    assert [(p.line, p.code) for p in problems] == [(1, "G001")]
    assert "status" in problems[0].message


def test_an_unknown_extra_column_is_a_warning_at_its_header_position(tmp_path: Path) -> None:
    path = write(tmp_path, HEADER.strip() + ",reviewer\n" + SAVLEN.strip() + ",anna\n")

    assert found(path) == [(1, 7, "warning", "G003")]


def test_a_utf8_bom_is_a_warning_on_line_1(tmp_path: Path) -> None:
    path = write(tmp_path, b"\xef\xbb\xbf" + (HEADER + SAVLEN).encode("utf-8"))

    assert found(path) == [(1, 1, "warning", "G002")]


def test_an_unknown_register_is_an_error_in_the_register_column(tmp_path: Path) -> None:
    header = "concept_id,lang,term,status,note,source,register\n"
    rows = "drooling,da,savlen,preferred,,editor,lay\ndrooling,da,sialoré,admitted,,,clinical\n"

    assert found(write(tmp_path, header + rows)) == [(3, 7, "error", "G014")]


def test_the_register_column_is_optional_and_may_be_empty(tmp_path: Path) -> None:
    header = "concept_id,lang,term,status,note,source,register\n"
    rows = "drooling,da,savlen,preferred,,editor,\ndrooling,da,sialoré,admitted,,\n"

    assert found(write(tmp_path, HEADER + SAVLEN)) == []
    assert found(write(tmp_path, header + rows)) == []


def test_the_loader_reads_the_register_and_refuses_an_unknown_one(tmp_path: Path) -> None:
    from pipeline.core.errors import GlossaryError
    from pipeline.glossary import load_glossary
    from pipeline.glossary.model import Register

    header = "concept_id,lang,term,status,note,source,register\n"
    good = write(
        tmp_path,
        header
        + "f,da,muskeltrækning,preferred,,,lay\nf,da,fascikulation,admitted,,,professional\n",
    )
    assert [e.register for e in load_glossary(good).entries] == [
        Register.LAY,
        Register.PROFESSIONAL,
    ]
    assert load_glossary(write(tmp_path, HEADER + SAVLEN)).entries[0].register is Register.ANY
    with pytest.raises(GlossaryError, match="unknown register"):
        load_glossary(write(tmp_path, header + "f,da,x,preferred,,,expert\n"))


def test_an_unknown_status_is_an_error_in_the_status_column(tmp_path: Path) -> None:
    path = write(tmp_path, HEADER + SAVLEN + "drooling,da,sikl,colloquial,,\n")

    assert found(path) == [(3, 4, "error", "G005")]


def test_status_is_case_sensitive(tmp_path: Path) -> None:
    path = write(tmp_path, HEADER + "drooling,da,savlen,Preferred,,\n")

    assert found(path) == [(2, 4, "error", "G005")]


def test_an_empty_required_field_is_an_error_in_its_column(tmp_path: Path) -> None:
    path = write(tmp_path, HEADER + SAVLEN + "drooling,da,,forbidden,,\n")

    assert found(path) == [(3, 3, "error", "G004")]


def test_empty_note_and_source_are_allowed(tmp_path: Path) -> None:
    path = write(tmp_path, HEADER + "drooling,da,savlen,preferred,,\n")

    assert found(path) == []


def test_leading_or_trailing_whitespace_in_a_field_is_a_warning(tmp_path: Path) -> None:
    path = write(tmp_path, HEADER + "drooling,da, savlen,preferred,,editor \n")

    assert found(path) == [(2, 3, "warning", "G007"), (2, 6, "warning", "G007")]


def test_a_doubled_space_inside_a_field_is_a_warning(tmp_path: Path) -> None:
    path = write(tmp_path, HEADER + "tender-point,da,ømt  punkt,preferred,,\n")

    assert found(path) == [(2, 3, "warning", "G007")]


def test_a_duplicate_row_is_an_error_on_the_repeated_line(tmp_path: Path) -> None:
    path = write(tmp_path, HEADER + SAVLEN + SAVLEN)

    problems = validate_glossary(path)

    assert [(p.line, p.column, p.code) for p in problems] == [(3, 1, "G008")]
    assert problems[0].message == "duplicate of line 2"


def test_the_same_term_twice_in_one_concept_is_an_error(tmp_path: Path) -> None:
    path = write(tmp_path, HEADER + SAVLEN + "drooling,da,Savlen,admitted,,\n")

    assert found(path) == [(3, 3, "error", "G009")]


def test_the_same_term_in_one_concept_in_two_languages_is_allowed(tmp_path: Path) -> None:
    rows = "als,da,ALS,preferred,,\nals,nb,ALS,preferred,,\n"

    assert found(write(tmp_path, HEADER + rows)) == []


def test_a_term_with_conflicting_status_in_two_concepts_is_an_error(tmp_path: Path) -> None:
    rows = (
        "muscle-atrophy,da,muskelsvind,preferred,,\n"
        "fasciculation,da,muskeltrækning,preferred,,\n"
        "fasciculation,da,Muskelsvind,forbidden,,\n"
    )

    problems = validate_glossary(write(tmp_path, HEADER + rows))

    assert [(p.line, p.column, p.code) for p in problems] == [(4, 4, "G010")]
    assert "line 2" in problems[0].message


def test_a_concept_without_a_preferred_term_in_a_language_is_an_error(tmp_path: Path) -> None:
    rows = SAVLEN + "drooling,nb,sikling,admitted,,\n"

    assert found(write(tmp_path, HEADER + rows)) == [(3, 4, "error", "G011")]


def test_a_second_preferred_term_in_a_language_is_an_error(tmp_path: Path) -> None:
    rows = SAVLEN + "drooling,da,sikl,preferred,,\n"

    assert found(write(tmp_path, HEADER + rows)) == [(3, 4, "error", "G012")]


def test_a_language_code_must_be_two_or_three_lowercase_letters(tmp_path: Path) -> None:
    rows = "drooling,DA,savlen,preferred,,\ndrooling,nb-NO,sikling,preferred,,\n"

    assert found(write(tmp_path, HEADER + rows)) == [
        (2, 2, "error", "G006"),
        (3, 2, "error", "G006"),
    ]


def test_a_forbidden_term_without_a_preferred_term_to_suggest_is_an_error(tmp_path: Path) -> None:
    rows = "drooling,da,dræning,forbidden,,\ndrooling,da,sikl,deprecated,,\n"

    assert found(write(tmp_path, HEADER + rows)) == [
        (2, 3, "error", "G013"),
        (3, 3, "error", "G013"),
    ]


def test_every_problem_in_a_file_is_reported_in_line_order(tmp_path: Path) -> None:
    rows = "drooling,da,sikl,colloquial,,\n" + SAVLEN + SAVLEN + "drooling,da, sikl,deprecated,,\n"

    assert found(write(tmp_path, HEADER + rows)) == [
        (2, 4, "error", "G005"),
        (4, 1, "error", "G008"),
        (5, 3, "warning", "G007"),
    ]


def test_a_duplicate_of_a_repeated_term_names_the_repeat_it_copies(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        HEADER
        + SAVLEN
        + "drooling,da,Savlen,preferred,,editor\n"
        + "drooling,da,Savlen,preferred,,editor\n",
    )

    messages = [(p.line, p.code, p.message) for p in validate_glossary(path)]

    assert messages == [
        (3, "G009", "term 'Savlen' (da) appears twice in concept 'drooling': first on line 2"),
        (4, "G008", "duplicate of line 3"),
    ]


def test_a_term_repeated_in_a_second_concept_is_reported_against_that_concept(
    tmp_path: Path,
) -> None:
    path = write(
        tmp_path,
        HEADER
        + SAVLEN
        + "hypersalivation,da,savlen,forbidden,,editor\n"
        + "hypersalivation,da,spytflod,preferred,,editor\n"
        + "hypersalivation,da,SAVLEN,forbidden,,editor\n",
    )

    messages = [(p.line, p.code, p.message) for p in validate_glossary(path)]

    assert messages == [
        (
            3,
            "G010",
            "term 'savlen' (da) is forbidden here but preferred in concept 'drooling' on line 2",
        ),
        (
            5,
            "G009",
            "term 'SAVLEN' (da) appears twice in concept 'hypersalivation': first on line 3",
        ),
    ]


def test_rows_differing_only_in_note_or_register_are_no_duplicates(tmp_path: Path) -> None:
    header = "concept_id,lang,term,status,note,source,register\n"
    path = write(
        tmp_path,
        header
        + "drooling,da,savlen,preferred,,editor,\n"
        + "drooling,da,savlen,preferred,,editor,any\n"
        + "drooling,da,savlen,preferred,a note,editor,\n"
        + "drooling,da,savlen,preferred,,editor,any\n",
    )

    assert [(p.line, p.code) for p in validate_glossary(path)] == [
        (3, "G009"),
        (4, "G009"),
        (5, "G008"),
    ]
