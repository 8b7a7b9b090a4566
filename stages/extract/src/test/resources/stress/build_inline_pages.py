#!/usr/bin/env python3
"""The stress pages of the third group (furniture set as a paragraph or short line among the article's paragraphs:
inline "read also" lines and lone headline links, "read more" lines, inline bylines and agency lines, video captions
and "Watch:" lines under an embedded player, embedded social posts), with guard pages whose look-alike lines are the
article's own, written for issue 16 before any rule was changed for them.

Same method as build_header_pages.py (whose page chrome it reuses): each page is one hand-written article, its
paragraphs (the ground truth, never read back from the extractor) and the markup around and among them. Writes the
pages into tune/ and check/ and merges their bodies into each half's ground-truth.json. Deterministic.
"""
from build_header_pages import page_list, ps, write_pages

PAGES, page = page_list()


# ================================================================ tune half

# ---- read-also lines: English, labels in bold, bars, a div, a lone headline link
T = "Council approves plan to turn disused rail line into a cycle path"
B = [
    "The city council approved a plan on Wednesday to turn a disused freight line on the northern edge of the city into an eleven-kilometre path for cyclists and walkers, ending a debate that has run for almost a decade.",
    "The line carried coal to the old power station until 2009 and has been fenced off since then. Work on clearing the track bed will start in the autumn, and the first section should open next summer.",
    "Residents along the route had feared that the path would bring noise and litter. The council said it would add lighting only at the four crossings and would close the path between midnight and six.",
    "The project will cost about 14 million euros, two thirds of which will come from a regional fund for transport that does not burn fuel. The rest will be paid from the council's roads budget.",
    "Cycling groups welcomed the vote but asked the council to link the path to the two secondary schools on its southern side, which the first plan leaves out.",
]
page("tune", "readalso-en-labels", "en", "The Northern Herald", T, B, f"""<div class="story-text">
<h1>{T}</h1>
<p>{B[0]}</p>
<p><strong>Also Read:</strong> <a href="/news/2026/03/tram-fares-frozen-for-another-year">Tram fares frozen for another year as ridership recovers</a></p>
<p>{B[1]}</p>
<p>READ | <a href="/news/2026/02/bridge-repairs-delayed">Bridge repairs delayed until spring after contractor quits</a></p>
<p>{B[2]}</p>
<div class="related-inline"><a href="/news/2026/01/old-power-station-sold">Old power station site sold to housing developer</a></div>
<p>{B[3]}</p>
<p><a href="/news/2025/11/city-cycling-survey-results">Half of commuters would cycle if routes were safer, survey finds</a></p>
<p>{B[4]}</p>
</div>""")

# ---- read-also lines: Indonesian, a list of one link, a guillemet label
T = "Pemerintah kota perpanjang jam operasional bus malam hingga pukul dua"
B = [
    "Pemerintah kota memperpanjang jam operasional bus malam hingga pukul dua dini hari mulai bulan depan, setelah jumlah penumpang pada rute malam naik hampir dua kali lipat dalam setahun terakhir.",
    "Kepala dinas perhubungan mengatakan tiga rute utama akan melayani terminal pusat, rumah sakit daerah dan kawasan industri di timur kota, dengan jarak antarbus sekitar dua puluh menit.",
    "Para pekerja pabrik yang pulang larut malam selama ini harus membayar ojek dengan tarif yang jauh lebih mahal. \u201cSekarang saya bisa menghemat hampir separuh gaji untuk ongkos,\u201d kata Rina, seorang operator mesin.",
    "Biaya tambahan untuk operasional malam diperkirakan mencapai delapan miliar rupiah per tahun dan akan ditanggung dari anggaran daerah tanpa menaikkan harga tiket.",
]
page("tune", "readalso-id-list", "id", "Kabar Kota", T, B, f"""<section>
<h1>{T}</h1>
<p>{B[0]}</p>
<p><b>Baca juga:</b> <a href="/berita/2026/03/tarif-parkir-naik-mulai-april">Tarif parkir di pusat kota naik mulai April</a></p>
<p>{B[1]}</p>
<ul><li><a href="/berita/2026/02/terminal-baru-dibuka">Terminal baru di selatan kota resmi dibuka</a></li></ul>
<p>{B[2]}</p>
<p>Baca Juga \u00bb <a href="/berita/2026/01/ojek-daring-aturan-baru">Aturan baru untuk ojek daring berlaku pekan depan</a></p>
<p>{B[3]}</p>
</section>""")

# ---- "read more" / "More:" lines between and after the paragraphs: Portuguese
T = "Prefeitura amplia horário das bibliotecas municipais aos domingos"
B = [
    "A prefeitura vai abrir as doze bibliotecas municipais também aos domingos a partir de maio, anunciou nesta segunda-feira a secretaria de cultura, atendendo a um pedido antigo de estudantes e moradores.",
    "As bibliotecas funcionarão das dez às dezoito horas, e a secretaria vai contratar quarenta novos funcionários para cobrir os turnos de fim de semana sem aumentar a carga dos atuais.",
    "Nos bairros mais distantes do centro, as bibliotecas são o único espaço público com internet gratuita e salas de estudo. \u201cNo domingo não tenho onde estudar,\u201d disse Júlia Santos, de dezessete anos.",
    "O custo anual da medida foi estimado em 3,4 milhões de reais, que sairão do fundo municipal de cultura. A secretaria avaliará a frequência depois de seis meses.",
]
page("tune", "readmore-pt-lines", "pt", "Diário da Cidade", T, B, f"""<article itemprop="articleBody">
<h1>{T}</h1>
<p>{B[0]}</p>
<p>Leia também: <a href="/cidade/2026/04/escolas-integrais-zona-leste">Escolas em tempo integral chegam à zona leste</a></p>
<p>{B[1]}</p>
<p>{B[2]}</p>
<p><strong>Veja mais</strong> \u2013 <a href="/cultura/2026/03/feira-do-livro-recorde">Feira do livro bate recorde de público</a></p>
<p>{B[3]}</p>
<p>More: <a href="/cidade">Cidade</a></p>
</article>""")

# ---- inline bylines and agency lines: English
T = "Flood defences to be raised along the estuary after winter storms"
B = [
    "The environment agency will raise the flood walls along six kilometres of the estuary by half a metre before next winter, after three storms in January sent water over the defences at two villages.",
    "About 400 homes were flooded in the storms, some of them for the second time in five years. The agency said the new walls would protect against a surge one in two hundred years would bring.",
    "Engineers will also rebuild two pumping stations that failed when their power supply was cut, and add backup generators that switch on by themselves.",
    "The work is expected to cost 31 million pounds. Farmers on the other bank asked why their fields had been left out of the plan; the agency said it would publish a separate study in the summer.",
]
page("tune", "byline-en-inline", "en", "Coastal Times", T, B, f"""<div class="entry">
<h1>{T}</h1>
<p>{B[0]}</p>
<p>{B[1]}</p>
<p>By Harriet Cole, Environment Reporter</p>
<p>{B[2]}</p>
<p>{B[3]}</p>
<p>Reporting by Tom Ashby; editing by Clare Moyes</p>
<p>With agencies</p>
</div>""")

# ---- a video's caption and a "Watch:" line under an embedded player: English
T = "Firefighters contain warehouse blaze on industrial estate"
B = [
    "Firefighters contained a fire at a warehouse on the Greenfield industrial estate on Sunday night after more than six hours, the fire service said. Nobody was hurt.",
    "Around eighty firefighters and fifteen engines were sent to the site at the height of the blaze, and nearby residents were told to keep their windows closed because of the smoke.",
    "The warehouse stored furniture and packaging. The cause of the fire is not yet known, and investigators will enter the building once the structure has been declared safe.",
    "The roads around the estate were closed overnight and reopened on Monday morning, though one lane of the ring road will stay shut while engineers check a damaged lamp post.",
]
page("tune", "video-en-watch", "en", "Evening Chronicle", T, B, f"""<div>
<h1>{T}</h1>
<p>{B[0]}</p>
<div class="player"><iframe src="https://video.example/embed/warehouse-fire" width="640" height="360"></iframe></div>
<p>WATCH: Flames and smoke rise above the warehouse on Sunday evening</p>
<p>{B[1]}</p>
<p>{B[2]}</p>
<div class="player"><video src="/media/ring-road.mp4" controls></video><p>Video: drone footage shows the damage at first light</p></div>
<p>{B[3]}</p>
</div>""")

# ---- embedded social posts: Twitter/X and Instagram, English
T = "Marathon organisers move start forward by an hour because of heat"
B = [
    "Organisers of the city marathon will start the race an hour earlier on Sunday because temperatures are forecast to reach 31 degrees by midday, they said on Thursday.",
    "The elite field will now set off at seven in the morning and the mass start at half past seven. Water stations will be added every two kilometres instead of every five.",
    "The race director said runners who did not feel ready for the heat could move their entry to next year's race free of charge until Saturday evening.",
    "More than 18,000 runners are registered. Last year, forty people were treated for heat exhaustion, most of them in the last ten kilometres along the river.",
]
page("tune", "social-en-embeds", "en", "Metro Sport Daily", T, B, f"""<article itemprop="articleBody">
<h1>{T}</h1>
<p>{B[0]}</p>
<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Start times moved: elite 07:00, mass start 07:30. Hydrate early and listen to the marshals! \U0001F3C3 <a href="https://t.co/abc123">pic.twitter.com/abc123</a></p>&mdash; City Marathon (@citymarathon) <a href="https://twitter.com/citymarathon/status/1">June 4, 2026</a></blockquote>
<script async src="https://platform.twitter.com/widgets.js"></script>
<p>{B[1]}</p>
<p>{B[2]}</p>
<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/xyz/"><div><a href="https://www.instagram.com/p/xyz/">View this post on Instagram</a></div><p>Training in the heat this week. See you on Sunday! #citymarathon</p><p>A post shared by Lena Ortiz (@lenaruns)</p></blockquote>
<p>{B[3]}</p>
</article>""")

# ---- guard: links in sentences, a "Read ..." sentence before a quotation, a list of sources, a tweet in prose
T = "Regulator publishes review of water company's leak figures"
B = [
    "The water regulator published its review of the company's leak figures on Tuesday. <a href=\"/report\">The report</a>, which the company had tried to delay, says the firm under-counted leaks for at least four years.",
    "Read the full statement from the regulator's chief executive below.",
    "\u201cThe figures the company gave us were not reliable, and customers paid for that. We expect every pound to be returned in lower bills,\u201d the statement says.",
    "The review drew on three sets of figures:",
    "the company's own annual returns from 2021 to 2025\nmeter readings from 1,200 district meters\nan independent survey by the university's engineering department",
    "In a post on X, the company's chief executive said the firm accepted the findings and would not appeal. Consumer groups said the refund should be paid before the winter.",
]
page("tune", "guard-en-prose", "en", "The Ledger", T, B, f"""<div class="story-text">
<h1>{T}</h1>
<p>{B[0]}</p>
<p>{B[1]}</p>
<blockquote><p>{B[2]}</p></blockquote>
<p>{B[3]}</p>
<ul>
<li>the company's own annual returns from 2021 to 2025</li>
<li>meter readings from 1,200 district meters</li>
<li>an independent survey by the <a href="https://uni.example/engineering">university's engineering department</a></li>
</ul>
<p>{B[5]}</p>
<blockquote class="twitter-tweet"><p lang="en">We accept the regulator's findings in full and will not appeal. Refunds will follow. <a href="https://t.co/x1">https://t.co/x1</a></p>&mdash; Jo Bright (@jobright) <a href="https://twitter.com/jobright/status/2">June 2, 2026</a></blockquote>
</div>""")

# ================================================================ check half

# ---- read-also lines: Swedish, Romanian-style bars, a headline link in <strong>
T = "Kommunen bygger ut laddplatser vid pendlarparkeringarna"
B = [
    "Kommunen ska bygga tvåhundra nya laddplatser för elbilar vid de fyra största pendlarparkeringarna under året, beslutade kommunstyrelsen på tisdagen.",
    "Parkeringarna vid tågstationerna är fulla redan klockan åtta på vardagar, och i dag finns bara tolv laddplatser sammanlagt. Kön till dem har blivit en vanlig källa till klagomål.",
    "Laddningen ska kosta lika mycket som hemma, sade kommunalrådet Eva Lindqvist. \u201eVi vill inte att pendlare ska välja bilen hela vägen för att de inte kan ladda här.\u201c",
    "Utbyggnaden beräknas kosta elva miljoner kronor, varav hälften betalas med ett statligt bidrag för klimatinvesteringar.",
]
page("check", "readalso-sv-bars", "sv", "Länsposten", T, B, f"""<section>
<h1>{T}</h1>
<p>{B[0]}</p>
<p>Läs också: <a href="/nyheter/2026/03/busstrafiken-utokas">Busstrafiken utökas på landsbygden</a></p>
<p>{B[1]}</p>
<p>L\u00c4S MER | <a href="/nyheter/2026/02/elpriset-stiger">Elpriset stiger igen i södra Sverige</a></p>
<p>{B[2]}</p>
<p><strong><a href="/nyheter/2026/01/ny-pendeltagslinje">Ny pendeltågslinje mellan städerna klar 2028</a></strong></p>
<p>{B[3]}</p>
</section>""")

# ---- read-also lines: Romanian, Finnish labels, a div of one link, a dash label
T = "Primăria extinde programul transportului public în weekend"
B = [
    "Primăria a anunțat luni că autobuzele și tramvaiele vor circula până la ora unu noaptea în zilele de vineri și sâmbătă, începând de luna viitoare, după o creștere puternică a numărului de călători.",
    "Măsura vizează în special liniile care leagă centrul de cartierele studențești și de gara de nord, unde cozile la taxiuri au devenit o problemă în fiecare weekend.",
    "Costul suplimentar este estimat la patru milioane de lei pe an. Reprezentanții primăriei spun că prețul biletelor nu se va schimba.",
    "Asociațiile de studenți au salutat decizia, dar cer ca și linia spre campusul din sud să fie inclusă în program.",
]
page("check", "readalso-ro-div", "ro", "Gazeta Orașului", T, B, f"""<div class="entry">
<h1>{T}</h1>
<p>{B[0]}</p>
<p><b>Citește și:</b> <a href="/stiri/2026/03/parcari-noi-in-centru">Parcări noi în centru pentru locuitori</a></p>
<p>{B[1]}</p>
<div class="related-inline"><span>Citește și \u2013 </span><a href="/stiri/2026/02/taxiuri-tarife">Tarifele la taxi cresc de la 1 martie</a></div>
<p>{B[2]}</p>
<ul><li><a href="/stiri/2026/01/gara-de-nord-renovare">Gara de Nord intră în renovare din primăvară</a></li></ul>
<p>{B[3]}</p>
</div>""")

# ---- "read more" lines: German and French labels, the last line a link
T = "Landkreis stellt zwanzig neue Schulbusse in Dienst"
B = [
    "Der Landkreis hat am Montag zwanzig neue Schulbusse in Dienst gestellt, die ältere Fahrzeuge aus den neunziger Jahren ersetzen. Die Busse sind barrierefrei und haben Gurte an allen Sitzen.",
    "Mit den neuen Bussen werden auch drei Linien neu geordnet, damit Kinder aus den Dörfern im Norden morgens nicht mehr eine Stunde vor Schulbeginn an der Schule ankommen.",
    "Die Anschaffung kostete rund sechs Millionen Euro; das Land übernahm die Hälfte. Eltern hatten sich seit Jahren über überfüllte Busse beschwert.",
    "Der Kreistag will im Herbst prüfen, ob auch die Linien im Süden neu geordnet werden müssen.",
]
page("check", "readmore-de-lines", "de", "Kreisbote", T, B, f"""<div class="story-text">
<h1>{T}</h1>
<p>{B[0]}</p>
<p>Mehr zum Thema: <a href="/region/2026/02/schulweg-sicherer">So soll der Schulweg sicherer werden</a></p>
<p>{B[1]}</p>
<p>{B[2]}</p>
<p>{B[3]}</p>
<p><em>Weiterlesen</em> \u00bb <a href="/region">Alle Nachrichten aus der Region</a></p>
</div>""")

# ---- inline bylines and agency lines: Spanish and French
T = "El ayuntamiento abre tres nuevos refugios climáticos para el verano"
B = [
    "El ayuntamiento abrirá tres nuevos refugios climáticos en bibliotecas y centros cívicos a partir del 1 de julio, para que los vecinos puedan protegerse del calor en las horas centrales del día.",
    "Los refugios tendrán aire acondicionado, agua y asientos, y abrirán de doce a ocho de la tarde. Se suman a los nueve que ya funcionaron el verano pasado.",
    "Los servicios sociales avisarán por teléfono a las personas mayores que viven solas para informarles de dónde está el refugio más cercano a su casa.",
    "El verano pasado, los refugios recibieron más de 40.000 visitas, sobre todo en los barrios con menos zonas verdes.",
]
page("check", "byline-es-agencies", "es", "Crónica Local", T, B, f"""<article itemprop="articleBody">
<h1>{T}</h1>
<p>{B[0]}</p>
<p>{B[1]}</p>
<p>Por Lucía Martín Vega</p>
<p>{B[2]}</p>
<p>{B[3]}</p>
<p>(Con información de agencias)</p>
<p>Redacción: Pablo Ortega; edición: Marta Gil</p>
</article>""")

# ---- a video's caption and a "Watch:" line: Spanish/German, an iframe in a figure
T = "Stadtwerke testen autonomen Kleinbus im Neubaugebiet"
B = [
    "Die Stadtwerke testen ab Mittwoch einen autonom fahrenden Kleinbus im Neubaugebiet am Stadtrand. Der Bus fährt eine Runde von drei Kilometern und hält an sechs Stellen.",
    "In den ersten Monaten sitzt noch ein Begleiter an Bord, der im Notfall eingreifen kann. Der Bus fährt höchstens zwanzig Kilometer pro Stunde.",
    "Fahrgäste können den Bus kostenlos nutzen. Die Stadtwerke wollen wissen, ob ein solcher Dienst die Lücke zwischen Haustür und Straßenbahn schließen kann.",
    "Der Test läuft ein Jahr und wird vom Bund mit 1,8 Millionen Euro gefördert.",
]
page("check", "video-de-figure", "de", "Stadtanzeiger", T, B, f"""<section>
<h1>{T}</h1>
<p>{B[0]}</p>
<figure class="embed"><iframe src="https://player.example/embed/kleinbus"></iframe></figure>
<p>Video: So fährt der Kleinbus ohne Fahrer durch das Neubaugebiet</p>
<p>{B[1]}</p>
<p>{B[2]}</p>
<div class="media"><iframe src="https://player.example/embed/interview"></iframe><p>Sehen Sie hier: Interview mit dem Projektleiter</p></div>
<p>{B[3]}</p>
</section>""")

# ---- embedded social posts: TikTok, Facebook, Twitter without its script, French
T = "La ville ferme ses parcs les après-midi de canicule"
B = [
    "La ville fermera ses grands parcs entre quatorze et dix-huit heures les jours où l'alerte canicule sera déclenchée, a annoncé la mairie vendredi.",
    "Les services municipaux craignent les chutes de branches, fréquentes quand les arbres souffrent de la sécheresse. Deux personnes avaient été blessées l'été dernier.",
    "Les jardins de quartier, plus petits et mieux surveillés, resteront ouverts et des brumisateurs y seront installés.",
    "L'opposition a jugé la mesure excessive et demande un élagage plus régulier plutôt que des fermetures.",
]
page("check", "social-fr-embeds", "fr", "Le Petit Quotidien", T, B, f"""<div>
<h1>{T}</h1>
<p>{B[0]}</p>
<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@ville/video/1" data-video-id="1"><section><a href="https://www.tiktok.com/@ville">@ville</a> Les parcs ferment cet après-midi, pensez aux jardins de quartier ! <a href="https://www.tiktok.com/tag/canicule">#canicule</a></section></blockquote>
<p>{B[1]}</p>
<div class="fb-post" data-href="https://www.facebook.com/ville/posts/3"><blockquote cite="https://www.facebook.com/ville/posts/3"><p>Alerte canicule : les grands parcs seront fermés de 14h à 18h. Merci de votre compréhension.</p>Publiée par <a href="https://www.facebook.com/ville">Ville</a> vendredi 12 juin 2026</blockquote></div>
<p>{B[2]}</p>
<blockquote class="twitter-tweet" data-lang="fr"><p>Fermer les parcs quand il fait chaud, c'est absurde. Élaguez plutôt les arbres !</p>— Groupe d'opposition (@opposition) <a href="https://twitter.com/opposition/status/4">12 juin 2026</a></blockquote>
<p>{B[3]}</p>
</div>""")

# ---- guard: German prose with links, "Lesen Sie ..." before a quotation, a short linked sentence, sources
T = "Rechnungshof rügt Planung der neuen Stadthalle"
B = [
    "Der Landesrechnungshof hat die Planung der neuen Stadthalle scharf kritisiert. In seinem <a href=\"/bericht\">am Dienstag veröffentlichten Bericht</a> heißt es, die Stadt habe die Kosten um mindestens ein Drittel zu niedrig angesetzt.",
    "Lesen Sie hier die Stellungnahme des Oberbürgermeisters im Wortlaut:",
    "\u201eWir nehmen den Bericht ernst und werden jede Empfehlung prüfen. Die Halle wird gebaut, aber nicht um jeden Preis.\u201c",
    "Der Bericht ist <a href=\"https://rechnungshof.example/bericht.pdf\">auf der Seite des Rechnungshofs</a> abrufbar.",
    "Auf Instagram schrieb der Oberbürgermeister später, die Stadt werde die Pläne überarbeiten. Die Opposition verlangt eine Sondersitzung des Stadtrats noch vor der Sommerpause.",
]
page("check", "guard-de-prose", "de", "Stadtanzeiger", T, B, f"""<div class="entry">
<h1>{T}</h1>
<p>{B[0]}</p>
<p>{B[1]}</p>
<blockquote><p>{B[2]}</p></blockquote>
<p>{B[3]}</p>
<p>{B[4]}</p>
<blockquote class="instagram-media"><p>Wir überarbeiten die Pläne für die Stadthalle. Mehr dazu morgen im Stadtrat.</p><a href="https://www.instagram.com/p/abc/">Ein Beitrag geteilt von Stadt (@stadt)</a></blockquote>
</div>""")


def text_of(block):
    """The block as the extractor renders it: the ground truth holds text, not the links' markup."""
    import re
    return re.sub(r"<[^>]+>", "", block)


def main():
    write_pages(PAGES, text_of)


if __name__ == "__main__":
    main()
