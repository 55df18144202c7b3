// Serves the built viewer (dist/viewer); builds it first when missing or older than its sources,
// so `kg up` works on a fresh clone with no separate build step.
import { existsSync, readFileSync, statSync, readdirSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildViewer, VIEWER_OUT_DIR, VIEWER_SRC_DIR } from '../viewer/build.js';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export function viewerIsStale(outDir = VIEWER_OUT_DIR, srcDir = VIEWER_SRC_DIR): boolean {
  const bundle = join(outDir, 'app.js');
  if (!existsSync(join(outDir, 'index.html')) || !existsSync(bundle)) return true;
  // Sources are absent in an installed copy that ships only dist/: then the build is what there is.
  return existsSync(srcDir) && newestMtime(srcDir) > statSync(bundle).mtimeMs;
}

export async function ensureViewerBuilt(outDir = VIEWER_OUT_DIR): Promise<void> {
  if (viewerIsStale(outDir)) await buildViewer({ outDir });
}

export function registerViewerFiles(app: FastifyInstance, outDir = VIEWER_OUT_DIR): void {
  const root = resolve(outDir);
  app.get('/*', async (req, reply) => {
    const wanted = (req.params as { '*': string })['*'] || 'index.html';
    if (wanted.startsWith('api/')) return reply.code(404).send({ error: `No route ${req.method} /${wanted.split('?')[0]}.` });
    const path = resolve(root, wanted);
    // Never serve anything outside the viewer folder, whatever `..` the URL holds.
    if ((path !== root && !path.startsWith(root + sep)) || !existsSync(path) || !statSync(path).isFile()) {
      return reply.code(404).type('text/plain; charset=utf-8').send('Not found');
    }
    return reply
      .type(CONTENT_TYPES[extname(path)] ?? 'application/octet-stream')
      .header('cache-control', 'no-cache')
      .header('x-content-type-options', 'nosniff')
      .send(readFileSync(path));
  });
}
