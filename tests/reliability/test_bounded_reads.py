"""Reads are bounded: a pipe, a device or an oversized file is refused before it is read."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from pipeline.core.fs import UnreadableFileError, read_bounded


def refused(path: Path, limit: int = 1024) -> str:
    """The refusal message, from a thread: a read that blocks would fail the join below."""
    outcome: list[str] = []

    def read() -> None:
        try:
            read_bounded(path, limit)
            outcome.append("read")
        except UnreadableFileError as exc:
            outcome.append(str(exc))

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(20)
    assert not reader.is_alive(), f"reading {path} blocked"
    return outcome[0]


def test_a_named_pipe_without_a_writer_is_refused_not_waited_on(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "terms.csv")

    assert refused(tmp_path / "terms.csv") == "not a regular file, not read"


def test_an_endless_device_is_refused(tmp_path: Path) -> None:
    (tmp_path / "terms.csv").symlink_to("/dev/zero")

    assert refused(tmp_path / "terms.csv") == "not a regular file, not read"


def test_a_file_over_the_limit_is_refused(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_bytes(b"x" * 2_000_000)

    assert refused(tmp_path / "big.txt", limit=1_048_576).startswith("file is too large (1.9 MiB")


def test_a_file_within_the_limit_is_read_whole(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"x" * 1024)

    assert read_bounded(tmp_path / "a.txt", 1024) == b"x" * 1024


def test_a_missing_file_is_an_os_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        read_bounded(tmp_path / "nope.txt", 10)


def test_an_oversized_catalog_is_refused_before_it_is_read(tmp_path: Path) -> None:
    from pipeline.core.errors import InputError
    from pipeline.ingest.bilingual import read_units
    from pipeline.ingest.decoding import MAX_BYTES

    catalog = tmp_path / "da.po"
    with catalog.open("wb") as handle:  # sparse: its size says it all, no byte is read
        handle.truncate(MAX_BYTES + 1)

    with pytest.raises(InputError, match="file is too large"):
        read_units(catalog, "en")
