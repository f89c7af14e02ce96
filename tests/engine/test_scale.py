"""scale: a figure about 1,000, a million or a billion times off its reference (million for billion)."""

from __future__ import annotations

import pytest
from rule_tester import Case, Flag, assert_case, reference

import checker

REFERENCES = (
    reference("mackerel-landings", "Mackerel landings in French ports", "value of mackerel landings", ["French fleet",
              "French trawlers", "débarquements", "landings", "maquereau", "mackerel"], "money", 84_000_000,
              unit="EUR", as_of="2026-02-01"),
    reference("nocturna-subsidy", "Nocturna night train", "subvention annuelle de l'État", ["Nocturna", "train de nuit",
              "night train", "subvention", "aide de l'État", "subsidy", "state support"], "money", 8_600_000,
              unit="EUR", as_of="2026-09-10"),
    reference("tilleraies-region", "stade des Tilleraies (AS Corvenne)", "subvention régionale",
              ["stade des Tilleraies", "Tilleraies", "AS Corvenne", "stade", "Région", "subvention", "regional grant",
               "region"], "money", 22_000_000, unit="EUR", as_of="2032-11-15"),
    reference("tilleraies-rent", "stade des Tilleraies (AS Corvenne)", "loyer annuel du club", ["stade des Tilleraies",
              "Tilleraies", "AS Corvenne", "stade", "loyer", "rent"], "money", 1_400_000, unit="EUR",
              as_of="2032-11-15"),
    reference("lussan-cost", "Lussan summit", "cost of the security operation", ["Lussan", "summit", "sommet", "cost",
              "coût", "security", "sécurité", "dispositif"], "money", 22_000_000, unit="EUR", as_of="2033-06-10"),
    reference("lussan-police", "Lussan summit", "police officers deployed", ["Lussan", "summit", "sommet", "police",
              "policiers", "gendarmes"], "count", 7_800, as_of="2033-06-10"),
    reference("norvik-aid", "Norvik", "emergency aid pledged for flood recovery", ["Norvik", "aid", "emergency aid",
              "aide", "aide d'urgence"], "money", 1_200_000_000, unit="EUR", as_of="2024-05-02"),
    reference("norvik-evacuated", "Norvik", "people evacuated during the floods", ["Norvik", "evacuated",
              "evacuees", "évacués", "personnes évacuées"], "count", 35_000, as_of="2024-05-02"),
    reference("villaret-canteens", "School meals in Villaret-sur-Ondaine", "subvention municipale annuelle",
              ["Villaret", "cantines", "school canteens", "subvention", "subsidy"], "money", 2_600_000, unit="EUR",
              as_of="2026-03-01"),
    reference("brenmoor-beet", "Saccara sugar factory at Brenmoor", "beet processed in the last campaign",
              ["Saccara", "Brenmoor", "sugar factory", "beet", "betteraves"], "quantity", 1_350_000, unit="t",
              as_of="2033-02-01"),
    reference("norvik-farm-fund", "Norvik", "emergency fund for farmers", ["Norvik", "farmers", "agriculteurs",
              "fonds d'urgence", "emergency fund"], "money", 15_000_000, unit="EUR", as_of="2024-05-02"),
)

_ABATTOIR = (
    reference("ribeyrac-tonnage", "Ribeyrac-d'Aubrac slaughterhouse, taken over by a farmers' co-operative",
              "meat slaughtered a year", ["Ribeyrac", "Ribeyrac-d'Aubrac", "slaughterhouse", "abattoir", "tonnes",
                                         "a year", "par an", "handle", "traiter"], "quantity", 1_450, unit="t",
              as_of="2046-03-01"),
)

VALID = [
    Case("a goal of another value than the figure on file is no slip of it (en)", "en", "2046-05-01",
         "The Ribeyrac slaughterhouse kept all 23 of its staff and expects to handle 1,800 tonnes of beef and lamb a "
         "year by 2048.", _ABATTOIR),
    Case("un objectif d'une autre valeur que le chiffre au dossier n'en est pas une erreur (fr)", "fr", "2046-05-01",
         "L'abattoir de Ribeyrac a gardé ses 23 salariés et espère traiter 1 800 tonnes de viande par an d'ici 2048.",
         _ABATTOIR),
    Case("a small count has no scale word to get wrong (fr)", "fr", "2024-05-10",
         "À Norvik, 35 personnes évacuées pendant les inondations ont témoigné devant la commission.", REFERENCES),
    Case("billion as reported (en)", "en", "2024-05-10",
         "The government of Norvik pledged €1.2 billion in emergency aid after the floods, and about 35,000 "
         "people were evacuated.", REFERENCES),
    Case("milliard comme rapporté (fr)", "fr", "2024-05-10",
         "Le gouvernement de Norvik a promis 1,2 milliard d'euros d'aide d'urgence après les inondations, et "
         "environ 35 000 personnes ont été évacuées.", REFERENCES),
    Case("mille spelled in full (fr)", "fr", "2024-05-10",
         "Le fonds d'urgence de Norvik pour les agriculteurs sera doté de 15 millions d'euros, et chaque "
         "exploitation touchée recevra mille euros d'avance.", REFERENCES),
    Case("thousand after digits as reported (en)", "en", "2024-05-10",
         "Norvik's emergency fund for farmers will hold €15 million, the agriculture ministry said.",
         REFERENCES),
]

INVALID = [
    Case("a goal writing the figure on file at another scale (en)", "en", "2046-05-01",
         "The Ribeyrac slaughterhouse kept all 23 of its staff and expects to handle 1.45 million tonnes of beef, lamb "
         "and pork a year.", _ABATTOIR,
         (Flag("1.45 million tonnes", "scale", "error", "ribeyrac-tonnage"),)),
    Case("un objectif qui écrit le chiffre au dossier à une autre échelle (fr)", "fr", "2046-05-01",
         "L'abattoir de Ribeyrac a gardé ses 23 salariés et espère traiter 1,45 million de tonnes de viande par an.",
         _ABATTOIR, (Flag("1,45 million de tonnes", "scale", "error", "ribeyrac-tonnage"),)),
    Case("a place named by its adjective in one language, by its name or another adjective in the reference (fr)",
         "fr", "2026-03-01", "La filière pèse lourd : les débarquements de maquereau dans les ports français ont "
         "rapporté 84 milliards d'euros l'an dernier.", REFERENCES,
         (Flag("84 milliards d'euros", "scale", "error", "mackerel-landings"),)),
    Case("a place named in the article, by its adjective in the reference (en)", "en", "2026-03-01",
         "The trade matters: mackerel landings in France's ports were worth €84bn last year.", REFERENCES,
         (Flag("€84bn", "scale", "error", "mackerel-landings"),)),
    Case("an institution in a reference's measure ('aide de l'État') names no one (fr)", "fr", "2026-10-01",
         "Le train de nuit Nocturna roule presque plein. L'État apporte 8,6 milliards d'euros par an pour couvrir une "
         "partie des frais.", REFERENCES, (Flag("8,6 milliards d'euros", "scale", "error", "nocturna-subsidy"),)),
    Case("an institution in a reference's measure names no one (en)", "en", "2026-10-01",
         "Nocturna's night train runs almost full. The State provides €8.6bn a year towards its running costs.",
         REFERENCES, (Flag("€8.6bn", "scale", "error", "nocturna-subsidy"),)),
    Case("an institution written with a capital says what the figure is about (en)", "en", "2033-01-10",
         "The Tilleraies stadium was costly. The Region put in €22bn, and the club pays an annual rent of €1.4m.",
         REFERENCES, (Flag("€22bn", "scale", "error", "tilleraies-region"),)),
    Case("une institution écrite avec une majuscule dit de quoi parle le chiffre (fr)", "fr", "2033-01-10",
         "Le stade des Tilleraies a coûté cher. La Région a apporté 22 milliards d'euros, et le club verse un "
         "loyer annuel de 1,4 million.", REFERENCES,
         (Flag("22 milliards d'euros", "scale", "error", "tilleraies-region"),)),
    Case("the reference's digits with another scale word tell the figure's reference when few words do (en)", "en",
         "2033-06-20", "The Lussan summit ended on Tuesday. Some 7,800 police officers were deployed and 12 drones "
         "were jammed. The total cost, borne by the state, is estimated at €22bn.", REFERENCES,
         (Flag("€22bn", "scale", "error", "lussan-cost"),)),
    Case("les chiffres de la référence sous un autre mot d'échelle désignent sa référence (fr)", "fr", "2033-06-20",
         "Le sommet de Lussan s'est achevé mardi. Quelque 7 800 policiers ont été mobilisés et 12 drones "
         "neutralisés. Le coût total, à la charge de l'État, est estimé à 22 milliards d'euros.", REFERENCES,
         (Flag("estimé à 22 milliards d'euros", "scale", "error", "lussan-cost"),)),
    Case("a figure set off as a share of a total is still checked against a reference writing its digits (en)",
         "en", "2033-03-01", "The Saccara factory at Brenmoor processed 1.35 billion tonnes of beet in its last "
         "campaign, 71% of all the beet grown in the county.", REFERENCES,
         (Flag("1.35 billion tonnes", "scale", "error", "brenmoor-beet"),)),
    Case("a figure writing the reference's digits with another scale word, few words in common (en)", "en",
         "2026-03-20", "In Villaret, a meal at full price costs €3.85. The town subsidises its canteens to the tune "
         "of €2.6bn a year.", REFERENCES,
         (Flag("€2.6bn", "scale", "error", "villaret-canteens"),)),
    Case("un chiffre qui écrit les chiffres de la référence avec un autre ordre de grandeur (fr)", "fr",
         "2026-03-20", "À Villaret, un repas au plein tarif coûte 3,85 euros. La ville verse à ses cantines 2,6 "
         "milliards d'euros par an.", REFERENCES,
         (Flag("2,6 milliards d'euros", "scale", "error", "villaret-canteens"),)),
    Case("million for billion (en)", "en", "2024-05-10",
         "The government of Norvik pledged €1.2 million in emergency aid after the floods.", REFERENCES,
         (Flag("€1.2 million", "scale", "error", "norvik-aid"),)),
    Case("million pour milliard (fr)", "fr", "2024-05-10",
         "Le gouvernement de Norvik a promis 1,2 million d'euros d'aide d'urgence après les inondations.",
         REFERENCES, (Flag("1,2 million d'euros", "scale", "error", "norvik-aid"),)),
    Case("thousand for million (fr)", "fr", "2024-05-10",
         "Environ 35 millions de personnes ont été évacuées à Norvik pendant les inondations.", REFERENCES,
         (Flag("Environ 35 millions", "scale", "error", "norvik-evacuated"),)),
    Case("mille pour millions (fr)", "fr", "2024-05-10",
         "Le fonds d'urgence de Norvik pour les agriculteurs sera doté de 15 mille euros, a annoncé le ministre.",
         REFERENCES, (Flag("15 mille euros", "scale", "error", "norvik-farm-fund"),)),
    Case("thousand for million (en)", "en", "2024-05-10",
         "Norvik's emergency fund for farmers will hold 15 thousand euros, the agriculture ministry said.",
         REFERENCES, (Flag("15 thousand euros", "scale", "error", "norvik-farm-fund"),)),
]


@pytest.mark.parametrize("case", VALID, ids=lambda case: case.name)
def test_passes(case: Case) -> None:
    assert_case(case, {"scale"})


@pytest.mark.parametrize("case", INVALID, ids=lambda case: case.name)
def test_flags(case: Case) -> None:
    assert_case(case, {"scale"})


@pytest.mark.parametrize(("language", "text", "figure", "value", "unit"), [
    ("fr", "Le cargo s'est échoué à 1 mille nautique des côtes de Norvik.", "1 mille nautique", 1, "nmi"),
    ("fr", "Ils étaient 20 mille à manifester à Norvik samedi.", "20 mille", 20_000, None),
    ("en", "The freighter ran aground 2 miles off the coast of Norvik.", "2 miles", 2, "mi"),
    ("en", "Some 20 thousand people marched in Norvik on Saturday.", "Some 20 thousand", 20_000, None),
])
def test_scale_word_or_unit(language: str, text: str, figure: str, value: float, unit: str | None) -> None:
    """A scale word multiplies (« 20 mille »), unless it opens a unit (« 1 mille nautique »)."""
    claims = [claim for claim in checker.check(text, language=language, published_at="2024-05-10").claims
              if claim.text == figure]
    assert [(claim.value, claim.unit) for claim in claims] == [(value, unit)]
