"""Where a finding is highlighted in a segment's text, which findings become chips, and the
markup of both: a focusable highlight or chip with a tooltip that lists its findings.

Where a highlight goes: a source finding is located by its `match` inside its segment's text,
at the occurrence nearest to where its line/column puts it (relative to the segment's span; a
multi-line segment keeps its line breaks). Searching the text instead of converting offsets
stays right for Markdown, whose segment text is not a verbatim slice of the source. Bilingual
findings have no position inside the target, so the first occurrence of their match in the
target is highlighted, each word of a comma-listed match (MT004's unknown words) on its own; a
match that is not in the target (a number missing from it) becomes a chip after the text.
Overlapping findings share one highlight, whose tooltip lists them all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.core.models import Finding, Span
from pipeline.emit.report.history import FindingKey, RecordedFinding
from pipeline.emit.report.markup import esc, ident
from pipeline.emit.report.suppress import baseline_entry, inline_comment


@dataclass
class Mark:
    """One highlight: `text[start:end]` and the findings it stands for."""

    start: int
    end: int
    findings: list[Finding]


def expected_offset(text: str, span: Span, line: int, column: int) -> int:
    """Where line:column of the source file falls in `text`, a segment starting at `span`."""
    if line <= span.line:
        return max(column - span.column, 0)
    at = -1
    for _ in range(line - span.line):
        at = text.find("\n", at + 1)
        if at < 0:  # the lines were joined: no better guess than the start
            return 0
    return at + column


def locate(text: str, finding: Finding, span: Span | None) -> list[tuple[int, int]]:
    """The ranges of `text` to highlight for `finding`; empty when its match is not there."""
    match = finding.match
    parts = [match] if match in text or ", " not in match else match.split(", ")
    expected = expected_offset(text, span, finding.line, finding.column) if span else 0
    ranges = []
    for part in filter(None, parts):
        found = [m.start() for m in re.finditer(f"(?={re.escape(part)})", text)]
        if found:
            start = min(found, key=lambda offset: abs(offset - expected))
            ranges.append((start, start + len(part)))
    return ranges


def marks(
    text: str, findings: list[Finding], span: Span | None
) -> tuple[list[Mark], list[Finding]]:
    """Non-overlapping highlights in text order, and the findings shown as chips instead.

    A finding that covers the whole segment is a chip when others are highlighted in it, so
    that it does not swallow them into one highlight.
    """
    placed: list[tuple[int, int, Finding]] = []
    whole: list[Finding] = []
    chips: list[Finding] = []
    for finding in findings:
        ranges = locate(text, finding, span)
        if not ranges:
            chips.append(finding)
        elif ranges == [(0, len(text))]:
            whole.append(finding)
        else:
            placed.extend((start, end, finding) for start, end in ranges)
    if placed:
        chips.extend(whole)
    else:
        placed = [(0, len(text), finding) for finding in whole]
    result: list[Mark] = []
    for start, end, finding in sorted(placed, key=lambda p: (p[0], -p[1])):
        if result and start < result[-1].end:
            last = result[-1]
            last.end = max(last.end, end)
            if all(other is not finding for other in last.findings):
                last.findings.append(finding)
        else:
            result.append(Mark(start, end, [finding]))
    return result, chips


@dataclass
class Renderer:
    """Renders text with its findings: highlights and chips with their tooltips."""

    new_keys: set[FindingKey]
    count: int = 0  # tooltips so far, for unique ids

    def text(self, text: str, findings: list[Finding], span: Span | None, lang: str) -> str:
        """`text` with its findings; a source segment's (`span` given) can be accepted."""
        found, chips = marks(text, findings, span)
        context = text if span is not None else None
        out, at = [], 0
        for mark in found:
            inner = esc(text[mark.start : mark.end])
            found_here = self.finding(inner, mark.findings, lang, "mark", context)
            out += [esc(text[at : mark.start]), found_here]
            at = mark.end
        out.append(esc(text[at:]))
        out += [" " + self.finding(esc(f.code), [f], lang, "span", context) for f in chips]
        return "".join(out)

    def is_new(self, finding: Finding, lang: str) -> bool:
        return RecordedFinding.of(finding, lang).key in self.new_keys

    def finding(
        self, inner: str, findings: list[Finding], lang: str, tag: str, context: str | None = None
    ) -> str:
        self.count += 1
        tip = f"tip{self.count}"
        findings = sorted(findings, key=lambda f: -f.severity.rank)
        classes = f"f sev-{findings[0].severity.value}" + (" chip" if tag == "span" else "")
        if any(self.is_new(f, lang) for f in findings):
            classes += " new"
        items = "".join(self.item(f, lang, context) for f in findings)
        return (
            f'<span class="fw"><{tag} class="{classes}" tabindex="0" aria-describedby="{tip}">'
            f'{inner}</{tag}><span class="tip" role="tooltip" id="{tip}">{items}</span></span>'
        )

    def item(self, finding: Finding, lang: str, context: str | None = None) -> str:
        """One finding in a tooltip; its data-* attributes are what the filters match. With the
        `context` (the source segment's text) it offers what to paste to accept it."""
        sev, code = finding.severity.value, finding.code
        parts = [
            f'<span class="fi" data-sev="{sev}" data-code="{ident(code)}" '
            f'data-lang="{ident(lang)}"><b class="s-{sev}">{sev}</b> <code>{esc(code)}</code> '
            f'{esc(finding.name)}<span class="msg">{esc(finding.message)}</span>'
        ]
        if finding.suggestion:
            others = [esc(s) for s in finding.suggestions if s != finding.suggestion]
            parts.append(
                f'<span class="sg">Suggestion: <q>{esc(finding.suggestion)}</q>'
                + (" (safe fix)" if finding.fixable else "")
                + (f"; also: {', '.join(others)}" if others else "")
                + "</span>"
            )
        if self.is_new(finding, lang):
            parts.append('<em class="is-new">new since the previous report</em>')
        if context is not None:
            parts.append(accept_buttons(finding, context))
        return "".join(parts) + "</span>"


def accept_buttons(finding: Finding, context: str) -> str:
    """Buttons that copy the inline comment or the baseline entry accepting the finding."""
    copies = [("Copy baseline entry", baseline_entry(finding, context))]
    comment = inline_comment(finding)
    if comment is not None:
        copies.insert(0, ("Copy suppression comment", comment))
    buttons = (
        f'<button type="button" class="copy" data-copy="{esc(text)}" title="{esc(text)}">'
        f"{label}</button>"
        for label, text in copies
    )
    return f'<span class="acts">{" ".join(buttons)}</span>'
