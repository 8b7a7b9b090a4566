package dev.newsflow.model.page;

import java.util.Iterator;
import java.util.Locale;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.parser.StreamParser;

/**
 * The one rule for the canonical URL a page declares, shared by the fetcher (is this page a copy of one already
 * published?), the parser (the article's canonical URL, hence its id) and the command line (the URL of a saved page).
 *
 * <p>The page's first {@code <link>} whose {@code rel} holds the token {@code canonical} (any case) and whose
 * {@code href} resolves to an absolute http(s) URL; failing that its first {@code og:url} ({@code <meta property>} or
 * {@code <meta name>}) that does. Anywhere in the page, in document order; relative URLs resolve against the page URL
 * (or its {@code <base href>}), protocol-relative ones ({@code //host/path}, common in saved pages) against its scheme,
 * or as https when the page URL is unknown. A declaration that is unusable (no href, a relative URL with nothing to
 * resolve it against, another scheme, whitespace inside) is passed over for the next one.
 */
public final class CanonicalUrl {

    private CanonicalUrl() {
    }

    /** Where a page declares its canonical URL. */
    public enum Source {
        /** A {@code <link rel="canonical">}. */
        LINK,
        /** An OpenGraph {@code og:url} meta tag. */
        OPENGRAPH
    }

    /**
     * A canonical URL a page declares.
     *
     * @param url    absolute http(s)
     * @param source where the page declares it
     */
    public record Declared(String url, Source source) {
    }

    /**
     * The canonical URL in the text of a page (the fetcher's and the command line's entry point). Parsed as a stream
     * and stopped at the first canonical link, which is almost always in the head.
     *
     * @param pageUrl the page's URL, to resolve relative links against; null when unknown (a saved page)
     * @return the declaration, or null when the page makes none that is usable
     */
    public static Declared find(String html, String pageUrl) {
        Candidates candidates = new Candidates();
        try (StreamParser stream = new StreamParser(Parser.htmlParser()).parse(html, pageUrl == null ? "" : pageUrl)) {
            // link and meta are void elements: the stream hands them over in document order, as soon as it reads them
            for (Iterator<Element> it = stream.iterator(); it.hasNext(); ) {
                if (candidates.offer(it.next())) {
                    break;
                }
            }
        }
        return candidates.declared();
    }

    /** The canonical URL a parsed page declares, or null. */
    public static Declared find(Document doc) {
        Candidates candidates = new Candidates();
        for (Element el : doc.getAllElements()) {
            if (candidates.offer(el)) {
                break;
            }
        }
        return candidates.declared();
    }

    /**
     * The candidates of one page, offered element by element in document order: for a caller that walks the page
     * anyway (the parser collects all its metadata in one walk).
     */
    public static final class Candidates {

        private String link;
        private String openGraph;

        /** Looks at one element; true once a canonical link is found, after which nothing can change the answer. */
        public boolean offer(Element el) {
            if (link != null) {
                return true;
            }
            String tag = el.normalName();
            if (tag.equals("link")) {
                link = canonicalLink(el);
                return link != null;
            }
            if (openGraph == null && tag.equals("meta")) {
                openGraph = openGraphUrl(el);
            }
            return false;
        }

        /** The declaration the elements offered so far make, or null. */
        public Declared declared() {
            return link != null ? new Declared(link, Source.LINK)
                    : openGraph != null ? new Declared(openGraph, Source.OPENGRAPH) : null;
        }
    }

    private static String canonicalLink(Element link) {
        return hasToken(link.attr("rel"), "canonical") && link.hasAttr("href")
                ? absoluteHttp(link.attr("href"), link.baseUri()) : null;
    }

    private static String openGraphUrl(Element meta) {
        return (hasToken(meta.attr("property"), "og:url") || hasToken(meta.attr("name"), "og:url"))
                ? absoluteHttp(meta.attr("content"), meta.baseUri()) : null;
    }

    /** Whether a space-separated attribute value holds {@code token}, in any case. */
    private static boolean hasToken(String value, String token) {
        if (value.length() < token.length()) {
            return false;
        }
        for (String t : value.strip().split("\\s+")) {
            if (t.equalsIgnoreCase(token)) {
                return true;
            }
        }
        return false;
    }

    /** {@code value} as an absolute http(s) URL resolved against {@code base} (may be empty), or null. */
    static String absoluteHttp(String value, String base) {
        // "&amp;" left after the parser decoded the attribute: escaped twice by the publisher's CMS
        String v = value.strip().replace("&amp;", "&");
        if (v.isEmpty()) {
            return null;
        }
        String url = base.isEmpty() && v.startsWith("//") ? "https:" + v : StringUtil.resolve(base, v);
        String lower = url.toLowerCase(Locale.ROOT);
        boolean http = lower.startsWith("http://") && lower.length() > "http://".length()
                || lower.startsWith("https://") && lower.length() > "https://".length();
        return http && url.chars().noneMatch(Character::isWhitespace) ? url : null;
    }
}
