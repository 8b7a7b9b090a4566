#!/usr/bin/env python3
"""Writes the blind-4 pages, ground-truth.json and junk-manifest.json from the articles in articles_*.py.

Usage: python3 build_pages.py   (deterministic: the same articles give byte-identical files)

Every page is one article set in the markup of one site family (families.py). The article text goes to the ground truth
straight from the article source, never from a page; every piece of furniture a family puts on the page is registered
through Page.junk(cls, html), which records its class and visible text for the manifest.
Copied from ../blind3/build_pages.py. What changed: every page has its own canonical address (given with its family in
families_*.py) which head() and ld_json() write instead of a placeholder, because this set's furniture links go to real
same-site, social, app-store and share URLs and the page's own address belongs with them; the articles and families
are split over two files each (English, other languages).
"""
import html
import json
import re
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

from articles_en import ARTICLES as ARTICLES_EN
from articles_world import ARTICLES as ARTICLES_WORLD

HERE = Path(__file__).resolve().parent
WORD = re.compile(r"\w+")
LINK = re.compile(r"\[([^\]]+)\]\(([^)]+)\)")
BOLD = re.compile(r"\*\*(.+?)\*\*")
ARTICLES = {**ARTICLES_EN, **ARTICLES_WORLD}


class _Visible(HTMLParser):
    """Text a reader sees: everything but script, style, template and attribute values."""

    HIDDEN = {"script", "style", "template", "noscript"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.hidden = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.HIDDEN:
            self.hidden += 1

    def handle_endtag(self, tag):
        if tag in self.HIDDEN and self.hidden:
            self.hidden -= 1

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)


def visible_text(fragment):
    parser = _Visible()
    parser.feed(fragment)
    return " ".join(" ".join(parser.parts).split())


def inline_html(text):
    """Article source text to HTML: escaped, [text](url) as a link, **text** as strong."""
    out = html.escape(text, quote=False)
    out = LINK.sub(lambda m: f'<a href="{html.escape(m.group(2))}">{m.group(1)}</a>', out)
    return BOLD.sub(r"<strong>\1</strong>", out)


def plain_text(text):
    return BOLD.sub(r"\1", LINK.sub(r"\1", text))


def blocks_of(article):
    """The article body as groups: ("p"|"h"|"quote", text), ("ul"|"ol", [items]), ("table", [[cells]])."""
    groups = []
    for raw in article["body"].strip().split("\n\n"):
        block = raw.strip()
        if block.startswith("## "):
            groups.append(("h", block[3:]))
        elif block.startswith("> "):
            groups.append(("quote", block[2:]))
        elif block.startswith("- ") or block.startswith("# "):
            kind = "ul" if block.startswith("- ") else "ol"
            items = [line[2:] for line in block.split("\n")]
            if groups and groups[-1][0] == kind:
                groups[-1][1].extend(items)
            else:
                groups.append((kind, items))
        elif block.startswith("| "):
            rows = [[cell.strip() for cell in line.strip().strip("|").split("|")] for line in block.split("\n")]
            groups.append(("table", rows))
        else:
            groups.append(("p", block))
    return groups


def ground_truth_body(article):
    """One block per paragraph, subheading, list item, quote or table row (cells joined by a space)."""
    out = []
    for kind, payload in blocks_of(article):
        if kind in ("ul", "ol"):
            out.extend(plain_text(item) for item in payload)
        elif kind == "table":
            out.extend(" ".join(plain_text(cell) for cell in row) for row in payload)
        else:
            out.append(plain_text(payload))
    return "\n\n".join(out)


DEFAULT_STYLE = {
    "p": "<p>{}</p>",
    "h": "<h2>{}</h2>",
    "quote": "<blockquote><p>{}</p></blockquote>",
    "ul": ("<ul>", "<li>{}</li>", "</ul>"),
    "ol": ("<ol>", "<li>{}</li>", "</ol>"),
    "table": ('<table>', "</table>"),
}


class Page:
    def __init__(self, page_id, article, url):
        self.id, self.article, self.pieces = page_id, article, []
        self.a = article
        self.url = url

    def junk(self, cls, fragment):
        """Registers one piece of furniture (class and visible text) and returns its HTML unchanged."""
        text = visible_text(fragment)
        if text:
            self.pieces.append({"class": cls, "text": text})
        return fragment

    def body(self, style=None, inserts=None, first_prefix=""):
        """The article's blocks in this family's markup; inserts[k] (HTML list) goes after the k-th block (1-based;
        k <= 0 counts from the end, 0 = after the last). first_prefix opens the first paragraph (a dateline)."""
        style = {**DEFAULT_STYLE, **(style or {})}
        groups = blocks_of(self.article)
        where = {}
        for k, fragments in (inserts or {}).items():
            where.setdefault(k if k > 0 else len(groups) + k, []).extend(fragments)
        out, first = [], True
        for n, (kind, payload) in enumerate(groups, 1):
            if kind in ("ul", "ol"):
                opening, item, closing = style[kind]
                out.append(opening + "".join(item.format(inline_html(i)) for i in payload) + closing)
            elif kind == "table":
                opening, closing = style["table"]
                head, *rows = payload
                head_html = "<thead><tr>" + "".join(f"<th>{inline_html(c)}</th>" for c in head) + "</tr></thead>"
                rows_html = "".join("<tr>" + "".join(f"<td>{inline_html(c)}</td>" for c in row) + "</tr>"
                                    for row in rows)
                out.append(f"{opening}{head_html}<tbody>{rows_html}</tbody>{closing}")
            else:
                text = inline_html(payload)
                if kind == "p" and first and first_prefix:
                    text = first_prefix + text
                if kind == "p":
                    first = False
                out.append(style[kind].format(text))
            out.extend(where.get(n, []))
        return "\n".join(out)

    def ld_json(self, publisher, kind="NewsArticle", section="", url="", image=""):
        """The schema.org block a news CMS writes; inside <script>, so not visible text."""
        a = self.a
        data = {"@context": "https://schema.org", "@type": kind, "headline": a["title"],
                "datePublished": a["date"] + "T06:00:00Z", "dateModified": a["date"] + "T07:10:00Z",
                "inLanguage": a["lang"], "publisher": {"@type": "Organization", "name": publisher},
                "mainEntityOfPage": url or self.url}
        if a["author"]:
            data["author"] = {"@type": "Person", "name": a["author"]}
        if a["dek"]:
            data["description"] = a["dek"]
        if section:
            data["articleSection"] = section
        if image:
            data["image"] = [image]
        text = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
        return f'<script type="application/ld+json">{text}</script>'

    def head(self, site, extra="", html_attrs="", image=""):
        a = self.a
        title = html.escape(a["title"])
        desc = html.escape(a["dek"] or a["title"])
        image = image or self.url.rstrip("/") + ".jpg"
        return f"""<!DOCTYPE html>
<html lang="{a['lang']}"{(' ' + html_attrs) if html_attrs else ''}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | {html.escape(site)}</title>
<meta name="description" content="{desc}">
<meta property="og:type" content="article">
<meta property="og:title" content="{title}">
<meta property="og:description" content="{desc}">
<meta property="og:site_name" content="{html.escape(site)}">
<meta property="og:url" content="{self.url}">
<meta property="og:image" content="{image}">
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="{self.url}">
<meta property="article:published_time" content="{a['date']}T06:00:00Z">
{'<meta name="author" content="' + html.escape(a['author']) + '">' if a['author'] else ''}
{extra}
</head>"""


def check_accounting(page_id, document, truth, pieces):
    """Every visible word of the page (head aside) is the headline, the article text or registered furniture, and
    every word of those is on the page: the manifest then names all the furniture an extraction can keep."""
    on_page = Counter(WORD.findall(visible_text(document.split("</head>", 1)[1])))
    accounted = Counter(WORD.findall(truth["articleBody"])) + Counter(WORD.findall(truth["title"]))
    for piece in pieces:
        accounted += Counter(WORD.findall(piece["text"]))
    unregistered, absent = on_page - accounted, accounted - on_page
    if unregistered or absent:
        raise SystemExit(f"{page_id}: words not accounted for {dict(unregistered)}, missing {dict(absent)}")


def main():
    from families_en import FAMILIES as FAMILIES_EN
    from families_world import FAMILIES as FAMILIES_WORLD
    FAMILIES = {**FAMILIES_EN, **FAMILIES_WORLD}
    truth, manifest = {}, {}
    for page_id in sorted(FAMILIES):
        family, kind, url = FAMILIES[page_id]
        article = ARTICLES[page_id]
        page = Page(page_id, article, url)
        document = family(page)
        (HERE / f"{page_id}.html").write_text(document + "\n", encoding="utf-8")
        body = ground_truth_body(article)
        truth[page_id] = {"articleBody": body, "title": article["title"]}
        check_accounting(page_id, document, truth[page_id], page.pieces)
        manifest[page_id] = {"kind": kind, "language": article["lang"],
                             "body_tokens": len(WORD.findall(body)), "junk": page.pieces}
    if len(truth) != 30:
        raise SystemExit(f"expected 30 pages, got {len(truth)}")
    missing = sorted(set(ARTICLES) - set(FAMILIES))
    if missing:
        raise SystemExit(f"articles without a family: {missing}")
    dump = lambda obj: json.dumps(obj, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    (HERE / "ground-truth.json").write_text(dump(truth), encoding="utf-8")
    (HERE / "junk-manifest.json").write_text(dump(manifest), encoding="utf-8")
    print(f"{len(truth)} pages written")


if __name__ == "__main__":
    main()
