#!/usr/bin/env bash
# What the fleet's host leases cost the ledger database per fetch: a scratch database with the fetcher's own
# migrations, 1,000 leased hosts, then pgbench runs one fetch's two statements (host-turn.sql) N times per client.
# Usage: services/fetcher/bench/host-lease-pgbench.sh [transactions=3000] [clients=1]
# PostgreSQL from PGHOST/PGPORT/PGUSER (default 127.0.0.1, 5432, postgres), as the ledger tests use.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${PGUSER:-postgres}
db=fleet_lease_bench_$$
psql -qc "CREATE DATABASE $db"
trap 'psql -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)"' EXIT
for m in "$here"/../src/main/resources/db/migration/V*.sql; do psql -q -d "$db" -v ON_ERROR_STOP=1 -f "$m"; done
psql -q -d "$db" -c "INSERT INTO host_lease SELECT 'host' || i || '.example', 'a', now() + interval '1 hour', NULL FROM generate_series(1, 1000) i"
pgbench -n -f "$here/host-turn.sql" -t "${1:-3000}" -c "${2:-1}" "$db" 2>&1 | grep -E "clients|processed|latency|tps"
