"""The morphological analyser's answers line by line, kept for the process.

The analyser (lt-proc) keeps no state and never reads across a line break (a multiword's
blanks are spaces; a line break ends any match), so its answer to a text of whole lines is
its answers to those lines, each followed by the line break. The checks analyse an article's
sentences several times, each time one to a line: the grammar checks the whole article, the
term checks the sentences with terms, SENSE001 the source segments once translated. On 40
articles (benchmarks/bench_translate.py, da→nb) 59 % of the characters sent to the analyser
were lines it had answered before in the process; with them answered from here its CPU time
went from 0.55 s to 0.25 s. That the answers are the same was compared on 1.8 M characters of
real text (the corpus pages, the seed, PO catalogs) for the Danish, Bokmål, Nynorsk and
Swedish analysers, and tests/ingest/test_analyser_lines.py compares them on every run.

An answer that does not come back line for line (a line break added or lost) is not taken
apart: the text is asked whole, as before, and nothing is kept.
"""

from __future__ import annotations

from collections.abc import Callable

# ask(head lines, word lines) -> the analyser's answer to those lines, each followed by "\n"
Ask = Callable[[list[str], list[str]], str]

_KNOWN: dict[str, dict[str, str]] = {}  # command → line → its answer (without the line break)
_MAX_LINES = 200_000  # per command; a long batch starts again past it


def answer(command: str, head: list[str], words: list[str], ask: Ask) -> str:
    """The analyser `command`'s answer to `head` then `words`, lines without their line
    breaks: lines answered before in this process from here, the others through `ask` (given
    the missing lines of each part, once each, in order). The two parts are kept apart for a
    caller that asks them differently (morphology.analyse_with_words: the words' answers are
    also kept on disk)."""
    known = _KNOWN.setdefault(command, {})
    lines = [*head, *words]
    # this call's own view: another thread (SENSE001's analysis) may clear the shared one
    # meanwhile, so each line is looked up once, never tested and then read
    found: dict[str, str] = {}
    for line in lines:
        kept = known.get(line)
        if kept is not None:
            found[line] = kept
    new_head = [line for line in dict.fromkeys(head) if line not in found]
    taken = set(new_head)
    new_words = [line for line in dict.fromkeys(words) if line not in found and line not in taken]
    if new_head or new_words:
        parts = ask(new_head, new_words).split("\n")
        if len(parts) != len(new_head) + len(new_words) + 1 or parts[-1]:
            return ask(head, words)
        fresh = dict(zip([*new_head, *new_words], parts, strict=False))
        found.update(fresh)
        if len(known) + len(fresh) > _MAX_LINES:
            known.clear()
        known.update(fresh)
    return "".join(f"{found[line]}\n" for line in lines)


def forget() -> None:
    """Drop every kept answer (tests; a process whose analysers changed)."""
    _KNOWN.clear()
