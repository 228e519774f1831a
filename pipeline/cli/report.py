"""`content-pipeline report`: one self-contained HTML report of an output folder."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from pipeline.glossary.model import Glossary


@click.command()
@click.argument("out_dir", type=click.Path(path_type=Path, file_okay=False, exists=True))
@click.option(
    "--html",
    "html_path",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Where to write the report (default: OUT_DIR/report.html).",
)
def report(out_dir: Path, html_path: Path | None) -> None:
    """Write one HTML report of the content files that `run` wrote to OUT_DIR.

    The report opens offline in any browser: each article's findings highlighted in the source
    and its translations side by side, a summary by severity, code and language, glossary
    coverage, and filters. Next to it, NAME.state.json keeps this run's findings, so that the
    next report lists what is new and what was fixed.

        content-pipeline report output/ --html report.html
    """
    from pipeline.emit.report.page import create_report

    glossary = _glossary_of_the_run(out_dir)
    result = create_report(out_dir, html_path or out_dir / "report.html", glossary)
    history = result.history
    changes = (
        "first report: the baseline for the next one"
        if history.is_baseline
        else f"{len(history.new)} new, {len(history.fixed)} fixed since the previous report"
    )
    click.echo(
        f"Wrote {result.html_path}: {result.articles} article(s), {result.findings} finding(s); "
        f"{changes}."
    )


def _glossary_of_the_run(out_dir: Path) -> Glossary | None:
    """The glossary the content files name (metadata.glossary_path), looked up relative to the
    working directory, then to the output folder's parent; None when they name none or it
    cannot be read (the report says so). A content file that cannot be read is left to the
    report, which names it."""
    from pipeline.core.errors import GlossaryError
    from pipeline.formats import glossary_formats
    from pipeline.glossary import load_glossary

    named = None
    for path in sorted(out_dir.glob("*/content.*.json")):
        try:
            named = json.loads(path.read_bytes())["metadata"]["glossary_path"]
        except (OSError, ValueError, KeyError, TypeError):
            continue
        break
    for candidate in [Path(named), out_dir.parent / named] if isinstance(named, str) else []:
        try:
            return load_glossary(candidate, glossary_formats())
        except GlossaryError:
            continue
    return None
