"""Run a folder of articles (*.txt) into one CSV of who said what.

    python examples/folder_to_csv.py ARTICLES_DIR out.csv [--lang de] [--min-confidence 0.5]

Documents are attributed in batches with ``Attributor.pipe``; a file that fails is reported and skipped.
"""

import argparse
import sys
from pathlib import Path

import attrs

from quoteattr import Attributor
from quoteattr.tables import write_csv

parser = argparse.ArgumentParser()
parser.add_argument("folder", type=Path)
parser.add_argument("out", type=Path)
parser.add_argument("--lang", default=None)
parser.add_argument("--models", default="auto")
parser.add_argument("--min-confidence", type=float, default=0.5)
args = parser.parse_args()

paths = sorted(args.folder.glob("*.txt"))
attributor = Attributor(lang=args.lang, models=args.models)


def documents():
    for path in paths:
        try:
            yield path.read_text(encoding="utf-8"), path.name
        except (OSError, UnicodeDecodeError) as exc:
            print(f"skipped {path}: {exc}", file=sys.stderr)


def with_ids():
    for doc, name in attributor.pipe(documents(), batch_size=8, as_tuples=True):
        yield attrs.evolve(doc, id=name)


with open(args.out, "w", encoding="utf-8", newline="") as fp:
    rows = write_csv(with_ids(), fp, kinds=["direct", "mixed", "indirect", "free_indirect", "according_to", "reported"],
                     min_confidence=args.min_confidence)
print(f"{rows} quotes from {len(paths)} articles written to {args.out}")
