"""English news sentences beyond the first test suites: names with numbers, phones, scores and ages
are not claims; ratios in every form; what a figure counts; durations, money and degrees in context."""

import pytest

from checker import extract
from checker.claims import CLAIM_KINDS

PUBLISHED = "2024-03-15"


def mentions(text: str) -> list[tuple[str, str]]:
    return [(c.text, c.kind) for c in extract(text, language="en", published_at=PUBLISHED)]


def claim(text: str, span: str):
    found = [c for c in extract(text, language="en", published_at=PUBLISHED) if c.text == span]
    assert found, f"no mention {span!r} in {mentions(text)}"
    return found[0]


def assert_not_a_claim(text: str, name: str, kind: str) -> None:
    """No claim overlaps ``name`` in ``text``, and a not-claim of ``kind`` covers its digits."""
    start = text.index(name)
    end = start + len(name)
    found = extract(text, language="en", published_at=PUBLISHED)
    overlapping = [c for c in found if c.start < end and start < c.end]
    assert not [c for c in overlapping if c.kind in CLAIM_KINDS], f"{name!r} read as a claim: {mentions(text)}"
    assert any(c.kind == kind for c in overlapping), f"{name!r} is not a {kind}: {mentions(text)}"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The S&P 500 closed 1.2% higher on Tuesday.", "S&P 500"),
        ("Tech shares dragged the Nasdaq 100 down 2%.", "Nasdaq 100"),
        ("The FTSE 100 ended the session flat.", "FTSE 100"),
        ("In Paris the CAC 40 lost 0.8%.", "CAC 40"),
        ("Australia's ASX 200 hit a record.", "ASX 200"),
        ("Japan's Nikkei 225 slipped in early trading.", "Nikkei 225"),
        ("Passengers were told to proceed to gate 12.", "gate 12"),
        ("Heathrow's Terminal 5 was evacuated on Friday.", "Terminal 5"),
        ("Services on Line 2 were suspended after the flood.", "Line 2"),
        ("The ferry left from Pier 39 at dawn.", "Pier 39"),
        ("Apollo 11 landed on the Moon in 1969.", "Apollo 11"),
        ("Microsoft will stop supporting Windows 10 next year.", "Windows 10"),
        ("Apple said the iPhone 15 sold well in China.", "iPhone 15"),
        ("The update comes with iOS 17 and Android 14.", "iOS 17"),
        ("The update comes with iOS 17 and Android 14.", "Android 14"),
        ("Sony cut the price of the PS5 again.", "PS5"),
        ("Emirates still flies the A380 to Sydney.", "A380"),
        ("France ordered 42 more Rafale F4 jets.", "F4"),
        ("Regulators grounded the Boeing 737 MAX 8 for 20 months.", "Boeing 737 MAX 8"),
        ("Investigators recovered the black boxes of flight AF 447.", "AF 447"),
        ("SpaceX launched a Falcon 9 from Cape Canaveral.", "Falcon 9"),
        ("Covid-19 deaths fell in the winter.", "Covid-19"),
        ("The H5N1 strain was found in dairy cattle.", "H5N1"),
        ("Traffic on the M25 was at a standstill.", "M25"),
        ("A crash closed I-95 near Baltimore.", "I-95"),
        ("Tourists still drive Route 66 every summer.", "Route 66"),
        ("The retailer filed for Chapter 11 protection.", "Chapter 11"),
        ("The court weighed Section 230 of the law.", "Section 230"),
        ("The Vatican II reforms changed the Mass.", "Vatican II"),
        ("Versailles was built for Louis XIV.", "Louis XIV"),
        ("Title IX protects students from discrimination.", "Title IX"),
        ("The Super Bowl LVIII drew a record audience.", "LVIII"),
        ("Leaders of the G20 met in New Delhi.", "G20"),
        ("Ukraine asked for more Leopard 2 tanks.", "Leopard 2"),
        ("The EU's Article 7 procedure against Hungary stalled.", "Article 7"),
        ("The striker wore the No 9 shirt.", "No 9"),
        ("The Boeing 747-400 made its last flight.", "Boeing 747-400"),
    ],
)
def test_names_with_numbers_are_identifiers(sentence, name):
    assert_not_a_claim(sentence, name, "identifier")


@pytest.mark.parametrize(
    ("sentence", "phone"),
    [
        ("Call the press office on +44 (0)20 7946 0958.", "+44 (0)20 7946 0958"),
        ("Readers can call +1 (202) 555-0143 with tips.", "+1 (202) 555-0143"),
        ("The embassy's number is +1 202-555-0143.", "+1 202-555-0143"),
        ("The helpline, 0800 123 4567, is free.", "0800 123 4567"),
        ("Call 020 7946 0958 for tickets.", "020 7946 0958"),
        ("The hotline is 1-800-273-8255.", "1-800-273-8255"),
        ("The hotline is 1 800 273 8255.", "1 800 273 8255"),
        ("The campaign office is on 202 555 0143.", "202 555 0143"),
        ("Tips can be sent to 202.555.0143.", "202.555.0143"),
        ("Anyone in danger should call 911 immediately.", "911"),
        ("People in crisis can call or text 988.", "988"),
    ],
)
def test_phone_numbers_are_phones(sentence, phone):
    assert_not_a_claim(sentence, phone, "phone")


@pytest.mark.parametrize(
    ("sentence", "score"),
    [
        ("Arsenal won 3-1 at home on Saturday.", "3-1"),
        ("Chelsea lost 1-2 to Tottenham.", "1-2"),
        ("The Lakers beat the Celtics 112-104 in overtime.", "112-104"),
        ("It was a 2-0 win for Real Madrid.", "2-0"),
        ("The Senate voted 52-48 to confirm the judge.", "52-48"),
        ("The Supreme Court ruled 6-3 in the case.", "6-3"),
        ("The bill passed the Senate 68-32.", "68-32"),
        ("England drew 1–1 with Denmark.", "1–1"),
        ("The Giants were trailing 14-21 at half-time.", "14-21"),
    ],
)
def test_sports_scores_and_vote_tallies_are_not_claims(sentence, score):
    assert_not_a_claim(sentence, score, "label")


@pytest.mark.parametrize(
    ("sentence", "age"),
    [
        ("A 45-year-old man was arrested in Leeds.", "45-year-old"),
        ("The suspect, a 19-year-old student, was released.", "19-year-old"),
        ("Two 16-year-olds were charged.", "16-year-olds"),
        ("The victim was 34 years old.", "34 years old"),
        ("John Smith, 62, was taken to hospital.", "62"),
        ("Voters aged 18 to 24 backed Labour.", "18 to 24"),
        ("She started working at age 14.", "14"),
        ("He died at the age of 87.", "87"),
    ],
)
def test_ages_are_not_claims(sentence, age):
    assert_not_a_claim(sentence, age, "label")


@pytest.mark.parametrize(
    ("sentence", "span", "value", "counted"),
    [
        ("About one in five adults say they skip meals.", "About one in five", 0.2, "adults"),
        ("Officials put the odds of a default at one-in-three.", "one-in-three", 0.3333, None),
        ("Four in 10 voters are undecided.", "Four in 10", 0.4, "voters"),
        ("Nine out of ten doctors agreed.", "Nine out of ten", 0.9, "doctors"),
        ("One in every four children lives in poverty.", "One in every four", 0.25, "children"),
        ("One in ten lives in poverty.", "One in ten", 0.1, None),
        ("Two-thirds of voters backed the plan.", "Two-thirds", 0.6667, "voters"),
        ("One third of staff were laid off.", "One third", 0.3333, "staff"),
        ("Three-quarters of MPs voted for it.", "Three-quarters", 0.75, "MPs"),
        ("A fifth of homes lack heating.", "A fifth", 0.2, "homes"),
        ("Half of all adults own a car.", "Half", 0.5, "adults"),
        ("More than a third of schools closed.", "More than a third", 0.3333, "schools"),
        ("Roughly 2/3 of members voted.", "Roughly 2/3", 0.6667, "members"),
        ("Prices are three times higher than in 2019.", "three times", 3, None),
        ("The plant is 2.5 times the size of the old one.", "2.5 times", 2.5, None),
        ("Twice as many people applied this year.", "Twice", 2, None),
        ("Exports saw a threefold rise.", "threefold", 3, None),
        ("Cases rose 10-fold in a month.", "10-fold", 10, None),
        ("Voters backed the plan by a margin of 2 to 1.", "2 to 1", 2, None),
        ("The student-teacher ratio is 30:1 in some schools.", "30:1", 30, None),
        ("A 3-to-1 ratio of men to women was recorded.", "3-to-1", 3, None),
        ("Prices are two and a half times higher.", "two and a half times", 2.5, None),
        ("The bill is one-and-a-half times the average.", "one-and-a-half times", 1.5, None),
    ],
)
def test_ratios_in_every_form(sentence, span, value, counted):
    found = claim(sentence, span)
    assert found.kind == "ratio"
    assert found.value == pytest.approx(value, abs=1e-4)
    assert found.counted == counted


@pytest.mark.parametrize(
    ("sentence", "ordinal"),
    [
        ("Xi Jinping secured a third term in March.", "third"),
        ("It was the league's sixth meeting of the season, and a sixth meeting is planned.", "sixth"),
    ],
)
def test_fraction_words_before_a_noun_are_ordinals(sentence, ordinal):
    assert_not_a_claim(sentence, ordinal, "ordinal")


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        ("A half-million people fled the city.", "A half-million", 500_000),
        ("Half a million people signed the petition.", "Half a million", 500_000),
        ("A quarter of a million fled the fighting.", "A quarter of a million", 250_000),
        ("Two and a half million people live there.", "Two and a half million", 2_500_000),
    ],
)
def test_half_millions_are_counts(sentence, span, value):
    found = claim(sentence, span)
    assert (found.kind, found.value) == ("count", value)


@pytest.mark.parametrize(
    ("sentence", "span", "counted"),
    [
        ("Only two remain in hospital.", "two", None),
        ("A third goes to the regions.", "A third", None),
        ("Half comes from oil sales.", "Half", None),
        ("Some 300 lives were lost.", "Some 300", "lives"),
        ("The army fired 3,000 artillery shells.", "3,000", "artillery shells"),
        ("Six senior officials resigned.", "Six", "senior officials"),
        ("More than 200 people were rescued.", "More than 200", "people"),
        ("Police arrested 12 protesters overnight.", "12", "protesters"),
        ("The company employs 4,500 staff.", "4,500", "staff"),
        ("Millions of people watched the debate.", "Millions", "people"),
        ("Air defences shot down 28 of the 32 drones.", "28", "drones"),
        ("Israel said 240 were taken hostage and 1,200 killed.", "240", None),
        ("Hamas took 240 hostage on 7 October.", "240", None),
        ("About 6 in 10 disapprove of the deal.", "About 6 in 10", None),
        ("The 10 richest own half the wealth.", "10", None),
        ("Some 40,000 troops, 300 tanks and 50 aircraft took part.", "50", "aircraft"),
    ],
)
def test_counted_noun_phrases(sentence, span, counted):
    assert claim(sentence, span).counted == counted


@pytest.mark.parametrize(
    ("sentence", "span", "qualifier"),
    [
        ("Prices rose 15% over two years.", "two years", "exact"),
        ("The plan will be rolled out over five years.", "five years", "exact"),
        ("Over 10 years, the scheme will cost $5bn.", "10 years", "exact"),
        ("He was jailed for over two years.", "over two years", "more_than"),
        ("It was the first rally in over a decade.", "over a decade", "more_than"),
        ("A deal was struck over two years later.", "over two years", "more_than"),
        ("The war has lasted more than a year.", "more than a year", "more_than"),
        ("Talks took nearly a month.", "nearly a month", "approx"),
        ("The attack lasted less than a second.", "less than a second", "less_than"),
        ("More than 500 people attended.", "More than 500", "more_than"),
        ("Over 2,000 homes lost power.", "Over 2,000", "more_than"),
    ],
)
def test_over_before_a_duration(sentence, span, qualifier):
    assert claim(sentence, span).qualifier == qualifier


def test_phrasal_verbs_are_no_change():
    assert claim("Air defences shot down 28 of the 32 drones.", "28").change is None
    assert claim("Exports went down 5% in March.", "5%").change == "decrease"


def test_shares_of_a_hundred_and_half_units():
    assert claim("Profits are shared on a 60/40 basis.", "60/40").value == pytest.approx(0.6)
    found = claim("The trip took two and a half hours.", "two and a half hours")
    assert (found.kind, found.value, found.unit) == ("quantity", 2.5, "h")


def test_a_decade_is_ten_years():
    found = claim("It was the first rally in over a decade.", "over a decade")
    assert (found.kind, found.value, found.unit) == ("quantity", 10, "year")


@pytest.mark.parametrize(
    ("text", "span", "kind", "unit", "value"),
    [
        (
            "The deficit reached $1.7 trillion in 2023. Revenue rose to 4.4 trillion, while spending hit 6.1 trillion.",
            "4.4 trillion",
            "money",
            "USD",
            4.4e12,
        ),
        (
            "The deficit reached $1.7 trillion in 2023. Revenue rose to 4.4 trillion, while spending hit 6.1 trillion.",
            "6.1 trillion",
            "money",
            "USD",
            6.1e12,
        ),
        (
            "The club spent £120m on players, up from 95 million a year earlier.",
            "95 million",
            "money",
            "GBP",
            9.5e7,
        ),
        ("Revenue rose to £4.5bn, while profit doubled to 600m.", "600m", "money", "GBP", 6e8),
        ("The club paid €80m for him, and 20m in bonuses.", "20m", "money", "EUR", 2e7),
        ("The club paid €80m for him. He ran the 400m race in 44 seconds.", "400m", "quantity", "m", 400),
        (
            "The city received $2 billion in aid. It has a population of 1.5 million.",
            "1.5 million",
            "count",
            None,
            1.5e6,
        ),
        (
            "Aid totals €50 billion. The country has 38 million inhabitants.",
            "38 million",
            "count",
            None,
            3.8e7,
        ),
        (
            "The budget is $2 billion.\n\nOfficials expect visitors to reach 3 million by 2030.",
            "3 million",
            "count",
            None,
            3e6,
        ),
    ],
)
def test_money_repeated_without_its_currency(text, span, kind, unit, value):
    found = claim(text, span)
    assert (found.kind, found.unit) == (kind, unit)
    assert found.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("sentence", "span", "unit"),
    [
        ("Temperatures hit 35 degrees in London on Friday.", "35 degrees", "°C"),
        ("It was 104 degrees in Phoenix, a record.", "104 degrees", "°F"),
        ("Lows of 20 degrees Fahrenheit on Monday and 15 degrees on Tuesday are forecast.", "15 degrees", "°F"),
        ("Highs of 30C are forecast, and 28 degrees on Sunday.", "28 degrees", "°C"),
        ("The climate goal is to limit warming to 1.5 degrees.", "1.5 degrees", "°C"),
        ("The driver made a 180-degree turn.", "180-degree", "°"),
        ("The line climbs with a maximum gradient of 31 degrees.", "31 degrees", "°"),
        ("The footprints cover a slab tilted at 23 degrees by the rising mountains.", "23 degrees", "°"),
    ],
)
def test_degrees_take_their_scale_from_context(sentence, span, unit):
    found = claim(sentence, span)
    assert (found.kind, found.unit) == ("quantity", unit)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "More than 1,500 shells were fired, and the toll rose 12%.",
            [("More than 1,500", "count"), ("12%", "percent")],
        ),
        ("Ukraine needs up to 40 F-16 jets.", [("up to 40", "count"), ("F-16", "identifier")]),
        ("The 2024 election cost $14 billion.", [("2024", "label"), ("$14 billion", "money")]),
        ("NATO has 32 members.", [("32", "count")]),
        ("The EU approved a €50bn package for 2024-2027.", [("€50bn", "money"), ("2024-2027", "date")]),
        ("Voters gave the party 52% of the vote.", [("52%", "percent")]),
        ("The bus carried 40 passengers on Route 9.", [("40", "count"), ("Route 9", "identifier")]),
    ],
)
def test_claims_next_to_names_stay_claims(sentence, expected):
    assert mentions(sentence) == expected
