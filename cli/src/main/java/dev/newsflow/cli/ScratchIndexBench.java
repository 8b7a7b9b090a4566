package dev.newsflow.cli;

import dev.newsflow.articles.ArticleIndex;
import dev.newsflow.articles.ElasticsearchConnection;
import dev.newsflow.stack.LocalElasticsearch;
import dev.newsflow.stack.Ports;
import dev.newsflow.stack.RepoLayout;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntFunction;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;

/**
 * What the read-side benchmarks ({@code bench drift}, {@code bench facets}) share: an Elasticsearch (a local node on a
 * free port, or the one at {@code --es}), a scratch articles index under its own alias that is deleted afterwards,
 * and the timing of one read: wall p50 and max, and CPU per call, Elasticsearch's (only when this run started the
 * node, so its process is ours to read) and this JVM's.
 */
final class ScratchIndexBench {

    /** The benchmark itself, given the connection and the scratch index's alias (the template applied). */
    interface Body {
        int run(Scratch scratch) throws IOException;
    }

    /** A read the benchmark times. */
    interface Read<T> {
        T call() throws IOException;
    }

    /**
     * @param es    the connection
     * @param alias the scratch index's alias
     * @param url   where Elasticsearch answers
     * @param node  the node's process when this run started it, else null
     */
    record Scratch(ElasticsearchConnection es, String alias, String url, ProcessHandle node) {

        /** Documents a bulk request carries: a large batch loads fast without a large heap. */
        private static final int LOAD_BATCH = 5000;

        /**
         * Indexes {@code docs} generated documents, {@code document.apply(i)} with id "a{i}", called in order (so a
         * generator may draw from one seeded random), then refreshes and merges the index to one segment, as a
         * settled index is read.
         */
        void load(int docs, IntFunction<Map<String, Object>> document) throws IOException {
            for (int from = 0; from < docs; from += LOAD_BATCH) {
                BulkRequest.Builder bulk = new BulkRequest.Builder().index(alias);
                for (int i = from; i < Math.min(docs, from + LOAD_BATCH); i++) {
                    String id = "a" + i;
                    Map<String, Object> d = document.apply(i);
                    bulk.operations(o -> o.index(x -> x.id(id).document(d)));
                }
                BulkResponse response = es.client().bulk(bulk.build());
                if (response.errors()) {
                    throw new IllegalStateException("bulk load failed: " + response.items().stream()
                            .filter(item -> item.error() != null).findFirst().map(item -> item.error().reason())
                            .orElse("?"));
                }
            }
            es.client().indices().refresh(r -> r.index(alias));
            es.client().indices().forcemerge(f -> f.index(alias).maxNumSegments(1L));
        }

        /** Runs {@code read} {@code warmUps} times untimed, then {@code calls} times timed. */
        <T> Timing<T> time(int warmUps, int calls, Read<T> read) throws IOException {
            for (int i = 0; i < warmUps; i++) {
                read.call();
            }
            ProcessCpu cpu = node == null ? null : new ProcessCpu(Map.of("elasticsearch", node));
            Duration esBefore = cpu == null ? Duration.ZERO : cpu.snapshot().get("elasticsearch");
            long jvmBefore = jvmCpuNanos();
            List<Long> wall = new ArrayList<>();
            T last = null;
            for (int i = 0; i < calls; i++) {
                long start = System.nanoTime();
                last = read.call();
                wall.add(System.nanoTime() - start);
            }
            double jvmMs = (jvmCpuNanos() - jvmBefore) / 1e6 / calls;
            Double esMs = cpu == null ? null
                    : cpu.snapshot().get("elasticsearch").minus(esBefore).toNanos() / 1e6 / calls;
            wall.sort(Long::compare);
            return new Timing<>(last, calls, wall.get(wall.size() / 2) / 1e6, wall.getLast() / 1e6, esMs, jvmMs);
        }
    }

    /**
     * @param last   what the last timed call answered
     * @param esMs   Elasticsearch's CPU per call, null when it was not this run's node
     */
    record Timing<T>(T last, int calls, double wallP50Ms, double wallMaxMs, Double esMs, double jvmMs) {

        /** Two lines: "per {unit}: wall ..." and "CPU per {unit}: ...", labels padded to the benches' column. */
        void print(PrintWriter out, String unit, String what) {
            out.printf(Locale.ROOT, "%-16s wall p50 %.1f ms, max %.1f ms (%s%d runs)%n", "per " + unit + ":",
                    wallP50Ms, wallMaxMs, what.isEmpty() ? "" : what + ", ", calls);
            if (esMs != null) {
                out.printf(Locale.ROOT, "%-16s Elasticsearch %.1f ms, this JVM %.1f ms%n", "CPU per " + unit + ":",
                        esMs, jvmMs);
            } else {
                out.printf(Locale.ROOT, "%-16s this JVM %.1f ms (Elasticsearch's not measured: --es)%n",
                        "CPU per " + unit + ":", jvmMs);
            }
        }
    }

    private ScratchIndexBench() {
    }

    /** Runs {@code body} against {@code esUrl}, or a local node started for it when that is null. */
    static int run(String esUrl, String aliasPrefix, PrintWriter err, Body body) throws IOException {
        if (esUrl != null) {
            return onScratchIndex(esUrl, null, aliasPrefix, body);
        }
        err.println("starting a local Elasticsearch node for this run...");
        err.flush();
        try (LocalElasticsearch node = LocalElasticsearch.start(RepoLayout.find().workDir().resolve("bench-elasticsearch"),
                Ports.free())) {
            return onScratchIndex(node.url(), node.process().orElse(null), aliasPrefix, body);
        }
    }

    private static int onScratchIndex(String url, ProcessHandle node, String aliasPrefix, Body body) throws IOException {
        String alias = aliasPrefix + UUID.randomUUID().toString().substring(0, 8);
        try (ElasticsearchConnection es = ElasticsearchConnection.to(url, Duration.ofMinutes(5))) {
            String index = new ArticleIndex(es.client(), alias).ensure();
            try {
                return body.run(new Scratch(es, alias, url, node));
            } finally {
                es.client().indices().delete(d -> d.index(index));
            }
        }
    }

    private static long jvmCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
