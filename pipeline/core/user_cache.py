"""The user's cache folder for derived data (`~/.cache/content-pipeline/`, `$XDG_CACHE_HOME`).

Every kind of data a process keeps for later ones (compiled glossaries, the wordfreq index,
spelling and analysis answers, parsed YAML, compiled patterns) lives in a folder of its own
under this one, so the rule for where the cache is stays in one place.
"""

from __future__ import annotations

import os
from pathlib import Path


def cache_home() -> Path:
    """`$XDG_CACHE_HOME/content-pipeline`, or `~/.cache/content-pipeline`, read afresh on each
    call (tests and callers may set XDG_CACHE_HOME)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "content-pipeline"
