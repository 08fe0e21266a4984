"""Quotation-span detection: pair quotation marks in raw text, with no parser.

Marks come from the language data.  A mark's role (opening, closing, or
apostrophe) is decided by its pair membership and its surroundings; pairing
uses a stack, so spans always nest.  A paragraph that ends inside a quote
continues it when the next paragraph opens with the same mark (news
convention); otherwise the open mark is reported as an anomaly and dropped,
leaving the rest of the document intact.
"""

from __future__ import annotations

import functools

import regex

from quoteattr.lang import LanguageData, load_language
from quoteattr.langdetect import detect_language, foreign
from quoteattr.model import Anomaly, QuoteSpan
from quoteattr.textutil import check_text, paragraph_bounds

_SPACE_OR_OPEN = set("([{<—–-/") | {"\u00a0"}
_CLOSING_PUNCT = set(".,;:!?)]}>…—–-/")
_SENTENCE_END = regex.compile(r"[.!?…]\s*$")
TITLE_SHORT_WORD = 3  # "is", "the", "of": lower case in a title
TITLE_CONTEXT = 60  # characters each side that tell running text from a headline
_WORD = regex.compile(r"[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*")


@functools.cache
def _compiled(lang: str) -> tuple[regex.Pattern, regex.Pattern | None]:
    data = load_language(lang)
    marks = sorted({m for pair in data.quote_pairs for m in pair}, key=lambda m: (-len(m), m))
    mark_re = regex.compile("|".join(regex.escape(m) for m in marks))
    apos = regex.compile("|".join(f"(?:{p})" for p in data.apostrophe_patterns)) if data.apostrophe_patterns else None
    return mark_re, apos


def _flanking(text: str, i: int, j: int) -> tuple[bool, bool]:
    """(left-flanking, right-flanking) of the mark at ``i:j``: may it open, may it close."""
    before = text[i - 1] if i > 0 else " "
    after = text[j] if j < len(text) else " "
    open_ok = (before.isspace() or before in _SPACE_OR_OPEN or not before.isalnum()) and not after.isspace()
    close_ok = (after.isspace() or after in _CLOSING_PUNCT or not after.isalnum()) and not before.isspace()
    return open_ok, close_ok


class _Open:
    __slots__ = ("pos", "mark", "closers", "loose")

    def __init__(self, pos: int, mark: str, closers: frozenset[str], loose: frozenset[str]):
        self.pos, self.mark, self.closers, self.loose = pos, mark, closers, loose

    @property
    def end(self) -> int:
        return self.pos + len(self.mark)


def _closers_of(pairs: tuple[tuple[str, str], ...]) -> dict[str, frozenset[str]]:
    """The closing marks of each opening mark."""
    closers: dict[str, frozenset[str]] = {}
    for o, c in pairs:
        closers[o] = closers.get(o, frozenset()) | {c}
    return closers


def _pair_marks(text: str, data: LanguageData,
                bounds: list[tuple[int, int]]) -> tuple[list[tuple[int, int, int, int]], list[Anomaly]]:
    """(start, content_start, content_end, end) of each matched pair, and anomalies."""
    mark_re, apos_re = _compiled(data.code)
    closers_of = _closers_of(data.quote_pairs)
    loose_of = _closers_of(data.loose_quote_pairs)  # "“A," he said": a mixed closer only where a mark may close
    closer_set = data.closers
    apostrophes = {m.start() for m in apos_re.finditer(text)} if apos_re else set()

    pairs: list[tuple[int, int]] = []
    anomalies: list[Anomaly] = []
    stack: list[_Open] = []
    skip: set[int] = set()

    for p_index, (p_start, p_end) in enumerate(bounds):
        for m in mark_re.finditer(text, p_start, p_end):
            i, ch = m.start(), m.group()
            if i in skip:
                continue
            open_ok, close_ok = _flanking(text, i, m.end())
            can_open = ch in closers_of
            can_close = ch in closer_set
            match = next((k for k in range(len(stack) - 1, -1, -1)
                          if ch in stack[k].closers or (ch in stack[k].loose and close_ok)), None)
            if i in apostrophes and not (match is not None and close_ok and not text[m.end():m.end() + 1].isalnum()):
                continue
            if can_close and match is not None and (
                match == len(stack) - 1 or close_ok or not (can_open and open_ok)
            ):
                for dropped in stack[match + 1:]:
                    anomalies.append(Anomaly("unclosed_quote", dropped.pos, dropped.end,
                                             f"opening {dropped.mark} at {dropped.pos} is never closed"))
                opener = stack[match]
                del stack[match:]
                pairs.append((opener.pos, opener.end, i, m.end()))
            elif can_open and (open_ok or not close_ok):
                stack.append(_Open(i, ch, closers_of[ch], loose_of.get(ch, frozenset())))
            elif ch in ("'", "’") and not stack:
                continue
            else:
                anomalies.append(Anomaly("stray_mark", i, m.end(), f"closing {ch} at {i} has no opening mark"))
        if stack:
            nxt = bounds[p_index + 1][0] if p_index + 1 < len(bounds) else None
            if nxt is not None and text.startswith(stack[0].mark, nxt) and len(stack) == 1:
                skip.add(nxt)
                continue
            for dropped in stack:
                anomalies.append(Anomaly("unclosed_quote", dropped.pos, dropped.end,
                                         f"opening {dropped.mark} at {dropped.pos} is never closed in its paragraph"))
            stack.clear()
    return pairs, anomalies


def speech_score(text: str, start: int, end: int, depth: int, content_start: int | None = None,
                 content_end: int | None = None, title_case: bool = False) -> float:
    """How much the quoted span ``start:end`` (with marks) looks like speech (1) vs a term (0). With
    ``title_case`` (languages whose nouns are not capitalised), a quote in title case inside running text
    is a title: “Orange Is the New Black”."""
    content = text[content_start if content_start is not None else start + 1:
                   content_end if content_end is not None else end - 1]
    n_words = len(_WORD.findall(content))
    if title_case and _title(content) and _running_text(text, start, end):
        return 0.0
    score = 0.2
    if n_words >= 6:
        score += 0.45
    elif n_words >= 3:
        score += 0.2
    else:
        score -= 0.2
    closes_sentence = bool(_SENTENCE_END.search(content))
    if closes_sentence or regex.search(r"[.!?]\s", content):
        score += 0.15
    before = text[max(0, start - 3):start].rstrip()
    if before.endswith(":"):
        score += 0.3
    after = text[end:end + 2]
    if after.startswith(",") or after.startswith(" ,"):
        score += 0.15
    if start == 0 or text[start - 1] == "\n" or before == "" or before.endswith((".", "!", "?")):
        score += 0.1
        if closes_sentence:
            score += 0.25  # a sentence of its own, however short, is said: “We'll see.”
    if depth:
        score -= 0.15
    return max(0.0, min(1.0, round(score, 3)))


def _after_title_noun(text: str, start: int, data: LanguageData) -> bool:
    """True when the word right before the opening mark at ``start`` is one of the language's ``title_nouns``
    (where nouns form compounds, also as their last part: "Wahlkampfmotto")."""
    before = text[max(0, start - 40):start]
    words = _WORD.findall(before)
    if not words or not before.rstrip().endswith(words[-1]):
        return False
    word = words[-1].lower()
    return any(word == t or data.compounds and word.endswith(t) and len(word) > len(t) + 2 for t in data.title_nouns)


def _title(words: str) -> bool:
    """True when at least two words are written and every one but short function words starts with a capital
    letter ("Jane The Virgin", "Orange is the New Black"), with no sentence end."""
    found = _WORD.findall(words)
    long = [w for w in found if len(w) > TITLE_SHORT_WORD]
    return len(found) >= 2 and len(long) >= 2 and all(w[0].isupper() for w in long) \
        and not regex.search(r"[.!?]\W*$", words.strip())


def _running_text(text: str, start: int, end: int) -> bool:
    """True when the line around ``start:end`` has a longer word in lower case: no headline in title case."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    around = text[max(line_start, start - TITLE_CONTEXT):start] + " " + \
        text[end:min(line_end if line_end >= 0 else len(text), end + TITLE_CONTEXT)]
    return any(w[0].islower() for w in _WORD.findall(around) if len(w) > TITLE_SHORT_WORD)


def detect_quotes(text: str, lang: str) -> tuple[list[QuoteSpan], list[Anomaly]]:
    """Quotation spans of ``text`` in document order (outer before inner), and anomalies."""
    data = load_language(lang)
    bounds = paragraph_bounds(text)
    pairs, anomalies = _pair_marks(text, data, bounds)
    pairs.sort(key=lambda p: (p[0], -p[3]))
    spans: list[QuoteSpan] = []
    open_stack: list[int] = []
    p_index = 0
    for start, content_start, content_end, end in pairs:
        while content_start < content_end and text[content_start].isspace():
            content_start += 1
        while content_end > content_start and text[content_end - 1].isspace():
            content_end -= 1
        while open_stack and spans[open_stack[-1]].end <= start:
            open_stack.pop()
        while p_index + 1 < len(bounds) and bounds[p_index + 1][0] <= start:
            p_index += 1
        depth = len(open_stack)
        parent = open_stack[-1] if open_stack else None
        # a quote in another language or script is a title or name ("Piper at the Gates of Dawn"), and so is
        # one right after a noun that names a work or slogan ("unter dem Motto „…“", "the song “…”")
        score = 0.0 if foreign(text[content_start:content_end], lang) or _after_title_noun(text, start, data) \
            else speech_score(
            text, start, end, depth, content_start, content_end, title_case=not data.capitalised_nouns)
        spans.append(QuoteSpan(
            start=start, end=end, text=text[start:end], content_start=content_start, content_end=content_end,
            open_mark=text[start:content_start].strip() or text[start:content_start],
            close_mark=text[content_end:end].strip() or text[content_end:end], depth=depth, parent=parent,
            paragraph=p_index, speech_score=score,
        ))
        open_stack.append(len(spans) - 1)
    anomalies.sort(key=lambda a: a.start)
    return spans, anomalies


def find_quotes(text: str, lang: str | None = None) -> list[QuoteSpan]:
    """Quotation spans of ``text`` (no parser, fast).

    ``lang`` is ``"de"``, ``"en"`` or None to detect it.  Each span has
    ``start``/``end``/``text`` with the marks, ``content_start``/``content_end``
    without them, ``depth`` and ``parent`` (index into the returned list).
    """
    check_text(text)
    return detect_quotes(text, lang or detect_language(text))[0]
