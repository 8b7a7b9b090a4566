#!/usr/bin/env python3
"""The stress pages of the seventh group (live blogs: rolling coverage as a run of timestamped entries, newest first,
each often with a short title of its own), written for issue 16 before any rule was changed for them.

Same method as build_header_pages.py (whose page chrome, paragraph writer and page writer it reuses): each page is
hand-written, its blocks (the ground truth, never read back from the extractor) and the markup of one kind of CMS
around them. Annotation: an entry's title, its time and its text are the article's (a reader of the extracted body
needs the time to follow the story's order, and the second group's live blogs already count it as text); a "key
events" or "summary" box of links, "load more" buttons, per-entry share links and "pinned" labels are furniture. Two
guard pages are ordinary articles with short subheadings, which are the article's own. Writes the pages into tune/
and check/ and merges their bodies into each half's ground-truth.json. Deterministic.
"""
import json

from build_header_pages import chrome, live_blog_truth as truth, ps, write_pages

PAGES = []


def page(half, name, lang, site, title, body, article, head=""):
    """body: the page's own blocks, in order (the ground truth); article: the markup, with the furniture;
    head: extra markup for <head> (a JSON-LD script)."""
    doc = chrome(lang, site, title, article)
    if head:
        doc = doc.replace('<meta charset="utf-8">', '<meta charset="utf-8">' + head, 1)
    PAGES.append((half, name, doc, title, body))


# ================================================================ tune half

# ---- Guardian-like: article > div.block, header with <time>, h2.block-title, key events, pinned, load more
T = "Storm Hella live: power cuts spread as winds reach 130 km/h"
INTRO = ["Storm Hella is crossing the north of the country with gusts of up to 130 km/h. Follow our live coverage."]
E = [
    ("09:52", "Power cuts rise to 42,000", [
        "The grid operator says 42,000 homes are now without electricity, most of them in the hill villages north of Carrow. Engineers are waiting for the wind to drop before they climb the lines."]),
    ("09:31", None, [
        "A reader in Dunmore sends a photo of a fallen oak across the village green. Nobody was hurt, she says, but the road past the school is blocked."]),
    ("09:10", "Schools close early", [
        "The county council has told head teachers in the three northern districts to send pupils home at noon. Parents are asked to collect younger children from the school gates.",
        "School buses will run from 11:45, the council says, an hour and a quarter earlier than usual."]),
    ("08:44", "Ferry crossings cancelled", [
        "All sailings between Port Ellis and the islands are cancelled until at least tomorrow morning, the ferry company says. Passengers can rebook without a fee."]),
    ("08:15", "Red warning extended to midnight", [
        "The weather service has extended its red warning for the northern coast until midnight. It says gusts could still reach 140 km/h on exposed headlands this evening."]),
]
KEY = "".join(f'<li><a href="#block-{i}">{h}</a></li>' for i, (_, h, _) in enumerate(E) if h)


def guardian_block(i, time, heading, paragraphs, pinned=False):
    title = f'<h2 class="block-title">{heading}</h2>' if heading else ""
    label = '<span class="pinned-label">Pinned</span>' if pinned else ""
    return (f'<div class="block" id="block-{i}">{label}<header class="block-header"><time datetime="2026-01-14T{time}">'
            f'{time}</time></header>{title}<div class="block-body">{ps(paragraphs)}</div>'
            f'<footer class="block-share"><a href="/share/fb">Share on Facebook</a> <a href="/share/x">Share on X</a></footer></div>')


page("tune", "liveblog-en-blocks", "en", "The Northern Ledger", T, truth(INTRO, E), f"""<article>
<h1>{T}</h1>
<div class="standfirst"><p>{INTRO[0]}</p></div>
<div class="key-events"><h2>Key events</h2><ul>{KEY}</ul><button>Show key events only</button></div>
<div class="live-blog">
{guardian_block(0, *E[0], pinned=True)}
{chr(10).join(guardian_block(i, *e) for i, e in enumerate(E) if i)}
</div>
<button class="load-more">Load more updates</button>
</article>""")

# ---- BBC-like: ol > li posts, header with span.time and h3 title, share footer
T = "Budget 2026: Chancellor sets out tax and spending plans – live"
INTRO = ["The chancellor is presenting the budget to MPs. Our political team follow every announcement and the reaction."]
E = [
    ("13:48", "Fuel duty frozen for another year", [
        "The freeze on fuel duty continues until next April, the chancellor says, costing the Treasury an estimated £2.4bn. Motoring groups had lobbied hard for it."]),
    ("13:40", "Income tax thresholds stay put", [
        "There is no change to the personal allowance or the higher-rate threshold, which means more people will pay tax as wages rise.",
        "The Institute for Fiscal Studies had warned before the speech that the freeze would bring about a million extra earners into the higher band."]),
    ("13:33", None, [
        "The Speaker has had to call for order twice already as opposition MPs heckle the chancellor over the growth forecast."]),
    ("13:25", "Growth forecast cut to 0.9%", [
        "The independent forecaster now expects the economy to grow by 0.9% this year, down from 1.4% in its autumn forecast."]),
    ("13:02", "What we expect today", [
        "Rises in spending on defence and the health service have been trailed for weeks; the question is how they will be paid for."]),
]


def bbc_post(time, heading, paragraphs):
    title = f'<h3 class="lx-post__title">{heading}</h3>' if heading else ""
    return (f'<li class="lx-stream__post"><article><header class="lx-post__header"><span class="lx-post__time">{time}</span>'
            f'{title}</header><div class="lx-post__body">{ps(paragraphs)}</div>'
            f'<footer><a class="lx-share" href="/share">Share this post</a></footer></article></li>')


page("tune", "liveblog-en-bbc-list", "en", "National Broadcasting News", T, truth(INTRO, E), f"""<main>
<h1>{T}</h1>
<div class="lx-summary"><p>{INTRO[0]}</p></div>
<div class="lx-stream"><h2 class="lx-stream__heading">Live Reporting</h2>
<p class="lx-stream__editors">Edited by Ruth Meadows</p>
<ol class="lx-stream__feed">
{chr(10).join(bbc_post(*e) for e in E)}
</ol>
<div class="lx-pagination"><a href="?page=2">Show more</a> <span>Page 1 of 4</span></div>
</div>
</main>""")

# ---- German ticker: div.ticker-eintrag with span "14.32 Uhr" and an h3 title
T = "Tarifstreit im Nahverkehr: Warnstreik legt Busse und Bahnen lahm – der Ticker"
INTRO = ["Seit dem frühen Morgen stehen in der Region fast alle Busse und Straßenbahnen still. Wir halten Sie im Ticker auf dem Laufenden."]
E = [
    ("14.32 Uhr", "Gespräche am Freitag", [
        "Die Gewerkschaft und der Arbeitgeberverband haben sich auf einen neuen Verhandlungstermin am Freitag geeinigt. Bis dahin soll es keine weiteren Streiks geben."]),
    ("13.05 Uhr", "Mehr Verkehr auf den Straßen", [
        "Auf den Einfallstraßen staut sich der Verkehr seit dem Vormittag. Die Polizei rät, die Innenstadt wenn möglich zu meiden."]),
    ("11.47 Uhr", None, [
        "Ein Leser schreibt uns, dass die S-Bahn zwischen Hauptbahnhof und Flughafen pünktlich fährt. Sie wird von der Bahn betrieben und ist vom Streik nicht betroffen."]),
    ("10.20 Uhr", "Kundgebung am Rathaus", [
        "Rund 800 Beschäftigte haben sich vor dem Rathaus versammelt. Sie fordern acht Prozent mehr Lohn und kürzere Schichten.",
        "Der Verband hält die Forderung für nicht bezahlbar und verweist auf die Defizite der Verkehrsbetriebe."]),
    ("06.00 Uhr", "Streik hat begonnen", [
        "Pünktlich um sechs Uhr sind die Fahrer in den Betriebshöfen geblieben. Nur einige Schulbusse privater Unternehmen fahren."]),
]


def ticker(time, heading, paragraphs):
    title = f"<h3>{heading}</h3>" if heading else ""
    return (f'<div class="ticker-eintrag"><span class="ticker-zeit">{time}</span>{title}{ps(paragraphs)}'
            f'<div class="teilen"><a href="/teilen/wa">WhatsApp</a> <a href="/teilen/mail">E-Mail</a></div></div>')


page("tune", "liveblog-de-ticker", "de", "Rhein-Main-Anzeiger", T, truth(INTRO, E), f"""<h1>{T}</h1>
<div class="artikel">
<p class="einleitung">{INTRO[0]}</p>
<div class="ticker">
{chr(10).join(ticker(*e) for e in E)}
</div>
<a class="ticker-mehr" href="?seite=2">Ältere Einträge laden</a>
</div>""")

# ---- WordPress live-blog plugin (liveblog-entry, header.liveblog-meta with a time link, h4 titles in the text)
T = "En direct : la crue de la Seine atteint son pic à Paris"
INTRO = ["La Seine devrait atteindre son niveau le plus haut dans la nuit. Suivez la situation heure par heure."]
E = [
    ("22 h 10", "Les quais fermés jusqu'à lundi", [
        "La préfecture de police a prolongé la fermeture des voies sur berge jusqu'à lundi matin au moins. Les riverains sont invités à ne pas descendre sur les quais."]),
    ("21 h 35", "Le RER C interrompu", [
        "Le trafic du RER C est interrompu entre Javel et Austerlitz en raison de la montée des eaux, annonce la SNCF. Des bus de substitution sont mis en place."]),
    ("20 h 50", None, [
        "Selon Vigicrues, la Seine mesurait 5,62 mètres au pont d'Austerlitz à 20 heures, contre 5,40 mètres en début d'après-midi."]),
    ("19 h 15", "Le Louvre ferme ses réserves", [
        "Le musée a commencé à déplacer vers les étages les œuvres stockées dans ses réserves en sous-sol, une mesure prévue par son plan de prévention des inondations."]),
]


def wp_entry(time, heading, paragraphs):
    title = f"<h4>{heading}</h4>" if heading else ""
    return (f'<div class="liveblog-entry"><header class="liveblog-meta"><a class="liveblog-time-link" href="#">'
            f'<abbr class="liveblog-time">{time}</abbr></a><span class="liveblog-author-name">Rédaction</span></header>'
            f'<div class="liveblog-entry-text">{title}{ps(paragraphs)}</div>'
            f'<div class="liveblog-actions"><a href="#">Partager</a></div></div>')


page("tune", "liveblog-fr-wordpress", "fr", "Le Quotidien de Paris", T, truth(INTRO, E), f"""<div class="site-content">
<div class="post type-post">
<h1 class="entry-title">{T}</h1>
<div class="entry-content">
<p>{INTRO[0]}</p>
<div id="liveblog-container" class="liveblog-container">
<div class="liveblog-feed">
{chr(10).join(wp_entry(*e) for e in E)}
</div>
<button class="liveblog-load-more">Charger plus d'entrées</button>
</div>
</div>
</div>
</div>""")

# ---- LiveBlogPosting JSON-LD page: section.update entries, <time> then h2 title
T = "Marathon day live: road closures, results and the weather"
INTRO = ["Twenty-two thousand runners are on the course today. We will bring you the closures, the leaders and the results as they happen."]
E = [
    ("12:58", "Okoro wins the women's race", [
        "Grace Okoro has won the women's race in 2:24:11, a course record by almost a minute. She pulled away from the leading group at the twenty-mile mark."]),
    ("12:20", "Leaders reach the river", [
        "The men's leading group of five has crossed the river bridge at halfway in just under 65 minutes."]),
    ("11:40", None, [
        "Organisers say they have put out extra water at the last three stations because of the heat, which is forecast to reach 24C by early afternoon."]),
    ("10:05", "Wheelchair race under way", [
        "The wheelchair races have started from the castle gates, ten minutes ahead of the elite runners."]),
    ("08:30", "Roads closed until 4pm", [
        "The ring road between the stadium and the harbour is closed until four this afternoon. Buses on routes 4, 9 and 12 are diverted."]),
]
LD = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": T, "coverageStartTime": "2026-04-19T08:00:00+01:00",
      "liveBlogUpdate": [{"@type": "BlogPosting", "headline": h or p[0][:60], "datePublished": f"2026-04-19T{t}:00+01:00",
                          "articleBody": " ".join(p)} for t, h, p in E]}


def ld_update(time, heading, paragraphs):
    title = f"<h2>{heading}</h2>" if heading else ""
    return f'<section class="update"><time datetime="2026-04-19T{time}">{time}</time>{title}{ps(paragraphs)}</section>'


page("tune", "liveblog-en-jsonld", "en", "Harbour City Times", T, truth(INTRO, E), f"""<div class="story">
<h1>{T}</h1>
<p class="live-intro">{INTRO[0]}</p>
<div class="updates">
{chr(10).join(ld_update(*e) for e in E)}
</div>
</div>""", head=f'<script type="application/ld+json">{json.dumps(LD, ensure_ascii=False)}</script>')

# ---- guard: an ordinary article with short subheadings (the article's own)
T = "How the new recycling rules will work"
B = [
    "From June every household in the borough will sort its waste into five bins instead of three, under rules the council adopted on Monday after a year of consultation.",
    "What changes",
    "Food waste will be collected every week in a small brown caddy, and glass will go in a box of its own instead of the mixed recycling bin. Garden waste collections stay fortnightly.",
    "Who pays",
    "The new bins and caddies are free. The council says the scheme will cost £1.8 million in its first year, most of it for two extra lorries and the drivers to run them, and should pay for itself within four years.",
    "Fines",
    "Households that repeatedly put food in the general waste bin can be fined £60, but the council says it will send two warning letters first and expects to fine very few people.",
    "What happens next",
    "Leaflets explaining the rules will be posted to every address in May, and collection crews will leave a tag on bins that have the wrong waste in them during the first month.",
]
page("tune", "guard-en-subheads", "en", "Borough Bulletin", T, B, f"""<article>
<h1>{T}</h1>
<div class="article-body">
<p>{B[0]}</p>
<h2>{B[1]}</h2>
<p>{B[2]}</p>
<h2>{B[3]}</h2>
<p>{B[4]}</p>
<h3>{B[5]}</h3>
<p>{B[6]}</p>
<h2>{B[7]}</h2>
<p>{B[8]}</p>
</div>
</article>""")

# ================================================================ check half

# ---- Spanish, Guardian-like blocks in other classes: div.entrada with header > time and h2
T = "Directo | Huelga general: seguimiento, piquetes y manifestaciones"
INTRO = ["Los sindicatos mayoritarios convocan hoy una huelga general de 24 horas. Sigue en directo la jornada."]
E = [
    ("18:40", "Miles de personas en la Puerta del Sol", [
        "La Delegación del Gobierno cifra en 45.000 los asistentes a la manifestación de Madrid; los sindicatos hablan de más de 100.000."]),
    ("17:15", None, [
        "El metro de Barcelona funciona al 40 % de su servicio habitual, según la compañía, que recomienda evitar los desplazamientos no imprescindibles."]),
    ("15:02", "El Gobierno pide diálogo", [
        "La portavoz del Gobierno ha pedido a los sindicatos y a la patronal que vuelvan a la mesa de negociación la semana que viene.",
        "También ha defendido que los servicios mínimos se han cumplido en la mayoría de las comunidades."]),
    ("11:30", "Consumo eléctrico a la baja", [
        "La demanda de electricidad ha caído un 12 % respecto a un martes normal, según el operador del sistema, un dato que suele usarse para medir el seguimiento de la huelga."]),
    ("07:05", "Piquetes en los polígonos", [
        "Decenas de piquetes informativos se han concentrado desde primera hora en los accesos a los polígonos industriales del sur de la capital."]),
]


def es_entry(time, heading, paragraphs):
    title = f'<h2 class="entrada-titulo">{heading}</h2>' if heading else ""
    return (f'<div class="entrada"><header><time datetime="2026-10-27T{time}">{time}</time></header>{title}'
            f'<div class="entrada-texto">{ps(paragraphs)}</div>'
            f'<ul class="compartir"><li><a href="/c/fb">Facebook</a></li><li><a href="/c/x">X</a></li></ul></div>')


page("check", "liveblog-es-directo", "es", "Diario del Sur", T, truth(INTRO, E), f"""<article class="directo">
<header class="cabecera"><h1>{T}</h1><p class="firma">Redacción</p></header>
<p class="entradilla">{INTRO[0]}</p>
<div class="directo-entradas">
{chr(10).join(es_entry(*e) for e in E)}
</div>
<button class="ver-mas">Cargar más</button>
</article>""")

# ---- Italian: ul > li posts with time and h3, a "punti chiave" box, "carica altri"
T = "Diretta maltempo in Liguria: allerta rossa, scuole chiuse a Genova"
INTRO = ["Allerta rossa su gran parte della Liguria fino a domani. Gli aggiornamenti minuto per minuto."]
E = [
    ("16:20", "Esondato il torrente Bisagno", [
        "Il Bisagno è uscito dagli argini nel tratto di Staglieno. I vigili del fuoco hanno evacuato i piani terra di una decina di palazzine."]),
    ("15:45", "Chiusa l'autostrada A10", [
        "L'autostrada è chiusa tra Arenzano e Varazze per una frana che ha invaso la carreggiata in direzione Francia. Non ci sono feriti."]),
    ("14:10", None, [
        "Il sindaco ha firmato un'ordinanza che chiude parchi, cimiteri e impianti sportivi fino a domani sera."]),
    ("12:30", "Treni sospesi sulla linea costiera", [
        "Rete ferroviaria italiana ha sospeso la circolazione tra Genova Nervi e Recco. Sono previsti bus sostitutivi solo dal pomeriggio."]),
]
KEY = "".join(f'<li><a href="#p{i}">{t} – {h}</a></li>' for i, (t, h, _) in enumerate(E) if h)


def it_post(i, time, heading, paragraphs):
    title = f"<h3>{heading}</h3>" if heading else ""
    return (f'<li class="post" id="p{i}"><div class="post-ora"><time>{time}</time></div>{title}{ps(paragraphs)}'
            f'<div class="social"><a href="/s/fb">Condividi</a></div></li>')


page("check", "liveblog-it-diretta", "it", "Il Corriere Ligure", T, truth(INTRO, E), f"""<h1>{T}</h1>
<div class="articolo">
<p class="sommario-live">{INTRO[0]}</p>
<aside class="punti-chiave"><h2>Punti chiave</h2><ul>{KEY}</ul></aside>
<ul class="diretta">
{chr(10).join(it_post(i, *e) for i, e in enumerate(E))}
</ul>
<a class="carica-altri" href="?p=2">Carica altri aggiornamenti</a>
</div>""")

# ---- Dutch, a WordPress live-blog plugin (div.lb-entry, div.lb-meta time, strong title paragraph)
T = "Liveblog | Verkiezingsavond: uitslagen per gemeente"
INTRO = ["De stembureaus zijn om 21.00 uur gesloten. In dit liveblog houden we je op de hoogte van de uitslagen."]
E = [
    ("23.41", "Opkomst hoger dan vier jaar geleden", [
        "De opkomst in de provincie komt uit op 61 procent, vijf procentpunten hoger dan bij de vorige verkiezingen."]),
    ("22.58", "Eerste uitslag uit Zeewolde", [
        "Zeewolde is traditiegetrouw de eerste gemeente met een uitslag. De grootste partij wint er twee zetels."]),
    ("22.15", None, [
        "In Almere zijn de stemmen van 40 van de 112 stembureaus geteld. De tellers verwachten rond middernacht klaar te zijn."]),
    ("21.30", "Exitpoll: nek-aan-nekrace", [
        "Volgens de exitpoll liggen de twee grootste partijen binnen één zetel van elkaar. De marge van de peiling is twee zetels."]),
]


def nl_entry(time, heading, paragraphs):
    title = f'<div class="lb-title">{heading}</div>' if heading else ""
    return (f'<div class="lb-entry"><div class="lb-meta"><span class="lb-time">{time}</span>'
            f'<span class="lb-author">Redactie</span></div>{title}<div class="lb-content">{ps(paragraphs)}</div>'
            f'<div class="lb-share"><a href="#">Deel</a></div></div>')


page("check", "liveblog-nl-plugin", "nl", "Dagblad Flevoland", T, truth(INTRO, E), f"""<div class="content-area">
<article class="post">
<h1 class="entry-title">{T}</h1>
<div class="entry-content">
<p>{INTRO[0]}</p>
<div class="lb-container">
{chr(10).join(nl_entry(*e) for e in E)}
<div class="lb-more"><button>Meer laden</button></div>
</div>
</div>
</article>
</div>""")

# ---- LiveBlogPosting JSON-LD, BBC-like header holding time and h3, a pinned post
T = "Floods live: river burst its banks in three towns"
INTRO = ["Hundreds of homes have been evacuated after days of heavy rain. Here are the latest updates."]
E = [
    ("15:05", "Army called in to Upton", [
        "Two hundred soldiers are being sent to Upton to help fill sandbags and evacuate care homes, the defence ministry says."]),
    ("14:32", "Rail line closed", [
        "The main line between Worcester and Hereford is closed after water covered the tracks near Malvern. Replacement buses are running."]),
    ("13:50", None, [
        "Our reporter in Tewkesbury says the water has reached the doors of the abbey for the first time since 2007."]),
    ("12:15", "Rest centres open", [
        "The council has opened three rest centres for people who have left their homes, in the leisure centre, a school and the town hall.",
        "Pets are welcome at all three, it says."]),
]
LD = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": T,
      "liveBlogUpdate": [{"@type": "BlogPosting", "headline": h or "Update", "datePublished": f"2026-11-20T{t}:00Z"}
                         for t, h, _ in E]}


def flood_post(time, heading, paragraphs, pinned=False):
    title = f"<h3>{heading}</h3>" if heading else ""
    label = '<div class="pinned">Pinned post</div>' if pinned else ""
    return (f'<section class="live-post">{label}<header><span class="timestamp">{time}</span>{title}</header>'
            f'{ps(paragraphs)}<div class="post-tools"><a href="/copy">Copy link</a> <a href="/share">Share</a></div></section>')


page("check", "liveblog-en-pinned", "en", "West Country News", T, truth(INTRO, E), f"""<main>
<header class="page-header"><h1>{T}</h1></header>
<div class="live-summary"><h2>Summary</h2><ul><li><a href="#a">Army called in to Upton</a></li><li><a href="#b">Rest centres open</a></li></ul></div>
<p class="intro">{INTRO[0]}</p>
<div class="live-feed">
{flood_post(*E[0], pinned=True)}
{chr(10).join(flood_post(*e) for e in E[1:])}
</div>
<button class="show-more">Show more updates</button>
</main>""", head=f'<script type="application/ld+json">{json.dumps(LD, ensure_ascii=False)}</script>')

# ---- French, entries with a <strong> title line and a time paragraph, some without titles
T = "Suivez en direct le Conseil européen à Bruxelles"
INTRO = ["Les chefs d'État et de gouvernement se retrouvent à Bruxelles pour deux jours de sommet consacré au budget de l'Union."]
E = [
    ("17h45", "Accord sur l'aide à l'Ukraine", [
        "Les Vingt-Sept se sont mis d'accord sur une enveloppe de 18 milliards d'euros pour l'an prochain, selon deux diplomates."]),
    ("16h20", None, [
        "La réunion a pris une heure de retard, le temps d'un tête-à-tête entre le président du Conseil et le Premier ministre hongrois."]),
    ("14h05", "Les agriculteurs manifestent", [
        "Plusieurs centaines d'agriculteurs bloquent les abords du quartier européen avec leurs tracteurs pour protester contre l'accord commercial avec le Mercosur."]),
    ("12h30", None, [
        "Le sommet s'ouvre par un échange avec la présidente du Parlement européen, comme le veut l'usage."]),
]


def fr_entry(time, heading, paragraphs):
    title = f'<p class="titre"><strong>{heading}</strong></p>' if heading else ""
    return f'<div class="live-item"><p class="heure">{time}</p>{title}{ps(paragraphs)}</div>'


page("check", "liveblog-fr-direct", "fr", "L'Écho de Bruxelles", T, truth(INTRO, E), f"""<h1>{T}</h1>
<section class="article-live">
<p>{INTRO[0]}</p>
{chr(10).join(fr_entry(*e) for e in E)}
</section>""")

# ---- guard: German article with short subheadings (Zwischenüberschriften)
T = "Was die neue Grundsteuer für Mieter bedeutet"
B = [
    "Seit Januar gilt die neue Grundsteuer, und viele Eigentümer haben inzwischen ihren Bescheid erhalten. Für Mieter stellt sich die Frage, ob die Nebenkosten steigen.",
    "Wer zahlt?",
    "Die Grundsteuer darf über die Betriebskostenabrechnung auf die Mieter umgelegt werden. Steigt die Steuer, steigen also auch die Nebenkosten, allerdings erst mit der nächsten Abrechnung.",
    "Wie stark steigt sie?",
    "Das hängt von der Gemeinde ab. Viele Städte haben ihre Hebesätze gesenkt, damit die Einnahmen insgesamt gleich bleiben, doch in einzelnen Lagen zahlen Eigentümer deutlich mehr als bisher.",
    "Was Mieter tun können",
    "Mieterverbände raten, die nächste Abrechnung genau zu prüfen und den Grundsteuerbescheid beim Vermieter einzusehen, wenn die Summe auffällig gestiegen ist.",
]
page("check", "guard-de-subheads", "de", "Ruhr-Nachrichten am Abend", T, B, f"""<h1>{T}</h1>
<div class="artikel-text">
<p>{B[0]}</p>
<h2>{B[1]}</h2>
<p>{B[2]}</p>
<h2>{B[3]}</h2>
<p>{B[4]}</p>
<h3>{B[5]}</h3>
<p>{B[6]}</p>
</div>""")

# ================================================================ second batch (written after the baseline of the first,
# before any code was changed: the walk drops an element classed "header" as unlikely, so an entry's title set in its
# header beside the time, the form the brief names, was missing from the first batch)

# ---- tune: Guardian-like header.block-header holding the time and the h2 title; no intro, first entry first
T = "Election night live: results from every constituency"
E = [
    ("02:14", "Turnout tops 70% in the capital", [
        "Turnout in the capital's twelve seats has reached 71.4%, the highest since 1992, the electoral commission says. Queues were still forming at some polling stations when they closed."]),
    ("01:52", "First seat changes hands", [
        "The governing party has lost Westbrook North to the Greens by 412 votes after two recounts. It had held the seat for thirty years."]),
    ("01:30", None, [
        "Counting in the three island seats has been delayed because the ferry carrying the ballot boxes was held up by fog."]),
    ("00:45", "Exit poll points to a hung parliament", [
        "The broadcasters' exit poll puts the governing party eleven seats short of a majority, with the Greens set to double their number of MPs.",
        "Exit polls have been within five seats of the final result at the last three elections."]),
]


def header_block(time, heading, paragraphs):
    title = f'<h2 class="block-title">{heading}</h2>' if heading else ""
    return (f'<div class="block"><header class="block-header"><time datetime="2026-05-08T{time}">{time}</time>{title}'
            f'</header><div class="block-elements">{ps(paragraphs)}</div>'
            f'<div class="block-footer"><button>Share</button></div></div>')


page("tune", "liveblog-en-header-title", "en", "The Daily Record of Westbrook", T, truth([], E), f"""<article>
<h1>{T}</h1>
<div class="live-blog-body">
{chr(10).join(header_block(*e) for e in E)}
</div>
</article>""")

# ---- tune: Portuguese, div.post-header with a time span and an h3 title
T = "Ao vivo: chuvas fortes deixam Lisboa em alerta laranja"
INTRO = ["A Proteção Civil colocou o distrito de Lisboa em alerta laranja até ao fim da tarde. Acompanhe as últimas informações."]
E = [
    ("15h20", "Metro reabre a linha verde", [
        "O Metropolitano de Lisboa reabriu a linha verde entre o Cais do Sodré e Alvalade, encerrada desde o meio-dia por causa de infiltrações na estação da Baixa-Chiado."]),
    ("14h05", "Escolas mandam alunos para casa", [
        "Várias escolas da zona ribeirinha dispensaram os alunos mais cedo. A autarquia pede aos pais que evitem circular de carro junto ao rio."]),
    ("12h40", None, [
        "Os bombeiros registaram mais de cem ocorrências desde as oito da manhã, a maioria inundações em caves e quedas de árvores."]),
    ("11h15", "Alcântara inundada", [
        "A Avenida de Ceuta está cortada ao trânsito nos dois sentidos depois de o caneiro de Alcântara ter transbordado."]),
]


def pt_post(time, heading, paragraphs):
    title = f'<h3 class="post-titulo">{heading}</h3>' if heading else ""
    return (f'<div class="post-live"><div class="post-header"><span class="hora">{time}</span>{title}</div>'
            f'<div class="post-texto">{ps(paragraphs)}</div></div>')


page("tune", "liveblog-pt-post-header", "pt", "Jornal da Capital", T, truth(INTRO, E), f"""<h1>{T}</h1>
<div class="materia">
<p>{INTRO[0]}</p>
<div class="live-posts">
{chr(10).join(pt_post(*e) for e in E)}
</div>
<a class="mais" href="?pagina=2">Ver mais</a>
</div>""")

# ---- check: li.entry with div.entry-header holding a linked time and a linked h3 title, a key-events box
T = "Wildfires live: evacuations ordered as fire crosses the ridge"
INTRO = ["Firefighters are battling three wildfires in the hills above the city. Follow the latest here."]
E = [
    ("19:25", "Evacuation order for Pine Hollow", [
        "The county sheriff has ordered everyone in Pine Hollow to leave now. The fire crossed the ridge road about twenty minutes ago and is moving downhill."]),
    ("18:50", "Air tankers grounded", [
        "Wind gusts of 50 mph have grounded the air tankers for the rest of the evening, the fire agency says. Crews on the ground are cutting a line along the canyon."]),
    ("17:30", None, [
        "Smoke has closed the interstate between exits 14 and 22. Drivers are being turned back at the state line."]),
    ("16:05", "Shelter opens at the fairgrounds", [
        "The Red Cross has opened a shelter at the county fairgrounds, with space for horses and livestock in the show barns."]),
]
KEY = "".join(f'<li><a href="#e{i}">{h}</a></li>' for i, (_, h, _) in enumerate(E) if h)


def us_entry(i, time, heading, paragraphs):
    title = f'<h3 class="entry-title"><a href="#e{i}">{heading}</a></h3>' if heading else ""
    return (f'<li class="entry" id="e{i}"><div class="entry-header"><a href="#e{i}"><time>{time}</time></a>{title}</div>'
            f'<div class="entry-content">{ps(paragraphs)}</div></li>')


page("check", "liveblog-en-entry-header", "en", "Valley Tribune", T, truth(INTRO, E), f"""<main>
<h1>{T}</h1>
<p class="intro">{INTRO[0]}</p>
<section class="key-events"><h2>Key updates</h2><ul>{KEY}</ul></section>
<ul class="live-entries">
{chr(10).join(us_entry(i, *e) for i, e in enumerate(E))}
</ul>
<button class="load-more">Load more</button>
</main>""")

# ---- check: Dutch, header.live-post__header with a time span and an h2 title, a share row
T = "Live | Storm Ciarán raast over het land: bomen om, treinen rijden niet"
E = [
    ("16.40", "NS hervat treinverkeer in het noorden", [
        "De NS laat vanaf vijf uur weer treinen rijden tussen Zwolle en Groningen. In de rest van het land blijft het treinverkeer stilliggen tot de wind afneemt."]),
    ("15.55", None, [
        "Op de Afsluitdijk is een vrachtwagen op zijn kant gewaaid. De weg is in beide richtingen dicht."]),
    ("15.10", "Schiphol schrapt honderden vluchten", [
        "Schiphol heeft vandaag ruim vierhonderd vluchten geschrapt. Reizigers wordt gevraagd niet naar de luchthaven te komen zonder bevestiging van hun maatschappij."]),
    ("14.20", "Code rood voor de kustprovincies", [
        "Het KNMI heeft code rood afgegeven voor Zeeland, Noord-Holland en Friesland. Er worden windstoten tot 130 kilometer per uur verwacht."]),
]


def nl_post(time, heading, paragraphs):
    title = f"<h2>{heading}</h2>" if heading else ""
    return (f'<article class="live-post"><header class="live-post__header"><span class="live-post__time">{time}</span>'
            f'{title}</header>{ps(paragraphs)}<div class="live-post__share"><a href="#">Deel</a></div></article>')


page("check", "liveblog-nl-post-header", "nl", "Het Noordblad", T, truth([], E), f"""<h1>{T}</h1>
<div class="liveblog">
{chr(10).join(nl_post(*e) for e in E)}
</div>""")


def main():
    write_pages(PAGES)


if __name__ == "__main__":
    main()
