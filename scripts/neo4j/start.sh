#!/usr/bin/env bash
# Starts a local Neo4j Community on 127.0.0.1 (Bolt on NEO4J_BOLT_PORT, default 7687) and waits until it
# answers over Bolt. Data and logs live in .neo4j/instances/$NEO4J_INSTANCE. Stop it with stop.sh.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

if [ ! -f "$neo4j_lib/.installed-$NEO4J_VERSION" ]; then
  bash "$root/scripts/neo4j/install.sh"
fi
neo4j_java_ok

if neo4j_running; then
  echo "neo4j: instance '$neo4j_instance' is already running (pid $(cat "$neo4j_pid_file")), Bolt on 127.0.0.1:$neo4j_bolt_port."
  exec node "$root/scripts/neo4j/wait-ready.mjs" "bolt://127.0.0.1:$neo4j_bolt_port" "$neo4j_password" 60 ""
fi

mkdir -p "$neo4j_home/conf" "$neo4j_home/data" "$neo4j_home/logs" "$neo4j_home/run"
# Written on every start so the ports follow the environment.
cat > "$neo4j_home/conf/neo4j.conf" <<CONF
server.default_listen_address=127.0.0.1
server.bolt.enabled=true
server.bolt.listen_address=127.0.0.1:$neo4j_bolt_port
server.http.enabled=true
server.http.listen_address=127.0.0.1:$neo4j_http_port
server.https.enabled=false
server.directories.data=data
server.directories.logs=logs
server.directories.run=run
server.memory.heap.initial_size=512m
server.memory.heap.max_size=1g
server.memory.pagecache.size=256m
dbms.usage_report.enabled=false
dbms.security.auth_enabled=true
CONF

# The password is set before the first start (neo4j-admin's set-initial-password); later starts keep it.
if [ ! -f "$neo4j_home/data/dbms/auth.ini" ]; then
  (cd "$neo4j_home" && NEO4J_HOME="$neo4j_home" NEO4J_CONF="$neo4j_home/conf" \
    java -cp "$neo4j_lib/*" org.neo4j.cli.AdminTool dbms set-initial-password "$neo4j_password" >/dev/null)
fi

if command -v ss >/dev/null 2>&1 && ss -ltn "sport = :$neo4j_bolt_port" | grep -q LISTEN; then
  echo "neo4j: port $neo4j_bolt_port on 127.0.0.1 is taken by another program; set NEO4J_BOLT_PORT to a free port, or stop that program." >&2
  exit 1
fi

echo "neo4j: starting instance '$neo4j_instance' (Bolt 127.0.0.1:$neo4j_bolt_port, HTTP 127.0.0.1:$neo4j_http_port)…"
# The flags the official neo4j launcher passes to the JVM, so the server runs as it does when packaged.
(cd "$neo4j_home" && NEO4J_HOME="$neo4j_home" NEO4J_CONF="$neo4j_home/conf" nohup java \
  -Xms512m -Xmx1g -XX:+UseG1GC -XX:-OmitStackTraceInFastThrow -XX:+DisableExplicitGC \
  -Djdk.nio.maxCachedBufferSize=1024 -Dio.netty.tryReflectionSetAccessible=true \
  --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED \
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.lang=ALL-UNNAMED \
  -cp "$neo4j_lib/*" org.neo4j.server.CommunityEntryPoint \
  --home-dir="$neo4j_home" --config-dir="$neo4j_home/conf" \
  > "$neo4j_home/logs/console.log" 2>&1 < /dev/null &
  echo $! > "$neo4j_pid_file")

if ! node "$root/scripts/neo4j/wait-ready.mjs" "bolt://127.0.0.1:$neo4j_bolt_port" "$neo4j_password" 180 "$(cat "$neo4j_pid_file")"; then
  echo "neo4j: the last lines of its log ($neo4j_home/logs):" >&2
  tail -n 20 "$neo4j_home/logs/console.log" "$neo4j_home/logs/neo4j.log" 2>/dev/null >&2 || true
  bash "$root/scripts/neo4j/stop.sh" >/dev/null 2>&1 || true
  exit 1
fi
echo "neo4j: ready at bolt://127.0.0.1:$neo4j_bolt_port (user neo4j)."
