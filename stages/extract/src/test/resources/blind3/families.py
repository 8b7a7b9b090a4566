"""One function per blind-3 page: the article set in the full markup of one site family.

Each function gets a build_pages.Page and returns the whole document. Every visible piece that is not the headline or
the article text goes through page.junk(class, html) so that it is registered in junk-manifest.json. The markup of
each family (class names, wrappers, the furniture and where it sits) is written by hand from how such sites look;
outlets, people and events are invented.
"""
import html


def esc(text):
    return html.escape(text, quote=False)


def h1(page, attrs=""):
    return f"<h1{(' ' + attrs) if attrs else ''}>{esc(page.a['title'])}</h1>"


# ---------------------------------------------------------------- English: wire, trade press, institutions, blogs


def wire_service(p):
    """News-wire agency's own site (AP/Reuters-like): photo with agency credit, dateline, contributor line."""
    return f"""{p.head("World News Service", p.ld_json("World News Service", section="Business"))}
<body class="page-story">
{p.junk("skip-link", '<a class="skip" href="#main">Skip to main content</a>')}
<header class="Page-header">
 {p.junk("logo", '<a class="Page-header-logo" href="/">WNS</a>')}
 {p.junk("nav", '<nav class="Page-header-navigation"><ul><li><a href="/us-news">U.S.</a></li><li><a href="/world-news">World</a></li><li><a href="/politics">Politics</a></li><li><a href="/business">Business</a></li><li><a href="/sports">Sports</a></li><li><a href="/entertainment">Entertainment</a></li><li><a href="/science">Science</a></li></ul></nav>')}
 {p.junk("header-links", '<div class="Page-header-end"><a href="/newsletters">Newsletters</a> <a href="/donate">Support independent journalism</a> <button>Search</button></div>')}
</header>
<main id="main" class="Page-content">
<div class="StoryPage-lede">
 {p.junk("section-label", '<div class="Page-breadcrumbs"><a href="/business">BUSINESS</a></div>')}
 {h1(p, 'class="Page-headline"')}
 {p.junk("byline", '<div class="Page-authors">By <a href="/author/tomas-ridley">TOMAS RIDLEY</a></div>')}
 {p.junk("date", '<div class="Page-dateModified">Updated 4:52 AM CST, November 18, 2026</div>')}
 {p.junk("share-bar", '<div class="Page-actions"><span>Share</span> <a href="#">Copy Link copied</a> <a href="#">Email</a> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a></div>')}
 {p.junk("caption-credit", '<figure class="Figure"><img src="/img/rail-yard.jpg" alt=""><figcaption class="Figure-caption">Freight cars sit in a rail yard in Chicago, Tuesday, Nov. 17, 2026. (WNS Photo/Ana Beltran)</figcaption></figure>')}
</div>
<div class="RichTextStoryBody RichTextBody">
{p.body(inserts={
    2: [p.junk("ad-label", '<div class="Advertisement"><span class="Ad-label">ADVERTISEMENT</span><div id="ad-1"></div></div>')],
    5: [p.junk("ad-label", '<div class="Advertisement"><span class="Ad-label">ADVERTISEMENT</span><div id="ad-2"></div></div>')],
    0: [p.junk("separator", '<p>___</p>'),
        p.junk("contributor-line", '<p>WNS writer Maria Castellano in Washington contributed to this report.</p>')],
}, first_prefix=p.junk("dateline", '<span class="dateline">CHICAGO (WNS) — </span>'))}
</div>
{p.junk("author-bio", '<div class="Page-authorInfo"><a href="/author/tomas-ridley">TOMAS RIDLEY</a><p>Ridley covers transportation and labor for WNS from Chicago.</p><a href="#">twitter</a> <a href="#">mailto</a></div>')}
{p.junk("related-box", '<section class="PageList-items"><h2>Related Stories</h2><ul><li><a href="#">Rail unions reject contract offer, setting up November deadline</a></li><li><a href="#">What a freight rail strike would mean for grain farmers</a></li><li><a href="#">Chemical makers warn of shortages if trains stop</a></li></ul></section>')}
</main>
<aside class="Page-aside">
{p.junk("sidebar-list", '<div class="PageList"><h2>Most Read</h2><ol><li>Storm brings heavy snow to the northern Plains</li><li>Court blocks new rules for payday lenders</li><li>Stocks drift as investors wait for jobs data</li></ol></div>')}
</aside>
<footer class="Page-footer">
{p.junk("footer", '<nav><a href="/about">About</a> <a href="/contact">Contact Us</a> <a href="/careers">Careers</a> <a href="/terms">Terms of Use</a> <a href="/privacy">Privacy Policy</a></nav><p>Copyright 2026 World News Service. All Rights Reserved.</p>')}
</footer>
</body>
</html>"""


def trade_press(p):
    """Trade magazine on WordPress (logistics): leaderboard ad, newsletter box inside the text, events sidebar."""
    return f"""{p.head("Freight Weekly", p.ld_json("Freight Weekly", section="Warehousing") + '<link rel="stylesheet" href="/wp-content/themes/fw/style.css">')}
<body class="post-template-default single single-post">
{p.junk("ad-label", '<div class="leaderboard"><span class="ad-label">Advertisement</span><ins class="adsbygoogle"></ins></div>')}
<header id="masthead" class="site-header">
 {p.junk("logo", '<div class="site-branding"><a href="/" rel="home">Freight Weekly</a><p class="site-description">News for the supply chain</p></div>')}
 {p.junk("nav", '<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li><a href="/ports">Ports</a></li><li><a href="/road">Road</a></li><li><a href="/rail">Rail</a></li><li><a href="/warehousing">Warehousing</a></li><li><a href="/technology">Technology</a></li><li><a href="/events">Events</a></li><li><a href="/subscribe">Subscribe</a></li></ul></nav>')}
</header>
<div id="content" class="site-content">
<div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-48211" class="post-48211 post type-post status-publish format-standard has-post-thumbnail category-warehousing">
<header class="entry-header">
 {p.junk("breadcrumb", '<nav class="breadcrumbs"><a href="/">Home</a> » <a href="/warehousing">Warehousing</a> » <a href="/warehousing/cold-chain">Cold chain</a></nav>')}
 {h1(p, 'class="entry-title"')}
 {p.junk("dek", '<p class="entry-excerpt">' + esc(p.a['dek']) + '</p>')}
 {p.junk("byline", '<div class="entry-meta"><span class="byline">by <a class="url fn n" href="/author/phallam">Priya Hallam</a></span> <span class="posted-on"><time class="entry-date published">29 October 2026</time></span> <span class="reading-time">4 min read</span></div>')}
</header>
{p.junk("caption-credit", '<div class="post-thumbnail"><img src="/wp-content/uploads/2026/10/arctica-felixstowe.jpg" alt=""><p class="wp-caption-text">The new store is 38 metres high. Photo: Arctica Logistics</p></div>')}
{p.junk("share-bar", '<div class="sharedaddy"><h3 class="sd-title">Share this:</h3><ul><li><a href="#">LinkedIn</a></li><li><a href="#">X</a></li><li><a href="#">Email</a></li><li><a href="#">Print</a></li></ul></div>')}
<div class="entry-content">
{p.body(inserts={
    3: [p.junk("related-inline", '<p class="related-inline"><strong>Related:</strong> <a href="#">Cold store occupancy hits record as importers stock up</a></p>')],
    5: [p.junk("newsletter-promo", '<div class="fw-newsletter-box"><h4>Get Freight Weekly in your inbox</h4><p>Sign up for our free daily newsletter with the top stories from ports, road, rail and warehousing.</p><form><input type="email" placeholder="Your email"><button>Sign up</button></form></div>')],
    7: [p.junk("ad-label", '<div class="in-content-ad"><span class="ad-label">Advertisement</span></div>')],
})}
</div>
<footer class="entry-footer">
 {p.junk("tags", '<span class="cat-links">Posted in <a href="#">Warehousing</a></span> <span class="tags-links">Tagged <a href="#">automation</a>, <a href="#">cold chain</a>, <a href="#">Felixstowe</a></span>')}
 {p.junk("author-bio", '<div class="author-box"><h4>About Priya Hallam</h4><p>Priya Hallam is warehousing editor at Freight Weekly. She has covered logistics property for eleven years.</p><a href="/author/phallam">View all posts by Priya Hallam</a></div>')}
</footer>
</article>
{p.junk("related-box", '<div class="jp-relatedposts"><h3>You may also like</h3><ul><li><a href="#">Humber port plans new reefer terminal</a></li><li><a href="#">Robots take over night shift at Midlands parcel hub</a></li><li><a href="#">Why cold store rents are rising faster than dry warehouses</a></li></ul></div>')}
{p.junk("comments", '<div id="comments" class="comments-area"><h2 class="comments-title">0 Comments</h2><div id="respond"><h3 id="reply-title">Leave a Reply</h3><p class="comment-notes">Your email address will not be published. Required fields are marked *</p><textarea></textarea><button>Post Comment</button></div></div>')}
</main></div>
<aside id="secondary" class="widget-area">
 {p.junk("event-promo", '<section class="widget"><h2 class="widget-title">Events</h2><p>Cold Chain Summit 2027</p><p>Birmingham, 10 March. Early-bird tickets available until 31 December.</p><a href="#">Book now</a></section>')}
 {p.junk("sidebar-list", '<section class="widget"><h2 class="widget-title">Most read</h2><ol><li>Haulier collapses owing £4m to subcontractors</li><li>Drivers warned of new weight checks at Dover</li><li>Port congestion eases as peak season ends</li></ol></section>')}
</aside>
</div>
<footer id="colophon" class="site-footer">
{p.junk("footer", '<div class="site-info"><a href="/advertise">Advertise</a> | <a href="/contact">Contact</a> | <a href="/privacy">Privacy</a> | © 2026 Freight Weekly Media Ltd. Proudly powered by WordPress</div>')}
</footer>
</body>
</html>"""


def university_news(p):
    """University news office (T4/Drupal-like): breadcrumb, date, one caption, media contact, related news."""
    return f"""{p.head("University of Northfield", p.ld_json("University of Northfield"))}
<body class="news-article">
<header class="uni-header">
 {p.junk("logo", '<a class="uni-logo" href="/">University of Northfield</a>')}
 {p.junk("nav", '<nav class="uni-nav"><a href="/study">Study</a> <a href="/research">Research</a> <a href="/about">About</a> <a href="/news">News</a> <a href="/alumni">Alumni</a></nav>')}
</header>
<main class="uni-main" id="content">
{p.junk("breadcrumb", '<ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li>2026</li></ol>')}
<article class="news-item">
 {h1(p, 'class="news-item__title"')}
 {p.junk("date", '<p class="news-item__date">Published: 2 November 2026</p>')}
 {p.junk("caption-credit", '<figure class="news-item__image"><img src="/media/news/flood-sensor.jpg" alt=""><figcaption>Students testing a prototype in a basement in Southgate.</figcaption></figure>')}
 <div class="news-item__body">
{p.body()}
 </div>
 {p.junk("contact-line", '<div class="news-item__contact"><h2>Media enquiries</h2><p>Press Office, press@northfield.example, 01632 960 421</p></div>')}
 {p.junk("share-bar", '<div class="share"><span>Share this page</span> <a href="#">Facebook</a> <a href="#">LinkedIn</a> <a href="#">Email</a></div>')}
</article>
{p.junk("related-box", '<section class="related-news"><h2>Related news</h2><ul><li><a href="#">Engineering students win national design prize</a></li><li><a href="#">New lab to study urban drainage</a></li></ul></section>')}
</main>
<footer class="uni-footer">
{p.junk("footer", '<p>University of Northfield, Northfield NF1 2AB</p><p><a href="/accessibility">Accessibility</a> <a href="/privacy">Privacy and cookies</a> <a href="/foi">Freedom of information</a></p><p>© University of Northfield 2026</p>')}
</footer>
</body>
</html>"""


def gov_press_release(p):
    """State agency press release (US government site): official banner, release labels, end mark, contact."""
    return f"""{p.head("Department of Natural Resources", p.ld_json("Department of Natural Resources", kind="Article"))}
<body class="press-release">
{p.junk("gov-banner", '<section class="usa-banner"><p>An official website of the State of Minnewaska</p><button>Here is how you know</button></section>')}
<header class="usa-header">
 {p.junk("logo", '<a class="usa-logo" href="/">Minnewaska Department of Natural Resources</a>')}
 {p.junk("nav", '<nav class="usa-nav"><ul><li><a href="/fishing">Fishing</a></li><li><a href="/hunting">Hunting</a></li><li><a href="/parks">Parks and trails</a></li><li><a href="/water">Water</a></li><li><a href="/licenses">Licenses</a></li><li><a href="/news">News</a></li></ul></nav>')}
</header>
<main id="main-content" class="usa-layout-docs">
{p.junk("breadcrumb", '<nav class="usa-breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/news">News releases</a></li></ol></nav>')}
<div class="news-release">
 {p.junk("release-label", '<p class="release-type">News release</p><p class="release-date">November 20, 2026</p><p class="release-embargo">FOR IMMEDIATE RELEASE</p>')}
 {h1(p)}
 <div class="release-body">
{p.body(inserts={0: [p.junk("end-mark", '<p class="text-center">###</p>')]})}
 </div>
 {p.junk("contact-line", '<div class="release-contact"><h2>Media contact</h2><p>Jordan Pell, communications director, 651-555-0134, jordan.pell@dnr.state.example</p></div>')}
</div>
{p.junk("feedback", '<div class="page-feedback"><p>Was this page helpful?</p><button>Yes</button><button>No</button></div>')}
</main>
<footer class="usa-footer">
{p.junk("footer", '<p>Minnewaska Department of Natural Resources</p><p>500 Lafayette Road, Capitol City</p><p><a href="/accessibility">Accessibility</a> <a href="/policies">Policies</a> <a href="/contact">Contact us</a></p>')}
</footer>
</body>
</html>"""


def sports_club(p):
    """Football club's official site: sponsor bar, ticket promo, match-centre widget with scorers and line-ups."""
    return f"""{p.head("Harbour Athletic FC", p.ld_json("Harbour Athletic FC", section="First Team"))}
<body class="club-site news-article">
{p.junk("sponsor-bar", '<div class="partner-bar"><span>Official partners</span> <a href="#">Quayside Motors</a> <a href="#">Marina Bank</a> <a href="#">Harbour Ales</a></div>')}
<header class="club-header">
 {p.junk("logo", '<a class="club-crest" href="/">Harbour Athletic</a>')}
 {p.junk("nav", '<nav class="club-nav"><a href="/news">News</a> <a href="/fixtures">Fixtures</a> <a href="/tickets">Tickets</a> <a href="/shop">Shop</a> <a href="/club">Club</a> <a href="/community">Community</a> <a href="/tv">Athletic TV</a></nav>')}
 {p.junk("ticket-promo", '<div class="ticket-strip">Tickets on sale now: Marlow Rovers (A), Tuesday 7.45pm <a href="/tickets">Buy now</a></div>')}
</header>
<main class="news-detail">
 {p.junk("section-label", '<span class="news-detail__category">First Team</span>')}
 {h1(p, 'class="news-detail__title"')}
 {p.junk("dek", '<p class="news-detail__summary">' + esc(p.a['dek']) + '</p>')}
 {p.junk("byline", '<div class="news-detail__meta"><span>Club Media</span> <span>Saturday 15 November 2026</span></div>')}
 {p.junk("match-centre", '<div class="match-summary"><div class="score"><span>Harbour Athletic</span> <b>2</b> <b>1</b> <span>Crossfield Town</span></div><ul class="scorers"><li>Hart 23</li><li>Mensah 88</li><li>Pike 62</li></ul><p>League Two | The Quayside</p></div>')}
 {p.junk("video-caption", '<div class="video-embed"><div class="player"></div><p>Watch: Highlights from the Quayside</p></div>')}
 <div class="news-detail__body rich-text">
{p.body(inserts={
    4: [p.junk("ad-label", '<div class="mpu"><span>Advertisement</span></div>')],
    7: [p.junk("membership-promo", '<div class="inline-promo"><strong>Athletic TV</strong><p>Watch every goal and full match replays. Subscribe for £4.99 a month.</p></div>')],
})}
 </div>
 {p.junk("line-ups", '<div class="team-sheet"><h3>Line-ups</h3><p>Athletic: Price, Cole, Mensah, Okafor, Bright, Quinn, Osei, Lamb, Hart, Doyle, Ward. Subs used: Adeyemi, Finch.</p><p>Crossfield: Lyle, Ross, Grant, Hale, Moran, Tait, Webb, Keane, Dunne, Shaw, Lowe. Subs used: Pike, Reid.</p><p>Referee: M. Oliver</p></div>')}
 {p.junk("poll", '<div class="potm-vote"><h3>Player of the Match</h3><p>Vote now</p><button>Kwame Mensah</button><button>Ellis Hart</button><button>Daniel Osei</button></div>')}
 {p.junk("share-bar", '<div class="share">Share <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a></div>')}
 {p.junk("related-box", '<section class="related"><h3>Latest News</h3><ul><li><a href="#">Carrow: We need to be braver in possession</a></li><li><a href="#">Under-18s reach FA Youth Cup third round</a></li><li><a href="#">Christmas opening hours for the club shop</a></li></ul></section>')}
</main>
<footer class="club-footer">
{p.junk("footer", '<p>Harbour Athletic Football Club, The Quayside, Harbour Road</p><p><a href="#">Contact</a> <a href="#">Accessibility</a> <a href="#">Privacy</a> <a href="#">Safeguarding</a></p><p>© 2026 Harbour Athletic FC</p>')}
</footer>
</body>
</html>"""


def ghost_blog(p):
    """Engineering blog on Ghost (Casper theme): tag, reading time, code block, subscribe CTA, read-more cards."""
    code_style = {"quote": '<pre><code class="language-sql">{}</code></pre>'}
    return f"""{p.head("Tidewater Engineering", p.ld_json("Tidewater Engineering", kind="Article") + '<meta name="generator" content="Ghost 5.96">')}
<body class="post-template tag-engineering">
<div class="viewport">
<header id="gh-head" class="gh-head">
 {p.junk("logo", '<a class="gh-head-logo" href="/">Tidewater Engineering</a>')}
 {p.junk("nav", '<nav class="gh-head-menu"><ul class="nav"><li class="nav-home"><a href="/">Home</a></li><li class="nav-about"><a href="/about/">About</a></li><li class="nav-careers"><a href="/careers/">Careers</a></li></ul></nav>')}
 {p.junk("login", '<div class="gh-head-actions"><a href="#/portal/signin">Sign in</a> <a class="gh-head-button" href="#/portal/signup">Subscribe</a></div>')}
</header>
<main id="site-main" class="site-main">
<article class="article post tag-engineering">
<header class="article-header gh-canvas">
 {p.junk("section-label", '<div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/engineering/">Engineering</a></span></div>')}
 {h1(p, 'class="article-title"')}
 {p.junk("byline", '<div class="article-byline"><div class="article-byline-meta"><h4 class="author-name"><a href="/author/nadia/">Nadia Ferrante</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="2026-09-30">Sep 30, 2026</time><span class="byline-reading-time"><span class="bull">•</span> 6 min read</span></div></div></div>')}
</header>
<section class="gh-content gh-canvas">
{p.body(style=code_style)}
</section>
</article>
{p.junk("subscribe-widget", '<section class="footer-cta"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button" href="#/portal"><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>')}
<aside class="read-more-wrap outer">
{p.junk("related-box", '<div class="read-more inner"><article class="post-card"><h2 class="post-card-title">Feature flags without a vendor</h2><p class="post-card-excerpt">How we built a small flag service in a week.</p></article><article class="post-card"><h2 class="post-card-title">Our on-call rotation, one year later</h2></article><article class="post-card"><h2 class="post-card-title">Migrating 400 million rows without downtime</h2></article></div>')}
</aside>
</main>
<footer class="site-footer outer">
{p.junk("footer", '<div class="inner"><section class="copyright"><a href="/">Tidewater Engineering</a> © 2026</section><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div>')}
</footer>
</div>
</body>
</html>"""


def medium_post(p):
    """Medium-like post: open-in-app bar, member-only badge, claps and responses, 'More from' and recommendations."""
    return f"""{p.head("Medium", p.ld_json("Medium", kind="BlogPosting") + '<meta name="twitter:app:name:iphone" content="Medium">')}
<body>
<div id="root">
{p.junk("app-bar", '<div class="open-in-app"><a href="#">Open in app</a></div>')}
<nav class="top-nav">
 {p.junk("logo", '<a href="/" aria-label="Homepage">Medium</a>')}
 {p.junk("nav", '<div class="search">Search</div><a href="/new-story">Write</a> <a href="/m/signin">Sign up</a> <a href="/m/signin">Sign in</a>')}
</nav>
<main>
<article>
<div class="section-content">
 {p.junk("member-badge", '<div class="pw-member-only"><span>Member-only story</span></div>')}
 {h1(p, 'class="pw-post-title" data-testid="storyTitle"')}
 {p.junk("dek", '<h2 class="pw-subtitle-paragraph">' + esc(p.a['dek']) + '</h2>')}
 {p.junk("byline", '<div class="pw-author"><a href="/@devc" data-testid="authorName">Dev Chaudhary</a> <span>·</span> <button>Follow</button></div><div class="pw-reading-time"><span data-testid="storyReadTime">7 min read</span> <span>·</span> <span data-testid="storyPublishDate">Oct 12, 2026</span></div>')}
 {p.junk("clap-bar", '<div class="pw-multi-vote-count"><button aria-label="clap">1.2K</button></div><div class="pw-responses-count"><button>38</button></div><button aria-label="Add to list">Save</button><button>Listen</button><button>Share</button>')}
 {p.junk("caption-credit", '<figure class="paragraph-image"><img src="https://miro.example/1*clock.jpeg" alt=""><figcaption class="imageCaption">The ten-dollar clock. Photo by the author</figcaption></figure>')}
{p.body(style={"p": '<p class="pw-post-body-paragraph">{}</p>'})}
</div>
</article>
{p.junk("tags", '<div class="tags"><a href="/tag/productivity">Productivity</a> <a href="/tag/sleep">Sleep</a> <a href="/tag/digital-wellbeing">Digital Wellbeing</a> <a href="/tag/habits">Habits</a></div>')}
{p.junk("clap-bar", '<div class="post-footer-actions"><button aria-label="clap">1.2K</button> <button>38</button></div>')}
{p.junk("author-bio", '<div class="about-author"><h2>Written by Dev Chaudhary</h2><p>2.4K Followers</p><p>Product designer in Toronto. Writing about habits, tools and the time we waste on both.</p><button>Follow</button></div>')}
{p.junk("related-box", '<div class="more-from"><h2>More from Dev Chaudhary</h2><ul><li>What a year without a car taught me</li><li>Notebooks beat apps, for me at least</li></ul><a href="#">See all from Dev Chaudhary</a></div>')}
{p.junk("recommended", '<div class="recommended"><h2>Recommended from Medium</h2><ul><li>The morning routine that finally stuck</li><li>I deleted social media for a year</li><li>Why you should read fiction again</li></ul></div>')}
{p.junk("comments", '<div class="responses"><h2>Responses (38)</h2><p>What are your thoughts?</p><div class="response"><p>Mara Lin</p><p>Oct 13, 2026</p><p>I did the same thing two years ago and never went back.</p><p>12 replies</p></div><button>See all responses</button></div>')}
</main>
<footer>
{p.junk("footer", '<a href="#">Help</a> <a href="#">Status</a> <a href="#">About</a> <a href="#">Careers</a> <a href="#">Press</a> <a href="#">Blog</a> <a href="#">Privacy</a> <a href="#">Terms</a> <a href="#">Text to speech</a>')}
</footer>
</div>
</body>
</html>"""


def local_tv(p):
    """US local TV station site (Gray/Arc-like): weather alert, live button, video lead, copyright, FCC links."""
    return f"""{p.head("KGVC 9", p.ld_json("KGVC 9", section="News"))}
<body class="arc-story">
{p.junk("alert-bar", '<div class="alert-banner weather"><strong>WEATHER ALERT</strong> Winter Weather Advisory for the Gunnison Valley until 5 AM Saturday <a href="/weather">Details</a></div>')}
<header class="site-header">
 {p.junk("logo", '<a class="logo" href="/">KGVC 9 Western Slope News</a>')}
 {p.junk("nav", '<nav><a href="/news">News</a> <a href="/weather">Weather</a> <a href="/sports">Sports</a> <a href="/first-alert">First Alert</a> <a href="/community">Community</a> <a href="/contests">Contests</a></nav>')}
 {p.junk("live-bar", '<a class="watch-live" href="/live">Watch Live</a>')}
</header>
<main class="article-body-wrapper">
 {h1(p, 'class="headline"')}
 {p.junk("byline", '<div class="byline">By <a href="/author/marisol-vega">Marisol Vega</a></div><div class="published-date">Published: Nov. 21, 2026 at 6:12 PM MST</div>')}
 {p.junk("video-caption", '<div class="lead-video"><div class="video-player"></div><p class="video-title">Two men rescued from Blue Mesa Reservoir after falling through ice</p></div>')}
 {p.junk("share-bar", '<div class="share-bar"><a href="#">Facebook</a> <a href="#">Email</a> <a href="#">X</a> <a href="#">Pinterest</a> <a href="#">LinkedIn</a></div>')}
 <div class="article-body">
{p.body(style={"p": '<p class="default__StyledText">{}</p>'}, inserts={
    3: [p.junk("ad-label", '<div class="ad-container"><span>Advertisement</span></div>')],
    6: [p.junk("caption-credit", '<figure><img src="/resizer/ice.jpg" alt=""><figcaption>Rescuers used an inflatable sled to reach the men. (Source: West Elk Fire District)</figcaption></figure>')],
    0: [p.junk("copyright", '<p class="copyright">Copyright 2026 KGVC. All rights reserved.</p>')],
})}
 </div>
 {p.junk("error-report", '<p class="error-report">See a spelling or grammar error in our story? Please include the title when you <a href="#">click here</a>.</p>')}
 {p.junk("app-promo", '<div class="app-promo"><p>Download the KGVC 9 News app for breaking news alerts and live video.</p></div>')}
 {p.junk("sidebar-list", '<section class="most-read"><h2>Most Read</h2><ol><li>Highway 50 reopens after rockslide near Sapinero</li><li>Montrose school board approves four-day week</li><li>Ski area pushes back opening day</li></ol></section>')}
 {p.junk("related-box", '<section class="latest"><h2>Latest News</h2><ul><li>Crested Butte council approves housing tax</li><li>Hunter rescued after night on Grand Mesa</li></ul></section>')}
</main>
<footer class="site-footer">
{p.junk("footer", '<p>KGVC 9, 2200 Main Street, Gunnison</p><p><a href="#">FCC Public File</a> <a href="#">EEO Report</a> <a href="#">Closed Captioning/Audio Description</a> <a href="#">Terms of Service</a> <a href="#">Privacy Policy</a></p><p>A Western Slope Media station © 2002-2026</p>')}
</footer>
</body>
</html>"""


# ---------------------------------------------------------------- English: Africa, Asia, live blog, long read, local


def ng_daily(p):
    """Nigerian daily on WordPress (Punch-like): date strip, 'ALSO READ' lines, share prompts, reproduction notice."""
    also = lambda t: p.junk("read-also-inline", f'<p><strong>ALSO READ: <a href="#">{t}</a></strong></p>')
    return f"""{p.head("The Lagos Courier", p.ld_json("The Lagos Courier", section="News"))}
<body class="post-template-default single single-post">
{p.junk("date-strip", '<div class="top-bar"><span class="today">Monday, November 9, 2026</span> <a href="/epaper">E-Paper</a> <a href="/advertise">Advertise</a></div>')}
<header class="header">
 {p.junk("logo", '<a class="logo" href="/">The Lagos Courier</a>')}
 {p.junk("nav", '<nav class="menu"><a href="/news">News</a> <a href="/metro-plus">Metro Plus</a> <a href="/politics">Politics</a> <a href="/business">Business</a> <a href="/sports">Sports</a> <a href="/opinion">Opinion</a> <a href="/editorial">Editorial</a></nav>')}
</header>
<div class="container">
<article class="post-content-wrapper">
 {h1(p, 'class="post-title"')}
 {p.junk("byline", '<div class="post-meta"><span class="post-author">Chinedu Okafor</span> <span class="post-date">9th November 2026</span></div>')}
 {p.junk("share-bar", '<div class="share-top"><p>Kindly share this story:</p><a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">Telegram</a></div>')}
 {p.junk("caption-credit", '<div class="post-image"><img src="/wp-content/uploads/2026/11/oke-arin-fire.jpg" alt=""><span class="caption">Scene of the fire at Oke-Arin market. Photo: Courier</span></div>')}
 <div class="post-content">
{p.body(inserts={
    2: [p.junk("ad-label", '<div class="ad"><small>Advertisement</small></div>')],
    4: [also("Fire guts Balogun plaza, traders lose goods worth millions")],
    7: [p.junk("ad-label", '<div class="ad"><small>Advertisement</small></div>'),
        also("Lagos to enforce ban on generators in markets, says commissioner")],
})}
 </div>
 {p.junk("share-bar", '<div class="share-bottom"><p>Kindly share this story:</p><a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">Telegram</a></div>')}
 {p.junk("copyright", '<div class="copyright-notice">All rights reserved. This material, and other digital content on this website, may not be reproduced, published, broadcast, rewritten or redistributed in whole or in part without prior express written permission from THE LAGOS COURIER. Contact: the_editor@lagoscourier.example</div>')}
 {p.junk("related-box", '<div class="related-posts"><h3>Latest News</h3><ul><li><a href="#">Court adjourns trial of ex-council chairman till January</a></li><li><a href="#">Third Mainland Bridge to close for repairs this weekend</a></li><li><a href="#">Super Eagles coach names squad for qualifiers</a></li></ul></div>')}
</article>
<aside class="sidebar">
 {p.junk("sidebar-list", '<div class="widget"><h3>Top Stories</h3><ul><li>FG approves new minimum wage for states</li><li>Flooding: Residents flee as river overflows in Kogi</li><li>Naira gains at official market</li></ul></div>')}
 {p.junk("app-promo", '<div class="widget">Download the Courier app <a href="#">Google Play</a> <a href="#">App Store</a></div>')}
</aside>
</div>
<footer class="footer">
{p.junk("footer", '<p>© 2026 Lagos Courier Newspapers Limited. All rights reserved.</p><p><a href="#">About Us</a> <a href="#">Contact Us</a> <a href="#">Privacy Policy</a></p>')}
</footer>
</body>
</html>"""


def ke_daily(p):
    """Kenyan daily (Nation-like): 'What you need to know' box, photo credit with pipes, 'Read:' lines, e-mail."""
    return f"""{p.head("Mlima Daily", p.ld_json("Mlima Daily", section="Counties"))}
<body>
<header class="header-wrapper">
 {p.junk("logo", '<a class="header-logo" href="/">Mlima Daily</a>')}
 {p.junk("nav", '<nav class="main-menu"><a href="/news">News</a> <a href="/counties">Counties</a> <a href="/business">Business</a> <a href="/sports">Sports</a> <a href="/health">Health</a> <a href="/opinion">Opinion</a> <a href="/epaper">ePaper</a></nav>')}
 {p.junk("subscription-promo", '<a class="premium-button" href="/subscribe">Subscribe for full access</a>')}
</header>
<main class="article-page">
<article class="article">
 {p.junk("section-label", '<a class="article-topic" href="/counties/muranga">Murang&#39;a</a>')}
 {h1(p, 'class="title-medium"')}
 {p.junk("dek", '<p class="article-summary">' + esc(p.a['dek']) + '</p>')}
 {p.junk("byline", '<div class="article-byline"><p>By <strong>Wanjiru Kamau</strong></p><p>Mlima Daily Correspondent</p><time>Thursday, October 22, 2026</time></div>')}
 {p.junk("key-points", '<div class="article-summary-box"><h3>What you need to know:</h3><ul><li>Farmers now get Sh12 per export-grade fruit.</li><li>Payments are made by mobile money within ten days.</li></ul></div>')}
 {p.junk("caption-credit", '<figure class="article-image"><img src="/resource/image/avocado-farmer.jpg" alt=""><figcaption>Mary Njeri at her avocado farm in Kiharu, Murang&#39;a County, on October 19, 2026. | Photo | Wanjiru Kamau | Mlima Daily</figcaption></figure>')}
 <div class="paragraph-wrapper">
{p.body(inserts={
    3: [p.junk("read-also-inline", '<p><strong>Read:</strong> <a href="#">Brokers blamed as avocado exports fall short</a></p>')],
    6: [p.junk("ad-label", '<div class="ad-slot"><span>Advertisement</span></div>')],
    8: [p.junk("read-also-inline", '<p><strong>Read:</strong> <a href="#">China opens door to fresh Kenyan avocados</a></p>')],
    0: [p.junk("reporter-email", '<p><em>wkamau@mlimadaily.example</em></p>')],
})}
 </div>
 {p.junk("tags", '<div class="article-tags"><a href="#">Agriculture</a> <a href="#">Avocado farming</a> <a href="#">Cooperatives</a></div>')}
 {p.junk("related-box", '<div class="related-articles"><h3>Related</h3><ul><li><a href="#">Macadamia farmers decry low prices</a></li><li><a href="#">How to tell if your avocado is ready for export</a></li></ul></div>')}
</article>
<aside>
 {p.junk("sidebar-list", '<div class="trending"><h3>Trending</h3><ol><li>Teachers strike called off after deal</li><li>Nairobi Expressway toll rates revised</li><li>Harambee Stars name squad</li></ol></div>')}
</aside>
</main>
<footer>
{p.junk("footer", '<p>© 2026 Mlima Daily</p><p><a href="#">Terms</a> <a href="#">Privacy</a> <a href="#">Contact</a> <a href="#">Careers</a></p>')}
</footer>
</body>
</html>"""


def pk_daily(p):
    """Pakistani English daily (Dawn-like): dateline, 'Published in ... ' print line, comments with moderation note."""
    return f"""{p.head("The Karachi Herald", p.ld_json("The Karachi Herald", section="Pakistan"))}
<body class="story-page">
<header>
 {p.junk("logo", '<a class="logo" href="/">The Karachi Herald</a>')}
 {p.junk("nav", '<nav><a href="/latest">Latest</a> <a href="/pakistan">Pakistan</a> <a href="/business">Business</a> <a href="/opinion">Opinion</a> <a href="/world">World</a> <a href="/sport">Sport</a> <a href="/magazines">Magazines</a> <a href="/epaper">E-Paper</a></nav>')}
</header>
<main class="container">
<article class="story">
 {h1(p, 'class="story__title"')}
 {p.junk("byline", '<div class="story__byline"><a href="/authors/ayesha-siddiqui">Ayesha Siddiqui</a> <span class="timestamp--label">Published</span> <span class="timestamp--date">November 11, 2026</span> <span class="timestamp--label">Updated</span> <span class="timestamp--date">about 4 hours ago</span></div>')}
 {p.junk("share-bar", '<div class="story__share"><a href="#">Facebook</a> <span>Count</span> <a href="#">WhatsApp</a> <a href="#">X</a> <a href="#">Copy</a></div>')}
 {p.junk("caption-credit", '<figure class="media"><img src="/primary/kwsc.jpg" alt=""><figcaption class="media__caption">A KWSC worker checks a bulk water connection in the SITE area. — File photo</figcaption></figure>')}
 <div class="story__content">
{p.body(inserts={
    4: [p.junk("ad-label", '<div class="ad"><span>Advertisement</span></div>')],
    0: [p.junk("print-note", '<p><em>Published in The Karachi Herald, November 11th, 2026</em></p>')],
}, first_prefix=p.junk("dateline", '<strong>KARACHI: </strong>'))}
 </div>
 {p.junk("comment-count", '<div class="comments-count">Comments (14)</div>')}
 {p.junk("comments", '<div class="comments"><p class="comments__disclaimer">The Herald welcomes comments that are on topic and respectful. Comments are moderated.</p><div class="comment"><span class="comment__author">Faisal</span><p>Meter the water tankers first.</p></div><div class="comment"><span class="comment__author">Zara K</span><p>Long overdue. Hope it works this time.</p></div></div>')}
</article>
<aside>
 {p.junk("editorial-promo", '<div class="widget"><h3>Editorial</h3><p>The city cannot wait for another summer of shortages.</p></div>')}
 {p.junk("sidebar-list", '<div class="widget"><h3>Most Popular</h3><ol><li>Petrol price unchanged for next fortnight</li><li>KCR trial run scheduled for March</li><li>Heavy rain forecast for Sindh coast</li></ol></div>')}
</aside>
</main>
<footer>
{p.junk("footer", '<p>Copyright © 2026 The Karachi Herald</p><p><a href="#">About</a> <a href="#">Contact</a> <a href="#">Privacy</a> <a href="#">Terms</a></p>')}
</footer>
</body>
</html>"""


def ph_portal(p):
    """Philippine portal (Inquirer-like): long byline block, dateline, 'READ:' lines, subscription and feedback lines."""
    return f"""{p.head("Island Inquirer", p.ld_json("Island Inquirer", section="Regions"))}
<body class="single">
<header id="header">
 {p.junk("logo", '<a id="logo" href="/">ISLAND INQUIRER</a>')}
 {p.junk("nav", '<nav id="nav"><a href="/newsinfo">News</a> <a href="/regions">Regions</a> <a href="/business">Business</a> <a href="/sports">Sports</a> <a href="/entertainment">Entertainment</a> <a href="/lifestyle">Lifestyle</a> <a href="/technology">Technology</a></nav>')}
</header>
<div id="content">
<article id="article">
 {p.junk("section-label", '<div id="art_bc"><a href="/regions">REGIONS</a></div>')}
 {h1(p, 'class="entry-title"')}
 {p.junk("byline", '<div id="art_plat">By: <a href="#">Paolo Reyes</a> - Correspondent / <a href="#">@islandinquirer</a> <br>Island Daily Inquirer / 05:12 AM November 03, 2026</div>')}
 {p.junk("caption-credit", '<div id="art-img"><img src="/files/coron-terminal.jpg" alt=""><p class="wp-caption-text">NO MORE PLASTIC Vendors at the Coron ferry terminal now sell food in paper boxes and banana leaves. PHOTO BY PAOLO REYES</p></div>')}
 <div id="article_content">
{p.body(inserts={
    2: [p.junk("read-also-inline", '<p><strong>READ:</strong> <a href="#">Palawan towns told to curb plastic waste in tourist sites</a></p>')],
    5: [p.junk("ad-label", '<div class="ads"><span>ADVERTISEMENT</span></div>')],
    8: [p.junk("read-also-inline", '<p><strong>READ:</strong> <a href="#">Divers haul 2 tons of trash from Coron Bay</a></p>')],
    0: [p.junk("editor-line", '<p><em>/cb</em></p>'),
        p.junk("subscription-promo", '<div id="billboard_article"><p>Subscribe to ISLAND INQUIRER PLUS to get access to the Island Daily Inquirer and other 70+ titles, share up to 5 gadgets, listen to the news, download as early as 4am and share articles on social media. Call 896 6000.</p></div>'),
        p.junk("feedback-line", '<p class="feedback">For feedback, complaints, or inquiries, <a href="#">contact us</a>.</p>')],
}, first_prefix=p.junk("dateline", '<strong>CORON, Palawan, Philippines </strong>— '))}
 </div>
 {p.junk("tags", '<div id="article_tags"><span>Read Next</span> <a href="#">Coron</a> <a href="#">Palawan</a> <a href="#">plastic ban</a> <a href="#">Regions</a></div>')}
 {p.junk("related-box", '<div id="read-next"><h3>Read Next</h3><ul><li><a href="#">Boracay to limit tourists during holidays</a></li><li><a href="#">El Nido boat operators shift to electric motors</a></li></ul></div>')}
 {p.junk("newsletter-promo", '<div class="newsletter"><p>Don&#39;t miss out on the latest news and information.</p><a href="#">Subscribe to our newsletter</a></div>')}
</article>
<aside id="sidebar">
 {p.junk("sidebar-list", '<div class="widget"><h3>Most Read</h3><ol><li>Typhoon signal raised over Eastern Visayas</li><li>Senate approves budget on final reading</li><li>PBA: Tigers clinch semifinal berth</li></ol></div>')}
</aside>
</div>
<footer id="footer">
{p.junk("footer", '<p>© Copyright 1997-2026 Island Inquirer Interactive, Inc. All Rights Reserved.</p><p><a href="#">About Us</a> <a href="#">Privacy Policy</a> <a href="#">User Agreement</a></p>')}
</footer>
</body>
</html>"""


def live_blog(p):
    """Broadcaster live page: summary box, per-entry timestamps and share buttons, an embedded post, 'Load more'."""
    from build_pages import blocks_of
    groups = blocks_of(p.a)
    heads = [n for n, (kind, _) in enumerate(groups, 1) if kind == "h"]
    times = ["16:41", "16:05", "15:32", "14:58", "14:20", "07:02"]
    tweet_after = heads[4] - 1  # the embedded post closes the rail entry
    inserts = {}
    for k, n in enumerate(heads):
        at = inserts.setdefault(n - 1, [])
        if k:  # close the previous entry
            if n - 1 == tweet_after:
                at.append(p.junk("social-embed", '<blockquote class="twitter-tweet"><p>Amber warning for wind remains in force until 21:00. Gusts of 70-80mph are likely on exposed coasts. Stay safe. <a href="#">#StormIsolde</a></p>— National Weather Office (@WeatherOffice) <a href="#">November 24, 2026</a></blockquote>'))
            at.append(p.junk("share-bar", '<div class="lx-stream-post__footer"><button>Share</button></div>'))
        at.append(p.junk("entry-time", f'<div class="lx-stream-post__header"><time class="qa-post-time">{times[k]} GMT</time></div>'))
    inserts.setdefault(0, []).append(p.junk("share-bar", '<div class="lx-stream-post__footer"><button>Share</button></div>'))
    return f"""{p.head("National Broadcaster", p.ld_json("National Broadcaster", kind="LiveBlogPosting"))}
<body>
{p.junk("skip-link", '<a href="#main-content" class="skip">Skip to content</a>')}
<header class="orb-banner">
 {p.junk("logo", '<a href="/">National Broadcaster</a>')}
 {p.junk("nav", '<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a> <a href="/iplayer">Watch</a> <a href="/sounds">Listen</a></nav>')}
</header>
<main id="main-content">
 {p.junk("live-bar", '<span class="live-label">LIVE</span>')}
 {h1(p, 'class="lx-stream__title"')}
 {p.junk("date", '<p class="lx-c-summary-points__updated">Updated 8 minutes ago</p>')}
 {p.junk("key-points", '<div class="lx-c-summary-points"><h2>Summary</h2><ul><li>Amber wind warning in force until 9pm</li><li>Around 42,000 homes without power</li><li>Most rail services in the west cancelled</li></ul></div>')}
 {p.junk("byline", '<div class="lx-commentary__meta">Edited by Carys Jones and Tom Ellery</div>')}
 {p.junk("share-bar", '<div class="share-tools"><button>Share page</button></div>')}
 <div class="lx-stream">
 {p.junk("filter-toggle", '<label class="key-events-toggle"><input type="checkbox"> Show key events only</label>')}
{p.body(style={"h": '<h3 class="lx-stream-post__header-title">{}</h3>'}, inserts=inserts)}
 </div>
 {p.junk("load-more", '<button class="lx-pagination__btn">Load more</button>')}
 {p.junk("related-box", '<section class="related-topics"><h2>Related Topics</h2><a href="#">Wales weather</a> <a href="#">Severe weather</a> <a href="#">Rail travel</a></section>')}
</main>
<footer>
{p.junk("footer", '<p>Copyright 2026 National Broadcaster. We are not responsible for the content of external sites. <a href="#">Read about our approach to external linking.</a></p><p><a href="#">Terms of Use</a> <a href="#">Privacy Policy</a> <a href="#">Cookies</a> <a href="#">Contact</a></p>')}
</footer>
</body>
</html>"""


def longread(p):
    """Long-read feature: series label, byline and reading time, one lead photo; subheadings inside the text."""
    return f"""{p.head("The Chronicle", p.ld_json("The Chronicle", section="The long read"))}
<body class="content--immersive">
<header class="site-header">
 {p.junk("logo", '<a href="/">The Chronicle</a>')}
 {p.junk("nav", '<nav><a href="/news">News</a> <a href="/opinion">Opinion</a> <a href="/culture">Culture</a> <a href="/long-read">Long reads</a></nav>')}
</header>
<main>
<article>
 {p.junk("section-label", '<p class="series-label">The long read</p>')}
 {h1(p, 'class="headline headline--immersive"')}
 {p.junk("caption-credit", '<figure class="hero"><img src="/img/skerryvane.jpg" alt=""><figcaption>Skerryvane lighthouse, 19km off the coast. Photograph: Iain Morrison</figcaption></figure>')}
 {p.junk("byline", '<div class="meta"><address>Eleanor Whitcombe</address><time>Sun 4 Oct 2026 06.00 BST</time><span>12 min read</span></div>')}
 <div class="article-body-commercial-selector">
{p.body(style={"p": '<p class="dcr-para">{}</p>'})}
 </div>
</article>
{p.junk("related-box", '<aside class="onward"><h2>More from The long read</h2><ul><li><a href="#">The ferryman of the Minch</a></li><li><a href="#">What the tide takes back</a></li></ul></aside>')}
</main>
<footer>
{p.junk("footer", '<p>© 2026 The Chronicle Media Group</p><p><a href="#">About us</a> <a href="#">Contact</a> <a href="#">Privacy</a></p>')}
</footer>
</body>
</html>"""


def correction_story(p):
    """Small-town paper story with a correction appended at the end of the text (kept, see the README)."""
    return f"""{p.head("Ashford County Gazette", p.ld_json("Ashford County Gazette", section="Local"))}
<body class="single-story">
<header>
 {p.junk("logo", '<a class="masthead" href="/">Ashford County Gazette</a>')}
 {p.junk("nav", '<nav><a href="/local">Local</a> <a href="/schools">Schools</a> <a href="/sports">Sports</a> <a href="/obituaries">Obituaries</a> <a href="/opinion">Opinion</a></nav>')}
</header>
<main>
<article class="story">
 {h1(p)}
 {p.junk("byline", '<p class="byline">By Ben Okonkwo, Staff Writer</p><p class="dateline-date">Nov 6, 2026 Updated Nov 7, 2026</p>')}
 {p.junk("caption-credit", '<figure><img src="/img/library.jpg" alt=""><figcaption>The main branch of the Ashford County library on Elm Street. Gazette file photo</figcaption></figure>')}
 <div class="story-body">
{p.body()}
 </div>
 {p.junk("share-bar", '<div class="share"><a href="#">Facebook</a> <a href="#">Email</a> <a href="#">Print</a></div>')}
</article>
</main>
<footer>
{p.junk("footer", '<p>Ashford County Gazette, 14 Court Square</p><p>© 2026 Gazette Publishing</p>')}
</footer>
</body>
</html>"""


def syndicated_local(p):
    """Wire story on a local chain paper's site (Gannett-like): offer bar, wire byline, 'Show caption', wire notice."""
    return f"""{p.head("Bozeman Valley Times", p.ld_json("Bozeman Valley Times", section="News"))}
<body class="gnt_story">
{p.junk("subscription-promo", '<div class="gnt_offer_bar">Subscribe now: $1 for 6 months. Unlimited access to local news. <a href="#">Subscribe</a></div>')}
<header class="gnt_n">
 {p.junk("logo", '<a class="gnt_n_logo" href="/">Bozeman Valley Times</a>')}
 {p.junk("nav", '<nav class="gnt_n_mn"><a href="/news">News</a> <a href="/sports">Sports</a> <a href="/outdoors">Outdoors</a> <a href="/opinion">Opinion</a> <a href="/obituaries">Obituaries</a> <a href="/eedition">E-Edition</a> <a href="/legals">Legals</a></nav>')}
 {p.junk("login", '<div class="gnt_n_us"><a href="#">Sign In</a></div>')}
</header>
<main class="gnt_cw">
<article class="gnt_ar">
 {h1(p, 'class="gnt_ar_hl"')}
 {p.junk("byline", '<div class="gnt_ar_by"><a class="gnt_ar_by_a">Hannah Lowry</a> <span>Associated Press</span></div><div class="gnt_ar_dt" aria-label="Published 2:14 p.m. MT Nov. 19, 2026">Published 2:14 p.m. MT Nov. 19, 2026</div>')}
 {p.junk("caption-credit", '<figure class="gnt_em_img"><img src="/img/grizzly.jpg" alt=""><figcaption class="gnt_em_img_ccw">A grizzly bear in the Gallatin National Forest in a 2023 file photo. <span class="gnt_em_img_cr">Montana Fish, Wildlife and Parks via AP</span></figcaption><button>Show Caption</button><button>Hide Caption</button></figure>')}
 <div class="gnt_ar_b">
{p.body(style={"p": '<p class="gnt_ar_b_p">{}</p>'}, inserts={
    3: [p.junk("ad-label", '<aside class="gnt_em_vp"><span>Advertisement</span></aside>')],
    6: [p.junk("read-also-inline", '<p class="gnt_ar_b_p"><strong>More:</strong> <a href="#">Grizzly sightings near Bozeman rise as bears roam farther</a></p>')],
    0: [p.junk("wire-notice", '<p class="gnt_ar_b_p">Copyright 2026 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.</p>')],
}, first_prefix=p.junk("dateline", 'BOZEMAN, Mont. (AP) — '))}
 </div>
 {p.junk("related-box", '<section class="gnt_rr"><h2>More stories</h2><ul><li><a href="#">Gallatin County commission approves new trailhead parking</a></li><li><a href="#">Elk hunters reminded of new carcass rules</a></li></ul></section>')}
</article>
</main>
<footer class="gnt_f">
{p.junk("footer", '<p><a href="#">Contact Us</a> <a href="#">Help Center</a> <a href="#">Terms of Service</a> <a href="#">Privacy Policy</a> <a href="#">Your Privacy Choices</a></p><p>© 2026 Bozeman Valley Times. All rights reserved.</p>')}
</footer>
</body>
</html>"""


# ---------------------------------------------------------------- Europe and East Asia, not in English


def ee_daily(p):
    """Estonian daily (Postimees-like): cookie consent, 'Loe ka' lines, photo credit 'Foto:', comment count, tags."""
    return f"""{p.head("Tartu Päevaleht", p.ld_json("Tartu Päevaleht", section="Tartu"))}
<body class="article-page">
{p.junk("cookie-banner", '<div id="cookie-consent"><p>Kasutame küpsiseid, et pakkuda sulle paremat lugemiskogemust.</p><button>Nõustun</button><button>Seaded</button></div>')}
<header class="header">
 {p.junk("logo", '<a class="header__logo" href="/">Tartu Päevaleht</a>')}
 {p.junk("nav", '<nav class="header__nav"><a href="/uudised">Uudised</a> <a href="/tartu">Tartu</a> <a href="/eesti">Eesti</a> <a href="/maailm">Maailm</a> <a href="/sport">Sport</a> <a href="/arvamus">Arvamus</a> <a href="/kultuur">Kultuur</a></nav>')}
 {p.junk("subscription-promo", '<a class="header__subscribe" href="/telli">Telli</a> <a href="/login">Logi sisse</a>')}
</header>
<main class="article-wrapper">
<article class="article">
 {p.junk("section-label", '<div class="article__section"><a href="/tartu">Tartu</a></div>')}
 {h1(p, 'class="article__headline"')}
 {p.junk("byline", '<div class="article__meta"><span class="article__author">Kadri Tamm</span> <span class="article__date">16. november 2026, 08:15</span></div>')}
 {p.junk("caption-credit", '<figure class="article__media"><img src="/img/uisuvali.jpg" alt=""><figcaption>Uisuväljak kesklinnas eelmisel talvel. Foto: Margus Ansu</figcaption></figure>')}
 {p.junk("dek", '<p class="article__lead"><strong>' + esc(p.a['dek']) + '</strong></p>')}
 <div class="article__body">
{p.body(inserts={
    3: [p.junk("read-also-inline", '<p class="related-inline"><strong>Loe ka:</strong> <a href="#">Tartu kunstjääväljak avatakse novembri lõpus</a></p>')],
    5: [p.junk("ad-label", '<div class="ad"><span class="ad__label">Reklaam</span></div>')],
})}
 </div>
 {p.junk("tags", '<div class="article__tags"><a href="#">Tartu</a> <a href="#">uisutamine</a> <a href="#">talv</a> <a href="#">linnavalitsus</a></div>')}
 {p.junk("comment-count", '<a class="article__comments" href="#comments">Kommentaarid (12)</a>')}
 {p.junk("related-box", '<section class="related"><h2>Loe veel</h2><ul><li><a href="#">Emajõe äärde tuleb uus kergliiklustee</a></li><li><a href="#">Annelinna koolimaja renoveerimine lükkub edasi</a></li><li><a href="#">Tartu bussipiletid kallinevad jaanuarist</a></li></ul></section>')}
</article>
<aside class="sidebar">
 {p.junk("sidebar-list", '<section><h2>Loetumad</h2><ol><li>Ilmateenistus hoiatab tugeva lumesaju eest</li><li>Raekoja platsil süüdatakse jõulukuusk</li><li>Tartu ülikooli teadlased leidsid uue sambliku</li></ol></section>')}
</aside>
</main>
<footer class="footer">
{p.junk("footer", '<p>Tartu Päevaleht, Gildi 1, Tartu</p><p><a href="#">Kontakt</a> <a href="#">Reklaam</a> <a href="#">Privaatsus</a> <a href="#">Hea tava</a></p><p>© 2026 Tartu Päevaleht</p>')}
</footer>
</body>
</html>"""


def no_daily(p):
    """Norwegian regional daily (Schibsted-like): caption with capital lead-in, 'Les også', fact box, editor line."""
    return f"""{p.head("Vestlandsposten", p.ld_json("Vestlandsposten", section="Nyheter"))}
<body>
<header class="masthead">
 {p.junk("logo", '<a href="/" class="masthead__logo">Vestlandsposten</a>')}
 {p.junk("nav", '<nav class="masthead__nav"><a href="/nyheter">Nyheter</a> <a href="/sport">Sport</a> <a href="/kultur">Kultur</a> <a href="/meninger">Meninger</a> <a href="/podkast">Podkast</a></nav>')}
 {p.junk("subscription-promo", '<a class="masthead__buy" href="/kjop">Kjøp abonnement</a> <a href="/logg-inn">Logg inn</a>')}
</header>
<main>
<article class="article">
 {p.junk("section-label", '<span class="article__kicker">Nyheter</span>')}
 {h1(p, 'class="article__title"')}
 {p.junk("dek", '<p class="article__lead">' + esc(p.a['dek']) + '</p>')}
 {p.junk("caption-credit", '<figure class="article__image"><img src="/img/ferje.jpg" alt=""><figcaption><strong>LENGRE VEI:</strong> Nattferjen over fjorden forsvinner fra nyttår. <span class="credit">Foto: Kari Nygård</span></figcaption></figure>')}
 {p.junk("byline", '<div class="article__byline"><span class="byline__name">Eirik Solheim</span> <span class="byline__role">Journalist</span> <time>Publisert: 27.10.2026 06:00</time> <time>Oppdatert: 27.10.2026 09:41</time></div>')}
 {p.junk("share-bar", '<div class="article__share"><button>Del</button> <button>Lytt til saken</button></div>')}
 <div class="article__body">
{p.body(inserts={
    3: [p.junk("read-also-inline", '<div class="teaser-inline"><span>Les også</span> <a href="#">Fylket vil kutte 40 millioner på kollektivtrafikk</a></div>')],
    6: [p.junk("ad-label", '<div class="ad-wrapper"><span>Annonse</span></div>')],
    8: [p.junk("fact-box", '<aside class="factbox"><h3>Dette er kuttet</h3><ul><li>Ingen avganger mellom 23 og 05 fra 1. januar.</li><li>Sparer om lag 9 millioner i året.</li><li>Beredskapsferje blir videreført.</li></ul></aside>')],
})}
 </div>
 {p.junk("related-box", '<section class="related"><h2>Mer om ferjer</h2><ul><li><a href="#">Ny elferje satt i drift på Hardangerfjorden</a></li><li><a href="#">Billettprisene på ferjene går opp</a></li></ul></section>')}
</article>
<aside>
 {p.junk("sidebar-list", '<section><h2>Mest lest</h2><ol><li>Stengt vei etter steinras i Odda</li><li>Rekordmange søkte lærerutdanning</li><li>Brann i boligblokk i Bergen sentrum</li></ol></section>')}
</aside>
</main>
<footer>
{p.junk("footer", '<p>Ansvarlig redaktør: Hilde Vangen. Vestlandsposten arbeider etter Vær Varsom-plakatens regler for god presseskikk.</p><p><a href="#">Kontakt oss</a> <a href="#">Personvern</a> <a href="#">Cookies</a></p>')}
</footer>
</body>
</html>"""


def pl_portal(p):
    """Polish city portal: RODO consent, bold lead, 'Czytaj też', video note, source line, opinion counter."""
    return f"""{p.head("Trójmiasto24", p.ld_json("Trójmiasto24", section="Wiadomości"))}
<body class="article-page">
{p.junk("cookie-banner", '<div class="rodo-box"><p>Dbamy o Twoją prywatność. Korzystamy z plików cookies i podobnych technologii, aby dostosować treści do Twoich potrzeb.</p><button>Przejdź do serwisu</button><button>Ustawienia zaawansowane</button></div>')}
<header class="header">
 {p.junk("logo", '<a class="header__logo" href="/">Trójmiasto24</a>')}
 {p.junk("nav", '<nav class="header__menu"><a href="/wiadomosci">Wiadomości</a> <a href="/sport">Sport</a> <a href="/kultura">Kultura</a> <a href="/biznes">Biznes</a> <a href="/nieruchomosci">Nieruchomości</a> <a href="/praca">Praca</a> <a href="/ogloszenia">Ogłoszenia</a></nav>')}
</header>
<main class="article">
 {p.junk("breadcrumb", '<ul class="breadcrumbs"><li><a href="/">Trójmiasto24</a></li><li><a href="/wiadomosci">Wiadomości</a></li><li><a href="/wiadomosci/transport">Transport</a></li></ul>')}
 {h1(p, 'class="article__title"')}
 {p.junk("byline", '<div class="article__info"><span class="author">Magdalena Wiśniewska</span> <time>8 listopada 2026, godz. 12:30</time> <span>Najnowsza aktualizacja: 8 listopada 2026, godz. 14:05</span></div>')}
 {p.junk("dek", '<p class="article__lead"><strong>' + esc(p.a['dek']) + '</strong></p>')}
 {p.junk("caption-credit", '<figure><img src="/img/tramwaj-morena.jpg" alt=""><figcaption>Pierwszy tramwaj na przystanku Morena. fot. Piotr Mazur</figcaption></figure>')}
 <div class="article__content">
{p.body(inserts={
    2: [p.junk("read-also-inline", '<p class="read-more"><strong>Czytaj też:</strong> <a href="#">Tak będzie wyglądać nowy rozkład jazdy autobusów na Morenie</a></p>')],
    4: [p.junk("ad-label", '<div class="adv"><span>Reklama</span></div>'),
        p.junk("continue-label", '<p class="video-note">Dalsza część artykułu pod materiałem wideo</p>'),
        p.junk("video-caption", '<div class="video"><div class="player"></div><p>Pierwszy przejazd nową linią. Wideo: Trójmiasto24</p></div>')],
    0: [p.junk("source-line", '<p class="source">Źródło: Trójmiasto24, ZTM Gdańsk</p>')],
})}
 </div>
 {p.junk("share-bar", '<div class="share"><a href="#">Udostępnij</a> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Kopiuj link</a></div>')}
 {p.junk("comment-count", '<a class="opinions-counter" href="#opinie">Opinie (214)</a>')}
 {p.junk("comments", '<section id="opinie"><h2>Opinie</h2><div class="opinion"><span class="nick">mieszkaniec_moreny</span><p>Nareszcie! Czekaliśmy na to dziesięć lat.</p></div><div class="opinion"><span class="nick">ktos</span><p>A autobus 115 po co skracać?</p></div><button>Pokaż więcej opinii</button></section>')}
 {p.junk("sidebar-list", '<aside class="most-read"><h2>Najczęściej czytane</h2><ol><li>Remont Drogi Zielonej potrwa dłużej</li><li>Nowe mieszkania na Oruni. Ceny zaskakują</li><li>Lechia wygrywa po golu w doliczonym czasie</li></ol></aside>')}
</main>
<footer>
{p.junk("footer", '<p>© Trójmiasto24 2026. Wszelkie prawa zastrzeżone.</p><p><a href="#">Regulamin</a> <a href="#">Polityka prywatności</a> <a href="#">Kontakt</a> <a href="#">Reklama</a></p>')}
</footer>
</body>
</html>"""


def fr_regional(p):
    """French regional daily (Ouest-France-like): consent wall, breadcrumb by town, 'Lire aussi', listen button."""
    return f"""{p.head("Le Courrier de l'Ouest Breton", p.ld_json("Le Courrier de l'Ouest Breton", section="Quimper"))}
<body class="page-article">
{p.junk("cookie-banner", '<div class="didomi-popup"><p>Nous respectons votre vie privée. Avec votre accord, nous et nos partenaires utilisons des cookies.</p><button>Accepter</button><button>Continuer sans accepter</button><button>Paramétrer</button></div>')}
<header class="header">
 {p.junk("logo", '<a class="logo" href="/">Le Courrier de l&#39;Ouest Breton</a>')}
 {p.junk("nav", '<nav><a href="/actualite">Actualité</a> <a href="/bretagne">Bretagne</a> <a href="/sport">Sport</a> <a href="/economie">Économie</a> <a href="/loisirs">Loisirs</a> <a href="/necrologie">Avis de décès</a></nav>')}
 {p.junk("subscription-promo", '<a class="btn-abo" href="/abonnement">Je m&#39;abonne</a> <a href="/connexion">Se connecter</a>')}
</header>
<main>
<article class="article">
 {p.junk("breadcrumb", '<nav class="breadcrumb"><a href="/bretagne">Bretagne</a> › <a href="/bretagne/finistere">Finistère</a> › <a href="/bretagne/quimper">Quimper</a></nav>')}
 {h1(p, 'class="titre"')}
 {p.junk("dek", '<p class="chapo">' + esc(p.a['dek']) + '</p>')}
 {p.junk("byline", '<div class="signature"><span class="auteur">Yann Le Goff</span> <time>Publié le 13/11/2026 à 18h05</time></div>')}
 {p.junk("share-bar", '<div class="outils"><button>Écouter</button> <button>Partager</button> <button>Commenter</button></div>')}
 {p.junk("caption-credit", '<figure><img src="/img/halle-quimper.jpg" alt=""><figcaption>La halle Saint-François a rouvert samedi 7 novembre. | Courrier de l&#39;Ouest Breton / Gwen Le Bras</figcaption></figure>')}
 <div class="article-body">
{p.body(inserts={
    2: [p.junk("read-also-inline", '<p class="lire-aussi"><strong>Lire aussi :</strong> <a href="#">Quimper : les commerçants de la halle s&#39;installent sous chapiteau</a></p>')],
    5: [p.junk("ad-label", '<div class="pub"><span>Publicité</span></div>')],
    7: [p.junk("read-also-inline", '<p class="lire-aussi"><strong>Lire aussi :</strong> <a href="#">Quimper : ce qui change dans le centre-ville en 2027</a></p>')],
})}
 </div>
 {p.junk("follow-promo", '<div class="suivre"><p>Cet article vous a été utile ? Sachez que vous pouvez suivre Quimper dans votre espace Mon Courrier.</p><button>Suivre</button></div>')}
 {p.junk("newsletter-promo", '<div class="newsletter"><p>Newsletter Quimper : toute l&#39;actualité de votre ville chaque matin.</p><button>Je m&#39;inscris</button></div>')}
 {p.junk("related-box", '<section class="a-lire"><h2>À lire aussi</h2><ul><li><a href="#">Finistère : la marée noire de 1978 racontée par ceux qui l&#39;ont vécue</a></li><li><a href="#">Quimper : un nouveau parking relais à Kerlic</a></li></ul></section>')}
</article>
<aside>
 {p.junk("sidebar-list", '<section><h2>Les plus lus</h2><ol><li>Tempête : des rafales à 120 km/h attendues jeudi</li><li>Brest : le pont de Recouvrance fermé une nuit</li><li>Football : le Stade Quimpérois s&#39;impose à Vannes</li></ol></section>')}
</aside>
</main>
<footer>
{p.junk("footer", '<p>© Le Courrier de l&#39;Ouest Breton 2026</p><p><a href="#">Mentions légales</a> <a href="#">Données personnelles</a> <a href="#">Nous contacter</a></p>')}
</footer>
</body>
</html>"""


def nl_broadcaster(p):
    """Dutch regional broadcaster site: timestamps with 'Aangepast', video reportage, 'Lees ook', tip line, topics."""
    return f"""{p.head("Omroep IJsselland", p.ld_json("Omroep IJsselland", section="Nieuws"))}
<body>
<header class="site-header">
 {p.junk("logo", '<a class="logo" href="/">Omroep IJsselland</a>')}
 {p.junk("nav", '<nav><a href="/nieuws">Nieuws</a> <a href="/sport">Sport</a> <a href="/radio">Radio</a> <a href="/tv">TV</a> <a href="/verkeer">Verkeer</a> <a href="/weer">Weer</a></nav>')}
 {p.junk("live-bar", '<a class="live" href="/radio/live">Luister live</a>')}
</header>
<main>
<article class="article">
 {p.junk("section-label", '<span class="article__label">Kampen</span>')}
 {h1(p, 'class="article__title"')}
 {p.junk("date", '<div class="article__meta"><time>5 november 2026, 16:42</time> <span>Aangepast: 17:10</span></div>')}
 {p.junk("byline", '<p class="article__author">Sanne de Vries</p>')}
 {p.junk("caption-credit", '<figure><img src="/img/dijk-kampen.jpg" alt=""><figcaption>De IJsseldijk bij Kampen (foto: Omroep IJsselland)</figcaption></figure>')}
 <div class="article__body">
{p.body(inserts={
    3: [p.junk("video-caption", '<div class="video-embed"><div class="player"></div><p>Bekijk hier de reportage over de dijkversterking</p></div>')],
    5: [p.junk("read-also-inline", '<p><strong>Lees ook:</strong> <a href="#">Hoogwater op de IJssel: uiterwaarden stromen vol</a></p>')],
})}
 </div>
 {p.junk("tip-promo", '<div class="tip">Heb je een tip of een reactie? Mail naar tips@ijsselland.example of app naar 06 12345678.</div>')}
 {p.junk("share-bar", '<div class="share"><span>Deel artikel:</span> <a href="#">WhatsApp</a> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Mail</a></div>')}
 {p.junk("tags", '<div class="topics"><span>Meer over:</span> <a href="#">Kampen</a> <a href="#">waterschap</a> <a href="#">dijkversterking</a> <a href="#">IJssel</a></div>')}
 {p.junk("app-promo", '<div class="app-promo">Download de app van Omroep IJsselland en mis geen nieuws uit de regio.</div>')}
 {p.junk("related-box", '<section class="related"><h2>Meest gelezen</h2><ol><li>Ongeluk op de N50, weg urenlang dicht</li><li>Zwolle krijgt nieuw zwembad</li><li>Boeren demonstreren bij provinciehuis</li></ol></section>')}
</article>
</main>
<footer>
{p.junk("footer", '<p><a href="#">Over ons</a> <a href="#">Contact</a> <a href="#">Privacy</a> <a href="#">Cookies</a></p><p>© 2026 Omroep IJsselland</p>')}
</footer>
</body>
</html>"""


def jp_daily(p):
    """Japanese national daily (Asahi/Yomiuri-like): 会員記事 label, ＝-credited caption, [PR], ranking, author box."""
    return f"""{p.head("東日新聞デジタル", p.ld_json("東日新聞", section="社会"))}
<body class="article-page">
<header class="l-header">
 {p.junk("logo", '<a class="logo" href="/">東日新聞デジタル</a>')}
 {p.junk("nav", '<nav class="gnav"><a href="/news">速報</a> <a href="/national">社会</a> <a href="/politics">政治</a> <a href="/business">経済</a> <a href="/international">国際</a> <a href="/sports">スポーツ</a> <a href="/culture">文化</a> <a href="/local">地域</a></nav>')}
 {p.junk("login", '<div class="header-user"><a href="#">ログイン</a> <a href="#">会員登録</a></div>')}
</header>
<main class="l-main">
 {p.junk("breadcrumb", '<ol class="breadcrumb"><li><a href="/">トップ</a></li><li><a href="/local">地域</a></li><li><a href="/local/ishikawa">石川</a></li></ol>')}
<article class="article">
 {p.junk("member-badge", '<span class="label-member">会員記事</span>')}
 {h1(p)}
 {p.junk("byline", '<div class="article-meta"><span class="author">佐藤美咲</span><span class="date">2026年11月12日 10時00分</span></div>')}
 {p.junk("share-bar", '<div class="share"><a href="#">シェア</a> <a href="#">ポスト</a> <a href="#">ブックマーク</a> <a href="#">list</a></div>')}
 {p.junk("caption-credit", '<figure class="article-figure"><img src="/img/wagashi.jpg" alt=""><figcaption>新工房で上生菓子を仕上げる職人＝２０２６年１１月１０日、金沢市大河端町、佐藤美咲撮影 <span>写真・図版</span></figcaption></figure>')}
 <div class="article-body">
{p.body(inserts={
    3: [p.junk("ad-label", '<div class="ad-inline"><span>［PR］</span></div>')],
})}
 </div>
 {p.junk("author-box", '<div class="writer"><h3>この記事を書いた人</h3><p>佐藤美咲</p><p>金沢総局｜石川県政、伝統工芸</p></div>')}
 {p.junk("comments", '<div class="comment-plus"><h3>コメントプラス</h3><p>この記事にコメントはまだありません。</p></div>')}
 {p.junk("related-box", '<section class="related"><h2>関連ニュース</h2><ul><li><a href="#">金沢の老舗旅館、外国人客が過去最多</a></li><li><a href="#">輪島塗の工房、再建へ一歩</a></li></ul></section>')}
</article>
<aside class="l-side">
 {p.junk("sidebar-list", '<section class="ranking"><h2>アクセスランキング</h2><ol><li>北陸新幹線、大雪で一部運休</li><li>兼六園の雪つり始まる</li><li>能登の復興住宅、入居始まる</li></ol></section>')}
</aside>
</main>
<footer class="l-footer">
{p.junk("footer", '<p><a href="#">会社案内</a> <a href="#">お問い合わせ</a> <a href="#">個人情報</a> <a href="#">著作権</a></p><p>Copyright © 東日新聞社 All rights reserved. 無断転載を禁じます。</p>')}
</footer>
</body>
</html>"""


def cn_portal(p):
    """Chinese news portal (Sina/163-like): source line, share row, (记者) signature, 责任编辑, disclaimer, ICP footer."""
    return f"""{p.head("蜀都新闻网", p.ld_json("蜀都新闻网", section="本地"))}
<body>
<div class="top-nav">
 {p.junk("logo", '<a class="logo" href="/">蜀都新闻网</a>')}
 {p.junk("nav", '<ul class="nav"><li><a href="/">首页</a></li><li><a href="/news">新闻</a></li><li><a href="/local">本地</a></li><li><a href="/finance">财经</a></li><li><a href="/tech">科技</a></li><li><a href="/sports">体育</a></li><li><a href="/video">视频</a></li></ul>')}
</div>
<div class="main-content w1000">
 {p.junk("breadcrumb", '<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/local">本地</a> &gt; 正文</div>')}
 {h1(p, 'class="main-title"')}
 {p.junk("byline", '<div class="date-source"><span class="date">2026年11月17日 08:30</span> <span class="source">来源：成都晚报</span> <span class="author">作者：王丽</span></div>')}
 {p.junk("share-bar", '<div class="share-box">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>')}
 <div class="article" id="artibody">
 {p.junk("caption-credit", '<div class="img_wrapper"><img src="/img/robot-sweeper.jpg" alt=""><span class="img_descr">无人驾驶环卫车在高新区夜间作业。（资料图）</span></div>')}
{p.body(style={"p": '<p style="text-indent:2em">{}</p>'}, inserts={
    0: [p.junk("signature", '<p>（记者 王丽）</p>')],
})}
 </div>
 {p.junk("editor-line", '<p class="show_author">责任编辑：李明</p>')}
 {p.junk("disclaimer", '<p class="disclaimer">声明：转载此文是出于传递更多信息之目的。若有来源标注错误或侵犯了您的合法权益，请作者持权属证明与本网联系，我们将及时更正、删除，谢谢。</p>')}
 {p.junk("related-box", '<div class="related"><h3>相关新闻</h3><ul><li><a href="#">成都地铁新线开通运营</a></li><li><a href="#">高新区发布智慧城市建设方案</a></li></ul></div>')}
 {p.junk("recommended", '<div class="hot"><h3>热门推荐</h3><ul><li>天府新区新增三所学校</li><li>成都今冬首场降温来袭</li><li>大熊猫基地推出夜游项目</li></ul></div>')}
 {p.junk("comments", '<div class="comment-box"><span>评论</span><span class="count">0</span><textarea placeholder="我来说两句"></textarea><button>发布</button></div>')}
</div>
<div class="footer">
{p.junk("footer", '<p><a href="#">关于我们</a> | <a href="#">联系我们</a> | <a href="#">广告服务</a> | <a href="#">法律声明</a></p><p>Copyright © 2026 蜀都新闻网 版权所有</p><p>川ICP备00000000号</p>')}
</div>
</body>
</html>"""


# ---------------------------------------------------------------- Latin America, Eastern Europe, Arab world, clean pages


def mx_daily(p):
    """Mexican national daily (El Universal-like): 'Lee también' lines, WhatsApp channel promo, 'Te recomendamos'."""
    return f"""{p.head("El Heraldo del Sur", p.ld_json("El Heraldo del Sur", section="Estados"))}
<body class="nota">
<header>
 {p.junk("logo", '<a class="logo" href="/">El Heraldo del Sur</a>')}
 {p.junk("nav", '<nav><a href="/nacion">Nación</a> <a href="/estados">Estados</a> <a href="/metropoli">Metrópoli</a> <a href="/mundo">Mundo</a> <a href="/cartera">Cartera</a> <a href="/deportes">Deportes</a> <a href="/espectaculos">Espectáculos</a> <a href="/opinion">Opinión</a></nav>')}
</header>
<main class="nota-container">
 {p.junk("section-label", '<a class="nota-seccion" href="/estados">Estados</a>')}
 {h1(p, 'class="title"')}
 {p.junk("dek", '<h2 class="summary">' + esc(p.a['dek']) + '</h2>')}
 {p.junk("byline", '<div class="nota-autor"><span>Alejandra Ruiz</span> <span>Corresponsal</span> <time>10/11/2026 13:45</time> <span>Actualizada 10/11/2026 14:20</span></div>')}
 {p.junk("share-bar", '<div class="redes"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a> <button>Copiar enlace</button></div>')}
 {p.junk("caption-credit", '<figure><img src="/img/composta-oaxaca.jpg" alt=""><figcaption>La planta se ubica en San Martín Mexicápam. Foto: Especial</figcaption></figure>')}
 <div class="nota-cuerpo">
{p.body(inserts={
    2: [p.junk("read-also-inline", '<p><strong>Lee también:</strong> <a href="#">Oaxaca declara emergencia ambiental por basura en 2021</a></p>')],
    4: [p.junk("ad-label", '<div class="publicidad"><span>Publicidad</span></div>')],
    6: [p.junk("follow-promo", '<p class="whatsapp-promo"><strong>Únete a nuestro canal ¡El Heraldo del Sur ya está en WhatsApp!</strong> Desde tu dispositivo móvil entérate de las noticias más relevantes del día.</p>')],
    8: [p.junk("read-also-inline", '<p><strong>Lee también:</strong> <a href="#">Zaachila pide cerrar de forma definitiva el relleno sanitario</a></p>')],
})}
 </div>
 {p.junk("newsletter-promo", '<div class="newsletter"><p>Recibe todos los viernes Hello Weekend, nuestro newsletter con lo último en gastronomía, viajes, tecnología y más.</p><button>Suscríbete</button></div>')}
 {p.junk("tags", '<div class="temas"><span>Temas Relacionados</span> <a href="#">Oaxaca</a> <a href="#">Basura</a> <a href="#">Medio ambiente</a></div>')}
 {p.junk("recommended", '<div class="taboola"><h3>Te recomendamos</h3><ul><li>Así luce hoy la casa donde creció una famosa actriz</li><li>El truco para ahorrar gas en invierno que pocos conocen</li></ul><span>Contenido patrocinado</span></div>')}
</main>
<footer>
{p.junk("footer", '<p>Todos los Derechos Reservados © El Heraldo del Sur, S.A. de C.V. 2026</p><p><a href="#">Aviso de privacidad</a> <a href="#">Términos y condiciones</a> <a href="#">Directorio</a></p>')}
</footer>
</body>
</html>"""


def ua_portal(p):
    """Ukrainian city news site (Zaxid/UP-like): 'Читайте також', Telegram promo, Ctrl+Enter typo note, tags."""
    return f"""{p.head("Галицький вісник", p.ld_json("Галицький вісник", section="Львів"))}
<body>
<header class="header">
 {p.junk("logo", '<a class="logo" href="/">Галицький вісник</a>')}
 {p.junk("nav", '<nav><a href="/news">Новини</a> <a href="/lviv">Львів</a> <a href="/ukraine">Україна</a> <a href="/world">Світ</a> <a href="/economy">Економіка</a> <a href="/culture">Культура</a> <a href="/blogs">Блоги</a></nav>')}
 {p.junk("language-switch", '<div class="lang"><a href="/ua">UA</a> <a href="/en">EN</a></div>')}
</header>
<main class="post">
 {p.junk("section-label", '<a class="post__rubric" href="/lviv">Львів</a>')}
 {h1(p, 'class="post__title"')}
 {p.junk("byline", '<div class="post__meta"><span class="post__author">Олена Коваленко</span> <time>14 листопада 2026, 11:20</time> <span class="post__views">2 410</span></div>')}
 {p.junk("caption-credit", '<figure><img src="/img/velomaysternia.jpg" alt=""><figcaption>Волонтери у майстерні на Городоцькій. Фото: Галицький вісник</figcaption></figure>')}
 <div class="post__text">
{p.body(inserts={
    2: [p.junk("read-also-inline", '<p><strong>Читайте також:</strong> <a href="#">У Львові облаштують ще 20 кілометрів велодоріжок</a></p>')],
    5: [p.junk("ad-label", '<div class="banner"><span>Реклама</span></div>')],
})}
 </div>
 {p.junk("follow-promo", '<div class="telegram-promo">Підписуйтесь на наш Telegram-канал, щоб першими дізнаватися про головні новини Львова.</div>')}
 {p.junk("typo-note", '<p class="mistake-note">Помітили помилку? Виділіть її та натисніть Ctrl+Enter.</p>')}
 {p.junk("tags", '<div class="post__tags"><span>Теги:</span> <a href="#">Львів</a> <a href="#">велосипеди</a> <a href="#">волонтери</a></div>')}
 {p.junk("recommended", '<section class="partners"><h3>Новини партнерів</h3><ul><li>Як зекономити на опаленні взимку</li><li>П&#39;ять місць у Карпатах для зимового відпочинку</li></ul></section>')}
 {p.junk("sidebar-list", '<aside class="feed"><h3>Стрічка новин</h3><ul><li>12:40 У центрі Львова перекриють рух на вихідних</li><li>12:15 Ціни на хліб зросли на 5%</li><li>11:58 Львівські школи переходять на зимовий графік</li></ul></aside>')}
</main>
<footer>
{p.junk("footer", '<p>© 2026 Галицький вісник. Усі права захищені. Використання матеріалів дозволяється за умови посилання на сайт.</p><p><a href="#">Про нас</a> <a href="#">Контакти</a> <a href="#">Реклама</a></p>')}
</footer>
</body>
</html>"""


def ar_daily(p):
    """Arabic-language Egyptian daily (Youm7-like), right to left: 'كتب' byline, 'اقرأ أيضًا', app follow line."""
    return f"""{p.head("بوابة الثغر", p.ld_json("بوابة الثغر", section="محافظات"), html_attrs='dir="rtl"')}
<body class="rtl">
<header>
 {p.junk("logo", '<a class="logo" href="/">بوابة الثغر</a>')}
 {p.junk("nav", '<nav><a href="/">الرئيسية</a> <a href="/news">أخبار عاجلة</a> <a href="/governorates">محافظات</a> <a href="/economy">اقتصاد</a> <a href="/sports">رياضة</a> <a href="/art">فن</a> <a href="/video">فيديو</a></nav>')}
</header>
<main class="article-container">
 {p.junk("breadcrumb", '<div class="breadcrumb"><a href="/">الرئيسية</a> &gt; <a href="/governorates">محافظات</a></div>')}
 {h1(p)}
 {p.junk("byline", '<div class="writeby">كتب محمد الشريف</div><div class="newsDate">السبت، 07 نوفمبر 2026 12:30 م</div>')}
 {p.junk("share-bar", '<div class="share">شارك <a href="#">فيسبوك</a> <a href="#">إكس</a> <a href="#">واتساب</a></div>')}
 {p.junk("caption-credit", '<figure><img src="/img/mansheya.jpg" alt=""><figcaption>مبانٍ تراثية في حي المنشية</figcaption></figure>')}
 <div class="articleCont" id="articleBody">
{p.body(inserts={
    2: [p.junk("read-also-inline", '<p><strong>اقرأ أيضًا:</strong> <a href="#">محافظ الإسكندرية يتفقد أعمال تطوير الكورنيش</a></p>')],
    4: [p.junk("ad-label", '<div class="ads"><span>إعلان</span></div>')],
    7: [p.junk("read-also-inline", '<p><strong>اقرأ أيضًا:</strong> <a href="#">إزالة الإعلانات العشوائية من شوارع وسط الإسكندرية</a></p>')],
})}
 </div>
 {p.junk("follow-promo", '<div class="follow">تابعوا آخر الأخبار عبر تطبيق بوابة الثغر على الهواتف الذكية</div>')}
 {p.junk("related-box", '<section class="related"><h3>موضوعات متعلقة</h3><ul><li><a href="#">افتتاح متحف جديد في قلعة قايتباي</a></li><li><a href="#">خطة لتطوير ميدان محطة الرمل</a></li></ul></section>')}
 {p.junk("sidebar-list", '<aside class="most-read"><h3>الأكثر قراءة</h3><ol><li>الأرصاد: أمطار غزيرة على السواحل الشمالية</li><li>موعد صرف معاشات شهر ديسمبر</li><li>الأهلي يفوز في الدوري</li></ol></aside>')}
</main>
<footer>
{p.junk("footer", '<p>جميع الحقوق محفوظة © بوابة الثغر 2026</p><p><a href="#">من نحن</a> <a href="#">اتصل بنا</a> <a href="#">سياسة الخصوصية</a></p>')}
</footer>
</body>
</html>"""


def vn_table(p):
    """Vietnamese portal (VnExpress-like): date line in the header, a fare table and a list, byline at the end."""
    return f"""{p.head("Tin Nhanh Việt", p.ld_json("Tin Nhanh Việt", section="Thời sự"))}
<body>
<header class="header">
 {p.junk("logo", '<a class="logo" href="/">Tin Nhanh Việt</a>')}
 {p.junk("nav", '<nav class="main-nav"><a href="/thoi-su">Thời sự</a> <a href="/the-gioi">Thế giới</a> <a href="/kinh-doanh">Kinh doanh</a> <a href="/giai-tri">Giải trí</a> <a href="/the-thao">Thể thao</a> <a href="/du-lich">Du lịch</a></nav>')}
</header>
<section class="section page-detail">
 {p.junk("section-label", '<div class="header-content"><ul class="breadcrumb"><li><a href="/thoi-su">Thời sự</a></li><li><a href="/thoi-su/giao-thong">Giao thông</a></li></ul><span class="date">Thứ năm, 19/11/2026, 09:15 (GMT+7)</span></div>')}
 {h1(p, 'class="title-detail"')}
 <article class="fck_detail">
{p.body(style={"p": '<p class="Normal">{}</p>', "table": ('<table class="tplCaption" border="1">', '</table>')}, inserts={
    0: [p.junk("byline", '<p class="author_mail"><strong>Thu Hà</strong></p>')],
})}
 </article>
 {p.junk("share-bar", '<div class="social"><a href="#">Chia sẻ</a> <a href="#">Facebook</a> <a href="#">Zalo</a></div>')}
</section>
<footer>
{p.junk("footer", '<p>© Tin Nhanh Việt 2026. Toàn bộ bản quyền thuộc Tin Nhanh Việt.</p>')}
</footer>
</body>
</html>"""


def ch_interview(p):
    """Swiss German daily (NZZ-like) interview: bold questions, guillemets title, one portrait caption."""
    return f"""{p.head("Zürcher Tagesbote", p.ld_json("Zürcher Tagesbote", section="Schweiz"))}
<body class="article">
<header>
 {p.junk("logo", '<a href="/">Zürcher Tagesbote</a>')}
 {p.junk("nav", '<nav><a href="/schweiz">Schweiz</a> <a href="/international">International</a> <a href="/wirtschaft">Wirtschaft</a> <a href="/feuilleton">Feuilleton</a> <a href="/wissenschaft">Wissenschaft</a></nav>')}
</header>
<main>
<article>
 {p.junk("section-label", '<span class="headline__kicker">Interview</span>')}
 {h1(p, 'class="headline__title"')}
 {p.junk("byline", '<div class="metainfo"><span>Interview: Lukas Brunner</span> <time>31.10.2026, 05.30 Uhr</time> <span>5 min</span></div>')}
 {p.junk("caption-credit", '<figure><img src="/img/zurbriggen.jpg" alt=""><figcaption>Andrea Zurbriggen auf dem Rhonegletscher. <span>Christian Beutler / Zürcher Tagesbote</span></figcaption></figure>')}
 <section class="articlecomponent">
{p.body()}
 </section>
</article>
</main>
<footer>
{p.junk("footer", '<p>Copyright © Zürcher Tagesbote AG. Alle Rechte vorbehalten.</p>')}
</footer>
</body>
</html>"""


def cz_list(p):
    """Czech public radio news site (iROZHLAS-like) explainer: question subheadings, a list, share and topics."""
    return f"""{p.head("Zprávy Rozhlasu", p.ld_json("Zprávy Rozhlasu", section="Domov"))}
<body>
<header>
 {p.junk("logo", '<a href="/">Zprávy Rozhlasu</a>')}
 {p.junk("nav", '<nav><a href="/zpravy-domov">Domov</a> <a href="/zpravy-svet">Svět</a> <a href="/ekonomika">Ekonomika</a> <a href="/veda-technologie">Věda</a> <a href="/kultura">Kultura</a></nav>')}
</header>
<main>
<article class="b-detail">
 {p.junk("section-label", '<p class="meta">Brno</p>')}
 {h1(p)}
 {p.junk("byline", '<p class="meta"><span>Tereza Novotná</span> <time>23. 11. 2026 | 06:00</time></p>')}
 <div class="b-detail__body">
{p.body()}
 </div>
 {p.junk("share-bar", '<div class="share"><span>Sdílet na Facebooku</span> <span>Sdílet na X</span> <span>Kopírovat odkaz</span></div>')}
 {p.junk("tags", '<p class="tags">Témata: <a href="#">Brno</a>, <a href="#">odpad</a>, <a href="#">poplatky</a></p>')}
</article>
</main>
<footer>
{p.junk("footer", '<p>© Zprávy Rozhlasu 2026</p>')}
</footer>
</body>
</html>"""


def dk_faq(p):
    """Danish regional paper FAQ-style 'Overblik': question subheadings, one quote, short share row."""
    return f"""{p.head("Østjyllands Avis", p.ld_json("Østjyllands Avis", section="Aarhus"))}
<body>
<header>
 {p.junk("logo", '<a href="/">Østjyllands Avis</a>')}
 {p.junk("nav", '<nav><a href="/aarhus">Aarhus</a> <a href="/sport">Sport</a> <a href="/kultur">Kultur</a> <a href="/debat">Debat</a></nav>')}
</header>
<main>
<article class="article">
 {h1(p, 'class="article-title"')}
 {p.junk("byline", '<div class="article-byline"><span>Mette Lindholm</span> <time>25. nov. 2026 kl. 06.00</time></div>')}
 <div class="article-body">
{p.body()}
 </div>
 {p.junk("share-bar", '<div class="share"><button>Del artikel</button></div>')}
</article>
</main>
<footer>
{p.junk("footer", '<p>Østjyllands Avis, Banegårdspladsen 11, Aarhus. Ansvarshavende chefredaktør: Lars Kjær</p>')}
</footer>
</body>
</html>"""


FAMILIES = {
    "junk-wire-service": (wire_service, "junk"),
    "junk-trade-press": (trade_press, "junk"),
    "clean-university-news": (university_news, "clean"),
    "clean-gov-press-release": (gov_press_release, "clean"),
    "junk-sports-club": (sports_club, "junk"),
    "clean-ghost-tech-blog": (ghost_blog, "clean"),
    "junk-medium-post": (medium_post, "junk"),
    "junk-local-tv": (local_tv, "junk"),
    "junk-ng-daily": (ng_daily, "junk"),
    "junk-ke-daily": (ke_daily, "junk"),
    "junk-pk-daily": (pk_daily, "junk"),
    "junk-ph-portal": (ph_portal, "junk"),
    "junk-live-blog": (live_blog, "junk"),
    "clean-longread": (longread, "clean"),
    "clean-correction": (correction_story, "clean"),
    "junk-syndicated-local": (syndicated_local, "junk"),
    "junk-ee-daily": (ee_daily, "junk"),
    "junk-no-daily": (no_daily, "junk"),
    "junk-pl-portal": (pl_portal, "junk"),
    "junk-fr-regional": (fr_regional, "junk"),
    "junk-nl-broadcaster": (nl_broadcaster, "junk"),
    "junk-jp-daily": (jp_daily, "junk"),
    "junk-cn-portal": (cn_portal, "junk"),
    "junk-mx-daily": (mx_daily, "junk"),
    "junk-ua-portal": (ua_portal, "junk"),
    "clean-table-vn": (vn_table, "clean"),
    "clean-interview-ch": (ch_interview, "clean"),
    "junk-ar-daily": (ar_daily, "junk"),
    "clean-list-cz": (cz_list, "clean"),
    "clean-faq-dk": (dk_faq, "clean"),
}
