"""A file's profile: which text a finding was found in, and the words the score divides by."""

from __future__ import annotations

from pipeline.core.models import TranslationUnit, UnitState
from pipeline.emit.profile import document_profile, only_for, units_profile
from pipeline.ingest import ingest_text
from tests.emit.factories import finding

MARKDOWN = (
    "# Savlen hos voksne\n"
    "\n"
    "Ved ALS ses ofte dræning,\n"
    "fordi musklerne svækkes. Det kan *lindres* med medicin.\n"
)


def test_a_finding_gets_the_sentence_it_is_in_even_across_lines() -> None:
    profile = document_profile(ingest_text(MARKDOWN, "a.md", ".md", "da"))
    sentence = "Ved ALS ses ofte dræning,\nfordi musklerne svækkes."
    assert profile.context(finding(path="a.md", line=3, column=18)) == sentence
    assert profile.context(finding(path="a.md", line=4, column=2)) == sentence
    assert profile.context(finding(path="a.md", line=4, column=30)) == (
        "Det kan lindres med medicin."
    )
    assert profile.context(finding(path="a.md", line=1, column=3)) == "Savlen hos voksne"
    assert profile.context(finding(path="a.md", line=2, column=1)) == ""  # between passages
    assert (profile.language, profile.words) == ("da", 3 + 8 + 5)


def test_a_unit_finding_gets_its_units_source_and_the_words_are_translated_targets() -> None:
    def unit(line: int, source: str, target: str, state: UnitState) -> TranslationUnit:
        return TranslationUnit(
            id=str(line), source=source, target=target, source_lang="en",
            target_lang="nb", path="nb.po", line=line, state=state,
        )  # fmt: skip

    profile = units_profile(
        [
            unit(7, "Drooling is common.", "Sikling er vanlig.", UnitState.TRANSLATED),
            unit(10, "Fever", "Feber", UnitState.FUZZY),
            unit(13, "Cough", "", UnitState.UNTRANSLATED),
        ]
    )
    assert profile.context(finding(path="nb.po", line=7, column=1, end_line=7)) == (
        "Drooling is common."
    )
    assert profile.context(finding(path="nb.po", line=13, column=1, end_line=13)) == "Cough"
    assert profile.context(finding(path="nb.po", line=8, column=1, end_line=8)) == ""
    assert (profile.language, profile.words) == ("nb", 3)


def test_a_profile_kept_for_its_findings_gives_them_the_same_text_and_drops_the_rest() -> None:
    profile = document_profile(ingest_text(MARKDOWN, "a.md", ".md", "da"))
    findings = [
        finding(path="a.md", line=4, column=2),  # inside the sentence across lines 3-4
        finding(path="a.md", line=3, column=18),  # the same sentence again
        finding(path="a.md", line=2, column=1),  # between passages: no text
    ]
    kept = only_for(profile, findings)
    assert [kept.context(f) for f in findings] == [profile.context(f) for f in findings]
    sentence = "Ved ALS ses ofte dræning,\nfordi musklerne svækkes."
    assert [p.text for p in kept.passages] == [sentence]
    assert (kept.language, kept.words) == (profile.language, profile.words)
    assert only_for(profile, []).passages == []


def test_a_units_profile_made_for_its_findings_is_the_profile_kept_for_them() -> None:
    def unit(unit_id: str, line: int, source: str, column: int = 1) -> TranslationUnit:
        return TranslationUnit(
            id=unit_id, source=source, target=source.upper(), source_lang="en",
            target_lang="da", path="da.po", line=line, column=column,
        )  # fmt: skip

    units = [
        unit("b", 9, "Second"),
        unit("a", 4, "First"),
        unit("p[0]", 12, "%d file"),  # the forms of a plural entry share its line
        unit("p[1]", 12, "%d files"),
        unit("c", 12, "Beside", column=5),
        unit("d", 20, "Last"),
    ]
    spots = [(4, 1), (12, 1), (12, 5), (12, 3), (9, 2), (1, 1), (25, 1), (20, 1), (9, 1)]
    findings = [finding(path="da.po", line=line, column=column) for line, column in spots]
    for chosen in ([], findings[:1], findings[1:4], findings[4:7], findings, findings[::-1]):
        made = units_profile(units, chosen)
        kept = only_for(units_profile(units), chosen)
        assert made == kept, chosen
        assert [made.context(f) for f in chosen] == [kept.context(f) for f in chosen]
    apart = [u for u in units if u.id != "p[0]"]  # p[1], found last at its place, holds
    every = [finding(path="da.po", line=u.line, column=u.column) for u in apart]
    assert units_profile(apart, every) == units_profile(apart)  # each holds one: all kept
    assert len(units_profile(units, every).passages) == len(apart)
