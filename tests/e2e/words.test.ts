/**
 * The words a reader meets, on every built page: links say where they go (never an item id),
 * names are said once in headings and labels, no words are glued together, and no heading
 * starts with a dash. The built HTML is read for speed; a sample of one page per template is
 * also read as Chromium renders it (innerText), so the glued-word check sees visible text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ITEM_TYPE_LABELS } from '../../src/lib/model.ts';
import { launch } from '../support/browser.ts';
import { htmlPages, pageFile } from '../support/site-files.ts';
import {
  gluedWords,
  headings,
  idLinks,
  knownVocabulary,
  labels,
  parseHtml,
  repeatedNames,
  startsWithDash,
  templateVocabulary,
  visibleText,
} from '../support/words.ts';

const dist = inject('dist');
const origin = inject('origin');
const rows = csvParse(readFileSync(join(dist, 'data/items.csv'), 'utf8').replace(/^\uFEFF/, ''));
const ids = new Set(rows.map((r) => r['item_id'] ?? ''));
const councils = [...new Set(rows.map((r) => r['council'] ?? ''))].filter(Boolean);
const typeLabels = Object.values(ITEM_TYPE_LABELS).map((l) => l.one);
const vocab = { template: templateVocabulary(), known: knownVocabulary() };
const pages = htmlPages(dist).map((page) => ({
  page,
  doc: parseHtml(readFileSync(pageFile(dist, page), 'utf8')),
}));

/** Up to 20 findings, each with its page, so a failure says where to look. */
const findings = (find: (doc: (typeof pages)[number]['doc']) => string[]) =>
  pages.flatMap(({ page, doc }) => find(doc).map((f) => `${page}: ${f}`)).slice(0, 20);

describe('words on every page', () => {
  it('reads every page and knows the item ids and councils', () => {
    expect(pages.length).toBeGreaterThan(100);
    expect(ids.size).toBeGreaterThan(100);
    expect(councils.length).toBeGreaterThan(1);
  });

  it('has no link in page content whose text is an item id or a type label and an id', () => {
    let all = 0;
    const bad = findings((doc) => {
      const found = idLinks(doc, ids, typeLabels);
      all += found.all;
      return found.bad;
    });
    expect(all).toBeGreaterThan(1000);
    expect(bad).toEqual([]);
  });

  it('says each council name once in a heading, title, caption, table header or aria-label', () => {
    expect(findings((doc) => labels(doc).filter((l) => repeatedNames(l, councils).length))).toEqual(
      [],
    );
  });

  it('has no words glued together in its text', () => {
    expect(findings((doc) => gluedWords(visibleText(doc), vocab))).toEqual([]);
  });

  it('has no heading that starts with a dash', () => {
    expect(findings((doc) => headings(doc).filter(startsWithDash))).toEqual([]);
  });
});

/** One page of each template, as a reader's browser shows it. */
const SAMPLE = [
  '/',
  '/about/',
  '/compare/',
  '/councils/',
  '/good-practice/',
  '/search/',
  '/sources/',
  '/themes/',
  '/data/',
  '/glossary/',
];
const firstOf = (pattern: RegExp) => htmlPages(dist).find((p) => pattern.test(p));

describe('words as Chromium renders them', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('has no glued words in the visible text of one page of each template', async () => {
    const sample = [
      ...SAMPLE,
      firstOf(/^\/councils\/[^/]+\/$/),
      firstOf(/^\/strategies\/[^/]+\/$/),
      firstOf(/^\/strategies\/[^/]+\/[^/]+\/$/),
      firstOf(/^\/strategies\/[^/]+\/themes\/[^/]+\/$/),
      firstOf(/^\/strategies\/[^/]+\/specificity\/[^/]+\/$/),
      firstOf(/^\/themes\/[^/]+\/$/),
      firstOf(/^\/sources\/[^/]+\/$/),
      firstOf(/^\/good-practice\/[^/]+\/[^/]+\/$/),
      firstOf(/^\/data\/[^/]+\/$/),
    ].filter((p): p is string => p !== undefined);
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
    const glued: string[] = [];
    for (const path of sample) {
      await page.goto(`${origin}${path}`);
      const text = await page.evaluate(() => document.body.innerText);
      glued.push(...gluedWords(text, vocab).map((g) => `${path}: ${g}`));
    }
    await page.close();
    expect(sample.length).toBeGreaterThan(15);
    expect(glued).toEqual([]);
  });
});
