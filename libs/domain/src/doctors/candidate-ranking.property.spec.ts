import fc from 'fast-check';
import { rankDoctorCandidates } from './candidate-ranking';
import { DoctorCandidate, SlotNeeds } from './doctor-candidate';
import { WEEKLY_AVAILABILITY_PRESETS } from './doctor-availability';
import { DOCTOR_SPECIALISM_CODES } from './doctor-directory';
import { countsAsS12Approved, S12Approval } from './s12-approval';

const approval: fc.Arbitrary<S12Approval> = fc.record({
  kind: fc.constantFrom('s12' as const, 'approved_clinician' as const),
  approvedOn: fc.constantFrom('2020-01-01', '2026-03-01'),
  expiresOn: fc.constantFrom('2026-03-28', '2026-03-29', '2027-01-01'),
});
const preset = fc.constantFrom(...Object.values(WEEKLY_AVAILABILITY_PRESETS).map((p) => ({ weekly: p.windows })));

const candidate = (doctorId: string): fc.Arbitrary<DoctorCandidate> =>
  fc.record({
    doctorId: fc.constant(doctorId),
    registered: fc.boolean(),
    approvals: fc.array(approval, { maxLength: 2 }),
    availability: fc.option(preset, { nil: null }),
    previousAcquaintance: fc.boolean(),
    coveredDistricts: fc.subarray(['M1', 'M2', 'SW1']),
    travelDistanceMiles: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }),
    languages: fc.subarray(['polish', 'urdu', 'bsl']),
    sex: fc.constantFrom('female' as const, 'male' as const, null),
    specialisms: fc.subarray(DOCTOR_SPECIALISM_CODES),
    openInvitations: fc.nat(3),
    conflicts: fc.record({ relativeOfPatient: fc.boolean(), teamId: fc.constantFrom('cmht', 'crisis', null) }, { requiredKeys: [] }),
    alreadyOnCase: fc.boolean(),
  });

const candidates = fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g'), { maxLength: 7 }).chain((ids) => fc.tuple(...ids.map(candidate)));

const needs: fc.Arbitrary<SlotNeeds> = fc.record({
  slot: fc.constantFrom('s12' as const, 'second' as const),
  // Around the spring change of 2026, in hours and at night.
  proposedAt: fc.constantFrom('2026-03-28T11:00:00Z', '2026-03-28T23:30:00Z', '2026-03-29T01:30:00Z', '2026-03-30T10:00:00Z').map((s) => new Date(s)),
  placeDistrict: fc.constantFrom('M1 1AE', 'SW1A', null),
  languages: fc.subarray(['Polish', 'Urdu']),
  requestedSex: fc.constantFrom('female' as const, null),
  ageGroup: fc.constantFrom('child' as const, 'older_adult' as const, null),
  learningDisability: fc.boolean(),
  s12SlotOpen: fc.boolean(),
  amhp: fc.constant({ id: 'amhp', role: 'amhp' as const, conflicts: { teamId: 'cmht' } }),
  otherDoctors: fc.constant([{ id: 'z', role: 'doctor' as const, conflicts: { teamId: 'cmht' } }]),
});

describe('ranking properties', () => {
  it('no ruled-out doctor is ever ranked above an eligible one; ranks count the eligible from 1', () => {
    fc.assert(
      fc.property(candidates, needs, (cs, n) => {
        const list = rankDoctorCandidates(cs, n);
        const firstRuledOut = list.findIndex((d) => !d.eligible);
        if (firstRuledOut >= 0) expect(list.slice(firstRuledOut).every((d) => !d.eligible)).toBe(true);
        expect(list.filter((d) => d.eligible).map((d) => d.rank)).toEqual(list.filter((d) => d.eligible).map((_, i) => i + 1));
        expect(list.map((d) => d.position)).toEqual(list.map((_, i) => i + 1));
        for (const d of list) expect(d.eligible).toBe(d.ruledOut.length === 0);
      }),
    );
  });

  it('the order does not depend on the order of the input', () => {
    fc.assert(
      fc.property(candidates.chain((cs) => fc.tuple(fc.constant(cs), fc.shuffledSubarray(cs, { minLength: cs.length }))), needs, ([cs, shuffled], n) => {
        expect(rankDoctorCandidates(shuffled, n)).toEqual(rankDoctorCandidates(cs, n));
      }),
    );
  });

  it('s12(2): everyone eligible for the s12 slot counts as s12-approved at the proposed time', () => {
    fc.assert(
      fc.property(candidates, needs, (cs, n) => {
        const byId = new Map(cs.map((c) => [c.doctorId, c]));
        for (const d of rankDoctorCandidates(cs, { ...n, slot: 's12' }).filter((x) => x.eligible)) {
          expect(countsAsS12Approved(byId.get(d.doctorId)!.approvals, n.proposedAt)).toBe(true);
        }
      }),
    );
  });

  it('nobody eligible is on the case already, a relative of the person, or declared unavailable', () => {
    fc.assert(
      fc.property(candidates, needs, (cs, n) => {
        const byId = new Map(cs.map((c) => [c.doctorId, c]));
        for (const d of rankDoctorCandidates(cs, n).filter((x) => x.eligible)) {
          const c = byId.get(d.doctorId)!;
          expect(c.alreadyOnCase).toBe(false);
          expect(c.conflicts?.relativeOfPatient ?? false).toBe(false);
          expect(d.availability).not.toBe('not_available');
        }
      }),
    );
  });

  it('for the s12 slot, or the second while it is open, s12-approved eligible doctors come before the others', () => {
    fc.assert(
      fc.property(candidates, needs, (cs, n) => {
        const list = rankDoctorCandidates(cs, { ...n, slot: 'second', s12SlotOpen: true }).filter((d) => d.eligible);
        const firstNot = list.findIndex((d) => !d.s12.counts);
        if (firstNot >= 0) expect(list.slice(firstNot).every((d) => !d.s12.counts)).toBe(true);
      }),
    );
  });
});
