// Bundles the page with esbuild into dist/viewer: app.js, index.html, styles.css.
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const VIEWER_SRC_DIR = join(REPO_ROOT, 'src/viewer');
export const VIEWER_OUT_DIR = join(REPO_ROOT, 'dist/viewer');
const STATIC_FILES = ['index.html', 'styles.css'];

export async function buildViewer({ outDir = VIEWER_OUT_DIR, minify = true }: { outDir?: string; minify?: boolean } = {}): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  await build({
    entryPoints: [join(VIEWER_SRC_DIR, 'app.ts')],
    outfile: join(outDir, 'app.js'),
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify,
    sourcemap: true,
    logLevel: 'warning',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  for (const file of STATIC_FILES) copyFileSync(join(VIEWER_SRC_DIR, file), join(outDir, file));
}
