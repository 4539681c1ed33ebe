/**
 * One row of a regional bed-state sit-rep, as providers send it several times a day: a hospital
 * and ward, core beds, empty beds, s136 places (health-based places of safety) and how many of
 * them are empty, and closed beds. Rows are checked one by one so that the API can refuse a
 * file naming each bad row and column, and save nothing from it.
 */
export const SIT_REP_COLUMNS = {
  hospital_id: 'Hospital (site code or identifier)',
  ward_id: 'Ward identifier',
  core_beds: 'Core beds',
  empty_beds: 'Empty beds',
  s136_places: 's136 places (health-based places of safety)',
  s136_empty: 's136 places empty',
  closed_beds: 'Closed beds',
} as const;
export type SitRepColumn = keyof typeof SIT_REP_COLUMNS;
export const SIT_REP_COLUMN_NAMES = Object.keys(SIT_REP_COLUMNS) as SitRepColumn[];

export interface SitRepRow {
  hospitalId: string;
  wardId: string;
  coreBeds: number;
  emptyBeds: number;
  s136Places: number;
  s136Empty: number;
  closedBeds: number;
}

export interface SitRepProblem {
  /** 1-based data row number (the header is row 0), when checking a whole file. */
  row: number;
  column: SitRepColumn;
  reason: string;
}

export type SitRepRowCheck = { ok: true; row: SitRepRow } | { ok: false; problems: SitRepProblem[] };

/** The most beds one ward line may claim: anything above is a typing error, not a ward. */
export const SIT_REP_MAX_BEDS = 999;
const IDENTIFIER = /^[A-Za-z0-9][A-Za-z0-9 ._/-]{0,63}$/;

type Cell = string | number | null | undefined;

function readCount(value: Cell): { value: number } | { reason: string } {
  const text = typeof value === 'number' ? String(value) : (value ?? '').trim();
  if (text === '') return { reason: 'missing: a whole number is required' };
  if (!/^-?\d+$/.test(text)) return { reason: `not a whole number: "${text.slice(0, 20)}"` };
  const n = Number(text);
  if (n < 0) return { reason: 'negative: counts are 0 or more' };
  if (n > SIT_REP_MAX_BEDS) return { reason: `more than ${SIT_REP_MAX_BEDS}` };
  return { value: n };
}

/**
 * Checks one row (cells keyed by the column names of `SIT_REP_COLUMNS`, as strings from the CSV
 * or numbers). Each cell must be present and well formed; then the counts must agree: empty beds
 * no more than core beds, closed beds no more than core beds, empty and closed together no more
 * than core beds (a closed bed is not an empty one), s136 empty no more than s136 places.
 */
export function validateSitRepRow(cells: Readonly<Partial<Record<SitRepColumn, Cell>>>, rowNumber = 1): SitRepRowCheck {
  const problems: SitRepProblem[] = [];
  const problem = (column: SitRepColumn, reason: string) => problems.push({ row: rowNumber, column, reason });
  const ids: Partial<Record<'hospital_id' | 'ward_id', string>> = {};
  for (const column of ['hospital_id', 'ward_id'] as const) {
    const text = String(cells[column] ?? '').trim();
    if (text === '') problem(column, 'missing: an identifier is required');
    else if (!IDENTIFIER.test(text)) problem(column, 'not an identifier: letters, digits, spaces and . _ / - (up to 64)');
    else ids[column] = text;
  }
  const counts: Partial<Record<SitRepColumn, number>> = {};
  for (const column of ['core_beds', 'empty_beds', 's136_places', 's136_empty', 'closed_beds'] as const) {
    const read = readCount(cells[column]);
    if ('reason' in read) problem(column, read.reason);
    else counts[column] = read.value;
  }
  const { core_beds: core, empty_beds: empty, s136_places: places, s136_empty: s136Empty, closed_beds: closed } = counts;
  if (core !== undefined && empty !== undefined && empty > core) problem('empty_beds', `more empty beds (${empty}) than core beds (${core})`);
  if (core !== undefined && closed !== undefined && closed > core) problem('closed_beds', `more closed beds (${closed}) than core beds (${core})`);
  else if (core !== undefined && empty !== undefined && closed !== undefined && empty <= core && empty + closed > core) {
    problem('closed_beds', `empty (${empty}) and closed (${closed}) beds together exceed core beds (${core})`);
  }
  if (places !== undefined && s136Empty !== undefined && s136Empty > places) problem('s136_empty', `more empty s136 places (${s136Empty}) than s136 places (${places})`);
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    row: { hospitalId: ids.hospital_id!, wardId: ids.ward_id!, coreBeds: core!, emptyBeds: empty!, s136Places: places!, s136Empty: s136Empty!, closedBeds: closed! },
  };
}

export interface SitRepFileCheck {
  rows: SitRepRow[];
  problems: SitRepProblem[];
}

/**
 * Checks every row of a file, numbering data rows from 1; a hospital and ward given twice is a
 * problem on the later row. The API saves `rows` only when `problems` is empty.
 */
export function validateSitRepRows(rows: ReadonlyArray<Readonly<Partial<Record<SitRepColumn, Cell>>>>): SitRepFileCheck {
  const out: SitRepRow[] = [];
  const problems: SitRepProblem[] = [];
  const seen = new Map<string, number>();
  rows.forEach((cells, i) => {
    const result = validateSitRepRow(cells, i + 1);
    if (!result.ok) {
      problems.push(...result.problems);
      return;
    }
    const key = `${result.row.hospitalId.toUpperCase()}\u0000${result.row.wardId.toUpperCase()}`;
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push({ row: i + 1, column: 'ward_id', reason: `the same hospital and ward as row ${first}` });
      return;
    }
    seen.set(key, i + 1);
    out.push(result.row);
  });
  return { rows: out, problems };
}

/** A place of safety's state from a sit-rep: free when an s136 place is empty, occupied when none is; null when the ward has none. */
export function placeOfSafetyStateFromSitRep(row: Pick<SitRepRow, 's136Places' | 's136Empty'>): 'free' | 'occupied' | null {
  if (row.s136Places === 0) return null;
  return row.s136Empty > 0 ? 'free' : 'occupied';
}
