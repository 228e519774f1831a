"""Settings every test shares."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.translate.libre_server import FakeLibreTranslate, running


@pytest.fixture(autouse=True)
def _findings_cache_of_its_own(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """`check` keeps a findings cache in the working directory: each test gets a fresh one
    elsewhere, so no test is answered from another's run and the checkout stays clean."""
    folder = tmp_path_factory.mktemp("findings-cache")
    monkeypatch.setenv("CONTENT_PIPELINE_CACHE_DIR", str(folder))
    return folder


@pytest.fixture(scope="session")
def _user_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("user-cache")


@pytest.fixture(autouse=True)
def _user_cache_of_the_suite(_user_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """What the tool keeps per machine (compiled patterns, compiled glossaries, the wordfreq
    index) goes to one folder of the suite's, not the tester's ~/.cache."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(_user_cache))


@pytest.fixture
def libre(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeLibreTranslate]:
    """A scripted LibreTranslate on 127.0.0.1, with no key in the environment."""
    monkeypatch.delenv("LIBRE_API_KEY", raising=False)
    with running() as fake:
        yield fake
