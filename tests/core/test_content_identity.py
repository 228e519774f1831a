"""Digests of files' bytes, recorded under their identity: the same bytes give the same name on
any machine (another path's copy, new times), other bytes another, and a recorded file is not
read again."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import pytest

from pipeline.core import content_identity
from pipeline.core.content_identity import content_digest, files_digest


@pytest.fixture(autouse=True)
def _own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(content_identity, "_MEMO", {})


def _settled(monkeypatch: pytest.MonkeyPatch) -> None:
    """Files written by the test count as settled (they are seconds old at most)."""
    monkeypatch.setattr(content_identity, "SETTLED", float("-inf"))


def test_the_digest_is_the_sha256_of_the_bytes(tmp_path: Path) -> None:
    path = tmp_path / "da.dic"
    path.write_bytes(b"2\nhjerte/A\nkar/B\n" * 100_000)  # over one read chunk
    assert content_digest(path) == hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_copy_elsewhere_with_other_times_has_the_same_digest(tmp_path: Path) -> None:
    """What a CI runner sees: the same package installed afresh, with a new inode and times."""
    first = tmp_path / "a" / "model.ftz"
    first.parent.mkdir()
    first.write_bytes(os.urandom(5000))
    copy = tmp_path / "b" / "model.ftz"
    copy.parent.mkdir()
    shutil.copyfile(first, copy)
    os.utime(copy, (1_000_000_000, 1_000_000_000))
    assert content_digest(copy) == content_digest(first)
    copy.write_bytes(first.read_bytes()[:-1] + b"x")
    assert content_digest(copy) != content_digest(first)


def test_a_settled_file_is_read_once_per_machine(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _settled(monkeypatch)
    path = tmp_path / "sv.dic"
    path.write_bytes(b"1\nhej\n")
    digest = content_digest(path)
    monkeypatch.setattr(content_identity, "_MEMO", {})  # a later process

    def unreadable(_: object) -> str:
        raise AssertionError("the bytes were read again")

    monkeypatch.setattr(content_identity, "_hash_file", unreadable)
    assert content_digest(path) == digest


def test_a_file_changed_just_now_is_read_every_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Within the settling time a second write could keep the size and times, so nothing is
    recorded or remembered for such a file."""
    path = tmp_path / "nb.dic"
    path.write_bytes(b"1\nhei\n")
    first = content_digest(path)
    assert not (tmp_path / "cache" / "content-pipeline" / "identities").exists()
    stat = path.stat()
    path.write_bytes(b"1\nhai\n")  # same size
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert content_digest(path) != first


def test_a_changed_file_is_read_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _settled(monkeypatch)
    path = tmp_path / "en.dic"
    path.write_bytes(b"1\nheart\n")
    first = content_digest(path)
    path.write_bytes(b"2\nheart\nbeat\n")
    assert content_digest(path) == hashlib.sha256(b"2\nheart\nbeat\n").hexdigest() != first


def test_a_damaged_record_is_not_believed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _settled(monkeypatch)
    path = tmp_path / "de.dic"
    path.write_bytes(b"1\nHerz\n")
    digest = content_digest(path)
    (record,) = (tmp_path / "cache" / "content-pipeline" / "identities").iterdir()
    record.write_bytes(record.read_bytes()[:-10])
    monkeypatch.setattr(content_identity, "_MEMO", {})
    assert content_digest(path) == digest


def test_a_set_of_files_is_named_by_relative_names_and_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _settled(monkeypatch)
    trees = []
    for name in ("one", "two"):
        root = tmp_path / name
        (root / "checks").mkdir(parents=True)
        (root / "cli.py").write_text("print('cli')\n")
        (root / "checks" / "rule.py").write_text("RULE = 1\n")
        trees.append(root)
    names = ["checks/rule.py", "cli.py"]
    one, two = (files_digest(root, names) for root in trees)
    assert one == two  # other folder, other inodes and times: the same code
    (trees[1] / "checks" / "rule.py").write_text("RULE = 2\n")
    assert files_digest(trees[1], names) != one
    assert files_digest(trees[0], ["cli.py", "checks/rule.py"]) != one  # order counts
    with pytest.raises(OSError):
        files_digest(trees[0], [*names, "gone.py"])


def test_records_are_small_and_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every edit of a checkout's code makes a record for the package's files: a record holds
    a hash of the identity, not the identity, and past MAX_RECORDS the older half goes."""
    _settled(monkeypatch)
    monkeypatch.setattr(content_identity, "MAX_RECORDS", 4)
    folder = tmp_path / "cache" / "content-pipeline" / "identities"
    names = [f"module{n:03d}.py" for n in range(200)]
    for name in names:
        (tmp_path / name).write_text(f"# {name}\n")
    files_digest(tmp_path, names)
    (record,) = folder.iterdir()
    assert record.stat().st_size < 200  # 200 paths' identities are some 20 KB
    for n in range(6):
        for older in folder.iterdir():  # older than what is written next
            os.utime(older, ns=(n, n))
        path = tmp_path / f"file{n}.txt"
        path.write_text(str(n))
        digest = content_digest(path)
    records = list(folder.iterdir())
    assert 2 <= len(records) <= 4
    monkeypatch.setattr(content_identity, "_MEMO", {})

    def unreadable(_: object) -> str:
        raise AssertionError("the newest record was pruned")

    monkeypatch.setattr(content_identity, "_hash_file", unreadable)
    assert content_digest(tmp_path / "file5.txt") == digest
