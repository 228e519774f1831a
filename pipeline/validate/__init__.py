"""Validation of emitted content against the published schema."""
