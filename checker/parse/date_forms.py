"""Turns one match of the date grammar into a candidate date (or label), or rejects it."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from checker.document import Document
from checker.parse import date_calendar as cal
from checker.parse.date_calendar import Period, Recurring
from checker.parse.date_grammar import Grammar, normalise
from checker.parse.date_years import YearContext, classify_year

#: Returned by a reader to skip the whole match (no shorter reading of it is a date either).
SKIP = "skip"
_DIGITS = re.compile(r"\d+")
#: A month or season named with no tense to tell is the occurrence nearer the publication date, past or to come.
_NEAREST_GRANULARITIES = ("month", "season", "quarter")


@dataclass(frozen=True)
class Candidate:
    """A date or label found in the text, before ranges are joined."""

    start: int
    end: int
    kind: str  # "date" or "label"
    period: Period | None
    recurring: Recurring | None = None
    qualifier: str = "exact"
    hedge: str | None = None
    strong: bool = True
    prep: str | None = None
    prep_start: int | None = None
    bare_year: bool = False


class FormReader:
    """Reads grammar matches of one document; ``read`` returns a Candidate, None (try further on) or SKIP."""

    def __init__(self, document: Document, lowered: str, grammar: Grammar):
        self.document = document
        self.text = document.text
        self.lowered = lowered
        self.grammar = grammar
        self.anchor = document.anchor
        self.previous: Candidate | None = None

    # -- shared helpers -------------------------------------------------------------------------

    def read(self, match: re.Match[str]) -> Candidate | str | None:
        form = match.lastgroup
        reader = getattr(self, f"_read_{form}")
        self.match = match
        self.prep = normalise(match.group("prep")) if match.group("prep") else None
        self.art = normalise(match.group("art")) if match.group("art") else None
        self.art_start = match.start("art")
        if self.art is None and self.prep in self.grammar.word_set("articles"):
            # French "le" is both: "le 24 février" (left out) and "le mois dernier" (kept).
            self.prep, self.art, self.art_start = None, self.prep, match.start("prep")
        self.hedge = self.text[match.start("hedge") : match.end("hedge")] if match.group("hedge") else None
        self.hedge_start = match.start("hedge")
        if self.hedge and form not in ("year", "yearrange", "decade"):
            if normalise(self.hedge) in self.grammar.word_set("year_only_hedges"):
                self.hedge, self.hedge_start = None, -1  # "concerns about Friday's vote"
        try:
            return reader(match)
        except (ValueError, OverflowError):
            return None  # a period beyond the calendar (publication date near year 1 or 9999)

    def _candidate(
        self, start: int, period: Period | None, recurring: Recurring | None = None, **fields
    ) -> Candidate | None:
        match = self.match
        if recurring is not None and period is None:
            tense = self._tense(start)
            period = recurring.resolve(self.anchor, tense or "past")
            if tense is None and period is not None and period.granularity in _NEAREST_GRANULARITIES:
                period = recurring.resolve(self.anchor, "nearest")  # "au-delà de juin", written in April
        if period is None:
            return None
        span_start = self.hedge_start if self.hedge_start >= 0 else start
        qualifier = self.grammar.prepositions.get(self.prep, "exact") if self.prep else "exact"
        hedge = None
        if self.hedge:
            hedge = " ".join(self.hedge.split())
            qualifier = qualifier if qualifier != "exact" else self.grammar.hedges[normalise(hedge)]
        prep_start = self.match.start("prep") if self.prep else None
        return Candidate(
            span_start, match.end(), "date", period, recurring, qualifier, hedge,
            prep=self.prep, prep_start=prep_start, **fields,
        )  # fmt: skip

    def _capitalised(self, start: int) -> bool:
        return self.text[start : start + 1].isupper()

    def _name_ok(self, group: str) -> bool:
        """English month and weekday names are written with a capital."""
        return not self.grammar.lexicon["names_capitalised"] or self._capitalised(self.match.start(group))

    def _year_value(self, group: str) -> int | None:
        value = self.match.group(group)
        return int(value) if value else None

    def _relative_year(self, group: str) -> int | None:
        phrase = self.match.group(group)
        if not phrase:
            return None
        return self.anchor.year + self.grammar.relative[normalise(phrase)].offset

    def _target_year(self, prefix: str) -> int | None:
        """The year written after a month, season or quarter: "2022", "last year", or None."""
        year = self._year_value(f"{prefix}year")
        return year if year is not None else self._relative_year(f"{prefix}relyear")

    def _month_number(self, group: str) -> int:
        return self.grammar.months[normalise(self.match.group(group))]

    def _tense(self, start: int) -> str | None:
        """The tense the sentence speaks in at ``start`` ("future" or "past"): that of the nearest tense marker
        before the date ("will", "doit", "se réunira"; "said", "a annoncé"), or, when the date opens the
        sentence, of the first one after it; None when no marker tells."""
        sentence = self.document.sentence_at(start)
        tense = self.grammar.tense
        before = self.lowered[max(sentence.start, start - 160) : start]
        if self._after_participle(before):
            return "past"  # « Signé le 4 mai à Bruxelles, l'accord doit encore être ratifié »
        markers = [marker for marker in tense.finditer(before) if not self._attributive(before, marker)]
        if markers:
            return markers[-1].lastgroup
        if self._opening_participle(self.lowered[sentence.start:start]):
            return "past"  # « Admis à la Guilde des maîtres ramoneurs en mars, Declan Foley a investi »
        if len(before.split()) <= 2:
            first = tense.search(self.lowered, self.match.end(), min(sentence.end, start + 160))
            return first.lastgroup if first is not None else None
        return None

    def _opening_participle(self, opening: str) -> bool:
        """Does the sentence open with a past participle, the date in the phrase it opens (« Admis à la Guilde … en
        mars, », « Inauguré en juin, »)? That phrase tells of what happened, as a participle right before the date
        does (``participle_endings``, ``irregular_participles``); one also said of plans (« prévu ») does not."""
        words = opening.split()
        if not words or any(mark in opening for mark in ",;:()"):
            return False
        first = words[0].strip("«»\"'’")
        endings = tuple(self.grammar.lexicon.get("participle_endings", ()))
        return first not in self.grammar.sets.get("future_cues", frozenset()) and (
            (len(first) > 3 and bool(endings) and first.endswith(endings))
            or first in self.grammar.lexicon.get("irregular_participles", ()))

    def _attributive(self, before: str, marker: re.Match[str]) -> bool:
        """Is the tense marker a participle used as an adjective, after a number or a determiner ("in the ninth of 12
        scheduled rounds on Friday", "the planned cuts": ``attributive_before``)? It says nothing of when."""
        determiners = self.grammar.sets.get("attributive_before", frozenset())
        if not determiners or " " in marker.group(0).strip():
            return False  # French participles follow their noun and may date the event (« 64 prévues jusqu'à »)
        previous = before[:marker.start()].split()[-1:]
        return bool(previous) and (previous[0][:1].isdigit() or previous[0] in determiners)

    def _after_participle(self, before: str) -> bool:
        """Does a past participle stand right before the date's preposition or article (« signé le », « ouvert le »,
        « survenu en »; ``participle_endings``)? It says the dated event happened,
        whatever tense the rest of the sentence speaks in (« L'amélioration doit beaucoup au centre, ouvert le 7
        octobre »). A participle also used for plans (« prévu le ») is a future cue, so not one of these."""
        endings = tuple(self.grammar.lexicon.get("participle_endings", ()))
        if not endings:
            return False
        skipped = self.grammar.prepositions.keys() | self.grammar.sets.get("articles", frozenset())
        tail = before.split()[-4:]
        # « son rachat, bouclé fin janvier »: a participle opening an aside dates its event, no preposition needed
        opens_aside = bool(tail) and before.rstrip()[:-len(tail[-1])].rstrip().endswith(",")
        if not tail or (tail[-1] not in skipped and not opens_aside):
            return False  # « en version imprimée fin octobre »: an adjective; a participle dates « le », « en »...
        words = [word.strip(",;:«»\"'’") for word in tail if word not in skipped]
        if not words:
            return False
        last = words[-1]
        future = self.grammar.sets.get("future_cues", frozenset())
        # « La gare sera fermée les 28 et 29 octobre », « doit être examiné en juin »: a passive takes its
        # auxiliary's tense
        auxiliaries = self.grammar.sets.get("participle_auxiliaries", frozenset())
        auxiliary = len(words) > 1 and (words[-2] in auxiliaries or self.grammar.tense.fullmatch(words[-2]) is not None)
        return len(last) > 3 and last.endswith(endings) and last not in future and not auxiliary

    def _next_word(self, end: int) -> str:
        match = re.match(r"[ \t\u00a0\u202f]{0,3}([\w'’-]+)", self.text[end : end + 40])
        return match.group(1) if match else ""

    def _previous_words(self, start: int, count: int) -> str:
        sentence = self.document.sentence_at(start)
        before = self.lowered[max(sentence.start, start - 40) : start].split()
        return " ".join(before[-count:])

    # -- one reader per form of date_grammar.FORMS -------------------------------------------------

    def _read_label(self, match):
        if not self._capitalised(match.start("label_prefix")):
            return None
        return Candidate(match.start("label"), match.end(), "label", None)

    def _read_iso(self, match):
        period = cal.day(int(match.group("iso_year")), int(match.group("iso_month")), int(match.group("iso_day")))
        return self._candidate(match.start("iso"), period)

    def _read_numeric(self, match):
        first, second = int(match.group("num_a")), int(match.group("num_b"))
        year_text = match.group("num_year")
        if len(year_text) == 2 and match.group("num_sep") != "/":
            return None
        year = int(year_text)
        if len(year_text) == 2:
            year += 2000 if year <= self.anchor.year % 100 + 1 else 1900
        day_first = self.grammar.lexicon["numeric_order"] == "dmy"
        day_number, month_number = (first, second) if day_first else (second, first)
        if month_number > 12 >= day_number:
            day_number, month_number = month_number, day_number
        if month_number > 12:
            return None
        return self._candidate(match.start("numeric"), cal.day(year, month_number, day_number))

    def _days_of_month(self, prefix: str, first: int, last: int, month_number: int) -> Candidate | None:
        if first >= last:
            return None

        def instance(year_number: int) -> Period | None:
            start, end = cal.day(year_number, month_number, first), cal.day(year_number, month_number, last)
            return Period(start.start, end.end, "day") if start and end else None

        start = self.match.start(self.match.lastgroup)
        year = self._year_value(f"{prefix}year")
        if year is not None:
            return self._candidate(start, instance(year))
        return self._candidate(start, None, Recurring(instance, "year"))

    def _read_dayrange(self, match):
        if not self._name_ok("dr_month"):
            return None
        return self._range_of_days("dr_", int(match.group("dr1_day")), int(match.group("dr2_day")))

    def _read_mdrange(self, match):
        if not self._name_ok("mr_month"):
            return None
        return self._range_of_days("mr_", int(match.group("mr1_day")), int(match.group("mr2_day")))

    def _range_of_days(self, prefix: str, first: int, last: int):
        match = self.match
        candidate = self._days_of_month(prefix, first, last, self._month_number(f"{prefix}month"))
        if candidate is None:
            return None
        start = candidate.start
        opener = self.prep if self.prep in self.grammar.lexicon["range_connectors"] else None
        if opener and candidate.hedge is None:
            start = match.start("prep")
        return replace(candidate, start=start, qualifier="range", prep=None if opener else candidate.prep)

    def _single_day(self, prefix: str):
        match = self.match
        if not self._name_ok(f"{prefix}month"):
            return None
        if match.group(f"{prefix}weekday") and not self._name_ok(f"{prefix}weekday"):
            return None
        month_number = self._month_number(f"{prefix}month")
        day_number = int(match.group(f"{prefix}day"))
        year = self._year_value(f"{prefix}year")
        start = match.start(match.lastgroup)
        if year is not None:
            return self._candidate(start, cal.day(year, month_number, day_number))
        if cal.day(2000, month_number, day_number) is None:
            return None
        recurring = Recurring(lambda year_number: cal.day(year_number, month_number, day_number), "year")
        if match.group(f"{prefix}weekday"):
            # "lundi 25 mars": the year in which 25 March is a Monday, nearest the publication date.
            weekday = self.grammar.weekdays[normalise(match.group(f"{prefix}weekday"))]
            years = range(self.anchor.year - 1, self.anchor.year + 2)
            matching = [
                period
                for period in (cal.day(year_number, month_number, day_number) for year_number in years)
                if period is not None and period.start.weekday() == weekday
            ]
            if matching:
                nearest = min(matching, key=lambda period: abs((period.start - self.anchor).days))
                return self._candidate(start, nearest)
        modifier = match.groupdict().get(f"{prefix}after")
        if modifier:
            return self._candidate(start, recurring.resolve(self.anchor, self.grammar.modifiers[normalise(modifier)]))
        return self._candidate(start, None, recurring)

    def _read_dmy(self, match):
        return self._single_day("dmy_")

    def _read_mdy(self, match):
        if not self.grammar.lexicon["month_day_order"]:
            return None
        return self._single_day("mdy_")

    def _read_holiday(self, match):
        if not self._name_ok("hol_name"):
            return None
        rule = self.grammar.holidays[normalise(match.group("hol_name"))]
        start = match.start("holiday")
        year = self._target_year("hol_")
        if year is not None:
            return self._candidate(start, cal.holiday(year, rule))
        if rule.get("with_preposition") and not self.prep:
            return None
        if self._capitalised_word_follows(match.end()):
            return SKIP  # a name: "the Good Friday Agreement", "the Easter Rising"
        return self._candidate(start, None, Recurring(lambda year_number: cal.holiday(year_number, rule), "year"))

    def _read_quarter(self, match):
        word = match.group("q_word")
        if word:
            is_half = normalise(word) in self.grammar.word_set("half_words")
            ordinal = self.grammar.ordinals[normalise(match.group("q_ordinal"))]
        else:
            is_half = normalise(match.group("q_code")) in self.grammar.word_set("half_codes")
            ordinal = int(match.group("q_number"))
        count = 2 if is_half else 4
        year = self._target_year("q_")
        if is_half and year is None and self.grammar.lexicon["halves_need_year"]:
            return None
        start = match.start("quarter")
        if ordinal == "last":
            if year is None:
                if is_half:
                    return None
                return self._candidate(start, cal.relative(self.anchor, "quarter", -1))
            ordinal = count
        if ordinal > count:
            return None
        build = cal.half if is_half else cal.quarter
        if year is not None:
            return self._candidate(start, build(year, ordinal))
        if not word and (self.grammar.lexicon["period_codes_need_year"] or not self.prep):
            return None
        return self._candidate(start, None, Recurring(lambda year_number: build(year_number, ordinal), "year"))

    def _read_part(self, match):
        which = self.grammar.parts[normalise(match.group("pt_part"))]
        start = match.start("part")
        if match.group("pt_month"):
            if not self._name_ok("pt_month"):
                return None
            month_number = self._month_number("pt_month")
            year = self._target_year("pt_")
            if year is not None:
                base = cal.month(year, month_number)
                return self._candidate(start, base and cal.part(base, which))

            def instance(year_number: int) -> Period | None:
                base = cal.month(year_number, month_number)
                return base and cal.part(base, which)

            return self._candidate(start, None, Recurring(instance, "year"))
        if match.group("pt_weekday"):
            if not self._name_ok("pt_weekday"):
                return None
            weekday = self.grammar.weekdays[normalise(match.group("pt_weekday"))]
            return self._candidate(start, None, Recurring(cal.weekday_instance(weekday), "week"))
        if match.group("pt_season"):
            name = self.grammar.seasons[normalise(match.group("pt_season"))]
            year = self._target_year("pt_s")
            if year is not None:
                base = cal.season(year, name)
                return self._candidate(start, base and cal.part(base, which))

            def season_part(year_number: int) -> Period | None:
                base = cal.season(year_number, name)
                return base and cal.part(base, which)

            return self._candidate(start, None, Recurring(season_part, "year"))
        if match.group("pt_decvalue"):
            base = self._decade_period(match.group("pt_decvalue"), article=True)
        elif match.group("pt_yyear"):
            base = cal.year(int(match.group("pt_yyear")))
        else:
            phrase = self.grammar.relative[normalise(match.group("pt_rel"))]
            base = cal.relative(self.anchor, phrase.unit, phrase.offset)
        return self._candidate(start, base and cal.part(base, which))

    def _read_season(self, match):
        if self._previous_words(match.start("s_season"), 1) in self.grammar.word_set("season_blockers_before"):
            return SKIP  # "a été" (has been), not "l'été"
        name = self.grammar.seasons[normalise(match.group("s_season"))]
        modifier = match.group("s_before") or match.group("s_after")
        start = match.start("season")
        year = self._target_year("s_")
        if year is not None:
            period = cal.season(year, name)
            end_text = match.group("s_year2")
            if end_text and period:
                end_year = year // 100 * 100 + int(end_text) if len(end_text) == 2 else int(end_text)
                if name != "winter" or end_year != year + 1:
                    last = cal.season(end_year, name)
                    if last is None or end_year <= year:
                        return None
                    return replace(self._candidate(start, Period(period.start, last.end, "season")), qualifier="range")
            return self._candidate(start, period)
        recurring = Recurring(lambda year_number: cal.season(year_number, name), "year")
        if modifier:
            if self.art and self.grammar.lexicon["names_capitalised"]:
                return None
            mode = self.grammar.modifiers[normalise(modifier)]
            if self.art:
                start = self.art_start
            period = recurring.resolve(self.anchor, mode)
            if mode == "this" and period is not None and not period.start <= self.anchor <= period.end:
                # "this winter", said in April: the winter just over when the sentence speaks of the past ("182 km
                # of hedges were planted"), the coming one when it speaks of the future, else the nearer one
                tense = self._tense(start)
                period = recurring.resolve(self.anchor, {"past": "last", "future": "next"}.get(tense, "nearest"))
            return self._candidate(start, period, recurring)
        follower = normalise(self._next_word(match.end()))
        if follower in self.grammar.lexicon["year_joiners"]:
            return None  # "the fall of Kabul"
        if self._capitalised_word_follows(match.end()) or (
            self.grammar.lexicon["names_capitalised"] and self._capitalised(match.start("s_season"))
        ):
            return None  # "the Winter Olympics", "in the Spring Festival"
        if not self.prep or self.prep not in self.grammar.word_set("season_alone_prepositions"):
            return None
        if not self.art and self.prep not in self.grammar.word_set("prepositions_with_article"):
            return None
        return self._candidate(start, None, recurring)

    def _decade_period(self, value: str, article: bool) -> Period | None:
        digits = _DIGITS.search(value).group(0)
        if len(digits) == 2:
            if not article:
                return None
            number = int(digits)
            first = 2000 + number if number <= 10 and 2000 + number <= self.anchor.year else 1900 + number
        else:
            first = int(digits)
        return cal.decade(first)

    def _read_decade(self, match):
        value = match.group("dec_value")
        is_suffix_form = self.grammar.lexicon["decade_suffix"]
        if is_suffix_form:
            follower = normalise(self._next_word(match.end()))
            if follower in self.grammar.lexicon["year_joiners"] and not self.art:
                return None
            if len(_DIGITS.search(value).group(0)) == 4 and int(value[:4]) < 1500:
                return None  # "1000s of people"
        period = self._decade_period(value, article=bool(self.art) or not is_suffix_form)
        return self._candidate(match.start("decade"), period)

    def _read_ago(self, match):
        number_text = normalise(match.group("ago_number"))
        number = int(number_text) if number_text.isdigit() else self.grammar.number_words[number_text]
        unit = self.grammar.ago_units[normalise(match.group("ago_unit"))]
        if not 1 <= number <= 200:
            return None
        if unit == "decade":
            period = cal.year(self.anchor.year - 10 * number)
        elif unit == "day":
            period = cal.relative(self.anchor, "day", -number)
        elif unit == "week":
            period = cal.week_of(self.anchor - dt.timedelta(weeks=number))
        else:
            period = cal.relative(self.anchor, unit, -number)
        return self._candidate(match.start("ago"), period)

    def _read_relative(self, match):
        phrase = self.grammar.relative[normalise(match.group("rel"))]
        start = match.start("relative")
        if self.art:
            if phrase.article != self.art:
                return SKIP
            start = self.art_start
        elif phrase.article and self.prep not in self.grammar.word_set("prepositions_with_article"):
            return SKIP  # "evening and weekend classes": a phrase written with its article is no date without it
        if match.group("rel_daypart") and phrase.unit != "day":
            return None
        if phrase.offset == "latest":
            return self._candidate(start, None, Recurring(cal.weekend_instance, "week"))
        period = cal.relative(self.anchor, phrase.unit, phrase.offset)
        if period and phrase.side:
            period = cal.around_anchor(period, self.anchor, phrase.side)
        if period and phrase.part:
            period = cal.part(period, phrase.part)
        return self._candidate(start, period)

    def _read_weekday(self, match):
        if not self._name_ok("wd_weekday"):
            return None
        start = match.start("weekday")
        modifier = match.group("wd_before") or match.group("wd_after")
        if self.art and not modifier:
            return SKIP
        blockers_before = self.grammar.word_set("weekday_blockers_before")
        for count in (1, 2):
            if self._previous_words(match.start("wd_weekday"), count) in blockers_before:
                return SKIP
        follower = normalise(self._next_word(match.end("wd_weekday")))
        after = self.lowered[match.end("wd_weekday") : match.end("wd_weekday") + 30].split()
        if follower in self.grammar.word_set("weekday_blockers_after") or " ".join(after[:2]) in self.grammar.word_set(
            "weekday_blockers_after"
        ):
            return SKIP
        weekday = self.grammar.weekdays[normalise(match.group("wd_weekday"))]
        recurring = Recurring(cal.weekday_instance(weekday), "week")
        if modifier:
            return self._candidate(start, recurring.resolve(self.anchor, self.grammar.modifiers[normalise(modifier)]))
        return self._candidate(start, None, recurring)

    def _read_month(self, match):
        if not self._name_ok("mo_month"):
            return None
        name = normalise(match.group("mo_month"))
        month_number = self.grammar.months[name]
        start = match.start("month")
        year = self._target_year("mo_")
        if year is not None:
            return self._candidate(start, cal.month(year, month_number))
        if name in self.grammar.word_set("month_abbreviations"):
            return None
        recurring = Recurring(lambda year_number: cal.month(year_number, month_number), "year")
        modifier = match.group("mo_before") or match.group("mo_after")
        if modifier:
            return self._candidate(start, recurring.resolve(self.anchor, self.grammar.modifiers[normalise(modifier)]))
        candidate = self._candidate(start, None, recurring)
        if candidate is None or self.prep or self.hedge or match.group("mo_head"):
            return candidate
        follower = self.text[match.end() : match.end() + 2]
        listed = name in self.grammar.word_set("ambiguous_months")
        # In French a capital makes the month a name too: "Mars" (the planet), "Avril" (a singer).
        ambiguous = listed or (
            not self.grammar.lexicon["names_capitalised"] and self._capitalised(match.start("mo_month"))
        )
        if ambiguous and follower[:1] in "'’" and follower[1:2] == "s":
            return None
        if listed and self._subject_of_sentence(match.start("mo_month"), match.end()):
            return candidate  # "May was the wettest month", not "Theresa May was"
        if ambiguous or self._capitalised_word_follows(match.end()):
            return replace(candidate, strong=False)
        return candidate

    def _subject_of_sentence(self, start: int, end: int) -> bool:
        follower = normalise(self._next_word(end))
        if follower not in self.grammar.word_set("year_followers"):
            return False
        sentence = self.document.sentence_at(start)
        before = self.text[sentence.start : start].split()
        return not before or not before[-1][:1].isupper()

    def _capitalised_word_follows(self, end: int) -> bool:
        word = self._next_word(end)
        return bool(word) and word[0].isupper() and self.grammar.lexicon["names_capitalised"]

    def _read_yearrange(self, match):
        first = int(match.group("yr_year"))
        end_text = match.group("yr_end")
        last = first // 100 * 100 + int(end_text) if len(end_text) == 2 else int(end_text)
        if not first < last <= first + 100 or match.group("yr_sep") == "/" and len(end_text) == 4 and last != first + 1:
            return None
        reading = self._classify(match.start("yearrange"), match.end(), first)
        if reading is None:
            return None
        if reading == "label":
            return Candidate(match.start("yearrange"), match.end(), "label", None)
        period = Period(dt.date(first, 1, 1), dt.date(last, 12, 31), "year")
        candidate = self._candidate(match.start("yearrange"), period)
        return replace(candidate, qualifier="range", strong=reading == "date" or last - first <= 30)

    def _read_year(self, match):
        start = match.start("year")
        value = int(match.group("y_year"))
        if match.group("y_head"):
            return self._candidate(start, cal.year(value), bare_year=True)
        reading = self._classify(match.start("y_year"), match.end(), value)
        if reading is None:
            return None
        if reading == "label":
            return Candidate(start, match.end(), "label", None)
        candidate = self._candidate(start, cal.year(value), bare_year=True)
        return candidate and replace(candidate, strong=reading == "date")

    def _classify(self, start: int, end: int, value: int) -> str | None:
        context = YearContext(
            text=self.text,
            lowered=self.lowered,
            grammar=self.grammar,
            start=start,
            end=end,
            value=value,
            cue=self.prep or (normalise(self.hedge) if self.hedge else None),
            has_article=bool(self.art),
            sentence_start=self.document.sentence_at(start).start,
            previous=self.previous,
        )
        return classify_year(context)
