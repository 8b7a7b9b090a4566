#!/usr/bin/env python3
"""Build the blind extraction check set: 30 HTML pages, their ground truth and a manifest of the junk on them.

Written for issue 16 by someone who had not read the extractor's rules (see README.md). Each page is one invented
article (articles_junk.py, articles_clean.py) set in hand-written markup of one real-world site family, with that
family's furniture around and inside the article. The ground truth is made from the article text here, never from an
extractor's output. Run from anywhere: python3 build_pages.py (writes *.html, ground-truth.json, junk-manifest.json).
"""
import html
import json
import re
import sys
from pathlib import Path

sys.dont_write_bytecode = True  # keep __pycache__ out of the resource folder (it would be copied to target/)
import articles_clean as C
import articles_junk as A

HERE = Path(__file__).resolve().parent


# ---------------------------------------------------------------- article text -> blocks and ground truth

def parse_blocks(text):
    """The article's blocks: (kind, payload) with kind p, h, ul, ol, quote or table (see articles_junk.py)."""
    blocks = []
    for chunk in (c.strip() for c in text.strip().split("\n\n")):
        lines = chunk.split("\n")
        if chunk.startswith("## "):
            blocks.append(("h", chunk[3:]))
        elif chunk.startswith("> "):
            blocks.append(("quote", chunk[2:]))
        elif all(l.startswith("- ") for l in lines):
            blocks.append(("ul", [l[2:] for l in lines]))
        elif all(re.match(r"\d+\. ", l) for l in lines):
            blocks.append(("ol", [re.sub(r"^\d+\. ", "", l) for l in lines]))
        elif all(l.startswith("|") for l in lines):
            blocks.append(("table", [[c.strip() for c in l.strip("|").split("|")] for l in lines]))
        else:
            assert len(lines) == 1, chunk
            blocks.append(("p", chunk))
    return blocks


def ground_truth(article):
    """The body a careful annotator marks: paragraphs, subheadings, list items, quotes, table rows (cells joined by
    a space), in order, separated by blank lines."""
    out = []
    for kind, payload in parse_blocks(article["text"]):
        if kind in ("ul", "ol"):
            out.extend(payload)
        elif kind == "table":
            out.extend(" ".join(row) for row in payload)
        else:
            out.append(payload)
    return "\n\n".join(out)


def esc(s):
    return html.escape(s, quote=False)


DEFAULT_STYLE = dict(
    p="<p>@</p>", h="<h2>@</h2>", ul="<ul>@</ul>", ol="<ol>@</ol>", li="<li>@</li>",
    quote="<blockquote><p>@</p></blockquote>",
    table="<table>@</table>", thead="<thead>@</thead>", tbody="<tbody>@</tbody>", tr="<tr>@</tr>",
    th="<th>@</th>", td="<td>@</td>")


def render(article, style=None, inserts=None, first_prefix=""):
    """The article's blocks as HTML in one site family's style ('@' is the content, '#' a running number);
    inserts: {block index: html put before that block, or 'end': after the last}."""
    st = dict(DEFAULT_STYLE, **(style or {}))
    inserts = inserts or {}
    out = []
    counter = [0]

    def fill(template, content):
        counter[0] += 1
        return template.replace("#", format(counter[0] * 7919 % 65536, "x")).replace("@", content)

    for i, (kind, payload) in enumerate(parse_blocks(article["text"])):
        if i in inserts:
            out.append(inserts[i])
        if kind == "p":
            out.append(fill(st["p"], (first_prefix if i == 0 else "") + esc(payload)))
        elif kind == "h":
            out.append(fill(st["h"], esc(payload)))
        elif kind == "quote":
            out.append(fill(st["quote"], esc(payload)))
        elif kind in ("ul", "ol"):
            items = "".join(fill(st["li"], esc(x)) for x in payload)
            out.append(fill(st[kind], items))
        elif kind == "table":
            head = fill(st["tr"], "".join(fill(st["th"], esc(c)) for c in payload[0]))
            rows = "".join(fill(st["tr"], "".join(fill(st["td"], esc(c)) for c in r)) for r in payload[1:])
            out.append(fill(st["table"], fill(st["thead"], head) + fill(st["tbody"], rows)))
    if "end" in inserts:
        out.append(inserts["end"])
    return "\n".join(out)


# ---------------------------------------------------------------- junk bookkeeping

_junk = []


def J(cls, markup):
    """Mark a piece of furniture of class cls (recorded with its visible text in junk-manifest.json)."""
    text = re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", re.sub(r"(?s)<(script|style)\b.*?</\1>", " ", markup)))).strip()
    _junk.append({"class": cls, "text": text})
    return markup


def fill_page(template, **parts):
    for k, v in parts.items():
        template = template.replace("@@" + k.upper() + "@@", v)
    assert "@@" not in template, re.findall(r"@@\w+@@", template)
    return template


def head(article, site, canonical, extra=""):
    t = esc(article["title"])
    return f"""<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{t} | {site}</title>
<meta name="description" content="{html.escape(parse_blocks(article['text'])[0][1][:150])}">
<meta property="og:title" content="{html.escape(article['title'])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{site}">
<meta property="og:url" content="{canonical}">
<meta property="article:published_time" content="{article['date']}T08:00:00Z">
<meta name="author" content="{html.escape(article['author'])}">
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="{canonical}">
{extra}"""


PAGES = {}


def page(page_id, article, kind):
    """Register a page builder: kind is 'junk' or 'clean'."""
    def register(fn):
        PAGES[page_id] = (article, kind, fn)
        return fn
    return register


# ================================================================ junk pages

@page("junk-us-regional-cms", A.BUS_ROUTES, "junk")
def us_regional(a):
    inserts = {
        2: J("related-inline", '<p class="gnt_ar_b_p"><strong>RELATED:</strong> <a href="/story/news/education/2025/11/02/millbrook-bus-drivers-shortage/">Millbrook bus driver shortage forces route cuts for third year</a></p>'),
        4: J("caption-credit", '<figure class="gnt_em gnt_em_img"><img src="https://www.millbrookcourier.com/gcdn/presto/2026/03/04/bus-hearing.jpg" alt="" width="660" height="371"><figcaption class="gnt_em_img_ccw"><span class="gnt_em_img_cpt">Parents fill the Millbrook High School cafeteria for Tuesday&#39;s school board vote on new bus routes.</span> <span class="gnt_em_img_cr">Dana Whitcomb/The Millbrook Courier</span></figcaption></figure>')
           + J("ad-label", '<aside class="gnt_em_vp_ad" aria-label="advertisement"><div class="gnt_ar_ad_lbl">Advertisement</div><div id="ad-inline-1" class="gnt_ad"></div></aside>'),
        7: J("newsletter-promo", '<aside class="gnt_em gnt_em_nl"><h3 class="gnt_em_nl_t">Get the Morning Briefing</h3><p class="gnt_em_nl_d">Start your day with the top stories from Millbrook County, delivered to your inbox every weekday.</p><form class="gnt_em_nl_f"><input type="email" placeholder="Email address"><button>Sign Up</button></form></aside>'),
        9: J("related-inline", '<p class="gnt_ar_b_p"><strong>MORE:</strong> <a href="/story/news/local/2026/02/20/garnet-creek-road-paving/">Garnet Creek Road to be paved this summer, county says</a></p>'),
        "end": J("author-bio", '<p class="gnt_ar_b_p"><em>Dana Whitcomb covers education for the Millbrook Courier. Contact her at dwhitcomb@millbrookcourier.com or 555-201-3388. Follow her on X: @DanaWhitcombMC.</em></p>'),
    }
    body = render(a, dict(p='<p class="gnt_ar_b_p">@</p>'), inserts)
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
{head(a, "The Millbrook Courier", "https://www.millbrookcourier.com/story/news/education/2026/03/04/millbrook-school-board-bus-routes-vote/")}
<link rel="stylesheet" href="/gcdn/presto/static/css/gnt-article.8c2f1.css">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":{json.dumps(a['title'])},"datePublished":"{a['date']}T08:00:00Z","author":[{{"@type":"Person","name":"{a['author']}"}}],"publisher":{{"@type":"Organization","name":"The Millbrook Courier"}}}}</script>
</head>
<body class="gnt_pr">
<a class="gnt_skip" href="#mainContentSection">Skip to main content</a>
<header class="gnt_n">
  <div class="gnt_n_lg"><a href="/"><img src="/logo.svg" alt="The Millbrook Courier"></a></div>
  <nav class="gnt_n_mn" aria-label="Main">
    <a href="/news/">News</a><a href="/sports/">Sports</a><a href="/entertainment/">Entertainment</a><a href="/opinion/">Opinion</a><a href="/obituaries/">Obituaries</a><a href="/eedition/">E-Edition</a><a href="/legal-notices/">Legals</a>
  </nav>
  <div class="gnt_n_us"><a href="/subscribe/">Subscribe</a> <a href="/login/">Sign In</a></div>
</header>
<div class="gnt_bnr">Our subscribers make local journalism possible. <a href="/subscribe/">Subscribe for $1</a></div>
<main id="mainContentSection" class="gnt_cw">
  <article class="gnt_pr">
    <div class="gnt_ar_lbl"><a href="/news/education/">EDUCATION</a></div>
    <h1 class="gnt_ar_hl">{esc(a['title'])}</h1>
    <div class="gnt_ar_by"><a class="gnt_ar_by_a" href="/staff/2648/dana-whitcomb/">Dana Whitcomb</a> <span class="gnt_ar_by_pub">Millbrook Courier</span></div>
    <div class="gnt_ar_dt" aria-label="Published: 9:41 p.m. ET March 4, 2026">Published 9:41 p.m. ET March 4, 2026 | Updated 10:58 p.m. ET March 4, 2026</div>
    {J("share-bar", '<div class="gnt_ss"><button>Facebook</button><button>Email</button><button>X</button><button>Share</button></div>')}
    <div class="gnt_ar_b">
{body}
    </div>
    {J("tags", '<div class="gnt_ar_tags"><span>Topics:</span> <a href="/tag/school-board/">School board</a> <a href="/tag/transportation/">Transportation</a></div>')}
  </article>
  <aside class="gnt_rr">
    <section class="gnt_rr_pm"><h2>Most Popular</h2><ol><li><a href="/a1">Route 9 bridge to close for six weeks starting Monday</a></li><li><a href="/a2">Millbrook diner named best breakfast in the state</a></li><li><a href="/a3">Obituary: Harold &quot;Hal&quot; Benning, 88</a></li><li><a href="/a4">High school wrestling: Millbrook sends five to state</a></li></ol></section>
    <div class="gnt_rr_ad"><div class="gnt_ar_ad_lbl">Advertisement</div></div>
  </aside>
</main>
<footer class="gnt_f">
  <nav><a href="/contact/">Contact Us</a> <a href="/newsletters/">Newsletters</a> <a href="/careers/">Careers</a> <a href="/terms/">Terms of Service</a> <a href="/privacy/">Privacy Policy</a> <a href="/accessibility/">Accessibility</a></nav>
  <p>© 2026 The Millbrook Courier. All rights reserved.</p>
</footer>
</body>
</html>
"""


@page("junk-uk-tabloid", A.PIER_CAT, "junk")
def uk_tabloid(a):
    inserts = {
        3: J("caption-credit", '<div class="artSplitter mol-img-group"><div class="mol-img"><img src="https://i.dailypost.co.uk/1s/2026/02/11/biscuit-pier.jpg" alt="Biscuit the cat"></div><p class="imageCaption">Biscuit, nine, has been the unofficial mascot of Saltmarsh Bay pier for years and has 12,000 followers online</p><span class="imageCredit">SWNS</span></div>'),
        5: J("read-more-inline", '<p class="mol-para-with-font"><strong><a href="/news/article-14450321/seagull-steals-chips.html">READ MORE: Seagull that snatched 300 portions of chips from Saltmarsh Bay tourists is finally caught</a></strong></p>'),
        7: J("related-box", '<div class="related-carousel"><h3>RELATED ARTICLES</h3><ul><li><a href="/news/article-1.html">Firefighters free dog stuck down rabbit hole for two days</a></li><li><a href="/news/article-2.html">Britain&#39;s oldest pier cat dies aged 24</a></li></ul><span class="previous">Previous</span> <span class="count">1</span> <span class="next">Next</span></div>')
           + J("share-bar", '<div class="social-share-widget"><span>Share this article</span> <a>Share</a> <a>Facebook</a> <a>WhatsApp</a></div>'),
        10: J("caption-credit", '<div class="artSplitter mol-video"><div class="vjs-player">Play Video</div><p class="imageCaption">Footage shows firefighters lifting the decking to reach the trapped cat</p><span class="imageCredit">Saltmarsh Bay Fire Service</span></div>'),
        "end": J("share-bar", '<p class="share-or-comment">Share or comment on this article: <a href="/news/article-14458830/biscuit.html">Pier&#39;s famous ginger cat Biscuit rescued after three days stuck under boardwalk</a></p>')
             + J("comment-count", '<div class="comments-count"><a href="#comments">254 comments</a> <span>64 shares</span></div>'),
    }
    body = render(a, dict(p='<p class="mol-para-with-font">@</p>'), inserts)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
{head(a, "Daily Post Online", "https://www.dailypost.co.uk/news/article-14458830/pier-ginger-cat-biscuit-rescued.html")}
</head>
<body>
<div id="page-container">
<div class="masthead"><a href="/home/index.html" class="logo">Daily Post Online</a>
<ul class="nav-primary"><li><a href="/home">Home</a></li><li><a href="/news">News</a></li><li><a href="/tvshowbiz">Showbiz</a></li><li><a href="/sport">Sport</a></li><li><a href="/femail">Femail</a></li><li><a href="/health">Health</a></li><li><a href="/money">Money</a></li></ul>
<div class="weather-widget">Saltmarsh Bay 7°C</div></div>
<div class="alpha">
<div id="js-article-text" class="article-text wide">
<h2>{esc(a['title'])}</h2>
<ul class="mol-bullets-with-font"><li><strong>Biscuit vanished during a storm that battered Saltmarsh Bay on Friday</strong></li><li><strong>Firefighters and coastguard lifted decking to free him on Monday</strong></li></ul>
<p class="author-section byline-plain">By <a class="author" href="/profile/tom-haskett">TOM HASKETT FOR DAILY POST ONLINE</a></p>
<p class="byline-section"><span class="article-timestamp">Published: 14:02, 11 February 2026 | Updated: 16:40, 11 February 2026</span></p>
{J("comment-count", '<div class="article-icon-links-container"><a class="comments-count" href="#comments">254</a> <span>View comments</span></div>')}
<div itemprop="articleBody">
{body}
</div>
<div id="reader-comments"><h3>Comments 254</h3><p>Share what you think</p><div class="comment">So glad he&#39;s safe! — Jan, Kent, 2 hours ago</div><div class="comment">Give that cat a medal — pierfan, Essex, 3 hours ago</div><p>The comments below have not been moderated.</p><p>The views expressed in the contents above are those of our users and do not necessarily reflect the views of Daily Post Online.</p></div>
</div>
</div>
<div class="beta">
<div class="puff"><h3>MOST READ NEWS</h3><ul><li><a href="#">Pensioner, 92, finishes first marathon</a></li><li><a href="#">Why the price of a pint could rise again</a></li><li><a href="#">Holiday park owner defends &#39;no kids&#39; rule</a></li></ul></div>
<div class="mpu_puff_wrapper"><span>Advertisement</span></div>
</div>
<div class="footer"><p>Published by Associated Post Ltd. Part of the Daily Post, The Post on Sunday &amp; Metro Media Group</p><p><a href="/terms">Terms</a> <a href="/privacy">Privacy policy &amp; cookies</a></p></div>
</div>
</body>
</html>
"""


@page("junk-fr-broadsheet", A.LYON_TRAM, "junk")
def fr_broadsheet(a):
    inserts = {
        2: J("read-also-inline", '<p class="article__paragraph"><span class="lire">Lire aussi |</span> <a class="js-article-read-also" href="/planete/article/2025/06/12/a-lyon-la-zone-a-faibles-emissions_6211.html">A Lyon, la zone à faibles émissions élargie aux véhicules Crit’Air 2</a></p>'),
        3: J("caption-credit", '<figure class="article__media"><img src="https://img.lequotidien.fr/2026/01/20/0/0/4000/2666/664/0/75/0/5e1a7.jpg" alt=""><figcaption class="article__legend">La place Gabriel-Péri, dans le 7e arrondissement de Lyon, le 19 janvier 2026. <span class="article__credit">PHILIPPE DESMAZES / AFP</span></figcaption></figure>'),
        5: J("subscription-promo", '<section class="services services--paywall"><p>Il vous reste 58.42% de cet article à lire. La suite est réservée aux abonnés.</p><a class="btn" href="/abonnement/">S’abonner</a> <a href="/connexion/">Déjà abonné ? Se connecter</a></section>'),
        6: J("read-also-inline", '<p class="article__paragraph"><span class="lire">Lire aussi la tribune |</span> <a href="/idees/article/2025/10/03/tramway.html">« Le tramway n’est pas l’ennemi du commerce de proximité »</a></p>'),
        "end": J("signature", '<p class="article__author-signature">Claire Montserrat (Lyon, correspondante)</p>'),
    }
    body = render(a, dict(p='<p class="article__paragraph">@</p>', h='<h2 class="article__sub-title">@</h2>'), inserts)
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
{head(a, "Le Quotidien", "https://www.lequotidien.fr/societe/article/2026/01/20/a-lyon-la-nouvelle-ligne-de-tram-t11-divise_6223.html")}
</head>
<body class="article-page">
<header class="Header">
<a class="Header__logo" href="/">Le Quotidien</a>
<nav class="Nav"><ul><li><a href="/international/">International</a></li><li><a href="/politique/">Politique</a></li><li><a href="/societe/">Société</a></li><li><a href="/economie/">Économie</a></li><li><a href="/planete/">Planète</a></li><li><a href="/culture/">Culture</a></li><li><a href="/idees/">Idées</a></li></ul></nav>
<a class="Header__subscribe" href="/abonnement/">S’abonner</a>
</header>
<main class="zone zone--article">
<section class="article__header">
<ul class="breadcrumb"><li><a href="/societe/">Société</a></li><li><a href="/transports/">Transports</a></li></ul>
<h1 class="article__title">{esc(a['title'])}</h1>
<p class="article__desc">Le tracé définitif de la ligne, présenté lundi, prévoit la suppression de 400 places de stationnement avenue Berthelot. Une concertation s’ouvre le 2 février.</p>
<div class="meta meta__publisher"><span class="meta__author">Par <a href="/signataires/claire-montserrat/">Claire Montserrat</a> (Lyon, correspondante)</span> <span class="meta__date">Publié le 20 janvier 2026 à 06h00</span> <span class="meta__reading-time">Temps de lecture : 3 min.</span></div>
{J("share-bar", '<div class="article__reactions"><button class="btn--premium">Offrir l’article</button> <button>Ajouter à vos sélections</button> <button>Partager</button></div>')}
</section>
<article class="article__content">
{body}
</article>
{J("newsletter-promo", '<section class="inread inread--NL"><p class="inread__title">Newsletter « La Matinale »</p><p>Chaque matin, retrouvez notre sélection de 20 articles à ne pas manquer</p><a href="/newsletters/">S’inscrire</a></section>')}
<section class="article__siblings"><h3>Dans la même rubrique</h3><ul><li><a href="#">Grève à la SNCF : le trafic perturbé sur les TER en Auvergne-Rhône-Alpes</a></li><li><a href="#">A Grenoble, la gratuité des bus pour les moins de 25 ans</a></li></ul></section>
<section id="comments"><h3>Contributions</h3><p>Les réactions sont réservées aux abonnés.</p></section>
</main>
<footer class="Footer"><p>Le Quotidien - Informations, analyses, débats</p><ul><li><a href="/mentions-legales/">Mentions légales</a></li><li><a href="/cgv/">Conditions générales</a></li><li><a href="/cookies/">Gestion des cookies</a></li></ul><p>© Le Quotidien 2026</p></footer>
</body>
</html>
"""


@page("junk-tech-blog", A.DB_RELEASE, "junk")
def tech_blog(a):
    inserts = {
        1: J("caption-credit", '<figure class="duet--article--lede-image"><img src="https://cdn.stackpulse.dev/uploads/quillstore-4.png" alt="The Quillstore logo on a dark background"><figcaption><span class="caption">The new engine is the largest change in the project’s seven-year history.</span> <cite class="credit">Image: Quillstore Foundation</cite></figcaption></figure>'),
        4: J("related-card", '<aside class="duet--article--related"><p class="related__label">Related</p><ul><li><a href="/2025/09/18/quillstore-3-9-released">Quillstore 3.9 is the last release before the big rewrite</a></li><li><a href="/2024/05/02/time-series-database-showdown">We benchmarked five time-series databases. Here’s what happened.</a></li></ul></aside>'),
        8: J("ad-label", '<div class="ad-wrapper"><span class="ad-label">Advertisement</span><div class="ad-slot" data-slot="inarticle-2"></div></div>'),
        "end": J("update-note", '<p class="update-note"><em>Update, April 3rd, 10:20AM ET: This article has been updated to clarify that the 3.x branch will receive security fixes, not feature releases, until the end of 2027.</em></p>'),
    }
    body = render(a, dict(p='<p class="duet--article--dangerously-set-cms-markup">@</p>', h='<h2 class="duet--article--heading">@</h2>'), inserts)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
{head(a, "StackPulse", "https://stackpulse.dev/2026/04/02/quillstore-4-0-released-rust-storage-engine")}
<link rel="alternate" type="application/rss+xml" href="/rss/index.xml">
</head>
<body>
<div id="app">
<header class="site-header"><a class="logo" href="/">StackPulse</a>
<nav><a href="/tech">Tech</a> <a href="/ai">AI</a> <a href="/open-source">Open Source</a> <a href="/reviews">Reviews</a> <a href="/podcasts">Podcasts</a></nav>
<a class="cta" href="/subscribe">Subscribe</a></header>
<main>
<article class="article">
<div class="article__header">
<a class="kicker" href="/open-source">Open Source</a>
<h1>{esc(a['title'])}</h1>
<p class="dek">Two years late and rewritten from scratch, the new engine compacts three times faster.</p>
<div class="byline">By <a href="/authors/priya-venkataraman">Priya Venkataraman</a>, a senior reporter covering developer tools and infrastructure.</div>
<div class="meta"><time datetime="2026-04-02T14:00:00Z">Apr 2, 2026, 2:00 PM UTC</time> · 6 min read</div>
{J("share-bar", '<div class="share"><button>Share this story</button> <a>Copy link</a> <a>Reddit</a> <a>Bluesky</a></div>')}
{J("comment-count", '<a class="comments-link" href="#comments">87 Comments</a>')}
</div>
<div class="article__body">
{body}
</div>
{J("tags", '<div class="tags"><h3>More in:</h3><a href="/tag/databases">Databases</a> <a href="/tag/open-source">Open Source</a> <a href="/tag/rust">Rust</a></div>')}
{J("author-bio", '<div class="author-card"><img src="/a/pv.jpg" alt=""><p><strong>Priya Venkataraman</strong> is a senior reporter at StackPulse covering developer tools, databases and cloud infrastructure. She previously worked as a site reliability engineer.</p></div>')}
</article>
<section id="comments"><h2>87 Comments</h2><button>Load comments</button></section>
<aside class="sidebar"><h2>Most Popular</h2><ol><li><a href="#">The laptop that finally replaced my desktop</a></li><li><a href="#">Why your CI bill doubled this year</a></li><li><a href="#">A tiny Linux distro for old routers</a></li></ol></aside>
</main>
<footer><p>© 2026 StackPulse Media. All rights reserved.</p><a href="/terms">Terms of Use</a> <a href="/privacy">Privacy Notice</a> <a href="/ethics">Ethics Statement</a></footer>
</div>
</body>
</html>
"""


@page("junk-wire-service", A.SHIPPING, "junk")
def wire_service(a):
    inserts = {
        3: J("newsletter-promo", '<div data-testid="promo-box" class="text-module__text__0GDob body-module__full_width__12RY0"><p>Get a quick look at the day’s trade and shipping news with the Meridian Daily Briefing newsletter. <a href="/newsletters/daily-briefing/">Sign up here.</a></p></div>'),
        6: J("ad-label", '<div class="ad-slot__container__3Ps0j"><span class="ad-slot__label__1WdLb">Advertisement · Scroll to continue</span></div>'),
        "end": J("wire-credit", '<p data-testid="paragraph-8" class="text__text__1FZLe text__dark-grey__3Ml43 body__full_width__ekUdw">Reporting by Marta Lindqvist; Editing by Tom Ashworth and Kirsten Doyle</p>')
             + J("standards-note", '<div class="info-content__container__1Pw0q"><p>Our Standards: <a href="/trust-principles/">The Meridian Trust Principles.</a></p></div>'),
    }
    body = render(a, dict(p='<p data-testid="paragraph-#" class="text__text__1FZLe text__dark-grey__3Ml43 body__full_width__ekUdw">@</p>'), inserts,
                  first_prefix=J("dateline", '<span class="dateline">GENEVA, March 9 (Meridian Wire) -</span> '))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
{head(a, "Meridian Wire", "https://www.meridianwire.com/business/shipping/container-freight-rates-fall-sixth-week-2026-03-09/")}
</head>
<body>
<div id="fusion-app">
<header class="site-header__container__3vNVG"><a href="/" aria-label="Meridian Wire homepage" class="site-header__logo__2mE5s">Meridian</a>
<nav class="nav-bar__nav__1yNHr"><a href="/world/">World</a><a href="/business/">Business</a><a href="/markets/">Markets</a><a href="/sustainability/">Sustainability</a><a href="/legal/">Legal</a><a href="/breakingviews/">Commentary</a><a href="/technology/">Technology</a></nav>
<button>Register</button></header>
<main class="regular-article-layout__main__1tcyW">
<article class="article__container__2S5Z-">
<header class="article-header__container__3Ck2x">
<nav class="breadcrumb"><a href="/business/">Business</a> / <a href="/business/shipping/">Shipping</a></nav>
<h1 data-testid="Heading">{esc(a['title'])}</h1>
<div class="article-header__byline__1p4pL">By <a href="/authors/marta-lindqvist/">Marta Lindqvist</a></div>
<time datetime="2026-03-09T11:42:00Z">March 9, 2026 11:42 AM UTC · Updated 2 hours ago</time>
{J("share-bar", '<div class="share-bar"><button aria-label="Share">Share</button> <button>X</button> <button>Facebook</button> <button>LinkedIn</button> <button>Email</button> <button>Link</button> <button>Purchase Licensing Rights</button></div>')}
</header>
<figure><img src="https://www.meridianwire.com/resizer/xyz.jpg" alt=""><figcaption>Containers are stacked at the port of Rotterdam, Netherlands, February 2, 2026. Meridian/Piet Hendriks/File Photo <a href="/licensing/">Purchase Licensing Rights</a></figcaption></figure>
<div class="article-body__content__17Yit">
{body}
</div>
{J("tags", '<div class="tags__container"><a href="/tags/shipping">Shipping</a> <a href="/tags/trade">Trade</a> <a href="/tags/europe">Europe</a></div>')}
</article>
<aside><h2>Read Next</h2><ul><li><a href="#">Oil prices edge higher as Gulf supply worries linger</a></li><li><a href="#">Port strike in Antwerp called off after pay deal</a></li><li><a href="#">Air cargo demand rose 4% in February, IATA says</a></li></ul></aside>
</main>
<footer><p>All quotes delayed a minimum of 15 minutes.</p><p>© 2026 Meridian Wire. All rights reserved.</p><a href="/terms/">Terms of Use</a> <a href="/privacy/">Privacy</a> <a href="/accessibility/">Accessibility</a></footer>
</div>
</body>
</html>
"""


@page("junk-magazine-longread", A.SALT_MARSH, "junk")
def magazine(a):
    inserts = {
        0: J("caption-credit", '<figure class="ResponsiveAsset-dcz"><picture><img src="https://media.themeridianmag.com/photos/marsh-illo.jpg" alt="An illustration of a heron over a salt marsh"></picture><figcaption class="CaptionWrapper-bFYzOA"><span class="BaseText-eqOrNE CaptionCredit-ejegDm">Illustration by Sam Ortolan</span></figcaption></figure>'),
        3: J("pull-quote", '<aside class="PullQuoteWrapper-cOSGQN"><blockquote class="PullQuoteBlockquote-dxIUgL"><p>“Everybody had a reason it wouldn’t work.”</p></blockquote></aside>'),
        5: J("newsletter-promo", '<div class="ConsumerMarketingUnitThemedWrapper-lyEBzF"><p class="ConsumerMarketingUnitHed">Sign up for our daily newsletter to receive the best stories from The Meridian.</p><form><input type="email" aria-label="E-mail address"><button>Sign up</button></form><p class="legal">By signing up, you agree to our User Agreement and Privacy Policy &amp; Cookie Statement.</p></div>'),
        "end": J("print-note", '<p class="ContentFooterPrintIssue-gIJkMX"><em>Published in the print edition of the <a href="/magazine/2026/03/16">March 16, 2026</a>, issue, with the headline “Mud Work.”</em></p>')
             + J("author-bio", '<div class="ContributorBioWrapper-dUvWVQ"><p><a href="/contributors/eleanor-frayne">Eleanor Frayne</a> is a contributing writer at The Meridian. Her book about American wetlands, “Slack Water,” will be published in June.</p></div>'),
    }
    body = render(a, dict(p='<p class="paywall">@</p>'), inserts)
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
{head(a, "The Meridian", "https://www.themeridianmag.com/magazine/2026/03/16/the-marsh-that-came-back")}
<script type="application/ld+json">{{"@type":"Article","headline":{json.dumps(a['title'])},"articleSection":"A Reporter at Large"}}</script>
</head>
<body>
<div id="app-root">
<div class="PersistentTopWrapper"><a href="/" class="SiteLogo">The Meridian</a>
<nav class="NavigationWrapper"><a href="/latest">Newsletters</a> <a href="/news">News</a> <a href="/books-and-culture">Books &amp; Culture</a> <a href="/fiction-and-poetry">Fiction &amp; Poetry</a> <a href="/humor">Humor &amp; Cartoons</a> <a href="/magazine">Magazine</a> <a href="/crossword">Crossword</a></nav>
<a class="SubscribeLink" href="/subscribe">Subscribe</a> <a href="/auth/sign-in">Sign In</a></div>
<main id="main-content">
<article class="article main-content">
<header class="SplitScreenContentHeaderWrapper">
<div class="RubricWrapper"><a href="/magazine/a-reporter-at-large">A Reporter at Large</a></div>
<h1 data-testid="ContentHeaderHed">{esc(a['title'])}</h1>
<div class="ContentHeaderDek">A dying estuary got a second chance when the people who had dredged it away started spraying the mud back.</div>
<div class="BylinesWrapper">By <a href="/contributors/eleanor-frayne">Eleanor Frayne</a></div>
<time class="ContentHeaderPublishDate">March 9, 2026</time>
{J("share-bar", '<div class="SocialIconsWrapper"><a>Save this story</a> <a>Share</a> <a>Listen to this story</a></div>')}
</header>
<div class="ArticlePageChunks">
<div class="body__inner-container">
{body}
</div>
</div>
</article>
<section class="RecircMostPopular"><h3>The Meridian Recommends</h3><ul><li><a href="#">The Last Oyster Shuckers of Chesapeake Bay</a></li><li><a href="#">What the River Knew</a></li></ul></section>
<section class="RowWrapper"><h3>More Science &amp; Technology</h3><ul><li><a href="#">The quest to map every wasp on Earth</a></li><li><a href="#">Can a city learn to live with floods?</a></li></ul></section>
</main>
<footer class="StackedNavigationWrapper"><a href="/about">About</a> <a href="/careers">Careers</a> <a href="/contact">Contact</a> <a href="/rss">RSS</a><p>© 2026 Meridian Publications Inc. All rights reserved. Use of this site constitutes acceptance of our User Agreement and Privacy Policy. The Meridian may earn a portion of sales from products that are purchased through our site.</p></footer>
</div>
</body>
</html>
"""


@page("junk-local-tv", A.WATER_MAIN, "junk")
def local_tv(a):
    inserts = {
        0: J("video-caption", '<figure class="article-featured-media"><div class="video-player" data-video-id="8891"><button>Play</button></div><figcaption class="article-featured-media--caption">Watch: Crews work to repair a broken water main at Eastgate Boulevard and 14th Street on Jan. 28, 2026.</figcaption></figure>'),
        3: J("trending-inline", '<div class="article-list--trending"><p class="article-list__heading"><strong>Trending stories:</strong></p><ul><li><a href="/news/local-news/dog-rescued-from-icy-pond/">Firefighter pulls dog from icy pond in Riverside Park</a></li><li><a href="/news/local-news/new-costco-opening-date/">Opening date set for new Costco on Route 66</a></li><li><a href="/weather/snow-totals/">How much snow did your town get?</a></li></ul></div>'),
        6: J("app-promo", '<p class="nx-inline-promo"><strong>Download the KTRV 7 app to get breaking news alerts on your phone.</strong></p>'),
        "end": J("tv-boilerplate", '<p class="nx-site-promo"><em>For the latest news, weather, sports, and streaming video, head to KTRV 7.</em></p>')
             + J("copyright", '<p class="article-copyright">Copyright 2026 Prairie Broadcasting Inc. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed.</p>'),
    }
    body = render(a, dict(p="<p>@</p>"), inserts)
    return f"""<!DOCTYPE html>
<html lang="en-US" class="no-js">
<head>
{head(a, "KTRV 7 News", "https://www.ktrv7.com/news/local-news/water-main-break-eastgate-boil-advisory/")}
<link rel="stylesheet" id="nexstar-theme-css" href="/wp-content/themes/nexstar/dist/main.css?ver=4.2.1" media="all">
</head>
<body class="post-template-default single single-post">
<div class="site-alert"><a href="/weather/closings/">School Closings and Delays</a></div>
<header class="site-header">
<a class="site-header__logo" href="/"><img src="/logo.png" alt="KTRV 7 News"></a>
<div class="site-header__weather"><span>22°</span> <a href="/weather/">Weather Alerts</a></div>
<nav class="site-header__nav"><ul><li><a href="/news/">News</a></li><li><a href="/weather/">Weather</a></li><li><a href="/sports/">Sports</a></li><li><a href="/live/">Watch Live</a></li><li><a href="/contests/">Contests</a></li><li><a href="/community/">Community</a></li><li><a href="/report-it/">Report It</a></li></ul></nav>
</header>
<main class="site-main">
<article class="article">
<div class="article-header">
<a class="article-header__category" href="/news/local-news/">Local News</a>
<h1 class="article-title">{esc(a['title'])}</h1>
<p class="article-authors">by: <a href="/author/ktrv-staff/">KTRV Staff</a></p>
<p class="article-dates">Posted: Jan 28, 2026 / 06:12 AM CST <br> Updated: Jan 28, 2026 / 11:37 AM CST</p>
{J("share-bar", '<div class="article-share"><a>SHARE</a> <a>Facebook</a> <a>X</a> <a>Email</a></div>')}
</div>
<div class="article-content article-body rich-text">
{body}
</div>
</article>
<aside class="sidebar">
<section class="widget weather-widget"><h2>7 Day Forecast</h2><ul><li>Wed 22° / 9°</li><li>Thu 30° / 15°</li><li>Fri 41° / 25°</li></ul></section>
<section class="widget"><h2>Top Stories</h2><ul><li><a href="#">Police: Man arrested after chase ends in crash</a></li><li><a href="#">City council to vote on trash fee increase</a></li></ul></section>
<div class="ad-label">Advertisement</div>
</aside>
</main>
<footer class="site-footer"><nav><a href="/contact/">Contact Us</a> <a href="/jobs/">Work for Us</a> <a href="/eeo/">EEO Report</a> <a href="/fcc-public-file/">FCC Public File</a> <a href="/closed-captioning/">Closed Captioning</a></nav><p>© 1998 - 2026 Prairie Broadcasting Inc. | All Rights Reserved.</p></footer>
</body>
</html>
"""


@page("junk-sports-site", A.DERBY, "junk")
def sports(a):
    inserts = {
        0: J("score-widget", '<div class="gamestrip" data-game="401"><span class="team">Riverside</span> <span class="score">2</span> <span class="sep">–</span> <span class="score">3</span> <span class="team">Harbor City</span> <span class="status">FT</span></div>'),
        3: J("read-more-inline", '<p class="article-paragraph"><strong>Read more:</strong> <a href="/soccer/story/harbor-city-delgado-tactics">Inside Ana Delgado’s rebuild at Harbor City: “We play for the last ten minutes”</a></p>'),
        5: J("caption-credit", '<figure class="inline-photo"><img src="https://cdn.pitchside.com/photos/asante-header.jpg" alt=""><figcaption>Kwame Asante heads the winner in the third minute of stoppage time. <span class="photo-credit">(Ian Corbett / Getty Images)</span></figcaption></figure>'),
        6: J("go-further", '<aside class="go-further"><p class="go-further__label">GO FURTHER</p><a href="/soccer/story/riverside-new-stadium-first-season"><h4>Riverside’s new home: a $600m bet on the future</h4></a></aside>'),
        "end": J("top-photo-credit", '<p class="article-paragraph"><em>(Top photo: Harbor City players celebrate Asante’s winner; Ian Corbett / Getty Images)</em></p>')
             + J("author-bio", '<div class="author-bio"><p><strong>Luis Carvalho</strong> covers Harbor City for Pitchside. He previously reported on the club for the Harbor City Herald for eight years. Follow Luis on X <a href="https://x.com/luiscarvalho">@luiscarvalho</a></p></div>'),
    }
    body = render(a, dict(p='<p class="article-paragraph">@</p>'), inserts)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
{head(a, "Pitchside", "https://www.pitchside.com/soccer/story/harbor-city-beat-riverside-derby-new-stadium")}
</head>
<body class="story-page">
<header class="global-nav"><a class="logo" href="/">Pitchside</a>
<ul class="sports-nav"><li><a href="/nfl/">NFL</a></li><li><a href="/nba/">NBA</a></li><li><a href="/mlb/">MLB</a></li><li><a href="/soccer/">Soccer</a></li><li><a href="/nhl/">NHL</a></li><li><a href="/college-football/">CFB</a></li></ul>
<a class="cta" href="/subscribe">Subscribe</a> <a href="/login">Log In</a></header>
<div class="scores-ticker"><span>NBA: BOS 112 - NYK 104 (Final)</span> <span>MLB: LAD 5 - SD 3 (Final)</span> <span>NHL: TOR 2 - MTL 1 (OT)</span></div>
<main>
<article class="story">
<header class="story-header">
<a class="story-league" href="/soccer/">Soccer</a>
<h1>{esc(a['title'])}</h1>
<div class="story-byline"><a href="/author/luis-carvalho/">Luis Carvalho</a> <span>Apr 18, 2026</span></div>
{J("comment-count", '<a class="story-comments" href="#comments">143</a>')}
{J("share-bar", '<div class="story-share"><button>Share</button> <button>Save</button> <button>Gift</button></div>')}
</header>
<div class="story-body">
{body}
</div>
{J("newsletter-promo", '<div class="newsletter-signup"><h4>The Pitch</h4><p>Our free daily soccer newsletter, with the best stories from across the game.</p><button>Sign Up</button></div>')}
</article>
<section id="comments"><h3>143 Comments</h3><p>Subscribers can join the conversation.</p></section>
<aside class="related-stories"><h3>More from Pitchside</h3><ul><li><a href="#">Power rankings: who can still catch the leaders?</a></li><li><a href="#">Mbeki’s contract talks stall as deadline nears</a></li></ul></aside>
</main>
<footer><p>© 2026 Pitchside Media Inc. All rights reserved.</p><a href="/terms">Terms of Service</a> <a href="/privacy">Privacy</a> <a href="/do-not-sell">Do Not Sell My Personal Information</a></footer>
</body>
</html>
"""


@page("junk-nextjs-app", A.HOUSING, "junk")
def nextjs(a):
    blocks = parse_blocks(a["text"])
    next_data = {"props": {"pageProps": {"article": {
        "headline": a["title"], "byline": a["author"], "published": a["date"],
        "body": [{"type": "paragraph", "text": p} for k, p in blocks if k == "p"],
        "related": [{"headline": "Downtown office vacancy hits record as another tenant leaves"},
                    {"headline": "Opinion: Converting offices won’t fix our housing shortage"}]}}},
        "page": "/[section]/[slug]", "buildId": "r8Yk2pQ7c1"}
    inserts = {
        2: J("ad-label", '<div class="css-1ytbo4k e1y2d5j50" data-testid="inline-ad"><p class="css-o0e3n1">Advertisement</p><div id="dfp-ad-mid1" class="css-13x2w3"></div></div>'),
        4: J("ad-label", '<div class="css-1dv1kvn" data-testid="companion-ad"><span class="css-wp1m7d">Article continues after advertisement</span></div>'),
        6: J("related-inline", '<aside class="css-19hdyf3 e1aa0s8g0" data-testid="related-links"><h2 class="css-1vm5oi9">Related</h2><ul class="css-1ye4ff1"><li><a class="css-9mylee" href="/city/office-vacancy-record">Downtown office vacancy hits record as another tenant leaves</a></li><li><a class="css-9mylee" href="/opinion/converting-offices">Opinion: Converting offices won’t fix our housing shortage</a></li></ul></aside>'),
    }
    body = render(a, dict(p='<p class="css-at9mc1 evys1bk0">@</p>'), inserts)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charSet="utf-8"/>
{head(a, "The Metro Ledger", "https://www.metroledger.com/city/2026/02/24/office-conversions-council-vote")}
<link rel="preload" href="/_next/static/css/6b3f1d2a9c.css" as="style"/><link rel="stylesheet" href="/_next/static/css/6b3f1d2a9c.css" data-n-g=""/>
<script src="/_next/static/chunks/webpack-5d8f0a.js" defer=""></script><script src="/_next/static/chunks/framework-2c79e2.js" defer=""></script>
</head>
<body><div id="__next"><div class="css-1r6wvpq">
<header class="css-1n4h9ld e1m0pzr40"><div class="css-10698mj"><a class="css-1xlf7mr" href="/" aria-label="The Metro Ledger">The Metro Ledger</a></div>
<nav class="css-1ikdlhk" aria-label="Sections"><ul class="css-1vxc2sl"><li class="css-ad3mb9"><a href="/city">City</a></li><li class="css-ad3mb9"><a href="/politics">Politics</a></li><li class="css-ad3mb9"><a href="/business">Business</a></li><li class="css-ad3mb9"><a href="/food">Food</a></li><li class="css-ad3mb9"><a href="/opinion">Opinion</a></li></ul></nav>
<div class="css-1bymuyk"><button class="css-ni9it0">Subscribe</button><button class="css-1kj7lfb">Log in</button></div></header>
<main id="site-content" class="css-1mamhsc"><article id="story" class="css-1vxca1d e1lmdhsb0">
<header class="css-1ecgr7l e1h9rw200"><p class="css-1usjsm6"><a href="/city">City</a></p>
<h1 data-testid="headline" class="css-1x9ke5r e1h9rw200">{esc(a['title'])}</h1>
<p class="css-1n2a9z1 e1wiw3jv0" id="article-summary">Zoning changes and a 15-year tax break are meant to fill dark towers with residents.</p>
<div class="css-1vh867h"><span class="css-1baulvz">By <a href="/by/naomi-feld" class="css-n8ff4n">Naomi Feld</a></span><time class="css-1sbuyqj" dateTime="2026-02-24T23:10:00.000Z">Feb. 24, 2026</time></div>
{J("share-bar", '<div class="css-1p6r3pg" data-testid="share-tools"><button class="css-1uhsiac">Gift this article</button><button class="css-1uhsiac" aria-label="Copy link">Copy link</button><button class="css-1uhsiac">Share</button></div>')}
{J("comment-count", '<a class="css-1e2opzw" href="#commentsContainer"><span class="css-wywadh">412</span></a>')}
</header>
<section name="articleBody" class="meteredContent css-1r7ky0e">
<div class="css-53u6y8"><div class="css-1fanzo5 StoryBodyCompanionColumn">
{body}
</div></div>
</section>
{J("corrections-note", '<div class="css-xt80pu eaxe0e00"><p class="css-1e4wisl">A correction was made on Feb. 25, 2026: An earlier version of this article misstated the vote. It was 9 to 4, not 8 to 5.</p></div>')}
{J("republication-note", '<div class="css-1xq7b2j"><p class="css-xcvx4f">A version of this article appears in print on Feb. 25, 2026, Section A, Page 1 of the Metro edition with the headline: Council Backs Turning Offices Into Homes.</p><a class="css-1cbb7p9" href="/reprints">Order Reprints</a> | <a href="/todayspaper">Today’s Paper</a> | <a href="/subscribe">Subscribe</a></div>')}
</article>
<aside class="css-10lm4wd"><h2 class="css-14w0eyc">Most Popular</h2><ol class="css-18wst1k"><li><a href="#">A new bakery has a two-hour line. Is it worth it?</a></li><li><a href="#">The school bus driver who knows every kid’s name</a></li><li><a href="#">Transit fares are going up in July. Here’s how much.</a></li></ol></aside>
</main>
<footer class="css-1lmd4wb"><nav class="css-1e2jphy"><a href="/about">About Us</a><a href="/careers">Careers</a><a href="/help">Help</a><a href="/terms">Terms of Service</a></nav><span class="css-1tk6mq1">© 2026 The Metro Ledger Company</span></footer>
</div></div>
<script id="__NEXT_DATA__" type="application/json">{json.dumps(next_data, ensure_ascii=False)}</script>
</body></html>
"""


@page("junk-medium-blog", A.BIKE_CO_OP, "junk")
def medium(a):
    inserts = {
        2: J("caption-credit", '<figure class="pw-figure"><div class="ik"><img alt="" class="bf lf" src="https://miro.cdn-img.io/v2/resize:fit:1400/1*bikes.jpeg" width="700" height="467"></div><figcaption class="mo fe mp pb pc mq mr be b bf z dt" data-selectable-paragraph="">Thursday night in the Westfield library parking lot. Photo by the author.</figcaption></figure>'),
    }
    body = render(a, dict(p='<p id="#" class="pw-post-body-paragraph ml mm fq mn b mo mp mq mr ms mt mu mv mw mx my mz na nb nc nd ne nf ng nh ni fj bk" data-selectable-paragraph="">@</p>'), inserts)
    return f"""<!doctype html><html lang="en"><head><meta data-rh="true" charset="utf-8"/>
{head(a, "Medium", "https://medium.com/westfield-notes/what-a-year-of-running-a-free-bike-repair-night-taught-our-neighborhood-4c1e9a7b2d10")}
<meta data-rh="true" name="robots" content="index,follow,max-image-preview:large"/>
</head><body><div id="root"><div class="a b c"><div class="d e f g h i j k">
<div class="l m n o"><div class="p q r s"><a href="https://medium.com/" aria-label="Homepage" data-testid="headerMediumLogo" class="ag ah">Medium</a>
<div class="ej ek"><input role="combobox" placeholder="Search"/></div><a href="/new-story" class="eq">Write</a> <a href="/m/signin" class="eq">Sign in</a></div></div>
<div class="fm fn"><a href="/westfield-notes" class="pub-name">Westfield Notes</a></div>
<article><div class="l"><section><div class="fi fj fk fl fm">
<div class="ab ca"><div class="ch bg ew ex ey ez">
<h1 id="3f2a" class="pw-post-title ga gb gc be gd ge gf gg gh gi gj gk gl gm gn go gp gq gr gs gt gu gv gw gx gy fj bk" data-testid="storyTitle" data-selectable-paragraph="">{esc(a['title'])}</h1>
{J("author-strip", '<div class="speechify-ignore ab cp"><div class="hd he"><a href="/@jessokafor" rel="noopener"><img alt="Jess Okafor" class="l ex by" src="https://miro.cdn-img.io/v2/resize:fill:88:88/1*jo.jpeg" width="44" height="44"></a><div><span class="be b bf z bk"><a href="/@jessokafor">Jess Okafor</a></span> <span>·</span> <button class="ui">Follow</button></div><div><span data-testid="storyReadTime">5 min read</span> <span>·</span> <span data-testid="storyPublishDate">Mar 30, 2026</span></div></div></div>')}
{J("clap-bar", '<div class="ab cn kc kd ke"><div class="pw-multi-vote-count"><button aria-label="clap">1.2K</button></div><button aria-label="responses" class="responses">14</button><button>Listen</button><button>Share</button></div>')}
{body}
</div></div></div></section></div></article>
{J("tags", '<div class="ab cn nx ny"><ul class="ab ul"><li><a href="/tag/cycling" class="tag">Cycling</a></li><li><a href="/tag/community" class="tag">Community</a></li><li><a href="/tag/volunteering" class="tag">Volunteering</a></li></ul></div>')}
{J("clap-bar", '<div class="ab cn oa"><button aria-label="clap">1.2K</button> <button aria-label="responses">14</button></div>')}
{J("author-bio", '<div class="ab ca pl"><h2 class="be tx ty tz ua ub">Written by Jess Okafor</h2><p class="be b dy z dt"><a href="/@jessokafor/followers">540 Followers</a> · Writer for <a href="/westfield-notes">Westfield Notes</a></p><p class="be b bf z bk">Librarian by day, bike mechanic by night. Writing about small things that make neighborhoods work.</p><button>Follow</button></div>')}
{J("related-box", '<div class="ab ca"><h2>More from Jess Okafor and Westfield Notes</h2><ul><li><a href="#">The library that lends out cake pans</a> <span>4 min read · Jan 12, 2026</span></li><li><a href="#">Our street finally got a crosswalk. Here’s how.</a> <span>7 min read · Oct 3, 2025</span></li></ul><h2>Recommended from Medium</h2><ul><li><a href="#">I rode 10,000 miles on a $200 bike</a> <span>6 min read · 3.4K</span></li></ul></div>')}
{J("comment-count", '<div class="ab"><h2>Responses (14)</h2><button>What are your thoughts?</button></div>')}
<div class="ab ca footer"><a href="https://help.medium.com/">Help</a> <a href="https://status.medium.com/">Status</a> <a href="/about">About</a> <a href="/jobs-at-medium">Careers</a> <a href="/press">Press</a> <a href="/blog">Blog</a> <a href="/privacy">Privacy</a> <a href="/rules">Rules</a> <a href="/terms">Terms</a> <a href="/text-to-speech">Text to speech</a></div>
</div></div></div></body></html>
"""


@page("junk-press-release", A.SOLAR_PR, "junk")
def press_release(a):
    inserts = {
        3: J("caption-credit", '<div class="image"><img src="https://mma.prnewswire.example/media/2231904/Prairie_Hawk_Solar.jpg" alt="Prairie Hawk Solar"><p class="caption">Prairie Hawk Solar in Lincoln County, Colorado (PRNewsfoto/Brightwater Energy)</p></div>'),
        "end": J("pr-boilerplate", '<p><b>About Brightwater Energy</b></p><p>Brightwater Energy develops, builds and operates utility-scale solar, wind and storage projects across the western United States. Founded in 2011 and headquartered in Denver, the company has more than 1.1 gigawatts in operation and 3 gigawatts in development. For more information, visit www.brightwaterenergy.example.</p>')
             + J("pr-boilerplate", '<p><b>Forward-Looking Statements</b></p><p>This press release contains forward-looking statements, including statements regarding expected generation and tax payments. Actual results may differ materially from those expressed or implied, and Brightwater Energy undertakes no obligation to update these statements.</p>')
             + J("media-contact", '<p><b>Media Contact:</b><br>Kelsey Draper<br>Brightwater Energy<br>press@brightwaterenergy.example<br>(303) 555-0142</p>')
             + J("pr-boilerplate", '<p>SOURCE Brightwater Energy</p>'),
    }
    body = render(a, dict(p='<p>@</p>'), inserts,
                  first_prefix=J("dateline", '<span class="xn-location">DENVER</span>, <span class="xn-chron">April 7, 2026</span> /PRNewswire/ -- '))
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
{head(a, "PR Wirehouse", "https://www.prwirehouse.example/news-releases/brightwater-energy-completes-180-megawatt-solar-project-302411077.html")}
</head>
<body class="release-page">
<header id="header"><div class="container"><a class="logo" href="/">PR Wirehouse</a>
<ul class="nav"><li><a href="/news-releases/">News</a></li><li><a href="/products/">Products</a></li><li><a href="/contact-us/">Contact</a></li></ul>
<a class="btn" href="/account/">Send a Release</a> <a href="/login/">Sign In</a></div></header>
<div class="release-body container">
<header class="release-header">
<h1>{esc(a['title'])}</h1>
<p class="subtitle"><i>Prairie Hawk Solar, paired with 60 megawatts of battery storage, will supply Front Range Electric Cooperative under a 20-year agreement</i></p>
<div class="meta">News provided by <a href="/news/brightwater-energy/">Brightwater Energy</a> <span class="date">Apr 07, 2026, 09:00 ET</span></div>
{J("share-bar", '<div class="social-share"><span>Share this article</span> <a>Facebook</a> <a>X</a> <a>LinkedIn</a> <a>Email</a></div>')}
</header>
<section class="release-body-content">
<div class="row"><div class="col-lg-10 col-lg-offset-1">
{body}
</div></div>
</section>
{J("pr-boilerplate", '<div class="mm-links"><p>Logo - <a href="https://mma.prnewswire.example/media/2231905/Brightwater_Logo.jpg">https://mma.prnewswire.example/media/2231905/Brightwater_Logo.jpg</a></p><p>View original content to download multimedia: <a href="https://www.prwirehouse.example/news-releases/302411077.html">https://www.prwirehouse.example/news-releases/302411077.html</a></p></div>')}
<section class="release-more"><h3>Also from this source</h3><ul><li><a href="#">Brightwater Energy Breaks Ground on Nevada Storage Project</a> <span>Jan 22, 2026</span></li><li><a href="#">Brightwater Energy Names New Chief Financial Officer</a> <span>Nov 04, 2025</span></li></ul><h3>Explore</h3><p><a href="/news-releases/energy-latest-news/">Alternative Energies</a> <a href="/news-releases/utilities/">Utilities</a></p></section>
</div>
<footer><p>© 2026 PR Wirehouse. All Rights Reserved.</p><ul><li><a href="/terms/">Terms of Use</a></li><li><a href="/privacy/">Privacy Policy</a></li><li><a href="/sitemap/">Site Map</a></li></ul></footer>
</body>
</html>
"""


@page("junk-de-regional", A.REGIO_BAHN, "junk")
def de_regional(a):
    inserts = {
        2: J("read-also-inline", '<p class="css-13wylk3"><strong>Lesen Sie auch:</strong> <a href="/bayern/bahn-reaktivierung-liste-1.6611020">Diese zwölf Bahnstrecken will Bayern wiederbeleben</a></p>'),
        3: J("caption-credit", '<figure class="css-1p3xxvh"><img src="https://www.sueddeutsche-land.example/image/sz.1.6614.jpg" alt="Gleise bei Wasserburg"><figcaption class="css-1jymxb0"><span>Über die Gleise bei Wasserburg rollen bisher nur gelegentlich Güterzüge.</span> <span class="css-1k4yshp">(Foto: Sven Hoppe/dpa)</span></figcaption></figure>'),
        5: J("ad-label", '<div class="sz-ad-container"><span class="sz-ad-label">Anzeige</span><div id="iqadtile8"></div></div>'),
        7: J("subscription-promo", '<aside class="css-z3ch2"><p class="css-1tf6uqd"><b>SZ Land Plus</b> Bayerns Verkehrswende: Warum es auf dem Land so langsam vorangeht</p><a href="/abo">Jetzt für 1 € testen</a></aside>'),
        "end": J("agency-line", '<p class="css-13wylk3">© dpa-infocom, dpa:260203-930-661204/2</p>'),
    }
    body = render(a, dict(p='<p class="css-13wylk3">@</p>', h='<h3 class="css-1kuo4az">@</h3>'), inserts)
    return f"""<!DOCTYPE html>
<html lang="de">
<head>
{head(a, "Süddeutsche Land", "https://www.sueddeutsche-land.example/bayern/rosenheim-wasserburg-bahn-reaktivierung-1.6614420")}
<meta name="news_keywords" content="Bahn, Rosenheim, Wasserburg, Reaktivierung, Verkehr">
</head>
<body>
<header class="css-header"><a class="logo" href="/">Süddeutsche Land</a>
<nav><ul><li><a href="/politik">Politik</a></li><li><a href="/wirtschaft">Wirtschaft</a></li><li><a href="/bayern">Bayern</a></li><li><a href="/muenchen">München</a></li><li><a href="/kultur">Kultur</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<a href="/abo">Abo</a> <a href="/login">Anmelden</a></header>
<main>
<article class="sz-article">
<header class="css-article-header">
<p class="css-kicker">Verkehr in Oberbayern</p>
<h2 class="css-1bhnxuf"><span class="css-1tm5due">Nahverkehr:</span> <span class="css-1r5gb7q">{esc(a['title'])}</span></h2>
<time class="css-1xx7a5g" datetime="2026-02-03 17:21:00">3. Februar 2026, 17:21 Uhr</time>
<p class="css-1485smx">Seit 1984 fahren auf der Strecke keine Personenzüge mehr. Nun will der Freistaat die Nebenbahn für 118 Millionen Euro reaktivieren.</p>
<p class="css-author">Von <a href="/autoren/andreas-kellermann">Andreas Kellermann</a>, Rosenheim</p>
{J("share-bar", '<div class="css-share"><button>Teilen</button> <button>Merken</button> <button>Feedback</button></div>')}
{J("comment-count", '<a class="css-comments" href="#kommentare">Kommentare (34)</a>')}
</header>
<div itemprop="articleBody" class="sz-article-body">
{body}
</div>
{J("related-box", '<section class="css-more"><h3>Mehr zum Thema</h3><ul><li><a href="#">Bahnchaos im Oberland: Warum die BOB so oft ausfällt</a></li><li><a href="#">Pendlerparkplätze am Rosenheimer Bahnhof überfüllt</a></li></ul></section>')}
<a class="css-home" href="/">Zur SZ-Land-Startseite</a>
</article>
<section id="kommentare"><h3>Kommentare</h3><p>Diskutieren Sie mit uns. Zur Diskussion benötigen Sie ein Konto.</p></section>
</main>
<footer><ul><li><a href="/impressum">Impressum</a></li><li><a href="/datenschutz">Datenschutz</a></li><li><a href="/agb">AGB</a></li><li><a href="/kontakt">Kontakt</a></li></ul><p>Copyright © Süddeutsche Land GmbH 2026. Alle Rechte vorbehalten.</p></footer>
</body>
</html>
"""


@page("junk-es-broadsheet", A.VALENCIA_AGUA, "junk")
def es_broadsheet(a):
    inserts = {
        2: J("caption-credit", '<figure class="a_m a_m-h"><span class="a_m_w"><img src="https://imagenes.elpaisano.example/resizer/v2/obras-valencia.jpg" alt="" width="414" height="233"></span><figcaption class="a_m_p"><span>Operarios reparan una tubería en la calle de la Reina, en el Cabanyal (Valencia), el pasado febrero.</span><span class="a_m_m">MÒNICA TORRES</span></figcaption></figure>'),
        4: J("related-inline", '<aside class="a_ei"><h3 class="a_ei_t">Más información</h3><ul><li><a href="/espana/comunidad-valenciana/2025-08-10/sequia-valencia.html">La sequía obliga a restringir el riego en la huerta valenciana</a></li></ul></aside>'),
        6: J("subscription-promo", '<div class="w-su"><p>Suscríbete para seguir leyendo</p><p>Lee sin límites</p><a href="/suscripciones/">Seguir leyendo</a> <a href="/login">Ya soy suscriptor</a></div>'),
        "end": J("follow-promo", '<p class=""><i>Sigue toda la información de la Comunidad Valenciana en <a href="https://www.facebook.com/">Facebook</a> y <a href="https://x.com/">X</a>, o en nuestra <a href="/newsletters/">newsletter semanal</a>.</i></p>')
             + J("corrections-note", '<p class="a_fe"><b>Fe de errores:</b> En una versión anterior de esta información se indicaba que el plan renovaría 120 kilómetros de tuberías. Son 140.</p>'),
    }
    body = render(a, dict(p='<p class="">@</p>'), inserts)
    return f"""<!DOCTYPE html>
<html lang="es">
<head>
{head(a, "El Paisano", "https://elpaisano.example/espana/comunidad-valenciana/2026-03-17/valencia-plan-fugas-agua.html")}
</head>
<body class="b-d">
<header class="_g _g-h"><div class="ep_l"><a href="/">EL PAISANO</a></div>
<nav class="sm"><a href="/internacional/">Internacional</a><a href="/opinion/">Opinión</a><a href="/espana/">España</a><a href="/economia/">Economía</a><a href="/sociedad/">Sociedad</a><a href="/cultura/">Cultura</a><a href="/deportes/">Deportes</a></nav>
<a class="ep_suscr" href="/suscripciones/">Suscríbete</a></header>
<main id="main-content">
<article class="a a-n">
<header class="a_e">
<div class="a_k"><a href="/espana/comunidad-valenciana/">Comunidad Valenciana</a></div>
<h1 class="a_t">{esc(a['title'])}</h1>
<h2 class="a_st">El Ayuntamiento renovará 140 kilómetros de tuberías hasta 2031 y subirá la tarifa del agua un 2,5% anual</h2>
<div class="a_md"><div class="a_md_a"><a href="/autor/lucia-ferrandiz/">Lucía Ferrándiz</a></div><div class="a_md_f"><span>Valencia - </span><a href="#">17 mar 2026 - 13:25 CET</a></div></div>
{J("share-bar", '<div class="a_s"><a>Compartir en Whatsapp</a> <a>Compartir en Facebook</a> <a>Compartir en Twitter</a> <a>Copiar enlace</a></div>')}
{J("comment-count", '<a class="a_c" href="#comentarios">Comentarios 21</a>')}
</header>
<div class="a_c clearfix" data-dtm-region="articulo_cuerpo">
{body}
</div>
{J("tags", '<section class="a_k_n"><h3>Archivado En</h3><ul><li><a href="#">Valencia</a></li><li><a href="#">Agua</a></li><li><a href="#">Infraestructuras</a></li><li><a href="#">Ayuntamientos</a></li></ul></section>')}
{J("author-bio", '<section class="a_aut"><p><b>Lucía Ferrándiz</b> es redactora de la delegación de El Paisano en la Comunidad Valenciana. Cubre urbanismo y medio ambiente.</p></section>')}
</article>
<section id="comentarios"><h3>Comentarios</h3><p>Normas ›</p><p>Mis comentarios</p></section>
<aside><h3>Lo más visto</h3><ol><li><a href="#">Los precios del alquiler vuelven a subir en el centro de Valencia</a></li><li><a href="#">La Albufera recupera aves tras el invierno</a></li></ol></aside>
</main>
<footer class="_g _g-f"><p>© EDICIONES EL PAISANO S.L.</p><a href="/contacto/">Contacto</a> <a href="/aviso-legal/">Aviso legal</a> <a href="/politica-cookies/">Política cookies</a></footer>
</body>
</html>
"""


@page("junk-it-broadsheet", A.TORINO_FORNO, "junk")
def it_broadsheet(a):
    inserts = {
        1: J("caption-credit", '<figure class="media-news"><img src="https://images2.corriere-sera.example/torino/2026/01/14/forno.jpg" alt=""><figcaption class="media-news__caption">Franco Bertola nel suo forno di via Nizza (foto Ansa)</figcaption></figure>'),
        3: J("read-also-inline", '<p class="chapter-paragraph"><strong>LEGGI ANCHE</strong></p>') + J("related-inline", '<ul class="leggi-anche"><li><a href="/notizie/cronaca/25_novembre_20/san-salvario-negozi-storici.shtml">San Salvario, chiudono altri due negozi storici</a></li><li><a href="/notizie/economia/25_dicembre_02/prezzo-pane.shtml">Il prezzo del pane a Torino è salito del 18% in due anni</a></li></ul>'),
        5: J("newsletter-promo", '<div class="box-newsletter"><p><b>La newsletter di Corriere Torino</b></p><p>Se vuoi restare aggiornato sulle notizie di Torino iscriviti gratis alla newsletter. Arriva ogni giorno direttamente nella tua casella di posta alle 7 del mattino.</p><a href="/newsletter/">Basta cliccare qui</a></div>'),
        "end": J("copyright", '<p class="riproduzione">© RIPRODUZIONE RISERVATA</p>'),
    }
    body = render(a, dict(p='<p class="chapter-paragraph">@</p>'), inserts)
    return f"""<!DOCTYPE html>
<html lang="it">
<head>
{head(a, "Corriere Torino", "https://torino.corriere-sera.example/notizie/cronaca/26_gennaio_14/torino-chiude-forno-bertola-via-nizza.shtml")}
</head>
<body>
<header class="header-main"><a class="logo" href="/">Corriere Torino</a>
<nav class="menu"><a href="/notizie/cronaca/">Cronaca</a> <a href="/notizie/politica/">Politica</a> <a href="/notizie/economia/">Economia</a> <a href="/notizie/sport/">Sport</a> <a href="/notizie/cultura-tempo-libero/">Cultura</a></nav>
<a href="/abbonamenti/">Abbonati</a> <a href="/login/">Accedi</a></header>
<main class="content">
<article class="article-content">
<p class="article-section">Cronaca / San Salvario</p>
<h1 class="title-art-hp">{esc(a['title'])}</h1>
<h2 class="summary-art">Franco Bertola, terza generazione di panettieri, chiude il negozio il 31 gennaio. In città hanno chiuso quaranta forni artigianali in cinque anni</h2>
<p class="writer">di <span class="writer-name">Giulia Ravetti</span></p>
<p class="article-date-place">14 gennaio 2026</p>
{J("share-bar", '<div class="share-box"><span>condividi</span> <a>Facebook</a> <a>X</a> <a>WhatsApp</a> <a>Email</a></div>')}
<div class="content-article" id="content-to-read">
{body}
</div>
<section class="articoli-correlati"><h3>Le notizie più lette</h3><ul><li><a href="#">Metro 2, via libera al primo lotto</a></li><li><a href="#">Neve in collina, scuole chiuse a Pino Torinese</a></li></ul></section>
</article>
</main>
<footer><p>Copyright 2026 © RCS Mediagroup Torino S.p.a. Tutti i diritti sono riservati | Per la pubblicità: RCS MediaGroup S.p.A. - Dir. Communication Solutions</p><p>P.IVA 12086540155</p></footer>
</body>
</html>
"""


@page("junk-nl-public", A.UTRECHT_FIETS, "junk")
def nl_public(a):
    inserts = {
        0: J("caption-credit", '<figure class="sc-4c1d8d-0 hkWhTb"><img src="https://cdn.nos-nieuws.example/data/image/2026/02/19/stalling.jpg" alt="De nieuwe fietsenstalling onder het Jaarbeursplein"><figcaption class="sc-4c1d8d-2 jTtwUQ"><span>De nieuwe fietsenstalling onder het Jaarbeursplein</span> <span class="sc-4c1d8d-3">ANP</span></figcaption></figure>'),
        3: J("read-also-inline", '<aside class="sc-d2f3e0-0 gKsHkW"><p class="sc-d2f3e0-1">Lees ook</p><a href="/artikel/2501122-fietsen-weggehaald-bij-station">Gemeente haalde vorig jaar 14.000 fietsen weg bij Utrecht Centraal</a></aside>'),
        5: J("ad-label", '<div class="sc-advertentie"><span>Advertentie</span></div>'),
        "end": J("co-production-note", '<p class="sc-6d77a1f2-0 hFAboU"><i>Dit artikel is gemaakt in samenwerking met RTV Stichtse Vecht.</i></p>'),
    }
    body = render(a, dict(p='<p class="sc-6d77a1f2-0 hFAboU">@</p>'), inserts)
    return f"""<!DOCTYPE html>
<html lang="nl">
<head>
{head(a, "NOS Nieuws", "https://nos-nieuws.example/artikel/2512301-utrecht-opent-derde-grote-fietsenstalling")}
</head>
<body>
<div id="__next">
<header class="sc-f5e7a7-0 kVxGpo"><a href="/" class="sc-f5e7a7-1">NOS Nieuws</a>
<nav class="sc-f5e7a7-2"><a href="/nieuws/binnenland">Binnenland</a> <a href="/nieuws/buitenland">Buitenland</a> <a href="/nieuws/regio">Regionaal nieuws</a> <a href="/nieuws/politiek">Politiek</a> <a href="/nieuws/economie">Economie</a> <a href="/nieuws/tech">Tech</a> <a href="/sport">Sport</a></nav></header>
<main class="sc-a8a1f1-0">
<article class="sc-a8a1f1-1 bFKqLw">
<div class="sc-81f3f2-0"><span class="sc-81f3f2-1">Binnenland</span> <time datetime="2026-02-19T09:12:00+0100">19 februari 2026, 09:12</time> <span>Aangepast 19 februari 2026, 13:40</span></div>
<h1 class="sc-f9df6382-0 fCNPxI">{esc(a['title'])}</h1>
<p class="sc-author">door Sanne de Groot, verslaggever Utrecht</p>
{J("share-bar", '<div class="sc-share"><button>Deel artikel:</button> <a>Deel via WhatsApp</a> <a>Deel via Facebook</a> <a>Deel via X</a> <a>Deel via e-mail</a></div>')}
<div class="sc-6d77a1f2-1 body">
{body}
</div>
{J("tags", '<section class="sc-tags"><h2>Meer over dit onderwerp:</h2><a href="/zoeken/?q=Utrecht">Utrecht</a> <a href="/zoeken/?q=Fiets">Fiets</a> <a href="/zoeken/?q=Openbaar+vervoer">Openbaar vervoer</a></section>')}
{J("share-bar", '<div class="sc-share"><button>Deel artikel:</button> <a>Deel via WhatsApp</a> <a>Deel via Facebook</a></div>')}
</article>
<aside class="sc-related"><h2>Meer nieuws</h2><ul><li><a href="#">Storing bij NS: geen treinen tussen Utrecht en Amersfoort</a></li><li><a href="#">Kabinet trekt extra geld uit voor fietspaden</a></li></ul></aside>
</main>
<footer class="sc-footer"><a href="/over">Over NOS Nieuws</a> <a href="/privacy">Privacy</a> <a href="/cookies">Cookies</a> <a href="/contact">Contact</a><p>© NOS Nieuws 2026</p></footer>
</div>
</body>
</html>
"""


@page("junk-pl-portal", A.KRAKOW_TRAMWAJ, "junk")
def pl_portal(a):
    inserts = {
        1: J("ad-label", '<div class="adPlaceholder"><span class="adLabel">REKLAMA</span><div id="flat-inread"></div></div>'),
        2: J("video-promo", '<div class="videoPromo"><p class="videoPromo__label">Dalsza część artykułu pod materiałem wideo</p><div class="player" data-mvp="1">Odtwórz</div></div>'),
        3: J("read-also-inline", '<p class="hyphenate"><b>Czytaj też:</b> <a href="/krakow/tramwaj-do-gorki-narodowej-otwarty">Tramwaj na Górkę Narodową już jeździ. Pierwsze dni bez większych problemów</a></p>'),
        4: J("caption-credit", '<figure class="imageFigure"><img src="https://ocdn.eu/images/pulscms/krakow-lublanska.jpg" alt=""><figcaption>Prace przy ulicy Lublańskiej. <span class="imageAuthor">Fot. Jakub Nowak / Agencja Krakowska</span></figcaption></figure>'),
        6: J("related-box", '<div class="relatedBox"><p class="relatedBox__title">Zobacz także:</p><ul><li><a href="#">Nowe autobusy elektryczne wyjadą na ulice Krakowa w maju</a></li><li><a href="#">Remont alei 29 Listopada. Kierowcy muszą się przygotować na utrudnienia</a></li></ul></div>'),
        "end": J("source-line", '<p class="hyphenate source">Źródło: Gazeta Małopolska</p>'),
    }
    body = render(a, dict(p='<p class="hyphenate">@</p>'), inserts)
    return f"""<!DOCTYPE html>
<html lang="pl">
<head>
{head(a, "Onet Kraków", "https://krakow.onet-portal.example/krakow/tramwaj-do-mistrzejowic-opozniony/x7yz1ab")}
</head>
<body class="detail">
<div id="pageWrapper">
<header id="header"><a class="logo" href="/">Onet Kraków</a>
<nav class="mainMenu"><a href="/wiadomosci">Wiadomości</a> <a href="/sport">Sport</a> <a href="/biznes">Biznes</a> <a href="/kultura">Kultura</a> <a href="/pogoda">Pogoda</a> <a href="/premium">Premium</a></nav>
<div class="weather">Kraków 4°C</div></header>
<main id="main">
<article id="detail" class="articleDetail">
<div class="breadcrumbs"><a href="/">Wiadomości</a> › <a href="/krakow">Kraków</a></div>
<h1 class="mainTitle">{esc(a['title'])}</h1>
<div class="authorAndDate"><span class="author">Katarzyna Wilk</span> <span class="datePublished">5 marca 2026, 14:37</span></div>
{J("comment-count", '<a class="commentsCount" href="#comments">Komentarze (57)</a>')}
{J("share-bar", '<div class="shareBox"><a>Udostępnij</a> <a>Facebook</a> <a>X</a> <a>Skopiuj link</a></div>')}
<div class="lead"><p class="hyphenate lead">Mieszkańcy Mistrzejowic poczekają dłużej na tramwaj. Pierwsze składy pojadą nową trasą dopiero pod koniec 2028 roku.</p></div>
<div id="detailContentWrapper" class="detailContent">
{body}
</div>
{J("tags", '<ul class="tags"><li><a href="/tag/krakow">Kraków</a></li><li><a href="/tag/tramwaje">tramwaje</a></li><li><a href="/tag/inwestycje">inwestycje</a></li><li><a href="/tag/mpk">MPK</a></li></ul>')}
</article>
<section id="comments"><h3>Komentarze (57)</h3><p>Zaloguj się, aby dodać komentarz.</p></section>
<aside class="rightColumn"><h3>Najczęściej czytane</h3><ol><li><a href="#">Smog w Krakowie. Alarm drugiego stopnia</a></li><li><a href="#">Wisła Kraków z nowym trenerem</a></li></ol></aside>
</main>
<footer><p>© 2026 Onet Portal Sp. z o.o. Wszystkie prawa zastrzeżone.</p><a href="/regulamin">Regulamin</a> <a href="/polityka-prywatnosci">Polityka prywatności</a></footer>
</div>
</body>
</html>
"""


@page("junk-pt-broadsheet", A.LISBOA_FERRY, "junk")
def pt_broadsheet(a):
    inserts = {
        1: J("caption-credit", '<figure class="story__figure"><img src="https://imagens.publico-diario.example/imagens.aspx/1899231?tp=UH&db=IMAGENS" alt=""><figcaption class="story__figure-caption">Um dos novos navios elétricos no terminal do Seixal <span class="story__figure-credit">Nuno Ferreira Santos</span></figcaption></figure>'),
        3: J("read-also-inline", '<aside class="story__related"><span class="kicker">Leia também</span><a href="/2025/11/03/local/noticia/transtejo-supressoes.html">Transtejo suprimiu mais de mil viagens em 2025</a></aside>'),
        5: J("app-promo", '<p class="story__whatsapp"><a href="https://whatsapp.com/channel/publico">Receba as notícias do DIÁRIO PÚBLICO no WhatsApp. Siga o nosso canal.</a></p>'),
        "end": J("editor-note", '<p><em>Texto editado por Helena Pereira</em></p>'),
    }
    body = render(a, dict(p='<p>@</p>'), inserts)
    return f"""<!DOCTYPE html>
<html lang="pt-PT">
<head>
{head(a, "Diário Público", "https://www.publico-diario.example/2026/04/09/local/noticia/ferries-eletricos-seixal-cais-sodre-maio-2101122")}
</head>
<body class="story-page">
<header class="site-header"><a class="site-header__logo" href="/">DIÁRIO PÚBLICO</a>
<nav class="site-nav"><a href="/politica">Política</a> <a href="/sociedade">Sociedade</a> <a href="/local">Local</a> <a href="/economia">Economia</a> <a href="/mundo">Mundo</a> <a href="/culturaipsilon">Cultura</a> <a href="/desporto">Desporto</a></nav>
<a class="btn btn--subscribe" href="/assinaturas">Assine já</a></header>
<main>
<article class="story">
<header class="story__header">
<p class="story__kicker"><a href="/local/lisboa">Lisboa</a></p>
<h1 class="headline story__headline">{esc(a['title'])}</h1>
<div class="story__blurb lead"><p>Dois navios da Transtejo entram ao serviço em maio. Até ao fim do ano chegam mais seis.</p></div>
<div class="byline"><a href="/autor/rita-gouveia">Rita Gouveia</a> <time datetime="2026-04-09T18:40">9 de Abril de 2026, 18:40</time></div>
{J("share-bar", '<div class="story__share"><a>Partilhar no Facebook</a> <a>Partilhar no X</a> <a>Partilhar por email</a> <a>Guardar</a></div>')}
{J("subscription-promo", '<div class="paywall-offer"><p>Os seus artigos favoritos, sem publicidade. <a href="/assinaturas">Assine o DIÁRIO PÚBLICO</a>.</p></div>')}
</header>
<div class="story__body" id="story-body">
{body}
</div>
{J("tags", '<footer class="story__tags"><h4>Tópicos</h4><a href="/lisboa">Lisboa</a> <a href="/seixal">Seixal</a> <a href="/transportes">Transportes</a> <a href="/transtejo">Transtejo</a></footer>')}
{J("comment-count", '<section class="story__comments"><h4>Comentários (12)</h4><p>Os comentários são exclusivos para assinantes.</p></section>')}
</article>
<aside class="sidebar"><h3>Mais lidas</h3><ol><li><a href="#">Greve nos comboios da Linha de Sintra na sexta-feira</a></li><li><a href="#">Preço das casas em Lisboa volta a subir</a></li></ol></aside>
</main>
<footer class="site-footer"><p>© 2026 DIÁRIO PÚBLICO Comunicação Social SA</p><a href="/estatuto-editorial">Estatuto Editorial</a> <a href="/ficha-tecnica">Ficha Técnica</a> <a href="/termos-e-condicoes">Termos e Condições</a></footer>
</body>
</html>
"""


@page("junk-wordpress-local", A.FARMERS_MARKET, "junk")
def wordpress(a):
    inserts = {
        2: J("caption-credit", '<figure id="attachment_4471" aria-describedby="caption-attachment-4471" style="width: 640px" class="wp-caption aligncenter"><img loading="lazy" class="size-large wp-image-4471" src="https://cedarfallsdispatch.example/wp-content/uploads/2026/04/depot-1024x683.jpg" alt="" width="640" height="427"><figcaption id="caption-attachment-4471" class="wp-caption-text">The old rail depot on Front Street. (Photo by Bev Lindahl)</figcaption></figure>'),
        "end": J("share-bar", '<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3><div class="sd-content"><ul><li class="share-facebook"><a class="share-facebook sd-button" href="?share=facebook"><span>Facebook</span></a></li><li class="share-email"><a class="share-email sd-button" href="?share=email"><span>Email</span></a></li><li class="share-print"><a class="share-print sd-button" href="#print"><span>Print</span></a></li></ul></div></div></div>')
             + J("like-widget", '<div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper"><h3 class="sd-title">Like this:</h3><div class="likes-widget-placeholder post-likes-widget-placeholder"><span class="button"><span>Like</span></span> <span class="loading">Loading...</span></div></div>')
             + J("related-box", '<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3><div class="jp-relatedposts-items"><p><a href="/2025/10/27/market-season-wrap/">Farmers market wraps up record season</a> <span>October 27, 2025</span> <span>In &quot;News&quot;</span></p><p><a href="/2026/01/15/depot-renovation/">City finishes depot renovation</a> <span>January 15, 2026</span> <span>In &quot;City Hall&quot;</span></p></div></div>'),
    }
    body = render(a, dict(p="<p>@</p>"), inserts)
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
{head(a, "Cedar Falls Dispatch", "https://cedarfallsdispatch.example/2026/04/21/saturday-farmers-market-moves-to-old-rail-depot/")}
<meta name="generator" content="WordPress 6.7.1">
<link rel="stylesheet" id="twentytwelve-style-css" href="https://cedarfallsdispatch.example/wp-content/themes/twentytwelve/style.css?ver=20241112" media="all">
</head>
<body class="post-template-default single single-post postid-4470 single-format-standard custom-font-enabled">
<div id="page" class="hfeed site">
<header id="masthead" class="site-header" role="banner">
<hgroup><h1 class="site-title"><a href="https://cedarfallsdispatch.example/" rel="home">Cedar Falls Dispatch</a></h1><h2 class="site-description">News for Cedar Falls and the Valley, since 2009</h2></hgroup>
<nav id="site-navigation" class="main-navigation" role="navigation"><button class="menu-toggle">Menu</button><a class="assistive-text" href="#content">Skip to content</a><div class="menu-main-container"><ul id="menu-main" class="nav-menu"><li><a href="/">Home</a></li><li><a href="/category/news/">News</a></li><li><a href="/category/city-hall/">City Hall</a></li><li><a href="/category/schools/">Schools</a></li><li><a href="/category/obituaries/">Obituaries</a></li><li><a href="/advertise/">Advertise</a></li><li><a href="/about/">About</a></li></ul></div></nav>
</header>
<div id="main" class="wrapper">
<div id="primary" class="site-content"><div id="content" role="main">
<article id="post-4470" class="post-4470 post type-post status-publish format-standard hentry category-news tag-farmers-market tag-front-street">
<header class="entry-header"><h1 class="entry-title">{esc(a['title'])}</h1>
{J("comment-count", '<div class="comments-link"><a href="#comments">2 Replies</a></div>')}
</header>
<div class="entry-content">
{body}
</div>
<footer class="entry-meta">This entry was posted in <a href="/category/news/" rel="category tag">News</a> and tagged <a href="/tag/farmers-market/" rel="tag">farmers market</a>, <a href="/tag/front-street/" rel="tag">Front Street</a> on <a href="/2026/04/21/saturday-farmers-market/"><time class="entry-date" datetime="2026-04-21T06:30:00-05:00">April 21, 2026</time></a><span class="by-author"> by <span class="author vcard"><a class="url fn n" href="/author/bev/">Bev Lindahl</a></span></span>.</footer>
</article>
<nav class="nav-single"><span class="nav-previous"><a href="/2026/04/20/council-roundup/" rel="prev"><span class="meta-nav">&larr;</span> Council roundup: paving, parks and a new fire truck</a></span> <span class="nav-next"><a href="/2026/04/22/library-seed-swap/" rel="next">Library seed swap returns Saturday <span class="meta-nav">&rarr;</span></a></span></nav>
<div id="comments" class="comments-area"><h2 class="comments-title">2 thoughts on &ldquo;<span>Saturday farmers market moves to the old rail depot this summer</span>&rdquo;</h2>
<ol class="commentlist"><li class="comment"><article class="comment"><header class="comment-meta comment-author vcard"><cite><b class="fn">Judy K.</b></cite> <time datetime="2026-04-21T09:02:00-05:00">April 21, 2026 at 9:02 am</time></header><section class="comment-content comment"><p>Finally some shade! The church lot was brutal in August.</p></section><div class="reply"><a class="comment-reply-link" href="#respond">Reply</a></div></article></li>
<li class="comment"><article class="comment"><header class="comment-meta comment-author vcard"><cite><b class="fn">Don Petersen</b></cite> <time datetime="2026-04-21T11:47:00-05:00">April 21, 2026 at 11:47 am</time></header><section class="comment-content comment"><p>Will the shuttle run from the senior center too?</p></section><div class="reply"><a class="comment-reply-link" href="#respond">Reply</a></div></article></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">Your email address will not be published. Required fields are marked *</p><p class="comment-form-comment"><label for="comment">Comment *</label><textarea id="comment" name="comment"></textarea></p><p class="comment-form-author"><label for="author">Name *</label><input id="author" name="author" type="text"></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div>
</div>
</div></div>
<div id="secondary" class="widget-area" role="complementary">
<aside id="search-2" class="widget widget_search"><form role="search" method="get" id="searchform"><input type="text" name="s"><input type="submit" value="Search"></form></aside>
<aside id="recent-posts-2" class="widget widget_recent_entries"><h3 class="widget-title">Recent Posts</h3><ul><li><a href="#">Library seed swap returns Saturday</a></li><li><a href="#">Council roundup: paving, parks and a new fire truck</a></li><li><a href="#">Valley girls&#39; soccer opens with a win</a></li></ul></aside>
<aside id="text-3" class="widget widget_text"><h3 class="widget-title">Support local news</h3><div class="textwidget"><p>The Dispatch is reader-supported. Become a member for $5 a month.</p></div></aside>
</div>
</div>
<footer id="colophon" role="contentinfo"><div class="site-info"><a href="https://wordpress.org/">Proudly powered by WordPress</a></div></footer>
</div>
</body>
</html>
"""


@page("junk-nonprofit-newsroom", A.NONPROFIT_WELLS, "junk")
def nonprofit(a):
    inserts = {
        2: J("partnership-note", '<p class="article-body__partner"><em>This article was produced in partnership with the Southwest Public Radio Collaborative.</em></p>'),
        5: J("callout-form", '<aside class="callout callout--form"><h3>Do you drink water from a private well?</h3><p>Help us investigate. Tell us about your water and whether it has ever been tested.</p><a class="btn" href="/forms/well-water/">Share your story</a></aside>'),
        7: J("related-inline", '<p class="related-inline"><strong>Related:</strong> <a href="/2025/08/14/feedlot-permits/">How feedlots got bigger while inspections got rarer</a></p>'),
        8: J("donation-promo", '<aside class="donate-inline"><p><strong>We can’t do this without you.</strong> This story was paid for by readers like you. Nonprofit journalism depends on your support.</p><a class="btn" href="/donate/">Donate now</a></aside>'),
        "end": J("corrections-note", '<p class="correction"><strong>Correction, March 27, 2026:</strong> An earlier version of this story gave the wrong name for the town near Ms. Villalobos’ home. It is Carrizo, not Carrizal.</p>'),
    }
    body = render(a, dict(p='<p class="article-body__paragraph">@</p>'), inserts)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
{head(a, "The Plains Record", "https://plainsrecord.example/2026/03/26/rural-wells-nitrate-feedlots-state-knew/")}
</head>
<body class="single-story">
<div class="top-banner">The Plains Record is a nonprofit newsroom. <a href="/donate/">Support our work</a></div>
<header class="site-header"><a class="logo" href="/">The Plains Record</a>
<nav><a href="/topics/environment/">Environment</a> <a href="/topics/health/">Health</a> <a href="/topics/government/">Government</a> <a href="/topics/agriculture/">Agriculture</a> <a href="/investigations/">Investigations</a></nav>
<a class="btn" href="/newsletters/">Newsletters</a> <a class="btn btn--donate" href="/donate/">Donate</a></header>
<main>
<article class="story">
<header class="story-header">
<p class="series">Poisoned Wells</p>
<h1>{esc(a['title'])}</h1>
<p class="dek">Regulators found unsafe nitrate levels in 97 private wells near cattle feedlots. They notified 14 owners.</p>
<p class="byline">by <a href="/people/reuben-castellanos/">Reuben Castellanos</a> <time datetime="2026-03-26">March 26, 2026, 5 a.m. CDT</time></p>
{J("republish-note", '<div class="republish-teaser"><button class="republish-button">Republish this story</button> <button>Share</button></div>')}
</header>
<div class="article-body">
{body}
</div>
{J("author-bio", '<section class="author-bio"><h3>Reuben Castellanos</h3><p>Reuben Castellanos is an investigative reporter for The Plains Record covering environment and public health. He can be reached at reuben@plainsrecord.example or on Signal at 555-210-8871.</p></section>')}
{J("republish-note", '<section class="republish-box"><h3>Republish This Story</h3><p>You may republish this story for free under a Creative Commons Attribution-NoDerivatives license, provided you credit The Plains Record and do not edit it beyond minor style changes.</p><textarea readonly>State knew for years that rural wells near feedlots were contaminated...</textarea><button>Copy to clipboard</button></section>')}
</article>
<aside class="sidebar"><h3>Sign up for The Record Weekly</h3><p>Our biggest stories, delivered to your inbox every Saturday.</p><input type="email"><button>Subscribe</button><h3>More from Poisoned Wells</h3><ul><li><a href="#">Part 1: The hidden cost of cheap beef</a></li><li><a href="#">What nitrate in water does to a baby’s blood</a></li></ul></aside>
</main>
<footer><p>The Plains Record is a 501(c)(3) nonprofit. © 2026 The Plains Record. Our stories may be republished under Creative Commons.</p><a href="/about/">About</a> <a href="/ethics/">Ethics Policy</a> <a href="/donors/">Our Donors</a></footer>
</body>
</html>
"""


@page("junk-uk-broadcaster", A.RURAL_BUS, "junk")
def uk_broadcaster(a):
    inserts = {
        2: J("caption-credit", '<figure class="ssrcss-1dhn7qh-StyledFigure"><div class="ssrcss-ab5fd8-StyledFigureContainer"><span class="ssrcss-hidden-label">Image source, </span><span class="ssrcss-17zglt8-Copyright">Vale Coaches</span><img src="https://ichef.bbc-like.example/news/976/cpsprodpb/bus-47.jpg" alt="A single-decker bus in a village street" width="976"></div><figcaption class="ssrcss-1ynb4ty-Caption"><span class="ssrcss-hidden-label">Image caption, </span>The 47 links eight villages with Ashcombe and Brierley</figcaption></figure>'),
        6: J("video-caption", '<div data-component="video-block" class="ssrcss-uf6wea-RichTextComponentWrapper"><div class="media-player">Media caption, </div><p class="ssrcss-1q0x1qg-Paragraph">Watch: Passengers on the 47 describe what the bus means to them</p></div>'),
        9: J("related-inline", '<div data-component="links-block" class="ssrcss-uf6wea-RichTextComponentWrapper"><h2>Related stories</h2><ul><li><a href="/news/uk-england-vale-60122111">County warns of cuts to 20 rural bus routes</a></li></ul></div>'),
        "end": J("follow-promo", '<div data-component="text-block" class="ssrcss-uf6wea-RichTextComponentWrapper"><p class="ssrcss-1q0x1qg-Paragraph"><i>Follow Vale News on <a href="#">Facebook</a>, <a href="#">X</a> and <a href="#">Instagram</a>. Send your story ideas to <a href="mailto:vale.news@bbc-like.example">vale.news@bbc-like.example</a>.</i></p></div>'),
    }
    body = render(a, dict(p='<div data-component="text-block" class="ssrcss-uf6wea-RichTextComponentWrapper"><p class="ssrcss-1q0x1qg-Paragraph">@</p></div>'), inserts)
    return f"""<!DOCTYPE html>
<html lang="en-GB" class="no-js">
<head>
{head(a, "BBC-like News", "https://www.bbc-like.example/news/articles/c4g7d2xe1kpo")}
</head>
<body>
<div id="__next">
<header class="ssrcss-1a9ud2x-GlobalNavigation"><a href="/" class="ssrcss-logo">BBC-like</a>
<nav aria-label="Main"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li><li><a href="/iplayer">iPlayer</a></li><li><a href="/sounds">Sounds</a></li></ul></nav></header>
<nav class="ssrcss-secondary"><a href="/news/england">England</a> <a href="/news/localnews">Local News</a> <a href="/news/regions">Regions</a></nav>
<div id="main-wrapper">
<main id="main-content" role="main">
<article class="ssrcss-pv1rh6-ArticleWrapper">
<header data-component="headline-block"><h1 id="main-heading" class="ssrcss-15xko80-StyledHeading">{esc(a['title'])}</h1></header>
<div data-component="byline-block" class="ssrcss-68pt20-Text-TextContributorName">Gwen Hartley<br>BBC-like News, Vale</div>
<time datetime="2026-02-26T06:14:21.000Z">26 February 2026</time>
{J("share-bar", '<div class="ssrcss-share"><button>Share</button> <button>Save</button></div>')}
{body}
{J("tags", '<div data-component="topic-list" class="ssrcss-1qmkvfu-TopicListWrapper"><h2>Related topics</h2><ul><li><a href="/news/topics/bus">Bus travel</a></li><li><a href="/news/topics/rural">Rural communities</a></li><li><a href="/news/topics/ashcombe">Ashcombe</a></li></ul></div>')}
{J("related-box", '<section data-component="links-block"><h2>More on this story</h2><ul><li><a href="#">Rural bus cuts: &#39;I can&#39;t get to my GP&#39;</a> <span>Published 12 January</span></li><li><a href="#">Bus operator warns routes at risk</a> <span>Published 3 December 2025</span></li></ul></section>')}
</article>
</main>
<aside class="ssrcss-most-read"><h2>Most read</h2><ol><li><a href="#">Lorry crash closes motorway for seven hours</a></li><li><a href="#">Cathedral choir to tour Japan</a></li></ol></aside>
</div>
<footer class="ssrcss-footer"><ul><li><a href="/terms">Terms of Use</a></li><li><a href="/about">About the BBC-like</a></li><li><a href="/privacy">Privacy Policy</a></li><li><a href="/cookies">Cookies</a></li></ul><p>Copyright 2026 BBC-like. All rights reserved. The BBC-like is not responsible for the content of external sites.</p></footer>
</div>
</body>
</html>
"""


# ================================================================ clean pages (little or no junk; content must stay)

@page("clean-list-explainer-wp", C.HEAT_EXPLAINER, "clean")
def clean_list(a):
    body = render(a, dict(p="<p>@</p>", h='<h2 class="wp-block-heading">@</h2>', ul='<ul class="wp-block-list">@</ul>',
                          ol='<ol class="wp-block-list">@</ol>'))
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
{head(a, "Valley Sun Times", "https://valleysuntimes.example/2026/07/14/heat-emergency-cooling-centers-power-outages/")}
<meta name="generator" content="WordPress 6.8">
<link rel="stylesheet" id="wp-block-library-css" href="/wp-includes/css/dist/block-library/style.min.css?ver=6.8" media="all">
</head>
<body class="wp-singular post-template-default single single-post wp-theme-newspack-theme">
<div id="page" class="site">
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/">Valley Sun Times</a></p></div>
<nav class="main-navigation"><ul id="menu-primary"><li><a href="/category/news/">News</a></li><li><a href="/category/health/">Health</a></li><li><a href="/category/environment/">Environment</a></li><li><a href="/en-espanol/">En Español</a></li><li><a href="/donate/">Donate</a></li></ul></nav></header>
<div id="content" class="site-content">
<main id="main" class="site-main">
<article id="post-20881" class="post-20881 post type-post status-publish format-standard category-health">
<header class="entry-header"><span class="cat-links"><a href="/category/health/">Health</a></span><h1 class="entry-title">{esc(a['title'])}</h1>
<div class="entry-meta"><span class="byline">By <a href="/author/carla-benavides/">Carla Benavides</a></span> <time class="entry-date published">July 14, 2026</time></div></header>
<div class="entry-content">
{body}
</div>
</article>
</main>
<aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">Latest</h2><ul><li><a href="#">Utility asks customers to set thermostats to 78</a></li><li><a href="#">Farmworkers push for shade rules</a></li></ul></section></aside>
</div>
<footer id="colophon" class="site-footer"><p>Valley Sun Times is a nonprofit newsroom. © 2026 All rights reserved.</p><a href="/privacy-policy/">Privacy Policy</a></footer>
</div>
</body>
</html>
"""


@page("clean-qa-ghost", C.LUTHIER_QA, "clean")
def clean_qa(a):
    blocks = parse_blocks(a["text"])
    # questions (short paragraphs ending in "?" after the intro) are set bold, as interview pages do
    style = dict(p="<p>@</p>")
    parts = []
    for i, (kind, text) in enumerate(blocks):
        if i > 0 and text.endswith("?"):
            parts.append(f"<p><strong>{esc(text)}</strong></p>")
        else:
            parts.append(f"<p>{esc(text)}</p>")
    body = "\n".join(parts)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
{head(a, "Workbench Quarterly", "https://workbench.example/a-guitar-tells-you-when-its-finished/")}
<meta name="generator" content="Ghost 5.96">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=3b1c9a8f2e">
</head>
<body class="post-template tag-interviews">
<div class="gh-viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="https://workbench.example">Workbench Quarterly</a></div>
<nav class="gh-head-menu"><ul class="nav"><li class="nav-home"><a href="/">Home</a></li><li class="nav-interviews"><a href="/tag/interviews/">Interviews</a></li><li class="nav-shop-visits"><a href="/tag/shop-visits/">Shop visits</a></li><li class="nav-about"><a href="/about/">About</a></li></ul></nav>
<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin">Sign in</a> <a class="gh-head-button" href="#/portal/signup">Subscribe</a></div></div></header>
<main id="site-main" class="site-main">
<article class="article post tag-interviews">
<header class="article-header gh-canvas"><section class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/interviews/">Interviews</a></span></section>
<h1 class="article-title">{esc(a['title'])}</h1>
<div class="article-byline"><div class="article-byline-meta"><h4 class="author-name"><a href="/author/simon/">Simon Achterberg</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="2026-05-02">May 2, 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 4 min read</span></div></div></div>
<figure class="article-image"><img src="/content/images/2026/05/marrow-workshop.jpg" alt="Ida Marrow in her workshop"><figcaption>Ida Marrow in her workshop outside Hadley.</figcaption></figure>
</header>
<section class="gh-content gh-canvas">
{body}
</section>
</article>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button" href="#/portal">Enter your email <span>Subscribe</span></a></div></section>
</main>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://workbench.example">Workbench Quarterly</a> &copy; 2026</section><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer>
</div>
</body>
</html>
"""


@page("clean-live-blog", C.STORM_LIVE, "clean")
def clean_live(a):
    blocks = parse_blocks(a["text"])
    intro = f'<div class="standfirst-live"><p>{esc(blocks[0][1])}</p></div>'
    entries, current = [], None
    for kind, text in blocks[1:]:
        if kind == "h":
            if current:
                entries.append(current)
            current = [text, []]
        else:
            current[1].append(text)
    entries.append(current)
    html_entries = []
    for n, (time, paras) in enumerate(entries):
        ps = "".join(f'<p>{esc(p)}</p>' for p in paras)
        html_entries.append(f'''<article id="block-{9000 - n}" class="block" data-block-id="{9000 - n}">
<header class="block-header"><a href="?page=with:block-{9000 - n}#block-{9000 - n}" class="block-time"><time datetime="2026-01-09T{time}:00Z">{time}</time></a></header>
<div class="block-elements">{ps}</div>
<footer class="block-footer"><span class="block-share">Share</span></footer>
</article>''')
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
{head(a, "The Western Herald", "https://www.westernherald.example/uk-news/live/2026/jan/09/storm-ferelith-live-updates")}
<script type="application/ld+json">{{"@type":"LiveBlogPosting","headline":{json.dumps(a['title'])},"coverageStartTime":"2026-01-09T12:00:00Z"}}</script>
</head>
<body>
<header class="header"><a class="logo" href="/">The Western Herald</a>
<nav><a href="/uk-news">UK</a> <a href="/world">World</a> <a href="/business">Business</a> <a href="/environment">Environment</a> <a href="/sport">Sport</a></nav>
<a href="/support">Support us</a></header>
<main data-gu-name="body">
<div class="article-header">
<span class="live-badge">Live</span>
<h1>{esc(a['title'])}</h1>
<p class="byline">Live team, with reporting from our correspondents</p>
<p class="updated">Updated 14:55 GMT</p>
</div>
<div id="liveblog-body" class="js-liveblog-body">
<div class="key-intro">{intro}</div>
{chr(10).join(html_entries)}
</div>
<div class="pagination">Showing latest updates · <a href="?page=2">Older</a></div>
</main>
<footer class="footer"><p>© 2026 Western Herald News &amp; Media Limited or its affiliated companies. All rights reserved.</p></footer>
</body>
</html>
"""


@page("clean-quotes-de", C.VERFASSUNG_ZITATE, "clean")
def clean_quotes(a):
    body = render(a, dict(p='<p class="atc-TextParagraph">@</p>', h='<h3 class="atc-SubHeadline">@</h3>',
                          quote='<blockquote class="atc-Quote"><p class="atc-QuoteText">@</p></blockquote>'))
    return f"""<!DOCTYPE html>
<html lang="de">
<head>
{head(a, "Frankfurter Rundblick", "https://www.rundblick-ffm.example/politik/inland/lobbyregister-anhoerung-sachverstaendige-110044.html")}
</head>
<body class="atc">
<header class="hdr"><a class="hdr-logo" href="/">Frankfurter Rundblick</a>
<nav class="nvg"><a href="/politik/">Politik</a> <a href="/wirtschaft/">Wirtschaft</a> <a href="/finanzen/">Finanzen</a> <a href="/feuilleton/">Feuilleton</a> <a href="/sport/">Sport</a> <a href="/gesellschaft/">Gesellschaft</a></nav></header>
<main class="lay-Main">
<article class="atc-Article">
<header class="atc-Header"><span class="atc-HeadlineEmphasisText">Anhörung im Bundestag</span>
<h1 class="atc-HeadlineText">{esc(a['title'])}</h1>
<p class="atc-IntroText">Acht Sachverständige, acht Meinungen: Die Reform des Lobbyregisters stößt auf Zustimmung und scharfe Kritik.</p>
<div class="atc-Meta"><span class="atc-MetaAuthor">Von Friederike Lang, Berlin</span> <time class="atc-MetaTime" datetime="2026-05-20T18:30:00+0200">20.05.2026, 18:30</time> <span>Lesezeit: 4 Min.</span></div>
</header>
<div class="atc-Text">
{body}
</div>
</article>
<aside class="lay-Sidebar"><h3>Meistgelesen</h3><ol><li><a href="#">Bahn kündigt neuen Fahrplan an</a></li><li><a href="#">Wie teuer wird das Heizen im Winter?</a></li></ol></aside>
</main>
<footer class="ftr"><a href="/impressum/">Impressum</a> <a href="/datenschutz/">Datenschutz</a><p>© Frankfurter Rundblick GmbH 2026</p></footer>
</body>
</html>
"""


@page("clean-table-cs", C.BRNO_ROZPOCET, "clean")
def clean_table(a):
    body = render(a, dict(p="<p>@</p>", h="<h3>@</h3>", table='<div class="table-wrap"><table class="tabulka">@</table></div>'))
    return f"""<!DOCTYPE html>
<html lang="cs">
<head>
{head(a, "iZprávy Brno", "https://www.izpravy.example/brno/zpravy/rozpocet-brna-2027-schvaleny.A261204_1422_brno-zpravy")}
</head>
<body>
<div id="portal">
<header id="header"><a id="logo" href="/">iZprávy</a>
<ul id="menu"><li><a href="/zpravy">Zprávy</a></li><li><a href="/brno">Brno</a></li><li><a href="/sport">Sport</a></li><li><a href="/ekonomika">Ekonomika</a></li><li><a href="/kultura">Kultura</a></li><li><a href="/pocasi">Počasí</a></li></ul></header>
<div id="content">
<div class="col-a">
<div class="art-full">
<h1 itemprop="name headline">{esc(a['title'])}</h1>
<div class="authors"><span class="aut">Tereza Dvořáková</span> <span class="time">4. prosince 2026 16:05</span></div>
<div class="opener">Brněnští zastupitelé schválili schodkový rozpočet. Nejvíce peněz dostane doprava, jako jediná kapitola klesá kultura.</div>
<div class="bbtext" id="art-text">
{body}
</div>
</div>
</div>
<div class="col-b"><h3>Nejčtenější</h3><ul><li><a href="#">Na Vánoční trhy na Zelném trhu přišel rekordní počet lidí</a></li><li><a href="#">Tramvaje v Králově Poli nepojedou o víkendu</a></li></ul></div>
</div>
<footer id="footer"><p>© Copyright 1999–2026 iZprávy a.s. a dodavatelé obsahu. Všechna práva vyhrazena.</p></footer>
</div>
</body>
</html>
"""


@page("clean-phrases-hugo", C.PHRASES_TECH, "clean")
def clean_phrases(a):
    body = render(a, dict(p="<p>@</p>"))
    return f"""<!DOCTYPE html>
<html lang="en-gb">
<head>
{head(a, "Northern Startup Review", "https://northernstartups.example/posts/glimmer-no-email-sign-up/")}
<meta name="generator" content="Hugo 0.139.0">
<link rel="stylesheet" href="/css/main.min.7f3a.css">
</head>
<body class="single">
<header class="header"><nav class="nav"><div class="logo"><a href="/" accesskey="h" title="Northern Startup Review (Alt + H)">Northern Startup Review</a></div>
<ul id="menu"><li><a href="/posts/" title="Stories"><span>Stories</span></a></li><li><a href="/funding/" title="Funding"><span>Funding</span></a></li><li><a href="/about/" title="About"><span>About</span></a></li></ul></nav></header>
<main class="main">
<article class="post-single">
<header class="post-header">
<div class="breadcrumbs"><a href="/">Home</a>&nbsp;»&nbsp;<a href="/posts/">Stories</a></div>
<h1 class="post-title entry-hint-parent">{esc(a['title'])}</h1>
<div class="post-meta"><span title="2026-06-11 09:00:00 +0100 BST">June 11, 2026</span>&nbsp;·&nbsp;4 min&nbsp;·&nbsp;Marcus Thelen</div>
</header>
<div class="post-content">
{body}
</div>
<footer class="post-footer">
<ul class="post-tags"><li><a href="/tags/privacy/">Privacy</a></li><li><a href="/tags/leeds/">Leeds</a></li><li><a href="/tags/apps/">Apps</a></li></ul>
<nav class="paginav"><a class="prev" href="/posts/leeds-robotics-seed-round/"><span class="title">« Prev</span><br><span>Leeds robotics firm raises seed round</span></a> <a class="next" href="/posts/york-fintech-layoffs/"><span class="title">Next »</span><br><span>York fintech cuts a quarter of staff</span></a></nav>
</footer>
</article>
</main>
<footer class="footer"><span>&copy; 2026 <a href="/">Northern Startup Review</a></span> · <span>Powered by <a href="https://gohugo.io/">Hugo</a></span></footer>
</body>
</html>
"""


@page("clean-short-end-fr", C.VOTE_FIN_COURTE, "clean")
def clean_short_end(a):
    body = render(a, dict(p='<p class="article-paragraph">@</p>'))
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
{head(a, "Ouest Matin", "https://www.ouest-matin.example/bretagne/quimper-29000/quimper-le-conseil-municipal-reporte-le-vote-sur-la-piscine-de-kerlan-5e1f2a")}
</head>
<body class="page-article">
<header class="su-header"><a class="su-logo" href="/">Ouest Matin</a>
<nav class="su-nav"><a href="/bretagne/">Bretagne</a> <a href="/normandie/">Normandie</a> <a href="/pays-de-la-loire/">Pays de la Loire</a> <a href="/sport/">Sport</a> <a href="/economie/">Économie</a> <a href="/faits-divers/">Faits divers</a></nav>
<a class="su-abo" href="/abonnement/">Je m’abonne</a></header>
<main class="su-main">
<article class="su-article">
<p class="su-breadcrumb"><a href="/bretagne/">Bretagne</a> › <a href="/bretagne/quimper-29000/">Quimper</a></p>
<h1 class="su-headline">{esc(a['title'])}</h1>
<p class="su-chapo">Faute d’accord sur le coût des travaux, la décision sur l’avenir de la piscine fermée depuis dix-huit mois est repoussée à la rentrée.</p>
<p class="su-author">Yann LE BIHAN. <time datetime="2026-06-30T19:12">Publié le 30/06/2026 à 19h12</time></p>
<div class="su-article-body">
{body}
</div>
</article>
<aside class="su-aside"><h2>Les plus lus à Quimper</h2><ul><li><a href="#">Festival de Cornouaille : le programme dévoilé</a></li><li><a href="#">Travaux rue Kéréon : la circulation modifiée</a></li></ul></aside>
</main>
<footer class="su-footer"><p>© Ouest Matin 2026</p><a href="/mentions-legales/">Mentions légales</a></footer>
</body>
</html>
"""


@page("clean-steps-es", C.GUIA_RENTA, "clean")
def clean_steps(a):
    body = render(a, dict(p='<p class="paragraph">@</p>', h='<h2 class="article-subtitle">@</h2>', ul='<ul class="list">@</ul>', ol='<ol class="list list--numbered">@</ol>',
                          li='<li class="list-item">@</li>'))
    return f"""<!DOCTYPE html>
<html lang="es">
<head>
{head(a, "Diario del Consumo", "https://www.diariodelconsumo.example/fiscalidad/declaracion-renta-2025-guia-paso-a-paso_20260408.html")}
</head>
<body>
<header class="header"><a class="header__logo" href="/">Diario del Consumo</a>
<nav class="header__nav"><a href="/vivienda/">Vivienda</a> <a href="/fiscalidad/">Fiscalidad</a> <a href="/trabajo/">Trabajo</a> <a href="/pensiones/">Pensiones</a> <a href="/ahorro/">Ahorro</a></nav></header>
<main class="main">
<article class="article">
<div class="article-header">
<span class="article-section">Fiscalidad</span>
<h1 class="article-title">{esc(a['title'])}</h1>
<p class="article-author">Pablo Arrieta · Madrid · <time datetime="2026-04-08">08/04/2026</time></p>
</div>
<div class="article-text">
{body}
</div>
</article>
<aside class="sidebar"><h3>Lo más leído</h3><ul><li><a href="#">Cuánto sube la pensión mínima este año</a></li><li><a href="#">El bono de alquiler joven, prorrogado</a></li></ul></aside>
</main>
<footer class="footer"><p>© Diario del Consumo 2026 · Aviso legal · Política de privacidad</p></footer>
</body>
</html>
"""


@page("clean-one-liners-react", C.MATCH_ONE_LINERS, "clean")
def clean_one_liners(a):
    body = render(a, dict(p='<p class="sc-kpDqfm eAvKfW">@</p>', ol='<ol class="sc-dAlyuH hUwEHb">@</ol>', li='<li class="sc-jlZhew kBjwNd">@</li>'))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
{head(a, "RunnerWire", "https://runnerwire.example/news/nyberg-wins-city-marathon-by-one-second")}
<style data-styled="active" data-styled-version="6.1.13"></style>
</head>
<body>
<div id="root"><div class="sc-aXZVg gYzBwa">
<header class="sc-gEvEer jYhPcT"><a class="sc-eqUAAy fPmAHs" href="/">RunnerWire</a>
<nav class="sc-fqkvVR bGcRkZ"><a href="/news">News</a><a href="/results">Results</a><a href="/training">Training</a><a href="/gear">Gear</a></nav></header>
<main class="sc-iGgWBj kQaeCx">
<article class="sc-gsFSXq iBUMNx">
<h1 class="sc-imWYAI cdvXoE">{esc(a['title'])}</h1>
<div class="sc-jXbUNg dfGaAa"><span>By Olly Pennant</span> <span>April 26, 2026</span></div>
<div class="sc-dhKdcB hXAmpx">
{body}
</div>
</article>
</main>
<footer class="sc-kAyceB cSMhWv">© 2026 RunnerWire</footer>
</div></div>
<script src="/static/js/main.4f2b1c9e.js"></script>
</body>
</html>
"""


@page("clean-faq-it", C.FAQ_BIGLIETTO, "clean")
def clean_faq(a):
    body = render(a, dict(p="<p>@</p>", h='<h2 class="story__subtitle">@</h2>'))
    return f"""<!DOCTYPE html>
<html lang="it">
<head>
{head(a, "la Gazzetta Emiliana", "https://bologna.gazzettaemiliana.example/cronaca/2026/09/01/news/abbonamento-unico-treni-bus-domande-risposte-4233110/")}
</head>
<body class="detail-page">
<header class="gd-header"><a class="gd-header__logo" href="/">la Gazzetta Emiliana</a>
<nav class="gd-nav"><a href="/cronaca/">Cronaca</a> <a href="/politica/">Politica</a> <a href="/economia/">Economia</a> <a href="/sport/">Sport</a> <a href="/spettacoli/">Spettacoli</a></nav></header>
<main>
<article class="story">
<header class="story__header">
<h1 class="story__title">{esc(a['title'])}</h1>
<p class="story__summary">Dal 1° settembre un solo titolo di viaggio per treni regionali e autobus. Prezzi, riduzioni e cosa fare con il vecchio abbonamento.</p>
<p class="story__byline">di Redazione Economia</p>
<time class="story__date" datetime="2026-09-01">01 Settembre 2026</time>
</header>
<div class="story__text">
{body}
</div>
</article>
</main>
<footer class="gd-footer"><p>© Gazzetta Emiliana Editoriale S.p.A. - P.IVA 00906801006</p></footer>
</body>
</html>
"""


# ================================================================ build

def word_count(article):
    return len(re.findall(r"\w+", ground_truth(article)))


def main():
    truth, manifest = {}, {}
    for page_id, (article, kind, build) in sorted(PAGES.items()):
        _junk.clear()
        (HERE / f"{page_id}.html").write_text(build(article), encoding="utf-8")
        truth[page_id] = {"articleBody": ground_truth(article), "title": article["title"]}
        manifest[page_id] = {"kind": kind, "lang": article["lang"], "words": word_count(article), "junk": list(_junk)}
    (HERE / "ground-truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (HERE / "junk-manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(PAGES)} pages")


if __name__ == "__main__":
    main()
