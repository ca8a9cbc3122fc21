/**
 * Chooses and groups the figures behind each chart. Never combines figures that measure different
 * things in one scale: panels split by strategy and by unit.
 */
import type { BarPanel } from './bars.ts';
import type { Series } from './lines.ts';
import type { TimelineRow } from './timeline.ts';
import type { FigureItem, TargetItem } from '../../schemas/item.ts';
import type { ItemView, SiteModel, StrategyView } from '../model.ts';
import { url } from '../paths.ts';
import { strategyName } from '../names.ts';
import { unitName } from './text.ts';

/** A document's name in a chart: its short title, with its council's name when the title lacks it. */
export const docName = strategyName;

type Figure = ItemView & FigureItem;
const isFigure = (i: ItemView): i is Figure => i.type === 'figure';

function label(f: Figure): string {
  return `${f.measure}${f.period ? ` (${f.period})` : ''}`;
}

function panelsBy(site: SiteModel, keep: (f: Figure) => boolean): BarPanel[] {
  const panels: BarPanel[] = [];
  for (const s of site.strategies) {
    const figures = s.items.filter(isFigure).filter(keep);
    const units = [...new Set(figures.map((f) => f.unit))].sort();
    for (const unit of units) {
      panels.push({
        title: `${docName(s)} (${unitName(unit)})`,
        bars: figures
          .filter((f) => f.unit === unit)
          .map((f) => ({
            label: label(f),
            value: f.value,
            valueTo: f.valueTo,
            stated: f.stated,
            href: url.item(f),
            sourceHref: f.sourceHref,
            period: f.period,
          })),
      });
    }
  }
  return panels;
}

/** Chart 5: carers and others reached by services, per strategy and unit. */
export const reachPanels = (site: SiteModel) => panelsBy(site, (f) => f.kind === 'reach');

/** Chart 6: money in pounds: grants, budgets, investment, each labelled with what it is. */
export const moneyPanels = (site: SiteModel) =>
  panelsBy(site, (f) => f.kind === 'money' && f.unit === 'GBP');

/** Chart 7: how a budget is split, in per cent (Leicestershire's Carers Grant by service-user group). */
export const budgetSharePanels = (site: SiteModel) =>
  panelsBy(site, (f) => f.kind === 'money' && f.unit === 'percent');

/** Chart 8: estimates of the number of carers, from strategies and council facts, ranges kept as ranges. */
export function carerPopulationPanels(site: SiteModel): BarPanel[] {
  const fromStrategies = panelsBy(site, (f) => f.kind === 'population' && f.unit === 'carers');
  const fromFacts: BarPanel[] = site.councils
    .map((c) => ({
      title: `${c.name}: council-wide facts (carers)`,
      bars: c.facts
        .map((f, i) => ({ f, sourceHref: c.factHrefs[i] ?? url.source(f.source) }))
        .filter(({ f }) => f.kind === 'population' && f.unit === 'carers')
        .map(({ f, sourceHref }) => ({
          label: `${f.measure}${f.period ? ` (${f.period})` : ''}`,
          value: f.value,
          valueTo: f.valueTo,
          stated: f.stated,
          href: url.council(c.id),
          sourceHref,
          period: f.period,
        })),
    }))
    .filter((p) => p.bars.length > 0);
  return [...fromStrategies, ...fromFacts];
}

/** Chart 4: every target with values for two or more years, as small multiples. */
export function targetSeries(
  site: SiteModel,
): (Series & { strategy: StrategyView; measure: string })[] {
  return site.strategies.flatMap((s) =>
    s.items
      .filter((i): i is ItemView & TargetItem => i.type === 'target' && i.values.length >= 2)
      .map((t) => ({
        strategy: s,
        // Every panel names its council and strategy, not only its measure.
        title: `${docName(s)}: ${t.measure}`,
        measure: t.measure,
        unit: t.unit,
        href: url.item(t),
        points: t.values.map((v) => ({ label: v.period, value: v.value, stated: v.stated })),
      })),
  );
}

/** Chart 3: each document's period and date. */
export function timelineRows(site: SiteModel): TimelineRow[] {
  return [...site.strategies]
    .sort(
      (a, b) =>
        (a.period.start ?? a.date.year) - (b.period.start ?? b.date.year) ||
        a.councilName.localeCompare(b.councilName),
    )
    .map((s) => ({
      label: docName(s),
      start: s.period.start,
      end: s.period.end,
      date: s.date.year,
      note: s.period.note,
      href: url.strategy(s.id),
    }));
}
