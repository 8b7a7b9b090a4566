package dev.newsflow.cli;

import dev.newsflow.articles.ArticleIndex;
import dev.newsflow.articles.ElasticsearchConnection;
import dev.newsflow.indexer.IndexBenchmark;
import dev.newsflow.indexer.Reindexer;
import dev.newsflow.stack.LocalElasticsearch;
import dev.newsflow.stack.Ports;
import dev.newsflow.stack.RepoLayout;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Commands over the articles index that run the index stage's code in this JVM: {@code bench index} and {@code reindex}. */
final class IndexCommands {

    private IndexCommands() {
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
        public Integer call() throws IOException {
            if (answers(elasticsearch)) {
                return run(elasticsearch, IndexBenchmark.NodeCpu.UNKNOWN);
            }
            PrintWriter err = spec.commandLine().getErr();
            err.printf("no Elasticsearch at %s: starting a local node for this run...%n", elasticsearch);
            err.flush();
            RepoLayout repo = RepoLayout.find();
            try (LocalElasticsearch node = LocalElasticsearch.start(repo.workDir().resolve("bench-elasticsearch"), Ports.free())) {
                // the node is ours: its CPU (with its children) is charged to each contender
                ProcessCpu cpu = node.process().map(p -> new ProcessCpu(Map.of("elasticsearch", p))).orElse(null);
                return run(node.url(), cpu == null ? IndexBenchmark.NodeCpu.UNKNOWN
                        : () -> cpu.snapshot().get("elasticsearch").toNanos());
            }
        }

        private int run(String url, IndexBenchmark.NodeCpu nodeCpu) throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            try (ElasticsearchConnection es = ElasticsearchConnection.to(url, Duration.ofMinutes(5))) {
                IndexBenchmark.Result r = IndexBenchmark.run(es.client(), docs, batch, nodeCpu);
                out.printf(Locale.ROOT, "documents:        %d (~%d bytes each), batches of %d, against %s%n",
                        r.docs(), IndexBenchmark.averageSize(), batch, url);
                out.printf(Locale.ROOT, "plain bulk load:  %.0f docs/s%n", r.plainPerSec());
                out.printf(Locale.ROOT, "BulkIndexer:      %.0f docs/s%n", r.indexerPerSec());
                out.printf(Locale.ROOT, "ratio:            %.2f (BulkIndexer / plain)%n", r.ratio());
                if (!Double.isNaN(r.indexerNodeCpuMsPerDoc())) {
                    out.printf(Locale.ROOT, "Elasticsearch CPU per document: plain %.3f ms, BulkIndexer %.3f ms (the node"
                            + " this run started, its JIT warm-up included)%n", r.plainNodeCpuMsPerDoc(),
                            r.indexerNodeCpuMsPerDoc());
                }
            }
            return 0;
        }
    }

    /** {@code newsflow reindex}: a new index version with today's mappings, the alias swapped with no gap. */
    @Command(name = "reindex", mixinStandardHelpOptions = true,
            description = {"Build the next version of the articles index (articles-vN+1) from the index template of this"
                    + " build, copy every document, swap the alias with no gap and catch up writes made meanwhile.",
                    "The old index is kept read-only; delete it when satisfied."})
    static final class ReindexCommand implements Callable<Integer> {
        @Mixin
        ElasticsearchOptions index;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            if (!answers(index.elasticsearch)) {
                throw new IllegalStateException("no Elasticsearch answers at " + index.elasticsearch
                        + " (start the stack with ./newsflow up, or point --es at it)");
            }
            // a synchronous copy of a large index takes long: wait minutes for answers, not seconds
            try (ElasticsearchConnection es = ElasticsearchConnection.to(index.elasticsearch, Duration.ofMinutes(5))) {
                Reindexer.Report r = new Reindexer(es.client(), new ArticleIndex(es.client(), index.alias),
                        Clock.systemUTC()).reindex();
                spec.commandLine().getOut().printf(Locale.ROOT, "%s now points at %s (was %s): %d documents copied, %d"
                        + " caught up after the swap, in %d ms. %s is kept read-only; delete it when satisfied.%n",
                        index.alias, r.to(), r.from(), r.copied(), r.caughtUp(), r.took().toMillis(), r.from());
            }
            return 0;
        }
    }

    private static boolean answers(String url) {
        try {
            HttpResponse<Void> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build()
                    .send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build(),
                            HttpResponse.BodyHandlers.discarding());
            return response.statusCode() < 500;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
