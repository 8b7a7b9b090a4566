package dev.newsflow.model;

/** Kafka topic names: the one place every stage, the launcher and docker-compose take them from. */
public final class Topics {

    /** Raw pages: fetched by the fetcher or dropped by hand (JSON envelope or bare HTML/text body). */
    public static final String PAGES_RAW = "news.pages.raw";
    /** Articles extracted by the parser. */
    public static final String ARTICLES_PARSED = "news.articles.parsed";
    /** Articles with entities, section tags and topics: the topic downstream consumers subscribe to. */
    public static final String ARTICLES_ENRICHED = "news.articles.enriched";
    /** Notices that a document is searchable in Elasticsearch. */
    public static final String ARTICLES_INDEXED = "news.articles.indexed";

    /** Dead letters of the parser: pages that could not become articles. */
    public static final String PARSER_DLQ = "news.dlq.parser";
    /** Dead letters of the enricher. */
    public static final String ENRICHER_DLQ = "news.dlq.enricher";
    /** Dead letters of the indexer: documents Elasticsearch rejected. */
    public static final String INDEXER_DLQ = "news.dlq.indexer";

    /** Every topic the pipeline uses, in pipeline order (the launcher creates them up front). */
    public static final java.util.List<String> ALL = java.util.List.of(
            PAGES_RAW, ARTICLES_PARSED, ARTICLES_ENRICHED, ARTICLES_INDEXED,
            PARSER_DLQ, ENRICHER_DLQ, INDEXER_DLQ);

    /** The environment variable that sets how many partitions each topic has (local stack and docker-compose alike). */
    public static final String PARTITIONS_VARIABLE = "NEWSFLOW_TOPIC_PARTITIONS";
    /**
     * Partitions per topic unless {@link #PARTITIONS_VARIABLE} says otherwise: enough for a few instances of a stage,
     * each with a few consumer threads, to share a topic (a partition is consumed by one thread of a group at a time).
     */
    public static final int DEFAULT_PARTITIONS = 6;

    /** The partition count of every topic: {@link #PARTITIONS_VARIABLE}, else {@link #DEFAULT_PARTITIONS}. */
    public static int partitions() {
        return partitions(System.getenv(PARTITIONS_VARIABLE));
    }

    /** The partition count {@code setting} (the variable's value, or null when unset) asks for. */
    public static int partitions(String setting) {
        if (setting == null || setting.isBlank()) {
            return DEFAULT_PARTITIONS;
        }
        try {
            int partitions = Integer.parseInt(setting.trim());
            if (partitions >= 1) {
                return partitions;
            }
        } catch (NumberFormatException e) {
            // reported below with the variable's name
        }
        throw new IllegalArgumentException(PARTITIONS_VARIABLE + " must be a whole number of at least 1, not '"
                + setting + "'");
    }

    private Topics() {
    }
}
