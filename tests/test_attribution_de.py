"""German constructions on real parses from the compact models."""

from __future__ import annotations

import re

from conftest import attributed, only
from quoteattr.cues import find_cues
from quoteattr.lang import load_language
from quoteattr.speakers import speaker_head
from quoteattr.syntax import Tree


def test_direct_quote_with_inverted_subject(attributor):
    q = only(attributor("„Wir kommen morgen wieder“, erklärte der Minister.", lang="de"))
    assert (q.kind, q.text, q.speaker.text, q.cue.text, q.role) == (
        "direct", "Wir kommen morgen wieder", "der Minister", "erklärte", "Minister")
    assert q.rule in ("subject", "inverted_np") and q.confidence >= 0.7


def test_indirect_dass_clause(attributor):
    q = only(attributor("Der Sprecher sagte am Montag, dass die Gespräche fortgesetzt werden.", lang="de"))
    assert q.kind == "indirect"
    assert q.text == "dass die Gespräche fortgesetzt werden"
    assert q.speaker.text == "Der Sprecher" and q.cue.text == "sagte"


def test_konjunktiv_continues_the_speaker(attributor):
    doc = attributor("Die Ministerin Anna Berg erklärte, die Lage sei ernst. "
                     "Die Regierung werde deshalb schnell handeln.", lang="de")
    first, second = attributed(doc)
    assert first.kind == "indirect" and first.entity_name == "Anna Berg"
    assert second.kind == "free_indirect" and second.entity_name == "Anna Berg" and not second.cue


def test_separable_cue(attributor):
    q = only(attributor("Die Firma teilte am Montag mit, dass sie 200 Stellen streicht.", lang="de"))
    assert q.cue.text == "teilte mit" and q.speaker.text == "Die Firma"


def test_laut_is_according_to(attributor):
    q = only(attributor("Laut Polizei wurden bei dem Unfall drei Menschen verletzt.", lang="de"))
    assert q.kind == "according_to" and q.speaker.text == "Polizei" and q.cue.text == "Laut"
    assert q.text == "wurden bei dem Unfall drei Menschen verletzt"


def test_so_construction(attributor):
    q = only(attributor("„Das ist ein großer Erfolg für uns alle“, so die Sprecherin.", lang="de"), "direct")
    assert q.speaker.text == "die Sprecherin" and q.cue.text == "so"


def test_name_and_role_split(attributor):
    q = only(attributor("Bundeskanzler Olaf Scholz sagte, die Gespräche seien schwierig gewesen.", lang="de"))
    assert q.speaker.name == "Olaf Scholz" and q.speaker.role == "Bundeskanzler"
    assert q.entity_name == "Olaf Scholz"


def test_pronoun_resolves_to_named_speaker(attributor):
    doc = attributor("Angela Merkel trat am Abend vor die Presse. „Wir schaffen das“, sagte sie.", lang="de")
    q = only(doc, "direct")
    assert q.speaker.text == "sie" and q.speaker.is_pronoun and q.entity_name == "Angela Merkel"


def test_colon_sentence_without_speech_verb_frames_the_next_quote(attributor):
    text = ("Die Ministerin griff am Dienstag die Opposition scharf an: "
            "„Wer so redet, hat die Lage nicht verstanden.“")
    q = only(attributor(text, lang="de"))
    assert q.kind == "direct" and q.text == "Wer so redet, hat die Lage nicht verstanden."
    assert q.speaker.text == "Die Ministerin" and q.rule == "colon_frame"
    assert q.cue.text == "griff an" and q.confidence < 0.7


def test_subject_with_apposition_before_the_cue(attributor):
    text = "Renate Künast, Fraktionschefin der Grünen, kritisierte: „Der Minister hat nichts verstanden.“"
    q = only(attributor(text, lang="de"))
    assert q.speaker.text == "Renate Künast, Fraktionschefin der Grünen" and q.cue.text == "kritisierte"
    assert (q.speaker.name, q.speaker.role) == ("Renate Künast", "Fraktionschefin")


def test_relative_clause_of_the_subject_is_no_clause_break(attributor):
    text = ("Günther Platter, der Verteidigungsminister Österreichs, der zur Zeit die EU-Ratspräsidentschaft "
            "inne hat, sagte zum Abschluss des Treffens: „Wir hatten intensive und befruchtende Gespräche“.")
    for doc in (attributor(text, lang="de"), attributor.attribute_tokens([re.findall(r"\w[\w-]*|[^\w\s]", text)], lang="de")):
        q = only(doc)
        assert q.kind == "direct" and q.text == "Wir hatten intensive und befruchtende Gespräche"
        assert q.speaker.name == "Günther Platter" and q.cue.text == "sagte"


def test_fronted_object_read_as_second_subject(attributor):
    text = ("Die praktische Anwendung der Richtlinienkompetenz stellte der SPD-Vorsitzende Franz Müntefering "
            "in Frage: „Die Anwendung der Richtlinie, die ist nicht lebenswirklich.“")
    q = only(attributor(text, lang="de"))
    assert q.kind == "direct" and q.speaker.name == "Franz Müntefering" and q.speaker.role == "SPD-Vorsitzender"


def test_quoted_phrase_in_a_subordinate_clause(attributor):
    text = ("Der Bericht ist brisant, weil die US-Regierung Georgien im letzten Monat als "
            "„junge couragierte Demokratie“ bezeichnet hat.")
    q = only(attributor(text, lang="de"))  # the main clause is no reported content of the subordinate cue
    assert q.text == "junge couragierte Demokratie" and q.speaker.text == "die US-Regierung"
    assert q.cue.text == "als bezeichnet hat"  # the marker joins the cue, as SpkAtt annotates it


def test_subject_shared_by_coordinated_verbs(attributor):
    text = ("Der Student verbrachte die Nacht in Gewahrsam, schlief immer wieder ein, und hatte gefragt: "
            "„Was ist mit dem Radler passiert?“")
    q = only(attributor(text, lang="de"))
    assert q.kind == "direct" and q.speaker.text == "Der Student" and q.cue.text == "hatte gefragt"


def test_quote_interrupted_by_its_cue(attributor):
    first, second = attributed(attributor("„Das ist ein guter Anfang“, sagte die Ministerin, „aber es reicht nicht.“",
                                          lang="de"))
    assert (first.text, first.speaker.text, first.cue.text) == ("Das ist ein guter Anfang", "die Ministerin", "sagte")
    assert second.text == "aber es reicht nicht." and second.rule == "continuation"
    assert second.entity == first.entity is not None


def test_zufolge_takes_the_phrase_before_it(attributor):
    q = only(attributor("Ersten Angaben zufolge handele es sich um vier Terroristen.", lang="de"))
    assert q.kind == "according_to" and q.speaker.text == "Ersten Angaben" and q.cue.text == "zufolge"
    assert q.text == "handele es sich um vier Terroristen"


def test_postposed_nach_names_the_source(attributor):
    q = only(attributor("Seiner Meinung nach ist das Gesetz verfassungswidrig.", lang="de"))
    assert (q.kind, q.speaker.text, q.cue.text, q.text) == ("according_to", "Seiner Meinung", "nach", "ist das Gesetz verfassungswidrig")
    q = only(attributor("Den Ermittlungen des Richters nach war der Mann einer der Wachleute.", lang="de"))
    assert (q.speaker.text, q.cue.text) == ("Den Ermittlungen des Richters", "nach")


def test_wie_x_mitteilte(attributor):
    q = only(attributor("Wie Philip Aguer Panynag, ein Sprecher der Befreiungsarmee (SPLA), mitteilte, seien auch neun "
                        "weitere Dörfer bombardiert worden.", lang="de"))
    assert q.speaker.text == "Philip Aguer Panynag, ein Sprecher der Befreiungsarmee (SPLA)"
    assert (q.speaker.role, q.cue.text) == ("Sprecher", "Wie mitteilte")


def test_what_a_speech_verb_calls_something(attributor):
    q = only(attributor("Das US-Magazin Barrons bezeichnete Stratfor 2010 als „Schatten-CIA“.", lang="de"))
    assert (q.kind, q.text, q.speaker.text, q.cue.text) == ("direct", "Schatten-CIA", "Das US-Magazin Barrons", "bezeichnete als")
    # a relative clause's cue reports no content of the noun it describes
    q = only(attributor("Der oberste Führer, der zunächst den Wahlsieg als „Fest“ bezeichnete, ordnete eine "
                        "Untersuchung an.", lang="de"))
    assert (q.kind, q.text, q.cue.text) == ("direct", "Fest", "als bezeichnete")


def test_short_quote_after_a_colon_cue(attributor):
    # the tokenizer keeps „…“ Er sagte … in one sentence; quoteattr splits after the closed quote
    doc = attributor("Der Minister sagte: „Wir kommen.“ Er sagte: „Wir kommen morgen nach Berlin.“", lang="de")
    first, second = attributed(doc)
    assert (first.kind, first.text, first.speaker.text, first.rule) == ("direct", "Wir kommen.", "Der Minister", "subject")
    assert (second.kind, second.text, second.speaker.text) == ("direct", "Wir kommen morgen nach Berlin.", "Er")
    assert doc.sentences[1].text.startswith("Er sagte")


def test_the_cue_before_the_colon_introduces_the_quote(attributor):
    doc = attributor("Der Minister wies die Vorwürfe zurück, sein Sprecher erklärte: „Wir prüfen das.“", lang="de")
    q = next(q for q in attributed(doc) if q.kind == "direct")
    assert (q.text, q.speaker.text, q.cue.text) == ("Wir prüfen das.", "sein Sprecher", "erklärte")
    assert not any(q.text.startswith("sein Sprecher") for q in doc.quotes)


def test_dass_clause_after_an_inverted_subject_with_a_quoted_name(attributor):
    doc = attributor("Am Montag berichtete die Online-Ausgabe des „Spiegel“, dass der Anwalt einen Antrag gestellt habe.",
                     lang="de")
    q = only(doc, "indirect")
    assert (q.text, q.speaker.text, q.cue.text) == ("dass der Anwalt einen Antrag gestellt habe",
                                                     "die Online-Ausgabe des „Spiegel“", "berichtete")
    assert len(attributed(doc)) == 1  # the speaker is no reported object


def test_speakers_the_parse_hides(attributor):
    # "hingegen" tagged as a verb carries the subject
    q = only(attributor("Die Kanadier hingegen sagen, der Pilot trage die volle Verantwortung.", lang="de"))
    assert (q.speaker.text, q.text) == ("Die Kanadier", "der Pilot trage die volle Verantwortung")
    # "es" is the object of "halten", not an impersonal subject
    q = only(attributor("Beobachter halten es jedoch für unwahrscheinlich, dass das Gericht die Entscheidung kassiert.",
                        lang="de"))
    assert q.speaker.text == "Beobachter"
    # where an impersonal cue is written is its source
    q = only(attributor("Nun heißt es im Abschlussbericht, bei der Wahl seien Probleme aufgetreten.", lang="de"))
    assert (q.speaker.text, q.cue.text) == ("im Abschlussbericht", "heißt es")
    # a quoted name is part of the speaker, not a quote
    q = only(attributor("Wie „heise online“ berichtet, sperrten chinesische Behörden den Internetzugang.", lang="de"))
    assert (q.speaker.text, q.text) == ("„heise online“", "sperrten chinesische Behörden den Internetzugang")


def test_inverted_subject_with_an_extended_attribute(attributor):
    q = only(attributor("„Jetzt ist es noch außergewöhnlicher“, schrieb die in New York City geborene Lopez.", lang="de"))
    assert (q.kind, q.speaker.text, q.cue.text) == ("direct", "die in New York City geborene Lopez", "schrieb")


def test_a_role_joins_no_unnamed_source(attributor):
    doc = attributor("Seiner Meinung nach ist das falsch. Nach Angaben der Polizei wurden zwei Menschen verletzt.", lang="de")
    first, second = attributed(doc)
    assert first.speaker.text == "Seiner Meinung" and second.speaker.text == "der Polizei"
    assert first.entity != second.entity and first.role is None


def test_the_colon_cue_before_a_quote_wins_over_a_cue_after_it(attributor):
    q = only(attributor("Halima Jouini, Vorstandsmitglied der Menschenrechtsliga, sagte dazu gegenüber der ARD: „Frauen "
                        "haben sich gegen den Diktator gestellt“, betont sie.", lang="de"))
    assert (q.kind, q.text, q.cue.text) == ("direct", "Frauen haben sich gegen den Diktator gestellt", "sagte")
    assert q.speaker.name == "Halima Jouini"


def test_words_of_quoted_speech_are_never_the_speaker(attributor):
    # the parse makes "Achtung" (inside the quote) the subject of "heißt"; the statement's owner is the source
    q = only(attributor("„Der Achtung vor unserem Staat und seinen Organen wird durch Vertuschung dieser Vorkommnisse "
                        "ein Bärendienst erwiesen“ heißt es dazu in einer Pressemitteilung des CCC.", lang="de"))
    assert (q.kind, q.speaker.text) == ("direct", "des CCC") and q.cue.text.startswith("heißt es")


def test_subjects_by_case(attributor):
    # a determiner standing alone is the subject ("Dieser" tagged DET)
    doc = attributor("Der Sprecher kam später. Dieser bestätigte, dass auch der unterlegene Kandidat gegen das "
                     "Wahlergebnis protestiert habe.", lang="de")
    assert only(doc).speaker.text == "Dieser"
    # a dative is never the speaker, whatever relation the parse gave it
    q = only(attributor("Vertreter der jemenitischen Armee werfen den Rebellen vor, Zivilisten als menschliche "
                        "Schutzschilder zu missbrauchen.", lang="de"))
    assert q.speaker is None or q.speaker.text != "den Rebellen"


def test_the_preposition_of_a_reported_object_joins_the_cue(attributor):
    q = only(attributor("Die FAO warnte vor den Folgen der Dürre.", lang="de"))
    assert (q.kind, q.cue.text, q.text) == ("reported", "warnte vor", "den Folgen der Dürre")


def test_a_closing_wie_clause_reports_the_clause_before_it(attributor):
    doc = attributor("Der Mann war verschwunden. Das hatte er längst getan, wie sein Anwalt mitteilte.", lang="de")
    q = only(doc)
    assert (q.kind, q.text, q.speaker.text, q.cue.text) == ("indirect", "Das hatte er längst getan", "sein Anwalt",
                                                            "wie mitteilte")


def test_a_conjoined_indicative_cue_clause_is_not_reported_content(attributor):
    doc = attributor("Fritz Tack, Agrarexperte der Linksfraktion, kritisierte, die EU-Kommission habe sich den Interessen "
                     "von BASF untergeordnet und die Fraktion der Grünen forderte vom Landwirtschaftsminister die "
                     "Durchsetzung eines Anbaustopps.", lang="de")
    first, second = attributed(doc)
    assert first.text == "die EU-Kommission habe sich den Interessen von BASF untergeordnet"
    # the object is reported, not the oblique before it
    assert (second.kind, second.speaker.text, second.text) == ("reported", "die Fraktion der Grünen",
                                                               "die Durchsetzung eines Anbaustopps")
    # a conjunct in Konjunktiv I is still reported, whatever mood the tagger gives it
    q = only(attributor("Er sagte, die Regierung habe versagt und die Opposition habe gewarnt.", lang="de"))
    assert q.text == "die Regierung habe versagt und die Opposition habe gewarnt"


def test_cue_verbs_the_lemmatizer_misses_are_read_from_their_form(attributor):
    # "zurückgewiesen" is lemmatized as "zurückgewen"
    q = only(attributor("SPD und PDS haben zurückgewiesen, dass sie beteiligt gewesen seien.", lang="de"))
    assert (q.kind, q.text) == ("indirect", "dass sie beteiligt gewesen seien") and q.cue.text.endswith("zurückgewiesen")


def test_a_weaker_verb_reports_its_prepositional_object(attributor):
    q = only(attributor("Die Medien sprechen von örtlichen Angestellten als Geiseln.", lang="de"))
    assert (q.kind, q.speaker.text, q.cue.text) == ("reported", "Die Medien", "sprechen von")
    assert not attributed(attributor("Der Minister sprach mit Journalisten.", lang="de"))


def test_a_hearsay_modal_is_free_indirect_speech_without_a_named_source(attributor):
    doc = attributor("Die Staatsanwaltschaft hat Anklage gegen einen Mittelfranken erhoben. Seit März sitzt der Rentner "
                     "in Untersuchungshaft. Außerdem soll er drei Söhne mit ihr gezeugt haben.", lang="de")
    q = only(doc)
    assert (q.kind, q.rule, q.speaker, q.text) == ("free_indirect", "hearsay", None,
                                                   "Außerdem soll er drei Söhne mit ihr gezeugt haben")


def test_a_hearsay_modal_after_a_subject_its_pronoun_cannot_stand_for_reports_for_that_subject(attributor):
    doc = attributor("Die Staatsanwaltschaft Nürnberg-Fürth hat Anklage gegen einen Rentner erhoben. "
                     "Er soll seine Töchter misshandelt haben.", lang="de")
    q = only(doc)
    assert (q.kind, q.rule, q.speaker.text) == ("free_indirect", "previous_subject",
                                                "Die Staatsanwaltschaft Nürnberg-Fürth")
    # a pronoun that may stand for the subject before is whom that sentence was about
    doc = attributor("Seit März sitzt der Rentner in Haft. Außerdem soll er seine Töchter misshandelt haben.", lang="de")
    assert (only(doc).rule, only(doc).speaker) == ("hearsay", None)


def test_a_hearsay_modal_with_a_plain_passive_tells_a_plan(attributor):
    frame = "Bundesverkehrsminister Manfred Stolpe erklärte am Montag, die Autobahn sei marode. "
    doc = attributor(frame + "Die A1 soll in diesem Abschnitt sechsspurig ausgebaut werden.", lang="de")
    assert [q.kind for q in attributed(doc)] == ["indirect"]
    # in Konjunktiv I it is reported again
    doc = attributor(frame + "Die A1 solle in diesem Abschnitt sechsspurig ausgebaut werden.", lang="de")
    assert [(q.kind, q.entity_name) for q in attributed(doc)] == [("indirect", "Manfred Stolpe"),
                                                                 ("free_indirect", "Manfred Stolpe")]


def test_a_quoted_name_is_no_fragment_of_speech(attributor):
    doc = attributor("Der grüne Staatssekretär sagte der „Berliner Zeitung“, dass an einer „grünen Zapfsäule“ "
                     "Kraftstoffe wie Biodiesel angeboten werden sollten.", lang="de")
    assert [q.kind for q in doc.quotes if "Berliner" in q.text] == ["term"]
    q = only(doc, "indirect")
    assert q.text.startswith("dass an einer „grünen Zapfsäule“")
    # a quoted phrase inside reported speech is the speaker's own words, nested in the report
    inner = only(doc, "mixed")
    assert inner.text == "grünen Zapfsäule" and inner.speaker == q.speaker and doc.quotes[inner.parent] == q
    q = only(attributor("Der Verband sprach von einer „Kapitulation“ vor den Randalierern.", lang="de"))
    assert (q.text, q.rule) == ("Kapitulation", "fragment_object")


def test_the_cue_before_the_colon_introduces_the_quote(attributor):
    doc = attributor("Die Ministerin wies diese Behauptung zurück, die Sprecherin der Fraktion, Sandra Boser, "
                     "erklärte: „Neiddebatten sind völlig fehl am Platz.“", lang="de")
    direct = only(doc, "direct")
    assert direct.cue.text == "erklärte" and direct.speaker.text == "die Sprecherin der Fraktion, Sandra Boser"
    assert not [q for q in attributed(doc) if q.kind == "indirect"]  # "wies zurück" reports no clause


def test_a_stance_noun_with_its_verb_is_a_cue(attributor):
    q = only(attributor("Die Staatsanwaltschaft hegt den Verdacht, der Manager könnte Reisekosten falsch "
                        "abgerechnet haben.", lang="de"))
    assert q.cue.text == "hegt den Verdacht" and q.speaker.text == "Die Staatsanwaltschaft"
    assert q.text == "der Manager könnte Reisekosten falsch abgerechnet haben"
    q = only(attributor("Die Schutzvereinigung ist der Ansicht, dass das Gesetz der Firma schade.", lang="de"))
    assert q.cue.text == "ist der Ansicht" and q.text == "dass das Gesetz der Firma schade"


def test_a_reflexive_cue_keeps_its_predicative_adjective(attributor):
    q = only(attributor("Die Ministerin zeigte sich zufrieden, dass der Beschluss gefallen ist.", lang="de"))
    assert q.cue.text == "zeigte sich zufrieden" and q.speaker.text == "Die Ministerin"


def test_a_neuter_demonstrative_is_no_speaker(attributor):
    doc = attributor("Der Minister trat zurück. Dies berichtete die Deutsche Presse-Agentur.", lang="de")
    tree = Tree(doc.sentences[1])
    data = load_language("de")
    (cue,) = find_cues(tree, 1, data)
    head, rule = speaker_head(tree, cue, data)
    assert (tree.tokens[cue.head].text, tree.tokens[head].text, rule) == ("berichtete", "Agentur", "inverted_np")


def test_a_tagged_indicative_konjunktiv_and_an_unlemmatized_cue_still_report(attributor):
    q = only(attributor("Um 15:36 Uhr meldeten dann die Internet-Nachrichten der Tagesschau, Feldmann rechne mit "
                        "einer mündlichen Verhandlung innerhalb von zehn Tagen.", lang="de"))
    assert q.kind == "indirect" and q.cue.text == "meldeten"
    assert q.speaker.text == "die Internet-Nachrichten der Tagesschau"
    assert q.text.startswith("Feldmann rechne")


def test_what_a_weaker_verb_calls_something_is_reported(attributor):
    q = only(attributor("Der Präsidentenrat für Menschenrechte stufte das Gesetz als verfassungswidrig ein.", lang="de"))
    assert (q.kind, q.cue.text, q.speaker.text) == ("reported", "stufte ein", "Der Präsidentenrat für Menschenrechte")
    assert q.text.startswith("das Gesetz als")
    q = only(attributor("Die Berliner SPD hat sich gestern für einen verpflichtenden Werteunterricht ausgesprochen.",
                        lang="de"))
    assert q.kind == "reported" and q.text == "einen verpflichtenden Werteunterricht" and "für" in q.cue.text


def test_a_fronted_demonstrative_reports_the_sentence_before(attributor):
    q = only(attributor("Die Tour stellte mit Einnahmen von einer halben Milliarde Dollar einen Rekord auf. Das berichtete "
                        "die US-amerikanische Musikzeitschrift „Billboard“.", lang="de"))
    assert (q.kind, q.text, q.cue.text) == (
        "indirect", "Die Tour stellte mit Einnahmen von einer halben Milliarde Dollar einen Rekord auf", "berichtete")
    assert q.speaker.text == "die US-amerikanische Musikzeitschrift „Billboard“" and q.sentence == 0
    # a sentence already reported is not reported twice
    doc = attributor("„Wir treten zurück“, sagte der Minister. Das berichtete die Deutsche Presse-Agentur.", lang="de")
    assert [(q.kind, q.speaker.text) for q in attributed(doc)] == [("direct", "der Minister")]


def test_a_subject_in_the_wrong_number_yields_to_the_noun_phrase_after_the_verb(attributor):
    q = only(attributor("Bislang gingen die Wissenschaftler davon aus, dass Steinmaterial kollidieren würde.", lang="de"))
    assert (q.speaker.text, q.cue.text) == ("die Wissenschaftler", "gingen davon aus")
    q = only(attributor("Der Minister und seine Sprecherin sagten, die Gespräche seien gescheitert.", lang="de"))
    assert q.speaker.text.startswith("Der Minister")


def test_cue_words_around_the_verb(attributor):
    q = only(attributor("Er hält es jedoch für möglich, dass der Vorstand nicht informiert worden war.", lang="de"))
    assert (q.cue.text, q.speaker.text) == ("hält es für möglich", "Er")
    q = only(attributor("Der Flug käme für Demjanjuk einer Folter gleich, so bestätigt das Gericht.", lang="de"))
    assert (q.cue.text, q.speaker.text) == ("so bestätigt", "das Gericht")
    q = only(attributor("Paolo hatte mit den Worten abgelehnt: „Das mache ich nicht.“", lang="de"))
    assert (q.kind, q.cue.text, q.speaker.text) == ("direct", "hatte mit den Worten abgelehnt", "Paolo")
    # an impersonal "man" names no speaker and is no cue word; the expletive "es" is one
    q = only(attributor("Man befürchtete, dass das Land Hilfe beantragen muss.", lang="de"))
    assert (q.cue.text, q.speaker) == ("befürchtete", None)
    doc = attributor("Auf der Homepage heißt es zur Begründung: „Die Striche sind schön.“", lang="de")
    assert [q.cue.text for q in attributed(doc)] == ["heißt es"]


def test_what_a_naming_verb_calls_something_in_quotation_marks(attributor):
    doc = attributor("Miroslav Klose nannte seinen Platzverweis „überzogen“, Bundestrainer Joachim Löw bezeichnete acht "
                     "Gelbe Karten in einem Spiel, in dem es nur 26 Fouls gab, als „übertrieben“. Sie bezeichneten die "
                     "Übereinkunft als einen „beschämenden Deal“.", lang="de")
    found = [(q.kind, q.text, q.speaker.text, q.cue.text) for q in attributed(doc) if q.text in (
        "überzogen", "übertrieben", "beschämenden Deal")]
    assert found == [("direct", "überzogen", "Miroslav Klose", "nannte"),
                     ("direct", "übertrieben", "Bundestrainer Joachim Löw", "bezeichnete als"),
                     ("direct", "beschämenden Deal", "Sie", "bezeichneten als")]


def test_whom_one_tells_is_never_the_speaker_and_a_reflexive_never_the_report(attributor):
    q = only(attributor("Die Bürger wurden von der Polizei aufgefordert, die Häuser zu verlassen.", lang="de"))
    assert (q.kind, q.text, q.speaker.text, q.cue.text) == (
        "indirect", "die Häuser zu verlassen", "von der Polizei", "wurden aufgefordert")
    doc = attributor("Er hält es für möglich, dass der Vorstandsvorsitzende über diese Praxis nicht informiert worden "
                     "war. Elshorst äußerte sich in einem Interview mit dem Deutschlandfunk zu dem Vorfall.", lang="de")
    assert [(q.speaker.text, q.cue.text) for q in attributed(doc)] == [("Er", "hält es für möglich")]


def test_free_indirect_speech_after_demnach_continues_the_source_it_stands_for(attributor):
    doc = attributor("Das Nachrichtenmagazin Focus berichtete über den Einsatz. Demnach habe die Polizei den Mann gewarnt. "
                     "Üblicherweise sei dies der letzte Schritt vor einem scharfen Schuss.", lang="de")
    found = {q.kind: q for q in attributed(doc)}
    assert (found["according_to"].speaker.text, found["according_to"].cue.text) == ("Demnach", "Demnach")
    assert found["free_indirect"].entity_name == found["reported"].entity_name == "Focus"


def test_the_passive_subject_is_what_was_said_and_the_agent_speaks(attributor):
    q = only(attributor("Die Neuwahlen wurden von der Staatsanwaltschaft gefordert.", lang="de"))
    assert (q.kind, q.text, q.speaker.text, q.cue.text) == (
        "reported", "Die Neuwahlen", "von der Staatsanwaltschaft", "wurden gefordert")
    assert attributed(attributor("Bisher wurden Kreditbürgschaften von 222 Milliarden Euro beschlossen.", lang="de")) == []
    # … except for a verb whose passive subject is the speaker
    q = only(attributor("Er wurde mit den Worten zitiert: „Wir sind bereit.“", lang="de"))
    assert (q.speaker.text, q.cue.text) == ("Er", "wurde mit den Worten zitiert")


def test_a_stance_noun_before_a_clause_of_cause_is_no_cue(attributor):
    doc = attributor("Bei der letzten größeren „Warnlage“ gab es vielfach keine Warnungen, weil das Warnsystem wegen "
                     "Überlastung zusammenbrach.", lang="de")
    assert attributed(doc) == []


def test_a_verb_outside_the_lexicon_reports_its_dass_clause_but_not_a_result(attributor):
    q = only(attributor("Die Wahlkampfhelfer des Kandidaten errechneten, dass er auf dem Land gleich viele Stimmen "
                        "erhalten habe.", lang="de"))
    assert (q.kind, q.speaker.text, q.cue.text) == ("indirect", "Die Wahlkampfhelfer des Kandidaten", "errechneten")
    assert q.text.startswith("dass er") and q.confidence < 0.8  # a weak cue, found by its clause alone
    assert attributed(attributor("Der Schneesturm hat dazu geführt, dass hunderte Flüge abgesagt wurden.", lang="de")) == []


def test_a_fronted_according_to_phrase_runs_up_to_the_finite_verb(attributor):
    doc = attributor("Nach Ansicht von Ministerpräsident Christian Wulff (CDU) ist damit noch keine Entscheidung "
                     "gefallen. Laut einem Bericht der Organisation amnesty international (ai) nimmt die Zahl der "
                     "Morde weiter zu.", lang="de")
    first, second = attributed(doc)
    assert first.kind == "according_to" and first.speaker.text.endswith("Christian Wulff (CDU)")
    assert first.text == "ist damit noch keine Entscheidung gefallen"
    assert (second.speaker.text, second.text) == ("der Organisation amnesty international (ai)",
                                                  "nimmt die Zahl der Morde weiter zu")


def test_a_separable_particle_written_apart_or_on_an_unlemmatized_verb(attributor):
    # "bekannt" before the verb at the clause's end, which the parse calls an adjective
    q = only(attributor("Wie das Polizeipräsidium Westpfalz bekannt gab, wird es künftig mehr Kontrollen geben.",
                        lang="de"))
    assert (q.speaker.text, q.cue.text, q.text) == (
        "das Polizeipräsidium Westpfalz", "Wie bekannt gab", "wird es künftig mehr Kontrollen geben")
    # "teilten" lemmatized as itself still makes "mitteilen" with its particle
    q = only(attributor("Die Halbzeitshow gestalten Jennifer Lopez und Shakira. Das teilten die beiden Sängerinnen "
                        "auf Twitter mit.", lang="de"))
    assert (q.kind, q.speaker.text, q.cue.text) == ("indirect", "die beiden Sängerinnen", "teilten mit")
    assert q.text == "Die Halbzeitshow gestalten Jennifer Lopez und Shakira"
    # the infinitive marker is no particle: "zu geben" is not "zugeben"
    assert not attributed(attributor("Es scheint nur noch Diskussionen über die Frage zu geben, ob die Pässe "
                                     "sicher sind.", lang="de"))


def test_an_apposition_closed_by_a_comma_after_an_inverted_speaker(attributor):
    doc = attributor("Zwei Tage nach der Veröffentlichung des Buches „Licht der Welt“ meldete der kircheneigene "
                     "Radiosender, Radio Horeb, dass das Buch so gut verkauft wird, dass bereits eine zweite Auflage "
                     "erscheint.", lang="de")
    q = only(doc)
    assert q.speaker.text == "der kircheneigene Radiosender, Radio Horeb" and q.cue.text == "meldete"
    assert q.text == "dass das Buch so gut verkauft wird, dass bereits eine zweite Auflage erscheint"


def test_a_fronted_phrase_before_zufolge_is_the_source_and_a_quoted_name_holds_no_verb(attributor):
    q = only(attributor("Angaben des seismologischen Instituts von Athen zufolge lag das Epizentrum 92 Kilometer "
                        "nordwestlich von Chania.", lang="de"))
    assert (q.kind, q.cue.text) == ("according_to", "zufolge")
    assert q.text == "lag das Epizentrum 92 Kilometer nordwestlich von Chania"
    assert q.speaker.text == "Angaben des seismologischen Instituts von Athen"
    q = only(attributor("Laut einem Test des Magazins „auto, motor und sport“ gibt es im Moment 113 Modelle unter "
                        "der Grenze.", lang="de"), "according_to")
    assert q.speaker.text == "einem Test des Magazins „auto, motor und sport“"
    assert q.text == "gibt es im Moment 113 Modelle unter der Grenze"


def test_a_quoted_name_as_speaker_keeps_its_marks_and_article(attributor):
    q = only(attributor("„Er ist der kreative Kopf“, schrieb „Die Zeit“ in einem Nachruf.", lang="de"), "direct")
    assert q.speaker.text == "„Die Zeit“" and q.speaker.entity == "Die Zeit"
    q = only(attributor("Die „Kampagne für ein Freies Tibet“ berichtete, dass 300 Tibeter in Machu "
                        "demonstriert hätten.", lang="de"), "indirect")
    assert q.speaker.text == "Die „Kampagne für ein Freies Tibet“"


def test_a_speaker_label_before_a_colon_and_a_quotation(attributor):
    q = only(attributor("Bundesinnenminister Schäuble: „Nur damit nicht vernetzt werden kann, können wir die Daten "
                        "doch nicht vernichten.“", lang="de"))
    assert (q.speaker.text, q.cue.text) == ("Bundesinnenminister Schäuble", ":")
    q = only(attributor("Koppelin wörtlich: „Sie ziehen den Bürgern das Geld aus der Tasche.“", lang="de"))
    assert q.speaker.text == "Koppelin" and q.rule == "speaker_colon"
    # a label naming what follows is no speaker
    q = only(attributor("Zitat von Schröder: „Wir haben etwas erreicht.“", lang="de"))
    assert q.speaker is None or q.speaker.text != "Zitat"


def test_an_opinion_marker_with_nach_inside_a_clause(attributor):
    q = only(attributor("Ziel der UDD ist der Sturz der Regierung, die ihrer Meinung nach zu Unrecht die "
                        "Regierungsgewalt innehat.", lang="de"))
    assert (q.kind, q.cue.text, q.speaker.text) == ("according_to", "nach", "ihrer Meinung")
    # "nach" governing the noun phrase after it is a preposition, not a postposition
    assert not attributed(attributor("Der Bericht nach dem Spiel zeigte die Fehler der Abwehr.", lang="de"))


def test_laut_with_a_quoted_name_and_a_state_of_knowledge(attributor):
    doc = attributor("Laut „Reuters“ zeichnet Russland dagegen das Bild eines Tyrannen.", lang="de")
    q = only(doc, "according_to")
    assert (q.speaker.text, q.cue.text) == ("„Reuters“", "Laut")
    assert q.text == "zeichnet Russland dagegen das Bild eines Tyrannen"
    q = only(attributor("Nach bisherigem Erkenntnisstand wird als Ursache eine Show des Barkeepers vermutet.",
                        lang="de"))
    assert q.kind == "according_to" and q.speaker.text == "bisherigem Erkenntnisstand"


def test_nach_meinung_with_its_owner_whatever_the_parse_attached(attributor):
    # the parse hangs "Meinung" on the noun before it, as if "das Polizeigesetz nach Meinung …" were one phrase
    from quoteattr.model import Sentence, Token
    rows = [("Der", "der", "DET", 1, "det"), ("Entwurf", "Entwurf", "NOUN", 2, "nsubj"),
            ("entspricht", "entsprechen", "VERB", -1, "root"), ("dem", "der", "DET", 4, "det"),
            ("Polizeigesetz", "Polizeigesetz", "NOUN", 2, "obl"), ("nach", "nach", "ADP", 6, "case"),
            ("Meinung", "Meinung", "NOUN", 4, "nmod"), ("der", "der", "DET", 8, "det"),
            ("SPD", "SPD", "PROPN", 6, "nmod"), ("nicht", "nicht", "PART", 2, "advmod"), (".", ".", "PUNCT", 2, "punct")]
    text = " ".join(r[0] for r in rows)
    tokens, at = [], 0
    for word, lemma, upos, head, rel in rows:
        tokens.append(Token(at, at + len(word), word, None, lemma, upos, None, None, head, rel))
        at += len(word) + 1
    tree = Tree(Sentence(0, len(text), text, 0, tuple(tokens)))
    [cue] = [c for c in find_cues(tree, 0, load_language("de")) if c.kind == "according_to"]
    assert [tree.tokens[k].text for k in cue.parts] == ["nach", "Meinung"]
    assert tree.tokens[cue.speaker_head].text == "SPD"


def test_a_quoted_name_before_zufolge(attributor):
    q = only(attributor("Zudem hob Sarkozy dem „Figaro“ zufolge in einem Interview die Rolle Englands hervor.",
                        lang="de"), "according_to")
    assert (q.speaker.text, q.cue.text) == ("dem „Figaro“", "zufolge")


def test_an_expletive_before_a_participle_and_a_statement_without_owner(attributor):
    # "geheißen" lemmatized as itself is read from its form; "es" stands before the participle
    q = only(attributor("In den anfänglichen Berichten hatte es geheißen, dass sechs Kopten erschossen wurden.",
                        lang="de"))
    assert (q.kind, q.cue.text, q.text) == ("indirect", "hatte es geheißen", "dass sechs Kopten erschossen wurden")
    assert q.speaker.text == "In den anfänglichen Berichten"
    q = only(attributor("Es wird vermutet, dass er diesen Brauch in zweiter Generation führt.", lang="de"))
    assert (q.kind, q.speaker, q.cue.text) == ("indirect", None, "Es wird vermutet")


def test_a_causative_verb_joins_the_cue_and_its_noun_phrase_speaks(attributor):
    q = only(attributor("„Der IWF unterstützt Griechenland“, ließ ein IWF-Sprecher aus Washington kurz verlauten.",
                        lang="de"), "direct")
    assert (q.speaker.text, q.cue.text) == ("ein IWF-Sprecher aus Washington", "ließ verlauten")


def test_a_cue_sentence_after_the_quote_pointing_back_past_a_modal(attributor):
    doc = attributor("„Ja, es gibt Zumutungen.“ Das musste Bundesfinanzminister Peer Steinbrück zu Beginn der "
                     "mehrtägigen Debatte über den Haushaltsentwurf einräumen.", lang="de")
    q = only(doc)  # the demonstrative stands for the quote: no second, reported attribution
    assert (q.kind, q.text, q.cue.text, q.rule) == ("direct", "Ja, es gibt Zumutungen.", "musste einräumen",
                                                    "following_cue")
    assert q.speaker.text == "Bundesfinanzminister Peer Steinbrück" and q.entity_name == "Peer Steinbrück"


def test_a_subject_after_the_verb_stays_out_of_a_predicative(attributor):
    doc = attributor("Deren Haltung gegenüber der PKK bezeichnete er als „zutiefst verlogen und heuchlerisch“.", lang="de")
    q = only(doc)
    assert (q.kind, q.text, q.speaker.text, q.cue.text) == (
        "direct", "zutiefst verlogen und heuchlerisch", "er", "bezeichnete")


def test_speaker_labels_with_a_role_apposition_or_a_compound_role(attributor):
    doc = attributor("Die Reaktionen waren scharf. Erkki Tuomioja, Präsident des Rats der Europäischen Union: "
                     "„Die Verabschiedung eines Gesetzes ist idiotisch.“ Ein Hauptkommissar nach der Festnahme: "
                     "„Raschkow ist dort, wo er seit langem hätte sein sollen.“", lang="de")
    first, second = attributed(doc)
    assert first.speaker.text == "Erkki Tuomioja, Präsident des Rats der Europäischen Union"
    assert (first.entity_name, first.role) == ("Erkki Tuomioja", "Präsident")
    assert (second.speaker.text, second.role, second.rule) == ("Ein Hauptkommissar", "Hauptkommissar", "speaker_colon")


def test_a_pronominal_adverb_is_no_speaker(attributor):
    q = only(attributor("Hierzu schrieb der portugiesische Journalist Eduardo Dâmaso in einer Zeitung, die spanische "
                        "Gesellschaft sei derzeit gespalten.", lang="de"), "indirect")
    assert q.speaker.text == "der portugiesische Journalist Eduardo Dâmaso" and q.cue.text == "schrieb"


def test_laut_before_a_web_address(attributor):
    # pre-tokenized as in the corpora, where the address is one token
    doc = attributor.attribute_tokens([["Laut", "ndr.de", "veröffentlichte", "das", "Ministerium", "kürzlich",
                                        "einen", "Bericht", "."]], lang="de")
    q = only(doc, "according_to")
    assert (q.speaker.text, q.cue.text) == ("ndr.de", "Laut")


def test_a_fragment_belongs_to_the_verb_that_calls_its_noun_something(attributor):
    doc = attributor("Australiens Ministerpräsidentin Julia Gillard bezeichnete das Unglück als „große Tragödie“ und "
                     "erklärte, ihr Land unterstütze seinen nördlichen Nachbarn bei der Suche nach Überlebenden.",
                     lang="de")
    assert [(q.kind, q.cue.text) for q in attributed(doc)] == [("direct", "bezeichnete als"), ("indirect", "erklärte")]


def test_a_separable_particle_the_parse_took_for_a_predicative(attributor):
    q = only(attributor("Jetzt gab der Leiter der Salzburger Kriminaldienststelle, Andreas Huber, bekannt, dass sich "
                        "das Handy ins italienische Mobilfunknetz eingeloggt hatte.", lang="de"))
    assert (q.kind, q.cue.text) == ("indirect", "gab bekannt")
    assert q.speaker.text == "der Leiter der Salzburger Kriminaldienststelle, Andreas Huber"


def test_a_subject_labelled_passive_without_a_passive_auxiliary_speaks(attributor):
    q = only(attributor("Im Vorfeld hatte das deutsche Organisationskomitee (OK) der Fußball-Weltmeisterschaft betont, "
                        "dass die personalisierten Eintrittskarten wichtig seien.", lang="de"))
    assert (q.cue.text, q.rule) == ("hatte betont", "subject") and q.speaker.text.startswith("das deutsche Organisationskomitee")
    q = only(attributor("Die Neuwahlen wurden von der Polizei gefordert.", lang="de"))
    assert q.speaker.text == "von der Polizei"


def test_so_phrases_around_a_quote_in_the_next_or_previous_sentence(attributor):
    doc = attributor("Die Stiftung unterstützt die Seite nur noch mit 1.500 Euro. „Offenbar sind Bürgeranfragen dann "
                     "doch zu lästig.“ so das Fazit der Betreiber von Abgeordnetenwatch.", lang="de")
    q = only(doc, "direct")
    assert (q.speaker.text, q.cue.text) == ("der Betreiber von Abgeordnetenwatch", "so das Fazit")
    doc = attributor("Auch diese Uninformiertheit habe Methode, so Elshorst weiter: „Das ist auch in anderen Firmen "
                     "üblich.“", lang="de")
    assert [(q.kind, q.speaker.text, q.cue.text) for q in attributed(doc)] == [
        ("indirect", "Elshorst", "so"), ("direct", "Elshorst", "so")]


def test_a_subject_after_the_verb_before_a_colon_and_quote(attributor):
    q = only(attributor("Als Antwort auf den Brief sagte ein Sprecher der Downing Street: „Wir sollten uns immer "
                        "daran erinnern, dass der Terrorismus muslimische Länder am Gedeihen gehindert hat.“",
                        lang="de"), "direct")
    assert (q.speaker.text, q.cue.text) == ("ein Sprecher der Downing Street", "sagte")


def test_a_quoted_name_as_subject_is_no_speech_and_speaks(attributor):
    doc = attributor("„Ärzte ohne Grenzen“ sowie das Internationale Rote Kreuz kündigten an, die Zahl der Helfer in "
                     "der Region zu erhöhen.", lang="de")
    assert [q.kind for q in doc.quotes if q.text == "Ärzte ohne Grenzen"] == ["term"]
    q = only(doc, "indirect")
    assert q.speaker.text == "„Ärzte ohne Grenzen“ sowie das Internationale Rote Kreuz" and q.cue.text == "kündigten an"


def test_an_expletive_clause_verb_reports_nothing(attributor):
    doc = attributor("Nicht einmal eine Woche ist es her, dass Donald Trump ein weiteres Treffen mit Wladimir Putin "
                     "ankündigte.", lang="de")
    assert [(q.kind, q.cue.text) for q in attributed(doc)] == [("reported", "ankündigte")]


def test_a_phrase_after_a_reporting_noun_that_is_no_genitive_is_no_source(attributor):
    q = only(attributor("Neben Alexander Kozulin wurden nach Medienberichten weitere Demonstrationsteilnehmer "
                        "festgenommen.", lang="de"))
    assert (q.kind, q.cue.text, q.speaker.text) == ("according_to", "nach Medienberichten", "Medienberichten")


def test_reported_mood_after_an_unattributed_sentence_goes_to_its_subject(attributor):
    doc = attributor("Abhisit machte außerdem zur Bedingung, dass die Rothemden ihre Proteste beenden. "
                     "Andernfalls werde er das Parlament möglicherweise nicht auflösen.", lang="de")
    q = [q for q in doc.quotes if q.kind == "free_indirect"][0]
    assert (q.speaker.text, q.rule) == ("Abhisit", "previous_subject")
    assert q.text == "Andernfalls werde er das Parlament möglicherweise nicht auflösen"


def test_a_colon_frame_speaks_only_through_a_person(attributor):
    q = only(attributor("Dabei griff sie den Minister scharf an: „Das ist eine Schande.“", lang="de"))
    assert (q.rule, q.speaker.text) == ("colon_frame", "sie")
    q = only(attributor("Seine Zuversicht gründet sich auf die Erfahrung: „Entscheidungen sind immer erst in "
                        "letzter Minute gefallen.“", lang="de"))
    assert q.speaker is None


def test_a_clause_opened_by_a_conjunction_after_the_object_is_not_reported(attributor):
    doc = attributor("Die USA lehnten den Vorschlag ab, während die EU-Staaten den Vorstoß begrüßten.", lang="de")
    assert not [q for q in doc.quotes if q.text.startswith("während")]


def test_whom_and_when_a_speaker_told_is_no_part_of_the_speaker(attributor):
    q = only(attributor("„Wir bleiben“, sagte er gegenüber Deutschlandradio.", lang="de"))
    assert q.speaker.text == "er" and q.speaker.is_pronoun
    q = only(attributor("Nach Angaben der Polizei vom Dienstag wurden drei Menschen verletzt.", lang="de"))
    assert q.speaker.text == "der Polizei"


def test_a_judging_verb_reports_no_object(attributor):
    assert not attributed(attributor("Küng hatte zuvor die Unfehlbarkeit des Papstes kritisiert.", lang="de"))
    q = only(attributor("Die Gewerkschaft forderte einen höheren Mindestlohn.", lang="de"))
    assert (q.kind, q.text) == ("reported", "einen höheren Mindestlohn")


def test_a_relative_or_consequence_clause_is_never_reported_content(attributor):
    doc = attributor("Der Reiseveranstalter informierte die Botschaft, die wiederum das Auswärtige Amt informierte. "
                     "Der Pilot meldete einen Brand, so dass ein Großalarm ausgelöst wurde.", lang="de")
    assert not [q for q in doc.quotes if q.text.startswith(("die wiederum", "so dass"))]
    q = only(attributor("Er sagte, die seien unschuldig.", lang="de"))
    assert q.text == "die seien unschuldig"


def test_the_content_after_a_relative_clause_on_the_object_is_reported(attributor):
    q = only(attributor("Hartmann schrieb in einer Erklärung, die auf ihrer Homepage veröffentlicht wurde, sie wolle "
                        "sich eine Abstimmung ersparen.", lang="de"))
    assert (q.kind, q.text, q.speaker.text) == ("indirect", "sie wolle sich eine Abstimmung ersparen", "Hartmann")


def test_a_relative_pronoun_speaker_is_the_entity_its_clause_describes(attributor):
    q = only(attributor("Der Bürgermeister Peter Müller, der sagte, die Stadt sei pleite, trat zurück.", lang="de"))
    assert (q.speaker.text, q.entity_name, q.role) == ("der", "Peter Müller", "Bürgermeister")


def test_a_relative_clause_on_an_apposition_is_no_part_of_the_speaker(attributor):
    q = only(attributor("„Es ist schlecht“, sagte Peter Müller, der Leiter der Behörde, die das Gesetz prüft.", lang="de"))
    assert (q.speaker.text, q.entity_name) == ("Peter Müller, der Leiter der Behörde", "Peter Müller")


def test_a_cue_clause_inserted_in_what_it_reports_splits_it(attributor):
    doc = attributor("Die Lage, sagte der Minister, sei ernst.", lang="de")
    assert [(q.text, q.speaker.text, q.cue.text) for q in attributed(doc)] == [
        ("Die Lage", "der Minister", "sagte"), ("sei ernst", "der Minister", "sagte")]


def test_a_noun_after_the_source_not_in_the_genitive_belongs_to_the_clause(attributor):
    q = only(attributor("Die Tunnel dienten nach israelischen Angaben dem Transport von Treibstoff.", lang="de"))
    assert (q.kind, q.speaker.text, q.cue.text) == ("according_to", "israelischen Angaben", "nach Angaben")
    assert q.text.endswith("dem Transport von Treibstoff")
    q = only(attributor("Dabei sind nach den Polizeiangaben elf Personen gestorben und etwa 40 verletzt worden.",
                        lang="de"))
    assert q.speaker.text == "den Polizeiangaben" and "elf Personen gestorben" in q.text


def test_the_named_subject_of_an_unattributed_sentence_speaks_the_reported_mood_after_it(attributor):
    doc = attributor("Der Minister Peter Berg sagte, die Lage sei ernst. Der Bürgermeister Hans Klein besuchte am "
                     "Abend die Unglücksstelle. Die Stadt sei den Helfern dankbar.", lang="de")
    first, second = attributed(doc)
    assert first.entity_name == "Peter Berg"
    assert (second.kind, second.text, second.entity_name, second.rule) == (
        "free_indirect", "Die Stadt sei den Helfern dankbar", "Hans Klein", "previous_subject")


def test_wonach_after_a_noun_stands_for_that_noun(attributor):
    q = only(attributor("Die Polizei verwies auf einen Bericht der Agentur Interfax, wonach zwei Menschen starben.",
                        lang="de"))
    assert (q.kind, q.text, q.speaker.text, q.cue.text) == (
        "according_to", "zwei Menschen starben", "einen Bericht der Agentur Interfax", "wonach")
    q = only(attributor("Demnach sind 500 Menschen betroffen.", lang="de"))
    assert q.speaker.text == "Demnach"


def test_a_focus_particle_before_the_source_is_no_part_of_it(attributor):
    q = only(attributor("Auch dem Korrespondenten zufolge ist die Lage ernst.", lang="de"))
    assert (q.speaker.text, q.cue.text) == ("dem Korrespondenten", "zufolge")


def test_so_takes_the_apposition_that_closes_the_sentence(attributor):
    q = only(attributor("Der Vertrauensverlust schaffe für die großen Volksparteien Probleme, so Frank Karl, Leiter "
                        "der Abteilung Information bei der FES.", lang="de"))
    assert q.speaker.text == "Frank Karl, Leiter der Abteilung Information bei der FES"
    assert (q.entity_name, q.role) == ("Frank Karl", "Leiter")


def test_an_abbreviation_in_brackets_after_the_speaker_belongs_to_it(attributor):
    q = only(attributor("Der staatliche National Health Service (NHS) teilte mit, dass die Zahl gestiegen sei.",
                        lang="de"))
    assert q.speaker.text == "Der staatliche National Health Service (NHS)"


def test_a_role_with_its_owner_and_the_name_set_off_after_it(attributor):
    doc = attributor("„Wir sind gut“, sagte die Sprecherin des Ministeriums, Anna Berg. „Ich bin sehr zufrieden "
                     "mit dem Punkt“, meinte der Trainer der Frankfurter, Michael Skibbe, in einem Interview.",
                     lang="de")
    assert [(q.speaker.text, q.entity_name, q.role) for q in doc.quotes] == [
        ("die Sprecherin des Ministeriums, Anna Berg", "Anna Berg", "Sprecherin"),
        ("der Trainer der Frankfurter, Michael Skibbe", "Michael Skibbe", "Trainer")]


def test_a_conjunct_in_another_case_is_no_co_speaker(attributor):
    q = only(attributor("Angesichts solcher Alternativen nannte Reinhard Jung, Geschäftsführer des Bauernbundes "
                        "Brandenburg, die Gentech-Kartoffel Amflora „überflüssig wie ein Kropf“.", lang="de"))
    assert (q.kind, q.text, q.cue.text) == ("direct", "überflüssig wie ein Kropf", "nannte")
    assert q.speaker.text == "Reinhard Jung, Geschäftsführer des Bauernbundes Brandenburg"


def test_a_cue_with_an_object_of_its_own_after_a_quote_reports_that_object(attributor):
    doc = attributor("„Wir befürchten das Schlimmste“, sagte er gegenüber Deutschlandradio. „Es sind jetzt massive "
                     "Polizei- und Militäreinheiten in Lhasa.“ Er erwarte Massenverhaftungen in den nächsten Tagen.",
                     lang="de")
    second = next(q for q in doc.quotes if q.text.startswith("Es sind"))
    assert second.rule == "continuation" and second.cue is None


def test_of_two_subjects_the_one_in_another_number_than_the_verb_is_no_speaker(attributor):
    q = only(attributor("Der ehemalige US-Präsident Jimmy Carter, der als einer von 319 internationalen Wahlbeobachtern "
                        "im Land war, sagte Reportern, dass alles friedlich verlaufen sei.", lang="de"))
    assert q.speaker.text == "Der ehemalige US-Präsident Jimmy Carter" and q.entity_name == "Jimmy Carter"


def test_sowohl_opens_the_speakers_it_joins(attributor):
    q = only(attributor("Sowohl Merkel als auch Scholz sagten, die Lage sei ernst.", lang="de"))
    assert q.speaker.text == "Sowohl Merkel als auch Scholz" and q.text == "die Lage sei ernst"


def test_an_article_with_a_nominative_adjective_ends_the_according_to_source(attributor):
    # "der überwiegende Teil" is no genitive, whatever the tagger says: no adjective after a genitive ends in "-e"
    q = only(attributor("Beim Eintritt in die Erdatmosphäre würde nach Auskunft der NASA der überwiegende Teil der "
                        "Gesamtmasse verdampfen.", lang="de"))
    assert (q.kind, q.speaker.text, q.entity_name) == ("according_to", "der NASA", "NASA")
    [q] = [q for q in attributor("1998 soll nach einer weiteren Nachricht der ursprüngliche Wächter gestorben sein.",
                                 lang="de").quotes if q.kind == "according_to"]
    assert q.speaker.text == "einer weiteren Nachricht"
    q = only(attributor("Nach Angaben der neuen Regierung sei die Lage ernst.", lang="de"))
    assert q.speaker.text == "der neuen Regierung"
    q = only(attributor("Nach Angaben des Berliner Verfassungsschutzes sei die Lage ernst.", lang="de"))
    assert q.speaker.text == "des Berliner Verfassungsschutzes"


def test_whom_an_impersonal_subject_quotes_is_the_speaker(attributor):
    q = only(attributor("„Wir sind unwillkommene Zeugen“, zitierte man Yolanda Alvarez vom Sender RTVE.", lang="de"))
    assert (q.kind, q.entity_name, q.cue.text) == ("direct", "Yolanda Alvarez", "zitierte")


def test_the_phrase_before_a_verb_second_cue_is_the_whole_speaker(attributor):
    q = only(attributor("Moritz Wohlrab von der „Aktion Deutschland hilft“ sagte, es sei ein falscher Eindruck "
                        "entstanden.", lang="de", ))
    assert q.speaker.text == "Moritz Wohlrab von der „Aktion Deutschland hilft“" and q.entity_name == "Moritz Wohlrab"
    q = only(attributor("Der Minister am Dienstag sagte, die Lage sei ernst.", lang="de"))
    assert q.speaker.text == "Der Minister"
    q = only(attributor("Der Mann selbst gab zu, er habe gelogen.", lang="de"))
    assert q.speaker.text == "Der Mann"
    q = only(attributor("Die taz vermutet, dass der Zugriff auf diese Daten schon heute üblich ist.", lang="de"))
    assert q.speaker.text == "Die taz"  # a name the tagger took for an adverb


def test_a_conjunction_with_the_finite_verb_right_after_it_opens_reported_speech(attributor):
    q = only(attributor("Generalstabschef Zakari Nandja erklärte hingegen, damit solle ein Machtvakuum vermieden "
                        "werden.", lang="de"))
    assert (q.kind, q.text, q.entity_name) == ("indirect", "damit solle ein Machtvakuum vermieden werden", "Zakari Nandja")
    assert attributor("Er erklärte das Verfahren, damit die Bürger es verstehen.", lang="de").quotes == ()


def test_a_verb_second_middle_field_orders_its_phrases_freely(attributor):
    # the according-to phrase after the subject is no modifier of the subject
    q = only(attributor("So soll die 47-Jährige nach Augenzeugenberichten geschnorchelt haben.", lang="de"))
    assert (q.kind, q.speaker.text) == ("according_to", "Augenzeugenberichten")
    # a subject the tagger put in another case still speaks
    q = only(attributor("Als Begründung sagte ein Wissenschaftler: „Das ist ein sehr breites Feld an Erkrankungen.“",
                        lang="de"))
    assert q.speaker.text == "ein Wissenschaftler"


def test_a_speaker_label_with_a_role_the_tagger_misread(attributor):
    # pre-segmented: label and quotation are one sentence; "Bundesinnenminister" is no adverb, whatever the tagger says
    tokens = ["Bundesinnenminister", "Schäuble", ":", "„", "Nur", "damit", "nicht", "vernetzt", "werden", "kann", ",",
              "können", "wir", "die", "Daten", "doch", "nicht", "vernichten", ".", "“"]
    for doc in (attributor.attribute_tokens([tokens], lang="de"), attributor(" ".join(tokens), lang="de")):
        q = only(doc)
        assert (q.kind, q.speaker.text, q.entity_name, q.role) == (
            "direct", "Bundesinnenminister Schäuble", "Schäuble", "Bundesinnenminister")


def test_a_postposition_takes_only_the_phrase_right_before_it(attributor):
    q = only(attributor("Die Behörden sind gewappnet, zumal sich das Hochwasser den Prognosen zufolge nicht so lange "
                        "halten wird.", lang="de"))
    assert (q.kind, q.speaker.text, q.cue.text) == ("according_to", "den Prognosen", "zufolge")
    q = only(attributor("Der Flughafen wird Angaben der Polizei zufolge geschlossen.", lang="de"))
    assert q.speaker.text == "der Polizei"  # a genitive belongs to the phrase


def test_a_hyphenated_source_is_one_word(attributor):
    q = only(attributor("Die Zahl der Toten beläuft sich auf 384, darunter laut UNO-Angaben 62 Zivilisten.", lang="de"))
    assert (q.kind, q.speaker.text, q.cue.text) == ("according_to", "UNO-Angaben", "laut")


def test_an_according_to_claim_in_a_clause_of_another_is_its_own(attributor):
    doc = attributor("Laut Polizei habe es eine Kontrolle des Wagens gegeben, von dem laut Polizei zu Straftaten "
                     "aufgerufen worden sein soll.", lang="de")
    first, second = attributed(doc)
    assert (first.kind, first.text, first.speaker.text) == (
        "according_to", "habe es eine Kontrolle des Wagens gegeben", "Polizei")
    assert second.kind == "according_to" and second.text.endswith("zu Straftaten aufgerufen worden sein soll")
    assert first.cue.start == 0 and second.cue.start > first.end


def test_a_quoted_source_of_an_according_to_phrase_is_no_reported_object(attributor):
    doc = attributor("Außerdem hatte er laut „tagesschau.de“ kritisiert, dass sein Stamm diskriminiert werde.",
                     lang="de")
    assert [(q.kind, q.speaker.text) for q in attributed(doc)] == [("according_to", "„tagesschau.de“")]


def test_a_pronoun_never_stands_for_a_statement(attributor):
    doc = attributor("Joe Stork fordert eine Untersuchung des Vorfalls, bei dem es sich seiner Meinung nach um einen "
                     "Angriff gehandelt haben könne. Später sagte er, die Regierung müsse handeln.", lang="de")
    q = only(doc, "indirect")
    assert q.speaker.text == "er" and q.entity_name == "Joe Stork"


def test_reported_mood_after_a_predicative_sentence_goes_to_its_subject(attributor):
    doc = attributor("Staatspräsident Georgi Parwanow ist besorgt. Der Konflikt sei nicht ethnisch, sondern "
                     "persönlich motiviert.", lang="de")
    q = only(doc)
    assert (q.kind, q.entity_name) == ("free_indirect", "Georgi Parwanow")


def test_a_quote_after_a_person_in_a_state_is_theirs(attributor):
    # the parse reads "war enttäuscht" as a passive with "sein"; only "werden" makes one in German
    doc = attributor("Trainer Klaus Müller war nach dem Spiel enttäuscht. „Wir haben heute einfach zu viele Fehler "
                     "gemacht.“", lang="de")
    q = only(doc)
    assert (q.kind, q.rule, q.entity_name, q.role) == ("direct", "previous_subject", "Klaus Müller", "Trainer")
    doc = attributor("Der Minister wurde am Montag entlassen. „Das ist ein schwarzer Tag.“", lang="de")
    assert only(doc).speaker is None


def test_a_subject_the_parse_joined_to_the_clause_before_speaks(attributor):
    q = only(attributor("Dies war nicht die erste Auseinandersetzung um die Blockaden und die Hongkonger befürchten, "
                        "dass es nicht die letzte sein wird.", lang="de"))
    assert q.speaker.text == "die Hongkonger"
    # in a verb-final clause the phrase before the verb is its object
    q = only(attributor("Das Parlament verabschiedete eine Resolution, welche die Intoleranz zur Kenntnis nimmt und die "
                        "polnische Regierung auffordert, das Gesetz zurückzunehmen.", lang="de"))
    assert q.speaker.text == "welche" and q.entity_name == "Resolution"


def test_a_quote_after_an_unattributed_sentence_goes_to_its_named_subject(attributor):
    doc = attributor("Der Minister Peter Berg sagte, die Lage sei ernst. Am Abend fiel der Strom aus. Sadiq Khan, eines "
                     "der Parlamentsmitglieder, verurteilte die Haltung der Regierung. „Diese Regierung hat einige "
                     "große Erfolge zu verzeichnen.“", lang="de")
    q = only(doc, "direct")
    assert (q.entity_name, q.rule) == ("Sadiq Khan", "previous_subject")


def test_an_adverbial_clause_before_a_cue_is_none_of_its_content(attributor):
    assert attributed(attributor("Da er noch nie eine Krawatte gebunden hatte, bat er die Beamten um Hilfe.",
                                 lang="de")) == []
    q = only(attributor("Wenn wir nicht handeln, wird es schlimmer, sagte er.", lang="de"))
    assert q.text == "Wenn wir nicht handeln, wird es schlimmer"


def test_a_time_adverb_or_whom_an_active_verb_asks_is_no_speaker(attributor):
    q = only(attributor("Unterdessen verlangte Mussawi vom Wächterrat die Annullierung der Wahl.", lang="de"))
    assert q.speaker.text == "Mussawi"
    q = only(attributor("Von der Polizei wurde betont, dass niemand verletzt sei.", lang="de"))
    assert (q.speaker.text, q.rule) == ("Von der Polizei", "source_oblique")


def test_the_owner_of_a_statement_before_a_colon_speaks_the_quote_after_it(attributor):
    q = only(attributor("Das Fazit von Sandra Boser überrascht daher nicht: „Die hohen Anmeldezahlen zeigen, dass die "
                        "Qualität stimmt.“", lang="de"))
    assert (q.kind, q.entity_name, q.cue.text) == ("direct", "Sandra Boser", "Fazit")
    q = only(attributor("Die Antwort des Ministers war eindeutig: „Wir werden nicht zahlen.“", lang="de"))
    assert (q.speaker.text, q.role, q.cue.text) == ("des Ministers", "Minister", "Antwort")
    # a statement of no one names no speaker
    q = only(attributor("Das Ergebnis der Studie überrascht nicht: „Die Zahlen steigen.“", lang="de"))
    assert q.speaker is None


def test_a_second_cue_whose_conjunction_is_missing_shares_the_first_ones_speaker(attributor):
    doc = attributor("Theo Zwanziger, Präsident des DFB nannte die Bewerbung von Kanada „sehr respektabel“ stellte "
                     "aber gleichzeitig fest, dass „Europa dran ist.“", lang="de")
    q = only(doc)
    assert (q.entity_name, q.cue.text, q.rule) == ("Theo Zwanziger", "stellte fest", "subject")


def test_so_with_letztere_speaks_through_the_entity_it_points_back_to(attributor):
    doc = attributor("Die Sängerin Marta Jandová besuchte die Farm. „Das Elend geht weiter“, so letztere.", lang="de")
    q = only(doc)
    assert (q.speaker.text, q.speaker.is_pronoun, q.entity_name, q.cue.text) == ("letztere", True, "Marta Jandová", "so")


def test_a_quoted_name_nobody_is_said_to_say_is_a_term(attributor):
    doc = attributor("In Großbritannien sind die Banken nach einem „Gesetz zur Bekämpfung finanzieller Unterstützung "
                     "des Terrors“ zur Veröffentlichung solcher Daten verpflichtet. „Wir haben gewonnen“, sagte ihr "
                     "Vorsitzender.", lang="de")
    assert [(q.kind, q.text) for q in doc.quotes] == [
        ("term", "Gesetz zur Bekämpfung finanzieller Unterstützung des Terrors"), ("direct", "Wir haben gewonnen")]


def test_a_name_given_by_nobody_is_a_term_but_a_name_someone_gives_is_their_words(attributor):
    doc = attributor("Dies nennt man einen „Aktiensplit“. Der Teilchenstrom wird als „Sonnenwind“ bezeichnet. "
                     "Der Plan wurde vom Minister als „verlogen“ bezeichnet.", lang="de")
    assert [(q.kind, q.text) for q in doc.quotes] == [("term", "Aktiensplit"), ("term", "Sonnenwind"),
                                                       ("direct", "verlogen")]
    assert doc.quotes[2].entity_name is None and doc.quotes[2].role == "Minister"


def test_a_second_cue_of_the_same_subject_reports_what_follows_it(attributor):
    doc = attributor("Die Vereinten Nationen bestätigten den Zwischenfall, teilten jedoch mit, es sei unklar, wer den "
                     "Angriff ausgeführt habe.", lang="de")
    q = next(q for q in attributed(doc) if q.kind == "indirect")
    assert (q.cue.text, q.speaker.text, q.text) == ("teilten mit", "Die Vereinten Nationen",
                                                    "es sei unklar, wer den Angriff ausgeführt habe")
    assert all("teilten" not in q.text for q in attributed(doc))
    # a clause the parse made a conjunct after the comma is still reported
    q = only(attributor("Bezüglich des Startortes meldet die Nachrichtenagentur Xinhua, die Maschine sei von ihrem "
                        "Heimathangar losgeflogen.", lang="de"))
    assert (q.cue.text, q.text) == ("meldet", "die Maschine sei von ihrem Heimathangar losgeflogen")


def test_a_wie_cue_clause_is_no_content_of_the_main_clause(attributor):
    doc = attributor("Wie der Finanzminister Hartmut Möllring am Dienstag erklärte, sieht die Landesregierung in dem "
                     "Gesetz kein Hindernis für den Kapitalverkehr.", lang="de")
    assert [(q.cue.text, q.entity_name) for q in attributed(doc)] == [("Wie erklärte", "Hartmut Möllring")]


def test_a_word_that_only_ends_like_a_reporting_noun_marks_no_claim(attributor):
    doc = attributor("Die Vermietung des Turms wird aller Voraussicht nach schwierig werden. "
                     "Seiner Ansicht nach ist der Plan gut.", lang="de")
    assert [(q.kind, q.text) for q in attributed(doc)] == [("according_to", "ist der Plan gut")]


def test_an_object_before_a_predicative_participle_leaves_the_colon_quote_its_speaker(attributor):
    doc = attributor("Die Bewohner des Dorfes sehen alles gelassen: „Das sind Leute wie du und ich, lasst die doch in "
                     "Ruhe.“", lang="de")
    q = only(doc, "direct")
    assert q.speaker.text == "Die Bewohner des Dorfes"


def test_verbs_of_manner_of_speaking_introduce_quotes(attributor):
    doc = attributor("Der Bürgermeister ist empört. „Das lassen wir uns nicht gefallen“, schimpfte er. „Das ist "
                     "Unsinn“, konterte die Ministerin. Die Opposition monierte, dass der Plan zu teuer sei.", lang="de")
    assert [(q.kind, q.cue.text, q.speaker.text) for q in doc.quotes] == [
        ("direct", "schimpfte", "er"), ("direct", "konterte", "die Ministerin"), ("indirect", "monierte", "Die Opposition")]


def test_a_copular_frame_before_a_colon_names_the_speaker(attributor):
    doc = attributor("Der Minister wurde deutlich: „Wir werden nicht nachgeben.“ Der Verteidiger gab sich kämpferisch: "
                     "„Wir gehen in Berufung.“", lang="de")
    assert [(q.kind, q.text, q.speaker.text, q.rule) for q in doc.quotes] == [
        ("direct", "Wir werden nicht nachgeben.", "Der Minister", "colon_frame"),
        ("direct", "Wir gehen in Berufung.", "Der Verteidiger", "colon_frame")]


def test_a_span_of_time_is_nothing_reported(attributor):
    doc = attributor("Ihm droht eine Freiheitsstrafe von mindestens fünf Jahren. Der Anwalt sprach zwei Stunden lang.",
                     lang="de")
    assert doc.quotes == ()


def test_whom_a_speaker_tells_before_a_colon_is_no_quote(attributor):
    for addressee in ("der Deutschen Presse-Agentur", "dem „Kicker“"):
        doc = attributor(f"Der Trainer sagte {addressee}: „Wir müssen besser werden.“", lang="de")
        assert [(q.kind, q.text, q.speaker.text) for q in attributed(doc)] == [
            ("direct", "Wir müssen besser werden.", "Der Trainer")]


def test_a_quoted_name_is_the_speakers_whole_name(attributor):
    doc = attributor("Die Regierung plane neue Sanktionen, berichtete die „Neue Zürcher Zeitung“. Laut einem Bericht "
                     "der „New York Times“ plant die Regierung neue Zölle.", lang="de")
    assert [(q.speaker.entity, q.role) for q in attributed(doc)] == [
        ("Neue Zürcher Zeitung", None), ("New York Times", None)]


def test_an_organisation_named_in_the_genitive_is_the_entity_in_its_base_form(attributor):
    doc = attributor("„Wir sind enttäuscht“, heißt es in einer Mitteilung des Vereins. Der Verein kündigte an, "
                     "Berufung einzulegen.", lang="de")
    first, second = attributed(doc)
    assert (first.speaker.text, first.entity_name) == ("des Vereins", "Verein")
    assert second.entity_name == "Verein" and first.entity == second.entity


def test_an_abbreviated_title_stays_in_the_mention_but_not_in_the_name(attributor):
    doc = attributor("Prof. Dr. Hans Meier sagte, das stimme nicht. Kapitän Thomas Müller fand deutliche Worte: "
                     "„Das war zu wenig.“", lang="de")
    first, second = attributed(doc)
    assert (first.speaker.text, first.entity_name) == ("Prof. Dr. Hans Meier", "Hans Meier")
    assert (second.entity_name, second.role) == ("Thomas Müller", "Kapitän")


def test_any_verb_with_only_a_person_after_a_quote_introduces_it(attributor):
    doc = attributor("„Das ist ein großer Tag“, freute sich der Trainer. „Es gibt keinen Grund zur Panik“, "
                     "beruhigte die Ministerin, „alles ist unter Kontrolle.“", lang="de")
    glad, calm, rest = attributed(doc)
    assert (glad.cue.text, glad.speaker.text, glad.rule) == ("freute sich", "der Trainer", "pattern")
    assert (calm.cue.text, calm.role, rest.role) == ("beruhigte", "Ministerin", "Ministerin")
    # a verb with an object of its own tells something else
    assert only(attributor("„Es gibt keinen Grund zur Panik“, beruhigte der Minister die Bürger.", lang="de")).cue is None


def test_a_pronoun_of_another_gender_in_a_continued_report_is_not_its_speaker(attributor):
    doc = attributor("Die Regierung habe versagt, so der Oppositionsführer. Sie müsse jetzt handeln.", lang="de")
    so, more = attributed(doc)
    assert (so.speaker.text, so.role) == ("der Oppositionsführer", "Oppositionsführer")
    assert (more.kind, more.speaker, more.role) == ("free_indirect", None, "Oppositionsführer")


def test_a_verb_outside_the_lexicon_keeps_the_predicative_that_makes_it_a_report(attributor):
    q = only(attributor("Der Kanzler machte deutlich, dass es keine Steuererhöhungen geben werde.", lang="de"))
    assert (q.cue.text, q.speaker.text, q.text) == ("machte deutlich", "Der Kanzler",
                                                    "dass es keine Steuererhöhungen geben werde")
