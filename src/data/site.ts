/**
 * The one place pages get content from: loads every collection once per build, runs the corpus
 * checks (a failure stops the build with every problem listed), and returns the joined-up model.
 */
import { getCollection } from 'astro:content';
import { contentDir } from '../lib/content/dir.ts';
import { readEntry } from '../lib/content/reader.ts';
import { checkCorpus, countWords, formatProblem, type CorpusInput } from '../lib/corpus.ts';
import { buildModel, type SiteModel } from '../lib/model.ts';
import { phase } from '../lib/phases.ts';
import { corpusUnmentioned, formatUnmentioned } from '../lib/theme-coverage.ts';

let model: Promise<SiteModel> | undefined;

/** Where an entry came from, relative to the project, for error messages. */
const fileOf = (entry: { filePath?: string | undefined }, fallback: string) =>
  entry.filePath ?? fallback;

/** Every collection, read once, as the corpus checks take it (with the raw sources and their records). */
async function readCollections() {
  const [strategies, overviews, councils, themes, national, glossary, sources, records, help] =
    await Promise.all([
      getCollection('strategies'),
      getCollection('overviews'),
      getCollection('councils'),
      getCollection('themes'),
      getCollection('national'),
      getCollection('glossary'),
      getCollection('sources'),
      getCollection('sourceRecords'),
      getCollection('help'),
    ]);
  const root = contentDir();
  const texts = sources.map((e) => ({ id: e.id, data: readEntry(root, 'sources', e.id) }));
  const input: CorpusInput = {
    strategies: strategies.map((e) => ({
      id: e.id,
      file: fileOf(e, `${root}/strategies/${e.id}.yaml`),
      data: readEntry(root, 'strategies', e.id),
    })),
    overviews: overviews.map((e) => ({
      id: e.id,
      file: fileOf(e, `${root}/strategies/${e.id}.md`),
      data: { words: countWords(e.body ?? '') },
    })),
    councils: councils.map((e) => ({
      id: e.id,
      file: fileOf(e, `${root}/councils/${e.id}.yaml`),
      data: e.data,
    })),
    themes: themes.map((e) => ({ id: e.id, file: `${root}/themes.yaml`, data: e.data })),
    national: national.map((e) => ({ id: e.id, file: `${root}/national.yaml`, data: e.data })),
    glossary: glossary.map((e) => ({ id: e.id, file: `${root}/glossary.yaml`, data: e.data })),
    help: help.map((e) => ({ id: e.id, file: `${root}/help.yaml`, data: e.data })),
    sources: sources.map((e, i) => ({
      id: e.id,
      file: fileOf(e, `${root}/sources/${e.id}.txt`),
      data: texts[i]!.data,
    })),
  };
  return { input, texts, records };
}

/** Stops the build on any content problem, listing them all; warns of stale theme comparisons. */
function check(input: CorpusInput) {
  const { problems, anchors } = checkCorpus(input);
  phase('model checks done');
  if (problems.length > 0) {
    const list = problems.map(formatProblem).join('\n');
    throw new Error(`Content check failed with ${problems.length} problem(s):\n${list}`);
  }
  // Stale comparison paragraphs warn here; a unit test over content/ makes npm test fail on them.
  const stale = corpusUnmentioned(input);
  for (const u of stale.slice(0, 10))
    console.warn(`warning: ${formatUnmentioned(u, `${contentDir()}/themes.yaml`)}`);
  if (stale.length > 10)
    console.warn(`warning: and ${stale.length - 10} more (npm run check:content lists them all)`);
  return anchors;
}

async function load(): Promise<SiteModel> {
  phase('model start');
  const { input, texts, records } = await readCollections();
  phase('model collections read');
  const anchors = check(input);
  // Drafts are checked with the rest but not published until `draft: true` is removed.
  const drafts = new Set(input.strategies.filter((s) => s.data.draft).map((s) => s.id));
  const site = buildModel(
    {
      ...input,
      strategies: input.strategies.filter((s) => !drafts.has(s.id)),
      sources: texts,
      records: records.map((e) => ({ id: e.id, data: e.data })),
    },
    anchors,
  );
  phase('model built');
  return site;
}

export function getSite(): Promise<SiteModel> {
  model ??= load();
  return model;
}
