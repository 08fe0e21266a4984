"""Entity clustering rules on hand-made mentions (no parser)."""

from __future__ import annotations

import attrs

from quoteattr.entities import MentionInfo, _same_name, cluster_mentions, roles_match
from quoteattr.lang import load_language
from quoteattr.model import Mention

DE = load_language("de")


def info(start, text, sentence, name=None, role=None, pronoun=False, gender=None, definite=True, speaker=False,
         possessed=False):
    m = Mention(start, start + len(text), text, name=name, role=role, is_pronoun=pronoun)
    return MentionInfo(m, sentence, gender=gender, number="Sing", definite=definite, possessed=possessed,
                       subject=True, speaker=speaker, plain=text)


def test_roles_match_on_head_and_modifiers():
    assert roles_match("US-Präsident", "Präsident")
    assert roles_match("russischer Amtskollege", "Amtskollege")
    assert not roles_match("US-Präsident", "ukrainischer Präsident")
    assert not roles_match("Sprecher", "Präsident")


def test_same_name_forms():
    assert _same_name("Donald Trump", "Trump", DE)
    assert _same_name("Donald Trump", "Trumps", DE)
    assert not _same_name("Donald Trump", "Putin", DE)


def test_clusters_names_roles_and_pronouns():
    infos = [
        info(0, "Donald Trump", 0, name="Donald Trump"),
        info(40, "der US-Präsident", 1, role="US-Präsident", gender="Masc", speaker=True),
        info(80, "er", 2, pronoun=True, gender="Masc"),
        info(120, "Putins Sprecher", 3, role="Sprecher", possessed=True, definite=False, speaker=True),
        info(160, "der Sprecher", 4, role="Sprecher", speaker=True),
        info(200, "ein US-Beamter", 5, role="US-Beamter", definite=False, speaker=True),
        info(240, "Trump", 6, name="Trump"),
    ]
    assign, entities = cluster_mentions(infos, DE)
    trump = assign[0]
    assert assign[1] == trump and assign[2] == trump and assign[6] == trump
    assert entities[trump].name == "Donald Trump" and "US-Präsident" in entities[trump].roles
    assert assign[3] == assign[4] != trump and entities[assign[3]].name is None
    assert assign[5] not in (trump, assign[3])


def test_a_speaker_is_none_of_the_people_it_reports():
    # "Merkel komme nicht, sagte er." with no one named before: "er" is not Merkel
    er = attrs.evolve(info(20, "er", 0, pronoun=True, gender="Masc", speaker=True), reports=(0, 18))
    assign, _ = cluster_mentions([info(0, "Merkel", 0, name="Merkel"), er], DE)
    assert assign[1] is None
    # the same pronoun without the span it reports takes the name before it
    assign, _ = cluster_mentions([info(0, "Merkel", 0, name="Merkel"), attrs.evolve(er, reports=None)], DE)
    assert assign[1] == assign[0]


def test_a_pronoun_after_a_report_means_its_speaker_before_anyone_named_in_it(attributor):
    doc = attributor("Pence said on Tuesday that a special prosecutor should investigate. He calls the meetings "
                     "troubling.", lang="en")
    assert [(q.speaker.text, q.entity_name) for q in doc.quotes] == [("Pence", "Pence"), ("He", "Pence")]
