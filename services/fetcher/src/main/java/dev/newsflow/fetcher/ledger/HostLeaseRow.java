package dev.newsflow.fetcher.ledger;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** The host_lease table: which fetcher instance crawls a host, until when, and when the host may next be asked. */
@MappedEntity("host_lease")
public record HostLeaseRow(@Id String host, String holder, Instant leasedUntil, @Nullable Instant nextFetchAt) {
}
