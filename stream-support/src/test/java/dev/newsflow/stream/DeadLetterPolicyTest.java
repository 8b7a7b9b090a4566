package dev.newsflow.stream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.messaging.DeadLetter;
import dev.newsflow.model.Headers;
import dev.newsflow.model.MalformedEventException;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

class DeadLetterPolicyTest {

    /** Stands in for a stage's own content error, e.g. the parser's ExtractionException. */
    static class NotAnArticle extends RuntimeException {
        private final String code;

        NotAnArticle(String code, String message) {
            super(message);
            this.code = code;
        }

        String code() {
            return code;
        }
    }

    private final DeadLetterPolicy policy = DeadLetterPolicy.forStage("parser")
            .contentError(NotAnArticle.class, NotAnArticle::code);

    @Test
    void findsContentErrorWrappedByTheListener() {
        Exception wrapped = new RuntimeException("listener failed",
                new IllegalStateException("handler failed", new NotAnArticle("empty-body", "no text in http://x/")));

        assertThat(policy.contentError(wrapped))
                .contains(new DeadLetterPolicy.Rejection("empty-body", "no text in http://x/"));
    }

    @Test
    void treatsMalformedEventsAsContentErrorsInEveryStage() {
        DeadLetterPolicy bare = DeadLetterPolicy.forStage("enricher");

        assertThat(bare.contentError(new RuntimeException(new MalformedEventException("not JSON"))))
                .contains(new DeadLetterPolicy.Rejection(DeadLetter.MALFORMED_EVENT, "not JSON"));
        assertThat(bare.contentErrorTypes()).containsExactly(MalformedEventException.class);
    }

    @Test
    void treatsEverythingElseAsInfrastructureExhaustedAfterRetries() {
        Exception outage = new RuntimeException("wrapper", new java.io.UncheckedIOException("broker down",
                new java.io.IOException("connection refused")));

        assertThat(policy.contentError(outage)).isEmpty();
        assertThat(policy.rejection(outage)).isEqualTo(new DeadLetterPolicy.Rejection(
                DeadLetter.RETRIES_EXHAUSTED, "gave up after retries: IOException: connection refused"));
    }

    @Test
    void writesStageReasonCodeAndOriginalTopicHeaders() {
        RecordHeaders headers = policy.deadLetter("news.pages.raw", new NotAnArticle("binary", "PNG data")).headers();

        assertThat(text(headers, Headers.DLQ_STAGE)).isEqualTo("parser");
        assertThat(text(headers, Headers.DLQ_REASON)).isEqualTo("PNG data");
        assertThat(text(headers, Headers.DLQ_REASON_CODE)).isEqualTo("binary");
        assertThat(text(headers, Headers.DLQ_ORIGINAL_TOPIC)).isEqualTo("news.pages.raw");
    }

    @Test
    void truncatesHugeReasonsSoHeadersStaySmall() {
        RecordHeaders headers = policy.deadLetter("t", new MalformedEventException("x".repeat(50_000))).headers();

        assertThat(text(headers, Headers.DLQ_REASON)).hasSizeLessThan(1_100);
    }

    private static String text(RecordHeaders headers, String name) {
        return new String(headers.lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
