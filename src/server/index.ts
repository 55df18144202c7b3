// The viewer's server: the JSON API under /api and the built page at /, bound to 127.0.0.1 by default.
import Fastify from 'fastify';
import { KgError, QueryError, StoreError, UsageError } from '../errors.js';
import type { Store } from '../store/driver.js';
import { registerApi } from './api.js';
import { ensureViewerBuilt, registerViewerFiles } from './viewer-files.js';
import { VIEWER_OUT_DIR } from '../viewer/build.js';

export interface ServerOptions {
  store: Store;
  host?: string;
  /** 0 picks any free port; the chosen one is in the returned url. */
  port?: number;
  viewerDir?: string;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Which HTTP status a failure earns: the user's mistake is 400, Neo4j being unreachable 503. */
export function statusFor(error: unknown): number {
  if (error instanceof UsageError || error instanceof QueryError) return 400;
  if (error instanceof StoreError) return 503;
  const status = (error as { statusCode?: number }).statusCode;
  return typeof status === 'number' && status >= 400 && status < 600 ? status : 500;
}

export async function startServer({ store, host = '127.0.0.1', port = 7777, viewerDir = VIEWER_OUT_DIR }: ServerOptions): Promise<RunningServer> {
  await ensureViewerBuilt(viewerDir);
  const app = Fastify({ logger: false, bodyLimit: 256 * 1024 });

  app.setErrorHandler((error, _req, reply) => {
    const status = statusFor(error);
    const message = error instanceof KgError ? error.toLine()
      : status < 500 ? (error as Error).message
      : 'The server failed to answer; see its console for details.';
    if (status >= 500 && !(error instanceof StoreError)) console.error(error);
    void reply.code(status).send({ error: message });
  });
  app.setNotFoundHandler((req, reply) => {
    void reply.code(404).send({ error: `No route ${req.method} ${req.url.split('?')[0]}.` });
  });

  registerApi(app, store);
  registerViewerFiles(app, viewerDir);

  await app.listen({ host, port });
  const address = app.server.address();
  const boundPort = typeof address === 'object' && address ? address.port : port;
  const shownHost = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
  return {
    url: `http://${shownHost}:${boundPort}`,
    close: () => app.close(),
  };
}
