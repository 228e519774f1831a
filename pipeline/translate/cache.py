"""The translation memory (SQLite): engine translations keyed by all that could change them, and
approved human translations, used before any engine. Every write commits, so a run stopped by
Ctrl-C resumes from what it stored. TMX import and export are at the end."""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pipeline.core.errors import PipelineError
from pipeline.core.fs import atomic_write_text
from pipeline.core.language import normalise_language, same_language
from pipeline.translate.normalise import normalise_segment

DEFAULT_MEMORY_PATH = Path("output/.cache/tm.sqlite")
SCHEMA_VERSION = 1
_TIME = "%Y-%m-%dT%H:%M:%SZ"  # UTC, ISO 8601

_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS translations (
    engine TEXT NOT NULL, engine_version TEXT NOT NULL, source_lang TEXT NOT NULL,
    target_lang TEXT NOT NULL, glossary_hash TEXT NOT NULL, source TEXT NOT NULL,
    target TEXT NOT NULL, unknown_words TEXT NOT NULL, created TEXT NOT NULL,
    PRIMARY KEY (engine, engine_version, source_lang, target_lang, glossary_hash, source)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS approved (
    source_lang TEXT NOT NULL, target_lang TEXT NOT NULL, source TEXT NOT NULL,
    target TEXT NOT NULL, origin TEXT NOT NULL, created TEXT NOT NULL,
    PRIMARY KEY (source_lang, target_lang, source)
) WITHOUT ROWID;
PRAGMA user_version = {SCHEMA_VERSION};
"""
_KEY = (
    "engine = ? AND engine_version = ? AND source_lang = ? AND target_lang = ? AND "
    "glossary_hash = ?"
)


@dataclass(frozen=True)
class EngineKey:
    """What produced a translation: a change in any field turns earlier translations into misses."""

    engine: str
    engine_version: str
    source_lang: str
    target_lang: str
    glossary_hash: str = ""

    def params(self) -> tuple[str, str, str, str, str]:
        source, target = normalise_language(self.source_lang), normalise_language(self.target_lang)
        return (self.engine, self.engine_version, source, target, self.glossary_hash)


@dataclass(frozen=True)
class CachedTranslation:
    source: str  # normalised
    target: str  # exactly as the engine returned it
    unknown_words: tuple[str, ...]
    created: str  # UTC, ISO 8601


@dataclass(frozen=True)
class ApprovedTranslation:
    source_lang: str
    target_lang: str
    source: str  # normalised
    target: str
    origin: str  # who or what approved it, e.g. "tmx:team.tmx"
    created: str


@dataclass(frozen=True)
class MemoryStats:
    path: Path
    translations: int
    approved: int
    engines: dict[str, int]  # "engine engine_version" → translations
    pairs: list[str]  # "da→nb", in both tables


class TranslationMemory:
    """A translation memory file; safe for several threads of one process (one lock)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        except (OSError, sqlite3.Error) as exc:
            raise PipelineError(f"cannot open translation memory ({exc})", str(path)) from exc
        try:
            self._prepare()
        except sqlite3.DatabaseError as exc:  # OperationalError: locked, read-only, disk full
            self._db.close()
            what = "cannot use the" if isinstance(exc, sqlite3.OperationalError) else "not a"
            raise PipelineError(f"{what} translation memory ({exc})", str(path)) from exc

    def _prepare(self) -> None:
        version = self._db.execute("PRAGMA user_version").fetchone()[0]
        tables = self._db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if version > SCHEMA_VERSION or (version == 0 and tables):
            why = f"schema {version}, newer than {SCHEMA_VERSION}" if version else "other tables"
            raise sqlite3.DatabaseError(why)
        self._db.execute("PRAGMA journal_mode = WAL")
        if version == 0:  # IF NOT EXISTS: another process may be creating the same file
            self._db.executescript(f"BEGIN IMMEDIATE;\n{_SCHEMA}\nCOMMIT;")

    def close(self) -> None:
        with self._lock:
            self._db.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def _select_many(
        self, table: str, where: str, params: tuple[str, ...], sources: Sequence[str]
    ) -> dict[str, tuple[str, ...]]:
        """Rows of `table` whose normalised source is one of `sources`: one query for any batch."""
        wanted = [normalise_segment(source) for source in sources]
        if not wanted:
            return {}
        sql = f"SELECT * FROM {table} WHERE {where} AND source IN (SELECT value FROM json_each(?))"
        with self._lock:
            rows = self._db.execute(sql, (*params, json.dumps(wanted))).fetchall()
        return {row[len(params)]: row[len(params) :] for row in rows}

    def get(self, key: EngineKey, source: str) -> CachedTranslation | None:
        """The cached translation of `source` by exactly this engine setup, or None."""
        return self.get_many(key, [source])[0]

    def get_many(self, key: EngineKey, sources: Sequence[str]) -> list[CachedTranslation | None]:
        """Cached translations of a batch in one query, in the order of `sources`."""
        found = self._select_many("translations", _KEY, key.params(), sources)
        rows = (found.get(normalise_segment(source)) for source in sources)
        return [
            None if r is None else CachedTranslation(r[0], r[1], tuple(json.loads(r[2])), r[3])
            for r in rows
        ]

    def put(
        self, key: EngineKey, source: str, target: str, unknown_words: Sequence[str] = ()
    ) -> None:
        """Store one engine translation (committed before this returns)."""
        self.put_many(key, [(source, target, unknown_words)])

    def put_many(self, key: EngineKey, items: Iterable[tuple[str, str, Sequence[str]]]) -> None:
        """Store (source, target, unknown words) triples in one transaction."""
        created = datetime.now(UTC).strftime(_TIME)
        rows = [
            (*key.params(), normalise_segment(source), target, json.dumps(list(words)), created)
            for source, target, words in items
        ]
        with self._transaction() as db:
            db.executemany("INSERT OR REPLACE INTO translations VALUES (?,?,?,?,?,?,?,?,?)", rows)

    def approve(
        self, source_lang: str, target_lang: str, source: str, target: str, origin: str
    ) -> None:
        """Store a human translation that is used before any engine."""
        self.approve_many(source_lang, target_lang, [(source, target)], origin)

    def approve_many(
        self, source_lang: str, target_lang: str, pairs: Iterable[tuple[str, str]], origin: str
    ) -> int:
        """Store approved (source, target) pairs in one transaction; returns how many."""
        langs = (normalise_language(source_lang), normalise_language(target_lang))
        created = datetime.now(UTC).strftime(_TIME)
        rows = [(*langs, normalise_segment(s), t, origin, created) for s, t in pairs]
        with self._transaction() as db:
            db.executemany("INSERT OR REPLACE INTO approved VALUES (?,?,?,?,?,?)", rows)
        return len(rows)

    def lookup_approved(
        self, source_lang: str, target_lang: str, source: str
    ) -> ApprovedTranslation | None:
        """The approved human translation of `source`, or None."""
        return self.lookup_approved_many(source_lang, target_lang, [source])[0]

    def lookup_approved_many(
        self, source_lang: str, target_lang: str, sources: Sequence[str]
    ) -> list[ApprovedTranslation | None]:
        """Approved translations of a batch in one query, in the order of `sources`."""
        langs = (normalise_language(source_lang), normalise_language(target_lang))
        found = self._select_many("approved", "source_lang = ? AND target_lang = ?", langs, sources)
        rows = (found.get(normalise_segment(source)) for source in sources)
        return [None if r is None else ApprovedTranslation(*langs, *r) for r in rows]

    def _all(self, table: str) -> list[tuple[str, ...]]:
        with self._lock:
            return self._db.execute(f"SELECT * FROM {table} ORDER BY created, source").fetchall()

    def iter_translations(
        self, source_lang: str | None = None, target_lang: str | None = None
    ) -> Iterator[tuple[EngineKey, CachedTranslation]]:
        """Every engine translation (of one language pair when given), oldest first."""
        for row in self._all("translations"):
            if same_language(row[2], source_lang) and same_language(row[3], target_lang):
                words = tuple(json.loads(row[7]))
                yield EngineKey(*row[:5]), CachedTranslation(row[5], row[6], words, row[8])

    def iter_approved(
        self, source_lang: str | None = None, target_lang: str | None = None
    ) -> Iterator[ApprovedTranslation]:
        """Every approved translation (of one language pair when given), oldest first."""
        for row in self._all("approved"):
            if same_language(row[0], source_lang) and same_language(row[1], target_lang):
                yield ApprovedTranslation(*row)

    def stats(self) -> MemoryStats:
        with self._lock:
            approved = self._db.execute("SELECT count(*) FROM approved").fetchone()[0]
            engines = self._db.execute(
                "SELECT engine || ' ' || engine_version, count(*) FROM translations GROUP BY 1"
            ).fetchall()
            pairs = self._db.execute(
                "SELECT source_lang || '→' || target_lang FROM translations UNION "
                "SELECT source_lang || '→' || target_lang FROM approved ORDER BY 1"
            ).fetchall()
        total, languages = sum(count for _, count in engines), [pair for (pair,) in pairs]
        return MemoryStats(self.path, total, approved, dict(sorted(engines)), languages)


_ENGINE_PROPS = ("x-engine", "x-engine-version", "x-glossary-hash", "x-unknown-words")


def export_tmx(
    memory: TranslationMemory,
    path: Path,
    source_lang: str | None = None,
    target_lang: str | None = None,
    approved_only: bool = False,
) -> int:
    """Write the memory as TMX 1.4 (atomically); returns the number of <tu> written.

    Approved translations carry <prop type="x-origin">, engine ones the `_ENGINE_PROPS`, so
    `import_tmx` and CAT tools can tell machine output from human approval.
    """
    from translate.storage.tmx import tmxfile

    entries = [
        (a.source_lang, a.source, a.target_lang, a.target, a.created, {"x-origin": a.origin})
        for a in memory.iter_approved(source_lang, target_lang)
    ]
    for key, cached in [] if approved_only else memory.iter_translations(source_lang, target_lang):
        words = json.dumps(cached.unknown_words, ensure_ascii=False)
        props = dict(
            zip(
                _ENGINE_PROPS,
                (key.engine, key.engine_version, key.glossary_hash, words),
                strict=True,
            )
        )
        entries.append(
            (key.source_lang, cached.source, key.target_lang, cached.target, cached.created, props)
        )
    one_source = len({entry[0] for entry in entries}) == 1
    header_lang = source_lang or (entries[0][0] if one_source else "*all*")
    store: Any = tmxfile(sourcelanguage=header_lang, targetlanguage=target_lang)
    for src_lang, source, tgt_lang, target, created, props in entries:
        unit = store.addsourceunit(source, src_lang)
        unit.settarget(target, tgt_lang)
        tu = unit.xmlelement
        tu.set("creationdate", created.replace("-", "").replace(":", ""))  # YYYYMMDDThhmmssZ
        first_tuv = tu.index(tu.find("tuv"))
        for offset, (name, value) in enumerate(props.items()):
            prop = tu.makeelement("prop", {"type": name})
            prop.text = value
            tu.insert(first_tuv + offset, prop)  # TMX 1.4 DTD order: note*, prop*, tuv+
    atomic_write_text(path, bytes(store).decode("utf-8"))
    return len(entries)


def import_tmx(memory: TranslationMemory, path: Path, source_lang: str, target_lang: str) -> int:
    """Store the TMX's source_lang → target_lang pairs as approved human translations.

    Language codes match by their primary subtag ("da-DK" is "da"). Units that carry an x-engine
    prop (machine output exported by `export_tmx`) are not approvals and are skipped. Returns
    the number of pairs stored; malformed XML raises InputError naming file and line.
    """
    from pipeline.formats.tmx import read_tmx

    units = read_tmx(path, source_lang, target_lang)
    pairs = [(unit.source, unit.target) for unit in units if unit.target and unit.engine is None]
    return memory.approve_many(source_lang, target_lang, pairs, origin=f"tmx:{path.name}")
