/**
 * Reads a content folder from disk and checks it exactly as the build does, without Astro:
 * schemas first, then the corpus checks. Used by `npm run check:content` (fast feedback for
 * authors) and by the benchmark to prove its synthetic corpus is valid.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import {
  checkCorpus,
  countWords,
  formatPath,
  type CorpusInput,
  type Problem,
} from '../src/lib/corpus.ts';
import { parseSource } from '../src/lib/source-text.ts';
import { councilSchema } from '../src/schemas/council.ts';
import { glossarySchema } from '../src/schemas/glossary.ts';
import { nationalSchema } from '../src/schemas/national.ts';
import { strategySchema } from '../src/schemas/strategy.ts';
import { themeSchema } from '../src/schemas/theme.ts';

export function readContent(dir: string): { input: CorpusInput; problems: Problem[] } {
  const problems: Problem[] = [];
  const rel = (f: string) => relative(process.cwd(), f);
  const validate = <S extends z.ZodType>(
    schema: S,
    value: unknown,
    file: string,
    prefix = '',
  ): z.output<S> | null => {
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      problems.push({
        file: rel(file),
        path: formatPath([...(prefix ? [prefix] : []), ...issue.path]),
        expected: issue.message.replace(/^Invalid input: expected /, ''),
      });
    }
    return null;
  };
  const files = (sub: string, ext: string) =>
    readdirSync(join(dir, sub))
      .filter((f) => f.endsWith(ext))
      .sort()
      .map((f) => join(dir, sub, f));

  const input: CorpusInput = {
    strategies: [],
    overviews: [],
    councils: [],
    themes: [],
    national: [],
    glossary: [],
    sources: [],
  };
  for (const file of files('strategies', '.yaml')) {
    const data = validate(strategySchema, parse(readFileSync(file, 'utf8')), file);
    if (data) input.strategies.push({ id: basename(file, '.yaml'), file: rel(file), data });
  }
  for (const file of files('strategies', '.mdx')) {
    input.overviews.push({
      id: basename(file, '.mdx'),
      file: rel(file),
      data: { words: countWords(readFileSync(file, 'utf8')) },
    });
  }
  for (const file of files('councils', '.yaml')) {
    const data = validate(councilSchema, parse(readFileSync(file, 'utf8')), file);
    if (data) input.councils.push({ id: basename(file, '.yaml'), file: rel(file), data });
  }
  for (const file of files('sources', '.txt')) {
    input.sources.push({
      id: basename(file, '.txt'),
      file: rel(file),
      data: { passages: parseSource(readFileSync(file, 'utf8')).passages },
    });
  }
  const list = <S extends z.ZodType>(
    name: string,
    schema: S,
    into: { id: string; file: string; data: z.output<S> }[],
  ) => {
    const file = join(dir, `${name}.yaml`);
    const entries = parse(readFileSync(file, 'utf8')) as unknown[];
    entries.forEach((entry, i) => {
      const data = validate(schema, entry, file, `[${i}]`);
      const id = (entry as { id?: string }).id;
      if (data && id) into.push({ id, file: rel(file), data });
    });
  };
  list('themes', themeSchema, input.themes);
  list('national', nationalSchema, input.national);
  list('glossary', glossarySchema, input.glossary);
  return { input, problems };
}

export function checkContentDir(dir: string): Problem[] {
  const { input, problems } = readContent(dir);
  return [...problems, ...checkCorpus(input).problems];
}
