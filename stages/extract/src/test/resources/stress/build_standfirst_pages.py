#!/usr/bin/env python3
"""The stress pages of the fifth group (the standfirst under the headline: a dek, subtitle, sapo, Vorspann,
entradilla, sommario, ingress), with lede look-alikes that are the article's own first paragraph and must stay,
written for issue 16 before any rule was changed for them.

Same method as build_header_pages.py (whose page chrome and page writer it reuses): each page is one hand-written
article, its paragraphs (the ground truth, never read back from the extractor) and the markup around them. The ground
truth is the body without the dek (the article's description, not its body) and with the lede. Some pages declare a
description in their head (equal to the dek, near it, or the lede's first sentence), others none. Writes the pages
into tune/ and check/ and merges their bodies into each half's ground-truth.json. Deterministic.
"""
import html

from build_header_pages import chrome, ps, write_pages

PAGES = []


def page(half, name, lang, site, title, body, article, description=None, og=True):
    """body: the article's own blocks, in order (the ground truth); article: the markup, with the dek if any;
    description: the head's description (og:description when og, else meta name=description), or none."""
    doc = chrome(lang, site, title, article)
    if description is not None:
        attr = 'property="og:description"' if og else 'name="description"'
        doc = doc.replace('<meta charset="utf-8">',
                          f'<meta charset="utf-8"><meta {attr} content="{html.escape(description, quote=True)}">', 1)
    PAGES.append((half, name, doc, title, body))


def first_sentence(paragraph):
    return paragraph.split(". ")[0] + "."


# ================================================================ tune half

# ---- a dek in the article's <header>, classed "standfirst", og:description equal to it
T = "City to close three branch libraries and open one central learning hub"
D = "The council says the new building will open longer hours, but campaigners fear for the elderly readers who walk to their local branch."
B = [
    "The city council voted on Wednesday to close three branch libraries in the north of the city by the end of next year and to open a central learning hub beside the main bus station.",
    "The hub will open from eight in the morning until ten at night, seven days a week, and will hold study rooms, a makerspace and a children's floor, according to the plans approved by the cabinet.",
    "Campaigners who collected more than six thousand signatures against the closures said many elderly readers could not manage the bus journey into the centre.",
    "\u201cMy mother has walked to the Hillcrest branch every Tuesday for forty years,\u201d said Ruth Okafor, who started the petition. \u201cShe will not sit on two buses to borrow a book.\u201d",
    "The council said a mobile library would visit each of the three neighbourhoods once a week, and that the sale of the branch buildings would pay for part of the hub.",
]
page("tune", "dek-en-standfirst", "en", "Northgate Post", T, B, f"""<article>
<header>
<h1>{T}</h1>
<p class="standfirst">{D}</p>
<p class="byline">By Simon Achebe</p>
</header>
<div class="article-body">
{ps(B)}
</div>
</article>""", description=D)

# ---- a German Vorspann as an <h2> sibling of the <h1>, no class, meta description equal to it
T = "Freibad öffnet in diesem Sommer erst im Juni"
D = "Weil die Sanierung der Becken länger dauert, beginnt die Badesaison vier Wochen später als geplant. Die Preise bleiben gleich."
B = [
    "Das Freibad am Stadtpark wird in diesem Jahr erst am 14. Juni öffnen, vier Wochen später als geplant. Das teilten die Stadtwerke am Montag im Sportausschuss mit.",
    "Bei der Sanierung des Sprungbeckens hatten Arbeiter im Winter Risse in der Bodenplatte entdeckt, die zuerst untersucht und dann abgedichtet werden mussten.",
    "Der Förderverein des Bades zeigte sich enttäuscht. \u201eDie Schulen hatten ihre Schwimmkurse für Mai schon geplant\u201c, sagte die Vorsitzende Petra Wendland.",
    "Die Eintrittspreise bleiben nach Angaben der Stadtwerke unverändert. Die Saisonkarte kostet weiterhin 85 Euro für Erwachsene und 40 Euro für Kinder.",
]
page("tune", "dek-de-h2-sibling", "de", "Westfalen Bote", T, B, f"""<div class="kopf">
<h1>{T}</h1>
<h2>{D}</h2>
<div class="autor">Von Markus Pohl</div>
</div>
<div class="text">
{ps(B)}
</div>""", description=D, og=False)

# ---- a French chapô as a div inside the article's header, no description in the head
T = "La région rouvre la ligne ferroviaire entre Mende et La Bastide"
D = "Fermée depuis 2022 après un éboulement, la ligne reprendra du service en septembre avec quatre allers-retours par jour."
B = [
    "La ligne ferroviaire entre Mende et La Bastide-Puylaurent rouvrira le 1er septembre, a annoncé jeudi le président de la région lors d'une visite du chantier.",
    "Un éboulement avait endommagé la voie et un tunnel en février 2022. Les travaux de confortement de la paroi rocheuse ont coûté 14 millions d'euros, financés par l'État et la région.",
    "Quatre allers-retours seront proposés chaque jour en semaine, et deux le week-end. Les horaires ont été choisis pour permettre aux lycéens de rejoindre Mende avant huit heures.",
    "Les associations d'usagers saluent la réouverture mais demandent une correspondance garantie à La Bastide avec les trains vers Clermont-Ferrand.",
]
page("tune", "dek-fr-chapo-div", "fr", "Le Courrier du Massif", T, B, f"""<article class="article">
<header class="article-header">
<h1>{T}</h1>
<div class="chapo">{D}</div>
<div class="signature">Par Claire Vidal</div>
</header>
<section class="article-corps">
{ps(B)}
</section>
</article>""")

# ---- a Spanish entradilla as an <h2> in the header, og:description a shortened copy of it
T = "El puerto amplía su terminal de contenedores hacia el sur"
D = "La obra, que costará 120 millones de euros, permitirá atender buques de hasta 400 metros de eslora a partir de 2028."
B = [
    "La autoridad portuaria aprobó el martes el proyecto de ampliación de la terminal de contenedores, que ganará 30 hectáreas al mar en el muelle sur.",
    "Las obras comenzarán en otoño y durarán unos tres años. La nueva explanada tendrá capacidad para un millón de contenedores más al año, según el proyecto.",
    "Los pescadores de la cofradía local han presentado alegaciones porque la escollera ocupará parte de sus caladeros tradicionales.",
    "El presidente del puerto aseguró que se estudiarán compensaciones y que la obra creará unos 400 empleos durante su construcción.",
]
page("tune", "dek-es-entradilla-h2", "es", "Diario del Litoral", T, B, f"""<div class="cabecera">
<h1>{T}</h1>
<h2 class="entradilla">{D}</h2>
<span class="firma">Por Ana Beltrán</span>
</div>
<div class="cuerpo">
{ps(B)}
</div>""", description="La obra, que costará 120 millones de euros, permitirá atender buques de hasta 400 metros de eslora...")

# ---- an Italian sommario as a <p> sibling of the <h1>, og:description equal to it, a lead image after it
T = "Il comune pedonalizza il lungolago nei fine settimana"
D = "Dal primo maggio niente auto il sabato e la domenica sul tratto tra il porto e il lido. Navette gratuite dai parcheggi."
B = [
    "Il lungolago sarà chiuso al traffico il sabato e la domenica dal primo maggio alla fine di settembre, ha deciso la giunta comunale nella seduta di venerdì.",
    "Il divieto riguarda il tratto di un chilometro e mezzo tra il porto turistico e il lido comunale. I residenti potranno accedere ai propri garage con un permesso.",
    "Il comune metterà a disposizione navette gratuite ogni quindici minuti dai due parcheggi di interscambio all'ingresso della città.",
    "I commercianti del lungolago sono divisi: i gestori dei bar si dicono favorevoli, mentre alcuni negozianti temono di perdere i clienti che arrivano in auto.",
]
page("tune", "dek-it-sommario-image", "it", "La Voce del Lago", T, B, f"""<div class="articolo">
<h1>{T}</h1>
<p class="sommario">{D}</p>
<figure><img src="/img/lungolago.jpg" alt="Il lungolago"><figcaption>Il lungolago al tramonto</figcaption></figure>
<div class="testo">
{ps(B)}
</div>
</div>""", description=D)

# ---- an English dek without any class, before the byline and the lead image, og:description equal to it
T = "Ferry operator orders two electric boats for the island crossing"
D = "The vessels will replace diesel ferries that have served the route for thirty years."
B = [
    "Island Link has ordered two battery-electric ferries for the twenty-minute crossing between the harbour and Carrick Island, the company said on Thursday.",
    "Each vessel will carry up to 150 passengers and 20 cars and recharge at the quayside in the ten minutes it takes to unload and load, according to the shipyard.",
    "The company said the ferries would cut its fuel bill by about a third. The government's maritime fund is paying for 40 per cent of the two boats' cost.",
    "Islanders welcomed the order but asked for a third vessel. \u201cWhen one breaks down in winter we are cut off,\u201d said Moira Quinn, who runs the island's shop.",
]
page("tune", "dek-en-noclass-before-byline", "en", "Western Isles Times", T, B, f"""<div class="post">
<h1>{T}</h1>
<p>{D}</p>
<div class="meta">By Fergus Reid</div>
<figure><img src="/img/ferry.jpg" alt="A ferry"></figure>
<div class="post-body">
{ps(B)}
</div>
</div>""", description=D)

# ---- lede look-alike: BBC's bold introduction, first paragraph of the body container, og:description its first sentence
T = "Hospital opens new maternity unit after years of delay"
B = [
    "A new maternity unit has opened at Riverside General Hospital, six years after it was first promised. The unit has twelve delivery rooms and a birthing pool.",
    "The old unit, in a building from the 1960s, had been criticised by inspectors for its cramped wards and its lack of privacy for families.",
    "Midwives moved the first mothers and babies across on Sunday morning. \u201cIt is light, it is calm, and we finally have room to work,\u201d said head midwife Angela Burns.",
    "The health board said the unit had cost \u00a328 million and would handle about four thousand births a year.",
]
page("tune", "lede-en-bold-introduction", "en", "Riverside News", T, B, f"""<div class="story-body">
<h1 class="story-body__h1">{T}</h1>
<div class="byline">By Tom Harris</div>
<div class="story-body__inner">
<p class="story-body__introduction"><b>{B[0]}</b></p>
{ps(B[1:])}
</div>
</div>""", description=first_sentence(B[0]))

# ---- lede look-alike: p.lead first in the content, og:description the whole lede
T = "Teachers vote to accept pay offer, ending months of strikes"
B = [
    "Teachers in the county have voted to accept a pay offer of 5.5 per cent, ending a dispute that closed schools for eleven days since September.",
    "The union said 68 per cent of members who took part in the ballot had voted yes, on a turnout of just over half.",
    "The deal also includes a cap on the number of hours teachers can be asked to spend on marking and paperwork each week.",
    "Parents' groups said they were relieved. Schools will make up some of the lost days with extra revision sessions before the exams in May.",
]
page("tune", "lede-en-p-lead", "en", "County Herald", T, B, f"""<article>
<h1>{T}</h1>
<div class="byline">By Priya Shah, Education Reporter</div>
<div class="content">
<p class="lead">{B[0]}</p>
{ps(B[1:])}
</div>
</article>""", description=B[0])

# ---- lede look-alike: a one-sentence first paragraph right under the <h1>, in the same container as the rest
T = "Stadt verlängert das Nachtfahrverbot für Lastwagen in der Altstadt"
B = [
    "Lastwagen dürfen die Altstadt auch im kommenden Jahr zwischen 22 und 6 Uhr nicht befahren.",
    "Das beschloss der Stadtrat am Dienstag mit großer Mehrheit. Das Verbot war vor einem Jahr als Versuch eingeführt worden, nachdem sich Anwohner über Lärm beschwert hatten.",
    "Lieferdienste und Handwerker dürfen mit einer Ausnahmegenehmigung weiter einfahren. Die Stadt will die Anträge künftig schneller bearbeiten.",
    "Der Einzelhandelsverband kritisierte die Entscheidung. Die Geschäfte müssten nun teurere Lieferungen am Tag bezahlen, sagte ein Sprecher.",
]
page("tune", "lede-de-one-sentence", "de", "Altstadt Zeitung", T, B, f"""<div class="artikel">
<h1>{T}</h1>
{ps(B)}
</div>""", description=B[0])

# ---- lede look-alike: an intro paragraph with a dateline, first of the body container; the h1 in a header
T = "Airline cancels winter flights to three regional airports"
B = [
    "DUBLIN, 3 March \u2013 Green Wing will stop flying to three regional airports from November, the airline said on Monday, blaming higher airport charges and weak winter demand.",
    "The routes to Kerry, Knock and Donegal carried about 90,000 passengers last winter, according to figures from the airports.",
    "The airline said it would move the aircraft to routes to the Canary Islands, where bookings for the winter were up by a fifth.",
    "The airports said they were disappointed and would look for another airline to take over the routes.",
]
page("tune", "lede-en-dateline-intro", "en", "Wire Today", T, B, f"""<header class="entry-header"><h1>{T}</h1></header>
<div class="entry-content">
<p class="intro">{B[0]}</p>
{ps(B[1:])}
</div>""")

# ---- both: a Portuguese subtitle in the header (goes) and a p.lead first in the body (stays)
T = "Prefeitura inaugura ciclovia ligando o centro à zona norte"
D = "São onze quilômetros de pista segregada, com iluminação e bicicletários em quatro estações de metrô."
B = [
    "A prefeitura inaugurou no sábado a ciclovia que liga a praça central ao bairro de Santana, na zona norte, depois de dois anos de obras.",
    "A pista tem onze quilômetros e passa por quatro estações de metrô, onde foram instalados bicicletários com vagas para trezentas bicicletas.",
    "Ciclistas que acompanharam a inauguração elogiaram a iluminação, mas pediram mais fiscalização contra motos que usam a pista nos horários de pico.",
    "A secretaria de mobilidade disse que a próxima etapa vai ligar a ciclovia à zona leste até o fim do ano que vem.",
]
page("tune", "dek-pt-subtitle-and-lead", "pt", "Jornal da Cidade", T, B, f"""<article>
<header>
<h1>{T}</h1>
<h2 class="subtitle">{D}</h2>
<p class="author">Por Rafael Souza</p>
</header>
<div class="article-text">
<p class="lead">{B[0]}</p>
{ps(B[1:])}
</div>
</article>""", description=D)

# ---- a Dutch teaser in a <header>, two sentences, no description in the head
T = "Gemeente plant duizend nieuwe woningen op oud haventerrein"
D = "Op het terrein van de voormalige scheepswerf komen huur- en koopwoningen. De eerste bewoners kunnen er in 2029 terecht."
B = [
    "De gemeente wil op het oude haventerrein aan de noordkant van de stad duizend woningen bouwen, heeft het college dinsdag bekendgemaakt.",
    "Ongeveer een derde van de woningen wordt sociale huur. Daarnaast komen er een basisschool, een supermarkt en een park langs het water.",
    "Omwonenden maken zich zorgen over het verkeer op de smalle dijkweg. De gemeente belooft een nieuwe ontsluitingsweg aan te leggen voordat de bouw begint.",
    "De gemeenteraad stemt in juni over het plan. Als de raad instemt, begint de sanering van de grond volgend jaar.",
]
page("tune", "dek-nl-teaser-header", "nl", "Havenstad Nieuws", T, B, f"""<main>
<header class="article-head">
<h1>{T}</h1>
<div class="teaser">{D}</div>
<time datetime="2026-03-10">10 maart 2026</time>
</header>
<div class="article-body">
{ps(B)}
</div>
</main>""")

# ================================================================ check half

# ---- a dek as The Verge sets it: p.p-dek in the hero beside the h1, og:description equal to it
T = "A budget phone maker promises seven years of updates"
D = "The company's new midrange phone will get Android updates until 2033, longer than most flagships."
B = [
    "Lumo announced on Tuesday that its new midrange phone, the Lumo 5, will receive operating system and security updates for seven years after its release.",
    "That promise matches what the largest phone makers offer for their most expensive models, and it is rare for a phone that sells for under four hundred dollars.",
    "The company said it would keep spare parts for the same period and publish repair guides for the battery, the screen and the charging port.",
    "Analysts said the pledge would matter most to schools and companies that buy phones in bulk and keep them for years.",
]
page("check", "dek-en-hero-dek", "en", "Circuit", T, B, f"""<div class="c-entry-hero">
<h1 class="c-page-title">{T}</h1>
<p class="c-entry-summary p-dek">{D}</p>
<div class="c-byline">By Dana Wright</div>
</div>
<div class="c-entry-content">
{ps(B)}
</div>""", description=D)

# ---- a German Vorspann in bold in the article's header, meta description near it (one word changed)
T = "Landkreis schließt zwei Geburtsstationen"
D = "Wegen fehlender Hebammen werden die Stationen in Neustadt und Kirchberg zum Jahresende geschlossen. Schwangere müssen künftig bis zu 50 Kilometer fahren."
B = [
    "Der Kreistag hat am Mittwoch beschlossen, die Geburtsstationen der Kliniken in Neustadt und Kirchberg zum 31. Dezember zu schließen.",
    "Beide Stationen hatten im vergangenen Jahr zusammen weniger als 600 Geburten. Seit dem Sommer konnten mehrere Schichten nicht mehr mit Hebammen besetzt werden.",
    "Die Geburten sollen künftig im Kreiskrankenhaus in der Kreisstadt stattfinden, das dafür zwei zusätzliche Kreißsäle bekommt.",
    "Eine Elterninitiative kündigte Protest an. \u201eIm Winter ist die Strecke über den Pass gefährlich\u201c, sagte die Sprecherin Anja Roth.",
]
page("check", "dek-de-vorspann-bold", "de", "Kreisanzeiger", T, B, f"""<article>
<header class="artikel-kopf">
<h1>{T}</h1>
<p class="vorspann"><strong>{D}</strong></p>
<div class="autor">Von Jens Hoffmann</div>
</header>
<div class="artikel-text">
{ps(B)}
</div>
</article>""", description=D.replace("künftig", "dann"), og=False)

# ---- a French sapo as an <h2> without class right under the h1, og:description equal to it
T = "Le festival de jazz déménage sur les quais"
D = "Pour sa vingtième édition, le festival quitte le parc du château et s'installe au bord du fleuve, avec deux scènes gratuites."
B = [
    "Le festival de jazz de la ville se tiendra cette année sur les quais, du 10 au 14 juillet, ont annoncé mardi les organisateurs.",
    "Le parc du château, qui accueillait l'événement depuis sa création, sera fermé pour travaux pendant tout l'été.",
    "Deux scènes gratuites seront installées près du pont de pierre, en plus de la grande scène payante. Les organisateurs attendent quarante mille spectateurs.",
    "Les riverains des quais ont obtenu que les concerts s'arrêtent à minuit en semaine et à une heure le week-end.",
]
page("check", "dek-fr-h2-sapo", "fr", "L'Écho du Fleuve", T, B, f"""<div class="article">
<h1>{T}</h1>
<h2>{D}</h2>
<p class="auteur">Par Julien Marchand</p>
<div class="texte">
{ps(B)}
</div>
</div>""", description=D)

# ---- a Spanish subtítulo of two sentences as a div, no description in the head
T = "La ciudad instalará sombras en veinte patios escolares"
D = "Los toldos y árboles estarán listos antes del verano. El plan responde a las quejas de las familias por el calor."
B = [
    "El ayuntamiento instalará toldos y plantará árboles en los patios de veinte colegios públicos antes de que termine el curso, anunció el jueves la concejala de Educación.",
    "Las familias llevaban dos años reclamando sombra en los patios, donde el año pasado se midieron temperaturas de más de cuarenta grados en junio.",
    "La inversión será de 2,4 millones de euros. Los primeros trabajos comenzarán en marzo en los centros de los barrios del sur.",
    "La federación de asociaciones de padres celebró el anuncio, aunque pidió que el plan llegue también a los institutos.",
]
page("check", "dek-es-subtitulo-div", "es", "Crónica Municipal", T, B, f"""<div class="noticia">
<div class="titulares">
<h1>{T}</h1>
<div class="subtitulo">{D}</div>
</div>
<div class="noticia-cuerpo">
{ps(B)}
</div>
</div>""")

# ---- a Swedish ingress in the header, og:description equal to it
T = "Kommunen bygger ny simhall vid idrottsplatsen"
D = "Den gamla simhallen från 1972 stängs när den nya öppnar hösten 2028."
B = [
    "Kommunfullmäktige beslutade på måndagen att bygga en ny simhall vid idrottsplatsen i norra delen av staden.",
    "Hallen får en 25-metersbassäng med åtta banor, en undervisningsbassäng och ett äventyrsbad för barn.",
    "Byggkostnaden beräknas till 310 miljoner kronor. Oppositionen röstade emot och ville i stället renovera den gamla hallen.",
    "Simklubben välkomnade beslutet. Klubben har i dag kö till simskolan på över fyrahundra barn.",
]
page("check", "dek-sv-ingress", "sv", "Lokaltidningen", T, B, f"""<article>
<header class="article-header">
<h1>{T}</h1>
<p class="ingress">{D}</p>
</header>
<div class="byline">Av Karin Lund</div>
<div class="article-body">
{ps(B)}
</div>
</article>""", description=D)

# ---- an English summary after the byline and date, before the lead image; og:description equal to it
T = "Water company fined for sewage spills into the river"
D = "Regulators said the company had failed to report more than two hundred overflows over three years."
B = [
    "Severnside Water has been fined \u00a34.2 million for discharging untreated sewage into the River Leam and failing to report the spills, the environment regulator said on Friday.",
    "Investigators found that monitors at two treatment works had been switched off for months at a time between 2021 and 2024.",
    "The company apologised and said it had spent \u00a312 million upgrading the two works since the investigation began.",
    "Anglers and swimmers who use the river said the fine was too small to change the company's behaviour.",
]
page("check", "dek-en-summary-after-byline", "en", "Midlands Gazette", T, B, f"""<div class="article">
<h1>{T}</h1>
<div class="article-meta"><span class="author">By Helen Marsh</span> <time datetime="2026-02-20">20 February 2026</time></div>
<p class="article-summary">{D}</p>
<figure><img src="/img/river.jpg" alt="The river"><figcaption>The River Leam near the treatment works</figcaption></figure>
<div class="article-content">
{ps(B)}
</div>
</div>""", description=D)

# ---- an Italian sommario as an <h3> without class, the head's description another text
T = "Riapre dopo tre anni il teatro comunale"
D = "Restaurati il soffitto affrescato e i palchi. In cartellone quaranta spettacoli fino a giugno."
B = [
    "Il teatro comunale riaprirà sabato sera con un concerto dell'orchestra cittadina, dopo tre anni di lavori di restauro e di adeguamento antincendio.",
    "I restauratori hanno recuperato il soffitto affrescato della sala, danneggiato da infiltrazioni d'acqua, e i quattro ordini di palchi in legno.",
    "Il cartellone della prima stagione prevede quaranta spettacoli tra prosa, lirica e danza, con biglietti ridotti per gli studenti.",
    "Il sindaco ha ringraziato i cittadini che con una raccolta fondi hanno contribuito al restauro del sipario storico.",
]
page("check", "dek-it-h3-other-description", "it", "Corriere della Valle", T, B, f"""<div class="pezzo">
<h1>{T}</h1>
<h3>{D}</h3>
<div class="firma">di Luca Ferri</div>
<div class="corpo">
{ps(B)}
</div>
</div>""", description="Tutte le notizie di cultura e spettacolo dalla valle.")

# ---- lede look-alike: article__intro first in the body container (French), og:description its first sentence
T = "Les urgences pédiatriques rouvrent la nuit"
B = [
    "Les urgences pédiatriques de l'hôpital rouvriront la nuit à partir du 1er avril. Elles étaient fermées entre minuit et huit heures depuis l'automne faute de médecins.",
    "L'agence régionale de santé a annoncé le recrutement de trois pédiatres, dont deux viennent d'un hôpital parisien.",
    "Pendant la fermeture nocturne, les familles devaient se rendre à l'hôpital de la préfecture, à soixante kilomètres.",
    "Le collectif de parents qui avait manifesté en janvier reste prudent et attend de voir si les effectifs tiendront pendant l'été.",
]
page("check", "lede-fr-article-intro", "fr", "Le Républicain du Val", T, B, f"""<article>
<div class="article__heading"><h1 class="article__title">{T}</h1><span class="article__author">Par Sophie Martin</span></div>
<div class="article__content">
<p class="article__intro">{B[0]}</p>
{ps(B[1:])}
</div>
</article>""", description=first_sentence(B[0]))

# ---- lede look-alike: a first paragraph in bold, first in the body container, og:description its first sentence
T = "Volunteers finish restoring the old signal box"
B = [
    "The signal box at Millbrook station is working again after volunteers spent five years restoring its levers, its bell and its wooden frame. Visitors can see it on open days.",
    "The box controlled trains on the line until 1988, when signalling was moved to a control centre. It was left empty and its windows were smashed.",
    "The heritage group bought the levers back from a collector in Wales and found the original bell in the attic of a retired signalman's house.",
    "The first open day is on Easter Monday, when the group will run a demonstration every hour.",
]
page("check", "lede-en-bold-first", "en", "Millbrook Weekly", T, B, f"""<h1>{T}</h1>
<div class="post-content">
<p><strong>{B[0]}</strong></p>
{ps(B[1:])}
</div>""", description=first_sentence(B[0]))

# ---- lede look-alike: a one-sentence first paragraph under a header, og:description equal to it
T = "Bahn streicht Halt in Lindenau"
B = [
    "Die Regionalbahn hält ab Dezember nicht mehr im Bahnhof Lindenau.",
    "Das geht aus dem neuen Fahrplan hervor, den der Verkehrsverbund am Freitag veröffentlicht hat. Pro Tag stiegen in Lindenau zuletzt weniger als vierzig Fahrgäste ein.",
    "Der Ortsbürgermeister nannte die Entscheidung einen Fehler. Viele ältere Menschen hätten kein Auto und seien auf den Zug angewiesen.",
    "Der Verkehrsverbund will einen Rufbus einrichten, der Lindenau mit dem Bahnhof im Nachbarort verbindet.",
]
page("check", "lede-de-one-sentence-og", "de", "Landbote", T, B, f"""<header class="titel"><h1>{T}</h1></header>
<div class="beitrag">
{ps(B)}
</div>""", description=B[0])

# ---- lede look-alike: p.lead with a Spanish agency dateline, first of the body
T = "El Gobierno aprueba el plan de regadíos para la cuenca del Ebro"
B = [
    "MADRID, 3 de marzo (EFE).- El Consejo de Ministros aprobó este martes un plan de modernización de regadíos para la cuenca del Ebro con una inversión de 350 millones de euros.",
    "El plan financiará la sustitución de acequias abiertas por tuberías a presión en unas 60.000 hectáreas, según el Ministerio de Agricultura.",
    "Las comunidades de regantes deberán aportar una cuarta parte del coste de las obras en sus términos municipales.",
    "Las organizaciones agrarias valoraron el plan, aunque reclamaron que llegue también a los regadíos de secano en Aragón.",
]
page("check", "lede-es-dateline-lead", "es", "Agencia Noticias", T, B, f"""<div class="nota">
<h1>{T}</h1>
<div class="nota-texto">
<p class="lead">{B[0]}</p>
{ps(B[1:])}
</div>
</div>""", description=first_sentence(B[0]))

# ---- both: a sub-headline in the header (goes) and a bold introduction first in the body (stays)
T = "Council approves new park-and-ride at the ring road"
D = "Five hundred spaces and a bus every ten minutes are meant to take cars out of the centre."
B = [
    "A park-and-ride with five hundred spaces will be built beside the ring road at Eastfield, after councillors approved the plan on Thursday night.",
    "Buses will run every ten minutes to the centre from six in the morning until eight at night, and a day ticket including parking will cost four pounds.",
    "Residents of Eastfield objected to the loss of a field used by the local football club. The council promised a new pitch on the other side of the site.",
    "Building is due to start in the summer and the site should open next spring.",
]
page("check", "dek-en-subheadline-and-intro", "en", "Eastfield Echo", T, B, f"""<article>
<header class="story-header">
<h1>{T}</h1>
<p class="sub-headline">{D}</p>
</header>
<div class="story-body">
<p class="story-intro"><b>{B[0]}</b></p>
{ps(B[1:])}
</div>
</article>""", description=D)


def main():
    write_pages(PAGES)


if __name__ == "__main__":
    main()
