"""The site families of blind set 2: one function per page, each writing the full page in the markup such a site uses.

Every piece of furniture goes through page.junk(class, html) so that the manifest names it; the article's own blocks
come from page.body(), with the family's own tags and classes. Outlets, people and addresses are invented.
"""
import html


def _e(text):
    return html.escape(text, quote=False)


# --- Indian English daily (Times-of-India-like: ad slots everywhere, "Also Read", Google News follow, comments) ----

def in_daily(p):
    a = p.a
    ad = lambda n: p.junk("ad-label", f'<div class="ad-slot ad{n}" data-ad-unit="/2231/tdn/city/pune/atf_{n}">'
                          f'<span class="ad-lbl">Advertisement</span><div id="div-gpt-ad-{n}"></div></div>')
    also = p.junk("read-also-inline", '<div class="also-read"><span>Also Read</span><ul>'
                  '<li><a href="/city/pune/mula-river-front-phase-two">Mula river front phase two to begin after monsoon</a></li>'
                  '<li><a href="/city/pune/ward-office-waste-fines">Ward offices collect Rs 9 lakh in littering fines</a></li></ul></div>')
    caption = p.junk("caption-credit", '<figure class="img_cptn"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" '
                     'data-src="https://static.tdn-cdn.in/photo/118233.jpg" class="lazy" alt="Volunteers at Pashan lake">'
                     '<figcaption>Volunteers sort waste on the bank of Pashan lake on Sunday. (TDN photo)</figcaption></figure>')
    follow = p.junk("follow-promo", '<div class="gn-follow"><a href="https://news.google.com/publications/tdn">'
                    'Follow us on Google News</a> and <a href="https://whatsapp.com/channel/tdn">join our WhatsApp channel</a> '
                    'for the latest updates.</div>')
    return f"""{p.head("The Daily Nation", '<link rel="amphtml" href="/amp/city/pune/articleshow/118233.cms">')}
<body class="articleshow">
{p.junk("cookie-banner", '<div id="consent" class="cmp-bar">We use cookies to personalise content and ads. <button>Accept</button> <button>Manage</button></div>')}
{p.junk("ad-label", '<div class="top-ad"><span class="ad-lbl">Advertisement</span><div id="div-gpt-ad-top"></div></div>')}
<header class="site-hdr">{p.junk("logo", '<a class="logo" href="/">The Daily Nation</a>')}
{p.junk("nav", '<nav class="nav-main"><a href="/india">India</a> <a href="/world">World</a> <a href="/city">City</a> <a href="/business">Business</a> <a href="/sports">Sports</a> <a href="/entertainment">Entertainment</a> <a href="/epaper">E-Paper</a></nav>')}
{p.junk("breadcrumb", '<div class="breadcrumb"><a href="/">News</a> › <a href="/city">City News</a> › <a href="/city/pune">Pune News</a></div>')}
</header>
<div class="main-wrap"><div class="col-left">
<div class="article-hd"><h1 class="artTitle">{_e(a["title"])}</h1>
{p.junk("dek", f'<h2 class="synopsis">{_e(a["dek"])}</h2>')}
{p.junk("byline", f'<div class="byline"><span class="auth">{_e(a["author"])}</span> / TNN / Updated: Nov 2, 2026, 08:14 IST</div>')}
{p.junk("share-bar", '<div class="share-strip"><a>Share</a> <a>AA</a> <a>Text Size</a> <a>Follow us</a></div>')}
</div>
{caption}
<div class="_s30J clearfix" data-articlebody="1">
{p.body({"p": '<div class="para">{}</div>'}, {2: [ad(1)], 3: [also], 5: [ad(2)]}, first_prefix=p.junk("dateline", '<span class="dl">' + _e(a["dateline"]) + '</span>') + ' ')}
</div>
{follow}
{p.junk("tags", '<div class="keywords"><span>Trending Topics</span> <a>Pune lake</a> <a>Pashan</a> <a>Plastic waste</a> <a>PMC</a></div>')}
{p.junk("comment-count", '<div class="cmnt-sec"><h3>Comments (14)</h3><a class="all-cmnts">Read all comments</a> <a>Post comment</a></div>')}
{p.junk("related-box", '<div class="top-stories"><h3>Top Stories Right Now</h3><ul><li><a>Metro line 3 trial run next week</a></li><li><a>Heavy rain alert for ghat areas</a></li><li><a>IT park traffic plan announced</a></li></ul></div>')}
</div>
<aside class="col-right">
{p.junk("sidebar-list", '<div class="most-read"><h3>Most Read</h3><ol><li><a>Gold rate today in Pune</a></li><li><a>School timings changed for winter</a></li><li><a>New flyover opens on Sinhagad road</a></li></ol></div>')}
{ad(3)}
</aside></div>
{p.junk("footer", '<footer class="ftr"><p>About us · Contact us · Advertise with us · Privacy policy · Terms of use</p><p>Copyright © 2026 Nation Media Ltd. All rights reserved.</p></footer>')}
<script>window.tdnAds = window.tdnAds || []; tdnAds.push({{slot: "atf"}});</script>
</body></html>"""


# --- Japanese site in English (Japan-Times-like: photo gallery, "Related" list, subscription CTA, kyodo credit) -------

def jp_english(p):
    a = p.a
    gallery = p.junk("gallery", '<div class="jt-gallery" data-count="3"><div class="slide"><img src="/img/line-1.jpg" alt="">'
                     '<p class="caption">The first train of the day crosses the rebuilt bridge over the river on Saturday. | KYODO</p></div>'
                     '<div class="slide"><img src="/img/line-2.jpg" alt=""><p class="caption">A brass band from a local high school plays at the terminal station. | KYODO</p></div>'
                     '<div class="slide"><img src="/img/line-3.jpg" alt=""><p class="caption">Passengers board at an unstaffed station along the line. | KENTA MORISHITA</p></div>'
                     '<span class="counter">1 / 3</span> <button>Previous</button> <button>Next</button></div>')
    related = p.junk("related-inline", '<div class="jt-related-inline"><h4>Related</h4><ul>'
                     '<li><a href="/news/2026/08/rural-lines-subsidy">Government extends subsidy for loss-making rural lines</a></li>'
                     '<li><a href="/news/2025/09/niigata-typhoon">Typhoon cuts rail links across Niigata</a></li></ul></div>')
    cta = p.junk("subscription-promo", '<div class="jt-paywall-cta"><p>In a time of both misinformation and too much information, '
                 'quality journalism is more crucial than ever.</p><p>By subscribing, you can help us get the story right.</p>'
                 '<a class="btn" href="/subscribe">Subscribe now</a></div>')
    return f"""{p.head("The Japan Ledger", '<meta name="twitter:card" content="summary_large_image">')}
<body class="single single-post">
<header id="masthead">{p.junk("logo", '<div class="jt-logo"><a href="/">The Japan Ledger</a></div>')}
{p.junk("nav", '<nav class="jt-nav"><ul><li><a href="/news">News</a></li><li><a href="/business">Business</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/life">Life</a></li><li><a href="/sports">Sports</a></li><li><a href="/podcasts">Podcasts</a></li></ul></nav>')}
{p.junk("login", '<div class="jt-account"><a href="/login">Log in</a> <a href="/subscribe">Subscribe</a></div>')}
</header>
<main id="jt-main"><article class="jt-article">
{p.junk("section-label", '<p class="jt-category"><a href="/news/national">National</a> / <a href="/news/national/transport">Transport</a></p>')}
<h1 class="jt-title">{_e(a["title"])}</h1>
{p.junk("byline", f'<div class="jt-byline">By <a href="/author/kenta-morishita">{_e(a["author"])}</a> <span class="jt-staff">Staff writer</span> <time datetime="{a["date"]}">Oct 19, 2026</time></div>')}
{p.junk("share-bar", '<ul class="jt-share"><li>Share</li><li><a>Twitter</a></li><li><a>Facebook</a></li><li><a>LINE</a></li><li><a>Email</a></li><li><a>Gift this article</a></li></ul>')}
<div class="jt-media">{gallery}</div>
<div class="jt-article-body entry">
{p.body({"p": "<p>{}</p>"}, {3: [related]})}
</div>
{cta}
{p.junk("tags", '<div class="jt-keywords"><span>Keywords</span> <a>Niigata</a>, <a>Railways</a>, <a>Typhoons</a>, <a>Rural Japan</a></div>')}
{p.junk("author-bio", '<div class="jt-author-card"><strong>Kenta Morishita</strong><p>Kenta Morishita covers transport and regional affairs from the Niigata bureau.</p></div>')}
</article>
<aside class="jt-sidebar">
{p.junk("sidebar-list", '<section><h3>Most Popular</h3><ol><li><a>Yen slides past 160 to the dollar</a></li><li><a>Where to see autumn leaves this week</a></li><li><a>Tokyo condo prices hit record</a></li></ol></section>')}
{p.junk("newsletter-promo", '<section class="jt-nl"><h3>Morning Briefing</h3><p>Get the day&#39;s top stories in your inbox.</p><input type="email" placeholder="Email"><button>Sign up</button></section>')}
</aside></main>
{p.junk("footer", '<footer class="jt-footer"><p>Copyright © The Japan Ledger. All rights reserved.</p><p>About us · Advertise · Privacy · Terms</p></footer>')}
</body></html>"""


# --- Australian public broadcaster (ABC-like: key points box, "Read more:", "Posted/Updated", caption with credit) -----

def au_broadcaster(p):
    a = p.a
    return f"""{p.head("National Broadcasting Service News", '<script type="application/ld+json">{"@type":"NewsArticle","headline":"' + a["title"] + '"}</script>')}
<body>
<div id="__root">
{p.junk("skip-link", '<a class="skip" href="#content">Skip to main content</a>')}
<header class="Header_header__x1">{p.junk("logo", '<a class="Header_logo__q2" href="/news">NBS News</a>')}
{p.junk("nav", '<nav class="Nav_nav__p8"><a>Just In</a> <a>Australia</a> <a>World</a> <a>Business</a> <a>Climate</a> <a>Health</a> <a>Science</a> <a>Sport</a> <a>Local</a></nav>')}
</header>
<main id="content"><article class="Article_article__zz">
{p.junk("section-label", '<a class="Kicker_kicker__a1" href="/news/topic/remote-communities">Remote Communities</a>')}
<h1 class="Heading_h1__7f">{_e(a["title"])}</h1>
{p.junk("byline", f'<div class="Byline_byline__m3"><span>By {_e(a["author"])}</span> <span>NBS Alice Springs</span></div>')}
{p.junk("date", '<div class="Timestamp_ts__c4"><span>Posted Sat 21 Nov 2026 at 6:10am</span>, <span>updated Sat 21 Nov 2026 at 11:42am</span></div>')}
{p.junk("share-bar", '<div class="Share_share__r5"><button>Share</button></div>')}
{p.junk("caption-credit", '<figure class="Figure_figure__k0"><img src="https://live.nbs-cdn.net.au/1234/school-solar.jpg" loading="lazy" alt="Solar panels on a school roof"><figcaption>The school&#39;s solar panels were installed in 2024.<span class="Figure_credit__j2"> (NBS News: Liam O&#39;Dwyer)</span></figcaption></figure>')}
{p.junk("key-points", '<div class="KeyPoints_keyPoints__b7"><h2>Key points:</h2><ul><li>A storm cut power to a remote community for five days</li><li>The school&#39;s solar battery kept insulin, food and phones going</li><li>Community leaders want a battery at the health clinic too</li></ul></div>')}
<div class="RichText_richText__t1" data-component="RichText">
{p.body({"p": '<p class="paragraph_p__n1">{}</p>', "h": '<h2 class="heading_h2__e3">{}</h2>'},
        {4: [p.junk("read-more-inline", '<p class="paragraph_p__n1"><strong>Read more:</strong></p><ul class="list_ul__d3"><li><a href="/news/2026-10-30/remote-power-outages">Remote communities hit by record number of outages</a></li><li><a href="/news/2026-09-12/school-solar-program">How 31 schools went solar</a></li></ul>')],
         7: [p.junk("video-caption", '<div class="Video_video__h8"><div class="Video_player__y6"></div><p>Watch: Power and Water crews repair the line south of Tennant Creek. (NBS News)</p><span>Duration: 1 minute 12 seconds</span></div>')]})}
</div>
{p.junk("tags", '<div class="Topics_topics__w2"><h3>Related topics</h3><a>Electricity Energy and Utilities</a> <a>Primary Schools</a> <a>Remote Communities</a> <a>Storms</a> <a>Tennant Creek</a></div>')}
{p.junk("related-box", '<section class="Related_related__s4"><h3>Related stories</h3><ul><li><a>Diesel bills halved at remote schools</a></li><li><a>Territory storm season forecast</a></li></ul></section>')}
</article></main>
<aside>{p.junk("sidebar-list", '<div class="Popular_popular__g1"><h3>Popular now</h3><ol><li><a>Cyclone watch for Top End coast</a></li><li><a>Interest rates on hold</a></li><li><a>AFLW grand final preview</a></li></ol></div>')}</aside>
{p.junk("footer", '<footer class="Footer_footer__u9"><p>We acknowledge Aboriginal and Torres Strait Islander peoples as the First Australians and Traditional Custodians of the lands where we live, learn, and work.</p><p>Contact NBS · Accessibility · Privacy Collection Statement · Terms of Use</p></footer>')}
</div>
<script id="__NEXT_DATA__" type="application/json">{{"page":"/news/[...slug]","buildId":"a1b2c3"}}</script>
</body></html>"""


# --- Canadian paper (Postmedia-like: "Article content" repeated between paragraphs, trending list, share line) -------

def ca_paper(p):
    a = p.a
    content_label = lambda: p.junk("ad-label", '<div class="article-content__ad-group"><span class="ad-label">Advertisement</span>'
                                   '<div class="ad__inner"></div></div><p class="article-content__label">Article content</p>')
    trending = p.junk("trending-inline", '<div class="trending-widget"><h3>Trending</h3><ol>'
                      '<li><a>Snowfall warning issued for mainland Nova Scotia</a></li><li><a>Bluenose II refit delayed again</a></li>'
                      '<li><a>Province announces new family doctor clinics</a></li></ol></div>')
    return f"""{p.head("The Harbour Herald", '<link rel="canonical" href="https://harbourherald.ca/news/local-news/woodside-ferry">')}
<body class="article-template">
<header class="site-header">{p.junk("logo", '<a class="logo">The Harbour Herald</a>')}
{p.junk("nav", '<nav class="main-nav"><a>News</a> <a>Local News</a> <a>Sports</a> <a>Opinion</a> <a>Business</a> <a>Arts</a> <a>Life</a> <a>Obituaries</a> <a>Subscribe</a></nav>')}
</header>
<main><article class="article-content-story">
<header class="article-header">
{p.junk("section-label", '<a class="article-header__tag">Local News</a>')}
<h1 class="article-title">{_e(a["title"])}</h1>
{p.junk("dek", f'<p class="article-subtitle">{_e(a["dek"])}</p>')}
{p.junk("byline", f'<div class="article-byline"><span>Author of the article:</span> <a>{_e(a["author"])}</a> <span>Published Dec 01, 2026</span> <span>•</span> <span>2 minute read</span></div>')}
{p.junk("comment-count", '<a class="comments-link">Join the conversation</a>')}
</header>
{p.junk("caption-credit", '<figure class="featured-image"><img src="/wp-content/uploads/2026/12/ferry.jpg" alt=""><figcaption><span class="caption">The Woodside ferry terminal&#39;s floating dock was built in 1986.</span> <span class="credit">Photo by Ryan Taplin /The Harbour Herald</span></figcaption></figure>')}
<section class="article-content">
{p.body({"p": '<p>{}</p>'}, {1: [content_label()], 3: [trending], 5: [content_label()], 8: [content_label()]})}
</section>
{p.junk("share-bar", '<div class="article-footer__share"><p>Share this article in your social network</p><a>Facebook</a> <a>Twitter</a> <a>Email</a> <a>Reddit</a></div>')}
{p.junk("newsletter-promo", '<div class="newsletter-signup"><h3>Morning Headlines</h3><p>Get the latest headlines, breaking news and columns.</p><p>By signing up you consent to receive the above newsletter from Harbour Media Network Inc.</p><input type="email"><button>Sign Up</button></div>')}
{p.junk("comments", '<section class="comments"><h2>Comments</h2><p>Postmedia is committed to maintaining a lively but civil forum for discussion. Please keep comments relevant and respectful.</p><div id="viafoura"></div></section>')}
</article>
<aside class="sidebar">{p.junk("sidebar-list", '<div class="widget"><h3>Latest National Stories</h3><ul><li><a>Ottawa unveils housing plan</a></li><li><a>Wildfire season was worst on record</a></li></ul></div>')}</aside>
</main>
{p.junk("footer", '<footer class="site-footer"><p>365 Bloor Street East, Toronto, Ontario, M4W 3L4</p><p>© 2026 The Harbour Herald, a division of Harbour Media Network Inc. All rights reserved.</p></footer>')}
</body></html>"""


# --- South African site (News24-like: "READ |" inline, subscriber promo, audio player, comment policy) ---------------

def za_site(p):
    a = p.a
    read = lambda href, text: p.junk("read-also-inline", f'<p class="article__read"><strong>READ |</strong> <a href="{href}">{_e(text)}</a></p>')
    return f"""{p.head("News Veld")}
<body>
{p.junk("cookie-banner", '<div class="cookie-notice">By using this site you agree to our use of cookies. <a>Read more</a> <button>OK</button></div>')}
<header class="header">{p.junk("logo", '<a class="header__logo">News Veld</a>')}
{p.junk("nav", '<nav class="header__nav"><a>News</a> <a>SouthAfrica</a> <a>Politics</a> <a>World</a> <a>Business</a> <a>Sport</a> <a>Opinions</a> <a>Climate Future</a></nav>')}
</header>
<main><div class="article-wrapper"><article class="article">
{p.junk("breadcrumb", '<div class="article__breadcrumb"><a>News</a> › <a>South Africa</a> › <a>Local</a></div>')}
<h1 class="article__title">{_e(a["title"])}</h1>
{p.junk("byline", f'<div class="article__author"><span>{_e(a["author"])}</span> <span class="article__date">09 Nov 2026, 14:30</span></div>')}
{p.junk("caption-credit", '<figure><img src="/images/taxi-rank.jpg" alt=""><figcaption>Commuters queue at a taxi rank in the city centre. Photo: Werner Hills/Gallo Images</figcaption></figure>')}
{p.junk("listen-bar", '<div class="article__listen"><button>Listen to this article</button> <span>00:00</span> <span>03:41</span> <a>Subscribers can listen to this article</a></div>')}
{p.junk("summary-bullets", '<ul class="article__summary"><li>Taxi owners and the bus company will share four routes.</li><li>The deal ends a month of blockades.</li><li>A joint committee will meet every month.</li></ul>')}
<div class="article__body">
{p.body({"p": "<p>{}</p>"}, {3: [read("/news/gqeberha-commuters-stranded", "Gqeberha commuters stranded as taxi blockade enters third week")],
                          6: [p.junk("ad-label", '<div class="ad-wrapper"><span>Advertisement</span><div data-ad="mpu1"></div></div>')],
                          8: [read("/news/metro-taxi-violence-report", "Taxi disputes flare again in two metros, report finds")]})}
</div>
{p.junk("subscription-promo", '<div class="article__sub-promo"><p><strong>Subscribe to News Veld</strong> and get full access to premium journalism. R75 for the first month.</p><a>Subscribe</a></div>')}
{p.junk("comment-count", '<div class="article__comments"><p>Comments have been closed for this article.</p><p>Only News Veld subscribers can comment on our articles. Read our comment policy.</p></div>')}
{p.junk("related-box", '<div class="article__related"><h3>Related Links</h3><ul><li><a>Bus company unveils new northern routes</a></li><li><a>MEC calls taxi bosses to talks</a></li><li><a>What commuters pay to get to work</a></li></ul></div>')}
</article>
<aside class="sidebar">{p.junk("sidebar-list", '<div><h3>Most Read</h3><ol><li><a>Load shedding schedule for the week</a></li><li><a>Lotto results</a></li><li><a>Matric exam timetable</a></li></ol></div>')}</aside>
</div></main>
{p.junk("footer", '<footer><p>© 2026 News Veld. All rights reserved. Press Code · Terms · Privacy · PAIA Manual</p></footer>')}
</body></html>"""


# --- Financial daily (FT/WSJ-like: paywall teaser overlay, "Write to", print edition line, market data strip) -------

def fin_paywall(p):
    a = p.a
    return f"""{p.head("The Ledger Financial", '<meta name="robots" content="max-snippet:-1"><meta name="article.access" content="subscriber">')}
<body class="article paywalled">
{p.junk("market-strip", '<div class="market-data"><span>S&amp;P 500 5,912.4 +0.3%</span> <span>Copper 9,840 -1.1%</span> <span>EUR/USD 1.0812</span> <span>Brent 71.20</span></div>')}
<header class="masthead">{p.junk("logo", '<a class="brand">THE LEDGER</a>')}
{p.junk("nav", '<nav><a>World</a> <a>Companies</a> <a>Markets</a> <a>Opinion</a> <a>Lex</a> <a>Work &amp; Careers</a> <a>Life &amp; Arts</a></nav>')}
</header>
<main><article class="article" data-article-id="7f3a">
{p.junk("section-label", '<div class="topper__primary-theme"><a>Metals &amp; Mining</a></div>')}
<h1 class="topper__headline">{_e(a["title"])}</h1>
{p.junk("dek", f'<div class="topper__standfirst">{_e(a["dek"])}</div>')}
{p.junk("byline", f'<p class="article-info">{_e(a["author"])} in Stockholm <time>November 26 2026</time></p>')}
{p.junk("share-bar", '<div class="share-nav"><a>Save</a> <a>Gift this article</a> <a>Print this page</a></div>')}
<div class="article__content-body n-content-body" id="article-body">
{p.body({"p": '<p>{}</p>'}, {4: [p.junk("related-inline", '<aside class="n-content-recommended"><h4>Recommended</h4><a>Copper treatment charges hit record low</a></aside>')]})}
</div>
{p.junk("contact-line", f'<p class="article-footer__contact">Write to {_e(a["author"])} at harriet.vance@ledger.example</p>')}
{p.junk("print-note", '<p class="print-note">Appeared in the November 27, 2026, print edition as &#39;Smelter Sale Stalls On Power Bill&#39;.</p>')}
{p.junk("copyright", '<p class="copyright">Copyright The Ledger Financial Ltd 2026. All rights reserved.</p>')}
{p.junk("subscription-promo", '<div class="barrier" aria-hidden="false"><h2>Subscribe to unlock this article</h2><p>Try unlimited access: only $1 for 4 weeks. Then $75 per month. Cancel anytime during your trial.</p><a>Start trial</a> <a>Sign in</a></div>')}
</article>
<aside>{p.junk("sidebar-list", '<div class="most-read"><h3>Most read</h3><ol><li><a>Fed officials signal pause</a></li><li><a>Glencore weighs asset swap</a></li><li><a>Lithium price rebounds</a></li></ol></div>')}</aside>
</main>
{p.junk("footer", '<footer><p>Support · Legal &amp; Privacy · Services · Tools · Community &amp; Events</p><p>The Ledger Financial and ‘The Ledger’ are trademarks.</p></footer>')}
</body></html>"""


# --- Local US weekly on a BLOX-like CMS (asset-body, tnt-* classes, "Support local journalism", "Related to this story")

def us_weekly_blox(p):
    a = p.a
    return f"""{p.head("Marlow County Courier", '<meta name="tncms-asset" content="asset-9c1e">')}
<body class="asset-page">
<div id="site-container">
{p.junk("weather-bar", '<div id="tncms-region-top-bar"><span>Marlow, MI</span> <span>34°F Cloudy</span> <a>e-Edition</a> <a>Login</a> <a>Subscribe</a></div>')}
<header id="site-header">{p.junk("logo", '<a class="logo">Marlow County Courier</a>')}
{p.junk("nav", '<nav id="main-navigation"><a>News</a> <a>Sports</a> <a>Obituaries</a> <a>Opinion</a> <a>Classifieds</a> <a>Public Notices</a> <a>Calendar</a></nav>')}
</header>
<div class="row"><div class="col-md-8"><div class="asset-header">
{p.junk("section-label", '<span class="asset-label"><a>Local News</a></span>')}
<h1 class="headline"><span class="tnt-headline">{_e(a["title"])}</span></h1>
{p.junk("byline", f'<ul class="list-inline asset-date-author"><li>By {_e(a["author"])} Staff Writer</li><li><time>Nov 13, 2026</time></li></ul>')}
{p.junk("share-bar", '<div class="share-container"><a>Facebook</a> <a>Twitter</a> <a>WhatsApp</a> <a>SMS</a> <a>Email</a> <a>Print</a> <a>Copy article link</a> <a>Save</a></div>')}
</div>
{p.junk("caption-credit", '<div class="photo-container"><img class="lazyload" data-src="/content/tncms/assets/v3/editorial/library.jpg" alt=""><div class="caption-container"><p class="caption-text">The Carnegie library on Main Street opened in 1911.</p><span class="tnt-byline">Dale Hutchins | Courier</span></div></div>')}
<div id="article-body" class="asset-body" itemprop="articleBody"><div class="subscriber-preview">
{p.body({"p": "<p>{}</p>"}, {3: [p.junk("related-inline", '<div class="inline-asset"><h4>Related to this story</h4><ul><li><a>Board approves community center plans</a></li><li><a>Library roof repairs estimated at $400,000</a></li></ul></div>')],
                          6: [p.junk("ad-label", '<div class="tnt-ads-container"><span class="ad-title">Advertisement</span><div id="tncms-block-1"></div></div>')]})}
</div></div>
{p.junk("support-promo", '<div class="support-journalism"><h3>Support local journalism</h3><p>Your subscription makes our reporting possible.</p><a>Subscribe today</a> <a>Already a subscriber? Log in</a></div>')}
{p.junk("contact-line", '<p class="asset-contact">Dale Hutchins can be reached at 555-0142 or dhutchins@marlowcourier.example.</p>')}
{p.junk("tags", '<div class="asset-tags"><a>Marlow Township</a> <a>Library</a> <a>Township Board</a> <a>Historic Preservation</a></div>')}
{p.junk("newsletter-promo", '<div class="newsletter-block"><h4>Sign up for our newsletter</h4><p>Get local news delivered to your inbox every morning.</p><input><button>Sign up!</button></div>')}
{p.junk("comments", '<div id="comments"><h3>Comments</h3><p>Welcome to the discussion. Keep it clean. Please avoid obscene, vulgar, lewd, racist or sexually-oriented language. Don&#39;t threaten. Be truthful. Be nice.</p></div>')}
</div>
<div class="col-md-4">{p.junk("sidebar-list", '<section><h3>Most Popular</h3><ol><li><a>Deer season opens Saturday</a></li><li><a>Obituary: Harold Dykstra</a></li><li><a>Football team falls in district final</a></li></ol></section>')}
{p.junk("ad-label", '<div class="tnt-ads"><span>Advertisement</span></div>')}</div></div>
{p.junk("footer", '<footer id="site-footer"><p>Marlow County Courier, 114 E. Main St., Marlow, MI</p><p>Powered by BLOX Content Management System from TownNews.com.</p><p>© Copyright 2026 Marlow County Courier</p></footer>')}
</div></body></html>"""


# --- AMP page (amp-img, amp-ad, amp-social-share, amp-sidebar, amp-consent) ----------------------------------------

def amp(p):
    a = p.a
    ad = lambda n: p.junk("ad-label", f'<div class="amp-ad-wrapper"><span class="ad-label">ADVERTISEMENT</span>'
                          f'<amp-ad width="300" height="250" type="doubleclick" data-slot="/123/amp/sports_{n}"></amp-ad></div>')
    return f"""<!doctype html>
<html amp lang="en">
<head>
<meta charset="utf-8">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<title>{_e(a["title"])} - River City Press</title>
<link rel="canonical" href="https://rivercitypress.example/sports/ballpark-ice-rink">
<meta name="viewport" content="width=device-width">
<meta property="og:title" content="{_e(a["title"])}">
<meta property="og:description" content="{_e(a["dek"])}">
<meta property="og:type" content="article">
<style amp-custom>body{{font-family:Georgia,serif}}.ad-label{{font-size:10px}}</style>
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both}}</style>
</head>
<body>
{p.junk("cookie-banner", '<amp-consent id="consent" layout="nodisplay"><div class="consent-ui"><p>We use cookies to improve your experience.</p><button on="tap:consent.accept">Accept</button> <button on="tap:consent.reject">Reject</button></div></amp-consent>')}
{p.junk("nav", '<amp-sidebar id="sidebar" layout="nodisplay"><ul><li><a>Home</a></li><li><a>News</a></li><li><a>Sports</a></li><li><a>Business</a></li><li><a>Weather</a></li></ul></amp-sidebar>')}
<header class="amp-header"><button on="tap:sidebar.toggle">☰</button> {p.junk("logo", '<a class="logo">River City Press</a>')}</header>
<article class="amp-article">
{p.junk("section-label", '<div class="kicker">Sports</div>')}
<h1>{_e(a["title"])}</h1>
{p.junk("dek", f'<p class="dek">{_e(a["dek"])}</p>')}
{p.junk("byline", f'<div class="byline">By {_e(a["author"])} | October 28, 2026 at 5:47 pm</div>')}
{p.junk("caption-credit", '<figure><amp-img src="/img/ballpark.jpg" width="1200" height="800" layout="responsive" alt="Riverside Park"></amp-img><figcaption>Riverside Park will host a seasonal ice rink from November. (File photo / River City Press)</figcaption></figure>')}
{p.junk("share-bar", '<div class="share"><amp-social-share type="facebook"></amp-social-share><amp-social-share type="twitter"></amp-social-share><amp-social-share type="email"></amp-social-share> <span>Share this story</span></div>')}
<div class="article-body">
{p.body({"p": "<p>{}</p>"}, {2: [ad(1)], 5: [p.junk("related-inline", '<p class="related"><strong>RELATED:</strong> <a>Ballpark lease talks stall over turf concerns</a></p>')], 7: [ad(2)]})}
</div>
{p.junk("view-full", '<a class="view-full" href="https://rivercitypress.example/sports/ballpark-ice-rink">View full site</a>')}
</article>
{p.junk("related-box", '<amp-list src="/api/related" height="300" layout="fixed-height"><template type="amp-mustache"><a href="{{url}}">{{title}}</a></template><div class="fallback"><h3>More Sports</h3><a>High school football playoff bracket set</a> <a>Hockey club signs new coach</a></div></amp-list>')}
{p.junk("footer", '<footer><p>© 2026 River City Press. All rights reserved.</p><p>Privacy Policy | Terms of Service</p></footer>')}
</body></html>"""


# --- Drupal public radio station (NPR-member-like: audio player, "Support comes from", donate, field--name classes) --

def drupal_radio(p):
    a = p.a
    return f"""{p.head("Valley Public Radio", '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">')}
<body class="path-node page-node-type-story">
<div class="dialog-off-canvas-main-canvas">
{p.junk("live-bar", '<div class="block-listen-live"><span>On Air Now: All Things Considered</span> <button>Listen Live</button> <a>Donate</a></div>')}
<header role="banner">{p.junk("logo", '<a class="site-logo">Valley Public Radio 89.3 FM</a>')}
{p.junk("nav", '<nav role="navigation" class="menu--main"><ul class="menu"><li><a>News</a></li><li><a>Programs</a></li><li><a>Schedule</a></li><li><a>Podcasts</a></li><li><a>Events</a></li><li><a>Support</a></li></ul></nav>')}
</header>
<main role="main"><article role="article" class="node node--type-story node--view-mode-full">
{p.junk("section-label", '<div class="field field--name-field-topic"><a>Environment</a></div>')}
<h1 class="page-title"><span class="field field--name-title">{_e(a["title"])}</span></h1>
{p.junk("dek", f'<div class="field field--name-field-teaser">{_e(a["dek"])}</div>')}
{p.junk("byline", f'<div class="node__meta"><span class="field--name-field-author">{_e(a["author"])}</span> <span class="field--name-created">Published December 4, 2026 at 4:45 PM EST</span></div>')}
{p.junk("audio-player", '<div class="field field--name-field-audio"><div class="audio-player"><button>Listen</button> <span class="duration">• 4:12</span> <a>Download</a></div></div>')}
{p.junk("caption-credit", '<div class="field field--name-field-image"><img src="/sites/default/files/styles/large/public/2026-12/bees.jpg" alt=""><div class="image-caption">Tom Halvorsen checks a hive on his farm outside Ashford.</div><div class="image-credit">Nora Lindqvist / Valley Public Radio</div></div>')}
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item">
{p.body({"p": "<p>{}</p>"}, {4: [p.junk("underwriting", '<div class="block-underwriting"><span>Support comes from</span> <a>Ashford Family Dental</a> <a>Why sponsor?</a></div>')],
                          7: [p.junk("related-inline", '<div class="embedded-entity story-card"><span>Related Content</span> <a>Warm fall delays maple season plans</a></div>')]})}
</div>
{p.junk("donation-promo", '<div class="block-donate-cta"><p>Your support makes stories like this possible. Valley Public Radio is listener-supported: become a sustaining member today.</p><a class="button">Donate</a></div>')}
{p.junk("author-bio", '<div class="author-card"><strong>Nora Lindqvist</strong><p>Nora Lindqvist reports on agriculture and the environment for Valley Public Radio. She lives in Ashford with two goats and no bees.</p><a>See stories by Nora Lindqvist</a></div>')}
{p.junk("tags", '<div class="field field--name-field-tags"><span>Tags</span> <a>Environment</a> <a>Agriculture</a> <a>Climate</a> <a>Local News</a></div>')}
</article></main>
{p.junk("footer", '<footer role="contentinfo"><p>Valley Public Radio is a service of Ashford State University.</p><p>FCC Public Files · Contact Us · Privacy · EEO Report</p><p>© 2026 Valley Public Radio</p></footer>')}
</div></body></html>"""


# --- English edition of an Arabic-language news site (Al-Arabiya-English-like: embedded tweets and Instagram) ----

def arab_english(p):
    a = p.a
    tweet = p.junk("social-embed", '<blockquote class="twitter-tweet" data-lang="en"><p lang="en" dir="ltr">Forty minutes in the queue at the metro after the festival. Worth it for the fireworks though 🎆 '
                   '<a href="https://t.co/x1y2">pic.twitter.com/x1y2</a></p>&mdash; Sara K (@sarak_dxb) <a href="https://twitter.com/sarak_dxb/status/1">December 5, 2026</a></blockquote>'
                   '<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>')
    insta = p.junk("social-embed", '<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/Cx1/"><div><a href="https://www.instagram.com/p/Cx1/">View this post on Instagram</a>'
                   '<p><a href="https://www.instagram.com/p/Cx1/">A post shared by Dubai Nights (@dubainights)</a></p></div></blockquote>'
                   '<script async src="//www.instagram.com/embed.js"></script>')
    return f"""{p.head("Gulf Today English")}
<body dir="ltr" class="article-page en">
{p.junk("language-switch", '<div class="lang-switch"><a href="/ar">العربية</a> <a href="/fa">فارسی</a> <a href="/ur">اردو</a></div>')}
<header class="main-header">{p.junk("logo", '<a class="logo">Gulf Today English</a>')}
{p.junk("nav", '<nav class="main-menu"><a>News</a> <a>Gulf</a> <a>Middle East</a> <a>World</a> <a>Business</a> <a>Lifestyle</a> <a>Sports</a> <a>Video</a></nav>')}
</header>
<main><article class="article">
{p.junk("section-label", '<div class="article-section"><a>Gulf</a></div>')}
<h1 class="article-title">{_e(a["title"])}</h1>
{p.junk("byline", f'<div class="article-meta"><span class="author">{_e(a["author"])}, Gulf Today English</span> <span class="date">Published: 05 December ,2026: 01:12 PM GST</span> <span class="updated">Updated: 05 December ,2026: 03:40 PM GST</span></div>')}
{p.junk("caption-credit", '<figure class="article-main-img"><img src="/uploads/metro-queue.jpg" alt=""><figcaption>Visitors queue at a metro station near the festival grounds on Friday night. (Supplied)</figcaption></figure>')}
{p.junk("share-bar", '<div class="share-bar"><a>Facebook</a> <a>X</a> <a>WhatsApp</a> <a>Telegram</a> <a>Copy link</a> <span>Font size: A A</span></div>')}
<div class="article-body" id="body-text">
{p.body({"p": "<p>{}</p>"}, {3: [tweet], 4: [insta, p.junk("read-more-inline", '<p class="read-more"><strong>Read more:</strong> <a>Dubai winter festival opens with drone show over the creek</a></p>')],
                          6: [p.junk("ad-label", '<div class="ad-container"><span>Advertisement</span><div id="ad-mid"></div></div>')]},
        first_prefix=p.junk("dateline", '<strong class="dateline">' + _e(a["dateline"]) + '</strong>') + ' ')}
</div>
{p.junk("follow-promo", '<div class="follow-us"><p>For the latest news, follow us on Telegram and WhatsApp.</p></div>')}
{p.junk("related-box", '<section class="more-on"><h3>More on Dubai</h3><ul><li><a>New tram line to link Expo and Marina</a></li><li><a>RTA trials driverless taxis in Jumeirah</a></li></ul></section>')}
</article>
<aside>{p.junk("sidebar-list", '<div class="most-read"><h3>Most Read</h3><ol><li><a>UAE announces public holiday for National Day</a></li><li><a>Gold prices in Dubai today</a></li></ol></div>')}</aside>
</main>
{p.junk("footer", '<footer><p>All rights reserved © 2026 Gulf Today English.</p><p>About · Contact · Terms · Privacy</p></footer>')}
</body></html>"""


# --- City magazine restaurant review (ratings box, "If you go" info box, reviewer's note, map embed) --------------

def restaurant_review(p):
    a = p.a
    return f"""{p.head("Calder City Magazine")}
<body class="single-review">
{p.junk("nav", '<nav class="top"><a>Eat &amp; Drink</a> <a>Things to Do</a> <a>Arts</a> <a>Home</a> <a>Best Of</a> <a>Subscribe</a></nav>')}
<header>{p.junk("logo", '<a class="brand">Calder City Magazine</a>')}</header>
<main><article class="review post-48213">
{p.junk("section-label", '<p class="eyebrow"><a>Restaurant Reviews</a></p>')}
<h1 class="entry-title">{_e(a["title"])}</h1>
{p.junk("dek", f'<p class="entry-dek">{_e(a["dek"])}</p>')}
{p.junk("byline", f'<p class="entry-byline">By <a>{_e(a["author"])}</a> · November 18, 2026 · 4 min read</p>')}
{p.junk("caption-credit", '<figure class="wp-block-image"><img src="/wp-content/uploads/ferro-clams.jpg" alt=""><figcaption>Spaghetti with clams at Ferro. <em>Photo by Jess Hale</em></figcaption></figure>')}
<div class="entry-content">
{p.body({"p": "<p>{}</p>"}, {3: [p.junk("caption-credit", '<figure class="wp-block-image"><img src="/wp-content/uploads/ferro-bread.jpg" alt=""><figcaption>The sourdough with anchovy butter. <em>Photo by Jess Hale</em></figcaption></figure>')],
                          5: [p.junk("related-inline", '<p class="has-background"><strong>Related:</strong> <a>The 25 best pasta dishes in Calder City</a></p>')]})}
</div>
{p.junk("ratings-box", '<div class="review-scorecard"><h3>Ferro</h3><dl><dt>Food</dt><dd>★★★★☆</dd><dt>Service</dt><dd>★★★☆☆</dd><dt>Atmosphere</dt><dd>★★★★☆</dd><dt>Value</dt><dd>★★★★★</dd></dl><p class="verdict">Verdict: Worth the wait.</p></div>')}
{p.junk("info-box", '<div class="if-you-go"><h4>If you go</h4><p>Ferro, 41 Calder St. Open Wednesday to Sunday, 5:30 to 10 p.m. Pastas $19 to $26. No reservations. Wheelchair accessible.</p><iframe title="Map" src="https://maps.example/embed?q=41+Calder+St"></iframe></div>')}
{p.junk("review-policy", '<p class="review-policy"><em>Our critics visit restaurants anonymously and pay for their meals. Ratings reflect the reviewer’s experience at the time of the visit.</em></p>')}
{p.junk("newsletter-promo", '<div class="nl-signup"><h4>Hungry for more?</h4><p>Get our weekly Eat &amp; Drink newsletter.</p><input type="email"><button>Subscribe</button></div>')}
{p.junk("related-box", '<section class="more-reviews"><h3>More Reviews</h3><ul><li><a>Review: Juniper Hall brings Nordic cooking to the waterfront</a></li><li><a>Review: The dumpling counter that never closes</a></li></ul></section>')}
</article></main>
{p.junk("footer", '<footer><p>© 2026 Calder City Magazine. All rights reserved.</p><p>Advertise · Careers · Contact · Privacy</p></footer>')}
</body></html>"""


# --- Swedish tabloid (Aftonbladet/Expressen-like: "LÄS ÄVEN", "ANNONS", Plus paywall, "Publicerad/Uppdaterad") -----

def se_tabloid(p):
    a = p.a
    las = lambda text: p.junk("read-also-inline", f'<div class="_1ZFg2"><span class="_3GFk8">LÄS ÄVEN</span> <a>{_e(text)}</a></div>')
    return f"""{p.head("Kvällsbladet")}
<body>
<div id="app">
{p.junk("cookie-banner", '<div class="cmp">Vi använder cookies för att ge dig en bättre upplevelse. <button>Godkänn alla</button> <button>Inställningar</button></div>')}
<header class="hyperion-header">{p.junk("logo", '<a class="_logo">Kvällsbladet</a>')}
{p.junk("nav", '<nav class="_nav"><a>Nyheter</a> <a>Sport</a> <a>Nöje</a> <a>Ledare</a> <a>Kultur</a> <a>Plus</a> <a>Logga in</a></nav>')}
</header>
<main><article class="_3p4DP">
{p.junk("section-label", '<span class="_kicker">SKÄRGÅRDSDRAMAT</span>')}
<h1 class="_11S-G">{_e(a["title"])}</h1>
{p.junk("dek", f'<p class="_2hQ6e"><strong>{_e(a["dek"])}</strong></p>')}
{p.junk("caption-credit", '<figure class="_5Fy2x"><img src="/img/farjan.jpg" alt=""><figcaption><span>Färjan låg fast i isen i sju timmar.</span> <span class="_credit">Foto: Johan Ek</span></figcaption></figure>')}
{p.junk("byline", f'<div class="_byline"><a>{_e(a["author"])}</a> <span>linnea.berg@kvallsbladet.se</span> <time>Publicerad 3 dec 2026 kl. 06.12</time> <time>Uppdaterad 3 dec 2026 kl. 09.40</time></div>')}
{p.junk("share-bar", '<div class="_share"><button>Dela</button> <button>Kopiera länk</button> <span>214 kommentarer</span></div>')}
<div class="_3ZMdL">
{p.body({"p": '<p class="_3ZMdL-p">{}</p>'}, {2: [las("Isen slog till – här stängs farlederna i norr")],
                                            5: [p.junk("ad-label", '<div class="ad"><span>ANNONS</span><div id="panorama2"></div></div>')],
                                            9: [las("Skärgårdsborna: Vi har blivit bortglömda")]})}
</div>
{p.junk("tip-promo", '<div class="_tips"><p><strong>Har du tips?</strong> Kontakta oss på tips@kvallsbladet.se eller sms:a till 71 000.</p></div>')}
{p.junk("subscription-promo", '<div class="_plus"><p>Läs mer med Plus – 1 krona första månaden.</p><a>Bli Plus-kund</a></div>')}
{p.junk("related-box", '<section class="_more"><h3>Mer om skärgården</h3><ul><li><a>Färjetrafiken drabbas av personalbrist</a></li><li><a>Kylan slår rekord i norr</a></li><li><a>Sjöräddningen: Så många larm i år</a></li></ul></section>')}
</article>
<aside>{p.junk("sidebar-list", '<div><h3>Mest lästa</h3><ol><li><a>Melodifestivalen: Alla artister klara</a></li><li><a>Snökaoset – här är det värst</a></li><li><a>Elpriset rusar i natt</a></li></ol></div>')}</aside>
</main>
{p.junk("footer", '<footer><p>Ansvarig utgivare: Karin Holm</p><p>© Kvällsbladet 2026. Om Kvällsbladet · Personuppgifter · Cookies</p></footer>')}
</div></body></html>"""


# --- Turkish portal (Hürriyet/Milliyet-like: "İLGİLİ HABERLER", "Haberin Devamı", "Reklam", inline poll) -----------

def tr_portal(p):
    a = p.a
    devam = lambda: p.junk("continue-label", '<div class="haberin-devami"><span>Haberin Devamı</span></div>')
    poll = p.junk("poll", '<div class="anket"><h4>Anket</h4><p>Gece pazarına gider misiniz?</p><label><input type="radio" name="a"> Evet, mutlaka</label> <label><input type="radio" name="a"> Belki</label> <label><input type="radio" name="a"> Hayır</label> <button>Oy ver</button> <span>1.284 oy</span></div>')
    return f"""{p.head("Ege Haber")}
<body class="news-detail">
{p.junk("cookie-banner", '<div class="kvkk-bar">Sitemizde çerezler kullanılmaktadır. Detaylı bilgi için KVKK Aydınlatma Metni’ni inceleyebilirsiniz. <button>Kabul Et</button></div>')}
<header class="header">{p.junk("logo", '<a class="logo">Ege Haber</a>')}
{p.junk("nav", '<nav class="menu"><a>Gündem</a> <a>Ekonomi</a> <a>Dünya</a> <a>Spor</a> <a>Magazin</a> <a>Yazarlar</a> <a>Video</a> <a>Foto Galeri</a></nav>')}
</header>
<main><div class="news-detail-wrapper">
{p.junk("breadcrumb", '<div class="breadcrumb"><a>Ana Sayfa</a> > <a>Yerel Haberler</a> > <a>İzmir Haberleri</a></div>')}
<h1 class="news-detail-title">{_e(a["title"])}</h1>
{p.junk("dek", f'<h2 class="news-detail-spot">{_e(a["dek"])}</h2>')}
{p.junk("byline", f'<div class="news-detail-info"><span>{_e(a["author"])}</span> <span>Giriş: 24.11.2026 - 10:32</span> <span>Güncelleme: 24.11.2026 - 11:05</span></div>')}
{p.junk("share-bar", '<div class="share-area"><a>Facebook</a> <a>Twitter</a> <a>WhatsApp</a> <a>Google News’te Takip Et</a></div>')}
{p.junk("caption-credit", '<div class="news-detail-image"><img src="/img/carsi.jpg" alt=""><span class="image-source">Fotoğraf: DHA</span></div>')}
<div class="news-detail-text">
{p.body({"p": "<p>{}</p>"}, {2: [devam()], 3: [p.junk("related-inline", '<div class="ilgili-haberler"><strong>İLGİLİ HABERLER</strong><ul><li><a>Kemeraltı’nda restorasyon ikinci etapta</a></li><li><a>İzmir’de esnafa kira desteği</a></li></ul></div>')],
                          5: [p.junk("ad-label", '<div class="reklam"><span>Reklam</span><div id="ad_300x250"></div></div>'), devam()], 7: [poll]})}
</div>
{p.junk("tags", '<div class="news-tags"><span>Etiketler:</span> <a>İzmir</a> <a>Gece pazarı</a> <a>Belediye meclisi</a> <a>Esnaf</a></div>')}
{p.junk("comment-count", '<div class="comments-area"><h3>Yorumlar (37)</h3><a>Tüm yorumları gör</a> <p>Yorum yazmak için giriş yapın.</p></div>')}
{p.junk("related-box", '<section class="similar-news"><h3>Benzer Haberler</h3><ul><li><a>İzmir’de toplu ulaşıma yeni düzenleme</a></li><li><a>Konak Meydanı yayalaştırılıyor</a></li></ul></section>')}
</div>
<aside>{p.junk("sidebar-list", '<div class="most-read"><h3>En Çok Okunanlar</h3><ol><li><a>Altın fiyatları bugün</a></li><li><a>Hava durumu: Ege’ye sağanak uyarısı</a></li><li><a>Emekli maaşı zammı belli oldu</a></li></ol></div>')}</aside>
</main>
{p.junk("footer", '<footer><p>© 2026 Ege Haber. Tüm hakları saklıdır. İzinsiz ve kaynak gösterilmeden kullanılamaz.</p><p>Künye · İletişim · Gizlilik</p></footer>')}
</body></html>"""


# --- Greek daily (Kathimerini-like: "Διαβάστε επίσης", "ΔΙΑΦΗΜΙΣΗ", Google News follow, newsletter) ---------------

def gr_daily(p):
    a = p.a
    return f"""{p.head("Η Ημερήσια")}
<body class="single-post">
{p.junk("cookie-banner", '<div class="cookie-consent">Χρησιμοποιούμε cookies για να βελτιώσουμε την εμπειρία σας. <button>Αποδοχή</button> <button>Ρυθμίσεις</button></div>')}
<header class="site-header">{p.junk("logo", '<a class="logo">Η Ημερήσια</a>')}
{p.junk("nav", '<nav class="main-nav"><a>Ελλάδα</a> <a>Πολιτική</a> <a>Οικονομία</a> <a>Κόσμος</a> <a>Πολιτισμός</a> <a>Αθλητισμός</a> <a>Γνώμες</a></nav>')}
</header>
<main><article class="article">
{p.junk("section-label", '<a class="article-category">ΕΛΛΑΔΑ</a>')}
<h1 class="entry-title">{_e(a["title"])}</h1>
{p.junk("dek", f'<div class="entry-excerpt">{_e(a["dek"])}</div>')}
{p.junk("byline", f'<div class="entry-meta"><span class="author">{_e(a["author"])}</span> <time>11.11.2026 • 07:45</time></div>')}
{p.junk("caption-credit", '<figure><img src="/wp-content/uploads/2026/11/ploio.jpg" alt=""><figcaption>Το πλοίο θα εκτελεί τέσσερα δρομολόγια την εβδομάδα. (Φωτογραφία: ΑΠΕ-ΜΠΕ)</figcaption></figure>')}
<div class="entry-content">
{p.body({"p": "<p>{}</p>"}, {3: [p.junk("read-also-inline", '<div class="read-also"><span>Διαβάστε επίσης:</span> <a>Χωρίς γιατρό για τρεις μήνες μικρά νησιά του Αιγαίου</a></div>')],
                          5: [p.junk("ad-label", '<div class="ad-unit"><span>ΔΙΑΦΗΜΙΣΗ</span><div id="inarticle-1"></div></div>')],
                          7: [p.junk("read-also-inline", '<div class="read-also"><span>Διαβάστε επίσης:</span> <a>Οι ναυτιλιακές ζητούν αύξηση των επιδοτήσεων</a></div>')]})}
</div>
{p.junk("follow-promo", '<div class="gnews"><a>Ακολουθήστε την Ημερήσια στο Google News</a> και μάθετε πρώτοι όλες τις ειδήσεις.</div>')}
{p.junk("tags", '<div class="tags"><a>ΚΥΚΛΑΔΕΣ</a> <a>ΑΚΤΟΠΛΟΪΑ</a> <a>ΝΗΣΙΑ</a> <a>ΥΠΟΥΡΓΕΙΟ ΝΑΥΤΙΛΙΑΣ</a></div>')}
{p.junk("newsletter-promo", '<div class="newsletter"><h4>Newsletter</h4><p>Εγγραφείτε για να λαμβάνετε τα σημαντικότερα νέα κάθε πρωί.</p><input type="email"><button>Εγγραφή</button></div>')}
{p.junk("related-box", '<section class="related"><h3>Σχετικά άρθρα</h3><ul><li><a>Νέα λιμάνια για τις μικρές Κυκλάδες</a></li><li><a>Πόσο κοστίζει το εισιτήριο για τα νησιά</a></li></ul></section>')}
</article>
<aside>{p.junk("sidebar-list", '<div class="popular"><h3>Δημοφιλή</h3><ol><li><a>Καιρός: Έρχεται κακοκαιρία</a></li><li><a>Συντάξεις Δεκεμβρίου: Οι ημερομηνίες</a></li></ol></div>')}</aside>
</main>
{p.junk("footer", '<footer><p>© 2026 Η Ημερήσια. Με την επιφύλαξη παντός δικαιώματος.</p><p>Όροι χρήσης · Πολιτική απορρήτου · Επικοινωνία</p></footer>')}
</body></html>"""


# --- Romanian news site (Digi24/HotNews-like: "Citește și:", "Publicitate", Google News, editor line) --------------

def ro_news(p):
    a = p.a
    cit = lambda text: p.junk("read-also-inline", f'<p class="citeste-si"><strong>Citește și:</strong> <a>{_e(text)}</a></p>')
    return f"""{p.head("Știri Ardeal")}
<body>
{p.junk("cookie-banner", '<div class="gdpr">Acest site folosește cookie-uri. Continuarea navigării implică acceptarea lor. <button>Accept</button></div>')}
<header>{p.junk("logo", '<a class="logo">Știri Ardeal</a>')}
{p.junk("nav", '<nav class="menu"><a>Actualitate</a> <a>Politică</a> <a>Economie</a> <a>Externe</a> <a>Sport</a> <a>Sănătate</a> <a>Opinii</a></nav>')}
</header>
<main><article class="article">
{p.junk("breadcrumb", '<div class="breadcrumbs"><a>Acasă</a> / <a>Actualitate</a> / <a>Cluj</a></div>')}
<h1 class="article-title">{_e(a["title"])}</h1>
{p.junk("byline", f'<div class="article-meta"><span>de {_e(a["author"])}</span> <span>30 noiembrie 2026, 12:20</span> <span>Actualizat: 30 noiembrie 2026, 14:05</span></div>')}
{p.junk("dek", f'<p class="article-lead"><strong>{_e(a["dek"])}</strong></p>')}
{p.junk("caption-credit", '<figure><img src="/img/biciclete.jpg" alt=""><figcaption>Biciclete electrice într-o stație din centrul Clujului. Foto: Primăria Cluj-Napoca</figcaption></figure>')}
<div class="article-content">
{p.body({"p": "<p>{}</p>"}, {2: [cit("Cluj-Napoca, pe lista orașelor cu cele mai multe piste de biciclete")],
                          4: [p.junk("ad-label", '<div class="ad-block"><span>Publicitate</span><div id="gpt-mid"></div></div>')],
                          6: [cit("Ce amenzi riscă bicicliștii care circulă pe trotuar")]})}
</div>
{p.junk("follow-promo", '<p class="follow"><strong>Urmărește Știri Ardeal și pe Google News</strong></p>')}
{p.junk("editor-line", '<p class="editor">Editor: Mihai Rusu</p>')}
{p.junk("tags", '<div class="tags"><span>Etichete:</span> <a>Cluj-Napoca</a> <a>biciclete</a> <a>transport</a> <a>primărie</a></div>')}
{p.junk("related-box", '<section class="related"><h3>Articole recomandate</h3><ul><li><a>Noul pod peste Someș, gata în primăvară</a></li><li><a>Tramvaiul revine pe Calea Florești</a></li></ul></section>')}
</article>
<aside>{p.junk("sidebar-list", '<div class="cele-mai-citite"><h3>Cele mai citite</h3><ol><li><a>Vremea: ninsori în Apuseni</a></li><li><a>Cursul BNR astăzi</a></li></ol></div>')}</aside>
</main>
{p.junk("footer", '<footer><p>© 2026 Știri Ardeal. Toate drepturile rezervate. Reproducerea integrală a materialelor este interzisă.</p><p>Termeni și condiții · Politica de confidențialitate · ANPC</p></footer>')}
</body></html>"""


# --- Austrian daily's film review (Der-Standard-like: rating box, "Kritik" label, poster credit, forum posting count)

def at_review(p):
    a = p.a
    return f"""{p.head("Der Donaukurier")}
<body class="story">
{p.junk("cookie-banner", '<div class="privacy-wall">Mit Werbung und Tracking weiterlesen oder mit dem PUR-Abo werbefrei lesen. <button>Zustimmen</button> <button>PUR-Abo</button></div>')}
<header class="site-header">{p.junk("logo", '<a class="logo">Der Donaukurier</a>')}
{p.junk("nav", '<nav><a>International</a> <a>Inland</a> <a>Wirtschaft</a> <a>Web</a> <a>Sport</a> <a>Panorama</a> <a>Kultur</a> <a>Etat</a> <a>Wissenschaft</a></nav>')}
</header>
<main><article class="story-article">
<header class="story-header">
{p.junk("section-label", '<p class="story-kicker">Filmkritik</p>')}
<h1 class="story-title">{_e(a["title"])}</h1>
{p.junk("dek", f'<p class="story-lead">{_e(a["dek"])}</p>')}
{p.junk("byline", f'<div class="story-byline"><span class="article-origins">{_e(a["author"])}</span> <time>27. November 2026, 12:00</time> <a class="forum-count">84 Postings</a></div>')}
</header>
{p.junk("caption-credit", '<figure class="story-image"><img src="/img/bruecke.jpg" alt=""><figcaption>Brigitte Haslinger als Brückenwärterin Hermine. <span class="credit">Foto: Filmladen</span></figcaption></figure>')}
<div class="story-content">
{p.body({"p": "<p>{}</p>"}, {3: [p.junk("read-also-inline", '<div class="inline-link"><h3>Lesen Sie auch</h3><a>Österreichs Kinos melden Besucherplus</a></div>')],
                          6: [p.junk("ad-label", '<div class="adslot"><span>Werbung</span><div id="ad-medrect"></div></div>')]})}
</div>
{p.junk("ratings-box", '<div class="review-infobox"><h3>Die Brücke von Steyr</h3><p>Österreich 2026, 104 Minuten. Regie: Katharina Aigner. Mit Brigitte Haslinger, Lukas Pichler, Maria Eder.</p><p class="rating">Bewertung: 4 von 5 Sternen</p></div>')}
{p.junk("author-note", f'<p class="article-origins-footer">({_e(a["author"])}, 27.11.2026)</p>')}
{p.junk("related-box", '<section class="more-links"><h3>Weiterlesen</h3><ul><li><a>Viennale: Die Preisträger</a></li><li><a>Neu im Kino: Alle Starts der Woche</a></li></ul></section>')}
{p.junk("comments", '<section class="forum"><h3>Forum</h3><p>Diskutieren Sie mit! Bitte beachten Sie unsere Community-Richtlinien.</p><a>84 Postings anzeigen</a></section>')}
</article></main>
{p.junk("footer", '<footer><p>© Der Donaukurier 2026. Alle Rechte vorbehalten. Nutzung ausschließlich für den privaten Eigenbedarf.</p><p>Impressum &amp; Offenlegung · Datenschutz · AGB</p></footer>')}
</body></html>"""


# --- Argentine sports daily (Olé-like match report: the lineups and the goals are the report's own text) ----------

def lineups_es(p):
    a = p.a
    return f"""{p.head("Diario Tribuna Deportiva")}
<body class="nota">
<header class="header">{p.junk("logo", '<a class="logo">Tribuna Deportiva</a>')}
{p.junk("nav", '<nav><a>Fútbol</a> <a>Copa Regional</a> <a>Básquet</a> <a>Tenis</a> <a>Resultados</a> <a>Posiciones</a></nav>')}
</header>
<main><article class="nota-container">
{p.junk("section-label", '<p class="volanta">COPA REGIONAL</p>')}
<h1 class="titulo">{_e(a["title"])}</h1>
{p.junk("dek", f'<h2 class="bajada">{_e(a["dek"])}</h2>')}
{p.junk("byline", f'<div class="firma"><span>{_e(a["author"])}</span> <time>16/11/2026 22:48</time></div>')}
{p.junk("caption-credit", '<figure><img src="/fotos/benitez.jpg" alt=""><figcaption>Benítez festeja el tercer gol. Foto: Prensa Deportivo Sur</figcaption></figure>')}
<div class="cuerpo-nota">
{p.body({"p": "<p>{}</p>", "h": "<h3>{}</h3>"})}
</div>
{p.junk("tags", '<div class="tags"><a>Deportivo Sur</a> <a>Atlético Norte</a> <a>Copa Regional</a></div>')}
</article>
<aside>{p.junk("sidebar-list", '<div><h3>Lo más visto</h3><ol><li><a>El mercado de pases, día por día</a></li><li><a>Así quedó la tabla</a></li></ol></div>')}</aside>
</main>
{p.junk("footer", '<footer><p>© 2026 Tribuna Deportiva. Todos los derechos reservados.</p></footer>')}
</body></html>"""


# --- Italian local paper (L'Eco-di-Bergamo-like: the recipe is part of the news story) -----------------------------

def recipe_it(p):
    a = p.a
    return f"""{p.head("La Voce delle Valli")}
<body class="articolo">
<header>{p.junk("logo", '<a class="testata">La Voce delle Valli</a>')}
{p.junk("nav", '<nav><a>Cronaca</a> <a>Economia</a> <a>Cultura</a> <a>Sport</a> <a>Tempo libero</a> <a>Necrologie</a></nav>')}
</header>
<main><article class="art-detail">
{p.junk("section-label", '<span class="occhiello">Il premio</span>')}
<h1>{_e(a["title"])}</h1>
{p.junk("dek", f'<p class="sommario">{_e(a["dek"])}</p>')}
{p.junk("byline", f'<p class="autore">di {_e(a["author"])} · 02 dicembre 2026</p>')}
<div class="art-body">
{p.body({"p": "<p>{}</p>", "h": "<h3>{}</h3>", "ul": ('<ul class="ingredienti">', "<li>{}</li>", "</ul>"), "ol": ('<ol class="procedimento">', "<li>{}</li>", "</ol>")})}
</div>
{p.junk("share-bar", '<div class="condividi"><a>Facebook</a> <a>WhatsApp</a> <a>Email</a></div>')}
</article></main>
{p.junk("footer", '<footer><p>© 2026 La Voce delle Valli - P.IVA 01234560167</p></footer>')}
</body></html>"""


# --- Finnish public broadcaster (Yle-like science story with a results table) -------------------------------------

def table_science_fi(p):
    a = p.a
    return f"""{p.head("Uutisradio")}
<body>
<header class="yle-header">{p.junk("logo", '<a class="logo">Uutisradio</a>')}
{p.junk("nav", '<nav><a>Uutiset</a> <a>Urheilu</a> <a>Tiede</a> <a>Kulttuuri</a> <a>Areena</a> <a>Sää</a></nav>')}
</header>
<main><article class="yle__article">
{p.junk("section-label", '<span class="yle__article__header__subject">Ilmastonmuutos</span>')}
<h1 class="yle__article__heading">{_e(a["title"])}</h1>
{p.junk("dek", f'<p class="yle__article__lead">{_e(a["dek"])}</p>')}
{p.junk("caption-credit", '<figure><img src="/kuvat/jaa.jpg" alt=""><figcaption>Jäät lähtevät nyt aiemmin kuin sata vuotta sitten. Kuva: Petri Aaltonen / Uutisradio</figcaption></figure>')}
{p.junk("byline", f'<div class="yle__article__meta"><span>{_e(a["author"])}</span> <time>25.11.2026 6:00</time></div>')}
<div class="yle__article__content">
{p.body({"p": '<p class="yle__article__paragraph">{}</p>', "h": '<h2 class="yle__article__heading--h2">{}</h2>', "table": ('<figure class="yle__table"><table>', "</table></figure>")})}
</div>
</article></main>
{p.junk("footer", '<footer><p>Uutisradio · Palaute · Tietosuoja · Saavutettavuus</p></footer>')}
</body></html>"""


# --- Korean English-language daily (Korea-Herald-like interview, bold questions in paragraphs) ----------------------

def qa_kr(p):
    a = p.a
    return f"""{p.head("The Seoul Observer")}
<body>
<header>{p.junk("logo", '<a class="logo">The Seoul Observer</a>')}
{p.junk("nav", '<nav class="gnb"><a>National</a> <a>Business</a> <a>Life &amp; Culture</a> <a>Sports</a> <a>World</a> <a>Opinion</a></nav>')}
</header>
<main><div class="view_con">
{p.junk("section-label", '<p class="view_tit_sub">Books</p>')}
<h1 class="view_tit">{_e(a["title"])}</h1>
{p.junk("dek", f'<h2 class="view_sub_tit">{_e(a["dek"])}</h2>')}
{p.junk("byline", f'<div class="view_info">By {_e(a["author"])} Published : Nov. 8, 2026 - 15:21</div>')}
{p.junk("caption-credit", '<div class="view_img"><img src="/img/park.jpg" alt=""><p class="img_caption">Park Seo-yeon poses in her studio in Mapo, Seoul. (Im Se-jin/The Seoul Observer)</p></div>')}
<div class="view_con_t" id="articleText">
{p.body({"p": "<p>{}</p>"})}
</div>
{p.junk("contact-line", '<p class="email">minho@seoulobserver.example</p>')}
</div></main>
{p.junk("footer", '<footer><p>Copyright © The Seoul Observer. All rights reserved.</p></footer>')}
</body></html>"""


# --- Substack newsletter post (one-line paragraphs; subscribe widget inside the post, footer buttons) --------------

def oneliners_substack(p):
    a = p.a
    return f"""{p.head("Harlan's Ford Dispatch", '<meta name="generator" content="Substack">')}
<body>
<div id="entry"><div class="main-menu">{p.junk("logo", '<a class="navbar-title">Harlan&#39;s Ford Dispatch</a>')}
{p.junk("nav", '<div class="navbar-buttons"><a>Subscribe</a> <a>Sign in</a></div>')}
</div>
<article class="typography newsletter-post post">
<div class="post-header">
<h1 class="post-title">{_e(a["title"])}</h1>
{p.junk("dek", f'<h3 class="subtitle">{_e(a["dek"])}</h3>')}
{p.junk("byline", f'<div class="post-meta"><a>{_e(a["author"])}</a> <span>Nov 29, 2026</span> <span>12</span> <span>3</span> <a>Share</a></div>')}
</div>
<div class="available-content"><div class="body markup" dir="auto">
{p.body({"p": "<p>{}</p>"}, {8: [p.junk("subscribe-widget", '<div class="subscription-widget-wrap"><p>Harlan’s Ford Dispatch is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.</p><input type="email" placeholder="Type your email..."><button>Subscribe</button></div>')]})}
</div></div>
{p.junk("share-bar", '<div class="post-footer"><a>12 Likes</a> <a>3 Comments</a> <a>Share</a> <a>Leave a comment</a></div>')}
</article>
{p.junk("footer", '<footer><p>© 2026 Ruth Calloway · Privacy · Terms · Collection notice</p><p>Substack is the home for great culture</p></footer>')}
</div></body></html>"""


# --- Hungarian portal (Telex-like explainer: numbered list of changes, question subheading) ------------------------

def list_hu(p):
    a = p.a
    return f"""{p.head("Hírpont")}
<body>
<header>{p.junk("logo", '<a class="logo">Hírpont</a>')}
{p.junk("nav", '<nav><a>Belföld</a> <a>Külföld</a> <a>Gazdaság</a> <a>Kultúra</a> <a>Sport</a> <a>Tudomány</a></nav>')}
</header>
<main><article class="article">
{p.junk("section-label", '<div class="article-tag"><a>Budapest</a></div>')}
<h1 class="article-title">{_e(a["title"])}</h1>
{p.junk("dek", f'<p class="article-lead">{_e(a["dek"])}</p>')}
{p.junk("byline", f'<div class="article-meta"><span>{_e(a["author"])}</span> <span>2026. december 6. – 09:12</span></div>')}
<div class="article-html-content">
{p.body({"p": "<p>{}</p>", "h": "<h2>{}</h2>"})}
</div>
{p.junk("support-promo", '<div class="tamogatas"><p>Támogasd a független újságírást!</p><a>Támogatom</a></div>')}
</article></main>
{p.junk("footer", '<footer><p>© 2026 Hírpont. Minden jog fenntartva. Impresszum · Adatvédelem</p></footer>')}
</body></html>"""


# --- Fact-check site (PolitiFact-like: rating meter outside the prose, sources list, the claim quoted in the text) --

def factcheck(p):
    a = p.a
    return f"""{p.head("CheckPoint")}
<body class="factcheck">
<header>{p.junk("logo", '<a class="logo">CheckPoint</a>')}
{p.junk("nav", '<nav><a>Fact-checks</a> <a>Promises</a> <a>Viral posts</a> <a>About our ratings</a> <a>Donate</a></nav>')}
</header>
<main><article class="m-statement">
{p.junk("rating-box", '<div class="m-statement__meter"><div class="c-image"><img src="/meter/false.png" alt="false"></div><div class="m-statement__quote">Says the state will ban wood-burning stoves from January 1.</div><div class="m-statement__desc">Viral image stated on November 11, 2026 in a Facebook post</div><p class="rating">Rating: False</p></div>')}
<h1 class="c-title">{_e(a["title"])}</h1>
{p.junk("byline", f'<div class="m-author"><a>By {_e(a["author"])}</a> <span>November 15, 2026</span></div>')}
{p.junk("dek", f'<div class="m-callout"><p>If Your Time is short</p><ul><li>{_e(a["dek"])}.</li><li>The draft rule is open for public comment until December 31.</li></ul></div>')}
<div class="m-textblock">
{p.body({"p": "<p>{}</p>", "h": "<h2>{}</h2>"})}
</div>
{p.junk("sources", '<section class="m-sources"><h3>Our Sources</h3><p>Department of Environmental Quality, Draft rule on residential wood heaters, Oct. 14, 2026</p><p>Phone interview, Mark Ellison, DEQ spokesperson, Nov. 13, 2026</p></section>')}
{p.junk("tags", '<div class="m-list--horizontal"><a>Environment</a> <a>Energy</a> <a>Facebook Fact-checks</a></div>')}
</article></main>
{p.junk("footer", '<footer><p>CheckPoint is a nonpartisan fact-checking project. Read our principles.</p></footer>')}
</body></html>"""


# --- Newspaper obituary page (Legacy-like: guestbook, flowers, funeral home card outside the obituary text) ---------

def obituary(p):
    a = p.a
    return f"""{p.head("Millbrook Record Obituaries")}
<body class="obituary-detail">
<header>{p.junk("logo", '<a class="logo">Millbrook Record</a>')}
{p.junk("nav", '<nav><a>News</a> <a>Sports</a> <a>Obituaries</a> <a>Classifieds</a> <a>Contact</a></nav>')}
</header>
<main><div class="obit-container">
<h1 class="obit-name">{_e(a["title"])}</h1>
{p.junk("obit-meta", '<div class="obit-dates">March 3, 1938 - November 14, 2026 · Millbrook, PA</div>')}
{p.junk("caption-credit", '<div class="obit-photo"><img src="/obits/alderson.jpg" alt="Margaret Alderson"></div>')}
<div class="obit-text" itemprop="text">
{p.body({"p": "<p>{}</p>"})}
</div>
{p.junk("funeral-home", '<div class="fh-card"><h4>Arrangements by</h4><p>Harkness Funeral Home</p><p>210 Elm Street, Millbrook, PA</p><a>Visit website</a></div>')}
{p.junk("guestbook", '<section class="guestbook"><h3>Guest Book</h3><p>Sign the guest book and share a memory.</p><div class="entry"><p>Mrs. Alderson was my first-grade teacher in 1971. She taught me to love books. - Karen W.</p></div><a>Sign Guest Book</a> <a>Send Flowers</a></section>')}
{p.junk("published-line", '<p class="obit-pub">Published by Millbrook Record on Nov. 18, 2026.</p>')}
</div></main>
{p.junk("footer", '<footer><p>© 2026 Millbrook Record. Obituaries powered by Legacy.</p></footer>')}
</body></html>"""


# --- Science news aggregator (ScienceDaily-like: "Story Source", journal reference, "Cite This Page", related terms) -

def science_news(p):
    a = p.a
    return f"""{p.head("Science Bulletin")}
<body>
<div id="container">
<header>{p.junk("logo", '<a class="navbar-brand" href="/">Science Bulletin</a>')}
{p.junk("nav", '<nav class="navbar"><a>Health</a> <a>Tech</a> <a>Enviro</a> <a>Society</a> <a>Quirky</a> <a>Top News</a></nav>')}
</header>
{p.junk("breadcrumb", '<ul class="breadcrumb"><li><a>Science News</a></li><li>from research organizations</li></ul>')}
<div class="row"><div class="col-md-8" id="main">
<h1 id="headline" class="headline">{_e(a["title"])}</h1>
{p.junk("date", '<dl class="dl-horizontal"><dt>Date:</dt><dd id="date_posted">November 12, 2026</dd><dt>Source:</dt><dd id="source">Institute for Urban Ecology</dd></dl>')}
{p.junk("dek", f'<dl class="dl-horizontal"><dt>Summary:</dt><dd id="abstract">{_e(a["dek"])}. Birds near street lamps start singing first.</dd></dl>')}
{p.junk("share-bar", '<div class="share"><span>Share:</span> <a>Facebook</a> <a>Twitter</a> <a>Pinterest</a> <a>LinkedIN</a> <a>Email</a></div>')}
{p.junk("ad-label", '<div class="mobile-top-rectangle"><span>advertisement</span></div>')}
{p.junk("section-label", '<h2 class="hidden">FULL STORY</h2>')}
{p.junk("caption-credit", '<div class="photo-image"><img src="/images/2026/11/robin.jpg" alt=""><div class="photo-caption">A European robin sings from a lamp post in a city park.<div class="photo-credit"><em>Credit: © Jan Novak / stock.adobe.com</em></div></div></div>')}
<div id="story_text"><div id="text">
{p.body({"p": "<p>{}</p>"}, {3: [p.junk("ad-label", '<div class="mobile-middle-rectangle"><span>advertisement</span><div id="div-gpt-ad-mid"></div></div>')]})}
</div></div>
{p.junk("ad-label", '<div id="story_source_ad"><span>advertisement</span></div>')}
{p.junk("story-source", '<div id="story_source"><h3>Story Source:</h3><p><a>Materials</a> provided by <a>Institute for Urban Ecology</a>. <em>Note: Content may be edited for style and length.</em></p></div>')}
{p.junk("journal-reference", '<div id="journal_references"><h3>Journal Reference:</h3><ol><li>Hanna Svoboda, Pieter de Wit, Lucia Marchetti. <strong>Light, not noise, advances the dawn chorus of urban songbirds</strong>. <em>Journal of Avian Ecology</em>, 2026; 57 (4) DOI: 10.0000/jae.2026.0412</li></ol></div>')}
{p.junk("cite-box", '<div id="citation"><h3>Cite This Page:</h3><ul class="nav-tabs"><li>MLA</li><li>APA</li><li>Chicago</li></ul><div class="tab-pane">Institute for Urban Ecology. "Songbirds in city parks start their dawn chorus 20 minutes earlier than rural birds." Science Bulletin. Science Bulletin, 12 November 2026.</div></div>')}
</div>
<div class="col-md-4" id="sidebar">
{p.junk("related-box", '<div id="related_topics"><h3>RELATED TOPICS</h3><ul><li>Plants &amp; Animals<ul><li><a>Birds</a></li><li><a>Ecology Research</a></li></ul></li><li>Earth &amp; Climate<ul><li><a>Light Pollution</a></li></ul></li></ul></div>')}
{p.junk("related-terms", '<div id="related_terms"><h3>RELATED TERMS</h3><ul><li><a>Bird migration</a></li><li><a>Circadian rhythm</a></li><li><a>Urbanization</a></li></ul></div>')}
{p.junk("related-box", '<div id="related_stories"><h3>Related Stories</h3><ul><li><a>Street Lights Confuse Night-Flying Moths<span>Sep. 3, 2026 — Moths near LED lamps pollinate fewer flowers.</span></a></li><li><a>Urban Blackbirds Are Bolder Than Forest Cousins<span>May 19, 2026 — City birds approach humans more closely.</span></a></li></ul></div>')}
{p.junk("newsletter-promo", '<div id="subscribe"><h3>Free Subscriptions</h3><p>Get the latest science news with our free email newsletters, updated daily and weekly.</p><a>Email Newsletters</a> <a>RSS Feeds</a></div>')}
</div></div>
{p.junk("footer", '<footer><p>Copyright 2026 Science Bulletin. All rights controlled by their respective owners.</p><p>Content on this website is for information only. Terms and Conditions · Privacy Policy</p></footer>')}
</div></body></html>"""


# --- Irish daily opinion column (author box with photo, pull quote repeating the text, "opinion of the writer" note) -

def opinion_column(p):
    a = p.a
    pull = p.junk("pull-quote", '<aside class="pull-quote"><blockquote>A bench costs a few hundred euro and lasts twenty years. It asks nothing of anyone.</blockquote></aside>')
    return f"""{p.head("The Western Courier")}
<body class="opinion">
<header class="top-bar">{p.junk("logo", '<a class="masthead-logo" href="/">The Western Courier</a>')}
{p.junk("nav", '<nav><a>News</a> <a>Opinion</a> <a>Business</a> <a>Sport</a> <a>Life &amp; Style</a> <a>Culture</a> <a>Podcasts</a> <a>Subscribe</a></nav>')}
</header>
<main><article class="article--opinion">
{p.junk("section-label", '<p class="article-section"><a>Opinion</a></p>')}
{p.junk("author-box", f'<div class="author-box author-box--top"><img src="/authors/kinsella.jpg" alt=""><div><a class="author-name">{_e(a["author"])}</a><p class="author-role">Columnist</p></div></div>')}
<h1 class="article-headline">{_e(a["title"])}</h1>
{p.junk("dek", f'<p class="article-standfirst">{_e(a["dek"])}</p>')}
{p.junk("date", '<p class="article-date"><time>Sun Nov 23 2026 - 05:00</time></p>')}
{p.junk("share-bar", '<div class="article-share"><a>Share</a> <a>Facebook</a> <a>X</a> <a>Email</a> <a>Gift article</a> <a>Comments (58)</a></div>')}
<div class="article-body">
{p.body({"p": "<p>{}</p>"}, {3: [pull], 5: [p.junk("ad-label", '<div class="dfp-ad"><span class="dfp-ad__label">Advertisement</span></div>')]})}
</div>
{p.junk("author-bio", f'<div class="author-box author-box--bottom"><p><strong>{_e(a["author"])}</strong> is a writer and community organiser in Co Mayo. Her column appears every Sunday.</p><a>Follow Orla Kinsella</a></div>')}
{p.junk("opinion-note", '<p class="article-disclaimer"><em>The views expressed in this column are the writer’s own.</em></p>')}
{p.junk("podcast-promo", '<div class="promo-podcast"><p>Listen to our Inside Politics podcast every Tuesday and Thursday.</p><a>Listen now</a></div>')}
{p.junk("comments", '<section class="comments"><h3>Comments (58)</h3><p>Commenting on The Western Courier is for subscribers only. Please read our community standards.</p><a>Sign in to comment</a></section>')}
</article>
<aside>{p.junk("sidebar-list", '<div class="more-opinion"><h3>More Opinion</h3><ul><li><a>Fintan Rowe: The housing crisis has a planning problem</a></li><li><a>Letters: On school transport and the rural bus</a></li><li><a>The Courier view on the budget</a></li></ul></div>')}</aside>
</main>
{p.junk("footer", '<footer><p>© 2026 The Western Courier DAC. All rights reserved.</p><p>Terms &amp; Conditions · Privacy · Cookie Information · Contact</p></footer>')}
</body></html>"""


# --- Korean-language portal (Yonhap/Chosun-like: photo "[... 제공]", 관련기사, reporter e-mail line, copyright) -------

def ko_portal(p):
    a = p.a
    return f"""{p.head("한빛일보")}
<body>
<div id="wrap">
<header id="header">{p.junk("logo", '<h1 class="logo"><a href="/">한빛일보</a></h1>')}
{p.junk("nav", '<nav class="gnb"><a>정치</a> <a>경제</a> <a>사회</a> <a>국제</a> <a>문화</a> <a>스포츠</a> <a>오피니언</a> <a>전국</a></nav>')}
</header>
<div id="container"><div class="article-head">
{p.junk("section-label", '<span class="category">전국 &gt; 부산·울산·경남</span>')}
<h2 class="tit">{_e(a["title"])}</h2>
{p.junk("dek", f'<h3 class="sub-tit">{_e(a["dek"])}</h3>')}
{p.junk("byline", f'<div class="info"><span class="name">(부산=한빛일보) {_e(a["author"])} 기자</span> <span class="date">송고 2026-11-17 11:24</span> <span class="date">수정 2026-11-17 13:02</span></div>')}
{p.junk("share-bar", '<div class="share-box"><button>공유하기</button> <button>글씨 크기</button> <button>인쇄</button> <button>댓글</button></div>')}
</div>
<div class="article-body" id="articleBody">
{p.junk("caption-credit", '<div class="image-area"><img src="/photo/2026/11/17/walk.jpg" alt=""><p class="desc">해안 산책로 데크길 공사 현장 [부산시 제공. 재판매 및 DB 금지]</p></div>')}
{p.body({"p": '<p>{}</p>'}, {3: [p.junk("related-inline", '<div class="related-news"><strong>관련기사</strong><ul><li><a>부산 해운대 해수욕장 올해 방문객 천만명 넘어</a></li><li><a>송정 해변 주차난 해소 대책 발표</a></li></ul></div>')],
                          5: [p.junk("ad-label", '<div class="ad-area"><span>광고</span><div id="ad-inarticle"></div></div>')]})}
<p class="txt-copyright">{p.junk("reporter-email", f'{_e(a["author"])} 기자 jihoon@hanbit.example')}</p>
{p.junk("copyright", '<p class="txt-copyright">&lt;저작권자(c) 한빛일보, 무단 전재-재배포, AI 학습 및 활용 금지&gt;</p>')}
{p.junk("date", '<p class="update-time">2026/11/17 11:24 송고</p>')}
</div>
{p.junk("related-box", '<div class="aside-box"><h4>많이 본 뉴스</h4><ol><li><a>수능 성적 발표 일정 확정</a></li><li><a>올겨울 첫 한파특보</a></li><li><a>주택담보대출 금리 또 올라</a></li></ol></div>')}
{p.junk("comments", '<div class="comment-area"><h4>댓글</h4><p>로그인 후 댓글을 작성할 수 있습니다.</p><span>댓글 23</span></div>')}
</div>
{p.junk("footer", '<footer id="footer"><p>회사소개 · 광고안내 · 개인정보처리방침 · 청소년보호정책</p><p>Copyright © 한빛일보 All rights reserved.</p></footer>')}
</div></body></html>"""


# --- Indonesian portal (Kompas/Detik-like: "Baca juga:" mid-text, "SCROLL TO CONTINUE", WhatsApp channel promo, editor) -

def id_portal(p):
    a = p.a
    baca = lambda text: p.junk("read-also-inline", f'<p><strong>Baca juga: <a class="inner-link-baca-juga">{_e(text)}</a></strong></p>')
    return f"""{p.head("Harian Nusantara")}
<body class="read">
<header>{p.junk("logo", '<a class="logo" href="/">Harian Nusantara</a>')}
{p.junk("nav", '<nav class="nav"><a>News</a> <a>Regional</a> <a>Ekonomi</a> <a>Travel</a> <a>Tekno</a> <a>Bola</a> <a>Lifestyle</a></nav>')}
</header>
<main><div class="read__header">
{p.junk("breadcrumb", '<div class="breadcrumb"><a>Home</a> / <a>Regional</a> / <a>Kalimantan</a></div>')}
<h1 class="read__title">{_e(a["title"])}</h1>
{p.junk("byline", f'<div class="read__time">Harian Nusantara - 22/11/2026, 09:15 WIB</div><div class="read__credit">Penulis: {_e(a["author"])} | Editor: Dewi Lestari</div>')}
{p.junk("caption-credit", '<div class="photo"><img src="/data/photo/2026/11/pasar-terapung.jpg" alt=""><div class="photo__caption">Suasana pasar terapung di Sungai Martapura, Banjarmasin, Sabtu (22/11/2026). HARIAN NUSANTARA/RIZKY PRATAMA</div></div>')}
{p.junk("listen-bar", '<div class="read__listen"><button>Dengarkan artikel ini</button> <span>Artikel ini dibacakan oleh AI</span></div>')}
</div>
<div class="read__content"><div class="clearfix">
{p.body({"p": "<p>{}</p>"}, {2: [baca("Banjir Rendam Dermaga Pasar Terapung, Pedagang Pindah ke Darat")],
                          4: [p.junk("ad-label", '<div class="ads-on-body"><span>ADVERTISEMENT</span><div id="div-gpt-ad-inside"></div><span>SCROLL TO CONTINUE WITH CONTENT</span></div>')],
                          6: [baca("Wisata Sungai Banjarmasin Masuk Daftar Destinasi Unggulan")]},
        first_prefix=p.junk("dateline", '<strong>' + _e(a["dateline"]) + '</strong>') + ' ')}
</div></div>
{p.junk("follow-promo", '<div class="read__channel"><p>Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu akses berita Harian Nusantara WhatsApp Channel.</p><p>Pastikan kamu sudah install aplikasi WhatsApp ya.</p></div>')}
{p.junk("tags", '<div class="tag"><span>Tag:</span> <a>Pasar Terapung</a> <a>Banjarmasin</a> <a>Wisata Kalimantan Selatan</a></div>')}
{p.junk("related-box", '<div class="related"><h3>Berita Terkait</h3><ul><li><a>Festival Budaya Sungai Digelar Bulan Depan</a></li><li><a>Jembatan Baru di Martapura Mulai Dibangun</a></li></ul></div>')}
{p.junk("comments", '<div class="comment"><h3>Komentar</h3><p>Berikan komentar Anda dengan bijak dan sopan.</p><a>Login untuk berkomentar</a></div>')}
</main>
<aside>{p.junk("sidebar-list", '<div class="most"><h3>Terpopuler</h3><ol><li><a>Harga Emas Hari Ini</a></li><li><a>Jadwal KRL Akhir Pekan</a></li><li><a>Cuaca Ekstrem di Jawa Timur</a></li></ol></div>')}</aside>
{p.junk("footer", '<footer><p>Copyright 2026 Harian Nusantara. All Rights Reserved.</p><p>Tentang Kami · Pedoman Media Siber · Kebijakan Data Pribadi · Kontak</p></footer>')}
</body></html>"""


# --- Brazilian portal (g1-like: "LEIA TAMBÉM" bullet list, caption "— Foto:", WhatsApp channel, "VÍDEOS" block) --

def br_portal(p):
    a = p.a
    return f"""{p.head("Portal Nordeste")}
<body>
<header class="header">{p.junk("logo", '<a class="header-logo" href="/pe">Portal Nordeste PE</a>')}
{p.junk("nav", '<nav class="menu"><a>Pernambuco</a> <a>Caruaru e Região</a> <a>Petrolina e Região</a> <a>Política</a> <a>Economia</a> <a>Esportes</a> <a>Vídeos</a></nav>')}
</header>
<main><div class="mc-article-header">
{p.junk("section-label", '<p class="content-head__subtitle-section">Pernambuco</p>')}
<h1 class="content-head__title">{_e(a["title"])}</h1>
{p.junk("dek", f'<h2 class="content-head__subtitle">{_e(a["dek"])}</h2>')}
{p.junk("byline", f'<div class="content-publication-data"><p class="content-publication-data__from">Por {_e(a["author"])}, Portal Nordeste PE</p><p><time>28/11/2026 11h02</time> · Atualizado há 2 horas</p></div>')}
{p.junk("share-bar", '<div class="content-share"><a>Compartilhar no Facebook</a> <a>Compartilhar no X</a> <a>Compartilhar no WhatsApp</a></div>')}
</div>
<article class="mc-article-body">
{p.junk("caption-credit", '<div class="mc-column content-media"><figure><img src="/fotos/barco.jpg" alt=""><figcaption>Barco-ônibus elétrico durante viagem inaugural no Rio Capibaribe — Foto: Prefeitura do Recife/Divulgação</figcaption></figure></div>')}
{p.body({"p": '<div class="mc-column content-text"><p class="content-text__container">{}</p></div>'},
        {2: [p.junk("read-also-inline", '<div class="mc-column content-unordered-list"><p><strong>LEIA TAMBÉM:</strong></p><ul><li><a>Obras de dragagem do Capibaribe são concluídas</a></li><li><a>Passagem de ônibus no Grande Recife fica mais cara em janeiro</a></li></ul></div>')],
         5: [p.junk("caption-credit", '<div class="mc-column content-media"><figure><img src="/fotos/estacao.jpg" alt=""><figcaption>Estação flutuante no Cais da Aurora — Foto: Juliana Cavalcanti/Portal Nordeste</figcaption></figure></div>')]})}
{p.junk("follow-promo", '<div class="mc-column content-text"><p>📲 Participe do canal do Portal Nordeste PE no WhatsApp</p></div>')}
{p.junk("video-caption", '<div class="mc-column content-video"><h3>VÍDEOS: mais assistidos do Portal Nordeste PE nos últimos 7 dias</h3><div class="video-player"></div></div>')}
{p.junk("read-more-inline", '<p class="content-text__container">Veja mais notícias da região no Portal Nordeste Pernambuco.</p>')}
</article>
{p.junk("related-box", '<div class="bastian-feed"><h3>Mais do Portal Nordeste</h3><ul><li><a>Chuvas: Recife tem alerta amarelo para esta sexta</a></li><li><a>Sport e Náutico definem datas dos clássicos</a></li></ul></div>')}
</main>
{p.junk("footer", '<footer><p>© Copyright 2000-2026 Portal Nordeste. Todos os direitos reservados. Política de privacidade</p></footer>')}
</body></html>"""


# --- English-language Balkan portal photo story ("In pictures": captions between paragraphs, photo counter, credits) -

def photo_gallery(p):
    a = p.a
    photo = lambda n, text, credit: p.junk("caption-credit", f'<figure class="gallery-item"><img data-src="/gallery/lanterns-{n}.jpg" class="lazyload" alt=""><figcaption><span class="counter">{n} / 6</span> {_e(text)} <span class="credit">Photo: {_e(credit)}</span></figcaption></figure>')
    return f"""{p.head("Adriatic Times")}
<body class="gallery-story">
{p.junk("cookie-banner", '<div class="cookie-bar">This website uses cookies. By continuing to browse you agree to our use of cookies. <a>More info</a> <button>Got it</button></div>')}
<header>{p.junk("logo", '<a class="logo" href="/">Adriatic Times</a>')}
{p.junk("nav", '<nav><a>News</a> <a>Region</a> <a>Business</a> <a>Culture</a> <a>Travel</a> <a>In Pictures</a></nav>')}
</header>
<main><article class="story">
{p.junk("section-label", '<p class="story-kicker">In Pictures</p>')}
<h1>{_e(a["title"])}</h1>
{p.junk("dek", f'<p class="story-dek">{_e(a["dek"])}</p>')}
{p.junk("byline", f'<p class="story-byline">Text and photos by {_e(a["author"])} · October 25, 2026</p>')}
{photo(1, "Lanterns drift across the harbour at dusk.", "Ana Petrović")}
<div class="story-body">
{p.body({"p": "<p>{}</p>"}, {1: [photo(2, "Volunteers hand out lanterns on the harbour wall.", "Ana Petrović")],
                          2: [photo(3, "A girl writes a name on her lantern before setting it on the water.", "Ana Petrović")],
                          3: [photo(4, "Kayakers collect lanterns near the moored fishing boats.", "Marko Vuković")],
                          5: [photo(5, "The quay was packed until midnight.", "Ana Petrović"),
                              p.junk("ad-label", '<div class="ad"><span>Advertisement</span></div>')],
                          6: [photo(6, "A brass band plays on the quay.", "Marko Vuković")]})}
</div>
{p.junk("support-promo", '<div class="support-box"><h3>Support independent journalism</h3><p>Adriatic Times is funded by its readers. Become a supporter from €3 a month.</p><a>Support us</a></div>')}
{p.junk("related-box", '<section class="more-galleries"><h3>More galleries</h3><ul><li><a>In pictures: The olive harvest on Pelješac</a></li><li><a>In pictures: First snow on Lovćen</a></li></ul></section>')}
</article></main>
{p.junk("footer", '<footer><p>© 2026 Adriatic Times. All rights reserved. Reproduction without permission is prohibited.</p></footer>')}
</body></html>"""


# page id -> (family function, kind)
FAMILIES = {
    "junk-in-daily": (in_daily, "junk"),
    "junk-jp-english": (jp_english, "junk"),
    "junk-au-broadcaster": (au_broadcaster, "junk"),
    "junk-ca-paper": (ca_paper, "junk"),
    "junk-za-site": (za_site, "junk"),
    "junk-fin-paywall": (fin_paywall, "junk"),
    "junk-us-weekly-blox": (us_weekly_blox, "junk"),
    "junk-amp": (amp, "junk"),
    "junk-drupal-radio": (drupal_radio, "junk"),
    "junk-arab-english": (arab_english, "junk"),
    "junk-restaurant-review": (restaurant_review, "junk"),
    "junk-se-tabloid": (se_tabloid, "junk"),
    "junk-tr-portal": (tr_portal, "junk"),
    "junk-gr-daily": (gr_daily, "junk"),
    "junk-ro-news": (ro_news, "junk"),
    "junk-at-review": (at_review, "junk"),
    "junk-science-news": (science_news, "junk"),
    "junk-opinion-column": (opinion_column, "junk"),
    "junk-ko-portal": (ko_portal, "junk"),
    "junk-id-portal": (id_portal, "junk"),
    "junk-br-portal": (br_portal, "junk"),
    "junk-photo-gallery": (photo_gallery, "junk"),
    "clean-lineups-es": (lineups_es, "clean"),
    "clean-recipe-it": (recipe_it, "clean"),
    "clean-table-science-fi": (table_science_fi, "clean"),
    "clean-qa-kr": (qa_kr, "clean"),
    "clean-oneliners-substack": (oneliners_substack, "clean"),
    "clean-list-hu": (list_hu, "clean"),
    "clean-factcheck": (factcheck, "clean"),
    "clean-obituary": (obituary, "clean"),
}
