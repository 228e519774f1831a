"""The emitted content file `<out>/<slug>/content.<lang>.json`: its model.

The file is an envelope around the ingested Document: where it came from (`metadata`), the
article itself (`document`), what the checks found (`findings`) and counts (`summary`).
It lives in core because every stage speaks it: emit builds and writes it, validate derives the
schema from it, ingest reads it back and the report renders it (pipeline.emit.content builds it).
To extend it (e.g. translation segments), add a field with a default to `ContentFile`, bump
the minor part of SCHEMA_VERSION and regenerate the committed schema with
`content-pipeline schema > schemas/content.schema.json`; files written earlier stay valid.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Final, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from pipeline.core.errors import PipelineError
from pipeline.core.models import Document, Finding, UnitState
from pipeline.core.slug import slugify

SCHEMA_VERSION = "1.2"  # 1.1: translation block; 1.2: summary.quality
TOOL_NAME: Final = "content-pipeline"


class Metadata(BaseModel):
    """Where the content came from and what produced it."""

    model_config = ConfigDict(extra="forbid")

    source_path: str = Field(description="The article file as it was named on the command line.")
    source_sha256: str = Field(
        pattern=r"^[0-9a-f]{64}$", description="SHA-256 of the source file's bytes."
    )
    language: str = Field(min_length=2, description="ISO 639 code of the article's language.")
    encoding: str = Field(description="The source file's text encoding, e.g. utf-8 or cp1252.")
    format: str = Field(description="The reader that parsed the source, e.g. text or markdown.")
    glossary_path: str | None = Field(
        description="The glossary the checks used; null when none was configured."
    )
    glossary_version: str = Field(
        description="Hash of the glossary file's bytes ('empty' without a glossary)."
    )
    tool: Literal["content-pipeline"] = TOOL_NAME
    tool_version: str
    generated_at: AwareDatetime = Field(description="When the file was written (UTC, ISO 8601).")


class QualityScore(BaseModel):
    """The MQM-style quality score of the file's text (pipeline.checks.quality)."""

    model_config = ConfigDict(extra="forbid")

    score: float = Field(ge=0, le=100, description="100 - penalty per 100 words, at least 0.")
    penalty: float = Field(ge=0, description="Penalty points of the findings.")
    words: int = Field(ge=0, description="Words of the article, or of the translated targets.")
    categories: dict[str, int] = Field(description="Penalised findings per MQM category.")
    severities: dict[str, int] = Field(description="Findings per MQM severity.")


class Summary(BaseModel):
    """Finding counts by severity and by check code, and the quality score."""

    model_config = ConfigDict(extra="forbid")

    errors: int = Field(ge=0)
    warnings: int = Field(ge=0)
    infos: int = Field(ge=0)
    by_code: dict[str, int] = Field(description="Number of findings per check code.")
    quality: QualityScore | None = Field(default=None, description="Absent before 1.2.")


class TranslatedSegment(BaseModel):
    """One segment of a translated article, with where its translation came from."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(description="The source segment's id (title, s1.h, s1.p1.s3 …).")
    source: str
    target: str
    state: UnitState
    engine: str | None = Field(description="The engine, or 'memory' for approved translations.")
    engine_version: str | None
    cache_hit: bool = Field(description="True when no engine was asked for this segment.")
    unknown_words: list[str] = Field(description="Words the engine could not translate.")
    back_translation: str | None = Field(
        default=None, description="The target translated back offline (--back-check)."
    )
    findings: list[Finding] = Field(description="Bilingual findings on this segment.")


class Translation(BaseModel):
    """The translation of the article into `target_language`."""

    model_config = ConfigDict(extra="forbid")

    source_language: str = Field(min_length=2)
    target_language: str = Field(min_length=2)
    engine: str
    engine_version: str
    segments: list[TranslatedSegment]


class ContentFile(BaseModel):
    """One checked article as structured content: the file content-pipeline emits."""

    model_config = ConfigDict(extra="forbid", title="content-pipeline content file")

    schema_version: str = Field(
        default=SCHEMA_VERSION,
        pattern=r"^1\.[0-9]+$",
        description="Version of this format; the minor part grows with additive changes.",
    )
    metadata: Metadata
    document: Document
    translation: Translation | None = Field(
        default=None, description="Present in content.<target>.json: the translated segments."
    )
    findings: list[Finding]
    summary: Summary

    @property
    def slug(self) -> str:
        return slugify(Path(self.metadata.source_path).stem)

    def relative_path(self) -> Path:
        """Where the file goes under the output folder: `<slug>/content.<lang>.json`."""
        lang = self.translation.target_language if self.translation else self.metadata.language
        return Path(self.slug) / f"content.{lang}.json"

    def to_json(self) -> str:
        """Pretty-printed JSON, non-ASCII text kept readable, with a trailing newline."""
        data = self.model_dump(mode="json")
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


class InvalidContentError(PipelineError):
    """The content does not match the schema; nothing was written."""

    def __init__(self, problems: list[str], path: str) -> None:
        self.problems = problems
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        super().__init__(f"content does not match the schema: {problems[0]}{more}", path)
