"""The JSON Schema of the emitted content, generated from the model, and validation against it.

`schemas/content.schema.json` is the committed copy of `schema_text()`; regenerate it with
`content-pipeline schema > schemas/content.schema.json` whenever the content model changes.
"""

from __future__ import annotations

import json
from datetime import datetime
from functools import cache
from typing import TYPE_CHECKING, Any

from pipeline.core.content import ContentFile

if TYPE_CHECKING:
    from jsonschema import ValidationError
    from jsonschema.protocols import Validator

DIALECT = "https://json-schema.org/draft/2020-12/schema"
SCHEMA_ID = "urn:content-pipeline:schema:content"
REGENERATE = "content-pipeline schema > schemas/content.schema.json"
_MAX_MESSAGE = 160  # jsonschema quotes whole instances; a one-line error should stay readable


def content_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a content file, generated from `ContentFile`."""
    schema = ContentFile.model_json_schema(mode="serialization")
    return {
        "$schema": DIALECT,
        "$id": SCHEMA_ID,
        "$comment": f"Generated from pipeline.core.content.ContentFile; regenerate: {REGENERATE}",
        **schema,
    }


def schema_text() -> str:
    """The schema as committed: 2-space indent, sorted keys, trailing newline."""
    return json.dumps(content_schema(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def _is_datetime(value: object) -> bool:
    # jsonschema checks "date-time" only with the optional rfc3339-validator installed;
    # the content needs a timezone-aware ISO 8601 timestamp either way.
    if not isinstance(value, str):
        return True
    try:
        return datetime.fromisoformat(value).tzinfo is not None
    except ValueError:
        return False


@cache
def _validator() -> Validator:
    from jsonschema import Draft202012Validator, FormatChecker

    schema = content_schema()
    Draft202012Validator.check_schema(schema)
    formats = FormatChecker()
    formats.checks("date-time")(_is_datetime)
    return Draft202012Validator(schema, format_checker=formats)


def _most_specific(error: ValidationError) -> ValidationError:
    # For anyOf (e.g. "a Segment or null") the useful message comes from the branch that got
    # furthest into the instance, not "… is not of type 'null'".
    while error.context:
        error = max(error.context, key=lambda e: (len(e.absolute_path), e.validator != "type"))
    return error


def _describe(error: ValidationError) -> str:
    message = error.message
    if len(message) > _MAX_MESSAGE:
        message = message[: _MAX_MESSAGE - 1] + "…"
    return f"{error.json_path}: {message}"


def validate_content(data: Any) -> list[str]:
    """Problems of `data` (parsed JSON) against the content schema, each "$.json.path: message".

    An empty list means the data is a valid content file.
    """
    errors = (_most_specific(e) for e in _validator().iter_errors(data))
    return sorted({_describe(e) for e in errors})
