"""The bundled compact models and the loading layer; no test touches the network."""

from __future__ import annotations

import pytest

from quoteattr import ModelsUnavailableError, load_pipeline
from quoteattr.pipeline import installed_models, resolve_models


def words(doc):
    return [w for s in doc.sentences for w in s.words]


def head_of(doc, word):
    sent = word.sent
    return sent.words[word.head - 1] if word.head else None


def test_german_subject_of_inverted_verb():
    nlp = load_pipeline("de", models="compact")
    doc = nlp("„Wir kommen“, erklärte der Minister.")
    minister = next(w for w in words(doc) if w.text == "Minister")
    assert minister.deprel.startswith("nsubj") and head_of(doc, minister).text == "erklärte"


def test_german_konjunktiv_is_tagged():
    doc = load_pipeline("de", models="compact")("Er sagte, er sei krank.")
    sei = next(w for w in words(doc) if w.text == "sei")
    assert "Mood=Sub" in (sei.feats or "")


def test_german_mwt_expansion():
    doc = load_pipeline("de", models="compact")("Er ging zum Bahnhof.")
    assert [w.text for w in words(doc)][2:4] == ["zu", "dem"]


def test_english_pronoun_subject():
    doc = load_pipeline("en", models="compact")('"We will win," she said.')
    she = next(w for w in words(doc) if w.text == "she")
    assert she.deprel == "nsubj" and head_of(doc, she).text == "said"


def test_pipelines_are_cached_and_say_which_models():
    a = load_pipeline("de", models="compact")
    assert load_pipeline("de", models="compact") is a
    assert a.quoteattr_models == "compact"


def test_auto_falls_back_to_compact(tmp_path):
    assert resolve_models("de", "auto", model_dir=tmp_path) == "compact"
    assert load_pipeline("en", models="auto", model_dir=tmp_path).quoteattr_models == "compact"
    assert installed_models(tmp_path) == {"de": {"compact": True, "stanza": False}, "en": {"compact": True, "stanza": False}}


def test_official_models_without_network_fail_clearly(tmp_path):
    with pytest.raises(ModelsUnavailableError, match="quoteattr models download de"):
        load_pipeline("de", models="stanza", model_dir=tmp_path)


def test_bad_arguments():
    with pytest.raises(ValueError, match="models must be one of"):
        load_pipeline("de", models="huge")
    with pytest.raises(ValueError, match="unsupported language"):
        load_pipeline("fr")


def test_training_recipe_repeats_konjunktiv_sentences_for_the_german_tagger():
    from quoteattr.models.train import TREEBANKS, oversample, training_files

    sub = ["1\tsei\tsein\tAUX\tVAFIN\tMood=Sub|Number=Sing\t0\troot\t_\t_"]
    ind = ["# text = ist", "1\tist\tsein\tAUX\tVAFIN\tMood=Ind|Number=Sing\t0\troot\t_\t_"]
    assert oversample([sub, ind], "Mood=Sub", 4) == [sub, sub, sub, sub, ind]
    assert "de_lit-ud-test.conllu" not in training_files("de", "pos")
    assert training_files("de", "depparse") == TREEBANKS["de"]["train"]
