package dev.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.newsflow.messaging.TraceContext;
import dev.newsflow.model.ArticleId;
import dev.newsflow.model.Headers;
import dev.newsflow.model.RawPage;
import dev.newsflow.model.RawPages;
import dev.newsflow.stack.LocalKafka;
import dev.newsflow.stack.junit.TestStack;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsflow drop} against a real broker: what lands on the topic is what the parser's decoder accepts. */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class DropCommandTest {

    @TempDir
    Path dir;

    @Test
    void dropsAnHtmlFileAsABareBodyWithItsCanonicalUrlInTheHeader() throws Exception {
        String bootstrap = TestStack.kafkaBootstrapServers();
        String topic = "drop-test-" + UUID.randomUUID();
        LocalKafka.createTopics(bootstrap, List.of(topic), 1);
        String html = "<html><head><title>Storm</title><link rel=\"canonical\" href=\"https://example.com/news/storm\">"
                + "</head><body><p>A storm hit the coast.</p></body></html>";
        Path page = Files.writeString(dir.resolve("storm.html"), html);
        Path seed = Files.writeString(dir.resolve("seed.txt"), "Bush and Putin's promising chemistry\n\nText.");
        Files.writeString(dir.resolve("seed.txt.url"), "http://news.bbc.co.uk/2/hi/americas/1611000.stm");

        try (PageDropper dropper = new PageDropper(bootstrap, topic)) {
            dropper.drop(PageFile.read(page, null), "manual");
            dropper.drop(PageFile.read(seed, null), "manual");
        }

        List<ConsumerRecord<String, byte[]>> records = readAll(bootstrap, topic, 2);
        ConsumerRecord<String, byte[]> first = records.get(0);
        assertThat(first.key()).isEqualTo(ArticleId.of("https://example.com/news/storm"));
        assertThat(new String(first.value(), StandardCharsets.UTF_8)).isEqualTo(html);
        Map<String, String> headers = headers(first);
        assertThat(headers).containsEntry(Headers.URL, "https://example.com/news/storm")
                .containsEntry(Headers.CONTENT_TYPE, "text/html; charset=utf-8")
                .containsEntry(Headers.SOURCE, "manual");
        RawPage decoded = RawPages.decode(first.value(), headers);
        assertThat(decoded.url()).isEqualTo("https://example.com/news/storm");

        String firstTrace = TraceContext.from(first.headers()).orElseThrow().traceId();
        assertThat(TraceContext.from(records.get(1).headers()).orElseThrow().traceId())
                .as("each page dropped starts its own trace").isNotEqualTo(firstTrace);

        RawPage seedPage = RawPages.decode(records.get(1).value(), headers(records.get(1)));
        assertThat(seedPage.url()).isEqualTo("http://news.bbc.co.uk/2/hi/americas/1611000.stm");
        assertThat(seedPage.contentType()).startsWith("text/plain");
        assertThat(seedPage.body()).startsWith("Bush and Putin's promising chemistry");
    }

    @Test
    void dropsEveryPageOfADirectoryAndSaysWhereEachWent() throws Exception {
        String bootstrap = TestStack.kafkaBootstrapServers();
        Path page = Files.writeString(dir.resolve("note.txt"), "No URL in here.");
        Files.writeString(dir.resolve("index.json"), "{\"pages\": []}");

        NewsflowCommandTest.Run run = NewsflowCommandTest.run("drop", dir.toString(), "--bootstrap", bootstrap);

        assertThat(run.exitCode()).as(run.err()).isZero();
        // topic-partition@offset: the broker creates the topic with the pipeline's partition count, so any partition
        assertThat(run.out()).contains("dropped " + page).containsPattern("news\\.pages\\.raw-\\d+@\\d+")
                .contains("https://local.newsflow" + page.toAbsolutePath()) // a made-up URL: the file's whole path
                .containsPattern(", trace [0-9a-f]{32}")
                .doesNotContain("index.json");
        assertThat(run.err()).contains("names no URL").contains("skipped " + dir.resolve("index.json"));
    }

    @Test
    void aPageTheBrokerRefusesIsNamedAndFailsTheCommandWhileTheOthersOfTheFolderAreDropped() throws Exception {
        String bootstrap = TestStack.kafkaBootstrapServers();
        Files.writeString(dir.resolve("a.html"), "<html><body><p>First page.</p></body></html>");
        // over the 16 MiB a newsflow producer sends: refused by the producer, after the first page went out
        Files.writeString(dir.resolve("b.html"), "<html><body>" + "<p>Too long.</p>".repeat(1_100_000) + "</body></html>");
        Files.writeString(dir.resolve("c.html"), "<html><body><p>Third page.</p></body></html>");

        NewsflowCommandTest.Run run = NewsflowCommandTest.run("drop", dir.toString(), "--bootstrap", bootstrap);

        assertThat(run.exitCode()).as(run.out()).isEqualTo(1);
        assertThat(run.out()).contains("dropped " + dir.resolve("a.html")).contains("dropped " + dir.resolve("c.html"))
                .doesNotContain("dropped " + dir.resolve("b.html"));
        assertThat(run.err()).contains("NOT dropped " + dir.resolve("b.html") + ": The page is too large")
                .contains("1 of 3 pages were NOT dropped");
    }

    private static List<ConsumerRecord<String, byte[]>> readAll(String bootstrap, String topic, int expected) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            TopicPartition partition = new TopicPartition(topic, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                return records.size() >= expected;
            });
        }
        return records;
    }

    private static Map<String, String> headers(ConsumerRecord<String, byte[]> record) {
        Map<String, String> headers = new HashMap<>();
        for (Header h : record.headers()) {
            headers.put(h.key(), new String(h.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }
}
