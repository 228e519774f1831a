"""Atomic file writes: a crash or Ctrl-C never leaves a half-written output behind."""

from __future__ import annotations

import glob
import os
import stat
import tempfile
from pathlib import Path


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


class UnreadableFileError(OSError):
    """Not a regular file, or larger than the caller's limit: it is not read at all."""


def read_bounded(path: Path, limit: int) -> bytes:
    """The bytes of a regular file of at most `limit` bytes.

    A named pipe would block forever and /dev/zero never ends; they are refused before a
    byte is read (opened non-blocking, checked with fstat), and a file that grows past the
    limit while being read is refused too, so memory stays bounded by `limit`.
    """
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise UnreadableFileError("not a regular file, not read")
        if info.st_size > limit:
            raise UnreadableFileError(
                f"file is too large ({info.st_size / 1_048_576:.1f} MiB; the limit is "
                f"{limit / 1_048_576:.0f} MiB)"
            )
        with os.fdopen(fd, "rb", closefd=False) as handle:
            data = handle.read(limit + 1)
    finally:
        os.close(fd)
    if len(data) > limit:
        raise UnreadableFileError(f"file is too large (over {limit / 1_048_576:.0f} MiB)")
    return data


class ChangedWhileWritingError(OSError):
    """The file changed on disk after it was read: another program (an editor) wrote to it."""


def _temporary_prefix(path: Path, pid: int) -> str:
    # A name's first 80 characters: a 255-byte file name must still leave room for the rest.
    return f".{path.name[:80]}.{pid}."


def remove_stale_temporaries(path: Path) -> None:
    """Delete the temporary files a killed writer of `path` left (its process is gone)."""
    for leftover in path.parent.glob(f".{glob.escape(path.name[:80])}.*.tmp"):
        pid = leftover.name[len(path.name[:80]) + 2 :].split(".", 1)[0]
        if pid.isdigit() and not _alive(int(pid)):
            leftover.unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def atomic_write_bytes(path: Path, data: bytes, *, expected: bytes | None = None) -> None:
    """Write `data` to `path` via a temporary file in the same folder and an atomic rename.

    The file gets the permissions a plain open() would give (mkstemp's are owner-only). A
    symbolic link is written through (its target is replaced, the link stays). With
    `expected`, the file must still hold those bytes just before it is replaced, else
    ChangedWhileWritingError and nothing is written: an edit made meanwhile is never lost.
    """
    if path.is_symlink():
        path = path.resolve()
    path.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_temporaries(path)
    prefix = _temporary_prefix(path, os.getpid())
    fd, tmp = tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o666 & ~_umask())
        if expected is not None and path.read_bytes() != expected:
            raise ChangedWhileWritingError(f"{path} changed on disk while it was being fixed")
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def atomic_write_text(path: Path, text: str) -> None:
    """Write `text` as UTF-8 with LF newlines, atomically."""
    atomic_write_bytes(path, text.encode("utf-8"))
