"""Atomic file writes: a crash or Ctrl-C never leaves a half-written output behind."""

from __future__ import annotations

import errno
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


def _stage(path: Path, data: bytes, staged: list[tuple[str, Path]]) -> None:
    """Write `data` to a temporary file beside `path` (its link target, for a symbolic link)
    with the permissions a plain open() would give (mkstemp's are owner-only), and record
    (temporary, target) in `staged` as soon as the temporary exists."""
    if path.is_symlink():
        path = path.resolve()
    path.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_temporaries(path)
    fd, tmp = tempfile.mkstemp(
        prefix=_temporary_prefix(path, os.getpid()), suffix=".tmp", dir=path.parent
    )
    staged.append((tmp, path))
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.chmod(tmp, 0o666 & ~_umask())


def atomic_write_bytes(path: Path, data: bytes, *, expected: bytes | None = None) -> None:
    """Write `data` to `path` via a temporary file in the same folder and an atomic rename.

    A symbolic link is written through (its target is replaced, the link stays). With
    `expected`, the file must still hold those bytes just before it is replaced, else
    ChangedWhileWritingError and nothing is written: an edit made meanwhile is never lost.
    """
    staged: list[tuple[str, Path]] = []
    try:
        _stage(path, data, staged)
        tmp, target = staged[0]
        if expected is not None and target.read_bytes() != expected:
            raise ChangedWhileWritingError(f"{target} changed on disk while it was being fixed")
        os.replace(tmp, target)
    except BaseException:
        for tmp, _ in staged:
            Path(tmp).unlink(missing_ok=True)
        raise


def atomic_write_all(files: list[tuple[Path, bytes]]) -> None:
    """Write several files so that they appear together or not at all.

    Every file is first written to a temporary file beside it; only when all of them are on
    disk are they renamed into place. Names too long for the file system are refused before
    anything is written, so a failure leaves none of the new files and the old ones untouched.
    """
    for path, _ in files:  # a rename would fail on it, after others were renamed
        if len(path.name.encode("utf-8")) > 255:
            raise OSError(errno.ENAMETOOLONG, "file name too long", str(path))
    staged: list[tuple[str, Path]] = []
    try:
        for path, data in files:
            _stage(path, data, staged)
    except BaseException:
        for tmp, _ in staged:
            Path(tmp).unlink(missing_ok=True)
        raise
    for tmp, path in staged:
        os.replace(tmp, path)


def atomic_write_text(path: Path, text: str) -> None:
    """Write `text` as UTF-8 with LF newlines, atomically."""
    atomic_write_bytes(path, text.encode("utf-8"))


class LocalFolder:
    """An output folder on this machine, addressed by paths relative to it: the local form of
    the stores the run manifest and the stale marks are kept in (pipeline.batch.store gives
    the same three methods for fsspec URLs)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def read_bytes(self, relative: Path) -> bytes | None:
        try:
            return (self.folder / relative).read_bytes()
        except OSError:
            return None

    def write_bytes(self, relative: Path, data: bytes) -> None:
        atomic_write_bytes(self.folder / relative, data)

    def stamp(self, relative: Path) -> list[int] | None:
        """Size and modification time of a file, to notice a later edit; None if absent."""
        try:
            stat = (self.folder / relative).stat()
        except OSError:
            return None
        return [stat.st_size, stat.st_mtime_ns]
