"""What a batch run needs to skip unchanged articles (pipeline/translate/rerun.py): the run's
settings as one text, and an article's summary row stored and read back."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

from pipeline.batch.results import ArticleResult
from pipeline.batch.task import RunSettings
from pipeline.translate.rerun import ArticleManifest, ManifestStore, approved_fingerprint


def manifest(settings: RunSettings, store: ManifestStore, tool: str) -> ArticleManifest | None:
    """The manifest of the output for this run, None when the settings cannot be known (an
    engine that cannot start here: the run then reports that as usual). `tool` names the
    code and data that made the outputs (a change to them changes every key)."""
    config = settings.config
    parts: dict[str, Any] = {
        "tool": tool,
        "glossary": settings.glossary.version,
        "language": settings.language,
        "codes": settings.codes,
        "severity": sorted((code, str(level)) for code, level in config.severity.items()),
    }
    setup = settings.translation
    if setup is not None:
        from pipeline.translate.engine import get_engine

        try:
            engine_version = get_engine(setup.engine_name, **setup.engine_options).version()
        except Exception:  # any engine's failure to start: no skipping, the run reports it
            return None
        parts["translation"] = {
            "targets": setup.targets,
            "engine": setup.engine_name,
            "engine_version": engine_version,
            "options": sorted((k, repr(v)) for k, v in setup.engine_options.items()),
            "back_check": setup.back_check,
            "approved": approved_fingerprint(setup.memory_path),
        }
    return ArticleManifest(store, json.dumps(parts, sort_keys=True, default=str))


def selection(settings: RunSettings, path: Path) -> object:
    """The checks that run on `path` (the configuration's per-path ignores included)."""
    from pipeline.checks.selection import selection_for

    return selection_for(settings.codes, settings.config.ignores_for(path))


def remember(store: ArticleManifest, result: ArticleResult, key: str | None) -> None:
    row = {name: value for name, value in asdict(result).items() if name != "kept"}
    outputs = [result.output, *(p for t in result.targets for p in (t.content, t.xliff))]
    store.record(result.source, key, json.loads(json.dumps(row, default=str)), outputs)


def skipped(row: dict[str, Any]) -> ArticleResult | None:
    """The stored summary row as a result, None if the row does not read back (then the
    article is processed)."""
    from pipeline.workflow import TargetResult

    try:
        targets = [
            TargetResult(**{**t, "content": Path(t["content"]), "xliff": Path(t["xliff"])})
            for t in row["targets"]
        ]
        fields = {**row, "source": Path(row["source"]), "output": Path(row["output"])}
        return ArticleResult(**{**fields, "targets": targets, "kept": True})
    except (KeyError, TypeError):
        return None
