"""Numbers that are not claims: times of day, phone numbers, addresses, identifiers and ordinals."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from checker.lexicon import load_lexicon
from checker.parse.patterns import OPT_SP, SP, WORD_END, WORD_START, alternation

_DIGIT_START = r"(?<![\w.,:/])"


@dataclass(frozen=True)
class Mention:
    """A span the parser keeps visible with its not-claim kind."""

    start: int
    end: int
    kind: str


@dataclass(frozen=True)
class _Patterns:
    # (kind, pattern, group holding the span or None for the whole match)
    finders: tuple[tuple[str, re.Pattern[str], str | None], ...]
    ordinal_denominators: frozenset[str]
    fraction_numerators: re.Pattern[str]
    number_before: re.Pattern[str]
    ordinal_exceptions: re.Pattern[str]
    identifier_prefix_ok: frozenset[str]
    not_identifier_prefixes: frozenset[str]


@cache
def _patterns(language: str) -> _Patterns:
    data = load_lexicon(language, "numbers")
    units = load_lexicon(language, "units")
    time = data["time"]
    hour = r"(?:[01]?\d|2[0-3])"
    minute = r"[0-5]\d"
    finders: list[tuple[str, re.Pattern[str], str | None]] = []

    for fmt in data.get("phone_formats") or []:
        finders.append(("phone", re.compile(rf"{_DIGIT_START}(?:{fmt})(?![\w])"), None))

    am_pm = alternation(time.get("am_pm") or [], ignore_case=True)
    marks = alternation(time.get("hour_marks") or [])
    clock = rf"{_DIGIT_START}{hour}:{minute}(?::{minute})?(?!\d)(?:{OPT_SP}{am_pm}(?:(?<=\.)|{WORD_END}))?"
    finders.append(("time", re.compile(clock), None))
    if time.get("am_pm"):
        finders.append(
            (
                "time",
                re.compile(rf"{_DIGIT_START}(?:1[0-2]|0?[1-9])(?:[.:]{minute})?{OPT_SP}{am_pm}(?:(?<=\.)|{WORD_END})"),
                None,
            )
        )
    if time.get("oclock"):
        words = alternation(time.get("hour_words_spelled") or [], ignore_case=True)
        oclock = alternation(time["oclock"], ignore_case=True)
        finders.append(("time", re.compile(rf"{WORD_START}(?:{hour}|{words}){SP}{oclock}{WORD_END}"), None))
    if time.get("zones"):
        zones = alternation(time["zones"])
        finders.append(("time", re.compile(rf"(?<![\w.,:])(?:[01]\d|2[0-3]){minute}(?={SP}{zones}{WORD_END})"), None))
    if time.get("hour_marks"):
        # "14h30", "14 h 30" are times; "14h" alone only after a time word ("à 14h", "vers 8 h")
        # or in a span of hours ("de 8h à 18h", "8h-18h"): "pendant 3 h", "48h" are durations.
        cues = alternation(time.get("hour_mark_cues") or [], ignore_case=True)
        bare = rf"{hour}{OPT_SP}{marks}"
        finders.append(("time", re.compile(rf"{_DIGIT_START}{bare}{OPT_SP}{minute}(?!\d)"), None))
        span_of_hours = rf"(?={OPT_SP}(?:[-–]|{SP}à{SP}){OPT_SP}{bare}{WORD_END})"
        finders.append(
            (
                "time",
                re.compile(
                    rf"(?:{WORD_START}(?:{cues}){SP}|[-–]{OPT_SP}|{_DIGIT_START}(?={bare}{span_of_hours}))"
                    rf"(?P<span>{bare}){WORD_END}"
                ),
                "span",
            )
        )
    if time.get("hour_words"):
        cues = alternation(time.get("hour_word_cues") or [], ignore_case=True)
        spelled = alternation(time.get("hour_words_spelled") or [], ignore_case=True)
        hour_words = alternation(time["hour_words"], ignore_case=True)
        finders.append(
            (
                "time",
                re.compile(
                    rf"{WORD_START}(?:{cues})(?:{SP}|(?<=['’])){OPT_SP}"
                    rf"(?P<span>(?:{hour}|{spelled}){SP}{hour_words}(?:{SP}{minute}(?!\d))?){WORD_END}"
                ),
                "span",
            )
        )

    streets = data["address"]
    street_words = alternation(streets["street_words"], ignore_case=streets.get("street_words_any_case", False))
    name = r"(?:[dlDL]['’])?[A-ZÀ-ÖØ-Þ][\w'’-]{0,40}"
    if streets.get("street_word_first"):
        connectors = alternation(streets.get("connectors") or [], ignore_case=True)
        address = (
            rf"{_DIGIT_START}\d{{1,4}}(?:{OPT_SP}(?:bis|ter|[A-Za-z])(?![\w]))?,?{SP}{street_words}"
            rf"(?:{SP}(?:{connectors}{SP}){{0,2}}{name}){{1,5}}"
        )
    else:
        address = rf"{_DIGIT_START}\d{{1,5}}[A-Za-z]?(?:{SP}{name}){{1,4}}?{SP}{street_words}(?:(?<=\.)|{WORD_END})"
    finders.append(("address", re.compile(address), None))

    identifiers = data["identifiers"]
    literals = alternation(identifiers.get("literals") or [], ignore_case=True)
    finders.append(("identifier", re.compile(rf"(?<![\w/])(?:{literals})(?![\w/])"), None))
    finders.append(("identifier", re.compile(r"(?<![\w.,])\d{1,3}(?:\.\d{1,3}){2,}(?![\w]|\.\d)"), "dotted"))
    finders.append(("identifier", re.compile(r"(?<![\w.,])\d{10,}(?![\w])"), None))
    # Letters glued to digits: "G7", "F-16", "MH17", "COVID-19", "H5N1", "PM2.5", "B-52s".
    glued = (
        r"(?<![\w-])(?P<prefix>[A-Za-z]{1,8})-?\d{1,5}(?:\.\d{1,2})?"
        r"(?:[A-Za-z]{1,4}\d{0,4}){0,3}(?:-\d{1,4}[A-Za-z]{0,3})?(?![\w])"
    )
    finders.append(("identifier", re.compile(glued), "glued"))

    ordinals = data["ordinals"]
    words = alternation(ordinals["words"], ignore_case=True)
    tens = alternation(ordinals.get("tens") or [], ignore_case=True)
    joiner = alternation(ordinals.get("tens_joiners") or ["-"])
    suffixes = alternation(ordinals["suffixes"])
    finders.append(("ordinal", re.compile(rf"{WORD_START}(?:{tens}{joiner})?{words}{WORD_END}"), None))
    finders.append(("ordinal", re.compile(rf"{_DIGIT_START}\d{{1,4}}{suffixes}{WORD_END}"), None))
    if ordinals.get("roman_suffixes"):
        roman_suffixes = alternation(ordinals["roman_suffixes"])
        finders.append(
            ("ordinal", re.compile(rf"{WORD_START}(?:[IVXLC]{{2,6}}|[IVX]){roman_suffixes}{WORD_END}"), None)
        )

    numerators = alternation(data.get("fraction_numerators") or {}, ignore_case=True)
    exceptions = alternation(ordinals.get("exceptions") or [])
    currency_codes = {str(code).lower() for code in units.get("currencies") or {}}
    return _Patterns(
        finders=tuple(finders),
        ordinal_denominators=frozenset(str(k).lower() for k in data.get("fraction_denominators") or {}),
        fraction_numerators=re.compile(rf"{WORD_START}(?:{numerators}|\d{{1,2}})(?:{SP}|-)\Z"),
        number_before=re.compile(rf"(?:\d|{alternation(data['number_words'], ignore_case=True)}){SP}\Z"),
        ordinal_exceptions=re.compile(rf"{WORD_START}{exceptions}{WORD_END}"),
        identifier_prefix_ok=frozenset(w.lower() for w in identifiers.get("lowercase_prefixes") or []),
        not_identifier_prefixes=frozenset(w.lower() for w in identifiers.get("not_prefixes") or []) | currency_codes,
    )


def find_mentions(text: str, start: int, end: int, language: str) -> list[Mention]:
    """Not-claim spans in ``text[start:end]``, non-overlapping, sorted; the earliest finder wins a clash."""
    patterns = _patterns(language)
    exceptions = [(m.start(), m.end()) for m in patterns.ordinal_exceptions.finditer(text, start, end)]
    found: list[Mention] = []
    for kind, pattern, group in patterns.finders:
        for match in pattern.finditer(text, start, end):
            if group == "glued":
                if not _is_identifier_name(match.group("prefix"), patterns):
                    continue
                span = match.span()
            elif group == "dotted":
                if all(len(part) == 3 for part in match.group(0).split(".")[1:]):
                    continue  # "1.000.000": a number grouped with dots
                span = match.span()
            elif group:
                span = match.span(group)
            else:
                span = match.span()
            if kind == "ordinal" and not _is_ordinal(text, span, start, patterns, exceptions):
                continue
            found.append(Mention(span[0], span[1], kind))
    return _without_overlaps(found, start, end)


def _is_identifier_name(prefix: str, patterns: _Patterns) -> bool:
    lowered = prefix.lower()
    # One letter keeps its case: "B-52", "T-72" are names, "t5" or "b2" are not.
    if (lowered if len(prefix) > 1 else prefix) in patterns.not_identifier_prefixes:
        return False
    return lowered in patterns.identifier_prefix_ok or any(ch.isupper() for ch in prefix)


def _is_ordinal(
    text: str, span: tuple[int, int], floor: int, patterns: _Patterns, exceptions: list[tuple[int, int]]
) -> bool:
    word = text[span[0] : span[1]].lower()
    window = max(floor, span[0] - 20)
    if word in patterns.ordinal_denominators and patterns.fraction_numerators.search(text, window, span[0]):
        return False  # "a third", "un cinquième": a fraction
    if patterns.number_before.search(text, window, span[0]):
        return False  # "one second", "30 seconds": a unit
    return not any(a <= span[0] and span[1] <= b for a, b in exceptions)


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
