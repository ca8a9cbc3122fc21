/**
 * Checks the links that say how specific a strategy's promises are: what each outcome or target
 * measures, and where a commitment takes its lead or timescale from a line stated once for several.
 * Pure; called by the corpus check.
 */
import type { Strategy } from '../schemas/strategy.ts';
import type { FieldPath } from './content/problem.ts';

export type LinkProblem = { path: FieldPath; expected: string; found: string; fix: string };

export function checkMeasureLinks(s: Strategy): LinkProblem[] {
  const problems: LinkProblem[] = [];
  const items = new Map(s.items.map((it) => [it.id, it]));
  const headings = new Set(s.framework.headings.map((h) => h.id));
  s.items.forEach((item, i) => {
    const at: FieldPath = ['items', i];
    if (
      item.type === 'outcome' &&
      (item.measures === undefined) === (item.appliesTo === undefined)
    ) {
      problems.push({
        path: [...at, item.measures === undefined ? 'measures' : 'appliesTo'],
        expected: 'exactly one of `measures` and `appliesTo`',
        found: item.measures === undefined ? 'neither' : 'both',
        fix:
          'list the ids this outcome measures in `measures`, or write `appliesTo: strategy` ' +
          'where the source states it for the whole strategy',
      });
    }
    if (item.type === 'outcome' || item.type === 'target') {
      (item.measures ?? []).forEach((ref, j) => {
        const target = items.get(ref);
        const ok = headings.has(ref) || (target !== undefined && target.type === 'commitment');
        if (!ok) {
          problems.push({
            path: [...at, 'measures', j],
            expected: 'the id of a commitment or framework heading in this strategy',
            found: `"${ref}"`,
            fix: 'use the id of the commitment or heading this outcome or target measures',
          });
        }
      });
    }
    if (item.type !== 'commitment') return;
    for (const [field, stated] of [
      ['leadFrom', 'lead'],
      ['timescaleFrom', 'timescale'],
    ] as const) {
      const ref = item[field];
      if (ref === undefined) continue;
      const from = items.get(ref);
      if (ref === item.id || from?.type !== 'commitment' || from[stated] === undefined) {
        problems.push({
          path: [...at, field],
          expected: `the id of another commitment in this strategy that records a ${stated}`,
          found: `"${ref}"`,
          fix: `point to the line where the source states the ${stated} for the whole row`,
        });
      } else if (item[stated] !== undefined) {
        problems.push({
          path: [...at, field],
          expected: `either ${stated} or ${field}, not both`,
          found: `"${ref}"`,
          fix: `keep the line's own ${stated} and remove ${field}`,
        });
      }
    }
  });
  return problems;
}
