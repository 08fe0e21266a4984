"""Speakers: the phrase that names who speaks for a cue, as a mention with name and role."""

from __future__ import annotations

from typing import Sequence

import attrs

from quoteattr.cues import (
    NOMINAL_UPOS, NP_UPOS, VERBAL_UPOS, CueCandidate, catenative_head, clear_speech_verb, conjoined_cue_head,
    coordinated_cue, is_speech_verb, not_genitive_adjective, prefield,
)
from quoteattr.lang import LanguageData
from quoteattr.model import Mention, Span
from quoteattr.roles import split_name_role
from quoteattr.segment import DATELINE_DASHES
from quoteattr.syntax import QUOTE_CHARS, Tree

# Dependents that do not belong to a speaker phrase.
#: Modifiers of a noun that a comma sets off before it open the clause, not the phrase ("First, | officials").
OPENING_MODIFIER_RELS = ("amod", "advmod", "obl", "advcl", "discourse")
MENTION_EXCLUDE = ("acl", "advcl", "parataxis", "ccomp", "xcomp", "punct", "cc", "conj", "dep", "csubj", "advmod", "obl")
SUBJECT_RELS = ("nsubj", "nsubj:pass", "csubj")
AGENT_RELS = ("obl:agent", "obl")
OPENER_BREAKS = (",", "—", "–", "-")  # marks that set an opening phrase off from the subject
PARENTHESIS_MAX = 6  # tokens of a parenthesis after a name: "(D-Ore.)"
NOUN_PHRASE_RELS = ("nmod", "obl", "acl", "compound", "flat", "amod", "nummod", "appos")  # inside a noun phrase
APPOSITION_MAX = 16  # tokens of an apposition between a name and its verb: ", a spokesman for the ministry,"


def _subject(tree: Tree, verb: int, data: LanguageData, quoted: frozenset[int] = frozenset()) -> int | None:
    """The subject of ``verb`` or of the verb it shares one with; never a word of quoted speech."""
    seen = set()
    v: int | None = verb
    while v is not None and v not in seen:
        seen.add(v)
        subj = [c for c in tree.kids(v) if (tree.full_rel(c) in SUBJECT_RELS or tree.rel(c) == "nsubj")
                and tree.lower(c) not in data.reflexive_pronouns and c not in quoted and not _oblique_case(tree, c)]
        # a time the parse made the subject: the name set off after it speaks ("Just last week, J.J. Goldberg,
        # editor of The Forward, wrote"), else nobody
        # or the subject of the clause the time is counted from ("Three years after | Republicans vowed")
        subj = [next((a for a in tree.kids(c, "appos") if tree.tokens[a].upos == "PROPN"
                      and tree.tokens[a - 1].text == ","),
                     next((n for n in tree.kids(c, "nmod") if n > c and tree.kids(n, "case")
                           and tree.tokens[n].upos in NOMINAL_UPOS and tree.tokens[c].upos == "NOUN"
                           and tree.tokens[c].feat("Number") == "Plur"),
                          None))
                if _temporal(tree, c, data) else c for c in subj]
        subj = [c for c in subj if c is not None]
        if subj:
            # a noun right before the complement belongs to it ("X said Mr. Kasich should leave": "Mr." as a
            # second subject of "said")
            starts = {min(tree.trim(tree.subtree(k)) or [k]) for k in tree.kids(v, "ccomp")}
            subj = [c for c in subj if not (c > v and max(tree.subtree(c)) + 1 in starts)] or subj
            # of two adjacent subjects the first is part of the second's name ("Mr. | Coleman said", "Gov | . |
            # Phil Bryant said")
            # (or its quantity: "Six | in 10 Virginia voters said"); a subject set off before the one next to
            # the verb is an opener the parse misread ("NEW YORK, Dec. 22 (UPI) — Chelsea Clinton announced")
            subj = [c for c in subj if c + 1 not in subj and not (
                c + 2 in subj and tree.tokens[c + 1].text == "." and tree.tokens[c + 1].start == tree.tokens[c].end)
                and not any(c < d < v and min(tree.subtree(d)) == max(tree.subtree(c)) + 1 and (
                    tree.tokens[c].upos == "NUM" or any(tree.tokens[k].text in OPENER_BREAKS for k in range(c, d)))
                    for d in subj)]
            # of two subjects (a parse error), not one in another number than the verb ("Carter … sagte Reportern")
            subj = [c for c in subj if not _disagrees(tree, c, v)] or subj
            # the one right before the verb where nothing else can stand there
            # ("But it’s not, and Dayton says"); else a personal pronoun is the likelier one ("Gegenüber X äußerte
            # er"), then a name or role after the verb ("Die Anwendung … stellte der SPD-Vorsitzende in Frage")
            if not data.verb_second and any(c < v for c in subj):
                return max(c for c in subj if c < v)
            return ([c for c in subj if tree.lower(c) in data.pronouns]
                    or [c for c in subj if c > v and (tree.tokens[c].upos == "PROPN" or data.is_role_noun(tree.tokens[c].text))]
                    or subj)[0]
        if v == verb and tree.rel(v) in ("conj", "xcomp") and (before := _phrase_before(tree, v, data, quoted)) is not None:
            return before  # "…, und die Hongkonger | befürchten, dass …", whatever the parse attached
        if tree.rel(v) == "conj" and conjoined_cue_head(tree, v, data) is not None:
            v = conjoined_cue_head(tree, v, data)  # "She said she admires him and highlighted …"
        elif tree.rel(v) in ("conj", "xcomp") or tree.full_rel(v) in ("aux", "aux:pass") or coordinated_cue(tree, v, data):
            v = tree.head(v)
        elif v == verb and tree.rel(v) == "advcl" and tree.tokens[v].feat("VerbForm") == "Inf" \
                and any(tree.lower(m) in data.infinitive_markers for m in tree.kids(v, "mark")):
            v = tree.head(v)  # an infinitive of purpose shares its clause's subject: "Trump tweeted | to say …"

        elif (governor := catenative_head(tree, v, data)) is not None:
            v = governor  # "Caucus-goers were more likely | to say": the adjective's subject
        elif tree.rel(v) == "parataxis" and v != verb:
            v = tree.head(v)  # "Der Student verbrachte …, schlief …, und hatte gefragt"
        elif v == verb and tree.rel(v) == "acl" and tree.tokens[v].feat("VerbForm") == "Ger" and tree.kids(v, "mark") \
                and tree.head(v) is not None and tree.rel(tree.head(v)) in ("obl", "nmod"):
            # a gerund after a preposition of an adverbial shares the clause's subject: "In addition to |
            # stating …, Clinton has said"
            v = next((a for a in tree.ancestors(v) if tree.tokens[a].upos in VERBAL_UPOS), None)
        elif v == verb and tree.rel(v) == "acl" and tree.participle_clause(v) and tree.active_participle(v) \
                and tree.head(v) is not None and tree.head(v) < v and tree.tokens[tree.head(v)].upos in NOMINAL_UPOS \
                and tree.head(v) not in quoted:
            noun = tree.head(v)
            issuer = tree.head(noun) if tree.rel(noun) == "obj" else None
            if issuer is not None and tree.lemma(noun) in data.speech_nouns and _speech_noun_owner(tree, noun, data) is None:
                v = issuer  # a statement speaks for whoever issued it: "The DNC issued a statement | apologizing …"
                continue
            return noun  # the noun an active participle describes: "executives supporting her campaign"
        elif v == verb and tree.full_rel(v) == "acl:relcl" and tree.tokens[v].feat("VerbForm") in ("Fin", "Inf") \
                and not any(tree.tokens[k].feat("PronType") == "Rel" for k in tree.subtree(v) if k < v) \
                and tree.head(v) is not None and tree.head(v) < v and tree.tokens[tree.head(v)].upos in NOMINAL_UPOS \
                and tree.head(v) not in quoted and any(
                    max(tree.subtree(r)) + 1 == v for r in tree.kids(tree.head(v), "acl") if r < v):
            # a verb the parse made a second relative clause, right after the real one, although nothing
            # relates it: the noun is its subject ("progressive organizations that have endorsed him | say …")
            return tree.head(v)
        elif tree.participle_clause(v) or (v == verb and tree.rel(v) == "advcl" and tree.active_participle(v)
                                           and not tree.kids(v, "aux")):
            # (also after a preposition: "Trump told reporters, | before insisting …", "by saying that …")
            # a participle shares its clause's subject: "Clinton tweeted, saying …"; a speech act after what
            # another speech verb reports continues that verb: "X said he saw no need …, telling Y that …"
            after_comma = v == verb and tree.rel(v) == "advcl" and v > 0 and tree.tokens[v - 1].text == ","
            v = next((a for a in tree.ancestors(v) if after_comma and is_speech_verb(tree, a, data)),
                     _outside_relative_clause(tree, tree.head(v)) if after_comma else tree.head(v))
        else:
            return None
    return None


def _phrase_before(tree: Tree, verb: int, data: LanguageData, quoted: frozenset[int]) -> int | None:
    """In a verb-second main clause, the head of a noun phrase right before ``verb`` that opens after a comma
    or a conjunction and agrees with it in number: a new clause's subject the parse joined to the clause
    before ("…, andere Quellen | berichten"); not in a verb-final clause, where an object stands there
    ("…, welche … und die Regierung | auffordert")."""
    governor = tree.head(verb)
    if not data.verb_second or governor is None or tree.rel(governor) in ("acl", "advcl", "ccomp", "csubj") \
            or tree.kids(governor, "mark"):
        return None
    k = verb - 1
    while k >= 0 and tree.tokens[k].upos in ("DET", "ADJ", "NOUN", "PROPN"):
        k -= 1
    phrase = list(range(k + 1, verb))
    if not phrase or k < 0 or not (tree.tokens[k].text == "," or tree.tokens[k].upos == "CCONJ") \
            or tree.tokens[phrase[-1]].upos not in ("NOUN", "PROPN") or any(w in quoted for w in phrase) \
            or _temporal(tree, phrase[-1], data):
        return None
    head = phrase[-1]
    number = tree.tokens[head].feat("Number")
    return head if number is not None and number == (_finite_number(tree, verb) or number) else None


def _temporal(tree: Tree, i: int, data: LanguageData) -> bool:
    """True for a time word ("Tuesday", "years"), by its form or lemma."""
    return tree.lower(i) in data.temporal_words or tree.lemma(i).lower() in data.temporal_words


def _outside_relative_clause(tree: Tree, v: int | None) -> int | None:
    """The verb of the clause that holds the noun a relative clause around ``v`` describes: a participle after
    a comma reports for the main clause ("Mr. Putin veered close to an admission that soldiers had fought
    there, saying …"), whatever the parse hung it on."""
    chain = [v, *tree.ancestors(v)] if v is not None else []
    relative = next((k for k in reversed(chain) if tree.rel(k) == "acl"), None)
    if relative is None:
        return v
    return next((a for a in tree.ancestors(relative) if tree.tokens[a].upos in VERBAL_UPOS), v)


def _oblique_case(tree: Tree, i: int) -> bool:
    """True when word ``i`` and its articles are all marked dative or genitive: a parse that calls "den
    Rebellen" the subject of "werfen … vor" is wrong. (Accusative is left out: the tagger confuses it with
    the nominative too often.)"""
    cases = [tree.tokens[k].feat("Case") for k in [i, *tree.kids(i, "det")]]
    return all(c in ("Dat", "Gen") for c in cases)


def _speech_noun_owner(tree: Tree, noun: int, data: LanguageData) -> int | None:
    owning = data.source_prepositions | data.apposition_prepositions
    for child in tree.kids(noun, "nmod", "nmod:poss", "det:poss", "appos"):
        cases = {tree.lower(c) for c in tree.kids(child, "case")}
        # not when or what about: "interview in August", "a report about the integration of immigrants"
        if tree.tokens[child].upos in NOMINAL_UPOS and not _temporal(tree, child, data) \
                and (not cases or cases & owning or tree.rel(child) != "nmod"):
            return child
    return None


def _agent(tree: Tree, verb: int, data: LanguageData, places: frozenset[str] = frozenset()) -> int | None:
    """An oblique naming the source: "von X", "aus X", "by X", or the owner of "in einer Erklärung der X";
    with ``places``, also where it is written ("im Abschlussbericht heißt es", "bei der Agentur hieß es")."""
    for child in tree.kids(verb, *AGENT_RELS):
        if tree.tokens[child].upos not in NOMINAL_UPOS:
            continue
        cases = {tree.lower(c) for c in tree.kids(child, "case")}
        if tree.lemma(child) in data.speech_nouns:
            owner = _speech_noun_owner(tree, child, data)
            if owner is not None:
                return owner
            if not cases & places:
                continue  # a statement without its owner is where it was said: "in den ersten Berichten hieß es"
        if cases & (data.source_prepositions | places) or tree.full_rel(child) == "obl:agent":
            return child
    return None


def with_apposition(tree: Tree, words: list[int], verb: int, cue_words: Sequence[int], data: LanguageData) -> list[int]:
    """``words`` and an apposition between commas that the parse left out: "Renate Künast, Fraktionschefin
    der Grünen, kritisierte", "sagte Theo Zwanziger, Präsident des DFB.", or a name before them right
    after the quote: "…,” Brent Bozell, founder of X, tells" (``verb`` heads the cue of ``cue_words``)."""
    words = _name_before(tree, words)
    j = max(words, default=len(tree)) + 1
    if j + 1 >= len(tree) or tree.tokens[j].text != "," or tree.tokens[j + 1].upos not in ("DET", "NOUN", "PROPN", "ADJ"):
        return words
    k = j + 1
    while k < len(tree) and (tree.tokens[k].upos in NP_UPOS | {"ADP"} or tree.glued(k) or tree.tokens[k].text in "()"):
        k += 1
    before_cue = k < len(tree) and tree.tokens[k].text == "," and k + 1 == min(cue_words)
    after_cue = verb < j and (k == len(tree) or tree.tokens[k].text in ".!?;:"
                                  or tree.tokens[k].text == "," and _describes(tree, range(j + 1, k), data))
    return [*words, *range(j + 1, k)] if before_cue or after_cue else words


def _parenthesis(tree: Tree, words: list[int]) -> set[int]:
    """The words of a parenthesis inside ``words``, brackets included ("( SPD )"): no part of a name or role."""
    out: set[int] = set()
    opening = None
    for k in sorted(words):
        if tree.tokens[k].text == "(":
            opening = k
        elif tree.tokens[k].text == ")" and opening is not None:
            out.update(range(opening, k + 1))
            opening = None
    return out


def _closing_bracket(tree: Tree, opening: int, limit: int) -> int | None:
    """The ")" that closes the bracket at ``opening`` before word ``limit``, or None."""
    return next((k for k in range(opening + 1, min(limit, len(tree))) if tree.tokens[k].text == ")"), None)


def with_parenthesis(tree: Tree, words: list[int]) -> list[int]:
    """``words`` and a short parenthesis right after them, which both corpora count in the source: "die
    Deutsche Presse-Agentur (dpa)", "Sen. Elizabeth Warren (D-Mass.)"."""
    j = max(words, default=len(tree)) + 1
    if j >= len(tree) or tree.tokens[j].text != "(":
        return words
    close = _closing_bracket(tree, j, j + PARENTHESIS_MAX)
    if close is None or close == j + 1 or any(
            tree.tokens[k].upos in ("VERB", "AUX") or tree.tokens[k].text in QUOTE_CHARS for k in range(j + 1, close)):
        return words
    return [*words, *range(j, close + 1)]


def _describes(tree: Tree, words: range, data: LanguageData) -> bool:
    """True for an apposition closed by a comma that names a role or the person ("sagte Andreas Beck, Spieler
    von Hoffenheim, gegenüber …", "meinte der Trainer, Michael Skibbe, in …")."""
    nouns = [k for k in words if tree.tokens[k].upos in ("NOUN", "PROPN")]
    return bool(nouns) and (data.is_role_noun(tree.tokens[nouns[0]].text)
                            or all(tree.tokens[k].upos == "PROPN" or tree.glued(k) for k in words))


def _name_before(tree: Tree, words: list[int]) -> list[int]:
    """``words`` with a proper name and comma before them when the name starts the sentence or follows
    a closing quotation mark ("…,” Brent Bozell III, founder of …")."""
    j = min(words, default=0) - 1
    if j < 1 or tree.tokens[j].text != "," or "Rel" in tree.pron_types(j + 1) \
            or tree.tokens[j + 1].upos in ("PROPN", "PRON"):
        # not before a relative pronoun ("Senator John Smith, | who said …"), nor before a name or pronoun that
        # speaks itself: the name is then what the inserted cue reports on ("Trump, | Sexton said, has …")
        return words
    k = j
    while k > 0 and (tree.tokens[k - 1].upos == "PROPN" or tree.glued(k - 1)):
        k -= 1
    starts_clause = k == 0 or tree.closes_quote(k - 1)
    return [*range(k, j + 1), *words] if k < j and starts_clause else words


def speaker_words(tree: Tree, cue: CueCandidate, head: int, method: str, data: LanguageData) -> list[int]:
    """The words of the speaker phrase headed by ``head``, found by the rule ``method``."""
    finders = {
        "inverted_np": lambda v: _inverted_noun_phrase(tree, v, data),
        "leading_np": lambda v: (head, words) if (words := _leading_noun_phrase(tree, v)) else None,
        "marked_np": lambda v: _marked_noun_phrase(tree, v, data),
        "name_before_verb": lambda v: _name_before_verb(tree, v, data),
        "noun_before_verb": lambda v: _noun_phrase_before_verb(tree, v, data) or _described_by_participle(tree, v, data),
    }
    if method in finders:
        # by word order around the cue verb, or around the verb it is conjoined to (see speaker_head)
        found = [f for v in _conjunct_chain(tree, cue.head) if (f := finders[method](v)) is not None]
        return next((words for h, words in found if h == head), found[0][1])
    if method == "statement_owner":
        owner = _speech_noun_after(tree, cue.head, data)
        if owner is not None and owner[0] == head:
            return owner[1]
    words = list(cue.speaker_tokens) or mention_words(tree, head, data)
    if method == "subject" and words and min(words) > 0 and tree.tokens[min(words) - 1].upos == "ADV" \
            and tree.tokens[head].upos in ("NUM", "PRON") and tree.lower(head) not in data.pronouns \
            and (min(words) == 1 or tree.is_punct(min(words) - 2)):
        words = [min(words) - 1, *words]  # a quantity's adverb the parse gave the verb: "Nearly | half said"
    first = min(words, default=0)
    if method == "subject" and first >= 2 and f"{tree.lower(first - 2)} {tree.lower(first - 1)}" in data.quantity_qualifiers \
            and (first == 2 or tree.is_punct(first - 3)):
        words = [first - 2, first - 1, *words]  # "At least | half of voters say"
    if method == "subject" and tree.head(head) is not None:
        # subjects the parse split off before the head belong to it ("Bundeskanzler | Olaf Scholz sagte")
        for k in sorted((k for k in tree.kids(tree.head(head), "nsubj") if k < head), reverse=True):
            if words and max(tree.subtree(k)) + 1 == min(words) \
                    and not any(tree.tokens[j].text in OPENER_BREAKS for j in range(k, min(words))):
                words = sorted(set(words) | set(tree.subtree(k)))
            elif words and _apposed_subject(tree, k, words, cue.head):
                words = list(range(min(tree.subtree(k)), max(words) + 1))
        # speakers who speak together: "Merkel und Macron sagten", "Trump and his attorneys said"
        # (a list too: "Friends, lobbyists and former foes say")
        # (not a conjunct in another case: "nannte Reinhard Jung, …, | die Kartoffel „…“", an object)
        cases = {tree.tokens[head].feat("Case")}
        conjs = [c for c in tree.kids(head, "conj") if c > head and tree.tokens[c].upos in ("NOUN", "PROPN")
                 and (None in cases or tree.tokens[c].feat("Case") in cases | {None})]
        listed = {k for c in conjs for k in mention_words(tree, c, data)}
        for c in conjs:
            conj = mention_words(tree, c, data)
            between = range(max(words, default=head) + 1, min(conj, default=c))
            if words and conj and any(tree.rel(k) == "cc" for k in between) \
                    and all(tree.rel(k) == "cc" or tree.is_punct(k) or k in listed
                            or (tree.rel(k) == "advmod" and tree.head(k) == c) for k in between):
                words = sorted(set(words) | set(range(max(words) + 1, max(conj) + 1)))
        if words and words[0] > 0 and tree.lower(words[0] - 1) in data.correlatives \
                and any(tree.rel(k) == "cc" for k in words):
            words = [words[0] - 1, *words]  # "Neither Cruz nor Christie", whatever the parse attached "Neither" to
        # the one phrase before a verb-second verb is the speaker's, whatever the parse hung on the verb:
        # "Moritz Wohlrab von der „Aktion Deutschland hilft“ | sagte"
        if data.verb_second and words and min(words) == 0 and max(words) < cue.head:
            field = prefield(tree, 0, data)
            verb = max(field, default=0) + 1
            while verb < len(tree) and tree.is_punct(verb):
                verb += 1
            if field and max(field) > max(words) and (verb == cue.head or verb in tree.kids(cue.head, "aux")) \
                    and not any(tree.tokens[k].text == "," for k in field):
                # a sentence adverb before the verb: "Der Mann | selbst gab zu"; not a noun the tagger did not
                # know after an article ("Die taz")
                while field and tree.tokens[field[-1]].upos == "ADV" \
                        and any(tree.tokens[k].upos in ("NOUN", "PROPN") for k in [0, *field[:-1]]):
                    field = field[:-1]
                words = sorted({*words, 0, *field})
        # a subject found through a noun leaves its preposition behind: "the proportion of | voters saying",
        # "Three years after | Republicans vowed"
        if words and tree.rel(words[0]) == "case" and tree.head(words[0]) == head:
            words = words[1:]
    return words


def _apposed_subject(tree: Tree, k: int, words: list[int], verb: int) -> bool:
    """True when subject ``k`` opens the sentence and the subject ``words`` follow it set off by commas, right
    before ``verb``: one phrase and its apposition, which the parse made two subjects ("One of the authors of
    that report, | Ari Fleischer, | said")."""
    sub = tree.subtree(k)
    between = range(max(words) + 1, verb)
    return min(sub) == 0 and max(sub) + 2 == min(words) and tree.tokens[max(sub) + 1].text == "," \
        and tree.tokens[k].upos in ("NOUN", "PROPN", "NUM") and len(between) == 1 and tree.tokens[between[0]].text == ","


def is_group(tree: Tree, words: Sequence[int], head: int, data: LanguageData) -> bool:
    """True when the phrase coordinates several speakers ("Merkel und Macron")."""
    roles = role_apposition(tree, head, data)
    return any(tree.head(c) == head and tree.rel(c) == "conj" and c not in roles
               and any(k in words for k in tree.kids(c, "cc")) for c in words)


def role_apposition(tree: Tree, head: int, data: LanguageData) -> list[int]:
    """Role nouns the parse coordinated with a name they describe: "Bill Dombrowski, president and chief
    executive of …" (a comma, then roles, with no conjunction before the first)."""
    if tree.tokens[head].upos != "PROPN":
        return []
    conjs = tree.kids(head, "conj")
    first = min(tree.trim(tree.subtree(conjs[0])), default=0) if conjs else 0
    if not conjs or tree.kids(conjs[0], "cc") or first < 1 or tree.tokens[first - 1].text != ",":
        return []
    roles = []
    for c in conjs:
        if tree.tokens[c].upos != "NOUN" or not (data.is_role_noun(tree.tokens[c].text)
                                                 or data.is_role_noun(tree.lemma(c))):
            break
        roles.append(c)
    return roles


def _nominal_subject(tree: Tree, cue: CueCandidate, data: LanguageData, quoted: frozenset[int] = frozenset()) -> int | None:
    """The cue verb's subject when it is nominal, or the expletive right after the verb ("hieß es")."""
    subj = _subject(tree, cue.head, data, quoted)
    # a determiner that is the subject stands for a noun ("Dieser bestätigte, …")
    pronoun_like = subj is not None and tree.rel(subj) == "nsubj" and (
        tree.tokens[subj].upos == "DET"
        # an adjective with an article or numeral is a noun the tagger missed ("One official said")
        or (tree.tokens[subj].upos == "ADJ" and bool(tree.kids(subj, "det", "nummod"))))
    # (a speaker found through a noun, not a verb, may sit in a prepositional phrase: "the proportion of voters |
    # saying …", "Three years after | Republicans vowed")
    through_noun = subj is not None and (
        tree.head(cue.head) == subj and tree.rel(cue.head) == "acl"
        or tree.head(subj) is not None and _temporal(tree, tree.head(subj), data))
    if subj is not None and ((tree.tokens[subj].upos not in NOMINAL_UPOS and not pronoun_like)
                             or any(not _ratio(tree, c) for c in tree.kids(subj, "case")) and not through_noun
                             or tree.lower(subj) in data.adverb_markers | data.pronominal_adverbs):
        subj = None  # a parse error: an adverb ("Demnach") or a prepositional phrase cannot be the speaker
    if subj is not None and subj < cue.head and data.verb_second and (
            neuter_demonstrative(tree, subj) or _disagrees(tree, subj, cue.head)):
        # "Dies berichtete die Deutsche Presse-Agentur": the object first, the speaker after the verb; a
        # subject in the wrong number is the parse's mistake ("Bislang gingen die Wissenschaftler davon aus")
        following = _noun_phrase_after_verb(tree, cue.head, data, subj)
        if following is not None and (neuter_demonstrative(tree, subj)
                                      or tree.tokens[following[0]].feat("Number") == _finite_number(tree, cue.head)):
            subj = None
    nxt = cue.head + 1
    if subj is None and nxt < len(tree) and _impersonal(tree, nxt, data) and tree.tokens[nxt].upos == "PRON" \
            and tree.head(nxt) == cue.head:
        subj = nxt  # "hieß es", "heißt es", whatever relation the parse gave it; not "saying it would"
    if subj is None:  # before a participle: "hatte es geheißen"
        subj = next((c for c in tree.kids(cue.head, "expl") if c < cue.head and _impersonal(tree, c, data)
                     and tree.tokens[c].upos == "PRON"), None)
    return subj


def _impersonal(tree: Tree, subj: int, data: LanguageData) -> bool:
    """True when subject ``subj`` names nobody: "hieß es", "there", and "it" only with a passive verb
    ("it was reported"; "it said" is the company or the report)."""
    word = tree.lower(subj)
    if word in data.impersonal_subjects:
        return True
    verb = tree.head(subj)
    passive = tree.full_rel(subj) in ("nsubj:pass", "expl", "expl:pass") or (
        verb is not None and bool(tree.kids(verb, "aux:pass")))
    return word in data.passive_impersonals and passive


def _passive(tree: Tree, verb: int, data: LanguageData) -> bool:
    """True when ``verb`` has a passive auxiliary, by relation or, where the language lists them, by lemma; a
    subject labelled passive without one is the parse's mistake ("Im Vorfeld hatte das Komitee betont")."""
    return passive_auxiliary(tree, verb, data) or not data.passive_auxiliaries


def _active(tree: Tree, verb: int, data: LanguageData) -> bool:
    """True when ``verb`` is finite or has auxiliaries none of which is a passive one ("verlangte", "hat
    verlangt"); a participle alone may be passive ("…, von der Polizei bestätigt")."""
    return (tree.is_finite(verb) or bool(tree.kids(verb, "aux", "aux:pass"))) and not passive_auxiliary(tree, verb, data)


def passive_auxiliary(tree: Tree, verb: int, data: LanguageData) -> bool:
    """True when one of ``verb``'s auxiliaries is passive, by relation or, where the language lists them, by lemma."""
    return any(tree.full_rel(a) == "aux:pass" or tree.lemma(a) in data.passive_auxiliaries
               for a in tree.kids(verb, "aux", "aux:pass"))


def neuter_demonstrative(tree: Tree, i: int) -> bool:
    """True when word ``i`` is a demonstrative standing for a thing, never a speaker ("dies", "das"); a
    neuter article standing alone is one too."""
    tok = tree.tokens[i]
    return tok.upos in ("PRON", "DET") and bool(tree.pron_types(i) & {"Dem", "Art"}) and tok.feat("Gender") == "Neut" \
        and not tree.kids(i)


def _finite_number(tree: Tree, verb: int) -> str | None:
    """The grammatical number of the finite word of ``verb``'s verb group, where the tagger gives one."""
    for w in (verb, *tree.kids(verb, "aux", "aux:pass")):
        if tree.tokens[w].feat("Mood") is not None:
            return tree.tokens[w].feat("Number")
    return None


def _disagrees(tree: Tree, subj: int, verb: int) -> bool:
    """True when a single subject and its finite verb differ in number."""
    number, own = _finite_number(tree, verb), tree.tokens[subj].feat("Number")
    return number is not None and own is not None and own != number and not tree.kids(subj, "conj")


def speaker_head(tree: Tree, cue: CueCandidate, data: LanguageData,
                 quoted: frozenset[int] = frozenset()) -> tuple[int | None, str]:
    """The head word of the speaker phrase for ``cue`` and the rule that found it. Words of ``quoted``
    speech are never the speaker, whatever the parse attached ("„Der Achtung … wird … erwiesen“ heißt es")."""
    if cue.speaker_head is not None:
        return cue.speaker_head, cue.kind
    if cue.kind == "evidential":
        return None, "evidential"
    quoted = quoted | frozenset(cue.content)  # what the cue reports never names its speaker
    subj = _nominal_subject(tree, cue, data, quoted)
    if (subj is not None and cue.kind == "verb" and tree.break_before(cue.head) is not None and subj < cue.head
            and not tree.after_closed_quote(subj) and not (cue.content and min(cue.content) > cue.head)):
        # "…, verlautete aus dem Kreml.": the speaker follows the inserted cue (not a second predicate reporting
        # what follows it: "Die Vereinten Nationen bestätigten den Zwischenfall, | teilten jedoch mit, …")
        subj = None
    if subj is not None and tree.full_rel(subj) == "nsubj:pass" and cue.lemma not in data.passive_speaker_verbs \
            and not _impersonal(tree, subj, data) and _passive(tree, cue.head, data):
        # what was said or whom one told, never who spoke: "Die Bürger wurden aufgefordert, …", "Die Vorwürfe
        # wurden bestätigt", "was asked about …"; the agent speaks ("von der Polizei")
        agent = _agent(tree, cue.head, data)
        return (agent, "source_oblique") if agent is not None else (None, "impersonal")
    if subj is not None:
        if _impersonal(tree, subj, data):
            if cue.lemma in data.passive_speaker_verbs:  # "zitierte man **Yolanda Alvarez** vom Sender RTVE"
                cited = next((o for o in tree.kids(cue.head, "obj") if tree.tokens[o].upos in ("NOUN", "PROPN")), None)
                if cited is not None:
                    return cited, "source_oblique"
            agent = _agent(tree, cue.head, data, data.impersonal_source_prepositions)
            owner = _speech_noun_after(tree, cue.head, data)
            if owner is not None:
                return owner[0], "statement_owner"
            return (agent, "source_oblique") if agent is not None else (None, "impersonal")
        if tree.lemma(subj) in data.speech_nouns:
            owner = _speech_noun_owner(tree, subj, data)
            if owner is not None:
                return owner, "statement_owner"
        return _after_dateline(tree, subj, tree.head(subj) or cue.head), "subject"
    agent = _agent(tree, cue.head, data)
    if agent is not None and tree.head(agent) != cue.head and agent in quoted:
        agent = None  # the owner of a statement the cue reports: "asked about | her | emails"
    if agent is not None and not (_active(tree, cue.head, data) and any(
            tree.lower(c) in data.passive_agent_prepositions for c in tree.kids(agent, "case"))):
        return agent, "source_oblique"  # "Aus dem Kreml verlautete"; not whom an active verb asks: "verlangte vom Rat"
    hung = _subject_of_content(tree, cue, data, quoted)
    if hung is not None:
        return hung, "subject_of_content"
    if any(tree.full_rel(c) == "nsubj:pass" and c in cue.content for c in tree.kids(cue.head, "nsubj")):
        return None, "impersonal"  # a raised subject is part of the claim: "X is expected to …"
    follower = _inverted_noun_phrase(tree, cue.head, data)
    root = tree.phrase_root(follower[1], follower[0]) if follower is not None else None
    if follower is not None and follower[0] not in quoted and not _addressed(tree, cue.head, root, data) \
            and not _oblique_case(tree, root) and (data.verb_second or _clause_initial(tree, cue.head)):
        return follower[0], "inverted_np"  # not "sagte dem Spiegel", "werfen den Rebellen vor"
    leader = _leading_noun_phrase(tree, cue.head)
    head = _leading_head(tree, leader, data) if leader is not None else None
    if head is not None:
        return head, "leading_np"
    marked = _marked_noun_phrase(tree, cue.head, data)
    if marked is not None:
        return marked[0], "marked_np"
    nested = _nested_subject(tree, cue)
    if nested is not None:
        return nested, "nested_subject"
    name = _name_before_verb(tree, cue.head, data) if cue.kind == "verb" else None
    if name is not None and not quoted & set(name[1]):
        return name[0], "name_before_verb"
    before = _noun_phrase_before_verb(tree, cue.head, data) if cue.kind == "verb" else None
    if before is not None and not quoted & set(before[1]):
        return before[0], "noun_before_verb"
    described = _described_by_participle(tree, cue.head, data) if cue.kind == "verb" else None
    if described is not None and not quoted & set(described[1]):
        return described[0], "noun_before_verb"
    chain = _conjunct_chain(tree, cue.head)
    if cue.kind == "verb" and len(chain) > 1:
        # a conjoined verb speaks through the name right before the first verb: "Sen. Bernie Sanders called him
        # divisive and | accused him of …"
        first = speaker_head(tree, attrs.evolve(cue, head=chain[1], parts=(chain[1],), content=()), data, quoted)
        if first[1] == "name_before_verb":
            return first
    return None, "none"


def _conjunct_chain(tree: Tree, verb: int) -> list[int]:
    """``verb`` and the verbs before it that it is conjoined to, nearest first."""
    chain = [verb]
    while tree.rel(chain[-1]) == "conj" and (governor := tree.head(chain[-1])) is not None and governor < chain[-1] \
            and tree.tokens[governor].upos in VERBAL_UPOS:
        chain.append(governor)
    return chain


def _ratio(tree: Tree, k: int) -> bool:
    """True when word ``k`` joins two numbers into a share: "6 | in | 10 white men"."""
    return 0 < k < len(tree) - 1 and tree.tokens[k - 1].upos == "NUM" and tree.tokens[k + 1].upos == "NUM"


def _name_before_verb(tree: Tree, verb: int, data: LanguageData) -> tuple[int, list[int]] | None:
    """The name right before a cue verb that has no subject, after a comma, a closing quotation mark or at
    the start of the sentence, as (head, words): a name the tagger took for something else ("…, Ebeling
    said …" with "Ebeling" tagged as a verb) or one the parse hung elsewhere ("…,” Rep. Earl Blumenauer
    (D-Ore.) said", "…, Trump’s primary rival Sen. Marco Rubio said")."""
    if any(k < verb and tree.lower(k) not in data.temporal_words
           for k in tree.kids(verb, "nsubj", "nsubj:pass", "expl")):
        return None
    k = verb - 1
    apposition_end = None
    if k > 0 and tree.tokens[k].text == ",":  # "Col. Steven H. Warren, a military spokesman in Baghdad, said"
        opening = next((j for j in range(k - 1, max(-1, k - APPOSITION_MAX), -1) if tree.tokens[j].text == ","), None)
        if opening is not None and opening > 0 and _apposition(tree, opening + 1, k, data):
            apposition_end, k = k - 1, opening - 1
    if k > 0 and tree.tokens[k].text == ")":  # a party and state after the name: "(D-Ore.)"
        opening = next((j for j in range(k - 1, max(-1, k - PARENTHESIS_MAX), -1) if tree.tokens[j].text == "("), None)
        k = opening - 1 if opening is not None else k
    end = k
    if k < 0 or not tree.tokens[k].text[:1].isupper() or tree.tokens[k].upos not in ("PROPN", "NOUN", "VERB", "ADJ", "X"):
        return None
    while k > 0 and (tree.tokens[k - 1].upos == "PROPN" or tree.glued(k - 1) or _title_stop(tree, k - 1, data)
                     or tree.lower(k - 1) in ("'s", "’s")
                     or tree.tokens[k - 1].upos in ("NOUN", "ADJ") and any(
                         tree.tokens[j].upos == "PROPN" for j in range(max(0, k - 4), k - 1))):
        k -= 1
    if not (k == 0 or tree.tokens[k - 1].text == "," or tree.closes_quote(k - 1)):
        return None
    if end > k and tree.tokens[k].upos != "PROPN":
        return None
    if apposition_end is not None:
        return end, list(range(k, apposition_end + 1))
    return end, list(range(k, verb if end < verb - 1 else end + 1))


def _noun_phrase_before_verb(tree: Tree, verb: int, data: LanguageData) -> tuple[int, list[int]] | None:
    """The noun phrase ending right before a finite cue verb without subject, as (head, words), in a language
    whose subject stands there: a subject the parse hung elsewhere ("**About three-quarters** support a ban",
    "**A majority of voters looking for an outsider candidate** supported Trump")."""
    tok = tree.tokens[verb]
    if data.verb_second or tree.kids(verb, "nsubj", "nsubj:pass", "expl", "csubj") \
            or (tok.feat("VerbForm") != "Fin" and not tree.kids(verb, "aux")):
        return None
    end = verb - 1
    while end >= 0 and tree.tokens[end].upos in ("ADV", "AUX", "PART") and tree.head(end) == verb:
        end -= 1  # "overwhelmingly", "did not"
    if end < 0 or tree.tokens[end].upos not in ("NOUN", "PROPN", "NUM") or tree.lower(end) in data.temporal_words:
        return None
    head = end
    # from the last word up to the phrase it ends ("candidate" < "looking" < "voters"), not across a comma
    # ("In Ohio, | about half of voters said": "half" is no part of "Ohio")
    while tree.head(head) is not None and tree.head(head) < verb and tree.rel(head) in NOUN_PHRASE_RELS \
            and not any(tree.tokens[k].text == "," for k in range(tree.head(head), min(tree.subtree(head)))):
        head = tree.head(head)
    start = min(tree.subtree(head))
    words = range(start, end + 1)
    quantity = tree.tokens[head].upos in ("DET", "PRON") and bool(tree.kids(head, "nmod"))  # "half of voters"
    if tree.tokens[head].upos not in ("NOUN", "PROPN", "NUM") and not quantity \
            or not set(words) <= set(tree.subtree(head)):
        return None
    if tree.tokens[start].upos == "ADP" and tree.lower(start) not in data.quantity_qualifiers:
        return None  # "After Donald Trump announced": a phrase of time, not a subject
    if any(tree.tokens[k].upos == "AUX" or tree.tokens[k].feat("VerbForm") == "Fin"
           or tree.is_punct(k) and not tree.glued(k) for k in words):
        return None  # one phrase, no clause: not "That’s seven hours after the police", "“…”, actress X"
    if start > 0 and not (tree.is_punct(start - 1) or tree.tokens[start - 1].upos in ("CCONJ", "SCONJ")):
        return None  # the phrase must open its clause
    return head, tree.trim(words)


def _described_by_participle(tree: Tree, verb: int, data: LanguageData) -> tuple[int, list[int]] | None:
    """The noun phrase with the participle that describes it, when the parse took the participle for the
    clause's verb and hung the finite cue on it ("**People briefed on the situation** say …"): a past form
    without auxiliary, right after its subject, with no comma or conjunction between it and the cue."""
    participle = tree.head(verb)
    if data.verb_second or participle is None or participle > verb \
            or tree.rel(verb) not in ("advcl", "conj", "parataxis") or tree.tokens[verb].feat("VerbForm") != "Fin":
        return None
    # (the tagger often reads the participle as a past tense: "briefed" as in "they briefed")
    if tree.tokens[participle].feat("Tense") != "Past" or tree.kids(participle, "aux", "cop") \
            or tree.kids(verb, "mark") or is_speech_verb(tree, participle, data) \
            or any(tree.tokens[k].text == "," or tree.tokens[k].upos in ("CCONJ", "SCONJ") for k in range(participle, verb)):
        return None
    subj = next((c for c in tree.kids(participle, "nsubj") if max(tree.subtree(c)) + 1 == participle), None)
    if subj is None or tree.tokens[subj].upos not in ("NOUN", "PROPN"):
        return None
    return subj, tree.trim(range(min(tree.subtree(subj)), verb))


def _apposition(tree: Tree, start: int, stop: int, data: LanguageData) -> bool:
    """True when words ``start:stop`` form a noun phrase describing a person: an article or a role first and
    no verb ("a military spokesman in Baghdad", "Sanders’ campaign manager")."""
    words = range(start, stop)
    return bool(words) and (tree.tokens[start].upos == "DET" or any(data.is_role_noun(tree.tokens[j].text) for j in words)) \
        and not any(tree.tokens[j].upos in ("VERB", "AUX") for j in words)


def _addressed(tree: Tree, verb: int, head: int, data: LanguageData) -> bool:
    """True when ``head`` is the object of a verb of telling and no nominative says otherwise: "told POLITICO"."""
    return (tree.lemma(verb) in data.addressee_verbs and tree.head(head) == verb and tree.rel(head) in ("obj", "iobj")
            and tree.tokens[head].feat("Case") != "Nom")


def _leading_noun_phrase(tree: Tree, verb: int) -> list[int] | None:
    """The words before the verb when they form one noun phrase from the start of the sentence, with its
    appositions ("„Die Zeit“ schrieb", "Die Tageszeitung „The Guardian“ berichtete", "A Twitter spokesman,
    Christopher Abboud, said"), whatever the parse says."""
    words = tree.trim(range(0, verb))
    ok = ("DET", "ADJ", "NOUN", "PROPN", "NUM", "X")
    if not words or tree.tokens[words[0]].upos not in ok and tree.tokens[words[0]].text not in QUOTE_CHARS:
        return None
    if not all(tree.tokens[w].upos in ok or tree.tokens[w].text in ",()" or tree.lower(w) in ("'s", "’s")
               or tree.is_punct(w) and (tree.tokens[w].text in QUOTE_CHARS or tree.glued(w)) for w in words):
        return None
    nouns = [w for w in words if tree.tokens[w].upos in ("NOUN", "PROPN")]
    return words if nouns else None


def _leading_head(tree: Tree, words: list[int], data: LanguageData) -> int | None:
    """The head of a leading noun phrase: its last noun before the first apposition; no time word."""
    comma = next((w for w in words if tree.tokens[w].text == ","), None)
    nouns = [w for w in words if tree.tokens[w].upos in ("NOUN", "PROPN") and (comma is None or w < comma)]
    if not nouns or tree.lower(nouns[-1]) in data.temporal_words:
        return None
    return nouns[-1] if comma is not None else words[-1]


def _after_dateline(tree: Tree, subj: int, verb: int) -> int:
    """The head of the noun phrase between a dash and the verb when the parse made the dateline before the dash
    the subject ("WASHINGTON, June 10 (UPI) — **Presumptive nominee Hillary Clinton** told …"), else ``subj``."""
    dashes = [k for k in range(subj + 1, verb) if tree.is_punct(k) and tree.tokens[k].text in DATELINE_DASHES
              and not tree.glued(k)]  # not a name's hyphen ("Alex Seitz-Wald")
    if not dashes:
        return subj
    words = tree.trim(range(dashes[-1] + 1, verb))
    if any(tree.tokens[w].upos in VERBAL_UPOS for w in words):
        return subj
    # a name set off after the role is its apposition: "— France's far-right party leader, Marine Le Pen, voiced"
    segments = [[]]
    for w in words:
        if tree.tokens[w].text == ",":
            segments.append([])
        else:
            segments[-1].append(w)
    heads = [[w for w in seg if tree.head(w) not in seg] for seg in segments]
    if any(len(h) != 1 for h in heads) or tree.tokens[heads[0][0]].upos not in ("NOUN", "PROPN") \
            or any(tree.tokens[h[0]].upos != "PROPN" for h in heads[1:]):
        return subj
    return heads[0][0]


def _subject_of_content(tree: Tree, cue: CueCandidate, data: LanguageData, quoted: frozenset[int]) -> int | None:
    """In a language without verb-second order, a subject before a cue verb without one that the parse gave
    the clause after the verb ("**Rabbi Marvin Hier**, the founder of …, has said that …", "**people** who
    have battled other online threats say it could …"): nothing but the cue's subject can stand there."""
    if data.verb_second or tree.kids(cue.head, "expl"):
        return None
    for s in range(cue.head):
        head = tree.head(s)
        if tree.rel(s) == "nsubj" and head is not None and head > cue.head and head in tree.subtree(cue.head) \
                and s not in quoted and tree.tokens[s].upos in NOMINAL_UPOS \
                and "Rel" not in tree.pron_types(s) and max(tree.subtree(s)) < cue.head:
            return s
    return None


def _nested_subject(tree: Tree, cue: CueCandidate) -> int | None:
    """A nominal subject one level below the cue verb, before it and outside its content: the parse hung
    the speaker on a mistagged word ("Die Kanadier hingegen sagen": "hingegen" as a verb)."""
    content = set(cue.content)
    for child in tree.kids(cue.head):
        if child > cue.head or child in content:
            continue
        subjects = [s for s in tree.kids(child, "nsubj") if s < cue.head and tree.tokens[s].upos in NOMINAL_UPOS]
        if subjects:
            return subjects[0]
    return None


def _marked_noun_phrase(tree: Tree, verb: int, data: LanguageData) -> tuple[int, list[int]] | None:
    """Head and words of the noun phrase between "wie"/"as" or a direct quote and the cue verb ("Wie Philip
    Panynag, ein Sprecher der SPLA, mitteilte, …", "As the mayor noted, …", "“…,” Brent Bozell III, founder
    of the Media Research Center, tells Breitbart News"), whatever the parse attached."""
    def marks(k: int) -> bool:
        return tree.lower(k) in data.cue_marks or (tree.closes_quote(k) and tree.tokens[k - 1].text in ",.?!…") or (
            tree.tokens[k].text == "," and k > 0 and tree.closes_quote(k - 1))

    end = verb
    while end - 1 >= 0 and tree.tokens[end - 1].upos == "AUX":
        end -= 1
    mark, quoted = end - 1, False
    while mark >= 0 and not (marks(mark) and not quoted) and (
            quoted or tree.tokens[mark].upos in NP_UPOS | {"ADP", "SYM"} or tree.tokens[mark].text in ",()"
            or tree.tokens[mark].text in QUOTE_CHARS):
        if tree.tokens[mark].text in QUOTE_CHARS:
            quoted = not quoted  # a quoted name may hold any word: "die „Aktion Deutschland hilft“"
        mark -= 1
    if mark < 0 or quoted or not marks(mark):
        return None
    words = tree.trim(range(mark + 1, end))
    nouns = [w for w in words if tree.tokens[w].upos in ("NOUN", "PROPN")]
    if not nouns and any(tree.tokens[w].text in QUOTE_CHARS for w in words):
        nouns = [w for w in words if tree.tokens[w].text not in QUOTE_CHARS]  # "Wie „heise online“ berichtet"
    if not nouns or tree.tokens[words[0]].upos not in ("DET", "NOUN", "PROPN", "ADJ", "NUM") \
            and tree.tokens[words[0]].text not in QUOTE_CHARS:
        return None
    # the head ends the first noun phrase: before a preposition, genitive article or the apposition's comma
    cut = next((w for w in words if w > nouns[0] and (tree.tokens[w].upos in ("ADP", "DET") or tree.tokens[w].text == ",")), None)
    head = max(n for n in nouns if cut is None or n < cut)
    return head, words


def following_noun_phrase(tree: Tree, verb: int, data: LanguageData) -> tuple[int, list[int]] | None:
    """Head and words of the noun phrase right after a cue verb ("…“, erklärte Lawrow", "said Smith",
    "verlautete aus dem Kreml"), whatever the parse calls it."""
    i = verb + 1
    while i < len(tree) and (tree.tokens[i].upos in ("AUX", "ADV") or tree.full_rel(i) == "compound:prt"
                              or tree.lower(i) in data.reflexive_pronouns):
        i += 1  # "meldeten dann die Nachrichten"
    start = i
    if i < len(tree) and tree.lower(i) in data.source_prepositions:
        i += 1
    words, quoted = [], False
    # a preposition right after the article opens an extended attribute: "die in New York geborene Lopez"
    extended = i + 1 < len(tree) and tree.tokens[i].upos == "DET" and tree.tokens[i + 1].upos == "ADP"
    while i < len(tree) and (quoted or tree.tokens[i].upos in ("DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM")
                              or tree.glued(i) or (words and tree.tokens[i].text in QUOTE_CHARS)
                              or (extended and tree.tokens[i].upos == "ADP")):
        if tree.tokens[i].text in QUOTE_CHARS:
            quoted = not quoted  # a quoted name: "die Online-Ausgabe des „Spiegel“"
        words.append(i)
        i += 1
    if quoted:
        words = words[:max((k for k, w in enumerate(words) if tree.tokens[w].text in QUOTE_CHARS), default=0)]
    nouns = [w for w in words if tree.tokens[w].upos in ("NOUN", "PROPN", "PRON") and tree.lower(w) not in data.temporal_words]
    if not nouns or tree.lower(words[0]) in data.impersonal_subjects | data.passive_impersonals:
        return None  # no speaker: "hieß es", "said Tuesday"
    if tree.tokens[nouns[0]].upos == "PRON":
        return nouns[0], [nouns[0]]
    # a following proper noun or capitalised noun belongs to the name ("der Präsident Wolodymyr Selenskyj")
    head = nouns[-1]
    return head, list(range(start, words[-1] + 1))


def _noun_phrase_after_verb(tree: Tree, verb: int, data: LanguageData,
                            since: int = -1) -> tuple[int, list[int]] | None:
    """The noun phrase right after ``verb``, or after a finite auxiliary of it (after word ``since``) when
    the verb ends the clause ("Das musste X einräumen")."""
    auxiliaries = [a for a in tree.kids(verb, "aux") if since < a < verb]
    return next((f for v in (verb, *auxiliaries) if (f := following_noun_phrase(tree, v, data)) is not None), None)


def _inverted_noun_phrase(tree: Tree, verb: int, data: LanguageData) -> tuple[int, list[int]] | None:
    """The noun phrase after the cue ``verb`` or its auxiliary, or after the causative verb that governs it
    ("ließ ein IWF-Sprecher kurz verlauten")."""
    follower = _noun_phrase_after_verb(tree, verb, data)
    governor = tree.head(verb)
    if follower is None and tree.rel(verb) == "xcomp" and governor is not None and governor < verb \
            and tree.lemma(governor) in data.causative_verbs:
        follower = _noun_phrase_after_verb(tree, governor, data)
    return follower


def _clause_initial(tree: Tree, verb: int) -> bool:
    """True when only auxiliaries and adverbs stand between ``verb`` and the sentence start or a mark that
    ends a quote or clause: where a language without verb-second order puts the speaker after the verb
    ("“…,” said Smith"; not "Most voters supported Sanders")."""
    k = verb - 1
    while k >= 0 and tree.tokens[k].upos in ("AUX", "ADV"):
        k -= 1
    return k < 0 or tree.is_punct(k) and tree.tokens[k].text not in ")]"  # not "Sanders (I-Vt.) called him"


def _to_clause_end(tree: Tree, start: int) -> list[int]:
    """Words from ``start`` to the end of the clause (a full stop, colon, semicolon or a verb)."""
    words = []
    for k in range(start, len(tree)):
        if tree.tokens[k].text in (".", ";", ":", "!", "?") or tree.tokens[k].upos in ("VERB", "AUX"):
            break
        words.append(k)
    return tree.trim(words)


def _speech_noun_after(tree: Tree, verb: int, data: LanguageData) -> tuple[int, list[int]] | None:
    """Head and words of the owner in "hieß es in einer Erklärung der Regierungen …", found by word order;
    the owner phrase runs to the end of the clause."""
    for i in range(verb + 1, len(tree)):
        if tree.tokens[i].upos == "NOUN" and tree.lemma(i) in data.speech_nouns:
            j = i + 1
            words = []
            while j < len(tree) and tree.tokens[j].upos in ("DET", "ADJ", "NOUN", "PROPN", "NUM"):
                words.append(j)
                j += 1
            nouns = [w for w in words if tree.tokens[w].upos in ("NOUN", "PROPN")]
            return (nouns[0], _to_clause_end(tree, words[0])) if nouns else None
        if tree.is_punct(i) and tree.tokens[i].text in ".;:":
            return None
    return None


def impersonal_parts(tree: Tree, cue: CueCandidate, data: LanguageData,
                     quoted: frozenset[int] = frozenset()) -> tuple[int, ...]:
    """Cue words plus an expletive subject ("hieß es", "it was said") or a reflexive ("äußerte sich");
    an impersonal subject that is a word of its own ("man") stays out."""
    subj = _nominal_subject(tree, cue, data, quoted)
    nxt = cue.head + 1
    parts = set(cue.parts)
    if cue.kind == "verb":
        if subj is not None and _impersonal(tree, subj, data) and tree.lower(subj) in data.expletive_pronouns:
            parts.add(subj)
        parts.update(c for c in tree.kids(cue.head, "expl") if tree.lower(c) in data.expletive_pronouns)
    if cue.kind == "verb" and nxt < len(tree) and tree.lower(nxt) in data.reflexive_pronouns:
        parts.add(nxt)  # "äußerte sich"
    return tuple(sorted(parts))


def mention_words(tree: Tree, head: int, data: LanguageData, include_case: bool = True) -> list[int]:
    """Contiguous words of the phrase headed by ``head`` (no clauses but a participle right after the noun, no
    trailing punctuation)."""
    roles = role_apposition(tree, head, data)
    # a quantity keeps the adverb that qualifies it: "Nearly half", "About 60 percent"
    quantity = tree.tokens[head].upos in ("NUM", "DET", "PRON") and tree.lower(head) not in data.pronouns
    qualifier = [c for c in tree.kids(head, "advmod") if quantity and c == min(tree.subtree(head))]
    exclude = [c for c in tree.kids(head) if (tree.rel(c) in MENTION_EXCLUDE and not _is_name_part(tree, c)
                                              and not tree.narrowing_participle(head, c) and c not in roles
                                              and not _restrictive_relative(tree, head, c, data)
                                              and c not in qualifier)
               or (c > head and tree.lower(c) in data.temporal_words)]  # when, not who: "Trump on Tuesday"
    # a relative clause deeper down, on an apposition or a noun after a preposition, only when it is restrictive
    exclude += [c for c in tree.subtree(head) if c != head and tree.head(c) != head and tree.full_rel(c) == "acl:relcl"
                and not _restrictive_relative(tree, tree.head(c), c, data)]
    # an adverbial set off by a comma comments on the clause: "Andrew Liveris, | of course, | said", "First, |
    # party officials said"
    exclude += [c for c in tree.subtree(head) if c != head and tree.rel(c) in ("advmod", "discourse")
                and c > head and tree.tokens[c - 1].text == "," and _set_off(tree, c)]
    exclude += [c for c in tree.kids(head, *OPENING_MODIFIER_RELS) if c < head and not _is_name_part(tree, c)
                and _comma_after(tree, c, head)]
    exclude += [c for c in tree.kids(head, "nmod") if c > head and _prepositional_aside(tree, c, data)]
    if not include_case:
        exclude += tree.kids(head, "case")
    phrase = tree.subtree(head, exclude=exclude)
    words = tree.trim(_extend_names(tree, tree.contiguous_around(phrase, head), data))
    while words and words[0] > 0 and tree.tokens[words[0] - 1].text in data.abbreviations \
            and tree.tokens[words[0] - 1].text[:1].isupper() and tree.head(words[0] - 1) in words:
        words.insert(0, words[0] - 1)  # a title however the parse hung it: "Prof. | Dr. Hans Meier"
    if words and tree.lower(words[0]) in data.cue_marks and tree.rel(words[0]) == "case":
        words = words[1:]  # the clause's "as", whatever the parse hung it on: "As | Breitbart's Joel Pollak reported"
    if words and _ratio(tree, words[0]):  # the share's first number and its qualifier: "About 6 | in 10 white men"
        start = words[0] - 1
        if start > 0 and tree.tokens[start - 1].upos in ("ADV", "ADP") and tree.head(start - 1) == start:
            start -= 1
        words = list(range(start, words[-1] + 1))
    if words and words[0] > 0 and words[-1] + 1 < len(tree) and tree.tokens[words[0] - 1].text in QUOTE_CHARS \
            and tree.tokens[words[-1] + 1].text in QUOTE_CHARS:
        # a quoted name keeps its marks and an article before them: "Die „Kampagne für ein Freies Tibet“"
        words = list(range(words[0] - 2 if words[0] - 2 in phrase else words[0] - 1, words[-1] + 2))
    return words


def _comma_after(tree: Tree, i: int, head: int) -> bool:
    """True when a comma follows the phrase of word ``i`` before ``head``."""
    last = tree.word_bounds(i)[1]
    return last + 1 < head and tree.tokens[last + 1].text == ","


def _prepositional_aside(tree: Tree, i: int, data: LanguageData) -> bool:
    """True when the phrase of word ``i`` is set off by commas and opens with a preposition that opens no
    apposition: a comment on the clause ("Ted Cruz, | by contrast, | wrote"), not "Republicans, like Armitage,"."""
    first = tree.word_bounds(i)[0]
    return first > 0 and tree.tokens[first - 1].text == "," and tree.tokens[first].upos == "ADP" \
        and tree.lower(first) not in data.apposition_prepositions and _set_off(tree, i)


def _set_off(tree: Tree, i: int) -> bool:
    """True when the phrase of word ``i`` ends at a comma or the sentence end (not "then | the girlfriend of …")."""
    after = tree.word_bounds(i)[1] + 1
    return after == len(tree) or tree.tokens[after].text in (",", ".", ";", ":")


def _title_stop(tree: Tree, i: int, data: LanguageData) -> bool:
    """True when word ``i`` is the full stop of a title written apart from it ("Gov | .")."""
    return i > 0 and tree.tokens[i].text == "." and tree.tokens[i - 1].end == tree.tokens[i].start \
        and tree.tokens[i - 1].text + "." in data.abbreviations


def _extend_names(tree: Tree, words: list[int], data: LanguageData) -> list[int]:
    """Grow a phrase over adjacent proper nouns and hyphenated compounds the parse left outside, and over
    capitalised names after a role noun ("der ukrainische Präsident Wolodymyr Selenskyj")."""
    lo, hi = words[0], words[-1]

    def propn(i: int) -> bool:
        return tree.tokens[i].upos == "PROPN"

    def name_after_role(i: int) -> bool:
        tok = tree.tokens[i]
        if tok.upos not in ("NOUN", "PROPN") or not tok.text[:1].isupper() or data.is_role_noun(tok.text):
            return False
        prev = tree.tokens[i - 1]
        return data.is_role_noun(prev.text) or (prev.upos in ("NOUN", "PROPN") and i - 2 >= 0
                                                 and data.is_role_noun(tree.tokens[i - 2].text))

    def surname(i: int) -> bool:
        """A capitalised noun bound to the proper noun before it: "Angela Merkel" with "Merkel" tagged NOUN."""
        tok, prev = tree.tokens[i], tree.tokens[i - 1]
        possessor = tree.rel(i - 1) == "nmod" and any(prev.text.endswith(g) for g in data.genitive_suffixes)
        return (tok.upos == "NOUN" and tok.text[:1].isupper() and not data.is_role_noun(tok.text) and not possessor
                and (tree.head(i - 1) == i or tree.head(i) == i - 1))

    while True:
        if hi + 2 < len(tree) and tree.glued(hi + 1):
            hi += 2
        elif hi + 1 < len(tree) and propn(hi) and propn(hi + 1):
            hi += 1
        elif hi + 1 < len(tree) and name_after_role(hi + 1):
            hi += 1
        elif hi + 1 < len(tree) and propn(hi) and surname(hi + 1):
            hi += 1
        elif hi + 2 < len(tree) and _title_stop(tree, hi + 1, data) and propn(hi + 2):
            hi += 2  # a title written with its full stop apart, before the name: "State Sen | . | Lee Bright"
        elif hi + 2 < len(tree) and tree.tokens[hi + 1].text == "(" and tree.tokens[hi].upos in ("NOUN", "PROPN"):
            close = _closing_bracket(tree, hi + 1, hi + 6)
            if close is None:
                break
            hi = close  # a party or abbreviation in brackets: "Renate Schmidt ( SPD )"
        else:
            break
    while True:
        if lo - 2 >= 0 and tree.glued(lo - 1):
            lo -= 2
        elif lo - 1 >= 0 and propn(lo) and propn(lo - 1):
            lo -= 1
        elif lo - 1 >= 0 and tree.tokens[lo - 1].upos in ("DET", "ADJ", "NUM") and lo <= (tree.head(lo - 1) or -1) <= hi:
            lo -= 1  # the article of a compound whose first part the parse took as head: "der US-Präsident"
        elif lo - 1 >= 0 and data.is_role_noun(tree.tokens[lo - 1].text) and lo <= (tree.head(lo - 1) or -1) <= hi:
            lo -= 1  # a role the parse hung on the name as a loose dependent: "Bundeskanzler Olaf Scholz"
        elif lo - 2 >= 0 and _title_stop(tree, lo - 1, data) and propn(lo):
            lo -= 2  # a title written with its full stop apart: "Gov | . | Phil Bryant"
        else:
            break
    return list(range(lo, hi + 1))


def _restrictive_relative(tree: Tree, head: int, c: int, data: LanguageData) -> bool:
    """True for a relative clause right after noun ``head`` with no comma before it, which says who is meant
    ("some **who advocate free speech** argue", "a committee member **who supports Trump**"); not one that
    reports speech itself ("a Republican who said he would not vote for Cruz") or has another clause hung on it
    ("who supports Trump, asking for anonymity")."""
    sub = tree.subtree(c)
    first = min(sub)
    return tree.full_rel(c) == "acl:relcl" and first > head and not tree.is_punct(first - 1) \
        and "Rel" in tree.pron_types(first) and sorted(sub) == list(range(first, max(sub) + 1)) \
        and not clear_speech_verb(tree, c, data) and not any(
            tree.rel(k) in ("advcl", "parataxis") or tree.rel(k) == "conj" and tree.tokens[k].upos in VERBAL_UPOS
            for k in sub if k != c)


def _is_name_part(tree: Tree, i: int) -> bool:
    return tree.full_rel(i) in ("flat", "flat:name") or tree.tokens[i].upos == "PROPN" and tree.rel(i) in ("appos",)


def make_mention(tree: Tree, words: list[int], head: int, text: str, data: LanguageData,
                 nominative: bool = False) -> Mention:
    """A mention of ``words``; ``nominative`` when it is the subject of a speech verb (its role keeps its form)."""
    words = _without_trailing_arguments(tree, words, head, data)
    span = tree.span(words, text)
    assert span is not None
    # a relative clause says who is meant; its names are not the speaker's ("a member who supports Trump")
    unnamed = {k for c in tree.kids(head, "acl") if tree.full_rel(c) == "acl:relcl" for k in tree.subtree(c)}
    unnamed |= _parenthesis(tree, words)  # nor is a party or abbreviation in brackets part of a name or role
    words = [w for w in words if w not in unnamed]
    if is_group(tree, words, head, data):
        return Mention(span.start, span.end, span.text)  # several people: no one name, no one role
    # (a pronoun of the lexicon whatever the tagger says: "so letztere")
    is_pronoun = len(words) == 1 and (tree.tokens[head].upos == "PRON" or tree.lower(head) in data.pronouns)
    name, role = (None, None) if is_pronoun else split_name_role(tree, words, head, data, nominative)
    return Mention(span.start, span.end, span.text, name=name, role=role, is_pronoun=is_pronoun)


def _without_trailing_arguments(tree: Tree, words: list[int], head: int, data: LanguageData) -> list[int]:
    """``words`` up to the first word after the head that starts another argument of the verb, which the parse
    or word order joined to the speaker: whom one tells or where ("er | gegenüber Deutschlandradio", "der
    Mitarbeiter einer Produktionsfirma | gegenüber der Zeitung", `source_stop_prepositions`), when ("Angaben der
    Polizei | vom Dienstag", "bisherigen Angaben | 2011"), or a noun phrase in another case than the genitive
    ("Philip Aguer Panynag, ein Sprecher der SPLA, | der Presse"). A personal pronoun takes no modifier."""
    if tree.lower(head) in data.pronouns and tree.tokens[head].upos == "PRON" \
            and not (head + 1 in words and tree.tokens[head + 1].upos == "CCONJ"):  # "he and Brafman"
        return [w for w in words if w <= head]
    for k in words:
        if k <= head or k - 1 not in words:
            continue
        tok, prev = tree.tokens[k], tree.tokens[k - 1]
        nxt = k + 1 if k + 1 in words else None
        if (tree.lower(k) in data.source_stop_prepositions
                or (tok.upos == "ADP" and nxt is not None and tree.lower(nxt) in data.temporal_words
                    and tree.head(k) == nxt)
                or (tok.upos == "NUM" and len(tok.text) == 4 and tok.text.isdigit() and prev.upos in ("NOUN", "PROPN"))
                or (tok.upos == "DET" and tok.feat("Case") in ("Nom", "Dat", "Acc") and prev.upos in ("NOUN", "PROPN")
                    and tree.lower(k) not in data.genitive_articles)
                or (tok.upos == "DET" and prev.upos in ("NOUN", "PROPN") and not_genitive_adjective(tree, nxt, data))):
            return tree.trim(w for w in words if w < k) or words
    return words


def cue_spans(tree: Tree, parts: tuple[int, ...], text: str) -> tuple[Span, ...]:
    """The cue's words as spans, adjacent words merged ("nach Angaben", "teilte … mit" stays two)."""
    spans: list[Span] = []
    for i in sorted(parts):
        tok = tree.tokens[i]
        if spans and (spans[-1].end == tok.start or (tok.start - spans[-1].end == 1 and i - 1 in parts)):
            spans[-1] = Span.of(text, spans[-1].start, tok.end)
        elif spans and spans[-1].start == tok.start:
            continue
        else:
            spans.append(Span.of(text, tok.start, tok.end))
    return tuple(spans)
