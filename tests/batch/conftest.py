"""Articles and a Dask cluster shared by the batch tests."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

TOWNS = ["Aarhus", "Odense", "Aalborg", "Esbjerg", "Randers", "Kolding", "Horsens", "Vejle"]


def article(n: int, marker: str = "") -> str:
    """A short Danish health article, every sentence its own (numbers and towns vary), so
    no two articles share a translation and the order of the tasks cannot change a file."""
    town = TOWNS[n % len(TOWNS)]
    return (
        f"Hovedpine i {town} nummer {n}\n\n"
        f"I {town} havde {120 + n} børn hovedpine i {2000 + n}. De fleste tilfælde var "
        f"ufarlige og gik over efter {n + 2} timer.\n\n"
        f"Drik {n + 1} glas vand om dagen, og sov mindst {n % 3 + 7} timer. {marker}\n"
    )


def write_articles(folder: Path, count: int, markers: dict[int, str] | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        text = article(n, (markers or {}).get(n, ""))
        (folder / f"artikel-{n:02d}.txt").write_text(text, encoding="utf-8")
    return folder


def outputs(out: Path) -> dict[str, bytes]:
    """Every file a run wrote (not its .cache), with the content files' generation times
    blanked: the one field that differs between two runs of the same articles."""
    files = {}
    for path in sorted(out.rglob("*")):
        relative = path.relative_to(out).as_posix()
        if path.is_file() and not relative.startswith(".cache/"):
            files[relative] = without_time(relative, path.read_bytes())
    return files


def without_time(name: str, data: bytes) -> bytes:
    if not name.endswith(".json"):
        return data
    content = json.loads(data)
    content["metadata"]["generated_at"] = "-"
    return json.dumps(content, ensure_ascii=False, indent=2).encode()


@pytest.fixture(scope="module")
def cluster() -> Iterator[str]:
    """A LocalCluster of 2 worker processes (one thread each) for a test module, whose
    workers know the crash-test engine and give a task up after it killed 2 workers."""
    import dask
    from distributed import LocalCluster

    with (
        dask.config.set({"distributed.scheduler.allowed-failures": 1}),
        LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            preload=["tests.batch.engines"],
        ) as local,
    ):
        yield local.scheduler_address
