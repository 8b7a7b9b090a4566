package dev.newsflow.model;

import static java.util.Objects.requireNonNull;

/**
 * A topic from the IPTC Media Topics top level with a score.
 *
 * @param code  IPTC media topic code, e.g. {@code medtop:11000000}
 * @param slug  a short name to facet on, e.g. {@code politics}
 * @param label the vocabulary's label, e.g. {@code politics}
 * @param score 0..1
 */
public record TopicScore(String code, String slug, String label, double score) {
    public TopicScore {
        requireNonNull(slug, "slug");
    }
}
