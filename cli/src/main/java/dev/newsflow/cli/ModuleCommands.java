package dev.newsflow.cli;

import dev.newsflow.stack.LocalElasticsearch;
import dev.newsflow.stack.Ports;
import dev.newsflow.stack.RepoLayout;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Commands whose code lives in a service module and runs there ({@link ModuleMain}): {@code bench fetch},
 * {@code bench index} and {@code reindex}.
 */
final class ModuleCommands {

    private ModuleCommands() {
    }

    /** {@code newsflow bench fetch}: the crawler against many local virtual hosts, one of them slow. */
    @Command(name = "fetch", mixinStandardHelpOptions = true,
            description = {"Benchmark the fetcher's crawler with politeness on against many virtual hosts on this machine"
                    + " (127.0.1.x), one of them slow: pages/s, when the fast hosts were done next to the slow one, peak heap.",
                    "Publishing is counted, not sent to Kafka: this measures the fetcher."})
    static final class BenchFetchCommand implements Callable<Integer> {
        @Option(names = "--hosts", defaultValue = "50", description = "Virtual hosts (default: ${DEFAULT-VALUE}).")
        int hosts;

        @Option(names = "--pages", defaultValue = "40", description = "Pages per host (default: ${DEFAULT-VALUE}).")
        int pages;

        @Option(names = "--delay-ms", defaultValue = "100", description = "Politeness delay per host (default: ${DEFAULT-VALUE}).")
        long delayMs;

        @Option(names = "--slow-ms", defaultValue = "2000", description = "How long the slow host takes per page (default: ${DEFAULT-VALUE}).")
        long slowMs;

        @Override
        public Integer call() {
            return ModuleMain.run(RepoLayout.find(), "fetcher", "dev.newsflow.fetcher.bench.FetchBenchmark",
                    List.of("-Xmx512m"), List.of(Integer.toString(hosts), Integer.toString(pages), Long.toString(delayMs),
                            Long.toString(slowMs)), Map.of());
        }
    }

    /** {@code newsflow bench index}: docs/s through the indexer's bulk writer next to a plain bulk load. */
    @Command(name = "index", mixinStandardHelpOptions = true,
            description = {"Benchmark the indexer's BulkIndexer (external versions, per-item checks) against a plain bulk"
                    + " load of the same documents into the same node, and print both and their ratio.",
                    "Uses the Elasticsearch at --es when it answers; otherwise starts a local node for the run."})
    static final class BenchIndexCommand implements Callable<Integer> {
        @Option(names = "--es", paramLabel = "URL", defaultValue = "${env:ELASTICSEARCH_URL:-http://localhost:9200}",
                description = "Elasticsearch URL (default: ${DEFAULT-VALUE}).")
        String elasticsearch;

        @Option(names = "--docs", defaultValue = "20000", description = "Documents (default: ${DEFAULT-VALUE}).")
        int docs;

        @Option(names = "--batch", defaultValue = "500", description = "Documents per bulk request (default: ${DEFAULT-VALUE}).")
        int batch;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            RepoLayout repo = RepoLayout.find();
            if (answers(elasticsearch)) {
                return run(repo, elasticsearch);
            }
            PrintWriter err = spec.commandLine().getErr();
            err.printf("no Elasticsearch at %s: starting a local node for this run...%n", elasticsearch);
            err.flush();
            try (LocalElasticsearch node = LocalElasticsearch.start(repo.workDir().resolve("bench-elasticsearch"), Ports.free())) {
                return run(repo, node.url());
            }
        }

        private int run(RepoLayout repo, String url) {
            return ModuleMain.run(repo, "indexer", "dev.newsflow.indexer.IndexBenchmark", List.of("-Xmx512m"),
                    List.of("--url", url, "--docs", Integer.toString(docs), "--batch", Integer.toString(batch)), Map.of());
        }
    }

    /** {@code newsflow reindex}: a new index version with today's mappings, the alias swapped with no gap. */
    @Command(name = "reindex", mixinStandardHelpOptions = true,
            description = {"Build the next version of the articles index (articles-vN+1) from the index template of this"
                    + " build, copy every document, swap the alias with no gap and catch up writes made meanwhile.",
                    "The old index is kept read-only; delete it when satisfied."})
    static final class ReindexCommand implements Callable<Integer> {
        @Option(names = "--es", paramLabel = "URL", defaultValue = "${env:ELASTICSEARCH_URL:-http://localhost:9200}",
                description = "Elasticsearch URL (default: ${DEFAULT-VALUE}).")
        String elasticsearch;

        @Option(names = "--alias", defaultValue = "${env:ARTICLES_ALIAS:-articles}", description = "Index alias (default: ${DEFAULT-VALUE}).")
        String alias;

        @Override
        public Integer call() {
            if (!answers(elasticsearch)) {
                throw new IllegalStateException("no Elasticsearch answers at " + elasticsearch
                        + " (start the stack with ./newsflow up, or point --es at it)");
            }
            return ModuleMain.run(RepoLayout.find(), "indexer", "dev.newsflow.indexer.Reindexer", List.of("-Xmx512m"),
                    List.of("--url", elasticsearch, "--alias", alias), Map.of());
        }
    }

    private static boolean answers(String url) {
        try {
            HttpResponse<Void> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build()
                    .send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build(),
                            HttpResponse.BodyHandlers.discarding());
            return response.statusCode() < 500;
        } catch (java.io.IOException | IllegalArgumentException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
