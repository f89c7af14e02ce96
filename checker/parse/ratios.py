"""Ratios written as "one in five", "nine out of ten", "un sur cinq", "un Français sur trois"."""

from __future__ import annotations

import re

from text_to_num import text2num

from checker.parse.figure import Figure
from checker.parse.numeric_lexicon import NumericLexicon

_PLURAL_AFTER = re.compile(r"[^\S\r\n]+[^\W\d_][\w'’-]*[sx](?![\w])")
#: Numerators read as ratios: whole numbers up to this ("999 in 1,000").
_LARGEST_NUMERATOR = 999


def ratio_at(core: Figure, text: str, low: str, hi: int, lex: NumericLexicon) -> Figure | None:
    """The ratio whose numerator is ``core`` ("one" in "one in five", "un" in "un Français sur trois"), or None.

    The figure holds no hedge yet: the caller reads the words before it.
    """
    if core.source not in ("digits", "spelled") or core.has_decimals or core.scale != 1.0:
        return None
    numerator = core.value
    if numerator != int(numerator) or not 0 <= numerator <= _LARGEST_NUMERATOR:
        return None
    match = lex.ratio_tail.match(low, core.end, hi)
    if match is None:
        return None
    denominator = _number(match.group("b"), lex)
    if not denominator or numerator > denominator:
        return None
    if _looks_like_year(match.group("b")) or _followed_by_measure(text, low, match.end(), hi, lex):
        return None
    noun = match.groupdict().get("noun") and text[match.start("noun") : match.end("noun")]
    if noun and (noun.lower() in lex.counted_stop_words or _PLURAL_AFTER.match(low, match.end(), hi)):
        return None  # "un accord sur deux ans", "un débat sur trois sujets": not a ratio
    value = round(numerator / denominator, 4)
    return Figure(core.start, match.end(), value, kind="ratio", step=0.0, source="ratio", counted=noun or None)


def _number(written: str, lex: NumericLexicon) -> float | None:
    if written[0].isdigit():
        return float(written.replace(",", ""))
    try:
        return float(text2num(written.lower(), lex.language))
    except ValueError:
        return None


def _looks_like_year(written: str) -> bool:
    return len(written) == 4 and written.isdigit() and 1000 <= int(written) <= 2100


def _followed_by_measure(text: str, low: str, pos: int, hi: int, lex: NumericLexicon) -> bool:
    """ "two in ten minutes", "1 in 5%": the second number has its own unit, so this is no ratio."""
    return bool(
        lex.unit_after.match(text, pos, hi)
        or lex.percent_after.match(low, pos, hi)
        or lex.scale_after.match(low, pos, hi)
    )
