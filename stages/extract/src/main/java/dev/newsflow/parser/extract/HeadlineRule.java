package dev.newsflow.parser.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The headline rule: JSON-LD first (its {@code headline}, or its {@code name} when that is the one matching the page
 * title), then Dublin Core, OpenGraph, the meta title, Twitter, Parse.ly, microdata and the {@code <title>}; a site
 * name or author appended to the headline is dropped. Read after the site and the authors, which it needs.
 */
final class HeadlineRule {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** Between a headline and the site name appended to it. */
    private static final Pattern AFFIX_SEPARATOR = Pattern.compile("\\s+[|\\-–—·•»]\\s+");
    private static final Pattern AFFIX_AT_END = Pattern.compile(AFFIX_SEPARATOR.pattern() + "$");
    private static final Pattern AFFIX_AT_START = Pattern.compile("^" + AFFIX_SEPARATOR.pattern());
    /** The meta keys that declare a headline, strongest first, with the provenance each gives. */
    private static final String[][] META_SOURCES = {{"dc:title", "dublin-core"}, {"dcterm:title", "dublin-core"},
            {"og:title", "opengraph"}, {"title", "meta"}, {"twitter:title", "twitter"}, {"parsely-title", "meta"}};
    /** How close to the page title a JSON-LD headline or name must be to count as matching it. */
    private static final double MATCHES_TITLE = 0.75;
    /** Longest {@code <h1>} taken for a headline that it extends: a longer one is a paragraph set large. */
    private static final int MAX_HEADLINE_CHARS = 200;
    /** Most words an {@code <h1>} may add to the headline it extends. */
    private static final int MAX_EXTRA_WORDS = 12;

    private HeadlineRule() {
    }

    /** @param documentTitle the page's {@code <title>} as {@link DocumentTitle} reads it */
    static void read(MetadataCandidates page, String documentTitle, ArticleDraft d) {
        String headline = null;
        String source = null;
        JsonLd ld = page.jsonLd;
        if (ld.article != null) {
            String h = ld.articleText("headline");
            String name = ld.articleText("name");
            if (h != null && name != null && !h.equals(name)) {
                boolean nameMatches = TextSimilarity.of(name, documentTitle) > MATCHES_TITLE;
                boolean headlineMatches = TextSimilarity.of(h, documentTitle) > MATCHES_TITLE;
                h = headlineMatches && !nameMatches ? h : name;
            }
            headline = h != null ? h : name;
            source = "json-ld";
        }
        for (String[] s : META_SOURCES) {
            if (headline == null) {
                headline = page.meta(s[0]);
                source = s[1];
            }
        }
        if (headline == null) {
            headline = page.itemprop("headline");
            source = "microdata";
        }
        if (headline == null) {
            headline = documentTitle;
            source = "title";
        }
        if (headline != null) {
            String trimmed = withoutAffixes(headline, names(page, d));
            String h1 = source.equals("json-ld") ? null : headingExtending(trimmed, page.headings);
            if (h1 != null) {
                d.setText("headline", "h1", h1);
            } else {
                d.setText("headline", source, trimmed);
            }
        }
    }

    /**
     * The page's {@code <h1>} when it extends a declared headline ("Café prices" → "Café prices rise"): the declared
     * one was cut short, for a tab or a share card, and the article prints itself in full. Null when no {@code <h1>}
     * begins with the headline, or the one that does is so much longer that it is a paragraph rather than a title.
     */
    static String headingExtending(String headline, List<org.jsoup.nodes.Element> headings) {
        String declared = WHITESPACE.matcher(headline).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
        if (declared.isEmpty()) {
            return null;
        }
        for (org.jsoup.nodes.Element h : headings) {
            if (!h.normalName().equals("h1")) {
                continue;
            }
            String text = WHITESPACE.matcher(h.text()).replaceAll(" ").strip();
            String lower = text.toLowerCase(Locale.ROOT);
            // it goes on after a whole word: "Café prices rise" extends "Café prices", "Café pricing" does not
            boolean extendsIt = lower.length() > declared.length() && lower.startsWith(declared)
                    && !Character.isLetterOrDigit(lower.charAt(declared.length()));
            if (extendsIt && text.length() <= MAX_HEADLINE_CHARS
                    && DocumentTitle.wordCount(text) <= DocumentTitle.wordCount(headline) + MAX_EXTRA_WORDS) {
                return text;
            }
        }
        return null;
    }

    /** The names a headline may carry as an affix: the site's, the publisher's, the host's and the authors'. */
    private static List<String> names(MetadataCandidates page, ArticleDraft d) {
        List<String> names = new ArrayList<>();
        if (d.site != null) {
            names.add(d.site);
        }
        String publisher = page.jsonLd.publisher();
        if (publisher != null) {
            names.add(publisher);
        }
        String host = SiteNames.hostOf(page.pageUrl);
        if (host != null) {
            names.add(host);
        }
        names.addAll(page.jsonLd.authors());
        if (d.authors != null) {
            names.addAll(d.authors);
        }
        return names;
    }

    /** The headline without a trailing or leading "| Site Name" or "- Author Name" part. */
    static String withoutAffixes(String headline, List<String> names) {
        String h = WHITESPACE.matcher(headline).replaceAll(" ").strip();
        for (int pass = 0; pass < 2; pass++) {
            String[] parts = AFFIX_SEPARATOR.split(h);
            if (parts.length < 2) {
                break;
            }
            String last = parts[parts.length - 1];
            String first = parts[0];
            String withoutLast = AFFIX_AT_END.matcher(h.substring(0, h.lastIndexOf(last))).replaceFirst("").strip();
            String withoutFirst = AFFIX_AT_START.matcher(h.substring(first.length())).replaceFirst("").strip();
            // what is left must still read as a headline, not a lone word
            if (SiteNames.isNameOf(last, names) && DocumentTitle.wordCount(withoutLast) >= 2) {
                h = withoutLast;
            } else if (SiteNames.isNameOf(first, names) && DocumentTitle.wordCount(withoutFirst) >= 2) {
                h = withoutFirst;
            } else {
                break;
            }
        }
        return h;
    }
}
