#!/usr/bin/env python3
"""The stress pages of the sixth group (promos and service lines known by where their links go: follow-us lines to the
outlet's own profiles, app promos to the stores, subscription, newsletter, account and donation promos to the outlet's
own pages, tip lines to its own address, "report an error" lines to its contact form), written for issue 16 before any
rule was changed for them, with guard pages whose prose links to stores, profiles, posts and other sites' contact and
subscription pages and must stay.

Same method as build_header_pages.py (whose page chrome and page writer it reuses): each page is one hand-written
article, its paragraphs (the ground truth, never read back from the extractor) and the markup around and among them.
The promos are worded in languages and phrasings the phrase rules (JunkBlocks) do not know, so that only their links
tell them. Every page declares its canonical URL and its site name, as an outlet's pages do. Writes the pages into
tune/ and check/ and merges their bodies into each half's ground-truth.json. Deterministic.
"""
import html

from build_header_pages import chrome, ps, write_pages

PAGES = []


def page(half, name, lang, site, host, title, body, article):
    """body: the article's own blocks, in order (the ground truth); article: the markup, with the service lines;
    host: the outlet's host, declared by the canonical link."""
    doc = chrome(lang, site, title, article)
    slug = name.split("-", 1)[1]
    head = (f'<meta charset="utf-8"><link rel="canonical" href="https://{host}/2026/{slug}">'
            f'<meta property="og:site_name" content="{html.escape(site, quote=True)}">')
    doc = doc.replace('<meta charset="utf-8">', head, 1)
    PAGES.append((half, name, doc, title, body))


# ================================================================ tune half

# ---- Polish: a follow line among the paragraphs to the outlet's profiles, a Google News follow box at the end
T = "Tramwaj na Morenę pojedzie dopiero w przyszłym roku"
B = [
    "Budowa linii tramwajowej na Morenę opóźni się o co najmniej dziewięć miesięcy, poinformował we wtorek zarząd dróg miejskich. Wykonawca natrafił na niezinwentaryzowane sieci ciepłownicze pod ulicą Rakoczego.",
    "Pierwotnie tramwaje miały ruszyć w październiku. Teraz miasto mówi o wiośnie przyszłego roku, a mieszkańcy jeszcze przez kilka miesięcy będą jeździć autobusami zastępczymi.",
    "Radni opozycji zapowiedzieli, że na najbliższej sesji zapytają prezydenta miasta o kary umowne dla wykonawcy i o koszt dodatkowych prac ziemnych.",
    "Zarząd dróg zapewnia, że opóźnienie nie zagrozi unijnemu dofinansowaniu, które wynosi ponad 180 milionów złotych.",
]
page("tune", "service-pl-follow", "pl", "Gazeta Pomorska Online", "www.gazetapomorska.pl", T, B, f"""<article>
<h1>{T}</h1>
<div class="tresc">
{ps(B[:2])}
<p>Obserwuj nas: <a href="https://www.facebook.com/gazetapomorska">Facebook</a> · <a href="https://x.com/gazetapomorska">X</a> · <a href="https://www.instagram.com/gazetapomorska/">Instagram</a></p>
{ps(B[2:])}
<div class="box-gn"><a href="https://news.google.com/publications/CAAqBwgKMNa2ngswy8K2Aw?hl=pl">Dodaj Gazetę Pomorską do ulubionych źródeł</a></div>
</div>
</article>""")

# ---- Swedish: an app promo to both stores in one line, in a div between paragraphs
T = "Kommunen bygger ny simhall vid Söderstrand"
B = [
    "Kommunfullmäktige beslutade på måndagskvällen att bygga en ny simhall vid Söderstrand. Den gamla hallen från 1968 har så stora fuktskador att den måste rivas inom tre år.",
    "Den nya hallen får en 25-metersbassäng med åtta banor, en undervisningsbassäng och ett äventyrsbad. Kostnaden beräknas till 410 miljoner kronor.",
    "Oppositionen röstade emot och ville i stället renovera den gamla hallen. ”Det här är en investering som kommer att tränga undan skolor och äldreboenden”, sa oppositionsrådet Karin Lund.",
    "Byggstarten är planerad till hösten nästa år och hallen ska kunna öppna sommaren 2029.",
]
page("tune", "service-sv-app", "sv", "Kvällsposten", "www.kvallsposten.se", T, B, f"""<div class="artikel">
<h1>{T}</h1>
{ps(B[:2])}
<div class="app-puff"><span>Nyheterna först – i mobilen:</span> <a href="https://apps.apple.com/se/app/kvallsposten/id1234567890">App Store</a> <a href="https://play.google.com/store/apps/details?id=se.kvallsposten.nyheter">Google Play</a></div>
{ps(B[2:])}
</div>""")

# ---- Portuguese: a subscription promo to the outlet's own page, a sign-in line to its account subdomain
T = "Prefeitura anuncia reforma do Mercado Municipal"
B = [
    "A prefeitura anunciou nesta quinta-feira a reforma completa do Mercado Municipal, fechado há dois anos depois de um incêndio que destruiu parte da cobertura e doze boxes de comerciantes.",
    "As obras devem começar em março e custar R$ 38 milhões, pagos com recursos do município e de um financiamento do banco estadual de desenvolvimento.",
    "Os comerciantes, que hoje trabalham em tendas no estacionamento, pediram que a prefeitura garanta o retorno de todos os boxes antigos com o mesmo aluguel.",
    "A previsão é que o mercado reabra no segundo semestre de 2028, com um restaurante popular no mezanino.",
]
page("tune", "service-pt-subscribe", "pt", "Diário do Vale", "www.diariodovale.com.br", T, B, f"""<article class="materia">
<h1>{T}</h1>
<div class="corpo">
{ps(B[:2])}
<p><strong>Jornalismo local precisa de você.</strong> <a href="/assinatura?origem=materia">Assine o Diário do Vale por R$ 1,90 no primeiro mês</a></p>
{ps(B[2:])}
<p>Já tem cadastro? <a href="https://conta.diariodovale.com.br/entrar">Acesse sua conta</a></p>
</div>
</article>""")

# ---- Dutch: a newsletter sign-up to the own page, a tip line to the own address and a WhatsApp number
T = "Provincie trekt extra geld uit voor dijkversterking bij Delfzijl"
B = [
    "De provincie trekt twaalf miljoen euro extra uit om de dijk tussen Delfzijl en Termunten te versterken. Dat heeft Gedeputeerde Staten dinsdag besloten na een nieuwe berekening van het waterschap.",
    "Uit metingen bleek dat de dijk op drie plaatsen sneller inklinkt dan verwacht. Zonder ingreep voldoet het traject in 2032 niet meer aan de wettelijke veiligheidsnorm.",
    "Het waterschap begint volgend voorjaar met de werkzaamheden. Het fietspad op de dijk gaat daarvoor ruim een jaar dicht, met een omleiding via het binnendijkse kanaal.",
    "Bewoners van de dijkwoningen krijgen in januari een informatieavond in het dorpshuis van Termunten.",
]
page("tune", "service-nl-newsletter", "nl", "Noorder Koerier", "www.noordkoerier.nl", T, B, f"""<section class="artikel">
<h1>{T}</h1>
{ps(B[:3])}
<p>Elke ochtend het belangrijkste nieuws uit de regio in je mailbox? <a href="/nieuwsbrief/aanmelden">Schrijf je hier in</a></p>
{ps(B[3:])}
<p class="tip">Tip de redactie: <a href="mailto:tips@noordkoerier.nl">tips@noordkoerier.nl</a> of <a href="https://wa.me/31612345678">WhatsApp</a></p>
</section>""")

# ---- Turkish: a WhatsApp channel line and a sentence that points to the outlet's Telegram and YouTube channels
T = "İzmir'de yeni metro hattının temeli atıldı"
B = [
    "Narlıdere ile Buca arasında yapılacak yeni metro hattının temeli cumartesi günü düzenlenen törenle atıldı. Hattın 2029 yılında hizmete girmesi planlanıyor.",
    "On bir istasyondan oluşacak hat, günde yaklaşık 300 bin yolcu taşıyacak. Projenin maliyeti 1,2 milyar avro olarak açıklandı ve finansmanın büyük bölümü yurt dışı kredisiyle sağlanacak.",
    "Buca'da yaşayan esnaf, inşaat süresince trafiğin nasıl düzenleneceği konusunda belediyeden bilgi beklediklerini söyledi.",
]
page("tune", "service-tr-channels", "tr", "Ege Haber", "www.egehaber.com.tr", T, B, f"""<div class="haber-detay">
<h1>{T}</h1>
<div class="haber-metni">
{ps(B[:1])}
<p><a href="https://whatsapp.com/channel/0029VaEgeHaber01">WhatsApp kanalımıza katılın</a>, son dakika gelişmelerini kaçırmayın</p>
{ps(B[1:])}
<p>Haberlerimizi <a href="https://t.me/egehaber">Telegram</a> ve <a href="https://www.youtube.com/@egehaber">YouTube</a> üzerinden de takip edebilirsiniz.</p>
</div>
</div>""")

# ---- Indonesian: a donation promo to the own page, an error-report line to the own contact form
T = "Pemkot perpanjang jam operasional bus kota hingga tengah malam"
B = [
    "Pemerintah kota memperpanjang jam operasional bus kota hingga pukul 24.00 mulai bulan depan. Kebijakan ini diambil setelah survei menunjukkan banyak pekerja pabrik pulang larut malam.",
    "Dinas Perhubungan akan menambah dua puluh armada baru untuk tiga koridor utama. Tarif tetap Rp 3.500 untuk umum dan gratis bagi pelajar serta lansia.",
    "Sejumlah pekerja menyambut baik kebijakan tersebut. Selama ini mereka harus menggunakan ojek daring yang ongkosnya bisa mencapai Rp 40.000 sekali jalan.",
]
page("tune", "service-id-donate", "id", "Suara Kota", "www.suarakota.id", T, B, f"""<div class="detail">
<h1>{T}</h1>
<div class="detail-text">
{ps(B[:2])}
<p>Dukung jurnalisme independen: <a href="/donasi">berikan donasi untuk Suara Kota</a></p>
{ps(B[2:])}
<p><em>Menemukan kesalahan dalam berita ini? <a href="/kontak?topik=koreksi">Laporkan kepada redaksi</a></em></p>
</div>
</div>""")

# ---- Finnish: a subscription offer to the own order subdomain, a sign-in line before the comments
T = "Rovaniemen lentoasemalle rakennetaan uusi terminaali"
B = [
    "Finavia rakentaa Rovaniemen lentoasemalle uuden terminaalin, jonka on määrä valmistua ennen talvikautta 2028. Nykyinen terminaali ruuhkautuu joulusesongin aikana pahasti.",
    "Laajennuksen hinta-arvio on 45 miljoonaa euroa. Uuteen terminaaliin tulee kuusi uutta lähtöporttia ja laajempi matkatavarahalli tilauslentoja varten.",
    "Matkailuyrittäjät pitävät hanketta välttämättömänä. Joulukuussa kentän kautta kulkee jo yli 150 000 matkustajaa.",
]
page("tune", "service-fi-subscribe", "fi", "Lapin Sanomat", "www.lapinsanomat.fi", T, B, f"""<article>
<h1>{T}</h1>
<div class="teksti">
{ps(B[:2])}
<p><a href="https://tilaus.lapinsanomat.fi/tilaa?kampanja=artikkeli">Tilaa Lapin Sanomat – 4 viikkoa 1 €</a></p>
{ps(B[2:])}
<p><a href="/kirjaudu">Kirjaudu sisään</a> tai <a href="/rekisteroidy">luo tunnus</a> kommentoidaksesi</p>
</div>
</article>""")

# ---- English guard: a story about a transit app whose prose links to both stores; the outlet's own app line goes
T = "New app shows where every bus is in real time"
B = [
    "Passengers in the city can now see the position of every bus on a live map, after the transport authority released its new app, which is free on the <a href=\"https://apps.apple.com/gb/app/citymove/id4455667788\">App Store</a> and <a href=\"https://play.google.com/store/apps/details?id=uk.gov.citymove\">Google Play</a>.",
    "The app also sells day tickets and warns riders when a route is diverted. The authority said 40,000 people had downloaded it in its first week, more than it expected in a month.",
    "Disability groups welcomed the spoken announcements but asked for a larger text setting. The authority said one would come in the next update.",
    "The old timetable app will stop working at the end of March.",
]
page("tune", "service-en-guard-app", "en", "The Harbour Times", "www.harbourtimes.co.uk", T, [b.replace('<a href="https://apps.apple.com/gb/app/citymove/id4455667788">', "").replace('<a href="https://play.google.com/store/apps/details?id=uk.gov.citymove">', "").replace("</a>", "") for b in B], f"""<div class="story">
<h1>{T}</h1>
{ps(B)}
<p><a href="https://apps.apple.com/gb/app/the-harbour-times/id9988776655">iPhone</a> | <a href="https://play.google.com/store/apps/details?id=uk.co.harbourtimes">Android</a></p>
</div>""")

# ---- German guard: a politician's post quoted with a link to the post, a profile named in prose (both stay)
T = "Bürgermeisterin wehrt sich gegen Kritik an Haushaltssperre"
B = [
    "Im Streit um die Haushaltssperre hat Bürgermeisterin Lena Maier die Kritik aus dem Stadtrat zurückgewiesen. Ohne die Sperre drohe der Stadt im Herbst die Zahlungsunfähigkeit, sagte sie am Dienstag.",
    "„Wir lassen uns nicht erpressen“, <a href=\"https://x.com/lenamaier/status/1890012345678901234\">schrieb Maier am Abend auf X</a>.",
    "Maier hat auf <a href=\"https://www.instagram.com/lena.maier.ob/\">Instagram</a> fast 30.000 Follower.",
    "Die Fraktionen von SPD und Grünen wollen die Sperre in der nächsten Sitzung aufheben lassen. Sie werfen der Verwaltung vor, Zuschüsse für Vereine ohne Beschluss gestoppt zu haben.",
]
TEXT_B = [b.split('<a href="')[0] + b.split('">', 1)[1].replace("</a>", "") if "<a " in b else b for b in B]
page("tune", "service-de-guard-post", "de", "Rhein-Zeitung Online", "www.rheinbote.de", T, TEXT_B, f"""<article>
<h1>{T}</h1>
<div class="artikel-text">
{ps(B)}
<p>Folgen Sie dem Rheinboten auf <a href="https://www.facebook.com/rheinbote">Facebook</a> und <a href="https://www.instagram.com/rheinbote/">Instagram</a></p>
</div>
</article>""")

# ---- Italian guard: a correction that is the article's own text, with a link to the corrections page (stays)
T = "Il nuovo ponte sul Ticino costerà 21 milioni"
B = [
    "Il nuovo ponte sul Ticino tra Sesto Calende e Castelletto costerà 21 milioni di euro, secondo il progetto definitivo presentato lunedì dalla Provincia di Varese.",
    "I lavori dovrebbero iniziare in primavera e durare due anni. Durante il cantiere il traffico pesante sarà deviato sul ponte dell'autostrada, mentre le auto potranno usare una corsia del vecchio ponte.",
    "Rettifica: una versione precedente di questo articolo indicava un costo di 12 milioni di euro. Ci scusiamo con i lettori. <a href=\"/rettifiche\">Tutte le nostre rettifiche</a>.",
]
page("tune", "service-it-guard-correction", "it", "La Prealpina Oggi", "www.prealpinaoggi.it", T, [B[0], B[1], B[2].replace('<a href="/rettifiche">', "").replace("</a>", "")], f"""<div class="articolo">
<h1>{T}</h1>
<div class="testo">
{ps(B)}
<p><a href="/abbonamenti">Abbonati</a> · <a href="/newsletter">Newsletter</a> · <a href="/app">App</a></p>
</div>
</div>""")

# ---- Spanish guard: a story about a streaming service's subscription page (another site: stays); the own promo goes
T = "La plataforma de series local sube su cuota por segunda vez en un año"
B = [
    "La plataforma de series Mareflix subirá su cuota mensual de 6,99 a 8,99 euros a partir de marzo, según anunció la empresa en su <a href=\"https://www.mareflix.es/suscripcion\">página de suscripción</a>, donde ya aparecen los nuevos precios.",
    "Es la segunda subida en doce meses. La empresa atribuye el aumento al coste de sus producciones propias, que este año incluyen cuatro series rodadas en la provincia.",
    "Las asociaciones de consumidores recuerdan que los abonados pueden darse de baja sin penalización antes de que entre en vigor la nueva tarifa.",
]
page("tune", "service-es-guard-subscription", "es", "El Heraldo del Sur", "www.heraldodelsur.es", T, [B[0].replace('<a href="https://www.mareflix.es/suscripcion">', "").replace("</a>", ""), B[1], B[2]], f"""<article class="noticia">
<h1>{T}</h1>
<div class="cuerpo-noticia">
{ps(B[:2])}
<p><a href="/suscripciones/">Hazte suscriptor de El Heraldo del Sur</a> desde 1 € al mes</p>
{ps(B[2:])}
</div>
</article>""")

# ---- French guard: the town hall's contact form in prose (another site: stays); the own error-report line and
# follow line go
T = "Annecy lance une carte des nids-de-poule signalés par les habitants"
B = [
    "La ville d'Annecy a mis en ligne lundi une carte des nids-de-poule signalés par les habitants. Chaque signalement apparaît avec la date prévue de sa réparation.",
    "Les habitants peuvent signaler un trou dans la chaussée via le <a href=\"https://www.annecy.fr/contact\">formulaire de la mairie</a>.",
    "Depuis janvier, les services techniques ont reçu plus de 1 200 signalements, dont les deux tiers concernent les communes déléguées de Seynod et Cran-Gevrier.",
]
page("tune", "service-fr-guard-contact", "fr", "Le Savoyard Matin", "www.lesavoyardmatin.fr", T, [B[0], B[1].replace('<a href="https://www.annecy.fr/contact">', "").replace("</a>", ""), B[2]], f"""<article>
<h1>{T}</h1>
<div class="article-texte">
{ps(B)}
<p>Une erreur dans cet article ? <a href="/contact/signaler-une-erreur">Signalez-la</a></p>
<p><a href="https://www.facebook.com/lesavoyardmatin">Le Savoyard Matin</a> sur Facebook</p>
</div>
</article>""")

# ================================================================ check half

# ---- Czech: the outlet's profiles as a list of links after the article
T = "Brno otevře novou linku nočních autobusů na letiště"
B = [
    "Dopravní podnik města Brna od prosince zavede noční autobusovou linku na letiště v Tuřanech. Spoje pojedou každou hodinu od půlnoci do čtyř hodin ráno.",
    "Linka má pomoci především zaměstnancům letiště a cestujícím brzkých ranních letů, kteří se dosud museli spolehnout na taxi.",
    "Provoz bude zatím zkušební na půl roku. Pokud se linka neosvědčí, dopravní podnik ji na jaře zruší.",
]
page("check", "service-cs-follow-list", "cs", "Brněnský deník", "www.brnenskydenik.cz", T, B, f"""<article>
<h1>{T}</h1>
<div class="clanek">
{ps(B)}
<ul class="site-profiles">
<li><a href="https://www.facebook.com/brnenskydenik">Facebook</a></li>
<li><a href="https://www.instagram.com/brnenskydenik">Instagram</a></li>
<li><a href="https://www.youtube.com/c/BrnenskyDenik">YouTube</a></li>
</ul>
</div>
</article>""")

# ---- Danish: an app promo with the text in a span, the store links with badges' alt text
T = "Aarhus får ny cykelbro over havnen"
B = [
    "Aarhus Byråd har godkendt en ny bro for cyklister og gående over havneløbet mellem Aarhus Ø og midtbyen. Broen skal stå færdig i 2028.",
    "Broen bliver 180 meter lang og får en klap, så sejlbåde fortsat kan komme ind i lystbådehavnen. Prisen er anslået til 160 millioner kroner.",
    "Beboerne på Aarhus Ø har i flere år efterlyst en kortere vej til centrum. I dag skal de cykle næsten to kilometer rundt om havnen.",
]
page("check", "service-da-app", "da", "Jyllands Nyt", "jyllandsnyt.dk", T, B, f"""<div class="artikel-krop">
<h1>{T}</h1>
{ps(B[:2])}
<div class="app-banner"><span>Hent Jyllands Nyt på din telefon</span> <a href="https://apps.apple.com/dk/app/jyllands-nyt/id5566778899"><img src="/badges/appstore.svg" alt="App Store"></a> <a href="https://play.google.com/store/apps/details?id=dk.jyllandsnyt.app"><img src="/badges/googleplay.svg" alt="Google Play"></a></div>
{ps(B[2:])}
</div>""")

# ---- Romanian: a newsletter line with its own link, then a follow line through Google News
T = "Clujul introduce bilet unic pentru tren și autobuz în zona metropolitană"
B = [
    "Din ianuarie, călătorii din zona metropolitană a Clujului vor putea folosi același bilet în trenurile regionale și în autobuzele companiei de transport public, au anunțat joi autoritățile locale.",
    "Abonamentul lunar integrat va costa 120 de lei. Elevii și pensionarii vor plăti jumătate din preț, iar studenții vor circula gratuit în zilele lucrătoare.",
    "Primarii din comunele învecinate spun că măsura ar putea reduce aglomerația de pe drumul spre Florești, unde coloanele de mașini ajung la ore de mers.",
]
page("check", "service-ro-newsletter", "ro", "Ziarul de Cluj", "www.ziaruldecluj.ro", T, B, f"""<div class="continut">
<h1>{T}</h1>
{ps(B[:2])}
<p>Cele mai importante știri ale zilei, direct pe e-mail: <a href="https://www.ziaruldecluj.ro/newsletter?src=art">abonează-te gratuit</a></p>
{ps(B[2:])}
<p><a href="https://news.google.com/publications/CAAqBwgKMKLfqAswn7rAAw?hl=ro&gl=RO">Urmărește Ziarul de Cluj pe Google News</a></p>
</div>""")

# ---- Norwegian: a subscription offer to the own subscription subdomain, a sign-in line
T = "Tromsø kommune vil bygge 300 nye studentboliger"
B = [
    "Tromsø kommune og studentsamskipnaden har inngått en avtale om å bygge 300 nye studentboliger på Breivika. Byggingen skal etter planen starte neste høst.",
    "Mangelen på hybler har vært stor i flere år. I august sto over 600 studenter på venteliste, og mange måtte bo på campingplass de første ukene av semesteret.",
    "Kommunen stiller tomten til disposisjon, mens studentsamskipnaden finansierer byggingen med lån fra Husbanken.",
]
page("check", "service-no-subscribe", "no", "Nordlys Nett", "www.nordlysnett.no", T, B, f"""<article>
<h1>{T}</h1>
<div class="brodtekst">
{ps(B[:1])}
<div class="kampanje"><a href="https://abonnement.nordlysnett.no/kjop?produkt=digital">Prøv Nordlys Nett digitalt i en måned for 1 krone</a></div>
{ps(B[1:])}
<p>Allerede abonnent? <a href="https://www.nordlysnett.no/logg-inn">Logg inn her</a></p>
</div>
</article>""")

# ---- Hungarian: a support promo to the own page, a tip line to the own address
T = "Felújítják a szegedi Tisza-parti sétányt"
B = [
    "Jövő tavasszal kezdődik a szegedi Tisza-parti alsó rakpart felújítása. A város közgyűlése csütörtökön szavazta meg a 2,4 milliárd forintos beruházást.",
    "A munkák során kicserélik a burkolatot, új padokat és világítást helyeznek el, valamint két új lejárót építenek a felső rakpartról. Az árvízvédelmi falat is megerősítik.",
    "A sétány a felújítás idején szakaszosan lesz lezárva, a nyári szabadtéri játékok idejére azonban a teljes szakaszt megnyitják.",
]
page("check", "service-hu-support", "hu", "Délvidéki Hírek", "www.delvidekihirek.hu", T, B, f"""<div class="cikk">
<h1>{T}</h1>
<div class="cikk-torzs">
{ps(B[:2])}
<p><b>Számít önnek a független helyi újságírás?</b> <a href="/tamogatas">Támogassa a Délvidéki Híreket</a></p>
{ps(B[2:])}
<p>Van egy sztorija? Írjon nekünk: <a href="mailto:szerkesztoseg@delvidekihirek.hu">szerkesztoseg@delvidekihirek.hu</a></p>
</div>
</div>""")

# ---- English: a tip line to the own address and a Signal number, a membership promo with its own wording
T = "Landlord fined after tenants lived for a winter without heating"
B = [
    "A landlord who left tenants in a block of flats without heating for most of last winter has been fined £48,000, after the council brought the first prosecution under its new licensing scheme.",
    "Magistrates heard that the boiler serving fourteen flats broke down in November and was not replaced until March, despite repeated complaints from the tenants and two improvement notices.",
    "The landlord's lawyer said his client had struggled to find a contractor. The council said it would publish the names of every landlord it prosecutes from next month.",
]
page("check", "service-en-tips", "en", "The Northern Ledger", "www.northernledger.co.uk", T, B, f"""<div class="entry">
<h1>{T}</h1>
{ps(B)}
<p>Know something we should be looking into? <a href="mailto:newsdesk@northernledger.co.uk">Get in touch</a> or message us on <a href="https://signal.me/#eu/northernledger">Signal</a></p>
<p><a href="https://www.northernledger.co.uk/membership/">Ledger members read without limits and keep local reporting alive</a></p>
</div>""")

# ---- German: an account and register line to the own pages, a follow line with the outlet's handles
T = "Landkreis stellt erste Wasserstoffbusse in Dienst"
B = [
    "Der Landkreis hat am Montag die ersten vier Wasserstoffbusse in Dienst gestellt. Sie fahren zunächst auf der Linie zwischen dem Bahnhof und dem Gewerbegebiet Nord.",
    "Getankt wird an einer neuen Station auf dem Betriebshof, die Wasserstoff aus dem Elektrolyseur der Stadtwerke bezieht. Bis 2030 sollen alle 38 Busse des Landkreises umgestellt sein.",
    "Der Fahrgastverband lobte die leisen Fahrzeuge, mahnte aber dichtere Takte auf dem Land an. Viele Dörfer werden nur zweimal am Tag angefahren.",
]
page("check", "service-de-account", "de", "Kreisbote Nordheide", "www.kreisbote-nordheide.de", T, B, f"""<section>
<h1>{T}</h1>
{ps(B[:2])}
<div class="hinweis"><a href="/konto/registrieren">Kostenlos registrieren</a> und drei Artikel pro Monat lesen – oder <a href="/konto/anmelden">anmelden</a></div>
{ps(B[2:])}
<p>Der Kreisbote bei <a href="https://www.threads.net/@kreisbote.nordheide">Threads</a>, <a href="https://bsky.app/profile/kreisbote-nordheide.de">Bluesky</a> und <a href="https://www.tiktok.com/@kreisbotenordheide">TikTok</a></p>
</section>""")

# ---- Spanish guard: a minister's post quoted with its link, a profile in prose (both stay); the own app line goes
T = "La consejera de Sanidad anuncia la apertura de tres nuevos centros de salud"
B = [
    "La consejera de Sanidad, Elena Ríos, anunció el lunes la apertura de tres nuevos centros de salud en la provincia antes del verano, con una inversión de 14 millones de euros.",
    "«Cumplimos lo que prometimos a los vecinos de la sierra», <a href=\"https://twitter.com/elenarios_san/status/1891234567890123456\">escribió Ríos en la red social X</a>.",
    "La consejera tiene más de 40.000 seguidores en <a href=\"https://www.instagram.com/elenariosoficial/\">su cuenta de Instagram</a>.",
    "Los sindicatos médicos advierten de que faltan facultativos para cubrir las plazas de los nuevos centros y piden incentivos para los puestos de difícil cobertura.",
]
page("check", "service-es-guard-post", "es", "Diario de la Sierra", "www.diariodelasierra.es", T, [b.split('<a href="')[0] + b.split('">', 1)[1].replace("</a>", "") if "<a " in b else b for b in B], f"""<article>
<h1>{T}</h1>
<div class="texto">
{ps(B)}
<p>Descárgate la app: <a href="https://apps.apple.com/es/app/diario-de-la-sierra/id7788990011">iOS</a> y <a href="https://play.google.com/store/apps/details?id=es.diariodelasierra">Android</a></p>
</div>
</article>""")

# ---- Italian guard: a story about a public app, its store links in a short sentence of its own (stays)
T = "Bollo auto, da gennaio si paga anche con l'app della Regione"
B = [
    "Da gennaio il bollo auto si potrà pagare anche con l'app della Regione, che invierà un promemoria due settimane prima della scadenza. Lo ha annunciato l'assessore al bilancio.",
    "L'app Regione Facile si scarica gratis da <a href=\"https://apps.apple.com/it/app/regione-facile/id3344556677\">App Store</a> e <a href=\"https://play.google.com/store/apps/details?id=it.regione.facile\">Google Play</a> e richiede l'accesso con SPID o carta d'identità elettronica.",
    "Chi paga entro la scadenza con la domiciliazione bancaria avrà uno sconto del 10 per cento, ha precisato la Regione.",
]
page("check", "service-it-guard-app", "it", "Gazzetta del Lario", "www.gazzettadellario.it", T, [B[0], B[1].replace('<a href="https://apps.apple.com/it/app/regione-facile/id3344556677">', "").replace('<a href="https://play.google.com/store/apps/details?id=it.regione.facile">', "").replace("</a>", ""), B[2]], f"""<div class="articolo">
<h1>{T}</h1>
{ps(B)}
<p>Segui la Gazzetta del Lario su <a href="https://www.facebook.com/gazzettadellario">Facebook</a></p>
</div>""")

# ---- Portuguese guard: a correction paragraph with a link to the own corrections page (stays); a login promo goes
T = "Câmara aprova novo plano de ciclovias para a cidade"
B = [
    "A Câmara Municipal aprovou na terça-feira um plano que prevê 45 quilómetros de novas ciclovias até 2030, a maior parte em eixos que hoje têm duas faixas para automóveis em cada sentido.",
    "A oposição absteve-se e pediu que os comerciantes das avenidas abrangidas sejam ouvidos antes de cada obra começar.",
    "Correção: uma versão anterior deste artigo indicava que o plano previa 54 quilómetros. O número correto é 45. <a href=\"/correcoes\">Ver todas as correções</a>.",
]
page("check", "service-pt-guard-correction", "pt", "Jornal do Porto Hoje", "www.jornaldoportohoje.pt", T, [B[0], B[1], B[2].replace('<a href="/correcoes">', "").replace("</a>", "")], f"""<article>
<h1>{T}</h1>
<div class="texto-artigo">
{ps(B)}
<p><a href="/assinaturas">Assinar</a> | <a href="/login">Entrar</a></p>
</div>
</article>""")

# ---- French guard: the newsletter of a company the story is about, in prose (another site: stays); the own one goes
T = "Le fromager savoyard lance une lettre d'information pour ses clients"
B = [
    "La coopérative laitière du Beaufortain a lancé ce mois-ci une <a href=\"https://www.cooperative-beaufort.fr/newsletter\">lettre d'information mensuelle</a> pour raconter la vie des alpages à ses clients.",
    "Plus de 8 000 personnes s'y sont déjà inscrites. La coopérative y publie les dates de montée en alpage et les recettes de ses producteurs.",
    "Son directeur espère ainsi fidéliser une clientèle qui achète de plus en plus en ligne depuis la pandémie.",
]
page("check", "service-fr-guard-newsletter", "fr", "Le Dauphiné des Alpes", "www.dauphinedesalpes.fr", T, [B[0].replace('<a href="https://www.cooperative-beaufort.fr/newsletter">', "").replace("</a>", ""), B[1], B[2]], f"""<div class="article">
<h1>{T}</h1>
{ps(B[:2])}
<p>Recevez chaque vendredi le meilleur de l'actualité alpine : <a href="/newsletters/inscription">c'est gratuit</a></p>
{ps(B[2:])}
</div>""")

# ---- Dutch guard: a municipality's contact page in a short sentence (another site: stays); the own feedback line goes
T = "Gemeente Zwolle zoekt vrijwilligers voor zwerfafvalacties"
B = [
    "De gemeente Zwolle zoekt vrijwilligers die een straat of park willen adopteren en daar één keer per maand zwerfafval opruimen. Zij krijgen een grijper, handschoenen en afvalzakken.",
    "Aanmelden kan via het <a href=\"https://www.zwolle.nl/contact\">contactformulier van de gemeente</a>.",
    "In de eerste maand meldden zich al 140 vrijwilligers, vooral in de wijken Assendorp en Stadshagen.",
]
page("check", "service-nl-guard-contact", "nl", "De Zwolse Bode", "www.zwolsebode.nl", T, [B[0], B[1].replace('<a href="https://www.zwolle.nl/contact">', "").replace("</a>", ""), B[2]], f"""<article>
<h1>{T}</h1>
{ps(B)}
<p>Fout gezien? <a href="/feedback">Laat het ons weten</a></p>
</article>""")


def main():
    write_pages(PAGES)


if __name__ == "__main__":
    main()
