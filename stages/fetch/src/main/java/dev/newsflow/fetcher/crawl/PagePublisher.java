package dev.newsflow.fetcher.crawl;

import dev.newsflow.model.RawPage;

/** Puts raw pages on {@code news.pages.raw}; returns only once the broker acknowledged the record. */
public interface PagePublisher {

    /** Where the broker stored a record. */
    record Receipt(String topic, int partition, long offset) {
    }

    /**
     * Publishes the page keyed by {@link RawPage#key()} and waits for the acknowledgement.
     *
     * @throws PublishException when the broker did not acknowledge it, with the reason
     */
    Receipt publish(RawPage page);

    /** The broker did not acknowledge a record. */
    final class PublishException extends RuntimeException {
        public PublishException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
