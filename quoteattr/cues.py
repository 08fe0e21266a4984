"""Cues: the words that introduce reported speech, and the content each one governs.

A cue is a speech, thought or writing verb from the language's lexicon (with
separable particles: "teilte … mit" → "mitteilen"), or an according-to
construction ("laut X", "nach Angaben von X", "X zufolge", "…, so X",
"according to X").  Each cue records the word that heads the speaker phrase
when the construction itself fixes it (markers), and the words of its content.
"""

from __future__ import annotations

from typing import Sequence

import attrs
import regex

from quoteattr.lang import LanguageData
from quoteattr.syntax import QUOTE_CHARS, Tree
from quoteattr.textutil import WEB_ADDRESS

CLAUSE_RELS = ("ccomp", "parataxis", "xcomp", "csubj")
VERBAL_UPOS = {"VERB", "AUX"}
NOMINAL_UPOS = {"NOUN", "PROPN", "PRON", "NUM", "X"}
FRAME_WEIGHT = 0.5  # a verb that only frames a quote after a colon
STANCE_WEIGHT = 0.7  # a verb or copula with a stance noun and its clause ("ist der Ansicht, dass …")
NP_UPOS = {"DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM", "X"}
LABEL_UPOS = ("DET", "ADJ", "NOUN", "PROPN")  # words of a speaker label before a colon
SPEAKER_COLON_MAX = 4  # words of a name before a headline's colon ("Bill Clinton: …")
QUOTED_NAME_MAX = 4  # words of a quoted name a cue clause may hold before its colon ("sagte dem „Kicker“:")
CLEAR_SPEECH_WEIGHT = 0.8  # only clear speech verbs report what the parse misattached around them
CLOSING_SOURCE_MAX = 24  # words of an according-to phrase that closes its sentence
HEADLINE_CLAIM_MIN = 4  # words of a headline's claim after "Name:" when it has no verb
SPEAKER_LABEL_MAX = 8  # words of a speaker label before a colon and a quotation ("X zur neuen Heimat: „…“")
SPEAKER_APPOSITION_LABEL_MAX = 16  # the same with a role after the name ("X, Präsident des Rats der EU: „…“")
PREFIELD_MAX = 20  # words before the finite verb of a verb-second sentence that may form one fronted phrase


@attrs.frozen
class CueCandidate:
    """A cue in one sentence: its word(s), its type, weight and governed content."""

    sentence: int
    head: int
    parts: tuple[int, ...]
    kind: str  # "verb", "according_to", "so", "evidential" (no speaker: "it seems …")
    lemma: str
    weight: float
    speaker_head: int | None = None
    speaker_tokens: tuple[int, ...] = ()
    content: tuple[int, ...] = ()


def verb_lemma(tree: Tree, i: int, data: LanguageData) -> tuple[str, tuple[int, ...]]:
    """The lexicon lemma of verb ``i`` with its separable particle ("mitteilen") and the cue's words.

    The cue's words include auxiliaries ("hatte … erklärt"), marks such as
    "wie" in "wie X mitteilte", and companions such as "sich" and "davon".
    """
    lemma = tree.lemma(i)
    if lemma not in data.speech_verbs and lemma.lower() not in data.speech_verbs:
        lemma = data.speech_verb_of(tree.tokens[i].text) or lemma  # "vorgeworfen" lemmatized as itself
    extra = [c for c in tree.kids(i, "aux", "aux:pass") if c < i or tree.tokens[c].upos == "AUX"]
    governor = tree.head(i)
    if tree.rel(i) == "xcomp" and governor is not None and tree.lemma(governor) in data.causative_verbs:
        extra.append(governor)  # "ließ … verlauten"
    extra += [c for c in tree.kids(i) if c < i and tree.lower(c) in data.cue_marks]
    extra += _catenative_governor(tree, i, data)
    # "äußerte sich", "ging davon aus": reflexives and correlates belong to the cue
    # (not a connective opening the sentence: "Dazu erklärte Hartmann")
    opening = next((k for k in range(len(tree)) if not tree.is_punct(k)), None)
    extra += [c for c in tree.kids(i) if tree.lower(c) in data.cue_companions and c != opening]
    kids = tree.kids(i)
    expletive = [c for c in kids if tree.lower(c) in data.expletive_pronouns and tree.rel(c) in ("obj", "expl")]
    if expletive or any(tree.lower(c) in data.reflexive_pronouns for c in kids):
        # the state a reflexive or expletive cue reports, with its marker: "zeigte sich optimistisch",
        # "hält es für möglich, dass …", "considers it likely that …"
        states = [c for c in kids if tree.tokens[c].upos == "ADJ" and tree.rel(c) in ("xcomp", "advmod", "obl")]
        extra += states + [m for c in states for m in tree.kids(c, "case", "cc", "mark") if m < c]
        if states:
            extra += expletive
    # "mit den Worten", "mit der Begründung", "in a joint statement": the phrase that announces the words
    for c in tree.kids(i, "obl"):
        cases = tree.kids(c, "case")
        if cases and tree.lemma(c) in data.cue_manner_nouns.get(tree.lower(cases[0]), ()):
            extra += [k for k in tree.subtree(c) if k <= c and not tree.is_punct(k)]  # not a comma before it
    # "…, so schätzen die Forscher": the "so" of an inserted cue
    if i >= 2 and tree.lower(i - 1) in data.so_words and tree.head(i - 1) == i and tree.is_punct(i - 2):
        extra.append(i - 1)
    if data.cue_adverbs:
        # "has also said", "often says", "doesn't think": adverbs and negation of the verb in the run of
        # adverbs and auxiliaries before it, and a time word right after it ("announced Friday")
        k = i - 1
        while k >= 0 and tree.tokens[k].upos in ("ADV", "AUX", "PART") and tree.head(k) == i:
            if tree.tokens[k].upos == "ADV" or tree.tokens[k].feat("Polarity") == "Neg":
                extra.append(k)
            k -= 1
        if i + 1 < len(tree) and tree.head(i + 1) == i and (
                tree.lower(i + 1) in data.temporal_words or tree.tokens[i + 1].upos == "ADV"):
            extra.append(i + 1)
    particles = _particles(tree, i, data)
    if not particles and data.separable_particles:
        # a particle the parse gave another relation: "gab der Leiter …, Andreas Huber, bekannt, dass …"
        particles = [c for c in tree.kids(i) if c > i and tree.lower(c) in data.separable_particles
                     and tree.tokens[c].upos in ("ADJ", "ADV", "PART", "ADP")
                     and not any(tree.tokens[k].upos in NP_UPOS for k in tree.kids(c))][-1:]
    if not particles and data.separable_particles:
        # the particle closes the clause even when the parse misses it: "teilte … mit."
        j = i + 1
        while j < len(tree) and not (tree.is_punct(j) and tree.tokens[j].text in ".,;:!?“”\""):
            j += 1
        if j - 1 > i and tree.lower(j - 1) in data.separable_particles:
            particles = [j - 1]
        elif i > 0 and tree.head(i - 1) == i and tree.lower(i - 1) in data.separable_particles \
                and tree.rel(i - 1) != "mark" and tree.tokens[i - 1].upos != "PART":
            particles = [i - 1]  # written apart before the verb at a clause's end: "wie X bekannt gab"
    if not particles and not data.separable_particles and i + 1 < len(tree) and tree.head(i + 1) == i \
            and phrasal_verb(tree, i, data) is not None:
        particles = [i + 1]  # "fired back", whatever relation the parse gave the particle
    for prt in particles:
        if not data.separable_particles and prt == i + 1 and (phrasal := phrasal_verb(tree, i, data)) is not None:
            return phrasal, tuple(sorted([i, prt, *extra]))
        combined = tree.lower(prt) + lemma
        if combined not in data.speech_verbs:  # the lemmatizer failed on the bare form: "teilten" for "teilen"
            combined = data.speech_verb_of(tree.lower(prt) + tree.lower(i)) or combined
        if combined in data.speech_verbs:
            return combined, tuple(sorted([i, prt, *extra]))
    if lemma not in data.speech_verbs and lemma.lower() in data.speech_verbs:
        lemma = lemma.lower()
    # a particle that makes no other speech verb still belongs to this one ("pointed out")
    return lemma, tuple(sorted({i, *extra, *particles}))


def catenative_head(tree: Tree, i: int, data: LanguageData) -> int | None:
    """The verb or adjective before infinitive ``i`` that governs it through an infinitive marker
    (`infinitive_markers`: "sought | to clarify", "likely | to say", which the parse may call an adjective's
    clause) and is no cue itself, or None."""
    governor = tree.head(i)
    if governor is None or governor > i or not any(m == i - 1 and tree.lower(m) in data.infinitive_markers
                                                  for m in tree.kids(i, "mark")):
        return None
    if is_speech_verb(tree, governor, data):
        return None  # a cue of its own that reports the infinitive: "declined | to say whether …"
    if tree.rel(i) == "xcomp" or tree.rel(i) == "acl" and tree.tokens[governor].upos == "ADJ":
        return governor
    return None


def _catenative_governor(tree: Tree, i: int, data: LanguageData) -> list[int]:
    """The words from a governing verb or adjective to the infinitive marker of speech verb ``i`` that it
    governs ("has sought to | clarify", "were slightly more likely to | say"), in a language whose annotators
    count them to the cue (`infinitive_markers`)."""
    governor = catenative_head(tree, i, data)
    if governor is None:
        return []
    start = min([governor, *(c for c in tree.kids(governor, "aux", "cop") if c < governor)])
    words = list(range(start, i))
    inside = set(tree.subtree(governor))
    if any(k not in inside or tree.tokens[k].upos in ("NOUN", "PROPN", "PRON") or tree.is_punct(k) for k in words):
        return []
    return words


def phrasal_verb(tree: Tree, i: int, data: LanguageData) -> str | None:
    """The two-word lexicon verb that word ``i`` makes with the word after it, where particles follow their
    verb ("fired back" → "fire back", "shot back" with "shot" read as a noun)."""
    if data.separable_particles or i + 1 >= len(tree) or tree.tokens[i + 1].upos not in ("ADV", "ADP", "PART"):
        return None
    after = tree.lower(i + 1)
    lemma = f"{tree.lemma(i).lower()} {after}"
    return lemma if lemma in data.speech_verbs else data.speech_verb_of(tree.tokens[i].text, after)


def is_speech_verb(tree: Tree, i: int, data: LanguageData) -> bool:
    """True when word ``i`` reads as a verb of the lexicon (with its particle, or from its form)."""
    return verb_lemma(tree, i, data)[0] in data.speech_verbs


def clause_content(tree: Tree, verb: int, data: LanguageData) -> list[int]:
    """Words of what verb ``verb`` reports: its clausal complement, or the clause it interrupts; never a clause
    that a relative pronoun or an adverbial conjunction opens ("…, die wiederum das Amt informierte", "so dass
    …", "da er …"), which the parse may hang on the cue."""
    words = _clause_content(tree, verb, data)
    first = next((k for k in words if not tree.is_punct(k)), None)
    if first is not None and first < verb and tree.lower(first) in data.cue_marks and tree.head(first) is not None \
            and is_speech_verb(tree, tree.head(first), data):
        return []  # a cue clause of its own: "*Wie* der Minister *erklärte*, sieht die Regierung …"
    if first is None or first < verb or not _opens_other_clause(tree, first, data):
        return words
    # what follows the other clause and its comma may still be the content: "schrieb in einer Erklärung, die
    # auf ihrer Homepage veröffentlicht wurde, sie wolle …"
    clause = tree.head(first)
    end = max(tree.subtree(clause)) if clause is not None and clause > first else first
    rest = [k for k in words if k > end + 1]
    return tree.trim(rest) if end + 1 < len(tree) and tree.tokens[end + 1].text == "," and len(rest) >= 2 else []


def _opens_other_clause(tree: Tree, first: int, data: LanguageData) -> bool:
    """True when word ``first`` opens a relative or adverbial clause rather than reported content: a relative
    pronoun (an ambiguous one only without the verb right after it: "die wiederum … informierte", not "die
    seien …") set off by a comma, a subordinating conjunction other than a complementizer ("da", "while";
    not one with the finite verb right after it in a verb-second language: "damit solle"), or a consequence
    ("so dass")."""
    tok = tree.tokens[first]
    pron_types = tree.pron_types(first)
    nxt = tree.tokens[first + 1] if first + 1 < len(tree) else None
    if "Rel" in pron_types and first > 0 and tree.tokens[first - 1].text == "," \
            and tree.lower(first) not in data.complementizers \
            and (pron_types == {"Rel"} or nxt is None or nxt.upos not in VERBAL_UPOS):
        return True
    if tok.upos == "SCONJ" and tree.lower(first) not in data.complementizers:
        # with the finite verb right after it, the word is an adverb opening a main clause: ", damit solle …"
        return not (data.verb_second and nxt is not None and nxt.upos in VERBAL_UPOS and tree.is_finite(first + 1))
    return tree.lower(first) in data.consequence_openers and nxt is not None and nxt.upos == "SCONJ"


def _adverbial_opener(tree: Tree, k: int, data: LanguageData) -> bool:
    """True when word ``k`` follows a comma and is a complementizer that is adverbial there: "said of Apple in
    February, | when the company balked …" tells when, not what."""
    return tree.lower(k) in data.adverbial_complementizers and k > 0 and tree.tokens[k - 1].text == ","


def _adverbial_clause(tree: Tree, clause: int, data: LanguageData) -> bool:
    """True when ``clause`` opens with an adverbial complementizer after a comma or as the parse's adverbial
    clause ("told ITV | when asked how …")."""
    words = tree.trim(tree.subtree(clause))
    return bool(words) and (_adverbial_opener(tree, words[0], data) or (
        tree.rel(clause) == "advcl" and tree.lower(words[0]) in data.adverbial_complementizers))


def _clause_content(tree: Tree, verb: int, data: LanguageData) -> list[int]:
    opening = _opening_participle_phrase(tree, verb) or _relative_object_clause(tree, verb) \
        or _around_inserted_cue(tree, verb, data)
    if opening:
        return opening
    before = _inserted_after_content(tree, verb, data)
    if before:
        return before
    after_colon = _after_colon(tree, verb)
    if after_colon is not None:
        return after_colon
    comps = [c for c in tree.kids(verb, *CLAUSE_RELS) if any(tree.tokens[k].upos in VERBAL_UPOS for k in tree.subtree(c)) or tree.rel(c) == "parataxis"]
    # a clause opened by a complementizer, whatever relation the parse gave it ("sagte, dass …")
    comps += [c for c in tree.kids(verb, "advcl", "obj", "obl", "dep") if c not in comps and c > verb
              and tree.lower((tree.trim(tree.subtree(c)) or [c])[0]) in data.complementizers
              and not _adverbial_clause(tree, c, data)]
    # a gerund clause opened by a preposition of reported content: "asked about increasing the number …"
    comps += [c for c in tree.kids(verb, "advcl") if c not in comps and c > verb and tree.active_participle(c)
              and any(tree.lower(m) in data.reported_object_cases for m in tree.kids(c, "mark"))]
    if not comps and tree.lemma(verb) in data.addressee_verbs:
        comps = _clause_on_addressee(tree, verb, data)
    # "erklärte, die Lage sei ernst": the clause after the comma, whether the parse made the cue its root
    # or hung the cue below it ("erklärte" as csubj of "ernst")
    head = tree.head(verb)
    if not comps:
        comps = _misattached_complement(tree, verb, data)
    if not comps:
        comps = _complementizer_clause_after(tree, verb, data)
    comps = [c for c in comps if not coordinated_cue(tree, c, data)]
    comps += _misattached_conjuncts(tree, verb, comps, data)
    second = (_second_subject(tree, verb) or _clause_taken_by_later_verb(tree, verb)) if not comps else []
    if len(second) >= 3:
        return second
    if not comps and not data.verb_second:
        in_object = _clause_in_object(tree, verb, data)
        if in_object:
            return in_object
    # (also a predicate coordinated after the root without a subject of its own: "bestätigten …, teilten jedoch
    # mit, es sei unklar")
    second_predicate = tree.rel(verb) == "conj" and head is not None and head < verb and tree.rel(head) == "root" \
        and not tree.kids(verb, "nsubj", "nsubj:pass", "expl") and tree.is_finite(verb)
    if not comps and (tree.rel(verb) == "root" or second_predicate
                      or (head is not None and head > verb and tree.rel(verb) in CLAUSE_RELS + ("advcl", "dep"))):
        after = _clause_after_comma(tree, verb, data) or _clause_before_closing_cue(tree, verb, data)
        if after:
            return after
    if comps:
        before_cue = [c for c in comps if c < verb]
        if before_cue and len(before_cue) < len(comps):
            # complements on both sides: a quote closing right before the cue clause is what it reports
            # ("“…,” Clinton said, while arguing …"), else the clause after it
            start = min([verb, *tree.kids(verb, "nsubj")])
            quoted = any(tree.closes_quote(j) for j in range(max(0, start - 2), start))
            comps = before_cue if quoted else [c for c in comps if c > verb]
        words: list[int] = []
        for c in comps:
            start = min(tree.subtree(c))
            trailing = _trailing_participle(tree, c, data) if c > verb else set()
            # a subject the parse gave the cue right before its complement belongs to it ("said Mr. Kasich should")
            # (not across a comma or complementizer: "berichtete die Online-Ausgabe, dass …", nor before a
            # predicative: "bezeichnete er als „verlogen“")
            if not tree.is_punct(start) and tree.lower(start) not in data.complementizers and tree.rel(c) != "xcomp":
                words.extend(k for s in tree.kids(verb, "nsubj") if verb < s and max(tree.subtree(s)) + 1 == start
                             for k in tree.subtree(s))
            words.extend(_complement_subject(tree, verb, c, data))
            if c < verb and tree.tokens[start].text in QUOTE_CHARS:
                # "“…,” Dick Dever, who was listed on the slate, told": the quote, not the speaker after it
                close = next((k for k in range(start + 1, verb) if tree.closes_quote(k)), None)
                if close is not None:
                    words.extend(k for k in tree.subtree(c) if k <= close)
                    continue
            # only the complement's side of the cue: a conjunct the parse hung on it across the cue and its
            # subject ("“…,” said X, a spokesman for Y, which represents …") is not reported
            words.extend(k for k in tree.subtree(c) if (k < verb) == (c < verb) and k not in trailing)
        raised = _raised_subject(tree, verb, comps, data)
        return tree.trim(sorted({*raised, *words}))
    if marked_subordinate(tree, verb, data) or _in_subordinate(tree, verb, data):
        return []  # the cue sits in a subordinate clause: "…, dass Trump ankündigte", "weil X … bezeichnet hat"
    if tree.participle_clause(verb):
        # never a speech verb coordinated with the participle or with the clause it hangs on: a cue of its own
        # ("calling them rapists | and vowing to …", "declaring it a victory | and said …")
        own = set(tree.subtree(verb))
        other_act = min([len(tree), *(min(w for w in tree.subtree(k) if not tree.is_punct(w))
                                      for k in range(verb + 1, len(tree)) if tree.rel(k) == "conj"
                                      and (tree.head(k) == verb or k not in own) and is_speech_verb(tree, k, data)
                                      and min(tree.subtree(k)) > verb)])
        if tree.rel(verb) == "acl":  # "executives supporting her campaign are …": the participle's own phrase
            # (a passive participle reports nothing: "call sheets maintained by her aides")
            return tree.trim(k for k in own if verb < k < other_act) if tree.active_participle(verb) else []
        # "…, saying: „…“": what follows, not the clause before, up to a clause of its own ("…, though X said")
        end = next((k for k in range(verb + 1, len(tree) - 1) if tree.tokens[k].text == ","
                    and _opens_other_clause(tree, k + 1, data) and tree.tokens[k + 1].upos == "SCONJ"), len(tree))
        return tree.trim(range(verb + 1, min(end, other_act)))
    relative = in_relative_clause(tree, verb)
    # "…, he told the court.": a conjunct with its own subject and no conjunction, closing the sentence
    closing_conj = (tree.rel(verb) == "conj" and not tree.kids(verb, "cc") and tree.kids(verb, "nsubj")
                    and head is not None and head < verb
                    and not any(tree.tokens[k].upos in VERBAL_UPOS for k in range(verb + 1, len(tree))))
    # "Bolton said he would advise Trump": a cue in the complement of a speech verb reports nothing of it
    reported_by_head = head is not None and head < verb and tree.rel(verb) == "ccomp" and is_speech_verb(tree, head, data)
    # "Asked if he was bullied, the candidate said no": the question is the participle's, the answer the cue's
    asked = head is not None and head < verb and bool(_opening_participle_phrase(tree, head))
    if head is not None and (tree.rel(verb) in ("parataxis", "ccomp", "advcl", "acl") or closing_conj) \
            and not relative and not reported_by_head and not asked:
        cue_clause = set(tree.subtree(verb))
        if head < verb:  # words before the comma that opens the cue clause are the content's, even where the parse
            # hung them on the cue ("what" in "X was doing what 40 states do, he told the court")
            start = min([verb, *(k for s in tree.kids(verb, "nsubj") for k in tree.subtree(s))])
            while start - 1 in cue_clause:
                start -= 1
            if start > 0 and tree.tokens[start - 1].text == ",":
                cue_clause = {k for k in cue_clause if k >= start}
        return tree.trim(k for k in tree.subtree(head) if k not in cue_clause and (k < verb) == (head < verb))
    return []


def _around_inserted_cue(tree: Tree, verb: int, data: LanguageData) -> list[int]:
    """The clause around a clear speech verb's clause set off by commas inside it ("The economy, *the minister
    said on Tuesday*, will grow", "Die Lage, *sagte er*, sei ernst"): a subject phrase before, the predicate
    after, whatever the parse attached to the cue."""
    before = next((k for k in range(verb - 1, -1, -1)
                   if tree.tokens[k].text == "," or tree.tokens[k].upos == "VERB"), None)
    after = next((k for k in range(verb + 1, len(tree))
                  if tree.is_punct(k) or tree.tokens[k].upos in VERBAL_UPOS), None)
    if before is None or after is None or tree.tokens[before].text != "," or tree.tokens[after].text != "," \
            or before < 1 or tree.closes_quote(before - 1) or tree.kids(verb, "ccomp", "xcomp", "obj") \
            or not clear_speech_verb(tree, verb, data) or in_relative_clause(tree, verb):
        return []
    if not any(k != verb and tree.tokens[k].upos in NOMINAL_UPOS and "Rel" not in tree.pron_types(k)
               for k in range(before + 1, after)) \
            or data.verb_second and tree.tokens[before + 1].upos not in VERBAL_UPOS:
        return []  # the cue clause names its speaker, after the verb where the verb comes second ("sagte er"):
        # not "Nurur Rahman, der …, teilte mit, dass", "Nurur Rahman, der Koordinator … teilte mit, dass"
    head, tail = tree.trim(range(0, before)), tree.trim(range(after + 1, len(tree)))
    # one noun phrase before (not "Wie X, ein Sprecher, mitteilte"), a clause after
    if not head or not tail or tree.tokens[tail[0]].text in QUOTE_CHARS \
            or any(tree.tokens[k].upos in (*VERBAL_UPOS, "SCONJ") or tree.tokens[k].text in QUOTE_CHARS
                   or tree.tokens[k].text == "," for k in head) \
            or not any(tree.tokens[k].upos in NOMINAL_UPOS for k in head) \
            or not any(tree.tokens[k].upos in VERBAL_UPOS for k in tail):
        return []
    return [*head, *tail]


def opens_infinitive(tree: Tree, clause: int, data: LanguageData) -> bool:
    """True when ``clause`` is an infinitive whose first word is its infinitive marker ("to act")."""
    first = min(tree.subtree(clause))
    return tree.tokens[clause].feat("VerbForm") == "Inf" and tree.rel(first) == "mark" \
        and tree.lower(first) in data.infinitive_markers


def _complement_subject(tree: Tree, verb: int, clause: int, data: LanguageData) -> list[int]:
    """The object right before an infinitive or participle clause after the cue, the subject of that clause,
    which belongs to what is reported ("wants | Trump to lose", "polls show | him leading", "found | it to be a
    deterrent", "asked | a federal judge to block …"); in a verb-second language only before an active
    participle, since a participle there is mostly predicative ("sehen alles gelassen")."""
    start = min(tree.subtree(clause))
    if clause < verb or tree.is_punct(start) or not (tree.rel(clause) == "xcomp" or opens_infinitive(tree, clause, data)) \
            or tree.kids(clause, "nsubj", "nsubj:pass") \
            or (tree.is_finite(clause) and verb_lemma(tree, verb, data)[0] in data.addressee_verbs) \
            or (data.verb_second and not tree.active_participle(clause)):
        return []  # not whom one tells before a clause of its own: "told | the crowd he was …"
    inside = set(tree.subtree(clause))
    for o in tree.kids(verb, "obj", "iobj"):
        phrase = [k for k in tree.subtree(o) if k not in inside]
        if verb < o < clause and max(phrase) + 1 == start:
            return phrase
    return []


def _raised_subject(tree: Tree, verb: int, comps: list[int], data: LanguageData) -> list[int]:
    """The passive subject of "X is expected to …" (`raising_passives`): what is expected of it belongs to the
    claim, so the content runs from the subject to the infinitive, the cue inside it."""
    if verb_lemma(tree, verb, data)[0] not in data.raising_passives \
            or not any(tree.rel(c) == "xcomp" and c > verb for c in comps):
        return []
    subjects = [c for c in tree.kids(verb, "nsubj") if c < verb and tree.full_rel(c) == "nsubj:pass"]
    return list(range(min(tree.subtree(subjects[0])), verb)) if subjects else []


def _opening_participle_phrase(tree: Tree, verb: int) -> list[int]:
    """What a participle opening the sentence asks or says, up to its comma ("When asked about her weaknesses,
    they …": "about her weaknesses", "Citing unnamed officials, the newspaper …": "unnamed officials"), never the
    main clause after it, whatever the parse made the root."""
    tok = tree.tokens[verb]  # the tagger may call it a past tense: it has no subject
    present = tok.feat("VerbForm") == "Ger" or tok.feat("VerbForm") == "Part" and tok.feat("Tense") == "Pres"
    if not present and (tok.feat("VerbForm") not in ("Part", "Fin") or tok.feat("Tense") != "Past") \
            or tree.kids(verb, "nsubj", "nsubj:pass", "aux", "aux:pass") \
            or any(tree.tokens[k].upos not in ("ADV", "SCONJ") for k in range(verb)) or verb > 2:
        return []
    comma = next((k for k in range(verb + 1, len(tree)) if tree.tokens[k].text == ","), None)
    phrase = tree.trim(range(verb + 1, comma)) if comma is not None else []
    # (one speaks to or with someone, about something: only a present participle's object is what it says)
    return [] if present and phrase and tree.tokens[phrase[0]].upos == "ADP" else phrase


def _relative_object_clause(tree: Tree, verb: int) -> list[int]:
    """The relative pronoun that a cue says something about and the predicate after the cue ("the vote, which
    she has repeatedly said was a mistake", "what many analysts said was a sign of …"), the cue and its subject
    inside: a clause the parse rarely builds."""
    pronoun = next((c for c in tree.kids(verb, "obj") if c < verb and tree.tokens[c].feat("PronType") in ("Rel", "Int")
                    and not tree.kids(c)), None)
    if pronoun is None or not tree.kids(verb, "nsubj") or verb + 1 >= len(tree) \
            or tree.tokens[verb + 1].upos not in VERBAL_UPOS or tree.tokens[verb + 1].feat("VerbForm") != "Fin":
        return []
    end = next((k for k in range(verb + 1, len(tree)) if tree.tokens[k].text in ",;:" or tree.is_punct(k)
                and tree.tokens[k].text in ".!?"), len(tree))
    return [pronoun, *tree.trim(range(verb + 1, end))]


def _clause_before_closing_cue(tree: Tree, verb: int, data: LanguageData) -> list[int]:
    """Everything before the comma that opens a cue clause closing the sentence ("Weiner, 51, … sent photos to
    another woman, the New York Post reported."), when the parse made the cue the root of all of it."""
    if tree.rel(verb) != "root" or any(not tree.is_punct(k) and tree.lower(k) not in data.temporal_words
                                       for k in range(verb + 1, len(tree))):
        return []
    if not clear_speech_verb(tree, verb, data):
        return []
    comma = verb - 1
    while comma >= 0 and tree.tokens[comma].text != "," and tree.tokens[comma].upos not in VERBAL_UPOS:
        comma -= 1
    between = range(comma + 1, verb)
    if comma < 3 or tree.tokens[comma].text != "," \
            or not any(tree.rel(k) == "nsubj" and tree.head(k) == verb for k in between):
        return []
    return tree.trim(range(0, comma))


def coordinated_cue(tree: Tree, clause: int, data: LanguageData) -> bool:
    """True when ``clause``, which the parse made a complement of the verb before it, is a finite speech verb
    with no subject or conjunction of its own: a second cue of the same speaker whose "und" is missing ("X
    nannte die Bewerbung „sehr respektabel“ | stellte aber fest, dass …")."""
    governor = tree.head(clause)
    return governor is not None and governor < clause and tree.rel(clause) == "ccomp" and tree.is_finite(clause) \
        and is_speech_verb(tree, clause, data) and not tree.kids(clause, "nsubj", "nsubj:pass", "mark") \
        and tree.tokens[min(tree.subtree(clause)) - 1].text not in (",", ":", ";")


def clear_speech_verb(tree: Tree, verb: int, data: LanguageData) -> bool:
    """True when verb ``verb`` is a clear speech verb of the lexicon ("said", "erklärte"), weight at least
    ``CLEAR_SPEECH_WEIGHT``."""
    return data.speech_verbs.get(verb_lemma(tree, verb, data)[0], 0.0) >= CLEAR_SPEECH_WEIGHT


def _clause_in_object(tree: Tree, verb: int, data: LanguageData) -> list[int]:
    """The rest of the sentence when the parse took a clause after a strong speech verb for its object
    ("Dayton says caucuses “are such an unknown” because …": a noun with a finite verb after it), in a language
    whose speaker never follows the verb there."""
    if not clear_speech_verb(tree, verb, data) or verb_lemma(tree, verb, data)[0] in data.addressee_verbs:
        return []
    for obj in tree.kids(verb, "obj"):
        words = sorted(tree.subtree(obj))
        finite = [k for k in words if k > obj and (tree.tokens[k].upos == "AUX" or tree.tokens[k].feat("VerbForm") == "Fin")]
        if words[0] == verb + 1 and finite and not any(
                tree.tokens[k].feat("PronType") == "Rel" or tree.tokens[k].text == "," for k in range(obj, finite[0])):
            return tree.trim(range(verb + 1, len(tree)))
    return []


def _clause_on_addressee(tree: Tree, verb: int, data: LanguageData) -> list[int]:
    """The clause the parse hung on the object of a verb of telling or asking although it is the verb's:
    "asked a federal judge to block the rules", "asked the union why they did not respond"."""
    for obj in tree.kids(verb, "obj", "iobj"):
        # "urged the administration to join …" with the infinitive taken for an adverbial clause of the verb
        for c in tree.kids(verb, "advcl"):
            first = min(tree.subtree(c))
            if first == max(tree.subtree(obj)) + 1 and tree.rel(first) == "mark" and tree.tokens[first].upos == "PART":
                return [c]
        for c in tree.kids(obj, "acl", "ccomp"):
            first = min(tree.subtree(c))
            opener = tree.tokens[first]
            # …, or a clause with a subject of its own: "told a news conference | they are …", "told BuzzFeed’s
            # Smith | he would still consider …"
            if c > obj and tree.tokens[c].upos in VERBAL_UPOS and (
                    (opener.upos == "PART" and tree.rel(first) == "mark") or opener.feat("PronType") == "Int"
                    or tree.lower(first) in data.complementizers
                    or opener.upos in ("PRON", "NOUN", "PROPN") and _subject_after_phrase(tree, obj, c)):
                return [c]
        # … also when the parse hung it deeper: "told a gathering in Washington | she will protect …"
        for c in tree.subtree(obj):
            first = min(tree.subtree(c))
            if tree.full_rel(c) == "acl:relcl" and tree.head(c) != obj and tree.tokens[first].upos == "PRON" \
                    and "Prs" in tree.pron_types(first) and _subject_after_phrase(tree, obj, c):
                return [c]
    return []


def _subject_after_phrase(tree: Tree, phrase: int, clause: int) -> bool:
    """True when ``clause`` opens with its own subject, no relative pronoun, right after the rest of the phrase
    of ``phrase``."""
    first = min(tree.subtree(clause))
    return first in tree.kids(clause, "nsubj") and "Rel" not in tree.pron_types(first) \
        and first == max(tree.subtree(phrase, exclude=[clause])) + 1


def _trailing_participle(tree: Tree, clause: int, data: LanguageData) -> set[int]:
    """The participle clause after a comma that closes complement ``clause``, which the parse hung on it
    although it tells what the speaker did: "said Kasich should leave, echoing a memo", or, at any depth,
    a participle speech act of its own: "said he saw no need to change it, telling X that …"."""
    for p in tree.subtree(clause):
        speech = p > clause and is_speech_verb(tree, p, data)
        if p <= clause or not tree.participle_clause(p) or (p not in tree.kids(clause) and not speech):
            continue
        words = set(tree.subtree(p))
        comma = min(k for k in words if not tree.is_punct(k)) - 1
        if tree.tokens[comma].text == "," and (speech or all(
                tree.is_punct(k) for k in range(max(words) + 1, len(tree)))):
            return set(range(comma, max(max(words), max(tree.subtree(clause))) + 1))
    return set()


def _after_colon(tree: Tree, verb: int) -> list[int] | None:
    """What follows the colon that closes the cue's clause ("erklärte: …", "sagte dazu gegenüber der ARD: …"),
    whatever the parse (nothing when the colon ends the sentence); a quote right after the colon is all of it.
    None when no colon closes the clause."""
    colon = closing_colon(tree, verb)
    if colon is None:
        return None
    end = len(tree)
    if colon + 1 < len(tree) and tree.tokens[colon + 1].text in QUOTE_CHARS:
        end = next((k + 1 for k in range(colon + 2, len(tree)) if tree.closes_quote(k)), end)
    return tree.trim(range(colon + 1, end))


def closing_colon(tree: Tree, verb: int) -> int | None:
    """The colon that closes the clause of ``verb``, if one does: what the verb reports follows it, also in the
    next sentence ("sagte der Deutschen Presse-Agentur: | „…“"), not a phrase inside the clause."""
    colon = verb + 1
    while colon < len(tree) and tree.tokens[colon].upos not in VERBAL_UPOS and tree.tokens[colon].text not in ",;:.!?":
        if tree.tokens[colon].text in QUOTE_CHARS:
            # over a short quoted name ("sagte dem „Kicker“:"), not into quoted words
            close = next((k for k in range(colon + 1, min(colon + QUOTED_NAME_MAX + 2, len(tree)))
                          if tree.closes_quote(k)), None)
            if close is None or any(tree.tokens[k].upos in VERBAL_UPOS for k in range(colon + 1, close)):
                return None
            colon = close
        colon += 1
    return colon if colon < len(tree) and tree.is_colon(colon) else None


def _complementizer_clause_after(tree: Tree, verb: int, data: LanguageData) -> list[int]:
    """The clause ", dass …" or "that …" that follows the cue's own clause, wherever the parse attached it
    ("berichtet die Online-Ausgabe des „Spiegel“, dass …": a relative clause of "Spiegel")."""
    m = verb + 1
    while m < len(tree):
        if tree.tokens[m].upos in VERBAL_UPOS and tree.lower(m) not in data.temporal_words:
            return []
        if tree.lower(m) in data.complementizers and (tree.tokens[m - 1].text == "," or tree.tokens[m].upos == "SCONJ"):
            if _adverbial_opener(tree, m, data):
                return []
            clause = tree.head(m)
            if clause is None or clause < m or min(tree.subtree(clause)) < m - 1:
                return []
            # an adverbial clause tells when, not what, where it has no subject of its own or the cue has an
            # argument already ("said flatly | when asked if …", "preferred him | when the poll was taken"); but
            # "said when he would leave"
            own = [c for c in tree.kids(verb, "obj", "iobj", "ccomp", "xcomp", "nsubj:pass") if c != clause]
            if not _adverbial_clause(tree, clause, data) or tree.kids(clause, "nsubj", "nsubj:pass") and not own:
                return [clause]
            m = max(tree.subtree(clause))
        m += 1
    return []


def _misattached_complement(tree: Tree, verb: int, data: LanguageData) -> list[int]:
    """A clause the parse made a conjunct of the cue, or the next conjunct of the cue's own head, although it
    follows the cue with no conjunction or comma between ("Farley said she wasn't heard from again": "heard"
    as a conjunct of the verb before "said"; "Podesta told the AP his firm worked …")."""
    head = tree.head(verb)
    siblings = tree.kids(head, "conj", "parataxis") if head is not None and tree.rel(verb) in ("conj", "parataxis") else []
    for c in sorted(tree.kids(verb, "conj") + siblings):
        if c <= verb or tree.tokens[c].upos not in VERBAL_UPOS:
            continue
        if tree.is_finite(c) and is_speech_verb(tree, c, data) and not tree.kids(c, "nsubj", "nsubj:pass", "expl"):
            break  # a second cue of the same subject: "bestätigten den Zwischenfall, | teilten jedoch mit, …"
        start = min(tree.subtree(c))
        if start > verb and not tree.kids(c, "cc") and tree.tokens[start].upos != "CCONJ" and all(
                tree.tokens[k].upos != "CCONJ" and tree.tokens[k].text not in ",;:" for k in range(verb + 1, start)):
            return [c]
        break
    return []


def _clause_taken_by_later_verb(tree: Tree, verb: int) -> list[int]:
    """The clause right after the cue whose verb the parse hung on a later verb, up to the next comma ("while
    he said he would bring back waterboarding, he clarified …": "bring" under "clarified")."""
    k = verb + 1
    if k >= len(tree) or tree.rel(k) != "nsubj":
        return []
    clause = tree.head(k)
    later = tree.head(clause) if clause is not None else None
    if clause is None or later is None or not k < clause < later or tree.tokens[clause].upos not in VERBAL_UPOS:
        return []
    end = next((j for j in range(clause, len(tree)) if tree.tokens[j].text in ",;:"), len(tree))
    return tree.trim(range(k, end))


def _misattached_conjuncts(tree: Tree, verb: int, comps: list[int], data: LanguageData) -> list[int]:
    """Subjectless conjuncts the parse gave the cue that continue its complement instead, told by their verb form:
    the complement's, not the cue's ("said he would build a wall | and make Mexico pay for it")."""
    out = []
    for c in comps:
        form = tree.tokens[c].xpos
        if c < verb or form is None or form == tree.tokens[verb].xpos:
            continue
        out += [k for k in tree.kids(verb, "conj") if k > max(tree.subtree(c)) and tree.tokens[k].xpos == form
                and not tree.kids(k, "nsubj", "nsubj:pass") and not is_speech_verb(tree, k, data)]
    return out


def _second_subject(tree: Tree, verb: int) -> list[int]:
    """The subject after the cue that the parse gave the cue although the cue has its own before it: it opens
    the reported clause ("The NFL legend said people misunderstand Trump", a verb read as a noun)."""
    before = [c for c in tree.kids(verb, "nsubj") if c < verb]
    after = [c for c in tree.kids(verb, "nsubj") if c > verb]
    # a noun marked for case after the verb is the inverted subject of a verb-second clause
    # ("Deren Haltung bezeichnete er als …"), not the start of another clause
    if not before or not after or tree.tokens[after[0]].feat("Case") or tree.tokens[after[0]].upos == "PRON":
        return []
    start = min(tree.subtree(after[0]))
    end = next((k for k in range(start, len(tree)) if tree.tokens[k].text in ";:"), len(tree))
    return tree.trim(range(start, end)) if start > verb else []


def _clause_after_comma(tree: Tree, verb: int, data: LanguageData) -> list[int]:
    """Words after "VERB …, " when a finite clause follows the comma ("erklärte, die Lage sei ernst"), unless a
    conjunction opens it ("have sought protection, while others …": an adverbial or coordinate clause)."""
    k = verb + 1
    while k < len(tree) and tree.tokens[k].text != ",":
        if tree.tokens[k].upos in VERBAL_UPOS or tree.is_punct(k):
            return []
        k += 1
    rest = list(range(k + 1, len(tree)))
    verbs = [r for r in rest if tree.tokens[r].upos in VERBAL_UPOS]
    if not verbs or tree.participle_clause(rest[0]):
        return []  # "criticized the plan, saying …": the participle's own clause, not what was criticized
    if tree.is_finite(rest[0]) and is_speech_verb(tree, rest[0], data):
        return []  # "bestätigten den Zwischenfall, | teilten jedoch mit, …": a second cue of the same subject
    if (tree.tokens[rest[0]].upos in ("SCONJ", "CCONJ") or tree.rel(rest[0]) in ("mark", "cc")) \
            and (tree.lower(rest[0]) not in data.complementizers or _adverbial_opener(tree, rest[0], data)):
        return []
    if any(tree.tokens[r].feat("PronType") == "Rel" for r in range(rest[0], verbs[0])):
        return []  # "said X, a professor at Y, who is …": an apposition with its relative clause
    if any(tree.is_colon(r) for r in rest):
        return []  # "wies das zurück, sein Sprecher erklärte: „…“": a cue clause of its own
    return tree.trim(rest)


def in_relative_clause(tree: Tree, verb: int) -> bool:
    """True when ``verb`` heads a relative clause, by relation, by a relative pronoun among its dependents, or
    by one right before its subject ("…,” which Mozloom thinks will …", whatever the parse attached)."""
    if tree.full_rel(verb) == "acl:relcl" or any(tree.tokens[k].feat("PronType") == "Rel" for k in tree.kids(verb)):
        return True
    subjects = [k for k in tree.kids(verb, "nsubj") if k < verb]
    first = min(tree.subtree(subjects[0])) if subjects else None
    return first is not None and first > 0 and tree.tokens[first - 1].feat("PronType") == "Rel"


def marked_subordinate(tree: Tree, verb: int, data: LanguageData) -> bool:
    """True when ``verb`` heads a clause opened by a conjunction other than "wie"/"as" ("weil", "dass")."""
    return any(tree.lower(m) not in data.cue_marks for m in tree.kids(verb, "mark"))


def _in_subordinate(tree: Tree, verb: int, data: LanguageData) -> bool:
    """True when the words since the last comma before ``verb`` open with a complementizer (verb-final clause),
    other than the "wie" of "…, wie sein Anwalt mitteilte"."""
    k = verb - 1
    while k >= 0 and not (tree.is_punct(k) and tree.tokens[k].text in ",;:"):
        k -= 1
    return (0 <= k + 1 < verb and tree.lower(k + 1) in data.complementizers and tree.lower(k + 1) not in data.cue_marks
            and data.reported_mood is not None)


def _inserted_after_content(tree: Tree, verb: int, data: LanguageData) -> list[int]:
    """Words before ", VERB subject." when the cue clause closes the sentence ("…, verlautete aus dem Kreml.",
    "…, stellten die Forscher fest.")."""
    k = tree.break_before(verb)
    if k is None or k < 1:
        return []
    rest = [r for r in range(verb + 1, len(tree)) if tree.lower(r) not in data.separable_particles]
    if any(tree.tokens[r].upos == "VERB" for r in rest) or any(tree.tokens[r].text in (",", ":") for r in rest):
        return []
    # "…,” Brent Bozell, founder of X, tells": the content ends at the closing mark before the speaker
    closing = [q for q in range(k) if tree.closes_quote(q)]
    if closing and closing[-1] < k - 1 and not any(tree.tokens[r].upos in VERBAL_UPOS for r in range(closing[-1] + 1, k)):
        k = closing[-1] + 1
    # "X sagte: „…“, betont sie": the content starts after the colon
    colon = max((c for c in range(k) if tree.is_colon(c)), default=-1)
    words = tree.trim(range(colon + 1, k))
    # an adverbial clause that ends right before the cue clause is none of its content ("Selbst wenn …, droht
    # ihr …", "Da er …, bat er …"); a main clause after it is ("Wenn wir nicht handeln, wird es schlimmer, sagte er")
    conjunction = next((w for w in words[:2] if tree.tokens[w].upos == "SCONJ"), None)
    if conjunction is not None and tree.lower(conjunction) not in data.complementizers \
            and tree.head(conjunction) is not None and max(tree.subtree(tree.head(conjunction))) + 2 >= k:
        return []
    return words


def _marker_phrase(tree: Tree, phrase_head: int, marker: tuple[int, ...] = ()) -> set[int]:
    """Words of an according-to phrase: its subtree, or, when the parse hangs the clause below it, the
    noun-phrase words around it in word order ("Nach Angaben der Agentur Reuters vom Dienstag"). The
    ``marker`` words never count as that clause ("According" tagged as a verb)."""
    phrase = set(tree.subtree(phrase_head, exclude=_hung_clause_nouns(tree, phrase_head)))
    if not any(tree.tokens[k].upos in VERBAL_UPOS for k in phrase - set(marker)):
        return phrase
    lo = phrase_head
    while lo - 1 >= 0 and tree.tokens[lo - 1].upos in ("ADP", "DET", "ADJ", "NOUN", "PROPN"):
        lo -= 1
    hi = phrase_head
    while hi + 1 < len(tree) and (tree.tokens[hi + 1].upos in NP_UPOS | {"ADP"} or tree.glued(hi + 1)) \
            and tree.tokens[hi + 1].upos != "PRON":
        hi += 1
    return set(range(lo, hi + 1))


def _marker_content(tree: Tree, phrase_head: int, marker: tuple[int, ...] = ()) -> list[int]:
    """Words of the clause an according-to phrase (with its ``marker`` words) modifies, without the phrase."""
    phrase = _marker_phrase(tree, phrase_head, marker) | set(marker)
    clause = tree.head(phrase_head)
    while clause is not None and (clause in phrase or tree.tokens[clause].upos not in VERBAL_UPOS) \
            and tree.head(clause) is not None and tree.rel(clause) != "root":
        clause = tree.head(clause)
    if clause in phrase:
        clause = None
    scope = tree.subtree(clause) if clause is not None else range(len(tree))
    if phrase >= set(scope):
        scope = range(len(tree))
    return tree.trim(k for k in scope if k not in phrase)


def _hung_clause_nouns(tree: Tree, head: int) -> list[int]:
    """Nouns in the phrase of ``head`` attached without preposition and not in the genitive: they belong
    to the clause ("nach israelischen Angaben | dem Transport", "nach Ansicht von ai | Disziplinarmaßnahmen")."""
    return [k for k in tree.subtree(head) if k != head and tree.rel(k) == "nmod" and _plain_case_noun(tree, k)]


def not_genitive_adjective(tree: Tree, k: int | None, data: LanguageData) -> bool:
    """True when word ``k`` is an adjective whose ending no genitive takes (`genitive_adjective_endings`): "nach
    Auskunft der NASA | der überwiegende Teil", a nominative the tagger called genitive (not an adjective
    written with a capital, which may not inflect: "der Berliner Polizei")."""
    return bool(data.genitive_adjective_endings) and k is not None and tree.tokens[k].upos == "ADJ" \
        and tree.tokens[k].text[:1].islower() and not tree.lower(k).endswith(data.genitive_adjective_endings)


def _plain_case_noun(tree: Tree, i: int) -> bool:
    """True for a common noun without preposition whose case the tagger marks and not as genitive: the
    parse hung a phrase of the clause on a cue noun ("nach Medienberichten | weitere Teilnehmer")."""
    if tree.tokens[i].upos != "NOUN" or tree.kids(i, "case") or tree.full_rel(i) in ("nmod:poss", "det:poss"):
        return False
    # an article tells the case more reliably than the noun's own tag ("dem Transport" tagged genitive)
    cases = {tree.tokens[k].feat("Case") for k in tree.kids(i, "det")} - {None} \
        or {tree.tokens[i].feat("Case")} - {None}
    return bool(cases) and "Gen" not in cases


def _owner(tree: Tree, noun: int, data: LanguageData) -> int | None:
    """The speaker inside a cue noun phrase: genitive or "von"-attribute, or possessor; one without a
    preposition first, then one with a source preposition ("a letter to Facebook from the chairman")."""
    kids = [c for c in tree.kids(noun, "nmod", "nmod:poss", "det:poss", "obl", "appos")
            if tree.tokens[c].upos in NOMINAL_UPOS and not _plain_case_noun(tree, c)
            and not (min(tree.subtree(c)) < c and not_genitive_adjective(tree, min(tree.subtree(c)) + 1, data))]

    def preference(c: int) -> int:
        cases = [tree.lower(m) for m in tree.kids(c, "case")]
        if not cases or tree.full_rel(c) == "nmod:poss":
            return 0
        return 1 if any(m in data.source_prepositions for m in cases) else 2
    kids.sort(key=preference)
    for child in kids:
        if tree.lemma(child) in data.speech_nouns and tree.kids(child, "nmod", "nmod:poss"):
            return _owner(tree, child, data)
        return child
    return None


def _adjacent_noun(tree: Tree, i: int, postposition: bool = False) -> int | None:
    """The head of the noun phrase right after word ``i`` (right before it for a postposition)."""
    after = _np_run(tree, i + 1)
    if not postposition and after and any(tree.tokens[k].upos in ("NOUN", "PROPN") for k in after):
        return _np_head(tree, after)
    if not postposition and i + 1 < len(tree) and (tree.tokens[i + 1].upos == "X"
                                                   or WEB_ADDRESS.fullmatch(tree.tokens[i + 1].text)):
        return i + 1  # a name the tagger does not know: "laut ndr.de"
    k = i - 1
    while k >= 0 and tree.tokens[k].upos in ("DET", "ADJ", "NOUN", "PROPN"):
        k -= 1
        if tree.tokens[k + 1].upos == "DET" and tree.tokens[k + 1].feat("Case") not in (None, "Gen"):
            break  # the article opens the phrase unless it is a genitive's: "das Hochwasser | den Prognosen zufolge"
    before = list(range(k + 1, i))
    if before and any(tree.tokens[w].upos in ("NOUN", "PROPN") for w in before):
        return _np_head(tree, before)
    return None


def prefield(tree: Tree, first: int, data: LanguageData) -> list[int]:
    """In a verb-second language, the words after ``first`` up to the finite verb when ``first`` opens the
    sentence: all of them belong to the fronted according-to phrase ("Nach Angaben der Agenturen dpa und AFP
    | umstellten …"), whatever the parse attached."""
    if not data.verb_second or first != 0:
        return []
    quoted = False
    for k in range(first + 1, min(len(tree), first + PREFIELD_MAX + 1)):
        if tree.tokens[k].text in QUOTE_CHARS:
            quoted = not quoted  # a quoted name holds no verb: "des Magazins „auto, motor und sport“"
        elif tree.tokens[k].upos in VERBAL_UPOS and not quoted:
            if not tree.is_finite(k):
                return []
            # a trailing date is when it was said, not who said it: "der Agentur Reuters | vom Dienstag"
            end = next((j for j in range(first + 2, k) if tree.tokens[j].upos == "ADP"
                        and any(tree.lower(t) in data.temporal_words for t in range(j + 1, min(k, j + 4)))), k)
            return tree.trim(range(first + 1, end))
    return []


def _fronted_before(tree: Tree, post: int, data: LanguageData) -> list[int]:
    """In a verb-second language, the words before postposition ``post`` when they and it open the sentence
    right before its finite verb: one fronted according-to phrase ("Einer Meldung von Xinhua | zufolge | sei …")."""
    nxt = post + 1
    if not data.verb_second or not 0 < post <= PREFIELD_MAX or nxt >= len(tree) \
            or tree.tokens[nxt].upos not in VERBAL_UPOS or not tree.is_finite(nxt) \
            or any(tree.tokens[k].upos in VERBAL_UPOS for k in range(post)):
        return []
    return tree.trim(range(post))


def _after_prefield(tree: Tree, first: int, prefield: list[int]) -> list[int]:
    """What a fronted according-to phrase (``first`` and its ``prefield``) reports: the rest of the sentence."""
    return _rest_of_sentence(tree, first, prefield[-1]) or tree.trim(range(prefield[-1] + 1, len(tree)))


def _source_phrase(tree: Tree, head: int, cue_words: tuple[int, ...] = ()) -> list[int]:
    """The whole noun phrase of an according-to source with its attributes, coordinated names and bracketed
    additions ("Angaben der Presseagenturen dpa und AFP", "Christian Wulff (CDU)"), without clauses."""
    # (a participle that narrows a noun down stays: "exit polls | conducted for the Associated Press")
    cut = [k for k in range(len(tree)) if tree.rel(k) in CLAUSE_RELS + ("acl", "advcl")
           and not (tree.head(k) is not None and tree.narrowing_participle(tree.head(k), k))] \
        + _hung_clause_nouns(tree, head)
    words = tree.contiguous_around([w for w in tree.subtree(head, exclude=cut) if w not in cue_words], head)
    return tree.trim(words)


def _closing_apposition(tree: Tree, comma: int) -> list[int]:
    """A comma and the noun phrase after it when that phrase closes the sentence: the speaker's role in "…,
    so Frank Karl, Leiter der Abteilung Information bei der FES."; else nothing."""
    if comma + 1 >= len(tree) or tree.tokens[comma].text != "," \
            or tree.tokens[comma + 1].upos not in ("DET", "ADJ", "NOUN", "PROPN"):
        return []
    words = _np_run(tree, comma + 1)
    if not words or not any(tree.tokens[k].upos in ("NOUN", "PROPN") for k in words) \
            or not all(tree.is_punct(k) for k in range(words[-1] + 1, len(tree))):
        return []
    return [comma, *words]


def _np_core(tree: Tree, head: int) -> list[int]:
    """The noun phrase around ``head`` in word order, without attached prepositional phrases."""
    ok = {"DET", "ADJ", "NOUN", "PROPN", "NUM"}
    lo = head
    while lo - 1 >= 0 and (tree.tokens[lo - 1].upos in ok or tree.glued(lo - 1)):
        lo -= 1
    hi = head
    while hi + 1 < len(tree) and (tree.tokens[hi + 1].upos in ok - {"DET"} or tree.glued(hi + 1)) \
            and not _adjective_after_noun(tree, hi + 1, range(lo, hi + 1)) and not _counts_later_noun(tree, hi + 1):
        hi += 1
    return list(range(lo, hi + 1))


def _counts_later_noun(tree: Tree, i: int) -> bool:
    """True when word ``i`` is a number that counts a noun after it: "nach Polizeiangaben | elf Personen"."""
    head = tree.head(i)
    return tree.tokens[i].upos == "NUM" and head is not None and head > i


def _adjective_after_noun(tree: Tree, i: int, phrase: Sequence[int]) -> bool:
    """True when word ``i``, right after the noun ending ``phrase``, is a lowercase adjective of another
    phrase: "nach Medienberichten | weitere Teilnehmer", not "officials familiar with …"."""
    return (bool(phrase) and tree.tokens[i].upos == "ADJ" and tree.tokens[i].text[:1].islower()
            and tree.tokens[phrase[-1]].upos in ("NOUN", "PROPN") and tree.head(i) not in phrase)


def _np_run(tree: Tree, start: int) -> list[int]:
    """Noun-phrase words from ``start`` up to the next punctuation, verb or non-genitive article after a noun."""
    out = []
    i = start
    while i < len(tree) and (tree.tokens[i].upos in NP_UPOS or (tree.tokens[i].upos == "ADP" and out)
                             or (out and tree.glued(i))):  # one written word: "laut UNO-Angaben"
        if tree.is_punct(i) and not tree.glued(i):
            break
        tok = tree.tokens[i]
        if out and tok.upos == "DET" and tree.tokens[out[-1]].upos in ("NOUN", "PROPN") and tok.feat("Case") != "Gen":
            break  # a new phrase: "laut ai-Bericht | eine hohe Dunkelziffer"; a genitive continues ("Angaben der Polizei")
        if _adjective_after_noun(tree, i, out):
            break
        out.append(i)
        i += 1
    while out and tree.tokens[out[-1]].upos in ("ADP", "DET"):
        out.pop()
    return out


def _rest_of_sentence(tree: Tree, first: int, last: int) -> list[int]:
    """The sentence without words ``first``–``last`` when they open it before a comma or close it after one
    ("According to X, …", "…, according to X."), whatever the parse attached."""
    after = last + 1
    if first == 0 and after < len(tree) and tree.tokens[after].text == ",":
        return tree.trim(range(after + 1, len(tree)))
    ends = after == len(tree) or all(tree.is_punct(k) for k in range(after, len(tree)))
    if first > 0 and tree.tokens[first - 1].text == "," and ends:
        return tree.trim(range(0, first - 1))
    return []


def _phrase_to_break(tree: Tree, start: int, longest: int = 12, closing: bool = False) -> list[int]:
    """The words from ``start`` to the next punctuation when they are few, hold a noun and no finite verb: the
    source of "according to exit polls" with "exit" tagged as a verb, or of "according to the company's
    statement". A phrase ``closing`` the sentence after a comma may be longer and hold a clause: "…,
    according to an account she gave to The Washington Free Beacon"."""
    words = []
    for k in range(start, len(tree)):
        if tree.is_punct(k) and not tree.glued(k):
            break
        words.append(k)
    closes = closing and all(tree.is_punct(k) for k in range(start + len(words), len(tree)))
    if not 0 < len(words) <= (CLOSING_SOURCE_MAX if closes else longest) \
            or not any(tree.tokens[k].upos in ("NOUN", "PROPN") for k in words) \
            or not closes and any(tree.tokens[k].feat("VerbForm") == "Fin" for k in words):
        return []
    return words


def _speaker_colon(tree: Tree, sentence: int, data: LanguageData) -> CueCandidate | None:
    """A name and a colon opening a headline or a transcript line ("Obama: I'm optimistic …", "Matthews: Well,
    speculation is bad."): the name is the speaker, the colon the cue.  Before a quotation, the label may
    add what or when ("Bundesinnenminister Schäuble: „…“", "Ein Hauptkommissar nach der Festnahme: „…“",
    "Koppelin wörtlich:" with the quote in the next sentence)."""
    colon = next((k for k in range(min(len(tree), SPEAKER_APPOSITION_LABEL_MAX + 1)) if tree.is_colon(k)), None)
    if not colon or not tree.tokens[0].text[:1].isupper():
        return None
    quote_follows = colon == len(tree) - 1 or tree.tokens[colon + 1].text in QUOTE_CHARS
    apposition: list[int] = []

    # where nouns are not capitalised, a capitalised noun may be a name the tagger missed ("Sanders: …",
    # "Report: …"); a word in capitals is a label ("UPDATE: …")
    def name_like(w: int) -> bool:
        return tree.tokens[w].upos == "PROPN" or (not data.capitalised_nouns and tree.tokens[w].text[:1].isupper())

    # before a quotation, a capitalised word is a noun the tagger missed where nouns are capitalised
    # ("Bundesinnenminister" read as an adverb)
    def missed_noun(w: int) -> bool:
        return quote_follows and data.capitalised_nouns and tree.tokens[w].text[:1].isupper() \
            and tree.tokens[w].upos in ("ADV", "X")

    # the label's noun phrase ends at its first other word
    end = next((k for k in range(colon) if tree.tokens[k].upos not in LABEL_UPOS and not tree.glued(k)
                and not missed_noun(k)), colon)
    words = tree.trim(range(end))
    if quote_follows:
        if words and tree.tokens[end].text == ",":
            apposition = _label_apposition(tree, words, end + 1, colon, data)
            if not apposition:
                return None
        elif colon > SPEAKER_LABEL_MAX or not words or any(
                tree.tokens[k].upos in VERBAL_UPOS | {"PRON"} or tree.is_punct(k) for k in range(end, colon)):
            return None
    elif colon > SPEAKER_LABEL_MAX or len(tree) - colon < 4:
        return None
    elif end == colon and colon > SPEAKER_COLON_MAX or end < colon and (
            end > SPEAKER_COLON_MAX or tree.tokens[end].upos != "ADP"
            or any(tree.tokens[k].upos not in LABEL_UPOS and not tree.glued(k) for k in range(end + 1, colon))):
        return None  # without a quote only a name, or a name and whom it addresses: "Clinton to Planned Parenthood: …"
    if not all(tree.tokens[w].upos in ("PROPN", "NOUN") or tree.glued(w) or missed_noun(w)
               or quote_follows and tree.tokens[w].upos in ("DET", "ADJ") for w in words) \
            or not any(name_like(w) or quote_follows and data.is_role_noun(tree.tokens[w].text) for w in words) \
            or all(tree.tokens[w].text.isupper() for w in words if not tree.glued(w)):
        return None
    content = tree.trim(range(colon + 1, len(tree)))
    # "Dänemark: 1:2 (1:1)", "Stand: 27.02.2005" are no statements; a headline may be one without a verb
    # ("Lynch: No outside influence on FBI probe")
    if content and not any(tree.tokens[k].upos in VERBAL_UPOS for k in content) and (
            sentence > 0 or sum(tree.tokens[k].text.isalpha() for k in content) < HEADLINE_CLAIM_MIN):
        return None
    head = max((w for w in words if tree.tokens[w].upos in ("PROPN", "NOUN")), default=None)
    if head is None or tree.lemma(head) in data.speech_nouns:
        return None  # "Zitat von Schröder: „…“" names what follows, not who says it
    words += [end, *apposition] if apposition else []
    return CueCandidate(sentence, colon, (colon,), "speaker_colon", ":", 0.8, head, tuple(words), tuple(content))


def _label_apposition(tree: Tree, name: list[int], start: int, colon: int, data: LanguageData) -> list[int]:
    """The role phrase between a name and a label's colon ("Erkki Tuomioja, Präsident des Rats der EU: „…“"),
    or nothing when words ``start:colon`` are not one."""
    words = list(range(start, colon))
    nouns = [k for k in words if tree.tokens[k].upos in ("NOUN", "PROPN")]
    if not any(tree.tokens[k].upos == "PROPN" for k in name) or not nouns or not data.is_role_noun(tree.tokens[nouns[0]].text) \
            or any(tree.tokens[k].upos not in ("DET", "ADJ", "NOUN", "PROPN", "ADP", "CCONJ") and not tree.glued(k)
                   for k in words):
        return []
    return words


def _names_only(tree: Tree, verb: int) -> bool:
    """True when a naming verb has a bare name as its only complement, and so names or phones someone
    rather than calling them something ("a super PAC called Future45", "Trump called Clinton")."""
    objects = tree.kids(verb, "obj")
    if len(objects) != 1 or tree.kids(verb, "xcomp", "ccomp", "obl", "iobj", "parataxis", "advcl"):
        return False
    words = tree.subtree(objects[0])
    after = max(words) + 1
    return all(tree.tokens[k].upos == "PROPN" for k in words) \
        and not (after < len(tree) and tree.tokens[after].text in QUOTE_CHARS)


def _particles(tree: Tree, verb: int, data: LanguageData) -> list[int]:
    """The verb's particles; where the language lists its particles, only those ("griff … an", not "scharf")."""
    return [c for c in tree.kids(verb, "compound:prt")
            if not data.separable_particles or tree.lower(c) in data.separable_particles]


def find_cues(tree: Tree, sentence: int, data: LanguageData) -> list[CueCandidate]:
    """All cues of one parsed sentence, in word order."""
    cues: list[CueCandidate] = []
    acc = data.according_to
    preps = set(acc.get("prepositions", ()))
    postpositions = set(acc.get("postpositions", ()))
    noun_marker_preps = set(acc.get("noun_marker_prepositions", ()))
    noun_marker_postpositions = set(acc.get("noun_marker_postpositions", ()))
    phrases = [tuple(p) for p in acc.get("phrases", ())]
    used: set[int] = set()
    # the subject of a speech verb holds its speaker, not an according-to phrase ("Some 20 percent of people
    # in a recent poll said …")
    verbs = {i: verb_lemma(tree, i, data) for i, tok in enumerate(tree.tokens) if tok.upos in VERBAL_UPOS}
    speech_verbs = {i for i, (lemma, _) in verbs.items() if data.speech_verbs.get(lemma)}
    speaker_words = {w for i in speech_verbs for s in tree.kids(i, "nsubj") for w in tree.subtree(s)}
    headline = _speaker_colon(tree, sentence, data)
    if headline is not None:
        cues.append(headline)
        used.add(headline.head)

    for i, tok in enumerate(tree.tokens):
        low = tree.lower(i)
        # according-to phrases: "according to X"
        for phrase in phrases:
            if tuple(tree.lower(i + k) for k in range(len(phrase)) if i + k < len(tree)) == phrase:
                np = _np_run(tree, i + len(phrase))
                to_break = _phrase_to_break(tree, i + len(phrase), closing=i > 0 and tree.tokens[i - 1].text == ",")
                if len(to_break) > len(np):
                    np = to_break
                if np and np[-1] + 1 < len(tree) and tree.narrowing_participle(np[-1], np[-1] + 1):
                    np = list(range(np[0], max(tree.subtree(np[-1] + 1)) + 1))  # "exit polls | conducted for X"
                if np:
                    used.update(np)
                    head = _np_head(tree, np)
                    owner = _owner(tree, head, data) if tree.lemma(head).lower() in data.speech_nouns else None
                    words = tuple(range(i, i + len(phrase)))
                    content = _rest_of_sentence(tree, i, np[-1]) or _marker_content(tree, head, words + tuple(np))
                    cues.append(CueCandidate(sentence, i, words, "according_to", " ".join(phrase), 1.0,
                                    owner if owner is not None else head, () if owner is not None else tuple(np),
                                    tuple(content)))
                    used.update(range(i, i + len(phrase)))
        # "laut X", "X zufolge"
        if low in preps:
            attached = tree.head(i) if tree.rel(i) == "case" else None
            if low in postpositions and (attached is None or attached > i):
                attached = None  # "ersten Angaben zufolge": the source comes before, whatever the parse says
            # a quoted name may follow, or precede a postposition: "laut „Reuters“", "dem „Figaro“ zufolge"
            at = i
            if low in postpositions and i > 0 and tree.tokens[i - 1].text in QUOTE_CHARS:
                at = i - 1
            elif low not in postpositions and i + 1 < len(tree) and tree.tokens[i + 1].text in QUOTE_CHARS:
                at = i + 1
            if low not in postpositions and attached is not None and attached not in _np_run(tree, at + 1):
                attached = None  # "laut ai-Bericht gibt es …": the source follows right after the preposition
            noun = attached if attached is not None else _adjacent_noun(tree, at, low in postpositions)
            fronted = _fronted_before(tree, i, data) if low in postpositions else []
            if fronted:
                # "Angaben des Instituts von Athen | zufolge | lag …": the whole fronted phrase is the source
                noun = tree.phrase_root(fronted, fronted[0])
                if tree.tokens[noun].upos not in ("NOUN", "PROPN"):
                    fronted = []
            owner = _owner(tree, noun, data) if noun is not None and tree.lemma(noun) in data.speech_nouns else None
            if fronted:
                cues.append(CueCandidate(sentence, i, (i,), "according_to", low, 1.0, noun if owner is None else owner,
                                         tuple(fronted), tuple(tree.trim(range(i + 1, len(tree))))))
                used.add(i)
            elif noun is not None:
                parts = (i, noun) if owner is not None else (i,)
                speaker = owner if owner is not None else noun
                words, content = _source_phrase(tree, speaker, parts), _marker_content(tree, noun, (i,))
                field = prefield(tree, i, data)
                if field and speaker in field:
                    words = tree.contiguous_around([w for w in field if w not in parts], speaker)
                    content = _after_prefield(tree, i, field)
                cues.append(CueCandidate(sentence, i, parts, "according_to", low, 1.0, speaker, tuple(words),
                                         tuple(content)))
                used.add(i)
        # "nach Angaben der X", "aus Sicht von X"
        marker_head = tree.head(i)
        # (not the channel after a speech verb: "said in a poll released Monday that …")
        if tok.upos == "NOUN" and (data.is_noun_marker(tree.lemma(i)) or data.is_noun_marker(tok.text)) and i not in used \
                and i not in speaker_words and not (marker_head is not None and marker_head < i
                                                    and marker_head in speech_verbs):
            case = [c for c in tree.kids(i, "case") if tree.lower(c) in noun_marker_preps]
            if not case:  # by word order: "nach (den) Angaben", whatever the parse attached
                k = i - 1
                while k >= 0 and tree.tokens[k].upos in ("DET", "ADJ"):
                    k -= 1
                if k >= 0 and tree.lower(k) in noun_marker_preps:
                    case = [k]
                else:
                    run = _np_run(tree, i + 1)
                    after = run[-1] + 1 if run and tree.tokens[run[0]].feat("Case") == "Gen" else i + 1
                    # mid-sentence, only when no noun phrase follows that the word could govern as a
                    # preposition: "die ihrer Meinung nach zu Unrecht …", not "der Bericht nach dem Spiel"
                    opens_phrase = k >= 0 and not tree.is_punct(k) and tree.tokens[k].upos != "CCONJ" and (
                        after + 1 >= len(tree) or tree.tokens[after + 1].upos in NP_UPOS)
                    if after < len(tree) and tree.lower(after) in noun_marker_postpositions and not opens_phrase:
                        case = [after]
            if case and 0 < case[0] < i and tree.rel(i) in ("nmod", "obl") \
                    and tree.tokens[case[0] - 1].upos == "NOUN" and (marker_head == case[0] - 1 or (
                        not data.verb_second and marker_head == tree.head(case[0] - 1))) \
                    and (tree.kids(i, "det") or _owner(tree, i, data) is None):
                # a noun's own modifier reports nothing: "Carson's drop in national polls" (also where the parse
                # hung it on the noun's verb, unless a verb-second language's middle field orders phrases freely:
                # "die 47-Jährige | nach Augenzeugenberichten"); an owner without an
                # article makes the fixed phrase, whatever the parse attached: "Polizeigesetz | nach Meinung der SPD"
                case = []
            if case and case[0] > i:
                # "Dem Vernehmen nach …", "Seiner Meinung nach …": like "X zufolge", the phrase before the
                # postposition is the source
                k = i - 1
                while k >= 0 and (tree.tokens[k].upos in ("DET", "ADJ") or tree.tokens[k].feat("Poss") == "Yes"):
                    k -= 1
                words = tuple(range(k + 1, case[0]))
                cues.append(CueCandidate(sentence, case[0], (case[0],), "according_to", tree.lower(case[0]), 1.0, i,
                                         words, tuple(_marker_content(tree, i, (case[0],)))))
                used.update(words + (case[0],))
            elif case:
                owner = _owner(tree, i, data)
                by_parse = owner is not None
                if owner is None:  # by word order: "nach Angaben der Polizei", "nach Angaben von Augenzeugen"
                    k = i + 1
                    if k < len(tree) and tree.lower(k) in data.source_prepositions:
                        k += 1
                    run = _np_run(tree, k) if k < len(tree) and tree.tokens[k].upos in ("DET", "PROPN", "NOUN") else []
                    # without a preposition, only a genitive: "nach Angaben der Polizei", not "nach
                    # israelischen Angaben | dem Transport"
                    if run and (k > i + 1 or (tree.tokens[k].upos == "DET" and not _plain_case_noun(tree, _np_head(tree, run))
                                              and not not_genitive_adjective(tree, k + 1, data))):
                        owner = _np_head(tree, run)
                # "nach Polizeiangaben": without an owner the reporting noun itself names the source
                speaker = owner if owner is not None else i
                words = _source_phrase(tree, speaker, (case[0], i)) if by_parse else _np_core(tree, speaker)
                content = _marker_content(tree, i, (case[0],))
                field = prefield(tree, case[0], data)
                if field and speaker in field:
                    words, content = field, _after_prefield(tree, case[0], field)
                if speaker != i:  # "aus Kiews Sicht": the owner without the reporting noun
                    words = tree.contiguous_around([w for w in words if w not in (i, case[0])], speaker)
                cues.append(CueCandidate(sentence, i, (case[0], i), "according_to", f"{tree.lower(case[0])} {tree.lemma(i)}",
                                1.0, speaker, tuple(words), tuple(content)))
                used.update((case[0], i))
        # "Demnach …": the adverb is both cue and source
        if low in data.adverb_markers:
            # after a noun and a comma, the adverb stands for that noun: "eine Schätzung, | wonach …"
            noun = i - 2 if i >= 2 and tree.tokens[i - 1].text == "," and tree.tokens[i - 2].upos in ("NOUN", "PROPN") \
                else None
            while noun is not None and tree.rel(noun) in ("nmod", "flat", "appos") and (tree.head(noun) or noun) < noun:
                noun = tree.head(noun)  # "Ein Bericht der Agentur Interfax, wonach …"
            speaker = i if noun is None else noun
            words = [i] if noun is None else [w for w in _source_phrase(tree, noun) if w not in tree.kids(noun, "case")]
            cues.append(CueCandidate(sentence, i, (i,), "according_to", low, 0.8, speaker, tuple(words),
                                     tuple(_marker_content(tree, i))))
            used.add(i)
        # "…, so X."
        # (or opening a sentence in lower case, split from the quote it follows: "„…“ | so das Fazit der X.")
        if low in data.so_words and ((i > 0 and (tree.tokens[i - 1].text == "," or tree.tokens[i - 1].text in QUOTE_CHARS))
                                     or (i == 0 and tok.text.islower())):
            np = _np_run(tree, i + 1)
            if np and any(tree.tokens[k].upos in ("NOUN", "PROPN", "PRON") or tree.lower(k) in data.pronouns for k in np):
                np += _closing_apposition(tree, np[-1] + 1)
                around = set(np) | {i}
                if i + 1 + len(np) < len(tree) and tree.tokens[i + 1 + len(np)].text == ",":
                    around.add(i + 1 + len(np))
                if tree.tokens[i - 1].text == ",":
                    around.add(i - 1)
                content = tree.trim(k for k in range(len(tree)) if k not in around)
                head = _np_head(tree, np)
                owner = _owner(tree, head, data) if tree.lemma(head) in data.speech_nouns else None
                if owner is not None and owner in np:
                    # "so das Fazit der Betreiber": the statement joins the cue, its owner speaks
                    start = np.index(owner)
                    while start > 0 and tree.tokens[np[start - 1]].upos in ("DET", "ADJ"):
                        start -= 1
                    cues.append(CueCandidate(sentence, i, (i, *np[:start]), "so", low, 1.0, owner, tuple(np[start:]),
                                             tuple(content)))
                else:
                    cues.append(CueCandidate(sentence, i, (i,), "so", low, 1.0, head, tuple(np), tuple(content)))
                used.add(i)

    for i in sorted(speech_verbs):
        if i in used or tree.tokens[i].feat("Mood") == "Imp":
            continue  # an imperative asks the reader ("Note: …", "Sagen Sie …") and reports nobody
        if i in speaker_words and (
                (tree.full_rel(i) == "acl" and tree.tokens[i].feat("VerbForm") in ("Part", "Ger"))
                or (tree.full_rel(i) == "acl:relcl" and not tree.kids(i, *CLAUSE_RELS))):
            continue  # it describes the speaker of another cue: "officials speaking on condition of anonymity
            # said", "said one person, who spoke on the condition of anonymity"
        lemma, parts = verbs[i]
        if lemma in data.naming_verbs and _names_only(tree, i):
            continue  # "a super PAC called Future45", "Trump called Clinton": a name, a phone call
        weight = data.speech_verbs[lemma]
        cues.append(CueCandidate(sentence, i, parts, "verb", lemma, weight, None, (), tuple(clause_content(tree, i, data))))
    for i in verbs:  # "Developers see golf courses | as wasted space": what a weak verb calls something
        if i not in used and i not in speech_verbs and verbs[i][0] in data.predicative_verbs and _calls_object(tree, i, data):
            lemma, parts = verbs[i]
            cues.append(CueCandidate(sentence, i, parts, "verb", lemma, data.min_reported_weight, None, (), ()))
    for i in _clause_verbs(tree, verbs, speech_verbs | used, data):
        lemma, parts = verbs[i]
        # the bare predicative that makes the verb a report: "machte | deutlich, dass …"
        parts = tuple(sorted({*parts, *(c for c in tree.kids(i, "xcomp") if c > i and tree.tokens[c].upos == "ADJ"
                                        and not tree.kids(c))}))
        cues.append(CueCandidate(sentence, i, parts, "verb", lemma, data.clause_verb_weight, None, (),
                                 tuple(clause_content(tree, i, data))))
    for i in verbs:
        if i not in used and i not in speech_verbs and tree.lemma(i) in data.evidential_verbs:
            content = _evidential_content(tree, i, data)
            if content:
                cues.append(CueCandidate(sentence, i, (i,), "evidential", tree.lemma(i), data.evidential_weight,
                                         None, (), tuple(content)))
    for noun in range(len(tree)):
        if noun not in used:
            stance = _stance_cue(tree, sentence, noun, data)
            if stance is not None:
                own = [k for k, c in enumerate(cues) if c.kind == "verb" and c.head == stance.head]
                if own:  # "vertrat die Auffassung, …": the speech verb's cue takes the noun and its clause
                    c = cues[own[0]]
                    cues[own[0]] = attrs.evolve(c, parts=tuple(sorted({*c.parts, *stance.parts})), content=stance.content)
                else:
                    cues.append(stance)
    # a verb outside the lexicon that joined its infinitive's cue ("appeared to imply that …") is no cue of its own
    governors = {catenative_head(tree, c.head, data) for c in cues if c.kind == "verb"}
    cues = sorted((c for c in cues if c.kind != "verb" or c.head not in governors), key=lambda c: c.head)
    return [_without_conjoined_cues(tree, c, cues, data) for c in cues]


def _evidential_content(tree: Tree, verb: int, data: LanguageData) -> list[int]:
    """Subject and complement of a verb of appearance with a predicate after it ("Their choice now appears to
    be between …", "it seemed like an impossible task"); nothing without one ("She appeared on Fox News")."""
    predicate = [c for c in tree.kids(verb) if c > verb and (tree.rel(c) == "xcomp" or (
        tree.rel(c) in ("advcl", "obl") and _opener(tree, c) in data.cue_marks | data.evidential_openers))]
    subjects = [c for c in tree.kids(verb, "nsubj", "expl") if c < verb]
    if tree.tokens[verb].upos != "VERB" or not predicate or not subjects or in_relative_clause(tree, verb):
        return []
    words = [k for c in subjects + predicate for k in tree.subtree(c)]
    return tree.trim(range(min(words), max(words) + 1))


def _opener(tree: Tree, c: int) -> str:
    """The first word of the phrase headed by ``c``, lower-cased."""
    return tree.lower(min(tree.subtree(c)))


def predicative_phrase(tree: Tree, verb: int, end: int, data: LanguageData) -> int | None:
    """The head of a phrase of ``verb`` right after word ``end`` that opens with a predicative marker and calls
    the object before it something ("see golf courses | as wasted space"); not a clause ("as the vote drew near")."""
    return next((o for o in tree.kids(verb, "obl", "xcomp", "advcl") if min(tree.subtree(o)) == end + 1
                 and tree.lower(end + 1) in data.predicative_markers and not tree.kids(o, "nsubj")), None)


def _calls_object(tree: Tree, verb: int, data: LanguageData) -> bool:
    """True when ``verb``'s object is followed by a phrase that calls it something."""
    return any(predicative_phrase(tree, verb, max(tree.subtree(obj)), data) is not None for obj in tree.kids(verb, "obj"))


def _clause_verbs(tree: Tree, verbs: dict, taken: set[int], data: LanguageData) -> list[int]:
    """Verbs outside the lexicon whose complement clause opens with a clause marker ("errechneten, dass …")."""
    if not data.clause_verb_weight:
        return []
    found = []
    for i in verbs:
        if i in taken or tree.tokens[i].upos != "VERB" or verbs[i][0] in data.clause_verb_excluded:
            continue
        if any(tree.lower(k) in data.clause_verb_correlates for k in tree.kids(i)):
            continue  # a cause or result, not a report: "führte dazu, dass …", "lag daran, dass …"
        subjects = tree.kids(i, "nsubj", "expl")
        if any(tree.lower(k) in data.expletive_pronouns or {"Dem", "Rel"} & tree.pron_types(k) for k in subjects):
            continue  # what a thing means or entails, or when: "Das bedeutet, dass …", "…, das vorsieht, dass
            # …", "Eine Woche ist es her, dass …"
        if any(c > i and any(tree.lower(m) in data.clause_verb_markers for m in tree.kids(c, "mark"))
               for c in tree.kids(i, "ccomp")):
            found.append(i)
    return found


def _finite_form(tree: Tree, verb: int) -> tuple[str | None, str | None]:
    """Mood and tense of ``verb``'s clause, read from its first auxiliary or else the verb itself."""
    k = min([verb, *tree.kids(verb, "aux", "aux:pass")])
    return tree.tokens[k].feat("Mood"), tree.tokens[k].feat("Tense")


def conjoined_cue_head(tree: Tree, verb: int, data: LanguageData) -> int | None:
    """The speech verb that cue ``verb`` really continues when the parse conjoined it, subjectless, to that
    verb's complement ("She said she admires him and highlighted …"): the tense or mood of ``verb`` matches
    the speech verb's and not the complement's. None otherwise."""
    clause = tree.head(verb)
    if tree.rel(verb) != "conj" or tree.kids(verb, "nsubj", "nsubj:pass") or clause is None \
            or tree.rel(clause) not in CLAUSE_RELS:
        return None
    speech = tree.head(clause)
    if speech is None or speech > verb or not is_speech_verb(tree, speech, data):
        return None
    form = _finite_form(tree, verb)
    if None in form or form != _finite_form(tree, speech) or form == _finite_form(tree, clause):
        return None
    return speech


def before_colon(tree: Tree, cue: CueCandidate) -> bool:
    """True when a colon follows the cue's last word."""
    last = max(cue.parts)
    return last + 1 < len(tree) and tree.is_colon(last + 1)


def _stance_cue(tree: Tree, sentence: int, noun: int, data: LanguageData) -> CueCandidate | None:
    """The cue a stance noun makes with its verb and the clause it introduces: "ist der Ansicht, dass …",
    "hegt den Verdacht, Ertel könnte …", "kam zu dem Schluss, dass …", "expressed concern that …"."""
    lemma = next((w for w in (tree.lemma(noun), tree.tokens[noun].text) if w in data.stance_nouns
                  or w.lower() in data.stance_nouns), None)
    if tree.tokens[noun].upos != "NOUN" or lemma is None:
        return None
    content: list[int] = []
    for c in tree.kids(noun, "acl", "ccomp", "advcl"):
        words = [k for k in tree.subtree(c) if not tree.is_punct(k)]
        first = min(words)
        if c > noun and tree.full_rel(c) != "acl:relcl" and tree.lower(first) in data.complementizers \
                and tree.tokens[first].feat("PronType") != "Rel":
            content = tree.trim(tree.subtree(c))
            break
    after = noun + 2 if noun + 2 < len(tree) and tree.tokens[noun + 1].text == "," else noun + 1
    if not content and after < len(tree) and tree.lower(after) in data.complementizers \
            and tree.tokens[after].upos == "SCONJ":
        # the clause right after the noun, which the parse hung on the verb: "expressed concern that …"
        clause = tree.head(after)
        if clause is not None and clause > after and min(tree.subtree(clause)) >= after - 1:
            content = tree.trim(tree.subtree(clause))
    if not content and noun + 1 < len(tree) and tree.tokens[noun + 1].text == ",":
        content = _clause_after_comma(tree, noun, data)  # not a clause of cause or time: "…, weil …"
    if not content:
        return None
    head = tree.head(noun)
    own = [*tree.kids(noun, "det"), *tree.kids(noun, "case"), noun]
    if tree.kids(noun, "cop"):
        verb, parts = noun, [*tree.kids(noun, "cop"), *own]  # "ist der Ansicht"
    elif head is not None and tree.rel(noun) in ("obj", "obl") and tree.tokens[head].upos in VERBAL_UPOS:
        verb, parts = head, [*verb_lemma(tree, head, data)[1], *own]
    else:
        return None
    return CueCandidate(sentence, verb, tuple(sorted(set(parts))), "verb", f"{tree.lemma(verb)} {lemma}", STANCE_WEIGHT,
                        None, (), tuple(content))


def _without_conjoined_cues(tree: Tree, cue: CueCandidate, cues: list[CueCandidate], data: LanguageData) -> CueCandidate:
    """``cue`` without the clauses of other cue verbs that the parse put into its content: a conjunct with
    a subject of its own in the indicative ("kritisierte, X habe … und die Grünen forderten …"; not in
    reported mood: "…, und die Opposition habe gewarnt"), a subjectless conjunct that continues ``cue``
    ("said she admires him and praised …"), and a cue that opens its own quote ("…, Y erklärte: „…“")."""
    content = set(cue.content)
    for other in cues:
        h = other.head
        if other.kind != "verb" or h == cue.head or h not in content:
            continue
        subject = tree.kids(h, "nsubj")
        if subject and before_colon(tree, other):
            content -= set(range(min(tree.subtree(h)), len(tree)))
            continue
        if tree.rel(h) not in ("conj", "parataxis"):
            continue
        if conjoined_cue_head(tree, h, data) == cue.head:
            content -= set(tree.subtree(h)) | set(tree.kids(h, "cc"))
            continue
        verbs = [h, *tree.kids(h, "aux")]
        moods = {tree.tokens[k].feat("Mood") for k in verbs} - {None}
        if not subject or moods != {"Ind"} or any(data.is_reported_form(tree.tokens[k].text, tree.lemma(k)) for k in verbs):
            continue
        clause = set(tree.subtree(h))
        start = min(clause)
        while start - 1 >= 0 and (tree.is_punct(start - 1) or tree.tokens[start - 1].upos == "CCONJ"):
            start -= 1  # the comma or conjunction before the clause
        content -= clause | set(range(start, min(clause)))
    if len(content) == len(cue.content):
        return cue
    return attrs.evolve(cue, content=tuple(tree.trim(content)))


def frame_cue(tree: Tree, sentence: int, data: LanguageData) -> CueCandidate | None:
    """The main verb of a sentence that introduces a quote after a colon without a speech verb ("Dabei griff
    sie den Minister an:"), or its predicate with the copula ("Der Minister war deutlich:"), as a weak cue."""
    roots = [i for i, tok in enumerate(tree.tokens) if tok.head == -1]
    if not roots:
        return None
    root = roots[0]
    # a predicate with its copula ("Der Minister war deutlich:"; "wurde deutlich", whatever relation the parse gave it)
    copulas = tree.kids(root, "cop", "aux", "aux:pass")
    if copulas and tree.tokens[root].upos == "ADJ":
        return CueCandidate(sentence, root, tuple(sorted({*copulas, root})), "verb", tree.lemma(root), FRAME_WEIGHT)
    if tree.tokens[root].upos not in VERBAL_UPOS:
        return None
    lemma, parts = verb_lemma(tree, root, data)
    parts = tuple(sorted({*parts, *_particles(tree, root, data)}))
    return CueCandidate(sentence, root, parts, "verb", lemma, FRAME_WEIGHT)


def statement_cue(tree: Tree, sentence: int, before: int, data: LanguageData) -> CueCandidate | None:
    """A statement noun before word ``before`` (a colon) whose owner is someone: it introduces the quote after
    the colon ("Die Antwort des Ministers war eindeutig: „…“", "Das Fazit von Sandra Boser überrascht nicht:
    „…“"), its owner speaks."""
    for noun in range(before):
        if tree.tokens[noun].upos != "NOUN" or tree.lemma(noun) not in data.speech_nouns:
            continue
        owner = _owner(tree, noun, data)
        # whose statement it is, not whom it addresses: "in einem Brief | an sechs Bundesminister"
        if owner is None or owner >= before or not _someone(tree, owner, data) \
                or any(tree.lower(c) not in data.source_prepositions for c in tree.kids(owner, "case")):
            continue
        words = [k for k in tree.subtree(owner) if k < before and tree.rel(k) not in CLAUSE_RELS + ("acl",)]
        return CueCandidate(sentence, noun, (noun,), "verb", tree.lemma(noun), FRAME_WEIGHT, owner,
                            tuple(tree.contiguous_around(words, owner)))
    return None


def _someone(tree: Tree, i: int, data: LanguageData) -> bool:
    """True for a name, a role, or a capitalised noun where nouns are not capitalised ("the White House")."""
    tok = tree.tokens[i]
    return tok.upos == "PROPN" or data.is_role_noun(tok.text) or (
        not data.capitalised_nouns and tok.upos == "NOUN" and tok.text[:1].isupper())


def _np_head(tree: Tree, words: list[int]) -> int:
    """The head of a run of noun-phrase words: the word whose head lies outside the run."""
    inside = set(words)
    for w in words:
        if tree.head(w) not in inside:
            if tree.tokens[w].upos in NOMINAL_UPOS:
                return w
    nouns = [w for w in words if tree.tokens[w].upos in ("NOUN", "PROPN", "PRON")]
    return nouns[-1] if nouns else words[-1]
