#!/usr/bin/env python3
"""The stress pages of the fifteenth group (issue 16): mainstream news pages of kinds no earlier group wrote, eight
kinds in each half, each kind in the other half on another (invented) site with other markup and other wording,
written without reading the extractor's code (stages/extract/src/main was never opened), so that the group measures
the rules honestly.

- Business and markets news (a US business channel, a US personal-finance and markets site, a German and a Spanish
  financial daily): "Key points" / "Das Wichtigste in Kürze"-style summary boxes, quote and chart embeds between
  paragraphs, market-data rails, "Watch:" video promos, disclosure and "opinions are the contributor's own" lines.
- Product reviews on news sites: affiliate disclosures, price and buy boxes, spec tables, score and verdict boxes,
  pros-and-cons boxes.
- AMP pages of mainstream dailies: amp-img, amp-ad, amp-social-share, amp-sidebar, amp-carousel markup.
- UK regional dailies on a Reach-like CMS: inline lists of other headlines, sign-up forms and prompts, "Get the
  latest ..." lines, "Story saved" and comment widgets.
- English-language dailies of India and Nigeria: "Also Read" lines, syndicated-feed disclaimers, channel prompts,
  app promos.
- Entertainment and celebrity news: gallery slides, "Advertisement" labels, "Continue reading below"-style lines,
  embedded social posts.
- Opinion pages: the author's closing one-line bio in italics, a disclaimer that opinions are the author's own.

Annotation (the existing groups' convention): the body is the article's paragraphs as a reader copies them, its
subheadings each a block, a list's items lines of one block, a quotation's paragraphs blocks; the headline, the dek,
byline and date lines, captions and credits, and every service line, promo, disclosure, box and list that is not the
story is furniture. Decisions for this group:
- A summary box of key points above the text is furniture (like a standfirst): the story says it again in prose.
- A ticker named inside a sentence ("(NYSE: HVF)") is the sentence's; a quote card or chart embed between paragraphs
  and the market-data rail are furniture.
- A figures table inside a markets story (quarterly results) is the article's: one block, a row a line, its cells
  in reading order. A review's spec table, price and buy boxes, score and verdict box, and the pros-and-cons box
  (a bulleted box beside the text) are furniture; but a review's own prose sections on what is good and bad, with
  their subheadings, written as the article's text, are the article's (the reviewer's words, not the site's box).
- An embedded social post, a gallery's slides and their captions are furniture; a post quoted in the prose is prose.
- An op-ed's closing one-line author bio in italics and its "views are the author's own" line are furniture.

Guards (sound like furniture, are the article's prose): in tune, a review paragraph opening "Should you buy it?",
a regional story's paragraph quoting a council leaflet ("Sign up for the garden waste service ..."), a markets
paragraph opening "Key points of the agreement ..."; in check, a paragraph opening "Also read into the record ...",
a markets paragraph on a regulator's "not investment advice" warning, and an op-ed paragraph opening
"Follow the money".

Same method as build_header_pages.py, whose page list, paragraph writer, chrome and writer it reuses; the pages pass
a head of meta tags to chrome() (the `head` it takes for that). Deterministic: run it again and nothing changes.
"""
from build_header_pages import chrome, page_list, ps, write_pages

PAGES, _ = page_list()


def page(half, name, lang, site, title, body, article, head=""):
    """As page_list()'s page(), with the head of meta tags the site would send."""
    PAGES.append((half, name, chrome(lang, site, title, article, head), title, body))


def meta(site, title, description, url, published, author, section, extra=""):
    """The head a mainstream news site sends: description, canonical, Open Graph, Twitter and article tags."""
    return (f'\n<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'\n<meta name="description" content="{description}">'
            f'\n<link rel="canonical" href="{url}">'
            f'\n<meta property="og:type" content="article"><meta property="og:site_name" content="{site}">'
            f'\n<meta property="og:title" content="{title}"><meta property="og:description" content="{description}">'
            f'\n<meta property="og:url" content="{url}"><meta property="og:image" content="{url.rsplit("/", 1)[0]}/lead.jpg">'
            f'\n<meta name="twitter:card" content="summary_large_image">'
            f'\n<meta property="article:published_time" content="{published}"><meta property="article:section" content="{section}">'
            f'\n<meta name="author" content="{author}">{extra}')


def items(lines):
    """A list's items as the reader copies them: one block, an item a line."""
    return "\n".join(lines)


def lis(lines):
    return "".join(f"<li>{x}</li>" for x in lines)


# ================================================================ tune half

# ---- business channel (CNBC-like): Key points box, quote card and chart embed between paragraphs, a "WATCH" video
#      promo, a results table that is the story's, a market-data rail, a disclosure line; guard: "Key points of the
#      agreement ..." as the story's own paragraph
T = "Halvorsen Freight shares sink 14% after the trucker cuts its outlook and pauses buybacks"
ROWS = [
    "Metric | Q3 2024 | Q3 2023",
    "Revenue | $3.41 billion | $3.87 billion",
    "Adjusted earnings per share | $0.62 | $1.18",
    "Operating ratio | 91.4% | 86.2%",
]
B = [
    "Shares of Halvorsen Freight (NYSE: HVF) fell 14% on Wednesday, their worst day since the pandemic, after the trucking company cut its full-year profit forecast and said it would stop buying back its own stock until freight demand recovers.",
    "The Omaha-based carrier now expects adjusted earnings of $2.10 to $2.30 a share for the year, down from a previous range of $3.00 to $3.25. Analysts polled by LSEG had expected $2.85.",
    "Chief executive Dana Whitcombe told analysts on a conference call that spot rates for dry-van loads had fallen for the sixth straight month and that large retail customers were holding less inventory ahead of the holiday season.",
    "\u201cWe are not going to chase volume at prices that lose money,\u201d Whitcombe said. \u201cWe would rather park trucks than run them empty.\u201d",
    "Here is how the company did in the third quarter compared with a year earlier:",
    items(ROWS),
    "The company said it would idle about 900 of its 11,000 tractors through the first quarter and had frozen hiring at its terminals in Texas and Georgia.",
    "Key points of the agreement with its drivers' union, signed in August, will not change, the company added: pay rates rise 4% in January as planned, and no driver will be laid off.",
    "Rival carriers also fell. Kestrel Logistics lost 6% and Bluewater Transport slid 4% as investors worried that the slump in freight would last into next year.",
    "Analysts at Morrow Keane cut their price target on Halvorsen to $48 from $61 but kept a hold rating, writing that the company\u2019s balance sheet was strong enough to ride out a longer downturn.",
]
page("tune", "markets-en-ny", "en", "MarketDesk", T, B, f"""<header class="PageHeader"><a class="PageHeader-logo" href="https://www.marketdesk.example/">MarketDesk</a>
<nav class="PageHeader-nav"><a href="https://www.marketdesk.example/markets/">Markets</a> <a href="https://www.marketdesk.example/business/">Business</a> <a href="https://www.marketdesk.example/investing/">Investing</a> <a href="https://www.marketdesk.example/tech/">Tech</a> <a href="https://www.marketdesk.example/politics/">Politics</a> <a href="https://www.marketdesk.example/video/">Video</a> <a href="https://www.marketdesk.example/pro/">PRO</a></nav>
<div class="MarketsBanner"><span>DOW <b>42,114.40</b> -0.41%</span> <span>S&amp;P 500 <b>5,797.42</b> -0.18%</span> <span>NASDAQ <b>18,291.62</b> +0.05%</span></div></header>
<main class="PageBuilder">
<div class="ArticleHeader-wrapper"><a class="ArticleHeader-eyebrow" href="https://www.marketdesk.example/earnings/">Earnings</a>
<h1 class="ArticleHeader-headline">{T}</h1>
<div class="ArticleHeader-time"><span>Published Wed, Oct 16 2024 10:42 AM EDT</span> <span>Updated Wed, Oct 16 2024 1:15 PM EDT</span></div>
<div class="Author-authorNameAndSocial"><a href="https://www.marketdesk.example/lauren-pike/">Lauren Pike</a> <a href="https://x.example/laurenpike">@LAURENPIKE</a></div>
<div class="ShareBar"><a href="https://www.facebook.com/sharer.php?u=marketdesk">Share</a> <a href="https://x.example/intent/tweet">Share Article via X</a> <a href="https://www.linkedin.com/shareArticle">Share Article via LinkedIn</a> <a href="mailto:?subject=Halvorsen">Share Article via Email</a></div></div>
<div class="RenderKeyPoints-keyPoints"><h2 class="RenderKeyPoints-header">Key Points</h2><ul>
<li>Halvorsen Freight cut its full-year profit forecast and paused share buybacks.</li>
<li>The trucker blamed falling spot rates and leaner retail inventories.</li>
<li>Rival carriers Kestrel Logistics and Bluewater Transport also fell.</li></ul></div>
<div class="InlineImage-imageEmbed"><img src="https://image.marketdesk.example/hvf-trucks.jpg" alt="Halvorsen trucks"><div class="InlineImage-imageEmbedCaption">Halvorsen Freight trucks at a terminal in Laredo, Texas, on Sept. 12, 2024.</div><div class="InlineImage-imageEmbedCredit">Callum Reyes | Bloomberg | Getty Images</div></div>
<div class="group">
{ps(B[:2])}
<div class="QuoteInBody-quoteNameContainer"><a href="https://www.marketdesk.example/quotes/HVF/">Halvorsen Freight Inc</a><span class="QuoteInBody-inlineButton">HVF</span><span class="QuoteInBody-last">$51.37</span><span class="QuoteInBody-change">-8.36 (-14.00%)</span></div>
{ps(B[2:4])}
<div class="InlineVideo-container"><p><strong>WATCH:</strong> <a href="https://www.marketdesk.example/video/2024/10/15/freight-recession-not-over.html">Freight recession isn't over yet, says logistics CEO</a></p><span>watch now</span><span>VIDEO 4:12</span></div>
<p>{B[4]}</p>
<table class="BasicTable-table"><thead><tr><th>Metric</th><th>Q3 2024</th><th>Q3 2023</th></tr></thead><tbody>
<tr><td>Revenue</td><td>$3.41 billion</td><td>$3.87 billion</td></tr>
<tr><td>Adjusted earnings per share</td><td>$0.62</td><td>$1.18</td></tr>
<tr><td>Operating ratio</td><td>91.4%</td><td>86.2%</td></tr></tbody></table>
{ps(B[6:8])}
<div class="ChartEmbed"><img src="https://charts.marketdesk.example/HVF-1Y.png" alt="chart"><span>Stock chart icon</span><span>Halvorsen Freight shares, one-year</span></div>
{ps(B[8:])}
<p class="RelatedContent-disclosure"><em>Disclosure: MarketDesk's parent company, Larchmont Media, is an investor in Kestrel Logistics.</em></p>
<div class="ProPill"><a href="https://www.marketdesk.example/pro/">Don't miss these insights from MarketDesk PRO</a><ul><li><a href="https://www.marketdesk.example/pro/2024/10/14/dividend-stocks.html">Analysts pick five dividend stocks to ride out a slowdown</a></li><li><a href="https://www.marketdesk.example/pro/2024/10/13/rail-vs-road.html">Railroads or truckers? Here's what Wall Street prefers</a></li></ul></div>
</div>
<aside class="MarketData-rail"><h3>Markets</h3><table><tr><td>HVF</td><td>51.37</td><td>-14.00%</td></tr><tr><td>KSTL</td><td>33.80</td><td>-6.02%</td></tr><tr><td>BWTR</td><td>18.45</td><td>-4.11%</td></tr></table><a href="https://www.marketdesk.example/markets/">View all markets</a></aside>
<div class="TrendingNow"><h3>Trending Now</h3><ol><li><a href="https://www.marketdesk.example/2024/10/16/mortgage-rates.html">Mortgage rates jump to highest since July</a></li><li><a href="https://www.marketdesk.example/2024/10/16/chipmaker-guidance.html">Chipmaker shares surge on AI guidance</a></li></ol></div>
</main>
<footer class="SiteFooter"><p>Subscribe to MarketDesk PRO</p><p>Data is a real-time snapshot. *Data is delayed at least 15 minutes. Global Business and Financial News, Stock Quotes, and Market Data and Analysis.</p><p>© 2024 MarketDesk LLC. All Rights Reserved.</p></footer>""",
     meta("MarketDesk", T, "Halvorsen Freight cut its full-year profit forecast and paused buybacks as spot rates kept falling.",
          "https://www.marketdesk.example/2024/10/16/halvorsen-freight-hvf-earnings-q3-2024.html", "2024-10-16T14:42:00+0000",
          "Lauren Pike", "Earnings"))

# ---- product review on a news site (audio): affiliate disclosure, score and price box, spec table, pros and cons box,
#      "Buy now" buttons, a "Best deals" rail; the review's own "What's good" / "What's not" prose is the article's;
#      guard: "Should you buy it?" subheading and paragraph
T = "Sonnet Arc 2 review: noise cancelling headphones that finally fix the fit"
B = [
    "The first Arc headphones sounded superb and pinched like a vice. Two years later Sonnet has rebuilt the headband, moved the battery into the ear cups and cut the weight by 40 grams, and the result is the first pair I have worn through a transatlantic flight without taking them off.",
    "I used the Arc 2 for three weeks on trains, in an open-plan office and on a ten-hour flight from London to Seattle, alongside the rival pairs I already know well.",
    "Design and comfort",
    "The new headband spreads its pressure across a wider strip of memory foam, and the cups swivel further than before, so they sit flat on the neck when you take them off. The touch panel on the right cup is gone; there are now three physical buttons, which you can find with gloves on.",
    "What's good",
    "Noise cancelling is the best I have tested this year. The drone of the aircraft almost disappeared, and the office chatter that defeats most headphones was turned down to a murmur. Battery life beat Sonnet's own claim: I got 41 hours with cancelling on before the warning tone.",
    "What's not",
    "The microphones are mediocre on calls outdoors, where a light wind made my voice sound as if I were in a tunnel. The case is bigger than the old one, and the app still asks you to create an account before it lets you change the equaliser.",
    "Should you buy it? If you fly often or work somewhere loud, yes: at \u00a3329 the Arc 2 costs less than the headphones it beats. If you mostly take calls on the move, the cheaper Arc Lite is the better buy.",
]
page("tune", "review-en-audio", "en", "The Daily Ledger", T, B, f"""<header class="site-header"><a class="logo" href="https://www.dailyledger.example/">The Daily Ledger</a>
<nav><ul><li><a href="https://www.dailyledger.example/news">News</a></li><li><a href="https://www.dailyledger.example/sport">Sport</a></li><li><a href="https://www.dailyledger.example/tech">Tech</a></li><li><a href="https://www.dailyledger.example/recommended">Recommended</a></li></ul></nav></header>
<div class="breadcrumbs"><a href="https://www.dailyledger.example/tech">Tech</a> › <a href="https://www.dailyledger.example/tech/reviews">Reviews</a></div>
<article class="review">
<h1 class="headline">{T}</h1>
<p class="standfirst">Sonnet has listened to the complaints, and its flagship is now as comfortable as it is quiet</p>
<div class="byline"><a href="https://www.dailyledger.example/author/owen-markham">Owen Markham</a> <span>Technology Editor</span> <time datetime="2024-03-21T07:00:00Z">Thursday 21 March 2024 07:00 GMT</time></div>
<p class="affiliate-disclosure"><em>Our reviews are independent and unbiased. We may earn a commission if you buy through the links in this article, which helps fund our journalism.</em></p>
<div class="verdict-box"><div class="score"><span>Rating</span> <b>4.5 out of 5</b></div><p class="verdict">Verdict: The most comfortable noise cancelling headphones Sonnet has made, with cancelling to match.</p>
<div class="price"><span>\u00a3329</span> <a class="buy" href="https://www.amazon.co.uk/dp/B0SONNETARC2?tag=dailyledger-21">Buy now</a> <span>at Amazon</span></div>
<div class="price"><span>\u00a3329</span> <a class="buy" href="https://www.johnlewis.example/sonnet-arc-2/p711842">Buy now</a> <span>at John Lewis</span></div></div>
<figure><img src="https://static.dailyledger.example/arc2.jpg" alt="Sonnet Arc 2"><figcaption>The Arc 2 in its new stone colour. Photograph: Owen Markham/The Daily Ledger</figcaption></figure>
<div class="article-body">
{ps(B[:2])}
<h2>{B[2]}</h2>
<p>{B[3]}</p>
<div class="ad-slot"><span>Advertisement</span><div id="dfp-mpu-1"></div></div>
<h2>{B[4]}</h2>
<p>{B[5]}</p>
<h2>{B[6]}</h2>
<p>{B[7]}</p>
<div class="pros-cons"><div class="pros"><h3>Pros</h3><ul><li>Class-leading noise cancelling</li><li>Comfortable for long flights</li><li>41-hour battery</li></ul></div>
<div class="cons"><h3>Cons</h3><ul><li>Weak call quality outdoors</li><li>Bulky case</li><li>App needs an account</li></ul></div></div>
<table class="specs"><caption>Specifications</caption><tr><th>Price</th><td>\u00a3329</td></tr><tr><th>Weight</th><td>248g</td></tr><tr><th>Battery</th><td>Up to 40 hours (ANC on)</td></tr><tr><th>Connectivity</th><td>Bluetooth 5.3, USB-C, 3.5mm</td></tr><tr><th>Codecs</th><td>SBC, AAC, LDAC</td></tr></table>
<p>{B[8]}</p>
<div class="product-widget"><p><strong>Sonnet Arc 2</strong></p><p>\u00a3329 at Amazon</p><a href="https://www.amazon.co.uk/dp/B0SONNETARC2?tag=dailyledger-21">Check price</a></div>
</div>
<p class="review-note"><small>Sonnet lent the Arc 2 for this review; it did not see the review before publication.</small></p>
</article>
<aside class="rail"><h3>Best deals this week</h3><ul><li><a href="https://www.dailyledger.example/recommended/best-headphones">The best headphones for every budget</a></li><li><a href="https://www.dailyledger.example/recommended/earbuds-deals">Earbud deals: our pick of the discounts</a></li></ul></aside>
<footer class="site-footer"><a href="https://www.dailyledger.example/about">About us</a> <a href="https://www.dailyledger.example/affiliates">How we make money</a> <p>© 2024 The Daily Ledger Ltd</p></footer>""",
     meta("The Daily Ledger", T, "Sonnet has listened to the complaints, and its flagship is now as comfortable as it is quiet",
          "https://www.dailyledger.example/tech/reviews/sonnet-arc-2-review", "2024-03-21T07:00:00Z", "Owen Markham", "Tech"))

# ---- AMP page of a mainstream daily: amp-sidebar menu, amp-img, amp-ad slots, amp-social-share bar, an
#      amp-carousel of other stories, the AMP boilerplate in the head
AMP_HEAD = ('\n<script async src="https://cdn.ampproject.org/v0.js"></script>'
            '\n<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>'
            '\n<script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script>'
            '\n<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>'
            '\n<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}</style>'
            '\n<noscript><style amp-boilerplate>body{-webkit-animation:none;animation:none}</style></noscript>')
T = "Ferry operator fined $2.3 million over engine failure that left 600 passengers adrift"
B = [
    "A ferry operator has been fined $2.3 million after a ship carrying more than 600 passengers lost power in a storm and drifted for six hours off the coast last winter.",
    "The maritime safety authority found that the operator, Coastline Crossings, had put off the replacement of a fuel pump on the Island Queen for eight months, despite warnings from its own engineers that the part was failing.",
    "The ship lost both engines about 40 minutes after leaving port on the evening of January 14. Waves of up to five metres pushed it towards a reef before a tug arrived and towed it back to harbour shortly after midnight.",
    "Nobody was seriously hurt, but 23 passengers were treated for minor injuries after a vending machine and several tables broke loose in the main lounge.",
    "\u201cThe passengers did everything that was asked of them. The company did not,\u201d the authority's chief executive, Helen Marsh, said on Monday.",
    "Passenger Tom Ridley, who was travelling with his two children, said the crew had been calm but had little information to give. \u201cFor three hours nobody could tell us whether anyone was coming,\u201d he said.",
    "Coastline Crossings said it accepted the findings, had replaced the pumps on all four of its ships and had hired an independent engineering firm to audit its maintenance records.",
    "The authority also ordered Coastline Crossings to hold an emergency drill with passengers on board at least twice a year for the next three years and to publish the results on its website.",
    "The company has 28 days to appeal. The fine is the largest the authority has imposed since it was set up in 2012.",
]
page("tune", "amp-en-daily", "en", "The Morning Standard", T, B, f"""<amp-sidebar id="sidebar" layout="nodisplay" side="left"><button on="tap:sidebar.close">Close</button>
<ul><li><a href="https://www.morningstandard.example/news/">News</a></li><li><a href="https://www.morningstandard.example/national/">National</a></li><li><a href="https://www.morningstandard.example/world/">World</a></li><li><a href="https://www.morningstandard.example/business/">Business</a></li><li><a href="https://www.morningstandard.example/sport/">Sport</a></li><li><a href="https://www.morningstandard.example/subscribe/">Subscribe</a></li></ul></amp-sidebar>
<header class="amp-header"><button on="tap:sidebar.toggle" class="hamburger">Menu</button><a href="https://www.morningstandard.example/"><amp-img src="https://www.morningstandard.example/logo.svg" width="180" height="32" alt="The Morning Standard"></amp-img></a></header>
<amp-ad width="320" height="50" type="doubleclick" data-slot="/1234/morningstandard/amp/top"><div placeholder>Advertisement</div></amp-ad>
<article class="amp-article">
<p class="kicker"><a href="https://www.morningstandard.example/national/">National</a></p>
<h1>{T}</h1>
<p class="byline">By <a href="https://www.morningstandard.example/by/rachel-oconnor-h1x0a">Rachel O'Connor</a></p>
<p class="dateline"><time datetime="2024-06-03T05:00:00+10:00">June 3, 2024 — 5.00am</time></p>
<div class="share-top"><amp-social-share type="facebook" data-param-app_id="1487"></amp-social-share><amp-social-share type="twitter"></amp-social-share><amp-social-share type="whatsapp"></amp-social-share><amp-social-share type="email"></amp-social-share></div>
<figure><amp-img src="https://static.morningstandard.example/island-queen.jpg" width="1200" height="675" layout="responsive" alt="The Island Queen"></amp-img><figcaption>The Island Queen is towed back into port in January.<span class="credit">Credit: Supplied</span></figcaption></figure>
<div class="amp-body">
{ps(B[:3])}
<amp-ad width="300" height="250" type="doubleclick" data-slot="/1234/morningstandard/amp/mrec1" data-multi-size="300x600"><div fallback>Advertisement</div></amp-ad>
{ps(B[3:6])}
<amp-ad width="300" height="250" type="doubleclick" data-slot="/1234/morningstandard/amp/mrec2"><div fallback>Advertisement</div></amp-ad>
{ps(B[6:])}
<p class="newsletter-cta"><em>Start the day with a summary of the day's most important and interesting stories, analysis and insights. <a href="https://www.morningstandard.example/newsletters/morning-edition">Sign up for our Morning Edition newsletter</a>.</em></p>
</div>
<div class="share-bottom"><p>Share</p><amp-social-share type="facebook"></amp-social-share><amp-social-share type="twitter"></amp-social-share><amp-social-share type="linkedin"></amp-social-share></div>
<div class="license"><a href="https://www.morningstandard.example/licensing">License this article</a></div>
<ul class="topics"><li><a href="https://www.morningstandard.example/topic/maritime">Maritime</a></li><li><a href="https://www.morningstandard.example/topic/transport">Transport</a></li></ul>
</article>
<amp-carousel class="more" layout="fixed-height" height="220" type="carousel"><h3>More from National</h3>
<a href="https://www.morningstandard.example/national/bridge-tolls-rise-20240602-p5ji8q.html"><amp-img src="https://static.morningstandard.example/t1.jpg" width="160" height="90"></amp-img><p>Bridge tolls to rise for the third time in two years</p></a>
<a href="https://www.morningstandard.example/national/harbour-pilots-strike-20240601-p5jh2k.html"><amp-img src="https://static.morningstandard.example/t2.jpg" width="160" height="90"></amp-img><p>Harbour pilots vote to strike over rosters</p></a></amp-carousel>
<footer class="amp-footer"><a href="https://www.morningstandard.example/national/ferry-operator-fined-20240602-p5jhx1.html">View the full site</a> <a href="https://www.morningstandard.example/privacy">Privacy</a> <p>Copyright © 2024 The Morning Standard</p></footer>""",
     meta("The Morning Standard", T, "The operator delayed replacing a failing fuel pump for eight months, the maritime safety authority found.",
          "https://www.morningstandard.example/national/ferry-operator-fined-20240602-p5jhx1.html", "2024-06-02T19:00:00Z",
          "Rachel O'Connor", "National", AMP_HEAD))

# ---- UK regional daily on a Reach-like CMS: "Read More" inline headline lists, a newsletter sign-up form, a "Get the
#      latest ..." line, "Story Saved", the comments widget, "Most Read" rail; guard: the council leaflet's "Sign up
#      for the garden waste service ..." quoted as the story's paragraph
T = "Thousands of households miss bin collections as new rounds start"
B = [
    "Thousands of households across Redbridge Vale have had their bins left unemptied this week after the council brought in new collection rounds, with some streets missed three times in a row.",
    "The council changed the day of collection for about 40,000 homes on Monday, the first overhaul of its rounds in fourteen years, to cut the distance its lorries drive by a fifth.",
    "But residents in Fernhill, Ashby Green and parts of the town centre said crews had not turned up at all, and the council's phone line was so busy that callers were cut off after waiting for an hour.",
    "Retired nurse Margaret Doyle, 71, of Chestnut Avenue, said: \u201cI've put my bin out every morning since Monday and taken it back in every night. Nobody has been. The smell in this heat is awful.\u201d",
    "Sign up for the garden waste service before the end of the month and your first year costs \u00a335 instead of \u00a345, the leaflet posted to every home in May promised. Several residents who paid said their brown bins had not been collected once.",
    "Councillor Priya Sandhu, cabinet member for the environment, apologised and said extra crews would work on Saturday to clear the backlog.",
    "\u201cA change on this scale was always going to have teething problems, but this is not good enough and I am sorry,\u201d she said. \u201cEvery missed bin will be collected by Sunday night.\u201d",
    "Residents whose bins were missed are asked to report them on the council's website rather than by phone, and not to leave extra bags on the pavement.",
]
page("tune", "regional-en-mids", "en", "Redbridge Vale Live", T, B, f"""<header class="mod-header"><a class="logo" href="https://www.redbridgevalelive.example/">Redbridge Vale Live</a>
<nav class="primary"><a href="https://www.redbridgevalelive.example/news/">News</a> <a href="https://www.redbridgevalelive.example/sport/">Sport</a> <a href="https://www.redbridgevalelive.example/whats-on/">What's On</a> <a href="https://www.redbridgevalelive.example/news/property/">Property</a> <a href="https://www.redbridgevalelive.example/all-about/obituaries">Obituaries</a></nav></header>
<main>
<article class="article-main" itemscope itemtype="https://schema.org/NewsArticle">
<div class="topics-tags"><a href="https://www.redbridgevalelive.example/news/local-news/">Local News</a></div>
<h1 itemprop="headline">{T}</h1>
<p class="sub-title">Some streets have been missed three times since Monday, and callers to the council say they have been cut off after an hour</p>
<div class="article-information"><div class="author"><a href="https://www.redbridgevalelive.example/authors/jack-fenwick/">Jack Fenwick</a> <span>Local Democracy Reporter</span></div>
<div class="time-info"><span>11:32, 14 JUN 2024</span> <span>Updated 12:06, 14 JUN 2024</span></div>
<button class="bookmark">Bookmark</button> <span class="story-saved">Story Saved</span> <span>You can find this in your saved stories</span>
<a class="comment-link" href="https://www.redbridgevalelive.example/news/local-news/bins-missed-new-rounds-29381244#comments-wrapper">Comments (84)</a></div>
<figure class="lead-image"><img src="https://i2-prod.redbridgevalelive.example/bins.jpg" alt="Bins"><figcaption>Bins left out on Chestnut Avenue on Thursday (Image: Redbridge Vale Live)</figcaption></figure>
<div class="article-body" itemprop="articleBody">
{ps(B[:2])}
<div class="read-more-links"><p><strong>Read More</strong></p><ul><li><a href="https://www.redbridgevalelive.example/news/local-news/council-tax-rise-confirmed-29377610">Council tax rise confirmed as budget is approved</a></li><li><a href="https://www.redbridgevalelive.example/news/local-news/fernhill-road-closure-29379021">Fernhill road to close for six weeks for gas works</a></li></ul></div>
{ps(B[2:4])}
<form class="newsletter-signup"><p>Get the biggest stories from Redbridge Vale straight to your inbox by signing up to our newsletter</p><input type="email" placeholder="Enter your email"><button>Subscribe</button><p class="gdpr">We use your sign-up to provide content in ways you've consented to and to improve our understanding of you. This may include adverts from us and 3rd parties based on our understanding. You can unsubscribe at any time. <a href="https://www.redbridgevalelive.example/privacy-notice/">More info</a></p></form>
{ps(B[4:6])}
<p class="get-latest"><strong>Get the latest news from around Redbridge Vale sent to your phone by joining our <a href="https://www.whatsapp.com/channel/0029VaRVLive">WhatsApp community</a>.</strong></p>
{ps(B[6:])}
<div class="read-more-links"><p><strong>Read More</strong></p><ul><li><a href="https://www.redbridgevalelive.example/news/local-news/new-recycling-rules-explained-29380055">New recycling rules explained: what goes in which bin</a></li></ul></div>
</div>
<div class="comments-wrapper" id="comments-wrapper"><h3>Comments</h3><p>Join the conversation</p><a href="https://www.redbridgevalelive.example/news/local-news/bins-missed-new-rounds-29381244#comments">View 84 comments</a></div>
</article>
<aside class="most-read"><h3>Most Read</h3><ol><li><a href="https://www.redbridgevalelive.example/news/local-news/shop-closing-high-street-29380912">High street shop to close after 60 years</a></li><li><a href="https://www.redbridgevalelive.example/news/local-news/police-appeal-ashby-green-29381001">Police appeal after car fire in Ashby Green</a></li></ol></aside>
</main>
<footer class="mod-footer"><a href="https://www.redbridgevalelive.example/about-us/">About Us</a> <a href="https://www.redbridgevalelive.example/contact-us/">Contact Us</a> <p>Redbridge Vale Live is part of Vale Regional Media. © 2024 Vale Regional Media Ltd</p></footer>""",
     meta("Redbridge Vale Live", T, "Some streets have been missed three times since Monday, and callers to the council say they have been cut off after an hour",
          "https://www.redbridgevalelive.example/news/local-news/bins-missed-new-rounds-29381244", "2024-06-14T10:32:00Z",
          "Jack Fenwick", "Local News"))

# ---- Indian English-language daily: "Also Read" lines, the syndicated-feed disclaimer, a Telegram/WhatsApp prompt,
#      an app promo, "Catch all the ..." line, "First Published" line, trending topics
T = "Pune metro extension to airport gets final nod, work to begin in April"
B = [
    "The Maharashtra government on Tuesday gave final approval to a 14-km extension of the Pune metro to the city's airport, clearing the way for construction to begin in April after more than three years of delays.",
    "The elevated line will branch off the existing Vanaz-Ramwadi corridor at Kalyani Nagar and run through Viman Nagar to a station beneath the new airport terminal, with six stations in between.",
    "The project is estimated to cost \u20b93,860 crore, of which the state and the Centre will each contribute 20 per cent. The rest will come from a loan from a multilateral lender that is still being negotiated.",
    "Deputy chief minister Anil Deshpande said the line would take about 40,000 cars off the Nagar Road every day. \u201cAnyone who has tried to reach the airport at six in the evening knows why this is needed,\u201d he told reporters in Mumbai.",
    "The delays were caused mainly by a dispute over land near the airport, which belongs to the Air Force. Officials said the defence ministry had agreed last month to lease the land for 99 years.",
    "Residents of Viman Nagar have raised concerns about the felling of about 300 trees along the route. The metro corporation said it would transplant about half of them and plant ten saplings for every tree cut.",
    "The extension is to be completed by December 2027. Fares have not been announced, but officials said they would be in line with the existing network, where the longest journey costs \u20b935.",
]
page("tune", "daily-en-in", "en", "The Deccan Courier", T, B, f"""<header class="hdr"><a class="logo" href="https://www.deccancourier.example/">The Deccan Courier</a> <a class="epaper" href="https://epaper.deccancourier.example/">E-Paper</a>
<nav class="hdr-nav"><a href="https://www.deccancourier.example/india">India</a> <a href="https://www.deccancourier.example/cities">Cities</a> <a href="https://www.deccancourier.example/cities/pune">Pune</a> <a href="https://www.deccancourier.example/business">Business</a> <a href="https://www.deccancourier.example/cricket">Cricket</a> <a href="https://www.deccancourier.example/entertainment">Entertainment</a></nav></header>
<div class="trending-bar"><span>Trending Topics:</span> <a href="https://www.deccancourier.example/topic/monsoon">Monsoon</a> <a href="https://www.deccancourier.example/topic/ipl-2024">IPL 2024</a> <a href="https://www.deccancourier.example/topic/lok-sabha-elections">Lok Sabha Elections</a></div>
<div class="story-page">
<div class="breadcrumb"><a href="https://www.deccancourier.example/">Home</a> / <a href="https://www.deccancourier.example/cities">Cities</a> / <a href="https://www.deccancourier.example/cities/pune">Pune</a></div>
<h1 class="story-title">{T}</h1>
<h2 class="synopsis">The 14-km elevated line will link the Vanaz-Ramwadi corridor to the new terminal via Viman Nagar</h2>
<div class="author-info"><span>By <a href="https://www.deccancourier.example/author/sneha-kulkarni">Sneha Kulkarni</a></span>, <span>Pune</span> <span class="upd">Updated: Mar 12, 2024, 08:14 PM IST</span></div>
<div class="follow-us"><a href="https://news.google.com/publications/deccancourier">Follow us on Google News</a></div>
<div class="story-details">
{ps(B[:2])}
<p class="also-read"><strong>Also Read</strong> | <a href="https://www.deccancourier.example/cities/pune/pune-airport-new-terminal-opening-date-101710172215.html">Pune airport's new terminal: when will flights start?</a></p>
{ps(B[2:4])}
<div class="app-promo"><p>Get all the latest news from Pune and across India on the Deccan Courier app. <a href="https://play.google.com/store/apps/details?id=com.deccancourier">Download now</a></p></div>
{ps(B[4:6])}
<p class="also-read"><strong>ALSO READ:</strong> <a href="https://www.deccancourier.example/cities/pune/tree-felling-protest-baner-101710091122.html">Residents protest tree felling for road widening in Baner</a></p>
<p>{B[6]}</p>
<p class="channel-prompt">Stay updated with the latest news from Pune. <a href="https://t.me/deccancourier">Join our Telegram channel</a> and follow us on <a href="https://whatsapp.com/channel/0029VaDeccan">WhatsApp</a>.</p>
<p class="catch-all"><em>Catch all the <a href="https://www.deccancourier.example/cities">City News</a>, <a href="https://www.deccancourier.example/india">India News</a> and <a href="https://www.deccancourier.example/latest-news">Latest News</a> here.</em></p>
<p class="feed-disclaimer"><i>(This story has not been edited by Deccan Courier staff and is auto-generated from a syndicated feed.)</i></p>
<p class="first-published">First Published: Mar 12, 2024, 08:01 PM IST</p>
</div>
<div class="tags"><span>Topics:</span> <a href="https://www.deccancourier.example/topic/pune-metro">Pune Metro</a> <a href="https://www.deccancourier.example/topic/pune-airport">Pune Airport</a></div>
</div>
<aside class="right-rail"><h3>Top Stories</h3><ul><li><a href="https://www.deccancourier.example/india/heatwave-alert-vidarbha-101710250012.html">Heatwave alert for Vidarbha as mercury crosses 44\u00b0C</a></li><li><a href="https://www.deccancourier.example/business/sensex-nifty-today-101710250411.html">Sensex ends 300 points higher on bank rally</a></li></ul></aside>
<footer class="ftr"><a href="https://www.deccancourier.example/about-us">About Us</a> <a href="https://www.deccancourier.example/terms">Terms of Use</a> <p>Copyright \u00a9 2024 Deccan Courier Media Pvt Ltd. All rights reserved.</p></footer>""",
     meta("The Deccan Courier", T, "The 14-km elevated line will link the Vanaz-Ramwadi corridor to the new terminal via Viman Nagar",
          "https://www.deccancourier.example/cities/pune/pune-metro-airport-extension-final-nod-101710254018.html",
          "2024-03-12T20:01:00+05:30", "Sneha Kulkarni", "Pune"))

# ---- entertainment and celebrity news: "Advertisement" labels, a "Story continues below advertisement" line, an
#      embedded Instagram post, a gallery of slides with captions, "More on:" tags, a "Sign up for ... newsletter" box
T = "Talk show host Marisa Quell to end her programme after 19 years"
B = [
    "Marisa Quell, whose afternoon talk show has run on network television since 2005, said on Thursday that its nineteenth season would be its last.",
    "The 58-year-old broke the news to her studio audience at the end of Thursday's taping, telling them she wanted \u201cto leave while I still love walking through that door.\u201d Several audience members were in tears, according to people who were there.",
    "\u201cI have done more than 3,000 shows. I have interviewed presidents, chefs, a man who taught his goat to ski,\u201d she said. \u201cI want to find out what I am like when I am not talking.\u201d",
    "Quell later posted a short video from her dressing room in which she thanked her crew by name and joked that she planned to spend her first year off learning to cook \u201csomething other than toast.\u201d",
    "The show's ratings have held up better than most of its rivals in the daytime schedule, averaging about 1.4 million viewers a day this season, according to figures from a ratings firm. The network said it had no plans to replace it with another talk show and would fill the slot with news.",
    "Quell started her career as a weather presenter in Cleveland and became a household name after a segment in 2009 in which she reunited a soldier with the dog he had left behind overseas. The clip has been watched more than 80 million times.",
    "The final episode will air in May. A spokesperson said guests would be announced in the spring, and that Quell was \u201cnot ruling anything out\u201d for what comes next, including a podcast.",
]
page("tune", "celeb-en-tv", "en", "Spotlight Daily", T, B, f"""<header class="site-header"><a href="https://www.spotlightdaily.example/" class="brand">Spotlight Daily</a>
<nav><a href="https://www.spotlightdaily.example/celebrity/">Celebrity</a> <a href="https://www.spotlightdaily.example/tv/">TV</a> <a href="https://www.spotlightdaily.example/movies/">Movies</a> <a href="https://www.spotlightdaily.example/royals/">Royals</a> <a href="https://www.spotlightdaily.example/style/">Style</a> <a href="https://www.spotlightdaily.example/photos/">Photos</a></nav></header>
<div class="ad-leaderboard"><span class="ad-label">Advertisement</span></div>
<article class="entry">
<div class="entry-cat"><a href="https://www.spotlightdaily.example/tv/">TV</a></div>
<h1 class="entry-title">{T}</h1>
<div class="entry-meta"><span class="by">By <a href="https://www.spotlightdaily.example/author/kelsey-brandt/">Kelsey Brandt</a></span> <span class="date">Published Jan. 18, 2024, 3:47 p.m. ET</span></div>
<div class="share-icons"><a href="https://www.facebook.com/sharer/sharer.php?u=spotlight">Facebook</a> <a href="https://x.example/intent/tweet?via=spotlightdaily">Twitter</a> <a href="https://pinterest.example/pin/create">Pinterest</a> <a href="https://www.spotlightdaily.example/2024/01/18/marisa-quell-ending-show/#comments">Comments</a></div>
<figure class="wp-block-image"><img src="https://www.spotlightdaily.example/wp-content/uploads/2024/01/quell.jpg" alt="Marisa Quell"><figcaption>Marisa Quell on the set of her show in 2022. <span class="credit">Getty Images for Spotlight Daily</span></figcaption></figure>
<div class="entry-content">
{ps(B[:2])}
<div class="ad-inline"><span class="ad-label">Advertisement</span><div class="ad-slot" id="ad-inarticle-1"></div></div>
<p class="continue-reading">Story continues below advertisement</p>
<p>{B[2]}</p>
<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/C2Lq8xRuQel/"><div><p>To my crew, my audience, my mother who still calls after every show: thank you. Season 19 is our last. \u2764\ufe0f</p><p><a href="https://www.instagram.com/p/C2Lq8xRuQel/">A post shared by Marisa Quell (@marisaquell)</a></p></div></blockquote>
{ps(B[3:5])}
<div class="gallery-embed"><h3>Marisa Quell through the years</h3>
<div class="slide"><img src="https://www.spotlightdaily.example/gallery/quell-1.jpg" alt=""><p class="slide-caption">Quell as a weather presenter in Cleveland in 1998.</p><span class="slide-count">1 / 12</span></div>
<div class="slide"><img src="https://www.spotlightdaily.example/gallery/quell-2.jpg" alt=""><p class="slide-caption">With the soldier and his dog in 2009.</p><span class="slide-count">2 / 12</span></div>
<a class="gallery-link" href="https://www.spotlightdaily.example/photos/marisa-quell-through-the-years/">View gallery</a></div>
<div class="ad-inline"><span class="ad-label">Advertisement</span><div class="ad-slot" id="ad-inarticle-2"></div></div>
{ps(B[5:])}
<div class="newsletter-box"><p><strong>Sign up for Spotlight Daily's Celebrity newsletter</strong> for the latest news, every weekday.</p><a href="https://www.spotlightdaily.example/newsletters/">Sign up</a><p class="small">By clicking above you agree to the Terms of Use and Privacy Policy.</p></div>
<div class="more-on"><span>More On:</span> <a href="https://www.spotlightdaily.example/tag/marisa-quell/">marisa quell</a> <a href="https://www.spotlightdaily.example/tag/talk-shows/">talk shows</a></div>
</div>
</article>
<aside class="sidebar"><h3>Trending Now</h3><ul><li><a href="https://www.spotlightdaily.example/2024/01/18/awards-snubs/">The biggest snubs of this year's nominations</a></li><li><a href="https://www.spotlightdaily.example/2024/01/17/reality-star-engaged/">Reality star engaged after whirlwind romance</a></li></ul></aside>
<footer class="site-footer"><p>\u00a9 2024 Spotlight Daily Media. All Rights Reserved.</p><a href="https://www.spotlightdaily.example/terms/">Terms of Use</a> <a href="https://www.spotlightdaily.example/privacy/">Privacy Notice</a></footer>""",
     meta("Spotlight Daily", T, "Marisa Quell told her studio audience that the nineteenth season of her afternoon show will be its last.",
          "https://www.spotlightdaily.example/2024/01/18/marisa-quell-ending-show/", "2024-01-18T20:47:00Z", "Kelsey Brandt", "TV"))

# ---- opinion page of an Irish daily: "Opinion" label, the author's photo card, an "Opinions expressed ..." line, a
#      "Read more" box mid-text, the closing one-line bio in italics (furniture)
T = "We built the houses. We forgot the buses"
B = [
    "Drive out of any Irish city on a weekday morning and you will see the same thing: new estates of three-bedroom semis, neat and well built, with a car in every driveway and very often two. Now try to leave one of those estates without a car.",
    "In the last decade we have built tens of thousands of homes on the edges of our towns, and we were right to. The shortage was real, and it still is. But in too many places the houses arrived years before anything else did: the school, the shop, and above all the bus.",
    "I live in one of these estates. The nearest stop is a 25-minute walk along a road without a footpath, and the bus that stops there comes once an hour and stops at seven in the evening. My neighbours are not car enthusiasts. They are people with no other way to get to work.",
    "A problem of sequence",
    "Planners will tell you that a bus route needs passengers before it pays its way, and that passengers come after the houses. That is true, and it is exactly backwards. A family that buys two cars in its first year will not sell one when the bus finally arrives.",
    "Other countries do it the other way around. In parts of the Netherlands, a developer cannot sell the first house until the bus stop is built and the service is running. The bus runs half empty for a year or two. Then it fills up, because nobody had to unlearn anything.",
    "We could do the same. The money is small beside the cost of the roads we will otherwise have to widen. What it needs is for the transport authority to be at the table when the planning permission is granted, not five years later when the residents start writing letters.",
    "Until then, we will keep building estates that are green on paper and grey on the commute.",
]
page("tune", "oped-en-ie", "en", "The Leinster Times", T, B, f"""<header class="masthead"><a href="https://www.leinstertimes.example/">The Leinster Times</a>
<nav><a href="https://www.leinstertimes.example/news/">News</a> <a href="https://www.leinstertimes.example/opinion/">Opinion</a> <a href="https://www.leinstertimes.example/business/">Business</a> <a href="https://www.leinstertimes.example/sport/">Sport</a> <a href="https://www.leinstertimes.example/life-style/">Life &amp; Style</a> <a href="https://www.leinstertimes.example/subscribe/">Subscribe</a></nav></header>
<main class="opinion-layout">
<div class="section-label"><a href="https://www.leinstertimes.example/opinion/">Opinion</a></div>
<h1 class="headline">{T}</h1>
<p class="subheadline">New estates were built years before the services they need. Put the bus stop in first</p>
<div class="columnist-card"><img src="https://www.leinstertimes.example/authors/niamh-costigan.jpg" alt=""><a href="https://www.leinstertimes.example/opinion/niamh-costigan/">Niamh Costigan</a> <time datetime="2024-09-09T05:00:00Z">Mon Sep 09 2024 - 06:00</time></div>
<div class="gift-bar"><a href="https://www.leinstertimes.example/gift/">Gift this article</a> <a href="https://www.leinstertimes.example/opinion/2024/09/09/we-built-the-houses/#comments">Comments</a></div>
<div class="article-body-wrapper">
{ps(B[:3])}
<h3>{B[3]}</h3>
<p>{B[4]}</p>
<div class="related-box"><p class="label">Read more</p><ul><li><a href="https://www.leinstertimes.example/ireland/2024/09/02/rural-bus-routes-expanded/">Forty rural bus routes to be expanded next year</a></li><li><a href="https://www.leinstertimes.example/opinion/2024/08/27/commuter-towns/">Commuter towns deserve better than this</a></li></ul></div>
{ps(B[5:])}
<p class="author-bio"><em>Niamh Costigan is a transport planner and a former member of Kildare County Council.</em></p>
</div>
<p class="opinion-disclaimer"><small>Opinions expressed are the author's own. The Leinster Times welcomes letters on this and other subjects; <a href="https://www.leinstertimes.example/letters/">write to the editor</a>.</small></p>
<div class="paywall-prompt"><p>Subscribe for \u20ac1 a week for the first three months. <a href="https://www.leinstertimes.example/subscribe/">Subscribe now</a></p></div>
</main>
<aside class="opinion-rail"><h3>Most read in Opinion</h3><ol><li><a href="https://www.leinstertimes.example/opinion/2024/09/08/housing-targets/">Housing targets are a numbers game we keep losing</a></li><li><a href="https://www.leinstertimes.example/opinion/2024/09/07/an-irishmans-diary/">An Irishman's Diary on the last lighthouse keeper</a></li></ol></aside>
<footer class="site-footer"><p>\u00a9 2024 The Leinster Times DAC</p><a href="https://www.leinstertimes.example/terms/">Terms &amp; Conditions</a> <a href="https://www.leinstertimes.example/cookies/">Cookie Policy</a></footer>""",
     meta("The Leinster Times", T, "New estates were built years before the services they need. Put the bus stop in first",
          "https://www.leinstertimes.example/opinion/2024/09/09/we-built-the-houses-we-forgot-the-buses/",
          "2024-09-09T05:00:00Z", "Niamh Costigan", "Opinion"))

# ---- German financial daily (Handelsblatt/finanzen-like): "Das Wichtigste in Kürze" box, share price cards, a
#      "Lesen Sie auch" box, a "Mehr zum Thema" list, a "Hinweis" disclosure on conflicts of interest, a market-data rail
T = "Maschinenbauer Rettberg streicht 1200 Stellen und senkt die Prognose"
B = [
    "Der Maschinenbauer Rettberg aus Heilbronn baut wegen der schwachen Nachfrage aus der Autoindustrie rund 1200 Stellen ab, etwa jede zehnte in Deutschland. Das teilte der Vorstand am Dienstagabend nach einer Sitzung des Aufsichtsrats mit.",
    "Zugleich senkte das Unternehmen seine Prognose für das laufende Jahr. Der Umsatz werde nun bei 2,6 bis 2,7 Milliarden Euro liegen statt wie bisher erwartet bei 2,9 Milliarden Euro, die operative Marge bei sechs statt acht Prozent.",
    "Die Aktie verlor am Mittwoch im frühen Handel mehr als neun Prozent und fiel auf den tiefsten Stand seit zwei Jahren.",
    "Vorstandschef Matthias Kern begründete die Einschnitte mit dem Einbruch bei Aufträgen für Pressen und Montageanlagen, die Rettberg vor allem an Autohersteller und deren Zulieferer verkauft. \u201eUnsere Kunden investieren so wenig wie seit der Finanzkrise nicht mehr\u201c, sagte Kern.",
    "Betroffen sind vor allem die Werke in Heilbronn und im sächsischen Zwickau. Betriebsbedingte Kündigungen will der Vorstand nach eigenen Angaben möglichst vermeiden und setzt auf Altersteilzeit und Abfindungen.",
    "Die IG Metall kündigte Widerstand an. \u201eDer Vorstand hat jahrelang Rekordgewinne eingefahren und schickt jetzt die Belegschaft in die Krise\u201c, sagte die Bevollmächtigte in Heilbronn, Sabine Lutz.",
    "Analysten zeigten sich wenig überrascht. Die Schwäche im Autogeschäft sei seit Monaten bekannt, schrieb die Analystin Karin Feld von der Bank Hansa Invest. Entscheidend sei nun, ob Rettberg das Geschäft mit Anlagen für die Medizintechnik wie geplant ausbauen könne.",
    "Der Abbau soll bis Ende 2026 abgeschlossen sein. Über die Einzelheiten will der Vorstand in den kommenden Wochen mit dem Gesamtbetriebsrat verhandeln; im Ausland sind nach Unternehmensangaben zunächst keine Kürzungen geplant.",
]
page("tune", "markets-de-ffm", "de", "Finanzkurier", T, B, f"""<header class="fk-header"><a class="fk-logo" href="https://www.finanzkurier.example/">Finanzkurier</a>
<nav class="fk-nav"><a href="https://www.finanzkurier.example/unternehmen/">Unternehmen</a> <a href="https://www.finanzkurier.example/finanzen/">Finanzen</a> <a href="https://www.finanzkurier.example/politik/">Politik</a> <a href="https://www.finanzkurier.example/technologie/">Technologie</a> <a href="https://www.finanzkurier.example/meinung/">Meinung</a> <a href="https://www.finanzkurier.example/abo/">Abo</a></nav>
<div class="fk-ticker"><span>DAX 18.492 <b>-0,6 %</b></span> <span>MDAX 26.103 <b>-1,1 %</b></span> <span>EUR/USD 1,0841</span></div></header>
<main>
<article class="fk-artikel">
<p class="fk-rubrik"><a href="https://www.finanzkurier.example/unternehmen/industrie/">Industrie</a></p>
<h1>{T}</h1>
<p class="fk-teaser">Die Krise in der Autoindustrie erreicht die Zulieferer von Produktionsanlagen. Der Vorstand setzt auf Altersteilzeit, die IG Metall kündigt Widerstand an.</p>
<div class="fk-meta"><span>Jonas Albrecht</span> <span>12.11.2024 - 18:45 Uhr</span> <a href="https://www.finanzkurier.example/unternehmen/industrie/rettberg-stellenabbau/100081244.html#kommentare">Kommentieren</a> <button>Artikel merken</button></div>
<div class="fk-kurz"><h2>Das Wichtigste in Kürze</h2><ul><li>Rettberg streicht rund 1200 Stellen in Deutschland.</li><li>Die Prognose für Umsatz und Marge sinkt deutlich.</li><li>Die IG Metall will sich gegen den Abbau wehren.</li></ul></div>
<div class="fk-text">
{ps(B[:2])}
<div class="fk-kurs"><a href="https://www.finanzkurier.example/aktien/rettberg-aktie/">Rettberg AG</a> <span>ISIN DE000RTB1005</span> <span>Kurs 41,26 \u20ac</span> <span>-9,34 %</span> <a href="https://www.finanzkurier.example/aktien/rettberg-aktie/chart/">Zum Chart</a></div>
{ps(B[2:4])}
<aside class="fk-lesen"><p>Lesen Sie auch:</p><a href="https://www.finanzkurier.example/unternehmen/industrie/maschinenbau-auftraege-einbruch/100079910.html">Maschinenbauer melden den stärksten Auftragseinbruch seit 2009</a></aside>
{ps(B[4:])}
</div>
<p class="fk-hinweis"><small>Hinweis: Die Finanzkurier Mediengruppe ist über ein Beteiligungsunternehmen an der Hansa Invest AG beteiligt.</small></p>
<div class="fk-mehr"><h3>Mehr zum Thema</h3><ul><li><a href="https://www.finanzkurier.example/unternehmen/industrie/autozulieferer-stellenabbau/100080512.html">Autozulieferer: Wo in Deutschland jetzt Stellen wegfallen</a></li><li><a href="https://www.finanzkurier.example/finanzen/maerkte/mdax-verluste/100081001.html">MDax unter Druck: Industriewerte belasten</a></li></ul></div>
<div class="fk-abo"><p>Sie wollen mehr lesen? Testen Sie Finanzkurier Premium vier Wochen für 1 Euro.</p><a href="https://www.finanzkurier.example/abo/">Jetzt testen</a></div>
</article>
<aside class="fk-rail"><h3>Börsendaten</h3><table><tr><td>Rettberg</td><td>41,26</td><td>-9,34 %</td></tr><tr><td>Kessler Pressen</td><td>88,10</td><td>-2,05 %</td></tr></table><a href="https://www.finanzkurier.example/boerse/">Alle Kurse</a></aside>
</main>
<footer class="fk-footer"><a href="https://www.finanzkurier.example/impressum/">Impressum</a> <a href="https://www.finanzkurier.example/datenschutz/">Datenschutz</a> <p>\u00a9 Finanzkurier GmbH 2024. Alle Rechte vorbehalten.</p></footer>""",
     meta("Finanzkurier", T, "Die Krise in der Autoindustrie erreicht die Zulieferer von Produktionsanlagen.",
          "https://www.finanzkurier.example/unternehmen/industrie/rettberg-stellenabbau/100081244.html",
          "2024-11-12T17:45:00Z", "Jonas Albrecht", "Unternehmen"))

# ================================================================ check half

# ---- US markets and personal-finance site (MarketWatch/Forbes-like): contributor label and "opinions are their own"
#      line, inline quote chips between paragraphs, a figures table that is the story's, a "Video:" promo, a
#      market-snapshot rail; guard: the regulator's "not investment advice" warning quoted in the story's paragraph
T = "Fintech lender Brightloan posts first profit, but its stock slides on a warning about late payments"
ROWS = [
    "Quarter | Loans originated | Net income | 30-day delinquency rate",
    "Q1 2023 | $1.9 billion | -$41 million | 3.1%",
    "Q1 2024 | $2.6 billion | $12 million | 4.4%",
]
B = [
    "Brightloan Inc. reported the first quarterly profit in its eight years as a listed company on Thursday, but its shares fell nearly 11% in after-hours trading as the online lender warned that more of its borrowers were falling behind on their payments.",
    "The San Francisco company earned $12 million in the three months to March, against a loss of $41 million a year earlier, as it charged higher interest rates and cut its marketing budget by a third.",
    "The share of loans more than 30 days overdue, however, rose to 4.4%, the highest since the company began reporting the figure, and Brightloan set aside $180 million to cover loans it does not expect to be repaid.",
    items(ROWS),
    "\u201cOur customers are working, but they are stretched,\u201d chief financial officer Renata Osei said on a call with analysts. \u201cRent and car insurance are eating the raise they got last year.\u201d",
    "Brightloan makes unsecured personal loans of up to $50,000, mostly to borrowers who use them to pay off credit-card balances. It sells most of the loans on to banks and credit funds, which means a rise in defaults can quickly make it harder to find buyers.",
    "The lender has also drawn attention from state regulators. In March, the financial protection department of one state sent a letter to several online lenders saying that marketing emails describing a loan as \u201ca smart move for your finances\u201d could mislead consumers if they did not also say that this was not investment advice and that rates depended on credit history.",
    "Brightloan said it had changed its emails and did not expect a fine.",
    "Its shares had more than doubled since October, and several analysts said the sell-off reflected how much good news had already been priced in. \u201cA profit was the minimum the market wanted,\u201d said Tomas Lindgren, an analyst at Calder Securities.",
]
page("check", "markets-en-sf", "en", "Ticker Street", T, B, f"""<header id="masthead"><a class="brand" href="https://www.tickerstreet.example/">Ticker Street</a>
<ul class="menu"><li><a href="https://www.tickerstreet.example/latest-news">Latest</a></li><li><a href="https://www.tickerstreet.example/markets">Markets</a></li><li><a href="https://www.tickerstreet.example/personal-finance">Personal Finance</a></li><li><a href="https://www.tickerstreet.example/economy-politics">Economy</a></li><li><a href="https://www.tickerstreet.example/retirement">Retirement</a></li><li><a href="https://www.tickerstreet.example/watchlist">Watchlist</a></li></ul>
<div class="market-strip"><a href="https://www.tickerstreet.example/investing/index/djia">Dow 38,085.80 <span>-0.98%</span></a> <a href="https://www.tickerstreet.example/investing/index/spx">S&amp;P 500 5,048.42 <span>-0.46%</span></a> <a href="https://www.tickerstreet.example/investing/future/gold">Gold 2,342.50 <span>+0.77%</span></a></div></header>
<div class="container article-wrap">
<div class="article__masthead">
<span class="article__label">Earnings</span>
<h1 class="article__headline">{T}</h1>
<h2 class="article__subhead">Delinquencies rose to their highest since the lender began reporting them</h2>
<div class="article__byline"><span>Last Updated: April 25, 2024 at 6:31 p.m. ET</span> <span>First Published: April 25, 2024 at 4:20 p.m. ET</span> <span>By <a href="https://www.tickerstreet.example/author/derek-oyelaran">Derek Oyelaran</a></span> <button class="follow">Follow</button></div>
<div class="article__toolbar"><a href="https://www.tickerstreet.example/articles/brightloan-profit-delinquencies-11714076400#comments">Comments</a> <a href="https://www.tickerstreet.example/share?id=11714076400">Share</a> <a href="https://www.tickerstreet.example/gift?id=11714076400">Gift article</a></div>
</div>
<div class="column column--primary">
<div id="js-article__body" class="article__body">
<p>{B[0]}</p>
<div class="element element--quote"><a class="qt-chip" href="https://www.tickerstreet.example/investing/stock/blon">BLON <bdi>-10.86%</bdi></a><span class="qt-chip__time">After hours</span></div>
{ps(B[1:3])}
<table class="table table--primary"><thead><tr><th>Quarter</th><th>Loans originated</th><th>Net income</th><th>30-day delinquency rate</th></tr></thead>
<tbody><tr><td>Q1 2023</td><td>$1.9 billion</td><td>-$41 million</td><td>3.1%</td></tr><tr><td>Q1 2024</td><td>$2.6 billion</td><td>$12 million</td><td>4.4%</td></tr></tbody></table>
<p class="table__source"><small>Source: company filings</small></p>
{ps(B[4:6])}
<div class="element element--video"><p><b>Video:</b> <a href="https://www.tickerstreet.example/video/why-personal-loan-rates-keep-climbing/8C41A2F0">Why personal-loan rates keep climbing even as the Fed stands still</a></p><span class="video__duration">3:05</span></div>
{ps(B[6:8])}
<div class="element element--chart"><img src="https://charts.tickerstreet.example/blon-6m.png" alt=""><p>BLON, six-month chart</p><a href="https://www.tickerstreet.example/investing/stock/blon/charts">Interactive chart</a></div>
<p>{B[8]}</p>
<p class="article__disclaimer"><em>Ticker Street contributors' opinions are their own. Derek Oyelaran does not hold a position in any of the stocks mentioned.</em></p>
<p class="article__source"><small>Copyright \u00a92024 Ticker Street Media, Inc. All rights reserved. By using this site you agree to the Subscriber Agreement &amp; Terms of Use.</small></p>
</div>
<div class="referenced-tickers"><h3>Stocks mentioned in this article</h3><ul><li><a href="https://www.tickerstreet.example/investing/stock/blon">Brightloan Inc. BLON</a> <span>$24.18</span> <span>-10.86%</span></li></ul></div>
<div class="read-next"><h3>Read Next</h3><a href="https://www.tickerstreet.example/articles/credit-card-balances-record-11713980011">Credit-card balances hit a record. Here's who is carrying them</a></div>
</div>
<div class="column column--aside"><div class="market-snapshot"><h3>Market Snapshot</h3><table><tr><td>Dow</td><td>38,085.80</td><td>-0.98%</td></tr><tr><td>Nasdaq</td><td>15,611.76</td><td>-0.64%</td></tr><tr><td>10-yr Treasury</td><td>4.70%</td><td>+0.05</td></tr></table><a href="https://www.tickerstreet.example/markets">Markets overview</a></div></div>
</div>
<footer id="footer"><p>Intraday data provided by a market-data vendor and subject to terms of use. Historical and current end-of-day data provided by a market-data vendor. All quotes are in local exchange time.</p><a href="https://www.tickerstreet.example/terms">Terms of Use</a> <a href="https://www.tickerstreet.example/privacy">Privacy Notice</a></footer>""",
     meta("Ticker Street", T, "Delinquencies rose to their highest since the lender began reporting them",
          "https://www.tickerstreet.example/articles/brightloan-profit-delinquencies-11714076400",
          "2024-04-25T20:20:00Z", "Derek Oyelaran", "Earnings"))

# ---- tech review on a news site (laptop): "Why you can trust" note, an affiliate line under the headline, a score
#      card with "The Good" / "The Bad" bullets and price buttons, a specs table at the end, a "Compare" rail; the
#      reviewer's own prose sections are the article's
T = "Corvane Slate 14 review: a thin laptop with a battery that lasts two working days"
B = [
    "Thin laptops usually ask you to choose between a long battery and a fast chip. The Corvane Slate 14 manages both better than anything else I have tested at its price, and it gets there without a fan.",
    "I used it as my only computer for two weeks: writing, editing photos, running a dozen browser tabs and a video call or two a day. On a normal working day I finished with more than half the battery left, and on the second day I went looking for the charger only at four in the afternoon.",
    "Performance",
    "The eight-core processor handled everything I do at work without a stutter. Exporting a batch of 200 raw photos took just under four minutes, about the same as a fan-cooled laptop that costs $300 more. Under a long load the bottom of the case gets warm, and after twenty minutes of exporting the chip slows a little to keep its temperature down.",
    "Screen and keyboard",
    "The 14-inch screen is bright enough to use by a window on a sunny afternoon, and its taller 16:10 shape shows more of a document than the usual widescreen panel. The keyboard is shallow but firm, and the trackpad is large and accurate.",
    "Where it falls short",
    "There are only two ports, both USB-C, so anyone with a camera card or an older mouse will need a dongle. The webcam is soft in anything but good light. And the base model's 256GB of storage will fill up quickly; I would pay the extra $150 for 512GB.",
    "None of that spoils it. For students, writers and anyone who works away from a desk, this is the thin laptop to get this year.",
]
page("check", "review-en-laptop", "en", "The Capital Herald", T, B, f"""<div class="c-masthead"><a href="https://www.capitalherald.example/">The Capital Herald</a>
<ul class="c-nav"><li><a href="https://www.capitalherald.example/politics/">Politics</a></li><li><a href="https://www.capitalherald.example/world/">World</a></li><li><a href="https://www.capitalherald.example/technology/">Tech</a></li><li><a href="https://www.capitalherald.example/shopping/">Shopping</a></li><li><a href="https://www.capitalherald.example/subscribe/">Subscribe</a></li></ul></div>
<div class="c-article">
<div class="c-article__head">
<p class="c-article__rubric"><a href="https://www.capitalherald.example/technology/reviews/">Tech Review</a></p>
<h1>{T}</h1>
<p class="c-article__dek">Corvane's fanless 14-inch laptop is quick, quiet and very hard to run flat</p>
<p class="c-article__affiliate">If you buy something using links in our articles, we may earn a commission. <a href="https://www.capitalherald.example/shopping/how-we-test/">Learn more</a></p>
<div class="c-article__credit"><span>By <a href="https://www.capitalherald.example/people/hannah-vo/">Hannah Vo</a></span> <span>April 9, 2024 at 6:00 a.m. EDT</span></div>
</div>
<section class="c-scorecard"><div class="c-scorecard__score">8<span>/10</span></div>
<div class="c-scorecard__lists"><div><h4>The Good</h4><ul><li>Two-day battery life</li><li>Silent, fanless design</li><li>Bright 16:10 display</li></ul></div><div><h4>The Bad</h4><ul><li>Only two USB-C ports</li><li>Soft webcam</li><li>256GB base storage</li></ul></div></div>
<div class="c-scorecard__buy"><a href="https://www.bestbuy.example/site/corvane-slate-14/6571123.p">$1,099 at Best Buy</a> <a href="https://www.corvane.example/slate-14?ref=capitalherald">$1,099 at Corvane</a></div></section>
<div class="c-trust"><p><strong>Why you can trust The Capital Herald:</strong> Our reviewers test every product they recommend for at least two weeks. Manufacturers do not see reviews before they are published. <a href="https://www.capitalherald.example/shopping/how-we-test/">How we test</a></p></div>
<figure class="c-figure"><img src="https://img.capitalherald.example/slate14-open.jpg" alt="Corvane Slate 14"><figcaption>The Slate 14 weighs 1.2kg. <span>(Hannah Vo/The Capital Herald)</span></figcaption></figure>
<div class="c-article__text">
{ps(B[:2])}
<h2>{B[2]}</h2>
<p>{B[3]}</p>
<div class="c-inline-deal"><p>Corvane Slate 14</p><p><s>$1,199</s> $1,099</p><a href="https://www.amazon.example/dp/B0CSLATE14?tag=capherald-20">See at Amazon</a></div>
<h2>{B[4]}</h2>
<p>{B[5]}</p>
<h2>{B[6]}</h2>
<p>{B[7]}</p>
<p>{B[8]}</p>
</div>
<section class="c-specs"><h3>Corvane Slate 14 specs</h3><dl><dt>Display</dt><dd>14-inch, 2560 x 1600, 500 nits</dd><dt>Processor</dt><dd>8-core, fanless</dd><dt>Memory</dt><dd>16GB</dd><dt>Storage</dt><dd>256GB / 512GB / 1TB</dd><dt>Ports</dt><dd>2x USB-C (Thunderbolt 4), headphone jack</dd><dt>Weight</dt><dd>1.2kg (2.65 pounds)</dd><dt>Price as reviewed</dt><dd>$1,099</dd></dl></section>
<div class="c-compare"><h3>Compare similar laptops</h3><ul><li><a href="https://www.capitalherald.example/technology/reviews/2024/02/14/halden-air-13-review/">Halden Air 13: $999</a></li><li><a href="https://www.capitalherald.example/technology/reviews/2024/01/22/best-laptops/">The best laptops we have tested</a></li></ul></div>
<p class="c-feedback"><a href="https://www.capitalherald.example/help-desk/">Have a question about your tech? Ask our Help Desk</a></p>
</div>
<div class="c-footer"><a href="https://www.capitalherald.example/terms/">Terms of Use</a> <a href="https://www.capitalherald.example/ads/">Ad Choices</a> <p>\u00a9 1996-2024 The Capital Herald</p></div>""",
     meta("The Capital Herald", T, "Corvane's fanless 14-inch laptop is quick, quiet and very hard to run flat",
          "https://www.capitalherald.example/technology/2024/04/09/corvane-slate-14-review/",
          "2024-04-09T10:00:00Z", "Hannah Vo", "Technology"))

# ---- AMP page of an Australian daily: amp-sidebar on the right, amp-img lead, sticky and fluid amp-ad slots, an
#      amp-social-share row with a native-share button, an amp-iframe newsletter form, an amp-list of related stories
T = "Drought-hit farmers to get cheaper water from new pipeline"
B = [
    "Farmers in the state's dry north-west will pay about a third less for water from next summer after the government agreed to cut the price charged for supplies from the new Kalgarra pipeline.",
    "The 210-kilometre pipeline, which carries water from the Mallee River to towns and properties around Wirrinya, was finished in October at a cost of $640 million. But most farmers along its route have refused to connect, saying the price of $2,400 a megalitre made irrigation uneconomic.",
    "Water Minister Claire Dunstan said on Sunday the price would fall to $1,550 a megalitre for the first five years, with the difference covered from the state budget.",
    "\u201cWe did not build a pipeline so that it could sit half empty while paddocks blow away,\u201d Dunstan said at a property outside Wirrinya. \u201cThis gets the water flowing.\u201d",
    "Third-generation sheep farmer Graham Pollard, whose property is two kilometres from the pipeline, said he would now connect. \u201cAt the old price I was better off selling stock. At this price I can keep my breeding ewes through a dry year,\u201d he said.",
    "The opposition's water spokesman, Ben Hartigan, said the subsidy proved the project had been badly planned. \u201cThe government spent six hundred million dollars before it asked the people it was built for what they could afford,\u201d he said.",
    "The state's farmers' federation welcomed the cut but said five years was too short for growers planning to plant orchards, which take longer than that to bear fruit.",
    "About 140 properties are expected to connect by the end of next year.",
]
page("check", "amp-en-au", "en", "The Southern Post", T, B, f"""<header class="amp-masthead"><a href="https://www.southernpost.example/"><amp-img src="https://www.southernpost.example/static/masthead.png" width="220" height="28" alt="The Southern Post"></amp-img></a>
<button class="nav-toggle" on="tap:nav-drawer.toggle" aria-label="Open navigation">\u2630</button></header>
<amp-sidebar id="nav-drawer" layout="nodisplay" side="right"><nav><a href="https://www.southernpost.example/news">News</a> <a href="https://www.southernpost.example/news/rural">Rural</a> <a href="https://www.southernpost.example/news/politics">Politics</a> <a href="https://www.southernpost.example/sport/afl">AFL</a> <a href="https://www.southernpost.example/weather">Weather</a> <a href="https://www.southernpost.example/puzzles">Puzzles</a></nav>
<a class="drawer-subscribe" href="https://www.southernpost.example/subscribe">Subscribe from $1 a week</a></amp-sidebar>
<amp-ad layout="fluid" height="fluid" type="doubleclick" data-slot="/5678/southernpost.amp/news/rural" data-enable-refresh="30"></amp-ad>
<main id="content" role="main">
<div class="story-header">
<span class="story-section"><a href="https://www.southernpost.example/news/rural">Rural</a></span>
<h1 class="story-headline">{T}</h1>
<div class="story-byline"><span class="author">Madeleine Tran</span> <span class="role">Rural Reporter</span> <amp-timeago layout="fixed" width="160" height="20" datetime="2024-08-11T09:30:00+10:00">August 11, 2024 - 9:30AM</amp-timeago></div>
<div class="story-share"><amp-social-share type="system" width="36" height="36"></amp-social-share><amp-social-share type="facebook" width="36" height="36" data-param-app_id="2211"></amp-social-share><amp-social-share type="twitter" width="36" height="36"></amp-social-share><amp-social-share type="sms" width="36" height="36"></amp-social-share></div>
</div>
<amp-img class="story-lead" src="https://www.southernpost.example/images/kalgarra-pipeline.jpg" width="1280" height="720" layout="responsive" alt="The Kalgarra pipeline"></amp-img>
<p class="story-lead-caption">A section of the Kalgarra pipeline near Wirrinya. Picture: Sam Whitlock</p>
<div class="story-body">
{ps(B[:2])}
<amp-ad width="300" height="250" type="doubleclick" data-slot="/5678/southernpost.amp/news/rural/mrec"><div placeholder></div><div fallback></div></amp-ad>
{ps(B[2:5])}
<amp-iframe class="newsletter-frame" width="320" height="180" layout="responsive" sandbox="allow-scripts allow-forms allow-same-origin" src="https://forms.southernpost.example/amp/newsletter?list=rural-weekly"><div placeholder><p>Rural Weekly newsletter: the week's farm news and market prices every Friday. Enter your email to sign up.</p></div></amp-iframe>
{ps(B[5:])}
</div>
<amp-ad width="320" height="50" layout="fixed" type="doubleclick" data-slot="/5678/southernpost.amp/sticky" sticky="bottom"></amp-ad>
<section class="story-related"><h2>Related Coverage</h2>
<amp-list width="auto" height="160" layout="fixed-height" src="https://www.southernpost.example/api/amp/related?id=c-15772913"><template type="amp-mustache"><a href="{{{{url}}}}">{{{{headline}}}}</a></template>
<div fallback><a href="https://www.southernpost.example/news/rural/wirrinya-farmers-reject-pipeline-price/news-story/a51f0c2e">Farmers turn their backs on the $640m pipeline</a></div></amp-list></section>
</main>
<footer class="amp-foot"><a href="https://www.southernpost.example/news/rural/drought-farmers-cheaper-water-kalgarra-pipeline/news-story/c15772913">Go to full site</a> <a href="https://www.southernpost.example/editorial-complaints">Editorial complaints</a> <p>\u00a9 Southern Post Media Pty Ltd 2024</p></footer>""",
     meta("The Southern Post", T, "The price of water from the Kalgarra pipeline will fall by a third for five years.",
          "https://www.southernpost.example/news/rural/drought-farmers-cheaper-water-kalgarra-pipeline/news-story/c15772913",
          "2024-08-10T23:30:00Z", "Madeleine Tran", "Rural",
          AMP_HEAD.replace("amp-sidebar-0.1.js", "amp-sidebar-0.1.js\"></script>\n<script async custom-element=\"amp-iframe\" src=\"https://cdn.ampproject.org/v0/amp-iframe-0.1.js")))

# ---- UK regional daily, other Reach-like template: "MORE:" and "READ NEXT" single lines, a "Don't miss" list, an
#      inline sign-up box with a privacy line, a "Have your say" comments prompt, "Most Read" and "Sponsored" rails
T = "Family-run chippy named best in the region after 62 years on the same street"
B = [
    "A fish and chip shop that has been run by the same family on the same street since 1962 has been named the best in the North East at a national awards ceremony.",
    "Pennock's, on Wesley Street in Hartlepool Bay, beat more than 300 entries to take the regional title at the awards in London on Tuesday night, and will now go forward to the national final in January.",
    "The shop was opened by Jim and Edna Pennock, who fried fish bought each morning on the quay. Their granddaughter Leanne Pennock, 44, runs it now with her husband Craig and a staff of nine.",
    "\u201cGran would have been stood at the back telling us the batter was too thick,\u201d Leanne said. \u201cWe still do it her way. Beef dripping, fish from the quay when we can get it, and nobody gets their chips until they are ready.\u201d",
    "The judges, who visited the shop without warning in August, praised its cod and its mushy peas, which are soaked overnight and cooked in the morning, and said the queue outside at half past eleven on a Monday \u201ctold us everything.\u201d",
    "Regular customer Stan Metcalfe, 81, said he had eaten there every Friday since he was a boy. \u201cI've been coming in longer than Leanne's been alive. It's the same taste it was then,\u201d he said.",
    "The family said they had no plans to expand but would put the award on the wall next to a photograph of the shop on its opening day.",
]
page("check", "regional-en-north", "en", "North East Bay Chronicle", T, B, f"""<div class="header-wrap"><a class="site-logo" href="https://www.nebaychronicle.example/">North East Bay Chronicle</a>
<nav class="site-nav"><ul><li><a href="https://www.nebaychronicle.example/news/">News</a></li><li><a href="https://www.nebaychronicle.example/news/hartlepool-bay/">Hartlepool Bay</a></li><li><a href="https://www.nebaychronicle.example/sport/football/">Football</a></li><li><a href="https://www.nebaychronicle.example/whats-on/food-drink/">Food &amp; Drink</a></li><li><a href="https://www.nebaychronicle.example/jobs/">Jobs</a></li></ul></nav></div>
<div class="page-main">
<div class="article-wrapper">
<ul class="breadcrumbs"><li><a href="https://www.nebaychronicle.example/news/">News</a></li><li><a href="https://www.nebaychronicle.example/whats-on/food-drink/">Food &amp; Drink</a></li></ul>
<h1 class="publication-font">{T}</h1>
<p class="standfirst">The shop on Wesley Street beat more than 300 entries and will now go forward to the national final</p>
<div class="publication-info"><div class="byline"><span class="author-name"><a href="https://www.nebaychronicle.example/authors/shona-keay/">Shona Keay</a></span> <span class="author-role">Reporter</span></div>
<ul class="time-info"><li>06:00, 9 OCT 2024</li></ul>
<div class="share-bar"><a href="https://www.facebook.com/sharer.php">Share</a> <a href="https://www.nebaychronicle.example/news/hartlepool-bay/pennocks-best-chippy-30109874#comments-section">Comments</a> <a href="https://www.nebaychronicle.example/news/hartlepool-bay/pennocks-best-chippy-30109874">News</a></div></div>
<div class="in-article-image"><img src="https://i2-prod.nebaychronicle.example/pennocks.jpg" alt="Pennock's"><span class="caption">Leanne and Craig Pennock behind the counter</span><span class="credit">(Image: North East Bay Chronicle)</span></div>
<div class="article-body">
{ps(B[:2])}
<p><b>MORE:</b> <a href="https://www.nebaychronicle.example/whats-on/food-drink/best-pubs-hartlepool-bay-30088120">The 12 best-rated pubs in Hartlepool Bay according to Google reviews</a></p>
{ps(B[2:4])}
<aside class="inline-signup"><h3>Love food? We've got the newsletter for you</h3><p>Restaurant openings, reviews and the best deals from around the North East, every Thursday.</p><form><input type="email" placeholder="Your email address"><button>Join</button></form><p class="privacy-line">Our <a href="https://www.nebaychronicle.example/privacy-notice/">Privacy Notice</a> explains more about how we use your data, and your rights. You can unsubscribe at any time.</p></aside>
{ps(B[4:6])}
<p><b>READ NEXT</b></p>
<ul class="read-next"><li><a href="https://www.nebaychronicle.example/news/hartlepool-bay/quay-fish-market-future-30101177">What next for the quay fish market after 100 years?</a></li><li><a href="https://www.nebaychronicle.example/news/hartlepool-bay/wesley-street-parking-30098002">Wesley Street parking changes: what they mean for you</a></li></ul>
<p>{B[6]}</p>
<div class="dont-miss"><h3>Don't miss</h3><ul><li><a href="https://www.nebaychronicle.example/news/hartlepool-bay/sea-wall-repairs-30110020">Sea wall repairs to start next month</a></li><li><a href="https://www.nebaychronicle.example/sport/football/bay-united-cup-draw-30110555">Bay United learn cup opponents</a></li></ul></div>
</div>
<div class="comments-prompt"><p>Have your say on this story in the comments below</p><a href="https://www.nebaychronicle.example/news/hartlepool-bay/pennocks-best-chippy-30109874#comments-section">Show comments</a></div>
</div>
<aside class="sidebar"><section class="most-read"><h3>Most Read</h3><ol><li><a href="https://www.nebaychronicle.example/news/hartlepool-bay/bus-route-axed-30109320">Bus route axed from next month</a></li><li><a href="https://www.nebaychronicle.example/news/hartlepool-bay/new-homes-approved-30108412">Two hundred new homes approved on old school site</a></li></ol></section>
<section class="sponsored"><h3>Sponsored</h3><a href="https://ads.example/click?id=8812">This simple trick cuts your energy bill</a></section></aside>
</div>
<footer class="footer"><a href="https://www.nebaychronicle.example/about-us/">About us</a> <a href="https://www.nebaychronicle.example/corrections-clarifications/">Corrections &amp; Clarifications</a> <p>\u00a9 2024 North East Bay Chronicle. All rights reserved.</p></footer>""",
     meta("North East Bay Chronicle", T, "The shop on Wesley Street beat more than 300 entries and will now go forward to the national final",
          "https://www.nebaychronicle.example/news/hartlepool-bay/pennocks-best-chippy-30109874",
          "2024-10-09T05:00:00Z", "Shona Keay", "Hartlepool Bay"))

# ---- Nigerian daily: "READ ALSO:" lines, a "RELATED NEWS" block, the copyright-and-reproduction warning, a WhatsApp
#      channel prompt, "Kindly share this story", an app promo; guard: "Also read into the record ..." as prose
T = "Lagos assembly passes bill to regulate tricycle fares after commuter protests"
B = [
    "The Lagos State House of Assembly on Thursday passed a bill that will cap fares charged by commercial tricycle operators on routes across the state, two weeks after commuters blocked roads in Ikorodu and Alimosho to protest against sudden increases.",
    "Under the bill, the state's transport ministry will publish a maximum fare for each route every three months, based on the price of petrol. Operators who charge more risk a fine of \u20a650,000 and the seizure of their vehicle for a second offence.",
    "Fares on some routes had doubled since January, according to a survey by a commuters' association, which said many workers now spent more than a quarter of their wages getting to and from work.",
    "The chairman of the House committee on transport, Hon. Olumide Bakare, said the bill struck a balance between passengers and operators. \u201cNobody is saying the keke riders should work at a loss. We are saying the price should be known and should be fair,\u201d he said.",
    "Also read into the record during the debate was a letter from the state's tricycle operators' union, which warned that a cap would drive its members off the road unless the government also reduced the daily levies they pay to local councils.",
    "Mrs. Funmilayo Adeyemi, a trader who travels daily from Igando to the Alaba market, welcomed the bill. \u201cEvery morning you don't know what you will pay. Sometimes I walk half the way,\u201d she told our correspondent.",
    "The bill now goes to the governor for assent. The ministry said it would set up a telephone line for passengers to report operators who ignored the published fares.",
]
page("check", "daily-en-ng", "en", "The Lagos Observer", T, B, f"""<div class="top-header"><a class="logo" href="https://lagosobserver.example/">The Lagos Observer</a> <span class="date">Friday, June 21, 2024</span> <a href="https://epaper.lagosobserver.example/">E-Paper</a></div>
<nav class="main-menu"><ul><li><a href="https://lagosobserver.example/category/news/">News</a></li><li><a href="https://lagosobserver.example/category/metro-plus/">Metro Plus</a></li><li><a href="https://lagosobserver.example/category/politics/">Politics</a></li><li><a href="https://lagosobserver.example/category/business/">Business</a></li><li><a href="https://lagosobserver.example/category/sports/">Sports</a></li><li><a href="https://lagosobserver.example/category/editorial/">Editorial</a></li></ul></nav>
<div class="container">
<div class="post-content-area">
<span class="post-category"><a href="https://lagosobserver.example/category/metro-plus/">Metro Plus</a></span>
<h1 class="post-title">{T}</h1>
<div class="post-meta"><span class="post-author">Adewale Ogunbiyi</span> <span class="post-date">21st June 2024</span> <a href="https://lagosobserver.example/lagos-assembly-tricycle-fares-bill/#respond">Comment</a></div>
<figure class="wp-caption"><img src="https://cdn.lagosobserver.example/wp-content/uploads/2024/06/keke.jpg" alt="Tricycles"><figcaption class="wp-caption-text">File photo: Tricycles at a park in Ikorodu</figcaption></figure>
<div class="post-content">
{ps(B[:2])}
<p><strong>READ ALSO:</strong> <a href="https://lagosobserver.example/commuters-block-ikorodu-road-over-fares/">Commuters block Ikorodu road over fare hike</a></p>
{ps(B[2:4])}
<div class="related-news"><h4>RELATED NEWS</h4><ul><li><a href="https://lagosobserver.example/lasg-bans-okada-in-six-more-lgas/">LASG bans okada in six more LGAs</a></li><li><a href="https://lagosobserver.example/petrol-price-hike-transporters-react/">Petrol price hike: Transporters react</a></li><li><a href="https://lagosobserver.example/brt-fares-reviewed/">BRT fares reviewed downwards</a></li></ul></div>
{ps(B[4:6])}
<p><strong>READ ALSO:</strong> <a href="https://lagosobserver.example/union-threatens-strike-over-levies/">Tricycle union threatens strike over council levies</a></p>
<p>{B[6]}</p>
<p class="channel"><strong><a href="https://whatsapp.com/channel/0029VaLagosObserver">Join The Lagos Observer's WhatsApp channel for breaking news and exclusive stories as they happen</a></strong></p>
<p class="app"><em>Download The Lagos Observer app on <a href="https://play.google.com/store/apps/details?id=ng.lagosobserver">Google Play</a> and the <a href="https://apps.apple.com/ng/app/lagos-observer/id1498821">App Store</a> for the latest news.</em></p>
<div class="copyright-warning"><p>Copyright THE LAGOS OBSERVER. All rights reserved. This material, and other digital content on this website, may not be reproduced, published, broadcast, rewritten or redistributed in whole or in part without prior express written permission from THE LAGOS OBSERVER.</p><p>Contact: editor@lagosobserver.example</p></div>
</div>
<div class="share-post"><p>Kindly share this story:</p><a href="https://www.facebook.com/sharer.php?u=lagosobserver">Facebook</a> <a href="https://x.example/share?url=lagosobserver">X</a> <a href="https://api.whatsapp.com/send?text=lagosobserver">WhatsApp</a></div>
<div class="post-tags"><a href="https://lagosobserver.example/tag/lagos-assembly/">Lagos Assembly</a> <a href="https://lagosobserver.example/tag/keke/">Keke</a></div>
</div>
<aside class="sidebar"><div class="widget"><h3>Latest News</h3><ul><li><a href="https://lagosobserver.example/naira-closes-week-stronger/">Naira closes week stronger at official window</a></li><li><a href="https://lagosobserver.example/flood-alert-lekki/">Flood alert issued for Lekki, Ajah residents</a></li></ul></div>
<div class="widget ad"><span>ADVERTISEMENT</span></div></aside>
</div>
<footer class="site-footer"><p>\u00a9 2024 The Lagos Observer. All Rights Reserved.</p><a href="https://lagosobserver.example/about-us/">About Us</a> <a href="https://lagosobserver.example/advertise/">Advertise With Us</a></footer>""",
     meta("The Lagos Observer", T, "The bill caps fares charged by commercial tricycle operators after commuters protested against sudden increases.",
          "https://lagosobserver.example/lagos-assembly-tricycle-fares-bill/", "2024-06-21T09:12:00+01:00",
          "Adewale Ogunbiyi", "Metro Plus"))

# ---- entertainment news (film): "Advertisement" blocks with "Article continues below this ad", an embedded X post,
#      a slideshow with "Slide x of y" and credits, a "Never miss a story" sign-up, a "Related:" line, "Filed under"
T = "Director Tomasz Wren halts filming of his war epic after lead actor is injured"
B = [
    "Production of Tomasz Wren's war film The Long Field has been halted for at least six weeks after its lead actor, Elliot Hay, broke his leg in an accident on set in Hungary.",
    "Hay, 34, was hurt on Monday while filming a scene in which his character jumps from a moving truck, according to a statement from the studio. He was taken to a hospital in Budapest, where he had surgery on Tuesday.",
    "The studio said a stunt double had been available for the scene but that Hay had asked to do the jump himself, as he had several times earlier in the shoot. A safety review has been opened, as is standard after any injury on set.",
    "\u201cElliot is in good spirits and already asking when he can get back to work,\u201d Wren said in a message to the cast and crew that was shared with reporters. \u201cWe will wait for him. There is no version of this film without him.\u201d",
    "The pause is expected to add several million dollars to the film's budget, which trade publications have put at around $140 million. The Long Field, set during the last winter of the First World War, had been scheduled for release next November.",
    "It is the second setback for the production. Filming was delayed by a month in the spring after heavy rain flooded the fields where the main battle sequences were to be shot.",
    "Hay's co-star Naomi Castell posted a photograph of the crew's signed get-well card on Tuesday evening, writing that the set was \u201cvery quiet\u201d without him.",
]
page("check", "celeb-en-film", "en", "Reel Buzz", T, B, f"""<div id="site-header"><a class="site-title" href="https://reelbuzz.example/">Reel Buzz</a>
<nav id="primary-menu"><a href="https://reelbuzz.example/news/">News</a> <a href="https://reelbuzz.example/movies/">Movies</a> <a href="https://reelbuzz.example/tv/">TV</a> <a href="https://reelbuzz.example/music/">Music</a> <a href="https://reelbuzz.example/awards/">Awards</a> <a href="https://reelbuzz.example/video/">Video</a></nav></div>
<div class="adunit adunit--top"><p class="adunit__label">ADVERTISEMENT</p></div>
<main class="site-main">
<article class="post type-post">
<header class="post-header"><p class="post-kicker"><a href="https://reelbuzz.example/movies/">Movies</a></p>
<h1 class="post-title">{T}</h1>
<p class="post-excerpt">The Long Field will pause for at least six weeks while Elliot Hay recovers from surgery</p>
<div class="post-byline">By <a href="https://reelbuzz.example/author/dominic-sayers/">Dominic Sayers</a> | <time datetime="2024-05-15T17:20:00Z">May 15, 2024 1:20pm</time></div></header>
<div class="post-thumbnail"><img src="https://reelbuzz.example/wp-content/uploads/2024/05/elliot-hay.jpg" alt="Elliot Hay"><p class="wp-caption-text">Elliot Hay at a premiere in London last year. <span class="credit">Photo by Lucia Ferro/Getty Images</span></p></div>
<div class="post-content">
{ps(B[:2])}
<div class="adunit adunit--inline"><p class="adunit__label">Advertisement</p><div class="adunit__slot"></div><p class="adunit__after">Article continues below this ad</p></div>
{ps(B[2:4])}
<figure class="wp-block-embed is-provider-x"><blockquote class="twitter-tweet"><p lang="en">Get well soon, brother. The field will wait. \U0001f3ac</p>\u2014 Naomi Castell (@naomicastell) <a href="https://x.example/naomicastell/status/1790812345678901234">May 14, 2024</a></blockquote></figure>
<p><strong>Related:</strong> <a href="https://reelbuzz.example/news/on-set-injuries-stunt-safety-review/">Stunt safety under scrutiny after a string of on-set injuries</a></p>
{ps(B[4:6])}
<div class="slideshow"><p class="slideshow__title">Elliot Hay's career in pictures</p>
<div class="slideshow__slide"><img src="https://reelbuzz.example/wp-content/uploads/2024/05/hay-1.jpg" alt=""><p>Hay in his first screen role, 2012</p><span>Slide 1 of 15</span><span class="credit">Everett Collection</span></div>
<div class="slideshow__slide"><img src="https://reelbuzz.example/wp-content/uploads/2024/05/hay-2.jpg" alt=""><p>With Naomi Castell at the festival, 2023</p><span>Slide 2 of 15</span><span class="credit">Getty Images</span></div>
<a href="https://reelbuzz.example/gallery/elliot-hay-career-photos/">Launch Gallery</a></div>
<p>{B[6]}</p>
<div class="signup-unit"><p><strong>Never miss a story</strong> \u2014 get breaking entertainment news and exclusives delivered to your inbox.</p><form><input type="email" placeholder="Email address"><button>Sign Up</button></form></div>
</div>
<footer class="post-footer"><span>Filed under:</span> <a href="https://reelbuzz.example/tag/tomasz-wren/">Tomasz Wren</a>, <a href="https://reelbuzz.example/tag/elliot-hay/">Elliot Hay</a>, <a href="https://reelbuzz.example/tag/the-long-field/">The Long Field</a></footer>
</article>
<aside class="widget-area"><section class="widget"><h3>Most Popular</h3><ol><li><a href="https://reelbuzz.example/news/box-office-weekend-may/">Box office: animated sequel tops the weekend again</a></li><li><a href="https://reelbuzz.example/tv/renewed-cancelled-2024/">Renewed and cancelled: every decision so far</a></li></ol></section></aside>
</main>
<footer id="colophon"><p>Reel Buzz is a registered trademark of Reel Media Group. \u00a9 2024 Reel Media Group LLC. All Rights Reserved.</p><a href="https://reelbuzz.example/privacy-policy/">Privacy Policy</a></footer>""",
     meta("Reel Buzz", T, "The Long Field will pause for at least six weeks while Elliot Hay recovers from surgery",
          "https://reelbuzz.example/news/tomasz-wren-long-field-halted-elliot-hay-injury/", "2024-05-15T17:20:00Z",
          "Dominic Sayers", "Movies"))

# ---- opinion page of a Canadian daily: a "This is an opinion column" label, a "Special to ..." line, an italic
#      closing bio (furniture), a letters prompt, a "Sign up for ..." newsletter box; guard: "Follow the money ..." as
#      the columnist's own paragraph
T = "Ottawa's daycare promise is being kept in the cities and broken in the small towns"
B = [
    "Three years ago, the federal government promised Canadian parents child care at an average of ten dollars a day. In Winnipeg, Halifax and Calgary, that promise is close to being kept. In the town where I grew up, two hours north of Winnipeg, the waiting list at the only licensed centre is longer than the list of children it cares for.",
    "The fee cut worked. Parents who had never been able to afford care suddenly could, and they signed up. What did not follow were the spaces, and the spaces did not follow because the people who would staff them cannot live on what the job pays.",
    "An early childhood educator in a small-town centre earns, on average, a little more than nineteen dollars an hour. The nearest grocery store is hiring at eighteen, without the diploma, without the responsibility for twelve toddlers and without the paperwork.",
    "Follow the money and the problem is plain. The federal transfers pay provinces to lower fees; they pay far less to raise wages or to build rooms. A city operator can fill a new centre from a large pool of graduates. A rural one cannot open the centre at all.",
    "Some provinces have started to fix this. Prince Edward Island has set a wage grid for educators that rises with experience, and its rural centres have begun to add spaces again. Others are still waiting to see whether the next federal budget will do it for them.",
    "It should not take a budget. The agreements with the provinces are being renegotiated this year. Ottawa should tie a share of the money to wages and to new spaces outside the cities, and say so in plain words.",
    "Otherwise the program will become what its critics always said it would be: a good deal for families who already lived near a daycare, and a longer wait for everyone else.",
]
page("check", "oped-en-ca", "en", "The Prairie Ledger", T, B, f"""<header class="c-header"><a class="c-header__brand" href="https://www.prairieledger.example/">The Prairie Ledger</a>
<nav class="c-header__sections"><a href="https://www.prairieledger.example/canada/">Canada</a> <a href="https://www.prairieledger.example/politics/">Politics</a> <a href="https://www.prairieledger.example/opinion/">Opinion</a> <a href="https://www.prairieledger.example/business/">Business</a> <a href="https://www.prairieledger.example/sports/hockey/">Hockey</a> <a href="https://www.prairieledger.example/life/">Life</a></nav></header>
<main class="c-main">
<article class="c-opinion">
<div class="c-opinion__label"><a href="https://www.prairieledger.example/opinion/">Opinion</a> <span>This is an opinion column. It reflects the views of its author.</span></div>
<h1 class="c-opinion__hed">{T}</h1>
<p class="c-opinion__dek">The fee cut worked. The wages did not, and rural centres cannot open without them</p>
<div class="c-opinion__author"><img src="https://www.prairieledger.example/static/authors/marie-lavallee.jpg" alt=""><p><a href="https://www.prairieledger.example/authors/marie-lavallee/">Marie Lavall\u00e9e</a></p><p>Special to The Prairie Ledger</p><p><time datetime="2024-02-27T11:00:00Z">Published February 27, 2024</time></p></div>
<div class="c-opinion__tools"><a href="https://www.prairieledger.example/opinion/article-ottawa-daycare-small-towns/#gallery">Open this photo in gallery</a> <a href="https://www.prairieledger.example/opinion/article-ottawa-daycare-small-towns/listen">Listen to this article</a> <span>Updated February 27, 2024</span></div>
<figure class="c-opinion__figure"><img src="https://www.prairieledger.example/resizer/daycare.jpg" alt=""><figcaption>Children at a licensed centre in Winnipeg in 2023.<span class="c-credit">DANA KOWALCHUK/THE PRAIRIE LEDGER</span></figcaption></figure>
<div class="c-opinion__body">
{ps(B[:3])}
<aside class="c-inline-related"><h4>Opinion</h4><a href="https://www.prairieledger.example/opinion/editorials/article-child-care-spaces/">Editorial: Ten-dollar daycare needs ten thousand more educators</a></aside>
{ps(B[3:5])}
<div class="c-newsletter"><p><strong>Sign up for the Opinion newsletter.</strong> Columnists and contributors weigh in on the week's debates, every Saturday.</p><a href="https://www.prairieledger.example/newsletters/opinion/">Sign up</a></div>
{ps(B[5:])}
<p class="c-opinion__bio"><i>Marie Lavall\u00e9e is a former early childhood educator and the director of a rural family resource centre in Manitoba.</i></p>
</div>
<div class="c-letters"><p>Know what you think? The Prairie Ledger welcomes your letters to the editor. <a href="https://www.prairieledger.example/opinion/letters/submit/">Submit your letter here</a>.</p></div>
<div class="c-report-error"><a href="https://www.prairieledger.example/corrections/report/">Report an editorial error</a> <a href="https://www.prairieledger.example/editorial-guidelines/">Editorial code of conduct</a></div>
</article>
<aside class="c-rail"><h3>Trending</h3><ol><li><a href="https://www.prairieledger.example/canada/article-carbon-rebate-dates/">Carbon rebate dates for 2024</a></li><li><a href="https://www.prairieledger.example/sports/hockey/article-jets-trade-deadline/">Jets make a move before the deadline</a></li></ol></aside>
</main>
<footer class="c-footer"><p>\u00a9 Copyright 2024 The Prairie Ledger Inc. All rights reserved.</p><a href="https://www.prairieledger.example/terms/">Terms &amp; Conditions</a> <a href="https://www.prairieledger.example/privacy/">Privacy Policy</a></footer>""",
     meta("The Prairie Ledger", T, "The fee cut worked. The wages did not, and rural centres cannot open without them",
          "https://www.prairieledger.example/opinion/article-ottawa-daycare-small-towns/", "2024-02-27T11:00:00Z",
          "Marie Lavall\u00e9e", "Opinion"))

# ---- Spanish financial daily (Expansión/Cinco Días-like): a "Claves" box, a share price module, "Lea también" and
#      "Más información" boxes, a conflict-of-interest "Nota", a subscription wall prompt, a markets rail
T = "La cadena hotelera Marisal vende doce hoteles a un fondo por 480 millones"
B = [
    "La cadena hotelera Marisal ha acordado la venta de doce de sus hoteles urbanos a un fondo de inversión estadounidense por 480 millones de euros, según comunicó este lunes a la Comisión Nacional del Mercado de Valores.",
    "Los establecimientos, situados en Madrid, Barcelona, Valencia y Sevilla, suman unas 2.100 habitaciones. Marisal seguirá gestionándolos durante al menos veinte años mediante un contrato de alquiler con una renta variable ligada a los ingresos.",
    "Con la operación, la compañía reducirá su deuda neta en cerca de un 40% y liberará recursos para abrir ocho hoteles vacacionales en el Caribe y en las islas Canarias hasta 2027.",
    "\u201cQueremos ser dueños de la marca y de la gestión, no necesariamente de los ladrillos\u201d, explicó el consejero delegado, Ignacio Barberá, en una conferencia con analistas.",
    "La Bolsa recibió bien el anuncio. Las acciones de Marisal subieron un 6,2% en la sesión, hasta su nivel más alto desde 2019, en un día en que el Ibex 35 apenas se movió.",
    "Los analistas de Banca Levante consideran que el precio, equivalente a unos 228.000 euros por habitación, está en línea con otras operaciones recientes en las grandes ciudades, aunque advierten de que los contratos de alquiler a largo plazo trasladan a Marisal el riesgo de una caída del turismo.",
    "Marisal cerró el ejercicio pasado con unos ingresos de 1.150 millones de euros y un beneficio neto de 64 millones, y emplea a unas 9.000 personas en España, Portugal y América Latina.",
    "La venta debe recibir todavía la autorización de las autoridades de competencia y se espera que se cierre antes de final de año.",
]
page("check", "markets-es-mad", "es", "Mercados Hoy", T, B, f"""<header class="mh-cabecera"><a class="mh-logo" href="https://www.mercadoshoy.example/">Mercados Hoy</a>
<nav class="mh-menu"><a href="https://www.mercadoshoy.example/mercados.html">Mercados</a> <a href="https://www.mercadoshoy.example/empresas.html">Empresas</a> <a href="https://www.mercadoshoy.example/economia.html">Economía</a> <a href="https://www.mercadoshoy.example/ahorro.html">Ahorro</a> <a href="https://www.mercadoshoy.example/opinion.html">Opinión</a> <a href="https://www.mercadoshoy.example/suscripcion.html">Suscríbete</a></nav>
<div class="mh-indices"><span>IBEX 35 <b>11.214,30</b> +0,04%</span> <span>EUROSTOXX 50 <b>4.936,85</b> -0,21%</span> <span>Prima de riesgo <b>82</b></span></div></header>
<div class="mh-contenedor">
<article class="mh-noticia">
<p class="mh-antetitulo"><a href="https://www.mercadoshoy.example/empresas/turismo.html">Turismo</a></p>
<h1 class="mh-titulo">{T}</h1>
<p class="mh-entradilla">La compañía seguirá gestionando los establecimientos en alquiler y reducirá su deuda neta en cerca de un 40%</p>
<div class="mh-firma"><span class="mh-autor">Lucía Garrido</span> <span class="mh-lugar">Madrid</span> <time datetime="2024-09-23T19:40:00+02:00">23 SEPT. 2024 - 19:40</time></div>
<div class="mh-compartir"><a href="https://www.facebook.com/sharer/sharer.php?u=mercadoshoy">Facebook</a> <a href="https://x.example/intent/tweet?url=mercadoshoy">Twitter</a> <a href="https://www.linkedin.com/sharing/share-offsite/?url=mercadoshoy">Linkedin</a> <a href="https://www.mercadoshoy.example/empresas/turismo/2024/09/23/marisal-venta-hoteles.html#comentarios">Comentar</a> <a href="https://www.mercadoshoy.example/guardar/">Guardar</a></div>
<div class="mh-claves"><h2>Claves</h2><ul><li>Doce hoteles urbanos en cuatro ciudades, unas 2.100 habitaciones.</li><li>Marisal los seguirá gestionando en alquiler durante veinte años.</li><li>Los fondos irán a nuevos hoteles vacacionales hasta 2027.</li></ul></div>
<figure class="mh-foto"><img src="https://e00-mercadoshoy.example/fotos/marisal-madrid.jpg" alt=""><figcaption>Hotel Marisal Castellana, en Madrid. <span class="mh-autor-foto">Javier Roldán</span></figcaption></figure>
<div class="mh-cuerpo">
{ps(B[:2])}
<div class="mh-cotizacion"><a href="https://www.mercadoshoy.example/mercados/cotizaciones/marisal.html">Marisal</a> <span>7,48 \u20ac</span> <span>+6,20%</span> <span>Volumen: 2.184.330</span> <span>Cotización en tiempo real</span></div>
{ps(B[2:4])}
<aside class="mh-lea"><p>Lea también</p><a href="https://www.mercadoshoy.example/empresas/turismo/2024/09/12/hoteleras-deuda-ventas.html">Las hoteleras aceleran la venta de activos para reducir deuda</a></aside>
{ps(B[4:])}
<p class="mh-nota"><small>Nota: Mercados Hoy pertenece a un grupo editorial participado por uno de los fondos asesores de la operación.</small></p>
</div>
<div class="mh-mas"><h3>Más información</h3><ul><li><a href="https://www.mercadoshoy.example/empresas/turismo/2024/07/30/turismo-record-verano.html">El turismo internacional bate récords este verano</a></li><li><a href="https://www.mercadoshoy.example/mercados/2024/09/23/ibex-cierre.html">El Ibex cierra plano pendiente de los bancos centrales</a></li></ul></div>
<div class="mh-muro"><p>Disfruta de todo el contenido de Mercados Hoy. Suscríbete el primer mes por 1 euro.</p><a href="https://www.mercadoshoy.example/suscripcion.html">Suscríbete</a> <p>¿Ya eres suscriptor? <a href="https://www.mercadoshoy.example/login.html">Inicia sesión</a></p></div>
</article>
<aside class="mh-lateral"><h3>Mercados</h3><table><tr><td>Marisal</td><td>7,48</td><td>+6,20%</td></tr><tr><td>Costamar</td><td>6,91</td><td>+1,32%</td></tr></table><h3>Lo más leído</h3><ol><li><a href="https://www.mercadoshoy.example/economia/2024/09/23/pensiones-subida.html">Las pensiones subirán un 2,8% en enero</a></li></ol></aside>
</div>
<footer class="mh-pie"><a href="https://www.mercadoshoy.example/aviso-legal.html">Aviso legal</a> <a href="https://www.mercadoshoy.example/privacidad.html">Política de privacidad</a> <p>\u00a9 Mercados Hoy Ediciones, S.L. 2024</p></footer>""",
     meta("Mercados Hoy", T, "La compañía seguirá gestionando los establecimientos en alquiler y reducirá su deuda neta en cerca de un 40%",
          "https://www.mercadoshoy.example/empresas/turismo/2024/09/23/marisal-venta-hoteles.html",
          "2024-09-23T17:40:00Z", "Lucía Garrido", "Empresas"))


def main():
    write_pages(PAGES)


if __name__ == "__main__":
    main()
