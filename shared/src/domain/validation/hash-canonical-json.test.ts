import { hashCanonicalJson } from './hash-canonical-json';

describe('hashCanonicalJson', () => {
  it('gives the same hash whatever the key order or spacing', () => {
    const a = JSON.parse('{"title":"Invoice scanning","costs":{"capital":10,"revenue":2},"themeIds":["t1","t2"]}');
    const b = JSON.parse('{ "themeIds": ["t1","t2"], "costs": { "revenue": 2, "capital": 10 }, "title": "Invoice scanning" }');
    expect(hashCanonicalJson(a)).toBe(hashCanonicalJson(b));
  });

  it('tells different bodies apart, including list order and types', () => {
    const hashes = [
      { title: 'A' },
      { title: 'B' },
      { title: 'A', extra: 1 },
      { themeIds: ['t1', 't2'] },
      { themeIds: ['t2', 't1'] },
      { capitalCost: 1 },
      { capitalCost: '1' },
      { title: null },
      {},
    ].map(hashCanonicalJson);
    expect(new Set(hashes).size).toBe(hashes.length);
  });
});
