"""Readers and writers for annotated corpora: SpkAtt-2023 JSON (German) and brat standoff (PolNeAR)."""

from __future__ import annotations

from quoteattr.model import Document

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
