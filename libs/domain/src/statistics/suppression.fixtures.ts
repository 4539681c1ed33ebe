import { ProtectedTable } from './secondary-suppression';

/**
 * Test helpers for secondary suppression: what a reader of a protected table can work out.
 * The table with its totals is one grid ((m+1) × (n+1)); each of its rows and columns is a sum
 * ("cells add up to the total at the end"). Unknown: suppressed or not shown.
 */
export interface ReaderView {
  values: number[][];
  unknown: boolean[][];
  /** Suppressed cells (secrets); margins left out are unknown but not secret. */
  secret: boolean[][];
}

export function readerView(counts: number[][], table: ProtectedTable): ReaderView {
  const m = counts.length;
  const n = counts[0].length;
  const values = [...counts.map((row) => [...row, row.reduce((a, b) => a + b, 0)])];
  values.push(values[0].map((_, j) => values.reduce((s, row) => s + row[j], 0)));
  const cell = (i: number, j: number) => {
    if (i < m && j < n) return table.cells[i][j];
    if (i < m) return table.rowTotals?.[i] ?? null;
    if (j < n) return table.columnTotals?.[j] ?? null;
    return table.grandTotal;
  };
  const unknown = values.map((row, i) => row.map((_, j) => cell(i, j)?.suppressed ?? true));
  const secret = values.map((row, i) =>
    row.map((_, j) => {
      const shown = cell(i, j);
      return shown !== null && shown.suppressed && shown.reason !== 'not_shown';
    }),
  );
  return { values, unknown, secret };
}

/** Secret cells a reader finds by subtracting the shown cells of one row or column from its total. */
export function recoverableBySubtraction(view: ReaderView): [number, number][] {
  const { unknown, secret } = view;
  const found: [number, number][] = [];
  const rows = unknown.length;
  const cols = unknown[0].length;
  for (let i = 0; i < rows; i++) {
    const inRow = unknown[i].flatMap((u, j) => (u ? [j] : []));
    if (inRow.length === 1 && secret[i][inRow[0]]) found.push([i, inRow[0]]);
  }
  for (let j = 0; j < cols; j++) {
    const inCol = unknown.flatMap((row, i) => (row[j] ? [i] : []));
    if (inCol.length === 1 && secret[inCol[0]][j]) found.push([inCol[0], j]);
  }
  return found;
}

/**
 * Secret cells a reader can solve for exactly from all the sums together: cell k is determined
 * when the unit vector e_k lies in the row space of the sums restricted to the unknowns, i.e.
 * adding e_k as a row does not raise the rank. Plain Gaussian elimination (entries are 0, ±1).
 */
export function determinedByAllSums(view: ReaderView): [number, number][] {
  const { unknown, secret } = view;
  const rows = unknown.length;
  const cols = unknown[0].length;
  const unknowns: [number, number][] = [];
  unknown.forEach((row, i) => row.forEach((u, j) => u && unknowns.push([i, j])));
  const index = new Map(unknowns.map(([i, j], k) => [i * cols + j, k]));
  const equations: number[][] = [];
  const sign = (i: number, j: number, line: 'row' | 'col') => {
    // Data cells add up; the total at the end of a line enters with a minus.
    if (line === 'row') return j === cols - 1 ? -1 : 1;
    return i === rows - 1 ? -1 : 1;
  };
  for (let i = 0; i < rows; i++) {
    const eq = new Array<number>(unknowns.length).fill(0);
    for (let j = 0; j < cols; j++) if (unknown[i][j]) eq[index.get(i * cols + j)!] = sign(i, j, 'row');
    equations.push(eq);
  }
  for (let j = 0; j < cols; j++) {
    const eq = new Array<number>(unknowns.length).fill(0);
    for (let i = 0; i < rows; i++) if (unknown[i][j]) eq[index.get(i * cols + j)!] = sign(i, j, 'col');
    equations.push(eq);
  }
  const base = rank(equations);
  return unknowns.filter(([i, j], k) => {
    if (!secret[i][j]) return false;
    const unit = new Array<number>(unknowns.length).fill(0);
    unit[k] = 1;
    return rank([...equations, unit]) === base;
  });
}

function rank(matrix: number[][]): number {
  const m = matrix.map((row) => [...row]);
  const width = m[0]?.length ?? 0;
  let r = 0;
  for (let c = 0; c < width && r < m.length; c++) {
    let pivot = r;
    for (let i = r + 1; i < m.length; i++) if (Math.abs(m[i][c]) > Math.abs(m[pivot][c])) pivot = i;
    if (Math.abs(m[pivot][c]) < 1e-9) continue;
    [m[r], m[pivot]] = [m[pivot], m[r]];
    for (let i = 0; i < m.length; i++) {
      if (i === r) continue;
      const f = m[i][c] / m[r][c];
      if (f !== 0) for (let k = c; k < width; k++) m[i][k] -= f * m[r][k];
    }
    r++;
  }
  return r;
}
