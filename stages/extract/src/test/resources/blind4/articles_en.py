"""The fifteen English articles of the blind-4 set: invented events, written for this set.

Body format (read by build_pages.blocks_of): blocks separated by a blank line; "## " subheading, "> " block quote,
"- " bullet item, "# " numbered item, "| a | b |" table row (first row is the header); inside a block [text](url) is a
link and **text** is bold.
"""

ARTICLES = {
    "junk-newspack-nonprofit": {
        "title": "County paid jail health contractor $1.4 million for shifts nobody worked, audit finds",
        "date": "2026-11-12",
        "lang": "en",
        "author": "Renata Oyelaran",
        "dek": "Auditors found nurse shifts billed to Tallow County that do not appear in the jail's own sign-in logs.",
        "body": """
Tallow County paid the company that runs medical care at its jail about $1.4 million over three years for nursing shifts that were never staffed, according to an audit released Wednesday by the county comptroller.

The audit compared invoices from Meridian Correctional Health with the jail's electronic door logs and found 6,212 hours of nursing time that were billed but that no nurse appears to have worked. In one week in August 2025, the company billed for two nurses on every overnight shift while the logs show a single nurse badging in.

Comptroller Dana Whitcombe said her office began looking at the contract after families of detainees complained that sick calls went unanswered at night. "We were not looking for a billing problem at first," she said. "We were looking at response times, and the hours simply did not add up."

Meridian said in a statement that the door logs do not capture staff who enter with other employees and that it would "work cooperatively with the county to reconcile the records." The company did not answer questions about the August shifts.

The county's contract, signed in 2023 and worth about $4.8 million a year, requires Meridian to keep two nurses on site around the clock and lets the county withhold payment for hours that are not covered. The audit found that the county's jail administrator approved the invoices without comparing them with any staffing records.

County Executive Paul Greer said the county would ask Meridian to repay the money and would hire an outside monitor to check staffing every month. Two members of the county board called for the contract to be put out to bid again when it expires next June.

The audit also recommends that the county publish the jail's nurse staffing levels every quarter. The board is expected to discuss the findings at its meeting on December 3.

Records reviewed for this story are available through the county's [public audit portal](https://comptroller.tallowcounty.gov/audits/2026-jail-health).
""",
    },
    "junk-arc-national": {
        "title": "Transportation Department delays rule on rail tank car inspections for a third time",
        "date": "2026-10-29",
        "lang": "en",
        "author": "Marcus Ellery",
        "dek": "The rule, first proposed after a 2024 derailment, would require ultrasonic tests of older tank cars every five years.",
        "body": """
The Transportation Department has again postponed a rule that would require railroads and car owners to test older tank cars for hidden cracks, according to a [notice published Wednesday](https://www.federalregister.gov/documents/2026/10/29/2026-21877/hazardous-materials-tank-car-integrity-inspections), pushing the deadline for a final version into the spring of 2027.

The rule, which regulators first proposed after a tank car split open during a derailment near Caldwell, Idaho, in 2024, would require ultrasonic inspections every five years for cars built before 2011 that carry flammable liquids. About 41,000 cars in service would be affected, according to the department's own estimate.

In the notice, the Pipeline and Hazardous Materials Safety Administration said it needed more time to review more than 900 public comments, many from car leasing companies that argue the testing equipment is not yet available at enough repair shops.

"We are committed to getting this right," the agency said in a statement. It declined to make an official available for an interview.

Safety advocates said the delay leaves the most dangerous cars on the tracks. "Every month this rule slips is another month these cars roll through towns without anyone looking inside the steel," said Loretta Banfield, who leads a coalition of communities along freight rail lines.

The Tank Car Lessors Council, which represents car owners, said in its comment that a five-year cycle would take about 8,000 cars out of service at once and would cost the industry more than $600 million. The group has asked for a ten-year cycle instead.

The delay is the third since the proposal was published. The agency first said it would issue a final rule by the end of 2025, then moved the target to June of this year.

Two senators from Idaho and Ohio wrote to Transportation Secretary officials last month asking for a firm date. A spokesman for one of them, Sen. Ruth Ashby, said Wednesday that she would ask for a hearing on the rule when the Senate returns in November.

Railroads reported 14 tank car breaches in derailments last year, according to federal data, down from 19 the year before.
""",
    },
    "clean-localgov-council": {
        "title": "Food waste collections to start in every street from April",
        "date": "2026-11-18",
        "lang": "en",
        "author": "",
        "dek": "",
        "body": """
Every household in the borough will get a weekly food waste collection from 6 April 2027, after councillors approved the new service at the cabinet meeting on Tuesday 17 November.

Around 62,000 homes will receive a small kitchen caddy and a larger outdoor bin in February and March. Flats with shared bins will get communal food waste containers, which will be placed by the end of March.

The change follows a national requirement for councils to collect food waste separately. At the moment about a third of what goes into the average general waste bin in the borough is food.

## What changes for you

- Food waste will be collected every week, on the same day as your recycling or general waste.
- General waste will still be collected every two weeks.
- Garden waste collections do not change, and the annual charge stays the same.
- You can line your caddy with compostable liners, newspaper or a plastic bag.

## What can go in the food waste bin

All cooked and uncooked food can go in, including meat and fish bones, tea bags, coffee grounds, fruit and vegetable peelings, bread, rice and pasta. Liquids, oils and packaging cannot.

## Delivery dates

| Area | Bins delivered | First collection |
| --- | --- | --- |
| North wards | 1 to 12 February | 6 April |
| Central wards | 15 to 26 February | 7 April |
| South wards | 1 to 12 March | 8 April |
| Flats and shared bins | by 31 March | 6 to 9 April |

Councillor Amrit Sandhu, cabinet member for the environment, said: "Food that is collected separately is turned into energy and fertiliser instead of being burned with the rest of the rubbish. We expect it to save the council around £400,000 a year in disposal costs once everyone is using it."

The food waste will be taken to an anaerobic digestion plant at Marsh Lane, which already treats food waste from two neighbouring councils.

Residents who need help carrying bins can ask for an assisted collection when the new service starts.
""",
    },
    "junk-squarespace-arts": {
        "title": "Eleven walls, eleven artists: the Eastgate mural trail is finished",
        "date": "2026-09-21",
        "lang": "en",
        "author": "Holly Brannagan",
        "dek": "",
        "body": """
The last coat of varnish went on the grain elevator wall on Friday afternoon, and with it the Eastgate mural trail is complete: eleven murals by eleven artists along a two-mile loop from the river to the old rail depot.

The project began three summers ago with a single wall behind the laundromat on Fifth Street, painted by local artist Teo Marchetti with help from forty neighbourhood children. It was meant to be a one-off. Then the owners of the hardware store across the road asked whether their side wall could be next.

Funding came from a mix of small business sponsorships, a state arts council grant of $38,000 and more than three hundred individual donations, most of them under $50. Every artist was paid, and every wall owner signed a ten-year agreement to keep the murals in place.

The largest piece, on the grain elevator, is 92 feet tall and shows the river as it looked before the levee was built, with the names of the families who farmed the bottomland painted into the reeds. Artist Sunny Okonkwo-Reyes spent six weeks on a lift to finish it.

"People kept stopping their cars to tell me whose grandfather was in there," she said. "I added two more names because of that."

The trail will have its official opening on Saturday, October 3, with guided walks at 10 a.m. and 2 p.m. starting from the depot. Local musicians will play at three of the walls, and the Fifth Street food trucks will be out until dark.

Printed trail maps are available at the library, the visitor centre and most shops along the route. The walk takes about an hour at an easy pace, and all of it is step-free.

We want to thank every volunteer who held a ladder, brought lunch or picked up a brush. This trail belongs to the neighbourhood.
""",
    },
    "junk-beehiiv-newsletter": {
        "title": "Issue 84: The heat pump rebate is finally open",
        "date": "2026-11-05",
        "lang": "en",
        "author": "Jonah Feld",
        "dek": "Who qualifies, how much you get, and the three mistakes that got early applications rejected.",
        "body": """
Hi friends,

After eight months of "any week now", the state's heat pump rebate opened to applications on Monday. I spent the week reading the program manual so you don't have to. Here is what you need to know.

## Who qualifies

- Homeowners and landlords in the state, for homes they own.
- Households earning up to 150 percent of the area median income get the full rebate.
- Households above that limit get half.
- Renters cannot apply directly, but a landlord can apply for a rental unit.

## How much you get

The rebate covers up to $8,000 for a whole-home heat pump and up to $1,750 for an electric panel upgrade if your contractor says you need one. The money goes to the contractor, who takes it off your invoice, so you never pay the full price up front.

## The three mistakes

I talked to two installers who have submitted about forty applications between them. The ones that came back rejected had one of three problems:

# The contractor was not on the state's approved list when the contract was signed.
# The application used the income from the wrong tax year. It has to be 2025.
# The old system was removed before the pre-installation photo was uploaded.

That last one is the most painful, because there is no way to fix it after the fact. Take the photo first.

## What it means for the grid

The utility expects about 12,000 installations in the first year. That is roughly the number it saw in the previous four years combined, and it has told regulators it may need to upgrade transformers on some older streets. If your street loses power more than usual this winter, that may be part of the reason.

## One more thing

If you applied and got a confusing letter back, reply to this email. I am collecting them and will ask the energy office about the most common questions in the next issue.

Stay warm,

Jonah
""",
    },
    "clean-podcast-transcript": {
        "title": "Episode 212: Why the town clock stopped",
        "date": "2026-10-14",
        "lang": "en",
        "author": "Priya Castellane",
        "dek": "",
        "body": """
**Priya Castellane:** For a hundred and twelve years the clock on the old courthouse in Marlow kept time. Then, in March, it stopped at twenty past four, and nobody could get it going again. Today we find out why. I'm here with Gil Haverford, who has wound that clock every Sunday since 1998. Gil, welcome.

**Gil Haverford:** Thanks for having me. I should say I didn't break it.

**Priya Castellane:** Nobody thinks you broke it. So what happened?

**Gil Haverford:** The clock runs on weights, like a grandfather clock, only the weights are about three hundred pounds each. They hang on a steel cable that goes down the inside of the tower. In March one of the cables frayed and the weight slipped about a foot and jammed against the wall. The whole movement stopped.

**Priya Castellane:** And you couldn't just replace the cable?

**Gil Haverford:** You can, if you can find someone who still makes that cable in the right size, and somebody who is insured to work up there. It took the county four months to find both.

**Priya Castellane:** The county has now approved thirty-one thousand dollars for the repair. Where does that money go?

**Gil Haverford:** About half goes to the clockmaker from Ohio who is rebuilding the escapement, which had worn badly. The rest is the cable, new pulleys and a proper platform so the next person doesn't have to climb a ladder nailed to the wall like I did.

**Priya Castellane:** Will you keep winding it?

**Gil Haverford:** I'm seventy-four. I've started teaching two high school students. One of them is better at it than I am already.

**Priya Castellane:** When will it run again?

**Gil Haverford:** If the parts arrive, the week before Thanksgiving. We'll start it at noon, and I'd like the whole town to come and hear it strike.

**Priya Castellane:** Gil Haverford, thank you.
""",
    },
    "junk-qa-magazine": {
        "title": "The engineer who taught a bridge to report its own cracks",
        "date": "2026-11-02",
        "lang": "en",
        "author": "Leah Montrose",
        "dek": "Tamsin Achebe-Lund has wired 140 bridges with sensors that listen for steel as it breaks. She explains what they hear.",
        "body": """
When a steel girder starts to crack, it makes a sound too faint and too high for anyone to hear. Tamsin Achebe-Lund, a structural engineer at the Northern Infrastructure Lab, has spent a decade building sensors that listen for it. Her system now runs on 140 bridges in four states. We spoke about what the bridges say, and who listens.

**What exactly are the sensors hearing?**

When a crack grows, even by a fraction of a millimetre, it releases a tiny burst of energy that travels through the steel as a sound wave. Our sensors are clamped to the girders and pick up those bursts. If we see several from the same spot, we know something is growing there.

**How is that different from an inspector with a flashlight?**

An inspector visits every two years and sees the surface. A crack can start inside a weld and grow for a long time before it shows. The sensors listen every second of every day.

**Has it caught anything an inspection missed?**

Yes, eleven times so far. The most serious was a crack in a floor beam on a river crossing in 2024. It was hidden under paint. The bridge was closed for nine days and repaired.

**Don't trucks and trains make a lot of noise too?**

They do, and filtering that out was the hard part. Traffic makes a low rumble. Cracks make short, sharp bursts. We trained the software on thousands of hours of both.

**What does it cost?**

About forty thousand dollars to equip a typical highway bridge, plus a few hundred a year for the data connection. Replacing a bridge costs many millions.

**So why isn't every bridge wired?**

Partly money, partly habit. Inspection rules were written around people looking at steel. Some states now accept sensor data as part of an inspection, but most don't yet.

**What would you change tomorrow if you could?**

I would make the data public. People drive over these bridges every day. They should be able to see how they are doing.
""",
    },
    "junk-sports-league": {
        "title": "Premier Women's Rugby confirms Halifax as its ninth club from 2028",
        "date": "2026-11-10",
        "lang": "en",
        "author": "PWR Media",
        "dek": "",
        "body": """
Premier Women's Rugby will grow to nine clubs from the 2028 season after the league's board approved an expansion bid from Halifax on Monday night.

The new club, which will play at the redeveloped Citadel Park ground, is backed by a group of local investors led by former Canada international Morag Fennimore and the regional university, which will provide training facilities and a high performance centre.

League commissioner Adaeze Holloway said the decision followed an eighteen-month process in which four cities had submitted bids. "Halifax showed us a plan that puts players first," she said. "Full-time contracts, a proper medical team and a ground that will feel full. That is what we want every club in this league to look like."

The Halifax bid committed to minimum contracts at the league standard for a squad of thirty-two players, and to a women's academy for players aged sixteen to twenty that will start in September 2027.

Fennimore, who won 58 caps and played in two World Cups, said the club would announce its head coach in the spring and begin signing players after the 2027 season. "There are players from this region who have had to move across the country to play at this level," she said. "We want the next ones to be able to stay home."

The league will hold an expansion allocation in which existing clubs can protect a number of players, with Halifax choosing from the rest. Details will be agreed with the players' association before the end of the year.

The ninth club means the regular season will move from fourteen to sixteen rounds. The 2028 fixture list will be published next summer.

The 2027 season begins on Saturday, March 6, when champions Ottawa Ravens host the Vancouver Tidal at home.
""",
    },
    "junk-legacy-obituary": {
        "title": "Evelyn Marguerite Stroud, 1931 - 2026",
        "date": "2026-11-16",
        "lang": "en",
        "author": "",
        "dek": "",
        "body": """
Evelyn Marguerite Stroud, who taught science to three generations of children at Linden Falls Elementary School, died peacefully at home on November 12, 2026, surrounded by her family. She was 95.

Evelyn was born on June 4, 1931, in Copper Ridge, the youngest of six children of Walter and Ada Pruitt. She grew up on the family dairy farm, where she learned to milk before she could read and never lost the habit of waking at five. She graduated from Copper Ridge High School in 1949 and earned her teaching degree from State Normal College in 1953, the first in her family to attend college.

She married Harold Stroud in 1954. They were married for sixty-one years until his death in 2015.

Evelyn taught at Linden Falls Elementary from 1955 until her retirement in 1993. Her classroom was famous for its incubator of chicken eggs every spring, its ant farm and the weather station she built on the roof with her students in 1971, which still records rainfall for the school today. Former students still stopped her at the grocery store to tell her they became nurses, engineers and farmers because of her.

After retiring she volunteered at the county historical society for twenty years and kept bees until she was ninety.

She is survived by her children, Carol Weir (Daniel) of Linden Falls and Thomas Stroud (Ruth) of Portland; five grandchildren; nine great-grandchildren; and her sister-in-law, Jean Pruitt. She was preceded in death by her husband, Harold, and by her five brothers and sisters.

A celebration of her life will be held at 11 a.m. on Saturday, November 21, at First Methodist Church in Linden Falls, with a reception to follow in the fellowship hall.

In lieu of flowers, the family asks that donations be made to the Linden Falls Elementary science fund.
""",
    },
    "junk-yahoo-syndication": {
        "title": "Heavy rain forces evacuation of 300 homes along the Tolsey River",
        "date": "2026-11-19",
        "lang": "en",
        "author": "Corinne Batley",
        "dek": "",
        "body": """
About 300 homes along the Tolsey River were evacuated on Wednesday night after two days of heavy rain pushed the river to its highest level in more than forty years, emergency officials said.

The river reached 19.4 feet at the Millbrook gauge shortly before midnight, nearly five feet above flood stage and just short of the record set in 1983. The National Weather Service said it expected the river to crest early Thursday and begin falling by the afternoon.

Residents of the Riverside and Old Mill neighborhoods were told to leave by 8 p.m. Many went to stay with relatives; about 70 people spent the night at a shelter the Red Cross opened at Millbrook High School.

"We watched it come up the yard one fence post at a time," said Dale Hutchins, who left his home on Water Street with his wife and two dogs. "By the time the fire department knocked, it was at the porch steps."

No injuries were reported. Firefighters used boats to reach four people who had stayed in their homes and later asked to be taken out.

The county closed eleven roads, including both bridges on Route 9, and schools in the Millbrook district will be closed Thursday. Power company crews had restored electricity to most of the 4,000 customers who lost it during the storm by Wednesday evening.

County emergency manager Felicia Ortman said officials would not let residents return until engineers had checked the levee that protects the Old Mill neighborhood, where water seeped through in two places on Wednesday.

"The levee held, and we want to make sure it keeps holding," Ortman said.

Parts of the county received more than six inches of rain since Monday. Forecasters expect dry weather through the weekend.
""",
    },
    "junk-linkedin-article": {
        "title": "What we learned from closing our warehouse for a four-day week",
        "date": "2026-10-07",
        "lang": "en",
        "author": "Beatriz Olumide-Hart",
        "dek": "",
        "body": """
A year ago this month, we moved everyone in our Leeds distribution centre to a four-day week, ten hours a day, with no change in pay. I promised our team I would share the results honestly, good and bad. Here they are.

First, the numbers. Orders shipped per labour hour rose by 6 percent over the year. Picking errors fell from 1.9 per thousand lines to 1.2. Unplanned absence dropped by almost half, from 4.8 percent of scheduled hours to 2.5. And in twelve months we lost four people, compared with nineteen the year before.

Not everything improved. Ten-hour shifts are long on your feet, and in the first two months we saw more minor strains and sprains. We brought in a physiotherapist one morning a week and changed our break pattern to two short breaks and one long one, and the injury rate came back to normal by spring.

We also had to run the site six days a week to keep our delivery promises, which meant two overlapping teams. Getting the rota right took three attempts, and some people who had worked together for years ended up on different days. A few of them still tell me they miss it.

Customers did not notice any difference, which was the point. Our on-time rate stayed at 98.6 percent.

The biggest change was one I did not expect. When we asked the team what they did with the extra day, the most common answer was not rest or hobbies. It was "the things I used to take a day off for": appointments, school events, looking after parents. People were no longer using their holiday to run their lives.

We are keeping the four-day week. Next year we will try it in our customer service team, where the work is very different and the results may be too.

If you are thinking about doing the same, I am happy to share what we got wrong.
""",
    },
    "junk-sno-student-paper": {
        "title": "Student senate votes to fund free menstrual products in every campus restroom",
        "date": "2026-11-13",
        "lang": "en",
        "author": "Kiara Delacroix-Mensah",
        "dek": "",
        "body": """
The Associated Students senate voted 21-3 on Thursday night to spend $46,000 a year from the student activity fee to stock free menstrual products in every restroom on campus, including men's and all-gender restrooms.

The resolution, written by senators Hana Okafor and Lucas Brennan-Tate, replaces a pilot program that put free products in eight restrooms in the library and the student union last spring. According to the resolution, the dispensers in the pilot were refilled more than 300 times in one semester.

"Students told us they were leaving class, walking across campus or going home because they didn't have what they needed," Okafor said during the meeting. "That's missed learning time over something that costs a few cents."

The three senators who voted no said they supported the goal but objected to paying for it from student fees rather than the university's budget. "The administration should be covering this the same way it covers toilet paper," said senator Victor Lund, who represents graduate students.

Facilities director Gregory Tamm told the senate his department would install about 180 dispensers over winter break and refill them on the same schedule as other restroom supplies. The first year's cost includes the dispensers; the senate expects the yearly cost to fall to about $31,000 afterwards.

The resolution also asks the university to take over the cost within three years. Dean of Students Maribel Fuentes said in an email that the administration would "review the request as part of the next budget cycle."

The program is expected to start when the spring semester begins on January 20.

The senate also approved funding for two club sports teams and postponed a vote on changes to its election rules until its next meeting on December 4.

Correction: An earlier version of this story misspelled the name of senator Lucas Brennan-Tate.
""",
    },
    "junk-science-journal-news": {
        "title": "Microbes under Antarctic ice eat hydrogen made by grinding rock",
        "date": "2026-10-22",
        "lang": "en",
        "author": "Fenella Argyros",
        "dek": "Samples from a subglacial lake show a food web powered by the glacier itself.",
        "body": """
Bacteria living in a lake buried under 800 metres of Antarctic ice survive on hydrogen released when the glacier above grinds the bedrock into powder, [a study](https://doi.org/10.1038/s41561-026-01522-7) has found. The discovery suggests that moving ice can power life in places sunlight never reaches, including, some researchers say, under the ice shells of moons in the outer Solar System.

The team drilled into Lake Carrow, a body of water about the size of a football stadium beneath the Ross Ice Shelf, using hot water to melt a borehole in early 2025. They brought up water and sediment samples without exposing them to the surface.

Genetic analysis showed that the most common microbes in the lake carry the enzymes needed to use hydrogen gas as an energy source. The researchers then crushed rock from the lake bed in the laboratory under conditions like those under the glacier and measured the hydrogen it released.

"The amounts are small, but they are steady, and they are enough," says co-author Ingrid Solbakken, a geomicrobiologist at the Polar Institute in Tromsø. "As long as the ice keeps moving, the food keeps coming."

The study estimates that grinding could supply enough hydrogen to support between 10,000 and 100,000 cells per millilitre of lake water, in line with the numbers the team counted.

Hydrogen produced by water reacting with rock is known to feed microbes deep underground and at hydrothermal vents. What is new is the role of the glacier, says Anwen Pryce, a glaciologist at the University of Aberystwyth who was not involved in the work. "It turns the ice sheet into a kind of slow mill that feeds an ecosystem," she says.

Pryce cautions that one lake is a small sample, and that other subglacial lakes may depend on different energy sources. The team plans to sample a second lake, 300 kilometres away, in 2027.
""",
    },
    "junk-patch-hyperlocal": {
        "title": "Beloved Maple Avenue Bakery Reopens After Fire, With A Bigger Kitchen",
        "date": "2026-11-14",
        "lang": "en",
        "author": "Trent Alvarado",
        "dek": "Eight months after a kitchen fire closed it, the family-run bakery is back, and the line was out the door Saturday.",
        "body": """
The line stretched past the dry cleaner by 7 a.m. Saturday as Rosalind's Bakery on Maple Avenue reopened for the first time since a fire gutted its kitchen in March.

Owners Rosalind and Manny Duarte said they sold out of their cinnamon knots in under two hours and had to close the door for twenty minutes around lunchtime to bake more bread.

"We were nervous nobody would remember us," Rosalind Duarte said. "Instead people were crying at the counter. One woman brought the birthday card we put in her cake box in 1994."

The fire started in an electrical panel behind the ovens early on March 9. No one was hurt, but the kitchen and much of the equipment were destroyed and the building needed a new roof.

The Duartes used the rebuild to expand. The new kitchen is about twice the size of the old one, with a second deck oven that lets the bakery make wholesale orders for three local cafes. The front of the shop now has six small tables, something customers had asked for for years.

The family also added two full-time jobs, bringing the staff to eleven. Their daughter, Alma Duarte, who trained as a pastry chef in Chicago, is now running the kitchen.

Neighbours helped keep the business alive while it was closed. A [fundraiser](https://www.gofundme.com/f/rebuild-rosalinds-bakery) organised by the Maple Avenue Merchants Association raised more than $27,000, and the bakery sold bread from a borrowed kitchen at the church on Elm Street on Saturdays through the summer.

"This street carried us," Manny Duarte said.

Rosalind's Bakery is open Tuesday to Sunday, 6 a.m. to 3 p.m. The bakery said it will take Thanksgiving pie orders until November 21.
""",
    },
    "junk-wikinews": {
        "title": "Ferry service resumes between Kellin Island and mainland after six-week suspension",
        "date": "2026-11-09",
        "lang": "en",
        "author": "",
        "dek": "",
        "body": """
Passenger ferry service between Kellin Island and the mainland port of Sandholm resumed on Sunday after a six-week suspension caused by damage to the island's pier.

The pier was struck during a storm on September 26, when waves drove a moored fishing boat into its pilings. Inspectors closed it the next day after finding that three of its supporting piles had cracked. Since then the island's 640 residents have relied on a smaller boat that carried up to twelve passengers from a temporary landing on the island's north shore, and on weekly supply runs by a cargo barge.

The regional transport authority said repairs had cost about 1.2 million euros, and that the pier had been strengthened with steel sleeves around the damaged piles. The first sailing left Sandholm at 07:30 local time on Sunday with 84 passengers, many of them islanders returning after weeks on the mainland.

The island's school, which had moved its lessons online for older students who live on the mainland during the week, will return to its normal timetable from Monday.

Residents had criticised the length of the closure. The island council said in a statement that the suspension had hurt local businesses and left elderly residents unable to reach hospital appointments. The transport authority said it had needed to wait for specialist divers and a crane barge, both of which were working on other projects after the storm.

The authority said the full summer timetable of six daily sailings would be restored in April, and that the winter timetable of three daily sailings would apply until then.

The pier was built in 1978 and was due to be replaced in 2030. The authority said it would now bring forward a study on its replacement.
""",
    },
}
