"""Article texts of the blind set's junk pages (invented events, written for this set; the project's own data).

Each article is a dict: title, author, date, lang, text. In `text` blocks are separated by blank lines:
"## " starts a subheading, "- " a bullet item, "1. " a numbered item, "> " a block quote, "| a | b |" a table
row; anything else is a paragraph. `dateline`, when present, is printed before the first paragraph by the page
(it is furniture, not article text, and is not in the ground truth).
"""

BUS_ROUTES = dict(
    title="Millbrook school board approves bus route overhaul after two-year fight",
    author="Dana Whitcomb", date="2026-03-04", lang="en",
    text="""
Millbrook County's school board voted 5-2 on Tuesday night to redraw every elementary bus route in the district, ending a two-year dispute over ride times that pitted rural families against the district's budget office.

The plan, drafted by a consultant from Ohio, cuts the number of routes from 61 to 48 and moves the first pickup of the day from 6:10 a.m. to 6:35 a.m. District officials say it will save about $1.4 million a year, most of it in driver overtime.

"We heard you," board chair Lorraine Ostby told a crowd of roughly 200 parents who filled the high school cafeteria. "Not every family got what it asked for, but no child in this county will sit on a bus for more than an hour each way."

That promise was the heart of the fight. Under the current routes, children from the Pine Hollow and Garnet Creek areas ride as long as 84 minutes each morning, according to the district's own tracking data, while students in town ride less than 20.

Parents from those areas had packed meetings since the spring of 2024, bringing hand-drawn maps and stopwatch logs. Several said their children were falling asleep in first period.

"My daughter gets on the bus in the dark and gets off in the dark from November to February," said Marcy Quill, who lives at the end of a gravel road nine miles past Garnet Creek. "Tonight is the first time anybody showed us a plan that actually fixes that."

Not everyone was satisfied. The two board members who voted no, Gil Archuleta and Renee Fosse, said the new routes lean too heavily on parents in town walking their children to consolidated stops, some of which are on streets without sidewalks.

Fosse asked that the district publish the location of every new stop before the routes take effect. Superintendent Paul Denning agreed to post the maps by April 15 and to hold two open houses where families can ask for changes.

The new routes begin with the fall semester. The district will also hire four additional drivers, bringing its roster to 52, and will keep two spare buses on standby for the rural routes during winter storms.

Parents who want to check their child's new stop will be able to enter their address on the district's website once the maps are published. The district also plans to text every family the stop location and pickup time two weeks before school starts.

Denning said the district would review ride times again after the first six weeks of school. "If the numbers don't match what we promised, we will come back to this board," he said.
""")

PIER_CAT = dict(
    title="Pier's famous ginger cat Biscuit rescued after three days stuck under boardwalk",
    author="Tom Haskett", date="2026-02-11", lang="en",
    text="""
A ginger tomcat who has become the unofficial mascot of a seaside pier has been rescued after spending three nights trapped beneath its boardwalk.

Biscuit, who is nine and belongs to the owners of the pier's fish and chip kiosk, vanished on Friday evening during a storm that battered the coast of Saltmarsh Bay.

Staff heard faint meowing from under the planks on Saturday morning but could not reach him because of high tides and the gale, which reached 60mph.

Firefighters, a coastguard team and a volunteer from a local animal charity finally freed him on Monday afternoon by lifting two sections of decking.

Owner Sharon Pettifer, 54, said: "We were beside ourselves. He's been here longer than some of the staff. Customers come just to see him.

"When they lifted the boards he just sat there looking at us as if to say, what took you so long?"

Biscuit was checked over by a vet, who found him cold and hungry but otherwise unharmed. He was treated to a piece of fresh cod.

The cat has more than 12,000 followers on a social media account run by the kiosk, and dozens of messages of support poured in over the weekend.

One regular visitor, retired postman Keith Large, 71, said he had walked the pier twice a day hoping to hear news. "The place isn't the same without him," he said.

Pier manager Aaron Doyle said the gap the cat slipped through had been caused by storm damage and would be repaired this week.

He added: "We'd ask everyone not to try to climb under the pier looking for animals. Call us or the fire service. It is dangerous down there when the tide comes in."

The charity volunteer, Becky Rowntree, said Biscuit had wedged himself on a narrow ledge just above the high-water mark. "He was clever enough to find the one dry spot," she said. "But he could not get back up the way he came, and every time the tide rose he was cut off."

The fire service said crews had taken care not to damage the historic structure, which dates from 1898.

Biscuit is said to be back at his usual spot by the kiosk hatch, although Ms Pettifer says he is now being kept indoors on stormy nights.
""")

LYON_TRAM = dict(
    title="À Lyon, la nouvelle ligne de tram T11 divise les commerçants de la Guillotière",
    author="Claire Montserrat", date="2026-01-20", lang="fr",
    text="""
Les travaux n'ont pas encore commencé, mais la future ligne de tramway T11 fait déjà trembler la place Gabriel-Péri. Le syndicat des transports de l'agglomération lyonnaise a présenté, lundi 19 janvier, le tracé définitif de cette ligne de 9,4 kilomètres qui doit relier la Guillotière à Vénissieux d'ici à 2030.

Le projet prévoit de supprimer près de 400 places de stationnement le long de l'avenue Berthelot et de réduire la circulation automobile à une seule voie dans chaque sens. Une perspective qui inquiète une partie des commerçants du quartier.

« Nos clients viennent de toute la métropole, souvent en voiture, pour acheter des épices ou du tissu en gros », explique Karim Benali, qui tient une épicerie sur la grande rue de la Guillotière depuis vingt-deux ans. « Si on leur retire les places, ils iront ailleurs. »

D'autres voient au contraire une chance pour un quartier saturé. L'association des habitants de la Guillotière rappelle que plus de la moitié des ménages du secteur ne possèdent pas de voiture et que les bus de la ligne C12 sont régulièrement bondés aux heures de pointe.

Le coût du chantier est estimé à 310 millions d'euros. La métropole en financera les deux tiers, le reste étant à la charge de l'État et de la région, selon la convention signée à l'automne.

Pour répondre aux inquiétudes, le syndicat promet un fonds d'indemnisation pour les commerces qui perdraient plus de 20 % de leur chiffre d'affaires pendant les travaux, ainsi que la création de deux parkings relais à Gerland et aux Minguettes.

Une concertation publique s'ouvrira le 2 février et durera six semaines. Les habitants pourront consulter le dossier en mairie d'arrondissement et déposer leurs observations en ligne.

Le calendrier reste serré. Les premiers travaux de déviation des réseaux d'eau et de gaz doivent débuter à l'été 2027, pour une mise en service prévue à la rentrée 2030. D'ici là, le syndicat promet de publier chaque trimestre un point d'étape sur l'avancement du chantier et sur l'utilisation du fonds d'indemnisation.

La présidente du syndicat, Hélène Vasseur, se dit confiante. « Chaque ligne de tramway a suscité les mêmes craintes, et chaque fois le commerce a fini par y gagner », a-t-elle déclaré lors de la présentation.
""")

DB_RELEASE = dict(
    title="Quillstore 4.0 ships with a rewritten storage engine and drops its last Java dependency",
    author="Priya Venkataraman", date="2026-04-02", lang="en",
    text="""
The open-source time-series database Quillstore reached version 4.0 this week, and the headline change is one most users will never see: the project has thrown out the storage engine it has used since 2019 and replaced it with one written from scratch in Rust.

The maintainers say the new engine, which they call Strata, compacts data about three times faster on the project's standard benchmark and uses roughly 40 percent less memory when a node holds more than a billion points.

"The old engine was fine until people started keeping years of high-resolution data," lead maintainer Jonas Ekwueme wrote in the release notes. "Compaction would fall behind and never catch up. We patched around it for two years before admitting we had to start over."

## What changes for users

For most deployments the upgrade is a restart. Quillstore 4.0 reads the old on-disk format and converts each shard the first time it is compacted, so there is no offline migration step.

Two things do break. The long-deprecated HTTP write endpoint is gone, and so is the Java-based backup tool, which was the last part of the project that needed a JVM. Backups are now taken by the server itself and streamed to object storage.

The query language is unchanged, though the team has added window functions that users have requested since the 2.x days.

## Why it took so long

Ekwueme says the rewrite took 26 months, about twice what was planned. Much of that time went into a test harness that replays production workloads donated by three companies, and into proving that the new engine produces byte-identical query results.

The project is run by a foundation funded by a dozen member companies. Its contributor count has grown from 140 to just over 300 during the rewrite, which Ekwueme credits to the decision to move to Rust.

Version 3.x will receive security fixes until the end of 2027.
""")

SHIPPING = dict(
    title="Container freight rates fall for sixth week as new ships flood Asia-Europe route",
    author="Marta Lindqvist", date="2026-03-09", lang="en",
    dateline="GENEVA, March 9 (Meridian Wire) -",
    text="""
Spot rates for shipping containers from East Asia to northern Europe fell for a sixth straight week, industry data showed on Monday, as a wave of newly built vessels outpaced demand on the world's busiest trade lane.

The cost of moving a 40-foot container from Shanghai to Rotterdam dropped 7% to $1,840, according to the weekly index compiled by freight analytics firm Portline, its lowest level since late 2023.

Carriers took delivery of 41 large container ships in the first two months of the year, and another 90 are due before December, Portline said. Many are being deployed on Asia-Europe services, where carriers compete most fiercely for market share.

"There is simply too much tonnage chasing too little cargo," said Henrik Aalto, head of research at Portline. "Carriers will try to cancel sailings to prop up prices, but with this many ships arriving, blank sailings alone will not do it."

European imports have been subdued as retailers work through stock ordered last autumn, and several large importers have said they expect volumes to stay flat until the second half of the year.

Transpacific rates, by contrast, were broadly stable at $2,210 per container to the U.S. West Coast, helped by early restocking ahead of the summer season.

Shares in listed carriers have fallen about 15% since the start of the year. Two of the largest lines said last month they would scrap older vessels earlier than planned to reduce capacity.

Shippers have welcomed the falling prices after two years of volatile rates. A logistics manager at a Dutch furniture importer said the company had renegotiated its annual contracts in February and expected to save about a fifth on freight this year. "For once the buyers have the upper hand," she said.

Aalto said rates could fall another 10% before carriers' cost floor, estimated at around $1,600 per container on the route, forces more drastic cuts in capacity.
""")

SALT_MARSH = dict(
    title="The Marsh That Came Back",
    author="Eleanor Frayne", date="2026-03-12", lang="en",
    text="""
On a gray morning in late October, Walt Emmerich knelt at the edge of a tidal creek on the Delacorte estuary and pushed his hand, wrist-deep, into the mud. It came up black and smelling faintly of eggs. He looked pleased. "That's life," he said. "Ten years ago you'd have pulled up sand and nothing else."

Emmerich, who is seventy-three, spent most of his working life as a dredge operator, deepening the shipping channel that runs past this marsh to the port upriver. For three decades he helped carry the estuary's sediment out to sea. Now he spends his retirement trying to bring it back.

The Delacorte marsh once covered some four thousand acres. By 2010, after a century of diking, ditching and dredging, less than a third remained, and what was left was drowning: starved of sediment, its surface could not keep pace with the rising tide. State biologists gave it twenty years.

What happened instead is one of the stranger recoveries in American conservation. In 2015, a coalition of duck hunters, oyster growers and a county engineer named Ruth Sandoval persuaded the Army Corps of Engineers to stop dumping dredged mud offshore and instead spray it, a few inches at a time, across the dying marsh.

The idea was not new; the Dutch had done something like it for generations. But no one in this country had tried it at scale, and the Corps was wary. "Everybody had a reason it wouldn't work," Sandoval told me. "The mud was contaminated, the birds would leave, the grass wouldn't come back. We tested every one of those."

The first spraying covered a hundred and sixty acres. The grass, cordgrass and then the taller needlerush, returned within two seasons. Fiddler crabs followed, then the rails and herons. By 2024, the restored area had grown to more than nine hundred acres and, by the state's measurements, was gaining elevation faster than the sea was rising.

Not everyone is convinced the gains will last. Sea-level projections for this stretch of coast have been revised upward twice since the project began, and the sediment supply depends on a federal dredging budget that Congress sets each year. "We are buying time," Sandoval said. "That's all any of this is. But time is worth buying."

Emmerich has no patience for that kind of caution. He walked me to a low rise where, he said, there had been open water when he was a boy. Now it was knee-high with grass the color of wheat. A harrier hunted low over it. "I put the mud out," he said. "Now I'm putting it back. Seems only fair."
""")

WATER_MAIN = dict(
    title="Water main break floods Eastgate intersection, boil advisory issued for 3,000 homes",
    author="KTRV Staff", date="2026-01-28", lang="en",
    text="""
A 24-inch water main broke beneath the intersection of Eastgate Boulevard and 14th Street early Wednesday, flooding several blocks and leaving about 3,000 homes with low water pressure.

City crews were called to the scene around 4:45 a.m. after drivers reported water bubbling up through the pavement. By sunrise, a section of the road had buckled and water was running into the parking lot of a nearby grocery store.

The city's utilities department issued a boil water advisory for homes and businesses north of Interstate 40 and east of Harlan Avenue. Residents in that area should bring tap water to a rolling boil for at least one minute before drinking it or using it for cooking.

Bottled water was being handed out at the Eastgate fire station until supplies ran out shortly after 10 a.m. The city said a second delivery would arrive by early afternoon and asked residents to take no more than two cases per household.

Utilities director Sam Oyelaran said the pipe was installed in 1962 and had been scheduled for replacement next year. He said cold temperatures overnight likely contributed to the break.

"We will be out here until it is fixed," Oyelaran said. "Our goal is to have pressure restored to most customers by tonight, but the road itself will take longer."

Eastgate Boulevard is closed in both directions between 12th and 16th streets. Police are asking drivers to use Harlan Avenue or Pierce Road instead.

Two schools in the affected area, Eastgate Elementary and Lincoln Middle School, moved to a remote learning day. The district said meals would be available for pickup at Central High School from 11 a.m. to 1 p.m.

Several businesses along Eastgate Boulevard also closed for the day. The manager of the grocery store, whose parking lot flooded, said the store would reopen once the city confirmed its water was safe, and that perishable food had been moved to refrigerated trucks.

The advisory will stay in place until two rounds of water samples come back clean, which usually takes at least 48 hours, the department said.
""")

DERBY = dict(
    title="Harbor City's late rally stuns Riverside 3-2 in first derby at new stadium",
    author="Luis Carvalho", date="2026-04-18", lang="en",
    text="""
For 80 minutes, the first derby at Riverside's new stadium belonged to the home side. Then Harbor City remembered how to play.

Two goals in the final ten minutes, the second a looping header from substitute Kwame Asante in the third minute of stoppage time, gave Harbor City a 3-2 win on Saturday and left 31,000 fans who had come to celebrate the new ground in stunned silence.

Riverside had led 2-0 at halftime through a penalty from captain Jordan Mbeki and a brilliant curling shot from 19-year-old Theo Lindgren, his first goal in the league. Harbor City barely threatened in the first half and managed only one shot on target.

Coach Ana Delgado made a triple substitution just before the hour. "At half-time I told them we were playing not to lose," she said. "You can't win a derby like that. I wanted people who would run at them."

It took until the 71st minute to make a difference. Winger Sami Rahal cut inside from the left and drove a low shot past goalkeeper Pete Osgood to halve the deficit. Rahal then set up the equalizer in the 84th, crossing for striker Dominic Rees to tap in at the far post.

Riverside had chances to restore their lead. Lindgren hit the post from 20 yards, and Mbeki had a header cleared off the line. But in stoppage time, Harbor City won a corner, Osgood came for it and missed, and Asante, on the pitch for just 12 minutes, headed into the empty net.

Riverside coach Martin Fairweather called it the hardest defeat of his career. "We gave them the game," he said. "Two set pieces, two errors. It is a lesson, and a painful one on a day like this."

The win lifts Harbor City to fourth place, two points behind Riverside, with six matches left. The teams meet again in the cup semifinal next month.

Delgado, in her first season in charge, refused to look that far ahead. "Tonight we enjoy it," she said. "Tomorrow we watch the video, and we will see that for an hour we were not good enough. Both things are true."
""")

HOUSING = dict(
    title="Council backs plan to turn empty office towers into 2,000 apartments",
    author="Naomi Feld", date="2026-02-24", lang="en",
    text="""
The city council voted on Monday to fast-track the conversion of vacant downtown office buildings into housing, approving a package of zoning changes and tax breaks that supporters say could produce 2,000 apartments within five years.

The measure passed 9-4 after a three-hour hearing. It allows office buildings built before 1990 to be converted without new parking requirements and gives developers a 15-year property tax abatement if at least a fifth of the new units are rented below market rates.

About 28 percent of downtown office space is empty, according to the city's economic development office, up from 11 percent in 2019. Several towers on Commerce Street have lost their largest tenants in the past two years.

"We have buildings sitting dark at night and people who cannot afford to live here," said council member Isabel Trán, who sponsored the plan. "This is the most obvious fix we have."

Opponents, including two members who represent outer neighborhoods, said the tax breaks were too generous and would shift costs to homeowners. Council member Dwight Harrow called the abatement "a gift to landlords who made bad bets."

Converting offices is not simple. Many large floor plates are too deep to give every bedroom a window, and plumbing must often be rebuilt from the basement up. City planners estimate that only about a third of empty buildings are good candidates.

Developers who spoke at the hearing said the tax break was what made the numbers work. Conversion typically costs as much as new construction, said Paula Reyes of Ironbridge Partners, which owns two empty towers downtown, and rents in the city are not high enough to cover it without help.

The first project under the new rules is already in line: a 22-story tower at 400 Commerce Street, which its owner plans to turn into 310 apartments. Construction could start in the fall.

The mayor is expected to sign the measure this week.
""")

BIKE_CO_OP = dict(
    title="What a year of running a free bike repair night taught our neighborhood",
    author="Jess Okafor", date="2026-03-30", lang="en",
    text="""
A year ago, four of us set up two folding tables and a borrowed repair stand in the parking lot of the Westfield branch library. We put up a hand-lettered sign that said FREE BIKE REPAIR, THURSDAYS 5-8, and waited.

Six people came that first night. Last Thursday, we fixed 41 bikes, and a line of kids waited with flat tires until almost nine.

I want to write down what we learned, partly for us and partly for anyone thinking of doing the same thing in their own neighborhood.

The first lesson is that most bikes need very little. Roughly half of what we see is a flat tire or a chain that has come off. Another quarter is brakes that need adjusting. Maybe one bike in ten needs a part we don't have.

The second lesson is that people want to learn. We started out fixing bikes for people while they waited. Within a month, most visitors were asking us to show them how. Now we hand over the tools and talk them through it, and a few regulars have become volunteers.

One of them is Marcus, who is fourteen. He came the second week with a bike that had no working brakes at all. By July he was running the tire station on his own, and he now keeps a notebook of every repair he has done.

The third lesson is about money. We've spent about $2,300 this year, almost all on tubes, brake pads and chains. A local shop gives us parts at cost, and the library lets us store everything in a closet. Donations in a coffee can cover the rest.

The hardest part has been the weather. We lost most of January and February to snow, and the library's meeting room is booked on Thursdays. We're talking to a church down the street about winter space.

If you want to start something similar, my advice is simple: pick one night a week, keep it the same night, and show up every time. People will come once they know you'll be there.
""")

SOLAR_PR = dict(
    title="Brightwater Energy Completes 180-Megawatt Solar Project in Eastern Colorado",
    author="Brightwater Energy", date="2026-04-07", lang="en",
    dateline="DENVER, April 7, 2026 /PRNewswire/ --",
    text="""
Brightwater Energy, a developer and operator of utility-scale renewable projects, today announced that its Prairie Hawk Solar project in Lincoln County, Colorado, has entered commercial operation.

The 180-megawatt facility covers about 1,400 acres and is expected to generate enough electricity to power roughly 45,000 homes a year. Its output is sold under a 20-year agreement to Front Range Electric Cooperative.

Brightwater selected the site in 2021 after studying wind patterns, soil conditions and access to an existing 230-kilovolt transmission line that runs along the property's northern edge. Using that line avoided the need to build new high-voltage infrastructure, which shortened the permitting process by about a year, the company said.

Prairie Hawk also includes a 60-megawatt, four-hour battery system, which allows the cooperative to shift solar power into the evening hours when demand peaks.

"Prairie Hawk shows what rural Colorado can do for the state's energy future," said Melinda Ortez, chief executive officer of Brightwater Energy. "We are proud to have built it with local workers and local partners."

Construction began in March 2025 and employed more than 350 workers at its peak, about 40 percent of them from Lincoln and neighboring counties. The project will pay an estimated $32 million in property taxes over its life, much of it to the local school district.

The site was designed to allow sheep grazing between the rows of panels. Brightwater has signed an agreement with a family ranch in Limon to graze around 600 sheep on the site beginning this summer.

The company also funded a scholarship program at Lincoln County's high schools for students pursuing careers in the electrical trades. The first six scholarships, worth $5,000 each, will be awarded in May.

"Front Range members asked us for clean power at a stable price, and this project delivers both," said Dale Pruitt, general manager of Front Range Electric Cooperative.

Prairie Hawk is Brightwater's fourth project in Colorado and brings the company's operating portfolio to 1.1 gigawatts across five states.
""")

REGIO_BAHN = dict(
    title="Neue Regionalbahn zwischen Rosenheim und Wasserburg soll 2029 fahren",
    author="Andreas Kellermann", date="2026-02-03", lang="de",
    text="""
Nach mehr als vierzig Jahren Stillstand sollen auf der Strecke zwischen Rosenheim und Wasserburg am Inn wieder Personenzüge fahren. Das bayerische Verkehrsministerium hat am Montag angekündigt, die Reaktivierung der knapp 27 Kilometer langen Nebenbahn zu finanzieren.

Die Kosten für die Sanierung der Gleise, den Bau von sechs neuen Haltepunkten und die Modernisierung der Signaltechnik werden auf rund 118 Millionen Euro geschätzt. Der Freistaat übernimmt nach Angaben des Ministeriums den größten Teil, den Rest tragen der Bund und die beiden Landkreise.

Geplant ist ein Stundentakt, in der Hauptverkehrszeit sollen die Züge alle dreißig Minuten fahren. Die Fahrzeit zwischen den beiden Städten würde dann etwa 28 Minuten betragen, gut zwanzig Minuten weniger als mit dem Bus.

Eine Untersuchung im Auftrag des Ministeriums hatte ergeben, dass täglich mit mindestens 2.400 Fahrgästen zu rechnen ist. Damit liegt die Strecke deutlich über der Schwelle von 1.000 Reisenden, die der Freistaat für eine Reaktivierung verlangt.

„Das ist ein großer Tag für die Region", sagte die Wasserburger Bürgermeisterin Monika Brandl. Viele Pendler hätten seit Jahren auf eine Alternative zur stark belasteten Bundesstraße gewartet.

Kritik kommt von Anwohnern in Edling und Pfaffing. Sie befürchten mehr Lärm und lange Wartezeiten an den Bahnübergängen. Eine Bürgerinitiative hat bereits rund 800 Unterschriften gesammelt und fordert Lärmschutzwände entlang der Ortsdurchfahrten.

Auch der Landkreis Rosenheim sieht noch Klärungsbedarf. Landrat Josef Huber begrüßte die Entscheidung zwar, verlangte aber eine verbindliche Zusage, dass die Busse auf der Strecke nicht ersatzlos gestrichen werden. Gerade für Schüler aus den kleineren Orten zwischen den Haltepunkten bleibe der Bus unverzichtbar.

Das Ministerium kündigte an, die Anwohner im Planfeststellungsverfahren frühzeitig zu beteiligen. Die Bauarbeiten sollen Ende 2027 beginnen, der erste Zug könnte im Dezember 2029 fahren.

Auf der Strecke war der Personenverkehr 1984 eingestellt worden. Seitdem wird sie nur noch gelegentlich von Güterzügen genutzt, die Holz zu einem Sägewerk bei Wasserburg bringen.

Für die Region wäre es nicht die erste Reaktivierung. Bereits 2023 war die Strecke zwischen Mühldorf und Burghausen wieder für den Personenverkehr geöffnet worden. Dort liegen die Fahrgastzahlen nach Angaben der Bayerischen Eisenbahngesellschaft inzwischen deutlich über den Erwartungen.
""")

VALENCIA_AGUA = dict(
    title="Valencia aprueba un plan de 90 millones para reducir las fugas de agua en su red",
    author="Lucía Ferrándiz", date="2026-03-17", lang="es",
    text="""
El Ayuntamiento de Valencia aprobó este lunes un plan de inversiones de 90 millones de euros para renovar cerca de 140 kilómetros de tuberías y reducir las pérdidas de agua en la red municipal, que hoy rondan el 19 % del agua que se bombea.

El plan, que se ejecutará entre 2026 y 2031, prioriza los barrios con la red más antigua, como el Cabanyal, Benimaclet y Patraix, donde algunas conducciones tienen más de setenta años.

Según los datos de la empresa mixta que gestiona el servicio, cada año se pierden unos 18 hectómetros cúbicos por fugas y roturas, una cantidad suficiente para abastecer durante doce meses a una ciudad de 250.000 habitantes.

«No podemos pedir a los ciudadanos que ahorren agua mientras la perdemos por el camino», dijo la concejala de Ciclo Integral del Agua, Rosa Cebrián, durante la presentación del proyecto.

La inversión se financiará en parte con fondos europeos y en parte con la tarifa del agua, que subirá un 2,5 % anual durante los próximos cuatro años. La oposición critica esa subida y reclama que el coste lo asuma la empresa concesionaria.

Los técnicos municipales calculan que, una vez concluidas las obras, las pérdidas de la red bajarán por debajo del 12 %, una cifra similar a la de otras grandes ciudades españolas como Madrid o Barcelona. El ahorro equivaldría al consumo anual de unos 90.000 vecinos.

El plan incluye además la instalación de 60.000 contadores inteligentes, que permitirán detectar consumos anómalos en tiempo real y avisar a los vecinos de posibles fugas dentro de sus viviendas.

Las obras obligarán a cortar el tráfico en varias calles durante semanas. El Ayuntamiento se ha comprometido a informar con al menos quince días de antelación y a coordinar los trabajos con otras obras previstas en la vía pública.

Las asociaciones vecinales han recibido el plan con cautela. «Llevamos años pidiendo que se arreglen las tuberías, pero queremos ver el calendario barrio por barrio», señaló el presidente de la federación vecinal, Jordi Llorens.
""")

TORINO_FORNO = dict(
    title="Torino, chiude dopo 112 anni il forno Bertola di via Nizza: «Nessuno vuole più alzarsi alle tre»",
    author="Giulia Ravetti", date="2026-01-14", lang="it",
    text="""
Dopo 112 anni il forno Bertola di via Nizza abbasserà la serranda per l'ultima volta sabato 31 gennaio. Lo ha annunciato con un cartello scritto a mano il titolare, Franco Bertola, 68 anni, terza generazione di una famiglia di panettieri arrivata a Torino dalle Langhe nel 1914.

«Non c'è nessuno che voglia prendere il mio posto», racconta dietro il bancone, tra le ceste di grissini stirati a mano che hanno reso famoso il negozio. «I miei figli fanno altri lavori, e i ragazzi che ho provato a formare dopo qualche mese se ne sono andati. Nessuno vuole più alzarsi alle tre di notte.»

Negli ultimi anni il forno ha dovuto fare i conti anche con l'aumento dei costi dell'energia e della farina. La bolletta del gas, spiega Bertola, è quasi raddoppiata dal 2021, mentre il prezzo del pane è salito di poco per non perdere i clienti più anziani del quartiere.

La notizia ha colpito San Salvario. Da giorni davanti alla vetrina si forma la coda fin dalle sei del mattino, e sul cartello dell'annuncio i clienti hanno lasciato decine di messaggi di ringraziamento.

Tra i clienti più affezionati c'è chi compra il pane da Bertola da più di cinquant'anni. «Venivo qui con mia madre quando ero bambina», racconta Luisa, 74 anni, in coda con la sporta di tela. «Adesso vengo con mia nipote. Dopo il 31 non so dove andremo.»

L'associazione dei panificatori torinesi stima che in città abbiano chiuso almeno quaranta forni artigianali negli ultimi cinque anni. Il presidente, Marco Gilardi, chiede al Comune agevolazioni sugli affitti per chi apre o rileva un'attività storica.

L'assessora al commercio, Elena Costamagna, ha detto che la giunta sta lavorando a un bando per le botteghe storiche, con contributi fino a 30 mila euro per chi si impegna a mantenere l'attività per almeno dieci anni.

Per il forno di via Nizza potrebbe essere troppo tardi. Ma Bertola non ha perso del tutto la speranza: «Se arriva qualcuno con la voglia di imparare, le ricette gliele regalo.»
""")

UTRECHT_FIETS = dict(
    title="Utrecht opent derde grote fietsenstalling bij station: plek voor 7500 fietsen",
    author="Sanne de Groot", date="2026-02-19", lang="nl",
    text="""
Bij station Utrecht Centraal is vandaag een nieuwe ondergrondse fietsenstalling geopend met ruimte voor 7500 fietsen. Het is de derde grote stalling rond het station en moet de chronische drukte in de bestaande stallingen verlichten.

De stalling ligt onder het Jaarbeursplein, aan de westkant van het station. Reizigers kunnen er de eerste 24 uur gratis parkeren, daarna kost het 1,35 euro per dag. Er zijn ook 400 plekken voor bakfietsen en fietsen met een afwijkende maat.

Volgens de gemeente stonden in de bestaande stallingen op drukke dagen tot 2000 fietsen meer dan er plekken zijn. Veel reizigers zetten hun fiets daardoor op straat, waar de gemeente regelmatig fietsen weghaalt.

Wie zijn fiets langer dan 28 dagen laat staan, loopt het risico dat die wordt verwijderd. In de nieuwe stalling worden fietsen met een chip in het ticket geregistreerd, zodat medewerkers kunnen zien welke fietsen er al wekenlang staan. Volgens de gemeente gaat het om zo'n vijf procent van alle fietsen in de stallingen.

"We zien elk jaar meer mensen die met de fiets naar de trein komen", zegt wethouder Mobiliteit Jeroen Brink. "Dat is precies wat we willen, maar dan moeten we ook zorgen dat ze hun fiets ergens kwijt kunnen."

De bouw kostte ongeveer 38 miljoen euro en duurde drie jaar, een jaar langer dan gepland. Grondwater en oude funderingen onder het plein zorgden voor vertraging.

De Fietsersbond is blij met de nieuwe stalling, maar waarschuwt dat het probleem niet is opgelost. "Over vijf jaar zit deze ook vol", zegt woordvoerder Lotte Vermeulen. "De gemeente moet nu al nadenken over de volgende."

Ook de NS is tevreden. Een woordvoerder zegt dat reizigers die op de fiets naar het station komen gemiddeld vaker met de trein reizen dan reizigers die met de auto of de bus komen. "Een goede stalling is voor ons net zo belangrijk als een goed perron."

De gemeente onderzoekt of er nog een stalling kan komen aan de oostkant van het station, bij het Moreelsepark. Een besluit daarover wordt volgend jaar verwacht.

Op de openingsdag stonden medewerkers bij de ingang om reizigers de weg te wijzen. Binnen een uur stonden er al ruim 900 fietsen.
""")

KRAKOW_TRAMWAJ = dict(
    title="Kraków: nowa linia tramwajowa do Mistrzejowic będzie gotowa rok później",
    author="Katarzyna Wilk", date="2026-03-05", lang="pl",
    text="""
Budowa linii tramwajowej z Krowodrzy Górki do Mistrzejowic potrwa dłużej, niż zakładano. Miejska spółka odpowiedzialna za inwestycję poinformowała we wtorek, że pierwsze tramwaje pojadą nową trasą najwcześniej w grudniu 2028 roku, a nie, jak planowano, pod koniec 2027 roku.

Powodem opóźnienia są problemy z przebudową sieci ciepłowniczej i wodociągowej pod ulicą Lublańską. Wykonawca natrafił tam na instalacje, których nie było na mapach, a ich przeniesienie wymaga nowych uzgodnień z zarządcami sieci.

Nowa linia ma mieć 6,2 kilometra długości i dziewięć przystanków. Według szacunków miasta codziennie będzie z niej korzystać około 40 tysięcy pasażerów. Koszt inwestycji to ponad 900 milionów złotych, z czego znaczną część pokryją fundusze unijne.

Mieszkańcy Mistrzejowic od lat czekają na tramwaj. Dziś do centrum dojeżdżają głównie autobusami, które w godzinach szczytu stoją w korkach na alei 29 Listopada.

Opóźnienie oznacza też dłuższe utrudnienia dla kierowców. Objazdy wokół ulicy Lublańskiej mają obowiązywać co najmniej do jesieni 2027 roku, a w czasie wakacji planowane jest całkowite zamknięcie skrzyżowania z ulicą Młyńską. Zarząd Dróg zapowiada, że szczegóły organizacji ruchu przedstawi w maju.

Na trasie nowej linii powstanie również pętla z parkingiem dla samochodów i rowerów. Miasto liczy, że część kierowców z gmin podkrakowskich zostawi tam auto i przesiądzie się do tramwaju. Według projektu parking ma pomieścić 250 samochodów i 100 rowerów.

– Słyszymy o tym tramwaju, odkąd pamiętam. Najpierw miał być w 2020 roku, potem w 2025, teraz w 2028. Już nie wierzę w żadne daty – mówi pani Barbara, która mieszka przy osiedlu Tysiąclecia.

Przedstawiciele miasta zapewniają, że opóźnienie nie zagraża unijnemu dofinansowaniu. Część pieniędzy musi jednak zostać rozliczona do końca 2029 roku, dlatego spółka chce przyspieszyć prace na odcinkach, na których nie ma problemów z instalacjami.

Radni opozycji domagają się od prezydenta miasta szczegółowego harmonogramu i informacji o ewentualnych karach dla wykonawcy. Sprawą ma się zająć komisja infrastruktury na najbliższym posiedzeniu.
""")

LISBOA_FERRY = dict(
    title="Lisboa: novos ferries elétricos entre o Seixal e o Cais do Sodré começam a navegar em maio",
    author="Rita Gouveia", date="2026-04-09", lang="pt",
    text="""
Os primeiros dois navios elétricos da frota da Transtejo vão começar a fazer a ligação entre o Seixal e o Cais do Sodré em maio, anunciou esta quarta-feira a empresa. A travessia, que hoje demora cerca de 25 minutos, deverá ficar dois minutos mais curta.

Os novos navios, construídos num estaleiro espanhol, têm capacidade para 540 passageiros e baterias que são carregadas nos terminais durante as paragens. Segundo a empresa, cada embarcação vai evitar a emissão de cerca de 1.800 toneladas de dióxido de carbono por ano.

A chegada dos navios estava prevista para 2023, mas sofreu vários atrasos, primeiro por problemas na construção e depois pela demora na instalação dos carregadores nos terminais. A obra no terminal do Seixal só ficou concluída em fevereiro.

O contrato para a construção dos dez navios, assinado em 2020, custou cerca de 57 milhões de euros e foi parcialmente financiado por fundos europeus. A empresa recebeu entretanto seis embarcações, mas só agora dispõe de carregadores suficientes para as pôr a navegar com regularidade.

"Os utentes esperaram demasiado tempo e sabemos isso", admitiu o presidente da Transtejo, Rui Magalhães, na apresentação. "Agora queremos que a espera tenha valido a pena."

A empresa garante que, com a entrada dos novos navios, as supressões de carreiras, que se tornaram frequentes nos últimos anos por avarias na frota antiga, deverão diminuir. Só em 2025 foram canceladas mais de 1.200 viagens nas várias ligações.

A comissão de utentes do Seixal recebeu a notícia com cautela. "Já ouvimos muitas promessas. Vamos ver se em junho os barcos ainda estão a navegar", disse o porta-voz, Fernando Bexiga.

Até ao final do ano deverão entrar ao serviço mais seis navios elétricos, que serão distribuídos pelas ligações ao Montijo e a Cacilhas.

Para os utentes que fazem a travessia todos os dias, a mudança traz também mais conforto. Os novos navios têm lugares para bicicletas, tomadas elétricas junto aos bancos e ecrãs com informação sobre as ligações de autocarro e comboio nos terminais de chegada.
""")

FARMERS_MARKET = dict(
    title="Saturday farmers market moves to the old rail depot this summer",
    author="Bev Lindahl", date="2026-04-21", lang="en",
    text="""
The Cedar Falls Saturday Farmers Market is moving. After 18 years in the parking lot behind First Lutheran Church, the market will open its summer season on May 9 at the old rail depot on Front Street.

Market board president Howard Vick said the church lot had simply become too small. Last summer the market had 46 vendors and a waiting list of 15 more, and shoppers often had to park several blocks away.

The depot site offers room for about 70 stalls, a covered area in case of rain and restrooms, which the church lot never had. The city, which owns the depot, agreed to lease the grounds to the market for one dollar a year.

"We're grateful to the church for all those years," Vick said. "But we kept turning farmers away, and that's the opposite of what a market is for."

Some longtime vendors were nervous about the move. Ellen Marsh, who sells eggs and honey from her farm near Dike, said she worried older customers who walk to the church lot would not make the trip. The market plans to run a free shuttle from the church every half hour.

Parking should be easier at the depot, which has about 120 spaces of its own and sits across the street from the city's Front Street lot. Vendors will unload from the rail side of the building, away from shoppers, which Vick said should make the first hour of the market less chaotic.

The market will keep its hours, 8 a.m. to noon, and will again accept SNAP benefits, with a matching program that doubles up to $20 a week for fresh fruit and vegetables.

The move also brings a few new features. There will be a small stage for local musicians, a children's tent run by the library, and a monthly "fix-it" table where volunteers repair small appliances.

The season runs through October 24.
""")

NONPROFIT_WELLS = dict(
    title="State knew for years that rural wells near feedlots were contaminated. It told almost no one.",
    author="Reuben Castellanos", date="2026-03-26", lang="en",
    text="""
For at least six years, state environmental regulators collected test results showing that private drinking water wells near large cattle feedlots in the state's southwest corner held nitrate levels above the federal safety limit.

They did not tell most of the families who drink from those wells.

Records obtained by this newsroom through public records requests show that the Department of Environmental Quality tested 312 private wells within three miles of feedlots between 2018 and 2024. In 97 of them, nitrate levels exceeded 10 milligrams per liter, the limit the Environmental Protection Agency sets for public water systems.

The department sent letters to the owners of 14 of those wells. The rest were never notified, according to the records and interviews with more than two dozen well owners.

"Nobody told us anything," said Teresa Villalobos, whose well near the town of Carrizo tested at nearly three times the limit in 2021. She learned of the result in February, when a reporter showed it to her. She has a two-year-old son. "We mixed his formula with that water," she said.

High nitrate levels are especially dangerous to infants, who can develop a condition that reduces the blood's ability to carry oxygen. Long-term exposure in adults has been linked in some studies to certain cancers and thyroid disease.

Private wells are not regulated under federal drinking water law, and the state has no rule requiring it to share test results with owners. A department spokesperson said the testing was part of a research program meant to track groundwater trends, not to assess individual wells.

"The program was never designed as a public health notification program," the spokesperson wrote in an email. The department said it would now send results to all owners whose wells were tested.

State Sen. Margaret Oduya said she would introduce a bill requiring the department to notify well owners within 30 days of any result above the federal limit. "It should not take a newspaper to make an agency tell people their water is unsafe," she said.
""")

RURAL_BUS = dict(
    title="Village bus service saved after parish councils agree to share costs",
    author="Gwen Hartley", date="2026-02-26", lang="en",
    text="""
A bus route linking eight villages to a market town has been saved from closure after parish councils along the line agreed to pay towards it.

The 47 service between Ashcombe and Brierley was due to stop running at the end of March after the operator said it was losing more than £80,000 a year.

Passengers, many of them elderly, had warned they would be cut off from shops, GP surgeries and the railway station.

More than 1,200 people signed a petition against the closure, and a public meeting in Long Stowe village hall in January drew so many people that some had to stand outside.

Under the new deal, the eight parish councils will contribute a combined £30,000 a year, with the county council covering most of the rest from a government fund for rural transport.

The service will run every two hours instead of hourly, and there will be no buses on Sundays.

The county council said timetables would be changed so that buses still connect with trains at Brierley station in the morning and early evening, when most commuters travel. A community car scheme will also be expanded to cover journeys on Sundays.

Margaret Ellery, 82, from Long Stowe, said she used the bus three times a week to get to the doctor and the supermarket.

"I don't drive any more and my family live miles away," she said. "Without the bus I'd have had to move. It's as simple as that."

Parish council chairman Robert Tye said the decision had not been easy for small councils with tight budgets.

"For some villages this means putting up the precept, and nobody likes that," he said. "But when we asked people, they told us loud and clear that the bus matters more."

The operator, Vale Coaches, said it was pleased the route could continue but warned that passenger numbers would need to rise for it to survive beyond the two-year agreement.

Campaigners have started a "use it or lose it" drive, encouraging people to take the bus at least once a week.
""")
