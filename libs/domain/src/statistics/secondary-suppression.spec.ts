import fc from 'fast-check';
import { DisclosureRule, NHS_DISCLOSURE_RULE } from './disclosure-control';
import { protectCounts, protectTable } from './secondary-suppression';
import { determinedByAllSums, readerView, recoverableBySubtraction } from './suppression.fixtures';

const texts = (cells: { text: string }[][]) => cells.map((row) => row.map((c) => c.text));

describe('secondary suppression in a table with row and column totals', () => {
  it('a lone small count takes the next smallest in its row, then in its column, then closes the rectangle', () => {
    const counts = [
      [5, 20, 30],
      [12, 40, 18],
    ];
    const table = protectTable(counts);
    expect(texts(table.cells)).toEqual([
      ['*', '*', '30'],
      ['*', '*', '20'],
    ]);
    expect(table.rowTotals!.map((c) => c.text)).toEqual(['55', '70']);
    expect(table.columnTotals!.map((c) => c.text)).toEqual(['15', '60', '50']);
    expect(table.grandTotal!.text).toBe('125');
    expect(table.cells[0][0]).toMatchObject({ reason: 'small_count' });
    expect(table.cells[1][1]).toMatchObject({ reason: 'secondary' });
    expect(table.rule).toMatch(/secondary suppression/);
  });

  it('nothing small, nothing suppressed; totals come from unrounded counts', () => {
    const table = protectTable([
      [11, 12],
      [13, 14],
    ]);
    expect(texts(table.cells)).toEqual([
      ['10', '10'],
      ['15', '15'],
    ]);
    expect(table.rowTotals!.map((c) => c.text)).toEqual(['25', '25']);
    expect(table.grandTotal!.text).toBe('50');
  });

  it('a small total is suppressed like any count, and protected in turn', () => {
    const table = protectTable([
      [3, 2],
      [40, 50],
    ]);
    const view = readerView([[3, 2], [40, 50]], table);
    expect(table.rowTotals![0]).toMatchObject({ suppressed: true, reason: 'small_count' });
    expect(determinedByAllSums(view)).toEqual([]);
  });

  it('defeats sums across several rows, not only subtraction within one (two rectangles joined by one cell)', () => {
    // Primary cells: a rectangle in rows 1–2 × columns 1–2, another in rows 3–4 × columns 3–4,
    // and row 1 × column 3 joining them. Every row and column then holds 0 or 2+ suppressed
    // cells, so no single subtraction works; but (row 1 + row 2) − (column 1 + column 2) gives
    // the joining cell. One more cell must go.
    const counts = [
      [3, 4, 5, 90, 100],
      [6, 2, 80, 85, 95],
      [70, 75, 4, 6, 110],
      [65, 60, 3, 2, 120],
    ];
    const rule: DisclosureRule = { ...NHS_DISCLOSURE_RULE, roundTo: 1 };
    const primaryOnly = protectTable(counts, { ...rule, suppressUpTo: 0 });
    const primaryView = readerView(counts, primaryOnly);
    for (const [i, j] of [[0, 0], [0, 1], [0, 2], [1, 0], [1, 1], [2, 2], [2, 3], [3, 2], [3, 3]]) {
      primaryView.unknown[i][j] = true;
      primaryView.secret[i][j] = true;
    }
    expect(recoverableBySubtraction(primaryView)).toEqual([]);
    expect(determinedByAllSums(primaryView)).toEqual([[0, 2]]);

    const table = protectTable(counts, rule);
    const view = readerView(counts, table);
    expect(determinedByAllSums(view)).toEqual([]);
    expect(table.cells.flat().filter((c) => c.suppressed && c.reason === 'secondary')).toHaveLength(1);
  });

  it('a single row: its cells are their column totals, so each small one needs a partner in the row and in the totals row', () => {
    const table = protectTable([[5, 20, 30]]);
    expect(texts(table.cells)).toEqual([['*', '*', '30']]);
    expect(table.columnTotals!.map((c) => c.text)).toEqual(['*', '*', '30']);
  });

  it('a list with its total: the small count and the next smallest', () => {
    const list = protectCounts([40, 3, 25, 12]);
    expect(list.counts.map((c) => c.text)).toEqual(['40', '*', '25', '*']);
    expect(list.total!.text).toBe('80');
    expect(protectCounts([40, 3], NHS_DISCLOSURE_RULE, { total: false }).counts.map((c) => c.text)).toEqual(['40', '*']);
  });

  it('refuses ragged tables and counts that are not whole', () => {
    expect(() => protectTable([[1, 2], [3]])).toThrow(/Row 2 has 1 counts/);
    expect(() => protectTable([[1.5]])).toThrow(/whole number/);
    expect(() => protectTable([])).toThrow(/at least one row/);
  });
});

const tableArbitrary = fc
  .record({ rows: fc.integer({ min: 1, max: 5 }), cols: fc.integer({ min: 1, max: 5 }) })
  .chain(({ rows, cols }) =>
    fc.record({
      counts: fc.array(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 300 })), { minLength: cols, maxLength: cols }),
        { minLength: rows, maxLength: rows },
      ),
      rowTotals: fc.boolean(),
      columnTotals: fc.boolean(),
      rule: fc.record({
        suppressUpTo: fc.integer({ min: 0, max: 10 }),
        roundTo: fc.constantFrom(1, 5, 10),
        suppressZero: fc.boolean(),
        symbol: fc.constant('*'),
      }),
    }),
  );

describe('secondary suppression: properties over random tables', () => {
  it('no suppressed cell can be recovered by subtraction within its row or column from the shown (unrounded) figures', () => {
    fc.assert(
      fc.property(tableArbitrary, ({ counts, rowTotals, columnTotals, rule }) => {
        const view = readerView(counts, protectTable(counts, rule, { rowTotals, columnTotals }));
        expect(recoverableBySubtraction(view)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('nor by any combination of the row and column sums', () => {
    fc.assert(
      fc.property(tableArbitrary, ({ counts, rowTotals, columnTotals, rule }) => {
        const view = readerView(counts, protectTable(counts, rule, { rowTotals, columnTotals }));
        expect(determinedByAllSums(view)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('every small count is suppressed, every shown figure is rounded as the rule says, and nothing else changes', () => {
    fc.assert(
      fc.property(tableArbitrary, ({ counts, rowTotals, columnTotals, rule }) => {
        const table = protectTable(counts, rule, { rowTotals, columnTotals });
        const view = readerView(counts, table);
        const shown = [...table.cells.flat(), ...(table.rowTotals ?? []), ...(table.columnTotals ?? []), ...(table.grandTotal ? [table.grandTotal] : [])];
        const truths = [...counts.flat(), ...(rowTotals ? view.values.slice(0, -1).map((r) => r[r.length - 1]) : []), ...(columnTotals ? view.values[view.values.length - 1].slice(0, -1) : []), ...(rowTotals && columnTotals ? [view.values[view.values.length - 1][view.values[0].length - 1]] : [])];
        shown.forEach((cell, k) => {
          const truth = truths[k];
          const small = truth === 0 ? rule.suppressZero : truth <= rule.suppressUpTo;
          if (small) expect(cell).toMatchObject({ suppressed: true, reason: 'small_count', text: '*' });
          if (!cell.suppressed) {
            expect(cell.value % rule.roundTo).toBe(0);
            expect(Math.abs(cell.value - truth)).toBeLessThanOrEqual(rule.roundTo / 2);
          } else {
            expect(cell.reason === 'small_count').toBe(small);
          }
        });
      }),
      { numRuns: 300 },
    );
  });
});
