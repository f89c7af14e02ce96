"""Reads a digit token ("1,500", "2 500", "1,5", "1.000.000") in a language's conventions."""

from __future__ import annotations

from dataclasses import dataclass

_SPACES = " \u00a0\u202f"
_MINUS = "-−"
#: Longer digit runs are identifiers (order numbers, codes), not figures.
MAX_PLAIN_DIGITS = 9
MAX_GROUPED_DIGITS = 18


@dataclass(frozen=True)
class DigitValue:
    value: float
    #: The unit of the last digit as written: 1 for "1,500", 0.1 for "1.2", 0.01 for "4,95".
    step: float
    has_decimals: bool
    has_sign: bool


def read_digits(token: str, decimal: str) -> DigitValue | None:
    """The value of ``token``, or None when it is not a well-formed number in this convention.

    ``decimal`` is the language's decimal mark ("." or ","); the other mark groups
    thousands when every group after the first has three digits ("1,500" in English,
    "1.000" in French), and is read as a decimal mark otherwise ("1,5" in English).
    Spaces (ordinary, no-break, narrow no-break) always group thousands.
    """
    sign = 1.0
    has_sign = token[:1] in _MINUS + "+"
    if has_sign:
        sign = -1.0 if token[0] in _MINUS else 1.0
        token = token[1:]
    compact = "".join(ch for ch in token if ch not in _SPACES)
    grouped = len(compact) != len(token)
    other = "," if decimal == "." else "."
    if decimal in compact and other in compact:
        # Both marks: the last one is the decimal mark ("1,234.5" or "1.234,5").
        last = decimal if compact.rfind(decimal) > compact.rfind(other) else other
        first = other if last == decimal else decimal
        integer, _, fraction = compact.rpartition(last)
        if not _valid_groups(integer.split(first)):
            return None
        digits = integer.replace(first, "")
        grouped = True
    elif other in compact or decimal in compact:
        mark = other if other in compact else decimal
        parts = compact.split(mark)
        if len(parts) > 2 or (mark == other and len(parts[1]) == 3):
            if not _valid_groups(parts):
                return None
            digits, fraction, grouped = "".join(parts), "", True
        elif mark == decimal or len(parts[1]) <= 2:
            digits, fraction = parts
        else:
            return None
    else:
        digits, fraction = compact, ""
    if not digits.isdigit() or (fraction and not fraction.isdigit()):
        return None
    limit = MAX_GROUPED_DIGITS if grouped else MAX_PLAIN_DIGITS
    if len(digits) > limit or len(fraction) > MAX_GROUPED_DIGITS:
        return None
    value = sign * float(f"{digits}.{fraction}" if fraction else digits)
    step = 10.0 ** -len(fraction) if fraction else 1.0
    return DigitValue(value, step, bool(fraction), has_sign)


def _valid_groups(parts: list[str]) -> bool:
    return 1 <= len(parts[0]) <= 3 and all(len(part) == 3 for part in parts[1:])
