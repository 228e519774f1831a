"""Constraint grammar window by window, each window's answer kept for the process.

Constraint grammar disambiguates window by window, and the Danish grammars of apertium-dan-nor
end a window at every ".", "!", "?", ":" and "|" (their delimiter sets, read with `vislcg3
--grammar-out`), with no rule reaching across windows: lines that end a window are
disambiguated alike wherever they stand. The checks analyse an article's sentences more than
once (the grammar checks, the term forms, SENSE001), so such lines go through the grammars
once per process (pipeline.ingest.morphology asks this module before its tagger).
"""

from __future__ import annotations

import re
from collections.abc import Callable


def grammar_output(grammars: str, lexical: str, ask: Callable[[str, str], str]) -> str:
    """The output of constraint grammar stages (`cg-proc … | cg-proc …`) for `lexical`, asked
    through `ask(command, payload)` (morphology's long-lived chains); lines that end a window
    are asked once per process."""
    runs = _window_runs(lexical)
    known = _GRAMMAR_RUNS.setdefault(grammars, {})
    if len(known) > _MAX_RUNS:
        known.clear()
    # this call's own view: another thread may clear the shared one meanwhile
    found = {t: known[t] for kind, t in runs if kind == _WINDOW and t in known}
    missing = list(dict.fromkeys(t for kind, t in runs if kind == _WINDOW and t not in found))
    if missing:
        answers = _split_runs(ask(grammars, "".join(missing)), missing)
        if answers is None:  # the stages did not keep the line breaks: the text as one
            return ask(grammars, lexical)
        found.update(zip(missing, answers, strict=True))
        known.update(zip(missing, answers, strict=True))
    parts = []
    for kind, text in runs:
        if kind == _WINDOW:
            parts.append(found[text])
        else:  # blank lines come back as they are; an unfinished window is asked as it is
            parts.append(text if kind == _BLANK else ask(grammars, text))
    return "".join(parts)


def _window_runs(lexical: str) -> list[tuple[str, str]]:
    """`lexical` as runs of lines: each ending a window (_WINDOW), blank (_BLANK), and at the
    end, lines whose window the text does not finish (_OPEN)."""
    runs: list[tuple[str, str]] = []
    start = position = 0
    while position < len(lexical):
        end = lexical.find("\n", position)
        end = len(lexical) if end < 0 else end + 1
        line = lexical[position:end]
        if start == position and line == "\n":
            runs.append((_BLANK, line))
            start = end
        elif _WINDOW_END.search(line):
            runs.append((_WINDOW, lexical[start:end]))
            start = end
        position = end
    if start < len(lexical):
        runs.append((_OPEN, lexical[start:]))
    return runs


def _split_runs(answer: str, runs: list[str]) -> list[str] | None:
    """`answer` cut where each of `runs` ended (by line breaks); None when they differ."""
    if answer.count("\n") != sum(run.count("\n") for run in runs):
        return None
    parts, position = [], 0
    for run in runs:
        end = nth(answer, "\n", run.count("\n"), position)
        parts.append(answer[position:end])
        position = end
    return parts if position == len(answer) else None


# The grammars whose window ends were read (apertium-dan-nor: segmentation, disambiguation).
KNOWN_GRAMMARS = ("/dan-nor.seg.rlx.bin", "/dan-nor.rlx.bin")
# A line whose last unit is a window end: "^./.<sent>$" and the like, then the line break.
_WINDOW_END = re.compile(r"\^[.!?:|]/(?:\\.|[^$\\^])*\$[ \t]*\n$")
_WINDOW, _BLANK, _OPEN = "window", "blank", "open"
_GRAMMAR_RUNS: dict[str, dict[str, str]] = {}
_MAX_RUNS = 200_000


def nth(text: str, char: str, n: int, position: int = 0) -> int:
    """The offset just after the `n`th `char` in `text` from `position` (its length if there
    are fewer)."""
    for _ in range(n):
        found = text.find(char, position)
        if found < 0:
            return len(text)
        position = found + 1
    return position
