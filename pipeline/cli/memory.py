"""`content-pipeline memory import|export|stats`: the translation memory and TMX."""

from __future__ import annotations

from pathlib import Path

import click

from pipeline.core.errors import PipelineError
from pipeline.translate.cache import DEFAULT_MEMORY_PATH

MEMORY_OPTION = click.option(
    "--memory",
    "memory_path",
    type=click.Path(path_type=Path, dir_okay=False),
    default=DEFAULT_MEMORY_PATH,
    show_default=True,
    help="Translation memory file (SQLite).",
)


@click.group()
def memory() -> None:
    """Import and export the translation memory (TMX 1.4)."""


@memory.command("import")
@click.argument("tmx_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--from", "source_lang", required=True, metavar="CODE", help="Source language.")
@click.option("--to", "target_lang", required=True, metavar="CODE", help="Target language.")
@MEMORY_OPTION
def import_(tmx_file: Path, source_lang: str, target_lang: str, memory_path: Path) -> None:
    """Store the pairs of TMX_FILE as approved human translations, used before any engine.

    Language codes match by their primary subtag: --from da reads <tuv xml:lang="da-DK">.
    """
    from pipeline.translate.cache import TranslationMemory, import_tmx

    tm = TranslationMemory(memory_path)
    try:
        count = import_tmx(tm, tmx_file, source_lang, target_lang)
    finally:
        tm.close()
    click.echo(
        f"imported {_count(count, 'approved translation')} ({source_lang}→{target_lang}) "
        f"from {tmx_file} into {memory_path}"
    )


@memory.command("export")
@click.argument("tmx_file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--from", "source_lang", default=None, metavar="CODE", help="Only this source.")
@click.option("--to", "target_lang", default=None, metavar="CODE", help="Only this target.")
@click.option("--approved-only", is_flag=True, help="Leave out engine translations.")
@MEMORY_OPTION
def export(
    tmx_file: Path,
    source_lang: str | None,
    target_lang: str | None,
    approved_only: bool,
    memory_path: Path,
) -> None:
    """Write the memory to TMX_FILE: approved and engine translations, engine ones marked
    with <prop type="x-engine">."""
    from pipeline.translate.cache import TranslationMemory, export_tmx

    if not memory_path.is_file():
        raise PipelineError("no translation memory (file not found)", str(memory_path))
    tm = TranslationMemory(memory_path)
    try:
        count = export_tmx(tm, tmx_file, source_lang, target_lang, approved_only)
    finally:
        tm.close()
    click.echo(f"exported {_count(count, 'translation unit')} to {tmx_file}")


@memory.command()
@MEMORY_OPTION
def stats(memory_path: Path) -> None:
    """Count the approved and engine translations and list the language pairs."""
    from pipeline.translate.cache import TranslationMemory

    if not memory_path.is_file():
        click.echo(f"{memory_path}: no translation memory yet")
        return
    tm = TranslationMemory(memory_path)
    try:
        found = tm.stats()
    finally:
        tm.close()
    click.echo(str(memory_path))
    click.echo(f"  approved translations: {found.approved}")
    click.echo(f"  engine translations: {found.translations}")
    for engine, count in found.engines.items():
        click.echo(f"    {engine}: {count}")
    click.echo(f"  language pairs: {', '.join(found.pairs) or '-'}")


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"
