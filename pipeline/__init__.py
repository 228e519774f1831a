"""content-pipeline: ingest, check, translate, validate and emit multilingual content.

The library API (`check_paths`, `CheckOptions`, `CheckReport`) is resolved on first use
(PEP 562), so `import pipeline` stays cheap and the package root imports nothing above core:
the emitters read `__version__` from here without pulling in the check engine.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pipeline.core.version import __version__

if TYPE_CHECKING:
    from pipeline.checking import CheckOptions, CheckReport, check_paths

__all__ = ["CheckOptions", "CheckReport", "__version__", "check_paths"]

_API = frozenset({"CheckOptions", "CheckReport", "check_paths"})


def __getattr__(name: str) -> Any:
    if name in _API:
        from pipeline import checking

        return getattr(checking, name)
    raise AttributeError(f"module 'pipeline' has no attribute {name!r}")
