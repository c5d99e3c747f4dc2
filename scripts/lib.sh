# Shared helpers for scripts/run, scripts/test and the benchmarks. Source it; don't run it.
# shellcheck shell=bash

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }
info() { printf '    %s\n' "$*"; }
die() { printf '\033[31merror:\033[0m %s\n' "$*" >&2; exit 1; }

# Runs a command as root: directly when we are root, through sudo otherwise.
as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"
  elif command -v sudo >/dev/null; then sudo "$@"
  else die "need root for: $* (run as root or install sudo)"; fi
}

# Installs Debian packages that are missing.
apt_install() {
  local missing=()
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  step "Installing Debian packages: ${missing[*]}"
  as_root apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# Java 17 or newer for the backend and Maven.
require_java() {
  command -v java >/dev/null || die "Java 17+ is needed: apt-get install openjdk-17-jdk-headless (or set JAVA_HOME)"
  local v
  v=$(java -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ {print $2}')
  [ "${v%%.*}" -ge 17 ] 2>/dev/null || die "Java 17+ is needed, found $v"
}

# Node.js 20.19+ (the checks' tools need it; Debian 12's own nodejs is 18).
require_node() {
  command -v node >/dev/null && command -v npm >/dev/null \
    || die "Node.js 20.19+ and npm are needed (Debian 12's nodejs package is too old: use a Node.js 20 or 22 build)"
  local v
  v=$(node -p 'process.versions.node')
  node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a==20&&b>=19)?0:1)' \
    || die "Node.js 20.19+ is needed, found $v"
}

require_curl() {
  command -v curl >/dev/null || apt_install curl
}

# Builds the backend for a database engine (h2 or postgresql) unless an up-to-date build exists.
build_backend() {
  local kind="$1" stamp="$ROOT/backend/target/zongshu-build-$1.stamp"
  if [ -f "$stamp" ] && [ -f "$ROOT/backend/target/quarkus-app/quarkus-run.jar" ] \
     && [ -z "$(find "$ROOT/backend/src/main" "$ROOT/backend/pom.xml" -newer "$stamp" -print -quit)" ] \
     && [ "$(cat "$ROOT/backend/target/zongshu-build-kind" 2>/dev/null)" = "$kind" ]; then
    info "backend build is up to date ($kind)"
    return 0
  fi
  step "Building the backend for $kind (the first build also downloads its Maven dependencies)"
  (cd "$ROOT/backend" && ./mvnw -B -ntp package -DskipTests -Dzongshu.db-kind="$kind") \
    || die "backend build failed"
  rm -f "$ROOT"/backend/target/zongshu-build-*.stamp
  echo "$kind" > "$ROOT/backend/target/zongshu-build-kind"
  touch "$stamp"
}

# Starts the packaged backend on 127.0.0.1:$1 in the background, appending its output to $2; the words
# after are java options. The caller's ZONGSHU_* and QUARKUS_* variables configure it (database, Keycloak,
# …). Its management interface (/q/metrics) listens on $1 + 1000 unless ZONGSHU_MANAGEMENT_PORT is set, so
# that several backends can run side by side. Sets BACKEND_PID.
start_backend() {
  local port="$1" log="$2"
  shift 2
  # shellcheck disable=SC2046 # the default options are several words
  MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}" ZONGSHU_PORT="$port" ZONGSHU_HOST="${ZONGSHU_HOST:-127.0.0.1}" \
    ZONGSHU_MANAGEMENT_PORT="${ZONGSHU_MANAGEMENT_PORT:-$((port + 1000))}" \
    java $(backend_java_opts) "$@" -jar "$ROOT/backend/target/quarkus-app/quarkus-run.jar" >> "$log" 2>&1 &
  BACKEND_PID=$!
}

# The backend's JVM options: ZONGSHU_JAVA_OPTS, or a bounded heap (the read cache holds at most 64 MiB of it)
# so that the process stays well under 400 MB resident (with glibc's malloc arenas limited too, MALLOC_ARENA_MAX).
# Options given after these win.
backend_java_opts() {
  echo "${ZONGSHU_JAVA_OPTS:--Xmx192m -Xss512k -XX:MaxDirectMemorySize=48m -XX:ReservedCodeCacheSize=64m -XX:+UseSerialGC}"
}

# Waits until URL answers 2xx; gives up after $2 seconds.
wait_for() {
  local url="$1" limit="${2:-120}" waited=0
  until curl -fsS -o /dev/null "$url" 2>/dev/null; do
    sleep 2; waited=$((waited + 2))
    [ "$waited" -ge "$limit" ] && return 1
  done
  return 0
}

# A local PostgreSQL with role zongshu and database $1; installs and starts the Debian server when needed.
# Exports PG_PORT.
ensure_postgres() {
  local db="$1"
  command -v pg_ctlcluster >/dev/null || apt_install postgresql
  local version
  version=$(ls /etc/postgresql 2>/dev/null | sort -V | tail -1)
  [ -n "$version" ] || die "PostgreSQL is installed but has no cluster in /etc/postgresql"
  PG_PORT=$(pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" {print $3}')
  [ -n "$PG_PORT" ] || die "No PostgreSQL cluster $version/main"
  if ! pg_isready -q -h 127.0.0.1 -p "$PG_PORT"; then
    info "starting PostgreSQL $version on port $PG_PORT"
    as_root pg_ctlcluster "$version" main start || true
    local i
    for i in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p "$PG_PORT" && break; sleep 1; done
    pg_isready -q -h 127.0.0.1 -p "$PG_PORT" || die "PostgreSQL did not become ready on port $PG_PORT"
  fi
  local psql=(as_root su postgres -c)
  "${psql[@]}" "psql -p $PG_PORT -tAc \"SELECT 1 FROM pg_roles WHERE rolname = 'zongshu'\"" | grep -q 1 \
    || "${psql[@]}" "psql -p $PG_PORT -qc \"CREATE ROLE zongshu LOGIN PASSWORD 'zongshu'\""
  "${psql[@]}" "psql -p $PG_PORT -tAc \"SELECT 1 FROM pg_database WHERE datname = '$db'\"" | grep -q 1 \
    || "${psql[@]}" "psql -p $PG_PORT -qc \"CREATE DATABASE $db OWNER zongshu ENCODING 'UTF8' TEMPLATE template0 LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'\""
  export PG_PORT
}
