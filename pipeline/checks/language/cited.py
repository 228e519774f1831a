"""English terms an author quotes: a term in quotation marks is mentioned, not used.

Danish clinical writing keeps the English name of a sign, a test or a finding that has no
Danish one, and marks it as a citation with quotation marks ('tarmendometriose ses med
"indian head sign"', or in the Danish marks ”…”: 'besvimelse eller ”black outs”'). The
quoted words are a name to an editor, not English left untranslated or misspelt Danish. A
quoted run counts as cited when it is one to five words, every one of them an English
dictionary word (in lower case or capitalised: "indian" is "Indian") and at least one
unknown to the document language's dictionary; a quoted Danish phrase or a whole quoted
English sentence is not one.

A slash gives a term's English name beside it the same way ("bilaterale
endometriomer/kissing ovaries", "Nefrolitiasis/Kidney stone", "Mulligan/mobilisation with
movement"): the English words closed up after the slash, up to four, are that name.
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


# British spellings the American dictionary lacks: "mobilisation" (mobilization).
_BRITISH = re.compile(r"is(?=ation|e|ed|es|ing)")


def _english(word: str, english: Speller) -> bool:
    forms = (word, word.lower(), word.capitalize())
    return any(english.known(w) or english.known(_BRITISH.sub("iz", w)) for w in forms)


# A word, a slash closed up on both sides, and the words after it on the same line: "X/Y z".
_SLASHED = re.compile(r"([^\W\d_]{3,})/([^\W\d_]+(?:[ -][^\W\d_]+)*)")
MAX_SLASHED = 4


def slashed_spans(text: str, english: Speller | None, own: Speller | None) -> list[tuple[int, int]]:
    """The (start, end) of each English name given after a slash beside a term of the
    document's language or a name ("endometriomer/kissing ovaries"): the English dictionary
    words right after the slash, up to four, at least one unknown to the document language.
    A misspelt word of the document's language after a slash is no English word and is still
    checked ("hovedpine/kvalmme")."""
    if english is None or own is None:
        return []
    spans = []
    for found in _SLASHED.finditer(text):
        term = found.group(1)
        if not (term[0].isupper() or own.accepts(term)):
            continue
        start = found.start(2)
        end = start
        words = list(_WORD.finditer(text, start, found.end(2)))[:MAX_SLASHED]
        for word in words:
            if not _english(word.group(), english):
                break
            end = word.end()
        gloss = _WORD.findall(text[start:end])
        if gloss and not all(own.known(w) for w in gloss):
            spans.append((start, end))
    return spans
