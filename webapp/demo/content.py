"""Demo content for Meedoen: gemeenten, organisations, offers and newcomers.

Pure data, no logic. The people, phone numbers and e-mail addresses are
fictitious (e-mail domains end in ``.example`` / ``example.org``); the kernen,
their coordinates and the kinds of activities are real. Offers are modelled on
what the source documents name for Dalfsen (Taalpunt, VluchtelingenWerk,
Humanitas thuisadministratie, SMON and Saam Welzijn with the bruggenbouwer,
Koffie en Taal in three kernen, the naaiatelier, volleybal, Werkfit en Beweeg
with the buurtsportcoaches, Homestart, the Voorleesexpress of the library,
Digisterker, eten met de buurt, taalstages in retail and care), for Nijkerk
(VluchtelingenWerk, Sigma, the maatjesproject on shared interests, LifeGoals,
budget coaching) and for Assen (VluchtelingenWerk Noord-Nederland, WPDA,
Taalhuis and bibliotheek, attention for women).

Newcomers write their interests and former trade in their own words, language
and script (Arabic, Tigrinya in Ge'ez script, Farsi/Dari, Somali, English and
simple Dutch), typos included, to exercise multilingual matching.

Field meanings follow docs/matching-data-format.md. Extra fields:

* offers: ``organisation`` (an ORGANISATIONS key), ``kind`` (aanbod/vraag),
  contact details, ``duration_weeks``, ``hours_per_week``, ``start_in_days``
  (relative to today, negative = already running, None = ongoing) and
  ``status`` (draft, pending, published, closed);
* newcomers: ``country`` (ISO 3166 alpha-2), ``leerroute`` (b1, onderwijs, z),
  ``arrived_months_ago``, contact details and the coordinator's intake ``notes``.
"""

from __future__ import annotations

# --------------------------------------------------------------------------
# Gemeenten and kernen (WGS84, village centres, 4 decimals)
# --------------------------------------------------------------------------

GEMEENTEN = [
    {
        "name": "Dalfsen",
        "kernen": [
            {"name": "Dalfsen", "lat": 52.5106, "lon": 6.2583},
            {"name": "Nieuwleusen", "lat": 52.5822, "lon": 6.2814},
            {"name": "Lemelerveld", "lat": 52.4444, "lon": 6.3375},
            {"name": "Hoonhorst", "lat": 52.4881, "lon": 6.2317},
        ],
    },
    {
        "name": "Nijkerk",
        "kernen": [
            {"name": "Nijkerk", "lat": 52.2200, "lon": 5.4861},
            {"name": "Hoevelaken", "lat": 52.1747, "lon": 5.4578},
            {"name": "Nijkerkerveen", "lat": 52.1956, "lon": 5.4692},
        ],
    },
    {
        "name": "Assen",
        "kernen": [
            {"name": "Assen", "lat": 52.9925, "lon": 6.5625},
        ],
    },
]

# --------------------------------------------------------------------------
# Organisations (aanbieders)
# --------------------------------------------------------------------------

ORGANISATIONS = [
    # --- Gemeente Dalfsen ---------------------------------------------------
    {"key": "gemeente-dalfsen", "name": "Gemeente Dalfsen", "kind": "gemeente",
     "gemeente": "Dalfsen", "kern": "Dalfsen",
     "description": "De gemeente voert de regie op inburgering en participatie en biedt zelf "
                    "taalstages en werkervaringsplekken aan, onder meer bij de buitendienst en het "
                    "gemeentehuis.",
     "email": "statushouders@dalfsen.example", "phone": "0529-000100"},
    {"key": "buurtsportcoaches-dalfsen", "name": "Buurtsportcoaches gemeente Dalfsen",
     "kind": "gemeente",
     "gemeente": "Dalfsen", "kern": "Dalfsen",
     "description": "De buurtsportcoaches helpen inwoners de stap naar sport en bewegen te zetten "
                    "en leggen contact met de sportverenigingen in alle vier de kernen.",
     "email": "buurtsportcoach@dalfsen.example", "phone": "0529-000110"},
    {"key": "taalpunt-dalfsen", "name": "Taalpunt Dalfsen", "kind": "taalpunt",
     "gemeente": "Dalfsen", "kern": "Dalfsen",
     "description": "Het Taalpunt werft, traint en begeleidt vrijwillige taalcoaches en koppelt "
                    "hen aan inburgeraars en andere inwoners die beter Nederlands willen leren.",
     "email": "info@taalpunt-dalfsen.example", "phone": "0529-000120"},
    {"key": "vluchtelingenwerk-dalfsen", "name": "VluchtelingenWerk Oost Nederland, team Dalfsen",
     "kind": "vluchtelingenwerk", "gemeente": "Dalfsen", "kern": "Dalfsen",
     "description": "Vrijwilligers van VluchtelingenWerk begeleiden statushouders de eerste 18 "
                    "maanden: wonen, post, zorg, school en de weg in het dorp.",
     "email": "dalfsen@vluchtelingenwerk.example", "phone": "0529-000130"},
    {"key": "humanitas-dalfsen", "name": "Humanitas afdeling Vechtdal", "kind": "welzijn",
     "gemeente": "Dalfsen", "kern": "Dalfsen",
     "description": "Getrainde vrijwilligers van Humanitas Thuisadministratie helpen huishoudens "
                    "hun post, rekeningen en toeslagen zelf op orde te krijgen.",
     "email": "thuisadministratie@humanitas-vechtdal.example", "phone": "0529-000140"},
    {"key": "smon-welzijn", "name": "SMON Welzijn", "kind": "welzijn",
     "gemeente": "Dalfsen", "kern": "Nieuwleusen",
     "description": "Welzijnsorganisatie in Nieuwleusen: ontmoeting, vrijwilligerswerk, het "
                    "naaiatelier en ondersteuning van inwoners die even een steuntje in de rug "
                    "nodig hebben.",
     "email": "info@smon.example", "phone": "0529-000150"},
    {"key": "saam-welzijn", "name": "Saam Welzijn", "kind": "welzijn",
     "gemeente": "Dalfsen", "kern": "Dalfsen",
     "description": "Welzijnswerk, jongerenwerk en de bruggenbouwer voor statushouders: eten met "
                    "de buurt, Digisterker, 'bekend maakt bemind' en activiteiten in de "
                    "Kulturhusen.",
     "email": "info@saamwelzijn.example", "phone": "0529-000160"},
    {"key": "bibliotheek-dalfsen", "name": "Bibliotheek Dalfsen", "kind": "bibliotheek",
     "gemeente": "Dalfsen", "kern": "Dalfsen",
     "description": "De bibliotheek in Dalfsen en Nieuwleusen, met taalcafé, Digisterker-cursussen "
                    "en een plek waar het Taalpunt en de taalcoaches samenkomen.",
     "email": "dalfsen@bibliotheek-vechtdal.example", "phone": "0529-000170"},
    {"key": "voorleesexpress-dalfsen", "name": "VoorleesExpress Dalfsen", "kind": "bibliotheek",
     "gemeente": "Dalfsen", "kern": "Dalfsen",
     "description": "Vrijwillige voorlezers komen twintig weken lang wekelijks bij gezinnen thuis "
                    "om voor te lezen en ouders te laten zien hoe zij de taalontwikkeling van hun "
                    "kind stimuleren.",
     "email": "voorleesexpress@bibliotheek-vechtdal.example", "phone": "0529-000171"},
    {"key": "homestart-dalfsen", "name": "Homestart Dalfsen", "kind": "welzijn",
     "gemeente": "Dalfsen", "kern": "Dalfsen",
     "description": "Ervaren vrijwillige ouders bezoeken gezinnen met jonge kinderen een keer per "
                    "week thuis: een luisterend oor en praktische hulp bij opvoedvragen.",
     "email": "homestart@dalfsen-welzijn.example", "phone": "0529-000180"},
    {"key": "pkn-dalfsen", "name": "Protestantse Gemeente Dalfsen (Grote Kerk)", "kind": "kerk",
     "gemeente": "Dalfsen", "kern": "Dalfsen",
     "description": "Vrijwilligers van de kerk organiseren elke week Koffie en Taal in het "
                    "kerkelijk centrum naast de Grote Kerk, voor iedereen die Nederlands wil "
                    "oefenen.",
     "email": "koffieentaal@pkn-dalfsen.example", "phone": "0529-000190"},
    {"key": "pkn-nieuwleusen", "name": "Protestantse Gemeente Nieuwleusen", "kind": "kerk",
     "gemeente": "Dalfsen", "kern": "Nieuwleusen",
     "description": "De diaconie en vrijwilligers van de kerk houden Koffie en Taal en helpen "
                    "nieuwe dorpsgenoten op weg.",
     "email": "diaconie@pkn-nieuwleusen.example", "phone": "0529-000200"},
    {"key": "kerk-lemelerveld", "name": "Parochie en Protestantse Gemeente Lemelerveld",
     "kind": "kerk",
     "gemeente": "Dalfsen", "kern": "Lemelerveld",
     "description": "De twee kerken in Lemelerveld organiseren samen Koffie en Taal en een "
                    "huiswerkhulp voor kinderen.",
     "email": "samen@kerken-lemelerveld.example", "phone": "0572-000210"},
    {"key": "anjerpunt-hoonhorst", "name": "Dorpshuis Anjerpunt Hoonhorst", "kind": "vereniging",
     "gemeente": "Dalfsen", "kern": "Hoonhorst",
     "description": "Het dorpshuis van Hoonhorst, gerund door vrijwilligers: dorpsmaaltijd, "
                    "feesten, sport en vergaderingen van de verenigingen.",
     "email": "info@anjerpunt-hoonhorst.example", "phone": "0529-000220"},
    {"key": "vv-nieuwleusen", "name": "VV Nieuwleusen", "kind": "vereniging",
     "gemeente": "Dalfsen", "kern": "Nieuwleusen",
     "description": "Voetbalvereniging met jeugd-, senioren- en recreantenteams op sportpark De "
                    "Meele.",
     "email": "secretariaat@vvnieuwleusen.example", "phone": "0529-000230"},
    {"key": "volleybal-lemelerveld", "name": "Volleybalvereniging Lemelerveld",
     "kind": "vereniging",
     "gemeente": "Dalfsen", "kern": "Lemelerveld",
     "description": "Volleybalclub met competitie- en recreantenteams; sinds kort volleybalt er "
                    "een groep statushouders mee.",
     "email": "info@volleybal-lemelerveld.example", "phone": "0572-000240"},
    {"key": "zwemvereniging-dalfsen", "name": "Zwem- en Polovereniging De Vecht",
     "kind": "vereniging",
     "gemeente": "Dalfsen", "kern": "Dalfsen",
     "description": "Zwemvereniging in het overdekte bad van Dalfsen, met banenzwemmen, zwemles "
                    "voor volwassenen en een vrouwenuur.",
     "email": "info@zpv-devecht.example", "phone": "0529-000250"},
    {"key": "muziekvereniging-lemelerveld", "name": "Muziekvereniging Concordia Lemelerveld",
     "kind": "vereniging",
     "gemeente": "Dalfsen", "kern": "Lemelerveld",
     "description": "Fanfare, slagwerkgroep en een open muziekavond in het Kulturhus voor iedereen "
                    "die een instrument speelt of wil leren.",
     "email": "info@concordia-lemelerveld.example", "phone": "0572-000260"},
    # Employers in gemeente Dalfsen
    {"key": "supermarkt-nieuwleusen", "name": "Supermarkt Ten Hove Nieuwleusen",
     "kind": "werkgever",
     "gemeente": "Dalfsen", "kern": "Nieuwleusen",
     "description": "Familiesupermarkt in het centrum van Nieuwleusen met zestig medewerkers, "
                    "erkend leerbedrijf.",
     "email": "personeel@tenhove-supermarkt.example", "phone": "0529-000300"},
    {"key": "tweewielers-dalfsen", "name": "Vechtdal Tweewielers", "kind": "werkgever",
     "gemeente": "Dalfsen", "kern": "Dalfsen",
     "description": "Fietsenwinkel met werkplaats aan de Prinsenstraat: verkoop, reparatie en "
                    "verhuur van (elektrische) fietsen.",
     "email": "winkel@vechtdaltweewielers.example", "phone": "0529-000310"},
    {"key": "zorgcentrum-dalfsen", "name": "Zorgcentrum De Vechtstroom", "kind": "werkgever",
     "gemeente": "Dalfsen", "kern": "Dalfsen",
     "description": "Woonzorgcentrum voor ouderen met 90 bewoners, een restaurant en een "
                    "dagbesteding.",
     "email": "vrijwilligers@devechtstroom.example", "phone": "0529-000320"},
    {"key": "zorgcentrum-lemelerveld", "name": "Woonzorglocatie Het Lemelerhof",
     "kind": "werkgever",
     "gemeente": "Dalfsen", "kern": "Lemelerveld",
     "description": "Kleinschalig wonen voor ouderen met dementie en een ontmoetingscentrum in het "
                    "dorp.",
     "email": "info@lemelerhof.example", "phone": "0572-000330"},
    {"key": "bakkerij-lemelerveld", "name": "Bakkerij Wolters", "kind": "werkgever",
     "gemeente": "Dalfsen", "kern": "Lemelerveld",
     "description": "Ambachtelijke warme bakker met winkel en bakkerij, al drie generaties in "
                    "Lemelerveld.",
     "email": "bakker@bakkerijwolters.example", "phone": "0572-000340"},
    {"key": "hovenier-hoonhorst", "name": "Hoveniersbedrijf Groen aan de Vecht",
     "kind": "werkgever",
     "gemeente": "Dalfsen", "kern": "Hoonhorst",
     "description": "Hovenier met twaalf medewerkers: aanleg en onderhoud van tuinen, landgoederen "
                    "en bedrijfsterreinen in het Vechtdal.",
     "email": "info@groenaandevecht.example", "phone": "0529-000350"},
    {"key": "melkveebedrijf-lenthe", "name": "Melkveebedrijf Lenthe", "kind": "werkgever",
     "gemeente": "Dalfsen", "kern": "Hoonhorst",
     "description": "Familiebedrijf met 120 melkkoeien en jongvee in de buurtschap Lenthe bij "
                    "Hoonhorst.",
     "email": "boerderij@melkvee-lenthe.example", "phone": None},
    {"key": "metaal-rollepaal", "name": "Metaalbewerking Rollepaal BV", "kind": "werkgever",
     "gemeente": "Dalfsen", "kern": "Nieuwleusen",
     "description": "Plaatbewerking, las- en constructiewerk voor de machinebouw, op "
                    "bedrijventerrein Rollepaal.",
     "email": "hr@metaal-rollepaal.example", "phone": "0529-000370"},
    {"key": "hotel-vechtoever", "name": "Hotel-Restaurant De Vechtoever", "kind": "werkgever",
     "gemeente": "Dalfsen", "kern": "Dalfsen",
     "description": "Hotel-restaurant aan de Vecht met 40 kamers, terras en zalen voor feesten en "
                    "vergaderingen.",
     "email": "werken@devechtoever.example", "phone": "0529-000380"},
    {"key": "logistiek-lemelerveld", "name": "Kanaalzicht Logistiek", "kind": "werkgever",
     "gemeente": "Dalfsen", "kern": "Lemelerveld",
     "description": "Distributiecentrum aan het kanaal: opslag, orderpicken en verpakken voor "
                    "webwinkels.",
     "email": "jobs@kanaalzicht-logistiek.example", "phone": "0572-000390"},
    # Individual volunteers
    {"key": "particulier-gerda-vos", "name": "Gerda Vos", "kind": "particulier",
     "gemeente": "Dalfsen", "kern": "Nieuwleusen",
     "description": "Gepensioneerd juf, via het Taalpunt getraind als taalcoach.",
     "email": "gerda.vos@mail.example", "phone": "06-12345601"},
    {"key": "particulier-henk-bosch", "name": "Henk Bosch", "kind": "particulier",
     "gemeente": "Dalfsen", "kern": "Lemelerveld",
     "description": "Oud-monteur en fanatiek fietser; neemt graag iemand mee naar de fietsclub en "
                    "de moestuin.",
     "email": "henk.bosch@mail.example", "phone": "06-12345602"},
    {"key": "particulier-marieke-kamphuis", "name": "Marieke Kamphuis", "kind": "particulier",
     "gemeente": "Dalfsen", "kern": "Hoonhorst",
     "description": "Moeder van drie, werkt parttime in de thuiszorg en is taalcoach aan de "
                    "keukentafel.",
     "email": "marieke.kamphuis@mail.example", "phone": "06-12345603"},
    {"key": "particulier-jan-ria-smit", "name": "Jan en Ria Smit", "kind": "particulier",
     "gemeente": "Dalfsen", "kern": "Dalfsen",
     "description": "Echtpaar van in de zestig dat al twee gezinnen uit Syrië en Eritrea wegwijs "
                    "heeft gemaakt in Dalfsen.",
     "email": "jan.ria.smit@mail.example", "phone": "06-12345604"},
    # --- Gemeente Nijkerk ----------------------------------------------------
    {"key": "gemeente-nijkerk", "name": "Gemeente Nijkerk, team Werk en Inkomen",
     "kind": "gemeente",
     "gemeente": "Nijkerk", "kern": "Nijkerk",
     "description": "Klantmanagers begeleiden statushouders richting participatie en werk en "
                    "organiseren budgetcursussen in de ontzorgperiode.",
     "email": "werkeninkomen@nijkerk.example", "phone": "033-0000400"},
    {"key": "vluchtelingenwerk-nijkerk", "name": "VluchtelingenWerk Nijkerk",
     "kind": "vluchtelingenwerk",
     "gemeente": "Nijkerk", "kern": "Nijkerk",
     "description": "Maatschappelijke begeleiding van statushouders in Nijkerk, Hoevelaken en "
                    "Nijkerkerveen en spreekuren voor vragen daarna.",
     "email": "nijkerk@vluchtelingenwerk.example", "phone": "033-0000410"},
    {"key": "sigma-nijkerk", "name": "Sigma Welzijn Nijkerk", "kind": "welzijn",
     "gemeente": "Nijkerk", "kern": "Nijkerk",
     "description": "Welzijnsorganisatie van Nijkerk: maatjesprojecten, jongerenwerk, ontmoeting "
                    "en het servicepunt voor vrijwilligerswerk.",
     "email": "info@sigma-nijkerk.example", "phone": "033-0000420"},
    {"key": "bibliotheek-nijkerk", "name": "Bibliotheek Nijkerk (Taalhuis)", "kind": "bibliotheek",
     "gemeente": "Nijkerk", "kern": "Nijkerk",
     "description": "Bibliotheek met Taalhuis: taalcafé, Digisterker en hulp bij formulieren.",
     "email": "taalhuis@bibliotheek-nijkerk.example", "phone": "033-0000430"},
    {"key": "kerk-nijkerkerveen", "name": "Hervormde Gemeente Nijkerkerveen", "kind": "kerk",
     "gemeente": "Nijkerk", "kern": "Nijkerkerveen",
     "description": "Kerk in 't Veen met een wekelijkse Koffie en Taal in de zaal naast de Grote "
                    "Kerk.",
     "email": "koster@hervormd-nijkerkerveen.example", "phone": "033-0000440"},
    {"key": "zorgcentrum-hoevelaken", "name": "Woonzorgcentrum De Hoefslag", "kind": "werkgever",
     "gemeente": "Nijkerk", "kern": "Hoevelaken",
     "description": "Woonzorgcentrum met verpleeg- en verzorgingsafdelingen en een "
                    "buurtrestaurant.",
     "email": "werkenbij@dehoefslag.example", "phone": "033-0000450"},
    {"key": "tuincentrum-veen", "name": "Tuincentrum 't Veen", "kind": "werkgever",
     "gemeente": "Nijkerk", "kern": "Nijkerkerveen",
     "description": "Tuincentrum met kwekerij, dierenafdeling en kerstshow.",
     "email": "info@tuincentrumtveen.example", "phone": "033-0000460"},
    {"key": "vv-hoevelaken", "name": "Voetbalvereniging Hoevelaken", "kind": "vereniging",
     "gemeente": "Nijkerk", "kern": "Hoevelaken",
     "description": "Grote voetbalclub met meer dan dertig jeugdteams.",
     "email": "jeugd@vvhoevelaken.example", "phone": "033-0000470"},
    {"key": "particulier-ahmad-rasuli", "name": "Ahmad Rasuli", "kind": "particulier",
     "gemeente": "Nijkerk", "kern": "Nijkerk",
     "description": "Kwam zelf in 2015 uit Afghanistan, werkt nu als monteur en is vrijwillig "
                    "taalcoach en sleutelfiguur voor Dari-sprekers.",
     "email": "ahmad.rasuli@mail.example", "phone": "06-12345605"},
    # --- Gemeente Assen ------------------------------------------------------
    {"key": "vluchtelingenwerk-assen", "name": "VluchtelingenWerk Noord-Nederland, locatie Assen",
     "kind": "vluchtelingenwerk", "gemeente": "Assen", "kern": "Assen",
     "description": "Begeleiding van statushouders in Assen, taalmaatjes en een vrouwengroep.",
     "email": "assen@vluchtelingenwerk-nn.example", "phone": "0592-000500"},
    {"key": "wpda-assen", "name": "Werkplein Drentsche Aa", "kind": "gemeente",
     "gemeente": "Assen", "kern": "Assen",
     "description": "Werkplein van Aa en Hunze, Assen en Tynaarlo: regie op het persoonlijk plan "
                    "(PIP), werkervaringsplekken en sociale activering.",
     "email": "inburgering@wpda.example", "phone": "0592-000510"},
    {"key": "bibliotheek-assen", "name": "Bibliotheek Assen (Taalhuis)", "kind": "bibliotheek",
     "gemeente": "Assen", "kern": "Assen",
     "description": "Taalhuis in de bibliotheek: taalcafé, voorlezen, huiswerkhulp en digitale "
                    "vaardigheden.",
     "email": "taalhuis@bibliotheek-assen.example", "phone": "0592-000520"},
    {"key": "zorggroep-assen", "name": "Zorgcentrum De Wijert Assen", "kind": "werkgever",
     "gemeente": "Assen", "kern": "Assen",
     "description": "Zorgcentrum met 140 bewoners, huishoudelijke dienst en keuken.",
     "email": "leerwerk@dewijert-zorg.example", "phone": "0592-000530"},
]

# --------------------------------------------------------------------------
# Offers (aanbod) and requests (vraag)
# --------------------------------------------------------------------------

OFFERS = [
    # ======================== Kern Dalfsen ==================================
    {"organisation": "taalpunt-dalfsen", "kind": "aanbod", "type": "taalcoach",
     "title": "Taalcoach: een uur per week Nederlands praten",
     "description": "Een getrainde vrijwilliger van het Taalpunt oefent een jaar lang wekelijks "
                    "met je: praten over de dag, brieven lezen, boodschappen doen of de huisarts "
                    "bellen. Jullie spreken af bij jou thuis of in de bibliotheek. Neem je lesboek "
                    "van de inburgering mee.",
     "tags": ["taal", "spreken", "een-op-een", "taalmaatje"], "kern": "Dalfsen",
     "schedule": [], "min_dutch_level": None, "host_languages": ["nl", "en"],
     "capacity": 6, "women_only": False, "age_min": 16, "age_max": None,
     "childcare": False, "cost_eur": 0, "language_rich": True,
     "contact_name": "Ingrid Hulsman", "contact_email": "ingrid@taalpunt-dalfsen.example",
     "contact_phone": "0529-000120", "duration_weeks": 52, "hours_per_week": 1,
     "start_in_days": None, "status": "published"},
    {"organisation": "taalpunt-dalfsen", "kind": "aanbod", "type": "cursus",
     "title": "Oefengroep examen Spreken en KNM",
     "description": "Kleine groep van zes inburgeraars die samen met twee vrijwilligers oefenen "
                    "voor het examen Spreken en Kennis van de Nederlandse Maatschappij. We doen "
                    "rollenspellen: bij de bakker, op school, bij de gemeente. Op woensdagmiddag, "
                    "dus naast je lesdagen.",
     "tags": ["examen", "inburgering", "spreken", "KNM"], "kern": "Dalfsen",
     "schedule": ["wed-pm"], "min_dutch_level": "A1", "host_languages": ["nl"],
     "capacity": 3, "women_only": False, "age_min": 18, "age_max": None,
     "childcare": False, "cost_eur": 0, "language_rich": True,
     "contact_name": "Ingrid Hulsman", "contact_email": "ingrid@taalpunt-dalfsen.example",
     "contact_phone": "0529-000120", "duration_weeks": 10, "hours_per_week": 2,
     "start_in_days": 14, "status": "published"},
    {"organisation": "pkn-dalfsen", "kind": "aanbod", "type": "taalcafe",
     "title": "Koffie en Taal in het kerkelijk centrum bij de Grote Kerk",
     "description": "Elke vrijdagochtend drinken we koffie en thee en praten we Nederlands aan "
                    "tafels met vrijwilligers uit het dorp. Je hoeft niets voor te bereiden en je "
                    "bent ook welkom als je nog bijna niets zegt. Kleine kinderen spelen in de "
                    "kinderhoek met een oppas.",
     "tags": ["koffie en taal", "praten", "dorp", "kinderoppas"], "kern": "Dalfsen",
     "schedule": ["fri-am"], "min_dutch_level": None, "host_languages": ["nl", "en"],
     "capacity": 20, "women_only": False, "age_min": None, "age_max": None,
     "childcare": True, "cost_eur": 0, "language_rich": True,
     "contact_name": "Wilma ter Horst", "contact_email": "koffieentaal@pkn-dalfsen.example",
     "contact_phone": "06-12345610", "duration_weeks": None, "hours_per_week": 2,
     "start_in_days": None, "status": "published"},
    {"organisation": "bibliotheek-dalfsen", "kind": "aanbod", "type": "taalcafe",
     "title": "Taalcafé op zaterdag in de bibliotheek",
     "description": "Op zaterdagochtend is er een taalcafé voor wie doordeweeks naar school of "
                    "werk gaat. Elke week een ander onderwerp: de markt, het weer, feestdagen, "
                    "sport. Daarna kun je boeken in makkelijk Nederlands lenen.",
     "tags": ["taalcafe", "weekend", "boeken", "makkelijk lezen"], "kern": "Dalfsen",
     "schedule": ["sat-am"], "min_dutch_level": None, "host_languages": ["nl", "en"],
     "capacity": 15, "women_only": False, "age_min": None, "age_max": None,
     "childcare": False, "cost_eur": 0, "language_rich": True,
     "contact_name": "Sandra Mulder", "contact_email": "s.mulder@bibliotheek-vechtdal.example",
     "contact_phone": "0529-000170", "duration_weeks": None, "hours_per_week": 2,
     "start_in_days": None, "status": "published"},
    {"organisation": "bibliotheek-dalfsen", "kind": "aanbod", "type": "cursus",
     "title": "Digisterker: werken met DigiD en websites van de overheid",
     "description": "In vier bijeenkomsten leer je inloggen met DigiD, je toeslagen bekijken, een "
                    "afspraak maken bij de gemeente en veilig mailen. Je werkt op een laptop van "
                    "de bibliotheek of op je eigen telefoon. Neem je DigiD-brief en telefoon mee.",
     "tags": ["digitaal", "DigiD", "computer", "telefoon", "toeslagen"], "kern": "Dalfsen",
     "schedule": ["wed-pm"], "min_dutch_level": "A1", "host_languages": ["nl"],
     "capacity": 5, "women_only": False, "age_min": 18, "age_max": None,
     "childcare": False, "cost_eur": 0, "language_rich": True,
     "contact_name": "Sandra Mulder", "contact_email": "s.mulder@bibliotheek-vechtdal.example",
     "contact_phone": "0529-000170", "duration_weeks": 4, "hours_per_week": 2,
     "start_in_days": 21, "status": "published"},
    {"organisation": "voorleesexpress-dalfsen", "kind": "aanbod", "type": "gezin",
     "title": "VoorleesExpress: twintig weken voorlezen bij jou thuis",
     "description": "Een vrijwilliger komt twintig weken lang een keer per week bij jullie thuis "
                    "voorlezen aan je kinderen van 2 tot 8 jaar. Ouders lezen mee en krijgen tips "
                    "om zelf te lezen en te praten met hun kind, ook in de eigen taal. Samen gaan "
                    "jullie ook naar de bibliotheek.",
     "tags": ["voorlezen", "kinderen", "ouders", "bibliotheek"], "kern": "Dalfsen",
     "schedule": ["tue-pm", "wed-pm", "thu-pm"], "min_dutch_level": None,
     "host_languages": ["nl", "en"],
     "capacity": 4, "women_only": False, "age_min": None, "age_max": None,
     "childcare": False, "cost_eur": 0, "language_rich": True,
     "contact_name": "Anouk Schuurman",
     "contact_email": "voorleesexpress@bibliotheek-vechtdal.example",
     "contact_phone": "06-12345611", "duration_weeks": 20, "hours_per_week": 1,
     "start_in_days": None, "status": "published"},
    {"organisation": "homestart-dalfsen", "kind": "aanbod", "type": "gezin",
     "title": "Homestart: een ervaren ouder komt wekelijks langs",
     "description": "Heb je kinderen onder de zes en vragen over opvoeden, school of het "
                    "consultatiebureau? Een vrijwilliger die zelf moeder of vader is, komt een "
                    "keer per week een paar uur bij je thuis. Alles wat je vertelt blijft tussen "
                    "jullie. Er is nu een wachtlijst.",
     "tags": ["opvoeding", "ouders", "jonge kinderen", "thuis"], "kern": "Dalfsen",
     "schedule": [], "min_dutch_level": None, "host_languages": ["nl", "en"],
     "capacity": 0, "women_only": False, "age_min": None, "age_max": None,
     "childcare": False, "cost_eur": 0, "language_rich": True,
     "contact_name": "Monique Dijkstra", "contact_email": "homestart@dalfsen-welzijn.example",
     "contact_phone": "0529-000180", "duration_weeks": 40, "hours_per_week": 2,
     "start_in_days": None, "status": "published"},
    {"organisation": "humanitas-dalfsen", "kind": "aanbod", "type": "cursus",
     "title": "Thuisadministratie: samen je post en geld op orde",
     "description": "Een vrijwilliger van Humanitas komt bij je thuis en helpt je je post te "
                    "sorteren, rekeningen te betalen en een overzicht te maken van inkomsten en "
                    "vaste lasten. Het doel is dat je het na een jaar zelf kunt. Handig als de "
                    "ontzorgperiode afloopt.",
     "tags": ["geld", "administratie", "post", "budget", "ontzorgen"], "kern": "Dalfsen",
     "schedule": [], "min_dutch_level": None, "host_languages": ["nl"],
     "capacity": 3, "women_only": False, "age_min": 18, "age_max": None,
     "childcare": False, "cost_eur": 0, "language_rich": True,
     "contact_name": "Gert Brinkman",
     "contact_email": "thuisadministratie@humanitas-vechtdal.example",
     "contact_phone": "06-12345612", "duration_weeks": 52, "hours_per_week": 1,
     "start_in_days": None, "status": "published"},
    {"organisation": "tweewielers-dalfsen", "kind": "aanbod", "type": "taalstage",
     "title": "Taalstage in de fietsenwinkel en werkplaats",
     "description": "Drie maanden, twee ochtenden per week: je helpt in de werkplaats met banden "
                    "plakken, remmen afstellen en fietsen klaarmaken, en je staat klanten te woord "
                    "aan de balie. Je werkt met vier Nederlandse collega's. Werkkleding krijg je "
                    "van ons.",
     "tags": ["fiets", "reparatie", "techniek", "winkel", "klanten"], "kern": "Dalfsen",
     "schedule": ["wed-am", "fri-am"], "min_dutch_level": "A1", "host_languages": ["nl", "de"],
     "capacity": 1, "women_only": False, "age_min": 18, "age_max": None,
     "childcare": False, "cost_eur": 0, "language_rich": True,
     "contact_name": "Bert Wolterink", "contact_email": "winkel@vechtdaltweewielers.example",
     "contact_phone": "0529-000310", "duration_weeks": 13, "hours_per_week": 8,
     "start_in_days": 10, "status": "published"},
    {"organisation": "zorgcentrum-dalfsen", "kind": "aanbod", "type": "taalstage",
     "title": "Taalstage in de zorg: gastvrouw of gastheer op de afdeling",
     "description": "Je schenkt koffie, helpt bij de warme maaltijd, maakt een praatje met "
                    "bewoners en gaat mee met wandelen of een spelletje. Geen verzorging, wel veel "
                    "contact. Twaalf weken, daarna evalueren we samen met je consulent en kan het "
                    "met drie maanden verlengd worden.",
     "tags": ["zorg", "ouderen", "gastvrouw", "restaurant", "verzorging"], "kern": "Dalfsen",
     "schedule": ["wed-am", "fri-am", "sat-pm"], "min_dutch_level": "A2", "host_languages": ["nl"],
     "capacity": 2, "women_only": False, "age_min": 18, "age_max": None,
     "childcare": False, "cost_eur": 0, "language_rich": True,
     "contact_name": "Hennie Kroeze", "contact_email": "vrijwilligers@devechtstroom.example",
     "contact_phone": "0529-000320", "duration_weeks": 12, "hours_per_week": 7,
     "start_in_days": 7, "status": "published"},
    {"organisation": "zorgcentrum-dalfsen", "kind": "aanbod", "type": "vrijwilligerswerk",
     "title": "Wandelen en fietsen met bewoners op zondag",
     "description": "Bewoners van De Vechtstroom willen graag naar buiten. Met de duofiets of de "
                    "rolstoel maak je op zondagmiddag een rondje langs de Vecht en drink je "
                    "onderweg koffie. Je krijgt eerst een korte uitleg van een vaste vrijwilliger.",
     "tags": ["ouderen", "wandelen", "duofiets", "buiten", "zondag"], "kern": "Dalfsen",
     "schedule": ["sun-pm"], "min_dutch_level": "A1", "host_languages": ["nl"],
     "capacity": 4, "women_only": False, "age_min": 16, "age_max": None,
     "childcare": False, "cost_eur": 0, "language_rich": True,
     "contact_name": "Hennie Kroeze", "contact_email": "vrijwilligers@devechtstroom.example",
     "contact_phone": "0529-000320", "duration_weeks": None, "hours_per_week": 2,
     "start_in_days": None, "status": "published"},
    {"organisation": "hotel-vechtoever", "kind": "aanbod", "type": "werkervaringsplek",
     "title": "Werkervaringsplek in de keuken en de bediening",
     "description": "Zes maanden meewerken in een drukke horecakeuken: groente snijden, afwassen, "
                    "ontbijtbuffet klaarzetten en later ook bedienen op het terras. Je werkt op "
                    "vaste dagen, ook in het weekend. Veel ervaring is niet nodig, zin in hard "
                    "werken wel.",
     "tags": ["horeca", "keuken", "koken", "bediening", "hotel"], "kern": "Dalfsen",
     "schedule": ["fri-pm", "sat-pm", "sat-eve", "sun-pm"], "min_dutch_level": "A1",
     "host_languages": ["nl", "en"],
     "capacity": 2, "women_only": False, "age_min": 18, "age_max": None,
     "childcare": False, "cost_eur": 0, "language_rich": True,
     "contact_name": "Ruben Kamphuis", "contact_email": "werken@devechtoever.example",
     "contact_phone": "06-12345613", "duration_weeks": 26, "hours_per_week": 16,
     "start_in_days": 30, "status": "published"},
    {"organisation": "hotel-vechtoever", "kind": "aanbod", "type": "werkervaringsplek",
     "title": "Huishouding hotelkamers (zomerseizoen)",
     "description": "In het zomerseizoen zoeken we hulp bij het schoonmaken en opmaken van de "
                    "hotelkamers. Je werkt in een team van drie en leert werken volgens een vaste "
                    "checklist.",
     "tags": ["schoonmaak", "hotel", "huishouding"], "kern": "Dalfsen",
     "schedule": ["sat-am", "sun-am"], "min_dutch_level": None, "host_languages": ["nl"],
     "capacity": 2, "women_only": False, "age_min": 18, "age_max": None,
     "childcare": False, "cost_eur": 0, "language_rich": False,
     "contact_name": "Ruben Kamphuis", "contact_email": "werken@devechtoever.example",
     "contact_phone": None, "duration_weeks": 16, "hours_per_week": 8,
     "start_in_days": 90, "status": "draft"},
    {"organisation": "gemeente-dalfsen", "kind": "aanbod", "type": "werkervaringsplek",
     "title": "Meewerken bij de buitendienst: groenonderhoud",
     "description": "Je werkt mee in een ploeg van de gemeentelijke buitendienst: perken "
                    "schoffelen, bladeren ruimen, bankjes schilderen en zwerfafval opruimen in "
                    "alle kernen. Je leert veilig werken met gereedschap. Werkschoenen en kleding "
                    "krijg je van de gemeente.",
     "tags": ["groen", "buiten", "tuin", "gemeente", "onderhoud"], "kern": "Dalfsen",
     "schedule": ["wed-am", "wed-pm", "fri-am"], "min_dutch_level": None, "host_languages": ["nl"],
     "capacity": 2, "women_only": False, "age_min": 18, "age_max": None,
     "childcare": False, "cost_eur": 0, "language_rich": True,
     "contact_name": "Erik Nijboer", "contact_email": "statushouders@dalfsen.example",
     "contact_phone": "0529-000100", "duration_weeks": 26, "hours_per_week": 12,
     "start_in_days": 14, "status": "published"},
    {"organisation": "gemeente-dalfsen", "kind": "aanbod", "type": "taalstage",
     "title": "Taalstage op het gemeentehuis: receptie en post",
     "description": "Je helpt bij de receptie van het gemeentehuis: bezoekers welkom heten, de "
                    "post sorteren en rondbrengen, vergaderzalen klaarzetten. Je hoort de hele dag "
                    "Nederlands en leert hoe een gemeente werkt. Drie maanden, twee ochtenden per "
                    "week.",
     "tags": ["kantoor", "receptie", "post", "gemeente", "administratie"], "kern": "Dalfsen",
     "schedule": ["tue-am", "fri-am"], "min_dutch_level": "A2", "host_languages": ["nl"],
     "capacity": 1, "women_only": False, "age_min": 18, "age_max": None,
     "childcare": False, "cost_eur": 0, "language_rich": True,
     "contact_name": "Erik Nijboer", "contact_email": "statushouders@dalfsen.example",
     "contact_phone": "0529-000100", "duration_weeks": 13, "hours_per_week": 7,
     "start_in_days": 21, "status": "published"},
    {"organisation": "gemeente-dalfsen", "kind": "aanbod", "type": "cursus",
     "title": "Verkeerslessen: veilig fietsen in Dalfsen",
     "description": "Drie lessen over voorrang, rotondes, licht op je fiets en de regels voor "
                    "kinderen achterop. De eerste les is binnen met plaatjes, daarna fietsen we "
                    "samen door het dorp. Een statushouder op taalstage bij de gemeente vertaalt "
                    "in het Arabisch en Tigrinya.",
     "tags": ["fiets", "verkeer", "veiligheid", "fietsles"], "kern": "Dalfsen",
     "schedule": ["sat-am"], "min_dutch_level": None, "host_languages": ["nl", "ar", "ti"],
     "capacity": 10, "women_only": False, "age_min": 12, "age_max": None,
     "childcare": False, "cost_eur": 0, "language_rich": False,
     "contact_name": "Erik Nijboer", "contact_email": "statushouders@dalfsen.example",
     "contact_phone": "0529-000100", "duration_weeks": 3, "hours_per_week": 2,
     "start_in_days": 12, "status": "published"},
    {"organisation": "buurtsportcoaches-dalfsen", "kind": "aanbod", "type": "sport",
     "title": "Werkfit en Beweeg (pilotgroep)",
     "description": "'s Ochtends sporten met de buurtsportcoaches in sporthal Gerner, 's middags "
                    "een werkfit-training met de loopbaanbegeleider: solliciteren, op tijd komen, "
                    "samenwerken. Deze pilotgroep is afgelopen; een nieuwe groep volgt.",
     "tags": ["sport", "bewegen", "werk", "training", "conditie"], "kern": "Dalfsen",
     "schedule": ["wed-am", "wed-pm"], "min_dutch_level": None, "host_languages": ["nl"],
     "capacity": 0, "women_only": False, "age_min": 18, "age_max": 60,
     "childcare": False, "cost_eur": 0, "language_rich": True,
     "contact_name": "Thijs Oosterhof", "contact_email": "buurtsportcoach@dalfsen.example",
     "contact_phone": "06-12345614", "duration_weeks": 10, "hours_per_week": 6,
     "start_in_days": -120, "status": "closed"},
    {"organisation": "buurtsportcoaches-dalfsen", "kind": "aanbod", "type": "sport",
     "title": "Werkfit en Beweeg: nieuwe groep",
     "description": "Tien weken lang elke woensdag: 's ochtends conditietraining, voetbal of "
                    "badminton met de buurtsportcoaches, 's middags werkfit-training. Je leert "
                    "nieuwe mensen en de sportverenigingen kennen. Neem sportschoenen en een "
                    "flesje water mee.",
     "tags": ["sport", "bewegen", "werkfit", "conditie", "badminton", "voetbal"], "kern": "Dalfsen",
     "schedule": ["wed-am", "wed-pm"], "min_dutch_level": None, "host_languages": ["nl", "en"],
     "capacity": 8, "women_only": False, "age_min": 18, "age_max": 60,
     "childcare": False, "cost_eur": 0, "language_rich": True,
     "contact_name": "Thijs Oosterhof", "contact_email": "buurtsportcoach@dalfsen.example",
     "contact_phone": "06-12345614", "duration_weeks": 10, "hours_per_week": 6,
     "start_in_days": 35, "status": "published"},
    {"organisation": "zwemvereniging-dalfsen", "kind": "aanbod", "type": "sport",
     "title": "Vrouwenzwemmen met vrouwelijke badmeester",
     "description": "Op vrijdagavond is het bad een uur alleen voor vrouwen, met een vrouwelijke "
                    "badmeester en dichte ramen. Je kunt baantjes zwemmen of in het ondiepe bad "
                    "leren zwemmen. Een burkini of zwemlegging is prima. De contributie kan via "
                    "het Jeugdfonds of de gemeente.",
     "tags": ["zwemmen", "vrouwen", "bewegen", "zwemles"], "kern": "Dalfsen",
     "schedule": ["fri-eve"], "min_dutch_level": None, "host_languages": ["nl"],
     "capacity": 6, "women_only": True, "age_min": 16, "age_max": None,
     "childcare": False, "cost_eur": 12.5, "language_rich": True,
     "contact_name": "Yvonne Schepers", "contact_email": "info@zpv-devecht.example",
     "contact_phone": "06-12345615", "duration_weeks": None, "hours_per_week": 1,
     "start_in_days": None, "status": "published"},
    {"organisation": "saam-welzijn", "kind": "aanbod", "type": "ontmoeting",
     "title": "Eten met de buurt in Dalfsen",
     "description": "Eens per maand koken nieuwe en oude Dalfsenaren samen een maaltijd in het "
                    "buurthuis en eten we aan lange tafels. Je mag een gerecht uit je eigen land "
                    "meebrengen of meekoken. Kinderen zijn welkom. De eigen bijdrage is 2,50 euro "
                    "per persoon.",
     "tags": ["koken", "eten", "buurt", "ontmoeten", "gezin"], "kern": "Dalfsen",
     "schedule": ["thu-eve"], "min_dutch_level": None, "host_languages": ["nl", "ar"],
     "capacity": 25, "women_only": False, "age_min": None, "age_max": None,
     "childcare": False, "cost_eur": 2.5, "language_rich": True,
     "contact_name": "Mohammed Alkurdi", "contact_email": "bruggenbouwer@saamwelzijn.example",
     "contact_phone": "06-12345616", "duration_weeks": None, "hours_per_week": 3,
     "start_in_days": None, "status": "published"},
    {"organisation": "saam-welzijn", "kind": "aanbod", "type": "ontmoeting",
     "title": "Bekend maakt bemind: vertel je verhaal in de buurt",
     "description": "Samen met de bruggenbouwer bezoek je een buurtvereniging, schoolklas of "
                    "ouderensoos en vertel je over je leven, je land en je nieuwe dorp. We oefenen "
                    "het verhaal vooraf. Zo leren buren jou kennen en jij hen.",
     "tags": ["buurt", "verhaal", "voorlichting", "ontmoeten"], "kern": "Dalfsen",
     "schedule": ["tue-eve", "thu-eve"], "min_dutch_level": "A2", "host_languages": ["nl", "ar"],
     "capacity": 4, "women_only": False, "age_min": 18, "age_max": None,
     "childcare": False, "cost_eur": 0, "language_rich": True,
     "contact_name": "Mohammed Alkurdi", "contact_email": "bruggenbouwer@saamwelzijn.example",
     "contact_phone": "06-12345616", "duration_weeks": 8, "hours_per_week": 2,
     "start_in_days": 20, "status": "published"},
    {"organisation": "saam-welzijn", "kind": "aanbod", "type": "huiswerkbegeleiding",
     "title": "Huiswerkklas voor ISK- en middelbare scholieren",
     "description": "Twee middagen per week helpen vrijwilligers (oud-docenten en studenten) met "
                    "huiswerk, plannen en leren voor toetsen. Je kunt ook komen om gewoon "
                    "Nederlands te lezen. In de bibliotheek, met thee en iets lekkers.",
     "tags": ["huiswerk", "school", "ISK", "jongeren", "leren"], "kern": "Dalfsen",
     "schedule": ["tue-pm", "thu-pm"], "min_dutch_level": None, "host_languages": ["nl", "en"],
     "capacity": 8, "women_only": False, "age_min": 12, "age_max": 18,
     "childcare": False, "cost_eur": 0, "language_rich": True,
     "contact_name": "Femke Haverkamp", "contact_email": "jongerenwerk@saamwelzijn.example",
     "contact_phone": "06-12345617", "duration_weeks": None, "hours_per_week": 3,
     "start_in_days": None, "status": "published"},
    {"organisation": "saam-welzijn", "kind": "aanbod", "type": "ontmoeting",
     "title": "Vrijdagavond in het jongerencentrum",
     "description": "Tafeltennis, gamen, muziek en praten met andere jongeren uit Dalfsen. De "
                    "jongerenwerkers zijn er altijd bij en helpen ook met vragen over school, "
                    "stage of bijbaantjes.",
     "tags": ["jongeren", "gamen", "tafeltennis", "muziek", "vrienden"], "kern": "Dalfsen",
     "schedule": ["fri-eve"], "min_dutch_level": None, "host_languages": ["nl", "en"],
     "capacity": 15, "women_only": False, "age_min": 12, "age_max": 23,
     "childcare": False, "cost_eur": 0, "language_rich": True,
     "contact_name": "Femke Haverkamp", "contact_email": "jongerenwerk@saamwelzijn.example",
     "contact_phone": "06-12345617", "duration_weeks": None, "hours_per_week": 3,
     "start_in_days": None, "status": "published"},
    {"organisation": "saam-welzijn", "kind": "aanbod", "type": "cultuur",
     "title": "Creatief café: tekenen en schilderen",
     "description": "Op maandagavond tekenen en schilderen we met een groep inwoners onder "
                    "begeleiding van een kunstenares. Materiaal is er, je hoeft niets te kunnen. "
                    "Praten gaat vanzelf aan de grote tafel.",
     "tags": ["tekenen", "schilderen", "kunst", "creatief"], "kern": "Dalfsen",
     "schedule": ["mon-eve"], "min_dutch_level": None, "host_languages": ["nl"],
     "capacity": 5, "women_only": False, "age_min": 16, "age_max": None,
     "childcare": False, "cost_eur": 5, "language_rich": True,
     "contact_name": "Annelies Veldman", "contact_email": "info@saamwelzijn.example",
     "contact_phone": None, "duration_weeks": None, "hours_per_week": 2,
     "start_in_days": None, "status": "published"},
    {"organisation": "vluchtelingenwerk-dalfsen", "kind": "vraag", "type": "maatje",
     "title": "Wie helpt een jong gezin wegwijs in Dalfsen?",
     "description": "Een Eritrees gezin met drie kleine kinderen woont sinds kort in Dalfsen. Wie "
                    "gaat een paar keer mee naar het consultatiebureau, de markt en de speeltuin, "
                    "en drinkt daarna een kop koffie? Moeder wil graag een vrouwelijk maatje.",
     "tags": ["gezin", "wegwijs", "maatje", "moeder", "kinderen"], "kern": "Dalfsen",
     "schedule": ["wed-pm", "sat-am"], "min_dutch_level": None, "host_languages": ["nl", "ti"],
     "capacity": 1, "women_only": True, "age_min": None, "age_max": None,
     "childcare": False, "cost_eur": 0, "language_rich": True,
     "contact_name": "Karin Lubbers", "contact_email": "dalfsen@vluchtelingenwerk.example",
     "contact_phone": "0529-000130", "duration_weeks": 12, "hours_per_week": 2,
     "start_in_days": None, "status": "published"},
    {"organisation": "vluchtelingenwerk-dalfsen", "kind": "aanbod", "type": "cursus",
     "title": "Werken in Nederland: vier avonden over werk en regels",
     "description": "Hoe solliciteer je, wat is een contract, wat betekenen loonstrook en "
                    "proeftijd, en wat mag je verdienen naast een uitkering? Met een werkgever uit "
                    "Dalfsen als gastspreker. Er is een tolk Arabisch en Tigrinya.",
     "tags": ["werk", "solliciteren", "contract", "uitkering", "ONA"], "kern": "Dalfsen",
     "schedule": ["mon-eve"], "min_dutch_level": None, "host_languages": ["nl", "ar", "ti"],
     "capacity": 12, "women_only": False, "age_min": 18, "age_max": None,
     "childcare": False, "cost_eur": 0, "language_rich": False,
     "contact_name": "Karin Lubbers", "contact_email": "dalfsen@vluchtelingenwerk.example",
     "contact_phone": "0529-000130", "duration_weeks": 4, "hours_per_week": 2,
     "start_in_days": 28, "status": "published"},
    {"organisation": "particulier-jan-ria-smit", "kind": "aanbod", "type": "maatje",
     "title": "Samen fietsen en het Vechtdal leren kennen",
     "description": "Wij zijn Jan en Ria, gepensioneerd en veel op de fiets. We nemen je graag mee "
                    "op een fietstocht langs de Vecht en de havezaten, laten je zien waar de "
                    "markt, de huisarts en het zwembad zijn, en drinken na afloop koffie bij ons "
                    "thuis.",
     "tags": ["fietsen", "natuur", "wegwijs", "maatje", "koffie"], "kern": "Dalfsen",
     "schedule": ["sat-pm", "sun-pm"], "min_dutch_level": None, "host_languages": ["nl", "de"],
     "capacity": 2, "women_only": False, "age_min": None, "age_max": None,
     "childcare": False, "cost_eur": 0, "language_rich": True,
     "contact_name": "Ria Smit", "contact_email": "jan.ria.smit@mail.example",
     "contact_phone": "06-12345604", "duration_weeks": None, "hours_per_week": 2,
     "start_in_days": None, "status": "published"},

    # ======================== Kern Nieuwleusen ==============================
    {"organisation": "pkn-nieuwleusen", "kind": "aanbod", "type": "taalcafe",
     "title": "Koffie en Taal in De Ontmoetingskerk",
     "description": "Op dinsdagavond praten we in kleine groepjes over van alles: de kinderen, het "
                    "werk, het weer, de buren. Vrijwilligers uit Nieuwleusen helpen met woorden en "
                    "zinnen. Wie wil, kan na afloop een brief of formulier laten uitleggen.",
     "tags": ["koffie en taal", "praten", "avond", "formulieren"], "kern": "Nieuwleusen",
     "schedule": ["tue-eve"], "min_dutch_level": None, "host_languages": ["nl", "en"],
     "capacity": 15, "women_only": False, "age_min": None, "age_max": None,
     "childcare": False, "cost_eur": 0, "language_rich": True,
     "contact_name": "Gerrit Lenferink", "contact_email": "diaconie@pkn-nieuwleusen.example",
     "contact_phone": "06-12345620", "duration_weeks": None, "hours_per_week": 2,
     "start_in_days": None, "status": "published"},
    {"organisation": "vv-nieuwleusen", "kind": "aanbod", "type": "sport",
     "title": "Een seizoen gratis meetrainen bij JO17 of JO19",
     "description": "Jongens en meiden van 15 tot 19 jaar kunnen een seizoen gratis meetrainen en, "
                    "als het klikt, meespelen in de competitie. Een teamgenoot haalt je de eerste "
                    "keren op. Voetbalschoenen kunnen we lenen uit de kledingbank van de club.",
     "tags": ["voetbal", "jongeren", "team", "training"], "kern": "Nieuwleusen",
     "schedule": ["tue-eve", "thu-eve", "sat-am"], "min_dutch_level": None,
     "host_languages": ["nl", "en"],
     "capacity": 4, "women_only": False, "age_min": 15, "age_max": 19,
     "childcare": False, "cost_eur": 0, "language_rich": True,
     "contact_name": "Dennis Ruitenberg", "contact_email": "jeugd@vvnieuwleusen.example",
     "contact_phone": "06-12345621", "duration_weeks": 40, "hours_per_week": 4,
     "start_in_days": None, "status": "published"},
    {"organisation": "vv-nieuwleusen", "kind": "vraag", "type": "sport",
     "title": "Spelers gezocht voor ons zondag 4-team",
     "description": "Ons vierde elftal komt elke week spelers tekort. Ben je 18 of ouder en speel "
                    "je graag voetbal op niveau 'gezellig'? Je traint op donderdagavond mee en "
                    "speelt op zondagochtend. Na de wedstrijd eten we samen in de kantine. "
                    "Contributie 15 euro per maand.",
     "tags": ["voetbal", "senioren", "team", "kantine"], "kern": "Nieuwleusen",
     "schedule": ["thu-eve", "sun-am"], "min_dutch_level": None, "host_languages": ["nl"],
     "capacity": 3, "women_only": False, "age_min": 18, "age_max": 45,
     "childcare": False, "cost_eur": 15, "language_rich": True,
     "contact_name": "Marco Bolks", "contact_email": "secretariaat@vvnieuwleusen.example",
     "contact_phone": "06-12345622", "duration_weeks": None, "hours_per_week": 3,
     "start_in_days": None, "status": "published"},
    {"organisation": "vv-nieuwleusen", "kind": "aanbod", "type": "vrijwilligerswerk",
     "title": "Vrijwilliger in de kantine en op het veld",
     "description": "Op zaterdag draait de club op vrijwilligers: kantinedienst, ballen oppompen, "
                    "lijnen trekken, de kleedkamers schoonmaken. Je werkt samen met vaste "
                    "vrijwilligers en leert half Nieuwleusen kennen.",
     "tags": ["kantine", "voetbal", "vrijwilliger", "zaterdag"], "kern": "Nieuwleusen",
     "schedule": ["sat-am", "sat-pm"], "min_dutch_level": None, "host_languages": ["nl"],
     "capacity": 3, "women_only": False, "age_min": 16, "age_max": None,
     "childcare": False, "cost_eur": 0, "language_rich": True,
     "contact_name": "Marco Bolks", "contact_email": "secretariaat@vvnieuwleusen.example",
     "contact_phone": "06-12345622", "duration_weeks": None, "hours_per_week": 4,
     "start_in_days": None, "status": "published"},
    {"organisation": "smon-welzijn", "kind": "aanbod", "type": "cultuur",
     "title": "Naaiatelier voor vrouwen",
     "description": "Elke woensdagochtend naaien we samen: kleding vermaken, gordijnen, tassen of "
                    "iets voor de kinderen. Er zijn naaimachines en stof; ervaren naaisters zijn "
                    "van harte welkom om anderen te helpen. Je kleine kinderen spelen in de kamer "
                    "ernaast met een oppas.",
     "tags": ["naaien", "kleding", "vrouwen", "naaimachine", "handwerk"], "kern": "Nieuwleusen",
     "schedule": ["wed-am"], "min_dutch_level": None, "host_languages": ["nl"],
     "capacity": 6, "women_only": True, "age_min": 16, "age_max": None,
     "childcare": True, "cost_eur": 0, "language_rich": True,
     "contact_name": "Jannie Hulleman", "contact_email": "naaiatelier@smon.example",
     "contact_phone": "06-12345623", "duration_weeks": None, "hours_per_week": 3,
     "start_in_days": None, "status": "published"},
    {"organisation": "smon-welzijn", "kind": "aanbod", "type": "ontmoeting",
     "title": "Eten met de buurt in Nieuwleusen",
     "description": "Om de maand koken vrijwilligers en nieuwe inwoners samen en schuiven zestig "
                    "dorpsgenoten aan. Wil je helpen koken, dan ben je om drie uur welkom in de "
                    "keuken; eten is om zes uur. Bijdrage 2,50 euro, kinderen gratis.",
     "tags": ["koken", "eten", "buurt", "ontmoeten"], "kern": "Nieuwleusen",
     "schedule": ["sat-pm", "sat-eve"], "min_dutch_level": None, "host_languages": ["nl"],
     "capacity": 20, "women_only": False, "age_min": None, "age_max": None,
     "childcare": False, "cost_eur": 2.5, "language_rich": True,
     "contact_name": "Jannie Hulleman", "contact_email": "info@smon.example",
     "contact_phone": "0529-000150", "duration_weeks": None, "hours_per_week": 4,
     "start_in_days": None, "status": "published"},
    {"organisation": "supermarkt-nieuwleusen", "kind": "aanbod", "type": "taalstage",
     "title": "Taalstage in de supermarkt: vakken vullen en klanten helpen",
     "description": "Drie maanden lang, drie dagdelen per week: je vult vakken, controleert "
                    "houdbaarheid, helpt bij de broodafdeling en wijst klanten de weg. Een vaste "
                    "collega is je werkbegeleider. Na de taalstage kan een bijbaan volgen.",
     "tags": ["supermarkt", "winkel", "detailhandel", "klanten", "vakkenvullen"],
     "kern": "Nieuwleusen",
     "schedule": ["wed-am", "fri-am", "sat-am"], "min_dutch_level": "A2", "host_languages": ["nl"],
     "capacity": 2, "women_only": False, "age_min": 16, "age_max": None,
     "childcare": False, "cost_eur": 0, "language_rich": True,
     "contact_name": "Linda ten Hove", "contact_email": "personeel@tenhove-supermarkt.example",
     "contact_phone": "0529-000300", "duration_weeks": 13, "hours_per_week": 10,
     "start_in_days": 14, "status": "published"},
    {"organisation": "supermarkt-nieuwleusen", "kind": "aanbod", "type": "werkervaringsplek",
     "title": "Werkervaringsplek magazijn en ontvangst",
     "description": "Voor wie al een taalstage heeft gedaan: vier ochtenden per week in het "
                    "magazijn goederen ontvangen, rolcontainers klaarzetten en de afdelingen "
                    "aanvullen. Met uitzicht op een contract als het goed gaat.",
     "tags": ["magazijn", "logistiek", "supermarkt", "werk"], "kern": "Nieuwleusen",
     "schedule": ["mon-am", "wed-am", "fri-am", "sat-am"], "min_dutch_level": "A2",
     "host_languages": ["nl"],
     "capacity": 1, "women_only": False, "age_min": 18, "age_max": None,
     "childcare": False, "cost_eur": 0, "language_rich": True,
     "contact_name": "Linda ten Hove", "contact_email": "personeel@tenhove-supermarkt.example",
     "contact_phone": "0529-000300", "duration_weeks": 26, "hours_per_week": 16,
     "start_in_days": 45, "status": "published"},
    {"organisation": "metaal-rollepaal", "kind": "aanbod", "type": "taalstage",
     "title": "Taalstage in de metaalwerkplaats",
     "description": "Ervaring met lassen, slijpen of plaatwerk? Je werkt twee dagdelen per week "
                    "mee in de werkplaats naast een ervaren vakman en leert de Nederlandse "
                    "vakwoorden en veiligheidsregels. Veiligheidsschoenen en kleding worden "
                    "verstrekt.",
     "tags": ["metaal", "lassen", "techniek", "werkplaats", "constructie"], "kern": "Nieuwleusen",
     "schedule": ["wed-am", "fri-am"], "min_dutch_level": "A1", "host_languages": ["nl", "de"],
     "capacity": 2, "women_only": False, "age_min": 18, "age_max": None,
     "childcare": False, "cost_eur": 0, "language_rich": True,
     "contact_name": "Richard Bosman", "contact_email": "hr@metaal-rollepaal.example",
     "contact_phone": "0529-000370", "duration_weeks": 13, "hours_per_week": 8,
     "start_in_days": 30, "status": "pending"},
    {"organisation": "particulier-gerda-vos", "kind": "aanbod", "type": "taalcoach",
     "title": "Taalcoach aan huis, ook voor beginners",
     "description": "Ik ben Gerda, oud-juf van de basisschool. Ik kom graag een avond per week bij "
                    "je langs om te oefenen met praten en lezen, met plaatjes als dat nodig is. "
                    "Ook wie nog niet goed kan lezen en schrijven is welkom.",
     "tags": ["taalcoach", "lezen", "schrijven", "alfabetisering", "beginners"],
     "kern": "Nieuwleusen",
     "schedule": ["tue-eve", "thu-eve"], "min_dutch_level": None, "host_languages": ["nl"],
     "capacity": 1, "women_only": False, "age_min": None, "age_max": None,
     "childcare": False, "cost_eur": 0, "language_rich": True,
     "contact_name": "Gerda Vos", "contact_email": "gerda.vos@mail.example",
     "contact_phone": "06-12345601", "duration_weeks": None, "hours_per_week": 1,
     "start_in_days": None, "status": "published"},
    {"organisation": "taalpunt-dalfsen", "kind": "aanbod", "type": "taalcoach",
     "title": "Vrouwelijke taalcoach voor vrouwen in Nieuwleusen",
     "description": "Voor vrouwen die liever met een vrouw oefenen: een vrijwilligster van het "
                    "Taalpunt komt overdag bij je thuis, terwijl de kinderen op school zijn. "
                    "Jullie oefenen gesprekken met school, de huisarts en de winkel.",
     "tags": ["taalcoach", "vrouwen", "thuis", "spreken"], "kern": "Nieuwleusen",
     "schedule": ["wed-am", "fri-am"], "min_dutch_level": None, "host_languages": ["nl", "en"],
     "capacity": 2, "women_only": True, "age_min": None, "age_max": None,
     "childcare": False, "cost_eur": 0, "language_rich": True,
     "contact_name": "Ingrid Hulsman", "contact_email": "ingrid@taalpunt-dalfsen.example",
     "contact_phone": "0529-000120", "duration_weeks": 52, "hours_per_week": 1,
     "start_in_days": None, "status": "published"},
    {"organisation": "bibliotheek-dalfsen", "kind": "aanbod", "type": "cursus",
     "title": "Klik & Tik: beginnen met computer en telefoon",
     "description": "Voor wie nog (bijna) nooit een computer heeft gebruikt: muis, toetsenbord, "
                    "e-mail en WhatsApp, stap voor stap en in je eigen tempo. In de bibliotheek "
                    "van Nieuwleusen.",
     "tags": ["computer", "digitaal", "e-mail", "telefoon", "beginners"], "kern": "Nieuwleusen",
     "schedule": ["fri-pm"], "min_dutch_level": None, "host_languages": ["nl"],
     "capacity": 4, "women_only": False, "age_min": 16, "age_max": None,
     "childcare": False, "cost_eur": 0, "language_rich": True,
     "contact_name": "Sandra Mulder", "contact_email": "s.mulder@bibliotheek-vechtdal.example",
     "contact_phone": "0529-000170", "duration_weeks": 6, "hours_per_week": 2,
     "start_in_days": 18, "status": "published"},
    {"organisation": "buurtsportcoaches-dalfsen", "kind": "aanbod", "type": "sport",
     "title": "Bewegen voor vrouwen in de gymzaal",
     "description": "Een uur sporten onder leiding van een vrouwelijke buurtsportcoach: conditie, "
                    "spelletjes en ontspanning, op je eigen niveau. De gymzaal is dan alleen voor "
                    "vrouwen. Peuters en baby's worden opgevangen in de ruimte ernaast.",
     "tags": ["sport", "bewegen", "vrouwen", "conditie", "gezondheid"], "kern": "Nieuwleusen",
     "schedule": ["mon-pm"], "min_dutch_level": None, "host_languages": ["nl", "en"],
     "capacity": 10, "women_only": True, "age_min": 16, "age_max": None,
     "childcare": True, "cost_eur": 0, "language_rich": True,
     "contact_name": "Esther Klaassen", "contact_email": "buurtsportcoach@dalfsen.example",
     "contact_phone": "06-12345624", "duration_weeks": None, "hours_per_week": 1,
     "start_in_days": None, "status": "published"},
    {"organisation": "vluchtelingenwerk-dalfsen", "kind": "vraag", "type": "maatje",
     "title": "Wie wil deze jongeman bij de voetbal op sleeptouw nemen?",
     "description": "Omar (19) woont sinds een half jaar in Nieuwleusen, speelt goed voetbal en "
                    "verveelt zich op zaterdag. Wie neemt hem een paar keer mee naar de training "
                    "of een wedstrijd van VV Nieuwleusen en stelt hem voor aan de trainer?",
     "tags": ["voetbal", "jongeren", "maatje", "vereniging"], "kern": "Nieuwleusen",
     "schedule": ["sat-am", "sat-pm"], "min_dutch_level": None, "host_languages": ["nl", "ar"],
     "capacity": 1, "women_only": False, "age_min": None, "age_max": None,
     "childcare": False, "cost_eur": 0, "language_rich": True,
     "contact_name": "Karin Lubbers", "contact_email": "dalfsen@vluchtelingenwerk.example",
     "contact_phone": "0529-000130", "duration_weeks": 8, "hours_per_week": 2,
     "start_in_days": None, "status": "published"},
    {"organisation": "smon-welzijn", "kind": "aanbod", "type": "vrijwilligerswerk",
     "title": "Chauffeur of bijrijder voor de buurtbus",
     "description": "De buurtbus brengt ouderen naar de huisarts, de markt en familie. Met een "
                    "Nederlands of omgewisseld rijbewijs kun je chauffeur worden; zonder rijbewijs "
                    "ben je welkom als bijrijder die helpt met in- en uitstappen.",
     "tags": ["rijden", "chauffeur", "ouderen", "vervoer", "rijbewijs"], "kern": "Nieuwleusen",
     "schedule": ["wed-am", "fri-am", "fri-pm"], "min_dutch_level": "A2", "host_languages": ["nl"],
     "capacity": 2, "women_only": False, "age_min": 18, "age_max": None,
     "childcare": False, "cost_eur": 0, "language_rich": True,
     "contact_name": "Jannie Hulleman", "contact_email": "info@smon.example",
     "contact_phone": "0529-000150", "duration_weeks": None, "hours_per_week": 4,
     "start_in_days": None, "status": "published"},

    # ======================== Kern Lemelerveld ==============================
    {"organisation": "kerk-lemelerveld", "kind": "aanbod", "type": "taalcafe",
     "title": "Koffie en Taal Lemelerveld",
     "description": "Op maandagochtend in het parochiehuis: koffie, thee en een praatje in het "
                    "Nederlands met vrijwilligers uit beide kerken. We lezen soms samen de krant "
                    "of oefenen een gesprek met de school. Je kleine kinderen mogen mee, er is "
                    "speelgoed.",
     "tags": ["koffie en taal", "praten", "krant", "kinderen welkom"], "kern": "Lemelerveld",
     "schedule": ["mon-am"], "min_dutch_level": None, "host_languages": ["nl"],
     "capacity": 12, "women_only": False, "age_min": None, "age_max": None,
     "childcare": True, "cost_eur": 0, "language_rich": True,
     "contact_name": "Truus Spijkerman", "contact_email": "samen@kerken-lemelerveld.example",
     "contact_phone": "06-12345630", "duration_weeks": None, "hours_per_week": 2,
     "start_in_days": None, "status": "published"},
    {"organisation": "kerk-lemelerveld", "kind": "aanbod", "type": "huiswerkbegeleiding",
     "title": "Huiswerkhulp voor basisschoolkinderen",
     "description": "Op woensdagmiddag helpen vrijwilligers kinderen van groep 4 tot 8 met lezen, "
                    "rekenen en spreekbeurten. Ouders zijn welkom om te blijven en mee te kijken.",
     "tags": ["huiswerk", "kinderen", "basisschool", "lezen", "rekenen"], "kern": "Lemelerveld",
     "schedule": ["wed-pm"], "min_dutch_level": None, "host_languages": ["nl"],
     "capacity": 6, "women_only": False, "age_min": None, "age_max": None,
     "childcare": False, "cost_eur": 0, "language_rich": True,
     "contact_name": "Truus Spijkerman", "contact_email": "samen@kerken-lemelerveld.example",
     "contact_phone": "06-12345630", "duration_weeks": None, "hours_per_week": 2,
     "start_in_days": None, "status": "published"},
    {"organisation": "bakkerij-lemelerveld", "kind": "aanbod", "type": "taalstage",
     "title": "Taalstage in de bakkerswinkel en bakkerij",
     "description": "Op vrijdag- en zaterdagochtend help je in de winkel: brood snijden en "
                    "inpakken, klanten helpen, de vitrine bijvullen. Wie bakkerservaring heeft, "
                    "kan ook mee in de bakkerij (vroeg beginnen!). Twaalf weken, met een evaluatie "
                    "halverwege.",
     "tags": ["bakkerij", "winkel", "brood", "klanten", "detailhandel"], "kern": "Lemelerveld",
     "schedule": ["fri-am", "sat-am"], "min_dutch_level": "A2", "host_languages": ["nl"],
     "capacity": 1, "women_only": False, "age_min": 16, "age_max": None,
     "childcare": False, "cost_eur": 0, "language_rich": True,
     "contact_name": "Anton Wolters", "contact_email": "bakker@bakkerijwolters.example",
     "contact_phone": "0572-000340", "duration_weeks": 12, "hours_per_week": 8,
     "start_in_days": 5, "status": "published"},
    {"organisation": "zorgcentrum-lemelerveld", "kind": "aanbod", "type": "taalstage",
     "title": "Taalstage in de zorg: helpen bij activiteiten en maaltijd",
     "description": "In het ontmoetingscentrum help je bij het koffiemoment, de warme lunch en "
                    "activiteiten zoals zingen, bewegen en spelletjes met ouderen met dementie. "
                    "Rustig praten en geduld zijn belangrijker dan perfect Nederlands. Drie "
                    "maanden, eventueel drie maanden verlengen.",
     "tags": ["zorg", "ouderen", "dementie", "activiteiten", "verzorging"], "kern": "Lemelerveld",
     "schedule": ["wed-am", "wed-pm", "fri-am"], "min_dutch_level": "A2", "host_languages": ["nl"],
     "capacity": 2, "women_only": False, "age_min": 18, "age_max": None,
     "childcare": False, "cost_eur": 0, "language_rich": True,
     "contact_name": "Marloes Geertsema", "contact_email": "info@lemelerhof.example",
     "contact_phone": "0572-000330", "duration_weeks": 13, "hours_per_week": 10,
     "start_in_days": 21, "status": "published"},
    {"organisation": "logistiek-lemelerveld", "kind": "aanbod", "type": "werkervaringsplek",
     "title": "Orderpicken en inpakken in het distributiecentrum",
     "description": "Je pakt bestellingen voor webwinkels in volgens een scanner en plakt de "
                    "labels. Het werk is eenvoudig en de instructie is met plaatjes. Er werken "
                    "veel nieuwkomers, de teamleider spreekt Arabisch; je spreekt dus niet veel "
                    "Nederlands op de vloer.",
     "tags": ["logistiek", "inpakken", "magazijn", "productie", "scanner"], "kern": "Lemelerveld",
     "schedule": ["mon-pm", "tue-pm", "wed-pm", "thu-pm", "fri-pm"], "min_dutch_level": None,
     "host_languages": ["nl", "ar", "en"],
     "capacity": 5, "women_only": False, "age_min": 18, "age_max": None,
     "childcare": False, "cost_eur": 0, "language_rich": False,
     "contact_name": "Samir Haddad", "contact_email": "jobs@kanaalzicht-logistiek.example",
     "contact_phone": "0572-000390", "duration_weeks": 26, "hours_per_week": 20,
     "start_in_days": 7, "status": "published"},
    {"organisation": "logistiek-lemelerveld", "kind": "aanbod", "type": "werkervaringsplek",
     "title": "Heftruckcertificaat halen en meewerken in de expeditie",
     "description": "Je haalt in vier weken het heftruckcertificaat en werkt daarna vijf maanden "
                    "mee in de expeditie: laden, lossen en de voorraad bijhouden. Deze groep is "
                    "vol; aanmelden voor de volgende ronde kan bij de consulent.",
     "tags": ["heftruck", "logistiek", "certificaat", "magazijn", "rijden"], "kern": "Lemelerveld",
     "schedule": ["mon-am", "tue-am", "wed-am", "thu-am", "fri-am"], "min_dutch_level": "A2",
     "host_languages": ["nl"],
     "capacity": 0, "women_only": False, "age_min": 18, "age_max": None,
     "childcare": False, "cost_eur": 0, "language_rich": True,
     "contact_name": "Samir Haddad", "contact_email": "jobs@kanaalzicht-logistiek.example",
     "contact_phone": "0572-000390", "duration_weeks": 24, "hours_per_week": 24,
     "start_in_days": -20, "status": "published"},
    {"organisation": "volleybal-lemelerveld", "kind": "aanbod", "type": "sport",
     "title": "Volleybalgroep op maandagavond",
     "description": "Een gemengde recreantengroep van inwoners en statushouders volleybalt elke "
                    "maandagavond in sporthal De Koppel. De eerste drie keer zijn gratis, daarna "
                    "is de contributie 15 euro per maand (vergoeding via de gemeente is mogelijk).",
     "tags": ["volleybal", "sport", "recreanten", "team"], "kern": "Lemelerveld",
     "schedule": ["mon-eve"], "min_dutch_level": None, "host_languages": ["nl", "en"],
     "capacity": 5, "women_only": False, "age_min": 16, "age_max": None,
     "childcare": False, "cost_eur": 15, "language_rich": True,
     "contact_name": "Mirjam Nijenhuis", "contact_email": "info@volleybal-lemelerveld.example",
     "contact_phone": "06-12345631", "duration_weeks": None, "hours_per_week": 2,
     "start_in_days": None, "status": "published"},
    {"organisation": "muziekvereniging-lemelerveld", "kind": "aanbod", "type": "cultuur",
     "title": "Open muziekavond in het Kulturhus",
     "description": "Speel je gitaar, oed, krar, drums of zing je graag? Op de open muziekavond "
                    "spelen leden en gasten samen, van Nederlandse liedjes tot muziek uit andere "
                    "landen. Instrumenten kun je lenen. Lid worden kan later, voor 10 euro per "
                    "maand.",
     "tags": ["muziek", "zingen", "instrument", "gitaar", "oud", "krar"], "kern": "Lemelerveld",
     "schedule": ["thu-eve"], "min_dutch_level": None, "host_languages": ["nl", "en"],
     "capacity": 6, "women_only": False, "age_min": 12, "age_max": None,
     "childcare": False, "cost_eur": 10, "language_rich": True,
     "contact_name": "Bennie Scholten", "contact_email": "info@concordia-lemelerveld.example",
     "contact_phone": "06-12345632", "duration_weeks": None, "hours_per_week": 2,
     "start_in_days": None, "status": "published"},
    {"organisation": "saam-welzijn", "kind": "aanbod", "type": "ontmoeting",
     "title": "Eten met de buurt in het Kulturhus Lemelerveld",
     "description": "Samen koken en eten met dorpsgenoten, elke tweede zondag van de maand. Deze "
                    "keer koken Syrische en Eritrese vrouwen samen met de plattelandsvrouwen. "
                    "Kinderen eten mee.",
     "tags": ["koken", "eten", "buurt", "ontmoeten", "Kulturhus"], "kern": "Lemelerveld",
     "schedule": ["sun-pm", "sun-eve"], "min_dutch_level": None,
     "host_languages": ["nl", "ar", "ti"],
     "capacity": 20, "women_only": False, "age_min": None, "age_max": None,
     "childcare": False, "cost_eur": 2.5, "language_rich": True,
     "contact_name": "Mohammed Alkurdi", "contact_email": "bruggenbouwer@saamwelzijn.example",
     "contact_phone": "06-12345616", "duration_weeks": None, "hours_per_week": 3,
     "start_in_days": None, "status": "published"},
    {"organisation": "vluchtelingenwerk-dalfsen", "kind": "aanbod", "type": "cursus",
     "title": "Fietsles voor vrouwen",
     "description": "Nog nooit gefietst of bang om te vallen? In zes lessen leer je op een rustig "
                    "plein fietsen, met vrouwelijke vrijwilligers die naast je lopen. Daarna "
                    "oefenen we samen op de weg. Kinderen worden opgevangen. Je kunt een fiets "
                    "lenen.",
     "tags": ["fietsles", "fietsen", "vrouwen", "verkeer", "zelfstandig"], "kern": "Lemelerveld",
     "schedule": ["sat-am"], "min_dutch_level": None, "host_languages": ["nl", "ti"],
     "capacity": 6, "women_only": True, "age_min": 16, "age_max": None,
     "childcare": True, "cost_eur": 0, "language_rich": False,
     "contact_name": "Astrid Veneklaas", "contact_email": "dalfsen@vluchtelingenwerk.example",
     "contact_phone": "06-12345633", "duration_weeks": 6, "hours_per_week": 2,
     "start_in_days": 25, "status": "published"},
    {"organisation": "taalpunt-dalfsen", "kind": "aanbod", "type": "taalcoach",
     "title": "Taalcoach in Lemelerveld voor werkenden",
     "description": "Werk je al of heb je een taalstage? Een taalcoach oefent in de avond met de "
                    "woorden en gesprekken die je op je werk nodig hebt, zoals een ziekmelding of "
                    "een werkoverleg.",
     "tags": ["taalcoach", "werk", "vaktaal", "avond"], "kern": "Lemelerveld",
     "schedule": ["mon-eve", "wed-eve"], "min_dutch_level": "A1", "host_languages": ["nl"],
     "capacity": 2, "women_only": False, "age_min": 18, "age_max": None,
     "childcare": False, "cost_eur": 0, "language_rich": True,
     "contact_name": "Ingrid Hulsman", "contact_email": "ingrid@taalpunt-dalfsen.example",
     "contact_phone": "0529-000120", "duration_weeks": 26, "hours_per_week": 1,
     "start_in_days": None, "status": "published"},
    {"organisation": "particulier-henk-bosch", "kind": "aanbod", "type": "maatje",
     "title": "Fietsmaatje: samen toeren en sleutelen",
     "description": "Ik ben Henk, oud-automonteur. Ik fiets elke zondagochtend een tocht van 40 "
                    "kilometer met de toerclub en neem je graag mee. Heb je een fiets die stuk is, "
                    "dan repareren we die eerst samen in mijn schuur.",
     "tags": ["fietsen", "toerclub", "sleutelen", "techniek", "maatje"], "kern": "Lemelerveld",
     "schedule": ["sun-am", "sat-pm"], "min_dutch_level": None, "host_languages": ["nl"],
     "capacity": 1, "women_only": False, "age_min": 16, "age_max": None,
     "childcare": False, "cost_eur": 0, "language_rich": True,
     "contact_name": "Henk Bosch", "contact_email": "henk.bosch@mail.example",
     "contact_phone": "06-12345602", "duration_weeks": None, "hours_per_week": 3,
     "start_in_days": None, "status": "published"},
    {"organisation": "particulier-henk-bosch", "kind": "aanbod", "type": "maatje",
     "title": "Samen tuinieren op de volkstuin",
     "description": "Op mijn volkstuin is ruimte voor een tweede tuinder. We zaaien, wieden en "
                    "oogsten samen; de groente deel je mee. Ook leuk voor wie thuis een boerderij "
                    "of moestuin had.",
     "tags": ["tuinieren", "moestuin", "groente", "buiten", "landbouw"], "kern": "Lemelerveld",
     "schedule": ["sat-am"], "min_dutch_level": None, "host_languages": ["nl"],
     "capacity": 1, "women_only": False, "age_min": None, "age_max": None,
     "childcare": False, "cost_eur": 0, "language_rich": True,
     "contact_name": "Henk Bosch", "contact_email": "henk.bosch@mail.example",
     "contact_phone": "06-12345602", "duration_weeks": None, "hours_per_week": 3,
     "start_in_days": 60, "status": "draft"},

    # ======================== Kern Hoonhorst ================================
    {"organisation": "hovenier-hoonhorst", "kind": "aanbod", "type": "werkervaringsplek",
     "title": "Meewerken als hovenier in het Vechtdal",
     "description": "Je gaat met een ploeg van twee of drie hoveniers mee naar tuinen en "
                    "landgoederen: snoeien, bestraten, planten en gras maaien. Je wordt om half "
                    "acht opgehaald bij de kerk in Hoonhorst. Ervaring in de landbouw of tuinbouw "
                    "is mooi meegenomen.",
     "tags": ["hovenier", "tuin", "groen", "buiten", "landbouw", "bestraten"], "kern": "Hoonhorst",
     "schedule": ["wed-am", "wed-pm", "fri-am", "fri-pm"], "min_dutch_level": None,
     "host_languages": ["nl"],
     "capacity": 2, "women_only": False, "age_min": 18, "age_max": None,
     "childcare": False, "cost_eur": 0, "language_rich": True,
     "contact_name": "Wim Hesselink", "contact_email": "info@groenaandevecht.example",
     "contact_phone": "06-12345640", "duration_weeks": 26, "hours_per_week": 16,
     "start_in_days": 14, "status": "published"},
    {"organisation": "hovenier-hoonhorst", "kind": "aanbod", "type": "taalstage",
     "title": "Taalstage groen: tuinonderhoud op woensdag",
     "description": "Een dag per week meewerken in het tuinonderhoud, met veel uitleg over "
                    "gereedschap en planten. Na twaalf weken kijken we samen of een "
                    "werkervaringsplek de volgende stap is.",
     "tags": ["tuin", "groen", "planten", "buiten"], "kern": "Hoonhorst",
     "schedule": ["wed-am", "wed-pm"], "min_dutch_level": "A1", "host_languages": ["nl"],
     "capacity": 1, "women_only": False, "age_min": 18, "age_max": None,
     "childcare": False, "cost_eur": 0, "language_rich": True,
     "contact_name": "Wim Hesselink", "contact_email": "info@groenaandevecht.example",
     "contact_phone": "06-12345640", "duration_weeks": 12, "hours_per_week": 8,
     "start_in_days": 3, "status": "published"},
    {"organisation": "melkveebedrijf-lenthe", "kind": "aanbod", "type": "werkervaringsplek",
     "title": "Meewerken op een melkveebedrijf",
     "description": "Kalveren voeren, stallen schoonmaken en helpen bij het melken. Je werkt samen "
                    "met de boer en zijn zoon. Het werk begint vroeg, ook op zaterdag. Eigen "
                    "vervoer (fiets) nodig: de boerderij ligt vier kilometer buiten het dorp.",
     "tags": ["boerderij", "koeien", "landbouw", "dieren", "melken"], "kern": "Hoonhorst",
     "schedule": ["wed-am", "fri-am", "sat-am"], "min_dutch_level": None, "host_languages": ["nl"],
     "capacity": 1, "women_only": False, "age_min": 18, "age_max": None,
     "childcare": False, "cost_eur": 0, "language_rich": True,
     "contact_name": "Gerard Kappert", "contact_email": "boerderij@melkvee-lenthe.example",
     "contact_phone": "06-12345641", "duration_weeks": 26, "hours_per_week": 12,
     "start_in_days": 30, "status": "pending"},
    {"organisation": "anjerpunt-hoonhorst", "kind": "aanbod", "type": "ontmoeting",
     "title": "Dorpsmaaltijd in het Anjerpunt",
     "description": "Elke eerste vrijdag van de maand eten dorpsgenoten samen in het Anjerpunt, "
                    "voor 7 euro inclusief toetje. Nieuwe inwoners eten de eerste keer gratis mee "
                    "en worden aan een tafel met buren gezet.",
     "tags": ["eten", "dorp", "ontmoeten", "buren"], "kern": "Hoonhorst",
     "schedule": ["fri-eve"], "min_dutch_level": None, "host_languages": ["nl"],
     "capacity": 8, "women_only": False, "age_min": None, "age_max": None,
     "childcare": False, "cost_eur": 7, "language_rich": True,
     "contact_name": "Hennie Nijkamp", "contact_email": "info@anjerpunt-hoonhorst.example",
     "contact_phone": "0529-000220", "duration_weeks": None, "hours_per_week": 2,
     "start_in_days": None, "status": "published"},
    {"organisation": "anjerpunt-hoonhorst", "kind": "aanbod", "type": "vrijwilligerswerk",
     "title": "Helpen bij dorpsfeesten en het Sproeifeest",
     "description": "Tent opbouwen, tafels klaarzetten, achter de bar of bij de kinderspelen: bij "
                    "elk feest in Hoonhorst zijn handen nodig. Je werkt mee met jongeren en "
                    "ouderen uit het dorp.",
     "tags": ["vrijwilliger", "feest", "opbouwen", "dorp", "bar"], "kern": "Hoonhorst",
     "schedule": ["sat-am", "sat-pm", "sat-eve"], "min_dutch_level": None, "host_languages": ["nl"],
     "capacity": 4, "women_only": False, "age_min": 16, "age_max": None,
     "childcare": False, "cost_eur": 0, "language_rich": True,
     "contact_name": "Hennie Nijkamp", "contact_email": "info@anjerpunt-hoonhorst.example",
     "contact_phone": "0529-000220", "duration_weeks": None, "hours_per_week": 4,
     "start_in_days": None, "status": "published"},
    {"organisation": "particulier-marieke-kamphuis", "kind": "aanbod", "type": "taalcoach",
     "title": "Taalcoach aan de keukentafel",
     "description": "Ik ben Marieke en werk in de thuiszorg. Op maandag- of donderdagavond kom je "
                    "bij ons thuis aan de keukentafel oefenen, vaak met de kinderen erbij. Vooral "
                    "fijn voor wie in de zorg wil werken: ik vertel graag over mijn werk.",
     "tags": ["taalcoach", "zorg", "gezin", "spreken"], "kern": "Hoonhorst",
     "schedule": ["mon-eve", "thu-eve"], "min_dutch_level": None,
     "host_languages": ["nl", "en", "de"],
     "capacity": 1, "women_only": False, "age_min": None, "age_max": None,
     "childcare": False, "cost_eur": 0, "language_rich": True,
     "contact_name": "Marieke Kamphuis", "contact_email": "marieke.kamphuis@mail.example",
     "contact_phone": "06-12345603", "duration_weeks": None, "hours_per_week": 1,
     "start_in_days": None, "status": "published"},

    # ======================== Gemeente Nijkerk ==============================
    {"organisation": "vluchtelingenwerk-nijkerk", "kind": "vraag", "type": "maatje",
     "title": "Wie neemt een jongen van 18 mee naar de voetbal?",
     "description": "Ahmad (18) uit Afghanistan woont in Nijkerk, speelt voetbal en cricket en wil "
                    "graag bij een club. Wie gaat een paar keer met hem mee naar een training en "
                    "helpt met de inschrijving? Ahmad spreekt Dari en wat Engels.",
     "tags": ["voetbal", "cricket", "jongeren", "maatje", "vereniging"], "kern": "Nijkerk",
     "schedule": ["wed-eve", "sat-am"], "min_dutch_level": None, "host_languages": ["nl", "fa"],
     "capacity": 1, "women_only": False, "age_min": None, "age_max": None,
     "childcare": False, "cost_eur": 0, "language_rich": True,
     "contact_name": "Petra van den Brink", "contact_email": "nijkerk@vluchtelingenwerk.example",
     "contact_phone": "033-0000410", "duration_weeks": 8, "hours_per_week": 2,
     "start_in_days": None, "status": "published"},
    {"organisation": "sigma-nijkerk", "kind": "aanbod", "type": "maatje",
     "title": "Maatjesproject: een maatje met dezelfde interesse",
     "description": "We koppelen je aan een inwoner van Nijkerk met wie je iets deelt: een studie, "
                    "een hobby, een sport of een gezin met kinderen van dezelfde leeftijd. Jullie "
                    "spreken een half jaar lang elke week of om de week af en bouwen zo aan je "
                    "netwerk.",
     "tags": ["maatje", "netwerk", "hobby", "studie", "gezin"], "kern": "Nijkerk",
     "schedule": [], "min_dutch_level": None, "host_languages": ["nl", "en"],
     "capacity": 8, "women_only": False, "age_min": 16, "age_max": None,
     "childcare": False, "cost_eur": 0, "language_rich": True,
     "contact_name": "Sanne de Graaf", "contact_email": "maatjes@sigma-nijkerk.example",
     "contact_phone": "033-0000420", "duration_weeks": 26, "hours_per_week": 2,
     "start_in_days": None, "status": "published"},
    {"organisation": "sigma-nijkerk", "kind": "aanbod", "type": "sport",
     "title": "LifeGoals: sporten met een persoonlijk doel",
     "description": "Twaalf weken sporten in een groep onder leiding van een coach, elke "
                    "dinsdagavond. Vooraf bepaal je je eigen doel, zoals fitter worden, beter "
                    "slapen of een club vinden. Daarna helpen we je doorstromen naar een gewone "
                    "sportvereniging.",
     "tags": ["sport", "coaching", "doelen", "gezondheid", "jongeren"], "kern": "Nijkerk",
     "schedule": ["tue-eve"], "min_dutch_level": None, "host_languages": ["nl", "en"],
     "capacity": 6, "women_only": False, "age_min": 16, "age_max": 30,
     "childcare": False, "cost_eur": 0, "language_rich": True,
     "contact_name": "Joost Verhoef", "contact_email": "lifegoals@sigma-nijkerk.example",
     "contact_phone": "06-12345650", "duration_weeks": 12, "hours_per_week": 2,
     "start_in_days": 16, "status": "published"},
    {"organisation": "bibliotheek-nijkerk", "kind": "aanbod", "type": "taalcafe",
     "title": "Taalcafé in het Taalhuis Nijkerk",
     "description": "Elke donderdagavond oefenen we Nederlands in groepjes van vier met een "
                    "vrijwilliger. Daarna is er tijd voor vragen over brieven en formulieren.",
     "tags": ["taalcafe", "praten", "formulieren", "avond"], "kern": "Nijkerk",
     "schedule": ["thu-eve"], "min_dutch_level": None, "host_languages": ["nl", "en"],
     "capacity": 16, "women_only": False, "age_min": None, "age_max": None,
     "childcare": False, "cost_eur": 0, "language_rich": True,
     "contact_name": "Marjolein Post", "contact_email": "taalhuis@bibliotheek-nijkerk.example",
     "contact_phone": "033-0000430", "duration_weeks": None, "hours_per_week": 2,
     "start_in_days": None, "status": "published"},
    {"organisation": "bibliotheek-nijkerk", "kind": "aanbod", "type": "cursus",
     "title": "Digisterker voorjaar",
     "description": "Vier lessen over DigiD, Mijn Overheid en de Belastingdienst. Deze cursus is "
                    "afgelopen; de najaarsgroep wordt binnenkort aangekondigd.",
     "tags": ["digitaal", "DigiD", "computer", "overheid"], "kern": "Nijkerk",
     "schedule": ["fri-am"], "min_dutch_level": "A1", "host_languages": ["nl"],
     "capacity": 0, "women_only": False, "age_min": 18, "age_max": None,
     "childcare": False, "cost_eur": 0, "language_rich": True,
     "contact_name": "Marjolein Post", "contact_email": "taalhuis@bibliotheek-nijkerk.example",
     "contact_phone": "033-0000430", "duration_weeks": 4, "hours_per_week": 2,
     "start_in_days": -90, "status": "closed"},
    {"organisation": "gemeente-nijkerk", "kind": "aanbod", "type": "cursus",
     "title": "Budgetcursus: rondkomen in Nederland",
     "description": "Aan het eind van de ontzorgperiode ga je zelf je vaste lasten betalen. In "
                    "vijf lessen leer je een begroting maken, toeslagen aanvragen en schulden "
                    "voorkomen. Met een tolk Arabisch en Tigrinya en voorbeelden uit het echte "
                    "leven.",
     "tags": ["geld", "budget", "toeslagen", "schulden", "ontzorgen"], "kern": "Nijkerk",
     "schedule": ["wed-pm"], "min_dutch_level": None, "host_languages": ["nl", "ar", "ti"],
     "capacity": 10, "women_only": False, "age_min": 18, "age_max": None,
     "childcare": False, "cost_eur": 0, "language_rich": False,
     "contact_name": "Rianne Hoogland", "contact_email": "werkeninkomen@nijkerk.example",
     "contact_phone": "033-0000400", "duration_weeks": 5, "hours_per_week": 2,
     "start_in_days": 10, "status": "published"},
    {"organisation": "gemeente-nijkerk", "kind": "aanbod", "type": "werkervaringsplek",
     "title": "Werkervaringsplek op de gemeentewerf",
     "description": "Meewerken in de werkplaats en het onderhoud van de gemeentewerf: kleine "
                    "reparaties, schilderwerk en het onderhoud van bankjes en speeltoestellen.",
     "tags": ["werkplaats", "onderhoud", "techniek", "gemeente"], "kern": "Nijkerk",
     "schedule": ["mon-am", "wed-am", "fri-am"], "min_dutch_level": "A1", "host_languages": ["nl"],
     "capacity": 2, "women_only": False, "age_min": 18, "age_max": None,
     "childcare": False, "cost_eur": 0, "language_rich": True,
     "contact_name": "Rianne Hoogland", "contact_email": "werkeninkomen@nijkerk.example",
     "contact_phone": None, "duration_weeks": 26, "hours_per_week": 12,
     "start_in_days": 60, "status": "draft"},
    {"organisation": "particulier-ahmad-rasuli", "kind": "aanbod", "type": "taalcoach",
     "title": "Taalcoach die ook Dari spreekt",
     "description": "Ik leerde zelf Nederlands na 2015 en weet hoe moeilijk het is. Op zaterdag "
                    "oefen ik graag met Dari- en Farsi-sprekers: eerst in het Nederlands, en als "
                    "iets niet lukt, leg ik het uit in het Dari. Ook vragen over werk en opleiding "
                    "zijn welkom.",
     "tags": ["taalcoach", "Dari", "Farsi", "werk", "opleiding"], "kern": "Nijkerk",
     "schedule": ["sat-pm", "sun-pm"], "min_dutch_level": None,
     "host_languages": ["nl", "fa", "en"],
     "capacity": 2, "women_only": False, "age_min": 16, "age_max": None,
     "childcare": False, "cost_eur": 0, "language_rich": True,
     "contact_name": "Ahmad Rasuli", "contact_email": "ahmad.rasuli@mail.example",
     "contact_phone": "06-12345605", "duration_weeks": None, "hours_per_week": 2,
     "start_in_days": None, "status": "pending"},
    {"organisation": "zorgcentrum-hoevelaken", "kind": "aanbod", "type": "taalstage",
     "title": "Taalstage verzorging en buurtrestaurant",
     "description": "Twaalf weken, drie dagdelen per week: helpen in het buurtrestaurant, bewoners "
                    "begeleiden naar activiteiten en meekijken met de verzorgenden. Voor wie later "
                    "de opleiding helpende zorg en welzijn wil doen. Evaluatie na zes weken.",
     "tags": ["zorg", "verzorging", "ouderen", "restaurant", "helpende"], "kern": "Hoevelaken",
     "schedule": ["wed-am", "thu-pm", "sat-am"], "min_dutch_level": "A2", "host_languages": ["nl"],
     "capacity": 2, "women_only": False, "age_min": 18, "age_max": None,
     "childcare": False, "cost_eur": 0, "language_rich": True,
     "contact_name": "Els Timmer", "contact_email": "werkenbij@dehoefslag.example",
     "contact_phone": "033-0000450", "duration_weeks": 12, "hours_per_week": 10,
     "start_in_days": 14, "status": "published"},
    {"organisation": "zorgcentrum-hoevelaken", "kind": "aanbod", "type": "vrijwilligerswerk",
     "title": "Koffie schenken en spelletjes met bewoners",
     "description": "Op zondagmiddag schenk je koffie in de huiskamer, doe je een spelletje "
                    "sjoelen of rummikub en maak je een praatje. Een vaste vrijwilliger wijst je "
                    "de weg.",
     "tags": ["ouderen", "koffie", "spelletjes", "zondag"], "kern": "Hoevelaken",
     "schedule": ["sun-pm"], "min_dutch_level": None, "host_languages": ["nl"],
     "capacity": 3, "women_only": False, "age_min": 16, "age_max": None,
     "childcare": False, "cost_eur": 0, "language_rich": True,
     "contact_name": "Els Timmer", "contact_email": "werkenbij@dehoefslag.example",
     "contact_phone": "033-0000450", "duration_weeks": None, "hours_per_week": 2,
     "start_in_days": None, "status": "published"},
    {"organisation": "vv-hoevelaken", "kind": "aanbod", "type": "sport",
     "title": "Voetballen in de jeugd (12 tot 18 jaar)",
     "description": "Jongens en meiden van 12 tot 18 jaar kunnen instromen in een jeugdteam op hun "
                    "niveau. De contributie wordt betaald via het Jeugdfonds Sport. Training op "
                    "woensdag, wedstrijd op zaterdag.",
     "tags": ["voetbal", "jeugd", "jongeren", "team", "Jeugdfonds"], "kern": "Hoevelaken",
     "schedule": ["wed-pm", "wed-eve", "sat-am"], "min_dutch_level": None,
     "host_languages": ["nl", "en"],
     "capacity": 5, "women_only": False, "age_min": 12, "age_max": 18,
     "childcare": False, "cost_eur": 0, "language_rich": True,
     "contact_name": "Peter Kok", "contact_email": "jeugd@vvhoevelaken.example",
     "contact_phone": "06-12345651", "duration_weeks": None, "hours_per_week": 4,
     "start_in_days": None, "status": "published"},
    {"organisation": "sigma-nijkerk", "kind": "aanbod", "type": "ontmoeting",
     "title": "Vrouwenochtend in Hoevelaken",
     "description": "Vrouwen uit Hoevelaken en nieuwe inwoners ontmoeten elkaar op dinsdagochtend: "
                    "samen koffie drinken, handwerken, recepten uitwisselen en soms een uitje. "
                    "Kinderopvang in de ruimte ernaast.",
     "tags": ["vrouwen", "ontmoeten", "handwerken", "koken"], "kern": "Hoevelaken",
     "schedule": ["tue-am"], "min_dutch_level": None, "host_languages": ["nl", "ar"],
     "capacity": 10, "women_only": True, "age_min": None, "age_max": None,
     "childcare": True, "cost_eur": 0, "language_rich": True,
     "contact_name": "Sanne de Graaf", "contact_email": "info@sigma-nijkerk.example",
     "contact_phone": "033-0000420", "duration_weeks": None, "hours_per_week": 2,
     "start_in_days": None, "status": "published"},
    {"organisation": "kerk-nijkerkerveen", "kind": "aanbod", "type": "taalcafe",
     "title": "Koffie en Taal in 't Veen",
     "description": "Op woensdagochtend is de zaal naast de Grote Kerk open voor iedereen die "
                    "Nederlands wil praten. Dorpsgenoten schuiven aan; vaak fietsen we daarna "
                    "samen naar de markt.",
     "tags": ["koffie en taal", "praten", "dorp", "markt"], "kern": "Nijkerkerveen",
     "schedule": ["wed-am"], "min_dutch_level": None, "host_languages": ["nl"],
     "capacity": 10, "women_only": False, "age_min": None, "age_max": None,
     "childcare": False, "cost_eur": 0, "language_rich": True,
     "contact_name": "Gerda van de Kamp", "contact_email": "koster@hervormd-nijkerkerveen.example",
     "contact_phone": "06-12345652", "duration_weeks": None, "hours_per_week": 2,
     "start_in_days": None, "status": "published"},
    {"organisation": "tuincentrum-veen", "kind": "aanbod", "type": "taalstage",
     "title": "Taalstage in het tuincentrum",
     "description": "Drie maanden meewerken op de plantenafdeling en de kassa: planten verzorgen, "
                    "vakken vullen en klanten helpen. Op zaterdag is het druk, dan leer je het "
                    "meest.",
     "tags": ["tuincentrum", "planten", "winkel", "kassa", "detailhandel"], "kern": "Nijkerkerveen",
     "schedule": ["fri-am", "sat-am", "sat-pm"], "min_dutch_level": "A1", "host_languages": ["nl"],
     "capacity": 2, "women_only": False, "age_min": 16, "age_max": None,
     "childcare": False, "cost_eur": 0, "language_rich": True,
     "contact_name": "Bas Hendriksen", "contact_email": "info@tuincentrumtveen.example",
     "contact_phone": "033-0000460", "duration_weeks": 13, "hours_per_week": 10,
     "start_in_days": 20, "status": "published"},

    # ======================== Gemeente Assen ================================
    {"organisation": "vluchtelingenwerk-assen", "kind": "aanbod", "type": "taalcoach",
     "title": "Taalmaatje via VluchtelingenWerk",
     "description": "Een vrijwillig taalmaatje spreekt een keer per week met je af, in de "
                    "bibliotheek of bij je thuis. Jullie kiezen zelf wat je oefent: praten met de "
                    "juf, bellen, de krant.",
     "tags": ["taalmaatje", "taalcoach", "spreken"], "kern": "Assen",
     "schedule": [], "min_dutch_level": None, "host_languages": ["nl", "en"],
     "capacity": 5, "women_only": False, "age_min": 16, "age_max": None,
     "childcare": False, "cost_eur": 0, "language_rich": True,
     "contact_name": "Hilde Zuidema", "contact_email": "assen@vluchtelingenwerk-nn.example",
     "contact_phone": "0592-000500", "duration_weeks": 26, "hours_per_week": 1,
     "start_in_days": None, "status": "published"},
    {"organisation": "vluchtelingenwerk-assen", "kind": "aanbod", "type": "sport",
     "title": "Bewegen en praten: vrouwengroep Assen-Oost",
     "description": "Wandelen, fitness met elastieken en daarna thee. De groep wordt begeleid door "
                    "een Nederlandse trainster en een Somalische sleutelfiguur. Kinderen tot vier "
                    "jaar worden opgevangen.",
     "tags": ["vrouwen", "bewegen", "wandelen", "gezondheid", "ontmoeten"], "kern": "Assen",
     "schedule": ["wed-am"], "min_dutch_level": None, "host_languages": ["nl", "so"],
     "capacity": 8, "women_only": True, "age_min": 18, "age_max": None,
     "childcare": True, "cost_eur": 0, "language_rich": False,
     "contact_name": "Hilde Zuidema", "contact_email": "assen@vluchtelingenwerk-nn.example",
     "contact_phone": "0592-000500", "duration_weeks": None, "hours_per_week": 2,
     "start_in_days": None, "status": "published"},
    {"organisation": "wpda-assen", "kind": "aanbod", "type": "werkervaringsplek",
     "title": "Werkervaringsplek productie en montage",
     "description": "Via het Werkplein werk je zes maanden in een leer-werkbedrijf: eenvoudige "
                    "montage, inpakken en houtbewerking, met een werkmeester die let op "
                    "werknemersvaardigheden zoals op tijd komen en overleggen.",
     "tags": ["productie", "montage", "hout", "werk", "werkfit"], "kern": "Assen",
     "schedule": ["mon-am", "tue-am", "thu-am"], "min_dutch_level": None, "host_languages": ["nl"],
     "capacity": 4, "women_only": False, "age_min": 18, "age_max": None,
     "childcare": False, "cost_eur": 0, "language_rich": False,
     "contact_name": "Jeroen Bakker", "contact_email": "inburgering@wpda.example",
     "contact_phone": "0592-000510", "duration_weeks": 26, "hours_per_week": 12,
     "start_in_days": 7, "status": "published"},
    {"organisation": "zorggroep-assen", "kind": "aanbod", "type": "taalstage",
     "title": "Taalstage huishoudelijke dienst en keuken",
     "description": "Drie maanden, twee ochtenden per week: helpen in de keuken en de "
                    "huishoudelijke dienst van het zorgcentrum. Je werkt met Nederlandse collega's "
                    "en bewoners; een taalcoach van het Taalhuis oefent de vakwoorden met je.",
     "tags": ["zorg", "keuken", "schoonmaak", "ouderen"], "kern": "Assen",
     "schedule": ["wed-am", "fri-am"], "min_dutch_level": "A2", "host_languages": ["nl"],
     "capacity": 2, "women_only": False, "age_min": 18, "age_max": None,
     "childcare": False, "cost_eur": 0, "language_rich": True,
     "contact_name": "Monique Kuipers", "contact_email": "leerwerk@dewijert-zorg.example",
     "contact_phone": "0592-000530", "duration_weeks": 13, "hours_per_week": 8,
     "start_in_days": 28, "status": "published"},
    {"organisation": "bibliotheek-assen", "kind": "aanbod", "type": "taalcafe",
     "title": "Taalcafé Taalhuis Assen",
     "description": "Op maandagavond oefenen inwoners van Assen met en zonder Nederlandse wortels "
                    "samen Nederlands. Elke week een thema; deze maand: werk en vrije tijd.",
     "tags": ["taalcafe", "praten", "avond"], "kern": "Assen",
     "schedule": ["mon-eve"], "min_dutch_level": None, "host_languages": ["nl"],
     "capacity": 20, "women_only": False, "age_min": None, "age_max": None,
     "childcare": False, "cost_eur": 0, "language_rich": True,
     "contact_name": "Trijntje Hoekstra", "contact_email": "taalhuis@bibliotheek-assen.example",
     "contact_phone": "0592-000520", "duration_weeks": None, "hours_per_week": 2,
     "start_in_days": None, "status": "published"},
    {"organisation": "bibliotheek-assen", "kind": "aanbod", "type": "gezin",
     "title": "VoorleesExpress Assen",
     "description": "Twintig weken komt een voorlezer bij je thuis voor je kinderen van 2 tot 8 "
                    "jaar. Je leert hoe je samen met je kind leest en praat, ook in je eigen taal.",
     "tags": ["voorlezen", "kinderen", "ouders", "taal"], "kern": "Assen",
     "schedule": [], "min_dutch_level": None, "host_languages": ["nl"],
     "capacity": 3, "women_only": False, "age_min": None, "age_max": None,
     "childcare": False, "cost_eur": 0, "language_rich": True,
     "contact_name": "Trijntje Hoekstra", "contact_email": "taalhuis@bibliotheek-assen.example",
     "contact_phone": "0592-000520", "duration_weeks": 20, "hours_per_week": 1,
     "start_in_days": None, "status": "published"},
    {"organisation": "bibliotheek-assen", "kind": "aanbod", "type": "huiswerkbegeleiding",
     "title": "Huiswerkhulp voor middelbare scholieren",
     "description": "Studenten van de hogeschool helpen scholieren van 12 tot 18 jaar met "
                    "huiswerk, wiskunde en Nederlands. Je kunt zonder afspraak binnenlopen.",
     "tags": ["huiswerk", "school", "jongeren", "wiskunde"], "kern": "Assen",
     "schedule": ["mon-pm", "wed-pm"], "min_dutch_level": None, "host_languages": ["nl", "en"],
     "capacity": 10, "women_only": False, "age_min": 12, "age_max": 18,
     "childcare": False, "cost_eur": 0, "language_rich": True,
     "contact_name": "Trijntje Hoekstra", "contact_email": "taalhuis@bibliotheek-assen.example",
     "contact_phone": "0592-000520", "duration_weeks": None, "hours_per_week": 3,
     "start_in_days": None, "status": "published"},
    {"organisation": "bibliotheek-assen", "kind": "aanbod", "type": "vrijwilligerswerk",
     "title": "Vrijwilliger bij de boekenbus en het Taalhuis",
     "description": "Help boeken sorteren, bezoekers wegwijs maken en de taalcafés klaarzetten. "
                    "Fijn voor wie van boeken houdt of vroeger in het onderwijs werkte.",
     "tags": ["boeken", "bibliotheek", "vrijwilliger", "onderwijs"], "kern": "Assen",
     "schedule": ["tue-pm", "thu-pm", "sat-am"], "min_dutch_level": "A2", "host_languages": ["nl"],
     "capacity": 2, "women_only": False, "age_min": 16, "age_max": None,
     "childcare": False, "cost_eur": 0, "language_rich": True,
     "contact_name": "Trijntje Hoekstra", "contact_email": "taalhuis@bibliotheek-assen.example",
     "contact_phone": "0592-000520", "duration_weeks": None, "hours_per_week": 4,
     "start_in_days": None, "status": "published"},
    {"organisation": "vluchtelingenwerk-assen", "kind": "aanbod", "type": "cultuur",
     "title": "Samen muziek maken in het buurthuis",
     "description": "Een muziekgroep van nieuwe en oude inwoners van Assen speelt op zondagmiddag "
                    "muziek uit alle landen: oud, krar, gitaar, darbuka en zang. Optreden op het "
                    "wijkfeest in juni.",
     "tags": ["muziek", "zingen", "instrument", "oud", "krar", "optreden"], "kern": "Assen",
     "schedule": ["sun-pm"], "min_dutch_level": None, "host_languages": ["nl", "ar", "ti"],
     "capacity": 6, "women_only": False, "age_min": 14, "age_max": None,
     "childcare": False, "cost_eur": 0, "language_rich": True,
     "contact_name": "Hilde Zuidema", "contact_email": "assen@vluchtelingenwerk-nn.example",
     "contact_phone": "0592-000500", "duration_weeks": None, "hours_per_week": 2,
     "start_in_days": None, "status": "published"},
]

# --------------------------------------------------------------------------
# Newcomers (statushouders). Interests and profession in their own words.
# --------------------------------------------------------------------------

NEWCOMERS = [
    # ------------------------- Arabic (Syria, Iraq) -------------------------
    {"name": "Khaled Alhamwi", "gender": "m", "birth_year": 1983, "country": "SY",
     "languages": ["ar"], "dutch_level": "A1", "leerroute": "b1",
     "interests": "بحب لعب كرة القدم كتير، كنت العب مع فريق الحارة بحلب. بدي لاقي نادي voetbal هون "
                  "بدالفسن وأتعرف على ناس هولنديين.",
     "profession": "نجار موبيليا، اشتغلت ١٢ سنة بورشة بحلب",
     "wants": ["sport", "taalstage"], "goals": ["taal", "werk", "ontmoeten"],
     "availability": ["wed-am", "wed-pm", "fri-am", "fri-pm", "sat-am", "sat-pm",
                      "tue-eve", "thu-eve"],
     "kern": "Dalfsen", "mobility": ["bike", "walk"], "max_km": 10,
     "needs_childcare": False, "arrived_months_ago": 9, "phone": "06-23456701", "email": None,
     "notes": "Vader van Sidra. Gemotiveerd, wil graag met zijn handen werken (timmerwerk). "
              "Inburgering ma/di/do. Fietst sinds kort zelfstandig."},
    {"name": "Rasha Alali", "gender": "f", "birth_year": 1992, "country": "SY",
     "languages": ["ar"], "dutch_level": "A1", "leerroute": "b1",
     "interests": "أُحِبُّ الخِياطةَ والطَّبخَ، وأريدُ أن أتعلَّمَ اللغةَ الهولنديةَ بسرعةٍ "
                  "لأساعدَ أطفالي في المدرسة.",
     "profession": "خيّاطة، كنتُ أخيطُ الملابسَ للجيران في البيت",
     "wants": ["cultuur", "taalcafe"], "goals": ["taal", "ontmoeten"],
     "availability": ["wed-am", "fri-am", "mon-pm", "tue-eve"],
     "kern": "Nieuwleusen", "mobility": ["walk", "bike"], "max_km": 5,
     "needs_childcare": True, "arrived_months_ago": 5, "phone": "06-23456702", "email": None,
     "notes": "Twee kinderen (1 en 4 jaar), de jongste is nog thuis. Voorkeur voor activiteiten "
              "met alleen vrouwen. Leert snel."},
    {"name": "Haider Kadhim Alsaadi", "gender": "m", "birth_year": 1979, "country": "IQ",
     "languages": ["ar"], "dutch_level": "A1", "leerroute": "b1",
     "interests": "اشتغلت سايق شاحنة بالعراق عشرين سنة. أحب السياقة وتصليح السيارات، وأريد أشتغل "
                  "بأسرع وقت.",
     "profession": "سائق شاحنة وميكانيكي",
     "wants": ["werkervaringsplek"], "goals": ["werk", "financien"],
     "availability": ["mon-pm", "tue-pm", "wed-pm", "thu-pm", "fri-pm", "sat-am"],
     "kern": "Lemelerveld", "mobility": ["bike"], "max_km": 15,
     "needs_childcare": False, "arrived_months_ago": 14, "phone": "06-23456703", "email": None,
     "notes": "Wil zo snel mogelijk een eigen inkomen. Rijbewijs nog niet omgewisseld. Inburgering "
              "in de ochtenden."},
    {"name": "Lina Almasri", "gender": "f", "birth_year": 1985, "country": "SY",
     "languages": ["ar", "en"], "dutch_level": "A2", "leerroute": "b1",
     "interests": "كنت معلمة رياضيات بحمص. بحب ساعد الولاد بالوظايف وبحب القراية كتير.",
     "profession": "معلمة رياضيات (مدرسة إعدادية)",
     "wants": ["huiswerkbegeleiding", "vrijwilligerswerk"], "goals": ["taal", "werk"],
     "availability": ["tue-pm", "thu-pm", "wed-pm", "sat-am"],
     "kern": "Dalfsen", "mobility": ["bike", "walk"], "max_km": 8,
     "needs_childcare": False, "arrived_months_ago": 20, "phone": "06-23456704",
     "email": "lina.almasri@example.org",
     "notes": "Diploma wordt gewaardeerd via IDW. Wil op termijn weer in het onderwijs; "
              "huiswerkbegeleiding als opstap. Spreekt goed Engels."},
    {"name": "Omar Alsheikh", "gender": "m", "birth_year": 2006, "country": "SY",
     "languages": ["ar", "tr"], "dutch_level": "A1", "leerroute": "onderwijs",
     "interests": "انا بحب الفوتبول والجيم، وبدي ادرس IT بعدين. بلعب بلايستيشن كتير بس بدي اطلع "
                  "اكتر واتعرف عالشباب هون",
     "profession": "طالب، خلصت صف تاسع بتركيا",
     "wants": ["sport", "maatje"], "goals": ["taal", "ontmoeten"],
     "availability": ["tue-eve", "thu-eve", "fri-eve", "sat-am", "sat-pm", "sun-pm"],
     "kern": "Nieuwleusen", "mobility": ["bike"], "max_km": 10,
     "needs_childcare": False, "arrived_months_ago": 6, "phone": "06-23456705", "email": None,
     "notes": "Alleenstaand, woont bij een oom. Verveelt zich, vooral in het weekend. Voetbalt "
              "goed. Doet de schakelklas in Zwolle."},
    {"name": "Abdulrahman Alhussein", "gender": "m", "birth_year": 1966, "country": "SY",
     "languages": ["ar"], "dutch_level": "A0", "leerroute": "z",
     "interests": "أنا فلاح، بحب الأرض والزراعة. عندي خبرة بالزيتون والقمح والخضرة. ما بعرف اقرا "
                  "منيح.",
     "profession": "مزارع",
     "wants": [], "goals": ["gezondheid", "ontmoeten"],
     "availability": ["wed-am", "fri-am", "sat-am", "sat-pm"],
     "kern": "Dalfsen", "mobility": ["walk"], "max_km": 3,
     "needs_childcare": False, "arrived_months_ago": 11, "phone": None, "email": None,
     "notes": "Z-route, nauwelijks geletterd in eigen taal. Geen zwaar tilwerk. Voelt zich eenzaam "
              "sinds zijn vrouw bij haar zus in Duitsland is. Fietst niet."},
    {"name": "Zainab Abdulameer", "gender": "f", "birth_year": 1990, "country": "IQ",
     "languages": ["ar"], "dutch_level": "A1", "leerroute": "b1",
     "interests": "أحب تصفيف الشعر والمكياج، كان عندي صالون صغير بالموصل. أحب أتعرف على نساء "
                  "هولنديات وأطلع من البيت.",
     "profession": "كوافيرة، صاحبة صالون",
     "wants": ["ontmoeting", "sport"], "goals": ["ontmoeten", "gezondheid", "taal"],
     "availability": ["mon-pm", "wed-am", "fri-am", "fri-eve"],
     "kern": "Hoonhorst", "mobility": ["walk"], "max_km": 12,
     "needs_childcare": True, "arrived_months_ago": 8, "phone": "06-23456707", "email": None,
     "notes": "Woont buiten het dorp, kan niet fietsen; man heeft de auto overdag. Fietsles zou "
              "helpen. Wil graag een vrouwelijke contactpersoon."},
    {"name": "Yousef Darwish", "gender": "m", "birth_year": 1995, "country": "SY",
     "languages": ["ar", "en"], "dutch_level": "A2", "leerroute": "b1",
     "interests": "درست هندسة كهربائية سنتين بجامعة دمشق بس ما كملت بسبب الحرب. بحب الكمبيوتر "
                  "وتصليح الأجهزة.",
     "profession": "فني كهرباء، بدي اشتغل بالتمديدات الكهربائية",
     "wants": ["taalstage", "werkervaringsplek", "cursus"], "goals": ["werk", "taal"],
     "availability": ["wed-am", "fri-am", "fri-pm", "mon-eve", "tue-eve"],
     "kern": "Dalfsen", "mobility": ["bike", "ov"], "max_km": 20,
     "needs_childcare": False, "arrived_months_ago": 16, "phone": "06-23456708",
     "email": "yousef.darwish@example.org",
     "notes": "Sterke kandidaat voor een technische taalstage of BBL elektrotechniek. Punctueel."},
    {"name": "Fatima Alzoubi", "gender": "f", "birth_year": 1975, "country": "SY",
     "languages": ["ar"], "dutch_level": "A0", "leerroute": "z",
     "interests": "بحب الطبخ كتير، بعمل كبة ومحاشي ويبرق. بحب اطبخ للناس واحكي مع الجيران.",
     "profession": "ربة منزل، ساعدت بمطبخ مطعم بدرعا",
     "wants": ["ontmoeting", "taalcafe"], "goals": ["ontmoeten", "taal", "gezondheid"],
     "availability": ["mon-am", "wed-pm", "sun-pm", "sun-eve", "thu-eve"],
     "kern": "Lemelerveld", "mobility": ["walk"], "max_km": 3,
     "needs_childcare": False, "arrived_months_ago": 10, "phone": "06-23456709", "email": None,
     "notes": "Z-route. Kinderen zijn volwassen. Kookt graag voor anderen; eten met de buurt is "
              "een mooie ingang. Heeft hulp nodig bij de telefoon."},
    {"name": "Ali Hussein Jasim", "gender": "m", "birth_year": 1983, "country": "IQ",
     "languages": ["ar", "en"], "dutch_level": "A2", "leerroute": "b1",
     "interests": "كنت أعمل ممرضاً في مستشفى في بغداد لمدة ثماني سنوات. أتمنى أن أرجع للعمل في "
                  "التمريض أو رعاية كبار السن (ouderenzorg).",
     "profession": "ممرض",
     "wants": ["taalstage", "vrijwilligerswerk"], "goals": ["werk", "taal"],
     "availability": ["wed-am", "thu-pm", "sat-am", "sun-pm"],
     "kern": "Nijkerk", "mobility": ["bike", "ov"], "max_km": 15,
     "needs_childcare": False, "arrived_months_ago": 18, "phone": "06-23456710",
     "email": "ali.jasim@example.org",
     "notes": "Verpleegkundig diploma ligt bij BIG-register voor beoordeling. Taalstage in de zorg "
              "is logisch. Klantmanager: mevr. Hoogland."},
    {"name": "Mahmoud Alahmad", "gender": "m", "birth_year": 1990, "country": "SY",
     "languages": ["ar"], "dutch_level": "A1", "leerroute": "b1",
     "interests": "شغلتي حداد ولحام. بحب الشغل بإيدي. وقت الفراغ بحب اطلع عالبسكليت مع ولادي.",
     "profession": "حداد ولحّام",
     "wants": ["werkervaringsplek"], "goals": ["werk", "financien"],
     "availability": ["mon-am", "wed-am", "fri-am", "sat-am"],
     "kern": "Hoevelaken", "mobility": ["bike", "car"], "max_km": 20,
     "needs_childcare": False, "arrived_months_ago": 24, "phone": "06-23456711", "email": None,
     "notes": "Heeft een Syrisch lasdiploma, geen Nederlands certificaat. Heeft een auto. Drie "
              "kinderen."},
    {"name": "Nour Kanaan", "gender": "f", "birth_year": 2001, "country": "SY",
     "languages": ["ar", "en"], "dutch_level": "A2", "leerroute": "onderwijs",
     "interests": "بدي كمّل دراستي بالصيدلة، كنت بسنة تانية بجامعة حلب. بحب الرسم والموسيقى والعزف "
                  "عالعود.",
     "profession": "طالبة صيدلة",
     "wants": ["cultuur", "vrijwilligerswerk", "taalcafe"], "goals": ["taal", "ontmoeten"],
     "availability": ["mon-eve", "tue-pm", "thu-pm", "sat-am", "sun-pm"],
     "kern": "Assen", "mobility": ["bike", "ov"], "max_km": 10,
     "needs_childcare": False, "arrived_months_ago": 12, "phone": "06-23456712",
     "email": "nour.kanaan@example.org",
     "notes": "Onderwijsroute, wil naar de hbo-opleiding farmaceutisch consulent. Speelt oud."},
    {"name": "Sidra Alhamwi", "gender": "f", "birth_year": 2008, "country": "SY",
     "languages": ["ar"], "dutch_level": "A2", "leerroute": "onderwijs",
     "interests": "بحب كرة الطائرة والرسم. بدي صاحبات هولنديات بعمري. بالمدرسة (ISK) تعلمت شوي "
                  "هولندي.",
     "profession": "طالبة",
     "wants": ["sport", "huiswerkbegeleiding"], "goals": ["ontmoeten", "taal"],
     "availability": ["tue-pm", "thu-pm", "fri-eve", "sat-am", "mon-eve"],
     "kern": "Dalfsen", "mobility": ["bike"], "max_km": 15,
     "needs_childcare": False, "arrived_months_ago": 9, "phone": None, "email": None,
     "notes": "Dochter van Khaled. Zit op de ISK in Zwolle. Ouders vinden een vereniging met "
              "meiden prima."},
    {"name": "Jabbar Alasadi", "gender": "m", "birth_year": 1970, "country": "IQ",
     "languages": ["ar"], "dutch_level": "A1", "leerroute": "z",
     "interests": "چنت صاحب محل مواد غذائية بالبصرة. أحب البيع والحچي ويا الزبائن، وأحب صيد السمك "
                  "بالشص.",
     "profession": "صاحب محل بقالة",
     "wants": ["taalstage", "taalcafe"], "goals": ["werk", "ontmoeten"],
     "availability": ["tue-eve", "wed-am", "fri-am", "sat-am"],
     "kern": "Nieuwleusen", "mobility": ["bike", "walk"], "max_km": 8,
     "needs_childcare": False, "arrived_months_ago": 30, "phone": "06-23456714", "email": None,
     "notes": "Z-route na twee keer zakken voor lezen. Sociaal en gastvrij; supermarkt past bij "
              "zijn ervaring, maar A2 is nog niet gehaald."},
    # ------------------------- Tigrinya (Eritrea) ---------------------------
    {"name": "Filmon Tesfay", "gender": "m", "birth_year": 1997, "country": "ER",
     "languages": ["ti", "am"], "dutch_level": "A1", "leerroute": "b1",
     "interests": "ኣነ ኩዕሶ እግሪ ምጽዋት ኣዝየ እፈቱ። ኣብ ኤርትራ ምስ ጋንታ ዓደይ እጻወት ነይረ። ቋንቋ ሆላንድ ቀልጢፈ ክመሃር እደሊ።",
     "profession": "ኣብ ኤርትራ ሓረስታይ ነይረ፣ ሕጂ መካኒክ መኪና ክኸውን እደሊ።",
     "wants": ["sport", "taalcoach"], "goals": ["taal", "werk", "ontmoeten"],
     "availability": ["tue-eve", "thu-eve", "sat-am", "sat-pm", "sun-am", "wed-pm"],
     "kern": "Dalfsen", "mobility": ["bike"], "max_km": 12,
     "needs_childcare": False, "arrived_months_ago": 7, "phone": "06-23456715", "email": None,
     "notes": "Broer van Aron (17), voor wie hij zorgt. Staat op de wachtlijst voor een "
              "taalcoach."},
    {"name": "Selam Gebremedhin", "gender": "f", "birth_year": 1993, "country": "ER",
     "languages": ["ti"], "dutch_level": "A1", "leerroute": "b1",
     "interests": "ክዳውንቲ ምስፋይ እፈቱ። ኣብ ኣስመራ ሰፋዪት ነይረ። ምስ ካልኦት ደቂ ኣንስትዮ ክራኸብ ደስ ይብለኒ።",
     "profession": "ሰፋዪት (naaister)",
     "wants": ["cultuur", "werkervaringsplek"], "goals": ["werk", "ontmoeten"],
     "availability": ["wed-am", "fri-am", "sat-am", "mon-pm"],
     "kern": "Nieuwleusen", "mobility": ["bike", "walk"], "max_km": 8,
     "needs_childcare": True, "arrived_months_ago": 13, "phone": "06-23456716", "email": None,
     "notes": "Eén kind van 3 op de peuteropvang, ochtenden vrij. Zeer handig met de naaimachine; "
              "kan anderen in het naaiatelier helpen."},
    {"name": "Yonas Habte", "gender": "m", "birth_year": 1990, "country": "ER",
     "languages": ["ti", "ar"], "dutch_level": "A1", "leerroute": "b1",
     "interests": "ጸራቢ እየ፣ ናይ ዕንጨይቲ ስራሕ ጽቡቕ ገይረ እፈልጥ። ብሽክለታ ምጽጋን'ውን እኽእል። ኣብ ምሸት ክሰርሕ ይኽእል እየ።",
     "profession": "ጸራቢ (timmerman), 10 ዓመት",
     "wants": ["taalstage", "werkervaringsplek"], "goals": ["werk", "taal"],
     "availability": ["wed-am", "fri-am", "mon-eve", "wed-eve", "sat-pm"],
     "kern": "Lemelerveld", "mobility": ["bike"], "max_km": 20,
     "needs_childcare": False, "arrived_months_ago": 15, "phone": "06-23456717", "email": None,
     "notes": "Spreekt ook Arabisch (jaren in Soedan). Fietst overal naartoe, ook naar Dalfsen."},
    {"name": "Letebrhan Kidane", "gender": "f", "birth_year": 1988, "country": "ER",
     "languages": ["ti"], "dutch_level": "A0", "leerroute": "z",
     "interests": "ኣደ ሰለስተ ቆልዑ እየ። መግቢ ምስራሕ እፈቱ፣ ጣይታን ጸብሕን። ምንባብ ኣይክእልን እየ፣ ግን ክመሃር እደሊ።",
     "profession": "ኣብ ገዛ ሰራሕተኛ፣ ኣብ ዓዲ ኣብ ሕርሻ ሓጊዘ",
     "wants": ["gezin", "maatje"], "goals": ["taal", "ontmoeten", "gezondheid"],
     "availability": ["wed-pm", "sat-am", "fri-am"],
     "kern": "Dalfsen", "mobility": ["walk"], "max_km": 3,
     "needs_childcare": True, "arrived_months_ago": 4, "phone": "06-23456718", "email": None,
     "notes": "Z-route, niet geletterd. Drie kinderen (1, 3 en 5). Man werkt in ploegendienst. Wil "
              "een vrouwelijk maatje; VluchtelingenWerk heeft een vraag uitgezet."},
    {"name": "Robel Tewelde", "gender": "m", "birth_year": 2004, "country": "ER",
     "languages": ["ti", "en"], "dutch_level": "A2", "leerroute": "onderwijs",
     "interests": "ሞባይልን ኮምፒተርን ምጽጋን እፈቱ። ኣብ ሆላንድ MBO ICT ክመሃር እደሊ። ቀዳመ-ሰንበት ኩዕሶ እግሪ እጻወት።",
     "profession": "ተምሃራይ፣ ኣብ ሱዳን ሞባይል ይጽግን ነይረ",
     "wants": ["cursus", "sport", "huiswerkbegeleiding"], "goals": ["taal", "werk"],
     "availability": ["tue-eve", "thu-eve", "fri-pm", "sat-am", "sun-am"],
     "kern": "Nieuwleusen", "mobility": ["bike", "ov"], "max_km": 25,
     "needs_childcare": False, "arrived_months_ago": 19, "phone": "06-23456719",
     "email": "robel.t@example.org",
     "notes": "Volgt de onderwijsroute (schakeljaar ROC). Wil in september starten met MBO ICT "
              "niveau 2."},
    {"name": "Hiwet Berhe", "gender": "f", "birth_year": 1985, "country": "ER",
     "languages": ["ti", "am", "en"], "dutch_level": "A2", "leerroute": "b1",
     "interests": "ኣብ ሆስፒታል ኣስመራ ከም ነርስ ሽዱሽተ ዓመት ሰሪሐ። ኣረጋውያን ምሕጋዝን ምስ ሰባት ምዝራብን ደስ ይብለኒ።",
     "profession": "ነርስ (verpleegkundige)",
     "wants": ["taalstage", "vrijwilligerswerk"], "goals": ["werk", "taal"],
     "availability": ["wed-am", "fri-am", "sat-pm", "sun-pm"],
     "kern": "Dalfsen", "mobility": ["bike"], "max_km": 10,
     "needs_childcare": False, "arrived_months_ago": 17, "phone": "06-23456720", "email": None,
     "notes": "Ervaren verpleegkundige, diploma in beoordeling. Taalstage zorgcentrum De "
              "Vechtstroom is de eerste keus."},
    {"name": "Tesfamariam Gebreyesus", "gender": "m", "birth_year": 1979, "country": "ER",
     "languages": ["ti"], "dutch_level": "A1", "leerroute": "z",
     "interests": "ኣብ ኤርትራ ሓረስታይ ነይረ፣ ከብትን ኣጣልን ኣሕሊወ። ኣብ ሕርሻ ወይ ኣብ ኣታኽልቲ ክሰርሕ እደሊ።",
     "profession": "ሓረስታይ (boer)",
     "wants": ["werkervaringsplek"], "goals": ["werk", "gezondheid"],
     "availability": ["wed-am", "wed-pm", "fri-am", "fri-pm", "sat-am"],
     "kern": "Hoonhorst", "mobility": ["bike"], "max_km": 10,
     "needs_childcare": False, "arrived_months_ago": 22, "phone": "06-23456721", "email": None,
     "notes": "Z-route, leest langzaam. Sterk en vroeg op. Boerderij of hovenier in de buurt past "
              "goed."},
    {"name": "Senait Tekle", "gender": "f", "birth_year": 1999, "country": "ER",
     "languages": ["ti"], "dutch_level": "A1", "leerroute": "b1",
     "interests": "ጸጉሪ ምምሻጥ እፈቱ፣ ንብዙሓት ኣንስቲ ሰሪሐለን። ሙዚቃን ሳዕስዒትን ደስ ይብለኒ። kapsalon ክሰርሕ ሕልመይ እዩ።",
     "profession": "ጸጉሪ ምስራሕ (kapster) ክኸውን እደሊ",
     "wants": ["cultuur", "sport", "taalstage"], "goals": ["werk", "ontmoeten"],
     "availability": ["mon-eve", "thu-eve", "sat-am", "sun-pm", "sun-eve"],
     "kern": "Lemelerveld", "mobility": ["bike", "ov"], "max_km": 15,
     "needs_childcare": False, "arrived_months_ago": 8, "phone": "06-23456722", "email": None,
     "notes": "Vlecht haar voor vriendinnen. Op zoek naar een kapsalon voor een taalstage (nog "
              "niet in het aanbod). Houdt van muziek en dansen."},
    {"name": "Michael Asmerom", "gender": "m", "birth_year": 1994, "country": "ER",
     "languages": ["ti", "ar"], "dutch_level": "A1", "leerroute": "b1",
     "interests": "ኣብ ኤርትራ ዘዋሪ መኪና ነይረ። ኣብ ሆላንድ rijbewijs ክወስድ እደሊ። ኣብ ናጻ ግዜይ ብሽክለታ እዘውር።",
     "profession": "ዘዋሪ (chauffeur)",
     "wants": ["werkervaringsplek", "sport"], "goals": ["werk", "financien"],
     "availability": ["mon-am", "wed-am", "fri-am", "tue-eve", "sat-am"],
     "kern": "Nijkerk", "mobility": ["bike", "ov"], "max_km": 15,
     "needs_childcare": False, "arrived_months_ago": 10, "phone": "06-23456723", "email": None,
     "notes": "Wil chauffeur worden. Rijbewijs wordt niet omgewisseld; theorie-examen is een "
              "drempel."},
    {"name": "Aron Tesfay", "gender": "m", "birth_year": 2008, "country": "ER",
     "languages": ["ti"], "dutch_level": "A1", "leerroute": "onderwijs",
     "interests": "ሓወይ ኣሮን እዩ፣ 17 ዓመቱ። ኩዕሶ እግሪ ምጽዋት ይፈቱ፣ ቮሊቦል'ውን። ምስ ሆላንዳውያን መሓዙት ክጻወት ይደሊ።",
     "profession": "ተምሃራይ (ISK)",
     "wants": ["sport", "huiswerkbegeleiding"], "goals": ["ontmoeten", "taal"],
     "availability": ["tue-pm", "thu-pm", "tue-eve", "thu-eve", "fri-eve", "sat-am"],
     "kern": "Dalfsen", "mobility": ["bike"], "max_km": 15,
     "needs_childcare": False, "arrived_months_ago": 7, "phone": None, "email": None,
     "notes": "Ingevuld samen met broer Filmon; Nidos is voogd. ISK in Zwolle. Jongerenwerk Saam "
              "is op de hoogte."},
    {"name": "Mebrat Haile", "gender": "f", "birth_year": 1982, "country": "ER",
     "languages": ["ti", "en"], "dutch_level": "A2", "leerroute": "b1",
     "interests": "ኣብ ቀዳማይ ደረጃ ቤት ትምህርቲ መምህር ነይረ። ንቆልዑ ምንባብ ምምሃር እፈቱ። ኣብ ቤተ-መጻሕፍቲ ክሕግዝ እደሊ።",
     "profession": "መምህር (leerkracht basisschool)",
     "wants": ["vrijwilligerswerk", "gezin"], "goals": ["werk", "taal", "ontmoeten"],
     "availability": ["tue-pm", "thu-pm", "sat-am", "mon-eve"],
     "kern": "Assen", "mobility": ["bike", "walk"], "max_km": 6,
     "needs_childcare": False, "arrived_months_ago": 26, "phone": "06-23456724",
     "email": "mebrat.haile@example.org",
     "notes": "Twee schoolgaande kinderen. Wil onderwijsassistent worden. Past bij de "
              "bibliotheek."},
    {"name": "Daniel Ghebremariam", "gender": "m", "birth_year": 1987, "country": "ER",
     "languages": ["ti"], "dutch_level": "A1", "leerroute": "b1",
     "interests": "ኣብ ህንጻ ሰሪሐ፣ ብሎኬት ምንዳቕን ሓጺን ምእሳርን። ኩዕሶ እግሪ ምርኣይ እፈቱ፣ Arsenal!",
     "profession": "ሰራሕተኛ ህንጻ (bouwvakker)",
     "wants": ["werkervaringsplek", "taalcafe"], "goals": ["werk", "financien"],
     "availability": ["mon-am", "wed-am", "fri-am", "thu-eve"],
     "kern": "Hoevelaken", "mobility": ["bike"], "max_km": 12,
     "needs_childcare": False, "arrived_months_ago": 14, "phone": "06-23456725", "email": None,
     "notes": "Werkte in Libië in de bouw. Wil geld verdienen voor familie in Ethiopië."},
    {"name": "Rahel Yohannes", "gender": "f", "birth_year": 1996, "country": "ER",
     "languages": ["ti", "ar"], "dutch_level": "A1", "leerroute": "b1",
     "interests": "ኣብ ሱዳን ኣብ ቤት መግቢ ሰሪሐ። ሕጂ ኣብ ሆቴል ወይ ኣብ ክሽነ ክሰርሕ እደሊ። ቡን ምፍላሕ እፈቱ።",
     "profession": "ሰራሕተኛ ክሽነ (keukenhulp)",
     "wants": ["taalstage", "taalcafe", "ontmoeting"], "goals": ["werk", "taal", "ontmoeten"],
     "availability": ["tue-am", "wed-am", "fri-am", "sat-am", "sat-pm"],
     "kern": "Nijkerkerveen", "mobility": ["bike"], "max_km": 10,
     "needs_childcare": False, "arrived_months_ago": 6, "phone": "06-23456726", "email": None,
     "notes": "Alleenstaand. Werkte vier jaar in een restaurant in Khartoum. Voelt zich soms "
              "alleen in 't Veen."},
    # ------------------------- Farsi / Dari (Iran, Afghanistan) -------------
    {"name": "Mohammad Nabi Rahimi", "gender": "m", "birth_year": 1996, "country": "AF",
     "languages": ["fa", "ps"], "dutch_level": "A1", "leerroute": "b1",
     "interests": "من فوتبال و والیبال را خیلی دوست دارم. در کابل خیاط بودم و کالای مردانه "
                  "می‌دوختم. می‌خواهم زبان هالندی را زود یاد بگیرم.",
     "profession": "خیاط (درزی)، هشت سال در دکان خود کار کردم",
     "wants": ["sport", "taalcoach"], "goals": ["taal", "werk", "ontmoeten"],
     "availability": ["mon-eve", "wed-pm", "fri-eve", "sat-am", "sat-pm"],
     "kern": "Dalfsen", "mobility": ["bike"], "max_km": 20,
     "needs_childcare": False, "arrived_months_ago": 9, "phone": "06-23456727", "email": None,
     "notes": "Dari en Pashto. Volleybalt graag; Lemelerveld is 9 km fietsen, dat vindt hij geen "
              "probleem."},
    {"name": "Maryam Hosseini", "gender": "f", "birth_year": 1984, "country": "IR",
     "languages": ["fa", "en"], "dutch_level": "A2", "leerroute": "b1",
     "interests": "به باغبانی و گل‌وگیاه خیلی علاقه دارم. دوست دارم با خانم‌های هلندی آشنا بشم و "
                  "زبانم بهتر بشه.",
     "profession": "مهندس کشاورزی؛ در ایران در گلخانه کار می‌کردم",
     "wants": ["taalstage", "maatje"], "goals": ["werk", "ontmoeten", "taal"],
     "availability": ["wed-am", "fri-am", "sat-am", "sat-pm", "tue-eve"],
     "kern": "Nieuwleusen", "mobility": ["bike", "ov"], "max_km": 25,
     "needs_childcare": False, "arrived_months_ago": 21, "phone": "06-23456728",
     "email": "maryam.hosseini@example.org",
     "notes": "Universitair opgeleid (landbouwkunde). Tuincentrum of kwekerij als taalstage; later "
              "wellicht hbo. Goede Engels."},
    {"name": "Reza Karimi", "gender": "m", "birth_year": 1978, "country": "IR",
     "languages": ["fa", "en"], "dutch_level": "B1", "leerroute": "b1",
     "interests": "برنامه‌نویس هستم و ده سال با PHP و Java کار کردم. سه‌تار می‌زنم و به موسیقی "
                  "سنتی علاقه دارم. میخوام هرچه زودتر کار پیدا کنم",
     "profession": "برنامه‌نویس نرم‌افزار (software developer)",
     "wants": ["werkervaringsplek", "cultuur", "maatje"], "goals": ["werk", "ontmoeten"],
     "availability": ["mon-eve", "wed-eve", "thu-eve", "sat-am", "sun-pm"],
     "kern": "Lemelerveld", "mobility": ["bike", "ov", "car"], "max_km": 40,
     "needs_childcare": False, "arrived_months_ago": 28, "phone": "06-23456729",
     "email": "reza.karimi@example.org",
     "notes": "Examen B1 gehaald. Zoekt werk in ICT in Zwolle/Deventer; netwerk en "
              "sollicitatiehulp zijn belangrijker dan een taalstage."},
    {"name": "Zahra Ahmadi", "gender": "f", "birth_year": 1991, "country": "AF",
     "languages": ["fa"], "dutch_level": "A0", "leerroute": "z",
     "interests": "خیاطی و آشپزی را دوست دارم. سواد ندارم، دخترم برایم نوشت. می‌خواهم با زنان دیگر "
                  "بیرون بروم.",
     "profession": "خانه‌دار، در خانه خیاطی می‌کردم",
     "wants": ["cultuur", "ontmoeting"], "goals": ["ontmoeten", "taal", "gezondheid"],
     "availability": ["wed-am", "fri-am", "fri-eve"],
     "kern": "Hoonhorst", "mobility": ["walk"], "max_km": 12,
     "needs_childcare": True, "arrived_months_ago": 5, "phone": "06-23456730", "email": None,
     "notes": "Z-route, niet geletterd. Dochter (11) vertaalt; liever een tolk. Alleen "
              "activiteiten voor vrouwen. Buurvrouw kan haar soms met de auto meenemen naar "
              "Dalfsen of Nieuwleusen."},
    {"name": "Ahmad Zaki Sultani", "gender": "m", "birth_year": 2007, "country": "AF",
     "languages": ["fa", "en"], "dutch_level": "A1", "leerroute": "onderwijs",
     "interests": "کرکت و فوتبال بازی می‌کنم. می‌خواهم مستری موتر شوم، در کابل شاگرد مستری بودم.",
     "profession": "شاگرد مستری موتر (مکانیک)",
     "wants": ["sport", "maatje"], "goals": ["ontmoeten", "taal", "werk"],
     "availability": ["wed-eve", "fri-eve", "sat-am", "sat-pm", "tue-eve"],
     "kern": "Nijkerk", "mobility": ["bike"], "max_km": 10,
     "needs_childcare": False, "arrived_months_ago": 4, "phone": "06-23456731", "email": None,
     "notes": "Alleenstaande jongere, net 18. Woont in de kamergewijze huisvesting. "
              "VluchtelingenWerk zoekt een voetbalmaatje."},
    {"name": "Farideh Moradi", "gender": "f", "birth_year": 1970, "country": "IR",
     "languages": ["fa"], "dutch_level": "A1", "leerroute": "b1",
     "interests": "معلم ادبیات فارسی بودم. به کتاب، شعر و آشپزی علاقه دارم. دوست دارم در کتابخانه "
                  "داوطلب باشم.",
     "profession": "معلم ادبیات",
     "wants": ["vrijwilligerswerk", "taalcafe"], "goals": ["ontmoeten", "taal", "gezondheid"],
     "availability": ["mon-eve", "tue-pm", "thu-pm", "sat-am"],
     "kern": "Assen", "mobility": ["walk", "ov"], "max_km": 5,
     "needs_childcare": False, "arrived_months_ago": 15, "phone": "06-23456732", "email": None,
     "notes": "Woont alleen en wil meer onder de mensen komen. Bibliotheek en taalcafé liggen op "
              "loopafstand."},
    # ------------------------- Somali ---------------------------------------
    {"name": "Hodan Abdi Warsame", "gender": "f", "birth_year": 1989, "country": "SO",
     "languages": ["so", "ar"], "dutch_level": "A1", "leerroute": "b1",
     "interests": "Waxaan jeclahay karinta cuntada iyo tolidda dharka. Saddex carruur ah ayaan "
                  "leeyahay. Waxaan rabaa inaan si dhakhso ah u barto luqadda Holland.",
     "profession": "Dawaarle, Muqdisho waxaan ku tolli jiray dharka haweenka",
     "wants": ["taalcafe", "cultuur", "gezin"], "goals": ["taal", "ontmoeten"],
     "availability": ["wed-pm", "fri-am", "fri-eve", "sat-am"],
     "kern": "Dalfsen", "mobility": ["walk", "bike"], "max_km": 15,
     "needs_childcare": True, "arrived_months_ago": 12, "phone": "06-23456733", "email": None,
     "notes": "Drie kinderen (2, 6, 8). Wil leren zwemmen in een vrouwenuur. Naaiatelier in "
              "Nieuwleusen is met de fiets goed te doen."},
    {"name": "Abdirahman Mohamed Farah", "gender": "m", "birth_year": 1993, "country": "SO",
     "languages": ["so", "en"], "dutch_level": "A1", "leerroute": "b1",
     "interests": "Kubadda cagta aad baan u jeclahay, Soomaaliya waxaan u ciyaari jiray koox "
                  "xaafadeed. Waxaan ahaa darawal gaari xamuul. Shaqo ayaan doonayaa.",
     "profession": "Darawal gaari xamuul (vrachtwagenchauffeur)",
     "wants": ["sport", "werkervaringsplek"], "goals": ["werk", "financien", "ontmoeten"],
     "availability": ["thu-eve", "sun-am", "sat-am", "wed-am", "fri-am"],
     "kern": "Nieuwleusen", "mobility": ["bike"], "max_km": 15,
     "needs_childcare": False, "arrived_months_ago": 11, "phone": "06-23456734", "email": None,
     "notes": "Spreekt redelijk Engels. Wil zo snel mogelijk werk; heftruckcertificaat zou "
              "helpen."},
    {"name": "Fadumo Hassan Ali", "gender": "f", "birth_year": 1980, "country": "SO",
     "languages": ["so"], "dutch_level": "A1", "leerroute": "z",
     "interests": "Carruurta aad baan u jeclahay. Waxaan rabaa inaan ka shaqeeyo xannaanada "
                  "carruurta (kinderopvang). Sidoo kale waxaan jeclahay inaan la kulmo haween "
                  "kale.",
     "profession": "Hooyo; Kenya waxaan ku daryeeli jiray carruurta dadka kale",
     "wants": ["sport", "ontmoeting", "gezin"], "goals": ["ontmoeten", "gezondheid", "taal"],
     "availability": ["wed-am", "fri-am", "sun-pm"],
     "kern": "Assen", "mobility": ["walk", "ov"], "max_km": 5,
     "needs_childcare": True, "arrived_months_ago": 9, "phone": "06-23456735", "email": None,
     "notes": "Z-route. Vijf kinderen, jongste 2 jaar. Vertrouwt de Somalische sleutelfiguur van "
              "VluchtelingenWerk."},
    {"name": "Mustafe Ahmed Jama", "gender": "m", "birth_year": 2005, "country": "SO",
     "languages": ["so", "en", "am"], "dutch_level": "A2", "leerroute": "onderwijs",
     "interests": "Waxaan jeclahay kubadda cagta iyo kombiyuutarka. Waxaan rabaa inaan dhigto MBO "
                  "ICT. Waxaan rabaa saaxiibo reer Holland ah.",
     "profession": "Arday, dugsi sare ayaan ku dhammeeyay Itoobiya",
     "wants": ["sport", "maatje", "cursus"], "goals": ["taal", "ontmoeten", "werk"],
     "availability": ["tue-eve", "wed-eve", "sat-am", "sat-pm"],
     "kern": "Nijkerk", "mobility": ["bike", "ov"], "max_km": 15,
     "needs_childcare": False, "arrived_months_ago": 13, "phone": "06-23456736",
     "email": "mustafe.jama@example.org",
     "notes": "Onderwijsroute. Rustige jongen, weinig contact met Nederlandse leeftijdgenoten."},
    {"name": "Halimo Nur Ali", "gender": "f", "birth_year": 1975, "country": "SO",
     "languages": ["so"], "dutch_level": "A0", "leerroute": "z",
     "interests": "Beerta iyo dhirta ayaan jeclahay. Soomaaliya beer baan ku lahaa, waxaan beeri "
                  "jiray galley iyo khudaar. Akhris iyo qoraal ma aqaan.",
     "profession": "Beeraley (boerin)",
     "wants": ["ontmoeting", "maatje"], "goals": ["gezondheid", "ontmoeten"],
     "availability": ["mon-am", "wed-pm", "sat-am", "sun-pm"],
     "kern": "Lemelerveld", "mobility": ["walk"], "max_km": 3,
     "needs_childcare": False, "arrived_months_ago": 16, "phone": None, "email": None,
     "notes": "Z-route, niet geletterd, geen eigen telefoon (contact via dochter). Zou graag een "
              "stukje grond bewerken."},
    # ------------------------- English (with typos) -------------------------
    {"name": "Saba Weldemichael", "gender": "f", "birth_year": 1990, "country": "ER",
     "languages": ["ti", "en"], "dutch_level": "A1", "leerroute": "b1",
     "interests": "i like cookin and sewing, i was a taylor in asmara. i want meet dutch womans "
                  "and practise dutch, maybe work in a atelier",
     "profession": "taylor, 7 years own shop",
     "wants": ["cultuur", "taalcoach"], "goals": ["taal", "werk", "ontmoeten"],
     "availability": ["wed-am", "fri-am", "tue-eve", "sat-pm"],
     "kern": "Nieuwleusen", "mobility": ["bike"], "max_km": 10,
     "needs_childcare": False, "arrived_months_ago": 10, "phone": "06-23456737",
     "email": "saba.weldemichael@example.org",
     "notes": "Schrijft liever Engels dan Tigrinya. Had een eigen kleermakerij; naaiatelier en "
              "later een werkplek in een atelier."},
    {"name": "Tarek Alrifai", "gender": "m", "birth_year": 1992, "country": "SY",
     "languages": ["ar", "en"], "dutch_level": "A2", "leerroute": "b1",
     "interests": "Im intrested in IT and computers, i studyed software engeneering in damascus "
                  "univercity. also like runing and footbal, i can help other peoples with "
                  "computer",
     "profession": "software engineer (not finished), worked in mobile shop in istanbul",
     "wants": ["vrijwilligerswerk", "werkervaringsplek", "sport"], "goals": ["werk", "taal"],
     "availability": ["wed-pm", "fri-pm", "mon-eve", "thu-eve", "sat-am"],
     "kern": "Dalfsen", "mobility": ["bike", "ov"], "max_km": 25,
     "needs_childcare": False, "arrived_months_ago": 14, "phone": "06-23456738",
     "email": "tarek.alrifai@example.org",
     "notes": "Kan als vrijwilliger helpen bij Digisterker/Klik & Tik. Wil een ICT-opleiding."},
    {"name": "Behnam Sadeghi", "gender": "m", "birth_year": 1986, "country": "IR",
     "languages": ["fa", "en"], "dutch_level": "A2", "leerroute": "b1",
     "interests": "I was mechanical enginer, worked in factory 8 year for maintanance. I like "
                  "bycicle repair and fixing things, also chess and swiming",
     "profession": "mechanical engineer, maintanance",
     "wants": ["werkervaringsplek", "maatje"], "goals": ["werk", "ontmoeten"],
     "availability": ["mon-am", "wed-am", "fri-am", "sat-pm", "sun-pm"],
     "kern": "Nijkerk", "mobility": ["bike", "ov"], "max_km": 20,
     "needs_childcare": False, "arrived_months_ago": 20, "phone": "06-23456739",
     "email": "behnam.sadeghi@example.org",
     "notes": "Hoog opgeleid, diploma gewaardeerd op hbo-niveau. Technische werkervaringsplek als "
              "opstap."},
    {"name": "Mursal Habibi", "gender": "f", "birth_year": 1998, "country": "AF",
     "languages": ["fa", "en"], "dutch_level": "A2", "leerroute": "onderwijs",
     "interests": "i love childs and want to work in kinderopvang. i like to draw and make fotos "
                  "with my phone",
     "profession": "student, want to be pedagogisch medewerker",
     "wants": ["huiswerkbegeleiding", "gezin", "cultuur"], "goals": ["taal", "werk", "ontmoeten"],
     "availability": ["mon-eve", "wed-pm", "sat-am", "sun-pm"],
     "kern": "Lemelerveld", "mobility": ["bike", "ov"], "max_km": 15,
     "needs_childcare": False, "arrived_months_ago": 11, "phone": "06-23456740",
     "email": "mursal.habibi@example.org",
     "notes": "Onderwijsroute richting MBO Pedagogisch werk. Vrijwilligerswerk met kinderen is een "
              "goede voorbereiding."},
    # ------------------------- Dutch (A2) -----------------------------------
    {"name": "Bassel Saleh", "gender": "m", "birth_year": 1989, "country": "SY",
     "languages": ["ar", "en"], "dutch_level": "A2", "leerroute": "b1",
     "interests": "Ik hou van fietsen en tuinieren. Ik wil graag werken in de zorg, oudere mensen "
                  "helpen. In Syrie ik was leraar Engels.",
     "profession": "Leraar Engels. Nu wil ik helpende zorg worden.",
     "wants": ["taalstage", "vrijwilligerswerk"], "goals": ["werk", "taal"],
     "availability": ["wed-am", "fri-am", "sat-pm", "sun-pm"],
     "kern": "Dalfsen", "mobility": ["bike"], "max_km": 20,
     "needs_childcare": False, "arrived_months_ago": 27, "phone": "06-23456741",
     "email": "bassel.saleh@example.org",
     "notes": "Schrijft zelf in het Nederlands. Eerder taalstage in een keuken alleen met "
              "landgenoten; wil nu echt Nederlands praten op het werk."},
    {"name": "Almaz Woldu", "gender": "f", "birth_year": 1994, "country": "ER",
     "languages": ["ti"], "dutch_level": "A2", "leerroute": "b1",
     "interests": "Ik wil graag vrijwilligerswerk doen. Ik kook graag en ik hou van kinderen. Mijn "
                  "hobby is wandelen met mijn buurvrouw.",
     "profession": "Ik werkte in een restaurant in Soedan. Ik wil in de kinderopvang werken.",
     "wants": ["vrijwilligerswerk", "ontmoeting", "huiswerkbegeleiding"],
     "goals": ["werk", "ontmoeten"],
     "availability": ["wed-pm", "sun-pm", "sun-eve", "mon-am"],
     "kern": "Lemelerveld", "mobility": ["walk", "bike"], "max_km": 8,
     "needs_childcare": False, "arrived_months_ago": 32, "phone": "06-23456742", "email": None,
     "notes": "Examen A2 gehaald. Actief in Koffie en Taal. Klaar voor een vaste "
              "vrijwilligersplek."},
    {"name": "Ammar Alobaidi", "gender": "m", "birth_year": 1981, "country": "IQ",
     "languages": ["ar"], "dutch_level": "A2", "leerroute": "b1",
     "interests": "Ik ben bakker geweest in Irak, 15 jaar. Ik wil weer werken in een bakkerij. "
                  "Vroeg opstaan is geen probleem voor mij.",
     "profession": "Bakker (brood en zoetigheden)",
     "wants": ["taalstage", "werkervaringsplek"], "goals": ["werk", "financien"],
     "availability": ["fri-am", "sat-am", "wed-am"],
     "kern": "Hoonhorst", "mobility": ["bike", "car"], "max_km": 15,
     "needs_childcare": False, "arrived_months_ago": 23, "phone": "06-23456743", "email": None,
     "notes": "Heeft een auto. Bakkerij Wolters in Lemelerveld (ca. 7 km) is een logische match."},
]

# --------------------------------------------------------------------------
# Match stories: how far each demo match has got, so every screen has something
# to show. Each takes the newcomer's best suggestion of one of the given types;
# ``started_days_ago`` puts the start in the past, so follow-ups fall due.
# --------------------------------------------------------------------------

# --------------------------------------------------------------------------
# Translations of offers (written by the demo translator, a bruggenbouwer in Dalfsen)
# --------------------------------------------------------------------------

#: ``offer``: the Dutch title of an OFFERS entry; ``status``: approved (shown) or pending (waits
#: for the coordinator of Dalfsen).
OFFER_TRANSLATIONS = [
    {"offer": "Taalcoach: een uur per week Nederlands praten", "lang": "ar", "status": "approved",
     "title": "مدرّب لغة: ساعة أسبوعيًا للتحدث بالهولندية",
     "description": "متطوع مدرَّب من Taalpunt يتمرّن معك كل أسبوع لمدة سنة: الحديث عن يومك، قراءة "
                    "الرسائل، التسوّق أو الاتصال بطبيب العائلة. تلتقيان في بيتك أو في المكتبة. "
                    "أحضر معك كتاب دروس الاندماج."},
    {"offer": "Taalcoach: een uur per week Nederlands praten", "lang": "ti", "status": "approved",
     "title": "ኣሰልጣኒ ቋንቋ፡ ኣብ ሰሙን ሓደ ሰዓት ሆላንድኛ ምዝራብ",
     "description": "ካብ Taalpunt ዝሰልጠነ ወለንተኛ ንሓደ ዓመት ኣብ ነፍሲ ወከፍ ሰሙን ምሳኻ ይለማመድ፦ "
                    "ብዛዕባ መዓልትኻ ምዝራብ፡ ደብዳበታት ምንባብ፡ ዕዳጋ ወይ ንሓኪም ስድራ ምድዋል። "
                    "ኣብ ገዛኻ ወይ ኣብ ቤተ-መጻሕፍቲ ትራኸቡ። መጽሓፍ ትምህርቲ ምውህሃድካ ሒዝካ ምጻእ።"},
    {"offer": "Koffie en Taal in het kerkelijk centrum bij de Grote Kerk", "lang": "ar", "status": "approved",
     "title": "قهوة ولغة في المركز الكنسي بجوار الكنيسة الكبرى",
     "description": "كل صباح جمعة نشرب القهوة والشاي ونتحدث الهولندية حول طاولات مع متطوعين من "
                    "القرية. لا تحتاج إلى تحضير أي شيء، وأنت مرحَّب بك حتى لو كنت لا تقول شيئًا تقريبًا "
                    "بعد. يلعب الأطفال الصغار في ركن الأطفال مع مربّية."},
    {"offer": "Oefengroep examen Spreken en KNM", "lang": "ti", "status": "pending",
     "title": "ጉጅለ ልምምድ ፈተና ምዝራብን KNMን",
     "description": "ንእሽቶ ጉጅለ ሽዱሽተ ተማሃሮ ምውህሃድ ምስ ክልተ ወለንተኛታት ንፈተና ምዝራብን ፍልጠት "
                    "ሕብረተሰብ ሆላንድን ብሓባር ይለማመዱ። ኣብ ረቡዕ ድሕሪ ቐትሪ።"},
]

MATCH_STORIES = [
    {"newcomer": "Khaled Alhamwi", "types": ["sport"], "to": "accepted"},
    {"newcomer": "Rasha Alali", "types": ["cultuur", "taalcafe"], "to": "started", "started_days_ago": 16},
    {"newcomer": "Filmon Tesfay", "types": ["sport"], "to": "started", "started_days_ago": 60},
    {"newcomer": "Ammar Alobaidi", "types": ["taalstage", "werkervaringsplek"], "to": "started",
     "started_days_ago": 95},
    {"newcomer": "Hiwet Berhe", "types": ["taalstage"], "to": "started", "started_days_ago": 40},
    {"newcomer": "Saba Weldemichael", "types": ["taalcoach", "taalcafe"], "to": "proposed", "by": "newcomer"},
    {"newcomer": "Tarek Alrifai", "types": ["vrijwilligerswerk"], "to": "proposed", "by": "coordinator"},
    {"newcomer": "Lina Almasri", "types": ["huiswerkbegeleiding", "vrijwilligerswerk"], "to": "proposed",
     "by": "provider"},
    {"newcomer": "Yousef Darwish", "types": ["taalstage", "werkervaringsplek"], "to": "approved"},
    {"newcomer": "Bassel Saleh", "types": ["taalstage", "vrijwilligerswerk"], "to": "ended",
     "reason": "work_or_study", "started_days_ago": 190},
    {"newcomer": "Omar Alsheikh", "types": ["sport", "maatje"], "to": "rejected", "reason": "schedule"},
    {"newcomer": "Zahra Ahmadi", "types": ["cultuur", "ontmoeting"], "to": "declined", "reason": "distance"},
    {"newcomer": "Ali Hussein Jasim", "types": ["taalstage", "vrijwilligerswerk"], "to": "started",
     "started_days_ago": 20},
    {"newcomer": "Ahmad Zaki Sultani", "types": ["sport", "maatje"], "to": "proposed", "by": "newcomer"},
]
