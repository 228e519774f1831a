from __future__ import annotations

from collections.abc import Iterator

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.core.models import Finding, Severity
from pipeline.ingest.decoding import UTF8_WITH_ERRORS

# What the reader decoded → how to name it to an editor.
LEGACY_ENCODINGS = {
    "cp1252": "Windows-1252 (cp1252)",
    "latin-1": "Latin-1 (ISO-8859-1)",
    "utf-16": "UTF-16",
    "utf-16-le": "UTF-16 (little-endian, without byte-order mark)",
    "utf-16-be": "UTF-16 (big-endian, without byte-order mark)",
}


class LegacyEncoding(Check):
    """The file is not saved as UTF-8.

    Flags a file the reader had to decode as Windows-1252, Latin-1 or UTF-16, at its first
    non-ASCII character: that is where other tools (and a UTF-8 reader) would show "Ã¦" for
    "æ". A UTF-8 file with a byte-order mark is reported once as info: it is valid, but some
    tools show the mark as a stray character at the start of the title.

    A UTF-8 file with a few bytes that are not UTF-8 (a character pasted from a legacy
    program) is read as UTF-8, and each such byte is an error at its own line:column, shown as
    "\ufffd": the file must be repaired there, and `--fix` refuses to rewrite it.

    It deliberately does not flag a pure-ASCII UTF-8 file or a plain UTF-8 file, and it offers
    no autofix: re-encoding the file is not a text replacement.

    Anti-pattern: "Muskeltrækninger" saved by an old editor as Windows-1252 (byte 0xE6 for æ).
    Best practice: the same text saved as UTF-8 without a byte-order mark.
    """

    code = "ENC001"
    name = "encoding.legacy"
    severity = Severity.WARNING

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        encoding = ctx.document.encoding
        if encoding == "utf-8-sig":
            yield self._finding(ctx, 0, "", "UTF-8 byte-order mark", Severity.INFO)
        elif encoding == UTF8_WITH_ERRORS:
            text = ctx.document.source_text
            for bad in (i for i, ch in enumerate(text) if ch == "\ufffd"):
                yield self._finding(
                    ctx,
                    bad,
                    "\ufffd",
                    "byte that is not UTF-8 in a UTF-8 file (shown as \ufffd); retype the "
                    "character there",
                    Severity.ERROR,
                )
        elif encoding in LEGACY_ENCODINGS:
            text = ctx.document.source_text
            # A UTF-16 file may be pure ASCII; then the finding points at the start.
            offset = next((i for i, ch in enumerate(text) if ord(ch) > 127), None)
            yield self._finding(
                ctx,
                offset or 0,
                "" if offset is None else text[offset],
                f"file is encoded as {LEGACY_ENCODINGS[encoding]}, not UTF-8; convert it to UTF-8",
                self.severity,
            )

    def _finding(
        self, ctx: CheckContext, offset: int, match: str, message: str, severity: Severity
    ) -> Finding:
        """A finding at a source offset; the byte-order mark is not in the decoded text."""
        line, column = ctx.index.position(offset)
        end_line, end_column = ctx.index.position(offset + len(match))
        return Finding(
            code=self.code,
            name=self.name,
            severity=severity,
            message=message,
            path=ctx.document.path,
            line=line,
            column=column,
            end_line=end_line,
            end_column=end_column,
            match=match,
        )
