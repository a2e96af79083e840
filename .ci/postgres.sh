# Sourced by .ci/run: a private PostgreSQL cluster on 127.0.0.1 for the PostgreSQL test runs.
#   postgres_start  installs PostgreSQL from Debian packages when missing, initialises a cluster in a temporary
#                   directory (UTF8, C collation), starts it on a free port, creates the role `roster` (may create
#                   databases) and exports ROSTER_TEST_POSTGRES. Does nothing when ROSTER_TEST_POSTGRES is set.
#   postgres_stop   stops that cluster and deletes its directory (only a cluster postgres_start started).

postgres_bin() {
  local dir
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ] && { echo "$dir"; return 0; }
  done
  return 1
}

postgres_port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

postgres_as_owner() {
  # initdb and postgres refuse to run as root: run them as the `postgres` account the Debian package creates.
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

postgres_start() {
  if [ -n "${ROSTER_TEST_POSTGRES:-}" ]; then
    echo "PostgreSQL: using ROSTER_TEST_POSTGRES from the environment"
    return 0
  fi
  local bin
  if ! bin=$(postgres_bin); then
    echo "PostgreSQL: installing the Debian package"
    [ "$(id -u)" = 0 ] || { echo "PostgreSQL is not installed and this is not root: apt-get install postgresql"; return 1; }
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    bin=$(postgres_bin) || { echo "PostgreSQL: no initdb after installing"; return 1; }
  fi
  POSTGRES_DIR=$(mktemp -d /tmp/roster-pg.XXXXXX)
  [ "$(id -u)" = 0 ] && chown postgres: "$POSTGRES_DIR"
  local port=5432
  while ! postgres_port_free "$port"; do port=$((port + 1)); done
  postgres_as_owner "$bin/initdb" -D "$POSTGRES_DIR/data" -U postgres --auth=trust --encoding=UTF8 --no-locale >/dev/null
  # fsync off: a throwaway test cluster; durability is not what these tests check. Autovacuum off: its workers
  # are sessions the test role cannot end, so DROP DATABASE ... WITH (FORCE) of a test database could fail.
  postgres_as_owner "$bin/pg_ctl" -D "$POSTGRES_DIR/data" -l "$POSTGRES_DIR/log" -w -t 60 \
    -o "-p $port -k $POSTGRES_DIR -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off -c autovacuum=off" start >/dev/null
  POSTGRES_BIN=$bin
  "$bin/psql" -q -h 127.0.0.1 -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 \
    -c "CREATE ROLE roster LOGIN CREATEDB PASSWORD 'roster'" >/dev/null
  export ROSTER_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=roster;Password=roster;Database=postgres"
  echo "PostgreSQL: $("$bin/postgres" --version) on 127.0.0.1:$port ($POSTGRES_DIR)"
}

postgres_stop() {
  [ -n "${POSTGRES_DIR:-}" ] || return 0
  postgres_as_owner "$POSTGRES_BIN/pg_ctl" -D "$POSTGRES_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$POSTGRES_DIR"
  POSTGRES_DIR=
}
