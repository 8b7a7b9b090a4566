package dev.newsflow.indexer;

import dev.newsflow.indexer.kafka.KafkaOutbox;
import dev.newsflow.messaging.Causes;
import dev.newsflow.messaging.PipelineMeters;
import dev.newsflow.messaging.TraceContext;
import io.micrometer.core.instrument.Timer;
import dev.newsflow.articles.ArticleIndex;
import dev.newsflow.articles.ElasticsearchConnection;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.cloud.stream.config.ListenerContainerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.util.backoff.ExponentialBackOff;

/** Binds {@link IndexingStage} to news.articles.enriched in batch mode: one bulk request per poll. */
@Configuration(proxyBeanMethods = false)
class IndexerStreamConfiguration {

    private static final Logger log = LoggerFactory.getLogger(IndexerStreamConfiguration.class);

    @Bean(destroyMethod = "close")
    ElasticsearchConnection elasticsearchConnection(IndexerProperties properties) {
        return ElasticsearchConnection.to(properties.elasticsearchUrl(), properties.elasticsearchTimeout());
    }

    @Bean
    IndexingStage indexingStage(ElasticsearchConnection es, IndexerProperties p, PipelineMeters meters) {
        BulkIndexer indexer = new BulkIndexer(es.client(), p.alias(), true, new BulkIndexer.Settings(p.bulkMaxDocs(),
                p.bulkMaxBytes(), p.bulkAttempts(), p.bulkBackoff(), p.bulkBackoff().multipliedBy(8), p.generation()),
                Clock.systemUTC(), meters.registry());
        log.info("Indexing into alias {} at pipeline generation {}", p.alias(), p.generation());
        return new IndexingStage(new ArticleIndex(es.client(), p.alias()), indexer);
    }

    /** The dead-letter and notice writer, connecting with the service's {@code spring.kafka.*} settings. */
    @Bean(destroyMethod = "close")
    KafkaOutbox kafkaOutbox(ObjectProvider<KafkaProperties> kafkaProperties, IndexerProperties p,
                            PipelineMeters meters) {
        return new KafkaOutbox(kafkaProperties.getIfAvailable(KafkaProperties::new).buildProducerProperties(),
                p.sendTimeout(), meters);
    }

    /** The function bound as {@code index-in-0}; the binder hands it a whole poll. */
    @Bean
    Consumer<Message<List<byte[]>>> index(IndexingStage stage, KafkaOutbox outbox, PipelineMeters meters) {
        return batch -> {
            IndexingStage.Summary summary;
            meters.received(batch.getPayload().size());
            Timer.Sample started = Timer.start(meters.registry());
            try {
                summary = stage.process(incoming(batch), outbox);
            } catch (IndexingStage.RetryLaterException e) {
                // One line per failed attempt; the container redelivers the batch after its backoff.
                log.warn("indexer: batch of {} not acknowledged, will be redelivered: {}", batch.getPayload().size(),
                        e.getMessage());
                throw e;
            } catch (RuntimeException e) {
                // Anything else (the broker not acknowledging dead letters or notices...): same redelivery, with the trace.
                log.warn("indexer: batch of {} failed, will be redelivered", batch.getPayload().size(), e);
                throw e;
            } finally {
                started.stop(meters.processing());
            }
            // Written or already there; the rejected and malformed are counted as dead letters by the outbox.
            meters.passedOn(summary.indexed() + summary.stale());
            if (summary.rejected() + summary.malformed() > 0) {
                log.warn("indexer: batch of {}: {} indexed, {} unchanged, {} rejected by Elasticsearch, {} malformed "
                        + "(dead-lettered)", batch.getPayload().size(), summary.indexed(), summary.stale(),
                        summary.rejected(), summary.malformed());
            } else {
                log.debug("indexer: batch of {}: {}", batch.getPayload().size(), summary);
            }
        };
    }

    /**
     * A failed batch (Elasticsearch down or throttling, broker not acknowledging) is redelivered whole, with
     * exponential backoff and no limit: the consumer pauses between attempts (keeping its group membership) and
     * nothing is acknowledged or dead-lettered for an outage. Batch mode gets no retry from the binder itself.
     */
    @Bean
    ListenerContainerCustomizer<AbstractMessageListenerContainer<?, ?>> redeliverFailedBatches(IndexerProperties p) {
        return (container, destination, group) -> {
            ExponentialBackOff backOff = new ExponentialBackOff(p.redeliveryBackoff().toMillis(), 2.0);
            backOff.setMaxInterval(p.redeliveryMaxBackoff().toMillis());
            DefaultErrorHandler handler = new DefaultErrorHandler((record, e) -> {
                throw new IllegalStateException("unreachable: redeliveries never run out", e);
            }, backOff);
            container.setCommonErrorHandler(handler);
        };
    }

    /** Tries to set up the index at startup; if Elasticsearch is not up yet, the first batch does it. */
    @EventListener(ApplicationReadyEvent.class)
    void prepareIndex(ApplicationReadyEvent event) {
        IndexingStage stage = event.getApplicationContext().getBean(IndexingStage.class);
        IndexerProperties p = event.getApplicationContext().getBean(IndexerProperties.class);
        try {
            stage.ensureIndex();
            log.info("indexer: writing to alias {} at {}", p.alias(), p.elasticsearchUrl());
        } catch (Exception e) {
            log.warn("indexer: Elasticsearch at {} not ready yet ({}); will retry with the first batch",
                    p.elasticsearchUrl(), Causes.describeRoot(e));
        }
    }

    @SuppressWarnings("unchecked")
    static List<IndexingStage.Incoming> incoming(Message<List<byte[]>> batch) {
        List<?> payloads = batch.getPayload();
        List<Object> keys = batch.getHeaders().get(KafkaHeaders.RECEIVED_KEY, List.class);
        List<Object> topics = batch.getHeaders().get(KafkaHeaders.RECEIVED_TOPIC, List.class);
        List<Map<String, Object>> headers = batch.getHeaders().get(KafkaHeaders.BATCH_CONVERTED_HEADERS, List.class);
        List<Object> partitions = batch.getHeaders().get(KafkaHeaders.RECEIVED_PARTITION, List.class);
        List<Object> offsets = batch.getHeaders().get(KafkaHeaders.OFFSET, List.class);
        List<IndexingStage.Incoming> records = new ArrayList<>(payloads.size());
        for (int i = 0; i < payloads.size(); i++) {
            String topic = topics == null ? "news.articles.enriched" : String.valueOf(topics.get(i));
            Map<String, byte[]> recordHeaders = headers == null ? Map.of() : binaryHeaders(headers.get(i));
            // The record's trace continued, or (none on it) one derived from where it was read, per record.
            TraceContext trace = TraceContext.continueFrom(recordHeaders, topic, number(partitions, i).intValue(),
                    number(offsets, i).longValue());
            records.add(new IndexingStage.Incoming(bytes(keys == null ? null : keys.get(i)), bytes(payloads.get(i)),
                    topic, recordHeaders, trace));
        }
        return records;
    }

    private static Number number(List<Object> values, int i) {
        return values != null && values.get(i) instanceof Number n ? n : -1;
    }

    private static Map<String, byte[]> binaryHeaders(Map<String, Object> converted) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        converted.forEach((name, value) -> {
            byte[] b = bytes(value);
            if (b != null) {
                out.put(name, b);
            }
        });
        return out;
    }

    private static byte[] bytes(Object value) {
        if (value instanceof byte[] b) {
            return b;
        }
        if (value instanceof CharSequence s) {
            return s.toString().getBytes(StandardCharsets.UTF_8);
        }
        return null;
    }
}
