"""Adding a bilingual format is one class and one FORMATS line: discovery, checking and the
check engine find it through the registry (here a tab-separated source/target format that a
test registers for the purpose)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest

from pipeline import formats
from pipeline.checking import CheckOptions, check_paths
from pipeline.core.config import load_config
from pipeline.core.models import TranslationUnit, UnitState
from pipeline.formats.base import BilingualFormat
from pipeline.formats.reading import read_bytes
from tests.formats.contract import BilingualContract


class TabSeparatedFormat(BilingualFormat):
    """One unit per line: the source, a tab, the target."""

    name: ClassVar[str] = "tsv"
    suffixes: ClassVar[frozenset[str]] = frozenset({".tsv"})

    def read_units(
        self, path: Path, source_lang: str | None = None, target_lang: str | None = None
    ) -> list[TranslationUnit]:
        data = read_bytes(path)  # UTF-16 comes with its byte-order mark
        text = data.decode("utf-16" if data[:2] in (b"\xff\xfe", b"\xfe\xff") else "utf-8-sig")
        return [
            TranslationUnit(
                id=str(number),
                source=source,
                target=target,
                source_lang=source_lang or "en",
                target_lang=target_lang or "da",
                path=str(path),
                line=number,
                state=UnitState.TRANSLATED,
            )
            for number, line in enumerate(text.splitlines(), start=1)
            for source, _tab, target in [line.partition("\t")]
        ]


@pytest.fixture(autouse=True)
def registered(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The one registry line a new format adds."""
    monkeypatch.setitem(formats.FORMATS, "tsv", f"{__name__}:TabSeparatedFormat")
    formats.get_format.cache_clear()
    yield
    formats.get_format.cache_clear()


class TestTabSeparatedFormat(BilingualContract):
    FormatClass = TabSeparatedFormat
    suffix = ".tsv"

    def text(self, pairs: list[tuple[str, str]]) -> str:
        return "".join(f"{source}\t{target}\n" for source, target in pairs)


def test_the_check_engine_finds_and_checks_the_new_format(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "ui").mkdir()
    (tmp_path / "ui" / "da.tsv").write_text(
        "Delete 3 files\tSlet 3 filer\nPage 12 of 30\tSide 12 af 31\n", encoding="utf-8"
    )

    report = check_paths([Path("ui")], load_config(), CheckOptions(select=("NUM001",)))

    assert report.files == [Path("ui/da.tsv")] and report.failures == []
    assert {(f.code, f.line) for f in report.findings} == {("NUM001", 2)}
