"""The methods `dataclasses` writes for a class, compiled once per machine instead of once per
process.

`@dataclass` writes each class's `__init__`, `__repr__`, `__eq__`, `__hash__` (and for a frozen
class `__setattr__` and `__delattr__`) as Python source and compiles it with `exec`: for the
some 95 dataclasses a check process builds, some 450 compilations and 0.02 s of CPU, as much as
checking a short article's spelling. `keep_dataclass_code` (called first by the console script)
gives the `dataclasses` module an `exec` that looks the source up among the code objects earlier
processes compiled (read from one marshal file) and compiles only what is not there, exactly
as `exec` would (file name "<string>", no inherited `__future__` flags); at exit the file is
written again when something new was compiled.

The file is named by a SHA-256 of the Python version, its bytecode's magic number and the
optimisation level, so another interpreter finds no file. An entry is the compilation of its
own source text, so nothing in it goes stale: changed fields are a new source. A file that
cannot be read is ignored and written again. Where `dataclasses` does not call `exec` by that
name, nothing changes. The file lives in the user's own cache folder beside Python's other
per-user data, as bytecode in `__pycache__` does.
"""

from __future__ import annotations

import atexit
import dataclasses
import hashlib
import importlib.util
import marshal
import sys
from pathlib import Path
from types import CodeType
from typing import Any

from pipeline.core.fs import atomic_write_bytes
from pipeline.core.user_cache import cache_home

# Bumped when the stored mapping changes shape.
FORMAT = 1
# Sources kept at most: a check process builds some 450 (400 KB). When the file is full, the
# sources the writing process did not use go first (a class whose fields changed, say).
MAX_KEPT = 2000

_kept: dict[str, CodeType] = {}
_used: set[str] = set()  # the kept sources this process compiled through `_exec`
_new: dict[str, CodeType] = {}


def keep_dataclass_code() -> None:
    """Have `dataclasses` compile the source of its methods through the kept code objects,
    from now on in this process. For the console script: a library user's process is left
    as it is."""
    if "exec" in vars(dataclasses) or not _uses_exec():
        return  # already given one (or `dataclasses` works otherwise)
    _kept.update(_read(kept_path()))
    dataclasses.exec = _exec  # type: ignore[attr-defined]  # shadows the builtin there only
    atexit.register(_write_new)


def kept_path() -> Path:
    key = "\0".join(
        (str(FORMAT), sys.version, importlib.util.MAGIC_NUMBER.hex(), str(sys.flags.optimize))
    )
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()
    return cache_home() / "dataclass-code" / f"{digest}.marshal"


def _uses_exec() -> bool:
    """`dataclasses` compiles its methods with the builtin `exec` (CPython 3.11-3.13)."""
    names: set[str] = set()
    for value in vars(dataclasses).values():
        code = getattr(value, "__code__", None)
        if isinstance(code, CodeType):
            names.update(code.co_names)
        for method in vars(value).values() if isinstance(value, type) else ():
            method_code = getattr(method, "__code__", None)
            if isinstance(method_code, CodeType):
                names.update(method_code.co_names)
    return "exec" in names


def _exec(source: Any, globals: Any = None, locals: Any = None, /) -> None:
    if isinstance(source, str):
        code = _kept.get(source) or _new.get(source)
        if code is not None:
            _used.add(source)
        else:
            # what exec(source) compiles: "<string>", and no __future__ flags of this module
            code = _new[source] = compile(source, "<string>", "exec", dont_inherit=True)
        source = code
    exec(source, globals, locals)


def _read(path: Path) -> dict[str, CodeType]:
    try:
        stored = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if not isinstance(stored, dict):
        return {}
    return {
        source: code
        for source, code in stored.items()
        if isinstance(source, str) and isinstance(code, CodeType)
    }


def _write_new() -> None:
    if not _new:
        return
    used = {source: code for source, code in _kept.items() if source in _used}
    kept = dict(list({**used, **_new, **_kept}.items())[:MAX_KEPT])
    try:
        path = kept_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(path, marshal.dumps(kept))
    except (OSError, ValueError):
        pass  # a read-only or full home: the next process compiles them again
    _kept.update(_new)
    _new.clear()
