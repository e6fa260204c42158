#!/usr/bin/env bash
# A private PostgreSQL cluster for the benchmarks (fsync and synchronous_commit left ON), bound to
# the loopback interface, with a database "lienthong" owned by role "lienthong".
#
#   bench/scripts/postgres.sh start <data-dir> <port>     (prints the JDBC URL)
#   bench/scripts/postgres.sh stop  <data-dir>
#
# Server binaries from Debian's "postgresql" package (or $PG_BIN). As root it runs as "postgres".
set -euo pipefail

readonly PASSWORD="lienthong-bench-only"   # throwaway, for this benchmark cluster only

pg_bin() {
  if [ -n "${PG_BIN:-}" ]; then echo "$PG_BIN"; return; fi
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start() {
  local dir=$1 port=$2 bin; bin=$(pg_bin)
  [ -x "$bin/initdb" ] || { echo "PostgreSQL server binaries not found (apt-get install postgresql, or set PG_BIN)" >&2; exit 1; }
  mkdir -p "$dir"
  if [ ! -f "$dir/pgdata/PG_VERSION" ]; then
    mkdir -p "$dir/run"
    printf '%s\n' "$PASSWORD" > "$dir/run/pwfile"
    [ "$(id -u)" = 0 ] && chown -R postgres "$dir/run" && install -d -o postgres "$dir/pgdata"
    as_postgres "$bin/initdb" -D "$dir/pgdata" -U postgres --auth=scram-sha-256 --pwfile="$dir/run/pwfile" -E UTF8 --locale=C > "$dir/run/initdb.log"
    cat >> "$dir/pgdata/postgresql.conf" <<CONF
port = $port
listen_addresses = '127.0.0.1'
unix_socket_directories = '$dir/run'
max_connections = 200
shared_buffers = 512MB
CONF
    as_postgres "$bin/pg_ctl" -D "$dir/pgdata" -l "$dir/run/postgres.log" -w start > /dev/null
    PGPASSWORD=$PASSWORD "$bin/psql" -q -h 127.0.0.1 -p "$port" -U postgres -d postgres \
        -c "CREATE ROLE lienthong LOGIN PASSWORD '$PASSWORD'" -c "CREATE DATABASE lienthong OWNER lienthong"
  else
    as_postgres "$bin/pg_ctl" -D "$dir/pgdata" -l "$dir/run/postgres.log" -w start > /dev/null
  fi
  echo "jdbc:postgresql://127.0.0.1:$port/lienthong (user lienthong, password $PASSWORD)"
}

stop() {
  local dir=$1 bin; bin=$(pg_bin)
  as_postgres "$bin/pg_ctl" -D "$dir/pgdata" -m fast -w stop > /dev/null || true
}

case "${1:-}" in
  start) start "$2" "$3" ;;
  stop) stop "$2" ;;
  *) echo "usage: $0 start <data-dir> <port> | stop <data-dir>" >&2; exit 2 ;;
esac
