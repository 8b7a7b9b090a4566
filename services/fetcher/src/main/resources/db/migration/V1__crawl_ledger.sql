-- The crawl ledger: one row per normalised URL, answering "where is my URL and why".
-- Written for PostgreSQL; H2 runs it in MODE=PostgreSQL (the embedded default).
CREATE TABLE url_ledger (
    id                  VARCHAR(64)   NOT NULL PRIMARY KEY, -- SHA-256 hex of the normalised URL (URLs are too long for a btree key)
    url                 TEXT          NOT NULL,             -- the normalised URL as submitted / discovered
    source              VARCHAR(2048) NOT NULL,             -- api, fetch, feed:<url>, sitemap:<url>
    state               VARCHAR(32)   NOT NULL,             -- QUEUED, FETCHED, NOT_MODIFIED, UNCHANGED, DISALLOWED_BY_ROBOTS, ERROR, PUBLISHED
    reason_code         VARCHAR(64),                        -- machine-readable reason of the last state, e.g. unsafe-destination
    reason              TEXT,                               -- the same for a person
    final_url           TEXT,                               -- after redirects
    http_status         INTEGER,
    content_type        VARCHAR(512),
    etag                VARCHAR(1024),
    last_modified       VARCHAR(128),
    content_hash        VARCHAR(64),                        -- SHA-256 hex of the decoded body
    attempts            INTEGER       NOT NULL DEFAULT 0,   -- fetch attempts since the last success
    first_seen_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    last_fetched_at     TIMESTAMP WITH TIME ZONE,
    published_at        TIMESTAMP WITH TIME ZONE,
    published_partition INTEGER,
    published_offset    BIGINT,
    next_fetch_at       TIMESTAMP WITH TIME ZONE,           -- null: nothing scheduled
    leased_until        TIMESTAMP WITH TIME ZONE,           -- taken by a running fetcher until then
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX url_ledger_due ON url_ledger (next_fetch_at);
CREATE INDEX url_ledger_state ON url_ledger (state);

-- Feeds and sitemaps, each polled on a schedule that honours its caching headers.
CREATE TABLE crawl_source (
    id              VARCHAR(64)   NOT NULL PRIMARY KEY,     -- SHA-256 hex of kind + normalised URL
    url             TEXT          NOT NULL,
    kind            VARCHAR(16)   NOT NULL,                 -- FEED, SITEMAP
    etag            VARCHAR(1024),
    last_modified   VARCHAR(128),
    last_status     INTEGER,
    reason          TEXT,                                   -- why the last poll failed, if it did
    items_found     INTEGER       NOT NULL DEFAULT 0,       -- URLs found by the last successful poll
    items_queued    INTEGER       NOT NULL DEFAULT 0,       -- of which new to the ledger
    attempts        INTEGER       NOT NULL DEFAULT 0,       -- failed polls in a row
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    last_polled_at  TIMESTAMP WITH TIME ZONE,
    next_poll_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    leased_until    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX crawl_source_due ON crawl_source (next_poll_at);
