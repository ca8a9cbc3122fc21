/**
 * Text hygiene for every content file: UTF-8 only (naming the likely encoding when not), and no
 * control or bidirectional-override characters, which would reach the HTML unseen.
 */
import type { Problem } from './problem.ts';

/** C0 and C1 controls other than tab, line feed and carriage return; bidi embeddings, overrides, isolates. */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

const NAMES: Record<number, string> = {
  0x07: 'BEL (bell)',
  0x1b: 'ESC (escape)',
  0x00: 'NUL',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
};

/** Line and column (1-based) of an offset in a text. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

const describe = (char: string, count: number) => {
  const code = char.codePointAt(0) ?? 0;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return `${hex}${NAMES[code] ? ` ${NAMES[code]}` : ''}${count > 1 ? ` (and ${count - 1} more)` : ''}`;
};

const HYGIENE = {
  expected: 'text without control or direction-changing characters',
  fix: 'delete the invisible character (it often comes with text pasted from a PDF or a chat)',
};

/**
 * The first string in a parsed value holding a forbidden character (YAML can write one as an escape,
 * `"\\a"`, which the raw text does not show), with its path.
 */
export function forbiddenInValue(
  value: unknown,
  path: (string | number)[] = [],
): { path: (string | number)[]; found: string } | null {
  if (typeof value === 'string') {
    FORBIDDEN.lastIndex = 0;
    const all = value.match(FORBIDDEN);
    return all ? { path, found: describe(all[0], all.length) } : null;
  }
  if (value === null || typeof value !== 'object') return null;
  for (const [key, child] of Object.entries(value)) {
    const hit = forbiddenInValue(child, [...path, Array.isArray(value) ? Number(key) : key]);
    if (hit) return hit;
  }
  return null;
}

export const hygieneProblem = (file: string, path: (string | number)[], found: string): Problem => ({
  file,
  path,
  ...HYGIENE,
  found,
});

/** One problem per file (the first forbidden character), so a pasted block does not flood the report. */
export function forbiddenCharacters(text: string, file: string): Problem[] {
  FORBIDDEN.lastIndex = 0;
  const match = FORBIDDEN.exec(text);
  if (!match) return [];
  const count = text.match(FORBIDDEN)?.length ?? 1;
  return [{ file, ...lineColumn(text, match.index), path: [], ...HYGIENE, found: describe(match[0], count) }];
}

/** The likely encoding of bytes that are not UTF-8, for the message. */
function guessEncoding(bytes: Uint8Array): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return 'UTF-16';
  // Bytes 0x80-0x9F are curly quotes, dashes and the euro sign in Windows-1252, and unused in Latin-1.
  if (bytes.some((b) => b >= 0x80 && b <= 0x9f)) return 'Windows-1252';
  return 'ISO-8859-1 (Latin-1)';
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalid(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) continue;
    const extra = b >= 0xf0 && b <= 0xf4 ? 3 : b >= 0xe0 ? 2 : b >= 0xc2 && b < 0xe0 ? 1 : -1;
    if (extra < 0) return i;
    for (let k = 1; k <= extra; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += extra;
  }
  return 0;
}

/** Decodes a content file as UTF-8, or says which encoding it looks like and where it goes wrong. */
export function decodeUtf8(bytes: Uint8Array, file: string): { text: string | null; problems: Problem[] } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), problems: [] };
  } catch {
    const encoding = guessEncoding(bytes);
    const at = firstInvalid(bytes);
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, at));
    const byte = (bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    return {
      text: null,
      problems: [
        {
          file,
          ...lineColumn(before, before.length),
          path: [],
          expected: 'a file saved as UTF-8',
          found: `byte 0x${byte}, which is not UTF-8; the file looks like ${encoding}`,
          fix: `save the file as UTF-8 (e.g. \`iconv -f ${encoding.split(' ')[0]} -t UTF-8 old.txt > new.txt\`)`,
        },
      ],
    };
  }
}
