"""Per-language knowledge, loaded from the JSON data files beside this module.

Adding a language means adding ``<code>.json`` with the same keys (see
``de.json``) and tests; the logic reads only what is here.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

import attrs

DATA_DIR = Path(__file__).parent


@attrs.frozen
class LanguageData:
    code: str
    name: str
    quote_pairs: tuple[tuple[str, str], ...]
    apostrophe_patterns: tuple[str, ...]
    detection_words: frozenset[str]
    speech_verbs: dict[str, float]
    speech_nouns: dict[str, float]
    according_to: dict[str, Any]
    impersonal_subjects: frozenset[str]
    complementizers: frozenset[str]
    reported_mood: dict[str, Any] | None
    pronouns: dict[str, dict[str, Any]]
    role_nouns: frozenset[str]
    role_suffixes: tuple[str, ...]
    adjective_endings: dict[str, str] | None
    irregular_forms: dict[str, str] = attrs.Factory(dict)  # irregular form -> its infinitive ("gab" -> "geben")
    reportative_modals: frozenset[str] = frozenset()
    perfect_auxiliaries: frozenset[str] = frozenset()  # "haben", "sein": hearsay of a past event ("soll … gesagt haben")
    passive_auxiliaries: frozenset[str] = frozenset()  # "werden", "be": a passive subject is only one with them
    reported_object_cases: frozenset[str] = frozenset()
    cue_marks: frozenset[str] = frozenset()
    cue_companions: frozenset[str] = frozenset()  # dependents of a cue verb that belong to the cue
    cue_adverbs: bool = False  # adverbs right before a cue verb belong to the cue ("also said", "often says")
    source_prepositions: frozenset[str] = frozenset()
    genitive_suffixes: tuple[str, ...] = ()
    separable_particles: frozenset[str] = frozenset()
    indefinite_articles: frozenset[str] = frozenset()
    nominative_article_gender: dict[str, str] = attrs.Factory(dict)
    stem_suffixes: tuple[str, ...] = ()
    inflection_suffixes: tuple[str, ...] = ()
    role_genders: dict[str, Any] = attrs.Factory(dict)
    reflexive_pronouns: frozenset[str] = frozenset()
    cue_endings: tuple[str, ...] = ()  # inflection endings of cue verbs and nouns, for lazy parsing
    verb_infixes: tuple[str, ...] = ()  # before a verb stem, after any particle: "ge-sagt", "mit-zu-teilen"
    compounds: bool = False  # nouns join into one word, so a cue stem may sit inside a longer word
    verb_second: bool = False  # the finite verb follows one fronted phrase ("Nach Angaben X | sagte …")
    capitalised_nouns: bool = False  # nouns start with a capital, so a capitalised word inside a sentence is no verb
    min_reported_weight: float = 0.8  # cue weight needed to report an object phrase ("kritisierte den Plan")
    min_clause_weight: float = 0.6  # … and a clause without a complementizer ("erklärte, die Lage sei ernst")
    addressee_verbs: frozenset[str] = frozenset()  # their object is whom one tells, never the speaker ("told POLITICO")
    addressee_cases: frozenset[str] = frozenset()  # mark whom one speaks to when a person follows: "spoke to reporters"
    temporal_words: frozenset[str] = frozenset()  # "Tuesday", "heute": never a speaker, whatever the parse says
    duration_words: frozenset[str] = frozenset()  # "hours", "Jahren": a span of time, never what is reported
    apostrophe_clitics: frozenset[str] = frozenset()  # "s", "m": split off a word only after an apostrophe
    focus_particles: frozenset[str] = frozenset()  # "auch", "also": no part of the speaker they precede
    correlatives: frozenset[str] = frozenset()  # "both", "neither", "sowohl": open a coordinated speaker
    predicative_verbs: frozenset[str] = frozenset()  # no speech verbs, but report what they call something: "see X as"
    predicative_markers: frozenset[str] = frozenset()  # "bezeichnete X als „…“", "described it as “…”"
    impersonal_source_prepositions: frozenset[str] = frozenset()  # "im Bericht heißt es": where it is written
    abbreviations: frozenset[str] = frozenset()  # titles after which no sentence ends ("Gov. Rick Scott")
    passive_impersonals: frozenset[str] = frozenset()  # impersonal only with a passive verb: "it was reported"
    stance_nouns: frozenset[str] = frozenset()  # "ist der Ansicht, dass …", "expressed concern that …"
    expletive_pronouns: frozenset[str] = frozenset()  # part of the cue, never a speaker: "hieß es", "hält es für …"
    cue_manner_nouns: dict[str, list[str]] = attrs.Factory(dict)  # preposition -> nouns: "mit den Worten"
    naming_verbs: frozenset[str] = frozenset()  # call something a quoted phrase: "nannte den Plan „überzogen“"
    # verbs of appearance whose subject and complement are a claim nobody is named for: "Clinton seems ready to …"
    evidential_verbs: frozenset[str] = frozenset()
    evidential_weight: float = 0.5
    # their nominal object is what they judge, not a message: "kritisierte den Plan" reports nothing
    topic_object_verbs: frozenset[str] = frozenset()
    answer_words: frozenset[str] = frozenset()  # a whole answer after a speech verb: "said yes", "would say so"
    quantity_qualifiers: frozenset[str] = frozenset()  # words that open a share: "About three-quarters", "At least half"
    infinitive_markers: frozenset[str] = frozenset()  # "to" in "sought to clarify": the governor joins the cue
    consequence_openers: frozenset[str] = frozenset()  # "so" of "so dass", "so that": a result, not content
    # complementizers that open an adverbial clause, not content, after a comma or as the parse's adverbial clause:
    # "said …, when the company balked", "told ITV when asked how …"
    adverbial_complementizers: frozenset[str] = frozenset()
    # characters the parser reads as others, as its treebanks spell them: "’" as "'" in English
    parser_spellings: dict[str, str] = attrs.Factory(dict)
    genitive_articles: frozenset[str] = frozenset()  # may mark a genitive, whatever case the tagger gives them: "der"
    genitive_adjective_endings: tuple[str, ...] = ()  # of an adjective after a genitive article: "der | neuen Regierung"
    source_stop_prepositions: frozenset[str] = frozenset()  # never inside a speaker phrase: "gegenüber der Zeitung"
    apposition_prepositions: frozenset[str] = frozenset()  # may open a phrase set off after a name: ", like Jeb Bush,"
    passive_agent_prepositions: frozenset[str] = frozenset()  # mark the speaker of a passive only: "von", "by"
    raising_passives: frozenset[str] = frozenset()  # "X is expected to …": the passive subject is part of the claim
    evidential_openers: frozenset[str] = frozenset()  # open their predicate when the parse calls it an adverbial: "to", "like"
    relative_pronouns: frozenset[str] = frozenset()  # open a relative clause set off by commas: ", who …,"
    title_nouns: frozenset[str] = frozenset()  # a quote right after one names a work or slogan: "das Lied „…“"
    passive_speaker_verbs: frozenset[str] = frozenset()  # their passive subject is the speaker: "wurde zitiert"
    causative_verbs: frozenset[str] = frozenset()  # their noun phrase speaks the cue infinitive: "ließ X verlauten"
    # verbs outside the lexicon that take a clause opened by one of these words report it, weakly: "errechneten,
    # dass …", "found that …"; weight 0 turns this off
    clause_verb_markers: frozenset[str] = frozenset()
    clause_verb_weight: float = 0.0
    clause_verb_correlates: frozenset[str] = frozenset()  # mark a cause or result instead: "führte dazu, dass"
    clause_verb_excluded: frozenset[str] = frozenset()  # verbs of consequence: "meant that …", "bedeutet, dass …"
    clause_verb_anchors: frozenset[str] = frozenset()  # markers rare enough that lazy parsing parses their sentences
    loose_quote_pairs: tuple[tuple[str, str], ...] = ()  # mixed marks of sloppy text, closing only where a mark may close
    # from ``according_to``: adverbs standing for an earlier source ("demnach"), the "so" of "…, so X."
    adverb_markers: frozenset[str] = frozenset()
    pronominal_adverbs: frozenset[str] = frozenset()  # never a speaker, whatever the tagger says: "Hierzu schrieb X"
    so_words: frozenset[str] = frozenset()

    def is_noun_marker(self, lemma: str) -> bool:
        """True for a reporting noun of according-to phrases, compounds included ("Polizeiangaben")."""
        low = lemma.lower()
        if any(low.endswith(e.lower()) for e in self.according_to.get("noun_marker_exceptions", ())):
            return False  # a word that only ends like one: "aller Voraussicht nach", "nach Antwort"
        for m in self.according_to.get("noun_markers", ()):
            m = m.lower()
            for form in (low, low[:-1], low[:-2]):
                if form == m or (self.compounds and form.endswith(m) and len(form) > len(m) + 2):
                    return True
        return False

    @property
    def reported_forms(self) -> frozenset[str]:
        """Word forms of reported mood the tagger may miss ("sei", "habe"); empty without a reported mood."""
        return frozenset((self.reported_mood or {}).get("forms", ()))

    def is_reported_form(self, form: str, lemma: str) -> bool:
        """True when verb ``form`` of ``lemma`` is in reported mood whatever the tagger says: a listed form
        ("sei"), or one made from the lemma by the data's ``from_lemma`` ending rule ("rechnen" → "rechne")."""
        low = form.lower()
        if low in self.reported_forms:
            return True
        rule = (self.reported_mood or {}).get("from_lemma")
        if not rule or low in (self.reported_mood or {}).get("exclude_forms", ()):
            return False
        lemma_end, form_end = rule
        return len(low) > 3 and lemma.lower().endswith(lemma_end) and low == lemma.lower()[:-len(lemma_end)] + form_end

    def speech_verb_of(self, form: str, after: str | None = None) -> str | None:
        """The lexicon speech verb a verb form belongs to, read from the form alone, for when the lemmatizer
        fails: irregular forms ("sprach"), participles of separable verbs ("vorgeworfen" → "vorwerfen",
        "angekündigt" → "ankündigen"), and regular inflections ("meldeten" → "melden", "claimed" → "claim").
        With ``after``, the two-word verb the form makes with the word after it ("shot back" → "shoot back")."""
        word = form.lower()
        tail = f" {after.lower()}" if after else ""
        for particle in sorted(self.separable_particles, key=len, reverse=True) + [""]:
            if not word.startswith(particle):
                continue
            rest = word[len(particle):]
            candidates = [self.irregular_forms.get(rest)]
            for ending in self.cue_endings:
                if rest.endswith(ending) and len(rest) > len(ending) + 2:
                    candidates += [rest[:-len(ending)] + suffix for suffix in ("", *self.stem_suffixes)]
            for infix in ("", *self.verb_infixes):
                if rest.startswith(infix) and len(rest) > len(infix) + 3:
                    stem = rest[len(infix):]
                    candidates += [stem[:-1] + "en", stem[:-2] + "en"] if stem.endswith("et") else [stem[:-1] + "en"]
                    candidates.append(stem)  # a strong participle or an infinitive with "zu": "geheißen", "anzugeben"
            for infinitive in [rest, *candidates] if tail else candidates:
                if infinitive and particle + infinitive + tail in self.speech_verbs:
                    return particle + infinitive + tail
        return None

    @property
    def openers(self) -> frozenset[str]:
        return frozenset(o for o, _ in self.quote_pairs)

    @property
    def closers(self) -> frozenset[str]:
        return frozenset(c for _, c in self.quote_pairs)

    def role_base(self, word: str) -> str | None:
        """The role noun ``word`` is a form of ("Amtskollegen" → "Amtskollege", "Sen." → "Sen"), or None."""
        word = self.without_full_stop(word)
        for form in [word] + [word[: -len(s)] for s in self.inflection_suffixes if word.endswith(s) and len(word) > len(s) + 2]:
            lower = form.lower()
            tail = lower.rsplit("-", 1)[-1]
            if lower in self.role_nouns or tail in self.role_nouns or any(
                    lower.endswith(s) and len(lower) > len(s) + 2 for s in self.role_suffixes):
                return form
        return None

    def without_full_stop(self, word: str) -> str:
        """An abbreviation of ``abbreviations`` without its full stop ("Sen." → "Sen"), any other word as it is."""
        return word[:-1] if word.endswith(".") and word in self.abbreviations else word

    def role_gender(self, word: str) -> str | None:
        """Grammatical gender of a role noun from the language data ("Präsidentin" → Fem), or None."""
        spec = self.role_genders
        base = self.role_base(word)
        if not spec or base is None:
            return None
        tail = base.rsplit("-", 1)[-1]
        low = tail.lower()
        for key, gender in (("feminine_nouns", "Fem"), ("masculine_nouns", "Masc"), ("neuter_nouns", "Neut")):
            if any(low == n.lower() or low.endswith(n.lower()) for n in spec.get(key, ())):
                return gender
        if any(low.endswith(s) for s in spec.get("feminine_suffixes", ())):
            return "Fem"
        return spec.get("default")

    def is_role_noun(self, word: str) -> bool:
        """True for a noun naming a function or office ("Präsident", "US-Außenminister", "spokesman")."""
        return self.role_base(word) is not None


@functools.cache
def available_languages() -> tuple[str, ...]:
    """The codes of the languages that have a data file."""
    return tuple(sorted(p.stem for p in DATA_DIR.glob("*.json")))


@functools.cache
def load_language(code: str) -> LanguageData:
    """The data for language ``code``; raises ValueError for a language without a data file."""
    path = DATA_DIR / f"{code}.json"
    if not path.exists():
        raise ValueError(f"unsupported language {code!r}; available: {', '.join(available_languages())}")
    raw = json.loads(path.read_text(encoding="utf-8"))
    clause = raw.get("clause_verbs", {})
    return LanguageData(
        code=raw["code"],
        name=raw["name"],
        quote_pairs=tuple(tuple(p) for p in raw["quote_pairs"]),
        apostrophe_patterns=tuple(raw["apostrophe_patterns"]),
        detection_words=frozenset(raw["detection_words"]),
        speech_verbs=raw["speech_verbs"],
        speech_nouns=raw["speech_nouns"],
        according_to=raw["according_to"],
        impersonal_subjects=frozenset(raw["impersonal_subjects"]),
        complementizers=frozenset(raw["complementizers"]),
        reported_mood=raw.get("reported_mood"),
        pronouns=raw["pronouns"],
        role_nouns=frozenset(raw["role_nouns"]) | frozenset(w.lower() for w in raw["role_nouns"]),
        role_suffixes=tuple(raw["role_suffixes"]),
        adjective_endings=raw.get("adjective_endings"),
        irregular_forms=raw.get("irregular_forms", {}),
        reportative_modals=frozenset(raw.get("reportative_modals", ())),
        perfect_auxiliaries=frozenset(raw.get("perfect_auxiliaries", ())),
        passive_auxiliaries=frozenset(raw.get("passive_auxiliaries", ())),
        reported_object_cases=frozenset(raw.get("reported_object_cases", ())),
        cue_marks=frozenset(raw.get("cue_marks", ())),
        cue_companions=frozenset(raw.get("cue_companions", ())),
        cue_adverbs=bool(raw.get("cue_adverbs", False)),
        source_prepositions=frozenset(raw.get("source_prepositions", ())),
        genitive_suffixes=tuple(raw.get("genitive_suffixes", ())),
        separable_particles=frozenset(raw.get("separable_particles", ())),
        indefinite_articles=frozenset(raw.get("indefinite_articles", ())),
        nominative_article_gender=raw.get("nominative_article_gender", {}),
        stem_suffixes=tuple(raw.get("stem_suffixes", ())),
        inflection_suffixes=tuple(raw.get("inflection_suffixes", ())),
        role_genders=raw.get("role_gender", {}),
        reflexive_pronouns=frozenset(raw.get("reflexive_pronouns", ())),
        cue_endings=tuple(raw.get("cue_endings", ())),
        verb_infixes=tuple(raw.get("verb_infixes", ())),
        compounds=raw.get("compounds", False),
        capitalised_nouns=raw.get("capitalised_nouns", False),
        verb_second=raw.get("verb_second", False),
        min_reported_weight=raw.get("min_reported_weight", 0.8),
        min_clause_weight=raw.get("min_clause_weight", 0.6),
        addressee_verbs=frozenset(raw.get("addressee_verbs", ())),
        addressee_cases=frozenset(raw.get("addressee_cases", ())),
        temporal_words=frozenset(w.lower() for w in raw.get("temporal_words", ())),
        duration_words=frozenset(w.lower() for w in raw.get("duration_words", ())),
        apostrophe_clitics=frozenset(raw.get("apostrophe_clitics", ())),
        focus_particles=frozenset(raw.get("focus_particles", ())),
        correlatives=frozenset(raw.get("correlatives", ())),
        predicative_verbs=frozenset(raw.get("predicative_verbs", ())),
        predicative_markers=frozenset(raw.get("predicative_markers", ())),
        stance_nouns=frozenset(raw.get("stance_nouns", ())),
        expletive_pronouns=frozenset(raw.get("expletive_pronouns", ())),
        cue_manner_nouns=raw.get("cue_manner_nouns", {}),
        naming_verbs=frozenset(raw.get("naming_verbs", ())),
        evidential_verbs=frozenset(raw.get("evidential_verbs", ())),
        evidential_weight=raw.get("evidential_weight", 0.5),
        raising_passives=frozenset(raw.get("raising_passives", ())),
        source_stop_prepositions=frozenset(raw.get("source_stop_prepositions", ())),
        apposition_prepositions=frozenset(raw.get("apposition_prepositions", ())),
        passive_agent_prepositions=frozenset(raw.get("passive_agent_prepositions", ())),
        genitive_articles=frozenset(raw.get("genitive_articles", ())),
        genitive_adjective_endings=tuple(raw.get("genitive_adjective_endings", ())),
        topic_object_verbs=frozenset(raw.get("topic_object_verbs", ())),
        consequence_openers=frozenset(raw.get("consequence_openers", ())),
        adverbial_complementizers=frozenset(raw.get("adverbial_complementizers", ())),
        parser_spellings=raw.get("parser_spellings", {}),
        answer_words=frozenset(raw.get("answer_words", ())),
        quantity_qualifiers=frozenset(raw.get("quantity_qualifiers", ())),
        infinitive_markers=frozenset(raw.get("infinitive_markers", ())),
        evidential_openers=frozenset(raw.get("evidential_openers", ())),
        relative_pronouns=frozenset(raw.get("relative_pronouns", ())),
        clause_verb_markers=frozenset(clause.get("markers", ())),
        clause_verb_weight=clause.get("weight", 0.0),
        clause_verb_correlates=frozenset(clause.get("correlates", ())),
        clause_verb_anchors=frozenset(clause.get("anchors", ())),
        clause_verb_excluded=frozenset(clause.get("excluded", ())),
        loose_quote_pairs=tuple(tuple(p) for p in raw.get("loose_quote_pairs", ())),
        passive_speaker_verbs=frozenset(raw.get("passive_speaker_verbs", ())),
        title_nouns=frozenset(w.lower() for w in raw.get("title_nouns", ())),
        causative_verbs=frozenset(raw.get("causative_verbs", ())),
        adverb_markers=frozenset(raw["according_to"].get("adverb_markers", ())),
        pronominal_adverbs=frozenset(raw.get("pronominal_adverbs", ())),
        so_words=frozenset(raw["according_to"].get("so_words", ())),
        passive_impersonals=frozenset(raw.get("passive_impersonals", ())),
        impersonal_source_prepositions=frozenset(raw.get("impersonal_source_prepositions", ())),
        abbreviations=frozenset(raw.get("abbreviations", ())),
    )
