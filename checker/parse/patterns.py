"""Regex building blocks shared by the number parser: spacing, and word lists compiled as linear tries."""

from __future__ import annotations

import re
from collections.abc import Iterable

#: Horizontal space inside one expression (never a line break): space, no-break, narrow no-break, tab.
SP = r"[^\S\r\n]+"
OPT_SP = r"[^\S\r\n]*"
#: Apostrophes as typed or typeset.
APOSTROPHE = "['’]"
#: A word starts here (no letter or digit right before).
WORD_START = r"(?<![\w])"
#: A word ends here (no letter or digit right after).
WORD_END = r"(?![\w])"

_SPACE_RUN = re.compile(r"\s+")


def _units(phrase: str) -> list[str]:
    """The regex pieces of a phrase: spaces match any horizontal space, apostrophes either form."""
    pieces: list[str] = []
    for index, part in enumerate(_SPACE_RUN.split(phrase.strip())):
        if index:
            pieces.append(SP)
        for char in part:
            pieces.append(APOSTROPHE if char in "'’" else re.escape(char))
    return pieces


def alternation(phrases: Iterable[str], *, ignore_case: bool = False) -> str:
    """A regex matching any of ``phrases``, longest first, built as a trie so matching stays linear.

    Plain alternation in Python's engine tries every branch at each position; a trie
    shares prefixes, so each character of the text is compared a bounded number of times.
    """
    trie: dict = {}
    for phrase in phrases:
        if not phrase or not phrase.strip():
            continue
        if ignore_case:
            # Distinct children must match distinct characters for the trie to stay deterministic.
            phrase = phrase.lower()
        node = trie
        for unit in _units(phrase):
            node = node.setdefault(unit, {})
        node[""] = {}
    if not trie:
        return "(?!)"
    body = _trie_regex(trie)
    return f"(?i:{body})" if ignore_case else f"(?:{body})"


def _trie_regex(node: dict) -> str:
    ends_here = "" in node
    branches = [unit + _trie_regex(child) for unit, child in sorted(node.items()) if unit != ""]
    if not branches:
        return ""
    if len(branches) == 1 and not ends_here:
        return branches[0]
    # The optional group is greedy: the longer phrase wins, the shorter one is the fallback.
    return "(?:" + "|".join(branches) + ")" + ("?" if ends_here else "")


def fragments(patterns: Iterable[str]) -> str:
    """An alternation of regex fragments taken from a lexicon (e.g. verb stems), longest first."""
    items = sorted({p for p in patterns if p}, key=len, reverse=True)
    return "(?:" + "|".join(items) + ")" if items else "(?!)"
