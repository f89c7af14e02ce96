"""English numbers: digits, hedges, units, money, percents, changes, counted nouns, spelled forms, ranges."""

import datetime as dt

import pytest

import checker
from checker.document import make_document
from checker.parse.numbers import find_numbers


def claims(text: str):
    return find_numbers(make_document(text, "en", dt.date(2024, 3, 15)))


def claim(text: str, span: str):
    found = [c for c in claims(text) if c.text == span]
    assert found, f"no claim {span!r} in {[c.text for c in claims(text)]}"
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "span", "kind", "value", "unit"),
    [
        ("The fund holds 1,500 tonnes of gold.", "1,500 tonnes", "quantity", 1500, "t"),
        ("The strait is 1.5 km wide at its narrowest.", "1.5 km", "quantity", 1.5, "km"),
        ("Officials counted 2 500 displaced families.", "2 500", "count", 2500, None),
        ("Officials counted 2\u00a0500 displaced families.", "2\u00a0500", "count", 2500, None),
        ("The grid lost 1.000.000 customers overnight.", "1.000.000", "count", 1_000_000, None),
        ("The UK pledged £2.5bn in military aid.", "£2.5bn", "money", 2.5e9, "GBP"),
        ("Flax is spun here for the first time in half a century.", "half a century", "quantity", 50, "year"),
        ("The ferry crossing takes a quarter of an hour.", "a quarter of an hour", "quantity", 0.25, "h"),
        ("The hall cost C$4.7 million, or about $1,200 a member.", "about $1,200", "money", 1200, "CAD"),
        ("It cost 4.7 million Canadian dollars, and a donor gave US$300,000.", "US$300,000", "money", 3e5, "USD"),
        ("The winner covered the course in 8 minutes 20 seconds.", "8 minutes 20 seconds", "quantity", 25 / 3, "min"),
        ("The pulse lasted 1 hour 12 minutes and 30 seconds.", "1 hour 12 minutes and 30 seconds", "quantity",
         1 + 12 / 60 + 30 / 3600, "h"),
        ("The works took 2 years and 3 months.", "2 years and 3 months", "quantity", 2.25, "year"),
        ("The floating sauna cost 2.4 million francs to build.", "2.4 million francs", "money", 2.4e6, "CHF"),
        ("Facilitators receive 45,000 CFA francs a month.", "45,000 CFA francs", "money", 45000, "XOF"),
        ("The frame takes 95 cubic feet of Douglas fir.", "95 cubic feet", "quantity", 95, "ft³"),
        ("The trailer holds 3 cubic yards of gravel.", "3 cubic yards", "quantity", 3, "yd³"),
        ("They earn 45,000 CFA francs a month, or 1,500 francs a day.", "1,500 francs", "money", 1500, "XOF"),
        ("It cost 300 Swiss francs, and the ferry 20 francs.", "20 francs", "money", 20, "CHF"),
        ("Brussels approved €50 billion for Kyiv.", "€50 billion", "money", 5e10, "EUR"),
        ("The deal is worth USD 5bn over a decade.", "USD 5bn", "money", 5e9, "USD"),
        ("The startup raised $300m last year.", "$300m", "money", 3e8, "USD"),
        ("The bill costs $1.2 trillion.", "$1.2 trillion", "money", 1.2e12, "USD"),
        ("Canada will spend C$2 billion on housing.", "C$2 billion", "money", 2e9, "CAD"),
        ("Russia earned 5 billion roubles a day.", "5 billion roubles", "money", 5e9, "RUB"),
        ("A ticket costs 50 cents.", "50 cents", "money", 0.5, "USD"),
        ("Petrol rose to 146.2p a litre.", "146.2p", "money", 1.462, "GBP"),
        ("A 10p rise in fuel duty was announced.", "10p", "money", 0.1, "GBP"),
        ("The club paid 80 million pounds for him.", "80 million pounds", "money", 8e7, "GBP"),
        ("A bed in a care home comes to 780 pounds a week.", "780 pounds", "money", 780, "GBP"),
        ("A 2,000-pound bomb hit the building.", "2,000-pound", "quantity", 2000, "lb"),
        ("Inflation reached 4.9% in January.", "4.9%", "percent", 4.9, "%"),
        ("Turnout was 67 per cent.", "67 per cent", "percent", 67, "%"),
        ("Rates rose 0.25 percentage points.", "0.25 percentage points", "percent", 0.25, "pp"),
        ("The alcohol limit is 0.5 ‰ for drivers.", "0.5 ‰", "percent", 0.5, "‰"),
        ("The Fed cut rates by 50 basis points.", "50 basis points", "percent", 0.5, "pp"),
        ("Temperatures reached 40C in Seville.", "40C", "quantity", 40, "°C"),
        ("It was 104 degrees Fahrenheit in Phoenix.", "104 degrees Fahrenheit", "quantity", 104, "°F"),
        ("Winds of 120 km/h battered the coast.", "120 km/h", "quantity", 120, "km/h"),
        ("The car was doing 70 mph.", "70 mph", "quantity", 70, "mph"),
        ("Output fell to 9 million barrels per day.", "9 million barrels per day", "quantity", 9e6, "bpd"),
        ("The plant produces 1.2 GW of power.", "1.2 GW", "quantity", 1.2, "GW"),
        ("Households used 300 TWh last year.", "300 TWh", "quantity", 300, "TWh"),
        ("The fire burned 5,000 hectares.", "5,000 hectares", "quantity", 5000, "ha"),
        ("The park covers 12 square kilometres.", "12 square kilometres", "quantity", 12, "km²"),
        ("He was sentenced to 12 years.", "12 years", "quantity", 12, "year"),
        ("The bank offers a 30-year mortgage.", "30-year", "quantity", 30, "year"),
        ("He ran 100m in 9.58 seconds.", "9.58 seconds", "quantity", 9.58, "s"),
        ("A 100m sprint opened the games.", "100m", "quantity", 100, "m"),
        ("Some 67m people live in France.", "Some 67m", "count", 6.7e7, None),
        ("Farmers shipped 3m tonnes of wheat.", "3m tonnes", "quantity", 3e6, "t"),
        ("Temperatures fell to -5°C overnight.", "-5°C", "quantity", -5, "°C"),
    ],
)
def test_figure_kind_value_and_unit(sentence, span, kind, value, unit):
    found = claim(sentence, span)
    assert (found.kind, found.unit) == (kind, unit)
    assert found.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("sentence", "span", "qualifier", "hedge", "low", "high"),
    [
        ("Kyiv says about 300 Russian soldiers were killed.", "about 300", "approx", "about", 270, 330),
        ("Some 5,000 people were evacuated.", "Some 5,000", "approx", "Some", 4500, 5500),
        ("Nearly 40% of voters abstained.", "Nearly 40%", "approx", "Nearly", 36, 44),
        ("More than 1,500 shells were fired.", "More than 1,500", "more_than", "More than", 1500, None),
        ("It cost over $2 billion.", "over $2 billion", "more_than", "over", 2e9, None),
        ("At least 12 people died.", "At least 12", "at_least", "At least", 12, None),
        ("Fewer than 200 remain in the town.", "Fewer than 200", "less_than", "Fewer than", 0, 200),
        ("Up to 40 people were injured.", "Up to 40", "at_most", "Up to", 0, 40),
        ("As many as 3,000 troops may be sent.", "As many as 3,000", "at_most", "As many as", 0, 3000),
        ("Just under 5% of the budget goes to defence.", "Just under 5%", "less_than", "Just under", None, 5),
        ("More than one million people fled.", "More than one million", "more_than", "More than", 1e6, None),
        (
            "An estimated 2.3 billion people lack water.",
            "An estimated 2.3 billion",
            "approx",
            "An estimated",
            2.07e9,
            2.53e9,
        ),
        ("The protest drew 300 or so people.", "300 or so", "approx", "or so", 270, 330),
        ("Crowds of 10,000+ gathered.", "10,000+", "more_than", "+", 10000, None),
        ("41 of the dentists are 60 or older.", "60 or older", "at_least", "or older", 60, None),
        ("Players must be 23 or younger.", "23 or younger", "at_most", "or younger", 0, 23),
        ("The race did not recruit more than 2,400 volunteers.", "more than 2,400", "at_most", "more than", 0,
         2400),
        ("The club has never had fewer than 50 members.", "fewer than 50", "at_least", "fewer than", 50, None),
        ("It is not clear whether more than 300 people came.", "more than 300", "more_than", "more than", 300,
         None),
        ("The workshop turned over €31.4 million last year.", "€31.4 million", "exact", None, 31.35e6, 31.45e6),
        ("The rebels handed over 200 rifles.", "200", "exact", None, 200, 200),
        ("The commune spreads over 54 km² of plateau and gorges.", "54 km²", "exact", None, 53.5, 54.5),
        ("The strike spread to over 40 factories.", "over 40", "more_than", "over", 40, None),
        ("Over 300 people came.", "Over 300", "more_than", "Over", 300, None),
    ],
)
def test_hedges_give_qualifier_and_interval(sentence, span, qualifier, hedge, low, high):
    found = claim(sentence, span)
    assert (found.qualifier, found.hedge) == (qualifier, hedge)
    assert found.low == (None if low is None else pytest.approx(low))
    assert found.high == (None if high is None else pytest.approx(high))


@pytest.mark.parametrize(
    ("sentence", "span", "low", "high"),
    [
        ("Aid reached $1.2 million.", "$1.2 million", 1.15e6, 1.25e6),
        ("The city has 1.2 million residents.", "1.2 million", 1.15e6, 1.25e6),
        ("Inflation was 4.9% in May.", "4.9%", 4.85, 4.95),
        ("Exactly 1,500 soldiers were deployed.", "1,500", 1500, 1500),
        ("Six officials resigned.", "Six", 6, 6),
        ("Two million people voted.", "Two million", 1.5e6, 2.5e6),
        ("Unemployment is 15%.", "15%", 14.5, 15.5),
    ],
)
def test_rounding_as_written(sentence, span, low, high):
    found = claim(sentence, span)
    assert (found.low, found.high) == (pytest.approx(low), pytest.approx(high))


@pytest.mark.parametrize(
    ("sentence", "span", "change"),
    [
        ("Sales were up 15% in March.", "15%", "increase"),
        ("Exports fell 3.2% last year.", "3.2%", "decrease"),
        ("Prices rose by more than 10% in a year.", "more than 10%", "increase"),
        ("The index gained 2 points on Monday.", "2 points", "increase"),
        ("Unemployment fell by 0.3 percentage points.", "0.3 percentage points", "decrease"),
        ("Analysts expect a 5% increase next year.", "5%", "increase"),
        ("GDP grew +0.4% in the quarter.", "+0.4%", "increase"),
        ("Inflation was 4.9% in May.", "4.9%", None),
        ("The company lost 300 soldiers' contracts.", "300", None),
        ("Women made up 19% of those counted.", "19%", None),
        ("That is an improvement of 1.2 points.", "1.2 points", "increase"),
        ("Organisers lined up 22 teams for the race.", "22", None),
        ("Foreign workers make up 12% of the staff.", "12%", None),
        ("That is nearly 30% more voters than in 2026.", "nearly 30%", "increase"),
        ("The school has 12% fewer pupils this year.", "12%", "decrease"),
        ("Her best sprint was 74.6 km/h, 5% better than the record.", "5%", "increase"),
        ("In six months, the rise reaches 7%.", "7%", "increase"),
        ("The drop stood at 2.5% in March.", "2.5%", "decrease"),
        ("Inflation reached 4.9% in May.", "4.9%", None),
    ],
)
def test_change_words(sentence, span, change):
    assert claim(sentence, span).change == change


def test_change_words_are_outside_the_span():
    found = claim("Sales were up 15% in March.", "15%")
    assert (found.start, found.end) == (14, 17)


@pytest.mark.parametrize(
    ("sentence", "span", "counted"),
    [
        ("Russia fired 1,500 artillery shells overnight.", "1,500", "artillery shells"),
        ("Six senior officials said the talks had failed.", "Six", "senior officials"),
        ("Of 12,000 calls, 2,870 of them failed.", "2,870", None),
        ("Forty-four of the stalls sell food.", "Forty-four", "stalls"),
        ("Three of the company's factories will close.", "Three", None),
        ("More than 300 Ukrainian soldiers were captured.", "More than 300", "Ukrainian soldiers"),
        ("Tens of thousands of people marched in Tbilisi.", "Tens of thousands", "people"),
        ("About 1.2 million children are out of school.", "About 1.2 million", "children"),
        ("Farmers shipped 500 tonnes of grain to Egypt.", "500 tonnes", "grain"),
        ("Inflation reached 4.9% in January.", "4.9%", None),
        ("Prices are 300 in Paris and 200 in Lyon.", "300", None),
        ("At least 45 died in the attack.", "At least 45", None),
        ("Officials said 21 of the 50 missiles were shot down.", "21", "missiles"),
        ("Officials said 21 of the 50 missiles were shot down.", "50", "missiles"),
        ("One soldier was killed.", "One", "soldier"),
        ("His seven grandchildren helped him ring the birds.", "seven", "grandchildren"),
        ("Twelve fishermen were rescued off the point.", "Twelve", "fishermen"),
        ("The centre has logged 17 cases of death-cap poisoning.", "17", "cases of death-cap poisoning"),
        ("Three cases were serious.", "Three", "cases"),
        ("The council will read the two households' letter.", "two", "households"),
        ("The three farmers' markets open on Saturdays.", "three", "farmers' markets"),
        ("Three other families applied this spring.", "Three", "other families"),
    ],
)
def test_counted_noun_phrase(sentence, span, counted):
    assert claim(sentence, span).counted == counted


def test_span_holds_hedge_scale_and_currency_but_not_counted_noun():
    text = "Officials said more than one million artillery shells cost $1.2 billion."
    spans = [c.text for c in claims(text)]
    assert spans == ["more than one million", "$1.2 billion"]
    for found in claims(text):
        assert text[found.start : found.end] == found.text


def test_sentence_index_is_the_sentence_holding_the_claim():
    found = claims("The talks began. Officials said 300 people attended. Nothing else happened.")
    assert [(c.text, c.sentence) for c in found] == [("300", 1)]


def test_no_claim_in_a_sentence_without_figures():
    assert claims("The minister said the talks would resume soon, but gave no details.") == []


@pytest.mark.parametrize(
    ("sentence", "span", "kind", "value", "qualifier"),
    [
        ("Twenty-one people died in the blast.", "Twenty-one", "count", 21, "exact"),
        ("Two hundred and fifty thousand were displaced.", "Two hundred and fifty thousand", "count", 250000, "exact"),
        ("A hundred people and a thousand soldiers took part.", "A hundred", "count", 100, "exact"),
        ("The army lost one million shells.", "one million", "count", 1e6, "exact"),
        (
            "Nearly two and a half million dollars went missing.",
            "Nearly two and a half million dollars",
            "money",
            2.5e6,
            "approx",
        ),
        ("Half a million people stayed.", "Half a million", "count", 5e5, "exact"),
        ("A dozen countries signed the accord.", "A dozen", "count", 12, "approx"),
        ("Two dozen reporters waited outside.", "Two dozen", "count", 24, "approx"),
        ("About half a dozen were elderly.", "About half a dozen", "count", 6, "approx"),
        ("Dozens were arrested.", "Dozens", "count", 24, "at_least"),
        ("Hundreds fled the town.", "Hundreds", "count", 200, "at_least"),
        ("Thousands of people marched.", "Thousands", "count", 2000, "at_least"),
        ("Tens of thousands of people marched.", "Tens of thousands", "count", 20000, "at_least"),
        ("Hundreds of thousands lost power.", "Hundreds of thousands", "count", 200000, "at_least"),
        ("Several hundred protesters gathered.", "Several hundred", "count", 200, "at_least"),
        ("A few thousand more joined later.", "A few thousand", "count", 2000, "at_least"),
        ("Millions of dollars were lost.", "Millions of dollars", "money", 2e6, "at_least"),
        ("Half of the staff left.", "Half", "ratio", 0.5, "exact"),
        ("Two-thirds of voters backed the plan.", "Two-thirds", "ratio", 0.6667, "exact"),
        ("A third of the harvest was lost.", "A third", "ratio", 0.3333, "exact"),
        ("Three-quarters of the budget went on salaries.", "Three-quarters", "ratio", 0.75, "exact"),
        ("One-fifth of the land is forest.", "One-fifth", "ratio", 0.2, "exact"),
        ("More than half of voters agreed.", "More than half", "ratio", 0.5, "more_than"),
        ("Almost a third of the world lacks water.", "Almost a third", "ratio", 0.3333, "approx"),
        ("Only 2/3 of the funds arrived.", "2/3", "ratio", 0.6667, "exact"),
        ("One in five Americans opposed it.", "One in five", "ratio", 0.2, "exact"),
        ("Nine out of ten doctors agree.", "Nine out of ten", "ratio", 0.9, "exact"),
        ("Roughly 1 in 10 children is obese.", "Roughly 1 in 10", "ratio", 0.1, "approx"),
    ],
)
def test_spelled_approximate_indefinite_and_fractions(sentence, span, kind, value, qualifier):
    found = claim(sentence, span)
    assert (found.kind, found.qualifier) == (kind, qualifier)
    assert found.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("sentence", "span", "low", "high", "unit"),
    [
        ("Between 20 and 30 civilians died.", "Between 20 and 30", 20, 30, None),
        ("Analysts expect 20-30% of homes to flood.", "20-30%", 20, 30, "%"),
        ("The company will cut 10 to 15 jobs.", "10 to 15", 10, 15, None),
        ("From 2,000 to 3,000 people attended.", "From 2,000 to 3,000", 2000, 3000, None),
        ("Estimates range from $20-30 million.", "from $20-30 million", 2e7, 3e7, "USD"),
        ("It costs between 1.5 and 2 billion euros.", "between 1.5 and 2 billion euros", 1.5e9, 2e9, "EUR"),
        ("Some 20,000 to 30,000 fans are expected.", "Some 20,000 to 30,000", 20000, 30000, None),
        ("The journey takes 3–4 hours.", "3–4 hours", 3, 4, "h"),
    ],
)
def test_ranges_are_one_claim_with_bounds(sentence, span, low, high, unit):
    found = claim(sentence, span)
    assert (found.qualifier, found.low, found.high, found.unit) == ("range", low, high, unit)
    assert found.value == low


@pytest.mark.parametrize(
    ("sentence", "spans"),
    [
        ("Prices rose from $20 to $30 in a year.", ["$20", "$30"]),
        ("Exports went from 5% to 3%.", ["5%", "3%"]),
        ("Deaths fell from 300 to 200 a day.", ["300", "200"]),
        ("Officials said 21 of the 50 missiles were shot down.", ["21", "50"]),
        ("The company raised its pay offer from 3.2% to 4.6% on Friday.", ["3.2%", "4.6%"]),
    ],
)
def test_pairs_that_are_not_ranges_stay_two_claims(sentence, spans):
    assert [c.text for c in claims(sentence)] == spans


@pytest.mark.parametrize(
    "sentence",
    [
        "One of them said the talks had failed.",
        "No one was hurt in the attack.",
        "The one that hit the school was a drone.",
        "A missile hit an apartment block.",
        "They spoke to one another for hours.",
    ],
)
def test_one_and_articles_are_not_claims(sentence):
    assert claims(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Oil fell $2 to $78.50 a barrel.", [("$2", "money", "USD"), ("$78.50", "money", "USD")]),
        ("Rates were held at 5.25%-5.5% again.", [("5.25%-5.5%", "percent", "pp-range")]),
        ("The index closed up 52.42 points.", [("52.42", "count", None)]),
        ("Labour gained 4 points in the poll.", [("4 points", "percent", "pp")]),
        ("It removed 61%, now 93%, a gain of 32 points.",
         [("61%", "percent", "%"), ("93%", "percent", "%"), ("32 points", "percent", "pp")]),
        ("The team gained 32 points in the league.", [("32", "count", None)]),
        ("The FTSE 100 rose 1.2%.", [("FTSE 100", "identifier", None), ("1.2%", "percent", "%")]),
        ("A 2,000 sq ft flat sold for $1m.", [("2,000 sq ft", "quantity", "ft²"), ("$1m", "money", "USD")]),
        ("It was million million times worse.", []),
    ],
)
def test_market_and_edge_cases(sentence, expected):
    found = claims(sentence)
    described = []
    for c in found:
        unit = "pp-range" if c.qualifier == "range" else c.unit
        described.append((c.text, c.kind, unit if c.kind in ("percent", "quantity", "money") else None))
    assert described == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Temperatures fell to minus 5C overnight.", [("minus 5C", "quantity", -5.0)]),
        (
            "Hamilton won his first Formula One title.",
            [("first", "ordinal", None), ("Formula One", "identifier", None)],
        ),
        ("The programme aired on BBC One.", [("BBC One", "identifier", None)]),
        ("The plan costs Rs 500 crore.", [("Rs 500 crore", "money", 5e9)]),
        ("Phase two of the plan starts now.", [("Phase two", "identifier", None)]),
        ("No one was hurt, and no 5 people agreed.", [("5", "count", 5.0)]),
    ],
)
def test_signs_spelled_names_and_indian_scales(sentence, expected):
    assert [(c.text, c.kind, c.value) for c in claims(sentence)] == expected


@pytest.mark.parametrize("text", [
    "\u201cWe were thirty-eight volunteers.\u201d Forty-two residents helped.",
    "She said: \u201cWe hired 40 lifeguards.\u201d The 38 lifeguards start on Monday.",
    "Fourteen firms took turns. \u201cThe twelve companies kept to the schedule,\u201d she said.",
])
def test_a_quotation_ends_or_opens_a_sentence(text):
    report = checker.check(text, language="en", published_at="2033-05-02")
    first, second = (claim for claim in report.claims if claim.kind == "count")
    assert (first.sentence, second.sentence) == (0, 1)
