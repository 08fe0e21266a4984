"""quoteattr: who said what in German and English text.

>>> import quoteattr
>>> doc = quoteattr.attribute("„Wir kommen“, erklärte der Minister.", lang="de")   # doctest: +SKIP
>>> [(q.text, q.speaker.text, q.cue.text) for q in doc.quotes]                     # doctest: +SKIP
[('Wir kommen', 'der Minister', 'erklärte')]
"""

from quoteattr.api import Attributor, attribute
from quoteattr.langdetect import detect_language
from quoteattr.model import (
    Anomaly, Cue, Document, Entity, Mention, Paragraph, Quote, QuoteSpan, Sentence, Span, Token, read_jsonl, write_jsonl,
)
from quoteattr.pipeline import ModelsUnavailableError, load_pipeline
from quoteattr.quotes import find_quotes
from quoteattr.render import render_html
from quoteattr.tables import to_dataframe

__version__ = "0.1.0"

__all__ = [
    "Anomaly", "Attributor", "Cue", "Document", "Entity", "Mention", "ModelsUnavailableError", "Paragraph", "Quote",
    "QuoteSpan", "Sentence", "Span", "Token", "attribute", "detect_language", "find_quotes", "load_pipeline",
    "read_jsonl", "render_html", "to_dataframe", "write_jsonl", "__version__",
]
