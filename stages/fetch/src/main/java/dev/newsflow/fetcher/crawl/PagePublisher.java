package dev.newsflow.fetcher.crawl;

import dev.newsflow.messaging.TraceContext;
import dev.newsflow.model.RawPage;

/** Puts raw pages on {@code news.pages.raw}; returns only once the broker acknowledged the record. */
public interface PagePublisher {

    /** Where the broker stored a record. */
    record Receipt(String topic, int partition, long offset) {
    }

    /**
     * Publishes the page keyed by {@link RawPage#key()} and waits for the acknowledgement; the page starts a new trace.
     *
     * @throws PublishException when the broker did not acknowledge it, with the reason
     */
    default Receipt publish(RawPage page) {
        return publish(page, TraceContext.start());
    }

    /**
     * As {@link #publish(RawPage)}, the record carrying {@code trace} as its {@code traceparent}: the page's trace
     * from its fetch (or from the HTTP request that submitted it) on through every stage.
     */
    Receipt publish(RawPage page, TraceContext trace);

    /** The broker did not acknowledge a record. */
    final class PublishException extends RuntimeException {
        public PublishException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
