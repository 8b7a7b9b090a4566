package dev.newsflow.messaging;

import dev.newsflow.model.Headers;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanId;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceId;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapSetter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * One page's W3C trace context (the {@code traceparent} and {@code tracestate} record headers, {@link Headers}) at one
 * hop of the pipeline: the trace id the page keeps from where it entered to its indexed notice, and this hop's own
 * span id, written as the parent on every record the hop sends on (output, dead letter, notice).
 *
 * <p>The one place where newsflow reads, starts and continues trace context: every Kafka writer (the drop command, the
 * fetcher's publisher, the stream services' outputs and dead letters, the indexer's outbox) goes through it. The
 * header format is OpenTelemetry's {@link W3CTraceContextPropagator}; no tracing SDK or backend is involved, the ids
 * only travel on the records and into the logs ({@link #inLogs()}).
 */
public final class TraceContext {

    /** The MDC key of the trace id on a stage's log lines about a record (as OpenTelemetry's own MDC instrumentation). */
    public static final String MDC_TRACE_ID = "trace_id";
    /** The MDC key of the hop's span id. */
    public static final String MDC_SPAN_ID = "span_id";

    /**
     * The logger of the one line per record each stage writes at DEBUG (published, parsed, enriched, indexed), off by
     * default: turn it on ({@code LOGGING_LEVEL_DEV_NEWSFLOW_RECORDS=debug}; the fetcher
     * {@code LOGGER_LEVELS_DEV_NEWSFLOW_RECORDS=DEBUG}) to follow every page through the logs by its trace id.
     */
    public static final org.slf4j.Logger RECORDS = org.slf4j.LoggerFactory.getLogger("dev.newsflow.records");

    private static final W3CTraceContextPropagator PROPAGATOR = W3CTraceContextPropagator.getInstance();
    private static final Pattern TRACE_ID = Pattern.compile("[0-9a-f]{32}");

    private final SpanContext span;

    private TraceContext(SpanContext span) {
        this.span = span;
    }

    /** A new trace, for a page entering the pipeline (dropped, fetched, posted to the fetcher's API). */
    public static TraceContext start() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new TraceContext(SpanContext.create(TraceId.fromLongs(random.nextLong(), nonZero(random)),
                newSpanId(), TraceFlags.getSampled(), TraceState.getDefault()));
    }

    /**
     * A new trace for the consumed record at {@code topic}-{@code partition}@{@code offset} that arrived without
     * context (a console producer's): its trace id is derived from those coordinates, so every attempt on the record
     * and its dead letter get the same one, wherever in the consumer they are computed.
     */
    public static TraceContext startFor(String topic, int partition, long offset) {
        UUID seed = UUID.nameUUIDFromBytes((topic + "/" + partition + "@" + offset).getBytes(StandardCharsets.UTF_8));
        long low = seed.getLeastSignificantBits() == 0 ? 1 : seed.getLeastSignificantBits();
        return new TraceContext(SpanContext.create(TraceId.fromLongs(seed.getMostSignificantBits(), low),
                newSpanId(), TraceFlags.getSampled(), TraceState.getDefault()));
    }

    /** The context a record carries, if it has a valid {@code traceparent}: the sender's span is the parent. */
    public static Optional<TraceContext> from(org.apache.kafka.common.header.Headers headers) {
        return headers == null ? Optional.empty() : from(KafkaHeadersGetter.INSTANCE, headers);
    }

    /**
     * As {@link #from(org.apache.kafka.common.header.Headers)}, for headers already read into a map (values as
     * UTF-8 bytes or text, as Spring messages and the indexer's records hold them; other values are ignored).
     */
    public static Optional<TraceContext> from(Map<String, ?> headers) {
        return headers == null ? Optional.empty() : from(MapGetter.INSTANCE, headers);
    }

    private static <C> Optional<TraceContext> from(TextMapGetter<C> getter, C carrier) {
        SpanContext parent = Span.fromContext(PROPAGATOR.extract(Context.root(), carrier, getter)).getSpanContext();
        return parent.isValid() ? Optional.of(new TraceContext(parent)) : Optional.empty();
    }

    /**
     * This hop's context for a consumed record: a child of the context the record carries, or a new trace
     * ({@link #startFor}) when it carries none or an invalid one.
     */
    public static TraceContext continueFrom(org.apache.kafka.common.header.Headers headers, String topic,
                                            int partition, long offset) {
        return from(headers).map(TraceContext::child).orElseGet(() -> startFor(topic, partition, offset));
    }

    /** As {@link #continueFrom(org.apache.kafka.common.header.Headers, String, int, long)} for headers in a map. */
    public static TraceContext continueFrom(Map<String, ?> headers, String topic, int partition, long offset) {
        return from(headers).map(TraceContext::child).orElseGet(() -> startFor(topic, partition, offset));
    }

    /** A child span: the same trace id, flags and trace state, a new span id. */
    public TraceContext child() {
        return new TraceContext(SpanContext.create(span.getTraceId(), newSpanId(), span.getTraceFlags(),
                span.getTraceState()));
    }

    /** The 32 lower-case hex digits shared by every record and log line of the page. */
    public String traceId() {
        return span.getTraceId();
    }

    /** This hop's span id (16 hex digits): the parent id of the records it sends on. */
    public String spanId() {
        return span.getSpanId();
    }

    /** The headers that carry this context: {@code traceparent}, and {@code tracestate} when there is one. */
    public Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        PROPAGATOR.inject(Context.root().with(Span.wrap(span)), headers, MapSetter.INSTANCE);
        return headers;
    }

    /** The {@code traceparent} value, e.g. {@code 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01}. */
    public String traceparent() {
        return headers().get(Headers.TRACEPARENT);
    }

    /**
     * Writes this context onto a record's {@code headers}, replacing the context they carried (the consumed record's,
     * copied onto a dead letter), and returns them.
     */
    public <H extends org.apache.kafka.common.header.Headers> H writeTo(H headers) {
        headers.remove(Headers.TRACEPARENT);
        headers.remove(Headers.TRACESTATE);
        headers().forEach((name, value) -> headers.add(name, value.getBytes(StandardCharsets.UTF_8)));
        return headers;
    }

    /**
     * Puts {@value #MDC_TRACE_ID} and {@value #MDC_SPAN_ID} into the logging MDC until the returned scope is closed
     * (which restores what was there), so that every line logged about the record meanwhile carries them.
     */
    public LogScope inLogs() {
        String previousTrace = MDC.get(MDC_TRACE_ID);
        String previousSpan = MDC.get(MDC_SPAN_ID);
        MDC.put(MDC_TRACE_ID, traceId());
        MDC.put(MDC_SPAN_ID, spanId());
        return () -> {
            restore(MDC_TRACE_ID, previousTrace);
            restore(MDC_SPAN_ID, previousSpan);
        };
    }

    /** Whether {@code text} has the form of a trace id (32 lower-case hex digits, not all zero). */
    public static boolean isTraceId(String text) {
        return text != null && TRACE_ID.matcher(text).matches() && TraceId.isValid(text);
    }

    /** The trace id in a {@code traceparent} value, if it is a valid one. */
    public static Optional<String> traceIdOf(String traceparent) {
        return traceparent == null ? Optional.empty()
                : from(Map.of(Headers.TRACEPARENT, traceparent)).map(TraceContext::traceId);
    }

    @Override
    public String toString() {
        return traceparent();
    }

    /** Closing it takes the record's ids out of the MDC again. */
    public interface LogScope extends AutoCloseable {
        @Override
        void close();
    }

    private static void restore(String key, String previous) {
        if (previous == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, previous);
        }
    }

    private static String newSpanId() {
        return SpanId.fromLong(nonZero(ThreadLocalRandom.current()));
    }

    private static long nonZero(ThreadLocalRandom random) {
        long value;
        do {
            value = random.nextLong();
        } while (value == 0);
        return value;
    }

    private static String text(Object value) {
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return value instanceof CharSequence chars ? chars.toString() : null;
    }

    private enum KafkaHeadersGetter implements TextMapGetter<org.apache.kafka.common.header.Headers> {
        INSTANCE;

        @Override
        public Iterable<String> keys(org.apache.kafka.common.header.Headers carrier) {
            java.util.List<String> keys = new java.util.ArrayList<>();
            carrier.forEach(header -> keys.add(header.key()));
            return keys;
        }

        @Override
        public String get(org.apache.kafka.common.header.Headers carrier, String key) {
            org.apache.kafka.common.header.Header header = carrier == null ? null : carrier.lastHeader(key);
            return header == null || header.value() == null ? null : text(header.value());
        }
    }

    private enum MapGetter implements TextMapGetter<Map<String, ?>> {
        INSTANCE;

        @Override
        public Iterable<String> keys(Map<String, ?> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, ?> carrier, String key) {
            return carrier == null ? null : text(carrier.get(key));
        }
    }

    private enum MapSetter implements TextMapSetter<Map<String, String>> {
        INSTANCE;

        @Override
        public void set(Map<String, String> carrier, String key, String value) {
            if (carrier != null) {
                carrier.put(key, value);
            }
        }
    }
}
