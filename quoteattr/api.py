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
    for lemma in list(data.speech_verbs) + list(data.speech_nouns):
        stem = lemma.split()[-1].lower()
        for suffix in ("en", "n", "e"):
            if lang == "de" and stem.endswith(suffix) and len(stem) - len(suffix) >= 3:
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
        check_text(text)
        lang = self._lang(text, lang)
        quote_spans, anomalies = detect_quotes(text, lang)
        if not text.strip():
            return Document(text=text, lang=lang, paragraphs=paragraphs_of(text), id=id)
        pipeline = self.pipeline(lang)
        paragraphs, sentences = tokenize(text, pipeline)
        chosen = select_sentences(text, sentences, quote_spans, lang) if self.lazy else None
        sentences = parse_sentences(sentences, pipeline, chosen)
        return build_document(text, lang, paragraphs, sentences, quote_spans, anomalies,
                              models=pipeline.quoteattr_models, doc_id=id)

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
        if not sents:
            return Document(text=text, lang=lang, paragraphs=paragraphs, id=id)
        pipeline = self.pipeline(lang)
        chosen = select_sentences(text, sents, quote_spans, lang) if self.lazy else None
        parsed = parse_sentences(sents, pipeline, chosen)
        return build_document(text, lang, paragraphs, parsed, quote_spans, anomalies,
                              models=pipeline.quoteattr_models, doc_id=id)

    def pipe(self, texts: Iterable[Any], as_tuples: bool = False) -> Iterator[Any]:
        """Attribute texts one by one, lazily, in input order.

        With ``as_tuples`` the items are ``(text, context)`` pairs and the
        results ``(Document, context)`` pairs, so callers can carry ids along.
        """
        for item in texts:
            if as_tuples:
                text, context = item
                yield self(text), context
            else:
                yield self(item)


def attribute(text: str, lang: str | None = None, models: str = "auto") -> Document:
    """Attribute the quotes of ``text`` with a cached ``Attributor``."""
    return _default_attributor(models)(text, lang)


@functools.cache
def _default_attributor(models: str) -> Attributor:
    return Attributor(models=models)
