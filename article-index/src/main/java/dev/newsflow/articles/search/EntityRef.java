package dev.newsflow.articles.search;

/**
 * An entity an article is about, as a link to its page.
 *
 * @param id   the stable entity id, for {@code GET /api/entities/{id}} and {@code GET /api/entities/{id}/articles}
 * @param name the name as this article's enricher resolved it
 * @param type {@code PERSON}, {@code ORGANIZATION}, {@code LOCATION} or {@code MISC}
 */
public record EntityRef(String id, String name, String type) {
}
