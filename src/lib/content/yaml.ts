/**
 * The one YAML parser for content, used by `npm run check:content` and the build alike. It keeps
 * positions so every problem can name a line and column, refuses merge keys (`<<`, which parsers
 * disagree on) and stops alias bombs, naming the file either way.
 */
import { CORE_SCHEMA, load } from 'js-yaml';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Node } from 'yaml';
import type { FieldPath, Problem } from './problem.ts';

/** More aliases than any real content file needs, far fewer than an alias bomb expands to. */
export const MAX_ALIASES = 50;

export type Position = { line: number; column: number };

export type YamlFile = {
  value: unknown;
  /** The line and column of a field, or of the nearest enclosing field that exists (for a missing one). */
  locate(path: FieldPath): Position;
};

const FIXES: Partial<Record<string, string>> = {
  BAD_INDENT: 'line the field up with the fields around it, using spaces (two per level)',
  TAB_AS_INDENT: 'indent with spaces, not tabs',
  DUPLICATE_KEY: 'keep one of the two fields with this name',
  MULTIPLE_DOCS: 'remove the `---` line: one file holds one entry (or one list of entries)',
  BLOCK_AS_IMPLICIT_KEY: 'check the line above for a missing `:` or an unclosed quote',
  MISSING_CHAR: 'close the quote or bracket opened on this line',
  TAG_RESOLVE_FAILED: 'remove the `!tag`: content is plain text, numbers, lists and fields',
};

function childOf(node: unknown, key: string | number): { node: unknown; at: Node | null } | null {
  if (isSeq(node) && typeof key === 'number') {
    const item = node.items[key];
    return item === undefined ? null : { node: item, at: item as Node };
  }
  if (isMap(node)) {
    const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
    if (pair) return { node: pair.value, at: isScalar(pair.key) ? pair.key : null };
  }
  return null;
}

/**
 * Anchors, aliases, merge keys and tags where a value or key starts (an alias bomb needs anchors,
 * and every anchor is caught): a file using any of them (or what may be one) takes the full path,
 * which checks them. Errs towards the full path: prose that
 * looks like one ("Note: *Carers*") only costs time.
 */
const NEEDS_FULL_PATH =
  /(?:^|\n)[ \t]*(?:-[ \t]+)*(?:[^\n]*?:[ \t]+)?(?:[&*!]\S|<<[ \t]*:)|[[{][ \t]*(?:[&*!]\S|<<)|,[ \t]*&\S/;

/**
 * The fast path: js-yaml (YAML 1.2 core schema, duplicate keys refused) is about ten times faster
 * than the `yaml` package's documents, which keep positions. A clean file, nearly every file, is
 * read this way; positions are worked out only when a problem needs one. Any error, and any file
 * that may use anchors, aliases, merge keys or tags, goes through the full path instead.
 */
function fastParse(text: string): { value: unknown } | undefined {
  if (NEEDS_FULL_PATH.test(text)) return undefined;
  try {
    return { value: load(text, { schema: CORE_SCHEMA, json: false }) };
  } catch {
    return undefined;
  }
}

export function parseYaml(text: string, file: string): { yaml: YamlFile | null; problems: Problem[] } {
  const fast = fastParse(text);
  if (!fast) return parseYamlFully(text, file);
  let full: YamlFile | null | undefined;
  const locate = (path: FieldPath): Position => {
    full ??= parseYamlFully(text, file).yaml;
    return full?.locate(path) ?? { line: 1, column: 1 };
  };
  return { yaml: { value: fast.value, locate }, problems: [] };
}

// eslint-disable-next-line max-lines-per-function -- one pass over the YAML document with its checks in order
function parseYamlFully(text: string, file: string): { yaml: YamlFile | null; problems: Problem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, merge: false, uniqueKeys: true, prettyErrors: false });
  const pos = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const problems: Problem[] = [...doc.errors, ...doc.warnings].map((e) => ({
    file,
    ...pos(e.pos[0]),
    path: [],
    expected: 'valid YAML',
    found: e.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? e.code,
    fix: FIXES[e.code] ?? 'compare this line with the same field in another file of the same kind',
  }));
  visit(doc, {
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.value === '<<') {
        problems.push({
          file,
          ...pos(pair.key.range?.[0] ?? 0),
          path: [],
          expected: 'fields written out in full',
          found: 'a YAML merge key (`<<`)',
          fix: 'replace `<<: *name` with the fields themselves; merge keys are not part of YAML 1.2',
        });
      }
    },
  });
  if (problems.length > 0) return { yaml: null, problems };
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    const found = error instanceof Error ? error.message : String(error);
    return {
      yaml: null,
      problems: [
        {
          file,
          line: 1,
          column: 1,
          path: [],
          expected: `a YAML file with at most ${MAX_ALIASES} uses of aliases (\`*name\`)`,
          found,
          fix: 'write the repeated values out instead of using anchors and aliases',
        },
      ],
    };
  }
  const locate = (path: FieldPath): Position => {
    let node: unknown = doc.contents;
    let at: Node | null = doc.contents ?? null;
    for (const key of path) {
      const next = childOf(node, key);
      if (!next) break;
      node = next.node;
      at = next.at ?? at;
    }
    return pos(at?.range?.[0] ?? 0);
  };
  return { yaml: { value, locate }, problems: [] };
}

/** The path for people: list entries with an id are named by it, `items["3.2"].quote`, not `items[12]`. */
export function labelPath(value: unknown, path: FieldPath): string {
  let node: unknown = value;
  let out = '';
  for (const key of path) {
    const next: unknown =
      node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
    if (typeof key === 'number') {
      const id =
        next !== null && typeof next === 'object' ? (next as { id?: unknown }).id : undefined;
      out += typeof id === 'string' || typeof id === 'number' ? `[${JSON.stringify(String(id))}]` : `[${key}]`;
    } else out += out === '' ? key : `.${key}`;
    node = next;
  }
  return out || '(file)';
}
