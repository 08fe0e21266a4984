"""Flat views of results: one row per quote, for CSV files and pandas."""

from __future__ import annotations

import csv
from typing import IO, Iterable

from quoteattr.model import Document

COLUMNS = ("doc_id", "kind", "quote", "speaker", "entity", "role", "cue", "confidence", "start", "end",
           "speaker_start", "speaker_end", "rule")


def rows(doc: Document, kinds: Iterable[str] | None = None, min_confidence: float = 0.0) -> list[dict]:
    """One dict per quote of ``doc`` with the columns in ``COLUMNS``."""
    wanted = set(kinds) if kinds else None
    out = []
    for q in doc.quotes:
        if (wanted is not None and q.kind not in wanted) or q.confidence < min_confidence:
            continue
        out.append({
            "doc_id": doc.id, "kind": q.kind, "quote": q.text,
            "speaker": q.speaker.text if q.speaker else None, "entity": q.entity_name, "role": q.role,
            "cue": q.cue.text if q.cue else None, "confidence": q.confidence, "start": q.start, "end": q.end,
            "speaker_start": q.speaker.start if q.speaker else None,
            "speaker_end": q.speaker.end if q.speaker else None, "rule": q.rule,
        })
    return out


def write_csv(docs: Iterable[Document], fp: IO[str], **filters) -> int:
    """Write the rows of all ``docs`` as CSV with a header; returns the number of rows."""
    writer = csv.DictWriter(fp, fieldnames=COLUMNS)
    writer.writeheader()
    n = 0
    for doc in docs:
        for row in rows(doc, **filters):
            writer.writerow(row)
            n += 1
    return n


def to_dataframe(docs: Iterable[Document], **filters):
    """A pandas DataFrame with one row per quote (pandas is an optional dependency)."""
    try:
        import pandas as pd
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError("to_dataframe needs pandas: pip install 'quoteattr[pandas]'") from exc
    return pd.DataFrame([r for doc in docs for r in rows(doc, **filters)], columns=list(COLUMNS))
