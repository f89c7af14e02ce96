"""Rule kind for conversions written in the text: "1,500 km (600 miles)"."""

from __future__ import annotations

from collections.abc import Iterable

from checker import units
from checker.claims import Interval
from checker.engine import wording
from checker.engine.base import CheckContext, RuleKind
from checker.links import conversion_link
from checker.report import Finding


class WrongConversion(RuleKind):
    """A quantity followed by its conversion into another unit that does not match.

    Why: conversions are done by hand under deadline and rarely re-checked.
    Passes: "1,500 km (930 miles)".
    Fails: "1,500 km (600 miles)"; "44.1C (111.4C)" (the bracket restates the figure in the same unit,
    with another value).
    Parameters: ``relative_tolerance`` on top of the rounding of both figures.
    """

    name = "conversion"

    def check(self, context: CheckContext) -> Iterable[Finding]:
        tolerance = float(self.param("relative_tolerance", 0.03))
        quantities = [claim for claim in context.claims if claim.kind == "quantity" and claim.unit]
        for first, second in zip(quantities, quantities[1:], strict=False):
            if first.unit == second.unit or not conversion_link(context.between(first, second), context.language) \
                    or not units.same_dimension(first.unit, second.unit):
                continue
            converted = units.convert(first.value, first.unit, second.unit)
            stated = second.interval
            if converted is None or stated is None:
                continue
            low = units.convert(first.low if first.low is not None else first.value, first.unit, second.unit)
            high = units.convert(first.high if first.high is not None else first.value, first.unit, second.unit)
            expected = Interval(min(low, high), max(low, high))
            if stated.overlaps(expected, slack=tolerance * abs(converted)):
                continue
            expected_text = wording.quantity(round(converted, 1), second.unit, None, context.language)
            yield self.finding(context, second, {"first": context.quote(first), "expected": expected_text},
                               related=[first.id], expected=expected_text)
