package dev.newsflow.fetcher.ledger;

import dev.newsflow.fetcher.crawl.HostLeases;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The fleet's host leases in the ledger database (host_lease), through Micronaut Data JDBC. */
@Singleton
public class JdbcHostLeases implements HostLeases {

    private final HostLeaseRepository repository;
    private final InstanceRepository instances;

    public JdbcHostLeases(HostLeaseRepository repository, InstanceRepository instances) {
        this.repository = repository;
        this.instances = instances;
    }

    @Override
    public boolean hold(String host, String owner, Instant now, Instant until) {
        if (repository.holdOrTake(host, owner, now, until) == 1) {
            return true;
        }
        if (repository.existsById(host)) {
            return false;
        }
        try {
            repository.save(new HostLeaseRow(host, owner, until, null));
            return true;
        } catch (DataAccessException e) {
            // Another instance inserted the host's first lease in between: it holds it unless it already ran out.
            return repository.holdOrTake(host, owner, now, until) == 1;
        }
    }

    @Override
    public Turn takeTurn(String host, String owner, Instant now, Instant next, Instant until) {
        if (repository.takeTurn(host, owner, now, next, until) == 1) {
            return new Turn.Granted();
        }
        Optional<HostLeaseRow> row = repository.findById(host);
        if (row.isEmpty()) {
            // Nobody ever held the host (a feed's first poll): take it, then the turn.
            return hold(host, owner, now, until) && repository.takeTurn(host, owner, now, next, until) == 1
                    ? new Turn.Granted() : heldElsewhere(host);
        }
        HostLeaseRow lease = row.get();
        if (!lease.holder().equals(owner)) {
            return new Turn.HeldElsewhere(lease.holder(), lease.leasedUntil());
        }
        // Ours, and asked lately; a next time already past means it moved in between: try again at once.
        return new Turn.Wait(lease.nextFetchAt() == null ? now : lease.nextFetchAt());
    }

    private Turn heldElsewhere(String host) {
        return repository.findById(host)
                .<Turn>map(lease -> new Turn.HeldElsewhere(lease.holder(), lease.leasedUntil()))
                .orElseThrow(() -> new IllegalStateException("the lease of " + host + " vanished"));
    }

    @Override
    public void notBefore(String host, String owner, Instant notBefore) {
        repository.pushNextFetch(host, owner, notBefore);
    }

    @Override
    public void releaseAll(String owner, Instant now) {
        // Ended just before now, as "ran out" reads leased_until < now.
        repository.endAll(owner, now.minusMillis(1));
        instances.touch(owner, now.minusMillis(1));
    }

    @Override
    public Map<String, Integer> heartbeat(String owner, Instant now, Instant aliveUntil) {
        if (instances.touch(owner, aliveUntil) == 0) {
            try {
                instances.save(new InstanceRow(owner, aliveUntil));
            } catch (DataAccessException e) {
                instances.touch(owner, aliveUntil); // a restart of the same instance raced its old self
            }
        }
        Map<String, Integer> load = new HashMap<>();
        for (InstanceRow instance : instances.findByAliveUntilGreaterThanEquals(now)) {
            load.put(instance.id(),
                    (int) repository.countByHolderAndLeasedUntilGreaterThanEquals(instance.id(), now));
        }
        load.putIfAbsent(owner, (int) repository.countByHolderAndLeasedUntilGreaterThanEquals(owner, now));
        return load;
    }
}
