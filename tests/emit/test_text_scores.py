"""The text summary's score lines and baselined count."""

from __future__ import annotations

from pipeline.checks.quality import QualityModel
from pipeline.emit.reporters import Report, get_reporter
from pipeline.emit.score import file_score, language_scores, worst_first
from tests.emit.factories import finding


def report(files: int, show: bool = True) -> Report:
    scores = [
        file_score(f"{n:02}.txt", "da", 100 + n, [finding(path=f"{n:02}.txt")], QualityModel())
        for n in range(files)
    ]
    return Report(
        findings=[],
        files=[s.path or "" for s in scores],
        scores=worst_first(scores),
        language_scores=language_scores(scores),
        baselined=3,
        show_scores=show,
    )


def test_at_most_twenty_files_then_a_count_then_each_language() -> None:
    lines = get_reporter("text").render(report(25)).splitlines()
    assert lines[0].startswith("00.txt: score 75.0 (da, 100 words, 25 penalty points;")
    assert lines[19].startswith("19.txt: ")
    assert lines[20] == "… 5 more files below 100 (--format json)"
    assert lines[21].startswith("language da: score ")
    assert lines[-1] == "0 findings (0 errors, 0 warnings, 0 info) in 25 files; 3 baselined"


def test_no_score_lines_unless_asked() -> None:
    text = get_reporter("text").render(report(2, show=False))
    assert text == "0 findings (0 errors, 0 warnings, 0 info) in 2 files; 3 baselined\n"
