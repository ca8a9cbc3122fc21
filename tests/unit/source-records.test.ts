import { describe, expect, it } from 'vitest';
import { checkSourceRecords, sha256 } from '../../src/lib/source-records.ts';
import { originalLabel, originalPageHref } from '../../src/lib/originals.ts';
import { sourceRecordSchema, type SourceRecord } from '../../src/schemas/source-record.ts';
import { parseSource } from '../../src/lib/source-text.ts';
import { readContent } from '../../src/lib/content/reader.ts';

const record = (original: Record<string, unknown>): unknown => ({
  title: 'Carers Strategy 2014',
  publisher: 'Plymouth City Council',
  date: '2014',
  original,
  licence: 'Open Government Licence v3.0',
  made: { by: 'import', how: 'npm run import -- strategy.pdf --id plymouth-2014-strategy' },
  text: { sha256: sha256('text') },
});
const pdf = {
  url: 'https://example.org/strategy.pdf',
  format: 'pdf',
  pages: 42,
  sha256: sha256('pdf bytes'),
  retrieved: '2026-12-01',
};

describe('source records', () => {
  it('accept a full record of an imported PDF', () => {
    expect(sourceRecordSchema.safeParse(record(pdf)).success).toBe(true);
  });

  it('ask for a reason when the original address or checksum is not recorded', () => {
    const result = sourceRecordSchema.safeParse(record({}));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['original', 'unavailable']);
    expect(
      sourceRecordSchema.safeParse(record({ unavailable: 'Only the text was received.' })).success,
    ).toBe(true);
  });

  it('ask for the page count of a PDF whose checksum is recorded', () => {
    const result = sourceRecordSchema.safeParse(record({ ...pdf, pages: undefined }));
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['original.pages']);
  });

  it('find a text without a record, a record without a text, and a text changed since it was recorded', () => {
    const data = sourceRecordSchema.parse(record(pdf));
    const problems = checkSourceRecords(
      [
        { id: 'a', file: 'a.txt', text: 'changed' },
        { id: 'b', file: 'b.txt', text: 'text' },
      ],
      [
        { id: 'a', file: 'a.yaml', data },
        { id: 'c', file: 'c.yaml', data },
      ],
    );
    expect(problems.map((p) => `${p.file} ${p.path.join('.')}`)).toEqual([
      'a.yaml text.sha256',
      'b.txt ',
      'c.yaml ',
    ]);
    expect(problems[0]?.fix).toContain(sha256('changed'));
  });

  it('name the original as format and pages, and link a PDF page with #page=', () => {
    const data: SourceRecord = sourceRecordSchema.parse(record(pdf));
    expect(originalLabel(data)).toBe('PDF, 42 pages');
    expect(originalPageHref(data, 12)).toBe('https://example.org/strategy.pdf#page=12');
    expect(originalPageHref(data, undefined)).toBeNull();
    const none = sourceRecordSchema.parse(record({ unavailable: 'Only the text was received.' }));
    expect(originalLabel(none)).toBeNull();
  });
});

describe('page markers in a source text', () => {
  it('are not passages, and every passage after one knows its page', () => {
    const { passages } = parseSource(
      '[page 1]\nIntro\n\n[page 2]\nA\tB\nx\ty\n[page 3]\n\tmore y\n- item',
    );
    expect(passages.map((p) => [p.id, p.page])).toEqual([
      ['L2', 1],
      ['L5', 2],
      ['L6', 2],
      ['L9', 3],
    ]);
    expect(passages.find((p) => p.id === 'L6')?.text).toBe('x y more y');
  });

  it('leave passages of texts without markers without a page', () => {
    expect(parseSource('Intro').passages[0]).not.toHaveProperty('page');
  });
});

describe('the source texts in content/sources', () => {
  it('each have a valid record whose checksum matches the text', () => {
    const { entries, problems } = readContent('content');
    expect(problems).toEqual([]);
    expect(entries.sources.length).toBeGreaterThanOrEqual(5);
    expect(entries.sourceRecords.map((r) => r.id)).toEqual(entries.sources.map((s) => s.id));
    expect(checkSourceRecords(entries.sources, entries.sourceRecords)).toEqual([]);
  }, 30_000);
});

describe('source record dates', () => {
  it('read the same whether a YAML reader gives text or a date', () => {
    const text = sourceRecordSchema.parse(record({ ...pdf, retrieved: '2026-12-01' }));
    const date = sourceRecordSchema.parse(record({ ...pdf, retrieved: new Date('2026-12-01') }));
    expect(date.original.retrieved).toBe('2026-12-01');
    expect(date).toEqual(text);
  });
});
