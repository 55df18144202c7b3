// Roles the text takes for granted, from officeholders.json: pinned on sentences written for this test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { inTerm } from '../../src/extract/offices.js';
import { lexicon } from '../../src/extract/lexicon.js';
import { articleId } from '../../src/text/ids.js';
import type { Extraction } from '../../src/types.js';

function read(text: string, date?: string): Extraction {
  return extract({ meta: { id: articleId(text), title: 'test', ...(date ? { date } : {}) }, text });
}

function triples(doc: Extraction): string[] {
  const byId = new Map(doc.entities.map((e) => [e.id, e.name]));
  return doc.relations.map((r) => `${byId.get(r.source)} ${r.type} ${byId.get(r.target)}`).sort();
}

describe('office roles from officeholders.json', () => {
  const meeting = 'President Donald Trump hosted the talks at the White House on Tuesday, officials said.';

  it('gives the role a title alone leaves unsaid, towards a state the article names, with the rule as evidence', () => {
    const doc = read(meeting, '2025-02-04');
    expect(triples(doc)).toContain('Donald Trump LEADS United States');
    const relation = doc.relations.find((r) => r.type === 'LEADS');
    expect(relation?.evidence[0]?.rule).toMatch(/^office:President/);
    expect(relation?.evidence[0]?.sentence).toBe(meeting);
  });

  it('only within the term the article date falls in', () => {
    expect(triples(read(meeting, '2022-03-29'))).not.toContain('Donald Trump LEADS United States');
    expect(triples(read('President Joe Biden spoke at the White House.', '2022-03-29'))).toContain('Joe Biden LEADS United States');
  });

  it('never towards a state the article does not name', () => {
    const doc = read('President Donald Trump said the talks in Doha would go on.', '2025-02-04');
    expect(doc.entities.some((e) => e.name === 'United States')).toBe(false);
    expect(triples(doc).filter((t) => t.startsWith('Donald Trump LEADS'))).toEqual([]);
  });

  it('adds no second employer where the text named one', () => {
    const doc = read('Donald Trump\'s envoy Steve Witkoff travelled to Doha, the United States said.', '2025-02-04');
    expect(triples(doc).filter((t) => t.startsWith('Steve Witkoff WORKS_FOR'))).toEqual(['Steve Witkoff WORKS_FOR Donald Trump']);
    const unnamed = read('Steve Witkoff travelled to Doha, the United States said.', '2025-02-04');
    expect(triples(unnamed)).toContain('Steve Witkoff WORKS_FOR United States');
  });

  it('matches a single name only after an office title', () => {
    expect(triples(read('President Lula said Brazil would host the summit.', '2025-05-01'))).toContain('Lula LEADS Brazil');
    expect(triples(read('Lula said Brazil would host the summit.', '2025-05-01'))).not.toContain('Lula LEADS Brazil');
  });

  it('reads an undated article as current: only open terms count', () => {
    const trumpFirst = lexicon().officeTerms.find((t) => t.person === 'Donald Trump' && t.to !== undefined);
    const trumpNow = lexicon().officeTerms.find((t) => t.person === 'Donald Trump' && t.to === undefined);
    expect(trumpFirst && inTerm(trumpFirst, undefined)).toBe(false);
    expect(trumpNow && inTerm(trumpNow, undefined)).toBe(true);
    expect(trumpNow && inTerm(trumpNow, '2025-01-19')).toBe(false);
  });
});

describe('office roles over guesses', () => {
  it('replaces a state guessed from the article\'s context with the one on record', () => {
    // "the Somali leader" with no Somali leader introduced falls to the nearest untied president: a guess.
    const doc = read('President Recep Tayyip Erdogan spoke in Ankara on Sunday. The Somali leader praised Turkey.', '2026-11-29');
    expect(triples(doc).filter((t) => t.startsWith('Recep Tayyip Erdogan LEADS'))).toEqual(['Recep Tayyip Erdogan LEADS Türkiye']);
  });
});
