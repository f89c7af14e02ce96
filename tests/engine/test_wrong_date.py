"""wrong_date: a dated fact placed outside the reference's date, relative dates included."""

from __future__ import annotations

import pytest
from rule_tester import Case, Flag, assert_case, reference

REFERENCES = (
    reference("ardelan-delivery", "Ardelan Navy patrol vessels", "delivery of the first vessel", ["Ardelan",
              "patrol vessels", "patrouilleurs", "navires", "delivered", "delivery", "livré", "livraison"], "date",
              date="2033-07-11", as_of="2033-07-11"),
    reference("ardelan-vessels", "Ardelan Navy patrol vessels", "vessels ordered", ["Ardelan", "patrol vessels",
              "patrouilleurs", "navires", "ordered", "commandés"], "count", 6, as_of="2033-03-09"),
    reference("halden-bridge-opening", "Halden bridge", "opening to traffic", ["Halden bridge", "pont de Halden",
              "opened", "opening", "inauguré", "inauguration", "mise en service"], "date",
              date="2023-06-30", as_of="2023-06-30"),
    reference("halden-bridge-length", "Halden bridge", "length of the bridge", ["Halden bridge", "pont de Halden",
              "length", "long", "longueur"], "quantity", 7.8, unit="km", as_of="2023-06-30"),
    reference("tallgrass-alert", "Tallgrass Ridge Mesonet, Ardell (Kansas)", "first flash-drought alert of 2046",
              ["Tallgrass Ridge Mesonet", "mesonet", "network", "réseau", "flash-drought alert", "alert", "alerte",
               "sécheresse éclair"], "date", date="2046-06-11", as_of="2046-06-12"),
    reference("herons-centre-opening", "Lac-aux-Hérons", "opening of the service centre", ["Lac-aux-Hérons",
              "service centre", "centre de services", "presbytery", "presbytère", "opening", "opened", "ouverture"],
              "date", date="2046-03-16", as_of="2046-03-01"),
    reference("merrindale-rates", "Merrindale Dollar", "first day rates can be paid in Merrindale Dollars",
              ["Merrindale Dollars", "Merrindale", "local currency", "monnaie locale", "rates", "taxe foncière",
               "pay", "régler"], "date", date="2046-07-01", as_of="2046-06-20"),
    reference("ridley-big-night", "Ridley Road amphibian crossing, Wendham Hollow", "peak migration night of spring "
              "2046 (Big Night)", ["Ridley Road", "Wendham Hollow", "migration night", "big night", "nuit de "
              "migration", "grande nuit", "nights", "nuits"], "date", date="2046-04-03", as_of="2046-04-04"),
)

STRIKE = (
    reference("aeris-strike-start", "Aeris Northern pilots' strike", "start of the strike", ["Aeris Northern",
              "Aeris", "pilots' strike", "grève des pilotes", "strike", "walkout", "grève"], "date",
              date="2024-07-03", as_of="2024-07-03"),
    reference("aeris-cancelled", "Aeris Northern pilots' strike", "flights cancelled", ["Aeris Northern", "Aeris",
              "cancelled flights", "vols annulés"], "count", 250, qualifier="more_than", as_of="2024-07-04"),
)
REFERENDUM = (
    reference("orrin-referendum-date", "Lake Orrin dam referendum", "date of the referendum", ["Lake Orrin",
              "Orrin", "Orrin dam", "barrage du lac Orrin", "referendum", "référendum", "vote"], "date",
              date="2024-10-13", as_of="2024-08-20"),
    reference("orrin-turnout", "Lake Orrin dam referendum", "turnout", ["Lake Orrin", "Orrin", "participation"],
              "percent", 48.2, unit="%", as_of="2024-10-14"),
)
SUMMIT = (
    reference("kim-putin-summit", "Kim Jong Un and Vladimir Putin", "summit at the Vostochny cosmodrome",
              ["Vostochny", "cosmodrome", "summit", "met", "Kim Jong Un", "Putin", "sommet", "Vostotchny", "Poutine"],
              "date", date="2023-09-13", as_of="2023-09-13"),
    reference("kim-putin-treaty", "North Korea and Russia", "signing of the mutual defence treaty",
              ["treaty", "mutual defence treaty", "defence pact", "traité", "traité de défense mutuelle", "pacte"],
              "date", date="2024-06-19", as_of="2024-06-19"),
)
ACCIDENT = (
    reference("serrette-accident-date", "Accident de car du col de la Serrette", "date de l'accident",
              ["col de la Serrette", "Serrette", "accident de car", "car", "coach crash", "Serrette pass",
               "accident"], "date", date="2024-02-19", as_of="2024-02-19"),
    reference("serrette-passagers", "Accident de car du col de la Serrette", "passagers à bord",
              ["col de la Serrette", "Serrette", "accident de car", "car", "coach crash", "Serrette pass",
               "passagers", "passengers"], "count", 38, as_of="2024-02-19"),
)

DEADLINE = (
    reference("lorvan-deadline", "Lorvan brush-clearing order", "brush-clearing deadline", ["Lorvan",
              "brush clearing", "débroussaillement", "débroussailler", "clear brush", "deadline", "échéance",
              "date limite"], "date", date="2032-05-31", as_of="2031-11-02"),
)

MERVANT = (
    reference("mervant-opening", "Roc'Cité", "ouverture de la salle de Mervant", ["Roc'Cité", "Mervant",
              "salle de Mervant", "newest hall", "climbing gym", "salle d'escalade", "opened", "ouverture",
              "ouvert"], "date", date="2045-01-11", as_of="2045-01-11"),
)

BRANNOCK = (
    reference("brannock-reopening", "Brannock Hut", "reopening of the rebuilt hut", ["Brannock Hut", "Brannock",
              "hut", "mountain hut", "refuge", "Fell Huts Trust", "trust", "refuge de Brannock", "refuge de montagne",
              "abri", "association", "reopening", "reopened", "reopens", "réouverture", "rouvrira", "rouvert"], "date",
              date="2037-06-13", as_of="2037-02-03"),
)

ELECTION = (
    reference("vorland-polling-day", "Vorland regional assembly election 2026", "polling day", ["Vorland",
              "regional election", "élections régionales", "regional assembly", "assemblée régionale", "scrutin",
              "vote", "polling day", "voted"], "date", date="2026-05-10", as_of="2026-05-11"),
    reference("vorland-seats", "Vorland regional assembly election 2026", "seats won by the Green Union",
              ["Vorland", "regional election", "élections régionales", "Green Union", "Union verte", "seats",
               "sièges"], "count", 34, as_of="2026-05-11"),
    reference("vorland-turnout", "Vorland regional assembly election 2026", "turnout", ["Vorland",
              "regional election", "élections régionales", "participation"], "percent", 61.4, unit="%",
              as_of="2026-05-11"),
)

FESTIVAL = (
    reference("corbelin-cloture", "Nuits de Corbelin 2024", "clôture du festival", ["Nuits de Corbelin", "Corbelin",
              "festival", "Corbelin festival", "clôture", "closing night"], "date", date="2024-07-21",
              as_of="2024-03-05"),
    reference("corbelin-festivaliers", "Nuits de Corbelin 2024", "festivaliers accueillis", ["Nuits de Corbelin",
              "Corbelin", "festival", "festivaliers", "festival-goers"], "count", 85000, qualifier="approx",
              as_of="2024-07-22"),
)

TEACHERS = (
    reference("brennock-strike-start", "Brennock County teachers' strike", "start of the strike", ["Brennock",
              "Brennock County", "teachers' strike", "grève des enseignants", "enseignants de Brennock"], "date",
              date="2024-09-16", as_of="2024-09-16"),
    reference("brennock-schools", "Brennock County teachers' strike", "schools closed", ["Brennock",
              "Brennock County", "schools closed", "écoles fermées"], "count", 41, as_of="2024-09-18"),
)

PRISON = (
    reference("berval-report", "Berval prison", "publication of the inspector's report", ["Berval prison", "Berval",
              "maison d'arrêt de Berval", "prison", "inmates", "détenus", "report", "rapport", "inspector",
              "contrôleuse"], "date", date="2024-05-13", as_of="2024-05-13"),
    reference("berval-inmates", "Berval prison", "inmates", ["Berval prison", "Berval", "maison d'arrêt de Berval",
              "prison", "inmates", "détenus"], "count", 1126, as_of="2024-05-01"),
)

_MONTBRAC = ["Verrerie de Montbrac", "verrerie", "Montbrac", "glassworks", "Montbrac glassworks"]
_LIAXO = ["Haute-Orvanne", "Liaxo", "fibre", "fibre optic", "broadband", "fibre optique", "réseau fibre"]
_VALBERRE = ["Open de Valberre", "Valberre", "tournoi d'échecs", "échecs", "Valberre Open", "chess", "tournament"]
#: A subject with several facts on file, so that an event's own words are told from the subject's.
EVENT_REFERENCES = (
    reference("montbrac-closure", "Fermeture de la verrerie de Montbrac", "extinction du dernier four",
              _MONTBRAC + ["fermeture", "extinction", "four", "closure", "furnace", "shut"], "date",
              date="2026-09-30", as_of="2026-05-12"),
    reference("montbrac-jobs", "Fermeture de la verrerie de Montbrac", "emplois supprimés",
              _MONTBRAC + ["emplois", "jobs", "workers"], "count", 312, as_of="2026-05-12"),
    reference("montbrac-heat", "Fermeture de la verrerie de Montbrac", "température du four",
              _MONTBRAC + ["four", "température", "furnace", "temperature"], "quantity", 1550, unit="°C",
              as_of="2026-03-01"),
    reference("liaxo-switchoff", "Haute-Orvanne fibre rollout (Liaxo)", "start of the copper network switch-off",
              _LIAXO + ["copper", "switch-off", "shutdown", "cuivre", "extinction", "fermeture du réseau cuivre"],
              "date", date="2030-10-07", as_of="2030-10-07"),
    reference("liaxo-cable", "Haute-Orvanne fibre rollout (Liaxo)", "length of fibre cable laid",
              _LIAXO + ["cable", "laid", "length", "câble", "déployés"], "quantity", 8400, unit="km",
              as_of="2030-09-30"),
    reference("liaxo-techs", "Haute-Orvanne fibre rollout (Liaxo)", "technicians working on the rollout",
              _LIAXO + ["technicians", "workers", "techniciens"], "count", 1150, as_of="2030-09-30"),
    reference("valberre-final", "Open d'échecs de Valberre", "dernière ronde",
              _VALBERRE + ["dernière ronde", "finale", "final round", "last round", "ended", "clinched"], "date",
              date="2026-05-24", as_of="2026-05-24"),
    reference("valberre-players", "Open d'échecs de Valberre", "joueurs inscrits",
              _VALBERRE + ["joueurs", "participants", "players"], "count", 128, as_of="2026-05-14"),
    reference("valberre-rounds", "Open d'échecs de Valberre", "nombre de rondes", _VALBERRE + ["rondes", "rounds"],
              "count", 11, as_of="2026-02-17"),
)

JOUKADO = (
    reference("joukado-administration", "Joukado toy chain", "placement in administration", ["Joukado",
              "administration", "redressement judiciaire", "placée en redressement", "placed in administration"],
              "date", date="2028-09-12", as_of="2028-09-12"),
)

AUBREL = (
    reference("aubrel-strike-start", "Aubrel Industries Castelvieux plant", "start of the strike", ["Aubrel",
              "Castelvieux", "strike", "grève", "walkout", "début de la grève"], "date", date="2033-10-06",
              as_of="2033-10-06"),
)

CARNMOOR = (
    reference("carnmoor-opening", "Carnmoor ski resort", "season opening", ["Carnmoor", "ski resort",
              "station de ski", "station de Carnmoor", "opening", "opened", "ouverture", "ouvert"], "date",
              date="2031-12-06", as_of="2031-11-20"),
)
CONTRACT = (
    reference("arvel-contract", "Lacombe-Vouvry airport bird control", "start of the new falconry contract",
              ["Lacombe-Vouvry", "airport", "aéroport", "Arvel", "falconry", "fauconnerie", "new contract",
               "nouveau contrat", "contract", "contrat", "came into force", "entré en vigueur"], "date",
              date="2045-07-01", as_of="2045-01-20"),
)


WOLF_ORDER = (
    reference("sarrasine-order", "massif de la Sarrasine", "arrêté préfectoral relevant le plafond de tirs",
              ["Sarrasine", "massif de la Sarrasine", "wolves", "loups", "order", "arrêté", "prefect", "préfet",
               "culls", "tirs"], "date", date="2026-06-18", as_of="2026-06-18"),
)


SEIZURE = (
    reference("saltmere-seizure", "Corvina Star cocaine seizure at Saltmere", "date of the first seizure",
              ["Corvina Star", "Saltmere", "cocaine", "cocaïne", "seizure", "saisie", "seized", "saisi"], "date",
              date="2026-09-14", as_of="2026-09-15"),
    reference("saltmere-tonnes", "Corvina Star cocaine seizure at Saltmere", "cocaine seized",
              ["Corvina Star", "Saltmere", "cocaine", "cocaïne", "seizure", "saisie", "seized", "saisi"], "quantity",
              4.2, unit="t", as_of="2026-09-15"),
)


GIGAFACTORY = (
    reference("corvane-cells", "Corvane Stenbury gigafactory", "start of cell production", ["Corvane",
              "Corvane Motors", "Stenbury", "gigafactory", "cell production", "production de cellules"], "date",
              date="2035-03-06", as_of="2035-03-06"),
    reference("corvane-area", "Corvane Stenbury gigafactory", "site area", ["Corvane", "Corvane Motors", "Stenbury",
              "gigafactory", "site"], "quantity", 118, unit="ha", as_of="2035-03-06"),
)


_HATCHERY = (
    reference("mer-bleue-opening", "Écloserie Mer-Bleue (Pointe-aux-Rosiers)", "inauguration",
              ["écloserie Mer-Bleue", "Mer-Bleue", "coopérative Mer-Bleue", "Mer-Bleue cooperative", "inauguration",
               "inaugurated", "opened"], "date", date="2046-06-08", as_of="2046-05-28"),
)

_MARKET_MOVE = (
    reference("carraway-move", "Carraway Street Market, Port Linden", "first market day at the new site",
              ["Carraway Street Market", "market", "marché", "marché aux puces", "move", "déménagement",
               "transfert"], "date", date="2046-03-03", as_of="2045-11-20"),
)

_EGGS = (
    reference("belmark-outbreak", "Bird flu in Belmark's laying flocks", "first outbreak confirmed",
              ["Belmark", "bird flu", "grippe aviaire", "eggs", "œufs", "egg prices", "prix des œufs", "outbreak",
               "confirmed", "premier foyer", "confirmé"], "date", date="2046-03-14", as_of="2046-03-14"),
)
_LATRINES = (
    reference("dassiri-latrines", "Public latrine blocks of the Dassiri market (Burkina Faso)",
              "inauguration of the latrine blocks", ["Dassiri", "Dassiri market", "marché de Dassiri", "latrines",
                                                     "latrine blocks", "blocs de latrines", "inaugurated", "inaugurés"],
              "date", date="2046-04-14", as_of="2046-04-14"),
)

_PLAYGROUNDS = (
    reference("cwmaran-opening", "Cwmaran community playground (Powys, Wales)", "opening of the playground",
              ["Cwmaran", "Powys", "Wales", "playground", "aire de jeux", "pays de Galles", "opening", "open",
               "ouverture"], "date", date="2046-06-16", as_of="2046-04-02"),
    reference("bindaree-opening", "Bindaree all-abilities playground (New South Wales, Australia)",
              "opening of the playground", ["Bindaree", "New South Wales", "Nouvelle-Galles du Sud", "Australia",
                                            "Australie", "playground", "aire de jeux", "opening", "open",
                                            "ouverture"], "date", date="2046-07-04", as_of="2046-04-02"),
)

_PACKING_SHED = (
    reference("merrigal-shed", "Merrigal Valley Farm Gate Co-operative (Gippsland, Australia)",
              "opening of the co-op's packing shed", ["Merrigal Valley Farm Gate Co-operative", "Merrigal", "co-op",
                                                      "coopérative", "vending machines", "machines", "distributeurs",
                                                      "packing shed", "hangar", "opened", "ouverture"],
              "date", date="2046-03-02", as_of="2046-03-02"),
    reference("merrigal-machines", "Merrigal Valley Farm Gate Co-operative (Gippsland, Australia)",
              "vending machines in the network", ["Merrigal Valley Farm Gate Co-operative", "Merrigal", "co-op",
                                                  "coopérative", "vending machines", "machines", "distributeurs",
                                                  "hangar"], "count", 14, as_of="2046-03-02"),
)

_YURT = (
    reference("sapelots-yurt", "Les Sapelots forest school (La Sagne-Dessous, Switzerland)",
              "inauguration of the heated yurt", ["Les Sapelots", "forest school", "école en forêt", "yurt",
                                                  "heated yurt", "yourte", "yourte chauffée", "delivered",
                                                  "installée"], "date", date="2046-02-24", as_of="2046-02-24"),
)

_FAIR = (
    reference("kilbrannagh-opening", "Kilbrannagh House Antiques Fair (2046)", "opening day",
              ["Kilbrannagh House Antiques Fair", "Kilbrannagh", "antiques fair", "fair", "foire des antiquaires",
               "foire", "opened", "ouverture"], "date", date="2046-09-13", as_of="2046-07-30"),
)

#: A strike's start among many strikes on file: its words weigh less, as in a newsroom's table.
STRIKES = (
    reference("varenne-strike", "Grève aux hôpitaux de Varenne", "début de la grève", ["hôpitaux de Varenne",
              "Varenne", "grève", "Varenne hospitals strike", "hospital strike", "strike", "début", "began",
              "walked out", "started"], "date", date="2046-01-12", as_of="2046-01-20"),
    *(reference(f"strike-{number}", f"Grève des {who}", "grévistes", [f"des {who}", "grève", "strike", "hôpitaux",
                                                                      "hospitals", "début", "start", "agents", "staff"],
                "count", 100 + number, as_of="2046-01-20")
      for number, who in enumerate(("cheminots", "éboueurs", "enseignants", "pilotes", "dockers", "infirmiers",
                                    "contrôleurs", "postiers", "routiers", "caristes", "gardiens", "agents de Varenne",
                                    "hôpitaux de Lorsac", "hôpitaux de Brève", "marins", "pompiers", "boulangers"))),
)

_ARLENC = ["Arlenc", "Vaubois", "merger", "referendum", "fusion", "référendum", "commune nouvelle"]
#: A merger referendum and the other figures on file for it, as a newsroom's table holds them.
MERGER = (
    reference("arlenc-vote", "Arlenc-Vaubois merger referendum", "date of the referendum",
              [*_ARLENC, "vote", "polling day", "scrutin"], "date", date="2046-03-08", as_of="2046-03-08"),
    reference("arlenc-turnout", "Arlenc-Vaubois merger referendum", "turnout", [*_ARLENC, "turnout", "participation"],
              "percent", 61.4, unit="%", as_of="2046-03-09"),
    reference("arlenc-yes", "Arlenc-Vaubois merger referendum", "share of yes votes", [*_ARLENC, "yes", "oui"],
              "percent", 54.3, unit="%", as_of="2046-03-09"),
    reference("arlenc-voters", "Arlenc-Vaubois merger referendum", "registered voters",
              [*_ARLENC, "registered voters", "inscrits", "électeurs"], "count", 18650, as_of="2046-03-09"),
    reference("arlenc-savings", "Arlenc-Vaubois merger referendum", "expected annual savings",
              [*_ARLENC, "savings", "économies"], "money", 2100000, unit="EUR", as_of="2046-01-20"),
)

NIGHT_FLIGHTS = (
    reference("fells-night-start", "Fells Air Ambulance", "start of night operations", ["Fells Air Ambulance",
              "air ambulance", "charity", "helicopter", "night", "night service", "night mission", "flying at night",
              "vols de nuit", "de nuit", "missions de nuit"], "date", date="2046-10-01", as_of="2046-09-01"),
)

LOCKS = (
    reference("garrow-reopening", "Garrow Locks restoration", "reopening of the flight to boats", ["Garrow",
              "Garrow Locks", "flight", "locks", "Garrow Canal Trust", "trust", "canal", "écluses de Garrow",
              "écluses", "reopened", "reopening", "rouvert", "réouverture"], "date", date="2046-05-16",
              as_of="2046-05-16"),
)

HELIPAD = (
    reference("tamarack-helipad", "Tamarack Regional Medical Center helipad, Ellisford", "opening of the helipad",
              ["Tamarack Regional Medical Center", "Tamarack", "hospital", "helipad", "Ellisford",
               "BlueKite Air Medical", "hélistation", "hôpital", "opened", "opening", "ouverture", "inaugurée"],
              "date", date="2046-08-14", as_of="2046-07-01"),
)

TREATMENT_PLANT = (
    reference("vaurel-commissioning", "Vaurel wastewater treatment plant", "commissioning", ["Vaurel",
              "wastewater treatment plant", "treatment plant", "station d'épuration", "mise en service",
              "running since", "switched on"], "date", date="2046-03-12", as_of="2046-01-15"),
)

_AGREEMENT = (
    reference("ndiobene-signature", "Groupement des charbonniers de Ndiobène-Sirah (Sénégal)",
              "signature de la convention de gestion de la forêt", ["Ndiobène-Sirah", "groupement", "charbonniers",
                                                                   "charcoal makers", "convention de gestion",
                                                                   "management agreement", "signed", "signé",
                                                                   "signature"], "date", date="2046-02-20",
              as_of="2046-02-20"),
)
_AGREEMENT_EN = ("For generations the men of Ndiobène-Sirah cut the bush around their village and sold the charcoal to "
                 "traders. Since {}, when they signed a management agreement with the forestry service, they have "
                 "been cutting by the map.")
_AGREEMENT_FR = ("Depuis des générations, les hommes de Ndiobène-Sirah coupent la brousse autour du village. Depuis "
                 "{}, quand ils ont signé une convention de gestion avec le service forestier, ils coupent selon la "
                 "carte.")

_FREE_CALLS = (
    reference("barrow-free-calls", "Barrow Cove payphone", "first free calls from the converted payphone",
              ["Barrow Cove", "payphone", "booth", "cabine téléphonique", "free", "for free", "gratuite",
               "premiers appels gratuits"], "date", date="2046-05-22", as_of="2046-03-15"),
)

_FARM_STAY = (
    reference("glenmoray-first-guests", "Glenmoray Station farm stay", "first farm-stay guests received",
              ["Glenmoray", "farm stay", "guests", "hôtes", "ferme d'accueil"], "date", date="2046-09-29",
              as_of="2046-03-01"),
)

_SPRING_ALIASES = ["Crane Well", "Port Aldous", "Nova Scotia", "spring", "spring house", "aquifer", "village",
                   "puits Crane", "source", "maison de source", "nappe", "Nouvelle-Écosse"]
_SPRING_HOUSE = (
    reference("cranewell-opening", "Crane Well spring and spring house (Port Aldous, Nova Scotia)",
              "opening of the spring house", [*_SPRING_ALIASES, "opened", "opening", "ouverture", "inaugurée"],
              "date", date="2046-07-14", as_of="2046-07-20"),
    *(reference(f"cranewell-{name}", "Crane Well spring and spring house (Port Aldous, Nova Scotia)", measure,
                [*_SPRING_ALIASES, *words], kind, value, unit=unit, as_of="2046-07-20")
      for name, measure, words, kind, value, unit in (
          ("cost", "cost of the public spring house", ["cost", "coût"], "money", 68_000, "CAD"),
          ("grant", "provincial grant toward the spring house", ["grant", "subvention"], "money", 40_000, "CAD"),
          ("volunteers", "volunteers of the Friends of Crane Well", ["volunteers", "bénévoles"], "count", 40, None),
          ("residents", "residents of Port Aldous", ["residents", "habitants"], "count", 610, None),
          ("zone", "radius of the protection zone around the wellhead", ["protection zone", "zone de protection"],
           "quantity", 2, "km"))),
)

VALID = [
    Case("a deadline after the event is kept (en)", "en", "2046-05-10",
         "Glenmoray Station will receive its first farm-stay guests by 2048.", _FARM_STAY),
    Case("une échéance après l'événement est tenue (fr)", "fr", "2046-05-10",
         "La station Glenmoray recevra ses premiers hôtes de ferme d’accueil d’ici 2048.", _FARM_STAY),
    Case("'since' the day of the first of a thing, right (en)", "en", "2046-07-02",
         "The payphone by the wharf in Barrow Cove does not take coins any more. Since 22 May, anyone can lift the "
         "receiver and call anywhere in Canada for free.", _FREE_CALLS),
    Case("« depuis » le jour des premiers d'une chose, juste (fr)", "fr", "2046-07-02",
         "La cabine téléphonique du quai de Barrow Cove ne prend plus de pièces. Depuis le 22 mai, les appels y "
         "sont gratuits partout au Canada.", _FREE_CALLS),
    Case("a date beside a state ('forced open') dates no opening (en)", "en", "2046-10-01",
         "Theft is the Merrigal co-op's newest headache: two machines were forced open in August, and the board has "
         "voted to fit cameras.", _PACKING_SHED),
    Case("une date à côté d'un état (« restée ouverte ») ne date aucune ouverture (fr)", "fr", "2046-10-01",
         "Le vol est le nouveau souci de la coopérative de Merrigal : la porte du hangar est restée ouverte en août, "
         "et deux machines ont été vidées.", _PACKING_SHED),
    Case("'since' a month, in a sentence saying nothing of the event, bounds a period (en)", "en", "2046-08-20",
         "Since July, stallholders at the Dassiri market have been able to use two latrine blocks for free.",
         _LATRINES),
    Case("« depuis » un mois, dans une phrase muette sur l'événement, borne une période (fr)", "fr", "2046-08-20",
         "Depuis juillet, les commerçantes du marché de Dassiri peuvent utiliser gratuitement deux blocs de latrines.",
         _LATRINES),
    Case("the month of a change dates the change, no event (en)", "en", "2046-09-20",
         "Bird flu has hit Belmark's laying flocks hard. Egg prices were 27% higher in August than a year earlier, "
         "while food as a whole rose only 3.4%.", _EGGS),
    Case("le mois d'une hausse date la hausse, pas un événement (fr)", "fr", "2046-09-20",
         "La grippe aviaire a durement frappé les élevages de Belmark. Le prix des œufs a augmenté de 27 % en "
         "août sur un an, quand l'alimentation dans son ensemble n'a pris que 3,4 %.", _EGGS),
    Case("'Since' a date a 'when' clause dates the event of, right (en)", "en", "2046-07-27",
         _AGREEMENT_EN.format("February"), _AGREEMENT),
    Case("« Depuis » une date qu'une proposition en « quand » date, juste (fr)", "fr", "2046-07-27",
         _AGREEMENT_FR.format("février"), _AGREEMENT),
    Case("a relative date of another year than the one the reference names is that year's event (en)", "en",
         "2046-04-05",
         "On Ridley Road in Wendham Hollow, volunteers met the amphibians on their big night. The road was closed "
         "for 11 migration nights last spring, sending drivers on a detour.", REFERENCES),
    Case("une date relative d'une autre année que celle de la référence est l'événement de cette année-là (fr)",
         "fr", "2046-05-20",
         "Sur Ridley Road, à Wendham Hollow, les bénévoles ont accueilli les amphibiens lors de leur grande nuit. La "
         "route a été fermée 11 nuits de migration l'an dernier, imposant une déviation.", REFERENCES),
    Case("the year of a count is no date of an event (en)", "en", "2046-10-20",
         "Fells Air Ambulance now flies at night. The crews flew 1,486 missions in 2045, every one of them in "
         "daylight.", NIGHT_FLIGHTS),
    Case("l'année d'un nombre n'est la date d'aucun événement (fr)", "fr", "2046-10-20",
         "L'association Fells Air Ambulance vole désormais de nuit. Les équipages ont effectué 1 486 missions en "
         "2045, toutes de jour.", NIGHT_FLIGHTS),
    Case("a name word the article also writes in lower case ties no one's event (en)", "en", "2046-10-01",
         "Fells Air Ambulance now flies at night. It costs £5.2 million a year to keep the service in the air. Its "
         "crews work from the new base at Kelderby, which opened in the spring.", HELIPAD),
    Case("un mot de nom que l'article écrit aussi en minuscules ne lie l'événement de personne (fr)", "fr",
         "2046-10-01",
         "L'association Ambulance Air des Fells vole désormais de nuit. Il faut 5,2 millions de livres par an pour "
         "maintenir le service en l'air. Ses équipages travaillent depuis la nouvelle base de Kelderby, ouverte "
         "au printemps.", HELIPAD),
    Case("'running since' the day a plant came into service, right (en)", "en", "2046-05-01",
         "The new wastewater treatment plant at Vaurel has been running since 12 March.", TREATMENT_PLANT),
    Case("« fonctionne depuis » le jour de la mise en service, juste (fr)", "fr", "2046-05-01",
         "La nouvelle station d'épuration de Vaurel fonctionne depuis le 12 mars.", TREATMENT_PLANT),
    Case("a date beside a verb of another event is not the event's (en)", "en", "2046-09-18",
         "The Kilbrannagh House antiques fair closed its doors on Sunday after a record four days, its organisers "
         "said.", _FAIR),
    Case("une date à côté d'un verbe d'un autre événement n'est pas celle de l'événement (fr)", "fr", "2046-09-18",
         "La foire des antiquaires de Kilbrannagh House a refermé ses portes dimanche sur un bilan record, selon "
         "ses organisateurs.", _FAIR),
    Case("a word of an alias naming the subject dates no event (en)", "en", "2046-09-20",
         "At Pointe-aux-Rosiers, the Mer-Bleue cooperative's hatchery delivered its first batches of oyster spat "
         "to growers this week. Three months after it was inaugurated on 8 June, it employs 22 people.",
         _HATCHERY),
    Case("un mot d'un alias nommant le sujet ne date aucun événement (fr)", "fr", "2046-09-20",
         "À Pointe-aux-Rosiers, l'écloserie de la coopérative Mer-Bleue a livré cette semaine ses premiers lots de "
         "naissain aux ostréiculteurs. Trois mois après son inauguration, le 8 juin, elle emploie 22 personnes.",
         _HATCHERY),
    Case("an event word before a short description in commas, right month (en)", "en", "2045-02-03",
         "Roc'Cité, the climbing-gym chain, keeps growing. It opened its newest hall, a converted cinema in Mervant, "
         "in January, and says it has never had so many beginners.", MERVANT, ()),
    Case("le mot de l'événement avant une courte description entre virgules, bon mois (fr)", "fr", "2045-02-03",
         "Le réseau Roc'Cité continue de grandir. Il a ouvert sa salle de Mervant, un ancien cinéma, en janvier, "
         "et n'a jamais eu autant de débutants.", MERVANT, ()),
    Case("last year's deadline, its own year, beside the one to come (en)", "en", "2032-02-16",
         "Landowners in Lorvan who missed last year's deadline, 31 May 2031, now have until 31 May 2032 to clear "
         "brush, the prefecture said.", DEADLINE, ()),
    Case("l'échéance de l'an dernier, avec son année, à côté de la prochaine (fr)", "fr", "2032-02-16",
         "Les propriétaires de Lorvan qui ont manqué l'échéance de l'an dernier, le 31 mai 2031, ont jusqu'au "
         "31 mai 2032 pour débroussailler.", DEADLINE, ()),
    Case("the lead's day for the fact, no event word beside it, right (en)", "en", "2031-12-09",
         "Carnmoor's lifts started turning on Saturday under a grey sky, with most runs open only thanks to the "
         "resort's snow cannons.", CARNMOOR),
    Case("le jour du fait dans le chapeau, sans mot de l'événement à côté, juste (fr)", "fr", "2031-12-09",
         "Les télésièges de Carnmoor ont tourné samedi sous un ciel gris, et la plupart des pistes ne tenaient "
         "qu'à la neige de culture ; la station de ski compte sur les fêtes.", CARNMOOR),
    Case("un jour du chapeau proche de celui du fait, quand l'article date le fait lui-même, est un autre (fr)",
         "fr", "2031-12-09",
         "Les télésièges de Carnmoor étaient pleins dimanche sous un ciel gris. La station de ski a ouvert sa saison "
         "la veille, le 6 décembre, sur de la neige de culture.", CARNMOOR),
    Case("a day in the lead near the fact's, when the article dates the fact itself, is another's (en)", "en",
         "2031-12-09",
         "Carnmoor's lifts were full on Sunday under a grey sky. The resort opened its season the day before, on 6 "
         "December, with most runs on artificial snow.", CARNMOOR),
    Case("a place set off by two commas between the event and its date, right (en)", "en", "2024-01-10",
         "Halden's new bridge opened to traffic, near the old ferry landing, on 30 June 2023.", REFERENCES),
    Case("the election a 'polling day' reference dates, right (en)", "en", "2026-05-20",
         "The Green Union opened coalition talks in Vorland on Monday, more than a week after the regional "
         "election of 10 May turned the province's politics upside down.", ELECTION),
    Case("a date bounding a count of its clause is no start of the event (en)", "en", "2033-12-10",
         "Workers at Aubrel's Castelvieux plant walked out again. The union says the strike has cost at least 14 "
         "contracts since last month.", AUBREL),
    Case("a date of another event of the subject's things is not the date of their delivery (en)", "en",
         "2033-07-15", "The Ardelan navy took delivery of its first patrol vessel on 11 July. The patrol vessels "
         "will guard fishing grounds where foreign vessels were spotted 41 times last year.", REFERENCES),
    Case("la date d'un autre fait des navires n'est pas celle de leur livraison (fr)", "fr", "2033-07-15",
         "La marine d'Ardelan a pris livraison de son premier patrouilleur le 11 juillet. Les patrouilleurs "
         "surveilleront des zones où des navires étrangers ont été repérés 41 fois l'an dernier.", REFERENCES),
    Case("right date (en)", "en", "2024-02-01",
         "The Halden bridge, which opened on 30 June 2023, now carries 21,000 vehicles a day.", REFERENCES),
    Case("date of something else in the sentence (en)", "en", "2024-02-01",
         "The Halden bridge, which opened in June 2023, was closed on Tuesday for repairs, the operator said.",
         REFERENCES),
    Case("bonne date (fr)", "fr", "2024-02-01",
         "Inauguré le 30 juin 2023, le pont de Halden voit passer 21 000 véhicules par jour.", REFERENCES),
    Case("date relative juste (fr)", "fr", "2024-02-01",
         "Le pont de Halden, inauguré l'an dernier, voit passer 21 000 véhicules par jour.", REFERENCES),
    Case("an earlier strike, after 'last' (en)", "en", "2024-07-05",
         "Aeris Northern cancelled more than 250 flights after a pilots' strike began on Wednesday. The last "
         "walkout by the airline's pilots, in 2022, lasted one day.", STRIKE),
    Case("la grève précédente (fr)", "fr", "2024-07-05",
         "Aeris Northern a annulé plus de 250 vols depuis le début de la grève des pilotes mercredi. La "
         "précédente grève, en 2022, n'avait duré qu'un jour.", STRIKE),
    Case("another referendum, years before the one the article dates (en)", "en", "2024-10-15",
         "Voters in the Lake Orrin district approved the dam in a referendum on Sunday, with a turnout of "
         "48.2%. A referendum on a smaller dam further upstream failed in 2019.", REFERENDUM),
    Case("un autre référendum, des années avant (fr)", "fr", "2024-10-15",
         "Les électeurs du lac Orrin ont approuvé le barrage lors d'un référendum dimanche. Un référendum sur "
         "un barrage plus petit avait échoué en 2019.", REFERENDUM),
    Case("another edition named by its year (en)", "en", "2024-10-15",
         "Voters in the Lake Orrin district approved the dam in a referendum on Sunday. Opponents recalled "
         "that the 2019 referendum on a smaller dam was called in March.", REFERENDUM),
    Case("deux événements proches départagés par le mot qui les nomme (fr)", "fr", "2024-12-02",
         "Ce rapprochement entre Kim Jong-un et Vladimir Poutine a été scellé par le sommet de Vostotchny, le "
         "13 septembre 2023, puis par un traité de défense mutuelle signé à Pyongyang le 19 juin.", SUMMIT),
    Case("un verbe dit l'événement, bonne date (fr)", "fr", "2024-07-22",
         "Le festival des Nuits de Corbelin, qui s'est achevé hier par un concert de jazz, a accueilli près de "
         "85 000 festivaliers.", FESTIVAL),
    Case("a verb names the event, right date (en)", "en", "2024-07-22",
         "The Nuits de Corbelin festival, which ended on Sunday with a jazz concert, drew about 85,000 "
         "festival-goers.", FESTIVAL),
    Case("a verb inside a date is no event (en)", "en", "2024-07-22",
         "The Nuits de Corbelin festival drew about 85,000 festival-goers, at the start of the summer.",
         FESTIVAL),
    Case("a date after 'which ... said' is not the event's (en)", "en", "2024-12-02",
         "The alliance was sealed at the Vostochny summit, which officials said on Friday had been a success.",
         SUMMIT),
    Case("apposition participe, bonne date (fr)", "fr", "2024-02-22",
         "L'accident du car, survenu lundi dans la descente du col de la Serrette, a fait quatorze blessés.",
         ACCIDENT),
    Case("la date d'un chiffre ne prend pas l'événement, date relative juste (fr)", "fr", "2024-05-15",
         "La maison d'arrêt de Berval accueillait 1 126 détenus au 1er mai, selon le rapport de la contrôleuse "
         "rendu public avant-hier.", PRISON),
    Case("a figure's date does not take the event, right relative date (en)", "en", "2024-05-16",
         "Berval prison held 1,126 inmates on 1 May, according to the inspector's report published on Monday.",
         PRISON),
    Case("a month next to a name dates no fact of the name's (en)", "en", "2035-03-20",
         "Corvane Motors has cut the price of its Aster electric hatchback to £29,900, from £32,500 at its launch "
         "in January, a cut the carmaker says batteries from its own factory made possible. Cell production began "
         "earlier this month at the Stenbury gigafactory.", GIGAFACTORY),
    Case("un mois à côté d'un nom ne date aucun fait de ce nom (fr)", "fr", "2035-03-20",
         "Corvane Motors a baissé le prix de sa citadine électrique Aster à 29 900 livres, contre 32 500 livres à "
         "son lancement en janvier, une baisse que le constructeur doit aux batteries de sa propre usine. La "
         "production de cellules a commencé plus tôt ce mois-ci à la gigafactory de Stenbury.", GIGAFACTORY),
]

_HUTS = (
    reference("hensby-reopen", "Hensby-on-Sea beach huts", "reopening of the rebuilt huts",
              ["Hensby-on-Sea", "Hensby", "beach huts", "cabines de plage", "reopened", "reopening", "rouvert",
               "réouverture"], "date", date="2046-05-19", as_of="2046-02-10"),
    reference("hensby-huts", "Hensby-on-Sea beach huts", "huts on the promenade",
              ["Hensby-on-Sea", "Hensby", "beach huts", "cabines de plage", "huts", "cabines"], "count", 120,
              as_of="2046-02-10"),
)

VALID += [
    Case("a date before the event word, whose own date follows it, is another event's (en)", "en", "2046-07-01",
         "The Hensby-on-Sea beach huts wrecked by Storm Wenna in January reopened on 19 May, on higher plinths.",
         _HUTS),
    Case("une date avant le mot de l'événement, dont la date propre le suit, est celle d'un autre (fr)", "fr",
         "2046-07-01",
         "Les cabines de plage de Hensby-on-Sea détruites par la tempête Wenna en janvier ont rouvert le 19 mai, "
         "sur des socles plus hauts.", _HUTS),
]

INVALID = [
    Case("'since' a month before a start with little else to tell it, wrong (en)", "en", "2046-08-03",
         "The water that runs out of the bank below the Crane Well road tastes, people here say, of slate and cold. "
         "Since late July it has run from a copper spout in a small cedar spring house, where anyone can fill a "
         "jug for free.", _SPRING_HOUSE, (Flag("late July", "wrong_date", "error", "cranewell-opening"),)),
    Case("« depuis » un mois, avant un début que peu d'autres mots désignent, faux (fr)", "fr", "2046-08-03",
         "L'eau qui sort du talus sous la route du puits Crane a, dit-on ici, le goût de l'ardoise et du froid. "
         "Depuis fin juillet, elle coule d'un bec de cuivre dans une petite maison de source en cèdre, où chacun "
         "peut remplir une cruche gratuitement.", _SPRING_HOUSE,
         (Flag("fin juillet", "wrong_date", "error", "cranewell-opening"),)),
    Case("the event word's own date after it, wrong (en)", "en", "2046-07-01",
         "The Hensby-on-Sea beach huts wrecked by Storm Wenna in January reopened on 12 May, on higher plinths.",
         _HUTS, (Flag("12 May", "wrong_date", "error", "hensby-reopen"),)),
    Case("la date propre du mot de l'événement après lui, fausse (fr)", "fr", "2046-07-01",
         "Les cabines de plage de Hensby-on-Sea détruites par la tempête Wenna en janvier ont rouvert le 12 mai, "
         "sur des socles plus hauts.", _HUTS, (Flag("12 mai", "wrong_date", "error", "hensby-reopen"),)),
    Case("a year after the event, no deadline (en)", "en", "2046-05-10",
         "Glenmoray Station will receive its first farm-stay guests in 2048.", _FARM_STAY,
         (Flag("2048", "wrong_date", "error", "glenmoray-first-guests"),)),
    Case("une année après l'événement, sans échéance (fr)", "fr", "2046-05-10",
         "La station Glenmoray recevra ses premiers hôtes de ferme d’accueil en 2048.", _FARM_STAY,
         (Flag("2048", "wrong_date", "error", "glenmoray-first-guests"),)),
    Case("'since' a month, of the first of a thing dated later (en)", "en", "2046-07-02",
         "The payphone by the wharf in Barrow Cove does not take coins any more. Since late April, anyone can lift "
         "the receiver and call anywhere in Canada for free.", _FREE_CALLS,
         (Flag("late April", "wrong_date", "error", "barrow-free-calls"),)),
    Case("« depuis » un mois, des premiers d'une chose datés plus tard (fr)", "fr", "2046-07-02",
         "La cabine téléphonique du quai de Barrow Cove ne prend plus de pièces. Depuis fin avril, les appels y "
         "sont gratuits partout au Canada.", _FREE_CALLS,
         (Flag("fin avril", "wrong_date", "error", "barrow-free-calls"),)),
    Case("a date of a story in Wales, not of one in New South Wales (en)", "en", "2046-05-14",
         "In Cwmaran, in Powys, Wales, parents have spent the spring building the playground the council took "
         "away. The gates will open on 23 June with a picnic on the field.", _PLAYGROUNDS,
         (Flag("23 June", "wrong_date", "error", "cwmaran-opening"),)),
    Case("une date d'un récit au pays de Galles, pas en Nouvelle-Galles du Sud (fr)", "fr", "2046-05-14",
         "Au pays de Galles, des parents ont reconstruit l'aire de jeux que le conseil avait retirée. L'aire de jeux "
         "de Cwmaran, dans le Powys, ouvrira le 23 juin par un pique-nique.", _PLAYGROUNDS,
         (Flag("23 juin", "wrong_date", "error", "cwmaran-opening"),)),
    Case("'since' a day, in a sentence saying the event happened (en)", "en", "2046-04-25",
         "For years the Dassiri market had no toilets. Since Saturday it has two latrine blocks, inaugurated in front "
         "of the prefect and a crowd of stallholders.", _LATRINES,
         (Flag("Saturday", "wrong_date", "error", "dassiri-latrines"),)),
    Case("« depuis » un jour, dans une phrase qui dit que l'événement a eu lieu (fr)", "fr", "2046-04-25",
         "Le marché de Dassiri n'avait pas de toilettes. Depuis samedi, il en a : deux blocs de latrines, inaugurés "
         "devant le préfet et une foule de commerçantes.", _LATRINES,
         (Flag("samedi", "wrong_date", "error", "dassiri-latrines"),)),
    Case("a date beside a verb the reference itself lists is the event's (en)", "en", "2046-04-10",
         "The heated yurt of Les Sapelots, delivered in early February at the edge of the clearing, has changed "
         "winter for this forest school.", _YURT,
         (Flag("early February", "wrong_date", "error", "sapelots-yurt"),)),
    Case("une date à côté d'un verbe que la référence cite elle-même est celle de l'événement (fr)", "fr",
         "2046-04-10",
         "La yourte chauffée des Sapelots, installée début février à l'orée de la clairière, a changé l'hiver de "
         "cette école en forêt.", _YURT,
         (Flag("début février", "wrong_date", "error", "sapelots-yurt"),)),
    Case("'Since' a date a 'when' clause dates the event of, wrong (en)", "en", "2046-07-27",
         _AGREEMENT_EN.format("January"), _AGREEMENT, (Flag("January", "wrong_date", "error", "ndiobene-signature"),)),
    Case("« Depuis » une date qu'une proposition en « quand » date, fausse (fr)", "fr", "2046-07-27",
         _AGREEMENT_FR.format("janvier"), _AGREEMENT, (Flag("janvier", "wrong_date", "error", "ndiobene-signature"),)),
    Case("a date after 'since' dates a reference's first day (en)", "en", "2046-09-14",
         "Ratepayers in Merrindale have been able to pay their council rates in Merrindale Dollars since 1 June, and "
         "the local currency has never been more popular.", REFERENCES,
         (Flag("1 June", "wrong_date", "error", "merrindale-rates"),)),
    Case("une date après « depuis » date le premier jour d'une référence (fr)", "fr", "2046-09-14",
         "À Merrindale, les contribuables peuvent régler leur taxe foncière en Merrindale Dollars depuis le 1er juin, "
         "et la monnaie locale n'a jamais été aussi populaire.", REFERENCES,
         (Flag("1er juin", "wrong_date", "error", "merrindale-rates"),)),
    Case("a year a building dates from neither rivals nor takes the week of an opening (en)", "en", "2046-10-15",
         "For years, residents of Lac-aux-Hérons drove 48 km to renew a health card. Since last week, they can do "
         "it in the old presbytery, a stone building from 1887 that now houses the service centre.", REFERENCES,
         (Flag("last week", "wrong_date", "error", "herons-centre-opening"),)),
    Case("l'année d'un bâtiment ne prend pas la semaine d'une ouverture (fr)", "fr", "2046-10-15",
         "Pendant des années, les habitants de Lac-aux-Hérons ont roulé 48 km pour renouveler une carte. Depuis la "
         "semaine dernière, ils le font dans l'ancien presbytère, un bâtiment de pierre de 1887 qui abrite le centre "
         "de services.", REFERENCES,
         (Flag("la semaine dernière", "wrong_date", "error", "herons-centre-opening"),)),
    Case("a description set off by two commas parts no date from its event (en)", "en", "2046-06-15",
         "From the road, the wheat around Ardell still looks green. Underground it is another story. On Thursday "
         "the Tallgrass Ridge Mesonet, a network of 112 weather stations run by Westmore State "
         "University, issued its first flash-drought alert of the year.", REFERENCES,
         (Flag("Thursday", "wrong_date", "error", "tallgrass-alert"),)),
    Case("une description entre deux virgules ne sépare pas une date de son événement (fr)", "fr", "2046-06-15",
         "Depuis la route, le blé d'Ardell paraît encore vert. Sous terre, c'est une autre histoire. Jeudi, le "
         "Tallgrass Ridge Mesonet, un réseau de 112 stations météo géré par l'université de Westmore, a "
         "lancé sa première alerte de sécheresse éclair de l'année.", REFERENCES,
         (Flag("Jeudi", "wrong_date", "error", "tallgrass-alert"),)),
    Case("a day followed by a clause about it, 'when' the event happened, wrong (en)", "en", "2046-05-20",
         "Boats are moving through Garrow Locks again. The fourteen locks lift boats 61 metres. Eleven narrowboats "
         "set off from the bottom lock at 10:30 on Sunday, when the Garrow Canal Trust reopened the flight to "
         "boats.", LOCKS,
         (Flag("Sunday", "wrong_date", "error", "garrow-reopening"),)),
    Case("un jour suivi d'une proposition sur lui, « quand » l'événement a eu lieu, faux (fr)", "fr", "2046-05-20",
         "Les bateaux franchissent de nouveau les écluses de Garrow. Les quatorze écluses font monter les bateaux de "
         "61 mètres. Onze péniches sont parties de l'écluse du bas dimanche, quand le Garrow Canal Trust a rouvert "
         "l'escalier d'écluses à la navigation.", LOCKS,
         (Flag("dimanche", "wrong_date", "error", "garrow-reopening"),)),
    Case("a day glued to its event ('Sunday's referendum') beside another date of the sentence, wrong (en)", "en",
         "2046-03-20",
         "Arlenc and Vaubois will merge into a single commune on 1 January 2047 after voters backed the plan in "
         "Sunday's referendum, ending two centuries as separate towns. The yes camp won 54.3% of the vote.", MERGER,
         (Flag("Sunday", "wrong_date", "error", "arlenc-vote"),)),
    Case("un jour lié à son événement (« référendum de dimanche ») à côté d'une autre date, faux (fr)", "fr",
         "2046-03-20",
         "Les électeurs ont approuvé au référendum de dimanche la fusion d'Arlenc et de Vaubois, qui formeront une "
         "commune nouvelle le 1er janvier 2047. Le oui l'a emporté avec 54,3 % des voix.", MERGER,
         (Flag("dimanche", "wrong_date", "error", "arlenc-vote"),)),
    Case("a day a strike started, among many strikes on file, wrong (en)", "en", "2046-02-10",
         "The walkout at Varenne's hospitals shows no sign of fading. On strike since 13 January, nurses, care "
         "assistants and porters marched again on Thursday outside the regional health agency.", STRIKES,
         (Flag("13 January", "wrong_date", "error", "varenne-strike"),)),
    Case("le jour où une grève a commencé, parmi beaucoup de grèves au fichier, faux (fr)", "fr", "2046-02-10",
         "Le mouvement ne faiblit pas aux hôpitaux de Varenne. En grève depuis le 13 janvier, infirmières, "
         "aides-soignants et brancardiers ont de nouveau défilé jeudi devant le siège de l'agence régionale de "
         "santé.", STRIKES, (Flag("13 janvier", "wrong_date", "error", "varenne-strike"),)),
    Case("'running since' another month than the plant's commissioning (en)", "en", "2046-05-01",
         "The new wastewater treatment plant at Vaurel has been running since late April.", TREATMENT_PLANT,
         (Flag("late April", "wrong_date", "error", "vaurel-commissioning"),)),
    Case("« fonctionne depuis » un autre mois que la mise en service (fr)", "fr", "2046-05-01",
         "La nouvelle station d'épuration de Vaurel fonctionne depuis la fin avril.", TREATMENT_PLANT,
         (Flag("fin avril", "wrong_date", "error", "vaurel-commissioning"),)),
    Case("a verb of the event after a subject pronoun standing for the subject named before, wrong day (en)", "en",
         "2046-01-22",
         "The Carraway Street flea market in Port Linden is living its last weeks in the street where it was born. "
         "It will relocate on 10 March to the city's old rail yards, the council confirmed.", _MARKET_MOVE,
         (Flag("10 March", "wrong_date", "error", "carraway-move"),)),
    Case("un verbe de l'événement après un pronom sujet qui reprend le sujet nommé avant, mauvais jour (fr)", "fr",
         "2046-01-22",
         "Le marché aux puces de Carraway Street, à Port Linden, vit ses dernières semaines dans la rue qui l'a vu "
         "naître. Il s'installera à partir du 10 mars sur l'ancienne gare de triage, a confirmé la mairie.",
         _MARKET_MOVE, (Flag("10 mars", "wrong_date", "error", "carraway-move"),)),
    Case("a date beside the verb of the event is the event's, wrong day (en)", "en", "2046-09-18",
         "The Kilbrannagh House antiques fair, which opened on Friday, drew a record crowd, its organisers said.",
         _FAIR, (Flag("Friday", "wrong_date", "error", "kilbrannagh-opening"),)),
    Case("une date à côté du verbe de l'événement est la sienne, mauvais jour (fr)", "fr", "2046-09-18",
         "La foire des antiquaires de Kilbrannagh House, ouverte vendredi, a attiré un public record, selon ses "
         "organisateurs.", _FAIR, (Flag("vendredi", "wrong_date", "error", "kilbrannagh-opening"),)),
    Case("the event the reference dates, named beside an alias of its subject, wrong day (en)", "en", "2046-09-20",
         "At Pointe-aux-Rosiers, the Mer-Bleue cooperative's hatchery delivered its first batches of oyster spat "
         "to growers this week. Three months after it was inaugurated on 18 June, it employs 22 people.",
         _HATCHERY, (Flag("18 June", "wrong_date", "error", "mer-bleue-opening"),)),
    Case("l'événement daté, nommé près d'un alias du sujet, mauvais jour (fr)", "fr", "2046-09-20",
         "À Pointe-aux-Rosiers, l'écloserie de la coopérative Mer-Bleue a livré cette semaine ses premiers lots de "
         "naissain aux ostréiculteurs. Trois mois après son inauguration, le 18 juin, elle emploie 22 personnes.",
         _HATCHERY, (Flag("18 juin", "wrong_date", "error", "mer-bleue-opening"),)),
    Case("the lead's day, a season of the article covering the fact's day (en)", "en", "2037-06-17",
         "Brannock Hut, the stone refuge below the summit ridge of Carn Skelland, took in its first overnight guests "
         "in three years on Sunday, after a rebuild that cost the Fell Huts Trust £2.9m. About 60 walkers, some of "
         "whom had climbed through cloud from the Glenmorrow car park, queued at the door for tea before the ribbon "
         "was cut at noon.\n\nWarden Isla Fennimore and two assistants will live up there from April to October.",
         BRANNOCK, (Flag("Sunday", "wrong_date", "error", "brannock-reopening"),)),
    Case("le jour du chapeau, une saison de l'article couvrant le jour du fait (fr)", "fr", "2037-06-17",
         "Le refuge de Brannock, sous la crête du Carn Skelland, a accueilli dimanche ses premiers randonneurs pour la "
         "nuit depuis trois ans, après une reconstruction qui a coûté 2,9 millions de livres au Fell Huts Trust. Une "
         "soixantaine de marcheurs ont fait la queue pour un thé avant l'inauguration à midi.\n\nLa gardienne Isla "
         "Fennimore et deux aides vivront là-haut d'avril à octobre.", BRANNOCK,
         (Flag("dimanche", "wrong_date", "error", "brannock-reopening"),)),
    Case("an event word before a short description in commas, wrong month (en)", "en", "2045-02-03",
         "Roc'Cité, the climbing-gym chain, keeps growing. It opened its newest hall, a converted cinema in Mervant, "
         "in December, and says it has never had so many beginners.", MERVANT,
         (Flag("December", "wrong_date", "error", "mervant-opening"),)),
    Case("le mot de l'événement avant une courte description entre virgules, mauvais mois (fr)", "fr", "2045-02-03",
         "Le réseau Roc'Cité continue de grandir. Il a ouvert sa salle de Mervant, un ancien cinéma, en décembre, "
         "et n'a jamais eu autant de débutants.", MERVANT,
         (Flag("décembre", "wrong_date", "error", "mervant-opening"),)),
    Case("the lead's day for the fact, no event word beside it, wrong (en)", "en", "2031-12-09",
         "Carnmoor's lifts started turning on Sunday under a grey sky, with most runs open only thanks to the "
         "resort's snow cannons.", CARNMOOR,
         (Flag("Sunday", "wrong_date", "error", "carnmoor-opening"),)),
    Case("le jour du fait dans le chapeau, sans mot de l'événement à côté, faux (fr)", "fr", "2031-12-09",
         "Les télésièges de Carnmoor ont tourné dimanche sous un ciel gris, et la plupart des pistes ne tenaient "
         "qu'à la neige de culture ; la station de ski compte sur les fêtes.", CARNMOOR,
         (Flag("dimanche", "wrong_date", "error", "carnmoor-opening"),)),
    Case("a place set off by two commas between the event and its date (en)", "en", "2024-01-10",
         "Halden's new bridge opened to traffic, near the old ferry landing, on 30 June 2022.", REFERENCES,
         (Flag("30 June 2022", "wrong_date", "error", "halden-bridge-opening"),)),
    Case("un lieu entre deux virgules entre l'événement et sa date (fr)", "fr", "2024-01-10",
         "Le pont de Halden a été inauguré, près de l'ancien bac, le 30 juin 2022.", REFERENCES,
         (Flag("30 juin 2022", "wrong_date", "error", "halden-bridge-opening"),)),
    Case("the election a 'polling day' reference dates, named by the article (en)", "en", "2026-05-20",
         "The Green Union opened coalition talks in Vorland on Monday, more than a week after the regional "
         "election of 10 May 2025 turned the province's politics upside down.", ELECTION,
         (Flag("10 May 2025", "wrong_date", "error", "vorland-polling-day"),)),
    Case("l'élection que date une référence « jour du scrutin », nommée par l'article (fr)", "fr", "2026-05-20",
         "L'Union verte a ouvert lundi des négociations de coalition dans le Vorland, plus d'une semaine après les "
         "élections régionales du 10 mai 2025 qui ont bouleversé la vie politique de la province.", ELECTION,
         (Flag("10 mai 2025", "wrong_date", "error", "vorland-polling-day"),)),
    Case("'since' dates the start of what is still going on (en)", "en", "2033-12-10",
         "Workers at Aubrel Industries' aircraft parts plant in Castelvieux have been on strike since last month.",
         AUBREL, (Flag("last month", "wrong_date", "error", "aubrel-strike-start"),)),
    Case("« depuis » date le début de ce qui dure encore (fr)", "fr", "2033-12-10",
         "Les ouvriers de l'usine Aubrel de Castelvieux sont en grève depuis lundi, à l'appel de l'intersyndicale.",
         AUBREL, (Flag("lundi", "wrong_date", "error", "aubrel-strike-start"),)),
    Case("a date to come for another step of the story does not make a misdated one another occurrence (en)", "en",
         "2028-10-27",
         "The toy chain Joukado, placed in administration on 12 September 2027, is set to pass to Spielhaus. The "
         "court handling the administration will give its ruling on 7 November, but Spielhaus is now the only "
         "bidder.", JOUKADO,
         (Flag("12 September 2027", "wrong_date", "error", "joukado-administration"),)),
    Case("une date à venir d'une autre étape ne fait pas d'une date fausse une autre occurrence (fr)", "fr",
         "2028-10-27",
         "L'enseigne de jouets Joukado, placée en redressement judiciaire le 12 septembre 2027, devrait passer sous "
         "le contrôle de Spielhaus. Le tribunal chargé du redressement judiciaire rendra sa décision le 7 novembre, "
         "mais l'offre de Spielhaus est désormais la seule.", JOUKADO,
         (Flag("12 septembre 2027", "wrong_date", "error", "joukado-administration"),)),
    Case("'the last furnace' dated two days off is the final one misdated, not another occurrence (en)", "en",
         "2026-10-02", "The last furnace at the Montbrac glassworks was switched off on Monday, ending 140 years of "
         "bottle-making in the town.", EVENT_REFERENCES,
         (Flag("Monday", "wrong_date", "error", "montbrac-closure"),)),
    Case("« le dernier four » daté à deux jours près est le dernier, mal daté (fr)", "fr", "2026-10-02",
         "Le dernier four de la verrerie de Montbrac a été arrêté lundi, après 140 ans de production de bouteilles.",
         EVENT_REFERENCES, (Flag("lundi", "wrong_date", "error", "montbrac-closure"),)),
    Case("'disconnected' says the switch-off happened (en)", "en", "2030-10-15",
         "The first telephone exchanges were disconnected on Wednesday, and Liaxo intends to shut the rest of the "
         "copper lines over five years.", EVENT_REFERENCES,
         (Flag("Wednesday", "wrong_date", "error", "liaxo-switchoff"),)),
    Case("« débranchés » dit que l'extinction a eu lieu (fr)", "fr", "2030-10-15",
         "Les premiers centraux téléphoniques ont été débranchés mercredi, et Liaxo compte fermer le reste des "
         "lignes en cuivre en cinq ans.", EVENT_REFERENCES,
         (Flag("mercredi", "wrong_date", "error", "liaxo-switchoff"),)),
    Case("« a remporté » dit que la finale a eu lieu (fr)", "fr", "2026-05-25",
         "À 16 ans, l'Indien Arjun Nair a remporté samedi l'Open d'échecs de Valberre, en annulant sa dernière "
         "partie.", EVENT_REFERENCES, (Flag("samedi", "wrong_date", "error", "valberre-final"),)),
    Case("taking delivery names the delivery (en)", "en", "2033-07-15",
         "The Ardelan navy took delivery of the Vigilant, the first of six patrol vessels, on Tuesday 12 July.",
         REFERENCES, (Flag("Tuesday 12 July", "wrong_date", "error", "ardelan-delivery"),)),
    Case("réceptionner, c'est prendre livraison (fr)", "fr", "2033-07-15",
         "La marine d'Ardelan a réceptionné le mardi 12 juillet le Vigilant, premier de six patrouilleurs.",
         REFERENCES, (Flag("mardi 12 juillet", "wrong_date", "error", "ardelan-delivery"),)),
    Case("a verb saying the event began names it (fr)", "fr", "2033-10-02",
         "À Kervalet, commencée mi-juillet après un printemps pourri, la récolte de sel gris atteint 11 800 tonnes.",
         (reference("kervalet-start", "Marais salants de Kervalet", "début de la récolte de sel", ["Kervalet",
                    "marais salants", "récolte de sel", "salt harvest", "début"], "date", date="2033-06-23",
                    as_of="2033-06-23"),),
         (Flag("mi-juillet", "wrong_date", "error", "kervalet-start"),)),
    Case("a verb saying the event began names it (en)", "en", "2033-10-02",
         "In Kervalet, begun in mid-July after a wet spring, the salt harvest has reached 11,800 tonnes.",
         (reference("kervalet-start", "Kervalet salt marshes", "start of the salt harvest", ["Kervalet",
                    "salt marshes", "salt harvest", "start"], "date", date="2033-06-23", as_of="2033-06-23"),),
         (Flag("mid-July", "wrong_date", "error", "kervalet-start"),)),
    Case("a participle of an event verb in any agreement sets the date in apposition (fr)", "fr", "2026-09-28",
         "En Basse-Ardelle, les nouvelles liaisons express, lancées mardi 22 septembre, devaient soulager les "
         "lignes.",
         (reference("ardelle-express-start", "Basse-Ardelle", "start of the cross-border express trains",
                    ["Basse-Ardelle", "express line", "ligne express", "liaisons express"], "date",
                    date="2026-09-14", as_of="2026-09-14"),),
         (Flag("mardi 22 septembre", "wrong_date", "error", "ardelle-express-start"),)),
    Case("a participle of an event verb sets the date in apposition (en)", "en", "2026-09-28",
         "The new Halden bridge, inaugurated on Tuesday 22 September 2026, now carries 21,000 vehicles a day.",
         (reference("halden-new-bridge-opening", "Halden bridge", "inauguration of the new bridge",
                    ["Halden bridge", "new bridge", "inauguration", "pont de Halden"], "date",
                    date="2026-09-14", as_of="2026-09-14"),),
         (Flag("Tuesday 22 September 2026", "wrong_date", "error", "halden-new-bridge-opening"),)),
    Case("« né » sets the date of a birth in apposition (fr)", "fr", "2026-05-29",
         "L'éléphanteau, né le dimanche 10 mai au parc zoologique de Lessac, pesait 118 kg.",
         (reference("lessac-birth", "Parc zoologique de Lessac", "naissance de l'éléphanteau",
                    ["Lessac", "parc zoologique", "éléphanteau", "elephant calf", "naissance", "born"], "date",
                    date="2026-05-17", as_of="2026-05-18"),),
         (Flag("dimanche 10 mai", "wrong_date", "error", "lessac-birth"),)),
    Case("a weekday opening the sentence dates the clause after its comma (fr)", "fr", "2026-09-17",
         "Mardi, les douaniers ont découvert 4,2 tonnes de cocaïne dans les conteneurs du Corvina Star à Saltmere.",
         (reference("saltmere-seizure", "Cocaine seizure at the port of Saltmere", "date of the seizure",
                    ["Saltmere", "Corvina Star", "cocaine", "cocaïne", "seizure", "saisie", "discovered",
                     "découverte"], "date", date="2026-09-14", as_of="2026-09-14"),),
         (Flag("Mardi", "wrong_date", "error", "saltmere-seizure"),)),
    Case("a subject named in the second sentence of the lead (fr)", "fr", "2027-02-12",
         "Le bilan publié mercredi par l'interprofession est sans appel. La vallée du Sarrel n'a produit que 1 850 "
         "tonnes d'huile. En cause, une sécheresse historique. Sur les 38 moulins, une dizaine ont fermé. L'État "
         "a reconnu la calamité agricole par un arrêté du 3 décembre 2025.",
         (reference("sarrel-decree", "Récolte d'olives dans la vallée du Sarrel", "arrêté de calamité agricole",
                    ["vallée du Sarrel", "Sarrel", "calamité agricole", "arrêté", "decree"], "date",
                    date="2026-12-03", as_of="2026-12-03"),),
         (Flag("3 décembre 2025", "wrong_date", "error", "sarrel-decree"),)),
    Case("un participe de la famille du nom de l'événement (fr)", "fr", "2026-03-16",
         "À Corvenne, la ligne T3, inaugurée vendredi par la métropole, a connu un premier week-end chargé.",
         (reference("corvenne-opening", "Ligne T3 du tramway de Corvenne", "mise en service", ["tramway de Corvenne",
                    "Corvenne", "inauguration", "mise en service"], "date", date="2026-03-14",
                    as_of="2026-03-14"),),
         (Flag("vendredi", "wrong_date", "error", "corvenne-opening"),)),
    Case("a contract to start next month placed in the month gone: the month slipped (en)", "en", "2045-06-12",
         "Lacombe-Vouvry airport has renewed its trust in the Arvel falconry. The new contract, which came into "
         "force on 1 June, runs for five years.", CONTRACT,
         (Flag("1 June", "wrong_date", "error", "arvel-contract"),)),
    Case("un contrat qui commence le mois prochain placé le mois passé : le mois a glissé (fr)", "fr", "2045-06-12",
         "L'aéroport de Lacombe-Vouvry a renouvelé sa confiance à la fauconnerie Arvel. Le nouveau contrat, entré "
         "en vigueur le 1er juin, court sur cinq ans.", CONTRACT,
         (Flag("1er juin", "wrong_date", "error", "arvel-contract"),)),
    Case("an order dated by the day, a year of the sentence saying when the culls may be (en)", "en", "2026-07-06",
         "The prefect of the Sarrasine massif raised the number of wolves that may be shot this year in an order "
         "signed on 16 June. Farmers say it changes nothing.", WOLF_ORDER,
         (Flag("16 June", "wrong_date", "error", "sarrasine-order"),)),
    Case("un arrêté daté au jour, l'année de la phrase disant quand tirer (fr)", "fr", "2026-07-06",
         "Le préfet du massif de la Sarrasine a relevé le nombre de loups pouvant être tués cette année dans un "
         "arrêté signé le 16 juin. Les éleveurs disent que cela ne change rien.", WOLF_ORDER,
         (Flag("16 juin", "wrong_date", "error", "sarrasine-order"),)),
    Case("a day next to the name of a subject with one dated fact dates that fact (en)", "en", "2026-09-20",
         "Border Force officers recovered 4.2 tonnes of cocaine from the Corvina Star, which was searched at "
         "Saltmere on 13 September after 19 days at sea.", SEIZURE,
         (Flag("13 September", "wrong_date", "error", "saltmere-seizure"),)),
    Case("un jour à côté du nom d'un sujet au seul fait daté le date (fr)", "fr", "2026-09-20",
         "Les douaniers ont récupéré 4,2 tonnes de cocaïne à bord du Corvina Star, fouillé à Saltmere le 13 "
         "septembre après 19 jours de mer.", SEIZURE,
         (Flag("13 septembre", "wrong_date", "error", "saltmere-seizure"),)),
    Case("a deadline to come placed in a past year: the year slipped (en)", "en", "2032-02-16",
         "Landowners in Lorvan have until 31 May 2031 to clear brush within 50 metres of any building, the "
         "prefecture said on Tuesday.", DEADLINE,
         (Flag("31 May 2031", "wrong_date", "error", "lorvan-deadline"),)),
    Case("une échéance à venir placée une année passée (fr)", "fr", "2032-02-16",
         "Les propriétaires de Lorvan ont jusqu'au 31 mai 2031 pour débroussailler les abords de leurs maisons, "
         "a indiqué la préfecture mardi.", DEADLINE,
         (Flag("31 mai 2031", "wrong_date", "error", "lorvan-deadline"),)),
    Case("wrong year (en)", "en", "2024-02-01",
         "The Halden bridge, which opened on 30 June 2022, now carries 21,000 vehicles a day.", REFERENCES,
         (Flag("30 June 2022", "wrong_date", "error", "halden-bridge-opening"),)),
    Case("mauvais mois (fr)", "fr", "2024-02-01",
         "Inauguré le 30 juillet 2023, le pont de Halden voit passer 21 000 véhicules par jour.", REFERENCES,
         (Flag("30 juillet 2023", "wrong_date", "error", "halden-bridge-opening"),)),
    Case("relative date (fr)", "fr", "2025-02-01",
         "Le pont de Halden, inauguré l'an dernier, voit passer 21 000 véhicules par jour.", REFERENCES,
         (Flag("l'an dernier", "wrong_date", "error", "halden-bridge-opening"),)),
    Case("weekday (en)", "en", "2023-07-03",
         "The Halden bridge opened to traffic on Thursday after six years of work.", REFERENCES,
         (Flag("Thursday", "wrong_date", "error", "halden-bridge-opening"),)),
    Case("the news date wrong, the earlier strike left alone (en)", "en", "2024-07-05",
         "Aeris Northern cancelled more than 250 flights after a pilots' strike began on Thursday. The last "
         "walkout by the airline's pilots, in 2022, lasted one day.", STRIKE,
         (Flag("Thursday", "wrong_date", "error", "aeris-strike-start"),)),
    Case("un autre référendum laissé, la date du bon fausse (fr)", "fr", "2024-10-15",
         "Les électeurs du lac Orrin ont approuvé le barrage lors d'un référendum samedi. Un référendum sur un "
         "barrage plus petit avait échoué en 2019.", REFERENDUM,
         (Flag("samedi", "wrong_date", "error", "orrin-referendum-date"),)),
    Case("deux événements proches, la date du sommet fausse (fr)", "fr", "2024-12-02",
         "Ce rapprochement entre Kim Jong-un et Vladimir Poutine a été scellé par le sommet de Vostotchny, le "
         "13 septembre 2022, puis par un traité de défense mutuelle signé à Pyongyang le 19 juin.", SUMMIT,
         (Flag("13 septembre 2022", "wrong_date", "error", "kim-putin-summit"),)),
    Case("two close events, the summit's date wrong (en)", "en", "2024-12-02",
         "The alliance between Kim Jong Un and Vladimir Putin was sealed at the Vostochny summit, on 13 "
         "September 2022, then by a mutual defence treaty signed in Pyongyang on 19 June.", SUMMIT,
         (Flag("13 September 2022", "wrong_date", "error", "kim-putin-summit"),)),
    Case("jour relatif loin du mot de l'événement, même proposition (fr)", "fr", "2024-02-22",
         "Les enquêteurs privilégient la piste d'une défaillance des freins pour expliquer l'accident du car "
         "qui a quitté la route dans la descente du col de la Serrette mardi dernier.", ACCIDENT,
         (Flag("mardi dernier", "wrong_date", "error", "serrette-accident-date"),)),
    Case("weekday far from the event word, same clause (en)", "en", "2024-02-22",
         "Investigators believe a brake failure caused the accident of the coach that left the road on the "
         "descent from the Serrette pass on Tuesday.", ACCIDENT,
         (Flag("Tuesday", "wrong_date", "error", "serrette-accident-date"),)),
    Case("un verbe dit l'événement, date relative fausse (fr)", "fr", "2024-07-23",
         "Le festival des Nuits de Corbelin, qui s'est achevé hier par un concert de jazz, a accueilli près de "
         "85 000 festivaliers.", FESTIVAL,
         (Flag("hier", "wrong_date", "error", "corbelin-cloture"),)),
    Case("a verb names the event, wrong relative date (en)", "en", "2024-07-23",
         "The Nuits de Corbelin festival, which ended yesterday with a jazz concert, drew about 85,000 "
         "festival-goers.", FESTIVAL,
         (Flag("yesterday", "wrong_date", "error", "corbelin-cloture"),)),
    Case("apposition participe, date fausse (fr)", "fr", "2024-02-22",
         "L'accident du car, survenu mardi dans la descente du col de la Serrette, a fait quatorze blessés.",
         ACCIDENT,
         (Flag("mardi", "wrong_date", "error", "serrette-accident-date"),)),
    Case("a 'which began' phrase, wrong date (en)", "en", "2024-09-18",
         "Brennock County teachers are on strike. The teachers' strike, which began on Tuesday, has closed 41 "
         "schools.", TEACHERS,
         (Flag("Tuesday", "wrong_date", "error", "brennock-strike-start"),)),
    Case("verbe français, référence en anglais (fr)", "fr", "2024-09-18",
         "Les enseignants de Brennock sont en grève. La grève des enseignants, commencée mardi, a fermé 41 "
         "écoles.", TEACHERS,
         (Flag("mardi", "wrong_date", "error", "brennock-strike-start"),)),
    Case("la date d'un chiffre ne prend pas l'événement, date relative fausse (fr)", "fr", "2024-05-16",
         "La maison d'arrêt de Berval accueillait 1 126 détenus au 1er mai, selon le rapport de la contrôleuse "
         "rendu public avant-hier.", PRISON,
         (Flag("avant-hier", "wrong_date", "error", "berval-report"),)),
    Case("a figure's date does not take the event, wrong weekday (en)", "en", "2024-05-16",
         "Berval prison held 1,126 inmates on 1 May, according to the inspector's report published on Tuesday.",
         PRISON,
         (Flag("Tuesday", "wrong_date", "error", "berval-report"),)),
]


@pytest.mark.parametrize("case", VALID, ids=lambda case: case.name)
def test_passes(case: Case) -> None:
    assert_case(case, {"wrong_date"})


@pytest.mark.parametrize("case", INVALID, ids=lambda case: case.name)
def test_flags(case: Case) -> None:
    assert_case(case, {"wrong_date"})
