"""The Dask executor: the same tasks on a LocalCluster or on an existing cluster.

Imported only when `--executor dask` is asked for (Dask's import alone costs about a second).
A worker that dies mid-task is Dask's business: the scheduler gives the task to another worker,
and after `attempts` deaths on one task it gives up with KilledWorker, which comes back here as
a `lost` result (the runner then reports the article as poisoned). Tasks return their files to
the client, so a task run twice is written once.
"""

from __future__ import annotations

import concurrent.futures
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
from pipeline.core.errors import PipelineError


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
        try:
            self.client.wait_for_workers(1 if scheduler else workers or 2, timeout=120)
        except TimeoutError as exc:
            self.close()
            where = scheduler or "the local cluster"
            raise PipelineError(f"no Dask worker came up at {where} in 120 s") from exc
        info = self.client.scheduler_info()
        self.workers = sum(w.get("nthreads", 1) for w in info["workers"].values()) or 1
        self.dashboard: str | None = self.client.dashboard_link
        self._running = as_completed(loop=self.client.loop)
        self._args: dict[Any, Any] = {}
        self._shared: tuple[object, Future[Any]] | None = None

    def _scatter(self, shared: object) -> Future[Any]:
        # The settings travel once to each worker, as the result of a task that holds them:
        # unlike scattered data, Dask recomputes it when every worker holding it has died.
        if self._shared is None or self._shared[0] is not shared:
            future = self.client.submit(_shared_value, shared, pure=False)
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
            return Completed(arg, future.result())
        except KilledWorker as exc:
            return Completed(arg, lost=True, error=str(exc))
        except Exception as exc:  # the task's own failure, or the cluster's
            return Completed(arg, error=f"{type(exc).__name__}: {exc}")
        finally:
            future.release()

    def pool(self) -> concurrent.futures.Executor:
        """The cluster as a concurrent.futures Executor (for pipeline.checking.check_paths)."""
        executor: concurrent.futures.Executor = self.client.get_executor(pure=False)
        return executor

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


def _shared_value(value: object) -> object:
    return value


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

    def bind(self) -> None:
        """Connect to the scheduler's semaphore; called in a task's own thread, where Dask
        knows the worker (an online engine's request threads are not such threads)."""
        if self._semaphore is None:
            # made in the worker: Dask pickles a Semaphore as its bare name
            self._semaphore = Semaphore(max_leases=self.leases, name=self.name)
            self._semaphore.scheduler  # noqa: B018  (binds the scheduler and loop now)

    def _lease(self) -> Semaphore:
        self.bind()
        assert self._semaphore is not None
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
