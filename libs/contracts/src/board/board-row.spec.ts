import { ageOn, BOARD_ROW_BASE_FIELDS, BOARD_ROW_DETAILS, boardRowBase, boardRowDetailsFor, boardRowSchema, caseReaderBoardRowSchema, projectBoardRow } from './board-row';
import type { BoardRowBase, BoardRowDetails } from './board-row';

const base: BoardRowBase = {
  id: '5b1e2c3d-0000-4000-8000-000000000042',
  reference: 'R-2026-00042',
  version: 1,
  receivedAt: '2026-11-25T09:00:00.000Z',
  urgency: 'emergency',
  legalSituation: 's136',
  deadline: null,
  assessmentId: null,
  assessmentVersion: null,
  stage: null,
  mostUrgentClock: null,
  teamId: 'north',
  dutyTeam: null,
  allocatedAmhp: null,
};
const details: BoardRowDetails = { name: { givenName: 'Robin', familyName: 'Example' }, age: 41, currentLocation: 'Ward 4', source: 'police' };

describe('board rows per audience', () => {
  it('case readers get every detail; read_only only those configured (none by default)', () => {
    expect(boardRowDetailsFor(['amhp'], [])).toEqual(BOARD_ROW_DETAILS);
    expect(boardRowDetailsFor(['service_lead'], [])).toEqual(BOARD_ROW_DETAILS);
    expect(boardRowDetailsFor(['read_only'], [])).toEqual([]);
    expect(boardRowDetailsFor(['read_only'], ['currentLocation'])).toEqual(['currentLocation']);
    // A user with both roles is a case reader.
    expect(boardRowDetailsFor(['read_only', 'edt_worker'], [])).toEqual(BOARD_ROW_DETAILS);
  });

  it('projects exactly the allowed details, and strips them all again', () => {
    const full = projectBoardRow(base, details, BOARD_ROW_DETAILS);
    expect(caseReaderBoardRowSchema.parse(full)).toEqual(full);
    const some = projectBoardRow(base, details, ['age']);
    expect(Object.keys(some).sort()).toEqual([...BOARD_ROW_BASE_FIELDS, 'age'].sort());
    expect(Object.keys(boardRowBase(full)).sort()).toEqual([...BOARD_ROW_BASE_FIELDS].sort());
    // Without the details (not readable), the row goes without them.
    expect(projectBoardRow(base, null, BOARD_ROW_DETAILS)).toEqual(base);
  });

  it('refuses a row with any other field (the schema is strict: a new field is a decision)', () => {
    expect(boardRowSchema.safeParse({ ...base, nhsNumber: '9434765919' }).success).toBe(false);
    expect(boardRowSchema.safeParse(base).success).toBe(true);
  });

  it.each([
    ['1984-03-21', '2026-03-20', 41],
    ['1984-03-21', '2026-03-21', 42],
    ['2008-02-29', '2026-02-28', 17],
    ['2008-02-29', '2026-03-01', 18],
  ])('age: born %s, on %s, is %i', (dob, on, age) => {
    expect(ageOn(dob, on)).toBe(age);
  });
});
