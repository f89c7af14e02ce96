"""Repeated mentions: a figure introduced by "the" or "ces" that restates a quantity the article gave before."""

from __future__ import annotations

from collections.abc import Sequence

from checker import units
from checker.claims import Claim
from checker.document import Document
from checker.lexicon import load_lexicon
from checker.terms import phrase_words

COMPARABLE_KINDS = ("count", "quantity", "money", "percent")
#: How many characters after a figure describe what it is, when it has no counted noun ("cinq ans de retard").
DESCRIPTION_REACH = 40


def _language(document: Document, claim: Claim) -> str:
    return document.sentence_at(claim.start).language


def is_anaphoric(document: Document, claim: Claim) -> bool:
    """Is the figure introduced by a definite or demonstrative word ("the five generals", "ces quatre répliques")?"""
    cues = load_lexicon(_language(document, claim), "text").get("cues", {}).get("anaphoric", ())
    before = document.text[max(0, claim.start - 12):claim.start].lower().split()
    return bool(before) and before[-1] in cues


def _after(document: Document, claim: Claim, claims: Sequence[Claim]) -> str:
    """The words right after a figure, up to the next figure or punctuation mark (whole words)."""
    end = min([claim.end + DESCRIPTION_REACH, *(other.start for other in claims if other.start >= claim.end)])
    while end < len(document.text) and document.text[end].isalpha():
        end += 1
    text = document.text[claim.end:end]
    cut = min((position for position in (text.find(mark) for mark in ",.;:()") if position >= 0), default=len(text))
    return text[:cut]


def description(document: Document, claim: Claim, claims: Sequence[Claim]) -> list[frozenset[str]]:
    """What the figure is of, word by word (the forms of each): its counted noun phrase, the words right after."""
    language = _language(document, claim)
    return [frozenset(word.forms) for word in phrase_words(f"{claim.counted or ''} {_after(document, claim, claims)}",
                                                      language)]


def _same_kind(first: Claim, second: Claim) -> bool:
    if first.kind != second.kind or first.change or second.change:
        return False
    if first.kind == "quantity":
        return units.same_dimension(first.unit, second.unit)
    return first.unit == second.unit


def antecedent(document: Document, claim: Claim, claims: Sequence[Claim]) -> Claim | None:
    """The earlier figure a "the"/"ces" figure restates: of the same kind, in an earlier sentence, sharing the
    most words of what it is of (the nearest on a tie); None when the figure is not such a restatement."""
    if claim.kind not in COMPARABLE_KINDS or claim.change or not is_anaphoric(document, claim):
        return None
    own = description(document, claim, claims)
    if not own:
        return None
    best: tuple[int, int, Claim] | None = None
    for earlier in claims:
        if earlier.start >= claim.start or earlier.sentence == claim.sentence or not _same_kind(earlier, claim):
            continue
        theirs = frozenset().union(*description(document, earlier, claims))
        shared = sum(1 for forms in own if forms & theirs)
        if shared and (best is None or (shared, earlier.start) > best[:2]):
            best = (shared, earlier.start, earlier)
    return best[2] if best else None


def restates(first: Claim, later: Claim) -> bool:
    """Can ``later`` be the same figure as ``first``, written with another precision or hedge? Either value
    must fall in the other's interval: "1,180,000" restates "1.2 million"; "five" does not restate "six",
    nor "cinq ans" "quatre ans" although their roundings touch."""
    a, b = first.interval, later.interval
    if a is None or b is None or first.value is None or later.value is None:
        return True
    return a.low <= later.value <= a.high or b.low <= first.value <= b.high
