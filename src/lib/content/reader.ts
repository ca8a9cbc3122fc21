/**
 * The one content reader, for the build and `npm run check:content` alike. It lists every file under
 * the content folder and either reads it into its collection or reports why it will not be built:
 * hidden files, unknown files, ids that are not lowercase slugs (or differ only in case), duplicate
 * ids, text that is not UTF-8 or holds control characters, YAML errors and schema problems. Each
 * problem names its file, line and column. Entries that cannot be read are listed as unreadable, so
 * checks across entries do not report follow-on problems about them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseSource } from '../source-text.ts';
import { decodeUtf8, forbiddenCharacters, forbiddenInValue, hygieneProblem } from './hygiene.ts';
import { FILE_ID, toSlug } from './ids.ts';
import { readOverview } from './overview.ts';
import { formatReport, type FieldPath, type Problem } from './problem.ts';
import {
  COLLECTION_NAMES,
  COLLECTIONS,
  type CollectionData,
  type CollectionName,
  type Layout,
} from './registry.ts';
import { schemaProblems } from './schema-problems.ts';
import { labelPath, parseYaml, type YamlFile } from './yaml.ts';

export { FILE_ID, toSlug };

export type ReadEntry<T> = {
  id: string;
  /** Relative to the working folder, e.g. `content/themes.yaml`. */
  file: string;
  data: T;
  /** The value as written, before the schema's defaults: what the Astro loader hands to Astro. */
  raw: unknown;
  /** Where the entry sits in its file: `[]` for a file of its own, `[3]` for the fourth of a list. */
  at: FieldPath;
  /** The file's text, for digests. */
  text: string;
  /** Overviews: the Markdown and its HTML. */
  body?: string;
  html?: string;
};

export type Entries = { [N in CollectionName]: ReadEntry<CollectionData<N>>[] };
export type Unreadable = { [N in CollectionName]: Set<string> };

export type ContentRead = {
  dir: string;
  entries: Entries;
  /** Ids of entries present on disk that could not be read. */
  unreadable: Unreadable;
  problems: Problem[];
  /** Each YAML file read, to place problems found by later checks. */
  yaml: Map<string, YamlFile>;
};

/**
 * One entry of a file-per-entry collection, read and checked as `readContent` reads it, for the site
 * model: Astro's store keeps only the ids and digests of the collections marked `stored`. The content
 * loader has already checked the same file in this build, so a problem here means it changed since.
 */
export function readEntry<N extends 'sources' | 'strategies'>(
  dir: string,
  name: N,
  id: string,
): CollectionData<N> {
  const layout: Layout = COLLECTIONS[name].layout;
  const rel = layout.kind === 'files' ? `${layout.dir}/${id}${layout.ext}` : id;
  const read = emptyRead(dir);
  readFile(read, name, id, join(dir, rel), join(dir, rel));
  const entry = read.entries[name][0];
  if (!entry) throw new Error(`Content changed during the build:\n${formatReport(read.problems, dir)}`);
  return entry.data;
}

/** Every file under a folder, relative to it, in a stable order; hidden names are returned, not entered. */
export function listFiles(root: string, sub = ''): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(root, sub)).sort()) {
    const rel = sub ? `${sub}/${name}` : name;
    if (!name.startsWith('.') && statSync(join(root, rel)).isDirectory()) out.push(...listFiles(root, rel));
    else out.push(rel);
  }
  return out;
}

const ALLOWED_PLACES = COLLECTION_NAMES.map((n) => {
  const l: Layout = COLLECTIONS[n].layout;
  return l.kind === 'list' ? l.file : `${l.dir}/<id>${l.ext}`;
}).join(', ');

/** Which collection a file belongs to, by its place and extension. */
function collectionOf(rel: string): { name: CollectionName; id: string } | null {
  for (const name of COLLECTION_NAMES) {
    const l: Layout = COLLECTIONS[name].layout;
    if (l.kind === 'list' && rel === l.file) return { name, id: '' };
    if (l.kind === 'files' && rel.startsWith(`${l.dir}/`) && rel.endsWith(l.ext)) {
      const id = rel.slice(l.dir.length + 1, -l.ext.length);
      if (!id.includes('/')) return { name, id };
    }
  }
  return null;
}

function unknownFile(file: string, rel: string): Problem {
  const base = rel.split('/').pop() ?? rel;
  if (base.startsWith('.')) {
    return {
      file,
      path: [],
      expected: 'no hidden files under content/ (they would be checked by no one and never built)',
      found: `a hidden ${statSafe(file)}`,
      fix: `rename it without the leading dot if it is content, or move it out of content/`,
    };
  }
  if (rel.endsWith('.mdx')) {
    return {
      file,
      path: [],
      expected: 'an overview in Markdown (`.md`); MDX can run code, so it is not read',
      found: 'an .mdx file',
      fix: `rename it to ${rel.replace(/\.mdx$/, '.md')} and remove any imports, {expressions} and HTML tags`,
    };
  }
  return {
    file,
    path: [],
    expected: `only files the site builds: ${ALLOWED_PLACES}`,
    found: 'a file no collection reads',
    fix: 'check the folder and extension (e.g. .yaml, not .yml), or move the file out of content/',
  };
}

function statSafe(file: string): string {
  try {
    return statSync(file).isDirectory() ? 'folder' : 'file';
  } catch {
    return 'file';
  }
}

function emptyBy<T>(make: () => T): { [N in CollectionName]: T } {
  return Object.fromEntries(COLLECTION_NAMES.map((n) => [n, make()])) as { [N in CollectionName]: T };
}

function emptyRead(dir: string): ContentRead {
  return {
    dir,
    entries: emptyBy(() => []),
    unreadable: emptyBy(() => new Set<string>()),
    problems: [],
    yaml: new Map(),
  };
}

/** Reads a whole content folder. Synchronous and deterministic: same files, same result. */
export function readContent(dir: string, cwd = process.cwd()): ContentRead {
  const read = emptyRead(dir);
  const places = listFiles(dir).map((rel) => ({
    rel,
    file: relative(cwd, join(dir, rel)) || rel,
    place: rel.split('/').some((part) => part.startsWith('.')) ? null : collectionOf(rel),
  }));
  // Every well-formed id first, so a file differing only in case is caught whichever sorts first.
  const ids = emptyBy(() => new Map<string, string>());
  for (const { rel, place } of places) if (place && FILE_ID.test(place.id)) ids[place.name].set(place.id, rel);
  for (const { rel, file, place } of places) {
    if (!place) {
      read.problems.push(unknownFile(file, rel));
      // An overview left as .mdx is reported once, not again as a strategy without an overview.
      const mdx = /^strategies\/([^/]+)\.mdx$/.exec(rel)?.[1];
      if (mdx) read.unreadable.overviews.add(mdx);
      continue;
    }
    if (place.id !== '' && !checkFileId(read, place.name, place.id, file, ids[place.name])) continue;
    readFile(read, place.name, place.id, file, join(dir, rel));
  }
  return read;
}

/** A file id must be a slug; one that differs from another only in case would collapse into it. */
function checkFileId(
  read: ContentRead,
  name: CollectionName,
  id: string,
  file: string,
  ids: ReadonlyMap<string, string>,
): boolean {
  if (FILE_ID.test(id)) return true;
  const slug = toSlug(id);
  const taken = ids.get(slug);
  const ext = file.slice(file.lastIndexOf('.'));
  read.problems.push({
    file,
    path: [],
    expected: 'a file name that is a lowercase ASCII slug (letters, digits and single hyphens)',
    found: JSON.stringify(id),
    fix: taken
      ? `rename it: as "${slug}" it differs only in case or punctuation from ${taken}; merge the two`
      : `rename it to ${slug}${ext}`,
  });
  read.unreadable[name].add(id).add(slug);
  return false;
}

function readFile(
  read: ContentRead,
  name: CollectionName,
  id: string,
  file: string,
  path: string,
): void {
  const layout: Layout = COLLECTIONS[name].layout;
  const fail = (problems: Problem[]) => {
    read.problems.push(...problems);
    if (id) read.unreadable[name].add(id);
  };
  const decoded = decodeUtf8(readFileSync(path), file);
  if (decoded.text === null) return fail(decoded.problems);
  const text = decoded.text;
  const hygiene = forbiddenCharacters(text, file);
  if (hygiene.length > 0) return fail(hygiene);
  if (layout.kind === 'list') return readList(read, name, file, text);
  if (layout.format === 'source') {
    addEntry(read, name, { id, file, raw: parseSource(text), at: [], text });
    return;
  }
  if (layout.format === 'markdown') {
    const { overview, problems } = readOverview(text, file);
    if (!overview) return fail(problems);
    addEntry(read, name, { id, file, raw: {}, at: [], text, body: text, html: overview.html });
    return;
  }
  const yaml = parseYamlFile(read, text, file);
  if (!yaml) return fail([]);
  if (!addEntry(read, name, { id, file, raw: yaml.value, at: [], text })) read.unreadable[name].add(id);
}

/** Parses a YAML file, reporting its first error (later ones follow from it) or a hidden control character. */
function parseYamlFile(read: ContentRead, text: string, file: string): YamlFile | null {
  const { yaml, problems } = parseYaml(text, file);
  if (!yaml) {
    read.problems.push(...problems.slice(0, 1));
    return null;
  }
  read.yaml.set(file, yaml);
  const hidden = forbiddenInValue(yaml.value);
  if (hidden) {
    read.problems.push(place(read, hygieneProblem(file, hidden.path, hidden.found)));
    return null;
  }
  if (yaml.value === null || yaml.value === undefined) {
    read.problems.push({
      file,
      line: 1,
      column: 1,
      path: [],
      expected: 'the fields of an entry',
      found: 'an empty file',
      fix: 'fill it in from docs/templates/, or delete it',
    });
    return null;
  }
  return yaml;
}

/** Validates one entry against its collection's schema and adds it, or records its problems. */
function addEntry(
  read: ContentRead,
  name: CollectionName,
  entry: Omit<ReadEntry<unknown>, 'data'>,
): boolean {
  const result = COLLECTIONS[name].schema.safeParse(entry.raw);
  if (!result.success) {
    const value = read.yaml.get(entry.file)?.value ?? entry.raw;
    for (const p of schemaProblems(result.error, entry.raw, entry.file)) {
      read.problems.push(place(read, { ...p, path: [...entry.at, ...p.path] }, value));
    }
    return false;
  }
  (read.entries[name] as ReadEntry<unknown>[]).push({ ...entry, data: result.data });
  return true;
}

/** A list file (themes, national, glossary): a YAML list of entries, each with a unique slug id. */
function readList(read: ContentRead, name: CollectionName, file: string, text: string): void {
  const yaml = parseYamlFile(read, text, file);
  if (!yaml) return;
  if (!Array.isArray(yaml.value)) {
    read.problems.push({
      file,
      line: 1,
      column: 1,
      path: [],
      expected: 'a YAML list of entries, each starting `- id: …`',
      found: yaml.value === null ? 'an empty file' : typeof yaml.value,
      fix: 'start each entry with `- id:` (see the existing entries in git history)',
    });
    return;
  }
  const ids = new Map<string, number>();
  yaml.value.forEach((raw: unknown, i: number) => {
    const id = (raw as { id?: unknown } | null)?.id;
    if (typeof id === 'string') {
      const first = ids.get(id.toLowerCase());
      if (first !== undefined) {
        read.problems.push(
          place(read, {
            file,
            path: [i, 'id'],
            expected: 'a unique id in this file',
            found: `${JSON.stringify(id)}, already used by the entry at line ${yaml.locate([first]).line}`,
            fix: 'give one of the two entries another id, or merge them (the second would replace the first)',
          }),
        );
        return;
      }
      ids.set(id.toLowerCase(), i);
    }
    const ok = addEntry(read, name, { id: typeof id === 'string' ? id : String(i), file, raw, at: [i], text });
    if (!ok && typeof id === 'string') read.unreadable[name].add(id);
  });
}

/** Adds line, column and the id-named path to a problem in a YAML file. */
export function place(read: Pick<ContentRead, 'yaml'>, p: Problem, value?: unknown): Problem {
  const yaml = read.yaml.get(p.file);
  if (!yaml || p.line !== undefined) return p;
  return { ...p, ...yaml.locate(p.path), label: labelPath(value ?? yaml.value, p.path) };
}
