import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { draftStrategyYaml, leftToDo, proposeHeadings, themesFor } from '../../src/lib/scaffold.ts';
import { parseSource } from '../../src/lib/source-text.ts';
import { strategySchema } from '../../src/schemas/strategy.ts';

const themes = [
  { id: 'breaks-respite', title: 'Breaks and respite', synonyms: ['short breaks', 'respite'] },
  { id: 'information-advice', title: 'Information and advice', synonyms: ['information'] },
];

describe('scaffolding a new strategy', () => {
  it('proposes themes a heading names by title or synonym, as whole words', () => {
    expect(themesFor('Priority 2: Better information and respite', themes)).toEqual([
      'breaks-respite',
      'information-advice',
    ]);
    expect(themesFor('Misinformation', themes)).toEqual([]);
  });

  it("proposes the document's own top-level headings, once each, in order", () => {
    const { blocks } = parseSource(
      '## Introduction\n\ntext\n\n## Respite\n\n### detail\n\n## Introduction',
    );
    expect(proposeHeadings(blocks, themes)).toEqual([
      { id: 'h1', title: 'Introduction', themes: [] },
      { id: 'h2', title: 'Respite', themes: ['breaks-respite'] },
    ]);
  });

  it('writes a draft with no items that the strategy schema accepts, and one without draft it rejects', () => {
    const draft = {
      council: 'plymouth',
      councilName: 'Plymouth',
      source: 'plymouth-2014-strategy',
      title: 'Carers Strategy',
      year: 2014,
      headings: [{ id: 'h1', title: 'Introduction', themes: [] }],
    };
    const data = parse(draftStrategyYaml(draft, '2026-12-01')) as Record<string, unknown>;
    expect(strategySchema.safeParse(data).success).toBe(true);
    const published = { ...data };
    delete published['draft'];
    const issues = strategySchema.safeParse(published).error?.issues.map((i) => i.path.join('.'));
    expect(issues).toEqual(['items', 'framework.headings.0.themes']);
  });

  it('lists what is left, ending with removing the draft line', () => {
    const draft = {
      council: 'plymouth',
      councilName: 'Plymouth',
      source: 's',
      title: 'T',
      year: 2014,
      headings: [{ id: 'h1', title: 'Respite', themes: ['breaks-respite'] }],
    };
    const list = leftToDo(draft, { strategy: 'a.yaml', overview: 'a.mdx' }, ['breaks-respite']);
    expect(
      list.some((l) => l.includes('line about Plymouth') && l.includes('breaks-respite')),
    ).toBe(true);
    expect(list.at(-1)).toContain('draft: true');
  });
});
