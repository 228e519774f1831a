"""Accuracy of `content-pipeline check` on real Danish health pages, as an editor judges it.

    .venv/bin/python benchmarks/bench_mt_corpus.py [--pages DIR] [--annotations DIR]
        [--select CODES] [--show-missed] [--show-native] [--show-unmatched] [--jobs N]

Each page (`<id>.txt`) has an annotation (`<id>.yml`: `kind: mt|native`, `words`, and the
errors a Danish medical editor marks, each an exact substring of the page with its kind). All
pages are checked in one `check --format json --no-cache --lang da` run; an annotated error
counts as caught when a finding's span overlaps its span. Printed: recall per kind and overall
on the machine-translated pages, the findings per 1,000 words on the native pages (every
finding there is a false alarm unless it overlaps one of the few errors annotated on a native
page), per-code counts, and on request the missed errors and the native findings to read.

The pages are third-party text and not in git (benchmarks/mt_corpus/INDEX.md says where they
come from); without them the benchmark says so and exits 0, as in CI.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "benchmarks" / "mt_corpus"
CLI = ROOT / ".venv" / "bin" / "content-pipeline"
KINDS = (
    "untranslated",
    "calque",
    "split-compound",
    "wrong-term",
    "spelling-variant",
    "punctuation",
    "capitalisation",
    "locale",
    "agreement",
    "garbled",
    "boilerplate",
)
WORD = re.compile(r"\w+(?:[-'’]\w+)*")


class AnnotationError(ValueError):
    """An annotation that does not fit its page (a text not found, a bad occurrence)."""


@dataclass(frozen=True)
class Span:
    start: int  # character offsets in the page, end exclusive
    end: int

    def overlaps(self, other: Span) -> bool:
        # A zero-width finding (an insertion point) covers the character it points at.
        end, other_end = max(self.end, self.start + 1), max(other.end, other.start + 1)
        return self.start < other_end and other.start < end


@dataclass(frozen=True)
class Annotated:
    """One error an editor marked."""

    text: str
    kind: str
    note: str
    span: Span


@dataclass(frozen=True)
class Found:
    """One finding of `check`, reduced to what scoring needs."""

    code: str
    span: Span
    match: str
    message: str
    line: int


@dataclass
class Page:
    id: str
    kind: str  # mt | native
    url: str
    text: str
    words: int
    errors: list[Annotated]


@dataclass
class Score:
    caught: Counter[str] = field(default_factory=Counter)  # per error kind, mt pages
    total: Counter[str] = field(default_factory=Counter)
    catches_by_code: Counter[str] = field(default_factory=Counter)  # errors a code overlaps
    mt_findings: Counter[str] = field(default_factory=Counter)  # per code
    native_findings: Counter[str] = field(default_factory=Counter)  # per code, all
    native_unexplained: Counter[str] = field(default_factory=Counter)  # not on a marked error
    native_words: int = 0
    mt_words: int = 0
    missed: list[tuple[Page, Annotated]] = field(default_factory=list)
    native_hits: list[tuple[Page, Found, bool]] = field(default_factory=list)  # bool: explained
    mt_unmatched: list[tuple[Page, Found]] = field(default_factory=list)  # on no marked error


def locate(text: str, needle: str, occurrence: int | None = None) -> Span:
    """The span of the `occurrence`-th (1-based) `needle` in `text`.

    Without `occurrence` the needle must occur exactly once, so an annotation never silently
    points at the wrong place.
    """
    starts = [m.start() for m in re.finditer(re.escape(needle), text)] if needle else []
    if not starts:
        raise AnnotationError(f"not in the page: {needle!r}")
    if occurrence is None:
        if len(starts) > 1:
            raise AnnotationError(f"{len(starts)} occurrences, give one: {needle!r}")
        occurrence = 1
    if not 1 <= occurrence <= len(starts):
        raise AnnotationError(f"occurrence {occurrence} of {len(starts)}: {needle!r}")
    start = starts[occurrence - 1]
    return Span(start, start + len(needle))


def count_words(text: str) -> int:
    return len(WORD.findall(text))


def load_page(annotation: Path, pages: Path) -> Page | None:
    """The page an annotation describes, or None when its text is not in `pages`."""
    data = yaml.safe_load(annotation.read_text(encoding="utf-8"))
    page_file = pages / f"{data['id']}.txt"
    if not page_file.is_file():
        return None
    text = page_file.read_text(encoding="utf-8")
    errors = []
    for entry in data.get("errors") or []:
        if entry["kind"] not in KINDS:
            raise AnnotationError(f"{annotation.name}: unknown kind {entry['kind']!r}")
        try:
            span = locate(text, entry["text"], entry.get("occurrence"))
        except AnnotationError as error:
            raise AnnotationError(f"{annotation.name}: {error}") from None
        errors.append(Annotated(entry["text"], entry["kind"], entry.get("note", ""), span))
    return Page(data["id"], data["kind"], data.get("url", ""), text, count_words(text), errors)


def to_span(text: str, line: int, column: int, end_line: int, end_column: int) -> Span:
    """Offsets of a finding's 1-based line:column span (end exclusive) in `text`."""
    starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def offset(line_number: int, col: int) -> int:
        line_number = min(max(line_number, 1), len(starts))
        return starts[line_number - 1] + col - 1

    return Span(offset(line, column), offset(end_line, end_column))


def findings_from_json(
    report: dict[str, object], pages: dict[Path, Page]
) -> dict[str, list[Found]]:
    """The findings of a `check --format json` report, per page id."""
    result: dict[str, list[Found]] = {page.id: [] for page in pages.values()}
    findings = report.get("findings")
    assert isinstance(findings, list)
    for item in findings:
        page = pages.get(Path(item["path"]).resolve())
        if page is None:
            continue
        span = to_span(
            page.text, item["line"], item["column"], item["end_line"], item["end_column"]
        )
        found = Found(item["code"], span, item["match"], item["message"], item["line"])
        result[page.id].append(found)
    return result


def score(pages: Iterable[Page], findings: dict[str, list[Found]]) -> Score:
    """Recall per kind on mt pages; findings per code on native pages."""
    result = Score()
    for page in pages:
        found = findings.get(page.id, [])
        if page.kind == "native":
            result.native_words += page.words
            for finding in found:
                explained = any(finding.span.overlaps(e.span) for e in page.errors)
                result.native_findings[finding.code] += 1
                if not explained:
                    result.native_unexplained[finding.code] += 1
                result.native_hits.append((page, finding, explained))
            continue
        result.mt_words += page.words
        result.mt_findings.update(finding.code for finding in found)
        result.mt_unmatched += [
            (page, f) for f in found if not any(f.span.overlaps(e.span) for e in page.errors)
        ]
        for error in page.errors:
            result.total[error.kind] += 1
            codes = {f.code for f in found if f.span.overlaps(error.span)}
            if codes:
                result.caught[error.kind] += 1
                result.catches_by_code.update(codes)
            else:
                result.missed.append((page, error))
    return result


def run_check(files: Sequence[Path], select: str | None, jobs: int) -> dict[str, object]:
    """One `check` run over every page; exit 1 (findings) is success."""
    command = [str(CLI), "check", "--format", "json", "--no-cache", "--lang", "da"]
    command += ["--jobs", str(jobs)]
    if select:
        command += ["--select", select]
    command += [str(f) for f in files]
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=False)
    if done.returncode not in (0, 1):
        sys.exit(f"bench: check exited {done.returncode}:\n{done.stderr}")
    report = json.loads(done.stdout)
    assert isinstance(report, dict)
    return report


def per_thousand(count: int, words: int) -> str:
    return f"{1000 * count / words:.2f}" if words else "-"


def render(
    result: Score, pages: list[Page], show_missed: bool, show_native: bool, show_unmatched: bool
) -> str:
    mt_pages = [p for p in pages if p.kind == "mt"]
    native_pages = [p for p in pages if p.kind == "native"]
    out = [
        f"{len(mt_pages)} machine-translated pages ({result.mt_words:,} words), "
        f"{len(native_pages)} native pages ({result.native_words:,} words)",
        "",
        "Recall on machine-translated pages (annotated errors overlapped by a finding):",
        f"  {'kind':<17}{'caught':>7}{'total':>7}{'recall':>9}",
    ]
    for kind in KINDS:
        if result.total[kind]:
            recall = 100 * result.caught[kind] / result.total[kind]
            line = f"{result.caught[kind]:>7}{result.total[kind]:>7}{recall:>8.1f}%"
            out.append(f"  {kind:<17}{line}")
    caught, total = sum(result.caught.values()), sum(result.total.values())
    overall = f"{100 * caught / total:.1f}%" if total else "-"
    out.append(f"  {'overall':<17}{caught:>7}{total:>7}{overall:>9}")
    out += ["", "Findings per code on machine-translated pages (errors it overlaps):"]
    for code, n in sorted(result.mt_findings.items(), key=lambda item: (-item[1], item[0])):
        out.append(f"  {code:<9}{n:>6} findings {result.catches_by_code[code]:>5} errors caught")
    all_native = sum(result.native_findings.values())
    unexplained = sum(result.native_unexplained.values())
    out += [
        "",
        "Findings on native pages per 1,000 words (false alarms: not on an annotated error):",
        f"  {'code':<9}{'findings':>9}{'per 1k':>8}{'false':>7}{'per 1k':>8}",
    ]
    for code, n in sorted(result.native_findings.items(), key=lambda item: (-item[1], item[0])):
        false = result.native_unexplained[code]
        out.append(
            f"  {code:<9}{n:>9}{per_thousand(n, result.native_words):>8}"
            f"{false:>7}{per_thousand(false, result.native_words):>8}"
        )
    out.append(
        f"  {'total':<9}{all_native:>9}{per_thousand(all_native, result.native_words):>8}"
        f"{unexplained:>7}{per_thousand(unexplained, result.native_words):>8}"
    )
    if show_missed:
        out += ["", "Missed errors:"]
        for page, error in result.missed:
            out.append(f"  {page.id} [{error.kind}] {error.text!r} — {error.note}")
    if show_unmatched:
        out += ["", "Findings on machine-translated pages that overlap no annotated error:"]
        for page, finding in result.mt_unmatched:
            out.append(
                f"  {page.id}:{finding.line} {finding.code} {finding.match!r}: {finding.message}"
            )
    if show_native:
        out += ["", "Findings on native pages (* = on an annotated error):"]
        for page, finding, explained in result.native_hits:
            mark = "*" if explained else " "
            out.append(
                f" {mark}{page.id}:{finding.line} {finding.code} {finding.match!r}: "
                f"{finding.message}"
            )
    return "\n".join(out)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=Path, default=CORPUS / "pages")
    parser.add_argument("--annotations", type=Path, default=CORPUS / "annotations")
    parser.add_argument("--select", help="only these checks (codes or prefixes, as check)")
    parser.add_argument("--jobs", type=int, default=1, help="check's --jobs (default 1)")
    parser.add_argument("--show-missed", action="store_true", help="list the missed errors")
    parser.add_argument("--show-native", action="store_true", help="list native findings")
    parser.add_argument(
        "--show-unmatched",
        action="store_true",
        help="list findings on mt pages that overlap no annotated error (false alarms or gaps)",
    )
    args = parser.parse_args(argv)
    if not args.pages.is_dir():
        print(
            f"bench_mt_corpus: no pages at {args.pages} (third-party texts are not in git; "
            "see benchmarks/mt_corpus/INDEX.md to restore them); skipped"
        )
        return 0
    pages = []
    for annotation in sorted(args.annotations.glob("*.yml")):
        page = load_page(annotation, args.pages)
        if page is None:
            print(f"bench_mt_corpus: no page for {annotation.name}; skipped", file=sys.stderr)
        else:
            pages.append(page)
    if not pages:
        print(f"bench_mt_corpus: no annotated pages in {args.pages}; skipped")
        return 0
    by_path = {(args.pages / f"{p.id}.txt").resolve(): p for p in pages}
    report = run_check(list(by_path), args.select, args.jobs)
    result = score(pages, findings_from_json(report, by_path))
    print(render(result, pages, args.show_missed, args.show_native, args.show_unmatched))
    return 0


if __name__ == "__main__":
    sys.exit(main())
