from __future__ import annotations

from collections.abc import Iterator

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.core.models import Finding, Severity
from pipeline.ingest.invisible import BIDI_CONTROLS, describe, invisible_offsets


class InvisibleCharacter(Check):
    """An invisible or bidirectional-control character in the text.

    Flags each zero-width space, zero-width (non-)joiner between letters, word joiner, soft
    hyphen, byte-order mark inside the text and other default-ignorable character, and each
    bidirectional control (left-to-right or right-to-left marks, embeddings, overrides and
    isolates). They show nothing on screen but change what a program reads: a zero-width space
    inside "muskelsvindninger" would hide the word from a terminology check (the checks read
    the text without them, so the term is still found), and a right-to-left override in a
    medical text is an attack or an accident, never intended. Bidi controls are errors, the
    others warnings; the fix deletes the character.

    It deliberately does not flag variation selectors or a zero-width joiner inside an emoji
    sequence, which are how a symbol is drawn, nor ordinary spaces (MECH002's work).

    Anti-pattern: "Patienten har muskel\u200bsvindninger." (a zero-width space inside)
    Best practice: "Patienten har muskeltrækninger."
    """

    code = "ENC002"
    name = "encoding.invisible-character"
    severity = Severity.WARNING
    fixable = True

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        text = ctx.document.source_text
        for offset in invisible_offsets(text):
            ch = text[offset]
            bidi = ch in BIDI_CONTROLS
            kind = "bidirectional control" if bidi else "invisible character"
            line, column = ctx.index.position(offset)
            end_line, end_column = ctx.index.position(offset + 1)
            yield Finding(
                code=self.code,
                name=self.name,
                severity=Severity.ERROR if bidi else self.severity,
                message=f"{kind} {describe(ch)}; delete it",
                path=ctx.document.path,
                line=line,
                column=column,
                end_line=end_line,
                end_column=end_column,
                match=ch,
                suggestion="",
                suggestions=[""],
                fixable=True,
            )
