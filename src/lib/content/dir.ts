/**
 * The content folder: `CONTENT_DIR` (the benchmark's synthetic corpus, test copies) or `content`.
 * The one place the variable is read: the Astro config, the collections and the check all ask here.
 */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
  return (env['CONTENT_DIR'] ?? 'content').replace(/\/+$/, '') || 'content';
}
