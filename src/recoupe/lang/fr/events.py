"""French cues for coding ACLED events (``recoupe.link.events``).

Every pattern is a regular expression matched on folded text (lowercase, accents removed, ``’`` → ``'``)
with word boundaries added around it. Quoted speech is blanked before matching: what a speaker says
(``« localiser et arrêter les bandits »``) is not an event the article reports.
"""

from __future__ import annotations

from recoupe.lang.fr import claims
from recoupe.lang.fr import time as _time
from recoupe.lang.fr.speech import REPORTED_DAY_BEFORE
from recoupe.text import fold

#: People gathered who are no demonstration: pilgrims, worshippers, spectators (``des pèlerins rassemblés sur les
#: rives``). Folded text; blanked before the demonstration words are looked for, so ``des manifestants
#: rassemblés`` still counts. Not relatives: ``des proches des victimes se sont rassemblés devant le ministère``
#: is a demonstration, as ACLED codes it.
GATHERING_NOT_PROTEST = (
    r"\b(?:pelerins|fideles|devots|supporters|spectateurs|badauds|curieux|touristes"
    r"|festivaliers|secouristes|sauveteurs)\b(?: [\w'-]+){0,4}? (?:se sont |s'etaient |se sont deja |etaient |sont )?"
    r"rassemble(?:e|s|es)?\b"
    # a gathering named for what it is (``un rassemblement religieux``, ``les grands rassemblements de prière``,
    # ``lors d'un rassemblement festif``): worship or a feast, no demonstration
    r"|\brassemblements? (?:religieux|de priere|de prieres|festifs?|sportifs?|familiaux|familial|culturels?"
    r"|musicaux|musical|spirituels?|d'evangelisation|de fideles|de pelerins)\b"
    # someone's procession, not a march (``la terre foulée par son cortège``, ``le cortège présidentiel``)
    r"|\b(?:son|sa|leur) cortege\b|\bcorteges? (?:presidentiels?|officiels?|funebres?|nuptial|de (?:voitures|vehicules)"
    r"|du (?:president|premier ministre|ministre|pape|roi|predicateur|chef de l'etat))\b"
)

#: A road a demonstration blocks, by its kind (``la rocade``, ``le périphérique``) or its number (``la RN 2``,
#: ``la BR-101``, ``l'A9``, ``la D 906``, ``la nationale 7``). Folded regex, with its article.
BLOCKED_ROAD = (
    r"l'autoroute|l'a\d+|la route|les routes|la rocade|le (?:boulevard )?peripherique|les acces|l'acces|le port"
    r"|la raffinerie|les depots?|les ronds-points|l'echangeur|les echangeurs|le pont|les ponts|la voie rapide"
    r"|le carrefour|la (?:route )?(?:nationale|departementale|federale)"
    r"|(?:la |l')(?:rn|n|rd|d|br|nh|sh|a|e|m)(?:-| )?\d{1,4}"
)
#: A demonstration: people gathered to protest.
PROTEST = (
    r"manifest(?:ation|ations|ant|ants|e|ent|aient|ait|eront|er)",
    r"manifeste(?:s|nt)?",
    r"protestataires?",
    r"rassemblements?",
    r"rassemble(?:e|s|es)?",
    # a rally against another (``un contre-rassemblement``): the hyphen keeps the plain word from being found
    r"contre-(?:rassemblements?|manifestations?|manifestants?)",
    r"cortege?s?",
    r"defile(?:s|nt|r)?",
    r"ont defile",
    r"sit-in",
    r"marche(?:s)? (?:contre|pour|blanche)",
    # a march called or organized by someone (``la marche convoquée par l'opposant``) is a demonstration
    r"marches? (?:convoquee|organisee)s? par",
    r"ont marche",
    r"journee de mobilisation",
    r"greve(?:s)? et manifestations?",
    r"mobilises? contre",
    r"protestations? contre",
    r"protest(?:er|ent|aient|ait|ant) contre",
    # a road blocked or paralysed, its object a few words on (``ont paralysé pendant près de trois heures le
    # périphérique``), the road named by its number as well (``la RN 2``, ``la BR-101``, ``l'A9``)
    r"(?:bloque|bloquent|bloquaient|bloquait|bloquer|paralyse|paralysent|paralysaient|paralysait|paralyser)"
    r"(?: [\w']+){0,5}? (?:" + BLOCKED_ROAD + ")",
    # the same, passive, with its agent (``la N7 a été bloquée par des viticulteurs``)
    r"(?:" + BLOCKED_ROAD + r") (?:a ete|avait ete|est|etait|reste|restait) (?:bloquee|paralysee)s? (?:[\w']+ ){0,3}?"
    r"par (?:des|les|plusieurs|quelques?|quelque|environ|une|un|\d+)",
    r"operations? escargot",
    # a blockade set up by a group (truckers, farmers, taxi drivers) is a demonstration; so is a road's roadblock
    # or its occupation (``le barrage de l'A9``, ``trois jours d'occupation de la rocade``), not a dam's
    r"blocages? (?:de |du |des |d')(?:la |l'|le |les )?(?:routes?|autoroutes?|axes?|ports?|raffineries?|depots?"
    r"|ronds-points?|acces|peages?|ponts?)",
    r"(?:blocages?|barrages?|occupations?) (?:de |du |des |d')(?:" + BLOCKED_ROAD + ")",
    r"(?:le |ce |leur )blocage (?:s'est |se )?poursui\w*",
    r"(?:barrages?|blocages?|piquets?) (?:installes?|dresses?|tenus?|erige?s?)(?: [\w']+){0,3}? par (?:les|des)",
    r"barrages? filtrants?",
    r"(?:descend\w*|sont sortis?|etaient) dans (?:la|les) rues?",
)
#: Force used on a demonstration without killing: ACLED's "Protest with intervention".
INTERVENTION = (
    r"gaz lacrymogenes?",
    r"lacrymogenes?",
    r"grenades? (?:assourdissantes?|de desencerclement|lacrymogenes?)",
    r"canons? a eau",
    # a crowd that disperses of itself (``avant de se disperser``, ``s'est dispersée dans le calme``) is no
    # intervention; one that is dispersed is
    r"(?<!\bse )(?<!\bs'est )(?<!\bse sont )(?<!\bs'etait )(?<!\bs'etaient )(?<!\bse sont alors )"
    r"dispers(?:er|e|es|ee|ees|ait|aient|ion)",
    # (not care, ``pris en charge``, nor a load, ``un navire chargé vers le port``)
    r"(?<!en )charges?(?: de police)?(?! vers\b)",
    r"matraques?",
    r"interpell(?:e|es|ee|ees|ations?)",
    r"la police est intervenue",
    # a blockade cleared by force (``les gendarmes ont évacué le barrage``); its own people lifting it is not
    r"(?:evacu|degag|demantel)(?:e|es|ee|ees|ent|aient|ait|er) (?:[\w']+ ){0,4}?(?:le |les |un |des )"
    r"(?:barrages?|blocages?|piquets?|campements?)",
    r"vehicules blindes",
    r"balles? (?:en caoutchouc|de defense)",
    r"lbd",
)
#: Lethal or grave force on peaceful demonstrators: "Excessive force against protesters".
EXCESSIVE_FORCE = (
    r"(?:ouvert|tire) le feu sur (?:les |des )?manifestants",
    r"tire sur (?:la foule|les manifestants)",
    r"balles reelles",
    r"manifestants? (?:ont ete |a ete )?tues?",
    # shot dead in a demonstration (``un jeune homme a été tué par balle lors de la dispersion d'un rassemblement``)
    r"tuee?s? par balles?",
)
#: Violence by the crowd itself: a riot whatever the label.
RIOT_ACTS = (
    r"emeutiers?",
    r"casseurs?",
    r"pillages?",
    r"pill(?:e|es|ee|ees|aient)",
    r"saccag(?:e|es|ee|ees|eant)",
    # not the noun (``suivie d'un incendie``, ``l'incendie``, ``deux incendies font rage``, ``arrêtés pour
    # incendie criminel``): a fire is no riot unless someone set it; the participle follows a noun or a verb
    # (``des voitures incendiées``, ``ont incendié``), never a determiner
    r"(?<!un )(?<!l')(?<!cet )(?<!le )(?<!les )(?<!des )(?<!ces )(?<!aux )(?<!ses )(?<!leurs )(?<!d')(?<!deux )"
    r"(?<!trois )(?<!pour )(?<!nouveaux )(?<!grands )(?<!violents )incendi(?:e|es|ee|ees|aient|ant)",
    r"voitures? (?:brulees?|incendiees?)",
    r"vehicules? (?:brules|incendies)",
    r"heurts",
    r"affrontements? (?:avec|entre) (?:la police|les forces de l'ordre|des jeunes|les policiers)",
    r"violences urbaines",
    r"pris d'assaut",
    r"prises d'assaut",
    r"barricades?",
    r"mortiers? d'artifice",
    r"jets? de projectiles",
    r"(?:lance|lancent|lancaient|lancant|jete|jetaient|jetant)(?: \w+)? (?:des |de )?(?:projectiles|pierres"
    r"|paves|bouteilles|cocktails molotov|engins incendiaires|fumigenes)",
    r"caillass(?:e|es|age|ages)",
    r"vitrines? (?:brisees?|detruites?)",
    r"(?:ont|a) attaque les forces",
    # (not the idiom, a spark, no fire; nor brush or a forest set alight: a wildfire's arson, a crime)
    r"(?:mis|mettre|met|mettent|mettaient|mettant) le feu(?! aux poudres)"
    r"(?! a (?:des |la |les |de la |de l')?(?:broussailles|foret|vegetation|herbes|champs|brousse|maquis))",
    r"(?:ont|a|avaient|avait) affronte (?:les |des )?(?:gendarmes|policiers|forces de l'ordre|militaires|soldats|crs)",
    r"barrages? (?:ont ete |avaient ete )?eriges?",
    r"forc(?:e|er|ant|ent|aient) (?:les |des )?(?:barrieres|barrages|cordons?|grilles)",
    r"envahi(?:r|ssant|ssent|ssaient)? (?:le |la )?(?:parlement|palais|assemblee|siege)",
    r"degradations?",
    r"elimine",
    r"tues? lors des emeutes",
)
#: Looting, among the riot acts (:data:`RIOT_ACTS`): after a disaster (``les pillages se sont poursuivis dans le
#: port``) it is the crime of a few, which ACLED does not code, unless the same sentence tells of a demonstration.
LOOTING = (r"pillages?", r"pill(?:e|es|ee|ees|aient)", r"pilleurs?")
#: A demonstration's word that is a party's or a movement's name, written with its capital inside a sentence (``le
#: candidat du Rassemblement démocratique``, ``le Rassemblement national a réagi``): a name, no gathering.
#: Blanked before the demonstration words are looked for. Regex on the original text.
NAMED_GATHERING = r"(?<=[\w,] )Rassemblements?\b|(?<=[(«] )Rassemblements?\b|(?<=[(«])Rassemblements?\b"
#: What parts the clauses of a sentence (``La campagne débute aujourd'hui à Kassala, où l'hôpital avait été
#: touché par une frappe le 28``): of several days a sentence names, the event's day is the one in the clause that
#: tells it. A semicolon, or a comma before a relative or subordinate clause. Folded regex.
CLAUSE_BREAK = r";|,\s+(?:ou|alors que|tandis que|lorsque|quand|mais|avant que|apres que|bien que|si bien que)\b"
#: The comma that closes a relative clause set inside a sentence (``À Rennes, où le cortège était parti lundi, des
#: vitrines ont été brisées mardi``): the main clause goes on after it, and its day is not the relative clause's.
#: Folded regex; the break is at group 1.
CLAUSE_CLOSE = r",\s+ou\b[^,;]*?(,)\s"
#: The noun for a fire, unaccented where the participle (``des voitures incendiées``) bears its accent: ``un
#: second incendie s'était déclaré``, ``Incendies : l'Europe envoie des renforts``. A fire is no riot act unless
#: someone set it; blanked before the riot acts are looked for. Regex on the original text.
FIRE_NOUN = r"\b[Ii]ncendies?\b"
#: Armed men as the ones acting (``des hommes lourdement armés ont pris d'assaut la ville``, ``les assaillants ont
#: pillé la mairie``, ``une attaque de gangs``): with no demonstration in the sentence, storming a town is their
#: attack and looting their property destruction, not a riot. Not a label a government gives a crowd
#: (``bandits``, ``terroristes``), which says nothing of arms.
ARMED_MEN = (
    r"(?:hommes|individus) (?:lourdement |puissamment )?armes",
    r"gangs?",
    r"gangsters",
    r"assaillants",
    r"groupes? armes",
    r"bandes? armees?",
    r"miliciens",
    r"jihadistes",
    r"djihadistes",
)
#: A police station stormed (``ont pris d'assaut la ville, attaquant le commissariat``): a battle with the police
#: when armed men (:data:`ARMED_MEN`) storm it; a crowd's doing so is a riot.
POLICE_POST_ASSAULT = (
    r"(?:attaqu\w*|pris d'assaut|assaut (?:contre|du|de la)) (?:[\w']+ ){0,3}?(?:le |un |les |des |du |la |une )?"
    r"(?:commissariats?|postes? de police|sous-commissariats?"
    # a prison stormed (``ont attaqué la prison civile de …, libérant des centaines de détenus``): its guards are
    # the state's forces, as ACLED counts them
    r"|prisons?|penitenciers?|maisons? d'arret|centres? penitentiaires?)",
)
#: People killed, in the words of a toll (``au moins 27 morts``, ``onze personnes ont été tuées``): armed men who
#: storm a neighbourhood and kill there attack its people (:data:`VIOLENCE_AGAINST_CIVILIANS`), they do not only
#: loot or burn it. Folded regex.
KILLED = r"\b(?:morts|mortes|tuee?s?|abattue?s?|massacree?s?|executee?s?)\b"
#: The word for a riot without a described act ("les émeutes ont commencé"): weaker than an act.
RIOT_LABEL = (r"emeutes?", r"violentes? manifestations?", r"troubles?")
#: A crowd attacking people: "Mob violence".
MOB = (
    r"lynch(?:e|es|ee|age|ages)",
    r"vindicte populaire",
    r"foule en colere (?:a|ont) (?:attaque|frappe|tue)",
    # supporters at a match are no demonstration (``des violences en marge du derby``, ``des supporters ont
    # envahi la pelouse``)
    r"hooligans?",
    r"(?:violences|incidents|heurts|affrontements|bagarres?) (?:[\w']+ ){0,2}?(?:en marge|a l'issue|lors|au cours)"
    r" d(?:u|e la|'un|'une|es) (?:match|derby|rencontre|finale)",
    r"supporters? (?:[\w']+ ){0,3}?(?:ont|avaient) (?:lance|jete|envahi|saccage|attaque|affronte|arrache)",
)
#: Fighting without a word that says who fought (``tués lors d'affrontements près de…``): a battle when
#: the sentence names soldiers and no crowd, a riot's word otherwise.
CLASH = (r"affrontements?", r"heurts armes")
#: Armed groups fighting: "Battles / Armed clash".
BATTLE = (
    r"combats?",
    r"affrontements? armes?",
    r"accrochages?",
    r"(?:a|ont|avait|avaient) accroche (?:un|une|des) (?:groupe|colonne|unite|element|convoi)s?",
    r"(?:groupes?|bandes?) armes? (?:a|ont) attaque",
    # communities fighting (``des affrontements entre éleveurs et agriculteurs``): ACLED's communal militias
    r"affrontements? (?:inter-?communautaires|inter-?ethniques|communautaires|tribaux|claniques)",
    r"affrontements? (?:meurtriers? )?entre (?:des |les )?(?:eleveurs|agriculteurs|cultivateurs|communautes|clans"
    r"|tribus|ethnies|milices|villageois)",
    # the attackers' verb and its object may be parted by the day (``ont attaqué lundi à l'aube le camp``),
    # and the group they belong to between them (``des combattants de l'ELN ont attaqué``, ``des combattants
    # des Forces de défense du peuple (PDF) ont attaqué``)
    r"(?:assaillants|jihadistes|djihadistes|terroristes|rebelles|insurges|hommes armes|combattants|guerilleros"
    r"|miliciens)(?: (?:de l'|du |des |de |d')[\w-]+(?: [\w'()-]+){0,5}?)?(?:,[^,.;]{1,60},)? (?:ont|avaient)"
    r" (?:attaque|pris pour cible"
    r"|vise)"
    r"(?: [\w']+){0,4}? (?:un|une|des|le|la|les|l'|notre|nos|leur|leurs) ?(?:poste|camp|base|position|convoi"
    r"|patrouille|caserne"
    r"|detachement)s?",
    # the noun (``l'attaque jihadiste menée lundi contre le camp militaire``, ``l'attaque d'un camp militaire``)
    # (``l'assaut contre deux postes de l'armée``, ``des attaques simultanées contre deux positions``)
    r"(?:attaques?|assauts?)(?: (?:jihadistes?|djihadistes?|terroristes?|rebelles?))?(?: [\w']+){0,3}? contre (?:un|une"
    r"|des|le|la|les|l'|deux|trois|quatre|plusieurs|\d+) ?(?:poste|camp|base|position|convoi|patrouille|caserne"
    r"|detachement)s? (?:militaires?|de l'armee)",
    r"attaques? (?:jihadistes?|djihadistes?|terroristes?|rebelles?)? ?(?:d'un|d'une|du|de la|de l'|des) ?"
    r"(?:poste|camp|base|position|convoi|patrouille|caserne|detachement)s? (?:militaires?|de l'armee)",
    r"echanges? de tirs",
    r"offensive",
)
#: Remote violence, with the ACLED sub-event type each cue gives.
EXPLOSION = (
    (r"kamikazes?|attentat-suicide|attentats-suicides", "Suicide bomb"),
    (r"frappes? (?:aeriennes?|de drones?)|drones?|bombardements? aeriens?|raids? aeriens?", "Air/drone strike"),
    (
        r"obus|roquettes?|missiles?|tirs d'artillerie|bombardements?|pilonn(?:e|age)",
        "Shelling/artillery/missile attack",
    ),
    (
        # (a mine "de jade", "d'or", "de charbon" is a pit, not a landmine)
        # (nor ``à la mine``, ``cette mine``: a pit where people work)
        # (nor the mines of a ministry's or a school's name, ``le ministère des Mines``: the trade, no device)
        r"engins? explosifs?|voitures? piegees?|bombes? artisanales?|(?<!la )(?<!cette )(?<!ministere des )"
        r"(?<!ministre des )(?<!ministere de l'industrie et des )(?<!ecole des )(?<!direction des )"
        r"(?<!service des )(?<!cadastre des )mines?(?! de | d'| du )"
        r"|explosions?"
        r"|attentat a la bombe",
        "Remote explosive/landmine/IED",
    ),
    (r"grenades? (?:a fragmentation|a main)", "Grenade"),
)
#: A story's words that make its explosions an accident (``une explosion dans une usine d'engrais``), which
#: ACLED does not code; :data:`DELIBERATE_BLAST` words in the same story keep them coded. Folded regexes.
ACCIDENTAL_BLAST = (
    r"usines?|sites? (?:industriels?|seveso|chimiques?)|raffineries?|entrepots?|silos?|depots? de carburant"
    r"|(?:fuite|explosion|bouteille|conduite|canalisation) de gaz|gazoducs?|chaudieres?|citernes?|accidentelles?"
    r"|accidents? industriels?|mines? de charbon|coup de grisou"
)
DELIBERATE_BLAST = (
    r"attentats?|bombes?|engins? explosifs?|kamikazes?|revendiquee?s?|terroristes?|piegee?s?|drones?|obus"
    r"|roquettes?|missiles?|frappes?|criminelle"
)
#: Whom armed men fire on when it is a fight, not an attack on civilians: the forces, their posts and convoys,
#: or other fighters. Folded regex.
SECURITY_TARGET = (
    r"policiers?|police|soldats?|militaires?|gendarmes?|forces|patrouilles?|postes?|camps?|bases?|casernes?"
    r"|commissariats?|agents|gardiens|gardes|troupes|l'armee|armee|convois? militaires?|positions?|rebelles"
    r"|combattants|miliciens|vehicules? (?:de l'armee|militaires?|de (?:la )?police)"
)
#: Violence against civilians, with its sub-event type.
VIOLENCE_AGAINST_CIVILIANS = (
    (
        r"enlev(?:e|es|ee|ees|ement|ements)|kidnapp(?:e|es|ing)|otages?|disparitions? forcees?",
        "Abduction/forced disappearance",
    ),
    (r"viols?|violences sexuelles", "Sexual violence"),
    # civilians killed, named by what they are (``quinze villageois ont été tués``, ``des fidèles abattus``)
    (
        r"massacres?|execut(?:e|es|ions) sommaires?|(?:civils?|villageois|paysans|fideles|agriculteurs|eleveurs"
        r"|orpailleurs|deplaces) (?:ont ete |avaient ete )?(?:tues|abattus|executes|massacres)",
        "Attack",
    ),
    # the killing told by a participle after the attack (``ont attaqué le village, tuant douze civils``)
    (
        r"(?:tuant|tue|massacrant|abattant) (?:au moins |plus de |pres de |une? )?(?:[\w-]+ )?(?:civils|villageois"
        r"|habitants|personnes|paysans|fideles)",
        "Attack",
    ),
    # an armed band's attack on a town (``une attaque de gangs armés contre Lascahobas``)
    (
        r"attaques? (?:de |des |d'un |d'une )?(?:gangs?|bandes? armees?|hommes armes|groupes? armes)(?: armes)? contre",
        "Attack",
    ),
    # armed men attacking a place of civilians (``des hommes armés non identifiés ont attaqué samedi le village``)
    # (the attackers may be described at length first: ``des hommes armés de machettes, présentés comme…,``)
    (
        r"(?:hommes armes|individus armes|assaillants|inconnus armes)(?: non identifies| inconnus)?(?: [\w',-]+){0,16}?"
        r" (?:ont|avaient) attaque(?: [\w']+){0,4}? (?:le |un |des |les |l'|la |une )?(?:village|localite|hameau"
        r"|marche|mosquee|eglise|bus|camp de deplaces|site de deplaces|campement)s?",
        "Attack",
    ),
    # armed men shooting at a village's people, or striking again (``des hommes armés, arrivés à moto, ont ouvert
    # le feu sur les habitants``, ``les assaillants ont de nouveau frappé, cette fois à Tamba``): their attack,
    # even where they burn houses too (the burning alone is looting/property destruction)
    (
        r"(?:hommes armes|individus armes|assaillants|inconnus armes)(?: non identifies| inconnus)?"
        r"(?:[\s,«»“”\"]+[\w'-]+){0,16}?[\s,«»“”\"]+(?:ont|avaient)\s+"
        r"(?:ouvert le feu (?:sur|contre) (?:les |des )?(?:habitants|civils|villageois|fideles|passants|paysans"
        r"|agriculteurs)|(?:de nouveau |encore |une nouvelle fois )?frappe\b)",
        "Attack",
    ),
    # armed men firing on anyone or anything but the forces (``des hommes armés ont ouvert le feu sur un bus``,
    # ``… sur une ambulance``, ``… sur un bateau de secouristes``): their attack on civilians; on a patrol, a
    # post or soldiers it is a battle, told by the battle words
    (
        r"(?:hommes armes|individus armes|inconnus armes|tireurs|hommes cagoules|hommes encagoules)"
        r"(?: non identifies| inconnus)?(?:[\s,«»“”\"]+[\w'-]+){0,16}?[\s,«»“”\"]+(?:ont|avaient|a|avait)\s+"
        r"ouvert le feu (?:sur|contre)(?! (?:[\w'-]+ ){0,3}?(?:" + SECURITY_TARGET + r")\b)",
        "Attack",
    ),
    # the attack of a place of civilians by a gang, after the toll (``onze personnes ont été tuées lors de l'attaque
    # d'un quartier de … par le gang …``, ``l'attaque du marché par des hommes armés``)
    (
        r"attaques? (?:d'un|d'une|du|de la|de l'|des) (?:quartier|village|localite|hameau|marche|camp de deplaces"
        r"|site de deplaces|bus|autobus|eglise|mosquee|campement)s?(?: [\w'-]+){0,6}? par"
        r" (?:le |la |les |des |un |une )?"
        r"(?:gangs?|bandes? armees?|hommes armes|individus armes|groupes? armes|assaillants|miliciens|jihadistes"
        r"|djihadistes|bandits)",
        "Attack",
    ),
    # a person killed by unknown gunmen (``a été abattu mardi soir par des hommes armés``)
    (
        r"(?:abattue?s?|assassinee?s?|tuee?s?|executee?s?|criblee?s? de balles)(?: [\w']+){0,4}? par (?:des|deux|trois"
        r"|plusieurs|un|une bande d'|une|les) (?:hommes (?:armes|cagoules)|individus armes|inconnus|tireurs|assaillants"
        r"|homme arme|hommes encagoules|membres d'un gang|sicaires|miliciens|milice|habitants?|riverains?)",
        "Attack",
    ),
)
#: Movement of armed forces into or out of a place: "Strategic developments / Change to group/activity".
DEPLOYMENT = (
    r"maintien de la paix",
    r"deploiements?",
    # police on duty (``les forces de l'ordre déployées au pied des tribunes``) is no change of a force's activity
    r"(?<!forces de l'ordre )(?<!policiers )(?<!gendarmes )(?<!police )deploy(?:e|es|ee|ees)",
    r"envoi de (?:troupes|soldats)",
    r"(?:troupes|soldats|parachutistes|contingents?) (?:sont )?(?:arrives?|entres?) (?:au|en|dans le pays)",
    r"a envoye (?:ses |des )?(?:troupes|soldats|parachutistes)",
    r"ceremonie de depart",
    r"retrait des troupes",
    r"se retirer",
    r"contingent",
)
#: A peace or ceasefire agreement: "Strategic developments / Agreement".
AGREEMENT = (
    r"accords? de (?:paix|cessez-le-feu)",
    r"cessez-le-feu (?:a ete |est )?signe",
    r"signe un accord",
    r"treve",
)
#: Arrests reported as an act of their own (a figure of the ``arrested`` category makes the event).
#: A targeted arrest: people taken at home (``arrêtés à leur domicile``, ``interpellé chez lui``, ``dans leurs
#: chambres``), or a group's leaders arrested (``trois dirigeants du syndicat ont été interpellés``, ``la police a
#: arrêté le porte-parole du collectif``). ACLED codes these as a "Strategic developments / Arrests" event of their
#: own, even on a day of demonstrations, where a count of protesters arrested is the police's intervention in the
#: march. Folded text of the sentence, quoted speech blanked; a leader of the police or the army is never the one
#: arrested, and ``sans préciser s'ils avaient été arrêtés`` asserts no arrest; a leader before ``que`` or
#: ``selon`` is the one who speaks (``le porte-parole a annoncé que 300 personnes avaient été interpellées``).
_ARRESTED = r"(?:arrete|interpelle|apprehende)e?s?\b"
_AT_HOME = (
    r"(?:a (?:son|sa|leur|leurs) domiciles?|chez (?:lui|elle|eux|elles)"
    r"|dans (?:sa|son|leur|leurs) (?:chambres?|maisons?|logements?|appartements?))\b"
)
_LEADERS = (
    r"\b(?:responsables?|dirigeante?s?|cadres?|leaders?|fondat(?:eur|rice)s?|porte-parole|chefs?|presidente?s?"
    r"|secretaires? genera(?:l|le|ux)|coordinat(?:eur|rice)s?)"
    r"\s+(?:de la |de l'|du |des |de |d')(?!(?:la |l'|les )?(?:police|gendarmerie|forces?|armee|securite))"
)
_NO_DOUBT = r"(?:(?!\bs'ils?\b|\bsi |\bsans |\bne |\bn'|\bque |\bqu'|\bselon )[^.;:«»])"
TARGETED_ARREST = (
    rf"\b{_ARRESTED}{_NO_DOUBT}{{0,60}}{_AT_HOME}"
    rf"|{_AT_HOME}{_NO_DOUBT}{{0,40}}\b{_ARRESTED}"
    rf"|{_LEADERS}{_NO_DOUBT}{{0,80}}(?:\b(?:ont|a|avaient|avait) ete |, ){_ARRESTED}"
    rf"|\b(?:ont|a|avaient|avait) (?:arrete|interpelle|apprehende)\b{_NO_DOUBT}{{0,60}}{_LEADERS}"
)
#: What a day named after a compared figure follows (folded text from the sentence's start to the day):
#: ``350 000 manifestants jeudi, contre 480 000 une semaine plus tôt`` names last week's march to compare,
#: not an event of the article. The figure must come soon after the cue (``la grève contre la réforme a
#: rassemblé jeudi`` compares nothing).
COMPARED_DAY = r"\b(?:contre|par rapport a|compare a)\s+[^,;:.]{0,25}?\d[^,;:.]{0,40}$"
#: What a day named right after a reporting verb follows (folded text from the sentence's start to the
#: day): ``une trentaine de civils ont été tués dimanche …, ont indiqué lundi des sources locales`` reports
#: on Monday the deaths of Sunday; Monday is no event's day when the sentence names another.
REPORTED_DAY = fold(REPORTED_DAY_BEFORE)  # the table is in ``speech``, shared with the time tagger
#: What a day a statement was issued on, or a count revised on, follows (folded text from the sentence's start
#: to the day): ``selon un communiqué du gouvernement lu samedi matin, neuf civils ont été tués``, ``le
#: précédent bilan, annoncé samedi,``, ``le ministère a revu à la hausse vendredi son comptage``. Like a
#: reporting verb's day it is no event's day; it is the events' own table, as the time tagger keeps the
#: narrative on such a day (a statement's day may be the day of what it tells: ``le bilan a été revu lundi``).
ISSUED_DAY = (
    r"\b(?:communiques?|bilans?|declarations?|annonces?|messages?|allocutions?|rapports?)\b,?[^,;:.]{0,50}?"
    r"\b(?:lue?s?|diffusee?s?|publiee?s?|annoncee?s?|transmise?s?|rendue?s? publics?|communiquee?s?),? $"
    r"|\b(?:revue?s?|revisee?s?|corrigee?s?|actualisee?s?) (?:a la (?:hausse|baisse) )?$"
)
#: What a day named right after a later death follows (folded text from the sentence's start to the day):
#: ``le bilan des heurts de mardi est passé à trois morts, un blessé ayant succombé mercredi`` tells of
#: Tuesday's clashes; Wednesday is no event's day when the sentence names another.
LATER_DEATH_DAY = r"\b(?:succombee?s?|succombant|decedee?s?|mort|morte|morts|mortes) (?:[\w']+ ){0,2}?$"
#: What a day named right after the release or a court step of people arrested follows (folded text from the
#: sentence's start to the day): ``interpellés jeudi lors de la marche, ils ont été relâchés le lendemain``,
#: ``libérés samedi``, ``déférés lundi au parquet``, ``présentés mardi à un juge``. That later day tells what
#: became of them, not the event they were arrested at; like a later death's day, it is no event's day when the
#: sentence names another, and alone it is folded into the event of a day or two before at that place.
LATER_RELEASE_DAY = (
    r"\b(?:relachee?s?|liberee?s?|remise?s? en liberte|deferee?s?|presentee?s?|ecrouee?s?|condamnee?s?"
    r"|inculpee?s?|mise?s? en examen) (?:[\w']+ ){0,2}?$"
    # people still held (``les gardiens pris en otage samedi étaient toujours retenus par les mutins lundi``): the
    # day their state is told (and the crisis's n-th day after it), not the day they were taken
    r"|\b(?:toujours|encore) (?:retenue?s?|detenue?s?|sequestree?s?|en captivite|aux mains d\w*)(?:,? [\w']+){0,6}?,? $"
)
#: What follows a release's day when the release was itself an operation (``libérés lundi soir à l'issue d'un
#: assaut``, ``libérés mercredi lors d'une intervention de l'armée``): that day is the operation's, an event's.
#: Folded regex on the text after the day.
RELEASED_DURING = (
    r"^[\s,]*(?:[\w']+ ){0,3}?(?:lors|au cours|a l'issue|au terme|pendant|grace a)\b"
    r"|^[\s,]*par (?:l'armee|les forces|la police|les militaires|les soldats|les policiers|les gendarmes)\b"
)
#: A time expression that points back to the day just told (``ce jour-là``, ``cette nuit-là``, ``le jour
#: même``, ``la même nuit``): the time extractor gives it the last day the text named, which may be a later
#: day named on the way (``relâchés mardi. … blessés ce jour-là``); it means the day of the event the sentence
#: before told of. Folded regex on the expression.
SAME_DAY_ANAPHOR = (
    r"^(?:a |en |dans |pendant |durant )?(?:ce|cette|ces) (?:jour|jours|soir|nuit|matin|matinee|soiree|apres-midi)"
    r"-la$|^(?:le|la) meme (?:jour|nuit|soiree|matinee|journee|soir|matin)$|^(?:le|ce) (?:jour|soir|matin) meme$"
)
#: What follows a death's day when the death happened in the violence itself (``est mort samedi soir lors de
#: violences``): that day is the event's, not a later death's. Folded regex on the text after the day.
DIED_DURING = r"^[\s,]*(?:lors|au cours|pendant|en marge|dans les|dans des|dans l')\b"
#: A time expression that is only a part of the day (``en pleine matinée``, ``dans la soirée``) names no day
#: of its own: the time extractor dates it from the last day the text named, which may be the day a source
#: spoke (``a indiqué lundi``), not the day the sentence tells of. Folded regex on the expression.
PART_OF_DAY_ONLY = (
    r"^(?:(?:en|dans|a|au|vers|tot|tard|des|jusqu'(?:a|au|a la|a l'))\s+)?"
    r"(?:(?:la|le|l'|pleine?|plein|debut|fin|milieu)\s*(?:de |d'|du |de la |de l')?\s*)*"
    r"(?:matinee|matin|soiree|soir|nuit|aube|apres-midi|journee|lever du jour|tombee de la nuit|petit matin"
    r"|mi-journee|midi)$"
)
#: A dateline (``LAGOS, 9 juin 2026 (AFP) -``): its day is when the dispatch was filed and its town where, neither
#: the event's; the day counts only where the sentence names no other, like the day a source spoke. Regexes on
#: the original text before the date (its line's start) and right after it, shared with the article dating.
DATELINE_BEFORE = _time.DATELINE_BEFORE
DATELINE_AFTER = _time.DATELINE_AFTER
#: A single person killed (``a été abattu mardi soir``, ``est mort sur le coup``): one fatality when no
#: figure of the story counts the dead of that event. Folded regex.
ONE_KILLED = (
    r"\b(?:a ete|avait ete|est|a|avait) (?:abattue?|tuee?|assassinee?|executee?|mortellement (?:blessee?|touchee?))\b"
    r"|\best (?:mort|morte|decedee?) sur le coup\b"
)
#: A claim of responsibility, not denied (``l'attaque a été revendiquée par le JNIM``, ``le groupe avait
#: revendiqué l'opération``, ``les rebelles revendiquent l'embuscade``, ``Le JNIM revendique``): the group it names
#: is the event's actor. Any tense of the verb; not after a negation (``n'a pas revendiqué``). Folded regex.
CLAIMED_BY = (
    r"(?<!pas )(?<!pas ete )\brevendiquee?s? (?:[\w']+ ){0,4}?par\b"
    r"|\b(?:a|avait|ont|avaient|aurait|auraient|aura) revendique\b"
    r"|(?<!pas )\brevendiqu(?:e|ent|ait|aient|ant)\b"
)
#: Non-state armed groups by their French names and acronyms (folded), with ACLED's actor name.
ARMED_GROUPS: tuple[tuple[str, str], ...] = (
    (r"forces de soutien rapide|fsr|rsf", "Rapid Support Forces"),
    (
        r"jnim|groupe de soutien a l'islam et aux musulmans|gsim|jama'at nusrat al-islam wal-muslimin",
        "JNIM: Group for Support of Islam and Muslims",
    ),
    (r"etat islamique au sahel|eis", "Islamic State (Sahel)"),
    (r"etat islamique en afrique de l'ouest|iswap|eiao", "Islamic State (West Africa)"),
    (r"boko haram", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"),
    (r"shebab|shabab|al-shabaab", "Al Shabaab"),
    (r"m23|mouvement du 23 mars", "M23: March 23 Movement"),
    (r"tehrik-e-taliban|talibans pakistanais|ttp", "TTP: Tehreek-i-Taliban Pakistan"),
    (r"hamas", "Hamas Movement"),
    (r"hezbollah", "Hezbollah"),
    (r"houthis?|ansar allah", "Ansar Allah"),
    (r"adf|forces democratiques alliees", "ADF: Allied Democratic Forces"),
    (r"codeco|cooperative pour le developpement du congo", "CODECO: Cooperative for Development of Congo"),
    (r"eln|armee de liberation nationale", "ELN: National Liberation Army"),
    (r"aqmi|al-qaida au maghreb islamique", "AQIM: Al Qaeda in the Islamic Maghreb"),
    (r"ansaroul islam|ansarul islam", "Ansaroul Islam"),
    (r"pkk|parti des travailleurs du kurdistan", "PKK: Kurdistan Workers Party"),
    (r"tplf|front de liberation du peuple du tigre", "TPLF: Tigray People's Liberation Front"),
    # Central African Republic's armed groups, by their French names and acronyms
    (r"3r|retour, reclamation et rehabilitation", "3R: Return, Reclamation and Rehabilitation"),
    (r"unite pour la paix en centrafrique", "UPC: Unity for Peace in Central Africa"),
    (r"coalition des patriotes pour le changement", "CPC: Coalition of Patriots for Change"),
    (r"fdlr|forces democratiques de liberation du rwanda", "FDLR: Democratic Forces for the Liberation of Rwanda"),
)
#: A non-state armed group named by the word that says what it is (``le gang Gran Mapou``, ``la bande Los
#: Halcones``, ``les gangs de la coalition Kore Nou``, ``le groupe armé Zone Rouge``, ``la milice Bana Ngoy``): ACLED
#: names such a gang or militia as it calls itself, so its capitalized name, as written, is the actor. Not a group
#: named after a place (``les gangs de Martissant``: no ``de`` before the name). Regex on the original text; the name
#: is the group ``name``.
NAMED_ARMED_GROUP = (
    r"\b(?:[Gg]angs? de la coalition|[Cc]oalition (?:de gangs|armée)|[Gg]angs?|[Bb]andes?(?: armées?| rivales?)?"
    r"|[Mm]ilices?|[Cc]artels?|[Gg]roupes? (?:armés?|rebelles?|jihadistes?|djihadistes?|criminels?))\s+"
    r"(?P<name>[A-Z0-9ÉÈÀÂÎÔÛ][\w'’-]*(?:\s+(?:(?:de|del|du|la|los|las|do|da)\s+)?[A-Z0-9ÉÈÀÂÎÔÛ][\w'’-]*)*)"
)
#: What a neighbourhood's name follows (folded text before it): ``dans les quartiers de Magenta et de Ducos``
#: names parts of the town the article is about, not towns (a suburb may be one in the gazetteer).
NEIGHBOURHOOD = (
    # not ``un quartier de Tamba``, ``plusieurs quartiers de Tamba``: some neighbourhood of that town, named
    r"(?<!\bun )(?<!\bplusieurs )(?<!\bdeux )(?<!\btrois )"
    r"\bquartiers?(?: (?:populaires?|nord|sud|est|ouest|voisins?))? (?:de |d'|du |des )?(?:\w+ et (?:de |d')?)?$"
)
#: An event told in a neighbourhood (``dans le quartier de Rio Branco``, ``au cœur des quartiers nord``): a part of
#: the town the article is about, where the sentence names no town. Not a headquarters (``quartier général``).
#: Folded regex.
IN_A_NEIGHBOURHOOD = r"\b(?:dans|au coeur d(?:u|es)) (?:le |les )?quartiers?\b(?! generaux?\b)"
#: What a town's name follows when it only gives a direction (``près de la route d'Anderamboukane``, ``en
#: direction de Gao``, ``l'axe Mopti-Sévaré``): the event is not there. Folded regex on the text before it.
DIRECTION_TO_PLACE = (
    r"\b(?:(?:la |les )?(?:routes?|pistes?|axes?|chemins?) (?:de |d'|du |menant a |vers |reliant )"
    r"|(?:en )?direction (?:de |d'|du )|en provenance (?:de |d'|du )"
    # a road named by the towns it links (``ont bloqué la route Tarija-Sucre``, ``l'axe Mopti-Sévaré``)
    r"|(?:la |l')(?:route|piste|axe|autoroute) "
    # a road named by the towns it runs between (``la route nationale entre Agra et Aligarh``, ``l'axe entre
    # Bouaké et Korhogo``): the event is where the sentence places it on the road, not at either end
    r"|\b(?:routes?|pistes?|axes?|autoroutes?|nationale|voie ferree|ligne)(?: [\w'-]+){0,2}? entre (?:[\w'-]+ ){0,3}?"
    r"(?:et )?)$"
)
#: What a town's name follows when it only says where people came from (``des étudiants partis mardi de Novi Sad
#: et de Niš``, ``des éleveurs venus de Kolda, de Vélingara ou de Sédhiou``, ``arrivés la veille de Bouaké``): a
#: march's or a convoy's starting point, not where the sentence's event happens (a departure is no protest where it
#: starts). A participle, not the noun ``le parti de`` (a political party); up to four words (a day, a time) before
#: ``de``; an enumeration of origins goes on with ``, de``, `` et de``, `` ou de``. Folded regex on the text before
#: the name.
ORIGIN_OF_PEOPLE = (
    r"(?<!\ble )(?<!\bun )(?<!\bdu )(?<!\bau )(?<!\bdes )(?<!\bles )(?<!\bce )(?<!\bson )(?<!\bleur )"
    r"\b(?:partis?|parties?|venus?|venues?|arrives?|arrivees?|accourus?|accourues?)"
    r"(?: [\w'-]+){0,4}? (?:de |d'|du )"
    r"(?:[^.;:!?()]{0,70}?(?:, | et | ou )(?:de |d'|du ))?$"
)
#: What ends the name of a club or a body just before a place (``l'Espérance de Tunis``, ``l'Olympique de
#: Marseille``): a capitalized word other than a compass point, then ``de``. Regex on the original text before
#: the place's name.
NAME_BEFORE_PLACE = r"\b(?!(?:Nord|Sud|Est|Ouest|Centre)\b)[A-ZÀ-Ý][\w-]+ (?:de |d'|d’)$"
#: The n-th night or day of an unrest (``lors de la deuxième nuit d'émeutes``, ``pour la troisième journée
#: consécutive``): a day told by counting from the unrest's first, when the sentence tells no other than
#: the day a source spoke. Folded regex; group ``n`` is a key of :data:`ORDINALS`.
NTH_NIGHT = r"\b(?P<n>deuxieme|troisieme|quatrieme|cinquieme|sixieme|septieme|2e|3e|4e|5e|6e|7e) (?:nuit|journee)\b"
ORDINALS: dict[str, int] = {
    "deuxieme": 2,
    "troisieme": 3,
    "quatrieme": 4,
    "cinquieme": 5,
    "sixieme": 6,
    "septieme": 7,
    "2e": 2,
    "3e": 3,
    "4e": 4,
    "5e": 5,
    "6e": 6,
    "7e": 7,
}
#: A day told relative to another event (``au lendemain d'une manifestation``, ``à la veille du sommet``):
#: folded regex on the time expression followed by the text after it. Its day is that event's plus or
#: minus one, and that event's day is not told: no event's day.
EVENT_ANCHORED_DAY = r"^(?:au |le )?lendemain\s+d|^(?:a |la |a la )?veille\s+d"
#: The nouns of an event of unrest or violence (folded regex), as a sentence may recall or label one.
_EVENT_NOUNS = (
    r"manifestations?|emeutes?|violences|heurts|affrontements|combats|rassemblements?|marches?|greves?|attaques?"
    r"|attentats?|frappes?|bombardements?|troubles|protestations|defiles?|mobilisations?|massacres?|tueries"
)
#: An event word the sentence recalls rather than reports: ``deux jours après les manifestations au cours
#: desquelles cinq personnes avaient été tuées`` (said of an announcement). It does not count as a cue.
#: Folded regex.
RECALLED_EVENT = (
    r"\b(?:apres|depuis|suite aux?|a la suite d(?:es|u|e la|e l'|'une?)|au lendemain d(?:es|u|e la|e l'|'une?))"
    r"\s*(?:les |des |la |le |l'|ces |ses |leurs? |une |un )?"
    r"(?:manifestations?|emeutes?|violences|heurts|affrontements|combats|rassemblements?|marches?|greves?"
    r"|attaques?|attentats?|frappes?|bombardements?|troubles|protestations|defiles?|mobilisations?|massacres?"
    r"|tueries)\b"
    # or its start, undated (``ont fui depuis le début de l'offensive``, ``onze jours après le début des combats``);
    # a start the sentence dates is that day's event (``depuis le début des manifestations, le 3 mai``)
    r"|\b(?:apres|depuis) le debut d(?:e la |e l'|es |u )"
    r"(?:manifestations?|emeutes?|violences|heurts|affrontements|combats|marches?|greves?|attaques?|frappes?"
    r"|bombardements?|troubles|protestations|mobilisations?|offensives?|operations? militaires?)\b"
    r"(?![^.;:]{0,12}?\b(?:le |ce |du )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|\d{1,2}(?:er)?"
    r" (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre))\b)"
    # the deaths a march mourns (``pour réclamer justice après la mort de manifestants tués par la police``):
    # recalled as its cause, not force used on this march
    r"|\bapres la mort d(?:e |es |u |')(?:[\w'-]+ ){0,3}?(?:tues|abattus) par (?:la police|les policiers"
    r"|les forces de l'ordre|les forces de securite|l'armee|les militaires)"
    # an event named by its own date (``tués lors des heurts du 3 mars``, ``blessés au cours de la manifestation
    # du 12 mai``): the sentence tells what followed it (a funeral, a trial), not the event again
    r"|\b(?:lors|au cours) d(?:es|u|e la|e l')\s*(?:manifestations?|emeutes?|violences|heurts|affrontements"
    r"|rassemblements?|marches?)\s+du\s+\d{1,2}(?:er)?\s+(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout"
    r"|septembre|octobre|novembre|decembre)\b"
    # an event the sentence calls an earlier one (``blessé lors de la précédente manifestation``, ``un précédent
    # rassemblement, organisé en mars``, ``les heurts antérieurs``): recalled to tell what became of it or to
    # compare, not reported again
    r"|\b(?:precedente?s?|anterieure?s?) (?:" + _EVENT_NOUNS + r")\b"
    r"|\b(?:" + _EVENT_NOUNS + r") (?:precedente?s?|anterieure?s?)\b"
    # an event named as what the sentence's people or period belong to (``les organisateurs des manifestations``,
    # ``au terme de dix-sept jours de manifestations``, ``trois semaines de grève``): a label or a length, the
    # sentence tells what someone said of them or did after them, not one day's event
    r"|\b(?:organisat(?:eur|rice)s?|initiat(?:eur|rice)s?|instigat(?:eur|rice)s?|meneurs?) (?:des|de la|de l'|du|d')\s*"
    r"(?:" + _EVENT_NOUNS + r")\b"
    r"|\b(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|dix-sept"
    r"|dix-huit|dix-neuf|vingt|trente|plusieurs|quelques) (?:jours|semaines|mois) (?:de |d')(?:" + _EVENT_NOUNS + r")\b"
)
#: The words for a gathering or for gathering, as an announcement or a refusal names them (folded regex).
_GATHERING_WORDS = (
    r"(?:manifest\w*|rassemble\w*|marches?|marcher|mobilis\w*|sit-in|defile\w*|descendre dans la rue|protester"
    r"|cortege|greve)"
)
#: The nouns for a gathering as an event (not its people, ``les manifestants``), for a plan or a call maintained.
_GATHERING_NOUNS = r"(?:manifestations?|rassemblements?|marches?|mobilisations?|sit-in|cortege|defiles?|blocages?)"
#: A gathering announced, called or refused rather than reported, blanked like :data:`RECALLED_EVENT` (folded
#: regex):
#: - a call (``les syndicats appellent à de grands rassemblements``, ``a appelé à une « marche blanche »``);
#: - a plan (``une marche est prévue samedi``, ``un rassemblement doit avoir lieu jeudi``, ``ils comptent
#:   manifester lundi``) — the day may be the article's own, so the day alone does not tell it;
#: - a call kept up (``le collectif maintient ses rassemblements mardi``);
#: - a refusal or an absence (``à ne pas manifester``, ``n'ont pas défilé``, ``ne se sont pas rassemblés``).
CALLED_EVENT = (
    r"\b(?:appel\w*|invit\w*|exhort\w*) (?:[\w']+ ){0,3}?a (?:de |d'|des |une |un |la |le |les )?[«“\"]?\s*"
    r"(?:(?:grands?|grandes?|nouveaux?|nouvelles?|vastes?) )?" + _GATHERING_WORDS + r"\b"
    r"|\b" + _GATHERING_NOUNS + r"\b(?: [\w'-]+){0,5}? (?:est|sont|reste|restent) (?:\w+ )?prevue?s?\b"
    r"|\b" + _GATHERING_NOUNS + r"\b(?: [\w'-]+){0,5}? (?:doi(?:t|vent) (?:avoir lieu|se tenir|se derouler)"
    r"|aur(?:a|ont) lieu|se tiendr(?:a|ont))\b"
    r"|\b(?:prevoi\w*|compt(?:e|ent)|entend(?:ent)?|menac\w*|promett?\w*|envisag\w*) (?:de |d')?"
    r"(?:manifester|se rassembler|defiler|marcher|descendre dans la rue)\b"
    r"|\bmaint(?:ien|iennent|enu)\w* (?:ses|leurs|son|sa|leur|les) (?:appels? a (?:des |de |la |une )?)?"
    + _GATHERING_NOUNS
    + r"\b"
    r"|\bn(?:e |')(?:[\w']+ ){0,2}?(?:pas|plus|jamais) (?:[\w']+ )?" + _GATHERING_WORDS + r"\b"
)
#: A few words in quotation marks (``la présence de « casseurs »``, ``de nombreux «pilleurs»``): someone's word
#: for the crowd, as a label; it describes no act of violence. Blanked before the riot and mob acts are looked
#: for. Folded regex.
SCARE_QUOTED = r"[«“]\s*(?:[\w'-]+\s*){1,4}[»”]|\"(?:[\w'-]+ ?){1,4}\""
ARREST = (r"arret(?:e|es|ee|ees|ations?)", r"interpell(?:e|es|ee|ees|ations?)", r"detenus", r"garde a vue")

#: Stories ACLED does not code: natural disasters and accidents. A story with more of these cues than
#: of political violence and demonstration cues produces no row.
NOT_CODED = (
    r"seismes?",
    r"tremblements? de terre",
    r"magnitude",
    r"secousses?",
    r"repliques?",
    r"tsunamis?",
    r"inondations?",
    r"crues?",
    r"ouragans?",
    r"cyclones?",
    r"typhons?",
    r"tempetes?",
    r"glissements? de terrain",
    # a pit, a building or a bridge that falls (``l'éboulement du puits``, ``l'effondrement d'un immeuble``); not a
    # regime's or an economy's fall
    r"eboulements?",
    r"effondrements? (?:d'un |d'une |du |de la |de l'|des )(?:[\w-]+ )?(?:puits|mines?|galeries?|immeubles?"
    r"|batiments?|ponts?|passerelles?|toits?|toitures?|auvents?|marquises?|plafonds?|murs?|gares?|ecoles?|hangars?"
    r"|stades?|grues?|tunnels?|barrages?|tribunes?|digues?|sites? minier)",
    r"avalanches?",
    # a crush in a crowd (``une bousculade lors d'un pèlerinage``, ``un mouvement de foule``): an accident
    r"bousculades?",
    r"mouvements? de foule",
    r"eruptions?",
    r"accidents?",
    r"collisions?",
    r"deraillements?",
    r"crash",
    r"naufrages?",
    r"feux? de (?:foret|forets|broussailles|vegetation|brousse)",
    r"incendies? de (?:foret|forets|broussailles|vegetation|brousse)",
    # a wildfire told without its forest (``deux incendies font rage en Attique``, ``9 000 hectares ont brûlé``)
    r"(?:incendies?|feux|flammes) (?:font|faisaient|fait|faisait) rage",
    r"hectares (?:ont |avaient )?(?:brule|partis en fumee|ravages|detruits)",
    r"canadairs?",
    r"bombardiers d'eau",
    r"departs? de feu",
    r"epicentre",
    r"sismiques?",
)
#: The aftermath of a disaster or of a strike alike (``les secouristes fouillent les décombres``): counted
#: with :data:`NOT_CODED` only in a text that names a disaster or accident too.
AFTERMATH = (r"secouristes", r"decombres", r"gravats")

#: Security forces named in a sentence, and the ACLED actor pattern they give.
POLICE = (r"police", r"policiers?", r"forces de l'ordre", r"crs", r"gendarmes?", r"gendarmerie", r"forces de police")
MILITARY = (r"armee", r"militaires?", r"soldats?", r"forces armees", r"garde nationale", r"troupes", r"parachutistes")

#: The state's forces as the subject of an attack (``une unité de l'armée a accroché un groupe de
#: combattants``): they initiated the clash, and ACLED lists the initiator as actor 1. Without it, the armed
#: group is (``des assaillants ont attaqué un poste de l'armée``, ``des combats ont opposé l'armée à…``).
#: The forces act in any past tense, an adverb or a day may stand before the verb (``les soldats ont finalement
#: repris le contrôle``, ``la police avait abattu lundi deux assaillants``), or their act is a noun (``libérés
#: par un assaut de l'armée``, ``l'offensive des forces armées``); not when they suffer it (``a été attaqué``).
STATE_ATTACKS = (
    r"(?:armee|militaires|soldats|forces armees|forces de (?:defense|securite|l'ordre)|forces speciales|police"
    r"|policiers|gendarmes|troupes|commandos?)"
    r"(?: [\w']+){0,3} (?:a|ont|avait|avaient|auraient|aurait) (?:(?!ete\b)\w+ )?"
    r"(?:accroche|attaque|neutralise|abattu"
    r"|lance (?:\w+ ){0,2}(?:une |l')(?:offensive|operation|assaut|contre-offensive)"
    r"|mene (?:\w+ ){0,2}une (?:offensive|operation)|pris pour cible|encercle|frappe|pilonne|repris|reconquis"
    r"|donne l'assaut|pris d'assaut|penetre)",
    r"(?:un |l')(?:assaut|offensive|contre-offensive|raid) (?:de l'|de la |des |du )(?:armee|police|militaires"
    r"|soldats|forces armees|forces de l'ordre|forces speciales|forces de securite|gendarmes|commandos?)",
)
#: International organisations by their French names and acronyms, with ACLED's actor name.
ORGANISATIONS: tuple[tuple[str, str], ...] = (
    (r"otsc|csto|organisation du traite de securite collective", "CSTO: Collective Security Treaty Organization"),
    (r"otan|organisation du traite de l'atlantique nord", "NATO: North Atlantic Treaty Organization"),
    (r"onu|nations unies|casques bleus", "UN: United Nations"),
    (r"union africaine", "AU: African Union"),
    (r"cedeao", "ECOWAS: Economic Community of West African States"),
    (r"union europeenne", "EU: European Union"),
)
#: Nationality adjectives of foreign forces (masculine plural and singular, folded) → ISO2.
NATIONALITIES: dict[str, str] = {
    "russes": "RU",
    "russe": "RU",
    "americains": "US",
    "americaine": "US",
    "francais": "FR",
    "francaises": "FR",
    "turcs": "TR",
    "turques": "TR",
    "chinois": "CN",
    "britanniques": "GB",
    "armeniens": "AM",
    "bielorusses": "BY",
    "kirghizes": "KG",
    "tadjiks": "TJ",
    "ukrainiens": "UA",
    "israeliens": "IL",
    "iraniens": "IR",
}

#: What may stand before a place's name and is no part of it (``la ville de Van``, ``la province de Hatay``,
#: ``la préfecture de Kinshasa``: the building's town is the event's place,
#: ``l'``, ``les``), for the gazetteer: a regex matched case-insensitively at the start of the name.
PLACE_PREFIX: str = (
    r"^(?:(?:la |le |l['’])?(?:ville|région|region|province|département|commune|capitale|oblast|préfecture"
    r"|prefecture|mairie|gouvernorat|wilaya|état|etat)"
    r" (?:de |d['’]|du )|l['’]|la |le |les )"
)
#: A day that only starts a period (``le barrage installé depuis lundi a été évacué mardi``, ``arrêtées depuis
#: mercredi``): no event's day. Folded regex on the expression.
SINCE_DAY = r"^depuis\b"
#: The start a tally counts from (``depuis le début du mouvement``, ``depuis le 8 juin``, ``depuis lundi``,
#: ``depuis trois jours``). Folded regex.
SINCE_A_START = (
    r"\bdepuis (?:le (?:debut|declenchement|lancement)\b|la (?:proclamation|publication|veille)\b|l'annonce\b"
    r"|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b"
    r"|le (?:1er|\d{1,2}) (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)\b"
    r"|(?:deux|trois|quatre|cinq|six|sept|huit|dix|\d+) jours\b|(?:une|deux|trois|\d+) semaines?\b)"
)
#: The clause of a tally: a count told before its start (``21 personnes enlevées depuis le 18 juin``, ``plus de
#: 600 interpellations depuis le début du mouvement``, ``plusieurs dizaines de blessés depuis lundi``). The people
#: of every day since, no event of the sentence's own: its words are no cue and its days no event's day. Folded
#: regex on the clause before the start; a state since a day (``qui bloquent l'usine depuis lundi``) counts no one.
TALLY_COUNT = (
    r"\b(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt"
    r"|trente|quarante|cinquante|soixante|cent|mille|dizaines?|centaines?|milliers?|plusieurs)\b"
)
#: What parts the clauses of a sentence (a comma or semicolon before a space, a bracket, a dash): where a tally's
#: clause starts, and where the clauses that go on with it (``dont quatre mineurs``, ``et de 45 personnes
#: enlevées``) end. Regex.
TALLY_CLAUSE_BREAK = r"[,;()]\s|\s[-–—]\s"
#: What ends a tally and the clauses going on with it: a colon, after which the tally is broken down one by one
#: with each one's place (``Trois personnes ont été tuées depuis mardi : deux à Ouanaminthe, une à Fort-Liberté``),
#: the evidence of those places' events: such a tally is kept whole. Regex.
TALLY_END = r":\s"
#: A tally of arrests (``112 personnes interpellées depuis lundi soir``) still tells the police's intervention in
#: the movement it counts from, which the blanking would lose: not blanked. Folded regex on the tally's clause.
TALLY_OF_ARRESTS = r"\b(?:interpell\w*|arrest\w*|arrete(?:e|s|es)?|gardes? a vue)\b"
#: A source giving a count as what it says (``le ministre a fait état de six morts et de 276 interpellations``,
#: ``le ministère a compté mardi 6 100 manifestants``, ``le préfet parle de six civils tués``, ``a livré devant
#: le Parlement un bilan détaillé : 27 morts``): a statement whose counted people are the object of the speech
#: verb is the toll or the crowd of events told elsewhere, no event of the day it was made. Its clause is no cue
#: (:data:`STATEMENT_COUNT_STOP` ends it). Not a verb in front of a clause of its own (``a annoncé que …``,
#: ``a annoncé avoir arrêté …``): the words between the verb and the count are no ``que``, no infinitive. Folded
#: regex.
STATEMENT_COUNT = (
    r"\b(?:fai(?:t|sait|saient|sant) etat|parlen?t?|evoquen?t?|(?:a|ont|avait|avaient|aurait) (?:[\w'-]+ ){0,4}?"
    r"(?:annonce|compte|recense|denombre|reconnu|livre|communique|avance|evoque|comptabilise|fait etat|parle))"
    r"(?:[ ']+(?!que\b|qu'|avoir\b|etre\b|d'avoir\b)[\w-]+){0,8}?(?: :)?"
    r" (?:d'|de |des )?(?:au moins |plus de |pres de |quelque |environ |officiellement )?"
    r"(?:\d[\d .]*|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt\w*|trente|quarante"
    r"|cinquante|soixante\w*|cent|mille|dizaines?|centaines?|milliers?) (?:[\w'-]+ ){0,2}?"
    r"(?:morts?|tuee?s?|victimes|blessee?s?|deces|interpellations|arrestations|manifestants|protestataires"
    r"|personnes (?:tuees|arretees|interpellees|blessees))\b"
)
#: A town a source's count is placed in (``les organisateurs ont compté 50 000 manifestants à Tours samedi``): the
#: count of that town's march, whose words still cue it (a national count, ``dans 71 départements``, ``dans tout le
#: pays``, names none). Regex on the original text of the count's clauses.
STATEMENT_COUNT_TOWN = r"(?:^|\s)à\s+(?:la\s+|l['’]|le\s+)?[A-ZÉÈÀÂÎÔÛ]"
#: Where a source's count (:data:`STATEMENT_COUNT`) gives way to the event it counts in (``a fait état de trois
#: morts lors des heurts de mardi``): that event's words still cue it. Folded regex.
STATEMENT_COUNT_STOP = r"\b(?:lors d|au cours d|pendant |durant |en marge d|a la suite d)"
#: The months' names, folded (for the ranges of days below).
_MONTHS = r"(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)"
#: A span of days in the form of a range (``du 18 au 25 mai``, ``entre le 3 et le 9 avril``, ``du 28 février au 4
#: mars``): a toll counted over it (:data:`RANGE_TOLL`) is a period's, no event of its first or last day. Folded
#: regex.
DAY_RANGE = r"\b(?:du|entre le) (?:1er|\d{1,2})(?: " + _MONTHS + r")? (?:au|et le) (?:1er|\d{1,2}) " + _MONTHS + r"\b"
#: The words of a toll (the dead, the wounded, a "bilan"): with a count and a range of days in its clauses, the
#: tally of a period (``a arrêté le bilan des émeutes, du 5 au 12 mai, à 19 morts``). Arrests are not among them:
#: a count of arrests alone tells the police's intervention. Folded regex.
RANGE_TOLL = r"\b(?:bilans?|morts?|mortes?|tuee?s?|blessee?s?|victimes?|deces)\b"
#: A toll that tallies the dead since a start (``ce qui porte à cinq le nombre de morts depuis le 8 juin``,
#: ``tuées depuis le début du mouvement``, ``depuis la proclamation des résultats``, ``en trois jours``): the
#: dead of every day since, not one event's; so is a figure over several days named. Folded regex on the sentence.
TALLY_SINCE = (
    SINCE_A_START + r"|\ben (?:deux|trois|quatre|cinq|six|sept|huit|dix|\d+) jours\b"
    # a figure over several days named (``lors des émeutes des 4 et 5 janvier``, ``du 3 au 6 mai``): no one day's
    r"|\b(?:des|les|du) (?:1er|\d{1,2}) (?:et|au) (?:1er|\d{1,2})(?: (?:janvier|fevrier|mars|avril|mai|juin|juillet"
    r"|aout|septembre|octobre|novembre|decembre))?\b"
)
#: A count of days after an event that names the day of writing (``Cette annonce intervient deux jours après
#: l'assaut``, in the present): the day a lead speaks from, not an event's day. Folded regex on the expression.
COUNT_AFTER_EVENT: str = claims.COUNT_AFTER_EVENT
#: A sentence that adds another place to the day's events (``ont également défilé à Split``, ``à Split aussi``):
#: an aside; the narrative of the day stays where it was. Folded regex.
ALSO_ELSEWHERE = r"\b(?:egalement|aussi)\b"
#: The same word right before an expression the time tagger gave without it, closing a comparison (``la plus
#: grande mobilisation qu'ait connue le pays depuis | octobre 2000``, ``jamais vu depuis``); not a habit's start
#: (``a multiplié les massacres depuis | 2022``), which stays background. Folded regex on the text before.
SINCE_BEFORE = r"\b(?:plus|moins|jamais)\b[^.;:]{0,80}\bdepuis\s+$"
#: A region's word right before a name (``dans la région de Sagaing``, ``la province du Soum``): the name is the
#: region's, even where a town shares it. Regex on the original text before the name.
REGION_BEFORE_PLACE: str = (
    r"(?i)\b(?:région|region|province|département|departement|gouvernorat|wilaya|oblast|état|etat|canton"
    r"|comté|comte|territoire) (?:de |d['’]|du )$"
)
#: The town a body is of, at the end of its name (``la préfecture de Lyon``, ``la mairie de Saint-Denis``,
#: ``le tribunal d'Évry``): a protest ``devant la préfecture de Lyon`` is in Lyon, though the tagger names only
#: the body. Read on an organization's text; ``town`` is the complement after its last ``de``. Only where the
#: words before the body say the event stands at it (:data:`AT_BODY`): ``le parquet de Rouen`` covers towns
#: around, and ``la porte d'Aix`` is a gate of Marseille.
TOWN_OF_BODY: str = (
    r"\b(?:de|d['’]|du)\s*(?P<town>[A-ZÉÈÀÂÎÔ][\w'’]*(?:[\s-]+(?:sur|sous|en|le|la|lès|les|l['’])?[\s-]*"
    r"[A-ZÉÈÀÂÎÔ][\w'’]*)*)$"
)
#: What ends the words right before a body an event stands at (``devant la``, ``aux abords de la``,
#: ``sous les fenêtres de la``).
AT_BODY: str = (
    r"(?i)\b(?:devant|aux abords d[eu']|sous les fenêtres d[eu']|aux portes d[eu']|dans la cour d[eu'])\s*"
    r"(?:la|le|l['’]|les)?\s*$"
)
#: How French transcribes foreign names where the gazetteer's (English) forms write otherwise: ``El-Facher``
#: is El Fasher, ``Omdourman`` Omdurman, ``Djouba`` Juba, ``Tchernihiv`` Chernihiv. Tried in this order,
#: each on the last's result, only for a name the gazetteer does not know as written (folded, lower case).
PLACE_SPELLINGS: tuple[tuple[str, str], ...] = (("tch", "ch"), ("ch", "sh"), ("dj", "j"), ("ou", "u"))
#: French names of first-level regions that the gazetteer's data (local and English names) does not hold,
#: each with the English name it knows them by: ``Thessalie`` is Thessaly, ``Bavière`` Bayern. A region the
#: gazetteer cannot name is no region: a toll ``en Thessalie`` and ``trois morts à Volos`` read as two places
#: of one level, where Volos lies in Thessaly. Regions of countries French news covers, by country.
REGION_EXONYMS: dict[str, str] = {
    # Greece
    "Thessalie": "Thessaly",
    "Attique": "Attica",
    "Crète": "Crete",
    "Épire": "Epirus",
    "Macédoine-Centrale": "Central Macedonia",
    "Péloponnèse": "Peloponnese",
    # Germany
    "Bavière": "Bavaria",
    "Basse-Saxe": "Lower Saxony",
    "Rhénanie-du-Nord-Westphalie": "North Rhine-Westphalia",
    "Saxe": "Saxony",
    "Saxe-Anhalt": "Saxony-Anhalt",
    "Thuringe": "Thuringia",
    "Bade-Wurtemberg": "Baden-Wurttemberg",
    "Rhénanie-Palatinat": "Rhineland-Palatinate",
    "Brandebourg": "Brandenburg",
    "Mecklembourg-Poméranie-Occidentale": "Mecklenburg-Vorpommern",
    # Spain
    "Andalousie": "Andalusia",
    "Catalogne": "Catalonia",
    "Galice": "Galicia",
    "Castille-et-León": "Castille and León",
    "Castille-La Manche": "Castille-La Mancha",
    "Murcie": "Murcia",
    "Asturies": "Asturias",
    "Estrémadure": "Extremadura",
    "Cantabrie": "Cantabria",
    "Pays basque": "Basque Country",
    "Baléares": "Balearic Islands",
    "Canaries": "Canary Islands",
    # Italy
    "Lombardie": "Lombardy",
    "Toscane": "Tuscany",
    "Sicile": "Sicily",
    "Sardaigne": "Sardinia",
    "Calabre": "Calabria",
    "Campanie": "Campania",
    "Vénétie": "Veneto",
    "Piémont": "Piedmont",
    "Ligurie": "Liguria",
    "Pouilles": "Apulia",
    "Émilie-Romagne": "Emilia-Romagna",
    "Latium": "Lazio",
    "Abruzzes": "Abruzzo",
    "Ombrie": "Umbria",
    "Frioul-Vénétie Julienne": "Friuli Venezia Giulia",
    "Trentin-Haut-Adige": "Trentino-Alto Adige",
    "Vallée d'Aoste": "Aosta Valley",
    # Austria, Belgium, Poland
    "Basse-Autriche": "Lower Austria",
    "Haute-Autriche": "Upper Austria",
    "Styrie": "Styria",
    "Carinthie": "Carinthia",
    "Flandre": "Flanders",
    "Wallonie": "Wallonia",
    "Silésie": "Silesia",
    # North America
    "Californie": "California",
    "Floride": "Florida",
    "Caroline du Nord": "North Carolina",
    "Caroline du Sud": "South Carolina",
    "Virginie": "Virginia",
    "Pennsylvanie": "Pennsylvania",
    "Louisiane": "Louisiana",
    "Nouveau-Mexique": "New Mexico",
    "Hawaï": "Hawaii",
    "Colombie-Britannique": "British Columbia",
    "Nouvelle-Écosse": "Nova Scotia",
    # Asia, Africa, the former Soviet Union
    "Cachemire": "Kashmir",
    "Pendjab": "Punjab",
    "Bengale-Occidental": "West Bengal",
    "Baloutchistan": "Balochistan",
    "Tibet": "Tibet",
    "Tigré": "Tigray",
    "Crimée": "Crimea",
    "Tchétchénie": "Chechnya",
}
#: What a name follows when it is a place whatever the tagger typed it (``C'est à Kano que``, ``dans la ville de
#: Kano``): the tagger may make a town a person where a person of the story bears its name (``Aminu Kano``).
#: Only a town of the story's country the gazetteer knows is taken. Regex on the original text before the name.
PLACE_AFTER: str = r"(?:^|[\s(])(?:[àÀ]|la ville d[e'’]|les rues d[e'’]|près d[e'’])\s*$"
#: A clock time (``vers 11 heures``, ``à 4 heures du matin``): it names no day of its own, and the time extractor
#: dates it from the last day the text named, which may be another event's (``la hausse annoncée vendredi``); in
#: the paragraph of a dated event or the next it is on that event's day. Folded regex on the expression.
CLOCK_TIME = (
    r"^(?:(?:vers|a|des|jusqu'a|peu avant|peu apres|avant|apres|aux alentours de|autour de)\s+)?\d{1,2}\s*(?:h|heures?)"
    r"(?:\s*\d{2})?(?:\s+(?:du matin|du soir|de l'apres-midi))?$"
)
#: The country's capital named by its title (``dans les rues de la capitale haïtienne``, ``la capitale du pays``):
#: the story's country's capital, when the sentence names no other place; not ``la capitale économique`` or a
#: region's. Folded regex.
THE_CAPITAL: str = (
    r"\bla capitale(?! (?:economique|regionale|provinciale|administrative|culturelle|historique|du nord|du sud"
    r"|de l'etat|de la region|de la province|europeenne|mondiale))\b"
)
#: Around the capital, not in it (``dans la banlieue sud de la capitale``, ``au nord de la capitale``): blanked
#: before :data:`THE_CAPITAL` is looked for. Folded regex.
NEAR_THE_CAPITAL: str = (
    r"\b(?:banlieues?|peripherie|environs|alentours|region|abords|portes|sortie|nord|sud|est|ouest)"
    r"(?: (?:nord|sud|est|ouest))? de la capitale\b"
)
#: A thing recalled by its distance in time (``onze jours après l'effondrement d'une passerelle à Niš,``,
#: ``un an avant le séisme de Van``): a town named in it is that thing's, not where the sentence's event
#: is. Folded regex; the span runs to the next comma or the sentence's end.
RECALLED_PLACE: str = (
    r"\b(?:jours?|semaines?|mois|ans|annees?) (?:apres|avant) (?:le |la |l'|les |un |une |son |sa |ses )[^,;]*"
)
#: The pronoun ``y`` standing for a place (``des jeunes y ont dressé des barricades``): the sentence is at the
#: place its previous one names; not ``il y a`` nor ``y compris``. Folded regex.
PLACE_PRONOUN: str = claims.PLACE_PRONOUN
#: A bare article before a place's name (``la Savoie``): the name is then not a region's official form.
PLACE_ARTICLE: str = r"(?i)l['’]|la |le |les "
#: What follows a name that the text itself calls a village (``à Tamba, un village de la zone de Kéra``): a place
#: whatever the tagger typed the name. Regex on the original text right after the name.
#: What a village's name follows when the sentence places its event there, beside :data:`PLACE_AFTER`: the people
#: of the place acting (``des habitants de Tamba ont bloqué la route``). Regex on the original text before it.
VILLAGE_BEFORE: str = r"(?:^|\s)habitants d(?:e\s+|['’])$"
VILLAGE_APPOSITION: str = (
    r"^\s*,\s*(?:un|une|le|la|ce|cette)\s+(?:petit\s+|petite\s+)?"
    r"(?:village|localité|localite|hameau|bourgade|bourg|commune rurale)\b"
)
