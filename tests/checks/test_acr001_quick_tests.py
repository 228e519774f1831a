"""ACR001's quick tests (a slash, ":\\", an extension searched for before the patterns that
try a look-behind at every position) find every path and file name the full patterns find."""

from __future__ import annotations

import random

from pipeline.checks.bilingual.ACR001 import (
    _FILE_NAME,
    _UNIX_PATH,
    _WINDOWS_PATH,
    _may_have,
    file_paths,
)

PIECES = ["/etc/hosts", "~/.config", "./manage.py", "../a", "C:\\Users", "d:\\x y", "settings.py",
          "robots.txt", "FILE.po", "a.tar.gz", "x.pyc", ".py", "og/eller", "km/h", "/", "\\", ":",
          ".", " ", "\n", "URL", "Ab", "é", "-", "_", "file-name.json", "a:\\"]  # fmt: skip


def unguarded_paths(text: str) -> list[str]:
    """file_paths as it read before the quick tests."""
    found = [m.group().rstrip(".,;:") for m in _UNIX_PATH.finditer(text)]
    found += [m.group().rstrip(".,;:") for m in _WINDOWS_PATH.finditer(text)]
    found += [m.group() for m in _FILE_NAME.finditer(text)]
    paths = [p for p in dict.fromkeys(found) if p.strip("/.~")]
    return [p for p in paths if not any(p != q and p in q for q in paths)]


def texts() -> list[str]:
    rng = random.Random(14)
    return ["".join(rng.choices(PIECES, k=rng.randint(0, 8))) for _ in range(3000)]


def test_file_paths_finds_what_the_full_patterns_find() -> None:
    found_any = 0
    for text in texts():
        assert file_paths(text) == unguarded_paths(text), text
        found_any += bool(unguarded_paths(text))
    assert found_any > 500  # the texts hold paths to find


def test_may_have_is_true_where_a_full_pattern_matches() -> None:
    for text in texts():
        full = (
            _UNIX_PATH.search(text) or _WINDOWS_PATH.search(text) or _FILE_NAME.search(text)
        ) is not None
        if full:
            assert _may_have(text), text
    assert _may_have("robots.txt") and not _may_have("x.pyc") and not _may_have("Gem filen.")
