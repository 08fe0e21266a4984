"""Sentence repair after the tokenizer."""

from __future__ import annotations

import regex

from quoteattr.model import Token

from conftest import attributed
from quoteattr.segment import _join_web_addresses, _split_after_closed_quotes, from_pretokenized


def _words(text: str) -> list[Token]:
    return [Token(m.start(), m.end(), m.group()) for m in regex.finditer(r"\w+|[^\w\s]", text)]


def _texts(text: str) -> list[str]:
    return [text[part[0].start:part[-1].end] for part in _split_after_closed_quotes(_words(text))]


def test_split_after_a_quote_that_ends_its_sentence():
    assert _texts("Er sagte: „Wir kommen.“ Sie schwieg.") == ["Er sagte: „Wir kommen.“", "Sie schwieg."]
    assert _texts("„Wir kommen.“ „Wann?“ fragte sie.") == ["„Wir kommen.“", "„Wann?“ fragte sie."]


def test_no_split_inside_a_sentence():
    assert _texts("„Was?“ fragte er.") == ["„Was?“ fragte er."]
    assert _texts("„Wir kommen“, sagte er.") == ["„Wir kommen“, sagte er."]
    assert _texts('"We will win." she said') == ['"We will win." she said']


def test_a_web_address_split_at_its_dots_is_one_word():
    text = "Laut „tagesschau.de“ und www.ndr.de war es z.B. so. Dann"
    words = [text[t.start:t.end] for t in _join_web_addresses(text, _words(text))]
    assert "tagesschau.de" in words and "www.ndr.de" in words
    assert words[-7:] == ["z", ".", "B", ".", "so", ".", "Dann"]  # no address: no lowercase ending after the dot


def test_a_break_after_an_unfinished_sentence_is_undone(attributor):
    # the tokenizer may break before a capitalised name; no sentence ends in a word or a comma
    text = "Bolton said he would advise Trump on dealing with the threat. He left."
    doc = attributor(text, lang="en")
    assert [s.text for s in doc.sentences] == ["Bolton said he would advise Trump on dealing with the threat.",
                                               "He left."]


def test_the_tokenizer_splits_only_known_multiword_tokens(attributor):
    doc = attributor("Um 15 Uhr ging er zum Bahnhof.", lang="de")
    words = [(t.text, t.form) for t in doc.sentences[0].tokens]
    assert words[0] == ("Um", None)  # the tokenizer may read "Um" as "um dem"
    assert ("zum", "zu") in words and ("zum", "dem") in words


def test_a_word_is_split_into_a_clitic_only_where_an_apostrophe_is_written(attributor):
    doc = attributor("The firm was silent. Its chief executive, Mary Barra, has said the plant would stay open. "
                     "It's fine, she said.", lang="en")
    words = [(t.text, t.form) for s in doc.sentences for t in s.tokens]
    assert ("Its", None) in words and ("It's", "It") in words and ("It's", "'s") in words
    first = attributed(doc)[0]
    assert (first.speaker.text, first.entity_name) == ("Its chief executive, Mary Barra", "Mary Barra")
    doc = attributor.attribute_tokens([["Its", "chief", "executive", "said", "it", "'s", "over", "."]], lang="en")
    assert [t.form for t in doc.sentences[0].tokens][:2] == [None, None]


def test_pretokenized_text_is_rebuilt_as_written():
    text, _, sents = from_pretokenized([
        ["„", "Der", "Bär", "ist", "(", "sehr", ")", "gefährlich", "“", ",", "so", "Schnappauf", "."],
        ["Er", "sagte", ":", '"', "Wir", "gehen", ".", '"'],
        ["„", "Ich", "gehe", "."], ["Du", "auch", ".", "“"]])
    assert text == '„Der Bär ist (sehr) gefährlich“, so Schnappauf.\nEr sagte: "Wir gehen."\n„Ich gehe.\nDu auch.“'
    assert all(text[t.start:t.end] == t.text for s in sents for t in s.tokens)


def test_an_ambiguous_mark_before_punctuation_opens_nothing(attributor):
    text, _, _ = from_pretokenized([["Pau", "''", ":", "Gut", "."], ["Er", "sagte", ":", '"', "Ja", ".", '"']])
    assert text == "Pau '': Gut.\nEr sagte: \"Ja.\""
    doc = attributor.attribute_tokens([["''"], ["Pau", "''", ":", "Ihren", "Fragen", "stelle", "ich", "etwas", "voran", "."]],
                                      lang="de")
    assert all(q.text.strip() for q in doc.quotes)


def test_a_news_dateline_is_no_part_of_the_first_sentence(attributor):
    doc = attributor("ORLANDO, Fla. (Reuters) - President Barack Obama said the shooting was an act of terror.",
                     lang="en")
    assert [s.text for s in doc.sentences] == [
        "ORLANDO, Fla. (Reuters) -", "President Barack Obama said the shooting was an act of terror."]
    assert doc.quotes[0].speaker.text == "President Barack Obama"
    doc = attributor("NATO officials said the talks would continue.", lang="en")
    assert len(doc.sentences) == 1 and doc.quotes[0].speaker.text == "NATO officials"


def test_a_possessive_or_a_quoted_phrase_ends_no_sentence(attributor):
    for text in ("Matthews, MSNBC’s Alex Seitz-Wald and Reuters’ Luciana Lopez argued that the plan grows.",
                 "Sidney Blumenthal: ‘No Idea’ If I Would Have Told Hillary Private Email Server Was a Bad Idea."):
        assert [s.text for s in attributor(text, lang="en").sentences] == [text]
    # a closing mark after a sentence's full stop still ends it
    doc = attributor("He called it ‘the best of times.’ Then he left.", lang="en")
    assert [s.text for s in doc.sentences] == ["He called it ‘the best of times.’", "Then he left."]


def test_the_parser_reads_a_curly_apostrophe_as_the_straight_one_of_its_treebanks(attributor):
    curly = attributor("The senators’ aide said the bill wasn’t ready.", lang="en").sentences[0]
    straight = attributor("The senators' aide said the bill wasn't ready.", lang="en").sentences[0]
    assert [t.text for t in curly.tokens if "’" in t.text]  # the tokens keep the text's own characters
    assert [(t.upos, t.head, t.deprel) for t in curly.tokens] == [(t.upos, t.head, t.deprel) for t in straight.tokens]


def test_the_parser_reads_em_dashes_as_the_en_dash_of_its_treebanks(attributor):
    parses = [[(t.upos, t.head, t.deprel) for t in attributor(
        f"Other prominent Republicans {dash} three former officials {dash} have also said they support Clinton.",
        lang="en").sentences[0].tokens] for dash in ("―", "—", "–")]
    assert parses[0] == parses[1] == parses[2]
    q = attributor("Other prominent Republicans ― three former officials ― have also said they support Clinton.",
                   lang="en").quotes[0]
    assert q.speaker.text.startswith("Other prominent Republicans")


def test_a_closing_mark_written_against_the_next_word_leaves_it_a_word(attributor):
    doc = attributor("“I think it was a surprise,”Clinton said.", lang="en")
    assert "Clinton" in [t.text for s in doc.sentences for t in s.tokens]
    [q] = doc.quotes
    assert (q.speaker.text, q.text) == ("Clinton", "I think it was a surprise,")
    # no space after an apostrophe inside a word ("Clinton’s") or an opening mark ("said, “No")
    from quoteattr.textutil import clean_for_tokenizer

    clean, index_map = clean_for_tokenizer("Clinton’s aide said, “No,”he added.")
    assert clean == "Clinton’s aide said, “No,” he added."
    assert index_map[clean.index("he")] == "Clinton’s aide said, “No,”he added.".index("he")


def test_a_headline_in_title_case_is_read_in_the_case_the_text_writes_its_words(attributor):
    text = ("Mike Pence Calls for Special Prosecutor after Report Reveals Meetings with Donors.\n\n"
            "Pence calls for a special prosecutor after a report that reveals meetings with donors.")
    doc = attributor(text, lang="en")
    headline = doc.sentences[0]
    forms = {t.text: t.form for t in headline.tokens}
    assert forms["Calls"] == "calls" and forms["Reveals"] == "reveals" and forms["Pence"] is None
    assert all(text[t.start:t.end] == t.text for t in headline.tokens)
    first = doc.quotes[0]
    assert (first.sentence, first.cue.text, first.speaker.text, first.speaker.entity) == (
        0, "Calls for", "Mike Pence", "Mike Pence")
    # a sentence in ordinary case keeps its forms
    assert all(t.form is None for t in doc.sentences[1].tokens)
