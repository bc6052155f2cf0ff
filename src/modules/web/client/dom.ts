type Child = Node | string | number | null | undefined | false;

/** A small element builder: attributes, then children (strings become text, never HTML). */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | boolean | undefined> = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : String(child));
  }
  return element;
}

export function clear(element: Element): void {
  while (element.firstChild) element.firstChild.remove();
}

/** A titled panel: what every part of a view sits in. */
export function panel(title: string, ...children: (Child | Child[])[]): HTMLElement {
  const id = `panel-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return h(
    'section',
    { class: 'panel', 'aria-labelledby': id },
    h('h2', { id }, title),
    ...children,
  );
}

/**
 * The panel `draw` makes; or, when its part of the answer failed (the view says why, once), its
 * title and a note saying so, rather than a claim that there is nothing to show.
 */
export function loadedPanel(
  failed: ReadonlySet<string>,
  part: string,
  title: string,
  draw: () => HTMLElement,
): HTMLElement {
  if (!failed.has(part)) return draw();
  return panel(title, h('p', { class: 'empty' }, 'Not loaded: see the error above.'));
}

export function empty(message: string): HTMLElement {
  return h('p', { class: 'empty' }, message);
}

export function errorBox(message: string): HTMLElement {
  return h('p', { class: 'error', role: 'alert' }, message);
}

/** A data table, used both for lists and for each chart's "show data". */
export function table(headers: string[], rows: (string | number | Node)[][], caption?: string) {
  return h(
    'table',
    {},
    caption ? h('caption', {}, caption) : null,
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        headers.map((label) => h('th', { scope: 'col' }, label)),
      ),
    ),
    h(
      'tbody',
      {},
      rows.map((row) =>
        h(
          'tr',
          {},
          row.map((cell) => h('td', {}, cell)),
        ),
      ),
    ),
  );
}
