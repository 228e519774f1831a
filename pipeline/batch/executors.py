"""Where a batch's tasks run: in this process, in a pool of processes, or on a Dask cluster.

Every executor has one interface: `submit` a pure task (a function of the run's shared
settings and one argument), then take results with `next_completed` as they finish, in any
order. The runner (pipeline.batch.runner) never knows which one it drives. Dask is imported
only by pipeline.batch.dask_executor, and only when that executor is asked for.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from pipeline.core.errors import PipelineError

EXECUTORS = ("local", "processes", "dask")

S = TypeVar("S")
A = TypeVar("A")
R = TypeVar("R")


@dataclass
class Completed(Generic[A, R]):
    """A finished task: its value, or why it has none. `lost` means its worker died on it as
    many times as the executor allows (a poisoned input), `error` is any other failure."""

    arg: A
    value: R | None = None
    error: str | None = None
    lost: bool = False


class Executor(Protocol):
    name: str
    workers: int  # tasks that run at once
    dashboard: str | None  # where to watch the cluster, when it has a dashboard

    def submit(self, task: Callable[[Any, Any], Any], shared: Any, arg: Any) -> None:
        """Queue `task(shared, arg)`; `shared` is the same object for every task of a run."""
        ...

    def next_completed(self) -> Completed[Any, Any]:
        """The next task to finish (blocks); only while `pending` is not zero."""
        ...

    @property
    def pending(self) -> int: ...

    def close(self) -> None: ...


class LocalExecutor:
    """Tasks run one after another in this process, when their result is asked for; `hooks`
    (pipeline.batch.task.TaskHooks) is given to each task so it can report as it goes."""

    name = "local"
    workers = 1
    dashboard: str | None = None

    def __init__(self, hooks: object | None = None) -> None:
        self.hooks = hooks
        self._queue: deque[tuple[Callable[..., Any], Any, Any]] = deque()

    def submit(self, task: Callable[..., Any], shared: Any, arg: Any) -> None:
        self._queue.append((task, shared, arg))

    def next_completed(self) -> Completed[Any, Any]:
        task, shared, arg = self._queue.popleft()
        value = task(shared, arg, self.hooks) if self.hooks is not None else task(shared, arg)
        return Completed(arg, value)

    @property
    def pending(self) -> int:
        return len(self._queue)

    def close(self) -> None:
        self._queue.clear()


class ProcessExecutor:
    """Tasks run in `workers` processes of this machine (concurrent.futures). A process that
    dies breaks the pool: its tasks and those still queued come back failed."""

    name = "processes"
    dashboard: str | None = None

    def __init__(self, workers: int | None = None) -> None:
        self.workers = workers or os.cpu_count() or 1
        # forkserver: a clean process to fork workers from, not a copy of the client's threads
        context = multiprocessing.get_context("forkserver")
        self._pool = ProcessPoolExecutor(self.workers, mp_context=context)
        self._futures: dict[Future[Any], Any] = {}

    def submit(self, task: Callable[[Any, Any], Any], shared: Any, arg: Any) -> None:
        try:
            self._futures[self._pool.submit(task, shared, arg)] = arg
        except BrokenProcessPool:
            failed: Future[Any] = Future()
            failed.set_exception(BrokenProcessPool("a worker process died"))
            self._futures[failed] = arg

    def next_completed(self) -> Completed[Any, Any]:
        done, _ = wait(self._futures, return_when=FIRST_COMPLETED)
        future = next(iter(done))
        arg = self._futures.pop(future)
        error = future.exception()
        if isinstance(error, BrokenProcessPool):
            # not retried: a dead process breaks the whole pool (Dask's workers are replaced)
            return Completed(arg, error="a worker process died; --executor dask retries elsewhere")
        if error is not None:
            return Completed(arg, error=f"{type(error).__name__}: {error}")
        return Completed(arg, future.result())

    @property
    def pending(self) -> int:
        return len(self._futures)

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


def make_executor(
    name: str,
    workers: int | None = None,
    scheduler: str | None = None,
    attempts: int = 3,
    hooks: object | None = None,
) -> Executor:
    """The executor `name` (one of EXECUTORS). For dask: `scheduler` is an existing cluster's
    address, else a LocalCluster of `workers` processes is started (closed by `close`);
    `attempts` bounds how often one task may kill a worker before it is given up."""
    if name == "local":
        return LocalExecutor(hooks)
    if name == "processes":
        return ProcessExecutor(workers)
    if name == "dask":
        try:
            from pipeline.batch.dask_executor import DaskExecutor
        except ImportError as exc:
            raise PipelineError(
                f"the dask executor needs Dask ({exc.name} is not installed): "
                "pip install 'content-pipeline[dask]'"
            ) from exc
        return DaskExecutor(workers=workers, scheduler=scheduler, attempts=attempts)
    raise PipelineError(f"unknown executor {name!r} (known: {', '.join(EXECUTORS)})")
