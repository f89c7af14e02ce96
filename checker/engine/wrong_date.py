"""Rule kind for dated facts placed on the wrong date, month or year."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from checker.claims import Claim
from checker.engine import wording
from checker.engine.base import CheckContext, RuleKind
from checker.match import Candidate
from checker.report import Finding
from checker.terms import terms_with_offsets


def _distance(context: CheckContext, claim: Claim, candidate: Candidate) -> int | None:
    """Characters between the date and the nearest word of its sentence that matched the reference."""
    sentence = context.document.sentences[claim.sentence]
    language = sentence.language
    matched = set(candidate.matched_terms)
    positions = [start for term, start in terms_with_offsets(context.document.text[sentence.start:sentence.end],
                                                             language, sentence.start) if term in matched]
    if not positions:
        return None
    return min(min(abs(position - claim.start), abs(position - claim.end)) for position in positions)


class WrongDate(RuleKind):
    """A dated fact (an invasion, an election, a report) placed outside the reference date.

    Why: a slipped year or month is invisible to a reader and common in copy
    written from memory.
    Passes: "Russia's full-scale invasion of Ukraine in February 2022" against
    a reference dated 2022-02-24.
    Fails: "the invasion of Ukraine in March 2022"; "l'invasion de l'Ukraine
    l'an dernier" in an article of 2024.
    Only the date nearest the words that identify the fact is compared (a
    sentence's "said on Friday" is not the date of the invasion it mentions).
    Parameters: ``max_distance`` (characters between the date and those words),
    ``tolerance_days``.
    """

    name = "wrong_date"

    def check(self, context: CheckContext) -> Iterable[Finding]:
        max_distance = int(self.param("max_distance", 80))
        tolerance = dt.timedelta(days=int(self.param("tolerance_days", 0)))
        nearest: dict[tuple[int, str], tuple[int, Claim, Candidate]] = {}
        for claim in context.claims:
            match = context.matches.get(claim.id)
            if claim.kind != "date" or not claim.date_start or match is None or match.ambiguous or not match.best:
                continue
            distance = _distance(context, claim, match.best)
            if distance is None or distance > max_distance:
                continue
            key = (claim.sentence, match.best.reference.id)
            if key not in nearest or distance < nearest[key][0]:
                nearest[key] = (distance, claim, match.best)
        for _, claim, candidate in sorted(nearest.values(), key=lambda item: item[1].start):
            fact_date = candidate.reference.date
            if fact_date is None:
                continue
            start, end = dt.date.fromisoformat(claim.date_start), dt.date.fromisoformat(claim.date_end)
            if start - tolerance <= fact_date <= end + tolerance:
                continue
            record = candidate.reference.record
            values = {
                "event": record.get("measure") or "",
                "reference_value": wording.date(fact_date, "day", context.language),
                "source": wording.source(record, context.language),
                "claimed": wording.date(start, claim.granularity, context.language),
            }
            yield self.finding(context, claim, values, candidate=candidate, expected=fact_date.isoformat())
