// Building DOM from data. Text from articles and Neo4j only ever enters as text nodes: no innerHTML
// anywhere in the viewer, so an article containing markup shows it and runs nothing.

type Child = Node | string | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { className?: string; title?: string; onClick?: (e: MouseEvent) => void; attrs?: Record<string, string> } = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.title) node.title = props.title;
  if (props.onClick) node.addEventListener('click', props.onClick as EventListener);
  for (const [k, v] of Object.entries(props.attrs ?? {})) node.setAttribute(k, v);
  append(node, ...children);
  return node;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

export function clear(node: Node): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}

export interface Mark {
  start: number; end: number; className: string; title?: string;
  /** From the palette, so the page and the graph use the same colour for a type: underline and a light tint. */
  colour?: string;
  onClick?: () => void;
}

/**
 * Text with some ranges wrapped in <mark>: the slices between marks are text nodes, the marks hold text
 * nodes too. Overlapping marks keep the first that starts, so offsets never cut a mark in two.
 */
export function markedText(text: string, marks: Mark[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  let cursor = 0;
  for (const mark of [...marks].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (mark.start < cursor || mark.end > text.length || mark.end <= mark.start) continue;
    if (mark.start > cursor) fragment.appendChild(document.createTextNode(text.slice(cursor, mark.start)));
    const marked = el('mark', { className: mark.className, ...(mark.title ? { title: mark.title } : {}), ...(mark.onClick ? { onClick: mark.onClick } : {}) }, text.slice(mark.start, mark.end));
    if (mark.colour) {
      marked.style.borderBottomColor = mark.colour;
      marked.style.backgroundColor = `${mark.colour}26`;
    }
    fragment.appendChild(marked);
    cursor = mark.end;
  }
  if (cursor < text.length) fragment.appendChild(document.createTextNode(text.slice(cursor)));
  return fragment;
}
