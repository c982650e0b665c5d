# Sourced by .ci/run: starts a throwaway PostgreSQL cluster on a loopback port for the store tests, exports
# MODERNIZE_TEST_POSTGRES, and stops and deletes the cluster when the calling shell exits (docs/team.md).
# Installs Debian's postgresql when missing and we are root. Without PostgreSQL the PG store tests skip locally
# but fail under CI=true, so a broken install never passes silently.

modernize_pg_port=${MODERNIZE_PG_PORT:-55432}
modernize_pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$modernize_pg_bin" ] && [ "$(id -u)" = "0" ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  modernize_pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
fi

if [ -z "$modernize_pg_bin" ]; then
  echo "postgres: not installed (run as root to install); PostgreSQL store tests will not run" >&2
else
  modernize_pg_dir=$(mktemp -d /tmp/modernize-pg.XXXXXX)
  # initdb refuses to run as root: the cluster belongs to the postgres user (or to us when we are not root).
  modernize_pg_as() { "$@"; }
  if [ "$(id -u)" = "0" ]; then
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
    chown postgres "$modernize_pg_dir"
    modernize_pg_as() { runuser -u postgres -- "$@"; }
  fi
  modernize_pg_stop() {
    modernize_pg_as "$modernize_pg_bin/pg_ctl" -D "$modernize_pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$modernize_pg_dir"
  }
  trap modernize_pg_stop EXIT
  echo modernize >"$modernize_pg_dir/pw"
  chmod 600 "$modernize_pg_dir/pw"
  [ "$(id -u)" = "0" ] && chown postgres "$modernize_pg_dir/pw"
  modernize_pg_as "$modernize_pg_bin/initdb" -D "$modernize_pg_dir/data" -U modernize --pwfile="$modernize_pg_dir/pw" \
    --auth=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$modernize_pg_dir/initdb.log" 2>&1 \
    || { cat "$modernize_pg_dir/initdb.log" >&2; exit 1; }
  # Tests only: durability off makes commits cheap (MODERNIZE_PG_DURABLE=1 keeps it on, for benchmarks);
  # max_connections covers 16 concurrent writer processes plus pools.
  modernize_pg_fast="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  [ "${MODERNIZE_PG_DURABLE:-}" = "1" ] && modernize_pg_fast=""
  modernize_pg_as "$modernize_pg_bin/pg_ctl" -D "$modernize_pg_dir/data" -l "$modernize_pg_dir/server.log" -w start \
    -o "-p $modernize_pg_port -k $modernize_pg_dir -c listen_addresses=127.0.0.1 $modernize_pg_fast -c max_connections=200" >/dev/null \
    || { cat "$modernize_pg_dir/server.log" >&2; exit 1; }
  export MODERNIZE_TEST_POSTGRES="postgres://modernize:modernize@127.0.0.1:$modernize_pg_port/postgres"
  echo "postgres: test cluster on 127.0.0.1:$modernize_pg_port ($modernize_pg_bin)"
fi
