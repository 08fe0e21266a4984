"""Quotation-span detection on the conventions of German and English news."""

from __future__ import annotations

import json

import pytest

from quoteattr import find_quotes
from quoteattr.quotes import detect_quotes

from conftest import SHARED


def texts(text, lang):
    return [q.text for q in find_quotes(text, lang)]


def test_seed_has_all_twelve_pairs_and_the_nested_one(seed_text):
    gold = json.loads((SHARED / "seeds" / "000_f3d027124de9793a.gold.json").read_text())
    spans = find_quotes(seed_text, "de")
    top = [q for q in spans if q.depth == 0]
    nested = [q for q in spans if q.depth == 1]
    assert len(top) == gold["quotation_marks"]["pairs"] == 12
    assert len(nested) == gold["quotation_marks"]["nested_pairs"] == 1
    assert nested[0].content == "unrühmlichen"
    third = top[2]
    assert spans[nested[0].parent] == third
    for att in gold["attributions"]:
        if att["kind"] == "direct":
            start, end = att["quote_span"]
            assert any(q.content_start == start and q.content_end == end for q in top), att["quote"]
    for q in spans:
        assert seed_text[q.start:q.end] == q.text
        assert q.text[0] == q.open_mark and q.text[-1] == q.close_mark


@pytest.mark.parametrize("text,expected", [
    ("„Wir kommen“, sagte er.", ["„Wir kommen“"]),
    ("Er nannte es ‚fair‘ und ging.", ["‚fair‘"]),
    ("„Das ist ‚unerhört‘“, rief sie.", ["„Das ist ‚unerhört‘“", "‚unerhört‘"]),
    ("»Wir bleiben hier«, erklärte die Autorin.", ["»Wir bleiben hier«"]),
    ("Er sprach von ›Verrat‹.", ["›Verrat‹"]),
    ("«Wir sind bereit», sagte der Bundesrat.", ["«Wir sind bereit»"]),
    ("Sie sagte ‹nein›.", ["‹nein›"]),
    ('"Wir kommen morgen", sagte er.', ['"Wir kommen morgen"']),
    ("Das Schiff 'Gorch Fock' lief aus.", ["'Gorch Fock'"]),
    ("„Erstens“, sagte er, »zweitens« und \"drittens\".", ["„Erstens“", "»zweitens«", '"drittens"']),
])
def test_german_conventions(text, expected):
    assert texts(text, "de") == expected


@pytest.mark.parametrize("text,expected", [
    ("“We will win,” she said.", ["“We will win,”"]),
    ("“He told me ‘never’,” she said.", ["“He told me ‘never’,”", "‘never’"]),
    ("‘We will win,’ she said, ‘and “soon”.’", ["‘We will win,’", "‘and “soon”.’", "“soon”"]),
    ('"We will win," she said.', ['"We will win,"']),
    ("'We will win,' she said.", ["'We will win,'"]),
])
def test_english_conventions(text, expected):
    assert texts(text, "en") == expected


@pytest.mark.parametrize("text,lang", [
    ("I don't think it's over.", "en"),
    ("Back in the '90s we played rock 'n' roll.", "en"),
    ("The Joneses' house is O'Brien's.", "en"),
    ("Wie geht's? Willi's Kneipe hat zu.", "de"),
    ("We can’t say it’s done.", "en"),
])
def test_apostrophes_are_not_quotes(text, lang):
    spans, anomalies = detect_quotes(text, lang)
    assert spans == []


def test_apostrophes_inside_quotes():
    assert texts("'It's O'Brien's car,' he said.", "en") == ["'It's O'Brien's car,'"]
    assert texts("“I don’t know,” she said.", "en") == ["“I don’t know,”"]


def test_quote_over_several_sentences():
    text = "„Die Lage ist ernst. Wir handeln sofort. Mehr sage ich nicht“, so der Minister."
    [q] = find_quotes(text, "de")
    assert q.content.startswith("Die Lage") and q.content.endswith("nicht")


def test_quote_continues_into_next_paragraph():
    text = ("“The first part of the statement goes on for a while.\n\n"
            "“And the second paragraph opens again without closing the first,” he said.")
    [q] = find_quotes(text, "en")
    assert q.start == 0 and q.text.endswith("first,”")
    german = "„Erster Absatz ohne Ende.\n\n„Zweiter Absatz mit Ende“, sagte sie."
    assert len(find_quotes(german, "de")) == 1


def test_unbalanced_marks_are_local_and_reported():
    text = "„Das endet nie, sagte er.\n\nDann: „Das hier schon“, sagte sie. Und „dies“ auch."
    spans, anomalies = detect_quotes(text, "de")
    assert [q.text for q in spans] == ["„Das hier schon“", "„dies“"]
    assert anomalies and anomalies[0].kind == "unclosed_quote" and anomalies[0].start == 0
    stray = "Er sagte nichts“ und ging. „Gut“, sagte sie."
    spans, anomalies = detect_quotes(stray, "de")
    assert [q.text for q in spans] == ["„Gut“"]
    assert any(a.kind == "stray_mark" for a in anomalies)


def test_speech_versus_term_classification():
    text = ("Der Minister sprach von einem „produktiven“ Gespräch. "
            "„Wir haben heute sehr lange und intensiv miteinander verhandelt“, sagte er.")
    term, speech = find_quotes(text, "de")
    assert not term.is_speech and term.speech_score < 0.5
    assert speech.is_speech and speech.speech_score >= 0.5
    en = 'The ship "Endeavour" sailed. "We have worked very hard on this deal for months," he said.'
    ship, said = find_quotes(en, "en")
    assert not ship.is_speech and said.is_speech


def test_a_short_quote_that_is_a_sentence_of_its_own_is_speech():
    short, called = find_quotes('"I don\'t know," he said. "We\'ll see." He called it a "disaster."', "en")[1:]
    assert short.is_speech and not called.is_speech
    (nein,) = find_quotes("Die Antwort kam schnell. „Nein!“", "de")
    assert nein.is_speech


def test_a_title_case_quote_in_running_english_text_is_a_title():
    text = ("Viewers who watched “Orange Is the New Black” tonight also liked the series “Jane The Virgin” "
            "very much.\n"
            "Bush Says “We Should Pay Attention To History In The Middle East Before We Act”")
    orange, jane, headline = find_quotes(text, "en")
    assert not orange.is_speech and not jane.is_speech and headline.is_speech
    # German capitalises every noun, so capitals tell nothing there
    (slogan,) = find_quotes("Die Demonstranten skandierten „Stoppt Den Überwachungswahn Sofort Und Überall“.", "de")
    assert slogan.speech_score > 0


@pytest.mark.parametrize("bad", [None, b"bytes", 42, ["list"]])
def test_non_text_raises_type_error(bad):
    with pytest.raises(TypeError, match="str"):
        find_quotes(bad)


def test_empty_and_whitespace():
    assert find_quotes("") == []
    assert find_quotes("   \n\t ") == []


def test_large_text():
    block = "„Wir kommen morgen wieder“, sagte er. Es ist 'gut'. " * 100_000
    spans = find_quotes(block, "de")
    assert len(spans) == 200_000


def test_crlf_nbsp_soft_hyphen_emoji_surrogates():
    text = "„Wir\u00a0kom\u00admen 😀“, sagte er.\r\n\r\n\"Ok\u0301ay\ud800\", she\x00 said."
    spans = find_quotes(text, "de")
    assert [q.text for q in spans] == ["„Wir\u00a0kom\u00admen 😀“", "\"Ok\u0301ay\ud800\""]


def test_mixed_curly_and_straight_marks_pair_where_they_may_close():
    text = '“I heard parts of his speech," Trump said. "He wants to give away our country.”'
    assert [(text[q.content_start:q.content_end], q.depth) for q in find_quotes(text, "en")] == [
        ("I heard parts of his speech,", 0), ("He wants to give away our country.", 0)]
    nested = '“He said "no" to me,” she said.'
    assert [(nested[q.content_start:q.content_end], q.depth) for q in find_quotes(nested, "en")] == [
        ('He said "no" to me,', 0), ("no", 1)]
    german = '„Das ist gut", sagte er. "Sehr gut“, fügte er hinzu.'
    assert [german[q.content_start:q.content_end] for q in find_quotes(german, "de")] == ["Das ist gut", "Sehr gut"]


def test_a_quote_in_another_language_or_script_is_a_title():
    album, speech = find_quotes("Das Album „Piper at the Gates of Dawn“ erschien 1967. „Wir kommen wieder“, sagte er.", "de")
    assert not album.is_speech and speech.is_speech
    (tournament,) = find_quotes("Das Turnier „Мемориал Михаила Таля“ begann am Montag in Moskau.", "de")
    assert not tournament.is_speech
    german, english = find_quotes("He called it “ein großer Fehler” again. “We will win this race,” he said.", "en")
    assert not german.is_speech and english.is_speech
    # a word both languages spell alike ("in") makes no German quote English
    (appeal,) = find_quotes("Der Verteidiger sagte: „Wir gehen in Berufung.“", "de")
    assert appeal.is_speech


def test_a_quote_right_after_a_title_noun_names_a_work_or_slogan():
    text = ("Sie demonstrierten unter dem Motto „50 Jahre Bundeswehr sind 50 Jahre zuviel!“ "
            "Er wurde mit dem Lied „Für dich soll es rote Rosen regnen“ verabschiedet. "
            "„Das war ein schöner Abschied von allen“, sagte er.")
    motto, song, said = find_quotes(text, "de")
    assert not motto.is_speech and not song.is_speech and said.is_speech
    headline = 'The headline read: "Obama is not admitting any refugees this year." Fans sang the song "We will go on and on".'
    read, sang = find_quotes(headline, "en")
    assert read.is_speech and not sang.is_speech
