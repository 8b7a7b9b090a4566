package dev.newsflow.fetcher.crawl;

import crawlercommons.filters.basic.BasicURLNormalizer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * Normalises URLs before they reach the ledger, so one page is one row: crawler-commons' BasicURLNormalizer
 * (case, default ports, dot segments, escaping, fragments) plus removal of common tracking parameters.
 */
public final class UrlNormaliser {

    private static final Set<String> TRACKING = Set.of("utm_source", "utm_medium", "utm_campaign", "utm_term",
            "utm_content", "utm_id", "gclid", "fbclid", "mc_cid", "mc_eid", "ocid", "cmpid", "at_medium",
            "at_campaign", "ns_mchannel", "ns_source", "ns_campaign", "ns_linkname", "ns_fee");

    private final BasicURLNormalizer normalizer = BasicURLNormalizer.newBuilder()
            .queryParamsToRemove(TRACKING)
            .build();

    /**
     * The normalised form of an absolute http(s) URL.
     *
     * @throws IllegalArgumentException with a reason a person can act on when it is not one
     */
    public String normalise(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("the URL is empty");
        }
        String trimmed = url.trim();
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            uri = null;
        }
        if (uri != null) {
            String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
            if (scheme == null) {
                throw new IllegalArgumentException("not an absolute URL (no http:// or https://): " + trimmed);
            }
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new IllegalArgumentException("only http and https URLs can be fetched, not " + scheme + ": " + trimmed);
            }
            if (uri.getHost() == null) {
                throw new IllegalArgumentException("the URL has no host: " + trimmed);
            }
        }
        String normalised = normalizer.filter(trimmed);
        if (normalised == null) {
            throw new IllegalArgumentException("not a valid http(s) URL: " + trimmed);
        }
        return normalised;
    }
}
