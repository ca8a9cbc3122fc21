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

type Group = { details: HTMLDetailsElement; count: HTMLSpanElement; boxes: HTMLInputElement[] };

/** One disclosure per region: its name, how many strategies it has and how many are chosen. */
function regionGroups(regions: ChooserIndex['regions'], open: boolean): Group[] {
  return regions.map((region) => {
    const count = el('span', { className: 'muted' });
    const boxes = region.strategies.map((s) =>
      el('input', { type: 'checkbox', name: 's', value: s.id }),
    );
    const details = el('details', { open }, [
      el('summary', {}, [`${region.name} `, count]),
      el(
        'ul',
        { className: 'choices' },
        region.strategies.map((s, i) => el('li', {}, [el('label', {}, [boxes[i] ?? '', s.label])])),
      ),
    ]);
    return { details, count, boxes };
  });
}

/** Ticks the chosen strategies' boxes, and says in each region how many are chosen. */
function tick(groups: readonly Group[], chosen: readonly string[]): void {
  for (const g of groups) {
    for (const b of g.boxes) b.checked = chosen.includes(b.value);
    const n = g.boxes.filter((b) => b.checked).length;
    const all = plural(g.boxes.length, 'strategy', 'strategies');
    g.count.textContent = `(${all}${n ? `, ${n} chosen` : ''})`;
  }
}

/** Compare pages (by number, from the index), fetched once each and kept while the page is open. */
function pageFetcher(addresses: readonly string[]): (n: number) => Promise<Document> {
  const pages = new Map<number, Promise<Document>>();
  return (n) => {
    const kept = pages.get(n);
    if (kept) return kept;
    const href = new URL(addresses[n - 1] ?? '', location.href);
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
}

// Every container of per-strategy cells, in the same order on every compare page: the notes on each
// document, then the table's rows (the header row, then one per theme).
const containers = (doc: Document): (HTMLElement | null)[] => [
  doc.getElementById('compare-notes'),
  ...((doc.getElementById('compare-table') as HTMLTableElement | null)?.rows ?? []),
];
// A table row is known by its header (the theme); the notes list has none.
const rowKey = (row: HTMLElement | null | undefined) =>
  row?.firstElementChild?.matches('th:not([data-s])') ? row.firstElementChild.textContent : '';
/** Whether a strategy's cells are in this document's table. */
const inTable = (doc: Document, id: string) =>
  doc.querySelector(`#compare-table thead ${cellSelector(id)}`) !== null;

/** Moves a strategy's cells from a fetched page into the matching containers here. */
function bring(id: string, doc: Document, rows: readonly (HTMLElement | null)[]): void {
  if (inTable(document, id)) return;
  const theirs = containers(doc);
  const same =
    theirs.length === rows.length && theirs.every((row, i) => rowKey(row) === rowKey(rows[i]));
  if (!same || !inTable(doc, id)) throw new Error(`${id} is not on its page`);
  theirs.forEach((row, i) => {
    const cell = row?.querySelector(`:scope > ${cellSelector(id)}`);
    if (cell) rows[i]?.append(document.adoptNode(cell));
  });
}

/** Every row shows the chosen strategies' cells, in the chooser's order; the others are hidden. */
function arrange(
  rows: readonly (HTMLElement | null)[],
  chosen: readonly string[],
  order: (id: string) => number,
): void {
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
}

/** The address and the share link follow the choice; `s` is left out when it is this page's own. */
function shareChoice(chosen: readonly string[], here: readonly string[], updateUrl: boolean): void {
  const href = addressWith((params) => {
    if (sameSet(chosen, here)) params.delete('s');
    else params.set('s', chosen.join(','));
  });
  setShare(href);
  if (updateUrl) history.replaceState(null, '', href);
}

/** `s=a,b` from a shared link, or `s=a&s=b` as the chooser's own form submits it; else this page's. */
function initialChoice(
  known: ReadonlyMap<string, unknown>,
  order: (id: string) => number,
  here: string[],
): string[] {
  const params = new URLSearchParams(location.search).getAll('s');
  const fromUrl = [...new Set(params.flatMap((v) => v.split(',')))].filter((id) => known.has(id));
  return fromUrl.length ? fromUrl.sort((a, b) => order(a) - order(b)).slice(0, MAX) : here;
}

/** Every strategy by region, with the compare page it is on (compare/strategies.json). */
async function loadIndex(form: HTMLFormElement): Promise<ChooserIndex> {
  const response = await fetch(form.dataset['index'] ?? '');
  if (!response.ok) throw new Error(`chooser index: ${response.status}`);
  return (await response.json()) as ChooserIndex;
}

/** The chooser: its boxes by region, the strategies it brings in, and the address and status. */
async function chooser(form: HTMLFormElement, table: HTMLTableElement, regionsEl: HTMLElement) {
  const statusEl = byId('chooser-status');
  const index = await loadIndex(form);
  if (!statusEl) throw new Error('no chooser status');
  const strategies = index.regions.flatMap((r) => r.strategies);
  const known = new Map(strategies.map((s, order) => [s.id, { ...s, order }]));
  const order = (id: string) => known.get(id)?.order ?? Infinity;
  const here = [...table.querySelectorAll<HTMLElement>('thead [data-s]')].map(
    (th) => th.dataset['s'] ?? '',
  );
  const rows = containers(document);
  const has = (id: string) => table.querySelector(`thead ${cellSelector(id)}`) !== null;
  const groups = regionGroups(index.regions, strategies.length <= OPEN_ALL);
  regionsEl.replaceChildren(...groups.map((g) => g.details));
  const boxes = groups.flatMap((g) => g.boxes);
  const pageDoc = pageFetcher(index.pages);

  let latest = 0;
  const apply = async (chosen: string[], updateUrl: boolean) => {
    const run = ++latest;
    tick(groups, chosen);
    shareChoice(chosen, here, updateUrl);
    const missing = chosen.filter((id) => !has(id));
    const failed: string[] = [];
    if (missing.length) {
      statusEl.textContent = `Loading ${plural(missing.length, 'strategy', 'strategies')} from other pages…`;
      await Promise.all(
        missing.map((id) =>
          pageDoc(known.get(id)?.page ?? 0)
            .then((doc) => bring(id, doc, rows))
            .catch(() => failed.push(id)),
        ),
      );
      if (run !== latest) return; // a newer choice has taken over
    }
    arrange(rows, chosen, order);
    const shown = chosen.filter(has).length;
    const lost = failed.map((id) => known.get(id)?.label ?? id).join(', ');
    statusEl.textContent =
      `Showing ${shown} of ${strategies.length} strategies.` +
      (failed.length ? ` Could not load ${lost}: check your connection and choose again.` : '');
  };

  const initial = initialChoice(known, order, here);
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
