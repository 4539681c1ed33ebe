import fc from 'fast-check';
import { coveredMs, intersectIntervalSets, intervalsContain, mergeIntervals, subtractIntervalSets, TimeInterval } from './interval-sets';

const t = (hh: number) => new Date(Date.UTC(2026, 2, 29, hh));
const span = (a: number, b: number): TimeInterval => ({ from: t(a), to: t(b) });
const hours = (list: TimeInterval[]) => list.map((i) => [i.from.getUTCHours(), i.to.getUTCHours()]);

describe('sets of intervals', () => {
  it('merges overlapping and touching spans, drops empty ones', () => {
    expect(hours(mergeIntervals([span(5, 7), span(1, 3), span(3, 4), span(6, 9), span(10, 10)]))).toEqual([[1, 4], [5, 9]]);
  });

  it('subtracts cuts from several bases', () => {
    expect(hours(subtractIntervalSets([span(1, 5), span(8, 12)], [span(2, 3), span(4, 9)]))).toEqual([[1, 2], [3, 4], [9, 12]]);
  });

  it('intersects two sets', () => {
    expect(hours(intersectIntervalSets([span(1, 5), span(8, 12)], [span(4, 9), span(11, 20)]))).toEqual([[4, 5], [8, 9], [11, 12]]);
  });

  it('contains the start of a span but not its end', () => {
    expect(intervalsContain([span(1, 3)], t(1))).toBe(true);
    expect(intervalsContain([span(1, 3)], t(3))).toBe(false);
  });

  const arbSet = fc.array(
    fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 23 })).map(([a, b]) => span(Math.min(a, b), Math.max(a, b))),
    { maxLength: 6 },
  );

  it('property: an instant is in A − B exactly when it is in A and not in B', () => {
    fc.assert(
      fc.property(arbSet, arbSet, fc.integer({ min: 0, max: 23 }), (a, b, h) => {
        expect(intervalsContain(subtractIntervalSets(a, b), t(h))).toBe(intervalsContain(a, t(h)) && !intervalsContain(b, t(h)));
        expect(intervalsContain(intersectIntervalSets(a, b), t(h))).toBe(intervalsContain(a, t(h)) && intervalsContain(b, t(h)));
      }),
    );
  });

  it('property: |A − B| + |A ∩ B| = |A|', () => {
    fc.assert(
      fc.property(arbSet, arbSet, (a, b) => {
        expect(coveredMs(subtractIntervalSets(a, b)) + coveredMs(intersectIntervalSets(a, b))).toBe(coveredMs(a));
      }),
    );
  });
});
