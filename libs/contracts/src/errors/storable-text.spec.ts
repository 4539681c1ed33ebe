import fc from 'fast-check';
import { isStorableText, LONE_SURROGATE_MESSAGE, MAX_NESTING, NUL_MESSAGE, TOO_DEEP_MESSAGE, unstorableTextIssues } from './storable-text';

describe('storable text: what PostgreSQL text and jsonb accept', () => {
  it.each([
    { label: 'plain text', text: 'Exampletown Hospital', storable: true },
    { label: 'accents, Welsh and emoji (surrogate pairs)', text: 'Llanelli – Ysbyty 🏥 café', storable: true },
    { label: 'the empty string', text: '', storable: true },
    { label: 'a NUL character', text: 'Alex\u0000', storable: false },
    { label: 'a lone high surrogate', text: 'Alex\ud83c', storable: false },
    { label: 'a lone low surrogate', text: '\udfe5Alex', storable: false },
    { label: 'a reversed pair', text: '\udfe5\ud83c', storable: false },
  ])('$label: storable $storable', ({ text, storable }) => {
    expect(isStorableText(text)).toBe(storable);
  });

  it('names every bad field by its dotted path, values and keys alike', () => {
    const issues = unstorableTextIssues({
      person: { givenName: 'A\u0000', familyName: 'ok' },
      relatives: [{ name: 'ok' }, { name: '\ud800' }],
      ['bad\u0000key']: 1,
    });
    expect(issues).toEqual([
      { field: 'bad\\u0000key', message: `has a field name that ${NUL_MESSAGE}` },
      { field: 'person.givenName', message: NUL_MESSAGE },
      { field: 'relatives.1.name', message: LONE_SURROGATE_MESSAGE },
    ]);
  });

  it('names a path or query parameter by its name', () => {
    expect(unstorableTextIssues('x\u0000', 'id')).toEqual([{ field: 'id', message: NUL_MESSAGE }]);
    expect(unstorableTextIssues('\u0000')).toEqual([{ field: '(body)', message: NUL_MESSAGE }]);
  });

  it('refuses nesting deeper than the limit without exhausting the stack', () => {
    let deep: unknown = 'leaf';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const issues = unstorableTextIssues({ a: deep });
    expect(issues).toHaveLength(1);
    expect(issues[0].message).toBe(TOO_DEEP_MESSAGE);
    expect(issues[0].field.split('.')).toHaveLength(MAX_NESTING);
  });

  it('accepts any well-formed text without NUL, however it is nested (property)', () => {
    const wellFormed = fc.string({ unit: 'grapheme' }).filter((s) => !s.includes('\u0000'));
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }).map((v) => JSON.parse(JSON.stringify(v).replace(/\\u0000/g, ''))), wellFormed, (value, text) => {
        expect(unstorableTextIssues({ value, text })).toEqual([]);
      }),
      { numRuns: 300, seed: 4 },
    );
  });

  it('finds a NUL or lone surrogate wherever it is placed (property)', () => {
    const bad = fc.constantFrom('\u0000', '\ud800', '\udfff', 'x\u0000y', 'a\udbffb');
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', 'c'), { minLength: 1, maxLength: 6 }), bad, (path, badText) => {
        const value: Record<string, unknown> = {};
        let node = value;
        path.slice(0, -1).forEach((key) => {
          node = (node[key] = {}) as Record<string, unknown>;
        });
        node[path[path.length - 1]] = badText;
        expect(unstorableTextIssues(value).map((i) => i.field)).toEqual([path.join('.')]);
      }),
      { numRuns: 200, seed: 7 },
    );
  });
});
