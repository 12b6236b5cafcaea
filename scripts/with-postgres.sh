#!/usr/bin/env bash
# Runs a command beside a private, throw-away PostgreSQL: a fresh cluster in a temporary folder,
# listening on loopback at a free port, with TEST_DATABASE_URL pointing at it. The cluster is stopped
# and its folder removed when the command ends, however it ends. Fails loudly when PostgreSQL is
# missing and cannot be installed, or does not start.
#
#   scripts/with-postgres.sh npm test
#   scripts/with-postgres.sh npx mocha test/store
set -euo pipefail

if [ "$#" -eq 0 ]; then
  echo "usage: $0 COMMAND [ARGS…]" >&2
  exit 2
fi

# How long to wait for the server to accept connections: a fresh cluster answers in about two
# seconds on this 2-core machine; thirty leaves room for a loaded CI runner.
READY_TIMEOUT_SECONDS=30

fail() {
  echo "with-postgres: $*" >&2
  exit 1
}

# Debian installs the server binaries under /usr/lib/postgresql/VERSION/bin, off PATH; the newest wins.
find_bindir() {
  if [ -n "${PG_BINDIR:-}" ]; then
    echo "$PG_BINDIR"
    return
  fi
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  if [ -n "$dir" ] && [ -x "$dir/initdb" ]; then
    echo "$dir"
  elif command -v initdb >/dev/null 2>&1; then
    dirname "$(command -v initdb)"
  fi
}

bindir=$(find_bindir)
if [ -z "$bindir" ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "with-postgres: PostgreSQL is not installed; installing Debian's postgresql package" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq postgresql >/dev/null
    bindir=$(find_bindir)
  fi
  [ -n "$bindir" ] || fail "PostgreSQL (initdb, pg_ctl) not found; install Debian's postgresql package (apt-get install postgresql) or set PG_BINDIR"
fi

# initdb and postgres refuse to run as root: as root, the cluster belongs to the postgres user.
run_pg() {
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || fail "running as root, but there is no postgres user to own the cluster"
    if command -v runuser >/dev/null 2>&1; then
      runuser -u postgres -- "$@"
    else
      su -s /bin/sh postgres -c "$(printf '%q ' "$@")"
    fi
  else
    "$@"
  fi
}

free_port() {
  node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}

dir=$(mktemp -d "${TMPDIR:-/tmp}/with-postgres.XXXXXX")
data="$dir/data"
started=0
cleanup() {
  if [ "$started" -eq 1 ]; then
    run_pg "$bindir/pg_ctl" -D "$data" -m fast -w stop >/dev/null 2>&1 || echo "with-postgres: pg_ctl stop failed" >&2
  fi
  rm -rf "$dir"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
if [ "$(id -u)" -eq 0 ]; then chown postgres: "$dir"; fi

run_pg "$bindir/initdb" -D "$data" -A trust -U postgres -E UTF8 --locale=C >"$dir/initdb.log" 2>&1 ||
  { cat "$dir/initdb.log" >&2; fail "initdb failed"; }

port=$(free_port)
started=1
if ! run_pg "$bindir/pg_ctl" -D "$data" -l "$dir/log" -o "-p $port -k $dir -c listen_addresses=127.0.0.1" start >/dev/null; then
  cat "$dir/log" >&2 || true
  fail "PostgreSQL did not start"
fi

deadline=$((SECONDS + READY_TIMEOUT_SECONDS))
until "$bindir/pg_isready" -q -h 127.0.0.1 -p "$port"; do
  if [ "$SECONDS" -ge "$deadline" ]; then
    cat "$dir/log" >&2 || true
    fail "PostgreSQL did not accept connections on 127.0.0.1:$port within ${READY_TIMEOUT_SECONDS}s"
  fi
  sleep 0.2
done

export TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$port/postgres"
echo "with-postgres: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port" >&2

set +e
"$@"
status=$?
set -e
exit "$status"
