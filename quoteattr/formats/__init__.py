"""Readers and writers for annotated corpora: SpkAtt-2023 JSON (German) and brat standoff (PolNeAR)."""

from __future__ import annotations

from quoteattr.lang import load_language
from quoteattr.model import Cue, Document, Mention, Quote

EXPORTED_KINDS = ("direct", "mixed", "indirect", "free_indirect", "according_to", "reported")
CONTINUATION_WINDOW = 3  # sentences between a quote and the quote-only sentence that continues it
MIN_STATEMENT_WORDS = 4  # words of a quote that says something, not a quoted name or term


def _continues_free_indirect(before: Quote, q: Quote) -> bool:
    """True when free indirect quote ``q`` is the next sentence of free indirect quote ``before`` in the same
    paragraph with the same speaker (or none): one report over several sentences, as annotators mark it."""
    if before.kind != "free_indirect" or q.sentence != before.sentence + 1 or q.paragraph != before.paragraph:
        return False
    if q.speaker is None and before.speaker is not None:
        return q.entity is not None and q.entity == before.entity  # it continues the speaker named just before
    if q.speaker is None or before.speaker is None:
        return q.speaker is None and before.speaker is None
    return q.entity == before.entity if q.entity is not None else q.speaker.text == before.speaker.text


def _says_something(q: Quote) -> bool:
    """True for a quote of ``MIN_STATEMENT_WORDS`` words at least."""
    return len(q.text.split()) >= MIN_STATEMENT_WORDS


def attribution_groups(doc: Document, merge_continuations: bool = False,
                       keep_apart: frozenset[str] = frozenset()) -> list[list[int]]:
    """Quote indices grouped into corpus attributions, in document order.

    A quote split by its cue ("“A,” he said, “B.”", "A, he said, B") is one
    attribution with two content parts: direct or indirect quotes sharing cue and
    speaker are merged, except two of the kinds in ``keep_apart`` that each say
    something (SpkAtt annotates the two parts of a direct quote apart; a quoted
    name in the cue's frame still joins: "wird von der „Netzeitung“ zitiert").  With
    ``merge_continuations`` (PolNeAR) a quote-only sentence that continues the
    speaker of the attribution just before it joins that attribution too
    ("“A,” he said. “B.”", "He said A. “B.”").
    """
    groups: list[list[int]] = []
    by_key: dict[tuple, int] = {}
    for i, q in enumerate(doc.quotes):
        if q.kind not in EXPORTED_KINDS:
            continue
        key = (q.kind, tuple((c.start, c.end) for c in q.cue.parts) if q.cue else (), (q.speaker.start, q.speaker.end) if q.speaker else None)
        if q.kind in ("direct", "indirect") and q.cue and key in by_key and not (
                q.kind in keep_apart and _says_something(q) and _says_something(doc.quotes[groups[by_key[key]][0]])):
            groups[by_key[key]].append(i)
            continue
        if groups and q.kind == "free_indirect" and _continues_free_indirect(doc.quotes[groups[-1][-1]], q):
            groups[-1].append(i)
            continue
        if merge_continuations and groups and q.rule == "unattributed" and q.kind == "direct":
            # quotes nobody is named for, one after another in a paragraph, are one unnamed speaker's
            before = doc.quotes[groups[-1][-1]]
            if before.rule == "unattributed" and before.kind == "direct" and before.paragraph == q.paragraph:
                groups[-1].append(i)
                continue
        if merge_continuations and groups and q.rule == "continuation":
            before = doc.quotes[groups[-1][-1]]
            # the same entity, or a speaker left unresolved on both ("“A,” he said. “B.”" with "he" unresolved)
            same = before.entity == q.entity if q.entity is not None else (
                (q.speaker is None or q.speaker == before.speaker) and before.speaker is not None
                and before.entity is None)
            if before.kind in ("direct", "mixed", "indirect") and same \
                    and q.sentence - before.sentence <= CONTINUATION_WINDOW and q.paragraph - before.paragraph <= 1:
                groups[-1].append(i)
                continue
        by_key[key] = len(groups)
        groups.append([i])
    return groups


def source_mention(doc: Document, q: Quote) -> Mention | None:
    """The mention to export as a quote's source: its own speaker mention, or, for a quote that continues
    a speaker (free indirect speech, quote-only sentences), the speaker mention of the latest earlier quote
    of that speaker, else the latest earlier mention of it, preferring names and roles to pronouns."""
    inside = q.speaker is not None and q.start <= q.speaker.start < q.end
    # a cue inside the content too marks the quote's own speaker ("Der Abschuss soll laut X erfolgen")
    own = q.cue is not None and all(q.start <= part.start < q.end for part in q.cue.parts)
    if q.speaker is not None and (not inside or own):
        return q.speaker
    if q.entity is None:
        return q.speaker
    before = [o.speaker for o in doc.quotes if o.entity == q.entity and o.end <= q.start and o.speaker is not None
              and not o.start <= o.speaker.start < o.end]
    if before:
        return max(before, key=lambda m: m.start)
    earlier = [m for m in doc.entities[q.entity].mentions if m.end <= q.start]
    named = [m for m in earlier if not m.is_pronoun]
    return (named or earlier or [q.speaker])[-1]


def with_marks(doc: Document, q: Quote) -> tuple[int, int]:
    """(start, end) of a quote's content together with its quotation marks (both corpora include them)."""
    for span in doc.quote_spans:
        if span.content_start == q.start and span.content_end == q.end:
            return span.start, span.end
    return q.start, q.end


def statement_start(doc: Document, speaker: Mention, cue: Cue | None = None) -> int:
    """Where the source of ``speaker`` starts: with the statement it owns when a speech noun comes right before
    it ("in | der Pressemitteilung | des WWF | heißt es"), as SpkAtt annotates it, unless the noun is part of
    the cue ("so das Fazit | der Betreiber"); else where the mention starts. PolNeAR marks a statement that is
    the subject so too ("The statement by the two | suggested")."""
    data = load_language(doc.lang)
    for sent in doc.sentences:
        first = next((k for k, t in enumerate(sent.tokens) if t.start >= speaker.start), None)
        if not sent.start <= speaker.start < sent.end or first is None or first == 0:
            continue
        noun = sent.tokens[first - 1]
        if noun.upos != "NOUN" or (noun.lemma or noun.text) not in data.speech_nouns \
                or (cue is not None and any(p.start <= noun.start < p.end for p in cue.parts)):
            return speaker.start
        k = first - 1
        while k > 0 and sent.tokens[k - 1].upos in ("DET", "ADJ"):
            k -= 1
        return sent.tokens[k].start
    return speaker.start
