package dev.newsflow.cli;

import dev.newsflow.messaging.ProducerSettings;
import dev.newsflow.messaging.TraceContext;
import dev.newsflow.model.ArticleId;
import dev.newsflow.model.Headers;
import dev.newsflow.model.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Drops pages on news.pages.raw the way a person would: a bare body with the URL in a header, or a JSON envelope. */
public final class PageDropper implements AutoCloseable {

    private final String bootstrapServers;
    private final String topic;
    private final KafkaProducer<String, byte[]> producer;

    public PageDropper(String bootstrapServers) {
        this(bootstrapServers, Topics.PAGES_RAW);
    }

    public PageDropper(String bootstrapServers, String topic) {
        // A person waits on each drop: the broker's answer (15 s at most) comes before send() gives up (20 s). A folder
        // of pages goes out in compressed batches of up to 1 MiB, as the fetcher's pages do.
        this(bootstrapServers, topic, ProducerSettings.reliable().clientId("newsflow-cli-drop")
                .failingWithin(Duration.ofSeconds(15)).compressed().batched());
    }

    /** A dropper with other producer settings (the pipeline benchmark sends in compressed batches, like the fetcher). */
    public PageDropper(String bootstrapServers, String topic, ProducerSettings settings) {
        this.bootstrapServers = bootstrapServers;
        this.topic = topic;
        this.producer = new KafkaProducer<>(settings.connectingTo(bootstrapServers),
                new StringSerializer(), new ByteArraySerializer());
    }

    /** Sends one page and waits until the broker has it; the page starts a new trace. */
    public RecordMetadata drop(PageFile page, String source) {
        return drop(page, source, TraceContext.start());
    }

    /** As {@link #drop(PageFile, String)}, the record carrying {@code trace} (its {@code traceparent}). */
    public RecordMetadata drop(PageFile page, String source, TraceContext trace) {
        return await(dispatch(page, source, trace));
    }

    /**
     * Sends a bare body ({@code contentType} non-null) or a RawPage envelope ({@code contentType} null), keyed by the
     * article id of {@code url}, and waits for the acknowledgement.
     *
     * @throws IllegalStateException when the broker cannot be reached or refuses the record
     */
    public RecordMetadata send(String url, String contentType, byte[] body, String source) {
        return send(url, contentType, body, source, TraceContext.start());
    }

    private RecordMetadata send(String url, String contentType, byte[] body, String source, TraceContext trace) {
        return await(dispatch(url, contentType, body, source, trace));
    }

    /**
     * Waits for the broker's acknowledgement of a {@link #dispatch dispatched} page.
     *
     * @throws IllegalStateException when the broker cannot be reached or refuses the record, saying which
     */
    public RecordMetadata await(Future<RecordMetadata> acknowledgement) {
        try {
            return acknowledgement.get(20, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException(describe(e.getCause()), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka at " + bootstrapServers + " did not acknowledge within 20 s. "
                    + "Is the stack running (./newsflow up)?", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while sending to " + topic, e);
        } catch (org.apache.kafka.common.KafkaException e) {
            throw new IllegalStateException(describe(e), e);
        }
    }

    /**
     * Sends like {@link #send} without waiting: the future completes with the broker's acknowledgement or its error
     * (a sender that must not lose pages checks every one).
     */
    public Future<RecordMetadata> dispatch(String url, String contentType, byte[] body, String source) {
        return dispatch(url, contentType, body, source, TraceContext.start());
    }

    /** As {@link #drop(PageFile, String, TraceContext)} without waiting: {@link #await} the acknowledgement. */
    public Future<RecordMetadata> dispatch(PageFile page, String source, TraceContext trace) {
        return dispatch(page.url(), page.envelope() ? null : page.contentType(), page.body(), source, trace);
    }

    /** As {@link #dispatch(String, String, byte[], String)}, the record carrying {@code trace}: the page enters here. */
    public Future<RecordMetadata> dispatch(String url, String contentType, byte[] body, String source,
                                           TraceContext trace) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, ArticleId.of(url), body);
        trace.writeTo(record.headers());
        if (contentType != null) {
            record.headers().add(new RecordHeader(Headers.URL, url.getBytes(StandardCharsets.UTF_8)));
            record.headers().add(new RecordHeader(Headers.CONTENT_TYPE, contentType.getBytes(StandardCharsets.UTF_8)));
            record.headers().add(new RecordHeader(Headers.SOURCE, source.getBytes(StandardCharsets.UTF_8)));
        }
        return producer.send(record);
    }

    private String describe(Throwable cause) {
        String why = cause == null ? "unknown error" : cause.getMessage();
        if (cause instanceof org.apache.kafka.common.errors.TimeoutException) {
            return "Cannot reach Kafka at " + bootstrapServers + " (" + why + "). Start the stack with ./newsflow up,"
                    + " or point --bootstrap at your broker.";
        }
        if (cause instanceof org.apache.kafka.common.errors.RecordTooLargeException) {
            return "The page is too large for the broker: " + why;
        }
        return "Kafka refused the record on " + topic + ": " + why;
    }

    /** Drops every page, in order, and returns what the broker acknowledged. */
    public List<RecordMetadata> dropAll(List<PageFile> pages, String source) {
        List<RecordMetadata> acks = new ArrayList<>();
        for (PageFile page : pages) {
            acks.add(drop(page, source));
        }
        return acks;
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
