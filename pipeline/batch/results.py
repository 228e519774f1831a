"""What a batch run returns per article: the summary row `run` prints and the manifest keeps."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.workflow import TargetResult


@dataclass(frozen=True)
class ArticleResult:
    """One row of the summary table: an article that was written. `output` and the targets'
    files are relative to the run's output location (pipeline.batch.store.OutputStore)."""

    source: Path
    language: str
    sections: int
    sentences: int
    words: int
    errors: int
    warnings: int
    infos: int
    output: Path
    targets: list[TargetResult]
    kept: bool = False  # unchanged since an earlier run: skipped, its files kept
