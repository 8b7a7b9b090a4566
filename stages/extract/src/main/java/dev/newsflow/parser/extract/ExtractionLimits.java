package dev.newsflow.parser.extract;

import java.time.Duration;

/**
 * The limits the extractor enforces on every page; a page beyond one is rejected with a reason code.
 *
 * @param maxChars      largest page body accepted, in characters ({@code too-large}); default 10 MiB
 * @param maxDepth      deepest element nesting accepted ({@code too-deep}); default 400, browsers render far less
 * @param timeBudget    wall-clock time allowed per page, checked between stages ({@code timeout}); default 10 s (generous: a cold JVM's first page pays for class loading)
 * @param minBodyChars  shortest body text accepted as an article ({@code empty-body} / {@code not-an-article}); default 25
 */
public record ExtractionLimits(int maxChars, int maxDepth, Duration timeBudget, int minBodyChars) {

    /** 10 MiB of text, depth 400, 10 seconds, 25 characters. */
    public static final ExtractionLimits DEFAULTS = new ExtractionLimits(10 * 1024 * 1024, 400, Duration.ofSeconds(10), 25);

    public ExtractionLimits {
        if (maxChars <= 0 || maxDepth <= 0 || minBodyChars < 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
        if (timeBudget == null || timeBudget.isNegative() || timeBudget.isZero()) {
            throw new IllegalArgumentException("timeBudget must be positive");
        }
    }
}
