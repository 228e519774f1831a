"""A translation engine for the batch tests whose input can kill the process that runs it.

It stands for what kills batch workers in production (a native crash in an analyser, an
article that exhausts memory): `os._exit` ends the worker process at once, with no Python
clean-up, as a segmentation fault would. Otherwise it "translates" by tagging each text with
the target language, which keeps the glossary placeholders intact. Importing this module
registers it as engine "crash-test" (a Dask worker imports it as a preload).
"""

from __future__ import annotations

import os
from pathlib import Path

from pipeline.translate.engine import ENGINES, EngineStatus

ENGINES["crash-test"] = "tests.batch.engines:CrashingEngine"

POISON = "GIFTIGARTIKEL"  # a text with this kills every process that translates it
CRASH_ONCE = "KNAEKKERENGANG"  # … only the first process (a marker file in `state` says so)


class CrashingEngine:
    name = "crash-test"

    def __init__(self, name: str, state: str = "") -> None:
        self.name = name
        self.state = state

    def version(self) -> str:
        return "crash-test 1"

    def pairs(self) -> list[tuple[str, str]]:
        return []

    def supports(self, source: str, target: str) -> bool:
        return source != target

    def translate_batch(self, texts: list[str], source: str, target: str) -> list[str]:
        for text in texts:
            if POISON in text:
                os._exit(70)
            if CRASH_ONCE in text and self.state:
                try:
                    (Path(self.state) / "crashed").open("x").close()
                except FileExistsError:
                    continue  # crashed once already: translate this time
                os._exit(70)
        return [f"[{target}] {text}" for text in texts]

    @classmethod
    def status(cls, name: str) -> EngineStatus:
        return EngineStatus(name, "offline", True, "test engine")
