"""Tagging, lemmatising and dependency parsing of selected sentences with stanza."""

from __future__ import annotations

from typing import Iterable, Sequence

import attrs

from quoteattr.model import Sentence

PARSE_PROCESSORS = ("pos", "lemma", "depparse")


def _as_stanza_document(sentences: Sequence[Sentence], spellings: dict[int, str] | None = None):
    from stanza.models.common.doc import Document as StanzaDocument

    data = []
    for sent in sentences:
        rows = []
        for group in sent.surface_tokens():
            if len(group) > 1:
                rows.append({"id": (group.start + 1, group.stop), "text": sent.tokens[group.start].text})
            rows += [{"id": k + 1, "text": (sent.tokens[k].form or sent.tokens[k].text).translate(spellings or {})}
                     for k in group]
        data.append(rows)
    return StanzaDocument(data)


def parse_sentences(sentences: Sequence[Sentence], pipeline, batch: Iterable[int] | None = None,
                    spellings: dict[str, str] | None = None) -> list[Sentence]:
    """Return ``sentences`` with those at the indices in ``batch`` (all when None) tagged and parsed.

    ``spellings`` maps characters to the ones the models learnt instead (a curly apostrophe to a straight one,
    where the treebanks write those); the tokens keep their own text."""
    result = list(sentences)
    indices = sorted(set(range(len(sentences)) if batch is None else batch))
    indices = [i for i in indices if not sentences[i].parsed and sentences[i].tokens]
    if not indices:
        return result
    doc = _as_stanza_document([sentences[i] for i in indices], str.maketrans(spellings or {}))
    for proc in PARSE_PROCESSORS:
        doc = pipeline.processors[proc].process(doc)
    for i, stanza_sent in zip(indices, doc.sentences):
        words = stanza_sent.words
        tokens = tuple(
            attrs.evolve(tok, lemma=w.lemma, upos=w.upos, xpos=w.xpos, feats=w.feats,
                         head=(w.head - 1 if w.head else -1), deprel=w.deprel)
            for tok, w in zip(sentences[i].tokens, words)
        )
        result[i] = attrs.evolve(sentences[i], tokens=tokens, parsed=True)
    return result
