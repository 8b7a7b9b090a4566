package dev.newsflow.fetcher.ledger;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** The fetcher_instance table: a fetcher of the fleet and until when it counts as alive. */
@MappedEntity("fetcher_instance")
public record InstanceRow(@Id String id, Instant aliveUntil) {
}
