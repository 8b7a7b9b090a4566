package dev.newsflow.e2e;

import static java.util.concurrent.TimeUnit.MINUTES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.awaitility.Awaitility.await;

import dev.newsflow.cli.LocalNewsSite;
import dev.newsflow.cli.PageDropper;
import dev.newsflow.messaging.TraceContext;
import dev.newsflow.model.ArticleId;
import dev.newsflow.model.Headers;
import dev.newsflow.model.Topics;
import dev.newsflow.stack.PipelineStack;
import dev.newsflow.stack.PrometheusScrape;
import dev.newsflow.stack.RepoLayout;
import dev.newsflow.stack.Service;
import dev.newsflow.stack.StackStatus;
import dev.newsflow.stack.ServiceProcess;
import dev.newsflow.stack.junit.TestPostgres;
import dev.newsflow.stack.junit.TestStack;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
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
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * The whole pipeline as a user meets it: pages dropped onto {@code news.pages.raw} come out as enriched,
 * searchable documents in a real Elasticsearch node, with the four services running as separate processes
 * against a real Kafka broker, started by the launcher {@code ./newsflow demo} uses ({@link PipelineStack}). The
 * pages are the demo's own samples (the {@code sample-pages} module).
 */
@Timeout(value = 8, unit = MINUTES)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PipelineEndToEndTest {

    static final String SEED_URL = "http://news.bbc.co.uk/2/hi/americas/1611000.stm";
    static final Map<String, String> HTML_PAGES = Map.of(
            "bbc-1.html", "http://www.bbc.com/news/world-us-canada-33646704",
            "wapo-1.html", "http://www.washingtonpost.com/world/gunmen-storm-museum-in-tunisia-killing-at-least-8/2015/03/18/00202e76-cd73-11e4-8730-4f473416e759_story.html",
            "nytimes-1.html", "https://www.nytimes.com/2017/01/13/world/africa/sudan-sanctions.html");

    /** A DEBUG line per record passed on, carrying the record's trace id. */
    private static final Map<String, String> RECORD_LINES = Map.of("LOGGING_LEVEL_DEV_NEWSFLOW_RECORDS", "debug");

    static TestPostgres ledger;
    static PipelineStack pipeline;
    static SearchClient search;
    static KafkaProducer<String, byte[]> producer;

    @BeforeAll
    static void startPipeline() {
        // the fetcher's ledger in a fresh database on the real PostgreSQL server
        ledger = TestPostgres.create("e2e_ledger");
        pipeline = PipelineStack.builder(RepoLayout.find())
                .workDir(Path.of("target", "pipeline"))
                .servers(TestStack.kafkaBootstrapServers(), TestStack.elasticsearchUrl())
                .freePorts()
                // the read side is started by the dashboard test, which needs a browser
                .without(List.of(Service.SEARCH))
                .environment(Service.FETCHER, Map.of("DATASOURCE_URL", ledger.jdbcUrl(),
                        "DATASOURCE_USERNAME", ledger.user(),
                        // the tests' web sites are local: no need to wait a second between their pages
                        "FETCHER_DEFAULT_DELAY", "200ms",
                        // a line per page published, with its trace id (the trace assertions grep the logs)
                        "FETCHER_RECORDS_LOG_LEVEL", "DEBUG"))
                .environment(Service.PARSER, RECORD_LINES)
                .environment(Service.ENRICHER, RECORD_LINES)
                .environment(Service.INDEXER, RECORD_LINES)
                .progress(new PrintWriter(System.out, true))
                .start();
        search = new SearchClient(pipeline.elasticsearchUrl(), PipelineStack.ALIAS);
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, pipeline.kafkaBootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 16 * 1024 * 1024);
        producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    }

    @AfterAll
    static void stopPipeline() {
        if (producer != null) {
            producer.close();
        }
        if (pipeline != null) {
            pipeline.close();
        }
        if (ledger != null) {
            ledger.close();
        }
    }

    @Test
    @Order(1)
    void seedAndHtmlPagesBecomeSearchableEnrichedArticles() throws Exception {
        dropBare("bbc-2001-bush-putin.txt", SEED_URL, "text/plain; charset=utf-8");
        for (var page : HTML_PAGES.entrySet()) {
            dropBare(page.getKey(), page.getValue(), "text/html; charset=utf-8");
        }

        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                .until(() -> search.count() >= 1 + HTML_PAGES.size());

        JsonNode seed = search.get(ArticleId.of(SEED_URL));
        assertThat(seed).as("seed article indexed under the id of its URL").isNotNull();
        assertThat(seed.path("headline").asString()).isEqualTo("Bush and Putin's promising chemistry");
        assertThat(seed.path("publishedAt").asString()).startsWith("2001-10-21T18:52");
        assertThat(seed.path("body").asString()).contains("The meeting between the Russian and US leaders");
        assertThat(seed.toString()).contains("Vladimir Putin").contains("Americas");

        JsonNode hits = search.search("Putin");
        assertThat(hits.size()).isGreaterThanOrEqualTo(1);
        assertThat(hits.get(0).path("_source").path("headline").asString())
                .isEqualTo("Bush and Putin's promising chemistry");

        JsonNode sudan = search.get(ArticleId.of(HTML_PAGES.get("nytimes-1.html")));
        assertThat(sudan).isNotNull();
        assertThat(sudan.path("headline").asString()).contains("Sudan");

        // What an operator's Prometheus sees: every page went in and out of every stage, and nothing is left behind.
        int pages = 1 + HTML_PAGES.size();
        for (Service stage : List.of(Service.PARSER, Service.ENRICHER, Service.INDEXER)) {
            Map<String, String> ofStage = Map.of("stage", stage.module());
            // the lag is measured every 15 s (newsflow.metrics.lag-refresh)
            PrometheusScrape metrics = await().atMost(Duration.ofSeconds(45)).until(() -> metrics(stage),
                    m -> m.sum("newsflow_records_out_total", ofStage) >= pages
                            && !m.samples("newsflow_consumer_lag").isEmpty()
                            && m.sum("newsflow_consumer_lag", ofStage) == 0);
            assertThat(metrics.sum("newsflow_records_in_total", ofStage)).as(stage + " in").isGreaterThanOrEqualTo(pages);
            assertThat(metrics.sum("newsflow_stage_processing_seconds_count", ofStage)).as(stage + " timed")
                    .isPositive();
        }
        assertThat(metrics(Service.PARSER).sum("newsflow_extraction_fields_total", Map.of("site", "nytimes.com",
                "field", "headline"))).isEqualTo(1);
        assertThat(metrics(Service.INDEXER).samples("newsflow_index_bulk_seconds_count")).isNotEmpty();
    }

    @Test
    @Order(2)
    void poisonMessageIsDeadLetteredWithReasonWhileLaterPagesGetThrough() throws Exception {
        try (KafkaConsumer<String, byte[]> dlq = consumer(Topics.PARSER_DLQ)) {
            byte[] garbage = new byte[512];
            new java.util.Random(42).nextBytes(garbage);
            garbage[0] = 0;
            producer.send(new ProducerRecord<>(Topics.PAGES_RAW, "poison", garbage)).get();
            String afterUrl = "https://example.org/news/after-the-poison";
            String after = "<html><head><title>Harbour reopens after storm</title></head><body><article>"
                    + "<h1>Harbour reopens after storm</h1>"
                    + "<p>The harbour in Portsmouth reopened on Tuesday after a storm closed it for three days, "
                    + "the port authority said, and ferries to France resumed their normal timetable.</p>"
                    + "<p>Fishermen said the damage to the quays was lighter than they had feared, and the "
                    + "council promised money for repairs before the winter.</p></article></body></html>";
            // Dropped as ./newsflow drop does: the page's trace starts with the drop.
            TraceContext dropped = TraceContext.start();
            try (PageDropper dropper = new PageDropper(pipeline.kafkaBootstrapServers())) {
                dropper.dispatch(afterUrl, "text/html; charset=utf-8", after.getBytes(StandardCharsets.UTF_8), "e2e",
                        dropped).get();
            }

            ConsumerRecord<String, byte[]> deadLetter = pollOne(dlq, r -> "poison".equals(r.key()));
            assertThat(deadLetter.value()).as("original payload untouched").isEqualTo(garbage);
            assertThat(header(deadLetter, Headers.DLQ_STAGE)).isEqualTo("parser");
            assertThat(header(deadLetter, Headers.DLQ_REASON)).isNotBlank();
            await().atMost(Duration.ofSeconds(30)).until(() -> metrics(Service.PARSER).sum("newsflow_dead_letters_total",
                    Map.of("stage", "parser", "reason_code", header(deadLetter, Headers.DLQ_REASON_CODE))) >= 1);

            await().atMost(Duration.ofMinutes(2)).until(() -> search.get(ArticleId.of(afterUrl)) != null);

            // ./newsflow trace follows the page through every topic to its document
            NewsflowCli.Run trace = NewsflowCli.run("trace", afterUrl, "--bootstrap", pipeline.kafkaBootstrapServers(),
                    "--es", pipeline.elasticsearchUrl(), "--fetcher", fetcherUrl());
            assertThat(trace.exitCode()).as(trace.err()).isZero();
            assertThat(trace.out()).contains("fetcher ledger: not there").contains("published").contains("parsed")
                    .contains("enriched").contains("indexed").contains("(created)").contains("in Elasticsearch")
                    .doesNotContain("dead-lettered");
            assertThat(trace.out().indexOf("parsed")).isLessThan(trace.out().indexOf("enriched"));
            NewsflowCli.Run poisonTrace = NewsflowCli.run("trace", "poison", "--bootstrap",
                    pipeline.kafkaBootstrapServers(), "--es", pipeline.elasticsearchUrl());
            assertThat(poisonTrace.out()).contains("dead-lettered").contains("by the parser: "
                    + header(deadLetter, Headers.DLQ_REASON_CODE)).doesNotContainPattern("\\sparsed\\s{5,}");

            // One trace from the drop to the indexed notice, found by its id in ./newsflow trace and in every log
            try (KafkaConsumer<String, byte[]> indexed = consumer(Topics.ARTICLES_INDEXED)) {
                ConsumerRecord<String, byte[]> notice = pollOne(indexed, r -> ArticleId.of(afterUrl).equals(r.key()));
                assertThat(TraceContext.from(notice.headers()).orElseThrow().traceId()).isEqualTo(dropped.traceId());
            }
            NewsflowCli.Run byTraceId = NewsflowCli.run("trace", dropped.traceId(), "--bootstrap",
                    pipeline.kafkaBootstrapServers(), "--es", pipeline.elasticsearchUrl());
            assertThat(byTraceId.exitCode()).as(byTraceId.err()).isZero();
            assertThat(byTraceId.out()).contains("trace " + dropped.traceId()).contains("published")
                    .contains("parsed").contains("enriched").contains("(created)");
            assertThat(trace.out()).contains("trace " + dropped.traceId());
            awaitInLogs(dropped.traceId(), Service.PARSER, Service.ENRICHER, Service.INDEXER);
            // the poison arrived without context: the parser started its trace, kept on its dead letter and log line
            String poisonTraceId = TraceContext.from(deadLetter.headers()).orElseThrow().traceId();
            awaitInLogs(poisonTraceId, Service.PARSER);
            assertThat(logLines(Service.PARSER, poisonTraceId)).anyMatch(line -> line.contains("dead-lettering"));
        }
    }

    @Test
    @Order(3)
    void samePageDroppedTwiceIsOneDocument() throws Exception {
        long before = search.count();
        String url = HTML_PAGES.get("bbc-1.html");
        dropBare("bbc-1.html", url, "text/html; charset=utf-8");
        dropBare("bbc-1.html", url, "text/html; charset=utf-8");
        // The indexed notices prove both deliveries went all the way through before we count.
        try (KafkaConsumer<String, byte[]> indexed = consumer(Topics.ARTICLES_INDEXED)) {
            String id = ArticleId.of(url);
            List<ConsumerRecord<String, byte[]>> notices = pollUntil(indexed, r -> id.equals(r.key()), 3);
            assertThat(notices).hasSizeGreaterThanOrEqualTo(3);
        }
        assertThat(search.count()).isEqualTo(before);
    }

    @Test
    @Order(4)
    void pageOverKafkasDefaultRecordLimitStillBecomesAnArticle() throws Exception {
        String url = "https://www.theguardian.com/environment/2019/jan/03/what-is-the-sea-telling-us-maori-tribes-fearful-over-whale-strandings";
        byte[] page = resource("guardian-1.html");
        assertThat(page.length).isGreaterThan(1024 * 1024);
        dropBare(page, url, "text/html; charset=utf-8");
        await().atMost(Duration.ofMinutes(2)).until(() -> search.get(ArticleId.of(url)) != null);
        assertThat(search.get(ArticleId.of(url)).path("headline").asString()).contains("What is the sea telling us?");
    }

    @Test
    @Order(5)
    void feedSubscribedWithTheCliHasItsArticlesFetchedAndSearchable() throws Exception {
        Map<String, String> articles = Map.of(
                "/news/telegraph.html", "http://www.telegraph.co.uk/news/2017/11/16/zimbabwes-robert-mugabe-wife-grace-insisting-finishes-term-priest/",
                "/news/cnn.html", "http://money.cnn.com/2016/02/01/news/economy/poverty-inequality-united-states/index.html");
        try (LocalNewsSite site = LocalNewsSite.serving(Map.of(
                "/news/telegraph.html", resource("telegraph.html"),
                "/news/cnn.html", resource("cnn.html")))) {
            String feed = site.url("/feed.xml");

            NewsflowCli.Run subscribe = NewsflowCli.run("feeds", feed, "--fetcher", fetcherUrl());
            assertThat(subscribe.exitCode()).as(subscribe.err()).isZero();
            assertThat(subscribe.out()).contains("registered 1 feed").contains(feed);

            // canonical links are honoured: each article is stored under the id of its publisher's URL
            for (String canonical : articles.values()) {
                await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                        .until(() -> search.get(ArticleId.of(canonical)) != null);
            }
            assertThat(search.get(ArticleId.of(articles.get("/news/telegraph.html"))).path("headline").asString())
                    .contains("Mugabe");
            assertThat(site.requests("/feed.xml")).isEqualTo(1);

            NewsflowCli.Run status = NewsflowCli.run("status", site.url("/news/cnn.html"), "--fetcher", fetcherUrl());
            assertThat(status.exitCode()).as(status.err()).isZero();
            assertThat(status.out()).contains("published: on news.pages.raw partition").contains("HTTP status:   200");

            NewsflowCli.Run feeds = NewsflowCli.run("feeds", "--fetcher", fetcherUrl());
            assertThat(feeds.out()).contains(feed).contains("(HTTP 200): 2 items, 2 new");

            // a fetched page's trace starts at the fetcher and its id is in every stage's log
            try (KafkaConsumer<String, byte[]> raw = consumer(Topics.PAGES_RAW)) {
                ConsumerRecord<String, byte[]> fetched = pollOne(raw,
                        r -> site.url("/news/cnn.html").equals(header(r, Headers.URL)));
                awaitInLogs(TraceContext.from(fetched.headers()).orElseThrow().traceId(),
                        Service.FETCHER, Service.PARSER, Service.ENRICHER, Service.INDEXER);
            }

            PrometheusScrape fetcher = metrics(Service.FETCHER);
            assertThat(fetcher.sum("newsflow_fetch_outcomes_total", Map.of("state", "published")))
                    .isGreaterThanOrEqualTo(articles.size());
            assertThat(fetcher.sum("newsflow_records_out_total", Map.of("stage", "fetcher")))
                    .isGreaterThanOrEqualTo(articles.size());
        }
    }

    @Test
    @Order(6)
    void reindexCommandMovesEveryArticleToTheNextVersionWhileThePipelineRuns() throws Exception {
        long before = search.count();
        assertThat(search.aliasIndices()).containsExactly("articles-v1");

        NewsflowCli.Run reindex = NewsflowCli.run("reindex", "--es", pipeline.elasticsearchUrl());

        assertThat(reindex.exitCode()).as(reindex.err()).isZero();
        assertThat(search.aliasIndices()).containsExactly("articles-v2");
        assertThat(search.count()).isEqualTo(before);
        // the indexer keeps writing through the alias, now into the new version
        String url = "https://example.org/news/after-the-reindex";
        dropBare(("<html><head><title>Library reopens after the flood</title></head><body><article>"
                + "<h1>Library reopens after the flood</h1><p>The city library in York reopened on Monday, six months"
                + " after the river flooded its ground floor, and readers queued in the rain to borrow books again.</p>"
                + "<p>The council said the repairs cost less than feared because volunteers had moved the rare books"
                + " upstairs before the water came.</p></article></body></html>").getBytes(StandardCharsets.UTF_8),
                url, "text/html; charset=utf-8");
        await().atMost(Duration.ofMinutes(2)).until(() -> search.get(ArticleId.of(url)) != null);
        assertThat(search.count()).isEqualTo(before + 1);
    }

    @Test
    @Order(7)
    void dashboardShowsThePipelinesArticlesAndASearchNarrowsThem() throws Exception {
        assumeTrue(HeadlessChromium.browser().isPresent(), HeadlessChromium.MISSING);
        long indexed = search.count();
        try (ServiceProcess dashboard = pipeline.startService(Service.SEARCH)) {
            ChromeDriver browser = HeadlessChromium.start();
            try {
                var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
                browser.get(pipeline.url(Service.SEARCH).orElseThrow() + "/");
                wait.until(d -> d.findElement(By.id("status")).getText()
                        .equals(indexed + " articles indexed"));
                assertThat(dashboardHeadlines(browser)).contains("Bush and Putin's promising chemistry",
                        "United States to Lift Sudan Sanctions");
                assertThat(browser.findElements(By.cssSelector("#facet-people li")))
                        .as("people found by the enricher, counted by the dashboard").isNotEmpty();
                Files.write(Path.of("target", "dashboard-pipeline.png"),
                        browser.getScreenshotAs(OutputType.BYTES));

                browser.findElement(By.id("q")).sendKeys("Putin");
                browser.findElement(By.cssSelector("#search-form button[type=submit]")).click();
                wait.until(d -> d.findElement(By.id("status")).getText().contains("“Putin”"));
                List<String> narrowed = dashboardHeadlines(browser);
                assertThat(narrowed).contains("Bush and Putin's promising chemistry")
                        .doesNotContain("United States to Lift Sudan Sanctions");
                assertThat((long) narrowed.size()).isLessThan(indexed);
            } finally {
                browser.quit();
            }
        }
    }

    /**
     * Two pages at the parser's 10 MiB limit at once, on the two partitions' worth of consumers: both become
     * documents and no service falls over. Before, the enricher ran out of heap and stopped consuming, and the node
     * then refused each document with 429 on every retry (README, "Pages at the size limit").
     */
    @Test
    @Order(8)
    void twoPagesAtTheSizeLimitAreIndexedWithoutAServiceFallingOver() throws Exception {
        List<String> urls = List.of("https://archive.example.org/everything-1.html",
                "https://archive.example.org/everything-2.html");
        for (String url : urls) {
            StringBuilder page = new StringBuilder("<html><head><title>Everything at once</title></head><body>"
                    + "<article><h1>Everything at once</h1>");
            for (int i = 0; page.length() < 9_500_000; i++) {
                page.append("<p>The council met again on Tuesday, session ").append(i)
                        .append(", and decided nothing about the harbour, the bridge or the school budget.</p>\n");
            }
            dropBare(page.append("</article></body></html>").toString().getBytes(StandardCharsets.UTF_8), url,
                    "text/html; charset=utf-8");
        }
        try {
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2))
                    .until(() -> urls.stream().allMatch(url -> search.get(ArticleId.of(url)) != null));
            assertThat(search.get(ArticleId.of(urls.getFirst())).path("body").asString().length()).isGreaterThan(8_000_000);
            assertThat(pipeline.status().parts()).filteredOn(StackStatus.Part::supervised)
                    .allSatisfy(part -> assertThat(part.restarts()).as(part.name()).isZero());
        } finally {
            search.delete(urls.stream().map(ArticleId::of).toList());
        }
    }

    private static String fetcherUrl() {
        return pipeline.url(Service.FETCHER).orElseThrow();
    }

    private static List<String> dashboardHeadlines(WebDriver browser) {
        return browser.findElements(By.cssSelector("#article-list li.article h3")).stream()
                .map(WebElement::getText).toList();
    }

    /** The service's metrics as Prometheus scrapes them (Boot: /actuator/prometheus; the fetcher: /prometheus). */
    private static PrometheusScrape metrics(Service service) throws Exception {
        String path = service == Service.FETCHER ? "/prometheus" : "/actuator/prometheus";
        return PrometheusScrape.from(java.net.URI.create(pipeline.url(service).orElseThrow() + path));
    }

    /** Waits until each service's log has a line with {@code trace_id=<traceId>} (the records' DEBUG lines at least). */
    private static void awaitInLogs(String traceId, Service... services) {
        for (Service service : services) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(logLines(service, traceId))
                    .as("lines of trace " + traceId + " in the " + service.module() + " log").isNotEmpty());
        }
    }

    private static List<String> logLines(Service service, String traceId) throws IOException {
        Path log = pipeline.logsDir().resolve(service.module() + ".log");
        try (var lines = Files.lines(log, StandardCharsets.UTF_8)) {
            return lines.filter(line -> line.contains("trace_id=" + traceId)).toList();
        }
    }

    private static void dropBare(String resource, String url, String contentType) throws Exception {
        dropBare(resource(resource), url, contentType);
    }

    private static void dropBare(byte[] body, String url, String contentType) throws Exception {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.PAGES_RAW, ArticleId.of(url), body);
        record.headers().add(Headers.URL, url.getBytes(StandardCharsets.UTF_8));
        record.headers().add(Headers.CONTENT_TYPE, contentType.getBytes(StandardCharsets.UTF_8));
        producer.send(record).get();
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = PipelineEndToEndTest.class.getResourceAsStream("/samples/" + name)) {
            assertThat(in).as("fixture " + name).isNotNull();
            return in.readAllBytes();
        }
    }

    private static KafkaConsumer<String, byte[]> consumer(String topic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, pipeline.kafkaBootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "e2e-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(topic));
        return consumer;
    }

    private static ConsumerRecord<String, byte[]> pollOne(KafkaConsumer<String, byte[]> consumer,
                                                          java.util.function.Predicate<ConsumerRecord<String, byte[]>> match) {
        return pollUntil(consumer, match, 1).getFirst();
    }

    private static List<ConsumerRecord<String, byte[]>> pollUntil(KafkaConsumer<String, byte[]> consumer,
            java.util.function.Predicate<ConsumerRecord<String, byte[]>> match, int wanted) {
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        await().atMost(Duration.ofMinutes(2)).until(() -> {
            for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                if (match.test(r)) {
                    found.add(r);
                }
            }
            return found.size() >= wanted;
        });
        return found;
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
