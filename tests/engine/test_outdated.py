"""outdated: a figure repeating a superseded report although a newer one held at publication."""

from __future__ import annotations

import pytest
from rule_tester import Case, Flag, assert_case, reference

REFERENCES = (
    reference("hastrand-exports-0110", "Port of Hastrand", "grain exports in 2028", ["Hastrand", "grain",
              "exports", "céréales", "exportations"], "quantity", 6_200_000, unit="t", as_of="2029-01-10"),
    reference("hastrand-exports-0305", "Port of Hastrand", "grain exports in 2028", ["Hastrand", "grain",
              "exports", "céréales", "exportations"], "quantity", 6_450_000, unit="t", as_of="2029-03-05"),
    reference("kestrel-toll-0303", "Kestrel earthquake", "death toll", ["Kestrel", "earthquake", "quake", "séisme",
              "death toll", "dead", "killed", "morts", "bilan"], "count", 1_240, as_of="2024-03-03"),
    reference("kestrel-toll-0308", "Kestrel earthquake", "death toll", ["Kestrel", "earthquake", "quake", "séisme",
              "death toll", "dead", "killed", "morts", "bilan"], "count", 2_950, as_of="2024-03-08"),
    reference("skerra-quota-2025", "Skerra mackerel", "total allowable catch", ["Skerra", "mackerel",
              "maquereau", "catch", "captures"], "count", 612_000, as_of="2024-12-11"),
    reference("skerra-quota-2026", "Skerra mackerel", "total allowable catch", ["Skerra", "mackerel",
              "maquereau", "catch", "captures"], "count", 488_000, as_of="2025-12-10"),
    reference("nocturna-tickets-0905", "Nocturna night train", "tickets sold", ["Nocturna", "night train",
              "tickets", "billets", "sold", "vendus"], "count", 21_000, as_of="2026-09-05"),
    reference("nocturna-tickets-0928", "Nocturna night train", "tickets sold", ["Nocturna", "night train",
              "tickets", "billets", "sold", "vendus"], "count", 48_000, as_of="2026-09-28"),
    reference("lorvane-strikers-0114", "Lorvane hospital strike", "share of staff on strike", ["Lorvane",
              "strike", "grève", "strikers", "staff on strike", "personnel en grève"], "percent", 38, unit="%",
              as_of="2026-01-14"),
    reference("lorvane-strikers-0119", "Lorvane hospital strike", "share of staff on strike", ["Lorvane",
              "strike", "grève", "strikers", "staff on strike", "personnel en grève"], "percent", 46, unit="%",
              as_of="2026-01-19"),
    reference("logivert-raise-0310", "Logivert warehouse strike", "pay rise offered by management", ["Logivert",
              "strike", "pay rise", "raise", "augmentation"], "percent", 4.5, unit="%", as_of="2029-03-10"),
    reference("logivert-raise-0329", "Logivert warehouse strike", "pay rise offered by management", ["Logivert",
              "strike", "pay rise", "raise", "augmentation"], "percent", 6.2, unit="%", as_of="2029-03-29"),
    reference("lorvenne-pass-0707", "Baccalauréat 2026 results in the Lorvenne region", "overall pass rate",
              ["Lorvenne", "baccalauréat", "pass rate", "taux de réussite"], "percent", 84.6, unit="%",
              as_of="2026-07-07"),
    reference("lorvenne-pass-0716", "Baccalauréat 2026 results in the Lorvenne region", "overall pass rate",
              ["Lorvenne", "baccalauréat", "pass rate", "taux de réussite"], "percent", 89.3, unit="%",
              as_of="2026-07-16"),
    reference("lorvenne-pass-2025", "Baccalauréat 2025 results in the Lorvenne region", "overall pass rate",
              ["Lorvenne", "baccalauréat", "pass rate", "taux de réussite"], "percent", 88.1, unit="%",
              as_of="2025-07-15"),
    reference("mirabel-harvest-0930", "Côtes de Mirabel 2034 grape harvest", "grapes harvested",
              ["Mirabel", "Côtes de Mirabel", "grapes", "harvest", "raisin", "vendanges", "récolte"], "quantity",
              18_400, unit="t", as_of="2034-09-30"),
    reference("mirabel-harvest-1125", "Côtes de Mirabel 2034 grape harvest", "grapes harvested",
              ["Mirabel", "Côtes de Mirabel", "grapes", "harvest", "raisin", "vendanges", "récolte"], "quantity",
              16_900, unit="t", as_of="2034-11-25"),
    reference("kestrel-tents-0303", "Kestrel earthquake", "tents delivered", ["Kestrel", "tents", "tentes"],
              "count", 10_000, qualifier="more_than", low=10_000, as_of="2024-03-03"),
    reference("kestrel-tents-0308", "Kestrel earthquake", "tents delivered", ["Kestrel", "tents", "tentes"],
              "count", 40_000, qualifier="more_than", low=40_000, as_of="2024-03-08"),
    reference("tarrant-takings-0520", "Upper Tarrant Community Shop", "average weekly takings", ["Upper Tarrant",
              "community shop", "shop", "takings", "recettes"], "money", 6_200, unit="GBP", as_of="2046-05-20"),
    reference("tarrant-takings-0930", "Upper Tarrant Community Shop", "average weekly takings", ["Upper Tarrant",
              "community shop", "shop", "takings", "recettes"], "money", 7_400, unit="GBP", as_of="2046-09-30"),
    reference("ockenden-stations-0122", "Ockenden Vale Weather Network", "automatic weather stations in the network",
              ["Ockenden Vale", "weather network", "réseau météo", "stations"], "count", 64, as_of="2046-01-22"),
    reference("ockenden-stations-0701", "Ockenden Vale Weather Network", "automatic weather stations in the network",
              ["Ockenden Vale", "weather network", "réseau météo", "stations"], "count", 81, as_of="2046-07-01"),
)

HAIL_BILL = (
    reference("mutalis-bill-july", "Mutalis", "cost of the hailstorm claims", ["Mutalis", "insurer", "assureur",
              "hailstorm", "grêle", "bill", "facture", "claims", "sinistres"], "money", 240_000_000, unit="EUR",
              qualifier="approx", as_of="2028-07-02"),
    reference("mutalis-bill-oct", "Mutalis", "cost of the hailstorm claims", ["Mutalis", "insurer", "assureur",
              "hailstorm", "grêle", "bill", "facture", "claims", "sinistres"], "money", 310_000_000, unit="EUR",
              qualifier="approx", as_of="2028-10-30"),
)


FONDERIE = (
    reference("fonderie-price-feb", "La Fonderie (Vérancourt)", "average price per square metre", ["La Fonderie",
              "Vérancourt", "price", "prix", "square metre", "mètre carré", "grille de prix", "price list"], "money",
              4150, unit="EUR", as_of="2032-02-05"),
    reference("fonderie-price-aug", "La Fonderie (Vérancourt)", "average price per square metre", ["La Fonderie",
              "Vérancourt", "price", "prix", "square metre", "mètre carré", "grille de prix", "price list"], "money",
              4480, unit="EUR", as_of="2032-08-18"),
)


VALID = [
    Case("a figure dated by a 'when' clause right after it is history (en)", "en", "2046-10-23",
         "The Ockenden Vale weather network had 64 stations when it was switched on in January.", REFERENCES),
    Case("un chiffre daté par une proposition en « lorsque » juste après lui est de l'histoire (fr)", "fr",
         "2046-10-23", "Le réseau météo d'Ockenden Vale comptait 64 stations lorsqu'il est né en janvier.",
         REFERENCES),
    Case("a demand is no fact a report settles (en)", "en", "2029-04-04",
         "At Logivert, strikers say they have lost purchasing power and want a pay rise of at least 8%.", REFERENCES),
    Case("an old figure dated a few words on is history (fr)", "fr", "2026-10-02",
         "Le train de nuit Nocturna a vendu 48 000 billets, contre un premier bilan de 21 000 billets, établi en "
         "septembre.", REFERENCES),
    Case("newest figure (en)", "en", "2024-03-10",
         "The death toll from the Kestrel earthquake has risen to 2,950, rescue teams said.", REFERENCES),
    Case("old figure given as history (en)", "en", "2024-03-10",
         "The death toll from the Kestrel earthquake stands at 2,950, up from 1,240 on 3 March.", REFERENCES),
    Case("ancien chiffre donné comme passé (fr)", "fr", "2024-03-10",
         "Le bilan du séisme de Kestrel s'élève à 2 950 morts, contre 1 240 le 3 mars.", REFERENCES),
    Case("old figure given as the value of a year the newer report came out in (en)", "en", "2026-01-20",
         "The Skerra mackerel catch is down from 612,000 in 2025, after scientists called for a cut.",
         REFERENCES),
    Case("ancien chiffre de l'année où il valait (fr)", "fr", "2026-01-20",
         "Les captures de maquereau de Skerra reculent, contre 612 000 en 2025, à la demande des scientifiques.",
         REFERENCES),
    Case("old figure before the newer report (fr)", "fr", "2024-03-05",
         "Le bilan du séisme de Kestrel s'élève à 1 240 morts, selon la protection civile.", REFERENCES),
    Case("an older figure given as a first estimate is history, no outdated figure (en)", "en", "2028-11-15",
         "The insurer Mutalis first put its hailstorm bill at €240m; it now expects to pay about €310m as hidden "
         "damage comes to light.", HAIL_BILL),
    Case("un chiffre ancien donné comme première estimation est de l'histoire (fr)", "fr", "2028-11-15",
         "Après la grêle, l'assureur Mutalis avait d'abord chiffré la facture à 240 millions d'euros ; il prévoit "
         "désormais de payer environ 310 millions, à mesure que les dégâts cachés apparaissent.", HAIL_BILL),
    Case("an older figure given in the pluperfect is history (en)", "en", "2032-09-10",
         "Buyers at La Fonderie in Vérancourt have seen the bill climb. In February, the price list had stood at "
         "€4,150 a square metre; sales signed this summer came out at €4,480.", FONDERIE),
    Case("un chiffre ancien donné à l'imparfait est de l'histoire (fr)", "fr", "2032-09-10",
         "À La Fonderie, à Vérancourt, l'addition a grimpé. En février, la grille de prix affichait 4 150 euros le "
         "mètre carré ; les ventes signées cet été sont ressorties à 4 480 euros.", FONDERIE),
]

_WAITING = (
    reference("brescan-list-0904", "Brescan student residences", "students on the waiting list", ["Brescan",
              "waiting list", "liste d'attente", "students", "étudiants"], "count", 2_900, as_of="2028-09-04"),
    reference("brescan-list-1002", "Brescan student residences", "students on the waiting list", ["Brescan",
              "waiting list", "liste d'attente", "students", "étudiants"], "count", 3_400, as_of="2028-10-02"),
)
_SHELTER = (
    reference("bramont-night-0129", "Nuit de la solidarité 2027 à Bramont", "personnes sans abri recensées",
              ["Bramont", "Nuit de la solidarité", "personnes", "sans-abri", "people sleeping rough"], "count", 1_092,
              as_of="2027-01-29"),
    reference("bramont-night-0216", "Nuit de la solidarité 2027 à Bramont", "personnes sans abri recensées",
              ["Bramont", "Nuit de la solidarité", "personnes", "sans-abri", "people sleeping rough"], "count", 1_148,
              as_of="2027-02-16"),
)

_FENCING = (
    reference("dunmarrow-members-1002", "Dunmarrow Sword Club", "members", ["Dunmarrow", "club", "members",
              "adhérents"], "count", 240, as_of="2045-10-02"),
    reference("dunmarrow-members-0629", "Dunmarrow Sword Club", "members", ["Dunmarrow", "club", "members",
              "adhérents"], "count", 310, as_of="2046-06-29"),
)

_COURSE = (
    reference("gs-fences", "Grand Steeple-Chase de Montbrisac", "fences on the course", ["Montbrisac", "steeplechase",
              "fences", "obstacles"], "count", 23, as_of="2046-03-01"),
    reference("gs-runners-0301", "Grand Steeple-Chase de Montbrisac", "runners", ["Montbrisac", "steeplechase",
              "runners", "partants"], "count", 18, as_of="2046-03-01"),
    reference("gs-runners-0520", "Grand Steeple-Chase de Montbrisac", "runners", ["Montbrisac", "steeplechase",
              "runners", "partants"], "count", 16, as_of="2046-05-20"),
)

_DONORS = (
    reference("stowley-donors-feb", "Stowley Green Cricket Club pavilion (Stowley Green, England)",
              "donors to the village appeal", ["Stowley Green", "cricket club", "pavilion", "appeal", "donors",
                                               "donateurs", "souscription"], "count", 1140, as_of="2046-02-20"),
    reference("stowley-donors-jul", "Stowley Green Cricket Club pavilion (Stowley Green, England)",
              "donors to the village appeal", ["Stowley Green", "cricket club", "pavilion", "appeal", "donors",
                                               "donateurs", "souscription"], "count", 1560, as_of="2046-07-25"),
)

_CHARCOAL_WORDS = ["Ndiobène-Sirah", "groupement", "charbonniers", "charcoal makers", "group", "members", "membres",
                   "compte", "counts"]
_CHARCOAL = (
    reference("ndiobene-members-feb", "Groupement des charbonniers de Ndiobène-Sirah (Sénégal)",
              "membres du groupement", _CHARCOAL_WORDS, "count", 74, as_of="2046-02-20"),
    reference("ndiobene-members-jul", "Groupement des charbonniers de Ndiobène-Sirah (Sénégal)",
              "membres du groupement", _CHARCOAL_WORDS, "count", 96, as_of="2046-07-10"),
)

VALID += [
    Case("a figure a 'when' clause dates in the past is history (en)", "en", "2046-07-27",
         "At Ndiobène-Sirah, the charcoal makers' group had 74 members when the agreement was signed; it now counts "
         "96.", _CHARCOAL),
    Case("un chiffre qu'une proposition en « lorsque » date au passé est de l'histoire (fr)", "fr", "2046-07-27",
         "À Ndiobène-Sirah, le groupement des charbonniers comptait 74 membres lorsque l'accord a été signé ; il en "
         "compte désormais 96.", _CHARCOAL),
    Case("a from-to gives the old value as a past one (en)", "en", "2046-09-05",
         "At Stowley Green, the number of donors to the appeal rose from 1,140 to 1,560 over the summer.", _DONORS),
    Case("« contre » donne l'ancienne valeur comme passée (fr)", "fr", "2046-09-05",
         "À Stowley Green, la souscription compte désormais 1 560 donateurs, contre 1 140 en février.", _DONORS),
    Case("the older figure a newer one is compared with is history (en)", "en", "2028-10-10",
         "Some 3,400 students are on the waiting list for a room in Brescan's residences, well above the 2,900 "
         "the agency counted a month before.", _WAITING),
    Case("le chiffre plus ancien auquel on compare le nouveau est de l'histoire (fr)", "fr", "2028-10-10",
         "Quelque 3 400 étudiants attendent une chambre dans les résidences de Brescan, bien au-dessus des 2 900 "
         "recensés un mois plus tôt par l'agence.", _WAITING),
    Case("« faisait état de » gives the provisional count as history (fr)", "fr", "2027-02-20",
         "Le chiffre définitif est tombé mardi : 1 148 personnes dormaient dehors à Bramont lors de la Nuit de la "
         "solidarité. Le décompte provisoire, publié au lendemain de l'opération, faisait état de 1 092 personnes.",
         _SHELTER),
]

_WAITING = (
    reference("pellingham-waiting-jan", "Pellingham County Council", "people waiting for a home-care assessment",
              ["Pellingham", "county", "comté de Pellingham", "waiting list", "assessment", "home care",
               "liste d'attente", "évaluation", "aide à domicile"], "count", 1_140, as_of="2033-01-31"),
    reference("pellingham-waiting-aug", "Pellingham County Council", "people waiting for a home-care assessment",
              ["Pellingham", "county", "comté de Pellingham", "waiting list", "assessment", "home care",
               "liste d'attente", "évaluation", "aide à domicile"], "count", 1_620, as_of="2033-08-31"),
)
_MARATHON = (
    reference("harwick-entrants", "Harwick City Marathon 2033", "runners registered for the 2033 race",
              ["Harwick City Marathon", "Harwick", "marathon", "runners", "registered", "coureurs", "inscrits"],
              "count", 24_000, qualifier="more_than", as_of="2033-03-01"),
    reference("harwick-finishers-prov", "Harwick City Marathon 2033", "finishers of the 2033 race",
              ["Harwick City Marathon", "Harwick", "marathon", "finishers"], "count", 18_420, as_of="2033-04-04"),
    reference("harwick-finishers-final", "Harwick City Marathon 2033", "finishers of the 2033 race",
              ["Harwick City Marathon", "Harwick", "marathon", "finishers"], "count", 18_905, as_of="2033-05-10"),
)

_HOSTEL = (
    reference("roumagnac-beds-0305", "Roumagnac pilgrims' hostel", "beds in the hostel", ["Roumagnac", "hostel",
              "gîte d'étape", "beds", "lits"], "count", 24, as_of="2046-03-05"),
    reference("roumagnac-beds-0716", "Roumagnac pilgrims' hostel", "beds in the hostel", ["Roumagnac", "hostel",
              "gîte d'étape", "beds", "lits"], "count", 32, as_of="2046-07-16"),
)

VALID += [
    Case("what a place had at an event dated before the newer report, the older figure (en)", "en", "2046-11-14",
         "The Roumagnac hostel opened on 4 April with 24 beds. It ends its first season with 32.", _HOSTEL),
    Case("ce qu'un lieu avait lors d'un événement daté avant le rapport récent, l'ancien chiffre (fr)", "fr",
         "2046-11-14",
         "Le gîte d'étape de Roumagnac a ouvert le 4 avril avec 24 lits. Il finit sa première saison avec 32.",
         _HOSTEL),
]

_WEDDINGS = (
    reference("fern-weddings-0303", "Fern & Furrow florist", "weddings booked for the season", ["Fern & Furrow",
              "florist", "fleuriste", "weddings", "booked", "mariages", "réservés"], "count", 38, as_of="2046-03-03"),
    reference("fern-weddings-0726", "Fern & Furrow florist", "weddings booked for the season", ["Fern & Furrow",
              "florist", "fleuriste", "weddings", "booked", "mariages", "réservés"], "count", 52, as_of="2046-07-26"),
)

INVALID = [
    Case("couples booked for a season's weddings, the older figure (en)", "en", "2046-09-01",
         "Weddings are paying for the Fern & Furrow flower field. Its owner says 38 couples have booked her for "
         "this season.", _WEDDINGS, (Flag("38", "outdated", "warning", "fern-weddings-0726"),)),
    Case("des couples réservés pour les mariages de la saison, l'ancien chiffre (fr)", "fr", "2046-09-01",
         "Les mariages font vivre le champ de fleurs de Fern & Furrow. Sa propriétaire compte 38 couples qui l'ont "
         "réservée pour cette saison.", _WEDDINGS, (Flag("38", "outdated", "warning", "fern-weddings-0726"),)),
    Case("what a place has now, the older figure (en)", "en", "2046-11-14",
         "The Roumagnac hostel has 24 beds and ends its first season full.", _HOSTEL,
         (Flag("24", "outdated", "warning", "roumagnac-beds-0716"),)),
    Case("ce qu'un lieu a aujourd'hui, l'ancien chiffre (fr)", "fr", "2046-11-14",
         "Le gîte d'étape de Roumagnac compte 24 lits et finit sa première saison complet.", _HOSTEL,
         (Flag("24", "outdated", "warning", "roumagnac-beds-0716"),)),
    Case("a count of residents on a waiting list is a count of people waiting (en)", "en", "2033-10-12",
         "She is one of the 1,140 residents of Pellingham county on the waiting list for a home-care assessment, "
         "according to the council's figures.", _WAITING,
         (Flag("1,140", "outdated", "warning", "pellingham-waiting-aug"),)),
    Case("un nombre d'habitants sur une liste d'attente compte des gens qui attendent (fr)", "fr", "2033-10-12",
         "Elle fait partie des 1 140 habitants du comté de Pellingham inscrits sur la liste d'attente des "
         "évaluations d'aide à domicile, selon les chiffres du conseil.", _WAITING,
         (Flag("1 140", "outdated", "warning", "pellingham-waiting-aug"),)),
    Case("a count of those who finished is a count of finishers (en)", "en", "2033-05-18",
         "Six weeks after the Harwick City Marathon, its organisers have published their figures. Of the more than "
         "24,000 runners who had registered, 18,420 reached the finish, the Harwick Marathon Trust said in its "
         "annual report.", _MARATHON,
         (Flag("18,420", "outdated", "warning", "harwick-finishers-final"),)),
    Case("un nombre de finishers, mot emprunté (fr)", "fr", "2033-05-18",
         "Six semaines après le marathon de Harwick, les organisateurs ont publié leurs chiffres. Sur plus de 24 000 "
         "coureurs inscrits, on compte 18 420 finishers, selon la fondation.", _MARATHON,
         (Flag("18 420", "outdated", "warning", "harwick-finishers-final"),)),
    Case("the old count given as today's (en)", "en", "2046-07-27",
         "At Ndiobène-Sirah, the charcoal makers' group has 74 members, who work the forest in turns.", _CHARCOAL,
         (Flag("74", "outdated", "warning", "ndiobene-members-jul"),)),
    Case("l'ancien nombre donné pour celui d'aujourd'hui (fr)", "fr", "2046-07-27",
         "À Ndiobène-Sirah, le groupement des charbonniers compte 74 membres, qui exploitent la forêt à tour de rôle.",
         _CHARCOAL, (Flag("74", "outdated", "warning", "ndiobene-members-jul"),)),
    Case("'from' naming where money came from gives no past value (en)", "en", "2046-09-05",
         "At Stowley Green, the appeal launched after the fire raised just under £210,000 from 1,140 donors, many of "
         "whom have never held a bat.", _DONORS, (Flag("1,140", "outdated", "warning", "stowley-donors-jul"),)),
    Case("« auprès de » donateurs ne donne aucune valeur passée (fr)", "fr", "2046-09-05",
         "À Stowley Green, la souscription lancée après l'incendie a récolté près de 210 000 livres auprès de 1 140 "
         "donateurs.", _DONORS, (Flag("1 140", "outdated", "warning", "stowley-donors-jul"),)),
    Case("a figure for a period that began after the old report came out is that report's value carried over (en)",
         "en", "2046-10-10",
         "Upper Tarrant's community shop pays its way. Takings averaged £6,200 a week over the summer, manager Jo "
         "Whitlock told the annual meeting.", REFERENCES,
         (Flag("£6,200", "outdated", "warning", "tarrant-takings-0930"),)),
    Case("un chiffre d'une période commencée après l'ancien rapport en reprend la valeur périmée (fr)", "fr",
         "2046-10-10",
         "L'épicerie associative d'Upper Tarrant est rentable. Ses recettes ont atteint en moyenne 6 200 livres "
         "sterling par semaine cet été, a indiqué sa gérante à l'assemblée générale.", REFERENCES,
         (Flag("6 200 livres sterling", "outdated", "warning", "tarrant-takings-0930"),)),
    Case("a count a verb of demanding asserts is checked as a fact (fr)", "fr", "2046-07-10",
         "Le club d'escrime de Dunmarrow refuse déjà des inscriptions. Le club revendique 240 adhérents, dont une "
         "majorité de mineurs.", _FENCING, (Flag("240", "outdated", "warning", "dunmarrow-members-0629"),)),
    Case("a group the article names after another, with a figure of its own superseded report (en)", "en",
         "2046-05-25",
         "The Grand Steeple-Chase de Montbrisac is run over 5,800 metres. Its 23 fences make it one of the hardest "
         "races in the west. Of the 18 runners, eleven fell or were pulled up.", _COURSE,
         (Flag("18", "outdated", "warning", "gs-runners-0520"),)),
    Case("un groupe nommé après un autre, au chiffre d'un rapport dépassé (fr)", "fr", "2046-05-25",
         "Le Grand Steeple-Chase de Montbrisac se court sur 5 800 mètres. Ses 23 obstacles en font l'une des courses "
         "les plus dures de l'Ouest. Sur les 18 partants, onze sont tombés ou ont été arrêtés.", _COURSE,
         (Flag("18", "outdated", "warning", "gs-runners-0520"),)),
    Case("a figure of the season a newer report of that year revised is no history (en)", "en", "2034-12-04",
         "Growers in the Côtes de Mirabel brought in 18,400 tonnes of grapes this autumn, one of the smallest "
         "crops in a generation.", REFERENCES,
         (Flag("18,400 tonnes", "outdated", "warning", "mirabel-harvest-1125"),)),
    Case("un chiffre de la saison qu'un rapport plus récent de l'année a révisé (fr)", "fr", "2034-12-04",
         "Les vignerons des Côtes de Mirabel ont récolté 18 400 tonnes de raisin cet automne, l'une des plus "
         "petites vendanges depuis une génération.", REFERENCES,
         (Flag("18 400 tonnes", "outdated", "warning", "mirabel-harvest-1125"),)),
    Case("last year's figure beside it is no rival for the year's report (en)", "en", "2026-07-18",
         "The baccalauréat pass rate in the Lorvenne region stands at 84.6% this year, short of the 88.1% "
         "recorded in 2025.", REFERENCES,
         (Flag("84.6%", "outdated", "warning", "lorvenne-pass-0716"),)),
    Case("le chiffre de l'an dernier à côté n'est pas un rival du rapport de l'année (fr)", "fr", "2026-07-18",
         "Le taux de réussite au baccalauréat dans la région de Lorvenne s'établit à 84,6 % cette année, en deçà "
         "des 88,1 % enregistrés en 2025.", REFERENCES,
         (Flag("84,6 %", "outdated", "warning", "lorvenne-pass-0716"),)),
    Case("a figure dated in the year a newer report revised is no history (en)", "en", "2029-03-21",
         "Hastrand exported 6.2 million tonnes of grain last year, mostly wheat.", REFERENCES,
         (Flag("6.2 million tonnes", "outdated", "warning", "hastrand-exports-0305"),)),
    Case("un chiffre daté de l'année qu'un rapport plus récent a révisée (fr)", "fr", "2029-03-21",
         "Hastrand a exporté 6,2 millions de tonnes de céréales en 2028, surtout du blé.", REFERENCES,
         (Flag("6,2 millions de tonnes", "outdated", "warning", "hastrand-exports-0305"),)),
    Case("a change checked against a reference of a change (en)", "en", "2029-04-04",
         "Under the agreement that ended the Logivert strike, basic pay rises by 4.5%.", REFERENCES,
         (Flag("4.5%", "outdated", "warning", "logivert-raise-0329"),)),
    Case("a share of an owner's counted staff (en)", "en", "2026-01-22",
         "At Lorvane's hospitals, management said 38% of the group's 9,400 employees were on strike.", REFERENCES,
         (Flag("38%", "outdated", "warning", "lorvane-strikers-0119"),)),
    Case("a date later in the sentence says when something else happens (en)", "en", "2026-10-02",
         "Nocturna's night train has sold 21,000 tickets so far, and bookings for the Christmas holidays open "
         "next week.", REFERENCES, (Flag("21,000", "outdated", "warning", "nocturna-tickets-0928"),)),
    Case("superseded toll (en)", "en", "2024-03-10",
         "The death toll from the Kestrel earthquake stands at 1,240, rescue teams said on Sunday.", REFERENCES,
         (Flag("1,240", "outdated", "warning", "kestrel-toll-0308"),)),
    Case("bilan dépassé (fr)", "fr", "2024-03-10",
         "Le bilan du séisme de Kestrel s'élève à 1 240 morts, selon la protection civile.", REFERENCES,
         (Flag("1 240", "outdated", "warning", "kestrel-toll-0308"),)),
    Case("old bound, four times below the new one (en)", "en", "2024-03-10",
         "More than 10,000 tents have reached the survivors of the Kestrel earthquake, aid groups said.",
         REFERENCES, (Flag("More than 10,000", "outdated", "warning", "kestrel-tents-0308"),)),
    Case("ancien seuil, quatre fois plus bas (fr)", "fr", "2024-03-10",
         "Plus de 10 000 tentes ont été livrées aux rescapés du séisme de Kestrel, selon les ONG.",
         REFERENCES, (Flag("Plus de 10 000", "outdated", "warning", "kestrel-tents-0308"),)),
]


@pytest.mark.parametrize("case", VALID, ids=lambda case: case.name)
def test_passes(case: Case) -> None:
    assert_case(case, {"outdated", "value_mismatch"})


@pytest.mark.parametrize("case", INVALID, ids=lambda case: case.name)
def test_flags(case: Case) -> None:
    assert_case(case, {"outdated", "value_mismatch"})
