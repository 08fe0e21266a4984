"""English news constructions on real parses from the compact models."""

from __future__ import annotations

from conftest import attributed, only


def test_pronoun_subject(attributor):
    q = only(attributor('"We will win," she said.', lang="en"))
    assert (q.kind, q.text, q.speaker.text, q.cue_text) == ("direct", "We will win,", "she", "said")


def test_inverted_said_with_apposition(attributor):
    q = only(attributor("“The plan is dead,” said John Smith, the company's chief executive.", lang="en"))
    assert q.speaker.name == "John Smith" and q.entity_name == "John Smith"
    assert q.cue_text == "said"


def test_x_said(attributor):
    q = only(attributor("“Nobody saw it coming,” the mayor said.", lang="en"))
    assert q.speaker.text == "the mayor" and q.role == "mayor"


def test_according_to(attributor):
    q = only(attributor("The company lost two billion dollars last year, according to the agency.", lang="en"))
    assert q.kind == "according_to" and q.cue_text == "according to" and q.speaker.text == "the agency"
    assert q.text.startswith("The company lost")


def test_told_reporters_that(attributor):
    q = only(attributor("The senator told reporters that the bill would pass next week.", lang="en"))
    assert q.kind == "indirect" and q.text == "that the bill would pass next week"
    assert q.speaker.text == "The senator" and q.addressee.text == "reporters"


def test_multi_sentence_and_multi_paragraph_quotes(attributor):
    text = ("Maria Lopez, the city's mayor, spoke on Monday. “We have waited too long. We will act now,” "
            "she said.\n\n“The first step is a new budget.\n\n“The second step comes in spring.”")
    doc = attributor(text, lang="en")
    quotes = attributed(doc)
    assert [q.kind for q in quotes] == ["direct", "direct"]
    first, second = quotes
    assert first.text == "We have waited too long. We will act now,"
    assert first.speaker.text == "she" and first.entity_name == "Maria Lopez"
    assert second.text.startswith("The first step") and second.text.endswith("spring.")
    assert second.entity_name == "Maria Lopez" and second.method == "continuation"
