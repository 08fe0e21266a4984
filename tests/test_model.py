"""The data model: offsets invariants and the JSON round trip."""

from __future__ import annotations

import io
import json

import pytest

from quoteattr import Cue, Document, Mention, Quote, Span, read_jsonl, write_jsonl
from quoteattr.model import QuoteSpan


def _doc() -> Document:
    text = "„Wir kommen“, sagte die Ministerin."
    q = Quote(kind="direct", start=1, end=11, text=text[1:11], sentence=0, paragraph=0,
              speaker=Mention(20, 34, text[20:34], role="Ministerin"), entity=0, entity_name=None,
              role="Ministerin", cue=Cue.of([Span.of(text, 14, 19)]), confidence=0.9, rule="subject", marks=("„", "“"))
    spans = (QuoteSpan(0, 12, text[0:12], 1, 11, "„", "“", speech_score=0.7),)
    return Document(text=text, lang="de", quote_spans=spans, quotes=(q,), id="doc-1")


def test_span_checks_its_text():
    assert Span.of("abc", 1, 3).text == "bc"
    with pytest.raises(ValueError):
        Span(0, 3, "ab")


def test_json_round_trip():
    doc = _doc()
    data = json.loads(doc.to_json())
    assert data["schema_version"] == 2
    assert data["quotes"][0]["cue"]["text"] == "sagte"
    assert data["quotes"][0]["cue"]["parts"][0] == {"start": 14, "end": 19, "text": "sagte"}
    again = Document.from_dict(data)
    assert again == doc


def test_cue_of_separate_parts_joins_them_in_text_order():
    text = "Die Firma teilte am Montag mit, sie wachse."
    cue = Cue.of([Span.of(text, 27, 30), Span.of(text, 10, 16)])
    assert (cue.text, cue.start, cue.end) == ("teilte mit", 10, 30)
    assert [text[p.start:p.end] for p in cue.parts] == ["teilte", "mit"]
    assert Cue.of([]) is None
    with pytest.raises(ValueError):
        Cue(0, 0, "", ())


def test_jsonl_helpers_keep_order():
    docs = [_doc(), Document(text="", lang="en", id="empty")]
    buf = io.StringIO()
    assert write_jsonl(docs, buf) == 2
    buf.seek(0)
    assert [d.id for d in read_jsonl(buf)] == ["doc-1", "empty"]


def test_objects_are_frozen():
    doc = _doc()
    with pytest.raises(AttributeError):
        doc.quotes[0].kind = "indirect"
