/**
 * The list of results: items grouped under their part (a heading, or a page of a document), five
 * headings at a time, each with its items' titles, types, themes and an excerpt from the part's
 * display file.
 */
import type { PartFile } from '../../lib/search-facets.ts';
import {
  excerpt,
  partOf,
  type Facets,
  type Match,
  type SearchBundle,
} from '../../lib/search-query.ts';
import type { SearchFiles } from './files.ts';
import { el, nextTask, type SearchPage } from './page.ts';

/**
 * Headings of results shown at once: each needs its part's display file (about 2 KB), so five keep
 * a search within its budget; "Show more results" brings the next five.
 */
const GROUPS_AT_ONCE = 5;
/** Items shown under a heading; the rest fold into "N more items under this heading". */
const ITEMS_OPEN = 5;

/** Groups items by their part, in the order of each part's best item. */
export function byPart(facets: Facets, matches: readonly Match[]): Match[][] {
  const out = new Map<string, Match[]>();
  for (const m of matches) {
    const key = `${m.page}:${partOf(facets.pages[m.page]!, m.item)}`;
    out.set(key, [...(out.get(key) ?? []), m]);
  }
  return [...out.values()];
}

/** What the first groups list, by Pagefind page id and item, to tell whether a new list differs. */
export const shownKey = (facets: Facets, gs: readonly Match[][]) =>
  gs
    .slice(0, GROUPS_AT_ONCE)
    .map((g) => g.map((m) => `${facets.pages[m.page]![0]}:${m.item}`).join(','))
    .join(';');

/** A part's words and anchors in order, worked out once for all its items (a part may have 50). */
const split = new WeakMap<PartFile, { anchors: PartFile['anchors']; words: string[] }>();
function partWords(f: PartFile) {
  let found = split.get(f);
  if (!found) {
    found = {
      anchors: [...f.anchors].sort((a, b) => a.location - b.location),
      words: f.content.split(/\s+/),
    };
    split.set(f, found);
  }
  return found;
}

/** An item's type and themes, as a result lists them ("Commitment · Breaks and respite"). */
function describe(facets: Facets, m: Match) {
  const it = facets.pages[m.page]![4][m.item]!;
  const type = it[1]! >= 0 ? facets.values.type[it[1]!] : undefined;
  const themes = it.slice(2).map((t) => facets.values.theme[t]);
  return [type, themes.join('; ')].filter(Boolean).join(' · ');
}

function itemNode(which: SearchBundle, facets: Facets, f: PartFile, m: Match) {
  const it = facets.pages[m.page]![4][m.item]!;
  const { anchors, words } = partWords(f);
  const at = (loc: number) => loc - f.offset; // the part's words start at the page's word `offset`
  const k = anchors.findIndex((a) => a.location === it[0]);
  const anchor = anchors[k];
  const li = el('li');
  if (!anchor) return li;
  li.append(el('a', { href: `${f.url}#${anchor.id}` }, anchor.text), ' ');
  li.append(el('span', { class: 'muted' }, describe(facets, m)));
  // The item's words after its title, up to its related terms or the next item.
  let end = anchors[k + 1] ? at(anchors[k + 1]!.location) : words.length;
  const from = at(anchor.location);
  const related = words.findIndex(
    (w, i) => i > from && i < end && w === 'Related' && words[i + 1] === 'terms:',
  );
  if (related > 0) end = related;
  const start = Math.min(end, from + anchor.text.split(/\s+/).length);
  const p = el('p');
  for (const run of excerpt(words, which === 'documents' ? from : start, end, m.hits.map(at)))
    p.append(run.mark ? el('mark', {}, run.text) : run.text);
  if (p.textContent?.trim()) li.append(p);
  return li;
}

/** One heading of results: its link, its strategy, its first items, the rest folded. */
function groupNode(which: SearchBundle, facets: Facets, f: PartFile, g: readonly Match[]) {
  const li = el('li');
  const h = el('h2', { class: 'h3' });
  h.append(el('a', { href: f.url }, f.heading));
  li.append(h, el('p', { class: 'item-meta' }, f.strategy));
  const ul = el('ul', { class: 'sub-results' });
  g.slice(0, ITEMS_OPEN).forEach((m) => ul.append(itemNode(which, facets, f, m)));
  li.append(ul);
  if (g.length > ITEMS_OPEN) {
    const rest = el('details');
    const noun = which === 'documents' ? 'passages' : 'items';
    rest.append(el('summary', {}, `${g.length - ITEMS_OPEN} more ${noun} under this heading`));
    const ul2 = el('ul', { class: 'sub-results-more' });
    g.slice(ITEMS_OPEN).forEach((m) => ul2.append(itemNode(which, facets, f, m)));
    rest.append(ul2);
    li.append(rest);
  }
  return li;
}

/** The groups listed, how many are shown, and the facets they were drawn from. */
export class ResultList {
  groups: Match[][] = [];
  shown = 0;
  facets: Facets | undefined;
  /** Counts the lists begun: a list begun after a drawing started ends that drawing. */
  private drawn = 0;
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly page: SearchPage,
    private readonly files: SearchFiles,
  ) {}

  /** Lists these groups from the start (nothing shown yet). */
  reset(groups: Match[][], facets?: Facets) {
    this.page.list.replaceChildren();
    this.drawn++;
    this.groups = groups;
    this.shown = 0;
    if (facets) this.facets = facets;
  }

  /** Says whether more groups are left to show. */
  updateMore() {
    this.page.more.hidden = this.shown >= this.groups.length;
  }

  /**
   * The next five groups, once their parts' display files are in. Each is drawn in a task of its
   * own: on a slow phone, drawing five at once held the page for a sixth of a second. One drawing
   * at a time, in the order asked ("Show more results" pressed while the first are drawn), and
   * none for a list that has been begun again since.
   */
  renderMore(which: SearchBundle, facets: Facets): Promise<void> {
    const list = this.drawn;
    const next = this.queue.then(() =>
      list === this.drawn ? this.drawMore(which, facets, list) : undefined,
    );
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async drawMore(which: SearchBundle, facets: Facets, list: number) {
    const slice = this.groups.slice(this.shown, this.shown + GROUPS_AT_ONCE);
    this.shown += slice.length;
    const frags = await Promise.all(
      slice.map((g) => this.files.partFile(which, facets.pages[g[0]!.page]!, g[0]!.item)),
    );
    for (const [k, g] of slice.entries()) {
      await nextTask();
      if (list !== this.drawn) return;
      this.page.list.append(groupNode(which, facets, frags[k]!, g));
    }
    this.updateMore();
  }
}
