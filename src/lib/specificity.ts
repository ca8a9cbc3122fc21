/**
 * How specific each promise is: for every commitment, whether the source names who leads, by when,
 * and how success will be measured, either on the line itself or once for its whole row, delivery
 * area or table (recorded in content as `leadFrom`, `timescaleFrom`, or an outcome that measures
 * several lines or a heading). Nothing is inferred beyond what content records. Pure.
 */
import type { Item } from '../schemas/item.ts';

export const ASPECTS = ['lead', 'timescale', 'measure'] as const;
export type Aspect = (typeof ASPECTS)[number];

export const ASPECT_LABELS: Record<Aspect, { named: string; none: string; column: string }> = {
  lead: { named: 'Name who leads', none: 'Name no lead', column: 'has_lead' },
  timescale: { named: 'Give a date or timescale', none: 'Give no date', column: 'has_timescale' },
  measure: {
    named: 'Say how success is measured',
    none: 'Say nothing on measuring success',
    column: 'has_measure',
  },
};

/**
 * `item`: stated for this line; `shared`: stated once for several lines (a row, area or table);
 * `none`: the source states nothing that content records.
 */
export type AspectState =
  | { kind: 'item'; text?: string; outcomes: string[] }
  | { kind: 'shared'; text?: string; from?: string; outcomes: string[] }
  | { kind: 'none' };
export type Specificity = Record<Aspect, AspectState>;

type Commitment = Extract<Item, { type: 'commitment' }>;
type Measuring = Extract<Item, { type: 'outcome' | 'target' }>;

const isCommitment = (i: Item): i is Commitment => i.type === 'commitment';
const measuring = (i: Item): i is Measuring =>
  (i.type === 'outcome' || i.type === 'target') && (i.measures?.length ?? 0) > 0;

function stated(
  item: Commitment,
  field: 'lead' | 'timescale',
  byId: ReadonlyMap<string, Commitment>,
): AspectState {
  const own = item[field];
  if (own !== undefined) return { kind: 'item', text: own, outcomes: [] };
  const from = item[field === 'lead' ? 'leadFrom' : 'timescaleFrom'];
  const text = from === undefined ? undefined : byId.get(from)?.[field];
  if (from === undefined || text === undefined) return { kind: 'none' };
  return { kind: 'shared', text, from, outcomes: [] };
}

function measured(item: Commitment, measures: readonly Measuring[]): AspectState {
  if (item.measure !== undefined) return { kind: 'item', text: item.measure, outcomes: [] };
  const direct = measures.filter((m) => m.measures?.includes(item.id));
  const ofHeading = measures.filter(
    (m) => item.heading !== undefined && m.measures?.includes(item.heading),
  );
  const outcomes = [...direct, ...ofHeading].map((m) => m.id);
  if (outcomes.length === 0) return { kind: 'none' };
  // Measured for this line alone only if some outcome measures nothing else.
  const alone = direct.some((m) => m.measures?.length === 1);
  return alone ? { kind: 'item', outcomes } : { kind: 'shared', outcomes };
}

/**
 * A line whose quotation is nothing but its lead or timescale (a table's lead column, recorded so
 * that other lines can take their lead from it): it names who leads but promises nothing itself,
 * so it is not counted as a commitment.
 */
export function onlyNamesLeadOrDate(c: Commitment): boolean {
  const quote = c.quote.trim();
  return quote === c.lead?.trim() || quote === c.timescale?.trim();
}

/** Every commitment of one strategy with its lead, timescale and measure, in content order. */
/** Worked out once per strategy's items: strategy, theme and specificity pages all ask for it. */
const known = new WeakMap<readonly Item[], { item: Commitment; spec: Specificity }[]>();

export function specificityOf(items: readonly Item[]): { item: Commitment; spec: Specificity }[] {
  let found = known.get(items);
  if (!found) known.set(items, (found = specificityOfItems(items)));
  return found;
}

function specificityOfItems(items: readonly Item[]): { item: Commitment; spec: Specificity }[] {
  const commitments = items.filter(isCommitment);
  const byId = new Map(commitments.map((c) => [c.id, c]));
  const measures = items.filter(measuring);
  return commitments
    .filter((c) => !onlyNamesLeadOrDate(c))
    .map((item) => ({
      item,
      spec: {
        lead: stated(item, 'lead', byId),
        timescale: stated(item, 'timescale', byId),
        measure: measured(item, measures),
      },
    }));
}

export type AspectCount = { named: number; shared: number };
export type SpecificityCount = { commitments: number; all: number } & Record<Aspect, AspectCount>;

/** How many commitments name each aspect (and how many of those only for a whole row), and all three. */
export function countSpecificity(specs: Iterable<Specificity>): SpecificityCount {
  const count: SpecificityCount = {
    commitments: 0,
    all: 0,
    lead: { named: 0, shared: 0 },
    timescale: { named: 0, shared: 0 },
    measure: { named: 0, shared: 0 },
  };
  for (const spec of specs) {
    count.commitments++;
    for (const a of ASPECTS) {
      const state = spec[a];
      if (state.kind === 'none') continue;
      count[a].named++;
      if (state.kind === 'shared') count[a].shared++;
    }
    if (ASPECTS.every((a) => spec[a].kind !== 'none')) count.all++;
  }
  return count;
}

/** The download's value for one aspect: `yes`, `yes-shared` (stated once for a row), `no`. */
export function aspectValue(state: AspectState): 'yes' | 'yes-shared' | 'no' {
  if (state.kind === 'none') return 'no';
  return state.kind === 'shared' ? 'yes-shared' : 'yes';
}

/** A share as a whole percentage for display beside the exact count ("12 of 40, 30%"). */
export function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 100);
}
