// User-facing text of the CLI that is longer than a line, kept apart from the wiring.

export const HELP_FOOTER = `
Environment:
  NEO4J_URI        bolt://, neo4j://, bolt+s:// or neo4j+s:// URI (default bolt://127.0.0.1:7687, the local server)
  NEO4J_USER       user name (default neo4j)
  NEO4J_PASSWORD   password (default: the local server's, see scripts/neo4j/env.sh)
  NEO4J_DATABASE   database name (default: the server's default database)

Examples:
  kg extract graph-data/articles/2025-02-04-afp-netanyahu-trump-gaza-truce.txt --json
  kg ingest graph-data/articles
  kg query "MATCH (a:Person)-[r:MEETS]-(b) RETURN a.name, b.name, r.evidenceCount"
  kg serve --port 7777
`;

export function unreachableHint(uri: string): string {
  return `Neo4j is not answering at ${uri}.`;
}
