import { describe, expect, it } from 'vitest';
import { readOverview, renderOverview } from '../../src/lib/content/overview.ts';

// The attacks issue 16 found working against MDX overviews, each on line 3 of an otherwise fine overview.
const ATTACKS: [string, string][] = [
  ['an expression printing the home folder', 'Home: {globalThis.process.env.HOME}'],
  ['an import of node:fs', "import { readFileSync } from 'node:fs'"],
  ['an export', 'export const x = 1'],
  ['an image with onerror', '<img src="x" onerror="alert(1)">'],
  ['a javascript: link', '[Read more](javascript:alert(document.cookie))'],
  ['a javascript: link in capitals', '[Read more](JAVASCRIPT:alert(1))'],
  ['a data: link', '[Read more](data:text/html,<script>alert(1)</script>)'],
  ['an iframe', '<iframe src="https://example.org"></iframe>'],
  ['a script', '<script>alert(1)</script>'],
  ['an inline script tag', 'Words <script>alert(1)</script> words'],
  ['an HTML comment', '<!-- hidden -->'],
  ['a JSX component', '<Chart data={x} />'],
  ['a protocol-relative link', '[x](//evil.example/)'],
];

describe('overviews', () => {
  it('render plain Markdown as Astro does: smart quotes, heading ids, emphasis and safe links', () => {
    const { overview, problems } = readOverview(
      'Barnet\'s "draft".\n\n## How it is organised\n\n- *One* [link](https://example.org/)\n',
      'x.md',
    );
    expect(problems).toEqual([]);
    expect(overview?.html).toBe(
      '<p>Barnet’s “draft”.</p>\n<h2 id="how-it-is-organised">How it is organised</h2>\n' +
        '<ul>\n<li><em>One</em> <a href="https://example.org/">link</a></li>\n</ul>',
    );
  });

  it.each(ATTACKS)('refuse %s, naming the file, line and column', (_, attack) => {
    const { overview, problems } = readOverview(
      `Some words.\n\n${attack}\n`,
      'content/strategies/x.md',
    );
    expect(overview).toBeNull();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/strategies/x.md', line: 3 });
    expect(problems[0]?.fix).toBeTruthy();
  });

  it('render with HTML off: a tag that got past the check would be written as text', () => {
    const html = renderOverview('Words <script>alert(1)</script> and <img src=x onerror=alert(1)>');
    expect(html).not.toMatch(/<script|<img/);
    expect(html).toContain('&lt;script&gt;');
  });
});
