"""Recognises lines that scraping or machine translation left behind and that are not content."""

from __future__ import annotations

import re

# One short line on its own. Kept deliberately narrow: a false hit would hide real content.
_PATTERNS = [
    # table-of-contents labels left without their list
    r"(indholdsfortegnelse|innholdsfortegnelse|innehåll(sförteckning)?|table of contents|"
    r"contents|inhaltsverzeichnis|inhalt)\s*:?",
    # byline artifacts: "Anonymous" translated literally or into another language
    r"(anonim|anonym|anonymous|anonymt|anonyme?|af anonym|by anonymous)",
    r"(del|share|print|udskriv|tweet|pin it|e-?mail)( (på|on) \w+)?( \| .*)?",
    r"(læs (også|mere)|read (more|also)|relaterede artikler|related articles|annonce|"
    r"advertisement|reklame|sponsoreret|sponsored)\s*:?",
    r"(©|copyright|\(c\)).*|(alle rettigheder forbeholdes|all rights reserved)\.?",
    r"(foto|photo|billede|image|kilde|source)\s*:.{0,60}",
]
_BOILERPLATE = re.compile(r"^(?:" + "|".join(_PATTERNS) + r")$", re.IGNORECASE)
# an inline suppression comment (pipeline/checks/suppression.py) on a line of its own
_DIRECTIVE = re.compile(r"^<!--\s*content-pipeline:.*-->$")


def boilerplate_label(line: str) -> str | None:
    """Why `line` is not content ("boilerplate", "directive"), or None when it may be content."""
    stripped = line.strip()
    if "\n" in stripped:
        return None
    if _DIRECTIVE.match(stripped):
        return "directive"
    if len(stripped) > 80:
        return None
    return "boilerplate" if _BOILERPLATE.match(stripped) else None
