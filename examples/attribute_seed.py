"""Attribute the seed article and print who said what.

    python examples/attribute_seed.py [--models compact]
"""

import argparse
from pathlib import Path

from quoteattr import Attributor

ROOT = Path(__file__).resolve().parent.parent

parser = argparse.ArgumentParser()
parser.add_argument("--models", default="auto", choices=["auto", "compact", "stanza"])
args = parser.parse_args()

text = (ROOT / "seeds" / "000_f3d027124de9793a.txt").read_text(encoding="utf-8")
doc = Attributor(lang="de", models=args.models)(text)
print(f"models: {doc.models}; {len(doc.quotes)} quotes, {len(doc.entities)} entities\n")
for q in doc.quotes:
    if q.kind == "term":
        continue
    who = q.entity_name or (q.speaker.text if q.speaker else "?")
    print(f"[{q.kind}] {q.text[:70]!r}")
    print(f"    speaker: {q.speaker.text if q.speaker else None!r} → {who!r}, role: {q.role!r}, "
          f"cue: {q.cue.text if q.cue else None!r}, confidence {q.confidence:.2f} ({q.rule})")
