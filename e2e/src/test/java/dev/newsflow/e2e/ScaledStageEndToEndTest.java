package dev.newsflow.e2e;

import static java.util.concurrent.TimeUnit.MINUTES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.newsflow.cli.GeneratedNewsPages;
import dev.newsflow.cli.PageDropper;
import dev.newsflow.messaging.ProducerSettings;
import dev.newsflow.model.ArticleId;
import dev.newsflow.model.Topics;
import dev.newsflow.stack.PipelineStack;
import dev.newsflow.stack.RepoLayout;
import dev.newsflow.stack.Service;
import dev.newsflow.stack.ServiceProcess;
import dev.newsflow.stack.junit.TestStack;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Two parser instances share the raw topic's partitions; one is stopped while pages stream through, its partitions
 * move to the other (a rebalance), and every page still becomes exactly one searchable document.
 */
@Timeout(value = 5, unit = MINUTES)
class ScaledStageEndToEndTest {

    private static final int PAGES = 150;
    /** Its own alias: the other end-to-end tests share this Elasticsearch and count what their alias holds. */
    private static final String ALIAS = "scaled-articles";

    @Test
    void everyPageIsSearchableOnceWhenOneOfTwoParsersStopsMidStream() throws Exception {
        GeneratedNewsPages pages = new GeneratedNewsPages("scaled-" + UUID.randomUUID(), 8 * 1024);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < PAGES; i++) {
            ids.add(ArticleId.of(pages.url(i)));
        }
        try (PipelineStack pipeline = PipelineStack.builder(RepoLayout.find())
                .workDir(Path.of("target", "scaled-pipeline"))
                .servers(TestStack.kafkaBootstrapServers(), TestStack.elasticsearchUrl())
                .freePorts()
                .without(List.of(Service.FETCHER, Service.SEARCH))
                .scale(Service.PARSER, 2)
                // one consumer thread per instance, so the group's members are the two instances
                .environment(Service.PARSER, Map.of("PARSER_CONCURRENCY", "1"))
                .environment(Service.INDEXER, Map.of("ARTICLES_ALIAS", ALIAS))
                .progress(new PrintWriter(System.out, true))
                .start();
             Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, pipeline.kafkaBootstrapServers()));
             PageDropper dropper = new PageDropper(pipeline.kafkaBootstrapServers(), Topics.PAGES_RAW,
                     ProducerSettings.reliable().clientId("scaled-e2e"))) {
            SearchClient search = new SearchClient(pipeline.elasticsearchUrl(), ALIAS);
            await().atMost(Duration.ofMinutes(1)).untilAsserted(() ->
                    assertThat(assignedMembers(admin)).as("both parsers own some of the raw topic's partitions")
                            .hasSize(2));

            List<Future<RecordMetadata>> acks = new ArrayList<>();
            for (int i = 0; i < PAGES / 3; i++) {
                acks.add(dropper.dispatch(pages.url(i), "text/html; charset=utf-8", pages.page(i), "e2e"));
            }
            await().atMost(Duration.ofMinutes(2)).until(() -> search.countIds(ids) > 0);
            ServiceProcess second = pipeline.instance(Service.PARSER, 2).orElseThrow();
            for (int i = PAGES / 3; i < PAGES; i++) {
                acks.add(dropper.dispatch(pages.url(i), "text/html; charset=utf-8", pages.page(i), "e2e"));
                if (i == PAGES / 2) {
                    second.close();
                }
            }
            for (Future<RecordMetadata> ack : acks) {
                ack.get(30, TimeUnit.SECONDS);
            }

            await().atMost(Duration.ofMinutes(1)).untilAsserted(() ->
                    assertThat(assignedMembers(admin)).as("the remaining parser owns every partition").hasSize(1)
                            .first().extracting(m -> m.assignment().topicPartitions().size())
                            .isEqualTo(Topics.partitions()));
            // every page is one document (its id is the document id, so a redelivered page replaces itself)
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                    .untilAsserted(() -> assertThat(search.countIds(ids)).isEqualTo(PAGES));
        }
    }

    /** The parser group's members that own partitions of the raw topic. */
    private static List<MemberDescription> assignedMembers(Admin admin) throws Exception {
        ConsumerGroupDescription group = admin.describeConsumerGroups(List.of("parser")).all()
                .get(10, TimeUnit.SECONDS).get("parser");
        return group.members().stream()
                .filter(m -> m.assignment().topicPartitions().stream().anyMatch(p -> p.topic().equals(Topics.PAGES_RAW)))
                .toList();
    }
}
