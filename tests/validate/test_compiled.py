"""The compiled schema says "valid" exactly when jsonschema finds no problem."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from pipeline.checks import check_document, check_units
from pipeline.core.models import TranslationUnit
from pipeline.emit.content import build_content, build_translation_content
from pipeline.glossary import load_glossary
from pipeline.ingest import read_document
from pipeline.validate.compiled import content_problems, is_valid_content
from pipeline.validate.schema import validate_content

ROOT = Path(__file__).parent.parent.parent
# values of every JSON type, wrong somewhere in the schema and right elsewhere
_REPLACEMENTS: tuple[Any, ...] = (None, -1, 1.5, "x", [], {})
_WHEN = datetime(2024, 5, 1, tzinfo=UTC)


@pytest.fixture(scope="module")
def emitted() -> dict[str, Any]:
    """The seed article's content file, with its findings."""
    document = read_document(ROOT / "sources" / "muskeltraekninger-da.txt", language="da")
    glossary = load_glossary(ROOT / "glossary.csv")
    findings = check_document(document, glossary)
    content = build_content(document, findings, glossary, generated_at=_WHEN)
    data: dict[str, Any] = json.loads(content.to_json())
    return data


@pytest.fixture(scope="module")
def translated() -> dict[str, Any]:
    """A translation content file: every segment "translated" as itself, with the bilingual
    checks' findings (this test is about the file's shape, not the translation)."""
    document = read_document(ROOT / "sources" / "muskeltraekninger-da.txt", language="da")
    glossary = load_glossary(ROOT / "glossary.csv")
    units = [
        TranslationUnit(
            id=s.id,
            source=s.text,
            target=s.text,
            source_lang="da",
            target_lang="nb",
            path=document.path,
            line=s.span.line,
            column=s.span.column,
            engine="apertium",
            engine_version="1",
            unknown_words=["x"],
        )
        for s in document.content_segments()
    ]
    findings = check_units(units, glossary)
    content = build_translation_content(document, units, findings, glossary, "apertium", "1")
    data: dict[str, Any] = json.loads(content.to_json())
    return data


def _trimmed(node: Any) -> Any:
    """`node` with every list cut to its first item: the schema says the same of each item,
    and a small file is quick to validate a thousand times."""
    if isinstance(node, dict):
        return {key: _trimmed(value) for key, value in node.items()}
    if isinstance(node, list):
        return [_trimmed(value) for value in node[:1]]
    return node


def _paths(node: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """The path of every value in `node`, through the first item of each list."""
    yield path
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _paths(value, (*path, key))
    elif isinstance(node, list) and node:
        yield from _paths(node[0], (*path, 0))


def _broken(data: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """`data` with one value replaced, or one key dropped and an unknown one added (changed
    in place for each answer, and put back)."""
    for path in list(_paths(data))[1:]:
        parent = data
        for step in path[:-1]:
            parent = parent[step]
        key = path[-1]
        kept = parent[key]
        for value in _REPLACEMENTS:
            parent[key] = value
            yield data
        parent[key] = kept
        if isinstance(key, str):
            del parent[key]
            parent["unexpected"] = 1
            yield data
            del parent["unexpected"]
            parent[key] = kept


def test_emitted_content_is_valid_in_both(emitted: dict[str, Any]) -> None:
    assert is_valid_content(emitted)
    assert content_problems(emitted) == validate_content(emitted) == []


@pytest.mark.parametrize("kind", ["emitted", "translated"])
def test_compiled_schema_agrees_with_jsonschema_on_broken_files(
    kind: str, request: pytest.FixtureRequest
) -> None:
    data = _trimmed(request.getfixturevalue(kind))
    assert is_valid_content(data)
    disagreements = []
    checked = rejected = 0
    for bad in _broken(data):
        problems = validate_content(bad)
        checked += 1
        rejected += bool(problems)
        if is_valid_content(bad) != (not problems):
            disagreements.append((problems, json.dumps(bad)[:200]))
    assert rejected > 500  # the changes reach every part of the schema
    assert disagreements == [], f"{len(disagreements)} of {checked} disagree"


def test_problems_of_rejected_data_are_jsonschema_messages(emitted: dict[str, Any]) -> None:
    bad = copy.deepcopy(emitted)
    bad["metadata"]["generated_at"] = "1 May 2024"  # not ISO 8601 with a timezone
    bad["metadata"]["source_sha256"] = "not a digest"
    assert not is_valid_content(bad)
    assert content_problems(bad) == validate_content(bad)
    assert len(content_problems(bad)) == 2
