"""Shared data model, errors and configuration; imports no other part of the package."""
