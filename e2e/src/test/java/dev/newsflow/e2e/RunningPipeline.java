package dev.newsflow.e2e;

import dev.newsflow.model.Topics;
import dev.newsflow.stack.LocalKafka;
import dev.newsflow.stack.RepoLayout;
import dev.newsflow.stack.Service;
import dev.newsflow.stack.ServiceProcess;
import dev.newsflow.stack.junit.TestPostgres;
import dev.newsflow.stack.junit.TestStack;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The pipeline as it runs in production, for tests: a real broker and Elasticsearch node from {@link TestStack},
 * the fetcher (its ledger in a fresh database on the real PostgreSQL server) and the parser, enricher and indexer as
 * separate JVMs started from their built classes, exactly as {@code ./newsflow demo} starts them.
 */
final class RunningPipeline implements AutoCloseable {

    private final String kafka;
    private final String elasticsearch;
    private final List<ServiceProcess> services = new ArrayList<>();
    private TestPostgres ledger;
    private String fetcherUrl;
    private String searchUrl;

    private RunningPipeline(String kafka, String elasticsearch) {
        this.kafka = kafka;
        this.elasticsearch = elasticsearch;
    }

    static RunningPipeline start() {
        RunningPipeline pipeline = new RunningPipeline(TestStack.kafkaBootstrapServers(), TestStack.elasticsearchUrl());
        try {
            LocalKafka.createTopics(pipeline.kafka, Topics.ALL, 1);
            Path logs = Files.createDirectories(Path.of("target", "service-logs"));
            pipeline.ledger = TestPostgres.create("e2e_ledger");
            List<Service> wanted = List.of(Service.FETCHER, Service.PARSER, Service.ENRICHER, Service.INDEXER);
            List<URI> health = new ArrayList<>();
            for (Service service : wanted) {
                int port = freePort();
                Map<String, String> env = new HashMap<>(Map.of(
                        "KAFKA_BOOTSTRAP_SERVERS", pipeline.kafka,
                        "ELASTICSEARCH_URL", pipeline.elasticsearch,
                        "SERVER_PORT", Integer.toString(port)));
                if (service == Service.FETCHER) {
                    pipeline.fetcherUrl = "http://127.0.0.1:" + port;
                    env.put("DATASOURCE_URL", pipeline.ledger.jdbcUrl());
                    env.put("DATASOURCE_USERNAME", pipeline.ledger.user());
                    // the tests' web sites run on loopback
                    env.put("FETCHER_ALLOW_PRIVATE_HOSTS", "true");
                    env.put("FETCHER_DEFAULT_DELAY", "200ms");
                }
                pipeline.services.add(ServiceProcess.start(service, env, logs.resolve(service.module() + ".log")));
                health.add(URI.create("http://127.0.0.1:" + port + service.healthPath()));
            }
            // Started together, awaited in turn: the JVMs warm up in parallel.
            for (int i = 0; i < wanted.size(); i++) {
                pipeline.services.get(i).awaitHealthy(health.get(i), Duration.ofMinutes(3));
            }
            return pipeline;
        } catch (IOException e) {
            pipeline.close();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            pipeline.close();
            throw e;
        }
    }

    String kafkaBootstrapServers() {
        return kafka;
    }

    String elasticsearchUrl() {
        return elasticsearch;
    }

    /**
     * Starts the read side (search API and dashboard, {@code services/search}) on {@link #searchUrl()} over this
     * pipeline's Elasticsearch; the caller closes it.
     */
    ServiceProcess startSearchService() throws IOException {
        int port = freePort();
        searchUrl = "http://127.0.0.1:" + port;
        ServiceProcess search = ServiceProcess.start(RepoLayout.find(), "search",
                "dev.newsflow.search.SearchApplication", List.of("-Xmx256m"), Map.of(
                        "ELASTICSEARCH_URL", elasticsearch, "SERVER_PORT", Integer.toString(port)),
                Path.of("target", "service-logs", "search.log"));
        try {
            search.awaitHealthy(URI.create(searchUrl + "/actuator/health"), Duration.ofMinutes(3));
            return search;
        } catch (RuntimeException e) {
            search.close();
            throw e;
        }
    }

    String searchUrl() {
        return searchUrl;
    }

    /** The fetcher's HTTP API. */
    String fetcherUrl() {
        return fetcherUrl;
    }

    @Override
    public void close() {
        for (ServiceProcess service : services.reversed()) {
            service.close();
        }
        if (ledger != null) {
            ledger.close();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
