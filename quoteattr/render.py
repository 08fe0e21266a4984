"""HTML views: the text with quotes highlighted by kind, cues underlined, speakers labelled."""

from __future__ import annotations

import html

from quoteattr.model import Document

KIND_COLOURS = {
    "direct": "#cfe8ff", "mixed": "#e2d5ff", "indirect": "#d8f5d0", "free_indirect": "#f3f0c4",
    "according_to": "#ffe2c7", "term": "#eeeeee",
}

STYLE = """
.qa-doc{font-family:Georgia,serif;line-height:1.7;max-width:48em}
.qa-doc p{margin:0 0 1em 0;white-space:pre-wrap}
.qa-quote{border-radius:3px;padding:1px 0}
.qa-cue{text-decoration:underline;text-decoration-thickness:2px}
.qa-speaker{font-weight:bold}
.qa-label{font:11px sans-serif;background:#333;color:#fff;border-radius:3px;padding:0 4px;margin-left:3px;vertical-align:super}
.qa-legend span{font:12px sans-serif;padding:2px 6px;margin-right:4px;border-radius:3px}
.qa-table{border-collapse:collapse;font:13px sans-serif;margin-top:1em}
.qa-table td,.qa-table th{border:1px solid #ccc;padding:3px 6px;vertical-align:top;text-align:left}
"""


def _label(q) -> str:
    who = q.entity_name or (q.speaker.text if q.speaker else "?")
    if q.role and q.role != who:
        who = f"{who} ({q.role})"
    return f"{q.kind}: {who}"


def _marked_text(doc: Document) -> str:
    """The document text as HTML with quote, cue and speaker markup (no overlapping elements)."""
    text = doc.text
    events: dict[int, list[tuple[int, str]]] = {}

    def add(pos: int, order: int, markup: str) -> None:
        events.setdefault(pos, []).append((order, markup))

    for n, q in enumerate(doc.quotes):
        if q.kind == "term":
            continue
        colour = KIND_COLOURS.get(q.kind, "#eee")
        add(q.start, 2, f'<span class="qa-quote qa-{q.kind}" style="background:{colour}" title="{html.escape(_label(q))}" data-quote="{n}">')
        add(q.end, -2, f'</span><span class="qa-label">{html.escape(_label(q))}</span>')
        for c in q.cue.parts if q.cue else ():
            if c.end <= q.start or c.start >= q.end:
                add(c.start, 1, '<span class="qa-cue">')
                add(c.end, -1, "</span>")
        if q.speaker and (q.speaker.end <= q.start or q.speaker.start >= q.end):
            add(q.speaker.start, 0, '<span class="qa-speaker">')
            add(q.speaker.end, -3, "</span>")
    # Events at the same offset close inner elements before opening new ones (by their order key).
    out, pos = [], 0
    for p in sorted(events):
        out.append(html.escape(text[pos:p]))
        for _, markup in sorted(events[p]):
            out.append(markup)
        pos = p
    out.append(html.escape(text[pos:]))
    body = "".join(out)
    return "".join(f"<p>{para}</p>" for para in body.split("\n\n"))


def _table(doc: Document) -> str:
    head = "<tr><th>kind</th><th>quote</th><th>speaker</th><th>entity</th><th>role</th><th>cue</th><th>conf.</th></tr>"
    rows = []
    for q in doc.quotes:
        if q.kind == "term":
            continue
        cells = [q.kind, q.text, q.speaker.text if q.speaker else "", q.entity_name or "", q.role or "",
                 q.cue.text if q.cue else "", f"{q.confidence:.2f}"]
        rows.append("<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in cells) + "</tr>")
    return f'<table class="qa-table">{head}{"".join(rows)}</table>'


def render_fragment(doc: Document, table: bool = True) -> str:
    """An HTML fragment (for notebooks): legend, marked-up text and a table of quotes."""
    legend = "".join(f'<span style="background:{c}">{k}</span>' for k, c in KIND_COLOURS.items() if k != "term")
    return (f"<style>{STYLE}</style><div class='qa-doc'><div class='qa-legend'>{legend}</div>"
            f"{_marked_text(doc)}{_table(doc) if table else ''}</div>")


def render_html(doc: Document, title: str | None = None) -> str:
    """A standalone HTML page for ``doc``."""
    title = html.escape(title or doc.id or "quoteattr")
    return (f'<!DOCTYPE html><html lang="{doc.lang}"><head><meta charset="utf-8"><title>{title}</title></head>'
            f"<body><h1 style='font-family:sans-serif'>{title}</h1>{render_fragment(doc)}</body></html>")
