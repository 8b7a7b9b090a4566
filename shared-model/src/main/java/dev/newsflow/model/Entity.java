package dev.newsflow.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One real-world thing an article mentions, with all its mentions merged ("Vladimir Putin", "Mr Putin",
 * "Putin" are one entity).
 *
 * @param name         canonical name, the fullest form used in the article
 * @param type         entity type
 * @param mentions     how many times the article mentions it, in any surface form, counted over the headline,
 *                     standfirst, image captions and body (image alt text supplies names but is not counted: it
 *                     mostly repeats the caption)
 * @param surfaceForms the distinct forms it appears under, most frequent first
 * @param firstOffset  character offset of the first mention in headline + blank line + body, or -1 when only the
 *                     standfirst or a caption mentions it
 * @param salience     0..1, how central it is to the article (mentions, position, headline)
 * @param id           stable id across articles ({@link EntityId}): the same in every article that names the same
 *                     thing, also when one writes "Obama" and another "Barack Obama"; {@link EntityId#of} of the
 *                     name when absent
 */
public record Entity(String name, EntityType type, int mentions, List<String> surfaceForms, int firstOffset,
                     double salience, String id) {
    public Entity {
        requireNonNull(name, "name");
        requireNonNull(type, "type");
        surfaceForms = surfaceForms == null ? List.of(name) : List.copyOf(surfaceForms);
        id = id == null || id.isBlank() ? EntityId.of(name) : id;
    }

    /** An entity whose id is its own name's ({@link EntityId#of}). */
    public Entity(String name, EntityType type, int mentions, List<String> surfaceForms, int firstOffset,
                  double salience) {
        this(name, type, mentions, surfaceForms, firstOffset, salience, null);
    }
}
