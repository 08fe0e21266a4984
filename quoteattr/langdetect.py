"""Choose the language of a text from frequent function words in the language data."""

from __future__ import annotations

import regex

from quoteattr.lang import available_languages, load_language

_WORD = regex.compile(r"\p{L}+")


def detect_language(text: str, default: str = "en") -> str:
    """The code of the best-matching supported language; ``default`` when nothing matches."""
    counts = {code: 0 for code in available_languages()}
    words = [w.lower() for w in _WORD.findall(text[:20000])]
    for code in counts:
        vocab = load_language(code).detection_words
        counts[code] = sum(1 for w in words if w in vocab)
    best = max(counts, key=lambda c: (counts[c], c == default))
    return best if counts[best] > 0 else default
