"""The articles of an output folder as the report reads them: each article's source content file
and its translations (`<slug>/content.<lang>.json`)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from pipeline.core.content import ContentFile
from pipeline.core.errors import PipelineError
from pipeline.core.models import Finding
from pipeline.emit.stale import StaleMark, read_marks


@dataclass
class Article:
    """The content files of one article: its source file and one per target language, and
    its stale mark when they are an earlier run's that the last run could not rebuild."""

    slug: str
    source: ContentFile
    targets: list[ContentFile]
    stale: StaleMark | None = None

    @property
    def title(self) -> str:
        document = self.source.document
        return document.title.text if document.title else self.slug

    @property
    def languages(self) -> list[str]:
        return [self.source.metadata.language, *(target_language(t) for t in self.targets)]

    def findings(self) -> list[tuple[str, Finding]]:
        """(language, finding) of the source and of every translation."""
        found = [(self.source.metadata.language, f) for f in self.source.findings]
        for target in self.targets:
            found.extend((target_language(target), f) for f in target.findings)
        return found


def target_language(content: ContentFile) -> str:
    return content.translation.target_language if content.translation else ""


def load_articles(out_dir: Path) -> list[Article]:
    """Every article under `out_dir` (`<slug>/content.<lang>.json`), sorted by slug."""
    grouped: dict[str, list[ContentFile]] = {}
    for path in sorted(out_dir.glob("*/content.*.json")):
        try:
            content = ContentFile.model_validate_json(path.read_bytes())
        except ValidationError as exc:
            problem = exc.errors()[0]
            where = ".".join(str(part) for part in problem["loc"])
            message = f"not a content file: {where}: {problem['msg']}"
            raise PipelineError(message, str(path)) from exc
        except OSError as exc:
            raise PipelineError(f"cannot read: {exc.strerror or exc}", str(path)) from exc
        grouped.setdefault(path.parent.name, []).append(content)
    if not grouped:
        raise PipelineError("no content files (<slug>/content.<lang>.json) here", str(out_dir))
    articles = []
    marks = read_marks(out_dir)
    for slug, contents in sorted(grouped.items()):
        sources = [c for c in contents if c.translation is None]
        if not sources:
            raise PipelineError("translations without their source content file", slug)
        targets = sorted((c for c in contents if c.translation), key=target_language)
        articles.append(Article(slug, sources[0], targets, marks.get(slug)))
    return articles
