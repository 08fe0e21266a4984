"""Property-based checks of quotation-span detection on arbitrary Unicode input."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from quoteattr import find_quotes
from quoteattr.quotes import detect_quotes
from quoteattr.textutil import clean_for_tokenizer

MARKS = "„“”‚‘’»«›‹\"'"
text_with_marks = st.text(
    alphabet=st.one_of(st.sampled_from(list(MARKS + " \n,.:")), st.characters()), max_size=300,
)


@settings(max_examples=300, deadline=None)
@given(text_with_marks, st.sampled_from(["de", "en"]))
def test_offsets_slice_back_and_spans_nest(text, lang):
    spans, anomalies = detect_quotes(text, lang)
    for q in spans:
        assert text[q.start:q.end] == q.text
        assert q.start < q.content_start <= q.content_end < q.end
        assert 0.0 <= q.speech_score <= 1.0
        if q.parent is not None:
            parent = spans[q.parent]
            assert parent.start < q.start and q.end < parent.end and q.depth == parent.depth + 1
        else:
            assert q.depth == 0
    for a, b in zip(spans, spans[1:]):
        assert a.start <= b.start
    for i, a in enumerate(spans):
        for b in spans[i + 1:]:
            assert b.start >= a.end or b.end <= a.end, "partial overlap"
    for anomaly in anomalies:
        assert 0 <= anomaly.start < anomaly.end <= len(text)


@settings(max_examples=200, deadline=None)
@given(text_with_marks)
def test_detection_is_deterministic(text):
    assert find_quotes(text, "de") == find_quotes(text, "de")
    assert find_quotes(text) == find_quotes(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_cleaning_keeps_a_valid_index_map(text):
    clean, index_map = clean_for_tokenizer(text)
    assert len(index_map) == len(clean) + 1
    assert index_map == sorted(index_map)
    for i, ch in enumerate(clean):
        assert ch == text[index_map[i]] or ch == " "
