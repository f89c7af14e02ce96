"""Numbers that are not claims: times of day, phone numbers, addresses, identifiers, labels and ordinals."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from checker.lexicon import load_lexicon
from checker.parse.counted import is_plural_noun
from checker.parse.numeric_lexicon import NumericLexicon, numeric_lexicon
from checker.parse.patterns import OPT_SP, SP, WORD_END, alternation, guarded, words

#: What may not come right before a number: a letter or digit, or a digit mark ("1.5", "10:30").
_NOT_BEFORE_DIGITS = r"[\w.,:/]"
_DIGIT = rf"\d(?<!{_NOT_BEFORE_DIGITS}\d)"
_DIGIT_GROUP = re.compile(r"\d+")
_MIN_PHONE_DIGITS = 2
_MAX_PHONE_DIGITS = 15
#: How far back (characters, within the sentence) a score word is looked for: "won their opening game 3-1".
_SCORE_WINDOW = 60
_CUE_WINDOW = 30
_LAST_HOUR = 23
_LONGEST_NAME = 40
_WORD_BEFORE = re.compile(r"[^\W\d_][\w'’-]*\Z")


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
    #: A check in code: "hour" (0-23), "clock" (1-12), "phone", "phone_cue", "score", "age_name",
    #: "glued", "dotted", "roman", "roman_name", "ordinal".
    check: str | None = None


@dataclass(frozen=True)
class _Patterns:
    finders: tuple[_Finder, ...]  # in priority order: the first to claim a span keeps it
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


@cache
def _patterns(language: str) -> _Patterns:
    data = load_lexicon(language, "numbers")
    units = load_lexicon(language, "units")
    time = data["time"]
    hour = rf"(?P<hour>{_DIGIT}\d?)"
    minute = r"[0-5]\d"
    finders: list[_Finder] = []

    for fmt in data.get("phone_formats") or []:
        finders.append(_Finder("phone", re.compile(rf"{guarded(fmt, _NOT_BEFORE_DIGITS)}(?![\w])"), check="phone"))
    if data.get("phone_cues"):
        cues = words(data["phone_cues"], word_start=True)
        short = rf"{cues}{SP}(?P<span>\d{{2,5}}(?:[ .\-]\d{{2,4}}){{0,3}})(?![\w.,]?\d)"
        finders.append(_Finder("phone", re.compile(short), lowered=True, span="span", check="phone_cue"))

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
            _Finder(
                "time", re.compile(rf"{hour}{OPT_SP}{marks}{OPT_SP}{minute}(?!\d)"), lowered=True, check="hour_mark"
            )
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
        # "à 8 heures" (the span holds the cue, docs/claims.md); "après 48 heures de garde à vue" is a
        # duration, "à 8 heures du matin", "à 3 heures de l'après-midi" are times.
        cues = words(time.get("hour_word_cues") or [], word_start=True)
        spelled = words(time.get("hour_words_spelled") or [])
        hour_words = words(time["hour_words"])
        durations = rf"{words(time.get('hour_word_durations') or [])}(?:(?<=['’])|{WORD_END})"
        not_duration = rf"(?!{SP}(?!{words(time.get('hour_word_times_after') or [])}){durations})"
        hours = rf"(?:(?P<hour>\d\d?)|{spelled}){SP}{hour_words}(?:{SP}{minute}(?!\d))?{WORD_END}{not_duration}"
        pattern = rf"(?P<span>{cues}(?:{SP}|(?<=['’])){OPT_SP}{hours})"
        finders.append(_Finder("time", re.compile(pattern), lowered=True, span="span", check="hour"))
        link = rf"{SP}{words(time.get('hour_span_links') or [])}{SP}"
        then = rf"(?={link}\d\d?{SP}{hour_words}{WORD_END})"
        pattern = rf"(?P<hour>{_DIGIT}\d?){SP}{hour_words}{WORD_END}{then}"
        finders.append(_Finder("time", re.compile(pattern), lowered=True, check="hour"))

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

    scores = data.get("scores") or {}
    if scores:
        dashes = "".join(re.escape(j) for j in scores["joiners"] if not j[0].isalpha())
        word_joiners = [j for j in scores["joiners"] if j[0].isalpha()]
        joiner = rf"(?:[{dashes}]|{SP}{words(word_joiners)}{SP})" if word_joiners else f"[{dashes}]"
        score = rf"{_DIGIT}\d{{0,2}}{joiner}\d{{1,3}}(?![\w]|[.,]\d)"
        finders.append(_Finder("label", re.compile(score), lowered=True, check="score"))
    for fragment in data.get("ages") or []:
        span = "span" if "(?P<span>" in fragment else None
        finders.append(_Finder("label", re.compile(rf"{_token_start(fragment)}(?![\w])"), lowered=True, span=span))
    if data.get("age_of_after"):
        pattern = rf"{words(data['age_of_after'], word_start=True)}{data['age_of_link']}{WORD_END}"
        finders.append(_Finder("label", re.compile(pattern), lowered=True, span="span"))
    if data.get("age_between_commas_after"):
        finders.append(
            _Finder("label", re.compile(rf",{SP}(?P<span>{_DIGIT}\d{{0,2}}),"), span="span", check="age_name")
        )

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
    # "Louis XIV", "Vatican II", "Title IX", "Super Bowl LVIII": a Roman numeral after a capitalised word.
    roman_name = rf"[A-Z](?<![\w][A-Z])[\w'’-]{{0,30}}{SP}(?P<roman>L?X{{0,3}}(?:IX|IV|V?I{{0,3}}))(?![\w'’-])"
    finders.append(_Finder("identifier", re.compile(roman_name), check="roman_name"))

    numerators = words(data.get("fraction_numerators") or {}, word_start=True)
    currency_codes = {str(code).lower() for code in units.get("currencies") or {}}
    return _Patterns(
        finders=tuple(finders),
        ordinal_denominators=frozenset(str(k).lower() for k in data.get("fraction_denominators") or {}),
        fraction_numerators=re.compile(rf"(?:{numerators}|\d{{1,2}})(?:{SP}|-)\Z"),
        number_before=re.compile(rf"(?:\d|{words(data['number_words'])}){SP}\Z"),
        ordinal_noun_after=re.compile(rf"{SP}{words(ordinals.get('nouns_after') or [])}{WORD_END}"),
        ordinal_exceptions=re.compile(rf"{words(ordinals.get('exceptions') or [], word_start=True)}{WORD_END}"),
        not_identifier_prefixes=frozenset(w.lower() for w in identifiers.get("not_prefixes") or []) | currency_codes,
        duration_before=re.compile(rf"{words(time.get('hour_mark_durations_before') or [], word_start=True)}{SP}\Z"),
        duration_after=re.compile(rf"{SP}{words(time.get('hour_word_durations') or [])}(?:(?<=['’])|{WORD_END})"),
        score_before=re.compile(rf"{words(scores.get('before') or [], word_start=True)}{WORD_END}"),
        score_after=re.compile(rf"(?:{SP}[^\W\d_]+)?{SP}{words(scores.get('after') or [])}{WORD_END}"),
        age_name_words=frozenset(w.lower() for w in data.get("age_between_commas_after") or []),
    )


def _token_start(fragment: str) -> str:
    """A lexicon regex fragment that must start a token: a digit not right after a figure, a letter
    not inside a word; a fragment starting with punctuation is taken as written."""
    if fragment.startswith("\\d"):
        return guarded(fragment, _NOT_BEFORE_DIGITS)
    if fragment[0].isalpha():
        return guarded(fragment, r"[\w]")
    return fragment


def find_mentions(text: str, low: str, start: int, end: int, language: str) -> list[Mention]:
    """Not-claim spans in ``text[start:end]`` (``low``: the text lower-cased), sorted, non-overlapping."""
    patterns = _patterns(language)
    exceptions = bytearray(end - start)
    for match in patterns.ordinal_exceptions.finditer(low, start, end):
        exceptions[match.start() - start : match.end() - start] = b"\x01" * (match.end() - match.start())
    scan = _Scan(text, low, start, patterns, exceptions, numeric_lexicon(language))
    found: list[Mention] = []
    for finder in patterns.finders:
        for match in finder.pattern.finditer(low if finder.lowered else text, start, end):
            span = match.span(finder.span) if finder.span else match.span()
            if finder.check and not _passes(finder.check, match, span, scan):
                continue
            found.append(Mention(span[0], span[1], finder.kind))
    return _without_overlaps(found, start, end)


@dataclass(frozen=True)
class _Scan:
    """One run of text being scanned, and what the checks need to read around a match."""

    text: str
    low: str
    floor: int
    patterns: _Patterns
    exceptions: bytearray
    lex: NumericLexicon


def _passes(check: str, match: re.Match[str], span: tuple[int, int], scan: _Scan) -> bool:
    if check in ("hour", "clock"):
        written = match.group("hour")
        if written is None:
            return True  # a spelled hour
        value = int(written)
        return value <= 23 if check == "hour" else 1 <= value <= 12
    if check == "hour_mark":
        return int(match.group("hour")) <= _LAST_HOUR and not _is_duration(span, scan)
    if check == "phone":
        return _is_phone(match.group(0))
    if check == "phone_cue":
        return not _counts_something(span[1], scan)  # "call 911", not "call 20 witnesses"
    if check == "score":
        return _is_score(span, scan)
    if check == "age_name":
        return _names_a_person(match.start(), scan)
    if check == "glued":
        return _is_identifier_name(match.group("prefix"), scan.patterns)
    if check == "dotted":
        return not all(len(part) == 3 for part in match.group(0).split(".")[1:])  # "1.000.000" is a number
    if check == "roman":
        return len(match.group("roman")) > 1 or match.group("roman") in "IVX"
    if check == "roman_name":
        return len(match.group("roman")) > 1 or match.group("roman") in ("V", "X")
    return _is_ordinal(scan.low, span, scan.floor, scan.patterns, scan.exceptions)


def _is_duration(span: tuple[int, int], scan: _Scan) -> bool:
    """ "a mis 2 h 30", "pendant 1h30", "3h30 de débat": hours and minutes of a duration."""
    patterns = scan.patterns
    if patterns.duration_after.match(scan.low, span[1]):
        return True
    return patterns.duration_before.search(scan.low, max(scan.floor, span[0] - _CUE_WINDOW), span[0]) is not None


def _is_phone(written: str) -> bool:
    """ "+33 1 42 68 53 00" is a phone number; "+15 000 000" (groups of three digits) is a figure."""
    groups = _DIGIT_GROUP.findall(written)
    digits = sum(len(group) for group in groups)
    if not _MIN_PHONE_DIGITS <= digits <= _MAX_PHONE_DIGITS:
        return False
    return not (written.startswith("+") and len(groups) > 2 and all(len(group) == 3 for group in groups[1:]))


def _measures_something(end: int, scan: _Scan) -> bool:
    """A unit, percent, scale word or plural noun follows ``end``: "20 witnesses", "3-5 kg", "20-30%"."""
    lex = scan.lex
    return bool(
        lex.scale_after.match(scan.low, end) or lex.unit_after.match(scan.text, end) or _counts_something(end, scan)
    )


def _counts_something(end: int, scan: _Scan) -> bool:
    """A percent or a plural noun follows ``end``: "20 witnesses", "20%"."""
    lex = scan.lex
    if lex.percent_after.match(scan.low, end):
        return True
    following = lex.word_after.match(scan.low, end)
    return bool(following) and is_plural_noun(following.group("word"), lex.language)


def _is_score(span: tuple[int, int], scan: _Scan) -> bool:
    """ "won 3-1", "a 2-0 win", "voted 52-48", "s'est imposé 2 à 0"; not "won 20-30 seats"."""
    if scan.patterns.score_after.match(scan.low, span[1]):
        return True
    if _measures_something(span[1], scan):
        return False
    window = scan.low[max(scan.floor, span[0] - _SCORE_WINDOW) : span[0]]
    sentence_start = max(window.rfind(mark) for mark in ".!?;")
    return scan.patterns.score_before.search(window, sentence_start + 1) is not None


def _names_a_person(comma: int, scan: _Scan) -> bool:
    """ "John Smith, 62," and "the driver, 45,": a capitalised name or a person word before the comma."""
    before = _WORD_BEFORE.search(scan.text, max(scan.floor, comma - _LONGEST_NAME), comma)
    if before is None:
        return False
    word = before.group(0)
    return word[0].isupper() or word.lower() in scan.patterns.age_name_words


def _is_identifier_name(prefix: str, patterns: _Patterns) -> bool:
    # One letter keeps its case: "B-52", "T-72" are names, "t5" or "b2" are not.
    return (prefix.lower() if len(prefix) > 1 else prefix) not in patterns.not_identifier_prefixes


def _is_ordinal(low: str, span: tuple[int, int], floor: int, patterns: _Patterns, exceptions: bytearray) -> bool:
    word = low[span[0] : span[1]]
    window = max(floor, span[0] - 20)
    if word in patterns.ordinal_denominators and patterns.fraction_numerators.search(low, window, span[0]):
        # "a third", "un cinquième": a fraction; "a third term", "un cinquième mandat": an ordinal
        return patterns.ordinal_noun_after.match(low, span[1]) is not None
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
