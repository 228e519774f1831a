"""Names spelt out before their acronym: "COPD assessment test (CAT)", "modified MRC (mMRC)".

Danish clinical writing keeps the English name of a scale, test or enzyme when it introduces
the acronym clinicians use ("angiotensin-converting-enzym (ACE)"): the words are a name, the
acronym's own expansion, not English left untranslated or misspelt Danish. A run of words counts
as the expansion when it stands right before an acronym in brackets and the initials of its
words and hyphenated parts spell the acronym, case aside; an acronym among the words gives its
first letter or itself whole ("COPD assessment test (CAT)", "modified MRC (mMRC)"), a
hyphenated word its parts' first letters or its own first letter only. The name may also open
the bracket and the acronym close it after a comma ("DXA-teknikk (dual-energy X-ray
absorptiometry, DXA)").
"""

from __future__ import annotations

import re

# "(CAT)", "(mMRC, som …", "(ACE) hæmmere": two to eight letters with at least two capitals.
_ACRONYM = re.compile(r"\(\s*([a-z]?[A-Z][A-Za-z]{0,6}[A-Z])\s*[),;]")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# Short linking words an acronym may leave out: "activities of daily living (ADL)", "Center for
# Visitation og Diagnostik (CVD)".
_LINKING = frozenset({"of", "and", "the", "for", "in", "on", "to", "og", "i", "af", "til", "med"})


# "(dual-energy X-ray absorptiometry, DXA)": the name and then its acronym in one bracket.
_INNER = re.compile(r"\(([^()]+?),\s*([a-z]?[A-Z][A-Za-z]{0,6}[A-Z])\s*\)")


def expansion_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each run of words in `text` that spells the bracketed acronym
    right after it, or that a bracket opens and ends with a comma and the acronym."""
    spans = []
    for acronym in _ACRONYM.finditer(text):
        letters = acronym.group(1).lower()
        words = list(_WORD.finditer(text, 0, acronym.start()))
        if not words or text[words[-1].end() : acronym.start()].strip():
            continue  # the bracket must follow the last word
        start = _spelt_from(words, len(words), letters)
        if start is not None:
            spans.append((words[start].start(), words[-1].end()))
    for inner in _INNER.finditer(text):
        words = list(_WORD.finditer(text, inner.start(1), inner.end(1)))
        if words and _spelt_from(words, len(words), inner.group(2).lower()) == 0:
            spans.append((words[0].start(), words[-1].end()))
    return spans


# An acronym glossed with the words it stands for: in brackets after it, inside the bracket
# with it, in a bracket of its own inside the gloss, or after a colon in a legend:
# "ADL (activities of daily living)", "(activities of daily living; ADL)", "Jernmangel (iron
# deficiency (ID))", "IDA: iron deficiency anaemia".
_ACR = r"([a-z]?[A-Z][A-Za-z]{0,6}[A-Z])"
_GLOSS_AFTER = re.compile(rf"\b{_ACR}\s*\(([^()]+)\)")
_GLOSS_INSIDE = re.compile(rf"\(([^();]+?)[;,]\s*{_ACR}\s*\)")
_GLOSS_NESTED = re.compile(rf"\(([^()]+?)\s*\(\s*{_ACR}\s*\)\s*\)")
_GLOSS_LEGEND = re.compile(rf"(?:^|(?<=[.;]\s))[ \t]*{_ACR}:\s*([^.;:()\n]+)", re.MULTILINE)
_AFTER_ACRONYM = (_GLOSS_AFTER, _GLOSS_LEGEND)


def glossed_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each gloss of an acronym: words whose initials spell the acronym
    standing right before their bracket or colon, or after them inside the bracket. Danish
    writers give an acronym's English source so ("ADL (activities of daily living)", a
    figure's legend "IDA: iron deficiency anaemia"), citing it, not using it as Danish text."""
    spans = []
    found_all = [
        m
        for pattern in (*_AFTER_ACRONYM, _GLOSS_INSIDE, _GLOSS_NESTED)
        for m in pattern.finditer(text)
    ]
    for found in found_all:
        after = found.re in _AFTER_ACRONYM
        acronym, words_group = (1, 2) if after else (2, 1)
        words = list(_WORD.finditer(text, found.start(words_group), found.end(words_group)))
        letters = found.group(acronym).lower()
        if words and _spelt_from(words, len(words), letters) == 0:
            spans.append((words[0].start(), words[-1].end()))
    return spans


# A legend's abbreviation written with a full stop, ending the text before its gloss: the
# sentence splitter ends a sentence at "Pn.:" and the gloss starts the next ("pro necessitate").
_DOTTED_LEGEND = re.compile(r"(?:^|\n)[ \t]*([A-Z][a-z]{1,3})\.:$")
# The gloss runs to a slash before a translation ("/efter behov"), a punctuation mark or a line end.
_GLOSS_RUN = re.compile(r"[^/.,;:()\n]+")


def continued_gloss(previous: str, text: str) -> tuple[int, int] | None:
    """The (start, end) of the words opening `text` that gloss the dotted abbreviation ending
    the sentence before it ("Pn.:" + "pro necessitate/efter behov"): their initials spell it,
    as in a legend on one line (glossed_spans)."""
    legend = _DOTTED_LEGEND.search(previous.rstrip(" \t"))
    run = _GLOSS_RUN.match(text)
    if legend is None or run is None:
        return None
    words = list(_WORD.finditer(text, 0, run.end()))
    if words and _spelt_from(words, len(words), legend.group(1).lower()) == 0:
        return words[0].start(), words[-1].end()
    return None


def _spelt_from(words: list[re.Match[str]], end: int, letters: str) -> int | None:
    """The index of the first of the words before `end` whose initials spell `letters`, or
    None; each word gives its first letter, an acronym also itself whole ("COPD assessment
    test": "cat", "modified MRC": "mmrc"), a hyphenated word its parts' first letters, and a
    short linking word ("of", "og") may give none."""
    if not letters:
        return end
    if end == 0:
        return None
    for piece in _initials(words[end - 1].group()):
        if piece and letters.endswith(piece):
            found = _spelt_from(words, end - 1, letters[: len(letters) - len(piece)])
            if found is not None:
                return found
    if words[end - 1].group().lower() in _LINKING:
        return _spelt_from(words, end - 1, letters)  # "of", "og" may give no letter
    return None


def _initials(word: str) -> set[str]:
    """What a word may give an acronym: its parts' first letters, an acronym also whole."""
    parts = word.split("-")
    firsts = "".join(p[:1].lower() for p in parts)
    whole = "".join(p.lower() if len(p) > 1 and p.isupper() else p[:1].lower() for p in parts)
    # a hyphenated word may also give its first letter only ("dual-energy X-ray": "dx")
    return {firsts, whole, word[:1].lower()}


def defines_acronyms(text: str) -> bool:
    """`text` is a legend line that defines acronyms ("CIIDA: combined inflammatory and iron
    deficiency anaemia."): its glosses hold most of its words."""
    words = _WORD.findall(text)
    glossed = sum(len(_WORD.findall(text[start:end])) for start, end in glossed_spans(text))
    return bool(_GLOSS_LEGEND.match(text)) and 2 * glossed >= len(words)
