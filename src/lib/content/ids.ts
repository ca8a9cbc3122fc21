/** Content ids: what a valid one looks like, and the one a contributor should use instead. */

/** File ids: lowercase ASCII letters and digits, with single hyphens between. */
export const FILE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The slug a name would become: what a contributor should rename a file to. */
export function toSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
