"""Choose the language of a text from frequent function words in the language data."""

from __future__ import annotations

import functools

import regex

from quoteattr.lang import available_languages, load_language
from quoteattr.textutil import LETTER_RUN

FOREIGN_SHARE = 0.15  # share of a quote's words that are function words of another language when it is foreign
_LATIN = regex.compile(r"\p{Latin}")


def function_word_counts(text: str) -> dict[str, int]:
    """How many words of ``text`` are frequent function words of each supported language."""
    words = [w.lower() for w in LETTER_RUN.findall(text[:20000])]
    return {code: sum(1 for w in words if w in load_language(code).detection_words) for code in available_languages()}


@functools.cache
def _own_opening_marks() -> dict[str, str]:
    """For each supported language, the one-character marks only it opens quotes with ("„", "»" in German)."""
    codes = available_languages()
    opening = {code: {pair[0] for pair in load_language(code).quote_pairs} for code in codes}
    return {code: "".join(m for m in opening[code] if len(m) == 1 and not any(
        m in opening[other] for other in codes if other != code)) for code in codes}


def own_mark_counts(text: str) -> dict[str, int]:
    """How many quotation marks of ``text`` open a quote only in each supported language."""
    head = text[:20000]
    return {code: sum(head.count(m) for m in marks) for code, marks in _own_opening_marks().items()}


def detect_language(text: str, default: str = "en") -> str:
    """The code of the best-matching supported language: most function words, then (in a text too short to
    have any, "»Nein«, sagte Merkel.") most quotation marks only that language opens with; ``default`` when
    nothing matches."""
    counts = function_word_counts(text)
    marks = own_mark_counts(text)
    best = max(counts, key=lambda c: (counts[c], marks[c], c == default))
    return best if counts[best] > 0 or marks[best] > 0 else default


@functools.cache
def _writes_latin(lang: str) -> bool:
    """True when the language's function words are written in Latin letters."""
    return all(_LATIN.match(w) for w in load_language(lang).detection_words)


def foreign(text: str, lang: str) -> bool:
    """True when ``text`` of at least two words reads as another language than ``lang``: function words of
    another supported language (``FOREIGN_SHARE`` of its words or more) and none of its own ("Piper at the Gates of
    Dawn" in German text), or letters of another script ("Мемориал Михаила Таля")."""
    words = LETTER_RUN.findall(text)
    if len(words) < 2:
        return False
    latin = [bool(_LATIN.match(w)) for w in words]
    if _writes_latin(lang) and latin.count(False) > len(words) / 2:
        return True  # the language's own script is Latin, the quote's mostly not
    counts = function_word_counts(text)
    # one word the document's language happens to lack ("in") among many tells nothing
    return counts[lang] == 0 and any(n >= FOREIGN_SHARE * len(words) for code, n in counts.items() if code != lang)
