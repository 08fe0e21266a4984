"""SpkAtt-2023 task 2 JSON: ``Sentences[].Tokens`` and ``Annotations[]`` of ``"sentence:token"`` ids."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from quoteattr.model import Document, Mention, Quote, Span

FORM_OF_KIND = {
    "direct": "Direct",
    "mixed": "Direct",
    "indirect": "Indirect",
    "free_indirect": "FreeIndirect",
    "according_to": "Reported",
}
ROLES = ("Cue", "Source", "Message", "Addr")


def read(path: str | Path) -> dict[str, Any]:
    """The JSON document, validated to have sentences of string tokens."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not isinstance(data.get("Sentences"), list):
        raise ValueError(f"{path}: not a SpkAtt document (no 'Sentences' list)")
    for sent in data["Sentences"]:
        if not isinstance(sent.get("Tokens"), list) or not all(isinstance(t, str) for t in sent["Tokens"]):
            raise ValueError(f"{path}: sentence {sent.get('SentenceId')} has no token list")
    return data


def token_sentences(data: dict[str, Any]) -> list[list[str]]:
    return [list(s["Tokens"]) for s in data["Sentences"]]


def _token_ids(doc: Document, start: int, end: int, sentence_ids: list[Any]) -> list[str]:
    ids = []
    for s_index, sent in enumerate(doc.sentences):
        if sent.end <= start or sent.start >= end:
            continue
        for t_index, tok in enumerate(sent.tokens):
            if tok.start < end and tok.end > start:
                ids.append(f"{sentence_ids[s_index]}:{t_index}")
    return ids


def _ids(doc: Document, item: Span | Mention | Quote | None, sentence_ids) -> list[str]:
    return _token_ids(doc, item.start, item.end, sentence_ids) if item is not None else []


def annotations(doc: Document, data: dict[str, Any]) -> list[dict[str, Any]]:
    """quoteattr's attributions of ``doc`` (built with ``attribute_tokens`` on ``data``) as SpkAtt annotations."""
    sentence_ids = [s.get("SentenceId", i) for i, s in enumerate(data["Sentences"])]
    out = []
    for index, q in enumerate(doc.quotes):
        if q.kind not in FORM_OF_KIND:
            continue
        message = _token_ids(doc, q.start, q.end, sentence_ids)
        if q.marks and q.kind == "direct":
            message = _token_ids(doc, q.start - 1, q.end + 1, sentence_ids)
        cue: list[str] = []
        for part in q.cue:
            cue.extend(_ids(doc, part, sentence_ids))
        has_nested = any(o.parent == index for o in doc.quotes)
        out.append({
            "Addr": _ids(doc, q.addressee, sentence_ids),
            "Cue": cue,
            "Form": FORM_OF_KIND[q.kind],
            "Frame": [],
            "HasNested": has_nested,
            "IsNested": q.parent is not None,
            "Message": message,
            "STWR": "Speech",
            "Source": _ids(doc, q.speaker, sentence_ids),
        })
    return out


def write(path: str | Path, data: dict[str, Any], predicted: list[dict[str, Any]]) -> None:
    """Write ``data`` with its annotations replaced by ``predicted``."""
    out = {k: v for k, v in data.items() if k != "Annotations"}
    out["Annotations"] = predicted
    Path(path).write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
