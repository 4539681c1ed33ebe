import {
  assertDisclosureRule,
  describeDisclosureRule,
  DisclosureRule,
  isSmallCount,
  NHS_DISCLOSURE_RULE,
  ShownCount,
  shownCount,
  suppressedCount,
} from './disclosure-control';

/**
 * Secondary suppression for a table of counts with row and column totals.
 *
 * Think of the table with its totals as one grid: each row (data rows and the totals row) says
 * "these cells add up to the total at the end", and so does each column. A reader who knows the
 * shown numbers can solve these sums for the unknown (suppressed or left-out) ones. Draw a
 * graph with a node per grid row and per grid column and an edge per unknown cell: a suppressed
 * cell can be worked out exactly if and only if its edge is a bridge (on no cycle), because the
 * sums can only shift values round a cycle (+t, −t, +t, …) without changing a total. So:
 * 1. suppress the small counts (primary suppression), totals included;
 * 2. while any suppressed cell is a bridge, suppress one more shown cell: the smallest one that
 *    closes a cycle through it, or, if none can, the smallest other cell in the row (or column)
 *    where it is alone: "if a row has exactly one suppressed cell, suppress the next smallest";
 * 3. stop when no suppressed cell is a bridge. This is stable for rows and columns at once, and
 *    also defeats sums across several rows and columns, not only subtraction within one line.
 * Among candidates, data cells come before totals, non-zero counts before zeros, then the
 * smallest, then the first in reading order. Totals are worked out from unrounded counts.
 */
export interface ProtectedTable {
  cells: ShownCount[][];
  /** Null when the table shows no row totals. */
  rowTotals: ShownCount[] | null;
  /** Null when the table shows no column totals. */
  columnTotals: ShownCount[] | null;
  /** Shown only when both row and column totals are. */
  grandTotal: ShownCount | null;
  /** The rule, in words, for the export's footnote. */
  rule: string;
}

export interface TableOptions {
  rowTotals?: boolean;
  columnTotals?: boolean;
}

type Status = 'shown' | 'small_count' | 'secondary' | 'not_shown';

export function protectTable(counts: readonly (readonly number[])[], rule: DisclosureRule = NHS_DISCLOSURE_RULE, options: TableOptions = {}): ProtectedTable {
  assertDisclosureRule(rule);
  const showRowTotals = options.rowTotals ?? true;
  const showColumnTotals = options.columnTotals ?? true;
  const m = counts.length;
  const n = m > 0 ? counts[0].length : 0;
  if (m === 0 || n === 0) throw new RangeError('A table needs at least one row and one column');
  counts.forEach((row, i) => {
    if (row.length !== n) throw new RangeError(`Row ${i + 1} has ${row.length} counts; the first row has ${n}`);
    row.forEach((c, j) => {
      if (!Number.isInteger(c) || c < 0) throw new RangeError(`The count in row ${i + 1}, column ${j + 1} must be a whole number, 0 or more: ${c}`);
    });
  });

  const grid = extendedGrid(counts);
  const status: Status[][] = grid.map((row, i) =>
    row.map((value, j) => {
      const hidden = (j === n && !showRowTotals) || (i === m && !showColumnTotals);
      if (hidden) return 'not_shown';
      return isSmallCount(value, rule) ? 'small_count' : 'shown';
    }),
  );
  addSecondarySuppression(grid, status);

  const show = (i: number, j: number): ShownCount => (status[i][j] === 'shown' ? shownCount(grid[i][j], rule) : suppressedCount(rule, status[i][j] as Exclude<Status, 'shown'>));
  return {
    cells: counts.map((row, i) => row.map((_, j) => show(i, j))),
    rowTotals: showRowTotals ? counts.map((_, i) => show(i, n)) : null,
    columnTotals: showColumnTotals ? counts[0].map((_, j) => show(m, j)) : null,
    grandTotal: showRowTotals && showColumnTotals ? show(m, n) : null,
    rule: describeDisclosureRule(rule, { secondary: true }),
  };
}

/** A list of counts with (or without) its total: a one-column table. */
export function protectCounts(counts: readonly number[], rule: DisclosureRule = NHS_DISCLOSURE_RULE, options: { total?: boolean } = {}): { counts: ShownCount[]; total: ShownCount | null; rule: string } {
  const table = protectTable(counts.map((c) => [c]), rule, { rowTotals: false, columnTotals: options.total ?? true });
  return { counts: table.cells.map((row) => row[0]), total: table.columnTotals ? table.columnTotals[0] : null, rule: table.rule };
}

/** The counts with a total column and a totals row (the grand total in the corner). */
function extendedGrid(counts: readonly (readonly number[])[]): number[][] {
  const rows = counts.map((row) => [...row, row.reduce((a, b) => a + b, 0)]);
  const totals = rows[0].map((_, j) => rows.reduce((sum, row) => sum + row[j], 0));
  return [...rows, totals];
}

function addSecondarySuppression(grid: number[][], status: Status[][]): void {
  const rows = grid.length;
  const cols = grid[0].length;
  for (;;) {
    const unknown = (i: number, j: number) => status[i][j] !== 'shown';
    const bridge = firstSecretBridge(status);
    if (!bridge) return;
    const [bi, bj] = bridge;
    const { rowSide, columnSide } = sidesOfBridge(status, bi, bj);
    const candidates: [number, number][] = [];
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < cols; j++) {
        if (unknown(i, j)) continue;
        const spans = (rowSide.rows.has(i) && columnSide.cols.has(j)) || (columnSide.rows.has(i) && rowSide.cols.has(j));
        if (spans) candidates.push([i, j]);
      }
    }
    if (candidates.length === 0) {
      // The bridge's row or column holds no other unknown cell: suppress another cell in that line.
      const rowAlone = status[bi].filter((s) => s !== 'shown').length === 1;
      for (let k = 0; k < (rowAlone ? cols : rows); k++) {
        const [i, j] = rowAlone ? [bi, k] : [k, bj];
        if (!unknown(i, j)) candidates.push([i, j]);
      }
    }
    const [ci, cj] = candidates.reduce((best, c) => (compareCandidates(grid, c, best) < 0 ? c : best));
    status[ci][cj] = 'secondary';
  }
}

function compareCandidates(grid: number[][], [ai, aj]: [number, number], [bi, bj]: [number, number]): number {
  const isTotal = (i: number, j: number) => (i === grid.length - 1 || j === grid[0].length - 1 ? 1 : 0);
  const key = (i: number, j: number) => [isTotal(i, j), grid[i][j] === 0 ? 1 : 0, grid[i][j], i, j];
  const a = key(ai, aj);
  const b = key(bi, bj);
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return a[k] - b[k];
  return 0;
}

/** Graph nodes: grid rows 0..R-1, then grid columns R..R+C-1; edges: unknown cells. */
function firstSecretBridge(status: Status[][]): [number, number] | null {
  const rows = status.length;
  const cols = status[0].length;
  const adjacency: [number, number][][] = Array.from({ length: rows + cols }, () => []);
  status.forEach((row, i) =>
    row.forEach((s, j) => {
      if (s === 'shown') return;
      const edge = i * cols + j;
      adjacency[i].push([rows + j, edge]);
      adjacency[rows + j].push([i, edge]);
    }),
  );
  const order = new Array<number>(rows + cols).fill(-1);
  const low = new Array<number>(rows + cols).fill(0);
  const bridges = new Set<number>();
  let counter = 0;
  const visit = (node: number, viaEdge: number): void => {
    order[node] = low[node] = counter++;
    for (const [next, edge] of adjacency[node]) {
      if (edge === viaEdge) continue;
      if (order[next] === -1) {
        visit(next, edge);
        low[node] = Math.min(low[node], low[next]);
        if (low[next] > order[node]) bridges.add(edge);
      } else {
        low[node] = Math.min(low[node], order[next]);
      }
    }
  };
  for (let node = 0; node < rows + cols; node++) if (order[node] === -1) visit(node, -1);
  for (const edge of [...bridges].sort((a, b) => a - b)) {
    const [i, j] = [Math.floor(edge / cols), edge % cols];
    if (status[i][j] === 'small_count' || status[i][j] === 'secondary') return [i, j];
  }
  return null;
}

/** The two halves the graph falls into without the bridge: the rows and columns on each side. */
function sidesOfBridge(status: Status[][], bi: number, bj: number) {
  const rows = status.length;
  const reach = (start: number) => {
    const seen = new Set<number>([start]);
    const queue = [start];
    while (queue.length) {
      const node = queue.pop()!;
      const neighbours =
        node < rows
          ? status[node].flatMap((s, j) => (s !== 'shown' && !(node === bi && j === bj) ? [rows + j] : []))
          : status.flatMap((row, i) => (row[node - rows] !== 'shown' && !(i === bi && node - rows === bj) ? [i] : []));
      for (const next of neighbours) {
        if (seen.has(next)) continue;
        seen.add(next);
        queue.push(next);
      }
    }
    return { rows: new Set([...seen].filter((x) => x < rows)), cols: new Set([...seen].filter((x) => x >= rows).map((x) => x - rows)) };
  };
  return { rowSide: reach(bi), columnSide: reach(rows + bj) };
}
