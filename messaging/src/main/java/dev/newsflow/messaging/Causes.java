package dev.newsflow.messaging;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Reads a failure's cause chain and says what actually went wrong, for a log line or a dead-letter reason: the
 * exception a stage sees is usually a wrapper (the listener's, the client's) around the one that matters.
 */
public final class Causes {

    private Causes() {
    }

    /** {@code failure} and its causes, outermost first; each exception once, even in a chain that loops. */
    public static List<Throwable> chain(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    /** The innermost cause of {@code failure} ({@code failure} itself when it has none). */
    public static Throwable root(Throwable failure) {
        return chain(failure).getLast();
    }

    /** The innermost cause as {@code SimpleClassName: message}: what actually went wrong. */
    public static String describeRoot(Throwable failure) {
        Throwable root = root(failure);
        return root.getClass().getSimpleName() + ": " + messageOf(root);
    }

    /**
     * {@code failure}'s own message, followed by its root cause in parentheses when that is another exception, e.g.
     * {@code "bulk request failed (ConnectException: Connection refused)"}.
     */
    public static String describe(Throwable failure) {
        String message = messageOf(failure);
        return root(failure) == failure ? message : message + " (" + describeRoot(failure) + ")";
    }

    /** The exception's message, or {@code (no message) ClassName} when it has none: never blank. */
    public static String messageOf(Throwable t) {
        String message = t.getMessage();
        return message == null || message.isBlank() ? "(no message) " + t.getClass().getName() : message;
    }
}
