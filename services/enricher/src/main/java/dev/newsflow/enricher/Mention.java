package dev.newsflow.enricher;

import dev.newsflow.model.EntityType;

/**
 * One tagged mention in an article's text (headline + blank line + body).
 *
 * @param text   the name as written, without title
 * @param type   the tagged type
 * @param offset character offset of the name
 * @param title  the title written before it ("Mr", "President"), or {@code null}
 */
public record Mention(String text, EntityType type, int offset, String title) {
}
