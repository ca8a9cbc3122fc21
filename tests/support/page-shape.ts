/**
 * The shape of a long page as a carer on a phone meets it: how tall it is, how far down the first
 * commitment (or first item) starts, and whether its contents list leads to places on the page.
 */
import type { Page } from 'playwright-core';
import { htmlPages } from './site-files.ts';

/** A phone screen: the width and height the issue measured at. */
export const PHONE = { width: 375, height: 812 };
/** The first commitment, or the first item, must start within two screens of the top. */
export const FIRST_ITEM_WITHIN = 1600;
/** Pages taller than four screens need an on-page contents list. */
export const CONTENTS_OVER = 4 * PHONE.height;

/** Strategy, strategy-section, strategy-theme, theme and council pages of the built site. */
export const LONG_PAGE = [
  /^\/strategies\/[^/]+\/$/,
  /^\/strategies\/[^/]+\/(?!specificity\/|themes\/)[^/]+\/$/,
  /^\/strategies\/[^/]+\/themes\/[^/]+\/$/,
  /^\/themes\/[^/]+\/(\d+\/)?$/,
  /^\/councils\/[^/]+\/$/,
];
export const shapedPages = (dist: string) =>
  htmlPages(dist).filter((p) => LONG_PAGE.some((re) => re.test(p)));

export type Shape = {
  height: number;
  /** Top of the first commitment, else the first item, else the page's lead list; null if none. */
  firstTop: number | null;
  firstKind: string | null;
  contentsLinks: number;
  /** Contents links whose #id names nothing on the page. */
  brokenContents: string[];
};

export function measureShape(page: Page): Promise<Shape> {
  return page.evaluate(() => {
    const top = (el: Element | null) =>
      el ? Math.round(el.getBoundingClientRect().top + window.scrollY) : null;
    const first =
      document.querySelector('main [data-item-type="commitment"]') ??
      document.querySelector('main [data-item-type]') ??
      document.querySelector('main [data-page-lead]');
    const links = [...document.querySelectorAll('nav[aria-label="Contents"] a')];
    const broken = links
      .map((a) => a.getAttribute('href') ?? '')
      .filter(
        (h) => !h.startsWith('#') || !document.getElementById(decodeURIComponent(h.slice(1))),
      );
    return {
      height: document.documentElement.scrollHeight,
      firstTop: top(first),
      firstKind: first ? (first.getAttribute('data-item-type') ?? 'lead') : null,
      contentsLinks: links.length,
      brokenContents: broken,
    };
  });
}
