"""English terms an author quotes: a term in quotation marks is mentioned, not used.

Danish clinical writing keeps the English name of a sign, a test or a finding that has no
Danish one, and marks it as a citation with quotation marks ('tarmendometriose ses med
"indian head sign"', or in the Danish marks ”…”: 'besvimelse eller ”black outs”'). The
quoted words are a name to an editor, not English left untranslated or misspelt Danish. A
quoted run counts as cited when it is one to five words, every one of them an English
dictionary word (in lower case or capitalised: "indian" is "Indian") and at least one
unknown to the document language's dictionary; a quoted Danish phrase or a whole quoted
English sentence is not one.
"""

from __future__ import annotations

import re

from pipeline.checks.speller import Speller

# Text between quotation marks on one line, spaces inside the marks allowed ('med" indian
# head sign"' as a page has it); Danish opens with ” as it closes ('eller ”black outs”').
_QUOTED = re.compile(r"[\"“”„«]\s*([^\"“”„«»\n]{1,80}?)\s*[\"”“»]")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
MAX_WORDS = 5


def cited_spans(text: str, english: Speller | None, own: Speller | None) -> list[tuple[int, int]]:
    """The (start, end) of each quoted English term in `text`."""
    if english is None or own is None:
        return []
    spans = []
    for found in _QUOTED.finditer(text):
        words = _WORD.findall(found.group(1))
        if not 1 <= len(words) <= MAX_WORDS:
            continue
        if all(_english(w, english) for w in words) and not all(own.known(w) for w in words):
            spans.append((found.start(1), found.end(1)))
    return spans


def _english(word: str, english: Speller) -> bool:
    return any(english.known(w) for w in (word, word.lower(), word.capitalize()))
