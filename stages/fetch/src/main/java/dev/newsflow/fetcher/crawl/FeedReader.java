package dev.newsflow.fetcher.crawl;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.xml.sax.InputSource;

/**
 * Article links of an RSS or Atom feed (Rome). DOCTYPEs are refused outright, which rules out XXE and
 * billion-laughs entity expansion; the byte size is already capped by the fetch.
 */
public final class FeedReader {

    private FeedReader() {
    }

    /**
     * The absolute http(s) links of the feed's entries, in feed order, without duplicates.
     *
     * @throws FetchException {@code bad-feed} when it is not a feed, or declares a DOCTYPE
     */
    public static List<String> links(byte[] xml, String feedUrl) throws FetchException {
        SyndFeedInput input = new SyndFeedInput();
        input.setAllowDoctypes(false);
        input.setXmlHealerOn(true);
        SyndFeed feed;
        try {
            InputSource source = new InputSource(new ByteArrayInputStream(xml));
            source.setSystemId(feedUrl);
            feed = input.build(source);
        } catch (FeedException | IllegalArgumentException e) {
            String why = String.valueOf(e.getMessage());
            if (why.toLowerCase(Locale.ROOT).contains("doctype")) {
                why = "it declares a DOCTYPE, refused because DTDs enable XXE and entity-expansion attacks";
            }
            throw FetchException.refused("bad-feed", "not a readable RSS/Atom feed: " + why, feedUrl);
        }
        Set<String> links = new LinkedHashSet<>();
        URI base = URI.create(feedUrl);
        for (SyndEntry entry : feed.getEntries()) {
            String link = entry.getLink();
            if (link == null || link.isBlank()) {
                link = entry.getUri();
            }
            if (link == null || link.isBlank()) {
                continue;
            }
            try {
                URI resolved = base.resolve(link.trim());
                String scheme = resolved.getScheme() == null ? "" : resolved.getScheme().toLowerCase(Locale.ROOT);
                if (scheme.equals("http") || scheme.equals("https")) {
                    links.add(resolved.toString());
                }
            } catch (IllegalArgumentException ignored) {
                // a junk link in a feed is skipped, not fatal
            }
        }
        return new ArrayList<>(links);
    }
}
