"""Rule kind for dated facts placed on the wrong date, month or year."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from checker.claims import Claim
from checker.engine import wording
from checker.engine.base import CheckContext, RuleKind
from checker.match import Candidate
from checker.references.index import IndexedReference
from checker.report import Finding
from checker.terms import terms, words
from checker.timing import CLAUSE_MARKS, REACH, attached_date, date_range, opens_period

#: At most this many characters between a comma and a date it sets in apposition (", le ", ", on ").
APPOSITION_REACH = 5


def _event_distance(context: CheckContext, claim: Claim, candidate: Candidate) -> int | None:
    """Characters between the date and the nearest word of its clause naming the event (a word of the
    reference that sets it apart from the subject's other dated facts), counting only words to which
    this date is the nearest date of the sentence."""
    sentence = context.document.sentences[claim.sentence]
    event = context.index.event_terms(candidate.reference)
    dates = [other for other in context.claims if other.sentence == claim.sentence and other.kind == "date"]
    figures = [other for other in context.claims if other.sentence == claim.sentence and other.is_claim]
    best = None
    for word in words(context.document.text[sentence.start:sentence.end], sentence.language, sentence.start):
        if word.name or not event & set(word.forms) or any(f.start <= word.start < f.end for f in figures):
            continue
        distance = _gap(word.start, word.end, claim)
        if any(_gap(word.start, word.end, other) < distance for other in dates if other is not claim):
            continue
        if not _same_clause(context.document.text, word.end, claim.start) if word.end <= claim.start \
                else any(mark in context.document.text[claim.end:word.start] for mark in CLAUSE_MARKS):
            continue  # "on Sunday, nine days after an earthquake": another clause, another event
        best = distance if best is None else min(best, distance)
    return best


def _same_clause(text: str, start: int, end: int) -> bool:
    """No clause mark between an event word and the date after it, except one setting the date in apposition
    ("l'invasion de l'Ukraine, le 24 février 2022")."""
    between = text[start:end]
    last = max(between.rfind(mark) for mark in CLAUSE_MARKS)
    return last == -1 or (len(between) - last <= APPOSITION_REACH
                          and not any(mark in between[:last] for mark in CLAUSE_MARKS))


def _gap(start: int, end: int, claim: Claim) -> int:
    return max(claim.start - end, start - claim.end, 0)


class WrongDate(RuleKind):
    """A dated fact (an invasion, an election, a report) placed outside the reference date.

    Why: a slipped year or month is invisible to a reader and common in copy
    written from memory.
    Passes: "Russia's full-scale invasion of Ukraine in February 2022" against
    a reference dated 2022-02-24.
    Fails: "the invasion of Ukraine in March 2022"; "l'invasion de l'Ukraine
    l'an dernier" in an article of 2024.
    A date is compared only when it is the date nearest to a word naming the
    event (a word of the reference that sets it apart from the subject's other
    dated facts: "met", "summit", not "Putin"), so "said on Friday" is not taken for
    the date of the summit the sentence mentions; or when it is attached to a
    figure whose reference has a dated twin, a date reference on the same
    subject dated the day the figure was reported ("44,1 °C mercredi" dates the
    record). Dates opening a period
    ("since 2019") and dates on the other side of the publication date from the
    fact (a past event placed "next year" is another event) are left alone.
    Parameters: ``max_distance`` (characters between the date and the event
    word), ``tolerance_days``.
    """

    name = "wrong_date"

    def check(self, context: CheckContext) -> Iterable[Finding]:
        max_distance = int(self.param("max_distance", 45))
        tolerance = dt.timedelta(days=int(self.param("tolerance_days", 0)))
        published = context.document.anchor
        for claim in context.claims:
            if claim.kind != "date" or not claim.date_start or opens_period(context.document, claim):
                continue
            candidate = self._event(context, claim, max_distance)
            if candidate is None or candidate.reference.date is None:
                continue
            fact_date = candidate.reference.date
            start, end = date_range(claim)
            if (start >= published and end > published) != (fact_date > published):
                continue
            if start - tolerance <= fact_date <= end + tolerance:
                continue
            record = candidate.reference.record
            values = {
                "event": record.get("measure") or "",
                "subject": record.get("subject") or "",
                "reference_value": wording.date(fact_date, "day", context.language),
                "source": wording.source(record, context.language),
                "claimed": wording.date(start, claim.granularity, context.language),
            }
            yield self.finding(context, claim, values, candidate=candidate, expected=fact_date.isoformat())

    @staticmethod
    def _event(context: CheckContext, claim: Claim, max_distance: int) -> Candidate | None:
        """The dated fact the date is given for: the one its words name, close by; else the fact reported by
        the figure the date is attached to ("44,1 °C mercredi": the day of the record)."""
        match = context.matches.get(claim.id)
        if match is not None and match.best is not None and not match.ambiguous:
            distance = _event_distance(context, claim, match.best)
            if distance is not None and distance <= max_distance:
                return match.best
        for figure in context.claims:
            if figure.sentence != claim.sentence or figure.kind == "date" or not figure.is_claim:
                continue
            if max(claim.start - figure.end, figure.start - claim.end) > REACH:
                continue
            if attached_date(context.document, figure, context.claims) is not claim:
                continue
            comparison = context.comparison(figure)
            if comparison is not None:
                dated = _date_of(context, comparison.reference)
                if dated is not None:
                    return Candidate(dated, comparison.candidate.score, comparison.candidate.matched_terms)
        return None


def _date_of(context: CheckContext, reference: IndexedReference) -> IndexedReference | None:
    """The date reference that dates the figure's fact: on the same subject, dated the day the figure holds
    from, and sharing a word of its description ("date du record de température", 18 July, for the
    "température maximale relevée" reported on 18 July)."""
    index = context.index
    if reference.as_of is None:
        return None
    measured = _measure_words(reference)
    for ref_id in sorted(index.subjects.get(reference.series_key[0], ())):
        other = index.references[ref_id]
        if other.kind == "date" and other.date == reference.as_of and _measure_words(other) & measured:
            return other
    return None


def _measure_words(reference: IndexedReference) -> frozenset[str]:
    return frozenset(terms(reference.record.get("measure") or "")) - reference.entities
