"""When a figure holds: the date written next to it ("21,000 at the end of 2022"), a deadline ("by 2030"),
a date opening a period ("since 2019")."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from checker import units
from checker.claims import Claim
from checker.document import Document
from checker.lexicon import cues
from checker.links import conversion_link, rough_conversion

#: How many characters may separate a figure from the date that says when it holds.
REACH = 40
#: How far, within one clause, a deadline after publication makes a figure a goal or a forecast.
CLAUSE_REACH = 90
CLAUSE_MARKS = ",;:()—–"
NUMERIC_KINDS = ("count", "quantity", "money", "percent", "ratio")
#: How many words at most between a figure and a date after it that makes it a past value ("21,000 at the end of
#: 2022", « 12,8 millions d'euros, obtenu en 2019 »).
PAST_DATE_WORDS = 4
#: How far after a figure the "to" of a from-to may come ("from 21,000 passengers a day to …").
PAST_TO_REACH = 40
#: How many words after a figure a "when" clause dating it may open ("64 stations when it was switched on").
WHEN_CLAUSE_WORDS = 3


def _gap(first: Claim, second: Claim) -> int:
    return max(second.start - first.end, first.start - second.end, 0)


def attached_date(document: Document, claim: Claim, claims: Sequence[Claim]) -> Claim | None:
    """The date of ``claim``'s sentence that says when the figure holds, if any.

    It is the nearest date within ``REACH`` characters that is not nearer to another
    figure of the sentence, nor in another clause ("next week after selling 3.1 million"),
    and is not the start of a period ("since 2019", "depuis août"):
    such a date bounds what is counted, it does not say when the count holds.
    """
    sentence = [other for other in claims if other.sentence == claim.sentence]
    dates = [other for other in sentence if other.kind == "date" and other.date_start and _gap(claim, other) <= REACH]
    if not dates:
        return None
    figures = [other for other in sentence if other is not claim and other.kind in NUMERIC_KINDS and other.is_claim
               and not converts(document, other, sentence)]
    best: tuple[int, Claim] | None = None
    for date in dates:
        gap = _gap(claim, date)
        if any(_gap(other, date) < gap for other in figures) or _other_clause(document, claim, date):
            continue
        if best is None or gap < best[0]:
            best = (gap, date)
    if best is None or opens_period(document, best[1]):
        return None
    return best[1]


def _other_clause(document: Document, claim: Claim, date: Claim) -> bool:
    """Is the date in another clause than the figure, a word opening a time clause between them ("opens next week
    after selling 3.1 million tickets", ``cues.clause_openers``)? A comma alone does not tell: "a quarter of demand
    by 2030, and 20,000 connected homes" shares its deadline."""
    words = _between(document, claim, date)
    if date.start >= claim.end and _when_clause(document, claim, date):
        return False  # "had 64 stations when it was switched on in January": the clause says when the figure held
    return any(f" {cue} " in words for cue in cues(document.sentence_at(claim.start).language, "clause_openers"))


def _between(document: Document, claim: Claim, date: Claim) -> str:
    """The text between a figure and a date, lower-cased, spaces collapsed, with a space at each end."""
    start, end = (date.end, claim.start) if date.end <= claim.start else (claim.end, date.start)
    return f" {' '.join(document.text[start:end].lower().split())} "


#: Granularities of dates written with an article after "since" that still open a period ("since the 1790s").
ARTICLED_PERIODS = ("season", "decade")


def opens_period(document: Document, date: Claim) -> bool:
    """Is the date introduced by a word opening a period ("since 2019", "depuis août")? Such a date bounds
    what is counted; it is neither when a figure holds nor the date of a fact."""
    language = document.sentence_at(date.start).language
    words = document.text[max(0, date.start - 25):date.start].lower().split()
    if words and words[-1] in cues(language, "determiners") and date.granularity in ARTICLED_PERIODS:
        words.pop()  # "since the 1790s", « depuis les années 1790 »; but « depuis le 2 avril » dates a start
    if not f" {' '.join(words)}".endswith(_cue_endings(language, "since")):
        return False
    # "Since January, when they signed a management agreement": the clause says what happened that day
    after = " ".join(document.text[date.end:date.end + 20].lower().replace("’", "'").split())
    return not any(after.startswith(f", {cue} ") for cue in cues(language, "held_when"))


@lru_cache(maxsize=64)
def _cue_endings(language: str, name: str) -> tuple[str, ...]:
    """The cue phrases ``name``, each after a space: what a text ending with one of them ends with."""
    return tuple(" " + cue for cue in cues(language, name))


def converts(document: Document, claim: Claim, claims: Sequence[Claim]) -> bool:
    """Is the figure the conversion of the one before it ("207 km/h (129 mph)")? It restates that figure
    (checker/engine/conversion.py checks it) and does not compete for its reference."""
    if claim.kind != "quantity":
        return False
    earlier = [other for other in claims if other.end <= claim.start and other.sentence == claim.sentence]
    if not earlier or earlier[-1].kind != "quantity" or earlier[-1].unit == claim.unit \
            or not units.same_dimension(earlier[-1].unit, claim.unit):
        return False  # a conversion changes the unit: "8 700 tonnes, soit 7,6 tonnes à l'hectare" is a rate
    between = " ".join(document.text[earlier[-1].end:claim.start].lower().split())
    return (conversion_link(between, document.sentence_at(claim.start).language)
            or rough_conversion(between, earlier[-1], claim))


def date_range(date: Claim) -> tuple[dt.date, dt.date]:
    return dt.date.fromisoformat(date.date_start), dt.date.fromisoformat(date.date_end or date.date_start)


@dataclass(frozen=True)
class Timing:
    """What the text says about when a figure holds."""

    #: The period of the date attached to the figure, if any.
    period: tuple[dt.date, dt.date] | None = None
    #: The figure is given as a past value: a date right after it ("21,000 at the end of 2022") or a
    #: comparison opening it ("up from 21,000", "contre 4 %").
    past_value: bool = False
    #: The date is said of the figure itself: in its clause ("won by a single player in 2019"), or the figure
    #: opens a clause about the date ("en janvier 2026, où 986 personnes"); not "Work began in 2023 and the
    #: project cost €118 million", nor "1,700 hectares, much of it planted in the 1980s".
    own_date: bool = False


def timing(document: Document, claim: Claim, claims: Sequence[Claim]) -> Timing:
    date = attached_date(document, claim, claims)
    period = date_range(date) if date else None
    # A date right after the figure (a few words on) makes it a past value when it is past ("21,000 at the end of
    # 2022"), not when it is to come or says when something else happens ("21,000 tickets so far, and bookings for
    # the Christmas holidays open next week").
    dated_past = (date is not None and period[1] < document.anchor
                  and ((date.start >= claim.end
                        and (len(document.text[claim.end:date.start].split()) <= PAST_DATE_WORDS
                             or _when_clause(document, claim, date)))
                       or _state_at(document, claim, date)))
    # or a word of its clause gives it as an earlier state ("It first put its bill at €240m")
    past = (given_as_past_value(document, claim) or dated_past or _said_before(document, claim, "earlier_state")
            or _held_when(document, claim))
    return Timing(period, past, date is not None and _own_date(document, claim, date))


def _state_at(document: Document, claim: Claim, date: Claim) -> bool:
    """Is the figure what something had at an event dated right before it ("The hostel opened on 4 April with 24
    beds", « a ouvert le 4 avril avec 24 lits »: ``cues.state_with``)? It is that day's figure."""
    if date.end > claim.start:
        return False
    between = document.text[date.end:claim.start].lower().split()
    return len(between) == 1 and between[0] in cues(document.sentence_at(claim.start).language, "state_with")


def _held_when(document: Document, claim: Claim) -> bool:
    """Does a "when" clause right after the figure's noun say when it held, with a verb in the past ("had 74 members
    when the agreement was signed; it now counts 96", « comptait 74 membres lorsque l'accord a été signé »:
    ``cues.held_when``, ``cues.past_when_verbs``)? The figure is that moment's, history."""
    language = document.sentence_at(claim.start).language
    after = document.text[claim.end:claim.end + len(claim.counted or "") + CLAUSE_REACH].lower().replace("’", "'")
    clause = re.split(r"[,;:.()]", after, maxsplit=1)[0].replace("qu'", "que ").split()
    when, past = cues(language, "held_when"), cues(language, "past_when_verbs")
    at = next((index for index, word in enumerate(clause[:WHEN_CLAUSE_WORDS + len((claim.counted or "").split())])
               if word in when), None)
    return at is not None and any(word in past for word in clause[at + 1:])


def _when_clause(document: Document, claim: Claim, date: Claim) -> bool:
    """Is the date in a "when" clause right after the figure's noun ("had 64 stations when it was switched on in
    January", « comptait 64 stations lorsqu'il est né en janvier »: ``cues.relative_when``)? It says when the
    figure held."""
    words = document.text[claim.end:date.start].lower().replace("’", "'").replace("qu'", "que ").split()
    return any(word in cues(document.sentence_at(claim.start).language, "relative_when")
               for word in words[:WHEN_CLAUSE_WORDS])


def _own_date(document: Document, claim: Claim, date: Claim) -> bool:
    """Is the date said of the figure itself (``Timing.own_date``)?"""
    between = _between(document, claim, date)
    language = document.sentence_at(claim.start).language
    if date.end <= claim.start and any(between.rstrip().endswith(f", {cue}") or between.strip() == f", {cue}"
                                       for cue in cues(language, "relative_when")):
        return True  # "en janvier 2026, où 986 personnes", "in 2019, when 23 miners died"
    return not any(mark in between for mark in CLAUSE_MARKS) and not any(
        f" {joint} " in between for joint in cues(language, "clause_joints"))


def given_as_past_value(document: Document, claim: Claim) -> bool:
    """Is the figure introduced as a past value ("up from 21,000", « contre 4 % »)? A bare "from" gives one only
    before the "to" of a level (``cues.past_value_before_to``, ``cues.level_links``: "rose from 21,000 to 25,000"),
    not a source ("raised £210,000 from 1,140 donors")."""
    language = document.sentence_at(claim.start).language
    before = " " + " ".join(document.text[max(0, claim.start - 25):claim.start].lower().split())
    found = [cue for cue in cues(language, "past_value") if before.endswith(" " + cue)]
    if not found:
        return False
    if not set(found) <= set(cues(language, "past_value_before_to")):
        return True
    after = document.text[claim.end:claim.end + PAST_TO_REACH].lower()
    clause = f" {' '.join(re.split(r'[,;:.()]', after, maxsplit=1)[0].split())} "
    return any(f" {link} " in clause for link in cues(language, "level_links"))


def compared_with_base(document: Document, claim: Claim) -> bool:
    """Is the figure one something is compared with ("well above the 25,000", « au-dessus des 25 000 »:
    ``cues.comparison_base``)?"""
    language = document.sentence_at(claim.start).language
    before = " " + " ".join(document.text[max(0, claim.start - 25):claim.start].lower().split())
    return before.endswith(_cue_endings(language, "comparison_base"))


#: How many words before a count a verb may assert it (« revendiquent pourtant 410 000 visiteurs »).
ASSERTED_COUNT_WORDS = 2
#: How many words before a figure, in its clause, a demand may be voiced ("want a rise of at least 5%").
DEMAND_WORDS = 6


def demanded(document: Document, claim: Claim) -> bool:
    """Is the figure what someone wants or asks for ("drivers want a rise of at least 5%", « les syndicats
    réclament 6 % »: ``cues.demand``)? A demand is no fact a report settles. A count right after a verb that may
    also assert (« Le club revendique 240 adhérents »: ``cues.asserted_count``) is the size claimed, no demand."""
    language = document.sentence_at(claim.start).language
    last_words = document.text[max(0, claim.start - 40):claim.start].lower().split()[-ASSERTED_COUNT_WORDS:]
    if claim.kind == "count" and claim.counted and set(last_words) & set(cues(language, "asserted_count")):
        return False  # « revendique 240 adhérents », « revendiquent pourtant environ 410 000 visiteurs »; not
        # « revendiquent un plafond de 19 tirs »
    cue_start = _cue_before(document, claim, "demand")
    return cue_start is not None and not _specified(document, cue_start)


def _specified(document: Document, cue_start: int) -> bool:
    """Is the demand verb's subject a document that sets down what is to be ("The contract, worth £1.9 million,
    calls for 42 miles of rope", « le cahier des charges exige 68 km »: ``cues.specifying_subjects``)? It states
    what was ordered, a fact a report may settle, not what someone asks for."""
    sentence = document.sentence_at(cue_start)
    subject = _ASIDE_AT_END.sub("", document.text[sentence.start:cue_start])
    ending = " " + " ".join(subject.lower().split())
    return ending.endswith(_cue_endings(sentence.language, "specifying_subjects"))


#: An aside between a subject and its verb (", worth £1.9 million,").
_ASIDE_AT_END = re.compile(r",[^,]{0,80},\s*$")


def _expected(document: Document, claim: Claim) -> bool:
    """Is the figure what someone expected or hoped for ("officials had expected to seize about 8 tonnes", « qui
    tablait sur 1,5 million d'entrées »: ``cues.expectation``)? An expectation is a forecast, no fact."""
    return _said_before(document, claim, "expectation")


def _said_before(document: Document, claim: Claim, name: str) -> bool:
    """Is one of the cues ``name`` among the few words before the figure in its clause?"""
    return _cue_before(document, claim, name) is not None


def _cue_before(document: Document, claim: Claim, name: str) -> int | None:
    """Where one of the cues ``name`` starts among the few words before the figure in its clause, if one does."""
    window_start = max(0, claim.start - 80)
    before = document.text[window_start:claim.start].lower()
    clause_start = max((before.rfind(mark) for mark in CLAUSE_MARKS + "."), default=-1) + 1
    words = " " + " ".join(before[clause_start:].split()[-DEMAND_WORDS:]) + " "
    for cue in cues(document.sentence_at(claim.start).language, name):
        if f" {cue} " in words:
            spaced = r"\s+".join(re.escape(word) for word in cue.split())
            found = re.search(rf"(?<!\w){spaced}(?!\w)", before[clause_start:])
            return window_start + clause_start + (found.start() if found else 0)
    return None


def is_goal(document: Document, claim: Claim, claims: Sequence[Claim]) -> bool:
    """Is the figure a goal, a forecast or a demand: the date attached to it, or a deadline in its clause ("80% ...
    by 2030", "d'ici 2028"), is after publication, or someone asks for it ("want a rise of 5%")? Only a forecast
    or a plan on file settles such a figure. A figure with a date of its own, not to come ("a deficit of €4.1bn
    for this year"), is no goal for a deadline elsewhere in its sentence ("save €7.2bn by 2032 and ...")."""
    date = attached_date(document, claim, claims)
    if date is not None and date_range(date)[0] > document.anchor and not _dates_work_start(document, date, claim):
        return True
    if demanded(document, claim) or _expected(document, claim):
        return True
    if date is not None:
        return False  # dated now or before: a deadline elsewhere in the sentence is another figure's
    for date in claims:
        if date.kind != "date" or date.sentence != claim.sentence or not date.date_start:
            continue
        if dt.date.fromisoformat(date.date_start) <= document.anchor or _gap(claim, date) > CLAUSE_REACH:
            continue
        start, end = (claim.end, date.start) if date.start >= claim.end else (date.end, claim.start)
        if any(mark in document.text[start:end] for mark in CLAUSE_MARKS) or _other_clause(document, claim, date):
            continue
        if is_deadline(document, date):
            return True
    return False


def _dates_work_start(document: Document, date: Claim, claim: Claim) -> bool:
    """Is the date when work starts or a place opens, its verb right before it ("Work begins in June on eight
    concrete underpasses", « doit ouvrir en 2048 … pour 3,1 millions d'euros »: ``cues.work_start``)? It dates the
    start, not the figure: what is built is planned already, no goal to come; but a figure after another verb
    joined by "and" / « et » is that verb's (« doit ouvrir en 2048 et porter la longueur des voies à 4 miles »)."""
    if _joined_verb_between(document, date, claim):
        return False
    words = document.text[max(0, date.start - REACH):date.start].lower().split()
    if words and words[-1] in WORK_START_LINKS:
        words = words[:-1]
    return bool(words) and words[-1] in cues(document.sentence_at(date.start).language, "work_start")


def _joined_verb_between(document: Document, date: Claim, claim: Claim) -> bool:
    """Does "and" / « et » stand between the date and a figure after it (``cues.verb_joints``)?"""
    if claim.start < date.end:
        return False
    between = f" {' '.join(document.text[date.end:claim.start].lower().split())} "
    return any(f" {joint} " in between for joint in cues(document.sentence_at(date.start).language, "verb_joints"))


#: The link words between a verb of starting and its date ("begins in June", « commencent en juin »).
WORK_START_LINKS = ("in", "on", "from", "en", "le", "dès", "à", "au")


def is_deadline(document: Document, date: Claim) -> bool:
    """Is the date introduced by a word making it a deadline ("by 2030", « d'ici 2028 »: ``cues.deadline``)?"""
    return right_after_cue(document, date.start, "deadline", 20)


def right_after_cue(document: Document, position: int, name: str, reach: int) -> bool:
    """Do the ``reach`` characters before ``position`` end with one of the cues ``name`` of its sentence's
    language (spaces collapsed, apostrophes straightened)?"""
    language = document.sentence_at(position).language
    before = " " + " ".join(document.text[max(0, position - reach):position].lower().replace("’", "'").split())
    return before.endswith(_cue_endings(language, name))
