package dev.newsflow.model;

import static java.util.Objects.requireNonNull;

/**
 * An image of an article.
 *
 * @param url     absolute URL of the image
 * @param alt     its alt text, or {@code null}
 * @param caption its caption as shown on the page (figcaption, caption line), or {@code null}
 */
public record Image(String url, String alt, String caption) {
    public Image {
        requireNonNull(url, "url");
    }
}
