"""Blind-3 articles, part C (not English, invented events written for this set). Markup as in articles_a.py."""

ARTICLES = {
    "junk-ee-daily": {
        "lang": "et", "date": "2026-11-16", "author": "Kadri Tamm",
        "title": "Tartu linn avab talveks kolm uut uisuväljakut",
        "dek": "Väljakud on avatud iga päev kella üheksast kümneni ja uisutamine on tasuta",
        "body": """Tartu linnavalitsus otsustas sel nädalal, et talvehooajaks rajatakse kolm uut avalikku uisuväljakut: Annelinna, Karlova ja Ropka linnaossa. Väljakud peaksid valmis saama detsembri keskpaigaks, kui ilm lubab.

Linna spordiosakonna juhataja Margus Kask ütles, et seni on linnas olnud vaid üks suurem välisuisuväljak kesklinnas, kuhu paljud pered kaugematest linnaosadest ei jõua.

"Me tahame, et laps saaks uisutama minna oma kodu lähedale, ilma et vanemad peaksid teda autoga sõidutama," ütles Kask.

Uued väljakud rajatakse looduslikule jääle, mis tähendab, et nende avamine sõltub külmast. Jää tegemiseks peab õhutemperatuur püsima mitu päeva järjest alla miinus viie kraadi. Linn on sõlminud lepingu ettevõttega, mis valab ja hooldab jääd igal ööl.

Iga väljaku juurde tuleb soojendusega konteiner, kus saab uiske jalga panna, ning valgustus, mis võimaldab uisutada ka pimedal ajal. Uiskude laenutust esialgu ei ole, kuid Annelinna väljaku juures kaalutakse seda järgmiseks aastaks.

Kolme väljaku rajamine ja hooldus maksab linnale umbes 86 000 eurot hooaja kohta. Raha tuleb linna spordieelarvest, kust vähendati selleks suvise rannavõrkpalli turniiri toetust.

Karlova seltsi esimees Liis Org ütles, et linnaosa elanikud on väljakut oodanud aastaid. "Vanasti tehti Karlova pargis igal talvel jääväli, vabatahtlikud valasid seda voolikuga. Nüüd tuleb see traditsioon tagasi."

Kui talv osutub soojaks, kasutatakse väljakuid linnavalitsuse sõnul rulluisutamiseks ja korvpalliks.

Kesklinna kunstjääväljak avatakse tavapäraselt novembri viimasel nädalal ning seal jääb uisutamine tasuliseks.

Linnavalitsus palub uisutajatel jälgida väljakute juurde paigaldatud infotahvleid, kust saab teada, kas jää on avatud või hoolduseks suletud. Sama teave avaldatakse ka linna kodulehel.

Spordiosakond otsib iga väljaku juurde ka vabatahtlikke, kes aitaksid õhtuti lumest puhastada ja jälgida, et väiksemad lapsed saaksid rahulikult sõita.""",
    },
    "junk-no-daily": {
        "lang": "nb", "date": "2026-10-27", "author": "Eirik Solheim",
        "title": "Ferjeselskapet innstiller nattavgangene over Hardangerfjorden",
        "dek": "Pendlere og nattarbeidere frykter lange omveier fra nyttår",
        "body": """Fra 1. januar blir det ingen ferjeavganger over Hardangerfjorden mellom klokken 23 og 05. Det bekreftet fylkeskommunen fredag, etter at et forslag om å kutte nattrutene ble vedtatt i samferdselsutvalget.

Kuttet skal spare fylket for rundt 9 millioner kroner i året. Ifølge fylkeskommunen har nattavgangene i snitt hatt færre enn fire biler per tur det siste året.

– Vi må prioritere der de fleste reisende er. Det er en vanskelig avgjørelse, men budsjettet gir oss ikke mye valg, sier utvalgsleder Randi Haugland.

For sykepleier Ingrid Bakke, som jobber nattevakter på sykehuset i Odda, betyr endringen at hun må kjøre rundt fjorden. Turen tar da nesten to timer i stedet for 35 minutter.

– Jeg går av vakt klokken halv tolv. Nå rekker jeg ikke siste ferje, og da må jeg enten vente til fem eller kjøre hele veien rundt. Om vinteren er det ikke noe morsomt, sier hun.

Helseforetaket sier at de vil se på om turnusen kan endres for ansatte som bor på andre siden av fjorden, men at det ikke er mulig for alle.

Også næringslivet reagerer. Et fiskeoppdrettsselskap i Jondal sender lastebiler med fisk om natten for å rekke morgenfly fra Bergen.

– Vi må nå vurdere å flytte deler av pakkingen, sier daglig leder Tor Ivar Lunde.

Fylkeskommunen sier at utrykningskjøretøy fortsatt skal kunne bestille ferje om natten ved behov. Ordningen med beredskapsferje blir videreført.

Saken skal opp i fylkestinget i desember, men flertallet i utvalget tilsvarer flertallet i fylkestinget, og vedtaket ventes å bli stående.

Flere lokalpolitikere fra kommunene rundt fjorden har allerede tatt kontakt med fylkesrådet for å be om et møte før budsjettbehandlingen. De mener at nattferjen er viktig for bosettingen i bygdene, og at kuttet rammer dem som har minst alternativ.""",
    },
    "junk-pl-portal": {
        "lang": "pl", "date": "2026-11-08", "author": "Magdalena Wiśniewska",
        "title": "Gdańsk: nowa linia tramwajowa na Morenę otwarta dla pasażerów",
        "dek": "Tramwaje pojadą co siedem minut, a podróż do centrum skróci się o kwadrans",
        "body": """W sobotę rano pierwsi pasażerowie przejechali nową linią tramwajową łączącą Morenę z Wrzeszczem. Trasa ma 4,2 kilometra długości i osiem przystanków.

Budowa trwała niemal trzy lata i kosztowała 410 milionów złotych, z czego większość pochodziła z funduszy unijnych. Inwestycja miała być gotowa już rok temu, ale prace opóźniły się z powodu problemów z przebudową sieci wodociągowej przy ulicy Nowolipie.

– To jedna z najważniejszych inwestycji komunikacyjnych w mieście od lat. Mieszkańcy Moreny czekali na ten tramwaj od dawna – mówił podczas otwarcia zastępca prezydenta miasta Piotr Grabowski.

Według szacunków miasta z nowej linii będzie codziennie korzystać około 20 tysięcy osób. Tramwaje w godzinach szczytu będą kursować co siedem minut, a wieczorem i w weekendy co kwadrans.

Podróż z Moreny do dworca we Wrzeszczu ma trwać około 14 minut. Autobusem w godzinach szczytu zajmowała nawet pół godziny.

Wraz z uruchomieniem tramwaju zmienia się układ linii autobusowych w tej części miasta. Dwie linie zostaną skrócone, a jedna zlikwidowana. Część mieszkańców krytykuje te zmiany.

– Do przystanku tramwajowego mam teraz dziesięć minut pieszo, a autobus miałam pod domem – mówi pani Barbara, emerytka z ulicy Jaśkowa Dolina.

Zarząd Transportu Miejskiego zapowiada, że po trzech miesiącach przeanalizuje liczbę pasażerów i w razie potrzeby przywróci niektóre kursy.

Przez pierwszy tydzień przejazdy nową linią są bezpłatne. Na przystankach dyżurują pracownicy, którzy pomagają pasażerom.

Miasto przypomina, że od poniedziałku na części ulicy Rakoczego obowiązuje nowa organizacja ruchu. Kierowcy muszą liczyć się z tym, że światła na skrzyżowaniach będą dawać pierwszeństwo tramwajom.

Kolejnym etapem ma być przedłużenie linii w stronę Jasienia. Przetarg na projekt ma zostać ogłoszony na początku przyszłego roku.""",
    },
    "junk-fr-regional": {
        "lang": "fr", "date": "2026-11-13", "author": "Yann Le Goff",
        "title": "Quimper : la halle du marché rouvre après deux ans de travaux",
        "dek": "Les commerçants ont retrouvé leurs étals samedi matin, sous une charpente entièrement restaurée",
        "body": """Il y avait foule, samedi matin, devant les portes de la halle Saint-François. Après deux ans de travaux, le marché couvert de Quimper a rouvert ses portes au public, sous une charpente en bois entièrement restaurée.

Fermée en octobre 2024 après la découverte de fissures dans plusieurs poutres, la halle a fait l'objet d'un chantier de 6,8 millions d'euros, financé par la Ville, la Région et l'État.

« On a retrouvé notre maison », sourit Marie-Thérèse Kerbrat, fromagère depuis trente ans. Pendant les travaux, elle vendait sous un chapiteau provisoire installé place Terre-au-Duc. « Ça tenait, mais l'hiver, on avait froid aux pieds, et les clients aussi. »

La halle compte désormais vingt-six étals, contre vingt-deux auparavant. Parmi les nouveaux venus, un torréfacteur de café, une crêperie et un producteur de légumes bio de Pluguffan.

Les architectes ont conservé la forme d'origine du bâtiment, reconstruit dans les années 1970 après un incendie, mais la toiture laisse désormais passer davantage de lumière grâce à de larges verrières.

« Nous voulions que les Quimpérois reconnaissent leur halle, tout en la rendant plus agréable », explique l'architecte Claire Morvan.

Les horaires changent légèrement : la halle sera ouverte du mardi au samedi, de 8 h à 19 h 30, et le dimanche matin jusqu'à 13 h.

Tous les commerçants ne sont pas revenus. Deux d'entre eux ont pris leur retraite pendant les travaux, et un boucher a choisi de rester dans la boutique qu'il avait ouverte entre-temps rue Kéréon.

Une fête d'inauguration, avec musique et dégustations, est prévue le samedi 28 novembre.""",
    },
    "junk-nl-broadcaster": {
        "lang": "nl", "date": "2026-11-05", "author": "Sanne de Vries",
        "title": "Waterschap wil dijk bij Kampen een meter verhogen",
        "dek": "",
        "body": """Het waterschap Drents Overijsselse Delta wil de dijk langs de IJssel bij Kampen over een lengte van zes kilometer ongeveer een meter hoger maken. Dat staat in plannen die het waterschap vandaag heeft gepresenteerd.

De dijk voldoet volgens nieuwe berekeningen niet meer aan de veiligheidsnormen die sinds 2017 gelden. Vooral bij een combinatie van hoog water op de IJssel en een noordwesterstorm op het IJsselmeer kan het water te hoog komen.

"We hebben geen acuut probleem, maar we moeten nu beginnen om over tien jaar klaar te zijn", zegt dijkgraaf Hans Bruins.

Het waterschap kijkt naar drie varianten. In de eerste wordt de dijk aan de landkant breder gemaakt, waarvoor een aantal woningen en schuren zou moeten verdwijnen. In de tweede komt er een damwand in de dijk, zodat die niet breder hoeft te worden. De derde variant combineert beide oplossingen.

Bewoners van de Zwartendijk, waar de huizen dicht tegen de dijk staan, maken zich zorgen. "Mijn opa heeft dit huis gebouwd. Ik wil hier niet weg", zegt Gerrit Mulder.

Volgens het waterschap is nog niets besloten. "We willen eerst met iedereen om tafel", zegt Bruins. Er komen informatieavonden in december en januari.

De kosten worden geschat op 120 tot 180 miljoen euro. Het grootste deel wordt betaald uit het landelijke Hoogwaterbeschermingsprogramma.

Een definitief plan wordt in 2028 verwacht. De werkzaamheden moeten uiterlijk in 2036 klaar zijn.

Tijdens de werkzaamheden blijft het fietspad op de dijk zoveel mogelijk open. Het waterschap zegt dat er per deel van de dijk maximaal twee jaar wordt gewerkt, zodat de overlast voor omwonenden beperkt blijft.

Ook de gemeente Kampen is betrokken bij de plannen, omdat de dijk langs de oude binnenstad loopt. Daar moet de versterking passen bij de historische kademuren.""",
    },
    "junk-jp-daily": {
        "lang": "ja", "date": "2026-11-12", "author": "佐藤 美咲",
        "title": "金沢の老舗和菓子店、創業二百年を前に新工房を開設",
        "dek": "",
        "body": """金沢市の老舗和菓子店「森八堂」が、創業二百年を翌年に控え、市郊外に新しい工房を開設した。手作業の工程を残しながら、生産能力を約二倍に高めるという。

新工房は同市大河端町に建設され、延べ床面積はおよそ千二百平方メートル。これまで市中心部の本店裏で行っていた製造を移し、本店の作業場は見学や体験教室に使う予定だ。

同店は江戸時代後期の創業で、落雁や上生菓子で知られる。近年は観光客の増加に加え、海外からの注文も増えており、旧工房では需要に追いつかない状態が続いていた。

八代目店主の森田健一さん（五十二）は「機械に任せられるところは任せ、職人の手が必要なところに時間を使えるようにした」と話す。餡を炊く工程や生地の計量は自動化したが、花や鳥をかたどる細工は今も職人が一つずつ手で仕上げる。

工房には若手職人の育成のための研修室も設けた。現在、二十代の職人四人が修業中で、森田さんは「技術を伝えるには、作る量も必要だ。忙しい現場でこそ手が覚える」と語る。

一方、原材料の高騰は課題だ。北海道産の小豆や和三盆糖の価格は、この三年で三割以上上がったという。同店は来春、一部商品の値上げを検討している。

新工房では十二月から、予約制で見学を受け付ける。森田さんは「和菓子がどのように作られるのかを、子どもたちにも見てほしい」と話している。

金沢では近年、後継者不足から廃業する菓子店も少なくない。市内の和菓子組合によると、加盟店はこの二十年で約三割減った。組合の担当者は「老舗が新しい設備に投資することは、業界全体にとって明るい話題だ」と話す。

森八堂は創業二百年を記念し、来年春に記念の干菓子を発売する予定だ。デザインは若手職人たちが考案しているという。""",
    },
    "junk-cn-portal": {
        "lang": "zh", "date": "2026-11-17", "author": "王丽",
        "title": "成都启用首批无人驾驶环卫车 夜间清扫主干道",
        "dek": "",
        "body": """记者从成都市城市管理委员会获悉，首批二十台无人驾驶环卫车近日在高新区正式投入使用，主要承担夜间主干道的清扫和洒水作业。

据介绍，这批环卫车配备了激光雷达、摄像头和毫米波雷达，能够自动识别路面垃圾、行人和障碍物，并根据道路情况调整清扫速度。每台车每晚可清扫道路约四十公里，作业时间为晚上十一点至次日凌晨五点。

市城管委相关负责人表示，夜间车流量小，适合无人驾驶车辆作业，同时也能减少环卫工人在夜间路面作业的安全风险。“过去夜间清扫主要依靠人工和有人驾驶的清扫车，工人在车流中作业存在一定危险。”

据了解，无人驾驶环卫车运行期间，后台监控中心有工作人员实时查看车辆状态。一旦出现异常，工作人员可以远程接管车辆，或通知附近的保障人员前往处理。

环卫工人张师傅已经在这条路段工作了十二年。他说，无人车上路后，自己的工作主要变成了白天的精细保洁和设备巡查。“晚上不用再站在马路中间扫地了，家里人也放心。”

不过，也有市民提出，无人车作业时的噪音是否会影响沿街居民休息。对此，相关负责人表示，车辆采用电力驱动，噪音明显低于传统清扫车，并将根据居民反馈调整作业路线。

按照计划，明年成都将把无人驾驶环卫车的使用范围扩大到天府新区等区域，数量增加至一百台左右。

业内人士指出，无人驾驶环卫车的推广仍面临成本较高、复杂路况识别能力有限等问题。目前一台无人驾驶环卫车的价格约为传统清扫车的两倍，但长期来看，人工成本的节省可以部分抵消前期投入。

市城管委表示，将在试运行一年后对作业效果进行评估，并向社会公布相关数据。""",
    },
}
