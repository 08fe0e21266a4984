"""Every language data file holds the keys docs/languages.md lists, and the page lists every key used."""

from __future__ import annotations

import json

import pytest
import regex

from conftest import ROOT
from quoteattr.lang import DATA_DIR, available_languages, load_language

DOC = (ROOT / "docs" / "languages.md").read_text(encoding="utf-8")
# the first column of the key table
DOCUMENTED = {key for cell in regex.findall(r"(?m)^\| (`.*?) \|", DOC) for key in regex.findall(r"`(\w+)`", cell)}
OPTIONAL = {"reported_mood", "adjective_endings", "irregular_forms", "reportative_modals", "reported_object_cases",
            "cue_marks", "cue_companions", "cue_adverbs", "source_prepositions", "genitive_suffixes", "separable_particles",
            "indefinite_articles", "nominative_article_gender", "stem_suffixes", "inflection_suffixes",
            "role_gender", "reflexive_pronouns", "cue_endings", "verb_infixes", "compounds", "capitalised_nouns", "min_reported_weight",
            "min_clause_weight", "impersonal_source_prepositions", "abbreviations", "stance_nouns", "perfect_auxiliaries", "passive_impersonals",
            "clause_verbs", "verb_second", "causative_verbs", "pronominal_adverbs", "passive_auxiliaries",
            "evidential_verbs", "evidential_openers", "evidential_weight", "raising_passives",
            "source_stop_prepositions", "genitive_articles", "topic_object_verbs", "consequence_openers", "answer_words",
            "quantity_qualifiers", "infinitive_markers", "adverbial_complementizers", "parser_spellings", "addressee_cases"}


@pytest.mark.parametrize("code", available_languages())
def test_data_file_keys_are_documented_and_complete(code):
    raw = json.loads((DATA_DIR / f"{code}.json").read_text(encoding="utf-8"))
    assert set(raw) <= DOCUMENTED, f"undocumented keys: {set(raw) - DOCUMENTED}"
    assert DOCUMENTED - OPTIONAL <= set(raw), f"missing keys: {DOCUMENTED - OPTIONAL - set(raw)}"
    assert load_language(code).code == code


def test_speech_verbs_are_read_from_participles_and_irregular_forms():
    de = load_language("de")
    assert [de.speech_verb_of(w) for w in ("vorgeworfen", "angekündigt", "kritisiert", "sprach", "bekanntgegeben")] == [
        "vorwerfen", "ankündigen", "kritisieren", "sprechen", "bekanntgeben"]
    assert de.speech_verb_of("Versagen") is None and de.speech_verb_of("gegessen") is None
    assert load_language("en").speech_verb_of("swore") == "swear"


def test_speech_verbs_are_read_from_regular_inflections():
    de, en = load_language("de"), load_language("en")
    assert [de.speech_verb_of(w) for w in ("meldeten", "berichtete", "sagten", "mitteilte")] == [
        "melden", "berichten", "sagen", "mitteilen"]
    assert de.speech_verb_of("teilte") is None and de.speech_verb_of("Tagen") is None
    assert [en.speech_verb_of(w) for w in ("claimed", "argues", "warning")] == ["claim", "argue", "warn"]


def test_konjunktiv_one_is_read_from_the_lemma():
    de = load_language("de")
    assert de.is_reported_form("rechne", "rechnen") and de.is_reported_form("sei", "sein")
    assert not de.is_reported_form("rechnet", "rechnen") and not de.is_reported_form("würde", "werden")
    assert not load_language("en").is_reported_form("plane", "plan")
