"""Apertium's answers to the first texts a process asks, kept on disk across processes.

Starting the Danish analysis chains (lt-proc, two cg-proc and apertium-tagger) costs about
0.09 s of CPU, most of it the analyser loading its transducer: a fifth of a cold `check` of a
455-word article, more than analysing it. The chains answer deterministically, but the tagger
keeps state from one text to the next, so an answer depends on everything the chain was asked
before in its process. Each answer is therefore kept under a key that chains the whole
history: a SHA-256 of the previous key and the text, starting from the chain's identity (its
command, and the bytes of its programs and data files: pipeline/core/content_identity.py).
A process that asks what an earlier one asked, in the same order (the same article checked
again), gets every answer from disk and never starts a chain; at the first text the disk
cannot answer, the chain starts and is first sent, in order, the texts answered from disk,
so that it answers from the same state (pipeline/ingest/apertium_stream.py).

The analyser (lt-proc) keeps no state and answers line by line, so the answers to the
single words an article's analysis asks after its text (`shortened`) are kept one line each
as well: an edited article sends the analyser its text and only the words no process asked.

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
import zlib
from collections.abc import Callable
from functools import cache
from pathlib import Path

from pipeline.core.answer_store import AnswerStore
from pipeline.core.content_identity import content_digest
from pipeline.core.user_cache import cache_home
from pipeline.ingest.grammar_windows import nth

FORMAT = 1  # bump when what is kept changes
KEEP_ASKS = 64  # texts per chain and process whose answers are looked up and kept
# How `shortened` makes the answer to the whole from the answer to what it sent.
Answer = Callable[[str], str | None]


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
    """The first key of `command`'s chain: the command and the bytes of every program and
    file it names (a new Apertium package or data gives new keys)."""
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
            digest.update(f"{word}:{content_digest(found)}\n".encode())
        except OSError:
            continue
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


def shortened(command: str, head: str, lines: list[str]) -> tuple[str, Answer]:
    """How to ask the analyser `command`, a stage without state that answers line by line,
    `head` followed by `lines` (one word each), with the answers to lines an earlier process
    asked taken from the disk: (what to send, how to make the answer to the whole from the
    answer to that, None when that answer is not line for line what was sent).

    An article's check sends its text followed by the closed forms of every two adjacent
    words (about a thousand lines for 455 words): a third of the analyser's CPU in a check,
    and when the article is edited, all but a sentence's were asked before. The lines are
    kept in runs cut where a line's checksum says so (so an edit changes the runs around
    it only): a look-up per line cost as much as the analyser's work it saved."""
    runs = _runs(lines)
    keys = [_run_key(command, run) for run in runs]
    found = store().get_many([key for key in keys if key is not None])
    kept = [found.get(key) if key is not None else None for key in keys]
    rest = [line for run, answer in zip(runs, kept, strict=True) if answer is None for line in run]
    send = head + "".join(f"{line}\n" for line in rest)

    def finish(answer: str) -> str | None:
        cut = nth(answer, "\n", head.count("\n"))
        tail = answer[cut:].split("\n")
        if len(tail) != len(rest) + 1:
            return None
        fresh = iter(tail)
        whole = []
        for run, key, kept_answer in zip(runs, keys, kept, strict=True):
            if kept_answer is not None:
                whole.append(kept_answer.decode("utf-8"))
                continue
            analysed = "\n".join(next(fresh) for _ in run)
            if key is not None:
                store().put(key, analysed.encode("utf-8"))
            whole.append(analysed)
        return answer[:cut] + "".join(f"{part}\n" for part in whole) + tail[-1]

    return send, finish


def _runs(lines: list[str]) -> list[list[str]]:
    """`lines` in runs, each ending at a line whose CRC-32 is a multiple of 16 (or at the end)."""
    runs: list[list[str]] = []
    run: list[str] = []
    for line in lines:
        run.append(line)
        if zlib.crc32(line.encode("utf-8", "surrogatepass")) % 16 == 0:
            runs.append(run)
            run = []
    if run:
        runs.append(run)
    return runs


def _run_key(command: str, run: list[str]) -> str | None:
    """The key of `command`'s answer to the lines of `run` each on its own (None for lines
    that cannot be encoded, which are never kept)."""
    try:
        payload = "\n".join(run).encode("utf-8")
    except UnicodeEncodeError:
        return None
    return next_key(identity(command), b"lines\0" + payload)
