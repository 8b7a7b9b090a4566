package dev.newsflow.articles.search;

/**
 * One entity as a facet value or on its own page: its stable id, the name to show, its type, and how many matching
 * articles are about it. Every article that named it counts once, whatever form it used ("Obama", "Barack Obama").
 *
 * @param id    the stable entity id ({@code barack-obama}); pass it back as the {@code entity} filter to drill down
 * @param name  the canonical display name: among the names indexed under this id, the one the id was made from,
 *              else the most frequent
 * @param type  {@code PERSON}, {@code ORGANIZATION}, {@code LOCATION} or {@code MISC}: in a facet, the facet's type;
 *              on an entity's page, the type the tagger gave it most often
 * @param count matching articles about this entity
 */
public record EntityBucket(String id, String name, String type, long count) {
}
