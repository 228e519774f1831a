"""Concept-oriented terminology: model, CSV loading and validation, inflected matching."""

from pipeline.glossary.csv_loader import load_glossary
from pipeline.glossary.model import Concept, Glossary, TermEntry, TermStatus

__all__ = ["Concept", "Glossary", "TermEntry", "TermStatus", "load_glossary"]
