import { describe, expect, it } from 'vitest';
import {
  gluedWords,
  headings,
  idLinks,
  isIdText,
  KNOWN_JOINS,
  labels,
  parseHtml,
  repeatedNames,
  startsWithDash,
  templateVocabulary,
  visibleText,
  wordSet,
} from '../support/words.ts';

const ids = new Set([
  '6.2-out',
  'said-flexible-respite-emergency',
  's3.1.2-b',
  'std4-schools-pack',
]);
const labelsOfTypes = ['Commitment', "Carers' feedback", 'Achievement or current position'];
const template = templateVocabulary();
const vocab = {
  template,
  known: new Set([...template, ...wordSet('strategies respite parent carers breaks source')]),
};

describe('the link-text check', () => {
  it('catches ids, "Item <id>" and a type label followed by an id, as the issue found them', () => {
    for (const text of [
      'Commitment 6.2-out',
      "Carers' feedback said-flexible-respite-emergency",
      'Achievement or current position s3.1.2-b',
      'Item std4-schools-pack',
      'std4-schools-pack',
    ])
      expect(isIdText(text, ids, labelsOfTypes), text).toBe(true);
  });

  it('passes link texts in words', () => {
    expect(isIdText('Young carers schools pack and DVD', ids, labelsOfTypes)).toBe(false);
    expect(isIdText('Commitments', ids, labelsOfTypes)).toBe(false);
  });

  it('counts only links inside main', () => {
    const doc = parseHtml(
      '<nav><a href="/x">6.2-out</a></nav>' +
        '<main><a href="/y">Commitment 6.2-out</a><a href="/z">Link to this item</a></main>',
    );
    expect(idLinks(doc, ids, labelsOfTypes)).toEqual({ all: 2, bad: ['Commitment 6.2-out'] });
  });
});

describe('the names-said-once check', () => {
  const names = ['Barnet', 'Leicestershire'];

  it('catches a council said twice in a label, as the issue found them', () => {
    expect(repeatedNames('Leicestershire: Leicestershire 2008-2011', names)).toEqual([
      'Leicestershire',
    ]);
    expect(repeatedNames('Barnet · Barnet 2009-2012', names)).toEqual(['Barnet']);
    expect(
      repeatedNames(
        'Emergencies and contingency planning: Leicestershire, Leicestershire 2008-2011',
        names,
      ),
    ).toEqual(['Leicestershire']);
  });

  it('allows a long caption quoting the source to name its council twice in its own words', () => {
    const counts = 'carers in contact with a service, 900; '.repeat(3);
    const caption = `Barnet 2009-2012 (carers): ${counts}carers registered with Barnet Carers Centre, 4,000`;
    expect(repeatedNames(caption, names)).toEqual([]);
  });

  it('reads headings, the title, captions, table headers and aria-labels', () => {
    const doc = parseHtml(
      '<title>T</title><h2>H</h2><table><caption>C</caption><tr><th>R</th></tr></table>' +
        '<div aria-label="A"></div><p>not this</p>',
    );
    expect(labels(doc)).toEqual(['T', 'H', 'C', 'R', 'A']);
  });

  it("leaves out item headlines, which are the summary's own words", () => {
    const doc = parseHtml(
      '<h3 class="item-title">Carers in Barnet joined the University of Barnet</h3><h2>H</h2>',
    );
    expect(labels(doc)).toEqual(['H']);
  });
});

describe('the glued-words check', () => {
  it('catches the known joins in the built text', () => {
    const found = gluedWords(
      'We have read 5 council strategiesand recorded; documents, held assource texts',
      vocab,
    );
    expect(found).toEqual(['strategiesand', 'assource']);
    for (const join of KNOWN_JOINS) expect(gluedWords(join, vocab)).toEqual([join]);
  });

  it('catches a word run into a capitalised one, as theme tags were', () => {
    const html = '<p class="tags"><a>Breaks and respite</a><a>Parent carers</a></p>';
    expect(gluedWords(visibleText(parseHtml(html)), vocab)).toEqual(['respiteParent']);
  });

  it('passes list items and blocks, which are read apart', () => {
    const html = '<ul><li><a>Breaks and respite</a></li><li><a>Parent carers</a></li></ul>';
    expect(gluedWords(visibleText(parseHtml(html)), vocab)).toEqual([]);
  });

  it('passes known words that happen to contain a template word', () => {
    expect(gluedWords('carers strategies respite', vocab)).toEqual([]);
  });

  it('builds its vocabulary from the templates', () => {
    expect(template.has('and')).toBe(true);
    expect(template.has('source')).toBe(true);
  });
});

describe('the heading checks', () => {
  it('catch a heading that starts with a dash', () => {
    const doc = parseHtml('<h3>- Young Carers</h3><h3>Young carers – support</h3>');
    expect(headings(doc).filter(startsWithDash)).toEqual(['- Young Carers']);
  });
});
