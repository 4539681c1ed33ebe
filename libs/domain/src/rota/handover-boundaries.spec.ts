import { handoverBoundaries } from './handover-boundaries';
import { at, north, utc } from './rota.fixtures';
import { teamConfig } from './team-config';

const list = (from: Date, to: Date, config = north) => handoverBoundaries(from, to, config).map((b) => `${utc(b.at)} ${b.fromKind}->${b.toKind}`);

describe('handover boundaries between the day team and EDT', () => {
  it('an ordinary winter week: 09:00 and 17:00 each weekday, none at the weekend', () => {
    expect(list(at('2026-01-16', '12:00'), at('2026-01-20', '00:00'))).toEqual([
      '2026-01-16T17:00:00.000Z day->edt',
      '2026-01-19T09:00:00.000Z edt->day',
      '2026-01-19T17:00:00.000Z day->edt',
    ]);
  });

  it('BST starts 29 March 2026: Friday 17:00 GMT, then Monday 09:00 BST (08:00 UTC)', () => {
    expect(list(at('2026-03-27', '12:00'), at('2026-03-30', '12:00'))).toEqual([
      '2026-03-27T17:00:00.000Z day->edt',
      '2026-03-30T08:00:00.000Z edt->day',
    ]);
  });

  it('BST ends 25 October 2026: Friday 17:00 BST (16:00 UTC), then Monday 09:00 GMT', () => {
    expect(list(at('2026-10-23', '12:00'), at('2026-10-26', '12:00'))).toEqual([
      '2026-10-23T16:00:00.000Z day->edt',
      '2026-10-26T09:00:00.000Z edt->day',
    ]);
  });

  it('Easter 2026: EDT from Thursday 2 April 17:00 to Tuesday 7 April 09:00 (Good Friday, Easter Monday)', () => {
    expect(list(at('2026-04-02', '12:00'), at('2026-04-07', '12:00'))).toEqual([
      '2026-04-02T16:00:00.000Z day->edt',
      '2026-04-07T08:00:00.000Z edt->day',
    ]);
  });

  it('Christmas and New Year 2026/27: no boundary on 25, 26, 27, 28 December or 1 January', () => {
    expect(list(at('2026-12-24'), at('2027-01-05'))).toEqual([
      '2026-12-24T09:00:00.000Z edt->day',
      '2026-12-24T17:00:00.000Z day->edt',
      '2026-12-29T09:00:00.000Z edt->day',
      '2026-12-29T17:00:00.000Z day->edt',
      '2026-12-30T09:00:00.000Z edt->day',
      '2026-12-30T17:00:00.000Z day->edt',
      '2026-12-31T09:00:00.000Z edt->day',
      '2026-12-31T17:00:00.000Z day->edt',
      '2027-01-04T09:00:00.000Z edt->day',
      '2027-01-04T17:00:00.000Z day->edt',
    ]);
  });

  it('names the teams on each side and includes a boundary at `from` but not at `to`', () => {
    const [b] = handoverBoundaries(at('2026-01-19', '09:00'), at('2026-01-19', '17:00'), north);
    expect(b).toEqual({ at: at('2026-01-19', '09:00'), date: '2026-01-19', fromKind: 'edt', toKind: 'day', fromTeam: 'edt', toTeam: 'north' });
    expect(handoverBoundaries(at('2026-01-19', '09:00'), at('2026-01-19', '17:00'), north)).toHaveLength(1);
  });

  it('follows configured hours (08:30–18:00)', () => {
    const config = teamConfig({ teamId: 'west', edtTeamId: 'edt', dayDutyStarts: '08:30', dayDutyEnds: '18:00' });
    expect(list(at('2026-07-15'), at('2026-07-16'), config)).toEqual(['2026-07-15T07:30:00.000Z edt->day', '2026-07-15T17:00:00.000Z day->edt']);
  });

  it('is empty for an empty or reversed range', () => {
    expect(handoverBoundaries(at('2026-01-19', '12:00'), at('2026-01-19', '12:00'), north)).toEqual([]);
    expect(handoverBoundaries(at('2026-01-20'), at('2026-01-19'), north)).toEqual([]);
  });
});
