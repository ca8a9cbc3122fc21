/**
 * Overviews are Markdown and only Markdown: no JSX, expressions, imports or raw HTML (which MDX would
 * run or write into pages), no images, and links only to web pages. Anything else is refused with its
 * line; what passes is rendered with HTML off, as Astro renders Markdown (smart quotes, heading ids).
 */
import { satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import {
  defineMdastPlugin,
  markdownToHtml,
  markdownToMdast,
  type MarkdownToHtmlResult,
  type MdastNode,
} from 'satteri';
import type { Problem } from './problem.ts';

/** The Markdown an overview may use: paragraphs, `##`/`###` headings, lists, emphasis and links. */
const ALLOWED = new Set([
  'root',
  'paragraph',
  'heading',
  'text',
  'emphasis',
  'strong',
  'list',
  'listItem',
  'link',
  'break',
  'blockquote',
]);

const SAFE_URL = /^(?:https?:\/\/|mailto:|\/(?!\/)|#)/i;

const REFUSED: Record<string, { expected: string; fix: string }> = {
  html: {
    expected: 'Markdown text (raw HTML is not allowed in an overview)',
    fix: 'remove the tag; write links as [words](https://…) and emphasis as *words*',
  },
  image: { expected: 'text only (images are not allowed in an overview)', fix: 'remove the image' },
  code: { expected: 'prose (code blocks are not allowed in an overview)', fix: 'remove the code block' },
  inlineCode: { expected: 'prose (code is not allowed in an overview)', fix: 'remove the backticks' },
  thematicBreak: { expected: 'prose (no `---` lines or frontmatter)', fix: 'remove the `---` line' },
  table: { expected: 'prose (tables are not allowed in an overview)', fix: 'write the table as a list' },
};

type Node = MdastNode & { children?: Node[]; value?: string; url?: string; depth?: number };

function check(node: Node, file: string, problems: Problem[]): void {
  const at = { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
  const refuse = (expected: string, found: string, fix: string) =>
    problems.push({ file, ...at, path: [], expected, found, fix });
  if (!ALLOWED.has(node.type)) {
    const r = REFUSED[node.type] ?? { expected: 'plain Markdown prose', fix: 'remove it' };
    refuse(r.expected, node.value ? JSON.stringify(node.value.slice(0, 80)) : node.type, r.fix);
    return;
  }
  if (node.type === 'link' && !SAFE_URL.test(node.url ?? '')) {
    refuse(
      'a link to a web address (https://…) or a page of this site (/…)',
      JSON.stringify(node.url),
      'link only to https:// addresses or site pages',
    );
  }
  if (node.type === 'heading' && (node.depth ?? 2) < 2) {
    refuse('headings of level 2 or 3 (`##`, `###`)', `a level ${node.depth} heading`, 'use `##`');
  }
  if (node.type === 'text' && node.value) {
    if (/^(?:import|export)\s/m.test(node.value)) {
      refuse(
        'prose (an overview cannot import or export code)',
        JSON.stringify(node.value.trim().slice(0, 80)),
        'remove the import or export line',
      );
    } else if (/[{}]/.test(node.value)) {
      refuse(
        'text without `{` or `}` (in MDX they ran code at build time)',
        JSON.stringify(node.value.trim().slice(0, 80)),
        'remove the braces; an overview is words only',
      );
    }
  }
  for (const child of node.children ?? []) check(child, file, problems);
}

// Defence in depth: were a tag ever to get past the check, it is written as text, never as HTML.
const htmlAsText = defineMdastPlugin({
  name: 'html-as-text',
  html(node, ctx) {
    ctx.replaceNode(node, { type: 'text', value: node.value });
  },
});

export type Overview = { html: string };

/** Renders overview Markdown as Astro renders Markdown, with HTML off: any tag is written as text. */
export function renderOverview(text: string): string {
  const result: MarkdownToHtmlResult | Promise<MarkdownToHtmlResult> = markdownToHtml(text, {
    features: { smartPunctuation: true, frontmatter: false },
    mdastPlugins: [htmlAsText],
    hastPlugins: [satteriHeadingIdsPlugin()],
  });
  // Every plugin here is synchronous, so the reader can stay synchronous for the check and the build.
  if (result instanceof Promise) throw new Error('overview rendering unexpectedly became asynchronous');
  return result.html.trim();
}

/** Checks an overview's Markdown and renders it, or returns the problems, each with its line. */
export function readOverview(text: string, file: string): { overview: Overview | null; problems: Problem[] } {
  const problems: Problem[] = [];
  check(markdownToMdast(text, { features: { frontmatter: false } }), file, problems);
  // One problem a line: `<script>…</script>` is one mistake, though two tags.
  const firsts = problems.filter((p, i) => problems.findIndex((q) => q.line === p.line) === i);
  if (firsts.length > 0) return { overview: null, problems: firsts };
  return { overview: { html: renderOverview(text) }, problems };
}
