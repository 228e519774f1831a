"""Read back a content.<lang>.json that `run` or `translate` wrote, as translation units, so
`check` lints our own output as it lints a team's PO or XLIFF files."""

from __future__ import annotations

import json
import re
from pathlib import Path

from pipeline.core.errors import InputError
from pipeline.core.models import TranslationUnit
from pipeline.formats.reading import read_bytes


def read_content(
    path: Path, source_lang: str | None = None, target_lang: str | None = None
) -> list[TranslationUnit]:
    """The translated segments of a content.<lang>.json that `run` or `translate` wrote,
    validated against its schema; a source article's content file has none.

    Each unit is placed on the line of its segment's "id" in the file (the file is written
    with one key per line), so a finding points into the JSON a reviewer opens.
    """
    from pydantic import ValidationError

    from pipeline.core.content import ContentFile

    data = read_bytes(path)
    try:
        content = ContentFile.model_validate_json(data)
    except ValidationError as exc:
        error = exc.errors()[0]
        where = re.search(r"line (\d+)", error["msg"]) if error["type"] == "json_invalid" else None
        field = ".".join(str(part) for part in error["loc"])
        reason = error["msg"] if where else f"{field}: {error['msg']}"
        line = int(where[1]) if where else None
        raise InputError(f"not a content file of this tool ({reason})", str(path), line) from exc
    translation = content.translation
    if translation is None:
        return []
    lines = _segment_lines(data.decode("utf-8"), [s.id for s in translation.segments])
    return [
        TranslationUnit(
            id=segment.id,
            source=segment.source,
            target=segment.target,
            source_lang=translation.source_language,
            target_lang=translation.target_language,
            path=str(path),
            line=line,
            state=segment.state,
            engine=segment.engine,
            engine_version=segment.engine_version,
            cache_hit=segment.cache_hit,
            unknown_words=segment.unknown_words,
            back_translation=segment.back_translation,
        )
        for segment, line in zip(translation.segments, lines, strict=True)
    ]


def _segment_lines(text: str, ids: list[str]) -> list[int]:
    """The line of each segment's `"id": …` after the "translation" key, in order (1 if not
    found: the file was written by hand, not by us)."""
    start = max(text.find('"translation":'), 0)
    line = text.count("\n", 0, start) + 1
    lines = []
    for segment_id in ids:
        at = text.find(f'"id": {json.dumps(segment_id, ensure_ascii=False)}', start)
        if at < 0:
            lines.append(1)
            continue
        line += text.count("\n", start, at)
        lines.append(line)
        start = at
    return lines
