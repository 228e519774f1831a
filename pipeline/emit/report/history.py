"""What changed since the previous report: new and fixed findings, from a small state file,
and the report's section that lists them.

Next to `report.html` the report keeps `report.state.json`: every finding of that run by its
identity — (path, language, code, segment_id, match) — with its severity and message, so the
next report can list the fixed ones too. Line and column are left out of the identity on
purpose: an edit in an earlier paragraph moves every later finding without changing it. The
language is part of it because one source segment has a finding per translation.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from pipeline.core.errors import PipelineError
from pipeline.core.fs import atomic_write_text
from pipeline.core.models import Finding
from pipeline.emit.report.markup import esc, table

STATE_VERSION = 1


@dataclass(frozen=True, order=True)
class FindingKey:
    """What makes two findings of two runs the same finding."""

    path: str
    lang: str
    code: str
    segment_id: str
    match: str


@dataclass(frozen=True)
class RecordedFinding:
    """A finding as the state file keeps it."""

    key: FindingKey
    severity: str
    message: str

    @classmethod
    def of(cls, finding: Finding, lang: str) -> RecordedFinding:
        key = FindingKey(finding.path, lang, finding.code, finding.segment_id or "", finding.match)
        return cls(key, finding.severity.value, finding.message)


@dataclass(frozen=True)
class History:
    """The findings that are new and the ones that are gone since the previous report."""

    previous_at: str | None  # when the previous report was written; None: this is the first
    new: list[RecordedFinding]
    fixed: list[RecordedFinding]

    @property
    def is_baseline(self) -> bool:
        return self.previous_at is None

    def new_keys(self) -> set[FindingKey]:
        return {recorded.key for recorded in self.new}


@dataclass(frozen=True)
class State:
    generated_at: str
    findings: list[RecordedFinding]


def state_path(html_path: Path) -> Path:
    """The state file of a report: `report.html` → `report.state.json`."""
    return html_path.with_name(f"{html_path.stem}.state.json")


def load_state(path: Path) -> State | None:
    """The state the previous report left at `path`; None when there is none yet.

    Raises PipelineError when the file exists but is not a state file (delete it to start over).
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("version") != STATE_VERSION:
            raise ValueError(f"unknown version {data.get('version')!r}")
        findings = [
            RecordedFinding(FindingKey(**item["key"]), item["severity"], item["message"])
            for item in data["findings"]
        ]
        return State(str(data["generated_at"]), findings)
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise PipelineError(
            f"cannot read the previous report state ({exc}); delete it to start a new baseline",
            str(path),
        ) from exc


def save_state(path: Path, findings: Iterable[RecordedFinding], generated_at: str) -> None:
    """Write the state of this report for the next one to compare with."""
    ordered = sorted(findings, key=lambda recorded: recorded.key)
    data = {
        "version": STATE_VERSION,
        "generated_at": generated_at,
        # vars(): dataclasses.asdict is ten times slower, and 200 articles have 6,000 findings
        "findings": [
            {"key": vars(r.key), "severity": r.severity, "message": r.message} for r in ordered
        ],
    }
    atomic_write_text(path, json.dumps(data, ensure_ascii=False, indent=1) + "\n")


def compare(previous: State | None, current: list[RecordedFinding]) -> History:
    """New and fixed findings; keys are counted, so a second identical finding is new too."""
    if previous is None:
        return History(None, [], [])
    return History(
        previous.generated_at,
        new=_missing_from(current, previous.findings),
        fixed=_missing_from(previous.findings, current),
    )


def _missing_from(
    findings: list[RecordedFinding], other: list[RecordedFinding]
) -> list[RecordedFinding]:
    """The findings of `findings` that `other` does not have (as many times)."""
    available = Counter(recorded.key for recorded in other)
    missing: list[RecordedFinding] = []
    for recorded in findings:
        if available[recorded.key] > 0:
            available[recorded.key] -= 1
        else:
            missing.append(recorded)
    return missing


def history_html(history: History, state_name: str) -> str:
    """The report's "changes since the previous report": counts, then the new and the fixed
    findings in tables that start collapsed when they are long."""
    if history.is_baseline:
        return (
            f"<p>No previous report state ({esc(state_name)}): this report is the baseline the "
            "next one will be compared with.</p>"
        )
    parts = [
        f"<p>Since the previous report of {esc(history.previous_at or '')}: "
        f"<strong>{len(history.new)} new</strong> and <strong>{len(history.fixed)} fixed</strong> "
        "findings.</p>"
    ]
    head = ["Code", "Severity", "Language", "Article", "Segment", "Match", "Message"]
    for title, found in (("New findings", history.new), ("Fixed findings", history.fixed)):
        if found:
            rows = [
                [esc(r.key.code), esc(r.severity), esc(r.key.lang), esc(r.key.path),
                 esc(r.key.segment_id), esc(r.key.match), esc(r.message)]
                for r in found
            ]  # fmt: skip
            opened = " open" if len(found) <= 20 else ""
            parts.append(f"<details{opened}><summary>{title} ({len(found)})</summary>")
            parts.append(f"{table(title, head, rows)}</details>")
    return "".join(parts)
