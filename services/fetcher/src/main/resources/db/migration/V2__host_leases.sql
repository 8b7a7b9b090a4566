-- A fleet of fetchers sharing this ledger: one lease per host, held by one instance at a time, with the host's
-- next allowed request time, so that the fleet asks a host no more often than its crawl-delay allows.
-- Written for PostgreSQL (15 and later: regexp_substr); H2 runs it in MODE=PostgreSQL.
CREATE TABLE host_lease (
    host          VARCHAR(255) NOT NULL PRIMARY KEY,    -- lower-case host name, as Crawler.hostOf
    holder        VARCHAR(255) NOT NULL,                -- fetcher instance id (fetcher.instance-id)
    leased_until  TIMESTAMP WITH TIME ZONE NOT NULL,    -- the holder's lease runs out then; anyone may take it after
    next_fetch_at TIMESTAMP WITH TIME ZONE              -- no request to the host before then, whoever holds it
);

-- Each URL's host, so that the due scan skips hosts another instance holds and a new holder can drop the claims
-- its predecessor left on them.
ALTER TABLE url_ledger ADD COLUMN host VARCHAR(255);
UPDATE url_ledger SET host = LOWER(REGEXP_SUBSTR(url, '^[a-z][a-z0-9+.-]*://([^/:?#]+)', 1, 1, 'i', 1));
CREATE INDEX url_ledger_host ON url_ledger (host);

-- The fetchers alive, each renewing its row at every scan: hosts spread over the instances alive.
CREATE TABLE fetcher_instance (
    id          VARCHAR(255) NOT NULL PRIMARY KEY,      -- fetcher.instance-id
    alive_until TIMESTAMP WITH TIME ZONE NOT NULL       -- counted as alive until then (one host lease ahead)
);
