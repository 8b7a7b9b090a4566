package dev.newsflow.e2e;

import static java.util.concurrent.TimeUnit.MINUTES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.newsflow.cli.LocalNewsSite;
import dev.newsflow.model.ArticleId;
import dev.newsflow.model.Events;
import dev.newsflow.model.Headers;
import dev.newsflow.model.Topics;
import dev.newsflow.stack.LocalKafka;
import dev.newsflow.stack.PipelineStack;
import dev.newsflow.stack.RepoLayout;
import dev.newsflow.stack.Service;
import dev.newsflow.stack.StackStatus;
import dev.newsflow.stack.Supervisor;
import dev.newsflow.stack.junit.TestStack;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The pipeline under faults, against a real broker (its own, so it can be killed) and the tests' real
 * Elasticsearch node: each service killed with SIGKILL mid-stream and restarted by the stack's supervisor,
 * Elasticsearch frozen for 25 s (longer than the indexer waits for an answer), the broker killed and restarted, and
 * 1 % poison pills among the pages. Every good page must be searchable exactly once, every pill dead-lettered with a
 * reason, the indexer's batch redelivered during the freeze, and no URL lost from the fetcher's ledger across a kill
 * of the fetcher. Prints its figures (BENCHMARKS.md, "Faults: the chaos suite").
 */
@Timeout(value = 13, unit = MINUTES)
class ChaosTest {

    private static final String SITE = "https://chaos.example.org/news/";
    private static final int DROPPED_PAGES = 450;
    private static final int FETCHED_PAGES = 150;
    /**
     * Longer than the indexer's three tries of a bulk request within one poll (each waiting {@link #INDEXER_TIMEOUT}),
     * so its batch fails and is redelivered while the node is frozen.
     */
    private static final Duration FROZEN = Duration.ofSeconds(25);
    /** The indexer's wait for Elasticsearch's answer (60 s by default; a shorter one takes the same path sooner). */
    private static final String INDEXER_TIMEOUT = "5s";
    private static final Duration RECOVERY = Duration.ofMinutes(4);

    static Path work;
    static LocalKafka kafka;
    static PipelineStack pipeline;
    static SearchClient search;
    /** The crawled site's {@code http://127.0.0.1:<port>/news/}, once it runs. */
    static String siteBase;
    /** Article id to URL of every good page sent so far. */
    static final Map<String, String> goodUrls = new LinkedHashMap<>();
    static KafkaProducer<String, byte[]> producer;
    static final StringBuffer said = new StringBuffer();

    @BeforeAll
    static void startPipelineOnItsOwnBroker() throws Exception {
        work = Path.of("target", "chaos").toAbsolutePath();
        deleteRecursively(work);
        kafka = LocalKafka.start(work.resolve("kafka"), 0);
        // on the console and kept, to check what the supervisor said
        PrintWriter progress = new PrintWriter(new Writer() {
            @Override
            public void write(char[] chars, int offset, int length) {
                System.out.print(new String(chars, offset, length));
                said.append(chars, offset, length);
            }

            @Override
            public void flush() {
                System.out.flush();
            }

            @Override
            public void close() {
            }
        }, true);
        pipeline = PipelineStack.builder(RepoLayout.find())
                .workDir(work.resolve("stack"))
                .servers(kafka.bootstrapServers(), TestStack.elasticsearchUrl())
                .freePorts()
                .without(List.of(Service.SEARCH))
                .restartBackoff(new Supervisor.Backoff(Duration.ofSeconds(1), Duration.ofSeconds(8), Duration.ofMinutes(1)))
                // the fetcher's ledger as ./newsflow up keeps it: an H2 file under the stack's work directory
                .environment(Service.FETCHER, Map.of("FETCHER_DEFAULT_DELAY", "100ms"))
                .environment(Service.INDEXER, Map.of("INDEXER_ELASTICSEARCH_TIMEOUT", INDEXER_TIMEOUT))
                .progress(progress)
                .start();
        search = new SearchClient(pipeline.elasticsearchUrl(), PipelineStack.ALIAS);
        producer = producer();
    }

    @AfterAll
    static void stopPipeline() throws Exception {
        // the node is shared with the other end-to-end tests, which count what they index
        if (search != null) {
            search.delete(goodUrls.keySet());
        }
        // the reverse of the start; a start that failed half-way leaves the rest null
        for (AutoCloseable part : new AutoCloseable[] {producer, pipeline, kafka}) {
            if (part != null) {
                part.close();
            }
        }
    }

    @Test
    void everyGoodPageIsSearchableOnceAndEveryPoisonPillDeadLetteredThroughKillsAnOutageAndABrokerRestart()
            throws Exception {
        long begin = System.nanoTime();
        Map<String, Duration> recovery = new LinkedHashMap<>();
        int faults = 0;

        // 1. each stage killed with SIGKILL while pages stream through it
        dropPages(0, 150, goodUrls);
        Map<String, String> pills = dropPoisonPills();
        for (Service stage : List.of(Service.PARSER, Service.ENRICHER, Service.INDEXER)) {
            recovery.put("kill -9 " + stage.module(), killAndAwaitRestart(stage));
            faults++;
        }
        recovery.put("pages after the kills", awaitSearchable(goodUrls));

        // 2. Elasticsearch frozen while pages keep coming: the indexer's requests time out, its batches are redelivered
        long redeliveriesBefore = indexerRedeliveries();
        TestStack.freezeElasticsearch();
        faults++;
        try {
            dropPages(150, 300, goodUrls);
            await().pollDelay(FROZEN).atMost(FROZEN.plusSeconds(5)).until(() -> true);
        } finally {
            TestStack.thawElasticsearch();
        }
        recovery.put("Elasticsearch frozen " + FROZEN.toSeconds() + " s (from thaw)", awaitSearchable(goodUrls));
        long redeliveredWhileFrozen = indexerRedeliveries() - redeliveriesBefore;

        // 3. the broker killed with SIGKILL and started again on its port and data
        long kill = System.nanoTime();
        restartBroker();
        faults++;
        dropPages(300, DROPPED_PAGES, goodUrls);
        recovery.put("broker kill -9 + restart", awaitSearchable(goodUrls, kill));

        // 4. the fetcher killed with SIGKILL mid-crawl: no URL it accepted may be lost from its ledger
        Map<String, byte[]> sitePages = new LinkedHashMap<>();
        for (int i = DROPPED_PAGES; i < DROPPED_PAGES + FETCHED_PAGES; i++) {
            sitePages.put("/news/chaos-" + i + ".html", page(i).getBytes(StandardCharsets.UTF_8));
        }
        List<String> ledgerUrls = new ArrayList<>();
        try (LocalNewsSite site = LocalNewsSite.serving(sitePages)) {
            siteBase = site.url("/news/");
            sitePages.keySet().forEach(path -> ledgerUrls.add(site.url(path)));
            ledgerUrls.forEach(url -> goodUrls.put(ArticleId.of(url), url));
            HttpResponse<String> accepted = fetcher("POST", "/api/fetch",
                    Events.mapper().writeValueAsString(Map.of("urls", ledgerUrls)));
            assertThat(accepted.statusCode()).as(accepted.body()).isBetween(200, 299);
            await().atMost(Duration.ofMinutes(2)).until(() -> sitePages.keySet().stream().filter(p -> site.requests(p) > 0)
                    .count() >= 20);
            recovery.put("kill -9 fetcher", killAndAwaitRestart(Service.FETCHER));
            faults++;
            await().atMost(RECOVERY).pollInterval(Duration.ofSeconds(2)).until(() -> ledgerUrls.stream()
                    .allMatch(url -> "published".equals(ledgerState(url))));
            recovery.put("crawl after the fetcher kill", awaitSearchable(goodUrls));
        }

        // what came out
        List<String> lost = search.missing(goodUrls.keySet());
        // every document from this suite, good or not: the dropped pages' site and the crawled one
        long documents = search.countWhereUrlStartsWith(SITE) + search.countWhereUrlStartsWith(siteBase);
        Map<String, String> deadLetters = deadLetters();
        Map<String, Integer> notices = indexedNotices(goodUrls.keySet());
        long redelivered = notices.values().stream().mapToInt(n -> n - 1).filter(n -> n > 0).sum();
        StackStatus status = pipeline.status();

        List<String> figures = new ArrayList<>();
        figures.add(String.format(Locale.ROOT, "pages: %d good (%d dropped on %s, %d crawled by the fetcher) + %d poison pills"
                        + " (%.1f %%)", goodUrls.size(), DROPPED_PAGES, Topics.PAGES_RAW, FETCHED_PAGES, pills.size(),
                100.0 * pills.size() / (goodUrls.size() + pills.size())));
        figures.add("faults injected: " + faults + " (kill -9 parser, enricher, indexer, fetcher; Elasticsearch frozen "
                + FROZEN.toSeconds() + " s; broker kill -9 and restart)");
        figures.add("lost: " + lost.size() + "; duplicated: " + (documents - (goodUrls.size() - lost.size()))
                + " (documents beyond one per good page); delivered twice (same document, at-least-once): " + redelivered);
        figures.add("indexer batches redelivered while Elasticsearch was frozen: " + redeliveredWhileFrozen);
        figures.add("dead-lettered: " + deadLetters.size() + " (" + String.join("; ", deadLetters.entrySet().stream()
                .map(e -> e.getKey() + " -> " + e.getValue()).toList()) + ")");
        recovery.forEach((fault, time) -> figures.add(String.format(Locale.ROOT, "time to recover, %s: %.1f s", fault,
                time.toMillis() / 1000.0)));
        figures.add("restarts by the supervisor: " + String.join(", ", status.parts().stream()
                .map(p -> p.name() + " " + p.restarts()).toList()));
        figures.add(String.format(Locale.ROOT, "suite time: %.0f s", (System.nanoTime() - begin) / 1e9));
        figures.forEach(line -> System.out.println("chaos: " + line));
        Files.write(work.resolve("figures.txt"), figures);

        assertThat(lost).as("good pages not searchable").isEmpty();
        assertThat(documents).as("one document per good page").isEqualTo(goodUrls.size());
        assertThat(deadLetters.keySet()).as("every poison pill dead-lettered, no good page").isEqualTo(pills.keySet());
        assertThat(deadLetters.values()).allSatisfy(reason -> assertThat(reason).isNotBlank());
        assertThat(redeliveredWhileFrozen).as("the indexer's requests to the frozen node timed out and were retried")
                .isPositive();
        assertThat(status.parts()).filteredOn(StackStatus.Part::supervised)
                .allSatisfy(p -> assertThat(p.restarts()).as(p.name()).isEqualTo(1));
        assertThat(said.toString()).contains("parser exited (code 137), restarting in 1 s (restart 1)",
                "fetcher exited (code 137)");
    }

    /** Pages {@code from} to {@code to} - 1, bare bodies with their URL in the header, as {@code ./newsflow drop} sends. */
    private static void dropPages(int from, int to, Map<String, String> goodUrls) throws Exception {
        for (int i = from; i < to; i++) {
            String url = SITE + "chaos-" + i + ".html";
            goodUrls.put(ArticleId.of(url), url);
            producer.send(bare(url, page(i).getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8"));
        }
        producer.flush();
    }

    /** Six pills (1 % of the 600 pages), keyed {@code poison-<kind>} so their dead letters can be told apart. */
    private static Map<String, String> dropPoisonPills() throws Exception {
        Map<String, byte[]> bodies = new LinkedHashMap<>();
        byte[] binary = new byte[4096];
        new Random(14).nextBytes(binary);
        binary[0] = 0;
        bodies.put("binary", binary);
        ByteArrayOutputStream invalidUtf8 = new ByteArrayOutputStream();
        for (int i = 0; i < 1000; i++) {
            invalidUtf8.writeBytes(new byte[] {(byte) 0xC3, 0x28, (byte) 0xA0, (byte) 0xA1, (byte) 0xF0, 0x28});
        }
        bodies.put("invalid-utf8", invalidUtf8.toByteArray());
        StringBuilder huge = new StringBuilder("<html><head><title>Huge</title></head><body>");
        while (huge.length() < 20 * 1024 * 1024) {
            huge.append("<p>The council met again on Tuesday to discuss the harbour, and nothing was decided.</p>\n");
        }
        bodies.put("20mb", huge.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8));
        bodies.put("nested-10000", ("<html><body>" + "<div>".repeat(10_000) + "<p>Deep down a sentence long enough to be"
                + " an article body, were it not so deep.</p>" + "</div>".repeat(10_000) + "</body></html>")
                .getBytes(StandardCharsets.UTF_8));
        bodies.put("empty", new byte[0]);
        Map<String, String> pills = new LinkedHashMap<>();
        for (var pill : bodies.entrySet()) {
            String key = "poison-" + pill.getKey();
            pills.put(key, pill.getKey());
            ProducerRecord<String, byte[]> record = bare(SITE + key, pill.getValue(), "text/html; charset=utf-8");
            producer.send(new ProducerRecord<>(record.topic(), null, key, record.value(), record.headers())).get();
        }
        // an envelope cut short, with no URL header: neither a RawPage nor a bare page
        pills.put("poison-malformed-envelope", "malformed-envelope");
        producer.send(new ProducerRecord<>(Topics.PAGES_RAW, "poison-malformed-envelope",
                "{\"schemaVersion\":1,\"url\":\"https://chaos.example.org/news/cut".getBytes(StandardCharsets.UTF_8))).get();
        return pills;
    }

    private static ProducerRecord<String, byte[]> bare(String url, byte[] body, String contentType) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.PAGES_RAW, ArticleId.of(url), body);
        record.headers().add(Headers.URL, url.getBytes(StandardCharsets.UTF_8));
        record.headers().add(Headers.CONTENT_TYPE, contentType.getBytes(StandardCharsets.UTF_8));
        return record;
    }

    /** A news page of its own: a headline and three paragraphs that differ from page to page. */
    static String page(int i) {
        String[] towns = {"Portsmouth", "York", "Leeds", "Bristol", "Carlisle", "Norwich", "Exeter", "Durham"};
        String[] things = {"a new bridge", "the harbour repairs", "a school budget", "the flood defences",
                "a bus lane", "the library hours", "a market square", "the river path"};
        String town = towns[i % towns.length];
        String thing = things[(i / towns.length) % things.length];
        String headline = "Chaos report " + i + ": " + town + " council decides on " + thing;
        return "<html><head><title>" + headline + "</title></head><body><article><h1>" + headline + "</h1>"
                + "<p>The council in " + town + " voted on Tuesday on " + thing + " after " + (3 + i % 9)
                + " weeks of debate, report number " + i + " says, and residents gathered outside the town hall.</p>"
                + "<p>Supporters said " + thing + " would help shops and families in the centre of " + town
                + ", while critics warned that the cost of " + (100 + i) + " thousand pounds was too high.</p>"
                + "<p>The decision will be reviewed in " + (1 + i % 12) + " months, the council's leader said,"
                + " and a public meeting is planned for the spring.</p></article></body></html>";
    }

    /** Batches the indexer has logged as failed and to be redelivered, so far (its log is appended across restarts). */
    private static long indexerRedeliveries() throws IOException {
        Path log = pipeline.logsDir().resolve(Service.INDEXER.module() + ".log");
        try (var lines = Files.lines(log, StandardCharsets.UTF_8)) {
            return lines.filter(line -> line.contains("indexer: batch of") && line.contains("will be redelivered")).count();
        }
    }

    /** Kills {@code service} with SIGKILL and waits until the supervisor has it healthy again; the time that took. */
    private static Duration killAndAwaitRestart(Service service) {
        StackStatus.Part before = part(service);
        long pid = before.pid();
        long begin = System.nanoTime();
        ProcessHandle.of(pid).orElseThrow().destroyForcibly();
        await().atMost(RECOVERY).pollInterval(Duration.ofMillis(200)).until(() -> {
            StackStatus.Part now = part(service);
            return now.state() == StackStatus.State.UP && now.restarts() == before.restarts() + 1 && now.pid() != pid;
        });
        return Duration.ofNanos(System.nanoTime() - begin);
    }

    private static StackStatus.Part part(Service service) {
        return pipeline.status().parts().stream().filter(p -> p.name().equals(service.module())).findFirst().orElseThrow();
    }

    private static void restartBroker() {
        Path dir = work.resolve("kafka");
        int port = kafka.port();
        kafka.process().destroyForcibly();
        await().atMost(Duration.ofSeconds(30)).until(() -> !kafka.process().isAlive());
        kafka.close();
        kafka = LocalKafka.start(dir, port);
        producer.close(Duration.ofSeconds(5));
        producer = producer();
    }

    private static Duration awaitSearchable(Map<String, String> goodUrls) {
        return awaitSearchable(goodUrls, System.nanoTime());
    }

    private static Duration awaitSearchable(Map<String, String> goodUrls, long since) {
        await().atMost(RECOVERY).pollInterval(Duration.ofSeconds(2))
                .until(() -> search.missing(goodUrls.keySet()).isEmpty());
        return Duration.ofNanos(System.nanoTime() - since);
    }

    /** Every record on the stages' dead-letter topics: key to {@code stage: reason}. */
    private static Map<String, String> deadLetters() {
        Map<String, String> found = new LinkedHashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            consumer.subscribe(List.of(Topics.PARSER_DLQ, Topics.ENRICHER_DLQ, Topics.INDEXER_DLQ));
            drain(consumer, r -> found.put(r.key(), header(r, Headers.DLQ_STAGE) + ": " + header(r, Headers.DLQ_REASON)));
        }
        return found;
    }

    /** How many times each of {@code ids} was announced as indexed. */
    private static Map<String, Integer> indexedNotices(java.util.Set<String> ids) {
        Map<String, Integer> notices = new HashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            consumer.subscribe(List.of(Topics.ARTICLES_INDEXED));
            drain(consumer, r -> {
                if (ids.contains(r.key())) {
                    notices.merge(r.key(), 1, Integer::sum);
                }
            });
        }
        return notices;
    }

    /** Reads from the beginning until a few polls in a row bring nothing. */
    private static void drain(KafkaConsumer<String, byte[]> consumer,
            java.util.function.Consumer<ConsumerRecord<String, byte[]>> each) {
        int empty = 0;
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (empty < 4 && System.nanoTime() < deadline) {
            var records = consumer.poll(Duration.ofSeconds(1));
            if (records.isEmpty() && !consumer.assignment().isEmpty()) {
                empty++;
            } else {
                empty = 0;
            }
            records.forEach(each);
        }
    }

    private static String ledgerState(String url) {
        HttpResponse<String> response = fetcher("GET", "/api/urls?url=" + URLEncoder.encode(url, StandardCharsets.UTF_8), null);
        if (response.statusCode() != 200) {
            return "absent (" + response.statusCode() + ")";
        }
        return Events.mapper().readTree(response.body()).path("state").asString();
    }

    private static HttpResponse<String> fetcher(String method, String path, String json) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(pipeline.url(Service.FETCHER).orElseThrow() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(method + " " + path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static KafkaProducer<String, byte[]> producer() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        // the 20 MB pill: compressed it fits the broker's 16 MB limit, as a publisher's producer would send it
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 32 * 1024 * 1024);
        props.put(ProducerConfig.BUFFER_MEMORY_CONFIG, 96L * 1024 * 1024);
        return new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    }

    private static KafkaConsumer<String, byte[]> consumer() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "chaos-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 32 * 1024 * 1024);
        return new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
    }

    private static void deleteRecursively(Path dir) throws java.io.IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path p : (Iterable<Path>) paths.sorted(java.util.Comparator.reverseOrder())::iterator) {
                    Files.delete(p);
                }
            }
        }
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
