"""One rate limit on engine calls, however many processes or machines make them.

An online provider bans a key that calls too often; twenty batch workers each keeping a polite
pace together do not. A `CallLimit` is asked before every engine call: `TokenBucket` paces the
calls of one process, and pipeline.batch gives Dask workers a limit shared through the
scheduler. `limited` puts a limit in front of any engine (before each request of an online
provider, pipeline.translate.online; before each call of any other).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Protocol

from pipeline.translate.engine import TranslationEngine


class CallLimit(Protocol):
    """Blocks in `acquire` until one more call may start; `release` once it has ended."""

    def acquire(self) -> None: ...

    def release(self) -> None: ...


class TokenBucket:
    """At most `rate` call starts in any one second of this process (a burst of one: calls
    are spaced 1/rate apart), safe for several threads."""

    def __init__(
        self,
        rate: float,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if rate <= 0:
            raise ValueError(f"a rate limit must be positive, not {rate}")
        self.interval = 1.0 / rate
        self._clock = clock
        self._sleep = sleep
        self._lock = threading.Lock()
        self._next = float("-inf")

    def acquire(self) -> None:
        with self._lock:
            now = self._clock()
            start = max(now, self._next)
            self._next = start + self.interval
        if start > now:
            self._sleep(start - now)

    def release(self) -> None:
        """Nothing to give back: the bucket refills with time."""

    def __getstate__(self) -> dict[str, float]:
        # a copy in another process paces that process only (pipeline.batch divides the rate)
        return {"interval": self.interval}

    def __setstate__(self, state: dict[str, float]) -> None:
        self.interval = state["interval"]
        self._clock, self._sleep = time.monotonic, time.sleep
        self._lock = threading.Lock()
        self._next = float("-inf")


class LimitedEngine:
    """`engine`, with `limit` asked before each call (a TranslationEngine itself)."""

    def __init__(self, engine: TranslationEngine, limit: CallLimit) -> None:
        self.engine = engine
        self.limit = limit
        self.name = engine.name
        batch_size = getattr(engine, "batch_size", None)
        if batch_size is not None:
            self.batch_size = batch_size

    def version(self) -> str:
        return self.engine.version()

    def pairs(self) -> list[tuple[str, str]]:
        return self.engine.pairs()

    def supports(self, source: str, target: str) -> bool:
        return self.engine.supports(source, target)

    def translate_batch(self, texts: list[str], source: str, target: str) -> list[str]:
        self.limit.acquire()
        try:
            return self.engine.translate_batch(texts, source, target)
        finally:
            self.limit.release()


def limited(engine: TranslationEngine, limit: CallLimit | None) -> TranslationEngine:
    """`engine` under `limit`: an engine that makes several requests per call (the online
    providers: one per text) asks the limit before each request, any other before each call."""
    if limit is None:
        return engine
    if hasattr(engine, "limit"):
        engine.limit = limit
        return engine
    return LimitedEngine(engine, limit)
