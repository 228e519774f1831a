"""What `run` and `translate` need to skip unchanged articles (pipeline/translate/rerun.py):
the run's settings as one text, and an article's summary row stored and read back."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pipeline.cli.run import RunOptions
    from pipeline.cli.run_summary import ArticleResult
    from pipeline.translate.rerun import ArticleManifest


def manifest(options: RunOptions, out_dir: Path) -> ArticleManifest | None:
    """The manifest of `out_dir` for this run, None when the settings cannot be known (an
    engine that cannot start here: the run then reports that as usual)."""
    from pipeline.checking.cache import _fingerprint
    from pipeline.translate.rerun import ArticleManifest, approved_fingerprint

    config = options.config
    parts: dict[str, Any] = {
        "tool": _fingerprint(),
        "glossary": options.glossary.version,
        "language": options.language,
        "codes": options.codes,
        "severity": sorted((code, str(level)) for code, level in config.severity.items()),
    }
    setup = options.translation
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
    return ArticleManifest(out_dir, json.dumps(parts, sort_keys=True, default=str))


def selection(options: RunOptions, path: Path) -> object:
    """The checks that run on `path` (the configuration's per-path ignores included)."""
    from pipeline.checks.selection import selection_for

    return selection_for(options.codes, options.config.ignores_for(path))


def remember(store: ArticleManifest, result: ArticleResult, key: str | None) -> None:
    row = {name: value for name, value in asdict(result).items() if name != "kept"}
    outputs = [result.output, *(p for t in result.targets for p in (t.content, t.xliff))]
    store.record(result.source, key, json.loads(json.dumps(row, default=str)), outputs)


def skipped(row: dict[str, Any], out_dir: Path, written: dict[Path, Path]) -> ArticleResult | None:
    """The stored summary row as a result (its folder counted as written), None if the row
    does not read back (then the article is processed)."""
    from pipeline.cli.run_summary import ArticleResult
    from pipeline.core.slug import slugify
    from pipeline.workflow import TargetResult

    try:
        targets = [
            TargetResult(**{**t, "content": Path(t["content"]), "xliff": Path(t["xliff"])})
            for t in row["targets"]
        ]
        fields = {**row, "source": Path(row["source"]), "output": Path(row["output"])}
        result = ArticleResult(**{**fields, "targets": [], "kept": True})
    except (KeyError, TypeError):
        return None
    folder = out_dir / slugify(result.source.stem)
    if folder in written:
        return None
    written[folder] = result.source
    result.targets.extend(targets)
    return result
