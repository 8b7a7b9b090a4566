"""One function per English blind-4 page: the article set in the full markup of one site family.

Each function gets a build_pages.Page and returns the whole document. Every visible piece that is not the headline or
the article text goes through page.junk(class, html) so that it is registered in junk-manifest.json. The markup
(class names, ids, data attributes, scripts, wrappers, and the furniture with its real link targets) is written by
hand from how each CMS renders a story; outlets, people and events are invented. FAMILIES at the end maps page id to
(function, kind, canonical address).
"""
import json
import re

from markup import attr, esc, h1, share_href, share_links


# An article-source link, [text](url); Arc's state blob stores the text of each paragraph as HTML.
MARKDOWN_LINK = re.compile(r"\[([^\]]+)\]\(([^)]+)\)")

# Google Tag Manager's published container snippet, and the <noscript> iframe that goes with it.
GTM = ('<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({"gtm.start":new Date().getTime(),event:"gtm.js"});'
       'var f=d.getElementsByTagName(s)[0],j=d.createElement(s);j.async=true;'
       'j.src="https://www.googletagmanager.com/gtm.js?id="+i;f.parentNode.insertBefore(j,f);})'
       '(window,document,"script","dataLayer","{gtm}");</script>')


def gtm(container):
    return GTM.replace("{gtm}", container)


def gtm_noscript(container):
    return (f'<noscript><iframe src="https://www.googletagmanager.com/ns.html?id={container}" height="0" width="0" '
            'style="display:none;visibility:hidden"></iframe></noscript>')


# ---------------------------------------------------------------- WordPress: Newspack with Jetpack


def newspack_nonprofit(p):
    """Nonprofit local newsroom on WordPress with the Newspack theme, Jetpack sharing and related posts."""
    site = "https://tallowledger.org"
    jp_share = lambda net, label: (f'<li class="share-{net}"><a rel="nofollow noopener noreferrer" '
                                   f'data-shared="sharing-{net}-12877" class="share-{net} sd-button share-icon" '
                                   f'href="{p.url}?share={net}&amp;nb=1" target="_blank"><span>{label}</span></a></li>')
    related = lambda post_id, slug, title, date, ctx: (
        f'<div class="jp-relatedposts-post jp-relatedposts-post-thumbs" data-post-id="{post_id}" '
        f'data-post-format="false"><a class="jp-relatedposts-post-a" href="{site}/2026/{slug}/" '
        f'title="{attr(title)}" rel="nofollow" data-origin="12877" data-position="0">'
        f'<img loading="lazy" class="jp-relatedposts-post-img" src="{site}/wp-content/uploads/2026/10/{slug.split("/")[-1]}.jpg?resize=350%2C200&amp;ssl=1" width="350" height="200" alt=""></a>'
        f'<h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="{site}/2026/{slug}/" rel="nofollow">{esc(title)}</a></h4>'
        f'<p class="jp-relatedposts-post-date">{date}</p><p class="jp-relatedposts-post-context">In &quot;{ctx}&quot;</p></div>')
    return f"""{p.head("The Tallow Ledger", p.ld_json("The Tallow Ledger", section="Criminal Justice", image=site + "/wp-content/uploads/2026/11/jail-exterior.jpg") + '''
<meta name="generator" content="WordPress 6.7.1">
<meta name="generator" content="Newspack 5.12.0">
<link rel="stylesheet" id="newspack-style-css" href="https://tallowledger.org/wp-content/themes/newspack-theme/style.min.css?ver=2.4.1" media="all">
<link rel="stylesheet" id="jetpack-sharing-css" href="https://tallowledger.org/wp-content/plugins/jetpack/modules/sharedaddy/sharing.css?ver=14.1" media="all">
<script src="https://stats.wp.com/e-202646.js" defer></script>''' + gtm("GTM-N7K2QX"))}
<body class="post-template-default single single-post postid-12877 single-format-standard wp-custom-logo wp-embed-responsive singular has-featured-image header-solid-background h-nsub h-db h-ll h-dh has-sidebar cat-criminal-justice">
{gtm_noscript("GTM-N7K2QX")}
<div class="newspack_global_ad global_above_header">{p.junk("ad-label", '<div class="newspack-ad-label">Advertisement</div>')}<div id="div-gpt-ad-global-above-header" data-ad-unit="tallow_leaderboard"></div></div>
{p.junk("skip-link", '<a class="skip-link screen-reader-text" href="#main">Skip to content</a>')}
<div id="page" class="site">
<header id="masthead" class="site-header hide-header-search">
 <div class="top-header-contain desktop-only"><div class="wrapper">
 {p.junk("header-links", '<div id="secondary-nav-contain"><nav class="secondary-menu" aria-label="Secondary Menu"><ul id="menu-secondary" class="secondary-menu"><li class="menu-item"><a href="https://tallowledger.org/about/">About</a></li><li class="menu-item"><a href="https://tallowledger.org/newsletters/">Newsletters</a></li><li class="menu-item"><a href="https://tallowledger.org/tips/">Send a tip</a></li></ul></nav></div>')}
 {p.junk("social-links", '<nav class="social-navigation" aria-label="Social Links Menu"><ul id="menu-social" class="social-links-menu"><li><a href="https://www.facebook.com/tallowledger"><span class="screen-reader-text">Facebook</span></a></li><li><a href="https://x.com/tallowledger"><span class="screen-reader-text">X</span></a></li><li><a href="https://www.instagram.com/tallowledger/"><span class="screen-reader-text">Instagram</span></a></li></ul></nav>')}
 </div></div>
 <div class="middle-header-contain"><div class="wrapper">
 {p.junk("logo", '<div class="site-branding"><a href="https://tallowledger.org/" class="custom-logo-link" rel="home"><img width="400" height="80" src="https://tallowledger.org/wp-content/uploads/2024/02/ledger-logo.png" class="custom-logo" alt="The Tallow Ledger"></a><p class="site-title"><a href="https://tallowledger.org/" rel="home">The Tallow Ledger</a></p><p class="site-description">Independent, nonprofit news for Tallow County</p></div>')}
 {p.junk("donate-button", '<a class="button donate-button" href="https://tallowledger.org/donate/"><span class="donate-label">Donate</span></a>')}
 </div></div>
 {p.junk("nav", '<div class="bottom-header-contain"><nav id="site-navigation" class="main-navigation nav1" aria-label="Top Menu"><ul id="menu-primary" class="main-menu"><li class="menu-item"><a href="https://tallowledger.org/category/government/">Government</a></li><li class="menu-item current-post-ancestor"><a href="https://tallowledger.org/category/criminal-justice/">Criminal Justice</a></li><li class="menu-item"><a href="https://tallowledger.org/category/education/">Education</a></li><li class="menu-item"><a href="https://tallowledger.org/category/housing/">Housing</a></li><li class="menu-item"><a href="https://tallowledger.org/category/environment/">Environment</a></li></ul></nav></div>')}
</header>
<div id="content" class="site-content">
<div id="primary" class="content-area">
<main id="main" class="site-main">
<article id="post-12877" class="post-12877 post type-post status-publish format-standard has-post-thumbnail hentry category-criminal-justice tag-audits tag-jail entry">
<header class="entry-header">
 {p.junk("section-label", '<span class="cat-links"><span class="screen-reader-text">Posted in</span><a href="https://tallowledger.org/category/criminal-justice/" rel="category tag">Criminal Justice</a></span>')}
 {h1(p, 'class="entry-title"')}
 {p.junk("dek", '<div class="newspack-post-subtitle">' + esc(p.a['dek']) + '</div>')}
 <div class="entry-subhead">
 {p.junk("byline", '<div class="entry-meta"><span class="author-avatar"><img alt="" src="https://secure.gravatar.com/avatar/5b1c?s=80&amp;d=mm&amp;r=g" class="avatar avatar-80 photo" height="80" width="80" loading="lazy"></span><span class="byline"><span class="author-prefix">By</span> <span class="author vcard"><a class="url fn n" href="https://tallowledger.org/author/royelaran/">Renata Oyelaran</a></span></span><span class="posted-on"><time class="entry-date published" datetime="2026-11-12T05:30:00-06:00">November 12, 2026</time><time class="updated" datetime="2026-11-12T09:14:22-06:00">Updated November 12, 2026</time></span></div>')}
 {p.junk("share-bar", '<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon sd-sharing"><h3 class="sd-title">Share this:</h3><div class="sd-content"><ul>' + jp_share("facebook", "Facebook") + jp_share("x", "X") + jp_share("email", "Email") + jp_share("print", "Print") + '<li class="share-end"></li></ul></div></div></div>')}
 </div>
</header>
{p.junk("caption-credit", '<figure class="post-thumbnail"><img width="1200" height="800" src="https://tallowledger.org/wp-content/uploads/2026/11/jail-exterior-1200x800.jpg" class="attachment-newspack-featured-image size-newspack-featured-image wp-post-image" alt="" decoding="async" fetchpriority="high" srcset="https://tallowledger.org/wp-content/uploads/2026/11/jail-exterior-1200x800.jpg 1200w, https://tallowledger.org/wp-content/uploads/2026/11/jail-exterior-768x512.jpg 768w" sizes="(max-width: 1200px) 100vw, 1200px"><figcaption><span class="caption">The Tallow County jail in Harlan Falls.</span> <span class="image-credit"><span class="credit-label-wrapper">Credit:</span> Jess Amundsen / The Tallow Ledger</span></figcaption></figure>')}
<div class="main-content">
<div class="entry-content">
{p.body(inserts={
    3: [p.junk("newsletter-promo", '<div class="wp-block-jetpack-mailchimp newspack-newsletters-subscribe" data-list-id="c41f0"><p class="newspack-newsletters-subscribe__title"><strong>Get the Ledger in your inbox.</strong> Our free newsletter arrives every weekday morning.</p><form id="newspack-newsletters-subscribe-1" method="post" action="https://tallowledger.org/?newspack_newsletters_subscription=1"><input type="email" name="npe" autocomplete="email" placeholder="Email address"><input type="submit" value="Sign up"></form><p class="newspack-newsletters-subscribe__terms">By signing up, you agree to our <a href="https://tallowledger.org/privacy-policy/">privacy policy</a>.</p></div>')],
    5: [p.junk("related-inline", '<div class="wp-block-newspack-blocks-homepage-articles is-style-borders show-image image-alignleft"><div data-posts="" class="wpnbha-related"><article class="post-has-image"><figure class="post-thumbnail"><a href="https://tallowledger.org/2026/08/21/families-say-sick-calls-go-unanswered-at-county-jail/" rel="bookmark"><img src="https://tallowledger.org/wp-content/uploads/2026/08/sick-call-400x300.jpg" alt="" loading="lazy"></a></figure><div class="entry-wrapper"><span class="article-section-title">Related</span><h3 class="entry-title"><a href="https://tallowledger.org/2026/08/21/families-say-sick-calls-go-unanswered-at-county-jail/" rel="bookmark">Families say sick calls go unanswered at county jail</a></h3></div></article></div></div>')],
    7: [p.junk("donate-promo", '<div class="wp-block-newspack-blocks-donate wpbnbd tiered"><form><h2 class="wpbnbd__title">Support local accountability reporting</h2><p>The Ledger is a nonprofit. Reader donations pay for stories like this one.</p><div class="wpbnbd__frequencies"><input type="radio" name="donation_frequency" id="freq-month" value="month" checked><label for="freq-month">Monthly</label><input type="radio" name="donation_frequency" id="freq-year" value="year"><label for="freq-year">Annually</label></div><button type="submit" class="wpbnbd__button">Donate now</button></form></div>')],
})}
</div>
{p.junk("republish", '<div class="wp-block-newspack-blocks-republication-tracker"><button class="republication-tracker-tool-button" data-url="https://tallowledger.org/?republication-modal-content-id=12877">Republish This Story</button><div id="republication-tracker-tool-modal" style="display:none"><h2>Republish this article</h2><p>This work is licensed under a Creative Commons Attribution-NoDerivatives 4.0 International License.</p></div></div>')}
<footer class="entry-footer">
 {p.junk("tags", '<span class="tags-links"><span>Tagged: </span><a href="https://tallowledger.org/tag/audits/" rel="tag">audits</a><span class="sep">, </span><a href="https://tallowledger.org/tag/jail/" rel="tag">jail</a><span class="sep">, </span><a href="https://tallowledger.org/tag/meridian-correctional-health/" rel="tag">Meridian Correctional Health</a></span>')}
</footer>
{p.junk("author-bio", '<div class="author-bio"><a href="https://tallowledger.org/author/royelaran/"><img alt="" src="https://secure.gravatar.com/avatar/5b1c?s=80&amp;d=mm&amp;r=g" class="avatar avatar-80 photo" height="80" width="80" loading="lazy"></a><div class="author-bio-text"><div class="author-bio-header"><h2 class="accent-header">Renata Oyelaran</h2><div class="author-meta"><a class="author-email" href="mailto:renata@tallowledger.org">renata@tallowledger.org</a></div></div><p>Renata Oyelaran covers courts, jails and policing for The Tallow Ledger. Before joining the Ledger in 2023 she reported for the Harlan Falls Gazette.</p><a class="author-link" href="https://tallowledger.org/author/royelaran/" rel="author">More by Renata Oyelaran</a></div></div>')}
{p.junk("related-box", '<div id="jp-relatedposts" class="jp-relatedposts" style="display: block;"><h3 class="jp-relatedposts-headline"><em>Related</em></h3><div class="jp-relatedposts-items jp-relatedposts-items-visual jp-relatedposts-grid">' + related(12502, "10/02/county-board-delays-vote-on-jail-health-contract", "County board delays vote on jail health contract", "October 2, 2026", "Criminal Justice") + related(12311, "09/15/who-checks-the-county-s-contracts", "Who checks the county's contracts? Often, nobody", "September 15, 2026", "Government") + related(11876, "07/30/jail-population-reaches-five-year-high", "Jail population reaches five-year high", "July 30, 2026", "Criminal Justice") + '</div></div>')}
</div>
</article>
</main>
</div>
<aside id="secondary" class="widget-area">
 {p.junk("sidebar-list", '<section id="newspack-blocks-2" class="widget widget_block"><h2 class="widgettitle">Most read</h2><ol class="wp-block-newspack-blocks-homepage-articles"><li><a href="https://tallowledger.org/2026/11/09/school-board-approves-later-start-times/">School board approves later start times for high schools</a></li><li><a href="https://tallowledger.org/2026/11/06/landfill-expansion-hearing/">Neighbours pack hearing on landfill expansion</a></li><li><a href="https://tallowledger.org/2026/11/03/election-results-tallow-county/">Election results: Tallow County races</a></li></ol></section>')}
</aside>
</div>
<footer id="colophon" class="site-footer">
{p.junk("footer", '<div class="footer-branding"><p>The Tallow Ledger is a nonprofit newsroom and a member of the Institute for Nonprofit News.</p></div><nav class="footer-menu"><a href="https://tallowledger.org/about/">About us</a> <a href="https://tallowledger.org/ethics/">Ethics policy</a> <a href="https://tallowledger.org/donors/">Our donors</a> <a href="https://tallowledger.org/privacy-policy/">Privacy policy</a></nav><div class="site-info"><span class="copyright">© 2026 The Tallow Ledger.</span> <a class="imprint" href="https://newspack.com/">Proudly powered by Newspack by Automattic</a></div>')}
</footer>
</div>
{p.junk("popup-promo", '<div class="newspack-popup-container newspack-popup hidden newspack-lightbox" role="dialog" data-segments="" data-frequency="0,0,1,week" id="id_13001"><div class="newspack-popup__content-wrapper"><div class="newspack-popup__content"><h2>Before you go...</h2><p>It takes money to hold the powerful to account. Will you chip in $5 a month?</p><p><a class="wp-block-button__link" href="https://tallowledger.org/donate/?utm_source=popup&amp;utm_campaign=yearend">Give now</a></p></div><button class="newspack-lightbox__close" aria-label="Close Pop-up">Close</button></div></div>')}
<script src="https://tallowledger.org/wp-content/plugins/jetpack/_inc/build/sharedaddy/sharing.min.js?ver=14.1" id="sharing-js-js"></script>
</body>
</html>"""


# ---------------------------------------------------------------- Arc XP national daily


def arc_national(p):
    """National daily on Arc XP (Washington Post-like): data-qa attributes, Fusion globals, gift link, comments."""
    site = "https://www.capitolpost.com"
    fusion = {"_id": "Q3LZ7XK2", "type": "story", "canonical_url": p.url.replace(site, ""),
              "headlines": {"basic": p.a["title"]}, "subheadlines": {"basic": p.a["dek"]},
              "credits": {"by": [{"name": p.a["author"], "url": "/people/marcus-ellery/"}]},
              "taxonomy": {"primary_section": {"_id": "/politics", "name": "Politics"}},
              "content_elements": [{"type": "text", "content": MARKDOWN_LINK.sub(r'<a href="\2">\1</a>', block)}
                                   for block in p.a["body"].strip().split("\n\n")]}
    fusion_js = ("<script id=\"fusion-metadata\" type=\"application/javascript\">window.Fusion=window.Fusion||{};"
                 "Fusion.arcSite=\"capitolpost\";Fusion.deployment=\"2184\";Fusion.globalContent="
                 + json.dumps(fusion, ensure_ascii=False).replace("</", "<\\/")
                 + ";Fusion.globalContentConfig={\"source\":\"content-api\"};</script>")
    rel = lambda href, title: (f'<li data-qa="related-link"><a href="{site}{href}" data-pb-local-content-field="web_headline">{esc(title)}</a></li>')
    ad = lambda slot: p.junk("ad-label", f'<div class="dib w-100 ma-auto mb-lg" data-qa="article-body-ad" id="{slot}"><div class="ad-label" data-qa="ad-label">Advertisement</div><div class="arcad" data-ad-type="inline" data-slot-name="{slot}"></div></div>')
    return f"""{p.head("The Capitol Post", p.ld_json("The Capitol Post", section="Politics", image=site + "/resizer/v2/TANKCAR.jpg") + fusion_js + '''
<link rel="preconnect" href="https://www.capitolpost.com/pf/">
<script async src="https://www.capitolpost.com/pf/dist/engine/react.js?d=2184"></script>''')}
<body>
<div id="fusion-app" class="layout-section">
{p.junk("consent-banner", '<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div id="onetrust-policy"><p id="onetrust-policy-text">We use cookies and data to deliver and improve our services, measure audiences and show personalized ads. <a href="https://www.capitolpost.com/privacy-policy/">Privacy Policy</a></p></div><div id="onetrust-button-group"><button id="onetrust-accept-btn-handler">Accept all</button><button id="onetrust-pc-btn-handler">Manage preferences</button></div></div></div>')}
<header class="site-header" data-qa="site-header">
 {p.junk("skip-link", '<a class="skip-to-main" href="#main-content" data-qa="skip-link">Skip to main content</a>')}
 {p.junk("logo", '<a href="https://www.capitolpost.com/" data-qa="masthead-logo" aria-label="The Capitol Post homepage"><span class="masthead-tagline">Democracy needs daylight</span></a>')}
 {p.junk("nav", '<nav data-qa="sc-section-nav"><a href="https://www.capitolpost.com/politics/">Politics</a> <a href="https://www.capitolpost.com/national/">National</a> <a href="https://www.capitolpost.com/world/">World</a> <a href="https://www.capitolpost.com/business/">Business</a> <a href="https://www.capitolpost.com/climate/">Climate</a> <a href="https://www.capitolpost.com/opinions/">Opinions</a></nav>')}
 {p.junk("login", '<div data-qa="sc-account-button"><a href="https://www.capitolpost.com/subscribe/signin/?next_url=' + p.url + '">Sign in</a> <a class="subscribe-btn" href="https://subscribe.capitolpost.com/acquisition?promo=o26">Subscribe</a></div>')}
</header>
<main id="main-content" class="grid-layout" data-qa="main">
<div class="grid-body">
 {p.junk("section-label", '<div data-qa="kicker" class="kicker"><a href="https://www.capitolpost.com/politics/">Politics</a></div>')}
 {h1(p, 'data-qa="headline" id="main-content-headline" class="headline"')}
 {p.junk("dek", '<h2 data-qa="subheadline" class="subheadline">' + esc(p.a['dek']) + '</h2>')}
 {p.junk("byline", '<div data-qa="author-byline" class="byline"><span>By </span><a data-qa="author-name" rel="author" href="https://www.capitolpost.com/people/marcus-ellery/">Marcus Ellery</a></div><div data-qa="timestamp" class="display-date"><span data-qa="display-date">October 29, 2026 at 6:00 a.m. EDT</span></div>')}
 {p.junk("share-bar", '<div data-qa="share-bar" class="share-bar"><button data-qa="gift-share" class="gift-button">Gift Article</button> <a data-qa="share-facebook" href="' + share_href(p, "facebook", "utm_source=facebook&utm_medium=social") + '">Share on Facebook</a> <a data-qa="share-x" href="' + share_href(p, "x", "utm_source=twitter&utm_medium=social") + '">Share on X</a> <a data-qa="share-email" href="' + share_href(p, "email") + '">Email</a> <a data-qa="comments-btn" href="#comments-wrapper"><span class="comment-count">812</span> Comments</a></div>')}
 {p.junk("listen-button", '<div data-qa="audio-player"><button>Listen</button><span>5 min</span></div>')}
 {p.junk("caption-credit", '<figure data-qa="lead-art" class="lead-art"><picture><source type="image/webp" srcset="https://www.capitolpost.com/resizer/v2/TANKCAR.jpg?auth=7c1f&amp;width=916&amp;format=webp 916w, https://www.capitolpost.com/resizer/v2/TANKCAR.jpg?auth=7c1f&amp;width=1440&amp;format=webp 1440w"><img data-qa="lead-art-image" src="https://www.capitolpost.com/resizer/v2/TANKCAR.jpg?auth=7c1f&amp;width=916" alt="Tank cars on a siding" width="916" height="611"></picture><figcaption data-qa="caption"><span>Tank cars wait on a siding near Caldwell, Idaho, in 2024.</span> <span data-qa="credit">(Dana Lowery for The Capitol Post)</span></figcaption></figure>')}
 <div class="article-body" data-qa="article-body">
{p.body(style={"p": '<div class="wpds-c-PJLV article-body"><p data-el="text" dir="null" class="wpds-c-cYdRxM">{}</p></div>'}, inserts={
    3: [ad("slug_inline_1")],
    5: [p.junk("read-also-inline", '<div data-qa="interstitial-link" class="interstitial-link"><span>Read more: </span><a href="https://www.capitolpost.com/national/2024/08/03/caldwell-derailment-tank-car-split/">A tank car split open in Idaho. Investigators still do not know why.</a></div>')],
    7: [ad("slug_inline_2")],
    0: [p.junk("newsletter-promo", '<div data-qa="newsletter-signup" class="newsletter-inline"><p class="nl-title">The Climate 202</p><p>Your guide to climate and environment policy, in your inbox every weekday.</p><a href="https://www.capitolpost.com/newsletters/signup/climate-202/?itid=nl_inline">Sign up</a></div>')],
})}
 </div>
 {p.junk("related-box", '<div data-qa="related-links" class="related-links"><h2>More on rail safety</h2><ul>' + rel("/national/2026/06/18/rail-safety-rule-tank-cars-june-deadline/", "Regulators promised a tank car rule by June. Here is why it slipped.") + rel("/business/2026/03/02/tank-car-leasing-companies-lobby/", "The little-known companies that own America's tank cars") + rel("/national/2025/11/24/derailments-hazardous-materials-data/", "Derailments carrying hazardous materials, mapped") + '</ul></div>')}
 {p.junk("comments", '<section id="comments-wrapper" data-qa="comments"><h2>Comments</h2><p>812 Comments</p><button data-qa="view-comments">View comments</button><p class="comments-policy"><a href="https://www.capitolpost.com/discussions/community-rules/">Community rules</a></p></section>')}
</div>
<aside class="grid-right-rail" data-qa="right-rail">
 {p.junk("sidebar-list", '<div data-qa="most-read" class="most-read"><h2>Most Read Politics</h2><ol><li><a href="https://www.capitolpost.com/politics/2026/10/28/senate-budget-deal-vote/">Senate leaders reach budget deal ahead of vote</a></li><li><a href="https://www.capitolpost.com/politics/2026/10/28/governors-redistricting-lawsuit/">Three governors join redistricting lawsuit</a></li><li><a href="https://www.capitolpost.com/politics/2026/10/27/house-ethics-report-released/">House ethics panel releases long-awaited report</a></li></ol></div>')}
 {p.junk("ad-label", '<div class="rr-ad" data-qa="right-rail-ad"><div class="ad-label">Advertisement</div></div>')}
</aside>
</main>
{p.junk("paywall-prompt", '<div data-qa="paywall" class="paywall-bar" style="display:none"><p>You have read 3 of 5 free articles this month.</p><a href="https://subscribe.capitolpost.com/acquisition?promo=meter_bar">Get unlimited access for $1 every 4 weeks</a></div>')}
<footer data-qa="site-footer" class="site-footer">
{p.junk("footer", '<nav><a href="https://www.capitolpost.com/about-the-post/">About The Post</a> <a href="https://www.capitolpost.com/contact/">Contact the Newsroom</a> <a href="https://www.capitolpost.com/policies-and-standards/">Policies and Standards</a> <a href="https://www.capitolpost.com/terms-of-service/">Terms of Service</a> <a href="https://www.capitolpost.com/privacy-policy/">Privacy Policy</a> <a href="https://apps.apple.com/us/app/the-capitol-post/id938245670">iPhone app</a> <a href="https://play.google.com/store/apps/details?id=com.capitolpost.android">Android app</a></nav><p>© 1996-2026 The Capitol Post</p>')}
</footer>
</div>
<script src="https://www.capitolpost.com/pf/dist/components/combinations/default.js?d=2184" defer></script>
</body>
</html>"""


# ---------------------------------------------------------------- LocalGov Drupal (UK council)


def localgov_council(p):
    """UK council news item on LocalGov Drupal (Drupal 10): GOV.UK-style header, news article, related links."""
    site = "https://www.thornbury-borough.gov.uk"
    return f"""{p.head("Thornbury Borough Council", '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">' + p.ld_json("Thornbury Borough Council", kind="NewsArticle", image=site + "/sites/default/files/styles/newsroom/public/2026-11/food-caddy.jpg") + '<script src="' + site + '/core/misc/drupal.js?v=10.3.6"></script><script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"/","currentPath":"node/4812","currentLanguage":"en"},"localgov_alert_banner":{"cookieName":"hide-alert-banner-token"}}</script>')}
<body class="path-node page-node-type-localgov-news-article">
{p.junk("skip-link", '<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>')}
{p.junk("cookie-banner", '<div class="eu-cookie-compliance-banner" role="dialog" aria-label="Cookies"><div class="popup-content info eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message"><h2>Cookies on our website</h2><p>We use some essential cookies to make this website work. We would like to set additional cookies to understand how you use the site.</p></div><div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">Accept additional cookies</button><button type="button" class="decline-button eu-cookie-compliance-default-button">Reject additional cookies</button></div></div></div>')}
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<header class="lgd-header">
 {p.junk("logo", '<div class="lgd-header__site-branding"><a href="https://www.thornbury-borough.gov.uk/" rel="home" class="lgd-header__logo"><img src="/themes/custom/thornbury/logo.svg" alt="Thornbury Borough Council logo"></a></div>')}
 {p.junk("nav", '<nav class="lgd-header__nav lgd-header__nav--primary"><ul class="lgd-header__nav-list"><li><a href="https://www.thornbury-borough.gov.uk/bins-and-recycling">Bins and recycling</a></li><li><a href="https://www.thornbury-borough.gov.uk/council-tax">Council tax</a></li><li><a href="https://www.thornbury-borough.gov.uk/planning">Planning</a></li><li><a href="https://www.thornbury-borough.gov.uk/news">News</a></li><li><a href="https://www.thornbury-borough.gov.uk/contact-us">Contact us</a></li></ul></nav>')}
 {p.junk("search-box", '<form class="localgov-search-form" action="/search" method="get"><label for="edit-s" class="visually-hidden">Search</label><input id="edit-s" name="s" type="search"><button type="submit">Search</button></form>')}
</header>
{p.junk("alert-bar", '<div class="localgov-alert-banner localgov-alert-banner--minor"><div class="localgov-alert-banner__content"><p>Christmas and New Year bin collections: check your new dates.</p><a href="https://www.thornbury-borough.gov.uk/bins-and-recycling/christmas-collections">Christmas collection dates</a></div><button class="js-localgov-alert-banner__close">Hide</button></div>')}
<main id="main-content" class="main" tabindex="-1">
{p.junk("breadcrumb", '<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><ol><li><a href="https://www.thornbury-borough.gov.uk/">Home</a></li><li><a href="https://www.thornbury-borough.gov.uk/news">News</a></li></ol></nav>')}
<article class="localgov-news-article node node--type-localgov-news-article node--view-mode-full">
 {h1(p, 'class="lgd-page-title-block__title"')}
 {p.junk("date", '<div class="localgov-news-article__date"><span class="visually-hidden">Published</span> 18 November 2026</div>')}
 <div class="field field--name-body field--type-text-with-summary field--label-hidden field__item">
{p.body(style={"table": ('<div class="table-container"><table class="localgov-table">', '</table></div>')})}
 </div>
 {p.junk("related-links", '<div class="localgov-news-article__related"><h2>Related links</h2><ul><li><a href="https://www.thornbury-borough.gov.uk/bins-and-recycling/food-waste">Food waste collections</a></li><li><a href="https://www.thornbury-borough.gov.uk/bins-and-recycling/assisted-collections">Apply for an assisted bin collection</a></li><li><a href="https://democracy.thornbury-borough.gov.uk/ieListDocuments.aspx?CId=142&amp;MId=3318">Cabinet meeting, 17 November 2026</a></li></ul></div>')}
</article>
{p.junk("feedback", '<div class="localgov-page-feedback"><h2>Was this page helpful?</h2><a href="https://www.thornbury-borough.gov.uk/feedback?page=node/4812">Tell us what you think of this page</a></div>')}
</main>
<footer class="lgd-footer">
{p.junk("footer", '<div class="lgd-footer__content"><nav><ul><li><a href="https://www.thornbury-borough.gov.uk/accessibility-statement">Accessibility statement</a></li><li><a href="https://www.thornbury-borough.gov.uk/privacy-and-cookies">Privacy and cookies</a></li><li><a href="https://www.thornbury-borough.gov.uk/news/media-enquiries">Media enquiries</a></li></ul></nav><p>© Thornbury Borough Council, Civic Centre, Station Road</p></div>')}
</footer>
</div>
</body>
</html>"""


# ---------------------------------------------------------------- Squarespace blog


def squarespace_arts(p):
    """Community arts centre's blog on Squarespace 7.1: sqs-block layout, image block caption, newsletter block."""
    sqs_p = '<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content"><p class="" style="white-space:pre-wrap;">{}</p></div></div></div>'
    return f"""{p.head("Eastgate Arts Collective", '<!-- This is Squarespace. --><!-- eastgate-arts -->' + p.ld_json("Eastgate Arts Collective", kind="BlogPosting") + '<script>Static=window.Static||{};Static.SQUARESPACE_CONTEXT={"facebookAppId":"314192535267336","rollups":{},"website":{"id":"5f2c1e","identifier":"eastgate-arts","siteTitle":"Eastgate Arts Collective"},"collection":{"title":"News","typeName":"blog"}};</script><link rel="stylesheet" href="https://static1.squarespace.com/static/versioned-site-css/5f2c1e/12/site.css">')}
<body id="item-6512f0" class="header-overlay-alignment-center tweak-blog-item-width-medium tweak-blog-item-show-author-profile tweak-blog-item-delimiter-bullet primary-button-style-solid collection-type-blog-basic-grid view-item mobile-style-available sqs-seven-one">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header">
 {p.junk("logo", '<div class="header-title" data-animation-role="header-element"><div class="header-title-text"><a href="/">Eastgate Arts Collective</a></div></div>')}
 {p.junk("nav", '<div class="header-nav"><nav class="header-nav-list"><div class="header-nav-item header-nav-item--collection"><a href="/about">About</a></div><div class="header-nav-item header-nav-item--collection"><a href="/mural-trail">Mural Trail</a></div><div class="header-nav-item header-nav-item--collection"><a href="/classes">Classes</a></div><div class="header-nav-item header-nav-item--collection header-nav-item--active"><a href="/news" aria-current="page">News</a></div></nav></div>')}
 {p.junk("donate-button", '<div class="header-actions-action header-actions-action--cta"><a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/donate">Donate</a></div>')}
</header>
<main id="page" class="container" role="main">
<article class="sections" id="sections" data-page-sections="6512f1">
<section class="page-section" data-section-theme="white"><div class="content-wrapper"><div class="content">
<div class="blog-item-wrapper"><article class="entry h-entry hentry author-holly-brannagan post-type-text article-index-1 tag-murals category-news" data-item-id="6512f0">
<div class="blog-item-top-wrapper">
 {p.junk("byline", '<div class="blog-item-meta-wrapper"><div class="blog-meta-item blog-meta-item--date"><time class="dt-published date-highlight" datetime="2026-09-21">September 21, 2026</time></div><div class="blog-meta-item blog-meta-item--author"><a href="/news?author=5f2c1f" class="blog-author-name">Holly Brannagan</a></div></div>')}
 <div class="blog-item-title"><h1 class="entry-title entry-title-item p-name" data-content-field="title">{esc(p.a['title'])}</h1></div>
</div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content" data-content-field="main-content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="item" data-updated-on="1726927200000" id="item-6512f0"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
{p.junk("caption-credit", '<div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content"><figure class="sqs-block-image-figure intrinsic"><div class="image-block-wrapper" data-animation-role="image"><noscript><img src="https://images.squarespace-cdn.com/content/v1/5f2c1e/1726921/grain-elevator.jpg" alt=""></noscript><img class="thumb-image" data-src="https://images.squarespace-cdn.com/content/v1/5f2c1e/1726921/grain-elevator.jpg" data-image="https://images.squarespace-cdn.com/content/v1/5f2c1e/1726921/grain-elevator.jpg" data-image-dimensions="2500x1667" data-image-focal-point="0.5,0.5" alt="" data-load="false" src="data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==" srcset="https://images.squarespace-cdn.com/content/v1/5f2c1e/1726921/grain-elevator.jpg?format=750w 750w, https://images.squarespace-cdn.com/content/v1/5f2c1e/1726921/grain-elevator.jpg?format=1500w 1500w"></div><figcaption class="image-caption-wrapper"><div class="image-caption"><p>Sunny Okonkwo-Reyes at work on the grain elevator in August. Photo by Dev Ramaswamy.</p></div></figcaption></figure></div></div>')}
{p.body(style={"p": sqs_p}, inserts={
    4: [p.junk("read-also-inline", '<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content"><p class="" style="white-space:pre-wrap;"><em>Read about how the trail began:</em> <a href="/news/the-laundromat-wall"><em>The laundromat wall</em></a></p></div></div></div>')],
    6: [p.junk("event-promo", '<div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content"><div class="sqs-block-button-container sqs-block-button-container--center"><a href="https://www.eventbrite.com/e/eastgate-mural-trail-opening-day-tickets-98231477" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element" target="_blank">Reserve a spot on a guided walk</a></div></div></div>')],
})}
{p.junk("newsletter-promo", '<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content"><div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter"><form class="newsletter-form" data-form-id="6512f4"><header class="newsletter-form-header"><h2 class="newsletter-form-header-title">Stay in the loop</h2><div class="newsletter-form-header-description"><p>News about classes, open studios and the mural trail, once a month.</p></div></header><div class="newsletter-form-body"><label for="email-yui_3_17_2" class="newsletter-form-field-label title">Email Address</label><input class="newsletter-form-field-element field-element" name="email" type="email" autocomplete="email" placeholder="Email Address"></div><div class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button sqs-system-button sqs-editable-button-layout sqs-button-element--primary" type="submit" value="Sign Up"><span class="newsletter-form-spinner sqs-spin light large"></span><span class="newsletter-form-button-label">Sign Up</span></button></div><div class="newsletter-form-footnote"><p>We respect your privacy.</p></div></form></div></div></div>')}
</div></div></div>
</div></div>
<footer class="blog-item-footer">
 {p.junk("share-bar", '<div class="blog-item-meta-wrapper blog-item-share"><div class="blog-share"><span class="blog-share-label">Share</span> <a class="ss-social-button" href="' + share_href(p, "facebook") + '" target="_blank"><span class="ss-social-button-text">Facebook</span></a> <a class="ss-social-button" href="' + share_href(p, "x") + '" target="_blank"><span class="ss-social-button-text">Twitter</span></a> <a class="ss-social-button" href="' + share_href(p, "pinterest") + '" target="_blank"><span class="ss-social-button-text">Pinterest</span></a> <a class="ss-social-button" href="' + share_href(p, "linkedin") + '" target="_blank"><span class="ss-social-button-text">LinkedIn</span></a></div></div>')}
 {p.junk("tags", '<div class="blog-item-tags"><a href="/news/tag/murals" class="blog-item-tag">Murals</a> <a href="/news/tag/public+art" class="blog-item-tag">Public Art</a> <a href="/news/category/News" class="blog-item-category">News</a></div>')}
 {p.junk("author-bio", '<div class="blog-item-author-profile-wrapper"><a href="/news?author=5f2c1f" class="blog-item-author-profile-link"><div class="blog-item-author-name">Holly Brannagan</div></a><div class="blog-item-author-bio"><p>Holly is the collective’s programme director and has run the mural trail since the first wall.</p></div></div>')}
 {p.junk("pagination", '<nav class="item-pagination item-pagination--prev-next" data-collection-type="blog-basic-grid"><a class="item-pagination-link item-pagination-link--prev" href="/news/open-studios-weekend-2026"><div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">Open Studios weekend: 34 artists, 19 doors</h2></a><a class="item-pagination-link item-pagination-link--next" href="/news/autumn-classes-are-open"><div class="item-pagination-prev-next">Next</div><h2 class="item-pagination-title">Autumn classes are open for registration</h2></a></nav>')}
</footer>
</article></div>
</div></div></section>
</article>
</main>
<footer class="sections" id="footer-sections" data-footer-sections>
{p.junk("footer", '<section class="page-section"><div class="content"><p>Eastgate Arts Collective, 401 Fifth Street. Open Wednesday to Sunday, noon to 6 p.m.</p><p><a href="https://www.instagram.com/eastgatearts/">Instagram</a> <a href="https://www.facebook.com/eastgatearts">Facebook</a> <a href="mailto:hello@eastgatearts.org">hello@eastgatearts.org</a></p><p>Eastgate Arts Collective is a 501(c)(3) nonprofit organization.</p></div></section>')}
</footer>
<script defer src="https://assets.squarespace.com/universal/scripts-compressed/website-component-definition-4c9f1a-min.en-US.js"></script>
</body>
</html>"""


# ---------------------------------------------------------------- beehiiv newsletter, web edition


def beehiiv_newsletter(p):
    """A newsletter issue's web page on beehiiv: sponsor block, subscribe form, referral and poll blocks."""
    return f"""{p.head("Heat & Home", p.ld_json("Heat & Home", kind="Article") + '<meta name="generator" content="beehiiv"><script async src="https://www.googletagmanager.com/gtag/js?id=G-8F2K1T"></script><script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag("js",new Date());gtag("config","G-8F2K1T");</script>')}
<body class="bg-wt-background">
<div class="min-h-screen">
<nav class="w-full border-b">
 {p.junk("logo", '<a href="/" class="flex items-center"><img src="https://media.beehiiv.com/cdn-cgi/image/fit=scale-down,format=auto,onerror=redirect,quality=80/uploads/publication/logo/7c2e/heat-home.png" alt="Heat &amp; Home logo" class="h-8 w-8 rounded-wt"><span class="font-bold">Heat &amp; Home</span></a>')}
 {p.junk("nav", '<div class="flex space-x-4"><a href="/archive">Archive</a> <a href="/p/about">About</a> <a href="/login">Login</a> <a class="rounded-wt bg-wt-primary" href="/subscribe">Subscribe</a></div>')}
</nav>
<div class="mx-auto max-w-3xl">
 <div class="flex flex-col">
  {h1(p, 'class="text-wt-text-on-background text-3xl font-bold"')}
  {p.junk("dek", '<h2 class="text-wt-text-on-background text-lg">' + esc(p.a['dek']) + '</h2>')}
  {p.junk("byline", '<div class="flex items-center"><div class="flex -space-x-2"><img class="h-8 w-8 rounded-full" src="https://media.beehiiv.com/uploads/user/profile_picture/jonah.jpg" alt="Author"></div><div><p class="text-sm font-medium">Jonah Feld</p><p class="text-xs"><time datetime="2026-11-05">November 05, 2026</time></p></div></div>')}
  {p.junk("share-bar", '<div class="flex space-x-2"><a href="' + share_href(p, "facebook") + '" target="_blank" rel="noopener noreferrer">Share on Facebook</a> <a href="' + share_href(p, "x") + '" target="_blank" rel="noopener noreferrer">Share on X</a> <a href="' + share_href(p, "linkedin") + '" target="_blank" rel="noopener noreferrer">Share on LinkedIn</a> <button type="button">Copy link</button></div>')}
 </div>
 <div id="content-blocks" class="rendered-post">
{p.junk("sponsor-block", '<div style="padding:14px 0;"><div class="sponsor"><p style="font-size:11px;text-transform:uppercase;">Together with Ridgeline Insulation</p><p>Before you buy a heat pump, seal the leaks. <b>Ridgeline</b> does a free blower-door test for readers in the metro area. <a href="https://ridgelineinsulation.com/heat-home?utm_source=heatandhome.news&amp;utm_medium=newsletter&amp;utm_campaign=issue-84" target="_blank" rel="noopener noreferrer nofollow">Book your test</a></p></div></div>')}
{p.body(style={"p": '<div style="padding-bottom:12px;padding-left:0px;padding-right:0px;padding-top:12px;"><p style="text-align:left;">{}</p></div>',
               "h": '<div style="padding-top:18px;"><h2 class="heading" style="text-align:left;" id="{}">{}</h2></div>'.replace('id="{}">', '>'),
               "ul": ('<div style="padding-left:20px;"><ul>', '<li><p>{}</p></li>', '</ul></div>'),
               "ol": ('<div style="padding-left:20px;"><ol start="1">', '<li><p>{}</p></li>', '</ol></div>')}, inserts={
    -1: [p.junk("poll", '<div class="poll"><p><b>Are you planning to apply?</b></p><a href="https://www.heatandhome.news/polls/8f1c2e?choice=yes">Yes, this winter</a> <a href="https://www.heatandhome.news/polls/8f1c2e?choice=later">Maybe next year</a> <a href="https://www.heatandhome.news/polls/8f1c2e?choice=no">No</a><p>Login or Subscribe to participate in polls.</p></div>')],
})}
{p.junk("referral-promo", '<div class="referral"><p><b>Share Heat &amp; Home</b></p><p>You currently have 0 referrals, only 3 away from receiving the Heat &amp; Home winter checklist.</p><a href="https://www.heatandhome.news/subscribe?ref=PLACEHOLDER">Click to Share</a></div>')}
 </div>
 {p.junk("subscribe-widget", '<div class="mt-10 rounded-wt border"><h3 class="text-xl font-bold">Keep reading Heat &amp; Home</h3><p>Weekly news on heating your home without burning fossil fuels.</p><form action="https://www.heatandhome.news/create_subscription" method="post"><input type="email" name="email" placeholder="Enter your email"><button type="submit">Subscribe</button></form></div>')}
 {p.junk("related-box", '<div class="mt-10"><h3>Keep Reading</h3><a href="https://www.heatandhome.news/p/issue-83-what-your-gas-bill-is-not-telling-you"><p>Issue 83: What your gas bill is not telling you</p></a><a href="https://www.heatandhome.news/p/issue-82-induction-stoves-tested"><p>Issue 82: We tested five induction stoves</p></a></div>')}
</div>
<footer class="w-full">
{p.junk("footer", '<div><p>© 2026 Heat &amp; Home.</p><a href="/privacy">Privacy Policy</a> <a href="/tos">Terms of Use</a> <a href="https://www.beehiiv.com/?utm_source=Heat+%26+Home&amp;utm_medium=footer">Powered by beehiiv</a></div>')}
</footer>
</div>
</body>
</html>"""


# ---------------------------------------------------------------- podcast episode page with transcript


def podcast_transcript(p):
    """Podcast episode page of a public-radio show: audio player, platform links, episode notes, full transcript."""
    return f"""{p.head("Small Town Hours", p.ld_json("Small Town Hours", kind="PodcastEpisode") + '<link rel="alternate" type="application/rss+xml" title="Small Town Hours" href="https://feeds.megaphone.fm/smalltownhours">')}
<body class="episode-page">
<header class="site-header">
 {p.junk("logo", '<a class="show-logo" href="https://www.smalltownhours.fm/">Small Town Hours</a>')}
 {p.junk("nav", '<nav><a href="https://www.smalltownhours.fm/episodes/">Episodes</a> <a href="https://www.smalltownhours.fm/about/">About</a> <a href="https://www.smalltownhours.fm/support/">Support the show</a></nav>')}
</header>
<main class="episode">
 {p.junk("episode-label", '<p class="episode-number">Episode 212 · October 14, 2026 · 24 min</p>')}
 {h1(p, 'class="episode-title"')}
 {p.junk("audio-player", '<div class="audio-player" data-audio-src="https://traffic.megaphone.fm/STH8172612447.mp3?updated=1760421600"><audio preload="none" src="https://traffic.megaphone.fm/STH8172612447.mp3"></audio><button class="play">Play episode</button><span class="time">0:00 / 24:13</span><button class="speed">1x</button><a href="https://traffic.megaphone.fm/STH8172612447.mp3" download>Download</a></div>')}
 {p.junk("subscribe-links", '<ul class="listen-on"><li><a href="https://podcasts.apple.com/us/podcast/small-town-hours/id1582291734?i=1000672001">Apple Podcasts</a></li><li><a href="https://open.spotify.com/show/4s9KHn2Tp0mWcl1vH0ZkXe">Spotify</a></li><li><a href="https://pocketcasts.com/podcast/small-town-hours/7c1f2b">Pocket Casts</a></li><li><a href="https://feeds.megaphone.fm/smalltownhours">RSS</a></li></ul>')}
 {p.junk("episode-notes", '<div class="episode-notes"><p>The courthouse clock in Marlow stopped in March. The man who has wound it for 28 years explains what went wrong and how it will be fixed.</p><p>Guest: Gil Haverford, volunteer clock keeper. Host: Priya Castellane. Produced by Owen Teague.</p></div>')}
 <section class="transcript" id="transcript">
 {p.junk("transcript-label", '<h2>Transcript</h2><p class="transcript-note">This transcript was edited for length and clarity.</p>')}
{p.body()}
 </section>
 {p.junk("support-promo", '<div class="support"><p>Small Town Hours is made by listeners like you.</p><a href="https://www.smalltownhours.fm/support/?utm_source=episode-page">Become a member</a></div>')}
</main>
<footer>
{p.junk("footer", '<p>Small Town Hours is a production of Valley Public Media. © 2026</p>')}
</footer>
</body>
</html>"""


# ---------------------------------------------------------------- Condé Nast-like magazine Q&A


def qa_magazine(p):
    """Science and tech magazine Q&A on a Condé Nast-like platform (Verso): BodyWrapper, ContentHeader classes."""
    return f"""{p.head("Circuitry", p.ld_json("Circuitry", section="Science") + '<script>window.__PRELOADED_STATE__={"transformed":{"article":{"headerProps":{"dangerousHed":"The engineer who taught a bridge to report its own cracks"},"interactiveOverride":null}},"coreDataLayer":{"content":{"contentType":"article","functionalTags":"qa"}}};</script>')}
<body>
<div id="app-root">
{p.junk("skip-link", '<a class="SkipLink-cOsaKT" href="#main-content">Skip to main content</a>')}
<header class="StackedNavigationWrapper-bFftAs">
 {p.junk("logo", '<a class="SiteHeaderLogo-fLnSbI" href="/"><span>Circuitry</span></a>')}
 {p.junk("nav", '<nav class="NavigationWrapper-bFftAs"><a class="NavigationLink-dhqBvn" href="/category/science/">Science</a> <a class="NavigationLink-dhqBvn" href="/category/security/">Security</a> <a class="NavigationLink-dhqBvn" href="/category/gear/">Gear</a> <a class="NavigationLink-dhqBvn" href="/category/culture/">Culture</a> <a class="NavigationLink-dhqBvn" href="/newsletters/">Newsletters</a> <a class="NavigationLink-dhqBvn" href="https://subscribe.circuitry.com/subscribe/circuitry/124815?source=HCL_CIR_NAV">Subscribe</a></nav>')}
</header>
<main id="main-content">
<article class="article main-content" lang="en-US">
<header class="ContentHeaderWrapper-bJHfDo">
 {p.junk("section-label", '<div class="RubricWrapper-dKmCNX rubric"><a class="RubricLink-hlKEOw" href="/category/science/"><span class="RubricName-fVtemz">Science</span></a></div>')}
 {h1(p, 'data-testid="ContentHeaderHed" class="BaseWrap-sc-gjQpdd BaseText-ewhhUZ SplitScreenContentHeaderHed-lcUSuI"')}
 {p.junk("dek", '<div class="ContentHeaderDek-bIqFFZ">' + esc(p.a['dek']) + '</div>')}
 {p.junk("byline", '<div class="ContentHeaderByline-gwbOtj"><span class="BylinePreamble-iJolpQ">Interview by </span><span itemprop="author" itemtype="http://schema.org/Person"><a class="BylineLink-gEnFiw" href="/contributor/leah-montrose/">Leah Montrose</a></span></div><time data-testid="ContentHeaderPublishDate" datetime="2026-11-02T07:00:00.000-05:00" class="ContentHeaderPublishDate-eIBicG">Nov 2, 2026 7:00 AM</time>')}
 {p.junk("caption-credit", '<figure class="ContentHeaderLeadAsset-eCXoNP"><picture class="ResponsiveImagePicture-cWuUZO"><source media="(max-width: 767px)" srcset="https://media.circuitry.com/photos/6541/1:1/w_640,c_limit/bridge-sensor.jpg 640w"><img alt="Engineer clamps a sensor to a bridge girder" class="ResponsiveImageContainer-eybHBd" src="https://media.circuitry.com/photos/6541/master/w_1600,c_limit/bridge-sensor.jpg"></picture><figcaption class="CaptionWrapper-jSNEkn"><span class="CaptionText-bXCtpJ">Achebe-Lund fits an acoustic sensor to a girder.</span><span class="CaptionCredit-ejegJX">Photograph: Theo Vasquez</span></figcaption></figure>')}
</header>
<div class="ArticlePageChunks-jSGPcS">
<div class="BodyWrapper-kufPGa body body__container article__body" data-journey-hook="client-content" data-testid="BodyWrapper">
<div class="body__inner-container">
{p.body(inserts={
    5: [p.junk("ad-label", '<div class="ConsumerMarketingUnitThemedWrapper-iGjvuA"><div class="AdWrapper-dQtivb ad ad--in-content" data-node-id="dd1a7b"><div class="ad__slot ad__slot--in-content"></div><div class="ad-label">Advertisement</div></div></div>')],
    11: [p.junk("newsletter-promo", '<div class="CalloutWrapper-cMirNH callout--newsletter"><p>Sign up for the <a href="https://www.circuitry.com/newsletter/science?sourceCode=BottomStories">Circuitry Science newsletter</a> and get our best stories on research and engineering every Friday.</p></div>')],
})}
</div>
</div>
{p.junk("tags", '<div class="TagCloudWrapper-dRQnSF"><span class="TagCloudName-hzGhAo">More Great Circuitry Stories</span> <a class="TagCloudLink-hEJkVB" href="/tag/infrastructure/">infrastructure</a> <a class="TagCloudLink-hEJkVB" href="/tag/sensors/">sensors</a> <a class="TagCloudLink-hEJkVB" href="/tag/bridges/">bridges</a></div>')}
{p.junk("related-box", '<div class="SummaryCollectionGridWrapper-ZVVmN" data-testid="SummaryCollectionGrid"><h2>You Might Also Like</h2><ul><li><a href="/story/why-americas-dams-are-running-out-of-time/">Why America’s dams are running out of time</a></li><li><a href="/story/the-robot-that-inspects-sewer-pipes/">The robot that crawls through 400 miles of sewer pipe</a></li><li><a href="/story/concrete-that-heals-itself/">Concrete that heals itself is finally leaving the lab</a></li></ul></div>')}
</div>
</article>
</main>
{p.junk("paywall-prompt", '<div class="PaywallBarWrapper-bYkMoP" data-testid="paywall-bar"><p>You are reading your last free article. <a href="https://subscribe.circuitry.com/subscribe/circuitry/124815?source=PAYWALLBAR">Subscribe for $2.50 $1 per month</a> <a href="/account/sign-in">Sign in</a></p></div>')}
<footer class="SiteFooterWrapper-fHDXlB">
{p.junk("footer", '<p>© 2026 Circuitry Media LLC. All rights reserved. Use of this site constitutes acceptance of our <a href="/user-agreement/">User Agreement</a> and <a href="/privacy-policy/">Privacy Policy and Cookie Statement</a>. Circuitry may earn a portion of sales from products that are purchased through our site as part of our Affiliate Partnerships with retailers.</p><a href="/privacy-policy/#cookies">Your Privacy Choices</a>')}
</footer>
</div>
</body>
</html>"""


# ---------------------------------------------------------------- sports league site


def sports_league(p):
    """A professional women's rugby league's official site: fixtures ticker, partner bar, video, app promo."""
    return f"""{p.head("Premier Women's Rugby", p.ld_json("Premier Women's Rugby", section="League News") + '<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"article":{"slug":"halifax-ninth-club-2028","category":"League News","readTime":3}}},"page":"/news/[slug]","buildId":"pwr-4f1a"}</script>')}
<body>
<div id="__next">
{p.junk("fixtures-ticker", '<div class="ScoresTicker_ticker__Q2x1"><div class="ScoresTicker_item__aa"><span>FINAL</span> <span>Ottawa Ravens 31</span> <span>Calgary Peaks 12</span></div><div class="ScoresTicker_item__aa"><span>FINAL</span> <span>Vancouver Tidal 24</span> <span>Montreal Lynx 27</span></div><a href="https://www.pwrugby.ca/fixtures-results">All results</a></div>')}
<header class="Header_header__x7Tn2">
 {p.junk("logo", '<a class="Header_logo__m2" href="/" aria-label="Premier Women’s Rugby home">PWR</a>')}
 {p.junk("nav", '<nav class="Header_nav__q7"><a href="/news">News</a> <a href="/fixtures-results">Fixtures &amp; Results</a> <a href="/standings">Standings</a> <a href="/clubs">Clubs</a> <a href="/stats">Stats</a> <a href="/watch">Watch</a> <a href="https://tickets.pwrugby.ca/">Tickets</a> <a href="https://shop.pwrugby.ca/">Shop</a></nav>')}
</header>
{p.junk("sponsor-bar", '<div class="PartnerBar_bar__b1"><span>Official partners</span> <a href="https://www.northernmutual.ca/?utm_source=pwr&amp;utm_medium=partnerbar">Northern Mutual</a> <a href="https://www.cascadeair.ca/?utm_source=pwr">Cascade Air</a> <a href="https://www.trailforge.com/?utm_source=pwr">Trailforge</a></div>')}
<main class="Article_article__1kP">
 {p.junk("section-label", '<a class="Article_category__z" href="/news?category=league-news">League News</a>')}
 {h1(p, 'class="Article_title__g2"')}
 {p.junk("byline", '<div class="Article_meta__r8"><span>PWR Media</span> <time datetime="2026-11-10">10 November 2026</time> <span>3 min read</span></div>')}
 {p.junk("video-caption", '<div class="VideoPlayer_wrapper__d"><div class="brightcove-player" data-video-id="6364819271112" data-account="6210284" data-player="default"></div><p class="VideoPlayer_title__k">Watch: Morag Fennimore on bringing pro rugby to Halifax</p></div>')}
 <div class="RichText_richText__9Jm">
{p.body(inserts={
    3: [p.junk("read-also-inline", '<p class="RichText_related"><strong>READ MORE:</strong> <a href="https://www.pwrugby.ca/news/expansion-process-four-cities-bid">Four cities submit bids as league opens expansion process</a></p>')],
    6: [p.junk("ticket-promo", '<div class="InlinePromo_promo__t"><h3>2027 season tickets</h3><p>Lock in your seat for the new season. Members save 15%.</p><a href="https://tickets.pwrugby.ca/season-2027?utm_source=article&amp;utm_campaign=halifax">Get season tickets</a></div>')],
})}
 </div>
 {p.junk("share-bar", '<div class="ShareBar_bar__s"><span>Share</span>' + share_links(p, [("facebook", "Facebook"), ("x", "X"), ("whatsapp", "WhatsApp")], ' <a href="{href}" aria-label="Share on {label}">{label}</a>') + ' <button>Copy link</button></div>')}
 {p.junk("related-box", '<section class="RelatedArticles_related__p"><h2>Latest news</h2><ul><li><a href="https://www.pwrugby.ca/news/awards-night-2026-winners">Awards night: every winner from the 2026 season</a></li><li><a href="https://www.pwrugby.ca/news/ottawa-ravens-retain-title">Ottawa Ravens retain title with late try in the final</a></li><li><a href="https://www.pwrugby.ca/news/players-association-agreement-signed">League and players sign first collective agreement</a></li></ul></section>')}
 {p.junk("app-promo", '<div class="AppPromo_promo__w"><p>Live scores, highlights and alerts in the official PWR app.</p><a href="https://apps.apple.com/ca/app/premier-womens-rugby/id6450231817">Download on the App Store</a> <a href="https://play.google.com/store/apps/details?id=ca.pwrugby.app">Get it on Google Play</a></div>')}
</main>
<footer class="Footer_footer__h">
{p.junk("footer", '<div><a href="https://www.instagram.com/pwrugby/">Instagram</a> <a href="https://www.tiktok.com/@pwrugby">TikTok</a> <a href="https://www.youtube.com/@pwrugby">YouTube</a> <a href="https://x.com/pwrugby">X</a></div><p><a href="/privacy">Privacy Policy</a> <a href="/terms">Terms of Use</a> <a href="/contact">Contact</a></p><p>© 2026 Premier Women’s Rugby</p>')}
</footer>
</div>
</body>
</html>"""


# ---------------------------------------------------------------- obituary on a Legacy-like platform


def legacy_obituary(p):
    """Obituary on a Legacy.com-like platform embedded in a local paper: guest book, flowers, funeral home."""
    return f"""{p.head("Linden Falls Herald Obituaries", p.ld_json("Linden Falls Herald", kind="Article") + '<script>window.__INITIAL_STATE__={"obituary":{"id":221840913,"personName":"Evelyn Marguerite Stroud","fhName":"Pruitt-Hale Funeral Home","guestbookEntries":47}};</script>')}
<body class="obit-detail-page">
{p.junk("partner-header", '<div class="AffiliateHeader"><a href="https://www.lindenfallsherald.com/">Linden Falls Herald</a> <a href="https://obits.lindenfallsherald.com/us/obituaries/lindenfallsherald/browse">Obituaries</a> <a href="https://obits.lindenfallsherald.com/obituaries/lindenfallsherald/place-an-obituary">Place an Obituary</a></div>')}
<main data-component="ObituaryDetail">
 {p.junk("breadcrumb", '<nav aria-label="breadcrumb"><a href="https://obits.lindenfallsherald.com/us/obituaries/lindenfallsherald/browse">Linden Falls Herald</a> &gt; <a href="https://obits.lindenfallsherald.com/us/obituaries/lindenfallsherald/name/stroud">S</a> &gt; <span>Evelyn Stroud</span></nav>')}
 <div data-component="ObituaryHeader">
  {p.junk("caption-credit", '<div data-component="ObituaryPhoto"><img src="https://cache.legacy.net/legacy/images/cobrands/lindenfallsherald/photos/stroud-evelyn_221840913.jpg" alt="Evelyn Stroud Obituary"></div>')}
  {h1(p, 'data-component="NameHeadingText"')}
  {p.junk("life-dates", '<p data-component="ObituaryDates">June 4, 1931 - November 12, 2026</p><p data-component="ObituaryLocation">Linden Falls</p>')}
  {p.junk("share-bar", '<div data-component="ShareButtons">' + share_links(p, [("facebook", "Share on Facebook"), ("x", "Share on X"), ("email", "Email")], '<a href="{href}">{label}</a> ') + '</div>')}
 </div>
 <div data-component="ObituaryParagraph" class="ObituaryText">
{p.body()}
 </div>
 {p.junk("publication-line", '<p data-component="PublishedBy">Published by Linden Falls Herald on Nov. 16, 2026.</p>')}
 {p.junk("flowers-promo", '<div data-component="SympathyFlowersWidget"><h2>Send flowers</h2><p>Send a sympathy arrangement to the family of Evelyn Stroud.</p><a href="https://sympathy.legacy.com/en-us/funeral-flowers/name/evelyn-stroud-funeral-flowers/p221840913/?affiliateId=1802&amp;pmcatId=7">Shop flowers</a></div>')}
 {p.junk("funeral-home", '<div data-component="FuneralHomeCard"><h2>Arrangements under the direction of:</h2><p>Pruitt-Hale Funeral Home</p><p>210 Church Street, Linden Falls</p><a href="https://www.pruitthalefh.com/obituaries/evelyn-stroud">Visit Funeral Home website</a></div>')}
 {p.junk("guestbook", '<section data-component="GuestbookSection"><h2>Sign the Guest Book</h2><p>47 Entries</p><div class="GuestbookEntry"><p>Mrs. Stroud let me hold a chick the day it hatched in 1978. I am a veterinarian today. Thank you.</p><p>Dana Keller, Student</p><p>November 15, 2026</p></div><div class="GuestbookEntry"><p>With deepest sympathy to Carol and Tom and the whole family.</p><p>The Mercer Family</p><p>November 14, 2026</p></div><a href="https://obits.lindenfallsherald.com/us/obituaries/lindenfallsherald/name/evelyn-stroud-obituary?id=221840913#guestbook">View all entries</a><button>Sign Guest Book</button></section>')}
 {p.junk("related-box", '<section data-component="RecentObituaries"><h2>Other Obituaries from Linden Falls Herald</h2><ul><li><a href="https://obits.lindenfallsherald.com/us/obituaries/lindenfallsherald/name/harold-becker-obituary?id=221839877">Harold Becker</a></li><li><a href="https://obits.lindenfallsherald.com/us/obituaries/lindenfallsherald/name/lucille-ormond-obituary?id=221836101">Lucille Ormond</a></li></ul></section>')}
 {p.junk("ad-label", '<div class="AdSlot" data-ad-position="right1"><span>Advertisement</span></div>')}
</main>
<footer>
{p.junk("footer", '<p>© 2026 Legacy.com. All rights reserved.</p><p><a href="https://www.legacy.com/about/privacy-policy">Privacy Policy</a> <a href="https://www.legacy.com/about/terms-of-use">Terms of Use</a> <a href="https://www.legacy.com/about/privacy-policy#ccpa">Do Not Sell My Personal Information</a></p>')}
</footer>
</body>
</html>"""


# ---------------------------------------------------------------- Yahoo-like aggregator carrying a partner story


def yahoo_syndication(p):
    """Portal that carries partner stories (Yahoo News-like): caas-body, partner logo, "Story continues", feed."""
    return f"""{p.head("Yonder News", p.ld_json("Yonder News", section="US") + '<script>window.YAHOO=window.YAHOO||{};YAHOO.context={"site":"news","lang":"en-US","region":"US","device":"desktop"};</script><script async src="https://s.yimg.example/aaq/benji/benji-2.1.96.js"></script>')}
<body class="caas-news">
{p.junk("consent-banner", '<div id="consent-page" class="con-wizard" style="display:none"><p>Yonder is part of the Yonder family of brands. When you use our sites and apps, we use cookies to provide our sites and apps to you. <a href="https://legal.yonder.com/us/en/yonder/privacy/index.html">Privacy Policy</a></p><button name="agree">Accept all</button><button name="reject">Reject all</button></div>')}
<header id="ybar">
 {p.junk("logo", '<a id="ybar-logo" href="https://news.yonder.com/">Yonder News</a>')}
 {p.junk("nav", '<nav><a href="https://news.yonder.com/us/">US</a> <a href="https://news.yonder.com/politics/">Politics</a> <a href="https://news.yonder.com/world/">World</a> <a href="https://news.yonder.com/weather/">Weather</a> <a href="https://www.yonder.com/mail">Mail</a> <a href="https://login.yonder.com/?.done=' + p.url + '">Sign in</a></nav>')}
</header>
<div id="module-article" class="caas-container">
<article class="caas-content-wrapper">
 {p.junk("partner-logo", '<div class="caas-logo"><a href="https://www.millbrookcourier.com/" target="_blank" rel="nofollow noopener"><img src="https://s.yimg.example/ny/api/res/1.2/millbrook_courier_logo.png" alt="Millbrook Courier"></a></div>')}
 <header class="caas-title-wrapper">{h1(p, 'data-test-locator="headline"')}</header>
 {p.junk("byline", '<div class="caas-attr"><div class="caas-attr-meta"><span class="caas-author-byline-collapse">Corinne Batley</span> <span class="caas-attr-time-style"><time class="" datetime="2026-11-19T06:00:00.000Z">Thu, November 19, 2026 at 1:00 AM EST</time></span> <span class="caas-attr-mins-read">2 min read</span></div></div>')}
 {p.junk("share-bar", '<div class="caas-share-buttons">' + share_links(p, [("facebook", "Share on Facebook"), ("x", "Share on X"), ("email", "Email")], '<a class="caas-share-button" href="{href}" rel="noopener noreferrer" target="_blank">{label}</a> ') + '</div>')}
 {p.junk("caption-credit", '<figure class="caas-figure"><div class="caas-img-container"><img class="caas-img caas-lazy" data-src="https://s.yimg.example/ny/api/res/1.2/tolsey-flood/YXBwaWQ9aGlnaGxhbmRlcjt3PTk2MA--/https://media.zenfs.example/en/millbrook_courier_articles/tolsey.jpg" alt=""><noscript><img class="caas-img" src="https://s.yimg.example/ny/api/res/1.2/tolsey-flood.jpg" alt=""></noscript></div><figcaption class="caption-collapse">Floodwater covers Water Street in Millbrook on Wednesday. (Photo: Ken Aldous/Millbrook Courier)</figcaption></figure>')}
 <div class="caas-body">
{p.body(inserts={
    4: [p.junk("ad-label", '<div class="caas-da" data-wf-beacons="" id="sda-INARTICLE"><div class="ad-label">Advertisement</div></div>')],
    5: [p.junk("continue-label", '<div class="caas-readmore caas-readmore-collapse"><button class="link caas-button collapse-button" aria-label="Story continues">Story continues</button></div>')],
    0: [p.junk("source-line", '<p><em>This article originally appeared on Millbrook Courier: <a href="https://www.millbrookcourier.com/story/news/local/2026/11/19/tolsey-river-flooding-evacuation/77581023/">Heavy rain forces evacuation of 300 homes along the Tolsey River</a></em></p>')],
})}
 </div>
 {p.junk("feedback", '<div class="caas-reactions"><p>What did you think of this story?</p><button>Helpful</button><button>Not helpful</button></div>')}
 {p.junk("comment-count", '<div class="caas-comments"><a href="' + p.url + '#comments">View comments (126)</a></div>')}
</article>
</div>
<aside id="module-stream">
 {p.junk("recommended", '<div class="stream-items"><h2>Trending</h2><ul><li><a href="https://news.yonder.com/storm-knocks-out-power-ohio-valley-113001874.html">Storm knocks out power to 200,000 in Ohio Valley</a></li><li><a href="https://news.yonder.com/levee-inspections-behind-schedule-report-094512233.html">Levee inspections are years behind, report says</a></li><li><a href="https://news.yonder.com/weather/winter-outlook-2027-150002911.html">Winter outlook: wetter than normal in the East</a></li></ul></div>')}
 {p.junk("sponsored", '<div class="ntk-ad"><span>Ad</span><a href="https://www.floodshield.example/quote?utm_source=yonder&amp;utm_medium=native">Homeowners: is your home covered for flooding? Compare quotes in 2 minutes</a><span>FloodShield</span></div>')}
</aside>
<footer id="footer">
{p.junk("footer", '<a href="https://legal.yonder.com/us/en/yonder/terms/otos/index.html">Terms</a> <a href="https://legal.yonder.com/us/en/yonder/privacy/index.html">Privacy</a> <a href="https://legal.yonder.com/us/en/yonder/privacy/adinfo/index.html">Privacy Dashboard</a> <a href="https://news.yonder.com/about">About Our Ads</a>')}
</footer>
</body>
</html>"""


# ---------------------------------------------------------------- LinkedIn article


def linkedin_article(p):
    """A LinkedIn article (Pulse) as a logged-out reader sees it: author card, reactions, comments, more articles."""
    return f"""{p.head("LinkedIn", p.ld_json("LinkedIn", kind="Article") + '<meta name="litmsProfileName" content="PulsePublicArticle"><code style="display: none" id="__pageContext__"><!--{"pageKey":"d_flagship3_pulse_read","lix":{}}--></code>')}
<body class="pulse-published">
{p.junk("login", '<header class="public-header"><a class="nav__logo-link" href="https://www.linkedin.com/?trk=article-ssr-frontend-pulse_nav-header-logo">LinkedIn</a><nav class="nav__menu"><a href="https://www.linkedin.com/pulse/topics/home/?trk=article-ssr-frontend-pulse_guest_nav_menu_articles">Articles</a> <a href="https://www.linkedin.com/pub/dir/+/+?trk=article-ssr-frontend-pulse_guest_nav_menu_people">People</a> <a href="https://www.linkedin.com/learning/search?trk=article-ssr-frontend-pulse_guest_nav_menu_learning">Learning</a> <a href="https://www.linkedin.com/jobs/search?trk=article-ssr-frontend-pulse_guest_nav_menu_jobs">Jobs</a></nav><a class="nav__button-tertiary" href="https://www.linkedin.com/signup/cold-join?session_redirect=' + p.url + '&amp;trk=article-ssr-frontend-pulse_nav-header-join">Join now</a> <a class="nav__button-secondary" href="https://www.linkedin.com/login?session_redirect=' + p.url + '&amp;trk=article-ssr-frontend-pulse_nav-header-signin">Sign in</a></header>')}
<main class="main papabear">
<section class="core-rail">
 {p.junk("caption-credit", '<div class="cover-img"><img class="cover-img__image" data-delayed-url="https://media.licdn.com/dms/image/v2/D4E12AQH/article-cover_image-shrink_720_1280/warehouse-team.jpg" alt="" src="data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw=="></div>')}
 {h1(p, 'class="pulse-title"')}
 {p.junk("author-card", '<div class="publisher-author-card"><a href="https://uk.linkedin.com/in/beatriz-olumide-hart?trk=article-ssr-frontend-pulse_publisher-author-card" class="base-card__full-link">Beatriz Olumide-Hart</a><h3 class="base-main-card__title">Beatriz Olumide-Hart</h3><h4 class="base-main-card__subtitle">Operations Director at Fenwick &amp; Rowe Logistics</h4><div class="base-main-card__metadata"><span class="base-main-card__metadata-item">Published Oct 7, 2026</span></div><a class="public-post-author-card__follow-cta" href="https://www.linkedin.com/login?trk=article-ssr-frontend-pulse_publisher-author-card">+ Follow</a></div>')}
 <div class="article-main__content" data-test-id="article-content-blocks">
{p.body(style={"p": '<p>{}</p>'})}
 </div>
 {p.junk("reactions", '<div class="social-action-bar"><div class="social-details-social-counts"><span data-test-id="social-actions__reaction-count">1,184</span> <a href="https://www.linkedin.com/login?trk=article-ssr-frontend-pulse_x-social-details_comments">212 Comments</a></div><a href="https://www.linkedin.com/signup/cold-join?trk=article-ssr-frontend-pulse_x-social-details_like-toggle_like-cta">Like</a> <a href="https://www.linkedin.com/signup/cold-join?trk=article-ssr-frontend-pulse_comment-cta">Comment</a> <button>Share</button></div>')}
 {p.junk("comments", '<section class="comments"><article class="comment"><a href="https://www.linkedin.com/in/tomasz-wrobel-ops?trk=article-ssr-frontend-pulse_x-social-details_comments-action_comment_actor-name">Tomasz Wróbel</a><p class="comment__text">Really useful to see the injury numbers too, most posts on this only show the good part.</p><span>4w</span></article><a href="https://www.linkedin.com/signup/cold-join?trk=article-ssr-frontend-pulse_x-social-details_comments_comment-see-more">See more comments</a><p>To view or add a comment, <a href="https://www.linkedin.com/signup/cold-join?trk=article-ssr-frontend-pulse_x-social-details_feed-cta-banner-cta">sign in</a></p></section>')}
 {p.junk("related-box", '<section class="more-articles"><h2>More articles by Beatriz Olumide-Hart</h2><ul><li><a href="https://www.linkedin.com/pulse/why-we-stopped-measuring-pick-rates-beatriz-olumide-hart-8c2kf">Why we stopped measuring pick rates per person</a> <span>Mar 3, 2026</span></li><li><a href="https://www.linkedin.com/pulse/four-day-week-six-months-beatriz-olumide-hart-3ldqe">Four-day week: six months in</a> <span>Apr 14, 2026</span></li></ul><a href="https://www.linkedin.com/in/beatriz-olumide-hart/recent-activity/articles/">See all articles</a></section>')}
</section>
<aside class="right-rail">
 {p.junk("recommended", '<section class="right-rail__explore"><h2>Explore topics</h2><ul><li><a href="https://www.linkedin.com/pulse/topics/sales-s5/">Sales</a></li><li><a href="https://www.linkedin.com/pulse/topics/marketing-s2461/">Marketing</a></li><li><a href="https://www.linkedin.com/pulse/topics/it-services-s57547/">IT Services</a></li><li><a href="https://www.linkedin.com/pulse/topics/business-administration-s50111/">Business Administration</a></li></ul></section>')}
 {p.junk("signup-promo", '<section class="sign-in-modal"><h2>Sign in to view more content</h2><p>Create your free account or sign in to continue your search</p><a href="https://www.linkedin.com/login?trk=article-ssr-frontend-pulse_sign-in-modal">Sign in</a> <a href="https://www.linkedin.com/signup/cold-join?trk=article-ssr-frontend-pulse_sign-in-modal">Join now</a></section>')}
</aside>
</main>
<footer class="li-footer">
{p.junk("footer", '<span>LinkedIn © 2026</span> <a href="https://about.linkedin.com?trk=d_checkpoint_lg_consumerLogin_ft_about">About</a> <a href="https://www.linkedin.com/accessibility?trk=article-ssr-frontend-pulse_footer-accessibility">Accessibility</a> <a href="https://www.linkedin.com/legal/user-agreement?trk=article-ssr-frontend-pulse_footer-user-agreement">User Agreement</a> <a href="https://www.linkedin.com/legal/privacy-policy?trk=article-ssr-frontend-pulse_footer-privacy-policy">Privacy Policy</a> <a href="https://www.linkedin.com/legal/cookie-policy?trk=article-ssr-frontend-pulse_footer-cookie-policy">Cookie Policy</a> <a href="https://www.linkedin.com/legal/copyright-policy?trk=article-ssr-frontend-pulse_footer-copyright-policy">Copyright Policy</a>')}
</footer>
</body>
</html>"""


# ---------------------------------------------------------------- student newspaper on SNO Sites


def sno_student_paper(p):
    """University student newspaper on SNO Sites (School Newspapers Online, WordPress): sno-story classes."""
    return f"""{p.head("The Ridgewood Post", p.ld_json("The Ridgewood Post", section="News") + '<link rel="stylesheet" id="sno-flex-css" href="https://www.theridgewoodpost.com/wp-content/themes/snoflex/style.css?ver=9.1" media="all"><script src="https://www.theridgewoodpost.com/wp-includes/js/jquery/jquery.min.js?ver=3.7.1"></script>')}
<body class="post-template-default single single-post postid-88214 single-format-standard">
{p.junk("header-links", '<div id="sno-header-top"><span class="sno-header-date">Monday, December 7, 2026</span> <a href="https://www.theridgewoodpost.com/donate/">Donate</a> <a href="https://www.theridgewoodpost.com/subscribe/">Subscribe</a></div>')}
<header id="sno-header">
 {p.junk("logo", '<div class="sno-header-wrap"><a href="https://www.theridgewoodpost.com/"><span class="sno-site-title">The Ridgewood Post</span><span class="sno-site-tagline">The student newspaper of Ridgewood State University since 1921</span></a></div>')}
 {p.junk("nav", '<nav id="sno-main-nav"><ul class="sno-menu"><li><a href="https://www.theridgewoodpost.com/category/news/">News</a></li><li><a href="https://www.theridgewoodpost.com/category/sports/">Sports</a></li><li><a href="https://www.theridgewoodpost.com/category/arts-culture/">Arts &amp; Culture</a></li><li><a href="https://www.theridgewoodpost.com/category/opinion/">Opinion</a></li><li><a href="https://www.theridgewoodpost.com/staff/">Staff</a></li></ul></nav>')}
</header>
<div id="sno-main-content" class="sno-story-page">
<div class="sno-story-wrap">
 {p.junk("section-label", '<div class="sno-story-category"><a href="https://www.theridgewoodpost.com/category/news/campus/">Campus</a></div>')}
 {h1(p, 'class="sno-story-headline"')}
 {p.junk("byline", '<div class="sno-story-byline"><span class="byline-name"><a href="https://www.theridgewoodpost.com/staff_profile/kiara-delacroix-mensah/">Kiara Delacroix-Mensah</a>, Campus Editor</span><span class="time-wrapper">November 13, 2026</span></div>')}
 {p.junk("share-bar", '<div class="sno-story-social"><a class="sno-social-facebook" href="' + share_href(p, "facebook") + '">Share on Facebook</a> <a class="sno-social-x" href="' + share_href(p, "x") + '">Share on X</a> <a class="sno-social-email" href="' + share_href(p, "email") + '">Email this story</a></div>')}
 {p.junk("caption-credit", '<div class="photowrap"><img loading="lazy" class="sno-story-photo" src="https://www.theridgewoodpost.com/wp-content/uploads/2026/11/senate-vote-900x600.jpg" srcset="https://www.theridgewoodpost.com/wp-content/uploads/2026/11/senate-vote-900x600.jpg 900w, https://www.theridgewoodpost.com/wp-content/uploads/2026/11/senate-vote-300x200.jpg 300w" alt=""><div class="photocredit"><a href="https://www.theridgewoodpost.com/staff_profile/milo-jardine/">Milo Jardine</a></div><div class="sno-story-photo-caption">Senator Hana Okafor speaks in favor of the resolution during Thursday’s senate meeting.</div></div>')}
 <div id="sno-story-body-content" class="sno-story-body-content">
{p.body(inserts={
    4: [p.junk("related-inline", '<div class="sno-story-related-inline"><span class="sno-related-label">Related Stories</span><a href="https://www.theridgewoodpost.com/88011/news/campus/free-menstrual-products-pilot-begins-in-library-and-union/">Free menstrual products pilot begins in library and union</a></div>')],
})}
 </div>
 {p.junk("tags", '<div class="sno-story-tags"><span>Tags:</span> <a href="https://www.theridgewoodpost.com/tag/associated-students/">Associated Students</a> <a href="https://www.theridgewoodpost.com/tag/student-fees/">student fees</a></div>')}
 {p.junk("donate-promo", '<div class="sno-donate-box"><p>Your donation will support the student journalists of Ridgewood State University. Your contribution will allow us to purchase equipment and cover our annual website hosting costs.</p><a href="https://www.theridgewoodpost.com/donate/">Donate to The Ridgewood Post</a></div>')}
 {p.junk("author-bio", '<div class="sno-story-author-box"><a href="https://www.theridgewoodpost.com/staff_profile/kiara-delacroix-mensah/">Kiara Delacroix-Mensah</a>, Campus Editor<p>Kiara is a junior majoring in political science. She has covered student government since her first semester.</p></div>')}
 {p.junk("comments", '<div id="comments" class="sno-comments"><h3>Comments (2)</h3><p>The Ridgewood Post intends for this area to be used to foster healthy, thought-provoking discussion. Comments are expected to adhere to our standards.</p><div class="comment"><p>Sam R.</p><p>About time. Thank you to everyone who pushed for this.</p></div><div class="comment"><p>Grad student</p><p>Senator Lund is right that the university should pay.</p></div><a href="https://www.theridgewoodpost.com/88214/news/campus/student-senate-votes-free-menstrual-products/#respond">Leave a Comment</a></div>')}
</div>
<aside class="sno-sidebar">
 {p.junk("sidebar-list", '<div class="widget sno-popular"><h3>Popular</h3><ul><li><a href="https://www.theridgewoodpost.com/88190/sports/volleyball-clinches-conference-title/">Volleyball clinches first conference title since 2009</a></li><li><a href="https://www.theridgewoodpost.com/88172/news/parking-permit-prices-to-rise/">Parking permit prices to rise 12% next fall</a></li></ul></div>')}
</aside>
</div>
<footer id="sno-footer">
{p.junk("footer", '<p>© 2026 The Ridgewood Post • <a href="https://snosites.com/">FLEX Pro WordPress Theme by SNO</a> • <a href="https://www.theridgewoodpost.com/wp-login.php">Log in</a></p>')}
</footer>
</body>
</html>"""


# ---------------------------------------------------------------- science journal news section


def science_journal_news(p):
    """News story in a science journal's news section (Nature-like): c-article classes, DOI references, briefing."""
    return f"""{p.head("Meridian", p.ld_json("Meridian", kind="NewsArticle", section="News") + '<meta name="dc.identifier" content="doi:10.1094/d41583-026-03311-8"><meta name="citation_doi" content="10.1094/d41583-026-03311-8"><script>window.dataLayer=[{"content":{"category":{"contentType":"news"},"article":{"doi":"10.1094/d41583-026-03311-8"}},"page":{"category":{"pageType":"article"}}}];</script>')}
<body class="article-page">
{p.junk("cookie-banner", '<div class="cc-banner" data-cc-banner><h2 class="cc-banner__title">Your privacy, your choice</h2><p class="cc-banner__content">We use essential cookies to make sure the site can function. We also use optional cookies for advertising, personalisation of content, usage analysis, and social media.</p><button class="cc-banner__button-accept">Accept all cookies</button><button class="cc-banner__button-preferences">Manage preferences</button></div>')}
{p.junk("skip-link", '<a class="c-skip-link" href="#content">Skip to main content</a>')}
<header class="c-header">
 {p.junk("logo", '<a class="c-header__logo" href="https://www.meridianjournal.com/" data-track="click" data-track-action="home" data-track-label="image">Meridian</a>')}
 {p.junk("nav", '<nav class="c-header__menu"><a href="https://www.meridianjournal.com/news" data-track="click">News</a> <a href="https://www.meridianjournal.com/research-analysis" data-track="click">Research</a> <a href="https://www.meridianjournal.com/opinion" data-track="click">Opinion</a> <a href="https://www.meridianjournal.com/careers" data-track="click">Careers</a> <a href="https://www.meridianjournal.com/my-account/alerts/subscribe-journal?list-id=1" data-track="click">Sign up for alerts</a></nav>')}
</header>
<main id="content" class="c-article-main">
<article lang="en">
<div class="c-article-header">
 {p.junk("section-label", '<ul class="c-article-identifiers"><li class="c-article-identifiers__item" data-test="article-category">NEWS</li><li class="c-article-identifiers__item"><time datetime="2026-10-22">22 October 2026</time></li></ul>')}
 {h1(p, 'class="c-article-magazine-title" data-test="article-title"')}
 {p.junk("dek", '<p class="c-article-teaser-text">' + esc(p.a['dek']) + '</p>')}
 {p.junk("byline", '<ul class="c-article-author-list" data-test="author-list"><li class="c-article-author-list__item"><a data-test="author-name" data-track="click" data-track-action="open author" href="#auth-Fenella-Argyros">Fenella Argyros</a></li></ul>')}
 {p.junk("share-bar", '<div class="c-article-share"><a data-track="click" data-track-action="twitter" href="' + share_href(p, "x") + '">Twitter</a> <a data-track="click" data-track-action="facebook" href="' + share_href(p, "facebook") + '">Facebook</a> <a data-track="click" data-track-action="email" href="' + share_href(p, "email") + '">Email</a></div>')}
 {p.junk("caption-credit", '<figure class="figure"><div class="embed intensity--high"><picture><source type="image/webp" srcset="https://media.meridianjournal.com/lw767/magazine-assets/d41583-026-03311-8/d41583-026-03311-8_21876.jpg?as=webp 767w"><img alt="Researchers around a borehole on the Ross Ice Shelf" loading="lazy" src="https://media.meridianjournal.com/lw767/magazine-assets/d41583-026-03311-8/d41583-026-03311-8_21876.jpg"></picture></div><figcaption><p class="caption">Researchers melted a borehole through 800 metres of ice to reach Lake Carrow.</p><p class="figure__credit">Credit: K. Tanaka/Polar Institute</p></figcaption></figure>')}
</div>
<div class="c-article-body main-content">
{p.body(inserts={
    3: [p.junk("ad-label", '<div class="c-ad c-ad--300x250" data-component-mpu><div class="c-ad__inner"><p class="c-ad__label">Advertisement</p><div id="div-gpt-ad-right-2" data-gpt-unitpath="/285/meridian/news"></div></div></div>')],
    6: [p.junk("newsletter-promo", '<div class="c-nature-box c-nature-box--side" data-component="briefing-signup"><p class="c-nature-box__title">Sign up to Meridian Briefing</p><p>An essential round-up of science news, opinion and analysis, delivered to your inbox every weekday.</p><a href="https://www.meridianjournal.com/briefing/signup/?brieferEntryPoint=MainBriefingBanner">Sign up</a></div>')],
})}
</div>
<div class="c-article-references" id="references">
 {p.junk("references", '<h2 class="c-article__sub-heading">References</h2><ol class="c-article-references__list"><li class="c-article-references__item"><p class="c-article-references__text">Solbakken, I. et al. Nature Geosci. https://doi.org/10.1038/s41561-026-01522-7 (2026).</p><p class="c-article-references__links"><a data-track="click" data-track-action="article reference" href="https://doi.org/10.1038/s41561-026-01522-7">Article</a> <a data-track="click" data-track-action="google scholar reference" href="http://scholar.google.com/scholar_lookup?&amp;title=Subglacial%20hydrogen&amp;doi=10.1038%2Fs41561-026-01522-7">Google Scholar</a></p></li></ol>')}
</div>
{p.junk("citation", '<div class="c-article-cite"><p>doi: https://doi.org/10.1094/d41583-026-03311-8</p></div>')}
{p.junk("related-box", '<div class="c-article-related" data-test="related-content"><h3>Related Articles</h3><ul><li><a href="https://www.meridianjournal.com/articles/d41583-025-01871-4">Life found in lake beneath Antarctic ice sheet</a></li><li><a href="https://www.meridianjournal.com/articles/d41583-026-00412-x">The hunt for life on icy moons gets a new tool</a></li></ul></div>')}
{p.junk("subjects", '<div class="c-article-subject-list"><h3>Subjects</h3><a href="https://www.meridianjournal.com/subjects/microbiology">Microbiology</a> <a href="https://www.meridianjournal.com/subjects/cryospheric-science">Cryospheric science</a> <a href="https://www.meridianjournal.com/subjects/astrobiology">Astrobiology</a></div>')}
{p.junk("recommended", '<section class="c-recommendations" data-track-component="recommendations"><h2>Latest on:</h2><ul><li><a href="https://www.meridianjournal.com/articles/d41583-026-03298-2">Deep-sea mining tests leave scars that last decades</a></li><li><a href="https://www.meridianjournal.com/articles/d41583-026-03287-5">How fungi survive inside nuclear reactors</a></li></ul></section>')}
</article>
</main>
<footer class="c-footer">
{p.junk("footer", '<p>Meridian (Meridian) ISSN 2218-4471 (online)</p><nav><a href="https://www.meridianjournal.com/info/about">About the journal</a> <a href="https://www.meridianjournal.com/info/privacy">Privacy Policy</a> <a href="https://www.meridianjournal.com/info/cookies">Manage cookies</a> <a href="https://www.meridianjournal.com/info/terms">Terms and Conditions</a></nav><p>© 2026 Meridian Publishing Group Limited</p>')}
</footer>
</body>
</html>"""


# ---------------------------------------------------------------- Patch-like hyperlocal network


def patch_hyperlocal(p):
    """Hyperlocal news network's town site (Patch-like): Thank/Reply bar, nearby-town picker, local ads, newsletter."""
    site = "https://www.hometownwire.com"
    return f"""{p.head("Hometown Wire", p.ld_json("Hometown Wire", section="Business", image=site + "/img/cdn20/users/2290/20261114/rosalinds.jpg") + '<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"patch":{"name":"Oak Glen","slug":"/illinois/oakglen"},"article":{"id":33471902,"category":"Neighbor News"}}},"page":"/[state]/[patch]/[...slug]","buildId":"hw-b7"}</script>')}
<body>
<div id="__next">
<header class="styles_Header__c1">
 {p.junk("logo", '<a class="styles_Logo__l" href="https://www.hometownwire.com/illinois/oakglen">Oak Glen, IL Hometown Wire</a>')}
 {p.junk("nav", '<nav class="styles_Nav__n"><a href="https://www.hometownwire.com/illinois/oakglen">News Feed</a> <a href="https://www.hometownwire.com/illinois/oakglen/calendar">Events</a> <a href="https://www.hometownwire.com/illinois/oakglen/classifieds">Classifieds</a> <a href="https://www.hometownwire.com/illinois/oakglen/real-estate">Real Estate</a> <a href="https://www.hometownwire.com/illinois/oakglen/compose">Post</a> <a href="https://www.hometownwire.com/login?next=' + p.url + '">Log in</a></nav>')}
 {p.junk("location-picker", '<div class="styles_NearbyPatches__p"><span>Nearby:</span> <a href="https://www.hometownwire.com/illinois/riverpark">Riverpark</a> <a href="https://www.hometownwire.com/illinois/westbury">Westbury</a> <a href="https://www.hometownwire.com/illinois/elmhaven">Elm Haven</a></div>')}
</header>
<main class="styles_Main__m">
<article>
 {p.junk("section-label", '<h6 class="styles_Category__c"><a href="https://www.hometownwire.com/illinois/oakglen/business">Business</a></h6>')}
 {h1(p, 'class="styles_Title__t"')}
 {p.junk("dek", '<h2 class="styles_Dek__d">' + esc(p.a['dek']) + '</h2>')}
 {p.junk("byline", '<div class="styles_Byline__b"><a href="https://www.hometownwire.com/users/trent-alvarado">Trent Alvarado</a>, <span>Hometown Wire Staff</span> <time datetime="2026-11-14T14:02:00Z">Posted Sat, Nov 14, 2026 at 9:02 am CT</time></div>')}
 {p.junk("reaction-bar", '<div class="styles_ActionBar__a"><button aria-label="Thank"><span>Thank</span> <span>41</span></button> <a href="' + p.url + '#replies"><span>Reply</span> <span>9</span></a> <button>Share</button></div>')}
 {p.junk("caption-credit", '<figure class="styles_Figure__f"><img src="https://www.hometownwire.com/img/cdn20/users/2290/20261114/rosalinds.jpg?width=1200" alt="Customers lined up outside Rosalind’s Bakery" loading="eager"><figcaption>Customers lined up on Maple Avenue before the bakery opened Saturday. (Trent Alvarado/Hometown Wire)</figcaption></figure>')}
 <section class="styles_Body__b">
{p.body(inserts={
    3: [p.junk("newsletter-promo", '<div class="styles_InlineSignup__s"><p>Get more local news delivered straight to your inbox. <a href="https://www.hometownwire.com/subscribe?patchId=2290&amp;source=inline-article">Sign up for free Hometown Wire newsletters and alerts.</a></p></div>')],
    6: [p.junk("ad-label", '<div class="styles_AdSlot__a" data-ad-unit="/21793/hometown/oakglen/article_inline"><span>Advertisement</span></div>')],
    9: [p.junk("read-also-inline", '<p class="styles_RelatedLink__r"><strong>Also see:</strong> <a href="https://www.hometownwire.com/illinois/oakglen/fire-closes-maple-avenue-bakery">Fire Closes Maple Avenue Bakery; Owners Vow To Rebuild</a></p>')],
})}
 </section>
 {p.junk("reaction-bar", '<div class="styles_ActionBar__a"><button aria-label="Thank"><span>Thank</span> <span>41</span></button> <a href="' + p.url + '#replies"><span>Reply</span> <span>9</span></a> <button>Share</button></div>')}
 {p.junk("comments", '<section id="replies"><h3>Replies (9)</h3><div class="reply"><p>Joanne K.</p><p>Those cinnamon knots are worth the wait. Welcome back!</p><p>Nov 14, 2026</p></div><a href="https://www.hometownwire.com/login?next=' + p.url + '%23replies">Log in to reply</a></section>')}
 {p.junk("community-note", '<p class="styles_Disclaimer__d">The views expressed in replies are those of the author and not of Hometown Wire.</p>')}
</article>
<aside>
 {p.junk("related-box", '<section class="styles_MoreNews__m"><h3>More from Oak Glen</h3><ul><li><a href="https://www.hometownwire.com/illinois/oakglen/oak-glen-holiday-lights-parade-route-2026">Oak Glen Holiday Lights Parade: Route, Road Closures</a></li><li><a href="https://www.hometownwire.com/illinois/oakglen/district-98-referendum-results">District 98 Referendum Results</a></li><li><a href="https://www.hometownwire.com/illinois/oakglen/new-thai-restaurant-opens-on-main">New Thai Restaurant Opens On Main Street</a></li></ul></section>')}
 {p.junk("sponsored", '<div class="styles_LocalAd__l"><span>Featured Local Savings</span><a href="https://www.hometownwire.com/illinois/oakglen/ads/oakglen-dental-winter-special">Oak Glen Family Dental: New patient exam $79</a></div>')}
</aside>
</main>
<footer>
{p.junk("footer", '<p><a href="https://www.hometownwire.com/about">About Hometown Wire</a> <a href="https://www.hometownwire.com/terms">Terms of Use</a> <a href="https://www.hometownwire.com/privacy">Privacy Policy</a> <a href="https://www.hometownwire.com/community-guidelines">Community Guidelines</a></p><p>© 2026 Hometown Wire Media. All Rights Reserved.</p>')}
</footer>
</div>
</body>
</html>"""


# ---------------------------------------------------------------- MediaWiki news wiki


def wikinews(p):
    """Citizen news wiki on MediaWiki (Wikinews-like, Vector skin): date template, sources, categories, license."""
    return f"""{p.head("OpenNews Wiki", '<meta name="generator" content="MediaWiki 1.43.0-wmf.12"><script>document.documentElement.className="client-js";RLCONF={"wgPageName":"Ferry_service_resumes_between_Kellin_Island_and_mainland_after_six-week_suspension","wgNamespaceNumber":0,"wgAction":"view","wgCategories":["Published","Transport","Europe"]};</script><script async src="/w/load.php?lang=en&amp;modules=startup&amp;only=scripts&amp;skin=vector"></script>')}
<body class="skin-vector mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Ferry_service_resumes action-view skin-vector-legacy">
{p.junk("skip-link", '<a class="mw-jump-link" href="#content">Jump to content</a>')}
<div id="mw-page-base" class="noprint"></div>
<div id="content" class="mw-body" role="main">
 {p.junk("sitenotice", '<div id="siteNotice"><div id="localNotice"><p>Interested in writing the news? <a href="/wiki/OpenNews:Writing_an_article">Learn how to write an article</a>.</p></div></div>')}
 <h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">{esc(p.a['title'])}</span></h1>
 <div id="bodyContent" class="vector-body">
 {p.junk("site-sub", '<div id="siteSub" class="noprint">From OpenNews Wiki, the free news source you can write!</div>')}
 <div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
 {p.junk("date", '<p><strong class="published"><span id="publishDate" class="value-title" title="2026-11-09">Monday, November 9, 2026</span></strong></p>')}
 {p.junk("infobox", '<div class="infobox noprint" style="float:right;"><table class="metadata"><tbody><tr><th>Europe</th></tr><tr><td><a href="/wiki/Portal:Europe">Related articles</a></td></tr><tr><td><a href="/wiki/Storms_cause_damage_along_North_Sea_coast">Storms cause damage along North Sea coast</a></td></tr><tr><td><a href="/wiki/Island_ferry_operator_orders_electric_vessel">Island ferry operator orders electric vessel</a></td></tr></tbody></table></div>')}
{p.body()}
 {p.junk("sources", '<h2><span class="mw-headline" id="Sources">Sources</span></h2><ul><li><span class="sourceTemplate"><a rel="nofollow" class="external text" href="https://www.regiontransport.example/news/kellin-pier-reopens">"Kellin pier reopens after repairs"</a> — <i>Regional Transport Authority</i>, November 8, 2026</span></li><li><span class="sourceTemplate"><a rel="nofollow" class="external text" href="https://www.sandholmtidende.example/2026/11/08/ferry-kellin">"First ferry in six weeks arrives at Kellin"</a> — <i>Sandholm Tidende</i>, November 8, 2026</span></li></ul>')}
 {p.junk("license-box", '<div class="licensebox"><p>This text is released under the Creative Commons Attribution 2.5 License. You are free to copy, distribute and transmit this work.</p></div>')}
 {p.junk("share-bar", '<div class="noprint sharebox"><span>Share this:</span> <a class="external text" href="' + share_href(p, "facebook") + '">Facebook</a> <a class="external text" href="' + share_href(p, "x") + '">X</a> <a class="external text" href="' + share_href(p, "reddit") + '">Reddit</a></div>')}
 </div></div>
 {p.junk("categories", '<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories" title="Special:Categories">Categories</a>: <ul><li><a href="/wiki/Category:November_9,_2026">November 9, 2026</a></li><li><a href="/wiki/Category:Transport">Transport</a></li><li><a href="/wiki/Category:Europe">Europe</a></li><li><a href="/wiki/Category:Published">Published</a></li></ul></div></div>')}
 </div>
</div>
<div id="mw-navigation">
 {p.junk("nav", '<div id="mw-panel"><div id="p-logo" role="banner"><a class="mw-wiki-logo" href="/wiki/Main_Page" title="Visit the main page"></a></div><nav id="p-navigation" class="vector-menu"><h3>Navigation</h3><ul><li><a href="/wiki/Main_Page">Main page</a></li><li><a href="/wiki/Special:Random">Random article</a></li><li><a href="/wiki/OpenNews:Newsroom">Newsroom</a></li><li><a href="/wiki/OpenNews:Water_cooler">Water cooler</a></li></ul></nav></div><div id="p-views"><ul><li><a href="/wiki/Ferry_service_resumes_between_Kellin_Island_and_mainland_after_six-week_suspension">Read</a></li><li><a href="/w/index.php?title=Ferry_service_resumes_between_Kellin_Island_and_mainland_after_six-week_suspension&amp;action=history">View history</a></li></ul></div><div id="p-personal"><a href="/w/index.php?title=Special:CreateAccount">Create account</a> <a href="/w/index.php?title=Special:UserLogin">Log in</a></div>')}
</div>
<footer id="footer" class="mw-footer">
{p.junk("footer", '<ul id="footer-info"><li id="footer-info-lastmod">This page was last edited on 9 November 2026, at 18:12.</li><li id="footer-info-copyright">Text is available under the Creative Commons Attribution 2.5 License; additional terms may apply.</li></ul><ul id="footer-places"><li><a href="/wiki/OpenNews:Privacy_policy">Privacy policy</a></li><li><a href="/wiki/OpenNews:About">About OpenNews Wiki</a></li><li><a href="/wiki/OpenNews:Disclaimers">Disclaimers</a></li></ul>')}
</footer>
</body>
</html>"""


FAMILIES = {
    "junk-newspack-nonprofit": (newspack_nonprofit, "nonprofit local newsroom on WordPress (Newspack theme, Jetpack)",
                                "https://tallowledger.org/2026/11/12/jail-health-contractor-audit/"),
    "junk-arc-national": (arc_national, "national daily on Arc XP (Washington Post-like), Fusion globals",
                          "https://www.capitolpost.com/politics/2026/10/29/tank-car-inspection-rule-delay/"),
    "clean-localgov-council": (localgov_council, "UK council news on LocalGov Drupal (Drupal 10): list, table",
                               "https://www.thornbury-borough.gov.uk/news/food-waste-collections-start-april"),
    "junk-squarespace-arts": (squarespace_arts, "community arts centre blog on Squarespace 7.1",
                              "https://www.eastgatearts.org/news/eleven-walls-eleven-artists"),
    "junk-beehiiv-newsletter": (beehiiv_newsletter, "newsletter issue on beehiiv: subheadings, lists, sign-off",
                                 "https://www.heatandhome.news/p/issue-84-heat-pump-rebate-open"),
    "clean-podcast-transcript": (podcast_transcript, "podcast episode page with a transcript (speaker labels)",
                                 "https://www.smalltownhours.fm/episodes/212-why-the-town-clock-stopped/"),
    "junk-qa-magazine": (qa_magazine, "magazine Q&A on a Condé Nast-like platform: bold questions",
                          "https://www.circuitry.com/story/tamsin-achebe-lund-bridge-sensors-interview/"),
    "junk-sports-league": (sports_league, "professional league's official site (Next.js), expansion news",
                           "https://www.pwrugby.ca/news/halifax-ninth-club-2028"),
    "junk-legacy-obituary": (legacy_obituary, "obituary on a Legacy.com-like platform for a local paper",
                             "https://obits.lindenfallsherald.com/us/obituaries/lindenfallsherald/name/evelyn-stroud-obituary?id=221840913"),
    "junk-yahoo-syndication": (yahoo_syndication, "portal carrying a partner paper's story (Yahoo News-like)",
                               "https://news.yonder.com/heavy-rain-forces-evacuation-300-060000123.html"),
    "junk-linkedin-article": (linkedin_article, "LinkedIn article (Pulse) seen logged out",
                              "https://www.linkedin.com/pulse/what-we-learned-from-four-day-week-beatriz-olumide-hart-9xk2f"),
    "junk-sno-student-paper": (sno_student_paper, "student newspaper on SNO Sites (WordPress), correction appended",
                               "https://www.theridgewoodpost.com/88214/news/campus/student-senate-votes-free-menstrual-products/"),
    "junk-science-journal-news": (science_journal_news, "science journal's news section (Nature-like), references",
                                  "https://www.meridianjournal.com/articles/d41583-026-03311-8"),
    "junk-patch-hyperlocal": (patch_hyperlocal, "hyperlocal news network town site (Patch-like)",
                              "https://www.hometownwire.com/illinois/oakglen/beloved-maple-avenue-bakery-reopens-after-fire"),
    "junk-wikinews": (wikinews, "citizen news wiki on MediaWiki (Wikinews-like): sources, categories",
                       "https://en.opennews.wiki/wiki/Ferry_service_resumes_between_Kellin_Island_and_mainland_after_six-week_suspension"),
}
