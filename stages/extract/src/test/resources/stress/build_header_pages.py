#!/usr/bin/env python3
"""The stress pages of the second group (header lines, captions and credits, promos, press-release boilerplate, and a
live blog whose entry times sit in <header>s), written for issue 16 before any rule was changed for them.

Each page is one hand-written article: its paragraphs (the ground truth, never read back from the extractor) and the
page's markup around and among them. Writes the pages into tune/ and check/ and merges their bodies into each half's
ground-truth.json (the first group's entries are left as they are). Deterministic: run it again and nothing changes.
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent


def chrome(lang, site, title, article, head=""):
    """The page chrome every stress page shares: a top bar of links, the article, an imprint footer; `head`, more of
    the page's head after its title (build_author_pages.py declares the author there)."""
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>{title} – {site}</title>{head}</head>\n'
            f'<body><div id="top"><a href="/">{site}</a> <a href="/news">Home</a> <a href="/contact">Contact</a></div>\n'
            f'<div id="wrap">\n{article}\n</div>\n'
            '<div id="bottom"><a href="/imprint">Imprint</a> <a href="/privacy">Privacy</a></div></body></html>\n')


def ps(paragraphs):
    return "\n".join(f"<p>{p}</p>" for p in paragraphs)


def live_blog_truth(intro, entries):
    """A live blog's ground truth (the seventh and thirteenth groups): its intro blocks, then each entry's time, title
    (when it has one) and text; `entries` are (time, title or None, paragraphs)."""
    blocks = list(intro)
    for time, heading, paragraphs in entries:
        blocks.append(time)
        if heading:
            blocks.append(heading)
        blocks.extend(paragraphs)
    return blocks


def page_list():
    """A builder's pages and the page() that adds one, as (half, name, html, title, body) for write_pages(). Each
    builder keeps a list of its own: importing this module adds none of its pages to another builder's."""
    pages = []

    def page(half, name, lang, site, title, body, article):
        """body: the article's own blocks, in order (the ground truth); article: the markup, with the junk."""
        pages.append((half, name, chrome(lang, site, title, article), title, body))

    return pages, page


PAGES, page = page_list()


# ---------------------------------------------------------------- header lines (tune)
T = "Night buses return to the eastern suburbs after a two-year gap"
B = [
    "Night buses will run again between the city centre and the eastern suburbs from April, the transport authority said on Tuesday, two years after the last route was cut to save money.",
    "Three routes will leave the central station every thirty minutes between midnight and five in the morning, stopping at the hospital, the university campus and the two largest housing estates.",
    "Shift workers had campaigned for the service since it was withdrawn. \u201cI have been paying for taxis I cannot afford,\u201d said Denise Holloway, a cleaner at the hospital who finishes work at one.",
    "The authority said the routes would cost about \u00a31.2 million a year, paid for by a rise in the fee for parking permits in the inner zone that the council approved in January.",
    "Passenger numbers will be reviewed after twelve months, and the authority said it would add a fourth route to the airport if demand on the first three met its forecasts.",
]
page("tune", "header-en-time", "en", "The Riverside Courier", T, B, f"""<article>
<h1>{T}</h1>
<div class="article-info">
<p>By Martha Quigley, Transport Correspondent, The Riverside Courier</p>
<p><time datetime="2026-03-03T10:42:00Z">Published 3 March 2026, 10:42 GMT</time> | <time datetime="2026-03-03T11:05:00Z">Updated 3 March 2026, 11:05 GMT</time></p>
<p>4 min read</p>
</div>
<div class="tools"><a href="/audio/night-buses">Listen to this article</a></div>
<ul class="tools">
<li><a href="https://facebook.example/share">Facebook</a></li>
<li><a href="https://x.example/share">X</a></li>
<li><a href="mailto:?subject=night-buses">Email</a></li>
</ul>
<div itemprop="articleBody">
{ps(B)}
</div>
</article>""")

T = "Hafen bekommt eine zweite Landstromanlage für Kreuzfahrtschiffe"
B = [
    "Der Hafen wird bis zum Sommer eine zweite Landstromanlage bauen, an der Kreuzfahrtschiffe während der Liegezeit ihre Dieselmotoren abschalten können, teilte die Hafenbehörde am Donnerstag mit.",
    "Die erste Anlage am Altonaer Terminal wird seit drei Jahren genutzt, doch nur ein Teil der Schiffe ist für den Anschluss ausgerüstet. Die neue Anlage soll auch kleinere Schiffe versorgen.",
    "Anwohner klagen seit Jahren über Abgase und Lärm an den Anlegetagen. \u201eWir riechen die Schiffe, bevor wir sie sehen\u201c, sagte Heike Lorenz von einer Bürgerinitiative im Hafenviertel.",
    "Die Kosten von rund 38 Millionen Euro teilen sich der Bund, das Land und die Hafengesellschaft. Reedereien, die den Landstrom nicht nutzen, sollen ab 2028 höhere Liegegebühren zahlen.",
    "Umweltverbände begrüßten den Ausbau, forderten aber eine Pflicht zum Anschluss für alle Schiffe, die länger als sechs Stunden im Hafen liegen.",
]
page("tune", "header-de-meta", "de", "Norddeutsche Rundschau", T, B, f"""<h1>{T}</h1>
<section>
<div class="meta">
<span>Von Julia Brandt, Korrespondentin in Hamburg</span> · <span>12. Februar 2026, 08:15 Uhr</span>
</div>
<div class="meta"><span>Lesezeit: 4 Minuten</span></div>
<div class="audio"><a href="/audio/landstrom">Artikel anhören</a></div>
<ul class="links">
<li><a href="https://facebook.example/share">Facebook</a></li>
<li><a href="https://whatsapp.example/send">WhatsApp</a></li>
<li><a href="mailto:?subject=landstrom">E-Mail</a></li>
</ul>
{ps(B)}
</section>""")

# ---------------------------------------------------------------- header lines (check)
T = "La métropole de Lyon lance un service public de location de vélos cargos"
B = [
    "Lyon, 14 janvier 2026 \u2013 La métropole a présenté mercredi un service de location de vélos cargos destiné aux familles et aux artisans, qui ouvrira dans six quartiers au mois de mai.",
    "Quatre cents vélos à assistance électrique seront proposés pour un abonnement mensuel de vingt-cinq euros, assurance et entretien compris, avec un tarif réduit pour les foyers modestes.",
    "\u00ab Beaucoup de parents nous disent qu'ils lâcheraient la voiture s'ils pouvaient emmener deux enfants à l'école \u00bb, a expliqué la vice-présidente chargée des mobilités, Sophie Aubert.",
    "Les commerçants du centre, d'abord réservés, ont obtenu que des places de stationnement soient transformées en aires de livraison pour les vélos des artisans.",
    "Le service coûtera 3,4 millions d'euros la première année. La métropole espère en couvrir la moitié par les abonnements d'ici à 2028.",
]
page("check", "header-fr-time", "fr", "Le Courrier du Rhône", T, B, f"""<h1>{T}</h1>
<article>
<p><time datetime="2026-01-14T18:30">Publié le 14 janvier 2026 à 18h30</time>, mis à jour à 19h02</p>
<p>Par Camille Dubreuil (Lyon, correspondante)</p>
<p>Temps de lecture : 3 min</p>
<p><a href="/audio/velos">Écouter cet article</a></p>
<div class="partage"><a href="https://facebook.example/share">Facebook</a> <a href="https://x.example/share">X</a> <a href="mailto:?subject=velos">E-mail</a></div>
{ps(B)}
</article>""")

T = "Talks on river treaty resume after three-month pause"
B = [
    "GENEVA, March 9 (Meridian Wire) - Negotiators from the five countries that share the river basin resumed talks on a water-sharing treaty on Monday after a three-month pause over the funding of a joint monitoring agency.",
    "The draft treaty would set minimum flows for each season and oblige upstream states to warn their neighbours at least ten days before they release water from large dams.",
    "\u201cWe are closer than we have ever been, but the last questions are always the hardest,\u201d said the chief mediator, Ingrid Solberg, who has led the talks since they began in 2023.",
    "Downstream countries want the monitoring agency to have its own budget and the right to inspect dams without notice, which two upstream governments have so far refused.",
    "Diplomats said a text could be ready for signature by the end of June if the funding dispute is settled at a ministers' meeting planned for April.",
]
page("check", "header-en-wire", "en", "Meridian Wire", T, B, f"""<div class="css-7hx2k">
<h1>{T}</h1>
<div class="css-3v8tz">
<div class="css-1q2wb">
<div>By Tom Asher and Priya Nair</div>
<div>March 9, 2026 4:12 PM UTC · Updated 2 hours ago</div>
</div>
<div class="css-9kx0r"><a href="/share/fb">Share</a> <a href="/share/x">Post</a> <a href="/share/link">Copy link</a></div>
{ps(B)}
</div>
</div>""")

# ---------------------------------------------------------------- captions and credits (tune)
T = "Old grain silo to become the town's new library"
B = [
    "The disused grain silo by the canal will be turned into the town's new library, the council decided on Wednesday, ending a decade of arguments over the future of the listed building.",
    "Architects plan to cut windows into the concrete walls and fit six reading floors around a central staircase, with a children's library and a caf\u00e9 at ground level.",
    "\u201cIt has stood empty for thirty years, and now it will be full of people every day,\u201d said councillor Omar Haddad, who chairs the planning committee.",
    "The conversion is expected to cost \u00a39.5 million, more than half of it from a national heritage fund. Work will start in the autumn and take about two years.",
    "The current library, in a former shop on the high street, will close when the new one opens, and its building will be sold to help pay for the fit-out.",
]
page("tune", "caption-en-credits", "en", "The Canal Gazette", T, B, f"""<h1>{T}</h1>
<div class="story-text">
<p>{B[0]}</p>
<figure><img src="/img/silo.jpg" alt="The silo"><figcaption>The silo by the canal, empty since 1996.</figcaption><span class="credit">Photograph: Lena Fischer for The Canal Gazette</span></figure>
<p>{B[1]}</p>
<div class="image"><img src="/img/plan.jpg" alt="Plan"></div>
<p>An architect's drawing of the reading floors. Image: Holm &amp; Partner Architects</p>
<p>{B[2]}</p>
<figure><img src="/img/haddad.jpg" alt="Omar Haddad"><p>Omar Haddad at the council meeting on Wednesday.</p></figure>
{ps(B[3:])}
</div>""")

# ---------------------------------------------------------------- captions and credits (check)
T = "Stadt pflanzt tausend Bäume entlang der Ringstraße"
B = [
    "Die Stadt wird bis zum Herbst tausend neue Bäume entlang der Ringstraße pflanzen, um die Innenstadt im Sommer abzukühlen, beschloss der Stadtrat am Dienstag mit großer Mehrheit.",
    "Gepflanzt werden vor allem Linden, Ahorne und Platanen, die Hitze und Trockenheit besser vertragen als die Kastanien, die in den vergangenen Jahren reihenweise eingegangen sind.",
    "\u201eJeder Baum senkt die Temperatur auf dem Gehweg um mehrere Grad\u201c, sagte die Umweltdezernentin Claudia Reimann. Für die Pflege stellt die Stadt sechs neue Gärtner ein.",
    "Für die Pflanzungen fallen rund zweihundert Parkplätze weg. Der Einzelhandelsverband kritisierte das und verlangte mehr Stellplätze in den Parkhäusern am Rand der Altstadt.",
    "Das Programm kostet 4,2 Millionen Euro. Anwohner können über eine Website Patenschaften für einzelne Bäume übernehmen und beim Gießen helfen.",
]
page("check", "caption-de-credits", "de", "Stadtanzeiger", T, B, f"""<h1>{T}</h1>
<div class="entry">
<p>{B[0]}</p>
<div class="bild"><picture><img src="/img/ring.jpg" alt="Ringstraße"></picture></div>
<p>Die Ringstraße am Montagmorgen. Foto: Stefan Kurz/dpa</p>
<p>{B[1]}</p>
<p>{B[2]}</p>
<figure><img src="/img/baum.jpg" alt="Junge Linde"><div class="caption">Eine junge Linde am Ostring.</div><span class="credit">© Bildagentur Nord</span></figure>
<p>{B[3]}</p>
<div><img src="/img/park.jpg" alt="Parkplätze"><span>Parkplätze am Westring</span><small>Bild: Stadtanzeiger/Archiv</small></div>
<p>{B[4]}</p>
</div>""")

# ---------------------------------------------------------------- promos (tune)
T = "Swimming pool reopens after a year of repairs"
B = [
    "The town's only public swimming pool reopened on Saturday after a year of repairs to its leaking roof and worn-out heating system, with a queue of families outside before the doors opened.",
    "The \u00a33.1 million refurbishment also added a learner pool, changing rooms that can be used by wheelchair users and solar panels that the leisure trust says will halve its gas bill.",
    "\u201cThe children have been asking every week when they can swim again,\u201d said Karen Doyle, who teaches lessons to about two hundred pupils from local primary schools.",
    "Opening hours will be longer than before the closure, with early sessions from six in the morning on weekdays and a quiet hour for older swimmers on Sunday afternoons.",
    "Prices for adults rise by fifty pence, but the trust has kept free swimming for under-eights and introduced a reduced rate for people on benefits.",
]
page("tune", "promo-en-app", "en", "Harbour Town Herald", T, B, f"""<h1>{T}</h1>
<div class="story-text">
{ps(B[:2])}
<p>Get our free app for breaking news alerts from Harbour Town on your phone.</p>
{ps(B[2:4])}
<p><strong>Want the best of the Herald every morning? Our briefing lands at 7am \u2013 <a href="/briefing">sign up here</a>.</strong></p>
<p>{B[4]}</p>
<p>Follow our WhatsApp channel for the latest local updates.</p>
</div>""")

# ---------------------------------------------------------------- promos (check)
T = "Le département ouvre trois maisons de santé dans les villages du plateau"
B = [
    "Le département a inauguré lundi la première de trois maisons de santé prévues sur le plateau, où plusieurs villages n'ont plus de médecin généraliste depuis des années.",
    "Chaque maison accueillera deux médecins, une infirmière et un kinésithérapeute, salariés du département, qui leur fournit aussi un logement pendant les deux premières années.",
    "\u00ab Nous ne pouvions plus attendre qu'un médecin veuille bien s'installer \u00bb, a expliqué le président du conseil départemental, Bernard Lacoste, devant une centaine d'habitants.",
    "Les deux autres maisons ouvriront à l'automne. Le coût total, 5,6 millions d'euros, est financé pour moitié par l'État dans le cadre du plan de lutte contre les déserts médicaux.",
    "Les élus de l'opposition saluent l'initiative mais s'interrogent sur la capacité du département à recruter assez de médecins salariés dans la durée.",
]
page("check", "promo-fr-newsletter", "fr", "La Voix du Plateau", T, B, f"""<h1>{T}</h1>
<article itemprop="articleBody">
{ps(B[:2])}
<p>Recevez chaque matin notre newsletter : l'essentiel de l'actualité du plateau, gratuitement.</p>
{ps(B[2:4])}
<p><em>Téléchargez notre application pour recevoir nos alertes en temps réel.</em></p>
<p>{B[4]}</p>
<p>Rejoignez notre chaîne WhatsApp pour suivre l'actualité locale.</p>
</article>""")

# ---------------------------------------------------------------- press-release boilerplate (tune)
T = "Norrland Batteries opens recycling plant in Lule\u00e5"
B = [
    "Norrland Batteries today opened a plant that will recover lithium, nickel and cobalt from used electric-car batteries, the first of its size in northern Europe.",
    "The plant can process 40,000 tonnes of batteries a year and will employ about 260 people when it runs at full capacity at the end of 2027.",
    "\u201cEvery tonne we recover here is a tonne that does not have to be mined,\u201d said Karin Lindqvist, the company's chief executive. \u201cThis is how the battery industry closes the loop.\u201d",
    "The company has signed supply agreements with two car makers and a bus manufacturer, which will send batteries at the end of their life to the plant and buy back the recovered metals.",
    "Construction took two years and cost 3.2 billion kronor, financed by a green bond issued last year and a loan from a European investment bank.",
]
page("tune", "press-release-en", "en", "Newswire Today", T, B, f"""<h1>{T}</h1>
<div class="release-body">
{ps(B)}
<p><b>About Norrland Batteries</b></p>
<p>Norrland Batteries AB develops and operates battery recycling plants in the Nordic countries. Founded in 2019, the company is headquartered in Lule\u00e5 and employs 480 people. For more information, visit norrlandbatteries.example.</p>
<p><b>Forward-Looking Statements</b></p>
<p>This press release contains forward-looking statements about the company's plans, capacity and financing. Such statements involve risks and uncertainties, and actual results may differ materially from those expressed or implied. The company undertakes no obligation to update them.</p>
<p>Media contact:<br>Eva Strand<br>+46 920 555 0100<br>press@norrlandbatteries.example</p>
<p>SOURCE Norrland Batteries</p>
</div>""")

# ---------------------------------------------------------------- press-release boilerplate (check)
T = "Helmholtz Solar nimmt Fabrik für Solarmodule in Sachsen in Betrieb"
B = [
    "Die Helmholtz Solar GmbH hat heute in Freiberg eine Fabrik für Solarmodule in Betrieb genommen, die im Endausbau Module mit einer Leistung von zwei Gigawatt im Jahr fertigen soll.",
    "In dem Werk arbeiten zunächst 320 Beschäftigte, bis Ende 2027 sollen es 600 werden. Die Module sind für Dächer von Gewerbebauten und für große Freiflächenanlagen bestimmt.",
    "\u201eWir zeigen, dass sich die Herstellung von Solarmodulen in Europa wieder lohnt\u201c, sagte der Geschäftsführer Martin Vogt bei der Eröffnung vor rund zweihundert Gästen.",
    "Die Investition von 410 Millionen Euro wurde zu einem Teil vom Land Sachsen gefördert. Das Unternehmen hat bereits Lieferverträge mit drei Projektentwicklern abgeschlossen.",
    "Als nächsten Schritt plant Helmholtz Solar eine eigene Fertigung von Solarzellen am selben Standort, über die im kommenden Jahr entschieden werden soll.",
]
page("check", "press-release-de", "de", "Pressedienst Mitte", T, B, f"""<h1>{T}</h1>
<div class="entry">
{ps(B)}
<h3>Über die Helmholtz Solar GmbH</h3>
<p>Die Helmholtz Solar GmbH mit Sitz in Freiberg entwickelt und fertigt Solarmodule für gewerbliche und industrielle Anwendungen. Das Unternehmen wurde 2021 gegründet und beschäftigt rund 450 Mitarbeiterinnen und Mitarbeiter.</p>
<h3>Zukunftsgerichtete Aussagen</h3>
<p>Diese Mitteilung enthält zukunftsgerichtete Aussagen, die auf den gegenwärtigen Erwartungen der Geschäftsführung beruhen. Die tatsächlichen Ergebnisse können wesentlich von diesen Aussagen abweichen.</p>
<h3>Pressekontakt</h3>
<p>Anna Berg, Helmholtz Solar GmbH<br>Telefon: +49 3731 555 010<br>presse@helmholtz-solar.example</p>
</div>""")

# ---------------------------------------------------------------- live blog, entry times in <header> (tune)
T = "Storm Ida live: power cuts and closed roads across the region"
SUMMARY = "Storm Ida brought gusts of more than 120 km/h to the coast overnight. Here is what we know so far."
E = [
    ("06:12", "Around 14,000 homes are without power along the coast, the grid operator says. Crews cannot start repairs until the wind drops."),
    ("06:40", "The coast road between Marsby and Holt is closed after a lorry overturned. No one was hurt."),
    ("07:05", "Schools in the three coastal districts will stay closed today, the county council has confirmed."),
    ("07:31", "Trains are running again between the city and the airport, but with delays of up to an hour."),
]
B = [SUMMARY] + [x for t, p in E for x in (t, p)]
entries = "\n".join(f'<div class="live-entry"><header class="block-header"><time datetime="2026-02-02T{t}">{t}</time></header>\n<p>{p}</p></div>'
                    for t, p in E)
page("tune", "liveblog-en-header", "en", "Coast Echo", T, B, f"""<article>
<header><h1>{T}</h1><p>By the Coast Echo news team</p></header>
<div class="live-body">
<p>{SUMMARY}</p>
{entries}
</div>
</article>""")

# ---------------------------------------------------------------- live blog, entry times in <header> (check)
T = "Wahlabend im Liveblog: Auszählung in allen Bezirken"
SUMMARY = "Die Wahllokale sind seit 18 Uhr geschlossen. Wir berichten über die Auszählung in allen Bezirken der Stadt."
E = [
    ("18:05 Uhr", "Die Wahlbeteiligung lag nach Angaben der Stadt am Nachmittag bei 48 Prozent und damit höher als vor fünf Jahren."),
    ("18:32 Uhr", "In den ersten ausgezählten Bezirken im Norden liegt die Amtsinhaberin knapp vorn."),
    ("19:10 Uhr", "Der Herausforderer spricht vor seinen Anhängern von einem offenen Rennen und will das Ergebnis abwarten."),
    ("19:48 Uhr", "Die Hälfte der Stimmbezirke ist ausgezählt. Eine Stichwahl in zwei Wochen wird immer wahrscheinlicher."),
]
B = [SUMMARY] + [x for t, p in E for x in (t, p)]
entries = "\n".join(f'<section class="post"><header class="post-header"><span class="zeit">{t}</span></header>\n<p>{p}</p></section>'
                    for t, p in E)
page("check", "liveblog-de-header", "de", "Stadtkurier", T, B, f"""<header class="page-head"><a href="/">Stadtkurier</a></header>
<main>
<h1>{T}</h1>
<div class="liveblog">
<p>{SUMMARY}</p>
{entries}
</div>
</main>""")


def write_pages(pages, text=lambda block: block):
    """Writes each (half, name, html, title, body) page into its half and merges its body, each block as text() gives
    it, into that half's ground-truth.json (other entries are left as they are). Shared with build_inline_pages.py."""
    truths = {}
    for half, name, html, title, body in pages:
        (HERE / half / f"{name}.html").write_text(html, encoding="utf-8")
        truths.setdefault(half, {})[name] = {"articleBody": "\n\n".join(text(b) for b in body), "title": title}
    for half, entries in truths.items():
        path = HERE / half / "ground-truth.json"
        merged = json.loads(path.read_text(encoding="utf-8"))
        merged.update(entries)
        path.write_text(json.dumps(merged, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


def main():
    write_pages(PAGES)


if __name__ == "__main__":
    main()
