"""value_mismatch: a figure that contradicts its reference beyond rounding and tolerance."""

from __future__ import annotations

import pytest
from rule_tester import Case, Flag, assert_case, reference

import checker

REFERENCES = (
    reference("marlaud-sales-2035", "Confections Marlaud", "chiffre d'affaires 2035", ["Marlaud", "Confections "
              "Marlaud", "sales", "ventes", "chiffre d'affaires", "revenue"], "money", 63_200_000, unit="EUR",
              as_of="2036-03-01"),
    reference("orval-visitors-2032", "Abbaye d'Orval-le-Haut", "visiteurs accueillis en 2032", ["Orval-le-Haut",
              "abbaye", "abbey", "visiteurs", "visitors"], "count", 96_000, qualifier="approx", as_of="2033-01-15"),
    reference("carnac-spectators", "Festival de Carnac", "nombre de spectateurs", ["Carnac", "festival de Carnac",
              "festival", "spectateurs", "public"], "count", 41_000, as_of="2031-08-20"),
    reference("nebulys-renewables", "Nebulys", "part de l'électricité achetée à des producteurs renouvelables",
              ["Nebulys", "centre de données", "électricité", "renouvelable", "éolien", "solaire"], "percent", 74,
              unit="%", as_of="2032-02-01"),
    reference("sarrasine-wolves", "Sarrasine massif", "wolves living in the massif", ["Sarrasine", "massif de la "
              "Sarrasine", "wolves", "wolf", "loups", "loup", "pack", "meute"], "count", 104, as_of="2026-03-01"),
    reference("vionne-evacuated", "Crue de la Vionne", "personnes évacuées", ["Vionne", "crue de la Vionne",
              "Vionne floods", "flood", "évacués", "evacuated", "people evacuated"], "count", 1_800,
              qualifier="approx", as_of="2028-03-10"),
    reference("kerlune-box-office", "The Kerlune Lighthouse (film)", "worldwide box office", ["Kerlune Lighthouse",
              "Phare de Kerlune", "Kerlune", "film", "box office", "worldwide", "recettes mondiales", "recettes"],
              "money", 96_000_000, unit="USD", qualifier="more_than", as_of="2026-05-10"),
    reference("ruthven-turbines", "Ruthven Sound tidal array", "turbines installed", ["Ruthven", "tidal array",
              "parc hydrolien", "turbines", "hydroliennes"], "count", 32, as_of="2032-04-26"),
    reference("braxton-salary", "Braxton County schools", "starting salary of a newly qualified teacher",
              ["Braxton", "teacher", "enseignant", "salary", "salaire", "starts on", "débute"], "money", 33_900,
              unit="GBP", as_of="2032-07-01"),
    reference("vern-outbreaks", "Bird flu in the Marches-du-Vern", "outbreaks on farms", ["Marches-du-Vern",
              "bird flu", "grippe aviaire", "influenza aviaire", "outbreaks", "foyers"], "count", 61,
              as_of="2026-02-02"),
    reference("brenner-revenue-2023", "Brenner Logistics", "revenue in 2023", ["Brenner", "revenue", "sales",
              "chiffre d'affaires", "ventes"], "money", 4_800_000_000, unit="USD", as_of="2024-02-20"),
    reference("veldt-population", "Veldt", "population of the city", ["Veldt", "population", "residents",
              "inhabitants", "habitants"], "count", 1_180_000, as_of="2023-07-01"),
    reference("veldt-rate", "Veldt central bank", "key interest rate", ["Veldt", "central bank", "key rate",
              "interest rate", "banque centrale", "taux directeur"], "percent", 4.5, unit="%", as_of="2024-02-01"),
    reference("veldt-dc-share", "Veldt", "share of electricity used by data centres", ["Veldt", "data centres",
              "electricity", "centres de données", "électricité"], "percent", 21, unit="%", as_of="2024-02-01"),
    reference("northstar-jackpot", "Northstar lottery", "jackpot of the draw", ["Northstar", "jackpot", "lottery",
              "prize", "cagnotte"], "money", 168_000_000, unit="USD", as_of="2024-06-10"),
    reference("bramont-homeless", "Bramont homelessness count", "people counted sleeping rough", ["Bramont",
              "homeless", "sans-abri", "personnes recensées", "people counted"], "count", 1_148, as_of="2027-02-16"),
    reference("brandal-heat-cost", "Brandal geothermal heat network", "cost of the project", ["Brandal",
              "heat network", "geothermal", "réseau de chaleur", "cost", "coût"], "money", 142_000_000, unit="EUR",
              as_of="2027-01-20"),
    reference("vauclerc-trolleybus-order", "Vauclerc trolleybus network", "cost of the order for new trolleybuses",
              ["Vauclerc", "trolleybus", "trolleybuses", "RTV", "order", "commande", "coût"], "money", 31_200_000,
              unit="EUR", as_of="2046-05-02"),
)

EASTHOLM = (
    reference("eastholm-prize", "Eastholm track cycling festival", "total prize money", ["Eastholm", "festival de "
              "piste d'Eastholm", "track festival", "prize money", "dotation", "prize fund"], "money", 180_000,
              unit="GBP", as_of="2045-10-20"),
)

FALAISE = (
    reference("falaise-members", "La Falaise Urbaine climbing hall", "members", ["La Falaise Urbaine",
              "Falaise Urbaine", "climbing hall", "salle d'escalade", "members", "abonnés", "adhérents"], "count",
              2_050, as_of="2045-06-30"),
    reference("halden-traffic-2044", "Halden bridge", "vehicles that crossed in 2044", ["Halden bridge",
              "pont de Halden", "vehicles", "véhicules", "traffic", "trafic"], "count", 9_400_000, as_of="2045-01-10"),
)

CORRAVEL = (
    reference("corravel-trust-share", "Corravel Minster organ restoration", "share of the cost met by the Fenland "
              "Heritage Trust", ["Corravel Minster organ", "Corravel", "restoration", "restauration",
              "Fenland Heritage Trust", "share", "part du coût"], "percent", 35, unit="%", as_of="2044-11-05"),
)

LOSSES = (
    reference("marrec-leaks", "Régie des eaux de Marrec", "share of drinking water lost to leaks", ["Marrec",
              "water utility", "régie des eaux", "leaks", "fuites", "water", "eau", "lost", "perdue"], "percent", 22,
              unit="%", as_of="2045-01-15"),
    reference("westmarch-bees", "Westmarch beekeepers", "part des colonies perdues pendant l'hiver", ["Westmarch",
              "apiculteurs", "beekeepers", "colonies", "perdues", "lost"], "percent", 34, unit="%",
              as_of="2045-04-01"),
)

ROSE_WINDOW = (
    reference("hallowmere-cost", "Hallowmere Minster rose window", "cost of the restoration", ["Hallowmere",
              "rose window", "rosace", "restoration", "restauration", "cost", "coût", "bill", "facture"], "money",
              2_750_000, unit="GBP", as_of="2045-02-01"),
)

COCOA = (
    reference("cocoa-record", "Cocoa futures", "record price per tonne", ["cocoa", "cacao", "futures",
              "record", "New York"], "money", 11_880, unit="USD", as_of="2024-04-20"),
)


ST_ODRIN = (
    reference("odrin-windows", "St Odrin's church", "stained-glass windows in the church", ["St Odrin's",
              "Saint-Odrin", "church", "église", "stained-glass windows", "windows", "vitraux", "verrières"], "count",
              26, as_of="2045-05-22"),
    reference("odrin-broken", "St Odrin's church", "windows broken by the hail", ["St Odrin's", "Saint-Odrin",
              "church", "église", "stained-glass windows", "windows", "vitraux", "verrières", "broken", "brisés"],
              "count", 17, as_of="2045-05-22"),
)


KENNELS = (
    reference("kennel-inspections", "programme provincial d'inspection des élevages canins",
              "élevages inspectés en 2044", ["inspection des élevages", "inspections", "province", "kennels",
                                             "breeders", "kennel inspections"], "count", 412, as_of="2045-01-20"),
)


LORVANE = (
    reference("lorvane-strikers", "Grève aux hôpitaux universitaires de Lorvane", "part du personnel en grève",
              ["Lorvane", "CHU de Lorvane", "grève", "strike", "grévistes", "strikers", "staff"], "percent", 46,
              unit="%", as_of="2026-01-19"),
)


SEALS = (
    reference("orrin-seals", "Cape Orrin seal colony", "fur seals in the Cape Orrin colony", ["Cape Orrin", "colony",
              "fur seals", "colonie du cap Orrin", "cap Orrin", "otaries"], "count", 18_000, qualifier="approx",
              as_of="2045-09-01"),
)

AVALANCHE = (
    reference("pralvert-deaths", "Avalanche du couloir des Aiguilles (Pralvert)", "nombre de morts",
              ["Pralvert", "avalanche", "couloir des Aiguilles", "Aiguilles gully", "morts", "tués", "dead",
               "deaths", "killed"], "count", 6, as_of="2046-02-23"),
)

ORRIN_VOTE = (
    reference("orrin-dam-registered", "Orrin dam referendum", "registered voters", ["Orrin", "dam", "barrage",
              "referendum", "référendum", "registered voters", "electors", "inscrits", "électeurs inscrits"], "count",
              61_300, as_of="2046-05-02"),
)

VALID = [
    Case("two swapped digits tell a slip only with three significant digits or more (en)", "en", "2046-06-01",
         "Vauclerc's transport authority, the RTV, has ordered 24 new trolleybuses for €13 million.", REFERENCES),
    Case("a share lost is the share a reference of losses gives, right (en)", "en", "2045-06-01",
         "The Marrec water utility still loses 22% of the water it treats before it reaches a tap.", LOSSES, ()),
    Case("une part perdue est celle d'une référence de pertes, juste (fr)", "fr", "2045-06-01",
         "Les apiculteurs de Westmarch ont perdu 34 % de leurs colonies cet hiver.", LOSSES, ()),
    Case("a share of the bill is a share of the cost, right (en)", "en", "2045-03-01",
         "The Corravel organ restoration is paid for. The Fenland Heritage Trust met 35% of the bill.", CORRAVEL, ()),
    Case("une part de la facture est une part du coût, juste (fr)", "fr", "2045-03-01",
         "La restauration de l'orgue de Corravel est financée. Le Fenland Heritage Trust a pris en charge 35 % de la "
         "facture.", CORRAVEL, ()),
    Case("a figure per day is not compared with a year's count (en)", "en", "2045-07-10",
         "The Halden bridge now carries 26,000 vehicles a day, the council said.", FALAISE, ()),
    Case("un chiffre par jour n'est pas comparé au total d'une année (fr)", "fr", "2045-07-10",
         "Le pont de Halden voit désormais passer 26 000 véhicules par jour, selon la mairie.", FALAISE, ()),
    Case("« livres » of an article that pays in pounds, the right amount (fr)", "fr", "2045-11-10",
         "Le festival de piste d'Eastholm a vendu 14 200 billets pour 1,2 million de livres. Seize équipes s'y sont "
         "affrontées pour une dotation totale de 180 000 livres.", EASTHOLM, ()),
    Case("a figure someone expects is no fact to compare (en)", "en", "2033-03-01",
         "The cloister of Orval-le-Haut abbey, closed since 2030, is due to reopen in July, and the abbey expects "
         "120,000 visitors this year once it does.", REFERENCES),
    Case("un chiffre sur lequel on compte n'est pas un fait à comparer (fr)", "fr", "2033-03-01",
         "Le cloître de l'abbaye d'Orval-le-Haut, fermé depuis 2030, doit rouvrir en juillet, et l'abbaye compte "
         "sur 120 000 visiteurs cette année.", REFERENCES),
    Case("a number in words slips no zero: a few machines are no count of the array (en)", "en", "2032-11-20",
         "At Ruthven, not every machine has pulled its weight. Three turbines were lifted out for repairs in "
         "September.", REFERENCES),
    Case("un nombre en lettres ne perd pas de zéro (fr)", "fr", "2032-11-20",
         "À Ruthven, toutes les machines n'ont pas tenu. Trois hydroliennes ont été sorties de l'eau en "
         "septembre pour réparation.", REFERENCES),
    Case("a slip of a zero keeps the digits: '£3,000' is no slip of £33,900 (en)", "en", "2032-11-20",
         "In Braxton, teachers of shortage subjects get a £3,000 bonus on top of their salary.", REFERENCES),
    Case("un zéro glissé garde les chiffres (fr)", "fr", "2032-11-20",
         "À Braxton, le salaire d'un enseignant débutant est complété par une prime de 3 000 livres sterling.",
         REFERENCES),
    Case("a part set off after its whole ('including') keeps off the whole's reference (en)", "en", "2026-02-20",
         "In the Marches-du-Vern, the prefecture now counts 61 bird flu outbreaks on farms, including 48 on duck "
         "farms.", REFERENCES),
    Case("une partie après son tout (« dont ») n'a pas la référence du tout (fr)", "fr", "2026-02-20",
         "Dans les Marches-du-Vern, la préfecture recense désormais 61 foyers de grippe aviaire en élevage, dont "
         "48 chez des producteurs de canards.", REFERENCES),
    Case("a figure dated years before the report is another time's (en)", "en", "2024-06-20",
         "This week's Northstar lottery jackpot is the second largest in its history, behind the $210m won by a "
         "single player in 2019.", REFERENCES),
    Case("un chiffre d'une autre époque, daté dans sa proposition (fr)", "fr", "2027-02-20",
         "À Bramont, 1 148 personnes ont été recensées sans abri. C'est 16 % de plus que lors de l'édition "
         "précédente, en janvier 2025, où 986 personnes avaient été recensées.", REFERENCES),
    Case("rounded figure covers the reference (en)", "en", "2024-03-01",
         "Brenner Logistics said its revenue reached $4.8 billion last year. The port city of Veldt, home to "
         "1.2 million residents, hosts its largest terminal.", REFERENCES),
    Case("rounded figure covers the reference (fr)", "fr", "2024-03-01",
         "Brenner Logistics a annoncé un chiffre d'affaires de 4,8 milliards de dollars l'an dernier. La ville "
         "portuaire de Veldt, qui compte 1,2 million d'habitants, accueille son principal terminal.", REFERENCES),
    Case("a figure about something else is left alone (en)", "en", "2024-03-01",
         "Brenner Logistics said its revenue reached $4.8 billion last year. Its chief executive earns "
         "$2.1 million a year.", REFERENCES),
    Case("a figure three times off is about something else (en)", "en", "2024-03-01",
         "About 400,000 residents of Veldt commute to the port every day, the city said.", REFERENCES),
    Case("un chiffre trois fois trop petit parle d'autre chose (fr)", "fr", "2024-03-01",
         "Environ 400 000 habitants de Veldt se rendent chaque jour au port, selon la mairie.", REFERENCES),
    Case("a share seven times smaller is another share (en)", "en", "2024-03-01",
         "Veldt is an outlier: across the region, data centres account for less than 3% of electricity "
         "demand.", REFERENCES),
    Case("une part sept fois plus petite est une autre part (fr)", "fr", "2024-03-01",
         "Veldt fait figure d'exception : dans la région, les centres de données représentent moins de 3 % de "
         "la demande d'électricité.", REFERENCES),
    Case("a part of a cost another figure gives is no cost of its own (en)", "en", "2045-03-01",
         "Glaziers fitted 1.8 tonnes of new lead to the rose window of Hallowmere Minster. The restoration cost "
         "£2.75 million. The Hallowmere Heritage Trust gave £1.1 million, more than half of the bill, and the "
         "remaining £1.65 million came from an appeal that drew gifts from more than 4,000 people.", ROSE_WINDOW),
    Case("une part d'un coût qu'un autre chiffre donne n'est pas un coût (fr)", "fr", "2045-03-01",
         "Les verriers ont posé 1,8 tonne de plomb neuf sur la rosace de Hallowmere. La restauration a coûté 2,75 "
         "millions de livres. La fondation a apporté 1,1 million de livres, plus de la moitié de la facture, et "
         "les 1,65 million de livres restants sont venus d'une souscription auprès de plus de 4 000 donateurs.",
         ROSE_WINDOW),
    Case("the whole of 'N of M' keeps the reference it writes, the part the other (en)", "en", "2045-05-25",
         "A hailstorm hit Port Gallen on Friday. At St Odrin's church, 17 of the 26 stained-glass windows were "
         "broken.", ST_ODRIN),
    Case("le tout de « N des M » garde la référence qu'il écrit, la partie l'autre (fr)", "fr", "2045-05-25",
         "Un orage de grêle a frappé Port Gallen vendredi. À l'église Saint-Odrin, 17 des 26 vitraux ont été "
         "brisés.", ST_ODRIN),
]

_OCCUPANCY = (
    reference("ermeline-occupancy", "Gîtes des Grèves de Sainte-Ermeline", "taux d'occupation des chambres",
              ["Gîtes des Grèves", "Sainte-Ermeline", "gîtes", "B&Bs", "occupées", "taux d'occupation", "occupied",
               "occupancy"], "percent", 71, unit="%", as_of="2046-03-27"),
)

_BARRIERS = (
    reference("tschavrun-cost", "Ouvrages paravalanches de Tschavrun", "coût du programme paravalanche",
              ["Tschavrun", "paravalanches", "avalanche barriers", "coût", "programme", "cost"], "money", 8_400_000,
              unit="CHF", as_of="2046-03-25"),
    *(reference(f"tschavrun-{name}", "Ouvrages paravalanches de Tschavrun", measure,
                ["Tschavrun", "paravalanches", "avalanche barriers", "programme", *words], kind, value, unit=unit,
                as_of="2046-03-25")
      for name, measure, words, kind, value, unit in (
          ("rakes", "râteliers et filets posés par le programme", ["rakes", "nets"], "count", 240, None),
          ("share", "part du programme payée par la Confédération et le canton", ["Confederation", "canton"],
           "percent", 70, "%"),
          ("larches", "mélèzes plantés par le programme", ["larches", "mélèzes"], "count", 12_000, None),
          ("area", "surface de la zone de décrochement du programme", ["release zone", "hectares"], "quantity",
           14, "ha"))),
)

_PUMP = (
    reference("vezillac-distance", "Station-service communale de Vézillac-sur-Dourbe", "distance de la pompe la plus "
              "proche", ["Vézillac-sur-Dourbe", "Vézillac", "station-service", "petrol station", "pompe la plus proche",
                         "nearest", "away"], "quantity", 25, qualifier="more_than", low=25, unit="km",
              as_of="2046-02-05"),
)

VALID += [
    Case("a round trip is no one-way distance on file (en)", "en", "2046-06-01",
         "When the last petrol station in Vézillac-sur-Dourbe shut, filling up at the nearest pump meant a round "
         "trip of more than 50 km.", _PUMP),
    Case("un aller-retour n'est pas une distance aller du dossier (fr)", "fr", "2046-06-01",
         "Quand la dernière station-service de Vézillac-sur-Dourbe a fermé, faire le plein à la pompe la plus "
         "proche imposait un aller-retour de plus de 50 km.", _PUMP),
]

INVALID = [
    Case("a one-way distance against the one on file (en)", "en", "2046-06-01",
         "When the last petrol station in Vézillac-sur-Dourbe shut, the nearest pump was more than 50 km away.",
         _PUMP, (Flag("more than 50 km", "value_mismatch", "error", "vezillac-distance"),)),
    Case("what a programme is budgeted at is its cost (en)", "en", "2046-06-01",
         "Tschavrun lies under a slope that has avalanched four times in a century. So far the commune has "
         "anchored snow rakes and nets in the release zone. The structures pin the snowpack to the mountain. The "
         "whole programme is budgeted at CHF 6.9 million, with the Confederation and the canton picking up most "
         "of it.", _BARRIERS,
         (Flag("CHF 6.9 million", "value_mismatch", "error", "tschavrun-cost"),)),
    Case("ce qu'un programme a de budgété est son coût (fr)", "fr", "2046-06-01",
         "Tschavrun vit sous une pente qui a lâché quatre avalanches en un siècle. La commune a déjà ancré des "
         "râteliers et des filets dans la zone de décrochement. Ils retiennent la neige. Le programme entier est "
         "budgété à 6,9 millions de francs, pris en charge en majorité par la Confédération et le canton.",
         _BARRIERS,
         (Flag("6,9 millions de francs", "value_mismatch", "error", "tschavrun-cost"),)),
    Case("a share of the time against a rate on file (en)", "en", "2046-06-01",
         "At Sainte-Ermeline, the rooms of the B&Bs were occupied 58% of the time last summer, the council says.",
         _OCCUPANCY, (Flag("58%", "value_mismatch", "error", "ermeline-occupancy"),)),
    Case("une part du temps face à un taux du dossier (fr)", "fr", "2046-06-01",
         "À Sainte-Ermeline, les chambres des gîtes ont été occupées 58 % du temps l'été dernier, selon la "
         "municipalité.", _OCCUPANCY, (Flag("58 %", "value_mismatch", "error", "ermeline-occupancy"),)),
    Case("two neighbouring digits swapped: a typing slip, however far off (en)", "en", "2046-06-01",
         "Vauclerc's transport authority, the RTV, has ordered 24 new trolleybuses for €13.2 million.", REFERENCES,
         (Flag("€13.2 million", "value_mismatch", "error", "vauclerc-trolleybus-order"),)),
    Case("deux chiffres voisins inversés : une faute de frappe, si loin soit-elle (fr)", "fr", "2046-06-01",
         "La RTV, l'autorité des transports de Vauclerc, a commandé 24 nouveaux trolleybus pour 13,2 millions "
         "d'euros.", REFERENCES,
         (Flag("13,2 millions d'euros", "value_mismatch", "error", "vauclerc-trolleybus-order"),)),
    Case("a count far off an earlier count sharing its words is checked against the table (en)", "en", "2046-05-10",
         "Voters in the Orrin district approved the dam in a referendum. According to the final count, 16,210 people "
         "voted yes and 13,340 voted no. Turnout was 48.2% of the district's 613,000 registered voters.", ORRIN_VOTE,
         (Flag("613,000", "value_mismatch", "error", "orrin-dam-registered"),)),
    Case("un nombre loin d'un nombre antérieur qui partage ses mots est comparé au fichier (fr)", "fr", "2046-05-10",
         "Les électeurs du district d'Orrin ont approuvé le barrage par référendum. Selon le décompte final, 16 210 "
         "personnes ont voté oui et 13 340 ont voté non. La participation a atteint 48,2 % des 613 000 électeurs "
         "inscrits du district.", ORRIN_VOTE,
         (Flag("613 000", "value_mismatch", "error", "orrin-dam-registered"),)),
    Case("skiers said to be killed counting the dead, another value (en)", "en", "2046-03-01",
         "Four skiers were killed when an avalanche swept through the Aiguilles gully above Pralvert on Saturday.",
         AVALANCHE, (Flag("Four", "value_mismatch", "error", "pralvert-deaths"),)),
    Case("des skieurs dits tués qui comptent les morts, autre valeur (fr)", "fr", "2046-03-01",
         "Quatre skieurs ont été tués samedi par une avalanche dans le couloir des Aiguilles, au-dessus de "
         "Pralvert.", AVALANCHE, (Flag("Quatre", "value_mismatch", "error", "pralvert-deaths"),)),
    Case("animals counting seals with another value (en)", "en", "2046-03-01",
         "Most patients come from the fur seal colony at Cape Orrin, which numbers about 25,000 animals.", SEALS,
         (Flag("about 25,000", "value_mismatch", "error", "orrin-seals"),)),
    Case("des animaux qui comptent des otaries à une autre valeur (fr)", "fr", "2046-03-01",
         "La plupart des patients viennent de la colonie d'otaries du cap Orrin, qui compte environ 25 000 "
         "animaux.", SEALS, (Flag("environ 25 000", "value_mismatch", "error", "orrin-seals"),)),
    Case("a share lost is the share a reference of losses gives, wrong (en)", "en", "2045-06-01",
         "The Marrec water utility still loses 27.4% of the water it treats before it reaches a tap.", LOSSES,
         (Flag("27.4%", "value_mismatch", "error", "marrec-leaks"),)),
    Case("une part perdue est celle d'une référence de pertes, fausse (fr)", "fr", "2045-06-01",
         "Les apiculteurs de Westmarch ont perdu 27,4 % de leurs colonies cet hiver.", LOSSES,
         (Flag("27,4 %", "value_mismatch", "error", "westmarch-bees"),)),
    Case("a share of the bill is a share of the cost, wrong (en)", "en", "2045-03-01",
         "The Corravel organ restoration is paid for. The Fenland Heritage Trust met 25% of the bill.", CORRAVEL,
         (Flag("25%", "value_mismatch", "error", "corravel-trust-share"),)),
    Case("une part de la facture est une part du coût, fausse (fr)", "fr", "2045-03-01",
         "La restauration de l'orgue de Corravel est financée. Le Fenland Heritage Trust a pris en charge 25 % de la "
         "facture.", CORRAVEL, (Flag("25 %", "value_mismatch", "error", "corravel-trust-share"),)),
    Case("a count whose noun then pays 'a monthly' fee is no figure per month (en)", "en", "2045-07-10",
         "La Falaise Urbaine, the climbing hall in the old tram depot, now has 1,240 members paying a monthly "
         "subscription.", FALAISE, (Flag("1,240", "value_mismatch", "error", "falaise-members"),)),
    Case("« livres » of an article that pays in pounds, the wrong amount (fr)", "fr", "2045-11-10",
         "Le festival de piste d'Eastholm a vendu 14 200 billets pour 1,2 million de livres. Seize équipes s'y sont "
         "affrontées pour une dotation totale de 240 000 livres.", EASTHOLM,
         (Flag("240 000 livres", "value_mismatch", "error", "eastholm-prize"),)),
    Case("a year in an aside before the figure does not date it (en)", "en", "2036-04-01",
         "The family-owned firm Confections Marlaud, founded in 1962, made €54.1m in sales last year, more than "
         "40% of it abroad.", REFERENCES, (Flag("€54.1m", "value_mismatch", "error", "marlaud-sales-2035"),)),
    Case("une année dans une incise avant le chiffre ne le date pas (fr)", "fr", "2036-04-01",
         "L'entreprise familiale Confections Marlaud, fondée en 1962, a réalisé 54,1 millions d'euros de chiffre "
         "d'affaires l'an dernier, dont plus de 40 % à l'étranger.", REFERENCES,
         (Flag("54,1 millions d'euros", "value_mismatch", "error", "marlaud-sales-2035"),)),
    Case("an English figure finds a French reference through a cognate (en)", "en", "2031-09-01",
         "The Carnac festival drew 52,000 spectators this summer, the organisers said.", REFERENCES,
         (Flag("52,000", "value_mismatch", "error", "carnac-spectators"),)),
    Case("the same share in French finds its French reference (fr)", "fr", "2032-03-01",
         "Nebulys achète désormais 52 % de son électricité directement à des parcs éoliens et solaires.",
         REFERENCES, (Flag("52 %", "value_mismatch", "error", "nebulys-renewables"),)),
    Case("an English share finds a French reference through a cognate (en)", "en", "2032-03-01",
         "Nebulys now buys 52% of its electricity directly from wind and solar farms.", REFERENCES,
         (Flag("52%", "value_mismatch", "error", "nebulys-renewables"),)),
    Case("animals counting wolves with another value (en)", "en", "2026-06-20",
         "The prefect of the Sarrasine massif raised the number of wolves that may be shot this year. The massif "
         "is now home to 86 animals, farmers' unions say.", REFERENCES,
         (Flag("86", "value_mismatch", "error", "sarrasine-wolves"),)),
    Case("des animaux qui comptent des loups à une autre valeur (fr)", "fr", "2026-06-20",
         "Le préfet du massif de la Sarrasine a relevé le nombre de loups qui pourront être abattus cette année. "
         "Le massif abrite désormais 86 animaux, selon les syndicats agricoles.", REFERENCES,
         (Flag("86", "value_mismatch", "error", "sarrasine-wolves"),)),
    Case("inhabitants counting evacuated people with another value (en)", "en", "2028-03-12",
         "The Vionne flood forced the evacuation of whole streets. About 2,600 inhabitants were evacuated on "
         "Thursday night.", REFERENCES,
         (Flag("About 2,600", "value_mismatch", "error", "vionne-evacuated"),)),
    Case("des habitants qui comptent des personnes évacuées à une autre valeur (fr)", "fr", "2028-03-12",
         "La crue de la Vionne a forcé l'évacuation de rues entières. Environ 2 600 habitants ont été évacués "
         "jeudi soir.", REFERENCES,
         (Flag("Environ 2 600", "value_mismatch", "error", "vionne-evacuated"),)),
    Case("an unhedged figure far below a 'more than' reference is another number, not a hedge (en)", "en",
         "2026-05-14", "Abroad, The Kerlune Lighthouse is distributed in 41 countries and has taken $69 million "
         "worldwide at the box office.", REFERENCES,
         (Flag("$69 million", "value_mismatch", "error", "kerlune-box-office"),)),
    Case("un chiffre sans réserve loin d'une référence « plus de » est un autre nombre (fr)", "fr", "2026-05-14",
         "À l'étranger, Le Phare de Kerlune est distribué dans 41 pays et a rapporté 69 millions de dollars de "
         "recettes mondiales.", REFERENCES,
         (Flag("69 millions de dollars", "value_mismatch", "error", "kerlune-box-office"),)),
    Case("a date of another clause does not make a figure another time's (en)", "en", "2027-03-11",
         "In Brandal, work on the heat network began in 2023 and the project cost €118 million.", REFERENCES,
         (Flag("€118 million", "value_mismatch", "error", "brandal-heat-cost"),)),
    Case("revenue misstated (en)", "en", "2024-03-01",
         "Brenner Logistics said its revenue reached $5.9 billion last year, helped by higher freight rates.",
         REFERENCES, (Flag("$5.9 billion", "value_mismatch", "error", "brenner-revenue-2023"),)),
    Case("chiffre d'affaires faux (fr)", "fr", "2024-03-01",
         "Brenner Logistics a annoncé un chiffre d'affaires de 5,9 milliards de dollars l'an dernier, porté par "
         "la hausse des taux de fret.", REFERENCES,
         (Flag("5,9 milliards de dollars", "value_mismatch", "error", "brenner-revenue-2023"),)),
    Case("population misstated (fr)", "fr", "2024-03-01",
         "La ville portuaire de Veldt, qui compte 1,5 million d'habitants, accueille le principal terminal du "
         "groupe.", REFERENCES, (Flag("1,5 million", "value_mismatch", "error", "veldt-population"),)),
    Case("a range judged by its middle (en)", "en", "2024-03-01",
         "The port city of Veldt, home to between 400,000 and 1 million residents, hosts the group's largest "
         "terminal.", REFERENCES,
         (Flag("between 400,000 and 1 million", "value_mismatch", "error", "veldt-population"),)),
    Case("une fourchette jugée sur son milieu (fr)", "fr", "2024-03-01",
         "La ville portuaire de Veldt, qui compte entre 400 000 et 1 million d'habitants, accueille le principal "
         "terminal du groupe.", REFERENCES,
         (Flag("entre 400 000 et 1 million", "value_mismatch", "error", "veldt-population"),)),
    Case("a low rate three times off (en)", "en", "2024-03-01",
         "Veldt's central bank left its key interest rate at 1.5% on Thursday.", REFERENCES,
         (Flag("1.5%", "value_mismatch", "error", "veldt-rate"),)),
    Case("un taux bas trois fois trop faible (fr)", "fr", "2024-03-01",
         "La banque centrale de Veldt a maintenu jeudi son taux directeur à 1,5 %.", REFERENCES,
         (Flag("1,5 %", "value_mismatch", "error", "veldt-rate"),)),
    Case("a zero dropped (en)", "en", "2024-03-01",
         "The port city of Veldt, home to 118,000 residents, hosts the group's largest terminal.", REFERENCES,
         (Flag("118,000", "value_mismatch", "error", "veldt-population"),)),
    Case("un zéro en trop (fr)", "fr", "2024-03-01",
         "Brenner Logistics a annoncé un chiffre d'affaires de 48 milliards de dollars l'an dernier.", REFERENCES,
         (Flag("48 milliards de dollars", "value_mismatch", "error", "brenner-revenue-2023"),)),
    Case("a bound writes no value: the figure beside it is still checked (en)", "en", "2024-04-22",
         "Cocoa futures touched $9,800 a tonne on Tuesday, a record. In New York, cocoa futures have traded above "
         "$8,000 a tonne since March, itself a record.", COCOA,
         (Flag("$9,800", "value_mismatch", "error", "cocoa-record"),)),
    Case("une borne n'écrit pas de valeur : le chiffre d'à côté reste vérifié (fr)", "fr", "2024-04-22",
         "Le cacao a atteint mardi 9 800 dollars la tonne, un record. À New York, les contrats à terme sur le cacao "
         "s'échangent au-dessus de 8 000 dollars la tonne depuis mars, déjà un record.", COCOA,
         (Flag("9 800 dollars", "value_mismatch", "error", "cocoa-record"),)),
    Case("a word both the subject and the measure use says what is counted, wrong (en)", "en", "2045-03-01",
         "The debate over controls is back. Under its provincial inspection programme, the province inspected 312 "
         "kennels in 2044 and revoked at least 19 licences.", KENNELS,
         (Flag("312", "value_mismatch", "error", "kennel-inspections"),)),
    Case("un mot du sujet que la mesure reprend dit ce qui est compté, faux (fr)", "fr", "2045-03-01",
         "L'affaire relance le débat sur les contrôles. En 2044, la province a inspecté 312 élevages canins et "
         "révoqué au moins 19 permis.", KENNELS, (Flag("312", "value_mismatch", "error", "kennel-inspections"),)),
    Case("a share of a noun naming the same people as the reference's whole, wrong (en)", "en", "2026-01-22",
         "According to the management of the Lorvane hospitals, 38% of the group's 9,400 employees were on strike on "
         "Monday.", LORVANE, (Flag("38%", "value_mismatch", "error", "lorvane-strikers"),)),
    Case("une part d'un nom qui désigne les mêmes personnes que le tout de la référence, fausse (fr)", "fr",
         "2026-01-22", "Selon la direction des hôpitaux de Lorvane, 38 % des 9 400 agents de l'établissement étaient "
         "en grève lundi.", LORVANE, (Flag("38 %", "value_mismatch", "error", "lorvane-strikers"),)),
]


@pytest.mark.parametrize("case", VALID, ids=lambda case: case.name)
def test_passes(case: Case) -> None:
    assert_case(case, {"value_mismatch", "hedge_conflict"})


@pytest.mark.parametrize("case", INVALID, ids=lambda case: case.name)
def test_flags(case: Case) -> None:
    assert_case(case, {"value_mismatch"})


@pytest.mark.parametrize(("language", "text", "said"), [
    ("en", "The Harbour Authority said the new quay cost €1.5 billion, paid over ten years.", "€1.2 billion"),
    ("fr", "La Harbour Authority indique que le nouveau quai a coûté 1,5 milliard d'euros, payés sur dix ans.",
     "1,2 milliard d'euros"),
    ("en", "The Harbour Authority said the new quay cost 1.5 billion CFA francs, paid over ten years.",
     "1.2 billion CFA francs"),
])
def test_a_sum_on_file_is_written_in_the_article_s_words(language: str, text: str, said: str) -> None:
    """The reference value of a money finding reads as money ("€1.2 billion"), not as an ISO code."""
    unit = "XOF" if "CFA" in text else "EUR"
    record = reference("quay", "Harbour Authority", "new quay cost", ["nouveau quai", "quai"], "money", 1.2e9,
                       unit=unit, as_of="2046-01-10")
    report = checker.check(text, language=language, published_at="2046-03-01", references=[record])
    messages = [finding.message for finding in report.findings if finding.severity != "info"]
    assert messages and said in messages[0], messages

_INFLATION = (
    reference("ea-inflation-feb", "Euro area", "annual inflation in February 2024", ["euro area", "zone euro",
              "inflation", "annual inflation"], "percent", 2.6, unit="%", as_of="2024-03-01"),
    reference("ea-inflation-mar", "Euro area", "annual inflation in March 2024", ["euro area", "zone euro",
              "inflation", "annual inflation"], "percent", 2.4, unit="%", as_of="2024-04-02"),
)
_QUAKE = (
    reference("harsa-toll", "Harsa earthquake", "death toll", ["Harsa", "earthquake", "séisme", "killed", "dead",
              "morts", "tués", "toll", "bilan"], "count", 2_950, as_of="2024-04-12"),
    reference("harsa-injured", "Harsa earthquake", "people injured", ["Harsa", "earthquake", "séisme", "injured",
              "blessés"], "count", 8_000, qualifier="more_than", as_of="2024-04-12"),
)


@pytest.mark.parametrize(("language", "text", "flagged"), [
    ("en", "Annual inflation in the euro area was 2.4% in March, down from 3.1% in February, the statistics office "
           "said.", "3.1%"),
    ("fr", "L'inflation annuelle dans la zone euro est tombée à 2,4 % en mars, contre 3,1 % en février, selon "
           "l'office statistique.", "3,1 %"),
    ("en", "The Harsa earthquake was the deadliest disaster of the year. It killed 3,540 people and injured more "
           "than 8,000, and the government has promised to rebuild.", "3,540"),
])
def test_a_past_value_or_a_count_before_a_second_verb_is_checked_against_its_own_report(language, text, flagged):
    """A past value is another month's report of its present's measure; "killed 3,540 people and injured more
    than 8,000" counts the dead (the "more" of the second clause adds nothing to them)."""
    references = [dict(record) for record in (*_INFLATION, *_QUAKE)]
    report = checker.check(text, language=language, published_at="2024-05-01", references=references)
    found = [text[f.start:f.end] for f in report.findings if f.category == "value_mismatch"]
    assert flagged in found, [(f.category, f.message) for f in report.findings]
