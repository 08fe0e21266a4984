"""brat standoff attributions as in PolNeAR: ``T`` spans (Source, Cue, Content) tied by ``E`` lines."""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any

from quoteattr.formats import attribution_groups, source_mention, statement_start, with_marks
from quoteattr.lang import load_language
from quoteattr.model import Document, Mention

ROLES = ("Source", "Cue", "Content")
_T_LINE = re.compile(r"^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)")
_E_LINE = re.compile(r"^E\d+\t\S")
# appositions between a source and its cue, each set off by commas: ", chief executive of CloudFlare, "
# a phrase between commas: no sentence punctuation but the full stop of an initial ("U.S.", "Robert F. Kennedy")
_PHRASE = r"(?:[^,.;:!?\"“”„«»()]|(?<=\b[A-Z])\.){1,100}?"
_APPOSITION_GAP = re.compile(r"(?:,\s+%s)+,\s*" % _PHRASE)
_GAP_PHRASE = re.compile(r",\s+(%s)(?=,)" % _PHRASE)
_ADVERBIAL_RELS = ("advmod", "obl", "discourse", "advcl", "mark", "cc")


def read_text(path: str | Path) -> str:
    return Path(path).read_text(encoding="utf-8")


def read_annotations(path: str | Path) -> list[dict[str, list[tuple[int, int]]]]:
    """Attributions of an ``.ann`` file: dicts mapping Source/Cue/Content to lists of (start, end)."""
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    events = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        # a span's text may hold a line break: its continuation lines match neither pattern
        t = _T_LINE.match(line)
        if t:
            pieces = [tuple(int(x) for x in piece.split()) for piece in t.group(3).split(";")]
            spans[t.group(1)] = (t.group(2), pieces)
        elif _E_LINE.match(line):
            events.append(line.split("\t")[1].split())
    out = []
    for args in events:
        attribution: dict[str, list[tuple[int, int]]] = {r: [] for r in ROLES}
        for arg in args:
            role, _, ident = arg.partition(":")
            role = role.rstrip("0123456789")
            if role in attribution and ident in spans:
                attribution[role].extend(spans[ident][1])
        if attribution["Content"]:
            out.append(attribution)
    return out


def annotations(doc: Document) -> list[dict[str, list[tuple[int, int]]]]:
    """quoteattr's attributions of ``doc`` as brat role spans (PolNeAR conventions: direct content
    includes its quotation marks; a quote split by its cue is one attribution; the quoted part of a mixed
    quote, and a quote nested in another one, are no attributions of their own; a source keeps a relative
    clause set off after it; a cue takes a colon right after it; a cue and source inserted in the content
    are cut out of it)."""
    out = []
    for group in attribution_groups(doc, merge_continuations=True):
        q = doc.quotes[group[0]]
        if q.parent is not None or (q.kind == "mixed" and any(
                o.cue == q.cue and o.kind != "mixed" and o.start < q.end and q.start < o.end for o in doc.quotes)):
            continue
        content = []
        for i in group:
            part = doc.quotes[i]
            marked = part.marks and part.kind in ("direct", "mixed")
            content.append(with_marks(doc, part) if marked else (part.start, part.end))
        speaker = source_mention(doc, q)
        cue = _with_colon(doc.text, [(c.start, c.end) for c in q.cue.parts]) if q.cue else []
        source = [_source_span(doc, speaker, content, cue, statement_start(doc, speaker, q.cue)
                               if q.rule == "statement_owner" else None)] if speaker else []
        out.append({
            "Source": source,
            "Cue": cue,
            # an inserted cue and source are no part of the content: "That's bad, according to Rubio, because …"
            "Content": _cut(doc.text, content, cue + source),
        })
    return out


def _with_colon(text: str, cue: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The cue with a colon right after its last word, which PolNeAR counts in ("said:", "put it:")."""
    if not cue:
        return cue
    start, end = cue[-1]
    colon = re.match(r"\s*:", text[end:end + 4])
    return cue[:-1] + [(start, end + colon.end())] if colon and start < end else cue


def _cut(text: str, pieces: list[tuple[int, int]], holes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``pieces`` without the ``holes`` inside them, each fragment stripped of the spaces and commas that
    bordered a hole."""
    out = []
    for start, end in pieces:
        fragments = [(start, end)]
        for a, b in sorted(holes):
            if start < a and b < end:
                fragments = [f for x, y in fragments for f in ((x, min(y, a)), (max(x, b), y)) if f[0] < f[1]]
        for a, b in fragments:
            if a != start:
                while a < b and (text[a].isspace() or text[a] == ","):
                    a += 1
            if b != end:
                while b > a and (text[b - 1].isspace() or text[b - 1] == ","):
                    b -= 1
            if a < b:
                out.append((a, b))
    return out


@functools.cache
def _relative_clause_re(lang: str) -> re.Pattern[str] | None:
    """The pattern ", <relative pronoun> …" up to the next punctuation, for the language's relative pronouns."""
    relative = load_language(lang).relative_pronouns
    if not relative:
        return None
    return re.compile(r",\s+(?:%s)\b[^,.;:!?\"“”„«»]*" % "|".join(map(re.escape, sorted(relative))))


def _source_span(doc: Document, speaker: Mention, content: list[tuple[int, int]],
                 cue: list[tuple[int, int]] = (), statement: int | None = None) -> tuple[int, int]:
    """The source as PolNeAR marks it: the speaker mention without the preposition of an agent ("by
    aides"), with a relative clause set off after it ("Helen Aguirre Ferre, who took over as head of
    Hispanic communications,"), the appositions between it and the cue ("Matthew Prince, chief executive of
    CloudFlare, said"), and the comma that closes an apposition or such a clause; from ``statement`` on when
    the speaker owns the statement that is the subject ("The statement by the two | suggested")."""
    start, end = speaker.start, speaker.end
    first = doc.text[start:end].split(" ", 1)
    if statement is not None and statement < start:
        start = statement
    elif len(first) == 2 and first[0].lower() in load_language(doc.lang).source_prepositions:
        start += len(first[0]) + 1
    clause = _relative_clause_re(doc.lang)
    if clause is not None:
        m = clause.match(doc.text, end)
        if m and doc.text[m.end():m.end() + 1] in (",", ".") and not any(
                a < m.end() and end < b for a, b in content):
            end = m.end()
    if cue and end < cue[0][0] and _APPOSITION_GAP.fullmatch(doc.text, end, cue[0][0]):
        # "Matthew Prince, chief executive of CloudFlare, said"; not an adverbial: "Mr. Trump, however, said"
        for m in _GAP_PHRASE.finditer(doc.text, end, cue[0][0]):
            if _adverbial(doc, m.start(1), m.end(1)):
                break
            end = m.end(1)
    if "," in doc.text[start:end] and doc.text[end:end + 1] == ",":
        end += 1
    return start, end


def _adverbial(doc: Document, start: int, end: int) -> bool:
    """True when the parse makes the words in [start, end) an adverbial of the clause ("however", "only two
    months later", "after previous rallies"), a participle clause ("speaking at a rally in Miami") or a clause
    of its own ("Marine Le Pen, | voiced support for …, | saying"), not an apposition."""
    sentence = next((s for s in doc.sentences if s.start <= start < s.end), None)
    if sentence is None or not sentence.parsed:
        return False
    inside = [i for i, t in enumerate(sentence.tokens) if start <= t.start and t.end <= end]
    first = sentence.tokens[inside[0]] if inside else None
    if first is not None and first.upos == "ADP" \
            and first.text.lower() not in load_language(doc.lang).apposition_prepositions:
        return True  # a prepositional phrase: "Ted Cruz, | by contrast, | wrote"
    heads = [sentence.tokens[i] for i in inside if sentence.tokens[i].head not in inside]
    return bool(heads) and all(t.upos == "ADV" or (t.deprel or "").split(":")[0] in _ADVERBIAL_RELS
                               or t.upos == "VERB" and t.feat("VerbForm") in ("Part", "Ger", "Fin") for t in heads)


def format_ann(text: str, attributions: list[dict[str, Any]]) -> str:
    """brat ``.ann`` text for ``attributions`` over ``text``."""
    lines = []
    t = e = 0
    for att in attributions:
        args = []
        for role in ("Content", "Cue", "Source"):
            pieces = att.get(role) or []
            if not pieces:
                continue
            t += 1
            offsets = ";".join(f"{a} {b}" for a, b in pieces)
            surface = " ".join(text[a:b] for a, b in pieces).replace("\n", " ")
            lines.append(f"T{t}\t{role} {offsets}\t{surface}")
            args.append(f"{role}:T{t}")
        if not args:
            continue
        trigger = (att.get("Cue") or att["Content"])[0]
        t += 1
        lines.append(f"T{t}\tAttribution {trigger[0]} {trigger[1]}\t{text[trigger[0]:trigger[1]]}".replace("\n", " "))
        e += 1
        lines.append(f"E{e}\tAttribution:T{t} " + " ".join(args))
    return "\n".join(lines) + ("\n" if lines else "")


def write(path: str | Path, text: str, attributions: list[dict[str, Any]]) -> None:
    Path(path).write_text(format_ann(text, attributions), encoding="utf-8")
