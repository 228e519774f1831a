"""The checks' YAML data files, parsed once per machine instead of once per process.

Five checks read their rules from YAML (calques and false friends, valency, collocations,
English plurals and abbreviations): importing PyYAML and parsing them is about 0.035 s of CPU
in every `check` process, a tenth of checking one article. `yaml_data` keeps the parsed value
in the user's cache folder (`~/.cache/content-pipeline/yaml/`, `$XDG_CACHE_HOME`) as marshal
data, which Python reads back in a fraction of that, without importing PyYAML at all.

The file is named by a SHA-256 of the text, of this module's format number, of the Python
version and of where PyYAML is installed and when its files changed: an edited data file, another
Python or another PyYAML finds no file and parses afresh, so nothing is ever invalidated in
place. Files are written atomically; one that cannot be read is parsed again and rewritten.
A value marshal cannot hold (a YAML timestamp) is parsed in every process, as without this.
"""

from __future__ import annotations

import hashlib
import importlib.util
import marshal
import os
import sys
from functools import cache
from pathlib import Path
from typing import Any

from pipeline.core.fs import atomic_write_bytes

FORMAT = 1  # bumped when what is stored changes


def yaml_data(text: str) -> Any:
    """`yaml.safe_load(text)` (libyaml's loader when PyYAML has it; both give the same
    values), from the value an earlier process stored when there is one."""
    path = _cache_folder() / f"{_key(text)}.marshal"
    try:
        return marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        pass
    import yaml

    value = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    try:
        data = marshal.dumps(value)
    except ValueError:  # a type marshal cannot store: parsed again next time
        return value
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(path, data)
    except OSError:
        pass  # a read-only or full home: the next process parses again
    return value


def _cache_folder() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "content-pipeline" / "yaml"


def _key(text: str) -> str:
    digest = hashlib.sha256(f"{FORMAT}\0{sys.version}\0{_parser()}\0".encode())
    digest.update(text.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


@cache
def _parser() -> str:
    """Where PyYAML is installed and when its files changed (its package folder changes
    when a file of it, as its libyaml binding, is added or replaced), found without
    importing it."""
    try:
        spec = importlib.util.find_spec("yaml")
    except (ImportError, ValueError):
        spec = None
    origin = spec.origin if spec is not None else None
    if not origin:
        return "yaml:none"
    parts = []
    for path in (origin, os.path.dirname(origin)):
        try:
            info = os.stat(path)
            parts.append(f"{path}:{info.st_size}:{info.st_mtime_ns}:{info.st_ctime_ns}")
        except OSError:
            parts.append(f"{path}:missing")
    return "\n".join(parts)
