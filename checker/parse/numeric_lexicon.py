"""A language's number and unit lexicons compiled once into the regexes and tables the number parser uses."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from checker.lexicon import load_lexicon
from checker.parse.patterns import NOT_AFTER_WORD, OPT_SP, SP, WORD_END, WORD_START, alternation, fragments, words

_SPACE_GROUPS = (" ", "\u00a0", "\u202f")
#: Units of time: a duration counts no thing ("two weeks of talks"); "over" before one may be a preposition.
DURATION_SYMBOLS = frozenset({"s", "min", "h", "day", "week", "month", "year"})
#: The next smaller unit a duration may go on with: "8 minutes 20 seconds", "2 years and 3 months".
DURATION_PARTS = {"h": ("min", 60), "min": ("s", 60), "day": ("h", 24), "week": ("day", 7), "year": ("month", 12)}
_WHITESPACE = re.compile(r"\s+")
_LETTERS = re.compile(r"[^\W\d_]+")
_OPENERS = "([«“\"'"
#: After a form ending in a symbol ("%", "€", "°C") no word end is needed; after a letter it is.
_FORM_END = rf"(?:(?<=[^\w])|{WORD_END})"


def normalise(phrase: str) -> str:
    """A matched phrase as lexicon keys are written: single spaces, straight apostrophes."""
    return _WHITESPACE.sub(" ", phrase.strip()).replace("’", "'")


@dataclass(frozen=True)
class UnitForm:
    """What a unit or currency surface form means: canonical symbol and the factor it carries."""

    symbol: str
    factor: float = 1.0


@dataclass(frozen=True, eq=False)
class NumericLexicon:
    """Everything the number parser knows about one language, compiled (compared by identity).

    Word patterns run on the lower-cased text (checker.parse.patterns.lower_keeping_offsets);
    ``money_scale_after`` and the currency and unit patterns run on the text as written.
    """

    language: str
    decimal: str
    data: dict
    # word tables, keys normalised and lower-case
    scales: dict[str, float]
    money_scales: dict[str, float]  # case-sensitive keys ("m", "M")
    approx_numerators: dict[str, float]
    approx_nouns: dict[str, float]
    indefinite_plurals: dict[str, float]
    indefinite_bases: dict[str, float]
    indefinite_multipliers: dict[str, float]
    indefinite_need_multiplier: frozenset[str]
    fraction_numerators: dict[str, float]
    fraction_denominators: dict[str, float]
    standalone_fractions: dict[str, float]
    hedge_qualifiers: dict[str, str]
    #: Hedges that bound only a fraction (« près des deux tiers »; « près des 300 salariés » is a place).
    fraction_hedges: frozenset[str]
    #: Words that negate the verb before a one-way hedge ("did not recruit more than 2,400": at most).
    negations: frozenset[str]
    #: Hedge words that are a verb's particle after these verbs ("turned over €31.4 million": the turnover).
    particle_hedges: frozenset[str]
    particle_verbs: frozenset[str]
    #: Hedges that say "only" after a restrictive negation (« n'accueillent plus que 900 »), and its words.
    restrictive_hedges: frozenset[str]
    restrictive_negations: tuple[str, ...]
    post_hedge_qualifiers: dict[str, str]
    change_after_words: dict[str, str]
    change_after_noun_words: dict[str, str]
    connectors: frozenset[str]
    not_standalone: frozenset[str]
    article_numbers: frozenset[str]
    ambiguous_words: frozenset[str]
    ambiguous_partitive: frozenset[str]
    ambiguous_clitics: frozenset[str]
    ambiguous_not_after: frozenset[str]
    one_pronoun_after: frozenset[str]
    one_pronoun_before: frozenset[str]
    negative_words: frozenset[str]
    counted_stop_words: frozenset[str]
    capitalised_cues: frozenset[str]
    #: Cues that name a place or line unless a plural noun follows ("la ligne 14", "en ligne 300 vidéos").
    weak_cues: frozenset[str]
    #: Letters that are no name before a number (units, scales, currencies, month abbreviations).
    not_identifier_prefixes: frozenset[str]
    #: "over" before a duration: a hedge only after ``duration_hedge_after`` or before ``duration_hedge_before``.
    duration_prepositions: frozenset[str]
    duration_hedge_after: frozenset[str]
    duration_hedge_before: frozenset[str]
    multiplier_words: dict[str, float]
    multiplier_need_follower: frozenset[str]
    #: "doubled", « a triplé »: verb -> (ratio, change); what may not follow it ("doubled down"); the verbs
    #: that need one of the auxiliaries right before them (French participles), maybe after an adverb.
    multiplier_verbs: dict[str, tuple[float, str]]
    multiplier_verb_not_before: re.Pattern[str]
    multiplier_verbs_need_auxiliary: frozenset[str]
    multiplier_verb_auxiliaries: frozenset[str]
    multiplier_verb_adverbs: frozenset[str]
    #: "the majority of", « la plupart des »: the link after it, and the words that may not come before it.
    majority_link_after: re.Pattern[str]
    #: "the dozen crew members": a number noun read alone after these determiners (``definite_numbers``).
    definite_numbers: dict[str, float]
    definite_determiners: frozenset[str]
    majority_not_after: frozenset[str]
    #: Articles that make "a majority of 12" a margin, where "the majority of 2,000 staff" is a share.
    majority_indefinite: frozenset[str]
    #: Degrees of unstated scale: default scale, Fahrenheit above this value (None: never), angle cues.
    default_temperature: str
    fahrenheit_above: float | None
    angle_after: re.Pattern[str]
    angle_before: re.Pattern[str]
    #: What an amount counts when it repeats the currency of the money before it ("4.4 trillion in revenue").
    money_nouns: frozenset[str]
    #: Units that are a money scale letter after money: "600m" after "£4.5bn" is 600 million.
    money_letter_units: dict[str, float]
    not_money_before: re.Pattern[str]
    #: Words of paying: after them "85,000 pounds" is money, not a weight (``money_cues``).
    money_cue_before: re.Pattern[str]
    #: A rate right after it: "300 pounds a week", « 780 livres par semaine » is money (``money_cues_after``).
    money_cue_after: re.Pattern[str]
    #: Words of weighing: after them « 69,4 livres » is a weight, not books (``unit_cues``), and the units read only
    #: after them (units.yaml ``units_after_cue``).
    unit_cue_before: re.Pattern[str]
    #: Units a form stands for in a story at sea (units.yaml ``units_at_sea``: « milles » are nautical miles
    #: there), and the words telling such a story (``sea_cues``).
    sea_units: dict[str, UnitForm]
    sea_cue: re.Pattern[str]
    unit_cued: re.Pattern[str]
    #: "of"/"de" between a unit and what it measures ("200 pounds of explosives").
    unit_link_after: re.Pattern[str]
    #: Hours and minutes of a duration: "2 h 30", "3h30" (None where durations are not written so).
    hours_minutes: re.Pattern[str] | None
    # surface forms -> units / currencies (exact case, then lower-case words)
    units: dict[str, UnitForm]
    unit_words: dict[str, UnitForm]
    currencies: dict[str, UnitForm]
    currency_words: dict[str, UnitForm]
    # patterns
    core_words: re.Pattern[str]
    core_digits: re.Pattern[str]
    core_vulgar: re.Pattern[str]
    #: The first word (lower-case letters) of everything read right after a number: scale words, percent
    #: words, units, currencies, links, post-hedges, "times". Another word there ends the figure.
    after_words: frozenset[str]
    scale_after: re.Pattern[str]
    money_scale_after: re.Pattern[str]
    half_after: re.Pattern[str]
    fraction_scale_after: re.Pattern[str]
    #: "half a century", "a quarter of an hour": a fraction of a unit of time is a duration, no share.
    fraction_duration_after: re.Pattern[str]
    #: The smaller part of a duration after its unit: " 20 seconds" of "8 minutes 20 seconds", « et 20 secondes ».
    duration_part_after: re.Pattern[str]
    percent_after: re.Pattern[str]
    points_after: re.Pattern[str]
    currency_before: re.Pattern[str]
    currency_after: re.Pattern[str]
    currency_linked: re.Pattern[str]
    currency_scaled: re.Pattern[str]
    unit_after: re.Pattern[str]
    unit_linked: re.Pattern[str]
    hedge_before: re.Pattern[str]
    #: Last words of hedges, identifier cues, change phrases and currency prefixes: the left-context
    #: searches run only when the word before a figure is one of them.
    hedge_ends: frozenset[str]
    cue_ends: frozenset[str]
    change_ends: re.Pattern[str]
    currency_prefix_ends: frozenset[str]
    post_hedge_after: re.Pattern[str]
    change_before: re.Pattern[str]
    change_increase: re.Pattern[str]
    change_percent_only: re.Pattern[str]
    #: "shot down 28 drones": a verb before "up"/"down" that makes them no change word.
    change_particles: frozenset[str]
    change_particle_verbs: re.Pattern[str]
    change_after: re.Pattern[str]
    change_after_noun: re.Pattern[str]
    transition_before: re.Pattern[str]
    range_between_before: re.Pattern[str]
    range_from_before: re.Pattern[str]
    range_and_gap: re.Pattern[str]
    range_to_gap: re.Pattern[str]
    part_of_gap: re.Pattern[str]
    part_of_lead: re.Pattern[str]
    #: After a ratio's numerator: "(Français) sur trois", "in five", "out of 10" (groups ``noun``, ``link``, ``b``).
    ratio_tail: re.Pattern[str]
    identifier_cue_before: re.Pattern[str]
    word_after: re.Pattern[str]
    word_before: re.Pattern[str]
    #: "three times higher", "2,5 fois le niveau", "a 10-fold rise" (group ``times`` or ``fold``).
    times_after: re.Pattern[str]
    times_follower: re.Pattern[str]
    multiplier_before: re.Pattern[str]
    multiplier_ends: frozenset[str]
    #: "3:1", "2 to 1", "3 pour 1" (groups ``a``, ``b``) and the words that make them ratios.
    ratio_pairs: re.Pattern[str]
    ratio_pair_cue: re.Pattern[str]
    ratio_pair_noun: re.Pattern[str]


def _lower_map(mapping: dict | None) -> dict[str, float]:
    return {normalise(str(key)).lower(): float(value) for key, value in (mapping or {}).items()}


def _lower_set(words) -> frozenset[str]:
    return frozenset(normalise(str(word)).lower() for word in words or ())


def _words_of(mapping: dict, key: str) -> list[str]:
    return [str(word) for word in mapping.get(key) or []]


def _is_word(form: str) -> bool:
    """Words of four letters or more, and phrases, match in any case ("Kilometres", "degrees Celsius").

    Short forms are symbols and keep their case: "m" is a metre, "M" is not; "g" a gram, "G" not.
    """
    return all(c.isalpha() or c in " -'’./" for c in form) and (
        " " in form or (len(form) >= 4 and form == form.lower())
    )


def _forms(forms) -> str:
    """Any of ``forms``: words in any case, symbols in their own case."""
    forms = list(forms)
    words = [f for f in forms if _is_word(f)]
    symbols = [f for f in forms if not _is_word(f)]
    parts = ([alternation(words, ignore_case=True)] if words else []) + ([alternation(symbols)] if symbols else [])
    return "(?:" + "|".join(parts) + ")" if parts else "(?!)"


def _surface_table(entries: dict | None) -> dict[str, UnitForm]:
    """``{symbol: [form, {form: factor}, ...]}`` -> ``{form: UnitForm}``."""
    table: dict[str, UnitForm] = {}
    for symbol, forms in (entries or {}).items():
        for form in forms:
            if isinstance(form, dict):
                table.update({normalise(str(k)): UnitForm(str(symbol), float(v)) for k, v in form.items()})
            else:
                table[normalise(str(form))] = UnitForm(str(symbol))
    return table


def _first_words(phrases) -> frozenset[str]:
    """The first run of letters of each phrase, lower-cased ("per cent" -> "per", "d'euros" -> "d")."""
    firsts = (_LETTERS.search(str(phrase).lower()) for phrase in phrases)
    return frozenset(first.group(0) for first in firsts if first and first.start() == 0)


def _digit_token_rest(decimal: str, groups: list[str]) -> str:
    """A digit token in this language's conventions, after its first digit; every branch is linear."""
    dec = re.escape(decimal)
    spaces = [g for g in groups if g in _SPACE_GROUPS]
    marks = [g for g in groups if g not in _SPACE_GROUPS]
    branches = [rf"\d{{0,2}}(?:{re.escape(mark)}\d{{3}}(?!\d))+(?:{dec}\d+)?" for mark in marks]
    if spaces:
        branches.append(rf"\d{{0,2}}(?:[{''.join(spaces)}]\d{{3}}(?!\d))+(?:{dec}\d+)?")
    if decimal not in marks:
        # "1.000.000" in English: two groups or more cannot be a decimal.
        branches.append(rf"\d{{0,2}}(?:{dec}\d{{3}}(?!\d)){{2,}}")
    branches.append(r"\d*(?:[.,]\d+)?")
    return "(?:" + "|".join(branches) + ")"


def _link(words: list[str]) -> str:
    """A space then a linking word, in any case; elided forms ("d'") glue to what follows."""
    elided = [w for w in words if w.endswith(("'", "’"))]
    spaced = [w for w in words if w not in elided]
    return rf"{SP}(?:{alternation(spaced, ignore_case=True)}{SP}|{alternation(elided, ignore_case=True)}{OPT_SP})"


def _spelled_run(data: dict) -> str:
    word = words(data["number_words"])
    joiners = []
    for connector in data.get("number_connectors") or []:
        joiners += [SP + words([connector]) + SP, "-" + words([connector]) + "-"]
    joiner = "(?:" + "|".join([*joiners, SP, "-"]) + ")"
    run = rf"(?:{joiner}{word}){{0,12}}"
    spelled = rf"{words(data['number_words'], word_start=True)}{run}"
    if data.get("article_one"):
        before = words(data.get("article_one_before") or [])
        spelled += rf"|{words(data['article_one'], word_start=True)}{SP}(?={before}{WORD_END}){word}{run}"
    return spelled


def _core_words(data: dict, unit_words: list[str]) -> re.Pattern[str]:
    """Where a worded figure starts (on lower-cased text): approximate nouns, indefinite plurals,
    fractions, spelled numbers. Alternatives are tried in this order at each position.

    Unlike the other scans, this one opens with its word-start check (its branches start with
    most letters, so a first-character prefilter would let the engine try them inside every word),
    then one look at the word: only a word that opens some branch goes on to the branches.
    """
    multipliers = words(data.get("indefinite_multipliers") or {})
    multiplied = rf"(?:{SP}{words([data['indefinite_multiplier_link']])}{SP}{multipliers})?"
    approx = (
        rf"{words(data['approx_noun_numerators'], word_start=True)}{SP}"
        rf"{words(data['approx_nouns'])}{multiplied}{WORD_END}"
    )
    determiners = data.get("indefinite_plural_determiners") or []
    plural = rf"{words(determiners, word_start=True)}{SP}{words(data['indefinite_plurals'])}{multiplied}{WORD_END}"
    if not data.get("indefinite_determiner_required"):
        plural += rf"|{words(data['indefinite_plurals'], word_start=True)}{multiplied}{WORD_END}"
    if data.get("indefinite_determiners"):
        bases = words(data["indefinite_bases"])
        plural += rf"|{words(data['indefinite_determiners'], word_start=True)}{SP}{bases}(?:{SP}{bases})?{WORD_END}"
    denominators = data["fraction_denominators"]
    fraction = (
        rf"{words(data['fraction_numerators'], word_start=True)}(?:{SP}|-){words(denominators)}{WORD_END}"
        rf"|{words(data['standalone_fractions'], word_start=True)}(?![\w-])"
    )
    multiplier = rf"{words(data.get('multiplier_words') or {}, word_start=True)}{WORD_END}"
    verbs = [verb for forms in (data.get("multiplier_verbs") or {}).values() for verb in forms or {}]
    verb = rf"{words(verbs, word_start=True)}{WORD_END}"
    links = words(data.get("majority_links") or [])
    definite = rf"{words((data.get('definite_numbers') or {}).get('nouns') or {}, word_start=True)}{WORD_END}"
    majority = rf"{words(data.get('majority_words') or [], word_start=True)}(?={SP}{links}(?:(?<=['’])|{WORD_END}))"
    # One look at the word first: only words that can open a branch go on to the branches.
    openers = (
        _first_words(
            phrase
            for key in (
                "approx_noun_numerators",
                "indefinite_plural_determiners",
                "indefinite_plurals",
                "indefinite_determiners",
                "fraction_numerators",
                "standalone_fractions",
                "number_words",
                "article_one",
                "multiplier_words",
                "article_before_units",
                "majority_words",
            )  # fmt: skip
            for phrase in data.get(key) or []
        )
        | _first_words(verbs)
        | _first_words((data.get("definite_numbers") or {}).get("nouns") or {})
    )
    article = rf"{words(data.get('article_before_units') or [], word_start=True)}(?={SP}{words(unit_words)}{WORD_END})"
    return re.compile(
        rf"{WORD_START}(?={words(openers)}(?![^\W\d_]))(?:(?P<majority>{majority})|(?P<verb>{verb})|(?P<approx>{approx})|(?P<indef>{plural})|(?P<fraction>{fraction})"
        rf"|(?P<spelled>{_spelled_run(data)}){WORD_END}|(?P<multiplier>{multiplier})|(?P<article>{article})|(?P<definite>{definite}))"
    )


def _core_digits(data: dict, decimal: str) -> re.Pattern[str]:
    """Where a figure in digits starts: "2/3", "2½", "1,500", "2 500", "1,5". It starts with its first
    digit (a sign before it is read in code), so the scan jumps from digit to digit."""
    token = _digit_token_rest(decimal, list(data["digits"]["group"]))
    return re.compile(
        r"\d(?<![\w.,/:]\d)"
        r"(?:(?P<dfraction>\d{0,2}/\d{1,3}(?![\d/]))|(?P<vulgar>\d{0,2}[½¼¾⅓⅔⅛⅕])"
        rf"|(?P<digits>{token}(?![.,]?\d)))"
    )


@cache
def numeric_lexicon(language: str) -> NumericLexicon:
    """The compiled number lexicon of ``language`` (built once per process)."""
    data = load_lexicon(language, "numbers")
    unit_data = load_lexicon(language, "units")
    decimal = data["digits"]["decimal"]
    scales = _lower_map(data.get("scales"))
    hedges = {normalise(p).lower(): q for q, phrases in data["hedges"].items() for p in phrases}
    post_hedges = {normalise(p).lower(): q for q, phrases in (data.get("post_hedges") or {}).items() for p in phrases}
    change_after_words = {w.lower(): d for d, forms in data["change_after"].items() for w in forms}
    change_after_noun = data.get("change_after_noun") or {"links": [], "increase": [], "decrease": []}
    change_after_noun_words = {w.lower(): d for d in ("increase", "decrease") for w in change_after_noun[d]}
    units = _surface_table(unit_data.get("units"))
    # "half a century" / « un quart d'heure »: a link elided into the unit has no space after it
    fraction_links = [link for link in data.get("fraction_scale_link") or [] if not link.endswith(("'", "\u2019"))]
    elided_links = [link for link in data.get("fraction_scale_link") or [] if link.endswith(("'", "\u2019"))]
    glued_units = _surface_table(unit_data.get("glued_units"))
    currencies = _surface_table(unit_data.get("currencies"))
    scaled_currencies = _surface_table(unit_data.get("currencies_after_scale"))
    cued_units = _surface_table(unit_data.get("units_after_cue"))
    counted = data["counted"]
    link = _link(counted["unit_links"])

    # Patterns on the lower-cased text (see checker.parse.patterns); units and currencies keep their case.
    scale_words = words(scales)
    percent_after = re.compile(
        rf"{OPT_SP}(?:(?P<pp>{words(data['percentage_points'])})|(?P<bp>{words(data['basis_points'])})"
        rf"|(?P<permille>{words(data['per_mille'])})|(?P<percent>{words(data['percent_signs'])})){_FORM_END}"
    )
    word_hedges = [p for p in post_hedges if p[0].isalpha()]
    glued_hedges = [p for p in post_hedges if not p[0].isalpha()]
    stems = _guarded_fragments([*data["change_before"]["increase"], *data["change_before"]["decrease"]])
    transition = _guarded_fragments(
        [*data["change_before"]["increase"], *data["change_before"]["decrease"], *(data.get("transition_verbs") or [])]
    )
    range_from = words(data["range_from"], word_start=True)
    to_words = [w for w in data["range_to"] if w[0].isalpha()]
    to_dashes = "".join(re.escape(w) for w in data["range_to"] if not w[0].isalpha())
    ratio_noun = rf"(?:{SP}(?P<noun>[^\W\d_][\w'’-]{{1,30}}))?" if data.get("ratio_noun_between") else ""
    ratio_links = [*data["ratio_links"], *(link.replace(" ", "-") for link in data["ratio_links"] if " " in link)]
    ratio_tail = (
        rf"{ratio_noun}(?:{SP}|-)(?P<link>{words(ratio_links)})(?:{SP}|-)"
        rf"(?P<b>{words(data['ratio_numbers'])}|\d{{1,3}}(?:,\d{{3}})+|\d{{1,6}}){WORD_END}"
    )
    pair_number = rf"(?:{words(data['ratio_numbers'])}|\d{{1,3}}(?:[.,]\d{{1,2}})?)"
    pair_links = data.get("ratio_pair_links") or []
    pair_link = "|".join(
        [rf"{OPT_SP}{re.escape(w)}{OPT_SP}" for w in pair_links if not w[0].isalnum() and not w.startswith("-")]
        + [re.escape(w) for w in pair_links if w.startswith("-")]
        + [rf"{SP}{words([w])}{SP}" for w in pair_links if w[0].isalnum()]
    )
    halves = data.get("half_suffix") or []
    # "and a half" after a space, "-and-a-half" glued ("one-and-a-half times").
    half = (
        rf"(?:{SP}{words(h for h in halves if not h.startswith('-'))}|{words(h for h in halves if h.startswith('-'))})"
    )
    followers = data.get("multiplier_followers") or []
    times_follower = rf"{SP}{words(followers)}(?:(?<=['’])|{WORD_END})"
    fold = words(data.get("fold_suffixes") or [])
    duration_prepositions = data.get("duration_prepositions") or {}
    degrees = data.get("degrees") or {}
    unit_word_forms = [f for f in units if _is_word(f) or (f.isalpha() and f == f.lower() and len(f) >= 3)]

    return NumericLexicon(
        language=language,
        decimal=decimal,
        data=data,
        scales=scales,
        money_scales={str(k): float(v) for k, v in (data.get("money_only_scales") or {}).items()},
        approx_numerators=_lower_map(data["approx_noun_numerators"]),
        approx_nouns=_lower_map(data["approx_nouns"]),
        indefinite_plurals=_lower_map(data["indefinite_plurals"]),
        indefinite_bases=_lower_map(data.get("indefinite_bases")),
        indefinite_multipliers=_lower_map(data.get("indefinite_multipliers")),
        indefinite_need_multiplier=_lower_set(data.get("indefinite_need_multiplier")),
        fraction_numerators=_lower_map(data["fraction_numerators"]),
        fraction_denominators=_lower_map(data["fraction_denominators"]),
        standalone_fractions=_lower_map(data["standalone_fractions"]),
        hedge_qualifiers=hedges,
        fraction_hedges=_lower_set(data.get("fraction_hedges")),
        negations=_lower_set(data.get("negations")),
        particle_hedges=_lower_set((data.get("particles") or {}).get("words")),
        particle_verbs=_lower_set((data.get("particles") or {}).get("after")),
        restrictive_hedges=_lower_set(data.get("restrictive_hedges")),
        restrictive_negations=tuple(word.lower() for word in data.get("restrictive_negations") or ()),
        post_hedge_qualifiers=post_hedges,
        change_after_words=change_after_words,
        change_after_noun_words=change_after_noun_words,
        connectors=_lower_set(data.get("number_connectors")),
        not_standalone=_lower_set(data.get("not_standalone")),
        article_numbers=_lower_set(data.get("article_numbers")),
        ambiguous_words=_lower_set(data.get("ambiguous_words")),
        ambiguous_partitive=_lower_set(data.get("ambiguous_partitive")),
        ambiguous_clitics=_lower_set(data.get("ambiguous_clitics")),
        ambiguous_not_after=_lower_set(data.get("ambiguous_not_after")),
        one_pronoun_after=_lower_set(data.get("one_pronoun_after")),
        one_pronoun_before=_lower_set(data.get("one_pronoun_before")),
        negative_words=_lower_set(data.get("negative_words")),
        counted_stop_words=_lower_set(counted["stop_words"]),
        capitalised_cues=_lower_set(data.get("identifier_cues_capitalised")),
        weak_cues=_lower_set(data.get("identifier_cues_weak")),
        not_identifier_prefixes=_lower_set(data["identifiers"].get("not_prefixes"))
        | _lower_set(unit_data.get("currencies") or {}),
        duration_prepositions=_lower_set(duration_prepositions.get("words")),
        duration_hedge_after=_lower_set(duration_prepositions.get("hedge_after")),
        duration_hedge_before=_lower_set(duration_prepositions.get("hedge_before")),
        multiplier_words=_lower_map(data.get("multiplier_words")),
        multiplier_need_follower=_lower_set(data.get("multiplier_words_need_follower")),
        multiplier_verbs={
            verb.lower(): (float(value), direction)
            for direction, verbs in (data.get("multiplier_verbs") or {}).items()
            for verb, value in (verbs or {}).items()
        },
        multiplier_verb_not_before=re.compile(rf"{SP}{words(data.get('multiplier_verb_not_before') or [])}{WORD_END}"),
        multiplier_verbs_need_auxiliary=_lower_set(data.get("multiplier_verbs_need_auxiliary")),
        multiplier_verb_auxiliaries=_lower_set(data.get("multiplier_verb_auxiliaries")),
        multiplier_verb_adverbs=_lower_set(data.get("multiplier_verb_adverbs")),
        majority_link_after=re.compile(rf"{SP}{words(data.get('majority_links') or [])}(?:(?<=['’]){OPT_SP}|{SP})"),
        majority_not_after=_lower_set(data.get("majority_not_after")),
        majority_indefinite=_lower_set(data.get("majority_indefinite")),
        definite_numbers=_lower_map((data.get("definite_numbers") or {}).get("nouns")),
        definite_determiners=_lower_set((data.get("definite_numbers") or {}).get("determiners")),
        default_temperature=str(degrees.get("default", "°")),
        fahrenheit_above=float(degrees["fahrenheit_above"]) if degrees.get("fahrenheit_above") else None,
        angle_after=re.compile(rf"(?:{SP}|-){words(degrees.get('angle_words') or [])}{WORD_END}"),
        money_nouns=_lower_set(data.get("money_nouns")),
        money_letter_units={str(k): float(v) for k, v in (data.get("money_letter_units") or {}).items()},
        not_money_before=re.compile(rf"{words(data.get('not_money_before') or [], word_start=True)}{WORD_END}"),
        money_cue_before=re.compile(rf"{words(data.get('money_cues') or [], word_start=True)}{WORD_END}"),
        money_cue_after=re.compile(rf"{SP}{words(data.get('money_cues_after') or [])}{WORD_END}"),
        unit_cue_before=re.compile(rf"{words(data.get('unit_cues') or [], word_start=True)}{WORD_END}"),
        sea_units={form.lower(): unit for form, unit in _surface_table(unit_data.get("units_at_sea")).items()},
        sea_cue=re.compile(rf"{words(unit_data.get('sea_cues') or [], word_start=True)}{WORD_END}"),
        unit_cued=re.compile(rf"(?:{link}|{SP})(?P<unit>{_forms(cued_units)}){WORD_END}") if cued_units
        else re.compile(r"(?!)"),
        unit_link_after=re.compile(link),
        hours_minutes=re.compile(
            rf"{OPT_SP}{words(data['time']['hour_marks'])}{OPT_SP}(?P<minutes>[0-5]\d)(?![\d.,]?\d)"
            rf"(?:{OPT_SP}(?:min|mn){WORD_END})?"
        )
        if data.get("time", {}).get("hour_marks")
        else None,
        angle_before=re.compile(rf"{words(degrees.get('angle_before') or [], word_start=True)}{SP}\Z"),
        units=units | glued_units,
        unit_words={form.lower(): unit for form, unit in (units | cued_units).items() if _is_word(form)},
        currencies=currencies | scaled_currencies,
        currency_words={
            form.lower(): unit for form, unit in (currencies | scaled_currencies).items() if _is_word(form)
        },
        core_words=_core_words(data, unit_word_forms),
        core_digits=_core_digits(data, decimal),
        core_vulgar=re.compile(r"[½¼¾⅓⅔⅛⅕](?<![\w.,/:][\s\S])"),
        after_words=_first_words(
            [
                *scales,
                *(data.get("money_only_scales") or {}),
                *(data.get("half_suffix") or []),
                *(data.get("fraction_scale_link") or []),
                *data["percent_signs"],
                *data["percentage_points"],
                *data["basis_points"],
                *data["per_mille"],
                *post_hedges,
                *(data.get("multiplier_links") or []),
                *counted["unit_links"],
                *(data.get("time", {}).get("hour_marks") or []),
                *units,
                *glued_units,
                *currencies,
                *scaled_currencies,
            ]
        ),
        scale_after=re.compile(rf"(?:{SP}|-)?(?P<scale>{scale_words}){WORD_END}"),
        money_scale_after=re.compile(
            rf"{OPT_SP}(?P<scale>{alternation(data.get('money_only_scales') or {})})(?![^\W\d_])"
        ),
        half_after=re.compile(rf"{half}{WORD_END}"),
        fraction_scale_after=re.compile(
            rf"(?:{SP}{words(data.get('fraction_scale_link') or [])}{SP}|-)(?P<scale>{scale_words}){WORD_END}"
        ),
        fraction_duration_after=re.compile(
            rf"{SP}(?:{words(fraction_links)}{SP}|{words(elided_links)})"
            rf"(?P<unit>{_forms(f for f, u in units.items() if u.symbol in DURATION_SYMBOLS and len(f) > 3)}){WORD_END}"
        ),
        duration_part_after=re.compile(
            rf"(?:{SP}{words(data.get('duration_part_links') or [])})?{SP}(?P<number>\d{{1,2}})(?![\d.,]?\d){OPT_SP}"
            rf"(?P<unit>{_forms(f for f, u in units.items() if u.symbol in DURATION_SYMBOLS)}){_FORM_END}"
        ),
        percent_after=percent_after,
        points_after=re.compile(rf"{SP}(?P<points>{words(data['bare_points'])}){WORD_END}"),
        currency_before=re.compile(
            rf"{WORD_START}(?P<currency>{alternation(unit_data['currency_prefixes'])}){OPT_SP}\Z"
        ),
        currency_after=re.compile(rf"{OPT_SP}(?P<currency>{_forms(currencies)}){_FORM_END}"),
        currency_linked=re.compile(rf"{link}(?P<currency>{_forms(f for f in currencies if _is_word(f))}){WORD_END}"),
        currency_scaled=re.compile(rf"(?:{link}|{SP})(?P<currency>{_forms(scaled_currencies)}){WORD_END}"),
        unit_after=re.compile(
            rf"(?:(?:{SP}|-)?(?P<unit>{_forms(units)})|(?P<glued>{alternation(glued_units)})){_FORM_END}"
        ),
        # « 1,2 million de kilomètres carrés », « 1,2 million de km² »: a word, or a symbol of two characters or more
        # (a one-letter one, « de m », « de l », is too often something else)
        unit_linked=re.compile(
            rf"{link}(?P<unit>{_forms(f for f in units if _is_word(f) or len(f) >= 2)}){_FORM_END}"
        ),
        hedge_before=re.compile(rf"(?P<hedge>{words(hedges, word_start=True)})(?:(?<=['’~<>≤≥])|{SP})\Z"),
        hedge_ends=_last_words(hedges),
        cue_ends=_last_words(data.get("identifier_cues") or []),
        change_ends=re.compile(
            "|".join(
                [
                    fragments(data["change_before"]["increase"] + data["change_before"]["decrease"]),
                    # the last word of a link ("stood at", « s'élève à »)
                    words(sorted({str(link).split()[-1] for link in data.get("change_link") or []})),
                ]
            )
        ),
        currency_prefix_ends=frozenset(str(form)[-1].lower() for form in unit_data["currency_prefixes"]),
        post_hedge_after=re.compile(
            rf"(?P<hedge>{SP}{words(word_hedges)}|{words(glued_hedges)}){_FORM_END}"
            rf"(?!{SP}{words(data.get('post_hedge_not_before') or [])}(?:(?<=['’])|{WORD_END}))"
        ),
        change_before=re.compile(
            rf"(?P<stem>{stems})(?:{SP}(?P<link>{words(data.get('change_link') or [])}))?(?:{SP}|(?<=['’]))\Z"
        ),
        change_increase=re.compile(fragments(data["change_before"]["increase"])),
        change_particles=_lower_set((data.get("change_particle_verbs") or {}).get("particles")),
        change_particle_verbs=re.compile(
            rf"{words((data.get('change_particle_verbs') or {}).get('verbs') or [], word_start=True)}{SP}\Z"
        ),
        change_percent_only=re.compile(fragments(data.get("change_percent_only") or [])),
        change_after=re.compile(rf"{SP}(?P<change>{words(change_after_words)}){WORD_END}"),
        change_after_noun=re.compile(
            rf"{SP}(?:{words(change_after_noun['links'])})(?:{SP})?[^\W\d_]+(?:{SP}[^\W\d_]+)?"
            rf"{SP}(?P<change>{words(change_after_noun_words)}){WORD_END}"
            rf"(?!{SP}(?:{words(change_after_noun.get('not_before', []))})(?:{WORD_END}|(?<=['’])))"),
        transition_before=re.compile(rf"{transition}(?:{SP}\w+){{0,3}}{SP}{range_from}(?:{SP}|(?<=['’]))\Z"),
        range_between_before=re.compile(rf"(?P<word>{words(data['range_between'], word_start=True)}){SP}\Z"),
        range_from_before=re.compile(rf"(?P<word>{range_from})(?:{SP}|(?<=['’]))\Z"),
        range_and_gap=re.compile(rf"{SP}{words(data['range_and'])}{SP}\Z"),
        range_to_gap=re.compile(rf"(?:{SP}{words(to_words)}{SP}|{OPT_SP}[{to_dashes}]{OPT_SP})\Z"),
        part_of_gap=re.compile(rf"{SP}{words(data['part_of_links'])}{SP}\Z"),
        part_of_lead=re.compile(rf"{SP}{words(data['part_of_links'])}(?={SP}[^\W\d_])"),
        ratio_tail=re.compile(ratio_tail),
        identifier_cue_before=re.compile(
            rf"(?P<cue>{words(data.get('identifier_cues') or [], word_start=True)})(?:{SP}|(?<=[.°#]){OPT_SP})\Z"
        ),
        word_after=re.compile(rf"{SP}(?P<word>[^\W\d_][\w'’-]*)"),
        word_before=re.compile(rf"(?P<word>[^\W\d_][\w'’-]*){SP}\Z"),
        times_after=re.compile(
            rf"(?:{SP}(?P<times>{words(data.get('multiplier_links') or [])})(?P<half>{half})?(?={times_follower})"
            rf"|(?P<fold>{fold})){WORD_END}"
        ),
        times_follower=re.compile(times_follower),
        multiplier_before=re.compile(rf"{words(data.get('multiplier_before') or [], word_start=True)}{SP}\Z"),
        multiplier_ends=_last_words(data.get("multiplier_before") or []),
        ratio_pairs=re.compile(
            rf"(?P<a>{pair_number})(?:{pair_link})(?P<b>{pair_number})(?![\w]|[.,:]\d)" if pair_link else "(?!)"
        ),
        ratio_pair_cue=re.compile(rf"{words(data.get('ratio_pair_cues') or [], word_start=True)}{WORD_END}"),
        ratio_pair_noun=re.compile(rf"{SP}{words(data.get('ratio_pair_nouns') or [])}{WORD_END}"),
    )


def word_key(token: str) -> str:
    """A token as the left-context gates compare it: lower-cased, straight apostrophes, without an
    elided article or an opening bracket ("l'article" -> "article", "jusqu'à" -> "à", "(page" -> "page")."""
    token = token.lower().replace("’", "'")
    elision = token.rfind("'", 0, len(token) - 1)
    if elision >= 0:
        token = token[elision + 1 :]
    return token.lstrip(_OPENERS) or token


def _last_words(phrases) -> frozenset[str]:
    """The key of the last word of each phrase ("plus d'" -> "d'", "jusqu'à" -> "à")."""
    return frozenset(word_key(normalise(str(phrase)).rsplit(" ", 1)[-1]) for phrase in phrases)


def _guarded_fragments(patterns: list[str]) -> str:
    """Lexicon regex fragments (each starting with a plain letter) that must start a word."""
    for pattern in patterns:
        if not pattern[:1].isalpha() or pattern[1:2] in ("?", "*", "+", "{"):
            raise ValueError(f"a change word pattern must start with a letter: {pattern!r}")
    return fragments(p[0] + NOT_AFTER_WORD + p[1:] for p in patterns)


def lookup_unit(lexicon: NumericLexicon, surface: str) -> UnitForm | None:
    """The unit a matched surface form stands for (exact case first, then as a word)."""
    key = normalise(surface)
    return lexicon.units.get(key) or lexicon.unit_words.get(key.lower())


def lookup_currency(lexicon: NumericLexicon, surface: str) -> UnitForm | None:
    """The ISO currency a matched surface form stands for."""
    key = normalise(surface)
    return lexicon.currencies.get(key) or lexicon.currency_words.get(key.lower())
