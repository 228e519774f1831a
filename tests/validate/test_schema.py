"""The content schema: generated from the model, committed, and enforced on emitted JSON."""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from pipeline.emit.content import build_content
from pipeline.glossary import load_glossary
from pipeline.ingest import read_document
from pipeline.validate.schema import content_schema, schema_text, validate_content

ROOT = Path(__file__).parent.parent.parent
COMMITTED = ROOT / "schemas" / "content.schema.json"


@pytest.fixture(scope="module")
def emitted() -> dict[str, Any]:
    """The seed article's content file, parsed back from the JSON text that is written."""
    document = read_document(ROOT / "sources" / "muskeltraekninger-da.txt", language="da")
    glossary = load_glossary(ROOT / "glossary.csv")
    content = build_content(document, [], glossary, generated_at=datetime(2024, 5, 1, tzinfo=UTC))
    data: dict[str, Any] = json.loads(content.to_json())
    return data


def test_committed_schema_is_the_generated_one() -> None:
    assert COMMITTED.read_text(encoding="utf-8") == schema_text(), (
        "schemas/content.schema.json is out of date with pipeline.core.content; regenerate it "
        "with: content-pipeline schema > schemas/content.schema.json"
    )


def test_schema_is_a_valid_draft_2020_12_schema_with_id_and_title() -> None:
    schema = content_schema()
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] == "urn:content-pipeline:schema:content"
    assert schema["title"] == "content-pipeline content file"
    assert schema["required"] == ["metadata", "document", "findings", "summary"]


def test_emitted_content_is_valid(emitted: dict[str, Any]) -> None:
    assert validate_content(emitted) == []


def test_span_line_zero_is_rejected_with_its_path(emitted: dict[str, Any]) -> None:
    bad = copy.deepcopy(emitted)
    bad["document"]["sections"][1]["paragraphs"][0]["sentences"][0]["span"]["line"] = 0
    assert validate_content(bad) == [
        "$.document.sections[1].paragraphs[0].sentences[0].span.line: "
        "0 is less than the minimum of 1"
    ]


def test_error_inside_an_optional_segment_names_the_field_not_the_null_branch(
    emitted: dict[str, Any],
) -> None:
    bad = copy.deepcopy(emitted)
    bad["document"]["title"]["span"]["line"] = 0
    assert validate_content(bad) == ["$.document.title.span.line: 0 is less than the minimum of 1"]


def test_missing_metadata_and_unknown_keys_are_rejected(emitted: dict[str, Any]) -> None:
    bad = copy.deepcopy(emitted)
    del bad["metadata"]
    bad["extra"] = True
    assert validate_content(bad) == [
        "$: 'metadata' is a required property",
        "$: Additional properties are not allowed ('extra' was unexpected)",
    ]


def test_missing_metadata_field_is_rejected(emitted: dict[str, Any]) -> None:
    bad = copy.deepcopy(emitted)
    del bad["metadata"]["glossary_version"]
    assert validate_content(bad) == ["$.metadata: 'glossary_version' is a required property"]


@pytest.mark.parametrize("value", ["yesterday", "2024-05-01T12:00:00"])
def test_generated_at_must_be_a_timestamp_with_timezone(
    emitted: dict[str, Any], value: str
) -> None:
    bad = copy.deepcopy(emitted)
    bad["metadata"]["generated_at"] = value
    assert validate_content(bad) == [f"$.metadata.generated_at: '{value}' is not a 'date-time'"]


def test_finding_with_unknown_severity_is_rejected(emitted: dict[str, Any]) -> None:
    bad = copy.deepcopy(emitted)
    bad["findings"] = [
        {
            "code": "TERM001",
            "name": "terminology.forbidden-term",
            "severity": "fatal",
            "message": "m",
            "path": "a.txt",
            "line": 1,
            "column": 1,
            "end_line": 1,
            "end_column": 2,
            "match": "x",
        }
    ]
    assert validate_content(bad) == [
        "$.findings[0].severity: 'fatal' is not one of ['info', 'warning', 'error']"
    ]


def test_long_messages_are_shortened_to_one_readable_line(emitted: dict[str, Any]) -> None:
    bad = copy.deepcopy(emitted)
    bad["document"]["sections"] = {"s0": bad["document"]["sections"][0]}
    [problem] = validate_content(bad)
    assert problem.startswith("$.document.sections: {'s0': {'id': 's0'")
    assert problem.endswith("…")
    assert len(problem) == len("$.document.sections: ") + 160
