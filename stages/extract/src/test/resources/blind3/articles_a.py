"""Blind-3 articles, part A (English, invented events written for this set).

Body markup: blocks split by a blank line; "## " subheading, "> " block quote, "- " bullet item, "# " numbered item,
"| a | b |" table row, [text](url) link, **text** bold.
"""

ARTICLES = {
    "junk-wire-service": {
        "lang": "en", "date": "2026-11-18", "author": "Tomas Ridley",
        "title": "Freight rail strike averted after overnight talks in Chicago",
        "dek": "Unions and carriers agree to a 40-day cooling-off period",
        "body": """Negotiators for four freight rail unions and the country's largest carriers reached a tentative agreement early Wednesday, hours before a strike deadline that shippers had warned could halt grain and chemical deliveries across the Midwest.

The deal, announced at a hotel near O'Hare airport shortly after 4 a.m., gives both sides 40 days to put a full contract to a vote. Union leaders said the key sticking point, the number of unpaid days crews may be held away from home, had been settled with a cap of six per month.

"Nobody got everything," said Dolores Kemp, president of the largest of the four unions, the Brotherhood of Yard and Road Workers. "But our members will be able to plan a birthday party again, and that matters."

The carriers' bargaining committee said in a statement that the agreement "protects service for customers while recognising the demands of a 24-hour railroad." It did not give details of the wage terms, which people familiar with the talks said would raise pay by about 14% over three years.

Shippers had begun contingency planning last week. Several fertiliser producers stopped loading tank cars on Monday, and at least two ethanol plants in Iowa said they would cut output if trains stopped running.

The agreement must still be ratified by rank-and-file members, who rejected a previous offer in September by a margin of roughly two to one. Kemp said she expected a closer vote this time but would not predict the result.

Transportation officials, who had hosted the final round of talks, said the administration had no plans to ask Congress to intervene. A federal mediator will remain available during the ratification period.

About 118,000 people work for the large freight carriers, down from more than 150,000 a decade ago. Rail moves around a quarter of the country's freight by weight.""",
    },
    "junk-trade-press": {
        "lang": "en", "date": "2026-10-29", "author": "Priya Hallam",
        "title": "Cold-chain operator opens automated pallet store at Felixstowe",
        "dek": "The 38-metre-high facility holds 24,000 frozen pallets with no forklifts inside",
        "body": """Arctica Logistics has opened what it says is the largest fully automated frozen store in eastern England, a 38-metre-high building next to the port of Felixstowe that can hold 24,000 pallets at minus 25 degrees.

The facility, which cost £71 million, uses stacker cranes running on rails between the racks to move goods in and out. No people work in the freezer chamber itself; staff handle pallets at a chilled dock where lorries load and unload.

Chief executive Martin Osei said the design cut energy use per pallet by about 40% compared with the company's older stores, mainly because a tall, narrow building has less roof and wall area through which heat can leak.

"A conventional cold store of this capacity would need three times the footprint," Osei told Freight Weekly. "Land near the port is scarce and expensive, so we built up."

The store will mainly serve importers of frozen seafood, fruit and vegetables arriving in refrigerated containers. Arctica says it can turn a container around in under two hours, from arrival at the gate to an empty box leaving again.

Customers are offered direct links between their own stock systems and the store's warehouse management software, so that orders from supermarket distribution centres can be picked overnight without manual input.

The project was delayed by eight months after the company had to reinforce the ground beneath the site, which lies on reclaimed marshland. Osei said piles had been driven to a depth of 22 metres.

The opening comes as demand for cold storage in the UK continues to outstrip supply. Industry association figures published in September put occupancy of frozen space at 94%, the highest since records began.

Arctica is planning a second automated store near Immingham, on the Humber, for which it expects to submit a planning application early next year. Around 60 jobs have been created at the Felixstowe site.""",
    },
    "clean-university-news": {
        "lang": "en", "date": "2026-11-02", "author": "Grace Mbeki",
        "title": "Students build low-cost sensor to warn of flooding in city basements",
        "dek": "",
        "body": """A team of engineering undergraduates has designed a water sensor that costs less than £12 to build and can send a text message when a basement starts to flood.

The device was developed as part of the second-year design project, in which students are asked to solve a problem put to them by a local organisation. This year the brief came from a housing association that manages about 900 flats, many of them in converted Victorian buildings with cellars.

"Tenants often don't go into their basements for weeks," said Dr Helen Achterberg, who leads the module. "By the time someone notices water, the boiler or the electrics may already be damaged."

The students' sensor has three parts:

- a pair of stainless steel probes that detect when water bridges the gap between them;
- a small board that wakes up once a minute, checks the probes and goes back to sleep;
- a low-power radio that sends an alert through a network already used by the city's parking meters.

Because it sleeps almost all the time, the sensor runs for an estimated four years on two AA batteries.

The team tested twenty prototypes in the basements of three buildings over the summer. Two of them raised the alarm during a storm in August, and in one case a caretaker was able to clear a blocked drain before water reached a storage room.

Fourth-year student Callum Reyes, who wrote the software, said the hardest part had been avoiding false alarms. "Condensation on cold pipes can drip onto the probes. We ended up requiring a reading to last for three minutes before sending a message."

The housing association has ordered 150 units for a pilot next year. The students have published the design under an open licence so that other landlords can build their own.

The module will run again in January, with projects from the city council, a food bank and a cycling charity.""",
    },
    "clean-gov-press-release": {
        "lang": "en", "date": "2026-11-20", "author": "",
        "title": "New rules for private water wells to take effect in spring",
        "dek": "",
        "body": """The Department of Natural Resources today announced changes to the rules for drilling and testing private drinking water wells, which will take effect on April 1, 2027.

About 310,000 households in the state rely on private wells. Unlike public water systems, these wells are not tested regularly unless the owner arranges it.

Under the new rules:

- a newly drilled well must be tested for bacteria, nitrate and arsenic before it is used for drinking water;
- the results must be given to the owner and filed with the department within 30 days;
- well drillers must record the depth and location of every new well using GPS coordinates;
- when a property with a private well is sold, the seller must disclose the date and result of the most recent test.

The rules do not require owners of existing wells to test them, but the department will offer free test kits to 20,000 households in counties where arsenic is known to occur naturally.

"Most people assume that if the water looks and tastes fine, it is safe," said Secretary Angela Forsberg. "Arsenic and nitrate have no taste, no smell and no colour. Testing is the only way to know."

The changes follow a two-year review that included six public meetings and more than 1,400 written comments. Several drillers asked for the GPS requirement to be phased in; the department agreed to accept coordinates from a smartphone until 2029.

Free test kits can be requested from county health offices starting January 15. Results usually take two weeks.

The full text of the rules and a summary of the public comments are available on the department's website.""",
    },
    "junk-sports-club": {
        "lang": "en", "date": "2026-11-15", "author": "Club Media",
        "title": "Report: Harbour Athletic 2-1 Crossfield Town",
        "dek": "Late Mensah header settles a tense derby at the Quayside",
        "body": """Kwame Mensah rose highest in the 88th minute to head home a corner and give Athletic a hard-earned win over their neighbours in front of a sell-out crowd at the Quayside.

It was a game that Athletic had controlled for long spells without creating much, and when Crossfield equalised against the run of play shortly after the hour, it looked as though the home side would have to settle for a point.

The opening goal came in the 23rd minute. Ellis Hart won the ball back high up the pitch, played a one-two with Daniel Osei and curled a shot into the far corner from 18 yards. It was the winger's fifth goal of the season.

Athletic had chances to double their lead before the break. Osei's volley was tipped over by Crossfield goalkeeper Rob Lyle, and Mensah's header from a free kick flashed just wide.

Crossfield came out stronger after half-time and were level in the 62nd minute. A long throw was flicked on at the near post and substitute Jordan Pike bundled it in from close range.

Manager Steve Carrow responded by bringing on Liam Adeyemi and switching to a back three, and the change gave Athletic more width. Adeyemi's cross in the 80th minute was cleared off the line, and from the resulting pressure the corner came that decided the game.

Harvey Quinn's delivery was perfect, and Mensah, who had been booked earlier for a late challenge, met it cleanly at the back post.

"The lads showed character," Carrow said. "It wasn't our best performance, but derbies are about winning, and we did that."

The result moves Athletic up to fourth in the table, two points off the play-off places. They travel to Marlow Rovers on Tuesday night.

Attendance: 11,204.""",
    },
    "clean-ghost-tech-blog": {
        "lang": "en", "date": "2026-09-30", "author": "Nadia Ferrante",
        "title": "Why we moved our job queue back to Postgres",
        "dek": "",
        "body": """Two years ago we moved background jobs out of our database and into a dedicated message broker. Last month we moved them back. This post explains why.

## What we had

Our product sends about four million emails and webhooks a day. Each one is a job. In 2024 those jobs lived in a broker cluster of three nodes, with a small service that read from it and wrote results to Postgres.

It worked. But every incident we had that year involved the gap between the two systems: a job marked done in the broker whose result never reached the database, or a row committed in the database whose job was never published.

## What we changed

We now write jobs into a table in the same transaction as the change that causes them. Workers claim jobs with a single query:

> SELECT id, payload FROM jobs WHERE run_at <= now() ORDER BY run_at LIMIT 50 FOR UPDATE SKIP LOCKED

SKIP LOCKED lets many workers poll the same table without waiting for each other. A job is deleted in the same transaction that records its result.

## What it cost

Three things got worse:

# Database load went up by about 8% at peak.
# We had to add a partial index and tune autovacuum on the jobs table.
# Fan-out to many consumers is harder; we kept the broker for the two cases that need it.

## What it bought

Since the switch we have had no lost or duplicated jobs. On-call pages related to the queue fell from eleven in the previous quarter to one. We also removed about 2,000 lines of reconciliation code.

## Would we recommend it?

Only if your job volume fits comfortably in one database. Ours peaks at around 300 jobs a second. If you need ten times that, a broker is still the better tool.

Thanks to Oskar and Lin for reviewing a draft of this post.""",
    },
    "junk-medium-post": {
        "lang": "en", "date": "2026-10-12", "author": "Dev Chaudhary",
        "title": "I stopped using my phone as an alarm clock. Here is what happened",
        "dek": "Thirty days, one ten-dollar clock, and a surprising amount of reading",
        "body": """In September I bought a plain battery alarm clock for ten dollars and moved my phone charger to the kitchen. I told myself I would try it for thirty days.

I had read the usual advice about screens and sleep. What finally pushed me was simpler: I noticed that the first thing I did every morning was read email from people in other time zones, and the last thing I did every night was the same.

The first week was awkward. I reached for the nightstand at least a dozen times a day out of habit. Twice I missed messages from friends that I would have answered at once, and one of them asked if I was angry with her.

By the second week something changed. With nothing to scroll, I started reading before bed again. I finished two novels that had been sitting on the shelf since spring.

I also fell asleep faster. I did not measure this properly, so take it with a grain of salt, but I went from lying awake for what felt like forty minutes to being asleep before I had read twenty pages.

Mornings were the bigger surprise. Without the phone, I got up, made coffee and only then picked it up. Whatever was in my inbox was the same at 7:30 as it would have been at 6:45, but I was in a much better state to deal with it.

Not everything was better. I am on call one week a month at work, and for those nights the phone had to come back into the bedroom. I also lost my sleep tracking, which I had liked more than I want to admit.

After thirty days I have kept the clock. The phone still sleeps in the kitchen.

If you try it, buy a clock with a light you can turn off. Mine glows green all night, and I had to cover it with tape.""",
    },
    "junk-local-tv": {
        "lang": "en", "date": "2026-11-21", "author": "Marisol Vega",
        "title": "Firefighters rescue two from icy reservoir after ice fishing trip goes wrong",
        "dek": "",
        "body": """Two men were pulled from the water at Blue Mesa Reservoir on Friday afternoon after the ice gave way beneath their snowmobile, fire officials said.

Crews from the West Elk Fire District were called at about 2:15 p.m. by another angler who saw the snowmobile go through the ice roughly 200 yards from shore.

Battalion Chief Renee Calder said both men had managed to hold onto the edge of the ice but were unable to pull themselves out. Rescuers in cold-water suits crawled out on the ice, tied a rope to each man and pulled them to safety using an inflatable sled.

"They were in the water for about twenty minutes," Calder said. "At that temperature, you have very little time before your hands stop working. They did the right thing by staying still and holding on."

Both men, who are in their fifties and from the Front Range, were taken to Gunnison Valley Hospital with hypothermia. Their conditions were not released Friday evening.

The snowmobile sank and has not been recovered.

The National Park Service, which manages the reservoir, said ice thickness had varied widely this week because of warm afternoons. Rangers measured between three and eight inches on Thursday, with the thinnest ice near inlets where moving water slows freezing.

Officials recommend at least four inches of clear ice for walking and at least eight for a snowmobile. They also urge anglers to carry ice picks, wear a life jacket and never go out alone.

The park service said it would post updated ice conditions at boat ramps this weekend.

This is the second ice rescue at the reservoir this season. In early November, a dog was rescued after chasing geese onto thin ice near the Elk Creek marina.""",
    },
}
