import { describe, expect, it } from 'vitest';
import {
  councilName,
  datedPhrase,
  documentKind,
  documentName,
  firstSentence,
  inStrategy,
  itemTitle,
  mentions,
  shorten,
  strategyAndTitle,
  strategyHeading,
  strategyName,
  TITLE_MAX,
  withCouncil,
  type NamedStrategy,
} from '../../src/lib/names.ts';
import { statusLine } from '../../src/lib/format.ts';

describe('item titles', () => {
  it('use the first sentence of the summary, without Markdown emphasis', () => {
    expect(itemTitle({ summary: 'Barnet set up a *carers* forum. It meets monthly.' })).toBe(
      'Barnet set up a carers forum',
    );
  });

  it('prefer a recorded title, then a good-practice name', () => {
    expect(itemTitle({ summary: 'Long text.', title: 'Own title' })).toBe('Own title');
    expect(itemTitle({ summary: 'Long text.', name: 'Caring with Confidence' })).toBe(
      'Caring with Confidence',
    );
  });

  it('do not end a sentence at an abbreviation followed by a lower-case word', () => {
    expect(firstSentence('Support for carers e.g. sitting services. More.')).toBe(
      'Support for carers e.g. sitting services',
    );
  });

  it('shorten long sentences at a clause boundary, or at a whole word with an ellipsis', () => {
    const clause =
      'Barnet brought in an improved carers assessment in February 2008, ' +
      'which includes planning for emergencies and unmet needs';
    expect(shorten(clause)).toBe(
      'Barnet brought in an improved carers assessment in February 2008',
    );
    const words = 'word '.repeat(40).trim();
    const short = shorten(words);
    expect(short.length).toBeLessThanOrEqual(TITLE_MAX + 1);
    expect(short.endsWith('word…')).toBe(true);
  });
});

/** A strategy as naming needs it; each test overrides what it is about. */
const strategy = (over: Partial<NamedStrategy> = {}): NamedStrategy => ({
  councilName: 'Barnet',
  shortTitle: 'Barnet 2009-2012',
  title: 'Inter-agency Carers Strategy',
  ...over,
});

describe('strategy and council names', () => {
  it('say the council once where the short title already names it', () => {
    expect(strategyName(strategy())).toBe('Barnet 2009-2012');
    expect(inStrategy('Breaks and respite', strategy())).toBe(
      'Breaks and respite: Barnet 2009-2012',
    );
  });

  it('give the period after the status only where the name does not already say it', () => {
    const s = {
      status: 'draft-for-consultation',
      period: { start: 2009, end: 2012, label: '2009-2012' },
    } as const;
    expect(statusLine(s, 'Barnet 2009-2012')).toBe('draft for consultation');
    expect(statusLine(s, 'Barnet carers plan')).toBe('draft for consultation, 2009-2012');
  });

  it('add the council where the short title does not name it', () => {
    expect(strategyName(strategy({ shortTitle: 'Carers plan 2010' }))).toBe(
      'Barnet: Carers plan 2010',
    );
  });

  it('match the council as a whole word, so a longer name is not taken for it', () => {
    const east = strategy({ councilName: 'East Sussex', shortTitle: 'Sussex 2010' });
    expect(strategyName(east)).toBe('East Sussex: Sussex 2010');
    expect(mentions("Barnet's carers", 'Barnet')).toBe(true);
    expect(mentions('Barnetby carers', 'Barnet')).toBe(false);
  });

  it('give the same answer however often the same council is asked about', () => {
    for (let i = 0; i < 3; i++) {
      expect(mentions('Barnet carers', 'Barnet')).toBe(true);
      expect(mentions('carers in barnet', 'Barnet')).toBe(true);
      expect(mentions('Barnetby carers', 'Barnet')).toBe(false);
      expect(mentions('Carers in St. Helens', 'St. Helens')).toBe(true);
      expect(mentions('Carers in St Helens', 'St. Helens')).toBe(false);
    }
  });

  it('name a document by its full title, with the council only if the title lacks it', () => {
    expect(documentName(strategy())).toBe('Barnet: Inter-agency Carers Strategy');
    const herts = strategy({
      councilName: 'Hertfordshire',
      title: 'Hertfordshire Multi-Agency Carers Strategy',
    });
    expect(documentName(herts)).toBe('Hertfordshire Multi-Agency Carers Strategy');
  });

  it('add the council to a good-practice name only where the name does not say it', () => {
    expect(withCouncil("Barnet's new Carer's Assessment Form", strategy())).toBe(
      "Barnet's new Carer's Assessment Form",
    );
    expect(withCouncil('Take a Break', strategy({ councilName: 'Hampshire' }))).toBe(
      'Take a Break (Hampshire)',
    );
  });

  it('head a strategy page with the council, the kind of document and its years', () => {
    const kind = {
      documentType: 'action-plan',
      period: { label: '2008 on', start: 2008 },
    } as const;
    expect(strategyHeading({ ...strategy(), ...kind })).toBe('Barnet: action plan, 2008 onwards');
    expect(documentKind(kind)).toBe('Action plan, 2008 onwards');
  });

  it('give the short name and the full title, the council said once', () => {
    expect(strategyAndTitle(strategy())).toBe('Barnet 2009-2012, Inter-agency Carers Strategy');
    const herts = strategy({
      councilName: 'Hertfordshire',
      shortTitle: 'Hertfordshire 2006',
      title: 'Hertfordshire Multi-Agency Carers Strategy',
    });
    expect(strategyAndTitle(herts)).toBe('Hertfordshire 2006, Multi-Agency Carers Strategy');
  });

  it('take a council name from a council or a strategy', () => {
    expect(councilName({ name: 'Surrey' })).toBe('Surrey');
    expect(councilName(strategy())).toBe('Barnet');
  });
});

describe('document dates in words', () => {
  it('say "dated" before a date the document gives', () => {
    expect(datedPhrase({ label: '1 March 2006', year: 2006 })).toBe('dated 1 March 2006');
    expect(datedPhrase({ label: '2008 (no exact date given)', year: 2008 })).toBe(
      'dated 2008 (no exact date given)',
    );
  });

  it('never say "dated Undated"', () => {
    expect(datedPhrase({ label: 'Undated (review at the end of 2010)', year: 2011 })).toBe(
      'undated (review at the end of 2010)',
    );
  });

  it('put the year first when the label is not a date', () => {
    expect(datedPhrase({ label: 'for the conference, 12 June 2008', year: 2008 })).toBe(
      'dated 2008 (for the conference, 12 June 2008)',
    );
  });
});
