package dev.newsflow.stream;

import static java.util.Objects.requireNonNull;

import dev.newsflow.model.Headers;
import dev.newsflow.model.MalformedEventException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * What a stage does with a record it cannot process: which exceptions are content errors (dead-lettered at
 * once with a reason code) and the headers a dead letter carries. Everything else is an infrastructure error,
 * retried with backoff and dead-lettered only when the retries run out.
 *
 * <p>Declare one as a bean in a stream service; the stream-support auto-configuration then routes that
 * service's failed records accordingly. {@link MalformedEventException} is always a content error.
 */
public final class DeadLetterPolicy {

    /** Reason code of a record that is not a valid event of its topic's type. */
    public static final String MALFORMED_EVENT = "malformed-event";
    /** Reason code of a record whose infrastructure failure outlasted every retry. */
    public static final String RETRIES_EXHAUSTED = "retries-exhausted";

    private static final int MAX_REASON_CHARS = 1_000;

    private final String stage;
    private final Map<Class<? extends Exception>, Function<Exception, String>> contentErrors;

    private DeadLetterPolicy(String stage, Map<Class<? extends Exception>, Function<Exception, String>> contentErrors) {
        this.stage = stage;
        this.contentErrors = contentErrors;
    }

    /** A policy for {@code stage} ({@code parser}, {@code enricher}, {@code indexer}) knowing only malformed events. */
    public static DeadLetterPolicy forStage(String stage) {
        requireNonNull(stage, "stage");
        if (stage.isBlank()) {
            throw new IllegalArgumentException("stage must not be blank");
        }
        Map<Class<? extends Exception>, Function<Exception, String>> errors = new LinkedHashMap<>();
        errors.put(MalformedEventException.class, e -> MALFORMED_EVENT);
        return new DeadLetterPolicy(stage, Map.copyOf(errors));
    }

    /**
     * This policy plus one more content-error type (subclasses included).
     *
     * @param type       the exception type a stage throws for bad content
     * @param reasonCode its short machine-readable reason, e.g. {@code ExtractionException::reasonCode}
     */
    public <E extends Exception> DeadLetterPolicy contentError(Class<E> type, Function<? super E, String> reasonCode) {
        requireNonNull(type, "type");
        requireNonNull(reasonCode, "reasonCode");
        Map<Class<? extends Exception>, Function<Exception, String>> errors = new LinkedHashMap<>(contentErrors);
        errors.put(type, e -> reasonCode.apply(type.cast(e)));
        return new DeadLetterPolicy(stage, Map.copyOf(errors));
    }

    /** The stage name written to {@link Headers#DLQ_STAGE}. */
    public String stage() {
        return stage;
    }

    /** The content-error types: never retried. */
    public List<Class<? extends Exception>> contentErrorTypes() {
        return List.copyOf(contentErrors.keySet());
    }

    /** The content error in {@code failure}'s cause chain (the listener wraps what the function threw), if any. */
    public Optional<Rejection> contentError(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (Map.Entry<Class<? extends Exception>, Function<Exception, String>> entry : contentErrors.entrySet()) {
                if (entry.getKey().isInstance(t)) {
                    String code = entry.getValue().apply((Exception) t);
                    return Optional.of(new Rejection(code == null || code.isBlank() ? "content-error" : code,
                            messageOf(t)));
                }
            }
        }
        return Optional.empty();
    }

    /** Why the record is dead-lettered: its content error, else the infrastructure failure that outlasted retries. */
    public Rejection rejection(Throwable failure) {
        return contentError(failure).orElseGet(() -> {
            return new Rejection(RETRIES_EXHAUSTED, "gave up after retries: " + describeRootCause(failure));
        });
    }

    /** The innermost cause as {@code SimpleClassName: message}: what actually went wrong. */
    public static String describeRootCause(Throwable failure) {
        Throwable root = rootCause(failure);
        return root.getClass().getSimpleName() + ": " + messageOf(root);
    }

    /**
     * The headers a dead letter gets on top of the original record's: stage, reason, reason code, original topic.
     */
    public RecordHeaders deadLetterHeaders(String originalTopic, Throwable failure) {
        Rejection rejection = rejection(failure);
        RecordHeaders headers = new RecordHeaders();
        headers.add(Headers.DLQ_STAGE, utf8(stage));
        headers.add(Headers.DLQ_REASON, utf8(truncate(rejection.reason())));
        headers.add(Headers.DLQ_REASON_CODE, utf8(rejection.reasonCode()));
        headers.add(Headers.DLQ_ORIGINAL_TOPIC, utf8(originalTopic));
        return headers;
    }

    private static Throwable rootCause(Throwable failure) {
        List<Throwable> seen = new ArrayList<>();
        Throwable t = failure;
        while (t.getCause() != null && !seen.contains(t.getCause())) {
            seen.add(t);
            t = t.getCause();
        }
        return t;
    }

    private static String messageOf(Throwable t) {
        String message = t.getMessage();
        return message == null || message.isBlank() ? "(no message) " + t.getClass().getName() : message;
    }

    private static String truncate(String reason) {
        return reason.length() <= MAX_REASON_CHARS ? reason : reason.substring(0, MAX_REASON_CHARS) + "…";
    }

    private static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Why a record was dead-lettered.
     *
     * @param reasonCode short machine-readable code, e.g. {@code not-an-article}, {@code malformed-event}
     * @param reason     a sentence a person can act on
     */
    public record Rejection(String reasonCode, String reason) {
    }
}
