"""Ranges: two figures read as one ("between 20 and 30", "de 20 à 30", "20-30%", "$20-30 million")."""

from __future__ import annotations

import re
from copy import copy

from checker.parse.figure import Figure
from checker.parse.intervals import tidy
from checker.parse.numeric_lexicon import NumericLexicon

#: Longest text allowed between the two figures of a range ("  and  ", " à ").
_MAX_GAP = 12
_OPENER_WINDOW = 20
#: Characters before "from" searched for a verb of change with up to three words of object between ("raised its pay
#: offer from 3.2% to 4.6%").
_TRANSITION_WINDOW = 45
#: What may separate a change from the "from X to Y" that gives its two values: "rose 30%, from", "tripled (from".
_CHANGE_GAP = re.compile(r"[\s,(–—-]*")


def merge_ranges(figures: list[Figure], low: str, lo: int, lex: NumericLexicon) -> list[Figure]:
    """Replace each pair of figures that forms a range by one ``range`` figure (``low``: lower-cased text)."""
    merged: list[Figure] = []
    index = 0
    while index < len(figures):
        first = figures[index]
        second = figures[index + 1] if index + 1 < len(figures) else None
        if second:
            _starting_value(first, second, low, lo, lex)
        joined = None
        if second and not _values_of_change(merged[-1] if merged else None, first, low, lo, lex):
            joined = _join(first, second, low, lo, lex)
        if joined:
            merged.append(joined)
            index += 2
        else:
            merged.append(first)
            index += 1
    return merged


def _values_of_change(previous: Figure | None, first: Figure, low: str, lo: int, lex: NumericLexicon) -> bool:
    """ "rose 30%, from 3,000 to 9,000", "tripled, from 3,000 to 9,000": right after a change or a multiplier,
    "from X to Y" gives its two values (two figures), not a range."""
    if previous is None or not (previous.change or (previous.kind == "ratio" and previous.value > 1)):
        return False  # neither a change nor a multiplier ("multiplié par trois, de 3 000 à 9 000")
    opener = lex.range_from_before.search(low, max(lo, first.start - _OPENER_WINDOW), first.start)
    return opener is not None and _CHANGE_GAP.fullmatch(low, previous.end, opener.start("word")) is not None


def _starting_value(first: Figure, second: Figure, low: str, lo: int, lex: NumericLexicon) -> None:
    """« a reculé de 7,5 % à 7,1 % »: after a change verb, "de" opens the value the change starts from when a
    figure of the same measure follows after "à"; the first figure is then a level, not the size of the change."""
    if not first.change or second.change or (first.kind, first.unit) != (second.kind, second.unit):
        return
    if second.start - first.end > _MAX_GAP or not lex.range_to_gap.match(low, first.end, second.start):
        return
    if lex.range_from_before.search(low, max(lo, first.start - _OPENER_WINDOW), first.start):
        first.change = None


def _join(first: Figure, second: Figure, low: str, lo: int, lex: NumericLexicon) -> Figure | None:
    if second.start - first.end > _MAX_GAP or second.qualifier != "exact":
        return None
    if first.source == "ratio" or second.source == "ratio":
        return None  # "one in five", "un sur deux" are no bound of a range
    # "some 20,000 to 30,000": an approximate range keeps its hedge word; other hedges bound one figure.
    if first.qualifier not in ("exact", "approx") or (first.qualifier == "approx" and not first.hedge):
        return None
    window = max(lo, first.start - _OPENER_WINDOW)
    opener = None
    if lex.range_and_gap.match(low, first.end, second.start):
        opener = lex.range_between_before.search(low, window, first.start)
        if opener is None:
            return None
    elif lex.range_to_gap.match(low, first.end, second.start):
        if first.change or lex.transition_before.search(low, max(lo, first.start - _TRANSITION_WINDOW), first.start):
            return None  # "rose from 20 to 30", "fell $2 to $78.50": a change, then a level
        opener = lex.range_from_before.search(low, window, first.start)
    else:
        return None
    shared = _share(first, second)
    if shared is None:
        return None
    kind, unit, low = shared
    if not low < second.value:
        return None
    merged = copy(second)
    merged.start = opener.start("word") if opener else first.start
    merged.kind, merged.unit, merged.value, merged.low, merged.high = kind, unit, low, tidy(low), tidy(second.value)
    merged.qualifier, merged.hedge, merged.change = "range", first.hedge, second.change or first.change
    return merged


def _share(first: Figure, second: Figure) -> tuple[str, str | None, float] | None:
    """What the text writes once applies to both bounds: "20-30%", "between 1.5 and 2 billion", "$20-30m".

    Returns the range's kind, unit and lower bound, or None when the two figures measure different things.
    """
    kind, unit = second.kind, second.unit
    if second.unit is None and first.unit is not None and second.kind == "count":
        kind, unit = first.kind, first.unit
    elif not (first.unit is None and first.kind in ("count", second.kind)) and (first.kind, first.unit) != (kind, unit):
        return None
    low = first.value
    if first.scale == 1.0 and second.scale > 1.0 and first.value * second.scale <= second.value:
        low = first.value * second.scale
    return kind, unit, low
