"""Normalised terms for matching: lower-cased, lemmatised (simplemma), accent-folded, stopwords removed."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

import simplemma

from checker.document import SUPPORTED_LANGUAGES, Document, per_check
from checker.lexicon import load_lexicon

#: A word (letters only) or a year: years name editions and periods ("revenue in 2023").
#: Letters a word's stem must keep before a cognate ending ("city" has no cognate form: « cité » is another word).
COGNATE_STEM = 4
COGNATE_PREFIX = "cognate-"
_WORD = re.compile(r"[^\W\d_]{2,40}|(?<![\d.,])(?:1[89]|20)\d\d(?!\d|[.,]\d)")


class Word(NamedTuple):
    """One word of a text: its normalised forms (surface and lemmas) and where it starts."""

    forms: tuple[str, ...]
    #: One form standing for the word (its lemma): forms of one word score once.
    key: str
    start: int
    end: int
    capitalised: bool
    #: Capitalised where a common word would not be (not first in its text): a name ("le Service météo").
    name: bool = False


@lru_cache(maxsize=200_000)
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


@lru_cache(maxsize=1)
def calendar_words() -> frozenset[str]:
    """Month and weekday names: capitalised in English, but never the name of what a figure is about."""
    found: set[str] = set()
    for language in SUPPORTED_LANGUAGES:
        dates = load_lexicon(language, "dates")
        found.update(fold(word) for part in ("months", "weekdays") for word in dates.get(part, {}))
    return frozenset(found)


@lru_cache(maxsize=1)
def _months() -> dict[str, str]:
    """Full month names of every language -> one form they share ("mars", "March" -> "month-03"), so that
    "inflation en mars" matches "inflation in March"."""
    found: dict[str, str] = {}
    for language in SUPPORTED_LANGUAGES:
        dates = load_lexicon(language, "dates")
        short = {fold(word) for word in dates.get("month_abbreviations", ())}
        for word, number in dates.get("months", {}).items():
            if fold(word) not in short and not word.endswith("."):
                found[fold(word)] = f"month-{int(number):02d}"
    return found


@lru_cache(maxsize=1)
def _families() -> dict[str, str]:
    """Words of one family (lexicons/<lang>/text.yaml ``word_families``) -> one form they share, so that
    "employs 14,200 people" matches a reference on "employees" (« emploie » and « employés » too). Families that
    share a word are one family ("border" is in the English family of "neighbour" and the French one of « voisin »),
    named after the first word of the first of them."""
    found: dict[str, str] = {}
    for language in SUPPORTED_LANGUAGES:
        for family in load_lexicon(language, "text").get("word_families", ()):
            words = [fold(word) for word in family]
            joined = {found[word] for word in words if word in found}
            name = next((found[word] for word in words if word in found), f"family-{words[0]}")
            for word, shared in list(found.items()):
                if shared in joined:
                    found[word] = name
            found.update(dict.fromkeys(words, name))
    return found


@lru_cache(maxsize=1)
def _cognate_endings() -> tuple[tuple[str, str], ...]:
    """(folded ending, shared ending) of every language's ``cognate_endings``, longest first."""
    found = {fold(ending): fold(shared) for language in SUPPORTED_LANGUAGES
             for ending, shared in load_lexicon(language, "text").get("cognate_endings", {}).items()}
    return tuple(sorted(found.items(), key=lambda item: -len(item[0])))


def _cognate(form: str) -> str | None:
    """The form a word shares with its cognate in the other language ("electricity", "electricite" ->
    "cognate-electric-ite"), or None."""
    for ending, shared in _cognate_endings():
        if form.endswith(ending) and len(form) - len(ending) >= COGNATE_STEM and form.isalpha():
            return f"{COGNATE_PREFIX}{form[:-len(ending)]}-{shared}"
    return None


@lru_cache(maxsize=200_000)
def _lemmas(word: str, language: str | None) -> tuple[str, tuple[str, ...]]:
    """The word's key (its lemma in ``language``) and all its forms, stopwords left out."""
    languages = (language,) if language else SUPPORTED_LANGUAGES
    surface = fold(word)
    lemmas = [surface if word.isdigit() else fold(simplemma.lemmatize(word, lang=code)) for code in languages]
    month = _months().get(surface)
    family = [found for form in (surface, *lemmas) if (found := _families().get(form))]
    cognates = [found for form in (surface, *lemmas) if (found := _cognate(form))]
    forms = tuple(sorted(form for form in {surface, *lemmas, *([month] if month else []), *family, *cognates}
                         if form not in _stopwords()))
    key = lemmas[0] if lemmas[0] in forms else (forms[0] if forms else surface)
    return key, forms


@lru_cache(maxsize=1)
def institution_words() -> frozenset[str]:
    """Common nouns written with a capital when they name an institution (« la Région », "the Council",
    lexicons/<lang>/text.yaml ``institution_nouns``): capitalised, yet words saying what a figure is about."""
    return frozenset(fold(word) for language in SUPPORTED_LANGUAGES
                     for word in load_lexicon(language, "text").get("institution_nouns", ()))


@lru_cache(maxsize=200_000)
def _content_word(word: str, language: str | None) -> tuple[tuple[str, ...], str, bool, bool] | None:
    """A word's forms, key, whether it may name something when capitalised (not a month or weekday) and whether
    it is a name inside a sentence (not an institution's common noun); None for a stopword. A capitalised word
    has no cognate form: a name crosses languages through the aliases a reference lists (a "Republic" in a
    thousand subjects is no « République » of the article). Remembered: articles use the same few thousand words
    again and again."""
    folded = fold(word)
    if folded in _stopwords():
        return None
    key, forms = _lemmas(word.lower(), language)
    if word[:1].isupper():
        forms = tuple(form for form in forms if not form.startswith(COGNATE_PREFIX))
    nameable = folded not in calendar_words()
    return (forms, key, nameable, nameable and folded not in institution_words()) if forms else None


def words(text: str, language: str | None = None, offset: int = 0) -> list[Word]:
    """The content words of ``text`` in order, offsets shifted by ``offset``; stopwords left out."""
    result: list[Word] = []
    first = None
    for match in _WORD.finditer(text):
        word = match.group(0)
        start = match.start()
        if first is None:
            first = start
        found = _content_word(word, language)
        if found is not None:
            forms, key, nameable, proper = found
            capitalised = nameable and word[0].isupper()
            result.append(Word(forms, key, offset + start, offset + match.end(), capitalised,
                               capitalised and proper and start != first))
    return result


@lru_cache(maxsize=50_000)
def phrase_words(text: str, language: str | None = None) -> tuple[Word, ...]:
    """The words of a short phrase (a counted noun phrase), remembered: the same phrases come back."""
    return tuple(words(text, language))


@per_check
def sentence_words(document: Document) -> tuple[tuple[Word, ...], ...]:
    """The content words of each sentence of ``document``, in its own language, read once for the matcher and
    every rule of one check (only the article being checked is kept)."""
    return tuple(tuple(words(document.text[sentence.start:sentence.end], sentence.language, sentence.start))
                 for sentence in document.sentences)


def terms(text: str, language: str | None = None) -> list[str]:
    """Terms of ``text`` in order; with no ``language`` every supported language's lemma is kept."""
    return [form for word in words(text, language) for form in word.forms]


def terms_with_offsets(text: str, language: str, offset: int = 0) -> list[tuple[str, int]]:
    """(term, character offset of its word) pairs, offsets shifted by ``offset``."""
    return [(form, word.start) for word in words(text, language, offset) for form in word.forms]


@lru_cache(maxsize=8)
def event_verbs(language: str) -> dict[str, frozenset[str]]:
    """Each form of a verb saying an event happened -> the forms of the nouns naming that event
    (lexicons/<lang>/dates.yaml, ``event_verbs``: "achevé" -> clôture, fin)."""
    found: dict[str, frozenset[str]] = {}
    for verb, nouns in load_lexicon(language, "dates").get("event_verbs", {}).items():
        named = frozenset(form for noun in nouns for form in terms(noun, language))
        for form in terms(verb, language):
            found[form] = found.get(form, frozenset()) | named
    return found


@lru_cache(maxsize=8)
def event_nouns(language: str) -> frozenset[str]:
    """The forms of every noun naming an event an event verb says happened (``event_verbs``)."""
    return frozenset().union(*event_verbs(language).values())
