/**
 * Budgets and integrity of the built site: valid HTML, one small stylesheet, no web fonts, page
 * weight, security headers, and byte-identical output from two builds of the same commit.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';
import {
  CSS_BUDGET,
  files,
  gz,
  htmlPages,
  PAGE_BUDGET,
  pageFile,
  pageWeights,
  stylesheets,
  treeHashes,
} from '../support/site-files.ts';
import { parseHeaders } from '../../src/lib/headers.ts';

const dist = inject('dist');

describe('built site budgets and validity', () => {
  const css = stylesheets(dist);

  it('ships one stylesheet within 10 KB gzipped, and no web fonts', () => {
    expect(css).toHaveLength(1);
    expect(gz(css[0] ?? '')).toBeLessThanOrEqual(CSS_BUDGET);
    expect(readFileSync(css[0] ?? '', 'utf8')).not.toMatch(/@font-face|@import/);
    expect(files(dist).filter((f) => /\.(woff2?|ttf|otf|eot)$/.test(f))).toEqual([]);
  });

  it('keeps every reading page within 20 KB of HTML and CSS, gzipped', () => {
    const over = pageWeights(dist).filter((p) => p.bytes > PAGE_BUDGET);
    expect(over).toEqual([]);
  });

  it('has valid HTML on every page (html-validate, standard rules)', async () => {
    const validator = new HtmlValidate(
      JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')) as ConfigData,
    );
    const errors: string[] = [];
    for (const page of htmlPages(dist)) {
      const report = await validator.validateFile(pageFile(dist, page));
      for (const r of report.results)
        for (const m of r.messages) errors.push(`${page}:${m.line}: ${m.ruleId} ${m.message}`);
    }
    expect(errors.slice(0, 20)).toEqual([]);
  });
});

describe('built site security and integrity', () => {
  it('sends a strict Content Security Policy and the usual security headers', () => {
    const rules = parseHeaders(readFileSync(join(dist, '_headers'), 'utf8'));
    const all = new Map(rules.find((r) => r.pattern === '/*')?.headers ?? []);
    const csp = all.get('Content-Security-Policy') ?? '';
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval'(;|$)/);
    expect(csp).toMatch(/style-src 'self'(;|$)/);
    expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    for (const h of [
      'Strict-Transport-Security',
      'X-Content-Type-Options',
      'Referrer-Policy',
      'X-Frame-Options',
    ])
      expect(all.has(h), h).toBe(true);
  });

  it('has no inline scripts or styles for the policy to block', () => {
    for (const page of htmlPages(dist)) {
      const html = readFileSync(pageFile(dist, page), 'utf8');
      expect(html, page).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      expect(html, page).not.toMatch(/<style[\s>]|\sstyle="/);
    }
  });

  it('builds byte for byte the same twice, search index included', () => {
    const other = mkdtempSync(join(tmpdir(), 'csc-determinism-'));
    try {
      const result = spawnSync('node', ['scripts/build.ts'], {
        env: { ...process.env, OUT_DIR: other },
        encoding: 'utf8',
      });
      expect(result.status, result.stderr).toBe(0);
      const a = treeHashes(dist);
      const b = treeHashes(other);
      expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
      expect(Object.keys(a).filter((k) => a[k] !== b[k])).toEqual([]);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});
