/** The search page's elements (src/pages/search.astro), found once, and a small element builder. */
import type { FilterGroup } from '../../lib/search-query.ts';

const need = <T extends HTMLElement>(id: string) => {
  const found = document.getElementById(id);
  if (!found) throw new Error(`search page has no #${id}`);
  return found as T;
};

export type SearchPage = ReturnType<typeof findPage>;

export function findPage(root: HTMLElement) {
  const form = need<HTMLFormElement>('search-form');
  const filtersBox = need('search-filters');
  return {
    /** Where the site is served from, ending in a slash. */
    base: root.dataset['base'] ?? '/',
    form,
    input: need<HTMLInputElement>('search-q'),
    filtersBox,
    status: need('search-status'),
    notes: need('search-notes'),
    list: need<HTMLOListElement>('search-results'),
    more: need<HTMLButtonElement>('search-more'),
    boxes: [...filtersBox.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')],
    modes: [...form.querySelectorAll<HTMLInputElement>('input[name="in"]')],
    itemsOnly: [...filtersBox.querySelectorAll<HTMLElement>('[data-items-only]')],
    /** A filter group's name as the page shows it ("Year of document"). */
    groupLabel: (g: FilterGroup) =>
      filtersBox.querySelector<HTMLElement>(`[data-group="${g}"]`)?.dataset['label'] ?? g,
  };
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  text?: string,
) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Lets the browser paint and take a tap before the next piece of work (a long task holds both). */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
