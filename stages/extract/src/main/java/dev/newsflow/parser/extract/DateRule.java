package dev.newsflow.parser.extract;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The date rule: publication from JSON-LD, OpenGraph, the date meta tags, microdata, {@code <time>}, a date element or
 * a byline outside other stories, and lastly the day in the {@code og:url} or the page URL; modification from JSON-LD
 * and the meta tags. A live blog, as a newsroom dates it: published when it began (its declared publication or
 * coverage start, else its earliest entry), modified at its latest entry unless it declares its modification.
 */
final class DateRule {

    /** Longest text of a date element: a dateline, not a paragraph that mentions a day. */
    private static final int MAX_DATE_CHARS = 80;
    // parsed once: jsoup parses a selector string again at every call
    private static final Evaluator TABLE_OR_CITE = QueryParser.parse("table, cite");
    private static final Evaluator ARTICLE = QueryParser.parse("article");

    private DateRule() {
    }

    static void read(MetadataCandidates page, ArticleDraft d) {
        JsonLd ld = page.jsonLd;
        set(d, "publishedAt", "json-ld", ld.articleText("datePublished"));
        set(d, "modifiedAt", "json-ld", ld.articleText("dateModified"));
        set(d, "publishedAt", "opengraph", page.meta("article:published_time", "og:published_time", "og:article:published_time"));
        set(d, "publishedAt", "dublin-core", page.meta("dc:date:issued", "dcterm:issued", "dc:date", "dcterm:created", "dcterm:date"));
        set(d, "publishedAt", "meta", page.meta("parsely-pub-date", "pubdate", "publishdate", "publish-date",
                "publish_date", "date", "sailthru.date", "citation_publication_date", "article:published",
                "published_time", "datepublished", "dc:created"));
        set(d, "publishedAt", "microdata", page.articleItemprop("datePublished"));
        // a live blog was published when its coverage began (LiveBlogPosting), not at its newest entry
        set(d, "publishedAt", "json-ld", ld.articleText("coverageStartTime"));
        set(d, "publishedAt", "microdata", page.articleItemprop("coverageStartTime"));
        // creation is a weaker stand-in for publication than any declared publication date
        set(d, "publishedAt", "json-ld", ld.articleText("dateCreated"));
        EntryTimes declaredEntries = EntryTimes.of(ld.liveBlogUpdateTimes());
        EntryTimes microdataEntries = EntryTimes.of(page.liveBlogUpdateItemprops("datePublished"));
        EntryTimes visibleEntries = EntryTimes.of(entryTimes(page));
        setInstant(d, "publishedAt", "json-ld", declaredEntries.first);
        setInstant(d, "publishedAt", "microdata", microdataEntries.first);
        // a <time> counts only when no stronger source has dated the article
        Element time = d.has("publishedAt") ? null : pickTime(page);
        if (time != null && LiveBlogEntries.isInEntry(time)) {
            // a <time> in a live blog's entries dates one entry, the newest where they run newest first: the blog
            // began at the earliest
            setInstant(d, "publishedAt", "time", visibleEntries.first);
        } else if (time != null) {
            set(d, "publishedAt", "time", time.hasAttr("datetime") ? time.attr("datetime") : time.text());
        }
        for (Element el : page.dateElements) {
            if (d.has("publishedAt")) {
                break;
            }
            String t = el.text();
            // a date in a table or citation is the subject's (an infobox's release date), not the article's
            if (!t.isBlank() && t.length() <= MAX_DATE_CHARS && !page.otherStories.contain(el) && el.closest(TABLE_OR_CITE) == null) {
                // a machine-readable copy in an attribute carries the time zone the text leaves out
                for (String attr : new String[] {"datetime", "content", "title"}) {
                    set(d, "publishedAt", "visible", el.attr(attr));
                }
                set(d, "publishedAt", "visible", t);
            }
        }
        for (Element el : page.authorElements) {
            if (d.has("publishedAt")) {
                break;
            }
            String t = el.text();
            if (!t.isBlank() && t.length() <= AuthorRule.MAX_BYLINE_CHARS + MAX_DATE_CHARS && !page.otherStories.contain(el)) {
                Instant at = DateParsing.parseProse(t);
                if (at != null && d.claim("publishedAt", "visible")) {
                    d.publishedAt = at;
                }
            }
        }
        if (!d.has("publishedAt")) {
            // last resort, as most news sites put the day in their article URLs: the day only (midnight UTC), which
            // provenance "url" makes plain
            for (String url : new String[] {page.meta("og:url"), page.pageUrl}) {
                Instant day = DateParsing.dayInUrl(url);
                if (day != null && d.claim("publishedAt", "url")) {
                    d.publishedAt = day;
                    break;
                }
            }
        }
        set(d, "modifiedAt", "opengraph", page.meta("article:modified_time", "og:updated_time"));
        set(d, "modifiedAt", "dublin-core", page.meta("dcterm:modified", "dc:date:modified"));
        set(d, "modifiedAt", "meta", page.meta("last-modified", "lastmod"));
        set(d, "modifiedAt", "microdata", page.articleItemprop("dateModified"));
        // a live blog that declares no modification was last changed by its newest entry
        setInstant(d, "modifiedAt", "json-ld", declaredEntries.last);
        setInstant(d, "modifiedAt", "microdata", microdataEntries.last);
        setInstant(d, "modifiedAt", "time", visibleEntries.last);
    }

    /** The earliest and the latest of a live blog's entry times; both null when it has none (or is no live blog). */
    private record EntryTimes(Instant first, Instant last) {

        static EntryTimes of(List<String> written) {
            Instant first = null;
            Instant last = null;
            for (String raw : written) {
                Instant at = DateParsing.parse(raw);
                if (at != null) {
                    first = first == null || at.isBefore(first) ? at : first;
                    last = last == null || at.isAfter(last) ? at : last;
                }
            }
            return new EntryTimes(first, last);
        }
    }

    /** The machine-readable times of the {@code <time>} elements in a live blog's entries, outside other stories. */
    private static List<String> entryTimes(MetadataCandidates page) {
        List<String> times = new ArrayList<>();
        for (Element t : page.times) {
            if (t.hasAttr("datetime") && !page.otherStories.contain(t) && LiveBlogEntries.isInEntry(t)) {
                times.add(t.attr("datetime"));
            }
        }
        return times;
    }

    /** The {@code <time>} that dates the article: marked as its publication, else the first one in the article. */
    private static Element pickTime(MetadataCandidates page) {
        Element inArticle = null;
        Element any = null;
        for (Element t : page.times) {
            if (t.hasAttr("pubdate") || t.attr("itemprop").contains("datePublished")) {
                return t;
            }
            if (page.otherStories.contain(t)) {
                continue;
            }
            if (inArticle == null && t.closest(ARTICLE) != null) {
                inArticle = t;
            }
            if (any == null && t.hasAttr("datetime")) {
                any = t;
            }
        }
        return inArticle != null ? inArticle : any;
    }

    /** Sets a date field to an instant already read, unless a stronger source has set it or there is none. */
    private static void setInstant(ArticleDraft d, String field, String source, Instant at) {
        if (at == null || d.has(field)) {
            return;
        }
        d.claim(field, source);
        if (field.equals("publishedAt")) {
            d.publishedAt = at;
        } else {
            d.modifiedAt = at;
        }
    }

    /** Sets a date field from the first source whose value parses as a date. */
    private static void set(ArticleDraft d, String field, String source, String raw) {
        if (raw == null || d.has(field)) {
            return;
        }
        setInstant(d, field, source, DateParsing.parse(raw));
    }
}
