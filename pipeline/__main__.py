"""Allows `python -m pipeline`."""

from pipeline.cli.main import cli

if __name__ == "__main__":
    cli()
