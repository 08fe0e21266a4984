"""The seed article: every required attribution of its gold file is found (compact models)."""

from __future__ import annotations

import json

import pytest

from conftest import SHARED

GOLD = json.loads((SHARED / "seeds" / "000_f3d027124de9793a.gold.json").read_text(encoding="utf-8"))
REQUIRED = [a for a in GOLD["attributions"] if a["required"]]
ARTICLES = ("der ", "die ", "das ", "den ", "dem ", "des ", "ein ", "eine ", "einer ", "einem ", "eines ")


def plain(mention: str | None) -> str | None:
    """A mention without a leading article, for comparison."""
    if mention is None:
        return None
    for article in ARTICLES:
        if mention.lower().startswith(article):
            return mention[len(article):]
    return mention


def roles_of(name):
    return [r.lower() for e in GOLD["entities"] if e["name"] == name for r in e["roles"]]


def find(doc, att):
    start, end = att["quote_span"]
    for q in doc.quotes:
        if q.kind == "term":
            continue
        if att["kind"] == "direct" or att["kind"] == "mixed":
            if (q.start, q.end) == (start, end):
                return q
        elif q.start <= start and end <= q.end:
            return q
    return None


@pytest.mark.parametrize("att", REQUIRED, ids=[a["quote"][:30] for a in REQUIRED])
def test_required_attribution(seed_doc, seed_text, att):
    q = find(seed_doc, att)
    assert q is not None, f"not found: {att['quote']}"
    assert seed_text[q.start:q.end] == q.text
    if att["speaker_mention"] is None:
        assert q.speaker is None
    else:
        assert q.speaker is not None, "no speaker mention"
        assert plain(q.speaker.text) == plain(att["speaker_mention"])
        assert seed_text[q.speaker.start:q.speaker.end] == q.speaker.text
    if att["speaker"] is not None:
        assert q.entity_name == att["speaker"]
        assert q.speaker is None or q.speaker.entity == att["speaker"]
    if att["role"] is not None:
        assert q.role is not None and (q.speaker is None or q.speaker.role == q.role)
        assert q.role.lower() == att["role"].lower() or q.role.lower() in roles_of(att["speaker"])
    if att["cue"] is None:
        assert q.cue is None
    else:
        assert q.cue is not None
        assert q.cue.text.lower() == att["cue"].lower()
        assert all(seed_text[p.start:p.end] == p.text for p in q.cue.parts)


def test_seed_kinds_and_nesting(seed_doc):
    kinds = {q.kind for q in seed_doc.quotes}
    assert {"direct", "mixed", "indirect", "according_to", "term"} <= kinds
    mixed = next(q for q in seed_doc.quotes if q.kind == "mixed")
    assert mixed.parent is not None and seed_doc.quotes[mixed.parent].kind == "indirect"


def test_seed_entities(seed_doc):
    names = {e.name for e in seed_doc.entities}
    for entity in GOLD["entities"]:
        assert entity["name"] in names
    trump = next(e for e in seed_doc.entities if e.name == "Donald Trump")
    assert "der US-Präsident" in {m.text for m in trump.mentions}


def test_seed_json_round_trip(seed_doc):
    from quoteattr import Document

    again = Document.from_dict(json.loads(seed_doc.to_json()))
    assert again.quotes == seed_doc.quotes and again.entities == seed_doc.entities
