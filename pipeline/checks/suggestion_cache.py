"""Hunspell's suggestions for unknown words, kept on disk across processes and runs.

`suggest` is hunspell's slowest call: 70 ms or more per word with the Danish dictionary,
whose compound rules it tries one by one (measured: 45 calls were a third of a 73-article
check). Its answer depends only on the dictionary's bytes, the hunspell library and the word
(when hunspell had the time it wanted: see `COMPLETE_WITHIN`), so, like the wordfreq index
and the compiled glossaries, it is derived data: each answer is appended to a file under
`~/.cache/content-pipeline/suggestions/` (`$XDG_CACHE_HOME`) named by a SHA-256 of the
identity of the .aff and .dic files and of the hunspell library's files
(pipeline/checks/dictionary_files.py), and read back by every later process. It changes no
finding, so `check --no-cache` (which skips the findings cache) uses it too.

One line per word, `word<TAB>suggestion…<TAB>crc32`, each written with one `write` in append
mode, so two worker processes can add to the same file; a line whose checksum does not match
(a write cut short by a full disk) is skipped, and a file that cannot be read or written
only costs time. Past `MAX_BYTES` the file starts again.
"""

from __future__ import annotations

import os
import time
import zlib
from collections.abc import Callable
from functools import cache
from pathlib import Path

from pipeline.checks.dictionary_files import dictionary_identity
from pipeline.core.user_cache import cache_home

FORMAT = 3  # bump when the line format or what is kept changes (3: named by file identity)
# hunspell gives each of its costly suggestion methods about a quarter of a second of process
# time (TIMELIMIT in its suggestmgr.hxx) and returns what it found by then: an answer that
# took that long may be cut short, and on a busy machine differ from run to run. An answer
# computed within this much CPU time is certainly complete and is kept; a slower one is kept
# when it found a suggestion (an empty one may have been cut short before the first, so it is
# asked again): from the first run that finds one, the finding no longer changes from run to
# run with the machine's load ("tetrackylin-misfarvninger" → "tetracyklin-misfarvninger" came
# and went between two runs of the same code), and later processes load no dictionary for it.
COMPLETE_WITHIN = 0.2
MAX_BYTES = 32 * 1_048_576
Suggestions = tuple[str, ...]


def cache_folder() -> Path:
    """Where the suggestion files are kept."""
    return cache_home() / "suggestions"


def dictionary_key(dic: Path) -> str:
    """The name of `dic`'s suggestion file (pipeline.checks.dictionary_files)."""
    return dictionary_identity(dic, f"suggestions {FORMAT}")


def _line(word: str, answers: Suggestions) -> bytes | None:
    """The record of one word; None when a field could not be told apart on reading."""
    fields = (word, *answers)
    if any("\t" in f or "\n" in f or "\r" in f for f in fields):
        return None
    payload = "\t".join(fields).encode("utf-8", "surrogatepass")
    return payload + b"\t" + f"{zlib.crc32(payload):08x}".encode() + b"\n"


def _parse(data: bytes) -> dict[str, Suggestions]:
    answers: dict[str, Suggestions] = {}
    for record in data.split(b"\n")[:-1]:  # a last piece without its newline is cut short
        payload, _, check = record.rpartition(b"\t")
        if not payload or check != f"{zlib.crc32(payload):08x}".encode():
            continue
        try:
            word, *suggestions = payload.decode("utf-8", "surrogatepass").split("\t")
        except UnicodeDecodeError:
            continue
        answers[word] = tuple(suggestions)
    return answers


class SuggestionFile:
    """The suggestions kept for one dictionary: read once, then added to line by line."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._answers: dict[str, Suggestions] | None = None

    def get(self, word: str) -> Suggestions | None:
        if self._answers is None:
            self._answers = self._read()
        return self._answers.get(word)

    def put(self, word: str, answers: Suggestions) -> None:
        if self._answers is None:
            self._answers = self._read()
        self._answers[word] = answers
        line = _line(word, answers)
        if self.path is None or line is None:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            descriptor = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
            try:
                os.write(descriptor, line)
            finally:
                os.close(descriptor)
        except OSError:
            self.path = None  # a read-only or full home: computed again next time

    def _read(self) -> dict[str, Suggestions]:
        if self.path is None:
            return {}
        try:
            if self.path.stat().st_size > MAX_BYTES:
                self.path.unlink()
                return {}
            return _parse(self.path.read_bytes())
        except OSError:
            return {}


@cache
def suggestion_file(dic: Path) -> SuggestionFile:
    """The shared suggestion file of dictionary `dic` (its .aff beside it)."""
    try:
        key = dictionary_key(dic)
    except OSError:
        return SuggestionFile(None)
    return SuggestionFile(cache_folder() / f"{key}.tsv")


def kept_suggestions(dic: Path, word: str, compute: Callable[[], Suggestions]) -> Suggestions:
    """`compute()`, hunspell's suggestions for `word` with dictionary `dic`, from the file
    when an earlier process asked the same; kept for later processes when it took less
    than `COMPLETE_WITHIN` seconds of CPU time or found a suggestion (see COMPLETE_WITHIN)."""
    kept = suggestion_file(dic)
    answers = kept.get(word)
    if answers is None:
        started = time.process_time()
        answers = compute()
        if answers or time.process_time() - started < COMPLETE_WITHIN:
            kept.put(word, answers)
    return answers
