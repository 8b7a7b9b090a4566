package dev.newsflow.stack;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The services as the launcher runs them: module, main class, default port and health path. The ports and the
 * environment they read are the README's Ports and Configuration tables; each module's {@code application.yml} holds
 * the defaults.
 */
public enum Service {
    FETCHER("fetcher", "dev.newsflow.fetcher.FetcherApplication", 8081, "/health"),
    PARSER("parser", "dev.newsflow.parser.ParserApplication", 8082, "/actuator/health"),
    ENRICHER("enricher", "dev.newsflow.enricher.EnricherApplication", 8083, "/actuator/health"),
    INDEXER("indexer", "dev.newsflow.indexer.IndexerApplication", 8084, "/actuator/health"),
    /** The read side (search API and web dashboard): not a stage of the pipeline, so the demo can go on without it. */
    SEARCH("search", "dev.newsflow.search.SearchApplication", 8080, "/actuator/health");

    private final String module;
    private final String mainClass;
    private final int defaultPort;
    private final String healthPath;

    Service(String module, String mainClass, int defaultPort, String healthPath) {
        this.module = module;
        this.mainClass = mainClass;
        this.defaultPort = defaultPort;
        this.healthPath = healthPath;
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

    /** Whether it is one of the pipeline's stages, fetch to index (the read side is not: the stack can do without it). */
    public boolean isStage() {
        return this != SEARCH;
    }
}
