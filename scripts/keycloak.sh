# Keycloak for local runs and end-to-end tests: the official distribution from Maven Central, started
# in dev mode with the project's realm (keycloak/zongshu-realm.json). Source it after lib.sh.
# shellcheck shell=bash

KEYCLOAK_VERSION=26.7.3
KEYCLOAK_HOME="$ROOT/.tools/keycloak-$KEYCLOAK_VERSION"
KEYCLOAK_PORT="${ZONGSHU_KEYCLOAK_PORT:-8180}"
KEYCLOAK_MANAGEMENT_PORT="${ZONGSHU_KEYCLOAK_MANAGEMENT_PORT:-9180}"
KEYCLOAK_URL="http://localhost:$KEYCLOAK_PORT"

# A JDK 21+ for Keycloak (the backend itself needs only 17): KEYCLOAK_JAVA_HOME, JAVA_HOME, or /usr/lib/jvm.
keycloak_java_home() {
  local candidate v
  for candidate in "${KEYCLOAK_JAVA_HOME:-}" "${JAVA_HOME:-}" /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] || continue
    v=$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ {print $2}')
    if [ "${v%%.*}" -ge 21 ] 2>/dev/null; then echo "$candidate"; return 0; fi
  done
  die "Keycloak $KEYCLOAK_VERSION needs Java 21 or newer. Install a JDK 21+ (for example Temurin 21 or 25)
       and set KEYCLOAK_JAVA_HOME to its folder (the one holding bin/java)."
}

# Downloads (once; Maven caches it in ~/.m2) and unpacks the Keycloak distribution into .tools/.
ensure_keycloak() {
  [ -x "$KEYCLOAK_HOME/bin/kc.sh" ] && return 0
  step "Unpacking Keycloak $KEYCLOAK_VERSION into .tools/ (fetched from Maven Central into ~/.m2 once, 177 MB)"
  command -v unzip >/dev/null || apt_install unzip
  mkdir -p "$ROOT/.tools"
  (cd "$ROOT/backend" && ./mvnw -B -ntp -q dependency:copy \
      -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" -DoutputDirectory="$ROOT/.tools") \
    || die "could not fetch Keycloak"
  unzip -q -o "$ROOT/.tools/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip" -d "$ROOT/.tools"
  rm -f "$ROOT/.tools/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip"
}

# Starts Keycloak in the background with a fresh import of the realm file; sets KEYCLOAK_PID.
# Its data is demo data: every start begins again from the realm file.
start_keycloak() {
  ensure_keycloak
  local jdk
  jdk=$(keycloak_java_home)
  mkdir -p "$ROOT/.tools"
  rm -rf "$KEYCLOAK_HOME/data"
  mkdir -p "$KEYCLOAK_HOME/data/import"
  cp "$ROOT/keycloak/zongshu-realm.json" "$KEYCLOAK_HOME/data/import/"
  step "Starting Keycloak on $KEYCLOAK_URL (Java at $jdk; log in .tools/keycloak.log)"
  JAVA_HOME="$jdk" KC_BOOTSTRAP_ADMIN_USERNAME="${ZONGSHU_KEYCLOAK_ADMIN:-kcadmin}" \
    KC_BOOTSTRAP_ADMIN_PASSWORD="${ZONGSHU_KEYCLOAK_ADMIN_PASSWORD:-kcadmin-demo}" \
    "$KEYCLOAK_HOME/bin/kc.sh" start-dev --http-host=127.0.0.1 --http-port="$KEYCLOAK_PORT" \
      --hostname="$KEYCLOAK_URL" --http-management-port="$KEYCLOAK_MANAGEMENT_PORT" \
      --health-enabled=true --import-realm --cache=local > "$ROOT/.tools/keycloak.log" 2>&1 &
  KEYCLOAK_PID=$!
}

# Waits for Keycloak's realm to be served, saying how long it has waited every 10 s.
wait_for_keycloak() {
  local waited=0 limit="${1:-240}"
  until curl -fsS -o /dev/null "$KEYCLOAK_URL/realms/zongshu/.well-known/openid-configuration" 2>/dev/null; do
    kill -0 "$KEYCLOAK_PID" 2>/dev/null || { tail -20 "$ROOT/.tools/keycloak.log"; die "Keycloak stopped"; }
    sleep 2; waited=$((waited + 2))
    [ $((waited % 10)) -eq 0 ] && info "Keycloak is starting… ${waited}s"
    [ "$waited" -ge "$limit" ] && { tail -20 "$ROOT/.tools/keycloak.log"; die "Keycloak did not start in ${limit}s"; }
  done
  info "Keycloak is ready: $KEYCLOAK_URL (realm zongshu)"
}

stop_keycloak() {
  [ -n "${KEYCLOAK_PID:-}" ] || return 0
  kill "$KEYCLOAK_PID" 2>/dev/null || true
  wait "$KEYCLOAK_PID" 2>/dev/null || true # its exit status is the signal's: not a failure of the caller
  KEYCLOAK_PID=
}
