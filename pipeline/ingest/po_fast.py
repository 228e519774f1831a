"""The plain entries of a PO catalog read by one regular expression each: po_reader's fast path.

Nearly every entry gettext writes is comment lines, perhaps a msgctxt, a msgid and a msgstr
(or msgid_plural and msgstr[n]), each string on lines that begin and end with a quote, and
empty lines between entries. `plain_entries` reads such entries from the start of a
catalog's text with one match each (reading 146 catalogs took 0.48 s of CPU with the line
parser alone, 0.28 s so) and stops at the first entry of any other shape: an obsolete `#~` or
previous `#|` block, a blank line of spaces, a line a string goes on in after a blank line,
an indented string, a keyword without one space before its string, a missing newline at the
end. po_reader reads the rest of the file, from the last entry read here (which the line
after it might have gone on), with its line parser, so that every entry is what that parser
makes of it (tests/ingest/test_po_fast.py compares the two on real and generated catalogs).
"""

from __future__ import annotations

import re

from pipeline.ingest.po_reader import PoEntry, add_comment, unescape

_STRING = r'"[^\n]*"\n(?:"[^\n]*"\n)*'  # a keyword's string and its continuation lines
_MORE = r'((?:"[^\n]*"\n)*)'  # continuation lines
# Groups: comments, msgctxt's first string and continuation lines, msgid's, msgstr's; or
# msgid_plural's strings and the msgstr[n] lines. A first string is kept without its quotes.
_ENTRY = re.compile(
    r"\n*"  # empty lines before the entry
    r"((?:#(?![~|])[^\n]*\n)*)"
    rf'(?:msgctxt "([^\n]*)"\n{_MORE})?'
    rf'msgid "([^\n]*)"\n{_MORE}'
    rf'(?:msgstr "([^\n]*)"\n{_MORE}'
    rf"|msgid_plural ({_STRING})((?:msgstr\[[0-9]+\] {_STRING})+))"
)
_FORM = re.compile(rf"msgstr\[([0-9]+)\] ({_STRING})")
_KDE_LINE = re.compile(r'^"_:', re.MULTILINE)  # a continuation line of a KDE comment
_EMPTY = '""'


def plain_entries(text: str) -> tuple[list[PoEntry], int, int]:
    """The entries read from the start of `text` (a catalog decoded, its newline "\\n"), the
    position where po_reader's line parser must go on (the end of `text`: nothing left),
    and the number of the line that position is on."""
    entries: list[PoEntry] = []
    match_entry = _ENTRY.match
    count = text.count
    end = len(text)
    at = 0
    line = 1
    last_at, last_line = 0, 1  # where the last entry read began
    while at < end:
        found = match_entry(text, at)
        if found is None:
            if count("\n", at) == end - at:  # empty lines to the end: the last entry is whole
                return entries, end, line + end - at
            if entries:  # the line here may have gone on in the last entry's string
                entries.pop()
                at, line = last_at, last_line
            return entries, at, line
        first = found.start(1)
        entry_line = line + first - at  # the empty lines before it: one newline each
        entry = _entry(found, entry_line)
        if entry is None:  # a KDE msgid comment, a plural of an empty msgid
            return entries, at, line
        last_at, last_line = at, line
        at = found.end()
        line = entry_line + count("\n", first, at)
        entries.append(entry)
    return entries, end, line


def _entry(found: re.Match[str], line: int) -> PoEntry | None:
    comments, ctxt, ctxt_more, msgid, id_more, msgstr, str_more, plural, forms = found.groups()
    if msgid[:2] == "_:" or (id_more and _KDE_LINE.search(id_more)):
        return None  # po_reader refuses a KDE msgid comment
    if plural is None:
        targets = [_text(msgstr, str_more)]
        indices: list[int] = []
        plural_text = None
        # a null list is none or one "" (translate-toolkit's is_null)
        header = (
            not msgid
            and not id_more
            and (msgstr or str_more)
            and (ctxt is None or (not ctxt and not ctxt_more))
        )
    else:
        tokens = plural.split("\n")[:-1]
        if (not msgid and not id_more) or any(token.startswith('"_:') for token in tokens):
            return None  # po_reader refuses them
        plural_text = "".join(unescape(token[1:-1]) for token in tokens)
        by_index: dict[int, list[str]] = {}
        for index, strings in _FORM.findall(forms):
            by_index.setdefault(int(index), []).extend(strings.split("\n")[:-1])
        indices = list(by_index)
        targets = ["".join(unescape(token[1:-1]) for token in each) for each in by_index.values()]
        header = False
    entry = PoEntry(
        line,
        _text(msgid, id_more),
        targets,
        plural_text,
        indices,
        None if ctxt is None else _text(ctxt, ctxt_more),
        False,
        bool(header),
        [],
        [],
        [],
        [],
    )
    if comments:
        _comments(entry, comments)
    return entry


def _text(first: str, more: str) -> str:
    """A keyword's text: its first string (without quotes) and continuation lines, read."""
    text = unescape(first)
    if more:
        text += "".join(unescape(token[1:-1]) for token in more.split("\n")[:-1])
    return text


def _comments(entry: PoEntry, block: str) -> None:
    """po_reader's comment lines for a block of them (no `#~`, no `#|`)."""
    for line in block.split("\n")[:-1]:
        add_comment(entry, line)
