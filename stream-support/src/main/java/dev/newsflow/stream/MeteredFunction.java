package dev.newsflow.stream;

import static java.util.Objects.requireNonNull;

import dev.newsflow.messaging.PipelineMeters;
import dev.newsflow.messaging.TraceContext;
import java.util.function.Function;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;

/**
 * A stage's bound function with its {@code newsflow_*} meters and its trace context: every record in, every record
 * passed on, and the time each took; the record's trace continued ({@link EventMessages#traceOf}) on the output's
 * {@code traceparent}, and its trace id in the MDC of every line logged while the stage works on it. A record that
 * throws is not passed on; {@link DeadLetterRouting} counts its dead letter and continues its trace there.
 */
public final class MeteredFunction implements Function<Message<byte[]>, Message<byte[]>> {

    private final PipelineMeters meters;
    private final Function<Message<byte[]>, Message<byte[]>> stage;

    public MeteredFunction(PipelineMeters meters, Function<Message<byte[]>, Message<byte[]>> stage) {
        this.meters = requireNonNull(meters, "meters");
        this.stage = requireNonNull(stage, "stage");
    }

    @Override
    public Message<byte[]> apply(Message<byte[]> record) {
        TraceContext trace = EventMessages.traceOf(record);
        try (TraceContext.LogScope logs = trace.inLogs()) {
            meters.received(1);
            Message<byte[]> result = meters.processing().record(() -> stage.apply(record));
            meters.passedOn(1);
            if (TraceContext.RECORDS.isDebugEnabled()) {
                TraceContext.RECORDS.debug("{}: passed on {}-{}@{}", meters.stage(),
                        record.getHeaders().get(KafkaHeaders.RECEIVED_TOPIC),
                        record.getHeaders().get(KafkaHeaders.RECEIVED_PARTITION),
                        record.getHeaders().get(KafkaHeaders.OFFSET));
            }
            return result == null ? null : EventMessages.traced(result, trace);
        }
    }
}
