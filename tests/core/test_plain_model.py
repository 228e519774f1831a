"""The dataclass models keep the pydantic behaviour their users rely on (pipeline.core.plain_model):
validation on construction, conversion of what pydantic accepted, copies and dumps."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from pydantic import ValidationError

from pipeline.checking.cache import CachedFile
from pipeline.core.models import (
    Document,
    Finding,
    Paragraph,
    Section,
    Segment,
    SegmentKind,
    Severity,
    Span,
    TranslationUnit,
    UnitState,
)
from pipeline.core.plain_model import PlainModel
from pipeline.emit.profile import FileProfile, Passage

SPAN = Span(line=1, column=1, end_line=1, end_column=5, start=0, end=4)


def finding(**changes: object) -> Finding:
    fields: dict[str, object] = {
        "code": "TERM001",
        "name": "terminology.forbidden-term",
        "severity": Severity.WARNING,
        "message": "Use 'forstuvning'.",
        "path": "a.txt",
        "line": 2,
        "column": 3,
        "end_line": 2,
        "end_column": 9,
        "match": "sprain",
    }
    return Finding(**{**fields, **changes})  # type: ignore[arg-type]


def test_a_finding_on_line_zero_is_rejected_naming_the_field_and_the_bound() -> None:
    with pytest.raises(ValidationError) as raised:
        finding(line=0)
    assert raised.value.title == "Finding"
    assert [(e["loc"], e["type"]) for e in raised.value.errors()] == [
        (("line",), "greater_than_equal")
    ]


def test_every_wrong_field_is_reported_at_once() -> None:
    with pytest.raises(ValidationError) as raised:
        finding(severity="fatal", message=3, suggestions=["a", 4])
    assert [e["loc"] for e in raised.value.errors()] == [
        ("severity",),
        ("message",),
        ("suggestions", 1),
    ]


def test_values_pydantic_accepted_are_converted_as_it_converted_them() -> None:
    converted = finding(severity="error", line="7", suggestions=("a", "b"))
    assert converted.severity is Severity.ERROR
    assert converted.line == 7
    assert converted.suggestions == ["a", "b"]


def test_a_nested_model_given_as_a_dict_becomes_the_model() -> None:
    segment = Segment(id="s1", kind="sentence", text="Hej.", span=SPAN.model_dump())  # type: ignore[arg-type]
    assert segment.span == SPAN
    assert segment.kind is SegmentKind.SENTENCE


def test_a_list_given_is_copied_so_later_changes_to_it_do_not_reach_the_model() -> None:
    words = ["sprain"]
    unit = TranslationUnit(
        id="u1",
        source="a",
        target="b",
        source_lang="en",
        target_lang="da",
        path="x.po",
        unknown_words=words,
    )
    words.append("strain")
    assert unit.unknown_words == ["sprain"]


def test_a_frozen_span_cannot_be_changed() -> None:
    with pytest.raises(AttributeError):
        SPAN.line = 3  # type: ignore[misc]


def test_model_copy_replaces_fields_without_validating_and_keeps_private_values() -> None:
    segment = Segment(id="s1", kind=SegmentKind.SENTENCE, text="Hej.", span=SPAN)
    segment.set_offsets([0, 2, 3, 4])
    copied = segment.model_copy(update={"id": "s2"})
    assert (copied.id, segment.id) == ("s2", "s1")
    assert copied.source_offset(1) == 2
    assert finding().model_copy(update={"line": 0}).line == 0


def test_model_dump_gives_enum_members_and_tuples_in_python_mode_and_values_in_json_mode() -> None:
    unit = TranslationUnit(
        id="u1",
        source="a",
        target="b",
        source_lang="en",
        target_lang="da",
        path="x.xlf",
        state=UnitState.FUZZY,
        inline_codes=(("<b>",), ("<b>",)),
    )
    python = unit.model_dump(include={"state", "inline_codes"})
    assert python == {"state": UnitState.FUZZY, "inline_codes": (("<b>",), ("<b>",))}
    assert type(python["inline_codes"]) is tuple
    assert unit.model_dump(mode="json", include={"state", "inline_codes"}) == {
        "state": "fuzzy",
        "inline_codes": [["<b>"], ["<b>"]],
    }
    assert list(unit.model_dump(exclude={"line"}))[:3] == ["id", "source", "target"]


def test_a_document_dumps_nested_and_comes_back_equal_from_its_json() -> None:
    heading = Segment(id="s1.h", kind=SegmentKind.HEADING, text="Hej", span=SPAN)
    paragraph = Paragraph(id="s1.p1", span=SPAN, text="Hej.", sentences=[heading])
    document = Document(
        path="a.txt",
        language="da",
        encoding="utf-8",
        sha256="0" * 64,
        format="text",
        title=None,
        sections=[Section(id="s1", heading=heading, paragraphs=[paragraph])],
    )
    document.set_source_text("Hej.")
    dumped = document.model_dump(mode="json")
    assert dumped["sections"][0]["paragraphs"][0]["sentences"][0]["kind"] == "heading"
    assert "_source" not in dumped
    back = Document.model_validate_json(json.dumps(dumped))
    assert back == document
    assert back.source_text == ""  # never serialised


def test_untrusted_json_is_rejected_with_pydantics_error() -> None:
    with pytest.raises(ValidationError):
        Finding.model_validate_json('{"code": "X"}')
    with pytest.raises(ValidationError):
        Finding.model_validate({**finding().model_dump(), "end_column": -1})


def test_a_profile_keeps_its_passage_index_out_of_its_json() -> None:
    profile = FileProfile(
        language="da",
        words=2,
        passages=[Passage(line=1, column=1, end_line=1, end_column=9, text="Hej med.")],
    )
    assert profile.context(finding(line=1, column=2)) == "Hej med."
    assert json.loads(profile.model_dump_json()) == {
        "language": "da",
        "words": 2,
        "passages": [{"line": 1, "column": 1, "end_line": 1, "end_column": 9, "text": "Hej med."}],
    }


def test_building_and_dumping_models_does_not_import_pydantic() -> None:
    code = (
        "import sys\n"
        "from pipeline.core.models import Finding, Severity\n"
        "f = Finding(code='X', name='x', severity=Severity.INFO, message='m', path='a', line=1,"
        " column=1, end_line=1, end_column=2, match='m', suggestions=['n'])\n"
        "f.model_copy(update={'line': 3}).model_dump(mode='json')\n"
        "print('pydantic' in sys.modules)\n"
    )
    ran = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert ran.stdout.strip() == "False"


def same_all_the_way_down(a: object, b: object) -> bool:
    if type(a) is not type(b):
        return False
    if isinstance(a, list | tuple):
        assert isinstance(b, list | tuple)
        return len(a) == len(b) and all(
            same_all_the_way_down(x, y) for x, y in zip(a, b, strict=True)
        )
    if isinstance(a, PlainModel):
        return all(same_all_the_way_down(a.__dict__[n], b.__dict__[n]) for n in a.model_dump())
    return a == b


def test_from_dump_reads_back_what_pydantic_reads_from_the_same_json() -> None:
    unit = TranslationUnit(
        id="u1",
        source="<b>Åbn</b> fil",
        target="Open file",
        source_lang="da",
        target_lang="en",
        path="x.xlf",
        line=4,
        state=UnitState.FUZZY,
        unknown_words=["fil"],
        inline_codes=(("<b>", "</b>"), ()),
    )
    entry = CachedFile(
        findings=[finding(suggestions=["a", "b"], suggestion="a")],
        units=[unit],
        warnings=["x.xlf:2: note"],
        profile=FileProfile(
            language="en",
            words=2,
            passages=[Passage(line=4, column=1, end_line=4, end_column=1, text="Åbn fil")],
        ),
    )
    text = entry.model_dump_json()
    ours = CachedFile.from_dump(json.loads(text))
    assert same_all_the_way_down(ours, CachedFile.model_validate_json(text))
    assert same_all_the_way_down(ours, entry)


@pytest.mark.parametrize(
    "damage",
    [
        {"severity": "fatal"},
        {"line": 0},
        {"line": "two"},
        {"suggestions": "ab"},
        {"nonsense": 1},
    ],
)
def test_from_dump_rejects_what_no_finding_could_be(damage: dict[str, object]) -> None:
    data = {**finding().model_dump(mode="json"), **damage}
    with pytest.raises((TypeError, ValueError)):
        Finding.from_dump(data)


def test_from_dump_rejects_a_string_where_a_tuple_was_written() -> None:
    unit = TranslationUnit(
        id="u1", source="a", target="b", source_lang="en", target_lang="da", path="x.xlf"
    )
    with pytest.raises(TypeError):
        TranslationUnit.from_dump({**unit.model_dump(mode="json"), "inline_codes": "ab"})


def test_model_construct_gives_what_the_constructor_gives_without_its_type_test() -> None:
    values = {
        "id": "u1",
        "source": "Open",
        "target": "Åbn",
        "source_lang": "en",
        "target_lang": "da",
        "path": "da.po",
        "line": 3,
    }
    built, constructed = TranslationUnit(**values), TranslationUnit.model_construct(**values)
    assert constructed == built
    assert list(constructed.__dict__) == list(built.__dict__)  # the fields' order
    assert constructed.unknown_words == [] and constructed.unknown_words is not (
        TranslationUnit.model_construct(**values).unknown_words
    )  # a factory's value of its own
    # trusted: a value of another type is taken as given, where construction rejects it
    assert TranslationUnit.model_construct(**{**values, "line": "3"}).line == "3"
    with pytest.raises(ValueError):
        TranslationUnit(**{**values, "line": "x"})
