/** Formatting for display: numbers as the source states them, years, lists. */
import { STATUS_LABELS, type StrategyView } from './model.ts';

/** "2009-2012", "2008 onwards", or the document's own label when years are unknown. */
export function periodLabel(p: StrategyView['period']): string {
  if (p.start !== undefined && p.end !== undefined)
    return p.start === p.end ? `${p.start}` : `${p.start}-${p.end}`;
  if (p.start !== undefined) return `${p.start} onwards`;
  return p.label;
}

/** What kind of document it is and for which years: "draft for consultation, 2009-2012". */
export function statusLine(s: Pick<StrategyView, 'status' | 'period'>, name = ''): string {
  const period = periodLabel(s.period);
  // "Barnet 2009-2012: draft for consultation", not "…: draft for consultation, 2009-2012".
  const status = STATUS_LABELS[s.status].toLowerCase();
  return name.includes(period) ? status : `${status}, ${period}`;
}

/** Joins names as "a, b and c". */
export function listPhrase(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** Counts with a noun: "1 item", "3 items". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}
