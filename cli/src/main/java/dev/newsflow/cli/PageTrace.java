package dev.newsflow.cli;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import dev.newsflow.articles.ArticleFields;
import dev.newsflow.messaging.TraceContext;
import dev.newsflow.model.Article;
import dev.newsflow.model.ArticleId;
import dev.newsflow.model.Events;
import dev.newsflow.model.Headers;
import dev.newsflow.model.Topics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;

/**
 * The way one page took through the pipeline, read from where each stage left it: the topics (raw page, parsed,
 * enriched, indexed notice, or a dead letter with its reason) and Elasticsearch (the document's version now), each
 * step with its time and the W3C trace id its record carries. No tracing backend: the records themselves are the
 * trace. The page is found by its URL (the raw page's key and {@code newsflow-url} header, the article's {@code url}),
 * by its article id, or by a trace id (the {@code traceparent} of its records, as the services' logs print it): an
 * argument of 32 hex digits is looked for as both.
 */
public final class PageTrace {

    /** One step: what happened, when, where it is recorded, and the trace id of its record ({@code null} if none). */
    public record Step(String what, Instant at, String detail, String traceId) {
    }

    private final String bootstrapServers;

    public PageTrace(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /**
     * The steps of the page {@code urlOrId} on the topics, oldest first, and its document in {@code es} (under
     * {@code alias}) when a client is given.
     */
    public List<Step> trace(String urlOrId, ElasticsearchClient es, String alias) throws IOException {
        boolean byUrl = urlOrId.contains("://");
        // A trace id names the page through its records: the raw page it marks brings in the page's key and URL.
        String traceId = !byUrl && TraceContext.isTraceId(urlOrId) ? urlOrId : null;
        Set<String> urls = new LinkedHashSet<>(byUrl ? List.of(urlOrId) : List.of());
        Set<String> rawKeys = new LinkedHashSet<>(List.of(byUrl ? ArticleId.of(urlOrId) : urlOrId));
        Predicate<ConsumerRecord<byte[], byte[]>> ofTrace = r -> traceId != null && traceId.equals(traceIdOf(r));
        List<Step> steps = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = TopicReplayer.groupless(bootstrapServers, "newsflow-cli-trace")) {
            for (var r : read(consumer, Topics.PAGES_RAW, r -> rawKeys.contains(key(r))
                    || urls.contains(header(r, Headers.URL)) || ofTrace.test(r))) {
                if (ofTrace.test(r)) {
                    rawKeys.add(key(r));
                    if (header(r, Headers.URL) != null) {
                        urls.add(header(r, Headers.URL));
                    }
                }
                steps.add(step("published", r, "source " + orDash(header(r, Headers.SOURCE))));
            }
            // The article id comes from the canonical URL, which the raw page may not share: learn it here.
            List<String> ids = new ArrayList<>(rawKeys);
            for (var r : read(consumer, Topics.ARTICLES_PARSED, r -> rawKeys.contains(key(r))
                    || urls.contains(articleUrl(r.value())) || ofTrace.test(r))) {
                if (!ids.contains(key(r))) {
                    ids.add(key(r));
                }
                steps.add(step("parsed", r, "article id " + key(r)));
            }
            for (var r : read(consumer, Topics.ARTICLES_ENRICHED, r -> ids.contains(key(r)) || ofTrace.test(r))) {
                steps.add(step("enriched", r, ""));
            }
            for (var r : read(consumer, Topics.ARTICLES_INDEXED, r -> ids.contains(key(r)) || ofTrace.test(r))) {
                var notice = Events.mapper().readTree(r.value());
                steps.add(step("indexed", r, notice.path("index").asString() + " version "
                        + notice.path("version").asString() + " (" + notice.path("result").asString() + ")"));
            }
            for (String dlq : List.of(Topics.PARSER_DLQ, Topics.ENRICHER_DLQ, Topics.INDEXER_DLQ)) {
                for (var r : read(consumer, dlq, r -> ids.contains(key(r))
                        || urls.contains(header(r, Headers.URL)) || ofTrace.test(r))) {
                    steps.add(step("dead-lettered", r, "by the " + header(r, Headers.DLQ_STAGE) + ": "
                            + header(r, Headers.DLQ_REASON_CODE) + ": " + header(r, Headers.DLQ_REASON)));
                }
            }
            steps.sort(Comparator.comparing(Step::at));
            if (es != null) {
                for (String id : ids) {
                    GetResponse<Map> doc = es.get(g -> g.index(alias).id(id), Map.class);
                    if (doc.found()) {
                        Object indexedAt = doc.source() == null ? null : doc.source().get(ArticleFields.INDEXED_AT);
                        steps.add(new Step("in Elasticsearch", indexedAt == null ? Instant.EPOCH
                                : Instant.parse(indexedAt.toString()), doc.index() + " id " + id + " version "
                                + doc.version(), null));
                    }
                }
            }
        }
        return steps;
    }

    /** Every record of {@code topic} up to its end now that matches; none when the topic does not exist. */
    private static List<ConsumerRecord<byte[], byte[]>> read(KafkaConsumer<byte[], byte[]> consumer, String topic,
                                                             Predicate<ConsumerRecord<byte[], byte[]>> matches) {
        var infos = consumer.partitionsFor(topic, Duration.ofSeconds(15));
        if (infos == null || infos.isEmpty()) {
            return List.of();
        }
        List<TopicPartition> partitions = infos.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        Map<TopicPartition, Long> remaining = new HashMap<>(consumer.endOffsets(partitions));
        List<ConsumerRecord<byte[], byte[]>> found = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            remaining.entrySet().removeIf(e -> consumer.position(e.getKey()) >= e.getValue());
            if (remaining.isEmpty()) {
                return found;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("could not read " + topic + " to its end within 60 s");
            }
            for (var r : consumer.poll(Duration.ofMillis(500))) {
                if (matches.test(r)) {
                    found.add(r);
                }
            }
        }
    }

    private static Step step(String what, ConsumerRecord<byte[], byte[]> r, String detail) {
        String where = r.topic() + " partition " + r.partition() + " offset " + r.offset();
        return new Step(what, Instant.ofEpochMilli(r.timestamp()), detail.isEmpty() ? where : where + ", " + detail,
                traceIdOf(r));
    }

    /** The trace id of the {@code traceparent} a record carries, or {@code null}. */
    private static String traceIdOf(ConsumerRecord<byte[], byte[]> r) {
        return TraceContext.traceIdOf(header(r, Headers.TRACEPARENT)).orElse(null);
    }

    private static String articleUrl(byte[] value) {
        try {
            return Events.fromJson(value, Article.class).url();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String key(ConsumerRecord<byte[], byte[]> r) {
        return r.key() == null ? null : new String(r.key(), StandardCharsets.UTF_8);
    }

    private static String header(ConsumerRecord<byte[], byte[]> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static String orDash(String s) {
        return s == null ? "-" : s;
    }
}
