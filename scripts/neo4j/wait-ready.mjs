// Waits until Neo4j answers a query over Bolt, or gives up with a message.
// Usage: node wait-ready.mjs <bolt-uri> <password> <timeout-seconds> [pid-that-must-stay-alive]
import neo4j from 'neo4j-driver';

const [uri, password, timeoutArg = '120', pidArg = ''] = process.argv.slice(2);
const deadline = Date.now() + Number(timeoutArg) * 1000;
const pid = pidArg ? Number(pidArg) : undefined;

function alive(processId) {
  try { process.kill(processId, 0); return true; } catch { return false; }
}

async function answers() {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password), { connectionTimeout: 2000 });
  try {
    await driver.executeQuery('RETURN 1');
    return { ok: true };
  } catch (error) {
    return { ok: false, error };
  } finally {
    await driver.close();
  }
}

let last;
while (Date.now() < deadline) {
  if (pid !== undefined && !alive(pid)) {
    console.error(`neo4j: the server process exited before it answered on ${uri}.`);
    process.exit(1);
  }
  const result = await answers();
  if (result.ok) process.exit(0);
  last = result.error;
  if (last?.code === 'Neo.ClientError.Security.Unauthorized') {
    console.error(`neo4j: ${uri} refused the password; this instance was created with another NEO4J_PASSWORD (delete its folder under .neo4j/instances to start afresh).`);
    process.exit(1);
  }
  await new Promise((resolve) => setTimeout(resolve, 1000));
}
console.error(`neo4j: no answer on ${uri} after ${timeoutArg} s (${last?.message ?? 'no error recorded'}).`);
process.exit(1);
