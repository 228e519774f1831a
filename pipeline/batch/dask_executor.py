"""The Dask executor: the same tasks on a LocalCluster or on an existing cluster.

Imported only when `--executor dask` is asked for (Dask's import alone costs about a second).
A worker that dies mid-task is Dask's business: the scheduler gives the task to another worker,
and after `attempts` deaths on one task it gives up with KilledWorker, which comes back here as
a `lost` result (the runner then reports the article as poisoned). Tasks return their files to
the client, so a task run twice is written once.
"""

from __future__ import annotations

import logging
import threading
import time
import uuid
from collections.abc import Callable
from typing import Any

import dask
from distributed import Client, Future, LocalCluster, Semaphore, as_completed
from distributed.scheduler import KilledWorker

from pipeline.batch.executors import Completed


class DaskExecutor:
    """Tasks on Dask: a LocalCluster of `workers` processes (one thread each) started here
    and closed by `close`, or the cluster at `scheduler` (left running)."""

    name = "dask"

    def __init__(
        self, workers: int | None = None, scheduler: str | None = None, attempts: int = 3
    ) -> None:
        self.cluster: LocalCluster | None = None
        if scheduler:
            self.client = Client(scheduler, set_as_default=False)
        else:
            # the scheduler runs in this process and reads its retry bound from the config
            with dask.config.set({"distributed.scheduler.allowed-failures": attempts - 1}):
                self.cluster = LocalCluster(
                    n_workers=workers or 2,
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=":0",  # a free port: others may run a cluster here too
                    silence_logs=logging.ERROR,
                )
            self.client = Client(self.cluster, set_as_default=False)
        info = self.client.scheduler_info()
        self.workers = sum(w.get("nthreads", 1) for w in info["workers"].values()) or 1
        self.dashboard: str | None = self.client.dashboard_link
        self._running = as_completed()
        self._args: dict[Any, Any] = {}
        self._shared: tuple[object, Future[Any]] | None = None

    def _scatter(self, shared: object) -> Future[Any]:
        # the settings travel once to each worker, not once per task
        if self._shared is None or self._shared[0] is not shared:
            future = self.client.scatter(shared, broadcast=True, hash=False)
            self._shared = (shared, future)
        return self._shared[1]

    def submit(self, task: Callable[[Any, Any], Any], shared: Any, arg: Any) -> None:
        future = self.client.submit(task, self._scatter(shared), arg, pure=False)
        self._args[future.key] = arg
        self._running.add(future)

    def next_completed(self) -> Completed[Any, Any]:
        future = next(self._running)
        arg = self._args.pop(future.key)
        try:
            if future.status == "error":
                error = future.exception()
                if isinstance(error, KilledWorker):
                    return Completed(arg, lost=True, error=str(error))
                return Completed(arg, error=f"{type(error).__name__}: {error}")
            return Completed(arg, future.result())
        finally:
            future.release()

    @property
    def pending(self) -> int:
        return int(self._running.count())

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()

    def call_limit(self, rate: float) -> DaskCallLimit:
        """One limit of `rate` engine calls a second over every worker of this cluster."""
        return DaskCallLimit(rate)


class DaskCallLimit:
    """At most `rate` engine calls start in any second, over all workers together.

    A Dask Semaphore (kept by the scheduler, found by its name from each worker) of
    n = max(1, rate) leases, each held for at least n / rate seconds: any n / rate seconds
    then see at most n calls start.
    """

    def __init__(self, rate: float) -> None:
        if rate <= 0:
            raise ValueError(f"a rate limit must be positive, not {rate}")
        self.leases = max(1, int(rate))
        self.period = self.leases / rate
        self.name = f"content-pipeline-rate-{uuid.uuid4().hex}"
        self._local = threading.local()
        self._semaphore: Semaphore | None = None

    def _lease(self) -> Semaphore:
        # made in the worker, bound to its scheduler connection (a copy made on the client
        # would not travel: Dask pickles a Semaphore as its name)
        if self._semaphore is None:
            self._semaphore = Semaphore(max_leases=self.leases, name=self.name)
        return self._semaphore

    def acquire(self) -> None:
        self._lease().acquire()
        self._local.started = time.monotonic()

    def release(self) -> None:
        wait = self._local.started + self.period - time.monotonic()
        if wait > 0:
            time.sleep(wait)
        self._lease().release()

    def __getstate__(self) -> dict[str, Any]:
        return {"leases": self.leases, "period": self.period, "name": self.name}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.leases, self.period, self.name = state["leases"], state["period"], state["name"]
        self._local = threading.local()
        self._semaphore = None
