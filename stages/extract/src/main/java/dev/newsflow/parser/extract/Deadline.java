package dev.newsflow.parser.extract;

import java.time.Duration;

/** The time budget of one page, checked between extraction stages (jsoup parsing itself cannot be interrupted). */
final class Deadline {

    private final long startNanos = System.nanoTime();
    private final long budgetNanos;

    Deadline(Duration budget) {
        this.budgetNanos = budget.toNanos();
    }

    void check(String stage) {
        long elapsed = System.nanoTime() - startNanos;
        if (elapsed > budgetNanos) {
            throw new ExtractionException("timeout", "extraction took longer than its budget of "
                    + Duration.ofNanos(budgetNanos).toMillis() + " ms (while " + stage + ")");
        }
    }
}
