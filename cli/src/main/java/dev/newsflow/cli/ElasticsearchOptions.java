package dev.newsflow.cli;

import picocli.CommandLine.Option;

/** Where Elasticsearch and the articles alias are, for the commands that read or rebuild the index. */
final class ElasticsearchOptions {
    @Option(names = "--es", paramLabel = "URL", defaultValue = "${env:ELASTICSEARCH_URL:-http://localhost:9200}",
            description = "Elasticsearch URL (default: ${DEFAULT-VALUE}).")
    String elasticsearch;

    @Option(names = "--alias", defaultValue = "${env:ARTICLES_ALIAS:-articles}", description = "Index alias (default: ${DEFAULT-VALUE}).")
    String alias;
}
