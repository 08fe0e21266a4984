"""The public API on bad input, batches and streams."""

from __future__ import annotations

import pytest

import quoteattr
from quoteattr import Attributor, detect_language


@pytest.mark.parametrize("bad", [None, b"bytes", 3.5, ["a"]])
def test_non_text_is_a_type_error(attributor, bad):
    with pytest.raises(TypeError, match="str"):
        attributor(bad)


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t"])
def test_empty_text_gives_an_empty_result(attributor, text):
    doc = attributor(text, lang="de")
    assert doc.quotes == () and doc.sentences == () and doc.text == text


def test_odd_characters_do_not_crash(attributor):
    text = "„Wir\u00a0kom\u00admen\u200b 😀“, sagte er.\r\n\r\n\x00\ud800 Ende\u0301."
    doc = attributor(text, lang="de")
    for s in doc.sentences:
        for t in s.tokens:
            assert text[t.start:t.end] == t.text
    assert any(q.kind == "direct" and q.speaker and q.speaker.text == "er" for q in doc.quotes)


def test_unknown_language_is_rejected():
    with pytest.raises(ValueError, match="unsupported language"):
        Attributor(lang="fr")


def test_language_is_detected(attributor):
    assert attributor('"We will win," she said.').lang == "en"
    assert attributor("„Wir gewinnen“, sagte sie.").lang == "de"


def test_a_text_without_function_words_is_told_by_its_marks_and_speech_verbs(attributor):
    doc = attributor("»Nein«, sagte Merkel.")
    assert doc.lang == "de" and [(q.kind, q.text, q.speaker.text) for q in doc.quotes] == [("direct", "Nein", "Merkel")]
    assert detect_language("Merkel sagt nein.") == "de"
    assert detect_language("“No,” Merkel said.") == detect_language("Merkel replied.") == "en"  # the default


def test_pipe_keeps_order_and_context(attributor):
    texts = ["„Eins“, sagte er.", "", '"Two," she said.', "Drei ohne Zitat."]
    results = list(attributor.pipe(((t, i) for i, t in enumerate(texts)), batch_size=3, as_tuples=True))
    assert [c for _, c in results] == [0, 1, 2, 3]
    assert [d.text for d, _ in results] == texts
    single = [attributor(t) for t in texts]
    assert [d.quotes for d, _ in results] == [d.quotes for d in single]


def test_lazy_parsing_gives_the_same_quotes(seed_text, seed_doc):
    eager = Attributor(models="compact", lazy=False)(seed_text, lang="de")
    assert [(q.kind, q.start, q.end, q.speaker) for q in eager.quotes if q.kind != "term"] == \
        [(q.kind, q.start, q.end, q.speaker) for q in seed_doc.quotes if q.kind != "term"]


def test_attribute_function_and_dataframe(seed_doc):
    df = seed_doc.to_dataframe()
    assert list(df.columns)[:4] == ["doc_id", "kind", "quote", "speaker"]
    assert len(df) == len(seed_doc.quotes)
    assert "Selenskyj" in seed_doc._repr_html_()
    assert quoteattr.attribute("„Ja“, sagte sie.", lang="de", models="compact").quotes


def test_top_level_views(seed_doc):
    page = quoteattr.render_html(seed_doc)
    assert page.startswith("<!DOCTYPE html>") and "qa-label" in page
    df = quoteattr.to_dataframe([seed_doc, seed_doc])
    assert len(df) == 2 * len(seed_doc.quotes) and set(df["kind"]) <= set(quoteattr.model.QUOTE_KINDS)


def test_pipe_with_worker_processes_matches_single_process(attributor):
    texts = ["„Eins und zwei“, sagte er.", '"Two and three," she said.', "", "Laut Polizei ist alles ruhig."]
    parallel = list(Attributor(models="compact").pipe(texts, batch_size=1, n_process=2))
    assert [d.text for d in parallel] == texts
    assert [d.quotes for d in parallel] == [attributor(t).quotes for t in texts]
