package dev.newsflow.stack;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The services as the launcher runs them: module, main class, default port, health path and heap limit. The ports and
 * the environment they read are the README's Ports and Configuration tables; each module's {@code application.yml}
 * holds the defaults. docker-compose.yml gives each service the same heap limit (held to it by infra/checks).
 *
 * <p>The heap limits: the serial collector grows a busy service's heap to its limit and keeps it (what a young
 * collection cannot hold is promoted, and the old generation grows rather than collect), so each limit is what the
 * service's heap comes to under load, about three times what it holds live after a burst ({@code jcmd GC.run}, then
 * {@code GC.heap_info}): the enricher ~104 MB (the entity and topic models); the parser ~45 MB, and room for the tree
 * of a page at the extractor's 10 MiB limit (~110 MB); the indexer ~35 MB and a poll's bulk request; the fetcher and
 * the read side their clients. Measured with bench pipeline: BENCHMARKS.md, "The stack's memory under sustained load".
 */
public enum Service {
    FETCHER("fetcher", "dev.newsflow.fetcher.FetcherApplication", 8081, "/health", "384m"),
    PARSER("parser", "dev.newsflow.parser.ParserApplication", 8082, "/actuator/health", "256m"),
    ENRICHER("enricher", "dev.newsflow.enricher.EnricherApplication", 8083, "/actuator/health", "320m"),
    INDEXER("indexer", "dev.newsflow.indexer.IndexerApplication", 8084, "/actuator/health", "160m"),
    /** The read side (search API and web dashboard): not a stage of the pipeline, so the demo can go on without it. */
    SEARCH("search", "dev.newsflow.search.SearchApplication", 8080, "/actuator/health", "256m");

    private final String module;
    private final String mainClass;
    private final int defaultPort;
    private final String healthPath;
    private final String heapLimit;

    Service(String module, String mainClass, int defaultPort, String healthPath, String heapLimit) {
        this.module = module;
        this.mainClass = mainClass;
        this.defaultPort = defaultPort;
        this.healthPath = healthPath;
        this.heapLimit = heapLimit;
    }

    /** The service whose module is called {@code name} (any case, surrounding blanks ignored). */
    public static Optional<Service> named(String name) {
        String module = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.module.equals(module)).findFirst();
    }

    /** Directory name under {@code services/}. */
    public String module() {
        return module;
    }

    public String mainClass() {
        return mainClass;
    }

    /** The {@code SERVER_PORT} default. */
    public int defaultPort() {
        return defaultPort;
    }

    /** Path of the health endpoint on {@code SERVER_PORT}. */
    public String healthPath() {
        return healthPath;
    }

    /** The JVM's {@code -Xmx}, e.g. {@code 256m}: see the class comment for how each was chosen. */
    public String heapLimit() {
        return heapLimit;
    }

    /** Whether it is one of the pipeline's stages, fetch to index (the read side is not: the stack can do without it). */
    public boolean isStage() {
        return this != SEARCH;
    }
}
