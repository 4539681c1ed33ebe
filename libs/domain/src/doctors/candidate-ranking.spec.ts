import { rankDoctorCandidates } from './candidate-ranking';
import { DoctorCandidate, SlotNeeds } from './doctor-candidate';
import { WEEKLY_AVAILABILITY_PRESETS } from './doctor-availability';
import { S12Approval } from './s12-approval';

const s12: S12Approval = { kind: 's12', approvedOn: '2024-01-01', expiresOn: '2028-12-31' };
const lapsed: S12Approval = { kind: 's12', approvedOn: '2021-01-01', expiresOn: '2026-01-09' };
const ac: S12Approval = { kind: 'approved_clinician', approvedOn: '2024-01-01', expiresOn: '2028-12-31' };
const inHours = { weekly: WEEKLY_AVAILABILITY_PRESETS.in_hours.windows };
const nights = { weekly: WEEKLY_AVAILABILITY_PRESETS.nights.windows };
// Saturday 10 January 2026, 11:00 GMT.
const needs = (over: Partial<SlotNeeds> = {}): SlotNeeds => ({ slot: 's12', proposedAt: new Date('2026-01-10T11:00:00Z'), ...over });
const dr = (doctorId: string, over: Partial<DoctorCandidate> = {}): DoctorCandidate => ({ doctorId, approvals: [s12], ...over });
const order = (list: ReturnType<typeof rankDoctorCandidates>) => list.map((d) => d.doctorId);
const codes = (list: ReturnType<typeof rankDoctorCandidates>, id: string) => {
  const d = list.find((x) => x.doctorId === id)!;
  return { ruledOut: d.ruledOut.map((r) => r.code), reasons: d.reasons.map((r) => r.code) };
};

describe('ranking doctors for the s12 slot (s12(2))', () => {
  it('rules out a doctor whose approval expired before the proposed time, and says when', () => {
    const list = rankDoctorCandidates([dr('a', { approvals: [lapsed] }), dr('b')], needs());
    expect(order(list)).toEqual(['b', 'a']);
    expect(list[1]).toEqual(expect.objectContaining({ eligible: false, rank: null, position: 2 }));
    expect(list[1].ruledOut[0]).toEqual(expect.objectContaining({ code: 's12_lapsed', section: 's12(2)', text: expect.stringContaining('9 Jan 2026') }));
  });

  it('s12(2A): an approved clinician fills the s12 slot', () => {
    const [first] = rankDoctorCandidates([dr('a', { approvals: [ac] })], needs());
    expect(first.eligible).toBe(true);
    expect(first.reasons[0]).toEqual(expect.objectContaining({ code: 'approved_clinician', section: 's12(2A)' }));
  });

  it('rules out a doctor never approved for the s12 slot, but not for the second slot', () => {
    expect(codes(rankDoctorCandidates([dr('gp', { approvals: [] })], needs()), 'gp').ruledOut).toEqual(['s12_never_approved']);
    expect(rankDoctorCandidates([dr('gp', { approvals: [] })], needs({ slot: 'second' }))[0].eligible).toBe(true);
  });

  it('for the second slot, a lapsed approval is only a note', () => {
    const [d] = rankDoctorCandidates([dr('a', { approvals: [lapsed] })], needs({ slot: 'second' }));
    expect(d.eligible).toBe(true);
    expect(d.reasons[0]).toEqual(expect.objectContaining({ code: 's12_lapsed', effect: 'note' }));
  });

  it('notes an approval that ends on the day of the assessment', () => {
    const list = rankDoctorCandidates([dr('a', { approvals: [{ kind: 's12', approvedOn: '2021-01-11', expiresOn: '2026-01-10' }] })], needs());
    expect(list[0].eligible).toBe(true);
    expect(codes(list, 'a').reasons).toContain('s12_ends_on_the_day');
  });

  it('rules out a doctor already on the case, one not registered, and one not available (saying when they next are)', () => {
    const list = rankDoctorCandidates(
      [dr('on-case', { alreadyOnCase: true }), dr('unregistered', { registered: false }), dr('weekdays', { availability: inHours }), dr('ok')],
      needs(),
    );
    expect(order(list)).toEqual(['ok', 'on-case', 'unregistered', 'weekdays']);
    expect(list.filter((d) => !d.eligible).map((d) => d.ruledOut[0].code)).toEqual(['already_on_case', 'not_registered', 'not_available']);
    expect(list[3].ruledOut[0].text).toBe('Not available at Sat 10 Jan 2026, 11:00 GMT; next available Mon 12 Jan 2026, 09:00 GMT');
    expect(list[3].nextAvailableAt?.toISOString()).toBe('2026-01-12T09:00:00.000Z');
  });

  it('treats a doctor named among the other doctors as already on the case', () => {
    const list = rankDoctorCandidates([dr('a')], needs({ otherDoctors: [{ id: 'a', role: 'doctor' }] }));
    expect(codes(list, 'a').ruledOut).toEqual(['already_on_case']);
  });
});

describe('conflicts of interest (Mental Health (Conflicts of Interest) (England) Regulations 2008)', () => {
  it('rules out a doctor who is the person’s relative (s12(3))', () => {
    const [d] = rankDoctorCandidates([dr('a', { conflicts: { relativeOfPatient: true } })], needs());
    expect(d.ruledOut).toEqual([expect.objectContaining({ code: 'conflict_of_interest', section: 's12(3)' })]);
  });

  it('rules out a doctor who line-manages the AMHP, or is related to the other doctor', () => {
    const list = rankDoctorCandidates(
      [dr('manager'), dr('cousin', { conflicts: { relativeOfAssessorIds: ['first'] } }), dr('fine')],
      needs({ slot: 'second', amhp: { id: 'amhp-1', role: 'amhp', conflicts: { lineManagerId: 'manager' } }, otherDoctors: [{ id: 'first', role: 'doctor' }] }),
    );
    expect(order(list)).toEqual(['fine', 'cousin', 'manager']);
    expect(codes(list, 'manager').ruledOut).toEqual(['conflict_of_interest']);
    expect(codes(list, 'cousin').ruledOut).toEqual(['conflict_of_interest']);
  });

  it('a conflict already there between the AMHP and the first doctor is not the candidate’s', () => {
    const list = rankDoctorCandidates([dr('b')], needs({ slot: 'second', amhp: { id: 'amhp-1', role: 'amhp', conflicts: { lineManagerId: 'first' } }, otherDoctors: [{ id: 'first', role: 'doctor' }] }));
    expect(list[0].eligible).toBe(true);
  });

  it('all three in one team: ruled out, unless the urgent-case exception is recorded', () => {
    const team = { teamId: 'cmht' };
    const base = { slot: 'second' as const, amhp: { id: 'amhp-1', role: 'amhp' as const, conflicts: team }, otherDoctors: [{ id: 'first', role: 'doctor' as const, conflicts: team }] };
    expect(codes(rankDoctorCandidates([dr('b', { conflicts: team })], needs(base)), 'b').ruledOut).toEqual(['conflict_of_interest']);
    const urgent = rankDoctorCandidates([dr('b', { conflicts: team })], needs({ ...base, urgentCaseReason: 'Serious risk; no other doctor tonight' }));
    expect(urgent[0].eligible).toBe(true);
    expect(codes(urgent, 'b').reasons).toContain('conflict_urgent_exception');
  });
});

describe('the order among eligible doctors', () => {
  it('previous acquaintance first (s12(2)), then available, then not declared', () => {
    const list = rankDoctorCandidates(
      [dr('undeclared'), dr('available', { availability: { weekly: WEEKLY_AVAILABILITY_PRESETS.weekends.windows } }), dr('knows', { previousAcquaintance: true })],
      needs(),
    );
    expect(order(list)).toEqual(['knows', 'available', 'undeclared']);
    expect(list.map((d) => d.rank)).toEqual([1, 2, 3]);
  });

  it('then the person’s needs met: language, the sex they asked for, specialism (Code of Practice ch. 19, 20)', () => {
    const list = rankDoctorCandidates(
      [
        dr('none'),
        dr('polish', { languages: ['polish'] }),
        dr('all', { languages: ['Polish'], sex: 'female', specialisms: ['children_and_young_people'] }),
        dr('two', { sex: 'female', specialisms: ['children_and_young_people'] }),
      ],
      needs({ languages: ['Polish'], requestedSex: 'female', ageGroup: 'child' }),
    );
    expect(order(list)).toEqual(['all', 'two', 'polish', 'none']);
    expect(list[0]).toEqual(expect.objectContaining({ needsMet: 3, needsAsked: 3 }));
    expect(codes(list, 'none').reasons).toEqual(expect.arrayContaining(['language_not_spoken', 'not_requested_sex', 'specialism_missing']));
  });

  it('then covering the district, then nearer, then fewer open invitations, then id', () => {
    const list = rankDoctorCandidates(
      [
        dr('far', { coveredDistricts: ['M1'], travelDistanceMiles: 20 }),
        dr('near', { coveredDistricts: ['M1'], travelDistanceMiles: 3 }),
        dr('outside', { coveredDistricts: ['M10'], travelDistanceMiles: 1 }),
        dr('near-busy', { coveredDistricts: ['M1'], travelDistanceMiles: 3, openInvitations: 2 }),
        dr('unknown-distance', { coveredDistricts: ['m1'] }),
        dr('near-2', { coveredDistricts: ['M1'], travelDistanceMiles: 3 }),
      ],
      needs({ placeDistrict: 'M1 1AE' }),
    );
    expect(order(list)).toEqual(['near', 'near-2', 'near-busy', 'far', 'unknown-distance', 'outside']);
    expect(list[0].reasons.map((r) => r.text)).toEqual(expect.arrayContaining(['Covers M1', '3 miles away']));
  });

  it('second slot with the s12 slot still open: s12-approved doctors first', () => {
    const candidates = [dr('gp', { approvals: [], previousAcquaintance: true }), dr('s12')];
    expect(order(rankDoctorCandidates(candidates, needs({ slot: 'second', s12SlotOpen: true })))).toEqual(['s12', 'gp']);
    expect(order(rankDoctorCandidates(candidates, needs({ slot: 'second', s12SlotOpen: false })))).toEqual(['gp', 's12']);
  });

  it('night availability across the autumn change: available at 01:30 GMT on 25 October 2026', () => {
    const list = rankDoctorCandidates([dr('night', { availability: nights }), dr('day', { availability: inHours })], needs({ proposedAt: new Date('2026-10-25T01:30:00Z') }));
    expect(order(list)).toEqual(['night', 'day']);
    expect(list[1].ruledOut[0].code).toBe('not_available');
  });

  it('refuses the same doctor twice', () => {
    expect(() => rankDoctorCandidates([dr('a'), dr('a')], needs())).toThrow(RangeError);
  });
});
