#!/bin/bash
# The primary's first start (docker-entrypoint-initdb.d): a role the replica streams with, allowed to
# connect for replication from the compose network.
set -euo pipefail
psql -v ON_ERROR_STOP=1 -v pw="$REPLICATION_PASSWORD" --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" <<'SQL'
CREATE ROLE replicator WITH REPLICATION LOGIN PASSWORD :'pw';
SQL
echo "host replication replicator all scram-sha-256" >> "$PGDATA/pg_hba.conf"
