"""Article texts of the blind set's clean pages: little or no junk, but content that must stay (lists, Q&A,
live-blog entries, block quotes, tables, short lines, prose that sounds like furniture). Invented events, written
for this set; the project's own data. Block syntax as in articles_junk.py."""

HEAT_EXPLAINER = dict(
    title="Heat emergency: what we know about the cooling centers, and what to do if you lose power",
    author="Carla Benavides", date="2026-07-14", lang="en",
    text="""
The county declared a heat emergency on Monday as forecasters warned that temperatures could top 110 degrees for at least four days. Here is what we know so far.

## What the emergency means

The declaration lets the county open cooling centers around the clock, waive fees at public pools and ask utilities to suspend shutoffs for unpaid bills.

It also allows the county to move staff from other departments to help with wellness checks on older residents who live alone.

## Where the cooling centers are

Six centers are open 24 hours a day until at least Friday:

- Fairview Community Center, 2100 Fairview Road
- Eastside Library, 415 Alameda Street
- Veterans Memorial Hall, 88 Grant Avenue
- Mesa Verde Recreation Center, 1300 Mesa Drive
- St. Brendan's Parish Hall, 720 Oak Street
- The county fairgrounds' exhibit hall, Gate 3

Pets on a leash or in a carrier are welcome at all six.

## If you lose power

Utility officials say outages are likely if demand stays at record levels. If your power goes out:

1. Report it to the utility online or by phone; do not assume a neighbor has.
2. Move to the lowest, coolest room of your home and close the blinds.
3. Drink water every 15 to 20 minutes, even if you are not thirsty.
4. If the indoor temperature passes 90 degrees, go to a cooling center. Call 211 for a free ride.

## Who is most at risk

Doctors say the people most likely to become seriously ill are adults over 65, young children, people who work outdoors and people with heart or lung disease. Some medications, including certain blood pressure drugs, make it harder for the body to cool down.

Signs of heat stroke include confusion, a body temperature above 103 degrees and hot, dry skin. It is a medical emergency. Call 911.

Read more about the warning signs on the county health department's website, which also lists the cooling centers' hours in Spanish and Vietnamese.
""")

LUTHIER_QA = dict(
    title="“A guitar tells you when it’s finished”: a conversation with luthier Ida Marrow",
    author="Simon Achterberg", date="2026-05-02", lang="en",
    text="""
Ida Marrow builds about eleven guitars a year in a converted dairy barn outside Hadley. Her instruments have a waiting list of four years. We spoke in her workshop, between coats of varnish.

How did you start?

By breaking one. I was seventeen and I sat on my brother's guitar. I couldn't afford to have it fixed, so I fixed it myself. Badly.

And then?

Then I fixed it again, less badly. A man at a music shop saw it and asked who had done the repair. He gave me a job sweeping the floor.

Do you still play?

Not well.

Why not?

Because I listen to the guitar instead of the song. Every time I play I hear something I want to change, and then I stop playing and start thinking. It is a terrible habit for a musician and a very good one for a builder.

What wood do you prefer?

Whatever the guitar wants. People ask for rosewood because they've read about it. But a good piece of maple can sound better than a mediocre piece of anything exotic. I choose the wood after I've met the player.

You meet every customer?

Yes. Always. I watch how they hold a guitar, how hard they play, what they play. A flatpicker and someone who plays with their thumb need different instruments.

How do you know when a guitar is finished?

It tells you. That sounds mystical, but it isn't. You tap the top, you listen, you shave a little, you tap again. At some point it stops changing. Then you stop.

Is there a guitar you regret selling?

One. Number forty-two. It went to a man in Oregon. I think about it every year.

Would you ask for it back?

No. It's his now.

What comes next?

More of the same, slower. My hands are fine, but I want to take on an apprentice. It took me thirty years to learn this. I would like it to take someone else twenty.
""")

STORM_LIVE = dict(
    title="Storm Ferelith live: trains cancelled and thousands without power as gusts reach 90mph",
    author="Live team", date="2026-01-09", lang="en",
    text="""
Storm Ferelith is bringing gusts of up to 90mph to western coasts, with red warnings in place until 18:00. Follow the latest below.

## 14:52

The Harbour Bridge has now reopened to cars, but remains closed to high-sided vehicles.

## 14:31

Power cut.

That's all the message from one reader in Porthallow said. About 41,000 homes are now without electricity across the region, according to the network operator, which says engineers cannot go up poles until the wind drops.

## 14:10

Share your photos with us. We have had dozens of pictures from readers of waves over the sea wall in Kilbrannan, and we'll publish a selection later this afternoon. Please do not put yourself in danger to take them.

## 13:48

All trains between Carrow and the coast are cancelled for the rest of the day. The rail operator says tickets will be accepted tomorrow and on Monday.

Ferry services to the islands were suspended this morning and will not resume before tomorrow lunchtime at the earliest. The operator says passengers booked on cancelled sailings can change their tickets free of charge.

## 13:22

The Met Office says the strongest gust so far was 91mph at Fennick Point just after 13:00.

## 13:05

A reader in Kilbrannan has sent us this message: "Our whole street has lost its roof tiles. The noise is unbelievable. We are staying in the back room away from the windows." Emergency services are urging people to stay indoors unless their journey is essential.

## 12:55

Schools.

About 120 schools have closed early, most of them in coastal areas. Parents are being asked to check their school's website or text alerts rather than phone the council.

## 12:30

A tree has come down across the A497 near Glasfryn. Police say nobody was hurt, but the road will be closed for several hours.

## 12:05

Good afternoon. The red warning came into force at noon, and the wind has picked up sharply in the past half hour. We'll bring you updates through the afternoon.
""")

VERFASSUNG_ZITATE = dict(
    title="Streit um das Lobbyregister: Was die Sachverständigen im Ausschuss sagten",
    author="Friederike Lang", date="2026-05-20", lang="de",
    text="""
Die geplante Verschärfung des Lobbyregisters hat im Rechtsausschuss des Bundestages eine lebhafte Debatte ausgelöst. Acht Sachverständige waren am Mittwoch geladen, um den Gesetzentwurf der Koalition zu bewerten. Ihre Urteile gingen weit auseinander.

## Mehr Transparenz oder mehr Bürokratie?

Der Entwurf sieht vor, dass künftig jeder Kontakt von Interessenvertretern mit Abgeordneten und Ministerien offengelegt werden muss, der mit einem konkreten Gesetzesvorhaben zusammenhängt. Bisher müssen sich Lobbyisten nur registrieren, einzelne Treffen bleiben unsichtbar.

Die Verwaltungsrechtlerin Professorin Hanna Deubel von der Universität Göttingen begrüßte das Vorhaben ausdrücklich:

> Transparenz ist kein Misstrauensvotum gegen die Politik. Sie ist die Voraussetzung dafür, dass Bürgerinnen und Bürger Entscheidungen nachvollziehen können, die in ihrem Namen getroffen werden.

Ganz anders sah es der Vertreter eines Wirtschaftsverbandes, Thomas Reiners. Er warnte vor einem erheblichen Aufwand gerade für kleine Verbände und Vereine:

> Ein Sportverein, der mit seiner Abgeordneten über die Förderung des Ehrenamts spricht, wird künftig behandelt wie ein internationaler Konzern. Das kann nicht gewollt sein.

## Die Frage der Ausnahmen

Mehrere Sachverständige schlugen deshalb eine Bagatellgrenze vor. Kontakte von Organisationen mit weniger als zehn Beschäftigten oder mit einem Jahresbudget unter einer Million Euro sollten ausgenommen werden.

Der Politikwissenschaftler Dr. Emre Yıldız hielt davon wenig. Gerade über kleine, scheinbar unabhängige Vereine werde häufig Einfluss genommen, sagte er. Eine Ausnahme lade dazu ein, Lobbyarbeit in solche Strukturen auszulagern.

Auch der ehemalige Bundestagsabgeordnete Karl-Heinz Möller, der heute einen Verein für Demokratiebildung leitet, warnte vor zu vielen Ausnahmen. Er erinnerte daran, dass das bestehende Register bereits nach wenigen Jahren nachgebessert werden musste, weil sich große Teile der Interessenvertretung seiner Logik entzogen hätten.

> Jede Lücke, die wir heute lassen, wird in fünf Jahren zum Normalfall. Das haben wir beim ersten Register erlebt.

## Wie es weitergeht

Die Koalition will den Entwurf nach der Sommerpause verabschieden. Ob sie die Anregungen aus der Anhörung aufnimmt, ist offen. Der Berichterstatter der größten Fraktion kündigte an, man werde „jeden Vorschlag sorgfältig prüfen".

Die Opposition kritisierte, das Gesetz komme zu spät. Es gehe nun darum, es nicht weiter zu verwässern.
""")

BRNO_ROZPOCET = dict(
    title="Brno schválilo rozpočet na rok 2027: nejvíc peněz půjde do dopravy a škol",
    author="Tereza Dvořáková", date="2026-12-04", lang="cs",
    text="""
Zastupitelstvo města Brna ve čtvrtek schválilo rozpočet na příští rok. Město počítá s příjmy ve výši 18,9 miliardy korun a s výdaji 20,4 miliardy korun. Schodek ve výši zhruba 1,5 miliardy pokryje z úspor z minulých let a z úvěru.

Pro rozpočet hlasovalo 34 z 55 zastupitelů. Opozice kritizovala především výši schodku a zpoždění některých velkých investic.

Největší část výdajů půjde podle schváleného návrhu do dopravy. Město chce pokračovat v přípravě nového hlavního nádraží a v rekonstrukci tramvajových tratí.

## Hlavní kapitoly výdajů

| Kapitola | 2026 (mil. Kč) | 2027 (mil. Kč) |
| Doprava | 5 210 | 5 640 |
| Školství | 2 980 | 3 310 |
| Sociální péče | 1 420 | 1 510 |
| Životní prostředí | 960 | 1 040 |
| Kultura | 890 | 870 |
| Bezpečnost | 760 | 790 |

Výdaje na kulturu jako jediné meziročně klesají. Náměstek primátorky pro kulturu Jan Hořava to vysvětlil tím, že v letošním roce skončila velká rekonstrukce divadla.

Rozpočet počítá také s rezervou ve výši 300 milionů korun na nečekané výdaje, například na opravy po povodních nebo na růst cen energií. Loni město z podobné rezervy uhradilo mimo jiné opravu mostu v Komárově, který musel být kvůli havarijnímu stavu na několik měsíců uzavřen.

Opozice navrhla přesunout 200 milionů korun z dopravy na opravy bytových domů v majetku města, s návrhem ale neuspěla. Podle náměstka pro bydlení se na byty pamatuje v samostatném fondu, do kterého město letos vloží o čtvrtinu více než loni.

Do školství chce město investovat hlavně do nových tříd v rychle rostoucích čtvrtích na jihu města. V příštím roce má začít stavba dvou mateřských škol a přístavba základní školy v Líšni.

„Je to rozpočet, který myslí na rodiny s dětmi a na každodenní cestování po městě,“ řekla primátorka Lenka Machová. Podle opozičního zastupitele Petra Šimka je ale rozpočet příliš optimistický v odhadu daňových příjmů.

Město letos poprvé zveřejnilo rozpočet také v podobě interaktivní mapy, na které si lidé mohou prohlédnout investice ve své čtvrti.
""")

PHRASES_TECH = dict(
    title="Why a photo-sharing startup lets you sign up without an email address",
    author="Marcus Thelen", date="2026-06-11", lang="en",
    text="""
Most apps ask for your email address before anything else. Glimmer, a small photo-sharing app from a six-person startup in Leeds, does not. You sign up with a username and a passphrase, and that is it.

"Sign up should take ten seconds," said co-founder Amara Nwosu. "Every field you add loses you people. And every email address you store is one more thing that can leak."

The app has grown to about 90,000 users since launching in January, mostly by word of mouth. It lets people share photos with small groups of friends rather than the public, and it deletes every photo after 30 days unless someone pins it.

Share prices of the big social networks have been volatile this year, and investors have started to look at smaller apps that promise to collect less data. Glimmer raised £2.5 million in March from two London funds.

The lack of email does create problems. If you forget your passphrase, there is no reset link. Nwosu says the company prints a recovery code on the screen at sign-up and asks users to write it down or take a photo of it.

"People do lose them," she said. "Support is the hardest part of the job. We answer every message, but sometimes all we can say is sorry."

Related apps have tried similar ideas. A messaging app that launched in 2023 without phone numbers shut down last year after it struggled to stop spam accounts. Glimmer limits new accounts to five groups in their first week and says it has seen little abuse so far.

Glimmer's founders met at university, where they built a photo app for their rowing club. It had no sign-up at all: the club shared a single password. When the club grew to 200 members, the password leaked to a rival club, which is how they learned their first lesson about security.

Comments from users in app store reviews are mostly positive, though some ask for a desktop version. That is next, Nwosu said, along with a paid tier for families.

Read more, scroll less, is the company's slogan. It is printed on the office door.
""")

VOTE_FIN_COURTE = dict(
    title="À Quimper, le conseil municipal reporte le vote sur la piscine Kerlan",
    author="Yann Le Bihan", date="2026-06-30", lang="fr",
    text="""
Le conseil municipal de Quimper devait trancher lundi soir l'avenir de la piscine de Kerlan, fermée depuis dix-huit mois. Il ne l'a pas fait.

Après plus de deux heures de débat, la maire, Anne-Laure Guéguen, a proposé de reporter le vote au mois de septembre, le temps d'obtenir une nouvelle estimation du coût des travaux. La proposition a été adoptée à une courte majorité.

La piscine, construite en 1974, a été fermée en janvier 2025 après la découverte de fissures dans la structure du bassin. Une première étude chiffrait sa rénovation à 6,8 millions d'euros. Une seconde, remise en mai, évoque désormais plus de 9 millions.

Face à ces montants, une partie de la majorité plaide pour la construction d'un équipement neuf près du complexe sportif de Penvillers, qui regrouperait deux bassins et une fosse de plongée. Le coût est estimé à 14 millions d'euros, dont une partie pourrait être financée par la région.

Les habitants du quartier de Kerlan, eux, ne veulent pas entendre parler de démolition. Une pétition pour la réouverture a recueilli plus de 3 000 signatures. « Nos enfants apprenaient à nager ici, à pied depuis l'école. À Penvillers, il faudra un bus », résume Maïwenn Cornec, présidente de l'association de quartier.

Les clubs de natation, qui s'entraînent depuis un an et demi dans les piscines des communes voisines, réclament surtout une décision rapide. Le club de Quimper a perdu près d'un tiers de ses licenciés depuis la fermeture.

Les écoles de la ville sont, elles aussi, pénalisées. Faute de bassin disponible, une dizaine de classes de CE1 et de CE2 n'ont pas pu suivre le cycle d'apprentissage de la natation prévu par les programmes. L'inspection académique a demandé à la commune une solution pour la rentrée, quelle que soit l'issue du vote.

L'opposition a dénoncé un report « qui ne règle rien ». La maire assure qu'il n'y en aura pas d'autre.

Réponse en septembre.
""")

GUIA_RENTA = dict(
    title="Declaración de la renta 2025: guía paso a paso para no equivocarse",
    author="Pablo Arrieta", date="2026-04-08", lang="es",
    text="""
La campaña de la renta arranca este miércoles y se prolongará hasta el 30 de junio. Como cada año, millones de contribuyentes tendrán que revisar el borrador que les propone Hacienda antes de confirmarlo. Estos son los pasos básicos y los errores más habituales.

## Antes de empezar

Conviene tener a mano algunos documentos, aunque buena parte de los datos ya aparecen en el borrador:

- El número de referencia o un certificado digital para identificarse.
- Los certificados de retenciones de la empresa o de la entidad que paga la pensión.
- Los recibos de alquiler, si se tiene derecho a alguna deducción autonómica.
- Los justificantes de donativos a ONG y de cuotas a sindicatos o colegios profesionales.

## Paso a paso

1. Acceda a la sede electrónica de la Agencia Tributaria e identifíquese.
2. Abra el borrador y compruebe sus datos personales y familiares.
3. Revise los ingresos: salarios, pensiones, intereses y, si las hay, ventas de acciones o inmuebles.
4. Añada las deducciones que no aparezcan, en especial las autonómicas.
5. Compare el resultado con el del año pasado y, si hay una diferencia grande, busque la causa.
6. Confirme la declaración y guarde el justificante.

## Los errores más frecuentes

Según los técnicos de Hacienda, el error más común es confirmar el borrador sin mirarlo. El borrador no incluye muchas deducciones autonómicas, que varían de una comunidad a otra, y a veces contiene datos incompletos.

También es frecuente olvidar las rentas de alquiler de una segunda vivienda o las ganancias por la venta de criptomonedas, que Hacienda controla cada vez más.

Otro descuido habitual afecta a quienes han cambiado de empleo durante el año. Si han tenido dos pagadores y el segundo ha pagado más de 1.500 euros, es posible que estén obligados a declarar aunque sus ingresos totales no superen los 22.000 euros, y que el resultado salga a pagar.

## ¿Y si me equivoco?

Si descubre un error después de presentar la declaración, puede corregirlo con una declaración rectificativa. Si el error le perjudica a usted, Hacienda le devolverá la diferencia. Si le beneficia, deberá pagarla, con un pequeño recargo si lo hace después del plazo.
""")

MATCH_ONE_LINERS = dict(
    title="Nyberg wins marathon thriller by one second as Kariuki collapses at the line",
    author="Olly Pennant", date="2026-04-26", lang="en",
    text="""
One second.

That was all that separated Astrid Nyberg from Grace Kariuki after 42.2 kilometres of the City Marathon on Sunday, in the closest finish in the race's 44-year history.

Nyberg crossed in 2:19:47. Kariuki, who had led for the final 10 kilometres, stumbled in the last 50 metres and fell across the line in 2:19:48.

She was helped to her feet by medics. She waved to the crowd. She was fine.

"I saw her coming and my legs said no," Kariuki said later. "That is marathon running. Sometimes your legs decide."

Nyberg, 29, was running only her third marathon. She had been 40 seconds behind at 35 kilometres.

She had trained for this race in the mountains above Östersund, running twice a day through a Swedish winter. Her coach, Per Lindahl, said she had never once talked about winning.

"I didn't think I could win," she said. "I thought I could be second. Then I saw her slowing, and I thought, why not?"

The men's race was less dramatic. Ethiopia's Bekele Tadesse pulled away at 30 kilometres and won in 2:05:12, the third-fastest time ever run on the course.

Top five, women:

1. Astrid Nyberg (SWE) 2:19:47
2. Grace Kariuki (KEN) 2:19:48
3. Helen Obiri-Mwangi (KEN) 2:20:31
4. Mai Tanaka (JPN) 2:21:05
5. Laura Ferreira (POR) 2:22:40

Around 38,000 runners started, a record.

The oldest finisher was 84. The youngest was 18, the minimum age. More than 2,000 runners were raising money for charity, and organisers estimated the total at over £4 million.

Conditions were nearly perfect: 9 degrees at the start, little wind.

Race director Paul Okonjo said the finish would be studied for years. "We have timed this race to the hundredth of a second since 1998," he said. "We have never needed it for the win before today."

Nyberg said she would now take a month off.

"Maybe two."
""")

FAQ_BIGLIETTO = dict(
    title="Nuovo biglietto unico per treni e bus in Emilia-Romagna: domande e risposte",
    author="Redazione Economia", date="2026-09-01", lang="it",
    text="""
Da lunedì 1 settembre in Emilia-Romagna è in vigore il nuovo abbonamento unico che permette di usare con un solo titolo di viaggio treni regionali e autobus urbani ed extraurbani. Abbiamo raccolto le domande più frequenti dei lettori.

## Chi può acquistarlo?

Tutti. Non ci sono limiti di età o di residenza. Per gli studenti under 26 e per chi ha un ISEE inferiore a 25 mila euro sono previste tariffe ridotte.

## Quanto costa?

Il prezzo dipende dalla distanza tra le due città di partenza e di arrivo. Si va da 39 euro al mese per le tratte fino a 10 chilometri a 129 euro per quelle oltre i 100 chilometri. Gli autobus urbani delle due città sono sempre compresi.

## E se viaggio solo qualche volta?

In questo caso l'abbonamento conviene poco. Per chi si sposta due o tre volte al mese restano i biglietti singoli, che da settembre si possono comprare anche con la carta di credito direttamente a bordo degli autobus extraurbani.

## Dove mi posso iscrivere?

L'iscrizione si fa sul sito della Regione o nelle biglietterie delle stazioni. Serve un documento d'identità e, per le tariffe ridotte, l'attestazione ISEE. Sign up, come dicono gli inglesi, richiede pochi minuti.

## Posso condividere l'abbonamento?

No. L'abbonamento è nominativo e va mostrato insieme a un documento in caso di controllo. Condividerlo con un familiare comporta una multa e il ritiro della tessera.

## Vale anche sui treni ad alta velocità?

No, vale solo sui treni regionali e regionali veloci. Sulle Frecce e sugli Italo serve un biglietto a parte.

## Cosa succede a chi ha già un abbonamento?

Gli abbonamenti annuali in corso restano validi fino alla scadenza. Chi vuole passare subito al nuovo titolo può chiedere il rimborso dei mesi non usati.

## Leggi di più: dove trovo le informazioni ufficiali?

Sul sito della Regione è disponibile una pagina con le tariffe per ogni tratta e un calcolatore del prezzo. Il numero verde risponde dal lunedì al sabato, dalle 7 alle 20.
""")
