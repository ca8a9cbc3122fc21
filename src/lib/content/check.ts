/**
 * The whole content check, exactly as the build runs it: read every file (src/lib/content/reader.ts),
 * then the checks across entries (src/lib/corpus.ts), every problem placed at its line and column.
 */
import { checkCorpus, countWords, type Anchors, type CorpusInput } from '../corpus.ts';
import type { Problem } from './problem.ts';
import { place, readContent, type ContentRead } from './reader.ts';
import { checkSourceRecords } from '../source-records.ts';

export type ContentCheck = {
  read: ContentRead;
  input: CorpusInput;
  anchors: Anchors;
  problems: Problem[];
};

/** The entries as the corpus checks take them. */
export function corpusInput(read: ContentRead): CorpusInput {
  const { entries: e, unreadable } = read;
  const plain = <T>(list: { id: string; file: string; data: T; at: readonly (string | number)[] }[]) =>
    list.map(({ id, file, data, at }) => ({ id, file, data, at }));
  return {
    strategies: plain(e.strategies),
    overviews: e.overviews.map(({ id, file, body, at }) => ({ id, file, at, data: { words: countWords(body ?? '') } })),
    councils: plain(e.councils),
    themes: plain(e.themes),
    national: plain(e.national),
    glossary: plain(e.glossary),
    help: plain(e.help),
    sources: e.sources.map(({ id, file, data }) => ({ id, file, data: { passages: data.passages } })),
    unreadable,
  };
}

const byPlace = (a: Problem, b: Problem) =>
  a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);

export function checkContent(dir: string): ContentCheck {
  const read = readContent(dir);
  const input = corpusInput(read);
  const { problems, anchors } = checkCorpus(input);
  return {
    read,
    input,
    anchors,
    problems: [
      ...read.problems,
      ...problems.map((p) => place(read, p)),
      ...checkSourceRecords(
        read.entries.sources,
        read.entries.sourceRecords,
        read.unreadable.sources,
      ).map((p) => place(read, p)),
    ].sort(byPlace),
  };
}
