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

`keep_module_patterns` does the same for the many small patterns modules compile with plain
`re.compile` (some 230 in a check process, 0.02 s of CPU): the console script calls it first,
and the patterns earlier processes compiled are handed to the engine with their stored code and
put in `re`'s own cache, where `re.compile` and the module-level functions find them.
"""

from __future__ import annotations

import atexit
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
# Patterns kept for `keep_module_patterns`: `re` caches 512 (Python 3.11-3.13), and a process
# compiles patterns of its data too, which must find room.
MAX_KEPT = 400
# A process that compiled fewer patterns than this that were not kept leaves the file as it
# is: a few differ in every process (the standard library builds some from sets, whose order
# varies), and a file rewritten by every process would cost more than it saves.
MIN_NEW = 8

# The kept patterns' stored entries, (pattern, flags) → state, as `keep_module_patterns` read them.
_kept: dict[tuple[str, int], tuple[Any, ...]] = {}
_keeping: list[bool] = []  # [True] once `keep_module_patterns` ran in this process


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


def keep_module_patterns() -> None:
    """Put the patterns earlier processes compiled in `re`'s cache, compiled from their stored
    code, and at exit keep this process's patterns when it compiled at least MIN_NEW others.
    For the console script: a library user's process is left as it is."""
    cache = getattr(re, "_cache", None)
    room = getattr(re, "_MAXCACHE", 0) - MAX_KEPT // 4
    try:
        engine = importlib.import_module("_sre")
    except ImportError:
        return
    if _keeping or not isinstance(cache, dict) or room <= len(cache):
        return
    _keeping.append(True)
    atexit.register(_keep_new, cache, engine.MAGIC)
    stored = _read_kept(_kept_path(engine.MAGIC))
    for pattern, flags, state in stored[: room - len(cache)]:
        key = (str, pattern, flags)
        if key not in cache:
            try:
                cache[key] = engine.compile(pattern, *state)
            except (RuntimeError, TypeError, ValueError, OverflowError):
                continue  # refused by the engine's validation: compiled as usual when asked
        _kept[pattern, flags] = state


def _kept_path(magic: int) -> Path:
    key = "\0".join((str(FORMAT), sys.version, str(magic), "module patterns"))
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()
    return cache_folder() / f"module-patterns-{digest}.marshal"


def _read_kept(path: Path) -> list[tuple[str, int, tuple[Any, ...]]]:
    try:
        stored = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return []
    if not isinstance(stored, list):
        return []
    return [
        entry
        for entry in stored
        if isinstance(entry, tuple)
        and len(entry) == 3
        and isinstance(entry[0], str)
        and isinstance(entry[1], int)
        and isinstance(entry[2], tuple)
        and len(entry[2]) == 5
    ]


def _keep_new(cache: dict[Any, Any], magic: int) -> None:
    """Write the kept patterns again when this process compiled MIN_NEW or more others: those
    first, then the earlier ones, MAX_KEPT at most (the earliest kept go first)."""
    new = [
        (key[1], key[2])
        for key in list(cache)
        if isinstance(key, tuple)
        and len(key) == 3
        and key[0] is str
        and isinstance(key[2], int)
        and (key[1], key[2]) not in _kept
    ]
    if len(new) < MIN_NEW:
        return
    try:
        compiler = importlib.import_module("re._compiler")
        parser = importlib.import_module("re._parser")
    except ImportError:
        return
    entries: dict[tuple[str, int], tuple[Any, ...]] = {}
    for key in new:
        try:
            entries[key] = _state(*key, compiler, parser)
        except (re.error, RecursionError, ValueError):  # compiled once, so not expected
            continue
    entries.update(_kept)
    kept = [(pattern, flags, state) for (pattern, flags), state in entries.items()]
    try:
        path = _kept_path(magic)
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(path, marshal.dumps(kept[:MAX_KEPT]))
    except (OSError, ValueError):
        pass  # a read-only or full home: the next process compiles them again
