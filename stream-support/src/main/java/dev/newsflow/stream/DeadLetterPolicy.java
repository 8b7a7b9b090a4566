package dev.newsflow.stream;

import static java.util.Objects.requireNonNull;

import dev.newsflow.messaging.Causes;
import dev.newsflow.messaging.DeadLetter;
import dev.newsflow.model.Headers;
import dev.newsflow.model.MalformedEventException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a stage does with a record it cannot process: which exceptions are content errors (dead-lettered at
 * once with a reason code) and the headers a dead letter carries. Everything else is an infrastructure error,
 * retried with backoff and dead-lettered only when the retries run out.
 *
 * <p>Declare one as a bean in a stream service; the stream-support auto-configuration then routes that
 * service's failed records accordingly. {@link MalformedEventException} is always a content error.
 */
public final class DeadLetterPolicy {

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
        errors.put(MalformedEventException.class, e -> DeadLetter.MALFORMED_EVENT);
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
        for (Throwable t : Causes.chain(failure)) {
            for (Map.Entry<Class<? extends Exception>, Function<Exception, String>> entry : contentErrors.entrySet()) {
                if (entry.getKey().isInstance(t)) {
                    String code = entry.getValue().apply((Exception) t);
                    return Optional.of(new Rejection(code == null || code.isBlank() ? "content-error" : code,
                            Causes.messageOf(t)));
                }
            }
        }
        return Optional.empty();
    }

    /** Why the record is dead-lettered: its content error, else the infrastructure failure that outlasted retries. */
    public Rejection rejection(Throwable failure) {
        return contentError(failure).orElseGet(() -> new Rejection(DeadLetter.RETRIES_EXHAUSTED,
                "gave up after retries: " + Causes.describeRoot(failure)));
    }

    /**
     * The dead letter of a record read from {@code originalTopic} that failed with {@code failure}: the headers it
     * gets on top of the original record's (stage, reason, reason code, original topic).
     */
    public DeadLetter deadLetter(String originalTopic, Throwable failure) {
        Rejection rejection = rejection(failure);
        return new DeadLetter(stage, rejection.reasonCode(), rejection.reason(), originalTopic);
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
