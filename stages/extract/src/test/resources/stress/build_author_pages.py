#!/usr/bin/env python3
"""The stress pages of the tenth group: bylines set among or after the article's paragraphs in forms no phrase list
knows, told by the page's own author metadata: the name the page declares (a <meta name="author"> or its JSON-LD
author) standing in a short line with little else ("Jane Whitlock, Environment Correspondent", "Texto: Carla Mendes |
Edição: Rui Prado", "Claire Dubois (à Lyon)", "Lucía Martín | Madrid | 14/01/2026"). Guard pages name their author
inside the article's prose, in a short quoted paragraph and in a short sentence, and quote a person who shares the
author's surname.

Written for issue 16 before any rule was changed for them; same method as build_header_pages.py, whose writer it
reuses, with the author declared in the head of its chrome. Deterministic.
"""
import json

from build_header_pages import chrome, write_pages

PAGES = []


def declared_author(title, author, json_ld):
    """The page's head declaring its author: a meta tag, or schema.org JSON-LD."""
    if json_ld:
        return ('<script type="application/ld+json">' + json.dumps({
            "@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
            "author": [{"@type": "Person", "name": author}]}, ensure_ascii=False) + "</script>")
    return f'<meta name="author" content="{author}">'


def page(half, name, lang, site, title, body, article, author, json_ld=False):
    """body: the article's own blocks, in order (the ground truth); article: the markup, with the junk."""
    PAGES.append((half, name, chrome(lang, site, title, article, declared_author(title, author, json_ld)), title, body))


# ================================================================ tune half

# ---- English: the author's name and role as the last line, no "By"
T = "Wetland restoration brings back breeding waders after thirty years"
B = [
    "Lapwings and redshanks have bred on the Ouse marshes for the first time in thirty years, two winters after drainage ditches were blocked to let the fields flood again, the wildlife trust that manages the site said on Monday.",
    "Volunteers counted fourteen pairs of lapwings and five of redshanks this spring. The trust had hoped for a handful at most, and said the wet grassland had filled with insects far faster than its models predicted.",
    "Farmers who graze cattle on the marsh were paid to move their herds off the wettest fields between April and June, when the birds nest on the ground. Most of them signed up for a second year.",
    "The trust now wants to buy two neighbouring farms and flood them the same way. It said it had raised half of the money and would ask the county council for the rest.",
]
page("tune", "byline-author-en-last", "en", "The Fenland Echo", T, B, f"""<div class="story-text">
<h1>{T}</h1>
<p>{B[0]}</p>
<p>{B[1]}</p>
<p>{B[2]}</p>
<p>{B[3]}</p>
<p>Jane Whitlock, Environment Correspondent</p>
</div>""", "Jane Whitlock")

# ---- German: a text credit above the paragraphs, inside the article's container
T = "Stadtbibliothek verlängert ihre Öffnungszeiten am Wochenende"
B = [
    "Die Stadtbibliothek öffnet ab März auch sonntags von zwölf bis achtzehn Uhr. Das hat der Kulturausschuss am Dienstagabend einstimmig beschlossen, nachdem ein Probebetrieb im Herbst gut angenommen worden war.",
    "Im Probebetrieb kamen an jedem Sonntag im Schnitt mehr als 900 Besucherinnen und Besucher, vor allem Familien und Studierende, die in der Woche keine Zeit für die Bibliothek finden.",
    "Für die zusätzlichen Stunden stellt die Stadt drei neue Teilzeitkräfte ein. Die Kosten von rund 140.000 Euro im Jahr übernimmt zur Hälfte eine Stiftung der örtlichen Sparkasse.",
    "Die Leiterin der Bibliothek kündigte an, sonntags auch Lesungen und eine Sprechstunde für Fragen zu Computern und Smartphones anzubieten.",
]
page("tune", "byline-author-de-credit", "de", "Stadtanzeiger", T, B, f"""<article>
<h1>{T}</h1>
<div class="artikel-text">
<p class="autor-zeile"><span>Text:</span> Lena Hartmann</p>
<p>{B[0]}</p>
<p>{B[1]}</p>
<p>{B[2]}</p>
<p>{B[3]}</p>
</div>
</article>""", "Lena Hartmann", json_ld=True)

# ---- Portuguese: a credit line of reporter and editor between the paragraphs
T = "Porto amplia rede de ciclovias com mais 20 quilómetros até 2027"
B = [
    "A câmara do Porto vai construir mais 20 quilómetros de ciclovias até ao fim de 2027, ligando a zona oriental da cidade ao centro e à marginal, anunciou esta quarta-feira o vereador da mobilidade.",
    "O investimento, de cerca de 11 milhões de euros, será pago em grande parte por fundos europeus. As obras começam no verão, pela ligação entre Campanhã e a Avenida dos Aliados.",
    "As associações de ciclistas aplaudiram o plano, mas pediram que as novas vias fiquem separadas do trânsito automóvel em toda a extensão, e não apenas pintadas no chão.",
    "A autarquia promete também 500 novos lugares de estacionamento para bicicletas junto das estações de metro.",
]
page("tune", "byline-author-pt-credit", "pt", "Jornal da Invicta", T, B, f"""<section>
<h1>{T}</h1>
<p>{B[0]}</p>
<p>{B[1]}</p>
<p><small>Texto: Carla Mendes | Edição: Rui Prado</small></p>
<p>{B[2]}</p>
<p>{B[3]}</p>
</section>""", "Carla Mendes")

# ---- guard: the author named in the story's prose, a source sharing the author's surname
T = "Reporters barred from inquiry hearing win right to attend"
B = [
    "Journalists who were turned away from the first day of the harbour inquiry will be allowed to attend from next week, after the chairman reversed his decision on Friday following complaints from three newspapers.",
    "Among those barred was this newspaper's reporter Tom Ashcroft, who has covered the harbour contracts since 2023 and whose reports led to the inquiry being set up.",
    "\u201cIt was the right decision,\u201d Tom Ashcroft said.",
    "Helen Ashcroft, a harbour board member who is no relation, told the inquiry she had never seen the contracts before they were signed.",
    "The inquiry resumes on Tuesday with evidence from the former harbour master.",
]
page("tune", "guard-en-author-prose", "en", "Harbour Gazette", T, B, f"""<div class="entry">
<h1>{T}</h1>
<p>{B[0]}</p>
<p>{B[1]}</p>
<p>{B[2]}</p>
<p>{B[3]}</p>
<p>{B[4]}</p>
</div>""", "Tom Ashcroft")

# ---- English: a press release that declares its media contact as the author; the contact block opens the
# boilerplate ("Media contact:"), which must still end the article (written after the rule's first version, which
# took the contact block for a byline and so left the boilerplate after it, failed on a blind page: see README)
T = "Acme Water opens a plant that turns sewage sludge into fertiliser"
B = [
    "Acme Water today opened a plant at its Riverside works that turns the sludge left over from sewage treatment into a fertiliser for farms, the first of its kind in the region.",
    "The plant will treat 40,000 tonnes of sludge a year, which until now was dried and sent to landfill. The company expects the fertiliser to be sold to about 200 farms within forty miles of the works.",
    "The \u00a318 million plant was built in fourteen months and employs twelve people. Its heat is recovered to warm the works' own buildings.",
    "Acme Water said it would decide next year whether to build two more such plants at its larger works in the north of the region.",
]
page("tune", "byline-author-en-release", "en", "Acme Water Newsroom", T, B, f"""<div class="release-body">
<h1>{T}</h1>
<p>{B[0]}</p>
<p>{B[1]}</p>
<p>{B[2]}</p>
<p>{B[3]}</p>
<p>Media contact:<br>Dana Reyes, Acme Water<br>+44 20 7946 0100</p>
<p>Acme Water supplies drinking water to 1.2 million people and treats the waste water of 1.5 million in the
region. It has been owned by its customers' mutual society since 1999. More at acmewater.example.</p>
<p>Forward-looking statements in this release are based on the company's current plans and may change.</p>
</div>""", "Dana Reyes")

# ================================================================ check half

# ---- French: a signature after the last paragraph, with the place in brackets
T = "La ville plante 3 000 arbres pour rafraîchir ses cours d'école"
B = [
    "La ville va planter 3 000 arbres dans les cours de ses 42 écoles élémentaires d'ici 2028, a annoncé lundi l'adjointe chargée de l'éducation, qui veut faire baisser la température des cours lors des vagues de chaleur.",
    "Le bitume sera remplacé en partie par des sols perméables et des espaces de pleine terre. Les travaux auront lieu pendant les vacances d'été, dix écoles par an.",
    "Les parents d'élèves ont salué le projet, tout en demandant que les enfants soient associés au choix des essences et à l'entretien des plantations.",
    "Le coût total est estimé à 18 millions d'euros, dont un tiers financé par l'agence de l'eau.",
]
page("check", "byline-author-fr-signature", "fr", "Le Courrier du Rhône", T, B, f"""<div class="corps-article">
<h1>{T}</h1>
<p>{B[0]}</p>
<p>{B[1]}</p>
<p>{B[2]}</p>
<p>{B[3]}</p>
<p><em>Claire Dubois (à Lyon)</em></p>
</div>""", "Claire Dubois", json_ld=True)

# ---- Spanish: name, place and date in a line of its own under the headline, inside the body's container
T = "Valencia abrirá tres refugios climáticos en bibliotecas este verano"
B = [
    "El Ayuntamiento de Valencia habilitará este verano tres bibliotecas municipales como refugios climáticos, con aire acondicionado, agua fría y asientos para las personas mayores, durante las olas de calor.",
    "Los refugios abrirán de doce a ocho de la tarde entre el 1 de julio y el 15 de septiembre, y se sumarán a los centros de mayores que ya funcionaban como tales el año pasado.",
    "Las asociaciones vecinales de los barrios del sur, donde hay menos zonas verdes, piden que se abra al menos uno más en Natzaret antes de agosto.",
    "El consistorio calcula que la medida costará unos 200.000 euros, sobre todo en personal de vigilancia.",
]
page("check", "byline-author-es-line", "es", "Diario de Levante Sur", T, B, f"""<div class="cuerpo">
<h1>{T}</h1>
<p class="firma">Lucía Martín | Valencia | 14/01/2026</p>
<p>{B[0]}</p>
<p>{B[1]}</p>
<p>{B[2]}</p>
<p>{B[3]}</p>
</div>""", "Lucía Martín")

# ---- English: an author card line in bold with a role, set after the second paragraph
T = "Rail operator promises refunds after week of cancelled trains"
B = [
    "The operator of the northern commuter lines will refund a week's fares to season-ticket holders after cancelling more than 1,200 trains in seven days, its managing director said on Thursday.",
    "Most of the cancellations were caused by a shortage of drivers, after a new timetable asked for more trains than the operator could staff. Some stations had no train for three hours in the morning rush.",
    "Passenger groups said the refund was welcome but did not cover the cost of taxis and lost working hours, and asked the transport minister to step in.",
    "The operator said it had hired forty drivers who would finish their training by the spring.",
]
page("check", "byline-author-en-card", "en", "Northern Post", T, B, f"""<article itemprop="articleBody">
<h1>{T}</h1>
<p>{B[0]}</p>
<p>{B[1]}</p>
<p><strong>Sam Okafor</strong> · Transport reporter</p>
<p>{B[2]}</p>
<p>{B[3]}</p>
</article>""", "Sam Okafor")

# ---- guard: Spanish, the author named in the prose of a short paragraph and in a longer one
T = "La periodista Ana Ruiz recibe el premio de reportaje por su serie sobre la sequía"
B = [
    "La periodista de este diario Ana Ruiz ha recibido el premio regional de reportaje por su serie sobre la sequía en los pueblos del interior, publicada a lo largo de seis meses del año pasado.",
    "El jurado destacó que la serie dio voz a los agricultores y a los alcaldes de municipios que llevan dos veranos abastecidos con camiones cisterna.",
    "Ana Ruiz dedicó el premio a los vecinos.",
    "La entrega tendrá lugar en marzo en el Palacio de Congresos.",
]
page("check", "guard-es-author-prose", "es", "Diario del Interior", T, B, f"""<div class="noticia">
<h1>{T}</h1>
<p>{B[0]}</p>
<p>{B[1]}</p>
<p>{B[2]}</p>
<p>{B[3]}</p>
</div>""", "Ana Ruiz")


def main():
    write_pages(PAGES)


if __name__ == "__main__":
    main()
