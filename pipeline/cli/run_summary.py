"""The summary `run` prints: one row per article written, one per translation, and a total;
then one line per article whose earlier outputs were kept, stale, because it failed."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.batch.results import ArticleResult
    from pipeline.batch.store import OutputStore
    from pipeline.emit.stale import StaleMark


def summary_table(
    results: list[ArticleResult], seconds: float, out: OutputStore, kept: int = 0
) -> None:
    """Print the tables; files are named as `out` names them (beside --out as given)."""
    import sys

    from rich.console import Console
    from rich.table import Table

    # Redirected output keeps one row per article instead of folding cells at 80 columns.
    console = Console() if sys.stdout.isatty() else Console(width=240)
    table = Table()
    table.add_column("article", overflow="fold")
    table.add_column("lang")
    for name in ("sections", "sentences", "words", "errors", "warnings", "infos"):
        table.add_column(name, justify="right")
    table.add_column("output", overflow="fold")
    for r in results:
        counts = (r.sections, r.sentences, r.words, r.errors, r.warnings, r.infos)
        table.add_row(str(r.source), r.language, *map(str, counts), out.shown(r.output))
    if len(results) > 1:
        table.add_section()
        totals = [
            sum(r.sections for r in results),
            sum(r.sentences for r in results),
            sum(r.words for r in results),
            sum(r.errors for r in results),
            sum(r.warnings for r in results),
            sum(r.infos for r in results),
        ]
        table.add_row("total", "", *map(str, totals), "", style="bold")
    console.print(table)
    translated = [(r, t) for r in results for t in r.targets]
    if translated:
        targets = Table()
        targets.add_column("article", overflow="fold")
        targets.add_column("target")
        for name in ("segments", "from memory", "errors", "warnings", "infos"):
            targets.add_column(name, justify="right")
        targets.add_column("output", overflow="fold")
        for r, t in translated:
            numbers = (t.segments, t.from_memory, t.errors, t.warnings, t.infos)
            outputs = f"{out.shown(t.content)}\n{out.shown(t.xliff)}"
            targets.add_row(str(r.source), t.language, *map(str, numbers), outputs)
        console.print(targets)
    files = len(results) + len(translated)
    noun = "file" if files == 1 else "files"
    if kept:  # unchanged articles skipped (pipeline/translate/rerun.py): their files are kept
        shown = f"{kept} unchanged article{'' if kept == 1 else 's'} skipped"
        written = [r for r in results if not r.kept]
        files = len(written) + sum(len(r.targets) for r in written)
        noun = "file" if files == 1 else "files"
        console.print(
            f"Wrote {files} content {noun} to {out.location} in {seconds:.1f} s; {shown}, "
            "their files kept.",
            highlight=False,
        )
        return
    console.print(
        f"Wrote {files} content {noun} to {out.location} in {seconds:.1f} s.", highlight=False
    )


def stale_lines(marks: list[StaleMark], out: OutputStore) -> list[str]:
    """`stale: <folder> (<why>); earlier outputs kept`, one per article this run could not
    rebuild: its files are from an earlier run, and `<out>/stale.json` says so until a run
    rebuilds it."""
    from pathlib import Path

    return [
        f"stale: {out.shown(Path(mark.folder))} ({mark.reason}); earlier outputs kept"
        for mark in marks
    ]
