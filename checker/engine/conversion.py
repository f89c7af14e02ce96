"""Rule kind for conversions written in the text: "1,500 km (600 miles)"."""

from __future__ import annotations

from collections.abc import Iterable

from checker import units
from checker.claims import OPEN_BOUNDS, Claim, Interval
from checker.engine import wording
from checker.engine.base import CheckContext, RuleKind
from checker.links import conversion_link, rough_conversion
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
            between = context.between(first, second)
            if first.unit == second.unit or not (conversion_link(between, context.language, first.counted)
                                                  or rough_conversion(between, first, second)) \
                    or not units.same_dimension(first.unit, second.unit) or _each(context, second):
                continue
            converted = units.convert(first.value, first.unit, second.unit)
            stated = _as_written(second)
            if converted is None or stated is None:
                continue
            # "up to 2.8 metres (about 9 feet)": the bracket converts the bound, not the whole range below it
            bounded = first.qualifier in OPEN_BOUNDS or first.low is None or first.high is None
            low = units.convert(first.value if bounded else first.low, first.unit, second.unit)
            high = units.convert(first.value if bounded else first.high, first.unit, second.unit)
            expected = Interval(min(low, high), max(low, high))
            if stated.overlaps(expected, slack=tolerance * abs(converted)):
                continue
            expected_text = wording.quantity(round(converted, 1), second.unit, None, context.language)
            yield self.finding(context, second, {"first": context.quote(first), "expected": expected_text},
                               related=[first.id], expected=expected_text)


def _each(context: CheckContext, claim: Claim) -> bool:
    """Is the quantity an amount each ("3,2 tonnes, soit environ 84 kilos chacun": ``cues.per_head``)? A share of the
    figure before, no conversion of it."""
    after = context.document.text[claim.end:claim.end + 40].lower().replace(",", " ").replace(".", " ").split()
    return any(after[:len(words)] == words for words in (cue.split() for cue in context.cues("per_head")))


def _as_written(claim: Claim) -> Interval | None:
    """The values a conversion covers: "about 29 feet" rounds its conversion to the foot (28.5 to 29.5 ft), it does
    not allow the tenth either way "about" allows a figure of its own; "about 30 feet" rounds to the ten."""
    if claim.qualifier != "approx" or claim.value is None or claim.value <= 0:
        return claim.interval
    half_step = _written_step(claim.value) / 2
    return Interval(claim.value - half_step, claim.value + half_step)


def _written_step(value: float) -> float:
    """The place of the last significant digit of ``value`` as written: 29 -> 1, 30 -> 10, 32.5 -> 0.1."""
    text = f"{value:.6f}".rstrip("0")
    if not text.endswith("."):
        return 10.0 ** -len(text.split(".")[1])
    digits = text[:-1]
    return 10.0 ** (len(digits) - len(digits.rstrip("0"))) if digits.strip("0") else 1.0
