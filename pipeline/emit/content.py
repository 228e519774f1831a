"""Building and writing content files (the model is pipeline.core.content).

`build_content` wraps a checked Document, `build_translation_content` one target language's
segments; both score the findings. `write_content` validates against the schema before writing.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

from pipeline import __version__
from pipeline.checks.quality import QualityModel
from pipeline.core.content import (
    ContentFile,
    InvalidContentError,
    Metadata,
    QualityScore,
    Summary,
    TranslatedSegment,
    Translation,
)
from pipeline.core.fs import atomic_write_text
from pipeline.core.models import Document, Finding, Severity, TranslationUnit
from pipeline.emit.score import file_score
from pipeline.glossary.model import Glossary
from pipeline.validate.compiled import content_problems

# what a translated segment takes over from its TranslationUnit as is
_SEGMENT_FIELDS = set(TranslatedSegment.model_fields) - {"findings"}


def summary_of(
    findings: Iterable[Finding], words: int, quality: QualityModel | None = None
) -> Summary:
    """Counts by severity and code, and the quality score (default weights without `quality`)."""
    findings = list(findings)
    severities = Counter(f.severity for f in findings)
    score = file_score("", "", words, findings, quality or QualityModel())
    return Summary(
        errors=severities[Severity.ERROR],
        warnings=severities[Severity.WARNING],
        infos=severities[Severity.INFO],
        by_code=dict(sorted(Counter(f.code for f in findings).items())),
        quality=QualityScore.model_validate(
            {k: v for k, v in score.as_json().items() if k not in ("path", "language")}
        ),
    )


def build_content(
    document: Document,
    findings: Iterable[Finding],
    glossary: Glossary,
    generated_at: datetime | None = None,
    quality: QualityModel | None = None,
) -> ContentFile:
    """The content file for a checked document; `generated_at` defaults to now (UTC), the
    quality score's weights to the defaults."""
    findings = list(findings)
    when = generated_at or datetime.now(UTC).replace(microsecond=0)
    metadata = Metadata(
        source_path=document.path,
        source_sha256=document.sha256,
        language=document.language,
        encoding=document.encoding,
        format=document.format,
        glossary_path=glossary.path or None,
        glossary_version=glossary.version,
        tool_version=__version__,
        generated_at=when.astimezone(UTC),
    )
    summary = summary_of(findings, document.word_count(), quality)
    return ContentFile(metadata=metadata, document=document, findings=findings, summary=summary)


def build_translation_content(
    document: Document,
    units: list[TranslationUnit],
    findings: Iterable[Finding],
    glossary: Glossary,
    engine: str,
    engine_version: str,
    quality: QualityModel | None = None,
) -> ContentFile:
    """The content file of one target language: the source structure plus translated segments;
    its score counts the words of the translated targets."""
    findings = list(findings)
    by_segment: dict[str, list[Finding]] = {}
    for finding in findings:
        by_segment.setdefault(finding.segment_id or "", []).append(finding)
    content = build_content(document, findings, glossary, quality=quality)
    from pipeline.emit.profile import units_profile

    content.summary = summary_of(findings, units_profile(units).words, quality)
    target = units[0].target_lang if units else document.language
    content.translation = Translation(
        source_language=document.language,
        target_language=target,
        engine=engine,
        engine_version=engine_version,
        segments=[
            TranslatedSegment(
                **unit.model_dump(include=_SEGMENT_FIELDS), findings=by_segment.get(unit.id, [])
            )
            for unit in units
        ],
    )
    return content


def write_content(content: ContentFile, out_dir: Path) -> Path:
    """Validate `content` against the schema and write it atomically; returns the file's path.

    Raises InvalidContentError (and writes nothing) when the content does not match the schema.
    """
    path, text = render_content(content, out_dir)
    atomic_write_text(path, text)
    return path


def render_content(content: ContentFile, out_dir: Path) -> tuple[Path, str]:
    """The path and JSON text of `content`, validated against the schema (InvalidContentError
    when it does not match), for a caller that writes several files together."""
    path = out_dir / content.relative_path()
    text = content.to_json()
    problems = content_problems(json.loads(text))
    if problems:
        raise InvalidContentError(problems, str(path))
    return path, text
