"""Values derived from data and code, computed once per machine and read back as marshal data
by every later process (`~/.cache/content-pipeline/<kind>/`, `$XDG_CACHE_HOME`).

A value is filed under a SHA-256 of its kind, the Python version and everything its caller
says it depends on (the data's text, the code's source): a change to any of them finds no
file and computes afresh, so nothing is ever invalidated in place. Files are written
atomically; one that cannot be read is computed again and rewritten, a cache folder that
cannot be written only costs the computing, and a value marshal cannot hold is computed in
every process.
"""

from __future__ import annotations

import hashlib
import marshal
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from pipeline.core.fs import atomic_write_bytes
from pipeline.core.user_cache import cache_home


def kept_value(kind: str, depends_on: Iterable[bytes], compute: Callable[[], Any]) -> Any:
    """`compute()`, from the file an earlier process wrote for the same `depends_on`."""
    digest = hashlib.sha256(f"{kind}\0{sys.version}\0".encode())
    for part in depends_on:
        digest.update(len(part).to_bytes(8, "little"))
        digest.update(part)
    path = cache_folder() / kind / f"{digest.hexdigest()}.marshal"
    try:
        return marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        pass
    value = compute()
    try:
        data = marshal.dumps(value)
    except ValueError:  # a type marshal cannot store: computed again next time
        return value
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(path, data)
    except OSError:
        pass  # a read-only or full home: the next process computes again
    return value


def cache_folder() -> Path:
    return cache_home()
