"""Morphological analysis with Apertium's own analysers: lemma, part of speech and inflection
(their answers read by pipeline.ingest.apertium_units, whose `Reading` and `escape` are
re-exported here: a token's readings, and how text is put to the analysers).

Checks that judge grammar (agreement, word order, split compounds) and fixes that must keep a
word's part of speech need more than a dictionary's yes/no: they need the analyses a real
morphology gives. Apertium's language pairs that setup installs ship them for Danish
(`apertium-dan-nor`'s `dan-nob` mode), Bokmål, Nynorsk and Swedish. The analysis stages are read
from the pair's own mode file (the commands up to the tagger), so the installed build's paths
and grammars are used as they are. A batch keeps one long-lived chain per language
(apertium_stream: null-flush mode) instead of starting one per article.

Two views of each token are returned: every reading the morphological analyser knows
(`readings`, before disambiguation) and the one reading the constraint grammar and tagger chose
(`chosen`). A check that wants precision acts only where the readings leave no doubt.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from pipeline.ingest import analyser_lines, analysis_cache
from pipeline.ingest.apertium_stream import FlushedPipeline, PipelineFailedError, Shorten
from pipeline.ingest.apertium_units import Reading as Reading
from pipeline.ingest.apertium_units import escape as escape
from pipeline.ingest.apertium_units import line_units, parse_stream
from pipeline.ingest.grammar_windows import KNOWN_GRAMMARS, grammar_output, nth

MODES = Path("/usr/share/apertium/modes")
# The translation mode whose analysis stages analyse each language.
ANALYSIS_MODES = {"da": "dan-nob", "nb": "nob-dan", "nn": "nno-dan", "sv": "swe-dan"}

# The stressed article ("én type træning", "ét glas vand"), official Danish spelling that the
# analyser's dictionary lacks: it is sent as the plain article (same length, so every offset
# holds) and the token keeps the text's own spelling.
_STRESSED = re.compile(r"(?<![^\W\d_])([Éé])([nt])(?![^\W\d_])")


class AnalyserUnavailableError(RuntimeError):
    """The Apertium package with the language's analyser is not installed."""


@dataclass(frozen=True)
class Token:
    """A token of the analysed text with its character span in that text."""

    surface: str
    start: int
    end: int
    readings: tuple[Reading, ...]
    chosen: Reading | None

    @property
    def known(self) -> bool:
        """Whether the analyser knows the word (unknown words come back marked `*`)."""
        return bool(self.readings)


@cache
def analysis_stages(lang: str) -> tuple[str, str]:
    """The shell commands of `lang`'s analysis: (morphological analyser, disambiguation up to
    the tagger), read from the pair's mode file."""
    mode = ANALYSIS_MODES.get(lang)
    path = MODES / f"{mode}.mode"
    if mode is None or not path.is_file():
        raise AnalyserUnavailableError(
            f"no Apertium analyser for '{lang}' (needs {MODES}/{mode or '?'}.mode; "
            "install apertium-dan-nor / apertium-swe-dan)"
        )
    stages = [stage.strip() for stage in path.read_text(encoding="utf-8").split("|")]
    tagger = next(i for i, stage in enumerate(stages) if stage.startswith("apertium-tagger"))
    disambiguation = " | ".join(stages[1 : tagger + 1]).replace("$2", "-p")
    return stages[0], disambiguation


def run_stages(command: str, payload: str) -> str:
    """The output of an Apertium pipeline of stages (a shell pipe), or
    AnalyserUnavailableError naming the failing stage's last message."""
    result = subprocess.run(
        ["bash", "-c", f"set -o pipefail; {command}"],
        input=payload,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )
    if result.returncode != 0:
        reason = result.stderr.strip().splitlines() or [f"exit status {result.returncode}"]
        raise AnalyserUnavailableError(f"apertium analysis failed: {reason[-1]}")
    return result.stdout


def _locate(text: str, surface: str, position: int) -> tuple[int, int]:
    """Where `surface` stands in `text` at or after `position` (a multiword unit may span a
    line break where its surface has a space)."""
    found = text.find(surface, position)
    if found < 0 or text[position:found].strip():
        pattern = r"\s+".join(re.escape(part) for part in surface.split())
        match = re.compile(pattern).search(text, position) if pattern else None
        if match is None:
            return position, position
        return match.start(), match.end()
    return found, found + len(surface)


def unstressed(text: str) -> str:
    """`text` as the analyser is asked it: the stressed article én/ét written en/et."""
    if "é" not in text and "É" not in text:
        return text
    return _STRESSED.sub(lambda m: ("E" if m[1] == "É" else "e") + m[2], text)


def analyse(text: str, lang: str = "da") -> list[Token]:
    """Tokens of `text` with every reading and the disambiguated one; one process chain."""
    if not text.strip():
        return []
    analyser, disambiguation = analysis_stages(lang)
    asked = unstressed(text) if lang == "da" else text
    # the line break: some taggers hold the last unit back
    lexical = _analyser_ask(analyser, escape(asked).split("\n"), [])
    tagged = parse_stream(_disambiguate(disambiguation, lexical))
    return _tokens(text, parse_stream(lexical), tagged, asked)


def _tokens(
    text: str,
    units: list[tuple[str, tuple[Reading, ...]]],
    tagged: list[tuple[str, tuple[Reading, ...]]],
    asked: str | None = None,
) -> list[Token]:
    """Tokens located in `text` from the analyser's units and the tagger's choices
    (`asked`: the text as the analyser was asked it, of the same length)."""
    if len(units) != len(tagged):  # the stages never merge units, but never trust blindly
        units = [(surface, chosen) for surface, chosen in tagged]
    located = text if asked is None else asked
    tokens = []
    position = 0
    for (surface, readings), (_, chosen) in zip(units, tagged, strict=True):
        start, end = _locate(located, surface, position)
        position = max(position, end)
        if located is not text and start < end:
            surface = text[start:end] if located[start:end] == surface else surface
        tokens.append(Token(surface, start, end, readings, chosen[0] if chosen else None))
    return tokens


def analyse_with_words(
    text: str, words: Iterable[str], lang: str = "da"
) -> tuple[list[Token], dict[str, tuple[Reading, ...]]]:
    """`analyse(text)` and `lexical_readings(words)` in one process chain: the words follow
    the text, one per line, and the analyser's output is kept (tee) before the tagger. A
    word's readings on its own line depend on nothing around it, so a word this process has
    looked up before is not sent again (a batch's articles share many)."""
    unique = list(dict.fromkeys(w for w in words if w.strip() and "\n" not in w))
    if not text.strip():
        return [], lexical_readings(unique, lang)
    analyser, disambiguation = analysis_stages(lang)
    asked = unstressed(text) if lang == "da" else text
    head = escape(asked) + "\n"
    known = _WORDS.setdefault(lang, {})
    if len(known) > _MAX_WORDS:
        known.clear()
    missing = [w for w in unique if w not in known]
    lines = [escape(w) for w in missing]

    def ask(own: list[str], more: list[str]) -> str:
        ahead = "".join(f"{line}\n" for line in own)
        payload = ahead + "".join(f"{line}\n" for line in more)
        return _ask(analyser, payload, lambda: analysis_cache.shortened(analyser, ahead, more))

    lexical = analyser_lines.answer(analyser, head.split("\n")[:-1], lines, ask)
    # the analyser keeps every line break, so the text's part ends at the same one
    cut = nth(lexical, "\n", head.count("\n"))
    units = parse_stream(lexical[:cut])
    tagged = parse_stream(_disambiguate(disambiguation, lexical[:cut]))[: len(units)]
    for word, line in zip(missing, lexical[cut:].split("\n"), strict=False):
        found = line_units(line)
        known[word] = found[0][1] if len(found) == 1 else ()
    readings = {word: known[word] for word in unique if word in known}
    return _tokens(text, units, tagged, asked), readings


# Words looked up on their own line, per language (analyse_with_words); bounded for long runs.
_WORDS: dict[str, dict[str, tuple[Reading, ...]]] = {}
_MAX_WORDS = 500_000


_PIPELINES: dict[str, FlushedPipeline] = {}


def ask(command: str, payload: str) -> str:
    """The output of an Apertium pipeline of stages for `payload`, as `run_stages` gives it,
    from the process's long-lived null-flushed chain of that pipeline (no start-up per call)."""
    return _ask(command, payload)


def start(lang: str, text: str | None = None) -> None:
    """Start `lang`'s analysis chains (analyser, disambiguation) without waiting for them,
    when it has them: their programs take a tenth of a second or more to load their data,
    which a caller that will soon analyse overlaps with its own work. Not for a `text` an
    earlier process analysed: its answers are probably kept on disk, and a chain then
    starts only when asked something they do not answer (pipeline/ingest/analysis_cache.py)."""
    if not _available_once(lang):
        return
    analyser, disambiguation = analysis_stages(lang)
    commands = tuple(c for c in (analyser, *_chains(disambiguation)) if c is not None)
    if text is not None and analysis_cache.seen_before(commands, text):
        return
    for command in commands:
        _pipeline(command).start()


@cache
def _available_once(lang: str) -> bool:
    # `start` runs for every document of a batch: the programs are looked up once
    return available(lang)


def _ask(command: str, payload: str, shorten: Shorten | None = None) -> str:
    """`payload` through a long-lived null-flushed chain of `command`'s stages, one per
    command and process (see pipeline.ingest.apertium_stream)."""
    try:
        return _pipeline(command).ask(payload, shorten)
    except PipelineFailedError as exc:
        raise AnalyserUnavailableError(f"apertium analysis failed: {exc}") from exc


def _analyser_ask(analyser: str, head: list[str], words: list[str]) -> str:
    """The analyser's answer to the lines `head` then `words`, lines it answered before in
    this process not sent again (pipeline/ingest/analyser_lines.py)."""

    def ask(text: list[str], more: list[str]) -> str:
        return _ask(analyser, "".join(f"{line}\n" for line in [*text, *more]))

    return analyser_lines.answer(analyser, head, words, ask)


def _disambiguate(command: str, lexical: str) -> str:
    """The output of the disambiguation stages `command` for the analyser's output `lexical`:
    the grammars' part through `grammar_output`, the tagger, which keeps state from one text
    to the next, given every text whole and in order."""
    grammars, tagger = _chains(command)
    if tagger is None:
        return _ask(command, lexical)
    return _ask(tagger, grammar_output(grammars, lexical, _ask))


@cache
def _chains(command: str) -> tuple[str, str | None]:
    """(the grammar stages, the tagger stage) of a disambiguation command whose grammars'
    window ends are known; (command, None) for any other."""
    stages = command.split(" | ")
    known = all(
        stage.startswith("cg-proc ") and stage.rstrip("'").endswith(KNOWN_GRAMMARS)
        for stage in stages[:-1]
    )
    if len(stages) < 2 or not known or not stages[-1].startswith("apertium-tagger "):
        return command, None
    return " | ".join(stages[:-1]), stages[-1]


def _pipeline(command: str) -> FlushedPipeline:
    if command not in _PIPELINES:
        _PIPELINES[command] = FlushedPipeline(command, analysis_cache.store())
    return _PIPELINES[command]


def lexical_readings(words: Iterable[str], lang: str = "da") -> dict[str, tuple[Reading, ...]]:
    """Every reading of each word on its own (no context), in one process call; unknown words
    map to an empty tuple."""
    unique = list(dict.fromkeys(w for w in words if w.strip()))
    if not unique:
        return {}
    # A word's readings on its own line depend on nothing around it: one this process looked
    # up before (here or after an article's text, analyse_with_words) is not sent again.
    known = _WORDS.setdefault(lang, {})
    whole = any("\n" in w for w in unique)  # would take two lines: nothing is remembered
    before = {} if whole else {w: known[w] for w in unique if w in known}
    missing = [w for w in unique if w not in before]
    fresh: dict[str, tuple[Reading, ...]] = {}
    if missing:
        analyser, _ = analysis_stages(lang)
        # one word per line, each line flushed as its own sentence by the blank between them
        stream = _analyser_ask(analyser, [], [escape(w) for w in missing])
        for word, line in zip(missing, stream.split("\n"), strict=False):
            units = line_units(line)
            fresh[word] = units[0][1] if len(units) == 1 else ()
        if not whole:
            if len(known) > _MAX_WORDS:
                known.clear()
            known.update(fresh)
    return {w: before[w] if w in before else fresh[w] for w in unique if w in before or w in fresh}


def word_readings(word: str, lang: str = "da") -> tuple[Reading, ...]:
    """`lexical_readings` of one word, () where `lang` cannot be analysed here: the kept
    answer at the cost of two look-ups, for the checks that ask word by word."""
    found = _WORDS.get(lang, _NONE).get(word)
    if found is not None:
        return found
    if not available(lang):
        return ()
    return lexical_readings([word], lang).get(word, ())


_NONE: dict[str, tuple[Reading, ...]] = {}


def available(lang: str) -> bool:
    """Whether `lang` can be analysed on this machine."""
    try:
        analysis_stages(lang)
    except AnalyserUnavailableError:
        return False
    return _programs_found()


@cache
def _programs_found() -> bool:
    # looked up once per process: the checks ask for every word they judge (3 PATH searches)
    return all(shutil.which(program) for program in ("lt-proc", "cg-proc", "apertium-tagger"))
