package dev.newsflow.articles.search;

/** Elasticsearch could not answer (down, unreachable, no shard available): a retryable outage (HTTP 503). */
public class SearchUnavailableException extends RuntimeException {

    public SearchUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
