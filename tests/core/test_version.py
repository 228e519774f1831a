"""The version the tool reports is the one it is installed as (pyproject.toml's)."""

from __future__ import annotations

import importlib.metadata
import tomllib
from pathlib import Path

from pipeline import __version__


def test_the_version_is_pyprojects_and_the_installed_ones() -> None:
    pyproject = tomllib.loads((Path(__file__).parents[2] / "pyproject.toml").read_text("utf-8"))
    assert __version__ == pyproject["project"]["version"]
    assert __version__ == importlib.metadata.version("content-pipeline")
