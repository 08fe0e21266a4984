"""Lazy parsing: which sentences can hold part of an attribution and are worth parsing.

Tagging and parsing dominate quoteattr's cost, so only these sentences go to
stanza's tagger and parser:

- sentences that touch a quotation span, and sentences ending in a colon right before one;
- sentences with a cue word: a form of a speech verb or noun from the lexicon
  or of a predicative verb ("see … as"),
  an according-to marker ("laut", "zufolge", "according to", "nach Angaben"),
  or a "so" after a comma or closing quotation mark ("…, so X.");
- sentences that open with a name and a colon ("Obama: …");
- sentences with a reported-mood form ("sei", "habe", …), and, up to three
  sentences after one of the others, sentences with any subjunctive form
  ("hätte", "würde"): these may continue a speaker as free indirect speech;
  and the sentence right before a reported-mood sentence, whose subject may
  be that speaker ("Der Bürgermeister besuchte die Stelle. Die Stadt sei …").

When a quote's speaker is a pronoun or a bare role ("er", "der Minister") that
the parsed sentences leave unresolved, the sentences just before it are parsed
in a second pass (``context_sentences``), since the entity is often named there.

The check reads word forms only, so it runs before any tagging.
"""

from __future__ import annotations

import functools
from typing import Sequence

import attrs
import regex

from quoteattr.cues import SPEAKER_COLON_MAX
from quoteattr.entities import PRONOUN_WINDOW
from quoteattr.lang import LanguageData, load_language
from quoteattr.model import Document, QuoteSpan, Sentence
from quoteattr.syntax import QUOTE_CHARS

FOLLOW_AFTER = 3  # how far after an anchor a subjunctive sentence may continue its speaker


def _stem(word: str, data: LanguageData) -> str:
    for suffix in data.stem_suffixes:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def _forms(words, data: LanguageData, prefixes=("",)) -> str:
    """A regex alternative for the inflected forms of ``words``, each optionally preceded by one of ``prefixes``."""
    endings = "|".join(regex.escape(e) for e in sorted(data.cue_endings, key=len, reverse=True))
    alternatives = []
    for word in sorted(words, key=len, reverse=True):
        stem = _stem(word, data)
        # a stripped stem needs an ending ("not" is no form of "note"); a final consonant may double ("admitted")
        tail = rf"(?:{endings})" if stem != word else rf"(?:{endings})?"
        alternatives.append(rf"{regex.escape(word)}(?:{endings})?|{regex.escape(stem)}{regex.escape(stem[-1])}?{tail}")
    prefix = "|".join(regex.escape(p) for p in sorted(prefixes, key=len, reverse=True))
    return rf"(?:{prefix})(?:{'|'.join(alternatives)})"


@attrs.frozen
class CueWords:
    """What marks a sentence as a possible cue sentence, compiled from the language data."""

    whole: frozenset[str]  # according-to markers, any case
    nouns: regex.Pattern  # inflected (and compound) forms of cue nouns
    verbs: regex.Pattern  # inflected forms of cue verbs, irregular ones included
    separated: dict[str, regex.Pattern]  # particle -> verb forms that need it in the sentence ("teilte … mit")
    reported: frozenset[str]
    subjunctive: frozenset[str]
    so_words: frozenset[str]
    capitalised_nouns: bool


def _irregular(data: LanguageData, verbs: set[str]) -> tuple[set[str], dict[str, set[str]]]:
    """Irregular forms of the cue verbs: whole words ("sprach", "widersprach", "angegeben"), and the
    forms of separable verbs that are cues only with their particle in the sentence ("gab … bekannt")."""
    whole: set[str] = set()
    by_particle: dict[str, set[str]] = {}
    for form, infinitive in data.irregular_forms.items():
        for verb in verbs:
            if verb.endswith(infinitive):
                prefix = verb[: -len(infinitive)]
                whole.add(prefix + form)
                if prefix in data.separable_particles:
                    by_particle.setdefault(prefix, set()).add(form)
    return whole, by_particle


def _alternation(words) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


def cue_verb_lemmas(data: LanguageData) -> set[str]:
    """The verbs whose forms make a sentence worth parsing: speech, appearance and predicative verbs, each
    written without the space of a two-word lemma ("bekannt geben" → "bekanntgeben"), or where particles
    follow their verb, by the verb alone ("fire back" → "fire")."""
    lemmas = [*data.speech_verbs, *data.evidential_verbs, *data.predicative_verbs]
    if data.separable_particles:
        return {lemma.replace(" ", "").lower() for lemma in lemmas}
    return {lemma.split()[0].lower() for lemma in lemmas}


@functools.cache
def cue_words(lang: str) -> CueWords:
    data = load_language(lang)
    acc = data.according_to
    whole = {w.lower() for w in acc.get("prepositions", ())} | {w.lower() for w in data.adverb_markers}
    whole |= {p[0].lower() for p in acc.get("phrases", ())}
    whole |= data.clause_verb_anchors
    verbs = cue_verb_lemmas(data)
    nouns = {lemma.lower() for lemma in [*data.speech_nouns, *data.stance_nouns, *acc.get("noun_markers", ())]}
    infixes = ("", *data.verb_infixes)
    stems: dict[str, set[str]] = {}
    for verb in verbs:
        for particle in data.separable_particles:
            if verb.startswith(particle) and len(verb) > len(particle) + 2:
                stems.setdefault(particle, set()).add(verb[len(particle):])
    irregular, irregular_split = _irregular(data, verbs)
    compound = r"[\p{L}‐-]*?" if data.compounds else ""  # hyphenated too: "EU-Dokument"
    # the particle stays in front when the verb is not split: "mitgeteilt", "mitzuteilen"
    verb_forms = [_forms(verbs, data, infixes), _alternation(irregular)]
    verb_forms += [_forms(s, data, [particle + infix for infix in infixes]) for particle, s in stems.items()]
    verb_forms = [f for f in verb_forms if f]  # no empty alternative for a language without irregular forms
    separated = {}
    for particle in set(stems) | set(irregular_split):
        alternatives = [_forms(stems.get(particle, ()), data)] if particle in stems else []
        alternatives += [_alternation(irregular_split[particle])] if particle in irregular_split else []
        separated[particle] = regex.compile(rf"(?i)^(?:{'|'.join(alternatives)})$")
    mood = data.reported_mood or {}
    subjunctive = data.reported_forms | frozenset(mood.get("exclude_forms", ()))
    reported = subjunctive - frozenset(mood.get("exclude_forms", ()))
    return CueWords(frozenset(whole), regex.compile(rf"(?i)^{compound}{_forms(nouns, data)}$"),
                    regex.compile(rf"(?i)^(?:{'|'.join(verb_forms)})$"), separated, reported, subjunctive,
                    data.so_words, data.capitalised_nouns)


def _may_be_verb(words: Sequence[str], i: int, cues: CueWords) -> bool:
    """False for a capitalised word inside a sentence where nouns are capitalised ("die Frage")."""
    return not cues.capitalised_nouns or i == 0 or not words[i][:1].isupper() or not words[i - 1][:1].isalnum()


def is_anchor(sentence: Sentence, lang: str) -> bool:
    """Whether the words of ``sentence`` hold a cue word or a reported-mood form."""
    cues = cue_words(lang)
    words = [token.text for token in sentence.tokens]
    lows = [word.lower() for word in words]
    verbs = []
    for i, low in enumerate(lows):
        if low in cues.whole or low in cues.reported or cues.nouns.match(low):
            return True
        if _may_be_verb(words, i, cues):
            if cues.verbs.match(low):
                return True
            verbs.append(low)
        if low in cues.so_words and i and (lows[i - 1] == "," or lows[i - 1] in QUOTE_CHARS):
            return True
    present = set(lows)
    return any(particle in present and any(forms.match(w) for w in verbs)
               for particle, forms in cues.separated.items())


def _speaker_colon(sentence: Sentence) -> bool:
    """Whether a colon follows the first few capitalised words, as after a headline's speaker ("Obama: …")."""
    words = [token.text for token in sentence.tokens[:SPEAKER_COLON_MAX + 1]]
    return ":" in words[1:] and all(w[:1].isupper() for w in words[:words.index(":")])


def _has_form(sentence: Sentence, forms: frozenset[str]) -> bool:
    return any(token.text.lower() in forms for token in sentence.tokens)


def select_sentences(sentences: Sequence[Sentence], quote_spans: Sequence[QuoteSpan], lang: str) -> set[int]:
    """Indices of the sentences worth parsing (see the module docstring)."""
    cues = cue_words(lang)
    spans = [(q.start, q.end) for q in quote_spans]
    quoted = [any(a < sent.end and b > sent.start for a, b in spans) for sent in sentences]
    chosen: set[int] = set()
    last = -FOLLOW_AFTER - 1
    for i, sent in enumerate(sentences):
        # a sentence ending in a colon introduces the quote after it ("Dabei griff sie ihn an:")
        frames_quote = i + 1 < len(sentences) and quoted[i + 1] and sent.text.rstrip().endswith(":")
        if (quoted[i] or frames_quote or is_anchor(sent, lang) or _speaker_colon(sent)
                or i - last <= FOLLOW_AFTER and _has_form(sent, cues.subjunctive)):
            chosen.add(i)
            last = i
            if i > 0 and _has_form(sent, cues.reported):
                chosen.add(i - 1)
    return chosen


def context_sentences(doc: Document, sentences: Sequence[Sentence]) -> set[int]:
    """Unparsed sentences shortly before a quote whose speaker has no entity yet (a pronoun or a bare role),
    and the unparsed sentence right before a direct quote that opens its sentence with no cue, whose subject
    may be the speaker."""
    wanted: set[int] = set()
    for quote in doc.quotes:
        if quote.kind == "direct" and quote.rule in ("continuation", "unattributed") and quote.sentence > 0 \
                and quote.start - sentences[quote.sentence].start <= 2 and not sentences[quote.sentence - 1].parsed:
            wanted.add(quote.sentence - 1)
        if quote.speaker is None or quote.entity_name is not None or quote.speaker.name is not None:
            continue
        first = max(0, quote.sentence - PRONOUN_WINDOW)
        wanted.update(i for i in range(first, quote.sentence) if not sentences[i].parsed)
    return wanted
