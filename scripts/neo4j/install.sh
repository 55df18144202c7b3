#!/usr/bin/env bash
# Fetches Neo4j Community (see pom.xml for the version) from Maven Central into .neo4j/lib.
# No Docker needed; run once, later calls return at once.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

if [ -f "$neo4j_lib/.installed-$NEO4J_VERSION" ]; then
  exit 0
fi
neo4j_java_ok
if ! command -v mvn >/dev/null 2>&1; then
  echo "neo4j: Maven (mvn) is not installed; it fetches Neo4j from Maven Central (Debian: apt-get install -y maven)." >&2
  echo "       Or point NEO4J_URI at a Neo4j you already run (docker compose up neo4j, or Aura)." >&2
  exit 1
fi
echo "neo4j: fetching Neo4j Community $NEO4J_VERSION from Maven Central into .neo4j/lib (about 130 MB, once)…"
rm -rf "$neo4j_lib"
mkdir -p "$neo4j_lib"
if ! mvn -q -B -f "$root/scripts/neo4j/pom.xml" dependency:copy-dependencies \
    -DoutputDirectory="$neo4j_lib" -DincludeScope=runtime; then
  echo "neo4j: Maven could not fetch Neo4j $NEO4J_VERSION; check that Maven Central is reachable, then run this again." >&2
  exit 1
fi
touch "$neo4j_lib/.installed-$NEO4J_VERSION"
echo "neo4j: installed Neo4j Community $NEO4J_VERSION."
