"""Small pieces of markup both family files use: escaping, the headline, and the share links real sites build.

Share targets are the endpoints the networks publish for share buttons (Facebook sharer, X intent, LinkedIn
share-offsite, WhatsApp send, Telegram share, Reddit submit, mailto), filled with the page's own address and title.
"""
import html
from urllib.parse import quote


def esc(text):
    return html.escape(text, quote=False)


def attr(text):
    return html.escape(text, quote=True)


def h1(page, attrs=""):
    return f"<h1{(' ' + attrs) if attrs else ''}>{esc(page.a['title'])}</h1>"


SHARE_TARGETS = {
    "facebook": "https://www.facebook.com/sharer/sharer.php?u={u}",
    "x": "https://twitter.com/intent/tweet?url={u}&text={t}",
    "linkedin": "https://www.linkedin.com/sharing/share-offsite/?url={u}",
    "whatsapp": "https://api.whatsapp.com/send?text={t}%20{u}",
    "telegram": "https://t.me/share/url?url={u}&text={t}",
    "reddit": "https://www.reddit.com/submit?url={u}&title={t}",
    "email": "mailto:?subject={t}&body={u}",
    "pinterest": "https://pinterest.com/pin/create/button/?url={u}&description={t}",
    "viber": "viber://forward?text={t}%20{u}",
    "line": "https://social-plugins.line.me/lineit/share?url={u}",
    "vk": "https://vk.com/share.php?url={u}&title={t}",
}


def share_href(page, network, utm=""):
    """The share URL a button for `network` points to, for this page (utm: query string added to the page URL)."""
    url = page.url + (("&" if "?" in page.url else "?") + utm if utm else "")
    return attr(SHARE_TARGETS[network].format(u=quote(url, safe=""), t=quote(page.a["title"], safe="")))


def share_links(page, networks, item='<a href="{href}" class="{cls}" target="_blank" rel="noopener">{label}</a>',
                utm=""):
    """One link per (network, label), in the given item markup; {cls} is "share-<network>"."""
    return "".join(item.format(href=share_href(page, n, utm), cls=f"share-{n}", label=label, network=n)
                   for n, label in networks)
