import { checkFeeClaim, ExistingFeeClaim, feeClaimStatusText, FeeClaimFacts, FeeSchedule, feeScheduleInForce, mileagePence, reviewFeeClaim, validateFeeSchedule } from './fee-claims';

const schedules: FeeSchedule[] = [
  { appliesFrom: '2025-04-01', assessmentFeePence: 20_000, mileagePencePerMile: 45, assessmentNotPossibleFeePence: null },
  { appliesFrom: '2026-04-01', assessmentFeePence: 21_500, mileagePencePerMile: 50, assessmentNotPossibleFeePence: 7_500 },
];
const facts = (over: Partial<FeeClaimFacts> = {}): FeeClaimFacts => ({
  doctorId: 'dr-a',
  examinationId: 'exam-1',
  examinedAt: new Date('2026-05-10T14:00:00Z'),
  kind: 'assessment',
  employerKind: 'independent',
  withinContractedDuties: false,
  miles: 12.3,
  ...over,
});
const refusals = (r: ReturnType<typeof checkFeeClaim>) => (r.eligible ? [] : r.refusals.map((x) => x.code));

describe('fee schedules', () => {
  it('the schedule in force is the latest applying on or before the day (London day)', () => {
    expect(feeScheduleInForce(schedules, '2026-03-31')?.appliesFrom).toBe('2025-04-01');
    expect(feeScheduleInForce(schedules, '2026-04-01')?.appliesFrom).toBe('2026-04-01');
    // 23:30 UTC on 31 March 2026 is 00:30 BST on 1 April.
    expect(feeScheduleInForce(schedules, new Date('2026-03-31T23:30:00Z'))?.appliesFrom).toBe('2026-04-01');
    expect(feeScheduleInForce(schedules, '2025-01-01')).toBeNull();
  });

  it('validates rates as whole pence', () => {
    expect(validateFeeSchedule({ appliesFrom: '2026-13-01', assessmentFeePence: 1.5, mileagePencePerMile: -1, assessmentNotPossibleFeePence: null })).toEqual([
      'appliesFrom: a date is YYYY-MM-DD',
      'assessmentFeePence: whole pence, 0 or more',
      'mileagePencePerMile: whole pence, 0 or more',
    ]);
  });
});

describe('mileage in whole pence', () => {
  it.each([
    [12.3, 45, 554],
    [12.2, 45, 549],
    [0, 45, 0],
    [10, 50, 500],
    [0.1, 45, 5],
    [100.7, 45, 4532],
  ])('%p miles at %pp = %pp', (miles, rate, pence) => {
    expect(mileagePence(miles, rate)).toBe(pence);
  });

  it.each([-1, 1.25, Number.NaN, Infinity])('refuses %p miles', (miles) => {
    expect(() => mileagePence(miles, 45)).toThrow(RangeError);
  });
});

describe('fee claims', () => {
  it('an independent doctor is paid the fee in force on the day of the examination plus mileage', () => {
    expect(checkFeeClaim(facts(), [], schedules)).toEqual({
      eligible: true,
      amount: { feePence: 21_500, mileagePence: 615, totalPence: 22_115, scheduleAppliesFrom: '2026-04-01', miles: 12.3 },
    });
    const older = checkFeeClaim(facts({ examinedAt: new Date('2026-03-31T12:00:00Z') }), [], schedules);
    expect(older.eligible && older.amount.totalPence).toBe(20_000 + 554);
  });

  it('a trust doctor examining within contracted duties is not eligible; outside them they are', () => {
    expect(refusals(checkFeeClaim(facts({ employerKind: 'trust', withinContractedDuties: true }), [], schedules))).toEqual(['within_contracted_duties']);
    expect(checkFeeClaim(facts({ employerKind: 'trust', withinContractedDuties: false }), [], schedules).eligible).toBe(true);
  });

  it('one claim per doctor per examination; a rejected claim may be made again', () => {
    const existing = (state: ExistingFeeClaim['state']): ExistingFeeClaim[] => [{ doctorId: 'dr-a', examinationId: 'exam-1', state }];
    expect(refusals(checkFeeClaim(facts(), existing('submitted'), schedules))).toEqual(['duplicate_claim']);
    expect(refusals(checkFeeClaim(facts(), existing('approved'), schedules))).toEqual(['duplicate_claim']);
    expect(checkFeeClaim(facts(), existing('rejected'), schedules).eligible).toBe(true);
    expect(checkFeeClaim(facts(), [{ doctorId: 'dr-b', examinationId: 'exam-1', state: 'approved' }], schedules).eligible).toBe(true);
  });

  it('"assessment not possible" is paid only where the service pays a call-out fee', () => {
    const paid = checkFeeClaim(facts({ kind: 'assessment_not_possible', miles: 4 }), [], schedules);
    expect(paid.eligible && paid.amount).toEqual(expect.objectContaining({ feePence: 7_500, mileagePence: 200, totalPence: 7_700 }));
    expect(refusals(checkFeeClaim(facts({ kind: 'assessment_not_possible', examinedAt: new Date('2025-06-01T12:00:00Z') }), [], schedules))).toEqual(['no_call_out_fee']);
  });

  it('reports every reason at once, naming the field', () => {
    const r = checkFeeClaim(facts({ employerKind: 'trust', withinContractedDuties: true, miles: -3, examinedAt: new Date('2024-01-01T12:00:00Z') }), [], schedules);
    expect(r.eligible ? [] : r.refusals.map((x) => [x.code, x.field])).toEqual([
      ['within_contracted_duties', 'withinContractedDuties'],
      ['invalid_miles', 'miles'],
      ['no_fee_schedule', 'schedule'],
    ]);
  });
});

describe('claim review', () => {
  const submitted = { state: 'submitted' as const, decidedAt: null, decidedBy: null, rejectionReason: null };
  const at = new Date('2026-06-01T10:00:00Z');

  it('submitted → approved', () => {
    const r = reviewFeeClaim(submitted, { decision: 'approve', at, by: 'lead-1' });
    expect(r.ok && feeClaimStatusText(r.claim)).toBe('Approved for payment');
  });

  it('submitted → rejected, with the reason the doctor sees', () => {
    const r = reviewFeeClaim(submitted, { decision: 'reject', at, by: 'lead-1', reason: ' Not on the s12 register on that day ' });
    expect(r.ok && feeClaimStatusText(r.claim)).toBe('Rejected: Not on the s12 register on that day');
    expect(reviewFeeClaim(submitted, { decision: 'reject', at, by: 'lead-1', reason: '' }).ok).toBe(false);
  });

  it('a decided claim is not decided again', () => {
    const approved = { ...submitted, state: 'approved' as const };
    expect(reviewFeeClaim(approved, { decision: 'reject', at, by: 'lead-1', reason: 'x' })).toEqual({ ok: false, message: 'The claim is already approved' });
  });
});
