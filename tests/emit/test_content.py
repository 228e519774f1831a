"""The emitted content file: slug, metadata, document structure, summary and the atomic writer."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from pipeline import __version__
from pipeline.checks.quality import QualityModel
from pipeline.core.content import ContentFile, InvalidContentError
from pipeline.core.models import Document, Finding, Severity, TranslationUnit, UnitState
from pipeline.core.slug import slugify
from pipeline.emit.content import build_content, build_translation_content, write_content
from pipeline.glossary import Glossary, load_glossary
from pipeline.ingest import read_document

ROOT = Path(__file__).parent.parent.parent
SEED = ROOT / "sources" / "muskeltraekninger-da.txt"
WHEN = datetime(2024, 5, 1, 12, 0, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def document() -> Document:
    return read_document(SEED, language="da")


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return load_glossary(ROOT / "glossary.csv")


def finding(code: str, severity: Severity, line: int = 11) -> Finding:
    return Finding(
        code=code,
        name="test.finding",
        severity=severity,
        message="a message",
        path=str(SEED),
        line=line,
        column=1,
        end_line=line,
        end_column=4,
        match="Amy",
    )


@pytest.mark.parametrize(
    ("stem", "slug"),
    [
        ("muskeltraekninger-da", "muskeltraekninger-da"),
        ("Muskeltrækninger i benene", "muskeltraekninger-i-benene"),
        ("Ærø og Ålborg før", "aeroe-og-aalborg-foer"),
        ("Crème brûlée à la Zürich", "creme-brulee-a-la-zurich"),
        ("Straße", "strasse"),
        ("  __2024 -- Årsrapport (v2)__ ", "2024-aarsrapport-v2"),
        ("Ελληνικά", "article-25d77ab9"),
    ],
)
def test_slug_is_lowercase_ascii_with_single_dashes(stem: str, slug: str) -> None:
    assert slugify(stem) == slug


def test_metadata_describes_source_glossary_and_tool(
    document: Document, glossary: Glossary
) -> None:
    content = build_content(document, [], glossary, generated_at=WHEN)
    assert content.model_dump(mode="json")["metadata"] == {
        "source_path": str(SEED),
        "source_sha256": hashlib.sha256(SEED.read_bytes()).hexdigest(),
        "language": "da",
        "encoding": "utf-8",
        "format": "text",
        "glossary_path": str(ROOT / "glossary.csv"),
        "glossary_version": glossary.version,
        "tool": "content-pipeline",
        "tool_version": __version__,
        "generated_at": "2024-05-01T12:00:00Z",
    }
    assert content.schema_version == "1.2"


def test_generated_at_defaults_to_now_in_utc(document: Document, glossary: Glossary) -> None:
    before = datetime.now(UTC).replace(microsecond=0)
    content = build_content(document, [], glossary)
    assert before <= content.metadata.generated_at <= datetime.now(UTC)
    assert content.model_dump(mode="json")["metadata"]["generated_at"].endswith("Z")


def test_document_keeps_ids_and_source_spans(document: Document, glossary: Glossary) -> None:
    data = build_content(document, [], glossary, generated_at=WHEN).model_dump(mode="json")
    doc = data["document"]
    assert doc["title"]["text"] == "Hvad er årsagerne til muskeltrækninger i benene?"
    assert [s["id"] for s in doc["sections"]] == ["s0", "s1", "s2", "s3", "s4"]
    assert doc["sections"][1]["heading"]["id"] == "s1.h"
    assert doc["sections"][1]["heading"]["text"] == "ALS"
    sentence = doc["sections"][1]["paragraphs"][0]["sentences"][0]
    assert sentence == {
        "id": "s1.p1.s1",
        "kind": "sentence",
        "text": "Amyotrofisk lateral sklerose kaldes også Lou Gehrigs sygdom og er en "
        "tilstand, der påvirker nervesystemet.",
        "span": {
            "line": 11,
            "column": 1,
            "end_line": 11,
            "end_column": 107,
            "start": 595,
            "end": 701,
        },
        "label": None,
    }
    source = SEED.read_text(encoding="utf-8")
    assert source[595:701] == sentence["text"]
    assert [(n["id"], n["label"]) for n in doc["noncontent"]] == [
        ("n1", "boilerplate"),
        ("n2", "boilerplate"),
        ("n3", "repeated-title"),
    ]


def test_summary_counts_findings_by_severity_and_code(
    document: Document, glossary: Glossary
) -> None:
    findings = [
        finding("TERM001", Severity.ERROR),
        finding("TERM001", Severity.ERROR, line=13),
        finding("TERM002", Severity.WARNING),
        finding("MT001", Severity.INFO),
    ]
    content = build_content(document, findings, glossary, generated_at=WHEN)
    assert content.summary.model_dump(exclude={"quality"}) == {
        "errors": 2,
        "warnings": 1,
        "infos": 1,
        "by_code": {"MT001": 1, "TERM001": 2, "TERM002": 1},
    }
    assert content.findings == findings


def test_summary_carries_the_quality_score_of_the_article(
    document: Document, glossary: Glossary
) -> None:
    findings = [
        finding("TERM001", Severity.ERROR),  # critical: 25
        finding("TERM001", Severity.ERROR, line=13),
        finding("TERM002", Severity.WARNING),  # minor: 1
        finding("MT001", Severity.INFO),  # neutral: 0
    ]
    content = build_content(document, findings, glossary, generated_at=WHEN)
    assert content.summary.quality is not None
    assert content.summary.quality.model_dump() == {
        "score": round(100 - 51 * 100 / document.word_count(), 1),
        "penalty": 51,
        "words": document.word_count(),
        "categories": {"terminology": 3},
        "severities": {"critical": 2, "minor": 1, "neutral": 1},
    }
    lenient = QualityModel(critical=())
    content = build_content(document, findings, glossary, generated_at=WHEN, quality=lenient)
    assert content.summary.quality is not None
    assert content.summary.quality.penalty == 11


def test_written_to_slug_folder_as_readable_pretty_json(
    document: Document, glossary: Glossary, tmp_path: Path
) -> None:
    content = build_content(document, [finding("TERM001", Severity.ERROR)], glossary)
    path = write_content(content, tmp_path)
    assert path == tmp_path / "muskeltraekninger-da" / "content.da.json"
    text = path.read_text(encoding="utf-8")
    assert text.startswith('{\n  "schema_version": "1.2",\n  "metadata": {\n')
    assert "muskeltrækninger" in text
    assert text.endswith("}\n")
    # the file reads back into the same content (the private source text is not emitted)
    assert ContentFile.model_validate(json.loads(text)).model_dump() == content.model_dump()


def test_write_leaves_no_temporary_files(
    document: Document, glossary: Glossary, tmp_path: Path
) -> None:
    content = build_content(document, [], glossary)
    write_content(content, tmp_path)
    write_content(content, tmp_path)  # overwriting replaces the file in one step as well
    written = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*"))
    assert written == ["muskeltraekninger-da", "muskeltraekninger-da/content.da.json"]


def test_invalid_content_is_refused_and_nothing_written(
    document: Document, glossary: Glossary, tmp_path: Path
) -> None:
    content = build_content(document, [], glossary)
    content.metadata.source_sha256 = "not-a-hash"  # assignment is not validated by pydantic
    with pytest.raises(InvalidContentError) as raised:
        write_content(content, tmp_path)
    assert raised.value.problems == [
        "$.metadata.source_sha256: 'not-a-hash' does not match '^[0-9a-f]{64}$'"
    ]
    assert str(raised.value) == (
        f"{tmp_path / 'muskeltraekninger-da' / 'content.da.json'}: content does not match "
        "the schema: $.metadata.source_sha256: 'not-a-hash' does not match '^[0-9a-f]{64}$'"
    )
    assert list(tmp_path.iterdir()) == []


def test_a_translations_score_counts_the_words_of_its_translated_targets(
    document: Document, glossary: Glossary
) -> None:
    def unit(target: str, state: UnitState) -> TranslationUnit:
        return TranslationUnit(
            id="title", source="Hvad er muskeltrækninger?", target=target,
            source_lang="da", target_lang="nb", path=str(SEED), state=state,
        )  # fmt: skip

    units = [
        unit("Hva er muskelrykninger?", UnitState.TRANSLATED),
        unit("", UnitState.UNTRANSLATED),
        unit("Hva er det?", UnitState.FUZZY),
    ]
    findings = [finding("TERM006", Severity.ERROR)]
    content = build_translation_content(document, units, findings, glossary, "apertium", "3.8")
    assert content.summary.quality is not None
    assert (content.summary.quality.words, content.summary.quality.penalty) == (3, 25)
    assert content.summary.quality.score == 0
