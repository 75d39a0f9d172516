#!/usr/bin/env bash
# Installs PostgreSQL from Debian if missing, starts a throwaway cluster on 127.0.0.1 (port
# SITREP_PG_PORT, default 55432) and appends SITREP_TEST_PG_URL=... to .ci/test-env, which the
# store conformance tests, the worker tests and the ingest bench read. Safe to run again.
# Run as root (as CI does) on Debian; the cluster belongs to the postgres user and holds test data only.
set -euo pipefail
cd "$(dirname "$0")/.."
port="${SITREP_PG_PORT:-55432}"
name="sitrep_test"
db="sitrep_test"
user="sitrep"
pass="sitrep"

if ! command -v pg_createcluster >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq postgresql >/dev/null
fi
version="$(ls /usr/lib/postgresql | sort -n | tail -1)"

if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$version $name"; then
  pg_createcluster "$version" "$name" -p "$port" >/dev/null
  # Loopback only; fsync off because a crash of this cluster loses only test data, and tests run faster.
  cat > "/etc/postgresql/$version/$name/conf.d/sitrep-test.conf" <<CONF
listen_addresses = '127.0.0.1'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 200
CONF
fi
if ! pg_lsclusters -h | awk -v v="$version" -v n="$name" '$1==v && $2==n {print $4}' | grep -q online; then
  pg_ctlcluster "$version" "$name" start
fi

for _ in $(seq 1 30); do
  su postgres -c "psql -p $port -qAtc 'select 1'" >/dev/null 2>&1 && break
  sleep 0.5
done
su postgres -c "psql -p $port -qAt" <<SQL >/dev/null
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$user') THEN
    CREATE ROLE $user LOGIN PASSWORD '$pass' CREATEDB;
  END IF;
END \$\$;
SQL
if ! su postgres -c "psql -p $port -qAtc \"select 1 from pg_database where datname = '$db'\"" | grep -q 1; then
  su postgres -c "createdb -p $port -O $user $db"
fi

url="postgres://$user:$pass@127.0.0.1:$port/$db"
mkdir -p .ci
touch .ci/test-env
grep -v '^SITREP_TEST_PG_URL=' .ci/test-env > .ci/test-env.tmp || true
mv .ci/test-env.tmp .ci/test-env
echo "SITREP_TEST_PG_URL=$url" >> .ci/test-env
echo "setup-postgres: PostgreSQL $version cluster '$name' on 127.0.0.1:$port; SITREP_TEST_PG_URL=$url"
