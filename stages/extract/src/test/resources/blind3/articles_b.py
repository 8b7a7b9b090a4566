"""Blind-3 articles, part B (English, invented events written for this set). Markup as in articles_a.py."""

ARTICLES = {
    "junk-ng-daily": {
        "lang": "en", "date": "2026-11-09", "author": "Chinedu Okafor",
        "title": "Lagos traders count losses as market fire destroys 120 shops",
        "dek": "",
        "body": """Traders at the Oke-Arin spare parts market on Lagos Island were on Sunday counting their losses after a fire that started late on Saturday destroyed at least 120 shops.

No life was lost, according to the Lagos State Emergency Management Agency, which said the fire began in a generator shop at about 11 p.m. and spread quickly through the narrow lanes of the market.

Firefighters from three stations battled the blaze for more than five hours. The agency's spokesman, Mr Ibrahim Adeyemi, said access had been difficult because goods and vehicles were packed along the roads leading into the market.

"Our trucks could not get close enough for almost forty minutes," he said. "Some traders had to move cars by hand before we could pass."

A trader who sells brake parts, Mrs Folake Ogunleye, said she had lost stock worth about N14 million. "Everything I have worked for since 2011 is gone," she said, standing in front of the burnt shell of her shop. "I took a loan in October to buy goods for the Christmas season."

The chairman of the market association, Alhaji Musa Bello, appealed to the state government for help and asked banks to give affected traders more time to repay loans.

It was the third fire at the market in five years. In 2023, a smaller fire destroyed about 30 shops in the same section.

The state Commissioner for Special Duties, Mr Tunde Bakare, who visited the scene on Sunday afternoon, said a committee would assess the damage and recommend relief measures. He also said the government would enforce rules against running generators inside market buildings overnight.

Police said investigations into the cause of the fire had begun, but there was no indication of foul play.""",
    },
    "junk-ke-daily": {
        "lang": "en", "date": "2026-10-22", "author": "Wanjiru Kamau",
        "title": "Avocado farmers in Murang'a turn to cooperatives to beat brokers",
        "dek": "Growers say collective selling has doubled the price they get per fruit",
        "body": """Small-scale avocado farmers in Murang'a County say they are earning twice as much per fruit after forming cooperatives that sell directly to exporters, cutting out brokers who used to buy at the farm gate.

At the Kiharu Avocado Growers Cooperative, which has 1,800 members, farmers now receive Sh12 for a Hass avocado that meets export standards, compared with Sh5 to Sh6 paid by middlemen two years ago.

"Before, the broker would come with his lorry and tell you the price. If you refused, the fruit would rot on the tree," said Mary Njeri, who has 60 trees on her two-acre farm. "Now we know the price before harvest."

The cooperative collects fruit at six aggregation centres, where it is weighed, sorted and recorded against each farmer's number. Payments are sent by mobile money within ten days.

Chairman Joseph Mwangi said the biggest challenge had been persuading farmers to wait for the right harvest time. Exporters reject fruit with low oil content, which is common when avocados are picked too early.

"Brokers used to buy immature fruit because they mixed it with good fruit and passed it on," he said. "We lost two containers in our first season because of that. Now we have trained members to test dry matter before picking."

Kenya exported about 120,000 tonnes of avocados last year, mainly to Europe, the Middle East and, more recently, China. The Agriculture and Food Authority has registered more than 40 avocado cooperatives in central Kenya.

County agriculture officer Peter Gitau said the county would set up a cold store in Kangema next year so that cooperatives could hold fruit for longer and negotiate better prices.

Not all farmers have joined. Some say they still prefer cash on the spot, even at a lower price, because they cannot wait ten days for payment.""",
    },
    "junk-pk-daily": {
        "lang": "en", "date": "2026-11-11", "author": "Ayesha Siddiqui",
        "title": "Karachi water board to install meters for 50,000 bulk consumers",
        "dek": "",
        "body": """The Karachi Water and Sewerage Corporation will install meters on the connections of 50,000 commercial and industrial consumers by June next year, its chief executive said on Tuesday.

Speaking at a news conference, Syed Imran Haider said the corporation currently billed most large consumers a flat rate based on the size of their pipe, which meant that it had no way of knowing how much water they actually used.

"We produce around 550 million gallons a day, but we can account for barely half of it," he said. "Metering the big users is the first step to finding where the rest goes."

The first phase will cover factories in the SITE and Korangi industrial areas, followed by hotels, hospitals, shopping centres and high-rise residential buildings with bulk connections.

Mr Haider said the corporation would use smart meters that send readings automatically, so that tampering could be detected quickly. The project is being financed under a World Bank loan for water services in the city.

Representatives of industrial associations welcomed the move in principle but said factories should not be charged for water they did not receive. Many industries in Karachi buy water from tankers because supply through the pipes is irregular.

"If we pay for a meter, we expect the water to come through it," said Khalid Mehmood of the SITE Association of Industry.

The chief executive acknowledged the problem and said supply to industrial areas would improve once the K-IV bulk water project began delivering its first phase, expected next year.

He also said the corporation had removed 1,200 illegal connections from its main lines in the past three months and registered cases against those responsible.

Domestic consumers will not be affected by the metering programme for now.""",
    },
    "junk-ph-portal": {
        "lang": "en", "date": "2026-11-03", "author": "Paolo Reyes",
        "title": "Island town in Palawan bans single-use plastics at its ferry terminal",
        "dek": "",
        "body": """The municipality of Coron in Palawan has banned single-use plastic bags, straws and food containers at its main ferry terminal, starting this month.

The ordinance, approved by the Sangguniang Bayan in September, covers all stores, food stalls and vendors within the terminal compound. Violators face a fine of P1,000 for a first offense and P3,000 for a second. A third offense can lead to the cancellation of a business permit.

Mayor Rodel Santiago said the terminal had been chosen first because it handled more than half a million passengers a year, many of them tourists bound for the island's lagoons and dive sites.

"A lot of the plastic we pull out of the bay comes from here," he said. "Visitors buy water and snacks before boarding, and the packaging ends up in the sea."

Vendors were given three months to prepare. Several now sell drinks in glass bottles with a deposit, and food stalls use banana leaves and paper boxes.

Lorna Dizon, who runs a snack stall near the departure area, said her costs had gone up slightly. "Paper boxes are more expensive, but the tourists like it, and some of them bring their own containers now."

The municipal environment office installed six water refilling stations in the terminal, where passengers can fill bottles for free.

Local environmental groups welcomed the ban but said it should be extended to the town's public market and to tour boats, which often serve packed lunches in plastic.

The mayor said the council would review the results in six months before deciding whether to expand the ordinance.

Coron was among the first towns in the province to regulate plastic use, passing a limited ban on plastic bags in supermarkets in 2019.""",
    },
    "junk-live-blog": {
        "lang": "en", "date": "2026-11-24", "author": "Live team",
        "title": "Storm Isolde live: trains cancelled and thousands without power",
        "dek": "",
        "body": """Storm Isolde is moving north-east across the country with gusts of up to 80mph on exposed coasts. Follow our live coverage below.

## Power cuts rise to 42,000

The regional network operator says about 42,000 homes are now without electricity, most of them in rural areas where lines have been brought down by falling trees. Engineers are being sent out, but the company warns some customers may not be reconnected until tomorrow evening.

## Bridge closed to high-sided vehicles

The Severnside bridge is now closed to lorries, vans and caravans. Cars can still cross at a reduced speed limit of 40mph.

## 'The waves are coming over the promenade'

Our reporter in Porthmawr says the seafront road has been closed after waves washed stones and seaweed across it. Several cafes have boarded up their windows.

"I've lived here thirty years and I haven't seen it like this since 2014," one resident told us.

## Rail operator: 'Do not travel'

The main rail operator in the west has told passengers not to travel for the rest of the day. Trees have blocked the line in at least four places, and a train was stopped near Llanfair after hitting a fallen branch. No one was hurt.

Tickets for today can be used tomorrow or refunded.

## Schools close early

Several councils have asked schools to close at lunchtime so that pupils can get home before the strongest winds arrive this afternoon.

## Good morning

Welcome to our coverage of Storm Isolde. The Met Office issued an amber warning overnight, and the first reports of damage are coming in from the south-west. We will bring you updates throughout the day.""",
    },
    "clean-longread": {
        "lang": "en", "date": "2026-10-04", "author": "Eleanor Whitcombe",
        "title": "The last lighthouse keepers",
        "dek": "",
        "body": """The lighthouse on Skerryvane was automated in 1998. For the two men who kept it until then, the island never quite let go.

Alasdair MacRae still wakes at four in the morning. For eighteen years that was when he climbed the 142 steps to the lamp room to log the weather, and his body has not forgotten.

## The watch

Keepers worked in teams of three, four weeks on the rock and four weeks ashore. The watches were fixed: one man through the night, one through the morning, one through the afternoon, with the lamp lit from sunset to sunrise.

"People think it was lonely," MacRae says. "It was the opposite. Three men in a tower for a month, you know everything about each other. How they take their tea. What they dream about."

His colleague for most of those years was Donald Farquhar, a former merchant seaman who had joined the lighthouse service after a ship he was on ran aground in fog.

## The storm of 1989

The worst night either man remembers was in January 1989, when a wave broke over the top of the tower's lower gallery, 30 metres above the sea, and smashed the kitchen window.

"We spent the night bailing with pots," Farquhar says. "The lamp never went out. That was the only thing that mattered."

## The end of the service

Automation came gradually. First the fog signal, then the radio, then the lamp itself, which is now switched and monitored from an office in Edinburgh.

The last keepers left Skerryvane on a calm day in March. Farquhar took the logbook with him, as was the custom. MacRae took a brass door handle, which he had polished every Sunday for eighteen years.

## Going back

Last summer, the two men went back to the island on a boat chartered by a heritage group. The tower is locked now. They stood at the door for a long time.

"It looked smaller," MacRae says. "Or maybe we got bigger.\"""",
    },
    "clean-correction": {
        "lang": "en", "date": "2026-11-06", "author": "Ben Okonkwo",
        "title": "County library system to end late fines on children's books",
        "dek": "",
        "body": """The Ashford County library system will stop charging late fines on children's and teen books from January 1, its board voted on Wednesday.

The board also agreed to clear existing fines on about 3,200 children's accounts, most of which owe less than $10.

Library director Sandra Whitfield said the fines brought in about $18,000 a year, less than 1% of the system's budget, but kept many families away.

"We had parents telling us their kids weren't allowed to borrow books anymore because they were afraid of the fines," Whitfield said. "That is the opposite of what a library is for."

Books will still have due dates, and borrowers will still be asked to pay for items that are lost or damaged. An item more than 45 days overdue will be treated as lost, and the account will be blocked until it is returned or paid for.

Board member Richard Haines voted against the change. He said fines taught children responsibility and that the library should not give up revenue while its building budget was under pressure.

The motion passed 6-1.

Libraries in several neighbouring counties have dropped fines in recent years. Whitfield said those that had done so reported more children's cards being used and no significant drop in the number of books returned.

The library will hold a "fresh start" week in January, with story times at all seven branches.

Correction: An earlier version of this article said the library system has nine branches. It has seven.""",
    },
    "junk-syndicated-local": {
        "lang": "en", "date": "2026-11-19", "author": "Hannah Lowry",
        "title": "Wildlife officials relocate grizzly that raided beehives near Bozeman",
        "dek": "",
        "body": """State wildlife officials captured and relocated a young male grizzly bear that had raided beehives on three properties north of Bozeman over the past two weeks.

Montana Fish, Wildlife and Parks said the bear, estimated to be about three years old, was trapped on Tuesday night near a hobby farm in the Bridger Canyon area. It was fitted with a GPS collar and released in a remote part of the Gallatin National Forest on Wednesday.

Bear specialist Kyle Danner said the animal had not shown aggression toward people but had learned that beehives were an easy source of food before winter.

"Once a bear gets a reward like that, it keeps coming back," Danner said. "Moving it early gives it the best chance of not getting into more trouble."

The hives' owners had reported damage starting in early November. At one property, the bear broke through a wooden fence and destroyed four hives, eating both honey and larvae.

Officials said the bear would be monitored through the winter. If it returns to residential areas after leaving its den in the spring, it could be moved again or, as a last resort, euthanized.

Grizzly bears have been expanding their range out of the Greater Yellowstone area in recent years, and sightings in valleys near Bozeman have become more common.

Wildlife officials recommend that beekeepers protect hives with electric fencing, which they said was highly effective and could be bought with cost-share help from the state.

The agency also reminded residents to secure garbage, bird feeders and livestock feed until bears have entered their dens, usually by early December.

Grizzlies in the lower 48 states are listed as threatened under the Endangered Species Act.""",
    },
}
