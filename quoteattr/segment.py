"""Segmentation: paragraphs, sentences and words with offsets into the original text.

stanza's tokenizer (and multi-word-token expander) runs on a cleaned copy of
the text (see ``textutil.clean_for_tokenizer``); every offset is mapped back,
so ``text[t.start:t.end] == t.text`` holds for the input as given.
"""

from __future__ import annotations

from typing import Sequence

import attrs

from quoteattr.model import Paragraph, Sentence, Token
from quoteattr.syntax import QUOTE_CHARS
from quoteattr.textutil import LETTER_RUN, WEB_ADDRESS, clean_for_tokenizer, paragraph_bounds

SENTENCE_ENDS = ".!?…"
# a sentence whose last word ends in one of these, or in a letter or digit, is unfinished
UNFINISHED_ENDS = ",;(/-–—&%$€"


def paragraphs_of(text: str) -> tuple[Paragraph, ...]:
    return tuple(Paragraph(s, e, text[s:e]) for s, e in paragraph_bounds(text))


def _paragraph_index(paragraphs: Sequence[Paragraph], pos: int, hint: int) -> int:
    while hint + 1 < len(paragraphs) and paragraphs[hint + 1].start <= pos:
        hint += 1
    return hint


def tokenize(text: str, pipeline, abbreviations: frozenset[str] = frozenset(),
             title_case: bool = False, apostrophe_clitics: frozenset[str] = frozenset(),
             ) -> tuple[tuple[Paragraph, ...], tuple[Sentence, ...]]:
    """Split ``text`` into paragraphs and sentences of (unparsed) words with stanza; a sentence break after
    one of ``abbreviations`` ("Gov.") or a slash inside a word ("Reuters/Ipsos") is undone. With
    ``title_case`` (languages that capitalise no nouns), the words of a headline in title case are read in the
    case the text writes them elsewhere (see ``_headline_forms``); a word is split into ``apostrophe_clitics``
    only where it is written with an apostrophe (see ``_multiword_test``)."""
    from stanza.models.common.doc import Document as StanzaDocument

    paragraphs = paragraphs_of(text)
    clean, index_map = clean_for_tokenizer(text)
    if not clean.strip():
        return paragraphs, ()
    doc = StanzaDocument([], text=clean)
    doc = pipeline.processors["tokenize"].process(doc)
    if "mwt" in pipeline.processors:
        doc = pipeline.processors["mwt"].process(doc)
    is_multiword = _multiword_test(pipeline, apostrophe_clitics)
    parts: list[list[Token]] = []
    for sent in doc.sentences:
        words = []
        for token in sent.tokens:
            start = index_map[token.start_char]
            end = index_map[token.end_char - 1] + 1
            # an expansion of a token the MWT training data never split is a tokenizer error ("Um" → "Un dem")
            expanded = token.words if len(token.words) == 1 or is_multiword(text[start:end]) else [None]
            for word in expanded:
                form = word.text if word is not None and word.text != text[start:end] else None
                words.append(Token(start=start, end=end, text=text[start:end], form=form))
        words = _join_web_addresses(text, words)
        if parts and words and _continues(text, parts[-1], words[0], abbreviations):
            parts[-1].extend(words)
        elif words:
            parts.append(words)
    sentences = []
    p = 0
    glued = (_glue_full_stops(text, words, abbreviations) for words in parts)
    for part in (piece for words in glued for dated in _split_after_dateline(words)
                 for piece in _split_after_closed_quotes(dated)):
        start, end = part[0].start, part[-1].end
        p = _paragraph_index(paragraphs, start, p)
        sentences.append(Sentence(start, end, text[start:end], p, tuple(part)))
    if title_case:
        sentences = _headline_forms(text, sentences)
    return paragraphs, tuple(sentences)


HEADLINE_MIN_WORDS = 4  # words of four letters or more in a sentence that may be a headline in title case
HEADLINE_CAPITALISED = 0.8  # share of them written with a capital letter


def _headline_forms(text: str, sentences: list[Sentence]) -> list[Sentence]:
    """Sentences with the words of a title-case headline ("Mike Pence Calls for Special Prosecutor after Report
    Reveals …") given the lower-case form the text writes them in elsewhere, so that the tagger reads "Calls"
    as a verb, not a name; a word the text never writes in lower case stays a name ("Pence")."""
    lower = {w for w in LETTER_RUN.findall(text) if w.islower()}
    out = []
    for sent in sentences:
        long_words = [t for t in sent.tokens if len(t.text) >= 4 and t.text.isalpha()]
        capitalised = [t for t in long_words if t.text[0].isupper()]
        if len(long_words) < HEADLINE_MIN_WORDS or len(capitalised) < HEADLINE_CAPITALISED * len(long_words):
            out.append(sent)
            continue
        tokens = tuple(attrs.evolve(t, form=t.text.lower()) if k > 0 and t.form is None and t.text[:1].isupper()
                       and t.text.lower() in lower else t for k, t in enumerate(sent.tokens))
        out.append(attrs.evolve(sent, tokens=tokens))
    return out


def _join_web_addresses(text: str, words: list[Token]) -> list[Token]:
    """One word for a web address the tokenizer split at its dots ("tagesschau" "." "de" → "tagesschau.de")."""
    out: list[Token] = []
    k = 0
    while k < len(words):
        end = k
        while end + 1 < len(words) and words[end + 1].start == words[end].end:
            end += 1
        # the longest run of touching words from k that is one address
        while end > k and not WEB_ADDRESS.fullmatch(text[words[k].start:words[end].end]):
            end -= 1
        if end > k:
            out.append(Token(start=words[k].start, end=words[end].end, text=text[words[k].start:words[end].end]))
        else:
            out.append(words[k])
        k = end + 1
    return out


def _continues(text: str, previous: list[Token], first: Token, abbreviations: frozenset[str]) -> bool:
    """True when the sentence that starts with ``first`` goes on the ``previous`` one: a break after an
    abbreviation or a name's initial before a name ("Florida Gov. | Rick Scott", "George W. | Bush") or after
    a word that no sentence ends with ("Bolton said he would advise | Trump on …"), all within one line."""
    last = previous[-1]
    if "\n" in text[last.end:first.start]:
        return False
    # the tokenizer may write the abbreviation's full stop apart ("Sen" ".")
    word = text[previous[-2].start:last.end] if len(previous) > 1 and last.text == "." \
        and previous[-2].end == last.start else last.text
    # a middle initial after a capitalised name ("George W. | Bush"), not "vitamin C. | Then"
    before = previous[-3] if last.text == "." and len(previous) > 2 else previous[-2] if len(previous) > 1 else None
    initial = len(word) == 2 and word[0].isupper() and word[1] == "." and before is not None \
        and before.text[:1].isupper()
    if (word in abbreviations or initial) and first.text[:1].isupper() or word in abbreviations and first.text[:1].isdigit():
        return True  # "Florida Gov. | Rick Scott", "on Feb. | 20"
    end = last.text[-1:]
    return end.isalnum() or end in UNFINISHED_ENDS or _mark_after_unfinished(previous)


def _glue_full_stops(text: str, words: list[Token], abbreviations: frozenset[str]) -> list[Token]:
    """One word for an abbreviation whose full stop the tokenizer wrote apart inside a sentence ("Col" "." →
    "Col."), so that the parser does not read the stop as the sentence's end."""
    out: list[Token] = []
    for k, word in enumerate(words):
        if out and word.text == "." and k + 1 < len(words) and out[-1].end == word.start \
                and text[out[-1].start:word.end] in abbreviations:
            out[-1] = Token(start=out[-1].start, end=word.end, text=text[out[-1].start:word.end])
        else:
            out.append(word)
    return out


def _mark_after_unfinished(previous: list[Token]) -> bool:
    """True when ``previous`` ends with a quotation mark or apostrophe glued to a word with no sentence-final
    punctuation before it: a quoted phrase or possessive inside a sentence ("Sidney Blumenthal: ‘No Idea’ | If
    I Would …", "Reuters’ | Luciana Lopez"), which the tokenizer may take for a sentence's end."""
    last = previous[-1]
    return last.text in QUOTE_CHARS and len(previous) > 1 and previous[-2].end == last.start \
        and previous[-2].text[-1:] not in SENTENCE_ENDS


DATELINE_DASHES = ("-", "–", "—", "―", "--")  # the dash after a dateline: "WASHINGTON (UPI) —"


def _split_after_dateline(words: list[Token]) -> list[list[Token]]:
    """``words`` split after a news dateline that opens them ("WASHINGTON (Reuters) –", "ORLANDO, Fla. (AP) —",
    "BERLIN –"), so that it never joins the first sentence's subject."""
    if not words or len(words[0].text) < 3 or not words[0].text.isupper() or not words[0].text.isalpha():
        return [words]
    for i, word in enumerate(words[1:8], start=1):
        if word.text in DATELINE_DASHES:
            return [words[:i + 1], words[i + 1:]] if i + 1 < len(words) else [words]
        if word.text == "(":
            close = next((k for k in range(i + 1, min(i + 5, len(words))) if words[k].text == ")"), None)
            if close is not None and close + 1 < len(words) - 1 and words[close + 1].text in DATELINE_DASHES:
                return [words[:close + 2], words[close + 2:]]
            return [words]
        if not (word.text in (",", ".") or word.text[:1].isupper()):
            return [words]
    return [words]


def _split_after_closed_quotes(words: list[Token]) -> list[list[Token]]:
    """``words`` split after a quote that ends its sentence when a capitalised word or another quote follows
    („Wir kommen.“ Er sagte …), which the tokenizer may keep in one sentence."""
    parts, start = [], 0
    for i in range(1, len(words) - 1):
        mark, before, after = words[i], words[i - 1], words[i + 1]
        if mark.text in QUOTE_CHARS and before.end == mark.start and before.text[-1:] in SENTENCE_ENDS \
                and after.start > mark.end and (after.text[:1].isupper() or after.text in QUOTE_CHARS):
            parts.append(words[start:i + 1])
            start = i + 1
    parts.append(words[start:])
    return [part for part in parts if part]


def _multiword_test(pipeline, apostrophe_clitics: frozenset[str] = frozenset()):
    """A test whether a token is one the MWT model's training data lists as multi-word ("zum", "don't"), but
    not one that splits off one of ``apostrophe_clitics`` without an apostrophe: "its" → "it s", "your" →
    "you r" are typos the treebank kept, and in edited text the word itself."""
    known = pipeline.processors["mwt"].trainer.expansion_dict if "mwt" in pipeline.processors else {}

    def is_multiword(token: str) -> bool:
        expansion = known.get(token) or known.get(token.lower())
        if expansion is None or token.endswith("."):
            return False
        return "'" in token or "’" in token or expansion.split()[-1].lower() not in apostrophe_clitics
    return is_multiword


def expand_multiword(sentences: Sequence[Sentence], pipeline,
                     apostrophe_clitics: frozenset[str] = frozenset()) -> tuple[Sentence, ...]:
    """Split the multi-word tokens of pre-tokenized sentences ("zum" → "zu" + "dem") with stanza's MWT model.

    The taggers and parsers are trained on syntactic words, so an unsplit "zum" would be mistagged.  Tokens
    are split when the MWT model's training data lists them as multi-word tokens (see ``_multiword_test``).
    """
    from stanza.models.common.doc import Document as StanzaDocument

    if "mwt" not in pipeline.processors:
        return tuple(sentences)
    is_multiword = _multiword_test(pipeline, apostrophe_clitics)
    flags = [[is_multiword(tok.text) for tok in sent.tokens] for sent in sentences]
    if not any(map(any, flags)):
        return tuple(sentences)
    doc = StanzaDocument([[{"id": i + 1, "text": tok.text, **({"misc": "MWT=Yes"} if flag else {})}
                           for i, (tok, flag) in enumerate(zip(sent.tokens, sent_flags))]
                          for sent, sent_flags in zip(sentences, flags)])
    doc = pipeline.processors["mwt"].process(doc)
    result = []
    for sent, stanza_sent in zip(sentences, doc.sentences):
        words = tuple(Token(tok.start, tok.end, tok.text, form=word.text if word.text != tok.text else None)
                      for tok, stanza_token in zip(sent.tokens, stanza_sent.tokens) for word in stanza_token.words)
        result.append(attrs.evolve(sent, tokens=words))
    return tuple(result)


GLUED_BEFORE = frozenset(",.;:!?)]")  # written against the word before
GLUED_AFTER = frozenset("([")  # written against the word after
OPENING_MARKS = frozenset("„‚")  # German low marks always open
CLOSING_MARKS = frozenset("”’")
AMBIGUOUS_MARKS = frozenset(['"', "''", "“", "‘", "`", "``"])  # open or close by what is open


def from_pretokenized(sentences: Sequence[Sequence[str]]) -> tuple[str, tuple[Paragraph, ...], tuple[Sentence, ...]]:
    """Rebuild a text from sentences of tokens (newline between sentences).

    Tokens are written apart by one space, except punctuation against the word before it and quotation marks
    against the words they enclose ("„Wir kommen“, sagte er."), so that the text reads as it was written. The
    given segmentation is kept as it is.  Empty tokens are an error since they cannot have a position in the text.
    """
    parts: list[str] = []
    result = []
    pos = 0
    open_marks: list[str] = []  # quotation marks opened and not yet closed, over sentences
    for s_index, tokens in enumerate(sentences):
        if isinstance(tokens, str):
            raise TypeError("pre-tokenized input is a list of sentences, each a list of token strings")
        words = []
        glue_next = False
        for t_index, tok in enumerate(tokens):
            if not isinstance(tok, str) or not tok or any(c.isspace() for c in tok):
                raise ValueError(f"token {t_index} of sentence {s_index} is not a non-empty str without spaces: {tok!r}")
            role = _mark_role(tok, open_marks, tokens[t_index + 1] if t_index + 1 < len(tokens) else None)
            if t_index and not glue_next and not (tok in GLUED_BEFORE or role == "close"):
                parts.append(" ")
                pos += 1
            glue_next = tok in GLUED_AFTER or role == "open"
            words.append(Token(pos, pos + len(tok), tok))
            parts.append(tok)
            pos += len(tok)
        if words:
            result.append((words[0].start, words[-1].end, words))
        parts.append("\n")
        pos += 1
    text = "".join(parts)[:-1] if parts else ""
    paragraphs = (Paragraph(0, len(text), text),) if text else ()
    sents = tuple(Sentence(s, e, text[s:e], 0, tuple(w)) for s, e, w in result)
    return text, paragraphs, sents


def _mark_role(tok: str, open_marks: list[str], following: str | None) -> str | None:
    """"open" or "close" for a quotation mark token (updating the marks still open), else None; an ambiguous
    mark with no word after it ("'' :") opens nothing and stays apart."""
    if tok in OPENING_MARKS:
        open_marks.append(tok)
        return "open"
    if tok in CLOSING_MARKS or (tok in AMBIGUOUS_MARKS and open_marks and (
            open_marks[-1] in OPENING_MARKS or open_marks[-1] == tok or tok == "“" and open_marks[-1] == "``")):
        if open_marks:
            open_marks.pop()
        return "close"
    if tok in AMBIGUOUS_MARKS and following is not None and following not in GLUED_BEFORE:
        open_marks.append(tok)
        return "open"
    return None
