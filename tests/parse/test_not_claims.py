"""Numbers that are not claims (times, phones, addresses, identifiers, ordinals) stay visible with their kind."""

import datetime as dt

import pytest

from checker.document import make_document
from checker.parse.numbers import find_numbers


def kinds(text: str, language: str) -> list[tuple[str, str]]:
    found = find_numbers(make_document(text, language, dt.date(2024, 3, 15)))
    return [(c.text, c.kind) for c in found]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The summit opens at 3 p.m. in Brussels.", [("3 p.m.", "time")]),
        ("Polls close at 10:30 on Sunday.", [("10:30", "time")]),
        ("The strike starts at 0800 GMT.", [("0800", "time")]),
        ("Leaders meet at eight o'clock.", [("eight o'clock", "time")]),
        ("Call (202) 555-0143 for details.", [("(202) 555-0143", "phone")]),
        ("The hotline is 1-800-273-8255.", [("1-800-273-8255", "phone")]),
        ("Reach the embassy on +44 20 7946 0958.", [("+44 20 7946 0958", "phone")]),
        ("Protesters gathered outside 10 Downing Street.", [("10 Downing Street", "address")]),
        ("The White House is at 1600 Pennsylvania Avenue.", [("1600 Pennsylvania Avenue", "address")]),
        ("COVID-19 spread quickly.", [("COVID-19", "identifier")]),
        ("G7 leaders met in Italy.", [("G7", "identifier")]),
        ("Kyiv wants more F-16 jets.", [("F-16", "identifier")]),
        ("NATO's Article 5 was invoked once.", [("Article 5", "identifier")]),
        ("The quote is on page 12.", [("page 12", "identifier")]),
        ("Under section 3 of the act, fines apply.", [("section 3", "identifier")]),
        ("The Boeing 737 was grounded.", [("Boeing 737", "identifier")]),
        ("An A320 landed safely.", [("A320", "identifier")]),
        ("The MH17 report was published.", [("MH17", "identifier")]),
        ("B-52s flew over the region.", [("B-52s", "identifier")]),
        ("Operators rolled out 5G in cities.", [("5G", "identifier")]),
        ("The 9/11 attacks changed everything.", [("9/11", "identifier")]),
        ("Version 1.2.3 fixed the bug.", [("1.2.3", "identifier")]),
        ("She finished second in the race.", [("second", "ordinal")]),
        ("It was the 3rd time in a month.", [("3rd", "ordinal")]),
        ("The twenty-first summit was held in Lima.", [("twenty-first", "ordinal")]),
        ("He served as First Lady's adviser.", []),
        ("The driver, 62, was not hurt.", [("62", "label")]),
        ("Yesterday, 12,400 people marched.", [("12,400", "count")]),
    ],
)
def test_english_not_claims(sentence, expected):
    assert kinds(sentence, "en") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Le rendez-vous est fixé à 14 h 30.", [("14 h 30", "time")]),
        ("La police est arrivée à 14h.", [("14h", "time")]),
        ("Le magasin est ouvert de 8h à 18h.", [("8h", "time"), ("18h", "time")]),
        ("Le sommet s'ouvrira à 8 heures.", [("à 8 heures", "time")]),
        ("Les négociations ont duré 8 heures.", [("8 heures", "quantity")]),
        ("Il a dormi pendant 3 h.", [("3 h", "quantity")]),
        ("Appelez le +33 1 42 68 53 00.", [("+33 1 42 68 53 00", "phone")]),
        ("Appelez le 01 42 68 53 00 avant midi.", [("01 42 68 53 00", "phone")]),
        ("Le siège est au 55 rue du Faubourg-Saint-Honoré.", [("55 rue du Faubourg-Saint-Honoré", "address")]),
        ("Rendez-vous au 1 place de la Concorde.", [("1 place de la Concorde", "address")]),
        ("Le gouvernement a utilisé l'article 49.3.", [("article 49.3", "identifier")]),
        ("Le COVID-19 a fait des ravages.", [("COVID-19", "identifier")]),
        ("Le G7 s'est réuni à Hiroshima.", [("G7", "identifier")]),
        ("France 2 a diffusé le débat.", [("France 2", "identifier")]),
        ("Le club joue en Ligue 1.", [("Ligue 1", "identifier")]),
        ("C'est la 3e fois cette année.", [("3e", "ordinal")]),
        ("Le XXIe siècle a commencé.", [("XXIe", "ordinal")]),
        ("Elle est arrivée deuxième.", [("deuxième", "ordinal")]),
        ("C'est la vingt-et-unième édition.", [("vingt-et-unième", "ordinal")]),
        ("Le Premier ministre a parlé.", []),
        ("Le cinquième pays a signé.", [("cinquième", "ordinal")]),
        ("Hier, 48,7 % des votants se sont abstenus.", [("48,7 %", "percent")]),
    ],
)
def test_french_not_claims(sentence, expected):
    assert kinds(sentence, "fr") == expected


def test_not_claims_have_no_value_and_do_not_hide_claims():
    found = find_numbers(make_document("At 3 p.m., 300 people met at 10 Downing Street.", "en"))
    assert [(c.text, c.kind, c.value) for c in found] == [
        ("3 p.m.", "time", None),
        ("300", "count", 300.0),
        ("10 Downing Street", "address", None),
    ]
    assert not found[0].is_claim and found[1].is_claim


def test_identifier_cues_do_not_swallow_measures():
    assert kinds("The section is 3 km long and page 12 shows it.", "en") == [
        ("3 km", "quantity"),
        ("page 12", "identifier"),
    ]


def test_fractions_are_not_ordinals():
    assert kinds("A third of voters and the third round.", "en") == [("A third", "ratio"), ("third", "ordinal")]
    assert kinds("Un cinquième des terres.", "fr") == [("Un cinquième", "ratio")]
