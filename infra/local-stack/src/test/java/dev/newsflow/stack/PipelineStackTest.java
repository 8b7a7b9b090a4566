package dev.newsflow.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.newsflow.model.Topics;
import dev.newsflow.stack.junit.LocalStack;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The launcher against the tests' real broker and node, with fake services standing in for the real ones. */
@LocalStack(kafka = true, elasticsearch = true)
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class PipelineStackTest {

    @TempDir
    static Path checkouts;
    static RepoLayout everyServiceBuilt;
    static RepoLayout readSideNotBuilt;

    @TempDir
    Path work;

    @BeforeAll
    static void buildFakeServices() throws IOException {
        Map<String, String> all = Arrays.stream(Service.values())
                .collect(Collectors.toMap(Service::module, Service::mainClass));
        everyServiceBuilt = FakeCheckout.create(checkouts.resolve("all"), all);
        Map<String, String> stages = Arrays.stream(Service.values()).filter(Service::isStage)
                .collect(Collectors.toMap(Service::module, Service::mainClass));
        readSideNotBuilt = FakeCheckout.create(checkouts.resolve("stages-only"), stages);
    }

    @Test
    void startsEveryServiceWithTheStacksServersAndStopsThemAllOnClose(
            @LocalStack.KafkaBootstrapServers String kafka, @LocalStack.ElasticsearchUrl String elasticsearch)
            throws Exception {
        Map<Service, Long> pids = new EnumMap<>(Service.class);
        try (PipelineStack stack = PipelineStack.builder(everyServiceBuilt).workDir(work).servers(kafka, elasticsearch)
                .freePorts().environment(Service.FETCHER, Map.of("FETCHER_DEFAULT_DELAY", "200ms")).start()) {
            HttpClient http = HttpClient.newHttpClient();
            for (Service service : Service.values()) {
                assertThat(stack.isRunning(service)).as("%s runs", service).isTrue();
                String url = stack.url(service).orElseThrow();
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(url + service.healthPath())).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(health.statusCode()).isEqualTo(200);
                Path log = stack.logsDir().resolve(service.module() + ".log");
                assertThat(log).content().contains("KAFKA_BOOTSTRAP_SERVERS=" + kafka, "ELASTICSEARCH_URL=" + elasticsearch,
                        "ARTICLES_ALIAS=articles", "SERVER_PORT=" + URI.create(url).getPort());
                pids.put(service, FakeCheckout.pidIn(log));
            }
            assertThat(stack.logsDir()).isEqualTo(work.resolve("logs"));
            assertThat(stack.logsDir().resolve("fetcher.log")).content().contains("FETCHER_ALLOW_PRIVATE_HOSTS=true",
                    "FETCHER_DEFAULT_DELAY=200ms",
                    "DATASOURCE_URL=jdbc:h2:file:" + work.toAbsolutePath().resolve("data/ledger") + ";MODE=PostgreSQL");
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka))) {
                assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS)).containsAll(Topics.ALL);
            }
            assertThat(stack.residentMiB()).containsOnlyKeys(Arrays.stream(Service.values()).map(Service::module).toList());
            assertThat(pids.values()).allMatch(FakeCheckout::isAlive);
        }
        assertThat(pids.values()).noneMatch(FakeCheckout::isAlive);
    }

    @Test
    void leavesOutWhatItIsToldToGoesOnWithoutAnUnbuiltReadSideAndStartsAServiceLater(
            @LocalStack.KafkaBootstrapServers String kafka, @LocalStack.ElasticsearchUrl String elasticsearch) {
        try (PipelineStack stack = PipelineStack.builder(readSideNotBuilt).workDir(work).servers(kafka, elasticsearch)
                .freePorts().without(List.of(Service.PARSER)).start()) {
            assertThat(stack.isRunning(Service.FETCHER)).isTrue();
            assertThat(stack.isRunning(Service.PARSER)).isFalse();
            assertThat(stack.url(Service.PARSER)).isEmpty();
            assertThat(stack.isRunning(Service.SEARCH)).isFalse();
            assertThat(stack.url(Service.SEARCH)).isEmpty();

            try (ServiceProcess parser = stack.startService(Service.PARSER)) {
                assertThat(stack.isRunning(Service.PARSER)).isTrue();
                assertThat(stack.url(Service.PARSER)).isPresent();
            }
            assertThat(stack.isRunning(Service.PARSER)).isFalse();
        }
    }

    @Test
    void restartsAServiceKilledWithSigkillOnItsPortAndSaysSoInItsOutputAndStatusFile(
            @LocalStack.KafkaBootstrapServers String kafka, @LocalStack.ElasticsearchUrl String elasticsearch)
            throws Exception {
        StringWriter said = new StringWriter();
        try (PipelineStack stack = PipelineStack.builder(readSideNotBuilt).workDir(work).servers(kafka, elasticsearch)
                .freePorts().progress(new PrintWriter(said))
                .restartBackoff(new Supervisor.Backoff(Duration.ofMillis(500), Duration.ofSeconds(2), Duration.ofMinutes(1)))
                .start()) {
            String parserUrl = stack.url(Service.PARSER).orElseThrow();
            long killed = FakeCheckout.pidIn(stack.logsDir().resolve("parser.log"));

            ProcessHandle.of(killed).orElseThrow().destroyForcibly();

            await().atMost(Duration.ofSeconds(60)).until(() -> stack.isRunning(Service.PARSER)
                    && stack.status().parts().stream().anyMatch(p -> p.name().equals("parser") && p.restarts() == 1
                    && p.state() == StackStatus.State.UP));
            assertThat(said.toString()).contains("parser exited (code 137), restarting in 0.5 s (restart 1)");
            assertThat(stack.url(Service.PARSER)).contains(parserUrl);
            HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(parserUrl + Service.PARSER.healthPath())).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            StackStatus onDisk = StackStatus.read(work.resolve(StackStatus.FILE_NAME)).orElseThrow();
            assertThat(onDisk.parts()).extracting(StackStatus.Part::name)
                    .containsExactly("fetcher", "parser", "enricher", "indexer");
            assertThat(onDisk.parts()).filteredOn(p -> p.name().equals("parser")).singleElement()
                    .satisfies(p -> assertThat(p.restarts()).isEqualTo(1));
        }
        StackStatus afterClose = StackStatus.read(work.resolve(StackStatus.FILE_NAME)).orElseThrow();
        assertThat(afterClose.parts()).allMatch(p -> p.state() == StackStatus.State.STOPPED);
    }

    @Test
    void stopsWhatHadStartedWhenAServiceDoesNotComeUp(
            @LocalStack.KafkaBootstrapServers String kafka, @LocalStack.ElasticsearchUrl String elasticsearch)
            throws IOException {
        PipelineStack.Builder builder = PipelineStack.builder(everyServiceBuilt).workDir(work)
                .servers(kafka, elasticsearch).freePorts().environment(Service.ENRICHER, Map.of("FAIL", "no models"));

        assertThatThrownBy(builder::start).hasMessageContaining("enricher exited with code 3")
                .hasMessageContaining("boom: no models");

        // the two awaited before the enricher (they had printed their pids by then)
        for (Service started : List.of(Service.FETCHER, Service.PARSER)) {
            long pid = FakeCheckout.pidIn(work.resolve("logs").resolve(started.module() + ".log"));
            assertThat(FakeCheckout.isAlive(pid)).as("%s stopped", started).isFalse();
        }
    }

    @Test
    void runsTheExtraInstancesOfAScaledStageRecordsThemWithTheRestAndStopsThemOnClose(
            @LocalStack.KafkaBootstrapServers String kafka, @LocalStack.ElasticsearchUrl String elasticsearch) {
        long second;
        try (PipelineStack stack = PipelineStack.builder(readSideNotBuilt).workDir(work).servers(kafka, elasticsearch)
                .freePorts().without(List.of(Service.FETCHER)).scale(Service.PARSER, 2).start()) {
            ServiceProcess first = stack.instance(Service.PARSER, 1).orElseThrow();
            second = stack.instance(Service.PARSER, 2).orElseThrow().process().pid();
            assertThat(second).isNotEqualTo(first.process().pid());
            assertThat(stack.instance(Service.PARSER, 3)).isEmpty();
            assertThat(work.resolve("logs/parser-2.log")).content().contains("KAFKA_BOOTSTRAP_SERVERS=" + kafka)
                    .doesNotContain("SERVER_PORT=" + URI.create(stack.url(Service.PARSER).orElseThrow()).getPort());
            assertThat(StackProcesses.find(work)).containsKeys("parser", "parser-2", "enricher", "indexer");
        }
        assertThat(FakeCheckout.isAlive(second)).isFalse();
        assertThat(StackProcesses.find(work)).isEmpty();
    }

    @Test
    void onlyTheStagesThatConsumeFromKafkaCanBeScaled() {
        PipelineStack.Builder builder = PipelineStack.builder(everyServiceBuilt);

        assertThatThrownBy(() -> builder.scale(Service.FETCHER, 2)).hasMessageContaining("not fetcher");
        assertThatThrownBy(() -> builder.scale(Service.SEARCH, 2)).hasMessageContaining("not search");
        assertThatThrownBy(() -> builder.scale(Service.ENRICHER, 0)).hasMessageContaining("at least one");
    }
}
