"""Choose the language of a text from frequent function words in the language data."""

from __future__ import annotations

import regex

from quoteattr.lang import available_languages, load_language

_WORD = regex.compile(r"\p{L}+")
FOREIGN_SHARE = 0.15  # share of a quote's words that are function words of another language when it is foreign


def function_word_counts(text: str) -> dict[str, int]:
    """How many words of ``text`` are frequent function words of each supported language."""
    words = [w.lower() for w in _WORD.findall(text[:20000])]
    return {code: sum(1 for w in words if w in load_language(code).detection_words) for code in available_languages()}


def detect_language(text: str, default: str = "en") -> str:
    """The code of the best-matching supported language; ``default`` when nothing matches."""
    counts = function_word_counts(text)
    best = max(counts, key=lambda c: (counts[c], c == default))
    return best if counts[best] > 0 else default


def foreign(text: str, lang: str) -> bool:
    """True when ``text`` of at least two words reads as another language than ``lang``: function words of
    another supported language (``FOREIGN_SHARE`` of its words or more) and none of its own ("Piper at the Gates of
    Dawn" in German text), or letters of another script ("Мемориал Михаила Таля")."""
    words = _WORD.findall(text)
    if len(words) < 2:
        return False
    own = load_language(lang).detection_words
    latin = [bool(regex.match(r"\p{Latin}", w)) for w in words]
    if all(regex.match(r"\p{Latin}", w) for w in own) and latin.count(False) > len(words) / 2:
        return True  # the language's own script is Latin, the quote's mostly not
    counts = function_word_counts(text)
    # one word the document's language happens to lack ("in") among many tells nothing
    return counts[lang] == 0 and any(n >= FOREIGN_SHARE * len(words) for code, n in counts.items() if code != lang)
