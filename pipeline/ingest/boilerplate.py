"""Recognises lines that scraping or machine translation left behind and that are not content.

The patterns are data (pipeline/ingest/data/boilerplate.txt): navigation, sharing, newsletter,
cookie, comment and rating lines in Danish, Norwegian, Swedish and English, table-of-contents
labels and translated bylines. A pattern matches a whole line only, never words inside a
sentence; a block of several lines is boilerplate only when every line is.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from importlib import resources

from pipeline.core.compiled_patterns import compiled

DATA = "boilerplate.txt"
# Longer lines are content. Cookie banners run to a few hundred characters; every pattern
# that may match that much starts with words no article sentence starts with.
MAX_LINE = 300
# an inline suppression comment (pipeline/checks/suppression.py) on a line of its own
_DIRECTIVE = re.compile(r"^<!--\s*content-pipeline:.*-->$")


@cache
def boilerplate_pattern() -> re.Pattern[str]:
    """One expression of every pattern of the data file, anchored to a whole line."""
    text = resources.files("pipeline.ingest").joinpath("data", DATA).read_text(encoding="utf-8")
    patterns = [
        line.strip()
        for line in text.splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]
    return compiled(r"^(?:" + "|".join(patterns) + r")\s*[:.!]?$", re.IGNORECASE)


def boilerplate_label(line: str) -> str | None:
    """Why `line` (or a block of lines) is not content ("boilerplate", "directive"), or None
    when it may be content."""
    stripped = line.strip()
    if _DIRECTIVE.match(stripped):
        return "directive"
    lines = [part.strip() for part in stripped.split("\n") if part.strip()]
    if lines and all(_boilerplate_line(part) for part in lines):
        return "boilerplate"
    return None


@lru_cache(maxsize=8192)
def _boilerplate_line(line: str) -> bool:
    """Whether one stripped line is boilerplate. Memoised: ingest asks about each line of a
    document two or three times (alone, as a block, and again when building segments), and
    the expression tries its 86 alternatives at each line's start."""
    return len(line) <= MAX_LINE and boilerplate_pattern().match(line) is not None
