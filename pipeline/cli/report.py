"""`content-pipeline report`: one self-contained HTML report of an output folder."""

from __future__ import annotations

from pathlib import Path

import click


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
    from pipeline.emit.html_report import create_report

    result = create_report(out_dir, html_path or out_dir / "report.html")
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
