"""Readers and writers for annotated corpora: SpkAtt-2023 JSON (German) and brat standoff (PolNeAR)."""

from __future__ import annotations

from quoteattr.model import Document, Mention, Quote

EXPORTED_KINDS = ("direct", "mixed", "indirect", "free_indirect", "according_to", "reported")


def attribution_groups(doc: Document) -> list[list[int]]:
    """Quote indices grouped into corpus attributions, in document order.

    A quote split by its cue ("“A,” he said, “B.”") is one attribution with two
    content parts: direct quotes sharing cue and speaker are merged.
    """
    groups: list[list[int]] = []
    by_key: dict[tuple, int] = {}
    for i, q in enumerate(doc.quotes):
        if q.kind not in EXPORTED_KINDS:
            continue
        key = (q.kind, tuple((c.start, c.end) for c in q.cue), (q.speaker.start, q.speaker.end) if q.speaker else None)
        if q.kind == "direct" and q.cue and key in by_key:
            groups[by_key[key]].append(i)
            continue
        by_key[key] = len(groups)
        groups.append([i])
    return groups


def source_mention(doc: Document, q: Quote) -> Mention | None:
    """The mention to export as a quote's source: its own speaker mention, or, for a quote that continues
    a speaker (free indirect speech, quote-only sentences), the latest earlier mention of that speaker."""
    if q.speaker is not None:
        return q.speaker
    if q.entity is None:
        return None
    earlier = [m for m in doc.entities[q.entity].mentions if m.end <= q.start]
    return earlier[-1] if earlier else None
