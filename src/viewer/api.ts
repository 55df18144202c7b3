// The page's only door to the server: typed fetches of the JSON API, errors as readable messages.
import type {
  ArticleDetail, CypherResult, EdgeView, EntityDetail, EvidenceView, GraphPage, GraphStats, NeighbourPage, PathView, SearchHit,
} from '../store/reads.js';

export type { ArticleDetail, CypherResult, EdgeView, EntityDetail, EvidenceView, GraphPage, GraphStats, NeighbourPage, PathView, SearchHit };

async function getJson<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(path, init);
  const body = await response.json().catch(() => ({ error: `The server answered ${response.status} without JSON.` }));
  if (!response.ok) throw new Error((body as { error?: string }).error ?? `The server answered ${response.status}.`);
  return body as T;
}

const q = (params: Record<string, string | number | undefined>) =>
  new URLSearchParams(Object.entries(params).filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => [k, String(v)])).toString();

/** One page of an entity's neighbours, optionally of some relation types only. */
export interface NeighbourQuery { skip?: number; limit?: number; relationTypes?: string[] }

export interface GraphQuery { entityTypes?: string; relationTypes?: string; minConfidence?: number; articleId?: string }

/** Every page of the graph, fetched one after another so no single response is huge; each page starts
 * where the last ended (a cursor), so the server reads the graph once, not once per page. */
export async function fetchWholeGraph(query: GraphQuery = {}, pageSize = 2000): Promise<{ nodes: GraphPage['nodes']; edges: EdgeView[] }> {
  const nodes: GraphPage['nodes'] = [];
  const edges: EdgeView[] = [];
  for (let after: string | undefined = 'start'; after;) {
    const page: GraphPage & { next?: string } = await getJson(`/api/graph?${q({ ...query, after, limit: pageSize })}`);
    nodes.push(...page.nodes);
    edges.push(...page.edges);
    after = page.next;
  }
  return { nodes, edges };
}

export const api = {
  entity: (id: string) => getJson<EntityDetail>(`/api/entity/${encodeURIComponent(id)}`),
  article: (id: string) => getJson<ArticleDetail>(`/api/article/${encodeURIComponent(id)}`),
  relation: (id: string) => getJson<{ edge: EdgeView; evidence: EvidenceView[] }>(`/api/relation/${encodeURIComponent(id)}`),
  search: (text: string) => getJson<{ hits: SearchHit[] }>(`/api/search?${q({ q: text, limit: 8 })}`),
  neighbours: (id: string, page: NeighbourQuery = {}) => getJson<NeighbourPage>(
    `/api/neighbours/${encodeURIComponent(id)}?${q({ skip: page.skip, limit: page.limit, relationTypes: page.relationTypes?.join(',') })}`),
  paths: (from: string, to: string) => getJson<{ paths: PathView[] }>(`/api/paths?${q({ from, to })}`),
  stats: () => getJson<GraphStats>('/api/stats'),
  cypher: (query: string) => getJson<CypherResult>('/api/cypher', {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }),
  }),
};
