#!/usr/bin/env bash
# The main job from a fresh clone: install, start a local Neo4j unless NEO4J_URI names one,
# ingest graph-data/articles, and serve the viewer until stopped.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

bash scripts/setup.sh
if [ -z "${NEO4J_URI:-}" ]; then
  bash scripts/neo4j/install.sh
  bash scripts/neo4j/start.sh
  # shellcheck source=neo4j/env.sh
  source scripts/neo4j/env.sh
  echo "run: local Neo4j is running; stop it with: bash scripts/neo4j/stop.sh"
fi
exec node bin/kg.js up "$@"
