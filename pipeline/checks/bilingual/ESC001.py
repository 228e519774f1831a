from __future__ import annotations

import html.entities
import itertools
import re
from collections import Counter
from collections.abc import Iterator

from pipeline.checks.bilingual.base import BilingualContext, TranslatedUnitCheck
from pipeline.core.models import Finding, Severity, TranslationUnit
from pipeline.text.tokens import credits

# translate-toolkit unescapes PO strings: "\n" arrives as a line break, "\\n" as a backslash
# and an "n". A backslash left in the text is a sequence the program itself interprets.
_BACKSLASH = re.compile(r"\\(?:u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)", re.DOTALL)
_WINDOWS_PATH = re.compile(r"(?<![\w\\])(?:[A-Za-z]:|\\\\[\w.$-]+)(?:\\[^\\\s<>\"'|?*]+)+\\?")
_TAG = re.compile(r"<(/?)([A-Za-z][\w:.-]*)((?:\s+[^<>]*?)?)\s*(/?)>")
_CLOSING = re.compile(r"</([A-Za-z][\w:.-]*)\s*>")
_ATTRIBUTE = re.compile(r"([\w:.-]+)\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s\"'>]+)")
# Attributes whose value is text for the reader: a translation changes it.
TRANSLATABLE_ATTRIBUTES = frozenset(
    {"title", "alt", "aria-label", "aria-description", "placeholder", "label", "summary", "abbr"}
)
_ENTITY = re.compile(r"&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")
# The entities people write, without their ";": "&lt" is a typo, "&Gem" an accelerator.
_UNTERMINATED = re.compile(r"&(lt|gt|amp|quot|apos|nbsp|#[0-9]+|#[xX][0-9a-fA-F]+)(?![\w;])")


_CLAUSE_END = tuple(".!?:;。！？：")
# Elements that have no closing tag: a bare "<br>" is markup even unclosed.
VOID_ELEMENTS = frozenset({"br", "hr", "wbr"})
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def _wrapped(text: str) -> bool:
    """Whether `text` is wrapped prose: a line breaks in the middle of a sentence, before a
    word in lower case ("enable the search\\n    functionality.", Sphinx's 72-column help
    texts), and not after a clause's end."""
    lines = [line.strip() for line in text.strip().split("\n")]
    return any(
        line
        and not line.endswith(_CLAUSE_END)
        and following[:1].isalpha()
        and not following[:1].isupper()
        for line, following in itertools.pairwise(lines)
    )


MIN_SENTENCE_LINE = 40


def _sentence_lines(text: str) -> bool:
    """Whether `text` is prose laid out one sentence per line: every line before a break is
    a sentence of some length ("…from any mail.\nUse …"), which a dialog shows as the
    translator wraps it."""
    lines = [line.strip() for line in text.strip().split("\n")]
    broken = [line for line, following in itertools.pairwise(lines) if line and following]
    return bool(broken) and all(
        len(line) >= MIN_SENTENCE_LINE and line.endswith(tuple(".!?")) for line in broken
    )


MIN_WRAPPED_LINE = 10


def _rewrapped(source: str, target: str) -> bool:
    """A one-line source the target wraps, without a blank line ("…zu ermöglichen oder\n
    --no-wildcards, um …"): a translator fitting a long message to a terminal."""
    inner = target.strip()
    if "\n" in source.strip() or "\n" not in inner or _PARAGRAPH_BREAK.search(inner):
        return False
    return all(len(line.strip()) >= MIN_WRAPPED_LINE for line in inner.split("\n"))


def line_break_counts(source: str, target: str) -> tuple[int, int, str]:
    """The line breaks inside source and target that must match, and what they are: in
    wrapped prose or prose of a sentence per line (on either side) only the paragraph
    breaks, as a translator rewraps the lines; elsewhere every line break, which a program
    prints as it is."""
    if _wrapped(source) or _wrapped(target) or _sentence_lines(source) or _sentence_lines(target):
        source_count = len(_PARAGRAPH_BREAK.findall(source.strip()))
        return source_count, len(_PARAGRAPH_BREAK.findall(target.strip())), "paragraph break"
    return source.strip().count("\n"), target.strip().count("\n"), "line break"


class EscapesAndMarkup(TranslatedUnitCheck):
    """The target changes escapes, line breaks, tabs or tags, or has a malformed entity.

    Compares, as multisets: line breaks and tabs inside the text (a PO `\\n` arrives as a
    line break), backslash sequences a program interprets (a PO `\\\\n` is a backslash and
    an "n": `\\n`, `\\t`, `\\u00e6`), and tags by name, kind (opening, closing, empty) and
    non-translatable attributes (`href`, `class`, `id` …) — the order of tags may change.
    In the target, `&lt` without `;` (before a space or punctuation) and an unknown entity
    such as `&foo;` are errors. Changed line breaks inside the text are warnings; in wrapped
    prose, where a line breaks in the middle of a sentence (a template's "search\\n
    functionality.", a help text's 72-column lines), only paragraph breaks count, as a
    translator rewraps the lines. Tags the target adds are warnings too (fr
    "{}<sup>e</sup>" for "{}th" is wanted markup); the rest are errors.

    It deliberately does not flag line breaks or tabs at the start or end (WS001 does),
    translated attribute values (`title`, `alt`, `aria-label`, `placeholder`), backslashes
    of Windows paths (ACR001's), angle-bracketed words without attributes that neither side
    closes (`<file>`, `<time>`, `<option>` in a usage text are metavariables the translator
    translates, though HTML has such elements; `<br>` is markup), the credits a catalog
    gives its translators (`translator-credits`), line breaks in prose laid out one sentence
    per line (a dialog's text, which the translator may lay out otherwise), a one-line
    source the target wraps over lines of some length, quoting escapes (`\\``, `\\'`, a
    backslash before a space), which translations re-quote their way,
    or `&` before a word (`&Gem` is an accelerator).

    Anti-pattern: "<b>Note:</b> Set %(name)s first." → "<b>Bemærk:<b> Angiv %(name)s først."
    Best practice: "<b>Note:</b> Set %(name)s first." → "<b>Bemærk:</b> Angiv %(name)s først."
    """

    code = "ESC001"
    name = "bilingual.escapes-and-markup"
    severity = Severity.ERROR
    fixable = False

    def check_target(
        self, unit: TranslationUnit, target: str, ctx: BilingualContext
    ) -> Iterator[Finding]:
        source = unit.source
        if credits(source):
            return  # gettext's "translator-credits": the translators' names, as they like
        yield from self._line_breaks(unit, source, target)
        if "\\" in source or "\\" in target:
            yield from self._compare(
                unit, "escape sequence", _backslashes(source), _backslashes(target)
            )
        if "<" in source or "<" in target:
            closed = frozenset(m.lower() for m in _CLOSING.findall(source + target))
            yield from self._compare(unit, "tag", _tags(source, closed), _tags(target, closed))
        if "&" in target:
            yield from self._entities(unit, source, target)

    def _line_breaks(self, unit: TranslationUnit, source: str, target: str) -> Iterator[Finding]:
        for char in ("\n", "\t"):
            if char not in source and char not in target:
                continue
            if char == "\n":
                in_source, in_target, what = line_break_counts(source, target)
            else:
                in_source, in_target = source.strip().count(char), target.strip().count(char)
                what = "tab"
            if char == "\n" and _rewrapped(source, target):
                continue
            if in_source != in_target:
                yield self.finding(
                    unit,
                    f"the target has {in_target} {what}{'s' if in_target != 1 else ''} inside "
                    f"the text, the source {in_source}",
                    match=target.strip(),
                    severity=Severity.WARNING if char == "\n" else None,
                )

    def _compare(
        self, unit: TranslationUnit, what: str, source: Counter[str], target: Counter[str]
    ) -> Iterator[Finding]:
        for text in source - target:
            if target[text]:
                message = (
                    f"the target has {what} '{text}' {target[text]}×, the source {source[text]}×"
                )
            else:
                times = f" ({source[text]}×)" if source[text] > 1 else ""
                message = f"{what} '{text}' of the source is missing in the target{times}"
            yield self.finding(unit, message, match=text)
        for text in target - source:
            if source[text]:
                message = (
                    f"the target has {what} '{text}' {target[text]}×, the source {source[text]}×"
                )
            else:
                times = f" ({target[text]}×)" if target[text] > 1 else ""
                message = f"{what} '{text}' in the target is not in the source{times}"
            # an added escape breaks output; an added tag may be wanted markup (fr "{}<sup>e</sup>")
            severity = Severity.WARNING if what == "tag" else None
            yield self.finding(unit, message, match=text, severity=severity)

    def _entities(self, unit: TranslationUnit, source: str, target: str) -> Iterator[Finding]:
        for m in _ENTITY.finditer(target):
            name = m.group(1)
            if name[0] != "#" and name + ";" not in html.entities.html5 and m.group() not in source:
                yield self.finding(unit, f"unknown character entity '{m.group()}'", match=m.group())
        in_source = {m.group() for m in _UNTERMINATED.finditer(source)}
        for m in _UNTERMINATED.finditer(target):
            if m.group() not in in_source:
                yield self.finding(
                    unit,
                    f"character entity '{m.group()}' has no ';'",
                    match=m.group(),
                    suggestion=m.group() + ";",
                    fixable=True,
                )


# Quoting a shell or the program's own syntax, which translations re-quote their way:
# "\\`$1'" → "'$1'", "unfinished \\ escape".
QUOTING_ESCAPES = frozenset({"\\`", "\\'", "\\ "})


def _backslashes(text: str) -> Counter[str]:
    found = _BACKSLASH.findall(_WINDOWS_PATH.sub("", text))
    # a backslash before a typographic quote is text quoted in the target's style (»\\«)
    return Counter(
        e for e in found if e not in QUOTING_ESCAPES and not (len(e) == 2 and ord(e[1]) > 127)
    )


def _tags(text: str, closed: frozenset[str] = frozenset()) -> Counter[str]:
    """Tags as compared: "<a href='x' title='y'>" → "<a href='x'>"; metavariables left out.

    A bare "<word>" is a tag when some text of the unit closes it ("</b>"), or it is an
    element that has no closing tag ("<br>"); else it is a help text's metavariable
    ("<file>", "<time>", "<label>", "<option>" are HTML element names too)."""
    found = list(_TAG.finditer(text))
    closed = closed | {m.group(2).lower() for m in found if m.group(1)}
    tags: Counter[str] = Counter()
    for m in found:
        slash, name, attributes, empty = m.group(1), m.group(2), m.group(3), m.group(4)
        kept = [
            f"{key}={value}"
            for key, value in _ATTRIBUTE.findall(attributes)
            if key.lower() not in TRANSLATABLE_ATTRIBUTES
        ]
        is_tag = (
            name.lower() in VOID_ELEMENTS
            or slash
            or empty
            or "=" in attributes
            or name.lower() in closed
        )
        if is_tag:
            tags["<" + slash + " ".join([name, *kept]) + (" /" if empty else "") + ">"] += 1
    return tags
