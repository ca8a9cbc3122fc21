/**
 * Compare pages (src/pages/compare/[...page].astro), enhanced. Without this script each page shows its
 * own few strategies, and its theme boxes narrow the rows by CSS alone (compare/themes.css).
 * With it:
 * - the chosen themes live in the address (`?t=breaks-respite&t=young-carers`): ticked from it on
 *   arrival, written back on every change, so a narrowed comparison can be shared;
 * - a chooser lists every strategy by region: pick 2 to 5, and the ones on other compare pages are
 *   fetched from those pages (same origin: the Content Security Policy's connect-src 'self' allows it)
 *   and their cells, the elements with their data-s in the notes and the table's rows, moved in here.
 *   The choice lives in the address too (`?s=a,b`).
 */
import { chosenThemes, THEME_PARAM } from '../lib/compare.ts';

const MIN = 2;
const MAX = 5;
// Up to this many strategies every region starts open; beyond it, only the regions with a chosen strategy.
const OPEN_ALL = 12;

type ChooserIndex = {
  pages: string[];
  regions: { name: string; strategies: { id: string; label: string; page: number }[] }[];
};

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T | null;
const el = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  children: (Node | string)[] = [],
): HTMLElementTagNameMap[K] => {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
};
const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x) => b.includes(x));
const cellSelector = (id: string) => `[data-s="${CSS.escape(id)}"]`;
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The address with its query rewritten, commas kept readable. */
function addressWith(edit: (params: URLSearchParams) => void): string {
  const params = new URLSearchParams(location.search);
  edit(params);
  const query = params.toString().replace(/%2C/g, ',');
  return `${location.pathname}${query ? `?${query}` : ''}`;
}

/** The link to share this comparison, whichever control changed the address last. */
function setShare(href: string): void {
  const share = byId<HTMLAnchorElement>('share-link');
  if (share) share.href = href;
}

/** Theme filter: the boxes follow `?t=`, and the address follows the boxes. */
function themeFilter(): void {
  const box = byId<HTMLDetailsElement>('theme-filter');
  const status = byId('theme-status');
  if (!box || !status) return;
  const inputs = [...box.querySelectorAll<HTMLInputElement>('input[name="t"]')];
  const ids = inputs.map((i) => i.value);
  const say = () => {
    const n = inputs.filter((i) => i.checked).length;
    status.textContent = n
      ? `Showing ${plural(n, 'theme', 'themes')} of ${ids.length}.`
      : `Showing all ${ids.length} themes.`;
  };
  const wanted = chosenThemes(location.search, ids);
  for (const input of inputs) input.checked = wanted.includes(input.value);
  if (wanted.length) box.open = true;
  say();
  box.addEventListener('change', () => {
    const href = addressWith((params) => {
      params.delete(THEME_PARAM);
      for (const i of inputs) if (i.checked) params.append(THEME_PARAM, i.value);
    });
    history.replaceState(null, '', href);
    setShare(href);
    say();
  });
}

// eslint-disable-next-line max-lines-per-function -- one chooser's state and its handlers, kept together
async function chooser(form: HTMLFormElement, table: HTMLTableElement, regionsEl: HTMLElement) {
  const statusEl = byId('chooser-status');
  const response = await fetch(form.dataset['index'] ?? '');
  if (!response.ok || !statusEl) throw new Error(`chooser index: ${response.status}`);
  const index = (await response.json()) as ChooserIndex;
  const strategies = index.regions.flatMap((r) => r.strategies);
  const known = new Map(strategies.map((s, order) => [s.id, { ...s, order }]));
  const order = (id: string) => known.get(id)?.order ?? Infinity;
  const here = [...table.querySelectorAll<HTMLElement>('thead [data-s]')].map(
    (th) => th.dataset['s'] ?? '',
  );
  // Every container of per-strategy cells, in the same order on every compare page: the notes on each
  // document, then the table's rows (the header row, then one per theme).
  const containers = (doc: Document): (HTMLElement | null)[] => [
    doc.getElementById('compare-notes'),
    ...((doc.getElementById('compare-table') as HTMLTableElement | null)?.rows ?? []),
  ];
  const rows = containers(document);
  // A table row is known by its header (the theme); the notes list has none.
  const rowKey = (row: HTMLElement | null | undefined) =>
    row?.firstElementChild?.matches('th:not([data-s])') ? row.firstElementChild.textContent : '';
  const has = (id: string) => table.querySelector(`thead ${cellSelector(id)}`) !== null;

  // One disclosure per region: its name, how many strategies it has and how many are chosen.
  const groups = index.regions.map((region) => {
    const count = el('span', { className: 'muted' });
    const boxes = region.strategies.map((s) =>
      el('input', { type: 'checkbox', name: 's', value: s.id }),
    );
    const details = el('details', { open: strategies.length <= OPEN_ALL }, [
      el('summary', {}, [`${region.name} `, count]),
      el(
        'ul',
        { className: 'choices' },
        region.strategies.map((s, i) => el('li', {}, [el('label', {}, [boxes[i] ?? '', s.label])])),
      ),
    ]);
    return { details, count, boxes };
  });
  regionsEl.replaceChildren(...groups.map((g) => g.details));
  const boxes = groups.flatMap((g) => g.boxes);

  // Compare pages, fetched once each and kept while the page is open.
  const pages = new Map<number, Promise<Document>>();
  const pageDoc = (n: number): Promise<Document> => {
    const kept = pages.get(n);
    if (kept) return kept;
    const href = new URL(index.pages[n - 1] ?? '', location.href);
    const doc =
      href.origin !== location.origin
        ? Promise.reject(new Error('not this site'))
        : fetch(href)
            .then((r) => {
              if (!r.ok) throw new Error(`${href.href}: ${r.status}`);
              return r.text();
            })
            .then((html) => new DOMParser().parseFromString(html, 'text/html'));
    doc.catch(() => pages.delete(n)); // a failed page is fetched again next time
    pages.set(n, doc);
    return doc;
  };
  // Moves a strategy's cells from a fetched page into the matching containers here.
  const bring = (id: string, doc: Document) => {
    if (has(id)) return;
    const theirs = containers(doc);
    const same =
      theirs.length === rows.length && theirs.every((row, i) => rowKey(row) === rowKey(rows[i]));
    if (!same || !doc.querySelector(`#compare-table thead ${cellSelector(id)}`))
      throw new Error(`${id} is not on its page`);
    theirs.forEach((row, i) => {
      const cell = row?.querySelector(`:scope > ${cellSelector(id)}`);
      if (cell) rows[i]?.append(document.adoptNode(cell));
    });
  };
  const arrange = (chosen: readonly string[]) => {
    for (const row of rows) {
      if (!row) continue;
      const cells = [...row.children].filter(
        (c): c is HTMLElement => c instanceof HTMLElement && c.dataset['s'] !== undefined,
      );
      const key = (c: HTMLElement) => order(c.dataset['s'] ?? '');
      cells.sort((a, b) => key(a) - key(b)).forEach((c) => row.append(c));
      cells.forEach((c) => {
        c.hidden = !chosen.includes(c.dataset['s'] ?? '');
      });
    }
  };

  let latest = 0;
  const apply = async (chosen: string[], updateUrl: boolean) => {
    const run = ++latest;
    boxes.forEach((b) => {
      b.checked = chosen.includes(b.value);
    });
    groups.forEach((g) => {
      const n = g.boxes.filter((b) => b.checked).length;
      const all = plural(g.boxes.length, 'strategy', 'strategies');
      g.count.textContent = `(${all}${n ? `, ${n} chosen` : ''})`;
    });
    const href = addressWith((params) => {
      if (sameSet(chosen, here)) params.delete('s');
      else params.set('s', chosen.join(','));
    });
    setShare(href);
    if (updateUrl) history.replaceState(null, '', href);
    const missing = chosen.filter((id) => !has(id));
    const failed: string[] = [];
    if (missing.length) {
      statusEl.textContent = `Loading ${plural(missing.length, 'strategy', 'strategies')} from other pages…`;
      await Promise.all(
        missing.map((id) =>
          pageDoc(known.get(id)?.page ?? 0)
            .then((doc) => bring(id, doc))
            .catch(() => failed.push(id)),
        ),
      );
      if (run !== latest) return; // a newer choice has taken over
    }
    arrange(chosen);
    const shown = chosen.filter(has).length;
    const lost = failed.map((id) => known.get(id)?.label ?? id).join(', ');
    statusEl.textContent =
      `Showing ${shown} of ${strategies.length} strategies.` +
      (failed.length ? ` Could not load ${lost}: check your connection and choose again.` : '');
  };

  // `s=a,b` from a shared link, or `s=a&s=b` as the chooser's own form submits it.
  const params = new URLSearchParams(location.search).getAll('s');
  const fromUrl = [...new Set(params.flatMap((v) => v.split(',')))].filter((id) => known.has(id));
  const initial = fromUrl.length ? fromUrl.sort((a, b) => order(a) - order(b)).slice(0, MAX) : here;
  groups.forEach((g) => {
    if (g.boxes.some((b) => initial.includes(b.value))) g.details.open = true;
  });
  form.addEventListener('change', (event) => {
    const target = event.target;
    if (!(target instanceof HTMLInputElement) || target.name !== 's') return;
    const chosen = boxes.filter((b) => b.checked).map((b) => b.value);
    if (chosen.length < MIN || chosen.length > MAX) {
      target.checked = !target.checked;
      statusEl.textContent = `Choose between ${MIN} and ${MAX} strategies.`;
      return;
    }
    void apply(chosen, true);
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  form.hidden = false;
  await apply(initial, false);
}

themeFilter();
const form = byId<HTMLFormElement>('chooser');
const table = byId<HTMLTableElement>('compare-table');
const regionsEl = byId('chooser-regions');
if (form && table && regionsEl && 'fetch' in window && 'DOMParser' in window) {
  chooser(form, table, regionsEl).catch(() => {
    form.hidden = true; // without the index, the page keeps its own strategies
  });
}
