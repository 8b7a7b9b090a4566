"""Blind set 2, articles B: more furniture-heavy pages, five of them not in English. Format as in articles_a.py."""

ARTICLES = {
    "junk-drupal-radio": dict(
        lang="en", title="Beekeepers say a warm December is confusing their hives",
        dek="Colonies that should be clustered for winter are flying and burning through their stores",
        author="Nora Lindqvist", date="2026-12-04",
        body="""
On a hillside farm outside Ashford, beekeeper Tom Halvorsen lifts the lid of a hive on a December afternoon and bees pour out into sunshine that feels more like April.

"They shouldn't be doing this," he says. "By now they should be in a tight ball around the queen, barely moving, living off the honey they stored in the fall."

Temperatures across the region have run about nine degrees above normal for three weeks. Halvorsen, who keeps 60 hives, says his bees are flying on most afternoons, looking for flowers that are not there.

Every flight burns energy. A colony that stays active in December can eat through its winter stores weeks early, and then starve in February when it is too cold to fly. Halvorsen has started weighing his hives by tipping them with a luggage scale.

"Some of them have lost eight pounds in a month. That's a lot of honey," he says.

State apiarist Dr. Carmen Ruiz says she has heard the same from beekeepers in every county. Her office is advising them to check the weight of their hives every two weeks and to add fondant, a solid sugar feed, to any that feel light.

"It's not a disaster yet," Ruiz says. "But the warm spells are getting longer, and bees evolved for a winter that stays winter."

Some beekeepers are also seeing queens begin to lay eggs, which normally happens in late January. Brood raises the colony's need for food and warmth just as stores are running down.

Halvorsen says he lost a quarter of his hives two winters ago, the last time December was this mild. This year he has bought 200 pounds of fondant, and he hopes it is enough.
"""),
    "junk-arab-english": dict(
        lang="en", title="Dubai metro extends Friday hours for winter festival, drawing praise and queues",
        dek="Stations near the festival grounds saw waiting times of up to forty minutes on the first night",
        author="Rania Haddad", date="2026-12-05", dateline="DUBAI:",
        body="""
The Dubai Metro will run until 3 a.m. on Fridays and Saturdays for the six weeks of the city's winter festival, the Roads and Transport Authority announced, after the first weekend saw long queues at stations near the festival grounds.

The authority said the extended hours would apply to both the Red and Green lines and that trains would run every four minutes after midnight, instead of every seven.

Photos and videos shared on social media on Friday night showed crowds filling the platforms at two stations, with some visitors saying they waited up to forty minutes to board a train back to the city centre.

Many users welcomed the quick response. One resident wrote that the queue had been "worth it for the fireworks", while another asked for more staff at ticket machines.

The festival, now in its fourth year, is expected to draw about 2.5 million visitors over six weeks, according to organisers. It includes a night market, concerts on a floating stage and a drone show every evening at 9 p.m.

An RTA official said the authority would also add 60 buses on shuttle routes from the festival to the nearest metro stations and to the main parking areas, and that taxis would have a dedicated rank at the southern gate.

Visitors are advised to top up their travel cards before arriving, as the ticket machines at the busiest stations were the main cause of delays on the first night, the official said.

The authority said ridership on Friday reached 410,000 journeys, the highest for a single day this year.
"""),
    "junk-restaurant-review": dict(
        lang="en", title="Review: At Ferro, the pasta is the point and the bread is a close second",
        dek="A small room on Calder Street serves four pastas a night and sells out by nine",
        author="Julia Brennan", date="2026-11-18",
        body="""
Ferro has twenty-eight seats, one oven and a chalkboard with four pastas on it. By nine o'clock on a Thursday, two of them had been wiped off.

The restaurant opened in September in the space that was a shoe repair shop for forty years, and the owners have kept the counter, the tiled floor and a row of wooden lasts on a high shelf. Chef Paolo Greco makes the pasta in the front window in the afternoon, and people stop on the sidewalk to watch.

Start with the bread. It is a sourdough with a dark, blistered crust, served warm with butter whipped with a little anchovy. It costs $6 and it is the best thing under $10 in the neighborhood.

The pastas change daily. On my first visit, the tagliatelle came with a ragù of pork and beef cooked for most of a day, and it was rich without being heavy. A plate of cappellacci filled with squash and brown butter was sweeter than I like, but my guest finished it and then finished mine.

The best dish on either visit was the simplest: spaghetti with clams, garlic, chili and a great deal of parsley, the sauce thick with the starch of the pasta water. It was gone from the board on the second night before we ordered.

Desserts are limited to a ricotta tart and a scoop of gelato from a shop two doors down. Both are fine. The wine list is short, Italian and fairly priced, with most bottles under $50.

Ferro takes no reservations. Go early, or go late and hope.
"""),
    "junk-se-tabloid": dict(
        lang="sv", title="Färjan fastnade i isen – 140 passagerare fick vänta i sju timmar",
        dek="Isbrytaren kom fram först vid midnatt. ”Barnen sov på golvet i caféet”",
        author="Linnea Berg", date="2026-12-03",
        body="""
Färjan mellan fastlandet och ön Norrskär fastnade i packisen strax efter klockan fem på tisdagseftermiddagen. Först vid midnatt kunde den fortsätta mot hamnen, sedan en isbrytare banat väg.

Ombord fanns 140 passagerare, bland dem ett trettiotal skolbarn som var på väg hem efter en idrottsdag i stan.

– Barnen sov på golvet i caféet till slut. Personalen delade ut filtar och korv med bröd, berättar Maria Öhman, som reste med sina två döttrar.

Enligt rederiet hade isen packats ihop av den kraftiga nordvästliga vinden under dagen. Färjan, som är byggd för att klara tunn is, kom inte loss för egen maskin.

– Vi gjorde bedömningen att det var säkrast att ligga still och vänta på hjälp i stället för att försöka ta oss igenom, säger rederiets driftchef Anders Lund.

Isbrytaren låg vid det tillfället i en annan del av skärgården och behövde nästan fem timmar för att ta sig fram.

Ingen passagerare skadades. En äldre man kände sig dålig under kvällen men kunde enligt rederiet tas om hand av personalen ombord.

Flera av resenärerna är kritiska till att turen alls gick.

– Alla på ön visste att isen låg tjock vid sundet. Varför chansade de? säger Per-Erik Sandström, som bott på Norrskär i hela sitt liv.

Rederiet säger att turen gick enligt gällande rutiner men att händelsen ska utredas. Från och med onsdag körs färjan bara i dagsljus, och isbrytaren ska ligga i beredskap vid sundet resten av veckan.

Trafikverket har fått in en avvikelserapport och säger att man ska gå igenom den tillsammans med rederiet.
"""),
    "junk-tr-portal": dict(
        lang="tr", title="İzmir'de tarihi çarşıya gece pazarı geliyor",
        dek="Belediye, kış aylarında cuma ve cumartesi akşamları tezgâhların gece yarısına kadar açık kalmasına izin verdi",
        author="Elif Karaca", date="2026-11-24",
        body="""
İzmir'in tarihi çarşısında aralık ayından itibaren cuma ve cumartesi akşamları gece pazarı kurulacak. Belediye meclisinin dün akşamki toplantısında kabul edilen karara göre tezgâhlar gece yarısına kadar açık kalabilecek.

Uygulama, çarşı esnafının iki yıldır dile getirdiği bir talebe yanıt veriyor. Esnaf, kış aylarında turist sayısının düştüğünü ve dükkânların saat yedide kapanmasının satışları olumsuz etkilediğini söylüyordu.

Gece pazarında yalnızca çarşıda dükkânı olan esnaf tezgâh açabilecek. Belediye, her cuma ve cumartesi için 120 tezgâhlık yer ayıracak ve sokak yemeği satıcıları için ayrı bir alan belirleyecek.

Çarşı Esnaf Derneği Başkanı Mehmet Yıldırım, kararın "çarşıya yeniden hayat vereceğini" söyledi. Yıldırım, "Akşam işten çıkan insanlar da alışveriş yapabilecek. Biz bunu yıllardır bekliyorduk" dedi.

Kararın güvenlik ve temizlik boyutu da meclis toplantısında tartışıldı. Belediye, gece boyunca çarşıda 30 zabıta görevlisi bulunduracağını ve temizlik ekiplerinin sabah altıya kadar çalışacağını açıkladı.

Bazı mahalle sakinleri ise gürültüden endişeli. Çarşının hemen arkasındaki sokakta oturan emekli öğretmen Ayşe Demir, "Zaten yazın uyuyamıyoruz. Kışın da aynı şey olursa ne yapacağız?" diye sordu.

Belediye yetkilileri, müzik yayınına saat onda son verileceğini ve şikâyetlerin bir ay boyunca takip edileceğini belirtti.

Gece pazarının ilk kez 5 Aralık cuma akşamı kurulması planlanıyor. Uygulama mart ayının sonunda değerlendirilecek.

Benzer uygulamalar daha önce başka şehirlerde de denenmişti. Gaziantep'te iki yıl önce başlatılan gece çarşısı, ilk yılında ziyaretçi sayısını yüzde kırk artırmış, ancak park sorunu nedeniyle ikinci yılında saatler kısaltılmıştı.

İzmir'de de otopark konusu gündemde. Belediye, gece pazarının kurulduğu günlerde yakındaki iki katlı otoparkın gece yarısına kadar ücretsiz olacağını, ayrıca metro ve vapur seferlerinin cuma ve cumartesi akşamları bir saat uzatılacağını duyurdu.

Esnaf derneği, ilk haftalarda ziyaretçilerin tepkisini ölçmek için bir anket yapacağını ve sonuçları belediyeyle paylaşacağını söyledi.
"""),
    "junk-gr-daily": dict(
        lang="el", title="Νέα ακτοπλοϊκή γραμμή συνδέει τρία μικρά νησιά των Κυκλάδων όλο τον χειμώνα",
        dek="Το πλοίο θα κάνει τέσσερα δρομολόγια την εβδομάδα με επιδότηση από το υπουργείο",
        author="Νίκος Παπαδάκης", date="2026-11-11",
        body="""
Για πρώτη φορά μετά από δέκα χρόνια, τρία μικρά νησιά των Κυκλάδων θα έχουν τακτική ακτοπλοϊκή σύνδεση μεταξύ τους και τους χειμερινούς μήνες. Η νέα γραμμή ξεκινά τη Δευτέρα και θα λειτουργεί έως τα τέλη Απριλίου.

Το πλοίο, χωρητικότητας 180 επιβατών και 20 οχημάτων, θα εκτελεί τέσσερα δρομολόγια την εβδομάδα. Το κόστος καλύπτεται κατά το μεγαλύτερο μέρος από επιδότηση του υπουργείου Ναυτιλίας, ύψους 1,2 εκατομμυρίων ευρώ.

Μέχρι σήμερα, οι κάτοικοι των νησιών έπρεπε να περάσουν από τον Πειραιά ή από μεγαλύτερο νησί για να πάνε στο γειτονικό, ταξίδι που διαρκούσε έως και δύο ημέρες.

«Για να δει η μητέρα μου τον γιατρό στο διπλανό νησί, έπρεπε να κλείσουμε δωμάτιο σε ξενοδοχείο», λέει η Ελένη Μαυρογιάννη, εκπαιδευτικός στο δημοτικό σχολείο του νησιού. «Τώρα θα πηγαίνουμε το πρωί και θα γυρίζουμε το απόγευμα».

Ο δήμαρχος του μεγαλύτερου από τα τρία νησιά, Γιώργος Κουτσούκος, χαρακτήρισε τη γραμμή «ζήτημα επιβίωσης» για τις μικρές κοινότητες. Όπως είπε, τρεις οικογένειες με παιδιά είχαν φύγει από το νησί τον περασμένο χειμώνα λόγω της απομόνωσης.

Η εταιρεία που ανέλαβε τη γραμμή επισήμανε ότι τα δρομολόγια μπορεί να ακυρώνονται όταν οι άνεμοι ξεπερνούν τα οκτώ μποφόρ, κάτι που συμβαίνει συχνά τον Ιανουάριο και τον Φεβρουάριο.

Οι τιμές των εισιτηρίων θα είναι ίδιες με εκείνες του καλοκαιριού, ενώ οι μόνιμοι κάτοικοι θα έχουν έκπτωση 50%.

Το υπουργείο εξετάζει να επεκτείνει το πρόγραμμα και σε άλλες ομάδες νησιών από τον επόμενο χειμώνα.

Στο λιμάνι του μικρότερου νησιού, όπου το πλοίο θα δένει κάθε Δευτέρα και Πέμπτη, γίνονται ήδη εργασίες για την επισκευή του κρηπιδώματος, που είχε υποστεί ζημιές σε κακοκαιρία πριν από δύο χρόνια. Η λιμενική αρχή εκτιμά ότι θα ολοκληρωθούν πριν από τα Χριστούγεννα.

Οι κάτοικοι ζητούν επίσης να υπάρξει σύνδεση με το δρομολόγιο του Πειραιά την ίδια ημέρα, ώστε όσοι ταξιδεύουν για την Αθήνα να μην χρειάζεται να διανυκτερεύουν σε άλλο νησί.
"""),
    "junk-ro-news": dict(
        lang="ro", title="Cluj: primul parc de biciclete electrice în comun din Transilvania a depășit 100.000 de curse",
        dek="Primăria vrea să dubleze numărul stațiilor până în vară",
        author="Andrei Mureșan", date="2026-11-30",
        body="""
Sistemul de biciclete electrice în comun lansat de Primăria Cluj-Napoca în aprilie a depășit pragul de 100.000 de curse, au anunțat luni reprezentanții municipalității. Cifra a fost atinsă cu aproape trei luni mai devreme decât estimaseră organizatorii.

În prezent, sistemul are 400 de biciclete și 46 de stații, cele mai multe în centru și în cartierele Mărăști și Gheorgheni. O cursă medie durează 14 minute, iar cele mai aglomerate ore sunt între 7:30 și 9:00 dimineața.

Viceprimarul Ioana Sălăjan a declarat că primăria vrea să dubleze numărul stațiilor până în vara anului viitor și să extindă rețeaua în Mănăștur și în zona de sud a orașului. „Oamenii au arătat că folosesc bicicleta pentru drumul la serviciu, nu doar la plimbare", a spus aceasta.

Un abonament lunar costă 25 de lei, iar studenții plătesc jumătate. Abonații pot folosi o bicicletă până la 45 de minute fără cost suplimentar.

Nu toți clujenii sunt mulțumiți. Asociațiile de bicicliști spun că pistele nu țin pasul cu numărul tot mai mare de utilizatori și că multe se termină brusc, la intersecții aglomerate.

„Am cerut de mai multe ori o pistă continuă pe strada Dorobanților. Acum este și mai urgent", a declarat Radu Pop, reprezentantul unei asociații locale.

Primăria a răspuns că are în proiectare 12 kilometri de piste noi, dintre care primii patru ar urma să fie gata în 2027.

Operatorul sistemului a mai anunțat că, în lunile de iarnă, bicicletele vor rămâne disponibile, dar stațiile din parcuri vor fi închise între decembrie și februarie.
"""),
    "junk-at-review": dict(
        lang="de", title="„Die Brücke von Steyr“: Ein stilles Drama über eine Stadt, die auf den Abriss wartet",
        dek="Regisseurin Katharina Aigner erzählt in ihrem zweiten Spielfilm vom letzten Sommer einer alten Eisenbrücke",
        author="Florian Wimmer", date="2026-11-27",
        body="""
Die Brücke steht noch, aber sie hat keine Zukunft mehr. Im Herbst soll sie abgerissen werden, und über den Sommer, den Katharina Aigners zweiter Spielfilm erzählt, liegt deshalb eine leise Wehmut, die nie ins Sentimentale kippt.

Im Mittelpunkt steht die pensionierte Brückenwärterin Hermine, gespielt von Brigitte Haslinger, die jeden Morgen die Geländer kontrolliert, obwohl niemand mehr sie darum bittet. Um sie herum kreisen ein Bauingenieur aus Wien, der den Abriss vorbereiten soll, eine Gruppe Jugendlicher, die von der Brücke in den Fluss springt, und ein Wirt, der auf die Umfahrung hofft.

Aigner lässt sich Zeit. Viele Einstellungen dauern eine Minute und länger, und manche Szenen bestehen nur aus dem Geräusch des Wassers und dem Klappern der Bohlen. Wer Tempo sucht, wird es hier nicht finden.

Was der Film dafür bietet, ist ein genauer Blick auf eine Kleinstadt, in der jede Veränderung zugleich Hoffnung und Verlust bedeutet. Die Jugendlichen freuen sich auf die neue Brücke mit Radweg, die Älteren trauern um den Ort, an dem sie sich einst kennengelernt haben.

Haslinger trägt den Film mit großer Ruhe. Ein einziger Moment, in dem Hermine dem Ingenieur ihre alten Dienstbücher zeigt, sagt mehr über ein Leben im Dienst als jede Erklärung.

Schwächer ist der Nebenstrang um den Wirt, der zu sehr nach Drehbuch klingt. Und die Musik, ein sparsames Akkordeon, wird im letzten Drittel etwas zu oft eingesetzt.

Dennoch: „Die Brücke von Steyr“ ist einer der schönsten österreichischen Filme des Jahres, ein Film über das Abschiednehmen, der ohne große Gesten auskommt.

Ab Freitag im Kino.
"""),
}
