"""Document: the text to check, its language, its publication date and its sentences."""

from __future__ import annotations

import datetime as dt
import re
import threading
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache, wraps
from typing import TypeVar

from checker.lexicon import load_lexicon

SUPPORTED_LANGUAGES = ("en", "fr")
_Read = TypeVar("_Read")
#: Characters read from the start and from the middle of a text to tell its language (~0.5 ms).
DETECTION_SAMPLE = 600
#: Below this confidence for the whole text, each sentence gets its own language.
MIXED_TEXT_CONFIDENCE = 0.9

# A sentence ends at . ! ? or … (maybe inside a closing quote or bracket, « … » with its no-break space)
# followed by space(s) and an upper-case letter,
# a digit or an opening quote (« then a no-break space, in French). Abbreviations are checked afterwards in code,
# so the pattern itself stays linear.
_SENTENCE_END = re.compile(
    r"[.!?…]+(?:[\u00a0\u202f ]?[»\"'”’)\]])?[ \t\u00a0\u202f]*(?:[\r\n]+[ \t]*|[ \t\u00a0\u202f]+)"
    r"(?=[\"«“(\[]?[\u00a0\u202f ]?[A-ZÀ-ÖØ-Þ0-9])"
)
_PARAGRAPH = re.compile(r"\r?\n[ \t]*\r?\n")
_WORD_BEFORE = re.compile(r"(\S+)$")


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    language: str


@dataclass(frozen=True)
class Document:
    """The article as the pipeline sees it. Build it with :func:`make_document`."""

    text: str
    language: str
    published_at: dt.date | None
    sentences: tuple[Sentence, ...] = field(repr=False)
    language_detected: bool = False
    #: The headline: not checked, but it names the story's subject as the lead does.
    title: str | None = None

    def sentence_at(self, offset: int) -> Sentence:
        """The sentence holding character ``offset`` (the last one if past the end)."""
        return self.sentences[max(0, bisect_right(self._sentence_starts, offset) - 1)]

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [sentence.start for sentence in self.sentences]

    @property
    def anchor(self) -> dt.date:
        """The date relative expressions resolve against."""
        return self.published_at or dt.datetime.now(dt.UTC).date()


@lru_cache(maxsize=1)
def _detector():
    from lingua import Language, LanguageDetectorBuilder

    languages = [Language.from_iso_code_639_1(_iso(code)) for code in SUPPORTED_LANGUAGES]
    return LanguageDetectorBuilder.from_languages(*languages).with_preloaded_language_models().build()


def _iso(code: str):
    from lingua import IsoCode639_1

    return getattr(IsoCode639_1, code.upper())


def warm_up() -> None:
    """Load the language models now (at worker start) rather than on the first request."""
    _detector()
    for code in SUPPORTED_LANGUAGES:
        load_lexicon(code, "text")


def detect_language(text: str, default: str = "en") -> tuple[str, float]:
    """The most likely supported language of ``text`` and its confidence (0..1)."""
    sample = text
    if len(text) > 2 * DETECTION_SAMPLE:
        middle = len(text) // 2
        sample = text[:DETECTION_SAMPLE] + " " + text[middle:middle + DETECTION_SAMPLE]
    if not re.search(r"[^\W\d_]{2,}", sample):
        return default, 0.0
    confidences = _detector().compute_language_confidence_values(sample)
    if not confidences:
        return default, 0.0
    best = confidences[0]
    return best.language.iso_code_639_1.name.lower(), best.value


def _is_abbreviation(text: str, dot: int, abbreviations: frozenset[str]) -> bool:
    match = _WORD_BEFORE.search(text, max(0, dot - 20), dot)
    if not match:
        return False
    word = match.group(1).lstrip("(\"'«“")
    return word.lower() in abbreviations or (len(word) == 1 and word.isalpha())


def split_sentences(text: str, language: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end) covering ``text``; abbreviations do not end a sentence."""
    abbreviations = frozenset(load_lexicon(language, "text").get("abbreviations", ()))
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        if match.group(0).startswith(".") and _is_abbreviation(text, match.start(), abbreviations):
            if "\n" not in match.group(0) and "\r" not in match.group(0):
                continue
        spans.append((start, match.end()))
        start = match.end()
    if start < len(text) or not spans:
        spans.append((start, len(text)))
    return _split_on_paragraphs(text, spans)


def _split_on_paragraphs(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    result: list[tuple[int, int]] = []
    for start, end in spans:
        cursor = start
        for para in _PARAGRAPH.finditer(text, start, end):
            result.append((cursor, para.end()))
            cursor = para.end()
        if cursor < end or cursor == start:
            result.append((cursor, end))
    return result


def make_document(
    text: str, language: str | None = None, published_at: dt.date | None = None, title: str | None = None
) -> Document:
    """Build a Document, detecting the language (and per-sentence languages) if not given; the title (headline)
    is read for the names it gives, never checked."""
    detected = language is None
    confidence = 1.0
    if language is None:
        language, confidence = detect_language(text)
    if language not in SUPPORTED_LANGUAGES:
        raise ValueError(f"unsupported language {language!r}; supported: {', '.join(SUPPORTED_LANGUAGES)}")
    spans = split_sentences(text, language)
    sentences = []
    for index, (start, end) in enumerate(spans):
        sentence_language = language
        if confidence < MIXED_TEXT_CONFIDENCE and end - start >= 40:
            sentence_language, _ = detect_language(text[start:end], default=language)
        sentences.append(Sentence(index, start, end, sentence_language))
    return Document(text, language, published_at, tuple(sentences), language_detected=detected, title=title or None)


def per_check(read: Callable[[Document], _Read]) -> Callable[[Document], _Read]:
    """Remember what ``read`` gives for the document being checked (the last one seen, per thread), so that the
    matcher and every rule share one reading. Keyed on the document's identity: hashing a document (its text
    and every sentence) would cost as much as some readings."""
    last = threading.local()

    @wraps(read)
    def remembered(document: Document) -> _Read:
        if getattr(last, "document", None) is not document:
            last.value = read(document)
            last.document = document
        return last.value

    return remembered
