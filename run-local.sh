#!/usr/bin/env bash
# Runs the whole system on this machine with nothing but Java 17: a real Kafka broker (KRaft),
# a MongoDB wire-protocol server on an H2 file, the OpenID Connect provider (auth-server), the
# three services and the web console, each its own process.
#
#   ./run-local.sh            build what is missing, start everything, wait until healthy
#   ./run-local.sh --demo     ... then load the Điện Biên demo scenario (safe to repeat)
#   ./run-local.sh --rebuild  rebuild the jars first even if they exist
#
# Data lives in .local-data/ (override with GIAMSAT_DATA_DIR) and survives restarts; logs are in
# .local-data/logs/. Ctrl-C stops every process.
set -euo pipefail

cd "$(dirname "$0")"
ROOT=$(pwd)
DATA_DIR=${GIAMSAT_DATA_DIR:-$ROOT/.local-data}
KAFKA_PORT=${KAFKA_PORT:-9092}
MONGO_PORT=${MONGO_PORT:-27017}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
AUTH_PORT=${AUTH_PORT:-9000}
# The local stack's SMTP server listens on this port and writes each mail to $DATA_DIR/mail.
MAIL_PORT=${MAIL_PORT:-3025}
# name:port; each service's actuator (health, metrics) answers on 127.0.0.1, port + 1000.
SERVICES=(supervision-service:8081 recommendation-service:8082 notification-service:8083)
# The three services' JVM options and start-up settings, the benchmark's too: a JVM argument file.
SERVICE_OPTIONS=$ROOT/ops/jvm/service.options
# The web console; its management port is 9080 on 127.0.0.1, like the services'.
CONSOLE_PORT=8080
# The console's client secret at auth-server: the local profile's public one (never for a deployment).
CONSOLE_SECRET=web-console-secret
DEMO=false
REBUILD=false

for arg in "$@"; do
  case "$arg" in
    --demo) DEMO=true ;;
    --rebuild) REBUILD=true ;;
    -h|--help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "Unknown option: $arg (try --help)" >&2; exit 2 ;;
  esac
done

jar_of() { ls "$ROOT/$1/target/$1"-*-exec.jar 2>/dev/null | head -n 1; }

build_if_missing() {
  local missing=false
  for module in local-stack auth-server supervision-service recommendation-service notification-service web-console; do
    [ -n "$(jar_of "$module")" ] || missing=true
  done
  if $REBUILD || $missing; then
    echo "Building the jars (tests skipped; ./mvnw verify runs them)..."
    ./mvnw -q -B -DskipTests package
  fi
}

# Class data sharing: the module's jar extracted into target/cds/ and a dynamic archive of the
# classes a start loads, made once after each build by a start that exits when its context is
# refreshed (so the broker and the database must be up). Sets START to the java arguments that run
# the module: with the archive, or from its executable jar if the archive could not be made.
class_data() { # module, then the environment of its start
  local module=$1 exec_jar dir jar archive log
  shift
  exec_jar=$(jar_of "$module")
  dir=$ROOT/$module/target/cds
  jar=$dir/$(basename "$exec_jar")
  archive=$dir/$module.jsa
  log=$DATA_DIR/logs/$module-cds.log
  if [ ! -s "$archive" ] || [ "$exec_jar" -nt "$archive" ]; then
    echo "Making $module's class data sharing archive (the first start after a build)..."
    rm -f "$archive"
    if "$JAVA" -Djarmode=tools -jar "$exec_jar" extract --force --destination "$dir" >"$log" 2>&1 &&
      env "$@" SERVER_PORT=0 MANAGEMENT_SERVER_PORT=0 "$JAVA" @"$SERVICE_OPTIONS" \
        -XX:ArchiveClassesAtExit="$archive.$$" -Dspring.context.exit=onRefresh -jar "$jar" >>"$log" 2>&1 &&
      [ -s "$archive.$$" ]; then
      mv "$archive.$$" "$archive"
    else
      rm -f "$archive.$$"
      echo "  it could not be made (see $log); $module starts from its jar without it"
    fi
  fi
  if [ -s "$archive" ]; then
    START=(-XX:SharedArchiveFile="$archive" -jar "$jar")
  else
    START=(-jar "$exec_jar")
  fi
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

PIDS=()
stop_all() {
  trap - INT TERM EXIT
  if [ ${#PIDS[@]} -gt 0 ]; then
    echo
    echo "Stopping..."
    # Services first, then the database and the broker, each given time to shut down cleanly.
    for ((i = ${#PIDS[@]} - 1; i >= 0; i--)); do
      kill -TERM "${PIDS[i]}" 2>/dev/null || true
      wait "${PIDS[i]}" 2>/dev/null || true
    done
    echo "Stopped."
  fi
}
trap stop_all INT TERM EXIT

start() { # name, then the command; output goes to the log
  local name=$1
  shift
  "$@" >"$DATA_DIR/logs/$name.log" 2>&1 &
  PIDS+=($!)
}

wait_until() { # description, timeout in seconds, pid, test command...
  local what=$1 timeout=$2 pid=$3
  shift 3
  local deadline=$((SECONDS + timeout))
  until "$@"; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "$what exited; see $DATA_DIR/logs/" >&2
      exit 1
    fi
    if ((SECONDS > deadline)); then
      echo "$what not ready after ${timeout}s; see $DATA_DIR/logs/" >&2
      exit 1
    fi
    sleep 1
  done
}

healthy() { # port of the actuator
  local body
  body=$( (exec 3<>"/dev/tcp/127.0.0.1/$1" &&
    printf 'GET /actuator/health/readiness HTTP/1.0\r\nHost: localhost\r\n\r\n' >&3 && cat <&3) 2>/dev/null) || return 1
  [[ "$body" == *'"status":"UP"'* ]]
}

for port in "$KAFKA_PORT" "$MONGO_PORT" "$MAIL_PORT" "$AUTH_PORT" 8081 8082 8083 9081 9082 9083 "$CONSOLE_PORT" $((CONSOLE_PORT + 1000)); do
  if port_open "$port"; then
    echo "Port $port is already in use; stop what holds it (or set KAFKA_PORT / MONGO_PORT / MAIL_PORT / AUTH_PORT)." >&2
    trap - EXIT
    exit 1
  fi
done

build_if_missing
mkdir -p "$DATA_DIR/logs" "$DATA_DIR/kafka" "$DATA_DIR/mongo"
started=$SECONDS

start kafka "$JAVA" -Xms128m -Xmx512m -jar "$(jar_of local-stack)" kafka --port "$KAFKA_PORT" --data-dir "$DATA_DIR/kafka"
start mongo "$JAVA" -Xmx256m -jar "$(jar_of local-stack)" mongo --port "$MONGO_PORT" --data-file "$DATA_DIR/mongo/giamsat.mv"
start mail "$JAVA" -Xmx64m -XX:+UseSerialGC -jar "$(jar_of local-stack)" mail --port "$MAIL_PORT" --folder "$DATA_DIR/mail"
# The local profile: the demo users (password "demo") and the demo-only password grant.
start auth-server env SERVER_PORT="$AUTH_PORT" AUTH_ISSUER="http://localhost:$AUTH_PORT" SPRING_PROFILES_ACTIVE=local \
  AUTH_CONSOLE_SECRET="{noop}$CONSOLE_SECRET" CONSOLE_URL="http://localhost:$CONSOLE_PORT" \
  "$JAVA" -Xmx256m -XX:+UseSerialGC -jar "$(jar_of auth-server)"
wait_until "Kafka" 60 "${PIDS[0]}" port_open "$KAFKA_PORT"
wait_until "MongoDB wire server" 30 "${PIDS[1]}" port_open "$MONGO_PORT"
wait_until "mail server" 30 "${PIDS[2]}" port_open "$MAIL_PORT"
echo "Kafka on 127.0.0.1:$KAFKA_PORT, MongoDB wire server on 127.0.0.1:$MONGO_PORT ($((SECONDS - started))s)"

# The key that encrypts webhook secrets at rest, made once and kept with the data.
KEY_FILE=$DATA_DIR/notification-secret.key
if [ ! -s "$KEY_FILE" ]; then
  mkdir -p "$DATA_DIR"
  (umask 077 && head -c 32 /dev/urandom | base64 > "$KEY_FILE")
fi
for entry in "${SERVICES[@]}"; do
  name=${entry%%:*}
  port=${entry##*:}
  extra=()
  if [ "$name" = notification-service ]; then
    extra=(MAIL_HOST=127.0.0.1 MAIL_PORT="$MAIL_PORT" NOTIFICATION_SECRET_KEY="$(cat "$KEY_FILE")")
  fi
  if [ "$name" = recommendation-service ] && $DEMO; then
    # The demo's handful of items per agency would all fall under the statistics' publication
    # threshold (5 items), so the overview would show no figure: the demo publishes from 1.
    extra=(GIAMSAT_STATISTICS_MINIMUMITEMS=1)
  fi
  # The actuator (metrics, details) answers on this machine's loopback only, never to other hosts.
  environment=(KAFKA_BOOTSTRAP="127.0.0.1:$KAFKA_PORT" MONGODB_URI="mongodb://127.0.0.1:$MONGO_PORT"
    OIDC_ISSUER="http://localhost:$AUTH_PORT" MANAGEMENT_SERVER_ADDRESS=127.0.0.1 ${extra[@]+"${extra[@]}"})
  class_data "$name" "${environment[@]}"
  start "$name" env "${environment[@]}" SERVER_PORT="$port" MANAGEMENT_SERVER_PORT=$((port + 1000)) \
    "$JAVA" @"$SERVICE_OPTIONS" "${START[@]}"
done
wait_until "auth-server" 120 "${PIDS[3]}" healthy "$AUTH_PORT"
# The console reads auth-server's discovery document as it starts, so it starts after it.
start web-console env MONGODB_URI="mongodb://127.0.0.1:$MONGO_PORT" OIDC_ISSUER="http://localhost:$AUTH_PORT" \
  CONSOLE_CLIENT_SECRET="$CONSOLE_SECRET" SERVER_PORT="$CONSOLE_PORT" MANAGEMENT_SERVER_PORT=$((CONSOLE_PORT + 1000)) \
  MANAGEMENT_SERVER_ADDRESS=127.0.0.1 "$JAVA" -Xmx256m -XX:+UseSerialGC -jar "$(jar_of web-console)"
for i in "${!SERVICES[@]}"; do
  entry=${SERVICES[i]}
  wait_until "${entry%%:*}" 180 "${PIDS[i + 4]}" healthy $((${entry##*:} + 1000))
done
wait_until "web-console" 120 "${PIDS[${#SERVICES[@]} + 4]}" healthy $((CONSOLE_PORT + 1000))

echo
echo "All healthy after $((SECONDS - started))s. Data: $DATA_DIR, logs: $DATA_DIR/logs/"
printf '  %-24s http://localhost:%s (demo users: auth-server/README.md, password "demo")\n' auth-server "$AUTH_PORT"
printf '  %-12s http://localhost:%s  (sign in as a demo user, password "demo")\n' web-console "$CONSOLE_PORT"
for entry in "${SERVICES[@]}"; do
  printf '  %-24s http://localhost:%s/swagger-ui.html   metrics: http://127.0.0.1:%s/actuator/prometheus\n' \
    "${entry%%:*}" "${entry##*:}" $((${entry##*:} + 1000))
done
printf '  %-24s each message notification-service sends is written to %s/mail/ as an .eml file\n' mail "$DATA_DIR"
printf '  %-24s http://127.0.0.1:9082/actuator/overview (open, overdue and pipeline figures; ADMIN or MONITOR token)\n' overview

if $DEMO; then
  echo
  "$JAVA" "$ROOT/ops/demo/LoadDemo.java" "http://localhost:$AUTH_PORT" \
    http://localhost:8081 http://localhost:8082 http://localhost:8083
fi

echo
echo "Press Ctrl-C to stop."
wait "${PIDS[@]}"
