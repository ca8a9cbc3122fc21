/**
 * Astro bundles its content store as one module, `export default JSON.parse("…")`, with the whole
 * store as a single string literal. V8 takes time growing with the square of a literal's length to
 * compile one (14.7 MB at 200 strategies: 2.4 s, 4 MB: 0.2 s), so at national scale compiling that one
 * line costs more than reading the store. The same text as pieces joined at run time compiles in
 * time proportional to its length, and `JSON.parse` gets exactly the same string.
 */

const PREFIX = 'export default JSON.parse(';
const SUFFIX = ')';

/** Pieces of about 256 KB: well under the size where a literal's compile time starts to grow fast. */
export const STORE_PIECE_CHARS = 256 * 1024;

/**
 * The store module with its JSON text as pieces of at most `pieceChars` characters, or undefined
 * when the code is not of the form Astro writes (left as it is) or is small enough already.
 */
export function splitStoreModule(code: string, pieceChars = STORE_PIECE_CHARS): string | undefined {
  if (!code.startsWith(PREFIX) || !code.endsWith(SUFFIX)) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(code.slice(PREFIX.length, -SUFFIX.length));
  } catch {
    return undefined;
  }
  if (typeof json !== 'string' || json.length <= pieceChars) return undefined;
  const pieces: string[] = [];
  for (let start = 0; start < json.length;) {
    let end = Math.min(start + pieceChars, json.length);
    // Never between the two halves of a surrogate pair, so each piece is well-formed text.
    const last = json.charCodeAt(end - 1);
    if (end < json.length && last >= 0xd800 && last <= 0xdbff) end += 1;
    pieces.push(json.slice(start, end));
    start = end;
  }
  return `${PREFIX}[${pieces.map((p) => JSON.stringify(p)).join(',\n')}].join('')${SUFFIX}`;
}
