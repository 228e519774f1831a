"""What the CLI tests share: a project folder as the working directory (`project`), the seed
article's project (`seed_project`), and the paths of the repository's own inputs."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Mapping
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "sources" / "muskeltraekninger-da.txt"
PROJECT_GLOSSARY = ROOT / "glossary.csv"

# files by name ("articles/a.md" makes its folder): text to write, or a file to copy
Files = Mapping[str, str | Path]
Project = Callable[[Files], Path]


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Project:
    """Makes tmp_path the working directory and writes `files` into it; returns the folder.

    Commands name their inputs relative to it, as a user in a project folder would."""
    monkeypatch.chdir(tmp_path)

    def make(files: Files) -> Path:
        for name, content in files.items():
            path = tmp_path / name
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, Path):
                shutil.copy(content, path)
            else:
                path.write_text(content, encoding="utf-8")
        return tmp_path

    return make


@pytest.fixture
def seed_project(project: Project) -> Path:
    """The demo project: the project glossary and the seed article in sources/."""
    return project({"glossary.csv": PROJECT_GLOSSARY, f"sources/{SEED.name}": SEED})
