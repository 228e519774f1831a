"""A fast reader of PO/POT catalogs that reads them exactly as translate-toolkit does.

translate-toolkit's parser makes a rich unit object per entry and decodes and inspects every
line in several function calls: on 1,294 Django and Sphinx catalogs it took 6.9 s of CPU, over
a tenth of pofilter's whole run (issue 14). This reader walks the decoded lines once and keeps
only what the checks use. It follows translate-toolkit's reading to the letter (which lines
count as blank, how comments, flags, previous msgids, obsolete `#~` entries and escapes are
read, which line an entry starts on, the header's charset), so the units are the same; the
tests compare both readers field by field on every catalog they can find.

Whatever is not the plain grammar (KDE `_:` msgid comments, indented comments, an entry with
comments but no msgid, a charset that is not ASCII-compatible, undecodable bytes, any syntax
error) raises `UnsupportedError`: the caller then reads the file with translate-toolkit, which
gives its own answer or its own error for it.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

BOM = b"\xef\xbb\xbf"
# bytes.isspace() — translate-toolkit skips a line of these (and only these) as blank
_BLANK = " \t\n\r\x0b\x0c"
_ESCAPE = re.compile(r"\\.")
_UNESCAPED = {"r": "\r", "t": "\t", '"': '"', "n": "\n", "\\": "\\"}
_CHARSET = re.compile(r"charset=\s*([^\s\n]+)")
# decoding a whole file at once equals decoding it line by line only where no character's
# bytes contain a newline byte: UTF-8 and the single-byte ASCII-compatible families
_SAFE_CODECS = re.compile(r"utf-8|ascii|iso8859-\d+|cp125\d|koi8-[a-z]+|mac-[a-z]+|euc_jp|euc_kr")


class UnsupportedError(Exception):
    """The file is outside the grammar this reader handles; read it with translate-toolkit."""


@dataclass(slots=True)
class PoEntry:
    """One entry as written: texts unescaped, comments as their raw lines (without newline)."""

    line: int  # the entry's first line (its first comment, else its msgctxt/msgid), 1-based
    msgid: str
    msgstr: list[str]  # one form, or msgstr[n] in file order
    msgid_plural: str | None = None
    msgstr_indices: list[int] = field(default_factory=list)  # the n of msgstr[n]; empty if none
    msgctxt: str | None = None
    obsolete: bool = False
    header: bool = False  # translate-toolkit's isheader(): empty msgid and context, a msgstr
    flags: list[str] = field(default_factory=list)
    translator_comments: list[str] = field(default_factory=list)  # "# …" lines
    automatic_comments: list[str] = field(default_factory=list)  # "#. …" lines
    references: list[str] = field(default_factory=list)  # "#: …" lines
    previous: tuple[str | None, str | None, str | None] = (None, None, None)  # #| ctxt, id, plural

    @property
    def context(self) -> str:
        return self.msgctxt or ""

    @property
    def fuzzy(self) -> bool:
        return "fuzzy" in self.flags


@dataclass(slots=True)
class PoFile:
    """A parsed catalog: its entries in file order, its header's charset and its newline."""

    entries: list[PoEntry]
    charset: str  # as the header writes it ("UTF-8"), "utf-8" without one
    newline: str

    def header_fields(self) -> dict[str, str]:
        """The header's "Key: value" lines (translate-toolkit's parseheader)."""
        if not self.entries or not self.entries[0].header:
            return {}
        fields: dict[str, str] = {}
        for line in "".join(self.entries[0].msgstr).split("\n"):
            if ":" in line:
                key, value = line.split(":", 1)
                fields[key.strip()] = value.strip()
        return fields


def unescape(text: str) -> str:
    r"""A PO string's text: \n \t \r \" \\ are read, any other backslash is dropped."""
    if "\\" not in text:
        return text
    return _ESCAPE.sub(lambda m: _UNESCAPED.get(m[0][1], m[0][1]), text)


def _unquote(tokens: list[str]) -> str:
    if len(tokens) == 1:
        return unescape(tokens[0][1:-1])
    return "".join(unescape(token[1:-1]) for token in tokens)


def newline_of(data: bytes) -> bytes:
    """The newline after the first msgid line: LF, CR, or CR(s) + LF, as gettext writes it."""
    at = max(0, data.find(b"\rmsgid ") + 1, data.find(b"\nmsgid ") + 1)
    lf, cr = data.find(b"\n", at), data.find(b"\r", at)
    if cr < 0 or 0 <= lf < cr:
        return b"\n"
    end = cr
    while end < len(data) and data[end] == 13:
        end += 1
    return data[cr : end + 1] if end < len(data) and data[end] == 10 else b"\r"


def read_po_bytes(data: bytes) -> PoFile:
    """Parse a PO file's bytes; raises UnsupportedError (see the module's docstring)."""
    if data.startswith(BOM):
        data = data[3:]
    newline = newline_of(data).decode("ascii")
    charset = _charset_of(_probe(data, newline))
    try:
        codec = codecs.lookup(charset).name
    except LookupError as exc:
        raise UnsupportedError(f"charset {charset}") from exc
    if not _SAFE_CODECS.fullmatch(codec):
        raise UnsupportedError(f"charset {charset}")
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        raise UnsupportedError(f"not {charset}") from exc
    entries: list[PoEntry] = []
    at, line = 0, 1
    if newline == "\n":
        from pipeline.ingest.po_fast import plain_entries

        entries, at, line = plain_entries(text)  # the plain entries from the start
    parser = _Parser(text[at:].split(newline), newline, first=line)
    while (entry := parser.entry()) is not None:
        entries.append(entry)
    if _charset_of(entries[0] if entries else None) != charset:
        raise UnsupportedError("the header's charset reads differently in itself")
    return PoFile(entries, charset, newline)


def _probe(data: bytes, newline: str) -> PoEntry | None:
    """The first entry read in Latin-1 (every byte decodes), as translate-toolkit reads it to
    learn the charset; from the file's first 16 KiB when the entry ends within them."""
    if len(data) > 16384:
        lines = data[:16384].decode("latin-1").split(newline)
        lines.pop()  # perhaps cut short
        probe = _Parser(lines, newline)
        try:
            first = probe.entry()
        except UnsupportedError:  # perhaps the entry goes on after the 16 KiB
            first = None
        if first is not None and probe.i < len(probe.lines):
            return first
    return _Parser(data.decode("latin-1").split(newline), newline).entry()


def _kde(tokens: list[str]) -> bool:
    """Whether a msgid holds a KDE-style `"_: …"` comment string."""
    return any(token.startswith('"_:') for token in tokens)


def _charset_of(first: PoEntry | None) -> str:
    """The charset the first entry's msgstr names (translate-toolkit's get_header_charset)."""
    if first is not None and first.msgstr and not first.msgstr_indices:
        found = _CHARSET.search(first.msgstr[0])
        if found and found[1] != "CHARSET":
            return found[1]
    return "utf-8"


def _quoted(line: str, start: int) -> str | None:
    """The quoted string on `line` from `start` ("…" with its quotes), None if none starts
    there (translate-toolkit's parse_quoted)."""
    left = line.find('"', start)
    if left == start or (left > start and line[start:left].isspace()):
        right = line.rfind('"')
        if right != left:
            return line[left : right + 1]
        raise UnsupportedError("end of line within a string")
    if left < 0 and (start >= len(line) or line[start:].isspace()):
        raise UnsupportedError("a keyword without a string")
    return None


class _Parser:
    """A cursor over a catalog's lines; blank lines are skipped as translate-toolkit skips them."""

    __slots__ = ("i", "lines", "newline", "numbers")

    def __init__(
        self, lines: list[str], newline: str, blank_chars: str | None = _BLANK, first: int = 1
    ) -> None:
        # `first`: the number of the first of `lines` in the file
        if blank_chars is None:  # the lines of a #~ or #| block: str.isspace() is blank
            kept = [(n, line) for n, line in enumerate(lines, first) if line.strip()]
        else:
            kept = [(n, line) for n, line in enumerate(lines, first) if line.strip(blank_chars)]
        self.numbers = [n for n, _ in kept]
        self.lines = [line for _, line in kept]
        self.newline = newline
        self.i = 0

    def _strings(self, first: str | None) -> list[str]:
        """`first` and the quoted continuation lines after the current line."""
        if first is None:
            return []
        tokens = [first]
        lines, i = self.lines, self.i + 1
        while i < len(lines):
            line = lines[i]
            if line[:1] == '"' and line[-1:] == '"' and len(line) > 1:  # the usual line
                tokens.append(line)
            elif (token := _quoted(line, 0)) is not None:
                tokens.append(token)
            else:
                break
            i += 1
        self.i = i
        return tokens

    def _message(self, keyword: str) -> list[str]:
        """The quoted strings of `keyword` if the current line starts with it."""
        if self.i >= len(self.lines):
            return []
        line = self.lines[self.i]
        if not line.startswith(keyword):
            return []
        at = len(keyword)
        if line[at : at + 2] == ' "' and line[-1] == '"' and len(line) > at + 2:
            return self._strings(line[at + 1 :])  # the usual line: keyword "…"
        return self._strings(_quoted(line, at))

    def entry(self) -> PoEntry | None:
        """The next entry, None at the end of the file."""
        lines = self.lines
        if self.i >= len(lines):
            return None
        start = self.numbers[self.i]
        entry = PoEntry(start, "", [])
        self._comments(entry)
        if self.i < len(lines) and lines[self.i].startswith("#~"):
            self._obsolete(entry)
            return entry
        self._messages(entry)
        return entry

    def _comments(self, entry: PoEntry) -> None:
        lines = self.lines
        while self.i < len(lines):
            line = lines[self.i]
            if not line.startswith("#"):
                if line.lstrip()[:1] in ("#", "|"):
                    raise UnsupportedError("an indented comment")
                return
            kind = line[1:2]
            if kind == "~":
                return
            if kind == "|":
                self._previous(entry)
                continue
            add_comment(entry, line)
            self.i += 1

    def _previous(self, entry: PoEntry) -> None:
        """A `#|` block: the previous msgctxt, msgid and msgid_plural, in that order."""
        block = []
        lines = self.lines
        while self.i < len(lines) and lines[self.i].startswith(("#|", "|")):
            line = lines[self.i]
            at = line.index("|") + 1
            while at < len(line) and line[at] == " ":
                at += 1
            block.append(line[at:])
            self.i += 1
        sub = _Parser(block, self.newline, None)
        found = [sub._message(keyword) for keyword in ("msgctxt", "msgid", "msgid_plural")]
        if not any(found):
            raise UnsupportedError("a #| line without a previous msgid")
        ctxt, msgid, plural = (_unquote(tokens) if tokens else None for tokens in found)
        entry.previous = (ctxt, msgid, plural)

    def _obsolete(self, entry: PoEntry) -> None:
        """A `#~` entry: its lines without the mark, read as an entry of their own."""
        block = []
        lines = self.lines
        while self.i < len(lines) and lines[self.i].startswith("#~"):
            content = lines[self.i][2:].lstrip()
            if not content:
                raise UnsupportedError("an empty #~ line")
            block.append(content)
            self.i += 1
            if content.startswith("msgstr"):
                while self.i < len(lines) and lines[self.i].startswith(('#~ "', "#~ msgstr")):
                    block.append(lines[self.i][3:])
                    self.i += 1
                break
        sub = _Parser(block, self.newline, None)
        while sub.i < len(sub.lines) and sub.lines[sub.i].startswith("|"):
            sub._previous(entry)
        sub._messages(entry)
        if sub.i < len(sub.lines):
            raise UnsupportedError("lines left in an obsolete entry")
        entry.obsolete = True

    def _messages(self, entry: PoEntry) -> None:
        ctxt = self._message("msgctxt")
        msgid = self._message("msgid")
        if not msgid:
            raise UnsupportedError("no msgid")
        if _kde(msgid):
            raise UnsupportedError("a KDE msgid comment")
        msgstr = self._message("msgstr")
        if msgstr:
            entry.msgstr = [_unquote(msgstr)]
            # a null list is none or one "" (translate-toolkit's is_null)
            entry.header = msgid == ['""'] and msgstr != ['""'] and ctxt in ([], ['""'])
        else:
            plural = self._message("msgid_plural")
            if not plural or _kde(plural):
                raise UnsupportedError("no msgstr")
            forms = self._plural_forms()
            if not forms or msgid == ['""']:
                raise UnsupportedError("no msgstr[n]")
            entry.msgid_plural = _unquote(plural)
            entry.msgstr_indices = list(forms)
            entry.msgstr = [_unquote(tokens) for tokens in forms.values()]
        entry.msgid = _unquote(msgid)
        entry.msgctxt = _unquote(ctxt) if ctxt else None

    def _plural_forms(self) -> dict[int, list[str]]:
        forms: dict[int, list[str]] = {}
        lines = self.lines
        while self.i < len(lines) and lines[self.i].startswith("msgstr["):
            line = lines[self.i]
            bracket = line.find("]", 7)
            index = line[7:bracket]
            if bracket < 0 or not (index.isascii() and index.isdigit()):
                raise UnsupportedError("a malformed msgstr[n]")
            tokens = self._strings(_quoted(line, bracket + 1))
            if not tokens:
                raise UnsupportedError("a msgstr[n] without a string")
            forms.setdefault(int(index), []).extend(tokens)
        return forms


def add_comment(entry: PoEntry, line: str) -> None:
    """A comment line (not `#~`, not `#|`) in its place: `#.` the extracted comments, `#:` the
    references, `#,` (and `#=`) the flags, any other `#` the translator's comments."""
    kind = line[1:2]
    if kind == ".":
        entry.automatic_comments.append(line)
    elif kind == ":":
        entry.references.append(line)
    elif kind in (",", "="):
        parts = [part.strip() for part in line[2:].split(",")]
        entry.flags += [part for part in parts if part and part != "#"]
    else:
        entry.translator_comments.append(line)
