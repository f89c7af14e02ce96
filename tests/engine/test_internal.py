"""internal: the same quantity stated twice in one article with different values."""

from __future__ import annotations

import pytest
from rule_tester import Case, Flag, assert_case, reference

import checker

VALID = [
    Case("a person's own group named again in a quote, the same size (en)", "en", "2046-05-10",
         "He has two apprentices, both from the village. \"Nobody wanted this job ten years ago,\" he said. \"Now "
         "my two lads have a waiting list of their own.\"", ()),
    Case("le groupe d'une personne repris dans une citation, même taille (fr)", "fr", "2046-05-10",
         "Il a deux apprentis, tous deux du village. « Personne ne voulait de ce métier il y a dix ans », dit-il. « "
         "Maintenant, mes deux gars ont leur propre liste d'attente. »", ()),
    Case("a group named again by the word of its complement, the same size (en)", "en", "2046-07-10",
         "The work was done by two volunteers of the lifeboat crew, helped by the fire brigade. The two crew also "
         "rewired the lights on the slipway.", ()),
    Case("un groupe repris par le mot de son complément, même taille (fr)", "fr", "2046-07-10",
         "Les travaux ont été faits par deux électriciens à la retraite, aidés par les pompiers volontaires. Les "
         "deux retraités ont aussi refait l'éclairage de la cale.", ()),
    Case("a list after a colon is no complement of the group (fr)", "fr", "2046-07-10",
         "Le contrat maintient sur le terrain les douze rapaces de l'équipe : faucons pèlerins, buses de Harris et "
         "un aigle royal. Les sept faucons pèlerins de l'équipe volent à tour de rôle.", ()),
    Case("places named after a group of people are no people renamed (en)", "en", "2046-10-01",
         "Not everyone is charmed. Two residents of the new estate complained that the bell woke their babies. The "
         "council will decide in December whether to send the crier to the three hamlets up the valley as well.",
         ()),
    Case("des lieux nommés après un groupe de personnes ne sont pas ces personnes renommées (fr)", "fr",
         "2046-10-01",
         "Tout le monde n'est pas conquis. Deux habitants du nouveau lotissement se sont plaints de la cloche, et le "
         "conseil enverra aussi le crieur dans les trois hameaux de la vallée.", ()),
    Case("a group named again as owners of a singular thing, the same count (en)", "en", "2046-04-01",
         "Not everyone is won over. Five families on Quarry Road have written to complain about the lorries, and the "
         "parish council will discuss the five families' petition next month. Three farmers' markets share the "
         "square on Saturdays.", ()),
    Case("un groupe repris comme auteur d'une chose, avec le même nombre (fr)", "fr", "2046-04-01",
         "Tout le monde n'est pas convaincu. Cinq familles du chemin de la Carrière se plaignent des camions, et le "
         "conseil examinera le mois prochain la pétition des cinq familles.", ()),
    Case("GPs named again as doctors with their count (en)", "en", "2046-06-01",
         "The centre has four salaried GPs, recruited with the help of the council. Even before the doors opened, "
         "5,400 people had registered with a doctor there. \"Our four doctors are already fully booked at the start "
         "of each week,\" the mayor said.", ()),
    Case("des kinésithérapeutes repris comme kinés avec leur nombre (fr)", "fr", "2046-06-01",
         "Le bâtiment réunit 17 professionnels de santé, dont deux kinésithérapeutes. Obtenir un rendez-vous chez un "
         "généraliste prend en moyenne trois semaines. Les urgences les plus proches restent à 48 kilomètres. Tout "
         "n'est pas réglé. « Nos deux kinés ne suffisent plus », reconnaît la coordinatrice.", ()),
    Case("a sum named again by what it paid for, with its value (en)", "en", "2046-07-01",
         "To train beginners, the club has bought a towing winch for €18,000. The €18,000 winch is kept in a barn "
         "by the landing field.", ()),
    Case("une somme reprise par ce qu'elle a payé, avec sa valeur (fr)", "fr", "2046-07-01",
         "Pour former les débutants, le club a acheté un treuil de remorquage pour 18 000 euros. Les 18 000 euros "
         "du treuil ont été avancés par la caisse populaire.", ()),
    Case("a group renamed by a synonym, narrowed by a clause, with its size (en)", "en", "2046-05-01",
         "The board game brings together the work of 11 freelance illustrators, most of them based in the region. Its "
         "founder now wants to put some of the 11 draughtsmen who gave the game its drowned cities on the payroll.",
         ()),
    Case("un groupe renommé par un synonyme, restreint par une relative, avec sa taille (fr)", "fr", "2046-05-01",
         "Le jeu réunit le travail de 11 illustrateurs indépendants, installés pour la plupart dans la région. La "
         "fondatrice veut désormais salarier une partie des 11 dessinateurs qui ont donné au jeu ses villes "
         "englouties.", ()),
    Case("an owner named two sentences before the first mention, the same size (en)", "en", "2045-03-04",
         "The workshop, which employs 31 people, spent 61,000 hours on the instrument. Twenty-two organ "
         "builders took turns on the site. The firm also trained five apprentices in the nave. The bishop "
         "came to see the pipes in March. The five apprentices of the workshop are due to be hired when the "
         "job ends.", ()),
    Case("un propriétaire nommé deux phrases avant la première mention, même taille (fr)", "fr", "2045-03-04",
         "La manufacture, qui emploie 31 salariés, a consacré 61 000 heures de travail à l'instrument. "
         "Vingt-deux facteurs se sont relayés sur le chantier. L'entreprise a aussi formé cinq apprentis. "
         "L'évêque est venu voir les tuyaux en mars. Les cinq apprentis de la manufacture devraient être "
         "embauchés à la fin du chantier.", ()),
    Case("an action noun restating a group its clause said did it, with its size (en)", "en", "2046-04-01",
         "Six boxers from the club qualified for the national championships in March, and the six qualifiers came "
         "back with two medals.", ()),
    Case("un nom d'action qui reprend avec sa taille un groupe qui l'a fait (fr)", "fr", "2046-04-01",
         "Six boxeurs du club s'étaient qualifiés pour les championnats de France, et les six qualifiés en sont "
         "revenus avec deux médailles.", ()),
    Case("a group named by 'of them' and a comma, named again with its size (en)", "en", "2046-09-01",
         "None of it would happen without the town's volunteers. The fair relies on 220 of them, who start peeling "
         "garlic at dawn. On the last night, the organiser thanked the 220 volunteers by name.", ()),
    Case("un groupe nommé par « d'entre eux » et une virgule, repris avec sa taille (fr)", "fr", "2046-09-01",
         "La fête ne tiendrait pas sans les bénévoles du village. Elle compte sur 220 d'entre eux, qui épluchent "
         "l'ail dès l'aube. Le soir de clôture, l'organisateur a remercié les 220 bénévoles un par un.", ()),
    Case("a group said to be what a later noun names, restated with its size (en)", "en", "2046-03-05",
         "The band has 41 players. Nine of the players are teenagers, the youngest a cornetist still in primary "
         "school. \"For our nine teenagers, it will be the first trip abroad,\" said its president.", ()),
    Case("un groupe dont on dit ce qu'il est, repris avec sa taille (fr)", "fr", "2046-03-05",
         "La fanfare compte 41 musiciens. Neuf des musiciens sont des adolescents, le plus jeune encore à l'école "
         "primaire. « Pour nos neuf adolescents, ce sera le premier voyage à l'étranger », dit sa présidente.", ()),
    Case("a group a pronoun opened a sentence with, named again with its size (en)", "en", "2046-07-24",
         "In the end the festival rests on its volunteers. They were 230 signed up by mid-May to run the ticket "
         "office and the bar. \"Without our 230 volunteers, there would simply be no festival,\" said Odile "
         "Ferrand.", ()),
    Case("un groupe qu'un pronom sujet reprenait, nommé de nouveau avec sa taille (fr)", "fr", "2046-07-24",
         "La fête repose enfin sur les bénévoles. Ils étaient 230 inscrits à la mi-mai pour tenir la billetterie. "
         "« Sans nos 230 bénévoles, il n'y aurait pas de festival », insiste Odile Ferrand.", ()),
    Case("a pronoun standing for another group than the noun named again (en)", "en", "2046-07-24",
         "The festival rests on its choirs. They were 230 signed up by mid-May. \"Without our 250 volunteers, there "
         "would be no festival,\" said Odile Ferrand.", ()),
    Case("a speaker's own group is no group of the sentence before renamed (fr)", "fr", "2046-05-01",
         "Marc Tessier, éleveur de 600 brebis, en a perdu une trentaine en deux nuits au printemps. « Je dors dans "
         "la bergerie avec mes trois patous », dit-il.", ()),
    Case("a speaker's own group is no group of the sentence before renamed (en)", "en", "2046-05-01",
         "Marc Tessier, who keeps 600 ewes, lost about thirty of them in two nights this spring. \"I sleep in the "
         "barn with my three sheepdogs,\" he said.", ()),
    Case("a group given a name, restated by that name with its size (en)", "en", "2046-05-01",
         "Underground, nine cellar hands, known here simply as the turners, brush every wheel by hand. \"Each of my "
         "nine turners can tell a cheese by its sound,\" said the head affineur.", ()),
    Case("engineers put in a place the first mention did not name are part of the group (en)", "en", "2046-05-01",
         "From a glass booth, nine engineers watch a wall of screens. Kowalski said the seven engineers in the "
         "Boston office would work in two shifts.", ()),
    Case("des ingénieurs placés là où la première mention ne les mettait pas sont une partie du groupe (fr)", "fr",
         "2046-05-01",
         "Depuis une cabine vitrée, neuf ingénieurs surveillent un mur d'écrans. Selon Kowalski, les sept "
         "ingénieurs à Boston travailleront en deux équipes.", ()),
    Case("minors restating children with the same value (en)", "en", "2034-06-01",
         "Among the residents are 312 children, enrolled in the schools of Ellwick. The 312 minors at the centre "
         "share a single playroom.", ()),
    Case("a speaker counting their own group, the same size (en)", "en", "2043-06-01",
         "Twelve farmers from the plateau have joined the opponents. \"We are twelve farmers on the plateau who "
         "depend on the same water table,\" one of them said.", ()),
    Case("a clause saying what the first group did names it again, same size (en)", "en", "2031-03-12",
         "A team of 212 council staff and volunteers sorted the ballots through the night. Most of the bill went on "
         "the count itself: the 212 people who sorted the ballots were each paid £180.", ()),
    Case("une proposition qui dit ce que le premier groupe a fait, même effectif (fr)", "fr", "2031-03-12",
         "Une équipe de 212 agents et bénévoles a trié les bulletins toute la nuit. L'essentiel de la facture est "
         "allé au dépouillement : les 212 personnes qui ont trié les bulletins ont touché 180 livres chacune.", ()),
    Case("the group restated with its size beside an open figure (en)", "en", "2027-09-10",
         "Of those, fewer than 2,300 have joined the case as civil parties, represented by some 40 lawyers. On the "
         "first afternoon, the 40 lawyers for the civil parties spent three hours arguing.", ()),
    Case("a difference with a figure of the first sentence's own clause still counts the change (en)", "en",
         "2045-05-01", "The night shift has 26 sorters, two more than last year. The union wants reinforcements for "
         "these 24 workers hired before.", (), ()),
    Case("'the same' group over the years is no restatement (en)", "en", "2045-05-01",
         "Clearing the 120 ruined pans by hand took most of April. \"It is hard,\" said Yann, who has worked the same "
         "60 pans since 1996.", ()),
    Case("« les mêmes » au fil des ans ne reprend rien (fr)", "fr", "2045-05-01",
         "Il a fallu tout avril pour dégager les 120 œillets ensevelis. « C'est dur », dit Yann, qui travaille les "
         "mêmes 60 œillets depuis 1996.", ()),
    Case("trucks restating lorries with the same value (en)", "en", "2031-03-01",
         "The lorries arrived at night. Customs officers seized three of these lorries, along with €180,000 in "
         "cash. The three trucks will be examined to trace the network.", ()),
    Case("des camions qui reprennent des poids lourds à la même valeur (fr)", "fr", "2031-03-01",
         "Les camions arrivaient de nuit. Les douaniers ont saisi trois de ces poids lourds, ainsi que 180 000 "
         "euros en liquide. Les trois camions immobilisés seront expertisés.", ()),
    Case("households restating homes with the same value (en)", "en", "2026-01-20",
         "The storm cut power to about 9,000 homes on Monday. Crews hope to reconnect the 9,000 households still "
         "in the dark by the weekend.", ()),
    Case("des foyers qui reprennent des logements à la même valeur (fr)", "fr", "2026-01-20",
         "La tempête a privé d'électricité environ 9 000 logements lundi. Les équipes espèrent rebrancher les "
         "9 000 foyers encore dans le noir d'ici le week-end.", ()),
    Case("un groupe nommé par son propriétaire après « du » reste une partie (fr)", "fr", "2030-01-10",
         "Les pompiers ont aligné neuf camions. Les huit camions du département sont restés à la caserne.", ()),
    Case("a group named by its owner after 'of the' is still a part (en)", "en", "2030-01-10",
         "The fire service sent nine engines. The eight engines of the county brigade stayed at the depot.", ()),
    Case("a noun used after a group names its own group (en)", "en", "2041-01-20",
         "The council has signed up 18 local farmers, who clear the lanes with blades fitted to their tractors. "
         "Drivers from the municipal depot grit the main roads. The town says the 16 drivers under contract "
         "cannot be everywhere at once.", ()),
    Case("un nom employé après un groupe nomme son propre groupe (fr)", "fr", "2041-01-20",
         "La commune a recruté 18 agriculteurs, qui dégagent les chemins avec des lames montées sur leurs "
         "tracteurs. Des chauffeurs du dépôt municipal salent les grands axes. La mairie dit que les 16 chauffeurs "
         "sous contrat ne peuvent pas être partout.", ()),
    Case("a group of another size in a later clause is another group (en)", "en", "2036-03-01",
         "The workshop is run by a team of 16 machinists, and management has promised that the 60 drivers will all "
         "keep their jobs.", ()),
    Case("a pronoun group in a later clause, restated alike (en)", "en", "2034-01-01",
         "The museum hired 35 seasonal guides for the reopening, and all 35 of those recruits have been kept on "
         "permanently.", ()),
    Case("a figure compared with is another figure, not a restatement (en)", "en", "2032-11-20",
         "The tidal array produced 79 GWh in its first six months. That is about 7% more than the 74 GWh the "
         "developer reported in October, and comfortably above the 70 GWh its engineers had pencilled in.", ()),
    Case("un chiffre auquel on compare n'est pas une reprise (fr)", "fr", "2032-11-20",
         "Le parc hydrolien a produit 79 GWh en six mois. C'est environ 7 % de plus que les 74 GWh annoncés en "
         "octobre, et bien au-dessus des 70 GWh prévus par les ingénieurs.", ()),
    Case("two mentions far apart count different groups (en)", "en", "2026-03-02",
         "Two licensed fishermen work the upper estuary at night. The 86 licensed fishermen of the estuary are "
         "furious about the seizure.", ()),
    Case("a much larger 'new' group is the whole of the first (en)", "en", "2028-10-09",
         "The residence opened on 18 September with 220 rooms. It is the first instalment of the 1,500 new rooms "
         "the region has promised by 2031.", ()),
    Case("'the' before a large new group is not a restatement (en)", "en", "2026-04-17",
         "Some 2,300 seasonal staff were hired in January. The 2,700 shops of the group stay open on Sundays.", ()),
    Case("a group named again with a new noun, same size (en)", "en", "2026-04-17",
         "Twelve members of the governing coalition broke ranks to vote against the text. The twelve rebels face "
         "a disciplinary hearing.", ()),
    Case("a new group far from the size of the one before (en)", "en", "2026-04-17",
         "Twelve members of the governing coalition broke ranks to vote against the text. The 87 senators will "
         "vote on it in May.", ()),
    Case("un nouveau groupe d'une tout autre taille (fr)", "fr", "2026-04-17",
         "Sept députés de la majorité ont voté contre. Les 40 sénateurs examineront le texte en mai.", ()),
    Case("restated alike (en)", "en", "2024-11-20",
         "Six North Korean generals were seen at a command post near the front. Officials believe the six "
         "generals are there to learn how drones are used.", ()),
    Case("a group and part of it (en)", "en", "2024-11-20",
         "Six senior officials attended the talks. Five officials later spoke to reporters.", ()),
    Case("même chiffre (fr)", "fr", "2024-04-08",
         "Trois fortes répliques ont été ressenties samedi. Ces trois répliques ont achevé de détruire des "
         "bâtiments fragilisés.", ()),
    Case("all six restate correctly (en)", "en", "2024-11-20",
         "Six North Korean generals were seen at a command post near Kursk. All six generals arrived by train "
         "last week.", ()),
    Case("part of the group restated (en)", "en", "2024-11-20",
         "Six North Korean generals were seen at a command post near Kursk. Two of the six generals were later "
         "wounded in a drone strike.", ()),
    Case("the first value restated beside a whole (en)", "en", "2024-06-03",
         "Three defendants were convicted on Monday of fraud. Their lawyers said three of the five defendants "
         "would appeal.", ()),
    Case("different groups (en)", "en", "2024-06-03",
         "Twelve firefighters fought the blaze through the night. Each of the four engines came from a "
         "neighbouring town.", ()),
    Case("a measure pointed back at by 'those' after an opening phrase, the same value (en)", "en", "2046-03-01",
         "A kiln is loaded with 8 tonnes of logs and left to smoulder for three days. In the end, those 8 tonnes of "
         "wood give a light, ringing charcoal.", ()),
    Case("une mesure reprise par « ces » après une locution en tête, même valeur (fr)", "fr", "2046-03-01",
         "Une meule de 8 tonnes de bûches se consume pendant trois jours. Au bout du compte, ces 8 tonnes de bois "
         "donnent un charbon léger et sonore.", ()),
    Case("a thing pointed back at by 'this', its measure given again alike (en)", "en", "2046-02-01",
         "The single fermentation tank, a concrete silo of 4,500 m³, was filled in three weeks. Technicians watch "
         "the temperature of this silo of 4,500 m³ day and night.", ()),
    Case("une chose désignée par « ce », sa mesure reprise à l'identique ; un autre nom, une autre mesure (fr)", "fr",
         "2046-02-01",
         "L'unique cuve de fermentation, un silo de béton de 4 500 m³, a été remplie en trois semaines. Les "
         "techniciens surveillent la température de ce silo de 4 500 m³. Le digestat part dans cette fosse de "
         "2 000 m³.", ()),
    Case("un groupe repris par un adjectif seul, même nombre (fr)", "fr", "2046-02-01",
         "L'atelier va embaucher six apprentis d'ici avril, formés sur place par les verriers les plus anciens. "
         "« Sans la rosace, nous n'aurions jamais pu prendre ces six jeunes », reconnaît Tamsin Vennor.", ()),
    Case("a sum named again after 'the' by a noun of its verb's family, alike (en)", "en", "2046-04-01",
         "The region put in €800,000 and a bank lent €600,000. To repay the loan of €600,000, the co-operative must "
         "persuade its members to bring all their animals.", ()),
    Case("une somme reprise après « le » par un nom de la famille de son verbe, à l'identique (fr)", "fr",
         "2046-04-01",
         "La Région en a financé 800 000 euros et une banque a prêté 600 000 euros. Pour rembourser le prêt de "
         "600 000 euros, la coopérative doit convaincre ses associés.", ()),
    Case("after 'whose' a group is never a bare figure of another thing (en)", "en", "2046-06-10",
         "The insect thrives in warm, dry summers, and the last three have all been both. \"We are cutting to save "
         "what is left,\" said a contractor whose eleven lorries now often run half empty.", ()),
    Case("a measure given again in its unit, alike (en)", "en", "2027-09-14",
         "The grower pulled up about six hectares of vines after the hail. Replanting the six hectares will cost "
         "him €60,000.", ()),
    Case("a quantity describing a noun is no restatement (en)", "en", "2027-09-14",
         "Eight months on, the trial has cut absences. The council will vote once the review of the nine-month "
         "trial is published.", ()),
    Case("a quantity in apposition to what it is (en)", "en", "2027-09-14",
         "Officers recovered 4.2 tonnes of cocaine from the ship. It beats the previous record, the 3.1 tonnes "
         "found at Port Vennet in 2023.", ()),
    Case("an owner's group far from any group before is the owner's own (en)", "en", "2026-06-22",
         "Five lists had stood in the first round. Turnout was low. Many residents were away. The count ended "
         "late. The mayor conceded shortly after 9 p.m. He will sit in opposition with his seven councillors.", ()),
    Case("le groupe d'un possesseur loin de tout groupe est le sien (fr)", "fr", "2026-06-22",
         "Les riverains avaient déposé deux recours. Le tribunal les a rejetés. La ligne a ouvert dimanche. Les "
         "usagers semblent conquis. Le trajet est rapide. Venu avec ses trois enfants, Lucas Mercier se dit ravi.",
         ()),
    Case("a larger group of another noun, narrowed after it, is another group (en)", "en", "2027-08-16",
         "The trawler drifted towards the rocks with six sailors on board. One of the eight crew of the lifeboat "
         "said the bow disappeared under the waves.", ()),
    Case("the group one member is picked from is described, not restated (en)", "en", "2030-05-22",
         "The health agency said five maternity units would close, against three announced in February. At Brival, "
         "one of the two added to the list, midwives delivered 300 babies last year.", ()),
    Case("un groupe plus grand d'un autre nom, précisé ensuite, est un autre groupe (fr)", "fr", "2027-08-16",
         "Le chalutier dérivait vers les rochers avec six marins à bord. « On ne voyait plus l'avant du bateau », "
         "se souvient l'un des huit équipiers du canot.", ()),
    Case("a larger group of the same noun narrowed by its owner is another group (en)", "en", "2027-07-12",
         "Around 70 firefighters fought the blaze above Sarnac. The 85 firefighters of the county were put on "
         "alert.", ()),
    Case("a much larger group of the same noun narrowed by a clause may be the whole (en)", "en", "2027-07-12",
         "Around 70 firefighters fought the blaze above Sarnac. The 400 firefighters who serve the county were put "
         "on alert.", ()),
    Case("a subgroup narrowed by a place (en)", "en", "2024-02-10",
         "The company hired 40 engineers last year. Its five engineers in Paris have since left for a rival.",
         ()),
    Case("tous restatent juste (fr)", "fr", "2024-11-20",
         "Six généraux nord-coréens ont été vus près du front. Chacun des six généraux dirige une unité.", ()),
    Case("une partie du groupe (fr)", "fr", "2024-11-20",
         "Six généraux nord-coréens ont été vus près du front. Deux des six généraux ont été blessés.", ()),
    Case("un sous-groupe situé (fr)", "fr", "2024-02-10",
         "L'entreprise a recruté 40 ingénieurs l'an dernier. Ses cinq ingénieurs à Lyon sont partis depuis.",
         ()),
    Case("a smaller group named by an adjective (en)", "en", "2024-08-20",
         "Four players joined the club this summer. Its two Argentine players arrived on Monday.", ()),
    Case("a superlative subgroup (en)", "en", "2024-11-20",
         "Six North Korean generals were seen at a command post near Kursk. The two most senior generals command "
         "artillery units.", ()),
    Case("a superlative subgroup after the noun (fr)", "fr", "2024-11-20",
         "Six généraux nord-coréens ont été vus près du front. Les deux généraux les plus gradés dirigent une "
         "unité d'artillerie.", ()),
    Case("un groupe plus large qualifié (fr)", "fr", "2024-01-15",
         "L'usine de Douai emploie 300 salariés. Les syndicats des 1 200 salariés du groupe appellent à la "
         "grève.", ()),
    Case("a larger group restated with a modifier is still compared (en)", "en", "2024-03-11",
         "Three ministers lost their seats on Sunday. The three former ministers said they would stay in "
         "politics.", ()),
    Case("le premier chiffre d'une phrase partie/ensemble repris (fr)", "fr", "2024-05-14",
         "Trois des douze jurés ont été récusés lundi. L'un des trois jurés récusés est médecin.", ()),
    Case("deux années différentes (fr)", "fr", "2024-11-20",
         "L'État a versé 3 milliards d'euros d'aides en 2023. Le montant des 2 milliards d'euros d'aides prévus "
         "en 2024 est contesté.", ()),
    Case("released and still held (en)", "en", "2024-11-20",
         "Six hostages were released on Monday. The families of the four hostages still held are waiting for "
         "news.", ()),
    Case("killed and wounded (en)", "en", "2024-03-04",
         "Twelve soldiers were killed in the strike on Monday. The 30 soldiers wounded were evacuated to "
         "Dnipro.", ()),
    Case("tués et blessés (fr)", "fr", "2024-03-04",
         "Douze soldats ont été tués lundi dans la frappe. Les trente soldats blessés ont été évacués vers "
         "Dnipro.", ()),
    Case("another noun for the same things, restated alike (en)", "en", "2024-03-14",
         "Seven primary schools in Ellisford closed for a week. Cleaning crews disinfected all seven buildings "
         "before classes resumed.", ()),
    Case("un autre nom pour les mêmes choses, même chiffre (fr)", "fr", "2024-10-31",
         "Trois navires de maintenance sont basés au port. Ces trois bateaux emploieront 85 marins.", ()),
    Case("all of them, restated alike (en)", "en", "2024-09-18",
         "Six union negotiators spent nine hours with the board on Sunday. All six of them said the offer was an "
         "insult.", ()),
    Case("part of the group, not all of them (en)", "en", "2024-09-18",
         "Six union negotiators spent nine hours with the board on Sunday. Five of them later spoke to "
         "reporters.", ()),
    Case("departures restated alike (en)", "en", "2024-08-07",
         "Three senior executives left the company between February and April. The chief executive said the "
         "three departures had been planned.", ()),
    Case("deux choses différentes qualifiées du même adjectif (fr)", "fr", "2024-12-13",
         "La région achètera quatorze rames régionales l'an prochain. Le point d'indice des 6 300 agents "
         "régionaux sera revalorisé.", ()),
    Case("a date of another thing in the first sentence (fr)", "fr", "2024-05-30",
         "Cinq sociologues de l'institut ont conçu le questionnaire, repris en partie de celui de 2022. Selon "
         "les cinq chercheurs, le recul s'explique par le retour au bureau.", ()),
    Case("two narrower nouns of one broader noun (en)", "en", "2024-03-14",
         "The city runs 40 schools, most of them built before 1970. The 12 hospitals are in better repair, the "
         "audit found.", ()),
    Case("deux noms plus étroits d'un même nom large (fr)", "fr", "2024-03-14",
         "La ville compte 40 écoles, pour la plupart construites avant 1970. Les 12 hôpitaux sont en meilleur "
         "état, selon l'audit.", ()),
    Case("victims restated as people killed (en)", "en", "2024-06-01",
         "Twelve victims of the blast were identified on Monday. Police said the 12 people killed had been "
         "inside the market.", ()),
    Case("a threshold is not a restatement (en)", "en", "2024-01-18",
         "Varenne had 41,300 residents at the previous census. It has since passed the 50,000-resident mark, "
         "the council said.", ()),
    Case("un seuil n'est pas une reprise (fr)", "fr", "2024-01-18",
         "Sur les 298 communes, une centaine seulement gagnent des habitants. Varenne-la-Ville franchit la barre "
         "des 50 000 habitants.", ()),
    Case("factories restated as plants (en)", "en", "2024-04-19",
         "Brunelle makes its chocolate at three factories in Europe. Its chief executive said none of the three "
         "plants would close.", ()),
    Case("des suicides repris en décès (fr)", "fr", "2024-05-16",
         "Le rapport relève trois suicides depuis janvier 2023. La contrôleuse estime que ces trois décès "
         "auraient pu être évités.", ()),
    Case("an owner new to the article narrows the group (en)", "en", "2032-10-20",
         "Thirty-six traders keep shops in the arcade under the towers. Since January, the 31 traders of the "
         "market hall have lost 40% of their customers.", ()),
    Case("un propriétaire nouveau restreint le groupe (fr)", "fr", "2032-10-20",
         "Trente-six commerçants tiennent boutique dans la galerie au pied des tours. Depuis janvier, les trente "
         "et un commerçants de la halle ont perdu 40 % de leurs clients.", ()),
    Case("the gap between two figures counts what changed, not the group (en)", "en", "2030-05-22",
         "The health agency said five maternity units would close, up from the three it had listed in February. "
         "Midwives at Bréval, one of the two added to the list, delivered 300 babies last year.", ()),
    Case("l'écart entre deux chiffres compte ce qui a changé (fr)", "fr", "2030-05-22",
         "L'agence de santé a annoncé que cinq maternités fermeraient, contre trois annoncées en février. À "
         "Bréval, l'une des deux ajoutées à la liste, les sages-femmes ont mis au monde 300 bébés.", ()),
    Case("a small count is no scale slip of a large one (fr)", "fr", "2030-05-22",
         "Sur les 312 idées déposées par les habitants de la ville, 86 ont été soumises au vote. Pouvaient voter "
         "au plus 78 000 personnes sur les quelque 86 000 que compte la ville.", ()),
    Case("a small count is no scale slip of a large one (en)", "en", "2030-05-22",
         "Of the 312 ideas sent in by the city's residents, 86 were put to the vote. At most 78,000 people could "
         "vote, out of the some 86,000 the city counts.", ()),
    Case("un chiffre compté par « en » ne reprend que ce qu'il compte (fr)", "fr", "2030-03-02",
         "La Haute-Varenne comptait 612 400 habitants au 1er janvier. Le département en recensait 598 700 un an plus "
         "tôt. Sur les 298 communes du département, une centaine gagnent des habitants.", ()),
    Case("a count standing for a group named before counts only that group (en)", "en", "2030-03-02",
         "Haute-Varenne had 612,400 inhabitants on 1 January. The department counted 598,700 of them a year "
         "earlier. Of the 298 towns of the department, about a hundred are growing.", ()),
    Case("« en » et un petit chiffre comptent une part du groupe, pas le groupe (fr)", "fr", "2045-05-01",
         "L'équipe de nuit compte 26 trieurs. Une bouteille de gaz oubliée dans un bac en a blessé deux en avril. "
         "Le syndicat réclame des renforts pour ces 26 agents.", ()),
    Case("a threshold after 'below the' is no restated measure (en)", "en", "2045-08-01",
         "The probes recorded 39 °C under the dome on Tuesday afternoon. The glasshouse never fell below the 18 °C "
         "the tropical plants need, even during the works.", ()),
    Case("un seuil après « sous les » n'est pas une mesure reprise (fr)", "fr", "2045-08-01",
         "Les sondes ont relevé 39 °C sous le dôme mardi après-midi. La serre n'est jamais descendue sous les 18 °C "
         "exigés par les plantes tropicales, même pendant les travaux.", ()),
    Case("'new' narrows a group the first mention does not say was hired (en)", "en", "2046-02-01",
         "The studio employs twelve game masters. Weekend slots are full until April, and the ten new game masters "
         "are still learning the rooms.", ()),
    Case("« nouveaux » restreint un groupe que la première mention ne dit pas recruté (fr)", "fr", "2046-02-01",
         "Le studio emploie douze maîtres du jeu. Les créneaux du week-end affichent complet jusqu'en avril, et les "
         "dix nouveaux maîtres du jeu apprennent encore les salles.", ()),
    Case("a group first named after 'the owner's' is no restatement (en)", "en", "2046-04-24",
         "The festival runs on 480 volunteers and eleven paid staff. The town hall is pleased. It thanked the "
         "association's twelve sponsors by name.", ()),
    Case("a figure the article hopes to top is a threshold, no restatement (en)", "en", "2046-09-10",
         "The truffle market drew 34,600 visitors in three months. Next season opens in June, and the association "
         "hopes to top the 40,000 visitors.", ()),
    Case("un chiffre qu'on espère dépasser est un seuil, pas une reprise (fr)", "fr", "2046-09-10",
         "Le marché aux truffes a accueilli 34 600 visiteurs en trois mois. La saison 2047 ouvrira en juin. "
         "L'association espère dépasser les 40 000 visiteurs.", ()),
    Case("a later group its own report counts is not the earlier group renamed (en)", "en", "2046-05-25",
         "The Grand Steeple-Chase de Montbrisac is run over 5,800 metres. Its 23 fences make it one of the hardest "
         "races in the west. Of the 18 runners, eleven fell or were pulled up.",
         (reference("gs-fences", "Grand Steeple-Chase de Montbrisac", "fences on the course",
                    ["Montbrisac", "steeplechase", "fences"], "count", 23),
          reference("gs-runners", "Grand Steeple-Chase de Montbrisac", "runners",
                    ["Montbrisac", "steeplechase", "runners", "starters"], "count", 18))),
    Case("un groupe que son propre rapport compte n'est pas le premier renommé (fr)", "fr", "2046-04-23",
         "La maison Lescarène s'est installée dans l'ancienne filature d'Orvanne. Sous les verrières, 46 métiers à "
         "broder sont alignés sur deux niveaux. Les 64 brodeuses de la maison travaillent enfin à la lumière du jour.",
         (reference("lm-metiers", "Maison Lescarène (Orvanne)", "métiers à broder du nouvel atelier",
                    ["Lescarène", "métiers", "métiers à broder"], "count", 46),
          reference("lm-brodeuses", "Maison Lescarène (Orvanne)", "brodeuses salariées",
                    ["Lescarène", "brodeuses", "salariées"], "count", 64))),
]

INVALID = [
    Case("a group named again as owners of a singular thing, another count (en)", "en", "2046-04-01",
         "Not everyone is won over. Five families on Quarry Road have written to complain about the lorries, and the "
         "parish council will discuss the four families' petition next month.", (),
         (Flag("four", "internal", "warning"),)),
    Case("un groupe repris comme auteur d'une chose, avec un autre nombre (fr)", "fr", "2046-04-01",
         "Tout le monde n'est pas convaincu. Cinq familles du chemin de la Carrière se plaignent des camions, et le "
         "conseil examinera le mois prochain la pétition des quatre familles.", (),
         (Flag("quatre", "internal", "warning"),)),
    Case("GPs named again as doctors with another count (en)", "en", "2046-06-01",
         "The centre has four salaried GPs, recruited with the help of the council. Even before the doors opened, "
         "5,400 people had registered with a doctor there. \"Our five doctors are already fully booked at the start "
         "of each week,\" the mayor said.", (), (Flag("five", "internal", "warning"),)),
    Case("des généralistes repris comme médecins avec un autre nombre (fr)", "fr", "2046-06-01",
         "La maison de santé compte quatre généralistes salariés. Avant même l'ouverture, 5 400 personnes s'étaient "
         "inscrites auprès d'un médecin. « Nos cinq médecins sont déjà complets en début de semaine », dit le maire.",
         (), (Flag("cinq", "internal", "warning"),)),
    Case("physiotherapists named again as physios with another count (en)", "en", "2046-06-01",
         "The building brings together 17 professionals, among them two physiotherapists. Getting an appointment with "
         "a GP takes three weeks on average. The nearest emergency department is 48 kilometres away. Not everything "
         "is settled. \"Our three physios are no longer enough,\" the coordinator admits.", (),
         (Flag("three", "internal", "warning", occurrence=2),)),
    Case("des kinésithérapeutes repris comme kinés avec un autre nombre (fr)", "fr", "2046-06-01",
         "Le bâtiment réunit 17 professionnels de santé, dont deux kinésithérapeutes. Obtenir un rendez-vous chez un "
         "généraliste prend en moyenne trois semaines. Les urgences les plus proches restent à 48 kilomètres. Tout "
         "n'est pas réglé. « Nos trois kinés ne suffisent plus », reconnaît la coordinatrice.", (),
         (Flag("trois", "internal", "warning", occurrence=2),)),
    Case("a sum named again by what it paid for, with another value (en)", "en", "2046-07-01",
         "To train beginners, the club has bought a towing winch for €18,000. The €16,000 winch is kept in a barn "
         "by the landing field.", (),
         (Flag("€16,000", "internal", "warning"),)),
    Case("une somme reprise par ce qu'elle a payé, avec une autre valeur (fr)", "fr", "2046-07-01",
         "Pour former les débutants, le club a acheté un treuil de remorquage pour 18 000 euros. Les 16 000 euros "
         "du treuil ont été avancés par la caisse populaire.", (),
         (Flag("16 000 euros", "internal", "warning"),)),
    Case("a slightly larger group renamed by a synonym, narrowed by a clause, is the same group (en)", "en",
         "2046-05-01", "The board game brings together the work of 11 freelance illustrators, most of them based in "
         "the region. Its founder now wants to put some of the 12 draughtsmen who gave the game its drowned cities on "
         "the payroll.", (), (Flag("12", "internal", "warning"),)),
    Case("un groupe un peu plus grand renommé par un synonyme, restreint par une relative, est le même (fr)", "fr",
         "2046-05-01", "Le jeu réunit le travail de 11 illustrateurs indépendants, installés pour la plupart dans la "
         "région. La fondatrice veut désormais salarier une partie des 12 dessinateurs qui ont donné au jeu ses villes "
         "englouties.", (), (Flag("12", "internal", "warning"),)),
    Case("an owner named two sentences before the first mention narrows nothing (en)", "en", "2045-03-04",
         "The workshop, which employs 31 people, spent 61,000 hours on the instrument. Twenty-two organ "
         "builders took turns on the site. The firm also trained five apprentices in the nave. The bishop "
         "came to see the pipes in March. The six apprentices of the workshop are due to be hired when the "
         "job ends.", (),
         (Flag("six", "internal", "warning"),)),
    Case("un propriétaire nommé deux phrases avant la première mention ne restreint rien (fr)", "fr", "2045-03-04",
         "La manufacture, qui emploie 31 salariés, a consacré 61 000 heures de travail à l'instrument. "
         "Vingt-deux facteurs se sont relayés sur le chantier. L'entreprise a aussi formé cinq apprentis. "
         "L'évêque est venu voir les tuyaux en mars. Les six apprentis de la manufacture devraient être "
         "embauchés à la fin du chantier.", (),
         (Flag("six", "internal", "warning"),)),
    Case("an action noun restating a group its clause said did it, later in one sentence (en)", "en", "2046-04-01",
         "Six boxers from the club qualified for the national championships in March, and the five qualifiers came "
         "back with two medals.", (), (Flag("five", "internal", "warning"),)),
    Case("un nom d'action qui reprend un groupe que sa proposition a dit l'avoir fait, dans la même phrase (fr)",
         "fr", "2046-04-01",
         "Six boxeurs du club s'étaient qualifiés pour les championnats de France, et les cinq qualifiés en sont "
         "revenus avec deux médailles.", (), (Flag("cinq", "internal", "warning"),)),
    Case("a group named by 'of them' and a comma, named again with another size (en)", "en", "2046-09-01",
         "None of it would happen without the town's volunteers. The fair relies on 220 of them, who start peeling "
         "garlic at dawn. On the last night, the organiser thanked the 250 volunteers by name.", (),
         (Flag("250", "internal", "warning"),)),
    Case("un groupe nommé par « d'entre eux » et une virgule, repris avec une autre taille (fr)", "fr", "2046-09-01",
         "La fête ne tiendrait pas sans les bénévoles du village. Elle compte sur 220 d'entre eux, qui épluchent "
         "l'ail dès l'aube. Le soir de clôture, l'organisateur a remercié les 250 bénévoles un par un.", (),
         (Flag("250", "internal", "warning"),)),
    Case("a group said to be what a later noun names, restated with another size (en)", "en", "2046-03-05",
         "The band has 41 players. Nine of the players are teenagers, the youngest a cornetist still in primary "
         "school. \"For our eight teenagers, it will be the first trip abroad,\" said its president.", (),
         (Flag("eight", "internal", "warning"),)),
    Case("un groupe dont on dit ce qu'il est, repris avec une autre taille (fr)", "fr", "2046-03-05",
         "La fanfare compte 41 musiciens. Neuf des musiciens sont des adolescents, le plus jeune encore à l'école "
         "primaire. « Pour nos huit adolescents, ce sera le premier voyage à l'étranger », dit sa présidente.", (),
         (Flag("huit", "internal", "warning"),)),
    Case("a group a pronoun opened a sentence with, named again by its noun (en)", "en", "2046-07-24",
         "In the end the festival rests on its volunteers. They were 230 signed up by mid-May to run the ticket "
         "office and the bar. \"Without our 250 volunteers, there would simply be no festival,\" said Odile "
         "Ferrand.", (), (Flag("250", "internal", "warning"),)),
    Case("un groupe qu'un pronom sujet reprenait, nommé de nouveau par son nom (fr)", "fr", "2046-07-24",
         "La fête repose enfin sur les bénévoles. Ils étaient 230 inscrits à la mi-mai pour tenir la billetterie. "
         "« Sans nos 250 bénévoles, il n'y aurait pas de festival », insiste Odile Ferrand.", (),
         (Flag("250", "internal", "warning"),)),
    Case("camera traps restated as cameras (en)", "en", "2046-08-01",
         "Volunteers walk 45 kilometres of bank and check 26 camera traps set near the fords. The trust has also "
         "fitted more than 20 of the trust's bridges with otter ledges. Footage from the trust's 22 cameras is "
         "watched online by thousands every week.", (), (Flag("22", "internal", "warning"),)),
    Case("des pièges photographiques repris comme caméras (fr)", "fr", "2046-08-01",
         "Les bénévoles parcourent 45 kilomètres de berges et relèvent 26 pièges photographiques installés près des "
         "gués. L'association a aussi équipé de banquettes plus de 20 ponts de l'association. Les images des 22 "
         "caméras de l'association sont regardées en ligne par des milliers d'internautes.",
         (), (Flag("22", "internal", "warning"),)),
    Case("a quantity pointed back at by 'those' with no words of its own restates the last one of its unit (en)",
         "en", "2046-03-01",
         "New coopers take a course of six weeks in a workshop at the back of the plant. At the end of those eight "
         "weeks, recruits join the production crews.", (), (Flag("eight weeks", "internal", "warning"),)),
    Case("une quantité reprise par « ces » sans mot à elle reprend la dernière de son unité (fr)", "fr",
         "2046-03-01",
         "Les nouveaux tonneliers suivent une formation de six semaines dans un atelier-école. Au bout de ces huit "
         "semaines, les recrues rejoignent les équipes de production.", (), (Flag("huit semaines", "internal",
                                                                                 "warning"),)),
    Case("'with only three technicians' gives the whole group's strength again (en)", "en", "2046-05-10",
         "Pipes have been fitted to 27 dams, and the syndicate's four river technicians check them after every storm. "
         "The syndicate promises to settle claims within two months, but with only three technicians to inspect the "
         "flooded fields, the backlog is growing.", (), (Flag("three", "internal", "warning"),)),
    Case("« avec seulement trois techniciens » redonne l'effectif du groupe (fr)", "fr", "2046-05-10",
         "Des siphons équipent 27 barrages, et les quatre techniciens de rivière du syndicat les contrôlent après "
         "chaque orage. Le syndicat promet de régler les dossiers en deux mois, mais avec seulement trois techniciens "
         "pour inspecter les prés inondés, le retard s'accumule.", (), (Flag("trois", "internal", "warning"),)),
    Case("hired 'for the season' are the seasonal ones: the word of that family narrows nothing (en)", "en",
         "2046-09-05",
         "On board, the crew numbers 14, including seven deckhands hired for the season from the local college. But "
         "the six seasonal deckhands have worked ten-hour days all summer.", (),
         (Flag("six", "internal", "warning"),)),
    Case("recrutés « pour la saison », ce sont les saisonniers : le mot de cette famille ne restreint rien (fr)",
         "fr", "2046-09-05",
         "À bord, l'équipage compte 14 personnes, dont sept matelots recrutés pour la saison parmi les étudiants. "
         "Mais les six matelots saisonniers ont enchaîné les journées de dix heures tout l'été.", (),
         (Flag("six", "internal", "warning"),)),
    Case("a part named 'two of those apprentices' is of the apprentices, not of the group before (en)", "en",
         "2046-06-01",
         "The yard's nine shipwrights did the heavy work, and six apprentices learned the trade alongside them. Two "
         "of those apprentices have since been hired. In August the boat will be crewed by the eight shipwrights.",
         (), (Flag("eight", "internal", "warning"),)),
    Case("une partie « deux de ces apprentis » compte des apprentis, pas le groupe d'avant (fr)", "fr",
         "2046-06-01",
         "Les neuf charpentiers du chantier ont fait le gros du travail, et six apprentis ont appris le métier à "
         "leurs côtés. Deux de ces apprentis ont depuis été embauchés. En août, l'équipage sera formé des huit "
         "charpentiers.", (), (Flag("huit", "internal", "warning"),)),
    Case("a group given a name, restated by that name with another size (en)", "en", "2046-05-01",
         "Underground, nine cellar hands, known here simply as the turners, brush every wheel by hand. \"Each of my "
         "seven turners can tell a cheese by its sound,\" said the head affineur.", (),
         (Flag("seven turners", "internal", "warning"),)),
    Case("un groupe qui reçoit un nom, repris sous ce nom avec un autre effectif (fr)", "fr", "2046-05-01",
         "Sous terre, neuf cavistes, surnommés ici les retourneurs, brossent chaque meule à la main. « Chacun de "
         "mes sept retourneurs reconnaît un fromage au son », dit l'affineuse.", (),
         (Flag("sept retourneurs", "internal", "warning"),)),
    Case("engineers put in the place the first mention named, another size (en)", "en", "2046-05-01",
         "From a glass booth, nine engineers watch a wall of screens. Kowalski said the seven engineers in the "
         "control booth would work in two shifts.", (), (Flag("seven engineers", "internal", "warning"),)),
    Case("des ingénieurs placés là où la première mention les mettait, autre effectif (fr)", "fr", "2046-05-01",
         "Depuis la régie vitrée, neuf ingénieurs surveillent un mur d'écrans. Selon Kowalski, les sept ingénieurs "
         "en régie travailleront en deux équipes.", (), (Flag("sept ingénieurs", "internal", "warning"),)),
    Case("neighbouring farms after farms that border the site, another size (en)", "en", "2046-05-01",
         "The council will monitor dust at the five farms that border the quarry. The owners of the four "
         "neighbouring farms plan to appeal.", (), (Flag("four neighbouring farms", "internal", "warning"),)),
    Case("des fermes voisines après des fermes qui bordent le site, autre effectif (fr)", "fr", "2046-05-01",
         "Le conseil surveillera la poussière dans les cinq fermes qui bordent la carrière. Les propriétaires des "
         "quatre fermes voisines vont faire appel.", (), (Flag("quatre fermes voisines", "internal", "warning"),)),
    Case("de nouvelles recrues après un recrutement, autre effectif (fr)", "fr", "2046-05-01",
         "L'association recrute huit pilotes et ambulanciers supplémentaires pour le service de nuit. Les neuf "
         "nouvelles recrues s'entraîneront pendant dix semaines.", (),
         (Flag("neuf nouvelles recrues", "internal", "warning"),)),
    Case("new recruits after a recruitment, another size (en)", "en", "2046-05-01",
         "The charity is recruiting eight pilots and paramedics for the night service. The nine new recruits will "
         "train for ten weeks.", (), (Flag("nine new recruits", "internal", "warning"),)),
    Case("a group restated after 'the owner's', another count (en)", "en", "2046-04-24",
         "The festival runs on 480 volunteers and eleven paid staff, most of them on short contracts. The "
         "association's president wants more. She hopes to keep the association's twelve employees on year-round "
         "contracts.", (), (Flag("twelve", "internal", "warning"),)),
    Case("le groupe repris après « les … de l'association », autre nombre (fr)", "fr", "2046-04-24",
         "Le festival repose sur 480 bénévoles et onze salariés, la plupart en contrat court. La présidente de "
         "l'association veut davantage. Elle espère garder les douze salariés de l'association toute l'année.", (),
         (Flag("douze", "internal", "warning"),)),
    Case("crews from abroad restated as foreign crews, another count (en)", "en", "2046-07-04",
         "Six of the crews came from abroad, a record for the race. The start drew a large crowd to the quays. The "
         "five foreign crews have already said they will return.", (), (Flag("five", "internal", "warning"),)),
    Case("des équipages venus de l'étranger repris comme étrangers, autre nombre (fr)", "fr", "2046-07-04",
         "Six équipages venaient de l'étranger, un record pour la course. Le départ a attiré une foule nombreuse "
         "sur les quais. Les cinq équipages étrangers ont déjà promis de revenir.", (),
         (Flag("cinq", "internal", "warning"),)),
    Case("des salariés qui se trouvaient sur le site repris comme présents, autre nombre (fr)", "fr", "2046-10-29",
         "Plus de 80 pompiers ont été mobilisés. Quatorze salariés se trouvaient encore sur le site au début de "
         "l'incendie ; tous ont pu sortir à temps. Le directeur a rendu hommage aux douze employés présents ce "
         "soir-là.", (), (Flag("douze", "internal", "warning"),)),
    Case("minors restating children with another value (en)", "en", "2034-06-01",
         "Among the residents are 312 children, enrolled in the schools of Ellwick. The 286 minors at the centre "
         "share a single playroom.", (), (Flag("286", "internal", "warning"),)),
    Case("des mineurs qui reprennent des enfants avec une autre valeur (fr)", "fr", "2034-06-01",
         "Parmi les résidents figurent 312 enfants, inscrits dans les écoles d'Ellwick. Les 286 mineurs du centre ne "
         "disposent que d'une salle de jeux.", (), (Flag("286", "internal", "warning"),)),
    Case("a speaker counting their own group, another size (en)", "en", "2043-06-01",
         "Twelve farmers from the plateau have joined the opponents. \"We are ten farmers on the plateau who "
         "depend on the same water table,\" one of them said.", (), (Flag("ten", "internal", "warning"),)),
    Case("qui parle compte son propre groupe, autre effectif (fr)", "fr", "2043-06-01",
         "Douze agriculteurs du plateau ont rejoint les opposants. « Nous sommes dix agriculteurs du plateau à "
         "dépendre de la même nappe », dit l'un d'eux.", (), (Flag("dix", "internal", "warning"),)),
    Case("a clause saying what the first group did names it again, other size (en)", "en", "2031-03-12",
         "A team of 212 council staff and volunteers sorted the ballots through the night. Most of the bill went on "
         "the count itself: the 190 people who sorted the ballots were each paid £180.", (),
         (Flag("190", "internal", "warning"),)),
    Case("une proposition qui dit ce que le premier groupe a fait, autre effectif (fr)", "fr", "2031-03-12",
         "Une équipe de 212 agents et bénévoles a trié les bulletins toute la nuit. L'essentiel de la facture est "
         "allé au dépouillement : les 190 personnes qui ont trié les bulletins ont touché 180 livres chacune.", (),
         (Flag("190", "internal", "warning"),)),
    Case("an open figure of the first sentence restates no size (en)", "en", "2027-09-10",
         "Of those, fewer than 2,300 have joined the case as civil parties, represented by some 40 lawyers. On the "
         "first afternoon, the 55 lawyers for the civil parties spent three hours arguing.", (),
         (Flag("55", "internal", "warning"),)),
    Case("un chiffre ouvert de la première phrase ne donne aucun effectif (fr)", "fr", "2027-09-10",
         "Parmi eux, moins de 2 300 se sont constitués parties civiles, représentés par une quarantaine d'avocats. "
         "Le premier après-midi, les 55 avocats des parties civiles ont plaidé trois heures.", (),
         (Flag("55", "internal", "warning"),)),
    Case("a number said of the group after a semicolon is no group beside it (en)", "en", "2045-05-01",
         "The night shift has 26 sorters; a forgotten gas bottle injured two in April. The union wants "
         "reinforcements for these 24 workers.", (), (Flag("24", "internal", "warning"),)),
    Case("un nombre dit du groupe après un point-virgule n'est pas un groupe à côté (fr)", "fr", "2045-05-01",
         "L'équipe de nuit compte 26 trieurs ; une bouteille de gaz oubliée en a blessé deux en avril. Le syndicat "
         "réclame des renforts pour ces 24 agents.", (), (Flag("24", "internal", "warning"),)),
    Case("'the same' group given another size (en)", "en", "2045-05-01",
         "Forty helpers carried the pipes down from the organ loft. Once the case was mended, the same 38 helpers "
         "carried them back up, ten at a time.", (), (Flag("38", "internal", "warning"),)),
    Case("« les mêmes » avec un autre nombre (fr)", "fr", "2045-05-01",
         "Quarante bénévoles ont descendu les tuyaux de la tribune. Le buffet réparé, les mêmes 38 bénévoles ont "
         "remonté les tuyaux, dix par dix.", (), (Flag("38", "internal", "warning"),)),
    Case("each of a group named the sentence before, another size (en)", "en", "2045-04-12",
         "His seven grandchildren helped him ring and photograph the birds. \"Each of the eight had a favourite "
         "pigeon,\" his daughter said.", (), (Flag("eight", "internal", "warning"),)),
    Case("chacun d'un groupe nommé la phrase d'avant, autre nombre (fr)", "fr", "2045-04-12",
         "Ses sept petits-enfants l'ont aidé à baguer et à photographier les oiseaux. « Chacun des huit avait son "
         "pigeon préféré », raconte sa fille.", (), (Flag("huit", "internal", "warning"),)),
    Case("trucks restating lorries with another value (en)", "en", "2031-03-01",
         "The lorries arrived at night. Customs officers seized three of these lorries, along with €180,000 in "
         "cash. The four trucks will be examined to trace the network.", (), (Flag("four", "internal", "warning"),)),
    Case("des camions qui reprennent des poids lourds à une autre valeur (fr)", "fr", "2031-03-01",
         "Les camions arrivaient de nuit. Les douaniers ont saisi trois de ces poids lourds, ainsi que 180 000 "
         "euros en liquide. Les quatre camions immobilisés seront expertisés.", (),
         (Flag("quatre", "internal", "warning"),)),
    Case("chains restating retailers with another value (en)", "en", "2029-06-01",
         "The association counted about twenty large retailers still selling it. It wants sanctions against the "
         "eight chains at fault.", (), (Flag("eight", "internal", "warning"),)),
    Case("des distributeurs qui reprennent des enseignes à une autre valeur (fr)", "fr", "2029-06-01",
         "L'association a recensé une vingtaine de grandes enseignes qui le vendent encore. Elle demande des "
         "sanctions contre les huit distributeurs fautifs.", (), (Flag("huit", "internal", "warning"),)),
    Case("households restating homes with another value (en)", "en", "2026-01-20",
         "The storm cut power to about 9,000 homes on Monday. Crews hope to reconnect the 15,000 households still "
         "in the dark by the weekend.", (), (Flag("15,000", "internal", "warning"),)),
    Case("des foyers qui reprennent des logements à une autre valeur (fr)", "fr", "2026-01-20",
         "La tempête a privé d'électricité environ 9 000 logements lundi. Les équipes espèrent rebrancher les "
         "15 000 foyers encore dans le noir d'ici le week-end.", (), (Flag("15 000", "internal", "warning"),)),
    Case("boxes restating containers with another value (en)", "en", "2034-05-01",
         "Dockers unloaded 14,200 containers from the ship in three days. They worked round the clock to shift "
         "the 12,400 boxes without a single injury.", (), (Flag("12,400", "internal", "warning"),)),
    Case("des boîtes qui reprennent des conteneurs à une autre valeur (fr)", "fr", "2034-05-01",
         "Les dockers ont déchargé 14 200 conteneurs du navire en trois jours. Ils ont travaillé jour et nuit pour"
         " déplacer les 12 400 boîtes sans un seul blessé.", (), (Flag("12 400", "internal", "warning"),)),
    Case("workers restating a narrower group with another value (en)", "en", "2033-11-01",
         "The valley's cooperatives took on about 1,900 seasonal pickers in September. Several of the 1,400 "
         "workers hired for this harvest were sent home after ten days.", (), (Flag("1,400", "internal", "warning"),)),
    Case("des salariés qui reprennent un groupe plus étroit à une autre valeur (fr)", "fr", "2033-11-01",
         "Les coopératives de la vallée ont embauché environ 1 900 cueilleurs saisonniers en septembre. Plusieurs"
         " des 1 400 salariés recrutés pour cette récolte ont été renvoyés chez eux.", (),
         (Flag("1 400", "internal", "warning"),)),
    Case("restated with another value (en)", "en", "2024-11-20",
         "Six North Korean generals were seen at a command post near the front. Officials believe the five "
         "generals are there to learn how drones are used.", (),
         (Flag("five", "internal", "warning"),)),
    Case("autre valeur (fr)", "fr", "2024-04-08",
         "Trois fortes répliques ont été ressenties samedi. Ces quatre répliques ont achevé de détruire des "
         "bâtiments fragilisés.", (),
         (Flag("quatre", "internal", "warning"),)),
    Case("a larger group of the same noun narrowed by a clause is no part of it (en)", "en", "2027-07-12",
         "Around 70 firefighters fought the blaze above Sarnac through Sunday night. The mayor thanked the 85 "
         "firefighters who answered the call.", (),
         (Flag("85", "internal", "warning"),)),
    Case("un groupe plus grand du même nom, précisé ensuite, n'en est pas une partie (fr)", "fr", "2027-07-12",
         "Une soixantaine de pompiers ont lutté contre le feu au-dessus de Sarnac. Le maire a salué les 75 pompiers "
         "qui ont répondu à l'appel.", (),
         (Flag("75", "internal", "warning"),)),
    Case("a measure given again in its unit with another value (en)", "en", "2027-09-14",
         "The grower pulled up 18 hectares of vines after the hail. Replanting his 23 hectares will cost him "
         "about €60,000.", (),
         (Flag("23 hectares", "internal", "warning"),)),
    Case("une mesure reprise dans son unité avec une autre valeur (fr)", "fr", "2027-09-14",
         "Huit hectares de vignes ont été arrachés après la grêle. Replanter ces onze hectares coûtera 60 000 "
         "euros au vigneron.", (),
         (Flag("onze hectares", "internal", "warning"),)),
    Case("a measure pointed back at by 'those' after an opening phrase, another value (en)", "en", "2046-03-01",
         "A kiln is loaded with 8 tonnes of logs and left to smoulder for three days. In the end, those 6 tonnes of "
         "wood give a light, ringing charcoal.", (),
         (Flag("6 tonnes", "internal", "warning"),)),
    Case("une mesure reprise par « ces » après une locution en tête, autre valeur (fr)", "fr", "2046-03-01",
         "Une meule de 8 tonnes de bûches se consume pendant trois jours. Au bout du compte, ces 6 tonnes de bois "
         "donnent un charbon léger et sonore.", (),
         (Flag("6 tonnes", "internal", "warning"),)),
    Case("a thing pointed back at by 'this', its measure given again with another value (en)", "en", "2046-02-01",
         "The single fermentation tank, a concrete silo of 4,500 m³, was filled in three weeks. Technicians watch "
         "the temperature of this silo of 5,400 m³ day and night.", (),
         (Flag("5,400 m³", "internal", "warning"),)),
    Case("une chose désignée par « ce », sa mesure reprise avec une autre valeur (fr)", "fr", "2046-02-01",
         "L'unique cuve de fermentation, un silo de béton de 4 500 m³, a été remplie en trois semaines. Les "
         "techniciens surveillent jour et nuit la température de ce silo de 5 400 m³.", (),
         (Flag("5 400 m³", "internal", "warning"),)),
    Case("a measure given again with 'the' skips a measure of another noun in its unit (en)", "en", "2046-05-01",
         "Volunteers built the ramp, 25 metres long, beside 720 metres of wire fences. Pilots like its slope: the 30 "
         "metres of boards let them take off in light wind.", (),
         (Flag("30 metres", "internal", "warning"),)),
    Case("une mesure reprise par « les » passe une mesure d'un autre nom dans son unité (fr)", "fr", "2046-05-01",
         "Construite en bois par les bénévoles, la rampe de 25 mètres est perchée à 720 mètres d'altitude. Les "
         "pilotes apprécient sa pente : les 30 mètres de planches permettent de décoller par vent faible.", (),
         (Flag("30 mètres", "internal", "warning"),)),
    Case("a group renamed, a little larger, with a place after its noun, is no part of it (en)", "en",
         "2046-07-01",
         "The best sorbet contest brought together 36 flavours from all over the country. The jury tasted the 38 "
         "ices in competition blind for four hours before crowning a peach and thyme sorbet.", (),
         (Flag("38", "internal", "warning"),)),
    Case("un groupe renommé, un peu plus grand, avec un lieu après son nom, n'en est pas une partie (fr)", "fr",
         "2046-07-01",
         "Le concours du meilleur sorbet a réuni 36 parfums venus de tout le pays. Le jury a goûté à l'aveugle les "
         "38 glaces en lice pendant quatre heures avant de couronner un sorbet à la pêche et au thym.", (),
         (Flag("38", "internal", "warning"),)),
    Case("a group named again as young people, another count (en)", "en", "2046-02-01",
         "The workshop will hire six apprentices by April, trained on site by the oldest glassmakers. \"Without the "
         "rose window, we could never have taken on these seven young people,\" says Tamsin Vennor.", (),
         (Flag("seven", "internal", "warning"),)),
    Case("un groupe repris par un adjectif seul, avec un autre nombre (fr)", "fr", "2046-02-01",
         "L'atelier va embaucher six apprentis d'ici avril, formés sur place par les verriers les plus anciens. "
         "« Sans la rosace, nous n'aurions jamais pu prendre ces sept jeunes », reconnaît Tamsin Vennor.", (),
         (Flag("sept", "internal", "warning"),)),
    Case("a sum named again after 'the' by a noun of its verb's family (en)", "en", "2046-04-01",
         "The region put in €800,000 and a bank lent €600,000. To repay the loan of €650,000, the co-operative must "
         "persuade its members to bring all their animals.", (),
         (Flag("€650,000", "internal", "warning"),)),
    Case("une somme reprise après « le » par un nom de la famille de son verbe (fr)", "fr", "2046-04-01",
         "La Région en a financé 800 000 euros et une banque a prêté 600 000 euros. Pour rembourser le prêt de "
         "650 000 euros, la coopérative doit convaincre ses associés d'y faire abattre toutes leurs bêtes.", (),
         (Flag("650 000 euros", "internal", "warning"),)),
    Case("a group renamed by a noun written before only inside a compound (en)", "en", "2046-05-14",
         "Much of the heavy digging fell to six fathers who took turns on a mini-digger borrowed from a builder. The "
         "gates will open in June, and the seven diggers have claimed the right to try the zip wire first.", (),
         (Flag("seven", "internal", "warning"),)),
    Case("un groupe renommé par un nom écrit avant dans un mot composé seulement (fr)", "fr", "2046-05-14",
         "Le gros du terrassement est revenu à six pères qui se relayaient sur une mini-pelle prêtée par un "
         "maçon. L'aire ouvrira en juin, et les sept terrassiers ont obtenu d'essayer la tyrolienne les premiers.",
         (), (Flag("sept", "internal", "warning"),)),
    Case("a group named again after 'whose' with another noun and count (en)", "en", "2046-06-10",
         "On Sunday, more than 2,500 people packed the Town Park to hear its 40 players reopen the bandstand. "
         "Thirty-eight of the columns had to be recast. \"I never thought I'd get my turn,\" said the band's "
         "conductor, whose 45 musicians are aged from 11 to 83.", (),
         (Flag("45", "internal", "warning"),)),
    Case("un groupe repris après « dont les » avec un autre nom et un autre nombre (fr)", "fr", "2046-06-10",
         "Dimanche, plus de 2 500 personnes se pressaient au parc pour entendre ses 40 instrumentistes rouvrir le "
         "kiosque. Trente-huit des colonnes ont dû être refondues. « Je n'y croyais plus », dit le chef, dont les "
         "45 musiciens ont de 11 à 83 ans.", (),
         (Flag("45", "internal", "warning"),)),
    Case("a group first counted with 'of them' (en)", "en", "2027-10-02",
         "For families, the hardest part may be the schools. Eleven of them were damaged by the storm. The mayor "
         "said the 13 schools would not all reopen on Monday.", (),
         (Flag("13", "internal", "warning"),)),
    Case("un groupe compté d'abord par « d'entre eux » (fr)", "fr", "2027-10-02",
         "Les hôpitaux ont été les plus touchés. Une quarantaine d'entre eux n'ont pas pu joindre leurs médecins "
         "de garde. Le ministère a demandé aux 60 hôpitaux concernés de garder des lignes fixes.", (),
         (Flag("60", "internal", "warning"),)),
    Case("un adjectif accordé avant le nom n'en est pas la tête (fr)", "fr", "2026-09-28",
         "Selon le maire, 2 400 familles se sont installées depuis 2020, attirées par les nouvelles lignes de bus. "
         "Ces 2 700 nouvelles familles paient leurs impôts ailleurs.", (),
         (Flag("2 700", "internal", "warning"),)),
    Case("a group named again with a new noun several sentences on (en)", "en", "2027-06-14",
         "The orchestra's 92 musicians rehearsed for six weeks. The hall was built on the old rail yards. It cost "
         "€187m. The city paid most of it. Critics called it a folly. \"Ask the 86 players on stage tonight "
         "whether it was,\" the mayor said.", (),
         (Flag("86", "internal", "warning"),)),
    Case("un groupe renommé plusieurs phrases plus loin (fr)", "fr", "2027-06-14",
         "La banque alimentaire travaille avec 32 associations partenaires. Elle a distribué 1 400 tonnes l'an "
         "dernier. Les dons ont reculé. Les prix ont flambé. Les bénévoles s'épuisent. Faute de dons, certaines des "
         "23 structures qu'elle ravitaille devront réduire leurs distributions.", (),
         (Flag("23", "internal", "warning"),)),
    Case("a group renamed after a demonstrative in the same sentence (fr)", "fr", "2033-05-12",
         "La mairie a reçu 137 plaintes d'habitants depuis janvier, et ces 173 courriers parlent surtout de peur.",
         (), (Flag("173", "internal", "warning"),)),
    Case("a group renamed after a demonstrative in the same sentence (en)", "en", "2033-05-12",
         "The council has received 137 complaints from residents since January, and these 173 letters speak "
         "mostly of fear.", (), (Flag("173", "internal", "warning"),)),
    Case("a group counted by an adjective used as a noun, renamed (fr)", "fr", "2033-04-02",
         "Les 180 paludiers du marais exploitent 5 400 œillets. Parmi eux, neuf jeunes ont été formés cet hiver. "
         "« Ces sept recrues sont notre avenir », sourit le président.", (),
         (Flag("sept", "internal", "warning"),)),
    Case("each of the (en)", "en", "2024-11-20",
         "Six North Korean generals were seen at a command post near Kursk. Each of the five generals commands "
         "a brigade.", (),
         (Flag("five", "internal", "warning"),)),
    Case("part of a whole restated with another value (en)", "en", "2024-11-20",
         "Six North Korean generals were seen at a command post near Kursk. Two of the five generals were later "
         "wounded in a drone strike.", (),
         (Flag("five", "internal", "warning"),)),
    Case("among the (en)", "en", "2024-11-20",
         "Six North Korean generals were seen at a command post near Kursk. Among the five generals was a deputy "
         "defence minister.", (),
         (Flag("five", "internal", "warning"),)),
    Case("their (en)", "en", "2024-06-03",
         "Police arrested nine protesters outside parliament on Tuesday. Lawyers for their eight protesters "
         "said they would be released.", (),
         (Flag("eight", "internal", "warning"),)),
    Case("chacun des (fr)", "fr", "2024-11-20",
         "Six généraux nord-coréens ont été vus près du front. Chacun des cinq généraux dirige une unité.", (),
         (Flag("cinq", "internal", "warning"),)),
    Case("deux des (fr)", "fr", "2024-11-20",
         "Six généraux nord-coréens ont été vus près du front. Deux des cinq généraux ont été blessés.", (),
         (Flag("cinq", "internal", "warning"),)),
    Case("parmi les (fr)", "fr", "2024-11-20",
         "Six généraux nord-coréens ont été vus près du front. Parmi les cinq généraux figure un vice-ministre.",
         (),
         (Flag("cinq", "internal", "warning"),)),
    Case("ses (fr)", "fr", "2024-06-03",
         "Le XV de France a perdu deux joueurs sur blessure samedi. Le sélectionneur doit remplacer ses trois "
         "joueurs blessés d'ici mardi.", (),
         (Flag("trois", "internal", "warning"),)),
    Case("a larger group with a modifier (en)", "en", "2024-03-11",
         "Three ministers lost their seats on Sunday. The four former ministers said they would stay in "
         "politics.", (),
         (Flag("four", "internal", "warning"),)),
    Case("the same year, another value (fr)", "fr", "2024-11-20",
         "L'État a versé 3 milliards d'euros d'aides en 2023. Le montant des 2 milliards d'euros d'aides versés "
         "en 2023 est contesté.", (),
         (Flag("2 milliards d'euros", "internal", "warning"),)),
    Case("same outcome, another value (en)", "en", "2024-03-04",
         "Twelve soldiers were killed in the strike on Monday. The 13 soldiers killed were buried on Tuesday.",
         (), (Flag("13", "internal", "warning"),)),
    Case("même sort, autre valeur (fr)", "fr", "2024-03-04",
         "Douze soldats ont été tués lundi dans la frappe. Les treize soldats tués ont été inhumés mardi.", (),
         (Flag("treize", "internal", "warning"),)),
    Case("a broader noun, another value (en)", "en", "2024-03-14",
         "Seven primary schools in Ellisford closed for a week. Cleaning crews disinfected all eight buildings "
         "before classes resumed.", (),
         (Flag("eight", "internal", "warning"),)),
    Case("un synonyme dans la même phrase, autre valeur (fr)", "fr", "2024-10-31",
         "Trois navires de maintenance sont basés au port, et ces quatre bateaux emploieront 85 marins.", (),
         (Flag("quatre", "internal", "warning"),)),
    Case("un autre nom de métier, autre valeur (fr)", "fr", "2024-05-30",
         "Cinq sociologues de l'institut ont conçu le questionnaire, repris en partie de celui de 2022. Selon "
         "les quatre chercheurs, le recul s'explique par le retour au bureau.", (),
         (Flag("quatre", "internal", "warning"),)),
    Case("all of them, another value (en)", "en", "2024-09-18",
         "Six union negotiators spent nine hours with the board on Sunday. All five of them said the offer was "
         "an insult.", (),
         (Flag("five", "internal", "warning"),)),
    Case("tous d'entre eux, autre valeur (fr)", "fr", "2024-09-18",
         "Six négociateurs syndicaux ont passé neuf heures avec la direction dimanche. Les cinq d'entre eux ont "
         "jugé l'offre insultante.", (),
         (Flag("cinq", "internal", "warning"),)),
    Case("departures, another value (en)", "en", "2024-08-07",
         "Three senior executives left the company between February and April. The chief executive said the "
         "two departures had been planned.", (),
         (Flag("two", "internal", "warning"),)),
    Case("départs, autre valeur (fr)", "fr", "2024-08-07",
         "Trois dirigeants ont quitté l'entreprise entre février et avril. Le président assure que les deux "
         "départs étaient prévus.", (),
         (Flag("deux", "internal", "warning"),)),
    Case("the part of a whole restated with another value (en)", "en", "2024-07-05",
         "Four of the airline's 38 aircraft were stuck abroad when the strike began. A spokeswoman said the "
         "three jets would be flown home.", (),
         (Flag("three", "internal", "warning"),)),
    Case("victims restated as people killed, another value (en)", "en", "2024-06-01",
         "Twelve victims of the blast were identified on Monday. Police said the 14 people killed had been "
         "inside the market.", (),
         (Flag("14", "internal", "warning"),)),
    Case("victimes reprises en personnes tuées, autre valeur (fr)", "fr", "2024-06-01",
         "Douze victimes de l'explosion ont été identifiées lundi. Selon la police, les quatorze personnes "
         "tuées se trouvaient dans le marché.", (),
         (Flag("quatorze", "internal", "warning"),)),
    Case("tous les N suivi d'un verbe, autre valeur (fr)", "fr", "2024-06-01",
         "Six responsables européens se sont rendus à Bruxelles lundi. Tous les cinq ont rencontré le "
         "commissaire mardi.", (),
         (Flag("cinq", "internal", "warning"),)),
    Case("the N followed by a verb, another value (en)", "en", "2024-06-01",
         "Six European officials travelled to Brussels on Monday. All five were received by the commissioner "
         "on Tuesday.", (),
         (Flag("five", "internal", "warning"),)),
    Case("factories restated as plants, another value (en)", "en", "2024-04-19",
         "Brunelle makes its chocolate at three factories in Europe. Its chief executive said none of the four "
         "plants would close.", (),
         (Flag("four", "internal", "warning"),)),
    Case("des usines reprises en fabriques, autre valeur (fr)", "fr", "2024-04-19",
         "Le confiseur produit son chocolat dans trois usines en Europe. Sa directrice assure qu'aucune des "
         "quatre fabriques ne fermera.", (),
         (Flag("quatre", "internal", "warning"),)),
    Case("a group counted since a decade, restated with a date of its own (en)", "en", "2046-04-25",
         "Since the 1790s the ditch has been run by three elected commissioners and a mayordomo. The four "
         "commissioners will meet in June to decide on the next stretch.", (),
         (Flag("four", "internal", "warning"),)),
    Case("un groupe compté depuis une décennie, repris avec une date à lui (fr)", "fr", "2046-04-25",
         "Depuis les années 1790, le canal est géré par trois syndics élus et un garde. Les quatre syndics se "
         "réuniront en juin pour décider du tronçon suivant.", (),
         (Flag("quatre", "internal", "warning"),)),
    Case("a person's own group named again in a quote, another size (en)", "en", "2046-05-10",
         "He has two apprentices, both from the village. \"Nobody wanted this job ten years ago,\" he said. \"Now "
         "my three lads have a waiting list of their own.\"", (),
         (Flag("three", "internal", "warning"),)),
    Case("le groupe d'une personne repris dans une citation, autre taille (fr)", "fr", "2046-05-10",
         "Il a deux apprentis, tous deux du village. « Personne ne voulait de ce métier il y a dix ans », dit-il. « "
         "Maintenant, mes trois gars ont leur propre liste d'attente. »", (),
         (Flag("trois", "internal", "warning"),)),
    Case("a group named again by the word of its complement, another size (en)", "en", "2046-07-10",
         "The work was done by two volunteers of the lifeboat crew, helped by the fire brigade. The three crew also "
         "rewired the lights on the slipway.", (),
         (Flag("three", "internal", "warning"),)),
    Case("un groupe repris par le mot de son complément, autre taille (fr)", "fr", "2046-07-10",
         "Les travaux ont été faits par deux électriciens à la retraite, aidés par les pompiers volontaires. Les "
         "trois retraités ont aussi refait l'éclairage de la cale.", (),
         (Flag("trois", "internal", "warning"),)),
    Case("a group dated by what will happen to it is no other period's (en)", "en", "2046-05-02",
         "Three other families applied this spring. The council will examine the four applications in June.", (),
         (Flag("four", "internal", "warning"),)),
    Case("un groupe daté par ce qui lui arrivera n'est pas celui d'une autre période (fr)", "fr", "2046-05-02",
         "Trois autres familles ont déposé une demande ce printemps. Le conseil municipal examinera les quatre "
         "dossiers en juin.", (),
         (Flag("quatre", "internal", "warning"),)),
    Case("suicides restated as deaths, another value (en)", "en", "2024-05-16",
         "The inspector's report records three suicides at the prison since January 2023. She said the four "
         "deaths could have been avoided.", (),
         (Flag("four", "internal", "warning"),)),
    Case("des suicides repris en décès, autre valeur (fr)", "fr", "2024-05-16",
         "Le rapport relève trois suicides depuis janvier 2023. La contrôleuse estime que ces quatre décès "
         "auraient pu être évités.", (),
         (Flag("quatre", "internal", "warning"),)),
    Case("workers restated as the injured, another value (en)", "en", "2024-11-08",
         "Six workers doing night repairs in the tunnel were injured on Wednesday. The prefect said the five "
         "injured were all employed by a subcontractor.", (),
         (Flag("five", "internal", "warning"),)),
    Case("des ouvriers repris en blessés, autre valeur (fr)", "fr", "2024-11-08",
         "Six ouvriers qui effectuaient des travaux de nuit ont été blessés mercredi. Le préfet a indiqué que "
         "les cinq blessés étaient tous employés par un sous-traitant.", (),
         (Flag("cinq", "internal", "warning"),)),
    Case("a group named again with a new noun and another size (en)", "en", "2026-04-17",
         "Twelve members of the governing coalition broke ranks to vote against the text. The eleven rebels face "
         "a disciplinary hearing within their party.", (), (Flag("eleven", "internal", "warning"),)),
    Case("un groupe renommé avec une autre taille (fr)", "fr", "2026-04-17",
         "Sept députés de la majorité ont voté contre, malgré les consignes. Ces huit frondeurs risquent "
         "l'exclusion, a prévenu le président du groupe.", (), (Flag("huit", "internal", "warning"),)),
    Case("an owner's name introduces a restatement (en)", "en", "2026-05-19",
         "The Greens' leader, Ada Brenner, won 11,200 preference votes in her constituency, a regional record. "
         "Brenner's 12,400 personal votes, her allies say, give her a mandate.", (),
         (Flag("12,400", "internal", "warning"),)),
    Case("the later head is another word of the earlier noun phrase (fr)", "fr", "2026-05-12",
         "Quatorze élus sortants ont perdu leur siège, dont l'ancien président de l'assemblée. Parmi ces 17 "
         "sortants battus figurent aussi trois anciens ministres.", (), (Flag("17", "internal", "warning"),)),
    Case("un nom composé repris par l'un de ses mots (fr)", "fr", "2026-04-16",
         "Trois camions-citernes restent coincés dans l'enceinte de l'usine. Les chauffeurs des quatre citernes "
         "immobilisées disent avoir été bien traités.", (), (Flag("quatre", "internal", "warning"),)),
    Case("a restatement opening a quotation (en)", "en", "2026-03-02",
         "The site's four cooling towers should be brought down with explosives in 2029. About 40 older workers "
         "will retire early. \"Those three concrete giants are our Eiffel Tower,\" the mayor said.", (),
         (Flag("three", "internal", "warning"),)),
    Case("a demonstrative points back to a large group renamed (fr)", "fr", "2028-02-24",
         "Pour tenir le rythme en caisse, l'enseigne a embauché 2 300 saisonniers depuis janvier. La direction "
         "assure que ces 3 200 recrues resteront en poste jusqu'à l'été.", (), (Flag("3 200", "internal", "warning"),)),
    Case("'those N people' after a group of about that size (en)", "en", "2028-08-10",
         "On that night 5,900 spectators packed the stands. \"I could feel those 6,100 people pushing me down the "
         "last length,\" Fournel said.", (), (Flag("6,100", "internal", "warning"),)),
    Case("a slightly larger 'new' group is no part of the first (fr)", "fr", "2029-02-20",
         "Les syndicats réclament quatre portiques supplémentaires. La direction répond que les cinq nouveaux "
         "portiques seront en grande partie automatisés.", (), (Flag("cinq", "internal", "warning"),)),
    Case("'the twelve of us' stands for the group before (en)", "en", "2029-04-04",
         "The talks, with 14 shop stewards around the table, ran until 2 a.m. \"But the twelve of us who sat in "
         "that room can look our colleagues in the eye,\" she said.", (), (Flag("twelve", "internal", "warning"),)),
    Case("a figure open at one end does not give the first value again (en)", "en", "2032-10-20",
         "Nineteen secondary schools have had to merge classes since term began. Of the seventeen secondaries "
         "now doubling up classes, eleven are in the east, where the council will rebuild at least 14 crumbling "
         "schools.", (), (Flag("seventeen", "internal", "warning"),)),
    Case("un chiffre ouvert d'un côté ne redonne pas le premier (fr)", "fr", "2032-10-20",
         "Dix-neuf collèges ont dû fusionner des classes depuis la rentrée. Sur les dix-sept collèges, "
         "onze sont dans l'est, où le département reconstruira au moins 14 écoles "
         "vétustes.", (), (Flag("dix-sept", "internal", "warning"),)),
    Case("a flock named again by a broader noun (en)", "en", "2032-10-20",
         "A shepherd, Romain Estève, grazes a flock of 420 ewes below the panels. In May, Mr Estève's 380 animals "
         "were moved to a separate paddock.", (), (Flag("380", "internal", "warning"),)),
    Case("un troupeau repris par un nom plus large (fr)", "fr", "2032-10-20",
         "Le berger Romain Estève fait paître 420 brebis sous les panneaux. En mai, ses 380 animaux ont été "
         "déplacés dans un autre enclos.", (), (Flag("380", "internal", "warning"),)),
    Case("study seats named again as desks (en)", "en", "2032-10-20",
         "Its centrepiece is a glass library with 1,800 study seats. The library is a hit: its 1,600 desks were "
         "all taken by 9 a.m.", (), (Flag("1,600", "internal", "warning"),)),
    Case("of two mentions sharing as many words, the one of a size that could be misstated is restated (en)", "en",
         "2026-03-01", "The beekeeper Julien Morvan lost 42 colonies over the winter. The federation's survey covers "
         "48,600 colonies across the region. \"Replacing the 45 colonies I lost is two seasons of work,\" he says.",
         (), (Flag("45", "internal", "warning"),)),
    Case("de deux mentions aussi proches, celle d'une taille qu'on peut confondre est reprise (fr)", "fr",
         "2026-03-01", "L'apiculteur Julien Morvan a perdu 42 colonies cet hiver. L'enquête de la fédération porte "
         "sur 48 600 colonies dans la région. « Remplacer les 45 colonies que j'ai perdues, c'est deux saisons de "
         "travail », dit-il.", (), (Flag("45", "internal", "warning"),)),
    Case("a restatement in a later clause of the same sentence (en)", "en", "2030-09-01",
         "The town hired 42 lifeguards this year, ten more than in 2029, and the mayor said the forty lifeguards "
         "had kept every beach open.", (), (Flag("forty", "internal", "warning"),)),
    Case("une reprise dans une proposition suivante de la même phrase (fr)", "fr", "2030-09-01",
         "La ville a recruté 42 sauveteurs cette année, dix de plus qu'en 2029, et le maire a salué le travail des "
         "quarante sauveteurs tout l'été.", (), (Flag("quarante", "internal", "warning"),)),
    Case("a group with no noun renamed later (en)", "en", "2030-08-20",
         "The government announced €8.5m in aid for the department. Around forty of them drove their tractors to "
         "the prefecture on Tuesday. The prefect received a delegation of the fifty protesters for an hour.", (),
         (Flag("fifty", "internal", "warning"),)),
    Case("un groupe sans nom renommé ensuite (fr)", "fr", "2030-08-20",
         "Le gouvernement a annoncé 8,5 millions d'euros d'aide pour le département. Une quarantaine d'entre eux "
         "sont venus en tracteur à la préfecture mardi. Le préfet a reçu une délégation des cinquante manifestants "
         "pendant une heure.", (), (Flag("cinquante", "internal", "warning"),)),
    Case("a qualifier the first mention's sentence already gave narrows nothing (en)", "en", "2028-10-01",
         "The plan cuts administrative posts by nearly a fifth, or about 150 officers, by 2029. For the 120 "
         "administrative officers affected, a retraining plan will be presented in the autumn.", (),
         (Flag("120", "internal", "warning"),)),
    Case("un qualificatif déjà donné dans la phrase de la première mention ne restreint rien (fr)", "fr",
         "2028-10-01", "Elle prévoit de réduire de près d'un cinquième les effectifs administratifs, soit environ 150 "
         "agents, d'ici 2029. Pour les 120 agents administratifs concernés, un plan de reclassement sera présenté "
         "en novembre.", (), (Flag("120", "internal", "warning"),)),
    Case("a deadline is no period the figure counts (en)", "en", "2028-10-01",
         "The plan cuts about 150 administrative posts by 2029. A retraining plan will be put to the 120 "
         "administrative officers affected in November.", (), (Flag("120", "internal", "warning"),)),
    Case("une échéance n'est pas une période que compte le chiffre (fr)", "fr", "2028-10-01",
         "Le plan supprime environ 150 postes administratifs d'ici 2029. Un plan de reclassement sera proposé "
         "aux 120 postes administratifs concernés en novembre.", (), (Flag("120", "internal", "warning"),)),
    Case("an owner the first mention already had narrows nothing (en)", "en", "2032-10-20",
         "Thirty-six traders keep shops in the arcade under the towers. Since January, the 31 traders of the "
         "arcade have lost 40% of their customers.", (), (Flag("31", "internal", "warning"),)),
    Case("un propriétaire déjà dit du premier groupe ne restreint rien (fr)", "fr", "2032-10-20",
         "Trente-six commerçants tiennent boutique dans la galerie au pied des tours. Depuis janvier, les trente "
         "et un commerçants de la galerie ont perdu 40 % de leurs clients.", (),
         (Flag("trente et un", "internal", "warning"),)),
    Case("a quotation opening a sentence starts a new sentence (en)", "en", "2033-05-02",
         "Fourteen firms from the region took turns day and night on the runway. \u201cThe twelve companies kept to "
         "the schedule,\u201d the airport's director said.", (), (Flag("twelve", "internal", "warning"),)),
    Case("une citation ouverte par « et une espace insécable commence une phrase (fr)", "fr", "2033-05-02",
         "Pendant les travaux, quatorze entreprises de la région se sont relayées jour et nuit. \u00ab\u00a0Les "
         "douze sociétés ont tenu les délais\u00a0\u00bb, souligne la directrice de l'aéroport.", (),
         (Flag("douze", "internal", "warning"),)),
    Case("a smaller group renamed with a new noun, its owner after it, is the same group (en)", "en", "2031-03-03",
         "Eleven union delegates were received by the prefect on Friday, without result. The nine representatives "
         "of the workforce left empty-handed, one of them said.", (), (Flag("nine", "internal", "warning"),)),
    Case("un groupe plus petit renommé d'un nom nouveau, suivi de son possesseur, est le même (fr)", "fr",
         "2031-03-03",
         "Onze délégués syndicaux ont été reçus vendredi par le préfet, sans résultat. Les neuf représentants du "
         "personnel sont repartis les mains vides, a regretté l'un d'eux.", (), (Flag("neuf", "internal", "warning"),)),
    Case("a pronoun group in a later clause restates the group of its own sentence (en)", "en", "2034-01-01",
         "The museum hired 35 seasonal guides for the reopening, and all 28 of those recruits have been kept on "
         "permanently.", (), (Flag("28", "internal", "warning"),)),
    Case("un groupe repris par un pronom dans une proposition suivante de la même phrase (fr)", "fr", "2034-01-01",
         "Le musée a recruté 35 guides saisonniers pour la réouverture, et tous les 28 ont été gardés en CDI.", (),
         (Flag("28", "internal", "warning"),)),
    Case("a part of a group restated in a later clause (en)", "en", "2034-01-01",
         "Forty-four of the stalls sell something to eat or drink, and inspectors have promised to check all 40 of "
         "them before the market ends.", (), (Flag("40", "internal", "warning"),)),
    Case("une partie d'un groupe reprise dans une proposition suivante (fr)", "fr", "2034-01-01",
         "Quarante-quatre des stands vendent à manger, et les inspecteurs ont promis de contrôler les 40 d'entre "
         "eux avant la fin du marché.", (), (Flag("40", "internal", "warning"),)),
    Case("des doctorants repris en thésards (fr)", "fr", "2032-10-20",
         "Quatorze doctorants venus de toute l'Europe sont arrivés en juin. Pour ces seize thésards arrivés "
         "cet été, ces soucis restent lointains.", (), (Flag("seize", "internal", "warning"),)),
    Case("a larger group after a pronoun group is no part of it (en)", "en", "2034-05-01",
         "The weather thinned the field quickly. Organisers had lined up 154 riders, and fifty-eight of them "
         "climbed off before the feed zone. Race director Nia Colquhoun said the 64 riders who failed to finish "
         "were a price worth paying.", (),
         (Flag("64", "internal", "warning"),)),
    Case("un groupe plus grand après un groupe sans nom n'en est pas une partie (fr)", "fr", "2034-05-01",
         "La flotte de 19 appareils va être dispersée. Sept d'entre eux étaient loués auprès de sociétés "
         "irlandaises. Les neuf avions en location devraient avoir quitté l'aéroport d'ici à la fin du mois.", (),
         (Flag("neuf", "internal", "warning"),)),
    Case("killed and dead are one outcome (en)", "en", "2034-05-01",
         "Motorcyclists are the other worry. Nine of the dead were riding a motorbike, most of them on winding "
         "roads. The families of the eleven motorcyclists killed last year want guard rails.", (),
         (Flag("eleven", "internal", "warning"),)),
    Case("morts et tués, une seule issue (fr)", "fr", "2034-05-01",
         "Neuf motards sont morts sur les routes sinueuses de la Haute-Sarvène. Les familles des onze motards "
         "tués l'an dernier réclament des glissières.", (),
         (Flag("onze", "internal", "warning"),)),
    Case("a goal 'by the end of the year' is no period of its own (en)", "en", "2026-03-01",
         "In 2025 the utility relied on nineteen pumping stations. Marrec wants sensors fitted to all seventeen "
         "pumping stations by the end of the year.", (),
         (Flag("seventeen", "internal", "warning"),)),
    Case("un objectif « d'ici la fin de l'année » n'est pas une période à part (fr)", "fr", "2026-03-01",
         "En 2025, la régie comptait dix-neuf stations de pompage. La directrice veut équiper de capteurs les "
         "dix-sept stations de pompage d'ici la fin de l'année.", (),
         (Flag("dix-sept", "internal", "warning"),)),
    Case("a group renamed in a later clause of its sentence (en)", "en", "2036-03-01",
         "The made-to-measure workshop is run by a team of 16 machinists, and management has promised that the 19 "
         "sewers will all keep their jobs.", (),
         (Flag("19", "internal", "warning"),)),
    Case("un groupe renommé dans une proposition suivante de sa phrase (fr)", "fr", "2036-03-01",
         "Début février, la fourrière lui a confié 17 chats découverts dans un entrepôt ; les dix-neuf félins ont "
         "été vaccinés.", (),
         (Flag("dix-neuf", "internal", "warning"),)),
    Case("a figure of other things writing the first value is no restatement beside (en)", "en", "2037-08-01",
         "Twelve gardeners look after the course. The club promises that no job will go: the ten gardeners will be "
         "trained to manage a meadow grazed by a dozen sheep from a nearby farm.", (),
         (Flag("ten", "internal", "warning"),)),
    Case("un chiffre d'autres choses qui écrit la première valeur n'est pas une reprise (fr)", "fr", "2037-08-01",
         "Douze jardiniers entretiennent aujourd'hui le parcours. Le golf promet qu'aucun poste ne sera supprimé : "
         "les dix jardiniers seront formés au pâturage, confié à une douzaine de moutons d'une ferme voisine.", (),
         (Flag("dix", "internal", "warning"),)),
    Case("a group named again by its owner's name, a different size (en)", "en", "2041-02-01",
         "Logistics remain the weak point. The company's 85 delivery drivers work in two shifts. According to the "
         "union, Lavandis's 70 drivers are no longer enough since the new hospital contracts began in January.", (),
         (Flag("70", "internal", "warning"),)),
    Case("un groupe nommé de nouveau avec le nom de son propriétaire, d'une autre taille (fr)", "fr", "2041-02-01",
         "La logistique reste le point sensible. Les 85 chauffeurs-livreurs de l'entreprise se relaient en deux "
         "équipes. Selon la CGT, les 70 livreurs de Lavandis ne suffisent plus depuis l'arrivée de nouveaux "
         "clients hospitaliers en janvier.", (),
         (Flag("70", "internal", "warning"),)),
    Case("a group renamed with a noun the article used only before the group (en)", "en", "2041-01-20",
         "On a bad night up to 140 staff are on call, from drivers to mechanics. The council has also signed up 18 "
         "local farmers, who clear the lanes with blades fitted to their tractors. Residents say their street was "
         "last ploughed on Saturday. The town replies that the 16 tractor drivers under contract cannot be "
         "everywhere at once.", (),
         (Flag("16", "internal", "warning"),)),
    Case("un groupe renommé d'un nom que l'article n'a employé qu'avant le groupe (fr)", "fr", "2041-01-20",
         "Les nuits de neige, jusqu'à 140 agents sont d'astreinte, des chauffeurs aux mécaniciens. La commune a "
         "aussi recruté 18 agriculteurs, qui dégagent les chemins avec des lames montées sur leurs tracteurs. Les "
         "habitants disent que leur rue n'a pas été déneigée depuis samedi. La mairie répond que les 16 chauffeurs "
         "de tracteur sous contrat ne peuvent pas être partout.", (),
         (Flag("16", "internal", "warning"),)),
    Case("a complement after the noun says what the things are, no group they belong to (en)", "en", "2030-01-10",
         "The talks took nine rounds over two years. The minister said the eight rounds of negotiation had been "
         "bruising.", (),
         (Flag("eight", "internal", "warning"),)),
    Case("un groupe compté par « en » puis repris avec une autre taille (fr)", "fr", "2031-10-02",
         "Au gymnase, les lits de camp sont alignés sous les paniers de basket. Le Crous en a installé 80 à la "
         "mi-septembre pour les étudiants sans logement. Yanis dort sur l'un des 60 lits de camp du gymnase.", (),
         (Flag("60", "internal", "warning"),)),
    Case("un groupe compté par « en » après un verbe modal, repris avec une autre taille (fr)", "fr", "2031-10-02",
         "Les trottinettes ont disparu des rues. Les agents municipaux ont dû en ramasser 1 100 dans les parcs. La "
         "mairie compte facturer aux opérateurs l'enlèvement de ces 1 400 trottinettes.", (),
         (Flag("1 400", "internal", "warning"),)),
    Case("a group counted with 'of them' and restated with another size (en)", "en", "2031-10-02",
         "In the gym, camp beds stand in rows under the baskets. The housing office set up 80 of them in "
         "mid-September for students with no room. Yanis sleeps on one of the 60 camp beds, by the door.", (),
         (Flag("60", "internal", "warning"),)),
    Case("a word of the founding restates the group that founded (en)", "en", "2045-09-01",
         "The saffron cooperative was founded in 2029 by twelve families who wanted to stand up to the traders. "
         "Three of the ten founding families still sit on its board.", (),
         (Flag("ten", "internal", "warning"),)),
    Case("un mot de la fondation reprend le groupe qui a fondé (fr)", "fr", "2045-09-01",
         "La coopérative a été fondée en 2029 par douze familles qui voulaient peser face aux négociants. Trois des "
         "dix familles fondatrices siègent encore au conseil d'administration.", (),
         (Flag("dix", "internal", "warning"),)),
    Case("'new' narrows nothing of a group the first mention says was hired (en)", "en", "2046-02-01",
         "For the reopening the company recruited twelve game masters. Weekend slots are full until April, and the "
         "ten new game masters run games from morning until midnight.", (),
         (Flag("ten", "internal", "warning"),)),
    Case("« nouveaux » ne restreint pas un groupe que la première mention dit recruté (fr)", "fr", "2046-02-01",
         "Pour la réouverture, l'entreprise a recruté douze maîtres du jeu. Les créneaux du week-end affichent "
         "complet jusqu'en avril, et les dix nouveaux maîtres du jeu enchaînent les parties jusqu'à minuit.", (),
         (Flag("dix", "internal", "warning"),)),
]


@pytest.mark.parametrize("case", VALID, ids=lambda case: case.name)
def test_passes(case: Case) -> None:
    assert_case(case, {"internal"})


@pytest.mark.parametrize("case", INVALID, ids=lambda case: case.name)
def test_flags(case: Case) -> None:
    assert_case(case, {"internal"})


def test_the_later_mention_points_to_the_first() -> None:
    case = next(case for case in INVALID if case.name == "restated with another value (en)")
    report = checker.check(case.text, language="en", published_at="2024-11-20")
    finding = next(f for f in report.findings if f.category == "internal")
    first = next(claim for claim in report.claims if claim.text == "Six")
    assert finding.related_claim_ids == (first.id,)


def test_the_part_of_a_whole_is_the_mention_cited() -> None:
    case = next(case for case in INVALID if case.name == "the part of a whole restated with another value (en)")
    report = checker.check(case.text, language="en", published_at=case.published_at)
    finding = next(f for f in report.findings if f.category == "internal")
    first = next(claim for claim in report.claims if claim.text == "Four")
    assert finding.related_claim_ids == (first.id,)


HEADLINED = [
    ("en", "Lanvard's new sewage works starts treating the valley's waste",
     "Eleven technicians take turns day and night in the control room, which also watches the network's pumping "
     "stations.\n\nThe bill will follow in July. The twelve staff of the works were trained for six weeks on site.",
     "twelve"),
    ("fr", "Lanvard : la station d'épuration entre en service",
     "Onze techniciens se relaient jour et nuit dans la salle de contrôle, qui surveille aussi les postes de "
     "relèvement du réseau.\n\nLa facture suivra en juillet. Les douze agents de la station ont été formés pendant "
     "six semaines sur le chantier.", "douze"),
]


@pytest.mark.parametrize(("language", "title", "text", "later"), HEADLINED, ids=[case[0] for case in HEADLINED])
def test_an_owner_the_headline_is_about_sets_no_group_apart(language, title, text, later):
    report = checker.check(text, language=language, published_at="2046-03-20", title=title)
    flagged = [text[f.start:f.end] for f in report.findings if f.category == "internal"]
    assert flagged == [later]
    untitled = checker.check(text, language=language, published_at="2046-03-20")
    assert [f for f in untitled.findings if f.category == "internal"] == []


HEADLINED_WORK = [
    ("en", "The Maid of Corrin sails again after a rebuild at Ballinacree",
     "The yard's nine shipwrights did the heavy work over four winters.\n\nThe boat will sail to the regatta in "
     "August, crewed by the eight shipwrights who rebuilt her.", "eight"),
    ("fr", "Le Maid of Corrin reprend la mer après sa reconstruction à Ballinacree",
     "Les neuf charpentiers du chantier ont fait le gros du travail pendant quatre hivers.\n\nLe bateau "
     "naviguera jusqu'aux régates en août, avec à son bord les huit charpentiers qui l'ont reconstruit.", "huit"),
]


@pytest.mark.parametrize(("language", "title", "text", "later"), HEADLINED_WORK,
                         ids=[case[0] for case in HEADLINED_WORK])
def test_a_relative_clause_saying_the_headlines_work_sets_no_group_apart(language, title, text, later):
    report = checker.check(text, language=language, published_at="2046-06-01", title=title)
    assert [text[f.start:f.end] for f in report.findings if f.category == "internal"] == [later]
    untitled = checker.check(text, language=language, published_at="2046-06-01")
    assert [f for f in untitled.findings if f.category == "internal"] == []
