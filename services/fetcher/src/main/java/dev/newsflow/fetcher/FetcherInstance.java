package dev.newsflow.fetcher;

/**
 * This fetcher's name among the instances sharing the ledger (the holder of its host leases): {@code
 * fetcher.instance-id}, else the host name and HTTP port, which stay the same across a restart so that a restarted
 * instance takes its hosts back at once instead of waiting for its old leases to run out.
 */
public record FetcherInstance(String id) {
}
