#!/usr/bin/env bash
# The production configuration's services, for the integration tests: a private PostgreSQL
# cluster, a pair of external ActiveMQ Artemis brokers (from the distribution on Maven
# Central), a primary and its replicating backup (docs/deployment.md, "The broker pair"), and
# S3Proxy (from Maven Central), a real S3-API server over a directory, as the servers' shared
# archive store (docs/deployment.md, "The archive store"), all kept under the build's target
# directory and bound to the loopback interface.
#
#   services.sh start <work-dir> <pg-port> <broker-port> <artemis-home> <backup-broker-port> <s3-port> <s3proxy-jar>
#   services.sh stop  <work-dir> [<wlp-dir> <liberty-server>...]   (stops those Liberty servers first)
#
# Each broker's JVM writes its process id to <work-dir>/broker/data/artemis.pid (primary) and
# <work-dir>/broker-backup/data/artemis.pid (backup): BrokerFailoverIT kills the primary by it.
#
# PostgreSQL comes from the machine (Debian package "postgresql"; .ci/run installs it) or from
# $PG_BIN. It refuses to run as root, so as root it runs as the "postgres" user the package creates.
set -euo pipefail

readonly DB_PASSWORD="lienthong-it-only"     # throwaway, for this test cluster only
readonly BROKER_PASSWORD="lienthong-it-only" # throwaway, for this test broker only
readonly CLUSTER_PASSWORD="lienthong-it-cluster" # throwaway: the pair's replication link
# Throwaway keys of the test object store; ear/pom.xml gives the same to the servers.
readonly S3_ACCESS_KEY="lienthong-it"
readonly S3_SECRET_KEY="lienthong-it-only"
readonly S3_BUCKET="lienthong-archive"

pg_bin() {
  if [ -n "${PG_BIN:-}" ]; then echo "$PG_BIN"; return; fi
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

wait_for_port() {
  local port=$1 what=$2
  for _ in $(seq 1 300); do
    (echo > "/dev/tcp/127.0.0.1/$port") 2>/dev/null && return 0
    sleep 0.2
  done
  echo "$what did not open port $port within 60 s" >&2
  return 1
}

start() {
  local work=$1 pg_port=$2 broker_port=$3 artemis_home=$4 backup_port=$5 s3_port=$6 s3proxy_jar=$7
  local bin; bin=$(pg_bin)
  if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    echo "PostgreSQL server binaries not found: install Debian's package (apt-get install postgresql; .ci/run does it) or set PG_BIN." >&2
    exit 1
  fi
  stop "$work"
  mkdir -p "$work"
  rm -rf "$work/pgdata" "$work/broker" "$work/broker-backup" "$work/s3"
  mkdir -p "$work/pg"
  printf '%s\n' "$DB_PASSWORD" > "$work/pg/pwfile"
  if [ "$(id -u)" = 0 ]; then
    id postgres > /dev/null 2>&1 || { echo "user postgres is missing (install the postgresql package)" >&2; exit 1; }
    chown -R postgres "$work/pg"
    install -d -o postgres "$work/pgdata"
  fi
  as_postgres "$bin/initdb" -D "$work/pgdata" -U postgres --auth=scram-sha-256 --pwfile="$work/pg/pwfile" \
      -E UTF8 --locale=C > "$work/pg/initdb.log"
  # fsync stays on: the crash test must meet a database that keeps its promises. No
  # max_prepared_transactions: the hub commits one resource at a time (docs/reliability.md), and a
  # prepared transaction appearing would be an error.
  cat >> "$work/pgdata/postgresql.conf" <<CONF
port = $pg_port
listen_addresses = '127.0.0.1'
unix_socket_directories = '$work/pg'
max_connections = 200
CONF
  as_postgres "$bin/pg_ctl" -D "$work/pgdata" -l "$work/pg/postgres.log" -w start > /dev/null
  PGPASSWORD=$DB_PASSWORD "$bin/psql" -q -h 127.0.0.1 -p "$pg_port" -U postgres -d postgres \
      -c "CREATE ROLE lienthong LOGIN PASSWORD '$DB_PASSWORD'" \
      -c "CREATE DATABASE lienthong OWNER lienthong"
  echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') listening on 127.0.0.1:$pg_port"

  create_broker "$artemis_home" "$work/broker" primary "$broker_port" "$backup_port"
  create_broker "$artemis_home" "$work/broker-backup" backup "$backup_port" "$broker_port"
  broker_start "$work" "$broker_port"
  echo "ActiveMQ Artemis pair on 127.0.0.1: primary :$broker_port (active), backup :$backup_port (replicating)"

  s3_start "$work" "$s3_port" "$s3proxy_jar"
  echo "S3Proxy on 127.0.0.1:$s3_port, bucket $S3_BUCKET (signatures enforced)"
}

# S3Proxy over a directory (its filesystem store: one directory per bucket, one file per object),
# refusing every request not signed with the test keys (aws-v2-or-v4), as a real store refuses it.
s3_start() {
  local work=$1 port=$2 jar=$3
  # Another server already on the port would answer in S3Proxy's place (with other keys): refuse.
  if port_open "$port"; then
    echo "something already listens on 127.0.0.1:$port; S3Proxy needs that port (prod.s3.port)" >&2
    return 1
  fi
  mkdir -p "$work/s3/blobs/$S3_BUCKET"
  cat > "$work/s3/s3proxy.properties" <<PROPS
s3proxy.endpoint=http://127.0.0.1:$port
s3proxy.authorization=aws-v2-or-v4
s3proxy.identity=$S3_ACCESS_KEY
s3proxy.credential=$S3_SECRET_KEY
jclouds.provider=filesystem
jclouds.filesystem.basedir=$work/s3/blobs
PROPS
  nohup "${JAVA_HOME:+$JAVA_HOME/bin/}java" -Xmx128m -jar "$jar" --properties "$work/s3/s3proxy.properties" > "$work/s3/s3proxy.log" 2>&1 &
  echo $! > "$work/s3/s3proxy.pid"
  wait_for_port "$port" "S3Proxy"
}

# One broker of the pair, made as docs/deployment.md tells an operator: artemis create with
# --replicated (ha-policy replication) and a static cluster connection to the other broker over
# loopback, then the hub's address settings and the fail-back settings.
create_broker() {
  local artemis_home=$1 dir=$2 role=$3 port=$4 other_port=$5
  local backup_flag=""
  [ "$role" = backup ] && backup_flag="--backup"
  "$artemis_home/bin/artemis" create "$dir" --name "lienthong-$role" $backup_flag --replicated \
      --staticCluster "tcp://127.0.0.1:$other_port" --cluster-user lienthong-cluster --cluster-password "$CLUSTER_PASSWORD" \
      --user lienthong --password "$BROKER_PASSWORD" \
      --require-login --no-web --silent --force --nio --no-autotune --host 127.0.0.1 \
      --default-port "$port" --no-amqp-acceptor --no-mqtt-acceptor --no-stomp-acceptor \
      --no-hornetq-acceptor --queues lienthong.delivery:anycast,lienthong.dead-letter:anycast \
      > "$dir-create.log"
  # The address settings docs/deployment.md asks of an external broker.
  sed -i 's#<address-setting match="\#">#<address-setting match="lienthong.\#">\n            <dead-letter-address>lienthong.dead-letter</dead-letter-address>\n            <max-delivery-attempts>10</max-delivery-attempts>\n            <redelivery-delay>1000</redelivery-delay>\n            <redelivery-delay-multiplier>2.0</redelivery-delay-multiplier>\n            <max-redelivery-delay>60000</max-redelivery-delay>\n         </address-setting>\n         <address-setting match="\#">#' \
      "$dir/etc/broker.xml"
  # Fail-back: a restarted primary first looks for an active broker of its pair and takes its
  # data from it; the backup then hands the work back and becomes the backup again.
  sed -i 's#</vote-on-replication-failure>#</vote-on-replication-failure>\n               <check-for-active-server>true</check-for-active-server>#' "$dir/etc/broker.xml"
  sed -i 's#<backup/>#<backup>\n               <allow-failback>true</allow-failback>\n            </backup>#' "$dir/etc/broker.xml"
  # Two more JVMs beside PostgreSQL and three Liberty servers on a small machine.
  sed -i 's#-Xms512M -Xmx2G#-Xms128M -Xmx512M#' "$dir/etc/artemis.profile"
}

# Lines of a broker's log that say its backup is in step with the active broker.
synchronized_count() {
  local n; n=$(grep -c "AMQ221024" "$1/broker-backup/log/artemis.log" 2>/dev/null)
  echo "${n:-0}"
}

wait_for_synchronized() {
  local work=$1 before=$2
  # Minutes, not seconds, after a long run: a primary coming back copies the whole journal from the
  # active backup, which then restarts as the backup and copies it again (10,000 documents: ~2 min
  # on a busy 2-core machine).
  for _ in $(seq 1 1500); do
    [ "$(synchronized_count "$work")" -gt "$before" ] && return 0
    # On fail-back the backup restarts as the backup inside its JVM; it can lose the race for its
    # own data directory's lock to the instance it is replacing ("AMQ222232: Unable to acquire
    # lock") and stop. An operator starts it again; so does this drill.
    service_running "$work/broker-backup" || "$work/broker-backup/bin/artemis-service" start > /dev/null
    sleep 0.2
  done
  echo "the backup broker did not synchronize with the primary within 300 s" >&2
  return 1
}

stop() {
  local work=$1; shift
  if [ $# -ge 2 ]; then
    local wlp=$1; shift
    for server in "$@"; do
      [ -d "$wlp/usr/servers/$server" ] && "$wlp/bin/server" stop "$server" > /dev/null 2>&1 || true
    done
  fi
  # The backup first, so that stopping the primary does not make it take over.
  for broker in broker-backup broker; do
    if [ -x "$work/$broker/bin/artemis-service" ]; then
      "$work/$broker/bin/artemis-service" stop > /dev/null 2>&1 || true
    fi
  done
  s3_stop "$work"
  if [ -f "$work/pgdata/postmaster.pid" ]; then
    local bin; bin=$(pg_bin)
    as_postgres "$bin/pg_ctl" -D "$work/pgdata" -m fast -w stop > /dev/null 2>&1 || true
  fi
}

# Outage drills for the integration tests: stop or start one service of a running set. The broker
# is the pair: "broker-stop" stops both (backup first: no failover, no broker at all), and
# "broker-start" starts whichever is missing, the primary first, and returns once the primary is
# active and the backup in step with it. After a failover (the primary killed, the backup active)
# it restarts the primary, which takes the data back from the backup (fail-back).
# "s3-stop <work>" and "s3-start <work> <s3-port> <s3proxy-jar>" stop and start the object store,
# keeping its objects (RetentionIT: a retention run meeting an archive store that is away).
broker_stop() {
  "$1/broker-backup/bin/artemis-service" stop > /dev/null
  "$1/broker/bin/artemis-service" stop > /dev/null
}
port_open() { (echo > "/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
service_running() { "$1/bin/artemis-service" status > /dev/null 2>&1; }
broker_start() {
  local work=$1 port=$2
  port_open "$port" && service_running "$work/broker-backup" && return 0
  local before; before=$(synchronized_count "$work")
  service_running "$work/broker" || "$work/broker/bin/artemis-service" start > /dev/null
  service_running "$work/broker-backup" || "$work/broker-backup/bin/artemis-service" start > /dev/null
  wait_for_port "$port" "Artemis (primary)"
  wait_for_synchronized "$work" "$before"
}
s3_stop() {
  local work=$1
  if [ -f "$work/s3/s3proxy.pid" ]; then
    local pid; pid=$(cat "$work/s3/s3proxy.pid")
    kill "$pid" > /dev/null 2>&1 || true
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    rm -f "$work/s3/s3proxy.pid"
  fi
}
db_stop() { local bin; bin=$(pg_bin); as_postgres "$bin/pg_ctl" -D "$1/pgdata" -m fast -w stop > /dev/null; }
db_start() {
  port_open "$2" && return 0
  local bin; bin=$(pg_bin)
  as_postgres "$bin/pg_ctl" -D "$1/pgdata" -l "$1/pg/postgres.log" -w start > /dev/null
  wait_for_port "$2" "PostgreSQL"
}

case "${1:-}" in
  start) shift; start "$@" ;;
  broker-stop) shift; broker_stop "$@" ;;
  broker-start) shift; broker_start "$@" ;;
  s3-stop) shift; s3_stop "$@" ;;
  s3-start) shift; s3_start "$@" ;;
  db-stop) shift; db_stop "$@" ;;
  db-start) shift; db_start "$@" ;;
  stop) shift; stop "$@" ;;
  *) echo "usage: $0 start <work> <pg-port> <broker-port> <artemis-home> <backup-broker-port> <s3-port> <s3proxy-jar> | stop <work> [<wlp> <server>...]" >&2; exit 2 ;;
esac
