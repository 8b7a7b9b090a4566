package dev.newsflow.model;

import static java.util.Objects.requireNonNull;

/**
 * A link the page offers as related reading ("See also", "Related stories").
 *
 * @param url   absolute URL
 * @param title the link text
 */
public record RelatedLink(String url, String title) {
    public RelatedLink {
        requireNonNull(url, "url");
    }
}
