#!/usr/bin/env python3
"""The stress pages of the ninth group: the furniture nonprofit newsrooms (Newspack/WordPress sites, The
Conversation-like republishers), membership-funded outlets and newsletter platforms (Substack, beehiiv, Ghost) set
inside or right after the article: donation and membership appeals ("Support independent journalism. Donate today.",
"This story was made possible by readers like you", "Unterstützen Sie unabhängigen Journalismus"), republication and
licence boxes ("Republish this article", "This article is licensed under Creative Commons CC BY-ND 4.0"), a
newsletter's referral and sharing prompts ("Refer a friend and get ...", "Forwarded this email? Subscribe here"),
"This article first appeared in our newsletter" lines and the platform's subscribe widgets left as text. Guard pages
hold the article's own look-alikes: a story about a charity's fundraising where readers donated, a quoted appeal, a
story about a museum putting its images under a Creative Commons licence.

Written for issue 16 before any rule was changed for them; same method as build_header_pages.py (whose page chrome
and writer it reuses) and build_linktarget_pages.py (every page declares its canonical URL and site name, as an
outlet's pages do; link targets are the outlet's real-looking donation, membership and subscription pages with their
campaign query strings, share and referral URLs). Deterministic.
"""
import html

from build_header_pages import chrome, ps, write_pages

PAGES = []


def page(half, name, lang, site, host, title, body, article):
    """body: the article's own blocks, in order (the ground truth); article: the markup, with the furniture;
    host: the outlet's host, declared by the canonical link."""
    doc = chrome(lang, site, title, article)
    slug = name.split("-", 1)[1]
    head = (f'<meta charset="utf-8"><link rel="canonical" href="https://{host}/2026/03/{slug}/">'
            f'<meta property="og:site_name" content="{html.escape(site, quote=True)}">')
    doc = doc.replace('<meta charset="utf-8">', head, 1)
    PAGES.append((half, name, doc, title, body))


# ================================================================ tune half

# ---- English, a Newspack nonprofit newsroom (Texas Tribune-like): an inline donation box, the republication box after
T = "State water board approves first limits on groundwater pumping in the valley"
B = [
    "The state water board voted 4-1 on Wednesday to cap how much groundwater farms and towns in the valley may pump each year, the first such limit in the region's history and a response to wells that have run dry in three counties.",
    "Under the rule, the valley's total pumping must fall by a fifth over ten years. Each district will receive a share based on how much it drew between 2015 and 2024, and may trade unused water with its neighbours.",
    "Farm groups said the cap would force growers to leave thousands of acres unplanted. \u201cThis is a slow-motion drought written into law,\u201d said Ray Castillo, who grows cotton and sorghum near Alton.",
    "Residents of small towns whose wells failed last summer welcomed the vote. The board said it would review the cap in 2031 and could tighten it if the aquifer keeps falling.",
]
page("tune", "support-en-newspack", "en", "The Valley Ledger", "www.valleyledger.org", T, B, f"""<article class="post type-post">
<h1 class="entry-title">{T}</h1>
<div class="entry-content">
{ps(B[:2])}
<div class="wp-block-newspack-blocks-donate">
<p><strong>This story was made possible by readers like you.</strong> The Valley Ledger is a nonprofit newsroom, free for everyone to read. <a href="https://www.valleyledger.org/donate/?campaign=inline-2026&amp;utm_source=article&amp;utm_medium=donate-block">Donate today</a> to keep it that way.</p>
</div>
{ps(B[2:])}
<div class="newspack-republication-tracker">
<h3>Republish this article</h3>
<p>This article is licensed under a Creative Commons Attribution-NoDerivatives 4.0 International License. You may republish it free of charge in print or online, with credit to The Valley Ledger.</p>
<p><a href="https://www.valleyledger.org/republishing-guidelines/">Read our republishing guidelines</a></p>
</div>
</div>
</article>""")

# ---- English, a Substack post read on the web: share buttons, the subscribe widget as text, a referral offer
T = "Why the harbour ferry keeps breaking down"
B = [
    "For the third time this winter, the harbour ferry sat at its berth on Monday while commuters queued for the replacement bus. The operator blamed a faulty gearbox; the crew I spoke to blamed the age of the boat.",
    "The ferry was built in 1991 and was meant to be replaced in 2020. The council set aside money for a new vessel, then spent most of it on repairs to the pier after the storm two years ago.",
    "A new boat would take at least eighteen months to build. Until then, the operator says it will keep a mechanic on board at peak hours, which it hopes will cut the length of breakdowns if not their number.",
    "I asked the council when it would order the new ferry. A spokesperson said a decision would come \u201cin the next budget cycle\u201d, which is what it said last year.",
]
page("tune", "letter-en-substack", "en", "The Harbour Letter", "harbourletter.substack.com", T, B, f"""<div class="available-content">
<h1 class="post-title">{T}</h1>
<div class="body markup">
{ps(B[:2])}
<p class="button-wrapper"><a class="button primary" href="https://harbourletter.substack.com/p/why-the-harbour-ferry-keeps-breaking?utm_source=substack&amp;utm_medium=email&amp;utm_content=share&amp;action=share"><span>Share</span></a></p>
{ps(B[2:])}
<div class="subscription-widget-wrap"><div class="subscription-widget show-subscribe">
<div class="preamble"><p>Thanks for reading The Harbour Letter! Subscribe for free to receive new posts and support my work.</p></div>
<div class="fake-input">Type your email\u2026</div><div class="fake-button">Subscribe</div>
</div></div>
<p>Refer a friend and get a free month of paid access: <a href="https://harbourletter.substack.com/leaderboard?referralCode=k3x9q&amp;utm_source=post">Get your referral link</a></p>
</div>
</div>""")

# ---- German, a member-funded outlet (Correctiv/Krautreporter-like): a support box, a membership line, the licence
T = "Landkreis schlie\u00dft zwei Geburtsstationen, obwohl die Zahl der Geburten steigt"
B = [
    "Der Landkreis schlie\u00dft zum Sommer die Geburtsstationen in Eichenau und Bergfeld. Das hat der Kreistag am Montag mit knapper Mehrheit beschlossen, obwohl im vergangenen Jahr so viele Kinder geboren wurden wie seit zwanzig Jahren nicht.",
    "Schwangere aus dem S\u00fcden des Kreises m\u00fcssen k\u00fcnftig bis zu 50 Minuten in die n\u00e4chste Klinik fahren. Die Kliniken begr\u00fcnden die Schlie\u00dfung mit fehlenden Hebammen und hohen Kosten f\u00fcr Bereitschaftsdienste.",
    "Eine B\u00fcrgerinitiative hat 14.000 Unterschriften gegen die Schlie\u00dfung gesammelt. Sie will nun vor das Verwaltungsgericht ziehen und verlangt, dass der Kreis wenigstens einen Hebammenkreis\u00dfsaal erh\u00e4lt.",
    "Das Gesundheitsministerium des Landes teilte mit, es pr\u00fcfe, ob der Kreis F\u00f6rdergeld aus dem Krankenhausstrukturfonds zur\u00fcckzahlen m\u00fcsse.",
]
page("tune", "support-de-spenden", "de", "Kreis-Recherche", "www.kreis-recherche.de", T, B, f"""<div class="article-body">
<h1>{T}</h1>
{ps(B[:2])}
<aside class="spendenbox">
<p><b>Unterst\u00fctzen Sie unabh\u00e4ngigen Journalismus.</b> Unsere Recherchen sind frei zug\u00e4nglich und werden von unseren Leserinnen und Lesern finanziert. <a href="https://www.kreis-recherche.de/spenden/?utm_source=artikel&amp;utm_campaign=spendenbox-fruehjahr">Jetzt spenden</a></p>
</aside>
{ps(B[2:])}
<p><a href="https://www.kreis-recherche.de/mitglied-werden/?utm_source=artikel-ende">Werden Sie Mitglied</a> und machen Sie Recherchen wie diese m\u00f6glich.</p>
<p class="lizenz"><small>Dieser Artikel steht unter der Lizenz CC BY-NC-ND 4.0. Sie d\u00fcrfen ihn unter Nennung der Quelle kostenlos \u00fcbernehmen.</small></p>
</div>""")

# ---- French, a Ghost site: the article first appeared in the newsletter, a support line, the portal's signup box
T = "Le port de p\u00eache renonce \u00e0 son extension apr\u00e8s l'avis de l'autorit\u00e9 environnementale"
B = [
    "La r\u00e9gion a abandonn\u00e9 mardi le projet d'extension du port de p\u00eache, apr\u00e8s un avis tr\u00e8s critique de l'autorit\u00e9 environnementale sur la destruction de trois hectares d'herbiers de zost\u00e8res.",
    "Le projet pr\u00e9voyait un nouveau quai de 180 m\u00e8tres et un terre-plein pour accueillir une cri\u00e9e moderne. Son co\u00fbt avait \u00e9t\u00e9 estim\u00e9 \u00e0 42 millions d'euros.",
    "Les p\u00eacheurs se disent d\u00e9\u00e7us. \u00ab\u00a0On nous promet ce quai depuis quinze ans\u00a0\u00bb, a r\u00e9agi le pr\u00e9sident du comit\u00e9 local des p\u00eaches, qui craint que les bateaux partent vers d'autres ports.",
    "La r\u00e9gion dit vouloir \u00e9tudier une modernisation de la cri\u00e9e actuelle, sans extension en mer. Une r\u00e9union avec les professionnels est pr\u00e9vue en avril.",
]
page("tune", "letter-fr-ghost", "fr", "La Lettre du Littoral", "lalettredulittoral.fr", T, B, f"""<article class="gh-article post">
<h1 class="gh-article-title">{T}</h1>
<section class="gh-content gh-canvas">
<p><em>Cet article est d'abord paru dans notre newsletter du jeudi. <a href="https://lalettredulittoral.fr/#/portal/signup">Inscrivez-vous</a> pour la recevoir chaque semaine.</em></p>
{ps(B[:2])}
<div class="kg-card kg-callout-card"><div class="kg-callout-text">Soutenez une r\u00e9daction ind\u00e9pendante\u00a0: La Lettre du Littoral ne vit que de ses abonn\u00e9s. <a href="https://lalettredulittoral.fr/#/portal/signup/paid?ref=callout">Devenir membre</a></div></div>
{ps(B[2:])}
</section>
<section class="gh-cta"><h3>Abonnez-vous \u00e0 La Lettre du Littoral</h3><p>Recevez les derniers articles directement dans votre bo\u00eete mail.</p><a class="gh-button" href="https://lalettredulittoral.fr/#/portal/signup">S'abonner</a></section>
</article>""")

# ---- Spanish, a member-funded outlet (elDiario.es/Civio-like): a membership appeal, "republish this article"
T = "El Gobierno regional adjudica sin concurso el servicio de ambulancias a una empresa reci\u00e9n creada"
B = [
    "La Consejer\u00eda de Sanidad adjudic\u00f3 en diciembre por procedimiento de emergencia el transporte sanitario urgente de tres comarcas a una empresa constituida dos meses antes, seg\u00fan los documentos del contrato.",
    "El contrato, de 6,4 millones de euros por un a\u00f1o, se firm\u00f3 sin publicidad alegando la quiebra de la anterior adjudicataria. La nueva empresa tiene como administrador a un antiguo directivo de aquella.",
    "La oposici\u00f3n ha pedido la comparecencia del consejero. Sanidad sostiene que la urgencia justificaba el procedimiento y que licitar\u00e1 el servicio con concurso p\u00fablico antes del verano.",
]
page("tune", "support-es-socios", "es", "Cr\u00f3nica Abierta", "www.cronicaabierta.es", T, B, f"""<div class="article-page__body">
<h1>{T}</h1>
{ps(B[:2])}
<div class="socios-inline"><p>Apoya el periodismo independiente. Sin socios y socias no podr\u00edamos publicar investigaciones como esta. <a href="https://www.cronicaabierta.es/socios/?origen=articulo&amp;campana=inline">Hazte socio</a></p></div>
<p>{B[2]}</p>
<div class="republicar"><p><a href="#modal-republicar">Republica este art\u00edculo</a></p><p>Este art\u00edculo se publica bajo licencia Creative Commons BY-SA 4.0: puedes reproducirlo gratis citando a Cr\u00f3nica Abierta y enlazando la pieza original.</p></div>
</div>""")

# ---- guard, English: a story about a charity's fundraising; readers donated, a quoted appeal, a licence in the news
T = "Food bank doubles its winter appeal target after record demand"
B = [
    "The city's food bank has doubled the target of its winter appeal to \u00a3200,000 after handing out more parcels in November than in any month since it opened in 2011.",
    "Readers of this paper donated more than \u00a312,000 in the first week, and a local bakery has promised to match every gift made before Christmas Eve.",
    "Volunteers will collect at three supermarkets on Saturday. The charity's posters read: \u201cSupport your neighbours this winter. Donate today.\u201d",
    "Anyone can become a member of the food bank's supporters' club for \u00a35 a month, which pays for about forty meals, its director said.",
    "The charity also published its annual report under a Creative Commons licence so that other food banks can reuse its figures and forms.",
]
page("tune", "guard-en-charity", "en", "The City Chronicle", "www.citychronicle.co.uk", T, B, f"""<article itemprop="articleBody">
<h1>{T}</h1>
{ps(B)}
</article>""")

# ================================================================ check half

# ---- English, a republisher of The Conversation-like pieces: "republished from ... under a Creative Commons license",
#      a donation line in another wording, a "Republish" button's text
T = "Why some lakes are warming faster than the air above them"
B = [
    "Lakes around the world are warming, on average, by about a third of a degree each decade. But some large, deep lakes are warming faster than the air above them, and scientists have been working out why.",
    "One reason is ice. A lake that loses its winter ice cover earlier in spring starts to absorb sunlight weeks sooner, and that extra heat builds up in its surface water through the summer.",
    "Another is the way warm surface water stops mixing with the colder water below. The longer that layering lasts, the less oxygen reaches the deep water, which can harm fish and release nutrients from the mud.",
    "Long records of lake temperatures remain rare, which is why volunteer monitoring programmes on smaller lakes have become so valuable to researchers.",
]
page("check", "support-en-republished", "en", "Lakeshore Public Media", "www.lakeshorepublic.org", T, B, f"""<div class="story-body">
<h1>{T}</h1>
{ps(B[:3])}
<p class="donate-cta">Like this story? Lakeshore Public Media is a nonprofit newsroom funded by readers. <a href="https://give.lakeshorepublic.org/give/412093/#!/donation/checkout?c_src=article-footer&amp;c_src2=science">Make a tax-deductible gift</a>.</p>
<p>{B[3]}</p>
<p><em>This article is republished from <a href="https://theconversation.com/">The Conversation</a> under a Creative Commons license. <a href="https://theconversation.com/why-some-lakes-are-warming-faster-218842">Read the original article</a>.</em></p>
<div class="republish-button"><a href="https://www.lakeshorepublic.org/2026/03/republished/?republish=1">Republish</a></div>
</div>""")

# ---- English, a beehiiv newsletter on the web: the "forwarded" line, the referral programme's text, a share line
T = "The county's new bus map, explained"
B = [
    "The county's transit agency unveiled its redrawn bus network on Tuesday, the first full redesign in thirty years. Most riders will see their routes renumbered; about one in five will need to change buses where they did not before.",
    "The agency says the new map trades coverage for frequency: twelve routes will run every fifteen minutes all day, up from four, while some lightly used routes in the hills will become on-demand vans.",
    "Public hearings start next month. The agency will take comments online until the end of April, and the new network is due to start in September.",
]
page("check", "letter-en-beehiiv", "en", "Transit Notes", "transitnotes.beehiiv.com", T, B, f"""<div id="content-blocks">
<h1>{T}</h1>
<p style="text-align:center"><em>Was this email forwarded to you? <a href="https://transitnotes.beehiiv.com/subscribe?utm_source=newsletter&amp;utm_medium=forwarded">Sign up here</a>.</em></p>
{ps(B[:2])}
<p>{B[2]}</p>
<div class="referral-block">
<p>Share Transit Notes with a friend, and get our printable system map when three of them sign up.</p>
<p>You currently have <b>0</b> referrals, only <b>3</b> away from receiving the printable map.</p>
<p><a href="https://transitnotes.beehiiv.com/subscribe?ref=Qm8xTz4vPl">Click to share</a> or copy and paste your referral link to others: https://transitnotes.beehiiv.com/subscribe?ref=Qm8xTz4vPl</p>
</div>
</div>""")

# ---- Italian, a reader-funded outlet (IrpiMedia/Il Post-like): a support box, the licence line, a membership line
T = "La Regione riapre il bando per le case popolari dopo gli errori nella graduatoria"
B = [
    "La Regione ha annullato la graduatoria per l'assegnazione di 1.200 case popolari e riaprir\u00e0 il bando a maggio, dopo che una verifica interna ha trovato errori nel calcolo del reddito di oltre trecento famiglie.",
    "Le famiglie gi\u00e0 in graduatoria non dovranno ripresentare la domanda, ma potranno correggere i dati entro trenta giorni. Chi era stato escluso per un errore di calcolo sar\u00e0 ricontattato dagli uffici.",
    "I sindacati degli inquilini chiedono che nel frattempo vengano assegnati almeno gli alloggi gi\u00e0 pronti, che sono circa quattrocento e restano vuoti da mesi.",
    "L'assessore alla casa ha detto in consiglio che la nuova graduatoria sar\u00e0 pubblicata entro settembre.",
]
page("check", "support-it-sostieni", "it", "Cronache Libere", "www.cronachelibere.it", T, B, f"""<div class="entry-content">
<h1>{T}</h1>
{ps(B[:2])}
<div class="box-sostieni"><p><strong>Sostieni il giornalismo indipendente.</strong> Cronache Libere \u00e8 gratuita e senza pubblicit\u00e0 grazie a chi ci legge. <a href="https://www.cronachelibere.it/sostienici/?utm_source=articolo&amp;utm_campaign=box-marzo">Dona ora</a></p></div>
{ps(B[2:])}
<p><a href="https://www.cronachelibere.it/abbonati/?ref=fine-articolo">Diventa socio</a> e ricevi ogni venerd\u00ec la nostra selezione delle inchieste.</p>
<p><small>Questo articolo \u00e8 pubblicato con licenza Creative Commons CC BY-NC-ND 4.0: puoi ripubblicarlo gratuitamente citando la fonte.</small></p>
</div>""")

# ---- Dutch, a member-funded platform (De Correspondent-like): the newsletter note, a membership appeal, a forwarded line
T = "Waarom de gemeente haar eigen zonnepanelen niet kan aansluiten"
B = [
    "Op het dak van het nieuwe zwembad liggen sinds oktober 1.400 zonnepanelen, maar ze leveren geen stroom. De netbeheerder kan de aansluiting pas in 2028 maken, omdat het net in de regio vol zit.",
    "De gemeente betaalde 620.000 euro voor de panelen en rekende op een besparing van 90.000 euro per jaar op de energierekening van het bad. Die besparing blijft voorlopig uit.",
    "Een woordvoerder van de netbeheerder zegt dat er in de provincie ruim zeshonderd bedrijven en instellingen op de wachtlijst staan. Een batterij bij het zwembad kan de wachttijd volgens hem niet verkorten.",
]
page("check", "letter-nl-leden", "nl", "De Regiocorrespondent", "www.deregiocorrespondent.nl", T, B, f"""<article class="publication">
<h1>{T}</h1>
<p class="intro-note"><i>Dit stuk verscheen eerder in onze nieuwsbrief. <a href="https://www.deregiocorrespondent.nl/nieuwsbrief/aanmelden?bron=artikel">Meld je aan</a> om hem elke week in je inbox te krijgen.</i></p>
{ps(B[:2])}
<div class="leden-blok"><p>Steun onafhankelijke journalistiek zonder advertenties. <a href="https://www.deregiocorrespondent.nl/word-lid?utm_campaign=artikel-midden&amp;utm_source=site">Word lid</a> van De Regiocorrespondent.</p></div>
<p>{B[2]}</p>
<p>Doorgestuurd gekregen? <a href="https://www.deregiocorrespondent.nl/nieuwsbrief/aanmelden?bron=doorgestuurd">Schrijf je hier in</a>.</p>
</article>""")

# ---- Portuguese, a nonprofit investigative outlet (Agência Pública-like): "Republique", a support appeal
T = "Mineradora ampliou barragem sem licen\u00e7a, aponta relat\u00f3rio da ag\u00eancia nacional"
B = [
    "Uma mineradora ampliou em seis metros a altura de uma barragem de rejeitos no interior do estado sem a licen\u00e7a exigida, segundo um relat\u00f3rio de fiscaliza\u00e7\u00e3o da ag\u00eancia nacional de minera\u00e7\u00e3o obtido pela reportagem.",
    "O documento afirma que a obra foi feita entre mar\u00e7o e agosto do ano passado e que a empresa s\u00f3 comunicou a mudan\u00e7a depois da vistoria. A ag\u00eancia aplicou multa de R$ 2,3 milh\u00f5es.",
    "Moradores de duas comunidades abaixo da barragem dizem que nunca participaram de um simulado de evacua\u00e7\u00e3o. A empresa afirma que a estrutura \u00e9 segura e que recorrer\u00e1 da multa.",
]
page("check", "support-pt-apoie", "pt", "Ag\u00eancia Cerrado", "apublicacerrado.org.br", T, B, f"""<div class="post-content">
<h1>{T}</h1>
{ps(B[:2])}
<div class="apoie-box"><p>Apoie o jornalismo independente: a Ag\u00eancia Cerrado \u00e9 sem fins lucrativos e n\u00e3o aceita dinheiro de mineradoras. <a href="https://apublicacerrado.org.br/apoie/?utm_source=materia&amp;utm_campaign=aliados2026">Seja um aliado</a></p></div>
<p>{B[2]}</p>
<div class="republique"><p><strong>Republique esta reportagem</strong></p><p>Esta reportagem pode ser republicada gratuitamente, sob a licen\u00e7a Creative Commons CC BY-ND 4.0, desde que citada a fonte.</p></div>
</div>""")

# ---- guard, German: a story about a museum putting its images under an open licence; donors and a quoted appeal
T = "Stadtmuseum stellt 40.000 Fotos unter freie Lizenz"
B = [
    "Das Stadtmuseum hat am Dienstag rund 40.000 historische Fotografien online gestellt. Die Bilder stehen unter der Lizenz CC BY 4.0 und d\u00fcrfen mit Namensnennung kostenlos weiterverwendet werden, auch von Zeitungen und Verlagen.",
    "Bezahlt hat die Digitalisierung zum gro\u00dfen Teil ein F\u00f6rderverein: Mehr als 900 B\u00fcrgerinnen und B\u00fcrger spendeten im vergangenen Jahr zusammen rund 85.000 Euro.",
    "Der Verein wirbt weiter um Mitglieder. \u201eUnterst\u00fctzen Sie Ihr Museum \u2013 werden Sie Mitglied\u201c, steht auf den Plakaten in der Altstadt.",
    "Die Museumsleiterin sagte, sie hoffe, dass Schulen und Heimatforscher die Fotos nutzen. Weitere 60.000 Bilder sollen bis Ende 2027 folgen.",
]
page("check", "guard-de-lizenz", "de", "Stadtanzeiger", "www.stadtanzeiger-online.de", T, B, f"""<div class="entry">
<h1>{T}</h1>
{ps(B)}
</div>""")


def main():
    # the extractor renders a no-break space as a space (French sets one inside its quotation marks)
    write_pages(PAGES, lambda block: block.replace("\u00a0", " "))


if __name__ == "__main__":
    main()
