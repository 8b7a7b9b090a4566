package dev.newsflow.articles.search;

import java.util.List;

/**
 * Where the free text matched, as HTML: the article text is escaped and each match wrapped in {@code <mark>}, so
 * a client may insert it as markup and nothing else from the article can become markup.
 *
 * @param headline the whole headline with matches marked, or {@code null} when it did not match
 * @param body     up to three passages of the body around matches, best first
 */
public record Highlights(String headline, List<String> body) {
    /** No highlights (no text searched, or only other fields matched). */
    public static final Highlights NONE = new Highlights(null, List.of());

    public Highlights {
        body = body == null ? List.of() : List.copyOf(body);
    }
}
