"""Blind set 2, articles C: pages with little furniture inside the article but content that must stay (lists, tables,
Q&A, block quotes, one-line paragraphs, subheadings). Format as in articles_a.py."""

ARTICLES = {
    "clean-lineups-es": dict(
        lang="es", title="El Deportivo Sur remonta en diez minutos y se mete en semifinales",
        dek="Dos goles de Benítez y uno de Arrieta tumbaron al líder en el Estadio del Parque",
        author="Martín Olazábal", date="2026-11-16",
        body="""
Durante setenta y cinco minutos, el partido fue del Atlético Norte. Después, en diez minutos de locura, el Deportivo Sur le dio la vuelta al marcador y se clasificó para las semifinales de la Copa Regional por primera vez en nueve años.

El líder del campeonato se adelantó en el minuto 18 con un cabezazo de Quiroga tras un córner, y amplió la ventaja nada más comenzar la segunda parte, cuando Salvatierra aprovechó un error en la salida del balón.

El técnico local, Hernán Vidal, movió el banquillo a la hora de juego. Entraron Benítez y Arrieta, y el equipo cambió por completo.

## Diez minutos de locura

Benítez recortó en el 76 con un disparo cruzado desde la frontal. Tres minutos después, Arrieta ganó una pelota dividida en el área y empató. El estadio, que ya se vaciaba, volvió a llenarse de ruido.

El tercero llegó en el 85. Benítez recibió de espaldas, se giró y la puso junto al palo.

«No sé qué les dije en el descanso. Creo que nada bueno», bromeó Vidal en la rueda de prensa. «Los chicos creyeron cuando nadie creía».

El Atlético Norte terminó con diez por la expulsión de Ledesma en el 88 y apenas inquietó en el descuento.

## Alineaciones

Deportivo Sur: Paredes; Molina, Cáceres, Ferreyra, Ruiz; Domínguez (Arrieta, 61), Sosa, Acuña; Ibarra (Benítez, 61), Correa y Villalba.

Atlético Norte: Giménez; Suárez, Ledesma, Ortiz, Medina; Salvatierra, Rojas, Peralta (Luna, 80); Aguirre, Quiroga y Castro (Ponce, 70).

Goles: 0-1, Quiroga (18); 0-2, Salvatierra (47); 1-2, Benítez (76); 2-2, Arrieta (79); 3-2, Benítez (85).

Árbitro: Gustavo Morales. Expulsó a Ledesma (88) por doble amarilla.

Estadio: Estadio del Parque, unos 14.000 espectadores.
"""),
    "clean-recipe-it": dict(
        lang="it", title="Torna il panettone dei forni di quartiere: la ricetta della nonna che ha vinto il premio di Bergamo",
        dek="Il forno di via Moroni batte le grandi pasticcerie con un lievitato di tre giorni",
        author="Chiara Locatelli", date="2026-12-02",
        body="""
Non è una pasticceria famosa né un laboratorio industriale: a vincere quest'anno il premio per il miglior panettone artigianale della provincia di Bergamo è stato un piccolo forno di quartiere in via Moroni, aperto nel 1962 e gestito oggi dalla terza generazione.

Luca Rota, 38 anni, ha presentato alla giuria il panettone che faceva sua nonna Teresa, con una sola modifica: più scorza d'arancia candita e meno uvetta. «La nonna non pesava niente, andava a occhio. Ci ho messo due anni a trasformare i suoi gesti in grammi», racconta.

La giuria ha premiato la morbidezza dell'impasto e il profumo di burro. Il forno ne produce circa 600 a stagione, tutti su prenotazione.

Rota ha accettato di condividere con i lettori una versione semplificata della ricetta, adatta a un forno di casa.

## Gli ingredienti per un panettone da un chilo

- 500 grammi di farina di forza
- 150 grammi di burro morbido
- 130 grammi di zucchero
- 5 tuorli d'uovo
- 100 grammi di lievito madre rinfrescato
- 150 grammi di uvetta e 150 di arancia candita
- un pizzico di sale e la scorza di un limone

## Il procedimento

# Impastare la farina con il lievito madre, metà dello zucchero e 150 millilitri d'acqua, e lasciar lievitare per dodici ore.

# Aggiungere i tuorli uno alla volta, poi lo zucchero rimasto, il sale e infine il burro a pezzetti.

# Unire la frutta, formare una palla e metterla nello stampo di carta.

# Lasciar lievitare finché l'impasto non arriva al bordo dello stampo, anche sei o otto ore.

# Cuocere a 170 gradi per circa 50 minuti, poi lasciar raffreddare a testa in giù per tutta la notte.

«Il segreto è la pazienza», dice Rota. «Se si ha fretta, meglio comprarlo».
"""),
    "clean-table-science-fi": dict(
        lang="fi", title="Tutkimus: Järvien jääpeite lyhentynyt Suomessa keskimäärin kolme viikkoa",
        dek="Syken aineisto kattaa yli sata vuotta havaintoja kuudelta järveltä",
        author="Aino Virtanen", date="2026-11-25",
        body="""
Suomen järvien jääpeite on lyhentynyt sadassa vuodessa keskimäärin kolme viikkoa, kertoo tuore tutkimus. Järvet jäätyvät nyt myöhemmin ja jäät lähtevät aiemmin kuin 1900-luvun alussa.

Tutkijat kävivät läpi jäähavainnot kuudelta järveltä eri puolilta maata. Vanhimmat havainnot ovat 1910-luvulta, jolloin paikalliset vapaaehtoiset merkitsivät jäätymis- ja jäidenlähtöpäivät vihkoihin.

Eniten jääpeite on lyhentynyt eteläisillä järvillä. Lapissa muutos on ollut pienempi, mutta sielläkin jäät lähtevät nykyään noin kymmenen päivää aiemmin kuin sata vuotta sitten.

| Järvi | Jääpeite 1911–1940, vrk | Jääpeite 1991–2020, vrk | Muutos, vrk |
| Lohjanjärvi | 148 | 118 | −30 |
| Päijänne (Jyväskylä) | 165 | 140 | −25 |
| Näsijärvi | 160 | 134 | −26 |
| Pielinen | 178 | 158 | −20 |
| Oulujärvi | 184 | 166 | −18 |
| Inarijärvi | 214 | 201 | −13 |

Tutkimusta johtanut erikoistutkija Mikko Lehtonen sanoo, että muutos näkyy selvimmin viimeisten kolmenkymmenen vuoden aikana.

– Ennen lämmin talvi oli poikkeus. Nyt jääpeite on lyhyt joka toinen vuosi, hän sanoo.

Lyhyempi jääkausi vaikuttaa järvien ekologiaan. Kun jää lähtee aiemmin, vesi lämpenee pidempään ja levät kasvavat aiemmin keväällä. Myös kalojen kutuaika voi muuttua.

## Pilkkijöille huono uutinen

Muutos näkyy myös virkistyskäytössä. Jääteitä on jouduttu sulkemaan aiempaa useammin, ja pilkkikilpailuja on siirretty tai peruttu.

Lehtonen muistuttaa, että jään kestävyys kannattaa aina tarkistaa itse ennen jäälle menoa, sillä lämpimät jaksot heikentävät jäätä nopeasti.

Tutkijat aikovat seuraavaksi selvittää, miten jääpeitteen muutos on vaikuttanut pienempiin järviin ja lampiin, joista pitkiä havaintosarjoja on vähemmän. Siihen he toivovat apua myös kansalaisilta.

Jäähavaintoja voi ilmoittaa verkkolomakkeella, johon merkitään järven nimi, päivämäärä ja arvio jään paksuudesta. Vanhoja vihkoja ja päiväkirjoja, joissa on merkintöjä jäätymisestä tai jäiden lähdöstä, otetaan myös mielellään vastaan.

– Moni vanha havaintosarja on löytynyt juuri jonkun ullakolta, Lehtonen sanoo.
"""),
    "clean-qa-kr": dict(
        lang="en", title="Interview: The webtoon artist who draws her grandmother's village",
        dek="Park Seo-yeon's series about a fishing village on Geoje Island has 2 million weekly readers",
        author="Jung Min-ho", date="2026-11-08",
        body="""
Park Seo-yeon started drawing her grandmother's village as a way to remember it. Three years later, her webtoon about a fishing village on Geoje Island has 2 million readers a week and a drama adaptation in production. We spoke to her in her studio in Mapo, Seoul.

**Why a fishing village?**

Because I spent every summer there until I was 14. When my grandmother died, I realised nobody was writing the place down. The houses, the boats, the way the women argued at the fish market. I wanted to keep it.

**Is the grandmother in the series based on her?**

Partly. The real one was kinder.

**Your readers are mostly in their twenties and live in cities. Why do you think the story works for them?**

I think many of them have a grandmother in a village somewhere, or had one. They don't go back much. Reading it on the subway is a way of going back for ten minutes.

**You draw everything by hand first. Why not digitally?**

I tried. It looked too clean. Villages aren't clean. I draw with ink on paper and scan it, then colour on the tablet.

**How long does one episode take?**

Five days. Sometimes six.

**Did you visit the village for research?**

Yes, twice a year. The old market is gone now. There's a car park there. I drew the market from photos my uncle took in the nineties.

**The drama adaptation starts filming next year. Are you involved?**

A little. I read the scripts and I told them which house to use. They listened.

**What comes after the series ends?**

Sleep. Then maybe a story about my other grandmother, in Daegu. She ran a noodle shop.
"""),
    "clean-oneliners-substack": dict(
        lang="en", title="The night the town's only traffic light went out",
        dek="Notes from a place with one of everything",
        author="Ruth Calloway", date="2026-11-29",
        body="""
We have one traffic light in Harlan's Ford. It hangs over the corner of Main and Depot, and it has been red, green and yellow in that order since 1971.

On Tuesday night, it went out.

Nobody knows why. The power was on in the hardware store and the diner. The light simply stopped.

What happened next is the reason I am writing this.

Nothing.

Nobody crashed. Nobody honked. At the corner of Main and Depot, people slowed down, looked at each other through their windshields, and waved each other through. A pickup waited for a woman with a stroller. A teenager in his father's sedan stopped for a full ten seconds, as if the light might come back to check on him.

I watched this for an hour from the diner window, with a cup of coffee that went cold.

Here is what I think I learned.

- People are more careful when nobody tells them what to do.
- Eye contact is underrated.
- The diner's pie is still the best in the county.

The light came back on Wednesday afternoon. A man from the county drove out, opened the box on the pole, and replaced something small.

I asked him what it was.

"A fuse," he said. "Forty cents."

Then he drove away, and we all went back to waiting for green.

I am not saying we should take the light down. The school buses need it, and so do the trucks from the quarry.

But for one night, the corner worked because we did.

That's all for this week. See you Sunday.
"""),
    "clean-list-hu": dict(
        lang="hu", title="Öt változás a budapesti hulladékszállításban januártól",
        dek="Kevesebb zsák, több szelektív gyűjtés, új időpontok",
        author="Kovács Dóra", date="2026-12-06",
        body="""
Január elsejétől több ponton változik a hulladékszállítás Budapesten. A fővárosi közszolgáltató hétfőn ismertette a részleteket, amelyek a legtöbb háztartást érintik.

A változások célja a szolgáltató szerint az, hogy csökkenjen a vegyes hulladék mennyisége, és több anyag kerüljön újrahasznosításra. Összefoglaltuk, mire kell figyelni.

# A vegyes hulladékot a családi házas övezetekben hetente egyszer viszik el, a mostani kétszeri helyett.

# A szelektív kukákat kéthetente ürítik, nem havonta.

# Minden kerületben lesz legalább egy új hulladékudvar, ahol lomot és elektronikai hulladékot is le lehet adni.

# Az üveggyűjtő konténereket hétvégén is ürítik a belvárosi kerületekben.

# A szállítás pontos napját a lakók a szolgáltató honlapján, utcanév alapján kereshetik meg.

A díjak nem emelkednek, de a többletzsákok ára 600 forintról 800 forintra nő.

## Mit mondanak a lakók?

Az első reakciók vegyesek. A kertvárosi kerületekben többen attól tartanak, hogy a heti egy szállítás nyáron kevés lesz.

„Négyen vagyunk, és két gyerekkel a kuka három nap alatt megtelik" – mondta lapunknak egy XVI. kerületi édesanya.

Mások örülnek a gyakoribb szelektív gyűjtésnek. A szolgáltató szerint a szelektív kukák jelenleg már két hét után tele vannak, ezért sokan a vegyesbe dobják a papírt és a műanyagot.

A közszolgáltató azt kéri, hogy aki kevésnek érzi a heti szállítást, igényeljen nagyobb kukát, amelyet a jövő év első három hónapjában díjmentesen cserélnek.

A társasházakat a változások kisebb mértékben érintik: ott marad a heti kétszeri vegyes szállítás, a szelektív gyűjtőedényeket azonban itt is gyakrabban ürítik majd.

A szolgáltató januárban tájékoztató levelet küld minden háztartásnak, és a kerületi ügyfélszolgálatokon is kérdezni lehet. Az első hetekben a szállítók a kukák mellé kitett többletzsákokat is elviszik, még ha nincs is rajtuk a szolgáltató emblémája.
"""),
    "clean-factcheck": dict(
        lang="en", title="Fact check: No, the state is not banning wood stoves this winter",
        dek="A viral post misreads a proposal that only covers new installations in three counties",
        author="Priya Raman", date="2026-11-15",
        body="""
A post shared more than 40,000 times on social media this week claims that the state will ban wood-burning stoves from January 1. That is false.

## The claim

The post, which first appeared on a community page and was later copied by several accounts, reads:

> Starting January 1 it will be ILLEGAL to heat your home with wood. Inspectors will come to your house. Share before they delete this!

It is illustrated with a photo of a cast-iron stove and a screenshot of a state agency web page.

## The facts

The screenshot comes from a real page on the Department of Environmental Quality's website, but it describes a proposal, not a law, and the proposal is much narrower than the post says.

The draft rule, published for public comment in October, would require that new wood stoves installed after July 1, 2027, in three counties with poor winter air quality meet a stricter emission standard. It does not apply to stoves already in homes, and it does not apply to the rest of the state.

"Nobody is going to be told to take out a stove they already have," said agency spokesperson Mark Ellison. "And there are no inspectors going to people's houses."

The comment period closes on December 31. After that, the agency must respond to the comments before the rule can go to the Environmental Quality Commission for a vote, which Ellison said would happen in the spring at the earliest.

## What is true

Some things in the post have a basis:

- The agency is working on rules for wood smoke.
- January 1 is a real date in the process: it is the day after the comment period closes.
- The three counties named in the draft do have air quality problems in winter.

## Our ruling

The claim that wood stoves will be banned statewide from January 1 is false. A proposal would set a stricter standard for new stoves in three counties from mid-2027.
"""),
    "clean-obituary": dict(
        lang="en", title="Margaret 'Peggy' Alderson, 1938-2026",
        dek="",
        author="", date="2026-11-20",
        body="""
Margaret "Peggy" Alderson, who taught three generations of Millbrook children to read and ran the town's summer theater for 25 years, died peacefully at home on November 14, 2026, surrounded by her family. She was 88.

Peggy was born on March 3, 1938, in Dunmore, Pennsylvania, the youngest of five children of Walter and Agnes Kowalski. She graduated from Dunmore High School in 1956 and from Mansfield State Teachers College in 1960, and that fall she took a job teaching first grade at Millbrook Elementary School. She stayed for 37 years.

She married Robert "Bob" Alderson in 1962. They met at a church dance, where, as she liked to say, he stepped on her feet for an entire evening and then asked to do it again the next Saturday.

In 1978 Peggy founded the Millbrook Summer Players with a borrowed barn and a cast of twelve. Over the next quarter century she directed more than 60 productions. Former students still remember the year she staged Our Town with the entire second grade as the townspeople.

She loved gardening, crossword puzzles done in pen, and the Phillies, in roughly that order.

Peggy was preceded in death by her husband, Bob, in 2019, and by her brothers Stanley and Edward. She is survived by:

- her children, Susan (Mark) Trent of Allentown and David (Karen) Alderson of Millbrook;
- five grandchildren, Emily, Jacob, Nora, Sam and Will;
- two great-grandchildren;
- her sister, Dorothy Lenz, of Scranton.

Friends may call on Friday, November 21, from 4 to 7 p.m. at Harkness Funeral Home, 210 Elm Street, Millbrook. A funeral service will be held on Saturday at 11 a.m. at St. Luke's Lutheran Church, with burial to follow in Millbrook Cemetery.

In lieu of flowers, the family asks that donations be made to the Millbrook Public Library children's fund.
"""),
}
