"""Blind set 2, articles A: English pages set in furniture-heavy site families.

Each article: lang, title (the headline), dek (standfirst, furniture), author, date, optional dateline (set at the
start of the first paragraph, furniture), and body: blocks separated by a blank line. A block is a paragraph, or
"## " subheading, "- " bullet item, "# " numbered item, "> " block quote, "| a | b |" table row. [text](url) is a link
inside the text; the link text is article text. All events, people and places named here are invented.
"""

ARTICLES = {
    "junk-in-daily": dict(
        lang="en", title="Pune lake clean-up finds 40 tonnes of plastic in three weekends",
        dek="Volunteers say the civic body must now stop the inflow from storm drains",
        author="Meera Kulkarni", date="2026-11-02", dateline="PUNE:",
        body="""
More than 1,200 volunteers pulled 40 tonnes of plastic and construction waste out of Pashan lake over three weekends, the organisers said on Sunday, and they now want the municipal corporation to fit nets on the four storm drains that feed it.

The clean-up began in the second week of October after residents of nearby housing societies complained of a smell that reached the Baner road in the evenings. Fishermen who still work the northern edge of the lake said their catch had fallen by half since the monsoon.

"We expected bottles and bags. We did not expect mattresses, a scooter and 300 kilos of thermocol," said Ashwin Deshpande, a retired engineer who coordinated the teams. Volunteers worked from six in the morning until noon, in groups of twenty, each with a supervisor and a first-aid kit.

The waste was sorted on the bank. Recyclable plastic, about 11 tonnes, was handed to a collection firm in Hadapsar, while the rest was taken by corporation trucks to the Uruli Devachi depot. Construction debris was kept apart because the organisers hope to trace it to the contractors who dumped it.

Corporation officials praised the effort but said nets on the drains would need approval from the standing committee. "The proposal is ready and the cost is modest, around Rs 18 lakh," said deputy engineer Sunanda Patil. She said a decision could come before the end of the month.

Environmental groups say the problem will return within a year unless the inflow stops. A study by a local college in 2025 found that two of the drains carried waste from a market and from a cluster of small workshops that have no collection service.

Residents plan one more weekend drive in December, this time along the drains themselves, and have asked schools in the area to send older students with their teachers.
"""),
    "junk-jp-english": dict(
        lang="en", title="Rural Niigata line returns after typhoon, with a timetable built around schools",
        dek="The operator rebuilt two bridges in eleven months and cut the number of daily trains",
        author="Kenta Morishita", date="2026-10-19",
        body="""
A rural railway line in Niigata Prefecture that was cut by a typhoon last year reopened on Saturday, with a new timetable that puts the first trains of the day around the start of classes at two high schools along the route.

The 34-kilometer line lost two bridges and a section of embankment in September 2025, when the river beside it rose more than four meters in a night. Since then, replacement buses have carried about 600 passengers a day, most of them students and older residents going to the hospital in the prefectural town at the end of the line.

The operator, a company owned jointly by the prefecture and six municipalities, spent 2.1 billion yen on the repairs, two thirds of it from the national government. Its president, Yumiko Arai, said the line would run eleven round trips a day instead of fourteen.

"We looked at who actually rides and when," Arai said at the reopening ceremony at the terminal station, where a brass band from one of the high schools played. "Three of the old trains ran almost empty. We would rather run the others on time and keep the fares where they are."

Some residents are unhappy with the change. A group of farmers who used the last evening train to return from the market town said the new final departure, at 8:05 p.m., is forty minutes too early. The operator said it would review the timetable in spring.

Ridership on the line had been falling for two decades before the typhoon, and the prefecture had discussed replacing it with a bus service for good. The decision to rebuild was taken after a survey in which 72 percent of residents along the route said they would ride the train at least once a week.

The first train on Saturday left at 6:12 a.m. and was full.
"""),
    "junk-au-broadcaster": dict(
        lang="en", title="Outback school's solar battery keeps the lights on through five-day blackout",
        dek="A community in the Northern Territory says its school became the town's fridge, phone charger and meeting hall",
        author="Liam O'Dwyer", date="2026-11-21",
        body="""
When a storm brought down the power line to a remote community south of Tennant Creek last week, the only building with electricity for five days was the school.

The school's solar panels and battery were installed in 2024 under a territory program that fitted 31 remote schools. Until last week the system had mostly been used to cut the diesel bill. Then the storm hit on a Tuesday evening and the community of about 400 people lost grid power.

Principal Jess Nakamura opened the school on Wednesday morning. By lunchtime the staff room held the community's insulin, the canteen fridge was full of meat from the store, and a row of power boards in the library was charging phones.

"People came for the power and stayed because it was cool inside," Ms Nakamura said. "We ran classes in the morning and the afternoon was for everyone."

The battery held about 60 per cent of its charge through each night, she said, because the staff switched off the air conditioning in all but two rooms after dark.

## Repairs took longer than expected

Power and Water crews reached the community on Thursday but found three poles snapped and a transformer damaged. Parts had to be flown in from Darwin. The grid was restored late on Sunday.

A spokesperson for the utility said the crews had worked "in very difficult conditions" and that the outage had been longer than any in the region for six years.

Community leader Daniel Jupurrurla said the week had shown what a battery could do and asked the government to fit one at the health clinic. "The school looked after us. The clinic should be able to do the same," he said.

The Education Department said it would publish a review of how the school systems performed during the storm season.
"""),
    "junk-ca-paper": dict(
        lang="en", title="Halifax ferry riders face six months of reduced crossings as terminal is rebuilt",
        dek="Transit says the Woodside route will run every hour instead of every half-hour from February",
        author="Claire Fougère", date="2026-12-01",
        body="""
Commuters who take the ferry across Halifax harbour from Woodside will have half as many crossings from February, when Halifax Transit begins a six-month reconstruction of the terminal's floating dock.

The dock, built in 1986, has been patched three times in the past five years. An inspection in the summer found corrosion in the steel frame that engineers said could not be repaired again.

During the work, ferries will use a temporary ramp on the south side of the terminal that can take only one vessel at a time. Crossings will run every hour from 6:30 a.m. to 7:30 p.m. on weekdays, instead of every 30 minutes.

Transit spokesperson Andrew MacIsaac said the agency will add two express buses in the morning and two in the afternoon from Woodside to downtown, by the bridge.

"We know this is a big change for people who plan their day around the half-hour boat," he said. "The buses will be timed to leave right after each ferry lands, so nobody has to wait long either way."

About 1,900 people take the Woodside ferry on a typical weekday, according to the city's 2025 ridership count. The route is popular with students at the community college campus near the terminal.

Regional councillor Tanya Mersereau said she had asked staff to look at whether the work could be done in two winter phases instead, but was told that would add a year and nearly $3 million to the $14-million project.

"It's not ideal, but I'd rather have a safe dock in the fall than another emergency closure," she said.

The Alderney route to downtown Dartmouth is not affected.
"""),
    "junk-za-site": dict(
        lang="en", title="Eastern Cape taxi owners and bus company agree on shared routes after month of standoff",
        dek="The deal ends blockades that left thousands of commuters walking to work",
        author="Sipho Mahlangu", date="2026-11-09",
        body="""
Taxi associations and the municipal bus company in Gqeberha have signed an agreement to share four contested routes, ending a month of blockades that left thousands of commuters walking to work.

The deal, signed on Sunday night after talks mediated by the provincial transport department, gives taxis the morning peak on two routes into the city centre and gives buses priority on two others, with a review after six months.

The standoff began in early October when the bus company introduced new routes from the northern areas. Taxi owners said the routes had been drawn over theirs without consultation and blocked the depot on three occasions.

MEC for transport Nomvula Tshabalala said the agreement was "a compromise that puts commuters first". She said the department would pay for marshals at the four main interchanges for the first three months.

Commuters welcomed the end of the blockades but said they wanted a guarantee they would not return.

"Last week I walked nine kilometres twice. I lost two days' pay," said Thandeka Mbatha, who works at a packaging plant in the industrial area.

The chairperson of one of the taxi associations, Mzwandile Ngcobo, said his members had agreed to drop a court application against the bus company as part of the deal. "We are not against buses. We are against being pushed out without a word," he said.

The bus company said it would publish new timetables on Wednesday and resume the suspended routes on Monday next week.

Analysts said similar disputes in other metros had flared again within a year because the agreements lacked a way to settle new complaints. The Gqeberha deal sets up a joint committee that must meet every month.
"""),
    "junk-fin-paywall": dict(
        lang="en", title="Copper smelter sale stalls as buyers balk at power costs",
        dek="The owner had hoped to close the deal before year-end; two bidders have walked away",
        author="Harriet Vance", date="2026-11-26",
        body="""
The sale of one of Europe's last independent copper smelters has stalled after two of three shortlisted bidders withdrew, citing the cost of the long-term electricity contracts they would have to take on.

The smelter, on the Baltic coast, processes around 280,000 tonnes of concentrate a year and employs 1,400 people. Its owner, a family-controlled holding company, put it up for sale in March and had hoped to sign a deal before the end of the year.

People familiar with the process said the remaining bidder, a commodity trading house, had asked for a state guarantee on power prices for the first five years. The government has said it will not offer guarantees to a single plant.

The smelter uses about 1.6 terawatt hours of electricity a year. Its current supply contract, signed in 2019, expires in 2028, and offers from utilities for the period after that have come in at roughly twice the old price.

"The asset is good and the order book is full, but nobody wants to buy a plant whose margin depends on a number no one can forecast," said one banker who has looked at the sale.

Copper treatment charges, the fees smelters earn for processing concentrate, fell to record lows this year as new capacity in Asia competed for ore. That squeezed margins across the industry and left European plants, with their higher energy and labour costs, most exposed.

The holding company said in a statement that it remained "in constructive discussions" and that the plant's operations were not affected.

Unions at the site have asked the government for a meeting. A spokesperson for the economy ministry said the ministry was "following the process closely".
"""),
    "junk-us-weekly-blox": dict(
        lang="en", title="Township board votes to keep the old Carnegie library open three more years",
        dek="",
        author="Dale Hutchins", date="2026-11-13",
        body="""
The Marlow Township board voted 4-1 Tuesday night to keep the 1911 Carnegie library on Main Street open through 2029, reversing a plan to move its collection to the new community center.

About 70 residents filled the meeting room at the township hall, and 19 of them spoke during public comment. All but two asked the board to keep the building open.

"My grandmother got her first library card in that building, and so did my granddaughter," said Arlene Bix, who has volunteered at the library's Saturday story hour for 22 years.

The board had approved the move in March as part of the community center project, saying the old building needed a new roof and an elevator that together would cost about $640,000. Trustee Ron Keefer, who cast the lone vote against Tuesday's motion, said that figure had not changed.

"I love the building too, but we are going to have to find the money, and I haven't heard where from," Keefer said.

Supervisor Janet Olander said the township would apply for a state historic preservation grant in January, and that the Friends of the Library group had pledged to raise $75,000 toward the roof.

The motion keeps the library open at its current hours, Tuesday through Saturday, and directs the township manager to return with a repair plan by June. The new community center will still get a small reading room with children's books and computers.

Library director Pam Soriano said after the meeting she was relieved. "Now we can stop packing boxes," she said.
"""),
    "junk-amp": dict(
        lang="en", title="Minor league ballpark to host winter ice rink after city approves lease",
        dek="The rink will open on the outfield grass the week before Thanksgiving",
        author="Marcus Bell", date="2026-10-28",
        body="""
The city council on Monday approved a lease that will let a private operator build a seasonal ice rink on the outfield of Riverside Park, home of the city's minor league baseball team, from November through February.

The operator, a family business that runs rinks in three other ballparks in the region, will pay the city $42,000 a season and cover the cost of restoring the grass before opening day in April.

Team president Lorraine Duffy said the rink would bring people to the ballpark in months when it normally sits empty. The concourse concession stands will be open on weekends, and the team store will sell skates and hot chocolate.

"This park has been dark from October to April for thirty years," Duffy said. "Now it will be full of kids on a Saturday in January."

The rink will measure about 60 by 120 feet and will be open every day from 10 a.m. to 9 p.m. Admission will cost $12 for adults and $8 for children, including skate rental.

Council member Tomas Reyes voted against the lease. He said the field's groundskeeper had warned that the refrigeration equipment could damage the turf and that the city would be left with the repair bill if the operator's estimate proved too low.

The lease requires the operator to post a $50,000 bond to cover any damage. The city's parks director said the other ballparks where the company operates had reopened on time each spring.

The rink is scheduled to open on Nov. 20.
"""),
}
