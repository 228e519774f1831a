"""Findings as JUnit XML, for CI systems that show test reports (GitLab, Jenkins, Azure).

One <testsuite> per file (name = the path) and one <testcase> per finding (classname = the
path, name = "CODE line:column"). Errors and warnings are <failure type="CODE">; an info
finding is a passing test case whose <system-out> carries the finding, so it is visible
without failing the report (as `--fail-on` defaults to error). A file with no findings gets
one passing test case named "no findings"; a file that could not be read gets an <error>.
No timestamps or durations, so the same findings always give the same bytes.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from pipeline.core.models import Finding, Severity
from pipeline.emit.reporters.base import Report, shown_suggestion

# Characters XML 1.0 cannot carry even as references; shown as \xNN instead.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml_text(text: str) -> str:
    return _NOT_XML.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def _details(finding: Finding) -> str:
    text = (
        f"{finding.path}:{finding.line}:{finding.column}: "
        f"{finding.code} {finding.severity.value}: {finding.message}"
    )
    if finding.suggestion is not None:
        text += f"\nsuggestion: {shown_suggestion(finding.suggestion)}"
    return _xml_text(text)


def _testcase(suite: ET.Element, path: str, name: str) -> ET.Element:
    return ET.SubElement(suite, "testcase", classname=_xml_text(path), name=_xml_text(name))


def _finding_case(suite: ET.Element, finding: Finding) -> None:
    case = _testcase(suite, finding.path, f"{finding.code} {finding.line}:{finding.column}")
    if finding.severity is Severity.INFO:
        ET.SubElement(case, "system-out").text = _details(finding)
    else:
        failure = ET.SubElement(
            case, "failure", type=finding.code, message=_xml_text(finding.message)
        )
        failure.text = _details(finding)


def _error_case(suite: ET.Element, path: str, failure: str) -> None:
    case = _testcase(suite, path, "read")
    error = ET.SubElement(case, "error", type="input", message=_xml_text(failure))
    error.text = _xml_text(failure)


def _count(element: ET.Element, tag: str) -> int:
    return len(element.findall(f"testcase/{tag}"))


def _set_counts(suite: ET.Element) -> None:
    suite.set("tests", str(len(suite.findall("testcase"))))
    suite.set("failures", str(_count(suite, "failure")))
    suite.set("errors", str(_count(suite, "error")))
    suite.set("skipped", "0")


class JUnitReporter:
    def render(self, report: Report, color: bool = False) -> str:
        by_path: dict[str, list[Finding]] = {path: [] for path in report.files}
        for finding in report.findings:
            by_path.setdefault(finding.path, []).append(finding)
        unmatched = list(report.failures)

        root = ET.Element("testsuites", name="content-pipeline")
        for path, findings in by_path.items():
            suite = ET.SubElement(root, "testsuite", name=_xml_text(path))
            failures = [f for f in unmatched if f.startswith(f"{path}:")]
            for failure in failures:
                unmatched.remove(failure)
                _error_case(suite, path, failure)
            for finding in findings:
                _finding_case(suite, finding)
            if not findings and not failures:
                _testcase(suite, path, "no findings")
            _set_counts(suite)
        if unmatched:
            suite = ET.SubElement(root, "testsuite", name="input errors")
            for failure in unmatched:
                _error_case(suite, "input errors", failure)
            _set_counts(suite)

        suites = root.findall("testsuite")
        for attribute in ("tests", "failures", "errors", "skipped"):
            root.set(attribute, str(sum(int(s.get(attribute, "0")) for s in suites)))
        ET.indent(root)
        xml = ET.tostring(root, encoding="unicode")
        return f'<?xml version="1.0" encoding="UTF-8"?>\n{xml}\n'
