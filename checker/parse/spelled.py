"""Values of spelled-out numbers ("twenty-one", "quatre-vingt-dix-sept", "deux milliards") via text2num."""

from __future__ import annotations

import re
from dataclasses import dataclass

from text_to_num import text2num

_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class SpelledNumber:
    start: int  # offsets relative to the run
    end: int
    value: float
    #: The unit of the last word as written: 1 for "six", 1e9 for "deux milliards".
    step: float
    #: A trailing scale word ("million", "milliard") was used.
    scaled: bool


def read_spelled(
    run: str,
    language: str,
    scales: dict[str, float],
    articles: dict[str, str],
    connectors: frozenset[str],
) -> list[SpelledNumber]:
    """Split a run of number words into the numbers it holds, each with its value.

    text2num reads the words up to "million"/"milliard"; a trailing scale word it does
    not know ("trillion", French "billion") is applied here. A run that is not one
    number ("six seven") is split into the longest readable pieces, left to right.
    """
    words = [(m.start(), m.end(), m.group(0)) for m in _WORD.finditer(run)]
    pieces: list[SpelledNumber] = []
    index = 0
    while index < len(words):
        if words[index][2].lower() in connectors:
            index += 1
            continue
        for stop in range(len(words), index, -1):
            if words[stop - 1][2].lower() in connectors:
                continue
            number = _value([w for _, _, w in words[index:stop]], language, scales, articles)
            if number is not None:
                value, step, scaled = number
                pieces.append(SpelledNumber(words[index][0], words[stop - 1][1], value, step, scaled))
                index = stop
                break
        else:
            index += 1
    return pieces


def _value(
    words: list[str], language: str, scales: dict[str, float], articles: dict[str, str]
) -> tuple[float, float, bool] | None:
    lowered = [w.lower() for w in words]
    if lowered[0] in articles:
        if len(lowered) == 1:
            return None
        lowered[0] = articles[lowered[0]]
    last_scale = scales.get(lowered[-1], 0.0)
    if last_scale >= 1e6:
        head = lowered[:-1]
        if head and scales.get(head[-1], 0.0) >= 1e6:
            return None  # "million million" is no number
        mantissa = _text2num(head, language) if head else 1
        if mantissa is None:
            return None
        return float(mantissa) * last_scale, last_scale, True
    value = _text2num(lowered, language)
    if value is None:
        return None
    return float(value), 1.0, False


def _text2num(words: list[str], language: str) -> int | None:
    try:
        return text2num(" ".join(words), language)
    except ValueError:
        return None
