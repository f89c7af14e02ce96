"""Numbers that are not claims: times of day, phone numbers, addresses, identifiers, labels and ordinals."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from checker.lexicon import load_lexicon
from checker.parse.mention_checks import Context, passes
from checker.parse.patterns import OPT_SP, SP, WORD_END, alternation, guarded, words

#: What may not come right before a number: a letter or digit, or a digit mark ("1.5", "10:30").
_NOT_BEFORE_DIGITS = r"[\w.,:/]"
_DIGIT = rf"\d(?<!{_NOT_BEFORE_DIGITS}\d)"
_LEADING_LETTERS = re.compile(r"[^\W\d_]*")

#: Where a finder's matches start, and whether its words match in any case (lexicon words are
#: written in lower case) or as written ("10 Downing Street", "0800 GMT", "G7", "Louis XIV").
_CASELESS_LANES = {"digits": True, "words": True, "cased_digits": False, "capitals": False}
#: The finders run in three scans, one regex each: the finders of its lanes are its branches, and its
#: opening lets the regex engine jump to the characters they can start with. A scan of the text as
#: written matches caseless finders with (?i:...); word lists are faster on the lower-cased text.
_SCANS = (
    # digits and what opens a number ("+33", "(202)", "-18h", "10 Downing Street"); no finder takes a digit
    # right after a letter or digit, so the opening turns those away for all of them at once
    (False, r"(?=[\d+(\-–])(?:(?<![\w])|(?<=[\w])(?!\d))", ("digits", "cased_digits")),
    # lexicon words ("eight o'clock", "third", "covid-19", "à 8 heures"), on the lower-cased text
    (True, r"(?<![\w])(?=[^\W\d_])", ("words",)),
    # capitalised names ("G7", "F-16", "Louis XIV", "XXIe")
    (False, r"(?=[A-Z])", ("capitals",)),
)


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
    lane: str
    #: Group holding the span (None: the whole match).
    span: str | None = None
    #: A check in code (checker.parse.mention_checks.passes): "hour" (0-23), "clock" (1-12),
    #: "hour_mark", "phone", "phone_cue", "score", "age_name", "age_of", "glued", "dotted", "roman",
    #: "roman_name", "ordinal".
    check: str | None = None
    #: For finders of the "words" lane: the words their matches can open with (their first run of
    #: letters), or the letters they can start with; the scan looks at a word once before its branches.
    opens: frozenset[str] = frozenset()
    opens_with: str = ""


@dataclass(frozen=True)
class _Scan:
    lowered: bool
    #: The branches ``f0``, ``f1``, ... of this scan's finders, in priority order.
    pattern: re.Pattern[str]
    finders: tuple[int, ...]


@dataclass(frozen=True)
class _Patterns:
    finders: tuple[_Finder, ...]  # in priority order: the first to claim a span keeps it
    scans: tuple[_Scan, ...]


def _finders(language: str) -> list[_Finder]:
    data = load_lexicon(language, "numbers")
    time = data["time"]
    hour = rf"(?P<hour>{_DIGIT}\d?)"
    minute = r"[0-5]\d"
    finders: list[_Finder] = []

    for fmt in data.get("phone_formats") or []:
        pattern = rf"{guarded(fmt, _NOT_BEFORE_DIGITS)}(?![\w])"
        finders.append(_Finder("phone", re.compile(pattern), "digits", check="phone"))
    if data.get("phone_cues"):
        cues = words(data["phone_cues"], word_start=True)
        short = rf"{cues}{SP}(?P<span>\d{{2,5}}(?:[ .\-]\d{{2,4}}){{0,3}})(?![\w.,]?\d)"
        finders.append(_Finder("phone", re.compile(short), "words", "span", "phone_cue", _openers(data["phone_cues"])))

    am_pm = rf"{OPT_SP}{words(time.get('am_pm') or [])}(?:(?<=\.)|{WORD_END})"
    clock = rf"{hour}:{minute}(?::{minute})?(?!\d)(?:{am_pm})?"
    finders.append(_Finder("time", re.compile(clock), "digits", check="hour"))
    if time.get("am_pm"):
        finders.append(_Finder("time", re.compile(rf"{hour}(?:[.:]{minute})?{am_pm}"), "digits", check="clock"))
    if time.get("oclock"):
        oclock = rf"{SP}{words(time['oclock'])}{WORD_END}"
        finders.append(_Finder("time", re.compile(rf"{hour}{oclock}"), "digits", check="hour"))
        spelled = words(time.get("hour_words_spelled") or [], word_start=True)
        opens = _openers(time.get("hour_words_spelled") or [])
        finders.append(_Finder("time", re.compile(rf"{spelled}{oclock}"), "words", opens=opens))
    if time.get("zones"):
        zones = rf"(?={SP}{alternation(time['zones'])}{WORD_END})"
        finders.append(
            _Finder("time", re.compile(rf"(?P<hour>{_DIGIT}\d){minute}{zones}"), "cased_digits", check="hour")
        )
    if time.get("hour_marks"):
        # "14h30", "14 h 30" are times, unless a duration ("a mis 2 h 30"); "14h" alone only after a
        # time word ("à 14h", "vers 8 h") or in a span of hours ("de 8h à 18h", "8h-18h").
        marks = words(time["hour_marks"])
        hours_minutes = rf"{hour}{OPT_SP}{marks}{OPT_SP}{minute}(?!\d)"
        finders.append(_Finder("time", re.compile(hours_minutes), "digits", check="hour_mark"))
        bare = rf"(?P<span>(?P<hour>\d\d?){OPT_SP}{marks}){WORD_END}"
        cues = words(time.get("hour_mark_cues") or [], word_start=True)
        link = rf"(?:[-–]|{SP}{words(time.get('hour_span_links') or [])}{SP})"
        then = rf"(?={OPT_SP}{link}{OPT_SP}\d\d?{OPT_SP}{marks}{WORD_END})"
        opens = _openers(time.get("hour_mark_cues") or [])
        for pattern, lane in (
            (rf"{cues}{SP}{bare}", "words"),
            (rf"[-–]{OPT_SP}{bare}", "digits"),
            (rf"(?P<span>(?P<hour>{_DIGIT}\d?){OPT_SP}{marks}){WORD_END}{then}", "digits"),
        ):
            finders.append(_Finder("time", re.compile(pattern), lane, "span", "hour", opens))
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
        opens = _openers(time.get("hour_word_cues") or [])
        finders.append(_Finder("time", re.compile(pattern), "words", "span", "hour", opens))
        link = rf"{SP}{words(time.get('hour_span_links') or [])}{SP}"
        then = rf"(?={link}\d\d?{SP}{hour_words}{WORD_END})"
        pattern = rf"(?P<hour>{_DIGIT}\d?){SP}{hour_words}{WORD_END}{then}"
        finders.append(_Finder("time", re.compile(pattern), "digits", check="hour"))

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
    finders.append(_Finder("address", re.compile(address), "cased_digits"))

    scores = data.get("scores") or {}
    if scores:
        dashes = "".join(re.escape(j) for j in scores["joiners"] if not j[0].isalpha())
        word_joiners = [j for j in scores["joiners"] if j[0].isalpha()]
        joiner = rf"(?:[{dashes}]|{SP}{words(word_joiners)}{SP})" if word_joiners else f"[{dashes}]"
        score = rf"{_DIGIT}\d{{0,2}}{joiner}\d{{1,3}}(?![\w]|[.,]\d)"
        finders.append(_Finder("label", re.compile(score), "digits", check="score"))
    for fragment in data.get("ages") or []:
        span = "span" if "(?P<span>" in fragment else None
        pattern, lane = _token_start(fragment)
        opens_with = _LEADING_LETTERS.match(fragment).group(0)
        finders.append(_Finder("label", re.compile(rf"{pattern}(?![\w])"), lane, span, opens_with=opens_with))
    if data.get("age_of"):
        pattern, lane = _token_start(data["age_of"]["span"])
        finders.append(_Finder("label", re.compile(rf"{pattern}{WORD_END}"), lane, check="age_of"))
    if data.get("age_between_commas_after"):
        finders.append(_Finder("label", re.compile(rf"{_DIGIT}\d{{0,2}}(?=,(?!\d))"), "digits", check="age_name"))

    identifiers = data["identifiers"]
    literals = identifiers.get("literals") or []
    for lane, chosen in (
        ("digits", [w for w in literals if w[0].isdigit()]),
        ("words", [w for w in literals if not w[0].isdigit()]),
    ):
        if chosen:
            pattern = re.compile(rf"{words(chosen, word_start=True)}(?![\w/])")
            finders.append(_Finder("identifier", pattern, lane, opens=_openers(chosen)))
    dotted = r"\d(?<![\w.,]\d)\d{0,2}(?:\.\d{1,3}){2,}(?![\w]|\.\d)"
    finders.append(_Finder("identifier", re.compile(dotted), "digits", check="dotted"))
    finders.append(_Finder("identifier", re.compile(r"\d(?<![\w.,]\d)\d{9,}(?![\w])"), "digits"))
    # Letters glued to digits: "G7", "F-16", "MH17", "COVID-19", "H5N1", "PM2.5", "B-52s"; names start
    # with a capital, or are known lower-case prefixes ("covid-19").
    digits_after = r"-?\d{1,5}(?:\.\d{1,2})?(?:[A-Za-z]{1,4}\d{0,4}){0,3}(?:-\d{1,4}[A-Za-z]{0,3})?(?![\w])"
    glued = rf"(?P<prefix>[A-Z](?<![\w-][A-Z])[A-Za-z]{{0,7}}){digits_after}"
    finders.append(_Finder("identifier", re.compile(glued), "capitals", check="glued"))
    lowercase = words(identifiers.get("lowercase_prefixes") or [], word_start=True)
    opens = _openers(identifiers.get("lowercase_prefixes") or [])
    finders.append(_Finder("identifier", re.compile(rf"(?P<prefix>{lowercase}){digits_after}"), "words", opens=opens))

    ordinals = data["ordinals"]
    ordinal_words = words(ordinals["words"])
    tens = words(ordinals.get("tens") or [], word_start=True)
    joiner = words(ordinals.get("tens_joiners") or ["-"])
    pattern = rf"(?:{tens}{joiner}{ordinal_words}|{words(ordinals['words'], word_start=True)}){WORD_END}"
    opens = _openers([*(ordinals.get("tens") or []), *ordinals["words"]])
    finders.append(_Finder("ordinal", re.compile(pattern), "words", check="ordinal", opens=opens))
    suffixes = alternation(s.lower() for s in ordinals["suffixes"])
    finders.append(_Finder("ordinal", re.compile(rf"{_DIGIT}\d{{0,3}}{suffixes}{WORD_END}"), "digits", check="ordinal"))
    if ordinals.get("roman_suffixes"):
        roman = rf"(?P<roman>[IVXLC](?<![\w][IVXLC])[IVXLC]{{0,5}}){alternation(ordinals['roman_suffixes'])}{WORD_END}"
        finders.append(_Finder("ordinal", re.compile(roman), "capitals", check="roman"))
    # "Louis XIV", "Vatican II", "Title IX", "Super Bowl LVIII": a Roman numeral after a capitalised word.
    roman_name = rf"[A-Z](?<![\w][A-Z])[\w'’-]{{0,30}}{SP}(?P<roman>L?X{{0,3}}(?:IX|IV|V?I{{0,3}}))(?![\w'’-])"
    finders.append(_Finder("identifier", re.compile(roman_name), "capitals", check="roman_name"))
    return finders


def _openers(phrases) -> frozenset[str]:
    """The first run of letters of each phrase, lower-cased: what a match of a word list opens with
    (nothing when a phrase opens with another character: then the scan cannot look ahead)."""
    firsts = {_LEADING_LETTERS.match(str(phrase).lower()).group(0) for phrase in phrases}
    return frozenset() if "" in firsts else frozenset(firsts)


def _token_start(fragment: str) -> tuple[str, str]:
    """A lexicon regex fragment that must start a token, and its lane: a digit not right after a figure,
    a letter not inside a word; a fragment starting with punctuation is taken as written."""
    if fragment.startswith("\\d"):
        return guarded(fragment, _NOT_BEFORE_DIGITS), "digits"
    if fragment[0].isalpha():
        return guarded(fragment, r"[\w]"), "words"
    return fragment, "digits"


@cache
def _patterns(language: str) -> _Patterns:
    written = {lane for lowered, _, lanes in _SCANS if not lowered for lane in lanes}
    finders = tuple(
        replace(f, pattern=re.compile(f"(?i:{f.pattern.pattern})"))
        if _CASELESS_LANES[f.lane] and f.lane in written
        else f
        for f in _finders(language)
    )
    scans = []
    for lowered, opening, lanes in _SCANS:
        members = tuple(index for index, finder in enumerate(finders) if finder.lane in lanes)
        if members:
            branches = "|".join(_branch(index, finders[index].pattern.pattern) for index in members)
            look = _first_look([finders[index] for index in members]) if lanes == ("words",) else ""
            scans.append(_Scan(lowered, re.compile(f"{opening}{look}(?:{branches})"), members))
    return _Patterns(finders, tuple(scans))


def _first_look(finders: list[_Finder]) -> str:
    """A lookahead that lets through only words some finder can open with ("" when one cannot say)."""
    if not all(finder.opens or finder.opens_with for finder in finders):
        return ""
    whole = words({word for finder in finders for word in finder.opens})
    prefixes = words({finder.opens_with for finder in finders if finder.opens_with})
    return rf"(?={whole}(?![^\W\d_])|{prefixes})"


def _branch(index: int, pattern: str) -> str:
    """``pattern`` as the lane branch ``f<index>``, its own groups renamed so that branches do not clash."""
    return f"(?P<f{index}>" + pattern.replace("(?P<", f"(?P<f{index}_") + ")"


def find_mentions(text: str, low: str, start: int, end: int, language: str) -> list[Mention]:
    """Not-claim spans in ``text[start:end]`` (``low``: the text lower-cased), sorted, non-overlapping.

    Each scan runs once; where a finder's branch matches but its check fails, the scan's later finders
    are tried at the same place before it moves on.
    """
    patterns = _patterns(language)
    context = Context.of(text, low, start, language)
    found: list[tuple[int, Mention]] = []
    for scan in patterns.scans:
        subject = low if scan.lowered else text
        position = start
        while position < end:
            match = scan.pattern.search(subject, position, end)
            if match is None:
                break
            first = scan.finders.index(int(match.lastgroup[1:]))
            hit = _first_passing(patterns.finders, scan.finders[first:], subject, match.start(), end, context)
            if hit is None:
                position = match.start() + 1
                continue
            priority, mention, stop = hit
            found.append((priority, mention))
            position = max(stop, match.start() + 1)
    found.sort(key=_priority)
    return _without_overlaps([mention for _, mention in found], start, end)


def _first_passing(
    finders: tuple[_Finder, ...], candidates: tuple[int, ...], subject: str, at: int, end: int, context: Context
) -> tuple[int, Mention, int] | None:
    """The first of ``candidates`` (finder indexes) matching at ``at`` and passing its check."""
    for index in candidates:
        finder = finders[index]
        match = finder.pattern.match(subject, at, end)
        if match is None:
            continue
        span = match.span(finder.span) if finder.span else match.span()
        if finder.check and not passes(finder.check, match, span, context):
            continue
        return index, Mention(span[0], span[1], finder.kind), match.end()
    return None


def _priority(item: tuple[int, Mention]) -> int:
    return item[0]


def _without_overlaps(mentions: list[Mention], start: int, end: int) -> list[Mention]:
    """Keep the first of overlapping mentions (in finder priority order), in linear time."""
    taken = bytearray(end - start)
    kept: list[Mention] = []
    for mention in mentions:
        a, b = mention.start - start, mention.end - start
        if taken.find(1, a, b) == -1:
            taken[a:b] = b"\x01" * (b - a)
            kept.append(mention)
    kept.sort(key=lambda m: m.start)
    return kept
