"""benchmarks/mt_corpus/save_page.py: stored excerpts written in the corpus format."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "benchmarks" / "mt_corpus" / "save_page.py"

spec = importlib.util.spec_from_file_location("save_page", SCRIPT)
assert spec is not None and spec.loader is not None
save_page = importlib.util.module_from_spec(spec)
spec.loader.exec_module(save_page)


def test_one_line_per_paragraph_bullets_as_dashes_and_quoted_spacing_kept() -> None:
    excerpts = [
        " date 2024-03 Hovedpine\n\nMange får hovedpine.\n  • Drik vand\n· Sov godt",
        "* Stjerne bleves \n\n\nSidste linje",
    ]
    assert save_page.page_text(excerpts) == (
        "Hovedpine\nMange får hovedpine.\n- Drik vand\n- Sov godt\n"
        "* Stjerne bleves \nSidste linje\n"
    )


def test_the_annotations_the_page_lacks_are_named(tmp_path: Path) -> None:
    excerpts = tmp_path / "x.json"
    excerpts.write_text(json.dumps(["Hjerte anfald hos ældre\n\nDet er et hjerte anfald."]))
    annotation = tmp_path / "x.yml"
    annotation.write_text(
        "id: x\nwords: 9\nerrors:\n"
        "- {text: 'Hjerte anfald', kind: split-compound}\n"
        "- {text: 'lunge betændelse', kind: split-compound}\n",
        encoding="utf-8",
    )
    out = tmp_path / "pages" / "x.txt"
    run = subprocess.run(
        [sys.executable, str(SCRIPT), str(excerpts), str(out), "--annotation", str(annotation)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert out.read_text(encoding="utf-8") == "Hjerte anfald hos ældre\nDet er et hjerte anfald.\n"
    assert run.returncode == 1
    assert "1 missing" in run.stdout and "lunge betændelse" in run.stdout
