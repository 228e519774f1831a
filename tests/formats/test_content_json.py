"""Our content.<lang>.json passes the format contract: UTF-8 (as `run` writes it), checked,
never fixed (the next run writes it anew)."""

from __future__ import annotations

from pathlib import Path

from pipeline.core.models import TranslationUnit
from pipeline.formats.content_json import ContentJsonFormat
from tests.formats.contract import BilingualContract


class TestContentJsonFormat(BilingualContract):
    FormatClass = ContentJsonFormat
    suffix = ".json"
    ENCODINGS = ("utf-8",)  # JSON is UTF-8 (RFC 8259), and `run` writes nothing else

    def file_name(self) -> str:
        return "content.da.json"

    def write(self, folder: Path, pairs: list[tuple[str, str]], encoding: str = "utf-8") -> Path:
        """The content file `translate --to da` writes for an English article whose title
        and sentences are the pairs' sources."""
        from pipeline.emit.content import build_translation_content, write_content
        from pipeline.glossary.model import Glossary
        from pipeline.ingest import ingest_text

        title, *sentences = [source for source, _target in pairs]
        text = f"{title}\n\n{' '.join(sentences)}\n"
        document = ingest_text(text, str(folder / "article.txt"), ".txt", "en")
        targets = dict(pairs)
        units = [
            TranslationUnit(
                id=s.id,
                source=s.text,
                target=targets[s.text],
                source_lang="en",
                target_lang="da",
                path=document.path,
                engine="apertium",
            )
            for s in document.content_segments()
        ]
        content = build_translation_content(document, units, [], Glossary([]), "apertium", "1")
        written = write_content(content, folder)
        assert written.name == self.file_name()
        return written

    def text(self, pairs: list[tuple[str, str]]) -> str:
        raise AssertionError("content files are written by write()")

    def test_inline_suppressions_turn_codes_off_for_their_unit_only(self, tmp_path: Path) -> None:
        assert ContentJsonFormat.suppression_reader is None

    def test_a_check_only_format_has_no_fix_writer(self, tmp_path: Path) -> None:
        assert not ContentJsonFormat().fixable

    @staticmethod
    def pairs() -> list[tuple[str, str]]:
        from tests.formats.contract import PAIRS

        return PAIRS
