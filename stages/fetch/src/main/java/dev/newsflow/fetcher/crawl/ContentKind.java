package dev.newsflow.fetcher.crawl;

import java.util.Locale;
import java.util.Set;

/** What a fetch expects to get back, which decides the content types it accepts. */
public enum ContentKind {
    /** An article or other web page. */
    PAGE(Set.of("text/html", "application/xhtml+xml", "text/plain")),
    /** An RSS or Atom feed (some servers send feeds as text/html or text/plain; Rome tells). */
    FEED(Set.of("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml",
            "text/html", "text/plain", "application/feed+xml")),
    /** A sitemap, sitemap index or Google News sitemap, XML, text or gzipped. */
    SITEMAP(Set.of("application/xml", "text/xml", "text/plain", "application/gzip", "application/x-gzip",
            "application/octet-stream")),
    /** robots.txt: anything goes, the parser copes. */
    ROBOTS(Set.of());

    private final Set<String> accepted;

    ContentKind(Set<String> accepted) {
        this.accepted = accepted;
    }

    /** Whether a response of this media type (parameters ignored; null when the server sent none) is acceptable. */
    public boolean accepts(String contentType) {
        if (accepted.isEmpty() || contentType == null || contentType.isBlank()) {
            return true;
        }
        return accepted.contains(mediaType(contentType));
    }

    /** {@code text/html; charset=utf-8} -> {@code text/html}. */
    public static String mediaType(String contentType) {
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
    }
}
