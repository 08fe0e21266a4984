"""The public entry points: ``Attributor`` and ``attribute``."""

from __future__ import annotations

import functools
import os
from typing import Any, Iterable, Iterator, Sequence

from quoteattr.attribute import build_document
from quoteattr.lang import load_language
from quoteattr.langdetect import detect_language
from quoteattr.model import Document, Sentence
from quoteattr.parse import parse_sentences
from quoteattr.pipeline import load_pipeline
from quoteattr.quotes import detect_quotes
from quoteattr.select import context_sentences, select_sentences
from quoteattr.segment import expand_multiword, from_pretokenized, paragraphs_of, tokenize
from quoteattr.textutil import check_text

class Attributor:
    """Finds who said what.  Load once, call many times.

    ``models`` picks the stanza models (``"auto"``, ``"compact"``, ``"stanza"``; see
    ``load_pipeline``).  With ``lazy`` (the default) only sentences that can hold an
    attribution are tagged and parsed (``quoteattr.select``); ``lazy=False`` parses all.

    >>> attributor = Attributor(lang="de")                # doctest: +SKIP
    >>> doc = attributor("„Wir kommen“, sagte sie.")      # doctest: +SKIP
    >>> doc.quotes[0].speaker.text                         # doctest: +SKIP
    'sie'
    """

    def __init__(self, lang: str | None = None, models: str = "auto", use_gpu: bool = False,
                 model_dir: str | os.PathLike | None = None, lazy: bool = True):
        if lang is not None:
            load_language(lang)
        self.lang = lang
        self.models = models
        self.use_gpu = use_gpu
        self.model_dir = model_dir
        self.lazy = lazy

    def pipeline(self, lang: str):
        """The stanza pipeline used for ``lang``."""
        return load_pipeline(lang, self.models, self.use_gpu, self.model_dir)

    def _lang(self, text: str, lang: str | None) -> str:
        lang = lang or self.lang or detect_language(text)
        load_language(lang)
        return lang

    def __call__(self, text: str, lang: str | None = None, id: str | None = None) -> Document:
        """Attribute the quotes of one text."""
        return self._attribute_batch([(text, lang, id)])[0]

    def _prepare(self, text: str, lang: str | None, doc_id: str | None) -> dict:
        """Quotation spans and segmentation of one text, before parsing."""
        check_text(text)
        lang = self._lang(text, lang)
        quote_spans, anomalies = detect_quotes(text, lang)
        item = {"text": text, "lang": lang, "id": doc_id, "spans": quote_spans, "anomalies": anomalies,
                "paragraphs": paragraphs_of(text), "sentences": ()}
        if text.strip():
            data = load_language(lang)
            item["paragraphs"], item["sentences"] = tokenize(text, self.pipeline(lang), data.abbreviations,
                                                             title_case=not data.capitalised_nouns,
                                                             apostrophe_clitics=data.apostrophe_clitics)
        return item

    def _finish(self, items: list[dict]) -> list[Document]:
        """Parse the chosen sentences of all items together (one stanza batch per language) and attribute.

        Lazily, a second pass parses the sentences before a quote whose speaker is still unresolved
        (a pronoun or a bare role), where the entity it refers to may be named.
        """
        if not self.lazy:
            self._parse(items, [range(len(it["sentences"])) for it in items])
            return [self._build(it) for it in items]
        self._parse(items, [select_sentences(it["sentences"], it["spans"], it["lang"]) for it in items])
        docs = [self._build(it) for it in items]
        context = [context_sentences(doc, it["sentences"]) for doc, it in zip(docs, items)]
        if any(context):
            self._parse(items, context)
            docs = [self._build(it) if wanted else doc for doc, it, wanted in zip(docs, items, context)]
        return docs

    def _parse(self, items: list[dict], picks: list[Iterable[int]]) -> None:
        """Tag and parse the picked sentences of each item in place, one stanza batch per language."""
        for lang in {it["lang"] for it in items if it["sentences"]}:
            flat: list[Sentence] = []
            chosen: list[int] = []
            group = []
            for it, pick in zip(items, picks):
                if it["lang"] == lang and it["sentences"]:
                    group.append(it)
                    chosen.extend(len(flat) + i for i in pick)
                    flat.extend(it["sentences"])
            parsed = parse_sentences(flat, self.pipeline(lang), chosen, load_language(lang).parser_spellings)
            pos = 0
            for it in group:
                n = len(it["sentences"])
                it["sentences"] = tuple(parsed[pos:pos + n])
                pos += n

    def _build(self, it: dict) -> Document:
        models = self.pipeline(it["lang"]).quoteattr_models if it["sentences"] else None
        return build_document(it["text"], it["lang"], it["paragraphs"], it["sentences"], it["spans"],
                              it["anomalies"], models=models, doc_id=it["id"])

    def _attribute_batch(self, batch: Sequence[tuple[str, str | None, str | None]]) -> list[Document]:
        return self._finish([self._prepare(text, lang, doc_id) for text, lang, doc_id in batch])

    def attribute_tokens(self, sentences: Sequence[Sequence[str]], lang: str | None = None,
                         id: str | None = None) -> Document:
        """Attribute a pre-tokenized document (sentences of tokens), keeping its segmentation.

        The text is rebuilt as written (see ``segment.from_pretokenized``), a newline
        between sentences; offsets refer to that text (``doc.text``).
        """
        if isinstance(sentences, str) or not isinstance(sentences, Sequence):
            raise TypeError("attribute_tokens expects a list of sentences, each a list of token strings")
        text, paragraphs, sents = from_pretokenized(sentences)
        lang = self._lang(text, lang)
        sents = expand_multiword(sents, self.pipeline(lang), load_language(lang).apostrophe_clitics)
        quote_spans, anomalies = detect_quotes(text, lang)
        item = {"text": text, "lang": lang, "id": id, "spans": quote_spans, "anomalies": anomalies,
                "paragraphs": paragraphs, "sentences": sents}
        return self._finish([item])[0]

    def pipe(self, texts: Iterable[Any], batch_size: int = 16, n_process: int = 1,
             as_tuples: bool = False) -> Iterator[Any]:
        """Attribute a stream of texts lazily, yielding results in input order.

        Sentences of ``batch_size`` documents are parsed together.  With
        ``n_process > 1`` worker processes (each loading the models once) share
        the batches.  With ``as_tuples`` items are ``(text, context)`` pairs and
        results ``(Document, context)`` pairs.
        """
        if batch_size < 1 or n_process < 1:
            raise ValueError("batch_size and n_process must be at least 1")
        batches = _batched(texts, batch_size, as_tuples)
        if n_process == 1:
            for batch, contexts in batches:
                yield from _with_context(self._attribute_batch(batch), contexts, as_tuples)
            return
        from quoteattr.workers import parallel_batches

        for docs, contexts in parallel_batches(self, batches, n_process):
            yield from _with_context(docs, contexts, as_tuples)


def _batched(texts: Iterable[Any], size: int, as_tuples: bool) -> Iterator[tuple[list, list]]:
    batch, contexts = [], []
    for item in texts:
        text, context = item if as_tuples else (item, None)
        batch.append((text, None, None))
        contexts.append(context)
        if len(batch) == size:
            yield batch, contexts
            batch, contexts = [], []
    if batch:
        yield batch, contexts


def _with_context(docs: list[Document], contexts: list, as_tuples: bool) -> Iterator[Any]:
    for doc, context in zip(docs, contexts):
        yield (doc, context) if as_tuples else doc


def attribute(text: str, lang: str | None = None, models: str = "auto") -> Document:
    """Attribute the quotes of ``text`` with a cached ``Attributor``."""
    return _default_attributor(models)(text, lang)


@functools.cache
def _default_attributor(models: str) -> Attributor:
    return Attributor(models=models)
