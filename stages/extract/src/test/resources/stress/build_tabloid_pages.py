#!/usr/bin/env python3
"""The stress pages of the thirteenth group: tabloid furniture and live blogs in other CMS markups (issue 16), written
before any rule was changed for them.

- Tabloid articles (a UK red-top and a mid-market paper, Swedish, German, Norwegian and Danish tabloids): in-body link
  lines in capitals ("READ MORE:", "MORE:", "LÄS OCKSÅ:", "LESEN SIE AUCH:", "LES OGSÅ:", "LÆS OGSÅ:"), a "most read"
  rail or a gallery inside the article's column, picture captions and credits, tip-off lines ("Got a story? Email ..."),
  "Follow us" lines, video players with their labels, sign-up boxes, betting and shopping promos, comment counts.
- Live blogs in markups other than the seventh group's: entries with times and authors, "Pinned" labels, a "Key
  events" box, "Show key events only", "Refresh", "Share this post", "Load more".

Annotation (what a reader keeps as the article's text): the article's paragraphs and subheadings; a live blog's intro,
each entry's time, title and text. Furniture: link lines to other stories, rails, captions and credits, tip-off,
follow, sign-up, betting and shopping lines, comment counts, player labels, a live blog's controls (pinned labels,
key-events boxes and toggles, refresh, share, load-more) and an entry's author line.

Guard pages hold the article's own look-alikes: a police appeal for information with a phone number, a subheading
"Most read" over the article's own list, a sentence that says "read more" or "follow", a quoted tip line.

Same method as build_header_pages.py, whose chrome and writer it reuses. Deterministic.
"""
from build_header_pages import live_blog_truth as truth, page_list, ps, write_pages

PAGES, page = page_list()


# ================================================================ tune half

# ---- UK red-top: READ MORE / MORE lines in strong, a MOST READ rail in the column, captions with credits,
#      a video player, betting promo, tip-off and follow lines, a comment count
T = "Pub landlord's fury as council orders him to tear down beer garden shed"
B = [
    "A PUB landlord has been told to tear down the shed he built for his beer garden after a neighbour complained it blocked her view of the church.",
    "Gary Pritchard, 52, spent £4,000 and three weekends putting up the timber shelter behind the Red Lion in Cottingham so that smokers could stay dry.",
    "But the council says he needed planning permission because the pub sits inside a conservation area, and has given him 28 days to take it down.",
    "Gary said: \u201cIt's a shed, not a skyscraper. Half the village signed a petition to keep it and the other half drink under it.\u201d",
    "The neighbour, who did not want to be named, said the shelter was noisy late at night and that she had complained to the pub twice before going to the council.",
    "Gary has lodged an appeal and says regulars have already raised £1,200 towards the cost of fighting the order.",
    "A council spokesman said: \u201cWe have to apply the same rules to everyone in the conservation area.\u201d",
]
page("tune", "tabloid-en-redtop", "en", "The Daily Beacon", T, B, f"""<article class="article">
<h1 class="article__headline">{T}</h1>
<div class="article__content">
<p>{B[0]}</p>
<figure class="article__media"><img src="/img/pub-shed.jpg" alt="">
<figcaption><span class="article__media-caption">Gary Pritchard in front of the shed the council wants gone</span><span class="article__media-credit">Credit: Cavendish Press</span></figcaption></figure>
<p>{B[1]}</p>
<p>{B[2]}</p>
<p><strong>READ MORE ON PUBS: <a href="/news/123/pub-chain-closes">Pub chain to shut 40 sites as energy bills soar</a></strong></p>
<p>{B[3]}</p>
<div class="rail rail--most-read"><h3 class="rail__title">MOST READ IN NEWS</h3><ol>
<li><a href="/news/1"><span class="rail__number">1</span> TRAGIC LOSS Mum's heartbreak as toddler dies in pool accident</a></li>
<li><a href="/news/2"><span class="rail__number">2</span> BORDER ROW Holidaymakers face hours of queues at Dover</a></li>
<li><a href="/news/3"><span class="rail__number">3</span> WIN BIG Lucky punter scoops £2m on scratchcard</a></li>
</ol></div>
<p>{B[4]}</p>
<div class="video-player"><div class="video-player__title">Watch: Landlord shows off his shed</div><div class="video-player__controls">Play Video</div></div>
<p>{B[5]}</p>
<p><strong>MORE: <a href="/news/456/beer-garden-ban">Village fury as beer garden banned over noise</a></strong></p>
<div class="betting-promo"><p><strong>BET \u00a310 GET \u00a340 IN FREE BETS</strong> with our partner. 18+. T&amp;Cs apply. BeGambleAware.org</p></div>
<p>{B[6]}</p>
<p class="article__tipoff"><strong>Got a story?</strong> Email <a href="mailto:tips@beacon.example">tips@beacon.example</a> or call 0207 782 4104. You can WhatsApp us on 07423 720 250.</p>
<p><em>Follow The Daily Beacon on <a href="/fb">Facebook</a> and <a href="/x">X</a> for all the latest news.</em></p>
</div>
<div class="article__comments"><a href="#comments">142 comments</a></div>
</article>""")

# ---- Swedish kvällstidning: LÄS OCKSÅ / LÄS MER lines, MEST LÄST rail, photo credits, tip line, follow line
T = "Mamman räddade sonen ur isvaken – nu hyllas hon av hela byn"
B = [
    "När sjuårige Elias gick genom isen på Storsjön tvekade inte hans mamma en sekund. Hon kröp ut på isen och drog upp honom med en skidstav.",
    "– Jag tänkte inte alls, jag bara gjorde det. Efteråt skakade jag i en timme, säger Sara Lindqvist, 34, till tidningen.",
    "Olyckan hände på söndagseftermiddagen, bara femtio meter från stranden där familjen hade grillat korv med grannarna.",
    "Räddningstjänsten kom till platsen efter tjugo minuter. Då satt Elias redan inlindad i filtar i en bil med värmen på.",
    "– Isen är förrädisk så här års, särskilt nära bäckens utlopp. Vi avråder alla från att gå ut på sjön nu, säger räddningsledaren Per Åström.",
    "I dag har byborna samlat ihop till en present till Sara, och skolan ska bjuda henne på lunch nästa vecka.",
]
page("tune", "tabloid-sv-kvallstidning", "sv", "Kvällsposten", T, B, f"""<div class="article-body">
<h1>{T}</h1>
<div class="image-box"><img src="/bild/isen.jpg" alt=""><div class="image-box__caption">Sara Lindqvist med sonen Elias dagen efter olyckan.</div><div class="image-box__byline">Foto: Jonas Ekström</div></div>
<p>{B[0]}</p>
<p>{B[1]}</p>
<p class="read-also"><strong>LÄS OCKSÅ:</strong> <a href="/nyheter/a/1">Pojke, 9, drunknade – föll genom isen</a></p>
<p>{B[2]}</p>
<p>{B[3]}</p>
<aside class="most-read"><h3>MEST LÄST</h3><ul>
<li><a href="/a/2">Kändisparet bekräftar skilsmässan</a></li>
<li><a href="/a/3">Här är vinnarna i lotteriet – miljonregn över Norrland</a></li>
<li><a href="/a/4">Polisen: Stor insats i centrala Umeå</a></li>
</ul></aside>
<p>{B[4]}</p>
<div class="video"><span class="video__label">Se klippet: Räddningsledaren visar var isen brast</span><span class="video__duration">1:42</span></div>
<p>{B[5]}</p>
<p><strong>LÄS MER:</strong> <a href="/nyheter/a/5">Så överlever du om du går genom isen</a></p>
<p class="tip">Har du tips? Mejla <a href="mailto:tips@kvallsposten.example">tips@kvallsposten.example</a> eller sms:a till 71 000.</p>
<p class="follow">Följ Kvällsposten Nyheter på <a href="/fb">Facebook</a> och <a href="/ig">Instagram</a></p>
</div>
<div class="comments-count">Kommentarer (58)</div>""")

# ---- German Boulevard: LESEN SIE AUCH, a gallery in the column, captions "Foto: ...", Leserreporter line, a shop promo
T = "Lotto-Millionär verschenkt seinen Gewinn an die Nachbarn"
B = [
    "Er hätte sich eine Villa kaufen können. Doch Lotto-Gewinner Klaus M. (67) aus Gelsenkirchen verteilt seine 1,2 Millionen Euro lieber in seiner Straße.",
    "Jeder der 23 Haushalte in der Bergstraße bekommt 40 000 Euro, den Rest spendet der Rentner an den Kindergarten um die Ecke.",
    "„Ich habe alles, was ich brauche. Meine Nachbarn haben mir geholfen, als meine Frau krank war, jetzt helfe ich ihnen“, sagt der frühere Bergmann.",
    "Die Nachbarn konnten es erst nicht glauben. Eine alleinerziehende Mutter aus dem Haus gegenüber weinte, als Klaus ihr den Umschlag gab.",
    "Lotto Westfalen bestätigte den Gewinn. Ein Sprecher sagte, so etwas habe er in zwanzig Jahren noch nicht erlebt.",
    "Für sich selbst hat Klaus nur einen Wunsch erfüllt: eine neue Angel für den Urlaub an der Ostsee.",
]
page("tune", "tabloid-de-boulevard", "de", "Abendblitz", T, B, f"""<article>
<h1><span class="kicker">Unglaubliche Geste</span> {T}</h1>
<div class="article-body">
<p>{B[0]}</p>
<figure><img src="/bild/klaus.jpg" alt=""><figcaption>Klaus M. (67) vor seinem Haus in der Bergstraße <span class="credit">Foto: Marcel Kusch/dpa</span></figcaption></figure>
<p>{B[1]}</p>
<p><strong>LESEN SIE AUCH</strong></p>
<p><a href="/news/lotto-jackpot">Lotto-Jackpot geknackt: Tipper aus Bayern räumt 45 Millionen ab</a></p>
<p>{B[2]}</p>
<div class="gallery"><div class="gallery__title">Die schönsten Lotto-Geschichten</div><div class="gallery__count">1 von 12</div><div class="gallery__caption">Dieser Tipper gewann 2019 zweimal in einer Woche</div><span class="gallery__credit">Foto: privat</span></div>
<p>{B[3]}</p>
<p>{B[4]}</p>
<div class="shop-teaser"><p>Anzeige: Jetzt bis zu 50 % sparen – die besten Gutscheine im Abendblitz-Vorteilsshop</p></div>
<p>{B[5]}</p>
<p class="leserreporter"><strong>Sie haben etwas beobachtet?</strong> Schicken Sie Ihre Fotos und Videos an leserreporter@abendblitz.example oder per WhatsApp an 0151 123 456 78.</p>
<p>Folgen Sie uns auf <a href="/ig">Instagram</a>, <a href="/tiktok">TikTok</a> und <a href="/fb">Facebook</a>!</p>
</div>
</article>""")

# ---- English live blog, an "Arc"-style markup: div.live-event, Pinned, Key events toggle, Refresh, authors, Share
T = "Cup final live: United v Rovers – latest updates from Wembley"
INTRO = ["Welcome to our live coverage of the cup final. Kick-off is at 3pm and we will bring you every goal, every card and the reaction from both camps."]
E = [
    ("16:48", "FULL TIME: United 2-1 Rovers", [
        "United win the cup for the first time in 17 years. Rovers pressed for an equaliser in six minutes of stoppage time but never found a clear chance."]),
    ("16:31", "GOAL! Rovers pull one back", [
        "Danny Okafor heads in from a corner at the near post. It is game on, with a quarter of an hour left."]),
    ("16:02", None, [
        "Rovers have made two changes at the break, bringing on both wingers. Their manager wants width against a United side that has defended deep."]),
    ("15:40", "GOAL! United double their lead", [
        "A long ball over the top, a first touch and a finish across the keeper. Leon Marsh makes it 2-0 just before half-time."]),
    ("15:12", "GOAL! United take the lead", [
        "Callum Reid curls a free kick over the wall and into the top corner. Wembley erupts at the United end."]),
]


def arc_entry(i, time, heading, paragraphs, author, pinned=False):
    label = '<div class="live-event__pinned">Pinned</div>' if pinned else ""
    title = f'<h3 class="live-event__headline">{heading}</h3>' if heading else ""
    return (f'<div class="live-event" id="post-{i}">{label}<div class="live-event__meta"><span class="live-event__time">{time}</span>'
            f'<span class="live-event__author">Tom Barker</span></div>{title}'
            f'<div class="live-event__body">{ps(paragraphs)}</div>'
            f'<div class="live-event__share"><button>Share this post</button><button>Copy link</button></div></div>')


page("tune", "liveblog-en-arc", "en", "Sportsday Live", T, truth(INTRO, E), f"""<main>
<h1>{T}</h1>
<p class="live-intro">{INTRO[0]}</p>
<div class="live-controls"><div class="key-events"><h2>Key events</h2><ul>
<li><a href="#post-0">FULL TIME: United 2-1 Rovers</a></li><li><a href="#post-1">GOAL! Rovers pull one back</a></li><li><a href="#post-3">GOAL! United double their lead</a></li>
</ul></div>
<label class="toggle"><input type="checkbox"> Show key events only</label>
<button class="refresh">Refresh</button> <span class="live-controls__updated">Updated 2 minutes ago</span></div>
<div class="live-events">
{arc_entry(0, *E[0], "Tom Barker", pinned=True)}
{chr(10).join(arc_entry(i, *e, "Tom Barker") for i, e in enumerate(E) if i)}
</div>
<div class="live-more"><a href="?page=2">Load more</a></div>
</main>""")

# ---- Swedish live blog ("Direktrapport"): div.liveitem with "kl. 14.32" and author, "Fäst", "Visa fler", "Dela"
T = "Stor brand i industriområde i Västerås – följ utvecklingen"
INTRO = ["En kraftig brand har brutit ut i en lagerlokal i Finnslätten. Räddningstjänsten uppmanar boende att stänga fönster och ventilation."]
E = [
    ("14.55", "Branden under kontroll", [
        "Räddningstjänsten meddelar att branden nu är under kontroll. Eftersläckningen väntas pågå under hela kvällen."]),
    ("14.32", None, [
        "Polisen har spärrat av Stockholmsvägen i båda riktningar. Trafiken leds om via Norrleden, och bussarna kör en annan väg."]),
    ("14.10", "Ingen skadad", [
        "Enligt räddningsledaren har alla anställda tagit sig ut ur byggnaden. Ingen person har skadats."]),
    ("13.48", "VMA utfärdat", [
        "Ett viktigt meddelande till allmänheten har gått ut för centrala Västerås på grund av kraftig rökutveckling.",
        "Boende uppmanas att gå inomhus och stänga dörrar, fönster och ventilation."]),
]


def sv_item(time, heading, paragraphs, pinned=False):
    label = '<span class="liveitem__sticky">Fäst inlägg</span>' if pinned else ""
    title = f'<h2 class="liveitem__title">{heading}</h2>' if heading else ""
    return (f'<div class="liveitem">{label}<div class="liveitem__head"><span class="liveitem__time">{time}</span> '
            f'<span class="liveitem__by">Av Karin Ek</span></div>{title}{ps(paragraphs)}'
            f'<div class="liveitem__tools"><a href="/dela">Dela inlägget</a></div></div>')


page("tune", "liveblog-sv-direkt", "sv", "Mälardalsbladet", T, truth(INTRO, E), f"""<article>
<h1>{T}</h1>
<div class="direkt-intro"><p>{INTRO[0]}</p></div>
<div class="direkt-status">Uppdateras löpande <button>Uppdatera</button></div>
<div class="direkt-feed">
{sv_item(*E[0], pinned=True)}
{chr(10).join(sv_item(*e) for e in E[1:])}
</div>
<button class="direkt-more">Visa fler inlägg</button>
</article>""")

# ---- guard (English): a police appeal with a number, "most read" as the article's subject, "follow" in prose
T = "Library's most borrowed books of the year revealed"
B = [
    "The city library has published its list of the most borrowed books of 2025, and for the third year running a crime novel tops the chart.",
    "Most read",
    "1. The Harbour Murders by Ellen Vance",
    "2. A Year of Small Gardens by Tom Hale",
    "3. The Night Ferry by Priya Sandhu",
    "Librarians said readers had also followed the television adaptation of the winning novel. \u201cEvery time an episode aired, the waiting list grew,\u201d said the head librarian, Moira Keane.",
    "Got a story about the library? That was the question the library put to its members last spring, and more than 300 replied with memories of the old reading room.",
    "Read more about the survey's results in the library's annual report, which is free to download from its website.",
    "The library is also asking for help: anyone who has old photographs of the reading room is asked to call 01632 960 412 or email the archive team.",
]
page("tune", "guard-en-tabloid", "en", "The Daily Beacon", T, B, f"""<article class="article">
<h1 class="article__headline">{T}</h1>
<div class="article__content">
<p>{B[0]}</p>
<h2>{B[1]}</h2>
<p>{B[2]}</p>
<p>{B[3]}</p>
<p>{B[4]}</p>
<p>{B[5]}</p>
<p>{B[6]}</p>
<p>{B[7]}</p>
<p>{B[8]}</p>
</div>
</article>""")

# ================================================================ check half

# ---- UK mid-market: RELATED ARTICLES box, "Share this article", captions "Pictured: ...", "Read more:", shop box
T = "Grandmother, 81, completes her first marathon after taking up running at 75"
B = [
    "A grandmother who only started running at the age of 75 has completed her first marathon, crossing the line in just under seven hours.",
    "Margaret Dunn, from Harrogate, took up jogging after her husband died because her doctor told her to get out of the house every day.",
    "'I could barely run to the end of the road at first,' she said. 'Now I can't imagine a week without it.'",
    "She trained for eighteen months with a local running club, whose members took turns to run the whole course beside her on Sunday.",
    "Race organisers said she was the oldest woman to finish this year, and presented her with a bouquet at the finish.",
    "Mrs Dunn has raised more than £8,000 for the hospice that cared for her husband, and says she has already entered next year's race.",
]
page("check", "tabloid-en-midmarket", "en", "Daily Courier", T, B, f"""<div itemprop="articleBody">
<h1>{T}</h1>
<div class="article-icon-links-container"><ul><li><a href="/share/fb">Share</a></li><li><a href="#comments">342</a></li></ul><span>View comments</span></div>
<p class="mol-para-with-font">{B[0]}</p>
<div class="artSplitter"><img src="/i/dunn.jpg" alt=""><p class="imageCaption">Pictured: Margaret Dunn at the finish line on Sunday. She trained for eighteen months</p><span class="imageCredit">SWNS</span></div>
<p class="mol-para-with-font">{B[1]}</p>
<div class="related-carousel"><h3>RELATED ARTICLES</h3><a href="#">Previous</a><a href="#">1</a><a href="#">Next</a>
<ul><li><a href="/news/1">Pensioner, 90, becomes oldest woman to climb Ben Nevis</a></li><li><a href="/news/2">The 10 best running shoes for beginners</a></li></ul>
<a href="/share">Share this article</a></div>
<p class="mol-para-with-font">{B[2]}</p>
<p class="mol-para-with-font">{B[3]}</p>
<p class="mol-para-with-font"><strong>Read more: <a href="/news/3">Runner collapses yards from marathon finish line</a></strong></p>
<p class="mol-para-with-font">{B[4]}</p>
<div class="shop-the-look"><h3>Shop the story</h3><p>Lightweight running vest, \u00a324.99 at SportsDirect</p><p><a href="/aff/1">Buy now</a></p></div>
<p class="mol-para-with-font">{B[5]}</p>
<p class="mol-para-with-font"><i>Do you know someone who has done something amazing? Email tips@courier.example</i></p>
<p class="mol-para-with-font">Sign up for our free daily newsletter</p>
</div>
<div class="comments-count">Comments 342</div>""")

# ---- Norwegian tabloid: LES OGSÅ, SE OGSÅ, MEST LEST, Foto credits, "Tips oss", "Følg oss"
T = "Turister reddet fra fjellhylle etter dramatisk natt"
B = [
    "To tyske turister ble natt til søndag reddet fra en fjellhylle ved Trolltunga etter å ha sittet fast i over ti timer i regn og sterk vind.",
    "Paret, en mann og en kvinne i tjueårene, hadde gått seg bort i tåken og kom ikke videre verken opp eller ned.",
    "– De var kalde og redde, men ved god helse da vi fant dem, sier operasjonsleder Knut Bjørke i Vest politidistrikt.",
    "Redningshelikopteret kunne ikke lande på grunn av været, så mannskaper fra Røde Kors måtte gå opp til fots med tau og tørre klær.",
    "Paret ble fraktet ned til Skjeggedal i morgentimene og sjekket av lege.",
    "Politiet minner om at turen til Trolltunga er lang og krevende, og at turister bør sjekke værmeldingen før de går.",
]
page("check", "tabloid-no-nettavis", "no", "Kveldsnytt", T, B, f"""<div class="article-content">
<h1>{T}</h1>
<figure class="article-image"><img src="/bilde/trolltunga.jpg" alt=""><figcaption>DRAMATISK: Redningsmannskapene brukte flere timer på å nå paret. <span class="photographer">Foto: Tor Erik Schrøder / NTB</span></figcaption></figure>
<p>{B[0]}</p>
<p>{B[1]}</p>
<p><b>LES OGSÅ:</b> <a href="/nyheter/i/1">Turist omkom på Preikestolen</a></p>
<p>{B[2]}</p>
<p>{B[3]}</p>
<div class="mest-lest"><h4>MEST LEST</h4><ol><li><a href="/1">Kjendispar gift i hemmelighet</a></li><li><a href="/2">Her blir det opptil 25 grader i helgen</a></li><li><a href="/3">Politiet etterlyser vitner etter ran</a></li></ol></div>
<p>{B[4]}</p>
<div class="video-box"><span class="video-box__title">SE VIDEOEN: Slik ble paret reddet</span><span class="video-box__duration">02:15</span></div>
<p>{B[5]}</p>
<p><b>SE OGSÅ:</b> <a href="/nyheter/i/2">Dette må du ha med på fjelltur</a></p>
<p class="tips"><b>Tips oss!</b> Har du bilder eller video? Send til 2400 eller tips@kveldsnytt.example</p>
<p>Følg Kveldsnytt på <a href="/fb">Facebook</a> og <a href="/snap">Snapchat</a></p>
</div>""")

# ---- Danish tabloid: LÆS OGSÅ, Mest læste, credits, "Har du et tip?", betting promo
T = "Bilist kørte 210 km/t på motorvejen – mistede kørekortet på stedet"
B = [
    "En 23-årig mand fra Odense fik natten til lørdag frataget sit kørekort, efter at politiet havde målt ham til 210 kilometer i timen på Fynske Motorvej.",
    "Hastighedsgrænsen på strækningen er 130 kilometer i timen, og bilen blev stoppet ved frakørslen til Nyborg efter en kort forfølgelse.",
    "– Det er vanvittig kørsel, og det er heldigt, at ingen kom til skade, siger vagtchef Lars Bech fra Fyns Politi.",
    "Bilen, en lånt sportsvogn, blev beslaglagt, og manden risikerer nu at miste den for altid efter reglerne om vanvidskørsel.",
    "Han er sigtet for vanvidskørsel og skal møde i retten senere på måneden.",
]
page("check", "tabloid-da-formiddag", "da", "Dagens Ekstra", T, B, f"""<article>
<h1>{T}</h1>
<div class="article-bodytext">
<div class="media"><img src="/foto/motorvej.jpg" alt=""><div class="media__caption">Politiet stoppede bilen ved Nyborg. Arkivfoto</div><div class="media__credit">Foto: Tim Kildeborg Jensen/Ritzau Scanpix</div></div>
<p>{B[0]}</p>
<p>{B[1]}</p>
<p><strong>LÆS OGSÅ:</strong> <a href="/nyheder/1">Vanvidsbilist fik bilen konfiskeret</a></p>
<p>{B[2]}</p>
<div class="most-read-list"><h3>Mest læste</h3><ul><li><a href="/1">Kendt tv-vært går på pension</a></li><li><a href="/2">Storm rammer Jylland i nat</a></li><li><a href="/3">Se listen: Her er de billigste supermarkeder</a></li></ul></div>
<p>{B[3]}</p>
<div class="promo-spil"><p>Spil ansvarligt. Få 500 kr. i bonus hos vores partner – 18+, regler og vilkår gælder. StopSpillet.dk</p></div>
<p>{B[4]}</p>
<p><em>Har du et tip? Skriv til <a href="mailto:tip@ekstra.example">tip@ekstra.example</a> eller ring på 1210</em></p>
</div>
<div class="comments"><a href="#debat">Debat (87)</a></div>
</article>""")

# ---- German live ticker, another CMS: article.ticker-post with "14:32 Uhr" and author, Angepinnt, key events toggle
T = "Landtagswahl im Liveticker: Hochrechnungen, Reaktionen und Ergebnisse"
INTRO = ["Die Wahllokale sind seit 18 Uhr geschlossen. Wir berichten live über die Hochrechnungen und die Reaktionen der Parteien."]
E = [
    ("19:42 Uhr", "Dritte Hochrechnung bestätigt Trend", [
        "Die dritte Hochrechnung sieht die Regierungspartei bei 31,2 Prozent. Die Opposition kommt auf 27,9 Prozent, die Grünen liegen bei 12,4 Prozent."]),
    ("19:15 Uhr", None, [
        "Vor der Parteizentrale der Opposition stehen inzwischen mehrere hundert Anhänger. Die Spitzenkandidatin will sich gegen 20 Uhr äußern."]),
    ("18:47 Uhr", "Ministerpräsident spricht von klarem Auftrag", [
        "Der Ministerpräsident hat sich bei seinen Wählern bedankt. „Das ist ein klarer Auftrag, weiter zu regieren“, sagte er vor Journalisten im Landtag."]),
    ("18:00 Uhr", "Erste Prognose", [
        "Nach der ersten Prognose liegt die Regierungspartei vorn. Die Wahlbeteiligung ist mit 68 Prozent höher als vor fünf Jahren."]),
]


def ticker_post(time, heading, paragraphs, pinned=False):
    label = '<span class="ticker-post__badge">Angepinnt</span>' if pinned else ""
    title = f'<h3>{heading}</h3>' if heading else ""
    return (f'<article class="ticker-post">{label}<p class="ticker-post__meta"><span class="ticker-post__time">{time}</span> von '
            f'<span class="ticker-post__author">Anna Krüger</span></p>{title}{ps(paragraphs)}'
            f'<div class="ticker-post__actions"><button>Beitrag teilen</button><button>Link kopieren</button></div></article>')


page("check", "liveblog-de-liveticker", "de", "Landeszeitung", T, truth(INTRO, E), f"""<div class="liveticker">
<h1>{T}</h1>
<p class="liveticker__intro">{INTRO[0]}</p>
<div class="liveticker__toolbar"><h2>Die wichtigsten Ereignisse</h2><ul><li><a href="#">Dritte Hochrechnung bestätigt Trend</a></li><li><a href="#">Erste Prognose</a></li></ul>
<label><input type="checkbox"> Nur wichtige Ereignisse anzeigen</label> <button>Aktualisieren</button></div>
<div class="liveticker__posts">
{ticker_post(*E[0], pinned=True)}
{chr(10).join(ticker_post(*e) for e in E[1:])}
</div>
<div class="liveticker__more"><button>Mehr laden</button></div>
</div>""")

# ---- English live blog, a news-network markup: div.live-story-post with "Updated 3:45 p.m. ET", "From ...'s", Share
T = "Hurricane Dora live updates: storm makes landfall on the Gulf Coast"
INTRO = ["Hurricane Dora made landfall as a Category 3 storm early Thursday. Here is the latest on the damage, the evacuations and the forecast."]
E = [
    ("3:45 p.m. ET", "More than 400,000 without power", [
        "Utility companies across three states report more than 400,000 customers without electricity. Crews from neighboring states are on their way."]),
    ("2:58 p.m. ET", "Governor asks for federal disaster declaration", [
        "The governor said he had formally asked the White House for a major disaster declaration, which would release federal money for the worst-hit counties."]),
    ("1:20 p.m. ET", None, [
        "Storm surge of up to nine feet was recorded at the marina in Port Lavaca, where boats were pushed onto the coastal road."]),
    ("11:02 a.m. ET", "Dora weakens to a tropical storm", [
        "The National Hurricane Center says Dora has weakened to a tropical storm as it moves inland, but warns that flash flooding remains the greatest danger."]),
]


def network_post(time, heading, paragraphs, pinned=False):
    label = '<div class="live-story-post__pinned">Pinned</div>' if pinned else ""
    title = f'<h2 class="live-story-post__headline">{heading}</h2>' if heading else ""
    return (f'<div class="live-story-post">{label}<div class="live-story-post__byline">From the Weather Desk\'s Maria Ortiz</div>'
            f'<div class="live-story-post__timestamp">{time}</div>{title}'
            f'<div class="live-story-post__content">{ps(paragraphs)}</div>'
            f'<div class="live-story-post__share"><a href="#">Share</a> <span>Link Copied!</span></div></div>')


page("check", "liveblog-en-network", "en", "National Network News", T, truth(INTRO, E), f"""<section class="live-story">
<h1>{T}</h1>
<div class="live-story__intro"><p>{INTRO[0]}</p></div>
<div class="live-story__summary"><h2>What we're covering</h2><ul><li>Dora came ashore near Port Lavaca early Thursday.</li><li>Hundreds of thousands are without power.</li></ul></div>
<div class="live-story__controls"><span>Show key events only</span> <span>Refresh</span></div>
{network_post(*E[0], pinned=True)}
{chr(10).join(network_post(*e) for e in E[1:])}
<div class="live-story__more"><button>See more updates</button></div>
</section>""")

# ---- guard (Norwegian): a police appeal for tips with a number, "les også" in a sentence, a "follow" sentence
T = "Politiet ber om tips etter innbrudd i barnehage"
B = [
    "Det ble natt til tirsdag brutt seg inn i Solsikken barnehage på Lade, der tyvene tok med seg datamaskiner og barnas turutstyr.",
    "Politiet ber nå om tips fra publikum. Alle som har sett noe mistenkelig i området mellom klokka 23 og 05, bes ringe politiet på 02800.",
    "– Vi følger flere spor, men vi trenger hjelp fra folk som bor i nærheten, sier politiadvokat Ingrid Moe.",
    "Foreldrene har samlet inn penger til nytt utstyr. Styreren sier at barna har fått lese også brevene fra naboene som har gitt gaver.",
    "Følg med på barnehagens nettside, skriver styreren i en melding til foreldrene, for nye åpningstider neste uke.",
]
page("check", "guard-no-tips", "no", "Kveldsnytt", T, B, f"""<div class="article-content">
<h1>{T}</h1>
{ps(B)}
</div>""")


def main():
    write_pages(PAGES)


if __name__ == "__main__":
    main()
