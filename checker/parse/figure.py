"""Figure: a number as the text states it, filled in while the words around it are read."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class Figure:
    """A number as the text states it, before it becomes a (frozen) Claim.

    Mutable on purpose: the parser builds one per number found and fills it in as it
    reads the words around it; copying a frozen value at each step cost a third of
    the parse time.
    """

    start: int
    end: int
    value: float
    kind: str = "count"
    unit: str | None = None
    #: Unit of the last written digit, scale applied ("1.2 million": 100 000).
    step: float = 1.0
    has_decimals: bool = False
    #: Factor of the scale word or indefinite plural read, 1 when none.
    scale: float = 1.0
    qualifier: str = "exact"
    hedge: str | None = None
    change: str | None = None
    margin: float = 0.0
    #: A word was read that takes "of"/"de" before what it counts ("millions of", "la moitié des").
    linked: bool = False
    signed: bool = False
    low: float | None = None
    high: float | None = None
    source: str = "digits"
    #: Needs a context check: "one" (pronoun), "un" (article), "neuf" (adjective).
    word_check: str | None = None
    #: What it counts when the number's own words say it ("un Français sur trois").
    counted: str | None = None
