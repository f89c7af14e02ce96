"""Cutting an article into plain text and marked spans, the way the review page shows it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar

Mark = TypeVar("Mark")


@dataclass(frozen=True)
class Segment(Generic[Mark]):
    """A run of the article's text, with the mark it carries (None for plain text)."""

    text: str
    mark: Mark | None = None


def cut(text: str, spans: Iterable[tuple[int, int, Mark]]) -> list[Segment[Mark]]:
    """``text`` in order, each span ``(start, end, mark)`` (end exclusive) as one marked segment.

    The segments put back together are ``text`` exactly. A span that is empty, out of the text or
    overlaps a span kept before it (the earlier, then the longer, wins) is left unmarked.
    """
    segments: list[Segment[Mark]] = []
    position = 0
    for start, end, mark in sorted(spans, key=lambda span: (span[0], -span[1])):
        if start < position or start >= end or end > len(text):
            continue
        if start > position:
            segments.append(Segment(text[position:start]))
        segments.append(Segment(text[start:end], mark))
        position = end
    if position < len(text):
        segments.append(Segment(text[position:]))
    return segments
