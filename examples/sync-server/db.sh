#!/usr/bin/env bash
# A throwaway PostgreSQL for development, tests and CI: Debian's package, a cluster in a temporary
# directory, 127.0.0.1 only, trust auth (nothing outside this machine can reach it).
#   db.sh start        installs postgresql if missing, starts a cluster, prints DATABASE_URL=… and PGDIR=…
#   db.sh stop DIR     stops the cluster started in DIR and deletes it
#   db.sh run CMD…     start, run CMD with DATABASE_URL exported, stop (whatever CMD's outcome)
set -euo pipefail

pg_bin() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  if [[ -z "$dir" || ! -x "$dir/initdb" ]]; then
    # A fresh machine (CI runs as root): Debian's package; its own cluster stays unused.
    if [[ $(id -u) -ne 0 ]]; then echo "db.sh: PostgreSQL is not installed; run as root or: apt-get install postgresql" >&2; exit 1; fi
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
    dir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  fi
  echo "$dir"
}

# initdb refuses root: run the server as the postgres user when we are root.
as_owner() { if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }

free_port() { node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }

start() {
  local bin dir port
  bin=$(pg_bin)
  dir=$(mktemp -d /tmp/sf-pg.XXXXXX)
  chmod 755 "$dir"
  [[ $(id -u) -eq 0 ]] && chown postgres: "$dir"
  as_owner "$bin/initdb" -D "$dir/data" --auth=trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null
  for attempt in 1 2 3; do
    port=$(free_port)
    if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w -t 30 \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300" start >/dev/null; then
      echo "DATABASE_URL=postgres://postgres@127.0.0.1:$port/postgres"
      echo "PGDIR=$dir"
      return 0
    fi
  done
  cat "$dir/log" >&2
  exit 1
}

stop() {
  local dir=${1:?usage: db.sh stop DIR}
  [[ "$dir" == /tmp/sf-pg.* ]] || { echo "db.sh: not a db.sh directory: $dir" >&2; exit 1; }
  as_owner "$(pg_bin)/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:-}" ;;
  run)
    shift
    out=$(start)
    export DATABASE_URL PGDIR
    DATABASE_URL=$(sed -n 's/^DATABASE_URL=//p' <<<"$out")
    PGDIR=$(sed -n 's/^PGDIR=//p' <<<"$out")
    trap 'stop "$PGDIR"' EXIT
    echo "DATABASE_URL=$DATABASE_URL" >&2
    # CMD in its own process group, so a TERM/INT to this script stops all of it (npm → sh → node), and
    # the cluster is stopped after it.
    setsid "$@" &
    child=$!
    trap 'kill -TERM -- "-$child" 2>/dev/null' INT TERM
    status=0
    wait "$child" || status=$?
    wait "$child" 2>/dev/null || true
    exit "$status"
    ;;
  *) echo "usage: db.sh start | stop DIR | run CMD…" >&2; exit 2 ;;
esac
