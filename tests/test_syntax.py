"""Word-level helpers of parsed sentences."""

from __future__ import annotations

import regex

from quoteattr.model import Sentence, Token
from quoteattr.syntax import Tree


def _tree(text: str) -> Tree:
    tokens = tuple(Token(m.start(), m.end(), m.group()) for m in regex.finditer(r"\w+|[^\w\s]", text))
    return Tree(Sentence(0, len(text), text, 0, tokens))


def test_a_colon_inside_a_time_or_score_separates_nothing():
    tree = _tree("Er sagte um 11:09 Uhr: Wir kommen")
    colons = [i for i, tok in enumerate(tree.tokens) if tok.text == ":"]
    assert [tree.is_colon(i) for i in colons] == [False, True]


def test_trim_keeps_a_bracket_whose_opener_is_inside():
    tree = _tree("Sandra Boser (GRÜNE),")
    assert [tree.tokens[i].text for i in tree.trim(range(len(tree)))] == ["Sandra", "Boser", "(", "GRÜNE", ")"]
