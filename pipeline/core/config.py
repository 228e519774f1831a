"""Configuration from `content-pipeline.toml` or `pyproject.toml [tool.content-pipeline]`.

Defaults work with no file at all; the nearest file from the working directory up wins.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from pipeline.core.errors import PipelineError
from pipeline.core.models import Severity


@dataclass(frozen=True)
class Config:
    glossary: Path = Path("glossary.csv")
    language: str | None = None  # None: detect each article's language
    fail_on: Severity = Severity.ERROR
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    source: Path | None = field(default=None, compare=False)


def _find(start: Path) -> tuple[Path, dict[str, Any]] | None:
    for folder in [start, *start.parents]:
        own = folder / "content-pipeline.toml"
        if own.is_file():
            return own, _read(own)
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file():
            table = _read(pyproject).get("tool", {}).get("content-pipeline")
            if table is not None:
                return pyproject, table
    return None


def _read(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise PipelineError(f"invalid TOML: {exc}", str(path)) from exc


def load_config(start: Path | None = None) -> Config:
    found = _find((start or Path.cwd()).resolve())
    if found is None:
        return Config()
    path, table = found
    known = {f.name.replace("_", "-") for f in fields(Config) if f.name != "source"}
    unknown = sorted(set(table) - known)
    if unknown:
        raise PipelineError(
            f"unknown setting(s) in [tool.content-pipeline]: {', '.join(unknown)}", str(path)
        )
    glossary = Path(table.get("glossary", "glossary.csv"))
    if not glossary.is_absolute():
        glossary = path.parent / glossary
    try:
        fail_on = Severity(table.get("fail-on", "error"))
    except ValueError as exc:
        raise PipelineError(f"fail-on must be error, warning or info: {exc}", str(path)) from exc
    return Config(
        glossary=glossary,
        language=table.get("language"),
        fail_on=fail_on,
        select=tuple(table.get("select", ())),
        ignore=tuple(table.get("ignore", ())),
        source=path,
    )
