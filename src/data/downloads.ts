/** Static endpoints for the downloads share this: CSV with a byte-order mark and neutralised cells, or JSON. */
import { csvChunks, toCsv } from '../lib/csv.ts';
import { jsonArrayChunks, type Column } from '../lib/downloads.ts';

export function csvResponse(rows: Record<string, string | number>[], columns: Column[]): Response {
  return new Response(
    toCsv(
      rows,
      columns.map((c) => c.name),
    ),
    { headers: { 'Content-Type': 'text/csv; charset=utf-8' } },
  );
}

/**
 * A download made part by part, for those of every strategy: Astro still collects the body, but as
 * bytes, without the whole corpus's rows or entries and a two-byte string of them in memory at once.
 */
function streamResponse(chunks: Iterator<string>, type: string): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
  return new Response(body, { headers: { 'Content-Type': type } });
}

/** `csvResponse` of every part's rows, a part at a time (`csvChunks`). */
export function csvStreamResponse<P>(
  parts: readonly P[],
  rowsOf: (part: P) => Record<string, string | number>[],
  columns: Column[],
): Response {
  const names = columns.map((c) => c.name);
  return streamResponse(csvChunks(parts, rowsOf, names), 'text/csv; charset=utf-8');
}

/** `jsonResponse` of an array, an entry at a time (`jsonArrayChunks`). */
export function jsonArrayStreamResponse<P>(parts: readonly P[], entry: (part: P) => unknown) {
  function* chunks() {
    yield* jsonArrayChunks(parts, entry);
    yield '\n';
  }
  return streamResponse(chunks(), 'application/json; charset=utf-8');
}

/** JSON, indented for people reading a download; indent 0 for data only a script reads. */
export function jsonResponse(data: unknown, indent = 2): Response {
  return new Response(`${JSON.stringify(data, null, indent)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
