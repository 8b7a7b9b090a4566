package dev.newsflow.stack;

/** The pipeline's services as the launcher runs them: module, main class, default port and health path (contracts.md). */
public enum Service {
    FETCHER("fetcher", "dev.newsflow.fetcher.FetcherApplication", 8081, "/health"),
    PARSER("parser", "dev.newsflow.parser.ParserApplication", 8082, "/actuator/health"),
    ENRICHER("enricher", "dev.newsflow.enricher.EnricherApplication", 8083, "/actuator/health"),
    INDEXER("indexer", "dev.newsflow.indexer.IndexerApplication", 8084, "/actuator/health");

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
}
