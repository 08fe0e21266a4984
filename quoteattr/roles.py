"""Split a speaker phrase into a proper name and a role, and bring the role to its base form.

"der ukrainische Präsident Wolodymyr Selenskyj" → name "Wolodymyr Selenskyj",
role "ukrainischer Präsident"; "Putins Sprecher" → role "Sprecher";
"Smith, the company's chief executive" → name "Smith", role "chief executive".
"""

from __future__ import annotations

from quoteattr.lang import LanguageData
from quoteattr.syntax import Tree

ROLE_UPOS = {"ADJ", "NOUN"}


def _possessor_words(tree: Tree, words: set[int], head: int) -> set[int]:
    """Words of possessors and attached phrases ("Putins", "des Ministeriums", "for the ministry")."""
    out: set[int] = set()
    for w in words:
        rel = tree.full_rel(w)
        if w == head or tree.head(w) not in words:
            continue
        attached = rel in ("nmod:poss", "det:poss") or (
            tree.rel(w) == "nmod" and (tree.kids(w, "case") or tree.tokens[w].feat("Case") == "Gen"
                                       or tree.tokens[w].upos not in ("PROPN", "NOUN")))
        if attached:
            out.update(tree.subtree(w))
    return out & words


def _runs(indices: list[int]) -> list[list[int]]:
    runs: list[list[int]] = []
    for i in indices:
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def normalise_role(tree: Tree, words: list[int], data: LanguageData) -> str:
    """Base form of a role phrase: nominative singular, adjectives with strong endings (German)."""
    nouns = [w for w in words if tree.tokens[w].upos == "NOUN"]
    noun = nouns[-1] if nouns else words[-1]
    gender = tree.tokens[noun].feat("Gender")
    number = tree.tokens[noun].feat("Number")
    out = []
    for w in words:
        tok = tree.tokens[w]
        surface = tok.form or tok.text
        if data.adjective_endings and tok.upos == "ADJ" and tok.lemma:
            key = "Plur" if number == "Plur" else gender
            ending = data.adjective_endings.get(key or "", "")
            out.append(tok.lemma + ending if tok.lemma.islower() else surface)
        elif data.adjective_endings and tok.upos == "NOUN" and tok.feat("Case") not in (None, "Nom") and tok.lemma:
            out.append(tok.lemma)
        else:
            out.append(surface)
    return " ".join(out)


def split_name_role(tree: Tree, words: list[int], head: int, data: LanguageData) -> tuple[str | None, str | None]:
    """(name, role) of the phrase ``words`` headed by ``head``; either may be None."""
    if tree.tokens[head].upos == "PRON":
        return None, None
    inside = set(words)
    skip = _possessor_words(tree, inside, head)
    core = [w for w in words if w not in skip and tree.tokens[w].upos not in ("DET", "ADP", "PUNCT", "PRON")]
    propn = [w for w in core if tree.tokens[w].upos == "PROPN"]
    name_run: list[int] = []
    if propn:
        runs = _runs(propn)
        name_run = next((r for r in runs if head in r), runs[-1])
    name = " ".join(tree.tokens[w].text for w in name_run) or None

    role_words: list[int] = []
    if name_run:
        before = [w for w in core if w < name_run[0] and tree.tokens[w].upos in ROLE_UPOS]
        if before and before[-1] in inside:
            run = _runs(before)[-1]
            if run[-1] + 1 == name_run[0] or all(tree.is_punct(k) for k in range(run[-1] + 1, name_run[0])):
                role_words = run
        if not role_words:
            appos = [w for w in core if w > name_run[-1] and tree.tokens[w].upos in ROLE_UPOS]
            if appos and any(tree.tokens[w].upos == "NOUN" and data.is_role_noun(tree.tokens[w].text) for w in appos):
                role_words = _runs(appos)[0]
    elif tree.tokens[head].upos == "NOUN":
        nouns = [w for w in core if tree.tokens[w].upos in ROLE_UPOS]
        run = next((r for r in _runs(nouns) if head in r), [])
        if run and data.is_role_noun(tree.tokens[head].form or tree.tokens[head].text) or (
            run and tree.lemma(head) and data.is_role_noun(tree.lemma(head))
        ):
            role_words = [w for w in run if w <= head]
    while role_words and tree.tokens[role_words[-1]].upos != "NOUN":
        role_words.pop()
    role = normalise_role(tree, role_words, data) if role_words else None
    return name, role
