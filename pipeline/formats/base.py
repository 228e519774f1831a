"""What every file format declares: its suffixes, how it reads, its inline suppressions and,
when it has one, its fix writer. One class per format (as translate-toolkit's storage
classes share `translate.storage.base`), each passing the contract suite in tests/formats.

Three kinds: articles (text, Markdown) are read as decoded text split into blocks, which
ingest turns into a Document; bilingual files (PO, XLIFF, TMX, content.<lang>.json) are read
as TranslationUnits; glossaries (TBX) as concept rows. A format module imports its parser
(translate-toolkit, our PO reader) only inside its methods, so finding the format of a path
stays cheap.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, Literal, Protocol

if TYPE_CHECKING:
    from pipeline.core.models import TranslationUnit
    from pipeline.ingest.builder import Block

Kind = Literal["article", "bilingual", "glossary"]
UNDETERMINED = "und"  # a language neither the file nor the caller gives
PluralRule = tuple[int, str]  # nplurals and the C expression choosing a form for n


class FileFormat:
    """A file format: its name in the FORMATS registry, its kind and its suffixes."""

    name: ClassVar[str]
    kind: ClassVar[Kind]
    suffixes: ClassVar[frozenset[str]]  # lower case, with the dot
    # The reader of the format's inline suppression comments, by "module:function" (the
    # checks own what a suppression means; formats sit below them and only name it), or None
    # for a format without such comments. Articles: reader(text, path); bilingual: reader(path).
    suppression_reader: ClassVar[str | None] = None
    # The comment that turns check `{code}` off where a finding is (what the HTML report's
    # "copy suppression" button gives); None exactly when `suppression_reader` is None.
    suppression_comment: ClassVar[str | None] = None

    def matches(self, path: Path) -> bool:
        """Whether `path` is a file of this format (by its suffix, unless a format says more)."""
        return path.suffix.lower() in self.suffixes


class ArticleFormat(FileFormat):
    """An article: decoded text (pipeline.ingest.decoding, any encoding it accepts), split
    into heading, paragraph and list-item blocks; suppressions are comment lines
    (`<!-- content-pipeline: disable=… -->`); `check --fix` rewrites text ranges, keeping
    encoding and newlines (pipeline.fix.fix_file)."""

    kind: ClassVar[Kind] = "article"
    suppression_reader: ClassVar[str | None] = "pipeline.checks.suppression:article_suppressions"
    suppression_comment: ClassVar[str | None] = (
        "<!-- content-pipeline: disable-next-line={code} -->"
    )

    def blocks(self, text: str) -> list[Block]:
        """The blocks of the article `text` (LF newlines), with their offsets into it."""
        raise NotImplementedError


class UnitCatalog(Protocol):
    """A bilingual file as its fix writer holds it: the text, the units, how to change
    targets. `edit` returns the file with new targets, read again; the rest of the file stays
    byte for byte (pipeline.fix.bilingual verifies it)."""

    @property
    def text(self) -> str: ...  # decoded, with the file's own newlines

    @property
    def units(self) -> list[TranslationUnit]: ...

    def data(self) -> bytes: ...

    def takes(self, index: int, target: str) -> bool:
        """Whether the file, as it is written, can hold `target` as unit `index`'s target."""
        ...

    def edit(self, targets: dict[int, str]) -> UnitCatalog:
        """The file with the units' new targets (by unit index), read again."""
        ...


class BilingualFormat(FileFormat):
    """A file of translation units. Override `read_units`; a format with inline suppressions
    names their reader (`suppression_reader`), one whose targets `check --fix` may rewrite
    overrides `catalog`, and one whose header sets plural forms overrides `plural_rule`."""

    kind: ClassVar[Kind] = "bilingual"

    def read_units(
        self, path: Path, source_lang: str | None = None, target_lang: str | None = None
    ) -> list[TranslationUnit]:
        """The file's units in file order; InputError naming file:line if it cannot be read.
        Languages come from the file; the arguments are the fallback."""
        raise NotImplementedError

    @property
    def fixable(self) -> bool:
        """Whether `check --fix` rewrites this format's targets."""
        return type(self).catalog is not BilingualFormat.catalog

    def catalog(self, path: Path, raw: bytes, source_lang: str | None) -> UnitCatalog:
        """The fix writer's view of the file with bytes `raw` (fixable formats only)."""
        raise NotImplementedError(f"{self.name} files are checked, never fixed")

    def plural_rule(self, path: Path) -> PluralRule | None:
        """The plural rule the file itself declares (a PO header), or None."""
        return None


class GlossaryFormat(FileFormat):
    """A glossary file read into the rows a CSV glossary has: (line, column → value)."""

    kind: ClassVar[Kind] = "glossary"

    def read_rows(self, path: Path) -> tuple[bytes, list[tuple[int, dict[str, str]]], list[str]]:
        """The file's bytes, one row per term (with its line) and the columns."""
        raise NotImplementedError
