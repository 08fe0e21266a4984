"""Lazy parsing: which sentences are sent to the tagger and parser."""

from __future__ import annotations

import pytest

from quoteattr.quotes import detect_quotes
from quoteattr.segment import from_pretokenized
from quoteattr.select import is_anchor, select_sentences


def _sentences(*texts: str):
    return from_pretokenized([t.split() for t in texts])[2]


@pytest.mark.parametrize("lang, sentence, expected", [
    ("de", "Die Regierung teilte am Montag ihre Pläne mit .", True),   # separable verb, split
    ("de", "Das hat die Polizei mitgeteilt .", True),                 # particle and infix in front
    ("de", "Ein Teil der Stadt ist gesperrt .", False),               # "teil" without the particle
    ("de", "In einer Regierungserklärung ging es um Steuern .", True),  # compound of a cue noun
    ("de", "Nach einem EU-Dokument leben sie in Armut .", True),       # hyphenated compound
    ("de", "Er bezeichnete den Plan als Fehler .", True),              # -ete ending
    ("de", "Sie widersprach dem Kanzler .", True),                     # prefixed irregular form
    ("de", "Die Polizei sperrte die Straße .", False),                 # "sei" inside a word
    ("de", "Es kommt , so der Minister , bald .", True),               # "so" after a comma
    ("de", "Es war so kalt wie nie .", False),
    ("de", "Laut Polizei gab es keine Verletzten .", True),
    ("de", "Die Regierung gab die Zahlen am Montag bekannt .", True),  # irregular form, particle split off
    ("de", "Die Stadt gab viel Geld für Straßen aus .", False),        # "gab" without a cue particle
    ("de", "Das hat die Behörde bekanntgegeben .", True),              # particle joined to the participle
    ("de", "Die Polizei hat zwei Männer festgenommen .", False),       # "nahm" belongs to "annehmen" only
    ("de", "Die Frage ist offen .", False),                            # capitalised: the noun, not "frage"
    ("de", "Frage nicht , warum .", True),                             # sentence-initial verb
    ("en", "The plan was noted by the board .", True),
    ("en", "He did not come .", False),                                # "not" is no form of "note"
    ("en", "The vote was admitted as evidence .", True),               # doubled consonant
    ("en", "According to the police , nobody was hurt .", True),
    ("en", "The river rose overnight .", False),
    ("en", "Clinton fired back that the plan was a disaster .", True),  # a two-word verb, by its first word
])
def test_anchor(lang, sentence, expected):
    assert is_anchor(_sentences(sentence)[0], lang) is expected


def test_quote_sentences_are_selected_and_plain_ones_are_not():
    texts = ["Der Zug fuhr ab .", "„ Wir kommen “ , rief sie .", "Es regnete ."]
    sentences = _sentences(*texts)
    text = "\n".join(texts)
    spans, _ = detect_quotes(text, "de")
    assert select_sentences(sentences, spans, "de") == {1}


def test_subjunctive_continuation_is_selected_only_near_a_cue():
    near = ["Der Minister erklärte , die Lage sei ernst .", "Man hätte früher handeln müssen ."]
    far = ["Der Zug fuhr ab .", "Man hätte früher handeln müssen ."]
    assert select_sentences(_sentences(*near), [], "de") == {0, 1}
    assert select_sentences(_sentences(*far), [], "de") == set()


def test_the_sentence_before_a_reported_mood_sentence_is_selected():
    sentences = _sentences("Es regnete .", "Der Bürgermeister besuchte die Stelle .", "Die Stadt sei dankbar .")
    assert select_sentences(sentences, [], "de") == {1, 2}


def test_headline_speaker_colon_is_selected():
    sentences = _sentences("Bill Clinton : Hillary thinks feds require too many tests .", "Note : the data are old .",
                           "The vote : a close one .")
    assert select_sentences(sentences, [], "en") == {0, 1}  # the second is parsed, then has no proper name


@pytest.mark.parametrize("lang", ["de", "en"])
def test_every_irregular_form_belongs_to_a_cue_verb(lang):
    from quoteattr.lang import load_language
    from quoteattr.select import cue_verb_lemmas

    data = load_language(lang)
    verbs = cue_verb_lemmas(data)
    orphans = {form: inf for form, inf in data.irregular_forms.items() if not any(v.endswith(inf) for v in verbs)}
    assert not orphans
