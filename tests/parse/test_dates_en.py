"""English dates: spans, resolved periods, granularity, qualifiers, ranges, labels and things that are not dates."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checker.document import make_document
from checker.parse.dates import find_dates

PUBLISHED = dt.date(2024, 5, 10)  # a Friday; its week runs from Monday 6 to Sunday 12 May

# (sentence, [(span, date_start, date_end, granularity, qualifier)]) with the article published on PUBLISHED;
# a span is its text (found at its first occurrence) or (text, start offset).
DATES = [
    (
        "They can do it in the old presbytery, a stone building from 1887 that now houses the town hall.",
        [("1887", "1887-01-01", "1887-12-31", "year", "exact")],
    ),
    (
        "This winter, 182 km of hedges were planted across the county.",
        [("This winter", "2023-12-01", "2024-02-29", "season", "exact")],
    ),
    (
        "This winter the council will plant another 200 km of hedges.",
        [("This winter", "2024-12-01", "2025-02-28", "season", "exact")],
    ),
    (
        "Russia launched its full-scale invasion of Ukraine on 24 February 2022.",
        [("24 February 2022", "2022-02-24", "2022-02-24", "day", "exact")],
    ),
    (
        "The invasion began on February 24, 2022, according to the Pentagon.",
        [("February 24, 2022", "2022-02-24", "2022-02-24", "day", "exact")],
    ),
    (
        "The hottest day was Tuesday, July 19, 2022, when temperatures passed 40C.",
        [("Tuesday, July 19, 2022", "2022-07-19", "2022-07-19", "day", "exact")],
    ),
    (
        "The deal was signed on the 1st of March 2023 in Geneva.",
        [("1st of March 2023", "2023-03-01", "2023-03-01", "day", "exact")],
    ),
    (
        "The central bank will publish its forecast on Sept. 12, 2024.",
        [("Sept. 12, 2024", "2024-09-12", "2024-09-12", "day", "exact")],
    ),
    (
        "Cases peaked on 2022-02-24, the health ministry said.",
        [("2022-02-24", "2022-02-24", "2022-02-24", "day", "exact")],
    ),
    (
        "The filing, dated 03/15/2022, shows a loss of $2 million.",
        [("03/15/2022", "2022-03-15", "2022-03-15", "day", "exact")],
    ),
    (
        "The first talks were held on 28 February near the border.",
        [("28 February", "2024-02-28", "2024-02-28", "day", "exact")],
    ),
    (
        "Parliament approved the budget on December 3 after a long night.",
        [("December 3", "2023-12-03", "2023-12-03", "day", "exact")],
    ),
    (
        "Inflation stood at 2.4% in April, down from 2.6% in March.",
        [
            ("April", "2024-04-01", "2024-04-30", "month", "exact"),
            ("March", "2024-03-01", "2024-03-31", "month", "exact"),
        ],
    ),
    (
        "The strike started in November and lasted 40 days.",
        [("November", "2023-11-01", "2023-11-30", "month", "exact")],
    ),
    (
        "In November 2023, the agency published a damning report.",
        [("November 2023", "2023-11-01", "2023-11-30", "month", "exact")],
    ),
    (
        "Unemployment fell to 3.9% in 2023, the lowest since 1969.",
        [
            ("2023", "2023-01-01", "2023-12-31", "year", "exact"),
            ("1969", "1969-01-01", "1969-12-31", "year", "at_least"),
        ],
    ),
    (
        "The company has tripled its revenue since 2019.",
        [("2019", "2019-01-01", "2019-12-31", "year", "at_least")],
    ),
    (
        "The government wants to cut emissions by 55% by 2030.",
        [("2030", "2030-01-01", "2030-12-31", "year", "at_most")],
    ),
    (
        "Sales fell below 2019 levels in 2020, 2021 and 2022.",
        [
            ("2019", "2019-01-01", "2019-12-31", "year", "exact"),
            ("2020", "2020-01-01", "2020-12-31", "year", "exact"),
            ("2021", "2021-01-01", "2021-12-31", "year", "exact"),
            ("2022", "2022-01-01", "2022-12-31", "year", "exact"),
        ],
    ),
    (
        "2022 saw elections in more than 60 countries.",
        [("2022", "2022-01-01", "2022-12-31", "year", "exact")],
    ),
    (
        "2022 was the hottest year on record in Europe.",
        [("2022", "2022-01-01", "2022-12-31", "year", "exact")],
    ),
    (
        "The town was founded around 1850 by miners.",
        [("around 1850", "1850-01-01", "1850-12-31", "year", "approx")],
    ),
    (
        "The economy grew 2.1% in the third quarter of 2023.",
        [("third quarter of 2023", "2023-07-01", "2023-09-30", "quarter", "exact")],
    ),
    (
        "Apple's revenue in Q3 2023 beat expectations.",
        [("Q3 2023", "2023-07-01", "2023-09-30", "quarter", "exact")],
    ),
    (
        "Profits rose 12% in the first quarter, the bank said.",
        [("first quarter", "2024-01-01", "2024-03-31", "quarter", "exact")],
    ),
    (
        "The company posted a third-quarter loss of $300 million.",
        [("third-quarter", "2023-07-01", "2023-09-30", "quarter", "exact")],
    ),
    (
        "Growth is expected to pick up in the second half of 2024.",
        [("second half of 2024", "2024-07-01", "2024-12-31", "quarter", "exact")],
    ),
    (
        "Output slumped in late February before recovering.",
        [("late February", "2024-02-21", "2024-02-29", "month", "exact")],
    ),
    (
        "The offensive stalled in mid-March.",
        [("mid-March", "2024-03-11", "2024-03-20", "month", "exact")],
    ),
    (
        "Prices peaked in early 2024 and fell in late 2023 in some regions.",
        [
            ("early 2024", "2024-01-01", "2024-04-30", "year", "exact"),
            ("late 2023", "2023-09-01", "2023-12-31", "year", "exact"),
        ],
    ),
    (
        "The factory should reopen by mid-2025.",
        [("mid-2025", "2025-05-01", "2025-08-31", "year", "at_most")],
    ),
    (
        "The first shipments arrived at the end of 2023.",
        [("end of 2023", "2023-09-01", "2023-12-31", "year", "exact")],
    ),
    (
        "Some 300 troops will have left by the end of the year.",
        [("end of the year", "2024-09-01", "2024-12-31", "year", "at_most")],
    ),
    (
        "Fighting intensified late last year, the report said.",
        [("late last year", "2023-09-01", "2023-12-31", "year", "exact")],
    ),
    (
        "Tourism hit a record in summer 2023.",
        [("summer 2023", "2023-06-01", "2023-08-31", "season", "exact")],
    ),
    (
        "Talks collapsed in the spring of 2022 in Istanbul.",
        [("spring of 2022", "2022-03-01", "2022-05-31", "season", "exact")],
    ),
    (
        "Gas reserves held up through winter 2022-23.",
        [("winter 2022-23", "2022-12-01", "2023-02-28", "season", "exact")],
    ),
    (
        "The drought began last summer.",
        [("last summer", "2023-06-01", "2023-08-31", "season", "exact")],
    ),
    (
        "The plant closed in the 1990s after the crisis.",
        [("1990s", "1990-01-01", "1999-12-31", "decade", "exact")],
    ),
    (
        "Defence spending is at its highest level since the early 1980s.",
        [("early 1980s", "1980-01-01", "1983-12-31", "decade", "at_least")],
    ),
    (
        "The ceasefire was agreed on Friday after three days of talks.",
        [("Friday", "2024-05-10", "2024-05-10", "day", "exact")],
    ),
    (
        "The minister resigned on Tuesday, a day after the vote.",
        [("Tuesday", "2024-05-07", "2024-05-07", "day", "exact")],
    ),
    (
        "Protesters gathered on Saturday in the capital.",
        [("Saturday", "2024-05-04", "2024-05-04", "day", "exact")],
    ),
    (
        "The law was passed last Tuesday by a narrow margin.",
        [("last Tuesday", "2024-05-07", "2024-05-07", "day", "exact")],
    ),
    (
        "The two leaders will meet next Friday in Rome.",
        [("next Friday", "2024-05-17", "2024-05-17", "day", "exact")],
    ),
    (
        "The summit will open on Monday in Brussels.",
        [("Monday", "2024-05-13", "2024-05-13", "day", "exact")],
    ),
    (
        "Police said the attack happened on Friday night.",
        [("Friday night", "2024-05-10", "2024-05-10", "day", "exact")],
    ),
    (
        "The results were announced yesterday.",
        [("yesterday", "2024-05-09", "2024-05-09", "day", "exact")],
    ),
    (
        "Prices fell 0.3% last month, after rising in March.",
        [
            ("last month", "2024-04-01", "2024-04-30", "month", "exact"),
            ("March", "2024-03-01", "2024-03-31", "month", "exact"),
        ],
    ),
    (
        "Earlier this month, the regulator opened an inquiry.",
        [("Earlier this month", "2024-05-01", "2024-05-10", "month", "exact")],
    ),
    (
        "The economy grew 1.1% last year and is expected to grow 0.8% this year.",
        [
            ("last year", "2023-01-01", "2023-12-31", "year", "exact"),
            ("this year", "2024-01-01", "2024-12-31", "year", "exact"),
        ],
    ),
    (
        "The index lost 4% this week and 2% last week.",
        [
            ("this week", "2024-05-06", "2024-05-12", "week", "exact"),
            ("last week", "2024-04-29", "2024-05-05", "week", "exact"),
        ],
    ),
    (
        "The new rules take effect next month.",
        [("next month", "2024-06-01", "2024-06-30", "month", "exact")],
    ),
    (
        "The city was hit by floods two years ago.",
        [("two years ago", "2022-01-01", "2022-12-31", "year", "exact")],
    ),
    (
        "Three weeks ago, the army withdrew from the town.",
        [("Three weeks ago", "2024-04-15", "2024-04-21", "week", "exact")],
    ),
    (
        "Later this year, the bank will launch a digital currency.",
        [("Later this year", "2024-05-10", "2024-12-31", "year", "exact")],
    ),
    (
        "Exports grew every year from 2019 to 2022.",
        [("from 2019 to 2022", "2019-01-01", "2022-12-31", "year", "range")],
    ),
    (
        "Attacks between October and March destroyed half of the grid.",
        [("between October and March", "2023-10-01", "2024-03-31", "month", "range")],
    ),
    (
        "The strike lasted from 1 to 3 March and cost $40 million.",
        [("from 1 to 3 March", "2024-03-01", "2024-03-03", "day", "range")],
    ),
    (
        "A peace summit is planned for 15-16 June in Switzerland.",
        [("15-16 June", "2024-06-15", "2024-06-16", "day", "range")],
    ),
    (
        "Exports rose 4% in the 2019-2022 period.",
        [("2019-2022", "2019-01-01", "2022-12-31", "year", "range")],
    ),
    (
        "Output fell between March and May 2023, the statistics office said.",
        [("between March and May 2023", "2023-03-01", "2023-05-31", "month", "range")],
    ),
    (
        "Markets were closed on Good Friday and reopened after Easter.",
        [
            ("Good Friday", "2024-03-29", "2024-03-29", "day", "exact"),
            ("Easter", "2024-03-31", "2024-03-31", "day", "more_than"),
        ],
    ),
    (
        "Three people were killed over the weekend, police said.",
        [("the weekend", "2024-05-04", "2024-05-05", "week", "exact")],
    ),
    (
        "The vote is expected early next week.",
        [("early next week", "2024-05-13", "2024-05-14", "week", "exact")],
    ),
    (
        "The trial is set to begin on Monday, March 25, in Manhattan.",
        [("Monday, March 25", "2024-03-25", "2024-03-25", "day", "exact")],
    ),
    (
        "The blast happened late Friday near the port.",
        [("late Friday", "2024-05-10", "2024-05-10", "day", "exact")],
    ),
    (
        "Borrowing in the 2023/24 financial year was £121 billion.",
        [("2023/24", "2023-01-01", "2024-12-31", "year", "range")],
    ),
    (
        "Concerns about Friday's vote grew around March, officials said.",
        [
            ("Friday", "2024-05-10", "2024-05-10", "day", "exact"),
            ("around March", "2024-03-01", "2024-03-31", "month", "approx"),
        ],
    ),
    (
        "Snow is forecast for the weekend, with temperatures dropping on Saturday night.",
        [
            ("the weekend", "2024-05-11", "2024-05-12", "week", "exact"),
            ("Saturday night", "2024-05-11", "2024-05-11", "day", "exact"),
        ],
    ),
    (
        "May was the wettest month on record, and Theresa May was not amused.",
        [("May", "2024-05-01", "2024-05-31", "month", "exact")],
    ),
    (
        "Theresa May said in May that she would step down.",
        [(("May", 20), "2024-05-01", "2024-05-31", "month", "exact")],
    ),
    (
        "Interest rates will stay high until the summer.",
        [("summer", "2024-06-01", "2024-08-31", "season", "at_most")],
    ),
    (
        "Shares have been falling since early February.",
        [("early February", "2024-02-01", "2024-02-10", "month", "at_least")],
    ),
    (
        "The bill must be passed before 2026.",
        [("2026", "2026-01-01", "2026-12-31", "year", "less_than")],
    ),
]


def _dates(sentence: str, published: dt.date | None = PUBLISHED):
    return [claim for claim in find_dates(make_document(sentence, "en", published)) if claim.kind == "date"]


@pytest.mark.parametrize(("sentence", "expected"), DATES, ids=[sentence[:50] for sentence, _ in DATES])
def test_dates_are_found_with_their_span_and_period(sentence, expected):
    found = [
        (claim.text, claim.start, claim.end, claim.date_start, claim.date_end, claim.granularity, claim.qualifier)
        for claim in _dates(sentence)
    ]
    wanted = [
        (*_located(sentence, span), start, end, granularity, qualifier)
        for span, start, end, granularity, qualifier in expected
    ]
    assert found == wanted


def _located(sentence: str, span: str | tuple[str, int]) -> tuple[str, int, int]:
    text, start = span if isinstance(span, tuple) else (span, sentence.index(span))
    assert sentence[start : start + len(text)] == text
    return text, start, start + len(text)


NOT_DATES = [
    "The course is spread over two years of evening and weekend classes.",
    "Weekend trains are cancelled until the works end.",
    "She won gold in the Winter Olympics and marched in the Spring Festival parade.",
    "In 2000 cases out of 10,000 the drug worked.",
    "The plan would cost between 1990 and 2010 euros per household.",
    "More than 2000 people marched, up from 1800 the previous year.",
    "He bought a 2019 Toyota for $15,000 and paid £1995 in fees.",
    "The 1998 Good Friday Agreement ended decades of violence.",
    "Prices rose 15% from a year earlier, the statistics office said.",
    "Officials may announce the results after the march on the capital.",
    "The Sunday Times reported that 2,000 people attended and 1,500 more were turned away.",
    "The army deployed 2022 soldiers and 1990 armoured vehicles to the border.",
    "The plane was carrying 2000 litres of fuel, rising to 1950 on the return leg.",
    "Black Friday sales were strong, and Cyber Monday deals were thin.",
    "The club meets on Fridays, and every Monday the office is closed.",
    "In their 90s, both men still walk to the market.",
    "The fall of Kabul shocked the world.",
    "The Boeing 737 and the F-16 were on display at 10:30 near 1600 Pennsylvania Avenue.",
    "A ceasefire was agreed between 2000 and 3000 fighters, officials said.",
    "He scored in the second half and won by 2000 votes.",
    "Over the past year, the company hired 1,950 people.",
    "April Ryan and June Carter sang at the festival.",
]


@pytest.mark.parametrize("sentence", NOT_DATES, ids=[sentence[:50] for sentence in NOT_DATES])
def test_words_and_numbers_that_only_look_like_dates_are_left_alone(sentence):
    assert _dates(sentence) == []


LABELS = [
    ("The 2024 election dominated the news.", "2024"),
    ("Turnout in the 2024 presidential election was 64%.", "2024"),
    ("Spain won Euro 2024 in Berlin.", "Euro 2024"),
    ("Argentina won the 2022 World Cup after a penalty shoot-out.", "2022"),
    ("The 2008 financial crisis wiped out trillions.", "2008"),
    ("The firm published its 2023 annual report on its website.", "2023"),
    ("The bill was first introduced in the 2019-2021 parliament.", "2019-2021"),
]


@pytest.mark.parametrize(("sentence", "span"), LABELS, ids=[sentence[:40] for sentence, _ in LABELS])
def test_years_used_as_names_are_labels_not_dates(sentence, span):
    claims = find_dates(make_document(sentence, "en", PUBLISHED))
    assert [(claim.kind, claim.text, claim.start) for claim in claims] == [("label", span, sentence.index(span))]
    assert claims[0].date_start is None and not claims[0].is_claim


def test_claim_fields_follow_the_contract():
    text = "Markets were calm on Monday. Around 2010, the index doubled.\n\nIn March 2022, it fell 20%."
    document = make_document(text, "en", PUBLISHED)
    claims = find_dates(document)
    assert [(claim.text, claim.sentence) for claim in claims] == [
        ("Monday", 0),
        ("Around 2010", 1),
        ("March 2022", 2),
    ]
    for claim in claims:
        assert text[claim.start : claim.end] == claim.text
        assert claim.kind == "date" and claim.value is None and claim.unit is None and claim.id == ""
    assert claims[1].hedge == "Around" and claims[1].qualifier == "approx"
    assert claims[0].hedge is None


def test_relative_dates_follow_the_publication_date():
    first = _dates("The talks ended yesterday, a month after they began.", dt.date(2023, 1, 1))
    assert [(claim.text, claim.date_start) for claim in first] == [("yesterday", "2022-12-31")]
    earlier = _dates("The strike began last month.", dt.date(2024, 1, 15))
    assert [(claim.date_start, claim.date_end) for claim in earlier] == [("2023-12-01", "2023-12-31")]


def test_yearless_dates_look_forward_only_in_sentences_about_the_future():
    published = dt.date(2024, 2, 10)
    future = _dates("The EU hopes to approve the package by the end of March.", published)
    past = _dates("The EU approved the package at the end of March.", published)
    assert [(claim.text, claim.date_start, claim.qualifier) for claim in future] == [
        ("end of March", "2024-03-21", "at_most")
    ]
    assert [(claim.text, claim.date_start, claim.qualifier) for claim in past] == [
        ("end of March", "2023-03-21", "exact")
    ]


TENSES = [
    # published on Wednesday 8 May 2024: the Friday before is 3 May, the one after 10 May
    ("He said on Friday that he would resign.", "2024-05-03"),
    ("He said on Friday that he will resign.", "2024-05-03"),
    ("Officials said the vote will be held on Friday.", "2024-05-10"),
    ("On Friday, the parliament will vote on the bill.", "2024-05-10"),
    ("The minister, who will step down next month, said on Friday that talks had failed.", "2024-05-03"),
    ("The summit is scheduled for Friday in Brussels.", "2024-05-10"),
    ("The mayor promised to reopen the pool on Friday.", "2024-05-10"),
    ("The mayor promised on Friday to reopen the pool.", "2024-05-03"),
    ("The champion stopped his rival in the ninth of 12 scheduled rounds on Friday.", "2024-05-03"),
    ("The final, scheduled for Friday, was moved.", "2024-05-10"),
    ("She will cut the ribbon on Friday.", "2024-05-10"),
]


@pytest.mark.parametrize("sentence", [
    "When the storm tore through the larch woods in January, it felled 6,500 cubic metres of timber.",
    "Flood water swept away the footbridge in January.",
    "A fox dug under the fence in January and took six hens.",
])
def test_an_irregular_past_verb_sends_a_yearless_month_back(sentence):
    claims = [claim for claim in _dates(sentence, dt.date(2046, 9, 21)) if claim.text == "January"]
    assert [claim.date_start for claim in claims] == ["2046-01-01"]


@pytest.mark.parametrize(("sentence", "friday"), TENSES, ids=[sentence[:50] for sentence, _ in TENSES])
def test_the_nearest_tense_marker_before_a_weekday_decides_its_direction(sentence, friday):
    claims = [claim for claim in _dates(sentence, dt.date(2024, 5, 8)) if claim.text == "Friday"]
    assert [claim.date_start for claim in claims] == [friday]


def test_without_a_publication_date_absolute_dates_are_unchanged():
    claims = _dates("The treaty was signed on 9 November 1989 in Berlin.", published=None)
    assert [(claim.text, claim.date_start, claim.date_end) for claim in claims] == [
        ("9 November 1989", "1989-11-09", "1989-11-09")
    ]


def test_a_french_sentence_in_an_english_article_is_read_in_french():
    text = (
        "The president spoke to reporters in Paris on Thursday about the budget and the war. "
        "Le ministre a déclaré que la réforme entrera en vigueur le 1er janvier 2025, selon lui."
    )
    document = make_document(text, "en", PUBLISHED)
    document = type(document)(
        document.text,
        document.language,
        document.published_at,
        (document.sentences[0], type(document.sentences[1])(1, document.sentences[1].start, len(text), "fr")),
    )
    assert [claim.text for claim in find_dates(document)] == ["Thursday", "1er janvier 2025"]


def test_a_month_named_with_no_tense_to_tell_is_the_nearer_occurrence():
    coming = _dates("Talks on next year's grant begin in September.", dt.date(2031, 7, 1))
    gone = _dates("The December festival remains a fond memory.", dt.date(2026, 2, 5))
    assert [claim.date_start for claim in coming if claim.text == "September"] == ["2031-09-01"]
    assert [claim.date_start for claim in gone] == ["2025-12-01"]


_TOKENS = [
    "in",
    "on",
    "the",
    "of",
    "2022",
    "1999",
    "-",
    "–",
    "/",
    ".",
    ",",
    "24",
    "1st",
    "February",
    "Feb.",
    "May",
    "last",
    "next",
    "week",
    "month",
    "year",
    "ago",
    "two",
    "late",
    "early",
    "mid-",
    "end",
    "from",
    "to",
    "between",
    "and",
    "Q3",
    "quarter",
    "half",
    "summer",
    "1990s",
    "'90s",
    "Friday",
    "night",
    "yesterday",
    "around",
    "since",
    "by",
    "03/15/2022",
    "2022-02-24",
    "Easter",
]


@given(
    st.lists(st.one_of(st.sampled_from(_TOKENS), st.text(max_size=6)), max_size=40),
    st.one_of(st.none(), st.dates()),
)
def test_any_text_gives_spans_that_index_it_and_ordered_periods(tokens, published):
    text = " ".join(tokens)
    for claim in find_dates(make_document(text, "en", published)):
        assert text[claim.start : claim.end] == claim.text
        assert claim.kind == "label" or claim.date_start <= claim.date_end


SEPTEMBER = dt.date(2046, 9, 20)


def test_a_month_after_since_is_past():
    since = _dates(
        "Since the launch of the addressing programme in February, the town hall has named 146 streets.",
        SEPTEMBER)
    ahead = _dates(
        "The launch of the addressing programme in February will give every house a number.",
        SEPTEMBER)
    assert [claim.date_start for claim in since] == ["2046-02-01"]
    assert [claim.date_start for claim in ahead] == ["2047-02-01"]
