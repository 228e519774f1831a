"""Where a batch run writes: a local folder, or any fsspec URL (`s3://bucket/site`, `memory://`).

A local folder (a path or a `file://` URL) keeps the guarantees of pipeline.core.fs: an
article's files appear together or not at all, nothing half-written is ever seen. Elsewhere
each file is written under a temporary name and moved into place, which object stores make
a copy and a delete: a reader sees old or new files, never a partial one, but an interruption
between two files of one article can leave some of them new. fsspec is imported only for URLs.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import unquote, urlparse

from pipeline.core.errors import PipelineError
from pipeline.core.fs import atomic_write_all, atomic_write_bytes


def is_url(location: str | Path) -> bool:
    return "://" in str(location)


class OutputStore:
    """The output location of a run; every path it takes is relative to it."""

    def __init__(self, location: str | Path) -> None:
        text = str(location)
        self.local: Path | None = None
        self._fs: Any = None
        self._root = ""
        if not is_url(text):
            self.local = Path(text)
        elif text.startswith("file://"):
            self.local = Path(unquote(urlparse(text).path))
        else:
            try:
                from fsspec.core import url_to_fs
            except ImportError as exc:  # pragma: no cover - fsspec is a dependency
                raise PipelineError(f"cannot write to {text}: fsspec is not installed") from exc
            try:
                self._fs, self._root = url_to_fs(text)
            except (ImportError, ValueError) as exc:
                raise PipelineError(f"cannot write to {text}: {exc}") from exc
        self.location = text

    def shown(self, relative: Path) -> str:
        """How a file is named to the user: beside the output as it was given."""
        if self.local is not None:
            return str(self.local / relative)
        return f"{self.location.rstrip('/')}/{PurePosixPath(relative)}"

    def _remote(self, relative: Path) -> str:
        return f"{self._root.rstrip('/')}/{PurePosixPath(relative)}"

    def write_all(self, files: list[tuple[Path, bytes]]) -> None:
        """Write an article's files (paths relative to the output) together."""
        if self.local is not None:
            atomic_write_all([(self.local / path, data) for path, data in files])
            return
        staged = []
        for path, data in files:
            final = self._remote(path)
            temporary = f"{final}.partial"
            self._fs.pipe_file(temporary, data)
            staged.append((temporary, final))
        for temporary, final in staged:
            self._fs.mv(temporary, final)

    def write_bytes(self, relative: Path, data: bytes) -> None:
        if self.local is not None:
            atomic_write_bytes(self.local / relative, data)
        else:
            self.write_all([(relative, data)])

    def read_bytes(self, relative: Path) -> bytes | None:
        """The file's bytes, None when it is not there or cannot be read."""
        try:
            if self.local is not None:
                return (self.local / relative).read_bytes()
            data: bytes = self._fs.cat_file(self._remote(relative))
            return data
        except (OSError, ValueError):
            return None

    def has_content(self, folder: Path) -> bool:
        """Whether an earlier run left content files (`content.<lang>.json`) in `folder`."""
        try:
            if self.local is not None:
                return any((self.local / folder).glob("content.*.json"))
            return bool(self._fs.glob(self._remote(folder / "content.*.json")))
        except (OSError, ValueError):
            return False

    def stamp(self, relative: Path) -> list[Any] | None:
        """What changes when the file is rewritten (size and modification time), None when it
        is not there: an output someone touched since the run is written again."""
        try:
            if self.local is not None:
                info = (self.local / relative).stat()
                return [info.st_size, info.st_mtime_ns]
            remote = self._fs.info(self._remote(relative))
        except (OSError, ValueError):
            return None
        changed = remote.get("mtime") or remote.get("LastModified") or remote.get("created")
        return [remote.get("size"), str(changed)]
