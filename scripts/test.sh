#!/usr/bin/env bash
# The whole test suite, starting what it needs: npm packages, Chromium, and a dedicated Neo4j test server
# (its own ports and data folder, so tests may wipe it without touching the graph `npm start` built).
# Prints a closing line "N passed, N failed".
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mkdir -p .artifacts

bash scripts/setup.sh --browser

export NEO4J_INSTANCE=test
export NEO4J_BOLT_PORT="${KG_TEST_BOLT_PORT:-7688}"
export NEO4J_HTTP_PORT="${KG_TEST_HTTP_PORT:-7475}"
unset NEO4J_URI NEO4J_DATABASE
bash scripts/neo4j/install.sh
trap 'bash scripts/neo4j/stop.sh || true' EXIT
bash scripts/neo4j/start.sh
# shellcheck source=neo4j/env.sh
source scripts/neo4j/env.sh
export KG_ALLOW_WIPE=1

status=0
echo "test: type-checking (tsc --noEmit, strict)…"
npx tsc --noEmit || status=1

echo "test: running vitest…"
npx vitest run --reporter=default --reporter=json --outputFile=.artifacts/vitest.json "$@" || status=1

node -e '
  const fs = require("fs");
  let r = {};
  try { r = JSON.parse(fs.readFileSync(".artifacts/vitest.json", "utf8")); } catch {}
  const skipped = (r.numPendingTests || 0) + (r.numTodoTests || 0);
  console.log(`${r.numPassedTests || 0} passed, ${r.numFailedTests || 0} failed` + (skipped ? `, ${skipped} skipped` : ""));
'
exit $status
