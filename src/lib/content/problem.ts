/**
 * A problem with content, as every check reports it: where (file, line, column, the entry by id),
 * what was expected, what was found and how to fix it. One format for `npm run check:content` and the build.
 */

/** A field path inside a file, e.g. `['items', 12, 'quote']`. */
export type FieldPath = readonly (string | number)[];

export type Problem = {
  /** Path relative to the project, e.g. `content/strategies/surrey-2008.yaml`. */
  file: string;
  /** Where in the file, 1-based; filled in by the reader from the YAML's positions. */
  line?: number;
  column?: number;
  /** The field inside the file. Empty for the file as a whole. */
  path: FieldPath;
  /** The path for people, with list entries named by id (`items["3.2"].quote`); set by the reader. */
  label?: string;
  expected: string;
  found?: string;
  /** Said instead of "expected …; found …" when that reads better ("required field `summary` is missing"). */
  message?: string;
  /** What to do about it, in a sentence. */
  fix?: string;
  /** Further lines shown under the problem, such as the closest passage with differences marked. */
  detail?: string[];
};

/** `['items', 3, 'quote']` → `items[3].quote`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return (
    path.reduce<string>((out, part) => {
      if (typeof part === 'number') return `${out}[${part}]`;
      return out === '' ? String(part) : `${out}.${String(part)}`;
    }, '') || '(entry)'
  );
}

export function formatProblem(p: Problem): string {
  const at = p.line === undefined ? p.file : `${p.file}:${p.line}:${p.column ?? 1}`;
  const field = p.label ?? (p.path.length > 0 ? formatPath(p.path) : '(file)');
  const lines = [
    `${at}: ${field}: ${p.message ?? `expected ${p.expected}${p.found === undefined ? '' : `; found ${p.found}`}`}`,
    ...(p.detail ?? []).map((d) => `    ${d}`),
  ];
  if (p.fix) lines.push(`    Fix: ${p.fix}`);
  return lines.join('\n');
}

/** Every problem, then how many: the text `npm run check:content` prints and the build fails with. */
export function formatReport(problems: readonly Problem[], dir: string): string {
  return [
    ...problems.map(formatProblem),
    '',
    `${problems.length} problem${problems.length === 1 ? '' : 's'} in ${dir}/`,
  ].join('\n');
}
