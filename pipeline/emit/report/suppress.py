"""What a reviewer pastes to accept one finding from the HTML report, so a decision is made once.

Two ways, as `check` reads them: the inline comment that turns the check off for the finding's
line (`<!-- content-pipeline: disable-next-line=CODE -->` above it in an article, a translator
comment `# content-pipeline: disable=CODE` in a PO entry), and the entry to add to a baseline
file (`check --baseline`), keyed by the text the finding is in, as pipeline.emit.baseline keys
it. The entry's path is the one the finding carries; in a baseline it is relative to the
baseline file's folder, which is the same when both live at the project's root.
"""

from __future__ import annotations

import json
from pathlib import Path, PurePath

from pipeline.core.models import Finding
from pipeline.formats import format_for


def inline_comment(finding: Finding) -> str | None:
    """The comment that suppresses the finding where it is, as the file's format writes it
    (pipeline.formats), or None for a format without suppression comments."""
    fmt = format_for(Path(finding.path))
    if fmt is None or fmt.suppression_comment is None:
        return None
    return fmt.suppression_comment.format(code=finding.code)


def baseline_entry(finding: Finding, context: str) -> str:
    """The finding as one entry of a baseline file's `findings` list, on one line."""
    entry = {
        "path": PurePath(finding.path).as_posix(),
        "code": finding.code,
        "context": context,
        "match": finding.match,
        "count": 1,
    }
    return json.dumps(entry, ensure_ascii=False)
