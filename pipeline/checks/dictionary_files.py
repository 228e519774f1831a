"""Which hunspell dictionary and library answered: the name under which their answers are kept.

The spelling answers (pipeline/checks/spelling_cache.py) and the suggestions
(pipeline/checks/suggestion_cache.py) are derived data, valid for one dictionary's .aff and
.dic files and one hunspell build. Both are named by a hash of the files' bytes, which match
on another machine with the same packages (a CI runner that restores the user's cache), read
through the digest recorded under each file's identity (pipeline/core/content_identity.py),
since hashing the 3.5 MB Danish file in every process that asks would cost a tenth of what the
kept answers save.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

from pipeline.core.content_identity import content_digest


@cache
def library_files() -> tuple[Path, ...]:
    """The hunspell library files this process has mapped (Linux), or the Python module
    alone where that cannot be read: a new hunspell build may answer differently. Read
    once per process (the library stays mapped; every dictionary's key asks)."""
    import hunspell

    files = {Path(hunspell.__file__ or "hunspell")}
    try:
        with open("/proc/self/maps", encoding="utf-8", errors="replace") as maps:
            for line in maps:
                if "hunspell" not in line:  # most lines: no need to take them apart
                    continue
                fields = line.split(maxsplit=5)
                if len(fields) == 6 and "hunspell" in Path(fields[5].strip()).name:
                    files.add(Path(fields[5].strip()))
    except OSError:
        pass
    return tuple(sorted(files))


def dictionary_identity(dic: Path, purpose: str) -> str:
    """A SHA-256 of `purpose` (what is kept, with its format version), the hunspell
    library's files and `dic`'s .aff and .dic files, each by its bytes. Raises OSError
    when the .aff or .dic file cannot be read; a library file that is gone counts as such."""
    digest = hashlib.sha256(f"{purpose}\n".encode())
    for part in (*library_files(), dic.with_suffix(".aff"), dic):
        try:
            digest.update(f"{part.name}:{content_digest(part.resolve())}\n".encode())
        except OSError:
            if part in (dic, dic.with_suffix(".aff")):
                raise
            digest.update(f"{part}:missing\n".encode())
    return digest.hexdigest()
