package dev.newsflow.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import dev.newsflow.model.Topics;
import dev.newsflow.stack.LocalElasticsearch;
import dev.newsflow.stack.Service;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * No Docker engine runs where the tests run, so docker-compose.yml is kept honest by construction: every
 * variable it sets must be one the service reads, every port the service's default, every image the one the
 * launcher builds from the module's declared main class.
 */
class ComposeConsistencyTest {

    private static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();
    /**
     * Stages run as several replicas (README, "Ports"): none may publish a host port. The fetchers' API reaches the
     * host through {@link #FETCHER_PROXY}; the search service keeps its host port (one instance).
     */
    static final List<String> SCALABLE = List.of("fetcher", "parser", "enricher", "indexer");
    /** The compose service that publishes the fetcher replicas' API on the fetcher's port. */
    static final String FETCHER_PROXY = "fetcher-api";
    /** The variable the services' image hands to the JVM ({@code infra/docker/Dockerfile.service}). */
    static final String JVM_OPTIONS = "JAVA_OPTS";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z_][A-Z0-9_]*)(?::([^}]*))?}");

    @Test
    void everyServiceVariableInComposeIsReadByThatService() throws IOException {
        JsonNode services = compose().path("services");
        List<String> problems = new ArrayList<>();
        for (String module : List.of("fetcher", "parser", "enricher", "indexer", "search")) {
            JsonNode service = services.path(module);
            assertThat(service.isMissingNode()).as("compose service " + module).isFalse();
            Map<String, String> read = variablesRead(module);
            for (var entry : service.path("environment").properties()) {
                if (!read.containsKey(entry.getKey()) && !entry.getKey().equals(JVM_OPTIONS)) {
                    problems.add(module + " sets " + entry.getKey() + " but application.yml does not read it");
                }
            }
            String port = service.path("environment").path("SERVER_PORT").asString();
            if (!port.equals(read.get("SERVER_PORT"))) {
                problems.add(module + ": compose SERVER_PORT " + port + " != default " + read.get("SERVER_PORT"));
            }
            if (SCALABLE.contains(module)) {
                continue; // their ports: scaledStagesPublishNoHostPort
            }
            if (!service.path("ports").path(0).asString().equals(port + ":" + port)) {
                problems.add(module + ": published port is not " + port);
            }
        }
        assertThat(problems).isEmpty();
    }

    /**
     * {@code docker compose up --scale parser=2} starts a second container of the same definition: a fixed host
     * port (or name) would be taken by the first replica, and the second would fail to start. The stages publish no
     * host port; they expose theirs on the compose network, where Prometheus finds each replica.
     */
    @Test
    void scaledStagesPublishNoHostPortAndExposeTheirsOnTheComposeNetwork() throws IOException {
        assertThat(scalingProblems(compose().path("services"))).isEmpty();
    }

    /** The check above fails on a stage that publishes a host port: held to it on a broken copy of the file. */
    @Test
    void theScalingCheckCatchesAStageThatPublishesAHostPort() throws IOException {
        JsonNode services = servicesOfBrokenCopy("expose: [\"8083\"]", "ports: [\"8083:8083\"]");

        assertThat(scalingProblems(services)).containsExactly(
                "enricher publishes host port(s) [\"8083:8083\"]: a second replica could not bind them",
                "enricher does not expose its SERVER_PORT 8083 on the compose network");
    }

    /** Same check, the fetcher: its old fixed host port would stop {@code --scale fetcher=2} again. */
    @Test
    void theScalingCheckCatchesAFetcherThatPublishesAHostPortAgain() throws IOException {
        JsonNode services = servicesOfBrokenCopy("expose: [\"8081\"]", "ports: [\"8081:8081\"]");

        assertThat(scalingProblems(services)).containsExactly(
                "fetcher publishes host port(s) [\"8081:8081\"]: a second replica could not bind them",
                "fetcher does not expose its SERVER_PORT 8081 on the compose network");
    }

    /**
     * Users and the CLI ({@code --fetcher}, default {@code http://localhost:8081}) still reach a fetcher: the proxy
     * publishes the fetcher's port and passes requests to every replica, re-resolving the service's name through
     * compose's DNS (a name in {@code proxy_pass} without a variable is resolved once, so later replicas would get
     * nothing).
     */
    @Test
    void theFetchersApiIsPublishedOnItsPortThroughAProxyToEveryReplica() throws IOException {
        JsonNode services = compose().path("services");
        assertThat(fetcherProxyProblems(services, Files.readString(ROOT.resolve("infra/fetcher-proxy/nginx.conf"))))
                .isEmpty();
    }

    @Test
    void theProxyCheckCatchesAProxyThatResolvesTheFetcherOnce() throws IOException {
        JsonNode services = compose().path("services");
        String once = Files.readString(ROOT.resolve("infra/fetcher-proxy/nginx.conf"))
                .replace("proxy_pass http://$fetcher_replicas:8081;", "proxy_pass http://fetcher:8081;");

        assertThat(fetcherProxyProblems(services, once)).containsExactly(
                "fetcher-api's nginx.conf does not pass requests to http://$<variable>:8081 set to fetcher: nginx would"
                        + " resolve the fetcher once, and replicas started later would get no request");
    }

    private static List<String> fetcherProxyProblems(JsonNode services, String nginxConf) {
        List<String> problems = new ArrayList<>();
        String port = services.path("fetcher").path("environment").path("SERVER_PORT").asString();
        JsonNode proxy = services.path(FETCHER_PROXY);
        if (!proxy.path("ports").path(0).asString().equals(port + ":" + port)) {
            problems.add(FETCHER_PROXY + " does not publish the fetcher's port " + port + ":" + port);
        }
        if (!proxy.path("volumes").toString().contains("./infra/fetcher-proxy/nginx.conf:/etc/nginx/nginx.conf")) {
            problems.add(FETCHER_PROXY + " does not mount infra/fetcher-proxy/nginx.conf");
        }
        if (!nginxConf.contains("listen " + port + ";")) {
            problems.add(FETCHER_PROXY + "'s nginx.conf does not listen on " + port);
        }
        if (!nginxConf.contains("resolver 127.0.0.11")) {
            problems.add(FETCHER_PROXY + "'s nginx.conf does not ask compose's DNS (resolver 127.0.0.11)");
        }
        Matcher variable = Pattern.compile("set \\$(\\w+) fetcher;").matcher(nginxConf);
        if (!variable.find() || !nginxConf.contains("proxy_pass http://$" + variable.group(1) + ":" + port + ";")) {
            problems.add(FETCHER_PROXY + "'s nginx.conf does not pass requests to http://$<variable>:" + port
                    + " set to fetcher: nginx would resolve the fetcher once, and replicas started later would get"
                    + " no request");
        }
        return problems;
    }

    private static List<String> scalingProblems(JsonNode services) {
        List<String> problems = new ArrayList<>();
        for (String module : SCALABLE) {
            JsonNode service = services.path(module);
            if (service.has("ports")) {
                problems.add(module + " publishes host port(s) " + service.path("ports")
                        + ": a second replica could not bind them");
            }
            for (String fixed : List.of("container_name", "hostname")) {
                if (service.has(fixed)) {
                    problems.add(module + " sets " + fixed + ": replicas need their own");
                }
            }
            String port = service.path("environment").path("SERVER_PORT").asString();
            boolean exposed = false;
            for (JsonNode e : service.path("expose")) {
                exposed |= e.asString().equals(port);
            }
            if (!exposed) {
                problems.add(module + " does not expose its SERVER_PORT " + port + " on the compose network");
            }
        }
        return problems;
    }

    /**
     * A JVM in a container without a memory limit takes a quarter of the host's memory as its heap limit, and a busy
     * service's heap grows to it: compose gives each service the heap limit the local stack runs it with, and the image
     * hands {@value #JVM_OPTIONS} to the JVM.
     */
    @Test
    void composeGivesEachServiceTheLocalStacksHeapLimit() throws IOException {
        assertThat(heapProblems(compose().path("services"))).isEmpty();
        assertThat(Files.readString(ROOT.resolve("infra/docker/Dockerfile.service")))
                .as("the image's entrypoint passes " + JVM_OPTIONS + " and exits out of heap")
                .contains("java -XX:+ExitOnOutOfMemoryError $" + JVM_OPTIONS + " ");
    }

    /** Compose heals as the local stack's supervisor does: every service is restarted when it exits. */
    @Test
    void composeRestartsEveryServiceThatExits() throws IOException {
        assertThat(restartProblems(compose().path("services"))).isEmpty();
    }

    /** The check above fails on a service left without a restart policy. */
    @Test
    void theRestartCheckCatchesAServiceThatWouldStayDown() throws IOException {
        String build = "    build: {context: ., dockerfile: infra/docker/Dockerfile.service, args: {MODULE: indexer,"
                + " MAIN_CLASS: dev.newsflow.indexer.IndexerApplication}}\n";
        JsonNode services = servicesOfBrokenCopy(build + "    restart: unless-stopped", build);

        assertThat(restartProblems(services)).containsExactly("indexer: restart is '', not unless-stopped");
    }

    private static List<String> restartProblems(JsonNode services) {
        List<String> problems = new ArrayList<>();
        List<String> names = new ArrayList<>(List.of("kafka", "elasticsearch", "postgres", "fetcher-api"));
        for (Service service : Service.values()) {
            names.add(service.module());
        }
        for (String name : names) {
            String restart = services.path(name).path("restart").asString();
            if (!restart.equals("unless-stopped")) {
                problems.add(name + ": restart is '" + restart + "', not unless-stopped");
            }
        }
        return problems;
    }

    /** The check above fails on a service whose heap limit compose no longer matches. */
    @Test
    void theHeapCheckCatchesALimitThatDriftedFromTheLocalStacks() throws IOException {
        JsonNode services = servicesOfBrokenCopy("JAVA_OPTS: -Xmx" + Service.ENRICHER.heapLimit() + " ",
                "JAVA_OPTS: -Xmx1g ");

        assertThat(heapProblems(services)).containsExactly("enricher: compose's " + JVM_OPTIONS
                + " [-Xmx1g, -XX:+UseSerialGC] do not set -Xmx" + Service.ENRICHER.heapLimit() + " and the serial collector");
    }

    /** Compose's Elasticsearch gets the local node's heap: the figures in BENCHMARKS.md were measured with it. */
    @Test
    void composeGivesElasticsearchTheLocalNodesHeap() throws IOException {
        assertThat(elasticsearchHeapProblem(compose().path("services"))).isEmpty();
    }

    /** ...and its indexing pressure limit, without which a page at the parser's limit is never indexed. */
    @Test
    void composeGivesElasticsearchTheLocalNodesIndexingPressureLimit() throws IOException {
        assertThat(compose().path("services").path("elasticsearch").path("environment")
                .path("indexing_pressure.memory.limit").asString()).isEqualTo(LocalElasticsearch.INDEXING_PRESSURE_LIMIT);
    }

    /** The check above fails on a heap that drifted from the local node's. */
    @Test
    void theElasticsearchHeapCheckCatchesAHeapThatDrifted() throws IOException {
        String heap = LocalElasticsearch.HEAP;
        JsonNode services = servicesOfBrokenCopy("ES_JAVA_OPTS: -Xms" + heap + " -Xmx" + heap,
                "ES_JAVA_OPTS: -Xms" + heap + " -Xmx1g");

        assertThat(elasticsearchHeapProblem(services)).contains("-Xmx1g");
    }

    private static String elasticsearchHeapProblem(JsonNode services) {
        List<String> options = List.of(services.path("elasticsearch").path("environment").path("ES_JAVA_OPTS")
                .asString().trim().split("\\s+"));
        String heap = LocalElasticsearch.HEAP;
        return options.contains("-Xms" + heap) && options.contains("-Xmx" + heap) ? ""
                : "elasticsearch: compose's ES_JAVA_OPTS " + options + " do not set -Xms" + heap + " -Xmx" + heap;
    }

    /** The services of a copy of docker-compose.yml with {@code original} (which must be there) replaced. */
    private static JsonNode servicesOfBrokenCopy(String original, String broken) throws IOException {
        String compose = Files.readString(ROOT.resolve("docker-compose.yml"));
        assertThat(compose).as("the text a broken copy replaces").contains(original);
        return new YAMLMapper().readTree(compose.replace(original, broken)).path("services");
    }

    private static List<String> heapProblems(JsonNode services) {
        List<String> problems = new ArrayList<>();
        for (Service service : Service.values()) {
            List<String> options = List.of(services.path(service.module()).path("environment").path(JVM_OPTIONS)
                    .asString().trim().split("\\s+"));
            if (!options.contains("-Xmx" + service.heapLimit()) || !options.contains("-XX:+UseSerialGC")) {
                problems.add(service.module() + ": compose's " + JVM_OPTIONS + " " + options + " do not set -Xmx"
                        + service.heapLimit() + " and the serial collector");
            }
        }
        return problems;
    }

    @Test
    void composeBuildsEachServiceWithTheMainClassItsModuleDeclares() throws IOException {
        JsonNode services = compose().path("services");
        for (String module : List.of("fetcher", "parser", "enricher", "indexer", "search")) {
            JsonNode args = services.path(module).path("build").path("args");
            assertThat(args.path("MODULE").asString()).isEqualTo(module);
            String pom = Files.readString(ROOT.resolve("services").resolve(module).resolve("pom.xml"));
            assertThat(pom).contains("<newsflow.main.class>" + args.path("MAIN_CLASS").asString() + "</newsflow.main.class>");
        }
    }

    @Test
    void composeRunsTheSameKafkaAndElasticsearchVersionsAsTheTests() throws IOException {
        JsonNode services = compose().path("services");
        String rootPom = Files.readString(ROOT.resolve("pom.xml"));
        String kafka = services.path("kafka").path("image").asString();
        String elastic = services.path("elasticsearch").path("image").asString();
        assertThat(rootPom).contains("<kafka.version>" + kafka.substring(kafka.indexOf(':') + 1) + "</kafka.version>");
        assertThat(rootPom).contains("<elasticsearch.version>" + elastic.substring(elastic.indexOf(':') + 1) + "</elasticsearch.version>");
        assertThat(services.path("kibana").path("image").asString()).endsWith(elastic.substring(elastic.indexOf(':')));
    }

    @Test
    void composeCreatesEveryTopicUpFrontWithThePipelinesPartitionCount() throws IOException {
        JsonNode services = compose().path("services");
        assertThat(services.path("kafka").path("environment").path("KAFKA_AUTO_CREATE_TOPICS_ENABLE").asString())
                .as("topics come from kafka-init, not from whichever client asks first").isEqualTo("false");
        String init = services.path("kafka-init").path("entrypoint").toString();
        for (String topic : Topics.ALL) {
            assertThat(init).as("kafka-init creates " + topic).containsPattern("\\b" + Pattern.quote(topic) + "\\b");
        }
        assertThat(init).contains("--partitions ${" + Topics.PARTITIONS_VARIABLE + ":-" + Topics.DEFAULT_PARTITIONS + "}");
        for (var service : services.properties()) {
            if (service.getValue().path("environment").has("KAFKA_BOOTSTRAP_SERVERS")) {
                assertThat(service.getValue().path("depends_on").path("kafka-init").path("condition").asString())
                        .as(service.getKey() + " starts once the topics exist")
                        .isEqualTo("service_completed_successfully");
            }
        }
    }

    private static JsonNode compose() throws IOException {
        return new YAMLMapper().readTree(Files.readString(ROOT.resolve("docker-compose.yml")));
    }

    /** Variables a service's application.yml reads, with their defaults. */
    private static Map<String, String> variablesRead(String module) throws IOException {
        Path yml = ROOT.resolve("services").resolve(module).resolve("src/main/resources/application.yml");
        Map<String, String> read = new java.util.HashMap<>();
        Matcher m = PLACEHOLDER.matcher(Files.readString(yml));
        while (m.find()) {
            read.put(m.group(1), m.group(2) == null ? "" : m.group(2));
        }
        return read;
    }
}
