"""The import-linter contracts in pyproject.toml hold the package to its layers, every part of
the package has its place in them, and README draws the layers the contract enforces."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
CONTRACTS = PYPROJECT["tool"]["importlinter"]["contracts"]
LAYERS = next(c for c in CONTRACTS if c["type"] == "layers" and c["containers"] == ["pipeline"])
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def layer_parts() -> set[str]:
    return {
        part.strip() for layer in LAYERS["layers"] for part in layer.replace(":", "|").split("|")
    }


def test_every_part_of_the_package_has_a_layer() -> None:
    parts = {p.stem for p in (ROOT / "pipeline").glob("*.py")} | {
        p.parent.name for p in (ROOT / "pipeline").glob("*/__init__.py")
    }
    assert parts - {"__init__", "__main__"} == layer_parts()


def test_readme_draws_the_enforced_layers() -> None:
    drawn = " → ".join(LAYERS["layers"])
    assert LAYERS["name"] == f"layers: {drawn}"
    assert f"Layers (enforced by import-linter): {drawn}" in " ".join(
        (ROOT / "README.md").read_text(encoding="utf-8").split()
    )


def lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(LINT_IMPORTS), "--config", str(root / "pyproject.toml"), "--no-cache"],
        cwd=root,
        env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=False,
    )


def test_an_upward_import_breaks_the_contract(tmp_path: Path) -> None:
    """core importing the CLI (even inside a function) is reported, naming the import."""
    shutil.copytree(
        ROOT / "pipeline", tmp_path / "pipeline", ignore=shutil.ignore_patterns("__pycache__")
    )
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    assert lint_imports(tmp_path).returncode == 0
    models = tmp_path / "pipeline" / "core" / "language.py"
    models.write_text(
        models.read_text(encoding="utf-8")
        + "\n\ndef _upward() -> None:\n    import pipeline.emit.score\n",
        encoding="utf-8",
    )
    result = lint_imports(tmp_path)
    assert result.returncode == 1
    assert f"{LAYERS['name']} BROKEN" in " ".join(result.stdout.split())
    assert "pipeline.core.language -> pipeline.emit.score" in result.stdout
