"""Glossary-driven terminology checks."""
