package dev.newsflow.fetcher.api;

import dev.newsflow.fetcher.crawl.LedgerEntry;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/** Request and response bodies of the fetcher's HTTP API. */
public final class ApiModels {

    private ApiModels() {
    }

    /** POST /api/pages as JSON. */
    @Serdeable
    public record PageSubmission(@Nullable String url, @Nullable String contentType, @Nullable String body,
                                 @Nullable String source) {
    }

    /** The answer to POST /api/pages. */
    @Serdeable
    public record PagePublished(String id, String url, String topic, int partition, long offset, String ledger) {
    }

    /** POST /api/fetch, /api/feeds, /api/sitemaps. */
    @Serdeable
    public record UrlList(@Nullable List<String> urls) {
    }

    /** One URL of a POST /api/fetch: queued or rejected with a reason. */
    @Serdeable
    public record QueuedUrl(String submitted, @Nullable String url, @Nullable String state,
                            @Nullable String rejected, @Nullable String status) {
    }

    /** The answer to POST /api/fetch. */
    @Serdeable
    public record FetchAccepted(int queued, int rejected, List<QueuedUrl> urls) {
    }

    /** A 4xx/5xx answer: what went wrong and what to do. */
    @Serdeable
    public record Problem(int status, String error, String message, @Nullable String hint) {
    }

    /** GET /api/urls: where a URL is and why. */
    @Serdeable
    public record UrlStatus(String url, String state, @Nullable String reasonCode, @Nullable String reason,
                            String source, @Nullable String finalUrl, @Nullable Integer httpStatus,
                            @Nullable String contentType, @Nullable String etag, @Nullable String lastModified,
                            @Nullable String contentHash, int attempts, Instant firstSeenAt,
                            @Nullable Instant lastFetchedAt, @Nullable Instant publishedAt,
                            @Nullable Integer publishedPartition, @Nullable Long publishedOffset,
                            @Nullable Instant nextFetchAt, @Nullable String articleId, String explanation) {

        static UrlStatus of(LedgerEntry e) {
            return new UrlStatus(e.url(), e.state().label(), e.reasonCode(), e.reason(), e.source(), e.finalUrl(),
                    e.httpStatus(), e.contentType(), e.etag(), e.lastModified(), e.contentHash(), e.attempts(),
                    e.firstSeenAt(), e.lastFetchedAt(), e.publishedAt(), e.publishedPartition(), e.publishedOffset(),
                    e.nextFetchAt(), e.finalUrl() == null ? null : dev.newsflow.model.ArticleId.of(e.finalUrl()),
                    explain(e));
        }

        private static String explain(LedgerEntry e) {
            return switch (e.state()) {
                case QUEUED -> "waiting to be fetched" + (e.nextFetchAt() == null ? "" : " from " + e.nextFetchAt())
                        + (e.leasedUntil() != null ? " (taken by the crawler)" : "");
                case FETCHED -> "fetched; waiting for Kafka to acknowledge it (refetched if that never happens)";
                case NOT_MODIFIED -> "the server said it has not changed since we published it";
                case UNCHANGED -> "fetched again, same content as published: not republished";
                case DISALLOWED_BY_ROBOTS -> "robots.txt forbids fetching it: " + e.reason();
                case ERROR -> e.reason() + (e.nextFetchAt() == null ? "; not retried" : "; retried at " + e.nextFetchAt());
                case PUBLISHED -> "on " + dev.newsflow.model.Topics.PAGES_RAW + " partition " + e.publishedPartition()
                        + " offset " + e.publishedOffset() + " since " + e.publishedAt();
            };
        }
    }
}
