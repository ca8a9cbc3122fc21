/**
 * Checks that every source text has its record and that the text is the one the record describes.
 * How the site names and links the original is in originals.ts, which the browser's code can reach.
 */
import { createHash } from 'node:crypto';
import type { Problem } from './content/problem.ts';
import type { SourceRecord } from '../schemas/source-record.ts';

export const sha256 = (bytes: string | Uint8Array): string =>
  createHash('sha256').update(bytes).digest('hex');

type Text = { id: string; file: string; text: string };
type Record = { id: string; file: string; data: SourceRecord };

/** `unreadable`: source texts that exist but could not be read (already reported; no follow-on). */
export function checkSourceRecords(
  texts: readonly Text[],
  records: readonly Record[],
  unreadable: ReadonlySet<string> = new Set(),
): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map(records.map((r) => [r.id, r]));
  for (const t of texts) {
    const record = byId.get(t.id);
    if (!record) {
      problems.push({
        file: t.file,
        path: [],
        expected: `a source record ${t.id}.yaml beside it saying where the text came from`,
        fix: `import the document with npm run import (it writes both files), or write ${t.id}.yaml as the others are`,
      });
      continue;
    }
    const actual = sha256(t.text);
    if (record.data.text.sha256 !== actual)
      problems.push({
        file: record.file,
        path: ['text', 'sha256'],
        expected: `the checksum of ${t.id}.txt (the text has changed since it was recorded)`,
        found: record.data.text.sha256,
        fix: `restore the text (git checkout), or if it is a new import set text.sha256 to ${actual}`,
      });
  }
  const textIds = new Set(texts.map((t) => t.id));
  for (const r of records)
    if (!textIds.has(r.id) && !unreadable.has(r.id))
      problems.push({
        file: r.file,
        path: [],
        expected: `a source text ${r.id}.txt beside it`,
        fix: `import the document (npm run import), or delete ${r.id}.yaml`,
      });
  return problems;
}
