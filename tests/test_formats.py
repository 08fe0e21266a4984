"""SpkAtt and brat readers/writers, and predict + score through the CLI on real corpus files."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import attrs
import pytest

from quoteattr.formats import brat, spkatt
from quoteattr.scoring import score_dirs

from conftest import ROOT, SHARED

SPKATT = SHARED / "data" / "spkatt-news" / "train"
POLNEAR = SHARED / "data" / "polnear-news" / "train"


def first_names(path, n):
    return (ROOT / "evaluation" / "splits" / path).read_text().split()[:n]


@pytest.mark.skipif(not SPKATT.exists(), reason="SpkAtt corpus not available")
def test_spkatt_predict_and_score(tmp_path):
    names = first_names("spkatt-dev.txt", 3)
    gold = tmp_path / "gold"
    gold.mkdir()
    for name in names:
        shutil.copy(SPKATT / f"{name}.json", gold)
    (gold / "broken.json").write_text("{not json", encoding="utf-8")
    pred = tmp_path / "pred"
    r = subprocess.run([sys.executable, "-m", "quoteattr", "predict", "--format", "spkatt", str(gold), str(pred),
                        "--lang", "de", "--models", "compact", "--quiet"], capture_output=True, cwd=ROOT, timeout=600)
    assert b"skipped" in r.stderr and b"broken.json" in r.stderr
    for name in names:
        data = json.loads((pred / f"{name}.json").read_text(encoding="utf-8"))
        original = json.loads((SPKATT / f"{name}.json").read_text(encoding="utf-8"))
        assert data["Sentences"] == original["Sentences"]
        for ann in data["Annotations"]:
            assert ann["Message"] and ann["Form"] in {"Direct", "Indirect", "FreeIndirect", "IndirectFreeIndirect", "Reported"}
    (gold / "broken.json").unlink()
    result = score_dirs("spkatt", gold, pred)
    assert result["documents"] == 3 and 0.0 < result["overall"]["content"]["f1"] <= 1.0
    perfect = score_dirs("spkatt", gold, gold)
    assert perfect["overall"]["content"]["f1"] == 1.0 and perfect["overall"]["attribution_accuracy"] == 1.0


@pytest.mark.skipif(not POLNEAR.exists(), reason="PolNeAR corpus not available")
def test_brat_round_trip_and_predict(tmp_path):
    name = first_names("polnear-dev.txt", 1)[0]
    text = (POLNEAR / "text" / f"{name}.txt").read_text(encoding="utf-8")
    gold = brat.read_annotations(POLNEAR / "attributions" / f"{name}.ann")
    assert gold
    written = tmp_path / "again.ann"
    brat.write(written, text, gold)
    assert brat.read_annotations(written) == gold
    (tmp_path / "in").mkdir()
    shutil.copy(POLNEAR / "text" / f"{name}.txt", tmp_path / "in")
    r = subprocess.run([sys.executable, "-m", "quoteattr", "predict", "--format", "brat", str(tmp_path / "in"),
                        str(tmp_path / "out"), "--lang", "en", "--models", "compact", "--quiet"],
                       capture_output=True, cwd=ROOT, timeout=600)
    assert r.returncode == 0, r.stderr.decode()
    predicted = brat.read_annotations(tmp_path / "out" / f"{name}.ann")
    for att in predicted:
        for a, b in att["Content"]:
            assert 0 <= a < b <= len(text)


def test_pretokenized_input_keeps_segmentation(attributor):
    sentences = [["„", "Wir", "kommen", "“", ",", "sagte", "sie", "."], ["Dann", "ging", "sie", "."]]
    doc = attributor.attribute_tokens(sentences, lang="de")
    assert [[t.text for t in s.tokens] for s in doc.sentences] == sentences
    q = next(q for q in doc.quotes if q.kind == "direct")
    assert q.text == "Wir kommen" and q.speaker.text == "sie"
    data = {"Sentences": [{"SentenceId": i, "Tokens": t} for i, t in enumerate(sentences)]}
    [ann] = spkatt.annotations(doc, data)
    assert ann["Message"] == ["0:0", "0:1", "0:2", "0:3"] and ann["Source"] == ["0:6"] and ann["Cue"] == ["0:5"]


def test_spkatt_reported_speech_is_the_whole_sentence_without_a_cue(attributor):
    sentences = [["Die", "Gewerkschaft", "forderte", "einen", "höheren", "Mindestlohn", "für", "alle", "Beschäftigten", "."]]
    doc = attributor.attribute_tokens(sentences, lang="de")
    [q] = doc.quotes
    assert q.kind == "reported" and q.cue.text == "forderte"  # quoteattr keeps the cue
    [ann] = spkatt.annotations(doc, {"Sentences": [{"SentenceId": 0, "Tokens": sentences[0]}]})
    assert ann["Form"] == "Reported" and ann["Cue"] == [] and ann["Source"] == ["0:0", "0:1"]
    assert ann["Message"] == [f"0:{i}" for i in range(10)]


def test_spkatt_reported_speech_sharing_its_sentence_keeps_its_phrase(attributor):
    tokens = ("Die Ministerin warnte vor einer Neiddebatte , die Sprecherin der Fraktion , Sandra Boser , erklärte : "
              "„ Neiddebatten sind fehl am Platz . “").split()
    doc = attributor.attribute_tokens([tokens], lang="de")
    anns = spkatt.annotations(doc, {"Sentences": [{"SentenceId": 0, "Tokens": tokens}]})
    forms = {a["Form"]: a for a in anns}
    assert set(forms) == {"Reported", "Direct"}
    assert forms["Reported"]["Message"] == ["0:4", "0:5"]  # "einer Neiddebatte", not the whole sentence
    assert forms["Direct"]["Cue"] == ["0:15"]


def test_spkatt_message_leaves_out_an_inserted_cue_and_its_source(attributor):
    tokens = "Der Abschuss soll laut Schnappauf aus Sicherheitsgründen erfolgen .".split()
    doc = attributor.attribute_tokens([["Umweltminister", "Werner", "Schnappauf", "sprach", "mit", "Jägern", "."],
                                       tokens], lang="de")
    [q] = [q for q in doc.quotes if q.kind == "according_to"]
    assert q.text == "Der Abschuss soll laut Schnappauf aus Sicherheitsgründen erfolgen"  # one span in quoteattr
    data = {"Sentences": [{"SentenceId": 0, "Tokens": ["Umweltminister", "Werner", "Schnappauf", "sprach", "mit",
                                                       "Jägern", "."]}, {"SentenceId": 1, "Tokens": tokens}]}
    [ann] = [a for a in spkatt.annotations(doc, data) if a["Cue"] == ["1:3"]]
    assert ann["Source"] == ["1:4"]  # its own mention, not the entity's earlier one
    assert ann["Message"] == ["1:0", "1:1", "1:2", "1:5", "1:6", "1:7"]


def test_spkatt_source_of_an_owned_statement_starts_with_the_statement(attributor):
    tokens = ("In der Pressemitteilung des WWF heißt es weiter , dass ein Nebeneinander von Mensch und Bär "
              "unwahrscheinlich sei .").split()
    doc = attributor.attribute_tokens([tokens], lang="de")
    [q] = doc.quotes
    assert q.speaker.text == "des WWF"  # quoteattr's speaker is the owner of the statement
    [ann] = spkatt.annotations(doc, {"Sentences": [{"SentenceId": 0, "Tokens": tokens}]})
    assert ann["Source"] == ["0:1", "0:2", "0:3", "0:4"]  # SpkAtt's is the statement: "der Pressemitteilung des WWF"
    # a statement that is part of the cue stays out of the source: "so das Fazit | der Betreiber"
    sentences = [("„ Offenbar sind Bürgeranfragen dann doch zu lästig . “").split(),
                 "so das Fazit der Betreiber von Abgeordnetenwatch .".split()]
    doc = attributor.attribute_tokens(sentences, lang="de")
    [ann] = spkatt.annotations(doc, {"Sentences": [{"SentenceId": i, "Tokens": t} for i, t in enumerate(sentences)]})
    assert (ann["Cue"], ann["Source"]) == (["1:0", "1:1", "1:2"], ["1:3", "1:4", "1:5", "1:6"])


def test_spkatt_speaker_colon_has_no_cue(attributor):
    tokens = "Koppelin wörtlich : „ Sie ziehen den Bürgern das Geld aus der Tasche . “".split()
    doc = attributor.attribute_tokens([tokens], lang="de")
    [q] = doc.quotes
    assert q.cue.text == ":"  # quoteattr names the colon
    [ann] = spkatt.annotations(doc, {"Sentences": [{"SentenceId": 0, "Tokens": tokens}]})
    assert ann["Cue"] == [] and ann["Source"] == ["0:0"]


def test_brat_reader_survives_line_breaks_in_span_texts(tmp_path):
    ann = tmp_path / "x.ann"
    ann.write_text("T1\tSource 0 2\tHe\nT2\tContent 10 30;31 40\tfirst line\ncontinued\nT3\tCue 3 7\tsaid\n"
                   "T4\tAttribution 3 7\tsaid\nE1\tAttribution:T4 Content:T2 Cue:T3 Source:T1\n", encoding="utf-8")
    [att] = brat.read_annotations(ann)
    assert att == {"Source": [(0, 2)], "Cue": [(3, 7)], "Content": [(10, 30), (31, 40)]}


def test_brat_content_leaves_out_an_inserted_cue_and_source(attributor):
    text = "That's bad, according to Rubio, because Biden never won a primary."
    doc = attributor(text, lang="en")
    [att] = brat.annotations(doc)
    assert [text[a:b] for a, b in att["Content"]] == ["That's bad", "because Biden never won a primary"]
    assert [text[a:b] for a, b in att["Source"]] == ["Rubio"]


def test_pretokenized_contractions_are_split_for_the_parser_and_keep_their_ids(attributor):
    # "zum" / "vom" are one token in the input and two syntactic words ("zu dem") for the tagger
    sentences = [["Der", "Sprecher", "vom", "Ministerium", "sagte", "zum", "Abschluss", ":",
                  "„", "Wir", "sind", "zufrieden", "“", "."]]
    doc = attributor.attribute_tokens(sentences, lang="de")
    words = doc.sentences[0].tokens
    assert [w.form for w in words if w.text == "zum"] == ["zu", "dem"]
    assert next(w for w in words if w.form == "zu").upos == "ADP"
    q = next(q for q in doc.quotes if q.kind == "direct")
    assert q.speaker.text.startswith("Der Sprecher")
    data = {"Sentences": [{"SentenceId": 0, "Tokens": sentences[0]}]}
    [ann] = spkatt.annotations(doc, data)
    assert ann["Cue"] == ["0:4"] and ann["Source"][:2] == ["0:0", "0:1"]
    assert all(int(i.split(":")[1]) < len(sentences[0]) for key in ("Message", "Source", "Cue") for i in ann[key])


def _quote(text, kind, content, cue, speaker, **kw):
    from quoteattr.model import Cue, Mention, Quote, Span

    start = text.index(content)
    s = text.index(speaker)
    c = text.index(cue)
    return Quote(kind, start, start + len(content), content, 0, 0, speaker=Mention(s, s + len(speaker), speaker),
                 cue=Cue.of([Span.of(text, c, c + len(cue))]), **kw)


def test_brat_export_skips_the_quoted_part_of_a_mixed_quote_and_nested_quotes():
    from quoteattr.model import Document

    text = 'He said the deal was "a disaster" for everyone.'
    parent = _quote(text, "indirect", 'the deal was "a disaster" for everyone', "said", "He")
    part = _quote(text, "mixed", "a disaster", "said", "He", marks=('"', '"'), depth=1, parent=0)
    nested = _quote(text, "reported", "a disaster", "deal", "He", depth=1, parent=0)
    unnested = attrs.evolve(part, depth=0, parent=None)  # as when the frame ends before the closing mark
    for quotes in [(parent, part), (parent, nested), (parent, unnested)]:
        assert [a["Content"] for a in brat.annotations(Document(text, "en", quotes=quotes))] == [[(parent.start, parent.end)]]
    # a mixed quote with no frame of its cue stays an attribution
    assert len(brat.annotations(Document(text, "en", quotes=(unnested,)))) == 1


def test_brat_export_joins_a_continuation_to_the_attribution_before_it():
    from quoteattr.model import Document, Entity, Quote

    text = "She said the plan would work. Then she left. Later came a vote. “It will pass.”"
    said = _quote(text, "indirect", "the plan would work", "said", "She", entity=0)
    entities = (Entity(0, None, (), (said.speaker,)),)
    start = text.index("It will")
    more = Quote("direct", start, start + 13, "It will pass.", 3, 0, entity=0, rule="continuation", marks=("“", "”"))
    merged = brat.annotations(Document(text, "en", quotes=(said, more), entities=entities))
    assert len(merged) == 1 and len(merged[0]["Content"]) == 2  # within three sentences: one attribution
    far = attrs.evolve(more, sentence=4)
    assert len(brat.annotations(Document(text, "en", quotes=(said, far), entities=entities))) == 2
    # an unresolved pronoun carried on by the continuation is the same speaker
    unresolved = attrs.evolve(said, entity=None)
    carried = attrs.evolve(more, entity=None, speaker=said.speaker)
    assert len(brat.annotations(Document(text, "en", quotes=(unresolved, carried)))) == 1


def test_brat_export_joins_quotes_nobody_is_named_for_within_a_paragraph(attributor):
    text = ("The debate was heated.\n\n“We have to do something and it’s the only way you stop it.” “We have to be a "
            "lot tougher.”\n\n“We are not fighting it strongly enough.”")
    doc = attributor(text, lang="en")
    assert [(q.kind, q.rule) for q in doc.quotes] == [("direct", "unattributed")] * 3
    assert [len(a["Content"]) for a in brat.annotations(doc)] == [2, 1]  # the third quote opens a paragraph


def test_brat_source_with_an_apposition_keeps_its_closing_comma():
    from quoteattr.model import Document

    text = "Devine said it was close. Tad Devine, a top adviser to Sanders, added the race was over."
    plain = _quote(text, "indirect", "it was close", "said", "Devine")
    with_apposition = _quote(text, "indirect", "the race was over", "added", "Tad Devine, a top adviser to Sanders")
    sources = [a["Source"] for a in brat.annotations(Document(text, "en", quotes=(plain, with_apposition)))]
    assert [text[s:e] for (s, e), in sources] == ["Devine", "Tad Devine, a top adviser to Sanders,"]


def test_brat_source_keeps_a_relative_clause_set_off_after_it():
    from quoteattr.model import Document

    text = "Helen Ferre, who took over as head of communications, said the party was united."
    q = _quote(text, "indirect", "the party was united", "said", "Helen Ferre")
    ((start, end),) = brat.annotations(Document(text, "en", quotes=(q,)))[0]["Source"]
    assert text[start:end] == "Helen Ferre, who took over as head of communications,"


def test_brat_source_of_a_passive_leaves_out_the_agents_preposition():
    from quoteattr.model import Document

    text = "The attack was claimed by the so-called Islamic State."
    q = _quote(text, "reported", "The attack", "was claimed", "by the so-called Islamic State")
    ((start, end),) = brat.annotations(Document(text, "en", quotes=(q,)))[0]["Source"]
    assert text[start:end] == "the so-called Islamic State"


def test_brat_source_takes_the_appositions_between_it_and_the_cue():
    from quoteattr.model import Document

    text = "Matthew Prince, chief executive of CloudFlare, a San Francisco company, said the attack was large."
    q = _quote(text, "indirect", "the attack was large", "said", "Matthew Prince")
    ((start, end),) = brat.annotations(Document(text, "en", quotes=(q,)))[0]["Source"]
    assert text[start:end] == "Matthew Prince, chief executive of CloudFlare, a San Francisco company,"


def test_spkatt_free_indirect_sentences_of_one_speaker_are_one_attribution(attributor):
    sentences = [s.split() for s in (
        "Der Minister sagte , die Lage sei ernst .",
        "Die Regierung werde schnell handeln .",
        "Zudem habe man weitere Hilfen beschlossen .")]
    doc = attributor.attribute_tokens(sentences, lang="de")
    assert [q.kind for q in doc.quotes] == ["indirect", "free_indirect", "free_indirect"]
    data = {"Sentences": [{"SentenceId": i, "Tokens": s} for i, s in enumerate(sentences)]}
    anns = spkatt.annotations(doc, data)
    assert [a["Form"] for a in anns] == ["Indirect", "IndirectFreeIndirect"]
    assert {m.split(":")[0] for m in anns[1]["Message"]} == {"1", "2"}


def test_a_clause_split_by_its_cue_is_two_quotes_and_one_exported_attribution(attributor):
    text = "The economy, the minister said on Tuesday, will grow by two percent next year."
    doc = attributor(text, lang="en")
    assert [(q.kind, q.text, q.cue.text) for q in doc.quotes] == [
        ("indirect", "The economy", "said"), ("indirect", "will grow by two percent next year", "said")]
    [att] = brat.annotations(doc)
    assert [text[a:b] for a, b in att["Content"]] == ["The economy", "will grow by two percent next year"]
    assert [text[a:b] for a, b in att["Source"]] == ["the minister"]


def test_brat_source_leaves_out_an_adverbial_between_it_and_the_cue(attributor):
    for text, source in [("Mr. Trump, however, said he would not attend the debate.", "Mr. Trump"),
                         ("Matthew Prince, chief executive of CloudFlare, said the attack was large.",
                          "Matthew Prince, chief executive of CloudFlare,"),
                         # a prepositional phrase set off is a comment, unless its preposition opens appositions
                         ("Ted Cruz, by contrast, said he would not attend the debate.", "Ted Cruz"),
                         ("Former Gov. Mike Huckabee, for his part, said he would not attend the debate.",
                          "Former Gov. Mike Huckabee"),
                         ("Other Republicans, like Richard Armitage, have said they would vote for her.",
                          "Other Republicans, like Richard Armitage,")]:
        [att] = brat.annotations(attributor(text, lang="en"))
        assert [text[a:b] for a, b in att["Source"]] == [source]


def test_free_indirect_speech_continuing_a_named_speaker_is_one_attribution(attributor):
    from quoteattr.formats import attribution_groups

    doc = attributor("Der Minister Peter Berg sagte, die Lage sei ernst. Der Bürgermeister Hans Klein besuchte am "
                     "Abend die Unglücksstelle. Die Stadt sei den Helfern dankbar. Sie werde ihnen bald danken.",
                     lang="de")
    assert [[doc.quotes[i].entity_name for i in group] for group in attribution_groups(doc)] == [
        ["Peter Berg"], ["Hans Klein", "Hans Klein"]]


def test_brat_source_leaves_out_a_participle_clause_between_it_and_the_cue(attributor):
    text = "Marco Rubio, speaking at a rally in Miami, is criticizing Donald Trump for his business record."
    atts = brat.annotations(attributor(text, lang="en"))
    assert [[text[a:b] for a, b in att["Source"]] for att in atts] == [["Marco Rubio"]]


def test_brat_source_apposition_may_hold_initials_but_not_a_clause(attributor):
    text = "The FDIC, a major U.S. banking regulator which keeps data on banks, declined to comment."
    [att] = brat.annotations(attributor(text, lang="en"))
    assert [text[a:b] for a, b in att["Source"]] == [
        "The FDIC, a major U.S. banking regulator which keeps data on banks,"]
    text = ("The far-right party leader, Marine Le Pen, voiced support for U.S. Republican presidential candidate "
            "Donald Trump, saying his rival would bring war.")
    [att] = brat.annotations(attributor(text, lang="en"))
    assert [text[a:b] for a, b in att["Source"]] == ["The far-right party leader, Marine Le Pen,"]


def test_brat_source_of_an_owned_statement_that_is_the_subject_starts_with_the_statement(attributor):
    doc = attributor("The statement by the two leaders suggested both are invested in peace.", lang="en")
    [ann] = brat.annotations(doc)
    ((start, end),) = ann["Source"]
    assert doc.quotes[0].speaker.text == "by the two leaders"  # quoteattr's speaker owns the statement
    assert doc.text[start:end] == "The statement by the two leaders"  # PolNeAR's source is the statement


def test_spkatt_direct_quote_split_by_its_cue_is_two_annotations_sharing_it(attributor):
    sentences = ["„ Die Schule ist angekommen und hat sich etabliert . “".split(),
                 "erklärte Kultusministerin Eisenmann . „".split(),
                 "Die Landesregierung bekennt sich zur Schule . “".split()]
    doc = attributor.attribute_tokens(sentences, lang="de")
    data = {"Sentences": [{"SentenceId": i, "Tokens": t} for i, t in enumerate(sentences)]}
    anns = spkatt.annotations(doc, data)
    assert [(a["Form"], a["Cue"], a["Source"]) for a in anns] == [("Direct", ["1:0"], ["1:1", "1:2"])] * 2
    assert anns[0]["Message"][-1] == "0:10" and anns[1]["Message"][0] == "1:4"
    # an indirect quote around its cue stays one annotation: "Die Lage, sagte er, sei ernst"
    tokens = "Die Lage , sagte er , sei ernst .".split()
    doc = attributor.attribute_tokens([tokens], lang="de")
    anns = spkatt.annotations(doc, {"Sentences": [{"SentenceId": 0, "Tokens": tokens}]})
    assert [(a["Form"], a["Message"]) for a in anns] == [("Indirect", ["0:0", "0:1", "0:6", "0:7"])]
