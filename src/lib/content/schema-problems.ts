/**
 * Turns Zod's issues into problems a contributor can act on: "required field `summary` is missing",
 * "unknown field `colour`", the values allowed, and the value found.
 */
import type { z } from 'astro/zod';
import { toSlug } from './ids.ts';
import type { FieldPath, Problem } from './problem.ts';

/** The value at a path, or undefined where the path does not exist. */
export function valueAt(value: unknown, path: FieldPath): unknown {
  let node = value;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/** A found value, short enough for one line. */
export function show(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value) ?? String(value);
  return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}

const lastKey = (path: FieldPath) => String(path[path.length - 1] ?? '');

/** A field missing, or a value of the wrong type. */
function typeProblem(
  issue: z.core.$ZodIssueInvalidType,
  path: (string | number)[],
  found: unknown,
): Omit<Problem, 'file'> {
  if (found === undefined) {
    return {
      path,
      expected: `a \`${lastKey(path)}\` field`,
      message: `required field \`${lastKey(path)}\` is missing`,
      fix: `add \`${lastKey(path)}:\` here (see docs/templates/ for an example)`,
    };
  }
  const quotes = issue.expected === 'number' ? ' (no quotes)' : '';
  return {
    path,
    expected: `a ${issue.expected}`,
    found: show(found),
    fix: `write \`${lastKey(path)}\` as a ${issue.expected}${quotes}`,
  };
}

/** A value matching none of a union's options: for an entry kind, the field that says which kind. */
function unionProblem(
  issue: z.core.$ZodIssueInvalidUnion,
  path: (string | number)[],
  value: unknown,
  expected: string,
): Omit<Problem, 'file'> {
  const discriminator = (issue as { discriminator?: string }).discriminator;
  if (!discriminator) return { path, expected, found: show(valueAt(value, path)) };
  const at = lastKey(path) === discriminator ? path : [...path, discriminator];
  return {
    path: at,
    expected: `\`${discriminator}\` to be one of the kinds allowed here`,
    found: show(valueAt(value, at)),
    fix: `set \`${discriminator}\` to one of the values in docs/templates/`,
  };
}

/** One case per Zod issue code. */
function fromIssue(issue: z.core.$ZodIssue, value: unknown): Omit<Problem, 'file'> {
  const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
  const found = valueAt(value, path);
  // Our schemas' own messages start "expected …"; Zod's start "Invalid input: expected …".
  const expected = issue.message.replace(/^Invalid (input|option): /, '').replace(/^expected /, '');
  switch (issue.code) {
    case 'invalid_type':
      return typeProblem(issue, path, found);
    case 'unrecognized_keys':
      return {
        path: [...path, issue.keys[0] ?? ''],
        expected: `only the fields this entry can have`,
        found: `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `\`${k}\``).join(', ')}`,
        fix: 'check the spelling against docs/templates/, or remove the field (unknown fields would be lost)',
      };
    case 'too_big':
      return {
        path,
        expected: `at most ${String(issue.maximum)} ${issue.origin === 'string' ? 'characters' : 'entries'}`,
        found: `${typeof found === 'string' || Array.isArray(found) ? found.length : show(found)}`,
        fix: 'shorten it: the limits, generous for real content, are in CONTRIBUTING.md',
      };
    case 'invalid_format':
      return {
        path,
        expected,
        found: show(found),
        fix:
          typeof found === 'string' && /a-z0-9/.test(String(issue.pattern)) && toSlug(found) !== found
            ? `write it as "${toSlug(found)}"`
            : 'write it in the form of the example given',
      };
    case 'invalid_value':
      return {
        path,
        expected: `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`,
        found: found === undefined ? 'nothing' : show(found),
        fix: `use one of the values listed for \`${lastKey(path)}\``,
      };
    case 'invalid_union':
      return unionProblem(issue, path, value, expected);
    default: {
      // Our own checks (custom issues) pass their fix in `params`.
      const fix = (issue as { params?: { fix?: unknown } }).params?.fix;
      return {
        path,
        expected,
        ...(found === undefined || issue.code === 'custom' ? {} : { found: show(found) }),
        ...(typeof fix === 'string' ? { fix } : {}),
      };
    }
  }
}

/** One problem per issue; a missing field never also reports what depended on it. */
export function schemaProblems(error: z.ZodError, value: unknown, file: string): Problem[] {
  return error.issues.map((issue) => ({ file, ...fromIssue(issue, value) }));
}
