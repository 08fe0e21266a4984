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


def test_shrinking_stores_views_of_a_flat_buffer_compactly(tmp_path):
    """cuDNN keeps LSTM weights in one flat buffer; a small bias that views it must not save the buffer."""
    import torch

    from quoteattr.models.compact import loadable_path, shrink_model_file

    flat = torch.randn(1_000_000)
    path = tmp_path / "model.pt"
    torch.save({"model": {"weight": flat[:600_000].view(600, 1000), "bias": flat[600_000:600_400]}}, path)
    shrink_model_file(path)
    assert path.stat().st_size < 1_000_000  # 8-bit weight + 400 floats, not the 4 MB buffer
    restored = torch.load(loadable_path(path), weights_only=False)["model"]
    assert torch.equal(restored["bias"], flat[600_000:600_400])
    assert torch.allclose(restored["weight"], flat[:600_000].view(600, 1000), atol=0.05)


def test_training_stops_at_the_time_limit_and_says_so(tmp_path, monkeypatch):
    from quoteattr.models.train import _run

    script = tmp_path / "slow.py"
    script.write_text("import time\nfor step in range(100):\n    print(f'step {step}', flush=True)\n    time.sleep(0.05)\n")
    monkeypatch.setenv("PYTHONPATH", str(tmp_path))
    result = _run("slow", [], tmp_path / "slow.log", threads=1, time_limit=1.0)
    assert "time-limit" in result["note"] and 0 < result["last_step"] < 99


def test_training_can_continue_from_earlier_tagger_and_parser(tmp_path):
    from quoteattr.models.train import processor_args
    from quoteattr.models.warm_tagger import _split_warm_start

    data = {key: tmp_path / key for key in ("train", "dev")}
    module, args = processor_args("pos", "de", data, tmp_path, tmp_path / "out", "gpu", warm=tmp_path / "pos.pt")
    assert module == "quoteattr.models.warm_tagger"
    assert _split_warm_start(args) == (str(tmp_path / "pos.pt"), args[2:])
    module, args = processor_args("pos", "de", data, tmp_path, tmp_path / "out", "gpu")
    assert module == "stanza.models.tagger" and "--warm_start" not in args
    _, args = processor_args("depparse", "en", data, tmp_path, tmp_path / "out", "gpu", warm=tmp_path / "dp.pt")
    assert args[args.index("--continue_from") + 1] == str(tmp_path / "dp.pt")
    with pytest.raises(ValueError, match="cannot start from an earlier model"):
        processor_args("tokenize", "de", data, tmp_path, tmp_path / "out", "gpu", warm=tmp_path / "tok.pt")
    with pytest.raises(SystemExit, match="needs --warm_start"):
        _split_warm_start(["--train_file", "x"])
