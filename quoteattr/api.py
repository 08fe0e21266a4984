"""The public entry points: ``Attributor`` and ``attribute``."""

from __future__ import annotations

import functools
import os
from typing import Any, Iterable, Iterator, Sequence

import regex

from quoteattr.attribute import build_document
from quoteattr.lang import load_language
from quoteattr.langdetect import detect_language
from quoteattr.model import Document, Sentence
from quoteattr.parse import parse_sentences
from quoteattr.pipeline import load_pipeline
from quoteattr.quotes import detect_quotes
from quoteattr.segment import from_pretokenized, paragraphs_of, tokenize
from quoteattr.textutil import check_text

LAZY_AFTER = 3  # sentences after a cue candidate that may hold free indirect speech


@functools.cache
def _cue_candidate_re(lang: str) -> regex.Pattern:
    """Surface forms that may belong to a cue: lexicon stems, irregular forms, markers, complementizers."""
    data = load_language(lang)
    words = set(data.irregular_forms) | set(data.complementizers)
    lemmas = [lemma.split()[-1].lower() for lemma in list(data.speech_verbs) + list(data.speech_nouns)]
    # separable verbs appear split in text: "teilte … mit" for "mitteilen"
    lemmas += [lemma[len(p):] for lemma in lemmas for p in data.separable_particles if lemma.startswith(p)]
    for stem in lemmas:
        for suffix in data.stem_suffixes:
            if stem.endswith(suffix) and len(stem) - len(suffix) >= 3:
                stem = stem[: -len(suffix)]
                break
        words.add(stem)
    acc = data.according_to
    words.update(w.lower() for w in acc.get("prepositions", ()))
    words.update(p[0] for p in acc.get("phrases", ()))
    words.update(m.lower()[:5] for m in acc.get("noun_markers", ()))
    words.update(acc.get("so_words", ()))
    alternatives = "|".join(sorted((regex.escape(w) for w in words if w), key=len, reverse=True))
    return regex.compile(rf"(?i)(?:^|[^\p{{L}}])(?:\p{{L}}*?)(?:{alternatives})")


def select_sentences(text: str, sentences: Sequence[Sentence], quote_spans, lang: str) -> set[int]:
    """Indices of sentences worth parsing: touching a quote, holding a cue candidate, or following one."""
    pattern = _cue_candidate_re(lang)
    chosen: set[int] = set()
    spans = [(q.start, q.end) for q in quote_spans]
    for i, sent in enumerate(sentences):
        touches_quote = any(a < sent.end and b > sent.start for a, b in spans)
        if touches_quote or pattern.search(sent.text):
            chosen.update(range(max(0, i - 1), min(len(sentences), i + LAZY_AFTER + 1)))
    return chosen


class Attributor:
    """Finds who said what.  Load once, call many times.

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
            item["paragraphs"], item["sentences"] = tokenize(text, self.pipeline(lang))
        return item

    def _finish(self, items: list[dict]) -> list[Document]:
        """Parse the chosen sentences of all items together (one stanza batch per language) and attribute."""
        for lang in {it["lang"] for it in items if it["sentences"]}:
            group = [it for it in items if it["lang"] == lang and it["sentences"]]
            flat: list[Sentence] = []
            chosen: list[int] = []
            for it in group:
                picks = (select_sentences(it["text"], it["sentences"], it["spans"], lang) if self.lazy
                         else range(len(it["sentences"])))
                chosen.extend(len(flat) + i for i in picks)
                flat.extend(it["sentences"])
            parsed = parse_sentences(flat, self.pipeline(lang), chosen)
            pos = 0
            for it in group:
                n = len(it["sentences"])
                it["sentences"] = tuple(parsed[pos:pos + n])
                pos += n
        docs = []
        for it in items:
            models = self.pipeline(it["lang"]).quoteattr_models if it["sentences"] else None
            docs.append(build_document(it["text"], it["lang"], it["paragraphs"], it["sentences"], it["spans"],
                                       it["anomalies"], models=models, doc_id=it["id"]))
        return docs

    def _attribute_batch(self, batch: Sequence[tuple[str, str | None, str | None]]) -> list[Document]:
        return self._finish([self._prepare(text, lang, doc_id) for text, lang, doc_id in batch])

    def attribute_tokens(self, sentences: Sequence[Sequence[str]], lang: str | None = None,
                         id: str | None = None) -> Document:
        """Attribute a pre-tokenized document (sentences of tokens), keeping its segmentation.

        The text is rebuilt with one space between tokens and a newline between
        sentences; offsets refer to that text (``doc.text``).
        """
        if isinstance(sentences, str) or not isinstance(sentences, Sequence):
            raise TypeError("attribute_tokens expects a list of sentences, each a list of token strings")
        text, paragraphs, sents = from_pretokenized(sentences)
        lang = self._lang(text, lang)
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
