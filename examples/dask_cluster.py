"""Attribute a folder of articles on a Dask cluster (here: a local one) and count quotes per speaker.

    pip install "dask[distributed]"
    python examples/dask_cluster.py ARTICLES_DIR [--lang de]

On a real cluster, pass the scheduler address to ``Client(...)`` instead; each worker loads the models
once (see quoteattr/dask.py).
"""

import argparse
from collections import Counter
from pathlib import Path

import dask.bag as db

from quoteattr.dask import attribute_bag

parser = argparse.ArgumentParser()
parser.add_argument("folder", type=Path)
parser.add_argument("--lang", default=None)
parser.add_argument("--models", default="auto")
args = parser.parse_args()

paths = sorted(args.folder.glob("*.txt"))
texts = db.from_sequence([p.read_text(encoding="utf-8") for p in paths], npartitions=max(1, len(paths) // 20))
records = attribute_bag(texts, lang=args.lang, models=args.models).compute(scheduler="processes")
speakers = Counter(q["entity_name"] or (q["speaker"] or {}).get("text") for r in records for q in r["quotes"]
                   if q["kind"] != "term")
for speaker, n in speakers.most_common(20):
    print(f"{n:5d}  {speaker}")
