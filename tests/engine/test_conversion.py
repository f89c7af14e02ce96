"""conversion (category unit_error): a conversion written in the text that does not match."""

from __future__ import annotations

import pytest
from rule_tester import Case, Flag, assert_case

VALID = [
    Case("a conversion set off after several words of one clause, right; another clause's figure is none (en)",
         "en", "2046-04-01",
         "The smokehouse handles 85 tonnes of salmon and sea trout from the loch a year, or 85,000 kilos. It bought "
         "12 tonnes of alder chips, smoked in the old kiln, or 600 kilos a month.", ()),
    Case("une conversion après plusieurs mots d'une même proposition, juste (fr)", "fr", "2046-04-01",
         "Le fumoir traite 85 tonnes de saumon et de truite de mer par an, soit 85 000 kilos, et fait vivre 11 "
         "salariés.", ()),
    Case("« milles » on land are statute miles (fr)", "fr", "2046-03-01",
         "Le fumier arrive à la ferme par une canalisation enterrée de 11 milles, soit près de 18 km.", ()),
    Case("« milles » at sea are nautical miles (fr)", "fr", "2046-03-01",
         "Le cargo a sombré à 12 milles des côtes, soit 22 km.", ()),
    Case("miles on land, in English, are statute miles (en)", "en", "2046-03-01",
         "Manure reaches the farm through a buried pipeline 11 miles long, or nearly 18 km.", ()),
    Case("an unhedged rough conversion after a comma, right (en)", "en", "2046-03-01",
         "His round is not the longest: the one along the lake covers 74 kilometres, 46 miles as people here still "
         "say.", ()),
    Case("une conversion approximative sans réserve après une virgule, juste (fr)", "fr", "2046-03-01",
         "Sa tournée n'est pas la plus longue : celle des bords du lac atteint 74 kilomètres, 46 miles comme on dit "
         "encore ici.", ()),
    Case("two lengths far apart after a comma are no conversion (en)", "en", "2046-03-01",
         "The loop covers 5 km, 12 miles of trails in all once the forest paths are added.", ()),
    Case("a quoted rough conversion that fits, after the figure's noun (en)", "en", "2046-03-05",
         "The musicians covered 1,650 kilometres of road on the way out, \"more than 1,000 miles\", the Scottish "
         "trombonist worked out.", ()),
    Case("une conversion approximative citée qui tombe juste, après le nom du chiffre (fr)", "fr", "2046-03-05",
         "Les musiciens ont avalé 1 650 kilomètres de route à l'aller, « plus de 1 000 miles », a calculé le "
         "tromboniste écossais.", ()),
    Case("a far larger length after a comma is another length, not a conversion (en)", "en", "2046-03-05",
         "The band covered 1,650 kilometres on the way out, nearly 9,000 miles since its first tour.", ()),
    Case("a hedged figure after a bare comma, right (en)", "en", "2046-06-01",
         "Each week the delivery round covers 140 km, nearly 90 miles as the old hands still say.", ()),
    Case("two lengths after a bare comma are no conversion (en)", "en", "2046-06-01",
         "The trawler, 62 feet long, about eight nautical miles offshore, lost its engine.", ()),
    Case("the conversion of an upper bound converts the bound, right (en)", "en", "2046-04-01",
         "The longest rods measure up to 2.8 metres (about 9 feet), a length basket makers prize.", ()),
    Case("la conversion d'une borne haute convertit la borne, juste (fr)", "fr", "2046-04-01",
         "Les brins les plus longs mesurent jusqu'à 2,8 mètres (environ 9 pieds), une longueur recherchée.", ()),
    Case("'about' rounds a conversion to its last digit, right (en)", "en", "2045-03-20",
         "The tallest pipe, at 9.8 metres (about 32 feet), had to be rolled in a shed.", ()),
    Case("« environ » arrondit une conversion à son dernier chiffre, juste (fr)", "fr", "2045-03-20",
         "Le plus grand tuyau, de 9,8 mètres (environ 32 pieds), a dû être roulé dans un hangar.", ()),
    Case("'about 30 feet' rounds to the ten (en)", "en", "2045-03-20",
         "The tallest pipe, at 9.8 metres (about 30 feet), had to be rolled in a shed.", ()),
    Case("the same unit after « soit » is a rate, not a conversion (fr)", "fr", "2026-06-22",
         "L'an dernier, les exploitations de la baie ont produit 8 700 tonnes d'huîtres, soit environ 7,6 tonnes "
         "à l'hectare.", ()),
    Case("une conversion « , soit » après quelques mots, juste (fr)", "fr", "2028-07-05",
         "Sa charpente franchit 96 mètres d'un seul tenant, soit près de 315 pieds, un record pour la région.", ()),
    Case("a conversion after the dimension's word, right (en)", "en", "2027-06-04",
         "Two liners tied up at the new pier, 420 metres long (1,380 feet), with 7,600 passengers between them.", ()),
    Case("an amount each after 'or' is a share, not a conversion (en)", "en", "2046-09-10",
         "The 38 growers sold 3.2 tonnes of black truffles, or about 120 kilos each.", ()),
    Case("un montant « chacun » après « soit » est une part, pas une conversion (fr)", "fr", "2046-09-10",
         "Les 38 producteurs ont vendu 3,2 tonnes de truffes noires, soit environ 120 kilos chacun.", ()),
    Case("a conversion after what the figure measures, right (en)", "en", "2046-03-19",
         "The frieze swallowed 38 kilometres of linen thread (23.6 miles) and 14,500 hours of work.", ()),
    Case("une conversion après ce que mesure le chiffre, juste (fr)", "fr", "2046-03-19",
         "La frise a englouti 38 kilomètres de fil de lin (23,6 miles) et 14 500 heures de travail.", ()),
    Case("des livres après un poids en kilos sont un poids, juste (fr)", "fr", "2046-09-18",
         "Haute de 71 cm et lourde de 6,4 kg (près de 14 livres), l'épergne ornait la table d'un évêque.", ()),
    Case("right conversion (en)", "en", "2024-06-01",
         "The new runway at Lorn airport is 3.2 km (2 miles) long and opened in May.", ()),
    Case("conversion juste (fr)", "fr", "2024-06-01",
         "La nouvelle piste de l'aéroport de Lorn mesure 3,2 km (2 miles) et a ouvert en mai.", ()),
]

INVALID = [
    Case("a conversion set off after several words of one clause, wrong (en)", "en", "2046-04-01",
         "The smokehouse handles 85 tonnes of salmon and sea trout from the loch a year, or 8,500 kilos, and employs "
         "11 people.", (), (Flag("8,500 kilos", "unit_error", "error"),)),
    Case("une conversion après plusieurs mots d'une même proposition, fausse (fr)", "fr", "2046-04-01",
         "Le fumoir traite 85 tonnes de saumon et de truite de mer par an, soit 8 500 kilos, et fait vivre 11 "
         "salariés.", (), (Flag("8 500 kilos", "unit_error", "error"),)),
    Case("an unhedged rough conversion after a comma, wrong (en)", "en", "2046-03-01",
         "His round is not the longest: the one along the lake covers 74 kilometres, 56 miles as people here still "
         "say.", (), (Flag("56 miles", "unit_error", "error"),)),
    Case("une conversion approximative sans réserve après une virgule, fausse (fr)", "fr", "2046-03-01",
         "Sa tournée n'est pas la plus longue : celle des bords du lac atteint 74 kilomètres, 56 miles comme on dit "
         "encore ici.", (), (Flag("56 miles", "unit_error", "error"),)),
    Case("a quoted rough conversion done the wrong way, after the figure's noun (en)", "en", "2046-03-05",
         "The musicians covered 1,650 kilometres of road on the way out, \"more than 2,600 miles\", the Scottish "
         "trombonist worked out.", (), (Flag("more than 2,600 miles", "unit_error", "error"),)),
    Case("une conversion approximative citée, faite à l'envers, après le nom du chiffre (fr)", "fr", "2046-03-05",
         "Les musiciens ont avalé 1 650 kilomètres de route à l'aller, « plus de 2 600 miles », a calculé le "
         "tromboniste écossais.", (), (Flag("plus de 2 600 miles", "unit_error", "error"),)),
    Case("a hedged figure after a bare comma is a rough conversion, wrong (en)", "en", "2046-06-01",
         "Each week the delivery round covers 140 km, nearly 110 miles as the old hands still say.", (),
         (Flag("nearly 110 miles", "unit_error", "error"),)),
    Case("un nombre approché après une simple virgule est une conversion, fausse (fr)", "fr", "2046-06-01",
         "Chaque semaine, la tournée couvre 140 km, près de 110 miles comme disent encore les anciens.", (),
         (Flag("près de 110 miles", "unit_error", "error"),)),
    Case("the conversion of an upper bound converts the bound, wrong (en)", "en", "2046-04-01",
         "The longest rods measure up to 2.8 metres (about 6 feet), a length basket makers prize.", (),
         (Flag("about 6 feet", "unit_error", "error"),)),
    Case("la conversion d'une borne haute convertit la borne, fausse (fr)", "fr", "2046-04-01",
         "Les brins les plus longs mesurent jusqu'à 2,8 mètres (environ 6 pieds), une longueur recherchée.", (),
         (Flag("environ 6 pieds", "unit_error", "error"),)),
    Case("'about' does not stretch a conversion by a tenth (en)", "en", "2045-03-20",
         "The tallest pipe, at 9.8 metres (about 29 feet), had to be rolled in a shed.", (),
         (Flag("about 29 feet", "unit_error", "error"),)),
    Case("« environ » n'élargit pas une conversion d'un dixième (fr)", "fr", "2045-03-20",
         "Le plus grand tuyau, de 9,8 mètres (environ 29 pieds), a dû être roulé dans un hangar.", (),
         (Flag("environ 29 pieds", "unit_error", "error"),)),
    Case("une conversion « , soit » après quelques mots, fausse (fr)", "fr", "2028-07-05",
         "Sa charpente franchit 96 mètres d'un seul tenant, soit près de 400 pieds, un record pour la région.", (),
         (Flag("près de 400 pieds", "unit_error", "error"),)),
    Case("a conversion after the dimension's word, wrong (en)", "en", "2027-06-04",
         "Two liners tied up at the new pier, 420 metres long (1,050 feet), with 7,600 passengers between them.",
         (), (Flag("1,050 feet", "unit_error", "error"),)),
    Case("a conversion after what the figure measures, wrong (en)", "en", "2046-03-19",
         "The frieze swallowed 38 kilometres of linen thread (16 miles) and 14,500 hours of work.", (),
         (Flag("16 miles", "unit_error", "error"),)),
    Case("une conversion après ce que mesure le chiffre, fausse (fr)", "fr", "2046-03-19",
         "La frise a englouti 38 kilomètres de fil de lin (16 miles) et 14 500 heures de travail.", (),
         (Flag("16 miles", "unit_error", "error"),)),
    Case("des livres après un poids en kilos sont un poids, faux (fr)", "fr", "2046-09-18",
         "Haute de 71 cm et lourde de 6,4 kg (près de 19 livres), l'épergne ornait la table d'un évêque.", (),
         (Flag("près de 19 livres", "unit_error", "error"),)),
    Case("wrong conversion (en)", "en", "2024-06-01",
         "The new runway at Lorn airport is 3.2 km (3.2 miles) long and opened in May.", (),
         (Flag("3.2 miles", "unit_error", "error"),)),
    Case("conversion fausse (fr)", "fr", "2024-06-01",
         "La nouvelle piste de l'aéroport de Lorn mesure 3,2 km (3,2 miles) et a ouvert en mai.", (),
         (Flag("3,2 miles", "unit_error", "error"),)),
]


@pytest.mark.parametrize("case", VALID, ids=lambda case: case.name)
def test_passes(case: Case) -> None:
    assert_case(case, {"unit_error"})


@pytest.mark.parametrize("case", INVALID, ids=lambda case: case.name)
def test_flags(case: Case) -> None:
    assert_case(case, {"unit_error"})
