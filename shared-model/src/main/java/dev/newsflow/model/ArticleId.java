package dev.newsflow.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Stable article ids: the record key on every topic after the raw one and the Elasticsearch document id,
 * so all events about one article stay ordered on one partition and a redelivery overwrites, never adds.
 */
public final class ArticleId {

    private ArticleId() {
    }

    /** The id of the article whose canonical URL is {@code canonicalUrl}: 32 hex chars of its SHA-256. */
    public static String of(String canonicalUrl) {
        String key = normalise(canonicalUrl);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }

    /**
     * The light normalisation both sides of the id agree on: lower-case scheme and host, no default port,
     * no fragment, an empty path as "/". Deeper normalisation (tracking parameters, canonical links) is the
     * fetcher's and parser's business before they call {@link #of}.
     */
    public static String normalise(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("an article id needs a URL");
        }
        try {
            URI u = new URI(url.trim());
            if (u.getScheme() == null || u.getHost() == null) {
                return url.trim();
            }
            String scheme = u.getScheme().toLowerCase(Locale.ROOT);
            int port = u.getPort();
            if (("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443)) {
                port = -1;
            }
            String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
            return scheme + "://" + u.getHost().toLowerCase(Locale.ROOT) + (port == -1 ? "" : ":" + port)
                    + path + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
        } catch (URISyntaxException e) {
            return url.trim();
        }
    }
}
