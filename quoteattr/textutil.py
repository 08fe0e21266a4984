"""Text checks and offset-preserving helpers shared by the segmentation steps."""

from __future__ import annotations

import regex

WEB_ADDRESS = regex.compile(r"\w[\w-]*(?:\.[\w-]+)*\.[a-z]{2,6}")  # a source named by its site: "ndr.de"
LETTER_RUN = regex.compile(r"\p{L}+")  # a word's letters, in any script
_PARAGRAPH_BREAK = regex.compile(r"\n[^\S\n]*(?:\r?\n[^\S\n]*)+|\r\n?[^\S\r\n]*(?:\r\n?[^\S\r\n]*)+")
# Characters the tokenizer should not see: controls (but tab/newline), format
# characters (soft hyphen, zero-width joiners, BOM) and lone surrogates.
_INVISIBLE = regex.compile(r"[\p{Cc}\p{Cf}\p{Cs}]")
_SPACE_LIKE = regex.compile(r"[\t\r\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000\u2028\u2029\x85]")


def check_text(text: object) -> str:
    """Return ``text`` if it is a str; raise TypeError with a clear message otherwise."""
    if not isinstance(text, str):
        hint = " (decode bytes first, e.g. data.decode('utf-8'))" if isinstance(text, (bytes, bytearray)) else ""
        raise TypeError(f"quoteattr expects text as str, got {type(text).__name__}{hint}")
    return text


def paragraph_bounds(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: text separated by blank lines, trimmed of surrounding whitespace."""
    bounds = []
    pos = 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        if m.group().count("\n") + m.group().count("\r") - m.group().count("\r\n") >= 2:
            bounds.append((pos, m.start()))
            pos = m.end()
    bounds.append((pos, len(text)))
    result = []
    for start, end in bounds:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            result.append((start, end))
    return result


_GLUED_CLOSING_MARKS = frozenset('"”“»«')
_CLAUSE_END = frozenset(",.!?;:…")


def clean_for_tokenizer(text: str) -> tuple[str, list[int]]:
    """A copy of ``text`` safe for the tokenizer, and a map from its indices to the original ones.

    Invisible characters are removed, space-like ones become plain spaces, so
    words split by a soft hyphen stay whole; a quotation mark closed after
    punctuation and written against the next word gets a space after it, so that
    the word stands alone (",”Clinton said").  ``index_map[i]`` is the original
    index of cleaned character ``i``; one extra entry maps the end.
    """
    out: list[str] = []
    index_map: list[int] = []
    for i, ch in enumerate(text):
        if i > 1 and text[i - 1] in _GLUED_CLOSING_MARKS and text[i - 2] in _CLAUSE_END and ch.isalpha():
            out.append(" ")
            index_map.append(i)
        if ch == "\n" or ch == " ":
            out.append(ch)
        elif _SPACE_LIKE.match(ch):
            out.append(" ")
        elif _INVISIBLE.match(ch):
            continue
        else:
            out.append(ch)
        index_map.append(i)
    index_map.append(len(text))
    return "".join(out), index_map
