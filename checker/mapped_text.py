"""Text derived from a source (HTML, annotated markup) that knows where each of its characters came from."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class MappedText:
    """``text`` plus, for each character, the span ``[starts[i], ends[i])`` of the source it stands for.

    A character copied from the source spans one source character; a decoded
    entity spans the whole entity; a paragraph break inserted for a block tag
    spans nothing (start == end, at the tag).
    """

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def __post_init__(self) -> None:
        if not len(self.text) == len(self.starts) == len(self.ends):
            raise ValueError("a MappedText needs one source span per character")

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """The source span holding ``text[start:end]`` (a point for an empty range)."""
        if not 0 <= start <= end <= len(self.text):
            raise IndexError(f"range {start}:{end} is outside a text of {len(self.text)} characters")
        if start == end:
            point = self.starts[start] if start < len(self.text) else (self.ends[-1] if self.ends else 0)
            return point, point
        return self.starts[start], self.ends[end - 1]
