"""The checks' YAML data files, parsed once per machine instead of once per process.

Five checks read their rules from YAML (calques and false friends, valency, collocations,
English plurals and abbreviations): importing PyYAML and parsing them is about 0.035 s of CPU
in every `check` process, a tenth of checking one article. `yaml_data` keeps the parsed value
in the user's cache folder (`~/.cache/content-pipeline/yaml/`, `$XDG_CACHE_HOME`) as marshal
data, which Python reads back in a fraction of that, without importing PyYAML at all.

The file is named by a SHA-256 of the text, of this module's format number, of the Python
version and of where PyYAML is installed and when its files changed: an edited data file, another
Python or another PyYAML finds no file and parses afresh, so nothing is ever invalidated in
place (pipeline/core/kept_values.py). A value marshal cannot hold (a YAML timestamp) is
parsed in every process, as without this.
"""

from __future__ import annotations

import importlib.util
import os
from functools import cache
from typing import Any

from pipeline.core.kept_values import kept_value

FORMAT = 1  # bumped when what is stored changes


def yaml_data(text: str) -> Any:
    """`yaml.safe_load(text)` (libyaml's loader when PyYAML has it; both give the same
    values), from the value an earlier process stored when there is one."""

    def parse() -> Any:
        import yaml

        return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))

    depends_on = (str(FORMAT).encode(), _parser().encode(), text.encode("utf-8", "surrogatepass"))
    return kept_value("yaml", depends_on, parse)


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
