"""The interface every translation engine implements, and the registry that finds them by name."""

from __future__ import annotations

import inspect
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol, cast, runtime_checkable

from pipeline.core.lazy import load
from pipeline.translate.errors import EngineUnavailableError

DEFAULT_ENGINE = "apertium"

_ONLINE = "pipeline.translate.online:OnlineEngine"

# engine name → "module:class"; modules are imported only when the engine is asked for, so
# subprocess and deep-translator code stays out of start-up. Adding an engine is one line here.
ENGINES: dict[str, str] = {
    "apertium": "pipeline.translate.apertium:ApertiumEngine",
    "google": _ONLINE,
    "deepl": _ONLINE,
    "microsoft": _ONLINE,
    "mymemory": _ONLINE,
    "libre": _ONLINE,
    "yandex": _ONLINE,
    "papago": _ONLINE,
    "pons": _ONLINE,
    "linguee": _ONLINE,
    "qcri": _ONLINE,
    "chatgpt": _ONLINE,
    "baidu": _ONLINE,
    "tencent": _ONLINE,
}


@runtime_checkable
class TranslationEngine(Protocol):
    """Translates batches of plain-text segments between two ISO 639-1 languages."""

    name: str

    def version(self) -> str:
        """What produced the translation, e.g. "apertium 3.8.3-1+b2; apertium-dan-nor 1.5.0-2"."""
        ...

    def pairs(self) -> list[tuple[str, str]]:
        """The (source, target) pairs known to work; empty when only the provider knows."""
        ...

    def supports(self, source: str, target: str) -> bool:
        """Whether `translate_batch` accepts this pair."""
        ...

    def translate_batch(self, texts: list[str], source: str, target: str) -> list[str]:
        """Translations of `texts`, same length and order; raises TranslationError."""
        ...


@dataclass(frozen=True)
class EngineStatus:
    """What `content-pipeline engines` shows about one engine, found without any network."""

    name: str
    kind: Literal["offline", "online"]
    available: bool
    detail: str  # why it is unavailable, or what was found
    pairs: list[tuple[str, str]] | None = None  # None: not listed (many, or known only online)
    languages: int | None = None
    env_vars: tuple[str, ...] = field(default=())


class EngineClass(Protocol):
    """What a registry entry points at: a class built as `cls(name, **options)`."""

    def __call__(self, name: str, **options: Any) -> TranslationEngine: ...

    def status(self, name: str) -> EngineStatus: ...


def _engine_class(name: str) -> EngineClass:
    target = ENGINES.get(name)
    if target is None:
        known = ", ".join(sorted(ENGINES))
        raise EngineUnavailableError(f"unknown translation engine {name!r}; known engines: {known}")
    return cast(EngineClass, load(target))


def get_engine(name: str = DEFAULT_ENGINE, **options: Any) -> TranslationEngine:
    """The engine `name` built with `options` (from configuration; never secrets on a CLI)."""
    engine_class = _engine_class(name)
    try:
        inspect.signature(engine_class).bind(name, **options)
        return engine_class(name, **options)
    except (TypeError, ValueError) as exc:  # an unknown option, or a value of the wrong kind
        raise EngineUnavailableError(f"{name}: bad engine options: {exc}") from None


def engine_status(name: str) -> EngineStatus:
    """Whether engine `name` can run here, its pairs and the variables it reads; no network."""
    return _engine_class(name).status(name)
