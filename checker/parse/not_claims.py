"""Numbers that are not claims: times of day, phone numbers, addresses, identifiers and ordinals."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from checker.lexicon import load_lexicon
from checker.parse.patterns import OPT_SP, SP, WORD_END, alternation, guarded, words

#: What may not come right before a number: a letter or digit, or a digit mark ("1.5", "10:30").
_NOT_BEFORE_DIGITS = r"[\w.,:/]"
_DIGIT = rf"\d(?<!{_NOT_BEFORE_DIGITS}\d)"


@dataclass(frozen=True)
class Mention:
    """A span the parser keeps visible with its not-claim kind."""

    start: int
    end: int
    kind: str


@dataclass(frozen=True)
class _Finder:
    kind: str
    pattern: re.Pattern[str]
    #: Run on the lower-cased text (word lists) or on the text as written (case matters).
    lowered: bool = False
    #: Group holding the span (None: the whole match).
    span: str | None = None
    #: A check in code: "hour" (0-23), "clock" (1-12), "glued", "dotted", "roman", "ordinal".
    check: str | None = None


@dataclass(frozen=True)
class _Patterns:
    finders: tuple[_Finder, ...]  # in priority order: the first to claim a span keeps it
    ordinal_denominators: frozenset[str]
    fraction_numerators: re.Pattern[str]
    number_before: re.Pattern[str]
    ordinal_exceptions: re.Pattern[str]
    not_identifier_prefixes: frozenset[str]


@cache
def _patterns(language: str) -> _Patterns:
    data = load_lexicon(language, "numbers")
    units = load_lexicon(language, "units")
    time = data["time"]
    hour = rf"(?P<hour>{_DIGIT}\d?)"
    minute = r"[0-5]\d"
    finders: list[_Finder] = []

    for fmt in data.get("phone_formats") or []:
        finders.append(_Finder("phone", re.compile(rf"{guarded(fmt, _NOT_BEFORE_DIGITS)}(?![\w])")))

    am_pm = rf"{OPT_SP}{words(time.get('am_pm') or [])}(?:(?<=\.)|{WORD_END})"
    clock = rf"{hour}:{minute}(?::{minute})?(?!\d)(?:{am_pm})?"
    finders.append(_Finder("time", re.compile(clock), lowered=True, check="hour"))
    if time.get("am_pm"):
        finders.append(_Finder("time", re.compile(rf"{hour}(?:[.:]{minute})?{am_pm}"), lowered=True, check="clock"))
    if time.get("oclock"):
        oclock = rf"{SP}{words(time['oclock'])}{WORD_END}"
        finders.append(_Finder("time", re.compile(rf"{hour}{oclock}"), lowered=True, check="hour"))
        spelled = words(time.get("hour_words_spelled") or [], word_start=True)
        finders.append(_Finder("time", re.compile(rf"{spelled}{oclock}"), lowered=True))
    if time.get("zones"):
        zones = rf"(?={SP}{alternation(time['zones'])}{WORD_END})"
        finders.append(_Finder("time", re.compile(rf"(?P<hour>{_DIGIT}\d){minute}{zones}"), check="hour"))
    if time.get("hour_marks"):
        # "14h30", "14 h 30" are times; "14h" alone only after a time word ("à 14h", "vers 8 h")
        # or in a span of hours ("de 8h à 18h", "8h-18h"): "pendant 3 h", "48h" are durations.
        marks = words(time["hour_marks"])
        finders.append(
            _Finder("time", re.compile(rf"{hour}{OPT_SP}{marks}{OPT_SP}{minute}(?!\d)"), lowered=True, check="hour")
        )
        bare = rf"(?P<span>(?P<hour>\d\d?){OPT_SP}{marks}){WORD_END}"
        cues = words(time.get("hour_mark_cues") or [], word_start=True)
        link = rf"(?:[-–]|{SP}{words(time.get('hour_span_links') or [])}{SP})"
        then = rf"(?={OPT_SP}{link}{OPT_SP}\d\d?{OPT_SP}{marks}{WORD_END})"
        for pattern in (
            rf"{cues}{SP}{bare}",
            rf"[-–]{OPT_SP}{bare}",
            rf"(?P<span>(?P<hour>{_DIGIT}\d?){OPT_SP}{marks}){WORD_END}{then}",
        ):
            finders.append(_Finder("time", re.compile(pattern), lowered=True, span="span", check="hour"))
    if time.get("hour_words"):
        cues = words(time.get("hour_word_cues") or [], word_start=True)
        spelled = words(time.get("hour_words_spelled") or [])
        hour_words = words(time["hour_words"])
        pattern = (
            rf"{cues}(?:{SP}|(?<=['’])){OPT_SP}"
            rf"(?P<span>(?:(?P<hour>\d\d?)|{spelled}){SP}{hour_words}(?:{SP}{minute}(?!\d))?){WORD_END}"
        )
        finders.append(_Finder("time", re.compile(pattern), lowered=True, span="span", check="hour"))

    streets = data["address"]
    street_words = alternation(streets["street_words"], ignore_case=streets.get("street_words_any_case", False))
    name = r"(?:[dlDL]['’])?[A-ZÀ-ÖØ-Þ][\w'’-]{0,40}"
    if streets.get("street_word_first"):
        connectors = alternation(streets.get("connectors") or [], ignore_case=True)
        address = (
            rf"{_DIGIT}\d{{0,3}}(?:{OPT_SP}(?:bis|ter|[A-Za-z])(?![\w]))?,?{SP}{street_words}"
            rf"(?:{SP}(?:{connectors}{SP}){{0,2}}{name}){{1,5}}"
        )
    else:
        address = rf"{_DIGIT}\d{{0,4}}[A-Za-z]?(?:{SP}{name}){{1,4}}?{SP}{street_words}(?:(?<=\.)|{WORD_END})"
    finders.append(_Finder("address", re.compile(address)))

    identifiers = data["identifiers"]
    literals = words(identifiers.get("literals") or [], word_start=True)
    finders.append(_Finder("identifier", re.compile(rf"{literals}(?![\w/])"), lowered=True))
    dotted = r"\d(?<![\w.,]\d)\d{0,2}(?:\.\d{1,3}){2,}(?![\w]|\.\d)"
    finders.append(_Finder("identifier", re.compile(dotted), check="dotted"))
    finders.append(_Finder("identifier", re.compile(r"\d(?<![\w.,]\d)\d{9,}(?![\w])")))
    # Letters glued to digits: "G7", "F-16", "MH17", "COVID-19", "H5N1", "PM2.5", "B-52s"; names start
    # with a capital, or are known lower-case prefixes ("covid-19").
    digits_after = r"-?\d{1,5}(?:\.\d{1,2})?(?:[A-Za-z]{1,4}\d{0,4}){0,3}(?:-\d{1,4}[A-Za-z]{0,3})?(?![\w])"
    glued = rf"(?P<prefix>[A-Z](?<![\w-][A-Z])[A-Za-z]{{0,7}}){digits_after}"
    finders.append(_Finder("identifier", re.compile(glued), check="glued"))
    lowercase = words(identifiers.get("lowercase_prefixes") or [], word_start=True)
    finders.append(_Finder("identifier", re.compile(rf"(?P<prefix>{lowercase}){digits_after}"), lowered=True))

    ordinals = data["ordinals"]
    ordinal_words = words(ordinals["words"])
    tens = words(ordinals.get("tens") or [], word_start=True)
    joiner = words(ordinals.get("tens_joiners") or ["-"])
    for pattern in (
        rf"{tens}{joiner}{ordinal_words}{WORD_END}",
        rf"{words(ordinals['words'], word_start=True)}{WORD_END}",
    ):
        finders.append(_Finder("ordinal", re.compile(pattern), lowered=True, check="ordinal"))
    suffixes = alternation(ordinals["suffixes"])
    finders.append(_Finder("ordinal", re.compile(rf"{_DIGIT}\d{{0,3}}{suffixes}{WORD_END}"), check="ordinal"))
    if ordinals.get("roman_suffixes"):
        roman = rf"(?P<roman>[IVXLC](?<![\w][IVXLC])[IVXLC]{{0,5}}){alternation(ordinals['roman_suffixes'])}{WORD_END}"
        finders.append(_Finder("ordinal", re.compile(roman), check="roman"))

    numerators = words(data.get("fraction_numerators") or {}, word_start=True)
    currency_codes = {str(code).lower() for code in units.get("currencies") or {}}
    return _Patterns(
        finders=tuple(finders),
        ordinal_denominators=frozenset(str(k).lower() for k in data.get("fraction_denominators") or {}),
        fraction_numerators=re.compile(rf"(?:{numerators}|\d{{1,2}})(?:{SP}|-)\Z"),
        number_before=re.compile(rf"(?:\d|{words(data['number_words'])}){SP}\Z"),
        ordinal_exceptions=re.compile(rf"{words(ordinals.get('exceptions') or [], word_start=True)}{WORD_END}"),
        not_identifier_prefixes=frozenset(w.lower() for w in identifiers.get("not_prefixes") or []) | currency_codes,
    )


def find_mentions(text: str, low: str, start: int, end: int, language: str) -> list[Mention]:
    """Not-claim spans in ``text[start:end]`` (``low``: the text lower-cased), sorted, non-overlapping."""
    patterns = _patterns(language)
    exceptions = bytearray(end - start)
    for match in patterns.ordinal_exceptions.finditer(low, start, end):
        exceptions[match.start() - start : match.end() - start] = b"\x01" * (match.end() - match.start())
    found: list[Mention] = []
    for finder in patterns.finders:
        for match in finder.pattern.finditer(low if finder.lowered else text, start, end):
            span = match.span(finder.span) if finder.span else match.span()
            if finder.check and not _passes(finder.check, match, span, text, low, start, patterns, exceptions):
                continue
            found.append(Mention(span[0], span[1], finder.kind))
    return _without_overlaps(found, start, end)


def _passes(
    check: str,
    match: re.Match[str],
    span: tuple[int, int],
    text: str,
    low: str,
    floor: int,
    patterns: _Patterns,
    exceptions: bytearray,
) -> bool:
    if check in ("hour", "clock"):
        written = match.group("hour")
        if written is None:
            return True  # a spelled hour
        value = int(written)
        return value <= 23 if check == "hour" else 1 <= value <= 12
    if check == "glued":
        return _is_identifier_name(match.group("prefix"), patterns)
    if check == "dotted":
        return not all(len(part) == 3 for part in match.group(0).split(".")[1:])  # "1.000.000" is a number
    if check == "roman":
        return len(match.group("roman")) > 1 or match.group("roman") in "IVX"
    return _is_ordinal(low, span, floor, patterns, exceptions)


def _is_identifier_name(prefix: str, patterns: _Patterns) -> bool:
    # One letter keeps its case: "B-52", "T-72" are names, "t5" or "b2" are not.
    return (prefix.lower() if len(prefix) > 1 else prefix) not in patterns.not_identifier_prefixes


def _is_ordinal(low: str, span: tuple[int, int], floor: int, patterns: _Patterns, exceptions: bytearray) -> bool:
    word = low[span[0] : span[1]]
    window = max(floor, span[0] - 20)
    if word in patterns.ordinal_denominators and patterns.fraction_numerators.search(low, window, span[0]):
        return False  # "a third", "un cinquième": a fraction
    if patterns.number_before.search(low, window, span[0]):
        return False  # "one second", "30 seconds": a unit
    return exceptions.find(1, span[0] - floor, span[1] - floor) == -1  # "First Lady", "Premier ministre"


def _without_overlaps(mentions: list[Mention], start: int, end: int) -> list[Mention]:
    """Keep the earliest-found of overlapping mentions (finders run in priority order), in linear time."""
    taken = bytearray(end - start)
    kept: list[Mention] = []
    for mention in mentions:
        a, b = mention.start - start, mention.end - start
        if taken.find(1, a, b) == -1:
            taken[a:b] = b"\x01" * (b - a)
            kept.append(mention)
    kept.sort(key=lambda m: m.start)
    return kept
