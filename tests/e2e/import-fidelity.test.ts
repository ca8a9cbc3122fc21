/**
 * Import fidelity: each of the five real source texts is made into a PDF (Chromium's print to PDF),
 * a Word file (docx) and a web page, imported with `npm run import`'s reader, and compared word for
 * word with the original: the share of the original's words recovered in the same order, and, for
 * the PDF, that every passage knows the page it starts on.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../src/lib/import/read.ts';
import { wordsInOrder } from '../../src/lib/quote-diff.ts';
import { parseSource, type ParsedSource } from '../../src/lib/source-text.ts';
import { launch } from '../support/browser.ts';
import { plain, toDocx, toHtml, toPdf, wordList } from '../support/documents.ts';

const ids = readdirSync('content/sources')
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.slice(0, -4))
  .sort();
const work = mkdtempSync(join(tmpdir(), 'import-fidelity-'));
const report: Record<string, Record<string, number>> = {};
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
  rmSync(work, { recursive: true, force: true });
  mkdirSync('.tmp', { recursive: true });
  writeFileSync('.tmp/import-fidelity.json', `${JSON.stringify(report, null, 2)}\n`);
  console.log(
    Object.entries(report)
      .map(
        ([id, r]) =>
          `${id}: ${Object.entries(r)
            .map(([k, v]) => `${k} ${v}`)
            .join(', ')}`,
      )
      .join('\n'),
  );
});

/** Share of the original's words recovered in order, in percent to two places (never rounded up to 100). */
function recovered(original: ParsedSource, text: string): number {
  const want = wordList(original.passages.map((p) => p.text));
  const got = wordList(parseSource(text).passages.map((p) => p.text));
  const kept = wordsInOrder(want, got);
  return kept === want.length ? 100 : Math.floor((kept / want.length) * 10_000) / 100;
}

/** For each original passage, the page the imported text puts it on (found by its opening words, in order). */
function importedPages(original: ParsedSource, text: string): Map<string, number | undefined> {
  const got = parseSource(text).passages.map((p) => ({ text: plain(p.text), page: p.page }));
  const out = new Map<string, number | undefined>();
  let from = 0;
  for (const p of original.passages) {
    const opening = plain(p.text).split(/\s+/).slice(0, 6).join(' ');
    const k = got.findIndex((g, i) => i >= from && g.text.includes(opening));
    if (k < 0) continue;
    from = k;
    out.set(p.id, got[k]?.page);
  }
  return out;
}

describe.each(ids)('importing %s', (id) => {
  const original = parseSource(readFileSync(`content/sources/${id}.txt`, 'utf8'));
  report[id] = {};
  const r = report[id];

  it('from a web page keeps every word in order', async () => {
    writeFileSync(join(work, `${id}.html`), toHtml(original.blocks));
    const { text } = await importFile(join(work, `${id}.html`));
    r.html = recovered(original, text);
    expect(r.html).toBe(100);
  });

  it('from a Word file keeps every word in order', async () => {
    writeFileSync(join(work, `${id}.docx`), await toDocx(original.blocks));
    const { text, format } = await importFile(join(work, `${id}.docx`));
    expect(format).toBe('docx');
    r.docx = recovered(original, text);
    expect(r.docx).toBe(100);
  });

  it('from a PDF keeps at least 99.5% of the words in order and puts every passage on its page', async () => {
    const { pdf, pages } = await toPdf(browser, original.blocks);
    writeFileSync(join(work, `${id}.pdf`), pdf);
    const imported = await importFile(join(work, `${id}.pdf`));
    expect(imported.pages).toBe(Math.max(...pages.values()));
    r.pdf = recovered(original, imported.text);
    expect(r.pdf).toBeGreaterThanOrEqual(99.5);
    const found = importedPages(original, imported.text);
    const wrong = [...found].filter(([pid, page]) => page !== pages.get(pid));
    r.pdfPassagesChecked = found.size;
    r.pdfPagesWrong = wrong.length;
    expect(found.size).toBeGreaterThanOrEqual(original.passages.length * 0.95);
    expect(wrong).toEqual([]);
  });
});
