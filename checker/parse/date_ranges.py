"""Joins neighbouring dates into ranges ("from 2019 to 2022", "entre mars et mai") and settles weak readings."""

from __future__ import annotations

import re
from dataclasses import replace

from checker.claims import GRANULARITIES
from checker.parse.date_calendar import Period
from checker.parse.date_forms import Candidate
from checker.parse.date_grammar import Grammar, normalise

_ENUMERATION = re.compile(r"\s{0,3}(?:,|,?\s{1,3}(?:and|or|et|ou))\s{1,3}")


def _connector(gap: str, grammar: Grammar) -> str:
    """The connector word between two dates, without a trailing article ("to the end of")."""
    words = normalise(gap).split()
    while words and words[-1] in grammar.word_set("articles"):
        words.pop()
    if words and words[-1].endswith("'") and words[-1] in grammar.word_set("articles"):
        words.pop()
    return " ".join(words)


def _coarser(first: str, second: str) -> str:
    return max(first, second, key=GRANULARITIES.index)


def _join(first: Candidate, second: Candidate, lowered: str, grammar: Grammar) -> Candidate | None:
    if first.kind != "date" or second.kind != "date" or first.period is None or second.period is None:
        return None
    connectors = grammar.lexicon["range_connectors"]
    connector = _connector(lowered[first.end : second.start], grammar)
    opener = first.prep if first.prep in connectors and first.prep else None
    uses_opener = opener is not None and connector in connectors[opener]
    if not uses_opener and connector not in connectors[""]:
        return None
    if not (uses_opener or first.strong or second.strong):
        return None
    start_period = first.period
    if first.recurring is not None:
        start_period = first.recurring.resolve(second.period.end, "past") or start_period
    if start_period.start > second.period.end:
        return None
    period = Period(
        start_period.start, second.period.end, _coarser(start_period.granularity, second.period.granularity)
    )
    start = first.prep_start if uses_opener and first.hedge is None else first.start
    return replace(first, start=start, end=second.end, period=period, qualifier="range", strong=True, prep=None)


def join_ranges(candidates: list[Candidate], lowered: str, grammar: Grammar) -> list[Candidate]:
    """Ranges joined, and weak dates listed right after a sure one ("in March and May") made sure."""
    joined: list[Candidate] = []
    index = 0
    while index < len(candidates):
        current = candidates[index]
        if index + 1 < len(candidates):
            pair = _join(current, candidates[index + 1], lowered, grammar)
            if pair is not None:
                joined.append(pair)
                index += 2
                continue
        if not current.strong and joined and joined[-1].strong and joined[-1].kind == "date":
            if _ENUMERATION.fullmatch(lowered[joined[-1].end : current.start]):
                current = replace(current, strong=True)
        joined.append(current)
        index += 1
    return joined
