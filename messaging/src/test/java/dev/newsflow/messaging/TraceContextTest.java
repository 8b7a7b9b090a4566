package dev.newsflow.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.model.Headers;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

class TraceContextTest {

    private static final String PARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    @Test
    void aNewTraceHasAValidTraceparent() {
        TraceContext trace = TraceContext.start();

        assertThat(trace.traceparent()).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
        assertThat(TraceContext.isTraceId(trace.traceId())).isTrue();
        assertThat(TraceContext.start().traceId()).isNotEqualTo(trace.traceId());
    }

    @Test
    void aConsumedRecordsContextIsContinuedWithTheSameTraceIdAndANewSpan() {
        RecordHeaders headers = new RecordHeaders();
        headers.add(Headers.TRACEPARENT, PARENT.getBytes(StandardCharsets.UTF_8));
        headers.add(Headers.TRACESTATE, "vendor=abc".getBytes(StandardCharsets.UTF_8));

        TraceContext hop = TraceContext.continueFrom(headers, "news.pages.raw", 0, 7);

        assertThat(hop.traceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(hop.spanId()).isNotEqualTo("00f067aa0ba902b7").matches("[0-9a-f]{16}");
        assertThat(hop.headers()).containsEntry(Headers.TRACESTATE, "vendor=abc")
                .containsEntry(Headers.TRACEPARENT, "00-4bf92f3577b34da6a3ce929d0e0e4736-" + hop.spanId() + "-01");
    }

    @Test
    void headersInAMapAsBytesOrTextAreRead() {
        assertThat(TraceContext.from(Map.of(Headers.TRACEPARENT, PARENT)).orElseThrow().spanId())
                .isEqualTo("00f067aa0ba902b7");
        assertThat(TraceContext.from(Map.of(Headers.TRACEPARENT, PARENT.getBytes(StandardCharsets.UTF_8)))
                .orElseThrow().traceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
    }

    @Test
    void aRecordWithoutOrWithABrokenContextGetsOneTraceDerivedFromWhereItWasRead() {
        RecordHeaders broken = new RecordHeaders();
        broken.add(Headers.TRACEPARENT, "00-00000000000000000000000000000000-00f067aa0ba902b7-01"
                .getBytes(StandardCharsets.UTF_8));

        TraceContext first = TraceContext.continueFrom(new RecordHeaders(), "news.pages.raw", 2, 41);
        TraceContext again = TraceContext.continueFrom(broken, "news.pages.raw", 2, 41);
        TraceContext other = TraceContext.continueFrom(new RecordHeaders(), "news.pages.raw", 2, 42);

        assertThat(TraceContext.isTraceId(first.traceId())).isTrue();
        assertThat(again.traceId()).isEqualTo(first.traceId());
        assertThat(again.spanId()).isNotEqualTo(first.spanId());
        assertThat(other.traceId()).isNotEqualTo(first.traceId());
    }

    @Test
    void writingReplacesTheContextARecordCarried() {
        RecordHeaders headers = new RecordHeaders();
        headers.add(Headers.TRACEPARENT, PARENT.getBytes(StandardCharsets.UTF_8));
        headers.add(Headers.URL, "https://example.org/".getBytes(StandardCharsets.UTF_8));
        TraceContext hop = TraceContext.from(headers).orElseThrow().child();

        hop.writeTo(headers);

        assertThat(headers.headers(Headers.TRACEPARENT)).singleElement()
                .satisfies(h -> assertThat(new String(h.value(), StandardCharsets.UTF_8)).isEqualTo(hop.traceparent()));
        assertThat(headers.lastHeader(Headers.URL)).isNotNull();
    }

    @Test
    void theIdsAreInTheLogsOnlyWhileTheScopeIsOpen() {
        TraceContext trace = TraceContext.start();
        MDC.put(TraceContext.MDC_TRACE_ID, "outer");

        try (TraceContext.LogScope ignored = trace.inLogs()) {
            assertThat(MDC.get(TraceContext.MDC_TRACE_ID)).isEqualTo(trace.traceId());
            assertThat(MDC.get(TraceContext.MDC_SPAN_ID)).isEqualTo(trace.spanId());
        }

        assertThat(MDC.get(TraceContext.MDC_TRACE_ID)).isEqualTo("outer");
        assertThat(MDC.get(TraceContext.MDC_SPAN_ID)).isNull();
        MDC.clear();
    }

    @Test
    void aTraceIdIsRecognisedAsSuch() {
        assertThat(TraceContext.isTraceId("4bf92f3577b34da6a3ce929d0e0e4736")).isTrue();
        assertThat(TraceContext.isTraceId("00000000000000000000000000000000")).isFalse();
        assertThat(TraceContext.isTraceId("https://example.org/a")).isFalse();
        assertThat(TraceContext.traceIdOf(PARENT)).contains("4bf92f3577b34da6a3ce929d0e0e4736");
    }
}
