"""What a number counts: the noun phrase right after it ("artillery shells", "obus d'artillerie")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from checker.lexicon import load_lexicon
from checker.parse.patterns import OPT_SP, SP, alternation

_WORD = r"(?P<word>[^\W\d_][\w'’-]{0,40})"
_NEXT_WORD = re.compile(r"[^\S\r\n]{1,3}" + _WORD)
_BARE_WORD = re.compile(_WORD)
#: Endings of plural nouns and adjectives in head-first languages ("sondés", "travaux"): an adjective
#: after a plural head takes one ("sondés approuve": "approuve" is a verb).
_PLURAL_MARKS = ("s", "x")


@dataclass(frozen=True)
class _Grammar:
    link: re.Pattern[str]
    complement: re.Pattern[str]
    stop_words: frozenset[str]
    irregular_plurals: frozenset[str]
    not_plurals: frozenset[str]
    prenominal: frozenset[str]
    verb_endings: tuple[str, ...]
    not_verbs: frozenset[str]
    singular_verbs: frozenset[str]
    head_first: bool
    link_required: bool
    max_words: int
    max_adjectives: int
    partitive_pronoun: re.Pattern[str]
    singular_links: frozenset[str]
    containers: frozenset[str]
    container_link: re.Pattern[str]


def _link_regex(words: list[str]) -> str:
    """A space, then one of ``words``; elided forms ("d'") glue to the next word, others take a space."""
    elided = [w for w in words if w.endswith(("'", "’"))]
    spaced = [w for w in words if w not in elided]
    return (
        rf"{SP}(?:{alternation(spaced, ignore_case=True)}{SP}"
        rf"|{alternation(elided, ignore_case=True)}{OPT_SP})(?=[^\W\d_])"
    )


@cache
def _grammar(language: str) -> _Grammar:
    data = load_lexicon(language, "numbers")["counted"]
    return _Grammar(
        link=re.compile(_link_regex(data["links"])),
        complement=re.compile(_link_regex(data.get("complement_links") or []) + _WORD),
        stop_words=frozenset(w.lower() for w in data["stop_words"]),
        irregular_plurals=frozenset(w.lower() for w in data.get("irregular_plurals") or []),
        not_plurals=frozenset(w.lower() for w in data.get("not_plurals") or []),
        prenominal=frozenset(w.lower() for w in data.get("prenominal") or []),
        verb_endings=tuple(data.get("verb_endings") or ()),
        not_verbs=frozenset(w.lower() for w in data.get("not_verbs") or []),
        singular_verbs=frozenset(w.lower() for w in data.get("singular_verbs") or []),
        head_first=bool(data.get("head_first")),
        link_required=bool(data.get("link_required")),
        max_words=int(data.get("max_words", 4)),
        max_adjectives=int(data.get("max_adjectives", 1)),
        partitive_pronoun=re.compile(rf"{SP}{alternation(data.get('partitive_pronouns') or [], ignore_case=True)}"
                                     r"(?![^\W\d_])"),
        singular_links=frozenset(w.lower() for w in data.get("singular_links") or []),
        containers=frozenset(w.lower() for w in data.get("containers") or []),
        container_link=re.compile(_link_regex(data.get("container_links") or [])),
    )


def counted_after(
    text: str,
    pos: int,
    end: int,
    language: str,
    *,
    linked: bool,
    link_required: bool = False,
    singular: bool = False,
    plural: bool = False,
) -> str | None:
    """The noun phrase the figure ending at ``pos`` quantifies, or None.

    ``linked`` allows a linking word first ("millions of people", "une dizaine de
    morts", "la moitié des électeurs"); plain counts take the words right after them.
    ``link_required`` is for quantities: "500 tonnes of grain" counts grain, "10 km south" nothing
    (some languages require the link after every linked figure: "un tiers estime" counts nothing).
    ``singular`` is for figures a verb may agree with in the singular ("one in ten lives in poverty");
    ``plural`` for figures that count a plural when no link comes first ("6 in 10 disapprove", "the
    10 richest own" count nothing, "300 soldiers" do).
    """
    grammar = _grammar(language)
    if grammar.partitive_pronoun.match(text, pos, end):
        return None  # « neuf d'entre eux »: a part of a group named before, no noun of its own
    first = _NEXT_WORD
    link = None
    if linked:
        link = grammar.link.match(text, pos, end)
        if link and plural and " ".join(link.group(0).lower().split()) in grammar.singular_links:
            return None  # « 3,1 millions du ministère »: a singular noun says whose or from where, not what is counted
        if link:
            pos, first = link.end(), _BARE_WORD
        elif link_required or grammar.link_required:
            return None
    words = list(_words(text, pos, end, grammar.max_words, first))
    if grammar.head_first:
        span = _head_first(text, words, end, grammar)
    else:
        span = _head_last(words, grammar, singular=singular, plural=plural and link is None)
        if span and text[span[0]:span[1]].split()[-1].lower() in grammar.containers:
            span = _contents(text, span, end, grammar)
    return text[span[0] : span[1]] if span else None


def _contents(text: str, span: tuple[int, int], end: int, grammar: _Grammar) -> tuple[int, int]:
    """A noun counting cases of something takes what follows its link: "17 cases of death-cap poisoning" counts
    death-cap poisonings (``containers``, ``container_links``), not cases of anything."""
    link = grammar.container_link.match(text, span[1], end)
    if not link:
        return span
    taken = []
    for word in _words(text, link.end(), end, grammar.max_words, _BARE_WORD):
        if word[2].lower() in grammar.stop_words:
            break
        taken.append(word)  # "poisoning" is a noun here, whatever its ending
        if _is_plural(word[2].lower(), grammar):
            break
    return (span[0], taken[-1][1]) if taken else span


def _words(text: str, pos: int, end: int, limit: int, first: re.Pattern[str]):
    pattern = first
    for _ in range(limit):
        match = pattern.match(text, pos, end)
        if not match:
            return
        yield match.start("word"), match.end("word"), match.group("word")
        pos, pattern = match.end(), _NEXT_WORD


def _head_last(
    words: list[tuple[int, int, str]], grammar: _Grammar, *, singular: bool, plural: bool
) -> tuple[int, int] | None:
    """English: modifiers then the head noun; a plural closes the phrase ("senior officials"), and
    must close it when ``plural``.

    After a singular figure a verb in -s is no plural noun: "one in ten lives in poverty".
    """
    taken: list[tuple[int, int, str]] = []
    closed = False
    for position, word in enumerate(words):
        lowered = word[2].lower()
        if lowered in grammar.stop_words or (singular and lowered in grammar.singular_verbs):
            break
        if _possessor(lowered, words[position + 1:], grammar):
            taken.append((word[0], word[1] - 1, word[2][:-1]))
            closed = True
            break
        taken.append(word)
        if _is_plural(lowered, grammar):
            closed = True
            break
    if plural and not closed:
        return None  # "the 10 richest own", "6 in 10 disapprove": no plural noun, so a verb or adjective
    while taken and _verb_like(taken[-1][2].lower(), grammar):
        taken.pop()  # "300 died", "500 fleeing": a verb, not a noun
    return (taken[0][0], taken[-1][1]) if taken else None


def _head_first(text: str, words: list[tuple[int, int, str]], end: int, grammar: _Grammar) -> tuple[int, int] | None:
    """French: the head noun, one "de"-complement without article, then an adjective."""
    if not words:
        return None
    index = 0
    if words[0][2].lower() in grammar.prenominal and len(words) > 1:
        following = words[1][2].lower()
        # « neuf jeunes ont été formés »: before a function word or a verb the adjective is the noun itself
        if following not in grammar.stop_words and not _verb_like(following, grammar):
            index = 1
        else:
            return words[0][0], words[0][1]
    head = words[index]
    if head[2].lower() in grammar.stop_words:
        return None
    start, stop = words[0][0], head[1]
    complement = grammar.complement.match(text, stop, end)
    if complement and complement.group("word").lower() not in grammar.stop_words:
        stop = complement.end("word")
    plural_head = head[2].lower().endswith(_PLURAL_MARKS)
    for word in _words(text, stop, end, grammar.max_adjectives, _NEXT_WORD):
        lowered = word[2].lower()
        if (
            lowered in grammar.stop_words
            or _verb_like(lowered, grammar)
            or word[2][0].isupper()
            or "'" in lowered
            or "’" in lowered
            or (plural_head and not lowered.endswith(_PLURAL_MARKS))
        ):
            break  # not an adjective: a function word, a verb, a name, an elided "d'ici", or no agreement
        stop = word[1]
    return start, stop


def _possessor(word: str, following: list[tuple[int, int, str]], grammar: _Grammar) -> bool:
    """A plural possessive before a singular noun is what the figure counts: "the two households' letter" is
    one letter of two households ("three farmers' markets" counts markets)."""
    if not word.endswith(("'", "’")) or not _is_plural(word[:-1], grammar):
        return False
    return not following or not _is_plural(following[0][2].lower(), grammar)


def _verb_like(word: str, grammar: _Grammar) -> bool:
    """Does the lower-cased word end like a verb or participle ("tués", "sont"), and is it no noun so ending
    ("recrues", "rues": ``not_verbs``)?"""
    return word.endswith(grammar.verb_endings) and word not in grammar.not_verbs


def is_plural_noun(word: str, language: str) -> bool:
    """Whether ``word`` reads as a plural noun ("people", "tonnes"), not a stop word."""
    grammar = _grammar(language)
    lowered = word.lower()
    return lowered not in grammar.stop_words and _is_plural(lowered, grammar)


#: The shortest irregular plural ending a compound ("grandchildren", "fishermen", "firewomen").
COMPOUND_PLURAL_ENDINGS = ("children", "men", "women", "people")


def _compound_plural(word: str, irregular: frozenset[str]) -> bool:
    """Does the word end in an irregular plural after a word of its own ("grandchildren", "fishermen")? Only the
    plurals of people (``COMPOUND_PLURAL_ENDINGS``): "omen" or "specimen" end in "men" too, after no word."""
    return any(word.endswith(ending) and ending in irregular and len(word) - len(ending) >= 3
               for ending in COMPOUND_PLURAL_ENDINGS)

def _is_plural(word: str, grammar: _Grammar) -> bool:
    if word in grammar.irregular_plurals or _compound_plural(word, grammar.irregular_plurals):
        return True
    return len(word) > 2 and word.endswith("s") and not word.endswith("ss") and word not in grammar.not_plurals
