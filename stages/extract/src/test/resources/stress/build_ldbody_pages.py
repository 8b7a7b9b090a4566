#!/usr/bin/env python3
"""The stress pages of the fourth group (the publisher's own JSON-LD articleBody as a boundary signal, issue 16),
written before any rule was changed for them.

Each page is one hand-written article: its blocks as a careful reader takes them (the ground truth, written here and
never read back from the extractor or copied from the JSON-LD), the page's markup around and among them, and the
page's schema.org JSON-LD, whose articleBody is what the publisher states, in the forms publishers use: plain text,
HTML (escaped as JSON or as entities), whitespace flattened, other quotation marks, in an @graph or a top-level array;
and the cases where it must change nothing: a teaser or a truncated paywall body, the description again, a live blog
whose first article object is one entry, a body that holds some junk itself. Writes the pages into tune/ and check/ and
merges their bodies into each half's ground-truth.json. Deterministic: run it again and nothing changes.
"""
import json
import re

from build_header_pages import chrome, ps, write_pages

PAGES = []


def ld_script(obj, escape_html=True):
    """A JSON-LD script as publishers write it; '<' escaped as \\u003c (as Drupal and WordPress do) unless told not to."""
    text = json.dumps(obj, ensure_ascii=False)
    if escape_html:
        text = text.replace("<", "\\u003c").replace(">", "\\u003e")
    return f'<script type="application/ld+json">{text}</script>'


def page(half, name, lang, site, title, body, article, ld, escape_html=True):
    """body: the article's own blocks, in order (the ground truth); article: the markup, with the junk; ld: the JSON-LD."""
    html = chrome(lang, site, title, article).replace("</head>", ld_script(ld, escape_html) + "</head>", 1)
    PAGES.append((half, name, html, title, body))


def article(kind, title, body, **more):
    obj = {"@context": "https://schema.org", "@type": kind, "headline": title, "articleBody": body,
           "datePublished": "2026-03-04T09:30:00+01:00"}
    obj.update(more)
    return obj


def straight(text):
    """The same text with straight quotation marks and hyphens, as many CMSs store it."""
    for a, b in (("\u201c", '"'), ("\u201d", '"'), ("\u201e", '"'), ("\u2018", "'"), ("\u2019", "'"), ("\u00ab ", '"'),
                 (" \u00bb", '"'), ("\u2013", "-"), ("\u2014", "-")):
        text = text.replace(a, b)
    return text


# ================================================================ tune half

# ---- plain-text body without the gallery line, the price box, the score and a poll (English)
T = "Review: the Lumen 3 e-reader finally gets the screen right"
B = [
    "The Lumen 3 is the first e-reader in years that made me want to leave my phone in another room. Its new screen is sharper than any we have tested, and the warm light no longer turns pages yellow at night.",
    "Battery life is the other big change. In a week of reading for two hours a day the battery fell to 61 per cent, and the device charges over USB-C in under two hours.",
    "The software is still the weak point. Collections are hard to manage, and the store pushes its own subscription on the home screen every time the device wakes up.",
    "At its price the Lumen 3 is not the cheapest choice, but it is the best e-reader we have used, and the one we would recommend to anyone who reads every day.",
]
page("tune", "ldbody-en-review", "en", "Gadget Ledger", T, B, f"""<article>
<h1>{T}</h1>
<div class="article-body">
<p>{B[0]}</p>
<p>Gallery: Lumen 3 review | 14 Photos</p>
<p>{B[1]}</p>
<div class="buy"><p>Lumen 3</p><p>from $179.99</p></div>
<p>{B[2]}</p>
<div class="score"><p>84</p><p>Our verdict</p></div>
<p>{B[3]}</p>
<div class="poll"><p>Do you read on an e-reader or on your phone? Tell us in the poll below.</p></div>
</div>
</article>""", article("Review", T, "\n\n".join(B), author={"@type": "Person", "name": "Kim Ostrander"}))

# ---- HTML body escaped as JSON, leaving out a caption without a credit and a "Zum Thema" box (German)
T = "Bahn baut Nachtzugverbindung nach Kopenhagen aus"
B = [
    "Die Bahn wird ihre Nachtzugverbindung nach Kopenhagen vom Dezember an täglich statt dreimal pro Woche anbieten, teilte das Unternehmen am Mittwoch mit.",
    "Die Züge fahren um 21.40 Uhr in Berlin ab und erreichen Kopenhagen am nächsten Morgen um 7.15 Uhr. Neu sind Abteile mit eigener Dusche und ein Wagen nur für Familien.",
    "\u201eDie Nachfrage ist seit dem Start doppelt so hoch wie erwartet\u201c, sagte der Fernverkehrsvorstand Markus Riehl. Viele Fahrten seien Wochen im Voraus ausgebucht.",
    "Fahrgastverbände begrüßten den Ausbau, kritisierten aber die Preise: Ein Platz im Liegewagen kostet in der Hauptsaison bis zu 139 Euro.",
]
page("tune", "ldbody-de-htmlbody", "de", "Nordkurier Online", T, B, f"""<h1>{T}</h1>
<div class="story-text">
<p>{B[0]}</p>
<figure><img src="/img/nachtzug.jpg" alt="Nachtzug"></figure>
<p class="bildtext">Ein Nachtzug bei der Ausfahrt aus dem Berliner Hauptbahnhof im vergangenen Winter.</p>
<p>{B[1]}</p>
<div class="zum-thema"><p>Zum Thema</p><p>Warum Nachtzüge in Europa ein Comeback erleben</p></div>
{ps(B[2:])}
</div>""", article("NewsArticle", T, "".join(f"<p>{p}</p>" for p in B)))

# ---- @graph (Yoast), flattened whitespace, straight quotes in the body; leaves out a caption and an app promo (French)
T = "La ville rouvre la piscine municipale après deux ans de travaux"
B = [
    "La piscine municipale rouvrira ses portes le 2 mai, après deux ans de travaux de rénovation qui ont coûté 7,8 millions d\u2019euros à la commune.",
    "Le bassin de cinquante mètres a été entièrement refait et un bassin d\u2019apprentissage a été ajouté pour les écoles, qui pourront y emmener leurs élèves quatre matinées par semaine.",
    "\u00ab Nous avons voulu une piscine pour tous les âges \u00bb, a expliqué l\u2019adjointe aux sports, Nadia Benali, lors de la visite du chantier jeudi.",
    "Les tarifs restent inchangés, mais les horaires d\u2019ouverture seront élargis le soir en semaine jusqu\u2019à 21 heures.",
]
page("tune", "ldbody-fr-graph", "fr", "Le Petit Rhodanien", T, B, f"""<article>
<h1>{T}</h1>
<div class="entry">
<p>{B[0]}</p>
<figure><img src="/img/piscine.jpg" alt="La piscine"></figure>
<p><em>Le nouveau bassin d\u2019apprentissage, vu depuis les gradins.</em></p>
{ps(B[1:3])}
<p class="promo">Toute l\u2019actualité de votre ville, en direct, dans l\u2019appli du Petit Rhodanien.</p>
<p>{B[3]}</p>
</div>
</article>""", {"@context": "https://schema.org", "@graph": [
    {"@type": "WebPage", "@id": "https://rhodanien.example/piscine/#webpage", "name": T},
    {"@type": "Person", "@id": "https://rhodanien.example/#/schema/person/7", "name": "Julie Marchand"},
    {"@type": "NewsArticle", "@id": "https://rhodanien.example/piscine/#article", "headline": T,
     "author": {"@id": "https://rhodanien.example/#/schema/person/7"}, "articleBody": straight(" ".join(B))}]})

# ---- top-level array, type as an array; leaves out a gallery line and a "most read" box (Spanish)
T = "El ayuntamiento amplía el horario de las bibliotecas en época de exámenes"
B = [
    "Las cinco bibliotecas municipales abrirán hasta la una de la madrugada durante la época de exámenes, desde el 15 de mayo hasta el 30 de junio, anunció el ayuntamiento este lunes.",
    "La medida responde a una petición de las asociaciones de estudiantes, que recogieron más de cuatro mil firmas el pasado invierno para reclamar más plazas de estudio por la noche.",
    "\u201cMuchos jóvenes no tienen en casa un lugar tranquilo para estudiar\u201d, explicó la concejala de Cultura, Marta Iglesias, que calculó el coste del servicio en 180.000 euros.",
    "El ayuntamiento reforzará la vigilancia y el servicio de limpieza, y estudiará mantener el horario ampliado también en los exámenes de septiembre.",
]
page("tune", "ldbody-es-array", "es", "Diario del Valle", T, B, f"""<h1>{T}</h1>
<section>
{ps(B[:2])}
<p>Galería: Así son las nuevas salas de estudio | 9 fotos</p>
{ps(B[2:])}
<div class="lo-mas-leido"><p>Lo más visto</p><p>1. Cortes de tráfico en el centro por las obras del tranvía</p></div>
</section>""", [{"@context": "https://schema.org", "@type": "Organization", "name": "Diario del Valle"},
                 {"@context": "https://schema.org", "@type": ["NewsArticle", "Article"], "headline": T,
                  "articleBody": "\n".join(B)}])

# ---- a teaser: articleBody is the first paragraph only; nothing may go (English)
T = "Harbour authority approves second ferry terminal"
B = [
    "The harbour authority approved plans for a second ferry terminal on Thursday, which it says will double the number of crossings to the islands by 2029.",
    "The terminal will be built on the site of the old fish market and will have room for two ships at once, with a covered waiting hall and parking for four hundred cars.",
    "Islanders have long complained that the single terminal cannot cope in summer, when queues for the car ferry can last six hours.",
    "\u201cThis is the biggest investment in the crossing for fifty years,\u201d said the authority's chair, Colin Baird. Construction is due to start next spring.",
    "Environmental groups said they would study the plans for the effect of dredging on the seagrass beds south of the harbour.",
]
page("tune", "ldbody-en-teaser", "en", "The Island Times", T, B, f"""<div class="story-text">
<h1>{T}</h1>
{ps(B)}
</div>""", article("NewsArticle", T, B[0]))

# ---- a paywall: articleBody stops after three of five paragraphs; nothing may go (English)
T = "School meals to be free for all primary pupils from September"
B = [
    "All primary school pupils in the county will get free school meals from September, the council confirmed on Monday, extending a scheme that until now covered only the youngest children.",
    "The council says about 21,000 more children will be eligible and that the scheme will cost \u00a314 million a year, to be paid from a fund set aside for child poverty.",
    "Head teachers welcomed the move but warned that some school kitchens are too small to cook for every pupil and will need new equipment before the autumn.",
    "Parents who now pay about \u00a32.40 a day will save more than \u00a3400 a year for each child. The council said no family would need to apply: pupils will be enrolled automatically.",
    "Opposition councillors questioned whether the fund could pay for the scheme beyond its first two years and asked for a review in 2028.",
]
page("tune", "ldbody-en-paywall", "en", "County Chronicle", T, B, f"""<article>
<h1>{T}</h1>
{ps(B)}
</article>""", article("NewsArticle", T, " ".join(B[:3]), isAccessibleForFree=False))

# ---- articleBody equal to the description, a summary of the article in other words (English)
T = "New bridge opens to cyclists and walkers"
B = [
    "A new footbridge over the river opened to cyclists and walkers on Saturday, linking the railway station to the business park for the first time.",
    "The bridge, which cost \u00a36.3 million, is 140 metres long and wide enough for bicycles and pedestrians to pass in both directions without stepping aside.",
    "About 2,000 people are expected to cross it every day. Until now, workers at the business park had to take a bus or walk a mile round to the road bridge.",
    "The council said lighting on the bridge would stay on all night and that cameras would be fitted after complaints about vandalism on the old underpass.",
]
D = "A footbridge linking the station and the business park opened this weekend."
page("tune", "ldbody-en-description", "en", "Valley Post", T, B, f"""<h1>{T}</h1>
<div class="entry">
{ps(B)}
</div>""", article("NewsArticle", T, D, description=D))

# ---- a live blog: LiveBlogPosting with entries, each an article with its own articleBody; nothing may go (English)
T = "Storm Elin live: flooding closes roads across the county"
E = [
    ("09:12", "The Met Office has extended its amber warning for rain until midnight. Up to 80mm could fall on high ground."),
    ("09:40", "Police say the A614 is closed in both directions near Ollerton after a car was stuck in deep water. Nobody was hurt."),
    ("10:05", "Train services between Lincoln and Newark are suspended because of flooding on the line. Replacement buses are running."),
    ("10:31", "The council has opened a rest centre at the leisure centre in Southwell for residents who have had to leave their homes."),
]
B = [x for t, p in E for x in (t, p)]
entries = "\n".join(f'<div class="entry"><p class="time">{t}</p><p>{p}</p></div>' for t, p in E)
page("tune", "ldbody-en-liveblog", "en", "County Live", T, B, f"""<h1>{T}</h1>
<div class="live-blog">
{entries}
</div>""", article("LiveBlogPosting", T, E[0][1], liveBlogUpdate=[
    {"@type": "BlogPosting", "headline": t, "articleBody": p} for t, p in E]))

# ---- the body holds some junk itself (a "Lees ook" line); it leaves out a caption and a poll; the rule keeps the line
T = "Gemeente plant duizend nieuwe fietsparkeerplaatsen bij het station"
B = [
    "De gemeente wil voor de zomer duizend nieuwe fietsparkeerplaatsen aanleggen bij het centraal station, waar fietsen nu vaak op de stoep en tegen de gevels staan.",
    "De stalling komt onder het stationsplein en wordt de eerste 24 uur gratis. Daarna betalen fietsers een euro per dag, net als in de bestaande stalling aan de achterkant.",
    "\u201cWe zien elke ochtend hoe vol het is\u201d, zei wethouder Sanne de Vries. De bouw begint in april en moet in september klaar zijn.",
    "Weesfietsen die langer dan twee weken blijven staan, worden vanaf volgend jaar weggehaald en naar het gemeentelijk depot gebracht.",
]
READ_ALSO = "Lees ook: wachtlijst voor parkeervergunning binnenstad groeit"
page("tune", "ldbody-nl-junkinside", "nl", "Stadsblad", T, B, f"""<h1>{T}</h1>
<article>
<p>{B[0]}</p>
<div class="foto"><img src="/img/stalling.jpg" alt="Stalling"></div>
<p>De fietsenstalling aan de achterkant van het station is elke ochtend vol.</p>
<p>{B[1]}</p>
<p>{READ_ALSO}</p>
{ps(B[2:])}
<div class="poll"><p>Stelling: er moeten meer gratis stallingen komen in de binnenstad. Eens of oneens?</p></div>
</article>""", article("NewsArticle", T, "\n".join(B[:2] + [READ_ALSO] + B[2:])))

# ---- subheadings left out of the articleBody: they stay; a closing box it leaves out goes (Italian)
T = "Il comune rinnova il parco giochi di via Manzoni"
B = [
    "Il comune rinnoverà entro l'estate il parco giochi di via Manzoni, chiuso da ottobre per motivi di sicurezza dopo un controllo sulle attrezzature.",
    "I lavori",
    "Saranno sostituiti tutti i giochi in legno e sarà posata una nuova pavimentazione antitrauma. Il costo dell'intervento è di 240 mila euro, finanziati in parte dalla regione.",
    "Le proteste dei genitori",
    "Molti genitori avevano chiesto tempi più rapidi. \u00abI bambini del quartiere non hanno altri spazi verdi vicini\u00bb, ha detto Laura Ferri, che ha raccolto duecento firme.",
    "L'assessora ai lavori pubblici ha assicurato che il parco riaprirà entro la fine di giugno.",
]
page("tune", "ldbody-it-subheads", "it", "Gazzetta di Quartiere", T, B, f"""<h1>{T}</h1>
<div class="entry">
<p>{B[0]}</p>
<h2>{B[1]}</h2>
<p>{B[2]}</p>
<h2>{B[3]}</h2>
{ps(B[4:])}
<div class="box-fine"><p>Hai una segnalazione sul tuo quartiere? Scrivi alla redazione, ti risponderemo al più presto.</p></div>
</div>""", article("NewsArticle", T, "\n\n".join([B[0], B[2], B[4], B[5]])))

# ---- BlogPosting; leaves out a podcast player line and an author box line among the paragraphs (Portuguese)
T = "Prefeitura amplia ciclovia até o parque da cidade"
B = [
    "A prefeitura vai ampliar a ciclovia da avenida central até o parque da cidade, num trecho de quatro quilômetros que deve ficar pronto até o fim do ano.",
    "A obra inclui nova sinalização nos cruzamentos e um bicicletário com cem vagas na entrada principal do parque, perto do ponto de ônibus.",
    "\u201cQueremos que as famílias possam chegar ao parque sem depender do carro\u201d, disse o secretário de Mobilidade, Rafael Moura.",
    "O investimento previsto é de 3,2 milhões de reais. Moradores poderão opinar sobre o traçado numa consulta pública que termina no dia 30.",
]
page("tune", "ldbody-pt-blogposting", "pt", "Jornal da Serra", T, B, f"""<h1>{T}</h1>
<div class="post-content">
{ps(B[:2])}
<div class="player"><p>Ouça este episódio · 12 min</p></div>
<p>{B[2]}</p>
<p>Ana Lúcia Prado é repórter de cidades e escreve sobre transporte e urbanismo.</p>
<p>{B[3]}</p>
</div>""", article("BlogPosting", T, "\n\n".join(B)))

# ---- ReportageNews; captions as paragraphs and a "more from" line it leaves out (Swedish)
T = "Kommunen bygger ny simhall i Västerby"
B = [
    "Kommunfullmäktige beslutade på måndagen att bygga en ny simhall i Västerby. Den gamla hallen från 1968 stängdes i fjol efter stora läckor i taket.",
    "Den nya hallen får en 25-metersbassäng, en undervisningsbassäng och ett gym. Den beräknas kosta 310 miljoner kronor och stå klar hösten 2028.",
    "\u201dSimkunnighet är en fråga om säkerhet för våra barn\u201d, sa kommunalrådet Elin Berg. Skolorna har fått åka buss till grannkommunen sedan stängningen.",
    "Oppositionen röstade emot och ville i stället renovera den gamla hallen, vilket enligt en utredning skulle ha kostat drygt hälften så mycket.",
]
page("tune", "ldbody-sv-reportage", "sv", "Västerby Tidning", T, B, f"""<h1>{T}</h1>
<article class="artikel">
<p>{B[0]}</p>
<img src="/img/simhall.jpg" alt="Simhallen">
<p class="bildtext">Den gamla simhallen i Västerby stängdes i fjol.</p>
{ps(B[1:3])}
<p class="mer">Mer från Västerby: Ny förskola öppnar i augusti</p>
<p>{B[3]}</p>
</article>""", article("ReportageNews", T, "\n\n".join(B)))

# ================================================================ check half

# ---- a gallery line, a price and a rating; the body as HTML entities (German)
T = "Test: Die Kamera Optik Z5 überzeugt bei Nacht"
B = [
    "Die Optik Z5 ist die erste Kompaktkamera seit Jahren, die bei schwachem Licht mit teuren Systemkameras mithalten kann. Ihr neuer Sensor rauscht selbst bei hohen ISO-Werten kaum.",
    "Der Autofokus erkennt Augen von Menschen und Tieren zuverlässig, auch wenn sie sich schnell bewegen. Nur bei Gegenlicht braucht er gelegentlich einen zweiten Anlauf.",
    "Schwächen zeigt die Kamera beim Akku: Nach gut 300 Aufnahmen war Schluss. Ein Ersatzakku gehört deshalb in jede Fototasche.",
    "Wer eine kleine Kamera für Reisen und Abende sucht, findet derzeit kein besseres Modell. Der Preis ist hoch, aber gerechtfertigt.",
]
page("check", "ldbody-de-review", "de", "Technikblatt", T, B, f"""<h1>{T}</h1>
<div class="artikel-text">
<p>{B[0]}</p>
<div class="galerie"><p>Bildergalerie: Optik Z5 im Test (12 Bilder)</p></div>
{ps(B[1:3])}
<div class="preisbox"><p>ab 899,00 €</p><p>bei 4 Händlern</p></div>
<p>{B[3]}</p>
<div class="wertung"><p>Note 1,7</p></div>
</div>""", article("Review", T, "".join(f"&lt;p&gt;{p}&lt;/p&gt;" for p in B)))

# ---- the body as escaped HTML; leaves out a "listen" line and a sponsor line (English)
T = "City council votes to keep the night market open until midnight"
B = [
    "The council voted on Wednesday to let the night market in Market Square stay open until midnight on Fridays and Saturdays from June, an hour later than now.",
    "Traders had asked for the change for two years, saying most of their customers arrive after the restaurants close. Residents of the square had opposed it over noise.",
    "Under the compromise, amplified music must stop at ten, and the council will pay for extra street cleaning on Sunday mornings.",
    "\u201cIt is a fair deal for everyone who lives and works here,\u201d said councillor Amira Shah, who chairs the licensing committee.",
]
page("check", "ldbody-en-htmlbody", "en", "Metro Examiner", T, B, f"""<article>
<h1>{T}</h1>
<div class="article-body">
<p>Listen to this story \u00b7 4:12</p>
{ps(B[:2])}
<p class="sponsor">This coverage is supported by the Market Square Business Improvement District.</p>
{ps(B[2:])}
</div>
</article>""", article("NewsArticle", T, "\n".join(f"<p>{p}</p>" for p in B)))

# ---- a top-level array, paragraphs glued without a space; leaves out captions (French)
T = "Le département ouvre une ligne de car express vers l'aéroport"
B = [
    "Une ligne de car express reliera à partir du 1er juin la gare routière à l\u2019aéroport en quarante minutes, a annoncé le département mardi.",
    "Les cars partiront toutes les demi-heures de cinq heures du matin à minuit. Le billet coûtera huit euros, contre plus de cinquante euros pour un taxi.",
    "\u00ab Beaucoup de salariés de l\u2019aéroport n\u2019avaient pas d\u2019autre choix que la voiture \u00bb, a souligné le vice-président chargé des transports, Paul Girard.",
    "Le département prévoit trois cent mille voyageurs la première année et financera la ligne à hauteur de deux millions d\u2019euros par an.",
]
page("check", "ldbody-fr-array-glued", "fr", "L'Écho du Département", T, B, f"""<h1>{T}</h1>
<div class="story-text">
<p>{B[0]}</p>
<figure><img src="/img/car.jpg" alt="Un car"></figure>
<p class="legende">Un des nouveaux cars, présenté mardi devant la gare routière.</p>
{ps(B[1:3])}
<p class="legende">Paul Girard lors de la présentation de la ligne.</p>
<p>{B[3]}</p>
</div>""", [{"@context": "https://schema.org", "@type": "WebSite", "name": "L'Écho du Département"},
            {"@context": "https://schema.org", "@type": "NewsArticle", "headline": T, "articleBody": "".join(B)}])

# ---- @graph, straight quotes and dashes; leaves out a "te puede interesar" card and a newsletter line (Spanish)
T = "La ciudad estrena un servicio de bicicletas eléctricas compartidas"
B = [
    "La ciudad estrenó este martes un servicio de bicicletas eléctricas compartidas con 600 vehículos repartidos en 50 estaciones, la mayoría en los barrios del norte.",
    "El abono anual cuesta 40 euros \u2013 la mitad para menores de 26 años \u2013 y permite trayectos gratuitos de hasta media hora.",
    "\u201cQueremos que la bicicleta sea una opción real para ir a trabajar\u201d, dijo el alcalde, Andrés Molina, durante la presentación.",
    "El ayuntamiento revisará dentro de un año si amplía el servicio a los barrios del sur, donde varias asociaciones vecinales lo han pedido.",
]
page("check", "ldbody-es-graph", "es", "Crónica Municipal", T, B, f"""<h1>{T}</h1>
<div class="cuerpo">
{ps(B[:2])}
<div class="card"><p>Te puede interesar</p><p>Los carriles bici que se abrirán este verano</p></div>
{ps(B[2:])}
<p class="boletin">Recibe cada mañana las noticias de tu barrio en tu correo.</p>
</div>""", {"@context": "https://schema.org", "@graph": [
    {"@type": "Organization", "@id": "https://cronica.example/#org", "name": "Crónica Municipal"},
    {"@type": "NewsArticle", "headline": T, "publisher": {"@id": "https://cronica.example/#org"},
     "articleBody": straight("\n\n".join(B))}]})

# ---- a truncated body ending in an ellipsis; nothing may go (English)
T = "Hospital trust to open a new cancer centre"
B = [
    "The hospital trust will open a new cancer centre in the autumn, bringing radiotherapy closer to patients who now travel more than an hour for each session.",
    "The centre will have two radiotherapy machines, a chemotherapy day unit with twenty chairs and a garden designed with patients and their families.",
    "\u201cFor some people that journey was five days a week for six weeks,\u201d said the trust's medical director, Dr Helen Moss. \u201cThis will change their lives.\u201d",
    "The \u00a338 million building was paid for by the government and a local charity, which raised \u00a34 million in three years from events and donations.",
    "Recruitment of about ninety staff has begun, and the first patients are expected to be treated in November.",
]
page("check", "ldbody-en-truncated", "en", "Northern Echo Online", T, B, f"""<div class="story-text">
<h1>{T}</h1>
{ps(B)}
</div>""", article("NewsArticle", T, B[0] + " " + B[1][:70] + "\u2026"))

# ---- articleBody equal to the description, which repeats the first paragraph (Portuguese)
T = "Cidade ganha novo mercado municipal no centro histórico"
B = [
    "O novo mercado municipal abriu as portas neste sábado no centro histórico, com sessenta bancas de produtores da região.",
    "O edifício, uma antiga fábrica de tecidos, foi restaurado durante três anos e mantém a fachada original e as colunas de ferro do século XIX.",
    "\u201cO mercado devolve vida a uma parte da cidade que estava abandonada\u201d, afirmou a prefeita, Beatriz Lopes, na cerimônia de abertura.",
    "O mercado funcionará de terça a domingo, das sete da manhã às oito da noite, e terá uma praça de alimentação no primeiro andar.",
]
page("check", "ldbody-pt-description", "pt", "Folha do Centro", T, B, f"""<h1>{T}</h1>
<article>
{ps(B)}
</article>""", article("NewsArticle", T, B[0], description=B[0]))

# ---- a live blog: several NewsArticle objects in a graph, the first one entry; nothing may go (German)
T = "Streik im Nahverkehr: Die Entwicklungen im Überblick"
E = [
    ("06:30 Uhr", "Seit dem frühen Morgen stehen Busse und Bahnen still. Die Gewerkschaft rechnet mit einer hohen Beteiligung."),
    ("08:15 Uhr", "Auf den Einfallstraßen bilden sich lange Staus. Die Polizei rät, wenn möglich von zu Hause aus zu arbeiten."),
    ("10:02 Uhr", "Die Verkehrsbetriebe kündigen an, dass auch am Nachmittag keine Züge fahren werden. Ein Notfahrplan gilt nur für Schulbusse."),
    ("12:40 Uhr", "Arbeitgeber und Gewerkschaft wollen am Donnerstag weiterverhandeln. Ein neuer Streik ist bis dahin nicht geplant."),
]
B = [x for t, p in E for x in (t, p)]
entries = "\n".join(f'<div class="eintrag"><p class="zeit">{t}</p><p>{p}</p></div>' for t, p in E)
page("check", "ldbody-de-liveblog", "de", "Rheinpost", T, B, f"""<h1>{T}</h1>
<div class="ticker">
{entries}
</div>""", {"@context": "https://schema.org", "@graph": [
    {"@type": "NewsArticle", "headline": t, "articleBody": p} for t, p in E]})

# ---- the body holds a credit line itself; it leaves out a newsletter pitch and a caption (English)
T = "Volunteers clear three tonnes of litter from the river banks"
B = [
    "More than two hundred volunteers cleared three tonnes of litter from the banks of the river on Sunday, in the largest clean-up the town has held.",
    "Among the finds were two shopping trolleys, a motorbike and hundreds of plastic bottles, which the council will send for recycling.",
    "\u201cEvery year there is a little less, which tells us people are listening,\u201d said the organiser, Grace Okafor, who started the clean-up in 2019.",
    "The next clean-up is planned for September, when the group hopes to reach the stretch below the weir that it could not get to this time.",
]
CREDIT = "Additional reporting by Sam Whitlock."
page("check", "ldbody-en-junkinside", "en", "The Weir Gazette", T, B, f"""<h1>{T}</h1>
<div class="entry">
<p>{B[0]}</p>
<img src="/img/litter.jpg" alt="Volunteers">
<p>Volunteers at work below the old mill on Sunday morning.</p>
{ps(B[1:])}
<p>The Gazette's weekly environment letter lands every Thursday. It's free.</p>
<p>{CREDIT}</p>
</div>""", article("NewsArticle", T, "\n\n".join(B + [CREDIT])))

# ---- subheadings (h3) left out of the articleBody; a "vezi și" box it leaves out goes (Romanian)
T = "Primăria renovează piața centrală până în toamnă"
B = [
    "Primăria a început luni lucrările de renovare a pieței centrale, care ar trebui să se încheie până în octombrie, potrivit viceprimarului Andrei Popescu.",
    "Ce se schimbă",
    "Piața va avea un acoperiș nou, tarabe refăcute și o zonă rezervată producătorilor locali. Costul total este de 12 milioane de lei.",
    "Unde se mută comercianții",
    "Pe durata lucrărilor, comercianții vor vinde în parcarea de lângă stadion, unde primăria a montat corturi și a adus apă curentă.",
    "Comercianții au cerut reducerea taxelor pentru lunile de lucrări, iar consiliul local urmează să discute cererea săptămâna viitoare.",
]
page("check", "ldbody-ro-subheads", "ro", "Gazeta Orașului", T, B, f"""<h1>{T}</h1>
<div class="articol">
<p>{B[0]}</p>
<h3>{B[1]}</h3>
<p>{B[2]}</p>
<h3>{B[3]}</h3>
{ps(B[4:])}
<div class="vezi"><p>Vezi și</p><p>Noi locuri de parcare în cartierul Nord</p></div>
</div>""", article("NewsArticle", T, "\n".join([B[0], B[2], B[4], B[5]])))

# ---- a gallery count and captions in spans it leaves out (Polish)
T = "Miasto otwiera nowy park nad rzeką"
B = [
    "W sobotę otwarto nowy park nad rzeką, który powstał na terenie dawnej zajezdni autobusowej. Ma powierzchnię sześciu hektarów.",
    "W parku posadzono ponad tysiąc drzew i krzewów, zbudowano plac zabaw, boisko i ścieżkę rowerową wzdłuż brzegu.",
    "\u201eTo miejsce przez lata było zamknięte dla mieszkańców\u201d, powiedział prezydent miasta Tomasz Nowak podczas otwarcia.",
    "Budowa kosztowała 28 milionów złotych, z czego połowę pokryły fundusze unijne. Park będzie otwarty przez całą dobę.",
]
page("check", "ldbody-pl-gallery", "pl", "Gazeta Miejska", T, B, f"""<h1>{T}</h1>
<div class="tresc">
{ps(B[:2])}
<div class="galeria"><span>Galeria zdjęć</span> <span>(16)</span></div>
<p>{B[2]}</p>
<div class="zdjecie"><img src="/img/park.jpg" alt="Park"></div>
<p><span>Nowy plac zabaw w parku nad rzeką.</span></p>
<p>{B[3]}</p>
</div>""", article("NewsArticle", T, "\n\n".join(B)))

# ---- an embedded video post in plain markup, and its caption, left out (English)
T = "Museum returns carved panels to their village after a century"
B = [
    "A museum has returned six carved wooden panels to the village church they were taken from more than a hundred years ago, after a two-year campaign by residents.",
    "The panels, which show scenes from the lives of local saints, were bought by a collector in 1911 and given to the museum by his family in the 1950s.",
    "\u201cThey belong where they were made to be seen,\u201d said the museum's director, Dr Ruth Ellison, at a ceremony in the church on Sunday.",
    "The church has installed new lighting and an alarm system, and the panels will be on view to visitors every afternoon except Mondays.",
]
page("check", "ldbody-en-embed", "en", "Heritage Today", T, B, f"""<h1>{T}</h1>
<div class="story-text">
{ps(B[:2])}
<div class="embed-video"><p>Villagers carry the first panel back into the church</p><p>0:58</p></div>
{ps(B[2:])}
</div>""", article("NewsArticle", T, "\n\n".join(B)))

# ---- Japanese: a caption and a related line it leaves out
T = "市が駅前に新しい図書館を開館"
B = [
    "市は土曜日、駅前の再開発ビルに新しい中央図書館を開館した。蔵書は約四十万冊で、旧館の二倍に増えた。",
    "館内には学習席が三百席あり、夜は午後九時まで開館する。子ども向けの読み聞かせコーナーも設けられた。",
    "市長は式典で「誰もが気軽に立ち寄れる場所にしたい」と述べた。",
    "旧館の建物は来年解体され、跡地には公園が整備される予定だ。",
]
page("check", "ldbody-ja-caption", "ja", "市民新聞", T, B, f"""<h1>{T}</h1>
<div class="article-body">
<p>{B[0]}</p>
<figure><img src="/img/lib.jpg" alt="図書館"></figure>
<p>開館式でテープカットをする市長ら</p>
{ps(B[1:3])}
<p>関連記事　駅前再開発ビル、来月完成へ</p>
<p>{B[3]}</p>
</div>""", article("NewsArticle", T, "".join(B)))


def main():
    write_pages(PAGES, lambda block: re.sub(r"<[^>]+>", "", block))


if __name__ == "__main__":
    main()
