#!/usr/bin/env python3
"""The stress pages of the eighth group: the outlet's standing notices set among an article's paragraphs, lines the
first seven groups never wrote: "Story continues below advertisement" and its kin in other languages, affiliate
disclosures ("When you buy through links on our site, we may earn a commission"), a video player's controls left as
text ("Now playing", "Video Ad Feedback", "Duration 2:31"), tip appeals to the reader ("Have a news tip? Email ..."),
and the reporter's contact line ("Contact Sam Reyes at sreyes@..."). Guard pages hold the article's own look-alikes:
police appeals for information with a phone number, a commission in the news, a film "now playing", a quoted e-mail.

Written for issue 16 before any rule was changed for them; same method as build_header_pages.py (whose page chrome
and writer it reuses). Deterministic.
"""
from build_header_pages import page_list, write_pages

PAGES, page = page_list()


# ================================================================ tune half

# ---- ad continuation notices and a video player's controls: English, a Canadian-broadcaster-like body
T = "Province doubles funding for rural emergency rooms after summer closures"
B = [
    "The province will double its funding for emergency rooms in rural hospitals next year, the health minister said on Thursday, after a summer in which eleven of them closed for at least one weekend for lack of staff.",
    "The money, about 180 million dollars over two years, will pay for travelling teams of nurses and doctors who can be sent to a hospital at a day's notice, and for housing for staff who move to small towns.",
    "Mayors of several northern towns said the closures had forced patients to drive for two hours or more. \u201cWe were lucky nobody died on the highway,\u201d said Carol Dube, the mayor of Fort Adair.",
    "Opposition critics said the plan did nothing about the pay gap between rural and city hospitals, which they blamed for the shortage, and asked the minister to publish how many shifts went unfilled.",
    "The ministry said it would report each month how many hours every emergency room was open, starting in January.",
]
page("tune", "notices-en-ads-player", "en", "Prairie News", T, B, f"""<div class="l-article__text">
<h1>{T}</h1>
<p>{B[0]}</p>
<p>{B[1]}</p>
<div class="ad-slot-wrapper"><p>Story continues below advertisement</p></div>
<p>{B[2]}</p>
<div class="media-player"><p>Now playing</p><p>Video Ad Feedback</p><p>Rural ER closures leave patients driving hours for care</p><p>Duration 2:31</p><p>Up next</p></div>
<p>{B[3]}</p>
<p>Article continues below advertisement</p>
<p>{B[4]}</p>
</div>""")

# ---- affiliate disclosures, a tip appeal and the reporter's contact line: English, a consumer-news site
T = "Smart doorbell maker recalls 300,000 units over battery fires"
B = [
    "A maker of smart doorbells is recalling about 300,000 of its battery-powered models after dozens of reports that the batteries swelled and caught fire while charging, the consumer safety agency said on Monday.",
    "The recall covers the second-generation doorbell sold between March and October last year. Owners should stop charging the device, take the battery out and ask the company for a free replacement.",
    "The agency said it knew of 41 fires, seven of which damaged homes, and of two people who were treated for minor burns. The company said it had changed battery suppliers in November.",
    "Shares in the company fell 6 percent in early trading. Analysts said the cost of the recall would be small beside the damage to a brand that sells itself on keeping homes safe.",
]
page("tune", "notices-en-affiliate", "en", "Gadget Desk", T, B, f"""<article>
<h1>{T}</h1>
<p class="affiliate-disclosure"><em>When you buy through links on our site, we may earn an affiliate commission. Here\u2019s how it works.</em></p>
<p>{B[0]}</p>
<p>{B[1]}</p>
<p>{B[2]}</p>
<p>{B[3]}</p>
<p><strong>Got a tip?</strong> Email us at tips@gadgetdesk.example or reach us securely on Signal.</p>
<p>Contact Sam Reyes at sreyes@gadgetdesk.example.</p>
</article>""")

# ---- ad continuation notices, an affiliate disclosure, a contact line: German
T = "Stadtwerke senken den Strompreis zum ersten Mal seit f\u00fcnf Jahren"
B = [
    "Die Stadtwerke senken zum ersten Januar den Strompreis f\u00fcr Haushaltskunden um 2,1 Cent je Kilowattstunde, das teilte der Versorger am Dienstag mit. Es ist die erste Senkung seit f\u00fcnf Jahren.",
    "Ein Haushalt mit einem Verbrauch von 2500 Kilowattstunden im Jahr spart damit rund 60 Euro. Der Grundpreis bleibt unver\u00e4ndert, f\u00fcr Gewerbekunden gelten eigene Vertr\u00e4ge.",
    "Als Grund nannte der Gesch\u00e4ftsf\u00fchrer die gesunkenen Einkaufspreise an der Stromb\u00f6rse. Die Stadtwerke h\u00e4tten sich im vergangenen Jahr f\u00fcr die kommenden zwei Jahre g\u00fcnstiger eingedeckt.",
    "Die Verbraucherzentrale begr\u00fc\u00dfte die Senkung, riet aber, die Tarife zu vergleichen. Viele Kunden zahlten noch im teuren Grundversorgungstarif, obwohl sie leicht wechseln k\u00f6nnten.",
]
page("tune", "notices-de-anzeige", "de", "Kreisbote", T, B, f"""<div class="entry">
<h1>{T}</h1>
<p><small>Dieser Artikel enth\u00e4lt Affiliate-Links. Wenn Sie \u00fcber diese Links einkaufen, erhalten wir eine Provision.</small></p>
<p>{B[0]}</p>
<p>Artikel wird unter der Anzeige fortgesetzt</p>
<p>{B[1]}</p>
<p>{B[2]}</p>
<div class="werbung"><p>Weiterlesen nach der Anzeige</p></div>
<p>{B[3]}</p>
<p>Kontakt zur Autorin: anna.berg@kreisbote.example</p>
</div>""")

# ---- a tip appeal, the reporter's contact lines, a player's controls: English, a US local paper
T = "School board delays vote on later start times after parents object"
B = [
    "The county school board postponed a vote on Tuesday on moving high school start times to 8:45 a.m., after more than two hundred parents signed a letter saying the change would upend their work schedules.",
    "The proposal, backed by the district's doctors' advisory panel, would let teenagers sleep longer, which studies have linked to better grades and fewer car crashes among young drivers.",
    "Parents who wrote the letter said they supported the idea but not the timing. Many said they would have to leave younger children alone in the morning or pay for extra care.",
    "The board asked district staff to come back in February with a plan that staggers bus routes so that elementary schools start earlier, and to survey families before then.",
]
page("tune", "notices-en-tip-contact", "en", "The Valley Tribune", T, B, f"""<div class="story-text">
<h1>{T}</h1>
<p>{B[0]}</p>
<p>{B[1]}</p>
<div class="vjs-player"><span>0:00 / 1:48</span> <span>Replay</span></div>
<p>{B[2]}</p>
<p>{B[3]}</p>
<p><em>Have a news tip? Email newsroom@valleytribune.example or call 555-0142.</em></p>
<p><em>Reach reporter Dana Whitfield at dwhitfield@valleytribune.example or 555-0187. Follow her on X @danawhitfield.</em></p>
</div>""")

# ---- guard: the article's own appeals, a commission, a film now playing, a quoted address
T = "Police appeal for witnesses after gallery break-in during film premiere"
B = [
    "Police are appealing for witnesses after thieves broke into the Harbour Gallery on Saturday night while most of the street was at the premiere of a film about the town's fishing fleet, now playing at the Odeon.",
    "Two paintings by a local artist were taken from the upstairs room. The gallery's owner said they were worth about \u00a340,000 and were due to be shown in London next month.",
    "Anyone with information is asked to call police on 101, quoting crime number 14/22871, or to contact Crimestoppers anonymously on 0800 555 111.",
    "The arts commission that lent one of the works said it would review its insurance. Its director said staff could be reached at the usual address, info@harbourarts.example, with any sightings.",
    "The film's director said the break-in was \u201ca sad end to a happy night\u201d and offered a reward of \u00a31,000 for information leading to the paintings' return.",
]
page("tune", "guard-en-appeals", "en", "Harbour Weekly", T, B, f"""<article itemprop="articleBody">
<h1>{T}</h1>
<p>{B[0]}</p>
<p>{B[1]}</p>
<p>{B[2]}</p>
<p>{B[3]}</p>
<p>{B[4]}</p>
</article>""")

# ================================================================ check half

# ---- French: an ad notice, an affiliate disclosure, a player's controls
T = "La m\u00e9tropole rend les transports gratuits pour les moins de 18 ans"
B = [
    "La m\u00e9tropole rendra les bus et les tramways gratuits pour tous les jeunes de moins de 18 ans \u00e0 partir de la rentr\u00e9e de septembre, a annonc\u00e9 mardi son pr\u00e9sident lors du conseil communautaire.",
    "La mesure concerne environ 95 000 jeunes. Elle co\u00fbtera pr\u00e8s de neuf millions d'euros par an, financ\u00e9s par une hausse du versement mobilit\u00e9 pay\u00e9 par les entreprises de plus de onze salari\u00e9s.",
    "Les associations de parents d'\u00e9l\u00e8ves ont salu\u00e9 une d\u00e9cision attendue depuis longtemps. L'opposition a d\u00e9nonc\u00e9 une mesure \u00ab\u00a0\u00e9lectoraliste\u00a0\u00bb \u00e0 un an des municipales.",
    "Un premier bilan de la fr\u00e9quentation sera pr\u00e9sent\u00e9 au printemps. La m\u00e9tropole n'exclut pas d'\u00e9tendre la gratuit\u00e9 aux \u00e9tudiants boursiers.",
]
page("check", "notices-fr-pub-player", "fr", "Le R\u00e9veil", T, B, f"""<section>
<h1>{T}</h1>
<p>{B[0]}</p>
<div class="lecteur-video"><div>Lecture en cours</div><div>Gratuit\u00e9 des transports\u00a0: ce qui change</div><div>Dur\u00e9e\u00a0: 01:54</div></div>
<p>{B[1]}</p>
<p>La suite apr\u00e8s cette publicit\u00e9</p>
<p>{B[2]}</p>
<p><i>Cet article contient des liens affili\u00e9s\u00a0: si vous achetez via ces liens, nous pouvons percevoir une commission.</i></p>
<p>{B[3]}</p>
</section>""")

# ---- Spanish: an ad notice, a tip appeal, a contact line
T = "El ayuntamiento ampl\u00eda el horario de las piscinas municipales en verano"
B = [
    "El ayuntamiento abrir\u00e1 las seis piscinas municipales hasta las diez de la noche durante julio y agosto, anunci\u00f3 este lunes la concejal\u00eda de deportes, que quiere aliviar el calor de las noches de verano.",
    "El horario ampliado costar\u00e1 unos 300.000 euros, sobre todo en socorristas y personal de limpieza. El precio de la entrada no cambiar\u00e1 y los menores de doce a\u00f1os seguir\u00e1n entrando gratis.",
    "Los vecinos de los barrios sin aire acondicionado llevaban dos veranos pidiendo la medida. \u201cDe noche en casa no se puede estar\u201d, dijo Carmen Ruiz, vecina de San Blas.",
    "La concejal\u00eda evaluar\u00e1 la afluencia en septiembre y no descarta abrir tambi\u00e9n los fines de semana de junio si el calor llega antes.",
]
page("check", "notices-es-anuncio", "es", "Diario del Sur", T, B, f"""<div class="cuerpo-noticia">
<h1>{T}</h1>
<p>{B[0]}</p>
<p>El art\u00edculo contin\u00faa despu\u00e9s del anuncio</p>
<p>{B[1]}</p>
<p>{B[2]}</p>
<p>{B[3]}</p>
<p><strong>\u00bfTienes informaci\u00f3n sobre tu barrio?</strong> Escr\u00edbenos a redaccion@diariodelsur.example</p>
<p>Contacto: lmartin@diariodelsur.example</p>
</div>""")

# ---- English: a wire story on a local site, contact and tip lines set as a paragraph each, a player's controls
T = "Airline adds winter flights to three ski towns as bookings climb"
B = [
    "A regional airline will add daily winter flights to three mountain towns from December, it said on Wednesday, after advance bookings for the ski season rose by a third from last year.",
    "The new routes will use the airline's smaller turboprops, which can land on the short runways that keep larger jets away. Fares will start at 89 dollars one way.",
    "Tourism officials in the towns said the flights would ease traffic on the single highway that serves them, which was closed by snow for nine days last winter.",
    "The airline said it would decide in March whether to keep the routes in the summer, when the towns draw hikers and mountain bikers.",
]
page("check", "notices-en-wire", "en", "The Mountain Star", T, B, f"""<div class="article-content">
<h1>{T}</h1>
<div class="player-wrap"><span class="player-label">Watch next</span><span>Video Ad Feedback</span></div>
<p>{B[0]}</p>
<p>{B[1]}</p>
<p>Continue reading below</p>
<p>{B[2]}</p>
<p>{B[3]}</p>
<p>Reporter Mia Lindqvist can be reached at mlindqvist@mountainstar.example.</p>
<p>Do you have a story we should cover? Send your tips to news@mountainstar.example.</p>
</div>""")

# ---- Italian: an ad notice, an affiliate disclosure, a tip appeal
T = "Il comune rinnova le panchine del lungolago con legno riciclato"
B = [
    "Il comune sostituir\u00e0 entro l'estate tutte le 140 panchine del lungolago con nuove sedute in legno riciclato, ha annunciato venerd\u00ec l'assessore ai lavori pubblici presentando il progetto in consiglio.",
    "Le vecchie panchine, installate negli anni Novanta, erano in gran parte rotte o scheggiate. Le nuove avranno braccioli per aiutare gli anziani ad alzarsi e alcune saranno all'ombra dei platani.",
    "Il progetto costa 210.000 euro, finanziati in parte da un bando regionale per l'arredo urbano sostenibile. I lavori si svolgeranno di notte per non chiudere la passeggiata.",
    "I commercianti del lungolago hanno accolto bene la notizia, ma chiedono anche pi\u00f9 cestini e fontanelle prima dell'arrivo dei turisti.",
]
page("check", "notices-it-pubblicita", "it", "La Voce del Lago", T, B, f"""<div class="testo-articolo">
<h1>{T}</h1>
<p class="nota"><em>Questo articolo contiene link di affiliazione: se acquisti tramite questi link, potremmo ricevere una commissione.</em></p>
<p>{B[0]}</p>
<p>{B[1]}</p>
<p>Continua a leggere dopo la pubblicit\u00e0</p>
<p>{B[2]}</p>
<p>{B[3]}</p>
<p>Hai una segnalazione? Scrivi a redazione@vocedellago.example</p>
</div>""")

# ---- guard: Spanish, the article's own appeal with a phone number, a commission, an e-mail in a quotation
T = "La polic\u00eda busca testigos del atropello de un ciclista en la avenida del puerto"
B = [
    "La Polic\u00eda Local busca testigos del atropello de un ciclista de 34 a\u00f1os ocurrido el domingo por la tarde en la avenida del puerto. El conductor se dio a la fuga y el herido sigue ingresado.",
    "Los agentes piden a cualquier persona que viera lo ocurrido que llame al 092 o escriba a testigos@policialocal.example, y recuerdan que las c\u00e1maras de tr\u00e1fico de la zona no graban de noche.",
    "La comisi\u00f3n de movilidad del ayuntamiento estudiar\u00e1 el jueves poner un carril bici separado en la avenida, una petici\u00f3n que los vecinos hicieron hace tres a\u00f1os.",
    "\u201cEscribimos a la comisi\u00f3n, a info@bicipuerto.example, y nunca nos contestaron\u201d, dijo el presidente de la asociaci\u00f3n de ciclistas, que convoca una marcha para el s\u00e1bado.",
]
page("check", "guard-es-testigos", "es", "Diario del Puerto", T, B, f"""<article>
<h1>{T}</h1>
<p>{B[0]}</p>
<p>{B[1]}</p>
<p>{B[2]}</p>
<p>{B[3]}</p>
</article>""")


def main():
    # the extractor renders a no-break space as a space (French sets one inside its quotation marks)
    write_pages(PAGES, lambda block: block.replace("\u00a0", " "))


if __name__ == "__main__":
    main()
