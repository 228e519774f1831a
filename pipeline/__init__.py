"""content-pipeline: ingest, check, translate, validate and emit multilingual content."""

__version__ = "0.1.0"
