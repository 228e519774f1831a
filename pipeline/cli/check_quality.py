"""The quality gate of `check`: the baseline of accepted findings and the quality scores.

Kept out of check.py, which stays a list of options: this module turns one run's findings and
file profiles into the Report the reporters render (baselined findings left out, each file's
score and each language's) and says whether the scores fail the run.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.checks.quality import QualityModel
    from pipeline.core.config import Config
    from pipeline.core.models import Finding
    from pipeline.emit.baseline import Baseline
    from pipeline.emit.profile import FileProfile
    from pipeline.emit.reporters import Report


@dataclass
class QualityGate:
    model: QualityModel
    baseline: Baseline | None
    write: bool  # --write-baseline: record this run's findings first
    fail_under: float | None
    codes: frozenset[str]  # the checks this run had on
    show: bool = False  # list the scores in the text summary

    @classmethod
    def create(
        cls,
        config: Config,
        codes: frozenset[str],
        baseline: Path | None,
        write_baseline: Path | None,
        fail_under: float | None,
    ) -> QualityGate:
        """The gate the options and configuration ask for; the option wins over the setting.
        Raises ValueError (a usage error) for contradicting options or a bad [score] table."""
        from pipeline.checks.quality import QualityModel
        from pipeline.emit.baseline import Baseline

        if baseline is not None and write_baseline is not None and baseline != write_baseline:
            raise ValueError("--baseline and --write-baseline name different files")
        chosen = write_baseline or baseline or config.baseline
        try:
            model = QualityModel.from_table(config.score)
        except ValueError as exc:
            where = f"{config.source}: " if config.source else ""
            raise ValueError(f"{where}{exc}") from exc
        return cls(
            model=model,
            baseline=(
                Baseline.load(chosen, missing_ok=write_baseline is not None)
                if chosen is not None
                else None
            ),
            write=write_baseline is not None,
            fail_under=fail_under if fail_under is not None else config.fail_under,
            codes=codes,
        )

    def report(
        self,
        findings: list[Finding],
        files: list[str],
        failures: list[str],
        profiles: dict[str, FileProfile],
    ) -> Report:
        """The run's report: the findings the baseline does not accept, and the scores."""
        from pipeline.emit.reporters import Report
        from pipeline.emit.score import file_score, language_scores, worst_first

        def context(finding: Finding) -> str:
            profile = profiles.get(finding.path)
            return profile.context(finding) if profile is not None else ""

        shown = findings
        baselined: list[Finding] = []
        if self.baseline is not None:
            if self.write:
                checked = {self.baseline.stored_path(path) for path in profiles}

                def covered(path: str, code: str) -> bool:
                    return path in checked and code in self.codes

                self.baseline = self.baseline.updated(findings, context, covered)
                self.baseline.write()
            shown, baselined = self.baseline.split(findings, context)
        by_path: dict[str, list[Finding]] = {path: [] for path in profiles}
        for finding in shown:
            by_path.setdefault(finding.path, []).append(finding)
        scores = [
            file_score(path, profile.language, profile.words, by_path[path], self.model)
            for path, profile in profiles.items()
        ]
        return Report(
            findings=shown,
            files=files,
            failures=failures,
            scores=worst_first(scores),
            language_scores=language_scores(scores),
            baselined=len(baselined),
            show_scores=self.show,
        )

    def failed(self, report: Report) -> bool:
        """Whether a file scores below --fail-under."""
        return self.fail_under is not None and any(s.score < self.fail_under for s in report.scores)
