"""Matching: which figure a reference is compared with (parts of a whole, possessive words of a description)."""

from __future__ import annotations

import pytest
from rule_tester import Case, Flag, assert_case, reference

CHECKED = {"value_mismatch", "hedge_conflict", "scale"}

REFERENCES = (
    reference("kaloven-population", "Kaloven Republic", "population", ["Kaloven Republic", "population",
              "inhabitants", "habitants"], "count", 6_500_000, as_of="2030-01-01"),
    reference("aeris-pilots", "Aeris Northern", "pilots employed", ["Aeris", "pilots", "pilotes"], "count", 640,
              as_of="2024-06-01"),
    reference("aeris-cancelled", "Aeris Northern pilots' strike", "flights cancelled in the first two days",
              ["Aeris", "pilots' strike", "grève des pilotes", "cancelled"], "count", 250, qualifier="less_than",
              as_of="2024-06-01"),
    reference("norland-seats", "Norland", "seats in the provincial assembly", ["Norland", "seats", "assembly",
              "sièges"], "count", 87, as_of="2024-03-11"),
    reference("progressive-seats", "Progressive Alliance", "seats won in the Norland election",
              ["Progressive Alliance", "seats", "sièges"], "count", 34, as_of="2024-03-11"),
    reference("kessel-staff", "Kessel Systems", "employees", ["Kessel", "employees", "staff", "employés"],
              "count", 12_900, as_of="2024-03-01"),
    reference("hessa-homes", "Tolvar eruption", "homes destroyed", ["Tolvar", "Hessa", "homes destroyed",
              "maisons détruites"], "count", 38, as_of="2024-06-01"),
    reference("hessa-evacuees", "Tolvar eruption", "personnes évacuées", ["Tolvar", "Hessa", "evacuees",
              "residents moved", "évacués", "habitants déplacés"], "count", 6_100, as_of="2024-06-01"),
    reference("hessa-injured", "Tolvar eruption", "workers injured in the fire", ["Tolvar", "Hessa", "injured",
              "blessés"], "count", 4, as_of="2024-06-01"),
    reference("estravie-savings", "Estravie pension reform", "économies attendues d'ici 2032",
              ["Estravie", "pension reform", "savings", "économies"], "money", 7_200_000_000, unit="EUR",
              as_of="2026-04-15"),
    reference("estravie-deficit", "Estravie pension fund", "deficit in 2032", ["Estravie", "pension fund",
              "deficit", "déficit"], "money", 3_000_000_000, unit="EUR", as_of="2026-04-15"),
    reference("corvenne-tram-cost", "Corvenne tram line T3", "coût total du projet", ["Corvenne", "tram",
              "coût", "cost"], "money", 486_000_000, unit="EUR", as_of="2026-03-10"),
    reference("vorland-green-seats", "Vorland regional election", "seats won by the Green Union", ["Vorland",
              "regional election", "Green Union", "Union verte", "seats", "sièges"], "count", 34, as_of="2026-05-11"),
    reference("vorland-civic-seats", "Vorland regional election", "seats won by the Civic Party", ["Vorland",
              "regional election", "Civic Party", "Parti civique", "seats", "sièges"], "count", 27,
              as_of="2026-05-11"),
    reference("aurora-posts", "St Aurora University", "non-teaching posts to be cut", ["St Aurora University",
              "Université Sainte-Aurore", "Sainte-Aurore", "posts", "jobs", "postes", "suppressions"], "count", 180,
              qualifier="at_most", as_of="2025-10-07"),
    reference("saltmere-arrests", "Cocaine seizure at Saltmere", "people arrested", ["Saltmere", "cocaine",
              "arrested", "arrests", "detained"], "count", 11, as_of="2026-09-23"),
    reference("carvo-survivors", "Carvo shipwreck", "survivors of the wreck", ["Carvo", "shipwreck", "wreck",
              "survivors", "rescapés"], "count", 31, as_of="2027-05-30"),
    reference("borne-roadkill", "Lynx reintroduction in the Borne-Haute massif", "lynx killed on roads since 2019",
              ["lynx", "Borne-Haute", "killed by vehicles", "roads", "roadkill"], "count", 9, qualifier="at_least",
              as_of="2028-04-12"),
    reference("trevignac-passengers", "Trévignac airport", "passengers handled in 2025", ["Trévignac",
              "airport", "passengers", "travellers", "passagers"], "count", 1_840_000, as_of="2026-01-15"),
    reference("arvenne-examiners", "Arvenne driving tests", "driving examiners in post", ["Arvenne", "examiners",
              "inspecteurs", "driving test", "permis"], "count", 38, as_of="2026-09-01"),
    reference("vallonne-doses", "Vallonne whooping cough", "extra vaccine doses ordered", ["Vallonne", "doses",
              "vaccine", "coqueluche"], "count", 1_200_000, as_of="2026-09-01"),
    reference("alder-population", "Port Alder", "population", ["Port Alder", "inhabitants", "residents",
              "habitants", "population"], "count", 1_380_000, qualifier="approx", as_of="2024-06-01"),
    reference("orrin-turnout", "Lake Orrin dam referendum", "turnout", ["Orrin", "Orrin dam", "turnout",
              "participation"], "percent", 48.2, unit="%", as_of="2024-06-01"),
    reference("loire-farms", "Loire-Amont", "exploitations agricoles touchées par la grêle",
              ["Loire-Amont", "exploitations", "farms hit by hail"], "count", 420, qualifier="approx",
              as_of="2024-06-01"),
    reference("estravie-health-deficit", "Estravie health insurance fund", "annual deficit", ["Estravie",
              "health insurance", "assurance maladie", "deficit", "déficit"], "money", 2_900_000_000, unit="EUR",
              as_of="2026-03-20"),
    reference("kerlin-hake-quota", "Port-Kerlin fishing fleet", "hake quota for Port-Kerlin's fleet",
              ["Port-Kerlin", "hake", "merlu", "quota"], "quantity", 7_180, unit="t", as_of="2026-12-12"),
    reference("sarrasine-culls", "Wolves in the Sarrasine massif", "ceiling of wolf culls allowed",
              ["Sarrasine", "wolves", "loups", "culls", "tirs", "plafond"], "count", 19, qualifier="at_most",
              as_of="2026-06-16"),
    reference("ardanne-culls-asked", "Wolves in the Ardanne massif", "wolf culls demanded by farmers' unions",
              ["Ardanne", "wolves", "loups", "culls", "tirs", "syndicats agricoles", "farmers' unions"], "count",
              25, as_of="2026-06-16"),
    reference("tarrow-cable-order", "Tarrow Sound interconnector", "length of subsea cable ordered",
              ["Tarrow Sound", "interconnector", "cable", "câble", "câble sous-marin", "subsea cable"], "quantity",
              48, unit="km", as_of="2031-03-02"),
    reference("bellerive-speed", "Bellerive paddle steamer, Lake Morens", "service speed", ["Bellerive",
              "paddle steamer", "bateau à roues", "Lake Morens", "lac de Morens"], "quantity", 26, unit="km/h",
              as_of="2046-03-01"),
    reference("ridley-underpasses", "Ridley Road amphibian underpasses, Wendham Hollow", "underpasses under Ridley "
              "Road", ["Ridley Road", "Wendham Hollow", "underpasses", "passages souterrains", "tunnels"], "count", 6,
              as_of="2046-01-15"),
    reference("vauclair-saddle-hours", "Sellerie Vauclair, made-to-measure saddles", "working time for one saddle",
              ["Sellerie Vauclair", "Vauclair", "saddles", "saddle", "selles", "selle", "work", "travail"],
              "quantity", 28, unit="day", qualifier="approx", as_of="2046-01-15"),
    reference("vauclair-saddles-made", "Sellerie Vauclair, made-to-measure saddles", "saddles made in 2045",
              ["Sellerie Vauclair", "Vauclair", "saddles", "saddle", "selles", "selle", "made", "fabriquées", "work",
               "travail"],
              "count", 320, as_of="2046-01-15"),
    reference("vauclair-saddle-price", "Sellerie Vauclair, made-to-measure saddles", "average price of a saddle",
              ["Sellerie Vauclair", "Vauclair", "saddles", "saddle", "selles", "selle", "price", "prix"],
              "money", 5_200, unit="EUR", as_of="2046-01-15"),
    reference("vauclair-saddle-school", "Sellerie Vauclair, saddlery school", "apprentices of the saddlery school",
              ["Sellerie Vauclair", "Vauclair", "saddlery", "sellerie", "école", "school", "apprentis", "apprentices",
               "saddles", "selles", "craftsmen", "artisans", "work", "travail"], "count", 14, as_of="2046-01-15"),
    reference("borel-jobs-kept", "Tannerie Borel takeover by Maroquinerie Jaquet", "tannery jobs kept",
              ["Tannerie Borel", "Borel", "Maroquinerie Jaquet", "Jaquet", "tannery", "tannerie", "jobs", "emplois",
               "kept", "conservés"], "count", 23, as_of="2046-06-10"),
    reference("combe-canton-share", "Martinet de Combe-Mouraz", "part du coût payée par le canton",
              ["Combe-Mouraz", "martinet", "canton", "canton de Vaud", "canton of Vaud", "paid"], "percent", 45,
              unit="%", as_of="2046-04-01"),
    reference("ravel-region-share", "Ravel lighthouse restoration", "share of the cost paid by the region",
              ["Ravel lighthouse", "lighthouse", "phare de Ravel", "region", "région", "paid", "payée"], "percent",
              30, unit="%", as_of="2046-04-01"),
    reference("merlande-centre-cost", "Maison des étoiles, Causses de Merlande", "coût de la Maison des étoiles",
              ["Maison des étoiles", "Merlande", "planétarium", "planetarium", "visitor centre", "centre d'accueil",
               "coût", "cost"], "money", 2_400_000, unit="EUR", as_of="2046-03-01"),
    reference("volantis-routes-dropped", "Volantis at Trévignac airport", "routes dropped", ["Volantis",
              "Trévignac", "routes", "liaisons"], "count", 11, as_of="2026-10-02"),
    reference("volantis-routes-served", "Volantis at Trévignac airport", "routes served", ["Volantis",
              "Trévignac", "routes", "liaisons"], "count", 40, as_of="2026-10-02"),
    reference("volantis-staff-cut", "Volantis at Trévignac airport", "baisse des effectifs", ["Volantis",
              "Trévignac", "effectifs", "postes", "staff", "jobs"], "count", 180, as_of="2026-10-02"),
    reference("kerlune-tickets", "The Kerlune Lighthouse (film)", "cinema tickets sold in France since release",
              ["Kerlune Lighthouse", "Kerlune", "tickets", "entrées", "admissions"], "count", 2_400_000,
              as_of="2026-04-15"),
    reference("lanzenac-savings", "Lanzenac street lighting", "économies annuelles sur la facture d'électricité",
              ["Lanzenac", "éclairage public", "street lighting", "économies", "savings", "saves"], "money", 465_000,
              unit="EUR", as_of="2033-10-12"),
    reference("skerra-homes", "Skerra Sound tidal array", "homes supplied, annual equivalent", ["Skerra",
              "tidal array", "parc hydrolien", "homes", "households", "foyers"], "count", 58_000,
              qualifier="more_than", as_of="2032-04-26"),
    reference("skerra-cost", "Skerra Sound tidal array", "construction cost", ["Skerra", "tidal array",
              "parc hydrolien", "cost", "investment", "coût", "investissement"], "money", 1_050_000_000, unit="GBP",
              as_of="2032-04-26"),
    reference("arvel-cure", "Saint-Arvel spa", "average price of a three-week cure", ["Saint-Arvel", "spa",
              "thermes", "cure", "price", "prix"], "money", 690, unit="EUR", as_of="2033-04-03"),
    reference("brennock-offer", "Brennock County teachers' pay talks", "pay rise offered by the county", ["Brennock",
              "Brennock County", "teachers", "pay offer", "offer", "pay rise"], "percent", 3.5, unit="%",
              as_of="2024-09-01"),
    reference("kestrava-frigates", "Kestrava Navy", "frigates in service", ["Kestrava", "Kestrava Navy", "frigates",
              "frégates"], "count", 12, as_of="2033-02-01"),
    reference("varenne-beds", "Varenne-Haute homelessness", "emergency shelter beds", ["Varenne-Haute",
              "shelter", "beds", "places d'hébergement", "lits"], "count", 2_450, as_of="2027-01-10"),
)

RESERVES = reference("ald-reserves", "Aldermere council", "usable reserves",
                     ["Aldermere", "reserves", "usable reserves", "réserves"], "money", 62_000_000, unit="GBP",
                     as_of="2033-02-01")


NEUTERED = (
    reference("wendlow-neutered", "Wendlow community vet scheme", "animals neutered under the scheme in 2035",
              ["Wendlow", "vet scheme", "scheme", "council", "animaux stérilisés", "neutered", "stérilisés"], "count",
              5200, qualifier="at_least", as_of="2036-01-30"),
)
CANAL = (
    reference("carrow-repairs", "Brindle & Carrow Canal", "cost of the repairs", ["Brindle & Carrow", "canal",
              "repair bill", "repairs", "réparations", "facture des réparations"], "money", 3_100_000, unit="GBP",
              as_of="2037-04-20"),
)
_MARKET = (
    reference("carraway-visitors", "Carraway Street Market", "usual weekend visitors", ["Carraway", "market",
              "marché", "visitors", "visiteurs"], "count", 25_000, qualifier="approx", as_of="2045-11-20"),
)

_PLANETARIUM = (
    reference("carrowdale-school", "Carrowdale Planetarium", "share of visitors on school trips",
              ["Carrowdale", "planetarium", "planétarium", "school groups", "scolaires", "visitors", "visiteurs"],
              "percent", 38, unit="%", as_of="2046-06-11"),
)

_LACE_SCHOOL = (
    reference("vaulmoret-pupils", "Conservatoire de la dentelle de Vaulmoret", "élèves inscrits", ["Vaulmoret",
              "conservatoire", "lace conservatory", "élèves", "pupils", "students"], "count", 142, as_of="2045-09-15"),
)

_HARNBY = (
    reference("harnby-strikers", "Logivert Harnby warehouse strike", "share of the workforce on strike",
              ["Logivert", "Harnby", "warehouse", "strike", "strikers"], "percent", 80, qualifier="more_than",
              unit="%", as_of="2029-03-06"),
    reference("harnby-days", "Logivert Harnby warehouse strike", "length of the strike", ["Logivert", "Harnby",
              "strike", "walkout", "days"], "quantity", 19, unit="day", as_of="2029-03-25"),
    reference("harnby-wage", "Logivert Harnby warehouse", "hourly rate for pickers", ["Logivert", "Harnby",
              "hourly rate", "pickers"], "money", 13.4, unit="GBP", as_of="2029-03-25"),
)
_HARNBY_TEXT = ("Lorries were pulling out of Logivert's Harnby distribution centre again on Monday after warehouse "
                "staff voted to accept a pay deal. The walkout lasted 19 days. At its height {} of the workforce "
                "were out, according to the union, a figure management never challenged.")
_SEROUVE = (
    reference("serouve-brine", "Sel de déneigement de la Haute-Sérouve", "part du réseau traitée à la saumure",
              ["Haute-Sérouve", "département", "sel de déneigement", "saumure", "brine", "network"], "percent", 30,
              qualifier="at_most", unit="%", as_of="2039-09-15"),
    reference("serouve-salt", "Sel de déneigement de la Haute-Sérouve", "stock de sel", ["Haute-Sérouve",
              "département", "sel", "stock"], "quantity", 18000, unit="t", as_of="2039-09-15"),
)
_SEROUVE_TEXT = ("Le département de la Haute-Sérouve a stocké 18 000 tonnes de sel pour l'hiver. Autre nouveauté : la "
                 "saumure. Les équipes la pulvériseront sur {} du réseau, contre 12 % l'hiver dernier.")

_BASKETRY = (
    reference("eloi-hours", "École de vannerie de Saint-Éloi-des-Saules", "durée de la formation",
              ["École de vannerie de Saint-Éloi-des-Saules", "école de vannerie", "Saint-Éloi-des-Saules", "school",
               "formation", "heures", "hours"], "quantity", 1200, unit="h", as_of="2046-03-01"),
)

_NITROGEN = (
    reference("vaurel-nitrogen", "Vaurel wastewater treatment plant", "taux d'élimination de l'azote",
              ["Vaurel", "station d'épuration", "wastewater treatment plant", "works", "azote", "élimine",
               "nitrogen", "removes", "removal"], "percent", 93, unit="%", as_of="2046-01-15"),
)

_FUEL_STATION = (
    reference("vezillac-distance", "Station-service communale de Vézillac-sur-Dourbe (France)",
              "distance de la pompe la plus proche", ["station-service", "Vézillac", "pompe la plus proche",
                                                     "vallée", "nearest", "away", "valley"], "quantity", 25,
              qualifier="more_than", unit="km", as_of="2046-02-05"),
)

_CARPORT = (
    reference("frenaz-vehicles", "Coopérative d'autopartage du Val-de-Frênaz (Montrevaux, Jura, Suisse)",
              "véhicules de la flotte", ["coopérative", "Val-de-Frênaz", "Jura", "co-op", "véhicules", "flotte",
                                         "vehicles", "fleet", "cars"], "count", 9, as_of="2046-02-28"),
    reference("frenaz-chargers", "Coopérative d'autopartage du Val-de-Frênaz (Montrevaux, Jura, Suisse)",
              "bornes de recharge du réseau", ["coopérative", "Val-de-Frênaz", "Jura", "co-op", "bornes",
                                               "bornes de recharge", "charging points", "chargers"], "count", 11,
              as_of="2046-02-28"),
)

_TOWER = (
    reference("kessling-cost", "Kessling water tower (Kessling, Nebraska)", "cost of the new tower project",
              ["Kessling", "water tower", "château d'eau", "cost", "project", "coût", "projet"], "money", 4_800_000,
              unit="USD", as_of="2046-02-12"),
    reference("kessling-loan", "Kessling water tower (Kessling, Nebraska)", "USDA rural development loan",
              ["Kessling", "water tower", "château d'eau", "loan", "Department of Agriculture", "prêt",
               "ministère américain de l'Agriculture"], "money", 3_100_000, unit="USD", as_of="2046-02-12"),
)

_MIRRORS = (
    reference("skelvane-mirror", "Skelvane Observatory telescope", "main mirror diameter",
              ["Skelvane", "Skelvane Observatory", "telescope", "observatoire de Skelvane", "télescope", "mirror",
               "miroir"], "quantity", 4.2, unit="m", as_of="2031-06-01"),
    reference("kessa-mirror", "Télescope de l'observatoire de Kessa", "diamètre du miroir principal",
              ["Kessa", "observatoire de Kessa", "télescope", "miroir", "telescope", "mirror"], "quantity", 4.2,
              unit="m", as_of="2031-06-01"),
)

_DEATH_CAPS = (
    reference("vauclaire-deathcap", "Intoxications aux champignons dans le Val-d'Argence",
              "intoxications par amanite phalloïde", ["centre antipoison de Vauclaire", "Vauclaire", "champignons",
                                                      "intoxications", "poison centre", "mushrooms", "poisonings",
                                                      "amanite phalloïde", "death cap", "death-cap"],
              "count", 17, qualifier="at_least", as_of="2046-10-01"),
)

_CLUB_WORDS = ["club", "boathouse", "members", "membership", "membres", "adhérents", "compte"]
_PADDLERS = (
    reference("hexley-members", "Hexley Rowing Club boathouse (Hexley, England)", "club members",
              ["Hexley Rowing Club", "Hexley", "rowing club", "River Brayle", "England", "club d'aviron",
               "Angleterre", *_CLUB_WORDS], "count", 186, as_of="2046-02-05"),
    reference("tamarack-members", "Tamarack River Paddlers riverside center (Ashby Falls, Vermont)", "club members",
              ["Tamarack River Paddlers", "Tamarack", "Ashby Falls", "Vermont", "canoe club", "club de canoë-kayak",
               *_CLUB_WORDS], "count", 300, qualifier="more_than", as_of="2046-02-10"),
)
_PADDLERS_EN = ("The paddling centre of the Tamarack River Paddlers, in the Vermont village of Ashby Falls, opened in "
                "June. The building has racks for 64 canoes and kayaks. The club has {} 300 members, but the fee "
                "draws families from nearby villages.")
_PADDLERS_FR = ("Le centre nautique des Tamarack River Paddlers, club de canoë-kayak d'Ashby Falls, petit village du "
                "Vermont, a ouvert en juin. Le bâtiment abrite des râteliers pour 64 canoës. Le club {} 300 membres, "
                "mais la cotisation attire des familles.")

_ALLOWANCES = (
    reference("lav-allowance", "Lire au Village literacy classes", "monthly allowance of a facilitator",
              ["Lire au Village", "literacy classes", "facilitators", "allowance", "animateurs", "indemnité",
               "a month", "par mois"], "money", 45_000, unit="XOF", as_of="2046-03-05"),
    reference("lav-training", "Lire au Village literacy classes", "training grant for a new facilitator",
              ["Lire au Village", "literacy classes", "facilitators", "training grant", "animateurs",
               "formation"], "money", 30_000, unit="XOF", as_of="2046-03-05"),
)
_FOREST_CLASS = (
    reference("vaudrecourt-budget", "Forest classes of the Vaudrecourt school (Vosges, France)",
              "annual budget of the project", ["Vaudrecourt", "forest classes", "forest school", "classes en forêt",
                                               "école en forêt", "budget annuel", "a year", "par an"],
              "money", 18_500, unit="EUR", as_of="2046-02-01"),
    reference("vaudrecourt-pupils", "Forest classes of the Vaudrecourt school (Vosges, France)",
              "pupils taking part", ["Vaudrecourt", "forest classes", "pupils", "élèves"], "count", 42,
              as_of="2046-02-01"),
)
_FEDERATION = (
    reference("fje-fee", "Escape room federation (FJE)", "membership fee of a venue",
              ["escape room federation", "fédération des jeux d'évasion", "fee", "cotisation", "membership",
               "adhésion"], "money", 150, unit="EUR", as_of="2045-09-22")
    | {"notes": "Set on 15 September; replaces the annual report."},
)
_CLUB_FEES = (
    reference("harrow-annual", "Harrow Vale Rowing Club", "annual membership fee",
              ["Harrow Vale", "rowing club", "club d'aviron", "membership fee", "cotisation", "a year", "par an"],
              "money", 150, unit="GBP", as_of="2046-01-05"),
    reference("harrow-joining", "Harrow Vale Rowing Club", "one-off joining fee",
              ["Harrow Vale", "rowing club", "club d'aviron", "joining fee", "membership fee", "droit d'entrée",
               "cotisation"], "money", 100, unit="GBP", as_of="2046-01-05"),
)
_MAJESTIC = (
    reference("majestic-shareholders", "Majestic Theatre cooperative (Carver Springs)", "community shareholders",
              ["Majestic", "Majestic Theatre", "Carver Springs", "cooperative", "coopérative", "shareholders",
               "actionnaires"], "count", 3_150, as_of="2046-05-16"),
)
_PATIENT_TRIPS = (
    reference("msa-trips", "Mobilité Santé Ardenne volunteer patient transport (Vresselle, Belgium)",
              "trips to dialysis, radiotherapy and chemotherapy in 2045",
              ["Mobilité Santé Ardenne", "Vresselle", "volunteer drivers", "chauffeurs bénévoles", "trips", "trajets",
               "dialysis", "dialyse", "chemotherapy", "chimiothérapie"], "count", 5_200, qualifier="more_than",
              as_of="2046-03-01"),
)
_SCHOOL_BUSES = (
    reference("psd-riders", "Prairie Sage School Division school buses (Kelstow, Saskatchewan)",
              "students riding the division's buses each school day",
              ["Prairie Sage School Division", "Prairie Sage", "Kelstow", "school buses", "autobus scolaires",
               "students", "riders", "élèves"], "count", 2_600, as_of="2046-06-10"),
)
_LYNX = (
    reference("lynx-2027", "Lynx in the Borne-Haute massif", "lynx counted in the massif",
              ["lynx", "Borne-Haute", "census", "recensement", "lynx recensés"], "count", 38, as_of="2027-04-10"),
    reference("lynx-2028", "Lynx in the Borne-Haute massif", "lynx counted in the massif",
              ["lynx", "Borne-Haute", "census", "recensement", "lynx recensés"], "count", 46, as_of="2028-04-12"),
    reference("lynx-released", "Lynx in the Borne-Haute massif", "lynx released since the programme began in 2019",
              ["lynx", "Borne-Haute", "released", "set free", "relâchés", "publié"], "count", 21, as_of="2028-03-14"),
)
_SALARY = (
    reference("braxton-salary", "Braxton County schools", "starting salary of a new teacher",
              ["Braxton", "teachers", "starting salary", "enseignants", "salaire de départ"], "money", 33_900,
              unit="GBP", as_of="2046-07-01") | {"notes": "A year."},
)


VALID = [
    Case("a reference whose notes only mention an annual report is no figure per year (en)", "en", "2046-01-10",
         "The escape room federation (FJE) says its venues pay a membership fee of €120 a year.", _FEDERATION),
    Case("une référence dont les notes citent un rapport annuel n'est pas un chiffre par an (fr)", "fr",
         "2046-01-10",
         "La fédération des jeux d'évasion (FJE) indique que ses enseignes paient une cotisation de 120 euros par an.",
         _FEDERATION),
    Case("a past value 'a year earlier' is no rate, and no figure of another series (en)", "en", "2028-04-20",
         "The camera traps have delivered their verdict: 46 lynx now live in the Borne-Haute massif, up from 38 a "
         "year earlier, according to the census released last week.", _LYNX),
    Case("une valeur passée « un an plus tôt » n'est pas un rythme, ni le chiffre d'une autre série (fr)", "fr",
         "2028-04-20",
         "Les pièges photographiques ont rendu leur verdict : 46 lynx vivent désormais dans le massif de la "
         "Borne-Haute, contre 38 un an plus tôt, selon le recensement publié la semaine dernière.", _LYNX),
    Case("the 'River' of one club's name ties no story to another club on a river (en)", "en", "2046-06-22",
         _PADDLERS_EN.format("more than"), _PADDLERS),
    Case("la « River » du nom d'un club ne lie aucun article à un autre club au bord d'une rivière (fr)", "fr",
         "2046-06-22", _PADDLERS_FR.format("compte plus de"), _PADDLERS),
    Case("cases of a poisoning count the poisonings on file (en)", "en", "2046-10-20",
         "The Vauclaire poison centre, swamped after a wet autumn, has logged 19 cases of death-cap poisoning.",
         _DEATH_CAPS),
    Case("des cas d'intoxication comptent les intoxications d'une fiche (fr)", "fr", "2046-10-20",
         "Le centre antipoison de Vauclaire, débordé après un automne humide, a recensé 19 cas d'intoxication à "
         "l'amanite phalloïde.", _DEATH_CAPS),
    Case("a diameter in the article finds a « diamètre » on file (en)", "en", "2031-09-01",
         "The telescope at Kessa observatory, in the north of England, was inaugurated on Friday in the presence "
         "of the minister. It has worked since 19 August. Its main mirror, 4.2 metres in diameter, sits under a "
         "480-tonne dome perched on a windswept ridge. The observatory's old telescope, with its 1.8-metre "
         "mirror, will go to the region's schools.", _MIRRORS),
    Case("un diamètre de l'article trouve le \"diameter\" d'une fiche (fr)", "fr", "2031-09-01",
         "Le télescope de l'observatoire de Skelvane, dans le nord de l'Angleterre, a été inauguré vendredi en "
         "présence de la ministre. Il fonctionne depuis le 19 août. Son miroir principal, de 4,2 mètres de "
         "diamètre, est abrité sous une coupole de 480 tonnes, perchée sur une crête balayée par les vents. "
         "L'ancien télescope de l'observatoire, avec son miroir de 1,8 mètre, sera confié aux lycées de la région.",
         _MIRRORS),
    Case("a loan and a cost of one project each find their own report (en)", "en", "2046-05-09",
         "Kessling's new water tower, a project estimated at $4.8 million, is mostly paid for by a $3.1 million loan "
         "from the Department of Agriculture.", _TOWER),
    Case("un prêt « du ministère » est une somme d'argent, pas un compte de ministères (fr)", "fr", "2046-05-09",
         "Le nouveau château d'eau de Kessling, un projet estimé à 4,8 millions de dollars, est financé pour "
         "l'essentiel par un prêt de 3,1 millions du ministère américain de l'Agriculture.", _TOWER),
    Case("a bare level an addition brings things to counts what was added (en)", "en", "2046-06-01",
         "The Val-de-Frênaz co-op in the Jura opened its solar carport, which also added four charging points and "
         "brings the co-op's total to 11.", _CARPORT),
    Case("un niveau nu auquel un ajout porte le tout compte ce qui a été ajouté (fr)", "fr", "2046-06-01",
         "La coopérative du Val-de-Frênaz, dans le Jura, a inauguré son carport solaire, qui ajoute quatre bornes "
         "de recharge et porte le total de la coopérative à 11.", _CARPORT),
    Case("a story naming only the country of a reference about a named village is not checked against it (en)",
         "en", "2046-04-01", "SAINT-JULIEN-DE-LÉROU, France — Monique Brassac sold her old car in June. She now "
         "books a shared electric car whenever she needs to see her doctor in the valley, 23 km away.",
         _FUEL_STATION),
    Case("un article qui ne nomme que le pays d'une référence sur un village nommé n'y est pas comparé (fr)", "fr",
         "2046-04-01", "SAINT-JULIEN-DE-LÉROU (France) — Monique Brassac a vendu sa vieille voiture en juin. Elle "
         "réserve une voiture électrique partagée pour aller chez son médecin, dans la vallée, à 23 km.",
         _FUEL_STATION),
    Case("a value said of the old works beside the new one's is not checked against the report (en)", "en",
         "2046-06-01", "At Vaurel, the old works removed 61% of the nitrogen from the effluent; the new one removes "
         "93%.", _NITROGEN),
    Case("une valeur dite de l'ancienne station à côté de la nouvelle n'est pas comparée au rapport (fr)", "fr",
         "2046-06-01", "À Vaurel, l'ancienne station éliminait 61 % de l'azote des effluents ; la nouvelle en "
         "élimine 93 %.", _NITROGEN),
    Case("'Saint' of another place name ties no reference (en)", "en", "2046-06-01",
         "Three months after it moved into its new works outside Saint-Sorlin-en-Vaux, the mustard maker says "
         "the plant is running close to plan.", _BASKETRY),
    Case("« Saint » d'un autre nom de lieu ne lie aucune référence (fr)", "fr", "2046-06-01",
         "Trois mois après son installation près de Saint-Sorlin-en-Vaux, la moutarderie dit tourner comme "
         "prévu.", _BASKETRY),
    Case("a share of what the reference names needs fewer other words to be checked, right (en)", "en",
         "2029-03-27", _HARNBY_TEXT.format("more than 80%"), _HARNBY),
    Case("une part de ce que nomme la référence se vérifie avec moins d'autres mots, juste (fr)", "fr",
         "2039-10-01", _SEROUVE_TEXT.format("au plus 30 %"), _SEROUVE),
    Case("a share of the audience is a share of the visitors (en)", "en", "2046-06-18",
         "Since it reopened in March, the Carrowdale planetarium has welcomed 64,500 people. School groups make up "
         "38% of this audience.", _PLANETARIUM),
    Case("une part du public est une part des visiteurs (fr)", "fr", "2046-06-18",
         "Depuis sa réouverture, début mars, le planétarium de Carrowdale a accueilli 64 500 visiteurs. Les "
         "scolaires représentent 38 % de ce public.", _PLANETARIUM),
    Case("a bare count compared with a count of visitors counts visitors, and takes their reference (en)", "en",
         "2046-03-05",
         "The Carraway Street Market opened at its new home on Saturday. Organisers counted about 31,000 visitors "
         "over the weekend, well above the about 25,000 the market usually draws.", _MARKET),
    Case("un nombre nu comparé à des visiteurs compte des visiteurs, et prend leur référence (fr)", "fr",
         "2046-03-05",
         "Le marché de Carraway Street a ouvert samedi sur son nouveau site. Les organisateurs ont compté environ "
         "31 000 visiteurs sur le week-end, bien au-dessus des quelque 25 000 que le marché attire d'habitude.",
         _MARKET),
    Case("a name crosses languages through aliases, not cognates: « la République » names no Kaloven Republic (fr)",
         "fr", "2030-06-01",
         "Le président de la République a rappelé que la population du pays atteint 12 millions d'habitants.",
         REFERENCES),
    Case("a count naming the reference's things by narrower nouns, hedged alike (en)", "en", "2036-03-01",
         "The Wendlow scheme paid for about 12,600 treatments in 2035. More than 5,200 cats and dogs were neutered, "
         "the council's annual report says.", NEUTERED),
    Case("un nombre qui nomme les choses de la référence par des noms plus étroits, même borne (fr)", "fr",
         "2036-03-01",
         "Le dispositif de Wendlow a financé environ 12 600 soins en 2035. Plus de 5 200 chats et chiens ont été "
         "stérilisés, selon le rapport annuel du conseil.", NEUTERED),
    Case("'That leaves' points at a remainder, not at what the sentence before named (en)", "en", "2033-03-01",
         "Aldermere council still holds usable reserves. That leaves £82m for the new pool, the finance chief "
         "said.", (RESERVES,)),
    Case("two speeds in the article: neither names the speed on file by its unit alone (en)", "en", "2046-07-01",
         "The Bellerive is back on Lake Morens. The yard spent four years on her hull and boilers. Her overhauled "
         "steam engine lets her run at 22 km/h, against 30 km/h for the motor launches.", REFERENCES),
    Case("a reference whose value the part writes is not the whole's (en)", "en", "2046-06-20",
         "Maroquinerie Jaquet has bought the Borel tannery next door. Jaquet will keep 23 of the tannery's 38 jobs "
         "and offer the other workers places in its own workshops.", REFERENCES),
    Case("une référence dont la partie écrit la valeur n'est pas celle du tout (fr)", "fr", "2046-06-20",
         "La Maroquinerie Jaquet a racheté la tannerie Borel voisine. Jaquet conservera 23 des 38 emplois de la "
         "tannerie et proposera aux autres salariés des postes dans ses ateliers.", REFERENCES),
    Case("a figure after another verb joined by 'et' to the opening stays a goal (fr)", "fr", "2046-09-01",
         "La Maison des étoiles, un centre d'accueil avec planétarium, doit ouvrir en 2048 et porter son budget à "
         "3,1 millions d'euros.", REFERENCES),
    Case("what a union is asking for is a demand, not the offer on file (en)", "en", "2024-09-20",
         "The Brennock County Education Association is asking for 7%, twice the county's offer.", REFERENCES),
    Case("a part before its whole is not compared with the whole's reference (en)", "en", "2024-06-20",
         "The pilots' union said 412 of Aeris's 640 pilots had voted for the walkout, about two-thirds of the "
         "total.", REFERENCES),
    Case("a part given as a share of the total (fr)", "fr", "2024-06-20",
         "Dans le Loire-Amont, la grêle a touché 420 exploitations. Seules 120 exploitations, moins d'un tiers "
         "du total, étaient assurées.", REFERENCES),
    Case("a yardstick figure is not what the subject counts (en)", "en", "2024-06-20",
         "Port Alder's new wind farm will produce the equivalent of the consumption of 700,000 inhabitants.",
         REFERENCES),
    Case("un chiffre étalon n'est pas ce que compte le sujet (fr)", "fr", "2024-06-20",
         "Le parc éolien de Port Alder produira l'équivalent de la consommation d'environ 700 000 habitants.",
         REFERENCES),
    Case("a fraction of something the reference does not measure (en)", "en", "2024-06-20",
         "In the Orrin dam referendum, the dam was backed by nearly two-thirds of those who took part.",
         REFERENCES),
    Case("a counted noun that is not what the reference counts, though a word beside it is (en)", "en",
         "2024-06-20", "Lava has cut Hessa in two. Six fire crews from the Tolvar side fought the flames.",
         REFERENCES),
    Case("a goal is not compared with a figure that is not a forecast (en)", "en", "2026-04-20",
         "Estravie's finance ministry wants to bring the pension fund deficit down to €1bn by 2032.", REFERENCES),
    Case("a whole's words fit a part's reference: the part keeps it (fr)", "fr", "2026-05-12",
         "Au Vorland, l'Union verte obtient 31,2 % des voix et 34 des 95 sièges de l'assemblée régionale. Le Parti "
         "civique recule à 27 sièges.", REFERENCES),
    Case("an amount restating a share is a part, not the total (en)", "en", "2026-09-20",
         "Trévignac airport handled 1.84 million passengers last year. Volantis alone accounted for 58% of that "
         "traffic, or roughly 1.07 million travellers.", REFERENCES),
    Case("an addition is no level (en)", "en", "2026-10-01",
         "In the Arvenne, the prefecture has promised four more examiners for driving tests by January.",
         REFERENCES),
    Case("une addition n'est pas un niveau (fr)", "fr", "2026-10-01",
         "Pour le permis dans l'Arvenne, la préfecture promet quatre inspecteurs supplémentaires.", REFERENCES),
    Case("an expectation is a forecast, not compared with a fact (en)", "en", "2026-05-02",
         "The Kerlune Lighthouse's distributor had expected to sell about 1.5 million tickets in France.",
         REFERENCES),
    Case("une attente est une prévision, pas comparée à un fait (fr)", "fr", "2026-05-02",
         "Le distributeur du Phare de Kerlune, qui tablait sur 1,5 million d'entrées en France, a dû commander de "
         "nouvelles copies.", REFERENCES),
    Case("a demand is not compared with a plan (en)", "en", "2026-06-20",
         "In the Sarrasine massif, wolves keep attacking flocks. Farmers' unions want a ceiling of 19 culls.",
         REFERENCES),
    Case("une revendication n'est pas comparée à un plan (fr)", "fr", "2026-06-20",
         "Dans le massif de la Sarrasine, les loups attaquent toujours. Les syndicats agricoles réclament un "
         "plafond de 19 tirs.", REFERENCES),
    Case("« revendiquer » before a figure it does not govern directly still demands (fr)", "fr", "2026-06-20",
         "Dans le massif de la Sarrasine, les loups attaquent toujours. Les syndicats agricoles revendiquent un "
         "plafond de 19 tirs.", REFERENCES),
    Case("an addition written before its noun is no level (en)", "en", "2027-01-20",
         "In Varenne-Haute, the council opened 200 extra beds in a former barracks last week.", REFERENCES),
    Case("a possessive word of a description does not say what a figure counts (en)", "en", "2024-06-20",
         "Aeris Northern employs 640 pilots; the pilots' strike grounded the airline for two days.", REFERENCES),
]

INVALID = [
    Case("a count of people who became something is a count of what they became (en)", "en", "2046-06-01",
         "In Carver Springs, the 2,640 residents who became shareholders of the Majestic Theatre cooperative were "
         "invited to the opening night.", _MAJESTIC,
         (Flag("2,640", "value_mismatch", "error", "majestic-shareholders"),)),
    Case("un nombre de gens devenus quelque chose compte ce qu'ils sont devenus (fr)", "fr", "2046-06-01",
         "À Carver Springs, les 2 640 habitants devenus actionnaires de la coopérative du Majestic étaient invités "
         "à la soirée d'ouverture.", _MAJESTIC,
         (Flag("2 640", "value_mismatch", "error", "majestic-shareholders"),)),
    Case("a sum per period at the end of its sentence is checked against the reference per period (en)", "en",
         "2046-03-01", "Harrow Vale Rowing Club members pay a membership fee of £100 a year.", _CLUB_FEES,
         (Flag("£100", "value_mismatch", "error", "harrow-annual"),)),
    Case("une somme par période en fin de phrase est comparée à la référence par période (fr)", "fr", "2046-03-01",
         "Les membres du club d'aviron de Harrow Vale paient une cotisation de 100 livres par an.", _CLUB_FEES,
         (Flag("100 livres", "value_mismatch", "error", "harrow-annual"),)),
    Case("a figure a year against the figure of one year on file (en)", "en", "2046-04-02",
         "Mobilité Santé Ardenne's volunteer drivers make up to 5,200 trips a year to dialysis and chemotherapy.",
         _PATIENT_TRIPS, (Flag("up to 5,200", "hedge_conflict", "error", "msa-trips"),)),
    Case("un chiffre par an face au chiffre d'une année au dossier (fr)", "fr", "2046-04-02",
         "Les chauffeurs bénévoles de Mobilité Santé Ardenne assurent jusqu'à 5 200 trajets par an vers la dialyse "
         "et la chimiothérapie.", _PATIENT_TRIPS,
         (Flag("jusqu'à 5 200", "hedge_conflict", "error", "msa-trips"),)),
    Case("a figure a day against a reference 'each school day' (en)", "en", "2046-09-01",
         "The Prairie Sage School Division carries 1,940 students a day on its 47 routes.", _SCHOOL_BUSES,
         (Flag("1,940", "value_mismatch", "error", "psd-riders"),)),
    Case("un chiffre par jour face à une référence « chaque jour » (fr)", "fr", "2046-09-01",
         "La division scolaire Prairie Sage transporte 1 940 élèves par jour sur ses 47 circuits.",
         tuple(record | {"measure": "élèves transportés chaque jour"} for record in _SCHOOL_BUSES),
         (Flag("1 940", "value_mismatch", "error", "psd-riders"),)),
    Case("a sum per period with few words of its own is matched by its period (en)", "en", "2046-05-12",
         "Every Thursday, the 42 pupils of the Vaudrecourt school spend the day in the communal forest. The budget, "
         "€14,000 a year, is 30% paid by the commune; the rest comes from the state and from cake sales.",
         _FOREST_CLASS, (Flag("€14,000", "value_mismatch", "error", "vaudrecourt-budget"),)),
    Case("une somme par période avec peu de mots à elle est appariée par sa période (fr)", "fr", "2046-05-12",
         "Chaque jeudi, les 42 élèves de l'école de Vaudrecourt passent la journée dans la forêt communale. Le "
         "budget, 14 000 euros par an, est assumé à 30 % par la commune ; le reste vient de l'État et des ventes "
         "de gâteaux.", _FOREST_CLASS, (Flag("14 000 euros", "value_mismatch", "error", "vaudrecourt-budget"),)),
    Case("a sum per period before a comma is checked against the reference per period (en)", "en", "2046-09-03",
         "The Lire au Village literacy classes run in 19 villages. The facilitators receive 30,000 CFA francs a "
         "month, paid out of the association's budget.", _ALLOWANCES,
         (Flag("30,000 CFA francs", "value_mismatch", "error", "lav-allowance"),)),
    Case("une somme par période avant une virgule est comparée à la référence par période (fr)", "fr",
         "2046-09-03",
         "Les cours d'alphabétisation de Lire au Village touchent 19 villages. Les animateurs touchent 30 000 "
         "francs CFA par mois, versés sur le budget de l'association.", _ALLOWANCES,
         (Flag("30 000 francs CFA", "value_mismatch", "error", "lav-allowance"),)),
    Case("a reference whose notes give its period matches a sum per period (en)", "en", "2046-09-10",
         "A newly qualified teacher in Braxton starts on £28,400 a year, and the council's offer of a golden hello "
         "has drawn few applicants.", _SALARY,
         (Flag("£28,400", "value_mismatch", "error", "braxton-salary"),)),
    Case("une référence dont les notes donnent la période répond à une somme par période (fr)", "fr", "2046-09-10",
         "À Braxton, un enseignant débutant touche un salaire de départ de 28 400 livres par an, et la prime "
         "d'embauche du conseil attire peu de candidats.", _SALARY,
         (Flag("28 400 livres", "value_mismatch", "error", "braxton-salary"),)),
    Case("a club's count is checked against its own report, not one whose name also holds 'River' (en)", "en",
         "2046-06-22", _PADDLERS_EN.format("no more than"), _PADDLERS,
         (Flag("no more than 300", "hedge_conflict", "error", "tamarack-members"),)),
    Case("le nombre d'un club est comparé à son rapport, pas à un autre dont le nom a « River » (fr)", "fr",
         "2046-06-22", _PADDLERS_FR.format("ne compte pas plus de"), _PADDLERS,
         (Flag("pas plus de 300", "hedge_conflict", "error", "tamarack-members"),)),
    Case("cases of a poisoning against an at-least count of poisonings (en)", "en", "2046-10-20",
         "The Vauclaire poison centre, swamped after a wet autumn, has logged fewer than 17 cases of death-cap "
         "poisoning.", _DEATH_CAPS, (Flag("fewer than 17", "hedge_conflict", "error", "vauclaire-deathcap"),)),
    Case("des cas d'intoxication face à un nombre minimal d'intoxications (fr)", "fr", "2046-10-20",
         "Le centre antipoison de Vauclaire, débordé après un automne humide, a recensé moins de 17 cas "
         "d'intoxication à l'amanite phalloïde.", _DEATH_CAPS,
         (Flag("moins de 17", "hedge_conflict", "error", "vauclaire-deathcap"),)),
    Case("a diameter off the « diamètre » on file (en)", "en", "2031-09-01",
         "The telescope at Kessa observatory, in the north of England, was inaugurated on Friday in the presence "
         "of the minister. It has worked since 19 August. Its main mirror, 3.6 metres in diameter, sits under a "
         "480-tonne dome perched on a windswept ridge. The observatory's old telescope, with its 1.8-metre "
         "mirror, will go to the region's schools.", _MIRRORS,
         (Flag("3.6 metres", "value_mismatch", "error", "kessa-mirror"),)),
    Case("un diamètre loin du \"diameter\" d'une fiche (fr)", "fr", "2031-09-01",
         "Le télescope de l'observatoire de Skelvane, dans le nord de l'Angleterre, a été inauguré vendredi en "
         "présence de la ministre. Il fonctionne depuis le 19 août. Son miroir principal, de 3,6 mètres de "
         "diamètre, est abrité sous une coupole de 480 tonnes, perchée sur une crête balayée par les vents. "
         "L'ancien télescope de l'observatoire, avec son miroir de 1,8 mètre, sera confié aux lycées de la région.",
         _MIRRORS,
         (Flag("3,6 mètres", "value_mismatch", "error", "skelvane-mirror"),)),
    Case("a loan off its report beside the project's cost (en)", "en", "2046-05-09",
         "Kessling's new water tower, a project estimated at $4.8 million, is mostly paid for by a $3.6 million loan "
         "from the Department of Agriculture.", _TOWER, (Flag("$3.6 million", "value_mismatch", "error",
                                                               "kessling-loan"),)),
    Case("un prêt « du ministère » loin de son rapport à côté du coût du projet (fr)", "fr", "2046-05-09",
         "Le nouveau château d'eau de Kessling, un projet estimé à 4,8 millions de dollars, est financé pour "
         "l'essentiel par un prêt de 3,6 millions du ministère américain de l'Agriculture.", _TOWER,
         (Flag("3,6 millions", "value_mismatch", "error", "kessling-loan"),)),
    Case("a bare level off the report of what was added (en)", "en", "2046-06-01",
         "The Val-de-Frênaz co-op in the Jura opened its solar carport, which also added four charging points and "
         "brings the co-op's total to 14.", _CARPORT, (Flag("14", "value_mismatch", "error", "frenaz-chargers"),)),
    Case("un niveau nu loin du rapport sur ce qui a été ajouté (fr)", "fr", "2046-06-01",
         "La coopérative du Val-de-Frênaz, dans le Jura, a inauguré son carport solaire, qui ajoute quatre bornes "
         "de recharge et porte le total de la coopérative à 14.", _CARPORT,
         (Flag("14", "value_mismatch", "error", "frenaz-chargers"),)),
    Case("a story naming the village of the reference is checked against it (en)", "en", "2046-04-01",
         "VÉZILLAC-SUR-DOURBE, France — Since the station closed, the nearest pump is 23 km away, in the valley.",
         _FUEL_STATION, (Flag("23 km", "hedge_conflict", "error", "vezillac-distance"),)),
    Case("un article qui nomme le village de la référence y est comparé (fr)", "fr", "2046-04-01",
         "VÉZILLAC-SUR-DOURBE (France) — Depuis la fermeture de la station, la pompe la plus proche est à 23 km, "
         "dans la vallée.", _FUEL_STATION, (Flag("23 km", "hedge_conflict", "error", "vezillac-distance"),)),
    Case("the new value off the report beside a value said of the old works (en)", "en", "2046-06-01",
         "At Vaurel, the old works removed 61% of the nitrogen from the effluent; the new one removes 86%.",
         _NITROGEN, (Flag("86%", "value_mismatch", "error", "vaurel-nitrogen"),)),
    Case("la nouvelle valeur loin du rapport à côté de celle de l'ancienne station (fr)", "fr", "2046-06-01",
         "À Vaurel, l'ancienne station éliminait 61 % de l'azote des effluents ; la nouvelle en élimine 86 %.",
         _NITROGEN, (Flag("86 %", "value_mismatch", "error", "vaurel-nitrogen"),)),
    Case("a past value keeps no reference from the figure it is the past of (en)", "en", "2046-03-19",
         "Vaulmoret's lace conservatory is riding the wave. It now teaches 1,420 pupils, against 96 five years ago.",
         _LACE_SCHOOL, (Flag("1,420", "value_mismatch", "error", "vaulmoret-pupils"),)),
    Case("une valeur passée ne prend pas la référence du chiffre dont elle est le passé (fr)", "fr", "2046-03-19",
         "Le conservatoire de la dentelle de Vaulmoret profite de cette visibilité. Il compte 1 420 élèves cette "
         "année, contre 96 il y a cinq ans.", _LACE_SCHOOL,
         (Flag("1 420", "value_mismatch", "error", "vaulmoret-pupils"),)),
    Case("a share of what the reference names needs fewer other words to be checked, wrong hedge (en)", "en",
         "2029-03-27", _HARNBY_TEXT.format("under 80%"), _HARNBY,
         (Flag("under 80%", "hedge_conflict", "error", "harnby-strikers"),)),
    Case("une part de ce que nomme la référence se vérifie avec moins d'autres mots, faux (fr)", "fr",
         "2039-10-01", _SEROUVE_TEXT.format("plus de 30 %"), _SEROUVE,
         (Flag("plus de 30 %", "hedge_conflict", "error", "serouve-brine"),)),
    Case("a share of the audience is checked as a share of the visitors (en)", "en", "2046-06-18",
         "Since it reopened in March, the Carrowdale planetarium has welcomed 64,500 people. School groups make up "
         "45% of this audience.", _PLANETARIUM, (Flag("45%", "value_mismatch", "error", "carrowdale-school"),)),
    Case("une part du public est vérifiée comme une part des visiteurs (fr)", "fr", "2046-06-18",
         "Depuis sa réouverture, début mars, le planétarium de Carrowdale a accueilli 64 500 visiteurs. Les "
         "scolaires représentent 45 % de ce public.", _PLANETARIUM,
         (Flag("45 %", "value_mismatch", "error", "carrowdale-school"),)),
    Case("a bare count compared with visitors is checked as visitors (en)", "en", "2046-03-05",
         "The Carraway Street Market opened at its new home on Saturday. Organisers counted about 31,000 visitors "
         "over the weekend, well above the about 19,000 the market usually draws.", _MARKET,
         (Flag("about 19,000", "value_mismatch", "error", "carraway-visitors"),)),
    Case("un nombre nu comparé à des visiteurs est vérifié comme des visiteurs (fr)", "fr", "2046-03-05",
         "Le marché de Carraway Street a ouvert samedi sur son nouveau site. Les organisateurs ont compté environ "
         "31 000 visiteurs sur le week-end, bien au-dessus des quelque 19 000 que le marché attire d'habitude.",
         _MARKET, (Flag("quelque 19 000", "value_mismatch", "error", "carraway-visitors"),)),
    Case("a figure before a reported plan of another clause is no goal (en)", "en", "2037-05-06",
         "The Brindle & Carrow Canal Company puts the repair bill at £2.6 million and says the canal will reopen "
         "on 31 July.", CANAL,
         (Flag("£2.6 million", "value_mismatch", "error", "carrow-repairs"),)),
    Case("un chiffre avant le projet d'une autre proposition n'est pas un objectif (fr)", "fr", "2037-05-06",
         "La compagnie du canal Brindle & Carrow chiffre la facture des réparations à 2,6 millions de livres et "
         "assure que le canal rouvrira le 31 juillet.", CANAL,
         (Flag("2,6 millions de livres", "value_mismatch", "error", "carrow-repairs"),)),
    Case("a count naming the reference's things by narrower nouns, hedge against it (en)", "en", "2036-03-01",
         "The Wendlow scheme paid for about 12,600 treatments in 2035. Fewer than 5,200 cats and dogs were "
         "neutered, the council's annual report says.", NEUTERED,
         (Flag("Fewer than 5,200", "hedge_conflict", "error", "wendlow-neutered"),)),
    Case("un nombre qui nomme les choses de la référence par des noms plus étroits, borne contraire (fr)", "fr",
         "2036-03-01",
         "Le dispositif de Wendlow a financé environ 12 600 soins en 2035. Moins de 5 200 chats et chiens ont été "
         "stérilisés, selon le rapport annuel du conseil.", NEUTERED,
         (Flag("Moins de 5 200", "hedge_conflict", "error", "wendlow-neutered"),)),
    Case("a sentence opening with 'They' measures what the sentence before named (en)", "en", "2033-03-01",
         "Aldermere council still holds usable reserves. They amount to £82m, but the finance chief, Tom Hadley, "
         "refuses to empty the coffers.", (RESERVES,), (Flag("£82m", "value_mismatch", "error", "ald-reserves"),)),
    Case("une phrase ouverte par « Celles-ci » mesure ce que nommait la phrase d'avant (fr)", "fr", "2033-03-01",
         "Le conseil d'Aldermere dispose encore de réserves utilisables. Celles-ci s'élèvent à 82 millions de livres, "
         "mais l'adjoint aux finances refuse de « vider le coffre ».", (RESERVES,),
         (Flag("82 millions de livres", "value_mismatch", "error", "ald-reserves"),)),
    Case("'on average' says what an average reference measures (en)", "en", "2033-05-01",
         "The Saint-Arvel spa reopened in May. Bookings have soared since. Spa-goers pay €590 on average.", REFERENCES,
         (Flag("€590", "value_mismatch", "error", "arvel-cure"),)),
    Case("« en moyenne » dit ce que mesure une référence de moyenne (fr)", "fr", "2033-05-01",
         "Les thermes de Saint-Arvel ont rouvert en mai. Une cure de trois semaines revient en moyenne à 590 "
         "euros.", REFERENCES,
         (Flag("590 euros", "value_mismatch", "error", "arvel-cure"),)),
    Case("a yardstick is compared with a reference of that very equivalent (en)", "en", "2032-06-01",
         "The Skerra tidal array produces enough to power 41,000 homes, its operator says.", REFERENCES,
         (Flag("41,000", "value_mismatch", "error", "skerra-homes"),)),
    Case("un étalon est comparé à une référence de cet équivalent même (fr)", "fr", "2032-06-01",
         "Le parc hydrolien de Skerra alimente l'équivalent de 41 000 foyers, selon son exploitant.", REFERENCES,
         (Flag("41 000", "value_mismatch", "error", "skerra-homes"),)),
    Case("'invested' says what an investment reference measures (en)", "en", "2032-06-01",
         "In all, £1.4bn has been invested at Skerra.", REFERENCES,
         (Flag("£1.4bn", "value_mismatch", "error", "skerra-cost"),)),
    Case("« investis » dit ce que mesure une référence d'investissement (fr)", "fr", "2032-06-01",
         "Au total, 1,4 milliard de livres ont été investis à Skerra.", REFERENCES,
         (Flag("1,4 milliard de livres", "value_mismatch", "error", "skerra-cost"),)),
    Case("a place named only by its adjective is the reference's subject: 'the Kestravan navy' (en)", "en",
         "2033-03-01", "The Kestravan navy now fields 15 frigates, its admirals said.", REFERENCES,
         (Flag("15", "value_mismatch", "error", "kestrava-frigates"),)),
    Case("un lieu nommé par son seul adjectif : « la marine kestravaise » (fr)", "fr", "2033-03-01",
         "La marine kestravaise aligne désormais 15 frégates, selon l'état-major.", REFERENCES,
         (Flag("15", "value_mismatch", "error", "kestrava-frigates"),)),
    Case("a verb says what a generic noun counts: 'employs ... people' (en)", "en", "2024-06-20",
         "Kessel Systems, which employs 14,200 people, will close two offices.", REFERENCES,
         (Flag("14,200", "value_mismatch", "error", "kessel-staff"),)),
    Case("« emploie ... personnes » (fr)", "fr", "2024-06-20",
         "Kessel Systems, qui emploie 14 200 personnes, va fermer deux bureaux.", REFERENCES,
         (Flag("14 200", "value_mismatch", "error", "kessel-staff"),)),
    Case("a part keeps a reference of its own, not its whole's (en)", "en", "2024-03-12",
         "The Progressive Alliance won 41 of the 87 seats in Norland's provincial assembly.", REFERENCES,
         (Flag("41", "value_mismatch", "error", "progressive-seats"),)),
    Case("une partie garde sa propre référence (fr)", "fr", "2024-03-12",
         "L'Alliance progressiste a remporté 34 des 92 sièges de l'assemblée du Norland.", REFERENCES,
         (Flag("92", "value_mismatch", "error", "norland-seats"),)),
    Case("a fraction said of what the reference measures is compared (fr)", "fr", "2024-06-20",
         "Au référendum sur le barrage d'Orrin, la participation a atteint les deux tiers.",
         REFERENCES, (Flag("deux tiers", "value_mismatch", "error", "orrin-turnout"),)),
    Case("a figure of the subject itself is still checked (en)", "en", "2024-06-20",
         "Port Alder, a city of 700,000 inhabitants, will get a new wind farm.", REFERENCES,
         (Flag("700,000", "value_mismatch", "error", "alder-population"),)),
    Case("a figure far off the reference its words fit best is compared with the next one (en)", "en",
         "2024-06-20", "Lava from Tolvar has forced 9,000 people from their homes, one in five of Hessa's residents.",
         REFERENCES,
         (Flag("9,000", "value_mismatch", "error", "hessa-evacuees"),)),
    Case("a forecast is compared with a forecast on file (en)", "en", "2026-04-20",
         "Estravie's finance ministry expects the pension reform to save €7.2 million by 2032.", REFERENCES,
         (Flag("€7.2 million", "scale", "error", "estravie-savings"),)),
    Case("a figure dated this year is no goal because another figure of its sentence has a deadline (en)", "en",
         "2026-04-20", "Estravie's finance ministry expects the reform to save €7.2 billion by 2032 and says it is "
         "needed to rein in a health insurance deficit now put at €4.1bn for this year.", REFERENCES,
         (Flag("€4.1bn", "value_mismatch", "error", "estravie-health-deficit"),)),
    Case("un chiffre daté de cette année n'est pas un objectif parce qu'un autre a une échéance (fr)", "fr",
         "2026-04-20", "En Estravie, le ministère compte économiser 7,2 milliards d'euros d'ici 2032 et juguler le "
         "déficit de l'assurance maladie estimé à 4,1 milliards d'euros cette année.", REFERENCES,
         (Flag("estimé à 4,1 milliards d'euros", "value_mismatch", "error", "estravie-health-deficit"),)),
    Case("an amount of change is compared with a change on file (en)", "en", "2026-11-20",
         "Volantis dropped 14 routes at Trévignac airport last month.", REFERENCES,
         (Flag("14", "value_mismatch", "error", "volantis-routes-dropped"),)),
    Case("un montant de baisse comparé à une baisse (fr)", "fr", "2026-11-20",
         "À l'aéroport de Trévignac, les effectifs de Volantis ont baissé de 240 postes.", REFERENCES,
         (Flag("240", "value_mismatch", "error", "volantis-staff-cut"),)),
    Case("a date of another clause does not make a figure a goal (en)", "en", "2026-04-20",
         "\"The Kerlune Lighthouse\" opens in American cinemas next week after selling 3.1 million tickets at home "
         "since its release.", REFERENCES,
         (Flag("3.1 million", "value_mismatch", "error", "kerlune-tickets"),)),
    Case("une date d'une autre proposition ne fait pas d'un chiffre un objectif (fr)", "fr", "2026-04-20",
         "« Le Phare de Kerlune » sortira aux États-Unis la semaine prochaine après avoir vendu 3,1 millions "
         "d'entrées en France depuis sa sortie.", REFERENCES,
         (Flag("3,1 millions", "value_mismatch", "error", "kerlune-tickets"),)),
    Case("a figure per year matches a reference whose measure is annual in any agreement (en)", "en", "2033-11-02",
         "In Lanzenac, the council says switching off the street lights saves it €410,000 a year on its electricity "
         "bill.", REFERENCES,
         (Flag("€410,000", "value_mismatch", "error", "lanzenac-savings"),)),
    Case("a quota is a plan a figure to come is compared with (en)", "en", "2026-12-20",
         "Port-Kerlin's fishermen will be allowed to land 8,450 tonnes of hake next year.", REFERENCES,
         (Flag("8,450 tonnes", "value_mismatch", "error", "kerlin-hake-quota"),)),
    Case("un quota est un plan (fr)", "fr", "2026-12-20",
         "Les pêcheurs de Port-Kerlin pourront débarquer 8 450 tonnes de merlu l'an prochain, selon leur quota.",
         REFERENCES, (Flag("8 450 tonnes", "value_mismatch", "error", "kerlin-hake-quota"),)),
    Case("what a contract calls for is what was ordered, no demand (en)", "en", "2031-04-10",
         "The Tarrow Sound interconnector is taking shape. The contract, worth £310 million, calls for 64 km of "
         "subsea cable.", REFERENCES, (Flag("64 km", "value_mismatch", "error", "tarrow-cable-order"),)),
    Case("ce qu'un contrat exige a été commandé, ce n'est pas une revendication (fr)", "fr", "2031-04-10",
         "L'interconnexion de Tarrow Sound prend forme : le contrat, signé en mars, exige 64 km de câble "
         "sous-marin.", REFERENCES, (Flag("64 km", "value_mismatch", "error", "tarrow-cable-order"),)),
    Case("the article's one speed names the one speed on file for its subject by its unit alone (en)", "en",
         "2046-07-01",
         "The Bellerive is back on Lake Morens. The yard spent four years on her hull and boilers. Her overhauled "
         "steam engine lets her run at 22 km/h, with only the beat of the paddles to be heard.", REFERENCES,
         (Flag("22 km/h", "value_mismatch", "error", "bellerive-speed"),)),
    Case("la seule vitesse de l'article désigne par son unité la seule vitesse connue de son sujet (fr)", "fr",
         "2046-07-01",
         "Le Bellerive a retrouvé le lac de Morens. Le chantier a passé quatre ans sur sa coque et ses chaudières. "
         "Sa machine à vapeur, entièrement révisée, lui permet de filer à 22 km/h : on n'entend que le battement "
         "des roues.", REFERENCES,
         (Flag("22 km/h", "value_mismatch", "error", "bellerive-speed"),)),
    Case("a date when work starts is no deadline of what is built (en)", "en", "2046-04-10",
         "In Wendham Hollow, work begins in June on eight concrete underpasses under Ridley Road.", REFERENCES,
         (Flag("eight", "value_mismatch", "error", "ridley-underpasses"),)),
    Case("la date où commence le chantier n'est pas l'échéance de ce qu'il construit (fr)", "fr", "2046-04-10",
         "À Wendham Hollow, les travaux commencent en juin sur huit passages souterrains sous Ridley Road.",
         REFERENCES, (Flag("huit", "value_mismatch", "error", "ridley-underpasses"),)),
    Case("'Each' before a verb stands for what the sentence before counted (en)", "en", "2046-03-01",
         "Sellerie Vauclair has dressed riders since 1921. The workshop made 320 made-to-measure saddles last year "
         "for show jumpers and mounted police. Each takes about 40 days in the hands of a craftsman, from the wooden "
         "tree to the final stitching, and sells for €5,200 on average.", REFERENCES,
         (Flag("about 40 days", "value_mismatch", "error", "vauclair-saddle-hours"),)),
    Case("« Chacune » en tête de phrase reprend ce que comptait la phrase d'avant (fr)", "fr", "2046-03-01",
         "La Sellerie Vauclair habille les cavaliers depuis 1921. L'atelier a fabriqué 320 selles sur mesure l'an "
         "dernier pour des cavaliers et la police montée. Chacune nécessite environ 40 jours de travail entre les "
         "mains d'un artisan, de l'arçon de bois aux dernières coutures, et se vend 5 200 euros en moyenne.",
         REFERENCES,
         (Flag("environ 40 jours", "value_mismatch", "error", "vauclair-saddle-hours"),)),
    Case("a share 'of the bill' is a share of a French reference's « coût » (en)", "en", "2046-06-10",
         "The trip-hammer forge of Combe-Mouraz is working again. The canton of Vaud paid 54% of the bill.",
         REFERENCES, (Flag("54%", "value_mismatch", "error", "combe-canton-share"),)),
    Case("une part « du coût » est une part du « cost » d'une référence anglaise (fr)", "fr", "2046-06-10",
         "Le phare de Ravel est de nouveau allumé. La région a payé 38 % du coût des travaux.", REFERENCES,
         (Flag("38 %", "value_mismatch", "error", "ravel-region-share"),)),
    Case("a date after a verb of opening dates the opening, not the cost (en)", "en", "2046-09-01",
         "The Maison des étoiles, a visitor centre with a planetarium, is due to open in 2048 near Merlande at a "
         "cost of €3.1 million.", REFERENCES,
         (Flag("€3.1 million", "value_mismatch", "error", "merlande-centre-cost"),)),
    Case("une date après un verbe d'ouverture date l'ouverture, pas le coût (fr)", "fr", "2046-09-01",
         "La Maison des étoiles, un centre d'accueil avec planétarium, doit ouvrir en 2048 près de Merlande pour "
         "3,1 millions d'euros.", REFERENCES,
         (Flag("3,1 millions d'euros", "value_mismatch", "error", "merlande-centre-cost"),)),
    Case("a demand is compared with a demand on file (en)", "en", "2026-06-20",
         "In the Ardanne massif, farmers' unions want 40 wolf culls this year.", REFERENCES,
         (Flag("40", "value_mismatch", "error", "ardanne-culls-asked"),)),
    Case("une revendication comparée à une revendication (fr)", "fr", "2026-06-20",
         "Dans le massif de l'Ardanne, les syndicats agricoles réclament 40 tirs de loups cette année.",
         REFERENCES, (Flag("40", "value_mismatch", "error", "ardanne-culls-asked"),)),
    Case("une prévision comparée à une prévision (fr)", "fr", "2026-04-20",
         "En Estravie, la réforme des retraites doit permettre 5,6 milliards d'euros d'économies d'ici à 2032.",
         REFERENCES, (Flag("5,6 milliards d'euros", "value_mismatch", "error", "estravie-savings"),)),
    Case("a verb of the noun's family says what is measured (fr)", "fr", "2026-04-20",
         "À Corvenne, le projet de tram aura coûté 410 millions d'euros.", REFERENCES,
         (Flag("410 millions d'euros", "value_mismatch", "error", "corvenne-tram-cost"),)),
    Case("a plan compared with a plan on file (fr)", "fr", "2025-11-06",
         "L'Université Sainte-Aurore supprimera plus de 210 postes administratifs d'ici à l'été prochain.",
         REFERENCES, (Flag("plus de 210", "hedge_conflict", "error", "aurora-posts"),)),
    Case("'in custody' says they were detained (en)", "en", "2026-09-25",
         "Police at Saltmere found cocaine in the containers. Fifteen people are now in custody.", REFERENCES,
         (Flag("Fifteen", "value_mismatch", "error", "saltmere-arrests"),)),
    Case("'pulled alive' counts survivors (en)", "en", "2027-06-03",
         "After the Carvo shipwreck, only 23 people were pulled alive from the water.", REFERENCES,
         (Flag("23", "value_mismatch", "error", "carvo-survivors"),)),
    Case("a year after a clause mark dates something else (en)", "en", "2028-04-20",
         "In the Borne-Haute massif, fewer than nine lynx have been killed by vehicles since the releases began, "
         "and a wildlife bridge is due to open in 2029.", REFERENCES,
         (Flag("fewer than nine", "hedge_conflict", "error", "borne-roadkill"),)),
    Case("an addition is checked against a reference of additions (fr)", "fr", "2026-10-01",
         "Contre la coqueluche dans le Vallonne, le ministère a commandé 2 millions de doses supplémentaires.",
         REFERENCES, (Flag("2 millions", "value_mismatch", "error", "vallonne-doses"),)),
    Case("the whole is still checked when its part is left out (en)", "en", "2024-06-20",
         "The pilots' union said 412 of Aeris's 820 pilots had voted for the walkout.", REFERENCES,
         (Flag("820", "value_mismatch", "error", "aeris-pilots"),)),
    Case("le total reste vérifié (fr)", "fr", "2024-06-20",
         "Dans le Loire-Amont, la grêle a touché 610 exploitations. Seules 120 exploitations, moins d'un tiers "
         "du total, étaient assurées.", REFERENCES,
         (Flag("610", "value_mismatch", "error", "loire-farms"),)),
]


@pytest.mark.parametrize("case", VALID, ids=lambda case: case.name)
def test_passes(case: Case) -> None:
    assert_case(case, CHECKED)


@pytest.mark.parametrize("case", INVALID, ids=lambda case: case.name)
def test_flags(case: Case) -> None:
    assert_case(case, CHECKED)
