"""English news constructions on real parses from the compact models."""

from __future__ import annotations

import pytest

from conftest import attributed, only
from quoteattr.cues import find_cues
from quoteattr.lang import load_language
from quoteattr.speakers import speaker_head
from quoteattr.syntax import Tree


def test_pronoun_subject(attributor):
    q = only(attributor('"We will win," she said.', lang="en"))
    assert (q.kind, q.text, q.speaker.text, q.cue.text) == ("direct", "We will win,", "she", "said")


def test_inverted_said_with_apposition(attributor):
    q = only(attributor("“The plan is dead,” said John Smith, the company's chief executive.", lang="en"))
    assert q.speaker.name == "John Smith" and q.entity_name == "John Smith"
    assert q.cue.text == "said"


def test_x_said(attributor):
    q = only(attributor("“Nobody saw it coming,” the mayor said.", lang="en"))
    assert q.speaker.text == "the mayor" and q.role == "mayor"


def test_according_to(attributor):
    q = only(attributor("The company lost two billion dollars last year, according to the agency.", lang="en"))
    assert q.kind == "according_to" and q.cue.text == "according to" and q.speaker.text == "the agency"
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
    assert first.speaker.text == "she" and first.speaker.entity == "Maria Lopez"
    assert second.text.startswith("The first step") and second.text.endswith("spring.")
    assert second.entity_name == "Maria Lopez" and second.rule == "continuation"


def test_speaker_and_verb_after_the_closing_mark(attributor):
    # found as the subject when the tagger reads "tells" as a verb, by word order when it reads a noun
    q = only(attributor("“There are six main voting blocs in the party,” Viguerie tells Breitbart News.", lang="en"))
    assert (q.speaker.text, q.cue.text) == ("Viguerie", "tells") and q.rule in ("subject", "pattern")
    assert q.kind == "direct" and q.text == "There are six main voting blocs in the party,"


def test_speaker_with_apposition_before_the_verb(attributor):
    q = only(attributor("“Yes, I support Ted Cruz,” Brent Bozell III, founder of the Media Research Center, "
                        "tells Breitbart News.", lang="en"))
    assert q.speaker.name.startswith("Brent Bozell") and q.role == "founder" and q.cue.text == "tells"
    assert q.kind == "direct" and q.text == "Yes, I support Ted Cruz,"


def test_split_quote_continuation_is_one_brat_attribution(attributor):
    from quoteattr.formats.brat import annotations

    text = "“Culberson is part of the problem,” Espinoza said. “Fourteen years in Congress is long enough.”"
    doc = attributor(text, lang="en")
    assert [q.entity_name for q in attributed(doc)] == ["Espinoza", "Espinoza"]
    (attribution,) = annotations(doc)
    assert [text[a:b] for a, b in attribution["Content"]] == [
        "“Culberson is part of the problem,”", "“Fourteen years in Congress is long enough.”"]
    assert [text[a:b] for a, b in attribution["Source"]] == ["Espinoza"]


def test_weak_cue_right_after_the_closing_mark(attributor):
    text = "“Applying those questions to the candidates,” Blackwell continued, “you and I should unite.”"
    first, second = attributed(attributor(text, lang="en"))
    assert (first.speaker.text, first.cue.text) == ("Blackwell", "continued")
    assert second.text == "you and I should unite." and second.entity_name == "Blackwell"


def test_weak_cue_right_before_the_opening_mark(attributor):
    text = ("Graham said, “We are losing the Hispanic vote.”\n\n"
            "He continued, “I believe Donald Trump is destroying the party.”\n\n"
            "He added, “Now it is forced deportation.”")
    _, second, third = attributed(attributor(text, lang="en"))
    assert (second.speaker.text, second.cue.text, second.entity_name) == ("He", "continued", "Graham")
    # a name inside the quote is not what the next pronoun speaker refers to
    assert third.entity_name == "Graham"


def test_time_words_and_interviews_are_no_speakers(attributor):
    q = only(attributor("“We will not change course,” White House press secretary Josh Earnest said Tuesday.", lang="en"))
    assert (q.speaker.name, q.speaker.role, q.cue.text) == ("Josh Earnest", "White House press secretary", "said Tuesday")
    q = only(attributor("“We will win this race,” Mr. Cruz said in an interview on ABC News.", lang="en"))
    assert q.speaker.text == "Mr. Cruz" and q.kind == "direct"


def test_object_of_told_is_the_addressee(attributor):
    q = only(attributor("“I am not voting for him,” Dick Dever, who was listed on the Cruz slate, told POLITICO.",
                        lang="en"))
    assert q.kind == "direct" and q.text == "I am not voting for him,"
    assert q.speaker.name == "Dick Dever" and q.cue.text == "told"


def test_participle_cue_shares_the_subject(attributor):
    doc = attributor("The senator criticized the plan, saying it would raise taxes.", lang="en")
    q = next(q for q in attributed(doc) if q.cue.text == "saying")
    assert q.kind == "indirect" and q.text == "it would raise taxes" and q.speaker.text == "The senator"
    q = only(attributor("Trump went on, adding “He lost all of the Latino vote.”", lang="en"))
    assert (q.kind, q.speaker.text, q.cue.text) == ("direct", "Trump", "adding")


def test_object_of_a_weaker_predicate_is_reported(attributor):
    # English news counts "defended X" as attribution (min_reported_weight in en.json)
    q = only(attributor("Obama defended the nuclear deal with Iran on Tuesday.", lang="en"))
    assert q.kind == "reported" and q.text.startswith("the nuclear deal") and q.speaker.text == "Obama"


def test_content_stays_on_one_side_of_the_cue(attributor):
    # the parse hangs the relative clause of the apposition on the quoted clause, across "said Jack Mozloom"
    q = only(attributor('"Our members are frustrated with Secretary Perez," said Jack Mozloom, a spokesman for the '
                        "federation, which represents 325,000 businesses.", lang="en"))
    assert (q.kind, q.text, q.speaker.name) == ("direct", "Our members are frustrated with Secretary Perez,", "Jack Mozloom")
    q = only(attributor("“Where I sit right now, I think it would make things worse, not better,” Clinton said, while "
                        "arguing the U.S. should increase its forces.", lang="en"))
    assert q.kind == "direct" and q.text.endswith("not better,") and q.speaker.text == "Clinton"


def test_apposition_after_said_is_not_content(attributor):
    doc = attributor("Nor are tariffs likely to bring these jobs back, said David Autor, a professor of economics at "
                     "M.I.T., who is one of the country's foremost specialists on free trade.", lang="en")
    assert not any(q.text.startswith("a professor") for q in doc.quotes)


def test_relative_clause_after_a_quote_names_no_speaker(attributor):
    doc = attributor('"Our members are frustrated," said Jack Mozloom. "He has been very aggressive with the overtime '
                     'rule," which Mozloom thinks will lead employers to cut back hours.', lang="en")
    second = attributed(doc)[1]
    assert second.text.startswith("He has been") and second.rule == "continuation"
    assert second.entity_name == "Jack Mozloom"


def test_said_with_a_misattached_complement(attributor):
    # the parse makes the reported clause a conjunct of the verb before "said", or its subject one of "said"
    q = only(attributor("Rick Scott blasted Congress and said the state allocated more than $26 million last week.",
                        lang="en"), "indirect")
    assert (q.kind, q.speaker.text, q.text) == ("indirect", "Rick Scott", "the state allocated more than $26 million last week")
    q = only(attributor("In an interview, Mr. Coleman said Mr. Kasich should leave the race.", lang="en"))
    assert (q.speaker.text, q.text) == ("Mr. Coleman", "Mr. Kasich should leave the race")


def test_as_x_noted(attributor):
    q = only(attributor("As the mayor of Chicago noted on Tuesday, the city has lost money.", lang="en"))
    assert (q.kind, q.speaker.text, q.cue.text, q.text) == ("indirect", "the mayor of Chicago", "noted", "the city has lost money")


def test_according_to_whatever_the_tags(attributor):
    # "exit" and "state" tagged as verbs: the source runs to the comma or the sentence end
    q = only(attributor("Whites without a college degree made up 36 percent of the electorate in 2012, according to "
                        "exit polls.", lang="en"))
    assert (q.kind, q.speaker.text, q.text) == ("according_to", "exit polls",
                                                "Whites without a college degree made up 36 percent of the electorate in 2012")
    q = only(attributor("Oksuz registered Harmony in New Jersey in 2010, according to state corporate records.", lang="en"))
    assert (q.kind, q.speaker.text, q.cue.text) == ("according_to", "state corporate records", "according to")
    q = only(attributor("According to the agency the company lost two billion dollars.", lang="en"))
    assert (q.speaker.text, q.text) == ("the agency", "the company lost two billion dollars")


def test_a_headline_claim_may_have_no_verb_and_an_addressee(attributor):
    q = only(attributor("Lynch: No outside influence on FBI probe into Clinton emails.\n\nShe spoke on Monday.", lang="en"))
    assert (q.speaker.text, q.cue.text, q.text) == ("Lynch", ":", "No outside influence on FBI probe into Clinton emails")
    q = only(attributor("Clinton to Planned Parenthood: Trump will reverse Roe v. Wade.", lang="en"))
    assert (q.speaker.text, q.text) == ("Clinton", "Trump will reverse Roe v. Wade")


def test_name_and_colon_in_a_headline(attributor):
    doc = attributor("Obama: I'm Optimistic Americans Will Say No to Trump.\n\nNote: the figures are preliminary.", lang="en")
    q = only(doc)
    assert (q.speaker.text, q.cue.text, q.rule) == ("Obama", ":", "speaker_colon")
    assert q.text == "I'm Optimistic Americans Will Say No to Trump"
    # before a quotation, the label may say what it is about
    q = only(attributor('Senator John McCain on the deal: "It is a bad deal for America."', lang="en"))
    assert (q.speaker.text, q.cue.text, q.text) == ("Senator John McCain", ":", "It is a bad deal for America.")


def test_told_x_and_the_clause_after_the_addressee(attributor):
    q = only(attributor("Podesta told the AP his firm worked closely with the nonprofit.", lang="en"))
    assert (q.kind, q.speaker.text, q.text) == ("indirect", "Podesta", "his firm worked closely with the nonprofit")
    q = only(attributor("A producer told The New York Times Tuesday morning that Trump canceled the interview.", lang="en"))
    assert q.text == "that Trump canceled the interview" and q.addressee.text == "The New York Times"
    q = only(attributor("Michigan was only doing what 40 states already do, he told the court in his filing.", lang="en"))
    assert (q.kind, q.speaker.text, q.text) == ("indirect", "he", "Michigan was only doing what 40 states already do")
    assert q.entity is None  # the state the pronoun reports on is not who speaks
    q = only(attributor("Governor Rick Snyder spoke on Monday. Michigan was only doing what 40 states already do, "
                        "he told the court.", lang="en"))
    assert q.speaker.text == "he" and q.entity_name == "Rick Snyder"


def test_no_sentence_break_after_titles_or_inside_words(attributor):
    doc = attributor("In a statement, Florida Gov. Rick Scott blasted Congress. According to a Reuters/Ipsos poll, "
                     "the race is tied.", lang="en")
    assert [s.text for s in doc.sentences] == ["In a statement, Florida Gov. Rick Scott blasted Congress.",
                                               "According to a Reuters/Ipsos poll, the race is tied."]
    q = only(doc, "according_to")
    assert (q.speaker.text, q.text) == ("a Reuters/Ipsos poll", "the race is tied")


def test_a_title_whose_full_stop_the_tokenizer_wrote_apart_is_one_word(attributor):
    doc = attributor("The senator urged the administration to join a coalition to oust Col. Muammar el-Qaddafi in Libya.",
                     lang="en")
    assert "Col." in [t.text for t in doc.sentences[0].tokens] and len(doc.sentences) == 1
    q = only(doc)
    assert (q.cue.text, q.text) == ("urged", "the administration to join a coalition to oust Col. Muammar el-Qaddafi "
                                             "in Libya")


def test_no_sentence_break_after_an_abbreviated_month_before_its_day(attributor):
    doc = attributor("Sanders said the primary on Aug. 9 would decide it. Trump won.", lang="en")
    assert [s.text for s in doc.sentences] == ["Sanders said the primary on Aug. 9 would decide it.", "Trump won."]
    q = only(doc)
    assert (q.text, q.speaker.text) == ("the primary on Aug. 9 would decide it", "Sanders")


def test_adverbs_particles_and_prepositions_join_the_cue(attributor):
    q = only(attributor("He also said that the plan would fail.", lang="en"))
    assert (q.cue.text, q.text) == ("also said", "that the plan would fail")
    q = only(attributor("The candidate pointed out that Cruz must win 58 percent of the delegates.", lang="en"))
    assert q.cue.text == "pointed out"
    q = only(attributor("Trump called for her resignation on Monday.", lang="en"))
    assert (q.kind, q.cue.text) == ("reported", "called for") and q.text.startswith("her resignation")


def test_leading_noun_phrase_with_appositions_when_the_parse_misses_the_subject(attributor):
    # the parse makes "spokesman" a ccomp of "said"
    q = only(attributor("A Twitter spokesman, Christopher Abboud, said that there were one million tweets with the "
                        "hashtag in 10 hours.", lang="en"))
    assert (q.speaker.text, q.text) == ("A Twitter spokesman, Christopher Abboud",
                                        "that there were one million tweets with the hashtag in 10 hours")


def test_an_infinitive_is_what_a_speech_act_reports(attributor):
    q = only(attributor("Clinton vowed to raise taxes on the rich.", lang="en"))
    assert (q.speaker.text, q.cue.text, q.text) == ("Clinton", "vowed", "to raise taxes on the rich")


def test_a_cue_in_reported_content_reports_nothing_of_its_own(attributor):
    q = only(attributor("Bolton said he would advise Trump on dealing with the threat.", lang="en"))
    assert (q.speaker.text, q.cue.text) == ("Bolton", "said")
    assert q.text == "he would advise Trump on dealing with the threat"


def test_a_closing_participle_clause_is_not_reported(attributor):
    q = only(attributor("Mr. Coleman said Mr. Kasich should leave the race for the good of the party, "
                        "echoing a memo from the campaign.", lang="en"))
    assert q.text == "Mr. Kasich should leave the race for the good of the party"
    assert q.speaker.text.endswith("Coleman") and q.cue.text == "said"


def test_a_participle_speech_act_after_the_reported_clause_is_its_own(attributor):
    said, telling = attributed(attributor(
        "Carson said he saw no need to change anything about his campaign, "
        "telling reporters that he had seen no contradictions.", lang="en"))
    assert said.text == "he saw no need to change anything about his campaign"
    assert (telling.cue.text, telling.speaker.text) == ("telling", "Carson")


def test_a_conjoined_cue_without_subject_continues_the_speaker(attributor):
    doc = attributor("She said she admires his determination and praised their shared commitment.", lang="en")
    said, praised = attributed(doc)
    assert said.text == "she admires his determination" and said.cue.text == "said"
    assert praised.cue.text.startswith("praised") and praised.speaker.text == "She"


def test_a_stance_noun_with_its_verb_is_a_cue(attributor):
    q = only(attributor("Republicans expressed concern that the plan would fail.", lang="en"))
    assert (q.kind, q.text, q.cue.text, q.speaker.text) == ("indirect", "that the plan would fail",
                                                            "expressed concern", "Republicans")


def test_an_imperative_reports_nothing(attributor):
    doc = attributor("Note: the figures are preliminary. Consider what the governor said.", lang="en")
    assert attributed(doc) == []


def test_it_names_the_speaker_unless_the_verb_is_passive(attributor):
    q = only(attributor("The company lost money. It also said it had expanded the teams.", lang="en"))
    assert (q.speaker.text, q.cue.text) == ("It", "also said")
    q = only(attributor("It was reported that the plan failed.", lang="en"))
    assert q.speaker is None and q.text == "that the plan failed" and q.rule == "impersonal"


def test_english_cues_keep_negation_and_a_following_time_word(attributor):
    q = only(attributor("She doesn't think Clinton can address the issues.", lang="en"))
    assert q.cue.text == "doesn't think" and q.text == "Clinton can address the issues"
    q = only(attributor("The campaign announced Friday that Obama will campaign for Clinton.", lang="en"))
    assert q.cue.text == "announced Friday" and q.text == "that Obama will campaign for Clinton"


def test_a_one_word_object_takes_the_phrase_after_it(attributor):
    q = only(attributor("Cruz blasted Rubio for his support of a failed immigration reform bill.", lang="en"))
    assert (q.kind, q.cue.text, q.speaker.text) == ("reported", "blasted", "Cruz")
    assert q.text == "Rubio for his support of a failed immigration reform bill"


def test_poll_markers_and_headline_speakers_the_tagger_calls_nouns(attributor):
    q = only(attributor("In a new Washington Post-ABC News poll, just 18 percent of registered Hispanic voters "
                        "have a favorable view of Trump.", lang="en"))
    assert (q.kind, q.cue.text, q.speaker.text) == ("according_to", "In poll", "a new Washington Post-ABC News poll")
    q = only(attributor("Sanders: Brexit’s message could draw Trump support in US", lang="en"))
    assert (q.speaker.text, q.cue.text, q.rule) == ("Sanders", ":", "speaker_colon")
    assert attributed(attributor("UPDATE: The rally was moved to Friday.", lang="en")) == []
    # a poll inside the speaker's noun phrase is no according-to marker
    q = only(attributor("Some 20 percent of people in a recent CNN/ORC poll said they believe Obama was born "
                        "outside the country.", lang="en"))
    assert (q.kind, q.cue.text, q.text) == ("indirect", "said", "they believe Obama was born outside the country")


def test_what_one_asks_or_urges_someone_is_reported(attributor):
    q = only(attributor("Texas asked a federal judge to block the rules in time for this school year.", lang="en"))
    # whom one asks to do something is the subject of the request, and reported with it
    assert (q.speaker.text, q.cue.text, q.text) == ("Texas", "asked",
                                                    "a federal judge to block the rules in time for this school year")
    q = only(attributor("Ingraham asked about increasing the number of foreign workers.", lang="en"))
    assert (q.speaker.text, q.cue.text, q.text) == ("Ingraham", "asked about", "increasing the number of foreign workers")


def test_what_a_speaker_calls_something_in_quotation_marks(attributor):
    doc = attributor("Critics described the bill as “reckless.” Senator John Smith called the plan “a disaster for "
                     "working families.”", lang="en")
    assert [(q.kind, q.text, q.speaker.text, q.cue.text) for q in attributed(doc)] == [
        ("direct", "reckless.", "Critics", "described as"),
        ("direct", "a disaster for working families.", "Senator John Smith", "called")]


def test_a_reporting_noun_that_modifies_a_noun_is_no_according_to_cue(attributor):
    doc = attributor("The poll was conducted before Carson’s drop in national polls. In recent polls, Trump leads the "
                     "field.", lang="en")
    assert [(q.kind, q.text, q.speaker.text, q.cue.text) for q in attributed(doc)] == [
        ("according_to", "Trump leads the field", "recent polls", "In polls")]


def test_whom_one_asks_or_tells_is_never_the_speaker(attributor):
    doc = attributor("Clinton was asked about the emails. Trump was told by aides that he should apologize.", lang="en")
    assert [(q.text, q.speaker.text, q.cue.text) for q in attributed(doc)] == [
        ("that he should apologize", "by aides", "was told")]


def test_a_title_or_middle_initial_ends_no_sentence(attributor):
    doc = attributor("Gov. Phil Bryant of Mississippi, a former backer of Sen. Ted Cruz, said he would sign it. Ms. Perino, "
                     "a press secretary for George W. Bush, said she was surprised. The plan needs vitamin C. Then it "
                     "works.", lang="en")
    assert len(doc.sentences) == 4
    assert [q.speaker.text for q in attributed(doc)] == [
        "Gov. Phil Bryant of Mississippi, a former backer of Sen. Ted Cruz",
        "Ms. Perino, a press secretary for George W. Bush"]


def test_speakers_who_speak_together_are_one_mention_with_no_one_entity(attributor):
    doc = attributor("Trump and his attorneys said the lawsuit was baseless. Trump said he would win.", lang="en")
    together, alone = attributed(doc)
    assert (together.speaker.text, together.entity_name, together.role) == ("Trump and his attorneys", None, None)
    assert (alone.speaker.text, alone.entity_name) == ("Trump", "Trump")


def test_a_clause_the_parse_hung_on_a_later_verb_is_still_reported(attributor):
    doc = attributor("And while he said he would bring back waterboarding for the terrorists themselves, he clarified "
                     "that it would be on firm legal grounding.", lang="en")
    assert [(q.text, q.cue.text) for q in attributed(doc)] == [
        ("he would bring back waterboarding for the terrorists themselves", "said"),
        ("that it would be on firm legal grounding", "clarified")]


def test_a_verb_outside_the_lexicon_reports_its_that_clause_when_parsed(attributor):
    from quoteattr import Attributor

    eager = Attributor(models="compact", lazy=False)  # "that" alone does not make lazy parsing parse a sentence
    q = only(eager("Investigators learned that the pilot had tried to land twice.", lang="en"))
    assert (q.kind, q.speaker.text, q.cue.text, q.text) == (
        "indirect", "Investigators", "learned", "that the pilot had tried to land twice")
    assert attributed(eager("The storm meant that hundreds of flights were cancelled.", lang="en")) == []
    assert attributed(attributor("Investigators learned that the pilot had tried to land twice.", lang="en")) == []


def test_a_name_with_title_and_party_the_parse_hung_elsewhere_is_the_speaker(attributor):
    doc = attributor("“There is tremendous energy in a whole host of races,” Rep. Earl Blumenauer (D-Ore.) said.", lang="en")
    q = only(doc)
    assert (q.speaker.text, q.speaker.entity, q.cue.text) == ("Rep. Earl Blumenauer (D-Ore.)", "Earl Blumenauer", "said")
    doc = attributor("At a rally, Trump’s rival Sen. Marco Rubio said Trump is unelectable.", lang="en")
    assert only(doc).speaker.entity == "Marco Rubio"


def test_a_title_in_title_case_before_a_name_is_the_whole_role(attributor):
    doc = attributor("Senate Majority Leader Mitch McConnell said the bill would pass. Secretary of State Mike Pompeo "
                     "said it would fail. A spokesman for Senator John McCain said nothing was decided.", lang="en")
    first, second, third = attributed(doc)
    assert (first.entity_name, first.role) == ("Mitch McConnell", "Senate Majority Leader")
    assert (second.entity_name, second.role) == ("Mike Pompeo", "Secretary of State")
    assert (third.speaker.text, third.entity_name, third.role) == ("A spokesman for Senator John McCain", None, "spokesman")


def test_a_title_written_with_its_full_stop_apart_stays_in_the_speaker_as_a_role(attributor):
    doc = attributor("Florida Sen. Marco Rubio says the deal is bad. Rubio said he would win.", lang="en")
    first, second = attributed(doc)
    assert (first.speaker.text, first.speaker.name, first.role) == ("Florida Sen. Marco Rubio", "Marco Rubio", "Florida Sen")
    assert second.entity_name == "Marco Rubio"
    q = only(attributor("“We will fix it,” said Rep. Elijah Cummings (D-Md.), chair of the Platform Committee.",
                        lang="en"))
    assert q.speaker.text.startswith("Rep. Elijah Cummings") and q.speaker.name == "Elijah Cummings"


def test_roles_the_parse_coordinated_with_a_name_stay_in_the_speaker_and_a_date_does_not(attributor):
    q = only(attributor("Bill Dombrowski, president and chief executive of the California Retailers Association, said "
                        "the law was a mistake.", lang="en"))
    assert q.speaker.text == "Bill Dombrowski, president and chief executive of the California Retailers Association"
    assert q.speaker.name == "Bill Dombrowski" and q.speaker.entity == "Bill Dombrowski"
    q = only(attributor("Trump on Tuesday said that the wall would be built.", lang="en"))
    assert q.speaker.text == "Trump"


def test_a_name_the_tagger_missed_right_before_the_cue_is_the_speaker(attributor):
    # the compact tagger reads "Ebeling" as a verb (-ing), so the parse gives "said" no subject
    q = only(attributor("Like a family member, Ebeling said it’s sometimes hard for her to watch the attacks.",
                        lang="en"))
    assert (q.speaker.text, q.cue.text, q.text) == ("Ebeling", "said", "it’s sometimes hard for her to watch the attacks")


def test_a_label_without_a_noun_before_a_colon_is_no_speaker():
    # "Online:" closing an article: a capitalised adjective, and nothing after the colon in its sentence
    from quoteattr.cues import find_cues
    from quoteattr.lang import load_language
    from quoteattr.model import Sentence, Token
    from quoteattr.syntax import Tree
    tokens = (Token(0, 6, "Online", None, "online", "ADJ", None, None, -1, "root"),
              Token(6, 7, ":", None, ":", "PUNCT", None, None, 0, "punct"))
    tree = Tree(Sentence(0, 7, "Online:", 0, tokens))
    assert find_cues(tree, 0, load_language("en")) == []


def test_a_subject_with_an_apposition_after_a_clause_is_not_an_inserted_cue(attributor):
    doc = attributor("Facebook created the tool to help in times of crisis, a spokeswoman, Anna Richardson White, "
                     "said on Saturday, and it has activated it five times in the last year.", lang="en")
    q = only(doc)
    assert (q.kind, q.cue.text) == ("indirect", "said")
    assert q.speaker.text == "a spokeswoman, Anna Richardson White" and q.entity_name == "Anna Richardson White"


def test_a_relative_clause_describing_the_speaker_reports_nothing(attributor):
    doc = attributor("''The decision matrix is like choosing whether you want to die by cyanide or by hanging,'' said "
                     "one person with knowledge of the governor's dilemma, who spoke on the condition of anonymity.",
                     lang="en")
    q = only(doc)
    assert q.kind == "direct" and q.cue.text == "said" and q.speaker.text.startswith("one person")


def test_a_naming_verb_without_a_predicate_is_no_cue(attributor):
    doc = attributor("Clinton said she would act, referencing a super PAC called Future45 funded by Paul Singer. "
                     "Trump called the plan “a disaster.”", lang="en")
    assert [(q.kind, q.cue.text) for q in attributed(doc)] == [("indirect", "said"), ("direct", "called")]


def test_a_participle_clause_between_subject_and_verb_keeps_the_subject(attributor):
    q = only(attributor("Bernie Sanders, celebrating a victory in the Democratic primary in his home state of Vermont, "
                        "is pledging to win many hundreds of delegates on Super Tuesday.", lang="en"))
    assert (q.cue.text, q.speaker.text) == ("is pledging", "Bernie Sanders")


def test_an_according_to_phrase_closing_its_sentence_holds_its_clause(attributor):
    q = only(attributor("She was never paid, according to an account she gave to The Washington Free Beacon.", lang="en"))
    assert (q.text, q.speaker.text) == ("She was never paid", "an account she gave to The Washington Free Beacon")
    q = only(attributor("The company removed the videos, according to a letter to Facebook from the chairman "
                        "of the Senate committee.", lang="en"))
    assert q.speaker.role == "chairman"


def test_what_a_naming_verb_calls_someone_with_the_object(attributor):
    q = only(attributor("Sen. Bernie Sanders called him divisive.", lang="en"))
    assert (q.kind, q.cue.text, q.text) == ("reported", "called", "him divisive")


def test_poll_quantities_stay_whole_in_the_speaker(attributor):
    q = only(attributor("Nearly half said they prefer someone who has experience in politics.", lang="en"), "indirect")
    assert q.speaker.text == "Nearly half"
    q = only(attributor("Six in 10 Virginia Democratic primary voters said Clinton is honest.", lang="en"))
    assert q.speaker.text == "Six in 10 Virginia Democratic primary voters"
    q = only(attributor("About 6 in 10 white men supported Sanders.", lang="en"))
    assert (q.speaker.text, q.text) == ("About 6 in 10 white men", "Sanders")


def test_a_cue_clause_closing_a_long_sentence_reports_all_before_it(attributor):
    q = only(attributor("Weiner, 51, who’s married to top Hillary Clinton aide Huma Abedin, allegedly sent lurid tweets "
                        "and photos to another woman, the New York Post reported.", lang="en"))
    assert (q.speaker.text, q.cue.text) == ("the New York Post", "reported")
    assert q.text.startswith("Weiner, 51,") and q.text.endswith("to another woman")


def test_an_opener_the_parse_took_for_a_subject_is_no_part_of_the_speaker(attributor):
    q = only(attributor("Right afterward, Ted Cruz talked up his plans.", lang="en"))
    assert (q.speaker.text, q.cue.text) == ("Ted Cruz", "talked up")


def test_an_active_participle_makes_the_noun_it_describes_the_speaker(attributor):
    q = only(attributor("Most hedge fund executives supporting her campaign are rich.", lang="en"))
    assert (q.speaker.text, q.cue.text, q.text) == ("Most hedge fund executives", "supporting", "her campaign")


def test_a_name_alone_is_what_a_speech_act_reports(attributor):
    q = only(attributor("Blackwell endorsed Cruz.", lang="en"))
    assert (q.kind, q.speaker.text, q.cue.text, q.text) == ("reported", "Blackwell", "endorsed", "Cruz")


def test_stance_verbs_mined_from_the_dev_articles_are_cues(attributor):
    q = only(attributor("Sanders discussed the plan with voters.", lang="en"))
    assert (q.kind, q.speaker.text, q.cue.text) == ("reported", "Sanders", "discussed") and q.text.startswith("the plan")


def test_an_adverbial_clause_after_the_object_is_not_what_was_said(attributor):
    q = only(attributor("Some courses have sought bankruptcy protection, while others have slipped into foreclosure.",
                        lang="en"))
    assert (q.kind, q.cue.text, q.text) == ("reported", "have sought", "bankruptcy protection")


def test_a_subject_before_the_verb_speaks_whatever_number_the_tagger_gives_it(attributor):
    q = only(attributor("Sanders, a Vermont senator, has supported stem cell research in the Senate.", lang="en"))
    assert (q.speaker.text, q.cue.text) == ("Sanders, a Vermont senator", "has supported")
    assert q.text.startswith("stem cell research")


def test_the_object_of_a_verb_inside_its_clause_is_never_the_speaker(attributor):
    doc = attributor("Most in both states supported Sanders.", lang="en")
    tree = Tree(doc.sentences[0])
    data = load_language("en")
    (cue,) = find_cues(tree, 0, data)
    assert tree.tokens[cue.head].text == "supported" and speaker_head(tree, cue, data) == (None, "none")
    q = only(attributor("“We will win,” said Anna Smith.", lang="en"))
    assert q.speaker.text == "Anna Smith"


def test_a_person_alone_is_what_a_stance_verb_reports(attributor):
    q = only(attributor("Both of his GOP senators strongly supported him.", lang="en"))
    assert (q.kind, q.cue.text, q.text) == ("reported", "strongly supported", "him")


def test_a_passive_participle_describing_a_noun_reports_nothing(attributor):
    doc = attributor("The report was based on call sheets maintained by her closest aides.", lang="en")
    assert not [q for q in doc.quotes if q.cue is not None and q.cue.text == "maintained"]


def test_a_quantity_with_its_phrase_is_a_reported_object(attributor):
    q = only(attributor("Both The New York Times and the Wall Street Journal confirmed a few of his revelations, "
                        "which are detailed in the book.", lang="en"))
    assert (q.kind, q.cue.text) == ("reported", "confirmed") and q.text.startswith("a few of his revelations")


def test_what_one_urges_someone_to_do_when_the_parse_calls_it_adverbial(attributor):
    doc = attributor("She urged the administration to join a NATO-led coalition to oust Col. Muammar el-Qaddafi in "
                     "Libya, proposed that more forces be left in Iraq.", lang="en")
    [q] = [q for q in doc.quotes if q.cue.text == "urged"]
    assert q.text.startswith("the administration to join a NATO-led coalition") and q.speaker.text == "She"


def test_the_object_that_is_the_subject_of_the_complement_belongs_to_what_is_reported(attributor):
    q = only(attributor("She wants Trump to lose.", lang="en"))
    assert (q.kind, q.text, q.speaker.text, q.cue.text) == ("indirect", "Trump to lose", "She", "wants")
    q = only(attributor("Polls show him leading Trump.", lang="en"))
    assert (q.text, q.speaker.text) == ("him leading Trump", "Polls")


def test_what_someone_is_called_on_to_do_is_reported_with_them(attributor):
    q = only(attributor("Pence called on Clinton to release the emails.", lang="en"))
    assert (q.kind, q.text, q.cue.text, q.speaker.text) == ("reported", "Clinton to release the emails", "called on",
                                                           "Pence")
    q = only(attributor("Trump called for a special prosecutor to investigate Clinton.", lang="en"))
    assert (q.text, q.cue.text) == ("a special prosecutor to investigate Clinton", "called for")


def test_a_clause_the_parse_took_for_an_object_and_the_subject_next_to_the_verb(attributor):
    doc = attributor("But it’s not, and Dayton says caucuses “are such an unknown” because so many things can come "
                     "up to keep people from attending.", lang="en")
    q = only(doc, "indirect")
    assert q.text.startswith("caucuses “are such an unknown” because") and q.speaker.text == "Dayton"


def test_a_verb_of_appearance_reports_its_subject_and_predicate_with_no_speaker(attributor):
    q = only(attributor("Their choice now appears to be between their biographies and their principles.", lang="en"))
    assert (q.kind, q.cue.text, q.speaker, q.rule) == ("indirect", "appears", None, "evidential")
    assert q.text.startswith("Their choice") and q.text.endswith("their principles")
    assert not attributed(attributor("She appeared on Fox News on Monday.", lang="en"))


def test_the_subject_of_a_raising_passive_belongs_to_the_claim(attributor):
    q = only(attributor("The embattled French president is expected to run for re-election in 2017.", lang="en"))
    assert (q.speaker, q.rule, q.cue.text) == (None, "impersonal", "is expected")
    assert q.text.startswith("The embattled French president") and q.text.endswith("in 2017")


def test_what_someone_refuses_to_do_is_reported(attributor):
    q = only(attributor("The appeals court refused to reconsider the decision.", lang="en"))
    assert (q.speaker.text, q.cue.text, q.text) == ("The appeals court", "refused", "to reconsider the decision")


def test_a_participle_opening_the_sentence_reports_its_own_phrase(attributor):
    doc = attributor("When asked about Donald Trump, Obama said he expected that Americans will say no.", lang="en")
    [asked] = [q for q in doc.quotes if q.cue.text.endswith("asked about")]
    assert (asked.text, asked.speaker) == ("Donald Trump", None)
    # whose emails one is asked about is not who asks
    emails = attributor("When asked about her emails, Clinton said she had made a mistake.", lang="en")
    [asked] = [q for q in emails.quotes if q.cue.text.endswith("asked about")]
    assert (asked.text, asked.speaker) == ("her emails", None)
    [said] = [q for q in doc.quotes if q.cue.text == "said"]
    assert said.speaker.text == "Obama" and said.text.startswith("he expected")
    doc = attributor("Citing unnamed officials, the newspaper reported that the deal had collapsed. Speaking to "
                     "reporters on Monday, Trump said the wall would be built.", lang="en")
    citing, reported, said = attributed(doc)
    assert (citing.cue.text, citing.text, citing.speaker.text) == ("Citing", "unnamed officials", "the newspaper")
    assert (reported.text, reported.speaker.text) == ("that the deal had collapsed", "the newspaper")
    assert (said.cue.text, said.text) == ("said", "the wall would be built")  # whom one speaks to is not said


def test_a_name_with_an_apposition_the_parse_hung_elsewhere_is_the_speaker(attributor):
    q = only(attributor("But in a conference call with reporters on Dec. 2, Col. Steven H. Warren, a military spokesman "
                        "in Baghdad, said, ''I mean, a raid is a combat operation.''", lang="en"))
    assert q.speaker.text == "Col. Steven H. Warren, a military spokesman in Baghdad"
    assert q.speaker.name == "Steven H. Warren"


def test_a_relative_pronoun_and_the_predicate_after_the_cue_are_the_content(attributor):
    doc = attributor("Mrs. Clinton's Iraq war vote, which she has repeatedly said was a mistake, was a major factor in "
                     "her defeat.", lang="en")
    q = only(doc)
    assert (q.text, q.speaker.text, q.cue.text) == (
        "which she has repeatedly said was a mistake", "she", "has repeatedly said")


def test_a_whole_answer_after_a_speech_verb_is_reported(attributor):
    doc = attributor("Asked if Sanders is realistic, 72 percent of Democrats said yes while 48 percent overall agreed.",
                     lang="en")
    asked, said = sorted(attributed(doc), key=lambda q: q.start)
    assert (asked.cue.text, asked.text, asked.speaker) == ("Asked", "if Sanders is realistic", None)
    assert (said.kind, said.text, said.speaker.text) == ("reported", "yes", "72 percent of Democrats")
    q = only(attributor("Three-quarters said the same of Sanders.", lang="en"))
    assert q.text == "the same of Sanders"


def test_the_answer_after_an_opening_question_is_what_the_cue_reports(attributor):
    doc = attributor("Asked if he was ever bullied, the Republican presidential candidate said no.", lang="en")
    asked, said = sorted(attributed(doc), key=lambda q: q.start)
    assert (asked.text, asked.speaker) == ("if he was ever bullied", None)
    assert (said.text, said.speaker.text, said.cue.text) == ("no", "the Republican presidential candidate", "said")


def test_a_participle_speech_act_ends_before_a_concessive_clause(attributor):
    doc = attributor("Several candidates have followed his lead, saying his history is a legitimate criticism, though "
                     "Mrs. Fiorina said she doubted voters would care.", lang="en")
    saying, said = sorted(attributed(doc), key=lambda q: q.start)
    assert (saying.text, saying.speaker.text) == ("his history is a legitimate criticism", "Several candidates")
    assert (said.text, said.speaker.text) == ("she doubted voters would care", "Mrs. Fiorina")


def test_the_noun_phrase_before_a_verb_without_subject_speaks(attributor):
    q = only(attributor("About three-quarters support a temporary ban on Muslims who are not American citizens.", lang="en"))
    assert (q.speaker.text, q.cue.text, q.rule) == ("About three-quarters", "support", "noun_before_verb")
    assert q.text.startswith("a temporary ban")
    doc = attributor("After Donald Trump announced his candidacy, actress America Ferrera wrote a blog.", lang="en")
    assert all(q.speaker is None or "After" not in q.speaker.text for q in attributed(doc))


def test_a_clause_after_whom_one_tells_with_its_own_subject_is_what_was_told(attributor):
    q = only(attributor("Ryan told a news conference they are planting the seeds to accomplish that.", lang="en"))
    assert (q.text, q.speaker.text, q.addressee.text) == (
        "they are planting the seeds to accomplish that", "Ryan", "a news conference")


def test_a_party_in_brackets_before_the_verb_ends_the_speaker_not_the_clause(attributor):
    doc = attributor("In a fiery takedown of the businessman, Sen. Bernie Sanders (I-Vt.) called him divisive.", lang="en")
    q = only(doc)
    assert (q.text, q.speaker.text, q.entity_name) == ("him divisive", "Sen. Bernie Sanders (I-Vt.)", "Bernie Sanders")


def test_a_restrictive_relative_clause_says_who_speaks_and_a_set_off_one_does_not(attributor):
    q = only(attributor("“If I was a donor, I’d want answers,” said a prominent committee member who supports Trump.",
                        lang="en"))
    assert q.speaker.text == "a prominent committee member who supports Trump" and q.speaker.name is None
    doc = attributor("“It is bad,” said Lionel Sosa, an influential Hispanic Republican who said he would not vote "
                     "for Mr. Cruz.", lang="en")
    [direct] = [q for q in attributed(doc) if q.kind == "direct"]
    assert direct.speaker.text == "Lionel Sosa, an influential Hispanic Republican"


def test_a_relative_pronoun_speaker_is_the_entity_its_clause_describes(attributor):
    q = only(attributor("Senator John Smith, who said the bill was dead, left the room.", lang="en"))
    assert (q.speaker.text, q.entity_name, q.role) == ("who", "John Smith", "Senator")


def test_a_subject_before_the_cue_that_the_parse_gave_the_content_speaks(attributor):
    q = only(attributor("Still, while the industry cannot block all terror content, people who have battled other "
                        "online threats say it could be doing more.", lang="en"))
    assert (q.speaker.text, q.rule, q.text) == (
        "people who have battled other online threats", "subject_of_content", "it could be doing more")
    doc = attributor("In Ohio, about half of Republican primary voters said they want the next president to be an "
                     "outsider.", lang="en")
    [said] = [q for q in attributed(doc) if q.cue.text == "said"]
    assert said.speaker.text == "about half of Republican primary voters"


def test_a_governing_verb_or_adjective_that_is_no_cue_joins_its_infinitive_cue(attributor):
    q = only(attributor("Caucus-goers were slightly more likely to say the economy was their top issue.", lang="en"))
    assert (q.cue.text, q.speaker.text, q.text) == (
        "were slightly more likely to say", "Caucus-goers", "the economy was their top issue")
    doc = attributor("Cook declined to say whether it was a violation of the policy.", lang="en")
    [declined] = [q for q in attributed(doc) if q.cue.text.startswith("declined")]
    assert declined.cue.text == "declined" and declined.text.startswith("to say whether")


def test_the_statement_that_carries_the_words_joins_the_cue(attributor):
    q = only(attributor("“We will fight on,” the senator said in a joint statement.", lang="en"))
    assert (q.cue.text, q.speaker.text) == ("said in a joint statement", "the senator")


def test_a_dateline_the_parse_made_the_subject_never_speaks(attributor):
    q = only(attributor("WASHINGTON, June 10 (UPI) — Presumptive Democratic presidential nominee Hillary Clinton told a "
                        "Planned Parenthood gathering in Washington she will protect women's rights.", lang="en"))
    assert (q.speaker.text, q.entity_name, q.text) == (
        "Presumptive Democratic presidential nominee Hillary Clinton", "Hillary Clinton", "she will protect women's rights")


def test_a_name_before_an_inserted_cue_is_what_it_reports_on_not_the_speaker(attributor):
    doc = attributor("Trump, Sexton said, has created a strange campaign.", lang="en")
    assert {(q.speaker.text, q.cue.text) for q in doc.quotes} == {("Sexton", "said")}


def test_an_adverbial_set_off_after_the_speaker_is_no_part_of_it(attributor):
    q = only(attributor("Dow's chief executive, Andrew Liveris, of course, said that the timing was unrelated.",
                        lang="en"))
    assert (q.speaker.text, q.entity_name, q.role) == ("Dow's chief executive, Andrew Liveris", "Andrew Liveris",
                                                      "Dow's chief executive")


def test_a_participle_after_a_comma_reports_for_the_main_clause_not_a_relative_clause(attributor):
    q = only(attributor("Mr. Putin also veered close to an admission that Russian soldiers had fought in the war "
                        "in eastern Ukraine, saying, ''We never said there were no people there.''", lang="en"))
    assert (q.speaker.text, q.cue.text) == ("Mr. Putin", "saying")


def test_a_role_with_its_name_after_a_dateline_speaks(attributor):
    q = only(attributor("PARIS, Aug 31 (Reuters) - France’s far-right National Front party leader, Marine Le Pen, "
                        "voiced support for Donald Trump on Wednesday, saying his rival would bring war.", lang="en"))
    assert q.speaker.text.startswith("France’s far-right") and q.entity_name == "Marine Le Pen"


def test_a_possessive_apostrophe_after_the_quote_closes_nothing(attributor):
    doc = attributor("“Bernie believes that the path toward change requires leaders to take back control of state "
                     "capitols around the country and ensure fair redistricting in 2020,” Jeff Weaver, Sanders’ "
                     "campaign manager, said in a statement. “The leaders we’re raising money for today are the "
                     "members of Congress.”", lang="en")
    first = doc.quotes[0]
    assert first.kind == "direct" and first.text.endswith("in 2020,")
    assert first.speaker.text == "Jeff Weaver, Sanders’ campaign manager" and first.entity_name == "Jeff Weaver"


def test_a_name_set_off_after_a_time_subject_speaks(attributor):
    q = only(attributor("Just last week, J.J. Goldberg, editor at large of The Forward, an influential newspaper, "
                        "wrote, ''When we think of it, we win.''", lang="en"))
    assert (q.kind, q.entity_name, q.cue.text) == ("direct", "J.J. Goldberg", "wrote")


def test_a_quantity_qualifier_and_an_adverb_in_a_list_of_speakers_belong_to_the_speaker(attributor):
    q = only(attributor("At least half of voters in each state say the economy is weak.", lang="en"))
    assert q.speaker.text == "At least half of voters in each state" and not q.entity_name.startswith("least")
    q = only(attributor("Politicians and even some technologists say the rules are too weak.", lang="en"))
    assert q.speaker.text == "Politicians and even some technologists"


def test_a_noun_with_the_participle_the_parse_took_for_the_verb_speaks(attributor):
    q = only(attributor("People briefed on the situation say the deal is close.", lang="en"))
    assert (q.speaker.text, q.cue.text, q.text) == ("People briefed on the situation", "say", "the deal is close")


def test_an_according_to_phrase_is_never_what_a_verb_reports(attributor):
    q = only(attributor("The plan will be announced on Monday, according to a senior administration official "
                        "who spoke on the condition of anonymity.", lang="en"))
    assert (q.kind, q.text, q.cue.text) == ("according_to", "The plan will be announced on Monday", "according to")


def test_the_conjunction_of_another_clause_and_a_line_break_end_the_speaker(attributor):
    q = only(attributor("As House Speaker Paul Ryan has pointed out, the bill is dead.", lang="en"))
    assert (q.speaker.text, q.entity_name) == ("House Speaker Paul Ryan", "Paul Ryan")
    doc = attributor("10 Latinos Who Spoke Out\n10\nMaria Hinojosa Explained Why She Felt Invisible", lang="en")
    assert [q.speaker.text for q in doc.quotes if q.speaker] == ["Maria Hinojosa"]


def test_a_question_in_quotes_takes_the_cue_that_opens_the_next_sentence(attributor):
    doc = attributor("“It looks like we’re not going to have a very good relationship, who knows?” Trump told "
                     "Britain’s ITV television station in an interview aired on Monday.", lang="en")
    q = doc.quotes[0]
    assert (q.kind, q.speaker.text, q.cue.text, q.rule) == ("direct", "Trump", "told", "following_cue")


def test_a_clause_opened_by_when_after_a_comma_is_no_content(attributor):
    doc = attributor("Trump criticized Apple in February, when the company balked at hacking an iPhone.", lang="en")
    assert not [q for q in doc.quotes if q.text.startswith("when")]
    q = only(attributor("The minister said when he would leave.", lang="en"))
    assert q.text == "when he would leave"


def test_a_parenthesis_after_the_speaker_belongs_to_the_mention(attributor):
    q = only(attributor("Sen. Elizabeth Warren (D-Mass.) said she would not run.", lang="en"))
    assert q.speaker.text == "Sen. Elizabeth Warren (D-Mass.)" and q.entity_name == "Elizabeth Warren"


def test_a_participle_after_a_preposition_shares_the_subject_of_its_clause(attributor):
    doc = attributor("Trump landed himself in hot water last week by saying that the judge can’t be impartial.",
                     lang="en")
    q = next(q for q in doc.quotes if q.cue and q.cue.text == "saying")
    assert (q.text, q.speaker.text) == ("that the judge can’t be impartial", "Trump")


def test_the_noun_a_participle_describes_speaks_without_its_preposition(attributor):
    doc = attributor("The proportion of GOP primary voters saying they want a ban is as high as three-quarters in "
                     "Missouri.", lang="en")
    q = next(q for q in doc.quotes if q.cue and q.cue.text == "saying")
    assert (q.text, q.speaker.text) == ("they want a ban", "GOP primary voters")


def test_a_verb_parsed_as_a_second_relative_clause_has_the_noun_as_its_subject(attributor):
    doc = attributor("But progressive organizations that have endorsed him say they believe superdelegates should "
                     "choose the candidate who won the most pledged delegates, putting them at odds with Sanders’ "
                     "stated plans.", lang="en")
    q = next(q for q in doc.quotes if q.cue and q.cue.text == "say")
    assert q.speaker.text == "progressive organizations that have endorsed him"


def test_a_preposition_before_what_is_reported_joins_the_cue_but_not_before_whom_one_speaks_to(attributor):
    q = only(attributor("He also pointed to the valid candidacies of two former Republican hopefuls.", lang="en"))
    assert (q.kind, q.cue.text, q.text) == ("reported", "also pointed to",
                                            "the valid candidacies of two former Republican hopefuls")
    assert not attributor("Trump spoke to reporters on Tuesday.", lang="en").quotes


def test_a_short_question_in_quotes_is_speech_when_its_cue_clause_follows(attributor):
    q = only(attributor("“But why?” reporter Jackie Nespral asked him.", lang="en"))
    assert (q.kind, q.text, q.speaker.text, q.cue.text) == ("direct", "But why?", "reporter Jackie Nespral", "asked")


def test_a_headline_speaker_label_before_a_quoted_phrase(attributor):
    doc = attributor("Sidney Blumenthal: ‘No Idea’ If I Would Have Told Hillary Private Email Server Was a Bad "
                     "Idea.", lang="en")
    q = next(q for q in doc.quotes if q.kind != "mixed")
    assert q.speaker.text == "Sidney Blumenthal" and q.cue.text == ":"
    assert q.text.startswith("‘No Idea’ If I Would")


def test_continue_reports_only_the_quote_next_to_it(attributor):
    assert not attributor("The delegate lead for Hillary Clinton continues to grow thanks to a big win in North "
                          "Carolina.", lang="en").quotes
    q = only(attributor("“We will keep fighting for every vote,” he continued.", lang="en"))
    assert (q.speaker.text, q.cue.text) == ("he", "continued")


def test_a_duration_the_parse_made_the_subject_gives_way_to_the_subject_it_counts_from(attributor):
    doc = attributor("Three years after Republicans vowed to do a better job courting Latinos, the party is in "
                     "trouble.", lang="en")
    q = next(q for q in doc.quotes if q.cue and q.cue.text == "vowed")
    assert q.speaker.text == "Republicans"


@pytest.mark.parametrize("text, speaker", [
    # a time and a modifier set off before the subject are no part of the speaker
    ("Trump at the time said he'd asked his people to look into paying the fees.", "Trump"),
    ("First, Democratic party officials said the caucus would begin with-or-without those who had been waiting "
     "in line.", "Democratic party officials"),
    # the first part of a paired conjunction is
    ("Neither Cruz nor Christie acknowledged the efforts of the administration.", "Neither Cruz nor Christie"),
    ("Both Blocher and the SVP have long complained that the political class does not heed the will of the people.",
     "Both Blocher and the SVP"),
    # the clause's "as" and a prepositional phrase set off after the name are not
    ("As Breitbart’s Joel Pollak reported, the government has done nothing.", "Breitbart’s Joel Pollak"),
    ("Ted Cruz, by contrast, said he would not attend the debate.", "Ted Cruz"),
])
def test_where_a_speaker_phrase_starts_and_ends(attributor, text, speaker):
    assert only(attributor(text, lang="en")).speaker.text == speaker


def test_an_interviews_month_owns_nothing_said_in_it(attributor):
    q = only(attributor("During a HuffPost Live interview in August, the actress was asked if she’d ever been "
                        "discriminated against.", lang="en"))
    assert q.speaker is None and q.text == "if she’d ever been discriminated against"


def test_see_reports_only_what_it_calls_something(attributor):
    q = only(attributor("Developers see golf courses as wasted space.", lang="en"))
    assert (q.kind, q.text, q.speaker.text, q.cue.text) == ("reported", "golf courses as wasted space", "Developers", "see")
    assert attributor("Voters saw the ad on Tuesday.", lang="en").quotes == ()
    q = only(attributor("Sanders described the plan as a disaster.", lang="en"))
    assert q.text == "the plan as a disaster"
    q = only(attributor("Officials criticized the new plan as the vote drew near.", lang="en"))
    assert q.text == "the new plan"  # "as" opening a clause of its own calls the object nothing
    assert attributor("She will see what happens.", lang="en").quotes == ()  # what one sees is no report


def test_a_two_word_speech_verb_takes_its_particle(attributor):
    doc = attributor("“That is a lie,” Trump fired back. Clinton shot back that the plan was a disaster. "
                     "Obama backed Clinton.", lang="en")
    assert [(q.kind, q.speaker.text, q.cue.text) for q in attributed(doc)] == [
        ("direct", "Trump", "fired back"), ("indirect", "Clinton", "shot back"), ("reported", "Obama", "backed")]


def test_the_owner_of_a_statement_before_a_colon_speaks_the_quote_after_it(attributor):
    q = only(attributor("The statement from the White House was blunt: “We will not pay.”", lang="en"))
    assert (q.kind, q.entity_name, q.cue.text) == ("direct", "White House", "statement")
    # whom a statement addresses does not speak it
    q = only(attributor("The minister wrote in a letter to the White House: “We will not pay.”", lang="en"))
    assert q.speaker.text == "The minister"


def test_a_conjoined_cue_takes_the_name_before_the_first_verb(attributor):
    doc = attributor("In a fiery takedown of the businessman, Sen. Bernie Sanders (I-Vt.) called him divisive and "
                     "accused him of preventing Americans from being able to stand together.", lang="en")
    assert {(q.cue.text, q.entity_name) for q in attributed(doc)} == {("called", "Bernie Sanders"),
                                                                      ("accused", "Bernie Sanders")}


def test_a_gerund_after_the_preposition_of_an_adverbial_shares_the_clauses_subject(attributor):
    doc = attributor("In addition to stating that unborn babies have no constitutional rights, Clinton has also said "
                     "she wants to repeal the Hyde Amendment.", lang="en")
    assert [(q.cue.text, q.speaker.text) for q in attributed(doc)] == [("stating", "Clinton"), ("has also said", "Clinton")]


def test_a_headline_whose_noun_modifier_is_only_punctuation_parses_without_error():
    from quoteattr import Attributor

    # the parse hangs "…" on a noun as its modifier: a phrase with no word in it is no aside
    doc = Attributor(models="compact", lazy=False)("The Entire GOP Race Is Hinging On These 2 States… Here’s Why.",
                                                   lang="en")
    assert attributed(doc) == []


def test_a_hyphenated_name_is_no_dateline_dash(attributor):
    q = only(attributor("MSNBC reporter Alex Seitz-Wald tweeted that the exchange was tense.", lang="en"))
    assert (q.speaker.text, q.role) == ("MSNBC reporter Alex Seitz-Wald", "reporter")


def test_a_subject_and_its_apposition_set_off_before_the_verb_are_one_speaker(attributor):
    q = only(attributor("One of the authors of that 2013 report, Ari Fleischer, said Trump’s nomination will test "
                        "the validity of their conclusion.", lang="en"))
    assert q.speaker.text == "One of the authors of that 2013 report, Ari Fleischer"


def test_an_according_to_source_keeps_the_participle_that_narrows_it(attributor):
    q = only(attributor("According to early results of exit polls conducted for the Associated Press by Edison "
                        "Research, black voters make up at least one-fifth of the electorate.", lang="en"))
    assert q.speaker.text == "early results of exit polls conducted for the Associated Press by Edison Research"
    assert q.text == "black voters make up at least one-fifth of the electorate"


def test_what_a_statement_is_about_does_not_speak_it(attributor):
    doc = attributor("A report about the integration of immigrants, issued by the OECD, noted that more than a fifth "
                     "of the immigrants were poor.", lang="en")
    assert all(q.speaker is None or "integration" != q.speaker.text.split()[0] for q in attributed(doc))
    assert [q.speaker.text.startswith("A report") for q in attributed(doc)] == [True]


def test_an_infinitive_of_purpose_shares_its_clauses_subject(attributor):
    doc = attributor("Donald Trump tweeted on Friday to say he had never called for a database.", lang="en")
    q = attributed(doc)[0]
    assert (q.cue.text, q.speaker.text, q.text) == ("say", "Donald Trump", "he had never called for a database")


def test_what_something_is_called_is_no_ones_words(attributor):
    doc = attributor("Such a ban is often called “a Muslim ban” and was proposed in December. "
                     "The plan was called “a disaster” by Clinton.", lang="en")
    assert [(q.kind, q.text, q.entity_name) for q in doc.quotes] == [("term", "a Muslim ban", None),
                                                                      ("direct", "a disaster", "Clinton")]


def test_a_statement_described_by_a_participle_speaks_for_whoever_issued_it(attributor):
    doc = attributor("The DNC issued a statement urging Congress to act. Clinton sent a letter asking voters to "
                     "register. Executives supporting her campaign say she will win.", lang="en")
    assert [(q.cue.text, q.speaker.text) for q in attributed(doc)] == [
        ("urging", "The DNC"), ("asking", "Clinton"), ("say", "Executives supporting her campaign")]


def test_a_credit_line_names_reporters_but_reports_nothing(attributor):
    doc = attributor("Reporting by Jason Lange and Dustin Volz; Editing by Alistair Bell. "
                     "The report was written by Jason Lange, who said the data was incomplete.", lang="en")
    assert [(q.cue.text, q.speaker.text, q.text) for q in attributed(doc) if q.sentence == 0] == []
    assert ("said", "who", "the data was incomplete") in [(q.cue.text, q.speaker.text, q.text) for q in doc.quotes]


def test_verbs_of_manner_of_speaking_introduce_quotes(attributor):
    doc = attributor("“That is nonsense,” Smith snapped. “I reckon we will lose,” Jones muttered, before leaving.",
                     lang="en")
    assert [(q.cue.text, q.speaker.text) for q in doc.quotes] == [("snapped", "Smith"), ("muttered", "Jones")]


def test_a_copular_frame_before_a_colon_names_the_speaker(attributor):
    doc = attributor('Trump was blunt: "We will win this."', lang="en")
    assert [(q.text, q.speaker.text, q.rule) for q in doc.quotes] == [("We will win this.", "Trump", "colon_frame")]
    doc = attributor('The mood was grim: "We have lost everything."', lang="en")
    assert [(q.speaker, q.rule) for q in doc.quotes] == [(None, "unattributed")]


def test_a_speech_verb_coordinated_with_a_participle_is_a_cue_of_its_own(attributor):
    doc = attributor("Trump launched his campaign calling them rapists and vowing to make Mexico pay for a wall. "
                     "He spoke for an hour, pointing to his record and saying that senators are overrated.", lang="en")
    assert [(q.cue.text, q.text) for q in attributed(doc)] == [
        ("calling", "them rapists"), ("vowing", "to make Mexico pay for a wall"),
        ("pointing to", "his record"), ("saying", "that senators are overrated")]


def test_whom_a_speaker_tells_before_a_colon_is_no_quote(attributor):
    doc = attributor('The coach told the Associated Press: "We have to get better."', lang="en")
    assert [(q.kind, q.text, q.speaker.text) for q in attributed(doc)] == [
        ("direct", "We have to get better.", "The coach")]


def test_a_phrase_that_announces_the_words_joins_the_cue_without_its_comma(attributor):
    doc = attributor('"We are not going to back down," said Sen. Elizabeth Warren, D-Mass., in a statement.', lang="en")
    (q,) = doc.quotes
    assert [p.text for p in q.cue.parts] == ["said", "in a statement"] and q.speaker.entity == "Elizabeth Warren"


def test_a_conjunct_in_the_form_of_the_complement_continues_it(attributor):
    doc = attributor("Trump has said he would build a wall on the southern border and make Mexico pay for it.", lang="en")
    (q,) = attributed(doc)
    assert q.text == "he would build a wall on the southern border and make Mexico pay for it"


def test_a_name_before_the_noun_it_modifies_is_not_the_speakers(attributor):
    doc = attributor("The Trump campaign did not immediately respond to a request for comment. An Obama "
                     "administration official said the talks would resume.", lang="en")
    assert [q.speaker.entity for q in attributed(doc)] == ["Trump campaign", None]


def test_an_abbreviated_title_is_no_part_of_the_name(attributor):
    doc = attributor("Dr. Anthony Fauci said the vaccine was safe. Fauci added that more tests were needed. "
                     '"We played poorly," coach Bill Belichick said.', lang="en")
    first, second, third = attributed(doc)
    assert (first.speaker.text, first.entity_name) == ("Dr. Anthony Fauci", "Anthony Fauci")
    assert second.entity == first.entity
    assert (third.entity_name, third.role) == ("Bill Belichick", "coach")


def test_any_verb_with_only_a_person_after_a_quote_introduces_it(attributor):
    q = only(attributor('"This is a great day," Smith smiled broadly.', lang="en"))
    assert (q.kind, q.cue.text, q.speaker.text) == ("direct", "smiled", "Smith")
    q = only(attributor('"This is a great day," beamed the coach.', lang="en"))
    assert (q.cue.text, q.speaker.text, q.role) == ("beamed", "the coach", "coach")


def test_he_or_she_stands_for_a_person_never_for_a_company(attributor):
    doc = attributor("Warren spoke first. The company said the bank had broken the law. She said it should be fined.",
                     lang="en")
    company, she = attributed(doc)
    assert (company.entity_name, she.speaker.text, she.entity_name) == ("company", "She", "Warren")


def test_an_adverbial_clause_after_the_cue_tells_when_not_what(attributor):
    doc = attributor('"No," he said flatly when asked if he would drop out.', lang="en")
    said = next(q for q in doc.quotes if q.cue and q.cue.text.startswith("said"))
    assert (said.kind, said.text, said.speaker.text) == ("direct", "No,", "he")
    q = only(attributor("He said when he would leave.", lang="en"))
    assert q.text == "when he would leave"
    q = only(attributor("Most voters preferred him when the poll was taken.", lang="en"))
    assert (q.kind, q.text) == ("reported", "him")
