// Progress on long work: a bar on a terminal, plain lines when output is piped (CI logs stay readable).
import cliProgress from 'cli-progress';
import type { IngestProgress } from '../ingest/index.js';

export function ingestProgressReporter(stream: NodeJS.WriteStream = process.stderr): { update(event: IngestProgress): void; stop(): void } {
  if (!stream.isTTY) {
    return {
      update: (e) => { if (e.phase === 'write') stream.write(`kg: stored ${e.done}/${e.total} ${e.file}\n`); },
      stop: () => {},
    };
  }
  const bar = new cliProgress.SingleBar({ format: 'kg {phase} [{bar}] {value}/{total} {file}', stream, clearOnComplete: false }, cliProgress.Presets.shades_classic);
  let started = false;
  return {
    update(e) {
      const payload = { phase: e.phase === 'read' ? 'reading' : 'storing', file: e.file.split('/').pop() ?? e.file };
      if (!started) { bar.start(e.total, 0, payload); started = true; }
      if (e.done === 1) bar.setTotal(e.total);
      bar.update(e.done, payload);
    },
    stop() { if (started) bar.stop(); },
  };
}
