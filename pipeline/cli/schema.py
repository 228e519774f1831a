"""`content-pipeline schema`: print the JSON Schema of the emitted content."""

from __future__ import annotations

import click


@click.command()
def schema() -> None:
    """Print the JSON Schema (draft 2020-12) of the emitted content files.

    The output is byte-for-byte the committed schemas/content.schema.json; after changing
    the content model, regenerate it with:

        content-pipeline schema > schemas/content.schema.json
    """
    from pipeline.validate.schema import schema_text

    click.echo(schema_text(), nl=False)
