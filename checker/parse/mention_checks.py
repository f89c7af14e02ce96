"""The checks a not-claim candidate must pass, read around its match: hours, phones, scores, ages, names."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from checker.lexicon import load_lexicon
from checker.parse.counted import is_plural_noun
from checker.parse.numeric_lexicon import NumericLexicon, numeric_lexicon
from checker.parse.patterns import SP, WORD_END, words

_DIGIT_GROUP = re.compile(r"\d+")
_MIN_PHONE_DIGITS = 2
_MAX_PHONE_DIGITS = 15
_LAST_HOUR = 23
#: How far back (characters, within the sentence) a score word is looked for: "won their opening game 3-1".
_SCORE_WINDOW = 60
_CUE_WINDOW = 30
_LONGEST_NAME = 40
#: Around an ordinal, how far an exception phrase ("First Lady", "less than a second") may reach.
_EXCEPTION_REACH = 25
_SENTENCE_MARKS = ".!?;"
_WORD_BEFORE = re.compile(r"[^\W\d_][\w'’-]*\Z")
#: "John Smith, 62,": the comma and space before an age.
_COMMA_BEFORE = ", "


@dataclass(frozen=True)
class CheckPatterns:
    """What the checks of one language read around a match."""

    ordinal_denominators: frozenset[str]
    fraction_numerators: re.Pattern[str]
    number_before: re.Pattern[str]
    ordinal_exceptions: re.Pattern[str]
    ordinal_noun_after: re.Pattern[str]
    not_identifier_prefixes: frozenset[str]
    #: "a mis 2 h 30", "3h30 de débat": words before or after hours and minutes that make them a duration.
    duration_before: re.Pattern[str]
    duration_after: re.Pattern[str]
    score_before: re.Pattern[str]
    score_after: re.Pattern[str]
    age_name_words: frozenset[str]
    age_of_before: re.Pattern[str]


@cache
def check_patterns(language: str) -> CheckPatterns:
    data = load_lexicon(language, "numbers")
    units = load_lexicon(language, "units")
    time, ordinals, scores = data["time"], data["ordinals"], data.get("scores") or {}
    numerators = words(data.get("fraction_numerators") or {}, word_start=True)
    currency_codes = {str(code).lower() for code in units.get("currencies") or {}}
    age_of = data.get("age_of") or {}
    return CheckPatterns(
        ordinal_denominators=frozenset(str(k).lower() for k in data.get("fraction_denominators") or {}),
        fraction_numerators=re.compile(rf"(?:{numerators}|\d{{1,2}})(?:{SP}|-)\Z"),
        number_before=re.compile(rf"(?:\d|{words(data['number_words'])}){SP}\Z"),
        ordinal_exceptions=re.compile(rf"{words(ordinals.get('exceptions') or [], word_start=True)}{WORD_END}"),
        ordinal_noun_after=re.compile(rf"{SP}{words(ordinals.get('nouns_after') or [])}{WORD_END}"),
        not_identifier_prefixes=frozenset(w.lower() for w in data["identifiers"].get("not_prefixes") or [])
        | currency_codes,
        duration_before=re.compile(rf"{words(time.get('hour_mark_durations_before') or [], word_start=True)}{SP}\Z"),
        duration_after=re.compile(rf"{SP}{words(time.get('hour_word_durations') or [])}(?:(?<=['’])|{WORD_END})"),
        score_before=re.compile(rf"{words(scores.get('before') or [], word_start=True)}{WORD_END}"),
        score_after=re.compile(rf"(?:{SP}[^\W\d_]+)?{SP}{words(scores.get('after') or [])}{WORD_END}"),
        age_name_words=frozenset(w.lower() for w in data.get("age_between_commas_after") or []),
        age_of_before=re.compile(
            rf"{words(age_of.get('after') or [], word_start=True)}{SP}{words(age_of.get('links') or [])}{SP}\Z"
        ),
    )


@dataclass(frozen=True)
class Context:
    """A run of text being scanned for not-claims, and what the checks read around a match."""

    text: str
    low: str
    floor: int
    patterns: CheckPatterns
    lex: NumericLexicon

    @classmethod
    def of(cls, text: str, low: str, floor: int, language: str) -> Context:
        return cls(text, low, floor, check_patterns(language), numeric_lexicon(language))


def passes(check: str, match: re.Match[str], span: tuple[int, int], context: Context) -> bool:
    """Whether the candidate ``match`` (its mention: ``span``) passes ``check`` (see the finders)."""
    if check in ("hour", "clock"):
        written = match.group("hour")
        if written is None:
            return True  # a spelled hour
        value = int(written)
        return value <= _LAST_HOUR if check == "hour" else 1 <= value <= 12
    if check == "hour_mark":
        return int(match.group("hour")) <= _LAST_HOUR and not _is_duration(span, context)
    if check == "phone":
        return _is_phone(match.group(0))
    if check == "phone_cue":
        return not _counts_something(span[1], context)  # "call 911", not "call 20 witnesses"
    if check == "score":
        return _is_score(span, context)
    if check == "age_name":
        return _names_a_person(span[0], context)
    if check == "age_of":
        window = max(context.floor, span[0] - _CUE_WINDOW)
        return context.patterns.age_of_before.search(context.low, window, span[0]) is not None
    if check == "glued":
        return _is_identifier_name(match.group("prefix"), context.patterns)
    if check == "dotted":
        return not all(len(part) == 3 for part in match.group(0).split(".")[1:])  # "1.000.000" is a number
    if check == "roman":
        return len(match.group("roman")) > 1 or match.group("roman") in "IVX"
    if check == "roman_name":
        return len(match.group("roman")) > 1 or match.group("roman") in ("V", "X")
    return _is_ordinal(span, context)


def _is_duration(span: tuple[int, int], context: Context) -> bool:
    """ "a mis 2 h 30", "pendant 1h30", "3h30 de débat": hours and minutes of a duration."""
    patterns = context.patterns
    if patterns.duration_after.match(context.low, span[1]):
        return True
    window = max(context.floor, span[0] - _CUE_WINDOW)
    return patterns.duration_before.search(context.low, window, span[0]) is not None


def _is_phone(written: str) -> bool:
    """ "+33 1 42 68 53 00" is a phone number; "+15 000 000" (groups of three digits) is a figure."""
    groups = _DIGIT_GROUP.findall(written)
    digits = sum(len(group) for group in groups)
    if not _MIN_PHONE_DIGITS <= digits <= _MAX_PHONE_DIGITS:
        return False
    return not (written.startswith("+") and len(groups) > 2 and all(len(group) == 3 for group in groups[1:]))


def _measures_something(end: int, context: Context) -> bool:
    """A unit, percent, scale word or plural noun follows ``end``: "20 witnesses", "3-5 kg", "20-30%"."""
    lex = context.lex
    return bool(
        lex.scale_after.match(context.low, end)
        or lex.unit_after.match(context.text, end)
        or _counts_something(end, context)
    )


def _counts_something(end: int, context: Context) -> bool:
    """A percent or a plural noun follows ``end``: "20 witnesses", "20%"."""
    lex = context.lex
    if lex.percent_after.match(context.low, end):
        return True
    following = lex.word_after.match(context.low, end)
    return bool(following) and is_plural_noun(following.group("word"), lex.language)


def _is_score(span: tuple[int, int], context: Context) -> bool:
    """ "won 3-1", "a 2-0 win", "voted 52-48", "s'est imposé 2 à 0"; not "won 20-30 seats"."""
    if context.patterns.score_after.match(context.low, span[1]):
        return True
    if _measures_something(span[1], context):
        return False
    window_start = max(context.floor, span[0] - _SCORE_WINDOW)
    sentence_start = max(context.low.rfind(mark, window_start, span[0]) for mark in _SENTENCE_MARKS)
    return context.patterns.score_before.search(context.low, max(window_start, sentence_start + 1), span[0]) is not None


def _names_a_person(start: int, context: Context) -> bool:
    """ "John Smith, 62," and "the driver, 45,": a capitalised name or a person word before the comma."""
    comma = start - len(_COMMA_BEFORE)
    if comma <= context.floor or context.text[comma:start] != _COMMA_BEFORE:
        return False
    before = _WORD_BEFORE.search(context.text, max(context.floor, comma - _LONGEST_NAME), comma)
    if before is None:
        return False
    word = before.group(0)
    return word[0].isupper() or word.lower() in context.patterns.age_name_words


def _is_identifier_name(prefix: str, patterns: CheckPatterns) -> bool:
    # One letter keeps its case: "B-52", "T-72" are names, "t5" or "b2" are not.
    return (prefix.lower() if len(prefix) > 1 else prefix) not in patterns.not_identifier_prefixes


def _is_ordinal(span: tuple[int, int], context: Context) -> bool:
    low, patterns = context.low, context.patterns
    word = low[span[0] : span[1]]
    window = max(context.floor, span[0] - 20)
    if word in patterns.ordinal_denominators and patterns.fraction_numerators.search(low, window, span[0]):
        # "a third", "un cinquième": a fraction; "a third term", "un cinquième mandat": an ordinal
        return patterns.ordinal_noun_after.match(low, span[1]) is not None
    if patterns.number_before.search(low, window, span[0]):
        return False  # "one second", "30 seconds": a unit
    reach = max(context.floor, span[0] - _EXCEPTION_REACH)
    for exception in patterns.ordinal_exceptions.finditer(low, reach, span[1] + _EXCEPTION_REACH):
        if exception.start() < span[1] and span[0] < exception.end():
            return False  # "First Lady", "Premier ministre", "less than a second"
    return True
