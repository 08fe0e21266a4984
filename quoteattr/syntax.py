"""Read-only views of a parsed sentence: children, subtrees, and token ranges as character spans."""

from __future__ import annotations

from typing import Iterable

from quoteattr.model import Sentence, Span, Token

QUOTE_CHARS = frozenset("„“”‚‘’»«›‹\"'")
APOSTROPHES = frozenset("’'")  # closing single quotes and apostrophes look the same
BRACKETS = {")": "(", "]": "["}  # closing bracket → its opener
CLAUSE_BREAKS = frozenset(",“”\"«»")  # what separates an inserted cue clause from the content before it
PUNCT_UPOS = {"PUNCT", "SYM"}


class Tree:
    """Dependency helpers for one parsed sentence (indices are word positions)."""

    def __init__(self, sentence: Sentence):
        self.sentence = sentence
        self.tokens: tuple[Token, ...] = sentence.tokens
        self.children: list[list[int]] = [[] for _ in self.tokens]
        for i, tok in enumerate(self.tokens):
            if tok.head is not None and 0 <= tok.head < len(self.tokens) and tok.head != i:
                self.children[tok.head].append(i)

    def __len__(self) -> int:
        return len(self.tokens)

    def rel(self, i: int) -> str:
        return (self.tokens[i].deprel or "").split(":")[0]

    def full_rel(self, i: int) -> str:
        return self.tokens[i].deprel or ""

    def kids(self, i: int, *rels: str) -> list[int]:
        """Children of ``i``, optionally only those whose relation (or its base) is in ``rels``."""
        if not rels:
            return list(self.children[i])
        return [c for c in self.children[i] if self.rel(c) in rels or self.full_rel(c) in rels]

    def head(self, i: int) -> int | None:
        h = self.tokens[i].head
        return h if h is not None and 0 <= h < len(self.tokens) else None

    def ancestors(self, i: int) -> list[int]:
        """Heads of ``i`` up to the root, nearest first."""
        out: list[int] = []
        h = self.head(i)
        while h is not None and h not in out:
            out.append(h)
            h = self.head(h)
        return out

    def subtree(self, i: int, exclude: Iterable[int] = ()) -> list[int]:
        """Sorted indices of ``i`` and its descendants, not descending into ``exclude``."""
        skip = set(exclude)
        out, todo, seen = [], [i], set()
        while todo:
            n = todo.pop()
            if n in seen:
                continue
            seen.add(n)
            out.append(n)
            todo.extend(c for c in self.children[n] if c not in skip)
        return sorted(out)

    def phrase_root(self, words: Iterable[int], default: int) -> int:
        """The word of ``words`` whose head lies outside them ("Breitbart" in "Breitbart News"), else ``default``."""
        inside = set(words)
        return next((w for w in sorted(inside) if self.head(w) not in inside), default)

    def pron_types(self, i: int) -> frozenset[str]:
        """The ``PronType`` values of word ``i`` ("Dem,Rel" → {"Dem", "Rel"})."""
        return frozenset((self.tokens[i].feat("PronType") or "").split(",")) - {""}

    def is_finite(self, i: int) -> bool:
        """True when word ``i`` is a finite verb form: tagged so, or with a mood where the tagger gave no form."""
        tok = self.tokens[i]
        return tok.feat("VerbForm") == "Fin" or (tok.feat("VerbForm") is None and tok.feat("Mood") is not None)

    def is_punct(self, i: int) -> bool:
        tok = self.tokens[i]
        return tok.upos in PUNCT_UPOS or all(not c.isalnum() for c in tok.text)

    def lower(self, i: int) -> str:
        tok = self.tokens[i]
        return (tok.form or tok.text).lower()

    def lemma(self, i: int) -> str:
        tok = self.tokens[i]
        return tok.lemma or tok.form or tok.text

    def span(self, indices: Iterable[int], text: str) -> Span | None:
        """Character span from the first to the last of ``indices`` (None when empty)."""
        idx = sorted(indices)
        if not idx:
            return None
        return Span.of(text, self.tokens[idx[0]].start, self.tokens[idx[-1]].end)

    def word_bounds(self, i: int) -> tuple[int, int]:
        """First and last non-punctuation word of the subtree of ``i`` (``i`` itself when it has none)."""
        words = [k for k in self.subtree(i) if not self.is_punct(k)] or [i]
        return min(words), max(words)

    def trim(self, indices: Iterable[int]) -> list[int]:
        """``indices`` without punctuation at either edge; a quotation mark or bracket stays when its partner
        is inside ("(SPD)")."""
        idx = sorted(indices)

        def keep(edge: int) -> bool:
            text = self.tokens[edge].text
            if text in BRACKETS:
                return any(self.tokens[k].text == BRACKETS[text] for k in idx if k < edge)
            return text in QUOTE_CHARS and sum(self.tokens[k].text in QUOTE_CHARS for k in idx) >= 2

        while idx and self.is_punct(idx[0]) and not keep(idx[0]):
            idx.pop(0)
        while idx and self.is_punct(idx[-1]) and not keep(idx[-1]):
            idx.pop()
        return idx

    def contiguous_around(self, indices: Iterable[int], anchor: int) -> list[int]:
        """The maximal run of consecutive indices in ``indices`` that contains ``anchor``."""
        present = set(indices)
        if anchor not in present:
            return []
        lo = hi = anchor
        while lo - 1 in present:
            lo -= 1
        while hi + 1 in present:
            hi += 1
        return list(range(lo, hi + 1))

    def _between_words(self, i: int) -> bool:
        """True when word ``i`` is written without spaces between two words ("US-Präsident", "11:09")."""
        toks = self.tokens
        return 0 < i < len(toks) - 1 and toks[i - 1].end == toks[i].start and toks[i].end == toks[i + 1].start

    def is_colon(self, i: int) -> bool:
        """True for a colon that separates words, not one inside a time or score ("11:09", "2:1")."""
        return self.tokens[i].text == ":" and not self._between_words(i)

    def glued(self, i: int) -> bool:
        """True when word ``i`` is a hyphen or slash written without spaces between two words ("US-Präsident")."""
        return self.tokens[i].text in ("-", "/", "‐", "–") and self._between_words(i)

    def closes_quote(self, i: int) -> bool:
        """True when word ``i`` is a quotation mark written against the word before it (a closing mark); an
        apostrophe the tagger calls a word is none ("Sanders’ campaign")."""
        tok = self.tokens[i]
        if tok.text in APOSTROPHES and tok.upos not in PUNCT_UPOS:
            return False
        return tok.text in QUOTE_CHARS and i > 0 and self.tokens[i - 1].end == tok.start and (
            i + 1 == len(self.tokens) or self.tokens[i + 1].start > tok.end or self.is_punct(i + 1))

    def after_closed_quote(self, i: int) -> bool:
        """True when the last quotation mark before word ``i`` closes a quote: ``i`` stands outside it."""
        marks = [k for k in range(i) if self.tokens[k].text in QUOTE_CHARS]
        return bool(marks) and self.closes_quote(marks[-1])

    def participle_clause(self, verb: int) -> bool:
        """True when ``verb`` is a participle that adds a clause to the one before it: ", saying …"."""
        return (self.rel(verb) in ("advcl", "acl") and self.tokens[verb].feat("VerbForm") in ("Ger", "Part")
                and not self.kids(verb, "aux") and not self.kids(verb, "mark"))

    def narrowing_participle(self, head: int, c: int) -> bool:
        """True for a participle phrase ``c`` right after noun ``head`` that narrows it down ("a study based on
        census data", "officials speaking on condition of anonymity"); not a clause set off by a comma."""
        sub = self.subtree(c)
        return self.full_rel(c) == "acl" and c > head and min(sub) == c == head + 1 \
            and self.tokens[c].feat("VerbForm") in ("Part", "Ger") and sorted(sub) == list(range(c, max(sub) + 1))

    def active_participle(self, i: int) -> bool:
        """True for a present participle or gerund ("supporting"), not a passive one ("maintained")."""
        tok = self.tokens[i]
        return tok.feat("VerbForm") == "Ger" or (tok.feat("VerbForm") == "Part" and tok.feat("Tense") == "Pres")

    def break_before(self, verb: int) -> int | None:
        """Index of the comma or closing quote right before ``verb`` (auxiliaries skipped) that ends a clause
        or a quote, or None: "…“, sagte er", "…, verlautete aus dem Kreml" — but not the comma after an
        apposition ("Maria Lopez, the mayor, spoke")."""
        if self.participle_clause(verb):
            return None  # a participle clause continues its sentence: "Clinton tweeted, saying …"
        k = verb - 1
        while k >= 0 and self.tokens[k].upos == "AUX":
            k -= 1
        if k < 0 or self.tokens[k].text not in CLAUSE_BREAKS:
            return None
        if self.tokens[k].text in QUOTE_CHARS:
            # '…,” he said' ends a quote; 'als „junge Demokratie“ bezeichnet' quotes a phrase inside the clause
            return k if k > 0 and self.tokens[k - 1].text in ",.!?;:…" else None
        if k > 0 and self.tokens[k - 1].text in QUOTE_CHARS:
            return k
        verbs = [j for j in range(k) if self.tokens[j].upos in ("VERB", "AUX")]
        # verbs of a relative clause or apposition of the verb's own subject do not end a clause:
        # "Günther Platter, der … inne hat, sagte"
        subject_words = {w for c in self.kids(verb, "nsubj") if c < k for w in self.subtree(c)}
        # nor do those of a participle clause set off between the subject and the verb: "Bernie Sanders,
        # celebrating a victory in Vermont, is pledging"
        inserted = {w for c in self.kids(verb, "advcl", "acl") if c < k and subject_words and c > max(subject_words)
                    and self.tokens[c].feat("VerbForm") in ("Part", "Ger") and self.tokens[c - 1].text == ","
                    for w in self.subtree(c)}
        if subject_words and all(j in subject_words or j in inserted for j in verbs):
            return None
        # a subject that runs up to the comma, with a clause of its own before it, ends with an apposition:
        # "X wies das zurück, die Sprecherin der Fraktion, Sandra Boser, erklärte"
        if any(max(self.subtree(c)) >= k - 1 and self.tokens[min(self.trim(self.subtree(c))) - 1].text in ",;"
               for c in self.kids(verb, "nsubj") if c < k):
            return None
        return k if verbs else None

    def units(self, indices: Iterable[int]) -> list[list[int]]:
        """``indices`` grouped into written words: "US", "-", "Präsident" form one unit."""
        groups: list[list[int]] = []
        for i in sorted(indices):
            if groups and (self.glued(i) or self.glued(groups[-1][-1])) and groups[-1][-1] == i - 1:
                groups[-1].append(i)
            else:
                groups.append([i])
        return groups
