"""Large regular expressions compiled once per machine instead of once per process.

`re.compile` parses a pattern and generates the regex engine's code for it in Python. For the
sentence segmenter's affix expressions (spaCy's data: long alternations and character classes
of every script) and the boilerplate lines that is about 0.05 s of CPU in every process, a
tenth of checking one article. The generated code is a list of integers, so `compiled` keeps
it in the user's cache folder and hands it to the engine (`_sre.compile`, the call that ends
`re.compile`) in later processes.

The file is named by a SHA-256 of everything the code depends on: the pattern, its flags, the
Python version and the engine's version number. A changed pattern, another Python or another
engine finds no file and compiles afresh, so nothing is ever invalidated in place. Files are
written atomically; one that cannot be read, or whose code the engine refuses (it validates
every code it is given), is compiled again and rewritten. Without a usable cache folder, or on
an interpreter whose `re` internals differ, this is plain `re.compile`.
"""

from __future__ import annotations

import hashlib
import importlib
import marshal
import re
import sys
from pathlib import Path
from typing import Any

from pipeline.core.fs import atomic_write_bytes
from pipeline.core.user_cache import cache_home

# Bumped when the stored tuple changes shape.
FORMAT = 1


def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, from the code stored by an earlier process when there is
    one. Raises re.error for an invalid pattern, as re.compile does."""
    try:
        engine = importlib.import_module("_sre")
        compiler = importlib.import_module("re._compiler")
        parser = importlib.import_module("re._parser")
    except ImportError:  # not CPython's engine: nothing to store
        return re.compile(pattern, flags)
    path = _path(pattern, flags, engine.MAGIC)
    stored = _read(path)
    if stored is not None:
        try:
            found: re.Pattern[str] = engine.compile(pattern, *stored)
            return found
        except (RuntimeError, TypeError, ValueError):
            pass  # refused by the engine's validation: compile again below
    state = _state(pattern, flags, compiler, parser)
    fresh: re.Pattern[str] = engine.compile(pattern, *state)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(path, marshal.dumps(state))
    except (OSError, ValueError):
        pass  # a read-only or full home: the next process compiles again
    return fresh


def cache_folder() -> Path:
    return cache_home() / "patterns"


def _path(pattern: str, flags: int, magic: int) -> Path:
    key = "\0".join((str(FORMAT), sys.version, str(magic), str(flags), pattern))
    digest = hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()
    return cache_folder() / f"{digest}.marshal"


def _read(path: Path) -> tuple[Any, ...] | None:
    try:
        stored = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if not (isinstance(stored, tuple) and len(stored) == 5):
        return None
    return stored


def _state(pattern: str, flags: int, compiler: Any, parser: Any) -> tuple[Any, ...]:
    """What `re._compiler.compile` passes to `_sre.compile` after the pattern itself."""
    parsed = parser.parse(pattern, flags)
    code = compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (
        int(flags | parsed.state.flags),
        [int(op) for op in code],  # opcodes are int subclasses, which marshal refuses
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )
