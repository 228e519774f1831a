"""Machine translation behind one interface: offline Apertium and online providers.

Engines are imported only when asked for (`get_engine`), so importing this package is cheap.
"""

from __future__ import annotations

from pipeline.translate.engine import (
    DEFAULT_ENGINE,
    ENGINES,
    EngineStatus,
    TranslationEngine,
    engine_status,
    get_engine,
)
from pipeline.translate.errors import EngineUnavailableError, TranslationError, UnsupportedPairError

__all__ = [
    "DEFAULT_ENGINE",
    "ENGINES",
    "EngineStatus",
    "EngineUnavailableError",
    "TranslationEngine",
    "TranslationError",
    "UnsupportedPairError",
    "engine_status",
    "get_engine",
]
