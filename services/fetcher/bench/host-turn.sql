-- One fetch's statements on host_lease, as JdbcHostLeases issues them (HostLeaseRepository): the turn before the
-- request, then the next allowed time after the response. 1,000 hosts held by instance 'a'.
\set h random(1, 1000)
UPDATE host_lease SET leased_until = now() + interval '60 seconds', next_fetch_at = now() - interval '1 second' WHERE host = 'host' || :h || '.example' AND holder = 'a' AND (next_fetch_at IS NULL OR next_fetch_at <= now());
UPDATE host_lease SET next_fetch_at = now() - interval '1 second' WHERE host = 'host' || :h || '.example' AND holder = 'a' AND (next_fetch_at IS NULL OR next_fetch_at < now());
