import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  bareAddress,
  councilInSentence,
  helpFor,
  helpForStrategies,
  historicWords,
  whenWritten,
  yearsAgo,
  type HelpView,
} from '../../src/lib/help.ts';
import { helpLinkSchema } from '../../src/schemas/help.ts';

describe('how old a document is, in words', () => {
  it('counts the years to the build date, one year and several', () => {
    expect(yearsAgo(2008, 2026)).toBe('18 years ago');
    expect(yearsAgo(2025, 2026)).toBe('1 year ago');
    expect(yearsAgo(2026, 2026)).toBe('this year');
    expect(whenWritten([2008], 2026)).toBe('2008, 18 years ago');
    expect(whenWritten([2011, 2006, 2009], 2026)).toBe('2006 to 2011, 15 to 20 years ago');
    expect(whenWritten([], 2026)).toBe('');
  });

  it('says a page is a record of what the council wrote then, not its offer today', () => {
    expect(historicWords([2008], 2026, 'Surrey County Council')).toEqual({
      lead: 'A document from 2008, 18 years ago.',
      text: 'This page is a record of what Surrey County Council wrote then, not what it offers carers today.',
    });
    expect(historicWords([2009], 2026, 'London Borough of Barnet').text).toContain(
      'what the London Borough of Barnet wrote then',
    );
    expect(historicWords([2006, 2011], 2026)).toEqual({
      lead: 'Documents from 2006 to 2011, 15 to 20 years ago.',
      text: 'This page is a record of what each council wrote then, not what councils offer carers today.',
    });
  });

  it('names a council in a sentence with "the" only where its name needs it', () => {
    expect(councilInSentence('Surrey County Council')).toBe('Surrey County Council');
    expect(councilInSentence('London Borough of Barnet')).toBe('the London Borough of Barnet');
  });
});

describe('help today', () => {
  const link = (id: string, kind: HelpView['kind'], council?: string) =>
    ({
      id,
      kind,
      council,
      name: id,
      url: `https://${id}.example/`,
      sourceHref: '/sources/example-source/#L1',
      sourceTitle: undefined,
    }) as HelpView;
  const links = [
    link('barnet-site', 'council-website', 'barnet'),
    link('surrey-local', 'local', 'surrey'),
    link('national', 'national'),
  ];
  const councils = [
    { id: 'barnet', name: 'Barnet', officialName: 'London Borough of Barnet' },
    { id: 'surrey', name: 'Surrey', officialName: 'Surrey County Council' },
  ];

  it("offers each council's own website where one is confirmed, its local sites, and the national ones", () => {
    const help = helpFor(councils, links);
    expect(help.councils.map((c) => [c.id, c.website?.id, c.local.map((l) => l.id)])).toEqual([
      ['barnet', 'barnet-site', []],
      ['surrey', undefined, ['surrey-local']],
    ]);
    expect(help.national.map((l) => l.id)).toEqual(['national']);
  });

  it('offers help for the councils of the strategies a page is about, and no others', () => {
    const help = helpForStrategies({ councils, help: links }, [{ council: 'surrey' }]);
    expect(help.councils.map((c) => c.id)).toEqual(['surrey']);
    expect(help.national.map((l) => l.id)).toEqual(['national']);
  });

  it('compares an address as the source writes it, without scheme or trailing slash', () => {
    expect(bareAddress('https://www.barnet.gov.uk/')).toBe('www.barnet.gov.uk');
    expect(bareAddress('http://WWW.Carersnet.org.uk/')).toBe('www.carersnet.org.uk');
  });

  it('refuses a help link without where or without when it was confirmed', () => {
    const whole = {
      id: 'x',
      kind: 'national',
      name: 'Example',
      url: 'https://x.example/',
      about: 'A place.',
      confirmed: { source: 'a-source', words: 'at x.example today' },
      confirmedOn: '2026-12-02',
    };
    expect(helpLinkSchema.safeParse(whole).success).toBe(true);
    const { confirmed: _c, ...noWhere } = whole;
    const { confirmedOn: _d, ...noWhen } = whole;
    for (const [entry, field] of [
      [noWhere, 'confirmed'],
      [noWhen, 'confirmedOn'],
    ] as const) {
      const result = helpLinkSchema.safeParse(entry);
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual([field]);
    }
  });

  it('records every address in content/help.yaml with where and when it was confirmed', () => {
    const entries = parse(readFileSync('content/help.yaml', 'utf8')) as unknown[];
    expect(entries.length).toBeGreaterThan(0);
    for (const e of entries) {
      const h = helpLinkSchema.parse(e);
      expect(h.confirmed?.words.toLowerCase(), h.id).toContain(bareAddress(h.url));
      expect(h.confirmedOn, h.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});
