"""The date grammar of a language: one compiled regex built from its dates lexicon, plus lookup tables."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from checker.lexicon import load_lexicon

SPACE = r"[ \t\u00a0\u202f]{1,3}"
OPTIONAL_SPACE = r"[ \t\u00a0\u202f]{0,3}"
HYPHEN = "[-\u2010\u2011]"
DASH = "[-\u2010\u2011\u2012\u2013\u2014]"
APOSTROPHE = "['\u2019]"
_YEAR = r"1\d{3}|2[01]\d{2}"
_DAY = r"3[01]|[12]\d|0?[1-9]"
_NOT_DIGITS_AFTER = r"(?!\d)(?![.,]\d)"
# The form groups of the master pattern, tried in this order at each position.
FORMS = (
    "label", "iso", "numeric", "dayrange", "mdrange", "dmy", "mdy", "holiday", "quarter", "part", "season",
    "decade", "ago", "relative", "weekday", "month", "yearrange", "year",
)  # fmt: skip


@lru_cache(maxsize=4096)
def normalise(phrase: str) -> str:
    """Lexicon key for text as written: lower case, straight apostrophes, plain hyphens, single spaces."""
    phrase = phrase.lower().replace("\u2019", "'")
    phrase = re.sub("[\u2010\u2011]", "-", phrase)
    return " ".join(phrase.split())


def _trie(phrases, tail) -> str:
    """Alternation of phrases as a prefix tree, so the regex engine never retries a shared prefix.

    ``tail(phrase)`` is the pattern that must follow a complete phrase."""
    tree: dict = {}
    for phrase in set(phrases):
        node = tree
        for char in _tokens(phrase):
            node = node.setdefault(char, {})
        node.setdefault("", set()).add(tail(phrase))

    def emit(node: dict) -> str:
        alternatives = [token + emit(child) for token, child in sorted(node.items()) if token]
        alternatives += sorted(node.get("", ()), key=len, reverse=True)
        return alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"

    return emit(tree) if tree else "(?!)"


def _tokens(phrase: str) -> list[str]:
    out = []
    for char in phrase.lower():
        if char == " ":
            out.append(SPACE)
        elif char in "'\u2019":
            out.append(APOSTROPHE)
        elif char in "-\u2010\u2011":
            out.append(HYPHEN)
        else:
            out.append(re.escape(char))
    return out


def _phrase(phrase: str) -> str:
    return "".join(_tokens(phrase))


def words(phrases, boundary: bool = True) -> str:
    """Alternation of lower-case phrases; a phrase ending in a letter or digit must end a word."""
    return _trie(phrases, lambda phrase: r"(?!\w)" if boundary and phrase[-1].isalnum() else "")


def leading(phrases) -> str:
    """Alternation of phrases that come before another word: a space follows unless the phrase ends in ' or -."""
    return _trie(phrases, lambda phrase: "" if phrase.endswith(("'", "-", "\u2019")) else SPACE)


@dataclass(frozen=True)
class RelativePhrase:
    phrase: str
    unit: str
    offset: int | str  # units from the publication date, or "latest" (the latest one begun)
    side: str | None
    part: str | None
    article: str | None
    part_only: bool


@dataclass(frozen=True)
class Grammar:
    """Everything the date finder needs for one language."""

    language: str
    pattern: re.Pattern[str]
    lexicon: dict[str, Any]
    months: dict[str, int]
    weekdays: dict[str, int]
    seasons: dict[str, str]
    parts: dict[str, str]
    ordinals: dict[str, int | str]
    relative: dict[str, RelativePhrase]
    prepositions: dict[str, str]
    hedges: dict[str, str]
    modifiers: dict[str, str]
    number_words: dict[str, int]
    holidays: dict[str, dict]
    ago_units: dict[str, str]
    tense: re.Pattern[str]
    sets: dict[str, frozenset[str]]

    def word_set(self, key: str) -> frozenset[str]:
        return self.sets[key]


class _Builder:
    """Regex fragments for one language; ``name(prefix, ...)`` gives each form its own group names."""

    def __init__(self, lexicon: dict[str, Any]):
        self.lex = lexicon
        self.month = words(lexicon["months"])
        self.weekday = words(lexicon["weekdays"])
        self.day_part = words(lexicon["day_parts"])
        self.season = words(lexicon["seasons"])
        self.suffix = words(lexicon["day_suffixes"], boundary=False)
        self.article = leading(lexicon["articles"])
        self.year_joiner = leading(lexicon["year_joiners"]) if lexicon["year_joiners"] else ""
        self.day_joiner = leading(lexicon["day_month_joiners"]) if lexicon["day_month_joiners"] else ""
        self.month_head = leading(lexicon["month_heads"])
        self.year_head = leading(lexicon["year_heads"])
        self.before = words(lexicon["cycle_modifiers_before"])
        self.after = words(lexicon["cycle_modifiers_after"])
        self.connector_words = sorted({c for cs in lexicon["range_connectors"].values() for c in cs if c[0].isalpha()})
        relative = lexicon["relative"]
        self.relative_standalone = words(item["phrase"] for item in relative if not item.get("part_only"))
        self.relative_year = words(item["phrase"] for item in relative if item["unit"] == "year")
        self.relative_part_target = words(
            item["phrase"] for item in relative if item["unit"] in ("week", "month", "year", "decade")
        )

    def day(self, p: str) -> str:
        return rf"(?P<{p}day>{_DAY})(?:{self.suffix})?(?!\w){_NOT_DIGITS_AFTER}"

    def year(self, p: str) -> str:
        return rf"(?P<{p}year>{_YEAR}){_NOT_DIGITS_AFTER}"

    def year_end(self, p: str) -> str:
        return rf"(?:,?{SPACE}{self.year(p)})?"

    def year_target(self, p: str) -> str:
        """ ", 2022", " of 2022", " de l'année 2022", " last year", " de l'année dernière" (optional)."""
        joiner = f"(?:{self.year_joiner})?" if self.year_joiner else ""
        return (
            rf"(?:,?{SPACE}{joiner}(?:(?:{self.article})?{self.year_head})?{self.year(p)}"
            rf"|{SPACE}{joiner}(?:{self.article})?(?P<{p}relyear>{self.relative_year}))?"
        )

    def weekday_prefix(self, p: str) -> str:
        return rf"(?:(?:{self.before}{SPACE})?(?P<{p}weekday>{self.weekday}),?{SPACE})?"

    def month_group(self, p: str) -> str:
        return rf"(?P<{p}month>{self.month})"

    def connector(self) -> str:
        return rf"(?:{OPTIONAL_SPACE}{DASH}{OPTIONAL_SPACE}|{SPACE}{words(self.connector_words)}{SPACE})"

    def forms(self) -> dict[str, str]:
        lex = self.lex
        day_joiner = f"(?:{self.day_joiner})?" if self.day_joiner else ""
        forms = {
            "label": rf"(?P<label_prefix>{words(lex['label_prefixes'])}){SPACE}{self.year('label_')}",
            "iso": rf"(?P<iso_year>{_YEAR})-(?P<iso_month>0[1-9]|1[0-2])-(?P<iso_day>0[1-9]|[12]\d|3[01])(?!\d)",
            "numeric": rf"(?P<num_a>\d{{1,2}})(?P<num_sep>[/.-])(?P<num_b>\d{{1,2}})(?P=num_sep)"
            rf"(?P<num_year>\d{{4}}|\d{{2}}){_NOT_DIGITS_AFTER}",
            "dayrange": rf"{self.day('dr1_')}{self.connector()}{self.day('dr2_')}{SPACE}{day_joiner}"
            rf"{self.month_group('dr_')}{self.year_end('dr_')}",
            "mdrange": rf"{self.month_group('mr_')}{SPACE}{self.day('mr1_')}{self.connector()}{self.day('mr2_')}"
            rf"{self.year_end('mr_')}",
            "dmy": rf"{self.weekday_prefix('dmy_')}{self.day('dmy_')}(?:{SPACE}{day_joiner}|{HYPHEN})"
            rf"{self.month_group('dmy_')}(?:,?{SPACE}{self.year('dmy_')}|{SPACE}(?P<dmy_after>{self.after}))?",
            "mdy": rf"{self.weekday_prefix('mdy_')}{self.month_group('mdy_')}{SPACE}{self.day('mdy_')}"
            rf"{self.year_end('mdy_')}",
            "holiday": rf"(?P<hol_name>{words(lex['holidays'])}){self.year_target('hol_')}",
            "quarter": self.quarter(),
            "part": self.part(),
            "season": rf"(?:(?P<s_before>{self.before}){SPACE})?(?P<s_season>{self.season})"
            rf"(?:{SPACE}(?P<s_after>{self.after}))?"
            rf"(?:{self.year_target('s_')}(?:{OPTIONAL_SPACE}[-/\u2013]{OPTIONAL_SPACE}"
            rf"(?P<s_year2>\d{{4}}|\d{{2}}){_NOT_DIGITS_AFTER})?)",
            "decade": self.decade("dec_"),
            "ago": self.ago(),
            "relative": rf"(?P<rel>{self.relative_standalone})(?:{SPACE}(?P<rel_daypart>{self.day_part}))?",
            "weekday": rf"(?:(?P<wd_before>{self.before}){SPACE})?(?P<wd_weekday>{self.weekday})"
            rf"(?:{SPACE}(?P<wd_after>{self.after}))?(?:{SPACE}(?P<wd_daypart>{self.day_part}))?",
            "month": rf"(?:(?P<mo_before>{self.before}){SPACE})?(?P<mo_head>{self.month_head})?"
            rf"{self.month_group('mo_')}(?:{SPACE}(?P<mo_after>{self.after}))?{self.year_target('mo_')}",
            "yearrange": rf"{self.year('yr_')}{OPTIONAL_SPACE}(?P<yr_sep>{DASH}|/){OPTIONAL_SPACE}"
            rf"(?P<yr_end>\d{{4}}|\d{{2}}){_NOT_DIGITS_AFTER}",
            "year": rf"(?P<y_head>{self.year_head})?{self.year('y_')}",
        }
        return forms

    def decade(self, p: str) -> str:
        lex = self.lex
        if lex["decade_suffix"]:
            return rf"(?P<{p}value>1\d{{2}}0|20\d0|{APOSTROPHE}\d0|\d0){APOSTROPHE}?s(?!\w)"
        return rf"{_phrase(lex['decade_before'])}{SPACE}(?P<{p}value>1\d{{2}}0|20\d0|\d0){_NOT_DIGITS_AFTER}(?!\w)"

    def quarter(self) -> str:
        lex = self.lex
        period_word = rf"(?P<q_word>{words(lex['quarter_words'] + lex['half_words'])})"
        named = rf"(?P<q_ordinal>{words(lex['period_ordinals'])})(?:{SPACE}|{HYPHEN}){period_word}"
        codes = words(lex["quarter_codes"] + lex["half_codes"], boundary=False)
        code = rf"(?P<q_code>{codes})(?P<q_number>[1-4])(?!\w)"
        return rf"(?:{named}|{code}){self.year_target('q_')}"

    def part(self) -> str:
        lex = self.lex
        part = rf"(?P<pt_part>{leading(lex['parts'])})"
        article = rf"(?:{self.article})?"
        month = rf"(?P<pt_head>{self.month_head})?{self.month_group('pt_')}{self.year_target('pt_')}"
        decade = rf"{article}{self.decade('pt_dec')}"
        year = rf"{article}(?:{self.year_head})?{self.year('pt_y')}"
        relative = rf"{article}(?P<pt_rel>{self.relative_part_target})"
        season = rf"{article}(?P<pt_season>{self.season}){self.year_target('pt_s')}"
        weekday = rf"(?P<pt_weekday>{self.weekday})"
        return rf"{part}(?:{month}|{decade}|{year}|{relative}|{season}|{weekday})"

    def ago(self) -> str:
        lex = self.lex
        number = rf"(?P<ago_number>\d{{1,3}}|{words(lex['number_words'])})"
        unit = rf"(?P<ago_unit>{words(lex['ago_units'])})"
        before = rf"{_phrase(lex['ago_before'])}{SPACE}" if lex["ago_before"] else ""
        after = rf"{SPACE}{words([lex['ago_after']])}" if lex["ago_after"] else ""
        return rf"{before}{number}{SPACE}{unit}{after}"

    def _first_words(self, keys) -> set[str]:
        return {str(phrase).split()[0] for key in keys for phrase in self.lex[key]}

    def guard(self, keys, extra=()) -> str:
        """Lookahead: only positions starting with a digit or a word that can open a date are tried."""
        firsts = self._first_words(keys) | set(extra)
        codes = self.lex["quarter_codes"] + self.lex["half_codes"]
        return rf"(?=\d|{APOSTROPHE}\d|{words(firsts)}|{words(codes, boundary=False)}[1-4])"

    def master(self) -> str:
        lex = self.lex
        body_keys = (
            "parts", "months", "weekdays", "seasons", "cycle_modifiers_before", "number_words", "label_prefixes",
            "period_ordinals", "year_heads", "month_heads", "holidays",
        )  # fmt: skip
        body_extra = [item["phrase"].split()[0] for item in lex["relative"]]
        body_extra += [lex[key].split()[0] for key in ("ago_before", "decade_before") if lex[key]]
        prefix = (
            r"(?<![\w$€£¥#@/])(?<!\d[.,])"
            + self.guard(body_keys + ("prepositions", "hedges", "articles"), body_extra)
            + rf"(?:(?P<prep>{leading(lex['prepositions'])}))?"
            rf"(?:(?P<hedge>{leading(lex['hedges'])}))?"
            rf"(?:(?P<art>{self.article}))?"
        )
        forms = self.forms()
        body = "|".join(rf"(?P<{name}>{forms[name]})" for name in FORMS)
        return rf"{prefix}{self.guard(body_keys, body_extra)}(?:{body})"


def _tense_pattern(lexicon: dict[str, Any]) -> re.Pattern[str]:
    """Tense markers: group ``future`` ("will", "se réunira") or ``past`` ("said", "a annoncé")."""

    def markers(cues: str, endings: str) -> str:
        alternatives = [words(lexicon[cues])]
        if lexicon[endings]:
            alternatives.append(r"[a-zà-ÿ]{3,}" + words(lexicon[endings]))
        return "|".join(alternatives)

    not_past = words(lexicon["not_past"])
    # A participle after "be"/"been" is a passive, not a past tense: "will be held".
    passive = "".join(rf"(?<!\b{re.escape(word)} )" for word in lexicon["passive_auxiliaries"])
    future = markers("future_cues", "future_verb_endings")
    past = markers("past_cues", "past_verb_endings")
    return re.compile(rf"(?<!\w)(?:(?P<future>{future})|{passive}(?!{not_past})(?P<past>{past}))")


@cache
def grammar(language: str) -> Grammar:
    """The compiled date grammar of ``language`` (built once)."""
    lex = load_lexicon(language, "dates")
    relative = {
        normalise(item["phrase"]): RelativePhrase(
            normalise(item["phrase"]),
            item["unit"],
            item["offset"],
            item.get("side"),
            item.get("part"),
            normalise(item["article"]) if item.get("article") else None,
            bool(item.get("part_only")),
        )
        for item in lex["relative"]
    }
    modifiers = {normalise(k): v for k, v in lex["cycle_modifiers_before"].items()}
    modifiers |= {normalise(k): v for k, v in lex["cycle_modifiers_after"].items()}
    # Every list of words in the lexicon, normalised, for membership tests.
    sets = {
        key: frozenset(normalise(item) for item in value)
        for key, value in lex.items()
        if isinstance(value, list) and all(isinstance(item, str) for item in value)
    }
    return Grammar(
        language=language,
        pattern=re.compile(_Builder(lex).master()),
        lexicon=lex,
        months={normalise(k): v for k, v in lex["months"].items()},
        weekdays={normalise(k): v for k, v in lex["weekdays"].items()},
        seasons={normalise(k): v for k, v in lex["seasons"].items()},
        parts={normalise(k): v for k, v in lex["parts"].items()},
        ordinals={normalise(k): v for k, v in lex["period_ordinals"].items()},
        relative=relative,
        prepositions={normalise(k): v for k, v in lex["prepositions"].items()},
        hedges={normalise(k): v for k, v in lex["hedges"].items()},
        modifiers=modifiers,
        number_words={normalise(k): v for k, v in lex["number_words"].items()},
        holidays={normalise(k): v for k, v in lex["holidays"].items()},
        ago_units={normalise(k): v for k, v in lex["ago_units"].items()},
        tense=_tense_pattern(lex),
        sets=sets,
    )
