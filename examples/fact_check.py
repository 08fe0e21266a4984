"""Find every claim attributed to a given person or organisation in a set of articles.

    python examples/fact_check.py "Trump" seeds/*.txt

A claim matches when its resolved entity name, its speaker mention or the speaker's role contains the
query (case-insensitive), so "Trump" also finds quotes whose speaker was written "der US-Präsident" or "er"
when the text resolves them to Donald Trump.
"""

import argparse
import json
from pathlib import Path

from quoteattr import Attributor

parser = argparse.ArgumentParser()
parser.add_argument("who")
parser.add_argument("files", nargs="+", type=Path)
parser.add_argument("--models", default="auto")
args = parser.parse_args()

query = args.who.lower()
attributor = Attributor(models=args.models)
for path in args.files:
    doc = attributor(path.read_text(encoding="utf-8"), id=str(path))
    for q in doc.quotes:
        if q.kind == "term":
            continue
        fields = [q.entity_name, q.speaker.text if q.speaker else None, q.role]
        if any(f and query in f.lower() for f in fields):
            print(json.dumps({
                "document": doc.id, "claim": q.text, "kind": q.kind, "speaker": fields[1],
                "entity": q.entity_name, "role": q.role, "cue": q.cue.text if q.cue else None,
                "confidence": q.confidence, "offsets": [q.start, q.end],
            }, ensure_ascii=False))
