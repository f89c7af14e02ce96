"""Figures: each number found with its scale word, currency or unit, hedge and change, read around it."""

from __future__ import annotations

import re

from checker.parse.counted import is_plural_noun
from checker.parse.digits import read_digits
from checker.parse.figure import Figure
from checker.parse.intervals import APPROX_NOUN_MARGIN
from checker.parse.not_claims import Mention
from checker.parse.numeric_lexicon import (
    DURATION_PARTS,
    DURATION_SYMBOLS,
    NumericLexicon,
    lookup_currency,
    lookup_unit,
    normalise,
    word_key,
)
from checker.parse.ratios import ratio_at
from checker.parse.spelled import read_spelled

_VULGAR = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 0.125, "⅕": 0.2}
_SIGNS = "-−+"
_SPACES = " \t\u00a0\u202f"
_LONGEST_WORD = 30
_MAX_RATE_POINTS = 20
#: Kinds a word like "minus" can make negative.
_SIGNED_KINDS = ("quantity", "percent")
#: Everything up to the last whitespace (greedy, so the match ends right after it).
_UP_TO_LAST_BREAK = re.compile(r"[\s\S]*\s")
#: A sign belongs to the number only after a space, a bracket or a quote ("-5°C", "(+3%)"), not in
#: "20-30", "5.25%-5.5%" or "COVID-19".
_BEFORE_SIGN = re.compile(r"[\s(\[«“\"']")
_LETTERS_AFTER = re.compile(r"[^\W\d_]+")
#: What follows a number on its line: spaces, then a word or one character.
_NEXT_TOKEN = re.compile(r"[^\S\r\n]*(?P<token>[^\W\d_]+|\S)?")
#: Marks after which a number is complete ("300.", "1,500,", "(20)").
_CLOSING_MARKS = frozenset(".,;:!?)]»”")
_DECADE = re.compile(r"(?:\d{2}|\d{4})s")
#: How far back (characters) hedges, currencies, cues and change words are looked for.
_HEDGE_WINDOW = 40
_CURRENCY_WINDOW = 8
_CUE_WINDOW = 30
#: How far back from a hedge its negation may start ("hasn't recruited more than").
_NEGATION_WINDOW = 40
_CHANGE_WINDOW = 40
_RATIO_CUE_WINDOW = 40
#: How far before a bare "pounds" a word of paying ("cost", « coûte ») makes it money, or before « livres » a word of
#: weighing (« pesé ») a weight.
_PAYING_OR_WEIGHING_WINDOW = 30
#: How far before "3 points de plus" a percentage makes them percentage points.
_RATE_WINDOW = 80
#: "60/40", "50/50": two shares of a hundred.
_WHOLE_SPLIT = 100
#: An all-capitals name right before a figure: "AF 447", "ASX 200", "MAX 8" (checked in code).
_ACRONYM_BEFORE = re.compile(r"(?<![\w&'’.-])(?P<acronym>[A-Z][A-Z&]{1,5})[ \u00a0]\Z")
_ACRONYM_WINDOW = 8
#: A model's variant after its number: "Boeing 747-400", "Airbus A350-1000", "Falcon 9-R".
_MODEL_SUFFIX = re.compile(r"-\d{1,4}[A-Za-z]{0,3}(?![\w])|-[A-Z]{1,3}(?![\w])")
_MAX_ACRONYM_NUMBER = 9999
#: Sentence punctuation: a cue for a ratio or an angle is looked for after the last one.
_SENTENCE_MARKS = ".!?;"


def find_figures(
    text: str, low: str, lo: int, hi: int, lex: NumericLexicon, taken: bytearray
) -> tuple[list[Figure], list[Mention]]:
    """Figures and not-claim mentions in ``text[lo:hi]``.

    ``low`` is the text lower-cased (same offsets); ``taken`` marks spans already used (offset ``lo``).
    """
    figures: list[Figure] = []
    mentions: list[Mention] = []
    consumed = lo
    starts = [*lex.core_words.finditer(low, lo, hi), *lex.core_digits.finditer(low, lo, hi)]
    if any(fraction in low for fraction in _VULGAR):
        starts += lex.core_vulgar.finditer(low, lo, hi)
    starts.sort(key=_match_start)
    for match in starts:
        if match.start() < consumed or taken.find(1, match.start() - lo, match.end() - lo) != -1:
            continue
        for core in _cores(match, text, lo, lex):
            if core.start < consumed:
                continue
            result = (
                _ratio_pair(core, text, low, lo, hi, lex)
                or _ratio(core, text, low, lo, hi, lex)
                or _read_around(core, text, low, lo, hi, lex)
            )
            if result is None:
                continue
            if taken.find(1, result.start - lo, result.end - lo) != -1:
                continue
            (figures if isinstance(result, Figure) else mentions).append(result)
            consumed = result.end
    return figures, mentions


def _match_start(match: re.Match[str]) -> int:
    return match.start()


def _word_before(low: str, lo: int, start: int) -> str:
    """The word (or glued token: "d'", "~", "$") right before ``start``, spaces skipped.

    Compared as a :func:`word_key`: "l'article" -> "article", "(page" -> "page".
    """
    end = start
    while end > lo and low[end - 1] in _SPACES:
        end -= 1
    floor = max(lo, end - _LONGEST_WORD)
    last_break = _UP_TO_LAST_BREAK.match(low, floor, end)
    return word_key(low[last_break.end() if last_break else floor : end])


def _char_before(low: str, lo: int, start: int) -> str:
    """The character right before ``start``, spaces skipped ("" at the start of the run)."""
    end = start
    while end > lo and low[end - 1] in _SPACES:
        end -= 1
    return low[end - 1] if end > lo else ""


# --- the number itself ----------------------------------------------------------------


def _cores(match: re.Match[str], text: str, lo: int, lex: NumericLexicon) -> list[Figure]:
    group = match.lastgroup
    if group in ("digits", "dfraction", "vulgar") or group is None:
        start, end = match.span()  # the digit scan's groups hold all but the first digit
    else:
        start, end = match.span(group)
    raw = text[start:end]
    if group == "digits":
        if start > lo and text[start - 1] in _SIGNS and (start - 1 == lo or _BEFORE_SIGN.match(text, start - 2)):
            start, raw = start - 1, text[start - 1] + raw  # "-5°C", "+15%"
        digits = read_digits(raw, lex.decimal)
        if digits is None:
            return []
        return [
            Figure(start, end, digits.value, step=digits.step, has_decimals=digits.has_decimals, signed=digits.has_sign)
        ]
    if group == "spelled":
        return _spelled(raw, start, lex)
    if group == "approx":
        return _approx(raw, start, lex)
    if group == "indef":
        return _indefinite(raw, start, lex)
    if group == "fraction":
        return _fraction(raw, start, lex)
    if group == "multiplier":
        value = lex.multiplier_words[normalise(raw).lower()]
        check = "follower" if normalise(raw).lower() in lex.multiplier_need_follower else None
        return [Figure(start, end, value, kind="ratio", step=0.0, source="multiplier", word_check=check)]
    if group == "article":
        return [Figure(start, end, 1.0, source="spelled", word_check="article")]
    if group == "definite":  # "the dozen crew members": a group of twelve, checked in _word_is_number
        value = lex.definite_numbers[normalise(raw).lower()]
        return [Figure(start, end, value, step=0.0, source="spelled", word_check="definite")]
    if group == "verb":  # "doubled", « a triplé »: how many times, and which way
        value, direction = lex.multiplier_verbs[normalise(raw).lower()]
        return [
            Figure(start, end, value, kind="ratio", step=0.0, source="multiplier", change=direction, word_check="verb")
        ]
    if group == "majority":  # "the majority of": more than half, at most all (numbers._claim caps it at 1)
        return [
            Figure(
                start,
                end,
                0.5,
                kind="ratio",
                step=0.0,
                qualifier="more_than",
                linked=True,
                source="majority",
                word_check="majority",
            )
        ]
    if group == "dfraction":
        numerator, denominator = (int(part) for part in raw.split("/"))
        if 0 < numerator < denominator <= 100:
            return [_ratio_core(start, end, numerator / denominator)]
        if numerator + denominator == _WHOLE_SPLIT:
            return [_ratio_core(start, end, numerator / _WHOLE_SPLIT)]  # "a 60/40 split", "50/50": shares
        return []
    # a vulgar fraction, maybe after digits: "2½"
    value = (float(raw[:-1]) if len(raw) > 1 else 0.0) + _VULGAR[raw[-1]]
    if len(raw) == 1:
        return [_ratio_core(start, end, value)]
    return [Figure(start, end, value, step=0.5, has_decimals=True, source="vulgar")]


def _ratio_core(start: int, end: int, value: float) -> Figure:
    return Figure(start, end, round(value, 4), kind="ratio", step=0.0, linked=True, source="fraction")


def _spelled(raw: str, start: int, lex: NumericLexicon) -> list[Figure]:
    cores = []
    articles = {a.lower(): lex.data["article_one_reads_as"] for a in lex.data.get("article_one") or []}
    pieces = read_spelled(raw, lex.language, lex.scales, articles, lex.connectors)
    for piece in pieces:
        words = normalise(raw[piece.start : piece.end]).lower()
        if words in lex.not_standalone:
            continue
        check = None
        if words == lex.data.get("pronoun_one"):
            check = "pronoun"
        elif words in lex.article_numbers:
            check = "article"
        elif words in lex.ambiguous_words:
            check = "ambiguous"
        cores.append(
            Figure(
                start + piece.start,
                start + piece.end,
                piece.value,
                step=piece.step,
                scale=piece.step if piece.scaled else 1.0,
                linked=piece.scaled,
                source="spelled",
                word_check=check,
            )
        )
    return cores


def _approx(raw: str, start: int, lex: NumericLexicon) -> list[Figure]:
    text = normalise(raw).lower()
    noun = next((n for n in sorted(lex.approx_nouns, key=len, reverse=True) if f" {n}" in f" {text}"), None)
    if noun is None:
        return []
    numerator_text, _, rest = text.partition(f" {noun}") if not text.startswith(noun) else ("", "", text)
    numerator = lex.approx_numerators.get(numerator_text.strip(), 1.0)
    multiplier = _multiplier(rest, lex)
    value = numerator * lex.approx_nouns[noun] * multiplier
    return [
        Figure(
            start,
            start + len(raw),
            value,
            qualifier="approx",
            margin=APPROX_NOUN_MARGIN,
            step=0.0,
            scale=multiplier,
            linked=True,
            source="approx",
        )
    ]


def _indefinite(raw: str, start: int, lex: NumericLexicon) -> list[Figure]:
    words = normalise(raw).lower().split(" ")
    base_index = next(
        (i for i, w in enumerate(words) if w in lex.indefinite_plurals or w in lex.indefinite_bases), None
    )
    if base_index is None:
        return []
    base_word = words[base_index]
    base = lex.indefinite_plurals.get(base_word) or lex.indefinite_bases[base_word]
    rest = " ".join(words[base_index + 1 :])
    multiplier = _multiplier(rest, lex)
    if multiplier == 1.0 and base_index + 1 < len(words):
        multiplier = lex.indefinite_bases.get(words[-1], 1.0)  # "several hundred thousand"
    if multiplier == 1.0 and base_word in lex.indefinite_need_multiplier:
        return []
    value = 2 * base * multiplier
    return [
        Figure(
            start,
            start + len(raw),
            value,
            qualifier="at_least",
            step=0.0,
            scale=base * multiplier,
            linked=True,
            source="indefinite",
        )
    ]


def _multiplier(rest: str, lex: NumericLexicon) -> float:
    last = rest.rsplit(" ", 1)[-1] if rest else ""
    return lex.indefinite_multipliers.get(last, 1.0)


def _fraction(raw: str, start: int, lex: NumericLexicon) -> list[Figure]:
    text = normalise(raw).lower()
    if text in lex.standalone_fractions:
        return [_ratio_core(start, start + len(raw), lex.standalone_fractions[text])]
    numerator_text, _, denominator_text = text.replace("-", " ").rpartition(" ")
    denominator = lex.fraction_denominators.get(denominator_text)
    if not denominator:
        return []
    if numerator_text.isdigit():
        numerator = float(numerator_text)
    else:
        numerator = lex.fraction_numerators.get(numerator_text)
    if not numerator or numerator >= denominator:
        return []
    return [_ratio_core(start, start + len(raw), numerator / denominator)]


def _ratio(core: Figure, text: str, low: str, lo: int, hi: int, lex: NumericLexicon) -> Figure | Mention | None:
    """ "one in five", "un Français sur trois", with the hedge before them ("about one in five")."""
    ratio = ratio_at(core, text, low, hi, lex)
    return _read_left(ratio, text, low, lo, hi, lex) if ratio else None


def _ratio_pair(core: Figure, text: str, low: str, lo: int, hi: int, lex: NumericLexicon) -> Figure | None:
    """ "a ratio of 3:1", "by a margin of 2 to 1", "a 3-to-1 ratio": one ratio, value a/b."""
    if core.source not in ("digits", "spelled"):
        return None
    pair = lex.ratio_pairs.match(low, core.start, hi)
    if pair is None or not (lex.ratio_pair_noun.match(low, pair.end(), hi) or _cue_before(core.start, low, lo, lex)):
        return None
    numerator, denominator = _pair_number(pair.group("a"), lex), _pair_number(pair.group("b"), lex)
    if numerator is None or not denominator:
        return None
    figure = Figure(core.start, pair.end(), round(numerator / denominator, 4), kind="ratio", step=0.0, source="pair")
    return _read_left(figure, text, low, lo, hi, lex)


def _cue_before(start: int, low: str, lo: int, lex: NumericLexicon) -> bool:
    window_start = max(lo, start - _RATIO_CUE_WINDOW)
    sentence_start = max(low.rfind(mark, window_start, start) for mark in _SENTENCE_MARKS)
    return lex.ratio_pair_cue.search(low, max(window_start, sentence_start + 1), start) is not None


def _pair_number(written: str, lex: NumericLexicon) -> float | None:
    if written[0].isdigit():
        digits = read_digits(written, lex.decimal)
        return digits.value if digits else None
    pieces = read_spelled(written, lex.language, lex.scales, {}, lex.connectors)
    return pieces[0].value if len(pieces) == 1 else None


# --- what surrounds it -------------------------------------------------------------------


def _read_around(core: Figure, text: str, low: str, lo: int, hi: int, lex: NumericLexicon) -> Figure | Mention | None:
    if core.word_check == "article" and _nothing_after(low, core.end, hi, lex):
        if _word_before(low, lo, core.start) not in lex.hedge_ends:
            return None  # "un missile": an article, with no hedge, unit or scale to make it a number
    figure = _read_right(core, text, low, lo, hi, lex)
    if isinstance(figure, Mention) or figure is None:
        return figure
    figure = _read_left(figure, text, low, lo, hi, lex)
    if figure is None or isinstance(figure, Mention):
        return figure
    if figure.word_check and not _word_is_number(figure, low, lo, hi, lex):
        return None
    return figure


def _scale_word(text: str, low: str, pos: int, hi: int, lex: NumericLexicon) -> re.Match[str] | None:
    """The scale word after a number, unless it opens a longer unit: « 15 mille euros » is 15,000 euros,
    « 1 mille nautique » one nautical mile."""
    match = lex.scale_after.match(low, pos, hi)
    if match is None:
        return None
    unit = lex.unit_after.match(text, pos, hi)
    return None if unit is not None and unit.end() > match.end() else match


def _read_right(core: Figure, text: str, low: str, lo: int, hi: int, lex: NumericLexicon) -> Figure | Mention | None:
    """Scale word, currency, percent sign or unit, and hedge words after the number."""
    value, step, scale, pos = core.value, core.step, core.scale, core.end
    kind, unit, linked, start = core.kind, None, core.linked, core.start
    numeric = core.source in ("digits", "spelled", "vulgar")
    currency = None
    if numeric and _char_before(low, lo, start) in lex.currency_prefix_ends:
        before = lex.currency_before.search(text, max(lo, start - _CURRENCY_WINDOW), start)
        if before:
            currency = lookup_currency(lex, before.group("currency"))
            start = before.start("currency")
    if currency is None and _nothing_after(low, pos, hi, lex):
        return core  # "300 people", "1,500.": no scale, unit, currency or hedge after it
    if numeric and scale == 1.0:
        half = lex.half_after.match(low, pos, hi)
        if half and _measure_after(text, low, half.end(), hi, lex):
            value, step, pos = value + 0.5, 0.5, half.end()  # "two and a half million", "... hours", "... times"
        match = _scale_word(text, low, pos, hi, lex)
        factor = lex.scales.get(normalise(match.group("scale"))) if match else None
        if match is None:
            match = lex.money_scale_after.match(text, pos, hi)
            if match and _scale_letter_applies(match, currency, text, low, hi, lex):
                factor = lex.money_scales[match.group("scale")]
            else:
                match = None
        if match and factor:
            value, step, scale, linked, pos = value * factor, step * factor, factor, True, match.end()
    if core.source == "fraction":
        match = lex.fraction_scale_after.match(low, pos, hi)
        duration = None if match else lex.fraction_duration_after.match(low, pos, hi)
        if match:
            factor = lex.scales[normalise(match.group("scale"))]
            # "half a million": read as rounded to a tenth of the scale word.
            value, kind, scale, step, pos = value * factor, "count", factor, factor / 10, match.end()
        elif duration and (form := lookup_unit(lex, duration.group("unit"))):
            # "half a century", "half an hour": a duration, no share of anything
            kind, unit, pos = "quantity", form.symbol, duration.end()
            value, step = value * form.factor, step * form.factor
    if scale > 1.0 and core.source in ("digits", "spelled"):
        half = lex.half_after.match(low, pos, hi)
        if half:
            value, step, pos = value + 0.5 * scale, 0.5 * scale, half.end()  # "deux millions et demi"
    if kind != "ratio":
        match = lex.percent_after.match(low, pos, hi)
        if match:
            kind, pos = "percent", match.end()
            if match.group("pp"):
                unit = "pp"
            elif match.group("bp"):
                unit, value, step = "pp", value / 100, step / 100
            elif match.group("permille"):
                unit = "‰"
            else:
                unit = "%"
        if kind != "percent" and currency is None:
            match = lex.currency_after.match(text, pos, hi)
            if match is None and linked:
                match = lex.currency_linked.match(text, pos, hi) or lex.currency_scaled.match(text, pos, hi)
            if match is None and numeric:
                match = _paid_in(text, low, lo, hi, start, pos, lex)
            if match:
                currency, pos = lookup_currency(lex, match.group("currency")), match.end()
        if currency:
            kind, unit = "money", currency.symbol
            value, step = value * currency.factor, step * currency.factor
        elif kind != "percent" and (hours := _hours_minutes(core, low, pos, hi, lex)):
            kind, unit, pos = "quantity", "h", hours.end()  # "a mis 2 h 30", "3h30 de débat"
            value, step = value + int(hours.group("minutes")) / 60, 1 / 60
        elif kind != "percent":
            match = lex.unit_after.match(text, pos, hi)
            if match is None and linked:
                match = lex.unit_linked.match(text, pos, hi)
            if match is None and numeric:
                match = _weighed_in(low, lo, hi, start, pos, lex)
            form = lookup_unit(lex, match.group("unit") or match.groupdict().get("glued")) if match else None
            if form and match.group("unit") and (at_sea := lex.sea_units.get(match.group("unit").lower())) \
                    and lex.sea_cue.search(low, max(lo, start - _SEA_WINDOW), min(hi, match.end() + _SEA_WINDOW)):
                form = at_sea  # « à 12 milles des côtes »: nautical miles; « une canalisation de 11 milles »: miles
            if form:
                kind, unit, pos = "quantity", form.symbol, match.end()
                value, step = value * form.factor, step * form.factor
                half = lex.half_after.match(low, pos, hi)
                if half and numeric:
                    value, step, pos = value + 0.5, 0.5, half.end()  # "deux ans et demi"
                elif numeric and form.factor == 1.0 and unit in DURATION_PARTS:
                    value, step, pos = _duration_parts(text, unit, value, step, pos, hi, lex)
    if kind == "count" and core.source in ("digits", "spelled"):
        times = lex.times_after.match(low, pos, hi)
        if times:  # "three times higher", "2,5 fois le niveau", "a 10-fold rise": a ratio
            kind, pos, core.source = "ratio", times.end(), "multiplier"
            if times.group("half"):
                value, step = value + 0.5, 0.5  # "une fois et demie plus"
    qualifier, hedge = core.qualifier, None
    match = lex.post_hedge_after.match(low, pos, hi)
    if match:
        hedge = text[match.start("hedge") : match.end("hedge")].strip()
        qualifier, pos = lex.post_hedge_qualifiers[normalise(match.group("hedge"))], match.end()
    if core.source == "digits" and pos == core.end:
        letters = _LETTERS_AFTER.match(text, pos, hi)
        if letters:
            if _DECADE.fullmatch(text, core.start, letters.end()):
                return None  # "1990s", "80s": a decade, the date parser's
            return Mention(core.start, letters.end(), "identifier")
    core.start, core.end, core.value, core.kind, core.unit = start, pos, value, kind, unit
    core.step, core.scale, core.linked, core.qualifier, core.hedge = step, scale, linked, qualifier, hedge
    return core


#: How far around a unit a word of the sea may tell which unit it is (« milles » at sea are nautical).
_SEA_WINDOW = 150


def _paid_in(text: str, low: str, lo: int, hi: int, start: int, pos: int, lex: NumericLexicon) -> re.Match[str] | None:
    """A currency written as money only after a scale word ("5 million pounds"; "200 pounds of explosives" is a
    weight), read as money after a word of paying: "the merger will cost 85,000 pounds", « coûtera 85 000 livres »,
    or before a rate: "300 pounds a week", « 96 livres par nuit »."""
    match = lex.currency_scaled.match(text, pos, hi)
    if match is None or lex.unit_link_after.match(low, match.end(), hi):
        return None  # "paid for 200 pounds of explosives": a weight
    if not (lex.money_cue_before.search(low, max(lo, start - _PAYING_OR_WEIGHING_WINDOW), start)
            or lex.money_cue_after.match(low, match.end(), hi)):
        return None
    return match


def _weighed_in(low: str, lo: int, hi: int, start: int, pos: int, lex: NumericLexicon) -> re.Match[str] | None:
    """A unit read only after a word of weighing: « pesé à 69,4 livres », « peut emporter 850 livres » (« 5 livres »
    are books)."""
    match = lex.unit_cued.match(low, pos, hi)
    if match is None or not lex.unit_cue_before.search(low, max(lo, start - _PAYING_OR_WEIGHING_WINDOW), start):
        return None
    return match


def _measure_after(text: str, low: str, pos: int, hi: int, lex: NumericLexicon) -> bool:
    """A scale word, a unit or "times" at ``pos`` (after "and a half")."""
    return bool(
        lex.scale_after.match(low, pos, hi)
        or lex.times_after.match(low, pos, hi)
        or lex.unit_after.match(text, pos, hi)
    )


def _nothing_after(low: str, pos: int, hi: int, lex: NumericLexicon) -> bool:
    """Whether nothing read after a number can follow ``pos``: the line ends, a closing mark, or a
    spaced word no unit, currency, scale, percent, link or post-hedge starts with."""
    following = _NEXT_TOKEN.match(low, pos, hi)
    token = following.group("token")
    if token is None:
        return True
    if token[0].isalpha():
        return following.start("token") > pos and token not in lex.after_words
    return token in _CLOSING_MARKS


def _duration_parts(text: str, unit: str, value: float, step: float, pos: int, hi: int,
                    lex: NumericLexicon) -> tuple[float, float, int]:
    """A duration going on with its next smaller units, read as one figure in the first unit: "8 minutes 20
    seconds" is 8 1/3 minutes, "1 hour 12 minutes and 30 seconds" 1.2083 hours (value, step, end)."""
    per_unit = 1.0
    while unit in DURATION_PARTS:
        smaller, count = DURATION_PARTS[unit]
        match = lex.duration_part_after.match(text, pos, hi)
        form = lookup_unit(lex, match.group("unit")) if match else None
        if form is None or form.symbol != smaller or form.factor != 1.0 or int(match.group("number")) >= count:
            break
        unit, per_unit = smaller, per_unit * count
        value, step, pos = value + int(match.group("number")) / per_unit, 1 / per_unit, match.end()
    return value, step, pos


def _hours_minutes(core: Figure, low: str, pos: int, hi: int, lex: NumericLexicon) -> re.Match[str] | None:
    if lex.hours_minutes is None or core.source != "digits" or core.has_decimals or pos != core.end:
        return None
    return lex.hours_minutes.match(low, pos, hi)


def _scale_letter_applies(match: re.Match[str], currency, text: str, low: str, hi: int, lex: NumericLexicon) -> bool:
    """ "€300m", "300 M€", "67m people" use a scale letter; "a 100m sprint" is in metres."""
    if currency or lex.currency_after.match(text, match.end(), hi):
        return True
    following = lex.word_after.match(low, match.end(), hi)
    return bool(following) and is_plural_noun(following.group("word"), lex.language)


#: A one-way hedge after a negated verb bounds the other way ("never had fewer than 50": at least 50).
_TURNED = {"more_than": "at_most", "at_most": "more_than", "less_than": "at_least", "at_least": "less_than"}


def _negated(low: str, lo: int, start: int, lex: NumericLexicon) -> bool:
    """Is the verb right before a hedge negated: a negation word right before the hedge or one word before it
    ("has not recruited more than", « n'a pas recruté plus de »; not "is not clear whether more than")?"""
    words = low[max(lo, start - _NEGATION_WINDOW):start].split()[-2:]
    return any(word.strip(",;:") in lex.negations for word in words)


def _restricted(low: str, lo: int, start: int, lex: NumericLexicon) -> bool:
    """Does a restrictive negation stand before the verb before a hedge (« n'accueillent plus que », « ne compte
    plus que »): "ne"/"n'" one or two words before it, with no "pas" or "jamais" after it?"""
    words = low[max(lo, start - _NEGATION_WINDOW):start].replace("’", "'").split()[-2:]
    return any(word == cue or (cue.endswith("'") and word.startswith(cue)) for word in words
               for cue in lex.restrictive_negations) and not any(word in lex.negations for word in words)


def _read_left(figure: Figure, text: str, low: str, lo: int, hi: int, lex: NumericLexicon) -> Figure | Mention | None:
    """Hedge words, identifier cues ("Article 5") and change words before the figure."""
    start = figure.start
    qualifier, hedge = figure.qualifier, figure.hedge
    word = _word_before(low, lo, start)
    match = lex.hedge_before.search(low, max(lo, start - _HEDGE_WINDOW), start) if word in lex.hedge_ends else None
    if match and _is_time_preposition(match, figure, low, lo, hi, lex):
        match = None  # "rose 15% over two years": a span of time, not "more than"
    if match and figure.kind != "ratio" and normalise(match.group("hedge")) in lex.fraction_hedges:
        match = None  # « près des 300 salariés »: near them, not nearly 300
    if match and normalise(match.group("hedge")) in lex.particle_hedges \
            and _word_before(low, lo, match.start("hedge")) in lex.particle_verbs:
        match = None  # "turned over €31.4 million": the turnover, not more than €31.4 million
    if match and normalise(match.group("hedge")) in lex.restrictive_hedges \
            and _restricted(low, lo, match.start("hedge"), lex):
        match = None  # « n'accueillent plus que 900 visiteurs »: only 900, not more than 900
    if match:
        qualifier = lex.hedge_qualifiers[normalise(match.group("hedge"))]
        hedge = text[match.start("hedge") : match.end("hedge")]
        start = match.start("hedge")
        if qualifier in _TURNED and _negated(low, lo, start, lex):
            qualifier = _TURNED[qualifier]  # "did not recruit more than 2,400": at most 2,400
    plain = figure.kind == "count" and figure.scale == 1.0 and figure.source in ("digits", "spelled")
    if plain and hedge is None and not figure.signed:
        if word in lex.cue_ends:
            cue = lex.identifier_cue_before.search(low, max(lo, start - _CUE_WINDOW), start)
            if cue and _is_identifier_cue(cue, figure, text, low, hi, lex):
                suffix = _MODEL_SUFFIX.match(text, figure.end, hi)  # "Boeing 747-400"
                return Mention(cue.start("cue"), suffix.end() if suffix else figure.end, "identifier")
        acronym = _acronym_before(figure, text, low, lo, hi, lex)
        if acronym is not None:
            return Mention(acronym, figure.end, "identifier")  # "AF 447", "ASX 200"
        if word in lex.multiplier_ends and lex.multiplier_before.search(low, max(lo, start - _CUE_WINDOW), start):
            figure.kind = "ratio"  # "multiplied by three"
    if hedge is None and not figure.signed and word in lex.negative_words and figure.kind in _SIGNED_KINDS:
        # "minus 5C", "moins 10 °C": a negative figure (a hedge "moins de" was read above).
        negative = lex.word_before.search(low, max(lo, start - _LONGEST_WORD), start)
        if negative:
            start, figure.value, figure.signed = negative.start("word"), -figure.value, True
    if start != figure.start:
        word = _word_before(low, lo, start)
    change = figure.change or _change(figure, low, lo, hi, start, word, lex)
    if figure.kind == "count" and figure.scale == 1.0 and _could_be_rate_points(figure, low, lo, start, lex):
        points = lex.points_after.match(low, figure.end, hi)
        if points and (
            _change_before(low, lo, start, word, lex, percent=True)
            or _points_of_rates_after(points.end(), low, lo, hi, start, lex)
        ):
            figure.kind, figure.unit, figure.end = "percent", "pp", points.end()
            change = _change(figure, low, lo, hi, start, word, lex)
    figure.start, figure.qualifier, figure.hedge, figure.change = start, qualifier, hedge, change
    return figure


def _is_identifier_cue(cue: re.Match[str], figure: Figure, text: str, low: str, hi: int, lex: NumericLexicon) -> bool:
    """ "page 12", "Route 66", "Formula One" name things; "no 5 people", "No one" do not.

    Some cues count only with a capital ("Route", "No"), and then a spelled number needs one too;
    some name a place unless a plural noun follows ("la ligne 14", but "mis en ligne 300 vidéos").
    """
    key = normalise(cue.group("cue"))
    if key in lex.weak_cues and _plural_noun_after(figure.end, low, hi, lex):
        return False
    if key not in lex.capitalised_cues:
        return True
    return text[cue.start("cue")].isupper() and (figure.source == "digits" or text[figure.start].isupper())


def _plural_noun_after(pos: int, low: str, hi: int, lex: NumericLexicon) -> bool:
    following = lex.word_after.match(low, pos, hi)
    return bool(following) and is_plural_noun(following.group("word"), lex.language)


def _acronym_before(figure: Figure, text: str, low: str, lo: int, hi: int, lex: NumericLexicon) -> int | None:
    """Where "AF" starts in "flight AF 447" ("ASX 200", "MAX 8"): an all-capitals name right before a
    whole number written without separators, which no plural noun follows ("NATO 32 members" counts)."""
    if figure.start - lo < 3 or not text[figure.start - 2].isupper():
        return None  # the cheap test first: no capital letter right before the space
    if figure.source != "digits" or not text[figure.start : figure.end].isdigit():
        return None
    if figure.value > _MAX_ACRONYM_NUMBER:
        return None
    before = _ACRONYM_BEFORE.search(text, max(lo, figure.start - _ACRONYM_WINDOW), figure.start)
    if before is None or before.group("acronym").lower() in lex.not_identifier_prefixes:
        return None
    if _plural_noun_after(figure.end, low, hi, lex):
        return None
    return before.start("acronym")


def _is_time_preposition(hedge: re.Match[str], figure: Figure, low: str, lo: int, hi: int, lex: NumericLexicon) -> bool:
    """ "over two years" after a verb is a span of time; "for over two years", "over 200 years old" hedge it."""
    if figure.kind != "quantity" or figure.unit not in DURATION_SYMBOLS:
        return False
    if normalise(hedge.group("hedge")) not in lex.duration_prepositions:
        return False
    if _word_before(low, lo, hedge.start("hedge")) in lex.duration_hedge_after:
        return False
    following = lex.word_after.match(low, figure.end, hi)
    return not (following and following.group("word") in lex.duration_hedge_before)


def _points_of_rates_after(pos: int, low: str, lo: int, hi: int, start: int, lex: NumericLexicon) -> bool:
    """ "21,4 % à 23,9 %, soit 3,5 points de plus": a change word after the points, and a percentage shortly
    before them ("scored 12 points more than" names no rate)."""
    if not lex.change_after.match(low, pos, hi):
        return False
    return lex.percent_after.search(low, max(lo, start - _RATE_WINDOW), start) is not None


def _could_be_rate_points(figure: Figure, low: str, lo: int, start: int, lex: NumericLexicon) -> bool:
    """ "up 2 points", "en hausse de 0,3 point" are percentage points; "up 52.42 points", "fell 500
    points" are index points (a count). Rates move by less than ``_MAX_RATE_POINTS``, written to one decimal,
    or by less than 100 right after percentages ("removed 61%; the new one removes 93%, a gain of 32 points")."""
    if figure.step < 0.1:
        return False
    if abs(figure.value) < _MAX_RATE_POINTS:
        return True
    return abs(figure.value) < 100 and lex.percent_after.search(low, max(lo, start - _RATE_WINDOW), start) is not None


def _change(figure: Figure, low: str, lo: int, hi: int, start: int, word: str, lex: NumericLexicon) -> str | None:
    percent = figure.kind == "percent"
    fraction = figure.kind == "ratio" and figure.source == "fraction"
    direction = _change_before(low, lo, start, word, lex, percent=percent, fraction=fraction)
    if direction or not percent:
        return direction
    after = lex.change_after.match(low, figure.end, hi)
    if after:
        return lex.change_after_words[after.group("change")]
    after = lex.change_after_noun.match(low, figure.end, hi)  # « 30 % de participants en plus »
    if after:
        return lex.change_after_noun_words[after.group("change")]
    if figure.signed:
        return "decrease" if figure.value < 0 else "increase"
    return None


def _change_before(
    low: str, lo: int, start: int, word: str, lex: NumericLexicon, *, percent: bool, fraction: bool = False
) -> str | None:
    """ "up", "rose by", "en hausse de" right before ``start`` (``word``: the word there); some words only
    mark percents ("gained"), or fractions with their link ("cut by a third", not "raised a third of the cost")."""
    if not lex.change_ends.fullmatch(word):
        return None
    match = lex.change_before.search(low, max(lo, start - _CHANGE_WINDOW), start)
    if match is None:
        return None
    stem = match.group("stem")
    if not percent and lex.change_percent_only.fullmatch(stem) and not (fraction and match.group("link")):
        return None
    if stem in lex.change_particles:
        verb = lex.change_particle_verbs.search(low, max(lo, match.start("stem") - _LONGEST_WORD), match.start("stem"))
        if verb:
            return None  # "shot down 28 drones", "set up 12 camps"
    return "increase" if lex.change_increase.fullmatch(stem) else "decrease"


def _word_is_number(figure: Figure, low: str, lo: int, hi: int, lex: NumericLexicon) -> bool:
    """ "one", "un", "neuf" are numbers only in some contexts (see the lexicon)."""
    if figure.word_check == "verb":
        return _is_multiplier_verb(figure, low, lo, hi, lex)
    if figure.word_check == "definite" and _word_before(low, lo, figure.start) not in lex.definite_determiners:
        return False  # then, as for any number word, something must follow it ("sold by the dozen.")
    if figure.word_check == "majority":
        return _is_majority(figure, low, lo, hi, lex)
    if figure.word_check == "follower":
        return lex.times_follower.match(low, figure.end, hi) is not None  # "twice as many", not "twice"
    if figure.hedge:
        return True  # "more than one", "plus d'un"
    if figure.word_check == "article":
        # "un missile", "un an": an article; "un pour cent", "un an et demi": a number.
        return figure.kind == "percent" or figure.value != 1.0
    if figure.kind != "count" or figure.scale != 1.0:
        return True
    if figure.word_check == "ambiguous" and _clitic_before(low, lo, figure.start, lex):
        return True  # « le coroner en a recensé neuf en 2038 »
    following = lex.word_after.match(low, figure.end, hi)
    if following is None:
        return False
    next_word = following.group("word")
    if figure.word_check == "ambiguous" and next_word in lex.ambiguous_partitive and (
            lex.word_before.search(low, max(lo, figure.start - _LONGEST_WORD), figure.start) is None
            or _word_before(low, lo, figure.start) in lex.counted_stop_words):
        return True  # « Neuf des morts », « dont neuf des » (but « un bâtiment neuf des années 2020 »)
    if next_word in lex.counted_stop_words:
        return False
    if figure.word_check == "pronoun":
        if next_word in lex.one_pronoun_after:
            return False
        previous = lex.word_before.search(low, max(lo, figure.start - 30), figure.start)
        if previous and previous.group("word") in lex.one_pronoun_before:
            return False
    return True


#: How many words before an ambiguous number word a pronoun standing for what it counts may come.
CLITIC_WORDS = 3


def _clitic_before(low: str, lo: int, start: int, lex: NumericLexicon) -> bool:
    """Is a pronoun standing for the things counted among the few words before the figure, not right before it
    nor before a determiner (« en a recensé neuf », « il n'en reste que neuf »; but « construit en neuf », « on
    en voit un neuf »)?"""
    words = low[max(lo, start - CLITIC_WORDS * _LONGEST_WORD):start].split()[-CLITIC_WORDS:]
    return (len(words) > 1 and words[-1] not in lex.ambiguous_not_after
            and any(word in lex.ambiguous_clitics for word in words[:-1]))


def _is_multiplier_verb(figure: Figure, low: str, lo: int, hi: int, lex: NumericLexicon) -> bool:
    """ "sales doubled", « a plus que triplé »; not "doubled down", « le doublé Giro-Tour », « a doublé la mise »."""
    if lex.multiplier_verb_not_before.match(low, figure.end, hi):
        return False
    verb = low[figure.start : figure.end].split()[-1]  # after its hedge, if any ("presque doublé")
    if verb not in lex.multiplier_verbs_need_auxiliary:
        return True
    word = _word_before(low, lo, figure.start)
    if word in lex.multiplier_verb_adverbs:  # « a pratiquement doublé »
        word = _word_before(low, lo, low.rfind(word, lo, figure.start))
    return word in lex.multiplier_verb_auxiliaries


def _is_majority(figure: Figure, low: str, lo: int, hi: int, lex: NumericLexicon) -> bool:
    """ "the majority of voters"; not "a majority of 12 votes" (a margin), « à la majorité des deux tiers » (a
    threshold) or « pour la plupart » (for the most part)."""
    if _word_before(low, lo, figure.start) in lex.majority_not_after:
        return False
    link = lex.majority_link_after.match(low, figure.end, hi)
    if link is None:
        return False
    pos = link.end()
    number = lex.core_words.match(low, pos, hi)
    if number and number.lastgroup == "fraction":
        return False  # a threshold
    if not (number or lex.core_digits.match(low, pos, hi)):
        return True
    # "the majority of 2,000 staff", « la majorité des 300 salariés » are shares; "a majority of 12" a margin
    return not lex.majority_indefinite.intersection(low[figure.start : figure.end].split())
