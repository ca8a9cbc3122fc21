/** Static endpoints for the downloads share this: CSV with a byte-order mark and neutralised cells, or JSON. */
import { toCsv } from '../lib/csv.ts';
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

/** JSON, indented for people reading a download; indent 0 for data only a script reads. */
export function jsonResponse(data: unknown, indent = 2): Response {
  return new Response(`${JSON.stringify(data, null, indent)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
