/**
 * The open-data downloads. Each CSV's columns are a Zod object: its key order is the files' stable
 * column order, and its field types and descriptions feed the data page and the Data Package
 * (datapackage.json), so every description of a column is written once, here or in the content schema.
 */
import { z } from 'astro/zod';
import { figureFields, slug } from '../schemas/common.ts';
import { councilSchema } from '../schemas/council.ts';
import { ITEM_TYPES } from '../schemas/item.ts';
import { DOCUMENT_TYPES, STATUSES } from '../schemas/strategy.ts';
import { absoluteUrl, linkForm } from './links.ts';
import {
  DOCUMENT_TYPE_LABELS,
  ITEM_TYPE_LABELS,
  STATUS_LABELS,
  type ItemView,
  type SiteModel,
  type StrategyView,
} from './model.ts';
import { itemTitle } from './names.ts';
import { url } from './paths.ts';
import { documentTitle } from './citation.ts';
import {
  ASPECT_LABELS,
  ASPECTS,
  aspectValue,
  specificityOf,
  type Specificity,
} from './specificity.ts';

/** A field with its description: the content schema's own where it has one, otherwise ours. */
function described<T extends z.ZodType>(field: T, description: string): T {
  return field.meta()?.description ? field : field.meta({ description });
}
const ASPECT_WORDS = {
  lead: 'who leads',
  timescale: 'by when',
  measure: 'how success is measured',
} as const;

/** Commitments only: whether the source states each aspect (see src/lib/specificity.ts). */
const aspectColumns = Object.fromEntries(
  ASPECTS.map((a) => [
    ASPECT_LABELS[a].column,
    z.enum(['yes', 'yes-shared', 'no', '']).meta({
      description:
        `Commitments only: whether the source says ${ASPECT_WORDS[a]}: yes (for this line), ` +
        'yes-shared (stated once for its row, area or table), or no; empty for a line that ' +
        'only names the lead or date of other lines',
    }),
  ]),
) as Record<
  'has_lead' | 'has_timescale' | 'has_measure',
  z.ZodEnum<{ yes: 'yes'; 'yes-shared': 'yes-shared'; no: 'no'; '': '' }>
>;

/** An empty cell, where a number is not given. */
const BLANK = '' as const;
const text = (description: string) => z.string().meta({ description });
const blankOr = <T extends z.ZodType>(field: T) => z.union([field, z.literal('')]);
const optionalYear = (description: string) =>
  blankOr(z.int().min(1990).max(2040)).meta({ description });

/** Columns every CSV has first: which document and council a row comes from, in words and codes. */
const documentColumns = {
  strategy: blankOr(slug()).meta({
    description: 'Strategy id, e.g. barnet-2009 (empty for council-wide facts)',
  }),
  strategy_title: text(
    'The document’s title as published (case corrected where the source is in capitals)',
  ),
  council: text('The council’s everyday name, e.g. Barnet'),
  council_official_name: described(councilSchema.shape.officialName, 'The council’s official name'),
  ons_code: described(councilSchema.shape.gss, 'The council’s ONS (GSS) code, e.g. E09000003'),
  document_year: optionalYear('The year of the document’s date'),
  document_period: text('The years the document covers, e.g. 2009-2012, or its own words for them'),
};

/** Columns every CSV has last: the links, and whether they are absolute. */
const linkColumns = {
  source_url: text('Link to the council’s passage in the source document on this site'),
  permalink: text('Link to the item on this site'),
  link_form: z.enum(['absolute', 'relative']).meta({
    description:
      'absolute, or relative: the links are paths on the site’s own address (a build without SITE_URL)',
  }),
};

export const itemRowSchema = z.strictObject({
  ...documentColumns,
  document_type: z.enum(DOCUMENT_TYPES).meta({ description: 'What kind of document, as a code' }),
  document_type_label: text('What kind of document, in words'),
  status: z.enum(STATUSES).meta({ description: 'The document’s status, as a code' }),
  status_label: text('The document’s status, in words'),
  item_id: text("Item id, unique within its strategy; the source's own numbering where it has one"),
  type: z.enum(ITEM_TYPES as [string, ...string[]]).meta({ description: 'Item type, as a code' }),
  type_label: text('Item type, in words'),
  framework_heading: text(
    "The council's own heading the item sits under, verbatim (empty for context items)",
  ),
  themes: text('Shared theme ids, separated by "; "'),
  theme_labels: text('Shared theme names, in the same order, separated by "; "'),
  title: text('The item’s short title, in our words'),
  text: text('Our plain-English summary'),
  quote: text("The council's words, verbatim"),
  note: text('Caveats and ambiguities, in our words'),
  ...linkColumns,
  ...aspectColumns,
});

export const figureRowSchema = z.strictObject({
  ...documentColumns,
  item_id: text('Item id, or "fact-N" for council-wide facts'),
  stated: described(figureFields.stated, 'The figure exactly as the source writes it'),
  value: described(
    figureFields.value,
    'The figure as a number (lower end of a range); never rounded',
  ),
  value_to: blankOr(z.number()).meta({
    description: 'Upper end of a range, if the source gives one',
  }),
  qualifier: text('over, nearly, at least, up to, about, less than or almost, as the source says'),
  unit: described(figureFields.unit, 'What the number counts: carers, GBP, percent, ...'),
  kind: described(figureFields.kind, 'population, reach, money, performance or other'),
  measure: described(figureFields.measure, 'What is measured, in our words'),
  period: text('The period of the figure, as the source states it'),
  year: optionalYear('First calendar year of the figure’s period'),
  quote: text("The council's words, verbatim"),
  ...linkColumns,
});

export const targetRowSchema = z.strictObject({
  ...documentColumns,
  item_id: text('Item id'),
  measure: text('What is measured, in our words'),
  unit: text('Unit of the target'),
  period: text('Period of this target value, as the source states it'),
  year: z.int().meta({ description: 'First calendar year of the period' }),
  stated: text('Target value as the source writes it'),
  value: z.number().meta({ description: 'Target value as a number' }),
  ...linkColumns,
});

export type ItemRow = z.input<typeof itemRowSchema>;
export type FigureRow = z.input<typeof figureRowSchema>;
export type TargetRow = z.input<typeof targetRowSchema>;
export type Row = Record<string, string | number>;

export type Column = { name: string; description: string };
/** A CSV's columns in their stable order, with their descriptions. */
export const columnsOf = (schema: z.ZodObject): Column[] =>
  Object.entries(schema.shape).map(([name, field]) => ({
    name,
    description: (field as z.ZodType).meta()?.description ?? '',
  }));

export const ITEM_COLUMNS = columnsOf(itemRowSchema);
export const FIGURE_COLUMNS = columnsOf(figureRowSchema);
export const TARGET_COLUMNS = columnsOf(targetRowSchema);

/** Where a row comes from: a strategy, or (for council-wide facts) only a council. */
type Where = Pick<StrategyView, 'councilName' | 'councilOfficialName' | 'councilGss'> &
  Partial<Pick<StrategyView, 'id' | 'title' | 'citationTitle' | 'date' | 'period'>>;

function documentCells(s: Where) {
  const p = s.period;
  const years =
    p && p.start !== undefined
      ? `${p.start}${p.end !== undefined && p.end !== p.start ? `-${p.end}` : ''}`
      : '';
  return {
    strategy: s.id ?? '',
    strategy_title: s.title
      ? documentTitle({ title: s.title, citationTitle: s.citationTitle })
      : '',
    council: s.councilName,
    council_official_name: s.councilOfficialName,
    ons_code: s.councilGss,
    document_year: s.date?.year ?? BLANK,
    document_period: years || (p?.label ?? ''),
  };
}

/** Blank for items that are not commitments. */
const aspectCells = (spec: Specificity | undefined) =>
  Object.fromEntries(
    ASPECTS.map((a) => [ASPECT_LABELS[a].column, spec ? aspectValue(spec[a]) : '']),
  ) as Record<keyof typeof aspectColumns, 'yes' | 'yes-shared' | 'no' | ''>;

function linkCells(site: URL | undefined, source: string, permalink: string) {
  return {
    source_url: absoluteUrl(source, site),
    permalink: absoluteUrl(permalink, site),
    link_form: linkForm(site),
  };
}

export function itemRow(
  s: StrategyView,
  i: ItemView,
  site: URL | undefined,
  themeTitles: Map<string, string>,
  spec?: Specificity,
): ItemRow {
  const heading = s.framework.headings.find((h) => h.id === i.heading);
  return {
    ...documentCells(s),
    document_type: s.documentType,
    document_type_label: DOCUMENT_TYPE_LABELS[s.documentType],
    status: s.status,
    status_label: STATUS_LABELS[s.status],
    item_id: i.id,
    type: i.type,
    type_label: ITEM_TYPE_LABELS[i.type].one,
    framework_heading: heading?.title ?? '',
    themes: i.themes.join('; '),
    theme_labels: i.themes.map((t) => themeTitles.get(t) ?? t).join('; '),
    title: itemTitle(i),
    text: i.summary,
    quote: i.quote,
    note: i.note ?? '',
    ...linkCells(site, i.sourceHref, url.item(i)),
    ...aspectCells(spec),
  };
}

/** Item rows, for all strategies or for those given (a strategy page's, a theme's). */
export function itemRows(
  model: Pick<SiteModel, 'strategies' | 'themes'>,
  site: URL | undefined,
  keep: (i: ItemView) => boolean = () => true,
): ItemRow[] {
  const themeTitles = new Map(model.themes.map((t) => [t.id, t.title]));
  return model.strategies.flatMap((s) => {
    const specs = new Map(specificityOf(s.items).map((c) => [c.item.id, c.spec]));
    return s.items.filter(keep).map((i) => itemRow(s, i, site, themeTitles, specs.get(i.id)));
  });
}

const figureCells = (f: z.output<z.ZodObject<typeof figureFields>>) => ({
  stated: f.stated,
  value: f.value,
  value_to: f.valueTo ?? BLANK,
  qualifier: f.qualifier ?? '',
  unit: f.unit,
  kind: f.kind,
  measure: f.measure,
  period: f.period ?? '',
  year: f.year ?? BLANK,
});

export function figureRows(model: SiteModel, site: URL | undefined): FigureRow[] {
  const items = model.strategies.flatMap((s) =>
    s.items.flatMap((i) =>
      i.type === 'figure'
        ? [
            {
              ...documentCells(s),
              item_id: i.id,
              ...figureCells(i),
              quote: i.quote,
              ...linkCells(site, i.sourceHref, url.item(i)),
            },
          ]
        : [],
    ),
  );
  const facts = model.councils.flatMap((c) =>
    c.facts.map((f, n) => ({
      ...documentCells({
        councilName: c.name,
        councilOfficialName: c.officialName,
        councilGss: c.gss,
      }),
      item_id: `fact-${n + 1}`,
      ...figureCells(f),
      quote: f.quote,
      ...linkCells(site, c.factHrefs[n] ?? url.source(f.source), url.council(c.id)),
    })),
  );
  return [...items, ...facts];
}

export function targetRows(model: SiteModel, site: URL | undefined): TargetRow[] {
  return model.strategies.flatMap((s) =>
    s.items.flatMap((i) =>
      i.type === 'target'
        ? i.values.map((v) => ({
            ...documentCells(s),
            item_id: i.id,
            measure: i.measure,
            unit: i.unit,
            period: v.period,
            year: v.year,
            stated: v.stated,
            value: v.value,
            ...linkCells(site, i.sourceHref, url.item(i)),
          }))
        : [],
    ),
  );
}

/** A strategy's entry in strategies.json: its typed entry, as validated, with links added. */
export function strategyJson(strategy: SiteModel['strategies'][number], site: URL | undefined) {
  const { items, headingHrefs, ...s } = strategy;
  void headingHrefs; // internal links, not part of the entry
  return {
    ...s,
    url: absoluteUrl(url.strategy(s.id), site),
    sourceUrl: absoluteUrl(url.source(s.source), site),
    items: items.map((item) => {
      const { passages, sourceHref, original, part, anchor, strategyId, councilId, ...i } = item;
      void [passages, original, anchor, strategyId, councilId]; // the entry already says these
      return {
        ...i,
        sourceUrl: absoluteUrl(sourceHref, site),
        permalink: absoluteUrl(url.item({ strategyId: s.id, part, id: i.id }), site),
      };
    }),
  };
}

/**
 * The same text as `JSON.stringify(entries, null, 2)`, an entry at a time, so a download of every
 * strategy never exists as one string. An entry's lines are indented one level more; JSON strings
 * have no raw line breaks, so only the layout's line breaks are indented.
 */
export function* jsonArrayChunks<P>(
  parts: Iterable<P>,
  entry: (part: P) => unknown,
): Generator<string> {
  let first = true;
  for (const part of parts) {
    yield `${first ? '[\n  ' : ',\n  '}${JSON.stringify(entry(part), null, 2).replace(/\n/g, '\n  ')}`;
    first = false;
  }
  yield first ? '[]' : '\n]';
}
