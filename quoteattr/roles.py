"""Split a speaker phrase into a proper name and a role, and bring the role to its base form.

"der ukrainische Präsident Wolodymyr Selenskyj" → name "Wolodymyr Selenskyj",
role "ukrainischer Präsident"; "Putins Sprecher" → role "Sprecher";
"Smith, the company's chief executive" → name "Smith", role "chief executive".
Hyphenated compounds split by the tokenizer ("US", "-", "Präsident") are
treated as one written word.
"""

from __future__ import annotations

from quoteattr.lang import LanguageData
from quoteattr.syntax import QUOTE_CHARS, Tree

ROLE_UPOS = {"ADJ", "NOUN"}
SKIP_UPOS = {"DET", "ADP", "PUNCT", "PRON", "CCONJ", "SCONJ", "ADV"}


def _possessor_words(tree: Tree, words: set[int], head: int, data: LanguageData, titled: set[int]) -> set[int]:
    """Words of possessors and attached phrases ("Putins", "des Ministeriums", "for the ministry"), but not the
    name ``titled`` after a title ("Secretary of State | Mike Pompeo")."""
    out = _prepositional_tail(tree, words, head, data)
    for w in words:
        if w == head or tree.head(w) not in words:
            continue
        if tree.tokens[w].upos == "PROPN" and not tree.kids(w, "case"):
            continue  # a name next to the head belongs to the phrase unless it is a genitive (decided later)
        attached = tree.full_rel(w) in ("nmod:poss", "det:poss") or (
            tree.rel(w) == "nmod" and (tree.kids(w, "case") or tree.tokens[w].feat("Case") == "Gen"
                                       or tree.tokens[w].upos not in ("PROPN", "NOUN")))
        if attached:
            # a name set off by a comma at the phrase's end is the person, wherever the parse hung it: "der
            # Trainer der Frankfurter, | Michael Skibbe"
            out.update(k for k in tree.subtree(w) if not _set_off_name(tree, k, words) and k not in titled)
    return out & words


def _prepositional_tail(tree: Tree, words: set[int], head: int, data: LanguageData) -> set[int]:
    """Where only names are capitalised, the words from a preposition after a lower-case head noun up to a
    comma, whatever the parse attached them to: a name there is the possessor's ("a spokesman for | Senator
    John McCain")."""
    if data.capitalised_nouns or tree.tokens[head].upos != "NOUN" or not tree.tokens[head].text[:1].islower():
        return set()
    after = sorted(k for k in words if k > head)
    adp = next((k for k in after if tree.tokens[k].upos == "ADP"), None)
    if adp is None:
        return set()
    comma = next((k for k in after if k > adp and tree.tokens[k].text == ","), max(words) + 1)
    return set(range(adp, comma))


def _name_after_title(tree: Tree, words: set[int], head: int, data: LanguageData) -> set[int]:
    """The proper-noun run ending ``words`` after a title written in title case, where only titles are
    ("Secretary of State | Mike Pompeo": the name is the person's, not the state's)."""
    if data.capitalised_nouns or not tree.tokens[head].text[:1].isupper():
        return set()
    end = max(words)
    start = end
    while start - 1 in words and tree.tokens[start - 1].upos == "PROPN":
        start -= 1
    title = range(min(words), start)
    if end - start < 1 or head not in title or not any(tree.tokens[k].upos == "ADP" for k in title):
        return set()
    if all(tree.tokens[k].text[:1].isupper() or tree.tokens[k].upos in ("ADP", "DET") for k in title):
        return set(range(start, end + 1))
    return set()


def _set_off_name(tree: Tree, k: int, words: set[int]) -> bool:
    """True for a word of a proper-noun run that follows a comma and ends ``words``."""
    start = k
    while start - 1 in words and tree.tokens[start - 1].upos == "PROPN":
        start -= 1
    end = k
    while end + 1 in words and tree.tokens[end + 1].upos == "PROPN":
        end += 1
    return tree.tokens[k].upos == "PROPN" and end == max(words) and start - 1 in words \
        and tree.tokens[start - 1].text == ","


def _upos(tree: Tree, unit: list[int]) -> str:
    return tree.tokens[unit[-1]].upos or ""


def _surface(tree: Tree, unit: list[int]) -> str:
    return "".join(tree.tokens[w].word for w in unit)


def _join(tree: Tree, units: list[list[int]], word) -> str:
    return " ".join(word(u) for u in units)


def _consecutive(units: list[list[int]]) -> list[list[list[int]]]:
    runs: list[list[list[int]]] = []
    for u in units:
        if runs and runs[-1][-1][-1] + 1 == u[0]:
            runs[-1].append(u)
        else:
            runs.append([u])
    return runs


def _base_form(tree: Tree, unit: list[int], gender: str | None, number: str | None, data: LanguageData,
               nominative: bool) -> str:
    """A role word in base form: nominative singular noun, adjective with the strong ending (German)."""
    last = tree.tokens[unit[-1]]
    prefix = "".join(tree.tokens[w].text for w in unit[:-1])
    word = data.without_full_stop(last.word)  # the same role with or without the stop: "Sen."
    if data.adjective_endings and last.lemma:
        key = "Plur" if number == "Plur" else gender
        if last.upos == "ADJ" and last.lemma.islower():
            word = last.lemma + data.adjective_endings.get(key or "", "")
        elif last.upos == "NOUN" and not nominative and last.feat("Case") not in (None, "Nom"):
            word = data.role_base(word) or last.lemma
        if last.upos == "NOUN":
            word = _adjectival_noun(word, key, data)
    return prefix + word


def _adjectival_noun(word: str, key: str | None, data: LanguageData) -> str:
    """A role noun declined like an adjective in its strong form: "Vorsitzende" (masculine) → "Vorsitzender",
    "Abgeordneten" → "Abgeordneter"; the language data lists both forms."""
    ending = data.adjective_endings.get(key or "")
    for weak in ("en", "e"):
        if ending and word.endswith(weak):
            strong = word[: -len(weak)] + ending
            if strong.rsplit("-", 1)[-1].lower() in data.role_nouns:
                return strong
    return word


def normalise_role(tree: Tree, units: list[list[int]], data: LanguageData, nominative: bool = False) -> str:
    noun = tree.tokens[units[-1][-1]]
    # gender belongs to the noun; without one, the gender most of the phrase agrees on (determiner, adjectives)
    words = [units[0][0] - 1] + [w for u in units for w in u] if units[0][0] > 0 else [w for u in units for w in u]
    votes = [g for w in words for g in (tree.tokens[w].feat("Gender") or "").split(",") if g]
    gender = noun.feat("Gender") or (max(set(votes), key=votes.count) if votes else None)
    # number, by the phrase's majority: "seinem russischen Amtskollegen" is singular whatever the noun's tag says
    numbers = [tree.tokens[w].feat("Number") for w in words if tree.tokens[w].feat("Number")]
    number = max(set(numbers), key=lambda n: (numbers.count(n), n == noun.feat("Number"))) if numbers else None
    gender = data.role_gender(_surface(tree, units[-1])) or gender
    article = units[0][0] - 1
    if nominative and article >= 0 and tree.lower(article) in data.nominative_article_gender:
        gender = data.nominative_article_gender[tree.lower(article)]  # "der ukrainische Präsident": masculine
    return _join(tree, units, lambda u: _base_form(tree, u, gender, number, data, nominative))


def _is_role(tree: Tree, unit: list[int], data: LanguageData) -> bool:
    lemma = tree.tokens[unit[-1]].lemma or ""
    return data.is_role_noun(_surface(tree, unit)) or bool(lemma and data.is_role_noun(lemma))


def _misread_role(tree: Tree, unit: list[int], data: LanguageData) -> bool:
    """A capitalised role noun the tagger read as another word class ("Bundesinnenminister" as an adverb or an
    adjective), where nouns are capitalised."""
    return data.capitalised_nouns and _upos(tree, unit) != "NOUN" and tree.tokens[unit[0]].text[:1].isupper() \
        and _is_role(tree, unit, data)


def _is_genitive_name(tree: Tree, unit: list[int], data: LanguageData) -> bool:
    tok = tree.tokens[unit[-1]]
    return (tok.upos in ("NOUN", "PROPN") and tok.text[:1].isupper() and not _is_role(tree, unit, data)
            and any(tok.text.endswith(g) and len(tok.text) > len(g) + 2 for g in data.genitive_suffixes))


def _surname_like(tree: Tree, unit: list[int], units: list[list[int]], data: LanguageData) -> bool:
    """A capitalised noun right after a proper noun or a role noun, not a role itself, or a capitalised word
    the parse made part of a name: a name the tagger missed ("Donald Trump", "Agentur Reuters", "Anna
    Richardson White" with "White" tagged as an adjective)."""
    before = [u for u in units if u[-1] + 1 == unit[0]]
    tok = tree.tokens[unit[-1]]
    nominal = tok.upos == "NOUN" or (tok.upos in ("ADJ", "X") and tree.full_rel(unit[-1]) in ("flat", "flat:name"))
    if not before or not nominal or not tok.text[:1].isupper() or _is_role(tree, unit, data):
        return False
    prev = before[0]
    return (_upos(tree, prev) == "PROPN" or (_upos(tree, prev) == "NOUN" and _is_role(tree, prev, data))
            or _misread_role(tree, prev, data)
            or _surname_like(tree, prev, units, data))


def _name_before_apposition(tree: Tree, words: list[int], units: list[list[int]],
                            data: LanguageData) -> list[list[int]]:
    """Capitalised words before the comma of a role apposition, when the tagger found no proper noun:
    "Renate Künast, Fraktionschefin der Grünen" with "Renate" read as an adjective."""
    comma = next((w for w in range(min(words), max(words)) if tree.tokens[w].text == ","), None)
    if comma is None:
        return []
    before = [w for w in words if w < comma]
    lead = [u for u in units if u[-1] < comma]
    if not lead or len(lead) != len(tree.units(before)) or any(
            not tree.tokens[u[0]].text[:1].isupper() or _is_role(tree, u, data) or _upos(tree, u) not in ("NOUN", "ADJ", "X")
            for u in lead):
        return []
    after = [u for u in units if u[0] > comma and _upos(tree, u) == "NOUN"]
    return lead if after and _is_role(tree, after[0], data) else []


def _qualifies_title(tree: Tree, unit: list[int], name_start: int) -> bool:
    """True for a proper noun compounded with a later, capitalised word of the title before a name: "Senate |
    Majority Leader Mitch McConnell", "Defense | Secretary Jim Mattis" (but "MSNBC | reporter Alex Seitz-Wald"
    names the employer)."""
    last = unit[-1]
    return _upos(tree, unit) == "PROPN" and tree.rel(last) == "compound" and last < tree.head(last) < name_start \
        and tree.tokens[tree.head(last)].text[:1].isupper()


def split_name_role(tree: Tree, words: list[int], head: int, data: LanguageData,
                    nominative: bool = False) -> tuple[str | None, str | None]:
    """(name, role) of the phrase ``words`` headed by ``head``; either may be None."""
    if tree.tokens[head].upos == "PRON":
        return None, None
    marks = [w for w in words if tree.tokens[w].text in QUOTE_CHARS]
    if len(marks) >= 2 and marks[0] < head < marks[-1]:  # a quoted name, whatever its words: "der „New York Times“"
        return _join(tree, tree.units([w for w in words if marks[0] < w < marks[-1]]), lambda u: _surface(tree, u)), None
    inside = set(words)
    titled = _name_after_title(tree, inside, head, data)
    possessors = _possessor_words(tree, inside, head, data, titled)
    kept = [w for w in words if w not in possessors]
    units = [u for u in tree.units(kept) if _upos(tree, u) not in SKIP_UPOS or _misread_role(tree, u, data)]
    names = [u for u in units if _upos(tree, u) == "PROPN" or _surname_like(tree, u, units, data)] \
        or _name_before_apposition(tree, words, units, data)
    name_run: list[list[int]] = []
    title: list[list[int]] = []
    if names:
        runs = _consecutive(names)
        name_run = next((r for r in runs if any(head in u for u in r)), runs[-1])
        later = [r for r in runs if r[0][0] > name_run[-1][-1]]
        if later and _is_role(tree, name_run[-1], data):
            name_run = later[0]  # the head is a title before the name: "Florida Sen. | Marco Rubio"
        # roles tagged as part of the name: "Präsident Trump", "Florida Sen. Marco Rubio"
        last_role = max((k for k, u in enumerate(name_run[:-1]) if _is_role(tree, u, data)), default=-1)
        title = name_run[:last_role + 1]  # the whole title, however tagged: "Senate Majority Leader"
        name_run = name_run[last_role + 1:]
        while len(name_run) > 1 and _surface(tree, name_run[0]) in data.abbreviations:
            name_run = name_run[1:]  # an abbreviated title is no part of the name: "Dr. | Anthony Fauci"
        last = name_run[-1][-1]
        written = tree.tokens[last].text
        genitive = any(written.endswith(g) and len(written) > len(g) + 2 for g in data.genitive_suffixes) or (
            last + 1 < len(tree) and tree.tokens[last + 1].text in ("'s", "’s", "'", "’"))
        compound = tree.head(last) == head and tree.rel(last) == "compound"
        if tree.tokens[head].upos == "NOUN" and last < head and (genitive or compound):
            # a name before the head noun is its possessor ("Putins Sprecher", "Obama's aide") or names what the
            # noun belongs to ("the Trump campaign", "an Obama administration official"), not the speaker
            units = [u for u in units if u not in name_run]
            name_run = []
    name = _join(tree, name_run, lambda u: _surface(tree, u)) if name_run else None

    role_units: list[list[int]] = []
    if name_run and titled and name_run[0][0] == min(titled):
        role_units = tree.units([k for k in words if k < min(titled)])
        while role_units and _upos(tree, role_units[0]) in SKIP_UPOS:
            role_units = role_units[1:]
    elif name_run:
        before = [u for u in units if u[-1] < name_run[0][0]
                  and (_upos(tree, u) in ROLE_UPOS or _is_role(tree, u, data) or u in title
                       or _qualifies_title(tree, u, name_run[0][0]))]
        if before and not any(_is_role(tree, u, data) for u in before
                              if _upos(tree, u) != "ADJ" or _misread_role(tree, u, data)):
            before = []  # "seiner Plattform Truth Social": a noun before a name is a role only if it names one
        if before:
            run = _consecutive(before)[-1]
            gap = range(run[-1][-1] + 1, name_run[0][0])
            # (the role's own possessor may stand between: "die Sprecherin des Ministeriums, | Anna Berg")
            if all(tree.is_punct(k) for k in gap) or (
                    all(tree.is_punct(k) or k in possessors for k in gap) and tree.is_punct(gap[-1])):
                role_units = run
        if not role_units:
            after = [u for u in units if u[0] > name_run[-1][-1] and _upos(tree, u) in ROLE_UPOS]
            if after and any(_is_role(tree, u, data) for u in after if _upos(tree, u) == "NOUN"):
                role_units = _consecutive(after)[0]
    elif tree.tokens[head].upos == "NOUN":
        candidates = [u for u in units if _upos(tree, u) in ROLE_UPOS]
        run = next((r for r in _consecutive(candidates) if any(head in u for u in r)), [])
        head_unit = next((u for u in run if head in u), None)
        if head_unit and _is_role(tree, head_unit, data):
            role_units = [u for u in run if u[0] <= head]
    while role_units and _upos(tree, role_units[-1]) != "NOUN" and not _is_role(tree, role_units[-1], data):
        role_units.pop()
    while len(role_units) > 1 and _is_genitive_name(tree, role_units[0], data):
        role_units = role_units[1:]  # "Putins Sprecher", "Russlands Machthaber": the possessor is no part of the role
    role = normalise_role(tree, role_units, data, nominative) if role_units else None
    return name, role
