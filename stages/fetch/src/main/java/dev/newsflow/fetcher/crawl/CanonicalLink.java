package dev.newsflow.fetcher.crawl;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds {@code <link rel="canonical" href="...">} in the head of a page, resolved against the page URL. */
public final class CanonicalLink {

    private static final int HEAD_CHARS = 65_536;
    private static final Pattern LINK = Pattern.compile("<link\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern REL = Pattern.compile("\\brel\\s*=\\s*[\"']?\\s*canonical\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern HREF = Pattern.compile("\\bhref\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))",
            Pattern.CASE_INSENSITIVE);

    private CanonicalLink() {
    }

    /** The absolute canonical URL the page declares, or null. */
    public static String find(String html, String pageUrl) {
        String head = html.length() > HEAD_CHARS ? html.substring(0, HEAD_CHARS) : html;
        Matcher link = LINK.matcher(head);
        while (link.find()) {
            String tag = link.group();
            if (!REL.matcher(tag).find()) {
                continue;
            }
            Matcher href = HREF.matcher(tag);
            if (!href.find()) {
                return null;
            }
            String value = href.group(1) != null ? href.group(1) : href.group(2) != null ? href.group(2) : href.group(3);
            try {
                return URI.create(pageUrl).resolve(value.trim().replace("&amp;", "&")).toString();
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return null;
    }
}
