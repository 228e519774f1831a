"""content-pipeline: ingest, check, translate, validate and emit multilingual content."""

__version__ = "0.1.0"

from pipeline.checking import CheckOptions, CheckReport, check_paths

__all__ = ["CheckOptions", "CheckReport", "__version__", "check_paths"]
