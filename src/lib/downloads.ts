/**
 * Rows for the open-data downloads, one function per file, each column described once here so the
 * data page documents exactly what the files contain.
 */
import type { SiteModel } from './model.ts';
import { url } from './paths.ts';
import { ASPECT_LABELS, ASPECTS, aspectValue, specificityOf } from './specificity.ts';

const ASPECT_WORDS = {
  lead: 'who leads',
  timescale: 'by when',
  measure: 'how success is measured',
} as const;

export type Column = { name: string; description: string };

export const ITEM_COLUMNS: Column[] = [
  { name: 'strategy', description: 'Strategy id, e.g. barnet-2009' },
  { name: 'council', description: 'Council name' },
  {
    name: 'item_id',
    description: "Item id, unique within its strategy; the source's own numbering where it has one",
  },
  {
    name: 'type',
    description: 'commitment, achievement, figure, target, good-practice, feedback, gap or outcome',
  },
  {
    name: 'framework_heading',
    description:
      "The council's own heading the item sits under, verbatim (empty for context items)",
  },
  { name: 'themes', description: 'Shared theme ids, separated by "; "' },
  { name: 'text', description: 'Our plain-English summary' },
  { name: 'quote', description: "The council's words, verbatim" },
  { name: 'note', description: 'Caveats and ambiguities, in our words' },
  { name: 'source_url', description: 'Link to the passage in the source document' },
  { name: 'permalink', description: 'Link to the item on this site' },
  ...ASPECTS.map((a) => ({
    name: ASPECT_LABELS[a].column,
    description: `Commitments only: whether the source says ${ASPECT_WORDS[a]}: yes (for this line), yes-shared (stated once for its row, area or table), or no`,
  })),
];

export const FIGURE_COLUMNS: Column[] = [
  { name: 'strategy', description: 'Strategy id (empty for council-wide facts)' },
  { name: 'council', description: 'Council name' },
  { name: 'item_id', description: 'Item id, or "fact-N" for council-wide facts' },
  { name: 'stated', description: 'The figure exactly as the source writes it' },
  { name: 'value', description: 'The figure as a number (lower end of a range); never rounded' },
  { name: 'value_to', description: 'Upper end of a range, if the source gives one' },
  {
    name: 'qualifier',
    description: 'over, nearly, at least, up to, about, less than or almost, as the source says',
  },
  { name: 'unit', description: 'What the number counts: carers, GBP, percent, ...' },
  { name: 'kind', description: 'population, reach, money, performance or other' },
  { name: 'measure', description: 'What is measured, in our words' },
  { name: 'period', description: 'Period as the source states it' },
  { name: 'year', description: 'First calendar year of the period' },
  { name: 'quote', description: "The council's words, verbatim" },
  { name: 'source_url', description: 'Link to the passage in the source document' },
];

export const TARGET_COLUMNS: Column[] = [
  { name: 'strategy', description: 'Strategy id' },
  { name: 'council', description: 'Council name' },
  { name: 'item_id', description: 'Item id' },
  { name: 'measure', description: 'What is measured, in our words' },
  { name: 'unit', description: 'Unit of the target' },
  { name: 'period', description: 'Period of this target value, as the source states it' },
  { name: 'year', description: 'First calendar year of the period' },
  { name: 'stated', description: 'Target value as the source writes it' },
  { name: 'value', description: 'Target value as a number' },
  { name: 'source_url', description: 'Link to the passage in the source document' },
];

type Row = Record<string, string | number>;
const abs = (site: URL, path: string) => new URL(path, site).href;

export function itemRows(model: SiteModel, site: URL): Row[] {
  return model.strategies.flatMap((s) => {
    const headings = new Map(s.framework.headings.map((h) => [h.id, h.title]));
    const specs = new Map(specificityOf(s.items).map((c) => [c.item.id, c.spec]));
    return s.items.map((i) => ({
      strategy: s.id,
      council: s.councilName,
      item_id: i.id,
      type: i.type,
      framework_heading: i.heading ? (headings.get(i.heading) ?? '') : '',
      themes: i.themes.join('; '),
      text: i.summary,
      quote: i.quote,
      note: i.note ?? '',
      source_url: abs(site, url.source(s.source, i.passages[0])),
      permalink: abs(site, url.item(i)),
      ...Object.fromEntries(
        ASPECTS.map((a) => {
          const spec = specs.get(i.id);
          return [ASPECT_LABELS[a].column, spec ? aspectValue(spec[a]) : ''];
        }),
      ),
    }));
  });
}

export function figureRows(model: SiteModel, site: URL): Row[] {
  const items = model.strategies.flatMap((s) =>
    s.items.flatMap((i) =>
      i.type === 'figure'
        ? [
            {
              strategy: s.id,
              council: s.councilName,
              item_id: i.id,
              stated: i.stated,
              value: i.value,
              value_to: i.valueTo ?? '',
              qualifier: i.qualifier ?? '',
              unit: i.unit,
              kind: i.kind,
              measure: i.measure,
              period: i.period ?? '',
              year: i.year ?? '',
              quote: i.quote,
              source_url: abs(site, url.source(s.source, i.passages[0])),
            },
          ]
        : [],
    ),
  );
  const facts = model.councils.flatMap((c) =>
    c.facts.map((f, n) => ({
      strategy: '',
      council: c.name,
      item_id: `fact-${n + 1}`,
      stated: f.stated,
      value: f.value,
      value_to: f.valueTo ?? '',
      qualifier: f.qualifier ?? '',
      unit: f.unit,
      kind: f.kind,
      measure: f.measure,
      period: f.period ?? '',
      year: f.year ?? '',
      quote: f.quote,
      source_url: abs(site, url.source(f.source, c.factPassages[n])),
    })),
  );
  return [...items, ...facts];
}

export function targetRows(model: SiteModel, site: URL): Row[] {
  return model.strategies.flatMap((s) =>
    s.items.flatMap((i) =>
      i.type === 'target'
        ? i.values.map((v) => ({
            strategy: s.id,
            council: s.councilName,
            item_id: i.id,
            measure: i.measure,
            unit: i.unit,
            period: v.period,
            year: v.year,
            stated: v.stated,
            value: v.value,
            source_url: abs(site, url.source(s.source, i.passages[0])),
          }))
        : [],
    ),
  );
}

/** strategies.json: each strategy's typed entry, as validated, with links added. */
export function strategiesJson(model: SiteModel, site: URL) {
  return model.strategies.map(({ items, headingPassages: _h, ...s }) => ({
    ...s,
    url: abs(site, url.strategy(s.id)),
    sourceUrl: abs(site, url.source(s.source)),
    items: items.map(({ passages, part, anchor: _a, strategyId: _s, councilId: _c, ...i }) => ({
      ...i,
      sourceUrl: abs(site, url.source(s.source, passages[0])),
      permalink: abs(site, url.item({ strategyId: s.id, part, id: i.id })),
    })),
  }));
}
