"""Claim -> ranked reference candidates, each with the terms that matched (the evidence)."""

from __future__ import annotations

import heapq
from collections import defaultdict
from dataclasses import dataclass

from checker import units
from checker.claims import Claim
from checker.document import Document
from checker.references.index import IndexedReference, ReferenceIndex
from checker.terms import terms

#: Which reference kinds a claim kind may be compared with.
COMPATIBLE_KINDS = {
    "count": ("count",),
    "quantity": ("quantity",),
    "money": ("money",),
    "percent": ("percent",),
    "ratio": ("percent",),
    "date": ("date",),
}
COUNTED_WEIGHT = 3.0
SENTENCE_WEIGHT = 1.0
NEIGHBOUR_WEIGHT = 0.5
#: A claim whose counted noun matches none of a reference's terms is most likely about something else;
#: a bare count ("21 of them") is too vague to pin on a reference by its sentence alone.
COUNTED_MISS_FACTOR = 0.3
#: Terms carried by more references than this only score; they do not fetch candidates.
MAX_POSTINGS = 5000
MAX_CANDIDATES = 5


@dataclass(frozen=True)
class MatchSettings:
    min_score: float = 4.0
    #: A runner-up within this share of the best score makes the match ambiguous.
    ambiguity_ratio: float = 0.85


DEFAULT_MATCH = MatchSettings()


@dataclass(frozen=True)
class Candidate:
    reference: IndexedReference
    score: float
    matched_terms: tuple[str, ...]

    def evidence(self) -> dict:
        return {"score": round(self.score, 3), "matched_terms": list(self.matched_terms)}


@dataclass(frozen=True)
class Match:
    """The candidates of one claim, best first (empty: the claim is unverified)."""

    claim: Claim
    candidates: tuple[Candidate, ...]
    ambiguous: bool = False

    @property
    def best(self) -> Candidate | None:
        return self.candidates[0] if self.candidates else None


def compatible(claim: Claim, reference: IndexedReference) -> bool:
    """Kind and unit agree (a count never matches money; km matches miles)."""
    if reference.kind not in COMPATIBLE_KINDS.get(claim.kind, ()):
        return False
    ref_unit = reference.record.get("unit")
    if claim.kind == "quantity":
        return bool(claim.unit and ref_unit and units.same_dimension(claim.unit, ref_unit))
    if claim.kind == "money":
        return claim.unit is None or ref_unit is None or claim.unit == ref_unit
    if claim.kind == "percent":
        return (claim.unit or "%") == (ref_unit or "%")
    return True


def _context(document: Document, claim: Claim) -> dict[str, float]:
    """Weighted terms around a claim: its counted noun phrase, its sentence, the sentence before."""
    language = document.sentence_at(claim.start).language
    weights: dict[str, float] = defaultdict(float)
    sentence = document.sentences[claim.sentence] if claim.sentence < len(document.sentences) else None
    if sentence is not None and claim.sentence > 0:
        previous = document.sentences[claim.sentence - 1]
        for term in terms(document.text[previous.start:previous.end], language):
            weights[term] = max(weights[term], NEIGHBOUR_WEIGHT)
    if sentence is not None:
        for term in terms(document.text[sentence.start:sentence.end], language):
            weights[term] = max(weights[term], SENTENCE_WEIGHT)
    for term in terms(claim.counted or "", language):
        weights[term] = COUNTED_WEIGHT
    return weights


def match_claim(document: Document, claim: Claim, index: ReferenceIndex,
                settings: MatchSettings = DEFAULT_MATCH) -> Match:
    """Rank the references compatible with ``claim`` by weighted, idf-scaled shared terms."""
    kinds = COMPATIBLE_KINDS.get(claim.kind, ())
    if not kinds or not index.references:
        return Match(claim, ())
    context = _context(document, claim)
    counted_terms = {term for term, weight in context.items() if weight == COUNTED_WEIGHT}
    pool: set[str] = set()
    for kind in kinds:
        postings = index.postings.get(kind, {})
        for term in context:
            ids = postings.get(term)
            if ids and len(ids) <= MAX_POSTINGS:
                pool.update(ids)
    scored: list[tuple[float, str, Candidate]] = []
    for ref_id in pool:
        reference = index.references[ref_id]
        if not compatible(claim, reference):
            continue
        shared = reference.terms.intersection(context)
        score = sum(context[term] * index.idf(term) for term in shared)
        if (counted_terms and not counted_terms & shared) or (claim.kind == "count" and not counted_terms):
            score *= COUNTED_MISS_FACTOR
        if score >= settings.min_score:
            scored.append((score, ref_id, Candidate(reference, score, tuple(sorted(shared)))))
    best = heapq.nlargest(MAX_CANDIDATES, scored, key=lambda item: (item[0], item[1]))
    candidates = tuple(candidate for _, _, candidate in best)
    return Match(claim, candidates, _ambiguous(candidates, settings))


def _ambiguous(candidates: tuple[Candidate, ...], settings: MatchSettings) -> bool:
    """Two close candidates from different series with different values: say so rather than guess."""
    if len(candidates) < 2:
        return False
    first, second = candidates[0], candidates[1]
    if second.score < first.score * settings.ambiguity_ratio:
        return False
    if first.reference.series_key == second.reference.series_key:
        return False
    a, b = first.reference.interval, second.reference.interval
    if a is not None and b is not None:
        return not a.overlaps(b)
    return first.reference.date != second.reference.date
