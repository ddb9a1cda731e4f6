#!/bin/bash
# The streaming replica: on its first start a base backup of the primary (`db`) with pg_basebackup, whose
# -R writes standby.signal and primary_conninfo, and a replication slot so the primary keeps the WAL the
# replica still needs; on every start, PostgreSQL as a hot standby.
set -euo pipefail
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  PGPASSWORD="$REPLICATION_PASSWORD" pg_basebackup --host=db --username=replicator \
    --pgdata="$PGDATA" --wal-method=stream --write-recovery-conf \
    --create-slot --slot=filiera_replica --progress
fi
exec postgres -c hot_standby=on
