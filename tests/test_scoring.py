"""The scorer on hand-made cases."""

from __future__ import annotations

from quoteattr.scoring import Item, brat_items, report, score


def item(content, source=(), cue=(), form="Direct", quoted=True):
    return Item(frozenset(content), frozenset(source), frozenset(cue), form, quoted)


GOLD = [[item(range(0, 10), range(12, 14), [11]), item(range(20, 30), range(31, 33), [30], "Indirect", False)]]


def test_gold_against_itself_is_perfect():
    r = score(GOLD, GOLD)
    for role in ("content", "source", "cue"):
        assert r[role] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert r["attribution_accuracy"] == 1.0


def test_empty_predictions_score_zero():
    r = score(GOLD, [[]])
    for role in ("content", "source", "cue"):
        assert r[role]["f1"] == 0.0 and r[role]["recall"] == 0.0
    assert r["attribution_accuracy"] == 0.0


def test_partial_overlap_is_proportional():
    pred = [[item(range(5, 15), range(12, 13), [11])]]
    r = score([[GOLD[0][0]]], pred)
    assert r["content"]["precision"] == 0.5 and r["content"]["recall"] == 0.5
    assert r["source"]["precision"] == 1.0 and r["source"]["recall"] == 0.5
    assert r["attribution_accuracy"] == 1.0


def test_two_quotes_swapped_are_paired_by_content():
    swapped = [[GOLD[0][1], GOLD[0][0]]]
    assert score(GOLD, swapped)["content"]["f1"] == 1.0
    wrong_speakers = [[item(range(0, 10), range(31, 33), [11]), item(range(20, 30), range(12, 14), [30], "Indirect", False)]]
    r = score(GOLD, wrong_speakers)
    assert r["content"]["f1"] == 1.0
    assert r["source"]["f1"] == 0.0 and r["attribution_accuracy"] == 0.0


def test_breakdowns_by_form_and_marks():
    pred = [[GOLD[0][0]]]
    r = report(GOLD, pred)
    assert r["by_form"]["Direct"]["content"]["f1"] == 1.0
    assert r["by_form"]["Indirect"]["content"]["recall"] == 0.0
    assert r["quoted"]["content"]["f1"] == 1.0 and r["unquoted"]["content"]["recall"] == 0.0


def test_brat_units_ignore_whitespace_and_detect_marks():
    text = '"We win," he said. They lose.'
    items = brat_items([{"Content": [(0, 9)], "Source": [(10, 12)], "Cue": [(13, 17)]}], text)
    assert len(items[0].content) == 8 and items[0].quoted
    plain = brat_items([{"Content": [(19, 29)], "Source": [], "Cue": []}], text)
    assert not plain[0].quoted and len(plain[0].content) == 9
