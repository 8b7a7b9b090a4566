package dev.newsflow.stream;

import dev.newsflow.messaging.TraceContext;
import dev.newsflow.model.Events;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.util.MimeTypeUtils;

/** Builds and reads the messages a stream function exchanges with the binder, in the canonical wire format. */
public final class EventMessages {

    private EventMessages() {
    }

    /**
     * The event as canonical JSON bytes ({@link Events}), with {@code key} as the Kafka record key so every
     * event about one article lands on one partition.
     */
    public static Message<byte[]> keyed(String key, Object event) {
        return MessageBuilder.withPayload(Events.toJson(event))
                // Bytes, because the binder's producer serialises keys with ByteArraySerializer.
                .setHeader(KafkaHeaders.KEY, key.getBytes(StandardCharsets.UTF_8))
                .setHeader(MessageHeaders.CONTENT_TYPE, MimeTypeUtils.APPLICATION_JSON_VALUE)
                .build();
    }

    /**
     * This hop's trace context for a consumed message: a child of the {@code traceparent} it carries, or a new trace
     * derived from where it was read (topic, partition, offset) when it carries none. A per-record hook: the
     * single-record {@link MeteredFunction} calls it, and a batch consumer calls it for each record of the batch.
     */
    public static TraceContext traceOf(Message<?> consumed) {
        MessageHeaders headers = consumed.getHeaders();
        Object partition = headers.get(KafkaHeaders.RECEIVED_PARTITION);
        Object offset = headers.get(KafkaHeaders.OFFSET);
        return TraceContext.continueFrom(headers, String.valueOf(headers.get(KafkaHeaders.RECEIVED_TOPIC)),
                partition instanceof Number p ? p.intValue() : -1, offset instanceof Number o ? o.longValue() : -1);
    }

    /**
     * {@code output} carrying {@code trace} as its {@code traceparent} (and {@code tracestate}) headers, replacing any
     * it had. Bytes, because the binder would write a String header as JSON (quoted), which is no W3C header.
     */
    public static Message<byte[]> traced(Message<byte[]> output, TraceContext trace) {
        MessageBuilder<byte[]> traced = MessageBuilder.fromMessage(output)
                .removeHeaders(dev.newsflow.model.Headers.TRACEPARENT, dev.newsflow.model.Headers.TRACESTATE);
        trace.headers().forEach((name, value) -> traced.setHeader(name, value.getBytes(StandardCharsets.UTF_8)));
        return traced.build();
    }

    /**
     * The record value as bytes, or {@code null} for a record without a value (a tombstone arrives as
     * {@code KafkaNull}, not as bytes, even in a {@code Message<byte[]>}).
     */
    public static byte[] payloadBytes(Message<?> message) {
        Object payload = message.getPayload();
        return payload instanceof byte[] bytes ? bytes : null;
    }

    /**
     * The message's headers as text (Kafka headers arrive as UTF-8 bytes or already as strings); headers of
     * other types (the binder's own bookkeeping) are left out.
     */
    public static Map<String, String> textHeaders(MessageHeaders headers) {
        Map<String, String> text = new LinkedHashMap<>();
        headers.forEach((name, value) -> {
            if (value instanceof byte[] bytes) {
                text.put(name, new String(bytes, StandardCharsets.UTF_8));
            } else if (value instanceof CharSequence chars) {
                text.put(name, chars.toString());
            }
        });
        return text;
    }
}
