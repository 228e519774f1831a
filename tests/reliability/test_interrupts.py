"""Ctrl-C stops promptly with exit 130 (not 1, the findings code) and keeps what is written."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.translate.libre_server import running

ARTICLE = "Heart health\n\n" + " ".join(f"Sentence number {n} is here." for n in range(40)) + "\n"


def wait_until(condition: object, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if callable(condition) and condition():
            return True
        time.sleep(0.05)
    return False


def test_ctrl_c_during_translation_to_a_silent_provider_exits_130_promptly(
    tmp_path: Path,
) -> None:
    (tmp_path / "article.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "glossary.csv").write_text("concept_id,lang,term,status\n", encoding="utf-8")
    with running() as fake:
        fake.script = ["hang"] * 200
        fake.hang_seconds = 120.0  # the provider never answers within the test
        command = [
            sys.executable, "-m", "pipeline", "translate", "article.txt", "--from", "en",
            "--to", "de", "--engine", "libre", "--engine-url", fake.url, "--no-memory",
        ]  # fmt: skip
        process = subprocess.Popen(
            command, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        assert wait_until(lambda: len(fake.requests) > 0, 60), "no request reached the provider"
        asked = len(fake.requests)
        process.send_signal(signal.SIGINT)
        try:
            _, err = process.communicate(timeout=60)
        finally:
            process.kill()
        after = len(fake.requests) - asked

    assert process.returncode == 130, err
    assert "interrupted" in err
    assert "Traceback" not in err
    assert after <= 4  # at most the requests already being sent by the engine's workers
