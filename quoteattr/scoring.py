"""Scoring attributions against gold annotations; the metric is documented in docs/evaluation.md.

Each attribution is reduced to sets of units per role (SpkAtt: token ids;
brat: offsets of non-whitespace characters).  Within a document, predictions
and gold are paired one-to-one, greedily by largest content overlap.  For
each role, precision = overlapping units of pairs / all predicted units,
recall = overlapping units of pairs / all gold units.  Attribution accuracy
is the share of gold attributions with a source whose paired prediction's
source overlaps it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable, Sequence

import attrs

from quoteattr.syntax import QUOTE_CHARS as QUOTE_MARKS

ROLES = ("content", "source", "cue")


@attrs.frozen
class Item:
    """One attribution as unit sets, with its form (gold only) and whether it is in quotation marks."""

    content: frozenset
    source: frozenset = frozenset()
    cue: frozenset = frozenset()
    form: str | None = None
    quoted: bool = False


def pair(gold: Sequence[Item], pred: Sequence[Item]) -> list[tuple[int, int]]:
    """One-to-one (gold, pred) index pairs, largest content overlap first."""
    candidates = sorted(
        ((len(g.content & p.content), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(pred)
         if g.content & p.content),
        key=lambda c: (-c[0], c[1], c[2]),
    )
    used_g, used_p, pairs = set(), set(), []
    for _, gi, pi in candidates:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return pairs


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    if n_pred == 0 and n_gold == 0:
        return {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def score(gold_docs: Sequence[Sequence[Item]], pred_docs: Sequence[Sequence[Item]],
          select=lambda item: True) -> dict:
    """Scores over documents; ``select`` restricts the gold items (and the predictions paired with them
    or, unpaired, whose ``form`` it accepts)."""
    if len(gold_docs) != len(pred_docs):
        raise ValueError("gold and predictions must list the same documents")
    tp = dict.fromkeys(ROLES, 0)
    n_gold = dict.fromkeys(ROLES, 0)
    n_pred = dict.fromkeys(ROLES, 0)
    with_source = found = n_g = n_p = 0
    for gold, pred in zip(gold_docs, pred_docs):
        pairs = pair(gold, pred)
        paired_pred = {pi: gi for gi, pi in pairs}
        gold_sel = [gi for gi, g in enumerate(gold) if select(g)]
        pred_sel = [pi for pi, p in enumerate(pred)
                    if (pi in paired_pred and select(gold[paired_pred[pi]])) or (pi not in paired_pred and select(p))]
        n_g += len(gold_sel)
        n_p += len(pred_sel)
        for role in ROLES:
            n_gold[role] += sum(len(getattr(gold[gi], role)) for gi in gold_sel)
            n_pred[role] += sum(len(getattr(pred[pi], role)) for pi in pred_sel)
        match = {gi: pi for gi, pi in pairs}
        for gi in gold_sel:
            g = gold[gi]
            if g.source:
                with_source += 1
            if gi not in match:
                continue
            p = pred[match[gi]]
            for role in ROLES:
                tp[role] += len(getattr(g, role) & getattr(p, role))
            if g.source and g.source & p.source:
                found += 1
    result = {role: _prf(tp[role], n_pred[role], n_gold[role]) for role in ROLES}
    result["attribution_accuracy"] = round(found / with_source, 4) if with_source else 1.0
    result["n_gold"] = n_g
    result["n_pred"] = n_p
    return result


def report(gold_docs: Sequence[Sequence[Item]], pred_docs: Sequence[Sequence[Item]]) -> dict:
    """Overall scores, by form (when gold has forms), and for quotes with and without quotation marks."""
    out = {"overall": score(gold_docs, pred_docs)}
    forms = sorted({g.form for doc in gold_docs for g in doc if g.form})
    if forms:
        out["by_form"] = {f: score(gold_docs, pred_docs, lambda it, f=f: it.form == f) for f in forms}
    out["quoted"] = score(gold_docs, pred_docs, lambda it: it.quoted)
    out["unquoted"] = score(gold_docs, pred_docs, lambda it: not it.quoted)
    return out


# -- SpkAtt ---------------------------------------------------------------------------------------

def spkatt_items(data: dict, top_level_only: bool = True) -> list[Item]:
    """Items of a SpkAtt document (token ids as units)."""
    tokens = {f"{s.get('SentenceId', i)}:{t}": tok for i, s in enumerate(data["Sentences"]) for t, tok in enumerate(s["Tokens"])}
    order = list(tokens)
    items = []
    for ann in data.get("Annotations", []):
        if top_level_only and ann.get("IsNested"):
            continue
        message = [m for m in ann.get("Message", []) if m in tokens]
        quoted = False
        if message:
            first, last = order.index(message[0]), order.index(message[-1])
            edges = [order[k] for k in (first - 1, first, last, last + 1) if 0 <= k < len(order)]
            quoted = sum(1 for e in edges if tokens[e] in QUOTE_MARKS) >= 2
        items.append(Item(frozenset(ann.get("Message", [])), frozenset(ann.get("Source", [])),
                          frozenset(ann.get("Cue", [])), ann.get("Form"), quoted))
    return items


# -- brat -----------------------------------------------------------------------------------------

def _chars(text: str, pieces: Iterable[tuple[int, int]]) -> frozenset:
    return frozenset(i for a, b in pieces for i in range(a, min(b, len(text))) if not text[i].isspace())


def brat_items(attributions: list[dict], text: str) -> list[Item]:
    """Items of brat attributions (non-whitespace character offsets as units)."""
    items = []
    for att in attributions:
        content = att["Content"]
        a = min(p[0] for p in content)
        b = max(p[1] for p in content)
        opens = text[max(0, a - 2):a + 1]
        closes = text[max(a, b - 2):b + 2]
        quoted = any(c in QUOTE_MARKS for c in opens) and any(c in QUOTE_MARKS for c in closes)
        items.append(Item(_chars(text, content), _chars(text, att.get("Source", [])), _chars(text, att.get("Cue", [])), None, quoted))
    return items


def score_dirs(fmt: str, gold_dir: str | Path, pred_dir: str | Path, names: Sequence[str] | None = None) -> dict:
    """Score every document of ``gold_dir`` (or those in ``names``) against ``pred_dir``.

    SpkAtt: ``NAME.json`` in both.  brat: ``gold_dir`` holds ``text/NAME.txt`` and
    ``attributions/NAME.ann`` (PolNeAR layout) or both side by side; predictions are ``NAME.ann``.
    A missing prediction counts as empty.
    """
    from quoteattr.formats import brat

    gold_dir, pred_dir = Path(gold_dir), Path(pred_dir)
    gold_docs, pred_docs = [], []
    if fmt == "spkatt":
        paths = sorted(gold_dir.glob("*.json"))
        for path in paths:
            if names is not None and path.stem not in names:
                continue
            gold = json.loads(path.read_text(encoding="utf-8"))
            gold_docs.append(spkatt_items(gold))
            pred_path = pred_dir / path.name
            pred = json.loads(pred_path.read_text(encoding="utf-8")) if pred_path.exists() else {"Sentences": gold["Sentences"], "Annotations": []}
            pred_docs.append(spkatt_items({"Sentences": gold["Sentences"], "Annotations": pred.get("Annotations", [])}))
    elif fmt == "brat":
        text_dir = gold_dir / "text" if (gold_dir / "text").is_dir() else gold_dir
        ann_dir = gold_dir / "attributions" if (gold_dir / "attributions").is_dir() else gold_dir
        for path in sorted(text_dir.glob("*.txt")):
            if names is not None and path.stem not in names:
                continue
            text = path.read_text(encoding="utf-8")
            gold_ann = ann_dir / f"{path.stem}.ann"
            gold_docs.append(brat_items(brat.read_annotations(gold_ann) if gold_ann.exists() else [], text))
            pred_ann = pred_dir / f"{path.stem}.ann"
            pred_docs.append(brat_items(brat.read_annotations(pred_ann) if pred_ann.exists() else [], text))
    else:
        raise ValueError(f"unknown format {fmt!r}; use spkatt or brat")
    result = report(gold_docs, pred_docs)
    result["documents"] = len(gold_docs)
    return result
