"""SpkAtt-2023 task 2 JSON: ``Sentences[].Tokens`` and ``Annotations[]`` of ``"sentence:token"`` ids."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from quoteattr.formats import attribution_groups, source_mention, statement_start, with_marks
from quoteattr.lang import load_language
from quoteattr.model import Cue, Document, Mention, Quote

FORM_OF_KIND = {
    "direct": "Direct",
    "mixed": "Direct",
    "indirect": "Indirect",
    "according_to": "Indirect",
    "reported": "Reported",
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


def _token_ids(doc: Document, start: int, end: int, sentence_ids: list[Any], skip_adp: bool = False) -> list[str]:
    """SpkAtt ids of the surface tokens overlapping ``start:end``; the words of a multi-word token ("zum" →
    "zu", "dem") share its id.  With ``skip_adp`` a leading preposition is left out ("von X" → "X")."""
    ids = []
    for s_index, sent in enumerate(doc.sentences):
        if sent.end <= start or sent.start >= end:
            continue
        for t_index, group in enumerate(sent.surface_tokens()):
            tok = sent.tokens[group.start]
            if tok.start < end and tok.end > start:
                if skip_adp and not ids and tok.upos == "ADP":
                    continue
                ids.append(f"{sentence_ids[s_index]}:{t_index}")
    return ids


def _form(q: Quote) -> str:
    if q.kind == "free_indirect":
        return "IndirectFreeIndirect" if q.entity is not None or q.speaker is not None else "FreeIndirect"
    return FORM_OF_KIND[q.kind]


def _shares_sentence(doc: Document, q: Quote) -> bool:
    """True when a direct quote with another cue lies in ``q``'s sentence ("X wies das zurück, Y erklärte:
    „…“"), so that ``q`` cannot take the whole sentence as its message."""
    return any(o.sentence == q.sentence and o.kind == "direct" and o.cue != q.cue for o in doc.quotes)


def annotations(doc: Document, data: dict[str, Any]) -> list[dict[str, Any]]:
    """quoteattr's attributions of ``doc`` (built with ``attribute_tokens`` on ``data``) as SpkAtt annotations.

    SpkAtt conventions applied here: direct messages include their quotation
    marks, and the parts of a direct quote split by its cue are two annotations
    sharing the cue (an indirect one split so is one); free indirect and
    reported messages are whole sentences (unless a direct quote shares the
    sentence), and reported
    speech has no cue (its verb is part of the message), nor has a speaker's colon; sources
    leave out a governing preposition; in "nach Angaben X" the cue is the
    preposition and the reporting noun belongs to the source; a cue and source inserted
    in the message ("soll laut X erfolgen") are no part of it.
    """
    sentence_ids = [s.get("SentenceId", i) for i, s in enumerate(data["Sentences"])]
    out = []
    for group in attribution_groups(doc, keep_apart=frozenset({"direct"})):
        q = doc.quotes[group[0]]
        message: list[str] = []
        for i in group:
            part = doc.quotes[i]
            if part.kind in ("free_indirect", "reported") and not _shares_sentence(doc, part):
                sent = doc.sentences[part.sentence]
                message += _token_ids(doc, sent.start, sent.end, sentence_ids)
            elif part.marks and part.kind in ("direct", "mixed"):
                message += _token_ids(doc, *with_marks(doc, part), sentence_ids)
            else:
                message += _token_ids(doc, part.start, part.end, sentence_ids)
        cue = [t for part in (q.cue.parts if q.cue and q.kind != "reported" else ())
               if any(c.isalnum() for c in part.text) for t in _token_ids(doc, part.start, part.end, sentence_ids)]
        speaker = source_mention(doc, q)
        source = _token_ids(doc, statement_start(doc, speaker, q.cue), speaker.end, sentence_ids, skip_adp=True) \
            if speaker else []
        if (q.kind == "according_to" or q.rule == "according_to") and len(cue) > 1 and q.speaker:
            first = q.cue.parts[0]
            noun_start = next((t.start for s in doc.sentences for t in s.tokens if t.start > first.start), first.end)
            source = _token_ids(doc, noun_start, q.speaker.end, sentence_ids)
            cue = cue[:1]
        # an inserted cue and its source are no part of the message: "soll laut X erfolgen"
        own = set() if q.kind in ("free_indirect", "reported") else {*cue, *source}
        out.append({
            "Addr": _token_ids(doc, q.addressee.start, q.addressee.end, sentence_ids) if q.addressee else [],
            "Cue": cue,
            "Form": _form(q),
            "Frame": [],
            "HasNested": any(o.parent in group for o in doc.quotes),
            "IsNested": q.parent is not None,
            "Message": [t for t in dict.fromkeys(message) if t not in own],
            "STWR": "Speech",
            "Source": source,
        })
    return out


def write(path: str | Path, data: dict[str, Any], predicted: list[dict[str, Any]]) -> None:
    """Write ``data`` with its annotations replaced by ``predicted``."""
    out = {k: v for k, v in data.items() if k != "Annotations"}
    out["Annotations"] = predicted
    Path(path).write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
