import type { DoctorView, ValidationErrorBody } from '@amhp/contracts';
import { AssessmentClient } from './support/assessment-client';
import { bootHarness, Harness } from './support/harness';

/** Adding or changing a doctor is audited with before and after: every later application reads these facts (s12 approval, registration, team). */
let h: Harness;
let c: AssessmentClient;

beforeAll(async () => {
  h = await bootHarness();
  c = await AssessmentClient.connect(h);
});
afterAll(async () => {
  await h?.close();
});

const trail = async (doctorId: string) =>
  (await h.dataSource.query(`SELECT action, actor_user_id, before, after FROM audit_events WHERE entity_type = 'doctor' AND entity_id = $1 ORDER BY id`, [doctorId])) as {
    action: string;
    actor_user_id: string | null;
    before: Record<string, unknown> | null;
    after: Record<string, unknown> | null;
  }[];

describe('doctors', () => {
  it('adding a doctor is audited, with who did it and what was recorded', async () => {
    const doctor = await c.doctor({ name: 'Dr Audit', s12Approved: false });
    const [created] = await trail(doctor.id);
    expect(created).toMatchObject({ action: 'doctor.create', before: null, after: { name: 'Dr Audit', s12Approved: false, gmcNumber: doctor.gmcNumber } });
    if (c.userId) expect(created.actor_user_id).toBe(c.userId);
  });

  it('changing a doctor (s12 approval granted) is audited with before and after', async () => {
    const doctor = await c.doctor({ name: 'Dr Change', s12Approved: false, team: 'CMHT North' });
    const changed = await c.expectOk(c.send<DoctorView>('PATCH', `/api/doctors/${doctor.id}`, { s12Approved: true, team: 'Crisis team' }));
    expect(changed).toMatchObject({ id: doctor.id, s12Approved: true, team: 'Crisis team', name: 'Dr Change' });
    const [, updated] = await trail(doctor.id);
    expect(updated).toMatchObject({ action: 'doctor.update', before: { s12Approved: false, team: 'CMHT North' }, after: { s12Approved: true, team: 'Crisis team' } });
  });

  it('refuses an empty change (400), an unknown doctor (404) and another doctor’s GMC number (409); nothing is audited for them', async () => {
    const [a, b] = [await c.doctor(), await c.doctor()];
    const empty = await c.send('PATCH', `/api/doctors/${a.id}`, {});
    expect(empty.status).toBe(400);
    expect((empty.body as ValidationErrorBody).issues[0].message).toBe('Change at least one field of the doctor');
    expect((await c.send('PATCH', '/api/doctors/00000000-0000-4000-8000-000000000000', { s12Approved: true })).status).toBe(404);
    expect((await c.send('PATCH', `/api/doctors/${a.id}`, { gmcNumber: b.gmcNumber })).status).toBe(409);
    expect((await trail(a.id)).map((t) => t.action)).toEqual(['doctor.create']);
  });
});
