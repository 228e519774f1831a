"""`content-pipeline translate`: the pipeline with translation, writing into output/ by default."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from pipeline.cli.options import batch_options, check_options, translate_options
from pipeline.cli.run import execute


@click.command()
@click.argument(
    "paths", nargs=-1, required=True, type=click.Path(path_type=Path), metavar="PATH..."
)
@click.option(
    "--out",
    "out",
    default="output",
    show_default=True,
    metavar="FOLDER|URL",
    help="Output folder, or an fsspec URL (see `run`).",
)
@check_options
@translate_options(required=True)
@batch_options
def translate(paths: tuple[Path, ...], out: str, **options: Any) -> None:
    """Translate articles (files or folders) into the --to languages and validate them.

    Writes <out>/<slug>/content.<lang>.json for the source and each target and an XLIFF 2.1
    file per language pair. The source language is detected when --from is absent. API keys
    come only from the environment variables deep-translator uses (DEEPL_API_KEY,
    LIBRE_API_KEY, …). A second run over unchanged articles asks no engine: every segment
    comes from the translation memory (<out>/.cache/tm.sqlite).

    Exit status: 0 when every input was written, 2 when any input failed.
    """
    execute(paths, out, options, translation_required=True)
