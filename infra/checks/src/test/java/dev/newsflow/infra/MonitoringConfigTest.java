package dev.newsflow.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Prometheus and Grafana in docker-compose.yml cannot be started here (no Docker engine), so their configuration is
 * held to the services by construction: every scrape job finds its compose service's replicas through compose's DNS,
 * on the port the service listens on, at the
 * path its framework serves and its application.yml exposes; every series the dashboard queries is one the README's
 * "Operate" table documents; the files compose mounts exist and agree on the data source.
 */
class MonitoringConfigTest {

    private static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();
    private static final List<String> SERVICES = List.of("fetcher", "parser", "enricher", "indexer", "search");
    private static final Pattern SERIES = Pattern.compile("newsflow_[a-z_]+");

    @Test
    void prometheusScrapesEveryServiceOnItsPortAtThePathItServes() throws IOException {
        JsonNode compose = yaml(ROOT.resolve("docker-compose.yml")).path("services");
        Map<String, JsonNode> jobs = new LinkedHashMap<>();
        for (JsonNode job : yaml(ROOT.resolve("infra/prometheus/prometheus.yml")).path("scrape_configs")) {
            jobs.put(job.path("job_name").asString(), job);
        }
        assertThat(jobs.keySet()).containsExactlyInAnyOrderElementsOf(SERVICES);

        List<String> problems = new ArrayList<>();
        for (String module : SERVICES) {
            JsonNode job = jobs.get(module);
            String port = compose.path(module).path("environment").path("SERVER_PORT").asString();
            problems.addAll(discoveryProblems(module, job, port));
            boolean micronaut = Files.readString(ROOT.resolve("services").resolve(module).resolve("pom.xml"))
                    .contains("<groupId>io.micronaut");
            String path = micronaut ? "/prometheus" : "/actuator/prometheus";
            if (!job.path("metrics_path").asString().equals(path)) {
                problems.add(module + ": metrics_path " + job.path("metrics_path").asString() + ", serves " + path);
            }
            if (!exposesPrometheus(module, micronaut)) {
                problems.add(module + ": its application.yml does not expose the prometheus endpoint");
            }
        }
        assertThat(problems).isEmpty();
    }

    /** The check above fails on a job that scrapes one fixed target (only one replica of a scaled stage). */
    @Test
    void theDiscoveryCheckCatchesAStaticTargetAndAWrongPort() throws IOException {
        JsonNode staticJob = YAMLMapper.builder().build().readTree("""
                job_name: parser
                metrics_path: /actuator/prometheus
                static_configs:
                  - targets: ["parser:8082"]
                """);
        JsonNode wrongPort = YAMLMapper.builder().build().readTree("""
                job_name: parser
                dns_sd_configs:
                  - names: ["parser"]
                    type: A
                    port: 8083
                """);

        assertThat(discoveryProblems("parser", staticJob, "8082")).containsExactly(
                "parser: not found through compose's DNS (dns_sd_configs names [parser], type A), so a replica"
                        + " beyond the first would not be scraped",
                "parser: scrapes a fixed target [\"parser:8082\"]");
        assertThat(discoveryProblems("parser", wrongPort, "8082"))
                .containsExactly("parser: scrapes port 8083, but compose runs it on 8082");
    }

    /**
     * A scaled stage (fetcher included) is scraped replica by replica only if it can have replicas: a fixed host port
     * would stop the second from starting, and Prometheus would then find one. Nor may a job scrape the fetchers'
     * proxy, which would show one replica per scrape, a different one each time.
     */
    @Test
    void everyScaledStageCanHaveReplicasAndEachIsScraped() throws IOException {
        JsonNode compose = yaml(ROOT.resolve("docker-compose.yml")).path("services");
        assertThat(replicaProblems(compose, yaml(ROOT.resolve("infra/prometheus/prometheus.yml")))).isEmpty();
    }

    @Test
    void theReplicaCheckCatchesAFetcherWithAFixedHostPortOrScrapedThroughItsProxy() throws IOException {
        JsonNode compose = YAMLMapper.builder().build().readTree(Files.readString(ROOT.resolve("docker-compose.yml"))
                .replace("expose: [\"8081\"]", "ports: [\"8081:8081\"]")).path("services");
        JsonNode prometheus = YAMLMapper.builder().build().readTree(
                Files.readString(ROOT.resolve("infra/prometheus/prometheus.yml"))
                        .replace("names: [\"fetcher\"]", "names: [\"fetcher-api\"]"));

        assertThat(replicaProblems(compose, prometheus)).containsExactly(
                "fetcher: publishes host port(s) [\"8081:8081\"], so a second replica would not start",
                "fetcher: scraped through [\"fetcher-api\"], not replica by replica as [\"fetcher\"]");
    }

    private static List<String> replicaProblems(JsonNode compose, JsonNode prometheus) {
        List<String> problems = new ArrayList<>();
        for (String module : ComposeConsistencyTest.SCALABLE) {
            if (compose.path(module).has("ports")) {
                problems.add(module + ": publishes host port(s) " + compose.path(module).path("ports")
                        + ", so a second replica would not start");
            }
            for (JsonNode job : prometheus.path("scrape_configs")) {
                JsonNode names = job.path("dns_sd_configs").path(0).path("names");
                if (job.path("job_name").asString().equals(module) && !names.toString().equals("[\"" + module + "\"]")) {
                    problems.add(module + ": scraped through " + names + ", not replica by replica as [\"" + module + "\"]");
                }
            }
        }
        return problems;
    }

    /** Every replica of {@code module}: compose's DNS answers one A record per replica of the service. */
    private static List<String> discoveryProblems(String module, JsonNode job, String port) {
        List<String> problems = new ArrayList<>();
        JsonNode sd = job.path("dns_sd_configs").path(0);
        if (!sd.path("names").toString().equals("[\"" + module + "\"]") || !sd.path("type").asString().equals("A")) {
            problems.add(module + ": not found through compose's DNS (dns_sd_configs names [" + module + "], type A),"
                    + " so a replica beyond the first would not be scraped");
        } else if (!sd.path("port").asString().equals(port)) {
            problems.add(module + ": scrapes port " + sd.path("port").asString() + ", but compose runs it on " + port);
        }
        if (job.has("static_configs")) {
            problems.add(module + ": scrapes a fixed target " + job.path("static_configs").path(0).path("targets"));
        }
        return problems;
    }

    @Test
    void theDashboardQueriesOnlySeriesTheServicesExport() throws IOException {
        Set<String> documented = documentedSeries();

        List<String> problems = new ArrayList<>();
        for (String expr : expressions()) {
            Matcher used = SERIES.matcher(expr);
            assertThat(used.find()).as("a newsflow series in " + expr).isTrue();
            do {
                // a histogram is documented by its name; Prometheus queries its _bucket, _count and _sum
                String series = used.group().replaceFirst("_(bucket|count|sum)$", "");
                if (!documented.contains(series)) {
                    problems.add(expr + " queries " + used.group() + ", which the README's Operate table does not list");
                }
            } while (used.find());
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void prometheusLoadsTheAlertRulesComposeMountsAndTheyQueryOnlyDocumentedSeries() throws IOException {
        List<String> loaded = new ArrayList<>();
        yaml(ROOT.resolve("infra/prometheus/prometheus.yml")).path("rule_files").forEach(f -> loaded.add(f.asString()));
        assertThat(loaded).as("rule_files in prometheus.yml").isNotEmpty();
        Map<String, Path> mounted = new LinkedHashMap<>();
        for (JsonNode volume : yaml(ROOT.resolve("docker-compose.yml")).path("services").path("prometheus")
                .path("volumes")) {
            String[] parts = volume.asString().split(":");
            mounted.put(parts[1], ROOT.resolve(parts[0]).normalize());
        }
        Set<String> documented = documentedSeries();
        List<String> problems = new ArrayList<>();
        for (String file : loaded) {
            Path host = mounted.get(file);
            if (host == null || !Files.exists(host)) {
                problems.add(file + " is loaded by prometheus.yml but compose mounts no file there");
                continue;
            }
            for (JsonNode group : yaml(host).path("groups")) {
                for (JsonNode rule : group.path("rules")) {
                    String expr = rule.path("expr").asString();
                    Matcher used = SERIES.matcher(expr);
                    if (!used.find()) {
                        problems.add(rule.path("alert").asString() + " queries no newsflow series: " + expr);
                        continue;
                    }
                    do {
                        String series = used.group().replaceFirst("_(bucket|count|sum)$", "");
                        if (!documented.contains(series)) {
                            problems.add(rule.path("alert").asString() + " queries " + used.group()
                                    + ", which the README's Operate table does not list");
                        }
                    } while (used.find());
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theDashboardHasThePanelsAnOperatorLooksForFirst() throws IOException {
        List<String> titles = new ArrayList<>();
        for (JsonNode panel : dashboard().path("panels")) {
            titles.add(panel.path("title").asString().toLowerCase(java.util.Locale.ROOT));
        }
        for (String wanted : List.of("throughput", "lag", "processing time", "dead letters", "fetch outcomes")) {
            assertThat(titles).as("a panel about " + wanted).anyMatch(t -> t.contains(wanted));
        }
    }

    @Test
    void grafanaMountsTheProvisioningAndTheDashboardsWithOneDataSource() throws IOException {
        JsonNode grafana = yaml(ROOT.resolve("docker-compose.yml")).path("services").path("grafana");
        for (JsonNode volume : grafana.path("volumes")) {
            Path host = ROOT.resolve(volume.asString().split(":")[0]).normalize();
            assertThat(host).as(volume.asString()).exists();
        }
        JsonNode source = yaml(ROOT.resolve("infra/grafana/provisioning/datasources/prometheus.yml")).path("datasources").get(0);
        assertThat(source.path("url").asString()).isEqualTo("http://prometheus:9090");
        String uid = source.path("uid").asString();
        for (JsonNode panel : dashboard().path("panels")) {
            assertThat(panel.path("datasource").path("uid").asString()).as(panel.path("title").asString()).isEqualTo(uid);
        }
        JsonNode prometheus = yaml(ROOT.resolve("docker-compose.yml")).path("services").path("prometheus");
        assertThat(ROOT.resolve(prometheus.path("volumes").get(0).asString().split(":")[0]).normalize()).exists();
    }

    /** The newsflow_* series the README's "Operate" section names. */
    private static Set<String> documentedSeries() throws IOException {
        Set<String> documented = new TreeSet<>();
        String readme = Files.readString(ROOT.resolve("README.md"));
        String operate = readme.substring(readme.indexOf("## Operate"), readme.indexOf("\n## ", readme.indexOf("## Operate") + 3));
        Matcher m = SERIES.matcher(operate);
        while (m.find()) {
            documented.add(m.group());
        }
        assertThat(documented).as("series in the README's Operate section").isNotEmpty();
        return documented;
    }

    private static boolean exposesPrometheus(String module, boolean micronaut) throws IOException {
        JsonNode config = yaml(ROOT.resolve("services").resolve(module).resolve("src/main/resources/application.yml"));
        if (micronaut) {
            return config.path("endpoints").path("prometheus").path("enabled").asBoolean(false);
        }
        String exposed = config.path("management").path("endpoints").path("web").path("exposure").path("include").asString();
        return List.of(exposed.split(",")).contains("prometheus");
    }

    private static List<String> expressions() throws IOException {
        List<String> expressions = new ArrayList<>();
        for (JsonNode panel : dashboard().path("panels")) {
            for (JsonNode target : panel.path("targets")) {
                expressions.add(target.path("expr").asString());
            }
        }
        assertThat(expressions).isNotEmpty();
        return expressions;
    }

    private static JsonNode dashboard() throws IOException {
        return JsonMapper.builder().build().readTree(Files.readString(ROOT.resolve("infra/grafana/dashboards/newsflow.json")));
    }

    private static JsonNode yaml(Path file) throws IOException {
        return YAMLMapper.builder().build().readTree(Files.readString(file));
    }
}
