/**
 * The site model: checked entries joined up for pages, charts, downloads and search.
 * Pure and ordered, so every page built from it is deterministic.
 */
import type { Council } from '../schemas/council.ts';
import type { GlossaryTerm } from '../schemas/glossary.ts';
import type { Item } from '../schemas/item.ts';
import type { HelpView } from './help.ts';
import type { National } from '../schemas/national.ts';
import type { Block, ParsedSource } from '../schemas/source.ts';
import type { SourceRecord } from '../schemas/source-record.ts';
import type { Strategy } from '../schemas/strategy.ts';
import type { Theme } from '../schemas/theme.ts';
import { anchorKey, type Anchors, type CorpusInput } from './corpus.ts';
import { url } from './paths.ts';
import { originalOf, originalPage } from './originals.ts';
import { passagePages, splitPages } from './source-text.ts';

export type ItemView = Item & {
  strategyId: string;
  councilId: string;
  /** Source passage ids the quote was found in; the first is the link target. */
  passages: string[];
  /** The first passage, on the source page that holds it. */
  sourceHref: string;
  /** The page of the council's original PDF the first passage starts on, and a link opening it there. */
  original: { href: string; page: number } | null;
  /** HTML id of the item on its page. */
  anchor: string;
  /** The strategy sub-page the item is listed on: its framework heading, or `context`. */
  part: string;
};

export type StrategyView = Omit<Strategy, 'items'> & {
  id: string;
  items: ItemView[];
  councilName: string;
  /** The council's name as it styles itself, and its ONS code: for citations and downloads. */
  councilOfficialName: string;
  councilGss: string;
  /** Links to the source passages of the title and of each framework heading. */
  headingHrefs: Record<string, string>;
};

export type CouncilView = Council & { id: string; strategies: string[]; factHrefs: string[] };

export type SiteModel = {
  strategies: StrategyView[];
  councils: CouncilView[];
  themes: (Theme & { id: string })[];
  national: (National & { id: string; passage: string; sourceHref: string })[];
  glossary: GlossaryTerm[];
  /** Addresses for "Get help now", each with the passage of the source that confirms it. */
  help: HelpView[];
  /** Each source document, with its blocks split into reader pages and the link to the council's original. */
  sources: {
    id: string;
    data: ParsedSource;
    strategy: string;
    pages: Block[][];
    original: { href: string; label: string } | null;
  }[];
};

export const itemAnchor = (itemId: string) => `item-${itemId}`;

/** Sub-page for items outside the council's own framework (introductions, demographics). */
export const CONTEXT_PART = 'context';

/** Labels for item types, in plain English. */
export const ITEM_TYPE_LABELS: Record<Item['type'], { one: string; many: string }> = {
  commitment: { one: 'Commitment', many: 'Commitments' },
  achievement: {
    one: 'Achievement or current position',
    many: 'Achievements and current position',
  },
  figure: { one: 'Figure', many: 'Figures' },
  target: { one: 'Target', many: 'Targets' },
  'good-practice': { one: 'Good practice', many: 'Good practice' },
  feedback: { one: "Carers' feedback", many: "Carers' feedback" },
  gap: { one: 'Gap', many: 'Gaps still to address' },
  outcome: { one: 'Intended outcome or measure', many: 'Intended outcomes and measures' },
};

export const STATUS_LABELS: Record<Strategy['status'], string> = {
  'first-draft': 'First draft',
  'draft-for-consultation': 'Draft for consultation',
  update: 'Update',
  'progress-review': 'Progress review',
  final: 'Final',
};

export const COUNCIL_TYPE_LABELS: Record<Council['type'], string> = {
  county: 'County council',
  'london-borough': 'London borough',
  'metropolitan-borough': 'Metropolitan borough',
  unitary: 'Unitary authority',
};

export const DOCUMENT_TYPE_LABELS: Record<Strategy['documentType'], string> = {
  strategy: 'Strategy',
  'action-plan': 'Action plan',
  'strategy-update': 'Strategy update',
  'progress-review': 'Progress review',
};

/**
 * Links to passages, each on the reader page of its source that holds it; no passage (or one the
 * page split does not know, which the link checker reports) links to the document's first page.
 */
function passageLinker(pages: ReadonlyMap<string, readonly Block[][]>) {
  const pageOf = new Map([...pages].map(([id, p]) => [id, passagePages(p)]));
  return (source: string, passage: string | undefined): string =>
    passage
      ? url.passage(source, pageOf.get(source)?.get(passage) ?? 1, passage)
      : url.source(source);
}
type Link = ReturnType<typeof passageLinker>;

/** The page of the original each passage starts on (from the text's page markers), by source. */
function originalPager(sources: ModelInput['sources'], records: ReadonlyMap<string, SourceRecord>) {
  const pageOf = new Map(
    sources.map((s) => [s.id, new Map(s.data.passages.map((p) => [p.id, p.page]))]),
  );
  return (source: string, passage: string | undefined) => {
    const record = records.get(source);
    return record && passage ? originalPage(record, pageOf.get(source)?.get(passage)) : null;
  };
}
type Pager = ReturnType<typeof originalPager>;

type ModelInput = Omit<CorpusInput, 'sources' | 'overviews'> & {
  sources: { id: string; data: ParsedSource }[];
  /** Where each source text came from (content/sources/<id>.yaml); none means no links to originals. */
  records?: { id: string; data: SourceRecord }[];
};

export function buildModel(input: ModelInput, anchors: Anchors): SiteModel {
  const pages = new Map(input.sources.map((s) => [s.id, splitPages(s.data.blocks)]));
  const link = passageLinker(pages);
  const records = new Map((input.records ?? []).map((r) => [r.id, r.data]));
  const strategies = strategyViews(input, anchors, link, originalPager(input.sources, records));
  const sourceOwner = new Map(strategies.map((s) => [s.source, s.id]));
  return {
    strategies,
    councils: councilViews(input.councils, strategies, anchors, link),
    themes: input.themes.map(({ id, data }) => ({ ...data, id })),
    national: nationalViews(input.national, anchors, link),
    glossary: input.glossary.map((g) => g.data).sort((a, b) => a.term.localeCompare(b.term)),
    help: (input.help ?? []).map((h) => ({
      ...h.data,
      sourceHref: link(h.data.confirmed?.source ?? '', anchors.get(anchorKey.help(h.id))?.[0]),
      sourceTitle: strategies.find((s) => s.source === h.data.confirmed?.source)?.shortTitle,
    })),
    sources: input.sources
      .map((s) => ({
        id: s.id,
        data: s.data,
        strategy: sourceOwner.get(s.id) ?? '',
        pages: pages.get(s.id) ?? [],
        original: originalOf(records.get(s.id)),
      }))
      .sort((a, b) => a.id.localeCompare(b.id)),
  };
}

/** Strategies with their council's names and the source passages of their headings and items. */
function strategyViews(
  input: ModelInput,
  anchors: Anchors,
  link: Link,
  original: Pager,
): StrategyView[] {
  const councils = new Map(input.councils.map((c) => [c.id, c.data]));
  return input.strategies
    .map(({ id, data }) => {
      const headingHrefs: Record<string, string> = {};
      for (const h of data.framework.headings)
        headingHrefs[h.id] = link(data.source, anchors.get(anchorKey.heading(id, h.id))?.[0]);
      headingHrefs['title'] = link(data.source, anchors.get(anchorKey.title(id))?.[0]);
      return {
        ...data,
        id,
        councilName: councils.get(data.council)?.name ?? data.council,
        councilOfficialName: councils.get(data.council)?.officialName ?? '',
        councilGss: councils.get(data.council)?.gss ?? '',
        headingHrefs,
        items: data.items.map((item) => {
          const passages = anchors.get(anchorKey.item(id, item.id)) ?? [];
          return {
            ...item,
            strategyId: id,
            councilId: data.council,
            passages,
            sourceHref: link(data.source, passages[0]),
            original: original(data.source, passages[0]),
            anchor: itemAnchor(item.id),
            part: item.heading ?? CONTEXT_PART,
          };
        }),
      };
    })
    .sort((a, b) => a.councilName.localeCompare(b.councilName) || a.date.year - b.date.year);
}

/** Councils by name, each with its strategies (in the strategies' order) and links to its facts' passages. */
function councilViews(
  councils: ModelInput['councils'],
  strategies: readonly StrategyView[],
  anchors: Anchors,
  link: Link,
): CouncilView[] {
  return councils
    .map(({ id, data }) => ({
      ...data,
      id,
      strategies: strategies.filter((s) => s.council === id).map((s) => s.id),
      factHrefs: data.facts.map((f, i) => link(f.source, anchors.get(anchorKey.fact(id, i))?.[0])),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The national framework: by kind, then its own order, then title. */
function nationalViews(
  national: ModelInput['national'],
  anchors: Anchors,
  link: Link,
): SiteModel['national'] {
  return national
    .map(({ id, data }) => ({
      ...data,
      id,
      passage: anchors.get(anchorKey.national(id))?.[0] ?? '',
      sourceHref: link(data.source, anchors.get(anchorKey.national(id))?.[0]),
    }))
    .sort(
      (a, b) =>
        a.kind.localeCompare(b.kind) ||
        (a.order ?? 0) - (b.order ?? 0) ||
        a.title.localeCompare(b.title),
    );
}

/** Items of one strategy on one theme. */
export function itemsOnTheme(strategy: StrategyView, themeId: string): ItemView[] {
  return strategy.items.filter((i) => i.themes.includes(themeId));
}

/** strategies × themes item counts: the coverage matrix behind home, compare and a chart. */
export function themeMatrix(
  strategies: readonly StrategyView[],
  themes: readonly { id: string }[],
): number[][] {
  return strategies.map((s) => themes.map((t) => itemsOnTheme(s, t.id).length));
}

/** strategies × 2008 outcomes: items counted once per outcome their themes serve. */
export function outcomeMatrix(
  strategies: readonly StrategyView[],
  themes: readonly { id: string; outcomes: readonly string[] }[],
  outcomes: readonly { id: string }[],
): number[][] {
  const served = new Map(themes.map((t) => [t.id, t.outcomes]));
  return strategies.map((s) =>
    outcomes.map(
      (o) => s.items.filter((i) => i.themes.some((t) => served.get(t)?.includes(o.id))).length,
    ),
  );
}

export type StrategyPart = {
  id: string;
  heading: StrategyView['framework']['headings'][number] | null;
  items: ItemView[];
};

/**
 * A strategy's items split into sub-pages, one per framework heading in the framework's order,
 * then `context` for items outside it. Keeps each page readable on a phone and within budget.
 */
export function strategyParts(strategy: StrategyView): StrategyPart[] {
  const parts: StrategyPart[] = strategy.framework.headings.map((heading) => ({
    id: heading.id,
    heading,
    items: strategy.items.filter((i) => i.heading === heading.id),
  }));
  const rest = strategy.items.filter((i) => i.heading === undefined);
  return [
    ...parts.filter((p) => p.items.length > 0),
    ...(rest.length ? [{ id: CONTEXT_PART, heading: null, items: rest }] : []),
  ];
}
