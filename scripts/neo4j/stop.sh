#!/usr/bin/env bash
# Stops the local Neo4j instance started by start.sh: a clean shutdown first, a kill after 60 s.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

if ! neo4j_running; then
  rm -f "$neo4j_pid_file"
  echo "neo4j: instance '$neo4j_instance' is not running."
  exit 0
fi
pid="$(cat "$neo4j_pid_file")"
kill -TERM "$pid"
for _ in $(seq 1 120); do
  kill -0 "$pid" 2>/dev/null || { rm -f "$neo4j_pid_file"; echo "neo4j: instance '$neo4j_instance' stopped."; exit 0; }
  sleep 0.5
done
echo "neo4j: instance '$neo4j_instance' did not stop within 60 s; killing it." >&2
kill -KILL "$pid" 2>/dev/null || true
rm -f "$neo4j_pid_file"
