/**
 * The specificity counts on every strategy and theme page equal a count over items.csv, and the
 * list behind each number holds exactly that many commitments; so does the chart of them.
 */
import { csvParse } from 'd3-dsv';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

const dist = inject('dist');
// The CSV starts with a byte-order mark for spreadsheets; the parser would keep it in the first column's name.
const rows = csvParse(readFileSync(join(dist, 'data', 'items.csv'), 'utf8').replace(/^\uFEFF/, ''));
const commitments = rows.filter((r) => r['type'] === 'commitment');
const COLUMN = { lead: 'has_lead', timescale: 'has_timescale', measure: 'has_measure' } as const;
type Aspect = keyof typeof COLUMN | 'all';

/** Counted from the download: commitments (optionally on a theme) that state the aspect. */
function expected(strategy: string, aspect: Aspect, theme?: string): number {
  return commitments.filter((r) => {
    if (r['strategy'] !== strategy) return false;
    if (theme && !(r['themes'] ?? '').split('; ').includes(theme)) return false;
    const keys = aspect === 'all' ? Object.values(COLUMN) : [COLUMN[aspect]];
    return keys.every((k) => r[k] === 'yes' || r[k] === 'yes-shared');
  }).length;
}

/** The counts a built page shows, read from its links' data attributes. */
function shown(html: string) {
  return [
    ...html.matchAll(
      /href="([^"]+)"\s+data-strategy="([^"]+)"\s+data-aspect="([^"]+)"\s+data-count="(\d+)"/g,
    ),
  ].map((m) => ({
    href: m[1] ?? '',
    strategy: m[2] ?? '',
    aspect: m[3] as Aspect,
    n: Number(m[4]),
  }));
}
const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const strategies = [...new Set(rows.map((r) => r['strategy'] ?? ''))];

describe('specificity counts', () => {
  // A commitment line that only names the leads of its table row is not a promise: all empty.
  it('gives every commitment row of items.csv yes, yes-shared or no, unless it only names leads', () => {
    const leadLines = [];
    for (const r of rows) {
      const cells = Object.values(COLUMN).map((k) => r[k]);
      const leadLine = r['type'] === 'commitment' && cells.every((c) => c === '');
      if (leadLine) leadLines.push(r['item_id']);
      for (const [k, cell] of cells.entries()) {
        const allowed =
          r['type'] === 'commitment' && !leadLine ? ['yes', 'yes-shared', 'no'] : [''];
        expect(allowed, `${r['strategy']}#${r['item_id']} ${k}`).toContain(cell);
      }
    }
    expect(leadLines.every((id) => /leads/.test(id ?? ''))).toBe(true);
  });

  it('each strategy page shows the counts of its commitments in items.csv, and each list holds that many', () => {
    for (const s of strategies) {
      const counts = shown(page(`strategies/${s}`));
      expect(counts.map((c) => c.aspect)).toEqual(['lead', 'timescale', 'measure', 'all']);
      for (const c of counts) {
        expect(c.n, `${s} ${c.aspect}`).toBe(expected(s, c.aspect));
        const list = page(c.href.replace(/^\//, ''));
        expect(list).toContain(`id="named">`);
        expect(list.match(/id="named">[^<]*\((\d+)\)/)?.[1], `${c.href}`).toBe(String(c.n));
      }
    }
  });

  it('the chart page and its CSV give the same counts as items.csv for every strategy', () => {
    const counts = shown(page('data/specificity'));
    expect(counts.length).toBe(strategies.length * 4);
    for (const c of counts)
      expect(c.n, `${c.strategy} ${c.aspect}`).toBe(expected(c.strategy, c.aspect));
    const file = readFileSync(join(dist, 'data', 'charts', 'specificity.csv'), 'utf8');
    for (const r of csvParse(file))
      expect(Number(r['count']), `${r['strategy_id']} ${r['aspect']}`).toBe(
        expected(r['strategy_id'] ?? '', r['aspect'] as Aspect),
      );
  });

  it('each theme page shows, per strategy, the counts of its commitments on that theme in items.csv', () => {
    const themes = readdirSync(join(dist, 'themes'), { withFileTypes: true }).filter((d) =>
      existsSync(join(dist, 'themes', d.name, 'index.html')),
    );
    let checked = 0;
    for (const t of themes) {
      for (const c of shown(page(`themes/${t.name}`))) {
        expect(c.n, `${t.name} ${c.strategy} ${c.aspect}`).toBe(
          expected(c.strategy, c.aspect, t.name),
        );
        // One page per strategy and aspect, at the theme's section: its heading gives the count.
        const [path = '', anchor] = c.href.replace(/^\//, '').split('#');
        expect(existsSync(join(dist, path, 'index.html')), c.href).toBe(true);
        expect(anchor, c.href).toBe(`on-${t.name}`);
        const heading = page(path).match(new RegExp(`id="${anchor}">[^<]*: (\\d+) of `))?.[1];
        expect(heading, c.href).toBe(String(c.n));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});
