"""A baseline of accepted findings: `check --baseline FILE` reports only the others.

A team adopting the linter on an existing site records today's findings once
(`check --write-baseline FILE`) and from then on sees, and fails on, only new ones. A finding
is known by its code, its file, the text it was found in (the sentence of an article, the
source text of a translation unit) and the matched text, never by line or column: inserting
lines above it, or editing another sentence, leaves it baselined; changing the sentence it is
in makes it new unless the baseline has an unused entry of the same code and matched text in
that file (see `Baseline.split`); changing the flagged word makes it new. Each key holds a
count, so two identical findings in one sentence are two entries and a third is new.

The file is JSON, sorted and indented, one entry per key, so a change to it reads well in a
review; it is written atomically. Paths are stored relative to the baseline's folder, so the
same file works from any working directory.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from pipeline.core.errors import PipelineError
from pipeline.core.fs import atomic_write_text
from pipeline.core.models import Finding

VERSION = 1

Key = tuple[str, str, str, str]  # path, code, context, match


@dataclass
class Baseline:
    """Accepted findings, counted per key."""

    path: Path
    entries: Counter[Key]

    @classmethod
    def load(cls, path: Path, missing_ok: bool = False) -> Baseline:
        """Read a baseline; a missing file is an empty baseline when `missing_ok` (the first
        --write-baseline), else an error: a mistyped path must not silently accept nothing."""
        if not path.exists():
            if missing_ok:
                return cls(path, Counter())
            raise PipelineError("no baseline here; write one with --write-baseline", str(path))
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            entries: Counter[Key] = Counter()
            for entry in data["findings"]:
                key = (entry["path"], entry["code"], entry["context"], entry["match"])
                if not all(isinstance(part, str) for part in key):
                    raise TypeError("path, code, context and match must be strings")
                count = entry.get("count", 1)
                if isinstance(count, bool) or not isinstance(count, int) or count < 1:
                    raise TypeError("count must be a whole number >= 1")
                entries[key] += count
        except (OSError, UnicodeDecodeError) as exc:
            raise PipelineError(f"cannot read the baseline: {exc}", str(path)) from exc
        except (ValueError, KeyError, TypeError) as exc:
            raise PipelineError(
                f"not a content-pipeline baseline ({exc}); write one with --write-baseline",
                str(path),
            ) from exc
        return cls(path, entries)

    def stored_path(self, path: str) -> str:
        """A finding's path as the baseline stores it: relative to the baseline's folder."""
        folder = self.path.resolve().parent
        absolute = Path(path).resolve()
        try:
            return absolute.relative_to(folder).as_posix()
        except ValueError:
            return Path(os.path.relpath(absolute, folder)).as_posix()

    def key(self, finding: Finding, context: str) -> Key:
        return (self.stored_path(finding.path), finding.code, context, finding.match)

    def split(
        self, findings: Iterable[Finding], context: Callable[[Finding], str]
    ) -> tuple[list[Finding], list[Finding]]:
        """(new, baselined), each in report order.

        First each key's first `count` findings are baselined. Then a finding left over whose
        sentence was edited (its code, file and matched text are in the baseline, but under a
        context this run no longer consumed) takes one of those unused entries: rewording
        another part of a sentence keeps its accepted findings, while a second occurrence of a
        baselined term, or a changed flagged word, is new.
        """
        listed = list(findings)
        keys = [self.key(finding, context(finding)) for finding in listed]
        left = Counter(self.entries)
        accepted = [False] * len(listed)
        for i, key in enumerate(keys):
            if left[key] > 0:
                left[key] -= 1
                accepted[i] = True
        unused: Counter[tuple[str, str, str]] = Counter()
        for (path, code, _, match), n in left.items():
            unused[(path, code, match)] += n
        for i, (path, code, _, match) in enumerate(keys):
            if not accepted[i] and unused[(path, code, match)] > 0:
                unused[(path, code, match)] -= 1
                accepted[i] = True
        new = [f for f, ok in zip(listed, accepted, strict=True) if not ok]
        baselined = [f for f, ok in zip(listed, accepted, strict=True) if ok]
        return new, baselined

    def updated(
        self,
        findings: Iterable[Finding],
        context: Callable[[Finding], str],
        covered: Callable[[str, str], bool],
    ) -> Baseline:
        """The baseline holding exactly `findings`, plus the entries this run could not have
        seen again: those for which `covered(path, code)` is false (a file not checked, a
        check not selected). A fixed finding is dropped."""
        entries: Counter[Key] = Counter(
            {key: n for key, n in self.entries.items() if not covered(key[0], key[1])}
        )
        for finding in findings:
            entries[self.key(finding, context(finding))] += 1
        return Baseline(self.path, entries)

    def write(self) -> None:
        findings = [
            {"path": path, "code": code, "context": context, "match": match, "count": n}
            for (path, code, context, match), n in sorted(self.entries.items())
        ]
        data = {"version": VERSION, "tool": "content-pipeline", "findings": findings}
        atomic_write_text(self.path, json.dumps(data, ensure_ascii=False, indent=2) + "\n")
