import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/lib/content/yaml.ts';

const text =
  'title: Carers Strategy\nitems:\n  - id: "1.1"\n    quote: we will *support* carers, *all*\n';

describe('reading content YAML', () => {
  it('reads a clean file to the same value, and still names the line of a field', () => {
    const { yaml, problems } = parseYaml(text, 'x.yaml');
    expect(problems).toEqual([]);
    expect(yaml?.value).toEqual({
      title: 'Carers Strategy',
      items: [{ id: '1.1', quote: 'we will *support* carers, *all*' }],
    });
    expect(yaml?.locate(['items', 0, 'quote'])).toEqual({ line: 4, column: 5 });
  });

  it('checks anchors and aliases on the full path, so too many aliases are still refused', () => {
    const bomb = `a: &a [x, x]\n${Array.from({ length: 60 }, (_, i) => `k${i}: *a`).join('\n')}\n`;
    const { yaml, problems } = parseYaml(bomb, 'x.yaml');
    expect(yaml).toBeNull();
    expect(problems[0]?.expected).toMatch(/at most \d+ uses of aliases/);
  });

  it('reports a duplicate key with its line, as the full path does', () => {
    const { problems } = parseYaml('title: a\ntitle: b\n', 'x.yaml');
    expect(problems[0]).toMatchObject({ line: 2, expected: 'valid YAML' });
  });
});
