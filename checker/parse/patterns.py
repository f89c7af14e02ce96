"""Regex building blocks shared by the number parser: spacing, and word lists compiled as linear tries.

Speed notes. Python's engine can jump straight to candidate positions only when a
pattern starts with a literal character or a character set; a leading look-behind
(the usual word-start check) makes it try every position. So patterns that scan
text start with their first character and check what precedes it right after
(:func:`guarded`, ``words(..., word_start=True)``), and word lists are matched
case-sensitively against the lower-cased text (:func:`lower_keeping_offsets`),
which is twice as fast as an ignore-case match.
"""

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
#: Placed after a word's first character: that character starts the word.
NOT_AFTER_WORD = r"(?<![\w][\s\S])"

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


def words(phrases: Iterable[str], *, word_start: bool = False) -> str:
    """Lower-cased ``phrases`` as a trie, to match against :func:`lower_keeping_offsets` text.

    With ``word_start`` each phrase must start a word; the check sits after the first
    character so that a scan can still jump from candidate to candidate.
    """
    trie: dict = {}
    for phrase in phrases:
        if phrase and phrase.strip():
            node = trie
            for unit in _units(phrase.lower()):
                node = node.setdefault(unit, {})
            node[""] = {}
    if not trie:
        return "(?!)"
    if not word_start:
        return f"(?:{_trie_regex(trie)})"
    branches = [unit + NOT_AFTER_WORD + _trie_regex(child) for unit, child in sorted(trie.items()) if unit != ""]
    return "(?:" + "|".join(branches) + ")"


def guarded(pattern: str, not_before: str = r"[\w]") -> str:
    """``pattern`` that must not follow ``not_before``, checked after its first character.

    ``pattern`` must start with one plain character, an escaped one or a ``[...]`` set,
    without a quantifier (lexicon formats are written that way).
    """
    if pattern.startswith("\\"):
        first = pattern[:2]
    elif pattern.startswith("["):
        first = pattern[: pattern.index("]", 2) + 1]
    else:
        first = pattern[0]
    if pattern[len(first) : len(first) + 1] in ("{", "*", "+", "?") or first in ("(", "|"):
        raise ValueError(f"pattern must start with one character: {pattern!r}")
    return f"{first}(?<!{not_before}[\\s\\S]){pattern[len(first) :]}"


def lower_keeping_offsets(text: str) -> str:
    """``text`` in lower case, character for character (a few letters grow when lowered; they stay)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(char if len(char.lower()) != 1 else char.lower() for char in text)


def fragments(patterns: Iterable[str]) -> str:
    """An alternation of regex fragments taken from a lexicon (e.g. verb stems), longest first."""
    items = sorted({p for p in patterns if p}, key=len, reverse=True)
    return "(?:" + "|".join(items) + ")" if items else "(?!)"
