import type { CreateReferralInput, ReferralView, ValidationErrorBody } from '@amhp/contracts';
import { AssessmentClient } from './support/assessment-client';
import { bootHarness, Harness } from './support/harness';
import { communityReferral, s136Referral } from './support/referral-fixtures';

/**
 * Facts checked against each other at intake and on the case (libs/domain checkReferralFacts,
 * checkRelativeFacts): refused with 400 naming the field and quoting the section; nothing saved.
 */
let h: Harness;
let c: AssessmentClient;

beforeAll(async () => {
  h = await bootHarness();
  c = await AssessmentClient.connect(h);
});
afterAll(async () => {
  await h?.close();
});
beforeEach(async () => {
  await h.reset();
});

const HOUR = 3600_000;
const allMet = { imminentRiskOfSeriousInjuryOrDeath: true, noOtherPlaceOfSafetyReasonablyAvailable: true, healthcareProfessionalAvailable: true, inspectorAuthorised: true };
const issues = (body: unknown) => (body as ValidationErrorBody).issues;
const referrals = async () => Number(((await h.dataSource.query('SELECT count(*)::int AS n FROM referrals')) as { n: number }[])[0].n);

function atPoliceStation(dateOfBirth: string, conditions = allMet): CreateReferralInput {
  const input = s136Referral(2);
  return {
    ...input,
    person: { ...input.person, dateOfBirth },
    legal: { ...input.legal, placeOfSafety: 'Northbridge police station', atPoliceStation: true, policeStation: conditions },
    locationKind: 'police_station',
  };
}

describe('a police station as the place of safety (s136A)', () => {
  it('s136A(1): a child is refused, quoting the section; nothing is saved', async () => {
    const child = `${new Date().getUTCFullYear() - 15}-06-01`;
    const res = await c.send('POST', '/api/referrals', atPoliceStation(child));
    expect(res.status).toBe(400);
    expect(issues(res.body)).toEqual([{ field: 'legal.atPoliceStation', message: 's136A(1): A police station may never be used as a place of safety for a person under 18.' }]);
    expect(await referrals()).toBe(0);
  });

  it('s136A(2): an adult without an inspector’s authorisation is refused on that field', async () => {
    const res = await c.send('POST', '/api/referrals', atPoliceStation('1980-01-01', { ...allMet, inspectorAuthorised: false }));
    expect(res.status).toBe(400);
    expect(issues(res.body).map((i) => i.field)).toEqual(['legal.policeStation.inspectorAuthorised']);
  });

  it('s136A(2): an adult in the circumstances the Regulations allow is accepted, and the conditions recorded', async () => {
    const referral = await c.referral(atPoliceStation('1980-01-01', { ...allMet, authorisedBy: 'Insp. Example' } as typeof allMet));
    expect(referral.legal).toMatchObject({ atPoliceStation: true, policeStation: { ...allMet, authorisedBy: 'Insp. Example' } });
    expect(referral.locationKind).toBe('police_station');
    const [row] = (await h.dataSource.query('SELECT at_police_station FROM referrals WHERE id = $1', [referral.id])) as { at_police_station: boolean }[];
    expect(row.at_police_station).toBe(true);
  });

  it('s136A: a place of safety named as a police station, without saying whether it is one, is refused', async () => {
    const input = s136Referral(2);
    const res = await c.send('POST', '/api/referrals', { ...input, legal: { ...input.legal, placeOfSafety: 'Northbridge Police Station custody' } });
    expect(res.status).toBe(400);
    expect(issues(res.body).map((i) => i.field)).toEqual(['legal.atPoliceStation']);
  });
});

describe('s5(2) and s5(4) hold an in-patient', () => {
  const s5_2 = (overrides: Partial<CreateReferralInput>) =>
    communityReferral({ legal: { situation: 's5_2', clockStartedAt: new Date(Date.now() - HOUR).toISOString() }, ...overrides });

  it.each<[string, Partial<CreateReferralInput>]>([
    ['referred from A&E for someone in the emergency department', { source: { kind: 'emergency_department', referrerName: 'Liaison nurse', referrerContact: 'ext 4400' }, locationKind: 'emergency_department' }],
    ['at home', { locationKind: 'home' }],
    ['without saying where the person is', {}],
  ])('s5(2) is refused for someone %s, on locationKind with the section quoted', async (_case, overrides) => {
    const res = await c.send('POST', '/api/referrals', s5_2(overrides));
    expect(res.status).toBe(400);
    const [issue] = issues(res.body);
    expect(issue.field).toBe('locationKind');
    expect(issue.message).toMatch(/^s5\(2\): /);
  });

  it('s5(2) referred by A&E liaison for a patient admitted to a ward is accepted', async () => {
    const referral = await c.referral(s5_2({ source: { kind: 'emergency_department', referrerName: 'Liaison nurse', referrerContact: 'ext 4400' }, locationKind: 'hospital_ward' }));
    expect(referral.mostUrgentClock?.kind).toBe('s5_2');
  });
});

describe('the start of the power on referral', () => {
  it('a clock that started in 1970 is refused, even confirmed, and never alerts', async () => {
    const input = s136Referral(2);
    const res = await c.send('POST', '/api/referrals', { ...input, legal: { ...input.legal, clockStartedAt: '1970-01-01T00:00:00Z', clockStartConfirmed: true } });
    expect(res.status).toBe(400);
    expect(issues(res.body).map((i) => i.field)).toEqual(['legal.clockStartedAt']);
    expect(await referrals()).toBe(0);
  });

  it('s136(2A), s136B: an arrival 40 hours ago is refused with a clear message unless the AMHP confirms it', async () => {
    const input = s136Referral(40);
    const refused = await c.send('POST', '/api/referrals', input);
    expect(refused.status).toBe(400);
    expect(issues(refused.body)).toEqual([{ field: 'legal.clockStartedAt', message: expect.stringMatching(/would have ended by .* \(s136\(2A\), s136B\)\. Check the date and time; if they are right, confirm them/) }]);
    const confirmed = await c.expectOk(c.send<ReferralView>('POST', '/api/referrals', { ...input, legal: { ...input.legal, clockStartConfirmed: true } }), 201);
    expect(confirmed.legal.clockStartConfirmed).toBe(true);
  });
});

describe('relatives: facts that cannot be true are refused (s26)', () => {
  async function caseId(): Promise<string> {
    return (await c.referral(communityReferral())).assessmentId!;
  }
  const relative = (overrides: object) => ({ name: 'Relative Test', relationship: 'father_or_mother', livesWithOrCaresForPatient: false, ordinarilyResidentInUk: true, ...overrides });

  it('a relative born in the future is refused, naming the field', async () => {
    const id = await caseId();
    const res = await c.record(id, 'PUT', '/nearest-relative/relatives', { patientOrdinarilyResidentInUk: true, relatives: [relative({ relationship: 'brother_or_sister', dateOfBirth: `${new Date().getUTCFullYear() + 1}-01-01` })] });
    expect(res.status).toBe(400);
    expect(issues(res.body)).toEqual([{ field: 'relatives.0.dateOfBirth', message: 'Date of birth cannot be in the future' }]);
  });

  it('a parent younger than the person is refused; nothing is recorded', async () => {
    const id = await caseId();
    // The person was born on 21 March 1984 (communityReferral).
    const res = await c.record(id, 'PUT', '/nearest-relative/relatives', { patientOrdinarilyResidentInUk: true, relatives: [relative({ dateOfBirth: '1960-01-01' }), relative({ dateOfBirth: '1999-01-01' })] });
    expect(res.status).toBe(400);
    expect(issues(res.body)).toEqual([{ field: 'relatives.1.dateOfBirth', message: expect.stringContaining('is born before the person (1984-03-21)') }]);
    const view = await c.view(id);
    expect(view.nearestRelative.identification).toBe('not_recorded');
  });
});
