"""Scale-out on a Dask cluster: attribute a bag of texts partition by partition.

    import dask.bag as db
    from quoteattr.dask import attribute_bag

    texts = db.read_text("articles/*.txt", files_per_partition=50)   # or db.from_sequence([...])
    records = attribute_bag(texts, lang="de", models="compact")      # a bag of Document dicts
    records.map(lambda d: len(d["quotes"])).sum().compute()

Each worker process builds its ``Attributor`` (and loads the models) once and
reuses it for every partition it runs; results keep the order of the bag.
"""

from __future__ import annotations

import threading
from typing import Any, Iterable

from quoteattr.api import Attributor

_attributors: dict[tuple, Attributor] = {}
_lock = threading.Lock()


def worker_attributor(lang: str | None = None, models: str = "auto", use_gpu: bool = False) -> Attributor:
    """The attributor of this worker process for these settings, created on first use."""
    key = (lang, models, use_gpu)
    with _lock:
        if key not in _attributors:
            _attributors[key] = Attributor(lang=lang, models=models, use_gpu=use_gpu)
        return _attributors[key]


def attribute_partition(texts: Iterable[str], lang: str | None = None, models: str = "auto",
                        use_gpu: bool = False, batch_size: int = 16) -> list[dict[str, Any]]:
    """Attribute one partition of texts; returns JSON-ready document dicts in input order."""
    attributor = worker_attributor(lang, models, use_gpu)
    return [doc.to_dict() for doc in attributor.pipe(list(texts), batch_size=batch_size)]


def attribute_bag(bag, lang: str | None = None, models: str = "auto", use_gpu: bool = False, batch_size: int = 16):
    """A Dask bag of document dicts for a bag of texts."""
    return bag.map_partitions(attribute_partition, lang=lang, models=models, use_gpu=use_gpu, batch_size=batch_size)
