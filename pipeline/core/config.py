"""Configuration from `content-pipeline.toml` or `pyproject.toml [tool.content-pipeline]`.

Defaults work with no file at all; the nearest file from the working directory up wins.

```toml
[tool.content-pipeline]
glossary = "glossary.csv"        # relative to this file
language = "da"                  # default: detected per article
audience = "public"              # or "professional"; default: detected per article
fail-on = "error"                # exit 1 at or above this severity
select = ["TERM", "MT"]          # codes or prefixes (default: every check)
extend-select = ["MECH001"]      # added to `select`
ignore = ["TERM003"]
consistency-scope = "catalog"    # CONS001 compares within: catalog | folder | project | file-set

[tool.content-pipeline.severity]            # code or prefix → error | warning | info
TERM002 = "error"

[tool.content-pipeline.per-path-ignores]    # glob (relative to this file) → codes
"drafts/**" = ["SPELL001"]
"*.md" = ["MT002"]
```

`baseline`, `fail-under` and `[score]` are the quality gate's (pipeline.checks.quality);
`[batch]` (executor, workers, scheduler, rate-limit) says where `run` runs (pipeline.batch).

Every problem is one line naming the file (a `PipelineError`).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from pipeline.core.errors import PipelineError
from pipeline.core.models import Severity

_SETTINGS = (
    "glossary",
    "language",
    "audience",
    "fail-on",
    "select",
    "extend-select",
    "ignore",
    "severity",
    "per-path-ignores",
    "translate",
    "consistency-scope",
    "baseline",
    "fail-under",
    "score",
    "batch",
)
# What CONS001 compares within: one catalog (file), folder, project, or the whole file set.
CONSISTENCY_SCOPES = ("catalog", "folder", "project", "file-set")
# [tool.content-pipeline.translate]: defaults for `translate` and `run --to`
TRANSLATE_SETTINGS = ("to", "engine", "engine-url", "memory", "engine-options")
# [tool.content-pipeline.batch]: where `run` and `translate` run their tasks (pipeline.batch)
BATCH_SETTINGS = ("executor", "workers", "scheduler", "rate-limit")


@dataclass(frozen=True)
class Config:
    glossary: Path = Path("glossary.csv")
    glossary_named: bool = False  # set by the configuration (then it must exist)
    language: str | None = None  # None: detect each article's language
    audience: str | None = None  # public | professional; None: detect per article
    fail_on: Severity = Severity.ERROR
    select: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: Mapping[str, Severity] = field(default_factory=dict)
    per_path_ignores: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    translate_to: tuple[str, ...] = ()
    engine: str | None = None
    engine_url: str | None = None
    memory: Path | None = None
    # provider settings (timeout, max_workers, a key a team keeps outside the repository …)
    engine_options: Mapping[str, Any] = field(default_factory=dict, repr=False)
    consistency_scope: str = "catalog"
    baseline: Path | None = None  # accepted findings (check --baseline)
    fail_under: float | None = None  # exit 1 when a file's quality score is lower
    score: Mapping[str, Any] = field(default_factory=dict)  # [score]: pipeline.checks.quality
    batch: Mapping[str, Any] = field(default_factory=dict)  # [batch]: executor, workers, …
    source: Path | None = field(default=None, compare=False)

    @property
    def root(self) -> Path:
        """The folder that relative settings (glossary, per-path-ignores globs) start from."""
        return self.source.parent if self.source is not None else Path.cwd().resolve()

    def check_codes(self, known: Iterable[str]) -> None:
        """Raise a PipelineError naming the file for a code or prefix that matches no check."""
        codes = list(known)
        settings: list[tuple[str, Iterable[str]]] = [
            ("select", self.select),
            ("extend-select", self.extend_select),
            ("ignore", self.ignore),
            ("severity", self.severity),
            *((f"per-path-ignores '{glob}'", c) for glob, c in self.per_path_ignores.items()),
        ]
        for setting, patterns in settings:
            unknown = [p for p in patterns if not any(_code_matches(c, p) for c in codes)]
            if unknown:
                raise self._error(f"unknown check code(s) in {setting}: {', '.join(unknown)}")

    def severity_for(self, code: str, default: Severity) -> Severity:
        """The configured severity of `code` (the longest matching code or prefix wins)."""
        matching = [p for p in self.severity if _code_matches(code, p)]
        return self.severity[max(matching, key=len)] if matching else default

    def ignores_for(self, path: Path) -> tuple[str, ...]:
        """Codes `per-path-ignores` turns off for `path`."""
        try:
            relative = PurePosixPath(path.resolve().relative_to(self.root.resolve()).as_posix())
        except ValueError:
            return ()  # outside the configured project
        return tuple(
            code
            for glob, codes in self.per_path_ignores.items()
            if path_matches(glob, relative)
            for code in codes
        )

    def _error(self, message: str) -> PipelineError:
        return PipelineError(message, _shown(self.source) if self.source else None)


def _code_matches(code: str, pattern: str) -> bool:
    return code.upper().startswith(pattern.upper())


def path_matches(glob: str, relative: PurePosixPath) -> bool:
    """Whether a per-path-ignores glob matches a path relative to the configuration's folder.

    As in .gitignore: `*` and `?` stay within one folder, `**` spans folders, a glob naming a
    folder covers everything under it, and a glob without `/` matches at any depth.
    """
    pattern = glob.strip().strip("/")
    regex = _glob_regex(pattern)
    candidates = [p.as_posix() for p in reversed(relative.parents) if p.parts]
    candidates.append(relative.as_posix())
    if "/" not in pattern:
        candidates.extend(relative.parts)
    return any(regex.fullmatch(c) for c in candidates)


def _glob(table: _Table, glob: str) -> str:
    """A per-path-ignores glob as written, refused when it could never match what it seems to
    say: empty, `***`, or classes and alternatives (`[ab]`, `{a,b}`) that our gitignore-style
    globs do not have and would match literally."""
    pattern = glob.strip().strip("/")
    problem = None
    if not pattern:
        problem = "is empty"
    elif "***" in pattern:
        problem = "has '***' (use '**' for any folders)"
    elif any(ch in pattern for ch in "[]{}\\"):
        problem = "uses [ ] { } or \\, which these globs do not support (only *, ** and ?)"
    if problem:
        raise table.error(f"per-path-ignores glob '{glob}' {problem}")
    return glob


def _glob_regex(pattern: str) -> re.Pattern[str]:
    parts: list[str] = []
    i = 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            parts.append("(?:.*/)?")
            i += 3
        elif pattern.startswith("**", i):
            parts.append(".*")
            i += 2
        elif pattern[i] == "*":
            parts.append("[^/]*")
            i += 1
        elif pattern[i] == "?":
            parts.append("[^/]")
            i += 1
        else:
            parts.append(re.escape(pattern[i]))
            i += 1
    return re.compile("".join(parts))


def _shown(path: Path) -> str:
    try:
        return str(path.relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


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
        raise PipelineError(f"invalid TOML: {exc}", _shown(path)) from exc
    except UnicodeDecodeError as exc:
        raise PipelineError(
            f"not UTF-8 (byte 0x{exc.object[exc.start]:02x} at offset {exc.start}); "
            "save the configuration as UTF-8",
            _shown(path),
            exc.object[: exc.start].count(b"\n") + 1,
        ) from exc
    except OSError as exc:
        raise PipelineError(f"cannot read: {exc.strerror}", _shown(path)) from exc


class _Table:
    """Typed reads of the settings table; a wrong type is a one-line error naming the file."""

    def __init__(self, table: dict[str, Any], path: Path) -> None:
        self.table = table
        self.path = path

    def error(self, message: str) -> PipelineError:
        return PipelineError(message, _shown(self.path))

    def string(self, key: str) -> str | None:
        value = self.table.get(key)
        if value is not None and not isinstance(value, str):
            raise self.error(f"{key} must be a string, not {_type(value)}")
        return value

    def codes(self, key: str, value: Any = None) -> tuple[str, ...]:
        value = self.table.get(key, ()) if value is None else value
        if not isinstance(value, list | tuple) or not all(isinstance(c, str) for c in value):
            raise self.error(f'{key} must be a list of check codes, e.g. ["TERM", "MT001"]')
        return tuple(c.strip().upper() for c in value if c.strip())

    def mapping(self, key: str) -> dict[str, Any]:
        value = self.table.get(key, {})
        if not isinstance(value, dict):
            raise self.error(f"{key} must be a table, not {_type(value)}")
        return value

    def severity(self, key: str, value: Any) -> Severity:
        try:
            return Severity(value)
        except ValueError:
            raise self.error(f"{key} must be error, warning or info, not {value!r}") from None


def _type(value: Any) -> str:
    names = {str: "a string", list: "a list", dict: "a table", bool: "a boolean"}
    return names.get(type(value), "a number" if isinstance(value, int | float) else "a date")


def load_config(start: Path | None = None) -> Config:
    """The configuration nearest to `start` (default: the working directory), else defaults."""
    found = _find((start or Path.cwd()).resolve())
    if found is None:
        return Config()
    path, raw = found
    table = _Table(raw, path)
    unknown = sorted(set(raw) - set(_SETTINGS))
    if unknown:
        where = "[tool.content-pipeline]" if path.name == "pyproject.toml" else "the file"
        raise table.error(
            f"unknown setting(s) in {where}: {', '.join(unknown)} (known: {', '.join(_SETTINGS)})"
        )
    glossary = Path(table.string("glossary") or "glossary.csv")
    if not glossary.is_absolute():
        glossary = path.parent / glossary
    severity = {
        code.strip().upper(): table.severity(f"severity.{code}", value)
        for code, value in table.mapping("severity").items()
    }
    per_path = {
        _glob(table, glob): table.codes(f"per-path-ignores '{glob}'", codes)
        for glob, codes in table.mapping("per-path-ignores").items()
    }
    translate = table.mapping("translate")
    unknown = sorted(set(translate) - set(TRANSLATE_SETTINGS))
    if unknown:
        raise table.error(
            f"unknown translate setting(s): {', '.join(unknown)} "
            f"(known: {', '.join(TRANSLATE_SETTINGS)})"
        )
    to = translate.get("to", [])
    if isinstance(to, str):
        to = [code.strip() for code in to.split(",") if code.strip()]
    if not isinstance(to, list) or not all(isinstance(code, str) for code in to):
        raise table.error("translate.to must be a list of language codes")
    for key in ("engine", "engine-url", "memory"):
        if key in translate and not isinstance(translate[key], str):
            raise table.error(f"translate.{key} must be a string")
    options = translate.get("engine-options", {})
    if not isinstance(options, dict):
        raise table.error("translate.engine-options must be a table")
    scope = table.string("consistency-scope") or "catalog"
    if scope not in CONSISTENCY_SCOPES:
        raise table.error(f"consistency-scope must be one of {', '.join(CONSISTENCY_SCOPES)}")
    baseline = Path(table.string("baseline") or "") if "baseline" in raw else None
    if baseline is not None and not baseline.is_absolute():
        baseline = path.parent / baseline
    fail_under = raw.get("fail-under")
    if fail_under is not None and (
        isinstance(fail_under, bool) or not isinstance(fail_under, int | float)
    ):
        raise table.error(f"fail-under must be a score from 0 to 100, not {_type(fail_under)}")
    if fail_under is not None and not 0 <= fail_under <= 100:
        raise table.error(f"fail-under must be a score from 0 to 100, not {fail_under}")
    memory = Path(translate["memory"]) if "memory" in translate else None
    if memory is not None and not memory.is_absolute():
        memory = path.parent / memory
    return Config(
        glossary=glossary,
        glossary_named="glossary" in raw,
        language=table.string("language"),
        audience=_audience(table.string("audience"), table),
        fail_on=table.severity("fail-on", raw.get("fail-on", "error")),
        select=table.codes("select"),
        extend_select=table.codes("extend-select"),
        ignore=table.codes("ignore"),
        severity=severity,
        per_path_ignores=per_path,
        translate_to=tuple(to),
        engine=translate.get("engine"),
        engine_url=translate.get("engine-url"),
        memory=memory,
        engine_options={key.replace("-", "_"): value for key, value in options.items()},
        consistency_scope=scope,
        baseline=baseline,
        fail_under=None if fail_under is None else float(fail_under),
        score=table.mapping("score"),
        batch=_batch(table),
        source=path,
    )


def _batch(table: _Table) -> dict[str, Any]:
    batch = table.mapping("batch")
    unknown = sorted(set(batch) - set(BATCH_SETTINGS))
    if unknown:
        raise table.error(
            f"unknown batch setting(s): {', '.join(unknown)} (known: {', '.join(BATCH_SETTINGS)})"
        )
    for key in ("executor", "scheduler"):
        if key in batch and not isinstance(batch[key], str):
            raise table.error(f"batch.{key} must be a string")
    workers = batch.get("workers", 1)
    if isinstance(workers, bool) or not isinstance(workers, int) or workers < 1:
        raise table.error("batch.workers must be a whole number of 1 or more")
    rate = batch.get("rate-limit", 1)
    if isinstance(rate, bool) or not isinstance(rate, int | float) or rate <= 0:
        raise table.error("batch.rate-limit must be a positive number of engine calls a second")
    return dict(batch)


AUDIENCES = ("public", "professional")


def _audience(value: str | None, table: _Table) -> str | None:
    if value is not None and value not in AUDIENCES:
        raise table.error(f"audience must be one of {', '.join(AUDIENCES)}, not {value!r}")
    return value
