"""Normalised terms for matching: lower-cased, lemmatised (simplemma), accent-folded, stopwords removed."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import simplemma

from checker.document import SUPPORTED_LANGUAGES
from checker.lexicon import load_lexicon

_WORD = re.compile(r"[^\W\d_]{2,40}")


def fold(text: str) -> str:
    """Lower-case and strip accents: "Élection" -> "election"."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    words: set[str] = set()
    for language in SUPPORTED_LANGUAGES:
        words.update(fold(word) for word in load_lexicon(language, "text").get("stopwords", ()))
    return frozenset(words)


@lru_cache(maxsize=200_000)
def _lemmas(word: str, language: str | None) -> tuple[str, ...]:
    languages = (language,) if language else SUPPORTED_LANGUAGES
    forms = {fold(word)}
    for code in languages:
        forms.add(fold(simplemma.lemmatize(word, lang=code)))
    return tuple(sorted(form for form in forms if form not in _stopwords()))


def terms(text: str, language: str | None = None) -> list[str]:
    """Terms of ``text`` in order; with no ``language`` every supported language's lemma is kept."""
    return [term for term, _ in terms_with_offsets(text, language)]


def terms_with_offsets(text: str, language: str, offset: int = 0) -> list[tuple[str, int]]:
    """(term, character offset of its word) pairs, offsets shifted by ``offset``."""
    result: list[tuple[str, int]] = []
    for match in _WORD.finditer(text):
        word = match.group(0)
        if fold(word) in _stopwords():
            continue
        result.extend((term, offset + match.start()) for term in _lemmas(word.lower(), language))
    return result
