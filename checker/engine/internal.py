"""Rule kind for the same quantity stated twice in one article with different values."""

from __future__ import annotations

from collections.abc import Iterable

from checker.engine.base import CheckContext, RuleKind
from checker.engine.mentions import restates
from checker.report import Finding


class InternalContradiction(RuleKind):
    """The article states the same quantity twice with different values.

    Why: a figure corrected in one paragraph and not in another is a classic
    error of rewritten copy.
    Passes: "six North Korean generals were seen" ... "the six generals".
    Fails: "six North Korean generals were seen" ... "the five generals".
    The later mention is flagged; ``related_claim_ids`` points to the first.
    Only a restatement is compared: a figure introduced by "the", "these",
    "les", "ces" (lexicons/<lang>/text.yaml, ``cues.anaphoric``) and an earlier
    figure of the same kind and unit describing the same thing. Two bare
    mentions ("six officials" ... "five officials said") are as often a group
    and part of it as a correction, so they are left alone.
    """

    name = "internal"

    def check(self, context: CheckContext) -> Iterable[Finding]:
        for claim in context.claims:
            first = context.antecedent(claim)
            if first is None:
                continue
            if restates(first, claim):
                continue
            yield self.finding(context, claim, {"first": context.quote(first)}, related=[first.id],
                               expected=first.text)
