/**
 * Reads a council's document (PDF, Word, HTML or plain text) into a source text, with what its
 * record needs: format, pages, the original's SHA-256 and a title where the file states one.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { sha256 } from '../source-records.ts';
import { htmlToSourceText } from './html.ts';
import { layoutToText, type TextRun } from './pdf-layout.ts';
import type { SOURCE_FORMATS } from '../../schemas/source-record.ts';

export type SourceFormat = (typeof SOURCE_FORMATS)[number];
export type Imported = {
  text: string;
  format: SourceFormat;
  sha256: string;
  pages?: number;
  title?: string;
};

const FORMATS: Record<string, SourceFormat> = {
  '.pdf': 'pdf',
  '.docx': 'docx',
  '.html': 'html',
  '.htm': 'html',
  '.txt': 'txt',
};

export function formatOf(file: string): SourceFormat | null {
  return FORMATS[extname(file).toLowerCase()] ?? null;
}

type PdfItem = { str?: string; transform?: number[]; width?: number; height?: number };

/** The positioned text runs of each page of a PDF. */
export async function pdfRuns(data: Uint8Array): Promise<{ pages: TextRun[][]; title?: string }> {
  const doc = await getDocument({
    data,
    disableFontFace: true,
    isEvalSupported: false,
    verbosity: 0,
  }).promise;
  const pages: TextRun[][] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    pages.push(
      (content.items as PdfItem[]).flatMap((it) => {
        const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = it.transform ?? [];
        if (!it.str) return [];
        const size = Math.hypot(c, d) || Math.hypot(a, b) || (it.height ?? 0);
        return [{ str: it.str, x, y, width: it.width ?? 0, height: size }];
      }),
    );
    page.cleanup();
  }
  const info = (await doc.getMetadata()).info as { Title?: unknown };
  await doc.destroy();
  const title = typeof info.Title === 'string' && info.Title.trim() ? info.Title.trim() : undefined;
  return { pages, ...(title ? { title } : {}) };
}

/** Word's own page count, where the file records it (docProps/app.xml, as Word last saved it). */
async function docxPages(data: Uint8Array): Promise<number | undefined> {
  const zip = await JSZip.loadAsync(data);
  const app = await zip.file('docProps/app.xml')?.async('string');
  const pages = app ? /<Pages>(\d+)<\/Pages>/.exec(app)?.[1] : undefined;
  return pages ? Number(pages) : undefined;
}

const htmlTitle = (html: string) =>
  /<title[^>]*>([^<]+)<\/title>/i.exec(html)?.[1]?.replace(/\s+/g, ' ').trim();

export async function importFile(file: string): Promise<Imported> {
  const format = formatOf(file);
  if (!format) throw new Error(`${file}: expected a .pdf, .docx, .html or .txt file`);
  const data = new Uint8Array(await readFile(file));
  const hash = sha256(data);
  if (format === 'pdf') {
    const { pages, title } = await pdfRuns(data.slice());
    return {
      text: layoutToText(pages),
      format,
      sha256: hash,
      pages: pages.length,
      ...(title ? { title } : {}),
    };
  }
  if (format === 'docx') {
    const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(data) });
    const pages = await docxPages(data);
    return { text: htmlToSourceText(value), format, sha256: hash, ...(pages ? { pages } : {}) };
  }
  const raw = new TextDecoder().decode(data);
  if (format === 'html') {
    const title = htmlTitle(raw);
    return { text: htmlToSourceText(raw), format, sha256: hash, ...(title ? { title } : {}) };
  }
  return { text: raw.endsWith('\n') ? raw : `${raw}\n`, format, sha256: hash };
}
