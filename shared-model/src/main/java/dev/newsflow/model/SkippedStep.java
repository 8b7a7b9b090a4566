package dev.newsflow.model;

import static java.util.Objects.requireNonNull;

/**
 * A step the enricher did not run on an article, and why: an article in a language its models do not read gets no
 * entities and no topics rather than an English tagger's guesses (German nouns as people). Consumers see the gap on
 * the event instead of reading an empty list as "nothing found".
 *
 * @param step   {@code entities} or {@code topics}
 * @param reason readable, e.g. {@code no entity model for language de (the tagger reads en)}
 */
public record SkippedStep(String step, String reason) {

    /** The entity tagger's step. */
    public static final String ENTITIES = "entities";
    /** The topic classifier's step. */
    public static final String TOPICS = "topics";

    public SkippedStep {
        requireNonNull(step, "step");
        requireNonNull(reason, "reason");
    }
}
