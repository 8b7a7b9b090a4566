package dev.newsflow.stream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.messaging.PipelineMeters;
import dev.newsflow.messaging.TraceContext;
import dev.newsflow.model.Headers;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

/** The per-record trace hook every stream stage goes through ({@link MeteredFunction}, {@link EventMessages}). */
class MeteredFunctionTraceTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String PARENT = "00-" + TRACE_ID + "-00f067aa0ba902b7-01";

    @Test
    void theOutputContinuesTheRecordsTraceAndTheStageLogsWithItsIds() {
        AtomicReference<String> loggedTraceId = new AtomicReference<>();
        MeteredFunction stage = new MeteredFunction(PipelineMeters.unmetered("parser"), in -> {
            loggedTraceId.set(MDC.get(TraceContext.MDC_TRACE_ID));
            // a stage's own output may copy the input's headers: the hop's context must replace them
            return MessageBuilder.withPayload("out".getBytes(StandardCharsets.UTF_8))
                    .setHeader(Headers.TRACEPARENT, PARENT.getBytes(StandardCharsets.UTF_8)).build();
        });

        Message<byte[]> out = stage.apply(consumed(PARENT, 3));

        TraceContext continued = TraceContext.from(out.getHeaders()).orElseThrow();
        assertThat(continued.traceId()).isEqualTo(TRACE_ID);
        assertThat(continued.spanId()).isNotEqualTo("00f067aa0ba902b7");
        assertThat(out.getHeaders().get(Headers.TRACEPARENT)).as("bytes: a String header would be written as JSON")
                .isInstanceOf(byte[].class);
        assertThat(loggedTraceId.get()).isEqualTo(TRACE_ID);
        assertThat(MDC.get(TraceContext.MDC_TRACE_ID)).as("taken out of the MDC after the record").isNull();
    }

    @Test
    void aRecordWithoutContextGetsTheTraceItsDeadLetterWouldGet() {
        TraceContext first = EventMessages.traceOf(consumed(null, 9));
        TraceContext again = EventMessages.traceOf(consumed(null, 9));

        assertThat(again.traceId()).isEqualTo(first.traceId())
                .isEqualTo(TraceContext.startFor("news.pages.raw", 0, 9).traceId());
        assertThat(EventMessages.traceOf(consumed(null, 10)).traceId()).isNotEqualTo(first.traceId());
    }

    private static Message<byte[]> consumed(String traceparent, long offset) {
        MessageBuilder<byte[]> message = MessageBuilder.withPayload("in".getBytes(StandardCharsets.UTF_8))
                .setHeader(KafkaHeaders.RECEIVED_TOPIC, "news.pages.raw")
                .setHeader(KafkaHeaders.RECEIVED_PARTITION, 0)
                .setHeader(KafkaHeaders.OFFSET, offset);
        if (traceparent != null) {
            message.setHeader(Headers.TRACEPARENT, traceparent.getBytes(StandardCharsets.UTF_8));
        }
        return message.build();
    }
}
