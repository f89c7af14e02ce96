"""arithmetic: figures that contradict the figures they are computed from (shares, changes, gaps, sums)."""

from __future__ import annotations

import re

import pytest
from rule_tester import Case, Flag, assert_case

import checker

VALID = [
    Case("what is still to find of a cost, once what is paid and what was raised are counted, right (en)", "en",
         "2046-03-10",
         "The appeal launched last autumn has raised €126,000 from some 1,300 donors. The restoration will cost "
         "€480,000. The state has agreed to pay 40% of it, or €192,000, which leaves €162,000 still to find once "
         "the appeal money is counted.", ()),
    Case("ce qui reste à trouver d'un coût, une fois comptés ce qui est payé et ce qui a été réuni, juste (fr)", "fr",
         "2046-03-10",
         "La souscription lancée l'automne dernier a réuni 126 000 euros auprès de quelque 1 300 donateurs. La "
         "restauration coûtera 480 000 euros. L'État en paiera 40 %, soit 192 000 euros : il manque donc encore "
         "162 000 euros, souscription comprise.", ()),
    Case("the rest of a whole after its share, as a fraction in words, that fits (en)", "en", "2046-06-02",
         "The farms find those customers mostly at markets and online: they sell 85% of their meat direct; the rest, "
         "about a seventh, still goes through cattle dealers.", ()),
    Case("le reste d'un tout après sa part, en fraction, juste (fr)", "fr", "2046-06-02",
         "Ces clients, les fermes les trouvent surtout sur les marchés et par internet : elles vendent 85 % de leur "
         "viande en direct ; le reste, moins d'un cinquième, passe encore par les marchands de bétail.", ()),
    Case("what is still missing of a sum needed, that fits (en)", "en", "2046-06-20",
         "A nonprofit bought the store in March for $385,000. Its campaign has already raised $468,000 from its "
         "neighbours. The purchase and $210,000 of works need $595,000, so about $130,000 is still missing.", ()),
    Case("ce qui manque d'une somme nécessaire, juste ; sans somme réunie, rien à compter (fr)", "fr",
         "2046-06-20",
         "Une association a racheté le magasin en mars pour 385 000 dollars. Sa campagne de dons a déjà réuni "
         "468 000 dollars. Entre l'achat et 210 000 dollars de travaux, il faut 595 000 dollars : il manque donc "
         "encore environ 130 000 dollars. Pour le toit, il faut 90 000 dollars : il manque encore 60 000 dollars.",
         ()),
    Case("a saving from a price to a reduced one that fits; an energy saving is no change (en)", "en", "2046-03-02",
         "A week of holiday camp costs CHF 320, lunches included; the families on the reduced rate pay CHF 200, a "
         "saving of more than a third. The salesmen promised a saving of 9,000 MWh a year.", ()),
    Case("une économie d'un prix à un prix réduit, juste ; une économie d'énergie n'est pas une baisse (fr)", "fr",
         "2046-03-02",
         "Une semaine de camp coûte 320 francs, repas compris ; les familles au tarif réduit paient 200 francs, soit "
         "une économie de plus d'un tiers. Les commerciaux promettaient une économie de 9 000 MWh par an.", ()),
    Case("a share restated as a rough amount after a colon, that fits (en)", "en", "2046-02-12",
         "Her run, 187 km each morning, collects 58 pupils from 34 farm gates, and 64% of it is dirt or gravel: "
         "about 120 km of corrugations that rattle the windows.", ()),
    Case("une part reprise en quantité approchée après deux-points, juste ; un détail n'en est pas une (fr)", "fr",
         "2046-02-12",
         "Sa tournée, 187 km chaque matin, ramasse 58 élèves à 34 barrières de ferme, et 64 % du trajet est en "
         "terre ou en gravier : environ 120 km de tôle ondulée. Le budget va à 30 % aux salaires : environ 2 "
         "millions d'euros pour les chauffeurs et 1 million pour les mécaniciens.", ()),
    Case("a share restated as a count of two joined nouns 'in all', that fits (en)", "en", "2046-02-05",
         "On its books are 412 pupils who come for a lesson every week. Nobody is turned away for want of money: "
         "37% of the pupils learn on a bursary, about 150 children and adults in all.", ()),
    Case("une part reprise en nombre de deux noms joints « au total », juste (fr)", "fr", "2046-02-05",
         "L'école compte 412 élèves qui viennent chaque semaine. Personne n'est refusé faute d'argent : 37 % des "
         "élèves ont une bourse, environ 150 enfants et adultes au total.", ()),
    Case("a total set off after its rate, over the duration after it, that fits (en)", "en", "2046-02-10",
         "The facilitators, often young people with a school certificate, are paid an allowance of €450 a month, or "
         "about €4,000 over a nine-month cycle.", ()),
    Case("un total donné après son taux, sur la durée qui le suit, juste (fr)", "fr", "2046-02-10",
         "Les animateurs, souvent des jeunes titulaires du brevet, touchent une indemnité de 45 000 francs CFA par "
         "mois, soit plus de 400 000 francs CFA sur un cycle de neuf mois.", ()),
    Case("a count split between sharers, each share said after the noun, that fits (en)", "en", "2046-01-15",
         "The school has 186 pupils, from schoolchildren to retired miners. Its 11 teachers, most of them musicians "
         "who learned by ear, share about 17 pupils each. The 40 winners of the raffle shared two tickets each.", ()),
    Case("un nombre partagé entre plusieurs, la part de chacun dite après le nom, juste (fr)", "fr", "2046-01-15",
         "L'école accueille 186 élèves, de l'écolier au mineur retraité. Ses 11 professeurs, souvent des musiciens "
         "qui ont appris à l'oreille, se partagent donc 17 élèves chacun.", ()),
    Case("an amount restating a share of its own whole given between them, right (en)", "en", "2046-02-01",
         "The fire hit them hard: 41% of the plateau's 250 bogs burned, or about 100 of them.", ()),
    Case("un nombre qui redit une part de son propre tout donné entre eux, juste (fr)", "fr", "2046-02-01",
         "Le feu les a durement touchées : 41 % des quelque 250 tourbières du plateau ont brûlé, soit environ 100 "
         "d'entre elles.", ()),
    Case("a rough amount set off by two commas after a share, right (en)", "en", "2046-05-01",
         "The contract is worth €780,000, of which the Walloon Region pays 70%, about €550,000, and the town the "
         "rest.", ()),
    Case("un montant approché entre deux virgules après une part, juste (fr)", "fr", "2046-05-01",
         "Le marché s'élève à 780 000 euros, dont la Région wallonne paie 70 %, environ 550 000 euros, et la ville "
         "le reste.", ()),
    Case("a rate whose period is said before it, over a duration, right (en)", "en", "2046-03-01",
         "Each day of closure costs the museum €4,500 in tickets: over sixteen days, the loss will come to about "
         "€72,000.", ()),
    Case("un taux dont la période est dite avant lui, sur une durée, juste (fr)", "fr", "2046-03-01",
         "Chaque journée de fermeture prive le musée de 4 500 euros de billetterie : sur seize jours, le manque à "
         "gagner atteindra environ 72 000 euros.", ()),
    Case("a change between two levels dated apart, right (en)", "en", "2046-06-01",
         "The couple had sales of A$465,000 in 2044 and expects A$610,000 this year, a rise of 31%.", ()),
    Case("une variation entre deux niveaux datés, juste (fr)", "fr", "2046-06-01",
         "Le couple a réalisé un chiffre d'affaires de 465 000 dollars australiens en 2044 et en espère 610 000 cette "
         "année, soit une hausse de 31 %.", ()),
    Case("un taux redit « sur une année », juste (fr)", "fr", "2046-10-10",
         "Depuis, les recettes de l'épicerie atteignent en moyenne 6 200 livres par semaine, soit plus de 300 000 "
         "livres sur une année.", ()),
    Case("a percentage applied to an amount, then what is paid, right (en)", "en", "2046-08-01",
         "Businesses can change them back into sterling for a 3% fee, so a baker cashing in £2,000 pays £60.", ()),
    Case("a bonus percentage: the amount plus it, right (en)", "en", "2046-08-01",
         "Residents who swap sterling get a 5% bonus, so someone changing £200 receives £210 in local money.", ()),
    Case("un pourcentage appliqué à un montant, puis ce qui est payé, juste (fr)", "fr", "2046-08-01",
         "Les commerces peuvent les reconvertir moyennant une commission de 3 % : un boulanger qui change 2 000 euros "
         "paie 60 euros.", ()),
    Case("a bill of the sentence before split per head, right (en)", "en", "2046-03-10",
         "The works will cost $3.1 million, of which $1.9 million comes from Quebec. For the 2,340 residents, the "
         "bill comes to about $1,300 per person, opponents say.", ()),
    Case("une facture de la phrase d'avant partagée par tête, juste (fr)", "fr", "2046-03-10",
         "Le chantier coûtera 3,1 millions de dollars, dont 1,9 million versé par Québec. Pour les 2 340 habitants, "
         "la facture représente environ 1 300 dollars par personne, rappellent les opposants.", ()),
    Case("what is left of a whole once a share of it is taken, right (en)", "en", "2046-05-04",
         "The shelter cost CHF 8.9 million. The canton is paying 60% of it, and the federal culture office and a "
         "private foundation are sharing the remaining CHF 3.6 million.", ()),
    Case("ce qui reste d'un tout une fois une part prise, juste (fr)", "fr", "2046-05-04",
         "L'abri a coûté 8,9 millions de francs. Le canton en paie 60 %, la Confédération et une fondation se "
         "partagent les 3,6 millions restants.", ()),
    Case("a named rate whose whole ends the sentence before, right (en)", "en", "2046-10-09",
         "The council had sent 12,000 invitation letters to households chosen at random. 1,180 residents "
         "volunteered, a response rate of nearly 10%.", ()),
    Case("un taux nommé dont le tout clôt la phrase d'avant, juste (fr)", "fr", "2046-10-09",
         "La mairie avait envoyé 12 000 lettres d'invitation à des foyers tirés au sort. 1 180 habitants se sont "
         "portés volontaires, soit un taux de réponse de près de 10 %.", ()),
    Case("a price per thing counted before, restated as a total 'in all', right (en)", "en", "2046-10-09",
         "The assembly's 60 members met over five weekends at the Corn Hall. Members were paid £150 for each weekend, "
         "or £750 each in all.", ()),
    Case("un prix par chose comptée avant, redit en total « au total », juste (fr)", "fr", "2046-10-09",
         "Les 60 membres de l'assemblée se sont réunis lors de cinq séances à la halle. Ils ont touché 150 euros pour "
         "chaque séance, soit 750 euros chacun au total.", ()),
    Case("an amount each set off by a comma after the count it splits, right (en)", "en", "2046-04-02",
         "The 12 trappers under contract to the county caught 410 beavers over the winter, about 34 each.", ()),
    Case("un nombre par tête après une virgule, juste (fr)", "fr", "2046-04-02",
         "Les 12 trappeurs sous contrat avec la MRC ont capturé 410 castors pendant l'hiver, environ 34 chacun.", ()),
    Case("a total of two groups put together by 'alongside', right (en)", "en", "2046-07-04",
         "Seven apprentices worked on the hull for four years alongside three master shipwrights, making a team of "
         "ten people.", ()),
    Case("un total de deux groupes réunis par « aux côtés de », juste (fr)", "fr", "2046-07-04",
         "Sept apprentis ont travaillé pendant quatre ans aux côtés de trois charpentiers de marine, soit une équipe "
         "de dix personnes.", ()),
    Case("a rate and the total it comes to over a duration, right (en)", "en", "2046-09-12",
         "Tuition at the boat school is C$13,900 a year, so a student who finishes the two-year diploma pays "
         "C$27,800 before tools.", ()),
    Case("un taux et le total qu'il donne sur une durée, juste (fr)", "fr", "2046-09-12",
         "L'école de charpente demande 13 900 dollars par an : un élève qui suit les deux années du diplôme "
         "débourse donc 27 800 dollars, sans les outils.", ()),
    Case("an amount added to another and the level it brings them to, right (en)", "en", "2046-06-01",
         "The new braiding hall will add 64 jobs to the 131 the firm already has in Corlis, taking its workforce "
         "there to 195.", ()),
    Case("un montant ajouté à un autre et le niveau auquel il les porte, juste (fr)", "fr", "2046-06-01",
         "Les 64 postes de la nouvelle halle s'ajouteront aux 131 que compte déjà l'entreprise à Corlis, portant "
         "ses effectifs sur place à 195.", ()),
    Case("a total said of 'these two' whose amounts the sentence lists, right (en)", "en", "2046-10-01",
         "The Tilleuls nursery can take up to 60 children and the Mail nursery 45: these two nurseries add 105 "
         "places for families in the centre.", ()),
    Case("un total dit de « ces deux » dont la phrase cite les montants, juste (fr)", "fr", "2046-10-01",
         "La crèche des Tilleuls peut recevoir jusqu'à 60 enfants, et celle du Mail, 45 : ces deux établissements "
         "apportent 105 places aux familles du centre-ville.", ()),
    Case("a share of one part of a whole split up to the rest, right (en)", "en", "2046-10-01",
         "The region is paying €2.1 million of the bill, roughly a third, and the state heritage fund €800,000; the "
         "town borrows the rest, €3.3 million.", ()),
    Case("une part d'un tout partagé jusqu'au reste, juste (fr)", "fr", "2046-10-01",
         "La région paie 2,1 millions d'euros de la facture, soit environ un tiers, et le fonds du patrimoine 800 000 "
         "euros ; la ville emprunte le reste, soit 3,3 millions d'euros.", ()),
    Case("a share of the sentence before's whole past a threshold qualifying a noun, right (en)", "en", "2046-08-01",
         "Since January 2044, 40 pharmacies have closed in the county. 18 of them were in villages of fewer than "
         "2,000 people, or 45% of the closures.", ()),
    Case("a change followed by its old level, the new one said the sentence before, right (en)", "en", "2046-08-01",
         "The fire has now burned 9,600 hectares, the fire service said on Saturday. The burned area has grown by "
         "about 50% in three days: it stood at only 6,400 hectares on Wednesday.", ()),
    Case("a utilisation rate of two amounts before it, right (en)", "en", "2046-10-01",
         "Last year the smelter produced 540,000 tonnes of aluminium for a capacity of 600,000 tonnes, a "
         "utilisation rate of 90%, short of the 95% management wanted.", ()),
    Case("un taux d'utilisation de deux montants avant lui, juste (fr)", "fr", "2046-10-01",
         "L'an dernier, l'usine a produit 540 000 tonnes d'aluminium pour une capacité de 600 000 tonnes, soit un "
         "taux d'utilisation de 90 %, loin des 95 % visés par la direction.", ()),
    Case("an amount restating a share of a whole counted paragraphs before, right (en)", "en", "2046-10-01",
         "The fibre network can now reach 180,000 homes, the operator said.\n\nCrews have laid 6,200 miles of cable "
         "since 2040.\n\nTake-up has been slow. Only 40% of the homes that can connect have signed up, or roughly "
         "72,000 households.", ()),
    Case("a total at a price a kilo of a harvest given the sentence before, right (en)", "en", "2046-10-01",
         "The chamber of agriculture puts the walnut harvest at 3,500 tonnes, against 2,700 last year.\n\nPaid "
         "€2.40 a kilo on average, these walnuts should fetch some €8.4m for the growers.", ()),
    Case("un total à un prix le kilo d'une récolte donnée la phrase d'avant, juste (fr)", "fr", "2046-10-01",
         "La chambre d'agriculture estime la récolte de noix à 3 500 tonnes, contre 2 700 l'an dernier.\n\nPayées "
         "2,40 euros le kilo en moyenne, ces noix devraient rapporter quelque 8,4 millions d'euros aux producteurs.",
         ()),
    Case("un total à un prix pièce de choses comptées la phrase d'avant, juste (fr)", "fr", "2046-10-01",
         "Ses 23 membres ont récolté 96 000 bottes de roseau.\n\nVendues 4,50 euros pièce, ces bottes ont "
         "rapporté environ 430 000 euros aux coupeurs.", ()),
    Case("a share of the harvest its sentence names far back, right (en)", "en", "2038-10-01",
         "The hop harvest of the Ashdene valley ended on a disappointing 1,480 tonnes, according to the final "
         "estimate. That is 430 tonnes less than the 1,910 tonnes of 2037. The valley's 64 growers farm 1,420 "
         "hectares of hop gardens. Elsewhere, the heatwave scorched the cones. Bittering varieties account for "
         "610 tonnes, or about 41% of the harvest.", ()),
    Case("une part de la récolte que sa phrase nomme loin en arrière, juste (fr)", "fr", "2038-10-01",
         "La récolte de houblon de la vallée d'Ashdene s'achève sur un bilan décevant : 1 480 tonnes, selon "
         "l'estimation définitive. C'est 430 tonnes de moins que les 1 910 tonnes de 2037. Les 64 producteurs "
         "de la vallée cultivent 1 420 hectares de houblonnières. Ailleurs, la canicule a grillé les cônes. "
         "Les variétés amères représentent 610 tonnes, soit environ 41 % de la récolte.", ()),
    Case("a count from other groups is no product of groups and their size (en)", "en", "2042-07-05",
         "The national speed-skating championships ended on Sunday. They brought together 412 skaters from 58 "
         "clubs, or about seven athletes per club, on the new 250-metre track.", ()),
    Case("un nombre venu d'autres groupes n'est pas un produit de groupes et de leur taille (fr)", "fr",
         "2042-07-05",
         "Les championnats nationaux de roller de vitesse se sont achevés dimanche. Ils ont réuni 412 patineurs "
         "venus de 58 clubs, soit environ sept athlètes par club, sur le nouvel anneau de 250 mètres.", ()),
    Case("a share of the total its sentence names far back, right (en)", "en", "2033-04-01",
         "The departmental council adopted a €1.26bn budget for this year on 24 March. To pay for it, the "
         "council will take on new loans of €74m, adding to debts of €842m. Social spending keeps rising. The "
         "budget sets aside €214m for the RSA minimum income, about a sixth of the total.", ()),
    Case("une part du total que sa phrase nomme loin en arrière, juste (fr)", "fr", "2033-04-01",
         "Le conseil départemental a adopté le 24 mars un budget de 1,26 milliard d'euros. Pour le financer, "
         "il contractera 74 millions d'euros de nouveaux emprunts, qui s'ajoutent à une dette de 842 millions. "
         "Les dépenses sociales continuent de grimper. Le budget consacre 214 millions d'euros au RSA, soit "
         "environ un sixième du total.", ()),
    Case("a share pointing back at a part 'of that' past a conversion, right (en)", "en", "2035-05-01",
         "Its 58 member growers farm 212 hectares (about 524 acres) under glass, and 39 hectares of that stayed "
         "empty from December to March. That is nearly a fifth of the cooperative's area.", ()),
    Case("une part qui renvoie à une partie « de celle-ci » après une conversion, juste (fr)", "fr", "2035-05-01",
         "Ses 58 adhérents cultivent 212 hectares (environ 524 acres) sous serre, et 39 hectares de celle-ci sont "
         "restés vides de décembre à mars. Cela représente près d'un cinquième de la surface de la coopérative.", ()),
    Case("an amount a head of a count its subject names earlier, right (en)", "en", "2031-02-01",
         "Ketterley's Christmas market drew 1.26 million visits this winter, the business district said. That is "
         "a record.\n\nVisitors spent £47m in the city centre while the market was open, or about £37 a head.", ()),
    Case("un montant par tête d'un nombre que son sujet nomme plus haut, juste (fr)", "fr", "2031-02-01",
         "Le marché de Noël de Ketterley a attiré 1,26 million de visiteurs cet hiver. C'est un record.\n\nLes "
         "visiteurs ont dépensé 47 millions de livres dans le centre-ville, soit environ 37 livres par tête.", ()),
    Case("the time a change took is no level it reached (en)", "en", "2027-07-01",
         "The paper now sells only 12,900 copies a day on average, against 14,200 in the second half of 2026, a "
         "fall of 9% in six months.", ()),
    Case("la durée d'une variation n'est pas le niveau atteint (fr)", "fr", "2027-07-01",
         "Le journal ne vend plus que 12 900 exemplaires par jour en moyenne, contre 14 200 au second semestre "
         "2026, soit une baisse de 9 % en six mois.", ()),
    Case("a change opening with 'with a jump of' and the time it took, right (en)", "en", "2024-02-01",
         "The port of Saint-Aurèle handled 2.84 million containers in 2023, against 2.51 million in 2022, its "
         "management said on Tuesday. With a jump of 13% in a year, no other French port grew as fast.", ()),
    Case("une variation ouverte par « avec un bond de » et sa durée, juste (fr)", "fr", "2024-02-01",
         "Le port de Saint-Aurèle a traité 2,84 millions de conteneurs en 2023, contre 2,51 millions en 2022, a "
         "annoncé mardi sa direction. Avec un bond de 13 % sur un an, aucun autre port français n'a connu une "
         "telle croissance.", ()),
    Case("parts restated as a team of their total, right (en)", "en", "2040-06-01",
         "The new hut will have 46 beds and will be run by four permanent wardens and seven seasonal ones, making "
         "a team of 11 people in summer.", ()),
    Case("des parties reprises en une équipe de leur total, juste (fr)", "fr", "2040-06-01",
         "Le nouveau refuge offrira 46 lits et sera tenu par quatre gardiens permanents et sept saisonniers, soit"
         " une équipe de 11 personnes pendant l'été.", ()),
    Case("a level and an addition bringing it to a total, right (en)", "en", "2041-09-01",
         "The karting firm, which had £19 million of revenue in 2041, has 85 staff and promises 30 hires, "
         "bringing the workforce to 115.", ()),
    Case("un niveau et un ajout qui le portent à un total, juste (fr)", "fr", "2041-09-01",
         "L'entreprise, qui a réalisé 19 millions de livres de chiffre d'affaires en 2041, compte 85 salariés et "
         "promet 30 embauches : l'effectif passerait à 115 personnes.", ()),
    Case("a part on top of the sentence before's and their total, right (en)", "en", "2042-05-01",
         "The fire consumed 1,800 tonnes (about 4 million lb) of oak and Douglas fir logs. Another 650 tonnes of "
         "sawn boards waiting to be shipped also went up in flames, nearly 2,500 tonnes of timber in all.", ()),
    Case("une partie qui s'ajoute à celle de la phrase d'avant et leur total, juste (fr)", "fr", "2042-05-01",
         "L'incendie a détruit 1 800 tonnes de grumes de chêne et de douglas. S'y ajoutent 650 tonnes de planches"
         " qui attendaient d'être expédiées, soit près de 2 500 tonnes de bois au total.", ()),
    Case("a multiplier of paces comparing two percentages, right (en)", "en", "2031-10-01",
         "Egg prices were 27% higher in August than a year earlier, while food as a whole rose only 3.4%. In "
         "other words, eggs are getting dearer eight times as fast as the rest of the shopping basket.", ()),
    Case("un multiplicateur de rythmes qui compare deux pourcentages, juste (fr)", "fr", "2031-10-01",
         "À magasins comparables, la progression n'est que de 3,1 %. Le site en ligne a pesé 310 millions "
         "d'euros, avec des ventes en hausse de 6,2 %, soit deux fois le rythme des magasins.", ()),
    Case("a multiplier set off after the two amounts it compares, right (en)", "en", "2039-06-01",
         "The 1,000-watt halogen lamp has been replaced by a 90-watt LED, or eleven times less power, for an "
         "unchanged range of 33 km.", ()),
    Case("un multiplicateur après les deux montants qu'il compare, juste (fr)", "fr", "2039-06-01",
         "La lampe halogène de 1 000 watts a été remplacée par une lampe LED de 90 watts, soit une consommation "
         "onze fois moindre, pour une portée inchangée de 33 km.", ()),
    Case("a multiplying change since a time whose clause gives the base, right (en)", "en", "2033-06-01",
         "The council voted to end the scheme, and the 2,600 scooters run by three private operators will be "
         "banned from the city's streets. It is a sharp turn for a city that embraced them. The fleet has "
         "tripled since 2031, when it numbered 870 machines.", ()),
    Case("un changement multiplicatif depuis une date dont la proposition donne la base, juste (fr)", "fr",
         "2033-06-01",
         "Le conseil a voté la fin du dispositif : les 2 600 trottinettes de trois opérateurs privés seront "
         "bannies des rues. C'est un virage pour une ville qui les avait adoptées. La flotte a triplé depuis "
         "2031, quand elle en comptait 870.", ()),
    Case("a share whose part is named back two sentences before, right (en)", "en", "2041-03-01",
         "Pellmart will close 27 of its 318 stores and cut 1,150 jobs, the grocer confirmed. The closures will "
         "begin next month. The job losses amount to about 5.5% of a workforce of more than 21,000, the union "
         "said.", ()),
    Case("une part dont la partie est nommée deux phrases plus haut, juste (fr)", "fr", "2041-03-01",
         "Pellmart va fermer 27 de ses 318 magasins et supprimer 1 150 postes, a confirmé l'enseigne. Les "
         "fermetures commenceront le mois prochain. Les suppressions de postes représentent environ 5,5 % d'un "
         "effectif de plus de 21 000 salariés, selon le syndicat.", ()),
    Case("a share whose sentence names nothing counted before has no part there (en)", "en", "2041-03-01",
         "Pellmart will close 27 of its 318 stores and cut 1,150 jobs, the grocer confirmed. Part-time staff make "
         "up about 8% of a workforce of more than 21,000, the union said.", ()),
    Case("an amount set off after a share and closed by a total cue, right (en)", "en", "2034-08-01",
         "According to the prefecture, 9,450 people reached the island by sea between January and June. 18% of "
         "them were unaccompanied minors, about 1,700 children in all.", ()),
    Case("un montant après une part, clos par un mot de total, juste (fr)", "fr", "2034-08-01",
         "Selon la préfecture, 9 450 personnes ont rejoint l'île par la mer entre janvier et juin. 18 % d'entre "
         "elles étaient des mineurs non accompagnés, environ 1 700 enfants au total.", ()),
    Case("a share of the sentence before's amount, not of its past value, right (en)", "en", "2043-03-01",
         "Turnover reached £8.7 million in 2042, up from £7.1 million a year earlier. Exports to France and the "
         "Gulf brought in £3.3 million, or about 38% of sales.", ()),
    Case("une part du montant de la phrase d'avant, pas de sa valeur passée, juste (fr)", "fr", "2043-03-01",
         "Le chiffre d'affaires a atteint 8,7 millions de livres en 2042, contre 7,1 millions un an plus tôt. Les "
         "exportations vers la France et le Golfe ont rapporté 3,3 millions de livres, soit environ 38 % des "
         "ventes.", ()),
    Case("a share of them after a threshold, of the sentence before's whole, right (en)", "en", "2035-03-01",
         "Since January 2034, 46 pharmacies have closed in Brackenshire, the county's pharmacy council says. 19 of "
         "them were in villages of fewer than 2,000 people, or 41%.", ()),
    Case("une part d'entre elles après un seuil, du tout de la phrase d'avant, juste (fr)", "fr", "2035-03-01",
         "Depuis janvier 2034, 46 officines ont fermé dans le Brackenshire, selon le conseil de la pharmacie du "
         "comté. 19 d'entre elles se trouvaient dans des villages de moins de 2 000 habitants, soit 41 %.", ()),
    Case("a total of things at an amount each, right (en)", "en", "2041-10-01",
         "Since the season opened, forest officers have written 312 on-the-spot fines of €135 each, more than "
         "€42,000 in total.", ()),
    Case("un total de choses à un montant chacune, juste (fr)", "fr", "2041-10-01",
         "Depuis l'ouverture de la saison, les agents ont dressé 312 amendes de 135 euros chacune, soit plus de "
         "42 000 euros au total.", ()),
    Case("an average restating the amount of the sentence before, right (en)", "en", "2033-10-01",
         "The city added 600 seats in a new north stand. The council voted for the extension at a cost of €1.85 "
         "million, against €1.48 million for the new roof. That works out at about €3,100 per new seat.", ()),
    Case("une moyenne qui reprend le montant de la phrase d'avant, juste (fr)", "fr", "2033-10-01",
         "La ville y consacre 6,3 millions d'euros par an. Cette saison, 3 300 arbres doivent être mis en terre, "
         "soit environ 1 900 euros par arbre, arrosage compris.", ()),
    Case("an average not set off as a restatement divides nothing of the sentence before (en)", "en", "2033-10-01",
         "The festival cost €2m to stage. The 5,000 visitors spent €32 on average at the stalls.", ()),
    Case("une moyenne qui ne reprend rien ne divise pas le montant de la phrase d'avant (fr)", "fr", "2033-10-01",
         "Le festival a coûté 2 millions d'euros. Les 5 000 visiteurs ont dépensé 32 euros en moyenne sur les "
         "stands.", ()),
    Case("the rest of a whole given with its past value and its change, right (en)",
         "en", "2043-05-01",
         "The club now has 412 licensed members, up from 356 in October, 56 more in a single season. Of its "
         "members, 131 are women and girls, and the other 281 are men and boys.", ()),
    Case("le reste d'un tout donné avec sa valeur passée et sa variation, juste (fr)",
         "fr", "2043-05-01",
         "Le club compte désormais 412 licenciés, contre 356 en octobre, soit 56 de plus en une saison. Parmi eux,"
         " 131 sont des femmes et des filles, et les 281 autres des hommes et des garçons.", ()),
    Case("a fraction of change closing its sentence is no share (en)", "en", "2041-03-01",
         "In 2040 the caves drew 236,000 visitors. With the cap, they can take only 162,000, or nearly a third "
         "fewer.", ()),
    Case("une fraction de variation en fin de phrase n'est pas une part (fr)", "fr", "2041-03-01",
         "En 2040, le site avait reçu 236 000 visiteurs. Avec la jauge, il ne pourra plus en recevoir que 162 000, "
         "soit près d'un tiers de moins.", ()),
    Case("the rest of a whole split in the sentence before, right (en)",
         "en", "2031-03-01",
         "The court approved the takeover of the Maubrac cutlery by Ferrolis, which keeps 97 of the 146 staff. The"
         " other 49 will be laid off.", ()),
    Case("le reste d'un tout partagé dans la phrase d'avant, juste (fr)",
         "fr", "2031-03-01",
         "Le tribunal a validé la reprise de la coutellerie Maubrac par Ferrolis, qui conserve 97 des 146 "
         "salariés. Les 49 autres seront licenciés.", ()),
    Case("the rest of a whole and a part of its own sentence, right (en)",
         "en", "2031-03-01",
         "Of the centre's 86 staff, 31 lifeguards and instructors have moved to the Kingsmere baths, and the other"
         " 55 are on paid leave.", ()),
    Case("le reste d'un tout et d'une partie de sa phrase, juste (fr)",
         "fr", "2031-03-01",
         "Sur les 86 agents du centre, 31 maîtres-nageurs ont rejoint la piscine de Kingsmere, et les 55 autres "
         "sont en congé payé.", ()),
    Case("a change noun and a verb, after a time, pointing back, right (en)", "en", "2026-07-01",
         "There are now 102,300 cross-border commuters, against 98,600 at the end of 2025. In six months, the rise"
         " reaches 4%, a pace nobody expected.", ()),
    Case("un nom de variation et un verbe, après une durée, renvoyant à la phrase d'avant, juste (fr)", "fr",
         "2026-07-01",
         "Ils sont désormais 102 300 à passer la frontière chaque jour, contre 98 600 fin 2025. En six mois, la "
         "hausse atteint 4 %, un rythme que personne n'avait prévu.", ()),
    Case("a share 'of the total' two sentences after the total, right (en)", "en", "2041-06-01",
         "The auction of 5G frequencies raised €2.84bn, the regulator said, well over the €1.2bn reserve price. "
         "Bidding ended last week after 173 rounds. The incumbent Telvara paid €1.07bn, more than a third of the "
         "total, and came away with three blocks.", ()),
    Case("une part « du total » deux phrases après le total, juste (fr)", "fr", "2041-06-01",
         "Les enchères des fréquences 5G ont rapporté 2,84 milliards d'euros, bien au-delà du prix de réserve de "
         "1,2 milliard. Les offres se sont arrêtées la semaine dernière après 173 tours. L'opérateur historique "
         "Telvara a payé 1,07 milliard d'euros, soit plus du tiers du total, pour trois blocs.", ()),
    Case("a share naming its whole two sentences back before an aside, right (en)", "en", "2041-06-01",
         "The container ship lost 146 boxes in the storm. It was waiting to enter port. So far 38 containers have "
         "been found, more than a quarter of the boxes lost overboard, the coastguard says.", ()),
    Case("une part qui nomme son tout deux phrases plus haut, avant une incise, juste (fr)", "fr", "2041-06-01",
         "Le porte-conteneurs a perdu 146 boîtes dans la tempête. Le navire attendait son tour pour entrer au "
         "port. À ce jour, 38 conteneurs ont été retrouvés, soit plus d'un quart des boîtes tombées à la mer, "
         "selon les gardes-côtes.", ()),
    Case("a share said of its whole with no 'of', right (en)", "en", "2041-03-01",
         "The chain is closing 41 of its 118 salons, about a third of the network, and cutting 260 jobs.", ()),
    Case("une part de tout le réseau, juste (fr)", "fr", "2041-03-01",
         "L'enseigne ferme 41 de ses 118 salons, environ un tiers du réseau, et supprime 260 emplois.", ()),
    Case("a share naming a whole given earlier in its sentence, right (en)", "en", "2041-03-01",
         "The fire service attended 1,460 house fires last year, and in 390 cases the blaze started in a kitchen: "
         "more than a quarter of all fires.", ()),
    Case("une part qui nomme un tout donné plus tôt dans sa phrase, juste (fr)", "fr", "2041-03-01",
         "Les pompiers sont intervenus sur 1 460 incendies domestiques l'an dernier, et dans 390 cas le feu avait "
         "pris dans une cuisine : plus du quart des incendies.", ()),
    Case("a share set off after a part whose whole the sentence gave before it, right (en)", "en", "2041-03-01",
         "The county counts 270 villages; 46 still have no fibre line, about one in six.", ()),
    Case("une part après une partie dont la phrase a donné le tout, juste (fr)", "fr", "2041-03-01",
         "Le département compte 270 communes ; 46 n'ont toujours aucune prise, soit environ une sur six.", ()),
    Case("a share after a whole given 'out of' a part far before it, right (en)", "en", "2041-03-01",
         "According to the mayors, 46 villages still have no fibre line, out of the 270 in the county, about one "
         "in six.", ()),
    Case("une part après un tout « sur les » d'une partie donnée loin avant, juste (fr)", "fr", "2041-03-01",
         "Selon les maires, 46 communes n'ont toujours aucune prise, sur les 270 que compte le département, soit "
         "environ une sur six.", ()),
    Case("an amount of change pointing back against a base a clause gives, right (en)", "en", "2041-10-01",
         "The Dunmore harvest festival drew 214,000 visitors over its four days, the organisers said. That is "
         "26,000 more than in 2040, when 188,000 people came through the gates.", ()),
    Case("un écart qui renvoie à la phrase d'avant contre une base donnée par une proposition, juste (fr)", "fr",
         "2041-10-01",
         "La fête des vendanges de Dunmore a attiré 214 000 visiteurs en quatre jours. C'est 26 000 de plus "
         "qu'en 2040, quand 188 000 personnes avaient franchi les grilles.", ()),
    Case("groups of a size and their total, right (en)", "en", "2033-03-03",
         "Organisers had lined up 22 teams of seven riders, 154 starters in all.", ()),
    Case("a speed that fits the distance and the duration (en)", "en", "2033-03-03",
         "The tornado stayed on the ground for 22 minutes and travelled 11 miles, or about 30 mph.", ()),
    Case("une vitesse conforme à la distance et à la durée (fr)", "fr", "2033-03-03",
         "La tornade est restée au sol 22 minutes et a parcouru 18 km, soit une vitesse de près de 50 km/h.", ()),
    Case("an amount each of a whole in another unit of its dimension, right (en)", "en", "2046-09-10",
         "The 38 growers sold 3.2 tonnes of black truffles, or about 84 kilos each.", ()),
    Case("un montant chacun d'un total dans une autre unité de sa dimension, juste (fr)", "fr", "2046-09-10",
         "Les 38 producteurs ont vendu 3,2 tonnes de truffes noires, soit environ 84 kilos chacun.", ()),
    Case("hours logged 'between them' and the hours each, right (en)", "en", "2046-03-19",
         "Its 23 lacemakers logged 14,500 hours between them, roughly 630 hours each, spread over 18 months.", ()),
    Case("a share of the first figure of its sentence, not of one the sentence before, right (en)", "en",
         "2046-05-21",
         "Korrigan des Landes cleared the last of the 28 fences three lengths clear. Eighteen horses went to post "
         "on heavy ground, and only seven finished, fewer than half of the field.", ()),
    Case("une part du premier chiffre de sa phrase, pas d'un chiffre de la phrase d'avant, juste (fr)", "fr",
         "2046-05-21",
         "Korrigan des Landes a franchi le dernier des 28 obstacles avec trois longueurs d'avance. Dix-huit chevaux "
         "ont pris le départ sur un terrain lourd, et seuls sept ont terminé, moins de la moitié du peloton.", ()),
    Case("the remaining amount of a total given the sentence before, its parts in its own sentence (en)", "en",
         "2046-10-01",
         "The building cost C$4.7 million. Quebec's government paid C$1.9 million and the town C$1.2 million; the "
         "club borrowed the remaining C$1.6 million from a local credit union.", ()),
    Case("le reste d'un total donné la phrase d'avant, ses parts dans sa propre phrase (fr)", "fr", "2046-10-01",
         "Le bâtiment a coûté 4,7 millions de dollars canadiens. Québec a versé 1,9 million et la ville 1,2 million ; "
         "le club a emprunté les 1,6 million restants auprès d'une caisse populaire.", ()),
    Case("what a council had to find of a cost given the sentence before, once a grant is taken, right (en)", "en",
         "2046-04-10",
         "Building the bore and the standpipe cost A$3.1 million. With A$2.2 million coming from the federal "
         "drought fund, the council had to find A$900,000 from its own reserves.", ()),
    Case("ce que la commune a dû trouver d'un coût donné la phrase d'avant, une fois la subvention comptée, juste "
         "(fr)", "fr", "2046-04-10",
         "Le forage et la borne de puisage ont coûté 3,1 millions de dollars australiens. Avec 2,2 millions venus "
         "du fonds fédéral contre la sécheresse, la commune a dû trouver 900 000 dollars dans ses réserves.", ()),
    Case("a rise from a level set off by a longer clause to the level of the sentence before, right (en)", "en",
         "2046-07-10",
         "Since work began in December, villagers have dug 14,200 crescent-shaped pits into the crusted ground. There "
         "were 9,500 in February, so the count rose by 50% in the last hot weeks before the rains.", ()),
    Case("une hausse depuis un niveau suivi d'une proposition plus longue vers celui de la phrase d'avant, juste (fr)",
         "fr", "2046-07-10",
         "Depuis le début des travaux en décembre, les villageois ont creusé 14 200 demi-lunes dans le sol durci. Il "
         "y en avait 9 500 en février, le nombre a donc augmenté de 50 % pendant les dernières semaines chaudes.", ()),
    Case("a share set off six words after its part, of a length the sentence before gives, right (en)", "en",
         "2046-07-10",
         "The channel winds for 9.2 km along the mountainside. Only the stretch that was swept away, 1.2 km, has "
         "been rebuilt in masonry, about an eighth of the route.", ()),
    Case("une part séparée de sa partie par six mots, d'une longueur donnée la phrase d'avant, juste (fr)", "fr",
         "2046-07-10",
         "Le canal serpente sur 9,2 km à flanc de montagne. Seul le tronçon emporté, 1,2 km, a été rebâti en "
         "maçonnerie, soit environ un huitième du tracé.", ()),
    Case("a round trip twice the way there, in another unit and hedged, right (en)", "en", "2046-07-10",
         "The hut stands 4 miles from the road end, a round trip of about 13 km that most walkers do in a day.", ()),
    Case("un aller-retour double de l'aller, juste (fr)", "fr", "2046-07-10",
         "Avant l'antenne, les familles roulaient 62 km jusqu'au relais le plus proche pour téléphoner, soit un "
         "aller-retour de 124 km.", ()),
    Case("what a grant 'left' to find of a cost given the sentence before, right (en)", "en", "2046-07-10",
         "The restoration cost NZ$14,500. A West Coast community trust gave NZ$9,000, which left NZ$5,500 to find "
         "from quiz nights and a sausage sizzle.", ()),
    Case("ce qu'une subvention « laissait » à trouver d'un coût donné la phrase d'avant, juste (fr)", "fr",
         "2046-07-10",
         "La restauration a coûté 14 500 dollars néo-zélandais. Une fondation de la côte Ouest a donné 9 000 "
         "dollars, ce qui laissait 5 500 dollars à trouver par des soirées quiz.", ()),
    Case("how many things a sum buys at a price per thing, right (en)", "en", "2046-07-10",
         "He is paid CHF 80 a cry, and the council has set aside CHF 9,600 for the year, enough for 120 cries.", ()),
    Case("combien de choses une somme paie à un prix par chose, juste (fr)", "fr", "2046-07-10",
         "Il touche 80 francs par criée, et la commune a prévu 9 600 francs pour l'année, de quoi payer 120 "
         "criées.", ()),
    Case("a sum enough for other things than the price is for (en)", "en", "2046-07-10",
         "He is paid CHF 80 a cry, and the council has set aside CHF 9,600 for the year, enough for 40 new "
         "uniforms.", ()),
    Case("a stay's price restated right after the price a night, right (en)", "en", "2046-07-10",
         "Visitors pay 18,000 CFA francs a night with half board, or 54,000 francs for a three-night stay.", ()),
    Case("le prix d'un séjour redit juste après le prix de la nuit, juste (fr)", "fr", "2046-07-10",
         "Les touristes paient 18 000 francs CFA la nuit en demi-pension, soit 54 000 francs pour un séjour de "
         "trois nuits.", ()),
    Case("a rise set off by a colon after an earlier record, to the price of the sentence before, right (en)", "en",
         "2046-09-10",
         "A bathing box at Pelican Point sold for $455,000 on Saturday. The previous record, set in February, was "
         "$395,000: a rise of 15% in six months.", ()),
    Case("une hausse après deux-points depuis un ancien record, vers le prix de la phrase d'avant, juste (fr)", "fr",
         "2046-09-10",
         "Une cabine de plage de Pelican Point a été vendue 455 000 dollars samedi. Le précédent record, établi en "
         "février, était de 395 000 dollars : la hausse atteint 15 % en six mois.", ()),
    Case("a distance a week made of a round walked a number of times a week, right (en)", "en", "2046-07-10",
         "His 2.4 km round, which he walks four times a week, takes him nearly 10 km a week.", ()),
    Case("une distance par semaine faite d'une tournée répétée, juste (fr)", "fr", "2046-07-10",
         "Sa tournée de 2,4 km, qu'il fait quatre fois par semaine, lui fait parcourir près de 10 km par semaine.",
         ()),
    Case("a number of times in another period than the amount's (en)", "en", "2046-07-10",
         "His 2.4 km round, which he walks three times a day, takes him nearly 10 km a week.", ()),
    Case("a past value before a difference is no level of it (en)", "en", "2046-05-01",
         "The share offer closed with £538,000 from 1,870 members. That was up from £412,000 in early March, and "
         "£88,000 more than the £450,000 the organisers had asked for.", ()),
    Case("une valeur passée avant un écart n'en est pas le niveau (fr)", "fr", "2046-05-01",
         "L'offre de parts a réuni 538 000 livres sterling auprès de 1 870 membres. C'est en hausse par rapport aux "
         "412 000 livres de début mars, et 88 000 livres de plus que les 450 000 livres demandées.", ()),
    Case("a rate over the duration the sentence before gives, right (en)", "en", "2046-04-24",
         "The Sablanville kite festival ended on Sunday after nine days of displays and contests. Some 385,000 "
         "visitors walked the beach, or more than 40,000 a day.", ()),
    Case("un rythme sur la durée que donne la phrase d'avant, juste (fr)", "fr", "2046-04-24",
         "Les Rencontres du cerf-volant de Sablanville se sont achevées dimanche, après neuf jours de démonstrations. "
         "Quelque 385 000 visiteurs ont arpenté la plage, soit plus de 40 000 par jour.", ()),
    Case("a rate a minute of an amount over the one duration of its sentence, right (en)", "en", "2046-07-05",
         "The 26-minute display sent 22,500 shells into the sky from eight barges moored off Pier 9, some 860 a "
         "minute.", ()),
    Case("un rythme à la minute d'un total sur la seule durée de sa phrase, juste (fr)", "fr", "2046-07-05",
         "Le spectacle de 26 minutes a envoyé 22 500 bombes dans le ciel depuis huit barges, quelque 860 à la "
         "minute.", ()),
    Case("an amount each of a group counted right before ', each', right (en)", "en", "2046-07-16",
         "In 26 minutes, 22,500 shells were fired from six barges, each loaded with about 3,750 shells.", ()),
    Case("un montant par élément d'un groupe compté juste avant « , chacune », juste (fr)", "fr", "2046-07-16",
         "En 26 minutes, 22 500 bombes ont été tirées depuis six barges, chacune chargée d'environ 3 750 bombes.",
         ()),
    Case("a change from a level to the one reached 'then', right (en)", "en", "2046-05-10",
         "The Montclaret funicular carried 96,400 passengers in its first month, then 112,000 in April, a rise of "
         "16%.", ()),
    Case("une variation d'un niveau à celui atteint « puis », juste (fr)", "fr", "2046-05-10",
         "La régie a compté 96 400 voyages pendant le premier mois du funiculaire, puis 112 000 en avril, soit une "
         "progression de 16 %.", ()),
    Case("a speed over a duration in minutes and seconds, right (en)", "en", "2046-05-21",
         "The winner covered the 5,800 metres in 8 minutes 20 seconds, an average of 41.8 km/h, well short of the "
         "course record.", ()),
    Case("une vitesse sur une durée en minutes et secondes, juste (fr)", "fr", "2046-05-21",
         "Le vainqueur a couvert les 5 800 mètres en 8 minutes et 20 secondes, soit une moyenne de 41,8 km/h, loin "
         "du record de l'épreuve.", ()),
    Case("an amount for each of a group counted sentences before, right (en)", "en", "2033-03-03",
         "The chamber of agriculture says some 640 growers were hit. It expects a poor harvest. The regional "
         "council has released €5m in emergency aid, which works out at under €8,000 for each of the growers "
         "affected.", ()),
    Case("pay by the hour is not restated over every hour of the week (en)", "en", "2033-03-03",
         "Agency nurses earn £20 an hour, or £800 a week, the union said.", ()),
    Case("un salaire horaire n'est pas reporté sur toutes les heures de la semaine (fr)", "fr", "2033-03-03",
         "Les infirmières intérimaires gagnent 20 euros de l'heure, soit 800 euros par semaine, selon le syndicat.",
         ()),
    Case("a share given as a rate, right (en)", "en", "2033-03-03",
         "Of the 5,800 pitches around the lake, about 4,350 were taken on an average night, an occupancy rate of "
         "75%.", ()),
    Case("a change from the level of the sentence before, right (en)", "en", "2031-03-03",
         "The film opened on 780 screens in France. By its third week it was showing on 1,040, an increase of 33%, "
         "as word of mouth spread.", ()),
    Case("une variation depuis le niveau de la phrase précédente, juste (fr)", "fr", "2031-03-03",
         "Il y a un an, en juillet, la boîte de douze œufs coûtait 2,90 euros. Elle se vend aujourd'hui 3,25 euros, "
         "soit une hausse de 12 %.", ()),
    Case("a level of something else in the sentence before is no start of the change (en)", "en", "2031-03-03",
         "The bakery sold 780 loaves on Saturday. Its rival down the road sold 1,040 cakes, an increase of 12%.", ()),
    Case("a share pointing back takes the level, not its past value (en)", "en", "2026-09-01",
         "Dieback has now spread to 1,070 hectares of lavender, up from 820 in May. That is almost a third of the "
         "3,400 hectares planted on the plateau.", ()),
    Case("a bare figure a day that fits the litres over days (en)", "en", "2046-03-21",
         "In its first five days, the reopened station sold 9,800 litres of fuel, about 2,000 a day, and served "
         "about 300 drivers a day.", ()),
    Case("un nombre nu par jour qui correspond aux litres sur des jours (fr)", "fr", "2046-03-21",
         "En quatre jours, la station rouverte a vendu 7 200 litres de carburant, soit environ 1 800 par jour.", ()),
    Case("parts that make 'a total investment of' after them (en)", "en", "2046-03-01",
         "The co-op paid C$650,000 for the station and spent C$280,000 on the works, a total investment of "
         "C$930,000.", ()),
    Case("des parties qui font « un investissement total de » (fr)", "fr", "2046-03-01",
         "La coopérative a payé la station 650 000 dollars canadiens et consacré 280 000 dollars aux travaux, soit "
         "un investissement total de 930 000 dollars.", ()),
    Case("a bare amount each that fits the hours a group logged (en)", "en", "2046-05-01",
         "The station has only three paid staff; the rest is done by its 58 volunteers, who logged about 9,000 "
         "hours last year, or roughly 150 each.", ()),
    Case("un nombre nu chacun qui correspond aux heures données par un groupe (fr)", "fr", "2046-05-01",
         "La radio n'a que trois salariés ; le reste est assuré par ses 58 bénévoles, qui ont donné environ 9 000 "
         "heures l'an dernier, soit à peu près 150 chacun.", ()),
    Case("an average per a noun no count names that fits a count of the sentence before (en)", "en", "2046-10-01",
         "The race had 11,200 registered runners, and 11,084 crossed the line on the quay. Its budget of "
         "€2.3m works out at about €210 per finisher, a cost the organisers say is in line with other "
         "marathons.", ()),
    Case("une moyenne par un nom qu'aucun nombre ne compte, juste pour un nombre de la phrase d'avant (fr)", "fr",
         "2046-10-01", "La course comptait 11 200 coureurs inscrits, et 11 084 ont franchi la ligne sur le quai. "
         "Son budget de 2,3 millions d'euros revient à environ 210 euros par finisseur, un coût dans la moyenne selon "
         "les organisateurs.", ()),
    Case("a price per barrel that fits the barrels of the sentence before (en)", "en", "2046-04-01",
         "Investigators say 3,610 barrels were emptied over the weeks. The haul, about 870 tonnes of syrup, "
         "is valued at C$2.9 million, or about C$800 a barrel.", ()),
    Case("un prix le baril qui correspond aux barils de la phrase d'avant (fr)", "fr", "2046-04-01",
         "Selon les enquêteurs, 3 610 barils ont été vidés au fil des semaines. Le butin, environ 870 tonnes "
         "de sirop, est estimé à 2,9 millions de dollars canadiens, soit environ 800 dollars le baril.", ()),
    Case("an average per thing that fits a bare count before it (en)", "en", "2046-07-15",
         "The ship is the first of six ordered in March under a contract worth €1.05bn, or about €175m per "
         "vessel.", ()),
    Case("une moyenne par objet qui correspond à un nombre nu avant elle (fr)", "fr", "2046-07-15",
         "Le navire est le premier des six commandés en mars dans le cadre d'un contrat de 1,05 milliard "
         "d'euros, soit environ 175 millions par bâtiment.", ()),
    Case("a difference after its noun that fits a level two sentences before (en)", "en", "2046-08-30",
         "Gusts kept the 412 balloons entered this year on the ground. The meet, which opened on Saturday, "
         "keeps growing. This year's field is 41 balloons larger than the 371 that flew in 2039.", ()),
    Case("un écart après son nom juste pour un niveau deux phrases avant (fr)", "fr", "2046-08-30",
         "Les rafales ont cloué au sol les 412 montgolfières inscrites cette année. La fête, ouverte samedi, "
         "ne cesse de grandir. Le plateau compte cette année 41 montgolfières de plus que les 371 venues en "
         "2039.", ()),
    Case("'over the' after a count's noun says when, no difference (en)", "en", "2046-04-01",
         "The 12 trappers under contract to the county caught 410 beavers over the winter season, about 34 each.",
         ()),
    Case("a total after a price a piece that fits (en)", "en", "2046-05-10",
         "The stall in the school yard sold 2,100 sandwiches at €4 apiece, €8,400 that will pay for a school trip to "
         "the sea.", ()),
    Case("un total après un prix à la pièce qui tombe juste (fr)", "fr", "2046-05-10",
         "Le stand de la cour d'école a vendu 2 100 sandwichs à 4 euros pièce, soit 8 400 euros qui paieront une "
         "sortie scolaire à la mer.", ()),
    Case("a count at a time of day and a later amount are no product (en)", "en", "2046-05-10",
         "The 2,100 runners set off at 9, and the stall took €9,400 by noon.", ()),
    Case("a share after a colon that fits a part among those of the sentence before (en)", "en", "2046-03-01",
         "Its optometrists carried out 4,180 eye examinations in 2045. Of those examined, 212 were sent on to the "
         "hospital eye clinic with suspected glaucoma: roughly one in twenty.", ()),
    Case("une part « parmi les » patients de la phrase d'avant qui tombe juste (fr)", "fr", "2046-03-01",
         "Ses optométristes ont réalisé 4 180 examens de la vue en 2045. Parmi les patients examinés, 212 ont été "
         "adressés à la clinique ophtalmologique de l'hôpital, soit environ un sur vingt.", ()),
    Case("an addition bringing a level said sentences before to its total (en)", "en", "2046-03-20",
         "Last year the co-op delivered 38,200 hot meals to 312 older people. A meal costs the client €6.50. "
         "Keane expects the weekend service to add about 9,000 meals a year, bringing the annual total to more "
         "than 47,000.", ()),
    Case("un ajout qui porte un niveau dit plus tôt à son total (fr)", "fr", "2046-03-20",
         "L'an dernier, la coopérative a livré 38 200 repas chauds à 312 personnes âgées. Un repas coûte 6,50 "
         "euros. Le service du week-end devrait ajouter environ 9 000 repas par an, portant le total annuel à "
         "plus de 47 000.", ()),
    Case("a rate a year that fits an amount the sentence before gave (en)", "en", "2046-02-01",
         "The vision van cost $385,000. The district plans to write it off over eight years, or about $48,000 a "
         "year.", ()),
    Case("un taux par an qui correspond au montant de la phrase d'avant (fr)", "fr", "2046-02-01",
         "Le camion a coûté 385 000 dollars. Le district compte l'amortir sur huit ans, soit environ 48 000 dollars "
         "par an.", ()),
    Case("what is left of another thing than the counts before it is no remainder of them (en)", "en", "2046-06-20",
         "The division carries 1,940 students a day on its 47 routes. The remaining 35 diesel buses will be replaced "
         "as they wear out.", ()),
    Case("le reste d'autre chose que les nombres d'avant n'en est pas un reste (fr)", "fr", "2046-06-20",
         "La division transporte 1 940 élèves par jour sur ses 47 circuits. Les 35 autobus diesel restants seront "
         "remplacés à mesure qu'ils s'usent.", ()),
    Case("a hedged amount after a comma that fits a share of its whole (en)", "en", "2046-08-01",
         "A petition to cap the bottler's take was signed by 64% of the 870 people who live in Port Aldous, about 560 "
         "names collected door to door.", ()),
    Case("un montant approché après une virgule juste pour une part de son tout (fr)", "fr", "2046-08-01",
         "La pétition a été signée par 64 % des 870 habitants de Port Aldous, environ 560 noms recueillis au "
         "porte-à-porte.", ()),
    Case("a multiplier since the amount before it that fits the level before (en)", "en", "2046-09-01",
         "The co-op makes 38 tonnes of charcoal a year from its chestnut coppice. In its first season, in 2043, "
         "it produced 13 tonnes; output has since tripled.", ()),
    Case("un multiplicateur depuis le montant d'avant juste pour le niveau d'avant (fr)", "fr", "2046-09-01",
         "La coopérative produit 38 tonnes de charbon par an. Lors de sa première saison, en 2043, elle en a "
         "produit 13 tonnes ; la production a depuis triplé.", ()),
    Case("a rate that fits the amount for its duration (en)", "en", "2028-09-20",
         "Locums' pay is capped at €1,410 for a 24-hour shift, or about €59 an hour.", ()),
    Case("a figure compared with ('above the') is not the level a change reaches (en)", "en", "2032-11-20",
         "The tidal array produced 79 GWh in its first six months. That is about 7% more than the 74 GWh the "
         "developer reported in October, and comfortably above the 70 GWh its engineers had pencilled in.", ()),
    Case("un chiffre auquel on compare (« au-dessus des ») n'est pas le niveau atteint (fr)", "fr", "2032-11-20",
         "Le parc hydrolien a produit 79 GWh en six mois. C'est environ 7 % de plus que les 74 GWh annoncés en "
         "octobre, et bien au-dessus des 70 GWh prévus par les ingénieurs.", ()),
    Case("a share whose whole follows it is no share of another thing before it (en)", "en", "2033-06-20",
         "Twenty-three streets around the station stay lit from dusk to dawn, and 64% of the town's more than 6,300 "
         "lamps now use LEDs.", ()),
    Case("une part dont le tout suit n'est pas celle d'une autre chose avant elle (fr)", "fr", "2033-06-20",
         "Vingt-trois rues autour de la gare restent éclairées toute la nuit, et 64 % des quelque 6 300 lampadaires "
         "de la ville sont passés aux LED.", ()),
    Case("une moyenne juste par un nom compté plus haut (fr)", "fr", "2033-06-01",
         "L'hippodrome a accueilli 10 000 spectateurs dimanche. Ce jour-là, 1,2 million d'euros ont été joués aux "
         "guichets, soit environ 120 euros par spectateur.", ()),
    Case("a change set off after two levels of different things is the second's own (en)", "en", "2033-06-01",
         "Revenue reached €5bn and profit €1bn, up 12%.", ()),
    Case("a multiplier of the figure of the sentence before, right (en)", "en", "2033-06-01",
         "The reopened railway carried 21,300 passengers in its first month. That is more than twice the 9,400 "
         "who took the replacement coaches over the same weeks last year.", ()),
    Case("a total at a price per tonne, right (en)", "en", "2033-06-01",
         "At €118 a tonne, the 140,000 tonnes picked this autumn are worth about €16.5m to the growers.", ()),
    Case("un total à un prix à la tonne, juste (fr)", "fr", "2033-06-01",
         "À 118 euros la tonne, les 140 000 tonnes ramassées cet automne représentent environ 16,5 millions "
         "d'euros pour les producteurs.", ()),
    Case("another price after the quantity is no total (en)", "en", "2033-06-01",
         "Cider houses paid €118 a tonne for 140,000 tonnes, or €131 a tonne for the best apples.", ()),
    Case("a change against a time whose figure a clause gives, right (fr)", "fr", "2033-09-01",
         "Le décompte faisait état de 1 092 personnes. C'est 11 % de plus que lors de l'édition précédente, en "
         "janvier 2026, où 986 personnes avaient été recensées.", ()),
    Case("a figure in a clause after a base of something else is not the base (en)", "en", "2033-09-01",
         "The lake drew 447,000 visitors this summer. That is 15% more than the regional average, when 398 "
         "lifeguards were on duty.", ()),
    Case("a change pointing back at the only two levels of the sentence before, right (en)", "en", "2026-06-01",
         "The university won 118 grants in the last round, a record for a place that had only 74 five years ago. "
         "That represents a rise of almost 60%, the president said.", ()),
    Case("a change from a start whose subject names the level of the sentence before, right (en)", "en",
         "2026-03-01",
         "Valdrenne recorded 18,940 births last year, the fewest since counting began in 1946. The figure was down "
         "from 20,310 in 2025, a drop of nearly 7%, and with 24,310 deaths the region shrank.", ()),
    Case("an amount of change against a year whose figure a clause gives, right (fr)", "fr", "2033-09-01",
         "Le parcours affichait cette année 9 700 mètres de dénivelé positif, soit 800 mètres de plus qu'en "
         "2032, quand les coureurs n'en avaient gravi que 8 900.", ()),
    Case("a multiplier of the sentence before in another unit, right (en)", "en", "2033-02-01",
         "Forecasters had warned of the danger. 2.4 metres of fresh snow fell in the 48 hours before the slide. "
         "That is three times as much as the 80 centimetres that fell in the whole of January.", ()),
    Case("a share pointing back after an opening phrase, right (en)", "en", "2033-05-01",
         "The city had granted 4,100 exemptions by the end of last year. For the opposition, that is already more "
         "than one in ten of the 38,500 vehicles affected.", ()),
    Case("a percentage restating an amount of change said after its noun, right (fr)", "fr", "2036-08-01",
         "Le club comptait 640 licenciés avant la fermeture ; il n'en reste que 410, soit 230 nageurs de moins et "
         "une baisse de près de 36 % en quatre mois.", ()),
    Case("a count each restating a whole done by a count before it, right (en)", "en", "2037-04-01",
         "More than 8,500 patients are registered, and its nine salaried dentists carried out 4,320 treatments in "
         "three months, or nearly 500 each.", ()),
    Case("an average 'for every' one of the things counted, right (en)", "en", "2037-06-01",
         "The council runs 31 car parks with 4,850 spaces between them, and they brought in £7.4 million last "
         "year, or about £1,500 for every space.", ()),
    Case("a saving that is the gap between two prices compared, right (fr)", "fr", "2037-06-01",
         "Une crémation y est facturée 790 euros, contre 1 050 euros à Montcalvès, soit une économie de 260 euros "
         "pour les familles.", ()),
    Case("a share of the bill the sentence before gave, right (en)", "en", "2037-05-01",
         "The restoration of Fenmoor Park will cost £27.8m, against £23.5m planned in January. The heritage fund "
         "provides £9.4m, about a third of the bill; the city will borrow the rest.", ()),
    Case("a share of a whole given a sentence before, right (en)", "en", "2037-08-01",
         "The course covers 62 hectares and used 160 million litres of water in 2036. The abandoned holes account "
         "for 14 hectares, or nearly a quarter of the course's area.", ()),
    Case("a share whose only larger figures before count other things is not checked (fr)", "fr", "2037-08-01",
         "Au plus fort de la crise, 212 000 foyers ont été privés d'électricité. Mardi soir, ils étaient encore "
         "140 000. La préfecture recense 412 communes touchées, soit plus des deux tiers du département.", ()),
    Case("an amount each of a whole spread across a count named before it, right (en)", "en", "2037-04-01",
         "The county's emergency grant of £4.2 million, announced in March, is meant to keep rural counters "
         "trading. Spread across the 112 pharmacies that qualify, it comes to about £37,500 each.", ()),
    Case("a gain in points after two percentages compared with is no difference of them (en)", "en", "2046-04-01",
         "Growers lost 41.5% of their vines to frost. The figure is higher than the 36% first estimated, and far "
         "above the 24% of a year earlier, a jump of 17.5 points.", ()),
    Case("un gain en points après deux pourcentages comparés n'est pas leur écart (fr)", "fr", "2046-04-01",
         "Les viticulteurs ont perdu 41,5 % de leurs vignes. C'est plus que les 36 % estimés d'abord, et bien plus "
         "que les 24 % de l'an dernier, soit un bond de 17,5 points.", ()),
    Case("a ratio to things counted earlier set off after a count, right (en)", "en", "2046-04-01",
         "The fair brought together 48 stands from six countries.\n\nThe club staffs it with 150 volunteers, "
         "about three for every stand, who sell tickets and run the café.", ()),
    Case("un rapport à des choses comptées plus haut après un nombre, juste (fr)", "fr", "2046-04-01",
         "La foire a réuni 48 stands venus de six pays.\n\nLe club la fait tourner avec 150 bénévoles, soit "
         "environ trois pour chaque stand, qui vendent les billets et tiennent la buvette.", ()),
    Case("an amount per unit of an area set off after the area, right (en)", "en", "2046-04-01",
         "The 23 growers of the cooperative harvested 540 tonnes of cider apples from 120 hectares of orchards, "
         "about 4.5 tonnes a hectare.", ()),
    Case("un montant par unité de surface après la surface, juste (fr)", "fr", "2046-04-01",
         "Les 23 producteurs de la coopérative ont récolté 540 tonnes de pommes à cidre sur 120 hectares de "
         "vergers, soit environ 4,5 tonnes à l'hectare.", ()),
    Case("a gain in points after an old and a new percentage, right (en)", "en", "2046-04-01",
         "The old works removed 58% of the phosphorus; the new one removes 91%, a gain of 33 points.", ()),
    Case("un gain en points après un ancien et un nouveau pourcentage, juste (fr)", "fr", "2046-04-01",
         "L'ancienne station éliminait 58 % du phosphore ; la nouvelle en élimine 91 %, soit un gain de 33 "
         "points.", ()),
    Case("the other share of a whole after its first share, right (en)", "en", "2046-04-01",
         "The lifeboat crew has 64 members. Of those, 85% are volunteers, and paid coxswains make up the other "
         "15%.", ()),
    Case("le reste d'un tout après sa première part, juste (fr)", "fr", "2046-04-01",
         "L'équipage compte 64 membres, dont 85 % de bénévoles. Les 15 % restants sont des patrons salariés.", ()),
    Case("the rest of a whole after two shares, right (en)", "en", "2046-04-01",
         "Cars made up 52% of the crossings and vans 31%; lorries accounted for the remaining 17%.", ()),
    Case("the rest of a whole after a share and its past value, right (en)", "en", "2046-04-01",
         "Volunteers now make up 85% of the crew, up from 70% in 2040, and paid coxswains the other 15%.", ()),
    Case("a year's total set off by a comma as a rate per month, right (en)", "en", "2046-03-01",
         "The lifeboat station answered 540 calls in 2045, about 45 a month, most of them to sailing dinghies.", ()),
    Case("a total in a sentence opening on the year, restated per day, right (en)", "en", "2046-03-01",
         "In 2045, the ferry carried 730,000 passengers, or about 2,000 a day.", ()),
    Case("un total dans une phrase ouverte par l'année, reporté par jour, juste (fr)", "fr", "2046-03-01",
         "En 2045, le bac a transporté 730 000 passagers, soit environ 2 000 par jour.", ()),
    Case("a total since a year is no year's total (en)", "en", "2046-03-01",
         "Since 2040, the ferry has carried 730,000 passengers, or about 400 a day.", ()),
    Case("une production par an reportée par jour après une surface, juste (fr)", "fr", "2046-03-01",
         "La laiterie, bâtie sur 2,4 hectares, peut conditionner 73 millions de yaourts par an, soit environ "
         "200 000 par jour.", ()),
    Case("a yearly output restated per day after an area, right (en)", "en", "2046-03-01",
         "The dairy, built on 2.4 hectares, can pack 73 million yoghurts a year, or about 200,000 a day.", ()),
    Case("a year's total restated per day, right (en)", "en", "2036-03-01",
         "Taxis made 6.3 million trips in 2035, or about 17,000 a day, many of them from the airport.", ()),
    Case("a change set off after two levels, right (en)", "en", "2033-06-01",
         "Estimated at £14.6m in March, the works will finally cost £17.9m, a rise of 23%.", ()),
    Case("a percentage of an amount of change, the level being the new value (en)", "en", "2026-06-01",
         "The bill now stands at €268m, up €56m, a rise of 26%.", ()),
    Case("un pourcentage d'une variation, le niveau étant l'ancien (fr)", "fr", "2026-06-01",
         "Annoncée à 212 millions d'euros en 2023, la facture a gonflé de 56 millions, soit une hausse de plus de "
         "25 %.", ()),
    Case("a percentage restated as a fraction that fits (en)", "en", "2032-03-01",
         "Buyers from afar mattered: 35% of the crop was sold outside the region, or more than a third of the "
         "volume; 31% went to Paris, or nearly a third.", ()),
    Case("un pourcentage repris par une fraction juste (fr)", "fr", "2032-03-01",
         "Les acheteurs venus de loin ont pesé : 35 % de la récolte a été vendue hors de la région, soit plus d'un "
         "tiers des volumes.", ()),
    Case("a net difference of the two amounts before it, right (en)", "en", "2026-06-01",
         "The renewal programme will see 420 flats torn down and 310 new homes built in their place, a net loss "
         "of 110 social homes.", ()),
    Case("a company's net loss is no difference of the amounts before it (en)", "en", "2026-06-01",
         "Revenue reached €10m against €8m a year earlier, and the group posted a net loss of €3m.", ()),
    Case("une moyenne par unité juste, qui n'est pas une partie du tout (fr)", "fr", "2026-05-04",
         "Les 1 800 vélos sont répartis entre 145 stations, soit un peu plus de 12 vélos par station.", ()),
    Case("an average per noun after its counted noun, right (en)", "en", "2026-05-04",
         "The fleet of 1,800 bikes is spread across 145 docking stations, or just over 12 bikes per station.", ()),
    Case("an amount of change set off after a change, right (en)", "en", "2026-04-10",
         "Households had filed 17,950 applications by the end of March, up from 14,600 at the end of December, "
         "or some 3,350 more in three months.", ()),
    Case("an amount more that is no difference of the values before it (en)", "en", "2026-04-10",
         "Households had filed 17,950 applications by the end of March, up from 14,600, and the region will hire "
         "30 more inspectors.", ()),
    Case("a percentage restating a change, right (en)", "en", "2026-02-10",
         "The auditorium came in at €187m, up from the €148m budgeted in 2023, or about 26%.", ()),
    Case("a percentage set off after a change is a share when 'of' follows (en)", "en", "2026-02-10",
         "The auditorium came in at €187m, up from €148m, or 12% of the city's budget.", ()),
    Case("a change from the level said right before its starting value, computed right (fr)", "fr", "2026-02-10",
         "Les 27 lignes du réseau ont enregistré 14,2 millions de voyages, contre 11,1 millions en 2024, soit une "
         "hausse de 28 %.", ()),
    Case("une différence n'est pas une partie (fr)", "fr", "2026-03-01",
         "Le programme prévoit la démolition de 420 logements sociaux et la construction de 310 logements neufs, "
         "soit 110 de moins, dont une centaine sera réservée aux familles.", ()),
    Case("an average with no whole in its sentence (en)", "en", "2026-03-01",
         "The hall cost €120m to build. Fewer than 6,000 people have taken out a season subscription for the 140 "
         "concerts on the programme, and tickets cost €32 on average.", ()),
    Case("amounts per head and per hectare, right (en)", "en", "2026-05-29",
         "The region released €5.5m for 11,000 low-income homes, or about €500 each. The works cost €14m for 6.5 "
         "hectares, or more than €2m a hectare.", ()),
    Case("une part et son tout, une durée entre eux, juste (fr)", "fr", "2029-05-10",
         "Santé publique recense 17 malades, dont 9 âgés de plus de 75 ans, soit plus de la moitié.", ()),
    Case("an amount restating a share of a whole given before, right (en)", "en", "2026-03-04",
         "The repairs will cost €3.2m. The state would pay half, or €1.6m, and the region a third, or €1.07m.", ()),
    Case("une moyenne dite après son nom, juste (fr)", "fr", "2026-09-02",
         "Le département compte 185 000 bovins, répartis dans 3 100 exploitations, soit une soixantaine de bêtes "
         "en moyenne.", ()),
    Case("rates restated over another period, right (en)", "en", "2028-05-24",
         "That still means about 212 million litres a day seep into the ground, or more than 75 billion litres a "
         "year. He earns €1,200 a month, or €14,400 a year.", ()),
    Case("a share of something else than the group before (fr)", "fr", "2024-04-22",
         "Les douze candidats avaient fait campagne sur le coût de la vie. Dix d'entre eux ont obtenu moins de "
         "5 % des voix.", ()),
    Case("a multiplier and a count of something else after it (fr)", "fr", "2024-04-22",
         "En 2023, 286 cas de rougeole avaient été déclarés, six fois plus que l'année précédente, et deux écoles "
         "avaient dû fermer.", ()),
    Case("remainders that add up (en)", "en", "2026-02-11",
         "The board said 41 of its 96 public schools were closed, while the remaining 55 stayed open. Parliament "
         "adopted the reform by 214 votes to 187. The remaining 19 of the chamber's 420 members abstained.", ()),
    Case("gaps between a level and a base, right (en)", "en", "2026-06-10",
         "Shares closed at €31.20, €6.70 above the €24.50 they were sold at. The company sold 300 cars, more "
         "than the 250 it had planned.", ()),
    Case("a gap given with a comparative of speed, right (en)", "en", "2045-06-10",
         "The winning pigeon averaged 71.6 km/h, 6.6 km/h slower than the 78.2 km/h set by last year's winner.", ()),
    Case("un écart de vitesse juste (fr)", "fr", "2045-06-10",
         "Le pigeon vainqueur a volé à 71,6 km/h de moyenne, 6,6 km/h moins vite que les 78,2 km/h du vainqueur de "
         "l'an dernier.", ()),
    Case("an average said after what it is per, right (en)", "en", "2045-06-10",
         "The festival welcomed 72 companies from 24 countries, three per country on average, for 340 shows.", ()),
    Case("une moyenne dite après ce par quoi elle divise, juste (fr)", "fr", "2045-06-10",
         "Le festival a accueilli 72 compagnies venues de 24 pays, trois par pays en moyenne, pour 340 spectacles.",
         ()),
    Case("an amount per thing set off after the count of those things, right (en)", "en", "2045-06-10",
         "The city's new hall is paying £4.2 million for a concert organ of 5,214 pipes, roughly £800 a pipe.", ()),
    Case("un montant par chose après le compte de ces choses, juste (fr)", "fr", "2045-06-10",
         "La ville paie 4,2 millions d'euros pour un orgue de 5 214 tuyaux, environ 800 euros par tuyau.", ()),
    Case("a total at a price per thing counted the sentence before, right (en)", "en", "2045-08-10",
         "The 120 ice cream makers on the harbour front served 310,000 scoops between them. At €2.50 a scoop, that "
         "came to about €775,000 of takings.", ()),
    Case("un total à un prix par chose comptée la phrase d'avant, juste (fr)", "fr", "2045-08-10",
         "Les 120 glaciers du port ont servi 310 000 boules. À 2,50 euros par boule, cela représente environ "
         "775 000 euros de recettes.", ()),
    Case("prices for one and a group's price do not add up (en)", "en", "2045-06-10",
         "Entry costs £9 for an adult and £4 for a child, a total of £26 for a couple with two children.", ()),
    Case("des prix unitaires et le prix d'un groupe ne s'additionnent pas (fr)", "fr", "2045-06-10",
         "Le billet d'entrée coûte 9 livres pour un adulte et 4 livres pour un enfant, soit 26 livres pour un couple "
         "venu avec deux enfants.", ()),
    Case("an average pointing back past its average cue, right (en)", "en", "2043-05-10",
         "The 182 exhibitors, from at least 14 countries, sold £1.3 million of pieces, against £900,000 in 2042. That "
         "is an average of £7,100 per exhibitor.", ()),
    Case("une moyenne qui renvoie en arrière par-delà « en moyenne », juste (fr)", "fr", "2043-05-10",
         "Les 182 exposants, venus d'au moins 14 pays, ont vendu pour 1,3 million de livres de pièces, contre "
         "900 000 livres en 2042. Cela représente en moyenne 7 100 livres par exposant.", ()),
    Case("a change naming what the sentence before said, right (en)", "en", "2036-04-10",
         "The scheme has £1.1m to spend this year, down from the £1.4m proposed in October. Councillors called it a "
         "21% cut, forced on them by the rising cost of care.", ()),
    Case("une variation qui nomme ce que la phrase d'avant a dit, juste (fr)", "fr", "2036-04-10",
         "Le dispositif dispose de 1,1 million de livres cette année, contre 1,4 million proposé en octobre. Les élus "
         "y voient une baisse de 21 %, imposée par le coût de l'aide sociale.", ()),
    Case("a change set off after a dated level of the sentence before's, right (en)", "en", "2045-04-12",
         "The star bird sold for £286,000. It smashes the old British record, £190,000 in 2039, an increase of "
         "50%.", ()),
    Case("une variation après un niveau daté, par rapport à la phrase d'avant, juste (fr)", "fr", "2045-04-12",
         "La vedette a été adjugée 286 000 livres. Elle pulvérise l'ancien record britannique, 190 000 livres en "
         "2039, soit 50 % de plus.", ()),
    Case("averages that add up (en)", "en", "2026-06-10",
         "About 6,800 people in 11 countries lost €214m, an average of €31,000 each. The port handled 412 calls "
         "and 1.86 million cruise passengers last year, an average of about 4,500 per ship.", ()),
    Case("a percentage 'with' a part and whole is of something else (en)", "en", "2026-05-19",
         "The Green Union won 34 of the 95 seats in the regional assembly with 31.2% of the vote.", ()),
    Case("un pourcentage « avec » une partie et un tout porte sur autre chose (fr)", "fr", "2026-05-12",
         "L'Union verte obtient 34 des 95 sièges de l'assemblée, avec 31,2 % des voix.", ()),
    Case("an amount for each of a count named after it, right (en)", "en", "2026-09-09",
         "Donors have pledged $96m for 2026, or roughly $23 for each of the country's 4.1 million inhabitants.", ()),
    Case("a difference and a multiplier, right (en)", "en", "2026-11-18",
         "Traffic fell from 142,000 to 133,500 vehicles a day, 8,500 fewer. The painting sold for €41.5m, more "
         "than three times the artist's previous record of €12.8m. The studio will hire 30 more animators.", ()),
    Case("une différence et un multiple, justes (fr)", "fr", "2026-11-18",
         "Le trafic est passé de 142 000 à 133 500 véhicules par jour, soit 8 500 de moins. La toile a été "
         "adjugée 41,5 millions d'euros, soit plus de trois fois le précédent record, 12,8 millions d'euros.", ()),
    Case("a tally, its gap and its winning share, right (en)", "en", "2026-04-16",
         "The parliament passed the reform by 214 votes to 187, a majority of 27. Teachers backed the offer by "
         "1,012 votes to 388, a majority of more than 70%.", ()),
    Case("un décompte, son écart et sa part, justes (fr)", "fr", "2026-04-16",
         "Le Parlement a adopté la réforme par 214 voix contre 187, soit 27 voix d'écart. Les enseignants ont "
         "approuvé l'accord par 1 012 voix contre 388, une majorité de plus de 70 %.", ()),
    Case("share that adds up (en)", "en", "2024-03-01",
         "Investigators examined the debris of 50 missiles and found that 21 of the 50 missiles, or 42%, had "
         "been made last year.", ()),
    Case("change that adds up (en)", "en", "2024-03-01",
         "Marlow Foods said sales rose 10.7% to €12.4 billion from €11.2 billion a year earlier.", ()),
    Case("hausse juste (fr)", "fr", "2024-03-01",
         "Le chiffre d'affaires de Marlow a progressé de 10,7 % à 12,4 milliards d'euros, contre 11,2 milliards "
         "un an plus tôt.", ()),
    Case("whole first, share that adds up (en)", "en", "2024-03-01",
         "Of the 1,200 staff, 300, or a quarter, will lose their jobs.", ()),
    Case("part de l'ensemble juste (fr)", "fr", "2024-05-01",
         "Sur les 40 communes touchées, 30 ont été reconnues en état de catastrophe naturelle, soit les trois "
         "quarts.", ()),
    Case("point change that adds up (en)", "en", "2024-05-01",
         "Unemployment fell from 8.1% to 7.5%, a drop of 0.6 percentage points.", ()),
    Case("total that adds up (en)", "en", "2024-03-01",
         "Overnight the army fired 30 cruise missiles and 25 drones, a total of 55 weapons.", ()),
    Case("avance juste (fr)", "fr", "2024-04-22",
         "La candidate recueille 38,5 % des voix et compte 11,4 points d'avance sur le sortant (27,1 %).", ()),
    Case("écart juste (fr)", "fr", "2024-04-22",
         "La candidate arrive en tête avec 38,5 % des voix, devant le sortant (27,1 %), soit un écart de 11,4 "
         "points.", ()),
    Case("share in words set off by a comma (en)", "en", "2024-06-10",
         "Of the 87 seats in the new chamber, 34 went to the Greens, more than a third.", ()),
    Case("share in the next sentence (en)", "en", "2024-06-10",
         "The Greens won 34 of the 87 seats. That is roughly 39% of the chamber.", ()),
    Case("a past value is not the part (en)", "en", "2024-06-10",
         "The Greens won 34 of the 87 seats, up from 20, more than a third.", ()),
    Case("change in the next sentence (en)", "en", "2024-06-10",
         "Turnout reached 4.2 million, compared with 3.6 million in 2019. That is an increase of about 17%.", ()),
    Case("a change of something else (en)", "en", "2024-02-01",
         "The region recorded 4,200 burglaries last year, up from 3,600 in 2022. The rise of 40% in car thefts "
         "alarmed police.", ()),
    Case("a change with its own subject (en)", "en", "2024-02-01",
         "Sales rose to $1.2 billion from $1 billion. Profit jumped 40% to $300 million.", ()),
    Case("a range then a share (en)", "en", "2024-06-10",
         "Between 30 and 40 of the 87 seats are in play. That is more than a third of the chamber.", ()),
    Case("plus de trois sur quatre juste (fr)", "fr", "2024-06-10",
         "Sur 40 communes consultées, 31 ont voté pour, plus de trois sur quatre.", ()),
    Case("hausse dans la phrase suivante (fr)", "fr", "2024-06-10",
         "Les Verts ont obtenu 34 des 87 sièges, contre 20 en 2019. Cette hausse de 70 % est historique.", ()),
    Case("hausse d'autre chose (fr)", "fr", "2024-02-01",
         "La région a enregistré 4 200 cambriolages l'an dernier, contre 3 600 en 2022. La hausse de 40 % des "
         "vols de voitures inquiète la police.", ()),
    Case("share of a whole with its parts listed (en)", "en", "2024-06-10",
         "Police arrested 120 people, including 80 men, roughly two-thirds.", ()),
    Case("share of a whole given with out of (en)", "en", "2024-06-10",
         "The Greens won 34 seats out of 87, roughly 39%.", ()),
    Case("ce qui représente (fr)", "fr", "2024-06-10",
         "Sur les 87 sièges, 34 sont allés aux Verts, ce qui représente plus d'un tiers.", ()),
    Case("a fraction that is a change, not a share (en)", "en", "2024-06-10",
         "Of the 87 seats, 24 went to the Greens - a third more than in 2019.", ()),
    Case("share of its whole in the next sentence (en)", "en", "2024-01-20",
         "The company cut 300 of its 1,200 jobs in 2023. That is a quarter of its workforce.", ()),
    Case("change from a past value beside a share, right (en)", "en", "2024-06-10",
         "The Greens won 24 of the 87 seats, compared with 18 in 2019. That is a rise of 33%.", ()),
    Case("fraction restated as a share, right (fr)", "fr", "2024-06-10",
         "Les Verts ont remporté 34 sièges sur 87, environ 39 %.", ()),
    Case("a change of another subject named before it (en)", "en", "2024-02-01",
         "Average rents rose from $1,850 to $2,100 over two years. The rise in food prices of 5% was smaller.",
         ()),
    Case("jump given in the next sentence, right (en)", "en", "2024-02-01",
         "Exports rose to $5.1 billion in 2023 from $4.3 billion a year earlier. It was a jump of 18%, the "
         "ministry said.", ()),
    Case("a vote tally is not the change's starting value (en)", "en", "2024-12-13",
         "Councillors approved, by 52 votes to 31, a budget of $2.8 billion for 2025, up 5.7% on the $2.65 "
         "billion voted last year.", ()),
    Case("un décompte de voix n'est pas la valeur de départ (fr)", "fr", "2024-12-13",
         "Les élus ont adopté, par 52 voix contre 31, un budget de 2,8 milliards d'euros, en hausse de 5,7 % par "
         "rapport aux 2,65 milliards votés l'an dernier.", ()),
    Case("« de » sans « à » ne marque pas un point de départ (fr)", "fr", "2024-05-20",
         "L'État a débloqué un fonds d'urgence de 15 millions d'euros et 300 000 euros d'avances. Les "
         "viticulteurs ont perdu 20 % de la récolte.", ()),
    Case("a change written as a fraction that adds up (en)", "en", "2024-04-22",
         "Runners raised £4.8 million for charity, up a third on the £3.6 million raised last year.", ()),
    Case("a total after its parts that adds up (en)", "en", "2024-07-05",
         "The airline said 12,400 passengers had been rebooked on other carriers and 8,900 had been given "
         "refunds, 21,300 in all.", ()),
    Case("total après des parties entre parenthèses, juste (fr)", "fr", "2024-12-13",
         "Les crédits iront d'abord aux transports (510 millions), avec l'achat de quatorze rames, puis aux "
         "lycées (280 millions) et au numérique (90 millions), soit 880 millions d'euros au total.", ()),
    Case("a whole before the parts is not one of them (en)", "en", "2024-07-05",
         "Of the firm's 1,200 staff, 300 took the buyout and 200 retired, 500 in all.", ()),
    Case("l'ensemble avant les parties n'en est pas une (fr)", "fr", "2024-07-05",
         "Sur les 1 200 salariés, 300 ont accepté le départ volontaire et 200 sont partis à la retraite, soit 500 "
         "au total.", ()),
    Case("a share after 'meaning' that adds up (en)", "en", "2024-03-06",
         "Of the 318 cases, 212 were in children who had never been vaccinated, meaning two in three patients "
         "had no protection at all.", ()),
    Case("part après « ce qui signifie que », juste (fr)", "fr", "2024-03-06",
         "Sur les 318 cas, 212 concernaient des enfants jamais vaccinés, ce qui signifie que deux patients sur "
         "trois n'avaient aucune protection.", ()),
    Case("a part opening 'Among them' that adds up (en)", "en", "2024-05-14",
         "The survey was carried out in early April among 2,015 workers. Among them, 1,090 say they prefer to "
         "come to the office four or five days a week, more than half of those questioned.", ()),
    Case("part ouvrant « Parmi eux », juste (fr)", "fr", "2024-05-14",
         "L'enquête a été menée début avril auprès de 2 015 actifs. Parmi eux, 1 090 disent préférer venir au "
         "bureau quatre ou cinq jours par semaine, soit plus de la moitié des personnes interrogées.", ()),
    Case("a share of the parts listed that adds up (en)", "en", "2024-10-14",
         "According to the final count, 16,210 people voted yes and 13,340 voted no, so the dam was backed by 55% "
         "of those who took part.", ()),
    Case("part des voix exprimées juste (fr)", "fr", "2024-10-14",
         "Selon le décompte final, 16 210 électeurs ont voté oui et 13 340 non : le barrage a donc été approuvé "
         "par 55 % des votants.", ()),
    Case("parts counting different things are not summed (en)", "en", "2024-10-14",
         "Police arrested 120 people and seized 30 guns; two-thirds of them were later released.", ()),
    Case("a multiplier that adds up (en)", "en", "2024-08-01",
         "The number of campers rose threefold in two years, to 9,000 from 3,000.", ()),
    Case("un multiplicateur juste (fr)", "fr", "2024-08-01",
         "Il y a deux fois plus de campeurs qu'en 2022 : 19 300 contre 9 800.", ()),
    Case("share first, then its whole and part, that adds up (en)", "en", "2024-09-18",
         "Fewer than half of the 96 schools, 41, were closed on Wednesday.", ()),
    Case("part d'abord, puis l'ensemble et la partie, juste (fr)", "fr", "2024-09-18",
         "La moitié des 1 200 salariés, soit 600 personnes, vont perdre leur emploi.", ()),
    Case("a subgroup after the whole is not the share restated (en)", "en", "2024-09-18",
         "A third of the 1,200 staff, about 50 in the London office, will move to Leeds.", ()),
    Case("a part larger than the whole after it is no part (en)", "en", "2024-09-18",
         "The village, home to 1,200 people, lost a third of its 90 shops in a decade.", ()),
    Case("une partie plus grande que l'ensemble n'en est pas une (fr)", "fr", "2024-09-18",
         "Le village, qui compte 1 200 habitants, a perdu un tiers de ses 90 commerces en dix ans.", ()),
    Case("a share between commas that adds up (en)", "en", "2024-09-18",
         "Only 120 of the 420 farms, less than a third, were insured.", ()),
    Case("a fraction in words rounds (en)", "en", "2024-09-18",
         "Of the 40 towns, 12, a third of the total, voted in favour.", ()),
    Case("parts included that add up (en)", "en", "2024-09-18",
         "The county's 2,000 teachers include 1,100 women and 900 men.", ()),
    Case("parties comprises justes (fr)", "fr", "2024-09-18",
         "Les 2 000 enseignants du département comprennent 1 100 femmes et 800 hommes.", ()),
    Case("a change over a range read as one figure, right (en)", "en", "2024-09-18",
         "Rents rose 13.5% in five years, from $1,850 to $2,100.", ()),
    Case("a change against a base named in words (en)", "en", "2024-09-18",
         "Temperatures ranged from 20C to 30C on Sunday, 5% above the seasonal average.", ()),
    Case("une variation par rapport à une base nommée (fr)", "fr", "2024-09-18",
         "Les températures allaient de 20 à 30 degrés, soit 5 % de plus que la moyenne.", ()),
    Case("the values belong to the nearer change (en)", "en", "2024-09-18",
         "Sales rose 12% to 4,500 units, from 4,000, while prices rose 3%.", ()),
    Case("les valeurs appartiennent à la variation la plus proche (fr)", "fr", "2024-09-18",
         "Les ventes ont progressé de 12 % à 4 500 unités, contre 4 000, tandis que les prix ont augmenté de 3 %.",
         ()),
    Case("a percentage a noun measures is no share (en)", "en", "2024-10-11",
         "Only 11 of the 31 allies met the target of 2% of GDP in 2023, against three in 2014.", ()),
    Case("un pourcentage que mesure un nom n'est pas une part (fr)", "fr", "2024-10-11",
         "Seuls 11 des 31 alliés atteignaient l'objectif de 2 % du PIB en 2023, contre trois en 2014.", ()),
    Case("'than' far from the change is no starting value (en)", "en", "2024-05-10",
         "American consumer prices rose 3.4% in the 12 months to April, and the economy added 175,000 jobs in "
         "April, fewer than the 240,000 economists had forecast.", ()),
    Case("« que » loin de la variation n'est pas un point de départ (fr)", "fr", "2024-05-10",
         "Les prix ont augmenté de 3,4 % sur un an, et l'économie a créé 175 000 emplois en avril, moins que les "
         "240 000 attendus par les économistes.", ()),
    Case("a net total is not the sum of its parts (en)", "en", "2024-10-11",
         "About 2,200 civil service posts would go in all: some 4,000 would disappear in education, while 1,800 "
         "would be created in justice and the armed forces.", ()),
    Case("un solde n'est pas la somme de ses parties (fr)", "fr", "2024-10-11",
         "Environ 2 200 postes de fonctionnaires seraient supprimés au total : quelque 4 000 disparaîtraient dans "
         "l'Éducation nationale, tandis que 1 800 seraient créés dans la justice et l'armée.", ()),
    Case("a fraction as a change rounds (en)", "en", "2024-02-12",
         "Exports reached $5.1 billion, a fifth more than the $4.3 billion of 2022.", ()),
    Case("une fraction comme variation arrondit (fr)", "fr", "2024-02-12",
         "Les exportations ont atteint 5,1 milliards de dollars, un cinquième de plus que les 4,3 milliards de "
         "2022.", ()),
    Case("a pair followed by another amount is not the share's (en)", "en", "2024-02-12",
         "The team has 25 players, 10 of them foreign, and a budget of €40 million, half of it from TV rights.", ()),
    Case("une paire suivie d'un autre montant n'est pas celle de la part (fr)", "fr", "2024-02-12",
         "Parmi les 1 200 candidats, 300 ont été admis, tandis que 900, soit les trois quarts, ont été refusés.", ()),
    Case("a change set apart by 'while' (en)", "en", "2024-02-12",
         "Attendance rose from 1,200 in 2019 to 1,500 in 2023, while ticket prices rose 40%.", ()),
    Case("une variation mise à part par « tandis que » (fr)", "fr", "2024-02-12",
         "La fréquentation est passée de 1 200 en 2019 à 1 500 en 2023, tandis que le prix des billets a augmenté "
         "de 40 %.", ()),
    Case("money parts that add up, another figure after them (en)", "en", "2024-10-02",
         "Spending reaches €4.3 billion: €2.1 billion for health, €1.4 billion for education and €0.8 billion for "
         "culture; debt stands at €9 billion.", ()),
    Case("parties en euros justes, un autre chiffre après (fr)", "fr", "2024-10-02",
         "Le budget atteint 4,3 milliards d'euros, dont 2,1 milliards pour la santé et 1,4 milliard pour "
         "l'éducation, et la dette 9 milliards.", ()),
    Case("a combined total that adds up (en)", "en", "2024-11-20",
         "Ashgrove brings 1,260 beds to the merged trust and St Brede's 880, a combined 2,140.", ()),
    Case("un total cumulé juste (fr)", "fr", "2024-11-20",
         "L'hôpital d'Ashgrove apporte 1 260 lits à la fusion et Sainte-Brède 880, soit un total cumulé de 2 140 "
         "lits.", ()),
    Case("whole with its owner first, share that adds up (en)", "en", "2024-11-20",
         "Of the city's 1,850 employees, 1,200, or about two-thirds, have been working with pen and paper since "
         "the attack.", ()),
    Case("ensemble d'abord, part juste (fr)", "fr", "2024-11-20",
         "Sur les 1 850 agents de la mairie, 1 200, soit environ les deux tiers, travaillent avec un stylo et du "
         "papier depuis l'attaque.", ()),
    Case("share of an earlier whole named by a synonym (en)", "en", "2024-05-03",
         "Berval prison held 1,126 inmates on 1 May, against 640 places. For lack of beds, 412 prisoners sleep on "
         "a mattress on the floor, or more than a third of the prison's population.", ()),
    Case("part d'un ensemble antérieur nommé par un synonyme, juste (fr)", "fr", "2024-05-03",
         "La maison d'arrêt accueillait 1 126 détenus pour 640 places au 1er mai. Faute de lits, 412 prisonniers "
         "dorment sur un matelas posé au sol, soit plus d'un tiers de la population de l'établissement.", ()),
    Case("an amount each of a split whole that adds up (en)", "en", "2024-06-18",
         "A syndicate of bus drivers has won the $168m Northstar Lotto jackpot. The 27 drivers, who have paid $5 a "
         "week each into the pot since 2011, will split the prize equally, taking home about $6.2m apiece.", ()),
    Case("une part par tête d'un gain partagé, juste (fr)", "fr", "2024-06-18",
         "Un syndicat de chauffeurs de bus a remporté le jackpot de 168 millions de dollars. Les 27 chauffeurs, qui "
         "cotisaient 5 dollars par semaine chacun depuis 2011, se partageront le gain à parts égales, soit environ "
         "6,2 millions de dollars chacun avant impôts.", ()),
    Case("an amount each with no split of the whole said (en)", "en", "2024-06-18",
         "The bank will pay a $400 million fine. Its 85,000 victims will receive just under $5,000 each.", ()),
    Case("a change up to today's level in the sentence before, right (en)", "en", "2024-04-19",
         "Cocoa futures touched a record $9,800 a tonne on Wednesday. Prices stood at $2,600 in January 2023, a "
         "rise of 277% in little more than a year.", ()),
    Case("une hausse jusqu'au niveau de la phrase d'avant, juste (fr)", "fr", "2024-04-19",
         "Le cacao a touché un record de 9 800 dollars la tonne mercredi. Il s'échangeait à 2 600 dollars en "
         "janvier 2023, soit une hausse de 277 % en un peu plus d'un an.", ()),
    Case("a change over a period that does not reach today (en)", "en", "2024-04-19",
         "Profit reached $300 million. Sales were $4 billion in 2021, up 5% in one year.", ()),
    Case("an average per member is no share of an amount of the sentence before said of other things (en)", "en",
         "2045-03-01", "The council receives €310,000 a year in rent for the land. The cooperative's 2,300 members "
         "put in €500 each on average.", ()),
    Case("une moyenne par membre n'est pas une part d'un montant d'autre chose de la phrase d'avant (fr)", "fr",
         "2045-03-01", "La commune perçoit 310 000 euros de loyer par an pour le terrain. Les 2 300 membres de la "
         "coopérative ont apporté 500 euros chacun en moyenne.", ()),
    Case("what is left of no whole the text gives is checked against none (en)", "en", "2045-03-01",
         "The region is paying €1.2 million of the bill and the state heritage fund €800,000; the town borrows the "
         "rest, €4.2 million.", ()),
    Case("le reste d'un tout que le texte ne donne pas n'est comparé à rien (fr)", "fr", "2045-03-01",
         "La région paie 1,2 million d'euros de la facture et le fonds du patrimoine 800 000 euros ; la ville "
         "emprunte le reste, soit 4,2 millions d'euros.", ()),
]

INVALID = [
    Case("a distance a week made of a round walked a number of times a week, wrong (en)", "en", "2046-07-10",
         "His 2.4 km round, which he walks three times a week, takes him nearly 10 km a week.", (),
         (Flag("nearly 10 km", "arithmetic", "error"),)),
    Case("une distance par semaine faite d'une tournée répétée, faux (fr)", "fr", "2046-07-10",
         "Sa tournée de 2,4 km, qu'il fait deux fois par semaine, lui fait parcourir près de 10 km par semaine.",
         (), (Flag("près de 10 km", "arithmetic", "error"),)),
    Case("a rise set off by a colon after an earlier record, to the price of the sentence before, wrong (en)", "en",
         "2046-09-10",
         "A bathing box at Pelican Point sold for $455,000 on Saturday. The previous record, set in February, was "
         "$395,000: a rise of 25% in six months.", (), (Flag("25%", "arithmetic", "error"),)),
    Case("une hausse après deux-points depuis un ancien record, vers le prix de la phrase d'avant, faux (fr)", "fr",
         "2046-09-10",
         "Une cabine de plage de Pelican Point a été vendue 455 000 dollars samedi. Le précédent record, établi en "
         "février, était de 395 000 dollars : la hausse atteint 25 % en six mois.", (),
         (Flag("25 %", "arithmetic", "error"),)),
    Case("a stay's price restated right after the price a night, wrong (en)", "en", "2046-07-10",
         "Visitors pay 18,000 CFA francs a night with half board, or 36,000 francs for a stay of three nights.", (),
         (Flag("36,000 francs", "arithmetic", "error"),)),
    Case("le prix d'un séjour redit juste après le prix de la nuit, faux (fr)", "fr", "2046-07-10",
         "Les touristes paient 18 000 francs CFA la nuit en demi-pension, soit 36 000 francs pour un séjour de "
         "trois nuits.", (), (Flag("36 000 francs", "arithmetic", "error"),)),
    Case("how many things a sum buys at a price per thing, wrong (en)", "en", "2046-07-10",
         "He is paid CHF 80 a cry, and the council has set aside CHF 9,600 for the year, enough for 100 cries.", (),
         (Flag("100", "arithmetic", "error"),)),
    Case("combien de choses une somme paie à un prix par chose, faux (fr)", "fr", "2046-07-10",
         "Il touche 80 francs par criée, et la commune a prévu 9 600 francs pour l'année, de quoi payer 100 "
         "criées.", (), (Flag("100", "arithmetic", "error"),)),
    Case("a round trip that is not twice the way there, wrong (en)", "en", "2046-07-10",
         "Before the tower went up, families drove 62 km to the nearest mast to make a call, a round trip of 104 km.",
         (), (Flag("104 km", "arithmetic", "error"),)),
    Case("un aller-retour qui n'est pas le double de l'aller, faux (fr)", "fr", "2046-07-10",
         "Avant l'antenne, les familles roulaient 62 km jusqu'au relais le plus proche pour téléphoner, soit un "
         "aller-retour de 104 km.", (), (Flag("104 km", "arithmetic", "error"),)),
    Case("what a grant 'left' to find of a cost given the sentence before, wrong (en)", "en", "2046-07-10",
         "The restoration cost NZ$14,500. A West Coast community trust gave NZ$9,000, which left NZ$7,500 to find "
         "from quiz nights and a sausage sizzle.", (), (Flag("NZ$7,500", "arithmetic", "error"),)),
    Case("ce qu'une subvention « laissait » à trouver d'un coût donné la phrase d'avant, faux (fr)", "fr",
         "2046-07-10",
         "La restauration a coûté 14 500 dollars néo-zélandais. Une fondation de la côte Ouest a donné 9 000 "
         "dollars, ce qui laissait 7 500 dollars à trouver par des soirées quiz.", (),
         (Flag("7 500 dollars", "arithmetic", "error"),)),
    Case("a share set off six words after its part, of a length the sentence before gives, wrong (en)", "en",
         "2046-07-10",
         "The channel winds for 9.2 km along the mountainside. Only the stretch that was swept away, 1.2 km, has "
         "been rebuilt in masonry, a fifth of the route.", (),
         (Flag("a fifth", "arithmetic", "error"),)),
    Case("une part séparée de sa partie par six mots, d'une longueur donnée la phrase d'avant, faux (fr)", "fr",
         "2046-07-10",
         "Le canal serpente sur 9,2 km à flanc de montagne. Seul le tronçon emporté, 1,2 km, a été rebâti en "
         "maçonnerie, soit un cinquième du tracé.", (),
         (Flag("un cinquième", "arithmetic", "error"),)),
    Case("a rise from a level set off by a longer clause to the level of the sentence before, wrong (en)", "en",
         "2046-07-10",
         "Since work began in December, villagers have dug 14,200 crescent-shaped pits into the crusted ground. There "
         "were 9,500 in February, so the count rose by 70% in the last hot weeks before the rains.", (),
         (Flag("70%", "arithmetic", "error"),)),
    Case("une hausse depuis un niveau suivi d'une proposition plus longue vers celui de la phrase d'avant, faux (fr)",
         "fr", "2046-07-10",
         "Depuis le début des travaux en décembre, les villageois ont creusé 14 200 demi-lunes dans le sol durci. Il "
         "y en avait 9 500 en février, le nombre a donc augmenté de 70 % pendant les dernières semaines chaudes.", (),
         (Flag("70 %", "arithmetic", "error"),)),
    Case("what a council had to find of a cost given the sentence before, once a grant is taken, wrong (en)", "en",
         "2046-04-10",
         "Building the bore and the standpipe cost A$3.1 million. With A$2.2 million coming from the federal "
         "drought fund, the council had to find A$1.1 million from its own reserves.", (),
         (Flag("A$1.1 million", "arithmetic", "error"),)),
    Case("ce que la commune a dû trouver d'un coût donné la phrase d'avant, une fois la subvention comptée, faux "
         "(fr)", "fr", "2046-04-10",
         "Le forage et la borne de puisage ont coûté 3,1 millions de dollars australiens. Avec 2,2 millions venus "
         "du fonds fédéral contre la sécheresse, la commune a dû trouver 1,1 million dans ses réserves.", (),
         (Flag("1,1 million", "arithmetic", "error"),)),
    Case("what is still to find of a cost, once what is paid and what was raised are counted (en)", "en",
         "2046-03-10",
         "The appeal launched last autumn has raised €126,000 from some 1,300 donors. The restoration will cost "
         "€480,000. The state has agreed to pay 40% of it, or €192,000, which leaves €182,000 still to find once "
         "the appeal money is counted.", (),
         (Flag("€182,000", "arithmetic", "error"),)),
    Case("ce qui reste à trouver d'un coût, une fois comptés ce qui est payé et ce qui a été réuni (fr)", "fr",
         "2046-03-10",
         "La souscription lancée l'automne dernier a réuni 126 000 euros auprès de quelque 1 300 donateurs. La "
         "restauration coûtera 480 000 euros. L'État en paiera 40 %, soit 192 000 euros : il manque donc encore "
         "182 000 euros, souscription comprise.", (),
         (Flag("182 000 euros", "arithmetic", "error"),)),
    Case("the rest of a whole after its share, as a fraction in words (en)", "en", "2046-06-02",
         "The farms find those customers mostly at markets and online: they sell 85% of their meat direct; the rest, "
         "less than a tenth, still goes through cattle dealers.", (),
         (Flag("less than a tenth", "arithmetic", "error"),)),
    Case("le reste d'un tout après sa part, en fraction (fr)", "fr", "2046-06-02",
         "Ces clients, les fermes les trouvent surtout sur les marchés et par internet : elles vendent 85 % de leur "
         "viande en direct ; le reste, moins d'un dixième, passe encore par les marchands de bétail.", (),
         (Flag("moins d'un dixième", "arithmetic", "error"),)),
    Case("what is still missing of a sum needed, once what was raised is counted (en)", "en", "2046-06-20",
         "A nonprofit bought the store in March for $385,000. Its campaign has already raised $468,000 from its "
         "neighbours. The purchase and $210,000 of works need $595,000, so about $170,000 is still missing.", (),
         (Flag("about $170,000", "arithmetic", "error"),)),
    Case("ce qui manque d'une somme nécessaire, une fois compté ce qui a été réuni (fr)", "fr", "2046-06-20",
         "Une association a racheté le magasin en mars pour 385 000 dollars. Sa campagne de dons a déjà réuni "
         "468 000 dollars. Entre l'achat et 210 000 dollars de travaux, il faut 595 000 dollars : il manque donc "
         "encore environ 170 000 dollars.", (),
         (Flag("environ 170 000 dollars", "arithmetic", "error"),)),
    Case("a saving from a price to a reduced one, as a fraction (en)", "en", "2046-03-02",
         "A week of holiday camp costs CHF 320, lunches included; the families on the reduced rate pay CHF 200, a "
         "saving of more than half.", (),
         (Flag("more than half", "arithmetic", "error"),)),
    Case("une économie d'un prix à un prix réduit, en fraction (fr)", "fr", "2046-03-02",
         "Une semaine de camp coûte 320 francs, repas compris ; les familles au tarif réduit paient 200 francs, soit "
         "une économie de plus de la moitié.", (),
         (Flag("plus de la moitié", "arithmetic", "error"),)),
    Case("a share restated as a rough amount after a colon (en)", "en", "2046-02-12",
         "Her run, 187 km each morning, collects 58 pupils from 34 farm gates, and 64% of it is dirt or gravel: "
         "about 90 km of corrugations that rattle the windows.", (),
         (Flag("about 90 km", "arithmetic", "error"),)),
    Case("une part reprise en quantité approchée après deux-points (fr)", "fr", "2046-02-12",
         "Sa tournée, 187 km chaque matin, ramasse 58 élèves à 34 barrières de ferme, et 64 % du trajet est en "
         "terre ou en gravier : environ 90 km de tôle ondulée qui font trembler les vitres.", (),
         (Flag("environ 90 km", "arithmetic", "error"),)),
    Case("a share restated as a count of two joined nouns 'in all' (en)", "en", "2046-02-05",
         "On its books are 412 pupils who come for a lesson every week. Nobody is turned away for want of money: "
         "37% of the pupils learn on a bursary, more than 200 children and adults in all.", (),
         (Flag("more than 200", "arithmetic", "error"),)),
    Case("une part reprise en nombre de deux noms joints « au total » (fr)", "fr", "2046-02-05",
         "L'école compte 412 élèves qui viennent chaque semaine. Personne n'est refusé faute d'argent : 37 % des "
         "élèves ont une bourse, plus de 200 enfants et adultes au total.", (),
         (Flag("plus de 200", "arithmetic", "error"),)),
    Case("a total set off after its rate, over the duration after it (en)", "en", "2046-02-10",
         "The facilitators, often young people with a school certificate, are paid an allowance of €450 a month, or "
         "more than €6,000 over a nine-month cycle.", (),
         (Flag("more than €6,000", "arithmetic", "error"),)),
    Case("un total donné après son taux, sur la durée qui le suit (fr)", "fr", "2046-02-10",
         "Les animateurs, souvent des jeunes titulaires du brevet, touchent une indemnité de 45 000 francs CFA par "
         "mois, soit plus de 600 000 francs CFA sur un cycle de neuf mois.", (),
         (Flag("plus de 600 000 francs CFA", "arithmetic", "error"),)),
    Case("a count split between sharers, each share said after the noun (en)", "en", "2046-01-15",
         "The school has 186 pupils, from schoolchildren to retired miners. Its 11 teachers, most of them musicians "
         "who learned by ear, share about thirty pupils each.", (),
         (Flag("about thirty", "arithmetic", "error"),)),
    Case("un nombre partagé entre plusieurs, la part de chacun dite après le nom (fr)", "fr", "2046-01-15",
         "L'école accueille 186 élèves, de l'écolier au mineur retraité. Ses 11 professeurs, souvent des musiciens "
         "qui ont appris à l'oreille, se partagent donc une trentaine d'élèves chacun.", (),
         (Flag("une trentaine", "arithmetic", "error"),)),
    Case("an amount restating a share of its own whole given between them, wrong (en)", "en", "2046-02-01",
         "The fire hit them hard: 41% of the plateau's 250 bogs burned, or about 80 of them.", (),
         (Flag("about 80", "arithmetic", "error"),)),
    Case("un nombre qui redit une part de son propre tout donné entre eux, faux (fr)", "fr", "2046-02-01",
         "Le feu les a durement touchées : 41 % des quelque 250 tourbières du plateau ont brûlé, soit environ 80 "
         "d'entre elles.", (), (Flag("environ 80", "arithmetic", "error"),)),
    Case("a rough amount set off by two commas after a share, wrong (en)", "en", "2046-05-01",
         "The contract is worth €780,000, of which the Walloon Region pays 70%, about €470,000, and the town the "
         "rest.", (), (Flag("about €470,000", "arithmetic", "error"),)),
    Case("un montant approché entre deux virgules après une part, faux (fr)", "fr", "2046-05-01",
         "Le marché s'élève à 780 000 euros, dont la Région wallonne paie 70 %, environ 470 000 euros, et la ville "
         "le reste.", (), (Flag("environ 470 000 euros", "arithmetic", "error"),)),
    Case("a rate whose period is said before it, over a duration, wrong (en)", "en", "2046-03-01",
         "Each day of closure costs the museum €4,500 in tickets: over sixteen days, the loss will come to nearly "
         "€90,000.", (), (Flag("nearly €90,000", "arithmetic", "error"),)),
    Case("un taux dont la période est dite avant lui, sur une durée, faux (fr)", "fr", "2046-03-01",
         "Chaque journée de fermeture prive le musée de 4 500 euros de billetterie : sur seize jours, le manque à "
         "gagner atteindra près de 90 000 euros.", (), (Flag("près de 90 000 euros", "arithmetic", "error"),)),
    Case("a change between two levels dated apart, wrong (en)", "en", "2046-06-01",
         "The couple had sales of A$465,000 in 2044 and expects A$610,000 this year, a rise of 20%.", (),
         (Flag("20%", "arithmetic", "error"),)),
    Case("une variation entre deux niveaux datés, fausse (fr)", "fr", "2046-06-01",
         "Le couple a réalisé un chiffre d'affaires de 465 000 dollars australiens en 2044 et en espère 610 000 cette "
         "année, soit une hausse de 20 %.", (), (Flag("20 %", "arithmetic", "error"),)),
    Case("un taux redit « sur une année », faux (fr)", "fr", "2046-10-10",
         "Depuis, les recettes de l'épicerie atteignent en moyenne 6 200 livres par semaine, soit plus de 400 000 "
         "livres sur une année.", (), (Flag("plus de 400 000 livres", "arithmetic", "error"),)),
    Case("a percentage applied to an amount, then what is paid, wrong (en)", "en", "2046-08-01",
         "Businesses can change them back into sterling for a 3% fee, so a baker cashing in £2,000 pays £80.", (),
         (Flag("£80", "arithmetic", "error"),)),
    Case("un pourcentage appliqué à un montant, puis ce qui est payé, faux (fr)", "fr", "2046-08-01",
         "Les commerces peuvent les reconvertir moyennant une commission de 3 % : un boulanger qui change 2 000 euros "
         "paie 80 euros.", (), (Flag("80 euros", "arithmetic", "error"),)),
    Case("a bill of the sentence before split per head, wrong (en)", "en", "2046-03-10",
         "The works will cost $3.1 million, of which $1.9 million comes from Quebec. For the 2,340 residents, the "
         "bill comes to about $1,800 per person, opponents say.", (), (Flag("about $1,800", "arithmetic", "error"),)),
    Case("une facture de la phrase d'avant partagée par tête, fausse (fr)", "fr", "2046-03-10",
         "Le chantier coûtera 3,1 millions de dollars, dont 1,9 million versé par Québec. Pour les 2 340 habitants, "
         "la facture représente environ 1 800 dollars par personne, rappellent les opposants.", (),
         (Flag("environ 1 800 dollars", "arithmetic", "error"),)),
    Case("what is left of a whole once a share of it is taken, wrong (en)", "en", "2046-05-04",
         "The shelter cost CHF 8.9 million. The canton is paying 60% of it, and the federal culture office and a "
         "private foundation are sharing the remaining CHF 4.1 million.", (),
         (Flag("CHF 4.1 million", "arithmetic", "error"),)),
    Case("ce qui reste d'un tout une fois une part prise, faux (fr)", "fr", "2046-05-04",
         "L'abri a coûté 8,9 millions de francs. Le canton en paie 60 %, la Confédération et une fondation se "
         "partagent les 4,1 millions restants.", (), (Flag("4,1 millions", "arithmetic", "error"),)),
    Case("a named rate whose whole ends the sentence before, wrong (en)", "en", "2046-10-09",
         "The council had sent 12,000 invitation letters to households chosen at random. 1,180 residents "
         "volunteered, a response rate of nearly 15%.", (), (Flag("nearly 15%", "arithmetic", "error"),)),
    Case("un taux nommé dont le tout clôt la phrase d'avant, faux (fr)", "fr", "2046-10-09",
         "La mairie avait envoyé 12 000 lettres d'invitation à des foyers tirés au sort. 1 180 habitants se sont "
         "portés volontaires, soit un taux de réponse de près de 15 %.", (),
         (Flag("près de 15 %", "arithmetic", "error"),)),
    Case("a price per thing counted before, restated as a total 'in all', wrong (en)", "en", "2046-10-09",
         "The assembly's 60 members met over five weekends at the Corn Hall. Members were paid £150 for each weekend, "
         "or £900 each in all.", (), (Flag("£900", "arithmetic", "error"),)),
    Case("un prix par chose comptée avant, redit en total « au total », faux (fr)", "fr", "2046-10-09",
         "Les 60 membres de l'assemblée se sont réunis lors de cinq séances à la halle. Ils ont touché 150 euros pour "
         "chaque séance, soit 900 euros chacun au total.", (), (Flag("900 euros", "arithmetic", "error"),)),
    Case("an amount each set off by a comma after the count it splits, wrong (en)", "en", "2046-04-02",
         "The 12 trappers under contract to the county caught 410 beavers over the winter, about 50 each.", (),
         (Flag("about 50", "arithmetic", "error"),)),
    Case("un nombre par tête après une virgule, faux (fr)", "fr", "2046-04-02",
         "Les 12 trappeurs sous contrat avec la MRC ont capturé 410 castors pendant l'hiver, une cinquantaine "
         "chacun.", (), (Flag("une cinquantaine", "arithmetic", "error"),)),
    Case("a total of two groups put together by 'alongside', wrong (en)", "en", "2046-07-04",
         "Seven apprentices worked on the hull for four years alongside three master shipwrights, making a team of "
         "eleven people.", (), (Flag("eleven", "arithmetic", "error"),)),
    Case("un total de deux groupes réunis par « aux côtés de », faux (fr)", "fr", "2046-07-04",
         "Sept apprentis ont travaillé pendant quatre ans aux côtés de trois charpentiers de marine, soit une équipe "
         "de onze personnes.", (), (Flag("onze", "arithmetic", "error"),)),
    Case("a rate and the total it comes to over a duration, wrong (en)", "en", "2046-09-12",
         "Tuition at the boat school is C$13,900 a year, so a student who finishes the two-year diploma pays "
         "C$24,800 before tools.", (), (Flag("C$24,800", "arithmetic", "error"),)),
    Case("un taux et le total qu'il donne sur une durée, faux (fr)", "fr", "2046-09-12",
         "L'école de charpente demande 13 900 dollars par an : un élève qui suit les deux années du diplôme "
         "débourse donc 24 800 dollars, sans les outils.", (), (Flag("24 800 dollars", "arithmetic", "error"),)),
    Case("an amount added to another and the level it brings them to, wrong (en)", "en", "2046-06-01",
         "The new braiding hall will add 64 jobs to the 131 the firm already has in Corlis, taking its workforce "
         "there to 185.", (), (Flag("185", "arithmetic", "error"),)),
    Case("un montant ajouté à un autre et le niveau auquel il les porte, faux (fr)", "fr", "2046-06-01",
         "Les 64 postes de la nouvelle halle s'ajouteront aux 131 que compte déjà l'entreprise à Corlis, portant "
         "ses effectifs sur place à 185.", (), (Flag("185", "arithmetic", "error"),)),
    Case("a total said of 'these two' whose amounts the sentence lists, wrong (en)", "en", "2046-10-01",
         "The Tilleuls nursery can take up to 60 children and the Mail nursery 45: these two nurseries add 115 "
         "places for families in the centre.", (), (Flag("115", "arithmetic", "error"),)),
    Case("un total dit de « ces deux » dont la phrase cite les montants, faux (fr)", "fr", "2046-10-01",
         "La crèche des Tilleuls peut recevoir jusqu'à 60 enfants, et celle du Mail, 45 : ces deux établissements "
         "apportent 115 places aux familles du centre-ville.", (), (Flag("115", "arithmetic", "error"),)),
    Case("a share of one part of a whole split up to the rest, wrong (en)", "en", "2046-10-01",
         "The region is paying €1.2 million of the bill, roughly a third, and the state heritage fund €800,000; the "
         "town borrows the rest, €4.2 million.", (), (Flag("roughly a third", "arithmetic", "error"),)),
    Case("une part d'un tout partagé jusqu'au reste, fausse (fr)", "fr", "2046-10-01",
         "La région paie 1,2 million d'euros de la facture, soit environ un tiers, et le fonds du patrimoine 800 000 "
         "euros ; la ville emprunte le reste, soit 4,2 millions d'euros.", (),
         (Flag("environ un tiers", "arithmetic", "error"),)),
    Case("a share of the sentence before's whole past a threshold qualifying a noun, wrong (en)", "en", "2046-08-01",
         "Since January 2044, 40 pharmacies have closed in the county. 18 of them were in villages of fewer than "
         "2,000 people, or 55% of the closures.", (), (Flag("55%", "arithmetic", "error"),)),
    Case("une part du tout de la phrase d'avant après un seuil qui qualifie un nom, fausse (fr)", "fr", "2046-08-01",
         "Depuis janvier 2044, 40 officines ont fermé dans le comté. 18 d'entre elles se trouvaient dans des villages "
         "de moins de 2 000 habitants, soit 55 % des fermetures.", (), (Flag("55 %", "arithmetic", "error"),)),
    Case("a change followed by its old level, the new one said the sentence before, wrong (en)", "en", "2046-08-01",
         "The fire has now burned 9,600 hectares, the fire service said on Saturday. The burned area has grown by "
         "about 70% in three days: it stood at only 6,400 hectares on Wednesday.", (),
         (Flag("about 70%", "arithmetic", "error"),)),
    Case("une variation suivie de son ancien niveau, le nouveau dit la phrase d'avant, fausse (fr)", "fr",
         "2046-08-01",
         "L'incendie a désormais parcouru 9 600 hectares, selon les pompiers samedi. La surface brûlée a progressé "
         "d'environ 70 % en trois jours : elle n'était que de 6 400 hectares mercredi.", (),
         (Flag("environ 70 %", "arithmetic", "error"),)),
    Case("a utilisation rate of two amounts before it, wrong (en)", "en", "2046-10-01",
         "Last year the smelter produced 480,000 tonnes of aluminium for a capacity of 600,000 tonnes, a "
         "utilisation rate of 90%, short of the 95% management wanted.", (), (Flag("90%", "arithmetic", "error"),)),
    Case("un taux d'utilisation de deux montants avant lui, faux (fr)", "fr", "2046-10-01",
         "L'an dernier, l'usine a produit 480 000 tonnes d'aluminium pour une capacité de 600 000 tonnes, soit un "
         "taux d'utilisation de 90 %, loin des 95 % visés par la direction.", (),
         (Flag("90 %", "arithmetic", "error"),)),
    Case("an amount restating a share of a whole counted paragraphs before, wrong (en)", "en", "2046-10-01",
         "The fibre network can now reach 180,000 homes, the operator said.\n\nCrews have laid 6,200 miles of cable "
         "since 2040.\n\nTake-up has been slow. Only 40% of the homes that can connect have signed up, or roughly "
         "50,000 households.", (), (Flag("roughly 50,000", "arithmetic", "error"),)),
    Case("un montant qui reprend une part d'un tout compté plus haut, faux (fr)", "fr", "2046-10-01",
         "Le réseau de fibre peut désormais desservir 180 000 logements, selon l'opérateur.\n\nLes équipes ont posé "
         "10 000 kilomètres de câble depuis 2040.\n\nLes abonnements tardent. Seuls 40 % des logements "
         "raccordables ont souscrit, soit environ 50 000 foyers.", (),
         (Flag("environ 50 000", "arithmetic", "error"),)),
    Case("a total at a price a kilo of a harvest given the sentence before, wrong (en)", "en", "2046-10-01",
         "The chamber of agriculture puts the walnut harvest at 3,500 tonnes, against 2,700 last year.\n\nPaid "
         "€2.40 a kilo on average, these walnuts should fetch some €12m for the growers.", (),
         (Flag("some €12m", "arithmetic", "error"),)),
    Case("un total à un prix le kilo d'une récolte donnée la phrase d'avant, faux (fr)", "fr", "2046-10-01",
         "La chambre d'agriculture estime la récolte de noix à 3 500 tonnes, contre 2 700 l'an dernier.\n\nPayées "
         "2,40 euros le kilo en moyenne, ces noix devraient rapporter quelque 12 millions d'euros aux producteurs.",
         (), (Flag("quelque 12 millions d'euros", "arithmetic", "error"),)),
    Case("un total à un prix pièce de choses comptées la phrase d'avant, faux (fr)", "fr", "2046-10-01",
         "Ses 23 membres ont récolté 96 000 bottes de roseau.\n\nVendues 4,50 euros pièce, ces bottes ont "
         "rapporté environ 600 000 euros aux coupeurs.", (), (Flag("environ 600 000 euros", "arithmetic", "error"),)),
    Case("a total at a price each of things counted the sentence before, wrong (en)", "en", "2046-10-01",
         "Its 23 members cut 96,000 bundles of reed.\n\nSold at €4.50 each, these bundles brought in about €600,000 "
         "for the cutters.", (), (Flag("about €600,000", "arithmetic", "error"),)),
    Case("a share of the harvest its sentence names far back, wrong (en)", "en", "2038-10-01",
         "The hop harvest of the Ashdene valley ended on a disappointing 1,480 tonnes, according to the final "
         "estimate. That is 430 tonnes less than the 1,910 tonnes of 2037. The valley's 64 growers farm 1,420 "
         "hectares of hop gardens. Elsewhere, the heatwave scorched the cones. Bittering varieties account for "
         "610 tonnes, or nearly two-thirds of the harvest.", (),
         (Flag("nearly two-thirds", "arithmetic", "error"),)),
    Case("une part de la récolte que sa phrase nomme loin en arrière, fausse (fr)", "fr", "2038-10-01",
         "La récolte de houblon de la vallée d'Ashdene s'achève sur un bilan décevant : 1 480 tonnes, selon "
         "l'estimation définitive. C'est 430 tonnes de moins que les 1 910 tonnes de 2037. Les 64 producteurs "
         "de la vallée cultivent 1 420 hectares de houblonnières. Ailleurs, la canicule a grillé les cônes. "
         "Les variétés amères représentent 610 tonnes, soit près des deux tiers de la récolte.", (),
         (Flag("près des deux tiers", "arithmetic", "error"),)),
    Case("a share of the total its sentence names far back, wrong (en)", "en", "2033-04-01",
         "The departmental council adopted a €1.26bn budget for this year on 24 March. To pay for it, the "
         "council will take on new loans of €74m, adding to debts of €842m. Social spending keeps rising. The "
         "budget sets aside €214m for the RSA minimum income, nearly a quarter of the total.", (),
         (Flag("nearly a quarter", "arithmetic", "error"),)),
    Case("une part du total que sa phrase nomme loin en arrière, fausse (fr)", "fr", "2033-04-01",
         "Le conseil départemental a adopté le 24 mars un budget de 1,26 milliard d'euros. Pour le financer, "
         "il contractera 74 millions d'euros de nouveaux emprunts, qui s'ajoutent à une dette de 842 millions. "
         "Les dépenses sociales continuent de grimper. Le budget consacre 214 millions d'euros au RSA, soit "
         "près d'un quart du total.", (),
         (Flag("près d'un quart", "arithmetic", "error"),)),
    Case("a share pointing back at a part 'of that' past a conversion, wrong (en)", "en", "2035-05-01",
         "Its 58 member growers farm 212 hectares (about 524 acres) under glass, and 39 hectares of that stayed "
         "empty from December to March. That is more than a quarter of the cooperative's area.", (),
         (Flag("more than a quarter", "arithmetic", "error"),)),
    Case("une part qui renvoie à une partie « de celle-ci » après une conversion, fausse (fr)", "fr", "2035-05-01",
         "Ses 58 adhérents cultivent 212 hectares (environ 524 acres) sous serre, et 39 hectares de celle-ci sont "
         "restés vides de décembre à mars. Cela représente plus d'un quart de la surface de la coopérative.", (),
         (Flag("plus d'un quart", "arithmetic", "error"),)),
    Case("an amount a head of a count its subject names earlier, wrong (en)", "en", "2031-02-01",
         "Ketterley's Christmas market drew 1.26 million visits this winter, the business district said. That is "
         "a record.\n\nVisitors spent £47m in the city centre while the market was open, or about £52 a head.", (),
         (Flag("about £52", "arithmetic", "error"),)),
    Case("un montant par tête d'un nombre que son sujet nomme plus haut, faux (fr)", "fr", "2031-02-01",
         "Le marché de Noël de Ketterley a attiré 1,26 million de visiteurs cet hiver. C'est un record.\n\nLes "
         "visiteurs ont dépensé 47 millions de livres dans le centre-ville, soit environ 52 livres par tête.", (),
         (Flag("environ 52 livres", "arithmetic", "error"),)),
    Case("a change opening with 'with a jump of' and the time it took, wrong (en)", "en", "2024-02-01",
         "The port of Saint-Aurèle handled 2.84 million containers in 2023, against 2.51 million in 2022, its "
         "management said on Tuesday. With a jump of 17% in a year, no other French port grew as fast.", (),
         (Flag("17%", "arithmetic", "error"),)),
    Case("une variation ouverte par « avec un bond de » et sa durée, fausse (fr)", "fr", "2024-02-01",
         "Le port de Saint-Aurèle a traité 2,84 millions de conteneurs en 2023, contre 2,51 millions en 2022, a "
         "annoncé mardi sa direction. Avec un bond de 17 % sur un an, aucun autre port français n'a connu une "
         "telle croissance.", (),
         (Flag("17 %", "arithmetic", "error"),)),
    Case("parts restated as a team of their total, wrong (en)", "en", "2040-06-01",
         "The new hut will have 46 beds and will be run by four permanent wardens and seven seasonal ones, making "
         "a team of 12 people in summer.", (), (Flag("12", "arithmetic", "error"),)),
    Case("des parties reprises en une équipe de leur total, faux (fr)", "fr", "2040-06-01",
         "Le nouveau refuge offrira 46 lits et sera tenu par quatre gardiens permanents et sept saisonniers, soit"
         " une équipe de 12 personnes pendant l'été.", (), (Flag("12", "arithmetic", "error"),)),
    Case("a level and an addition bringing it to a total, wrong (en)", "en", "2041-09-01",
         "The karting firm, which had £19 million of revenue in 2041, has 85 staff and promises 30 hires, "
         "bringing the workforce to 125.", (), (Flag("125", "arithmetic", "error"),)),
    Case("un niveau et un ajout qui le portent à un total, faux (fr)", "fr", "2041-09-01",
         "L'entreprise, qui a réalisé 19 millions de livres de chiffre d'affaires en 2041, compte 85 salariés et "
         "promet 30 embauches : l'effectif passerait à 125 personnes.", (), (Flag("125", "arithmetic", "error"),)),
    Case("a part on top of the sentence before's and their total, wrong (en)", "en", "2042-05-01",
         "The fire consumed 1,800 tonnes (about 4 million lb) of oak and Douglas fir logs. Another 650 tonnes of "
         "sawn boards waiting to be shipped also went up in flames, nearly 3,000 tonnes of timber in all.", (),
         (Flag("nearly 3,000 tonnes", "arithmetic", "error"),)),
    Case("une partie qui s'ajoute à celle de la phrase d'avant et leur total, faux (fr)", "fr", "2042-05-01",
         "L'incendie a détruit 1 800 tonnes de grumes de chêne et de douglas. S'y ajoutent 650 tonnes de planches"
         " qui attendaient d'être expédiées, soit près de 3 000 tonnes de bois au total.", (),
         (Flag("près de 3 000 tonnes", "arithmetic", "error"),)),
    Case("a multiplier of paces comparing two percentages, wrong (en)", "en", "2031-10-01",
         "Egg prices were 27% higher in August than a year earlier, while food as a whole rose only 3.4%. In "
         "other words, eggs are getting dearer ten times as fast as the rest of the shopping basket.", (),
         (Flag("ten times", "arithmetic", "error"),)),
    Case("un multiplicateur de rythmes qui compare deux pourcentages, faux (fr)", "fr", "2031-10-01",
         "À magasins comparables, la progression n'est que de 3,1 %. Le site en ligne a pesé 310 millions "
         "d'euros, avec des ventes en hausse de 6,2 %, soit trois fois le rythme des magasins.", (),
         (Flag("trois fois", "arithmetic", "error"),)),
    Case("a multiplier set off after the two amounts it compares, wrong (en)", "en", "2039-06-01",
         "The 1,000-watt halogen lamp has been replaced by a 90-watt LED, or twenty times less power, for an "
         "unchanged range of 33 km.", (), (Flag("twenty times", "arithmetic", "error"),)),
    Case("un multiplicateur après les deux montants qu'il compare, faux (fr)", "fr", "2039-06-01",
         "La lampe halogène de 1 000 watts a été remplacée par une lampe LED de 90 watts, soit une consommation "
         "vingt fois moindre, pour une portée inchangée de 33 km.", (), (Flag("vingt fois", "arithmetic", "error"),)),
    Case("a multiplying change since a time whose clause gives the base, wrong (en)", "en", "2033-06-01",
         "The council voted to end the scheme, and the 2,600 scooters run by three private operators will be "
         "banned from the city's streets. It is a sharp turn for a city that embraced them. The fleet has "
         "tripled since 2031, when it numbered 1,100 machines.", (),
         (Flag("tripled", "arithmetic", "error"),)),
    Case("un changement multiplicatif depuis une date dont la proposition donne la base, faux (fr)", "fr",
         "2033-06-01",
         "Le conseil a voté la fin du dispositif : les 2 600 trottinettes de trois opérateurs privés seront "
         "bannies des rues. C'est un virage pour une ville qui les avait adoptées. La flotte a triplé depuis "
         "2031, quand elle en comptait 1 100.", (),
         (Flag("triplé", "arithmetic", "error"),)),
    Case("a share whose part is named back two sentences before, wrong (en)", "en", "2041-03-01",
         "Pellmart will close 27 of its 318 stores and cut 1,150 jobs, the grocer confirmed. The closures will "
         "begin next month. The job losses amount to about 8% of a workforce of more than 21,000, the union "
         "said.", (), (Flag("about 8%", "arithmetic", "error"),)),
    Case("une part dont la partie est nommée deux phrases plus haut, fausse (fr)", "fr", "2041-03-01",
         "Pellmart va fermer 27 de ses 318 magasins et supprimer 1 150 postes, a confirmé l'enseigne. Les "
         "fermetures commenceront le mois prochain. Les suppressions de postes représentent environ 8 % d'un "
         "effectif de plus de 21 000 salariés, selon le syndicat.", (), (Flag("environ 8 %", "arithmetic", "error"),)),
    Case("an amount set off after a share and closed by a total cue, wrong (en)", "en", "2034-08-01",
         "According to the prefecture, 9,450 people reached the island by sea between January and June. 18% of "
         "them were unaccompanied minors, about 2,100 children in all.", (),
         (Flag("about 2,100", "arithmetic", "error"),)),
    Case("un montant après une part, clos par un mot de total, faux (fr)", "fr", "2034-08-01",
         "Selon la préfecture, 9 450 personnes ont rejoint l'île par la mer entre janvier et juin. 18 % d'entre "
         "elles étaient des mineurs non accompagnés, environ 2 100 enfants au total.", (),
         (Flag("environ 2 100", "arithmetic", "error"),)),
    Case("a share of the sentence before's amount, not of its past value, wrong (en)", "en", "2043-03-01",
         "Turnover reached £8.7 million in 2042, up from £7.1 million a year earlier. Exports to France and the "
         "Gulf brought in £3.3 million, or about 45% of sales.", (), (Flag("about 45%", "arithmetic", "error"),)),
    Case("une part du montant de la phrase d'avant, pas de sa valeur passée, fausse (fr)", "fr", "2043-03-01",
         "Le chiffre d'affaires a atteint 8,7 millions de livres en 2042, contre 7,1 millions un an plus tôt. Les "
         "exportations vers la France et le Golfe ont rapporté 3,3 millions de livres, soit environ 45 % des "
         "ventes.", (), (Flag("environ 45 %", "arithmetic", "error"),)),
    Case("a share of them after a threshold, of the sentence before's whole, wrong (en)", "en", "2035-03-01",
         "Since January 2034, 46 pharmacies have closed in Brackenshire, the county's pharmacy council says. 19 of "
         "them were in villages of fewer than 2,000 people, or 55%.", (), (Flag("55%", "arithmetic", "error"),)),
    Case("une part d'entre elles après un seuil, du tout de la phrase d'avant, fausse (fr)", "fr", "2035-03-01",
         "Depuis janvier 2034, 46 officines ont fermé dans le Brackenshire, selon le conseil de la pharmacie du "
         "comté. 19 d'entre elles se trouvaient dans des villages de moins de 2 000 habitants, soit 55 %.", (),
         (Flag("55 %", "arithmetic", "error"),)),
    Case("a total of things at an amount each, wrong (en)", "en", "2041-10-01",
         "Since the season opened, forest officers have written 312 on-the-spot fines of €135 each, more than "
         "€52,000 in total.", (), (Flag("more than €52,000", "arithmetic", "error"),)),
    Case("un total de choses à un montant chacune, faux (fr)", "fr", "2041-10-01",
         "Depuis l'ouverture de la saison, les agents ont dressé 312 amendes de 135 euros chacune, soit plus de "
         "52 000 euros au total.", (), (Flag("plus de 52 000 euros", "arithmetic", "error"),)),
    Case("an average restating the amount of the sentence before, wrong (en)", "en", "2033-10-01",
         "The city added 600 seats in a new north stand. The council voted for the extension at a cost of €1.85 "
         "million, against €1.48 million for the new roof. That works out at about €4,100 per new seat.", (),
         (Flag("about €4,100", "arithmetic", "error"),)),
    Case("une moyenne qui reprend le montant de la phrase d'avant, fausse (fr)", "fr", "2033-10-01",
         "La ville y consacre 6,3 millions d'euros par an. Cette saison, 3 300 arbres doivent être mis en terre, "
         "soit environ 2 900 euros par arbre, arrosage compris.", (),
         (Flag("environ 2 900 euros", "arithmetic", "error"),)),
    Case("the rest of a whole given with its past value and its change, wrong (en)",
         "en", "2043-05-01",
         "The club now has 412 licensed members, up from 356 in October, 56 more in a single season. Of its "
         "members, 131 are women and girls, and the other 261 are men and boys.", (),
         (Flag("261", "arithmetic", "error"),)),
    Case("le reste d'un tout donné avec sa valeur passée et sa variation, faux (fr)",
         "fr", "2043-05-01",
         "Le club compte désormais 412 licenciés, contre 356 en octobre, soit 56 de plus en une saison. Parmi eux,"
         " 131 sont des femmes et des filles, et les 261 autres des hommes et des garçons.", (),
         (Flag("261", "arithmetic", "error"),)),
    Case("a fraction of change closing its sentence, wrong (en)", "en", "2041-03-01",
         "In 2040 the caves drew 236,000 visitors. With the cap, they can take only 162,000, or nearly a half "
         "fewer.", (),
         (Flag("nearly a half", "arithmetic", "error"),)),
    Case("une fraction de variation en fin de phrase, fausse (fr)", "fr", "2041-03-01",
         "En 2040, le site avait reçu 236 000 visiteurs. Avec la jauge, il ne pourra plus en recevoir que 162 000, "
         "soit près de la moitié de moins.", (),
         (Flag("près de la moitié", "arithmetic", "error"),)),
    Case("the rest of a whole split in the sentence before, wrong (en)",
         "en", "2031-03-01",
         "The court approved the takeover of the Maubrac cutlery by Ferrolis, which keeps 97 of the 146 staff. The"
         " other 52 will be laid off.", (),
         (Flag("52", "arithmetic", "error"),)),
    Case("le reste d'un tout partagé dans la phrase d'avant, faux (fr)",
         "fr", "2031-03-01",
         "Le tribunal a validé la reprise de la coutellerie Maubrac par Ferrolis, qui conserve 97 des 146 "
         "salariés. Les 52 autres seront licenciés.", (),
         (Flag("52", "arithmetic", "error"),)),
    Case("the rest of a whole and a part of its own sentence, wrong (en)",
         "en", "2031-03-01",
         "Of the centre's 86 staff, 31 lifeguards and instructors have moved to the Kingsmere baths, and the other"
         " 58 are on paid leave.", (),
         (Flag("58", "arithmetic", "error"),)),
    Case("le reste d'un tout et d'une partie de sa phrase, faux (fr)",
         "fr", "2031-03-01",
         "Sur les 86 agents du centre, 31 maîtres-nageurs ont rejoint la piscine de Kingsmere, et les 58 autres "
         "sont en congé payé.", (),
         (Flag("58", "arithmetic", "error"),)),
    Case("a change noun and a verb, after a time, pointing back, wrong (en)", "en", "2026-07-01",
         "There are now 102,300 cross-border commuters, against 98,600 at the end of 2025. In six months, the rise"
         " reaches 7%, a pace nobody expected.", (),
         (Flag("7%", "arithmetic", "error"),)),
    Case("un nom de variation et un verbe, après une durée, renvoyant à la phrase d'avant, faux (fr)", "fr",
         "2026-07-01",
         "Ils sont désormais 102 300 à passer la frontière chaque jour, contre 98 600 fin 2025. En six mois, la "
         "hausse atteint 7 %, un rythme que personne n'avait prévu.", (),
         (Flag("7 %", "arithmetic", "error"),)),
    Case("a share 'of the total' two sentences after the total, wrong (en)", "en", "2041-06-01",
         "The auction of 5G frequencies raised €2.84bn, the regulator said, well over the €1.2bn reserve price. "
         "Bidding ended last week after 173 rounds. The incumbent Telvara paid €1.07bn, more than half of the "
         "total, and came away with three blocks.", (),
         (Flag("more than half", "arithmetic", "error"),)),
    Case("une part « du total » deux phrases après le total, fausse (fr)", "fr", "2041-06-01",
         "Les enchères des fréquences 5G ont rapporté 2,84 milliards d'euros, bien au-delà du prix de réserve de "
         "1,2 milliard. Les offres se sont arrêtées la semaine dernière après 173 tours. L'opérateur historique "
         "Telvara a payé 1,07 milliard d'euros, soit plus de la moitié du total, pour trois blocs.", (),
         (Flag("plus de la moitié", "arithmetic", "error"),)),
    Case("a share naming its whole two sentences back before an aside, wrong (en)", "en", "2041-06-01",
         "The container ship lost 146 boxes in the storm. It was waiting to enter port. So far 38 containers have "
         "been found, more than a third of the boxes lost overboard, the coastguard says.", (),
         (Flag("more than a third", "arithmetic", "error"),)),
    Case("une part qui nomme son tout deux phrases plus haut, avant une incise, fausse (fr)", "fr", "2041-06-01",
         "Le porte-conteneurs a perdu 146 boîtes dans la tempête. Le navire attendait son tour pour entrer au "
         "port. À ce jour, 38 conteneurs ont été retrouvés, soit plus d'un tiers des boîtes tombées à la mer, "
         "selon les gardes-côtes.", (),
         (Flag("plus d'un tiers", "arithmetic", "error"),)),
    Case("an amount of change between two spelled counts, wrong (en)", "en", "2039-05-01",
         "Drownings remain rare. The coroner recorded nine in 2038, against fourteen in 2036, or three fewer in two "
         "years.", (),
         (Flag("three", "arithmetic", "error"),)),
    Case("un écart entre deux nombres en lettres, « en » tenant lieu de ce qui est compté, faux (fr)", "fr",
         "2039-05-01",
         "Les noyades restent rares. Le coroner en a recensé neuf en 2038, contre quatorze en 2036, soit trois de "
         "moins en deux ans.", (),
         (Flag("trois", "arithmetic", "error"),)),
    Case("a share said of its whole with no 'of', wrong (en)", "en", "2041-03-01",
         "The chain is closing 41 of its 118 salons, almost half the network, and cutting 260 jobs.", (),
         (Flag("almost half", "arithmetic", "error"),)),
    Case("une part de tout le réseau, fausse (fr)", "fr", "2041-03-01",
         "L'enseigne ferme 41 de ses 118 salons, près de la moitié du réseau, et supprime 260 emplois.", (),
         (Flag("près de la moitié", "arithmetic", "error"),)),
    Case("a share naming a whole given earlier in its sentence, wrong (en)", "en", "2041-03-01",
         "The fire service attended 1,460 house fires last year, and in 390 cases the blaze started in a kitchen: "
         "more than half of all fires.", (),
         (Flag("more than half", "arithmetic", "error"),)),
    Case("une part qui nomme un tout donné plus tôt dans sa phrase, fausse (fr)", "fr", "2041-03-01",
         "Les pompiers sont intervenus sur 1 460 incendies domestiques l'an dernier, et dans 390 cas le feu avait "
         "pris dans une cuisine : plus de la moitié des incendies.", (),
         (Flag("plus de la moitié", "arithmetic", "error"),)),
    Case("a share set off after a part whose whole the sentence gave before it, wrong (en)", "en", "2041-03-01",
         "The county counts 270 villages; 46 still have no fibre line, nearly one in three.", (),
         (Flag("nearly one in three", "arithmetic", "error"),)),
    Case("une part après une partie dont la phrase a donné le tout, fausse (fr)", "fr", "2041-03-01",
         "Le département compte 270 communes ; 46 n'ont toujours aucune prise, soit près d'une sur trois.", (),
         (Flag("près d'une sur trois", "arithmetic", "error"),)),
    Case("a share after a whole given 'out of' a part far before it, wrong (en)", "en", "2041-03-01",
         "According to the mayors, 46 villages still have no fibre line, out of the 270 in the county, nearly one "
         "in three.", (),
         (Flag("nearly one in three", "arithmetic", "error"),)),
    Case("une part après un tout « sur les » d'une partie donnée loin avant, fausse (fr)", "fr", "2041-03-01",
         "Selon les maires, 46 communes n'ont toujours aucune prise, sur les 270 que compte le département, soit "
         "près d'une sur trois.", (),
         (Flag("près d'une sur trois", "arithmetic", "error"),)),
    Case("a share after an open bound is the share of the count before it (en)", "en", "2041-03-01",
         "The county has 212 practising dentists for about 270,000 residents. 41 of them are 60 or older, nearly a "
         "third of the profession, the health agency warns.", (),
         (Flag("nearly a third", "arithmetic", "error"),)),
    Case("une part après une borne ouverte est celle du nombre d'avant (fr)", "fr", "2041-03-01",
         "Le département compte 212 dentistes en exercice pour environ 270 000 habitants. 41 d'entre eux ont 60 ans "
         "ou plus, soit près d'un tiers de la profession, s'inquiète l'agence de santé.", (),
         (Flag("près d'un tiers", "arithmetic", "error"),)),
    Case("an amount of change pointing back against a base a clause gives, wrong (en)", "en", "2041-10-01",
         "The Dunmore harvest festival drew 214,000 visitors over its four days, the organisers said. That is "
         "41,000 more than in 2040, when 188,000 people came through the gates.", (),
         (Flag("41,000", "arithmetic", "error"),)),
    Case("un écart qui renvoie à la phrase d'avant contre une base donnée par une proposition, faux (fr)", "fr",
         "2041-10-01",
         "La fête des vendanges de Dunmore a attiré 214 000 visiteurs en quatre jours. C'est 41 000 de plus "
         "qu'en 2040, quand 188 000 personnes avaient franchi les grilles.", (),
         (Flag("41 000", "arithmetic", "error"),)),
    Case("groups of a size and their total, wrong (en)", "en", "2033-03-03",
         "Organisers had lined up 22 teams of seven riders, 164 starters in all.", (),
         (Flag("164", "arithmetic", "error"),)),
    Case("des groupes d'une taille et leur total, faux (fr)", "fr", "2033-03-03",
         "Le plateau s'étoffe aussi : 22 équipes de sept coureurs, soit 164 partants, contre 18 équipes l'an passé.",
         (), (Flag("164", "arithmetic", "error"),)),
    Case("a speed that the distance and the duration contradict (en)", "en", "2033-03-03",
         "The tornado stayed on the ground for 22 minutes and travelled 18 km, an average of nearly 70 km/h.", (),
         (Flag("nearly 70 km/h", "arithmetic", "error"),)),
    Case("une vitesse que la distance et la durée contredisent (fr)", "fr", "2033-03-03",
         "La tornade est restée au sol 22 minutes et a parcouru 18 km, soit une vitesse de déplacement de près de "
         "70 km/h.", (), (Flag("près de 70 km/h", "arithmetic", "error"),)),
    Case("an amount each of a whole in another unit of its dimension, wrong (en)", "en", "2046-09-10",
         "The 38 growers sold 3.2 tonnes of black truffles, or about 120 kilos each.", (),
         (Flag("about 120 kilos", "arithmetic", "error"),)),
    Case("un montant chacun d'un total dans une autre unité de sa dimension, faux (fr)", "fr", "2046-09-10",
         "Les 38 producteurs ont vendu 3,2 tonnes de truffes noires, soit environ 120 kilos chacun.", (),
         (Flag("environ 120 kilos", "arithmetic", "error"),)),
    Case("hours logged 'between them' and the hours each, wrong (en)", "en", "2046-03-19",
         "Its 23 lacemakers logged 14,500 hours between them, roughly 900 hours each, spread over 18 months.", (),
         (Flag("roughly 900 hours", "arithmetic", "error"),)),
    Case("a share of the first figure of its sentence, not of one the sentence before, wrong (en)", "en",
         "2046-05-21",
         "Korrigan des Landes cleared the last of the 28 fences three lengths clear. Eighteen horses went to post "
         "on heavy ground, and only seven finished, fewer than a third of the field.", (),
         (Flag("fewer than a third", "arithmetic", "error"),)),
    Case("une part du premier chiffre de sa phrase, pas d'un chiffre de la phrase d'avant, fausse (fr)", "fr",
         "2046-05-21",
         "Korrigan des Landes a franchi le dernier des 28 obstacles avec trois longueurs d'avance. Dix-huit chevaux "
         "ont pris le départ sur un terrain lourd, et seuls sept ont terminé, moins d'un tiers du peloton.", (),
         (Flag("moins d'un tiers", "arithmetic", "error"),)),
    Case("the remaining amount of a total given the sentence before, wrong (en)", "en", "2046-10-01",
         "The building cost C$4.7 million. Quebec's government paid C$1.9 million and the town C$1.2 million; the "
         "club borrowed the remaining C$2.1 million from a local credit union.", (),
         (Flag("C$2.1 million", "arithmetic", "error"),)),
    Case("a rate over the duration the sentence before gives, wrong (en)", "en", "2046-04-24",
         "The Sablanville kite festival ended on Sunday after nine days of displays and contests. Some 385,000 "
         "visitors walked the beach, or more than 50,000 a day.", (),
         (Flag("more than 50,000", "arithmetic", "error"),)),
    Case("un rythme sur la durée que donne la phrase d'avant, faux (fr)", "fr", "2046-04-24",
         "Les Rencontres du cerf-volant de Sablanville se sont achevées dimanche, après neuf jours de démonstrations. "
         "Quelque 385 000 visiteurs ont arpenté la plage, soit plus de 50 000 par jour.", (),
         (Flag("plus de 50 000", "arithmetic", "error"),)),
    Case("a rate a minute of an amount over the one duration of its sentence, wrong (en)", "en", "2046-07-05",
         "The 26-minute display sent 22,500 shells into the sky from eight barges moored off Pier 9, some 1,200 a "
         "minute.", (), (Flag("some 1,200", "arithmetic", "error"),)),
    Case("un rythme à la minute d'un total sur la seule durée de sa phrase, faux (fr)", "fr", "2046-07-05",
         "Le spectacle de 26 minutes a envoyé 22 500 bombes dans le ciel depuis huit barges, quelque 1 200 à la "
         "minute.", (), (Flag("quelque 1 200", "arithmetic", "error"),)),
    Case("an amount each of a group counted right before ', each', wrong (en)", "en", "2046-07-16",
         "In 26 minutes, 22,500 shells were fired from six barges, each loaded with about 4,500 shells.", (),
         (Flag("about 4,500", "arithmetic", "error"),)),
    Case("un montant par élément d'un groupe compté juste avant « , chacune », faux (fr)", "fr", "2046-07-16",
         "En 26 minutes, 22 500 bombes ont été tirées depuis six barges, chacune chargée d'environ 4 500 bombes.",
         (), (Flag("environ 4 500", "arithmetic", "error"),)),
    Case("a change from a level to the one reached 'then', wrong (en)", "en", "2046-05-10",
         "The Montclaret funicular carried 96,400 passengers in its first month, then 112,000 in April, a rise of "
         "25%.", (), (Flag("25%", "arithmetic", "error"),)),
    Case("une variation d'un niveau à celui atteint « puis », fausse (fr)", "fr", "2046-05-10",
         "La régie a compté 96 400 voyages pendant le premier mois du funiculaire, puis 112 000 en avril, soit une "
         "progression de 25 %.", (), (Flag("25 %", "arithmetic", "error"),)),
    Case("a speed over a duration in minutes and seconds, wrong (en)", "en", "2046-05-21",
         "The winner covered the 5,800 metres in 8 minutes 20 seconds, an average of 52.4 km/h, well short of the "
         "course record.", (), (Flag("52.4 km/h", "arithmetic", "error"),)),
    Case("une vitesse sur une durée en minutes et secondes, fausse (fr)", "fr", "2046-05-21",
         "Le vainqueur a couvert les 5 800 mètres en 8 minutes et 20 secondes, soit une moyenne de 52,4 km/h, loin "
         "du record de l'épreuve.", (), (Flag("52,4 km/h", "arithmetic", "error"),)),
    Case("an amount for each of a group counted sentences before, wrong (en)", "en", "2033-03-03",
         "The chamber of agriculture says some 640 growers were hit. It expects a poor harvest. The regional "
         "council has released €5m in emergency aid, which works out at under €1,000 for each of the growers "
         "affected.", (), (Flag("under €1,000", "arithmetic", "error"),)),
    Case("un montant pour chacun d'un groupe compté plus haut, faux (fr)", "fr", "2033-03-03",
         "La chambre d'agriculture estime que quelque 640 arboriculteurs ont été touchés. La Région a débloqué "
         "5 millions d'euros d'aide d'urgence, soit moins de 1 000 euros pour chacun des arboriculteurs sinistrés.",
         (), (Flag("moins de 1 000 euros", "arithmetic", "error"),)),
    Case("a nightly rate restated over a year, wrong (en)", "en", "2034-06-01",
         "The agency pays £96 per resident per night, or more than £40,000 a year for each bed that is filled.", (),
         (Flag("more than £40,000", "arithmetic", "error"),)),
    Case("un tarif par nuit reporté sur l'année, faux (fr)", "fr", "2034-06-01",
         "L'agence verse 96 euros par résident et par nuit, soit plus de 40 000 euros par an pour chaque lit occupé.",
         (), (Flag("plus de 40 000 euros", "arithmetic", "error"),)),
    Case("a share given as a rate, wrong (en)", "en", "2033-03-03",
         "Of the 5,800 pitches around the lake, about 4,350 were taken on an average night, an occupancy rate of "
         "85%, and several owners blamed the heat.", (), (Flag("85%", "arithmetic", "error"),)),
    Case("une part donnée comme un taux, fausse (fr)", "fr", "2033-03-03",
         "Sur les 5 800 emplacements autour du lac, environ 4 350 étaient occupés chaque nuit, un taux "
         "d'occupation de 85 %.", (), (Flag("85 %", "arithmetic", "error"),)),
    Case("a change in percent more of the counted noun, wrong (en)", "en", "2033-03-03",
         "In all, 12,960 residents took part, against 9,400 in the 2026 edition, or nearly 30% more voters.", (),
         (Flag("nearly 30%", "arithmetic", "error"),)),
    Case("une variation « de participants en plus », fausse (fr)", "fr", "2033-03-03",
         "Au total, 12 960 habitants ont pris part au scrutin, contre 9 400 lors de l'édition de 2026, soit près de "
         "30 % de participants en plus.", (), (Flag("près de 30 %", "arithmetic", "error"),)),
    Case("a change from the level of the sentence before, wrong (en)", "en", "2031-03-03",
         "The film opened on 780 screens in France. By its third week it was showing on 1,040, an increase of 45%, "
         "as word of mouth spread.", (), (Flag("45%", "arithmetic", "error"),)),
    Case("une variation depuis le niveau de la phrase précédente, fausse (fr)", "fr", "2031-03-03",
         "Il y a un an, en juillet, la boîte de douze œufs coûtait 2,90 euros. Elle se vend aujourd'hui 3,25 euros, "
         "soit une hausse de 30 %.", (), (Flag("30 %", "arithmetic", "error"),)),
    Case("a share between a part and a whole counted with a generic noun (en)", "en", "2033-06-20",
         "The closure will cost 412 permanent jobs, nearly nine in ten of the 530 people on the payroll.", (),
         (Flag("nearly nine in ten", "arithmetic", "error"),)),
    Case("an average per a noun counted in an earlier sentence (en)", "en", "2033-06-01",
         "The racecourse drew 10,000 spectators on Sunday. That day, €1.2m was staked at the windows, or about €200 "
         "per spectator.", (),
         (Flag("about €200", "arithmetic", "error"),)),
    Case("une moyenne par un nom compté dans une phrase précédente (fr)", "fr", "2033-06-01",
         "L'hippodrome a accueilli 10 000 spectateurs dimanche. Ce jour-là, 1,2 million d'euros ont été joués aux "
         "guichets, soit environ 200 euros par spectateur.", (),
         (Flag("environ 200 euros", "arithmetic", "error"),)),
    Case("a share of 'the total' followed by another sentence (en)", "en", "2033-05-01",
         "The park holds more than 280,000 panels. 142,000 of them are bifacial modules, and these account for "
         "about a third of the total. Sunvalis expects them to add 8% to the output.", (),
         (Flag("about a third", "arithmetic", "error"),)),
    Case("une part « du total » suivie d'une autre phrase (fr)", "fr", "2033-05-01",
         "Le parc compte plus de 280 000 panneaux. 142 000 d'entre eux sont bifaciaux, soit environ un tiers du "
         "total. Sunvalis en attend 8 % de production en plus.", (),
         (Flag("environ un tiers", "arithmetic", "error"),)),
    Case("'at least one' counts nothing between a part and a share (en)", "en", "2033-05-01",
         "Sixteen of the 32 turbines have had at least one fault in their blade pitch system, or two-thirds of "
         "the array.", (),
         (Flag("two-thirds", "arithmetic", "error"),)),
    Case("« au moins une » ne compte rien entre une part et sa proportion (fr)", "fr", "2033-05-01",
         "Seize des 32 machines ont connu au moins une panne de leur système d'orientation des pales, soit les deux "
         "tiers du parc.", (),
         (Flag("deux tiers", "arithmetic", "error"),)),
    Case("a multiplier's base counts the same people under another noun (en)", "en", "2030-05-01",
         "For more than 14 hours, 6.2 million customers lost calls and mobile data, three times as many as in the "
         "operator's last big outage, in 2022, which hit 2.9 million subscribers.", (),
         (Flag("three times", "arithmetic", "error"),)),
    Case("la base d'un multiplicateur compte les mêmes personnes sous un autre nom (fr)", "fr", "2030-05-01",
         "Pendant plus de 14 heures, 6,2 millions de clients ont été privés d'appels et de données mobiles, trois "
         "fois plus que lors de la précédente panne majeure de l'opérateur, en 2022, qui avait touché 2,9 millions "
         "d'abonnés.", (), (Flag("trois fois", "arithmetic", "error"),)),
    Case("a share 'made up' restated as a fraction (en)", "en", "2027-02-20",
         "Volunteers counted 1,092 people sleeping rough. Women made up 19% of those counted, or roughly one in "
         "three, and 187 were children.", (), (Flag("roughly one in three", "arithmetic", "error"),)),
    Case("une part reformulée en fraction (fr)", "fr", "2027-02-20",
         "Les bénévoles ont recensé 1 092 personnes à la rue. Les femmes représentaient 19 % des personnes "
         "recensées, soit environ une sur trois, et 187 étaient des enfants.", (),
         (Flag("environ une sur trois", "arithmetic", "error"),)),
    Case("a share of a whole the sentence before gave ('of the total') (en)", "en", "2026-03-01",
         "Customs officers seized 1.1 million bottles in all, up from 420,000 after the first raids. The 680,000 "
         "found in January in a warehouse near the port make up more than two-thirds of the total.", (),
         (Flag("more than two-thirds", "arithmetic", "error"),)),
    Case("une part d'un tout donné dans la phrase précédente (« du total ») (fr)", "fr", "2026-03-01",
         "Les douaniers ont saisi 1,1 million de bouteilles au total, contre 420 000 après les premières "
         "perquisitions. Les 680 000 trouvées en janvier dans un entrepôt représentent plus des deux tiers du total.",
         (), (Flag("plus des deux tiers", "arithmetic", "error"),)),
    Case("a share of a budget the sentence before gave is checked, not any share (en)", "en", "2033-06-01",
         "The festival cost £14.5 million to stage. The district council contributed a grant of £450,000, "
         "covering nearly a tenth of that budget.", (), (Flag("nearly a tenth", "arithmetic", "error"),)),
    Case("a rate restating an amount for a duration (en)", "en", "2028-09-20",
         "Hospitals compete for locums, whose pay is capped at €1,410 for a 24-hour shift, or about €80 an hour.",
         (), (Flag("about €80", "arithmetic", "error"),)),
    Case("un taux qui reformule un montant pour une durée (fr)", "fr", "2028-09-20",
         "Les hôpitaux s'arrachent les intérimaires, dont la rémunération est plafonnée à 1 410 euros pour une "
         "garde de 24 heures, soit environ 80 euros de l'heure.", (),
         (Flag("environ 80 euros", "arithmetic", "error"),)),
    Case("a bare figure a day restating an amount in litres over days (en)", "en", "2046-03-21",
         "In its first five days, the reopened station sold 9,800 litres of fuel, about 2,400 a day, according to "
         "the town hall.", (), (Flag("about 2,400", "arithmetic", "error"),)),
    Case("un nombre nu par jour qui reformule des litres sur des jours (fr)", "fr", "2046-03-21",
         "En quatre jours, la station rouverte a vendu 7 200 litres de carburant, soit environ 2 500 par jour, "
         "selon la mairie.", (), (Flag("environ 2 500", "arithmetic", "error"),)),
    Case("parts that miss 'a total investment of' after them (en)", "en", "2046-03-01",
         "The co-op paid C$650,000 for the station and spent C$280,000 on the works, mostly on new tanks, a total "
         "investment of C$1.1 million.", (), (Flag("C$1.1 million", "arithmetic", "error"),)),
    Case("des parties qui ne font pas « un investissement total de » (fr)", "fr", "2046-03-01",
         "La coopérative a payé la station 650 000 dollars canadiens et consacré 280 000 dollars aux travaux, "
         "surtout au remplacement des réservoirs, soit un investissement total de 1,1 million.", (),
         (Flag("1,1 million", "arithmetic", "error"),)),
    Case("a bare amount each of hours a group logged (en)", "en", "2046-05-01",
         "The station has only three paid staff; the rest is done by its 58 volunteers, who logged about 9,000 "
         "hours last year, or roughly 200 each.", (), (Flag("roughly 200", "arithmetic", "error"),)),
    Case("un nombre nu chacun des heures données par un groupe (fr)", "fr", "2046-05-01",
         "La radio n'a que trois salariés ; le reste est assuré par ses 58 bénévoles, qui ont donné environ 9 000 "
         "heures l'an dernier, soit à peu près 200 chacun.", (), (Flag("à peu près 200", "arithmetic", "error"),)),
    Case("an average per a noun no count names, against the counts of the sentence before (en)", "en", "2046-10-01",
         "The race had 11,200 registered runners, and 11,084 crossed the line on the quay. Its budget of "
         "€2.3m works out at about €290 per finisher, a cost the organisers say is in line with other "
         "marathons.", (),
         (Flag("about €290", "arithmetic", "error"),)),
    Case("une moyenne par un nom qu'aucun nombre ne compte, rapportée aux nombres de la phrase d'avant (fr)", "fr",
         "2046-10-01", "La course comptait 11 200 coureurs inscrits, et 11 084 ont franchi la ligne sur le quai. "
         "Son budget de 2,3 millions d'euros revient à environ 290 euros par finisseur, un coût dans la moyenne selon "
         "les organisateurs.", (),
         (Flag("environ 290 euros", "arithmetic", "error"),)),
    Case("a price per barrel splits the value between the barrels of the sentence before (en)", "en", "2046-04-01",
         "Investigators say 3,610 barrels were emptied over the weeks. The haul, about 870 tonnes of syrup, "
         "is valued at C$2.9 million, or about C$1,200 a barrel.", (),
         (Flag("about C$1,200", "arithmetic", "error"),)),
    Case("un prix le baril partage la valeur entre les barils de la phrase d'avant (fr)", "fr", "2046-04-01",
         "Selon les enquêteurs, 3 610 barils ont été vidés au fil des semaines. Le butin, environ 870 tonnes "
         "de sirop, est estimé à 2,9 millions de dollars canadiens, soit environ 1 200 dollars le baril.", (),
         (Flag("environ 1 200 dollars", "arithmetic", "error"),)),
    Case("an average per thing split between a bare count before it (en)", "en", "2046-07-15",
         "The ship is the first of six ordered in March under a contract worth €1.05bn, or about €310m per "
         "vessel.", (), (Flag("about €310m", "arithmetic", "error"),)),
    Case("une moyenne par objet partagée entre un nombre nu avant elle (fr)", "fr", "2046-07-15",
         "Le navire est le premier des six commandés en mars dans le cadre d'un contrat de 1,05 milliard "
         "d'euros, soit environ 310 millions par bâtiment.", (),
         (Flag("environ 310 millions", "arithmetic", "error"),)),
    Case("a difference after its noun, from a level two sentences before (en)", "en", "2046-08-30",
         "Gusts kept the 412 balloons entered this year on the ground. The meet, which opened on Saturday, "
         "keeps growing. This year's field is 57 balloons larger than the 371 that flew in 2039.", (),
         (Flag("57", "arithmetic", "error"),)),
    Case("un écart après son nom, depuis un niveau deux phrases avant (fr)", "fr", "2046-08-30",
         "Les rafales ont cloué au sol les 412 montgolfières inscrites cette année. La fête, ouverte samedi, "
         "ne cesse de grandir. Le plateau compte cette année 57 montgolfières de plus que les 371 venues en "
         "2039.", (), (Flag("57", "arithmetic", "error"),)),
    Case("a total after a price a piece set off by a bare comma (en)", "en", "2046-05-10",
         "The stall in the school yard sold 2,100 sandwiches at €4 apiece, €9,400 that will pay for a school trip to "
         "the sea.", (), (Flag("€9,400", "arithmetic", "error"),)),
    Case("un total après un prix à la pièce, repris par « soit » (fr)", "fr", "2046-05-10",
         "Le stand de la cour d'école a vendu 2 100 sandwichs à 4 euros pièce, soit 9 400 euros qui paieront une "
         "sortie scolaire à la mer.", (), (Flag("9 400 euros", "arithmetic", "error"),)),
    Case("a share after a colon, of a part among those of the sentence before (en)", "en", "2046-03-01",
         "Its optometrists carried out 4,180 eye examinations in 2045. Of those examined, 212 were sent on to the "
         "hospital eye clinic with suspected glaucoma: roughly one in ten.", (),
         (Flag("roughly one in ten", "arithmetic", "error"),)),
    Case("une part d'un nombre pris « parmi les » patients de la phrase d'avant (fr)", "fr", "2046-03-01",
         "Ses optométristes ont réalisé 4 180 examens de la vue en 2045. Parmi les patients examinés, 212 ont été "
         "adressés à la clinique ophtalmologique de l'hôpital, soit environ un sur dix.", (),
         (Flag("environ un sur dix", "arithmetic", "error"),)),
    Case("an addition bringing a level said sentences before to a total it misses (en)", "en", "2046-03-20",
         "Last year the co-op delivered 38,200 hot meals to 312 older people. A meal costs the client €6.50. "
         "Keane expects the weekend service to add about 9,000 meals a year, bringing the annual total to more "
         "than 50,000.", (),
         (Flag("more than 50,000", "arithmetic", "error"),)),
    Case("un ajout qui porte un niveau dit plus tôt à un total faux (fr)", "fr", "2046-03-20",
         "L'an dernier, la coopérative a livré 38 200 repas chauds à 312 personnes âgées. Un repas coûte 6,50 "
         "euros. Le service du week-end devrait ajouter environ 9 000 repas par an, portant le total annuel à "
         "plus de 50 000.", (),
         (Flag("plus de 50 000", "arithmetic", "error"),)),
    Case("a rate a year of an amount the sentence before gave, over a duration (en)", "en", "2046-02-01",
         "The vision van cost $385,000. The district plans to write it off over eight years, or about $60,000 a "
         "year.", (), (Flag("about $60,000", "arithmetic", "error"),)),
    Case("un taux par an d'un montant donné la phrase d'avant, sur une durée (fr)", "fr", "2046-02-01",
         "Le camion a coûté 385 000 dollars. Le district compte l'amortir sur huit ans, soit environ 60 000 dollars "
         "par an.", (), (Flag("environ 60 000 dollars", "arithmetic", "error"),)),
    Case("what is left of a count of the same things, wrong (en)", "en", "2046-06-20",
         "The division runs 82 buses on its 47 routes, and 47 of them are now electric. The remaining 45 diesel buses "
         "will be replaced as they wear out.", (), (Flag("45", "arithmetic", "error"),)),
    Case("le reste d'un nombre des mêmes choses, faux (fr)", "fr", "2046-06-20",
         "La division fait rouler 82 autobus sur ses 47 circuits, et 47 d'entre eux sont désormais électriques. Les 45 "
         "autres autobus, au diesel, seront remplacés à mesure qu'ils s'usent.", (),
         (Flag("45", "arithmetic", "error"),)),
    Case("a hedged amount after a comma restating a share of its whole (en)", "en", "2046-08-01",
         "A petition to cap the bottler's take was signed by 64% of the 870 people who live in Port Aldous, about 470 "
         "names collected door to door.", (), (Flag("about 470", "arithmetic", "error"),)),
    Case("un montant approché après une virgule qui reprend une part de son tout (fr)", "fr", "2046-08-01",
         "La pétition a été signée par 64 % des 870 habitants de Port Aldous, environ 470 noms recueillis au "
         "porte-à-porte.", (), (Flag("environ 470", "arithmetic", "error"),)),
    Case("a multiplier since the amount before it, of a level the sentence before gave (en)", "en", "2046-09-01",
         "The co-op makes 38 tonnes of charcoal a year from its chestnut coppice. In its first season, in 2043, "
         "it produced 13 tonnes; output has since quadrupled.", (), (Flag("quadrupled", "arithmetic", "error"),)),
    Case("un multiplicateur depuis le montant d'avant, d'un niveau de la phrase d'avant (fr)", "fr", "2046-09-01",
         "La coopérative produit 38 tonnes de charbon par an. Lors de sa première saison, en 2043, elle en a "
         "produit 13 tonnes ; la production a depuis quadruplé.", (), (Flag("quadruplé", "arithmetic", "error"),)),
    Case("a change in points after a from-to with the verb's object between (en)", "en", "2033-06-20",
         "Warehouse workers voted on Saturday to end their strike after the company raised its pay offer from 3.2% "
         "to 4.6%, an improvement of 1.2 points.", (), (Flag("1.2 points", "arithmetic", "error"),)),
    Case("une variation en points après un « de ... à » avec le complément du verbe entre (fr)", "fr", "2033-06-20",
         "Les salariés ont voté samedi la fin de la grève après que l'entreprise a relevé son offre de 3,2 % à "
         "4,6 %, une amélioration de 1,2 point.", (), (Flag("1,2 point", "arithmetic", "error"),)),
    Case("a share pointing back at the sentence before, of a whole after it (en)", "en", "2032-11-01",
         "Corvane has connected 31,500 homes and businesses to full fibre. That is nearly half of the 86,000 premises "
         "the county programme is meant to reach.", (), (Flag("nearly half", "arithmetic", "error"),)),
    Case("une part qui renvoie à la phrase d'avant, d'un tout donné après elle (fr)", "fr", "2032-11-01",
         "Corvane a raccordé 31 500 logements et entreprises à la fibre. C'est près de la moitié des 86 000 locaux "
         "que le programme du comté doit desservir.", (), (Flag("près de la moitié", "arithmetic", "error"),)),
    Case("'of it' says a figure is part of the one before (en)", "en", "2033-08-01",
         "Wenlow supplies 1.06 billion litres a day and loses 212 million litres of it before it reaches a tap, "
         "almost a third of the total.", (), (Flag("almost a third", "arithmetic", "error"),)),
    Case("an amount of change said after its noun (fr)", "fr", "2033-06-01",
         "Selon les organisateurs, 18 420 coureurs ont franchi la ligne, contre 16 950 l'an dernier, soit 2 070 "
         "arrivants de plus.", (), (Flag("2 070", "arithmetic", "error"),)),
    Case("an amount of change said before its noun (en)", "en", "2033-06-01",
         "According to the organisers, 18,420 runners crossed the line, against 16,950 last year, or 2,070 more "
         "finishers.", (), (Flag("2,070", "arithmetic", "error"),)),
    Case("an average per a noun counted right after it (en)", "en", "2033-02-20",
         "The buyer will invest €8.5m in the cannery, or more than €60,000 per employee for the site's 164 "
         "employees.", (),
         (Flag("more than €60,000", "arithmetic", "error"),)),
    Case("une moyenne par un nom compté juste après (fr)", "fr", "2033-02-20",
         "Le repreneur met en avant un plan d'investissement de 8,5 millions d'euros, soit plus de 60 000 euros par "
         "salarié pour les 164 employés du site.", (),
         (Flag("plus de 60 000 euros", "arithmetic", "error"),)),
    Case("a change set off after two levels, the first an estimate (fr)", "fr", "2033-06-01",
         "Estimé à 14,6 millions de livres en mars, le chantier coûtera finalement 17,9 millions de livres, soit une "
         "hausse de 31 %.", (),
         (Flag("31 %", "arithmetic", "error"),)),
    Case("a change set off after a few words telling of the second level (fr)", "fr", "2033-06-01",
         "Le quota d'églefin, fixé à titre provisoire à 11 200 tonnes, a été ramené à 9 400 tonnes après une "
         "nouvelle évaluation du stock, soit une baisse de 21 %.", (),
         (Flag("21 %", "arithmetic", "error"),)),
    Case("a change set off after a few words telling of the second level (en)", "en", "2033-06-01",
         "The haddock quota, provisionally set at 11,200 tonnes, was cut to 9,400 tonnes after a new stock "
         "assessment, a fall of 21%.", (),
         (Flag("21%", "arithmetic", "error"),)),
    Case("a change set off after two levels, the second reached (en)", "en", "2033-06-01",
         "For a typical household, whose annual bill stands at about €1,240, the simulator shows the total climbing "
         "to roughly €1,400, an increase of about 20%.", (),
         (Flag("about 20%", "arithmetic", "error"),)),
    Case("a change between two prices in pence (en)", "en", "2025-09-10",
         "The average price of petrol rose from 138.9p a litre to 146.2p in a week, an increase of more than 7%.",
         (), (Flag("more than 7%", "arithmetic", "error"),)),
    Case("a percentage restating an amount of change of a level (fr)", "fr", "2026-06-01",
         "Annoncée à 212 millions d'euros en 2023, la facture a gonflé de 56 millions, soit une hausse de plus de "
         "40 %.", (),
         (Flag("plus de 40 %", "arithmetic", "error"),)),
    Case("a percentage restating an amount of change of a level (en)", "en", "2026-06-01",
         "The bill now stands at €268m, up €56m, a rise of 40%.", (),
         (Flag("40%", "arithmetic", "error"),)),
    Case("a percentage restated as a fraction that does not fit (en)", "en", "2032-03-01",
         "Buyers from afar mattered: 27% of the crop was sold outside the region, or more than a third of the "
         "volume.", (),
         (Flag("more than a third", "arithmetic", "error"),)),
    Case("un pourcentage repris par une fraction qui ne colle pas (fr)", "fr", "2032-03-01",
         "Les acheteurs venus de loin ont pesé : 27 % de la récolte a été vendue hors de la région, soit plus d'un "
         "tiers des volumes.", (),
         (Flag("plus d'un tiers", "arithmetic", "error"),)),
    Case("le reste après « soit », faux (fr)", "fr", "2032-03-01",
         "Le département installera 48 caméras, dont une douzaine dès ce printemps. Le reste, soit 30 caméras, sera "
         "posé avant l'été.", (),
         (Flag("30", "arithmetic", "error"),)),
    Case("a net difference of the two amounts before it (en)", "en", "2026-06-01",
         "The renewal programme will see 420 flats torn down and 310 new homes built in their place, a net loss "
         "of 130 social homes.", (),
         (Flag("130", "arithmetic", "error"),)),
    Case("un solde des deux nombres qui le précèdent (fr)", "fr", "2026-06-01",
         "Le projet prévoit 46 fermetures de classes à la rentrée, pour 12 ouvertures, soit un solde de 30 classes "
         "en moins.", (),
         (Flag("30", "arithmetic", "error"),)),
    Case("an average per noun after its counted noun (en)", "en", "2026-05-04",
         "The fleet of 1,800 bikes is spread across 145 docking stations, or more than 15 bikes per station on "
         "paper.", (),
         (Flag("more than 15", "arithmetic", "error"),)),
    Case("une moyenne par unité après le nom compté (fr)", "fr", "2026-05-04",
         "Les 1 800 vélos sont répartis entre 145 stations, soit plus de 15 vélos par station.", (),
         (Flag("plus de 15", "arithmetic", "error"),)),
    Case("an amount of change set off after a change from one value to another (en)", "en", "2026-04-10",
         "Households had filed 17,950 applications by the end of March, up from 14,600 at the end of December, "
         "or some 5,000 more in three months.", (),
         (Flag("some 5,000", "arithmetic", "error"),)),
    Case("un écart en valeur qui reprend une variation entre deux valeurs (fr)", "fr", "2026-04-10",
         "Les ménages avaient déposé 17 950 dossiers fin mars, contre 14 600 fin décembre, soit quelque 5 000 de "
         "plus en trois mois.", (),
         (Flag("quelque 5 000", "arithmetic", "error"),)),
    Case("a percentage restating a change from one value to another (en)", "en", "2026-02-10",
         "The auditorium came in at €187m, up from the €148m budgeted in 2023, an overrun of €39m, or more than "
         "30%, that the city's auditors have already picked apart.", (),
         (Flag("more than 30%", "arithmetic", "error"),)),
    Case("un pourcentage qui reprend une variation entre deux valeurs (fr)", "fr", "2026-02-10",
         "L'auditorium a coûté 187 millions d'euros, contre 148 millions prévus en 2023, soit plus de 30 %.", (),
         (Flag("plus de 30 %", "arithmetic", "error"),)),
    Case("a change from the level said right before its starting value, another level near (fr)", "fr",
         "2026-02-10", "Les 27 lignes du réseau ont enregistré 14,2 millions de voyages, contre 11,1 millions en "
         "2024, soit une hausse de 35 %.", (),
         (Flag("35 %", "arithmetic", "error"),)),
    Case("a change from the level said right before its starting value, another level near (en)", "en",
         "2026-02-10", "The network's 27 lines carried 14.2 million passengers, against 11.1 million in 2024, a "
         "rise of 35%.", (),
         (Flag("35%", "arithmetic", "error"),)),
    Case("un montant par tête après « soit », faux (fr)", "fr", "2026-03-13",
         "La région a débloqué 5,5 millions d'euros pour 11 000 foyers modestes, soit environ 800 euros chacun.",
         (), (Flag("environ 800 euros", "arithmetic", "error"),)),
    Case("un coût à l'hectare, faux (fr)", "fr", "2026-05-29",
         "Le chantier a coûté 14 millions d'euros pour 6,5 hectares, soit plus de 3 millions d'euros l'hectare.",
         (), (Flag("plus de 3 millions d'euros", "arithmetic", "error"),)),
    Case("une part et son tout, une durée entre eux, fausse (fr)", "fr", "2029-05-10",
         "Santé publique recense 17 malades, dont 9 âgés de plus de 75 ans, soit près des deux tiers.", (),
         (Flag("près des deux tiers", "arithmetic", "error"),)),
    Case("an amount restating a share of a whole given before, wrong (en)", "en", "2026-03-04",
         "The repairs will cost €3.2m. The state would pay a third, or €1.6m.", (),
         (Flag("€1.6m", "arithmetic", "error"),)),
    Case("un montant redisant une part d'un tout donné avant, faux (fr)", "fr", "2026-03-04",
         "Le coût des réparations est estimé à 3,2 millions d'euros. L'État en prendrait en charge un tiers, soit "
         "1,6 million.", (), (Flag("1,6 million", "arithmetic", "error"),)),
    Case("une moyenne dite après son nom, fausse (fr)", "fr", "2026-09-02",
         "Le département compte 185 000 bovins, répartis dans 3 100 exploitations, soit une quarantaine de bêtes "
         "en moyenne.", (), (Flag("une quarantaine", "arithmetic", "error"),)),
    Case("a rate restated over another period, wrong (en)", "en", "2028-05-24",
         "That still means about 212 million litres a day seep into the ground, or more than 90 billion litres a "
         "year.", (), (Flag("more than 90 billion litres", "arithmetic", "error"),)),
    Case("un taux redit sur une autre période, faux (fr)", "fr", "2028-05-24",
         "Il gagne 1 200 euros par mois, soit 16 400 euros par an.", (),
         (Flag("16 400 euros", "arithmetic", "error"),)),
    Case("a total after parts with its own noun, wrong (en)", "en", "2028-03-28",
         "The list runs to 480 own-brand lines and 760 branded ones, 1,340 items in all.", (),
         (Flag("1,340", "arithmetic", "error"),)),
    Case("an amount per head that 'works out at', wrong (en)", "en", "2028-04-20",
         "Lynx killed 180 sheep last year, and the state paid out €61,400 in compensation, which works out at "
         "roughly €500 per animal killed.", (), (Flag("roughly €500", "arithmetic", "error"),)),
    Case("un multiple dont la base suit « plus qu'en », faux (fr)", "fr", "2028-04-15",
         "Les gardes ont recensé 14 jeunes en 2027, deux fois plus qu'en 2026, où ils n'en avaient compté que 9.",
         (), (Flag("deux fois", "arithmetic", "error"),)),
    Case("a multiplier whose base comes later in the sentence, wrong (en)", "en", "2026-04-09",
         "Saturdays and Sundays have averaged 12,800 riders, twice as many as on a typical weekday, when the "
         "figure falls to 8,600.", (), (Flag("twice", "arithmetic", "error"),)),
    Case("une part « d'entre eux » d'un tout de la phrase d'avant, fausse (fr)", "fr", "2027-05-12",
         "Pour les 1 240 salariés, le choc est rude. Un repreneur s'est engagé à reprendre 310 d'entre eux, soit "
         "près d'un tiers des effectifs.", (), (Flag("près d'un tiers", "arithmetic", "error"),)),
    Case("what is left of a whole given in the sentence before, wrong (en)", "en", "2026-02-11",
         "The government has set up a €45m emergency fund. Of that, €18m will go to families who lost their "
         "homes and €12m to farmers, leaving €20m for repairs to roads.", (), (Flag("€20m", "arithmetic", "error"),)),
    Case("the remaining part of a whole of the same sentence, wrong (en)", "en", "2026-02-11",
         "The board said 41 of its 96 public schools were closed, while the remaining 45 stayed open.", (),
         (Flag("45", "arithmetic", "error"),)),
    Case("le reste d'un tout nommé après, faux (fr)", "fr", "2026-04-16",
         "Le Parlement a adopté la réforme par 214 voix contre 187. Les 29 restants des 420 députés se sont "
         "abstenus.", (), (Flag("29", "arithmetic", "error"),)),
    Case("a gap between a level and the base named after it, wrong (en)", "en", "2026-06-10",
         "Shares in Solvane closed at €31.20 on Tuesday, €8.70 above the €24.50 at which the bank sold them in "
         "March.", (), (Flag("€8.70", "arithmetic", "error"),)),
    Case("a gap given with a comparative of speed, wrong (en)", "en", "2045-06-10",
         "The winning pigeon averaged 71.6 km/h, 9.6 km/h slower than the 78.2 km/h set by last year's winner.", (),
         (Flag("9.6 km/h", "arithmetic", "error"),)),
    Case("un écart de vitesse faux (fr)", "fr", "2045-06-10",
         "Le pigeon vainqueur a volé à 71,6 km/h de moyenne, 9,6 km/h moins vite que les 78,2 km/h du vainqueur de "
         "l'an dernier.", (), (Flag("9,6 km/h", "arithmetic", "error"),)),
    Case("an average said after what it is per, wrong (en)", "en", "2045-06-10",
         "The festival welcomed 72 companies from 24 countries, four per country on average, for 340 shows.", (),
         (Flag("four", "arithmetic", "error"),)),
    Case("une moyenne dite après ce par quoi elle divise, fausse (fr)", "fr", "2045-06-10",
         "Le festival a accueilli 72 compagnies venues de 24 pays, quatre par pays en moyenne, pour 340 spectacles.",
         (), (Flag("quatre", "arithmetic", "error"),)),
    Case("an amount per thing set off after the count of those things, wrong (en)", "en", "2045-06-10",
         "The city's new hall is paying £4.2 million for a concert organ of 5,214 pipes, roughly £1,100 a pipe.", (),
         (Flag("roughly £1,100", "arithmetic", "error"),)),
    Case("un montant par chose après le compte de ces choses, faux (fr)", "fr", "2045-06-10",
         "La ville paie 4,2 millions d'euros pour un orgue de 5 214 tuyaux, environ 1 100 euros par tuyau.", (),
         (Flag("environ 1 100 euros", "arithmetic", "error"),)),
    Case("a total at a price per thing counted the sentence before, wrong (en)", "en", "2045-08-10",
         "The 120 ice cream makers on the harbour front served 310,000 scoops between them. At €2.50 a scoop, that "
         "came to about €620,000 of takings.", (), (Flag("about €620,000", "arithmetic", "error"),)),
    Case("un total à un prix par chose comptée la phrase d'avant, faux (fr)", "fr", "2045-08-10",
         "Les 120 glaciers du port ont servi 310 000 boules. À 2,50 euros par boule, cela représente environ "
         "620 000 euros de recettes.", (), (Flag("environ 620 000 euros", "arithmetic", "error"),)),
    Case("a change said as 'better' against a level given with 'against', wrong (en)", "en", "2045-11-10",
         "The Dane was clocked at 74.6 km/h in a sprint, against 71.2 km/h for the best time of the previous "
         "edition, 8% better.", (), (Flag("8%", "arithmetic", "error"),)),
    Case("une variation dite « de mieux » après « contre », fausse (fr)", "fr", "2045-11-10",
         "Le Danois a été chronométré à 74,6 km/h lors d'un sprint, contre 71,2 km/h pour le meilleur temps de "
         "l'édition précédente, soit 8 % de mieux.", (), (Flag("8 %", "arithmetic", "error"),)),
    Case("an average pointing back past its average cue, wrong (en)", "en", "2043-05-10",
         "The 182 exhibitors, from at least 14 countries, sold £1.3 million of pieces, against £900,000 in 2042. That "
         "is an average of £11,000 per exhibitor.", (), (Flag("£11,000", "arithmetic", "error"),)),
    Case("une moyenne qui renvoie en arrière par-delà « en moyenne », fausse (fr)", "fr", "2043-05-10",
         "Les 182 exposants, venus d'au moins 14 pays, ont vendu pour 1,3 million de livres de pièces, contre "
         "900 000 livres en 2042. Cela représente en moyenne 11 000 livres par exposant.", (),
         (Flag("11 000 livres", "arithmetic", "error"),)),
    Case("a change naming what the sentence before said, wrong (en)", "en", "2036-04-10",
         "The scheme has £1.1m to spend this year, down from the £1.4m proposed in October. Councillors called it a "
         "27% cut, forced on them by the rising cost of care.", (), (Flag("27%", "arithmetic", "error"),)),
    Case("une variation qui nomme ce que la phrase d'avant a dit, fausse (fr)", "fr", "2036-04-10",
         "Le dispositif dispose de 1,1 million de livres cette année, contre 1,4 million proposé en octobre. Les élus "
         "y voient une baisse de 27 %, imposée par le coût de l'aide sociale.", (),
         (Flag("27 %", "arithmetic", "error"),)),
    Case("a change set off after a dated level of the sentence before's, wrong (en)", "en", "2045-04-12",
         "The star bird sold for £286,000. It smashes the old British record, £190,000 in 2039, an increase of "
         "65%.", (), (Flag("65%", "arithmetic", "error"),)),
    Case("une variation après un niveau daté, par rapport à la phrase d'avant, fausse (fr)", "fr", "2045-04-12",
         "La vedette a été adjugée 286 000 livres. Elle pulvérise l'ancien record britannique, 190 000 livres en "
         "2039, soit 65 % de plus.", (), (Flag("65 %", "arithmetic", "error"),)),
    Case("un écart avec la base nommée après, faux (fr)", "fr", "2026-06-10",
         "Le décompte fait état de 1 092 personnes, 206 de plus que les 986 de l'an dernier.", (),
         (Flag("206", "arithmetic", "error"),)),
    Case("an average per head of either count before it, wrong (en)", "en", "2026-06-10",
         "By their count, about 6,800 people in 11 countries lost €214m, an average of €41,000 each.", (),
         (Flag("€41,000", "arithmetic", "error"),)),
    Case("une moyenne par tête, fausse (fr)", "fr", "2026-06-10",
         "Quelque 6 800 épargnants de 11 pays ont perdu 214 millions d'euros, soit en moyenne 41 000 euros chacun.",
         (), (Flag("41 000 euros", "arithmetic", "error"),)),
    Case("an average count per thing, wrong (en)", "en", "2026-06-10",
         "The port handled 412 calls and 1.86 million cruise passengers last year, an average of more than 5,000 "
         "per ship.", (), (Flag("more than 5,000", "arithmetic", "error"),)),
    Case("an amount for each of a count named after it, wrong (en)", "en", "2026-09-09",
         "Donors have pledged $96m for 2026, or roughly $40 for each of the country's 4.1 million inhabitants.",
         (), (Flag("roughly $40", "arithmetic", "error"),)),
    Case("un montant pour chacun des bénéficiaires nommés après, faux (fr)", "fr", "2026-09-09",
         "Les donateurs ont promis 96 millions de dollars, soit environ 40 dollars pour chacun des 4,1 millions "
         "d'habitants du pays.", (), (Flag("environ 40 dollars", "arithmetic", "error"),)),
    Case("a difference after a from-to pair, wrong (en)", "en", "2026-11-18",
         "On Arsenal Boulevard, traffic fell from 142,000 to 133,500 vehicles a day, 6,500 fewer.", (),
         (Flag("6,500", "arithmetic", "error"),)),
    Case("une différence après « de ... à », fausse (fr)", "fr", "2026-11-18",
         "Sur le boulevard de l'Arsenal, le trafic est passé de 142 000 à 133 500 véhicules par jour, soit 6 500 "
         "de moins.", (), (Flag("6 500", "arithmetic", "error"),)),
    Case("a hedged multiplier of a base named after it, wrong (en)", "en", "2026-06-19",
         "The painting sold for €41.5m, nearly four times the artist's previous record of €12.8m, set in 2019.",
         (), (Flag("nearly four times", "arithmetic", "error"),)),
    Case("un multiple approché d'une base nommée après, faux (fr)", "fr", "2026-06-19",
         "La toile a été adjugée 41,5 millions d'euros, soit près de quatre fois le précédent record de "
         "l'artiste, 12,8 millions d'euros.", (), (Flag("près de quatre fois", "arithmetic", "error"),)),
    Case("a multiplier of the figure of the sentence before, wrong (en)", "en", "2033-06-01",
         "The reopened railway carried 21,300 passengers in its first month. That is three times the 9,400 who "
         "took the replacement coaches over the same weeks last year.", (),
         (Flag("three times", "arithmetic", "error"),)),
    Case("un multiple du chiffre de la phrase précédente, faux (fr)", "fr", "2033-06-01",
         "La ligne rouverte a transporté 21 300 voyageurs en un mois. C'est trois fois plus que les 9 400 "
         "voyageurs des cars de remplacement l'an dernier.", (),
         (Flag("trois fois", "arithmetic", "error"),)),
    Case("a total at a price per kilo, wrong (en)", "en", "2033-06-01",
         "Investigators use a wholesale price of €3,500 a kilo: for the 620 kg seized, that is more than €3m.", (),
         (Flag("more than €3m", "arithmetic", "error"),)),
    Case("un total à un prix au kilo, faux (fr)", "fr", "2033-06-01",
         "Les enquêteurs retiennent un prix de gros de 3 500 euros le kilo : pour les 620 kg saisis, cela "
         "représente plus de 3 millions d'euros.", (),
         (Flag("plus de 3 millions d'euros", "arithmetic", "error"),)),
    Case("un total à un prix par jour, faux (fr)", "fr", "2033-06-01",
         "La location de la grue coûte 450 euros par jour ; sur un chantier de 16 jours, soit 9 000 euros.", (),
         (Flag("9 000 euros", "arithmetic", "error"),)),
    Case("a change against a time whose figure a clause gives, wrong (en)", "en", "2033-09-01",
         "The lake drew 447,000 visitors this summer, the tourist office said. That is 15% more than in the summer "
         "of 2029, when 398,000 tourists were counted.", (),
         (Flag("15%", "arithmetic", "error"),)),
    Case("une variation par rapport à une époque dont une proposition donne le chiffre, fausse (fr)", "fr",
         "2033-09-01",
         "Le lac de Vernière a attiré 447 000 visiteurs cet été, selon l'office de tourisme. La fréquentation "
         "affiche une hausse de 15 % par rapport à l'été 2029, où 398 000 touristes avaient été comptés.", (),
         (Flag("15 %", "arithmetic", "error"),)),
    Case("un multiple d'une édition dont une proposition donne le chiffre, faux (fr)", "fr", "2033-06-01",
         "Les organisateurs ont déjà vendu environ 118 000 billets, trois fois plus qu'aux championnats de "
         "Brennar, en 2026, où 59 000 places avaient trouvé preneur.", (),
         (Flag("trois fois", "arithmetic", "error"),)),
    Case("a multiple of an edition whose figure a clause gives, wrong (en)", "en", "2033-06-01",
         "The organisers have already sold about 118,000 tickets, three times as many as at the Brennar "
         "championships in 2026, when 59,000 seats found buyers.", (),
         (Flag("three times", "arithmetic", "error"),)),
    Case("a change pointing back at the only two levels of the sentence before, wrong (en)", "en", "2026-06-01",
         "The university won 118 grants in the last round, a record for a place that had only 74 five years ago. "
         "That represents a rise of more than 80%, the president said.", (),
         (Flag("more than 80%", "arithmetic", "error"),)),
    Case("une variation qui renvoie aux deux seuls niveaux de la phrase précédente, fausse (fr)", "fr",
         "2026-06-01",
         "L'université a décroché 118 projets financés par l'agence, un record pour l'établissement, qui n'en "
         "comptait que 74 il y a cinq ans. Cela représente une hausse de plus de 80 %, se félicite la présidence.",
         (), (Flag("plus de 80 %", "arithmetic", "error"),)),
    Case("a change from a start whose subject names the level of the sentence before, wrong (en)", "en",
         "2026-03-01",
         "Valdrenne recorded 18,940 births last year, the fewest since counting began in 1946. The figure was down "
         "from 20,310 in 2025, a drop of nearly 9%, and with 24,310 deaths the region shrank.", (),
         (Flag("nearly 9%", "arithmetic", "error"),)),
    Case("une variation depuis un départ dont le sujet désigne le niveau de la phrase précédente, fausse (fr)", "fr",
         "2026-03-01",
         "Le Valdrenne a enregistré 18 940 naissances l'an dernier, le plus bas niveau depuis 1946. Ce chiffre est "
         "en baisse par rapport aux 20 310 de 2025, soit un recul de près de 9 %.", (),
         (Flag("près de 9 %", "arithmetic", "error"),)),
    Case("an amount of change against a year whose figure a clause gives, wrong (en)", "en", "2033-09-01",
         "This year's course had 9,700 metres of climbing, or 1,300 metres more than in 2032, when runners "
         "climbed only 8,900.", (),
         (Flag("1,300 metres", "arithmetic", "error"),)),
    Case("un écart à une année dont une proposition donne le chiffre, faux (fr)", "fr", "2033-09-01",
         "Le parcours affichait cette année 9 700 mètres de dénivelé positif, soit 1 300 mètres de plus qu'en "
         "2032, quand les coureurs n'en avaient gravi que 8 900.", (),
         (Flag("1 300 mètres", "arithmetic", "error"),)),
    Case("a multiplier of the sentence before in another unit, wrong (en)", "en", "2033-02-01",
         "Forecasters had warned of the danger. 1.2 metres of fresh snow fell in the 48 hours before the slide. "
         "That is three times as much as the 80 centimetres that fell in the whole of January.", (),
         (Flag("three times", "arithmetic", "error"),)),
    Case("un multiple de la phrase précédente dans une autre unité, faux (fr)", "fr", "2033-02-01",
         "Les prévisionnistes avaient prévenu. Il est tombé 1,2 mètre de neige fraîche en 48 heures avant "
         "l'avalanche. C'est trois fois plus que les 80 centimètres tombés sur tout le mois de janvier.", (),
         (Flag("trois fois", "arithmetic", "error"),)),
    Case("a share pointing back after an opening phrase, wrong (en)", "en", "2033-05-01",
         "The city had granted 4,100 exemptions by the end of last year. For the opposition, that is already more "
         "than one in five of the 38,500 vehicles affected.", (),
         (Flag("more than one in five", "arithmetic", "error"),)),
    Case("une part qui renvoie en arrière après une ouverture de phrase, fausse (fr)", "fr", "2033-05-01",
         "La métropole en avait accordé 4 100 à la fin de l'an dernier. Pour l'opposition, cela représente déjà "
         "plus d'un sur cinq des quelque 38 500 véhicules concernés.", (),
         (Flag("plus d'un sur cinq", "arithmetic", "error"),)),
    Case("a percentage restating an amount of change said after its noun, wrong (en)", "en", "2036-08-01",
         "The club had 640 members before the pool closed; only 410 remain, or 230 fewer swimmers and a fall of "
         "nearly 25% in four months.", (),
         (Flag("nearly 25%", "arithmetic", "error"),)),
    Case("un pourcentage qui reprend un écart dit après son nom, faux (fr)", "fr", "2036-08-01",
         "Le club comptait 640 licenciés avant la fermeture ; il n'en reste que 410, soit 230 nageurs de moins et "
         "une baisse de près de 25 % en quatre mois.", (),
         (Flag("près de 25 %", "arithmetic", "error"),)),
    Case("a count each restating a whole done by a count before it, wrong (en)", "en", "2037-04-01",
         "More than 8,500 patients are registered, and its nine salaried dentists carried out 4,320 treatments in "
         "three months, or nearly 700 each.", (),
         (Flag("nearly 700", "arithmetic", "error"),)),
    Case("un nombre par tête qui reprend un total fait par un groupe compté avant, faux (fr)", "fr", "2037-04-01",
         "Plus de 8 500 patients y sont inscrits, et ses neuf dentistes salariés ont réalisé 4 320 soins en trois "
         "mois, soit près de 700 chacun.", (),
         (Flag("près de 700", "arithmetic", "error"),)),
    Case("an average 'for every' one of the things counted, wrong (en)", "en", "2037-06-01",
         "The council runs 31 car parks with 4,850 spaces between them, and they brought in £7.4 million last "
         "year, or about £2,100 for every space.", (),
         (Flag("about £2,100", "arithmetic", "error"),)),
    Case("une moyenne « pour chaque » chose comptée, fausse (fr)", "fr", "2037-06-01",
         "La ville gère 31 parkings et 4 850 places, qui ont rapporté 7,4 millions d'euros l'an dernier, soit "
         "environ 2 100 euros pour chaque place.", (),
         (Flag("environ 2 100 euros", "arithmetic", "error"),)),
    Case("a saving that is not the gap between two prices compared, wrong (en)", "en", "2037-06-01",
         "A cremation there costs €790, against €1,050 at Montcalvès, a saving of €360 for families.", (),
         (Flag("€360", "arithmetic", "error"),)),
    Case("une économie qui n'est pas l'écart entre deux prix comparés, fausse (fr)", "fr", "2037-06-01",
         "Une crémation y est facturée 790 euros, contre 1 050 euros à Montcalvès, soit une économie de 360 euros "
         "pour les familles.", (),
         (Flag("360 euros", "arithmetic", "error"),)),
    Case("a share of the bill the sentence before gave, wrong (en)", "en", "2037-05-01",
         "The restoration of Fenmoor Park will cost £27.8m, against £23.5m planned in January. The heritage fund "
         "provides £9.4m, nearly half of the bill; the city will borrow the rest.", (),
         (Flag("nearly half", "arithmetic", "error"),)),
    Case("une part de la facture donnée par la phrase précédente, fausse (fr)", "fr", "2037-05-01",
         "La restauration du parc coûtera 27,8 millions de livres, contre 23,5 millions prévus en janvier. Le fonds "
         "du patrimoine en apporte 9,4 millions, soit près de la moitié de la facture ; la ville empruntera le "
         "reste.", (),
         (Flag("près de la moitié", "arithmetic", "error"),)),
    Case("a figure of another clause after a share is not its whole (en)", "en", "2037-05-01",
         "The queue now adds up to just under 3 GW, spread across 112 requests. Of those, 52 come from companies "
         "based outside Europe, more than half of the total, RSE notes; the other 60 are French or European.", (),
         (Flag("more than half", "arithmetic", "error"),)),
    Case("a share of a whole given a sentence before, wrong (en)", "en", "2037-08-01",
         "The course covers 62 hectares and used 160 million litres of water in 2036. The abandoned holes account "
         "for 14 hectares, or nearly a third of the course's area.", (),
         (Flag("nearly a third", "arithmetic", "error"),)),
    Case("une part d'un tout donné une phrase avant, fausse (fr)", "fr", "2037-08-01",
         "Le parcours s'étend sur 62 hectares et a englouti 160 millions de litres d'eau en 2036. Les trous "
         "abandonnés représentent 14 hectares, soit près d'un tiers de la surface du golf.", (),
         (Flag("près d'un tiers", "arithmetic", "error"),)),
    Case("an amount each of a whole spread across a count named before it, wrong (en)", "en", "2037-04-01",
         "The county's emergency grant of £4.2 million, announced in March, is meant to keep rural counters "
         "trading. Spread across the 112 pharmacies that qualify, it comes to about £52,000 each.", (),
         (Flag("about £52,000", "arithmetic", "error"),)),
    Case("un montant par tête d'un tout réparti entre un nombre nommé avant, faux (fr)", "fr", "2037-04-01",
         "L'aide d'urgence du comté, de 4,2 millions d'euros, doit maintenir les officines rurales. Répartie entre "
         "les 112 pharmacies éligibles, elle représente environ 52 000 euros chacune.", (),
         (Flag("environ 52 000 euros", "arithmetic", "error"),)),
    Case("a ratio to things counted earlier set off after a count, wrong (en)", "en", "2046-04-01",
         "The fair brought together 48 stands from six countries.\n\nThe club staffs it with 150 volunteers, "
         "more than four for every stand, who sell tickets and run the café.", (),
         (Flag("more than four", "arithmetic", "error"),)),
    Case("un rapport à des choses comptées plus haut après un nombre, faux (fr)", "fr", "2046-04-01",
         "La foire a réuni 48 stands venus de six pays.\n\nLe club la fait tourner avec 150 bénévoles, soit "
         "plus de quatre pour chaque stand, qui vendent les billets et tiennent la buvette.", (),
         (Flag("plus de quatre", "arithmetic", "error"),)),
    Case("an amount per unit of an area set off after the area, wrong (en)", "en", "2046-04-01",
         "The 23 growers of the cooperative harvested 540 tonnes of cider apples from 120 hectares of orchards, "
         "about 7 tonnes a hectare.", (), (Flag("about 7 tonnes", "arithmetic", "error"),)),
    Case("un montant par unité de surface après la surface, faux (fr)", "fr", "2046-04-01",
         "Les 23 producteurs de la coopérative ont récolté 540 tonnes de pommes à cidre sur 120 hectares de "
         "vergers, soit environ 7 tonnes à l'hectare.", (), (Flag("environ 7 tonnes", "arithmetic", "error"),)),
    Case("a gain in points after an old and a new percentage, wrong (en)", "en", "2046-04-01",
         "The old works removed 58% of the phosphorus; the new one removes 91%, a gain of 23 points.", (),
         (Flag("23 points", "arithmetic", "error"),)),
    Case("un gain en points après un ancien et un nouveau pourcentage, faux (fr)", "fr", "2046-04-01",
         "L'ancienne station éliminait 58 % du phosphore ; la nouvelle en élimine 91 %, soit un gain de 23 "
         "points.", (), (Flag("23 points", "arithmetic", "error"),)),
    Case("the other share of a whole after its first share, wrong (en)", "en", "2046-04-01",
         "The lifeboat crew has 64 members. Of those, 85% are volunteers, and paid coxswains make up the other "
         "25%.", (), (Flag("25%", "arithmetic", "error"),)),
    Case("le reste d'un tout après sa première part, faux (fr)", "fr", "2046-04-01",
         "L'équipage compte 64 membres, dont 85 % de bénévoles. Les 25 % restants sont des patrons salariés.", (),
         (Flag("25 %", "arithmetic", "error"),)),
    Case("the rest of a whole after two shares, wrong (en)", "en", "2046-04-01",
         "Cars made up 52% of the crossings and vans 31%; lorries accounted for the remaining 27%.", (),
         (Flag("27%", "arithmetic", "error"),)),
    Case("a year's total set off by a comma as a rate per month, wrong (en)", "en", "2046-03-01",
         "The lifeboat station answered 540 calls in 2045, about 60 a month, most of them to sailing dinghies.", (),
         (Flag("about 60", "arithmetic", "error"),)),
    Case("a total in a sentence opening on the year, restated per day, wrong (en)", "en", "2046-03-01",
         "In 2045, the ferry carried 730,000 passengers, or about 3,500 a day.", (),
         (Flag("about 3,500", "arithmetic", "error"),)),
    Case("un total dans une phrase ouverte par l'année, reporté par jour, faux (fr)", "fr", "2046-03-01",
         "En 2045, le bac a transporté 730 000 passagers, soit environ 3 500 par jour.", (),
         (Flag("environ 3 500", "arithmetic", "error"),)),
    Case("une production par an reportée par jour après une surface, fausse (fr)", "fr", "2046-03-01",
         "La laiterie, bâtie sur 2,4 hectares, peut conditionner 73 millions de yaourts par an, soit environ "
         "350 000 par jour.", (), (Flag("environ 350 000", "arithmetic", "error"),)),
    Case("a year's total restated per day, wrong (en)", "en", "2036-03-01",
         "Taxis made 6.3 million trips in 2035, or about 25,000 a day, many of them from the airport.", (),
         (Flag("about 25,000", "arithmetic", "error"),)),
    Case("le total d'une année reporté par jour, faux (fr)", "fr", "2036-03-01",
         "Les taxis ont réalisé 6,3 millions de courses en 2035, soit environ 25 000 par jour, et l'aéroport en "
         "fournit une bonne part.", (),
         (Flag("environ 25 000", "arithmetic", "error"),)),
    Case("a majority that is not the gap of the tally (en)", "en", "2026-04-16",
         "The Estravian parliament passed the pension reform by 214 votes to 187, a majority of 37.", (),
         (Flag("37", "arithmetic", "error"),)),
    Case("un écart de voix faux (fr)", "fr", "2026-04-16",
         "Le Parlement d'Estravie a adopté la réforme par 214 voix contre 187, soit 37 voix d'écart.", (),
         (Flag("37", "arithmetic", "error"),)),
    Case("the winning side's share of a tally, wrong (en)", "en", "2026-04-16",
         "Teachers backed the offer by 1,012 votes to 388, a majority of more than 80%, on a high turnout.", (),
         (Flag("more than 80%", "arithmetic", "error"),)),
    Case("la part des voix gagnantes, fausse (fr)", "fr", "2026-04-16",
         "Les enseignants ont approuvé l'accord par 1 012 voix contre 388, une majorité de plus de 80 %.", (),
         (Flag("plus de 80 %", "arithmetic", "error"),)),
    Case("a share word after a part of 'the usual' whole, wrong (en)", "en", "2026-06-11",
         "Only 420 of the usual 1,400 daily trains ran on Wednesday, less than a quarter, and commuters crowded "
         "onto buses.", (), (Flag("less than a quarter", "arithmetic", "error"),)),
    Case("an overrun from an estimate, wrong (en)", "en", "2026-03-16",
         "The tram line cost €486m, according to the audit chamber, up from an estimate of €410m in 2022, "
         "an overrun of 23%.", (), (Flag("23%", "arithmetic", "error"),)),
    Case("un dépassement par rapport au budget initial, faux (fr)", "fr", "2026-03-16",
         "Le tram a coûté 486 millions d'euros, contre un budget initial de 410 millions, soit un dépassement "
         "de 23 %.", (), (Flag("23 %", "arithmetic", "error"),)),
    Case("un gain en points entre deux parts, faux (fr)", "fr", "2026-03-16",
         "La part de l'éolien en mer passera de 4,1 % à 5,3 %, soit un gain de 2,2 points.", (),
         (Flag("2,2 points", "arithmetic", "error"),)),
    Case("share that does not add up (en)", "en", "2024-03-01",
         "Investigators found that 21 of the 50 missiles, or 60%, had been made last year.", (),
         (Flag("60%", "arithmetic", "error"),)),
    Case("change that does not add up (en)", "en", "2024-03-01",
         "Average rents rose from $1,850 to $2,100 over two years, an increase of more than 20%.", (),
         (Flag("more than 20%", "arithmetic", "error"),)),
    Case("hausse fausse (fr)", "fr", "2024-03-01",
         "Le chiffre d'affaires de Marlow a atteint 12,4 milliards d'euros en 2023, en hausse de 14 % par "
         "rapport aux 11,2 milliards de 2022.", (),
         (Flag("14 %", "arithmetic", "error"),)),
    Case("écart faux (fr)", "fr", "2024-04-22",
         "La candidate arrive en tête avec 38,5 % des voix, devant le sortant (27,1 %), soit un écart de 13,4 "
         "points.", (),
         (Flag("13,4 points", "arithmetic", "error"),)),
    Case("total that does not add up (en)", "en", "2024-03-01",
         "Overnight the army fired 30 cruise missiles and 25 drones, a total of 65 weapons.", (),
         (Flag("65", "arithmetic", "error"),)),
    Case("total faux (fr)", "fr", "2024-03-01",
         "Dans la nuit, l'armée a tiré 30 missiles de croisière et 25 drones, soit au total 65 engins.", (),
         (Flag("65", "arithmetic", "error"),)),
    Case("points ahead (en)", "en", "2024-04-22",
         "The challenger won 38.5% of the vote and finished 13.4 points ahead of the incumbent (27.1%).", (),
         (Flag("13.4 points", "arithmetic", "error"),)),
    Case("whole first, share that does not add up (en)", "en", "2024-03-01",
         "Of the 1,200 staff, 300, or a third, will lose their jobs.", (),
         (Flag("a third", "arithmetic", "error"),)),
    Case("share of a whole given after it (en)", "en", "2024-05-01",
         "About 4,000 people, or 40% of the town's 12,000 residents, were evacuated.", (),
         (Flag("40%", "arithmetic", "error"),)),
    Case("part d'un ensemble donné après (fr)", "fr", "2024-05-01",
         "Environ 4 000 personnes, soit 40 % des 12 000 habitants de la commune, ont été évacuées.", (),
         (Flag("40 %", "arithmetic", "error"),)),
    Case("point change that does not add up (fr)", "fr", "2024-05-01",
         "Le chômage est passé de 8,1 % à 7,5 %, soit une baisse de 0,8 point.", (),
         (Flag("0,8 point", "arithmetic", "error"),)),
    Case("margin that does not add up (en)", "en", "2024-05-01",
         "The final vote was 61% to 39%, a 28-point margin.", (),
         (Flag("28", "arithmetic", "error"),)),
    Case("la moitié (fr)", "fr", "2024-09-13",
         "La ligne transporte quelque 140 000 voyageurs par jour. Aux heures de pointe, 56 000 voyageurs "
         "empruntent la ligne, soit la moitié de la fréquentation quotidienne.", (),
         (Flag("la moitié", "arithmetic", "error"),)),
    Case("share in words set off by a comma (en)", "en", "2024-06-10",
         "Of the 87 seats in the new chamber, 24 went to the Greens, more than a third.", (),
         (Flag("more than a third", "arithmetic", "error"),)),
    Case("share in words in the next sentence (en)", "en", "2024-06-10",
         "The Greens won 24 of the 87 seats. That is more than a third of the chamber.", (),
         (Flag("more than a third", "arithmetic", "error"),)),
    Case("approximate percentage share (en)", "en", "2024-06-10",
         "The Greens won 34 of the 87 seats, roughly 18% of the chamber.", (),
         (Flag("roughly 18%", "arithmetic", "error"),)),
    Case("jump in the next sentence (en)", "en", "2024-02-01",
         "The region recorded 4,200 burglaries last year, up from 3,600 in 2022. The jump of 28% alarmed police.",
         (), (Flag("28%", "arithmetic", "error"),)),
    Case("plus d'un tiers (fr)", "fr", "2024-06-10",
         "Sur les 87 sièges, 24 sont allés aux Verts, plus d'un tiers.", (),
         (Flag("plus d'un tiers", "arithmetic", "error"),)),
    Case("plus de trois sur quatre (fr)", "fr", "2024-06-10",
         "Sur 40 communes consultées, 20 ont voté pour, plus de trois sur quatre.", (),
         (Flag("plus de trois sur quatre", "arithmetic", "error"),)),
    Case("part dans la phrase suivante (fr)", "fr", "2024-06-10",
         "Les Verts ont obtenu 24 des 87 sièges. C'est plus d'un tiers de l'hémicycle.", (),
         (Flag("plus d'un tiers", "arithmetic", "error"),)),
    Case("bond dans la phrase suivante (fr)", "fr", "2024-02-01",
         "La région a enregistré 4 200 cambriolages l'an dernier, contre 3 600 en 2022. Ce bond de 28 % inquiète "
         "la police.", (),
         (Flag("28 %", "arithmetic", "error"),)),
    Case("share given with out of (en)", "en", "2024-06-10",
         "The Greens won 24 seats out of 87, roughly 39%.", (),
         (Flag("roughly 39%", "arithmetic", "error"),)),
    Case("share after accounting for (en)", "en", "2024-06-10",
         "Of the 87 seats, 24 went to the Greens, accounting for more than a third.", (),
         (Flag("more than a third", "arithmetic", "error"),)),
    Case("share in a sentence that gives it (en)", "en", "2024-06-10",
         "The Greens won 24 of the 87 seats. That gives them more than a third of the chamber.", (),
         (Flag("more than a third", "arithmetic", "error"),)),
    Case("share of its whole in the next sentence, wrong (en)", "en", "2024-01-20",
         "The company cut 300 of its 1,200 jobs in 2023. That is half of its workforce.", (),
         (Flag("half", "arithmetic", "error"),)),
    Case("part de ses effectifs, fausse (fr)", "fr", "2024-01-20",
         "L'entreprise a supprimé 300 de ses 1 200 emplois en 2023. C'est la moitié de ses effectifs.", (),
         (Flag("la moitié", "arithmetic", "error"),)),
    Case("change from a past value beside a share, wrong (en)", "en", "2024-06-10",
         "The Greens won 24 of the 87 seats, compared with 18 in 2019. That is a rise of 50%.", (),
         (Flag("50%", "arithmetic", "error"),)),
    Case("hausse à côté d'une part, fausse (fr)", "fr", "2024-06-10",
         "Les Verts ont obtenu 24 des 87 sièges, contre 18 en 2019. Cette hausse de 50 % est historique.", (),
         (Flag("50 %", "arithmetic", "error"),)),
    Case("fraction restated as a share, wrong (fr)", "fr", "2024-06-10",
         "Les Verts ont remporté 24 sièges sur 87, soit plus d'un tiers.", (),
         (Flag("plus d'un tiers", "arithmetic", "error"),)),
    Case("fraction in words restated as a percentage, wrong (fr)", "fr", "2024-06-10",
         "Trois communes sur quatre ont voté pour, soit 60 %.", (),
         (Flag("60 %", "arithmetic", "error"),)),
    Case("ce qui représente, faux (fr)", "fr", "2024-06-10",
         "Sur les 87 sièges, 24 sont allés aux Verts, ce qui représente plus d'un tiers.", (),
         (Flag("plus d'un tiers", "arithmetic", "error"),)),
    Case("share of a whole with its parts listed (en)", "en", "2024-06-10",
         "Police arrested 120 people, including 30 men, roughly two-thirds.", (),
         (Flag("roughly two-thirds", "arithmetic", "error"),)),
    Case("part d'un ensemble détaillé (fr)", "fr", "2024-06-10",
         "La police a interpellé 120 personnes, dont 30 hommes, soit environ deux tiers.", (),
         (Flag("environ deux tiers", "arithmetic", "error"),)),
    Case("jump given in the next sentence, wrong (en)", "en", "2024-02-01",
         "Exports rose to $5.1 billion in 2023 from $4.3 billion a year earlier. It was a jump of 25%, the "
         "ministry said.", (),
         (Flag("25%", "arithmetic", "error"),)),
    Case("change from the nearest starting value, wrong (en)", "en", "2024-12-13",
         "Councillors approved, by 52 votes to 31, a budget of $2.8 billion for 2025, up 11% on the $2.65 "
         "billion voted last year.", (),
         (Flag("11%", "arithmetic", "error"),)),
    Case("hausse depuis la valeur de départ la plus proche, fausse (fr)", "fr", "2024-12-13",
         "Les élus ont adopté, par 52 voix contre 31, un budget de 2,8 milliards d'euros, en hausse de 11 % par "
         "rapport aux 2,65 milliards votés l'an dernier.", (),
         (Flag("11 %", "arithmetic", "error"),)),
    Case("a change written as a fraction, wrong (en)", "en", "2024-04-22",
         "Runners raised £4.2 million for charity, up a third on the £3.6 million raised last year.", (),
         (Flag("a third", "arithmetic", "error"),)),
    Case("a fall written as a fraction, wrong (en)", "en", "2024-04-22",
         "Ticket sales fell by a quarter to 30,000, from 36,000 in 2023.", (),
         (Flag("a quarter", "arithmetic", "error"),)),
    Case("a total after its parts, wrong (en)", "en", "2024-07-05",
         "The airline said 12,400 passengers had been rebooked on other carriers and 8,900 had been given "
         "refunds, 23,300 in all.", (),
         (Flag("23,300", "arithmetic", "error"),)),
    Case("total après des parties entre parenthèses, faux (fr)", "fr", "2024-12-13",
         "Les crédits iront d'abord aux transports (510 millions), avec l'achat de quatorze rames, puis aux "
         "lycées (280 millions) et au numérique (90 millions), soit 940 millions d'euros au total.", (),
         (Flag("940 millions d'euros", "arithmetic", "error"),)),
    Case("a share after 'meaning', wrong (en)", "en", "2024-03-06",
         "Of the 318 cases, 212 were in children who had never been vaccinated, meaning one in three patients "
         "had no protection at all.", (),
         (Flag("one in three", "arithmetic", "error"),)),
    Case("part après « ce qui signifie qu' », fausse (fr)", "fr", "2024-03-06",
         "Sur les 318 cas, 212 concernaient des enfants jamais vaccinés, ce qui signifie qu'un patient sur trois "
         "n'avait aucune protection.", (),
         (Flag("un patient sur trois", "arithmetic", "error"),)),
    Case("a part opening 'Among them', wrong (en)", "en", "2024-05-14",
         "The survey was carried out in early April among 2,015 workers. Among them, 1,090 say they prefer to "
         "come to the office four or five days a week, two-thirds of those questioned.", (),
         (Flag("two-thirds", "arithmetic", "error"),)),
    Case("part ouvrant « Parmi eux », fausse (fr)", "fr", "2024-05-14",
         "L'enquête a été menée début avril auprès de 2 015 actifs. Parmi eux, 1 090 disent préférer venir au "
         "bureau quatre ou cinq jours par semaine, soit les deux tiers des personnes interrogées.", (),
         (Flag("deux tiers", "arithmetic", "error"),)),
    Case("a share of the parts listed, wrong (en)", "en", "2024-10-14",
         "According to the final count, 16,210 people voted yes and 13,340 voted no, so the dam was backed by "
         "nearly two-thirds of those who took part.", (),
         (Flag("nearly two-thirds", "arithmetic", "error"),)),
    Case("part des voix exprimées fausse (fr)", "fr", "2024-10-14",
         "Selon le décompte final, 16 210 électeurs ont voté oui et 13 340 non : le barrage a donc été approuvé "
         "par 65 % des votants.", (),
         (Flag("65 %", "arithmetic", "error"),)),
    Case("a multiplier, wrong (en)", "en", "2024-08-01",
         "There are twice as many campers as in 2022: 14,300 against 9,800.", (),
         (Flag("twice", "arithmetic", "error"),)),
    Case("un multiplicateur faux (fr)", "fr", "2024-08-01",
         "Les ventes de billets ont été multipliées par trois, passant de 3 000 à 6 000.", (),
         (Flag("trois", "arithmetic", "error"),)),
    Case("share first, then its whole and part, wrong (en)", "en", "2024-09-18",
         "More than half of the 96 schools, 41, were closed on Wednesday.", (),
         (Flag("More than half", "arithmetic", "error"),)),
    Case("part d'abord, puis l'ensemble et la partie, fausse (fr)", "fr", "2024-09-18",
         "Les deux tiers des 1 200 salariés, soit 600 personnes, vont perdre leur emploi.", (),
         (Flag("deux tiers", "arithmetic", "error"),)),
    Case("a share between commas, wrong (en)", "en", "2024-09-18",
         "Only 120 of the 420 farms, less than a quarter, were insured.", (),
         (Flag("less than a quarter", "arithmetic", "error"),)),
    Case("part entre virgules, fausse (fr)", "fr", "2024-09-18",
         "Seules 120 des 420 exploitations, moins d'un quart, étaient assurées.", (),
         (Flag("moins d'un quart", "arithmetic", "error"),)),
    Case("parts included that exceed the whole (en)", "en", "2024-09-18",
         "The county's 2,000 teachers include 1,200 women and 900 men.", (),
         (Flag("2,000", "arithmetic", "error"),)),
    Case("parties comprises qui dépassent l'ensemble (fr)", "fr", "2024-09-18",
         "Les 2 000 enseignants du département comprennent 1 200 femmes et 900 hommes.", (),
         (Flag("2 000", "arithmetic", "error"),)),
    Case("a change over a range read as one figure, wrong (en)", "en", "2024-09-18",
         "Rents rose 30% in five years, from $1,850 to $2,100.", (),
         (Flag("30%", "arithmetic", "error"),)),
    Case("hausse par rapport aux valeurs après « que les », fausse (fr)", "fr", "2024-09-18",
         "Les ventes ont atteint 4,2 millions d'euros, 50 % de plus que les 3,6 millions de 2022.", (),
         (Flag("50 %", "arithmetic", "error"),)),
    Case("a rise on last year's figure, wrong (en)", "en", "2024-09-18",
         "The festival drew 85,000 visitors, up 20% on last year's 60,000.", (),
         (Flag("20%", "arithmetic", "error"),)),
    Case("a fraction more than a figure, wrong (en)", "en", "2024-02-12",
         "Exports reached $5.1 billion, a quarter more than the $4.3 billion of 2022.", (),
         (Flag("a quarter", "arithmetic", "error"),)),
    Case("une fraction de plus qu'un chiffre, fausse (fr)", "fr", "2024-02-12",
         "Les exportations ont atteint 5,1 milliards de dollars, un quart de plus que les 4,3 milliards de 2022.",
         (), (Flag("un quart", "arithmetic", "error"),)),
    Case("a part 'of them' after its whole, wrong (en)", "en", "2024-02-12",
         "Parliament has 577 members, 215 of them women, or 45%.", (),
         (Flag("45%", "arithmetic", "error"),)),
    Case("une part « d'entre eux » après l'ensemble, fausse (fr)", "fr", "2024-02-12",
         "L'Assemblée compte 577 députés, 215 d'entre eux sont des femmes, soit 45 %.", (),
         (Flag("45 %", "arithmetic", "error"),)),
    Case("a share first, its whole after 'among the', wrong (en)", "en", "2024-02-12",
         "Nine out of ten among the 1,200 residents surveyed, 780 people, said they opposed the plan.", (),
         (Flag("Nine out of ten", "arithmetic", "error"),)),
    Case("une part d'abord, l'ensemble après « parmi les », fausse (fr)", "fr", "2024-02-12",
         "Neuf habitants sur dix parmi les 1 200 interrogés, soit 780 personnes, se disent opposés au projet.", (),
         (Flag("Neuf habitants sur dix", "arithmetic", "error"),)),
    Case("money parts listed after their total, wrong (en)", "en", "2024-10-02",
         "Spending reaches €4.8 billion: €2.1 billion for health, €1.4 billion for education and €0.8 billion for "
         "culture.", (),
         (Flag("€4.8 billion", "arithmetic", "error"),)),
    Case("parties en euros après leur total, fausses (fr)", "fr", "2024-10-02",
         "Les dépenses atteignent 4,8 milliards d'euros : 2,1 milliards pour la santé, 1,4 milliard pour "
         "l'éducation et 0,8 milliard pour la culture.", (),
         (Flag("4,8 milliards d'euros", "arithmetic", "error"),)),
    Case("a combined total that does not add up (en)", "en", "2024-11-20",
         "Ashgrove brings 1,260 beds to the merged trust and St Brede's 880, a combined 2,240.", (),
         (Flag("2,240", "arithmetic", "error"),)),
    Case("un total « à eux deux » faux (fr)", "fr", "2024-11-20",
         "L'hôpital d'Ashgrove apporte 1 260 lits à la fusion et Sainte-Brède 880, 2 240 à eux deux.", (),
         (Flag("2 240", "arithmetic", "error"),)),
    Case("whole with its owner first, share that does not add up (en)", "en", "2024-11-20",
         "Of the city's 1,850 employees, 1,200, or about three-quarters, have been working with pen and paper "
         "since the attack.", (),
         (Flag("about three-quarters", "arithmetic", "error"),)),
    Case("ensemble d'abord, « soit environ les », part fausse (fr)", "fr", "2024-11-20",
         "Sur les 1 850 agents de la mairie, 1 200, soit environ les trois quarts, travaillent avec un stylo et du "
         "papier depuis l'attaque.", (),
         (Flag("trois quarts", "arithmetic", "error"),)),
    Case("share of an earlier whole named by a synonym, wrong (en)", "en", "2024-05-03",
         "Berval prison held 1,126 inmates on 1 May, against 640 places. For lack of beds, 412 prisoners sleep on "
         "a mattress on the floor, or nearly half the prison's population.", (),
         (Flag("nearly half", "arithmetic", "error"),)),
    Case("part d'un ensemble antérieur nommé par un synonyme, fausse (fr)", "fr", "2024-05-03",
         "La maison d'arrêt accueillait 1 126 détenus pour 640 places au 1er mai. Faute de lits, 412 prisonniers "
         "dorment sur un matelas posé au sol, soit près de la moitié de la population de l'établissement.", (),
         (Flag("près de la moitié", "arithmetic", "error"),)),
    Case("an amount each of a split whole, wrong (en)", "en", "2024-06-18",
         "A syndicate of bus drivers has won the $168m Northstar Lotto jackpot. The 27 drivers, who have paid $5 a "
         "week each into the pot since 2011, will split the prize equally, taking home about $7.2m apiece.", (),
         (Flag("about $7.2m", "arithmetic", "error"),)),
    Case("une part par tête d'un gain partagé, fausse (fr)", "fr", "2024-06-18",
         "Un syndicat de chauffeurs de bus a remporté le jackpot de 168 millions de dollars. Les 27 chauffeurs, qui "
         "cotisaient 5 dollars par semaine chacun depuis 2011, se partageront le gain à parts égales, soit environ "
         "7,2 millions de dollars chacun avant impôts.", (),
         (Flag("environ 7,2 millions de dollars", "arithmetic", "error"),)),
    Case("a change up to today's level in the sentence before, wrong (en)", "en", "2024-04-19",
         "Cocoa futures touched a record $9,800 a tonne on Wednesday. Prices stood at $2,600 in January 2023, a "
         "rise of 57% in little more than a year.", (),
         (Flag("57%", "arithmetic", "error"),)),
    Case("une hausse jusqu'au niveau de la phrase d'avant, fausse (fr)", "fr", "2024-04-19",
         "Le cacao a touché un record de 9 800 dollars la tonne mercredi. Il s'échangeait à 2 600 dollars en "
         "janvier 2023, soit une hausse de 57 % en un peu plus d'un an.", (),
         (Flag("57 %", "arithmetic", "error"),)),
    Case("an average per backer of the amount the sentence before pledged, wrong (en)", "en", "2045-03-01",
         "Hollowmere Games closed the crowdfunding campaign for its new board game last week with £1.84 million "
         "pledged. Lanterns of Vell drew 23,640 backers, who pledged an average of about £95 each.", (),
         (Flag("about £95", "arithmetic", "error"),)),
    Case("une moyenne par contributeur du montant promis la phrase d'avant, fausse (fr)", "fr", "2045-03-01",
         "Hollowmere Games a clos la semaine dernière la campagne de financement de son nouveau jeu avec 1,84 million "
         "de livres promises. Le jeu a séduit 23 640 contributeurs, qui ont promis en moyenne environ 95 livres "
         "chacun.", (), (Flag("environ 95 livres", "arithmetic", "error"),)),
]


@pytest.mark.parametrize("case", VALID, ids=lambda case: case.name)
def test_passes(case: Case) -> None:
    assert_case(case, {"arithmetic"})


@pytest.mark.parametrize("case", INVALID, ids=lambda case: case.name)
def test_flags(case: Case) -> None:
    assert_case(case, {"arithmetic"})


@pytest.mark.parametrize(("name", "pair"), [("a share after an open bound is the share of the count before it (en)",
                                             "41 of 212"),
                                            ("une part après une borne ouverte est celle du nombre d'avant (fr)",
                                             "41 sur 212"),
                                            ("a share of them after a threshold, of the sentence before's whole, "
                                             "wrong (en)", "19 of 46"),
                                            ("une part d'entre elles après un seuil, du tout de la phrase d'avant, "
                                             "fausse (fr)", "19 sur 46")])
def test_a_share_after_an_open_bound_is_explained_by_the_count_before_it(name: str, pair: str) -> None:
    case = next(case for case in INVALID if case.name == name)
    report = checker.check(case.text, language=case.language, published_at=case.published_at)
    finding = next(f for f in report.findings if f.category == "arithmetic")
    assert pair in finding.message, finding.message


@pytest.mark.parametrize(("name", "count"), [("an average 'for every' one of the things counted, wrong (en)", "4,850"),
                                             ("une moyenne « pour chaque » chose comptée, fausse (fr)", "4 850")])
def test_an_average_is_explained_by_the_count_it_is_per(name: str, count: str) -> None:
    case = next(case for case in INVALID if case.name == name)
    report = checker.check(case.text, language=case.language, published_at=case.published_at)
    finding = next(f for f in report.findings if f.category == "arithmetic")
    assert re.search(rf"(between|entre) {re.escape(count)}\b(?!\d|[,.]\d)", finding.message), finding.message
