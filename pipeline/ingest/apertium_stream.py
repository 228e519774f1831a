"""A long-lived Apertium pipeline that answers one text after another (null-flush mode).

Starting Apertium's analyser, constraint grammars and tagger costs about 0.13 s of CPU, far more
than analysing an article (measured: 0.21 s of CPU per article in all, with a new chain per
article, against 33k words/s for every other check together). Every stage has a null-flush mode
(`-z`): it answers each NUL-terminated block at once and waits for the next, so one chain per
process serves every article of a batch.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import shlex
import subprocess
import threading
from collections.abc import Callable
from typing import IO

from pipeline.core.answer_store import AnswerStore
from pipeline.ingest import analysis_cache

# (what to send instead of a text, and how to make the text's answer from its answer)
Shorten = Callable[[], tuple[str, Callable[[str], str | None]]]


class PipelineFailedError(RuntimeError):
    """The pipeline stopped or answered nothing; its last error line is the message."""


def null_flushed(command: str) -> str:
    """`command` (stages joined by ` | `) with each stage's program given `-z`."""
    stages = []
    for stage in command.split(" | "):
        program, _, rest = stage.strip().partition(" ")
        stages.append(f"{program} -z {rest}".strip())
    return " | ".join(stages)


class FlushedPipeline:
    """One running chain of Apertium stages; `ask` sends a text and returns the answer."""

    def __init__(self, command: str, kept: AnswerStore | None = None) -> None:
        """`kept`: where the answers to the first texts of this process are kept for later
        processes, and looked up (pipeline/ingest/analysis_cache.py)."""
        self.command = null_flushed(command)
        self._process: subprocess.Popen[bytes] | None = None
        self._lock = threading.Lock()
        self._kept = kept
        self._key = analysis_cache.identity(command) if kept is not None else ""
        self._asks = 0
        self._from_disk = kept is not None  # every answer so far came from `kept`
        self._unsent: list[bytes] = []  # the texts answered from disk, which the chain never saw
        atexit.register(self.close)

    def ask(self, text: str, shorten: Shorten | None = None) -> str:
        """The pipeline's answer to `text` (a NUL inside it is dropped: it ends a block).

        `shorten`, for a chain without state only (the analyser): when the disk does not
        answer `text`, gives what to send instead and how to make `text`'s answer from the
        answer to that (pipeline/ingest/analysis_cache.py `shortened`); that answer is kept
        as `text`'s. Used while answers are kept, that is for a process's first texts."""
        data = _block(text)
        with self._lock:
            key = self._next_key(data)
            if key is not None and self._from_disk:
                assert self._kept is not None
                kept = self._kept.get(key)
                if kept is not None:
                    self._unsent.append(data)
                    return kept.decode("utf-8")
            self._from_disk = False
            for attempt in (1, 2):  # a chain that died is started again, once
                try:
                    process = self._running()
                    while self._unsent:  # the chain's state as if it had answered them
                        _exchange(process, self._unsent[0])
                        self._unsent.pop(0)
                    answer = self._answer(process, data, text, shorten if key else None)
                except (OSError, PipelineFailedError) as exc:
                    self.close()
                    if attempt == 2:
                        raise PipelineFailedError(f"{self.command.split()[0]}: {exc}") from exc
                    continue
                if key is not None and self._kept is not None:
                    self._kept.put(key, answer.encode("utf-8"))
                return answer
        raise AssertionError("unreachable")

    @staticmethod
    def _answer(
        process: subprocess.Popen[bytes], data: bytes, text: str, shorten: Shorten | None
    ) -> str:
        if shorten is None:
            return _exchange(process, data)
        send, finish = shorten()
        whole = finish(_exchange(process, _block(send)))
        return whole if whole is not None else _exchange(process, data)

    def _next_key(self, data: bytes) -> str | None:
        """The key of the answer to `data` after everything asked before, while answers are
        kept (the first KEEP_ASKS texts of a chain that has not had to start again)."""
        if self._kept is None or self._asks >= analysis_cache.KEEP_ASKS:
            return None
        self._asks += 1
        self._key = analysis_cache.next_key(self._key, data)
        return self._key

    def start(self) -> None:
        """Start the chain now, so that its programs load their data while this process does
        other work; the first `ask` then finds it ready. A chain that cannot start is left
        for `ask` to report."""
        with self._lock, contextlib.suppress(OSError):
            self._running()

    def close(self) -> None:
        if self._process is not None:
            self._process.kill()
            self._process.wait()
            self._process = None
            # a chain started again has lost its state: its answers are no longer keyed by
            # what this process asked before, so none is kept or looked up from now on
            self._kept = None

    def _running(self) -> subprocess.Popen[bytes]:
        if self._process is None or self._process.poll() is not None:
            # a command the shell would only split into words (one stage, no variables,
            # patterns or redirections) runs as it is: a shell around it costs 1 ms of CPU
            plain = not _SHELL_SYNTAX.intersection(self.command)
            self._process = subprocess.Popen(
                shlex.split(self.command)
                if plain
                else ["bash", "-c", f"set -o pipefail; {self.command}"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
            )
        return self._process


def _block(text: str) -> bytes:
    return text.replace("\0", "").encode("utf-8") + b"\0"


# What a shell would do more with than split into words (quotes aside).
_SHELL_SYNTAX = frozenset('|&;<>()$`\\"*?[]{}#~=%!\n')


def _write(stream: IO[bytes], data: bytes) -> None:
    try:
        stream.write(data)
        stream.flush()
    except OSError:
        pass  # the reader sees the pipeline end and reports it


def _pipe_capacity(stream: IO[bytes]) -> int:
    """How many bytes the pipe to the chain holds (Linux); 0 where that cannot be asked."""
    try:
        import fcntl

        return int(fcntl.fcntl(stream.fileno(), getattr(fcntl, "F_GETPIPE_SZ", 1032)))
    except (ImportError, OSError, ValueError):
        return 0


def _exchange(process: subprocess.Popen[bytes], data: bytes) -> str:
    """Send one block and read its answer up to the NUL that ends it. A block larger than
    half what the pipe holds is written from a thread, so that it cannot fill both pipes and
    stall the two sides; a smaller one is written at once, since the pipe is empty between
    blocks (the chain has read the previous one up to its NUL before answering it): a new
    text's check asks about twenty blocks, and their threads cost 1.5 ms."""
    assert process.stdin is not None and process.stdout is not None
    writer: threading.Thread | None = None
    if len(data) <= _pipe_capacity(process.stdin) // 2:  # half: a margin for how it fills
        _write(process.stdin, data)
    else:
        writer = threading.Thread(target=_write, args=(process.stdin, data), daemon=True)
        writer.start()
    chunks: list[bytes] = []
    while True:
        chunk = os.read(process.stdout.fileno(), 65536)
        if not chunk:
            raise PipelineFailedError("the pipeline ended without an answer")
        chunks.append(chunk)
        if chunk.endswith(b"\0"):
            break
    if writer is not None:
        writer.join()
    return b"".join(chunks)[:-1].decode("utf-8")
