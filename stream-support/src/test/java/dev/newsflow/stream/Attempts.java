package dev.newsflow.stream;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts attempts per key (a URL, an article id) across the listener's threads: how a stage binding test sees
 * whether the binder retried a record, and how often.
 */
public final class Attempts {

    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

    /** Counts one more attempt on {@code key} and returns its number, the first being 1. */
    public int next(String key) {
        return counts.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
    }

    /** How many attempts {@code key} has had so far. */
    public int of(String key) {
        AtomicInteger n = counts.get(key);
        return n == null ? 0 : n.get();
    }
}
