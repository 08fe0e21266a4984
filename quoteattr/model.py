"""The value objects quoteattr returns, with exact character offsets into the input text.

Every object that covers text has ``start``, ``end`` and ``text`` with
``document_text[start:end] == text``.  All classes are frozen and slotted, and
convert to plain dicts (``to_dict``) and back (``from_dict``) with stable field
names; see ``docs/schema.md``.
"""

from __future__ import annotations

import json
from typing import IO, Any, Iterable, Iterator

import attrs

SCHEMA_VERSION = 2

QUOTE_KINDS = ("direct", "mixed", "indirect", "free_indirect", "according_to", "reported", "term")


def _check_span(instance, attribute, value):
    if instance.start < 0 or instance.end < instance.start:
        raise ValueError(f"invalid span {instance.start}:{instance.end}")
    if len(instance.text) != instance.end - instance.start:
        raise ValueError(f"span text has {len(instance.text)} characters for {instance.start}:{instance.end}")


@attrs.frozen
class Span:
    """A stretch of the input text."""

    start: int
    end: int
    text: str = attrs.field(validator=_check_span)

    @classmethod
    def of(cls, text: str, start: int, end: int) -> "Span":
        """The span ``start:end`` of ``text``."""
        return cls(start, end, text[start:end])


@attrs.frozen
class Token:
    """One syntactic word with its character offsets and, once parsed, its analysis.

    ``text`` is the surface token; ``form`` is set when the syntactic word
    differs from it (German "zum" → "zu" + "dem": both words span "zum"), or
    when the tagger reads it in lower case (a headline in title case).
    ``head`` is the index of the head word within the sentence (``-1`` for the
    root); tags are ``None`` for sentences that were not parsed.
    """

    start: int
    end: int
    text: str
    form: str | None = None
    lemma: str | None = None
    upos: str | None = None
    xpos: str | None = None
    feats: str | None = None
    head: int | None = None
    deprel: str | None = None

    @property
    def word(self) -> str:
        """The syntactic word as the text writes it: ``form`` where that is another word ("zum" → "dem"), the
        text where ``form`` only reads it in another case (a headline word in title case)."""
        return self.form if self.form is not None and self.form.lower() != self.text.lower() else self.text

    def feat(self, name: str) -> str | None:
        """Value of one morphological feature (``Mood``, ``Gender``, …), or None."""
        if not self.feats:
            return None
        for item in self.feats.split("|"):
            key, _, value = item.partition("=")
            if key == name:
                return value
        return None


@attrs.frozen
class Sentence:
    """A sentence: its span, paragraph index, words and whether they were parsed."""

    start: int
    end: int
    text: str
    paragraph: int
    tokens: tuple[Token, ...] = ()
    parsed: bool = False

    def surface_tokens(self) -> list[range]:
        """Word indices grouped by written token: the words of a multi-word token ("zum" → "zu", "dem")
        share its offsets and form one group."""
        groups: list[range] = []
        for i, tok in enumerate(self.tokens):
            if groups and (tok.start, tok.end) == (self.tokens[groups[-1].start].start, self.tokens[groups[-1].start].end):
                groups[-1] = range(groups[-1].start, i + 1)
            else:
                groups.append(range(i, i + 1))
        return groups


@attrs.frozen
class Paragraph:
    start: int
    end: int
    text: str


@attrs.frozen
class Anomaly:
    """Something odd in the input that was recovered from (an unmatched quotation mark, …)."""

    kind: str
    start: int
    end: int
    message: str


@attrs.frozen
class QuoteSpan:
    """A stretch of text between matching quotation marks.

    ``start``/``end``/``text`` include the marks, ``content_start``/``content_end``
    exclude them and the spaces just inside them.  ``depth`` is 0 at top level; ``parent`` is the index of the
    enclosing span in the same list.  ``speech_score`` (0–1) says how much the span
    looks like reported speech rather than a quoted term or title.
    """

    start: int
    end: int
    text: str
    content_start: int
    content_end: int
    open_mark: str
    close_mark: str
    depth: int = 0
    parent: int | None = None
    paragraph: int = 0
    speech_score: float = 0.0

    @property
    def content(self) -> str:
        return self.text[self.content_start - self.start:self.content_end - self.start]

    @property
    def is_speech(self) -> bool:
        return self.speech_score >= 0.5


@attrs.frozen
class Mention:
    """A speaker mention: its span, its split into name and role where the text allows, and the canonical
    name of the entity it refers to (``entity``), once resolved within the document."""

    start: int
    end: int
    text: str
    name: str | None = None
    role: str | None = None
    is_pronoun: bool = False
    entity: str | None = None


def _check_parts(instance, attribute, value):
    if not value:
        raise ValueError("a cue has at least one part")


@attrs.frozen
class Cue:
    """The words that introduce a quote, which may be apart ("teilte … mit").

    ``parts`` are their exact spans; ``text`` joins them with single spaces ("teilte mit"); ``start`` and
    ``end`` reach from the first part to the last, so ``text`` equals ``document_text[start:end]`` only
    for a cue of one part.
    """

    start: int
    end: int
    text: str
    parts: tuple[Span, ...] = attrs.field(validator=_check_parts)

    @classmethod
    def of(cls, parts: Iterable[Span]) -> "Cue | None":
        """The cue made of ``parts`` (in text order), or None when there are none."""
        parts = tuple(sorted(parts, key=lambda s: s.start))
        if not parts:
            return None
        return cls(parts[0].start, parts[-1].end, " ".join(p.text for p in parts), parts)


@attrs.frozen
class Entity:
    """A speaker within one document: canonical name (None if never named), roles, mentions."""

    id: int
    name: str | None
    roles: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()


@attrs.frozen
class Quote:
    """One attribution: what was said, by whom, introduced by which cue.

    ``start``/``end``/``text`` cover the quoted or reported content (without
    quotation marks).  ``speaker`` is the mention of who said it, with the entity's canonical name and the
    role resolved in the document; ``entity_name`` and ``role`` repeat them for quotes whose speaker is only
    known through an earlier quote.  ``cue`` may have several parts ("teilte … mit").  ``rule`` names the
    rule that found the speaker; ``confidence`` is 0–1.
    """

    kind: str
    start: int
    end: int
    text: str
    sentence: int
    paragraph: int
    speaker: Mention | None = None
    entity: int | None = None
    entity_name: str | None = None
    role: str | None = None
    cue: Cue | None = None
    confidence: float = 0.0
    rule: str = ""
    marks: tuple[str, str] | None = None
    depth: int = 0
    parent: int | None = None
    addressee: Mention | None = None


@attrs.frozen
class Document:
    """The result for one text: segmentation, quotation spans, attributions and entities."""

    text: str
    lang: str
    paragraphs: tuple[Paragraph, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    quote_spans: tuple[QuoteSpan, ...] = ()
    quotes: tuple[Quote, ...] = ()
    entities: tuple[Entity, ...] = ()
    anomalies: tuple[Anomaly, ...] = ()
    models: str | None = None
    id: str | None = None

    def to_dict(self, *, include_tokens: bool = False) -> dict[str, Any]:
        """A JSON-ready dict; tokens are left out unless ``include_tokens``."""
        data = attrs.asdict(self)
        if not include_tokens:
            for sent in data["sentences"]:
                sent.pop("tokens", None)
        data["schema_version"] = SCHEMA_VERSION
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Document":
        """Rebuild a Document from ``to_dict()`` output."""
        def mention(d):
            return Mention(**d) if d else None

        def cue(d):
            return Cue(**{**d, "parts": tuple(Span(**s) for s in d["parts"])}) if d else None

        return cls(
            text=data["text"],
            lang=data["lang"],
            paragraphs=tuple(Paragraph(**p) for p in data.get("paragraphs", ())),
            sentences=tuple(
                Sentence(**{**s, "tokens": tuple(Token(**t) for t in s.get("tokens", ()))})
                for s in data.get("sentences", ())
            ),
            quote_spans=tuple(QuoteSpan(**q) for q in data.get("quote_spans", ())),
            quotes=tuple(
                Quote(**{
                    **q,
                    "speaker": mention(q.get("speaker")),
                    "addressee": mention(q.get("addressee")),
                    "cue": cue(q.get("cue")),
                    "marks": tuple(q["marks"]) if q.get("marks") else None,
                })
                for q in data.get("quotes", ())
            ),
            entities=tuple(
                Entity(**{**e, "roles": tuple(e["roles"]), "mentions": tuple(Mention(**m) for m in e["mentions"])})
                for e in data.get("entities", ())
            ),
            anomalies=tuple(Anomaly(**a) for a in data.get("anomalies", ())),
            models=data.get("models"),
            id=data.get("id"),
        )

    def to_json(self, **kwargs: Any) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, **kwargs)

    def entity(self, quote: Quote) -> Entity | None:
        """The entity a quote is attributed to, if resolved."""
        return self.entities[quote.entity] if quote.entity is not None else None

    def _repr_html_(self) -> str:
        from quoteattr.render import render_fragment

        return render_fragment(self)

    def to_dataframe(self):
        """One row per quote (needs pandas: ``pip install quoteattr[pandas]``)."""
        from quoteattr.tables import to_dataframe

        return to_dataframe([self])


def write_jsonl(docs: Iterable[Document], fp: IO[str]) -> int:
    """Write one JSON object per document; returns the number written."""
    n = 0
    for doc in docs:
        fp.write(doc.to_json() + "\n")
        n += 1
    return n


def read_jsonl(fp: IO[str]) -> Iterator[Document]:
    """Read documents written by ``write_jsonl``."""
    for line in fp:
        if line.strip():
            yield Document.from_dict(json.loads(line))
