"""Apertium's answers to the first texts a process asks, kept on disk across processes.

Starting the Danish analysis chains (lt-proc, two cg-proc and apertium-tagger) costs about
0.09 s of CPU, most of it the analyser loading its transducer: a fifth of a cold `check` of a
455-word article, more than analysing it. The chains answer deterministically, but the tagger
keeps state from one text to the next, so an answer depends on everything the chain was asked
before in its process. Each answer is therefore kept under a key that chains the whole
history: a SHA-256 of the previous key and the text, starting from the chain's identity (its
command, and the size, inode and change times of its programs and data files). A process that
asks what an earlier one asked, in the same order (the same article checked again), gets
every answer from disk and never starts a chain; at the first text the disk cannot answer,
the chain starts and is first sent, in order, the texts answered from disk, so that it
answers from the same state (pipeline/ingest/apertium_stream.py).

Only the first `KEEP_ASKS` texts of a chain in a process are kept: enough for an article,
while a long batch writes no more than that. The answers live in one SQLite database under
`~/.cache/content-pipeline/analysis/` (`$XDG_CACHE_HOME`), used as pipeline/core/answer_store.py
says; derived data, so `check --no-cache` uses it too.
"""

from __future__ import annotations

import hashlib
import os
import shlex
import shutil
from functools import cache
from pathlib import Path

from pipeline.core.answer_store import AnswerStore
from pipeline.core.user_cache import cache_home

FORMAT = 1  # bump when what is kept changes
KEEP_ASKS = 64  # texts per chain and process whose answers are looked up and kept


def cache_folder() -> Path:
    return cache_home() / "analysis"


@cache
def _stores(folder: Path) -> AnswerStore:
    return AnswerStore(folder / "answers.sqlite3")


def store() -> AnswerStore:
    """The shared database of kept answers (one per cache folder)."""
    return _stores(cache_folder())


@cache
def identity(command: str) -> str:
    """The first key of `command`'s chain: the command and the identity of every program
    and file it names (a new Apertium package or data gives new keys)."""
    digest = hashlib.sha256(f"apertium {FORMAT}\n{command}\n".encode())
    try:
        words = shlex.split(command)
    except ValueError:
        words = command.split()
    for word in words:
        found = shutil.which(word) if "/" not in word else word
        if not found or not os.path.isabs(found):
            continue
        try:
            info = os.stat(found)
        except OSError:
            continue
        digest.update(
            f"{found}:{info.st_size}:{info.st_ino}:{info.st_mtime_ns}:{info.st_ctime_ns}\n".encode()
        )
    return digest.hexdigest()


def next_key(key: str, payload: bytes) -> str:
    """The key of the answer to `payload` asked after the history `key` stands for."""
    digest = hashlib.sha256(key.encode())
    digest.update(b"\0")
    digest.update(payload)
    return digest.hexdigest()


def seen_before(commands: tuple[str, ...], text: str) -> bool:
    """Whether an earlier process analysed `text` with these chains (so that its answers
    are probably kept); records that this one does."""
    kept = store()
    key = next_key(identity(" | ".join(commands)), b"document\0" + text.encode("utf-8", "replace"))
    if kept.get(key) is not None:
        return True
    kept.put(key, b"")
    return False
