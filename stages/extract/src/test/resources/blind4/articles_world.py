"""The fifteen articles of the blind-4 set not in English: invented events, written for this set.

Same body format as articles_en.py. Languages: Portuguese (Brazil), Turkish, Hindi, Hebrew, Thai, Catalan, Croatian,
Russian, Slovak, Bulgarian, Lithuanian, Malay, Swahili, Slovenian, Swedish.
"""

ARTICLES = {
    "junk-br-daily": {
        "title": "Prefeitura de Campinas vai plantar 40 mil árvores em bairros mais quentes da cidade",
        "date": "2026-11-11",
        "lang": "pt-BR",
        "author": "Juliana Mendes Farias",
        "dek": "Plano usa mapa de calor feito com satélite e prioriza escolas e pontos de ônibus sem sombra.",
        "body": """
A Prefeitura de Campinas (SP) anunciou nesta quarta-feira (11) um plano para plantar 40 mil árvores até o fim de 2028, com prioridade para os bairros onde a temperatura da superfície chega a ser 8°C maior do que nas áreas mais arborizadas da cidade.

O mapa usado para escolher os locais foi produzido por [pesquisadores da Unicamp](https://www.unicamp.br/unicamp/noticias/2026/09/30/mapa-de-calor-campinas) a partir de imagens de satélite tiradas nos verões de 2024 e 2025. Ele mostra que as regiões do Campo Grande e do Ouro Verde, na zona sudoeste, concentram as ilhas de calor mais intensas, com ruas largas, muito asfalto e poucas copas.

Segundo a secretária do Verde, Renata Albuquerque, as primeiras mudas serão plantadas em frente a escolas municipais, unidades básicas de saúde e pontos de ônibus sem cobertura. "É onde as pessoas ficam paradas no sol, muitas vezes crianças e idosos", disse.

O programa vai custar cerca de R$ 62 milhões, incluindo três anos de manutenção de cada muda, período em que a árvore é mais vulnerável. A prefeitura diz que, em plantios anteriores, quase metade das mudas morreu por falta de rega ou foi arrancada.

Para reduzir as perdas, a cidade vai contratar equipes de rega por bairro e instalar protetores de metal em todas as mudas de calçada. Moradores também poderão "adotar" uma árvore pelo aplicativo da prefeitura e receber avisos quando ela precisar de água.

As espécies foram escolhidas para não quebrar calçadas nem atingir a fiação elétrica. A lista inclui ipês, quaresmeiras, pitangueiras e sibipirunas, todas nativas da região.

O vereador Paulo Tavares (PSOL) elogiou o plano, mas cobrou que as árvores cheguem antes do próximo verão. "Quem mora no Ouro Verde não pode esperar até 2028 para ter sombra", afirmou.

A primeira etapa, com 6.000 mudas, começa em dezembro, no início da estação chuvosa.
""",
    },
    "junk-tr-tv-news": {
        "title": "İzmir'de 120 yıllık tarihi hamam restore edilerek kütüphaneye dönüştürüldü",
        "date": "2026-11-17",
        "lang": "tr",
        "author": "Elif Karaosmanoğlu",
        "dek": "",
        "body": """
İzmir'in Kemeraltı semtinde yaklaşık 120 yıl önce inşa edilen ve 30 yılı aşkın süredir kullanılmayan Yeşilkubbe Hamamı, iki yıl süren restorasyonun ardından halk kütüphanesi olarak kapılarını açtı.

Konak Belediyesi tarafından yürütülen projede, hamamın kubbeleri ve mermer göbek taşı aslına uygun şekilde onarıldı. Sıcaklık bölümü okuma salonuna, soğukluk bölümü ise çocuk kütüphanesine dönüştürüldü. Kubbelerdeki cam fil gözleri yenilenerek salonlara gün ışığı girmesi sağlandı.

Kütüphanede yaklaşık 18 bin kitap bulunuyor. Bunların 3 bini, bölgedeki eski kitapçıların ve sahafların bağışladığı İzmir tarihiyle ilgili eserlerden oluşuyor. Ziyaretçiler ayrıca 40 kişilik çalışma alanından ve ücretsiz internetten yararlanabilecek.

Açılış törenine katılan Konak Belediye Başkanı Serkan Aydınlı, binanın yıllarca kaderine terk edildiğini hatırlattı. "Bu hamam bir zamanlar mahallenin buluşma yeriydi. Şimdi yeniden bir buluşma yeri oluyor, bu kez kitapların etrafında" dedi.

Restorasyon sırasında yapılan kazılarda, hamamın altında daha eski bir yapıya ait su kanalları ve 18. yüzyıla tarihlenen çini parçaları bulundu. Bu buluntuların bir kısmı, zemine yerleştirilen cam paneller aracılığıyla ziyaretçilere sergileniyor.

Projenin toplam maliyetinin 46 milyon lira olduğu, bunun yarısının İzmir Kalkınma Ajansı hibesiyle karşılandığı açıklandı.

Kemeraltı esnafı da kütüphanenin bölgeye canlılık getirmesini umuyor. Hamamın karşısında 40 yıldır kahvehane işleten Mustafa Erdem, "Akşamları bu sokak bomboş kalıyordu. Gençler gelirse herkes kazanır" diye konuştu.

Kütüphane, pazartesi hariç her gün saat 09.00 ile 21.00 arasında açık olacak. Üyelik ücretsiz ve kimlik kartıyla yapılabiliyor. Belediye, hafta sonları çocuklara yönelik masal saatleri ve ücretsiz hat sanatı atölyeleri düzenleneceğini de duyurdu.

Hamamın restorasyonunda görev alan mimar Zeynep Özbilgin ise en zor aşamanın kubbelerdeki nemin kurutulması olduğunu söyledi. Özbilgin, binanın yeni işlevine rağmen tarihi dokusunun korunduğunu ve ziyaretçilerin hamamın eski havasını hâlâ hissedebileceğini belirtti.
""",
    },
    "junk-hi-daily": {
        "title": "जयपुर में पुरानी बावड़ी की सफाई के बाद लौटा पानी, मोहल्ले के लोगों ने खुद उठाया जिम्मा",
        "date": "2026-11-08",
        "lang": "hi",
        "author": "रमेश चंद्र शर्मा",
        "dek": "",
        "body": """
जयपुर के पुराने शहर में करीब 250 साल पुरानी चांदपोल बावड़ी में बीस साल बाद फिर से पानी दिखाई देने लगा है। यह बदलाव किसी सरकारी योजना से नहीं, बल्कि मोहल्ले के लोगों की छह महीने की मेहनत से आया है।

बावड़ी लंबे समय से कचरे और मलबे से भरी हुई थी। आसपास के घरों का गंदा पानी भी इसी में गिरता था। इस साल अप्रैल में मोहल्ले के युवाओं ने एक समिति बनाई और हर रविवार सफाई का काम शुरू किया। समिति के अनुसार अब तक करीब 300 ट्रॉली कचरा और मिट्टी बाहर निकाली जा चुकी है।

समिति के संयोजक अनिल खंडेलवाल ने बताया कि शुरुआत में केवल दस लोग आते थे, लेकिन धीरे-धीरे संख्या दो सौ से ऊपर पहुंच गई। "बुजुर्ग हमें बताते थे कि बचपन में वे यहां से पानी भरकर ले जाते थे। हम चाहते थे कि हमारे बच्चे भी इसे वैसा ही देखें," उन्होंने कहा।

सफाई के दौरान सीढ़ियों पर बनी पत्थर की नक्काशी और दो छोटे मंदिर भी मिले, जो मिट्टी के नीचे दबे हुए थे। पुरातत्व विभाग की एक टीम ने पिछले सप्ताह बावड़ी का निरीक्षण किया और इसके संरक्षण के लिए प्रस्ताव भेजने की बात कही है।

मानसून के बाद बावड़ी में लगभग बारह फीट तक पानी भर गया है। आसपास के तीन हैंडपंपों में भी पानी का स्तर बढ़ा है, जो पिछली गर्मियों में सूख गए थे।

नगर निगम ने अब बावड़ी में गिरने वाली नालियों को मोड़ने का काम शुरू कर दिया है। निगम के अधिशासी अभियंता सुरेश मीणा ने बताया कि यह काम दिसंबर के अंत तक पूरा हो जाएगा।

समिति अब शहर की दूसरी बावड़ियों की सूची बना रही है। उनका कहना है कि अगर लोग साथ दें तो हर मोहल्ले की बावड़ी फिर से जिंदा हो सकती है।
""",
    },
    "junk-he-portal": {
        "title": "לראשונה: רכבת לילה תפעל בין חיפה לבאר שבע בסופי שבוע",
        "date": "2026-11-15",
        "lang": "he",
        "author": "נועה ברגמן",
        "dek": "הפיילוט יתחיל בינואר ויכלול שתי נסיעות בכל כיוון בלילות חמישי ושישי",
        "body": """
רכבת ישראל תפעיל החל מינואר רכבות לילה בין חיפה לבאר שבע בלילות חמישי ושישי, כך הודיע היום (א') משרד התחבורה. מדובר בפיילוט של שישה חודשים, שבסופו ייבחן אם להרחיב את השירות.

לפי התוכנית, בכל לילה יצאו שתי רכבות מכל כיוון, בשעות 00:30 ו-02:30. הרכבות יעצרו בתחנות המרכזיות בלבד, ובהן תל אביב סבידור, תל אביב השלום, לוד ורמלה. זמן הנסיעה המלא צפוי להיות כשעתיים ועשר דקות.

במשרד התחבורה מסבירים כי ההחלטה התקבלה בעקבות בקשות חוזרות של סטודנטים, עובדי משמרות ועובדי מסעדות ובתי חולים, שנאלצים כיום להסתמך על מוניות יקרות או על קווי אוטובוס מעטים בשעות הלילה.

"אלפי אנשים עובדים בלילה ואין להם דרך סבירה לחזור הביתה," אמרה מנכ"לית המשרד, דנה אלמוג. "זה שירות שצריך היה להתחיל כבר מזמן."

ברכבת ישראל ציינו כי בלילות הפעילות יידחו חלק מעבודות התחזוקה המתוכננות על המסילה, וכי יתוגברו צוותי האבטחה בתחנות. מחיר הנסיעה יהיה זהה למחיר הנסיעה ביום.

ארגוני הסטודנטים באוניברסיטת בן גוריון ובטכניון בירכו על ההחלטה. יו"ר אגודת הסטודנטים בבאר שבע, עומר דהן, אמר כי "סטודנטים רבים מהצפון נוסעים הביתה בסופי שבוע, ועד היום נאלצו לבחור בין לצאת מוקדם לבין לוותר על הלימודים."

עם זאת, ועד עובדי הרכבת מסר כי טרם הושג הסכם לגבי תנאי העבודה של הנהגים והפקחים במשמרות הלילה, וכי הוא מצפה להשלים את המשא ומתן לפני תחילת הפיילוט.

לפי נתוני המשרד, אם הפיילוט יצליח, השירות עשוי להתרחב בהמשך גם לקו ירושלים–תל אביב ולימי חול.

בעלי עסקים במרכז תל אביב ובחיפה מסרו כי הם מקווים שהרכבת תקל גם על העובדים שלהם, שרבים מהם גרים מחוץ לעיר ומסיימים את המשמרת אחרי חצות. לדבריהם, בעיית ההסעה בלילה מקשה עליהם לגייס עובדים חדשים.
""",
    },
    "junk-th-portal": {
        "title": "เชียงใหม่เปิดเส้นทางจักรยานรอบคูเมือง ระยะทาง 6 กิโลเมตร",
        "date": "2026-11-20",
        "lang": "th",
        "author": "สุภาวดี วงศ์ใหญ่",
        "dek": "",
        "body": """
เทศบาลนครเชียงใหม่ เปิดใช้เส้นทางจักรยานรอบคูเมืองเชียงใหม่อย่างเป็นทางการ เมื่อวันที่ 20 พฤศจิกายน 2569 โดยมีระยะทางรวมประมาณ 6 กิโลเมตร แยกจากช่องทางรถยนต์ด้วยขอบคอนกรีตตลอดแนว

นายกเทศมนตรีนครเชียงใหม่ กล่าวว่า เส้นทางนี้ใช้งบประมาณกว่า 48 ล้านบาท และใช้เวลาก่อสร้างประมาณ 10 เดือน มีจุดจอดจักรยานสาธารณะ 12 จุด และไฟส่องสว่างตลอดเส้นทาง เพื่อให้ประชาชนและนักท่องเที่ยวใช้งานได้อย่างปลอดภัยทั้งกลางวันและกลางคืน

"เราอยากให้คนเชียงใหม่กลับมาปั่นจักรยานในเมืองเหมือนสมัยก่อน ลดการใช้รถยนต์ และช่วยลดปัญหาฝุ่นควันในช่วงหน้าแล้ง" นายกเทศมนตรีกล่าว

ทั้งนี้ เทศบาลได้ร่วมกับบริษัทเอกชนนำจักรยานให้เช่าจำนวน 300 คัน มาให้บริการตามจุดจอด โดยสามารถเช่าผ่านแอปพลิเคชันในราคาชั่วโมงละ 10 บาท และนักเรียนนักศึกษาสามารถใช้บริการฟรีในช่วงเช้าก่อนเวลา 08.00 น.

ด้านผู้ประกอบการร้านค้ารอบคูเมือง บางส่วนแสดงความกังวลว่า การลดช่องจอดรถยนต์อาจทำให้ลูกค้าลดลง นางสมศรี แก้วมณี เจ้าของร้านกาแฟบริเวณประตูท่าแพ กล่าวว่า ช่วงแรกลูกค้าประจำบ่นเรื่องที่จอดรถ แต่ก็เริ่มเห็นนักท่องเที่ยวที่ปั่นจักรยานแวะเข้าร้านมากขึ้น

เทศบาลระบุว่า จะติดตามผลการใช้งานเป็นเวลา 6 เดือน และมีแผนขยายเส้นทางไปยังถนนนิมมานเหมินท์และมหาวิทยาลัยเชียงใหม่ในปีหน้า หากได้รับการตอบรับที่ดีจากประชาชน

สำหรับผู้ที่ต้องการใช้เส้นทาง สามารถเข้าได้จากทั้ง 5 ประตูเมือง คือ ประตูท่าแพ ประตูช้างเผือก ประตูสวนดอก ประตูเชียงใหม่ และประตูสวนปรุง
""",
    },
    "clean-table-ca": {
        "title": "Girona tindrà quatre noves línies de bus nocturn a partir del gener",
        "date": "2026-11-04",
        "lang": "ca",
        "author": "Marta Puigdemont Serra",
        "dek": "",
        "body": """
L'Ajuntament de Girona posarà en marxa quatre línies de bus nocturn a partir del 8 de gener, que connectaran el centre amb els barris de Santa Eugènia, Montilivi, Sant Narcís i Pont Major les nits de dijous, divendres i dissabte.

El servei, que s'havia reclamat durant anys des dels consells de barri i des de les associacions d'estudiants, funcionarà entre les 23.30 i les 4.30 hores. Tots els autobusos sortiran de la plaça de Catalunya, on es podrà fer transbord entre línies sense pagar un segon bitllet.

La regidora de Mobilitat, Laia Ferrer, va explicar que el nou servei costarà uns 620.000 euros l'any i que es pagarà en part amb el fons europeu per a la mobilitat sostenible. "Volem que ningú s'hagi de quedar a casa perquè no sap com tornarà", va dir.

## Horaris i freqüències

| Línia | Recorregut | Freqüència |
| --- | --- | --- |
| N1 | Plaça de Catalunya - Santa Eugènia | cada 30 minuts |
| N2 | Plaça de Catalunya - Montilivi - Universitat | cada 30 minuts |
| N3 | Plaça de Catalunya - Sant Narcís | cada 40 minuts |
| N4 | Plaça de Catalunya - Pont Major | cada 60 minuts |

## Preus

El bitllet senzill costarà 1,50 euros, el mateix que durant el dia. Els abonaments mensuals i la targeta jove també seran vàlids en les línies nocturnes.

Les parades s'han triat amb criteris de seguretat: totes estaran il·luminades i tindran un botó de trucada d'emergència connectat amb la Policia Municipal. A petició dels usuaris, els conductors podran aturar l'autobús entre dues parades a partir de la mitjanit, com ja passa en altres ciutats europees.

El servei es revisarà al cap de sis mesos. Si la demanda ho justifica, l'Ajuntament estudiarà ampliar-lo a les nits de diumenge i a Sarrià de Ter, amb qui ja ha començat a parlar.

Les associacions veïnals han valorat positivament l'anunci, tot i que la de Pont Major lamenta que la seva línia sigui la que tindrà menys freqüència.
""",
    },
    "junk-hr-portal": {
        "title": "Splitski vatrogasci dobili prvi električni vatrogasni kamion u Hrvatskoj",
        "date": "2026-11-06",
        "lang": "hr",
        "author": "Ivana Matić",
        "dek": "",
        "body": """
Javna vatrogasna postrojba Split od petka ima prvo potpuno električno vatrogasno vozilo u Hrvatskoj, vrijedno 1,1 milijun eura, a novac je osiguran iz fondova Europske unije.

Kamion može prevesti devet vatrogasaca i 3000 litara vode, a baterija mu omogućuje vožnju do 150 kilometara i rad pumpe do četiri sata. Za dulje intervencije ugrađen je mali dizelski agregat koji puni bateriju kada se ona isprazni.

Zapovjednik postrojbe Ante Bilić rekao je da će vozilo prvenstveno služiti za intervencije u staroj gradskoj jezgri i u garažama. "U uskim ulicama Dioklecijanove palače teško je manevrirati velikim kamionima, a ovaj je kraći, okretniji i gotovo nečujan. U zatvorenim garažama nema ispušnih plinova, što je velika prednost za naše ljude", rekao je Bilić.

Vatrogasci su prošli dvotjedni tečaj kod proizvođača u Austriji, a punionica je postavljena u dvorištu vatrogasnog doma na Brodarici. Kamion se do kraja napuni za otprilike dva sata.

Gradonačelnik Splita Tomislav Grgić najavio je da grad planira do 2030. zamijeniti još dva stara vozila, ali da će odluka ovisiti o iskustvima s prvim kamionom. "Ako se pokaže dobro, idemo dalje. Ako ne, barem ćemo znati zašto", rekao je.

Sindikat vatrogasaca pozdravio je nabavu, ali upozorava da postrojbi i dalje nedostaje petnaestak vatrogasaca te da nova oprema ne rješava problem premalog broja ljudi u smjenama, posebno tijekom ljetne sezone požara.

Slična vozila već nekoliko godina koriste vatrogasci u Beču, Amsterdamu i Berlinu. Prema podacima proizvođača, troškovi održavanja električnog kamiona niži su za oko trećinu u odnosu na dizelski model.

Vozilo će javnosti biti predstavljeno u subotu na Rivi, gdje će građani moći razgledati kamion i razgovarati s vatrogascima.
""",
    },
    "clean-explainer-ru": {
        "title": "В Тбилиси запускают бесплатный ночной транспорт для студентов. Как это будет работать?",
        "date": "2026-11-03",
        "lang": "ru",
        "author": "",
        "dek": "",
        "body": """
Мэрия Тбилиси объявила, что с 1 декабря студенты смогут бесплатно пользоваться ночными автобусами и метро, которое в пятницу и субботу будет работать до трех часов ночи. Разбираемся, кто получит право на бесплатный проезд и что изменится для остальных пассажиров.

## Кто сможет ездить бесплатно?

Все студенты государственных и частных вузов Грузии, включая иностранцев, которые учатся в стране по программам обмена. Для этого нужно привязать студенческий билет к транспортной карте через приложение или в кассе метро. Бесплатный проезд будет действовать с 22:00 до 6:00.

## Зачем это нужно?

По данным мэрии, в городе учатся около 150 тысяч студентов, и многие из них работают по вечерам в кафе, барах и службах доставки. Опросы студенческих союзов показали, что почти половина из них хотя бы раз в неделю возвращается домой пешком или на такси, потому что автобусы уже не ходят.

## Что изменится для остальных?

Ночные маршруты станут ходить чаще: на пяти основных линиях интервал сократится с 40 до 20 минут. Цена проезда для остальных пассажиров не изменится и останется один лари. Метро будет открыто дольше только по выходным.

## Сколько это стоит?

Мэрия оценивает расходы примерно в 9 миллионов лари в год. Деньги выделят из городского бюджета, часть расходов, как ожидается, покроют за счет рекламы на транспорте.

## Кто против?

Таксисты и часть городских депутатов от оппозиции. Первые опасаются потерять клиентов, вторые считают, что сначала нужно обновить сами автобусы. «Бесплатная поездка в сломанном автобусе — это не реформа», — заявил депутат горсовета Леван Абашидзе.

## Это навсегда?

Нет, пока решение принято до конца учебного года. Летом мэрия обещает подвести итоги и решить, продлевать ли программу.
""",
    },
    "junk-sk-daily": {
        "title": "Košice otvárajú prvú mestskú knižnicu náradia, požičať si môžete vŕtačku aj rebrík",
        "date": "2026-11-19",
        "lang": "sk",
        "author": "Zuzana Hrivnáková",
        "dek": "Za ročný poplatok desať eur si obyvatelia môžu požičať viac ako 400 nástrojov.",
        "body": """
V Košiciach v sobotu otvoria prvú mestskú knižnicu náradia na Slovensku. Obyvatelia si v nej budú môcť za ročný poplatok desať eur požičať vŕtačky, rebríky, záhradné nožnice, stany či šijacie stroje.

Knižnica vznikla v bývalom sklade pri Mestskej tržnici na Južnej triede. V ponuke bude na začiatku viac ako 400 predmetov, z ktorých približne polovicu darovali samotní obyvatelia mesta počas zbierky na jar. Zvyšok mesto dokúpilo z grantu vo výške 35-tisíc eur.

„Väčšina ľudí použije vŕtačku niekoľko minút za celý život. Nedáva zmysel, aby ju mala každá domácnosť," povedala vedúca projektu Lucia Kováčová. Podľa nej je cieľom ušetriť peniaze aj miesto v bytoch a znížiť množstvo odpadu.

Náradie sa bude požičiavať na sedem dní, pričom výpožičku bude možné raz predĺžiť. Rezervovať sa dá cez webovú stránku knižnice, vyzdvihnúť a vrátiť osobne. Za poškodenie spôsobené bežným používaním členovia platiť nebudú.

Knižnica bude otvorená v stredu a piatok popoludní a v sobotu dopoludnia. Obsluhovať ju budú dvaja zamestnanci a dobrovoľníci z miestneho spolku kutilov, ktorí budú zároveň radiť, ako s náradím pracovať.

Mesto plánuje v knižnici organizovať aj kurzy opráv. Prvý, zameraný na opravu bicyklov, sa uskutoční v decembri.

Podobné knižnice fungujú napríklad vo Viedni, v Berlíne či v Brne. V Brne má takmer tritisíc členov a najčastejšie si ľudia požičiavajú vysávače na čalúnenie a stany.

Primátor Košíc Marek Lukáč uviedol, že ak bude o službu záujem, mesto zváži otvorenie ďalšej pobočky na sídlisku Dargovských hrdinov alebo v Ťahanovciach. Zároveň vyzval obyvateľov, aby do knižnice naďalej darovali náradie, ktoré doma nepotrebujú. Zbierka potrvá do konca roka.
""",
    },
    "junk-bg-daily": {
        "title": "Пловдив затваря Главната за коли и през зимата",
        "date": "2026-11-12",
        "lang": "bg",
        "author": "Десислава Петкова",
        "dek": "",
        "body": """
Общинският съвет в Пловдив реши улиците около Главната да останат затворени за автомобили и през зимните месеци, след като лятната пешеходна зона се оказа по-успешна от очакваното.

Решението беше прието в четвъртък с 38 гласа „за“, 7 „против“ и 4 „въздържал се“. То засяга улиците „Райко Даскалов“, „Иван Вазов“ и част от „Отец Паисий“, които бяха затворени за движение от юни до септември като експеримент.

Според данни на общината, по време на експеримента броят на пешеходците в района се е увеличил с около 30 процента, а оборотът на заведенията и магазините е нараснал средно с 12 процента. Замърсяването на въздуха в централната част е спаднало с една пета.

„Хората гласуваха с краката си. Улиците бяха пълни дори в най-горещите дни“, заяви заместник-кметът по транспорта Стефан Иванов.

Решението не се приема еднозначно от всички. Част от търговците се опасяват, че през зимата, когато хората по-рядко се разхождат, липсата на паркинг ще им отнеме клиенти. Сдружението на търговците в централната част поиска общината да осигури безплатно паркиране в два близки паркинга през първия час.

Общината се съгласи да намали таксата в подземния паркинг на площад „Централен“ наполовина за срок от шест месеца. Доставките до магазините ще се извършват само между 6 и 10 часа сутринта.

Живущите в района ще могат да влизат с автомобил до домовете си със специален пропуск, а линиите на градския транспорт остават без промяна.

Кметът Костадин Димитров каза, че ще бъде направен нов анализ през пролетта. Ако резултатите са добри, пешеходната зона може да бъде разширена и към Капана, където местните сдружения отдавна настояват за това.
""",
    },
    "junk-lt-portal": {
        "title": "Kaune atidaryta pirmoji šalyje savivaldybės „pataisų dirbtuvė“",
        "date": "2026-11-10",
        "lang": "lt",
        "author": "Rūta Jankauskienė",
        "dek": "",
        "body": """
Kauno Šilainių mikrorajone antradienį atidaryta pirmoji Lietuvoje savivaldybės išlaikoma pataisų dirbtuvė, kurioje gyventojai nemokamai galės sutaisyti sugedusius buities prietaisus, drabužius ir dviračius.

Dirbtuvė įrengta buvusios bibliotekos patalpose. Joje dirbs trys meistrai, o savaitgaliais talkins savanoriai. Gyventojai galės ne tik palikti daiktus taisyti, bet ir patys mokytis juos taisyti, naudodamiesi dirbtuvės įrankiais.

Kauno miesto savivaldybės Aplinkosaugos skyriaus vedėja Ieva Paulauskienė sakė, kad projektas kainavo apie 180 tūkst. eurų, iš kurių didžiąją dalį skyrė Europos Sąjungos fondai. „Kasmet kauniečiai išmeta tūkstančius tonų daiktų, kuriuos galima būtų pataisyti. Norime, kad taisyti vėl taptų įprasta“, – teigė ji.

Per bandomąjį laikotarpį vasarą, kai dirbtuvė veikė kartą per savaitę palapinėje prie prekybos centro, buvo sutaisyta daugiau nei 600 daiktų. Dažniausiai žmonės atnešdavo virdulius, lempas, dulkių siurblius ir drabužius su sugedusiais užtrauktukais.

Meistras Vytautas Kazlauskas, 40 metų dirbęs elektronikos remonto dirbtuvėje, sako, kad dauguma gedimų yra paprasti. „Dažnai užtenka pakeisti laidą ar saugiklį. Žmonės tiesiog nežino, kad tai galima padaryti“, – pasakojo jis.

Dirbtuvė veiks nuo antradienio iki šeštadienio. Į ją galima ateiti be registracijos, tačiau didesnių prietaisų taisymą rekomenduojama užsisakyti iš anksto savivaldybės svetainėje. Atsarginės dalys bus parduodamos savikaina.

Savivaldybė planuoja, jei dirbtuvė pasiteisins, kitais metais atidaryti dar dvi tokias vietas Dainavoje ir Aleksote. Sprendimas bus priimtas įvertinus pirmųjų šešių mėnesių rezultatus.

Panašios dirbtuvės jau keletą metų veikia Amsterdame, Vienoje ir Helsinkyje.

Šilainių bendruomenės pirmininkė Danutė Petrauskienė džiaugiasi, kad tuščios bibliotekos patalpos vėl prisipildė žmonių. Pasak jos, dirbtuvė gali tapti ne tik remonto, bet ir susitikimų vieta, ypač vyresnio amžiaus gyventojams, kurie dažnai gyvena vieni. Pirmąją dieną dirbtuvėje apsilankė daugiau nei penkiasdešimt žmonių.
""",
    },
    "junk-my-daily": {
        "title": "Pulau Pinang lancar bas percuma ke sekolah untuk 5,000 murid luar bandar",
        "date": "2026-11-09",
        "lang": "ms",
        "author": "Nurul Aini Kamaruddin",
        "dek": "",
        "body": """
Kerajaan negeri Pulau Pinang akan menyediakan perkhidmatan bas sekolah percuma kepada kira-kira 5,000 murid dari kawasan luar bandar di Seberang Perai Selatan dan Balik Pulau mulai sesi persekolahan tahun depan.

Exco Pendidikan negeri, Datuk Zainal Abidin Hashim, berkata program itu melibatkan peruntukan sebanyak RM8.5 juta setahun dan akan dilaksanakan secara berperingkat bermula Januari.

Menurut beliau, kajian yang dijalankan oleh jabatan pendidikan negeri mendapati ramai murid di kawasan berkenaan terpaksa berjalan kaki lebih tiga kilometer atau menaiki motosikal bersama ibu bapa untuk ke sekolah, terutamanya pada waktu pagi yang gelap.

"Kita tidak mahu ada anak yang ponteng sekolah hanya kerana tiada pengangkutan. Kadar kehadiran di beberapa sekolah luar bandar masih rendah berbanding di bandar," katanya ketika ditemui pemberita selepas majlis pelancaran di Nibong Tebal, hari ini.

Sebanyak 60 buah bas akan disediakan melalui kerjasama dengan pengusaha bas tempatan. Setiap bas akan dilengkapi kamera keselamatan dan sistem pengesanan yang membolehkan ibu bapa mengetahui lokasi bas melalui aplikasi telefon pintar.

Zainal Abidin berkata, keutamaan akan diberikan kepada murid daripada keluarga berpendapatan rendah dan mereka yang tinggal paling jauh dari sekolah. Ibu bapa boleh membuat permohonan melalui sekolah masing-masing sebelum 15 Disember.

Sementara itu, Persatuan Ibu Bapa dan Guru Sekolah Kebangsaan Sungai Bakap menyambut baik langkah itu. Pengerusinya, Rosli Ismail, berkata ramai ibu bapa di kawasan itu bekerja syif di kilang dan sukar menghantar anak ke sekolah setiap hari.

Kerajaan negeri turut merancang untuk memperluaskan program itu ke daerah Seberang Perai Utara pada tahun 2028 sekiranya mendapat sambutan yang baik. Kajian semula akan dibuat selepas enam bulan pertama.
""",
    },
    "junk-tz-daily": {
        "title": "Wavuvi wa Ziwa Victoria waanza kutumia majokofu ya nishati ya jua",
        "date": "2026-11-13",
        "lang": "sw",
        "author": "Grace Mwakalinga",
        "dek": "",
        "body": """
Zaidi ya wavuvi 400 katika mwalo wa Kirumba, jijini Mwanza, wameanza kutumia majokofu yanayotumia nishati ya jua kuhifadhi samaki, hatua inayotarajiwa kupunguza hasara waliyokuwa wakiipata kutokana na samaki kuharibika kabla ya kufika sokoni.

Mradi huo, uliogharimu Sh1.8 bilioni, umefadhiliwa na Halmashauri ya Jiji la Mwanza kwa kushirikiana na shirika lisilo la kiserikali la uvuvi endelevu. Majokofu kumi makubwa yamejengwa karibu na mwalo, na kila moja lina uwezo wa kuhifadhi tani mbili za samaki.

Mwenyekiti wa chama cha wavuvi wa Kirumba, Joseph Masanja, alisema kabla ya mradi huo wavuvi walilazimika kuuza samaki kwa bei ya chini asubuhi ili wasiharibike jua linapopanda. "Sasa tunaweza kusubiri bei nzuri. Mvuvi hana haraka tena," alisema.

Kwa mujibu wa Afisa Uvuvi wa Jiji, Neema Kisanga, takribani asilimia 30 ya samaki waliokuwa wakivuliwa katika eneo hilo walikuwa wakiharibika kabla ya kuuzwa. Alisema lengo ni kupunguza kiwango hicho hadi chini ya asilimia 10 ndani ya mwaka mmoja.

Wavuvi watalipa Sh500 kwa kila kilo ya samaki watakaohifadhi kwa siku moja. Fedha hizo zitatumika kulipia matengenezo na mishahara ya walinzi wawili watakaolinda majokofu usiku.

Hata hivyo, baadhi ya wafanyabiashara wadogo wa samaki, wengi wao wanawake, wameeleza wasiwasi kwamba huenda wavuvi wakubwa wakatumia nafasi yote ya majokofu. Halmashauri imesema itatenga jokofu moja maalumu kwa ajili ya wafanyabiashara wadogo.

Mradi kama huo unatarajiwa kuanzishwa katika mialo ya Igombe na Kayenze mwaka ujao, iwapo matokeo ya Kirumba yataonyesha mafanikio.

Mvuvi Amina Juma, ambaye amefanya kazi mwaloni hapo kwa zaidi ya miaka kumi, alisema kwamba sasa anaweza kuwapeleka watoto wake shuleni bila wasiwasi. "Zamani nilipoteza karibu nusu ya mapato yangu siku za joto kali. Sasa samaki wangu wanabaki salama hadi jioni," alisema.
""",
    },
    "junk-sl-broadcaster": {
        "title": "V Ljubljani prvič skupnostni vrt na strehi parkirne hiše",
        "date": "2026-11-05",
        "lang": "sl",
        "author": "Maja Kos",
        "dek": "Na strehi parkirne hiše za Bežigradom bo prostor za 80 vrtičkov in skupni sadovnjak.",
        "body": """
Mestna občina Ljubljana bo spomladi na strehi parkirne hiše ob Linhartovi cesti uredila prvi skupnostni vrt na strehi v Sloveniji. Na približno 3000 kvadratnih metrih bo prostor za 80 vrtičkov, skupni sadovnjak in učilnico na prostem.

Za projekt je občina namenila 1,4 milijona evrov, del sredstev pa bo prispeval evropski sklad za regionalni razvoj. Streho so morali najprej ojačati, saj mora prenesti težo več kot 40 centimetrov zemlje, ki jo bodo pripeljali z bližnjega gradbišča.

Vodja oddelka za varstvo okolja Nina Zupan je povedala, da je bilo zanimanja za vrtičke v mestu vedno več kot prostora. »Na čakalni listi za mestne vrtičke je več kot 600 ljudi. Streh imamo v mestu veliko, zemlje na tleh pa vse manj,« je dejala.

Vrtički bodo oddani za pet let z letno najemnino 30 evrov, prednost pa bodo imeli prebivalci okoliških blokov brez lastnega vrta. Prijave bodo zbirali od januarja.

Vrt bo namakan z deževnico, ki se bo zbirala v dveh podzemnih rezervoarjih. Na strehi bodo postavili tudi čebelnjak, ki ga bo upravljalo lokalno čebelarsko društvo, in igrišče za otroke.

Strokovnjaki s Biotehniške fakultete, ki so sodelovali pri načrtovanju, opozarjajo, da vrtnarjenje na strehi prinaša posebne izzive. Veter in vročina poleti hitreje izsušita zemljo, zato bodo vrtičkarjem pripravili posebne delavnice.

Parkirna hiša bo med gradnjo ves čas odprta, le najvišje nadstropje bo zaprto do konca marca.

Če se bo projekt obnesel, namerava občina podobne vrtove urediti še na strehah dveh šol in tržnice v Mostah.

Stanovalci okoliških blokov so načrt večinoma sprejeli z navdušenjem, nekateri pa so na javni predstavitvi izrazili skrb zaradi hrupa in dodatnega prometa ob koncih tedna. Občina je obljubila, da bo vrt ponoči zaprt.
""",
    },
    "clean-sv-broadcaster": {
        "title": "Nya regler för eldning i Jämtland – det här gäller från december",
        "date": "2026-11-18",
        "lang": "sv",
        "author": "Anna-Karin Lindqvist",
        "dek": "",
        "body": """
Från den 1 december skärps reglerna för eldning i vedpannor och kaminer i tätorterna i Östersunds kommun. Bakgrunden är höga halter av partiklar i luften under kalla vinterdagar.

Kommunens mätningar visar att gränsvärdet för partiklar överskreds på elva dagar förra vintern, nästan alltid under kalla och vindstilla morgnar när många eldade samtidigt.

## Vad ändras?

- Vedpannor utan ackumulatortank får inte längre användas inom detaljplanerat område.
- Öppna spisar och kaminer får användas för trivseleldning, men inte när kommunen har gått ut med eldningsvarning.
- Den som eldar måste använda torr ved med en fukthalt under 20 procent.

## Vad är en eldningsvarning?

Kommunen kommer att skicka ut varningar via sin webbplats, sms och lokalradion när prognosen visar risk för höga partikelhalter. Varningen gäller oftast från kvällen före till lunch dagen efter. Under den tiden ska man undvika att elda om man har annan uppvärmning.

## Hur många berörs?

Enligt kommunen finns cirka 900 vedpannor inom tätorterna, och ungefär 200 av dem saknar ackumulatortank. Ägarna till dessa har fått brev under hösten.

– Vi vet att det här är en stor förändring för en del hushåll, och därför finns det en övergångstid och ett bidrag, säger miljöinspektör Erik Holmgren.

## Vilket stöd finns?

Den som byter ut en gammal vedpanna mot en ny panna med ackumulatortank, en pelletspanna eller en värmepump kan få upp till 15 000 kronor i bidrag från kommunen. Ansökan ska vara inne senast den 30 juni 2027.

## Vad händer om man inte följer reglerna?

Kommunen kommer främst att informera och ge råd. Den som fortsätter att elda i en otillåten panna kan dock få ett föreläggande, och i sista hand ett vite.
""",
    },
}
