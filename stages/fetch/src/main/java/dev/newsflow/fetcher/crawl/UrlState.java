package dev.newsflow.fetcher.crawl;

import java.util.Locale;

/** Where a URL stands in the crawl ledger. */
public enum UrlState {
    /** Waiting to be fetched (new, re-submitted, or retrying after an error). */
    QUEUED,
    /** Fetched, not yet acknowledged by Kafka: a crash here refetches rather than loses the page. */
    FETCHED,
    /** The server answered 304 to a conditional GET: nothing published. */
    NOT_MODIFIED,
    /** Fetched again but the content hash equals the one already published: nothing published. */
    UNCHANGED,
    /** robots.txt forbids our user agent to fetch it. */
    DISALLOWED_BY_ROBOTS,
    /** Failed or refused; {@code reasonCode} and {@code reason} say why, {@code nextFetchAt} when it is retried. */
    ERROR,
    /** On the topic: the broker acknowledged the page. */
    PUBLISHED;

    /** The state as people read it: {@code not-modified}, {@code disallowed-by-robots}... */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
