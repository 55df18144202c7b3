// Export what is on screen: PNG through sigma's image exporter, GEXF for Gephi, JSON as graphology's format.
import type Sigma from 'sigma';
import { downloadAsPNG } from '@sigma/export-image';
import { write as writeGexf } from 'graphology-gexf/browser/index.js';
import { el } from './dom.js';
import type { KgGraph } from './graph-data.js';

function download(name: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = el('a', { attrs: { href: url, download: name } });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function mountExport(root: HTMLElement, graph: KgGraph, renderer: Sigma): void {
  root.append(
    el('button', { onClick: () => void downloadAsPNG(renderer as never, { fileName: 'news-graph', backgroundColor: '#ffffff' }) }, 'PNG'),
    el('button', { onClick: () => download('news-graph.gexf', 'application/xml', writeGexf(graph as never)) }, 'GEXF'),
    el('button', { onClick: () => download('news-graph.json', 'application/json', JSON.stringify(graph.export(), null, 2)) }, 'JSON'),
  );
}
