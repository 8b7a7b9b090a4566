package dev.newsflow.indexer;

import static dev.newsflow.articles.ElasticsearchTestSupport.count;
import static dev.newsflow.articles.ElasticsearchTestSupport.uniqueAlias;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsflow.articles.ArticleIndex;
import dev.newsflow.articles.ElasticsearchConnection;
import dev.newsflow.messaging.TraceContext;
import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.Events;
import dev.newsflow.model.Headers;
import dev.newsflow.model.IndexedNotice;
import dev.newsflow.stack.junit.TestStack;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The stage's batch logic with an in-memory outbox, against a real node. */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class IndexingStageTest {

    private static ElasticsearchConnection es;

    /** Records what the stage sent. */
    static final class RecordingOutbox implements IndexingStage.Outbox {
        final List<IndexingStage.DeadLetter> deadLetters = new ArrayList<>();
        final List<IndexedNotice> notices = new ArrayList<>();
        final List<TraceContext> traces = new ArrayList<>();

        @Override
        public void deadLetters(List<IndexingStage.DeadLetter> letters) {
            deadLetters.addAll(letters);
        }

        @Override
        public void notices(List<IndexingStage.Notice> sent) {
            sent.forEach(notice -> notices.add(notice.event()));
            traces.addAll(sent.stream().map(IndexingStage.Notice::trace).toList());
        }
    }

    @BeforeAll
    static void connect() {
        es = ElasticsearchConnection.to(TestStack.elasticsearchUrl());
    }

    @AfterAll
    static void close() {
        es.close();
    }

    @Test
    void createsTheIndexOnFirstUseAndDeadLettersUndecodableRecordsWithTheirBytes() throws IOException {
        String alias = uniqueAlias("stage");
        IndexingStage stage = new IndexingStage(new ArticleIndex(es.client(), alias), BulkIndexer.toAlias(es.client(), alias));
        EnrichedArticle article = Articles.enriched("https://example.com/stage/1", "One", Instant.parse("2024-03-02T10:00:00Z"));
        byte[] notJson = "<html>not an event</html>".getBytes(StandardCharsets.UTF_8);
        RecordingOutbox outbox = new RecordingOutbox();

        IndexingStage.Incoming traced = new IndexingStage.Incoming(article.id().getBytes(StandardCharsets.UTF_8),
                Events.toJson(article), "news.articles.enriched", Map.of(Headers.TRACEPARENT,
                ENRICHED_TRACEPARENT.getBytes(StandardCharsets.UTF_8)));

        IndexingStage.Summary summary = stage.process(List.of(traced, incoming("k2", notJson)), outbox);

        assertThat(summary).isEqualTo(new IndexingStage.Summary(1, 0, 0, 1));
        assertThat(outbox.deadLetters).singleElement().satisfies(d -> {
            assertThat(d.reasonCode()).isEqualTo("malformed-event");
            assertThat(d.reason()).startsWith("not a valid EnrichedArticle event");
            assertThat(d.original().payload()).isEqualTo(notJson);
        });
        assertThat(outbox.notices).extracting(IndexedNotice::id).containsExactly(article.id());
        assertThat(outbox.traces).as("the notice continues its record's trace with the indexer's span")
                .singleElement().satisfies(trace -> {
                    assertThat(trace.traceId()).isEqualTo("0af7651916cd43dd8448eb211c80319c");
                    assertThat(trace.spanId()).isNotEqualTo("b7ad6b7169203331");
                });
        assertThat(outbox.deadLetters.getFirst().original().trace().traceId())
                .as("a record without context gets its own trace").isNotEqualTo("0af7651916cd43dd8448eb211c80319c");
        assertThat(count(es.client(), alias)).isEqualTo(1);
    }

    @Test
    void sendsNothingAndAsksForRedeliveryWhenElasticsearchIsUnreachable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (ElasticsearchConnection down = ElasticsearchConnection.to("http://127.0.0.1:" + closedPort)) {
            IndexingStage stage = new IndexingStage(new ArticleIndex(down.client(), "articles"),
                    new BulkIndexer(down.client(), "articles", true,
                            new BulkIndexer.Settings(10, 1_000_000, 1, Duration.ofMillis(1), Duration.ofMillis(1)),
                            Clock.systemUTC()));
            RecordingOutbox outbox = new RecordingOutbox();
            EnrichedArticle article = Articles.enriched("https://example.com/stage/2", "Two", Instant.parse("2024-03-02T10:00:00Z"));

            assertThatThrownBy(() -> stage.process(List.of(incoming(article.id(), Events.toJson(article)),
                    incoming("bad", new byte[] {1, 2, 3})), outbox))
                    .isInstanceOf(IndexingStage.RetryLaterException.class)
                    .hasMessageContaining("Elasticsearch is not ready");
            // Not even the undecodable record is dead-lettered yet: the whole batch comes back and is handled once.
            assertThat(outbox.deadLetters).isEmpty();
            assertThat(outbox.notices).isEmpty();
        }
    }

    private static final String ENRICHED_TRACEPARENT = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";

    private static IndexingStage.Incoming incoming(String key, byte[] payload) {
        return new IndexingStage.Incoming(key.getBytes(StandardCharsets.UTF_8), payload, "news.articles.enriched", Map.of());
    }
}
