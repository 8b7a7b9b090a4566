package dev.newsflow.messaging;

import static java.util.Objects.requireNonNull;

import dev.newsflow.model.Headers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Why a stage gave up on a record, as the headers its dead letter carries on top of the original record's: stage,
 * reason, reason code and original topic ({@link Headers}). The payload and the other headers stay untouched.
 * Every stage writes its dead-letter headers through this record, so they cannot drift apart.
 *
 * @param stage         the stage that gave up ({@code parser}, {@code enricher}, {@code indexer})
 * @param reasonCode    a short machine-readable code, e.g. {@code not-an-article}, {@link #MALFORMED_EVENT}
 * @param reason        a sentence a person can act on; cut to {@link #MAX_REASON_CHARS} (see {@link #truncate})
 * @param originalTopic the topic the record was read from (where a replay sends it back)
 */
public record DeadLetter(String stage, String reasonCode, String reason, String originalTopic) {

    /** Reason code of a record that is not a valid event of its topic's type (the same in every stage). */
    public static final String MALFORMED_EVENT = "malformed-event";
    /** Reason code of a record whose infrastructure failure outlasted every retry. */
    public static final String RETRIES_EXHAUSTED = "retries-exhausted";
    /** The longest reason a dead letter carries: a reason may quote a whole page, a header should stay small. */
    public static final int MAX_REASON_CHARS = 1_000;

    /** The headers this record writes, in this order. */
    public static final List<String> HEADER_NAMES = List.of(Headers.DLQ_STAGE, Headers.DLQ_REASON,
            Headers.DLQ_REASON_CODE, Headers.DLQ_ORIGINAL_TOPIC);

    public DeadLetter {
        requireNonNull(stage, "stage");
        requireNonNull(reasonCode, "reasonCode");
        requireNonNull(reason, "reason");
        requireNonNull(originalTopic, "originalTopic");
        reason = truncate(reason);
    }

    /** The dead-letter headers alone: stage, reason, reason code, original topic. */
    public RecordHeaders headers() {
        RecordHeaders headers = new RecordHeaders();
        headers.add(Headers.DLQ_STAGE, utf8(stage));
        headers.add(Headers.DLQ_REASON, utf8(reason));
        headers.add(Headers.DLQ_REASON_CODE, utf8(reasonCode));
        headers.add(Headers.DLQ_ORIGINAL_TOPIC, utf8(originalTopic));
        return headers;
    }

    /**
     * Writes the dead-letter headers onto the original record's {@code headers}, replacing any it already carries
     * (a record dead-lettered again says only why it failed this time), and returns them.
     */
    public org.apache.kafka.common.header.Headers writeTo(org.apache.kafka.common.header.Headers headers) {
        HEADER_NAMES.forEach(headers::remove);
        headers().forEach(headers::add);
        return headers;
    }

    /**
     * The one truncation rule of a dead-letter reason: at most {@link #MAX_REASON_CHARS} characters, then
     * {@code …}; never cutting a character in half (a surrogate pair stays whole or goes).
     */
    public static String truncate(String reason) {
        if (reason.length() <= MAX_REASON_CHARS) {
            return reason;
        }
        int end = Character.isHighSurrogate(reason.charAt(MAX_REASON_CHARS - 1)) ? MAX_REASON_CHARS - 1
                : MAX_REASON_CHARS;
        return reason.substring(0, end) + "…";
    }

    private static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
