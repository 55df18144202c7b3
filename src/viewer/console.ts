// A read-only Cypher console: examples to start from, results as a table of text.
import { api } from './api.js';
import { clear, el } from './dom.js';

export const EXAMPLE_QUERIES: Array<{ label: string; query: string }> = [
  { label: 'Who meets whom', query: 'MATCH (a:Entity)-[r:MEETS]-(b:Entity) WHERE a.id < b.id\nRETURN a.name, b.name, r.evidenceCount, r.firstDate ORDER BY r.evidenceCount DESC' },
  { label: 'Who mediates', query: 'MATCH (m:Entity)-[:MEDIATES]->(p:Entity)\nRETURN m.name AS mediator, collect(p.name) AS parties' },
  { label: 'Who rejects what', query: "MATCH (a:Entity)<-[:FROM]-(ev:Evidence {type: 'REJECTS'})-[:TO]->(b:Entity)\nRETURN a.name AS rejecter, ev.object AS what, b.name AS whose, ev.sentence" },
  { label: 'Most connected', query: 'MATCH (n:Entity)-[r]-(:Entity)\nRETURN n.name, n.type, count(r) AS degree ORDER BY degree DESC LIMIT 15' },
  { label: 'Articles', query: 'MATCH (a:Article) RETURN a.title, a.date, a.source ORDER BY a.date DESC' },
];

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export function mountConsole(root: HTMLElement, toggle: HTMLButtonElement): void {
  const textarea = el('textarea', { attrs: { spellcheck: 'false', rows: '5', 'aria-label': 'Cypher query' } });
  textarea.value = EXAMPLE_QUERIES[0]!.query;
  const output = el('div', { className: 'console-output' });
  const examples = el('select', { attrs: { 'aria-label': 'Example queries' } },
    ...EXAMPLE_QUERIES.map((q, i) => el('option', { attrs: { value: String(i) } }, q.label)));
  examples.addEventListener('change', () => { textarea.value = EXAMPLE_QUERIES[Number(examples.value)]?.query ?? ''; });

  const run = async () => {
    clear(output);
    output.append(el('p', { className: 'muted' }, 'Running…'));
    try {
      const result = await api.cypher(textarea.value);
      clear(output);
      output.append(el('p', { className: 'muted' }, `${result.rows.length} row(s)${result.truncated ? ' (cut)' : ''}`),
        el('table', {},
          el('thead', {}, el('tr', {}, ...result.keys.map((k) => el('th', {}, k)))),
          el('tbody', {}, ...result.rows.map((row) => el('tr', {}, ...result.keys.map((k) => el('td', {}, cell(row[k]))))))));
    } catch (error) {
      clear(output);
      output.append(el('p', { className: 'error' }, (error as Error).message));
    }
  };
  const runButton = el('button', { className: 'primary', onClick: () => void run() }, 'Run (Ctrl+Enter)');
  textarea.addEventListener('keydown', (e) => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void run(); });

  root.append(el('div', { className: 'console-bar' }, el('strong', {}, 'Cypher (read-only)'), examples, runButton), textarea, output);
  toggle.addEventListener('click', () => { root.hidden = !root.hidden; });
}
