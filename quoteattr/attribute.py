"""Attribution: link quotation spans and reported content to cues, speakers and entities.

``build_document`` is the pure rule layer (no stanza): given parsed sentences
and quotation spans it produces the ``Quote`` objects.  Rules, in the order
they are tried, each leave their name in ``Quote.rule``:

* a cue in the same sentence (verb with its subject or source oblique,
  according-to phrase, "…, so X") that governs the quote or reported clause;
* a quoted fragment that is the object of a speech verb ("sprach von „…“");
* a speech verb and a short noun phrase right after the closing mark, by word
  order, when the parse links them to nothing ("“…,” Smith tells reporters.");
* a cue sentence ending in a colon before the quote ("Er sagte:"), or, without a speech verb, the
  sentence's main verb and its subject ("Dabei griff sie den Minister an:");
* continuation of the previous speaker for quote-only sentences;
* free indirect speech: Konjunktiv-I sentences after an attribution.
"""

from __future__ import annotations

from typing import Sequence

import attrs

from quoteattr.cues import (NOMINAL_UPOS, VERBAL_UPOS, CueCandidate, before_colon, closing_colon, find_cues, frame_cue,
                            in_relative_clause, is_speech_verb, marked_subordinate, opens_infinitive,
                            predicative_phrase, statement_cue)
from quoteattr.entities import MentionInfo, cluster_mentions
from quoteattr.lang import LanguageData, load_language
from quoteattr.model import Anomaly, Cue, Document, Mention, Paragraph, Quote, QuoteSpan, Sentence, Span
from quoteattr.speakers import (
    cue_spans, impersonal_parts, is_group, make_mention, mention_words, neuter_demonstrative, passive_auxiliary,
    speaker_head, speaker_words, with_apposition, with_parenthesis,
)
from quoteattr.syntax import QUOTE_CHARS, Tree

CONFIDENCE = {
    "subject": 0.9, "inverted_np": 0.75, "leading_np": 0.7, "marked_np": 0.7, "nested_subject": 0.7,
    "name_before_verb": 0.6, "noun_before_verb": 0.55, "subject_of_content": 0.75,
    "source_oblique": 0.85, "statement_owner": 0.85, "according_to": 0.85, "so": 0.85, "speaker_colon": 0.7,
    "fragment_object": 0.8, "impersonal": 0.5, "evidential": 0.5, "none": 0.4, "pattern": 0.7, "colon_cue": 0.7,
    "colon_frame": 0.55, "following_cue": 0.65,
    "continuation": 0.6, "free_indirect": 0.5, "previous_subject": 0.4, "hearsay": 0.3, "unattributed": 0.2,
}


# rules whose speaker phrase is a subject, so a German role in it is already nominative
NOMINATIVE_RULES = frozenset({"subject", "inverted_np", "leading_np", "marked_np", "nested_subject", "name_before_verb",
                              "noun_before_verb", "subject_of_content", "so", "speaker_colon"})
MIN_QUOTE_CUE_WEIGHT = 0.5  # weaker cues ("sehen", "think") never claim a quotation
MIN_ADJACENT_CUE_WEIGHT = 0.3  # … unless they follow its closing mark: "“…,” he continued"


@attrs.define
class _Draft:
    """A quote under construction, before entities are known."""

    kind: str
    start: int
    end: int
    sentence: int
    cue: tuple[Span, ...] = ()
    speaker: Mention | None = None
    speaker_sentence: int | None = None
    speaker_info: MentionInfo | None = None
    method: str = "unattributed"
    weight: float = 1.0
    marks: tuple[str, str] | None = None
    source: int | None = None  # index of the draft whose speaker this one continues
    quote_span: int | None = None
    addressee: Mention | None = None


def _sentence_of(sentences: Sequence[Sentence], pos: int) -> int:
    lo, hi = 0, len(sentences) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if sentences[mid].start <= pos:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _verbless(trees: Sequence[Tree | None], first: int, last: int, start: int, end: int) -> bool:
    """True when the parsed sentences ``first``–``last`` have no verb between ``start`` and ``end``."""
    if any(trees[s] is None for s in range(first, last + 1)):
        return False
    return not any(start <= t.start and t.end <= end and t.upos in VERBAL_UPOS
                   for s in range(first, last + 1) for t in trees[s].tokens)


def _speaker_part(tree: Tree, words: list[int], head: int, verb: int, text: str,
                  data: LanguageData) -> tuple[list[int], int]:
    """``words`` and their head without leading focus particles ("Einzig | Sony gab bekannt", "Auch | dem
    Korrespondenten zufolge"), without a conjunction of another clause before the head and what comes before
    it ("As | House Speaker Paul Ryan has pointed out"), and, across a line break, only the part next to the cue
    ``verb`` (a list number before a headline's name: "10 | Maria Hinojosa Explained"; a headline before it:
    "10 Latinos Who Spoke Out | 10 | Maria Hinojosa Explained")."""
    while len(words) > 1 and words[0] != head and tree.lower(words[0]) in data.focus_particles:
        words = words[1:]
    inside = set(words)
    opener = max((w for w in words if w < head and tree.tokens[w].upos in ("SCONJ", "CCONJ")
                  and tree.head(w) not in inside and tree.lower(w) not in data.correlatives), default=None)
    if opener is not None and any(w > opener for w in words):
        words = [w for w in words if w > opener]
    if not words:
        return words, head
    def line_break(a: int, b: int) -> bool:
        return "\n" in text[tree.tokens[a].end:tree.tokens[b].start]

    parts = [[words[0]]]
    for a, b in zip(words, words[1:]):
        if line_break(a, b):
            parts.append([])
        parts[-1].append(b)
    if len(parts) > 1:
        words = parts[-1] if verb > words[-1] else parts[0] if verb < words[0] else next(p for p in parts if head in p)
    if verb > words[-1] and line_break(words[-1], verb):
        # a line break between the speaker and its verb: the name on the verb's line speaks, if any
        line = [k for k in range(words[-1] + 1, verb) if not line_break(k, verb)]
        if line and all(tree.tokens[k].upos in ("DET", "ADJ", "NOUN", "PROPN") for k in line):
            words = line
    if head not in words:
        inside = set(words)
        head = next((w for w in words if tree.head(w) not in inside and tree.tokens[w].upos in NOMINAL_UPOS), words[-1])
    return words, head


def _without_leading_articles(tree: Tree, words: list[int], data: LanguageData) -> list[int]:
    """``words`` without the articles, prepositions and quantity qualifiers that open them ("At least | half of
    voters")."""
    i = 0
    while i < len(words):
        if i + 1 < len(words) and f"{tree.lower(words[i])} {tree.lower(words[i + 1])}" in data.quantity_qualifiers:
            i += 2
        elif tree.tokens[words[i]].upos in ("DET", "ADP"):
            i += 1
        else:
            break
    return words[i:]


def _mention_info(tree: Tree, words: list[int], head: int, sentence: int, text: str, data: LanguageData,
                  speaker: bool, nominative: bool = False) -> MentionInfo:
    mention = make_mention(tree, words, head, text, data, nominative)
    words = [w for w in words if mention.start <= tree.tokens[w].start and tree.tokens[w].end <= mention.end]
    tok = tree.tokens[head]
    lead = [w for w in words[:2] if tree.tokens[w].upos == "DET"]
    definite = bool(lead) and not any(tree.tokens[w].feat("Definite") == "Ind" or tree.lower(w) in data.indefinite_articles
                                      for w in lead)
    # a role-only mention with a name or possessive inside is someone's role ("Putins Sprecher", "his aide")
    head_unit = next((u for u in tree.units(words) if head in u), [head])  # "US-Präsident" is one word
    possessed = not mention.name and any(
        tree.full_rel(c) in ("nmod:poss", "det:poss") or tree.tokens[c].upos == "PROPN" for c in words if c not in head_unit)
    plain_span = tree.span(_without_leading_articles(tree, words, data), text)
    pron = data.pronouns.get(mention.text.lower()) if mention.is_pronoun else None
    gender = (pron or {}).get("gender") or (data.role_gender(mention.role.split()[-1]) if mention.role else None) \
        or tok.feat("Gender")
    number = (pron or {}).get("number") or tok.feat("Number")
    subject = any(tree.rel(w) == "nsubj" for w in words)
    plain = (plain_span.text if plain_span else mention.text).strip("".join(QUOTE_CHARS) + " ")
    if data.adjective_endings and tok.upos == "NOUN" and tok.feat("Case") in ("Gen", "Dat") and tok.lemma \
            and plain.endswith(tok.text) and tok.lemma[:1] == tok.text[:1]:
        plain = plain[:len(plain) - len(tok.text)] + tok.lemma  # the entity in base form: "des Vereins" → "Verein"
    group = is_group(tree, words, head, data)
    statement = tok.upos == "NOUN" and (tree.lemma(head) in data.speech_nouns or data.is_noun_marker(tree.lemma(head)))
    return MentionInfo(mention, sentence, gender, "Plur" if group else number, definite, possessed, subject, speaker,
                       plain or mention.text, group=group, statement=statement)


def _words_span(tree: Tree, words: Sequence[int], text: str) -> tuple[int, int] | None:
    span = tree.span(words, text)
    return (span.start, span.end) if span else None


def _inside(q: QuoteSpan, pos: int) -> bool:
    return q.start <= pos < q.end


def _reportative_modal(tree: Tree, i: int, data: LanguageData) -> bool:
    """True when word ``i`` is a present-tense hearsay modal ("soll", "sollen")."""
    return tree.lemma(i) in data.reportative_modals and tree.is_finite(i) and tree.tokens[i].feat("Tense") != "Past"


def _hearsay_perfect(tree: Tree, i: int, data: LanguageData) -> bool:
    """True when hearsay modal ``i`` governs a perfect infinitive ("soll … gezeugt haben"), which reports
    what is said to have happened; with a plain infinitive "soll" mostly tells a plan ("soll … gebaut werden")."""
    verb = tree.head(i)
    return verb is not None and any(tree.lemma(k) in data.perfect_auxiliaries and k > verb
                                    for k in tree.kids(verb, "aux", "aux:pass"))


def _planned_passive(tree: Tree, i: int, data: LanguageData) -> bool:
    """True when hearsay modal ``i`` governs a plain passive infinitive, which tells a plan ("Dazu soll eine
    Arbeitsgruppe gebildet werden"), not what is said to be so ("sollen verletzt worden sein")."""
    verb = tree.head(i)
    return verb is not None and tree.tokens[i].feat("Mood") != "Sub" and not _hearsay_perfect(tree, i, data) \
        and any(tree.tokens[k].feat("VerbForm") == "Inf" for k in tree.kids(verb, "aux:pass"))


def _is_reported_mood(tree: Tree, data: LanguageData) -> bool:
    """True when the main clause is in reported mood (Konjunktiv I) or uses a hearsay modal ("soll")."""
    spec = data.reported_mood
    if not spec:
        return False
    forms = data.reported_forms
    for i, tok in enumerate(tree.tokens):
        if _reportative_modal(tree, i, data):
            if not _planned_passive(tree, i, data):
                return True
            continue
        if i > 0 and tok.text in forms:
            return True
        if tok.upos in ("VERB", "AUX") and tok.feat("Person") != "1" and tree.rel(i) in ("root", "conj", "parataxis") \
                and data.is_reported_form(tok.text, tree.lemma(i)):
            return True  # "Feldmann rechne mit …", tagged indicative
        if tok.upos not in ("VERB", "AUX") or tok.feat(spec["feature"]) != spec["value"]:
            continue
        if tok.feat("Tense") == "Past" or (tok.form or tok.text).lower() in spec.get("exclude_forms", ()):
            continue
        if tree.rel(i) in ("root", "conj", "parataxis") or (tree.full_rel(i).startswith("aux") and tree.rel(tree.head(i) or 0) == "root"):
            return True
    return False


def build_document(text: str, lang: str, paragraphs: Sequence[Paragraph], sentences: Sequence[Sentence],
                   quote_spans: Sequence[QuoteSpan], anomalies: Sequence[Anomaly] = (), models: str | None = None,
                   doc_id: str | None = None) -> Document:
    """Attribute the quotes of one segmented, parsed text."""
    data = load_language(lang)
    trees = [Tree(s) if s.parsed else None for s in sentences]
    top_spans = [k for k, q in enumerate(quote_spans) if q.depth == 0]
    drafts: list[_Draft] = []
    used_spans: set[int] = set()
    claimed: list[tuple[int, int]] = []  # character ranges already reported

    def spans_in_sentence(s: int) -> list[int]:
        sent = sentences[s]
        return [k for k in top_spans if quote_spans[k].start < sent.end and quote_spans[k].end > sent.start]

    def add_quote_draft(draft: _Draft, k: int) -> None:
        """Record ``draft`` as the attribution of quotation span ``k``."""
        q = quote_spans[k]
        draft.marks, draft.quote_span = (q.open_mark, q.close_mark), k
        drafts.append(draft)
        used_spans.add(k)
        claimed.append((q.start, q.end))

    def speaker_for(tree: Tree, s: int, cue: CueCandidate,
                    quoted: frozenset[int] = frozenset()) -> tuple[Mention | None, MentionInfo | None, str]:
        head, method = speaker_head(tree, cue, data, quoted)
        if head is None:
            return None, None, method
        while head + 2 < len(tree) and tree.glued(head + 1):
            head += 2  # the last part of a hyphenated compound heads it ("US-Präsident")
        words = speaker_words(tree, cue, head, method, data)
        words = tree.trim(tree.contiguous_around([w for w in words if w not in cue.parts or w == head], head))
        words, head = _speaker_part(tree, words, head, cue.head, text, data)
        if not words:
            return None, None, method
        if method in ("subject", "inverted_np"):
            words = with_apposition(tree, words, cue.head, cue.parts, data)
        words = with_parenthesis(tree, words)
        info = _mention_info(tree, words, head, s, text, data, speaker=True,
                             nominative=method in NOMINATIVE_RULES)
        return info.mention, info, method

    def points_back(tree: Tree, cue: CueCandidate) -> bool:
        """Whether the cue's clause opens with a demonstrative standing for what was said before ("Das
        berichtete die „Financial Times“.", "Das musste X einräumen")."""
        first = next((k for k in range(len(tree)) if not tree.is_punct(k)), None)
        return first is not None and tree.head(first) == cue.head and neuter_demonstrative(tree, first)

    def previous_sentence(s: int, tree: Tree, cue: CueCandidate) -> tuple[int, int] | None:
        """The previous sentence, when the cue's clause points back at it and nothing has reported it yet."""
        if s == 0 or not points_back(tree, cue):
            return None
        prev = sentences[s - 1]
        if prev.paragraph != sentences[s].paragraph or any(
                a < prev.end and prev.start < b for a, b in claimed) or spans_in_sentence(s - 1):
            return None
        body = text[prev.start:prev.end].rstrip().rstrip(".!?;:").rstrip()
        return (prev.start, prev.start + len(body)) if body else None

    # quotes that open their sentence right after a sentence ending in a colon belong to that sentence's cue
    colon_led = {k for k in top_spans if _after_colon_sentence(sentences, quote_spans[k])}

    # quotations that are a noun phrase of their clause name something, however speech-like their words
    # ("„Ärzte ohne Grenzen“ sowie das Rote Kreuz kündigten an")
    named = {k for s, tree in enumerate(trees) if tree is not None for k in spans_in_sentence(s)
             if _quoted_argument(tree, quote_spans[k])}

    # 1. cues in the same sentence
    for s, tree in enumerate(trees):
        if tree is None:
            continue
        in_sentence = spans_in_sentence(s)
        quoted = frozenset(w for w in range(len(tree)) if any(
            quote_spans[k].is_speech and k not in named and _inside(quote_spans[k], tree.tokens[w].start)
            for k in in_sentence))
        cues = sorted(find_cues(tree, s, data), key=lambda c: (c.kind == "verb", -c.weight, c.head))
        # a quoted name that an according-to phrase gives as its source: "laut „tagesschau.de“"
        sources = [tree.span(c.speaker_tokens, text) for c in cues if c.kind == "according_to" and c.speaker_tokens]
        source_quotes = {k for k in in_sentence if any(
            sp and sp.start <= quote_spans[k].content_start and quote_spans[k].content_end <= sp.end for sp in sources)}
        for cue in cues:
            cue_pos = tree.tokens[cue.head].start
            if any(_inside(quote_spans[k], cue_pos) for k in in_sentence):
                continue  # a cue inside quoted speech belongs to the quote
            # a speaker in quoted speech is a parse error; a quoted name ("„Die Zeit“ schrieb") is not
            mention, info, method = speaker_for(tree, s, cue, quoted)
            if mention is not None and any(_inside(quote_spans[k], mention.start) and quote_spans[k].is_speech
                                           and k not in named for k in in_sentence):
                mention, info, method = None, None, "none"
            parts = tuple(p for p in impersonal_parts(tree, cue, data, quoted)
                          if not any(_inside(quote_spans[k], tree.tokens[p].start) for k in in_sentence))
            content = set(cue.content) - set(parts)  # not the expletive of "hieß es, dass …"
            if cue.kind == "according_to":
                content -= _nested_claims(tree, cue, cues)
            first = min(content, default=None)
            owner = tree.head(first) if first is not None and tree.rel(first) == "case" else None
            if mention is not None and owner is not None and mention.start <= tree.tokens[owner].start < mention.end:
                continue  # what follows the cue is its speaker's phrase, nothing said: "Reporting by X; Editing by Y"
            if cue.kind == "verb" and any(c.kind == "according_to" and first in c.parts for c in cues):
                continue  # an according-to phrase says who spoke, not what: "…will be announced, according to X"
            if cue.kind == "verb" and first == max(parts) + 1 and tree.tokens[first].upos == "ADP" \
                    and tree.lower(first) in data.reported_object_cases and len(content) > 1 \
                    and tree.tokens[first + 1].feat("VerbForm") != "Inf":  # (an infinitive's marker: "seeking to")
                parts, content = (*parts, first), content - {first}  # the preposition joins the cue: "asked about"
            addressee = _addressee(tree, cue, text, data)
            content_range = _words_span(tree, tree.trim(content), text)
            linked, fragments, inner_quotes = [], set(), set()
            for k in in_sentence:
                q = quote_spans[k]
                if k in used_spans or (k in colon_led and tree.tokens[cue.head].start > q.end):
                    continue
                if mention is not None and mention.start <= q.start and q.end <= mention.end or k in source_quotes:
                    continue  # a quoted name in the speaker: "Wie „heise online“ berichtet"
                overlaps = content_range and q.start < content_range[1] and q.end > content_range[0]
                if not content and _cue_between(tree, cues, cue, q):
                    continue  # "X wies das zurück, Y erklärte: „…“": the nearer cue introduces the quote
                if in_relative_clause(tree, cue.head) and any(
                        tree.tokens[w].feat("PronType") == "Rel" and q.end <= tree.tokens[w].start
                        for w in range(cue.head)):
                    continue  # "“…,” which Mozloom thinks will …": a relative clause after it introduces no quote
                # a quote that is all the cue reports ("sagte: „Wir kommen.“"), or that the cue clause follows
                # right after its closing mark ("“But why?” reporter Jackie Nespral asked him"), is speech,
                # however short
                whole = content_range and q.start <= content_range[0] and content_range[1] <= q.end \
                    or not content and _cue_clause_follows(tree, q, cue, text)
                # a quoted phrase inside what a named speaker reports is that speaker's own words ("warf ihm
                # „unwahre Aussagen“ vor, …"), not a scare quote
                inner = not q.is_speech and mention is not None and content_range \
                    and content_range[0] <= q.start and q.end <= content_range[1]
                if (q.is_speech or whole) and (overlaps or not content) and cue.weight >= _min_weight(tree, q, cue.head):
                    linked.append(k)
                elif inner and cue.weight >= _min_weight(tree, q, cue.head):
                    linked.append(k)
                    inner_quotes.add(k)
                elif not q.is_speech:
                    frag = _fragment_object(tree, q, cue, data, mention)
                    if frag is not None:
                        linked.append(k)
                        fragments.add(k)
                        parts = tuple(sorted(set(parts) | set(frag)))
            cue_words = cue_spans(tree, parts, text)
            if linked and mention is None:
                # no speaker by syntax: word order after the closing mark may still name one
                found = [(k, _pattern_cue(text, trees, s, quote_spans[k], data)) for k in linked]
                found = [(k, d) for k, d in found if d is not None]
                for k, d in found:
                    add_quote_draft(d, k)
                if found:
                    continue
            if linked:
                outside = [w for w in content if not any(_inside(quote_spans[k], tree.tokens[w].start) for k in linked)
                           and not tree.is_punct(w)]
                if len(outside) >= 2 and content_range:
                    # a mixed quote: the reported clause, with the quoted part nested in it
                    outer = "according_to" if cue.kind == "according_to" else "indirect"
                    drafts.append(_Draft(outer, content_range[0], content_range[1], s, cue_words, mention, s,
                                         info, method, cue.weight))
                    claimed.append(content_range)
                for k in linked:
                    q = quote_spans[k]
                    kind = "mixed" if len(outside) >= 2 else "direct"
                    if cue.kind == "according_to" and not q.is_speech and k not in inner_quotes:
                        kind = "according_to"
                    m = "fragment_object" if k in fragments else method
                    drafts.append(_Draft(kind, q.content_start, q.content_end, s, cue_words, mention, s, info,
                                         m, cue.weight, (q.open_mark, q.close_mark), quote_span=k, addressee=addressee))
                    used_spans.add(k)
                    claimed.append((q.start, q.end))
                continue
            if not content and cue.kind == "verb" and mention is not None:
                back = previous_sentence(s, tree, cue)
                if back is not None:
                    drafts.append(_Draft("indirect", *back, s - 1, cue_words, mention, s, info, method, cue.weight))
                    claimed.append(back)
                    continue
            if not content and cue.kind == "verb" and mention is not None and cue.weight >= data.min_clause_weight \
                    and not points_back(tree, cue) and cue.lemma not in data.topic_object_verbs:
                phrase = _reported_object(tree, cue, data, mention)
                if phrase and closing_colon(tree, cue.head) is not None \
                        and _person_like(tree, tree.phrase_root(phrase, phrase[0]), data):
                    continue  # whom one tells what follows the colon: "sagte der Deutschen Presse-Agentur: „…“"
                prepositional = bool(phrase) and tree.tokens[phrase[0]].upos == "ADP"
                if cue.weight < data.min_reported_weight and not prepositional and not _predicative(tree, cue, data):
                    continue  # a weaker verb reports only what its preposition marks ("sprach von …") or what
                    # it calls something ("stufte das Gesetz als verfassungswidrig ein")
                if prepositional:
                    # the preposition belongs to the cue: "warnte vor …", "called for …"
                    cue_words = cue_spans(tree, tuple(sorted({*parts, phrase[0]})), text)
                    phrase = tree.trim(phrase[1:])
                elif set(phrase) & set(parts):  # an answer the cue took for its adverb: "would say | so"
                    cue_words = cue_spans(tree, tuple(p for p in parts if p not in phrase), text)
                if phrase:
                    start, end = _words_span(tree, phrase, text)
                    drafts.append(_Draft("reported", start, end, s, cue_words, mention, s, info, method, cue.weight))
                    claimed.append((start, end))
                continue
            if len(content) < 2 or (cue.kind == "verb" and cue.weight < data.min_clause_weight
                                    and not _has_complementizer(tree, cue, data)):
                continue
            if cue.kind == "verb" and not mention and method == "none" and cue.weight < 0.9 or content_range is None:
                continue
            start, end = content_range
            if any(a <= start and end <= b for a, b in claimed) or any(
                    quote_spans[k].is_speech and quote_spans[k].start <= start and end <= quote_spans[k].end
                    for k in in_sentence):
                continue  # already reported, or a quotation a too weak cue could not claim
            kind = "according_to" if cue.kind == "according_to" else "indirect"
            for piece in _around_cue_clause(tree, sorted(content), cue, mention):
                drafts.append(_Draft(kind, *_words_span(tree, piece, text), s, cue_words, mention, s, info, method,
                                     cue.weight, addressee=addressee))
            claimed.append((start, end))

    # 2. quotes whose cue is in a neighbouring sentence, or that continue a speaker
    for k in top_spans:
        q = quote_spans[k]
        if k in used_spans or not q.is_speech or k in named:
            continue
        first, last = _sentence_of(sentences, q.start), _sentence_of(sentences, max(q.start, q.end - 1))
        draft = _pattern_cue(text, trees, last, q, data) or \
            _neighbour_cue(text, sentences, trees, first, last, q, data, speaker_for)
        if draft is None:
            previous = _interrupted_quote(drafts, q)
            actor = None
            if previous is None:
                previous = _previous_speaker(drafts, sentences, first, data)
                # a named subject of the unattributed sentence right before a quote that opens its sentence
                # speaks rather than a speaker further back ("Sadiq Khan … verurteilte die Haltung der
                # Regierung. „…“")
                if (previous is None or drafts[previous].sentence < first - 1) and q.start - sentences[first].start <= 2:
                    actor = _actor_before(trees, sentences, first, text, data, named_only=True)
            if actor is not None:
                draft = _Draft("direct", q.content_start, q.content_end, first, (), actor.mention, first - 1, actor,
                               "previous_subject", 1.0)
            elif previous is not None:
                p = drafts[previous]
                draft = _Draft("direct", q.content_start, q.content_end, first, (), None, None, None,
                               "continuation", p.weight, source=previous)
            elif _verbless(trees, first, last, q.content_start, q.content_end):
                continue  # a name or title nobody is said to say is a quoted term: "die „Partei der Volksmacht“"
            else:
                draft = _Draft("direct", q.content_start, q.content_end, first, method="unattributed")
        add_quote_draft(draft, k)

    # 3. free indirect speech: reported mood with no cue of its own
    for s, tree in enumerate(trees):
        if tree is None or not data.reported_mood:
            continue
        sent = sentences[s]
        if any(a <= sent.start and sent.end <= b for a, b in claimed) or any(d.sentence == s for d in drafts):
            continue
        if not _is_reported_mood(tree, data):
            continue
        previous = _previous_speaker(drafts, sentences, s, data, window=2)
        modals = [i for i in range(len(tree)) if _reportative_modal(tree, i, data)]
        if previous is None and modals:
            # a hearsay modal carries on a report from further back ("Das Fairphone soll ab September …")
            previous = _previous_speaker(drafts, sentences, s, data, window=HEARSAY_WINDOW)
        # … and with a perfect infinitive reports speech even when nobody was attributed before ("soll … haben");
        # the subject of an unattributed sentence right before speaks rather than a speaker further back ("Trotz
        # gesunkener Zahlen gibt ROG keine Entwarnung. Die Situation sei …")
        # (not when a hearsay modal tells of a pronoun that can stand for that subject: that is whom the sentence
        # before was about, "Seit März sitzt der Rentner in Haft. Außerdem soll er …"; but "Die Staatsanwaltschaft
        # hat Anklage erhoben. Er soll …")
        actor = _actor_before(trees, sentences, s, text, data, named_only=previous is not None) \
            if previous is None or drafts[previous].sentence < s - 1 else None
        if actor is not None and modals and _pronoun_subject_for(tree, actor, data):
            actor = None
        if actor is not None:
            previous = None
        if previous is None and actor is None and not any(_hearsay_perfect(tree, i, data) for i in modals):
            continue
        words = tree.trim(range(len(tree)))
        span = _words_span(tree, words, text)
        if span is None:
            continue
        if actor is not None:
            drafts.append(_Draft("free_indirect", span[0], span[1], s, (), actor.mention, s - 1, actor,
                                 "previous_subject", 1.0))
        elif previous is None:
            drafts.append(_Draft("free_indirect", span[0], span[1], s, method="hearsay"))
        else:
            drafts.append(_Draft("free_indirect", span[0], span[1], s, (), None, None, None, "free_indirect",
                                 drafts[previous].weight, source=previous))
        claimed.append(span)

    # 4. quoted terms that nobody said
    for k, q in enumerate(quote_spans):
        if k in used_spans or not text[q.content_start:q.content_end].strip():
            continue  # a pair of marks around nothing quotes nothing (wiki bold "''Pau''" split apart)
        s = _sentence_of(sentences, q.start) if sentences else 0
        drafts.append(_Draft("term", q.content_start, q.content_end, s, method="term",
                             marks=(q.open_mark, q.close_mark), quote_span=k))

    return _finish(text, lang, paragraphs, sentences, trees, quote_spans, anomalies, drafts, data, models, doc_id)


def _addressee(tree: Tree, cue: CueCandidate, text: str, data: LanguageData) -> Mention | None:
    """Whom the speaker addresses: the indirect object, or the object of a verb with a content clause."""
    if cue.kind != "verb":
        return None
    candidates = tree.kids(cue.head, "iobj")
    if not candidates and cue.content:
        candidates = [c for c in tree.kids(cue.head, "obj") if c not in cue.content and (
            _person_like(tree, c, data) or cue.lemma in data.addressee_verbs)]
    for c in candidates:
        if tree.tokens[c].upos in ("NOUN", "PROPN", "PRON"):
            words = mention_words(tree, c, data)
            while words and tree.lower(words[-1]) in data.temporal_words:
                words.pop()  # "told The New York Times Tuesday morning": when, not whom
            nouns = [w for w in words if tree.tokens[w].upos in ("NOUN", "PROPN", "PRON")]
            if nouns:
                return make_mention(tree, words, c if c in words else nouns[-1], text, data)
    return None


def _nested_claims(tree: Tree, cue: CueCandidate, cues: list[CueCandidate]) -> set[int]:
    """Words of other according-to claims inside what ``cue`` reports, each with its own cue and source, in a
    clause below the main one ("Laut Polizei habe es eine Kontrolle gegeben, | von dem laut Polizei zu
    Straftaten aufgerufen worden sein soll"): each is a claim of its own, as both corpora mark them."""
    content = set(cue.content)
    root = next((k for k in range(len(tree)) if tree.head(k) is None), None)
    out: set[int] = set()
    for other in cues:
        inner = set(other.content)
        if other is cue or other.kind != "according_to" or other.head <= max(cue.parts) \
                or other.head not in content or not inner or not inner <= content or root in inner:
            continue
        out |= inner | set(other.parts) | set(other.speaker_tokens)
    return out


def _reported_object(tree: Tree, cue: CueCandidate, data: LanguageData, speaker: Mention) -> list[int]:
    """The nominal object of a speech act without a content clause ("forderte X", "warned of X"), never the
    speaker's own words (an inverted subject the parse calls an object)."""
    # the object before any oblique; in the passive, the subject ("Die Vorwürfe wurden von X bestätigt")
    passive = [c for c in tree.kids(cue.head, "nsubj") if tree.full_rel(c) == "nsubj:pass"]
    named = tree.kids(cue.head, "iobj") if cue.lemma in data.naming_verbs else []  # "called | it | a disgrace"
    answer = cue.head + 1
    if answer < len(tree) and tree.lower(answer) in data.answer_words and tree.head(answer) == cue.head and (
            answer + 1 == len(tree) or tree.is_punct(answer + 1) or tree.tokens[answer + 1].upos in ("CCONJ", "SCONJ")):
        return [answer]  # the whole answer: "72 percent said yes", "neither side would say so"; not "say no to X"
    same = [c for c in tree.kids(cue.head, "xcomp") if tree.tokens[c].upos == "ADJ" and tree.kids(c, "det")]
    for child in named + tree.kids(cue.head, "obj") + same + tree.kids(cue.head, "obl") + passive:
        quantity = child in same or (
            tree.rel(child) == "obj" and tree.tokens[child].upos in ("ADJ", "DET") and tree.kids(child, "nmod"))
        if tree.tokens[child].upos not in ("NOUN", "PROPN", "NUM", "PRON") and not quantity \
                or tree.lower(child) in data.temporal_words or tree.lower(child) in data.duration_words:
            continue  # "spoke on Monday" reports nothing; "a few of his revelations" does
        if child in cue.parts or tree.lower(child) in data.reflexive_pronouns:
            continue  # "äußerte sich in einem Interview": the reflexive belongs to the cue
        if speaker.start <= tree.tokens[child].start < speaker.end or (
                cue.lemma in data.addressee_verbs and tree.rel(child) == "obj"):
            continue  # the speaker, or whom one tells ("told the AP")
        cases = [tree.lower(c) for c in tree.kids(child, "case")]
        if cases and not set(cases) & data.reported_object_cases:
            continue
        if set(cases) & data.addressee_cases and _person_like(tree, child, data):
            continue  # whom one speaks to: "spoke to reporters", not "pointed to his record"
        if tree.rel(child) == "obl" and not cases or child in passive and cue.lemma in data.passive_speaker_verbs:
            continue
        words = tree.trim(tree.contiguous_around(tree.subtree(child), child))
        if len(words) == 1 and tree.rel(child) in ("obj", "iobj"):
            # a one-word object and the phrase right after it: "blasted Rubio for his support of …", or what
            # a naming verb calls it: "called him divisive"
            after = [o for o in tree.kids(cue.head, "obl", "obj", "xcomp") if o != child
                     and min(tree.subtree(o)) == words[0] + 1 and (tree.rel(o) == "obl" or cue.lemma in data.naming_verbs)]
            if after:
                words = tree.trim(range(words[0], max(tree.subtree(after[0])) + 1))
        if words and tree.rel(child) == "obj":  # and what the verb calls it: "see golf courses | as wasted space"
            called = predicative_phrase(tree, cue.head, words[-1], data)
            if called is not None:
                words = tree.trim(range(words[0], max(tree.subtree(called)) + 1))
        if words:  # and what it is asked to do: "called on Congress | to act"
            words = _with_infinitive_after(tree, cue.head, words, data)
        if len(words) >= 2 or tree.rel(child) == "obj" and (
                tree.tokens[child].upos == "PROPN" or tree.tokens[child].feat("PronType") in ("Prs", "Dem")):
            return words  # a name, person or thing alone too: "endorsed Cruz", "strongly supported him", "said that"
    return []


def _with_infinitive_after(tree: Tree, verb: int, words: list[int], data: LanguageData) -> list[int]:
    """``words`` and an infinitive clause of ``verb`` right after them with no subject of its own, whose subject
    they name ("called on | Congress | to act"), else ``words``."""
    for c in tree.kids(verb, "advcl", "xcomp"):
        if min(tree.subtree(c)) == words[-1] + 1 and opens_infinitive(tree, c, data) \
                and not tree.kids(c, "nsubj", "nsubj:pass"):
            return tree.trim(range(words[0], max(tree.subtree(c)) + 1))
    return words


def _predicative(tree: Tree, cue: CueCandidate, data: LanguageData) -> bool:
    """True when the cue verb calls its object something: a predicative marker ("als", "as") later in the
    verb's clause, whatever the parse attached ("betrachtet X als Eskalation", "described it as …")."""
    return any(tree.lower(k) in data.predicative_markers and _in_cue_clause(tree, cue, k)
               for k in range(cue.head + 1, len(tree)))


def _in_cue_clause(tree: Tree, cue: CueCandidate, k: int, skip: Sequence[int] = ()) -> bool:
    """True when word ``k`` stands in the cue verb's clause by word order: no clause punctuation and no other
    verb between them (words in ``skip`` and a relative clause between commas aside)."""
    lo, hi = sorted((cue.head, k))
    j = lo + 1
    while j < hi:
        tok = tree.tokens[j]
        if j in skip or j in cue.parts:
            j += 1
        elif tok.text == "," and _opens_relative(tree, j + 1):
            close = next((e for e in range(j + 1, hi) if tree.tokens[e].text == ","), None)
            if close is None:
                return False
            j = close + 1
        elif tok.text in ",;:" or tok.upos == "VERB":
            return False
        else:
            j += 1
    return True


def _opens_relative(tree: Tree, j: int) -> bool:
    """True when a relative clause starts at word ``j`` ("der …", "in dem …")."""
    if j < len(tree) and tree.tokens[j].upos == "ADP":
        j += 1
    return j < len(tree) and "Rel" in tree.pron_types(j)


def _has_complementizer(tree: Tree, cue: CueCandidate, data: LanguageData) -> bool:
    return any(tree.lower(w) in data.complementizers for w in cue.content[:2])


def _quoted_words(tree: Tree, q: QuoteSpan) -> tuple[list[int], list[int]]:
    """The words inside quotation ``q`` and those of them whose head lies outside it."""
    inside = [i for i, t in enumerate(tree.tokens) if q.content_start <= t.start and t.end <= q.content_end]
    return inside, [i for i in inside if tree.head(i) not in inside and not tree.is_punct(i)]


def _quoted_argument(tree: Tree, q: QuoteSpan) -> bool:
    """True when quotation ``q`` holds no verb and the parse makes it one subject or object of a verb outside
    it: a name in quotation marks, not speech."""
    inside, tops = _quoted_words(tree, q)
    if not inside or any(tree.tokens[i].upos in VERBAL_UPOS for i in inside):
        return False
    return len(tops) == 1 and tree.head(tops[0]) is not None \
        and tree.full_rel(tops[0]) in ("nsubj", "nsubj:pass", "obj", "iobj")


def _cue_clause_follows(tree: Tree, q: QuoteSpan, cue: CueCandidate, text: str) -> bool:
    """True when quote ``q`` ends in a comma, question or exclamation mark and the cue's clause follows its
    closing mark with no punctuation between: "“But why?” reporter Jackie Nespral asked him"."""
    if not _ends_with(text, q, (",", "?", "!")):
        return False
    between = [k for k in range(cue.head) if tree.tokens[k].start >= q.end]
    return q.end <= tree.tokens[cue.head].start and len(between) <= FOLLOWING_CUE_OPENING \
        and not any(tree.is_punct(k) for k in between) and all(tree.tokens[k].start >= q.end for k in cue.parts)


def _cue_between(tree: Tree, cues: list[CueCandidate], cue: CueCandidate, q: QuoteSpan) -> bool:
    """True when another speech verb stands between ``cue`` and quote ``q``."""
    pos = tree.tokens[cue.head].start
    lo, hi = (pos, q.start) if pos < q.start else (q.end, pos)
    return any(other.kind == "verb" and other.weight >= MIN_QUOTE_CUE_WEIGHT and other is not cue
               and lo < tree.tokens[other.head].start < hi for other in cues)


def _fragment_object(tree: Tree, q: QuoteSpan, cue: CueCandidate, data: LanguageData,
                     speaker: Mention | None = None) -> tuple[int, ...] | None:
    """Cue words for a quoted fragment that is an argument of the cue verb ("sprach von „…“"), or what the
    verb calls something ("bezeichnete das Unglück als „große Tragödie“": the marker joins the cue); the
    ``speaker`` after the verb stands apart ("nannte Reinhard Jung, Geschäftsführer des X, die Kartoffel „…“")."""
    if cue.kind != "verb" or cue.weight < MIN_QUOTE_CUE_WEIGHT or _name_given_by_nobody(tree, cue.head, data):
        return None
    inside, tops = _quoted_words(tree, q)
    if _quoted_name(tree, inside):
        return None  # "sagte der „Berliner Zeitung“", "teilte das „Space Telescope Science Institute“ mit"
    marker = _predicative_marker(tree, min(inside, default=0), data)
    colon = closing_colon(tree, cue.head)
    if colon is not None and inside and inside[-1] < colon and marker is None:
        return None  # the words follow the colon: "sagte dem „Kicker“: „…“"; not "rechtfertigte X als „…“:"
    governor = tree.head(tops[0]) if len(tops) == 1 else None
    while governor is not None and tree.tokens[governor].upos not in VERBAL_UPOS:
        governor = tree.head(governor)
    if governor is not None and governor != cue.head and is_speech_verb(tree, governor, data):
        return None  # the fragment of another cue verb: "bezeichnete das Unglück als „…“ und erklärte, …"
    if len(tops) == 1 and marker is not None:
        head = tree.head(tops[0])
        if cue.head in (head, tree.head(head) if head is not None else None) or tree.head(marker) == cue.head \
                or _in_cue_clause(tree, cue, marker, skip=inside):
            return (marker,)
    if len(tops) == 1 and tree.head(tops[0]) == cue.head and tree.rel(tops[0]) in ("obj", "obl", "nmod", "xcomp", "ccomp"):
        return tuple(c for c in tree.kids(tops[0], "case") if c not in inside)
    # by word order: the verb, then at most a preposition and an article, then the quote ("sprach von „…“")
    if not inside or inside[0] <= cue.head:
        return None
    between = [k for k in range(cue.head + 1, inside[0]) if not tree.is_punct(k)
               and not (speaker is not None and speaker.start <= tree.tokens[k].start < speaker.end)]
    if len(between) <= 2 and all(tree.tokens[k].upos in ("ADP", "DET", "PRON") for k in between) and \
            any(tree.tokens[k].upos in ("ADP", "PRON") for k in between):
        return tuple(k for k in between if tree.tokens[k].upos == "ADP")
    # what the verb calls its object: "nannte dies einen „Militärputsch“", "nannte X die Kartoffel „…“"
    # — but not a quoted name inside a noun phrase ("berichtet die Online-Ausgabe des „Spiegel“")
    last = tree.tokens[between[-1]] if between else None
    # a naming verb calls its object the quoted phrase: "nannte seinen Platzverweis „überzogen“"
    ends = ("DET", "ADJ", "PRON", "NOUN", "PROPN") if cue.lemma in data.naming_verbs else ("DET", "ADJ", "PRON")
    if last is not None and last.upos in ends and last.feat("Case") != "Gen" \
            and len(between) <= FRAGMENT_OBJECT_MAX and all(
            tree.tokens[k].upos in ("DET", "NOUN", "PROPN", "ADJ", "PRON", "NUM") for k in between):
        return ()
    return None


def _name_given_by_nobody(tree: Tree, verb: int, data: LanguageData) -> bool:
    """True when naming verb ``verb`` tells what something is called rather than what someone calls it: with
    an impersonal subject or itself as object ("nennt man einen „Aktiensplit“", "nennt sich „documenta 12“"), or
    in the passive or as a participle modifying a noun, with no agent ("wird als „Sonnenwind“ bezeichnet", "das
    Profil, auch „BD-Live“ genannt"; not "wurde vom Minister als „verlogen“ bezeichnet")."""
    if tree.lemma(verb) not in data.naming_verbs:
        return False
    subjects = [k for k in tree.kids(verb, "nsubj") if tree.full_rel(k) == "nsubj"]
    if any(tree.lower(k) in data.impersonal_subjects for k in subjects) \
            or any(tree.lower(k) in data.reflexive_pronouns for k in tree.kids(verb, "obj", "expl", "iobj")):
        return True
    agent = any(tree.full_rel(k) == "obl:agent" or any(tree.lower(c) in data.passive_agent_prepositions
                                                       for c in tree.kids(k, "case")) for k in tree.kids(verb, "obl"))
    modifier = tree.rel(verb) == "acl" and tree.tokens[verb].feat("VerbForm") == "Part" and not subjects
    return (passive_auxiliary(tree, verb, data) or modifier) and not agent


def _predicative_marker(tree: Tree, first: int, data: LanguageData) -> int | None:
    """The predicative marker before a quoted phrase starting at word ``first``, over at most two article or
    adjective words ("als „…“", "als einen „beschämenden Deal“")."""
    k, skipped = first - 1, 0
    while k >= 0 and (tree.is_punct(k) or (tree.tokens[k].upos in ("DET", "ADJ") and skipped < 2)):
        skipped += not tree.is_punct(k)
        k -= 1
    return k if k >= 0 and tree.lower(k) in data.predicative_markers else None


def _quoted_name(tree: Tree, words: list[int]) -> bool:
    """True for quoted words that name something: one proper noun, or several words that all start with a
    capital letter, with no verb."""
    words = [w for w in words if not tree.is_punct(w)]
    if not words or any(tree.tokens[w].upos in VERBAL_UPOS for w in words):
        return False
    # words written apart; the parts of a hyphenated compound ("Schatten-CIA") are one
    separate = [w for k, w in enumerate(words) if k == 0 or any(
        tree.tokens[j].start > tree.tokens[j - 1].end for j in range(words[k - 1] + 1, w + 1))]
    if len(separate) == 1:
        return all(tree.tokens[w].upos == "PROPN" for w in words)
    return all(tree.tokens[w].text[:1].isupper() for w in separate)


PATTERN_NP_MAX = 6  # words in a speaker phrase found by word order alone
FRAGMENT_OBJECT_MAX = 8  # noun-phrase words between a cue verb and the quoted fragment it names
INTERRUPTION_MAX = 80  # characters of a cue clause between the two halves of one quote
FOLLOWING_CUE_MAX = 8  # words of a cue sentence after a quote ("Das sagte er.")
FOLLOWING_CUE_BACK_MAX = 20  # the same, opening with a demonstrative that points back at the quote
FOLLOWING_CUE_OPENING = 6  # words before the cue verb of a longer cue sentence after a question in quotes
HEARSAY_WINDOW = 6  # sentences back a hearsay modal may continue a speaker


def _min_weight(tree: Tree, q: QuoteSpan, verb: int) -> float:
    """The weight a cue verb needs to claim quote ``q``: less when at most a short phrase separates it
    from the closing mark ("“…,” he continued", "“…,” continued Smith") or only punctuation from the
    opening mark ("He continued: “…”")."""
    between = [i for i, tok in enumerate(tree.tokens) if q.end <= tok.start and i < verb and not tree.is_punct(i)]
    after = (tree.tokens[verb].start >= q.end and len(between) <= PATTERN_NP_MAX
             and not any(tree.tokens[i].upos == "VERB" for i in between))
    before = tree.tokens[verb].end <= q.start and all(
        tree.is_punct(i) for i, tok in enumerate(tree.tokens) if tree.tokens[verb].end <= tok.start and tok.end <= q.start)
    return MIN_ADJACENT_CUE_WEIGHT if after or before else MIN_QUOTE_CUE_WEIGHT


def _pattern_cue(text: str, trees: list, last: int, q: QuoteSpan, data: LanguageData) -> _Draft | None:
    """A speech verb and a short noun phrase right after the closing mark, in either order
    ("“…,” Smith said.", "“…,” said Smith.", "“…,” Viguerie tells Breitbart News."), found by word order
    and lemma when the parse links them to nothing."""
    tree = trees[last]
    if tree is None:
        return None
    j = next((i for i, tok in enumerate(tree.tokens) if tok.start >= q.end), None)
    while j is not None and j < len(tree) and tree.tokens[j].text == ",":
        j += 1
    if j is None or j >= len(tree):
        return None

    def speech_verb(i: int) -> bool:
        return i < len(tree) and data.speech_verbs.get(tree.lemma(i), 0.0) >= MIN_ADJACENT_CUE_WEIGHT

    def noun_phrase(start: int, apposition: bool = False) -> list[int]:
        words = []
        i = start
        while i < len(tree) and not (tree.is_punct(i) and not tree.glued(i)) and not speech_verb(i):
            words.append(i)
            i += 1
        first = tree.tokens[start] if start < len(tree) else None
        # a relative pronoun opens a clause about the quote ("“…,” which Smith thinks …"), not its speaker
        opener = first is not None and (apposition or first.feat("PronType") != "Rel" and (
            first.text[:1].isupper() or first.upos in ("DET", "PRON") or first.text.lower() in data.pronouns))
        temporal = all(tree.lower(w) in data.temporal_words for w in words)
        longest = 2 * PATTERN_NP_MAX if apposition else PATTERN_NP_MAX
        return words if opener and not temporal and 0 < len(words) <= longest else []

    if speech_verb(j):
        verb, words = j, noun_phrase(j + 1)
        if words:  # "“…”, sagte Andreas Beck, Spieler von Hoffenheim, gegenüber …"
            words = with_apposition(tree, words, verb, (verb,), data)
    else:
        words = noun_phrase(j)
        verb = words[-1] + 1 if words else -1
        if words and verb < len(tree) and tree.tokens[verb].text == ",":
            # an apposition between commas: "“…,” Brent Bozell, founder of the Media Research Center, tells …"
            apposition = noun_phrase(verb + 1, apposition=True) if verb + 1 < len(tree) else []
            after = apposition[-1] + 1 if apposition else -1
            if apposition and after + 1 < len(tree) and tree.tokens[after].text == "," and speech_verb(after + 1):
                words, verb = words + [verb] + apposition, after + 1
        if not speech_verb(verb):
            return _inquit(text, tree, last, q, j, data)
    if not words:
        return None
    # the head ends the first noun phrase: before a preposition or the apposition's comma
    cut = next((w for w in words if tree.tokens[w].upos == "ADP" or tree.tokens[w].text == ","), None)
    head = (cut - 1) if cut is not None and cut > words[0] else words[-1]
    info = _mention_info(tree, words, head, last, text, data, speaker=True, nominative=True)
    return _Draft("direct", q.content_start, q.content_end, last, cue_spans(tree, (verb,), text), info.mention,
                  last, info, "pattern", data.speech_verbs[tree.lemma(verb)])


INQUIT_WEIGHT = 0.5  # a verb the lexicon lacks, known as a cue by where it stands


def _inquit(text: str, tree: Tree, last: int, q: QuoteSpan, j: int, data: LanguageData) -> _Draft | None:
    """Any verb whose clause right after a quote's closing mark and comma holds nothing but a person as its
    subject (and a reflexive pronoun, adverbs) to the sentence's end introduces the quote, as a speech verb would:
    "„…“, freute sich der Trainer.", "„…“, beruhigte der Minister.", "“…,” she beamed." (word order and
    the parse, not the lexicon, make it a cue)."""
    verb = j if tree.tokens[j].upos == "VERB" else next(
        (v for v in (j + 1, j + 2) if v < len(tree) and tree.tokens[v].upos == "VERB"), None)
    if verb is None or not tree.is_finite(verb):
        return None
    stop = next((k for k in range(j, len(tree)) if tree.tokens[k].text in QUOTE_CHARS), len(tree))
    rest = [k for k in range(j, stop) if not tree.is_punct(k)]  # up to the quote's second part, if any
    subjects = [c for c in tree.kids(verb, "nsubj") if tree.full_rel(c) == "nsubj"]
    if not subjects and verb == j:
        subjects = tree.kids(verb, "obj")  # the parse reads an inverted subject as the object: "beamed the coach"
    if len(subjects) != 1 or not _person_like(tree, subjects[0], data) or tree.lower(subjects[0]) in data.impersonal_subjects:
        return None
    subject = set(tree.subtree(subjects[0]))
    allowed = subject | {verb}
    for k in rest:
        if k in allowed or tree.lower(k) in data.reflexive_pronouns or tree.tokens[k].upos in ("ADV", "PART"):
            continue
        return None  # an object or a clause of its own: the verb tells something else ("…, beruhigte er die Bürger")
    if not (verb == j or min(subject) == j and verb == max(subject) + 1):
        return None
    words = tree.trim(sorted(subject))
    info = _mention_info(tree, words, subjects[0], last, text, data, speaker=True, nominative=True)
    parts = tuple(sorted({verb, *(k for k in rest if tree.lower(k) in data.reflexive_pronouns)}))
    return _Draft("direct", q.content_start, q.content_end, last, cue_spans(tree, parts, text), info.mention,
                  last, info, "pattern", INQUIT_WEIGHT)


def _neighbour_cue(text, sentences, trees, first, last, q, data, speaker_for) -> _Draft | None:
    """A cue sentence right before the quote ending in a colon, or right after it ("Er sagte.")."""
    candidates = []
    if _after_colon_sentence(sentences, q) and trees[first - 1] is not None:
        candidates.append((first - 1, "colon_cue", None))
    if q.start - sentences[first].start > 2 and trees[first] is not None \
            and text[sentences[first].start:q.start].rstrip().endswith(":"):
        candidates.append((first, "colon_cue", None))
    after = last + 1
    if after < len(sentences) and trees[after] is not None and sentences[after].paragraph == sentences[last].paragraph:
        size = len(sentences[after].tokens)
        if size <= FOLLOWING_CUE_MAX or (size <= FOLLOWING_CUE_BACK_MAX and neuter_demonstrative(trees[after], 0)):
            # a short cue sentence ("Das sagte er."), or a longer one pointing back ("Das musste X … einräumen.")
            candidates.append((after, "following_cue", None))
        elif _ends_with(text, q, ("?", "!")) and q.end == sentences[last].end:
            # a question or exclamation mark ended the sentence inside the quote; its cue opens the next one
            # ("“… who knows?” Trump told Britain’s ITV television station in an interview.")
            candidates.append((after, "following_cue", FOLLOWING_CUE_OPENING))
    for s, method, within in candidates:
        tree = trees[s]
        # a "so X" phrase may end its own sentence or carry a sentence before the colon: "„…“ so das Fazit
        # der Betreiber.", "…, so Elshorst weiter: „…“"
        cues = [c for c in find_cues(tree, s, data) if ((c.kind in ("verb", "speaker_colon") and len(c.content) < 2)
                or (c.kind == "so" and (len(c.content) < 2 or method == "colon_cue")))
                and (within is None or c.head < within)
                and not (method == "following_cue" and _reports_own_object(tree, c, data))]
        # the cue right before the colon first ("…, sein Sprecher erklärte:"), then main-clause cues
        cues.sort(key=lambda c: (not before_colon(tree, c), marked_subordinate(tree, c.head, data)))
        # then the owner of a statement noun before the colon ("Die Antwort des Ministers war eindeutig:"), then
        # the main verb as a frame
        colon = next((k for k in range(len(tree) - 1, -1, -1) if tree.is_colon(k) and tree.tokens[k].end <= q.start),
                     None) if method == "colon_cue" else None
        statement = statement_cue(tree, s, colon, data) if colon is not None else None
        if statement is not None:
            cues.append(statement)
        frame = frame_cue(tree, s, data) if method == "colon_cue" else None
        if frame is not None and tree.tokens[frame.head].start < q.start and all(c.head != frame.head for c in cues):
            cues.append(frame)
        for cue in cues:
            mention, info, how = speaker_for(tree, s, cue)
            if mention is None or (cue is frame and not _person_like(tree, speaker_head(tree, cue, data)[0], data)):
                continue  # "Seine Zuversicht gründet sich auf …: „…“" names no speaker
            rule = "colon_frame" if cue is frame else method
            return _Draft("direct", q.content_start, q.content_end, first,
                          cue_spans(tree, impersonal_parts(tree, cue, data), text), mention, s, info, rule, cue.weight)
    return None


def _reports_own_object(tree: Tree, cue: CueCandidate, data: LanguageData) -> bool:
    """True when a cue verb after a quote has a noun object of its own, which it reports instead of the quote
    ("„…“ Er erwarte Massenverhaftungen."); not one that tells someone or points back ("Das sagte er.")."""
    return cue.lemma not in data.addressee_verbs and not neuter_demonstrative(tree, 0) \
        and any(tree.tokens[o].upos in ("NOUN", "PROPN") for o in tree.kids(cue.head, "obj"))


def _ends_with(text: str, q: QuoteSpan, marks: tuple[str, ...]) -> bool:
    """True when the content of quote ``q`` ends with one of ``marks`` ("?", "!", ",")."""
    return text[q.content_start:q.content_end].rstrip()[-1:] in marks


def _person_like(tree: Tree, head: int | None, data: LanguageData) -> bool:
    """True for a phrase head that can speak by its word alone: a pronoun, a name or a role noun."""
    return head is not None and (tree.tokens[head].upos in ("PRON", "PROPN") or data.is_role_noun(tree.tokens[head].text))


def _after_colon_sentence(sentences: Sequence[Sentence], q: QuoteSpan) -> bool:
    """True when quote ``q`` opens its sentence and the sentence before it ends in a colon."""
    s = _sentence_of(sentences, q.start)
    return s > 0 and q.start - sentences[s].start <= 2 and sentences[s - 1].text.rstrip().endswith(":") \
        and sentences[s].paragraph - sentences[s - 1].paragraph <= 1


def _interrupted_quote(drafts: list[_Draft], q: QuoteSpan) -> int | None:
    """The draft of the quote's first half when a cue clause interrupts it: "„…“, sagte er, „…“"."""
    for k, d in enumerate(drafts):
        if d.kind == "term" or not d.cue or d.end > q.start:
            continue
        if all(d.end <= part.start and part.end <= q.start for part in d.cue) and q.start - d.end <= INTERRUPTION_MAX:
            return k
    return None


def _pronoun_subject_for(tree: Tree, actor: MentionInfo, data: LanguageData) -> bool:
    """Whether a subject pronoun of ``tree`` agrees with ``actor`` in gender and number, so may stand for it
    (a pronoun of no fixed number, "sie", may be a plural of any gender)."""
    for k in range(len(tree)):
        pron = data.pronouns.get(tree.lower(k)) if tree.rel(k) == "nsubj" else None
        if pron is None:
            continue
        number, gender = pron.get("number"), pron.get("gender")
        if number and actor.number and number != actor.number:
            continue
        if gender and actor.gender and gender != actor.gender and not (number is None and actor.number == "Plur"):
            continue
        return True
    return False


def _actor_before(trees: list, sentences: Sequence[Sentence], s: int, text: str,
                  data: LanguageData, named_only: bool = False) -> MentionInfo | None:
    """The named, role or (unless ``named_only``) definite subject of the sentence right before ``s`` in its
    paragraph: who reports a sentence in reported mood that follows no attributed speech ("Abhisit machte zur
    Bedingung, dass … Andernfalls werde er …")."""
    tree = trees[s - 1] if s > 0 else None
    if tree is None or sentences[s - 1].paragraph != sentences[s].paragraph:
        return None
    root = next((i for i in range(len(tree)) if tree.rel(i) == "root"), None)
    # a verb's subject, or a predicative adjective's: "Staatspräsident Georgi Parwanow ist besorgt. … sei …"
    if root is None or tree.tokens[root].upos not in ("VERB", "AUX") and not (
            tree.tokens[root].upos == "ADJ" and tree.kids(root, "cop")):
        return None
    for head in tree.kids(root, "nsubj"):
        definite = tree.tokens[head].upos == "NOUN" and any(
            tree.tokens[d].feat("Definite") == "Def" for d in tree.kids(head, "det"))
        named = _person_like(tree, head, data) and tree.tokens[head].upos != "PRON" \
            and tree.lower(head) not in data.adverb_markers
        # (a person the parse read as a passive subject without the language's passive auxiliary is in a
        # state: "Der Trainer war enttäuscht")
        stative = tree.full_rel(head) == "nsubj:pass" and named and bool(data.passive_auxiliaries) \
            and not any(tree.lemma(a) in data.passive_auxiliaries for a in tree.kids(root, "aux", "aux:pass"))
        if (tree.full_rel(head) == "nsubj" or stative) and (named or (definite and not named_only)):
            return _mention_info(tree, mention_words(tree, head, data), head, s - 1, text, data, speaker=True,
                                 nominative=True)
    return None


def _previous_speaker(drafts: list[_Draft], sentences: Sequence[Sentence], s: int, data: LanguageData,
                      window: int = 3) -> int | None:
    """The most recent attributed draft within ``window`` sentences before sentence ``s``, same or previous
    paragraph; past one whose speaker is only an adverb standing for an earlier source ("Demnach …")."""
    best = _latest_draft(drafts, sentences, s, window)
    speaker = drafts[best].speaker if best is not None else None
    if speaker is not None and speaker.text.lower() in data.adverb_markers:
        earlier = _latest_draft(drafts, sentences, drafts[best].sentence, window)
        return best if earlier is None else earlier
    return best


def _latest_draft(drafts: list[_Draft], sentences: Sequence[Sentence], s: int, window: int) -> int | None:
    best = None
    for k, d in enumerate(drafts):
        if d.kind == "term" or d.sentence >= s or s - d.sentence > window:
            continue
        if sentences[s].paragraph - sentences[d.sentence].paragraph > 1:
            continue
        if d.speaker is None and d.source is None:
            continue
        if best is None or d.sentence > drafts[best].sentence or (d.sentence == drafts[best].sentence and d.start > drafts[best].start):
            best = k
    return best


def _finish(text, lang, paragraphs, sentences, trees, quote_spans, anomalies, drafts, data, models, doc_id) -> Document:
    # mention pool: speakers, names and subject pronouns of every parsed sentence
    infos: list[MentionInfo] = []
    speaker_index: dict[int, int] = {}
    for k, d in enumerate(drafts):
        if d.speaker_info is not None:
            speaker_index[k] = len(infos)
            infos.append(attrs.evolve(d.speaker_info, reports=(d.start, d.end)))
    taken = {(i.mention.start, i.mention.end) for i in infos}
    for s, tree in enumerate(trees):
        if tree is None:
            continue
        for head in _mention_heads(tree, data):
            words = mention_words(tree, head, data, include_case=False)
            if not words:
                continue
            info = _mention_info(tree, words, head, s, text, data, speaker=False)
            key = (info.mention.start, info.mention.end)
            if not any(a <= key[0] and key[1] <= b for a, b in taken):
                taken.add(key)
                infos.append(info)
    speech = [q for q in quote_spans if q.is_speech]
    infos = [attrs.evolve(i, quoted=True) if any(_inside(q, i.mention.start) for q in speech) else i for i in infos]
    infos = _link_relative_pronouns(infos, trees, text, data)
    assign, entities = cluster_mentions(_link_appositions(infos, text), data)

    # resolve continued speakers and pick the nearest mention of the speaker's entity
    entity_of: list[int | None] = [None] * len(drafts)
    for k, d in enumerate(drafts):
        if k in speaker_index:
            entity_of[k] = assign[speaker_index[k]]
    for k, d in enumerate(drafts):
        if d.source is not None:
            root = d.source
            while drafts[root].source is not None:
                root = drafts[root].source
            entity_of[k] = entity_of[root]
            if entity_of[k] is not None:
                inside = [infos[j].mention for j, a in enumerate(assign)
                          if a == entity_of[k] and d.start <= infos[j].mention.start < d.end]
                d.speaker = inside[0] if inside else None
            else:
                d.speaker = drafts[root].speaker if d.kind != "free_indirect" else None

    quotes = []
    order = sorted(range(len(drafts)), key=lambda k: (drafts[k].start, -drafts[k].end))
    for k in order:
        d = drafts[k]
        ent = entities[entity_of[k]] if entity_of[k] is not None else None
        role = (d.speaker.role if d.speaker and d.speaker.role else None) or (ent.roles[0] if ent and ent.roles else None)
        if d.source is not None and d.speaker is None and ent is None:
            role = drafts[d.source].speaker.role if drafts[d.source].speaker else None
        base = CONFIDENCE.get(d.method, 0.5)
        confidence = base * (0.6 + 0.4 * min(1.0, d.weight))
        if d.speaker is not None and d.speaker.is_pronoun:
            confidence *= 0.9 if ent is not None else 0.6
        if d.kind == "term":
            q = quote_spans[d.quote_span]
            confidence = 1.0 - q.speech_score
        qs = quote_spans[d.quote_span] if d.quote_span is not None else None
        quotes.append(Quote(
            kind=d.kind, start=d.start, end=d.end, text=text[d.start:d.end], sentence=d.sentence,
            paragraph=sentences[d.sentence].paragraph if sentences else 0,
            speaker=attrs.evolve(d.speaker, entity=ent.name if ent else None, role=role) if d.speaker else None,
            entity=entity_of[k], entity_name=ent.name if ent else None, role=role,
            cue=Cue.of(d.cue), confidence=round(confidence, 3), rule=d.method, marks=d.marks,
            depth=qs.depth if qs else 0, addressee=d.addressee,
        ))
    quotes = _nest(quotes)
    return Document(text=text, lang=lang, paragraphs=tuple(paragraphs), sentences=tuple(sentences),
                    quote_spans=tuple(quote_spans), quotes=tuple(quotes), entities=tuple(entities),
                    anomalies=tuple(anomalies), models=models, id=doc_id)


def _around_cue_clause(tree: Tree, content: list[int], cue: CueCandidate,
                       speaker: Mention | None) -> list[list[int]]:
    """``content`` as one piece, or as the two pieces around a cue clause set off by commas inside it ("The
    economy, | the minister said, | will grow"): a quote's text never holds its own cue."""
    content = tree.trim(content)
    if not content:
        return []
    gap = [k for k in range(content[0], content[-1] + 1) if k not in content]
    if not gap or cue.head not in gap or tree.tokens[gap[0]].text != "," or tree.tokens[gap[-1]].text != ",":
        return [content]
    if speaker is not None and any(speaker.start <= tree.tokens[k].start < speaker.end for k in content):
        return [content]  # a parse that put the speaker in the content: one span, as the exports expect
    pieces = [tree.trim(k for k in content if k < gap[0]), tree.trim(k for k in content if k > gap[-1])]
    return [p for p in pieces if p] or [content]


def _link_relative_pronouns(infos: list[MentionInfo], trees: Sequence[Tree | None], text: str,
                            data: LanguageData) -> list[MentionInfo]:
    """``infos`` with each relative pronoun linked to the noun phrase its clause describes ("Zucker, who …
    told", "a cyber security expert who … said"), adding that phrase to the pool when it is not there."""
    out = list(infos)
    for k, info in enumerate(infos):
        tree = trees[info.sentence] if info.mention.is_pronoun else None
        i = next((j for j, t in enumerate(tree.tokens) if t.start == info.mention.start), None) if tree else None
        if i is None or "Rel" not in tree.pron_types(i):
            continue
        clause = tree.head(i)
        noun = tree.head(clause) if clause is not None and tree.full_rel(clause) == "acl:relcl" else None
        if noun is None or tree.tokens[noun].upos not in ("NOUN", "PROPN"):
            continue
        at = tree.tokens[noun].start
        j = next((j for j, o in enumerate(out) if o.sentence == info.sentence and o.mention.start <= at < o.mention.end
                  and j != k), None)
        if j is None:
            words = [w for w in mention_words(tree, noun, data, include_case=False) if w < i]
            if not words:
                continue
            out.append(_mention_info(tree, words, noun, info.sentence, text, data, speaker=False))
            j = len(out) - 1
        out[k] = attrs.evolve(info, apposition_of=j)
    return out


def _link_appositions(infos: list[MentionInfo], text: str) -> list[MentionInfo]:
    """``infos`` with each role-only mention linked to a named one it stands beside, only a comma
    between them: "Maria Lopez, the city's mayor, spoke", "der Sprecher, Dmitri Peskow, sagte"."""
    out = list(infos)
    for k, info in enumerate(infos):
        m = info.mention
        if m.name or m.is_pronoun or not m.role:
            continue
        for j, other in enumerate(infos):
            o = other.mention
            if other.sentence != info.sentence or not o.name:
                continue
            gap = text[o.end:m.start] if o.end <= m.start else text[m.end:o.start] if m.end <= o.start else None
            if gap is not None and gap.strip() == ",":
                out[k] = attrs.evolve(info, apposition_of=j)
                break
    return out


def _mention_heads(tree: Tree, data: LanguageData) -> list[int]:
    """Heads of name runs, subject nouns with roles, and subject pronouns."""
    heads = []
    for i, tok in enumerate(tree.tokens):
        if tree.lower(i) in data.temporal_words:
            continue
        if tok.upos == "PROPN" and tree.full_rel(i) not in ("flat", "flat:name", "compound"):
            head = tree.head(i)
            # "Präsident Trump": the role noun right before the name heads the mention
            if head is not None and head < i and tree.tokens[head].upos == "NOUN" and all(
                    tree.tokens[k].upos == "PROPN" or tree.glued(k) for k in range(head + 1, i)):
                heads.append(head)
            else:
                heads.append(i)
        elif tok.upos == "NOUN" and tree.rel(i) == "nsubj" and data.is_role_noun(tok.text):
            heads.append(i)
        elif tok.upos == "PRON" and tree.rel(i) == "nsubj" and tree.lower(i) in data.pronouns:
            heads.append(i)
    return heads


def _nest(quotes: list[Quote]) -> list[Quote]:
    """Set ``parent`` and ``depth`` from containment among attributed quotes."""
    out: list[Quote] = []
    stack: list[int] = []
    for q in quotes:
        while stack and out[stack[-1]].end <= q.start:
            stack.pop()
        parent = stack[-1] if stack and out[stack[-1]].end >= q.end and out[stack[-1]].kind != "term" else None
        out.append(attrs.evolve(q, parent=parent, depth=(out[parent].depth + 1) if parent is not None else 0))
        if q.kind != "term":
            stack.append(len(out) - 1)
    return out
