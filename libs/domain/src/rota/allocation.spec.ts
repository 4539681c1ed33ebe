import { AllocationCandidate, AllocationContext, suggestAmhp } from './allocation';
import { applyAbsences } from './availability';
import { RotaPattern, expandPatterns } from './rota-pattern';
import { amhp, at, north } from './rota.fixtures';

const patterns: RotaPattern[] = [
  { id: 'day', team: 'north', kind: 'day', anchor: '2026-03-02', period: 'week', cycle: [['amhp-a', 'amhp-b', 'amhp-c']] },
  { id: 'edt', team: 'edt', kind: 'edt', anchor: '2026-03-02', period: 'week', cycle: [['edt-x', 'edt-y']] },
];
const shifts = expandPatterns(patterns, north, '2026-03-30', '2026-04-07');
const context: AllocationContext = { config: north, shifts };
const candidate = (id: string, openCases: number, availability: AllocationCandidate['availability'] = 'available', expiresOn?: string): AllocationCandidate => ({
  amhp: amhp(id, '2024-01-01', expiresOn),
  openCases,
  availability,
});
const everyone = [candidate('amhp-a', 3), candidate('amhp-b', 1), candidate('amhp-c', 2), candidate('edt-x', 0), candidate('edt-y', 4)];
const order = (s: ReturnType<typeof suggestAmhp>) => s.ranked.map((r) => r.amhpId);

describe('allocation: a referral goes to the on-duty AMHPs of the right team, by availability and caseload', () => {
  it('in hours: the day team, fewest open cases first; EDT AMHPs are not on duty', () => {
    const s = suggestAmhp(everyone, context, at('2026-03-31', '11:00'));
    expect([s.team, s.kind, s.outOfHours, s.suggested?.amhpId]).toEqual(['north', 'day', false, 'amhp-b']);
    expect(order(s)).toEqual(['amhp-b', 'amhp-c', 'amhp-a']);
    expect(s.excluded.map((e) => [e.amhpId, e.reasons.map((r) => r.code)])).toEqual([
      ['edt-x', ['not-on-duty']],
      ['edt-y', ['not-on-duty']],
    ]);
  });

  it('out of hours, new referrals go to EDT automatically (weekday evening)', () => {
    const s = suggestAmhp(everyone, context, at('2026-03-31', '19:30'));
    expect([s.team, s.outOfHours, s.suggested?.amhpId]).toEqual(['edt', true, 'edt-x']);
  });

  it.each([
    ['2026-04-03', 'Good Friday'],
    ['2026-04-06', 'Easter Monday'],
  ])('on %s (%s, a bank holiday) a referral at noon goes to EDT', (date) => {
    expect(suggestAmhp(everyone, context, at(date, '12:00')).team).toBe('edt');
  });

  it('a referral at 08:30 BST on the Monday after the clocks go forward goes to EDT; at 09:00 to the day team', () => {
    expect(suggestAmhp(everyone, context, at('2026-03-30', '08:30')).team).toBe('edt');
    expect(suggestAmhp(everyone, context, at('2026-03-30', '09:00')).team).toBe('north');
  });

  it('availability comes before caseload: an AMHP out on an assessment ranks after a free one', () => {
    const s = suggestAmhp([candidate('amhp-a', 3), candidate('amhp-b', 0, 'busy')], context, at('2026-03-31', '11:00'));
    expect(order(s)).toEqual(['amhp-a', 'amhp-b']);
    expect(s.ranked[1].reasons.map((r) => r.code)).toEqual(['on-duty', 'busy', 'caseload']);
  });

  it('ties on availability, caseload and duty left are broken by AMHP id, whatever the input order', () => {
    const tied = [candidate('amhp-c', 2), candidate('amhp-a', 2), candidate('amhp-b', 2)];
    expect(order(suggestAmhp(tied, context, at('2026-03-31', '11:00')))).toEqual(['amhp-a', 'amhp-b', 'amhp-c']);
    expect(order(suggestAmhp([...tied].reverse(), context, at('2026-03-31', '11:00')))).toEqual(['amhp-a', 'amhp-b', 'amhp-c']);
  });

  it('on equal caseload, the AMHP with more duty time left is suggested (not someone going off sick at 13:00)', () => {
    const sick = applyAbsences(shifts, [{ amhpId: 'amhp-a', kind: 'sickness', from: at('2026-03-31', '13:00'), to: at('2026-04-01') }]);
    const s = suggestAmhp([candidate('amhp-a', 1), candidate('amhp-b', 1)], { config: north, shifts: sick }, at('2026-03-31', '11:00'));
    expect(order(s)).toEqual(['amhp-b', 'amhp-a']);
    expect(s.ranked[1].onDutyUntil).toEqual(at('2026-03-31', '13:00'));
  });

  it('an EDT AMHP on the bank holiday day and night is on duty until 09:00 next working day', () => {
    const s = suggestAmhp([candidate('edt-x', 0)], context, at('2026-04-03', '12:00'));
    expect(s.suggested?.onDutyUntil).toEqual(at('2026-04-07', '09:00'));
  });

  it('s114: an AMHP whose approval has lapsed is not allocated even if still on the rota', () => {
    const s = suggestAmhp([candidate('amhp-a', 0, 'available', '2026-03-30'), candidate('amhp-b', 5)], context, at('2026-03-31', '11:00'));
    expect(s.suggested?.amhpId).toBe('amhp-b');
    expect(s.excluded).toMatchObject([{ amhpId: 'amhp-a', reasons: [{ code: 'not-approved' }] }]);
  });

  it('an AMHP marked unavailable, or excluded on reassignment, is not suggested', () => {
    const s = suggestAmhp([candidate('amhp-a', 0, 'unavailable'), candidate('amhp-b', 0), candidate('amhp-c', 9)], { ...context, exclude: ['amhp-b'] }, at('2026-03-31', '11:00'));
    expect(order(s)).toEqual(['amhp-c']);
    expect(s.excluded.map((e) => [e.amhpId, e.reasons.map((r) => r.code)])).toEqual([
      ['amhp-a', ['unavailable']],
      ['amhp-b', ['excluded']],
    ]);
  });

  it('nobody eligible: no suggestion (the rota has a gap)', () => {
    const s = suggestAmhp([candidate('amhp-a', 0)], { config: north, shifts: [] }, at('2026-03-31', '11:00'));
    expect(s.suggested).toBeNull();
    expect(s.ranked).toEqual([]);
  });

  it('explains the ranking in words, without personal data', () => {
    const [first] = suggestAmhp([candidate('amhp-b', 1)], context, at('2026-03-31', '11:00')).ranked;
    expect(first.rank).toBe(1);
    expect(first.reasons.map((r) => r.text)).toEqual(['On day duty for north until Tue 31 Mar 2026, 17:00 BST', 'Available now', '1 open case']);
  });
});
