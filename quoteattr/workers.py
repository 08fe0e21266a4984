"""Worker processes for ``Attributor.pipe(n_process>1)``: each loads the models once."""

from __future__ import annotations

import multiprocessing as mp
from collections import deque
from typing import Iterable, Iterator

_worker = None


def _init(settings: dict) -> None:
    global _worker
    from quoteattr.api import Attributor

    _worker = Attributor(**settings)


def _run(batch):
    return _worker._attribute_batch(batch)


def parallel_batches(attributor, batches: Iterable[tuple[list, list]], n_process: int) -> Iterator[tuple[list, list]]:
    """(documents, contexts) per batch, in input order, computed by ``n_process`` workers.

    At most ``2 * n_process`` batches are in flight, so memory stays flat over
    an unbounded stream.
    """
    settings = {"lang": attributor.lang, "models": attributor.models, "use_gpu": attributor.use_gpu,
                "model_dir": attributor.model_dir, "lazy": attributor.lazy}
    ctx = mp.get_context("spawn")
    with ctx.Pool(n_process, initializer=_init, initargs=(settings,)) as pool:
        pending: deque = deque()
        for batch, contexts in batches:
            pending.append((pool.apply_async(_run, (batch,)), contexts))
            if len(pending) >= 2 * n_process:
                result, ctxs = pending.popleft()
                yield result.get(), ctxs
        while pending:
            result, ctxs = pending.popleft()
            yield result.get(), ctxs
