"""Ratios written as "one in five", "nine out of ten", "un sur cinq", "un Français sur trois"."""

from __future__ import annotations

import re

from text_to_num import text2num

from checker.parse.figures import Figure
from checker.parse.numeric_lexicon import NumericLexicon, normalise

_PLURAL_AFTER = re.compile(r"[^\S\r\n]+[^\W\d_][\w'’-]*[sx](?![\w])")
_HEDGE_WINDOW = 40


def find_ratios(text: str, low: str, lo: int, hi: int, lex: NumericLexicon, taken: bytearray) -> list[Figure]:
    """Ratio figures in ``text[lo:hi]`` not overlapping ``taken`` (offsets from ``lo``; ``low``: lower-cased)."""
    ratios: list[Figure] = []
    found = [*lex.ratio_words.finditer(low, lo, hi), *lex.ratio_digits.finditer(low, lo, hi)]
    found.sort(key=_start)
    for match in found:
        if taken.find(1, match.start() - lo, match.end() - lo) != -1:
            continue
        numerator = _number(match.group("a"), lex)
        denominator = _number(match.group("b"), lex)
        if numerator is None or not denominator or numerator > denominator:
            continue
        if _looks_like_year(match.group("b")) or _followed_by_measure(text, low, match.end(), hi, lex):
            continue
        noun = match.groupdict().get("noun") and text[match.start("noun") : match.end("noun")]
        if noun and (noun.lower() in lex.counted_stop_words or _PLURAL_AFTER.match(low, match.end(), hi)):
            continue  # "un accord sur deux ans", "un débat sur trois sujets": not a ratio
        start, qualifier, hedge = match.start(), "exact", None
        before = lex.hedge_before.search(low, max(lo, start - _HEDGE_WINDOW), start)
        if before:
            hedge = text[before.start("hedge") : before.end("hedge")]
            qualifier, start = lex.hedge_qualifiers[normalise(before.group("hedge"))], before.start("hedge")
        ratios.append(
            Figure(
                start,
                match.end(),
                round(numerator / denominator, 4),
                kind="ratio",
                step=0.0,
                qualifier=qualifier,
                hedge=hedge,
                source="ratio",
                counted=noun,
            )
        )
    return ratios


def _number(written: str, lex: NumericLexicon) -> float | None:
    if written[0].isdigit():
        return float(written.replace(",", ""))
    try:
        return float(text2num(written.lower(), lex.language))
    except ValueError:
        return None


def _looks_like_year(written: str) -> bool:
    return len(written) == 4 and written.isdigit() and 1000 <= int(written) <= 2100


def _start(match: re.Match[str]) -> int:
    return match.start()


def _followed_by_measure(text: str, low: str, pos: int, hi: int, lex: NumericLexicon) -> bool:
    """ "two in ten minutes", "1 in 5%": the second number has its own unit, so this is no ratio."""
    return bool(
        lex.unit_after.match(text, pos, hi)
        or lex.percent_after.match(low, pos, hi)
        or lex.scale_after.match(low, pos, hi)
    )
