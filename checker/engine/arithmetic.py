"""Rule kind for figures that contradict each other in one sentence: shares, changes, sums."""

from __future__ import annotations

from collections.abc import Iterable

from checker.claims import Claim, Interval
from checker.engine import wording
from checker.engine.base import CheckContext, RuleKind
from checker.report import Finding

AMOUNT_KINDS = ("count", "money", "quantity")


def _bounds(claim: Claim) -> Interval | None:
    interval = claim.interval
    if interval is None or not interval.bounded:
        return None
    return interval


def _share_range(part: Interval, whole: Interval) -> Interval | None:
    """The percentages part/whole can be, given the rounding of both."""
    if whole.low <= 0:
        return None
    return Interval(100 * part.low / whole.high, 100 * part.high / whole.low)


def _change_range(old: Interval, new: Interval) -> Interval | None:
    """The percentage changes from old to new can be, given the rounding of both."""
    if old.low <= 0:
        return None
    return Interval(100 * (new.low - old.high) / old.high, 100 * (new.high - old.low) / old.low)


def _percent(claim: Claim) -> Interval | None:
    """A percent or ratio claim as a percentage interval."""
    interval = _bounds(claim)
    if interval is None:
        return None
    if claim.kind == "ratio":
        return Interval(interval.low * 100, interval.high * 100)
    if claim.kind == "percent" and (claim.unit or "%") == "%":
        return interval
    return None


class Arithmetic(RuleKind):
    """Figures of one sentence that contradict each other.

    Checks three patterns: a share stated next to its parts ("21 of the 50
    missiles, or 60%"; "about half of some 50 missiles" next to "21 of them"), a
    change stated next to the two values ("up 15%, to $1.2bn from $1.1bn"), and
    parts that add up to more than their total ("50 missiles, including 30
    cruise missiles and 25 drones").
    Why: the arithmetic in a sentence is checkable without any reference, and
    readers do it.
    Passes: "21 of the 50 missiles, or 42%".
    Fails: "21 of the 50 missiles, or 60%".
    Parameters: ``slack_points``: percentage points allowed on top of rounding.
    """

    name = "arithmetic"

    def check(self, context: CheckContext) -> Iterable[Finding]:
        slack = float(self.param("slack_points", 0.5))
        by_sentence: dict[int, list[Claim]] = {}
        for claim in context.claims:
            if claim.is_claim and claim.kind != "date":
                by_sentence.setdefault(claim.sentence, []).append(claim)
        for claims in by_sentence.values():
            yield from self._shares(context, claims, slack)
            yield from self._changes(context, claims, slack)
            yield from self._sums(context, claims)

    def _shares(self, context: CheckContext, claims: list[Claim], slack: float) -> Iterable[Finding]:
        part_of = context.cues("part_of")
        for index, part in enumerate(claims[:-1]):
            whole = claims[index + 1]
            if part.kind != "count" or whole.kind != "count" or context.between(part, whole) not in part_of:
                continue
            part_bounds, whole_bounds = _bounds(part), _bounds(whole)
            if part_bounds is None or whole_bounds is None:
                continue
            possible = _share_range(part_bounds, whole_bounds)
            for stated in claims:
                share = _percent(stated) if stated.start >= whole.end or stated.end <= part.start else None
                if share is None or possible is None or share.overlaps(possible, slack=slack):
                    continue
                actual = 100 * part.value / whole.value
                yield self.finding(context, stated, {
                    "explanation": self._say(context, "share", part=part.text, whole=whole.text,
                                             actual=wording.quantity(round(actual, 1), "%", None, context.language)),
                }, related=[part.id, whole.id],
                    expected=wording.quantity(round(actual, 1), "%", None, context.language))

    def _changes(self, context: CheckContext, claims: list[Claim], slack: float) -> Iterable[Finding]:
        changes = [claim for claim in claims if claim.change and claim.kind == "percent"]
        if not changes:
            return
        amounts = [claim for claim in claims if claim.kind in AMOUNT_KINDS and not claim.change]
        from_cues, to_cues = context.cues("change_from"), context.cues("change_to")
        old = next((a for a in amounts if self._preceded_by(context, a, from_cues)), None)
        new = next((a for a in amounts if a is not old and self._preceded_by(context, a, to_cues)), None)
        if old is None or new is None or old.kind != new.kind or old.unit != new.unit:
            return
        old_bounds, new_bounds = _bounds(old), _bounds(new)
        if old_bounds is None or new_bounds is None:
            return
        possible = _change_range(old_bounds, new_bounds)
        if possible is None:
            return
        for stated in changes:
            interval = _bounds(stated)
            if interval is None:
                continue
            sign = -1 if stated.change == "decrease" else 1
            signed = Interval(min(sign * interval.low, sign * interval.high),
                              max(sign * interval.low, sign * interval.high))
            if signed.overlaps(possible, slack=slack):
                continue
            actual = 100 * (new.value - old.value) / old.value
            expected = wording.quantity(round(actual, 1), "%", None, context.language)
            yield self.finding(context, stated, {
                "explanation": self._say(context, "change", old=old.text, new=new.text, actual=expected),
            }, related=[old.id, new.id], expected=expected)

    def _sums(self, context: CheckContext, claims: list[Claim]) -> Iterable[Finding]:
        exhaustive, inclusive = context.cues("parts_exhaustive"), context.cues("parts_inclusive")
        text = context.document.text
        for index, total in enumerate(claims):
            if total.kind != "count" or total.value is None:
                continue
            parts = [c for c in claims[index + 1:] if c.kind == "count" and c.value is not None]
            if len(parts) < 2:
                continue
            lead = " ".join(text[total.end:parts[0].start].lower().split())
            is_exhaustive = any(cue in lead for cue in exhaustive)
            if not is_exhaustive and not any(cue in lead for cue in inclusive):
                continue
            low = sum((p.low if p.low is not None else p.value) for p in parts)
            high = sum((p.high if p.high is not None else p.value) for p in parts)
            total_bounds = total.interval
            if total_bounds is None:
                continue
            too_many = low > total_bounds.high
            too_few = is_exhaustive and high < total_bounds.low  # an exhaustive list must reach the total
            if not (too_many or too_few):
                continue
            parts_sum = wording.number(sum(p.value for p in parts), context.language)
            yield self.finding(context, total, {
                "explanation": self._say(context, "sum", total=total.text, parts_sum=parts_sum),
            }, related=[p.id for p in parts], expected=parts_sum)

    @staticmethod
    def _preceded_by(context: CheckContext, claim: Claim, cues: tuple[str, ...]) -> bool:
        before = " " + " ".join(context.document.text[max(0, claim.start - 25):claim.start].lower().split())
        return any(before.endswith(" " + cue) for cue in cues)

    def _say(self, context: CheckContext, pattern: str, **values: str) -> str:
        templates = self.param("explanations", {}).get(pattern, {})
        template = templates.get(context.language) or templates.get("en") or ""
        return template.format_map(values)
