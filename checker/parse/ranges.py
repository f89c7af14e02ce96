"""Ranges: two figures read as one ("between 20 and 30", "de 20 à 30", "20-30%", "$20-30 million")."""

from __future__ import annotations

from dataclasses import replace

from checker.parse.figures import Figure
from checker.parse.intervals import tidy
from checker.parse.numeric_lexicon import NumericLexicon

#: Longest text allowed between the two figures of a range ("  and  ", " à ").
_MAX_GAP = 12
_OPENER_WINDOW = 20


def merge_ranges(figures: list[Figure], text: str, lo: int, lex: NumericLexicon) -> list[Figure]:
    """Replace each pair of figures that forms a range by one ``range`` figure."""
    merged: list[Figure] = []
    index = 0
    while index < len(figures):
        first = figures[index]
        second = figures[index + 1] if index + 1 < len(figures) else None
        joined = _join(first, second, text, lo, lex) if second else None
        if joined:
            merged.append(joined)
            index += 2
        else:
            merged.append(first)
            index += 1
    return merged


def _join(first: Figure, second: Figure, text: str, lo: int, lex: NumericLexicon) -> Figure | None:
    if second.start - first.end > _MAX_GAP or second.qualifier != "exact":
        return None
    # "some 20,000 to 30,000": an approximate range keeps its hedge word; other hedges bound one figure.
    if first.qualifier not in ("exact", "approx") or (first.qualifier == "approx" and not first.hedge):
        return None
    window = max(lo, first.start - _OPENER_WINDOW)
    opener = None
    if lex.range_and_gap.match(text, first.end, second.start):
        opener = lex.range_between_before.search(text, window, first.start)
        if opener is None:
            return None
    elif lex.range_to_gap.match(text, first.end, second.start):
        if lex.transition_before.search(text, window, first.start):
            return None  # "rose from 20 to 30": two figures, a change
        opener = lex.range_from_before.search(text, window, first.start)
    else:
        return None
    first, second = _share(first, second)
    if first is None or not first.value < second.value:
        return None
    start = opener.start("word") if opener else first.start
    return replace(
        second,
        start=start,
        hedge=first.hedge,
        value=first.value,
        low=tidy(first.value),
        high=tidy(second.value),
        qualifier="range",
        change=second.change or first.change,
    )


def _share(first: Figure, second: Figure) -> tuple[Figure | None, Figure]:
    """Give each bound what the text writes once: "20-30%", "between 1.5 and 2 billion", "$20-30m"."""
    if first.unit is None and second.unit is not None and first.kind in ("count", second.kind):
        first = replace(first, kind=second.kind, unit=second.unit)
    elif second.unit is None and first.unit is not None and second.kind == "count":
        second = replace(second, kind=first.kind, unit=first.unit)
    if first.kind != second.kind or first.unit != second.unit:
        return None, second
    if first.scale == 1.0 and second.scale > 1.0 and first.value * second.scale <= second.value:
        first = replace(first, value=first.value * second.scale, scale=second.scale)
    return first, second
