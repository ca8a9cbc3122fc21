/**
 * Synthetic corpora built with the real build, for the browser tests that need a site the real five
 * strategies do not make (30 strategies; long names). A site is built once per test run and shared by
 * every test file that asks for it by name (the run's folder comes from tests/e2e/global-setup.ts).
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { inject } from 'vitest';
import { generate } from '../../scripts/synthetic.ts';

/** The test run's folder for sites, or undefined outside a test run (SITES_DIR then names one). */
function runFolder(): string | undefined {
  try {
    return inject('sites');
  } catch {
    return undefined;
  }
}

/** Builds (or reuses, within this run) the site `name`, whose content `make` writes into a folder. */
export function syntheticSite(
  name: string,
  make: (contentDir: string) => void,
): { root: string; dist: string } {
  const base = runFolder() ?? process.env['SITES_DIR'] ?? mkdtempSync(join(tmpdir(), 'csc-sites-'));
  const root = join(base, name);
  const dist = join(root, 'dist');
  if (existsSync(join(root, 'built'))) return { root, dist };
  mkdirSync(root, { recursive: true });
  make(join(root, 'content'));
  const result = spawnSync('node', ['scripts/build.ts'], {
    env: { ...process.env, CONTENT_DIR: join(root, 'content'), OUT_DIR: dist },
    encoding: 'utf8',
  });
  if (result.status !== 0)
    throw new Error(
      `synthetic build "${name}" failed:\n${`${result.stdout}\n${result.stderr}`.slice(-3000)}`,
    );
  writeFileSync(join(root, 'built'), '');
  return { root, dist };
}

/**
 * The 30-strategy corpus of the scale test: 20 councils, so some have two strategies, in two regions,
 * so each region has more strategies than a chart page shows and the chart pages include full groups.
 */
export const SCALE_STRATEGIES = 30;
export const scaleSite = () =>
  syntheticSite('scale-30', (dir) => generate(SCALE_STRATEGIES, dir, { councils: 20, regions: 2 }));

export const LONG_COUNCIL = 'Royal Borough of Kensington and Chelsea';
export const LONG_TITLE =
  'A Strategy for Carers of All Ages Across the Royal Borough, Its Partners and People';

const edit = (file: string, change: (data: Record<string, unknown>) => void) => {
  const data = parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  change(data);
  writeFileSync(file, stringify(data));
};

/**
 * Long names and awkward values: a council called the Royal Borough of Kensington and Chelsea, an
 * 80-character strategy title, documents dated 1990 and 2040, figures of 0 and of billions, and
 * targets with long period names.
 */
export const longNamesSite = () =>
  syntheticSite('long-names', (dir) => {
    generate(6, dir, { councils: 3 });
    edit(join(dir, 'councils', 'council-000.yaml'), (c) => {
      c['name'] = LONG_COUNCIL;
      c['officialName'] = `The ${LONG_COUNCIL}`;
    });
    const files = readdirSync(join(dir, 'strategies'))
      .filter((f) => f.endsWith('.yaml'))
      .sort();
    files.forEach((f, s) =>
      edit(join(dir, 'strategies', f), (st) => {
        st['shortTitle'] = s % 2 === 0 ? LONG_TITLE : `Plan ${s}`;
        if (s === 0) {
          st['period'] = { start: 1990, end: 1992, label: '1990-1992' };
          st['date'] = { label: '1990', year: 1990 };
        }
        if (s === 1) {
          st['period'] = { start: 2037, end: 2040, label: '2037-2040' };
          st['date'] = { label: '2040', year: 2040 };
        }
        const items = st['items'] as Record<string, unknown>[];
        const quoted = items.filter((i) => typeof i['quote'] === 'string');
        quoted.slice(0, 2).forEach((item, k) => {
          const word = String(item['quote']).split(' ')[0] ?? 'x';
          Object.assign(item, {
            type: 'target',
            measure:
              'number of carers of people of every age receiving a service or advice ' +
              `after an assessment ${k + 1}`,
            unit: 'carers',
            values: [
              {
                period: 'The first year of this strategy (2010 to 2011)',
                year: 2010,
                stated: word,
                value: 0,
                valueNote: 'Synthetic: a value chosen to test the charts, not the quoted number.',
              },
              {
                period: '2011-2012',
                year: 2011,
                stated: word,
                value: 2_500_000,
                valueNote: 'Synthetic: a value chosen to test the charts, not the quoted number.',
              },
              {
                period: '2012-2013',
                year: 2012,
                stated: word,
                value: 5_000_000_000,
                valueNote: 'Synthetic: a value chosen to test the charts, not the quoted number.',
              },
            ],
          });
          for (const key of ['stated', 'value', 'kind', 'year', 'name']) delete item[key];
        });
        quoted.slice(2, 4).forEach((item, k) => {
          const word = String(item['quote']).split(' ')[0] ?? 'x';
          Object.assign(item, {
            type: 'figure',
            stated: word,
            value: k === 0 ? 0 : 7_500_000_000,
            valueNote: 'Synthetic: a value chosen to test the charts, not the quoted number.',
            measure:
              'carers in the Royal Borough of Kensington and Chelsea known to adult social care services in the year',
            unit: 'carers',
            kind: 'reach',
            year: 2008,
          });
          delete item['name'];
        });
      }),
    );
  });
