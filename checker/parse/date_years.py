"""Whether a bare four-digit number is a year (a date), a year used as a name (a label), or a count.

A number from 1000 to 2199 written without separators is read, in this order:

1. a **label** when a label noun names an event after it ("the 2024 election", "2022 World Cup"),
   within three words and with no preposition right before the year, or before it, right
   before or with "de"/"of" ("le budget 2024", "la présidentielle de 2022"), or when a
   determiner comes before and a word that is not a plural noun after ("its 2023 annual
   report"; "its 2022 soldiers" stays a count);
2. a **count** after "up from", "down from", "a total of" unless a noun a year qualifies
   follows ("up from 1800" but "up from 2019 levels"), or when a range leads to a count
   ("between 2000 and 3000", "between 1990 and 2010 euros"), unless a strong cue comes before a
   modern year that is not round ("from 9,800 in 2022 to 14,300": a date between the two values);
3. a **date** after a strong cue ("in", "since", "until", "en", "depuis", "d'ici"); a round
   figure or one outside 1900-2100 also needs a clean end ("in 2000 cases" is a count, "in 2000,
   the firm" and "in 2019 sales rose" are dates);
4. a **date** after another cue ("by", "before", "between", "of", "avant", "vers", "de") when
   no counted noun follows: "by 2030, emissions" and "by 2030 emissions" (a noun a year
   qualifies) are dates, "by 2000 votes" and "contre 1950 euros" are counts;
5. a **date** as the subject or possessive ("2022 was", "2022's"), before a noun that a year
   qualifies ("below 2019 levels"), in parentheses, opening a sentence before a comma, or listed
   after another year ("in 2019, 2020 and 2021"), unless a name comes right before ("AF 1990");
6. otherwise a **weak** date if nothing counted follows: kept only if it joins a range
   ("between March 2019 and 2022"); else left to the numbers parser ("2022 soldiers" is a count).

A clean end is punctuation, the end of the text, a function word, a capitalised word or a noun a
year qualifies ("levels", "figures")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from checker.parse.date_grammar import Grammar, normalise

_NEXT_WORDS = re.compile(r"[ \t\u00a0\u202f]{1,3}([\w'’-]+)")
_RANGE_TO_NUMBER = re.compile(
    r"[ \t\u00a0\u202f]{0,3}(?:[-\u2013]|and|to|et|à|au)[ \t\u00a0\u202f]{0,3}(\d[\d,.]*)", re.IGNORECASE
)
_ENUMERATION = re.compile(r"\s{0,3}(?:,|,?\s{1,3}(?:and|or|et|ou|&))\s{1,3}")
_PREPOSITION_OF = ("de", "d'", "of")


@dataclass(frozen=True)
class YearContext:
    """A four-digit number in its sentence, with the cue word and article the grammar found before it."""

    text: str
    lowered: str
    grammar: Grammar
    start: int
    end: int
    value: int
    cue: str | None
    has_article: bool
    sentence_start: int
    previous: Any  # the previous Candidate of the document, or None


def _following_words(context: YearContext, count: int, position: int | None = None) -> list[str]:
    """Up to ``count`` words after the number (or after ``position``), stopping at punctuation."""
    found: list[str] = []
    position = context.end if position is None else position
    while len(found) < count:
        match = _NEXT_WORDS.match(context.text, position)
        if not match:
            break
        found.append(match.group(1))
        position = match.end()
    return found


def _label_after(context: YearContext) -> bool:
    """A label noun within three words after the year, before any verb or function word:
    "the 2024 (presidential) election", but not "2022 saw elections"."""
    grammar = context.grammar
    nouns = grammar.word_set("label_nouns")
    stops = grammar.word_set("year_followers") | grammar.word_set("year_function_words")
    following = []
    for word in _following_words(context, 3):
        key = normalise(word)
        if key in stops and key not in nouns:
            break
        following.append(key)
    return any(
        " ".join(following[index : index + size]) in nouns for index in range(len(following)) for size in (1, 2, 3)
    )


def _label_before(context: YearContext) -> bool:
    """A label noun just before the year ("le budget 2024", "rapport annuel 2023") or a few words
    before "de"/"of" ("la présidentielle (américaine) de 2022")."""
    before = context.lowered[max(context.sentence_start, context.start - 60) : context.start].split()
    if context.cue in _PREPOSITION_OF:
        window = before[-5:-1]
    elif context.cue is None and not context.has_article and context.lowered[context.start - 1 : context.start] == " ":
        window = []
        for word in reversed(before[-2:]):  # stop at punctuation: "le budget, 2024" names nothing
            if not word[-1:].isalnum():
                break
            window.insert(0, word)
    else:
        return False
    nouns = context.grammar.word_set("label_nouns")
    words = [normalise(word.strip(",;:()")).split("'")[-1] for word in window]
    return any(word in nouns or " ".join(words[index : index + 2]) in nouns for index, word in enumerate(words))


def _names_a_thing(context: YearContext) -> bool:
    """ "its 2023 annual report": a determiner, the year, then a word that is not a plural noun."""
    if context.cue is not None and not context.has_article:
        return False
    before = context.lowered[max(context.sentence_start, context.start - 20) : context.start].split()
    if not context.has_article and not (before and before[-1] in context.grammar.word_set("year_determiners")):
        return False
    following = _following_words(context, 1)
    if not following or context.text[context.end : context.end + 1] != " ":
        return False
    word = following[0]
    if not word.isalpha() or not word.islower():
        return False
    key = normalise(word)
    if key in context.grammar.word_set("year_modified_nouns"):
        return False  # "the 2019-2022 period" is a time
    return not (word.endswith("s") or key in context.grammar.word_set("plural_nouns"))


def _clean_end(context: YearContext, position: int | None = None) -> bool:
    """No counted noun after the number (or after ``position``): punctuation, the end, a function
    word, a word a year qualifies, or a capitalised word."""
    position = context.end if position is None else position
    following = _following_words(context, 1, position)
    if not following:
        return True
    word = following[0]
    if context.text[position : position + 1] not in " \t\u00a0\u202f":
        return not word[:1].isalpha() or word[:1] in "'’"
    lexicon = context.grammar
    key = normalise(word)
    return (
        word[0].isupper()
        or key in lexicon.word_set("year_function_words")
        or key in lexicon.word_set("year_followers")
        or key in lexicon.word_set("year_modified_nouns")
    )


def _ranges_to_a_count(context: YearContext) -> bool:
    """ "between 2000 and 3000", "between 1990 and 2010 euros": the range is one of counts."""
    match = _RANGE_TO_NUMBER.match(context.lowered, context.end)
    if not match:
        return False
    digits = match.group(1).rstrip(",.")
    if not (len(digits) == 4 and digits.isdigit() and 1000 <= int(digits) <= 2199):
        return True
    return not _clean_end(context, match.start(1) + len(digits))


def _after_listed_year(context: YearContext) -> bool:
    previous = context.previous
    if previous is None or not getattr(previous, "bare_year", False) or not previous.strong:
        return False
    gap = context.lowered[previous.end : context.start]
    return bool(_ENUMERATION.fullmatch(gap))


def _after_count_cue(context: YearContext) -> bool:
    """ "up from 1800", "a total of 2022": the number is a value, unless a year-qualified noun follows."""
    before = " ".join(context.lowered[max(context.sentence_start, context.start - 30) : context.start].split()[-3:])
    if not any(before == cue or before.endswith(" " + cue) for cue in context.grammar.word_set("year_count_cues")):
        return False
    following = _following_words(context, 1)
    return not (following and normalise(following[0]) in context.grammar.word_set("year_modified_nouns"))


def _after_a_name(context: YearContext) -> bool:
    """ "AF 1990", "Peugeot 2008": a capitalised word (not the sentence's first) right before the number."""
    before = context.text[context.sentence_start : context.start]
    words = before.split()
    if not words or not before[-1:].isspace():
        return False
    return len(words) > 1 and words[-1][:1].isupper() and words[-1][-1:].isalnum()


def _standalone(context: YearContext) -> bool:
    text = context.text
    if _after_a_name(context):
        return False
    following = _following_words(context, 1)
    follower = normalise(following[0]) if following else ""
    if text[context.end : context.end + 2] in ("'s", "’s"):
        return True
    if follower and text[context.end : context.end + 1] in " \t\u00a0\u202f":
        if follower in context.grammar.word_set("year_followers"):
            return True
        if follower in context.grammar.word_set("year_modified_nouns"):
            return True
    if text[context.start - 1 : context.start] == "(" and text[context.end : context.end + 1] in "),":
        return True
    opening = not text[context.sentence_start : context.start].strip(" \t\n\"«“'‘(")
    return opening and text[context.end : context.end + 1] in ",:"


def classify_year(context: YearContext) -> str | None:
    """``date``, ``weak`` (a date only inside a range), ``label`` or None (not a year)."""
    grammar = context.grammar
    modern = 1900 <= context.value <= 2100
    if _label_before(context):
        return "label"
    if (context.has_article or context.cue is None) and _label_after(context):
        return "label"
    if _names_a_thing(context):
        return "label"
    cue = None if context.has_article else context.cue
    strong = cue in grammar.word_set("year_strong_cues")
    # "from 9,800 in 2022 to 14,300": after "in"/"en" a modern year is a time, not a range's first bound
    # (a round one may be a count: "in 2000 to 3000 cases").
    if (_ranges_to_a_count(context) and not (strong and modern and context.value % 100)) or _after_count_cue(context):
        return None
    clean = _clean_end(context)
    if strong:
        return "date" if clean or (modern and context.value % 100) else None
    if cue in grammar.word_set("year_cues") and clean:
        return "date"
    if modern and (_standalone(context) or clean and _after_listed_year(context)):
        return "date"
    return "weak" if modern and clean else None
