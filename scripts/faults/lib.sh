# The stack the fault scripts run against: the packaged backend on PostgreSQL (a database of its own,
# emptied and reloaded from the dataset each run) and Keycloak (one already running on its port is used,
# otherwise one is started and stopped at the end). Source it after ../lib.sh and ../keycloak.sh.
# Settings: FAULTS_DB (default zongshu_faults), FAULTS_PORT (default 8090), ZONGSHU_KEYCLOAK_PORT,
# FAULTS_JAVA_OPTS (the backend's JVM options).
# shellcheck shell=bash

# Starts everything; sets FAULTS_API, FAULTS_LOG, FAULTS_PG_URL and FAULTS_BACKEND (the backend's pid).
start_faults_stack() {
  require_java
  require_node
  require_curl
  command -v psql >/dev/null || apt_install postgresql-client
  local db="${FAULTS_DB:-zongshu_faults}" port="${FAULTS_PORT:-8090}"
  ensure_postgres "$db"
  # FAULTS_USE_BUILT=1: the caller has just packaged the backend for PostgreSQL (scripts/test does).
  [ -n "${FAULTS_USE_BUILT:-}" ] || build_backend postgresql
  trap 'set +e; [ -n "${FAULTS_BACKEND:-}" ] && kill "$FAULTS_BACKEND" 2>/dev/null && wait "$FAULTS_BACKEND"; stop_keycloak' EXIT
  if curl -fsS -o /dev/null "$KEYCLOAK_URL/realms/zongshu/.well-known/openid-configuration" 2>/dev/null; then
    info "using the Keycloak already running at $KEYCLOAK_URL"
  else
    start_keycloak
  fi
  step "Starting the backend on port $port (PostgreSQL database $db, emptied first)"
  mkdir -p "$ROOT/.tools"
  FAULTS_LOG="$ROOT/.tools/faults-backend.log"
  FAULTS_PG_URL="postgresql://127.0.0.1:$PG_PORT/$db"
  FAULTS_API="http://127.0.0.1:$port"
  : > "$FAULTS_LOG"
  # shellcheck disable=SC2086 # FAULTS_JAVA_OPTS holds several options
  QUARKUS_FLYWAY_CLEAN_DISABLED=false QUARKUS_FLYWAY_CLEAN_AT_START=true ZONGSHU_OIDC_URL="$KEYCLOAK_URL/realms/zongshu" \
    ZONGSHU_DB_URL="jdbc:$FAULTS_PG_URL" ZONGSHU_DB_USER=zongshu ZONGSHU_DB_PASSWORD=zongshu \
    start_backend "$port" "$FAULTS_LOG" ${FAULTS_JAVA_OPTS:-}
  FAULTS_BACKEND=$BACKEND_PID
  if [ -n "${KEYCLOAK_PID:-}" ]; then wait_for_keycloak; fi
  wait_for "$FAULTS_API/q/health/ready" 120 || { tail -30 "$FAULTS_LOG"; die "the backend did not start"; }
}
