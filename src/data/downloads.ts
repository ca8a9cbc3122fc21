/** Static endpoints for the downloads share this: CSV with a byte-order mark and neutralised cells, or JSON. */
import { csvChunks, toCsv } from '../lib/csv.ts';
import type { Column } from '../lib/downloads.ts';

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
 * A CSV made part by part (`csvChunks`), for the downloads of every strategy's items: Astro still
 * collects the body, but as bytes, without every row and a two-byte string of them in memory.
 */
export function csvStreamResponse<P>(
  parts: readonly P[],
  rowsOf: (part: P) => Record<string, string | number>[],
  columns: Column[],
): Response {
  const chunks = csvChunks(
    parts,
    rowsOf,
    columns.map((c) => c.name),
  );
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
  return new Response(body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}

/** JSON, indented for people reading a download; indent 0 for data only a script reads. */
export function jsonResponse(data: unknown, indent = 2): Response {
  return new Response(`${JSON.stringify(data, null, indent)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
