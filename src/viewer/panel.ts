// The side panel: what one entity, relation or article is, with the sentences it was read from.
// Everything shown comes from the API as data and is put in the page as text (see dom.ts).
import type { ArticleDetail, EdgeView, EntityDetail, EvidenceView, PathView } from './api.js';
import { append, clear, el, markedText, type Mark } from './dom.js';
import type { TypeProgress } from './expansion.js';
import { ENTITY_COLOURS, FALLBACK_COLOUR, RELATION_COLOURS } from './palette.js';
import { relationLabel } from './graph-data.js';
import type { EntityType, RelationType } from '../types.js';

export interface PanelActions {
  selectEntity(id: string): void;
  openArticle(id: string): void;
  expand(id: string): void;
  pathsFrom(id: string): void;
}

export class Panel {
  /** Where the entity view lists the pages of neighbours loaded so far, filled by `expansion`. */
  private expansionSlot: { entityId: string; box: HTMLElement } | null = null;

  constructor(private readonly root: HTMLElement, private readonly actions: PanelActions) {}

  private show(...children: Array<Node | string | null | false>): void {
    clear(this.root);
    this.expansionSlot = null;
    append(this.root, el('button', { className: 'panel-close', title: 'Close', attrs: { 'aria-label': 'Close panel' }, onClick: () => this.hide() }, '×'), ...children);
    this.root.hidden = false;
    this.root.scrollTop = 0;
    // The graph shrinks to the space left of the panel (styles.css), so nothing picked hides behind it.
    document.body.classList.add('panel-open');
  }

  hide(): void {
    this.root.hidden = true;
    clear(this.root);
    document.body.classList.remove('panel-open');
  }

  loading(what: string): void {
    this.show(el('p', { className: 'muted' }, `Loading ${what}…`));
  }

  error(message: string): void {
    this.show(el('p', { className: 'error' }, message));
  }

  entity(detail: EntityDetail): void {
    const { entity } = detail;
    const evidenceCount = detail.relations.reduce((n, g) => n + g.evidence.length, 0);
    const expansionBox = el('div', { className: 'expansion' });
    this.show(
      el('header', { className: 'panel-head' },
        typeBadge(entity.type),
        el('h2', {}, entity.name),
        otherNames(entity.name, entity.aliases).length > 0 && el('p', { className: 'aliases' }, `Also: ${otherNames(entity.name, entity.aliases).join(', ')}`),
        el('div', { className: 'panel-actions' },
          el('button', { onClick: () => this.actions.expand(entity.id) }, 'Expand neighbours'),
          el('button', { onClick: () => this.actions.pathsFrom(entity.id) }, 'Paths from here…')),
        expansionBox,
      ),
      section(`Articles (${detail.articles.length})`, el('ul', { className: 'articles' },
        ...detail.articles.map((a) => el('li', {},
          articleLink(a.id, a.title || a.id, this.actions),
          el('span', { className: 'muted' }, ` ${[a.date, a.source, `${a.mentions ?? 0} mention(s)`].filter(Boolean).join(' · ')}`))))),
      section(`Relations (${evidenceCount} evidence)`,
        detail.relations.length === 0 ? el('p', { className: 'muted' }, 'No relation read for this entity.') : null,
        ...detail.relations.map((group) => el('div', { className: 'relation-group' },
          el('h4', {}, relationBadge(group.type), ` ${group.evidence.length}`),
          evidenceList(group.evidence, this.actions)))),
    );
    this.expansionSlot = { entityId: entity.id, box: expansionBox };
  }

  /** Neighbours drawn per relation type after "Expand", each type with "More" while the server has more. */
  expansion(entityId: string, progress: TypeProgress[], more: (type: TypeProgress['type']) => void): void {
    if (this.expansionSlot?.entityId !== entityId) return;
    const box = this.expansionSlot.box;
    clear(box);
    append(box, el('ul', { className: 'expansion-list' }, ...progress.filter((p) => p.loaded > 0 || p.more).map((p) => el('li', { attrs: { 'data-relation-type': p.type } },
      relationBadge(p.type), ` ${p.loaded} drawn `,
      p.more && el('button', { className: 'link more', attrs: { 'data-more': p.type }, onClick: () => more(p.type) }, 'More')))));
  }

  relation(data: { edge: EdgeView; evidence: EvidenceView[] }, names: { source: string; target: string }): void {
    const { edge } = data;
    this.show(
      el('header', { className: 'panel-head' },
        relationBadge(edge.type),
        el('h2', {}, entityLink(edge.source, names.source, this.actions), ` ${relationLabel(edge.type)} `, entityLink(edge.target, names.target, this.actions)),
        el('p', { className: 'muted' }, [
          `${edge.evidenceCount} evidence`, `confidence ${edge.confidence.toFixed(2)}`,
          edge.firstDate && (edge.firstDate === edge.lastDate ? edge.firstDate : `${edge.firstDate} – ${edge.lastDate}`),
          edge.statuses.length > 0 && edge.statuses.join(', '),
        ].filter(Boolean).join(' · '))),
      section('Evidence', evidenceList(data.evidence, this.actions)),
    );
  }

  article(detail: ArticleDetail): void {
    const { article } = detail;
    // Every mention underlined in its type's colour; a click selects the entity in the graph.
    const marks: Mark[] = detail.mentions.map((m) => ({
      start: m.start, end: m.end, className: `mention type-${m.entity.type}`, title: `${m.entity.name} (${m.entity.type})`,
      colour: ENTITY_COLOURS[m.entity.type] ?? FALLBACK_COLOUR, onClick: () => this.actions.selectEntity(m.entity.id),
    }));
    const text = el('div', { className: 'article-text' }, markedText(article.text, marks));
    this.show(
      el('header', { className: 'panel-head' },
        el('span', { className: 'badge badge-article' }, 'Article'),
        el('h2', {}, article.title || article.id),
        el('p', { className: 'muted' }, [article.source, article.author, article.date].filter(Boolean).join(' · ')),
        safeUrl(article.url) ? el('a', { attrs: { href: safeUrl(article.url)!, target: '_blank', rel: 'noopener noreferrer' } }, article.url!) : null),
      section(`Relations read here (${detail.evidence.length})`, evidenceList(detail.evidence, this.actions)),
      section('Text', text),
    );
  }

  paths(fromName: string, toName: string, paths: PathView[]): void {
    this.show(
      el('header', { className: 'panel-head' }, el('span', { className: 'badge badge-article' }, 'Paths'), el('h2', {}, `${fromName} → ${toName}`)),
      paths.length === 0 ? el('p', { className: 'muted' }, 'No path within 4 hops.') : null,
      ...paths.map((path, i) => section(`Path ${i + 1} (${path.hops.length} hop${path.hops.length === 1 ? '' : 's'})`,
        el('ol', { className: 'path' }, ...path.hops.map((hop) => {
          const name = (id: string) => path.nodes.find((n) => n.id === id)?.name ?? id;
          return el('li', {},
            el('div', {}, entityLink(hop.edge.source, name(hop.edge.source), this.actions), ' ', relationBadge(hop.edge.type), ' ', entityLink(hop.edge.target, name(hop.edge.target), this.actions)),
            evidenceList(hop.evidence, this.actions));
        })))),
    );
  }
}

/** Aliases as the store keeps them include the canonical name itself; the panel lists only the others. */
function otherNames(name: string, aliases: string[]): string[] {
  const seen = new Set([name.toLowerCase()]);
  return aliases.filter((a) => !seen.has(a.toLowerCase()) && seen.add(a.toLowerCase()));
}

function section(title: string, ...children: Array<Node | null>): HTMLElement {
  return el('section', { className: 'panel-section' }, el('h3', {}, title), ...children);
}

function typeBadge(type: EntityType): HTMLElement {
  const badge = el('span', { className: 'badge' }, type);
  badge.style.background = ENTITY_COLOURS[type] ?? FALLBACK_COLOUR;
  return badge;
}

function relationBadge(type: RelationType): HTMLElement {
  const badge = el('span', { className: 'badge' }, relationLabel(type));
  badge.style.background = RELATION_COLOURS[type] ?? FALLBACK_COLOUR;
  return badge;
}

function entityLink(id: string, name: string, actions: PanelActions): HTMLElement {
  return el('button', { className: 'link', onClick: () => actions.selectEntity(id) }, name);
}

function articleLink(id: string, title: string, actions: PanelActions): HTMLElement {
  return el('button', { className: 'link article-link', onClick: () => actions.openArticle(id) }, title);
}

/** Only web links become clickable; anything else (javascript:, data:) stays text. */
function safeUrl(url: string | null | undefined): string | null {
  return url && /^https?:\/\//i.test(url) ? url : null;
}

export function evidenceList(evidence: EvidenceView[], actions: PanelActions): HTMLElement {
  return el('ul', { className: 'evidence-list' }, ...evidence.map((ev) => {
    const marks: Mark[] = ev.spans.map((s) => ({ start: s.start, end: s.end, className: s.entityId === ev.source.id ? 'hl hl-source' : 'hl hl-target' }));
    return el('li', { className: 'evidence', attrs: { 'data-evidence-id': ev.id } },
      el('blockquote', { className: 'sentence' }, markedText(ev.sentence, marks)),
      el('div', { className: 'evidence-meta' },
        entityLink(ev.source.id, ev.source.name, actions), ` ${relationLabel(ev.type)} `, entityLink(ev.target.id, ev.target.name, actions),
        ev.object ? ` (${ev.object})` : '',
        el('br'),
        articleLink(ev.article.id, ev.article.title || ev.article.id, actions),
        el('span', { className: 'muted' }, ` · ${[ev.date ?? ev.article.date ?? 'no date', ev.status, ev.confidence !== null ? `confidence ${ev.confidence.toFixed(2)}` : null].filter(Boolean).join(' · ')}`),
        ev.rule ? el('span', { className: 'rule', title: 'extraction rule' }, ` ${ev.rule}`) : null));
  }));
}
