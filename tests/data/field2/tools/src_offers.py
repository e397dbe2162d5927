# Source of offers.jsonl (hand-written). Run build.py to produce the JSONL files.
OFFERS = []

def o(id, type, kern, gem, lat, lon, title, org, desc, sched="", tags="", **kw):
    d = {"id": id, "type": type, "title": title, "description": desc, "organisation": org,
         "tags": [t for t in tags.split(",") if t], "kern": kern, "gemeente": gem,
         "lat": lat, "lon": lon, "schedule": sched.split()}
    d.update(kw)
    OFFERS.append(d)

# ---------------- Gemeente Dalfsen ----------------
o("o001", "taalcafe", "Dalfsen", "Dalfsen", 52.5063, 6.2571,
  "Koffie en Taal in de bibliotheek Dalfsen",
  "Bibliotheek Dalfsen / Taalpunt Dalfsen",
  "Elke woensdagochtend is iedereen welkom in de leeszaal van de bibliotheek aan het Kerkplein voor Koffie en Taal. "
  "In kleine groepjes praat je met vrijwilligers uit Dalfsen over gewone dingen: boodschappen doen, de school van je kinderen, het weer, de buren. "
  "Je hoeft niet goed Nederlands te spreken, beginners zijn heel welkom. Er is koffie en thee en vaak iets lekkers. "
  "Kinderen tot 4 jaar mogen mee, er is een speelhoek met speelgoed. Aanmelden hoeft niet, je kunt gewoon binnenlopen.",
  "wed-am", "koffie en taal,bibliotheek,nederlands oefenen,beginners",
  min_dutch_level="A0", host_languages=["nl", "en"], capacity=20, childcare=False, cost_eur=0, language_rich=True)

o("o002", "taalcoach", "Dalfsen", "Dalfsen", 52.5071, 6.2549,
  "Taalcoach: één-op-één Nederlands oefenen",
  "Taalpunt Dalfsen",
  "Het Taalpunt koppelt je aan een vrijwillige taalcoach uit je eigen dorp. Jullie spreken een keer per week af, bij jou thuis, in de bibliotheek of in het dorpshuis, op een moment dat jullie allebei uitkomt. "
  "Samen oefen je met de taal die jij nodig hebt: brieven lezen, bellen met de huisarts, praten met de juf. "
  "Een koppeling duurt ongeveer een jaar. Er is op dit moment een korte wachtlijst, maar er zijn nieuwe coaches getraind. Voor Dalfsen, Nieuwleusen, Lemelerveld en Hoonhorst.",
  "", "taalmaatje,een op een,nederlands,thuis",
  min_dutch_level="A0", host_languages=["nl"], capacity=4, cost_eur=0, language_rich=True)

o("o003", "taalcoach", "Dalfsen", "Dalfsen", 52.5071, 6.2549,
  "Taalcoach voor vrouwen (vrouwelijke coach)",
  "Taalpunt Dalfsen",
  "Sommige vrouwen oefenen liever met een andere vrouw. Daarom heeft het Taalpunt een groep vrouwelijke taalcoaches. "
  "Je coach komt bij je thuis of jullie spreken af in de bibliotheek; je kleine kinderen mogen er gewoon bij zijn. "
  "Jullie oefenen een uur per week met alledaags Nederlands. Alleen voor vrouwen.",
  "", "taalmaatje,vrouwen,thuis",
  min_dutch_level="A0", host_languages=["nl", "en"], capacity=2, women_only=True, cost_eur=0, language_rich=True)

o("o004", "sport", "Dalfsen", "Dalfsen", 52.5012, 6.2688,
  "Voetballen bij het 4e senioren elftal",
  "v.v. Dalfsen",
  "Ons recreatieve vierde elftal zoekt nieuwe spelers. Wij trainen op dinsdag- en donderdagavond op sportpark Gerner en spelen op zondagochtend een wedstrijd. "
  "Ervaring is fijn maar niet nodig, gezelligheid staat voorop. Na de training drinken we wat in de kantine. "
  "Voetbalschoenen kunnen via de club tweedehands worden geregeld en via het Jeugdfonds Sport wordt de contributie vergoed. Voor mannen van 18 tot 45 jaar. "
  "De club heeft ook een dames- en een 35+-team en veel jeugdteams.",
  "tue-eve thu-eve sun-am", "voetbal,football,team,kantine",
  min_dutch_level="A0", host_languages=["nl"], capacity=5, age_min=18, age_max=45, cost_eur=0, language_rich=True)

o("o005", "sport", "Dalfsen", "Dalfsen", 52.5012, 6.2688,
  "Walking football voor 55-plussers",
  "v.v. Dalfsen",
  "Voetballen zonder rennen: bij walking football wordt gewandeld en er is geen sliding of duwen. Heel geschikt als je knieën niet meer alles willen. "
  "We spelen op vrijdagochtend op het kunstgras van sportpark Gerner, daarna koffie in de kantine. Voor mannen en vrouwen vanaf 55 jaar. Eerste keer meedoen is gratis.",
  "fri-am", "voetbal,walking football,ouderen,bewegen",
  min_dutch_level="A0", host_languages=["nl"], capacity=8, age_min=55, cost_eur=5, language_rich=True)

o("o006", "werkervaringsplek", "Dalfsen", "Dalfsen", 52.5079, 6.2603,
  "Werkervaringsplek in de bakkerij",
  "Bakkerij Van der Veen (Dalfsen)",
  "Onze ambachtelijke bakkerij in de Prinsenstraat bakt elke ochtend brood, krentenbollen en gebak voor de winkel en voor twee supermarkten. "
  "Wij bieden een werkervaringsplek in de bakkerij: deeg maken, brood opmaken, ovens bedienen en schoonmaken. Je werkt samen met twee Nederlandse bakkers en een leerling. "
  "Vroeg beginnen hoort erbij (vanaf 5.00 uur). Ervaring als bakker is een groot pluspunt. Na een half jaar is een betaalde baan mogelijk.",
  "mon-am tue-am wed-am thu-am fri-am", "bakker,brood,ambacht,werk",
  min_dutch_level="A1", host_languages=["nl"], capacity=1, cost_eur=0, language_rich=True)

o("o007", "vrijwilligerswerk", "Dalfsen", "Dalfsen", 52.5098, 6.2480,
  "Vrijwilliger bij de Kringloopwinkel",
  "Kringloop Dalfsen",
  "In onze grote kringloopwinkel op het industrieterrein sorteren we spullen, prijzen we kleding en meubels en helpen we klanten. "
  "We zoeken ook bijrijders voor het ophalen van meubels bij mensen thuis. Er werken zo'n 40 vrijwilligers, jong en oud. "
  "Koffiepauze om 10 uur met de hele ploeg. Je kiest zelf welke dagdelen je komt.",
  "tue-am tue-pm thu-am thu-pm sat-am", "kringloop,sorteren,winkel,bijrijder",
  min_dutch_level="A0", host_languages=["nl"], capacity=6, cost_eur=0, language_rich=True)

o("o008", "huiswerkbegeleiding", "Dalfsen", "Dalfsen", 52.5063, 6.2571,
  "Huiswerkklas in de bibliotheek",
  "Bibliotheek Dalfsen",
  "Op maandag- en woensdagmiddag na school kunnen kinderen van groep 5 tot en met de tweede klas van de middelbare school in de bibliotheek hun huiswerk maken. "
  "Vrijwilligers (waaronder oud-leerkrachten) helpen met lezen, rekenen en Engels. Ouders mogen blijven en koffie drinken. "
  "We zoeken ook nieuwe vrijwilligers die kinderen willen helpen.",
  "mon-pm wed-pm", "huiswerk,kinderen,school,rekenen",
  min_dutch_level="A0", host_languages=["nl"], capacity=10, cost_eur=0, language_rich=True)

o("o009", "cultuur", "Dalfsen", "Dalfsen", 52.5055, 6.2530,
  "Samen naaien: naaiatelier voor vrouwen",
  "Stichting Welzijn Dalfsen (SMON)",
  "Op donderdagochtend staan in het Trefpunt acht naaimachines klaar. Samen met vrijwilligsters maak je kleding, repareer je broeken of leer je een patroon lezen. "
  "Beginners en ervaren naaisters zijn welkom. Stof en garen zijn aanwezig. In de kamer ernaast is kinderopvang door vrijwilligers. Alleen voor vrouwen.",
  "thu-am", "naaien,kleding,handwerk,vrouwen",
  min_dutch_level="A0", host_languages=["nl"], capacity=6, women_only=True, childcare=True, cost_eur=0, language_rich=True)

o("o010", "ontmoeting", "Dalfsen", "Dalfsen", 52.5049, 6.2594,
  "Eten met de buurt",
  "Protestantse Gemeente Dalfsen",
  "Eén keer per maand op vrijdagavond koken vrijwilligers een maaltijd in het kerkelijk centrum en eten we samen aan lange tafels. "
  "Nieuwe en oude Dalfsenaren, gezinnen en alleenstaanden. Wil je een keer een gerecht uit je eigen land koken? Graag! Kinderen eten mee. Bijdrage 3 euro, gratis als dat niet lukt.",
  "fri-eve", "samen eten,buurt,koken,gezinnen",
  min_dutch_level="A0", host_languages=["nl"], capacity=15, cost_eur=3, language_rich=True)

o("o011", "cursus", "Dalfsen", "Dalfsen", 52.5063, 6.2571,
  "Digitaal Café: hulp bij DigiD, smartphone en mail",
  "Bibliotheek Dalfsen",
  "Heb je vragen over je telefoon, DigiD, Mijn Toeslagen of het schoolportaal van je kinderen? Op dinsdagmiddag helpen vrijwilligers je stap voor stap. "
  "Neem je eigen telefoon of laptop mee; er zijn ook computers in de bibliotheek. Ook een korte cursus 'Werken met DigiD' van vier lessen.",
  "tue-pm", "digitaal,digid,computer,smartphone",
  min_dutch_level="A1", host_languages=["nl"], capacity=8, cost_eur=0, language_rich=True)

o("o012", "gezin", "Dalfsen", "Dalfsen", 52.5071, 6.2549,
  "Home-Start: een vrijwilliger die bij je gezin komt",
  "Home-Start Dalfsen",
  "Heb je jonge kinderen (0-12 jaar) en zit je soms met je handen in het haar? Een vrijwilliger van Home-Start, zelf ook ouder, komt een dagdeel per week bij je thuis. "
  "Samen voorlezen, spelen met de kinderen, meedenken over school en opvoeding, even een luisterend oor. Voor alle kernen van Dalfsen.",
  "", "gezin,opvoeding,kinderen,voorlezen,thuis",
  min_dutch_level="A0", host_languages=["nl", "en"], capacity=3, cost_eur=0, language_rich=True)

o("o013", "maatje", "Dalfsen", "Dalfsen", 52.5071, 6.2549,
  "Maatje: samen op pad in het dorp",
  "Humanitas Dalfsen",
  "Een maatje van Humanitas laat je het dorp zien en neemt je mee: naar de sportclub, de markt, een wandeling langs de Vecht of gewoon een kop koffie. "
  "Je maakt samen afspraken die bij jullie passen, zo'n twee keer per maand. Goed om mensen te leren kennen en je Nederlands te gebruiken.",
  "", "maatje,buddy,netwerk,wandelen,vrienden",
  min_dutch_level="A0", host_languages=["nl"], capacity=3, cost_eur=0, language_rich=True)

o("o014", "taalstage", "Nieuwleusen", "Dalfsen", 52.5822, 6.2818,
  "Taalstage bij de fietsenmaker",
  "Rijwielhandel Nijboer",
  "Wij zijn een drukke fietsenwinkel aan de Burgemeester Backxlaan met een eigen werkplaats. Je helpt in de werkplaats: banden plakken, remmen en versnellingen afstellen, nieuwe fietsen klaarmaken en e-bikes onderhouden. "
  "Je werkt samen met onze monteurs en praat met klanten, dus je oefent veel Nederlands. Taalstage van 3 maanden (verlenging mogelijk), drie ochtenden per week.",
  "tue-am wed-am thu-am", "fiets,fietsenmaker,reparatie,techniek,monteur",
  min_dutch_level="A1", host_languages=["nl"], capacity=1, cost_eur=0, language_rich=True)

o("o015", "sport", "Nieuwleusen", "Dalfsen", 52.5790, 6.2850,
  "Recreatief volleybal op maandagavond",
  "Volleybalvereniging Nieuwleusen",
  "Onze recreantengroep speelt elke maandagavond in sporthal De Evenboer. Mannen en vrouwen door elkaar, alle niveaus. "
  "Eerst een korte warming-up, daarna partijtjes. Na afloop drinken we samen iets in de kantine van de sporthal. Drie keer gratis meedoen, daarna 12 euro per maand (Jeugdfonds/meedoenregeling mogelijk).",
  "mon-eve", "volleybal,sport,recreatief,sporthal",
  min_dutch_level="A0", host_languages=["nl"], capacity=4, age_min=16, cost_eur=12, language_rich=True)

o("o016", "taalcafe", "Nieuwleusen", "Dalfsen", 52.5830, 6.2790,
  "Koffie en Taal in De Kandelaar",
  "Kerken Nieuwleusen",
  "Iedere dinsdagochtend in het kerkgebouw De Kandelaar: koffie drinken en Nederlands praten met vrijwilligers uit Nieuwleusen. "
  "Soms doen we een spel, soms gaan we samen naar de markt. Kinderen mogen mee, er is speelgoed. Gratis, je hoeft je niet aan te melden.",
  "tue-am", "koffie en taal,kerk,nederlands oefenen",
  min_dutch_level="A0", host_languages=["nl"], capacity=15, cost_eur=0, language_rich=True)

o("o017", "vrijwilligerswerk", "Nieuwleusen", "Dalfsen", 52.5805, 6.2766,
  "Gastvrouw/gastheer in zorgcentrum De Vechtstreek",
  "Zorgcentrum De Vechtstreek Nieuwleusen",
  "Bewoners van ons zorgcentrum vinden aanspraak erg fijn. Als vrijwilliger schenk je koffie in het restaurant, maak je een praatje, wandel je met een bewoner of help je bij de spelletjesmiddag. "
  "Je moet je een beetje verstaanbaar kunnen maken in het Nederlands; ouderen praten langzaam en vinden het leuk om te helpen.",
  "mon-pm wed-pm fri-pm sat-pm", "ouderen,zorg,koffie,gastvrouw",
  min_dutch_level="A2", host_languages=["nl"], capacity=4, cost_eur=0, language_rich=True)

o("o018", "ontmoeting", "Nieuwleusen", "Dalfsen", 52.5815, 6.2835,
  "Vrouwenochtend in het dorpshuis",
  "Stichting Welzijn Dalfsen (SMON)",
  "Op maandagochtend komen vrouwen uit Nieuwleusen, nieuw en al lang hier, samen in dorpshuis De Mors. We drinken thee, praten, doen soms een workshop (koken, gezondheid, fietsen) en maken uitstapjes. "
  "Er is kinderopvang in de zaal ernaast. Alleen voor vrouwen, een vrouwelijke begeleider spreekt ook een beetje Arabisch.",
  "mon-am", "vrouwen,ontmoeten,thee,kinderopvang",
  min_dutch_level="A0", host_languages=["nl", "ar"], capacity=10, women_only=True, childcare=True, cost_eur=0, language_rich=True)

o("o019", "werkervaringsplek", "Nieuwleusen", "Dalfsen", 52.5835, 6.2805,
  "Werkervaringsplek supermarkt: vakkenvullen en kassa",
  "Supermarkt Nieuwleusen (centrum)",
  "In onze supermarkt in het centrum van Nieuwleusen leer je vakken vullen, de versafdeling bijhouden en later ook kassawerk. "
  "Je werkt in een team met veel jonge en oudere Nederlandse collega's en klanten vragen je de weg in de winkel. Werktijden overdag, in overleg. Duur 6 maanden, daarna kans op een contract.",
  "mon-am mon-pm wed-am wed-pm fri-am fri-pm", "supermarkt,winkel,kassa,vakkenvullen",
  min_dutch_level="A2", host_languages=["nl"], capacity=2, cost_eur=0, language_rich=True)

o("o020", "sport", "Nieuwleusen", "Dalfsen", 52.5760, 6.2880,
  "Zwemmen voor vrouwen (vrouwenuur)",
  "Zwembad De Kulk",
  "Elke zondagochtend is het zwembad alleen open voor vrouwen, met vrouwelijk personeel en de ramen afgeschermd. Je kunt vrij zwemmen of meedoen met zwemles voor volwassenen. "
  "De groep is op dit moment vol; je kunt je op de wachtlijst zetten.",
  "sun-am", "zwemmen,vrouwen,zwemles",
  min_dutch_level="A0", host_languages=["nl"], capacity=0, women_only=True, cost_eur=8, language_rich=False)

o("o021", "sport", "Lemelerveld", "Dalfsen", 52.4440, 6.3380,
  "Hardlopen voor beginners: Start to Run",
  "Loopgroep Lemelerveld",
  "In tien weken van 0 naar 5 kilometer hardlopen. We starten zaterdagochtend bij het sportpark en lopen door het bos en langs het kanaal. "
  "Een ervaren trainer begeleidt de groep, iedereen loopt in zijn eigen tempo. Na afloop koffie in de kantine van de voetbalclub.",
  "sat-am", "hardlopen,rennen,bewegen,gezondheid",
  min_dutch_level="A0", host_languages=["nl"], capacity=10, age_min=16, cost_eur=0, language_rich=True)

o("o022", "taalstage", "Lemelerveld", "Dalfsen", 52.4395, 6.3440,
  "Taalstage metaalbewerking en lassen",
  "Metaalbedrijf Lemelerveld B.V.",
  "Wij maken stalen constructies en hekwerken voor de bouw. In de werkplaats werk je mee met onze lassers en constructiebankwerkers: zagen, boren, lassen en afwerken. "
  "Ervaring met lassen is een pré. Veiligheid is belangrijk, dus je moet instructies in het Nederlands kunnen begrijpen. Taalstage 3 maanden, daarna mogelijk een leerwerkbaan met VCA-cursus.",
  "mon-am mon-pm wed-am wed-pm", "lassen,metaal,techniek,bouw,werkplaats",
  min_dutch_level="A2", host_languages=["nl"], capacity=1, cost_eur=0, language_rich=True)

o("o023", "vrijwilligerswerk", "Lemelerveld", "Dalfsen", 52.4460, 6.3355,
  "Tuinploeg van de dorpsmoestuin",
  "Dorpsmoestuin Lemelerveld",
  "Op donderdagochtend werken we met een groep vrijwilligers in de moestuin achter het dorpshuis: zaaien, wieden, oogsten. "
  "De groente gaat naar de deelnemers en de voedselbank. Je hoeft geen ervaring te hebben. Gereedschap, handschoenen en koffie zijn er.",
  "thu-am", "moestuin,tuin,groente,buiten,natuur",
  min_dutch_level="A0", host_languages=["nl"], capacity=5, cost_eur=0, language_rich=True)

o("o024", "cultuur", "Lemelerveld", "Dalfsen", 52.4430, 6.3400,
  "Zingen in het dorpskoor",
  "Gemengd Koor Lemelerveld",
  "Ons gemengde koor (35 leden) repeteert op dinsdagavond in de zaal van het dorpshuis. We zingen Nederlandse liederen, popmuziek en af en toe gospel. "
  "Je hoeft geen noten te kunnen lezen. Nieuwe leden mogen eerst een paar keer meezingen. Na de repetitie is er koffie.",
  "tue-eve", "koor,zingen,muziek",
  min_dutch_level="A1", host_languages=["nl"], capacity=5, cost_eur=10, language_rich=True)

o("o025", "werkervaringsplek", "Hoonhorst", "Dalfsen", 52.4710, 6.2270,
  "Meewerken op een melkveebedrijf",
  "Melkveebedrijf Hoonhorst",
  "Ons familiebedrijf heeft 120 koeien en jongvee. Je helpt bij het voeren, de kalveren verzorgen, stallen schoonmaken en in de zomer bij het hooien. "
  "Ervaring met dieren of landbouw is fijn. Werken begint vroeg. Het bedrijf ligt buiten het dorp; met de fiets ben je er vanuit Dalfsen in 20 minuten.",
  "mon-am tue-am wed-am thu-am fri-am sat-am", "boerderij,koeien,landbouw,dieren,boer",
  min_dutch_level="A0", host_languages=["nl"], capacity=1, cost_eur=0, language_rich=True)

o("o026", "ontmoeting", "Hoonhorst", "Dalfsen", 52.4685, 6.2330,
  "Spelletjesmiddag in dorpshuis",
  "Dorpshuis Hoonhorst",
  "Elke zaterdagmiddag: sjoelen, kaarten, dammen en schaken in het dorpshuis. Voor jong en oud, kinderen zijn welkom. Koffie en limonade staan klaar.",
  "sat-pm", "spelletjes,dorpshuis,schaken,ontmoeten",
  min_dutch_level="A0", host_languages=["nl"], capacity=12, cost_eur=0, language_rich=True)

o("o027", "cursus", "Dalfsen", "Dalfsen", 52.5071, 6.2549,
  "Workshopreeks 'Werken in Nederland'",
  "VluchtelingenWerk Dalfsen",
  "Vijf middagen over werken in Nederland: hoe schrijf je een cv, wat is een uitzendbureau, wat staat er in een arbeidscontract, hoe gaat een sollicitatiegesprek. "
  "Met oefengesprekken met vrijwilligers uit het bedrijfsleven. Een tolk Arabisch en Tigrinya is aanwezig.",
  "mon-pm", "werk,cv,solliciteren,arbeidscontract",
  min_dutch_level="A1", host_languages=["nl", "ar", "ti"], capacity=12, cost_eur=0, language_rich=False)

o("o028", "cursus", "Nieuwleusen", "Dalfsen", 52.5815, 6.2835,
  "Cursus 'Geldzaken op orde'",
  "Humanitas Thuisadministratie Dalfsen",
  "In vier avonden leer je hoe je post van de gemeente en de Belastingdienst leest, hoe toeslagen werken, hoe je een overzicht maakt van je vaste lasten en wat je doet als je schulden hebt. "
  "Na de cursus kan een vrijwilliger van Humanitas thuis verder helpen met je administratie.",
  "wed-eve", "geld,toeslagen,administratie,post,financien",
  min_dutch_level="A1", host_languages=["nl"], capacity=10, cost_eur=0, language_rich=False)

o("o029", "taalcafe", "Dalfsen", "Dalfsen", 52.5063, 6.2571,
  "Taalcafé op donderdagavond",
  "Bibliotheek Dalfsen / Taalpunt Dalfsen",
  "Werk je overdag of heb je inburgeringsles? Dan is het taalcafé op donderdagavond iets voor jou. Zelfde opzet als Koffie en Taal: in groepjes praten met vrijwilligers over actuele onderwerpen. "
  "Voor iets gevorderde deelnemers, je moet al een gesprekje kunnen voeren.",
  "thu-eve", "taalcafe,avond,nederlands oefenen",
  min_dutch_level="A2", host_languages=["nl"], capacity=15, cost_eur=0, language_rich=True)

o("o030", "ontmoeting", "Dalfsen", "Dalfsen", 52.5055, 6.2530,
  "Open inloop in Het Trefpunt",
  "Stichting Welzijn Dalfsen (SMON)",
  "Elke werkdag van 9 tot 12 uur staat de deur van Het Trefpunt open. Kom binnen voor een kop koffie, de krant, een praatje of een vraag over een brief. "
  "Er is altijd een medewerker of vrijwilliger. Ook voor ouderen uit het dorp. Geen aanmelding, geen kosten.",
  "mon-am tue-am wed-am thu-am fri-am", "inloop,koffie,ontmoeten,vragen",
  min_dutch_level="A0", host_languages=["nl"], capacity=30, cost_eur=0, language_rich=True)

# ---------------- Gemeente Zwolle ----------------
o("o031", "taalcafe", "Zwolle", "Zwolle", 52.5310, 6.0530,
  "Taalcafé Stadshagen op zaterdag",
  "Taalhuis Zwolle / Bibliotheek Stadshagen",
  "Op zaterdagochtend oefen je in de bibliotheek van Stadshagen Nederlands in een gezellige groep. Er zijn tafels voor beginners en voor gevorderden. "
  "Koffie en thee gratis. Kinderen kunnen in de jeugdafdeling van de bibliotheek lezen.",
  "sat-am", "taalcafe,bibliotheek,weekend",
  min_dutch_level="A0", host_languages=["nl", "en"], capacity=20, cost_eur=0, language_rich=True)

o("o032", "sport", "Zwolle", "Zwolle", 52.5320, 6.1020,
  "Boksen voor jongeren in Holtenbroek",
  "Boxing Zwolle / Buurtsportcoach Zwolle",
  "Bokstraining voor jongeren van 14 tot 23 jaar in de gymzaal in Holtenbroek. Conditie, techniek en discipline, zonder echte wedstrijden als je dat niet wilt. "
  "Trainers zijn ervaren boksers en de buurtsportcoach. Handschoenen zijn er. Gratis via de buurtsportcoach.",
  "wed-eve fri-eve", "boksen,vechtsport,jongeren,conditie",
  min_dutch_level="A0", host_languages=["nl", "en"], capacity=6, age_min=14, age_max=23, cost_eur=0, language_rich=True)

o("o033", "taalstage", "Zwolle", "Zwolle", 52.5050, 6.0960,
  "Taalstage fietswerkplaats (gevorderd)",
  "Fietsfabriek Zwolle",
  "In onze werkplaats in Assendorp knappen we oude fietsen op voor de verkoop en repareren we fietsen van klanten. "
  "Je werkt zelfstandig mee en staat ook achter de balie: klanten te woord staan, reparaties uitleggen en afrekenen. Daarom vragen we Nederlands op B1-niveau. Taalstage 3 maanden, twee middagen per week.",
  "mon-pm wed-pm", "fiets,fietsenmaker,reparatie,balie",
  min_dutch_level="B1", host_languages=["nl"], capacity=1, cost_eur=0, language_rich=True)

o("o034", "werkervaringsplek", "Zwolle", "Zwolle", 52.5125, 6.0910,
  "Werkervaringsplek keuken wereldrestaurant",
  "Restaurant De Wereldkeuken",
  "In onze restaurantkeuken in de binnenstad koken we gerechten uit de hele wereld. Je helpt met snijden, voorbereiden, afwassen en later ook koken. "
  "Het keukenteam bestaat uit koks uit Syrië, Eritrea en Afghanistan; de voertaal is vaak Engels of Arabisch. Werken in de middag en avond.",
  "wed-pm wed-eve thu-pm thu-eve fri-pm fri-eve", "keuken,koken,restaurant,horeca",
  min_dutch_level="A0", host_languages=["en", "ar"], capacity=2, cost_eur=0, language_rich=False)

o("o035", "vrijwilligerswerk", "Zwolle", "Zwolle", 52.5140, 6.1210,
  "Gastvrouw/gastheer in het ziekenhuis",
  "Isala Zwolle",
  "Als gastvrouw of gastheer bij de centrale hal van het ziekenhuis wijs je bezoekers en patiënten de weg, breng je mensen in een rolstoel naar de afdeling en maak je een praatje. "
  "Je moet goed Nederlands kunnen spreken en begrijpen (minimaal B1). Vaste dagdelen, training vooraf.",
  "mon-am tue-am wed-am thu-am fri-am", "ziekenhuis,zorg,gastvrouw,wegwijzer",
  min_dutch_level="B1", host_languages=["nl"], capacity=3, cost_eur=0, language_rich=True)

o("o036", "cultuur", "Zwolle", "Zwolle", 52.5110, 6.0900,
  "Theatergroep Nieuwe Buren",
  "Theaterwerkplaats Zwolle",
  "Een theatergroep met mensen die nieuw zijn in Nederland en mensen die hier al lang wonen. We maken samen een voorstelling over thuis en onderweg, met muziek en dans. "
  "Repetitie op donderdagavond in de theaterwerkplaats. Je hoeft geen ervaring te hebben. In juni spelen we in de schouwburg.",
  "thu-eve", "theater,toneel,dans,muziek",
  min_dutch_level="A1", host_languages=["nl", "en"], capacity=6, age_min=16, cost_eur=0, language_rich=True)

o("o037", "cursus", "Zwolle", "Zwolle", 52.5180, 6.0800,
  "Oriëntatiecursus 'Werken in de zorg'",
  "Deltion College / Zorgwerkgevers Zwolle",
  "Acht weken, twee ochtenden per week: wat doet een helpende, verzorgende of verpleegkundige in Nederland? Je loopt een dag mee in een verpleeghuis, oefent vaktaal en hoort welke opleidingen er zijn. "
  "Na de cursus kun je instromen in een leerwerktraject. Nederlands minimaal A2.",
  "tue-am thu-am", "zorg,verpleegkundige,opleiding,werk",
  min_dutch_level="A2", host_languages=["nl"], capacity=10, age_min=18, cost_eur=0, language_rich=True)

o("o038", "sport", "Zwolle", "Zwolle", 52.4935, 6.0700,
  "Cricket bij de Zwolse Cricket Club",
  "Zwolse Cricket Club",
  "Onze club speelt op het veld aan de Hoge Laarweg in Zwolle-Zuid. Wij hebben een recreatief team en een competitieteam, met spelers uit Nederland, India, Pakistan en Afghanistan. "
  "Training op zaterdagmiddag, wedstrijden op zondagmiddag (april tot september), in de winter zaaltraining. Materiaal kun je lenen. Clubhuis met bar.",
  "sat-pm sun-pm", "cricket,sport,team",
  min_dutch_level="A0", host_languages=["nl", "en"], capacity=4, age_min=16, cost_eur=10, language_rich=True)

o("o039", "maatje", "Zwolle", "Zwolle", 52.5125, 6.0944,
  "Samen op pad: maatje voor jongeren",
  "Maatjesproject Zwolle",
  "Ben je tussen de 16 en 27 jaar en wil je mensen van je eigen leeftijd leren kennen in Zwolle? Een student of jonge werkende wordt je maatje. "
  "Jullie gaan samen sporten, naar de film, de stad in of koken. Eén keer per week of om de week, zelf af te spreken.",
  "", "maatje,jongeren,vrienden,buddy",
  min_dutch_level="A0", host_languages=["nl", "en"], capacity=5, age_min=16, age_max=27, cost_eur=0, language_rich=True)

o("o040", "gezin", "Zwolle", "Zwolle", 52.5125, 6.0944,
  "VoorleesExpress: voorlezen bij gezinnen thuis",
  "VoorleesExpress Zwolle",
  "Een vrijwilliger komt twintig weken lang één keer per week bij je thuis om voor te lezen aan je kinderen (2-8 jaar) en laat zien hoe je samen met boeken en de bibliotheek bezig kunt zijn. "
  "We zoeken ook vrijwillige voorlezers, ook meertalige.",
  "", "voorlezen,kinderen,boeken,gezin",
  min_dutch_level="A0", host_languages=["nl"], capacity=4, cost_eur=0, language_rich=True)

o("o041", "huiswerkbegeleiding", "Zwolle", "Zwolle", 52.5330, 6.1040,
  "Huiswerkbegeleiding in buurthuis Holtenbroek",
  "Stichting Huiswerkhulp Zwolle",
  "Op dinsdag- en donderdagmiddag krijgen kinderen van 10 tot 16 jaar in het buurthuis hulp bij hun huiswerk: rekenen, wiskunde, Engels en begrijpend lezen. "
  "Wij zoeken ook vrijwilligers: ben je docent geweest of goed in wiskunde of Engels, dan ben je van harte welkom om kinderen te helpen.",
  "tue-pm thu-pm", "huiswerk,wiskunde,engels,kinderen,vrijwilliger",
  min_dutch_level="A1", host_languages=["nl"], capacity=8, cost_eur=0, language_rich=True)

o("o042", "ontmoeting", "Zwolle", "Zwolle", 52.5300, 6.1200,
  "Wijkeettafel Aa-landen",
  "Travers Welzijn Zwolle",
  "Elke woensdagavond eten buurtbewoners samen in het wijkcentrum van Aa-landen. Voor 4 euro een warme maaltijd, gekookt door vrijwilligers. "
  "Ouderen, gezinnen en alleenstaanden schuiven aan. Je kunt ook meehelpen met koken.",
  "wed-eve", "samen eten,wijk,koken",
  min_dutch_level="A0", host_languages=["nl"], capacity=10, cost_eur=4, language_rich=True)

o("o043", "werkervaringsplek", "Zwolle", "Zwolle", 52.5260, 6.1290,
  "Werkervaringsplek logistiek en bijrijder",
  "Kringloopbedrijf Zwolle",
  "In ons kringloopbedrijf op de Marslanden werk je in het magazijn (ontvangen, sorteren, opslaan) en als bijrijder op de vrachtwagen die meubels ophaalt en bezorgt. "
  "Heb je een rijbewijs C? Dan kun je na een tijd ook zelf rijden. Werkervaring van 6 maanden met begeleiding van een jobcoach.",
  "mon-am mon-pm tue-am tue-pm wed-am wed-pm thu-am thu-pm fri-am fri-pm", "logistiek,magazijn,chauffeur,vrachtwagen,kringloop",
  min_dutch_level="A1", host_languages=["nl"], capacity=3, cost_eur=0, language_rich=True)

o("o044", "taalcoach", "Zwolle", "Zwolle", 52.5125, 6.0944,
  "Taalmaatje via het Taalhuis Zwolle",
  "Taalhuis Zwolle",
  "Het Taalhuis koppelt je aan een taalmaatje die een jaar lang elke week met je oefent, bij jou thuis, in de bibliotheek of online. "
  "Je bepaalt zelf waar je aan wilt werken: praten, lezen, schrijven of oefenen voor het inburgeringsexamen.",
  "", "taalmaatje,taalcoach,nederlands,examen",
  min_dutch_level="A0", host_languages=["nl"], capacity=6, cost_eur=0, language_rich=True)

o("o045", "sport", "Zwolle", "Zwolle", 52.4960, 6.1020,
  "Fitness en bewegen voor vrouwen",
  "Sportcentrum Zwolle-Zuid",
  "In een aparte zaal met alleen vrouwen en een vrouwelijke trainer: fitness, bewegen op muziek en krachttraining. "
  "Maandag- en woensdagochtend, met kinderopvang in het sportcentrum. Via de meedoenregeling van de gemeente gratis.",
  "mon-am wed-am", "fitness,vrouwen,bewegen,gezondheid",
  min_dutch_level="A0", host_languages=["nl"], capacity=6, women_only=True, childcare=True, cost_eur=0, language_rich=True)

# ---------------- Gemeente Apeldoorn ----------------
o("o046", "taalcafe", "Apeldoorn", "Apeldoorn", 52.2118, 5.9660,
  "Taalcafé in CODA",
  "CODA Bibliotheek Apeldoorn / Taalhuis",
  "Op vrijdagmiddag oefen je Nederlands in het café van CODA, de bibliotheek en het museum in het centrum. Vrijwilligers leiden gesprekken in kleine groepjes. "
  "Daarna kun je een boek lenen of de tentoonstelling bekijken. Koffie en thee zijn gratis.",
  "fri-pm", "taalcafe,bibliotheek,centrum",
  min_dutch_level="A0", host_languages=["nl", "en"], capacity=25, cost_eur=0, language_rich=True)

o("o047", "taalcoach", "Apeldoorn", "Apeldoorn", 52.2112, 5.9699,
  "Taalcoach overdag (Taalhuis Apeldoorn)",
  "Taalhuis Apeldoorn",
  "Een vrijwillige taalcoach oefent een jaar lang wekelijks met je, overdag bij jou thuis of in de bibliotheek. "
  "Let op: op dit moment zijn alle coaches voor overdag bezet, je komt op de wachtlijst.",
  "", "taalcoach,taalmaatje,overdag",
  min_dutch_level="A0", host_languages=["nl"], capacity=0, cost_eur=0, language_rich=True)

o("o048", "taalcoach", "Apeldoorn", "Apeldoorn", 52.2112, 5.9699,
  "Taalcoach in de avond of het weekend",
  "Taalhuis Apeldoorn",
  "Voor mensen die overdag werken of naar school gaan: taalcoaches die 's avonds of op zaterdagochtend met je oefenen. "
  "Je spreekt af in CODA of bij jou thuis. Een koppeling duurt een jaar. Er zijn nog plaatsen.",
  "tue-eve wed-eve thu-eve sat-am", "taalcoach,avond,weekend",
  min_dutch_level="A0", host_languages=["nl", "en"], capacity=3, cost_eur=0, language_rich=True)

o("o049", "sport", "Apeldoorn", "Apeldoorn", 52.2265, 5.9920,
  "Zaalvoetbal op maandagavond in Zevenhuizen",
  "Zaalvoetbalvereniging Apeldoorn-Noord",
  "Recreatief zaalvoetbal (futsal) voor mannen vanaf 18 jaar in de sporthal in Zevenhuizen. Teams worden elke week opnieuw gemaakt. "
  "Sportschoenen met lichte zool nodig. Na afloop drinken we iets in de kantine. Contributie 10 euro per maand.",
  "mon-eve", "zaalvoetbal,futsal,voetbal,sporthal",
  min_dutch_level="A0", host_languages=["nl"], capacity=6, age_min=18, cost_eur=10, language_rich=True)

o("o050", "sport", "Apeldoorn", "Apeldoorn", 52.2050, 5.9780,
  "Vrouwenzwemmen op zondagochtend",
  "Sportfondsenbad Apeldoorn",
  "Eén uur zwemmen met alleen vrouwen, vrouwelijke badmeesters, afgeschermde ramen. Vrij zwemmen en zwemles voor volwassen beginners in het ondiepe bad. "
  "Burkini toegestaan. Met de Apeldoornpas korting.",
  "sun-am", "zwemmen,vrouwen,zwemles",
  min_dutch_level="A0", host_languages=["nl"], capacity=8, women_only=True, cost_eur=6, language_rich=False)

o("o051", "taalstage", "Apeldoorn", "Apeldoorn", 52.2290, 5.9650,
  "Taalstage in woonzorgcentrum De Kerschoten",
  "Woonzorgcentrum De Kerschoten",
  "Je helpt de verzorgenden bij de dagelijkse zorg voor ouderen: koffie en maaltijden rondbrengen, activiteiten begeleiden, wandelen met bewoners. "
  "Je praat de hele dag Nederlands met bewoners en collega's. Interessant als je later in de zorg wilt werken. Taalstage 3 maanden, drie ochtenden.",
  "mon-am tue-am thu-am", "zorg,ouderen,verzorgende,verpleeghuis",
  min_dutch_level="A2", host_languages=["nl"], capacity=2, cost_eur=0, language_rich=True)

o("o052", "werkervaringsplek", "Apeldoorn", "Apeldoorn", 52.1960, 5.9880,
  "Werkervaringsplek groenvoorziening",
  "Groenbedrijf Veluwe",
  "Met een ploeg van vier collega's onderhoud je parken en plantsoenen in Apeldoorn: snoeien, maaien, bladblazen en planten. Je werkt buiten, in alle seizoenen. "
  "Werkkleding krijg je van ons. Na de werkervaring kun je een opleiding hovenier volgen.",
  "mon-am mon-pm tue-am tue-pm wed-am wed-pm thu-am thu-pm fri-am", "groen,tuin,buiten,hovenier",
  min_dutch_level="A1", host_languages=["nl"], capacity=2, cost_eur=0, language_rich=True)

o("o053", "vrijwilligerswerk", "Apeldoorn", "Apeldoorn", 52.2180, 5.9850,
  "Vrijwilliger bij de Voedselbank",
  "Voedselbank Apeldoorn",
  "Op vrijdagochtend pakken we kratten in, op zaterdagochtend delen we uit aan klanten. Je werkt in een ploeg met gepensioneerden en studenten. "
  "Tillen hoort erbij. Koffie en een lunch zijn er altijd.",
  "fri-am sat-am", "voedselbank,helpen,inpakken",
  min_dutch_level="A0", host_languages=["nl"], capacity=4, cost_eur=0, language_rich=True)

o("o054", "cultuur", "Apeldoorn", "Apeldoorn", 52.2100, 5.9720,
  "Koor 'Zingen zonder grenzen'",
  "Stichting Zingen zonder Grenzen",
  "Een intercultureel koor met 30 zangers uit 12 landen. We zingen liederen in het Nederlands, Arabisch, Tigrinya, Farsi en Engels. "
  "Repetitie op woensdagavond in de Grote Kerk. Je hoeft geen noten te lezen, plezier in zingen is genoeg.",
  "wed-eve", "koor,zingen,muziek,intercultureel",
  min_dutch_level="A0", host_languages=["nl", "en"], capacity=8, cost_eur=0, language_rich=True)

o("o055", "cultuur", "Apeldoorn", "Apeldoorn", 52.2230, 5.9890,
  "Naaicafé in wijkcentrum Zevenhuizen",
  "Wijkcentrum Zevenhuizen",
  "Op dinsdagmiddag staan er naaimachines klaar in het wijkcentrum. Repareer je kleding, maak een tas of leer naaien van buurtbewoners. "
  "Mannen en vrouwen welkom. Stof kun je meebrengen of uit de stoffenkast pakken.",
  "tue-pm", "naaien,kleding,repareren,handwerk",
  min_dutch_level="A0", host_languages=["nl"], capacity=8, cost_eur=0, language_rich=True)

o("o056", "cursus", "Apeldoorn", "Apeldoorn", 52.2118, 5.9660,
  "Klik & Tik: computercursus voor beginners",
  "CODA Bibliotheek Apeldoorn",
  "Leer in acht lessen werken met de computer: muis en toetsenbord, internet, e-mail en DigiD. In kleine groepen met veel herhaling, rustig tempo. "
  "Ook geschikt als je weinig kunt lezen.",
  "mon-am", "computer,digitaal,digid,internet",
  min_dutch_level="A0", host_languages=["nl"], capacity=8, cost_eur=0, language_rich=False)

o("o057", "cursus", "Apeldoorn", "Apeldoorn", 52.2112, 5.9699,
  "Workshop 'Je eigen bedrijf starten'",
  "Ondernemershuis Apeldoorn",
  "Drie avonden voor nieuwkomers die een eigen bedrijf willen beginnen: inschrijven bij de KvK, belasting, een ondernemingsplan en vergunningen. "
  "Met ondernemers die zelf als vluchteling begonnen. Nederlands op B1-niveau nodig.",
  "thu-eve", "ondernemen,eigen bedrijf,kvk,zzp",
  min_dutch_level="B1", host_languages=["nl"], capacity=12, cost_eur=0, language_rich=False)

o("o058", "huiswerkbegeleiding", "Apeldoorn", "Apeldoorn", 52.2265, 5.9920,
  "Huiswerkhulp Zevenhuizen",
  "Stichting Huiswerkhulp Apeldoorn",
  "Op maandag- en woensdagmiddag helpen vrijwilligers basisschoolkinderen en brugklassers (8 tot 16 jaar) met lezen, taal, rekenen en plannen. "
  "In het wijkcentrum, met limonade en fruit. Ouders krijgen tips om thuis te helpen.",
  "mon-pm wed-pm", "huiswerk,kinderen,rekenen,lezen",
  min_dutch_level="A0", host_languages=["nl"], capacity=10, age_min=8, age_max=16, cost_eur=0, language_rich=True)

o("o059", "gezin", "Apeldoorn", "Apeldoorn", 52.2112, 5.9699,
  "Home-Start Apeldoorn",
  "Home-Start Apeldoorn",
  "Een ervaren vrijwilliger, zelf ook ouder, komt wekelijks bij je thuis als je jonge kinderen hebt en steun kunt gebruiken: bij opvoeding, school, de weg vinden in de buurt of gewoon even samen koffie drinken.",
  "", "gezin,opvoeding,kinderen,steun",
  min_dutch_level="A0", host_languages=["nl"], capacity=4, cost_eur=0, language_rich=True)

o("o060", "maatje", "Apeldoorn", "Apeldoorn", 52.2112, 5.9699,
  "Sportmaatje voor jongeren",
  "Buurtsportcoaches Apeldoorn",
  "Voor jongeren van 16 tot 25 jaar: een sportmaatje gaat met je mee naar een sportclub, laat zien hoe de club werkt en traint de eerste weken samen met je. "
  "Voetbal, basketbal, fitness of iets anders: jij kiest.",
  "", "maatje,sport,jongeren,voetbal,basketbal",
  min_dutch_level="A0", host_languages=["nl", "en"], capacity=5, age_min=16, age_max=25, cost_eur=0, language_rich=True)

o("o061", "ontmoeting", "Apeldoorn", "Apeldoorn", 52.1985, 5.9960,
  "Open inloop buurthuis De Maten",
  "Stimenz Apeldoorn",
  "Op dinsdag en donderdag is het buurthuis in De Maten de hele dag open: koffie, een krant, een spel, hulp bij formulieren. "
  "Iedereen uit de wijk is welkom.",
  "tue-am tue-pm thu-am thu-pm", "inloop,koffie,buurthuis",
  min_dutch_level="A0", host_languages=["nl"], capacity=30, cost_eur=0, language_rich=True)

o("o062", "ontmoeting", "Apeldoorn", "Apeldoorn", 52.2100, 6.0100,
  "Vrouwencafé Osseveld",
  "Stimenz Apeldoorn",
  "Op donderdagochtend ontmoeten vrouwen uit de wijk elkaar in wijkcentrum Osseveld: thee, praten, samen koken, soms een uitstapje. "
  "Alleen vrouwen, ook de begeleiders. Er is kinderopvang. Een vrijwilligster spreekt Dari en Farsi.",
  "thu-am", "vrouwen,ontmoeten,thee,kinderopvang",
  min_dutch_level="A0", host_languages=["nl", "fa"], capacity=12, women_only=True, childcare=True, cost_eur=0, language_rich=True)

o("o063", "werkervaringsplek", "Apeldoorn", "Apeldoorn", 52.2005, 5.9530,
  "Werkervaringsplek autogarage",
  "Autobedrijf Van Dijk",
  "Onze garage doet onderhoud en reparatie van alle merken: APK, banden, remmen, diagnose. Je werkt mee in de werkplaats met twee ervaren monteurs. "
  "Ervaring als automonteur is nodig. Je moet werkopdrachten in het Nederlands kunnen lezen (A2).",
  "mon-am mon-pm tue-am tue-pm wed-am wed-pm thu-am thu-pm", "auto,monteur,garage,techniek",
  min_dutch_level="A2", host_languages=["nl"], capacity=1, cost_eur=0, language_rich=True)

o("o064", "taalstage", "Apeldoorn", "Apeldoorn", 52.2125, 5.9640,
  "Taalstage in de kapsalon",
  "Kapsalon Knipwerk",
  "Onze salon in de Hoofdstraat zoekt iemand met ervaring als kapper. Je wast haar, helpt bij knippen en föhnen en maakt afspraken met klanten. "
  "Je praat veel met klanten, dus goed om Nederlands te oefenen. Dames- en herenkapsalon. Dinsdag- en zaterdag, 3 maanden.",
  "tue-am tue-pm sat-am sat-pm", "kapper,kapsalon,haar,klanten",
  min_dutch_level="A1", host_languages=["nl"], capacity=1, cost_eur=0, language_rich=True)

o("o065", "vrijwilligerswerk", "Ugchelen", "Apeldoorn", 52.1830, 5.9380,
  "Natuurwerkgroep in de bossen bij Ugchelen",
  "Natuurwerkgroep Ugchelen",
  "Op zaterdagochtend onderhouden we bossen en heide rond Ugchelen: bomen snoeien, wandelpaden vrijmaken, vogelkastjes ophangen. "
  "Een gezellige groep natuurliefhebbers. Laarzen en handschoenen zijn er. Na afloop soep.",
  "sat-am", "natuur,bos,buiten,tuin",
  min_dutch_level="A0", host_languages=["nl"], capacity=6, cost_eur=0, language_rich=True)

o("o066", "sport", "Beekbergen", "Apeldoorn", 52.1605, 5.9640,
  "Tafeltennis voor jeugd en volwassenen",
  "Tafeltennisvereniging Beekbergen",
  "In het dorpshuis van Beekbergen trainen we op donderdagavond: eerst de jeugd (vanaf 10 jaar), daarna de volwassenen. "
  "Batjes kun je lenen. Eerste maand gratis. Gezellige club met competitieteams en recreanten.",
  "thu-eve", "tafeltennis,pingpong,jeugd,sport",
  min_dutch_level="A0", host_languages=["nl"], capacity=6, cost_eur=8, language_rich=True)

o("o067", "taalcafe", "Beekbergen", "Apeldoorn", 52.1600, 5.9620,
  "Koffie en Taal Beekbergen",
  "Hervormde Gemeente Beekbergen",
  "Elke dinsdagochtend in de Lucaskerk: koffie drinken en Nederlands praten met vrijwilligers uit het dorp. Kleine groep, veel aandacht. Kinderen tot 4 jaar mogen mee.",
  "tue-am", "koffie en taal,kerk,dorp",
  min_dutch_level="A0", host_languages=["nl"], capacity=10, cost_eur=0, language_rich=True)

o("o068", "vrijwilligerswerk", "Loenen", "Apeldoorn", 52.1170, 6.0180,
  "Meehelpen op zorgboerderij De Hooiberg",
  "Zorgboerderij De Hooiberg",
  "Op onze zorgboerderij bij Loenen hebben we geiten, schapen, kippen en een grote moestuin. Vrijwilligers helpen met de dieren, de tuin en het begeleiden van deelnemers. "
  "Rustige plek, veel buiten. Lunch samen aan de grote tafel.",
  "mon-pm wed-pm", "boerderij,dieren,tuin,zorg",
  min_dutch_level="A0", host_languages=["nl"], capacity=3, cost_eur=0, language_rich=True)

o("o069", "cursus", "Apeldoorn", "Apeldoorn", 52.2100, 6.0050,
  "Fietsles voor vrouwen",
  "Fietsschool Apeldoorn",
  "Nooit leren fietsen? In tien lessen leer je het op een afgesloten plein bij wijkcentrum Osseveld, met vrouwelijke vrijwilligers. Fietsen zijn er. "
  "Daarna oefen je in het verkeer en leer je de verkeersregels. Alleen voor vrouwen.",
  "wed-am", "fietsles,fietsen,vrouwen,verkeer",
  min_dutch_level="A0", host_languages=["nl"], capacity=6, women_only=True, cost_eur=0, language_rich=True)

o("o070", "werkervaringsplek", "Hoenderloo", "Apeldoorn", 52.1190, 5.8780,
  "Werkervaringsplek housekeeping hotel",
  "Hotel De Veluwe Hoenderloo",
  "In ons hotel midden in het bos werk je in housekeeping: kamers schoonmaken, bedden opmaken, wasserij. Werktijden in de ochtend. "
  "Het hotel ligt afgelegen; er rijdt weinig openbaar vervoer, een auto of brommer is handig.",
  "mon-am tue-am wed-am thu-am fri-am sat-am sun-am", "hotel,schoonmaak,housekeeping,horeca",
  min_dutch_level="A1", host_languages=["nl", "en"], capacity=2, cost_eur=0, language_rich=True)

# ---------------- Gemeente Enschede ----------------
o("o071", "taalcafe", "Enschede", "Enschede", 52.2200, 6.8950,
  "Taalcafé in de Centrale Bibliotheek",
  "Bibliotheek Enschede / Taalhuis Enschede",
  "Donderdagmiddag, tweede verdieping van de Centrale Bibliotheek aan de Pijpenstraat: oefen Nederlands in groepjes van vier met een vrijwilliger. "
  "Elke week een ander thema, zoals werk, gezondheid of feestdagen. Koffie, thee. Kinderen kunnen in de kinderafdeling spelen.",
  "thu-pm", "taalcafe,bibliotheek,nederlands oefenen",
  min_dutch_level="A0", host_languages=["nl", "en"], capacity=25, cost_eur=0, language_rich=True)

o("o072", "taalcoach", "Enschede", "Enschede", 52.2215, 6.8937,
  "Taalcoach voor volwassenen",
  "Taalhuis Enschede",
  "Een getrainde vrijwilliger oefent een jaar lang wekelijks met je: gesprekken, brieven, telefoneren, je examen. Waar en wanneer spreken jullie samen af.",
  "", "taalcoach,taalmaatje,nederlands",
  min_dutch_level="A0", host_languages=["nl"], capacity=5, cost_eur=0, language_rich=True)

o("o073", "taalstage", "Enschede", "Enschede", 52.2250, 6.8870,
  "Taalstage fietsreparatie",
  "Fietswerkplaats Roombeek",
  "Een sociale fietswerkplaats in Roombeek: we repareren fietsen voor mensen met een kleine portemonnee en knappen fietsen op voor nieuwkomers. "
  "Je leert of verbetert fietstechniek samen met vrijwillige monteurs. Ook geschikt als je weinig Nederlands spreekt.",
  "mon-am wed-am", "fiets,reparatie,techniek,werkplaats",
  min_dutch_level="A0", host_languages=["nl"], capacity=2, cost_eur=0, language_rich=True)

o("o074", "sport", "Enschede", "Enschede", 52.2080, 6.8700,
  "Damesvoetbal recreatief",
  "Sportclub Enschede (afdeling vrouwen)",
  "Ons recreatieve damesteam traint op woensdagavond op het sportpark in Velve-Lindenhof. Beginners zijn welkom, ook als je nog nooit gevoetbald hebt. "
  "Alleen vrouwen, vrouwelijke trainer. Kleedkamers en kantine.",
  "wed-eve", "voetbal,vrouwen,damesvoetbal,sport",
  min_dutch_level="A0", host_languages=["nl"], capacity=6, women_only=True, age_min=16, cost_eur=8, language_rich=True)

o("o075", "sport", "Enschede", "Enschede", 52.1920, 6.8620,
  "Zaalvoetbal jongeren Wesselerbrink",
  "Buurtsportcoach Enschede-Zuid",
  "Voor jongens en meisjes van 12 tot 18 jaar: zaalvoetbal op woensdagmiddag en zaterdagochtend in de sporthal van Wesselerbrink. Gratis, gewoon binnenlopen.",
  "wed-pm sat-am", "voetbal,zaalvoetbal,jeugd,kinderen",
  min_dutch_level="A0", host_languages=["nl"], capacity=15, age_min=12, age_max=18, cost_eur=0, language_rich=True)

o("o076", "werkervaringsplek", "Enschede", "Enschede", 52.2190, 6.9000,
  "Werkervaringsplek kleermakerij en textielatelier",
  "Textielatelier Van Heek",
  "Enschede was de textielstad van Nederland. In ons atelier maken we kleding op maat, doen we vermaakwerk en naaien we kleine series voor lokale merken. "
  "Heb je ervaring als kleermaker of naaister? Dan zoeken we jou. Je werkt met industriële naaimachines en overlockers.",
  "mon-am mon-pm tue-am tue-pm thu-am thu-pm", "naaien,kleermaker,textiel,kleding",
  min_dutch_level="A1", host_languages=["nl"], capacity=2, cost_eur=0, language_rich=True)

o("o077", "vrijwilligerswerk", "Enschede", "Enschede", 52.2180, 6.8880,
  "Reparateur bij het Repair Café",
  "Repair Café Enschede",
  "Elke tweede en vierde zaterdagmiddag repareren vrijwilligers in het wijkcentrum kapotte spullen van bezoekers: broodroosters, radio's, lampen, kleding en fietsen. "
  "Heb je verstand van elektronica of ben je handig? Kom ons team versterken. Koffie en koek voor bezoekers en vrijwilligers.",
  "sat-pm", "repareren,elektronica,techniek,handig",
  min_dutch_level="A0", host_languages=["nl"], capacity=4, cost_eur=0, language_rich=True)

o("o078", "cultuur", "Enschede", "Enschede", 52.2230, 6.8960,
  "Muziekgroep 'Samen Spelen'",
  "Muziekschool Enschede",
  "Speel je oud, saz, krar, gitaar, darbuka of een ander instrument? In onze muziekgroep spelen muzikanten uit Twente en uit de hele wereld samen. "
  "Repetitie op dinsdagavond, een paar keer per jaar een optreden. Instrumenten kun je soms lenen.",
  "tue-eve", "muziek,instrument,band,optreden",
  min_dutch_level="A0", host_languages=["nl", "en"], capacity=5, cost_eur=0, language_rich=True)

o("o079", "cursus", "Enschede", "Enschede", 52.2300, 6.9100,
  "Heftruckcertificaat en oriëntatie logistiek",
  "ROC van Twente / Werkplein Enschede",
  "Avondcursus van zes weken: je haalt je heftruckcertificaat en leert over werken in een magazijn en in de techniek (veiligheid, orderpicken, scanners). "
  "Daarna helpt het Werkplein je bij het vinden van werk. Nederlands minimaal A2.",
  "mon-eve wed-eve", "heftruck,logistiek,magazijn,certificaat,techniek",
  min_dutch_level="A2", host_languages=["nl"], capacity=10, age_min=18, cost_eur=0, language_rich=False)

o("o080", "cursus", "Enschede", "Enschede", 52.2070, 6.8690,
  "Rondkomen in Enschede: cursus geld",
  "Schuldhulpmaatje Enschede",
  "Vier ochtenden over geld: je inkomen en toeslagen, vaste lasten, brieven van instanties, sparen en wat je doet bij schulden. "
  "De cursus is in het Nederlands met uitleg in het Arabisch en Tigrinya door sleutelfiguren.",
  "mon-am", "geld,financien,toeslagen,administratie",
  min_dutch_level="A0", host_languages=["nl", "ar", "ti"], capacity=12, cost_eur=0, language_rich=False)

o("o081", "huiswerkbegeleiding", "Enschede", "Enschede", 52.2065, 6.8675,
  "Huiswerkbegeleiding Velve-Lindenhof",
  "Stichting Kinderhulp Enschede",
  "Na schooltijd op maandag, dinsdag en donderdag helpen vrijwilligers kinderen uit groep 6, 7, 8 en de middelbare school met huiswerk, spreekbeurten en toetsen. "
  "In het wijkcentrum. Ouders zijn welkom voor een gesprek met de begeleiders. Nieuwe vrijwilligers zijn welkom.",
  "mon-pm tue-pm thu-pm", "huiswerk,kinderen,school,toetsen",
  min_dutch_level="A0", host_languages=["nl"], capacity=10, cost_eur=0, language_rich=True)

o("o082", "gezin", "Enschede", "Enschede", 52.2215, 6.8937,
  "VoorleesExpress Enschede",
  "VoorleesExpress Enschede",
  "Een vrijwilliger leest twintig weken lang wekelijks voor bij jou thuis aan je kinderen van 2 tot 8 jaar, en helpt jou om thuis met taal en boeken bezig te zijn.",
  "", "voorlezen,kinderen,gezin,boeken",
  min_dutch_level="A0", host_languages=["nl"], capacity=4, cost_eur=0, language_rich=True)

o("o083", "maatje", "Enschede", "Enschede", 52.2215, 6.8937,
  "Wandelmaatje",
  "Humanitas Twente",
  "Samen wandelen is gezond en je leert de stad en de natuur kennen, bijvoorbeeld in het Rutbeek of het Ledeboerpark. Een vrijwilliger wandelt elke week met je en praat onderweg Nederlands.",
  "", "maatje,wandelen,natuur,gezondheid",
  min_dutch_level="A0", host_languages=["nl"], capacity=4, cost_eur=0, language_rich=True)

o("o084", "ontmoeting", "Enschede", "Enschede", 52.2100, 6.8800,
  "Buurtmaaltijd Pathmos",
  "Wijkcentrum Pathmos",
  "Donderdagavond koken buurtbewoners om de beurt voor elkaar, elke week uit een ander land. Eet mee voor 3 euro of kook een keer mee. Kinderen welkom.",
  "thu-eve", "samen eten,koken,buurt",
  min_dutch_level="A0", host_languages=["nl"], capacity=20, cost_eur=3, language_rich=True)

o("o085", "ontmoeting", "Glanerbrug", "Enschede", 52.2130, 6.9740,
  "Open inloop wijkcentrum Glanerbrug",
  "Wijkcentrum Glanerbrug",
  "Elke ochtend open: koffie, een praatje, de krant, hulp bij een brief. Op woensdag is er ook een spelletjesochtend. Kinderen mogen mee, er is een speelhoek.",
  "mon-am tue-am wed-am thu-am fri-am", "inloop,koffie,buurt",
  min_dutch_level="A0", host_languages=["nl"], capacity=30, cost_eur=0, language_rich=True)

o("o086", "taalstage", "Glanerbrug", "Enschede", 52.2140, 6.9720,
  "Taalstage supermarkt Glanerbrug",
  "Supermarkt Glanerbrug",
  "Vakken vullen, de groenteafdeling bijhouden en klanten helpen in onze supermarkt in het centrum van Glanerbrug. Taalstage van 3 maanden. "
  "Op dit moment zijn alle stageplekken bezet.",
  "mon-am tue-am wed-am thu-am fri-am", "supermarkt,winkel,vakkenvullen",
  min_dutch_level="A1", host_languages=["nl"], capacity=0, cost_eur=0, language_rich=True)

o("o087", "werkervaringsplek", "Enschede", "Enschede", 52.2380, 6.9200,
  "Werkervaringsplek orderpicker (avonddienst)",
  "Distributiecentrum Twente Logistiek",
  "In ons distributiecentrum op het industrieterrein verzamel je bestellingen met een scanner, pak je in en maak je pallets klaar. "
  "Avonddiensten op maandag en dinsdag, dus goed te combineren met school of inburgering overdag. Na 3 maanden kans op een contract via het uitzendbureau.",
  "mon-eve tue-eve", "magazijn,logistiek,orderpicken,werk",
  min_dutch_level="A1", host_languages=["nl", "en"], capacity=3, age_min=18, cost_eur=0, language_rich=True)

o("o088", "vrijwilligerswerk", "Boekelo", "Enschede", 52.2040, 6.8020,
  "Vrijwilliger op de manege",
  "Manege Boekelo",
  "Op zaterdag- en zondagochtend helpen vrijwilligers met het verzorgen van de paarden: stallen uitmesten, voeren, poetsen en de bak onderhouden. "
  "Ervaring met dieren is mooi maar niet nodig. Fysiek werk, buiten.",
  "sat-am sun-am", "paarden,dieren,manege,buiten",
  min_dutch_level="A0", host_languages=["nl"], capacity=3, cost_eur=0, language_rich=True)

o("o089", "sport", "Lonneker", "Enschede", 52.2520, 6.9160,
  "Toerfietsclub: zondagochtendrit",
  "Toerfietsclub Lonneker",
  "Elke zondagochtend fietsen we in groepjes 60 tot 100 kilometer over de mooie wegen van Twente en net over de grens in Duitsland. "
  "Een racefiets is handig, in het begin kan een gewone sportieve fiets ook. Koffiestop halverwege.",
  "sun-am", "fietsen,wielrennen,racefiets,sport",
  min_dutch_level="A0", host_languages=["nl"], capacity=6, age_min=16, cost_eur=5, language_rich=True)

o("o090", "taalcoach", "Enschede", "Enschede", 52.2215, 6.8937,
  "Taalcoach voor jongeren (16-23 jaar)",
  "Taalhuis Enschede",
  "Speciaal voor jongeren: een student of jonge werkende oefent met je Nederlands, helpt met school of een sollicitatie en neemt je mee naar dingen in de stad.",
  "", "taalcoach,jongeren,school",
  min_dutch_level="A0", host_languages=["nl", "en"], capacity=3, age_min=16, age_max=23, cost_eur=0, language_rich=True)

o("o091", "cultuur", "Enschede", "Enschede", 52.2240, 6.8920,
  "Open atelier schilderen en tekenen",
  "Kunstwerkplaats Enschede",
  "Op woensdagmiddag kun je in ons atelier schilderen, tekenen of met klei werken. Een kunstenaar geeft tips, materiaal is aanwezig. "
  "Ook voor beginners. In juni exposeren we in de bibliotheek.",
  "wed-pm", "schilderen,tekenen,kunst,atelier",
  min_dutch_level="A0", host_languages=["nl"], capacity=8, cost_eur=5, language_rich=True)

o("o092", "werkervaringsplek", "Enschede", "Enschede", 52.2280, 6.8800,
  "Werkervaringsplek verpleeghuis (richting verzorgende IG)",
  "Zorggroep Twente",
  "Je werkt mee op een afdeling van ons verpleeghuis: helpen bij wassen en aankleden, eten en drinken, activiteiten. Met een werkbegeleider. "
  "Bedoeld als opstap naar de opleiding verzorgende IG of verpleegkundige. Je moet rapportages kunnen lezen: Nederlands op B1-niveau.",
  "mon-am tue-am wed-am thu-am fri-am", "zorg,verpleeghuis,verzorgende,verpleegkundige",
  min_dutch_level="B1", host_languages=["nl"], capacity=2, age_min=18, cost_eur=0, language_rich=True)

o("o093", "gezin", "Enschede", "Enschede", 52.2075, 6.8680,
  "Ouderochtend met kinderopvang",
  "Opvoedsteunpunt Enschede",
  "Op dinsdagochtend praten ouders over opvoeden, school, gezond eten en slapen, met een pedagoog. Je kinderen spelen in de zaal ernaast met vrijwilligers. "
  "Vaak zijn er vooral moeders; vaders zijn ook welkom.",
  "tue-am", "ouders,opvoeding,kinderopvang,moeders",
  min_dutch_level="A0", host_languages=["nl"], capacity=12, childcare=True, cost_eur=0, language_rich=True)

o("o094", "sport", "Enschede", "Enschede", 52.2200, 6.8980,
  "Schaakclub Enschede",
  "Schaakvereniging Enschede",
  "Op donderdagavond spelen we in ons clublokaal partijen, van beginner tot sterke speler. Er is een interne competitie en een paar teams. "
  "Nieuwe leden krijgen een maatje bij de club. Koffie en thee uit de bar.",
  "thu-eve", "schaken,denksport,club",
  min_dutch_level="A0", host_languages=["nl", "en"], capacity=6, cost_eur=7, language_rich=True)

o("o095", "vrijwilligerswerk", "Enschede", "Enschede", 52.2215, 6.8937,
  "Sleutelfiguur / bruggenbouwer voor nieuwkomers",
  "VluchtelingenWerk Enschede",
  "Spreek je Arabisch, Tigrinya, Farsi, Dari of Somalisch en al redelijk Nederlands? Als sleutelfiguur help je nieuwe statushouders de weg te vinden: mee naar de huisarts of school, uitleg bij voorlichtingen. "
  "Training en onkostenvergoeding.",
  "mon-pm wed-pm thu-pm", "tolk,vertalen,helpen,nieuwkomers",
  min_dutch_level="A2", host_languages=["nl", "ar", "ti"], capacity=4, cost_eur=0, language_rich=True)

# ---------------- Gemeente Leeuwarden ----------------
o("o096", "taalcafe", "Leeuwarden", "Leeuwarden", 53.2015, 5.7960,
  "Taalcafé in DBieb",
  "DBieb Leeuwarden",
  "Op woensdagmiddag in de bibliotheek aan de Wirdumerdijk: samen Nederlands praten met vrijwilligers. Beginners en gevorderden aan aparte tafels. Koffie, thee, en kinderen zijn welkom in de jeugdhoek.",
  "wed-pm", "taalcafe,bibliotheek,nederlands oefenen",
  min_dutch_level="A0", host_languages=["nl"], capacity=20, cost_eur=0, language_rich=True)

o("o097", "taalcoach", "Leeuwarden", "Leeuwarden", 53.2012, 5.7999,
  "Taalmaatje Humanitas Leeuwarden",
  "Humanitas Leeuwarden",
  "Een taalmaatje komt een jaar lang elke week bij je langs om Nederlands te oefenen en je wegwijs te maken in de stad. Voor alle leeftijden.",
  "", "taalmaatje,taalcoach,nederlands",
  min_dutch_level="A0", host_languages=["nl"], capacity=4, cost_eur=0, language_rich=True)

o("o098", "taalstage", "Leeuwarden", "Leeuwarden", 53.2040, 5.8050,
  "Taalstage bakkerij en banketbakkerij",
  "Bakkerij Bolling Leeuwarden",
  "Onze bakkerij bakt brood, Fries suikerbrood, taart en koek. Je helpt in de bakkerij en soms in de winkel. Werken vanaf 6 uur 's ochtends. "
  "Houd je van bakken? Dan leer je het vak bij ons, ook zonder diploma. Taalstage 3 maanden, daarna misschien een leerwerkplek.",
  "tue-am wed-am fri-am", "bakker,bakken,taart,brood",
  min_dutch_level="A1", host_languages=["nl"], capacity=1, cost_eur=0, language_rich=True)

o("o099", "sport", "Leeuwarden", "Leeuwarden", 53.1900, 5.8100,
  "Leren schaatsen in de Elfstedenhal",
  "IJsvereniging Leeuwarden",
  "Schaatsen is heel Fries! Van oktober tot maart geven we op zaterdagochtend schaatsles voor volwassen beginners. Schaatsen kun je huren. Na afloop warme chocolademelk.",
  "sat-am", "schaatsen,ijs,sport,winter",
  min_dutch_level="A0", host_languages=["nl"], capacity=10, age_min=16, cost_eur=10, language_rich=True)

o("o100", "sport", "Leeuwarden", "Leeuwarden", 53.2150, 5.7900,
  "Voetbal: recreatief herenteam",
  "Voetbalvereniging Leeuwarden-Noord",
  "Ons zaterdagteam (heren, 18+) zoekt versterking. Training dinsdag- en donderdagavond, wedstrijd op zaterdagmiddag. Kantine met grote tv voor het Europees voetbal.",
  "tue-eve thu-eve sat-pm", "voetbal,team,heren",
  min_dutch_level="A0", host_languages=["nl"], capacity=4, age_min=18, cost_eur=12, language_rich=True)

o("o101", "sport", "Leeuwarden", "Leeuwarden", 53.2100, 5.8380,
  "Basketbal voor jongeren",
  "Buurtsportcoach Leeuwarden-Oost",
  "Op vrijdagavond basketbal in de sporthal van Camminghaburen voor jongeren van 15 tot 23 jaar. Gratis, trainers van de basketbalclub.",
  "fri-eve", "basketbal,jongeren,sport",
  min_dutch_level="A0", host_languages=["nl", "en"], capacity=10, age_min=15, age_max=23, cost_eur=0, language_rich=True)

o("o102", "werkervaringsplek", "Grou", "Leeuwarden", 53.0950, 5.8380,
  "Werkervaringsplek botenwerf",
  "Jachtwerf Grou",
  "Aan het water in Grou onderhouden en bouwen we houten en stalen boten. Je helpt met timmerwerk, schuren, lakken en het winterklaar maken van boten. "
  "Handigheid met hout is belangrijk. Kleine ploeg, goede koffie.",
  "mon-am mon-pm tue-am tue-pm wed-am wed-pm", "timmeren,hout,boten,techniek",
  min_dutch_level="A1", host_languages=["nl"], capacity=1, cost_eur=0, language_rich=True)

o("o103", "vrijwilligerswerk", "Leeuwarden", "Leeuwarden", 53.2080, 5.8200,
  "Stadsmoestuin Heechterp",
  "Stadsmoestuin Leeuwarden",
  "Op woensdag- en zaterdagochtend werken buurtbewoners samen in de moestuin: zaaien, oogsten, compost maken. Je mag groente mee naar huis nemen. Er is een kas en een keet met koffie.",
  "wed-am sat-am", "moestuin,tuin,groente,buiten",
  min_dutch_level="A0", host_languages=["nl"], capacity=8, cost_eur=0, language_rich=True)

o("o104", "cultuur", "Leeuwarden", "Leeuwarden", 53.1860, 5.7930,
  "Naaiatelier voor vrouwen Vrijheidswijk",
  "Wijkcentrum Vrijheidswijk",
  "Op maandagochtend naaien vrouwen samen in het wijkcentrum: kleding maken en vermaken, gordijnen, tassen. Vrijwilligsters helpen beginners. Alleen voor vrouwen; kinderopvang aanwezig.",
  "mon-am", "naaien,kleding,vrouwen,handwerk",
  min_dutch_level="A0", host_languages=["nl"], capacity=6, women_only=True, childcare=True, cost_eur=0, language_rich=True)

o("o105", "cursus", "Leeuwarden", "Leeuwarden", 53.2015, 5.7960,
  "Computercursus met uitleg in eigen taal",
  "DBieb Leeuwarden",
  "Zes lessen: smartphone, e-mail, DigiD, Mijn Overheid en online formulieren. Een vrijwilliger legt uit in het Arabisch of Tigrinya naast de Nederlandse docent.",
  "thu-am", "computer,digitaal,digid,eigen taal",
  min_dutch_level="A0", host_languages=["nl", "ar", "ti"], capacity=10, cost_eur=0, language_rich=False)

o("o106", "huiswerkbegeleiding", "Leeuwarden", "Leeuwarden", 53.2050, 5.8230,
  "Huiswerkklas Heechterp-Schieringen",
  "Stichting Huiswerkklas Leeuwarden",
  "Kinderen van 8 tot 15 jaar krijgen op dinsdag- en donderdagmiddag hulp met hun huiswerk in de brede school. Ook ondersteuning bij Nederlands lezen.",
  "tue-pm thu-pm", "huiswerk,kinderen,lezen",
  min_dutch_level="A0", host_languages=["nl"], capacity=10, cost_eur=0, language_rich=True)

o("o107", "gezin", "Leeuwarden", "Leeuwarden", 53.2012, 5.7999,
  "Home-Start Leeuwarden",
  "Home-Start Leeuwarden",
  "Vrijwilligers die zelf ouder zijn komen wekelijks bij gezinnen met jonge kinderen thuis: een luisterend oor, hulp bij opvoeding, samen naar het consultatiebureau of de peuterspeelzaal.",
  "", "gezin,opvoeding,kinderen",
  min_dutch_level="A0", host_languages=["nl"], capacity=3, cost_eur=0, language_rich=True)

o("o108", "maatje", "Leeuwarden", "Leeuwarden", 53.2012, 5.7999,
  "Vrouwenmaatje",
  "VluchtelingenWerk Leeuwarden",
  "Een vrouwelijke vrijwilliger wordt je maatje: samen koffie drinken, boodschappen doen, naar de markt of het museum. Alleen voor vrouwen.",
  "", "maatje,vrouwen,koffie,netwerk",
  min_dutch_level="A0", host_languages=["nl"], capacity=3, women_only=True, cost_eur=0, language_rich=True)

o("o109", "ontmoeting", "Leeuwarden", "Leeuwarden", 53.2140, 5.7970,
  "Open inloop wijkcentrum Bilgaard",
  "Amaryllis Leeuwarden",
  "Van maandag tot en met vrijdag in de ochtend is de huiskamer van het wijkcentrum open: koffie, thee, praatje, spelletjes. Iedereen is welkom.",
  "mon-am tue-am wed-am thu-am fri-am", "inloop,koffie,buurt",
  min_dutch_level="A0", host_languages=["nl"], capacity=30, cost_eur=0, language_rich=True)

o("o110", "ontmoeting", "Leeuwarden", "Leeuwarden", 53.2020, 5.8010,
  "Internationaal eetcafé",
  "Stichting Wereldwijd Leeuwarden",
  "Op vrijdagavond koken vrijwilligers uit verschillende landen in de binnenstad. Een hapje voor 3 euro, daarna muziek en gezelschapsspellen.",
  "fri-eve", "samen eten,internationaal,muziek",
  min_dutch_level="A0", host_languages=["nl", "en"], capacity=30, cost_eur=3, language_rich=True)

o("o111", "taalstage", "Leeuwarden", "Leeuwarden", 53.1990, 5.8150,
  "Taalstage kinderopvang",
  "Kinderopvang Kindertuin Leeuwarden",
  "Help mee op de peutergroep: spelen, voorlezen, eten en drinken met de kinderen. Je werkt met pedagogisch medewerkers. "
  "Een goede start als je een mbo-opleiding pedagogisch werk wilt doen. Nederlands A2, VOG nodig.",
  "mon-am tue-am thu-am", "kinderopvang,kinderen,peuters,pedagogisch",
  min_dutch_level="A2", host_languages=["nl"], capacity=2, age_min=18, cost_eur=0, language_rich=True)

o("o112", "werkervaringsplek", "Leeuwarden", "Leeuwarden", 53.2100, 5.8100,
  "Werkervaringsplek schilder en onderhoud",
  "Woningcorporatie Elkien (onderhoudsdienst)",
  "Je werkt mee met de onderhoudsploeg: schilderen van portieken en kozijnen, kleine reparaties in huurhuizen. Werkkleding en gereedschap van ons.",
  "mon-am mon-pm tue-am tue-pm wed-am wed-pm thu-am thu-pm", "schilder,onderhoud,bouw,klussen",
  min_dutch_level="A1", host_languages=["nl"], capacity=2, cost_eur=0, language_rich=True)

o("o113", "vrijwilligerswerk", "Stiens", "Leeuwarden", 53.2630, 5.7570,
  "Kantinedienst bij de voetbalclub",
  "VV Stiens",
  "Op zaterdag draait de kantine van onze voetbalclub op volle toeren. Help mee achter de bar: koffie, limonade en tosti's voor ouders en spelers. Leuk om het dorp te leren kennen.",
  "sat-am sat-pm", "kantine,bar,voetbalclub,dorp",
  min_dutch_level="A1", host_languages=["nl"], capacity=4, cost_eur=0, language_rich=True)

o("o114", "sport", "Stiens", "Leeuwarden", 53.2620, 5.7590,
  "Volleybal recreanten Stiens",
  "Volleybalclub Stiens",
  "Gemengd recreatief volleybal op maandagavond in sporthal De Skalm. Geen competitie, wel veel plezier.",
  "mon-eve", "volleybal,sport,recreatief",
  min_dutch_level="A0", host_languages=["nl"], capacity=4, age_min=16, cost_eur=10, language_rich=True)

o("o115", "taalcafe", "Grou", "Leeuwarden", 53.0940, 5.8360,
  "Koffie en Taal Grou",
  "Kerken Grou",
  "Elke donderdagochtend in het kerkelijk centrum van Grou: koffie en Nederlands praten met vrijwilligers uit het dorp. Soms ook een beetje Fries!",
  "thu-am", "koffie en taal,dorp,kerk",
  min_dutch_level="A0", host_languages=["nl"], capacity=10, cost_eur=0, language_rich=True)

o("o116", "werkervaringsplek", "Leeuwarden", "Leeuwarden", 53.2100, 5.7800,
  "Werkervaringsplek ICT-servicedesk",
  "ICT-bedrijf Friesland Digitaal",
  "Op onze servicedesk help je klanten met computerproblemen, installeer je laptops en beheer je accounts. Met een mentor. "
  "Ervaring of opleiding in IT nodig, en Nederlands B1 omdat je klanten aan de telefoon helpt.",
  "mon-am mon-pm tue-am tue-pm wed-am wed-pm thu-am thu-pm", "ict,it,computer,helpdesk,software",
  min_dutch_level="B1", host_languages=["nl", "en"], capacity=1, cost_eur=0, language_rich=True)

o("o117", "cursus", "Leeuwarden", "Leeuwarden", 53.2012, 5.7999,
  "Grip op je geld en je post",
  "Humanitas Thuisadministratie Leeuwarden",
  "In vier lessen leer je je post te ordenen, brieven van de Belastingdienst en de gemeente te begrijpen, toeslagen te regelen en een budget te maken. "
  "Daarna kan een vrijwilliger thuis helpen met je papieren.",
  "tue-pm", "geld,post,administratie,toeslagen,financien",
  min_dutch_level="A1", host_languages=["nl"], capacity=10, cost_eur=0, language_rich=False)

o("o118", "taalstage", "Leeuwarden", "Leeuwarden", 53.1950, 5.8250,
  "Taalstage woonzorgcentrum",
  "Zorggroep Leeuwarden",
  "Je helpt in een woonzorgcentrum: koffie rondbrengen, helpen bij activiteiten, met bewoners praten en wandelen. Ook voor mbo-studenten zorg die praktijkervaring zoeken. Nederlands A2.",
  "mon-am mon-pm wed-am wed-pm fri-am", "zorg,ouderen,verpleeghuis,stage",
  min_dutch_level="A2", host_languages=["nl"], capacity=2, cost_eur=0, language_rich=True)

o("o119", "cultuur", "Leeuwarden", "Leeuwarden", 53.2030, 5.7950,
  "Muziekstudio voor jongeren",
  "Jongerencentrum Leeuwarden",
  "Maak je eigen muziek: rap, beats, zingen of dansen. Woensdagavond in de studio van het jongerencentrum, voor jongeren van 14 tot 23 jaar.",
  "wed-eve", "muziek,rap,dans,jongeren",
  min_dutch_level="A0", host_languages=["nl", "en"], capacity=8, age_min=14, age_max=23, cost_eur=0, language_rich=True)

o("o120", "vrijwilligerswerk", "Leeuwarden", "Leeuwarden", 53.2110, 5.8000,
  "Vrijwilliger bij de Kledingbank",
  "Kledingbank Leeuwarden",
  "In de kledingbank sorteren we gedoneerde kleding en helpen we klanten bij het uitzoeken. Een vrijwilligster spreekt Arabisch. Dinsdag- en donderdagochtend.",
  "tue-am thu-am", "kleding,sorteren,helpen",
  min_dutch_level="A0", host_languages=["nl", "ar"], capacity=4, cost_eur=0, language_rich=True)
