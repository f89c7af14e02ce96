"""Rule kind for the same quantity stated twice in one article with different values."""

from __future__ import annotations

from collections.abc import Iterable

from checker.claims import Claim
from checker.engine.base import CheckContext, RuleKind
from checker.engine.compare import Tolerances, consistent
from checker.report import Finding
from checker.terms import terms

COMPARABLE_KINDS = ("count", "quantity", "money", "percent")


def _key(claim: Claim, language: str) -> tuple | None:
    """What a claim counts, normalised: same key, same quantity."""
    if claim.kind not in COMPARABLE_KINDS or not claim.counted or claim.change:
        return None
    counted = tuple(sorted(set(terms(claim.counted, language))))
    if not counted:
        return None
    return claim.kind, claim.unit, counted


class InternalContradiction(RuleKind):
    """The article states the same quantity twice with different values.

    Why: a figure corrected in one paragraph and not in another is a classic
    error of rewritten copy.
    Passes: "six senior officials" ... "the six officials".
    Fails: "six senior officials attended" ... "the five senior officials said".
    The later mention is flagged; ``related_claim_ids`` points to the first.
    Mentions in sentences that compare figures (from/than/compared...) are left out.
    """

    name = "internal"

    def check(self, context: CheckContext) -> Iterable[Finding]:
        comparison_cues = context.cues("comparison")
        first_seen: dict[tuple, Claim] = {}
        for claim in context.claims:
            key = _key(claim, context.document.sentence_at(claim.start).language)
            if key is None or self._compares(context, claim, comparison_cues):
                continue
            first = first_seen.setdefault(key, claim)
            if first is claim or first.sentence == claim.sentence:
                continue
            a, b = first.interval, claim.interval
            if a is None or b is None or consistent(b, a, Tolerances(relative=0.0)):
                continue
            yield self.finding(context, claim, {"first": context.quote(first)}, related=[first.id],
                               expected=first.text)

    @staticmethod
    def _compares(context: CheckContext, claim: Claim, cues: tuple[str, ...]) -> bool:
        sentence = f" {' '.join(context.sentence_text(claim).lower().split())} "
        return any(f" {cue} " in sentence for cue in cues)
