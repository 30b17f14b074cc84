"""The dask engine: partitions of documents processed on a `dask.distributed` cluster.

The scheduler protocol pickles tasks and results and, over ``tcp://``, is neither
authenticated nor encrypted: use ``tls://`` with `distributed.security.Security` on a
shared cluster (see the README).
"""

import functools
import math
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from tqdm import tqdm

from analysis.corpus.collect import Collected, Item
from analysis.rules import RuleSet

if TYPE_CHECKING:
    from distributed import Client

ProcessItems = Callable[..., Collected]

_WORKER_LOCK = threading.Lock()


def _process_partition(
    items: list[Item],
    *,
    process_items: ProcessItems,
    tables: tuple[str, ...],
    batch_size: int,
    cache_dir: str | None,
    rules: RuleSet,
) -> Collected:
    """Dask task: process one partition in a worker, with its cached pipeline.

    `load_nlp` is cached per process, so each worker process loads the model once. The
    lock keeps threads of one worker from sharing the pipeline at the same time.
    """
    with _WORKER_LOCK:
        return process_items(
            items, tables=tables, n_process=1, batch_size=batch_size, cache_dir=cache_dir,
            rules=rules,
        )  # fmt: skip


@contextmanager
def _dask_client(scheduler: "Client | str | None", *, n_workers: int | None) -> Iterator["Client"]:
    """Yield a client: the one given, one connected to an address, or a new LocalCluster's.

    A new LocalCluster has `n_workers` single-threaded worker processes (None: dask's
    default, one per core).
    """
    from distributed import Client, LocalCluster

    if isinstance(scheduler, Client):
        yield scheduler
    elif scheduler:
        with Client(scheduler, timeout="20s") as client:
            yield client
    else:
        with (
            LocalCluster(
                n_workers=n_workers, threads_per_worker=1, dashboard_address=None
            ) as cluster,
            Client(cluster) as client,
        ):
            yield client


def run_dask(
    items: list[Item],
    *,
    process_items: ProcessItems,
    rules: RuleSet,
    tables: tuple[str, ...],
    batch_size: int,
    cache_dir: str | Path | None,
    scheduler: "Client | str | None",
    n_workers: int | None,
    bar: tqdm | None,
) -> tuple[Collected, tuple[int, ...]]:
    """Map partitions of `items` over a dask cluster.

    Returns:
        The merged results, and the input position where each partition starts.
    """
    from distributed import as_completed

    with _dask_client(scheduler, n_workers=n_workers) as client:
        workers = len(client.nthreads()) or 1
        size = max(1, min(1000, math.ceil(len(items) / (4 * workers))))
        partitions = [items[i : i + size] for i in range(0, len(items), size)]
        # A partial, not keywords to `map`: `Client.map` has a `batch_size` of its own.
        task = functools.partial(
            _process_partition,
            process_items=process_items,
            rules=rules,
            tables=tables,
            batch_size=batch_size,
            cache_dir=None if cache_dir is None else str(cache_dir),
        )
        futures = client.map(task, partitions, pure=False)
        sizes = {future.key: len(part) for future, part in zip(futures, partitions, strict=True)}
        for future in as_completed(futures):
            if bar is not None:
                bar.update(sizes[future.key])
        results = client.gather(futures)
    collected = Collected()
    for result in results:
        collected.merge(result)
    return collected, (0, *(part[0].pos for part in partitions[1:]))
