#!/usr/bin/env python3
"""Writes the unseen stress pages (tune/ and check/, each with ground-truth.json) from the hand-written articles and
page furniture below. Each page is one article in one site family's markup; its expected body is the article's own
blocks, written here by hand, never read back from the extractor. Which of each category's two pages goes to tune and
which to check is drawn once with a fixed seed (SPLIT_SEED) before any rule was run on them; see README.md."""
import html
import json
import os
import random

SPLIT_SEED = 16
HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- articles: (title, blocks); a block is ("p", text),
# ("h2", text), ("ul"/"ol", [items]) or ("qa", question, answer)
ARTICLES = {
    "rail": ("Night trains return to the northern line after twelve years", [
        ("p", "Sleeper trains will run again between the capital and the northern coast from March, the rail operator said on Monday, twelve years after the last service was withdrawn for lack of passengers."),
        ("p", "The operator has leased fourteen refurbished carriages from an Austrian company and plans three departures a week at first, rising to a nightly service if demand holds."),
        ("p", "“People want to travel without flying, and they want to arrive rested,” said Helen Morgan, the operator's commercial director. “A bed on a train is the answer to both.”"),
        ("p", "Tickets will start at 49 pounds for a seat and 139 pounds for a private cabin, prices that campaigners said were still too high for families."),
        ("p", "The route was dropped in 2014 after years of losses, but rising air fares and new limits on domestic flights have changed the sums, according to an internal review seen by this newspaper."),
        ("p", "Unions have asked for guarantees that the new service will be staffed by the operator's own crews rather than by agency workers."),
    ]),
    "library": ("Town library to open on Sundays after volunteers step in", [
        ("p", "The central library will open on Sundays for the first time in its history from next month, after more than sixty residents signed up to help run it."),
        ("p", "The council cut the library's budget by a fifth last year and had warned that opening hours would have to fall, not rise."),
        ("p", "Volunteers will shelve books, run a homework club and staff the front desk, while two paid librarians will be on duty at all times, the council said."),
        ("p", "“We were told it could not be done without more money,” said Priya Shah, who organised the volunteers. “It turns out it could be done with more people.”"),
        ("p", "Library staff unions said they supported the plan as long as volunteers did not replace paid posts when contracts come up for renewal next year."),
    ]),
    "heat": ("Hitzewelle: Städte öffnen kühle Räume für ältere Menschen", [
        ("p", "Mehrere Städte im Südwesten öffnen wegen der anhaltenden Hitze klimatisierte Räume in Bibliotheken, Kirchen und Gemeindezentren für ältere und kranke Menschen."),
        ("p", "Der Deutsche Wetterdienst erwartet bis zum Wochenende Temperaturen von mehr als 36 Grad und hat für weite Teile Baden-Württembergs eine Hitzewarnung ausgegeben."),
        ("p", "„Wer allein lebt, merkt oft zu spät, dass der Körper zu wenig Wasser hat“, sagte die Freiburger Sozialbürgermeisterin Christine Buchheit. Die Stadt schickt deshalb Helfer zu Hausbesuchen."),
        ("p", "Die kühlen Räume sind täglich von zehn bis achtzehn Uhr geöffnet, Wasser wird kostenlos ausgegeben. Eine Anmeldung ist nicht nötig."),
        ("p", "Ärzteverbände fordern seit Jahren verbindliche Hitzeschutzpläne für alle Kommunen. Bislang hat nur ein Teil der Städte solche Pläne beschlossen."),
    ]),
    "vendanges": ("Les vendanges commencent avec trois semaines d'avance en Bourgogne", [
        ("p", "Les vendanges ont commencé lundi dans plusieurs domaines de la Côte de Beaune, avec près de trois semaines d'avance sur le calendrier habituel, en raison d'un été particulièrement chaud."),
        ("p", "Les vignerons décrivent des raisins sains mais peu abondants : la grêle du mois de juin a détruit jusqu'à la moitié de la récolte dans certaines parcelles."),
        ("p", "« On n'a jamais vendangé aussi tôt dans la famille, et mon grand-père a commencé en 1952 », raconte Claire Morel, qui exploite huit hectares près de Meursault."),
        ("p", "L'interprofession estime la récolte régionale à un niveau inférieur de quinze pour cent à la moyenne des cinq dernières années."),
        ("p", "Les prix du vrac, déjà élevés, pourraient encore augmenter, ce qui inquiète les négociants confrontés à une baisse des ventes à l'export."),
    ]),
    "vivienda": ("El Ayuntamiento limitará los pisos turísticos en el centro histórico", [
        ("p", "El Ayuntamiento aprobó este jueves una norma que prohíbe abrir nuevos pisos turísticos en los cinco barrios del centro histórico durante los próximos cuatro años."),
        ("p", "La medida afecta a unas 2.300 viviendas que ya tienen licencia, que podrán seguir operando, pero impide conceder nuevos permisos en edificios residenciales."),
        ("p", "«El centro se estaba quedando sin vecinos», afirmó la concejala de Urbanismo, Marta Gil, que citó un descenso del doce por ciento en el padrón desde 2015."),
        ("p", "Las asociaciones de propietarios anunciaron que recurrirán la norma ante los tribunales por considerar que vulnera el derecho a la propiedad."),
        ("p", "Los comerciantes del centro, en cambio, se mostraron divididos: algunos temen perder clientes y otros confían en que vuelva la vida de barrio."),
    ]),
    "ponte": ("Riapre il ponte sul fiume dopo due anni di lavori", [
        ("p", "Il ponte che collega le due sponde del fiume è stato riaperto al traffico sabato mattina, dopo due anni di lavori di consolidamento e oltre sei milioni di euro di spesa."),
        ("p", "I lavori si erano resi necessari dopo che un'ispezione aveva rilevato crepe profonde in due dei piloni centrali, costruiti negli anni Sessanta."),
        ("p", "«È un giorno importante per tutta la valle», ha detto il sindaco Paolo Ferri durante la cerimonia. «Per due anni le famiglie hanno fatto venti chilometri in più ogni giorno.»"),
        ("p", "Il limite di velocità sul ponte sarà di cinquanta chilometri orari e i mezzi pesanti oltre le quaranta tonnellate non potranno transitare."),
        ("p", "I commercianti del centro sperano ora di recuperare una parte dei clienti persi durante la chiusura."),
    ]),
    "fiets": ("Gemeente legt brede fietsstraat aan door het centrum", [
        ("p", "De gemeente gaat de komende twee jaar een brede fietsstraat aanleggen dwars door het centrum, waar auto's te gast zijn en niet harder dan dertig kilometer per uur mogen rijden."),
        ("p", "Het plan kost ruim acht miljoen euro, waarvan de provincie de helft betaalt. De eerste werkzaamheden beginnen na de zomervakantie."),
        ("p", "„We zien elk jaar meer fietsers, maar de straten zijn nog ingericht voor de auto”, zei wethouder Sanne de Vries op een bijeenkomst met bewoners."),
        ("p", "Ondernemers in de winkelstraten zijn verdeeld. Een deel vreest dat klanten wegblijven als parkeren lastiger wordt, anderen verwachten juist meer aanloop."),
        ("p", "Bewoners kunnen tot eind van de maand reageren op het ontwerp, dat in de bibliotheek en online is in te zien."),
    ]),
    "vaccine": ("Flu jabs offered in supermarkets as winter cases rise early", [
        ("p", "Pharmacies inside supermarkets will offer flu vaccinations without an appointment from this weekend, health officials said, as hospital admissions for flu rose earlier in the season than in any year since 2017."),
        ("p", "Adults over 65, pregnant women and people with long-term conditions can get the vaccine free of charge; others will pay around 15 pounds."),
        ("p", "Dr Aisha Bello, a public health consultant, said the early rise was driven mainly by young children, who then passed the virus on to grandparents."),
        ("p", "Uptake among over-65s fell to 71 per cent last winter, below the 75 per cent target, and officials hope that vaccinating people where they already shop will close the gap."),
        ("p", "GP surgeries will continue to run their own clinics, and the supermarket scheme will be reviewed in February."),
    ]),
    # ---- the articles with no junk that must stay whole
    "checklist": ("What to do before the floods: the council's checklist", [
        ("p", "With more heavy rain forecast for the valley this week, the council has published a checklist for households in the areas that flooded last winter."),
        ("p", "Emergency planners say most damage last year happened in homes where people had no time to move belongings upstairs. The council's advice is to act before a warning is issued:"),
        ("ul", ["Sign up for flood alerts from the Environment Agency",
                "Move important documents, medicines and chargers upstairs",
                "Know how to turn off your gas, electricity and water",
                "Keep a torch, a radio and spare batteries in one place",
                "Check on elderly neighbours",
                "Move your car to higher ground if you can",
                "Put sandbags or flood boards in place early",
                "Read more about insurance before you need it"]),
        ("p", "Free sandbags can be collected from the depot on Mill Road between 8am and 6pm. Residents who cannot collect them can ask for a delivery."),
        ("p", "The council said it had cleared 400 drains since January, but warned that no defence could stop the river if it rose as high as it did last year."),
    ]),
    "liveblog": ("Marathon day: live updates from the city centre", [
        ("p", "Welcome to our live coverage of the city marathon. More than 18,000 runners are taking part this year."),
        ("h2", "9:02am"),
        ("p", "And they're off. The elite women started two minutes ago in bright sunshine."),
        ("h2", "9:20am"),
        ("p", "Road closures are in place on the ring road until 4pm. Buses are on diversion."),
        ("h2", "9:41am"),
        ("p", "A quick word from the race director: water stations are fully stocked."),
        ("h2", "10:15am"),
        ("p", "The leading group of four men has passed halfway in 1:04:12."),
        ("h2", "10:58am"),
        ("p", "Big cheers on Bridge Street as the wheelchair race winner crosses the line."),
        ("h2", "11:31am"),
        ("p", "Kenya's Ruth Chebet wins the women's race in 2:24:51, a course record."),
        ("h2", "11:47am"),
        ("p", "Share your photos with us. We'll post the best ones here later."),
    ]),
    "interview": ("“Nobody reads the manual”: a designer on fifty years of kettles", [
        ("p", "Margaret Ellis has designed household appliances since 1974. As a retrospective of her work opens at the Design Museum, we asked her about kettles, buttons and the things people ignore."),
        ("qa", "Why kettles?", "Because everybody uses one, every day, half asleep. If you can make something that works for a person who has not woken up yet, you can design anything."),
        ("qa", "What did you get wrong?", "Plenty. In 1981 we put the switch underneath the handle. It looked wonderful and nobody could find it."),
        ("qa", "Do people read the instructions?", "No. Nobody reads the manual. That is the first thing they teach you and the last thing you accept."),
        ("qa", "And now?", "Now I make things for my grandchildren. They are much harsher critics than any client I had."),
        ("p", "The retrospective runs until 12 January. Entry is free."),
    ]),
    "readmore": ("Read more, scroll less: the campaign to get teenagers back to books", [
        ("p", "A campaign launched by a group of school librarians wants teenagers to swap an hour of scrolling for an hour of reading each week."),
        ("p", "Read more, scroll less."),
        ("p", "That is the slogan printed on the bookmarks that 300 schools will hand out this term, alongside a list of novels chosen by pupils themselves."),
        ("p", "“We did not want adults telling them what to read,” said Tom Hughes, a librarian in Bristol. “Share what you liked, and someone your age will pick it up.”"),
        ("p", "Sign up now and the first book is free, the publishers' association told schools in an email, promising to cover the cost of the first 10,000 copies."),
        ("p", "Surveys suggest the share of 13 to 16 year olds who read for pleasure every day has fallen from 40 per cent to 22 per cent in a decade."),
    ]),
    "streaming": ("Streaming service loses a million subscribers after price rise", [
        ("p", "Share prices in the streaming company fell 11 per cent on Wednesday after it said it had lost a million subscribers in three months, the first fall in its history."),
        ("p", "The company raised its monthly price by two pounds in January and ended password sharing between households in March."),
        ("p", "“Subscribe, stay, share nothing.”"),
        ("p", "That is how one analyst summed up the new rules in a note to clients, adding that the company had underestimated how many people would simply leave."),
        ("p", "Comments by the chief executive last year, when he said customers would “pay for quality”, were widely quoted on social media."),
        ("p", "Photo: a still from the company's most-watched series was used in the advertising campaign that launched the new price."),
        ("p", "The company said it expected subscriber numbers to grow again by the end of the year as new series arrive."),
    ]),
    "harbour": ("Seals return to the harbour as water quality improves", [
        ("p", "Grey seals have been seen in the inner harbour for the first time in living memory, a sign, marine biologists say, that a decade of work to clean up the estuary is paying off."),
        ("p", "Volunteers counted eleven seals hauled out on the old slipway last weekend, and fishermen report sightings almost daily."),
        ("p", "“Twenty years ago the water here was brown and smelt of diesel,” said Kate Dunn of the estuary trust. “Seals do not come to a place like that.”"),
        ("p", "The water company has spent 40 million pounds on new sewage storage since 2015, cutting the number of overflows into the harbour by three quarters."),
        ("p", "The trust has asked boat owners and walkers to keep at least 50 metres from the animals, especially during the pupping season in autumn."),
    ]),
    "budget": ("What the school budget means for your child's class", [
        ("p", "The county council has agreed its schools budget for next year, with an extra 12 million pounds for classrooms but cuts to transport and music lessons."),
        ("p", "Head teachers had warned that without more money, some schools would have to merge classes from September."),
        ("p", "“It is better than we feared, and worse than the children deserve,” said Laura Price, who leads the county's head teachers' association."),
        ("p", "The main changes parents will notice:"),
        ("ul", ["Class sizes in primary schools capped at 30",
                "Free school transport only for pupils living more than three miles away",
                "Music lessons charged at 5 pounds a session",
                "Two new special needs units, in Hatfield and Ware",
                "Breakfast clubs kept in every primary school"]),
    ]),
    "mercato": ("Il mercato coperto riapre con venti nuovi banchi", [
        ("p", "Il mercato coperto di piazza Garibaldi ha riaperto ieri dopo otto mesi di restauro, con venti nuovi banchi di prodotti locali e un'area per la ristorazione."),
        ("p", "La struttura in ferro e vetro, costruita nel 1912, era stata chiusa per infiltrazioni d'acqua dal tetto e problemi all'impianto elettrico."),
        ("p", "«Abbiamo voluto riportare i cittadini in centro anche il sabato pomeriggio», ha spiegato l'assessora al commercio Sara Lombardi."),
        ("p", "I banchi sono stati assegnati con un bando che premiava i produttori entro cinquanta chilometri dalla città."),
        ("p", "Il mercato sarà aperto dal martedì alla domenica, dalle otto alle venti."),
    ]),
    "wolf": ("Wolf sighted near village for the first time in a century", [
        ("p", "A wolf has been photographed by a wildlife camera less than a kilometre from the village of Hollin, the first confirmed sighting in the county for more than a hundred years."),
        ("p", "Experts who examined the images said the animal was probably a young male that had travelled from the population in the lowlands in search of a territory."),
        ("p", "Farmers' leaders asked for advice on protecting sheep, while conservation groups welcomed what they called a historic return."),
        ("p", "The county's ecologist, Mark Evans, said wolves were shy and posed very little risk to people, but asked walkers not to approach or feed the animal."),
        ("p", "The camera belongs to a school project that has recorded badgers, deer and foxes in the woods for six years."),
    ]),
    "checkliste": ("Steuererklärung: Diese Unterlagen sollten Sie jetzt sammeln", [
        ("p", "Die Frist für die Steuererklärung endet in diesem Jahr am 31. Juli. Wer rechtzeitig alle Belege beisammen hat, spart sich viel Stress, rät der Bund der Steuerzahler."),
        ("p", "Die wichtigsten Unterlagen im Überblick:"),
        ("ol", ["Lohnsteuerbescheinigung des Arbeitgebers",
                "Belege über Fahrtkosten zur Arbeit",
                "Rechnungen für Handwerker und haushaltsnahe Dienstleistungen",
                "Spendenquittungen",
                "Nachweise über Krankheitskosten",
                "Beiträge zu Riester- und Rürup-Verträgen",
                "Kontoauszüge mit Kapitalerträgen"]),
        ("p", "Wer einen Steuerberater beauftragt oder Mitglied in einem Lohnsteuerhilfeverein ist, hat bis Ende April des übernächsten Jahres Zeit."),
        ("p", "Im Durchschnitt erhalten Arbeitnehmer mehr als 1.000 Euro vom Finanzamt zurück."),
    ]),
    "directo": ("Elecciones municipales, en directo: última hora del escrutinio", [
        ("p", "Siga con nosotros la noche electoral. El escrutinio avanza con rapidez en todo el país."),
        ("h2", "21:05"),
        ("p", "Cierran los colegios electorales en Canarias. La participación supera el 63 %."),
        ("h2", "21:32"),
        ("p", "Con el 40 % escrutado, el alcalde en funciones mantiene la mayoría absoluta."),
        ("h2", "22:10"),
        ("p", "La candidata de la oposición comparece ante la prensa y reconoce un resultado «peor de lo esperado»."),
        ("h2", "22:48"),
        ("p", "Escrutado el 98 %. Los ecologistas entran por primera vez en el pleno con dos concejales."),
        ("h2", "23:15"),
        ("p", "Fiesta en la sede del partido ganador. Más información mañana en nuestra edición."),
    ]),
    "entretien": ("« On ne répare plus rien » : entretien avec une cordonnière", [
        ("p", "Installée depuis trente ans dans le même atelier, Sylvie Garnier voit défiler des chaussures de moins en moins réparables. Rencontre."),
        ("qa", "Qu'est-ce qui a changé en trente ans ?", "Les semelles. Avant, elles étaient cousues ; aujourd'hui, elles sont collées ou moulées, et on ne peut presque plus rien faire."),
        ("qa", "Les clients viennent-ils encore ?", "Oui, et de plus en plus de jeunes. Ils veulent garder leurs baskets plus longtemps, pour des raisons d'argent ou d'écologie."),
        ("qa", "Le bonus réparation a-t-il aidé ?", "Un peu. Huit euros de moins sur une facture, ça compte, mais la démarche reste trop compliquée pour beaucoup d'artisans."),
        ("qa", "Un conseil ?", "Achetez moins, mais achetez des chaussures qu'on peut ressemeler."),
    ]),
}

# ---------------------------------------------------------------- site families: how a page wraps its article


def esc(t):
    return html.escape(t, quote=False)


def render_blocks(blocks, p_attr="", list_attr=""):
    out = []
    for b in blocks:
        if b[0] == "p":
            out.append(f"<p{p_attr}>{esc(b[1])}</p>")
        elif b[0] == "h2":
            out.append(f"<h2>{esc(b[1])}</h2>")
        elif b[0] in ("ul", "ol"):
            items = "".join(f"<li>{esc(i)}</li>" for i in b[1])
            out.append(f"<{b[0]}{list_attr}>{items}</{b[0]}>")
        elif b[0] == "qa":
            out.append(f"<p><strong>{esc(b[1])}</strong></p><p>{esc(b[2])}</p>")
        elif b[0] == "raw":
            out.append(b[1])
    return "\n".join(out)


def expected_body(blocks):
    out = []
    for b in blocks:
        if b[0] in ("p", "h2"):
            out.append(b[1])
        elif b[0] in ("ul", "ol"):
            out.append("\n".join(b[1]))
        elif b[0] == "qa":
            out.extend([b[1], b[2]])
    return "\n\n".join(out) + "\n"


def page(lang, title, site, body_html, family, byline="", after=""):
    head = (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
            f'<title>{esc(title)} | {site}</title></head>\n')
    nav = (f'<header class="site-header"><a class="logo" href="/">{site}</a><nav class="main-nav"><ul>'
           '<li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/culture">Culture</a></li>'
           '<li><a href="/opinion">Opinion</a></li></ul></nav></header>\n')
    foot = (f'<footer class="site-footer"><p><a href="/about">About {site}</a> <a href="/contact">Contact</a> '
            '<a href="/privacy">Privacy</a> <a href="/terms">Terms</a></p></footer>')
    if family == "wordpress":
        main = (f'<div id="page" class="site"><div id="content" class="site-content"><div id="primary" class="content-area">'
                f'<main id="main" class="site-main"><article id="post-4812" class="post-4812 post type-post status-publish format-standard hentry">'
                f'<header class="entry-header"><h1 class="entry-title">{esc(title)}</h1><div class="entry-meta">{byline}</div></header>\n'
                f'<div class="entry-content">\n{body_html}\n</div>\n{after}</article></main></div>'
                '<aside id="secondary" class="widget-area"><section class="widget widget_categories"><h2 class="widget-title">Categories</h2>'
                '<ul><li><a href="/c/local">Local</a></li><li><a href="/c/transport">Transport</a></li></ul></section></aside></div></div>\n')
    elif family == "arc":
        main = (f'<div id="fusion-app"><main class="article-layout"><article class="b-article-body-wrapper">'
                f'<h1 class="c-heading b-headline">{esc(title)}</h1><div class="b-byline">{byline}</div>\n'
                f'<div class="c-article-body article-body">\n{body_html}\n</div>\n{after}</article></main></div>\n')
    elif family == "drupal":
        main = (f'<div class="dialog-off-canvas-main-canvas"><main role="main"><div class="region region-content">'
                f'<article role="article" class="node node--type-article node--view-mode-full"><h1 class="page-title"><span class="field field--name-title">{esc(title)}</span></h1>'
                f'<div class="node__meta">{byline}</div><div class="node__content">'
                f'<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">\n{body_html}\n</div>\n{after}</div>'
                '</article></div></main></div>\n')
    elif family == "amp":
        main = (f'<main id="content" role="main"><article class="amp-wp-article"><header class="amp-wp-article-header">'
                f'<h1 class="amp-wp-title">{esc(title)}</h1><div class="amp-wp-meta amp-wp-byline">{byline}</div></header>\n'
                f'<div class="amp-wp-article-content">\n{body_html}\n</div>\n{after}</article></main>\n')
    elif family == "section":
        main = (f'<div class="layout"><div class="story"><h1>{esc(title)}</h1><p class="dateline">{byline}</p>\n'
                f'<section class="story-body" data-component="text-block">\n{body_html}\n</section>\n{after}</div></div>\n')
    elif family == "guardian":
        main = (f'<main id="maincontent"><article class="dcr-article"><h1 class="dcr-headline">{esc(title)}</h1><address aria-label="Contributor info">{byline}</address>\n'
                f'<div id="maincontent" class="article-body-commercial-selector article-body-viewer-selector dcr-1xyz">\n{body_html}\n</div>\n{after}</article></main>\n')
    elif family == "bbc":
        main = (f'<div id="main-content"><article><header><h1 id="main-heading">{esc(title)}</h1></header><div data-component="byline-block"><p>{byline}</p></div>\n'
                + "".join(f'<div data-component="text-block" class="ssrcss-11r1m41-RichTextComponentWrapper"><div class="ssrcss-7uxr49-RichTextContainer">{blk}</div></div>'
                          for blk in body_html.split("\n"))
                + f'\n{after}</article></div>\n')
    elif family == "substack":
        main = (f'<div class="main-content"><article class="typography newsletter-post post"><div class="post-header"><h1 class="post-title">{esc(title)}</h1><div class="byline-wrapper">{byline}</div></div>\n'
                f'<div class="available-content"><div class="body markup" dir="auto">\n{body_html}\n</div></div>\n{after}</article></div>\n')
    elif family == "ghost":
        main = (f'<main id="site-main" class="site-main"><article class="article post"><header class="article-header gh-canvas"><h1 class="article-title">{esc(title)}</h1><span class="byline-meta-content">{byline}</span></header>\n'
                f'<section class="gh-content gh-canvas">\n{body_html}\n</section>\n{after}</article></main>\n')
    elif family == "nyt":
        main = (f'<div id="app"><main id="site-content"><article id="story"><header><h1 data-testid="headline">{esc(title)}</h1><p class="byline"><span>{byline}</span></p></header>\n'
                f'<section name="articleBody" class="meteredContent"><div class="StoryBodyCompanionColumn"><div>\n{body_html}\n</div></div></section>\n{after}</article></main></div>\n')
    else:
        raise ValueError(family)
    return head + '<body>\n' + nav + main + foot + '</body></html>\n'


def with_junk(blocks, inserts):
    """The article's blocks with junk HTML put in after the given block indexes (-1: before the first; len: at the end)."""
    out = []
    for pos, junk in inserts:
        if pos < 0:
            out.append(("raw", junk))
    for i, b in enumerate(blocks):
        out.append(b)
        for pos, junk in inserts:
            if pos == i:
                out.append(("raw", junk))
    for pos, junk in inserts:
        if pos >= len(blocks):
            out.append(("raw", junk))
    return out


# ---------------------------------------------------------------- the pages: category -> two variants, each
# (id, article, family, lang, site, byline, inserts into the body, html after the body inside the article)
P = "<p>{}</p>"
PAGES = {
    "related": [
        ("related-wp-jetpack", "rail", "wordpress", "en", "The Northern Echo Online", 'By <a href="/author/jk">James Kerr</a> <time>3 March 2026</time>',
         [(99, '<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>'
               '<div class="jp-relatedposts-items jp-relatedposts-items-visual">'
               '<div class="jp-relatedposts-post"><a class="jp-relatedposts-post-a" href="/2026/02/ferry"><img src="/f.jpg" alt=""></a><h4 class="jp-relatedposts-post-title"><a href="/2026/02/ferry">Ferry fares to rise by a tenth in April</a></h4><p class="jp-relatedposts-post-date">February 12, 2026</p><p class="jp-relatedposts-post-context">In "Transport"</p></div>'
               '<div class="jp-relatedposts-post"><a class="jp-relatedposts-post-a" href="/2026/01/bus"><img src="/b.jpg" alt=""></a><h4 class="jp-relatedposts-post-title"><a href="/2026/01/bus">Rural bus routes saved for another year</a></h4><p class="jp-relatedposts-post-date">January 30, 2026</p><p class="jp-relatedposts-post-context">In "Transport"</p></div>'
               '<div class="jp-relatedposts-post"><a class="jp-relatedposts-post-a" href="/2025/12/airport"><img src="/a.jpg" alt=""></a><h4 class="jp-relatedposts-post-title"><a href="/2025/12/airport">Airport expansion plans go to public inquiry</a></h4><p class="jp-relatedposts-post-date">December 4, 2025</p><p class="jp-relatedposts-post-context">In "Business"</p></div>'
               '</div></div>')], ""),
        ("related-arc-more-from", "vivienda", "arc", "es", "Diario del Sur", 'Por <a href="/autor/lm">Lucía Martín</a>',
         [(2, '<div class="c-related-inline"><h3>Más de Local</h3><ul class="c-list">'
              '<li><a href="/local/obras-tranvia">Las obras del tranvía cortarán la avenida durante un mes</a></li>'
              '<li><a href="/local/mercado">El mercado central reabre tras la reforma</a></li>'
              '<li><a href="/local/alquiler">El precio del alquiler sube un 9 % en un año</a></li></ul></div>')], ""),
    ],
    "caption": [
        ("caption-wp-figure-credit", "heat", "wordpress", "de", "Südwest Kurier", 'Von <a href="/autor/mb">Markus Brandt</a>',
         [(1, '<figure class="wp-block-image size-large"><img src="/hitze.jpg" alt="Menschen im Schatten" class="wp-image-991"><figcaption class="wp-element-caption">Abkühlung im Stadtgarten: Viele Menschen suchen am Nachmittag den Schatten.</figcaption></figure>'
              '<p class="has-small-font-size">Foto: Patrick Seeger/dpa</p>')], ""),
        ("caption-drupal-p-after-img", "ponte", "drupal", "it", "La Voce della Valle", 'di Giulia Conti',
         [(0, '<p><img src="/ponte.jpg" alt="" width="800" height="450"></p><p><em>Il ponte riaperto sabato mattina, dopo due anni di lavori (foto Ufficio stampa del Comune)</em></p>'),
          (3, '<p class="image-credit">Credito fotografico: Archivio provinciale</p>')], ""),
    ],
    "newsletter": [
        ("newsletter-arc-inline", "vaccine", "arc", "en", "The Daily Standard", 'By <a href="/people/ab">Anna Blake</a>, Health Correspondent',
         [(2, '<div class="c-newsletter-signup"><p class="c-newsletter-signup__title">The Health Brief</p><p>The week\'s health news, explained by our specialists. Delivered every Thursday.</p>'
              '<form action="/subscribe"><input type="email" placeholder="Your email"><button>Sign up</button></form><p class="small">By signing up you agree to our privacy policy.</p></div>')], ""),
        ("newsletter-section-fr", "vendanges", "section", "fr", "Le Courrier de Bourgogne", 'Publié le 25 août 2026',
         [(3, '<aside class="inline-promo"><p><strong>Newsletter</strong></p><p>Recevez chaque matin l\'essentiel de l\'actualité régionale.</p><p><a href="/newsletters">Inscrivez-vous gratuitement</a></p></aside>')], ""),
    ],
    "bio": [
        ("bio-wp-about-author", "library", "wordpress", "en", "Riverside Post", 'By <a href="/author/db">Dan Brooks</a>',
         [], '<div class="author-box"><h3>About the author</h3><p>Dan Brooks has covered local government in Riverside since 2011. Before that he worked for the BBC in Leeds. Email him at dan@riversidepost.example.</p></div>'),
        ("bio-amp-es", "vivienda", "amp", "es", "Noticias de la Ciudad", 'Ana Ruiz',
         [(99, '<p><strong>Ana Ruiz</strong> es periodista y cubre información municipal y urbanismo desde 2018. Antes trabajó en la Cadena SER.</p>')], ""),
    ],
    "share": [
        ("share-amp-social", "fiets", "amp", "nl", "Stadsblad", 'Door Pieter Jansen',
         [(-1, '<div class="amp-wp-share"><amp-social-share type="facebook"></amp-social-share><amp-social-share type="twitter"></amp-social-share><span>Deel dit artikel</span></div>'),
          (2, '<p><strong>Lees ook:</strong> <a href="/nieuws/parkeren">Parkeren in het centrum wordt duurder</a></p>')], ""),
        ("share-section-de", "heat", "section", "de", "Rheinblick", 'Stand: 14.07.2026, 09:12 Uhr',
         [(1, '<p class="teaser-inline">Mehr zum Thema: <a href="/klima/hitze-tipps">So schützen Sie sich vor der Hitze</a></p>'),
          (99, '<div class="share-tools"><p>Artikel teilen: <a href="#">Facebook</a> <a href="#">WhatsApp</a> <a href="#">E-Mail</a></p></div>')], ""),
    ],
    "comments": [
        ("comments-wp-reply", "library", "wordpress", "en", "Hilltown Herald", 'Posted by <a href="/author/ed">editor</a>',
         [], '<div id="comments" class="comments-area"><h2 class="comments-title">14 thoughts on “Town library to open on Sundays after volunteers step in”</h2>'
             '<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3><p class="must-log-in">You must be logged in to post a comment.</p></div></div>'),
        ("comments-drupal-nl", "fiets", "drupal", "nl", "Dagblad Oost", 'Door Sanne Smit',
         [(99, '<p class="reacties"><a href="#reacties">12 reacties</a> · <a href="#reageer">Reageer</a></p>')], ""),
    ],
    "trailing": [
        ("trailing-arc-topics", "rail", "arc", "en", "The Metro Times", 'By <a href="/people/rk">Rhys King</a>',
         [(99, '<p class="c-article-topics">More on: <a href="/topic/rail">Rail</a>, <a href="/topic/transport">Transport</a>, <a href="/topic/travel">Travel</a></p>'
               '<p class="c-article-reuse"><a href="/reuse">Reuse this content</a></p>'
               '<p class="c-correction">Have a correction? <a href="/corrections">Tell us</a></p>')], ""),
        ("trailing-drupal-it", "ponte", "drupal", "it", "Il Giornale di Valle", 'Redazione',
         [(99, '<p>Argomenti: <a href="/tag/ponte">ponte</a> <a href="/tag/lavori">lavori pubblici</a> <a href="/tag/viabilita">viabilità</a></p>'
               '<p class="copyright">© Riproduzione riservata</p>')], ""),
    ],
    "promo": [
        ("promo-arc-advert", "vaccine", "arc", "en", "Capital News", 'By <a href="/people/sn">Sam Neill</a>',
         [(1, '<div class="ad-container"><p class="ad-label">Advertisement</p><div id="ad-slot-1"></div><p>Story continues below advertisement</p></div>'),
          (3, '<p class="inline-podcast"><a href="/podcasts/the-briefing">Listen to The Briefing, our daily news podcast</a></p>')], ""),
        ("promo-section-es", "vivienda", "section", "es", "El Observador", 'Madrid, 12 de mayo',
         [(3, '<aside class="suscripcion"><p>Este contenido es exclusivo para suscriptores.</p><p><a href="/suscripcion">Suscríbete por 1 € el primer mes</a></p></aside>')], ""),
    ],
    # ---- no junk: the article must stay whole
    "clean-list": [
        ("clean-list-wp-checklist", "checklist", "wordpress", "en", "Valley Times", 'By <a href="/author/cw">Chris Wood</a>', [], ""),
        ("clean-list-drupal-de", "checkliste", "drupal", "de", "Ratgeber Aktuell", 'Von Julia Weber', [], ""),
    ],
    "clean-live": [
        ("clean-live-arc", "liveblog", "arc", "en", "City Live", 'Live: our reporters', [], ""),
        ("clean-live-section-es", "directo", "section", "es", "Crónica", 'Actualizado 23:15', [], ""),
    ],
    "clean-qa": [
        ("clean-qa-wp", "interview", "wordpress", "en", "Design Weekly", 'Interview by <a href="/author/lp">Lena Park</a>', [], ""),
        ("clean-qa-amp-fr", "entretien", "amp", "fr", "Ouest Matin", 'Propos recueillis par Hugo Lemoine', [], ""),
    ],
    "clean-phrases": [
        ("clean-phrases-section", "readmore", "section", "en", "The Courier", 'By Sarah Lane, Education Editor', [], ""),
        ("clean-phrases-amp", "streaming", "amp", "en", "Weekly Business", 'By Omar Haddad', [], ""),
    ],
}


# the second batch, written after the first round of rule changes and split the same way before the rules ran on it
PAGES_2 = {
    "related-2": [
        ("b2-related-guardian-richlink", "harbour", "guardian", "en", "The Coast Guardian", 'Kate Morris',
         [(1, '<aside class="element element-rich-link" data-component="rich-link"><p><span>Related: </span><a href="/environment/2025/sewage">Sewage spills into rivers fell by a third last year</a></p></aside>'),
          (99, '<div class="submeta"><p>Explore more on these topics</p><ul><li><a href="/wildlife">Wildlife</a></li><li><a href="/marine-life">Marine life</a></li><li><a href="/water">Water</a></li></ul></div>')], ""),
        ("b2-related-ghost-cards", "mercato", "ghost", "it", "Cronache Cittadine", 'Sara Bianchi',
         [(99, '<div class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="/piazza"><div class="kg-bookmark-content"><div class="kg-bookmark-title">Piazza Garibaldi, il nuovo arredo urbano</div><div class="kg-bookmark-description">Panchine e alberi entro l\'estate</div></div></a></div>'
               '<div class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="/negozi"><div class="kg-bookmark-content"><div class="kg-bookmark-title">Negozi storici, arriva il contributo</div><div class="kg-bookmark-description">Fino a diecimila euro per il restauro</div></div></a></div>'
               '<div class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="/parcheggi"><div class="kg-bookmark-content"><div class="kg-bookmark-title">Parcheggi gratis il sabato in centro</div><div class="kg-bookmark-description">La sperimentazione parte a maggio</div></div></a></div>')], ""),
    ],
    "caption-2": [
        ("b2-caption-bbc-credit", "wolf", "bbc", "en", "BBC-like News", 'By Tom Hart',
         [(0, '<figure><div><span>Image source,</span><span>Hollin School</span></div><img src="/wolf.jpg" alt="A grey wolf on a path at night"><figcaption><span>Image caption,</span>The wolf was recorded by a school project\'s camera</figcaption></figure>')], ""),
        ("b2-caption-nyt-credit", "harbour", "nyt", "en", "The Daily Record", 'By Kate Morris',
         [(1, '<figure><img src="/seals.jpg" alt=""><figcaption><span>Seals on the old slipway on Sunday.</span><span>Credit...Kate Morris for The Daily Record</span></figcaption></figure>'),
          (3, '<p><em>Illustration by Jo Lee</em></p>')], ""),
    ],
    "newsletter-2": [
        ("b2-newsletter-substack", "wolf", "substack", "en", "Field Notes", 'Mark Evans',
         [(2, '<div class="subscription-widget-wrap"><div class="subscription-widget"><p class="cta-caption">Thanks for reading Field Notes! Subscribe for free to receive new posts and support my work.</p><form><input type="email"><input type="submit" value="Subscribe"></form></div></div>'),
          (99, '<p class="button-wrapper"><a class="button primary" href="/subscribe"><span>Subscribe now</span></a></p>')], ""),
        ("b2-newsletter-guardian-it", "mercato", "guardian", "it", "Il Quotidiano", 'Redazione',
         [(2, '<aside class="newsletter-signup"><p><strong>La newsletter del mattino</strong></p><p>Le notizie della città ogni giorno alle sette. Iscriviti gratis.</p></aside>')], ""),
    ],
    "trailing-2": [
        ("b2-trailing-ap", "wolf", "nyt", "en", "Valley Press", 'By The Associated Press',
         [(99, '<p>Copyright 2026 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.</p>')], ""),
        ("b2-trailing-conversation", "harbour", "ghost", "en", "Ocean Notes", 'Kate Dunn',
         [(99, '<p><em>This article is republished from <a href="https://theconversation.example">The Conversation</a> under a Creative Commons license. <a href="https://theconversation.example/seals">Read the original article</a>.</em></p>')], ""),
    ],
    "clean-end-list": [
        ("b2-clean-end-list-bbc", "budget", "bbc", "en", "Herts Today", 'By Laura Price', [], ""),
        ("b2-clean-end-list-substack", "budget", "substack", "en", "School Gate", 'Laura Price', [], ""),
    ],
    "clean-short-end": [
        ("b2-clean-mercato-nyt", "mercato", "nyt", "it", "Gazzetta Locale", 'di Sara Bianchi', [], ""),
        ("b2-clean-wolf-guardian", "wolf", "guardian", "en", "The Northern Guardian", 'Mark Evans', [], ""),
    ],
}


def main():
    rng = random.Random(SPLIT_SEED)
    halves = {"tune": {}, "check": {}}
    split_lines = []
    for category, variants in list(PAGES.items()) + list(PAGES_2.items()):
        first_to_tune = rng.random() < 0.5
        for k, (pid, art, family, lang, site, byline, inserts, after) in enumerate(variants):
            half = "tune" if (k == 0) == first_to_tune else "check"
            title, blocks = ARTICLES[art]
            body = render_blocks(with_junk(blocks, inserts))
            os.makedirs(os.path.join(HERE, half), exist_ok=True)
            with open(os.path.join(HERE, half, pid + ".html"), "w", encoding="utf-8") as f:
                f.write(page(lang, title, site, body, family, byline, after))
            halves[half][pid] = {"articleBody": expected_body(blocks), "title": title}
            split_lines.append(f"{category}: {pid} -> {half}")
    for half, truth in halves.items():
        with open(os.path.join(HERE, half, "ground-truth.json"), "w", encoding="utf-8") as f:
            json.dump(dict(sorted(truth.items())), f, ensure_ascii=False, indent=1)
            f.write("\n")
    print("\n".join(split_lines))


if __name__ == "__main__":
    main()
